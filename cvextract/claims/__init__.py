"""The claims check: a tailored CV's free text makes no claim the source CV does not.

Numbers and currencies (:mod:`.numbers`), magnitudes in words (:mod:`.magnitudes`), months and
quarters (:mod:`.dates`), levels and grades (:mod:`.levels`), names (:mod:`.names`; lower-case technology names :mod:`.tech_names`;
abbreviations :mod:`.acronyms`; places in another form :mod:`.places`), what a credential word is
attached to (:mod:`.credentials`), recognition phrases (:mod:`.recognition`) and each bullet's origin
(:mod:`.provenance`) are checked per sentence and bullet (:mod:`.free_text`); :mod:`.guard` reverts or fails under a policy
(:mod:`.policy`); :mod:`.reverted` tells the user what was reverted; a translation gets the number
check alone (:mod:`.translation`). Deterministic and offline: word frequencies come with wordfreq,
similarity from rapidfuzz. Import the modules themselves: this package imports nothing, so that the
light parts (policy, translation) do not load the word lists' libraries.
"""


def __getattr__(name: str):
    """``cvextract.claims.review`` is the check's entry point, loaded on first use so that importing
    the package stays cheap."""
    if name == "review":
        from cvextract.claims.free_text import review

        return review
    raise AttributeError(name)
