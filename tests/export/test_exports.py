"""Exports follow the contract of the gold FORMAT.md and carry the evidence."""
import csv
import io
import json

from typer.testing import CliRunner

from entente.cli import app

ARTICLE = {"id": "x1", "lang": "en", "published": "2024-07-11",
           "text": "Russia accused NATO of preparing for a direct confrontation. Kremlin spokesman Dmitry Peskov "
                   "said the summit in Washington was a threat."}


def ingest_one(tmp_path):
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps(ARTICLE), encoding="utf-8")
    db = str(tmp_path / "x.db")
    assert CliRunner().invoke(app, ["ingest", "-q", "--db", db, str(source)]).exit_code == 0
    return db


def test_plover_contract(tmp_path):
    db = ingest_one(tmp_path)
    lines = CliRunner().invoke(app, ["export", "plover", "--db", db]).output.strip().splitlines()
    record = json.loads(lines[0])
    assert {"id", "date", "date_precision", "event", "mode", "context", "actor", "recipient", "event_loc",
            "sources", "confidence"} <= set(record)
    assert record["event"] == "ACCUSE" and record["date"] == "2024-07-11"
    actor = record["actor"][0]
    assert {"entity_name", "entity_type", "country_code", "igo_code", "wikidata_id", "sector_code", "raw_text"} <= set(actor)
    source = record["sources"][0]
    assert ARTICLE["text"][source["start"]:source["end"]] == source["text"] and source["lang"] == "en"


def test_entities_contract(tmp_path):
    db = ingest_one(tmp_path)
    (line,) = CliRunner().invoke(app, ["export", "entities", "--db", db]).output.strip().splitlines()
    record = json.loads(line)
    names = {(e["type"], e["name"]) for e in record["entities"]}
    assert ("PERSON", "Dmitry Peskov") in names and ("IGO", "North Atlantic Treaty Organization") in names
    peskov = next(e for e in record["entities"] if e["name"] == "Dmitry Peskov")
    assert peskov["country_code"] == "RUS" and peskov["role"] and peskov["mentions"]


def test_csv_has_a_row_per_source(tmp_path):
    db = ingest_one(tmp_path)
    output = CliRunner().invoke(app, ["export", "csv", "--db", db]).output
    rows = list(csv.DictReader(io.StringIO(output)))
    assert rows and rows[0]["event"] == "ACCUSE" and rows[0]["doc_id"] == "x1" and rows[0]["evidence"]


def test_events_command_filters(tmp_path):
    db = ingest_one(tmp_path)
    runner = CliRunner()
    assert "ACCUSE" in runner.invoke(app, ["events", "--db", db, "--igo", "NATO"]).output
    assert "ACCUSE" not in runner.invoke(app, ["events", "--db", db, "--category", "AGREE"]).output


def test_parquet_and_gexf(tmp_path):
    import xml.etree.ElementTree as ET

    import pyarrow.parquet as pq

    db = ingest_one(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["export", "parquet", "--db", db, "-o", str(tmp_path / "e.parquet")]).exit_code == 0
    table = pq.read_table(tmp_path / "e.parquet").to_pylist()
    assert table[0]["event"] == "ACCUSE" and table[0]["doc_id"] == "x1"
    assert runner.invoke(app, ["export", "gexf", "--db", db, "-o", str(tmp_path / "n.gexf")]).exit_code == 0
    graph = ET.parse(tmp_path / "n.gexf").getroot()
    edges = graph.findall(".//{http://gexf.net/1.3}edge")
    assert {(e.get("source"), e.get("target")) for e in edges} == {("NATO", "RUS")}
