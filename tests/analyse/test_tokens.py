"""Tokens for entity finding: kinds, offsets, folded forms, line breaks."""

from __future__ import annotations

from khabar.analyse.tokens import forget_tokens, remember_tokens, span_text, tokenize, tokens_of, unbroken


def test_kinds_offsets_and_folded_forms():
    text = "मॉस्को में Kim Jong-un, 12.09.2023"
    toks = tokenize(text)
    assert [(t.text, t.kind) for t in toks] == [
        ("मॉस्को", "dev"), ("में", "dev"), ("Kim", "lat"), ("Jong-un", "lat"), (",", "punct"), ("12.09.2023", "num"),
    ]
    for t in toks:
        assert text[t.start : t.end] == t.text
    assert toks[0].norm == "मास्को"  # ॉ folds to ा, so both spellings match
    assert toks[2].norm == "kim"


def test_line_breaks_are_carried_by_the_next_token():
    toks = tokenize("रूस\nचीन भारत")
    assert [t.newline_before for t in toks] == [False, True, False]
    assert not unbroken(toks, 0, 2)
    assert unbroken(toks, 1, 3)
    assert span_text(toks, 1, 3) == "चीन भारत"


def test_remembered_tokens_are_reused_only_for_the_same_string():
    body = "प्रवक्ता ने कहा"
    toks = tokenize(body)
    remember_tokens(body, toks)
    assert tokens_of(body) is toks
    copy = "".join(list(body))  # equal text, another object
    assert tokens_of(copy) is not toks
    forget_tokens()
    assert tokens_of(body) is not toks


def test_bad_input():
    assert tokenize("") == []
    assert [t.kind for t in tokenize("\x00 \u200b")] == ["punct", "punct"]


def test_possessives_split_off_and_ampersand_names_hold():
    texts = [t.text for t in tokenize("Trump's aide, O'Brien's car, PG&E and AT&T, rock & roll")]
    assert texts[:3] == ["Trump", "'", "s"]
    assert "O'Brien" in texts and "PG&E" in texts and "AT&T" in texts
    assert "&" in texts  # "rock & roll" is three tokens


def test_the_irish_o_stays_on_its_name_in_devanagari():
    # March 2020: "डेरेक ओ'ब्रायन" (Derek O'Brien) had been cut into डेरेक, ओ, ' and ब्रायन
    texts = [t.text for t in tokenize("टीएमसी सांसद डेरेक ओ'ब्रायन ने कहा 'कोरोना' से बचें")]
    assert "ओ'ब्रायन" in texts
    assert "कोरोना" in texts  # a quote mark around a word is no part of it
