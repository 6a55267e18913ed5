"""How `khabar digest` time grows with one input's size: pathological scrapes.

    python bench/large_inputs.py [--size N]

Real piles hold files no newsroom would write: a whole site run into one
paragraph, a dump of thousands of paragraphs in one JSONL record, a feed of
thousands of items from one template.  Each of the inputs below is generated
at N and at 4N sentences (deterministic, no data needed) and digested in a
fresh process with ``--timings``; the script prints each stage's time at both
sizes and its growth.  Work that grows with the input grows about 4x; work
that grows with its square about 16x.  Only the similarity of an event's
sentences to each other is quadratic by nature (every pair is compared), and
it is capped at SimilarityMatrix.MAX_UNITS sentences per event.

Inputs:
  english-paragraph  one English article, all its sentences in one paragraph
  hindi-paragraphs   one Hindi article, a paragraph a sentence, the same people
                     and places named throughout
  jsonl-two-outlets  two outlets' records of one story, N/2 paragraphs each
  rss-items          one feed, an item per 10 sentences, all of one template
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from digest_bench import run_digest  # noqa: E402

PLACES_HI = ["दिल्ली", "मुंबई", "पटना", "लखनऊ", "जयपुर", "भोपाल", "रांची", "पुणे"]
PEOPLE_HI = ["अरविंद केजरीवाल", "नीतीश कुमार", "उद्धव ठाकरे", "योगी आदित्यनाथ"]
DAYS_HI = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार"]
PLACES_EN = ["Eastport", "Westport", "Northfield", "Southgate", "Coast County"]
VERBS_EN = ["evacuated", "tested", "rescued", "treated", "moved"]


# Content words drawn at random, so that paragraphs share few word triples: the
# cleaner drops a paragraph most of whose triples stand in another as a copy.
WORDS_HI = """सरकार अस्पताल जांच मरीज शहर पुलिस रिपोर्ट बैठक फैसला स्कूल बाजार टीम डॉक्टर नमूने परिवार
गांव जिले अधिकारी मंत्री सड़क पानी बिजली किसान फसल मौसम बारिश यात्री ट्रेन बस उड़ान दुकान कारोबार
छात्र परीक्षा अदालत सुनवाई चुनाव मतदान नेता पार्टी""".split()


def hindi_sentence(rng: random.Random) -> str:
    return (f"{rng.choice(DAYS_HI)} को {rng.choice(PLACES_HI)} में {rng.choice(PEOPLE_HI)} ने "
            f"{' '.join(rng.sample(WORDS_HI, 8))} पर {rng.randint(10, 999)} लोगों से बात की।")


def english_sentence(rng: random.Random, n: int) -> str:
    return (f"On {rng.choice(['Monday', 'Tuesday', 'Wednesday'])}, {rng.randint(10, 999)} people were "
            f"{rng.choice(VERBS_EN)} in {rng.choice(PLACES_EN)}, Dr. Rao told the U.S. team in briefing {n}.")


def write_inputs(folder: Path, sentences: int) -> dict[str, Path]:
    rng = random.Random(sentences)
    out = {}
    path = folder / "english-paragraph" / "story.txt"
    path.parent.mkdir(parents=True)
    path.write_text("Storm hits the coast\n\n" + " ".join(english_sentence(rng, n) for n in range(sentences)))
    out["english-paragraph"] = path.parent
    path = folder / "hindi-paragraphs" / "story.txt"
    path.parent.mkdir(parents=True)
    path.write_text("कोरोना के नए मामले\n\n" + "\n\n".join(hindi_sentence(rng) for _ in range(sentences)))
    out["hindi-paragraphs"] = path.parent
    path = folder / "jsonl-two-outlets" / "dump.jsonl"
    path.parent.mkdir(parents=True)
    with path.open("w") as f:
        for outlet in ("Amar Ujala", "Dainik Jagran"):
            body = "\n\n".join(hindi_sentence(rng) for _ in range(sentences // 2))
            f.write(json.dumps({"id": outlet, "title": "कोरोना के नए मामले", "outlet": outlet,
                                "published": "2020-03-10T10:00:00+05:30", "text": body}, ensure_ascii=False) + "\n")
    out["jsonl-two-outlets"] = path.parent
    path = folder / "rss-items" / "feed.rss"
    path.parent.mkdir(parents=True)
    items = "".join(
        f"<item><title>Update {n} from {rng.choice(PLACES_EN)}</title><link>http://example.invalid/{n}</link>"
        f"<description>{' '.join(english_sentence(rng, n) for _ in range(10))}</description>"
        "<pubDate>Mon, 09 Mar 2020 10:00:00 +0530</pubDate></item>"
        for n in range(max(1, sentences // 10))
    )
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>{items}</channel></rss>')
    out["rss-items"] = path.parent
    return out


STAGE_RE = re.compile(r"([a-z ]+?) ([\d.]+)s")


def stages(stderr: str) -> dict[str, float]:
    match = re.search(r"khabar: timings: (.*)", stderr)
    if not match:
        return {}
    return {name.strip(): float(seconds) for name, seconds in STAGE_RE.findall(match.group(1).split(";")[0])}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5000, help="sentences of the smaller input (default 5000)")
    args = parser.parse_args()
    sizes = (args.size, 4 * args.size)
    results: dict[str, dict[int, tuple[float, dict[str, float], int]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            for name, path in write_inputs(Path(tmp) / str(size), size).items():
                wall, rss_kib, _, err, code = run_digest(
                    [str(path), "--no-fetch", "--workers", "1", "--timings", "-q", "--json", f"{tmp}/d.json"])
                if code != 0:
                    print(f"{name} at {size}: exit {code}\n{err[-2000:]}")
                    return 1
                results.setdefault(name, {})[size] = (wall, stages(err), rss_kib)
    small, large = sizes
    print(f"`khabar digest --workers 1` at {small} and {large} sentences (growth: work in step with the input "
          "grows about 4x, with its square about 16x)")
    for name, by_size in results.items():
        (wall_s, stages_s, _), (wall_l, stages_l, rss_l) = by_size[small], by_size[large]
        print(f"{name:18} wall {wall_s:6.1f} s -> {wall_l:6.1f} s ({wall_l / max(wall_s, 1e-9):4.1f}x), "
              f"peak RSS {rss_l / 1024:.0f} MiB at {large}")
        for stage in stages_l:
            before, after = stages_s.get(stage, 0.0), stages_l[stage]
            if max(before, after) >= 0.2:
                print(f"    {stage:20} {before:6.2f} s -> {after:6.2f} s ({after / max(before, 1e-9):4.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
