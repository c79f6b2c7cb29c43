"""Loads the knowledge base from its data files (docs/DATA.md) and validates it."""
from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from entente.datafiles import Resources, read_yaml
from entente.errors import EntenteError
from entente.kb.model import Alias, KBEntity, KnowledgeBase, Office, written_in_capitals
from entente.model.event import IGO_ID_PREFIX

USER_KB_ENV = "ENTENTE_KB_DIR"
OFFICE_KEYS = frozenset((
    "head_of_state head_of_government vice_president deputy_head_of_government foreign_minister "
    "defence_minister interior_minister minister chief_of_general_staff deputy_chief_of_general_staff "
    "military_commander security_council_secretary intelligence_chief secretary_general igo_official "
    "ambassador envoy parliament_speaker spokesperson official").split())


def user_kb_dir() -> Path:
    """Where ``entente kb add`` keeps user entities ($ENTENTE_KB_DIR or ~/.local/share/entente/kb)."""
    return Path(os.environ.get(USER_KB_ENV) or Path.home() / ".local" / "share" / "entente" / "kb")


def load_kb(resources: Resources, user_dir: Path | None = None) -> KnowledgeBase:
    entities: dict[str, KBEntity] = {}
    aliases: list[Alias] = []
    contextual: dict[str, frozenset[str]] = {}
    _load_states(resources, entities, aliases)
    _load_igos(resources, entities, aliases, contextual)
    person_files = resources.files("kb/persons") + sorted((user_dir or user_kb_dir()).glob("*.yaml"))
    declension = Declension(resources.load("kb/declension.yaml", {}) or {})
    genders: dict[str, str] = {}
    for path in person_files:
        for record in read_yaml(path) or []:
            gender = genders.setdefault(str(record.get("id") or ""), record.get("gender") or "m")  # spellings files give none
            _add_person(_with_cases(record, declension, gender), entities, aliases, path)
    labels = resources.load("kb/offices.yaml", {}) or {}
    naming = resources.load("kb/naming.yaml", {}) or {}
    return KnowledgeBase(entities, aliases, contextual, labels, frozenset(naming.get("family_name_first") or []),
                         {code: int(n) for code, n in (naming.get("kanji_family_name") or {}).items()})


# --- states ------------------------------------------------------------------------------
def _load_states(resources: Resources, entities: dict, aliases: list) -> None:
    generated = resources.load("kb/states/generated/states.yaml", {}) or {}
    curated = resources.load("kb/states/curated/states.yaml", {}) or {}
    risky = {lang: set((resources.load(f"kb/states/curated/aliases/{lang}.yaml", {}) or {}).get("ambiguous") or [])
             for lang in resources.languages()}
    for code, info in curated.items():
        names = (generated.get(code) or {}).get("names") or {}
        entities[code] = KBEntity(code, "STATE", (generated.get(code) or {}).get("name") or code,
                                  country_code=code, wikidata_id=(info or {}).get("wikidata"),
                                  capital=(info or {}).get("capital"))
        # A generated (CLDR) name listed as ambiguous in its language needs context, like curated ones.
        aliases.extend(Alias(a.text, a.entity_id, "ambiguous" if a.text in risky.get(a.lang, ()) else "name", a.lang)
                       for a in _per_language(names, code, "name"))
    for lang in resources.languages():
        extra = resources.load(f"kb/states/curated/aliases/{lang}.yaml", {}) or {}
        ambiguous = set(extra.pop("ambiguous", None) or [])
        for code, words in extra.items():
            aliases.extend(Alias(w, code, "ambiguous" if w in ambiguous else _written_kind(w), lang)
                           for w in words or [] if code in entities)
        demonyms = dict(resources.load(f"kb/states/curated/demonyms/{lang}.yaml", {}) or {})
        ambiguous = set(demonyms.pop("ambiguous", None) or [])
        for code, words in demonyms.items():
            aliases.extend(Alias(w, code, "ambiguous" if w in ambiguous else "demonym", lang)
                           for w in words or [] if code in entities)
    for path in resources.files("kb/states/curated", "metonyms*.yaml"):
        for code, kinds in (read_yaml(path) or {}).items():
            for kind in ("capital", "seats"):
                aliases.extend(_per_language((kinds or {}).get(kind) or {}, code, kind.rstrip("s")))


def _written_kind(word: str) -> str:
    """A curated alias written in capitals ("EAU", "UK", "КНР") is an acronym, found only as
    written: French "eau" (water) is not the Emirates."""
    return "acronym" if written_in_capitals(word) and "*" not in word else "name"


def _per_language(table: dict, entity_id: str, kind: str) -> Iterable[Alias]:
    for lang, words in (table or {}).items():
        for word in words or []:
            yield Alias(str(word), entity_id, kind, lang)


