"""Scoring exactly as ../shared/gold/FORMAT.md says: events, entities, documents."""
from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from entente.evaluate.gold import GoldDocument


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def prf(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Ratio:
    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hits += int(hit)
        self.total += 1

    def value(self) -> float | None:
        return round(self.hits / self.total, 4) if self.total else None


@dataclass
class EventScore:
    counts: Counts = field(default_factory=Counts)
    jaccard: list[float] = field(default_factory=list)
    direction: Ratio = field(default_factory=Ratio)
    exact_day: Ratio = field(default_factory=Ratio)
    location: Ratio = field(default_factory=Ratio)
    persons: Ratio = field(default_factory=Ratio)

    def summary(self) -> dict:
        jaccard = round(sum(self.jaccard) / len(self.jaccard), 4) if self.jaccard else None
        return {**self.counts.prf(), "participant_jaccard": jaccard, "direction_accuracy": self.direction.value(),
                "exact_day_date_accuracy": self.exact_day.value(), "location_accuracy": self.location.value(),
                "person_recall": self.persons.value()}


def fold_name(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold().replace("-", " "))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


# --- events ---------------------------------------------------------------------------------
def predicted_codes(event: dict, side: str) -> set[str]:
    return {a.get("igo_code") or a.get("country_code") for a in event.get(side) or []} - {None}


def participants(event: dict) -> set[str]:
    return predicted_codes(event, "actor") | predicted_codes(event, "recipient")


def compatible(predicted: dict, gold: dict) -> bool:
    if predicted["event"] not in {gold["type"], *(gold.get("alt_types") or [])}:
        return False
    if predicted.get("date") and gold.get("date") and not predicted["date"].startswith(gold["date"]):
        return False
    shared = participants(predicted) & set(gold["participants"])
    return len(shared) >= min(2, len(gold["participants"]))


def jaccard(predicted: dict, gold: dict) -> float:
    a, b = participants(predicted), set(gold["participants"])
    return len(a & b) / len(a | b) if a | b else 0.0


def match_events(predicted: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one, greedy by participant Jaccard."""
    pairs = sorted(((jaccard(p, g), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold)
                    if compatible(p, g)), key=lambda t: (-t[0], t[1], t[2]))
    used_p, used_g, matched = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i), used_g.add(j), matched.append((i, j))
    return matched


def score_events(predicted: list[dict], gold: list[dict], score: EventScore) -> None:
    matched = match_events(predicted, gold)
    matched_p, matched_g = {i for i, _ in matched}, {j for _, j in matched}
    for i, j in matched:
        _score_pair(predicted[i], gold[j], score)
        if not gold[j].get("optional"):
            score.counts.tp += 1
    score.counts.fp += len(predicted) - len(matched_p)
    score.counts.fn += sum(1 for j, g in enumerate(gold) if j not in matched_g and not g.get("optional"))


def _score_pair(predicted: dict, gold: dict, score: EventScore) -> None:
    score.jaccard.append(jaccard(predicted, gold))
    if gold.get("actor") or gold.get("recipient"):
        score.direction.add(predicted_codes(predicted, "actor") == set(gold.get("actor") or [])
                            and predicted_codes(predicted, "recipient") == set(gold.get("recipient") or []))
    if gold.get("date") and len(gold["date"]) == 10:
        score.exact_day.add(predicted.get("date") == gold["date"])
    if gold.get("location"):
        name = (predicted.get("event_loc") or {}).get("name") or ""
        score.location.add(fold_name(name) == fold_name(gold["location"]))
    names = {fold_name(a.get("entity_name") or "") for side in ("actor", "recipient") for a in predicted.get(side) or []
             if a.get("entity_type") == "PERSON"}
    for person in gold.get("persons") or []:
        score.persons.add(fold_name(person) in names)


# --- entities -------------------------------------------------------------------------------
def gold_entity_keys(gold: GoldDocument) -> dict[str, list[set[str]]]:
    keys: dict[str, list[set[str]]] = defaultdict(list)
    for entity in gold.entities:
        if entity["type"] == "PERSON":
            keys["PERSON"].append({fold_name(n) for n in [entity["name"], *(entity.get("also") or [])]})
        else:
            keys[entity["type"]].append({entity["code"]})
    return keys


def predicted_entity_keys(entities: list[dict]) -> dict[str, set[str]]:
    keys: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        if entity["type"] == "PERSON":
            keys["PERSON"].add(fold_name(entity["name"]))
        elif entity["type"] == "STATE" and entity.get("country_code"):
            keys["STATE"].add(entity["country_code"])
        elif entity["type"] == "IGO" and entity.get("igo_code"):
            keys["IGO"].add(entity["igo_code"])
    return keys


def score_entities(predicted: list[dict], gold: GoldDocument, per_type: dict[str, Counts]) -> None:
    expected, found = gold_entity_keys(gold), predicted_entity_keys(predicted)
    for kind in ("PERSON", "STATE", "IGO"):
        counts = per_type.setdefault(kind, Counts())
        hits = [alternatives for alternatives in expected.get(kind, []) if alternatives & found.get(kind, set())]
        counts.tp += len(hits)
        counts.fn += len(expected.get(kind, [])) - len(hits)
        matched_names = set().union(*hits) if hits else set()
        counts.fp += len(found.get(kind, set()) - matched_names)
