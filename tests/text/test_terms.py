"""Terms found on word boundaries, with stems, clitics and compounds as docs/DATA.md says."""
from entente.text.terms import TermMatcher


def found(matcher, folder, text):
    folded = folder.fold(text).text
    return [(folded[h.start:h.end], h.payloads) for h in matcher.find(folded)]


def test_terms_stand_on_word_boundaries_and_stems_run_to_the_end_of_the_word(folder):
    matcher = TermMatcher([("Rakete*", "military"), ("Panzer", "military")], folder)
    assert found(matcher, folder, "Raketenangriff auf Panzerhallen, neue Panzer") == [
        ("raketenangriff", ("military",)), ("panzer", ("military",))]


def test_a_compound_stem_is_found_inside_a_word(folder):
    matcher = TermMatcher([("*abwehr*", "military")], folder)
    assert found(matcher, folder, "zwei Flugabwehrsysteme geliefert") == [("abwehrsysteme", ("military",))]
    assert found(matcher, folder, "keine Abwehr") == [("abwehr", ("military",))]
    assert found(matcher, folder, "Luftverteidigung") == []


def test_a_gapped_term_lets_a_few_words_stand_between_its_parts_within_the_clause(folder):
    matcher = TermMatcher([("zamknęła + przejścia graniczne", "COERCE"), ("złożył + wnios*", "REQUEST")], folder)
    fold = lambda text: folder.fold(text).text  # noqa: E731
    assert found(matcher, folder, "Litwa zamknęła w nocy wszystkie przejścia graniczne z Rosją.") == [
        (fold("zamknęła w nocy wszystkie przejścia graniczne"), ("COERCE",))]
    assert found(matcher, folder, "Minister złożył formalny wniosek") == [(fold("złożył formalny wniosek"), ("REQUEST",))]
    assert found(matcher, folder, "Minister złożył wnioski") == [(fold("złożył wnioski"), ("REQUEST",))]
    assert found(matcher, folder, "Rząd zamknęła przejścia graniczne") == [(fold("zamknęła przejścia graniczne"), ("COERCE",))]
    # not past a comma, not past the allowed number of words, not a longer word
    assert found(matcher, folder, "Litwa zamknęła szkoły, a potem przejścia graniczne") == []
    assert found(matcher, folder, "zamknęła w nocy z czwartku na piątek i sobotę przejścia graniczne") == []
    assert found(matcher, folder, "zamknęła przejścia granicznego") == []
    quoted = TermMatcher([("jugé + inacceptable*", "ACCUSE")], folder)
    assert found(quoted, folder, "Il a jugé « inacceptable » le silence") == [(fold("jugé « inacceptable"), ("ACCUSE",))]


def test_a_gapped_term_in_a_script_without_spaces_allows_a_few_characters(folder):
    matcher = TermMatcher([("派遣 + 決定", "MOBILIZE")], folder)
    assert found(matcher, folder, "工兵を派遣することを決定した") == [("派遣することを決定", ("MOBILIZE",))]
    assert found(matcher, folder, "派遣した。政府は決定") == []


def test_a_gapped_term_ends_on_a_word_boundary_marks_included(folder):
    whole, running = TermMatcher([("सीमा + बंद", "COERCE")], folder), TermMatcher([("सीमा + बंद*", "COERCE")], folder)
    assert found(whole, folder, "सीमा पूरी तरह बंद कर दी") == [(folder.fold("सीमा पूरी तरह बंद").text, ("COERCE",))]
    assert found(whole, folder, "सीमा पर बंदी") == []  # बंदी (a prisoner): the vowel sign continues the word
    assert found(running, folder, "सीमा पर बंदी") == [(folder.fold("सीमा पर बंदी").text, ("COERCE",))]


def test_a_suffix_at_the_very_end_of_the_text_is_read_without_running_past_it(folder):
    matcher = TermMatcher([("geldi", "met")], folder, suffixes=["ler", "le"])
    assert found(matcher, folder, "bir araya geldiler") == [("geldiler", ("met",))]
    assert found(matcher, folder, "bir araya geldile") == [("geldile", ("met",))]
