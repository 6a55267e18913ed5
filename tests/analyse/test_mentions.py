"""Candidate names from Devanagari cues: roles, cue words, possessors, speakers, gazetteer."""

from __future__ import annotations

import pytest

from khabar.analyse.mentions import Candidate, cue_names, drop_overlaps, gazetteer_places, role_names, speakers
from khabar.analyse.tokens import span_text, tokenize


def found(finder, text):
    toks = tokenize(text)
    return [(span_text(toks, c.i, c.j), c.type, c.source) for c in finder(toks)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("प्रवक्ता दिमित्री पेस्कोव ने कहा कि", [("दिमित्री पेस्कोव", "PERSON", "role")]),
        # a title vouches for a common word when a postposition closes it
        ("प्रधानमंत्री मोदी ने कहा", [("मोदी", "PERSON", "role")]),
        # a generic role before a common noun, or before a word in a place, is no name
        ("अधिकारी जांच कर रहे हैं", []),
        ("नेता आइसोलेशन में हैं", []),
        # March 2020: the post's charge after a district officer's title, and the
        # coordinator's title, are no part of the name
        ("घंटाघर पर एसपी सिटी श्वेता चौबे की अगुवाई में", [("श्वेता चौबे", "PERSON", "role")]),
        ("मीडिया समन्वयक मीरन युसूफ ने कहा", [("मीरन युसूफ", "PERSON", "role")]),
        # March 2020: given names that are common words (राम, राहुल, प्रकाश) and initials
        ("उपभोक्ता मामलों के मंत्री राम विलास पासवान ने कहा", [("राम विलास पासवान", "PERSON", "role")]),
        ("भाजपा के राष्ट्रीय सचिव राहुल सिन्हा ने कहा", [("राहुल सिन्हा", "PERSON", "role")]),
        ("जिलाधिकारी अभिषेक प्रकाश ने बताया", [("अभिषेक प्रकाश", "PERSON", "role")]),
        ("विदेश मंत्री एस जयशंकर ने कहा", [("एस जयशंकर", "PERSON", "role")]),
        ("भाजपा अध्यक्ष जे पी नड्डा ने अपील की", [("जे पी नड्डा", "PERSON", "role")]),
        # ... but a role before work, or before a postposition that is also a letter, names nobody
        ("अधिकारी काम कर रहे हैं", []),
        ("मंत्री के सलाहकार ने कहा", []),
        # जो is Joe right after a title before one rare word the name's end closes,
        # and the relative "who" otherwise
        ("अमेरिकी राष्ट्रपति जो बाइडेन ने कहा", [("जो बाइडेन", "PERSON", "role")]),
        ("मंत्री जो कहते हैं वह होता है", []),
    ],
)
def test_names_after_roles(text, expected):
    assert found(role_names, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("भारतीय जनता पार्टी ने", [("भारतीय जनता पार्टी", "ORG", "org")]),
        ("राजनीतिक पार्टी ने", []),  # one ordinary word before the cue describes, not names
        ("ट्रेन खासान स्टेशन पर रुकी", [("खासान", "PLACE", "place")]),  # the place cue is not part of the name
        ("वोस्तोचनी कोस्मोड्रोम में", [("वोस्तोचनी कोस्मोड्रोम", "PLACE", "place")]),  # a facility cue is
        ("क्रेमलिन के प्रवक्ता ने", [("क्रेमलिन", "ORG", "possessor")]),
        # March 2020: an adjective before a place cue is no place ("union territories", "constituency")
        ("केंद्रशासित प्रदेश में कोरोना मरीजों की संख्या बढ़ी", []),
        ("अपने संसंदीय क्षेत्र के लोगों से", []),  # (a typo of संसदीय, so a rare word)
        # a police station is named for its locality (March 2020), also before the name's gloss
        ("हुलासगंज थाना क्षेत्र में हत्या हुई", [("हुलासगंज", "PLACE", "place")]),
        ("जिले के बिरनी (Birni) थाना क्षेत्र के एक गांव में", [("बिरनी", "PLACE", "place")]),
        # ... unless the word before it says what kind of station it is
        ("मुफस्सिल थाना क्षेत्र में चोरी हुई", []),
        ("सन्हौला प्रखंड के एक गांव में", [("सन्हौला", "PLACE", "place")]),  # and a block
    ],
)
def test_names_closed_by_cue_words(text, expected):
    assert found(cue_names, text) == expected


