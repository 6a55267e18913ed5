"""The multi-article splitter: the exact rule the benchmarks' labels rely on."""

from __future__ import annotations

from khabar.sources import read_paths
from khabar.sources.text import date_from_name, is_headline_like, is_prose, split_articles

# Paragraphs of running text (a sentence end and at least 12 words), as in real reports.
P1 = "पहली खबर का पहला पैरा, जिसमें जिले में हुई बैठक और उसके फैसलों का पूरा ब्योरा दिया गया है।"
P2 = "दूसरी खबर का पैरा, जिसमें शहर के अस्पतालों में बढ़ती भीड़ और नई व्यवस्था का जिक्र है।"
P3 = "तीसरी खबर में बताया गया कि प्रशासन ने सभी दुकानों को शाम सात बजे तक खुला रखने का आदेश दिया।"
EN1 = "The district council met on Monday and agreed to reopen all the schools next week."
EN2 = "Officials said the new hospital wing would open to patients from the first of April."


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


def test_prose_blocks():
    assert is_prose(P1) and is_prose(EN1)
    assert not is_prose("पैरा एक।")  # too short to be running text
    assert not is_prose("शिव स्टोर 9997503858, फरीद स्टोर 9634300397, दयाशंकर जनरल स्टोर 9193995555 राम")


def test_split_rule_edge_cases():
    text = (
        "पहला शीर्षक\n\n"  # first block starts the first article
        f"{P1}\n\n"
        "दूसरा शीर्षक\n"
        "   \n"  # a whitespace-only line is blank
        "उप शीर्षक बिना विराम\n\n"  # headline-like but no body yet: joins as body
        f"{P2}\nउसी पैरा की दूसरी पंक्ति\n\n\n\n"  # many blank lines are one break
        "तीसरा शीर्षक\n\n"
        f"{P3}"
    )
    articles = split_articles(text)
    assert [a.split("\n\n")[0] for _, a in articles] == ["पहला शीर्षक", "दूसरा शीर्षक", "तीसरा शीर्षक"]
    assert articles[1][1] == f"दूसरा शीर्षक\n\nउप शीर्षक बिना विराम\n\n{P2}\nउसी पैरा की दूसरी पंक्ति"
    for offset, article in articles:
        headline = article.split("\n\n")[0]
        assert text[offset : offset + len(headline)] == headline


def test_first_block_need_not_be_headline_like():
    articles = split_articles(f"A sentence first.\n\nHeadline here\n\n{EN1}")
    assert [a for _, a in articles] == [f"A sentence first.\n\nHeadline here\n\n{EN1}"]


def test_pieces_without_prose_join_the_article_before_them():
    # A report followed by its table, split by sub-headings into one-line
    # pieces, and a trailing headline without any body: one article.
    table = "जिला अस्पताल क्षेत्र\n\nशिव स्टोर 9997503858, फरीद स्टोर 9634300397\n\nकोतवाली क्षेत्र\n\nराम स्टोर 98970812"
    text = f"राशन की दुकानें खुलीं\n\n{P1}\n\n{table}\n\nअगला शीर्षक\n\n{P2}\n\nअकेला शीर्षक"
    articles = split_articles(text)
    assert [a for _, a in articles] == [
        f"राशन की दुकानें खुलीं\n\n{P1}\n\n{table}",
        f"अगला शीर्षक\n\n{P2}\n\nअकेला शीर्षक",
    ]


def test_list_items_are_no_headlines():
    # Prabhat Khabar, 5 March 2020: a report's advice, one dash item a line; the
    # unpunctuated items had started one-line "articles" of their own.
    assert not is_headline_like("- प्रतिदिन सुबह नहा-धोकर ही कहीं भी जाए")
    assert not is_headline_like("• Wash your hands before meals")
    assert is_headline_like("-10 डिग्री में भी जारी रहा अभियान")  # a minus sign is no list mark
    items = "\n\n".join(["- अपने आसपास को रखें साफ-सूथरा", "- प्रतिदिन सुबह नहा-धोकर ही कहीं भी जाए",
                          "- " + P2, "- चिकित्सालय से फेस मास्क जरूर ले लें", "- " + P3])
    articles = split_articles(f"कोरोना से बचाव के उपाय\n\n{P1}\n\n{items}")
    assert len(articles) == 1, [a[:40] for _, a in articles]


def test_crlf_offsets_index_the_decoded_text():
    text = f"One\r\n\r\n{EN1}\r\nmore\r\n \r\nTwo\r\n\r\n{EN2}"
    articles = split_articles(text)
    assert [a for _, a in articles] == [f"One\n\n{EN1}\nmore", f"Two\n\n{EN2}"]
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
    text = f"पहला शीर्षक\n\n{P1}\n\nदूसरा शीर्षक\n\n{P2}\n"
    path = folder / "AU-2020-MAR-02.txt"
    path.write_text(text, encoding="utf-8")
    docs = list(read_paths([tmp_path], multi_article=True))
    assert [d.id for d in docs] == ["AU-2020-MAR-02-001", "AU-2020-MAR-02-002"]
    assert docs[1].text == f"दूसरा शीर्षक\n\n{P2}"
    assert docs[1].origin.offset == text.index("दूसरा")
    assert docs[1].origin.path == str(path)
    assert docs[0].meta == {"published": "2020-03-02", "outlet": "Amar Ujala"}
    # Without the flag the same file is one article.
    [whole] = read_paths([path])
    assert whole.id == "AU-2020-MAR-02" and whole.text == text


# Headlines of 9+ words, as report headlines run (shorter lines may be sub-headings).
HEAD1 = "जिले में बैठक के बाद प्रशासन ने लिए कई फैसले"
HEAD2 = "शहर के अस्पतालों में बढ़ी भीड़, बनाई गई नई व्यवस्था"


def _second_article_starts_at_head2(text: str) -> str:
    """The text splits into two articles, the second from HEAD2's offset; its text."""
    pieces = split_articles(text)
    assert [t.split("\n")[0] for _, t in pieces] == [HEAD1, HEAD2]
    assert pieces[1][0] == text.index(HEAD2)  # the offset is the headline's
    return pieces[1][1]


def test_a_headline_run_into_the_previous_paragraph_starts_an_article():
    # Some day-files put the next headline on the line right after a paragraph.
    second = _second_article_starts_at_head2(f"{HEAD1}\n{P1}\n{HEAD2}\n{P2}\n")
    assert P2 in second and P1 not in second
    # A short sub-heading between two paragraphs stays inside its article.
    assert len(split_articles(f"{HEAD1}\n{P1}\nनई व्यवस्था लागू\n{P2}\n")) == 1


def test_a_headline_right_above_its_body_starts_an_article():
    # After a blank line, a headline on the line right above its paragraph.
    second = _second_article_starts_at_head2(f"{HEAD1}\n\n{P1}\n \n{HEAD2}\n{P2}\n\n{P3}\n")
    assert second == f"{HEAD2}\n\n{P2}\n\n{P3}"
    # A short sub-heading above a paragraph stays inside its article, and a
    # headline above its body with no body before it is the first article's.
    assert len(split_articles(f"{HEAD1}\n\n{P1}\n\nनई व्यवस्था लागू\n{P2}\n")) == 1
    assert len(split_articles(f"{HEAD2}\n{P2}\n\n{P3}\n")) == 1
