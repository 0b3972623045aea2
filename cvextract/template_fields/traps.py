"""Word's traps for template authors, found in the parts' XML as Word stored it (before docxtpl).

Each is one line naming where it stands and the text around it. Errors break rendering or lose
data; notes are what docxtpl repairs on its own (shown by ``cvextract template check``):

* a tag split across runs: docxtpl joins the runs of one paragraph (a note); across paragraphs, or
  across a hyperlink, field or tracked change within one, it cannot do so safely (an error);
* curly quotes in a tag: docxtpl straightens “ ” ‘ ’ (a note); „ « » and the like break the tag;
* a non-breaking space in a tag: Jinja reads it as a space (a note), but after docxtpl's prefix
  (``{%p`` + non-breaking space) the prefix is not recognised (an error);
* ``{{`` or ``{%`` inside a Word field code: Word shows the field's result, not the tag;
* a ``{% for %}``/``{% if %}`` closed in another table cell or text box (not ``{%tr``/``{%tc``), or
  not closed in the same part (a block cannot continue from the body into a header);
* an unknown docxtpl tag prefix (``{%td for``, ``{{pp x }}``): docxtpl knows p, tr, tc and r; and a
  ``%`` or ``}`` inside a prefixed tag (``{%p if i % 2 %}``), where docxtpl misses the prefix.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from lxml import etree

from .where import W, ElementPlaces

ERROR, NOTE = "error", "note"
MAX_LINES = 50  # problems of one kind named per template: a hostile one could have a million
_OPEN = re.compile(r"\{[{%#]")
_CLOSE = {"{{": "}}", "{%": "%}", "{#": "#}"}
_STRAIGHTENED = "“”‘’"  # docxtpl's patch_xml turns these into straight quotes inside tags
_BAD_QUOTES = "„‟‚‛«»‹›″′＂＇"
_SPACES = "\u00a0\u2007\u202f\u2002\u2003\u2009\u200a"
_PREFIXES = ("p", "tr", "tc", "r")
# Tags Jinja knows (its built-in statements) and the bare words docxtpl rewrites ({% vm %}...).
_JINJA_TAGS = frozenset({"for", "endfor", "if", "elif", "else", "endif", "set", "endset", "macro", "endmacro",
                         "call", "endcall", "filter", "endfilter", "with", "endwith", "block", "endblock",
                         "extends", "include", "import", "from", "raw", "endraw", "autoescape",
                         "endautoescape", "break", "continue", "do"})
_DOCXTPL_WORDS = frozenset({"vm", "hm", "colspan", "cellbg"})
_BLOCKS = ("for", "if", "macro", "call", "filter", "with")
_EXPRESSION_WORDS = frozenset({"if", "else", "and", "or", "not", "is", "in"})
_STATEMENT = re.compile(r"\{%(?:(tr|tc|p|r)(?= ))?-?\s*([A-Za-z_]\w*)?")  # docxtpl: prefix, then a space
_SPACED_PREFIX = re.compile(r"\{%(tr|tc|p|r)[" + _SPACES + "]")
_PRINT_PREFIX = re.compile(r"\{\{-?([A-Za-z]\w*)[ \u00a0]+([A-Za-z_]\w*)")


@dataclass(frozen=True)
class Trap:
    severity: str  # ERROR or NOTE
    where: str
    message: str
    near: str

    def line(self) -> str:
        return f"{self.where}: {self.message}" + (f" (near '{self.near}')" if self.near else "")


def _near(text: str, start: int, end: int) -> str:
    before = " ".join(text[max(start - 25, 0):start].split())
    after = " ".join(text[end:end + 25].split())
    tag = " ".join(text[start:end].split())
    if len(tag) > 60:
        tag = tag[:57] + "..."
    return " ".join(part for part in (before, tag, after) if part)


def _owner(element, tag: str):
    for ancestor in element.iterancestors():
        if ancestor.tag == tag:
            return ancestor
    return None


class _Paragraph:
    """A paragraph's own text (not that of text boxes inside it) and the w:t each character is in."""

    def __init__(self, paragraph):
        self.element = paragraph
        self.pieces = []  # (start offset, w:t element)
        parts = []
        codes = []
        length = 0
        for node in paragraph.iter(f"{W}t", f"{W}instrText", f"{W}fldSimple"):
            if _owner(node, f"{W}p") is not paragraph:
                continue
            if node.tag == f"{W}t":
                self.pieces.append((length, node))
                parts.append(node.text or "")
                length += len(node.text or "")
            elif node.tag == f"{W}instrText":
                codes.append((node, node.text or ""))
            else:
                codes.append((node, node.get(f"{W}instr") or ""))
        self.text = "".join(parts)
        self.codes = codes

    def elements(self, start: int, end: int) -> list:
        """The w:t elements holding characters ``start``..``end`` (found by bisection: a hostile
        paragraph may hold tens of thousands of runs)."""
        if not hasattr(self, "_offsets"):
            self._offsets = [offset for offset, _ in self.pieces]
        found = []
        index = max(bisect_right(self._offsets, start) - 1, 0)
        while index < len(self.pieces) and self.pieces[index][0] < end:
            stop = self.pieces[index + 1][0] if index + 1 < len(self.pieces) else len(self.text)
            if stop > start and stop > self.pieces[index][0]:
                found.append(self.pieces[index][1])
            index += 1
        return found


