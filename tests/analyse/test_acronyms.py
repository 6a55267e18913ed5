"""Acronyms spelt in Devanagari letter names."""

from __future__ import annotations

from khabar.analyse.acronyms import acronym_names, spell_acronym
from khabar.analyse.normalise import normalise
from khabar.analyse.tokens import tokenize


def test_letter_names_spell_the_acronym():
    assert spell_acronym(normalise("केसीएनए")) == "KCNA"
    assert spell_acronym(normalise("डब्ल्यूएचओ")) == "WHO"
    assert spell_acronym(normalise("आईटीबीपी")) == "ITBP"
    assert spell_acronym(normalise("आइपीएस")) == "IPS"  # the short-vowel spelling of I
    assert spell_acronym(normalise("आइएटीए")) == "IATA"
    assert spell_acronym(normalise("आइए")) is None  # "come, let us": a word, not I.A.
    assert spell_acronym("कमल") is None  # an ordinary word
    assert spell_acronym("ए") is None  # one letter is no acronym
    assert spell_acronym("") is None


def test_acronyms_are_organisations_or_countries():
    toks = tokenize("डब्ल्यूएचओ और यूएस ने कहा")
    assert [(c.type, c.english, c.place is not None) for c in acronym_names(toks)] == [
        ("ORG", "WHO", False), ("PLACE", "United States", True),
    ]


def test_a_unit_spelt_in_letters_is_no_organisation():
    # BBC Hindi: "16 जीबी स्टोरेज" had made GB an organisation
    from khabar.analyse.entities import find_entities
    from khabar.records import Article, Origin

    body = "नए फ़ोन में 16 जीबी स्टोरेज है और आईसीएमआर ने भी इसकी जांच की।"
    article = Article(id="a", source="a", origin=Origin(kind="text"), title=None, body=body, language="hi")
    assert [e.name for e in find_entities(article, []) if e.type == "ORG"] == ["ICMR"]


def test_an_inflected_common_word_is_no_acronym():
    # March 2020: "कोरोना वायरस के टीके" (vaccines) had been the organisation "TK"
    toks = tokenize("कोरोना वायरस के टीके बनाने में समय लगेगा, आईसीएमआर ने कहा")
    assert [c.english for c in acronym_names(toks)] == ["ICMR"]


def test_acronyms_left_in_latin_capitals_in_hindi_text():
    # March 2020 papers: "इससे पहले सोमवार को WHO ने कहा था ..." (Dainik Jagran)
    from khabar.analyse.acronyms import latin_acronym_names
    from khabar.analyse.entities import find_entities
    from khabar.records import Article, Origin

    toks = tokenize("सोमवार को WHO ने कहा कि ICMR के मुताबिक UK में भी मामले हैं, CM ने COVID के बारे में LIVE अपडेट दिया")
    assert [(c.type, c.english) for c in latin_acronym_names(toks)] == [
        ("ORG", "WHO"), ("ORG", "ICMR"), ("PLACE", "United Kingdom")]  # no office, disease or heading
    body = "इससे पहले सोमवार को WHO ने कहा था कि अभी तक कोविड-19 के व्यवहार के बारे में कुछ नहीं मालूम है ।"
    [who] = find_entities(Article(id="a", source="a", origin=Origin(kind="text"), title=None, body=body, language="hi"))
    assert (who.type, who.aliases) == ("ORG", ["WHO"])
