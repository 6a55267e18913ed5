"""Sentence splitting: Hindi and English punctuation, abbreviations, numbers, offsets."""

from __future__ import annotations

from khabar.analyse.sentences import split_sentences


def texts(text, language=None):
    return [s.text for s in split_sentences(text, language)]


def test_danda_splits_even_without_a_space():
    assert texts("दोनों नेता मुलाकात करेंगे।अमेरिकी अधिकारियों ने कहा। ठीक है॥ आगे") == [
        "दोनों नेता मुलाकात करेंगे।",
        "अमेरिकी अधिकारियों ने कहा।",
        "ठीक है॥",
        "आगे",
    ]


def test_urdu_full_stop_and_question_mark_split():
    assert texts("بارش سے پانی بھر گیا۔ کیا اسکول بند رہیں گے؟ حکام نے کہا۔") == [
        "بارش سے پانی بھر گیا۔",
        "کیا اسکول بند رہیں گے؟",
        "حکام نے کہا۔",
    ]


def test_hindi_full_stop_question_and_exclamation():
    assert texts("रूस जा सकते हैं. जहां चर्चा होगी. क्या वह जाएंगे? हां!") == [
        "रूस जा सकते हैं.",
        "जहां चर्चा होगी.",
        "क्या वह जाएंगे?",
        "हां!",
    ]


def test_a_dot_after_a_quote_or_a_space_splits_run_together_hindi():
    # BBC Hindi's text runs paragraphs together: "'साइकिल किक'.दर्शक", "त्याग दे .बीबीसी"
    assert texts("दो फ़िल्में हैं 'लव एक्सप्रेस' और 'साइकिल किक'.दर्शक इनमें से एक देखें.") == [
        "दो फ़िल्में हैं 'लव एक्सप्रेस' और 'साइकिल किक'.",
        "दर्शक इनमें से एक देखें.",
    ]
    assert texts("सेंसर यह विचार त्याग दे .बीबीसी से प्रवक्ता ने कहा.") == [
        "सेंसर यह विचार त्याग दे .",
        "बीबीसी से प्रवक्ता ने कहा.",
    ]


def test_hindi_short_names_and_spelt_initials_do_not_split():
    # March 2020 (Prabhat Khabar): "मो." is Mohammad; initials are spelt as letter names
    assert texts("हजरतगंज बाड़ा निवासी मो. जुबराशी ठेला चालक है. सोमवार की शाम उसकी पुत्री बीमार हुई.") == [
        "हजरतगंज बाड़ा निवासी मो. जुबराशी ठेला चालक है.",
        "सोमवार की शाम उसकी पुत्री बीमार हुई.",
    ]
    assert texts("एसपी आर. के. सिंह ने जांच की. चेयरमैन वी.के. यादव आए.उन्होंने मुलाकात की. धन्यवाद मोदी जी. आगे") == [
        "एसपी आर. के. सिंह ने जांच की.",
        "चेयरमैन वी.के. यादव आए.",
        "उन्होंने मुलाकात की.",
        "धन्यवाद मोदी जी.",
        "आगे",
    ]
    # "ओ." is the letter O: a port in a list, March 2020 (Navbharat Times)
    assert texts("कामराजार, वी. ओ. चिदम्बरनार, विशाखापट्टनम और पारादीप बड़े बंदरगाह हैं । इनसे माल आता है ।") == [
        "कामराजार, वी. ओ. चिदम्बरनार, विशाखापट्टनम और पारादीप बड़े बंदरगाह हैं ।",
        "इनसे माल आता है ।",
    ]


def test_abbreviations_and_numbers_do_not_split():
    assert texts("डॉ. राम ने कहा कि 2.5 करोड़ और 1,000 लोग आए। प्रो. शर्मा सहमत थे।") == [
        "डॉ. राम ने कहा कि 2.5 करोड़ और 1,000 लोग आए।",
        "प्रो. शर्मा सहमत थे।",
    ]
    assert texts("Dr. Smith flew to the U.S. on Monday. It cost $2.5 million.") == [
        "Dr. Smith flew to the U.S. on Monday.",
        "It cost $2.5 million.",
    ]


def test_english_sentences_run_together_split_at_a_capitalised_word():
    # AEB (a page's markup had stood between them): three sentences reached a summary as one
    assert texts("Kan reported on Wednesday.The stabbing occurred at a clinic. He was 59.It was late.", "en") == [
        "Kan reported on Wednesday.", "The stabbing occurred at a clinic.", "He was 59.", "It was late.",
    ]
    # an initialism, an abbreviation, a domain name, a caption's credit stay whole
    assert texts("It shocked the U.S.Army and Dr.Smith said so. See Amazon.com now.", "en") == [
        "It shocked the U.S.Army and Dr.Smith said so.", "See Amazon.com now.",
    ]
    assert texts("The WeWork logo is displayed outside a co-working space in New York.Reuters", "en") == [
        "The WeWork logo is displayed outside a co-working space in New York.Reuters",
    ]


def test_a_bracketed_question_goes_on_with_its_sentence():
    # AEB: "(you DID download the quiz, right?)" had ended a sentence, its tail a summary line
    assert texts("Now you know your stage (you DID download the quiz, right?), you can act. Go.", "en") == [
        "Now you know your stage (you DID download the quiz, right?), you can act.", "Go.",
    ]
    assert texts('"Is it?", she said. Did he go (really)? Yes.', "en") == ['"Is it?", she said.', "Did he go (really)?", "Yes."]


