"""``entente kb lookup``: candidates for a name in any script, with the office on a date."""
from __future__ import annotations


def lookup(system, name: str, date: str | None = None, limit: int = 5) -> list[dict]:
    rows = []
    for candidate in system.alias_index.lookup(name, limit):
        entity = system.kb.get(candidate.entity_id)
        office = entity.office_on(date) if entity.type == "PERSON" else None
        code = (office.igo or office.country) if office else (entity.igo_code or entity.country_code)
        rows.append({"entity_id": entity.entity_id, "type": entity.type, "name": entity.name, "code": code,
                     "office": office.title if office else None, "score": candidate.score,
                     "reason": candidate.reason})
    return rows
