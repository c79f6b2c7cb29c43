"""The event lexicons speak the ontology's language: every category, mode and context a
trigger or cue file names is one that ontology/plover.yaml defines."""
import pytest

from entente.datafiles import Resources

RESOURCES = Resources()
ONTOLOGY = RESOURCES.load("ontology/plover.yaml")
GATING = set(ONTOLOGY.get("gating_contexts") or {})
LANGS = RESOURCES.languages()


@pytest.mark.parametrize("lang", LANGS)
def test_triggers_use_the_ontology(lang):
    categories, contexts = ONTOLOGY["categories"], set(ONTOLOGY["contexts"])
    context_keys = set(RESOURCES.lang(lang, "contexts") or {})
    for group in RESOURCES.load(f"lang/{lang}/triggers.yaml", []) or []:
        assert group["event"] in categories, group
        assert set(group.get("mode") or []) <= set(categories[group["event"]]["modes"]), group
        assert set(group.get("context") or []) <= contexts, group
        assert group.get("needs") is None or group["needs"] in context_keys, group
        assert group.get("near") is None or (group.get("needs") and int(group["near"]) > 0), group


@pytest.mark.parametrize("lang", LANGS)
def test_context_cues_are_plover_contexts_or_declared_gates(lang):
    keys = set(RESOURCES.lang(lang, "contexts") or {})
    assert keys <= set(ONTOLOGY["contexts"]) | GATING, keys - set(ONTOLOGY["contexts"]) - GATING


def test_gating_contexts_are_not_plover_contexts():
    assert GATING and not GATING & set(ONTOLOGY["contexts"])
