"""Extraction benchmark on the Zyte article-extraction benchmark (AEB).

Reads ../shared/bench/aeb (181 pages + ground truth) when present; otherwise
says so and exits 0. Prints, with the benchmark's own metric (bench/aeb_metric):

1. trafilatura 2.3.1 extract() with defaults (reference);
2. khabar's HTML path: khabar.clean.clean_document on each page (body only);
3. the plain-text cleaner on real pages: each page flattened to whole-page text
   (what a naive scraper saves, like html-text), scored raw and after
   khabar.clean.clean_document on that text.

Usage: python bench/extract_aeb.py [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aeb_metric import page_scores, prf  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
AEB = (ROOT / ".." / "shared" / "bench" / "aeb").resolve()

def whole_page_text(html: str) -> str:
    """All visible text of a page, one block per line (like html-text)."""
    from khabar.clean.html import html_to_text

    return html_to_text(html)


def load(limit: int | None):
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    items = sorted(truth.items())[:limit] if limit else sorted(truth.items())
    pages = []
    for page_id, gold in items:
        path = AEB / "html" / f"{page_id}.html.gz"
        raw = gzip.decompress(path.read_bytes())
        pages.append((page_id, gold.get("url"), _decode(raw), gold.get("articleBody") or ""))
    return pages


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        return str(best) if best else raw.decode("utf-8", "replace")


def run(name, pages, extract):
    scores = []
    start = time.perf_counter()
    outputs = []
    for page_id, url, html, gold in pages:
        try:
            predicted = extract(html, url) or ""
        except Exception as error:  # a benchmark must finish; count it as empty
            print(f"  {name}: {page_id[:12]} failed: {error}", file=sys.stderr)
            predicted = ""
        outputs.append(predicted)
    elapsed = time.perf_counter() - start
    for (page_id, url, html, gold), predicted in zip(pages, outputs):
        scores.append(page_scores(gold, predicted))
    p, r, f = prf(scores)
    print(f"{name:<44} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  {len(pages) / elapsed:7.1f} pages/s")
    return outputs


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    args = parser.parse_args(argv)
    if not (AEB / "ground-truth.json").exists():
        print(f"AEB benchmark data not found at {AEB}; nothing to measure (this is fine on a fresh checkout).")
        return 0

    import trafilatura

    from khabar.clean import clean_document
    from khabar.records import Origin, RawDocument

    pages = load(args.limit)
    print(f"AEB: {len(pages)} pages from {AEB}  (metric: 4-token shingles, per-page normalised)")

    run("trafilatura 2.3.1 extract() defaults", pages, lambda html, url: trafilatura.extract(html, url=url))

    def khabar_html(html, url):
        doc = RawDocument(id="p", origin=Origin(kind="html", url=url), html=html)
        return clean_document(doc).body

    run("khabar clean_document (HTML path)", pages, khabar_html)

    # the flattening is timed in the baseline line; the cleaner line times
    # cleaning only (the flat texts are reused)
    outputs = run("whole-page text, uncleaned (baseline)", pages, lambda html, url: whole_page_text(html))
    flat = {id(html): text for (page_id, url, html, gold), text in zip(pages, outputs)}

    def khabar_text(html, url):
        doc = RawDocument(id="p", origin=Origin(kind="text", url=url), text=flat[id(html)])
        return clean_document(doc).body

    run("whole-page text, khabar text cleaner", pages, khabar_text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
