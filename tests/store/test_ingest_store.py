"""Ingest into a real store (SQLite and PostgreSQL): idempotent, de-duplicated, transactional."""
import json

import pytest
import sqlalchemy as sa

from entente.ingest.readers import iter_inputs
from entente.ingest.service import ingest
from entente.store import schema
from entente.store.migrations import MIGRATIONS, current_version

TEXT_A = ("Il ministro della Difesa ha incontrato il suo omologo a Parigi. "
          "Le due delegazioni hanno firmato un accordo sulla formazione del personale.")
TEXT_B = "Министр иностранных дел провёл в Ереване переговоры со своим армянским коллегой."


def write_jsonl(path, records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    return path


def run(system, store, *paths):
    return ingest(iter_inputs([str(p) for p in paths]), system.builder, store, system.pipeline)


def test_migrations_are_versioned(store):
    assert current_version(store.engine) == MIGRATIONS[-1].version


def test_a_store_from_before_a_migration_is_brought_up_to_date(system, store, tmp_path):
    """A store written by an earlier release gains the columns added since, and takes new rows."""
    from entente.store.migrations import migrate
    from entente.store.store import Store

    with store.engine.begin() as connection:
        connection.execute(sa.text("ALTER TABLE events DROP COLUMN date_basis"))
        connection.execute(schema.schema_migrations.delete().where(schema.schema_migrations.c.version == 7))
    assert migrate(store.engine) == [7]
    reopened = Store(store.engine)
    run(system, reopened, write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "published": "2024-05-02",
        "text": "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Tokyo yesterday."}]))
    with store.engine.connect() as connection:
        bases = connection.execute(sa.select(schema.events.c.date_basis)).scalars().all()
    assert bases == ["text"]


def test_ingest_is_idempotent(system, store, tmp_path):
    source = write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": TEXT_A}, {"id": "b", "text": TEXT_B}])
    first = run(system, store, source)
    second = run(system, store, source)
    assert (first.new, first.duplicate) == (2, 0)
    assert (second.new, second.duplicate) == (0, 2)
    assert store.count(schema.documents) == 2


def test_copies_across_sites_are_linked(system, store, tmp_path):
    source = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "site1", "text": TEXT_A, "url": "https://one.example/x"},
        {"id": "site2", "text": "  " + TEXT_A.upper() + "\n", "url": "https://two.example/y"}])
    summary = run(system, store, source)
    assert (summary.new, summary.duplicate) == (1, 1)
    assert store.duplicates_of("site1") == ["site2"]


def test_metadata_wins_over_detection(system, store, tmp_path):
    source = write_jsonl(tmp_path / "a.jsonl", [{"id": "m", "text": TEXT_A, "lang": "es", "published": "2021-03-04"}])
    run(system, store, source)
    document = store.document("m")
    assert (document.lang, document.published, document.published_method) == ("es", "2021-03-04", "metadata")


def test_failed_batch_writes_nothing(system, store, tmp_path, monkeypatch):
    source = write_jsonl(tmp_path / "a.jsonl", [{"id": "x1", "text": TEXT_A}, {"id": "x2", "text": TEXT_B}])
    import entente.store.writer as writer

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")
    monkeypatch.setattr(writer, "save_analyses", broken)
    with pytest.raises(RuntimeError):
        run(system, store, source)
    assert store.count(schema.documents) == 0
    monkeypatch.undo()
    assert run(system, store, source).new == 2


def test_resumes_after_interruption(system, store, tmp_path):
    first = write_jsonl(tmp_path / "first.jsonl", [{"id": "r1", "text": TEXT_A}])
    run(system, store, first)
    both = write_jsonl(tmp_path / "both.jsonl", [{"id": "r1", "text": TEXT_A}, {"id": "r2", "text": TEXT_B}])
    summary = run(system, store, both)
    assert (summary.new, summary.duplicate) == (1, 1)


def test_sqlite_uses_wal(sqlite_store):
    with sqlite_store.engine.connect() as connection:
        assert connection.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"


def test_the_garbage_collector_runs_again_after_a_batch_even_one_that_fails(system, store, tmp_path):
    """Ingest pauses the cyclic collector while it analyses a batch; it never leaves it off."""
    import gc

    source = write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": TEXT_A}])
    assert gc.isenabled()
    run(system, store, source)
    assert gc.isenabled()

    def broken(document):
        assert not gc.isenabled()  # paused while the batch is analysed
        raise RuntimeError("analysis failed")
    with pytest.raises(RuntimeError):
        ingest(iter_inputs([str(write_jsonl(tmp_path / "b.jsonl", [{"id": "b", "text": TEXT_B}]))]),
               system.builder, store, broken)
    assert gc.isenabled()
