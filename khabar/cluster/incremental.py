"""Incremental clustering against a store: load the clusterer's state, add, save.

The store is passed in (duck-typed: ``get_state``, ``set_state``,
``save_events`` and optionally ``transaction``), so this stage never imports a
later one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from khabar.cluster.config import ClusterConfig
from khabar.cluster.online import OnlineClusterer, publication_order
from khabar.records import Analysis

STATE_KEY = "cluster"


def cluster_incrementally(store, analyses: Sequence[Analysis], *, dense: bool = False,
                          config: ClusterConfig | None = None) -> list[str]:
    """Add new analyses to the stored clustering; returns the event id of each, in input order.

    Only the events that changed are written, with the new state, in one transaction.
    Ingesting in date order gives the same events as ``khabar cluster`` (a rebuild).
    """
    state = store.get_state(STATE_KEY)
    clusterer = OnlineClusterer(config, state=state or None, dense=dense)
    ordered = publication_order(analyses)
    joined = dict(zip((a.id for a in ordered), clusterer.add_all(ordered)))
    touched = set(joined.values())
    transaction = getattr(store, "transaction", None)
    with transaction() if transaction else contextlib.nullcontext():
        store.save_events([e for e in clusterer.events() if e.id in touched], replace=False)
        store.set_state(STATE_KEY, clusterer.state())
    return [joined[a.id] for a in analyses]
