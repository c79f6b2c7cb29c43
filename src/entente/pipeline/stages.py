"""The default chain of stages."""
from __future__ import annotations

from dataclasses import dataclass

from entente.pipeline.base import Analysis
from entente.text.normalise import Folder
from entente.text.sentences import SentenceSplitter


@dataclass
class SplitSentences:
    folder: Folder
    splitter: SentenceSplitter
    name: str = "sentences"
    requires: tuple[str, ...] = ("document",)
    provides: tuple[str, ...] = ("folded", "sentences")

    def __call__(self, analysis: Analysis) -> None:
        document = analysis.document
        analysis.folded = self.folder.fold(document.text)
        analysis.sentences = self.splitter.split(document.text, document.lang)


def default_stages(system) -> list:
    from entente.detect.reference import FindDates, YearFromOffices
    from entente.entities.recognise import RecogniseEntities
    from entente.events.extract import ExtractEvents

    return [SplitSentences(system.folder, system.splitter), FindDates(system.dates),
            RecogniseEntities(system.alias_index, system.lexicons, system.folder, system.places),
            YearFromOffices(system.kb, system.now),
            ExtractEvents(system.event_lexicons, system.folder, system.members, system.borders)]
