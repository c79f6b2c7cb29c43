"""Event triggers, context cues and clause cues of one language (lang/<xx>/*.yaml)."""
from __future__ import annotations

from dataclasses import dataclass, replace

from entente.datafiles import PerLanguage, Resources
from entente.text.locative import has_postpositions
from entente.text.normalise import Folder
from entente.text.terms import TermMatcher

# Cue lists the extractor reads. Short function words ("a", "in", "with") are left out of the
# document scan: they would be found thousands of times per article; locative words are checked
# only just before a place (``locatives``).
CUE_KEYS = ("intent", "negation", "hypothetical", "report", "multilateral", "history", "participants", "subject_pronouns",
            "origin", "bilateral", "subordinators", "scheduled", "separately", "interview",
            "object_pronouns", "object_pronouns_before", "reported_future", "until", "first_since", "neighbours", "halting")
CLAUSE_KEYS = ("sidelines", "both_parties", "complementizer", "relative")
TRIGGERS, CONTEXTS = "trigger", "context"
SPLIT = " … "  # "warf … vor": the verb, then its particle where the clause's verb bracket closes


@dataclass(frozen=True)
class Trigger:
    event: str
    modes: tuple[str, ...]
    direction: str
    contexts: tuple[str, ...]
    topic: bool = False  # after a meeting verb, names what was discussed rather than an event
    needs: str | None = None  # a context the clause must have ("deliver" is AID only with weapons)
    near: int | None = None  # ... within this many characters of the term ("approved" + "the plan")
    particle: str | None = None  # a separable verb's particle closing the clause ("warf ... vor")
    alone: "Trigger | None" = None  # the reading when the actor is the only party ("fired a missile": a show of force)
    statement: bool = False  # a joint statement: AGREE, but not folded into the deals its article reports
    needs_capital: bool = False  # only with the capital it is addressed to beside it (a bare "arrived": "в Пекин прибыл")
    launched: bool = False  # a participle with no subject ("a missile fired from Iran"): who acts is where it came from
    obliged: str | None = None  # "X said Y must ...": a demand by the speaker on the party "before" (or "after": ar "على") the word


