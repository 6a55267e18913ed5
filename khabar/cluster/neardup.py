"""Near-duplicate detection (syndicated or copied text) with MinHash LSH.

Each body becomes a set of word shingles; MinHash signatures banded into an LSH
index find earlier bodies whose estimated Jaccard similarity reaches the
threshold. Exact copies are caught first by a fingerprint, which is cheaper
than hashing shingles. Articles of dormant events are removed so memory stays
bounded.

MinHash and banding are implemented here with numpy rather than taken from
datasketch: ``import datasketch`` pulls in scipy (~0.4 s), which every
``khabar digest`` paid at start-up. The hashing is datasketch 2.0's
"affine32" scheme bit for bit (crc32, MurmurHash3 finalizer, ``a*h+b mod
2**32`` with datasketch's seed-1 permutations) and the bands are the (b, r)
datasketch's ``MinHashLSH`` would pick, so signatures stored by earlier
versions stay valid.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from functools import lru_cache

import numpy as np

_SEED = 1  # datasketch's default seed: the same permutations, hence the same signatures
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@lru_cache(maxsize=8)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """Affine permutations ``h -> a*h + b mod 2**32`` (odd ``a``: a bijection)."""
    gen = np.random.RandomState(_SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def signature(shingles: list[bytes], num_perm: int) -> np.ndarray:
    """The MinHash signature (``num_perm`` uint32 values) of a set of byte strings."""
    a, b = _permutations(num_perm)
    # crc32: stable across processes (unlike hash()) and much cheaper than sha1
    hv = np.fromiter(map(zlib.crc32, shingles), dtype=np.uint32, count=len(shingles))
    s1, m1, s2, m2, s3 = _FMIX
    hv ^= hv >> s1  # MurmurHash3 finalizer: spreads crc32's structure over all bits
    hv *= m1
    hv ^= hv >> s2
    hv *= m2
    hv ^= hv >> s3
    permuted = np.multiply.outer(hv, a)  # uint32 wraparound is the modulo
    permuted += b
    return permuted.min(axis=0) if len(hv) else np.full(num_perm, np.uint32(0xFFFFFFFF))


@lru_cache(maxsize=8)
def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) minimising false positives + false negatives around ``threshold``
    (the criterion of datasketch's MinHashLSH, equal weights), by numeric integration."""
    best, best_error = (1, num_perm), float("inf")
    low = np.linspace(0.0, threshold, 201)
    high = np.linspace(threshold, 1.0, 201)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            fp = np.trapezoid(1 - (1 - low**rows) ** bands, low)
            fn = np.trapezoid((1 - high**rows) ** bands, high)
            if fp + fn < best_error:
                best, best_error = (bands, rows), fp + fn
    return best


class NearDuplicates:
    def __init__(self, threshold: float = 0.8, num_perm: int = 64, shingle: int = 5):
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self._bands, self._rows = lsh_bands(threshold, num_perm)
        self._buckets: list[dict[bytes, list[str]]] = [defaultdict(list) for _ in range(self._bands)]
        self._exact: dict[str, str] = {}  # body fingerprint -> first article id
        self._signatures: dict[str, tuple[str, str | None]] = {}  # id -> (fingerprint, "" or None: in _minhash)
        self._minhash: dict[str, np.ndarray] = {}  # id -> signature, for the indexed ones
        self._seq: dict[str, int] = {}  # id -> insertion number
        self._next = 0

    def _signature(self, tokens: list[str]) -> np.ndarray:
        n = self.shingle
        # The shingles are " ".join(window).encode("utf-8"): slices of the whole
        # body joined and encoded once, cut at its spaces (tokens hold none).
        # Repeated shingles are not dropped: a minimum does not change.
        body = " ".join(tokens).encode("utf-8")
        if len(tokens) < n:
            return signature([body], self.num_perm)
        spaces = np.flatnonzero(np.frombuffer(body, dtype=np.uint8) == 32).tolist()
        if len(spaces) != len(tokens) - 1:  # a token with a space in it: join window by window
            encoded = [t.encode("utf-8") for t in tokens]
            return signature(list(map(b" ".join, zip(*(encoded[k:] for k in range(n))))), self.num_perm)
        starts = [0] + [p + 1 for p in spaces]
        ends = spaces + [len(body)]
        return signature([body[a:b] for a, b in zip(starts, ends[n - 1:])], self.num_perm)

    def _keys(self, values: np.ndarray) -> list[bytes]:
        r = self._rows
        return [values[i * r : (i + 1) * r].tobytes() for i in range(self._bands)]

    def check_and_add(self, article_id: str, tokens: list[str], fingerprint: str) -> str | None:
        """The id of an earlier near-identical article, else None; remembers this one."""
        if fingerprint and fingerprint in self._exact:
            return self._exact[fingerprint]
        # too short to judge by shingles: only exact copies count
        if len(tokens) < 3 * self.shingle:
            if fingerprint:
                self._exact[fingerprint] = article_id
                self._signatures[article_id] = (fingerprint, "")
            return None
        values = self._signature(tokens)
        keys = self._keys(values)
        hits = {other for band, key in zip(self._buckets, keys) for other in band.get(key, ())}
        # a shared band is only a candidate: keep those whose estimated Jaccard reaches the threshold
        hits = [h for h in hits if float(np.mean(self._minhash[h] == values)) >= self.threshold]
        original = min(hits, key=lambda h: self._seq.get(h, 0)) if hits else None  # the earliest copy
        if article_id not in self._signatures:
            self._insert(article_id, fingerprint, values, keys)
        return original

    def _insert(self, article_id: str, fingerprint: str, values: np.ndarray, keys: list[bytes]) -> None:
        for band, key in zip(self._buckets, keys):
            band[key].append(article_id)
        self._minhash[article_id] = values
        self._exact.setdefault(fingerprint, article_id)
        self._next += 1
        self._seq[article_id] = self._next
        self._signatures[article_id] = (fingerprint, None)  # hex written by state(), from _minhash

    def remove(self, article_ids) -> None:
        for article_id in article_ids:
            entry = self._signatures.pop(article_id, None)
            if entry is None:
                continue
            fingerprint, _ = entry
            self._seq.pop(article_id, None)
            if self._exact.get(fingerprint) == article_id:
                del self._exact[fingerprint]
            values = self._minhash.pop(article_id, None)
            if values is None:
                continue
            for band, key in zip(self._buckets, self._keys(values)):
                members = band.get(key)
                if members and article_id in members:
                    members.remove(article_id)
                    if not members:
                        del band[key]

    def state(self) -> dict:
        # signatures as uint64 hex, the layout earlier versions wrote ("" for bodies too short)
        return {"signatures": {k: [fingerprint, self._minhash[k].astype(np.uint64).tobytes().hex()
                                   if hexvalues is None else hexvalues]
                               for k, (fingerprint, hexvalues) in self._signatures.items()}}

    def restore(self, state: dict) -> None:
        for article_id, (fingerprint, hexvalues) in (state or {}).get("signatures", {}).items():
            if not hexvalues:
                self._signatures[article_id] = (fingerprint, hexvalues)
                self._next += 1
                self._seq[article_id] = self._next
                self._exact.setdefault(fingerprint, article_id)
                continue
            values = np.frombuffer(bytes.fromhex(hexvalues), dtype=np.uint64).astype(np.uint32)
            if len(values) != self.num_perm:
                continue  # written with another num_perm: cannot be compared
            self._insert(article_id, fingerprint, values, self._keys(values))
