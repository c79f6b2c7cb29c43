"""The command line, as a user runs it."""
import json

from typer.testing import CliRunner

from entente.cli import app

runner = CliRunner()


def test_ingest_mixed_batch_reports_each_bad_input(tmp_path):
    (tmp_path / "good.txt").write_text("Il ministro ha incontrato il suo omologo a Parigi per discutere.", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"id": "ok", "text": "Il ministro è arrivato a Roma per una visita."}\n{broken\n',
                                        encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["ingest", "--db", str(tmp_path / "x.db"), "-q", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "new 2" in result.output and "failed 2" in result.output
    assert "bad.jsonl:2: E110" in result.output and "empty.txt: E103" in result.output


def test_exit_code_nonzero_when_nothing_ingested(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["ingest", "--db", str(tmp_path / "x.db"), "-q", str(tmp_path / "empty.txt")])
    assert result.exit_code == 1


def test_export_documents_contract(tmp_path):
    (tmp_path / "a.txt").write_text("Il ministro ha incontrato il suo omologo a Parigi per discutere.", encoding="utf-8")
    db = str(tmp_path / "x.db")
    runner.invoke(app, ["ingest", "--db", db, "-q", str(tmp_path / "a.txt")])
    result = runner.invoke(app, ["export", "documents", "--db", db])
    (line,) = result.output.strip().splitlines()
    record = json.loads(line)
    assert list(record) == ["doc_id", "lang", "published", "title", "url", "chars", "text"]
    assert record["doc_id"] == "a" and record["lang"] == "it" and record["chars"] == len(record["text"])
