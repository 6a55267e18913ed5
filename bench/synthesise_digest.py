"""Per-event synthesis on real multi-outlet Hindi news: quality signals and speed.

    python bench/synthesise_digest.py [--days N] [--events K] [--show S]

Reads ../shared/bench/hindi-news-2020-03 (five newspapers, March 2020; one
file per paper per day, several articles each) when present; without it,
says so and exits 0.  The first N days (default 3) of every paper are read
with --multi-article semantics, analysed, clustered with the cluster stage,
and the K largest multi-outlet events (default 15) are digested.

Printed figures (no gold summaries exist for this corpus, so these are
checks a reader would otherwise make by hand):
* seconds per event digest (synthesis only);
* summary words (mean, max) against the budget;
* share of summary sentences citing 2+ articles; mean sources per sentence;
* boilerplate leaks: summary sentences that the cleaner's own furniture
  markers or a question mark flag, and summary sentences not found in any
  cited body (traceability);
* repeated facts: summary sentence pairs with >= 0.8 content-word overlap;
* timeline entries, disagreements by kind, undated articles given a range.
Then S digests (default 2) are printed in full for reading.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "bench" / "hindi-news-2020-03"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--days", type=int, default=3)
    parser.add_argument("--events", type=int, default=15)
    parser.add_argument("--show", type=int, default=2)
    parser.add_argument("--show-untraceable", action="store_true", help="print summary sentences not found in a cited body")
    parser.add_argument("--words", type=int, default=120)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"{CORPUS} not found: benchmark skipped (it needs ../shared beside the checkout).")
        return 0

    from khabar.analyse import analyse_articles
    from khabar.cluster import cluster_analyses
    from khabar.pipeline import iter_extract
    from khabar.synthesise import digest_event
    from khabar.synthesise.similarity import content_tokens
    from khabar.synthesise.summary import _FURNITURE_RE, _LATIN_GLOSS_RE

    files = []
    for paper in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        files.extend(sorted(paper.glob("*.txt"))[: args.days])
    started = time.perf_counter()
    articles = []
    for chunk, _errors in iter_extract(files, multi_article=True):
        articles.extend(chunk)
    analyses = analyse_articles(articles)
    events = cluster_analyses(analyses)
    by_id = {a.id: a for a in analyses}
    prep = time.perf_counter() - started
    print(f"corpus: {len(files)} files, {len(articles)} articles, {len(events)} events "
          f"(read+analyse+cluster {prep:.1f} s)")

    def outlets(event):
        return {by_id[i].article.outlet or by_id[i].article.source.split("/")[-2] for i in event.article_ids if i in by_id}

    multi = [e for e in events if len(e.article_ids) >= 2]
    multi.sort(key=lambda e: (-len(outlets(e)), -len(e.article_ids)))
    chosen = multi[: args.events]
    if not chosen:
        print("no multi-article events to digest")
        return 0

    times, words, sources, multi_cited, leaks, untraceable, repeats = [], [], [], 0, 0, 0, 0
    n_sentences, timeline_entries, kinds, undated, inferred = 0, 0, {}, 0, 0
    digests = []
    for event in chosen:
        t0 = time.perf_counter()
        digest = digest_event(event, by_id, words=args.words)
        times.append(time.perf_counter() - t0)
        digests.append(digest)
        words.append(sum(len(s.text.split()) for s in digest.summary))
        bags = []
        for sentence in digest.summary:
            n_sentences += 1
            sources.append(len(sentence.sources))
            multi_cited += len(sentence.sources) >= 2
            if _FURNITURE_RE.search(sentence.text) or sentence.text.rstrip().endswith("?"):
                leaks += 1
            # khabar's bracketed dates are not in the source; sources' own brackets are.
            probes = {" ".join(text.split()[1:5]) for text in (sentence.text, re.sub(r" \([^)]*\)", "", sentence.text))}
            # The summary drops the sources' Latin glosses ("संगठन (WHO) के"): so does the probe.
            bodies = [" ".join(_LATIN_GLOSS_RE.sub("", by_id[i].article.body).split()) for i in sentence.sources]
            bodies += [" ".join(by_id[i].article.body.split()) for i in sentence.sources]
            if not any(probe in body for probe in probes for body in bodies):
                untraceable += 1
                if args.show_untraceable:
                    print("untraceable:", sentence.text[:200], sentence.sources)
            bags.append(set(content_tokens(sentence.text)))
        for i, a in enumerate(bags):
            for b in bags[i + 1:]:
                if len(a & b) / max(min(len(a), len(b)), 1) >= 0.8:
                    repeats += 1
        timeline_entries += len(digest.timeline)
        for d in digest.disagreements:
            kinds[d.kind] = kinds.get(d.kind, 0) + 1
        for entry in digest.coverage.get("articles", []):
            if not entry["published"]:
                undated += 1
                inferred += entry["published_inferred"] is not None

    print(f"digested {len(chosen)} events ({statistics.mean(len(e.article_ids) for e in chosen):.1f} articles, "
          f"{statistics.mean(len(outlets(e)) for e in chosen):.1f} outlets on average)")
    print(f"synthesis time per event: mean {statistics.mean(times):.2f} s, max {max(times):.2f} s")
    print(f"summary words: mean {statistics.mean(words):.0f}, max {max(words)} (budget {args.words})")
    if n_sentences:
        print(f"summary sentences: {n_sentences}; citing 2+ articles {multi_cited / n_sentences:.0%}; "
              f"mean sources {statistics.mean(sources):.2f}")
    print(f"boilerplate/question leaks: {leaks}; untraceable sentences: {untraceable}; repeated-fact pairs: {repeats}")
    print(f"timeline entries: {timeline_entries} ({timeline_entries / len(chosen):.1f} per event)")
    print(f"disagreements: {kinds or 'none'}")
    print(f"undated articles in digested events: {undated}, given an inferred range: {inferred}")

    for digest in digests[: args.show]:
        print("\n" + "=" * 78)
        print(f"EVENT {digest.event.id}: {digest.event.title}  ({len(digest.event.article_ids)} articles)")
        for sentence in digest.summary:
            print(f"  • {sentence.text}  [{', '.join(sentence.sources)}]")
        for entry in digest.timeline[:8]:
            print(f"  {entry.date}  {entry.text}  [{len(entry.sources)}]")
        for d in digest.disagreements[:5]:
            print(f"  ≠ {d.kind}: {d.topic}")
            for v in d.versions[:4]:
                print(f"      - {v.text}  [{', '.join(v.sources)}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
