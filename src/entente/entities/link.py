"""Choosing the entity each mention refers to, and building the document's entity table."""
from __future__ import annotations

import re
from collections.abc import Sequence

from anyascii import anyascii

from entente.entities.lexicon import Anchor
from entente.kb.index import AliasIndex
from entente.kb.model import Alias, KBEntity, written_in_capitals
from entente.kb.namekey import name_key
from entente.model import Entity, Mention

_LATIN = re.compile(r"^[\sA-Za-zÀ-ɏ'’\-.]+$")
KIND_SCORE = {"name": 1.0, "acronym": 0.95, "demonym": 0.9, "seat": 0.85, "contextual": 0.8,
              "ambiguous": 0.7, "capital": 0.8}


_NAME_SPLIT = re.compile(r"[\s·‧・]+")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


class Linker:
    """Links the mentions of one document; ``day`` is its reference date (ISO, may be partial)."""

    def __init__(self, index: AliasIndex, day: str | None, lang: str | None = None, places=None):
        self.index = index
        self.lang = lang
        self.places = places
        self.kb = index.kb
        self.day = day
        self.entities: dict[str, Entity] = {}
        self._names: dict[str, list[str]] = {}

    def link(self, mentions: list[Mention], anchors: list[Anchor], text: str) -> list[Mention]:
        codes, states = self._unambiguous_codes(mentions)
        linked = []
        for mention in mentions:
            if "place" in mention.attributes:
                chosen = self._gazetteer_place(mention)
            elif "aliases" in mention.attributes:
                chosen = self._choose(mention, codes, anchors, states)
            else:
                chosen = self._discovered(mention, linked, text)
            if chosen is not None:
                linked.append(chosen)
        return linked

    # --- KB aliases ----------------------------------------------------------------------
    def _unambiguous_codes(self, mentions: list[Mention]) -> tuple[set[str], set[str]]:
        """The codes the document names unambiguously, in its own language (the Korean headline
        form 中 says nothing in a Japanese text): those of every entity named, people's included,
        and those of the states and organisations alone."""
        codes, states = set(), set()
        for mention in mentions:
            for alias in self._trusted(mention.attributes.get("aliases", ()), mention.text):
                if alias.kind in ("name", "acronym", "demonym") and self._in_language(alias):
                    entity = self.kb.get(alias.entity_id)
                    code = entity.igo_code or entity.country_code or ""
                    codes.add(code)
                    if entity.type != "PERSON":
                        states.add(code)
        return codes, states

    def _choose(self, mention: Mention, codes: set[str], anchors: list[Anchor], states: set[str]) -> Mention | None:
        aliases = [a for a in self._trusted(mention.attributes["aliases"], mention.text)
                   if self._alias_applies(a, mention, codes)]
        if not aliases:
            return None
        persons = [a for a in aliases if self.kb.get(a.entity_id).type == "PERSON"]
        alias = self._best_person(persons, mention, anchors, states) if persons else self._best_other(aliases, codes)
        if alias.kind == "capital":
            return self._place(mention, self.kb.get(alias.entity_id))
        entity = self._register(self.kb.get(alias.entity_id))
        return _linked(mention, entity, KIND_SCORE.get(alias.kind, 0.8), f"{alias.kind} '{alias.text}'")

    def _trusted(self, aliases: Sequence[Alias], written: str) -> Sequence[Alias]:
        """A mention's aliases, without another language's name for an entity that the document's
        language lists as ambiguous in that spelling, in a script without capitals, where nothing
        else tells the name from the word ("مالی" is Mali and 'financial' in Persian and Urdu; the
        Arabic name "مالي" folds to it and must not make it certain)."""
        if written[:1].lower() != written[:1].upper():
            return aliases  # a cased script: a capital letter decides (see _alias_applies)
        doubted = {a.entity_id for a in aliases if a.kind == "ambiguous" and a.lang == self.lang}
        return [a for a in aliases if not (a.entity_id in doubted and a.kind == "name" and a.lang != self.lang)]

    def _in_language(self, alias: Alias) -> bool:
        return alias.applies_in(self.lang)

    def _alias_applies(self, alias: Alias, mention: Mention, codes: set[str]) -> bool:
        if not self._in_language(alias):
            return False
        if mention.text.islower() and written_in_capitals(alias.text):
            return False  # "US", "EAU" (or "Celac"), never all in small letters: English "us", French "eau" are words
        if alias.kind == "capital" and mention.text[:1].islower():
            return False  # a capital is a proper name, written with a capital letter in cased scripts
        if alias.kind == "contextual":
            return bool(self.kb.contextual.get(alias.entity_id, frozenset()) & codes)
        if alias.kind == "ambiguous":
            entity = self.kb.get(alias.entity_id)
            written = mention.text
            capitalised = written[:1].isupper() and (not mention.attributes.get("sentence_initial")
                                                     or written_in_capitals(written))  # "US", "CAR": never a word
            return capitalised or (entity.igo_code or entity.country_code) in codes
        return True

    def _best_other(self, aliases: list[Alias], codes: set[str]) -> Alias:
        """The most specific reading; among contextual ones, the best supported by the document."""
        return max(aliases, key=lambda a: (KIND_SCORE.get(a.kind, 0.5),
                                           len(self.kb.contextual.get(a.entity_id, frozenset()) & codes)))

    def _best_person(self, aliases: list[Alias], mention: Mention, anchors: list[Anchor], states: set[str]) -> Alias:
        """The best fitting person; between two who fit as well (namesakes in office on the day: Spain's
        prime minister and Colombia's defence minister Pedro Sánchez), the one whose state the document names."""
        anchor = _anchor_before(anchors, mention.start)
        return max(aliases, key=lambda a: (self._person_fit(self.kb.get(a.entity_id), anchor),
                                           self._serves(self.kb.get(a.entity_id), states)))

    def _serves(self, person: KBEntity, states: set[str]) -> bool:
        office = person.office_on(self.day)
        return ((office.country or office.igo) if office else person.country_code) in states

    def _person_fit(self, person: KBEntity, anchor: Anchor | None) -> float:
        office = person.office_on(self.day)
        score = 1.0 if office else 0.0
        if office and anchor and anchor.office == office.office:
            score += 0.5
        return score

    # --- persons outside the KB ------------------------------------------------------------
    def _discovered(self, mention: Mention, linked: list[Mention], text: str) -> Mention | None:
        anchor = mention.attributes.get("anchor")
        candidates = self.index.persons_by_key(mention.text)
        if candidates:
            person = max((self.kb.get(c) for c in candidates), key=lambda p: self._person_fit(p, anchor))
            entity = self._register(person)
            return _linked(mention, entity, 0.8, f"name key {name_key(mention.text)} after '{text[anchor.start:anchor.end]}'")
        country = _title_state(linked, self.entities, mention.start, anchor)
        entity = self._new_person(mention.text, country, anchor.office if anchor else None)
        return _linked(mention, entity, 0.6, f"name after '{text[anchor.start:anchor.end]}'" if anchor else "name")

    def _new_person(self, written: str, country: str | None, office: str | None) -> Entity:
        entity_id = f"p:{country or 'UNK'}:{name_key(written)}"
        if entity_id not in self.entities:
            name = written if _LATIN.match(written) else anyascii(written).title()
            self.entities[entity_id] = Entity(entity_id, "PERSON", name, country_code=country, office=office,
                                              role=self.index.office_label(office), in_kb=False)
            self._names[entity_id] = [written]
        return self.entities[entity_id]

    def _place(self, mention: Mention, state: KBEntity) -> Mention:
        """A capital named as a place: the gazetteer's row for it, with coordinates."""
        place = self.places.capital_of(state.country_code) if self.places else None
        if place is not None:
            entity = self.entities.setdefault(place.place_id, place.entity())
        else:
            entity_id = f"place:{state.entity_id}:{state.capital}"
            entity = self.entities.setdefault(entity_id, Entity(entity_id, "PLACE", state.capital or mention.text,
                                                                country_code=state.country_code))
        return _linked(mention, entity, 0.8, f"capital of {state.entity_id}")

    def _gazetteer_place(self, mention: Mention) -> Mention:
        place = self.places.places[mention.attributes["place"]]
        entity = self.entities.setdefault(place.place_id, place.entity())
        return _linked(mention, entity, 0.75, f"gazetteer place {place.name}")

    # --- entity table ------------------------------------------------------------------------
    def _register(self, kb_entity: KBEntity) -> Entity:
        if kb_entity.entity_id not in self.entities:
            self.entities[kb_entity.entity_id] = self._entity(kb_entity)
            self._names[kb_entity.entity_id] = kb_entity.names
        return self.entities[kb_entity.entity_id]

    def _entity(self, kb_entity: KBEntity) -> Entity:
        entity = Entity(kb_entity.entity_id, kb_entity.type, kb_entity.name, country_code=kb_entity.country_code,
                        igo_code=kb_entity.igo_code, wikidata_id=kb_entity.wikidata_id)
        return in_office(entity, kb_entity, self.day) if kb_entity.type == "PERSON" else entity

    def state(self, code: str | None) -> Entity | None:
        """The state entity of a country code, registered for this document."""
        kb_entity = self.kb.get(code or "")
        return self._register(kb_entity) if kb_entity is not None and kb_entity.type == "STATE" else None

    def linked_persons(self) -> list[str]:
        return [k for k, e in self.entities.items() if e.type == "PERSON"]

    def surnames(self, entity_id: str) -> set[str]:
        """The family name alone: the last word, or the first where names put it first (Wang Yi);
        long enough not to be an initial or a particle."""
        found = set()
        country = self.entities[entity_id].country_code or ""
        family_first = country in self.kb.family_name_first
        kanji_family = self.kb.kanji_family_name.get(country)
        for name in self._names.get(entity_id, []):
            tokens = [t for t in _NAME_SPLIT.split(name) if t]
            if len(tokens) == 1 and kanji_family and len(name) > kanji_family and _HAN.fullmatch(name):
                found.add(name[:kanji_family])  # 中谷元: 中谷
            if len(tokens) < 2:
                continue
            latin_family_first = family_first and name.isascii()
            token = tokens[0] if latin_family_first else tokens[-1]
            if len(token) >= (2 if latin_family_first or _HAN.search(name) else 4):
                found.add(token)
        return found

    def family_names(self, entity_id: str) -> set[str]:
        """The family name alone of an official whose names put it first and are written as one
        word in Hangul or Han characters (윤석열: 윤, 李强: 李); short, so only found before a title."""
        if (self.entities[entity_id].country_code or "") not in self.kb.family_name_first:
            return set()
        return {name[0] for name in self._names.get(entity_id, [])
                if 2 <= len(name.rstrip("*")) <= 4 and _FAMILY_FIRST_SCRIPT.fullmatch(name.rstrip("*"))}

    def surname_mention(self, start: int, end: int, written: str, entity_id: str) -> Mention:
        entity = self.entities[entity_id]
        return _linked(Mention(start, end, written, "PERSON"), entity, 0.7, f"surname of {entity.name}")

    def anaphora_mention(self, start: int, end: int, written: str, entity_id: str) -> Mention:
        entity = self.entities[entity_id]
        return _linked(Mention(start, end, written, "PERSON"), entity, 0.6, f"refers back to {entity.name}")


