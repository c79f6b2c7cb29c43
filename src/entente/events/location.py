"""Where an event happened: a place named in its sentence, else the place of the last event
reported for the same day in the document."""
from __future__ import annotations

from entente.model import Entity, Location, Mention


def place_in(mentions: list[Mention], entities: dict[str, Entity], start: int, end: int,
             locatives: list[tuple[int, int]] = ()) -> Location | None:
    """The clause's place: the first one introduced by a locative word ("in", "a", "في"), else the first."""
    places = [m for m in mentions if m.type == "PLACE" and start <= m.start and m.end <= end]
    if not places:
        return None
    introduced = [m for m in places if any(0 <= m.start - e <= LOCATIVE_GAP for _, e in locatives)]
    entity = entities[(introduced or places)[0].entity_id]
    return Location(entity.name, entity.country_code, entity.lat, entity.lon)


LOCATIVE_GAP = 12
