import pytest


@pytest.mark.parametrize("text, folded", [
    ("Sergueï Choïgou", "serguei choigou"),
    ("Ministro della Difesa", "ministro della difesa"),
    ("الاتّحاد الرّوسي", "الاتحاد الروسي"),
    ("إيران", "ايران"),
    ("وزیر دفاع ایران", "وزير دفاع ايران"),
    ("کشور", "كشور"),
    ("٢١ سبتمبر ٢٠٢٣", "21 سبتمبر 2023"),
    ("۱۴۰۲", "1402"),
    ("Шойгу ёлка", "шоигу елка"),
    ("dell’esercito", "dell'esercito"),
    ("Nasir-Zadeh", "nasir zadeh"),
    ("a  \n b", "a b"),
])
def test_fold_matches_variants(folder, text, folded):
    assert folder.key(text) == folded


@pytest.mark.parametrize("text, needle", [
    ("Il ministro, Sergueï Choïgou, è arrivato", "serguei choigou"),
    ("قال وزیرُ الدّفاع محمّد", "الدفاع محمد"),
    ("x  \t  Шойгу", "шоигу"),
])
def test_fold_offsets_point_into_original(folder, text, needle):
    folded = folder.fold(text)
    start = folded.text.index(needle)
    a, b = folded.span(start, start + len(needle))
    assert folder.key(text[a:b]) == needle
    assert not text[a].isspace() and not text[b - 1].isspace()
