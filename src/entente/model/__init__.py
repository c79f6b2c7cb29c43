"""Plain data objects that flow through the pipeline. No I/O here."""
from entente.model.document import Document, Sentence
from entente.model.entity import Entity, Mention
from entente.model.event import Argument, Event, Location, Source

__all__ = ["Argument", "Document", "Entity", "Event", "Location", "Mention", "Sentence", "Source"]
