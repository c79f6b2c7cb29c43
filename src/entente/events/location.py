"""Where an event happened: a place named in its sentence, else the place of the last event
reported for the same day in the document."""
from __future__ import annotations

import bisect
from collections.abc import Callable

from entente.model import Entity, Location, Mention
from entente.text.locative import beside_locative
from entente.text.sentences import SENTENCE_STOP


class PlaceFinder:
    """The document's place mentions in text order, for the place of any span."""

    def __init__(self, mentions: list[Mention], entities: dict[str, Entity],
                 introduced_by: Callable[[Mention], bool] = lambda m: False):
        self._places = sorted((m for m in mentions if m.type == "PLACE" or "place_id" in m.attributes),
                              key=lambda m: m.start)
        self._starts = [m.start for m in self._places]
        self._entities, self._introduced_by = entities, introduced_by

    def place_in(self, start: int, end: int) -> Location | None:
        """The span's place: the first one introduced by a locative word ("in", "a", "في"), else the first."""
        first = bisect.bisect_left(self._starts, start)
        places = [m for m in self._places[first:bisect.bisect_left(self._starts, end)] if m.end <= end]
        if not places:
            return None
        chosen = next((m for m in places if self._introduced_by(m)), places[0])
        entity = self._entities[chosen.attributes.get("place_id", chosen.entity_id)]
        return Location(entity.name, entity.country_code, entity.lat, entity.lon)

    def foreign_place(self, start: int, end: int, home: set[str]) -> tuple[Mention, Entity] | None:
        """The first place named in a span that lies in a state other than ``home``'s."""
        first = bisect.bisect_left(self._starts, start)
        for mention in self._places[first:bisect.bisect_left(self._starts, end)]:
            entity = self._entities[mention.attributes.get("place_id", mention.entity_id)]
            if mention.end <= end and entity.country_code and entity.country_code not in home:
                return mention, entity
        return None

    def capital_after(self, position: int, end: int, gap: int) -> Mention | None:
        """A capital named as a place within ``gap`` characters after a position ("to Kyiv"), or
        read as its state behind a directional word ("إلى كييف")."""
        first = bisect.bisect_left(self._starts, position)
        return next((m for m in self._places[first:] if m.start - position <= gap and m.end <= end
                     and self._capital_reached(m)), None)

    def _capital_reached(self, mention: Mention) -> bool:
        """A capital named as a place ("to Kyiv"), or read as its state behind a directional word."""
        return bool(mention.attributes.get("capital_of")) or (mention.type == "STATE" and self._introduced_by(mention))

    def place_at(self, position: int, gap: int) -> Mention | None:
        """A place (or a capital read as its state) beginning within ``gap`` characters after a position."""
        first = bisect.bisect_left(self._starts, position)
        mention = self._places[first] if first < len(self._places) else None
        return mention if mention is not None and mention.start - position <= gap else None

    def capital_before(self, position: int, start: int, gap: int) -> Mention | None:
        """A capital reached (``_capital_reached``) ending within ``gap`` characters before a
        position ("в Пекин прибыл", "до Києва прибув")."""
        last = bisect.bisect_left(self._starts, position) - 1
        mention = self._places[last] if last >= 0 else None
        if mention is None or mention.start < start or not 0 <= position - mention.end <= gap:
            return None
        return mention if self._capital_reached(mention) else None


def locative_next_to(text: str, fold: Callable[[str], str], locatives: frozenset[str],
                     postpositions: bool = False, prepositions: bool = True) -> Callable[[Mention], bool]:
    """Whether a locative word stands right before a mention, or right after it in a language
    with postpositions ("ビエンチャンで開かれた", "मॉस्को में", "싱가포르에서 열린"); worked out
    once per mention. Where locatives only follow their noun, one before a mention closes the
    phrase before it ("बीजिंग में चीन और रूस के ...": China is a party, Beijing the place)."""
    known: dict[int, bool] = {}

    def introduced(mention: Mention) -> bool:
        found = known.get(mention.start)
        if found is None:
            found = known[mention.start] = beside_locative(text, mention.start, mention.end, fold, locatives,
                                                           prepositions=prepositions, postpositions=postpositions)
        return found
    return introduced


VENUE_BESIDE = 6  # characters between a place and its state named with it ("Kananaskis, Canada", "カナダ西部のカナナスキス")


def with_their_states(is_venue: Callable[[Mention], bool], mentions: list[Mention],
                      entities: dict[str, Entity], text: str) -> Callable[[Mention], bool]:
    """A venue test that also holds for a state named right beside a place inside it ("in
    Kananaskis, Canada", "カナダ西部のバンクーバーで"): the state says where the place is."""
    places = [m for m in mentions if m.type == "PLACE" and m.entity_id in entities]
    states = [m for m in mentions if m.type == "STATE" and m.entity_id in entities] if places else []
    starting, ending = {m.start: m for m in states}, {m.end: m for m in states}
    named_with_a_place = set()  # starts of state mentions beside a place of theirs
    for place in places:
        country = entities[place.entity_id].country_code
        for gap in range(VENUE_BESIDE + 1):
            after, before, beside = starting.get(place.end + gap), ending.get(place.start - gap), []
            # after the place only punctuation may stand between ("Kananaskis, Canada"; not "in Beijing met
            # China's ..."); before it, words of the phrase may ("カナダ西部のバンクーバー"), within the sentence
            if after is not None and not text[place.end:after.start].strip(" ,(（、"):
                beside.append(after)
            if before is not None and not SENTENCE_STOP.search(text, before.end, place.start):
                beside.append(before)
            named_with_a_place.update(s.start for s in beside if entities[s.entity_id].country_code == country)

    def venue(mention: Mention) -> bool:
        return mention.start in named_with_a_place or is_venue(mention)
    return venue
