"""What the API and the web UI show: each function returns plain data for one view, so the JSON
endpoint and the HTML page render the same thing."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict

import sqlalchemy as sa

from entente.store import schema
from entente.store.event_queries import EventFilter, category_and_period, event_conditions
from entente.store.queries import document_entities
from entente.store.store import Store, _document

MAX_PAGE = 200
ENTITY_EVENTS = 100  # the latest events shown on an entity's page
SPELLINGS = 30


def _page(limit: int) -> int:
    return max(1, min(limit, MAX_PAGE))


# --- events -------------------------------------------------------------------------------------
def _canonical_conditions(where: EventFilter) -> list:
    """Conditions on canonical events: category and period directly; the rest through their sources."""
    c, links = schema.canonical_events, schema.event_links
    conditions = category_and_period(c.c.category, c.c.date, where)
    if where.code:
        cp = schema.canonical_participants
        conditions.append(c.c.canonical_id.in_(sa.select(cp.c.canonical_id).where(cp.c.code == where.code.upper())))
    rest = EventFilter(entity=where.entity, lang=where.lang, text=where.text)
    if rest.entity or rest.lang or rest.text:
        source = sa.select(links.c.canonical_id).join(schema.events, schema.events.c.event_id == links.c.event_id)
        for condition in event_conditions(rest):
            source = source.where(condition)
        conditions.append(c.c.canonical_id.in_(source))
    return conditions


def _by_event(where: EventFilter):
    c = schema.canonical_events
    conditions = _canonical_conditions(where)
    return sa.select(c).where(*conditions), sa.select(c.c.category, sa.func.count()).where(*conditions).group_by(c.c.category)


def _by_participant(where: EventFilter):
    """Events of one state or organisation, read in date order from its participation index."""
    c, cp = schema.canonical_events, schema.canonical_participants
    conditions = [cp.c.code == where.code.upper()] + _canonical_conditions(EventFilter(
        entity=where.entity, category=where.category, lang=where.lang, text=where.text))
    conditions += category_and_period(cp.c.category, cp.c.date, EventFilter(date_from=where.date_from, date_to=where.date_to))
    page = sa.select(c.c.canonical_id, c.c.category, c.c.record, cp.c.date).join(
        cp, cp.c.canonical_id == c.c.canonical_id).where(*conditions)
    tally = sa.select(c.c.category, sa.func.count()).join(cp, cp.c.canonical_id == c.c.canonical_id).where(
        *conditions).group_by(c.c.category)
    return page, tally


def _canonical_ids(where: EventFilter):
    """Canonical events matching the filter (a subquery)."""
    c = schema.canonical_events
    return sa.select(c.c.canonical_id).where(*_canonical_conditions(where))


def _newest_first(dialect: str, column):
    return column.desc().nullslast() if dialect == "postgresql" else column.desc()  # SQLite sorts NULL last here


def list_events(store: Store, where: EventFilter, counts: bool = True) -> dict:
    """One row per real-world event (merged across sources), newest first, with counts by category."""
    page, tally = _by_participant(where) if where.code else _by_event(where)
    page = page.order_by(_newest_first(store.dialect, page.selected_columns.date), page.selected_columns.canonical_id)
    with store.engine.connect() as connection:
        rows = [dict(r._mapping) for r in connection.execute(page.limit(_page(where.limit)).offset(where.offset))]
        by_category = dict(connection.execute(tally).all()) if counts else {}
        representatives = _events(connection, [r["record"]["representative"] for r in rows])
    total = sum(by_category.values())
    items = [_event_summary(row, representatives.get(row["record"]["representative"])) for row in rows]
    return {"total": total, "by_category": by_category, "items": items,
            "limit": _page(where.limit), "offset": where.offset}


def _events(connection, event_ids: list[str]) -> dict[str, dict]:
    if not event_ids:
        return {}
    rows = connection.execute(sa.select(schema.events).where(schema.events.c.event_id.in_(event_ids)))
    return {r.event_id: dict(r._mapping) for r in rows}


def _event_summary(canonical: dict, event: dict | None) -> dict:
    record = canonical["record"]
    event = event or {}
    return {"id": canonical["canonical_id"], "category": canonical["category"], "date": canonical["date"],
            "modes": event.get("modes", []), "participants": record["participants"],
            "actors": sorted({a.get("code") for a in record.get("actors", event.get("actors", [])) if a.get("code")}),
            "recipients": sorted({a.get("code") for a in record.get("recipients", event.get("recipients", []))
                                  if a.get("code")}),
            "location": record.get("location"), "sources": len(record["members"]),
            "evidence": event.get("evidence_text"), "lang": event.get("lang"), "doc_id": event.get("doc_id")}


def event_detail(store: Store, canonical_id: str) -> dict | None:
    """A real-world event with every source, its evidence in the original, and why sources merged."""
    c, m = schema.canonical_events, schema.merge_edges
    with store.engine.connect() as connection:
        row = connection.execute(sa.select(c).where(c.c.canonical_id == canonical_id)).first()
        if row is None:
            return None
        canonical = dict(row._mapping)
        members = canonical["record"]["members"]
        events = _events(connection, members)
        edges = connection.execute(sa.select(m).where(m.c.event_a.in_(members), m.c.event_b.in_(members))).all()
        documents = _documents(connection, sorted({e["doc_id"] for e in events.values()}))
    entities = _entities_of(store, events.values())
    return {**_event_summary(canonical, events.get(canonical["record"]["representative"])),
            "sources": [_source(events[e], documents, entities) for e in members if e in events],
            "merges": [dict(edge._mapping) for edge in edges]}


def _documents(connection, doc_ids: list[str]) -> dict[str, dict]:
    rows = connection.execute(sa.select(schema.documents).where(schema.documents.c.doc_id.in_(doc_ids)))
    return {r.doc_id: asdict(_document(r)) for r in rows}


def _entities_of(store: Store, events) -> dict[str, dict]:
    ids = sorted({a["entity_id"] for e in events for a in e["actors"] + e["recipients"]})
    if not ids:
        return {}
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(schema.entities).where(schema.entities.c.entity_id.in_(ids)))
        return {r.entity_id: dict(r._mapping) for r in rows}


def _source(event: dict, documents: dict, entities: dict) -> dict:
    document = documents.get(event["doc_id"], {})
    text = document.get("text", "")
    context_start = max(0, text.rfind("\n", 0, event["evidence_start"]) + 1)
    context_end = text.find("\n", event["evidence_end"])
    context_end = len(text) if context_end < 0 else context_end
    return {"event_id": event["event_id"], "doc_id": event["doc_id"], "lang": event["lang"],
            "title": document.get("title"), "url": document.get("url"), "published": document.get("published"),
            "date": event["date"], "date_precision": event["date_precision"], "trigger": event["trigger"],
            "confidence": event["confidence"], "historical": event["historical"],
            "before": text[context_start:event["evidence_start"]], "evidence": event["evidence_text"],
            "after": text[event["evidence_end"]:context_end], "start": event["evidence_start"], "end": event["evidence_end"],
            "actors": [_argument(a, entities) for a in event["actors"]],
            "recipients": [_argument(a, entities) for a in event["recipients"]]}


def _argument(argument: dict, entities: dict) -> dict:
    entity = entities.get(argument["entity_id"], {})
    return {"entity_id": argument["entity_id"], "name": entity.get("name") or argument["raw_text"],
            "type": entity.get("type"), "code": argument.get("code"), "raw_text": argument["raw_text"]}


# --- entities -----------------------------------------------------------------------------------
def list_entities(store: Store, query: str | None = None, kind: str | None = None, limit: int = 50,
                  offset: int = 0) -> dict:
    n, m = schema.entities, schema.mentions
    mentions = sa.func.count(m.c.entity_id).label("mentions")
    select = sa.select(n, mentions).join(m, m.c.entity_id == n.c.entity_id, isouter=True).group_by(n.c.entity_id)
    if query:
        select = select.where(sa.or_(n.c.name.ilike(f"%{query}%"), n.c.entity_id == query,
                                     n.c.country_code == query.upper(), n.c.igo_code == query.upper()))
    if kind:
        select = select.where(n.c.type == kind.upper())
    with store.engine.connect() as connection:
        rows = connection.execute(select.order_by(mentions.desc(), n.c.name).limit(_page(limit)).offset(offset))
        return {"items": [dict(r._mapping) for r in rows], "limit": _page(limit), "offset": offset}


def entity_detail(store: Store, entity_id: str, kb=None) -> dict | None:
    """An entity with its offices over time (from the knowledge base), where it is named and its events."""
    n, m = schema.entities, schema.mentions
    with store.engine.connect() as connection:
        row = connection.execute(sa.select(n).where(n.c.entity_id == entity_id)).first()
        if row is None:
            return None
        times = sa.func.count().label("times")
        spellings = connection.execute(sa.select(m.c.text, times).where(m.c.entity_id == entity_id)
                                       .group_by(m.c.text).order_by(times.desc()).limit(SPELLINGS)).all()
        roles = sorted(r.role for r in connection.execute(sa.select(m.c.role).where(
            m.c.entity_id == entity_id, m.c.role.isnot(None)).group_by(m.c.role)))
    entity_row = dict(row._mapping)
    code = entity_row["igo_code"] or entity_row["country_code"] if entity_row["type"] in ("STATE", "IGO") else None
    where = EventFilter(code=code, limit=ENTITY_EVENTS) if code else EventFilter(entity=entity_id, limit=ENTITY_EVENTS)
    events = list_events(store, where, counts=False)["items"]
    kb_entity = kb.get(entity_id) if kb is not None else None
    offices = [asdict(o) for o in sorted(kb_entity.offices, key=lambda o: o.start or "")] if kb_entity else []
    return {**dict(row._mapping), "spellings": [tuple(r) for r in spellings], "roles": roles, "offices": offices,
            "events": sorted(events, key=lambda e: e["date"] or "")}


# --- documents ------------------------------------------------------------------------------------
def list_documents(store: Store, lang: str | None = None, limit: int = 50, offset: int = 0) -> dict:
    d = schema.documents
    select = sa.select(d.c.doc_id, d.c.lang, d.c.published, d.c.title, d.c.url, d.c.chars).order_by(d.c.doc_id)
    if lang:
        select = select.where(d.c.lang == lang)
    with store.engine.connect() as connection:
        rows = connection.execute(select.limit(_page(limit)).offset(offset))
        return {"items": [dict(r._mapping) for r in rows], "limit": _page(limit), "offset": offset}


def document_detail(store: Store, doc_id: str) -> dict | None:
    """A document with its mentions and events as spans of its text, for highlighting."""
    document = store.document(doc_id)
    if document is None:
        return None
    e = schema.events
    with store.engine.connect() as connection:
        events = [dict(r._mapping) for r in connection.execute(sa.select(e).where(e.c.doc_id == doc_id).order_by(e.c.evidence_start))]
        links = dict(connection.execute(sa.select(schema.event_links.c.event_id, schema.event_links.c.canonical_id)
                                        .where(schema.event_links.c.event_id.in_([x["event_id"] for x in events]))).all())
    entities = document_entities(store, doc_id).get(doc_id, [])
    mentions = _mention_spans(store, doc_id)
    return {**asdict(document), "chars": document.chars, "entities": entities, "mentions": mentions,
            "events": [{"id": links.get(x["event_id"]), "category": x["category"], "date": x["date"],
                        "start": x["evidence_start"], "end": x["evidence_end"], "participants": x["participants"]}
                       for x in events],
            "segments": segments(document.text, mentions, events)}


def _mention_spans(store: Store, doc_id: str) -> list[dict]:
    m, n = schema.mentions, schema.entities
    query = (sa.select(m.c.start_char, m.c.end_char, m.c.entity_id, m.c.type, n.c.name)
             .join(n, n.c.entity_id == m.c.entity_id).where(m.c.doc_id == doc_id).order_by(m.c.start_char))
    with store.engine.connect() as connection:
        return [{"start": r.start_char, "end": r.end_char, "entity_id": r.entity_id, "type": r.type, "name": r.name}
                for r in connection.execute(query)]


def segments(text: str, mentions: list[dict], events: list[dict]) -> list[dict]:
    """The text cut where a mention or an evidence sentence starts or ends; each segment says what
    covers it, so a template can highlight without ever building HTML from the text."""
    cuts = {0, len(text)}
    for span in mentions:
        cuts |= {span["start"], span["end"]}
    for event in events:
        cuts |= {event["evidence_start"], event["evidence_end"]}
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    result = []
    for start, end in zip(points, points[1:]):
        mention = next((x for x in mentions if x["start"] <= start and end <= x["end"]), None)
        evidence = any(e["evidence_start"] <= start and end <= e["evidence_end"] for e in events)
        result.append({"text": text[start:end], "mention": mention, "evidence": evidence})
    return result


# --- aggregates --------------------------------------------------------------------------------------
def stats(store: Store) -> dict:
    with store.engine.connect() as connection:
        count = lambda table: connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()  # noqa: E731
        by_lang = dict(connection.execute(sa.select(schema.documents.c.lang, sa.func.count()).group_by(schema.documents.c.lang)).all())
        by_category = dict(connection.execute(sa.select(schema.canonical_events.c.category, sa.func.count())
                                              .group_by(schema.canonical_events.c.category)).all())
        return {"documents": count(schema.documents), "duplicates": count(schema.document_duplicates),
                "events": count(schema.canonical_events), "event_reports": count(schema.events),
                "entities": count(schema.entities), "documents_by_language": by_lang, "events_by_category": by_category}


def timeline(store: Store, where: EventFilter, bucket: str = "month") -> list[dict]:
    """Events per month (or year), by category."""
    c = schema.canonical_events
    size = 7 if bucket == "month" else 4
    period = sa.func.substr(c.c.date, 1, size).label("period")
    query = (sa.select(period, c.c.category, sa.func.count().label("count"))
             .where(*_canonical_conditions(where), c.c.date.isnot(None))
             .group_by(period, c.c.category).order_by(period))
    with store.engine.connect() as connection:
        rows = connection.execute(query).all()
    grouped: dict[str, dict] = defaultdict(lambda: {"total": 0, "by_category": {}})
    for row in rows:
        grouped[row.period]["by_category"][row.category] = row.count
        grouped[row.period]["total"] += row.count
    return [{"period": period, **value} for period, value in grouped.items()]


def network(store: Store, where: EventFilter, limit: int = 150) -> dict:
    """Nodes are states and organisations; an edge's weight is the number of events they share."""
    pairs = schema.canonical_pairs
    shared = sa.func.count().label("weight")
    query = (sa.select(pairs.c.a, pairs.c.b, shared).where(*_pair_conditions(pairs, where))
             .group_by(pairs.c.a, pairs.c.b).order_by(shared.desc()).limit(limit))
    with store.engine.connect() as connection:
        edges = [dict(r._mapping) for r in connection.execute(query)]
        names = dict(connection.execute(sa.select(sa.func.coalesce(schema.entities.c.igo_code, schema.entities.c.country_code),
                                                  schema.entities.c.name)
                                        .where(schema.entities.c.type.in_(["STATE", "IGO"]))).all())
    degree: Counter = Counter()
    for edge in edges:
        degree[edge["a"]] += edge["weight"]
        degree[edge["b"]] += edge["weight"]
    nodes = [{"id": code, "name": names.get(code, code), "weight": weight} for code, weight in degree.most_common()]
    return {"nodes": nodes, "edges": edges}


