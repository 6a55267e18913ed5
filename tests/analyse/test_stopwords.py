"""Stop words: Hindi and English together, and another language's own list besides."""

from __future__ import annotations

from khabar.analyse.stopwords import stopwords


def test_hindi_and_english_lists_hold_their_function_words():
    assert {"उन्होंने", "बीच", "the", "of"} <= stopwords("hi")
    assert "the" in stopwords("en") and "उन्होंने" not in stopwords("en")


def test_another_languages_report_gets_its_own_list_as_well():
    assert {"и", "в", "не"} <= stopwords("ru")  # stopwords-iso's Russian list
    assert not {"и", "в"} & stopwords("hi")
    assert stopwords("xx") == stopwords(None)  # no list for the language: Hindi and English
