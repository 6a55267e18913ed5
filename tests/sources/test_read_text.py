"""Plain-text reader: encodings, ids, folders."""

from __future__ import annotations

from khabar.records import RawDocument, ReadError
from khabar.sources import read_paths

HINDI = "उत्तर कोरिया के नेता किम जोंग उन ट्रेन से रूस पहुंचे।\n\nपुतिन से मुलाकात होगी।\n"


def read_all(*paths, **kwargs):
    return list(read_paths(list(paths), **kwargs))


def test_utf8_file_id_is_stem_and_origin_is_path(tmp_path):
    path = tmp_path / "000_1940a4f6f138b0ba.txt"
    path.write_text(HINDI, encoding="utf-8")
    [doc] = read_all(path)
    assert isinstance(doc, RawDocument)
    assert doc.id == "000_1940a4f6f138b0ba"
    assert doc.text == HINDI and doc.html is None
    assert doc.origin.kind == "text" and doc.origin.path == str(path)


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + HINDI.encode())
    [doc] = read_all(path)
    assert doc.text == HINDI


def test_utf16_with_and_without_bom(tmp_path):
    (tmp_path / "a.txt").write_bytes(HINDI.encode("utf-16"))
    (tmp_path / "b.txt").write_bytes(HINDI.encode("utf-16-le"))
    (tmp_path / "c.txt").write_bytes("An English report, in UTF-16 big-endian.".encode("utf-16-be"))
    docs = read_all(tmp_path)
    assert [d.id for d in docs] == ["a", "b", "c"]
    assert docs[0].text == HINDI and docs[1].text == HINDI
    assert docs[2].text == "An English report, in UTF-16 big-endian."


def test_legacy_8bit_cp1252(tmp_path):
    text = "Café owners in Zürich said the naïve “plan” had failed – again."
    (tmp_path / "old.txt").write_bytes(text.encode("cp1252"))
    [doc] = read_all(tmp_path / "old.txt")
    assert doc.text == text


def test_latin1_file(tmp_path):
    text = "São Paulo: the façade of the old théâtre was rebuilt in 1998, officials said."
    (tmp_path / "old.txt").write_bytes(text.encode("latin-1"))
    [doc] = read_all(tmp_path / "old.txt")
    assert doc.text == text


def test_folder_is_recursed_sorted_and_hidden_files_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two two two")
    (tmp_path / "1.txt").write_text("one one one")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / ".git" / "x.txt").write_text("hidden too")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # not a news format: skipped
    ids = [d.id for d in read_all(tmp_path)]
    assert ids == ["1", "2"]


def test_same_stem_twice_gets_suffixes(tmp_path):
    for folder in ("x", "y", "z"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"story from {folder}")
    ids = [d.id for d in read_all(tmp_path)]
    assert ids == ["story", "story-2", "story-3"]


def test_seed_examples_read_as_five_documents(seeds_dir):
    docs = read_all(seeds_dir)
    assert len(docs) == 5
    assert all(isinstance(d, RawDocument) and d.text.strip() for d in docs)
    assert not any(isinstance(d, ReadError) for d in docs)


def test_dash_reads_stdin_and_sniffs_jsonl(monkeypatch):
    import io
    import sys

    data = b'{"id": "s1", "text": "from a pipe"}\n{broken\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    doc, error = read_all("-")
    assert doc.id == "s1" and doc.text == "from a pipe" and doc.origin.path == "<stdin>"
    assert isinstance(error, ReadError) and error.source == "<stdin>:2"


def test_dash_reads_stdin_as_text(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(HINDI.encode("utf-16"))))
    [doc] = read_all("-")
    assert doc.id == "stdin" and doc.text == HINDI


def test_cr_only_line_endings_are_lines(tmp_path):
    # QA's txt/cronly.txt: with bare CRs the headline ran into the body and was lost.
    path = tmp_path / "cronly.txt"
    path.write_bytes("शीर्षक CR\r\rपहला पैराग्राफ।\rदूसरी पंक्ति।\r\nCRLF पंक्ति।".encode())
    [doc] = read_paths([path])
    assert doc.text == "शीर्षक CR\n\nपहला पैराग्राफ।\nदूसरी पंक्ति।\r\nCRLF पंक्ति।"
    [multi, *_] = read_paths([path], multi_article=True)
    assert multi.text.startswith("शीर्षक CR\n\n")
