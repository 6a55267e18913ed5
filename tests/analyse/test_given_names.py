"""The packaged given-name list: English person evidence, without common words."""

from __future__ import annotations

from khabar.analyse.given_names import GIVEN_NAMES_PATH, given_names, is_given_name


def test_packaged_list_holds_names_from_many_languages():
    assert GIVEN_NAMES_PATH.exists() and len(given_names()) > 10_000
    assert all(is_given_name(n) for n in ("Adam", "Jennifer", "Rafael", "Ahmad", "Akira", "Aarav", "Li", "Wang"))


def test_common_words_listed_by_one_locale_are_no_names():
    # Faker's generic English list holds these; no other locale does
    assert not any(is_given_name(w) for w in ("Council", "Reason", "Media", "Star", "Little"))
