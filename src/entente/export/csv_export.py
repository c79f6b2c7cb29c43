"""Flat CSV of PLOVER events: one row per canonical event and source document."""
from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

COLUMNS = ("id", "date", "date_precision", "event", "mode", "context", "actor", "actor_codes", "recipient",
           "recipient_codes", "location", "lat", "lon", "confidence", "doc_id", "lang", "start", "end", "evidence")


def rows(records: Iterable[dict]) -> Iterable[list]:
    """One row per event and source, in COLUMNS order."""
    for record in records:
        for source in record["sources"]:
            yield _row(record, source)


def write_csv(records: Iterable[dict], handle: TextIO) -> int:
    writer = csv.writer(handle)
    writer.writerow(COLUMNS)
    count = 0
    for row in rows(records):
        writer.writerow(row)
        count += 1
    return count


def _row(record: dict, source: dict) -> list:
    loc = record.get("event_loc") or {}
    return [record["id"], record["date"], record["date_precision"], record["event"], ";".join(record["mode"]),
            ";".join(record["context"]), _names(record["actor"]), _codes(record["actor"]),
            _names(record["recipient"]), _codes(record["recipient"]), loc.get("name"), loc.get("lat"),
            loc.get("lon"), record["confidence"], source["doc_id"], source["lang"], source["start"],
            source["end"], source["text"]]


def _names(arguments: list[dict]) -> str:
    return ";".join(a["entity_name"] or a["raw_text"] for a in arguments)


def _codes(arguments: list[dict]) -> str:
    return ";".join(sorted({a.get("code") or a.get("igo_code") or a.get("country_code") or "" for a in arguments}))
