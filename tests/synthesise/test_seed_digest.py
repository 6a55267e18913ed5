"""The seed event (five Hindi reports of one trip) digested end to end.

These check the issue's "must show" list against the real readers, cleaner
and analysers; nothing in khabar.synthesise knows these reports."""

from __future__ import annotations

import re

import pytest

from khabar.synthesise import digest_event

BOILERPLATE = ("ADVERTISEMENT", "ये भी पढ़ें", "यह भी पढ़ें", "LEAVE A REPLY", "Open in App", "टॅग्स",
               "Latest News", "Share this story", "लेटेस्ट खबरें", "संबंधित खबरें", "कमेंट्स", "Source link")


def _words(summary) -> int:
    return sum(len(s.text.split()) for s in summary)


def _by_prefix(ids, prefix):
    return next(i for i in ids if i.startswith(prefix))


def test_summary_within_budget_cited_and_clean(seed_digest, seed_analyses):
    from khabar.synthesise import DEFAULT_WORDS

    summary = seed_digest.summary
    assert summary
    assert _words(summary) <= DEFAULT_WORDS <= 150
    for sentence in summary:
        assert sentence.sources and set(sentence.sources) <= set(seed_analyses)
        assert not any(b.lower() in sentence.text.lower() for b in BOILERPLATE), sentence.text
        assert not sentence.text.rstrip("\"”'’ ").endswith("?"), sentence.text
        # Traceable: a run of its words stands in one of the cited bodies.
        plain = re.sub(r" \([^)]*\)", "", sentence.text)
        words = plain.split()
        bodies = [" ".join(seed_analyses[i].article.body.split()) for i in sentence.sources]
        assert any(" ".join(words[1:5]) in body for body in bodies), sentence.text


def test_summary_has_no_repeated_fact(seed_digest):
    from khabar.synthesise.similarity import content_tokens

    bags = [set(content_tokens(s.text)) for s in seed_digest.summary]
    for i, a in enumerate(bags):
        for b in bags[i + 1:]:
            assert len(a & b) / max(min(len(a), len(b)), 1) < 0.6, (a, b)
    # Exactly one sentence says the arrival, one the meeting.
    texts = [s.text for s in seed_digest.summary]
    assert len([t for t in texts if "12 सितंबर" in t]) == 1, texts
    assert len([t for t in texts if re.search("मुलाकात|मिले", t)]) <= 2, texts


def _fact(summary, pattern):
    found = [s for s in summary if re.search(pattern, s.text)]
    assert found, (pattern, [s.text for s in summary])
    return found[0]


def _states(seed_analyses, article_id, *patterns):
    body = seed_analyses[article_id].article.body
    return all(re.search(p, body) for p in patterns)


def test_summary_tells_the_story_at_the_default_budget(seed_digest, seed_analyses):
    """The must-show facts, each in a sentence whose every cited source states
    it (checked on that source's own words)."""
    summary = seed_digest.summary
    train = _fact(summary, "ट्रेन")  # the train journey
    assert all(_states(seed_analyses, i, "ट्रेन") for i in train.sources)
    arrival = _fact(summary, r"पहुंच[^।]*12 सितंबर|12 सितंबर[^।]*पहुंच")  # arrival, relative date resolved
    assert len(arrival.sources) >= 2  # told by two outlets, said once, citing both
    assert all(_states(seed_analyses, i, "मंगलवार", "पहुंच") for i in arrival.sources)
    meeting = _fact(summary, r"13 सितंबर[^।]*(मुलाकात|मिले)")  # the meeting with Putin
    assert "पुतिन" in meeting.text
    assert all(_states(seed_analyses, i, "बुधवार", "पुतिन") for i in meeting.sources)
    place = _fact(summary, "वोस्तोचन")  # at Vostochny Cosmodrome
    assert all(_states(seed_analyses, i, "वोस्तोचन") for i in place.sources)
    backing = _fact(summary, "पवित्र|साम्राज्यवाद|समर्थन")  # Kim backs Russia's war
    assert all(_states(seed_analyses, i, "पवित्र|साम्राज्यवाद|समर्थन") for i in backing.sources)
    # Chronological where dated: the arrival comes before the meeting.
    assert summary.index(arrival) < summary.index(meeting)


@pytest.mark.xfail(strict=True, reason="known gap, the reason issue 5 is blocked: of the 82 candidate "
                   "sentences of these reports (as the summary renders them, resolved days included), exhaustive "
                   "search finds exactly two whole-sentence sets that state all seven facts within 150 words, both "
                   "at exactly 150 (arrival 10, armoured train 12, Vostochny 16, the meeting with the holy-war quote "
                   "39, either outlet's wants 39, the US warning 34); the summary's objective, calibrated on March "
                   "2020 and AEB events, scores them 84.3 and 77.7 against 123.0 for the set it picks (the two-outlet "
                   "'officials came along' sentence, the departure and the arms deal as a worry); the wants and "
                   "warning sentences are single-source paraphrases (0.13-0.30 similar to their retellings), and "
                   "choosing that one zero-slack set would mean tuning to these reports")
def test_summary_also_says_what_each_side_wants_and_the_us_warnings(seed_event, seed_analyses):
    summary = digest_event(seed_event, seed_analyses, words=150).summary
    assert _words(summary) <= 150
    _fact(summary, "चाहते|के बदले")  # what each side wants
    _fact(summary, "चेतावनी")  # the US warnings


