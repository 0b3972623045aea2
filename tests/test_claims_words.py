"""The word frequencies the claims check reads fast (small lists, plain dict look-ups) are wordfreq's own
figures: the same answers as its slower full look-ups."""

from __future__ import annotations

import pytest
from wordfreq import zipf_frequency

from cvextract.claims.words import ENGLISH_MARGIN, OTHER_LANGUAGES, english_only, sentences, zipf

WORDS = ["scope", "holds", "oversaw", "java", "bosch", "siemens", "oracle", "pen", "met", "consultant", "haskell",
         "graphql", "kafka", "tableau", "the", "hypercare", "s/4hana", "node.js", "élan", "über",
         "lakeside", "raman"]  # these two need the other languages' large lists


@pytest.mark.parametrize("word", WORDS)
def test_fast_lookups_give_wordfreqs_figures(word):
    assert zipf(word) == zipf_frequency(word, "en")
    slow = zipf_frequency(word, "en") - max(zipf_frequency(word, lang) for lang in OTHER_LANGUAGES) >= ENGLISH_MARGIN
    assert english_only(word) == slow


def test_stems_are_right_when_threads_check_answers_at_once():
    # The model-call process checks several answers at once: a stemmer shared by threads raised
    # IndexError (a failed CV) or gave another word's stem.
    import random
    import string
    import threading

    from cvextract.claims import words

    rng = random.Random(7)
    tokens = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 12)))
              + rng.choice(["ing", "ed", "ations", "ly", "ness"]) for _ in range(40000)]
    stem = words.stem.__wrapped__  # past the cache: every call stems
    expected = [stem(token) for token in tokens]
    got: dict[int, str] = {}
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for index in range(offset, len(tokens), 8):
                got[index] = stem(tokens[index])
        except BaseException as exc:  # noqa: B036 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(offset,)) for offset in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert [got[index] for index in range(len(tokens))] == expected


HERD = r"""
import json, sys, threading
sys.path[:0] = ["tests"]
from claims_corpus import corpus
from cvextract.claims import words
from cvextract.claims.free_text import review

loads = {}

def counted(load):
    def counting(lang, wordlist):
        loads[f"{lang}/{wordlist}"] = loads.get(f"{lang}/{wordlist}", 0) + 1
        return load(lang, wordlist)
    return counting

words.get_frequency_dict = counted(words.get_frequency_dict)
words._buckets = counted(words._buckets)
honest, fabricated = corpus(n_cvs=4, seed=20)
cases = (honest + fabricated)[:16]
start = threading.Barrier(len(cases))

def check(case):
    start.wait()
    review(case.original, case.adjusted, case.prompt)
    words.english_only("scope")
    words.english_only("lakeside")  # reads the other languages' large lists

threads = [threading.Thread(target=check, args=(case,)) for case in cases]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(json.dumps(loads))
"""