_FAMILY_FIRST_SCRIPT = re.compile(r"[\uac00-\ud7a3]+|[\u4e00-\u9fff]+")


def _linked(mention: Mention, entity: Entity, score: float, reason: str) -> Mention:
    return Mention(mention.start, mention.end, mention.text, entity.type, entity.entity_id, score, reason,
                   attributes={k: v for k, v in mention.attributes.items() if k == "anchor"})


def _anchor_before(anchors: list[Anchor], position: int) -> Anchor | None:
    before = [a for a in anchors if a.end <= position and position - a.end <= 60]
    return max(before, key=lambda a: a.end) if before else None


TITLE_ADJECTIVE_REACH = 25  # "the Congolese President X": the state word may stand just before the office
NEAREST_STATE_REACH = 80


def _title_state(linked: list[Mention], entities: dict[str, Entity], position: int, anchor: Anchor | None) -> str | None:
    """The state a discovered person serves: named in their title ("le président congolais X",
    "Congolese President X"), or, with no title, the state named just before with no other
    person in between; never one that belongs to someone else's title."""
    start = anchor.start - TITLE_ADJECTIVE_REACH if anchor else position - NEAREST_STATE_REACH
    before = [m for m in linked if start <= m.start and m.end <= position]
    states = [m for m in before if m.type == "STATE"]
    if not states or any(m.type == "PERSON" and m.start > states[-1].end for m in before):
        return None
    return entities[states[-1].entity_id].country_code


def in_office(person: Entity, kb_entity: KBEntity, day: str | None) -> Entity:
    """The person as the office held on ``day`` (without a day, the office held now) makes them act:
    its title as role, and the state or organisation it serves as code."""
    office = kb_entity.office_on(day)
    person.role, person.office = (office.title, office.office) if office else (None, None)
    person.country_code = (office and office.country) or kb_entity.country_code
    person.igo_code = office.igo if office else kb_entity.igo_code
    return person
