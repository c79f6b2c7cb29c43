"""The place gazetteer: geonames cities (generated) plus curated venues and case forms.

Aliases on the stoplist never match; ``ambiguous`` ones match only when written with a
capital letter; Chinese "blocker" words are matched with no place so that the longest match
hides a place name inside an ordinary word.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field

from entente.datafiles import Resources
from entente.kb.index import name_clitics
from entente.model import Entity
from entente.text.normalise import Folder
from entente.text.terms import TermHit, TermMatcher

BLOCKED = "blocked"


@dataclass
class Place:
    place_id: str
    name: str
    country: str | None  # none for a sea, gulf or ocean (curated/waters.yaml)
    lat: float
    lon: float
    population: int = 0
    capital: bool = False
    aliases: list[str] = field(default_factory=list)

    def entity(self) -> Entity:
        return Entity(self.place_id, "PLACE", self.name, country_code=self.country, lat=self.lat, lon=self.lon)


class PlaceIndex:
    def __init__(self, places: dict[str, Place], stop: dict, folder: Folder,
                 prefixes: list[str] = (), suffixes: list[str] = ()):
        self.places = places
        self._folder = folder
        common = {folder.key(w) for w in stop.get("common_words") or []}
        self.ambiguous = {folder.key(w) for w in stop.get("ambiguous") or []}
        entries = [(alias, place.place_id) for place in places.values() for alias in [place.name, *place.aliases]
                   if folder.key(alias) not in common]
        entries += [(word, BLOCKED) for word in stop.get("blockers") or []]
        self.matcher = TermMatcher(entries, folder, prefixes, suffixes)
        self._capitals = {p.country: p for p in places.values() if p.capital}

    @classmethod
    def build(cls, resources: Resources, folder: Folder) -> "PlaceIndex":
        places = _read_generated(resources)
        _add_curated(resources, places)
        _add_inflections(resources, places)
        stop = resources.load("kb/places/curated/stoplist.yaml", {}) or {}
        for place_id in stop.get("not_places") or []:
            places.pop(str(place_id), None)
        return cls(places, stop, folder, *name_clitics(resources))

    def find(self, folded: str) -> list[TermHit]:
        return [h for h in self.matcher.find(folded) if h.payloads[0] != BLOCKED]

    def is_capital(self, place_id: str | None) -> bool:
        place = self.places.get(place_id or "")
        return bool(place and place.capital)

    def capital_of(self, country: str | None) -> Place | None:
        return self._capitals.get(country or "")

    def requires_capital(self, alias_key: str) -> bool:
        return alias_key in self.ambiguous

    def is_water(self, place_id: str) -> bool:
        """A sea, gulf or ocean: no state's, and its name may open with a common noun ("mer du Japon")."""
        place = self.places.get(place_id)
        return place is not None and place.country is None


def _read_generated(resources: Resources) -> dict[str, Place]:
    path = resources.root / "kb/places/generated/places.tsv"
    places: dict[str, Place] = {}
    if not path.exists():
        return places
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            place_id = f"place:{row['geonameid']}"
            places[place_id] = Place(place_id, row["name"], row["country"], float(row["lat"]), float(row["lon"]),
                                     int(row["population"] or 0), row["feature"] == "capital",
                                     [a for a in row["aliases"].split("|") if a])
    return places


def _add_curated(resources: Resources, places: dict[str, Place]) -> None:
    waters = resources.load("kb/places/curated/waters.yaml", []) or []
    for record in (resources.load("kb/places/curated/places.yaml", []) or []) + [{**w, "country": None} for w in waters]:
        names = [str(a) for words in (record.get("aliases") or {}).values() for a in words or []]
        place_id = f"place:{record['geonameid']}" if record.get("geonameid") else f"place:{record['country']}:{record['name']}"
        if place_id in places:
            places[place_id].aliases.extend(names)
        else:
            places[place_id] = Place(place_id, record["name"], record["country"], float(record["lat"]),
                                     float(record["lon"]), aliases=names)


def _add_inflections(resources: Resources, places: dict[str, Place]) -> None:
    by_name: dict[str, Place] = {}
    for place in sorted(places.values(), key=lambda p: p.population):
        by_name[place.name] = place  # the most populous place of a name wins (London, UK)
    for path in resources.files("kb/places/curated", "inflections_*.yaml"):
        for name, forms in (resources.load(f"kb/places/curated/{path.name}", {}) or {}).items():
            if name in by_name:
                by_name[name].aliases.extend(str(f) for f in forms or [])
