"""Per-event synthesis: cited summary, timeline, who and where, disagreements, coverage.

``digest_event`` runs the components in order over one event's analyses:

1. coverage (:mod:`.coverage`) infers publication ranges for undated articles
   and re-resolves their relative dates against them;
2. the event's sentences become comparable units (:mod:`.similarity`);
3. summary, timeline, people and disagreements read those units.

Every output statement cites the article ids that make it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from khabar.parallel import Pool, map_batches
from khabar.records import Analysis, Event, EventDigest

DEFAULT_WORDS = 120


# Timeline dates are kept from this many days before the event's first report
# to this many after its last: previews cite statements from the weeks before
# (the seed preview quotes a 30 August statement, 13 days before the trip);
# later dates are schedules the reports announce.
TIMELINE_BEFORE_DAYS = 45
TIMELINE_AFTER_DAYS = 60


def timeline_window(days) -> tuple[str, str] | None:
    from datetime import date, timedelta

    known = sorted(d for d in days if d)
    if not known:
        return None
    first, last = date.fromisoformat(known[0][:10]), date.fromisoformat(known[-1][:10])
    # Clamped: a stray year-1 or year-9999 reference must not cost the timeline.
    before, after = timedelta(days=TIMELINE_BEFORE_DAYS), timedelta(days=TIMELINE_AFTER_DAYS)
    return (
        (max(first, date.min + before) - before).isoformat(),
        (min(last, date.max - after) + after).isoformat(),
    )


def cap_units(units):
    """Keep a huge event tractable: past the similarity matrix's size, each
    article keeps its first sentences (leads carry the news), furniture first
    dropped.  Events of up to ~100 articles are untouched."""
    from khabar.synthesise.similarity import SimilarityMatrix
    from khabar.synthesise.summary import looks_like_boilerplate

    limit = SimilarityMatrix.MAX_UNITS
    if len(units) <= limit:
        return units
    units = [u for u in units if not looks_like_boilerplate(u.text)]
    if len(units) <= limit:
        return units
    articles = {u.article_id for u in units}
    per_article = max(3, limit // max(len(articles), 1))
    kept, seen = [], {}
    for unit in units:
        seen[unit.article_id] = seen.get(unit.article_id, 0) + 1
        if seen[unit.article_id] <= per_article:
            kept.append(unit)
    return kept[:limit]


def _event_analyses(event: Event, analyses: Mapping[str, Analysis]) -> list[Analysis]:
    """The event's analyses in article order; missing ids skipped."""
    return [analyses[i] for i in event.article_ids if i in analyses]


def relinked(analyses: Sequence[Analysis]) -> list[Analysis]:
    """Copies of an event's analyses with their entities linked across them.

    Reports of one event are often analysed in different batches (``khabar
    ingest`` one day's files at a time), and entity linking only unifies
    keys within a batch: the store can hold "kim jong" in one report and
    "kim jong un" in the next.  Linking the event's reports together again
    makes them one person, and finds each name's forms in every report.  The
    caller's analyses are left as they are."""
    import copy

    from khabar.analyse.entities import link_entities

    copies = [replace(a, entities=copy.deepcopy(a.entities)) for a in analyses]
    if len(copies) > 1:
        link_entities(copies)
    return copies


def digest_event(event: Event, analyses: Mapping[str, Analysis], *, words: int = DEFAULT_WORDS) -> EventDigest:
    from khabar.synthesise.coverage import coverage, effective_times, reference_day
    from khabar.synthesise.disagreements import disagreements, mark_disputed
    from khabar.synthesise.people import who_and_where
    from khabar.synthesise.similarity import SimilarityMatrix, build_units, embed_units, mixed_languages
    from khabar.synthesise.summary import summarise
    from khabar.synthesise.timeline import timeline

    everyone = _event_analyses(event, analyses)
    digest = EventDigest(event=event)
    if not everyone:
        return digest
    # Near-duplicates (syndicated or copied text) are one source, not several:
    # only originals feed the summary, timeline, entities and disagreements;
    # coverage still lists every article, copies marked `duplicate_of`.
    members = [a for a in everyone if a.id not in event.duplicate_of] or everyone
    members = relinked(members)
    times, inferred = effective_times(everyone)
    reference_dates = {a.id: reference_day(a, inferred) for a in members}
    units = cap_units(build_units(members, times))
    if mixed_languages(units):
        # Cross-language matching needs the dense model; page furniture never
        # reaches any output, so only prose is embedded (it is the slow part).
        from khabar.synthesise.summary import looks_like_boilerplate

        embed_units([u for u in units if not looks_like_boilerplate(u.text)])
    sim = SimilarityMatrix(units)

    place_aliases = []
    entity_spans: dict[str, list[tuple[int, int]]] = {}
    for analysis in members:
        for entity in analysis.entities or []:
            if entity.type == "PLACE":
                place_aliases.extend(entity.aliases or [entity.name])
                place_aliases.extend(m.text for m in entity.mentions)
            entity_spans.setdefault(analysis.id, []).extend((m.start, m.end) for m in entity.mentions)

    titles = [a.article.title or "" for a in members]
    digest.summary = _safely(lambda: summarise(units, words=words, reference_dates=reference_dates, titles=titles, sim=sim), [])
    window = timeline_window(reference_dates.values())
    digest.timeline = _safely(lambda: timeline(units, window, sim=sim), [])
    digest.entities = _safely(lambda: who_and_where(members), [])
    digest.disagreements = _safely(
        lambda: disagreements(units, reference_dates, place_aliases, entity_spans, sim=sim, window=window), []
    )
    _safely(lambda: mark_disputed(digest.summary, digest.disagreements), None)
    digest.coverage = _safely(lambda: coverage(event, everyone, inferred), {})
    return digest


def _safely(make, default):
    """One component's failure on odd input costs that component, not the digest."""
    try:
        return make()
    except Exception as error:  # noqa: BLE001 - the digest must survive any bad article
        import logging

        logging.getLogger(__name__).warning("synthesis component failed: %s: %s", type(error).__name__, error)
        return default


# Events per batch sent to a worker: events come largest first, so small batches keep
# the workers evenly loaded (the March 2020 corpus's 577 events: 4 per batch ran the
# stage in 3.3 s on two processes against 6.2 s in one).
EVENTS_PER_BATCH = 4


def digest_events(
    events: Sequence[Event],
    analyses: Mapping[str, Analysis],
    *,
    words: int = DEFAULT_WORDS,
    on_event: Callable[[EventDigest], None] | None = None,
    pool: Pool | None = None,
) -> list[EventDigest]:
    """Digests of every event, events with more articles first; ``on_event``
    hears of each one as it is done (a progress bar).  With a ``pool``
    (:func:`khabar.parallel.executor`) the events are digested on its workers,
    each sent with its own articles' analyses only; the digests are the same."""
    ordered = sorted(events, key=lambda e: -len(e.article_ids))
    jobs = [(event, {i: analyses[i] for i in event.article_ids if i in analyses}, words) for event in ordered]
    out = []
    for digest in map_batches(pool, _digest_batch, jobs, EVENTS_PER_BATCH):
        out.append(digest)
        if on_event is not None:
            on_event(digest)
    return out


def _digest_batch(jobs: list[tuple[Event, dict[str, Analysis], int]]) -> list[EventDigest]:
    return [digest_event(event, analyses, words=words) for event, analyses, words in jobs]


__all__ = ["digest_event", "digest_events"]