def _pair_conditions(participants, where: EventFilter) -> list:
    """Category and period straight on the participants table; other filters through the event."""
    conditions = category_and_period(participants.c.category, participants.c.date, where)
    rest = EventFilter(entity=where.entity, code=where.code, lang=where.lang, text=where.text)
    if rest.entity or rest.code or rest.lang or rest.text:
        conditions.append(participants.c.canonical_id.in_(_canonical_ids(rest)))
    return conditions


def places(store: Store, where: EventFilter, limit: int = 500) -> list[dict]:
    """Event locations with coordinates and how many events happened there."""
    c = schema.canonical_events
    query = (sa.select(c.c.record, c.c.category).where(*_canonical_conditions(where))
             .order_by(_newest_first(store.dialect, c.c.date)).limit(5000))
    found: dict[str, dict] = {}
    with store.engine.connect() as connection:
        for row in connection.execute(query):
            location = row.record.get("location")
            if location and location.get("lat") is not None:
                entry = found.setdefault(location["name"], {**location, "events": 0, "by_category": Counter()})
                entry["events"] += 1
                entry["by_category"][row.category] += 1
    ranked = sorted(found.values(), key=lambda p: -p["events"])[:limit]
    return [{**p, "by_category": dict(p["by_category"])} for p in ranked]