def _printed_by_a_new_process(program: str, **env: str):
    """What ``program``, run in a fresh Python process from the repository (``env`` added to its
    environment), printed as JSON."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    run = subprocess.run([sys.executable, "-c", program], cwd=root, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(root), **env})
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout)


def test_answers_checked_at_once_in_a_new_process_load_each_word_list_once():
    # Sixteen threads of the model-call process checking their first answers at once each loaded
    # every word list (seconds of CPU under one GIL, a list in memory per thread).
    loads = _printed_by_a_new_process(HERD)
    assert {"en/best", "de/small", "de/best"} <= loads.keys()
    assert loads == dict.fromkeys(loads, 1)


def test_a_form_is_the_word_or_an_inflection_of_it_not_a_word_derived_from_its_stem():
    from cvextract.claims.words import Vocabulary

    source = Vocabulary(["Tagging policies and monthly reports.", "A fitness app.", "Generalised the importer."])
    assert all(source.has_form(w) for w in ("Policy", "policies", "Reporting", "Reports", "Fitness", "app"))
    assert not any(source.has_form(w) for w in ("Fit", "General", "Import"))
    assert source.has("Fit")  # the stem alone would take it


@pytest.mark.parametrize("text, name", [("Synced steps through Google Fit.", "Fit"),
                                        ("Stored reports in Generali Vault.", "Generali"),
                                        ("Built it on Apple Health.", "Health")])
def test_a_name_is_not_supported_by_a_word_derived_from_its_stem(text, name):
    from cvextract.claims.names import unsupported_names
    from cvextract.claims.words import Vocabulary

    source = Vocabulary(["Fitness and healthy-living app for an insurer (Apple, Google) with generalised reports."])
    assert name in unsupported_names(text, source)
    assert unsupported_names("Built the Fitness app for Apple and Google devices.", source) == []


def test_an_everyday_word_capitalised_keeps_its_stem():
    from cvextract.claims.names import unsupported_names
    from cvextract.claims.words import Vocabulary

    source = Vocabulary(["Migrated 40 services to the cloud and reported weekly."])
    assert unsupported_names("Led the Cloud Migration of 40 services, with weekly Reporting.", source) == []


NOT_PLAIN = """
import json
import wordfreq
from cvextract.claims import words
words_ = ["bank's", "café", "Zürich", "O'Neill", "GmbH"]
figures = {f"{w}/{lang}": words._zipf_in(w, lang) for w in words_ for lang in words.OTHER_LANGUAGES}
print(json.dumps({"figures": figures, "dicts": wordfreq.get_frequency_dict.cache_info().currsize}))
"""


def test_a_word_that_is_not_plain_is_searched_in_a_large_list_without_loading_wordfreqs_dict():
    # wordfreq's own look-up loads a large list as a dict (a second and 250 MB each) with no lock.
    found = _printed_by_a_new_process(NOT_PLAIN)
    assert found["figures"] == {key: zipf_frequency(*key.split("/")) for key in found["figures"]}
    assert found["dicts"] == 0


def test_an_abbreviation_s_full_stop_ends_no_sentence():
    assert sentences("Built a depot (approx. 40.000 m² of racking). Hired 30 pickers. Spent 2,3 Mio. in total.") == [
        "Built a depot (approx. 40.000 m² of racking).", "Hired 30 pickers.", "Spent 2,3 Mio. in total."]


def test_sentences_read_once_stay_the_callers_own():
    text = "Pruned the orchard. Bottled the cider."
    first = sentences(text)
    first.append("Invented a sentence.")
    assert sentences(text) == ["Pruned the orchard.", "Bottled the cider."]


LARGE_LISTS = """
import json
from cvextract.claims import words
figures = {f"{w}/{lang}": words._zipf_in(w, lang) for w in ("haus", "maison", "casa", "bank's", "zzqx")
           for lang in words.OTHER_LANGUAGES}
print(json.dumps(figures))
"""


def test_the_large_word_lists_kept_on_disk_give_wordfreqs_figures_and_are_rebuilt_when_stale(tmp_path):
    cache = tmp_path / "word-lists"
    built = _printed_by_a_new_process(LARGE_LISTS, CVEXTRACT_WORD_LIST_CACHE=str(cache))
    assert built == {key: zipf_frequency(*key.split("/")) for key in built}
    assert sorted(p.name for p in cache.iterdir()) == sorted(f"{lang}-best.txt" for lang in OTHER_LANGUAGES)
    german = cache / "de-best.txt"
    assert _printed_by_a_new_process(LARGE_LISTS, CVEXTRACT_WORD_LIST_CACHE=str(cache)) == built  # read back
    german.write_text("cvextract word list 1 de-best /elsewhere 1 1\x00\nhaus\n", encoding="utf-8")  # stale
    assert _printed_by_a_new_process(LARGE_LISTS, CVEXTRACT_WORD_LIST_CACHE=str(cache)) == built
    assert german.read_text(encoding="utf-8").count("\x00") > 100  # rebuilt from wordfreq's file


def test_word_lists_are_read_from_wordfreq_where_no_cache_may_be_written(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    figures = _printed_by_a_new_process(LARGE_LISTS, CVEXTRACT_WORD_LIST_CACHE=str(blocked / "word-lists"))
    assert figures == {key: zipf_frequency(*key.split("/")) for key in figures}
    off = _printed_by_a_new_process(LARGE_LISTS, CVEXTRACT_WORD_LIST_CACHE="")
    assert off == figures