def _container(element, prefix: str | None):
    """What a block's open and close must share: the row for {%tr, the cell for {%tc, else the
    cell or text box the tag is in."""
    if prefix == "tr":
        return _owner(element, f"{W}tbl")
    if prefix == "tc":
        return _owner(element, f"{W}tr")
    for ancestor in element.iterancestors():
        if ancestor.tag in (f"{W}tc", f"{W}txbxContent"):
            return ancestor
    return None


def _container_name(element) -> str:
    if element is None:
        return "outside any table cell or text box"
    return {f"{W}tc": "another table cell", f"{W}txbxContent": "a text box",
            f"{W}tbl": "another table", f"{W}tr": "another table row"}.get(element.tag, "another place")


def part_traps(kind: str, xml: str) -> tuple[list[Trap], list[tuple], list[tuple]]:
    """The traps of one part (``kind``: body, page header...) from its XML, and the blocks it leaves
    open and closes without opening them: ``(keyword, where, near)`` each."""
    try:
        root = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    except (etree.XMLSyntaxError, ValueError):
        return [], [], []  # rendering reports what is wrong with it
    places = ElementPlaces(kind, root)
    traps: list[Trap] = []
    blocks: list[tuple] = []  # open blocks: (keyword, container, where, near)
    orphans: list[tuple] = []  # ends without their start: (keyword, where, near)

    def add(severity, element, message, text="", start=0, end=0):
        traps.append(Trap(severity, places.of(element), message, _near(text, start, end) if text else ""))

    for p in root.iter(f"{W}p"):
        para = _Paragraph(p)
        for node, code in para.codes:
            if "{{" in code or "{%" in code:
                add(ERROR, node, "a tag inside a Word field code: Word shows the field's result, not the tag; "
                                 "type the tag as plain text", code, 0, len(code))
        text, pos = para.text, 0
        while True:
            found = _OPEN.search(text, pos)
            if not found:
                break
            start = found.start()
            close = text.find(_CLOSE[found.group()], start + 2)
            if close < 0:
                add(ERROR, p, f"a {found.group()} tag is not closed in its paragraph: Word split it over "
                              "several paragraphs (or table cells), which docxtpl joins into one; keep "
                              "each tag within one paragraph", text, start, len(text))
                break
            end = close + 2
            tag = text[start:end]
            pos = end
            _tag_traps(add, p, para, text, start, end, tag)
            if found.group() == "{%":
                _blocks(add, blocks, orphans, para, places, text, start, end, tag)
    return traps, [(keyword, where, near) for keyword, _, where, near in blocks], orphans