class EventLexicon:
    def __init__(self, triggers: list[dict], contexts: dict, syntax: dict, morph: dict, folder: Folder,
                 clauses: dict | None = None, plover_contexts: frozenset[str] | None = None):
        prefixes, suffixes = morph.get("prefixes") or [], morph.get("suffixes") or []
        cue_words = {key: syntax.get(key) or [] for key in CUE_KEYS}
        cue_words.update({key: (clauses or {}).get(key) or [] for key in CLAUSE_KEYS})
        entries = [_trigger_entry(term, _trigger(group), folder) for group in triggers or [] for term in group.get("terms") or []]
        # "asked about", "when asked": longer than a trigger they contain, and no event themselves
        entries += [(w, (TRIGGERS, None)) for w in syntax.get("not_triggers") or []]
        entries += [(w, (CONTEXTS, name)) for name, words in (contexts or {}).items() for w in words or []]
        entries += [(w, (key, key)) for key, words in cue_words.items() for w in words]
        # One scan finds every group's terms; each group then keeps its own longest matches.
        self.matcher = TermMatcher(entries, folder, prefixes, suffixes)
        self.cue_keys = tuple(cue_words)
        self.locatives = frozenset(folder.key(w) for w in syntax.get("locative") or [])
        self.locatives_follow = bool(syntax.get("locatives_follow"))  # postpositions only (मॉस्को में, モスクワで)
        self.owner_first = bool(syntax.get("owner_first"))  # "UN Security Council resolutions", not "résolutions du Conseil"
        # "in X" or "to X": a capital after these is where an event happened, even when it also
        # stands for its state ("nach Ankara gereist"); "Washington's disappointment" is not a place.
        self.by_words = frozenset(folder.key(w) for w in syntax.get("by") or [])  # a passive's agent follows
        # where a "by" word also means "from" (it "da", es/pt "por"): the auxiliaries a passive needs
        self.passive_marks = frozenset(folder.key(w) for w in syntax.get("passive_auxiliaries") or [])
        self.head_final = bool(syntax.get("head_final"))  # ja, ko, tr, hi, ur: an act's object always stands before its verb
        self.agent_before = bool(syntax.get("agent_before"))  # de: "von Lula empfangen worden": the agent stands before the participle
        self.to_words = frozenset(folder.key(w).strip("*") for w in syntax.get("to") or [])  # "향해*": as written
        self.place_words = self.locatives | self.to_words
        self.conjunctions = frozenset(folder.key(w) for w in syntax.get("and") or [])
        self.articles = frozenset(folder.key(w) for w in syntax.get("articles") or [])  # "and the", "et la"
        self.object_markers = tuple(syntax.get("object_markers") or ())  # written as in the text, compared raw
        # endings written right after a name that make it the owner of the next noun (tr "İsrail'in saldırısı")
        self.genitive_endings = tuple(syntax.get("genitive_endings") or ())  # compared raw
        # postpositions that make the party before them the target of an act ("ईरान पर ... हमले")
        self.target_after = tuple(syntax.get("target_after") or ())  # written as in the text, compared raw
        # "from" words: before the party, after it where the language has postpositions ("İran'dan", "イランから"),
        # or written onto it (he "מאיראן")
        self.from_words = frozenset(folder.key(w) for w in syntax.get("from") or [])
        self.from_prefixes = tuple(syntax.get("from_prefixes") or ())  # compared raw
        # words that make the party beside them what a meeting was about ("about Ukraine", "ウクライナ情勢について")
        self.topic_before = frozenset(folder.key(w) for w in syntax.get("topic_before") or [])
        self.topic_after = frozenset(folder.key(w) for w in syntax.get("topic_after") or [])  # they may run on: 문제에
        self.with_words = frozenset(folder.key(w) for w in syntax.get("with") or [] if " " not in w)
        # "accords de Washington", "accordi di Minsk": an agreement named after a place is referred to, not made
        self.named_after = frozenset(folder.key(w) for w in syntax.get("named_after") or [])
        self.noun_linkers = self.named_after | self.articles  # "la veille du sommet", "the day after the summit"
        # a word that closes a verb-final clause's object (fa را): the acts before it are what the verb is about
        self.object_case = frozenset(folder.key(w) for w in syntax.get("object_case") or [])
        # prepositions that make the party after them the target of an act ("strikes on Syria", "contre la Syrie")
        self.target_before = frozenset(folder.key(w) for w in syntax.get("target_before") or [])
        # "between" words, and those that may run on ("사이*": 사이에서, 사이의)
        between = [folder.key(w) for w in syntax.get("between") or []]
        self.between_words = frozenset(w.strip("*").strip() for w in between)
        self.between_running = frozenset(w.strip("*").strip() for w in between if w.endswith("*"))
        word_order = (syntax.get("word_order") or "SVO").upper()
        self.verb_final, self.verb_initial = word_order == "SOV", word_order == "VSO"
        self.postpositions = has_postpositions(syntax)
        # "و" or "ف" written onto the verb: the verb opens a new clause ("ورفضت", "فأكد")
        self.fused_conjunctions = frozenset(folder.key(w) for w in syntax.get("fused_conjunctions") or [])
        # Context words that only gate triggers (``needs``) are not PLOVER contexts of the event.
        self.plover_contexts = frozenset(contexts or {}) if plover_contexts is None else plover_contexts
        self._grouped: dict[int, tuple[tuple[str, tuple], ...]] = {}

    def grouped(self, payloads: tuple) -> tuple[tuple[str, tuple], ...]:
        """A hit's (group, value) payloads as (group, values) pairs; memoised per payload tuple,
        which the matcher keeps for its lifetime."""
        found = self._grouped.get(id(payloads))
        if found is None:
            groups = dict.fromkeys(g for g, _ in payloads)
            found = self._grouped[id(payloads)] = tuple(
                (group, tuple(v for g, v in payloads if g == group)) for group in groups)
        return found


def _trigger(group: dict) -> Trigger:
    return Trigger(group["event"], tuple(group.get("mode") or ()), group.get("direction") or "symmetric",
                   tuple(group.get("context") or ()), bool(group.get("topic")), group.get("needs"), group.get("near"),
                   statement=bool(group.get("statement")), needs_capital=bool(group.get("needs_capital")),
                   launched=bool(group.get("launched")), obliged=_obliged_side(group.get("obliged")),
                   alone=_trigger({"direction": group.get("direction"), "context": group.get("context"), **group["alone"]}) if group.get("alone") else None)


def _obliged_side(value) -> str | None:
    """``obliged: true`` (the party asked stands before the word) or ``obliged: after``."""
    return None if not value else ("after" if value == "after" else "before")


def _trigger_entry(term: str, trigger: Trigger, folder: Folder) -> tuple[str, tuple[str, Trigger]]:
    """A term and its reading; a split term ("warf … vor") is found by its verb and keeps its particle."""
    if SPLIT in str(term):
        verb, particle = str(term).split(SPLIT, 1)
        return verb, (TRIGGERS, replace(trigger, particle=folder.key(particle)))
    return term, (TRIGGERS, trigger)


def load_event_lexicons(resources: Resources, folder: Folder) -> PerLanguage:
    plover_contexts = frozenset(resources.load("ontology/plover.yaml")["contexts"])
    return PerLanguage(resources.languages(), lambda lang: EventLexicon(
        resources.load(f"lang/{lang}/triggers.yaml", []) or [], resources.lang(lang, "contexts"),
        resources.lang(lang, "syntax"), resources.lang(lang, "morph"), folder, resources.lang(lang, "clauses"),
        plover_contexts))
