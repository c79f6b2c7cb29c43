"""PLOVER events with their evidence."""
from __future__ import annotations

from dataclasses import dataclass, field

IGO_ID_PREFIX = "igo:"  # the knowledge base's ids of intergovernmental organisations


@dataclass(frozen=True)
class Argument:
    """An actor or recipient: an entity and the text that named it."""

    entity_id: str
    raw_text: str
    code: str | None = None

    @property
    def organisation(self) -> bool:
        """An intergovernmental organisation (the knowledge base's ids of organisations begin "igo:")."""
        return self.entity_id.startswith(IGO_ID_PREFIX)


@dataclass(frozen=True)
class Location:
    name: str
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None


@dataclass(frozen=True)
class Source:
    """Where an event is reported: the evidence sentence and its offsets."""

    doc_id: str
    start: int
    end: int
    text: str
    lang: str | None


@dataclass
class Event:
    event_id: str
    doc_id: str
    category: str
    modes: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    actors: list[Argument] = field(default_factory=list)
    recipients: list[Argument] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    location: Location | None = None
    source: Source | None = None
    trigger: str = ""
    confidence: float = 0.0
    historical: bool = False
    date_basis: str = "none"  # text | carried (from the report before) | story (the lead's day) | reference | none
    lexicon_event: str = ""  # the trigger's own category, before intentions made it AGREE (STATEMENT for a joint statement)
    side_meeting: bool = False  # held on the sidelines of a larger meeting named in the same sentence
    headline: bool = False  # reported in the article's title line
