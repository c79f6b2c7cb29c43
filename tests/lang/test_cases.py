"""Per-language behaviour cases (tests/lang/<xx>/cases.yaml), written for these tests.

Each case is a short article; ``entities`` cases list what must (and must not) be found,
``events`` cases list the events a reader would expect, with participants, direction, date
and place. A case marked ``xfail: reason`` documents a known limitation; it fails the suite
when it starts passing, so the mark is removed as soon as the limitation is fixed.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from entente.ingest.records import RawRecord

HERE = Path(__file__).parent


def load_cases(kind: str) -> list:
    cases = []
    for path in sorted(HERE.glob("*/cases.yaml")):
        lang = path.parent.name
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for number, case in enumerate(data.get(kind) or [], start=1):
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
            cases.append(pytest.param(lang, case, id=f"{lang}-{kind}-{number}", marks=marks))
    return cases


def analyse(system, lang: str, case: dict):
    published = str(case["published"]) if case.get("published") else None
    record = RawRecord(source="case", kind="jsonl", doc_id="case", text=case["text"], lang=lang, published=published)
    return system.pipeline(system.builder.build(record))


def entity_keys(analysis) -> set[str]:
    keys = set()
    for entity in analysis.entities.values():
        if entity.type == "PERSON":
            keys.add(f"PERSON:{entity.name}")
        elif entity.type in ("STATE", "IGO"):
            keys.add(f"{entity.type}:{entity.code}")
        elif entity.type == "PLACE":
            keys.add(f"PLACE:{entity.name}")
    return keys


@pytest.mark.parametrize("lang, case", load_cases("entities"))
def test_entities(system, lang, case):
    found = entity_keys(analyse(system, lang, case))
    assert set(case["expect"]) <= found, f"missing {set(case['expect']) - found}; found {sorted(found)}"
    assert not set(case.get("absent") or []) & found


def _codes(arguments) -> set[str]:
    return {a.code for a in arguments}


def _matches(event, expected: dict) -> bool:
    categories = {expected["event"], *(expected.get("alt") or [])}
    return (event.category in categories
            and set(expected.get("participants") or []) <= set(event.participants)
            and set(expected.get("modes") or []) <= set(event.modes)
            and (not expected.get("date") or (event.date or "").startswith(str(expected["date"])))
            and ("actor" not in expected or _codes(event.actors) == set(expected["actor"]))
            and ("recipient" not in expected or _codes(event.recipients) == set(expected["recipient"]))
            and (not expected.get("location") or (event.location and event.location.name == expected["location"])))


@pytest.mark.parametrize("lang, case", load_cases("events"))
def test_events(system, lang, case):
    events = analyse(system, lang, case).events
    described = [(e.category, e.participants, _codes(e.actors), _codes(e.recipients), e.date,
                  e.location.name if e.location else None) for e in events]
    for expected in case.get("expect") or []:
        assert any(_matches(e, expected) for e in events), f"expected {expected}; got {described}"
    for category in case.get("absent") or []:
        assert all(e.category != category for e in events), f"unexpected {category}; got {described}"
    if "count" in case:
        assert len(events) == case["count"], described
