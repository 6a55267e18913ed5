"""JSONL reader: field aliases, ids, unknown fields kept, one article per line."""

from __future__ import annotations

import json

from khabar.records import RawDocument, ReadError
from khabar.sources import read_paths


def write_lines(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_fields_ids_and_extra(tmp_path):
    path = tmp_path / "dump.jsonl"
    write_lines(
        path,
        [
            {"id": "n-1", "url": "https://e.org/1", "title": "शीर्षक", "text": "पाठ।", "published": "2023-09-12",
             "outlet": "आउटलेट", "author": "लेखक", "language": "hi", "section": "world"},
            {"title": "Second", "body": "Body two.", "date": "2023-09-13T10:00:00Z", "source": "Wire"},
            {"content": "Third body.", "tags": ["a", "b"]},
            {"html": "<html><body><p>Fourth</p></body></html>", "id": 17},
        ],
    )
    docs = list(read_paths([path]))
    assert [d.id for d in docs] == ["n-1", "dump-2", "dump-3", "17"]
    first, second, third, fourth = docs
    assert first.text == "पाठ।" and first.origin.line == 1 and first.origin.url == "https://e.org/1"
    assert first.meta == {"title": "शीर्षक", "url": "https://e.org/1", "published": "2023-09-12",
                          "outlet": "आउटलेट", "author": "लेखक", "language": "hi", "section": "world"}
    assert second.text == "Body two." and second.meta["published"] == "2023-09-13T10:00:00Z"
    assert second.meta["outlet"] == "Wire" and second.origin.line == 2
    assert third.meta == {"tags": ["a", "b"]}
    assert fourth.html.startswith("<html>") and fourth.text is None
    assert all(d.origin.kind == "jsonl" and d.origin.path == str(path) for d in docs)


def test_duplicate_record_ids_are_made_unique(tmp_path):
    path = tmp_path / "dup.ndjson"
    write_lines(path, [{"id": "x", "text": "one"}, {"id": "x", "text": "two"}])
    assert [d.id for d in read_paths([path])] == ["x", "x-2"]


def test_json_array_file_and_blank_lines(tmp_path):
    array = tmp_path / "arr.json"
    array.write_text(json.dumps([{"text": "a"}, {"text": "b"}]))
    lines = tmp_path / "gaps.jsonl"
    lines.write_text('{"text": "a"}\n\n   \n{"text": "b"}\n')
    docs = list(read_paths([array, lines]))
    assert [d.id for d in docs] == ["arr-1", "arr-2", "gaps-1", "gaps-4"]


def test_record_without_text_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "notext.jsonl"
    write_lines(path, [{"title": "only a title"}, {"text": "fine"}, [1, 2]])
    results = list(read_paths([path]))
    assert isinstance(results[0], ReadError) and results[0].source == f"{path}:1"
    assert "no article text" in results[0].message
    assert isinstance(results[1], RawDocument)
    assert isinstance(results[2], ReadError) and "JSON object" in results[2].message


def test_json_lines_whose_first_line_is_an_array_are_read_line_by_line(tmp_path):
    # The file opens with "[", yet it is JSON lines: each line is reported on its own,
    # and the good records after the bad ones are still read.
    path = tmp_path / "odd.jsonl"
    path.write_text('[1, 2]\n"word"\nnull\n{"text": "पाठ।"}\n', encoding="utf-8")
    results = list(read_paths([path]))
    errors = [r for r in results if isinstance(r, ReadError)]
    assert [e.source for e in errors] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert [e.message for e in errors] == ["expected a JSON object, found an array",
                                           "expected a JSON object, found a string",
                                           "expected a JSON object, found null"]
    assert [d.text for d in results if isinstance(d, RawDocument)] == ["पाठ।"]


def test_broken_json_array_file_is_one_error(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('[{"text": "a"},\n{"text": ', encoding="utf-8")
    results = list(read_paths([path]))
    assert len(results) == 1 and isinstance(results[0], ReadError)
    assert results[0].message.startswith("malformed JSON")


def test_jsonl_with_a_first_line_over_4_kb_is_sniffed_without_extension(tmp_path, monkeypatch):
    # QA's jl/noext_dump: the sniffer saw only the first 4 KB of a 6 KB first
    # line, could not parse it, and read the whole dump as one plain text.
    import io
    import sys

    lines = [{"id": "long", "text": "लंबा पाठ। " * 600}, {"id": "short", "text": "Second."}]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines).encode()
    assert data.index(b"\n") > 4096
    path = tmp_path / "dump"
    path.write_bytes(data)
    assert [d.id for d in read_paths([path])] == ["long", "short"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    piped = list(read_paths(["-"]))
    assert [d.id for d in piped] == ["long", "short"] and piped[0].origin.path == "<stdin>"
