"""Candidate retrieval: an inverted index from terms and entity keys to active events.

Posting lists are bounded (only the most recent events per term are kept) and
very common terms are never looked up, so the cost per article stays flat as the
stream grows. Events that go dormant are dropped from the postings.
"""

from __future__ import annotations

import heapq
from collections import defaultdict


class InvertedIndex:
    def __init__(self, max_posting: int = 400):
        self.max_posting = max_posting
        self._postings: dict[str, list[int]] = defaultdict(list)

    def add(self, event_seq: int, keys) -> None:
        """Index an event (by its creation number) under ``keys``; idempotent per key."""
        for key in keys:
            posting = self._postings[key]
            if posting and posting[-1] == event_seq:
                continue
            if event_seq in posting[-8:]:  # re-added recently: already there
                continue
            posting.append(event_seq)
            if len(posting) > self.max_posting:
                del posting[: len(posting) - self.max_posting]

    def candidates(self, weighted_keys, active, limit: int) -> list[int]:
        """Active events sharing the most weight with the query, best first (ties: older first)."""
        scores: dict[int, float] = defaultdict(float)
        for key, weight in weighted_keys:
            posting = self._postings.get(key)
            if not posting:
                continue
            for seq in posting:
                scores[seq] += weight
        # the best ``limit`` of often hundreds: a heap, not a full sort (keys are unique, same order)
        # (-score, seq) tuples: the order the key gave, compared in C
        best = heapq.nsmallest(limit, [(-score, seq) for seq, score in scores.items() if seq in active])
        return [seq for _, seq in best]

    def drop(self, dormant: set[int]) -> None:
        """Forget dormant events; empty postings go too."""
        for key in list(self._postings):
            posting = [seq for seq in self._postings[key] if seq not in dormant]
            if posting:
                self._postings[key] = posting
            else:
                del self._postings[key]

    def __len__(self) -> int:
        return sum(len(p) for p in self._postings.values())
