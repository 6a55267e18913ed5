"""Latin-script candidates: capitalised spans, glosses in brackets, twins of Devanagari names."""

from __future__ import annotations

from khabar.analyse.latin_names import demonym_place, glosses, latin_names, latin_spans, latin_twins
from khabar.analyse.mentions import Candidate, cue_names
from khabar.analyse.tokens import span_text, tokenize


def names(text, hindi_text=False):
    toks = tokenize(text)
    return [(span_text(toks, c.i, c.j), c.type) for c in latin_names(toks, hindi_text)]


def test_spans_join_connectors_and_stop_at_lines():
    toks = tokenize("Bank of India said\nReserve Bank")
    assert [span_text(toks, i, j) for i, j in latin_spans(toks)] == ["Bank of India", "Reserve Bank"]


def test_letters_written_with_digits_are_a_code_not_a_name():
    # AEB (Nov 2019): "Q3 comps" had made an organisation "Q", Toyota's "RAV4" one "RAV"
    toks = tokenize("Sales in Q3 rose at Home Depot, and the RAV4 Hybrid sold well in Osaka.")
    assert [span_text(toks, i, j) for i, j in latin_spans(toks)] == ["Sales", "Home Depot", "Hybrid", "Osaka"]


def test_titles_and_demonyms_are_stripped_and_type_the_name():
    assert names("Russian President Vladimir Putin met") == [("Vladimir Putin", "PERSON")]
    assert names("Secretary of State Antony Blinken said") == [("Antony Blinken", "PERSON")]
    assert names("He visited the Vostochny Cosmodrome and the Foreign Ministry") == [
        ("Vostochny Cosmodrome", "PLACE"), ("Foreign Ministry", "ORG"),
    ]
    assert demonym_place("Korean", ("north",)).name == "North Korea"
    assert demonym_place("Table") is None


def test_a_common_word_opening_a_place_stays_in_the_name():
    # AEB (Nov 2019): "New" had been trimmed off "The New York Times", leaving "York Times"
    assert names("The New York Times reported it first") == [("New York Times", "ORG")]
    assert ("Research Council", "ORG") in names("New Research Council said")


def test_an_abbreviated_title_before_the_span_makes_a_person():
    # AEB (Nov 2019, New York Times style): "Trump" alone had been an organisation 56 times
    assert names("But Mr. Trump’s approach has complicated his ability to get a deal") == [("Trump", "PERSON")]
    # a sentence ending on a title is no title of the next sentence's first word
    assert ("Officers", "PERSON") not in names("He thanked the president. Officers arrived later")


def test_a_named_day_is_no_name_and_leaves_none():
    # AEB (Nov 2019, deals pages): "Black" had been an organisation
    assert names("One of Dell's Black Friday deals went live before Cyber Monday") == [("Dell", None)]
    assert names("The Black Friday Apple deals are good, says Tom Smith") == [("Apple", None), ("Tom Smith", None)]


def test_a_region_named_after_a_country_is_one_place_of_its_own():
    # AEB (Nov 2019, plague in China): "Inner" had been an organisation, and the region Mongolia
    assert names("Two cases of plague were confirmed in Inner Mongolia on Tuesday") == [("Inner Mongolia", "PLACE")]
    assert names("Officials in Inner Mongolia said") == [("Officials", None), ("Inner Mongolia", "PLACE")]


def test_title_case_headlines_in_hindi_pages_lose_common_words_and_places():
    assert names("Kim Jong Un Russia Visit News", hindi_text=True) == [("Kim Jong Un", None)]


def test_gloss_in_brackets_gives_the_latin_spelling():
    toks = tokenize("ब्लादिमीर पुतिन (Vladimir Putin) ने कहा")
    out = glosses(toks, latin_names(toks, True))
    gloss = [c for c in out if c.source == "gloss"]
    assert len(gloss) == 1 and gloss[0].j == 2  # ends at the bracket
    assert gloss[0].english in "Vladimir Putin" and "Putin" in gloss[0].english


def test_acronym_in_brackets_after_a_cued_name_is_its_short_form():
    toks = tokenize("विश्व स्वास्थ्य संगठन (WHO) ने कहा")
    out = glosses(toks, latin_names(toks, True), cue_names(toks))
    assert [(c.i, c.j, c.type, c.source, c.english) for c in out] == [
        (0, 3, "ORG", "acronym-gloss", "WHO"), (4, 5, "ORG", "acronym", "WHO"),
    ]


def test_twins_keep_only_the_latin_words_a_devanagari_name_romanises_to():
    toks = tokenize("Vladimir Putin Plan To Meet")
    span = Candidate(0, 5, None, "latin")
    dev = Candidate(0, 0, "PERSON", "role")
    twins = latin_twins(toks, span, [("vladimir", "putin")], [dev])
    assert [(span_text(toks, c.i, c.j), c.type) for c in twins] == [("Vladimir Putin", "PERSON")]
    assert latin_twins(toks, span, [("narendra", "modi")], [dev]) == []


def test_an_office_alone_a_code_and_an_opening_participle_are_no_names():
    # AEB pages: "the President" names nobody; link codes sit in scraped bodies; a
    # participle opening the sentence is no part of the name after it
    assert names("The bill now goes to the President for his signature.") == []
    assert names("the link XPxUJuyIAC and the tag MYwRz were shared.") == []
    assert names("Joining the Audi team was a dream, he said.") == [("Audi", "ORG")]
    assert names("Ray Kroc built McDonald into a chain.") == [("Ray Kroc", None), ("McDonald", None)]


def test_an_office_running_on_after_of_and_a_country_opening_the_sentence():
    # AEB pages (Nov 2019): the holder starts at the first given name after "of"; "U.S."
    # opening a sentence is a country, not a common word the sentence capitalised
    assert names("Deputy Director of Public Prosecution Eva-Marie Persson took the decision.") == [
        ("Eva-Marie Persson", "PERSON")]
    assert ("James Kennedy Jr", "PERSON") in names("U.S. Attorney James Kennedy Jr. said in the release.")


def test_an_irregular_demonym_alone_is_no_entity():
    from khabar.analyse.entities import find_entities
    from khabar.records import Article, Origin

    body = "The Swedish said on Tuesday that the Ecuadorean embassy in London had closed."
    article = Article(id="x", source="x", origin=Origin(kind="text"), title=None, body=body, language="en")
    assert {e.name for e in find_entities(article)} == {"London"}


def test_letters_glued_to_a_number_are_a_unit_not_a_name():
    # AEB page (Nov 2019): "native 4K" gave an organisation "K"
    assert names("Stadia does not run Destiny 2 in native 4K. It streams games at 60FPS to phones.") == [
        ("Stadia", None), ("Destiny", None)]


def test_a_compound_modifier_or_plural_capitals_is_no_name_but_an_asian_given_name_is():
    # AEB pages (Nov 2019): "Olympic-size", "TVs" were organisations, "Singer-guitarists" a name part
    assert names("Singer-guitarists Tom Johnston and Patrick Simmons will play.") == [
        ("Tom Johnston", None), ("Patrick Simmons", None)]
    assert names("An Olympic-size pool and new TVs.") == []
    assert names("Kim Jong-un met Tsai Ing-wen and Richard Locksley-von Moltke.") == [
        ("Kim Jong-un", None), ("Tsai Ing-wen", None), ("Richard Locksley-von Moltke", None)]
