"""The packaged given-name list: English person evidence, without common words."""

from __future__ import annotations

from khabar.analyse.given_names import GIVEN_NAMES_PATH, build_proper_nouns, given_names, is_given_name, proper_nouns_en


def test_packaged_list_holds_names_from_many_languages():
    assert GIVEN_NAMES_PATH.exists() and len(given_names()) > 10_000
    assert all(is_given_name(n) for n in ("Adam", "Jennifer", "Rafael", "Ahmad", "Akira", "Aarav", "Li", "Wang"))


def test_common_words_listed_by_one_locale_are_no_names():
    # Faker's generic English list holds these; no other locale does
    assert not any(is_given_name(w) for w in ("Council", "Reason", "Media", "Star", "Little"))


def test_words_the_web_writes_capitalised_are_names():
    # world figures Faker's census lists lack; not words that are capitalised only at a sentence's start
    assert {"trump", "merkel", "macron", "netanyahu"} <= proper_nouns_en()
    assert not {"chief", "back", "way", "love"} & proper_nouns_en()


def test_the_proper_noun_list_is_read_off_the_model_vocabulary():
    built = build_proper_nouns({"trump": 4.93, "chief": 5.3, "merkel": 3.4, "back": 6.2, "x-ray": 3.0})
    assert built == ["merkel", "trump"]
