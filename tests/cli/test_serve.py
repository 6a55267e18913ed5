"""`khabar serve` as a command: refuses a missing database or bad port; serves a real store."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import urllib.request

from khabar.cli.ingest import ingest_paths
from khabar.cli.main import main
from khabar.store import Store

TIMEOUT = 30


def test_missing_database_is_refused_not_created(tmp_path, capsys):
    db = tmp_path / "absent.sqlite3"
    assert main(["serve", "--db", str(db), "--port", "0"]) == 2
    assert "no database at" in capsys.readouterr().err
    assert not db.exists()


def test_bad_port_is_refused(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "x.sqlite3"), "--port", "70000"]) == 2
    assert "--port" in capsys.readouterr().err


def test_serves_the_store_until_stopped(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "n1", "title": "बाढ़ से राहत", "text": "असम में बाढ़ के बाद राहत शिविर खोले गए।"},
                   ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "k.sqlite3"
    with Store(db) as store:
        assert ingest_paths(store, [source]).added == ["n1"]
    process = subprocess.Popen(
        [sys.executable, "-m", "khabar.cli.main", "serve", "--db", str(db), "--port", "0", "-q"],
        stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        line = process.stderr.readline()  # "khabar: serving DB at http://127.0.0.1:PORT/ ..."
        url = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert url, line
        with urllib.request.urlopen(url.group() + "api/articles/n1", timeout=TIMEOUT) as response:
            article = json.load(response)
        assert article["title"] == "बाढ़ से राहत" and article["event_id"]
    finally:
        process.terminate()
        process.wait(TIMEOUT)
        process.stderr.close()


def test_another_programs_database_is_refused_not_served(tmp_path):
    # QA: an SQLite file with an articles table of its own was served, and every page was a 500
    import sqlite3

    db = tmp_path / "other.sqlite3"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE articles (x)")
    connection.close()
    from khabar.web.app import make_server

    try:
        make_server(db, port=0).server_close()  # opened: the serve command would serve it for ever
    except sqlite3.DatabaseError as exc:
        assert str(exc) == "not a khabar store (it has no articles_fts table)"
    else:
        raise AssertionError("served another program's database")
