"""Where an event happened: a place named in its sentence, else the place of the last event
reported for the same day in the document."""
from __future__ import annotations

from collections.abc import Callable

from entente.model import Entity, Location, Mention
from entente.text.locative import after_locative


def place_in(mentions: list[Mention], entities: dict[str, Entity], start: int, end: int,
             introduced_by: Callable[[Mention], bool] = lambda m: False) -> Location | None:
    """The clause's place: the first one introduced by a locative word ("in", "a", "في"), else the first."""
    places = [m for m in mentions if (m.type == "PLACE" or "place_id" in m.attributes) and start <= m.start and m.end <= end]
    if not places:
        return None
    chosen = next((m for m in places if introduced_by(m)), places[0])
    entity = entities[chosen.attributes.get("place_id", chosen.entity_id)]
    return Location(entity.name, entity.country_code, entity.lat, entity.lon)


def locative_before(text: str, fold: Callable[[str], str], locatives: frozenset[str]) -> Callable[[Mention], bool]:
    """Whether a locative word stands right before a mention."""
    return lambda mention: after_locative(text, mention.start, fold, locatives)
