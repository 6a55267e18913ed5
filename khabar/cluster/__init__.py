"""Event clustering: group analysed articles into real-world events, online and incrementally.

``cluster_analyses`` clusters a batch from scratch; ``OnlineClusterer`` takes
articles one at a time and snapshots its state; ``cluster_incrementally`` does
load-add-save against a store for ``khabar ingest``.
"""

from __future__ import annotations

from khabar.cluster.config import ClusterConfig
from khabar.cluster.incremental import cluster_incrementally
from khabar.cluster.online import OnlineClusterer, cluster_analyses, publication_order

__all__ = ["ClusterConfig", "OnlineClusterer", "cluster_analyses", "cluster_incrementally", "publication_order"]
