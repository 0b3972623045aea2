"""Personal data out of model prompts: a CV's names, e-mails, phones and personal URLs as placeholders.

:meth:`PersonalDataMask.of_cv` finds the person's data in a CV: the identity names (as written
and in capitals), every e-mail address, every phone number and every personal URL (one that
carries a name of the person or points to a profile site) in any of the CV's texts. Each distinct
value gets a placeholder such as ``[[FULL_NAME]]`` or ``[[EMAIL_1]]``, numbered in the order the
values appear in the CV, so the same CV always gives the same prompt (and the same answer-cache
key). :meth:`hide` replaces the values in anything sent, :meth:`reveal` puts them back exactly,
and :meth:`problems` names the placeholders an answer dropped or changed.
"""

from __future__ import annotations

import re
import urllib.parse

from ..errors import ValidationError
from ..json_text import map_strings, strings

NAME_FIELDS = ("full_name", "first_name", "last_name")
EMAIL = re.compile(r"(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
URL = re.compile(r"\b(?:https?://|www\.)[^\s\"'<>()\[\]]+[^\s\"'<>()\[\].,;:!?]", re.IGNORECASE)
# A bare profile address ("linkedin.com/in/jane-doe") without scheme.
PROFILE_URL = re.compile(r"\b(?:[\w-]+\.)*(?:linkedin\.com|github\.com|gitlab\.com|xing\.com|twitter\.com|x\.com|"
                         r"stackoverflow\.com|medium\.com|about\.me|bitbucket\.org)/[^\s\"'<>()\[\]]*[\w/]",
                         re.IGNORECASE)
PROFILE_HOSTS = ("linkedin.com", "github.com", "gitlab.com", "xing.com", "twitter.com", "x.com",
                 "stackoverflow.com", "medium.com", "about.me", "bitbucket.org")
PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d\s().\-/]{5,20}\d(?![\w])")
_DATE_LIKE = re.compile(r"^\d{4}\s*[-/.]\s*\d{1,4}(?:\s*[-/.]\s*\d{1,4})?$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$")
# What is left of a placeholder a model rewrote: "[[EMAIL_1]" , "[[ EMAIL 1 ]]", "EMAIL_7", "[[full_name]]".
PLACEHOLDER_RESIDUE = re.compile(r"\[\[[^\[\]]{0,40}\]?\]?|\b(?:FULL|FIRST|LAST)_NAME(?:_UPPER)?\b|"
                                 r"\b(?:EMAIL|PHONE|URL)[ _]\d+\b")


def phone_numbers(text: str) -> list[str]:
    """Phone-number-like runs of 7 to 15 digits (dates and year ranges are not phone numbers)."""
    found = []
    for match in PHONE.finditer(text):
        candidate = match.group(0).strip()
        if candidate.startswith("(") and ")" not in candidate:
            candidate = candidate[1:]
        digits = sum(ch.isdigit() for ch in candidate)
        if 7 <= digits <= 15 and not _DATE_LIKE.match(candidate):
            found.append(candidate)
    return found


def _personal_url(url: str, names: list[str]) -> bool:
    bare = url.lower()
    host = urllib.parse.urlsplit(bare if "://" in bare else "//" + bare).hostname or ""
    host = host[4:] if host.startswith("www.") else host
    if any(host == h or host.endswith("." + h) for h in PROFILE_HOSTS):
        return True
    squashed = re.sub(r"[^a-z0-9]", "", bare)
    return any(len(part) >= 3 and part in squashed
               for name in names for part in re.sub(r"[^a-z0-9 ]", " ", name.lower()).split())


