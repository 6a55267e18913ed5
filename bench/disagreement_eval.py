"""Disagreement recall and precision against hand-read gold, on real multi-outlet news.

    python bench/disagreement_eval.py [--corpus march|aeb|all] [--json FILE] [--show]

Runs ``khabar digest --json`` (in a child process, the installed command's
code) on ../shared/bench/hindi-news-2020-03 (--multi-article) and on the AEB
HTML pages, then sets its disagreements beside bench/labels/disagreements.jsonl:
every real disagreement a reader found between the reports of the corpora's
multi-outlet events (see bench/labels/README.md for how they were read).
Without ../shared (override with KHABAR_SHARED) it says so and exits 0.

A found disagreement matches a gold one when two of its versions hold two of the
gold one's statements: the version cites the statement's article and its text
(a snippet, "…" marking cuts) overlaps the statement's.  Matches are one to one
(a largest matching), so one found disagreement never counts for two gold ones.  Printed per corpus:
gold disagreements and how many were found (recall), disagreements shown in the
labelled events and how many match gold (precision), both by kind; --show lists
the misses and the unmatched ones for reading.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.analyse.lexicon import stop_words  # noqa: E402  (after the path, as the other benches)

SHARED = Path(os.environ.get("KHABAR_SHARED", ROOT.parent / "shared"))
LABELS = ROOT / "bench" / "labels" / "disagreements.jsonl"
CORPORA = {
    "march": (["bench/hindi-news-2020-03"], ["--multi-article"]),
    "aeb": (["bench/aeb/html"], []),
}
# Words with their vowel signs (Python's \w leaves out Devanagari's matras, which had
# cut "पुष्टि" into letters), without the danda.
_WORD_RE = re.compile(r"[\w\u0900-\u0963\u0966-\u097F]+")
# A version's snippet and a gold statement are one text when this share of the
# snippet's content words are the statement's (snippets are cut from the sentence, so
# most of their words are the statement's own; another sentence of the same
# report shares far fewer).  Function words are left out: with them "इसमें दो में
# कोरोना वायरस की पुष्टि हुई है" had matched "... में कोरोना से पहली मौत शनिवार देर
# रात हुई है" of the same report.
OVERLAP = 0.6


def quote_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def load_labels(corpus: str) -> tuple[list[dict], set[str]]:
    """The corpus's gold disagreements, and the articles of every event read for them."""
    gold, read = [], set()
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("corpus") != corpus:
            continue
        if row["record"] == "event":
            read.update(row["articles"])
        else:
            gold.append(row)
    return gold, read


def run_digest(corpus: str) -> dict:
    paths, flags = CORPORA[corpus]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "digest.json"
        cmd = [sys.executable, "-m", "khabar.cli.main", "digest", *(str(SHARED / p) for p in paths), *flags,
               "-q", "--json", str(out)]
        subprocess.run(cmd, cwd=ROOT, check=False, stdout=subprocess.DEVNULL)
        return json.loads(out.read_text(encoding="utf-8"))


def _words(text: str) -> list[str]:
    hindi, english = stop_words()
    return [w for w in _WORD_RE.findall(text.lower()) if w not in hindi and w not in english and len(w) > 1]


def same_text(snippet: str, statement: str) -> bool:
    """Do the snippet and the statement share OVERLAP of the smaller one's content words?
    (A snippet may be cut wider than the statement a reader marked in a list, "… 16,
    कर्नाटक में 15, गुजरात में 7, पंजाब में 3, …" for "गुजरात में 7, पंजाब में 3, ओडिशा में 2".)"""
    words = {w for piece in snippet.split("…") for w in _words(piece)}
    theirs = set(_words(statement))
    if not words or not theirs:
        return False
    return len(words & theirs) >= OVERLAP * min(len(words), len(theirs))


def matches(found: dict, gold: dict) -> bool:
    """Do two of the found versions hold two of the gold statements, from two articles?"""
    hits = []
    for k, version in enumerate(found["versions"]):
        for g in gold["statements"]:
            if g["article"] in version["sources"] and same_text(version["text"], g["text"]):
                hits.append((k, g["article"]))
    return any(k1 != k2 and a1 != a2 for k1, a1 in hits for k2, a2 in hits)


