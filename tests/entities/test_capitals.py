"""Aliases written in capitals ("US", "EAU", "КНР") name a state only where the text writes them with capitals."""
from entente.ingest.records import RawRecord


def linked_texts(system, text, lang):
    record = RawRecord(source="t", kind="jsonl", doc_id="t", text=text, lang=lang, published="2025-10-17")
    analysis = system.pipeline(system.builder.build(record))
    return {m.text: analysis.entities[m.entity_id].name for m in analysis.mentions if m.entity_id in analysis.entities}


def test_a_word_in_small_letters_is_no_acronym(system):
    found = linked_texts(system, "The US envoy said the talks went well, and the minister told us he would fly to Paris.", "en")
    assert "US" in found and "us" not in found


def test_french_water_is_not_the_emirates(system):
    found = linked_texts(system, "Les coupures d'eau continuent, et les EAU ont envoyé de l'aide à Madagascar.", "fr")
    assert found.get("EAU") == "United Arab Emirates" and "eau" not in found


def test_an_acronym_written_as_a_name_still_counts(system):
    found = linked_texts(system, "A reunião foi convocada pela Celac e pelo Brasil.", "pt")
    assert "Celac" in found
