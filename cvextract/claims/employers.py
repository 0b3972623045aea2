"""A name told as the person's former employer: "Former Openreach planner", "ex-Deloitte consultant",
"formerly at Accenture", "previously with the Met Office".

The name check supports a name the CV writes anywhere; told after "former", the name is where the person
worked, which only the CV's experience headings say (a network the CV's work reused, a customer it served,
is no employer). Such a name is a claim unless a heading names it or a source text tells the same ("a
former FP&A analyst" where the CV writes so); a former name in parentheses ("Blue Yonder (formerly JDA)") is
a product's, left to the name check, and so is one the source gives a product so, however the text sets it
off ("Blue Yonder, formerly JDA,").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .names import brand_word, is_function_word, title_cased
from .words import whole_word

# "former", "formerly", "previously" and an optional preposition, or "ex-" glued to the name; then the
# name: capitalised words in a row ("University of Leeds"), up to a possessive ("KPMG's").
_FORMER_WORDS = r"(?:[Ff]ormer|[Ff]ormerly|[Pp]reviously)\s+(?:(?:at|with|in|of|for)\s+)?|(?<![\w-])[Ee]x-"
_NAME = r"(?:the\s+)?([A-Z0-9][\w&.+-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z0-9][\w&.+-]*)*)"
_RENAMED = re.compile(r"(?:\b" + _FORMER_WORDS + ")" + _NAME)
# Not a former name set off after a name ("Blue Yonder (formerly JDA)", "Blue Yonder, formerly JDA,"): a
# product's; "Designer, formerly at Atkins" tells an employer by its preposition.
_FORMER = re.compile(
    r"(?:(?<![(,])(?<![(,] )\b" + _FORMER_WORDS + r"|(?<=[(,])\s*\b(?:[Ff]ormerly|[Pp]reviously)\s+"
    r"(?:at|with|in|of|for)\s+)" + _NAME
)


@lru_cache(maxsize=16384)
def former_names(text: str, renamed: bool = False) -> tuple[str, ...]:
    """The names ``text`` tells as a former employer, as written (up to a possessive; a full stop aside);
    with ``renamed``, also a product's former name in parentheses ("Blue Yonder (formerly JDA)"). In a
    title ("Regression Pack, Previously All Manual") a capital says nothing: there only a brand counts."""
    found = []
    titled = bool(title_cased(text))
    for match in (_RENAMED if renamed else _FORMER).finditer(text):
        name = match.group(1)
        if titled and (is_function_word(name.split()[0]) or not any(brand_word(word) for word in name.split())):
            continue  # "Previously All Manual": a title's words
        words = name.split()
        while words and not (words[-1][:1].isupper() or words[-1][:1].isdigit()):
            words.pop()  # "University of" left by a lower-case word after "of"
        name = " ".join(words).rstrip(".")
        if name:
            found.append(name)
    return tuple(found)


def unsupported_employers(text: str, headings, sources) -> list[str]:
    """The names ``text`` tells as a former employer that no experience heading (``headings``) names and no
    source text (``sources``) tells as former too."""
    if "ormer" not in text and "revious" not in text and "ex-" not in text.casefold():
        return []
    told = {name.casefold() for source in sources for name in former_names(source, renamed=True)}
    return [
        name
        for name in former_names(text)
        if name.casefold() not in told and not any(whole_word(name).search(heading) for heading in headings)
    ]
