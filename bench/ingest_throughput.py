"""Readers + store benchmark on the multi-article Hindi corpus (and AEB HTML pages).

Reads ../shared/bench/hindi-news-2020-03 (``--multi-article``), then ingests it
into a fresh SQLite store, re-ingests it (must be all duplicates), and runs a
few Hindi full-text searches and Latin names, which find the Hindi reports
through the names the analyses give their entities (Sitharaman and Thackeray by
their sound: the reports romanise them Sitarman and Thakre). Also times the HTML reader
on the AEB pages.
Prints its figures; exits 0 with a note when ../shared is absent.

    python bench/ingest_throughput.py

The ingest is timed twice in one run: in one process and on the default worker
processes (``khabar ingest``'s default: cleaning chunks and analysing articles on
them), with the speed-up and whether both stored the same articles.
"""

from __future__ import annotations

import gzip
import resource
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPUS = SHARED / "bench" / "hindi-news-2020-03"
AEB = SHARED / "bench" / "aeb" / "html"


def main() -> int:
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} not found (benchmark data lives outside the repo)")
        return 0
    from khabar.cli.ingest import ingest_paths
    from khabar.records import RawDocument
    from khabar.sources import read_paths
    from khabar.store import Store

    started = time.perf_counter()
    results = list(read_paths([CORPUS], multi_article=True))
    read_s = time.perf_counter() - started
    docs = [r for r in results if isinstance(r, RawDocument)]
    files = {d.origin.path for d in docs}
    size = sum(p.stat().st_size for p in CORPUS.rglob("*.txt"))
    print(f"read: {len(docs)} articles from {len(files)} files ({size / 2**20:.1f} MB), "
          f"{len(results) - len(docs)} errors, {read_s:.2f} s ({size / 2**20 / read_s:.1f} MB/s)")

    from khabar.parallel import default_workers, executor

    took = {}
    stored = {}
    for workers in (1, default_workers()):
        with tempfile.TemporaryDirectory() as folder, executor(workers) as pool, \
                Store(Path(folder) / "bench.sqlite3") as store:
            started = time.perf_counter()
            report = ingest_paths(store, [CORPUS], multi_article=True, pool=pool)
            took[workers] = time.perf_counter() - started
            stored[workers] = [(a.id, a.title, a.body) for a in store.iter_articles()]
        print(f"ingest (read+clean+store+analyse+cluster), {workers} process(es): {report.summary()} in "
              f"{took[workers]:.1f} s ({len(docs) / took[workers]:.0f} articles/s)")
    if len(took) > 1:
        print(f"worker speed-up {took[1] / took[default_workers()]:.2f}x; same stored articles: "
              f"{stored[1] == stored[default_workers()]}")
    with tempfile.TemporaryDirectory() as folder:
        with Store(Path(folder) / "bench.sqlite3") as store:
            ingest_paths(store, [CORPUS], multi_article=True)
            started = time.perf_counter()
            again = ingest_paths(store, [CORPUS], multi_article=True)
            print(f"re-ingest: {again.summary()} in {time.perf_counter() - started:.2f} s")
            for query in ("कोरोना", "दिल्ली हिंसा", "लॉकडाउन", "Kejriwal", "Nitish Kumar", "Sitharaman", "Thackeray"):
                started = time.perf_counter()
                hits = store.search(query, limit=1000)
                print(f"search {query!r}: {len(hits)} hits in {(time.perf_counter() - started) * 1000:.1f} ms")
            db_size = (Path(folder) / "bench.sqlite3").stat().st_size
            print(f"store: {store.count_articles()} articles, {db_size / 2**20:.1f} MB database")

    if AEB.is_dir():
        from khabar.sources.html import decode_html, page_metadata

        pages = sorted(AEB.glob("*.html.gz"))
        started = time.perf_counter()
        with_title = with_date = 0
        for page in pages:
            meta = page_metadata(decode_html(gzip.decompress(page.read_bytes())))
            with_title += bool(meta.get("title"))
            with_date += bool(meta.get("published"))
        took = time.perf_counter() - started
        print(f"html reader on AEB: {len(pages)} pages in {took:.1f} s ({len(pages) / took:.0f} pages/s); "
              f"title declared on {with_title}, publication date on {with_date}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