# --- organisations --------------------------------------------------------------------------
def _load_igos(resources: Resources, entities: dict, aliases: list, contextual: dict) -> None:
    for path in resources.files("kb/igos"):
        for record in read_yaml(path) or []:
            entity_id = f"{IGO_ID_PREFIX}{record['code']}"
            if entity_id not in entities:  # later files may only add names in more languages
                # an organ of an organisation acts under its code ("part_of: UN": the Security Council
                # is the UN in event data) and keeps its own name; its seats are not the organisation's members
                parent = record.get("part_of")
                entities[entity_id] = KBEntity(entity_id, "IGO", record.get("name") or record["code"],
                                               igo_code=parent or record["code"], wikidata_id=record.get("wikidata"),
                                               members=[] if parent else record.get("members") or [])
            aliases.extend(_per_language(record.get("names"), entity_id, "name"))
            aliases.extend(_per_language(record.get("acronyms"), entity_id, "acronym"))
            context = dict(record.get("contextual") or {})
            when = context.pop("when", None) or []
            if context:
                contextual[entity_id] = frozenset(when)
                aliases.extend(_per_language(context, entity_id, "contextual"))


# --- persons --------------------------------------------------------------------------------
def _add_person(record: dict, entities: dict, aliases: list, path: Path) -> None:
    entity_id = str(record.get("id") or "")
    if entity_id in entities and not record.get("offices"):
        _add_names(entities[entity_id], record, aliases)
        return
    if not entity_id or not record.get("name"):
        raise EntenteError("E300", detail=f"{path}: a person needs 'id' and 'name'")
    offices = [_office(o, path, entity_id) for o in record.get("offices") or []]
    country = record.get("nationality") or next((o.country for o in offices if o.country), None)
    entity = KBEntity(entity_id, "PERSON", record["name"], country_code=country,
                      wikidata_id=record.get("wikidata"), offices=offices)
    names = [record["name"]] + [str(n) for words in (record.get("names") or {}).values() for n in words or []]
    entity.names = list(dict.fromkeys(names))
    entities[entity_id] = entity
    aliases.extend(Alias(name, entity_id, "name") for name in entity.names)


def _add_names(entity: KBEntity, record: dict, aliases: list) -> None:
    """A record with an existing id and no offices adds spellings (e.g. in another script)."""
    new = [str(n) for words in (record.get("names") or {}).values() for n in words or [] if n not in entity.names]
    entity.names.extend(new)
    aliases.extend(Alias(name, entity.entity_id, "name") for name in new)


def _with_cases(record: dict, declension: "Declension", gender: str) -> dict:
    """The record with the case forms of its full names in the languages that decline them."""
    names = record.get("names") or {}
    if not any(lang in declension.rules for lang in names):
        return record
    declined = {lang: list(dict.fromkeys([str(n) for n in words or []]
                                         + [form for n in words or [] for form in declension.forms(str(n), lang, gender)]))
                for lang, words in names.items()}
    return {**record, "names": declined}


class Declension:
    """Case forms of full names (kb/declension.yaml): each word of a name of two words or more
    in Cyrillic takes the endings of the first rule it matches, the same case across the name."""

    CASES = 4  # genitive, dative, instrumental, accusative

    def __init__(self, table: dict):
        self.rules = {lang: {gender: sorted(((str(end), list(forms)) for end, forms in (rules or {}).items()),
                                            key=lambda rule: -len(rule[0]))
                             for gender, rules in (genders or {}).items()}
                      for lang, genders in table.items()}

    def forms(self, name: str, lang: str, gender: str) -> list[str]:
        rules = self.rules.get(lang, {}).get(gender)
        words = name.split()
        if not rules or len(words) < 2 or not all(_CYRILLIC.fullmatch(w) for w in words):
            return []
        declined = [self._word(word, rules) for word in words]
        return [" ".join(forms[case] for forms in declined) for case in range(self.CASES)
                if any(forms[case] != word for forms, word in zip(declined, words))]

    def _word(self, word: str, rules: list[tuple[str, list[str]]]) -> list[str]:
        for ending, forms in rules:
            if ending and word.endswith(ending) and len(word) > len(ending) + 1:
                return [word[:-len(ending)] + form for form in forms]
            if not ending and word[-1].lower() in _CONSONANTS:
                return [word + form for form in forms]
        return [word] * self.CASES


_CYRILLIC = re.compile(r"[\u0400-\u04ff'’ʼ-]+")
_CONSONANTS = frozenset("бвгґджзклмнпрстфхцчшщ")


def _office(data: dict, path: Path, person: str) -> Office:
    if data.get("office") not in OFFICE_KEYS:
        raise EntenteError("E300", detail=f"{path}: {person}: unknown office '{data.get('office')}'")
    return Office(data["office"], data.get("title") or data["office"], data.get("country"), data.get("igo"),
                  _day(data.get("start")), _day(data.get("end")))


def _day(value) -> str | None:
    return str(value) if value else None
