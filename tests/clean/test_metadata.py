from __future__ import annotations

from datetime import timedelta

from khabar.clean.dates import find_date, parse_published
from khabar.clean.language import detect_language
from khabar.clean.metadata import find_dateline, outlet_from_url, outlet_prefix, parse_byline

IST = timedelta(hours=5, minutes=30)


def test_ist_is_five_thirty_and_naive_times_are_indian():
    found, _ = find_date("Updated: Sep 12, 2023 11:58 IST")
    assert found.utcoffset() == IST and (found.hour, found.minute) == (11, 58)
    found, _ = find_date("Published: September 13, 2023 4:28 PM")
    assert found.utcoffset() == IST and found.hour == 16
    found, _ = find_date("Posted 3 March 2021, 10:05 GMT")
    assert found.utcoffset() == timedelta(0) and found.hour == 10


def test_hindi_dates():
    found, _ = find_date("अपडेटेड: 13 सितंबर 2023 04:28 PM IST")
    assert found.isoformat() == "2023-09-13T16:28:00+05:30"
    found, _ = find_date("प्रकाशित: २ अक्टूबर, २०२३")
    assert found.date().isoformat() == "2023-10-02"


def test_no_dates_from_stray_numbers():
    for text in ("कुल 100 अचल संपत्ति", "(18/2) फॉर्मूले", "अब भारत ने", "1,000 किलोमीटर", "2019 में"):
        assert find_date(text) is None


def test_parse_published_values():
    assert parse_published("2020-03-01").isoformat() == "2020-03-01T00:00:00+05:30"
    assert parse_published("2023-09-12T06:28:00Z").utcoffset() == timedelta(0)
    assert parse_published("Tue, 12 Sep 2023 06:28:00 GMT").hour == 6
    assert parse_published("garbage") is None
    assert parse_published(None) is None
    assert parse_published(12) is None
    # a Unix timestamp, as a number or as the text a JSONL dump stores it in
    assert parse_published(1700000000).isoformat() == "2023-11-14T22:13:20+00:00"
    assert parse_published("1700000000") == parse_published(1700000000)
    assert parse_published("1700000000000") == parse_published(1700000000)


def test_placeholder_publication_stamps_are_no_dates():
    # Go's zero time and the Unix epoch stand in for "unknown" on real pages
    # (five pages of the AEB benchmark declare 0001-01-01T00:00:00Z).
    assert parse_published("0001-01-01T00:00:00Z") is None
    assert parse_published("1970-01-01T00:00:00+00:00") is None
    assert parse_published("9999-12-31") is None
    assert parse_published("1985-06-02").year == 1985  # an archive's date is a date


def test_bylines():
    byline = parse_byline("Jane Roe • LAST UPDATED : September 12, 2023, 11:58 am IST")
    assert byline.author == "Jane Roe" and byline.published.hour == 11
    byline = parse_byline("By राम कुमार | Published: September 13, 2023 4:28 PM")
    assert byline.author == "राम कुमार"
    byline = parse_byline("Edited By: Desk Team | Updated: 2 Jan 2024")
    assert byline.author is None and byline.published.day == 2
    # a day with no time of day says so: its midnight is a stand-in
    assert byline.day_only and not parse_byline("Published: September 13, 2023 4:28 PM").day_only
    # American pages put the clock, and their region's zone, before the date
    byline = parse_byline("By Lisa Kaczke | Published 10:02 AM ET Nov 19, 2019")
    assert byline.published.isoformat() == "2019-11-19T10:02:00-05:00" and not byline.day_only
    assert parse_byline("Updated 7:00 p.m. CT July 4, 2019").published.isoformat() == "2019-07-04T19:00:00-05:00"


def test_datelines():
    assert find_dateline("नई दिल्ली: सरकार ने कहा।")[0] == "नई दिल्ली"
    assert find_dateline("सियोल, एपी। उत्तर कोरिया ने कहा।")[0] == "सियोल, एपी"
    assert find_dateline("NEW DELHI: The government said.")[0] == "New Delhi"
    assert find_dateline("London, Sept 13 (AP) — Officials said.")[0] == "London, AP"
    # a state or country after the city in capitals (AEB pages, Nov 2019)
    assert find_dateline("BUFFALO, N.Y. — Hours before the game, the coach spoke.") == ("Buffalo", len("BUFFALO, N.Y. — "))
    assert find_dateline("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper said.")[0] == "Hanoi, AP"
    # PTI-Bhasha copy gives the day in words (Navbharat Times, 2 March 2020)
    found = find_dateline("नयी दिल्ली, दो मार्च (भाषा) केंद्रीय स्वास्थ्य मंत्रालय ने सोमवार को बताया।")
    assert found == ("नयी दिल्ली, भाषा", len("नयी दिल्ली, दो मार्च (भाषा) "))
    assert find_dateline("उन्होंने कहा, दो लोग (हंसते हुए) आए।") is None
    # kickers are not datelines
    assert find_dateline("Kim Jong Un Russia Visit: किम जोंग यहां") is None
    assert find_dateline("The minister said: we will act.") is None


def test_outlets():
    assert outlet_prefix("Xyz Times (एक्सवाईजेड टाइम्स), दिल्ली में आज") == ("Xyz Times", len("Xyz Times (एक्सवाईजेड टाइम्स), "))
    assert outlet_prefix("उत्तर कोरिया (North Korea) के नेता") is None
    assert outlet_from_url("https://www.ndtv.com/world/x") == "ndtv.com"
    assert outlet_from_url("not a url") is None


def test_language_mixed_script():
    assert detect_language("उत्तर कोरिया के नेता किम जोंग उन (North Korean leader Kim Jong) रूस (Russia) के दौरे पर हैं।") == "hi"
    assert detect_language("Kim Jong Un Russia Visit: किम जोंग यहां रूसी राष्ट्रपति से वार्ता करेंगे") == "hi"
    assert detect_language("The minister said on Monday that the plan would go ahead as scheduled.") == "en"
    assert detect_language("") is None
    assert detect_language("1234 5678") is None


def test_agency_datelines_with_dates():
    assert find_dateline("नई दिल्ली, 12 सितंबर (भाषा) सरकार ने कहा।")[0] == "नई दिल्ली, भाषा"
    assert find_dateline("पटना (एजेंसी)। लगातार बारिश")[0] == "पटना, एजेंसी"
    assert find_dateline("उन्होंने कहा (हंसते हुए) कि सब ठीक है।") is None


def test_pipe_separated_byline_with_seconds():
    from khabar.clean import clean_document
    from khabar.records import Origin, RawDocument

    text = ("Markets fall on virus fears\nEdited By Asha Rao | example.com | Updated: 01 Mar 2020, 02:53:00 PM IST\n"
            "Stock markets fell sharply on Monday as investors worried about the spread of the virus, traders said.")
    article = clean_document(RawDocument(id="b", origin=Origin(kind="text"), text=text))
    assert article.author == "Asha Rao"
    assert article.published.isoformat() == "2020-03-01T14:53:00+05:30"
    assert [r.reason for r in article.removed] == ["title", "byline"]


def test_declared_author_loses_its_by_prefix():
    from khabar.clean.metadata import clean_author

    assert clean_author("By Jamelle Bouie") == "Jamelle Bouie"
    assert clean_author("  by: Jane Roe ") == "Jane Roe"
    assert clean_author("द्वारा शिवेन्द्र कुमार राय") == "शिवेन्द्र कुमार राय"
    assert clean_author("Byron Katie") == "Byron Katie"  # a name, not a prefix
    assert clean_author("  ") is None and clean_author(None) is None
