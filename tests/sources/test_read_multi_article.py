"""The multi-article splitter: the exact rule the benchmarks' labels rely on."""

from __future__ import annotations

from khabar.sources import read_paths
from khabar.sources.text import date_from_name, is_headline_like, split_articles


def test_headline_like_blocks():
    assert is_headline_like("कोरोना से दो और मौतें")
    assert is_headline_like("Kim arrives in Russia by train")
    assert not is_headline_like("यह एक वाक्य है।")
    assert not is_headline_like("It ended.")
    assert not is_headline_like("Who is next?")
    assert not is_headline_like("उन्होंने कहा:")
    assert not is_headline_like("खेल समाचार |")
    assert is_headline_like("Score: 3")  # ":" only counts at the end
    assert not is_headline_like('He said "stop."')  # punctuation then closing quote
    assert not is_headline_like("उन्होंने कहा, 'रुको।’")
    assert not is_headline_like("line one\nline two")  # two lines are a paragraph
    assert not is_headline_like("x" * 251)
    assert is_headline_like("x" * 250)


def test_split_rule_edge_cases():
    text = (
        "पहला शीर्षक\n\n"  # first block starts the first article
        "पहली खबर का पहला पैरा।\n\n"
        "दूसरा शीर्षक\n"
        "   \n"  # a whitespace-only line is blank
        "उप शीर्षक बिना विराम\n\n"  # headline-like but no body yet: joins as body
        "दूसरी खबर का पैरा।\nउसी पैरा की दूसरी पंक्ति\n\n\n\n"  # many blank lines are one break
        "तीसरा शीर्षक\n\n"
        "तीसरी खबर।"
    )
    articles = split_articles(text)
    assert [a.split("\n\n")[0] for _, a in articles] == ["पहला शीर्षक", "दूसरा शीर्षक", "तीसरा शीर्षक"]
    assert articles[1][1] == (
        "दूसरा शीर्षक\n\nउप शीर्षक बिना विराम\n\nदूसरी खबर का पैरा।\nउसी पैरा की दूसरी पंक्ति"
    )
    for offset, article in articles:
        headline = article.split("\n\n")[0]
        assert text[offset : offset + len(headline)] == headline


def test_first_block_need_not_be_headline_like():
    articles = split_articles("A sentence first.\n\nHeadline here\n\nBody.")
    assert [a for _, a in articles] == ["A sentence first.\n\nHeadline here\n\nBody."]


def test_trailing_headline_without_body_still_an_article():
    articles = split_articles("One\n\nBody one.\n\nTwo")
    assert [a for _, a in articles] == ["One\n\nBody one.", "Two"]


def test_crlf_offsets_index_the_decoded_text():
    text = "One\r\n\r\nBody one.\r\nmore\r\n \r\nTwo\r\n\r\nBody two."
    articles = split_articles(text)
    assert [a for _, a in articles] == ["One\n\nBody one.\nmore", "Two\n\nBody two."]
    assert text[articles[1][0] :].startswith("Two")


def test_file_name_dates():
    assert date_from_name("AU-2020-MAR-01.txt") == "2020-03-01"
    assert date_from_name("paper_2020-03-07.txt") == "2020-03-07"
    assert date_from_name("20200311-dump.txt") == "2020-03-11"
    assert date_from_name("000_1940a4f6f138b0ba.txt") is None
    assert date_from_name("2020-13-45.txt") is None
    assert date_from_name("id-120200301.txt") is None  # inside a longer number


def test_reader_ids_offsets_and_meta(tmp_path):
    folder = tmp_path / "Amar-Ujala"
    folder.mkdir()
    text = "पहला शीर्षक\n\nपैरा एक।\n\nदूसरा शीर्षक\n\nपैरा दो।\n"
    path = folder / "AU-2020-MAR-02.txt"
    path.write_text(text, encoding="utf-8")
    docs = list(read_paths([tmp_path], multi_article=True))
    assert [d.id for d in docs] == ["AU-2020-MAR-02-001", "AU-2020-MAR-02-002"]
    assert docs[1].text == "दूसरा शीर्षक\n\nपैरा दो।"
    assert docs[1].origin.offset == text.index("दूसरा")
    assert docs[1].origin.path == str(path)
    assert docs[0].meta == {"published": "2020-03-02", "outlet": "Amar Ujala"}
    # Without the flag the same file is one article.
    [whole] = read_paths([path])
    assert whole.id == "AU-2020-MAR-02" and whole.text == text
