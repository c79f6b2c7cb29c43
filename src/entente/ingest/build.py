"""Raw record to Document: extract, clean, detect language and publication date, hash."""
from __future__ import annotations

import hashlib
import unicodedata

from entente.detect.dates import parse_iso
from entente.detect.language import LanguageDetector
from entente.detect.published import PublicationDateDetector
from entente.errors import InputError
from entente.ingest.boilerplate import BoilerplateFilter
from entente.ingest.html import extract_html
from entente.ingest.records import RawRecord
from entente.model import Document
from entente.text.normalise import Folder


class DocumentBuilder:
    def __init__(self, folder: Folder, boilerplate: BoilerplateFilter, languages: LanguageDetector,
                 published: PublicationDateDetector):
        self._folder = folder
        self._boilerplate = boilerplate
        self._languages = languages
        self._published = published

    def build(self, record: RawRecord) -> Document:
        """The clean document of a record; raises InputError when nothing usable is left."""
        raw, title, html_date = self._raw_text(record)
        text = self._boilerplate.clean(raw)
        if not text.strip():
            raise InputError("E121" if record.html and not raw.strip() else "E103", record.source, record.line)
        content_hash = self.content_hash(text)
        document = Document(
            doc_id=record.doc_id or f"h{content_hash[:16]}", text=text, title=record.title or title or _heading(text),
            url=record.url, source=record.source, content_hash=content_hash)
        self._set_language(document, record)
        self._set_published(document, record, html_date, raw)
        return document

    def _raw_text(self, record: RawRecord) -> tuple[str, str | None, str | None]:
        if record.text:
            return record.text, None, None
        extracted = extract_html(record.html or "", record.url)
        return extracted.text, extracted.title, extracted.published

    def content_hash(self, text: str) -> str:
        """Hash of the normalised text: the same article from two sites hashes the same
        (Unicode-normalised, case-folded, white space collapsed)."""
        normalised = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
        return hashlib.sha256(normalised.encode("utf-8")).hexdigest()

    def _set_language(self, document: Document, record: RawRecord) -> None:
        if record.lang:
            document.lang, document.lang_confidence = record.lang.lower()[:2], 1.0
            document.meta["lang_method"] = "metadata"
            return
        guess = self._languages.detect(document.text)
        document.lang, document.lang_confidence = guess.lang, guess.confidence
        document.meta["lang_method"] = "fasttext-lid176"

    def _set_published(self, document: Document, record: RawRecord, html_date: str | None, raw: str) -> None:
        given = parse_iso(record.published)
        if given and given.iso():
            document.published, document.published_method = given.iso(), "metadata"
        elif html_date:
            document.published, document.published_method = html_date, "html-metadata"
        elif found := self._published.detect(raw, document.lang):
            document.published, document.published_method = found.date, found.method


def _heading(text: str) -> str | None:
    """The first line, when it reads as a headline rather than a paragraph."""
    first = text.split("\n", 1)[0].strip()
    return first if first and len(first.split()) <= 25 and not first.endswith((".", "!", "?")) else None
