"""Reports of one event analysed in separate batches (one ingest per file)
still give one entity per person in the digest."""

from __future__ import annotations

from khabar.analyse import analyse_articles
from khabar.records import Event
from khabar.synthesise import digest_event


def _people(digest):
    return [e for e in digest.entities if e.type == "PERSON"]


def test_entities_of_separately_analysed_reports_are_linked(seed_articles):
    one_by_one = {}
    for article in seed_articles.values():
        [analysis] = analyse_articles([article])  # linking sees one report at a time
        one_by_one[article.id] = analysis
    keys = {e.key for a in one_by_one.values() for e in a.entities if e.type == "PERSON"}
    assert len({k for k in keys if k.startswith("kim")}) > 1  # the batches disagree on Kim's key

    stored = {i: [e.key for e in a.entities] for i, a in one_by_one.items()}
    digest = digest_event(Event(id="ev", title="t", article_ids=sorted(one_by_one)), one_by_one)
    kims = [e for e in _people(digest) if e.name.lower().startswith("kim")]
    assert len(kims) == 1 and len(kims[0].sources) == 5, [(e.name, e.sources) for e in kims]
    putin = [e for e in _people(digest) if "putin" in e.name.lower()]
    assert len(putin) == 1 and len(putin[0].sources) == 5
    # The caller's analyses are not changed by the digest.
    assert {i: [e.key for e in a.entities] for i, a in one_by_one.items()} == stored