class PersonalDataMask:
    """The value <-> placeholder mapping for one CV."""

    def __init__(self, placeholders: dict[str, str]):
        self.placeholder_of = dict(placeholders)               # value -> placeholder
        self.value_of = {p: v for v, p in self.placeholder_of.items()}
        values = sorted(self.placeholder_of, key=lambda v: (-len(v), v))
        self._hide = re.compile("|".join(rf"(?<!\w){re.escape(v)}(?!\w)" if v[:1].isalnum() and v[-1:].isalnum()
                                         else re.escape(v) for v in values)) if values else None
        self._reveal = re.compile("|".join(re.escape(p) for p in sorted(self.value_of, key=len, reverse=True))) \
            if self.value_of else None

    @classmethod
    def of_cv(cls, cv: dict) -> "PersonalDataMask":
        identity = cv.get("identity") if isinstance(cv.get("identity"), dict) else {}
        names = [identity.get(f) for f in NAME_FIELDS]
        names = [n.strip() for n in names if isinstance(n, str) and n.strip()]
        placeholders: dict[str, str] = {}
        for field in NAME_FIELDS:
            value = identity.get(field)
            if not isinstance(value, str) or not value.strip():
                continue
            value = value.strip()
            placeholders.setdefault(value, f"[[{field.upper()}]]")
            if value.upper() != value:
                placeholders.setdefault(value.upper(), f"[[{field.upper()}_UPPER]]")
        counters = {"EMAIL": 0, "PHONE": 0, "URL": 0}

        def add(kind: str, value: str) -> None:
            if value and value not in placeholders:
                counters[kind] += 1
                placeholders[value] = f"[[{kind}_{counters[kind]}]]"

        for text in strings(cv):
            for email in EMAIL.findall(text):
                add("EMAIL", email)
            without_emails = EMAIL.sub(" ", text)
            without_urls = URL.sub(" ", without_emails)
            for url in URL.findall(without_emails) + PROFILE_URL.findall(without_urls):
                if _personal_url(url, names):
                    add("URL", url)
            for phone in phone_numbers(PROFILE_URL.sub(" ", without_urls)):
                add("PHONE", phone)
        return cls(placeholders)

    @property
    def placeholders(self) -> list[str]:
        return list(self.value_of)

    def hide_text(self, text: str) -> str:
        if self._hide is None:
            return text
        return self._hide.sub(lambda m: self.placeholder_of[m.group(0)], text)

    def reveal_text(self, text: str) -> str:
        if self._reveal is None:
            return text
        return self._reveal.sub(lambda m: self.value_of[m.group(0)], text)

    def hide(self, value):
        """``value`` (a string, or dicts and lists of them) with every personal value replaced."""
        return map_strings(value, self.hide_text)

    def reveal(self, value):
        """``value`` with every placeholder replaced by the value it stands for."""
        return map_strings(value, self.reveal_text)

    def problems(self, sent, answer) -> list[str]:
        """What is wrong with the placeholders of ``answer`` (before :meth:`reveal`): each one that
        ``sent`` carried and the answer dropped, and each placeholder-like text it changed."""
        if not self.value_of:
            return []
        in_sent = {p for text in strings(sent) for p in self.value_of if p in text}
        answer_texts = list(strings(answer))
        dropped = [p for p in self.value_of if p in in_sent and not any(p in t for t in answer_texts)]
        known = {m.group(0) for t in strings(self.reveal(sent)) for m in PLACEHOLDER_RESIDUE.finditer(t)}
        changed = sorted({m.group(0) for t in answer_texts for m in PLACEHOLDER_RESIDUE.finditer(self.reveal_text(t))}
                         - known)
        return [f"placeholder {p} dropped" for p in dropped] + [f"placeholder changed to {c!r}" for c in changed]

    def check(self, sent, answer, source, *, purpose: str) -> None:
        """Raise :class:`ValidationError` (one line) when :meth:`problems` finds any."""
        problems = self.problems(sent, answer)
        if problems:
            more = f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""
            raise ValidationError(source, f"{purpose}: the model dropped or changed personal-data placeholders: "
                                  + "; ".join(problems[:3]) + more, problems)

    def __bool__(self) -> bool:
        return bool(self.placeholder_of)
