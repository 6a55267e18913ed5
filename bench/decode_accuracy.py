"""Encoding detection accuracy of the text reader (khabar.sources.decode).

Takes real article texts - BBC Hindi (../shared/bench/bbc-hindi) and the
English AEB ground-truth bodies (../shared/bench/aeb) - encodes each in the
encodings scraped files arrive in, and counts how often ``decode_bytes`` gets
the exact text back. Also checks that corrupt UTF-8 and binary noise are
refused rather than decoded. Prints its figures; exits 0 with a note when
../shared is absent.

    python bench/decode_accuracy.py
"""

from __future__ import annotations

import csv
import json
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
BBC = SHARED / "bench" / "bbc-hindi" / "hindi-cleaned-test.csv"
AEB = SHARED / "bench" / "aeb" / "ground-truth.json"
SAMPLE = 150  # texts per language; the whole run stays under a few seconds


def load() -> tuple[list[str], list[str]]:
    csv.field_size_limit(10**8)
    with open(BBC, encoding="utf-8") as handle:
        hindi = [row[1] for row in csv.reader(handle)][1:]
    english = [v["articleBody"] for v in json.loads(AEB.read_text(encoding="utf-8")).values()]
    rng = random.Random(7)
    return rng.sample([t for t in hindi if t.strip()], min(SAMPLE, len(hindi))), rng.sample(
        [t for t in english if t.strip()], min(SAMPLE, len(english))
    )


def main() -> int:
    if not (BBC.exists() and AEB.exists()):
        print(f"skipped: {BBC} or {AEB} not found (benchmark data lives outside the repo)")
        return 0
    from khabar.sources.decode import DecodeError, decode_bytes

    hindi, english = load()
    cases = {
        "hi utf-8": (hindi, lambda t: t.encode("utf-8")),
        "hi utf-8 BOM": (hindi, lambda t: t.encode("utf-8-sig")),
        "hi utf-16 BOM": (hindi, lambda t: t.encode("utf-16")),
        "hi utf-16-le no BOM": (hindi, lambda t: t.encode("utf-16-le")),
        "en utf-8": (english, lambda t: t.encode("utf-8")),
        "en utf-16-be no BOM": (english, lambda t: t.encode("utf-16-be")),
        "en cp1252": (english, lambda t: t.encode("cp1252", "replace")),
        "en latin-1": (english, lambda t: t.encode("latin-1", "replace")),
    }
    started = time.perf_counter()
    total = 0
    for name, (texts, encode) in cases.items():
        outcome: Counter[str] = Counter()
        for text in texts:
            data = encode(text)
            expected = data.decode("utf-8-sig") if "utf-8" in name else None
            if expected is None:
                codec = {"cp1252": "cp1252", "latin-1": "latin-1"}.get(name.split()[-1])
                expected = data.decode(codec) if codec else text
            try:
                decoded, _ = decode_bytes(data)
                outcome["exact" if decoded == expected else "wrong"] += 1
            except DecodeError:
                outcome["refused"] += 1
            total += 1
        print(f"{name:22} exact {outcome['exact']:3}/{len(texts)}  wrong {outcome['wrong']:3}  refused {outcome['refused']:3}")
    rng = random.Random(11)
    corrupt = refused_corrupt = 0
    for text in hindi:
        data = bytearray(text.encode("utf-8"))
        cut = rng.randrange(1, len(data))
        data[cut:cut] = b"\xff\xc3"  # splice invalid bytes into real UTF-8
        corrupt += 1
        try:
            decode_bytes(bytes(data))
        except DecodeError:
            refused_corrupt += 1
    noise = [os.urandom(rng.randrange(200, 5000)) for _ in range(SAMPLE)]
    refused_noise = 0
    for data in noise:
        try:
            decode_bytes(data)
        except DecodeError:
            refused_noise += 1
    took = time.perf_counter() - started
    print(f"corrupt utf-8 (hi)      refused {refused_corrupt}/{corrupt}")
    print(f"random bytes            refused {refused_noise}/{len(noise)}")
    print(f"{total + corrupt + len(noise)} inputs in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
