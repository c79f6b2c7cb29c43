"""The year of a dateline that gives none, from the offices of the people an article names."""
import datetime as dt

from entente.detect.dates import PartialDate
from entente.detect.reference import office_year
from entente.kb.model import KBEntity, Office
from entente.ingest.records import RawRecord

TODAY = dt.date(2026, 11, 24)


def _person(*terms: tuple[str, str | None]) -> KBEntity:
    return KBEntity("p", "PERSON", "P", offices=[Office("minister", "Minister", "XXX", None, start, end)
                                                  for start, end in terms])


def test_the_year_most_named_people_were_in_office():
    people = [_person(("2025-01-20", None)), _person(("2019-05-20", "2025-11-28")), _person(("2024-07-05", None))]
    assert office_year(PartialDate(None, 11, 24), people, TODAY) == 2025  # the aide left on 28 November 2025


def test_a_tie_or_a_single_office_leaves_the_year_unknown():
    people = [_person(("2020-01-01", None)), _person(("2021-01-01", None))]
    assert office_year(PartialDate(None, 3, 5), people, TODAY) is None  # 2021 to 2026 all fit
    assert office_year(PartialDate(None, 3, 5), [_person(("2024-01-01", "2024-12-31"))], TODAY) is None


def test_a_yearless_dateline_takes_the_year_from_the_offices(system):
    """Marco Rubio has been Secretary of State since January 2025; Andriy Yermak headed the
    Ukrainian presidential office until 28 November 2025: 24 November 2025 is the one day of that
    date with both in office, and "on Sunday" is the 23rd."""
    text = ("Headline\n\nGENEVA, Nov 24 (Meridian) - Secretary of State Marco Rubio and Andriy Yermak, the head of "
            "Ukraine's presidential office, held talks on Sunday.")
    analysis = system.pipeline(system.builder.build(RawRecord(source="t", kind="jsonl", doc_id="t", text=text, lang="en")))
    assert (analysis.document.published, analysis.document.published_method) == ("2025-11-24", "dateline-offices")
    assert [e.date for e in analysis.events if e.category == "CONSULT"] == ["2025-11-23"]


def test_people_act_in_the_offices_held_in_the_year_found(system):
    """Blinken, Gallant and Shoigu were all in office only on 24 November 2023 (Gallant from December
    2022, Shoigu at defence until May 2024): once the dateline has its year, Shoigu is the defence
    minister of that day, not the Security Council secretary he is now."""
    text = ("Headline\n\nTEL AVIV, Nov 24 (Meridian) - Secretary of State Antony Blinken met Defence Minister Yoav "
            "Gallant on Friday. Sergei Shoigu also spoke.")
    analysis = system.pipeline(system.builder.build(RawRecord(source="t", kind="jsonl", doc_id="t", text=text, lang="en")))
    assert analysis.document.published == "2023-11-24"
    shoigu = next(e for e in analysis.entities.values() if e.name == "Sergei Shoigu")
    assert (shoigu.office, shoigu.country_code) == ("defence_minister", "RUS")


def test_without_a_date_a_person_acts_in_the_office_still_held(system):
    """Von der Leyen was Germany's defence minister until 2019 and presides over the European
    Commission now: an undated article has her act for the EU."""
    text = "Headline\n\nUrsula von der Leyen met the Brazilian president in Rio de Janeiro."
    analysis = system.pipeline(system.builder.build(RawRecord(source="t", kind="jsonl", doc_id="t", text=text, lang="en")))
    leyen = next(e for e in analysis.entities.values() if e.name == "Ursula von der Leyen")
    assert leyen.code == "EU"
