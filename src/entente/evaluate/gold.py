"""Gold files (../shared/gold/FORMAT.md): one JSON object per document."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from entente.errors import EntenteError


@dataclass
class GoldDocument:
    doc: str
    lang: str | None
    published: str | None
    entities: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)


def load_gold(path: Path) -> list[GoldDocument]:
    documents = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            documents.append(GoldDocument(data["doc"], data.get("lang"), data.get("published"),
                                          data.get("entities") or [], data.get("events") or []))
        except (json.JSONDecodeError, KeyError) as exc:
            raise EntenteError("E400", detail=f"{path}:{number}: {exc}") from exc
    return documents


def find_document_files(gold: list[GoldDocument], folders: list[Path]) -> list[Path]:
    """The input file of each gold document, by id, in the given folders (recursively)."""
    wanted = {g.doc for g in gold}
    found: dict[str, Path] = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            stem = path.name.split(".")[0]
            if path.is_file() and stem in wanted and stem not in found and path.suffix != ".jsonl":
                found[stem] = path
    return [found[doc] for doc in sorted(found)]
