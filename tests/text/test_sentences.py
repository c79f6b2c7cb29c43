import pytest


def sentences(system, text, lang):
    return [s.text for s in system.splitter.split(text, lang)]


def test_arabic_comma_does_not_split(system):
    text = "قال وزير الخارجية، في مؤتمر صحفي، إن المحادثات كانت مثمرة. وأضاف أن الجانبين اتفقا."
    assert len(sentences(system, text, "ar")) == 2


@pytest.mark.parametrize("lang, text, count", [
    ("en", "Gen. Smith met Mr. Jones in Washington. They discussed trade.", 2),
    ("it", "Il ministro è arrivato a Roma. Ha incontrato il sig. Rossi.", 2),
    ("fr", "Le ministre est arrivé. Il a rencontré son homologue!", 2),
    ("zh", "两国外长举行会谈。双方签署了协议。", 2),
    ("pl", "Litwa zwróciła się o konsultacje na podstawie art. 4 traktatu. Rada zebrała się w piątek.", 2),
])
def test_split_counts(system, lang, text, count):
    assert len(sentences(system, text, lang)) == count


def test_sentence_offsets_are_exact(system):
    text = "First one here.\n\nSecond one there."
    for sentence in system.splitter.split(text, "en"):
        assert text[sentence.start:sentence.end] == sentence.text
