"""Keyphrases: YAKE statistics with a Hindi stop-word list and '।' as a boundary."""

from __future__ import annotations

from khabar.analyse.keyphrases import extract_keyphrases
from khabar.analyse.stopwords import english_stopwords, hindi_stopwords, stopwords


def test_hindi_stoplist_has_the_words_stopwords_iso_lacks():
    hi = hindi_stopwords()
    for word in ("उन्होंने", "बीच", "अब", "के", "है", "करेंगे", "अनुसार"):
        assert word in hi
    for content in ("पुतिन", "रूस", "युद्ध", "सरकार"):
        assert content not in hi
    assert "the" in english_stopwords() and "world" not in english_stopwords()
    assert stopwords("en") == english_stopwords()


def test_seed_keyphrases_name_the_story(seed_articles):
    found = {}
    for article in seed_articles.values():
        phrases = extract_keyphrases(article.body, article.language, n=10)
        assert 0 < len(phrases) <= 10
        found[article.id] = phrases
        stop = stopwords(article.language)
        for phrase in phrases:
            words = phrase.split()
            assert words[0].lower() not in stop and words[-1].lower() not in stop, phrase
            assert "।" not in phrase and "\n" not in phrase
            assert phrase in article.body or phrase.lower() in article.body.lower()
            assert len(words) <= 3
    # every report is about Kim's (North Korea's) visit to Putin's Russia: one of
    # the two sides is in each top five, and Kim himself in each top ten
    actors = ("किम", "Kim", "पुतिन", "Putin", "कोरिया", "Korea", "रूस", "Russia")
    for phrases in found.values():
        assert any(a in p for a in actors for p in phrases[:5]), phrases
    assert sum(any("किम" in p or "Kim" in p for p in phrases) for phrases in found.values()) >= 4


def test_sentence_boundary_danda_is_never_crossed():
    text = "मुंबई में बारिश हुई। पुणे में बाढ़ आई। मुंबई में बारिश से लोकल ट्रेनें रुकीं। पुणे में बाढ़ से सड़कें बंद।"
    phrases = extract_keyphrases(text, "hi", n=10)
    assert phrases and all("।" not in p for p in phrases)
    assert not any(p.endswith("मुंबई") and p.startswith("बाढ़") for p in phrases)  # "बाढ़ आई। मुंबई"
    assert any(p.startswith("मुंबई") or p.startswith("पुणे") for p in phrases[:3])


def test_english_keyphrases():
    text = (
        "The Reserve Bank of India raised interest rates on Tuesday. "
        "The Reserve Bank said inflation remained high. "
        "Governor Shaktikanta Das said rates would stay high while inflation persists."
    )
    phrases = extract_keyphrases(text, "en", n=5)
    assert any("Reserve Bank" in p for p in phrases[:2]), phrases
    assert all(p.split()[0].lower() not in english_stopwords() for p in phrases)


def test_no_near_duplicates():
    text = "राष्ट्रपति व्लादिमीर पुतिन ने कहा। राष्ट्रपति व्लादिमीर पुतिन से मुलाकात हुई। व्लादिमीर पुतिन रूस के नेता हैं।"
    phrases = extract_keyphrases(text, "hi", n=10)
    for a in phrases:
        for b in phrases:
            if a != b:
                assert f" {a} " not in f" {b} ", (a, b)


def test_empty_and_bad_input():
    assert extract_keyphrases("", "hi") == []
    assert extract_keyphrases("   \n\n ", None) == []
    assert extract_keyphrases("के की का है।", "hi") == []
    assert extract_keyphrases("नमस्ते", "hi", n=0) == []
    assert isinstance(extract_keyphrases("\x00\ufffd" * 50, None), list)
