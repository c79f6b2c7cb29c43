"""Entities (people, states, organisations, places) and their mentions in a document."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Entity:
    """A canonical entity; ``entity_id`` is deterministic (QID, ISO3, IGO code or a name key)."""

    entity_id: str
    type: str  # PERSON | STATE | IGO | PLACE
    name: str
    country_code: str | None = None
    igo_code: str | None = None
    wikidata_id: str | None = None
    role: str | None = None
    office: str | None = None
    in_kb: bool = True
    lat: float | None = None
    lon: float | None = None

    @property
    def code(self) -> str | None:
        """Participant code: the IGO code when set, else the country code."""
        return self.igo_code or self.country_code


@dataclass
class Mention:
    """A span of a document that names (or refers back to) an entity."""

    start: int
    end: int
    text: str
    type: str
    entity_id: str | None = None
    score: float = 0.0
    reason: str = ""
    sentence: int = -1
    attributes: dict = field(default_factory=dict)
