"""Stages and the pipeline that chains them, checked when built (as spaCy does)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from entente.model import Document, Entity, Event, Mention, Sentence
from entente.text.normalise import Folded


@dataclass
class Analysis:
    """What the stages know about one document; each stage adds its part."""

    document: Document
    folded: Folded | None = None
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    dates: list = field(default_factory=list)
    reference: object = None  # PartialDate: what relative dates and offices are read against
    anchors: list = field(default_factory=list)
    provided: set[str] = field(default_factory=lambda: {"document"})


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, analysis: Analysis) -> None: ...


class PipelineError(ValueError):
    pass


class Pipeline:
    """Runs stages in order; refuses at construction a stage whose inputs nobody provides."""

    def __init__(self, stages: Sequence[Stage]):
        available = {"document"}
        for stage in stages:
            missing = set(stage.requires) - available
            if missing:
                raise PipelineError(f"stage '{stage.name}' needs {sorted(missing)}, which no earlier stage provides")
            available |= set(stage.provides)
        self.stages = list(stages)

    @property
    def names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def __call__(self, document: Document) -> Analysis:
        analysis = Analysis(document)
        for stage in self.stages:
            stage(analysis)
            analysis.provided |= set(stage.provides)
        return analysis
