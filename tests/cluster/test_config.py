"""The packaged clustering settings: present, known keys only, overridable."""

from __future__ import annotations

import dataclasses
import json

from khabar.cluster.config import DEFAULT_FILE, ClusterConfig


def test_packaged_file_sets_only_known_settings():
    data = json.loads(DEFAULT_FILE.read_text(encoding="utf-8"))
    names = {f.name for f in dataclasses.fields(ClusterConfig)}
    settings = {k for k in data if not k.startswith("_")}
    assert settings and settings <= names
    loaded = ClusterConfig.load()
    assert all(getattr(loaded, k) == data[k] for k in settings)


def test_overrides_from_dict_and_file(tmp_path):
    assert ClusterConfig.load({"join_threshold": 0.9}).join_threshold == 0.9
    path = tmp_path / "c.json"
    path.write_text('{"dormant_after_days": 2, "_note": "notes are not settings"}', encoding="utf-8")
    config = ClusterConfig.load(path)
    assert config.dormant_after_days == 2 and config.w_text == ClusterConfig().w_text


def test_a_file_that_cannot_be_used_is_an_error_not_the_defaults(tmp_path):
    # QA: a broken file or an unknown key had quietly given the defaults
    import pytest

    from khabar.cluster.config import ConfigError

    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="broken.json: not valid JSON"):
        ClusterConfig.load(broken)
    unknown = tmp_path / "unknown.json"
    unknown.write_text('{"dormant_after_days": 2, "unknown": 1}', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting 'unknown'"):
        ClusterConfig.load(unknown)
