"""Cross-document event merging: scored, explained match edges, then connected clusters.

Two reports from different documents describe the same occurrence when they share the PLOVER
category, their dates agree (same day, or one is less precise and contains the other) and
their participants largely overlap; a named place must not contradict. Every pair considered
is kept as an edge with its score and reason; source events are never changed or deleted, so
re-running gives the same canonical events and ids.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from itertools import combinations
from collections import Counter, defaultdict
from dataclasses import dataclass

import sqlalchemy as sa

from entente.events.consolidate import different_critics, meeting_kinds_differ
from entente.store import schema
from entente.store.store import Store

MERGE_THRESHOLD = 0.6
MAX_LEADERS = 200          # groups a report is compared with in one block
RECORDED_PER_REPORT = 3    # edges kept per report: the merge and the nearest alternatives


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    score: float
    decision: str
    reason: str


def merge_store(store: Store) -> int:
    """Recompute canonical events for the whole store; returns how many there are."""
    events = _load_events(store)
    edges = _edges(events)
    clusters, blocked = _clusters(list(events), [e for e in edges if e.decision == "merge"],
                                  {event_id: event["doc_id"] for event_id, event in events.items()})
    edges = [Edge(e.a, e.b, e.score, "separate", e.reason + "; would join two reports of one document")
             if (e.a, e.b) in blocked else e for e in edges]
    with store.transaction() as connection:
        for table in (schema.merge_edges, schema.event_links, schema.canonical_events, schema.canonical_participants,
                      schema.canonical_pairs):
            connection.execute(table.delete())
        store.write(connection, schema.merge_edges, [e.__dict__ | {"event_a": e.a, "event_b": e.b} for e in edges])
        canonical = [_canonical(members, events) for members in clusters]
        store.write(connection, schema.canonical_events, [c for c, _ in canonical])
        store.write(connection, schema.event_links, [link for _, links in canonical for link in links])
        store.write(connection, schema.canonical_participants, [
            {"canonical_id": row["canonical_id"], "code": code, "category": row["category"], "date": row["date"]}
            for row, _ in canonical for code in row["record"]["participants"]])
        store.write(connection, schema.canonical_pairs, [
            {"canonical_id": row["canonical_id"], "a": a, "b": b, "category": row["category"], "date": row["date"]}
            for row, _ in canonical for a, b in combinations(row["record"]["participants"], 2)])
    return len(clusters)


def _load_events(store: Store) -> dict[str, dict]:
    with store.engine.connect() as connection:
        return {row.event_id: dict(row._mapping) for row in connection.execute(sa.select(schema.events))}


def _blocks(events: dict[str, dict]) -> list[list[str]]:
    """Events sharing a category, a participant and a period (blocking): reports can only merge
    when their dates agree, so only events of the same month (day and month precision), the same
    year (year precision) or both undated are compared."""
    blocks: dict[tuple, list[str]] = defaultdict(list)
    for event_id, event in events.items():
        for code in event["participants"]:
            for period in _periods(event["date"]):
                blocks[(event["category"], code, period)].append(event_id)
    return [sorted(members, key=lambda e: (events[e]["date"] or "", e)) for members in blocks.values() if len(members) > 1]


def _edges(events: dict[str, dict]) -> list[Edge]:
    """Leader clustering in each block: a report is compared with the first report of each group
    formed so far (not with every report), joins the best one that matches, or starts a group.
    Linear in the reports of a big story, where comparing all pairs would be quadratic."""
    edges: dict[tuple[str, str], Edge] = {}
    for members in _blocks(events):
        leaders: list[str] = []
        for event_id in members:
            scored = [edge for leader in leaders[-MAX_LEADERS:] if events[leader]["doc_id"] != events[event_id]["doc_id"]
                      and (edge := score_pair(events[leader], events[event_id]))]
            best = max(scored, key=lambda e: e.score, default=None)
            for edge in sorted(scored, key=lambda e: -e.score)[:RECORDED_PER_REPORT]:
                edges.setdefault((edge.a, edge.b), edge)
            if best is None or best.decision != "merge":
                leaders.append(event_id)
    return list(edges.values())


def _periods(date: str | None) -> tuple:
    """Blocking keys of a date: its month (the first of a month also the month before, for a day's
    slack); a year-only date its year; no date, the undated block."""
    if not date:
        return ("undated",)
    if len(date) == 4:
        return (date,)
    month = date[:7]
    if len(date) == 10 and date.endswith("-01"):
        previous = (dt.date.fromisoformat(date) - dt.timedelta(days=1)).isoformat()[:7]
        return (month, previous)
    return (month, date[:4]) if len(date) == 7 else (month,)


def score_pair(a: dict, b: dict) -> Edge | None:
    shared = set(a["participants"]) & set(b["participants"])
    union = set(a["participants"]) | set(b["participants"])
    overlap = len(shared) / len(union)
    subset = set(a["participants"]) <= set(b["participants"]) or set(b["participants"]) <= set(a["participants"])
    date = _date_agreement(a["date"], b["date"])
    place = _place_agreement(a["location"], b["location"])
    if date == 0 or place == 0 or meeting_kinds_differ(a["category"], [a["modes"], b["modes"]],
                                                        [a["participants"], b["participants"]]):
        return None
    if different_critics(a["category"], {x.get("code") for x in a["actors"]}, {x.get("code") for x in b["actors"]}):
        return None
    score = round(0.5 * max(overlap, 0.8 if subset else 0) + 0.3 * date + 0.2 * place, 3)
    reason = (f"{a['category']}; participants {sorted(shared)} of {sorted(union)}; "
              f"dates {a['date']} / {b['date']}; places {_name(a['location'])} / {_name(b['location'])}")
    return Edge(a["event_id"], b["event_id"], score, "merge" if score >= MERGE_THRESHOLD else "separate", reason)


def _date_agreement(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.5
    if a == b:
        return 1.0
    if len(a) == len(b) == 10:
        days = abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
        return 0.7 if days == 1 else 0.0
    return 0.6 if a.startswith(b) or b.startswith(a) else 0.0


def _place_agreement(a: dict | None, b: dict | None) -> float:
    if not a or not b:
        return 0.5
    return 1.0 if a.get("name") == b.get("name") else 0.0


def _name(location: dict | None) -> str:
    return (location or {}).get("name") or "-"


def _clusters(event_ids: list[str], edges: list[Edge], doc_of: dict[str, str]) -> tuple[list[list[str]], set]:
    """Connected groups of merge edges, strongest first, never joining two reports of one
    document: the document stage already decided they are different occurrences, and a chain
    of cross-document matches (A1~B, B~A2) must not undo that. Also returns the (a, b) pairs of
    the edges refused for that reason."""
    parent = {e: e for e in event_ids}
    documents = {e: {doc_of[e]} for e in event_ids}
    blocked = set()

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for edge in sorted(edges, key=lambda e: (-e.score, e.a, e.b)):
        a, b = root(edge.a), root(edge.b)
        if a != b and documents[a] & documents[b]:
            blocked.add((edge.a, edge.b))
        elif a != b:
            parent[a] = b
            documents[b] |= documents.pop(a)
    groups: dict[str, list[str]] = defaultdict(list)
    for event_id in event_ids:
        groups[root(event_id)].append(event_id)
    return [sorted(g) for g in groups.values()], blocked


def _canonical(members: list[str], events: dict[str, dict]) -> tuple[dict, list[dict]]:
    canonical_id = "c" + hashlib.sha1("|".join(members[:1]).encode()).hexdigest()[:15]
    ranked = sorted((events[m] for m in members), key=lambda e: (-e["confidence"], -len(e["participants"]), e["event_id"]))
    best = ranked[0]
    actors, recipients = merged_roles(ranked)
    record = {
        "members": members,
        "participants": sorted({c for e in ranked for c in e["participants"]}),
        "actors": actors,
        "recipients": recipients,
        "date": _best_date([(e["date"], e.get("date_basis")) for e in ranked]) or best["date"],
        "location": next((e["location"] for e in ranked if e["location"]), None),
        "representative": best["event_id"],
    }
    row = {"canonical_id": canonical_id, "category": best["category"], "date": record["date"], "record": record}
    return row, [{"event_id": m, "canonical_id": canonical_id} for m in members]


def merged_roles(ranked: list[dict]) -> tuple[list[dict], list[dict]]:
    """The actors and recipients of a canonical event: the best report's, then every other
    report's parties it does not name, in the role that report gives them (reports of one
    summit each list some of those who attended). A party the reports already give the other
    role keeps it: two reports that disagree on direction do not put a state on both sides."""
    best, *others = ranked
    roles = (list(best["actors"]), list(best["recipients"]))
    entity_ids = [{a["entity_id"] for a in role} for role in roles]
    role_codes = [{a.get("code") for a in role} for role in roles]
    for event in others:
        for own, other in ((0, 1), (1, 0)):
            for argument in event["actors" if own == 0 else "recipients"]:
                code = argument.get("code")
                if argument["entity_id"] in entity_ids[own] or (code and code in role_codes[other]):
                    continue
                roles[own].append(argument)
                entity_ids[own].add(argument["entity_id"])
                role_codes[own].add(code)
    return roles


STATED = frozenset({"text", "carried"})  # a date the report's own text gives, not its article's


def _best_date(dates: list[tuple[str | None, str | None]]) -> str | None:
    """The most precise date the reports give; among those, the one most reports state in their
    own text ("yesterday", "on 3 May"), then the one most reports have at all (a report dated
    only by its article's publication is weaker evidence), then the later."""
    known = [(d, basis) for d, basis in dates if d]
    if not known:
        return None
    longest = max(len(d) for d, _ in known)
    every = Counter(d for d, _ in known if len(d) == longest)
    stated = Counter(d for d, basis in known if len(d) == longest and basis in STATED)
    return max(every, key=lambda d: (stated[d], every[d], d))
