"""What the anglicisation step does to entity names on text nobody tuned it to.

    python bench/anglicise_eval.py [--all]

Runs the analysis stage over the March 2020 Hindi papers and the BBC Hindi
test set (../shared/bench, i.e. /work/shared/bench; override with
KHABAR_SHARED) and lists every romanised name word that
:func:`khabar.analyse.anglicise.anglicise_word` respelt, with how many entity
names it touched, so a reader can judge each change right or wrong; then the
share of romanised words changed; then the words of people's names that
:func:`khabar.analyse.anglicise.name_spelling` gave a listed South Asian
spelling ("agraval" -> agrawal), and the foreign people's names respelt whole
("donald tramp" -> donald trump), and the name words given back the inner schwa
Hindi dropped ("vasundhra" -> vasundhara), judged the same way.  Says so and exits 0 when the data is absent.
The thresholds in khabar/analyse/anglicise.py were calibrated on this listing.
"""

from __future__ import annotations

import csv
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("KHABAR_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "bench" / "hindi-news-2020-03"
BBC = SHARED / "bench" / "bbc-hindi" / "hindi-cleaned-test.csv"


def main() -> int:
    if not CORPUS.exists():
        print(f"anglicise_eval: {CORPUS} not found - skipped (it needs ../shared/bench).")
        return 0
    from khabar import records
    from khabar.analyse import analyse_articles, anglicise, naming
    from khabar.pipeline import extract

    articles, _ = extract([CORPUS], multi_article=True)
    if BBC.exists():
        csv.field_size_limit(10**9)
        with open(BBC, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))[1:]
        for n, row in enumerate(rows):
            if len(row) > 1 and row[1].strip():
                articles.append(records.Article(id=f"bbc{n}", source=f"bbc#{n}", origin=records.Origin(kind="text"),
                                                title=None, body=row[1], language="hi"))

    calls: Counter = Counter()
    real = anglicise.anglicise_word

    def counting(word: str, organisation: bool = False, short_a: bool = False) -> str:
        out = real(word, organisation, short_a)
        calls[(word, out, organisation)] += 1
        return out

    listed_calls: Counter = Counter()
    real_listed = naming.name_spelling

    def counting_listed(word: str) -> str | None:
        out = real_listed(word)
        listed_calls[(word, out)] += 1
        return out

    person_calls: Counter = Counter()
    real_display = naming.display_word

    def counting_display(romanised: str, organisation: bool = False, respell: bool = True, person: bool = False,
                         short_a: bool = False) -> str:
        out = real_display(romanised, organisation, respell, person, short_a)
        if person and respell:
            person_calls[(romanised, out)] += 1
        return out

    foreign_calls: Counter = Counter()
    real_foreign = naming.foreign_name_spelling

    def counting_foreign(words: list[str], short_a: list[bool] | None = None) -> list[str] | None:
        out = real_foreign(words, short_a)
        if out is not None:
            foreign_calls[(" ".join(words), " ".join(out))] += 1
        return out

    proper_calls: Counter = Counter()
    real_proper = naming._proper_spelling

    def counting_proper(romanised: str, short_a: bool) -> str:
        out = real_proper(romanised, short_a)
        if out != romanised:
            proper_calls[(romanised, out)] += 1
        return out

    schwa_calls: Counter = Counter()
    real_schwa = naming.schwa_spelling

    def counting_schwa(romanised: str) -> str | None:
        out = real_schwa(romanised)
        if out is not None:
            schwa_calls[(romanised, out)] += 1
        return out

    naming.schwa_spelling = counting_schwa
    naming._proper_spelling = counting_proper
    naming.anglicise_word = counting
    naming.name_spelling = counting_listed
    naming.display_word = counting_display
    naming.foreign_name_spelling = counting_foreign
    t0 = time.perf_counter()
    analyse_articles(articles)
    dt = time.perf_counter() - t0
    naming.anglicise_word = real
    naming.name_spelling = real_listed
    naming.display_word = real_display
    naming.foreign_name_spelling = real_foreign
    naming._proper_spelling = real_proper
    naming.schwa_spelling = real_schwa

    changed = [(k, c) for k, c in calls.items() if k[0].casefold() != k[1].casefold()]
    words = {k[0] for k in calls}
    print(f"{len(articles)} articles analysed in {dt:.1f}s; {len(words)} distinct romanised name words, "
          f"{len({k[0] for k, _ in changed})} respelt ({len(changed)} word/context pairs):")
    for (word, out, org), count in sorted(changed, key=lambda kc: (-kc[1], kc[0])):
        print(f"  {count:4d}  {word:<18} -> {out:<18} {'(organisation)' if org else ''}")
    listed = [(k, c) for k, c in listed_calls.items() if k[1] is not None]
    respelt = [(k, c) for k, c in listed if k[0].casefold() != k[1]]
    print(f"people's name words: {len(listed_calls)} distinct, {len(listed)} found in the South Asian name list "
          f"or given the w of an Indian surname ending (-wal, -wat, -war), {len(respelt)} respelt:")
    for (word, out), count in sorted(respelt, key=lambda kc: (-kc[1], kc[0])):
        print(f"  {count:4d}  {word:<18} -> {out}")
    # People's name words the English respelling would change: kept only into a listed given
    # name or surname (naming.display_word), else shown as romanised.
    english = [(k, c) for k, c in person_calls.items()
               if real(k[0]).casefold() != k[0].casefold() and real_listed(k[0]) is None]
    kept = [(k, c) for k, c in english if k[1].casefold() != k[0].casefold()]
    refused = [(k, c) for k, c in english if k[1].casefold() == k[0].casefold()]
    print(f"people's name words with an English respelling: {len(english)}; {len(kept)} into a listed name, "
          f"{len(refused)} refused (the English word is no listed name):")
    for (word, out), count in sorted(kept, key=lambda kc: (-kc[1], kc[0])):
        print(f"  {count:4d}  {word:<18} -> {out}")
    for (word, out), count in sorted(refused, key=lambda kc: (-kc[1], kc[0])):
        print(f"  {count:4d}  {word:<18} -> {out:<18} (not {real(word)})")
    print(f"foreign people's names respelt whole (anglicise.foreign_name_spelling): {len(foreign_calls)}")
    for (before, after), count in sorted(foreign_calls.items(), key=lambda kc: (-kc[1], kc[0])):
        print(f"  {count:4d}  {before:<28} -> {after}")
    print(f"people's name words respelt into a word the web writes capitalised (naming._proper_spelling): "
          f"{len(proper_calls)}")
    for (before, after), count in sorted(proper_calls.items(), key=lambda kc: (-kc[1], kc[0])):
        print(f"  {count:4d}  {before:<18} -> {after}")
    print(f"name words given back the inner schwa Hindi dropped (anglicise.schwa_spelling): {len(schwa_calls)}")
    for (before, after), count in sorted(schwa_calls.items(), key=lambda kc: (-kc[1], kc[0])):
        print(f"  {count:4d}  {before:<18} -> {after}")
    if "--all" in sys.argv:
        print("unchanged:", " ".join(sorted(k[0] for k in calls if k[0].casefold() == k[1].casefold())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
