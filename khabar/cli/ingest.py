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
from typing import TYPE_CHECKING

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
) -> IngestReport:
    """Read, clean and store ``paths`` as one atomic batch.

    With ``analyse`` (the default) the new articles are also analysed and
    clustered into the stored events, in the same transaction, so the store
    never holds an article that its events do not account for.
    ``on_error`` is called with each bad input as it is met (the batch goes on);
    ``on_progress`` with the number of documents just processed.  ``pool``
    (:func:`khabar.parallel.executor`) analyses the new articles on its workers.
    """
    from khabar.pipeline import iter_read_chunks

    report = IngestReport()
    with store.transaction():
        for documents, errors in iter_read_chunks(paths, multi_article=multi_article, fetch_links=fetch_links):
            inputs = len(documents) + len(errors)
            if documents:
                errors = errors + _store_documents(store, documents, report)
            for error in errors:
                report.errors.append(error)
                if on_error:
                    on_error(error)
            if on_progress:
                on_progress(inputs)
        if analyse and report.added:
            report.events = analyse_and_cluster(store, report.new_articles(store), dense=dense, pool=pool)
    return report


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


def _store_documents(store: Store, documents: list[RawDocument], report: IngestReport) -> list[ReadError]:
    """Clean and store one chunk of documents; returns the cleaning errors."""
    from khabar.pipeline import clean_batch
    from khabar.store import raw_hash

    # A document read before is a duplicate without cleaning it again; this
    # also keeps re-ingest idempotent when the cleaner, whose boilerplate
    # evidence depends on the batch, would clean it a little differently.
    hashes = {d.id: raw_hash(d.text, d.html, d.meta) for d in documents}
    known = store.known_raw(hashes.values())
    fresh = []
    for document in documents:
        if hashes[document.id] in known:
            report.duplicates.append((document.id, known[hashes[document.id]]))
        else:
            fresh.append(document)
    if not fresh:
        return []
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

    if args.db and Path(args.db).is_dir():
        bar.close()
        print(f"khabar: {args.db}: a folder, not a database file (give --db a file name)", file=sys.stderr)
        return 1
    from khabar.parallel import DaskUnavailable

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
    except DaskUnavailable as exc:
        bar.close()
        print(f"khabar ingest: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # sqlite3.Error, OSError: the database itself is the problem
        bar.close()
        where = args.db or "database"
        print(f"khabar: {where}: {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        return 1
    bar.close()
    print(f"{report.summary()} ({total} articles in store)")
    report_skipped(report.skipped)
    return 1 if report.failed else 0
