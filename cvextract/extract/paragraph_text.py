"""The text of a ``w:p`` paragraph, and the normalisation and cleaning applied to it.

The walk visits every descendant in document order, so a paragraph anchoring a text box includes
the box's text (twice when Word stores it in both mc:Choice and mc:Fallback). Any element named
``t`` in any namespace (``w:t``, ``a:t``, ``m:t``) gives its text; ``delText`` and ``instrText``
are not ``t`` and so are skipped, while inserted runs (``w:ins``) are ordinary runs and kept.
"""

from __future__ import annotations

import re

from lxml import etree

# Elements that produce text; ``{*}`` matches any namespace.
_TEXT_TAGS = ("{*}t", "{*}tab", "{*}br", "{*}cr", "{*}noBreakHyphen", "{*}softHyphen")
_LOCAL_TEXT = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-", "softHyphen": "-"}
# A ``tab`` inside ``w:tabs`` (or DrawingML ``a:tabLst``) is a tab-stop definition, not a tab.
_TAB_STOP_PARENTS = ("tabs", "tabLst")

# NBSP -> space, soft hyphen -> "-", and every character XML 1.0 forbids (C0 controls other than
# tab/LF/CR, surrogates, U+FFFE/U+FFFF) dropped. A translate table: cheaper to build than a regex.
_NORMALISE = {0xA0: " ", 0xAD: "-", 0xFFFE: None, 0xFFFF: None}
_NORMALISE.update((code, None) for code in range(0x20) if code not in (0x09, 0x0A, 0x0D))
_NORMALISE.update((code, None) for code in range(0xD800, 0xE000))
# Any character the table changes, or CR: most text has none, and a search is cheaper than a translate.
_NEEDS_NORMALISING = re.compile("[\x00-\x08\x0b-\x1f\xa0\xad\ud800-\udfff\ufffe\uffff]")


def paragraph_text(paragraph: etree._Element) -> str:
    """The raw text of a paragraph: text, tabs, line breaks and hyphen elements, in order."""
    parts: list[str] = []
    for element in paragraph.iter(*_TEXT_TAGS):
        local = element.tag.rpartition("}")[2]
        if local == "t":
            if element.text:
                parts.append(element.text)
        elif local == "tab":
            parent = element.getparent()
            if parent is None or parent.tag.rpartition("}")[2] not in _TAB_STOP_PARENTS:
                parts.append("\t")
        else:
            parts.append(_LOCAL_TEXT[local])
    return "".join(parts)


def normalise(text: str) -> str:
    """NBSP -> space, soft hyphen -> "-", CR/CRLF -> LF, characters invalid in XML 1.0 dropped."""
    if _NEEDS_NORMALISING.search(text) is None:
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_NORMALISE)


def clean(text: str) -> str:
    """Normalise, collapse every run of whitespace (tabs and newlines too) to one space, trim."""
    return " ".join(normalise(text).split())


def paragraph_lines(paragraph: etree._Element) -> list[str]:
    """The normalised text of a paragraph split on line breaks; lines trimmed, empty ones dropped."""
    text = normalise(paragraph_text(paragraph))
    return [line for line in (raw.strip() for raw in text.split("\n")) if line]