def matching(candidates: list[list[int]]) -> dict[int, int]:
    """A largest one-to-one matching of gold rows to found disagreements (``candidates[g]``
    lists the found ones gold row g matches), by augmenting paths: one found disagreement
    counts for one gold row only, so a list's four per-place counts need four found ones."""
    owner: dict[int, int] = {}  # found -> gold

    def assign(g: int, seen: set[int]) -> bool:
        for k in candidates[g]:
            if k not in seen:
                seen.add(k)
                if k not in owner or assign(owner[k], seen):
                    owner[k] = g
                    return True
        return False

    for g in range(len(candidates)):
        assign(g, set())
    return {g: k for k, g in owner.items()}


def resolve(gold: list[dict], bodies: dict[str, str]) -> tuple[list[dict], int]:
    """Gold rows with their statements' texts read from the digest's article
    bodies; rows whose statement no longer reads the same are counted stale."""
    out, stale = [], 0
    for row in gold:
        statements = []
        for v in row["versions"]:
            body = bodies.get(v["article"], "")
            text = body[v["start"]: v["end"]]
            if quote_hash(text) != v["sha1"]:
                break
            statements.append({"article": v["article"], "text": text})
        else:
            out.append({**row, "statements": statements})
            continue
        stale += 1
    return out, stale


def evaluate(corpus: str, digest: dict, show: bool) -> None:
    bodies = {a["id"]: a["body"] for a in digest["articles"]}
    labels, read = load_labels(corpus)
    gold, stale = resolve(labels, bodies)
    # only events a reader went through can be scored for precision
    found = [(e["id"], d) for e in digest["events"] for d in e["disagreements"] if set(e["article_ids"]) & read]
    elsewhere = sum(len(e["disagreements"]) for e in digest["events"] if not set(e["article_ids"]) & read)
    pairs = matching([[k for k, (_, d) in enumerate(found) if matches(d, g)] for g in gold])
    hit_gold = [g in pairs for g in range(len(gold))]
    true_found = [k in pairs.values() for k in range(len(found))]
    recall = sum(hit_gold) / len(gold) if gold else 0.0
    precision = sum(true_found) / len(found) if found else 0.0
    print(f"\n== {corpus}: {len(gold)} gold disagreements ({stale} stale, not scored)")
    print(f"recall    {sum(hit_gold)}/{len(gold)} = {recall:.2f}")
    print(f"precision {sum(true_found)}/{len(found)} = {precision:.2f}"
          f"   (and {elsewhere} shown in events nobody read for the gold)")
    gold_kinds = Counter(g["kind"] for g in gold)
    print("  recall by the reader's kind: " + ", ".join(
        f"{kind} {sum(h for g, h in zip(gold, hit_gold) if g['kind'] == kind)}/{n}"
        for kind, n in sorted(gold_kinds.items())))
    shown_kinds = Counter(d.get("kind") for _, d in found)
    print("  precision by khabar's kind: " + (", ".join(
        f"{kind} {sum(t for (_, d), t in zip(found, true_found) if d.get('kind') == kind)}/{n}"
        for kind, n in sorted(shown_kinds.items())) or "none shown"))
    if not show:
        return
    print("\n-- missed")
    for g, hit in zip(gold, hit_gold):
        if not hit:
            print(f"  [{g['kind']}] {g['topic']}")
            for statement in g["statements"]:
                print(f"      {statement['article']}: {statement['text'][:160]}")
    print("\n-- shown, not in gold")
    for (event, d), true in zip(found, true_found):
        if not true:
            print(f"  {event} [{d.get('kind')}] {d['topic']}")
            for version in d["versions"]:
                print(f"      {version['sources']}: {version['text'][:160]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", choices=[*CORPORA, "all"], default="all")
    parser.add_argument("--json", type=Path, help="score this digest JSON instead of running the digest "
                                                  "(one corpus only)")
    parser.add_argument("--show", action="store_true", help="list misses and unmatched disagreements")
    args = parser.parse_args()
    if not (SHARED / "bench").is_dir():
        print(f"{SHARED / 'bench'} not found: nothing to evaluate (set KHABAR_SHARED)")
        return 0
    corpora = list(CORPORA) if args.corpus == "all" else [args.corpus]
    if args.json and len(corpora) != 1:
        parser.error("--json scores one corpus: give --corpus too")
    for corpus in corpora:
        digest = json.loads(args.json.read_text(encoding="utf-8")) if args.json else run_digest(corpus)
        evaluate(corpus, digest, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
