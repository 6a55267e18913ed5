"""How much real, already-clean Hindi text the text cleaner keeps.

Reads ../shared/bench/bbc-hindi/hindi-cleaned-test.csv (345 BBC Hindi articles,
columns 0 = topic label, 1 = text) when present; otherwise says so and exits 0.
The texts carry almost no boilerplate (only BBC's "follow us / download the
app" lines), so every word dropped as something other than such a prompt is a
false removal. Prints the share of words kept (body + title), the words removed
per reason, the share detected as Hindi, and documents/s.
"""

from __future__ import annotations

import csv
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CSV = (ROOT / ".." / "shared" / "bench" / "bbc-hindi" / "hindi-cleaned-test.csv").resolve()
_WORDS = re.compile(r"\S+")


def main() -> int:
    if not CSV.exists():
        print(f"BBC Hindi data not found at {CSV}; nothing to measure (fine on a fresh checkout).")
        return 0
    from khabar.clean import clean_document
    from khabar.records import Origin, RawDocument

    csv.field_size_limit(sys.maxsize)
    with CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    total = kept = hindi = 0
    removed: Counter[str] = Counter()
    start = time.perf_counter()
    for number, row in enumerate(rows):
        if len(row) < 2:
            continue
        text = row[1]
        article = clean_document(RawDocument(id=str(number), origin=Origin(kind="text", path=f"{CSV.name}:{number}"),
                                             text=text))
        total += len(_WORDS.findall(text))
        kept += len(_WORDS.findall(article.body)) + len(_WORDS.findall(article.title or ""))
        hindi += article.language == "hi"
        for line in article.removed:
            if line.reason != "title":
                removed[line.reason] += len(_WORDS.findall(line.text))
    elapsed = time.perf_counter() - start
    print(f"BBC Hindi: {len(rows)} articles from {CSV}")
    print(f"words kept (body + title): {kept / total:.3f}")
    print("words removed by reason:", ", ".join(f"{k} {v}" for k, v in removed.most_common()))
    print(f"detected as Hindi: {hindi / len(rows):.3f}")
    print(f"speed: {len(rows) / elapsed:.0f} articles/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
