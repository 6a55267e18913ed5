"""English spellings for romanised names: loanwords and foreign names respelt, Indian names kept."""

from __future__ import annotations

import pytest

from khabar.analyse.anglicise import anglicise_word
from khabar.analyse.entities import find_entities, link_entities
from khabar.analyse.romanise import romanise
from khabar.records import Analysis, Article, Origin


@pytest.mark.parametrize(
    "hindi,organisation,english",
    [
        ("फुटबॉल", True, "football"),
        ("कम्युनिस्ट", True, "communist"),
        ("टेक्नोलॉजी", True, "technology"),
        ("डिस्ट्रिब्यूशन", True, "distribution"),
        ("ऑस्ट्रेलिया", True, "australia"),
        ("क्लार्क", False, "clark"),
        ("ब्रिटनी", False, "britney"),
        ("फ्रांसिस", False, "francis"),
        ("हुआवेई", False, "huawei"),
    ],
)
def test_loanwords_and_foreign_names_get_their_english_spelling(hindi, organisation, english):
    assert anglicise_word(romanise(hindi), organisation) == english


@pytest.mark.parametrize("hindi", ["मोदी", "लालू", "नीतीश", "केजरीवाल", "गोयल", "बघेल", "हरीश", "कपिल"])
def test_indian_names_keep_their_romanisation(hindi):
    roman = romanise(hindi)
    assert anglicise_word(roman) == roman


def test_short_unknown_words_and_non_letters_are_left_alone():
    for word in ("bak", "kak", "mun", "x1", "", "ab-cd"):
        assert anglicise_word(word) == word


def _entities(body: str):
    a = Article(id="a", source="a", origin=Origin(kind="text"), title=None, body=body, language="hi")
    analyses = [Analysis(article=a, entities=find_entities(a, []))]
    link_entities(analyses)
    return {e.key: e for e in analyses[0].entities}


def test_entity_names_are_respelt_but_common_hindi_words_are_not():
    ents = _entities(
        "अमेरिकी गायिका ब्रिटनी स्पीयर्स ने कहा कि वह खुश है। कम्युनिस्ट पार्टी के नेता ने भी बयान दिया। "
        "भारतीय जनता पार्टी के नेताओं ने कहा।"
    )
    assert ents["communist party"].type == "ORG"
    assert ents["communist party"].name == "Communist Party"
    britney = next(e for k, e in ents.items() if k.startswith("britney"))
    assert britney.type == "PERSON" and britney.name.startswith("Britney ")
    # भारतीय (5.87) and जनता (5.56) are everyday Hindi words: not "Bertie Junta Party"
    bjp = next(e for e in ents.values() if "भारतीय जनता पार्टी" in e.aliases)
    assert bjp.key.startswith("bhart") and "bertie" not in bjp.key


def test_latin_spelling_in_the_text_still_wins_and_links_across_scripts():
    a = Article(id="a", source="a", origin=Origin(kind="text"), title=None, language="hi",
                body="अमेरिकी गायिका ब्रिटनी स्पीयर्स (Britney Spears) ने कहा कि वह खुश है।")
    b = Article(id="b", source="b", origin=Origin(kind="text"), title=None, language="hi",
                body="गायिका ब्रिटनी स्पीयर्स ने नया गाना जारी किया।")
    analyses = [Analysis(article=x, entities=find_entities(x, [])) for x in (a, b)]
    link_entities(analyses)
    for an in analyses:
        assert {e.key: e.name for e in an.entities}.get("britney spears") == "Britney Spears", an.id
