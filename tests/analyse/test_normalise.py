"""Normalisation for matching: folds variants, keeps a way back to body offsets."""

from __future__ import annotations

import unicodedata

from khabar.analyse.normalise import ascii_fold, normalise, normalise_with_map


def test_nukta_variants_fold_to_the_plain_letter():
    decomposed = unicodedata.normalize("NFC", "ज़रूरी फ़ैसला")  # NFC keeps the nukta separate
    precomposed = "\u095bरूरी \u095eैसला"
    assert normalise(decomposed) == normalise(precomposed) == "जरूरी फैसला"


def test_candra_o_and_chandrabindu_fold():
    assert normalise("मॉस्को") == normalise("मास्को")
    assert normalise("हाँ") == normalise("हां")


def test_quotes_dashes_spaces_and_digits_are_length_preserving():
    text = "“अगर आवश्यक हुआ” – ‘Kim’s’ visit\u00a0२०२३"
    out = normalise(text)
    assert len(out) == len(text)
    assert out == "\"अगर आवश्यक हुआ\" - 'Kim's' visit 2023"


def test_zero_width_characters_are_dropped_and_the_map_points_back():
    text = "कि\u200bम जो\u200dंग (Kim\u00adJong)"
    out, index = normalise_with_map(text)
    assert "\u200b" not in out and "\u200d" not in out and "\u00ad" not in out
    assert len(index) == len(out) + 1
    a = out.index("जो")
    b = out.index(" (")
    assert text[index[a] : index[b]] == "जो\u200dंग"
    for i, ch in enumerate(out):  # every kept character maps to its source
        assert normalise(text[index[i]]) == ch


def test_ascii_fold_drops_latin_diacritics_only():
    assert ascii_fold("Bihār Zürich Đà") == "Bihar Zurich Đa"
    assert ascii_fold("किम जोंग") == "किम जोंग"  # Devanagari vowel signs are not combining marks: kept


def test_bad_input_is_harmless():
    assert normalise("") == ""
    assert normalise_with_map("") == ("", [0])
