"""User additions to the knowledge base: validated, then kept beside the bundled data."""
from __future__ import annotations

import shutil
from pathlib import Path

from entente.datafiles import read_yaml
from entente.errors import EntenteError
from entente.kb.loader import OFFICE_KEYS, user_kb_dir

DATE_FIELDS = ("start", "end")


def validate_persons(records: object, source: Path) -> int:
    """Raise E300 naming the record and the problem; returns the number of records."""
    if not isinstance(records, list):
        raise EntenteError("E300", detail=f"{source}: expected a YAML list of persons")
    for index, record in enumerate(records, start=1):
        _validate_person(record, f"{source}: record {index}")
    return len(records)


def _validate_person(record: object, where: str) -> None:
    if not isinstance(record, dict):
        raise EntenteError("E300", detail=f"{where}: not a mapping")
    for key in ("id", "name"):
        if not record.get(key):
            raise EntenteError("E300", detail=f"{where}: missing '{key}'")
    if not isinstance(record.get("names", {}), dict):
        raise EntenteError("E300", detail=f"{where}: 'names' must map languages to lists")
    for office in record.get("offices") or []:
        _validate_office(office, f"{where} ({record['id']})")


def _validate_office(office: dict, where: str) -> None:
    if office.get("office") not in OFFICE_KEYS:
        raise EntenteError("E300", detail=f"{where}: unknown office '{office.get('office')}'")
    if not (office.get("country") or office.get("igo")):
        raise EntenteError("E300", detail=f"{where}: an office needs 'country' or 'igo'")
    start, end = (str(office.get(k) or "") for k in DATE_FIELDS)
    if start and end and end < start:
        raise EntenteError("E300", detail=f"{where}: office ends ({end}) before it starts ({start})")


def add_user_file(path: Path, target_dir: Path | None = None) -> tuple[Path, int]:
    count = validate_persons(read_yaml(path), path)
    target_dir = target_dir or user_kb_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / path.name
    shutil.copyfile(path, target)
    return target, count
