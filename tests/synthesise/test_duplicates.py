"""Near-duplicates are kept and marked, and counted once in the digest."""

import copy

from khabar.records import Event
from khabar.synthesise import digest_event


def _cited(digest):
    ids = set()
    for item in [*digest.summary, *digest.timeline, *digest.entities]:
        ids.update(item.sources)
    for disagreement in digest.disagreements:
        for version in disagreement.versions:
            ids.update(version.sources)
    return ids


def test_a_syndicated_copy_is_listed_but_never_counted(seed_analyses):
    original_id = "002_7a121beb77ee4d36"
    syndicated = copy.deepcopy(seed_analyses[original_id])
    syndicated.article.id = "syndicated-copy"
    analyses = {**seed_analyses, syndicated.id: syndicated}
    ids = sorted(seed_analyses)

    alone = digest_event(Event(id="ev-a", title="t", article_ids=ids), seed_analyses)
    with_copy = digest_event(
        Event(id="ev-b", title="t", article_ids=[*ids, syndicated.id], duplicate_of={syndicated.id: original_id}),
        analyses,
    )
    # the copy adds no support: the same summary, timeline and entity counts
    assert [(s.text, s.sources) for s in with_copy.summary] == [(s.text, s.sources) for s in alone.summary]
    assert [(t.date, t.text) for t in with_copy.timeline] == [(t.date, t.text) for t in alone.timeline]
    assert [(e.key, e.mentions, e.sources) for e in with_copy.entities] == [
        (e.key, e.mentions, e.sources) for e in alone.entities
    ]
    assert syndicated.id not in _cited(with_copy)
    # ...but coverage still lists it, marked as the copy it is
    listed = {a["id"]: a for a in with_copy.coverage["articles"]}
    assert listed[syndicated.id]["duplicate_of"] == original_id
    assert listed[original_id]["duplicate_of"] is None
