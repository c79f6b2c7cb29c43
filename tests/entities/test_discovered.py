"""Persons the knowledge base lacks: found after a title, with the state their own title names."""
from entente.ingest.records import RawRecord


def entities(system, text, lang="en"):
    record = RawRecord(source="t", kind="jsonl", doc_id="t", text=text, lang=lang, published="2025-03-04")
    analysis = system.pipeline(system.builder.build(record))
    return {e.name: e for e in analysis.entities.values() if e.type == "PERSON"}


def test_state_in_the_title_is_the_persons_state(system):
    found = entities(system, "Yesterday the Ruritanian-born envoy met Kenyan Defence Minister Zorbalo Matuwenge in Nairobi.")
    assert found["Zorbalo Matuwenge"].country_code == "KEN" and not found["Zorbalo Matuwenge"].in_kb


def test_a_state_in_someone_elses_title_is_not_taken(system):
    text = ("Le ministre chinois Wang Yi a également été reçu mercredi soir par le président "
            "Zorbalo Matuwenge dans la capitale.")
    found = entities(system, text, lang="fr")
    assert found["Wang Yi"].country_code == "CHN"
    assert found["Zorbalo Matuwenge"].country_code != "CHN"


def test_a_town_spelled_like_the_surname_of_a_person_named_in_full_is_that_person(system):
    from entente.ingest.records import RawRecord

    text = ("US Defense Secretary Lloyd Austin met Chinese Defence Minister Dong Jun in Singapore on Friday. "
            "Austin said the talks were useful.")
    analysis = system.pipeline(system.builder.build(RawRecord(source="t", kind="txt", text=text, lang="en",
                                                               published="2024-06-01")))
    (surname,) = [m for m in analysis.mentions if m.text == "Austin"]
    assert surname.type == "PERSON" and surname.entity_id == "p-usa-lloyd-austin"


def test_no_name_is_found_past_a_date_after_the_title(system):
    text = "أجرى الشيخ محمد بن عبدالرحمن آل ثاني أمس اتصالين هاتفيين بوزير الخارجية السعودي."
    found = entities(system, text, lang="ar")
    assert [e.name for e in found.values() if not e.in_kb] == []
