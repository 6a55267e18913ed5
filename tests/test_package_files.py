"""Files inside installed packages, located without importing the package."""

from __future__ import annotations

import sys

from khabar.package_files import package_file


def test_a_packaged_file_is_found_without_importing_its_package():
    imported_before = "justext" in sys.modules
    path = package_file("justext", "stoplists", "Hindi.txt")
    assert path is not None and path.read_text("utf-8").strip()
    assert ("justext" in sys.modules) == imported_before  # locating it ran nothing


def test_a_missing_package_or_file_is_none():
    assert package_file("no_such_package_khabar", "x.txt") is None
    assert package_file("justext", "stoplists", "Klingon.txt") is None
