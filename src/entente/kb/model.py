"""Knowledge-base records: entities with names in every script, and dated offices."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Office:
    office: str
    title: str
    country: str | None
    igo: str | None
    start: str | None
    end: str | None

    def held_on(self, day: str) -> bool:
        """Whether the office was held on ``day`` (ISO prefix comparison works for partial dates)."""
        return (not self.start or self.start[: len(day)] <= day) and (not self.end or day <= self.end)


@dataclass
class KBEntity:
    entity_id: str
    type: str  # PERSON | STATE | IGO
    name: str
    country_code: str | None = None
    igo_code: str | None = None
    wikidata_id: str | None = None
    offices: list[Office] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    capital: str | None = None

    def office_on(self, day: str | None) -> Office | None:
        """The office held on ``day``; without a date, an office still held (a president of the
        European Commission who was once a defence minister acts for the EU), else the last one left."""
        if not self.offices:
            return None
        if day:
            held = [o for o in self.offices if o.held_on(day)]
            return max(held, key=_office_rank) if held else None
        return max(self.offices, key=lambda o: (o.end is None, o.end or "", _office_rank(o)))


def _office_rank(office: Office) -> tuple:
    """A minister who also sits on an organisation's council acts for the state: national offices
    rank first, then the most recent."""
    return (office.country is not None, office.start or "")


def written_in_capitals(text: str) -> bool:
    """At least two letters, all capitals: an acronym as written ("US", "EAU", "КНР")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# Kinds of alias that count only in their own language (see Alias.applies_in).
LANGUAGE_BOUND = frozenset({"demonym", "capital", "ambiguous", "contextual"})


@dataclass(frozen=True)
class Alias:
    """A string that names an entity; ``kind`` says how (name, acronym, demonym, capital, seat…)."""

    text: str
    entity_id: str
    kind: str
    lang: str | None = None

    def applies_in(self, lang: str | None) -> bool:
        """Common words in one language can be a demonym or capital in another ("fin" in French,
        Turkish "Fin" = Finnish; ja "日本政府" would hide zh "日本"): these kinds count only in
        their own language."""
        return not (self.kind in LANGUAGE_BOUND and self.lang and lang and self.lang != lang)



@dataclass
class KnowledgeBase:
    entities: dict[str, KBEntity]
    aliases: list[Alias]
    contextual: dict[str, frozenset[str]] = field(default_factory=dict)
    office_labels: dict[str, str] = field(default_factory=dict)
    family_name_first: frozenset[str] = frozenset()
    kanji_family_name: dict[str, int] = field(default_factory=dict)  # state -> leading characters of an unsegmented name

    def get(self, entity_id: str) -> KBEntity | None:
        return self.entities.get(entity_id)

    def by_type(self, kind: str) -> list[KBEntity]:
        return [e for e in self.entities.values() if e.type == kind]
