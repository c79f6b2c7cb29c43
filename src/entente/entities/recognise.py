"""The entity stage: find mentions of persons, states and organisations and link them.

1. Gazetteer: every KB alias (names in all scripts, demonyms, seats of power) in the folded
   text, and acronyms case-sensitively in the original.
2. Anchors: office, rank and honorific phrases; a name right after one is a person, linked to
   the KB by its cross-script name key or kept as a discovered person.
3. Linking: a name shared by several people goes to the one in office on the reference date;
   organisation short names that are ambiguous need their context; capitals are places.
4. Surnames: once a person is named in full, their surname alone refers to them.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from entente.detect.dates import PartialDate
from entente.entities.discover import names_after_anchors
from entente.entities.lexicon import Anchor, LanguageLexicon
from entente.entities.link import Linker
from entente.kb.index import AliasIndex
from entente.kb.places import PlaceIndex
from entente.model import Mention
from entente.pipeline.base import Analysis
from entente.text.locative import beside_locative
from entente.text.normalise import Folder
from entente.text.sentences import SENTENCE_STOP
from entente.text.terms import is_cjk, span_mask, word_start


@dataclass
class RecogniseEntities:
    index: AliasIndex
    lexicons: dict[str, LanguageLexicon]
    folder: Folder
    places: PlaceIndex
    name: str = "entities"
    requires: tuple[str, ...] = ("folded", "sentences", "reference")
    provides: tuple[str, ...] = ("mentions", "entities", "anchors")

    def __call__(self, analysis: Analysis) -> None:
        text, folded = analysis.document.text, analysis.folded
        lexicon = self.lexicons.get(analysis.document.lang or "") or self.lexicons.get("en")
        dated = [(d.start, d.end) for d in analysis.dates]
        places = [m for m in self._places(text, folded) if not any(s < m.end and m.start < e for s, e in dated)]
        mentions = [m for m in self._gazetteer(text, folded, analysis.document.lang) if not _capital_in_date(m, dated)]
        mentions += self._acronyms(text) + places
        anchors = self._anchors(folded, lexicon)
        taken = [(m.start, m.end) for m in mentions]
        for span in names_after_anchors(text, anchors, taken, lexicon, self.folder, dated):
            mentions.append(Mention(span.start, span.end, text[span.start:span.end], "PERSON",
                                    attributes={"candidates": [], "anchor": span.anchor}))
        day = _day(analysis.reference)
        linker = Linker(self.index, day, analysis.document.lang, self.places)
        linked = _with_compounds(linker.link(_without_overlaps(mentions), anchors, text), lexicon, linker, text)
        analysis.mentions = [self._capital_as_state(m, text, lexicon, linker) for m in linked]
        owners = self._surname_owners(linker)
        analysis.mentions = self._people_not_places(analysis.mentions, owners)
        analysis.mentions = self._with_surnames(analysis.mentions, owners, linker, text, folded, lexicon.prefixes)
        analysis.mentions += _anaphora(analysis.mentions, lexicon, linker, text, folded)
        analysis.mentions += _home_institutions(analysis.mentions, lexicon, linker, text, folded)
        analysis.mentions += _family_name_before_title(analysis.mentions, anchors, linker, text)
        analysis.mentions.sort(key=lambda m: m.start)
        analysis.entities = linker.entities
        analysis.anchors = anchors

    def _gazetteer(self, text: str, folded, lang: str | None) -> list[Mention]:
        mentions = []
        for hit in self.index.find(folded.text, lang):
            start, end = folded.span(hit.start, hit.end)
            attributes = {"aliases": hit.payloads, "sentence_initial": _sentence_initial(text, start)}
            mentions.append(Mention(start, end, text[start:end], "", attributes=attributes))
        return mentions

    def _capital_as_state(self, mention: Mention, text: str, lexicon: LanguageLexicon, linker: Linker) -> Mention:
        """A capital not introduced as a place ("Moscow accused Washington", "le soutien de Moscou")
        stands for its state; the mention keeps the place for the event's location."""
        place = linker.entities.get(mention.entity_id or "")
        capital = self.places.capital_of(place.country_code) if place and place.type == "PLACE" else None
        if capital is None or capital.place_id != place.entity_id:
            return mention
        if _placed(mention, text, lexicon, self.folder):
            mention.attributes["capital_of"] = place.country_code  # "delivered to Kyiv": a destination
            return mention
        state = linker.state(place.country_code)
        if state is None:
            return mention
        return Mention(mention.start, mention.end, mention.text, "STATE", state.entity_id, 0.7,
                       f"capital {place.name} used for the state", attributes={"place_id": place.entity_id})

    def _places(self, text: str, folded) -> list[Mention]:
        found = []
        for hit in self.places.find(folded.text):
            start, end = folded.span(hit.start, hit.end)
            lower = text[start:start + 1].islower() and not self.places.is_water(hit.payloads[0])
            if lower or (self.places.requires_capital(hit.term) and not text[start:start + 1].isupper()):
                continue  # a place is a proper name: Turkish "kabul" (acceptance) is no Kabul ("mer du Japon" is one)
            found.append(Mention(start, end, text[start:end], "", attributes={"place": hit.payloads[0]}))
        return found

    def _acronyms(self, text: str) -> list[Mention]:
        return [Mention(h.start, h.end, text[h.start:h.end], "", attributes={"aliases": h.aliases})
                for h in self.index.find_acronyms(text)]

    def _anchors(self, folded, lexicon: LanguageLexicon) -> list[Anchor]:
        anchors = []
        for hit in lexicon.anchors.find(folded.text):
            kind, office = hit.payloads[0]
            anchors.append(Anchor(*folded.span(hit.start, hit.end), kind, office))
        return anchors

    def _surname_owners(self, linker: Linker) -> dict[str, set[str]]:
        """The persons named in full so far, by the match form of their surnames."""
        return _owners(linker, linker.surnames, self.folder.key)

    def _people_not_places(self, mentions: list[Mention], surnames: dict[str, set[str]]) -> list[Mention]:
        """A town spelled like the surname of a person named in full in this document is that
        person ("Lloyd Austin ... オースティン長官", "שאוסטין" is not Austin, Texas: the place's
        mention leaves out the clitic written onto it); capitals stay places."""
        if not surnames:
            return mentions
        return [m for m in mentions if not (m.type == "PLACE" and self.folder.key(m.text) in surnames
                                            and not self.places.is_capital(m.entity_id))]

    def _with_surnames(self, mentions: list[Mention], owners: dict[str, set[str]], linker: Linker, text: str,
                       folded, prefixes: frozenset[str]) -> list[Mention]:
        """Surname-only mentions of persons already named in full in this document. A surname
        is longer than a name inside it ("中谷氏" is not China's 中): the shorter one gives way."""
        found = []
        occupied = span_mask(((m.start, m.end) for m in mentions), len(text))
        for key, ids in owners.items():
            if len(ids) != 1:
                continue  # two persons share the surname: it names neither
            for start, end in _occurrences(folded, key, prefixes):
                overlapping = [m for m in mentions if m.start < end and start < m.end] if any(occupied[start:end]) else []
                if all(start <= m.start and m.end <= end and m.end - m.start < end - start for m in overlapping):
                    found.append(linker.surname_mention(start, end, text[start:end], next(iter(ids))))
        if not found:
            return mentions
        covered = span_mask(((m.start, m.end) for m in found), len(text))
        return [m for m in mentions if not all(covered[m.start:m.end])] + found


