"""Assembles entente's components from its data files; passed to the CLI and web layers.

Components are built on first use, so a command that only lists documents never loads the
knowledge base.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from functools import cached_property

from entente.datafiles import Resources
from entente.detect.dates import DateFinder
from entente.detect.language import LanguageDetector
from entente.detect.published import PublicationDateDetector
from entente.ingest.boilerplate import BoilerplateFilter
from entente.ingest.build import DocumentBuilder
from entente.pipeline.base import Pipeline
from entente.text.normalise import Folder
from entente.text.sentences import SentenceSplitter


class Entente:
    def __init__(self, resources: Resources | None = None, analyse: bool = True, now: dt.date | None = None):
        self.resources = resources or Resources()
        self.analyse = analyse
        self.now = now  # the day articles are read: none is published later (None: the clock's today)

    @cached_property
    def folder(self) -> Folder:
        return Folder.from_resources(self.resources)

    @cached_property
    def dates(self) -> DateFinder:
        return DateFinder.from_resources(self.resources, self.folder)

    @cached_property
    def splitter(self) -> SentenceSplitter:
        return SentenceSplitter.from_resources(self.resources)

    @cached_property
    def builder(self) -> DocumentBuilder:
        boilerplate = BoilerplateFilter.from_resources(self.resources, self.folder)
        published = PublicationDateDetector.from_resources(self.resources, self.folder, self.dates, self.now)
        return DocumentBuilder(self.folder, boilerplate, LanguageDetector(), published)

    @cached_property
    def kb(self):
        return self.alias_index.kb

    @cached_property
    def alias_index(self):
        """The knowledge base and its alias index, rebuilt only when the data or user files change."""
        from entente.kb.index import AliasIndex
        from entente.kb.loader import load_kb, user_kb_dir

        user_files = sorted(user_kb_dir().glob("*.yaml"))
        stamp = hashlib.sha1("|".join(f"{p}:{p.stat().st_mtime_ns}:{p.stat().st_size}" for p in user_files).encode())
        return self.resources.cached(f"alias-index-{stamp.hexdigest()[:12]}",
                                     lambda: AliasIndex.build(load_kb(self.resources), self.folder, self.resources))

    @cached_property
    def places(self):
        from entente.kb.places import PlaceIndex

        return self.resources.cached("place-index", lambda: PlaceIndex.build(self.resources, self.folder))

    @cached_property
    def lexicons(self):
        from entente.entities.lexicon import load_lexicons

        return load_lexicons(self.resources, self.folder)

    @cached_property
    def event_lexicons(self):
        from entente.events.lexicon import load_event_lexicons

        return load_event_lexicons(self.resources, self.folder)

    @cached_property
    def members(self) -> dict[str, frozenset[str]]:
        """Member states of each organisation whose members the knowledge base lists."""
        return {e.igo_code: frozenset(e.members) for e in self.kb.by_type("IGO") if e.igo_code and e.members}

    @cached_property
    def borders(self) -> dict[str, frozenset[str]]:
        """The states each state shares a land border with (kb/states/generated/borders.yaml)."""
        return {code: frozenset(near) for code, near in (self.resources.load("kb/states/generated/borders.yaml") or {}).items()}

    def merge(self, store) -> None:
        """Cross-document merging of the stored events into canonical events."""
        from entente.merge.cluster import merge_store

        merge_store(store)

    @cached_property
    def pipeline(self) -> Pipeline:
        from entente.pipeline.stages import default_stages

        return Pipeline(default_stages(self) if self.analyse else [])