def test_rare_agents_of_reporting_verbs_but_not_plurals():
    assert found(speakers, "स्टोल्टेनबर्ग ने कहा") == [("स्टोल्टेनबर्ग", "PERSON", "speaker")]
    assert found(speakers, "डॉक्टरों ने कहा") == []
    # a Hindi given name opens a speaker's name however common its surname (March 2020)
    assert found(speakers, "वहीं सीएस, बांका सुधीर महतो ने कहा") == [("सुधीर महतो", "PERSON", "speaker")]
    assert found(speakers, "सरकार ने कहा") == []
    # ... and so do one or two common surnames after a name word (BBC Hindi)
    assert found(speakers, "समारोह में मुलायम सिंह यादव ने कहा था") == [("मुलायम सिंह यादव", "PERSON", "speaker")]
    assert found(speakers, "सदर अस्पताल अधीक्षक अंजनी कुमार ने बताया") == [("अंजनी कुमार", "PERSON", "speaker")]
    assert found(speakers, "इस पर सिंह ने कहा") == []  # a surname alone is no new name
    # ... but right after an organisation word the speaker is that organisation (BBC Hindi)
    assert found(speakers, "रूसी समाचार एजेंसी रिया नोवोस्ती ने बताया") == [("रिया नोवोस्ती", "ORG", "speaker")]


def test_gazetteer_places_take_the_longest_name():
    toks = tokenize("रूस और उत्तर कोरिया के बीच")
    assert [(span_text(toks, c.i, c.j), c.english) for c in gazetteer_places(toks)] == [
        ("रूस", "Russia"), ("उत्तर कोरिया", "North Korea"),
    ]
    assert found(gazetteer_places, "Lok Sabha Elections") == []  # a Latin word inside a capitalised run


def test_drop_overlaps_keeps_the_longest_then_the_better_source():
    latin = Candidate(0, 2, None, "latin")
    gloss = Candidate(1, 3, "PERSON", "gloss")
    longer = Candidate(3, 6, "ORG", "org")
    inside = Candidate(4, 5, "PLACE", "gazetteer")
    assert drop_overlaps([latin, gloss, longer, inside]) == [gloss, longer]
    assert drop_overlaps([]) == []


def _romanised(text):
    """(word, English name) of each place romanised_places finds in ``text``."""
    from khabar.analyse.mentions import romanised_places

    toks = tokenize(text)
    return [(toks[c.i].text, c.english) for c in romanised_places(toks, [])]


def test_a_place_the_gazetteer_lacks_in_hindi_is_found_by_its_romanisation():
    # March 2020 papers: सांगली, तोक्यो, इरान have no Hindi name in the gazetteer
    assert _romanised("महाराष्ट्र के सांगली में 25 लोग संक्रमित, तोक्यो में ओलंपिक टला, इरान से उड़ानें बंद।") == [
        ("सांगली", "Sangli"), ("तोक्यो", "Tokyo"), ("इरान", "Iran")]
    # a plural ("halls"), a listed person's name, a word cut at a virama: none
    assert _romanised("सरकार ने सिनेमा हॉलों को बंद किया, मेयर सुनील गामा ने कहा। स्‍वास्‍थ्‍य मंत्री ने कहा।") == []


def test_an_indian_town_written_often_in_hindi_is_found_but_not_a_common_word():
    # March 2020 papers: मुंगेर and भीलवाड़ा are frequent Hindi words (Zipf 3.66, 3.55), and
    # भीलवाड़ा is Bhilwara with व as w
    assert _romanised("भीलवाड़ा में कोरोना के छह मरीज मिले हैं. बिहार के मुंगेर में एक बच्ची की मौत हुई.") == [
        ("भीलवाड़ा", "Bhilwara"), ("मुंगेर", "Munger")]
    # बंदा (a guy) spells Banda, but is a common word; वुहान (vuhan) is Wuhan only with
    # व as w, which is read so for Indian towns alone
    assert _romanised("वह बंदा बाजार गया। वुहान से लौटे छात्र जांच में निगेटिव निकले।") == []


