"""Per-language tables are built when a language is first read, once."""
from entente.datafiles import PerLanguage


def test_a_language_is_built_on_first_use_and_only_once():
    built = []
    table = PerLanguage(["fr", "ar"], lambda lang: built.append(lang) or lang.upper())
    assert built == [] and list(table) == ["fr", "ar"] and len(table) == 2
    assert table["fr"] == "FR" and table.get("fr") == "FR" and built == ["fr"]
    assert table.get("xx") is None and built == ["fr"]
