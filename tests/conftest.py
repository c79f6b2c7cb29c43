"""Shared fixtures: one Entente system per session, stores on SQLite and PostgreSQL."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from entente.store.store import Store
from entente.system import Entente

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.gold.jsonl"
SAMPLES = Path(__file__).resolve().parents[1] / "src" / "entente" / "samples"


@pytest.fixture(scope="session")
def system() -> Entente:
    return Entente()


@pytest.fixture(scope="session")
def folder(system):
    return system.folder


@pytest.fixture
def sqlite_store(tmp_path) -> Store:
    store = Store.open(str(tmp_path / "test.db"))
    yield store
    store.close()


@pytest.fixture
def postgres_store() -> Store:
    base = os.environ.get("ENTENTE_TEST_PG")
    if not base:
        pytest.skip("PostgreSQL server not available (set ENTENTE_TEST_PG; make test starts one)")
    name = f"entente_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    store = Store.open(base.rsplit("/", 1)[0] + f"/{name}")
    yield store
    store.close()
    with admin.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request) -> Store:
    """Every store test runs on both back ends."""
    return request.getfixturevalue(f"{'sqlite' if request.param == 'sqlite' else 'postgres'}_store")


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    return SEEDS


XSS_ARTICLE = {"id": "xss-probe", "lang": "en", "published": "2024-05-02",
               "title": "<script>window.__pwned = 1</script>Ministers meet",
               "text": "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Wednesday. "
                       "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"> The two ministers "
                       "signed a plan on consular cooperation."}


def build_sample_store(url: str, system: Entente) -> Store:
    """A store of the bundled sample articles plus an article carrying markup, merged."""
    import json
    import tempfile

    from entente.ingest.readers import iter_inputs
    from entente.ingest.service import ingest

    store = Store.open(url)
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.jsonl"
        probe.write_text(json.dumps(XSS_ARTICLE), encoding="utf-8")
        ingest(iter_inputs([str(SAMPLES), str(probe)]), system.builder, store, system.pipeline)
    system.merge(store)
    return store


@pytest.fixture(scope="session")
def sample_store(system, tmp_path_factory) -> Store:
    return build_sample_store(str(tmp_path_factory.mktemp("web") / "samples.db"), system)
