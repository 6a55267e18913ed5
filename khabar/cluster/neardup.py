"""Near-duplicate detection (syndicated or copied text) with MinHash LSH.

Each body becomes a set of word shingles; datasketch's MinHash LSH finds earlier
bodies whose estimated Jaccard similarity reaches the threshold. Exact copies
are caught first by a fingerprint, which is cheaper than hashing shingles.
Articles of dormant events are removed so memory stays bounded.
"""

from __future__ import annotations

import zlib

import numpy as np


def _crc32(data: bytes) -> int:
    # stable across processes (unlike hash()) and much cheaper than datasketch's sha1 default
    return zlib.crc32(data)


class NearDuplicates:
    def __init__(self, threshold: float = 0.8, num_perm: int = 64, shingle: int = 5):
        from datasketch import MinHash, MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._exact: dict[str, str] = {}  # body fingerprint -> first article id
        self._signatures: dict[str, tuple[str, str]] = {}  # id -> (fingerprint, hex hashvalues)
        self._seq: dict[str, int] = {}  # id -> insertion number
        self._next = 0
        self._permutations = MinHash(num_perm=num_perm, hashfunc=_crc32).permutations

    def _minhash(self, tokens: list[str]):
        from datasketch import MinHash

        n = self.shingle
        shingles = {" ".join(tokens[i : i + n]).encode("utf-8") for i in range(max(1, len(tokens) - n + 1))}
        mh = MinHash(num_perm=self.num_perm, hashfunc=_crc32, permutations=self._permutations, scheme="affine32")
        mh.update_batch(list(shingles))
        return mh

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
        mh = self._minhash(tokens)
        original = None
        hits = self._lsh.query(mh)
        if hits:
            original = min(hits, key=lambda h: self._seq.get(h, 0))  # the earliest copy is the original
        if article_id not in self._signatures:
            self._lsh.insert(article_id, mh)
            self._exact.setdefault(fingerprint, article_id)
            self._next += 1
            self._seq[article_id] = self._next
            self._signatures[article_id] = (fingerprint, mh.hashvalues.astype(np.uint64).tobytes().hex())
        return original

    def remove(self, article_ids) -> None:
        for article_id in article_ids:
            entry = self._signatures.pop(article_id, None)
            if entry is None:
                continue
            fingerprint, hexvalues = entry
            self._seq.pop(article_id, None)
            if self._exact.get(fingerprint) == article_id:
                del self._exact[fingerprint]
            if hexvalues:
                self._lsh.remove(article_id)

    def state(self) -> dict:
        return {"signatures": {k: list(v) for k, v in self._signatures.items()}}

    def restore(self, state: dict) -> None:
        from datasketch import MinHash

        for article_id, (fingerprint, hexvalues) in (state or {}).get("signatures", {}).items():
            self._signatures[article_id] = (fingerprint, hexvalues)
            self._next += 1
            self._seq[article_id] = self._next
            self._exact.setdefault(fingerprint, article_id)
            if hexvalues:
                values = np.frombuffer(bytes.fromhex(hexvalues), dtype=np.uint64)
                self._lsh.insert(article_id, MinHash(num_perm=self.num_perm, hashfunc=_crc32, hashvalues=values,
                                                         permutations=self._permutations, scheme="affine32"))

