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
