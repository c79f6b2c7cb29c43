"""Acceptance on the seed articles read from ../shared at run time (skipped without them)."""
import re

from typer.testing import CliRunner

from entente.cli import app
from entente.ingest.readers import iter_inputs
from entente.ingest.service import ingest

EXPECTED = {"000_fedc56f1d426fa93": ("it", None), "001_1cb7668562977704": ("fr", None),
            "002_d663601aca17d24f": ("ar", "2023-09-21"), "003_5bbe46e39d76d928": ("ar", "2024-11-07")}


def test_seed_documents(system, sqlite_store, seeds_dir):
    summary = ingest(iter_inputs([str(seeds_dir)]), system.builder, sqlite_store, system.pipeline)
    assert summary.new == 4
    for doc_id, (lang, published) in EXPECTED.items():
        document = sqlite_store.document(doc_id)
        assert (document.lang, document.published) == (lang, published)
    again = ingest(iter_inputs([str(seeds_dir)]), system.builder, sqlite_store, system.pipeline)
    assert (again.new, again.duplicate) == (0, 4)


def test_seed_boilerplate_removed_paragraphs_kept(system, seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        clean = system.builder._boilerplate.clean(raw)
        lines = clean.split("\n")
        assert not any(re.search(r"#\w+#\w+", line) for line in lines)
        assert not any(line.strip().startswith("•") for line in lines)
        assert not any(re.fullmatch(r"(?i)\s*(comments \(\d+\)|add comment|ru en)\s*", line) for line in lines)
        for paragraph in (p for p in raw.split("\n") if len(p.split()) > 20):
            assert paragraph.strip() in clean, paragraph[:60]


def test_cli_on_seeds(tmp_path, seeds_dir):
    result = CliRunner().invoke(app, ["ingest", "--db", str(tmp_path / "s.db"), "-q", str(seeds_dir)])
    assert "read 4, new 4" in result.output
