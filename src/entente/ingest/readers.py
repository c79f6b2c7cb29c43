"""Readers turn input paths into ``RawRecord``s, or ``InputError``s for bad inputs.

Each reader yields as it goes, so one bad file, line or record never stops the batch.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from entente.errors import EntenteError, InputError
from entente.ingest.decode import decode_bytes
from entente.ingest.records import RawRecord

MAX_FILE_MB = 20
FEED_SUFFIXES = (".rss", ".atom", ".xml")
Item = RawRecord | InputError


def iter_inputs(paths: Iterable[str], stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every record in ``paths`` (files, directories walked recursively, ``-`` = stdin JSONL)."""
    for raw in paths:
        if raw == "-":
            yield from read_jsonl_stream(stdin or sys.stdin.buffer, "<stdin>")
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                yield from read_file(child, strict=False)
        elif path.exists():
            yield from read_file(path, strict=True)
        else:
            yield InputError("E131", str(path))


def input_kind(path: Path) -> str | None:
    """The reader for a file, from its name; None for files a directory walk should skip."""
    name = path.name.lower()
    for suffixes, kind in (((".txt",), "txt"), ((".html", ".htm"), "html"),
                           ((".jsonl", ".ndjson"), "jsonl"), ((".warc", ".warc.gz"), "warc"),
                           (FEED_SUFFIXES, "feed")):
        if name.endswith(suffixes):
            return kind
    return None


def file_doc_id(path: Path) -> str:
    """A file's document id: its name without extension(s) such as .warc.gz."""
    name = path.name
    for suffix in (".warc.gz", ".warc"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def read_file(path: Path, strict: bool) -> Iterator[Item]:
    """Records of one file; unknown types are an error only when named explicitly."""
    kind = input_kind(path)
    if kind is None:
        if strict:
            yield InputError("E130", str(path), suffix=path.suffix or path.name)
        return
    reader = {"txt": _read_document_file, "html": _read_document_file,
              "jsonl": _read_jsonl_file, "warc": read_warc, "feed": read_feed}[kind]
    try:
        yield from reader(path, kind)
    except OSError as exc:
        yield InputError("E100", str(path), detail=exc.strerror or str(exc))


def _read_document_file(path: Path, kind: str) -> Iterator[Item]:
    size = path.stat().st_size
    if size > MAX_FILE_MB * 1024 * 1024:
        yield InputError("E102", str(path), size_mb=size / 1024 / 1024, limit_mb=MAX_FILE_MB)
        return
    try:
        content = decode_bytes(path.read_bytes())
    except EntenteError as exc:
        yield InputError(exc.code, str(path), **exc.details)
        return
    field = "html" if kind == "html" else "text"
    yield RawRecord(source=str(path), kind=kind, doc_id=file_doc_id(path), **{field: content})


def _read_jsonl_file(path: Path, kind: str) -> Iterator[Item]:
    with path.open("rb") as handle:
        yield from read_jsonl_stream(handle, str(path))


def read_jsonl_stream(handle: IO[bytes], source: str) -> Iterator[Item]:
    """One record per non-empty line: ``id``, ``text`` or ``html``, optional metadata."""
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            yield _jsonl_record(json.loads(decode_bytes(line)), source, number)
        except json.JSONDecodeError as exc:
            yield InputError("E110", source, number, detail=exc.msg)
        except InputError as exc:
            yield exc
        except EntenteError as exc:
            yield InputError(exc.code, source, number, **exc.details)


def _jsonl_record(obj: object, source: str, line: int) -> RawRecord:
    if not isinstance(obj, dict):
        raise InputError("E112", source, line)
    if not (_text(obj.get("text")) or _text(obj.get("html"))):
        raise InputError("E111", source, line, field="text")
    return RawRecord(
        source=source, kind="jsonl", line=line,
        doc_id=_text(obj.get("id")), text=_text(obj.get("text")), html=_text(obj.get("html")),
        url=_text(obj.get("url")), title=_text(obj.get("title")),
        published=_text(obj.get("published")), lang=_text(obj.get("lang")),
    )


def _text(value: object) -> str | None:
    """A metadata value as text (ids may be numbers); empty values count as absent."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def read_warc(path: Path, kind: str = "warc") -> Iterator[Item]:
    """HTML responses of a WARC file; a truncated archive keeps the records read before."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with path.open("rb") as handle:
        records = ArchiveIterator(handle)
        try:
            for record in records:
                yield from _warc_html(record, str(path))
            end = records.get_record_offset() + (records.get_record_length() or 0)
            if _has_unread_bytes(handle, end):
                yield InputError("E120", str(path), detail=f"unreadable bytes after offset {end}")
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            yield InputError("E120", str(path), detail=str(exc).splitlines()[0][:120] or type(exc).__name__)


def _has_unread_bytes(handle, end: int) -> bool:
    """Bytes other than record-separator white space after the last record that parsed."""
    handle.seek(end)
    return bool(handle.read(64 * 1024).strip())


def _warc_html(record, source: str) -> Iterator[Item]:
    if record.rec_type != "response" or record.http_headers is None:
        return
    content_type = record.http_headers.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return
    body = record.content_stream().read()
    url = record.rec_headers.get_header("WARC-Target-URI")
    if getattr(record.raw_stream, "limit", 0) > 0:
        yield InputError("E120", source, detail=f"record {url} is cut short")
        return
    yield RawRecord(source=source, kind="warc", html=decode_bytes(body), url=url)


def read_feed(path: Path, kind: str = "feed") -> Iterator[Item]:
    """Entries of an RSS/Atom file, with their title, link and publication date."""
    import feedparser

    parsed = feedparser.parse(path.read_bytes())
    if parsed.bozo and not parsed.entries:
        yield InputError("E122", str(path), detail=str(parsed.get("bozo_exception", "not a feed"))[:120])
        return
    for entry in parsed.entries:
        yield _feed_record(entry, str(path))


def _feed_record(entry, source: str) -> RawRecord:
    content = entry.get("content") or []
    html = content[0].get("value") if content else entry.get("summary")
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    published = f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}" if stamp else None
    return RawRecord(source=source, kind="feed", html=html, url=entry.get("link"),
                     title=entry.get("title"), published=published)
