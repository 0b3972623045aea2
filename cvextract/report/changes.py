"""What an adjust step changed in a CV, as data the report page renders.

Tailoring (reorder, rephrase) is compared item by item: experiences are matched by heading and
bullets by text, so a reordered list shows as the few items that *moved* (those off the longest
run kept in order), and a rephrased text as a word-level diff. A translation keeps every list's
length and order, so it is compared position by position and shown side by side.

The result is compact JSON: only what changed is kept (a 10,000-CV report stays small).

    {"mode": "tailor", "changes": [
        {"kind": "moved", "where": "experiences", "item": "2019-2021 Acme", "from": 3, "to": 1},
        {"kind": "diff", "where": "overview", "ops": [[0, "Led "], [-1, "a"], [1, "the"], [0, " team"]]},
        {"kind": "side", "where": "overview", "before": "...", "after": "..."},
        {"kind": "removed" | "added", "where": "sidebar.tools", "item": "Docker"},
        {"kind": "reverted", "where": "overview", "claims": ["Haskell"], "written": "...", "kept": "..." | null}]}

A ``reverted`` change is the claims check's (:mod:`cvextract.claims`): the sentence or bullet the model
wrote, its invented claims (highlighted on the page), and the source text put back (null: dropped).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

TAILOR = "tailor"
TRANSLATE = "translate"
_WORDS = re.compile(r"\s+|[^\s]+")
_SIMILAR = 0.5  # a bullet at least this similar to an unmatched original one is a rephrasing of it


def _norm(text) -> str:
    return " ".join(str(text).split()).casefold()


def word_diff(before: str, after: str) -> list[list]:
    """``[[op, text], ...]``: 0 kept, -1 removed, 1 added; words and the spaces between them."""
    a, b = _WORDS.findall(before), _WORDS.findall(after)
    ops: list[list] = []

    def emit(op: int, tokens: list[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if ops and ops[-1][0] == op:
            ops[-1][1] += text
        else:
            ops.append([op, text])

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            emit(0, a[i1:i2])
        else:
            emit(-1, a[i1:i2])
            emit(1, b[j1:j2])
    return ops


def _kept_in_order(positions: list[int]) -> set[int]:
    """Indices into ``positions`` forming the longest increasing run (the items that did not move)."""
    if not positions:
        return set()
    tails: list[int] = []       # index (into positions) of the smallest tail of each run length
    parent = [-1] * len(positions)
    for i, value in enumerate(positions):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if positions[tails[mid]] < value:
                lo = mid + 1
            else:
                hi = mid
        parent[i] = tails[lo - 1] if lo else -1
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    kept, i = set(), tails[-1]
    while i != -1:
        kept.add(i)
        i = parent[i]
    return kept


def _match(before: list, after: list, key, *, similar: bool) -> list[int | None]:
    """For each item of ``after``, the index of its counterpart in ``before`` (or None)."""
    free: dict[str, list[int]] = {}
    for i, item in enumerate(before):
        free.setdefault(key(item), []).append(i)
    match: list[int | None] = []
    for item in after:
        slots = free.get(key(item))
        match.append(slots.pop(0) if slots else None)
    if similar:
        used = {m for m in match if m is not None}
        for j, m in enumerate(match):
            if m is not None:
                continue
            best, best_ratio = None, _SIMILAR
            for i, old in enumerate(before):
                if i in used:
                    continue
                ratio = SequenceMatcher(None, _norm(old), _norm(after[j]), autojunk=False).ratio()
                if ratio >= best_ratio:
                    best, best_ratio = i, ratio
            if best is not None:
                match[j] = best
                used.add(best)
    return match


def _list_changes(where: str, before: list, after: list, label, *, similar: bool = False):
    """Moves, removals and additions of ``after`` against ``before`` (items matched by ``label``).

    Returns ``(changes, pairs)``; pairs are the matched ``(before_index, after_index)``. With
    ``similar``, an unmatched item close enough to an unmatched original is paired with it (a
    rephrasing, compared word by word by the caller).
    """
    match = _match(before, after, lambda item: _norm(label(item)), similar=similar)
    changes: list[dict] = []
    matched = [(j, m) for j, m in enumerate(match) if m is not None]
    kept = _kept_in_order([m for _, m in matched])
    for n, (j, m) in enumerate(matched):
        if n not in kept:
            changes.append({"kind": "moved", "where": where, "item": str(label(after[j])), "from": m + 1, "to": j + 1})
    found = {m for _, m in matched}
    changes += [{"kind": "removed", "where": where, "item": str(label(item))}
                for i, item in enumerate(before) if i not in found]
    changes += [{"kind": "added", "where": where, "item": str(label(item))}
                for item, m in zip(after, match) if m is None]
    return changes, [(m, j) for j, m in matched]


def _text_change(where: str, before, after, mode: str) -> list[dict]:
    before, after = "" if before is None else str(before), "" if after is None else str(after)
    if before == after:
        return []
    if mode == TRANSLATE:
        return [{"kind": "side", "where": where, "before": before, "after": after}]
    return [{"kind": "diff", "where": where, "ops": word_diff(before, after)}]


def _identity_and_overview(before: dict, after: dict, mode: str) -> list[dict]:
    changes: list[dict] = []
    for field in sorted(set(before.get("identity") or {}) | set(after.get("identity") or {})):
        changes += _text_change(f"identity.{field}", (before.get("identity") or {}).get(field),
                                (after.get("identity") or {}).get(field), mode)
    return changes + _text_change("overview", before.get("overview"), after.get("overview"), mode)


def _sidebar_sections(before: dict, after: dict):
    """(section, old items, new items) for every sidebar section of either CV, in their order."""
    old_side, new_side = before.get("sidebar") or {}, after.get("sidebar") or {}
    for section in list(old_side) + [s for s in new_side if s not in old_side]:
        yield section, old_side.get(section) or [], new_side.get(section) or []


def _tailored(before: dict, after: dict) -> list[dict]:
    changes = _identity_and_overview(before, after, TAILOR)
    for section, old_items, new_items in _sidebar_sections(before, after):
        moved, _ = _list_changes(f"sidebar.{section}", old_items, new_items, str)
        changes += moved
    old_exp, new_exp = before.get("experiences") or [], after.get("experiences") or []
    heading = lambda e: e.get("heading", "")  # noqa: E731
    moved, pairs = _list_changes("experiences", old_exp, new_exp, heading)
    changes += moved
    for i, j in sorted(pairs, key=lambda p: p[1]):
        old, new = old_exp[i], new_exp[j]
        where = f"experience “{heading(new)}”"
        changes += _text_change(f"{where}: description", old.get("description"), new.get("description"), TAILOR)
        bullets, bullet_pairs = _list_changes(f"{where}: bullets", old.get("bullets") or [], new.get("bullets") or [],
                                              str, similar=True)
        changes += bullets
        for bi, bj in sorted(bullet_pairs, key=lambda p: p[1]):
            changes += _text_change(f"{where}: bullet {bj + 1}", old["bullets"][bi], new["bullets"][bj], TAILOR)
        env, _ = _list_changes(f"{where}: environment", old.get("environment") or [], new.get("environment") or [], str)
        changes += env
    return changes


def _translated(before: dict, after: dict) -> list[dict]:
    changes = _identity_and_overview(before, after, TRANSLATE)
    for section, old, new in _sidebar_sections(before, after):
        if old != new:
            changes.append({"kind": "side", "where": f"sidebar.{section}", "before": ", ".join(map(str, old)),
                            "after": ", ".join(map(str, new))})
    old_exp, new_exp = before.get("experiences") or [], after.get("experiences") or []
    for index in range(max(len(old_exp), len(new_exp))):
        old = old_exp[index] if index < len(old_exp) else {}
        new = new_exp[index] if index < len(new_exp) else {}
        where = f"experience {index + 1}"
        for field in ("heading", "description"):
            changes += _text_change(f"{where}: {field}", old.get(field), new.get(field), TRANSLATE)
        old_b, new_b = old.get("bullets") or [], new.get("bullets") or []
        for b in range(max(len(old_b), len(new_b))):
            changes += _text_change(f"{where}: bullet {b + 1}", old_b[b] if b < len(old_b) else "",
                                    new_b[b] if b < len(new_b) else "", TRANSLATE)
        if (old.get("environment") or []) != (new.get("environment") or []):
            changes.append({"kind": "side", "where": f"{where}: environment",
                            "before": ", ".join(map(str, old.get("environment") or [])),
                            "after": ", ".join(map(str, new.get("environment") or []))})
    return changes


def reverted(verdict: dict) -> list[dict]:
    """One step's reverted claims (its guard verdict's ``reverted``) as changes for the page."""
    return [{"kind": "reverted", "where": str(r.get("where")), "claims": [str(c) for c in r.get("claims") or []],
             "written": str(r.get("written")), "kept": r.get("kept")}
            for r in verdict.get("reverted") or [] if isinstance(r, dict)]


def compare(before: dict, after: dict, mode: str = TAILOR) -> dict:
    """What changed from ``before`` to ``after`` (two CV dicts), for the report page."""
    changes = _translated(before, after) if mode == TRANSLATE else _tailored(before, after)
    return {"mode": mode, "changes": changes}