ANAPHORA_REACH = 600  # characters back in which "the prime minister" finds the person it refers to
ANAPHORA_NAME_GAP = 3  # a name this close after the office is its own ("the prime minister Modi")
ANAPHORA_STATE_GAP = 15  # a state this close before the office names its holder ("the Indian prime minister")
ANAPHORA_ADJECTIVE_GAP = 2  # ... or right after it ("le Premier ministre indien")
CJK_ANAPHORA_MIN = 3  # Han characters: a shorter office word stands inside other words (元首 in 元首理事会)


def _anaphora(mentions: list[Mention], lexicon: LanguageLexicon, linker: Linker, text: str, folded) -> list[Mention]:
    """"The prime minister", "وزیراعظم نے", "il ministro" with no name and no state beside it refers
    back to the person named shortly before who holds that office, when only one such person was
    (after "Kishida met Premier Li", "the prime minister" could be either)."""
    found = []
    persons = [m for m in mentions if m.type == "PERSON" and m.entity_id]
    if not persons:
        return found
    occupied = span_mask(((m.start, m.end) for m in mentions), len(text))
    for hit in lexicon.anaphora.find(folded.text):
        start, end = folded.span(hit.start, hit.end)
        if any(occupied[start:end]) or (is_cjk(hit.term) and len(hit.term) < CJK_ANAPHORA_MIN) \
                or _counted(folded.text, hit.start, lexicon.numerals):
            continue
        office = hit.payloads[0]
        earlier = [m for m in persons if m.end <= start and start - m.end <= ANAPHORA_REACH
                   and linker.entities[m.entity_id].office == office]
        if earlier and len({m.entity_id for m in earlier}) == 1 and not _named_beside(mentions, start, end, text):
            found.append(linker.anaphora_mention(start, end, text[start:end], max(earlier, key=lambda m: m.end).entity_id))
    return found


