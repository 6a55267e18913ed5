"""Matching romanised names; canonical name, key and type of a group."""

from __future__ import annotations

from collections import Counter

from khabar.analyse.grouping import Group
from khabar.analyse.naming import canonical_name, contains_name, display_word, entity_type, words_match


def test_words_match_exactly_or_as_spelling_variants_of_long_words():
    assert words_match("kozhemayako", "kojhemayako")
    assert not words_match("modi", "mody")  # words under five letters must be equal
    assert not words_match("kolkata", "kottayam")  # long but too different
    assert not words_match("vladimir", "bladimir")  # the first letter must agree


def test_contains_name_only_at_the_edges():
    assert contains_name(("kim", "jong", "un"), ("kim", "jong"))
    assert contains_name(("kim", "jong", "un"), ("un",))
    assert not contains_name(("kim", "jong", "un"), ("jong",))
    assert not contains_name(("putin",), ("vladimir", "putin"))
    assert not contains_name(("putin",), ())


def test_canonical_name_fills_a_partial_latin_form_word_by_word():
    group = Group(
        keys=[("kim", "jong", "un"), ("kim", "jong")],
        types=Counter({"PERSON": 2}),
        english=["Kim Jong"],
        texts=[("किम", "जोंग", "उन"), ("Kim", "Jong")],
    )
    assert canonical_name(group) == ("Kim Jong Un", "kim jong un")
    assert entity_type(group) == "PERSON"


def test_untyped_groups_are_people_and_cue_words_are_spelt_in_english():
    assert entity_type(Group(keys=[("x",)])) == "PERSON"
    assert display_word("haus") == "House"
    assert display_word("bhartiy", respell=False) == "Bhartiy"
