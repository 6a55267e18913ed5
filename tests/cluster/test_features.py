"""The clusterer's word features: spelling variants fold to one term."""

from __future__ import annotations

from khabar.cluster.features import words


def test_spelling_variants_of_one_hindi_word_are_one_term():
    # nukta, chandrabindu and English "e" written ऐ/ै or ए/े (March 2020: ऐलान 21 times,
    # एलान 15; सैनिटाइजर 18, सेनिटाइजर 29)
    assert words("लॉकडाउन का ऐलान") == words("लॉकडाउन का एलान")
    assert words("सैनिटाइजर") == words("सेनिटाइजर")
    assert words("ज़्यादा पाँच") == words("ज्यादा पांच")