def test_a_city_of_a_million_is_found_though_hindi_writes_it_as_often_as_a_common_word():
    # March 2020: गोरखपुर (Zipf 4.63, 23 times) had been no place at all; गाया "sang" (4.22)
    # spells Gaya, a city of half a million, and stays a verb
    assert _romanised("गोरखपुर में कर्फ्यू लगा। उसने एक गीत गाया।") == [("गोरखपुर", "Gorakhpur")]
    # थाने (police station, of थाना) spells Thane and कल्याण (welfare) Kalyan, cities of a million
    assert _romanised("पुलिस थाने में शिकायत दी। परिवार कल्याण विभाग ने जांच की।") == []


def test_a_country_spelt_in_a_way_hindi_does_not_know_is_found_by_its_sound():
    # BBC Hindi and March 2020: "तनज़ानिया में", "बंग्लादेश से"; an adjective of one is none
    assert _romanised("तनज़ानिया में दो मामले मिले। बंग्लादेश से लौटे लोग जांच में हैं। इंडोनेशियाई अधिकारी ने कहा।") == [
        ("तनज़ानिया", "Tanzania"), ("बंग्लादेश", "Bangladesh")]


def test_a_town_whose_romanisation_needs_its_schwas_read_right_to_left_is_found():
    from khabar.analyse.romanise import schwa_readings

    # March 2020, Navbharat Times: यवतमाल reads "yavtamal" left to right, "yavatmal" right to left
    assert schwa_readings("यवतमाल") == ["yavtamal", "yavatmal"]
    assert schwa_readings("कमलनाथ") == ["kamlanath", "kamalnath"] and schwa_readings("नरेंद्र") == ["narendra"]
    assert _romanised("यवतमाल के डीएम एमडी सिंह ने बताया कि जिले में एक और शख्स कोरोना पॉजिटिव पाया गया।") == [
        ("यवतमाल", "Yavatmal")]
    # ... and a big city's English name keeps every schwa: बेंगलुरु (19 times unfound in March
    # 2020), वडोदरा; a verb that would read so as a smaller town's does not ("बतला" Batala)
    assert _romanised("बेंगलुरु में एक और मामला मिला। वडोदरा में स्कूल बंद हुए। उसने सब बतला दिया।") == [
        ("बेंगलुरु", "Bengaluru"), ("वडोदरा", "Vadodara")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # March 2020: a city the gazetteer writes with a space, hyphenated by the paper,
        # is the one city, not its first word
        ("मुंबई, पुणे और पिंपरी-चिंचवड़ में स्कूल बंद", ["Mumbai", "Pune", "Pimpri-Chinchwad"]),
        # a compass pair written so stays a direction, as before
        ("दक्षिण-पश्चिम दिशा से हवा", []),
    ],
)
def test_hyphenated_city(text, expected):
    assert [c.english for c in gazetteer_places(tokenize(text))] == expected


def test_society_spelt_with_ya_closes_an_organisation():
    # March 2020: a Noida housing society named after a city is no city
    assert found(cue_names, "नोएडा सेक्टर 74 की केपटाउन सोसायटी को सील किया") == [("केपटाउन सोसायटी", "ORG", "org")]


def test_a_surname_past_a_shorter_form_of_the_name_is_no_run_on():
    from khabar.analyse.entities import find_entities
    from khabar.records import Article, Origin

    body = ("समारोह में मुलायम सिंह यादव ने कहा था कि सरकार चले। कई लोग मुलायम सिंह के बयान को दांव मानते हैं। "
            "मुलायम सिंह यादव की राजनीति अलग है।")
    article = Article(id="a", source="a", origin=Origin(kind="text"), title=None, body=body, language="hi")
    names = {e.name for e in find_entities(article, [])}
    assert "Mulayam Singh Yadav" in names, names
