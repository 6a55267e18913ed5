"""Lone surrogates and non-UTF-8 file names (QA: one "\\ud800" in a JSONL title
crashed extract and digest, and ingest stored nothing of the whole batch).

Every string a reader hands on must be writable as UTF-8: text keeps its
place with U+FFFD, names show their undecodable bytes escaped.
"""

from __future__ import annotations

import json
import os

from khabar.records import RawDocument, ReadError, to_jsonable
from khabar.sources import read_paths


def writable(result) -> bool:
    """Whether ``result`` serialises to UTF-8 as the extract command writes it."""
    try:
        json.dumps(to_jsonable(result), ensure_ascii=False).encode("utf-8")
        str(result).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def test_lone_surrogate_in_jsonl_is_replaced_and_the_rest_read(tmp_path):
    path = tmp_path / "surrogate.jsonl"
    path.write_text(
        '{"id": "sur", "title": "t\\ud800", "body": "हिंदी \\udfff पाठ।", "tags": ["x\\ud83d"]}\n'
        + json.dumps({"id": "good", "text": "A second article."}) + "\n",
        encoding="utf-8",
    )
    docs = list(read_paths([path]))
    assert [d.id for d in docs] == ["sur", "good"]
    first = docs[0]
    assert first.text == "हिंदी \ufffd पाठ।"
    assert first.meta["title"] == "t\ufffd" and first.meta["tags"] == ["x\ufffd"]
    assert all(writable(d) for d in docs)


def test_non_utf8_file_name_is_shown_escaped(tmp_path):
    name = os.fsdecode(b"bad\xffname.txt")  # U+DCFF in the str, as os.listdir gives it
    (tmp_path / name).write_text("An article in a file with a Latin-1 name.", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Another article.", encoding="utf-8")
    docs = list(read_paths([tmp_path]))
    assert sorted(d.id for d in docs) == ["bad\\xffname", "good"]
    escaped = next(d for d in docs if d.id == "bad\\xffname")
    assert escaped.origin.path == str(tmp_path / "bad\\xffname.txt")
    assert all(writable(d) for d in docs)


def test_error_for_a_badly_named_file_is_one_writable_line(tmp_path):
    name = os.fsdecode(b"empty\xfe\nfake: line.txt")
    (tmp_path / name).write_bytes(b"")
    [error] = list(read_paths([tmp_path / name]))
    assert isinstance(error, ReadError) and writable(error)
    assert "\n" not in str(error) and str(error).endswith(": empty file")
    assert error.source == str(tmp_path / "empty\\xfe\\nfake: line.txt")
    assert not isinstance(error, RawDocument)
