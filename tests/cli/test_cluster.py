"""``khabar cluster`` and ``khabar events`` over a store, and incremental clustering for ingest."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from khabar.cli.cluster import cluster_incrementally
from khabar.cli.main import main
from khabar.records import Analysis, Article, Origin, to_jsonable
from khabar.store import Store

IST = timezone(timedelta(hours=5, minutes=30))

OTHER = [
    ("cricket", "एशिया कप: भारत ने श्रीलंका को 41 रन से हराकर फाइनल में जगह बनाई",
     "कोलंबो। कुलदीप यादव की शानदार गेंदबाजी के दम पर भारत ने श्रीलंका को 41 रन से हरा दिया। कप्तान रोहित "
     "शर्मा ने अर्धशतक लगाया और भारत ने फाइनल में प्रवेश कर लिया।"),
    ("markets", "सेंसेक्स पहली बार 67 हजार के पार, निफ्टी ने भी बनाया नया रिकॉर्ड",
     "मुंबई। शेयर बाजार में तेजी जारी रही और सेंसेक्स पहली बार 67 हजार अंक के ऊपर बंद हुआ। विदेशी निवेशकों "
     "की खरीदारी से बाजार को सहारा मिला।"),
]


@pytest.fixture()
def analyses(seed_analyses):
    extra = [
        Analysis(article=Article(id=aid, source=aid, origin=Origin(kind="text"), title=title, body=body,
                                 published=datetime(2023, 9, 12, 18, tzinfo=IST), outlet="परीक्षण", language="hi"))
        for aid, title, body in OTHER
    ]
    return list(seed_analyses.values()) + extra


def fill(path, analyses):
    with Store(path) as store:
        result = store.add_articles(a.article for a in analyses)
        assert not result.renamed and not result.duplicates
        store.save_analyses(analyses)


def test_cluster_then_events_json(tmp_path, analyses, capsys):
    db = tmp_path / "k.sqlite3"
    fill(db, analyses)
    assert main(["cluster", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 3
    biggest = rows[0]
    assert biggest["size"] == 5 and len(biggest["article_ids"]) == 5
    assert all(aid[:3].isdigit() for aid in biggest["article_ids"])  # the five seeds
    assert biggest["first_seen"].startswith("2023-09-12")
    assert main(["events", "--db", str(db)]) == 0
    table = capsys.readouterr().out
    assert biggest["id"] in table and biggest["title"].split()[0] in table


def test_incremental_ingest_equals_rebuild(tmp_path, analyses):
    from khabar.cluster import publication_order

    ordered = publication_order(analyses)
    db = tmp_path / "k.sqlite3"
    fill(db, ordered)
    with Store(db) as store:
        first = cluster_incrementally(store, ordered[:3])
        second = cluster_incrementally(store, ordered[3:])
        incremental = to_jsonable(store.load_events())
        assert set(first + second) == {e["id"] for e in incremental}
    assert main(["cluster", "--db", str(db)]) == 0
    with Store(db) as store:
        rebuilt = to_jsonable(store.load_events())
    key = lambda e: e["id"]  # noqa: E731
    assert sorted(incremental, key=key) == sorted(rebuilt, key=key)


def test_events_without_a_database(tmp_path, capsys):
    assert main(["events", "--db", str(tmp_path / "missing.sqlite3")]) == 1
    assert "no database" in capsys.readouterr().err


def test_events_limit_out_of_range_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as usage:
        main(["events", "--db", str(tmp_path / "k.db"), "--limit", "-1"])
    assert usage.value.code == 2
    assert "argument --limit/-n: must be at least 0, not -1" in capsys.readouterr().err


@pytest.mark.parametrize("content, said", [
    (None, "cannot read: No such file or directory"),
    ("{join_threshold: 0.5}", "not valid JSON"),
    ("[0.5]", "expected a JSON object of settings, found an array"),
    (b"\xff\xfe\x00binary", "not a text file"),
    ('{"nonexistent_key": 5}', "unknown setting 'nonexistent_key'"),
    ('{"join_threshold": "abc"}', 'join_threshold must be a number, not a string "abc"'),  # QA: a TypeError traceback
    ('{"join_threshold": null}', "join_threshold must be a number, not null"),
    ('{"dup_perm": 6.5}', "dup_perm must be a whole number"),
    ("folder", "a folder, not a settings file"),
])
def test_a_bad_config_file_is_one_line_naming_it(tmp_path, capsys, content, said):
    # QA: each of these had been ignored (defaults used, exit 0) or ended in a traceback
    config = tmp_path / "config.json"
    if content == "folder":
        config.mkdir()
    elif isinstance(content, bytes):
        config.write_bytes(content)
    elif content is not None:
        config.write_text(content, encoding="utf-8")
    with Store(tmp_path / "k.db"):
        pass
    assert main(["cluster", "--db", str(tmp_path / "k.db"), "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert err == f"khabar cluster: {config}: {said}" + err.split(said, 1)[1] and len(err.splitlines()) == 1


def test_a_good_config_file_is_used(tmp_path, capsys):
    from khabar.cluster import ClusterConfig

    config = tmp_path / "config.json"
    config.write_text('{"join_threshold": 1, "tally_part_foreign": false, "_note": "why"}', encoding="utf-8")
    loaded = ClusterConfig.load(config)
    assert loaded.join_threshold == 1 and loaded.tally_part_foreign is False