def _tag_traps(add, p, para, text, start, end, tag) -> None:
    pieces = para.elements(start, end)
    if len(pieces) > 1:
        parents = {node.getparent().getparent() for node in pieces}
        if len(parents) > 1 or any(node.getparent().tag != f"{W}r" for node in pieces):
            add(ERROR, p, f"the tag is split across {_structures(pieces)}, which docxtpl cannot join "
                          "safely: retype the tag in one go", text, start, end)
        else:
            add(NOTE, p, f"the tag is split across {len(pieces)} runs (docxtpl joins them; the first run's "
                         "formatting applies)", text, start, end)
    bad = sorted({c for c in tag if c in _BAD_QUOTES})
    if bad:
        add(ERROR, p, f"curly quotes {' '.join(bad)} inside the tag: Jinja reads only straight quotes ' and \"",
            text, start, end)
    straightened = sorted({c for c in tag if c in _STRAIGHTENED})
    if straightened:
        add(NOTE, p, f"curly quotes {' '.join(straightened)} inside the tag (docxtpl reads them as straight "
                     "quotes, also inside text in quotes)", text, start, end)
    statement = _STATEMENT.match(tag) if tag.startswith("{%") else None
    spaces = sorted({c for c in tag if c in _SPACES})
    spaced_prefix = _SPACED_PREFIX.match(tag)
    if spaced_prefix:
        add(ERROR, p, "a non-breaking space after the docxtpl prefix: docxtpl needs an ordinary space there "
                      "(type {%p if ...)", text, start, end)
    elif spaces:
        add(NOTE, p, "a non-breaking space inside the tag (Jinja reads it as a space)", text, start, end)
    if statement and statement.group(1) and re.search(r"[%}]", tag[len(statement.group(1)) + 3:-2]):
        add(ERROR, p, f"a % or }} inside a {{%{statement.group(1)} %}} tag: docxtpl does not recognise the prefix "
                      "then (Jinja says unknown tag); compute it in a {% set %} first", text, start, end)
    if statement and statement.group(2) and not spaced_prefix:
        word = statement.group(2)
        if statement.group(1) is None and word not in _JINJA_TAGS and word not in _DOCXTPL_WORDS:
            add(ERROR, p, f"unknown tag '{{%{word}': docxtpl's prefixes are {{%p, {{%tr, {{%tc and {{%r, Jinja's "
                          "statements for, if, set, macro...", text, start, end)
    printed = _PRINT_PREFIX.match(tag)
    if printed and printed.group(1) not in _PREFIXES and printed.group(2) not in _EXPRESSION_WORDS:
        add(ERROR, p, f"unknown docxtpl prefix '{{{{{printed.group(1)}': docxtpl's prefixes are {{{{p, "
                      "{{tr, {{tc and {{r", text, start, end)


_STRUCTURES = {"hyperlink": "a hyperlink", "fldSimple": "a field", "ins": "a tracked insertion",
               "del": "a tracked deletion", "smartTag": "a smart tag", "sdtContent": "a content control",
               "customXml": "custom XML"}


def _structures(pieces) -> str:
    names = []
    for node in pieces:
        run = node.getparent()
        holder = run.getparent() if run is not None and run.tag == f"{W}r" else run
        name = etree.QName(holder).localname if holder is not None else "?"
        name = _STRUCTURES.get(name, "plain text" if name == "p" else f"w:{name}")
        if name not in names:
            names.append(name)
    return " and ".join(names)


def _blocks(add, blocks, orphans, para, places, text, start, end, tag) -> None:
    statement = _STATEMENT.match(tag)
    if not statement or not statement.group(2):
        return
    prefix, word = statement.group(1), statement.group(2)
    pieces = para.elements(start, end)
    anchor = pieces[0] if pieces else para.element
    container = _container(anchor, prefix)
    if word in _BLOCKS:
        blocks.append((word, container, places.of(anchor), _near(text, start, end)))
    elif word.startswith("end") and word[3:] in _BLOCKS:
        keyword = word[3:]
        if blocks and blocks[-1][0] == keyword:  # blocks nest (else Jinja's syntax error says so)
            opened = blocks.pop()
            if opened[1] is not container:
                add(ERROR, anchor, f"{{% {keyword} %}} opened in {opened[2]} (near '{opened[3]}') ends in "
                                   f"{_container_name(container)}: a loop over rows or cells is "
                                   f"{{%tr {keyword} %}} or {{%tc {keyword} %}}, else open and close it in "
                                   "one cell", text, start, end)
            return
        orphans.append((keyword, places.of(anchor), _near(text, start, end)))


def template_traps(parts, kinds: dict[str, str]) -> list[Trap]:
    """The traps of every part (:class:`cvextract.render.template_parts.JinjaPart`); ``kinds``: each
    part's name as the author knows it."""
    traps: list[Trap] = []
    unclosed: list[tuple] = []
    orphans: list[tuple] = []
    for part in parts:
        found, opened, ended = part_traps(kinds.get(part.name, part.kind), part.xml)
        traps += found
        unclosed += opened
        orphans += ended
    for keyword, where, near in unclosed[:MAX_LINES]:  # closed in another part (else Jinja's error says it)
        other = next((o for o in orphans if o[0] == keyword and o[1].split(",")[0] != where.split(",")[0]), None)
        if other is not None:
            orphans.remove(other)
            traps.append(Trap(ERROR, where, f"{{% {keyword} %}} is closed in another part ({other[1]}, near "
                                            f"'{other[2]}'): a block must open and close in one part (body, "
                                            "page header, page footer)", near))
    return _capped([t for t in traps if t.severity == ERROR]) + _capped([t for t in traps if t.severity == NOTE])


def _capped(traps: list[Trap]) -> list[Trap]:
    if len(traps) <= MAX_LINES:
        return traps
    return traps[:MAX_LINES] + [Trap(traps[0].severity, "...", f"and {len(traps) - MAX_LINES} more like these", "")]