def test_summary_story_holds_at_150_words(seed_event, seed_analyses):
    summary = digest_event(seed_event, seed_analyses, words=150).summary
    assert _words(summary) <= 150
    text = " ".join(s.text for s in summary)
    assert "ट्रेन" in text and "पुतिन" in text
    assert re.search(r"पहुंच[^।]*12 सितंबर|12 सितंबर[^।]*पहुंच", text)
    assert re.search(r"13 सितंबर[^।]*(मुलाकात|मिले)", text)
    assert any(len(s.sources) >= 2 for s in summary)


def test_timeline_dates(seed_digest):
    entries = seed_digest.timeline
    assert [e.date for e in entries] == sorted(e.date for e in entries)

    def on(day, pattern):
        return [e for e in entries if e.date == day and re.search(pattern, e.text)]

    assert on("2023-09-10", "रवाना")  # departure from Pyongyang (undated 003, re-resolved)
    assert on("2023-09-12", "पहुंच")  # arrival
    assert on("2023-09-13", "मुलाकात|मिल")  # meeting
    assert on("2023-09-15", "हथियार")  # weapons shown (undated 004)
    assert on("2023-09-16", "हवाई अड्डे")  # airfield visit (undated 004)
    arrival = on("2023-09-12", "पहुंच")[0]
    assert len(arrival.sources) >= 2  # told by two outlets, listed once


def test_timeline_entries_are_statements_one_per_sentence(seed_digest):
    from khabar.synthesise.timeline import MAX_ENTRIES, ends_on_verb

    entries = seed_digest.timeline
    assert 5 <= len(entries) <= MAX_ENTRIES
    for entry in entries:
        assert ends_on_verb(entry.text.rstrip(" …")), entry.text  # no cut phrase
        assert entry.precision == "day" and entry.sources
    # One date per statement: no text is listed under two days.
    texts = [e.text for e in entries]
    assert len(texts) == len(set(texts)), texts


def test_disagreements_train_and_war_length(seed_digest, seed_analyses):
    descriptors = [d for d in seed_digest.disagreements if d.kind == "descriptor"]
    train = [d for d in descriptors if "ट्रेन" in d.topic]
    assert train, [d.topic for d in descriptors]
    modifiers = " ".join(v.text for v in train[0].versions)
    assert "स्पेशल" in modifiers and "बख्तरबंद" in modifiers and "निजी" in modifiers
    assert len({s for v in train[0].versions for s in v.sources}) >= 3
    # 001 calls the train special only for the 2019 trip ("इससे पहले, 2019 में भी ... अपनी
    # स्पेशल ट्रेन से"): no version cites it for a word it uses of another trip.
    for version in train[0].versions:
        modifier = next(w for w in ("स्पेशल", "बख्तरबंद", "निजी") if w in version.text)
        for source in version.sources:
            body = seed_analyses[source].article.body
            uses = re.findall(r"[^।.\n]*" + modifier + r" ट्रेन[^।.\n]*", body)
            assert any("2019" not in use for use in uses), (modifier, source, uses)
    numbers = [d for d in seed_digest.disagreements if d.kind == "number"]
    assert any("17" in d.topic and "18" in d.topic for d in numbers), [d.topic for d in numbers]


def test_summary_sentences_say_which_of_their_details_the_sources_dispute(seed_digest):
    # A summary sentence that gives one side of a disagreement (the war's 17 or 18 months,
    # the armoured/special/private train) names it; the others name none.
    topics = {d.topic for d in seed_digest.disagreements}
    disputed = [s for s in seed_digest.summary if s.disputed]
    assert disputed, [s.text for s in seed_digest.summary]
    for sentence in seed_digest.summary:
        assert set(sentence.disputed) <= topics
        for topic in sentence.disputed:
            if "17" in topic and "18" in topic:
                assert re.search(r"1[78] मही", sentence.text), sentence.text
            if "ट्रेन" in topic:
                assert re.search(r"(स्पेशल|बख्तरबंद|निजी) ट्रेन", sentence.text), sentence.text
    for sentence in seed_digest.summary:
        if re.search(r"1[78] मही|(स्पेशल|बख्तरबंद|निजी) ट्रेन", sentence.text):
            assert sentence.disputed, sentence.text


def test_coverage_dates_undated_reports(seed_digest, seed_analyses):
    coverage = seed_digest.coverage
    ids = list(seed_analyses)
    by_id = {a["id"]: a for a in coverage["articles"]}
    assert set(by_id) == set(ids)
    dated = _by_prefix(ids, "000")
    assert by_id[dated]["published"].startswith("2023-09-12")
    assert by_id[dated]["published_inferred"] is None
    arrival_day = by_id[_by_prefix(ids, "003")]["published_inferred"]
    assert arrival_day["earliest"] == arrival_day["latest"] == "2023-09-12"
    assert arrival_day["reason"]
    follow_up = by_id[_by_prefix(ids, "004")]["published_inferred"]
    assert follow_up["earliest"] == "2023-09-17"
    preview = by_id[_by_prefix(ids, "001")]["published_inferred"]
    assert "2023-08-30" <= preview["earliest"] <= preview["latest"] <= "2023-09-13"
    assert coverage["first_report"]["id"] in ids
    outlets = {o["outlet"] for o in coverage["outlets"]}
    assert len(outlets) >= 2


def test_who_and_where(seed_digest):
    keys = [e.key for e in seed_digest.entities]
    assert keys, "no entities"
    top = seed_digest.entities[0]
    assert len(top.sources) == 5 and top.mentions >= 5
    assert all(e.mentions >= 1 and e.sources for e in seed_digest.entities)
    # the defence minister who showed Kim the weapons is named once, in full, by one report
    assert "sergei shoigu" in keys