def _home_institutions(mentions: list[Mention], lexicon: LanguageLexicon, linker: Linker, text: str, folded) -> list[Mention]:
    """"외교부는 ... 우려를 표했다", "МИД заявил", "وزارت امور خارجه": an institution the press of
    the language names without its state is the home state's, unless a state stands beside it
    ("МИД Польши", "일본 외무성")."""
    if not lexicon.home_state:
        return []
    occupied = span_mask(((m.start, m.end) for m in mentions), len(text))
    spans = [folded.span(hit.start, hit.end) for hit in lexicon.home_institutions.find(folded.text)]
    spans = [(start, end) for start, end in spans
             if not any(occupied[start:end]) and not _named_beside(mentions, start, end, text, places=True,
                                                                   after=not lexicon.state_before_institution)]
    state = linker.state(lexicon.home_state) if spans else None
    if state is None:
        return []
    return [Mention(start, end, text[start:end], "STATE", state.entity_id, 0.6,
                    f"institution of {state.name}, the home state of the language's press") for start, end in spans]


def _owners(linker: Linker, names_of: Callable[[str], set[str]], key: Callable[[str], str] = str) -> dict[str, set[str]]:
    """The persons linked so far, by each short form of their names that ``names_of`` gives."""
    owners: dict[str, set[str]] = {}
    for entity_id in linker.linked_persons():
        for name in names_of(entity_id):
            owners.setdefault(key(name), set()).add(entity_id)
    return owners


def _family_name_before_title(mentions: list[Mention], anchors: list[Anchor], linker: Linker, text: str) -> list[Mention]:
    """"윤 대통령", "리 총리", "李氏", "习主席": a one-syllable family name right before a title is
    the official named in full earlier whose name begins with it, when only one does."""
    owners = _owners(linker, linker.family_names)
    if not owners:
        return []
    occupied = span_mask(((m.start, m.end) for m in mentions), len(text))
    found = []
    for anchor in anchors:
        if anchor.kind not in ("office", "honorific"):
            continue
        before = _FAMILY_BEFORE_TITLE.search(text, max(0, anchor.start - 3), anchor.start)
        if before is None or len(ids := owners.get(before.group(before.lastindex), ())) != 1:
            continue
        start, end = before.span(before.lastindex)
        if not any(occupied[start:end]):
            found.append(linker.surname_mention(start, end, text[start:end], next(iter(ids))))
    return found


_FAMILY_BEFORE_TITLE = re.compile(r"(?:(?<![\uac00-\ud7a3])([\uac00-\ud7a3]) |([\u4e00-\u9fff]))$")


def _counted(folded: str, start: int, numerals: tuple[str, ...]) -> bool:
    """A number right before the office ("the two presidents", "两国元首", "두 정상", "3 ministers"):
    it names several holders, not the one named before."""
    before = folded[max(0, start - NUMERAL_REACH):start].rstrip()
    if before[-1:].isdigit():
        return True
    return any(before.endswith(word) and (len(before) == len(word) or is_cjk(word) or not before[-len(word) - 1].isalnum())
               for word in numerals)


NUMERAL_REACH = 12


def _named_beside(mentions: list[Mention], start: int, end: int, text: str, places: bool = False,
                  after: bool = True) -> bool:
    """A name right after the office, or a state next to it in the same sentence: the phrase names
    its own holder (with ``places``, a place next to it too: "משרד החוץ בטהרן"; without ``after``,
    only a state before it counts, where modifiers precede their noun)."""
    kinds = ("STATE", "PLACE") if places else ("STATE",)
    return any((m.type == "PERSON" and 0 <= m.start - end <= ANAPHORA_NAME_GAP)
               or (m.type in kinds and ((after and 0 <= m.start - end <= ANAPHORA_ADJECTIVE_GAP)
                                        or (0 <= start - m.end <= ANAPHORA_STATE_GAP
                                            and not SENTENCE_STOP.search(text, m.end, start))))
               for m in mentions)


