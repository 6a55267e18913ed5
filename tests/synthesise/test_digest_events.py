"""digest_events: events largest first, and the same digests on worker processes."""

from dataclasses import replace

import khabar.synthesise
from khabar.parallel import executor
from khabar.synthesise import digest_event, digest_events


def test_worker_processes_digest_events_as_one_process_does(seed_event, seed_analyses, monkeypatch):
    monkeypatch.setattr(khabar.synthesise, "EVENTS_PER_BATCH", 1)
    smaller = replace(seed_event, id="ev-two", article_ids=seed_event.article_ids[:2])
    heard = []
    with executor(2) as pool:
        digests = digest_events([smaller, seed_event], seed_analyses, words=80, pool=pool, on_event=heard.append)
    assert [d.event.id for d in digests] == [seed_event.id, "ev-two"]  # more articles first
    assert heard == digests
    assert digests == [digest_event(seed_event, seed_analyses, words=80), digest_event(smaller, seed_analyses, words=80)]
    assert digests[0].summary and digests[1].summary
