"""Cross-script lookup and offices held on a date."""
import pytest

from entente.kb.lookup import lookup
from entente.kb.namekey import name_key

SHOIGU = ["سيرغي شويغو", "Sergueï Choïgou", "Сергей Шойгу", "Sergei Shoigu", "Sergej Schoigu", "绍伊古"]


@pytest.mark.parametrize("name", SHOIGU)
def test_every_script_finds_the_same_person_first(system, name):
    (first, *_) = lookup(system, name, "2022-12-09")
    assert first["name"] == "Sergei Shoigu"


@pytest.mark.parametrize("date, office", [("2022-06-01", "defence_minister"), ("2025-03-01", "security_council_secretary")])
def test_office_held_on_the_date(system, date, office):
    (first, *_) = lookup(system, "Сергей Шойгу", date)
    person = system.kb.get(first["entity_id"])
    assert person.office_on(date).office == office


@pytest.mark.parametrize("a, b", [("Sergei Shoigu", "سيرجي شويجو"), ("Mohammad Bagheri", "محمد باقري"),
                                  ("Aziz Nasirzadeh", "Aziz Nasir Zadeh"), ("Ruslan Zhaksylykov", "Ruslan Jaqsylyqov")])
def test_name_key_crosses_scripts_and_spellings(a, b):
    assert name_key(a) == name_key(b)


def test_unknown_name_has_no_confident_candidate(system):
    assert all(row["score"] < 0.9 for row in lookup(system, "Qwzxv Plmbrt", None))
