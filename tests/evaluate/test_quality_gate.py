"""Quality gate: floors on the seeds gold, so accuracy can only go up (skipped without ../shared)."""
from pathlib import Path

import pytest

from entente.evaluate.run import evaluate

from tests.conftest import GOLD

FLOORS = {
    ("events", "f1"): 0.95, ("events", "participant_jaccard"): 0.90, ("events", "direction_accuracy"): 0.85,
    ("events", "exact_day_date_accuracy"): 0.95, ("events", "location_accuracy"): 0.85,
}
ENTITY_FLOORS = {"PERSON": 0.90, "STATE": 0.95, "IGO": 0.95}


@pytest.fixture(scope="module")
def report(system):
    if not GOLD.exists():
        pytest.skip("../shared/gold is not beside this checkout")
    return evaluate(system, GOLD)


@pytest.mark.parametrize("section, metric", sorted(FLOORS))
def test_event_floor(report, section, metric):
    assert report[section][metric] >= FLOORS[(section, metric)]


@pytest.mark.parametrize("kind", sorted(ENTITY_FLOORS))
def test_entity_floor(report, kind):
    assert report["entities"][kind]["f1"] >= ENTITY_FLOORS[kind]


def test_documents_floor(report):
    assert report["documents"]["language_accuracy"] == 1.0 and report["documents"]["published_accuracy"] == 1.0


DEV = Path(__file__).resolve().parents[1] / "gold"
DEV_FLOORS = {("events", "f1"): 0.74, ("events", "participant_jaccard"): 0.88, ("events", "location_accuracy"): 0.80,
              ("events", "direction_accuracy"): 0.62}


@pytest.fixture(scope="module")
def dev_report(system):
    return evaluate(system, DEV / "dev.gold.jsonl", [DEV / "docs"])


@pytest.mark.parametrize("section, metric", sorted(DEV_FLOORS))
def test_dev_set_floor(dev_report, section, metric):
    """The project's own 16-article, 12-language development set (never tuned on the seeds)."""
    assert dev_report[section][metric] >= DEV_FLOORS[(section, metric)]


HELD_OUT = DEV / "heldout"
HELD_OUT_FLOORS = {("events", "f1"): 0.55, ("events", "participant_jaccard"): 0.85}


@pytest.fixture(scope="module")
def held_out_report(system):
    return evaluate(system, HELD_OUT / "heldout.gold.jsonl", [HELD_OUT / "docs"])


@pytest.mark.parametrize("section, metric", sorted(HELD_OUT_FLOORS))
def test_held_out_floor(held_out_report, section, metric):
    """Twelve articles in six languages the development set lacks (ja, ko, hi, he, pl, ur), written
    without reading the code; first measured at event F1 0.426."""
    assert held_out_report[section][metric] >= HELD_OUT_FLOORS[(section, metric)]
