"""``khabar ingest PATH...``: read, clean and store articles, idempotently.

The work is :func:`ingest_paths`, usable without the CLI: the whole run is one
store transaction (one atomic batch), bad inputs are reported and skipped, and
content already stored is counted as duplicate instead of stored twice.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from khabar.cli.common import add_db_argument, add_input_arguments, add_quiet_argument, progress_bar, report_skipped
from khabar.cli.common import add_parallel_arguments, parallel_pool

if TYPE_CHECKING:
    from khabar.parallel import Pool
    from khabar.records import Article, RawDocument, ReadError
    from khabar.store import Store

HELP = "read, clean and store articles in the database (the same content twice is stored once)"


@dataclass
class IngestReport:
    """What one ingest run did."""

    added: list[str] = field(default_factory=list)  # ids as stored
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (new id, stored id)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (given id, stored id)
    errors: list[ReadError] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # sources left empty by cleaning: not articles
    events: dict[str, str] = field(default_factory=dict)  # new article id -> event id

    @property
    def failed(self) -> int:
        return len(self.errors)

    def summary(self) -> str:
        text = f"added {len(self.added)}, duplicate {len(self.duplicates)}, failed {self.failed}"
        if self.skipped:
            text += f", skipped {len(self.skipped)} with no article text after cleaning"
        if self.events:
            text += f"; {len(set(self.events.values()))} event(s) updated"
        return text

    def new_articles(self, store: Store) -> list[Article]:
        """The articles this run stored, as stored (ids suffixed on clashes), for later stages."""
        found = (store.get_article(i) for i in self.added)
        return [a for a in found if a is not None]


def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    *,
    multi_article: bool = False,
    fetch_links: bool = True,
    on_error: Callable[[ReadError], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    analyse: bool = True,
    dense: bool = False,
    pool: Pool | None = None,
    chunk_size: int | None = None,
) -> IngestReport:
    """Read, clean and store ``paths`` as one atomic batch.

    With ``analyse`` (the default) the new articles are also analysed and
    clustered into the stored events, in the same transaction, so the store
    never holds an article that its events do not account for.
    ``on_error`` is called with each bad input as it is met (the batch goes on);
    ``on_progress`` with the number of documents just processed.  ``pool``
    (:func:`khabar.parallel.executor`) cleans the chunks of documents read and
    analyses the new articles on its workers; what is stored is the same.
    ``chunk_size`` is the documents cleaned together (default: the pipeline's).
    """
    from khabar.parallel import CHUNKS_PER_WINDOW, windows
    from khabar.pipeline import iter_read_chunks

    report = IngestReport()
    chunks = iter_read_chunks(paths, multi_article=multi_article, fetch_links=fetch_links, chunk_size=chunk_size)
    with store.transaction():
        for window in windows(chunks, CHUNKS_PER_WINDOW if pool is not None else 1):
            cleaned = _clean_ahead(store, [documents for documents, _ in window], pool)
            for (documents, errors), ahead in zip(window, cleaned):
                inputs = len(documents) + len(errors)
                if documents:
                    errors = errors + _store_documents(store, documents, report, ahead)
                for error in errors:
                    report.errors.append(error)
                    if on_error:
                        on_error(error)
                if on_progress:
                    on_progress(inputs)
        if analyse and report.added:
            report.events = analyse_and_cluster(store, report.new_articles(store), dense=dense, pool=pool)
    return report


class CleanedAhead(NamedTuple):
    """A chunk's documents as cleaned on a worker before the chunks before it were stored."""

    documents: list[int]  # the documents cleaned, by identity (id())
    result: tuple  # clean_batch's (articles, errors, skipped)


def _clean_ahead(store: Store, window: list[list[RawDocument]], pool: Pool | None) -> list[CleanedAhead | None]:
    """Each chunk's documents cleaned on the pool ahead of storing; None per chunk
    without a pool or documents.

    A chunk cleans the documents the store has not read before; "before" includes the
    window's earlier chunks, which are not stored yet, so a document one of them also
    holds is left out here as their copy.  :func:`_store_documents` checks the guess
    against the store once those chunks are stored, and cleans the chunk again in the
    rare case it was wrong (their copy was left empty by cleaning, so never stored)."""
    if pool is None or sum(1 for documents in window if documents) < 2:
        return [None] * len(window)
    from khabar.parallel import map_batches
    from khabar.pipeline import clean_batches

    earlier: set[str] = set()
    fresh_lists = []
    for documents in window:
        hashes = [_raw_hash(d) for d in documents]
        known = store.known_raw(hashes)
        fresh = [(d, h) for d, h in zip(documents, hashes) if h not in known and h not in earlier]
        earlier.update(h for _, h in fresh)
        fresh_lists.append([d for d, _ in fresh])
    results = iter(map_batches(pool, clean_batches, [fresh for fresh in fresh_lists if fresh], 1))
    return [CleanedAhead([id(d) for d in fresh], next(results)) if fresh else None for fresh in fresh_lists]


def _raw_hash(document: RawDocument) -> str:
    from khabar.store import raw_hash

    return raw_hash(document.text, document.html, document.meta)


def analyse_and_cluster(
    store: Store, articles: list[Article], *, dense: bool = False, pool: Pool | None = None
) -> dict[str, str]:
    """Analyse newly stored articles, keep the analyses, and add them to the events.

    Returns each article's event id. Entities are linked within the new batch;
    ``khabar cluster`` rebuilds events from the stored analyses.
    """
    from khabar.analyse import analyse_articles
    from khabar.cluster.incremental import cluster_incrementally

    analyses = analyse_articles(articles, pool=pool)
    store.save_analyses(analyses)
    event_ids = cluster_incrementally(store, analyses, dense=dense)
    return {analysis.id: event_id for analysis, event_id in zip(analyses, event_ids)}


def _store_documents(
    store: Store, documents: list[RawDocument], report: IngestReport, ahead: CleanedAhead | None = None
) -> list[ReadError]:
    """Clean and store one chunk of documents; returns the cleaning errors.  ``ahead`` is
    the chunk as :func:`_clean_ahead` cleaned it: used when it cleaned these same documents."""
    from khabar.pipeline import clean_batch

    # A document read before is a duplicate without cleaning it again; this
    # also keeps re-ingest idempotent when the cleaner, whose boilerplate
    # evidence depends on the batch, would clean it a little differently.
    hashes = {d.id: _raw_hash(d) for d in documents}
    known = store.known_raw(hashes.values())
    fresh = []
    for document in documents:
        if hashes[document.id] in known:
            report.duplicates.append((document.id, known[hashes[document.id]]))
        else:
            fresh.append(document)
    if not fresh:
        return []
    if ahead is not None and ahead.documents == [id(d) for d in fresh]:
        articles, errors, skipped = ahead.result
    else:
        articles, errors, skipped = clean_batch(fresh)
    report.skipped.extend(skipped)
    result = store.add_articles(articles)
    report.added.extend(result.added)
    report.duplicates.extend(result.duplicates)
    report.renamed.extend(result.renamed)
    store.remember_raw((hashes[given], stored) for given, stored in result.stored_as.items())
    return errors


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help=HELP,
        description=HELP + ". Inputs: text, HTML, JSONL, WARC and RSS/Atom files, folders (recursed) "
        "or feed URLs. The run is one atomic batch; each bad input gets one line on stderr and the "
        "exit code is 1 if any failed.",
    )
    add_input_arguments(parser)
    add_db_argument(parser)
    parser.add_argument(
        "--no-analyse",
        action="store_true",
        help="only store the clean articles: no analysis, no clustering (run `khabar cluster` later)",
    )
    parser.add_argument(
        "--dense", action="store_true", help="also compare articles with multilingual embeddings when clustering"
    )
    add_parallel_arguments(parser)
    add_quiet_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from khabar.store import Store

    bar = progress_bar("ingest", "doc", enabled=not args.quiet)

    def on_error(error: ReadError) -> None:
        bar.write(f"khabar: {error}", file=sys.stderr)

    if args.db == "":
        from khabar.cli.common import NO_DB_NAME

        bar.close()
        print(f"khabar: --db: {NO_DB_NAME}", file=sys.stderr)
        return 1
    if args.db and Path(args.db).is_dir():
        bar.close()
        print(f"khabar: {args.db}: a folder, not a database file (give --db a file name)", file=sys.stderr)
        return 1
    from khabar.cli.common import BUSY, READ_ONLY, read_only_said, store_is_read_only
    from khabar.parallel import DaskUnavailable

    if args.db and not Path(args.db).expanduser().parent.is_dir():
        # as extract -o and digest --html: a mistyped folder is reported, no folders are made
        bar.close()
        print(f"khabar: {args.db}: no such folder: {Path(args.db).expanduser().parent}", file=sys.stderr)
        return 1
    if args.db and store_is_read_only(args.db):
        bar.close()
        print(f"khabar: {args.db}: {READ_ONLY}", file=sys.stderr)
        return 1
    try:
        with Store(args.db) as store, parallel_pool(args) as pool:
            report = ingest_paths(
                store,
                args.paths,
                multi_article=args.multi_article,
                fetch_links=not args.no_fetch,
                on_error=on_error,
                on_progress=bar.update,
                analyse=not args.no_analyse,
                dense=args.dense,
                pool=pool,
            )
            total = store.count_articles()
    except KeyboardInterrupt:
        bar.close()
        print("khabar: interrupted; nothing from this run was stored", file=sys.stderr)
        return 130
    except DaskUnavailable:
        bar.close()
        raise  # one line, from khabar.cli.main
    except Exception as exc:  # sqlite3.Error, OSError: the database itself is the problem
        bar.close()
        where = args.db or "database"
        problem = read_only_said(exc)
        print(f"khabar: {where}: {problem if problem in (READ_ONLY, BUSY) else f'{type(exc).__name__}: {problem}'}",
              file=sys.stderr)
        return 1
    bar.close()
    print(f"{report.summary()} ({total} articles in store)")
    report_skipped(report.skipped)
    return 1 if report.failed else 0
