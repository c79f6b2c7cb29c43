"""`entente kb add`: user entities are validated with clear errors, then used."""
import pytest
from typer.testing import CliRunner

from entente.cli import app
from entente.datafiles import Resources
from entente.kb.loader import load_kb

GOOD = """
- id: p-xyz-ana-testova
  name: Ana Testova
  names: {en: [Ana Testova], ru: [Анна Тестова]}
  offices:
    - {office: defence_minister, title: Minister of Defence, country: MDA, start: 2031-01-01, end: null}
"""
BAD_OFFICE = GOOD.replace("defence_minister", "grand_vizier")
BAD_DATES = GOOD.replace("end: null", "end: 2030-01-01")


def test_add_valid_file_and_use_it(tmp_path, monkeypatch):
    monkeypatch.setenv("ENTENTE_KB_DIR", str(tmp_path / "kb"))
    source = tmp_path / "mine.yaml"
    source.write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(app, ["kb", "add", str(source)])
    assert result.exit_code == 0 and "added 1" in result.output
    kb = load_kb(Resources())
    assert kb.get("p-xyz-ana-testova").office_on("2031-05-05").country == "MDA"


@pytest.mark.parametrize("text, message", [(BAD_OFFICE, "unknown office 'grand_vizier'"),
                                           (BAD_DATES, "ends (2030-01-01) before it starts"),
                                           ("just a string", "expected a YAML list")])
def test_invalid_files_are_refused_with_a_reason(tmp_path, monkeypatch, text, message):
    monkeypatch.setenv("ENTENTE_KB_DIR", str(tmp_path / "kb"))
    source = tmp_path / "bad.yaml"
    source.write_text(text, encoding="utf-8")
    from entente.cli import main
    import sys
    monkeypatch.setattr(sys, "argv", ["entente", "kb", "add", str(source)])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    assert not (tmp_path / "kb" / "bad.yaml").exists()