def _with_compounds(mentions: list[Mention], lexicon: LanguageLexicon, linker: Linker, text: str) -> list[Mention]:
    """Each state of a compound of abbreviations (日米韓, 中俄, 한미일) is a mention of its own; a
    name found across the compound gives way to it, a person's name does not."""
    parts = lexicon.compounds.find(text)
    if not parts:
        return mentions
    persons = span_mask(((m.start, m.end) for m in mentions if m.type == "PERSON"), len(text))
    parts = [p for p in parts if not persons[p.start]]
    covered = span_mask(((p.start, p.end) for p in parts), len(text))
    kept = [m for m in mentions if m.type == "PERSON" or not any(covered[m.start:m.end])]
    for part in parts:
        state = linker.state(part.code)
        if state is not None:
            kept.append(Mention(part.start, part.end, text[part.start:part.end], "STATE", state.entity_id, 0.8,
                                "one state of a compound of abbreviations"))
    return sorted(kept, key=lambda m: m.start)


_DATELINE_AFTER = re.compile(r"^\s*(?:[,،]|\(|\s[–—-]\s|\d|[=＝])")
_DATELINE_OPENING = frozenset({"", "【", "[", "〔", "(", "（"})  # "【ソウル＝共同】", "[서울=연합뉴스]", "(서울=연합뉴스)"


def _placed(mention: Mention, text: str, lexicon: LanguageLexicon, folder: Folder) -> bool:
    """Introduced as a place: after a locative word ("in", "a", "في") or prefix ("بـ"), or the
    place of a dateline ("MOSCOW, June 12 –", "ANKARA (Agency) –", "【ソウル＝共同】")."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    if text[line_start:mention.start].strip() in _DATELINE_OPENING and _DATELINE_AFTER.match(text[mention.end:mention.end + 4]):
        return True
    return beside_locative(text, mention.start, mention.end, folder.key, lexicon.locatives, lexicon.locative_prefixes,
                           postpositions=lexicon.postpositions)


def _occurrences(folded, key: str, prefixes: frozenset[str]) -> list[tuple[int, int]]:
    """Original spans of ``key`` in the folded text, on word boundaries (none needed for Han); a
    clitic of ``prefixes`` may be written onto it ("שאוסטין", "ولافروف"): the span leaves it out."""
    spans, position, cjk = [], folded.text.find(key), is_cjk(key)
    while position >= 0:
        end = position + len(key)
        after = folded.text[end] if end < len(folded.text) else " "
        if cjk or not (_inside_a_word(folded.text, position, prefixes) or after.isalnum()):
            spans.append(folded.span(position, end))
        position = folded.text.find(key, end)
    return spans


def _inside_a_word(text: str, position: int, prefixes: frozenset[str]) -> bool:
    """Whether the word goes on before ``position`` other than by one of ``prefixes``."""
    start = word_start(text, position)
    return start < position and text[start:position] not in prefixes


def _sentence_initial(text: str, start: int) -> bool:
    """A capital letter proves nothing at the start of a sentence or line."""
    before = text[max(0, start - 4):start].rstrip(" «“\"'(")
    return not before or before[-1] in ".!?\n…:"


def _capital_in_date(mention: Mention, dated: list[tuple[int, int]]) -> bool:
    """A weekday that is also a capital's name (Persian دوشنبه, Monday / Dushanbe) is a date."""
    return any(a.kind == "capital" for a in mention.attributes.get("aliases", ())) and any(
        s < mention.end and mention.start < e for s, e in dated)


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Longest mention wins where two overlap (an organisation's name over the city inside it);
    on equal spans the knowledge base wins over the place gazetteer (Algeria over Algiers)."""
    if not mentions:
        return []
    occupied = span_mask((), max(m.end for m in mentions))
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start, "place" in m.attributes)):
        if not any(occupied[mention.start:mention.end]):
            chosen.append(mention)
            occupied[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
    return sorted(chosen, key=lambda m: m.start)


def _day(reference: PartialDate | None) -> str | None:
    return reference.iso() if reference else None
