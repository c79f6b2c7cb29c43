"""Per-language office, rank, honorific and anaphora phrases (lang/<xx>/offices.yaml)."""
from __future__ import annotations

from dataclasses import dataclass

from entente.datafiles import PerLanguage, Resources
from entente.entities.compounds import StateCompounds
from entente.text.locative import has_postpositions
from entente.text.normalise import Folder
from entente.text.terms import TermMatcher

NOT_OFFICES = ("ranks", "honorifics", "anaphora", "adjective_of", "numerals", "home_state", "home_institutions",
               "state_before_institution")
SYNTAX_STOP_KEYS = ("with", "between", "locative", "by", "to", "from", "and", "report", "negation", "intent")


@dataclass(frozen=True)
class Anchor:
    """An office, rank or honorific phrase (original offsets)."""

    start: int
    end: int
    kind: str  # office | rank | honorific | anaphora
    office: str | None


class LanguageLexicon:
    """The anchors and function words of one language."""

    def __init__(self, offices: dict, syntax: dict, morph: dict, folder: Folder, compounds: dict | None = None):
        entries = [(p, ("office", key)) for key, phrases in offices.items()
                   if key not in NOT_OFFICES and isinstance(phrases, list)
                   for p in phrases]
        entries += [(p, ("rank", None)) for p in offices.get("ranks") or []]
        entries += [(p, ("honorific", None)) for p in offices.get("honorifics") or []]
        entries += [(p, ("counterpart", None)) for p in syntax.get("counterpart") or []]
        self.anchors = TermMatcher(entries, folder, morph.get("prefixes") or [])
        self.anaphora = TermMatcher([(p, key) for key, phrases in (offices.get("anaphora") or {}).items()
                                     for p in phrases or []], folder, morph.get("prefixes") or [])
        self.stopwords = frozenset(folder.key(w) for key in SYNTAX_STOP_KEYS for w in syntax.get(key) or [])
        self.of_words = frozenset(folder.key(w) for w in offices.get("adjective_of") or [])
        # "the two presidents", "两国元首", "두 정상": a number before an office counts several holders
        self.numerals = tuple(folder.key(w) for w in offices.get("numerals") or [])
        # "외교부는", "МИД", "وزارت خارجه", "کشورمان": the press of a language with one home state names
        # that state's institutions without the state
        self.home_state = offices.get("home_state")
        self.state_before_institution = bool(offices.get("state_before_institution"))  # "일본 외무성", not "МИД Польши"
        self.home_institutions = TermMatcher([(w, "institution") for w in offices.get("home_institutions") or []],
                                             folder, morph.get("prefixes") or [], morph.get("suffixes") or [])
        self.articles = tuple(folder.key(w) for w in morph.get("articles") or [])
        self.locatives = frozenset(folder.key(w) for w in syntax.get("locative") or [])
        self.postpositions = has_postpositions(syntax)
        self.locative_prefixes = tuple(folder.key(w) for w in morph.get("locative_prefixes") or [])
        self.prefixes = frozenset(folder.key(w) for w in morph.get("prefixes") or [])  # clitics written onto a word (و, ש)
        self.compounds = StateCompounds(compounds or {})


def load_lexicons(resources: Resources, folder: Folder) -> PerLanguage:
    return PerLanguage(resources.languages(), lambda lang: LanguageLexicon(
        resources.lang(lang, "offices"), resources.lang(lang, "syntax"), resources.lang(lang, "morph"), folder,
        resources.lang(lang, "compounds")))
