"""Clustering throughput and memory at 10k and 100k articles.

Reads ../shared/bench/hindi-news-2020-03 (i.e. /work/shared) when present and
analyses it once (entity keys, as ``khabar digest`` clusters with) and
replicates its articles (899) with dates shifted by whole months (copy k is
published k*31 days later, ids get a ``~k`` suffix), so a stream of any length
has realistic text and a realistic daily rate. Old copies go dormant before
their text comes round again, so the near-duplicate index does not see them.

Prints, per size: articles/s and µs per article for clustering alone (features
computed from precomputed analyses are timed separately) and for features +
clustering, the active events left in memory, and the process's peak RSS.
Beside each figure it prints a yardstick: the time of a fixed pure-Python
workload of the same kind (dict lookups and float sums over word keys), taken
at that moment.  This machine's speed drifts by a third within one run (twelfth
session); a clustering figure that moves with the yardstick moved with the
machine, not the code.

    python bench/cluster_throughput.py                 # 10k and 100k
    python bench/cluster_throughput.py --sizes 2000    # a quick look
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_eval import SHARED, load_corpus  # noqa: E402


def stream(base, n: int):
    """``n`` analyses: the corpus again and again, each round a month later."""
    from khabar.cluster import publication_order

    base = publication_order(base)
    for i in range(n):
        k, index = divmod(i, len(base))
        analysis = base[index]
        if k == 0:
            yield analysis
            continue
        article = analysis.article
        shifted = replace(article, id=f"{article.id}~{k}",
                          published=article.published + timedelta(days=31 * k) if article.published else None)
        yield replace(analysis, article=shifted)


def yardstick_us() -> float:
    """µs for a fixed dict-and-float workload like clustering's sparse cosines (best of 3)."""
    keys = [f"w{i}" for i in range(2000)]
    a = {k: i * 0.5 for i, k in enumerate(keys[:1500])}
    b = {k: i * 0.25 for i, k in enumerate(keys[500:])}
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(20):
            sum([w * b[t] for t, w in a.items() if t in b])
        best = min(best, time.perf_counter() - start)
    return best * 1e6


def run(base, n: int) -> None:
    from khabar.cluster import OnlineClusterer
    from khabar.cluster.features import article_features

    clusterer = OnlineClusterer()
    max_terms = clusterer.config.max_body_terms
    t_features = t_cluster = 0.0
    clock = time.perf_counter
    block, block_start = max(1, n // 5), 0.0
    for i, analysis in enumerate(stream(base, n), 1):
        t0 = clock()
        feats = article_features(analysis, max_body_terms=max_terms)
        t1 = clock()
        clusterer.add_features(feats)
        t_cluster += clock() - t1
        t_features += t1 - t0
        if n >= 50_000 and i % block == 0:
            print(f"    {i:>7}: clustering {(t_cluster - block_start) / block * 1e6:5.0f} µs/article over the last"
                  f" {block}, {clusterer.active_count} active events | yardstick {yardstick_us():.0f} µs", flush=True)
            block_start = t_cluster
    events = clusterer.events()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n:>7} articles: clustering alone {n / t_cluster:8.0f} articles/s ({t_cluster / n * 1e6:6.0f} µs/article)"
          f" | features + clustering {n / (t_cluster + t_features):6.0f} articles/s"
          f" ({(t_cluster + t_features) / n * 1e6:6.0f} µs/article)"
          f" | {len(events)} events, {clusterer.active_count} active in memory | peak RSS {peak_mb:.0f} MB"
          f" | yardstick {yardstick_us():.0f} µs")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"cluster_throughput: {SHARED} is absent (the shared benchmark folder); nothing to measure.")
        return 0
    # timing only, nothing is scored: the whole month, analysed as the product clusters it
    # (entity keys in the index and the pair scores; before the eleventh session the bench
    # clustered unanalysed text, which has none)
    base = load_corpus(exclude=set(), analyse=True)
    print(f"base corpus: {len(base)} articles from {SHARED} (replicated with dates shifted by 31 days per copy)")
    print(f"yardstick (fixed dict-and-float workload, best of 3): {yardstick_us():.0f} µs")
    for n in args.sizes:
        run(base, n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