def test_closing_quotes_stay_with_their_sentence():
    assert texts('He said "Stop." Then he left! उन्होंने कहा, “हम लड़ेंगे।” फिर चले गए।') == [
        'He said "Stop."',
        "Then he left!",
        "उन्होंने कहा, “हम लड़ेंगे।”",
        "फिर चले गए।",
    ]


def test_a_quote_glued_to_the_next_sentence_opens_it():
    # BBC Hindi runs sentences together; a mark right after the full stop either
    # closes a quotation left open (in this sentence or an earlier one of the
    # paragraph) or opens the next sentence's.
    assert texts("अमिताभ ने भी इनकार कर दिया है.'वेलकम बैक', 2007 की फ़िल्म 'वेलकम' का सीक्वेल है.") == [
        "अमिताभ ने भी इनकार कर दिया है.",
        "'वेलकम बैक', 2007 की फ़िल्म 'वेलकम' का सीक्वेल है.",
    ]
    assert texts("बाज़ार तलाशा जा सकता है.‘किसी भी लेनदेन की तरह यह सौदेबाज़ी है.’ फिर वे चुप हुए.") == [
        "बाज़ार तलाशा जा सकता है.",
        "‘किसी भी लेनदेन की तरह यह सौदेबाज़ी है.’",
        "फिर वे चुप हुए.",
    ]
    # '' is BBC Hindi's double quotation mark; this quotation runs over two sentences.
    assert texts("लैंगटन ने कहा,''एयरलाइनें वज़न पर चलती हैं. एक किलो एक किलो है.''समोआ एयर किराया वसूलती है.") == [
        "लैंगटन ने कहा,''एयरलाइनें वज़न पर चलती हैं.",
        "एक किलो एक किलो है.''",
        "समोआ एयर किराया वसूलती है.",
    ]
    assert texts('उन्होंने कहा, "वेतन दिया जाएगा."गौरतलब है कि लीग शुरू हुई.') == [
        'उन्होंने कहा, "वेतन दिया जाएगा."',
        "गौरतलब है कि लीग शुरू हुई.",
    ]


def test_line_breaks_end_sentences_and_ellipsis_splits():
    assert texts("शीर्षक बिना विराम\n\nपहला वाक्य.. दूसरा वाक्य") == ["शीर्षक बिना विराम", "पहला वाक्य..", "दूसरा वाक्य"]


def test_offsets_point_into_the_text():
    text = "  पहला वाक्य।  दूसरा वाक्य?\n\nThird one. Fourth"
    sentences = split_sentences(text, "hi")
    assert len(sentences) == 4
    for s in sentences:
        assert text[s.start : s.end] == s.text == s.text.strip()
    assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))


def test_seed_bodies_split_cleanly(seed_articles):
    for article in seed_articles.values():
        sentences = split_sentences(article.body, article.language)
        assert sentences, article.id
        for s in sentences:
            assert article.body[s.start : s.end] == s.text
            # a danda inside a sentence would mean a missed boundary
            assert "।" not in s.text[:-1], s.text
        assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))


def test_bad_input_gives_no_sentences():
    assert split_sentences("", "hi") == []
    assert split_sentences("\n\n  \n", None) == []
    assert split_sentences("...", "en") == []


def test_a_quoted_question_goes_on_with_its_attribution_in_lower_case():
    # AEB (Nov 2019, the impeachment hearings): "said Hill, ..." had been a sentence of its own
    text = '"And I asked, well, on whose authority?” said Hill, who will testify Thursday. "And he said, the President."'
    assert [s.text for s in split_sentences(text, "en")] == [
        '"And I asked, well, on whose authority?” said Hill, who will testify Thursday.', '"And he said, the President."']
    assert [s.text for s in split_sentences('"Where is he?" Police asked. He left.', "en")] == [
        '"Where is he?"', "Police asked.", "He left."]


def test_one_long_paragraph_splits_as_its_sentences_do_one_by_one():
    # A scraped page may run a whole article (here 3,000 sentences) into one line: each
    # abbreviation, initial and quotation is still read where it stands, however far
    # into the line (the look-back for an abbreviation's word and the count of open
    # quotation marks are kept local).
    pieces = ['Dr. Rao met U.S. officials on Monday.', 'He said "the talks went well."',
              "J. K. Sharma, 52, was there too!", 'डॉ. राम ने कहा कि 2.5 करोड़ लोग आए।',
              "लैंगटन ने कहा,''एयरलाइनें वज़न पर चलती हैं.", "एक किलो एक किलो है.''"]
    sentences = [pieces[i % len(pieces)] for i in range(3000)]
    assert texts(" ".join(sentences)) == sentences


def test_a_word_too_long_for_an_abbreviation_ends_its_sentence():
    long_word = "a" * 100
    assert texts(f"It read {long_word}. Then it stopped.") == [f"It read {long_word}.", "Then it stopped."]
    assert texts(f"{'x' * 70} met the U.S. team. They won.") == [f"{'x' * 70} met the U.S. team.", "They won."]
