"""The event stage: triggers in each clause become PLOVER events with their arguments.

For every clause: the lexicon's triggers give the category (one event per category and
clause), the linked mentions give the participants, word order gives the direction, cue words
turn intentions into AGREE and drop negated or hypothetical events, and the clause's date
expressions and places give when and where. Repeated reports of one occurrence are merged
afterwards (``consolidate``).
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from entente.events.arguments import (Party, PartyIndex, WordOrder, arguments, codes, first_group, nearest_group,
                                      split_roles)
from entente.detect.dates import PartialDate, parse_iso, resolve
from entente.events.consolidate import REFERENCE_SLACK_DAYS, SAID, STATEMENT, UNILATERAL, consolidate, days_apart
from entente.events.cues import (JOINED_COMMA, Clause, DocumentCues, Hit, apart_from_the_sidelines, around_sidelines,
                                 clauses, find_cues, last_joined_comma)
from entente.events.dating import EventDate, date_event, sentence_dates
from entente.events.lexicon import EventLexicon, Trigger
from entente.events.location import PlaceFinder, locative_next_to, with_their_states
from entente.model import Event, Location, Mention, Source
from entente.pipeline.base import Analysis
from entente.text.locative import followed_by_word, preceded_by_word
from entente.text.normalise import Folder
from entente.text.sentences import SENTENCE_STOP
from entente.text.terms import span_mask, word_start

# An organisation alone can meet, agree, declare or cooperate (its members are the parties).
ORGANISATION_ALONE = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"})
# Acts addressed to the meeting itself: a refusal to sign its text, a call on its members.
ADDRESSED = frozenset({"REJECT", "REQUEST", "SUPPORT"})
SPOKEN = SAID | {"SANCTION"}  # acts done by announcing them
ANSWERS = frozenset({"REJECT", "ACCUSE", "THREATEN", "REQUEST"})  # acts that answer the other side of a dispute
INTENT_WINDOW = 60
AFTER_VERB_WINDOW = 18  # negation and intention after the verb in verb-final languages (しなかった, etmedi)
COORDINATION_CHARS = 12
COMPLEMENT_GAP = 4  # "recognised that ...": a statement, not an act of support
# Hostile acts whose target includes the actor's own side ("sanctions on Russia and Iran", said by
# a Russian minister) have no actor in the clause: the speaker is not the one sanctioning.
SELF_TARGET_CHECK = frozenset({"SANCTION", "ASSAULT"})
STRIKES = frozenset({"ASSAULT", "COERCE"})  # acts aimed at the state where the places they name lie
NEGATION_WINDOW = 25
LONGEST_CUE = 20  # characters: cues opening this far before a position may still end next to it
LONGEST_PHRASE = 40  # ... and the longer phrases next to a date ("pour la première fois depuis")
UNTIL_GAP = 4  # characters between "until" and its date ("até terça-feira", "until 4 June", "salıya kadar")
DUE_DATE_GAP = 6  # characters between "scheduled for" and the date it gives ("prevista per il")
REPORT_DATE_GAP = 6  # characters between a verb of saying and the date it was said on
CLAUSE_OPENING_WORDS = 2  # words between a comma and a date that opens a later clause ("and on", "et", "и")
LATER_CLAUSE_REACH = 60  # characters from that date to the act of its clause
LATER_ACT_GAP = 4  # characters between an act and the date right after it that is its own ("adoptée le")
TIME_PHRASE_GAP = 12  # characters between "after" and the meeting it names ("after the NATO summit")
SCHEDULED_REACH = 40  # characters either side of a trigger in which "will be held" makes it a plan
OBJECT_IS_AN_ACT = frozenset({"ACCUSE", "REJECT", "REQUEST"})
# What was rejected (a demand) or asked for ("called on the EU to tighten sanctions") is not an event.
NOT_EVENTS_AS_OBJECTS = frozenset({"REJECT", "REQUEST"})
# A withdrawal, ceasefire or deployment after another act of its clause is that act's object ("urged a
# ceasefire", "agreed on stationing a brigade"); joint exercises are not: "agreed and held drills" is common.
OBJECT_OF_AN_ACT = frozenset({"RETREAT", "MOBILIZE"})
ACTS_ON_AN_OBJECT = frozenset({"REQUEST", "AGREE", "REJECT", "CONSULT", "SUPPORT", "ACCUSE", "THREATEN"})
# What a stated intention does not turn into a promise: a promise already, or a threat ("announced
# an adequate response" threatens).
ABOUT_THE_FUTURE = frozenset({"AGREE", "THREATEN"})
THREATENED_ACTS = frozenset({"SANCTION", "COERCE", "ASSAULT"})  # announced, not yet done: a threat, not a promise
HALTED = frozenset({"COOPERATE", "AID"})  # acts that, suspended or frozen, are a sanction
HALT_WINDOW = 40  # characters between "suspended" and the cooperation it suspends ("sospendere lo scambio di")
HOSTILE_TOPICS = frozenset({"ASSAULT", "FIGHT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE"})
VENUE_CATEGORIES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
DESTINED = frozenset({"CONSULT", "AGREE", "AID", "COOPERATE"})  # acts addressed to a place's state
DESTINATION_GAP = 30
DESTINATION_BEFORE_GAP = 2  # characters between a capital and the verb after it ("в Пекин прибыл")
ADDRESS_GAP = 4  # characters between an accusing or asking verb and the capital it addresses ("reprochó a")
FLIPPED = {"subject": "object", "object": "subject"}
PASSIVE_REACH, PASSIVE_WORDS = 40, 6  # "received on Wednesday by": the agent phrase comes within a few words
AGENT_WORDS = 10  # words before a participle within which a German agent phrase stands ("von Brasiliens Präsident ... empfangen")
_WORD = re.compile(r"[\w'’]+")
_BRACKET = re.compile(r"\w+|[^\w\s]")  # words and punctuation marks, in order
_COMMA = re.compile(r"[,،]")
ORIGIN_REACH, ORIGIN_GAP = 40, 6  # "coming from" ends at most an article's length before the place
OBLIGED_GAP = 4  # characters between "على" and the party it asks something of ("إن على أوكرانيا")
SOURCE_GAP = 6  # "according to the" before a source
SOURCE_TAIL = 32  # "by Macron at his press conference," the source's phrase up to its comma
OPENING_LOOK, CLAUSE_OPENERS = 3, ".,;:!?\n،؛。—–-(«\"“"  # what may stand before a phrase that opens a clause
DECLARED = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "AGREE", "THREATEN", "PROTEST"})  # what a declaration can do
TARGET_MARKER_REACH = 8  # characters between a party and the word that makes it an act's target
ACT_OBJECT_GAP = 40  # characters between "condemned" and "the attacks" (with "in its final statement")
VERB_FINAL_OBJECT_GAP = 80  # ... between "the attacks" and a verb at the end of its clause, with what it was called
JOIN_REACH = 2  # sentences back in which "A and B took part" finds its meeting
VERB_SUBJECT_WORDS = 2  # words between a clause-opening verb and its subject ("رفض وزير الخارجية الإيراني")
RESTART_WORDS = 3  # "and on the" before the date that opens a new event of the same kind
PRONOUN_REACH = 400  # characters back in which "he" finds the person it stands for


@dataclass
class ExtractEvents:
    lexicons: dict[str, EventLexicon]
    folder: Folder
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # organisation -> member states
    borders: dict[str, frozenset[str]] = field(default_factory=dict)  # state -> the states it borders
    name: str = "events"
    requires: tuple[str, ...] = ("mentions", "entities", "sentences", "dates", "reference")
    provides: tuple[str, ...] = ("events",)

    def __call__(self, analysis: Analysis) -> None:
        lexicon = self.lexicons.get(analysis.document.lang or "")
        if lexicon is None:
            analysis.events = []
            return
        reading = self._reading(analysis, lexicon)
        events, text = [], analysis.document.text
        for number, sentence in enumerate(analysis.sentences):
            created = []
            found_clauses = around_sidelines(clauses(sentence, reading.cues, lexicon.verb_final), text, self.folder.key,
                                            lexicon.with_words, reading.cues)
            for clause in apart_from_the_sidelines(found_clauses, text, self.folder.key, lexicon.conjunctions):
                found = _parties(reading, clause, number)
                created.extend(_clause_events(reading, clause, found, reading.recent.nearby(number)))
            if not created and reading.cues.cue_in("participants", sentence.start, sentence.end):
                since = analysis.sentences[max(0, number - JOIN_REACH)].start
                _join_last_meeting([e for e in events if e.source.start >= since],
                                   reading.index.within(sentence.start, sentence.end))
            events.extend(created)
            reading.note_story_day(sentence)
        analysis.events = consolidate(_dated_by_the_lead(events, reading), self.members)

    def _reading(self, analysis: Analysis, lexicon: EventLexicon) -> "_Reading":
        text = analysis.document.text
        mentions = span_mask(((m.start, m.end) for m in analysis.mentions), len(text))
        places = span_mask(((m.start, m.end) for m in analysis.mentions if m.type == "PLACE"), len(text))
        cues = find_cues(lexicon, analysis.folded, mentions, places)

        def next_to(words: frozenset[str]) -> Callable[[Mention], bool]:
            return locative_next_to(text, self.folder.key, words, lexicon.postpositions, not lexicon.locatives_follow)
        return _Reading(analysis, cues, _word_order(text, self.folder, lexicon, cues),
                        PartyIndex(analysis.mentions, analysis.entities),
                        PlaceFinder(analysis.mentions, analysis.entities, next_to(lexicon.place_words)),
                        _RecentParties(borders=self.borders), lexicon, self.folder.key,
                        with_their_states(next_to(lexicon.locatives), analysis.mentions, analysis.entities, text),
                        opening=len(text) - len(text.lstrip()))


@dataclass
class _Reading:
    """What the event stage knows while reading one document (the stage itself keeps no state)."""

    analysis: Analysis
    cues: DocumentCues
    order: WordOrder
    index: PartyIndex
    places: PlaceFinder  # a place after a locative or "to" word is where the event happened
    recent: "_RecentParties"
    lexicon: EventLexicon
    fold: Callable[[str], str]
    venue: Callable  # a locative word stands before the mention
    narrative_day: PartialDate | None = None  # the date of the last event the text dated
    narrative_at: int = 0  # where that event's sentence ends
    reported_at: int = 0  # where the sentence of the last event found ends
    story_day: tuple | None = None  # the first day the text named, and where that sentence ends
    _per_sentence: dict = field(default_factory=dict)
    last_hostile: tuple | None = None  # (where, actors) of the last attack, launch or threat reported
    opening: int = 0  # where the text's first line begins (a title line starts there)

    def _sentence_memo(self, what: str, start: int, end: int, compute: Callable):
        """What every event of a sentence asks for, computed once per sentence."""
        key = (what, start, end)
        if key not in self._per_sentence:
            self._per_sentence[key] = compute()
        return self._per_sentence[key]

    def obliged(self, trigger: Trigger, hit: Hit, clause: Clause) -> tuple[list[Party], list[Party]] | None:
        """Who demands and of whom, for a word of obligation; asked when the trigger is read and
        again when its event is made."""
        return self._sentence_memo("obliged", hit.start, hit.end, lambda: _obliged(self, trigger, hit, clause))

    def relative_clauses(self, start: int, end: int) -> list[tuple[int, int]]:
        """The relative clauses of a stretch of text, found once per stretch."""
        return self._sentence_memo("relative", start, end, lambda: _relative_clauses(self, start, end))

    def place(self, start: int, end: int):
        """The place of a sentence."""
        return self._sentence_memo("place", start, end, lambda: self.places.place_in(start, end))

    def dates(self, start: int, end: int) -> list:
        """The date expressions of a sentence."""
        analysis = self.analysis
        return self._sentence_memo("dates", start, end, lambda: sentence_dates(
            analysis.dates, start, end, analysis.document.text))

    def narrative(self, start: int) -> PartialDate | None:
        """The day "the same day" or "the day before" counts from: the last day the paragraph
        named before ``start``, when it named one after the last dated report ("On Wednesday the
        coast guard seized a tanker ... Moscow protested the same day", where the seizure was not
        read as a report), else that report's day, else the story's day (the first the text named)."""
        paragraph = self.analysis.document.text.rfind("\n", 0, start)  # where the paragraph begins
        days = [e for e in self.analysis.dates if self.narrative_at <= e.start and paragraph < e.end <= start]
        return self._last_past_day(days) or self.narrative_day or (self.story_day[0] if self.story_day else None)

    def _last_past_day(self, expressions: list) -> PartialDate | None:
        """The last of these date expressions that names a day not after the reference: a day still
        to come is a deadline or a plan ("until 4 June"), not the narrative's; "the same day" counts
        from another."""
        reference = self.analysis.reference
        for expression in reversed(expressions):
            day = resolve(expression, reference) if expression.kind != "narrative" else None
            if day is not None and day.precision == "day" and not _after(day, reference):
                return day
        return None

    def paragraph_date(self, start: int) -> EventDate | None:
        """The last day its paragraph named before ``start`` outside any report, for a report with no
        date of its own: "The second round was held on Monday, 2 June. The sides agreed to swap
        prisoners" (the day of a report is carried only to reports that share a party with it,
        ``carry_dates``; a day the report did not take is another act's: "condemned the attack of
        22 April")."""
        paragraph = max(self.analysis.document.text.rfind("\n", 0, start), self.reported_at - 1)
        day = self._last_past_day([e for e in self.analysis.dates if paragraph < e.start and e.end <= start])
        return EventDate(day.iso(), "day", "carried") if day else None

    def own_dates(self, hit: Hit, clause: Clause) -> list:
        """The sentence's date expressions, without those in a subordinate clause after the
        trigger ("accused China after its vessel fired on a boat last Saturday": Saturday is
        when the boat was fired on), and without those of a relative clause the trigger is not in
        ("the two states, which signed a pact in 2023, agreed ...")."""
        relative = self.relative_clauses(clause.sentence.start, clause.sentence.end)
        candidates = [e for e in self.dates(clause.sentence.start, clause.sentence.end) if not self._dates_report(e, hit)
                      and not self._dates_what_is_due(e, hit) and not self._dates_another_act(e, hit, clause.sentence)
                      and not self._dates_an_end(e) and not self._dates_a_later_act(e, hit)
                      and not self._opens_a_later_clause(e, hit, clause.sentence)]
        expressions = [e for e in candidates if not any(a <= e.start < b and not a <= hit.start < b for a, b in relative)]
        if not expressions:  # "Shoigu, who arrived on Tuesday, held talks": a recent day of the aside is the best there is
            expressions = [e for e in candidates if e.kind == "weekday"]
        if not any(e.start >= hit.end for e in expressions):
            return expressions
        opened = self.cues.cue_before("subordinators", hit.end, clause.sentence.end)
        return [e for e in expressions if e.start < hit.end or not opened or e.start < opened[0].start]

    def report_date(self, hit: Hit, clause: Clause) -> EventDate | None:
        """The day a verb of saying after the trigger gives ("..., a annoncé jeudi le ministre"), for
        an act done by saying it (an accusation, a warning, a refusal, a denunciation) with no day
        of its own: it was said then. A day still to come is no such day."""
        for expression in self.dates(clause.sentence.start, clause.sentence.end):
            if expression.start >= hit.end and self._dates_report(expression, hit):
                day = resolve(expression, self.analysis.reference)
                if day is not None and day.precision == "day" and not _after(day, self.analysis.reference):
                    return EventDate(day.iso(), "day", "text")
        return None

    def _dates_an_end(self, expression) -> bool:
        """"the summit, which runs until Tuesday", "que reúne até terça-feira", "salıya kadar": a
        date right after a word for "until" (right before it, where such words follow their noun)
        is when something ends, not when it happened; "met for the first time since 2019",
        "2019年4月以来、約6年ぶりに開いた": one right beside a phrase for "the first time since"
        is when it last happened before."""
        return any(self._beside(key, expression) for key in ("until", "first_since"))

    def _beside(self, key: str, expression) -> bool:
        """Whether a cue of ``key`` stands right before the expression (right after it, where
        such words follow their noun)."""
        if self.lexicon.postpositions:
            return bool(self.cues.cue_before(key, expression.end, expression.end + UNTIL_GAP + 1))
        return self._right_after(key, expression, UNTIL_GAP, max(0, expression.start - UNTIL_GAP - LONGEST_PHRASE))

    def _dates_what_is_due(self, expression, hit: Hit) -> bool:
        """"agreed to hold the truce until the meeting scheduled for 4 August", "prevista per il 4
        agosto": a date right after a word of scheduling after the trigger is when something is
        still to happen."""
        return self._right_after("scheduled", expression, DUE_DATE_GAP, hit.end)

    def _right_after(self, key: str, expression, gap: int, since: int) -> bool:
        """Whether a cue of ``key`` opening after ``since`` ends within ``gap`` characters before the expression."""
        return any(0 <= expression.start - cue.end <= gap for cue in self.cues.cue_before(key, since, expression.start))

    def _dates_another_act(self, expression, hit: Hit, sentence) -> bool:
        """"condemned the June strikes on Iran", "谴责今年6月…发动的打击", "जून में … हमलों की निंदा":
        a month named without its day belongs to the first act named after it ("In June, X
        condemned ...": the condemnation), or to the last one before it when none follows
        ("met in June")."""
        if expression.kind != "month":
            return False
        triggers = self.cues.triggers_in(sentence.start, sentence.end)
        owner = next((t for t in triggers if t.start >= expression.end), None) or next(
            (t for t in reversed(triggers) if t.end <= expression.start), None)
        return owner is not None and owner.start != hit.start

    def _dates_a_later_act(self, expression, hit: Hit) -> bool:
        """"demandé la suspension de la résolution adoptée le 24 janvier", "asked to lift the
        measure imposed on 2 March": a date written out (not "yesterday", not a weekday) right
        after another act named after the trigger is that act's, when that act is of another
        kind (two words for one strike share its day); where verbs come last, the date stands
        before its own verb and this does not apply."""
        if self.order.verb_final or expression.kind != "absolute" or expression.start < hit.end:
            return False
        kinds, text = {t.event for t in hit.value}, self.analysis.document.text
        return any(0 <= expression.start - t.end <= LATER_ACT_GAP and "," not in text[t.end:expression.start]
                   and kinds.isdisjoint(x.event for x in t.value)
                   for t in self.cues.triggers_in(hit.end, expression.start) if t.start > hit.start)

    def _opens_a_later_clause(self, expression, hit: Hit, sentence) -> bool:
        """"Лидеры СНГ встретились в Эрмитаже, накануне ЕАЭС подписал соглашение", "the ministers met
        in Rome, and on Tuesday Italy signed ...": a date that opens a clause after the trigger's (at
        most a conjunction between the comma and the date), followed by a party and another act
        before any other comma, is that act's; where verbs come last, dates stand before their own
        verb anyway."""
        if self.order.verb_final or expression.start < hit.end:
            return False
        text = self.analysis.document.text
        gap = text[hit.end:expression.start]
        comma = max(gap.rfind(","), gap.rfind(";"), gap.rfind("،"))
        if comma < 0 or len(_WORD.findall(gap[comma:])) > CLAUSE_OPENING_WORDS:
            return False
        return any(not _COMMA.search(text, expression.end, t.start) and self.index.within(expression.end, t.start)
                   for t in self.cues.triggers_in(expression.end, min(sentence.end, expression.end + LATER_CLAUSE_REACH)))

    def _dates_report(self, expression, hit: Hit) -> bool:
        """"..., the ministry said on Tuesday", "국방부가 2일 밝혔다": a verb of saying after the
        trigger, with its date, gives the day the news was given, not the day of what it reports
        ("announced new sanctions on Monday" is the act itself and keeps its day)."""
        after = self.cues.cue_before("report", max(hit.end, expression.start - REPORT_DATE_GAP - LONGEST_CUE),
                                     expression.end + REPORT_DATE_GAP)
        return any(0 <= cue.start - expression.end <= REPORT_DATE_GAP or 0 <= expression.start - cue.end <= REPORT_DATE_GAP
                   for cue in after)

    def passive(self, hit: Hit, clause: Clause, found: list[Party]) -> bool:
        """A passive's agent phrase ("by", "par", "por", "من قبل") among the first words after the
        trigger, before any party or other act named after it; where the language lists passive auxiliaries,
        one of them just before the trigger. German puts the agent before the participle, with an
        auxiliary in the clause or right after it; other verb-final languages are left as they are."""
        by_words, text = self.lexicon.by_words, self.analysis.document.text
        marks = self.lexicon.passive_marks  # "da" is "by" and "from": only after "è stato", "viene" ...
        if self.lexicon.agent_before:  # "war am Freitag von Lula empfangen worden", "wurde von Lula empfangen"
            before = [self.fold(w) for w in _WORD.findall(text[clause.start:hit.start])]
            after = [self.fold(w) for w in _WORD.findall(text[hit.end:min(clause.end, hit.end + PASSIVE_REACH)])][:1]
            return bool(marks.intersection(before + after)) and bool(by_words.intersection(before[-AGENT_WORDS:]))
        if self.order.verb_final or not by_words:
            return False
        if marks and not marks.intersection(self.fold(w) for w in _WORD.findall(text[clause.start:hit.start])[-PASSIVE_WORDS:]):
            return False
        following = [t.start for t in self.cues.triggers_in(hit.end, min(clause.end, hit.end + PASSIVE_REACH))]
        # ... and before another act ("condemned the strikes by Israel": the agent is the strikes')
        stop = min([clause.end, hit.end + PASSIVE_REACH] + [p.mention.start for p in found if p.mention.start >= hit.end]
                   + following)
        words = [self.fold(w) for w in _WORD.findall(text[hit.end:stop])][:PASSIVE_WORDS]
        pairs = [" ".join(words[i:i + 2]) for i in range(len(words) - 1)]
        return any(w in by_words for w in words + pairs)

    def note_story_day(self, sentence) -> None:
        """The day of the story: the first day the text names outside background (the lead's
        "on Sunday"); later reports with no date of their own and no dated report before them
        happened then ("On Sunday the council met ... It condemned ..."). Later dates in the
        text belong to their own sentences and do not replace it."""
        if self.story_day is not None or self.cues.cue_in("history", sentence.start, sentence.end):
            return
        for expression in self.dates(sentence.start, sentence.end):
            if expression.kind == "narrative" and self.narrative_at > sentence.start:
                continue  # "the day before" with no day named before its sentence counts from the story's day
            anchor = self.narrative(expression.start) if expression.kind == "narrative" else None
            anchor = anchor or self.analysis.reference
            day = resolve(expression, anchor)
            if day is not None and day.precision == "day" and not _background_day(day.iso(), self.analysis.reference):
                self.story_day = (day, sentence.end)
                return

    def story_date(self) -> EventDate | None:
        """The story's day, for a report with no date of its own anywhere in the article (an
        article tells one story: "De Wever demanded ..." five paragraphs after "the summit
        ended last night" happened at the summit, not on the day of publication); none when the
        story's day lies more than a week from the publication date."""
        if self.story_day is None:
            return None
        day, _ = self.story_day
        reference = self.analysis.reference
        if reference and reference.precision == "day" and days_apart(day.iso(), reference.iso()) > REFERENCE_SLACK_DAYS:
            return None
        return EventDate(day.iso(), "day", "story")


HEADLINE_TO_LEAD = 2  # line breaks between a headline and the end of the lead's first sentence (a blank line between)


def _dated_by_the_lead(events: list[Event], reading: _Reading) -> list[Event]:
    """"North Korea will send 6,000 troops to Kursk. Shoigu said so on Tuesday after talks with
    Kim": an undated report in the lead paragraph, before the sentence that names the story's
    day, happened that day, not on the day of publication; so did the headline's, when that
    sentence is in the paragraph right under it ("Seven agreements signed" over "... met yesterday in Ankara")."""
    if reading.story_day is None:
        return events
    text, (_, story_end) = reading.analysis.document.text, reading.story_day
    for event in events:
        lines = text.count("\n", event.source.start, story_end)
        if (event.date_basis == "reference" and not event.historical and event.source.end < story_end
                and (lines == 0 or event.headline and lines <= HEADLINE_TO_LEAD)):
            when = reading.story_date()
            if when is not None:
                event.date, event.date_precision, event.date_basis = when.date, when.precision, when.basis
    return events


def _parties(reading: _Reading, clause: Clause, number: int) -> list[Party]:
    """The clause's parties; 'the two sides' stand for the last pair named, 'the participants'
    for the last group (a meeting of three or more, or of an organisation)."""
    cues, recent = reading.cues, reading.recent
    text = reading.analysis.document.text
    named = reading.index.within(clause.start, clause.end)
    after = [q.mention.start for q in named[1:]] + [clause.end]
    found = [p for p, until in zip(named, after)
             if not _origin(cues, p) and not _source(cues, p, text, until) and not clause.hides(p.mention.start)
             and not _names_a_document(cues, p, reading.lexicon.owner_first) and not _embassy_city(cues, p)]
    codes_found = {p.code for p in found}
    both = cues.cue_in("both_parties", clause.start, clause.end)
    organisation = any(p.entity.type == "IGO" for p in found)
    if len(codes_found) >= 2 or organisation:
        recent.remember(found, number, clause.sidelines)
    if len(codes_found) >= 2 or (organisation and not both):
        return found
    inherited: list[Party] = []
    if both:  # "the UN urged the two neighbours": an organisation alone still addresses the last pair
        neighbours = any(n.start < b.end and b.start < n.end for n in cues.cue_in("neighbours", clause.start, clause.end)
                         for b in both)  # "the two neighbours": the last two named that border each other
        inherited = (neighbours and recent.neighbours_for(number)) or recent.pair_for(number) or recent.group_for(number)
    elif cues.cue_in("participants", clause.start, clause.end) or cues.cue_in("multilateral", clause.start, clause.end):
        inherited = recent.group_for(number)
    return found + [p for p in inherited if p.code not in codes_found]


DOCUMENT_NAMERS = {"IGO": frozenset({"instrument"}), "PLACE": frozenset({"instrument", "declaration"})}
AUTHOR_GAP = 4  # characters between an organisation and its document ("UN Security Council resolutions", "安保理の決議")


def _names_a_document(cues: DocumentCues, party: Party, owner_first: bool) -> bool:
    """"in violation of UN Security Council resolutions", "安保理決議違反", "قرارات مجلس الأمن": an
    organisation named as the author of a document only says which document; it takes no part.
    The author stands on the side of the document where the language puts an owner
    ("قرارا" right after "مجلس التعاون" is what the council adopted). A city names a document
    the same way ("the Tashkent Declaration", "the Minsk agreements", "déclaration de Tachkent")."""
    kinds = DOCUMENT_NAMERS.get(party.entity.type)
    return bool(kinds) and _beside_context(cues, party.mention, kinds, before=owner_first, after=not owner_first)


def _embassy_city(cues: DocumentCues, party: Party) -> bool:
    """"protested through the embassy in Beijing", "通过驻北京大使馆", "北京の大使館ルート": a
    capital beside an embassy word says where the embassy is; its state takes no part."""
    attributes = party.mention.attributes
    return ("place_id" in attributes or "capital_of" in attributes) and _beside_context(cues, party.mention, EMBASSY)


EMBASSY = frozenset({"embassy"})


def _beside_context(cues: DocumentCues, mention: Mention, kinds: frozenset[str],
                    before: bool = True, after: bool = True) -> bool:
    """A word of one of these contexts within a few characters after the mention (the mention
    stands ``before`` it) or before it (the mention stands ``after`` it)."""
    return any(not kinds.isdisjoint(hit.value) and ((before and 0 <= hit.start - mention.end <= AUTHOR_GAP)
                                                     or (after and 0 <= mention.start - hit.end <= AUTHOR_GAP))
               for hit in cues.contexts_in(mention.start - AUTHOR_GAP - LONGEST_CUE, mention.end + AUTHOR_GAP + LONGEST_CUE))


def _origin(cues: DocumentCues, party: Party) -> bool:
    """'arrived from Namibia', 'en provenance de', 'прибыв из': where a visitor came from takes
    no part in what happens where they arrived."""
    start = party.mention.start
    return any(start - cue.end <= ORIGIN_GAP for cue in cues.cue_before("origin", start - ORIGIN_REACH, start))


def _source(cues: DocumentCues, party: Party, text: str, until: int) -> bool:
    """"According to Itamaraty, the two discussed ...", "Selon le Kremlin, ...": a party named
    right after a verb of saying and closed by a comma is where the report comes from. So is one
    whose phrase a comma closes before any other party is named, when the verb of saying opens
    the sentence or clause ("Secondo quanto riferito da Macron in conferenza stampa, ..."); after
    "he recalled that" the party is the subject of what was said."""
    start, end = party.mention.start, party.mention.end
    found = _COMMA.search(text, end, end + SOURCE_TAIL)
    if found is None or found.start() >= until or SENTENCE_STOP.search(text, end, found.start()):
        return False
    right_after = not text[end:found.start()].strip()
    return any(start - cue.end <= SOURCE_GAP and not SENTENCE_STOP.search(text, cue.end, start)
               and (right_after or _opens(text, cue.start))
               for cue in cues.cue_before("report", start - ORIGIN_REACH, start))


def _after(day: PartialDate, reference: PartialDate | None) -> bool:
    return bool(reference and reference.precision == "day" and day.iso() > reference.iso())


BACKGROUND_DAYS = 60  # a day this long before the reference is background, not the story's narrative


def _background_day(day: str, reference: PartialDate | None) -> bool:
    return (reference is not None and reference.precision == "day" and day < reference.iso()
            and days_apart(day, reference.iso()) > BACKGROUND_DAYS)


def _opens(text: str, at: int) -> bool:
    """Nothing but a sentence or clause boundary stands before ``at``."""
    before = text[max(0, at - OPENING_LOOK):at].rstrip()
    return not before or before[-1] in CLAUSE_OPENERS


def _clause_events(reading: _Reading, clause: Clause, found: list[Party], nearby: "_Nearby") -> list[Event]:
    cues = reading.cues
    triggers = [t for t in cues.triggers_in(clause.start, clause.end) if not clause.hides(t.start)]
    named = {hit.start: place for hit in triggers if any(t.event == "AGREE" for t in hit.value)
             and (place := _named_after_a_place(reading, hit)) is not None}  # "violation des accords de Washington"
    places_named_after = {m.start for m in named.values()}
    found = [p for p in found if p.mention.start not in places_named_after]  # "accords de Bruxelles": no Belgium
    events, seen, meeting_at, meeting_window, actors_of = [], set(), None, [], {}
    readings = [[t for t in hit.value if not (t.event == "AGREE" and hit.start in named) and _completed(reading, t, hit, clause)]
                for hit in triggers]
    chosen = [_choose_reading(r) if r else None for r in readings]
    triggers, chosen = _mediated_meeting(triggers, chosen)
    restarts, new_subjects = _restarts(reading, triggers, chosen, clause)
    windows = _windows(triggers, chosen, found, restarts, new_subjects)
    for index, (hit, window) in enumerate(zip(triggers, windows)):
        trigger = chosen[index]
        if trigger is None:
            continue
        governors = _governors(reading, triggers, chosen, index)
        if any(_not_an_event_as_object(chosen[g]) for g in governors):
            continue  # "rejected the demand", "urged the EU to tighten sanctions", "制裁に反対する": only the object
        if trigger.event in STRIKES and any(chosen[g].event == "ACCUSE" for g in governors) and _reported_before(reading, clause):
            continue  # "Ankara condemned Israel's strikes": strikes reported before, not another attack on the day of the words
        if trigger.event == "CONSULT" and len(triggers) > 1 and _time_phrase(hit, cues, reading.order.verb_final):
            continue  # "after the meeting, Putin received him", "threatens Spain after the summit": only a time
        if trigger.event == "CONSULT" and _in_an_interview(cues, hit):
            continue  # "said in an interview with CNN", "dans un entretien accordé au Monde": no meeting
        if trigger.event == "CONSULT" and meeting_at is None:
            meeting_at, meeting_window = hit.start, window
        if trigger.statement and not window and meeting_at is not None:
            window = meeting_window  # "the summit closed with a declaration approved by 58 states": the summit's parties
        if ((trigger.topic or trigger.event in HOSTILE_TOPICS) and meeting_at is not None and meeting_at < hit.start
                and not _new_subject(reading, meeting_at, hit.start)):
            continue  # "met to discuss the attacks on X": what a meeting was about, not another event
        if trigger.event != "CONSULT" and _an_act_as_topic(reading, hit, triggers, chosen):
            continue  # "درباره کمک‌های مالی به لبنان گفتگو کرد", "talked about arms deliveries": the meeting's topic
        if trigger.event in OBJECT_OF_AN_ACT and _object_of_an_act(triggers[:index], chosen[:index], hit):
            continue  # "called on both sides to agree a ceasefire", "agreed on de-escalation": what was asked or agreed
        category = _category(trigger, hit, clause, cues, reading.order.verb_final, _own_part(reading, clause, hit))
        if category is None or (category in seen and index not in restarts):
            continue
        aside = _in_an_aside(reading, clause, hit.start)
        if not aside:  # "Erdoğan, seen as the patron of the new rulers in Damascus, called Israel ...": not Syria's
            window = _outside_asides(reading, clause, window, hit.start)
        following = triggers[index + 1] if index + 1 < len(triggers) else None
        acted_on = following.start if following and _act_as_object(hit, following, trigger.event) else None
        if reading.order.verb_final and index and _act_as_object(triggers[index - 1], hit, trigger.event, VERB_FINAL_OBJECT_GAP):
            acted_on = hit.start  # "ईरान पर ... हमलों की निंदा": the act and its parties stand before the verb
        part = hit.start if aside else restarts.get(index, clause.start)  # a relative clause's act has an id of its own
        governor = governors[0] if governors else None
        if governor is not None and (governor < index or trigger.event not in OBJECT_IS_AN_ACT):
            critics = actors_of.get(governor) or _critics(reading, clause, triggers[governor], chosen[governor],
                                                          windows[governor], hit)
            window = [p for p in window if p.code not in critics]  # "Qatar condemned the bombing of Gaza": not Qatar's
        created = [_event(reading, clause, hit, trigger, category, group, nearby, acted_on, at)
                   for at, group in _one_per_counterpart(reading, window, part, category, clause)]
        created = [event for event in created if event is not None]
        actors_of[index] = {a.code for event in created for a in event.actors}
        if created and not aside:
            seen.add(category)  # a relative clause's act leaves the main verb its own event of that kind
        events.extend(created)
    return events


def _critics(reading: _Reading, clause: Clause, verb: Hit, governing: Trigger, verb_window: list[Party],
             act: Hit) -> set[str]:
    """"Qatar condemned the bombing of Gaza", "أدانت قطر قصف غزة", "Türkiye saldırıyı kınadı": the
    act an accusation (a refusal, a request) takes as its object was not done by whoever condemns
    it. The critics are the governing verb's event's actors; when it gave no event (or, in a
    verb-final clause, none yet), its subject: named before it, or between it and the act where
    the verb opens its clause."""
    actors, _ = _roles(verb_window, verb, clause, governing.direction, reading.order, None)
    lexicon, text = reading.lexicon, reading.analysis.document.text
    return {p.code for p in actors
            if (p.mention.end <= verb.start or (lexicon.verb_initial and verb.end <= p.mention.start < act.start))
            and not _marked_target(text, p, lexicon.object_markers, lexicon.target_after)}  # "ایران پر": struck


def _mediated_meeting(triggers: list[Hit], chosen: list[Trigger | None]) -> tuple[list[Hit], list[Trigger | None]]:
    """"Rwanda and Congo held talks in Doha with Qatari mediation": a clause that names a
    mediation reports the meeting it brought about once, through the word for mediation, which
    says who mediated; the plain meeting word gives way to it."""
    if not any(t is not None and t.direction == "mediator" for t in chosen):
        return triggers, chosen
    kept = [(h, t) for h, t in zip(triggers, chosen)
            if t is None or t.event != "CONSULT" or t.direction != "symmetric" or t.modes]
    return [h for h, _ in kept], [t for _, t in kept]


def _one_per_counterpart(reading: _Reading, found: list[Party], part: int, category: str,
                         clause: Clause) -> list[tuple[int, list[Party]]]:
    """"Jaishankar held separate talks with his Chinese and Russian counterparts", "分别会见":
    one meeting with each party named after the first, each with its own id (where its
    counterpart is first named); otherwise the clause's parties together. The city the meetings
    were held in is no party."""
    if category != "CONSULT" or not reading.cues.cue_in("separately", clause.start, clause.end):
        return [(part, found)]
    acting = _without_venues(found, reading.venue)
    if not acting:
        return [(part, found)]
    lead = acting[0].code
    firsts = {}
    for party in acting:
        if party.code != lead:
            firsts.setdefault(party.code, party.mention.start)
    if len(firsts) < 2:
        return [(part, found)]
    return [(at, [p for p in acting if p.code in (lead, code)]) for code, at in firsts.items()]


_CLAUSE_BREAK = re.compile(r"[,;:–—]")


def _new_subject(reading: _Reading, start: int, end: int) -> bool:
    """"The call took place at the Americans' request, and Shoigu warned that ...": after a
    comma, or a "that" or "after" opening a clause ("سفر ... یک روز پس از آن انجام شد که ارتش
    هند ..."), a party named before the verb opens a clause of its own."""
    text, cues = reading.analysis.document.text, reading.cues
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, start, end)]
    breaks += [c.end for key in ("complementizer", "subordinators") for c in cues.cue_in(key, start, end)]
    return bool(breaks) and bool(reading.index.within(max(breaks), end))


def _in_an_interview(cues: DocumentCues, hit: Hit) -> bool:
    return any(cue.start <= hit.end and hit.start <= cue.end
               for cue in cues.cue_before("interview", hit.start - LONGEST_CUE, hit.end))


def _object_of_an_act(before: list[Hit], readings: list[Trigger | None], hit: Hit) -> bool:
    """An act before the trigger in its clause that takes it as object; a meeting only when it
    stands right before ("talks on de-escalation"), since a meeting named further back is where
    something else was said ("at the forum, he announced the lifting of sanctions")."""
    return any(t is not None and t.event in ACTS_ON_AN_OBJECT
               and (t.event != "CONSULT" or hit.start - h.end <= ACT_OBJECT_GAP) for h, t in zip(before, readings))


def _relative_clauses(reading: _Reading, start: int, end: int) -> list[tuple[int, int]]:
    """", which signed a pact in 2023,": the spans from a comma and relative pronoun to the next comma."""
    text, spans = reading.analysis.document.text, []
    for cue in reading.cues.cue_in("relative", start, end):
        opening = word_start(text, cue.start, start)  # a participle's ending ("прилетевший"): the clause opens with the word
        close = text.find(",", cue.end, end)
        if close > 0 and text[max(start, opening - 2):opening].strip() == ",":
            spans.append((opening, close))
    return spans


def _in_an_aside(reading: _Reading, clause: Clause, at: int) -> bool:
    return any(a <= at < b for a, b in reading.relative_clauses(clause.start, clause.end))


def _outside_asides(reading: _Reading, clause: Clause, window: list[Party], verb: int) -> list[Party]:
    """A main verb's parties: none named only inside a relative clause set off by commas before
    it. One after it may say what was agreed ("signed a letter of intent, which provides for the
    purchase by Ukraine of ..., and of ...") and keeps its parties."""
    asides = [(a, b) for a, b in reading.relative_clauses(clause.start, clause.end) if b <= verb]
    return [p for p in window if not any(a <= p.mention.start < b for a, b in asides)]


def _pronoun_subject(reading: _Reading, found: list[Party], hit: Hit, clause: Clause) -> list[Party]:
    """'He also accused NATO': with no party before the verb, a subject pronoun before it stands
    for the last person named shortly before."""
    if any(p.mention.end <= hit.start for p in found) or not reading.cues.cue_before("subject_pronouns", clause.start, hit.start):
        return found
    person = reading.index.last_person(clause.start, PRONOUN_REACH)
    return [person, *found] if person is not None and person.code not in {p.code for p in found} else found


OBJECT_PRONOUN_GAP = 2  # characters between a verb and its object pronoun ("received him", "його прийняв")


def _pronoun_object(reading: _Reading, found: list[Party], hit: Hit, clause: Clause) -> Party | None:
    """"Zambia's president received him", "його прийняв", "lo recibió", "empfing ihn": an object
    pronoun right beside the verb stands for the last person named before the clause, who takes
    part in the pronoun's place, as the verb's object."""
    cues = reading.cues
    reach = hit.start - OBJECT_PRONOUN_GAP - LONGEST_CUE
    pronoun = next((c for c in cues.cue_before("object_pronouns", reach, hit.end + OBJECT_PRONOUN_GAP + 1)
                    if 0 <= hit.start - c.end <= OBJECT_PRONOUN_GAP or 0 <= c.start - hit.end <= OBJECT_PRONOUN_GAP), None) or next(
        (c for c in cues.cue_before("object_pronouns_before", reach, hit.start) if 0 <= hit.start - c.end <= OBJECT_PRONOUN_GAP), None)
    if pronoun is None or not clause.start <= pronoun.start < clause.end:
        return None
    person = reading.index.last_person(clause.start, PRONOUN_REACH)
    if person is None or person.code in {p.code for p in found}:
        return None
    return Party(replace(person.mention, start=pronoun.start, end=pronoun.end), person.entity, person.code)


def _event(reading: _Reading, clause: Clause, hit: Hit, trigger: Trigger, category: str,
           found: list[Party], nearby: "_Nearby", acted_on: int | None, part: int) -> Event | None:
    """The event of one trigger; ``part`` is where its part of the clause begins (its id)."""
    analysis, cues = reading.analysis, reading.cues
    direction = _direction(trigger, category, hit, clause, cues, reading.order.verb_final)
    if direction in FLIPPED and reading.passive(hit, clause, found):
        direction = FLIPPED[direction]  # "X was received by Y": the grammatical subject is the object
    found = _without_speaker(found, hit, clause, cues, one_party=trigger.alone is not None)
    if category == "CONSULT":
        found = [p for p in found if not _a_topic(reading, p)]
    if category in VENUE_CATEGORIES:
        found = _without_venues(found, reading.venue)
    stand_in = _pronoun_object(reading, found, hit, clause)
    named = found
    if direction != "symmetric":
        found = _pronoun_subject(reading, found, hit, clause)
    pronoun = found[0] if found is not named else None
    actors, recipients = _roles(found, hit, clause, direction, reading.order, pronoun)
    if stand_in is not None:  # the object: the visitor a host received, whom an act is aimed at
        actors, recipients = (actors + [stand_in], recipients) if direction != "subject" else (actors, recipients + [stand_in])
        found = found + [stand_in]
    if direction != "symmetric" and reading.lexicon.target_after:
        actors, recipients = _targets_received(actors, recipients, reading)
    if trigger.obliged:  # "Trump said Kyiv must ...": the speaker demands it of the party before "must"
        obliged = reading.obliged(trigger, hit, clause)
        if obliged is None:
            return None
        actors, recipients = obliged
        found = actors + recipients
    if trigger.launched:  # no subject: the launch is the origin's, or no one's the text names
        launched = _launched_from(reading, hit, actors + recipients)
        if launched is None:
            return None
        actors, recipients = launched
    speakers = _document_speakers(reading, hit, clause, found, nearby) \
        if direction != "symmetric" and category in DECLARED else []
    if speakers:
        acting = {p.code for p in speakers}
        actors, recipients = speakers, [p for p in found if p.code not in acting]
    destination = None
    if direction != "symmetric" and category in ANSWERS:
        recipients, destination = _addressed_capital(reading, actors, recipients, hit, clause)
    if direction != "symmetric" and actors and not recipients and category in DESTINED:
        recipients = _destination(reading, actors, hit, clause)
        destination = recipients[0].entity.name if recipients else None
    if direction == "subject" and actors and not recipients and category in STRIKES:
        recipients = _struck_state(reading, actors, clause)
    if category in SELF_TARGET_CHECK and _targets_itself(actors, found, hit.end):
        return None
    if category in ADDRESSED and len(codes(actors + recipients)) == 1 and not recipients:
        recipients = _addressee(actors, nearby.organisations)
    if category in ANSWERS and len(codes(actors + recipients)) == 1 and not recipients:
        recipients = _targeted_before(reading, actors, found, hit) or _counterpart(actors, nearby.pair)
        if not recipients and category == "ACCUSE":
            recipients = _aggressor(actors, reading.last_hostile, clause.sentence.start)
    recipients, concerned = _beyond_the_act(actors, recipients, acted_on, reading)
    if concerned and not recipients and category == "ACCUSE":  # "condemned the attack on Iran": by whom it was made
        recipients = _aggressor(actors, reading.last_hostile, clause.sentence.start)
    participants = codes(actors + recipients + concerned)
    if trigger.alone is not None and actors and len(participants) == 1:
        trigger, category = trigger.alone, trigger.alone.event  # "North Korea fired a missile": no target, a show of force
    if not _enough(category, participants, found):
        return None
    text = analysis.document.text
    historical = bool(cues.cue_in("history", clause.sentence.start, clause.sentence.end))
    intended = category != trigger.event  # a promise (planned) or a threat (said now) read from an act to come
    when = date_event(reading.own_dates(hit, clause), clause.sentence.start,
                      clause.sentence.end, hit.start,
                      analysis.reference, text, historical, reading.narrative(clause.sentence.start),
                      planned=intended and category != "THREATEN", verb_final=reading.order.verb_final,
                      linkers=reading.lexicon.noun_linkers, said=intended and category == "THREATEN")
    if when.basis == "reference" and not historical and category in SPOKEN:
        when = reading.report_date(hit, clause) or when  # "X a dénoncé l'accord, a annoncé jeudi le ministre"
    if when.basis == "reference" and not historical:
        when = reading.paragraph_date(clause.sentence.start) or reading.story_date() or when  # no date of its own
    event = Event(
        event_id=_event_id(analysis.document.doc_id, part, category),
        doc_id=analysis.document.doc_id,
        category=category, modes=_modes(trigger, category, participants, found, clause, cues, hit),
        contexts=_contexts(trigger, cues, clause, reading.lexicon.plover_contexts), actors=arguments(actors), recipients=arguments(recipients),
        participants=participants, persons=_persons(found), date=when.date, date_precision=when.precision,
        location=_unless(reading.place(clause.sentence.start, clause.sentence.end), destination),
        source=Source(analysis.document.doc_id, clause.sentence.start, clause.sentence.end,
                      clause.sentence.text, analysis.document.lang),
        trigger=text[hit.start:hit.end], historical=historical, lexicon_event=STATEMENT if trigger.statement else trigger.event,
        date_basis=when.basis, side_meeting=clause.beside and category == "CONSULT",
        headline=_is_title(text, reading.opening, clause.sentence.start, clause.sentence.end))
    event.confidence = _confidence(event, when.basis)
    if category in HOSTILE_TOPICS and actors and not historical:
        reading.last_hostile = (clause.sentence.start, actors)
    if when.basis == "text" and when.precision == "day" and not historical:
        reading.narrative_at = clause.sentence.end
        if not _background_day(when.date, analysis.reference):  # "a year ago, on 24 August 2024, ...": not the story's
            reading.narrative_day = parse_iso(when.date)
    reading.reported_at = clause.sentence.end
    return event


@dataclass(frozen=True)
class _Nearby:
    """The parties named shortly before a clause: the organisations of the meetings being
    reported, and the last pair of parties."""

    organisations: list[Party]
    pair: list[Party]


@dataclass
class _RecentParties:
    """The latest pair and groups of parties named, for 'the two sides' or 'the participants'."""

    sides: list[Party] = field(default_factory=list)
    sides_at: int = -10
    groups: list[tuple[int, list[Party]]] = field(default_factory=list)
    pairs: list[tuple[int, list[Party]]] = field(default_factory=list)  # every pair of states named, the last one last
    borders: dict[str, frozenset[str]] = field(default_factory=dict)
    reach: int = 3
    group_reach: int = 6  # a meeting stays the topic of an article longer than a pair of speakers

    def remember(self, found: list[Party], sentence: int, sidelines: bool) -> None:
        codes = {p.code for p in found}
        organisation = any(p.entity.igo_code for p in found)
        if len(codes) >= 3 or organisation:
            self.groups.append((sentence, found))
        if len(codes) == 2 and not sidelines:
            if organisation:
                self.sides, self.sides_at = found, sentence
            else:
                self.pairs.append((sentence, found))

    def neighbours_for(self, sentence: int) -> list[Party]:
        """"the two neighbours", "दोनों पड़ोसियों": the last pair of states named that border each
        other (a mediator and one side named since are not the two neighbours)."""
        for at, found in reversed(self.pairs):
            if sentence - at > self.group_reach:
                break
            first, second = sorted({p.code for p in found})
            if second in self.borders.get(first, ()):
                return found
        return []

    def pair_for(self, sentence: int) -> list[Party]:
        """The last two states named; else an organisation and the one state it dealt with
        ("the EU and China ... the two sides")."""
        if self.pairs and sentence - self.pairs[-1][0] <= self.reach:
            return self.pairs[-1][1]
        return self.sides if sentence - self.sides_at <= self.reach else []

    def nearby(self, sentence: int) -> _Nearby:
        return _Nearby(self.organisations_for(sentence), self.pair_for(sentence))

    def organisations_for(self, sentence: int) -> list[Party]:
        """The organisations of the groups within reach: those of the largest group (the meeting)
        first, then the latest named."""
        near = [(at, found) for at, found in self.groups if sentence - at <= self.group_reach]
        near.sort(key=lambda group: (-len({p.code for p in group[1]}), -group[0]))
        return [p for _, found in near for p in found if p.entity.igo_code]

    def group_for(self, sentence: int) -> list[Party]:
        """The largest group named within reach (a later mention of one member does not replace it)."""
        near = [found for at, found in self.groups if sentence - at <= self.group_reach]
        return max(near, key=lambda found: len({p.code for p in found}), default=[])


def _destination(reading: _Reading, actors: list[Party], hit: Hit, clause: Clause,
                 gap: int = DESTINATION_GAP) -> list[Party]:
    """"will deliver to Kyiv", "viajó a Moscú": a capital named as the place right after a
    directed act with no recipient is where it is addressed, so its state receives it; so is one
    introduced just before the verb, where the verb comes first ("в Пекин прибыл премьер")."""
    capital = _destination_capital(reading, hit, clause, gap)
    if capital is None:
        return []
    entity = reading.analysis.entities[capital.entity_id]
    code = capital.attributes.get("capital_of") or entity.country_code
    if code is None or code in {p.code for p in actors}:
        return []
    return [Party(capital, entity, code)]


def _destination_capital(reading: _Reading, hit: Hit, clause: Clause, gap: int) -> Mention | None:
    """The capital an act is addressed to: after it ("to Kyiv"), or just before a verb that comes first."""
    before = reading.places.capital_before(hit.start, clause.start, DESTINATION_BEFORE_GAP)
    if before is not None and _in_an_aside(reading, clause, before.start):
        before = None  # ", seen as the patron of the rulers in Damascus, accused": where the aside says
    return reading.places.capital_after(hit.end, clause.end, gap) or before


def _addressed_capital(reading: _Reading, actors: list[Party], recipients: list[Party], hit: Hit,
                       clause: Clause) -> tuple[list[Party], str | None]:
    """"reprochó a Washington", "a demandé à Moscou", "ha chiesto a Pechino": a capital right
    after a verb of accusing, asking, refusing or threatening, behind a word that elsewhere
    says where, is whom the act is addressed to (and not where it happened)."""
    addressed = _destination(reading, actors, hit, clause, ADDRESS_GAP)
    if not addressed:
        return recipients, None
    return addressed + _other_side(addressed, recipients), addressed[0].entity.name


def _struck_state(reading: _Reading, actors: list[Party], clause: Clause) -> list[Party]:
    """"Russia struck Kharkiv and Odesa", "بھارت نے ... سیالکوٹ ... میں میزائل حملے کیے": an attack
    with no state named as its target is aimed at the state where the places it names lie."""
    start = max(clause.start, min(p.mention.start for p in actors))  # not the dateline's city before the actor
    found = reading.places.foreign_place(start, clause.end, {p.code for p in actors})
    return [Party(found[0], found[1], found[1].country_code)] if found else []


def _unless(place: Location | None, destination: str | None) -> Location | None:
    """Where something was sent or promised is not where it happened ("announced in Madrid that
    it will deliver to Kyiv"): that place is left to the rest of the story."""
    return None if place is not None and place.name == destination else place


DOCUMENT_SUBJECT_GAP = 12  # characters between a document's name and the verb it is the subject of


def _document_subject(reading: _Reading, hit: Hit, clause: Clause, found: list[Party]) -> bool:
    """"The declaration strongly condemned ...", "宣言强烈谴责": a document the meeting adopted,
    named right before the verb with no party before it, speaks for the meeting's organisation.
    In a verb-final language the document opens the clause ("घोषणापत्र में ... निंदा की गई")."""
    if reading.order.verb_final:
        first = min([p.mention.start for p in found if p.mention.start >= clause.start] + [hit.start])
        opened = reading.cues.contexts_in(clause.start, min(first, clause.start + DOCUMENT_SUBJECT_GAP + LONGEST_CUE))
        return any("declaration" in c.value for c in opened)
    if any(p.mention.end <= hit.start for p in found):
        return False
    opened = reading.cues.contexts_in(max(clause.start, hit.start - DOCUMENT_SUBJECT_GAP - LONGEST_CUE), hit.start)
    return any("declaration" in c.value and hit.start - c.end <= DOCUMENT_SUBJECT_GAP for c in opened)


TITLE_GAP = 6  # characters after a title line in which the blank line below it stands


def _document_speakers(reading: _Reading, hit: Hit, clause: Clause, found: list[Party], nearby: "_Nearby") -> list[Party]:
    """"The declaration condemned the strikes": a document as the verb's subject speaks for the
    organisation of the meeting being reported; else for the pair that met, when it names someone
    else ("a joint statement called on Afghanistan to ...")."""
    before = clause.sentence.start  # named before this report
    meeting = [p for p in nearby.organisations if p.mention.start < before][:1]
    pair = [p for p in nearby.pair if p.mention.start < before]
    speakers = meeting or (pair if any(p.code not in {q.code for q in pair} for p in found) else [])
    return speakers if speakers and _document_subject(reading, hit, clause, found) else []


def _is_title(text: str, opening: int, start: int, end: int) -> bool:
    """The article's first line (``opening`` is where the text begins), standing alone above the
    body: its title."""
    return start <= opening and text[end:end + TITLE_GAP].lstrip(" \t\r").startswith("\n\n")


def _roles(found: list[Party], hit: Hit, clause: Clause, direction: str, order: WordOrder,
           pronoun: Party | None) -> tuple[list[Party], list[Party]]:
    """Actors and recipients by word order, among the parties named in the clause (and the person
    a subject pronoun stands for); parties carried over from earlier sentences ("the two
    neighbours") are acted on when the clause names who acts ("the UN urged the two neighbours
    to ..."), and act themselves otherwise."""
    inside = [p for p in found if p.mention.start >= clause.start or p is pronoun]
    outside = [p for p in found if p.mention.start < clause.start and p is not pronoun]
    actors, recipients = split_roles(inside, hit.start, hit.end, direction, order)
    if not outside:
        return actors, recipients
    if direction == "symmetric" or not actors:
        return actors + outside, recipients
    return actors, recipients + outside


def _targeted_before(reading: _Reading, actors: list[Party], found: list[Party], hit: Hit) -> list[Party]:
    """"haussé le ton contre le Rwanda : Rubio ... a averti que ...": with no one after it, an
    answering act is aimed at the party its clause named behind a target word before it."""
    acting, text = {p.code for p in actors}, reading.analysis.document.text
    return [p for p in found if p.mention.end <= hit.start and p.code not in acting
            and preceded_by_word(text, p.mention.start, reading.fold, reading.lexicon.target_before, reading.lexicon.articles)][:1]


def _other_side(actors: list[Party], parties: list[Party]) -> list[Party]:
    """The parties not on the actors' side."""
    acting = {p.code for p in actors}
    return [p for p in parties if p.code not in acting]


def _counterpart(actors: list[Party], pair: list[Party]) -> list[Party]:
    """"Moscow denied it", "Shoigu warned that Russia would respond": a refusal, accusation or
    threat by one party answers the last pair of parties it belongs to; the other side of that
    pair is who it is addressed to."""
    others = _other_side(actors, pair)
    return others[:1] if len(others) < len(pair) and len({p.code for p in others}) == 1 else []


AGGRESSOR_REACH = 1500  # characters back in which "Seoul condemned the launch" finds the launch


def _aggressor(actors: list[Party], last_hostile: tuple | None, at: int) -> list[Party]:
    """"The Joint Chiefs condemned this launch as a grave provocation": a condemnation naming no
    one else answers the last attack, launch or threat reported shortly before, by someone else."""
    if last_hostile is None or at - last_hostile[0] > AGGRESSOR_REACH:
        return []
    return _other_side(actors, last_hostile[1])[:1]


def _addressee(actors: list[Party], organisations: list[Party]) -> list[Party]:
    """The organisation of the meeting being reported, for an act with no other party named."""
    return _other_side(actors, organisations)[:1]


def _word_order(text: str, folder: Folder, lexicon: EventLexicon, cues: DocumentCues) -> WordOrder:
    joins = _joiner(text, folder, lexicon)

    def marked_object(party: int) -> bool:
        return bool(lexicon.object_markers) and any(
            text[max(0, party - len(m)):party] == m for m in lexicon.object_markers)

    def between(start: int, end: int) -> bool:
        """A "between" word right before the party ("entre le Rwanda") or right after it
        ("中俄之间", "भारत और पाकिस्तान के बीच")."""
        return preceded_by_word(text, start, folder.key, lexicon.between_words, lexicon.articles) or \
            followed_by_word(text, end, folder.key, lexicon.between_words, lexicon.between_running)
    def owner(end: int) -> bool:
        """A genitive ending right after the party: it owns the noun after it ("İsrail'in saldırısı")."""
        return bool(lexicon.genitive_endings) and text.startswith(lexicon.genitive_endings, end)
    if not lexicon.verb_initial:
        return WordOrder(lexicon.verb_final, joins, marked_object=marked_object, between=between, owner=owner)

    def verb_first(before: int, verb: int) -> bool:
        """Nothing named before the verb in its clause: a clause break (punctuation, a
        subordinator such as "بعد أن") or a conjunction fused to the verb ("ورفضت") comes first."""
        if before < 0:
            return True
        gap = text[before:verb]
        words = _WORD.findall(folder.key(gap))
        if words and words[-1] in lexicon.fused_conjunctions:
            return True
        breaks = [before + i + 1 for i, c in enumerate(gap) if c in ",،؛:;"]
        breaks += [cue.end for cue in cues.cue_before("subordinators", before, verb)]
        return bool(breaks) and not _WORD.search(text, max(breaks), verb)  # the verb comes right after the break

    def close_after(verb: int, party: int) -> bool:
        return len(_WORD.findall(text[verb:party])) <= VERB_SUBJECT_WORDS
    return WordOrder(lexicon.verb_final, joins, verb_first, close_after, marked_object, between, owner)


def _joiner(text: str, folder: Folder, lexicon: EventLexicon) -> Callable[[int, int], bool]:
    """Whether the text between two parties joins them (punctuation, or an "and" word)."""
    def joins(end: int, start: int) -> bool:
        raw = folder.key(text[end:start])
        if not raw.strip():
            return False  # names side by side with nothing between them are not a list
        words = raw.strip(" ,;:/-").split()
        punctuated = len(words) < len(raw.split()) or any(mark in raw for mark in ",;:/")
        while words and words[-1] in lexicon.articles:
            words.pop()  # "Russia and the United States", "le Rwanda et la République"
        gap = " ".join(words)
        if not gap:
            return punctuated  # an article alone joins nothing: "Deutschland den russischen Angriff"
        return len(gap) <= COORDINATION_CHARS and gap in lexicon.conjunctions
    return joins


def _join_last_meeting(events: list[Event], found: list[Party]) -> None:
    """'A and B took part': parties of a sentence without an event join the multilateral meeting
    reported just before."""
    meeting = next((e for e in reversed(events) if e.category == "CONSULT" and "multilateral" in e.modes), None)
    new = [p for p in found if p.code not in meeting.participants] if meeting else []
    if new:
        meeting.actors = meeting.actors + arguments(new)
        meeting.participants = sorted(set(meeting.participants) | {p.code for p in new})
        meeting.persons = list(dict.fromkeys(meeting.persons + _persons(new)))


def _beyond_the_act(actors: list[Party], recipients: list[Party], acted_on: int | None,
                    reading: _Reading) -> tuple[list[Party], list[Party]]:
    """"urged the EU to tighten sanctions against Russia": whoever the act asked for, rejected or
    condemned is aimed at takes part in the event without being its recipient (the EU is). Where
    the act's own parties stand before it ("以色列和美国对伊朗发动的打击", "ईरान पर इज़राइल के हमलों"),
    the one marked as its target is aimed at too."""
    if acted_on is None:
        return recipients, []
    text, lexicon = reading.analysis.document.text, reading.lexicon
    addressed = [p for p in recipients if p.mention.start < acted_on
                 and not _marked_target(text, p, lexicon.object_markers, lexicon.target_after)]
    if not addressed:  # "les frappes israéliennes contre la Syrie": the act's doer, not its target
        aimed = [p for p in recipients if p.mention.start >= acted_on
                 and preceded_by_word(text, p.mention.start, reading.fold, lexicon.target_before, lexicon.articles)]
        aimed_codes = {p.code for p in aimed}
        doers = [p for p in recipients if p.code not in aimed_codes]
        if aimed and not doers:  # "condemned the attack on Iran": the act's target is not whom it is addressed to
            return [], aimed
        return (doers, aimed) if doers else (recipients, [])
    acting = {p.code for p in actors + addressed}
    return addressed, [p for p in recipients if p.mention.start >= acted_on and p.code not in acting]


def _targets_received(actors: list[Party], recipients: list[Party], reading: _Reading) -> tuple[list[Party], list[Party]]:
    """"ईरान पर इज़राइल के हमले": a party its postposition marks as the target is acted on, wherever
    it stands."""
    text, after = reading.analysis.document.text, reading.lexicon.target_after
    targets = [p for p in actors if _marked_target(text, p, (), after)]
    if not targets:
        return actors, recipients
    if len(targets) == len(actors):  # the act's doers were taken for its objects
        doers = [p for p in recipients if not _marked_target(text, p, (), after)]
        return (doers, targets + [p for p in recipients if p not in doers]) if doers else (actors, recipients)
    return [p for p in actors if p not in targets], targets + recipients


def _obliged(reading: _Reading, trigger: Trigger, hit: Hit, clause: Clause) -> tuple[list[Party], list[Party]] | None:
    """"Trump told reporters that Kyiv must come to the table", "Lavrov a estimé que l'Europe doit
    ...": what one party says another must do is its demand of it. The speaker is named before the
    last verb of saying before the word of obligation (after it, where verbs open their clause),
    the party it is asked of between the two; without either, or with another act between (what a
    threat or an accusation says), it is no demand (an unattributed "Ukraine must" is comment)."""
    said = [c for c in reading.cues.cue_before("report", clause.sentence.start, hit.start)
            if c.end < hit.start - 1]  # not "بأن" written onto the word itself: that is "that", not who said it
    if not said or reading.cues.triggers_in(said[-1].end, hit.start):
        return None  # no verb of saying, or another act between ("توعد بأن على ...": what a threat says)
    order = reading.order
    speakers = nearest_group(reading.index.within(clause.sentence.start, said[-1].start), order)
    if not speakers and reading.lexicon.verb_initial:  # "قال ترامب ... إن على أوكرانيا": the speaker after the verb
        speakers = first_group(reading.index.within(said[-1].end, hit.start), order)
    if trigger.obliged == "after":  # "قال إن على أوكرانيا أن ...": the party follows the word
        following = reading.index.within(hit.end, clause.end)
        asked = first_group(following, order) if following and following[0].mention.start - hit.end <= OBLIGED_GAP else []
    else:
        asked = nearest_group(reading.index.within(said[-1].end, hit.start), order)
    asked = [p for p in asked if p.code not in {q.code for q in speakers}]
    return (speakers, asked) if speakers and asked else None


def _launched_from(reading: _Reading, hit: Hit, found: list[Party]) -> tuple[list[Party], list[Party]] | None:
    """"a missile fired from Iran towards Turkey", "İran'dan fırlatılan füze", "ששוגר מאיראן": a
    launch told without its subject is made by the party it came from, the one marked as origin
    nearest the participle. It was aimed at the party marked as where it headed, if one is;
    else at the others, but not the one that shot it down ("by NATO")."""
    text, lexicon = reading.analysis.document.text, reading.lexicon
    origins = [p for p in found if _marked(reading, p, lexicon.from_words, lexicon.from_prefixes)]
    if not origins:
        return None
    # the first where the verb ends the clause ("ایران سے ترکی کی جانب داغا گیا"), else the nearest
    launcher = origins[0] if reading.order.verb_final else \
        min(origins, key=lambda p: max(hit.start - p.mention.end, p.mention.start - hit.end))
    others = [p for p in found if p.code != launcher.code]
    headed = [p for p in others if _marked(reading, p, lexicon.to_words)]
    return [launcher], headed or [p for p in others if not preceded_by_word(
        text, p.mention.start, reading.fold, lexicon.by_words, lexicon.articles)]


def _marked(reading: _Reading, party: Party, words: frozenset[str], prefixes: tuple[str, ...] = ()) -> bool:
    """One of ``words`` ("from", "towards") before the party, or after it in languages with
    postpositions (an apostrophe may stand between: "İran'dan"; the mention may hold it:
    "이란에서"); or one of ``prefixes`` written onto it ("מאיראן")."""
    text, start, end = reading.analysis.document.text, party.mention.start, party.mention.end
    if reading.lexicon.postpositions:
        tail = text[end:end + TARGET_MARKER_REACH].lstrip("'’ ")
        held = reading.fold(party.mention.text)
        return followed_by_word(tail, 0, reading.fold, words) or any(held.endswith(w) for w in words)
    word = text[word_start(text, start):start]
    return (bool(word) and word in prefixes) or preceded_by_word(text, start, reading.fold, words, reading.lexicon.articles)


def _marked_target(text: str, party: Party, before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """The party stands right after a word that makes it the target of an act ("对伊朗"), or right
    before a postposition that does ("ईरान पर", "ایران پر", "イランに対する")."""
    start, end = party.mention.start, party.mention.end
    preceding = text[max(0, start - TARGET_MARKER_REACH):start].rstrip()
    following = text[end:end + TARGET_MARKER_REACH].lstrip()
    return any(preceding.endswith(m) for m in before) or any(following.startswith(m) for m in after)


TOPIC_REACH = 24  # characters searched beside a party for a word that makes it a meeting's topic


def _a_topic(reading: _Reading, party: Party) -> bool:
    """"talked about Ukraine", "a discuté au sujet de l'Iran", "ウクライナ情勢について", "乌克兰问题":
    what a meeting was about takes no part in it."""
    return _beside_a_topic_word(reading, party.mention.start, party.mention.end)


def _beside_a_topic_word(reading: _Reading, start: int, end: int, articles: frozenset[str] = frozenset()) -> bool:
    """A word for "about" right before the span (an article perhaps between), or one that follows
    its noun right after it."""
    text, lexicon = reading.analysis.document.text, reading.lexicon
    return (preceded_by_word(text, start, reading.fold, lexicon.topic_before, articles, reach=TOPIC_REACH)
            or followed_by_word(text, end, reading.fold, lexicon.topic_after, lexicon.topic_after, reach=TOPIC_REACH))


def _an_act_as_topic(reading: _Reading, hit: Hit, triggers: list[Hit], chosen: list[Trigger | None]) -> bool:
    """An act named right after a word for "about" ("درباره", "w sprawie", "about the"), or right
    before one that follows its noun ("について"), in a clause that reports a meeting, is what
    the meeting was about, wherever the meeting's verb stands."""
    return any(t is not None and t.event == "CONSULT" and h is not hit for h, t in zip(triggers, chosen)) \
        and _beside_a_topic_word(reading, hit.start, hit.end, reading.lexicon.articles)


def _time_phrase(hit: Hit, cues: DocumentCues, verb_final: bool) -> bool:
    """The meeting named places the next act in time: "after the talks", "après la réunion",
    "बैठक के बाद", "会談の後"."""
    if verb_final:
        return bool(cues.cue_before("subordinators", hit.end, hit.end + TIME_PHRASE_GAP))
    return any(hit.start - cue.end <= TIME_PHRASE_GAP
               for cue in cues.cue_before("subordinators", hit.start - TIME_PHRASE_GAP - LONGEST_CUE, hit.start))


def _governors(reading: _Reading, triggers: list[Hit], chosen: list[Trigger | None], index: int) -> list[int]:
    """The triggers whose act may take this one's as its object, the one before first: an accusation,
    refusal or request right before it, except in a head-final language ("condemned the bombing of Gaza", "rejected the demand";
    not "opposed them, he said, and urged"), and, in a verb-final clause, one right after it with no pause between ("制裁に反対する"; not
    "撤廃を求めたが、…応じなかった")."""
    hit, found = triggers[index], []
    if (index and not reading.lexicon.head_final and chosen[index - 1] is not None
            and _act_as_object(triggers[index - 1], hit, chosen[index - 1].event)
            and not _joined_apart(reading, triggers[index - 1], hit)):  # head-final: "大使を呼び、…求めた" are two acts
        found.append(index - 1)
    following = _closing_verb(reading, triggers, chosen, index) if reading.order.verb_final else None
    if following is not None and chosen[index].event not in NOT_EVENTS_AS_OBJECTS:
        found.append(following)
    elif reading.order.verb_final and reading.lexicon.object_case and chosen[index].event not in OBJECT_IS_AN_ACT:
        marked = _marked_object_of(reading, triggers, chosen, index)
        if marked is not None:
            found.append(marked)
    return found


def _closing_verb(reading: _Reading, triggers: list[Hit], chosen: list[Trigger | None], index: int) -> int | None:
    """In a verb-final clause, the accusation (refusal, request) right after an act, or after a
    run of hostile acts listed with a hostile act, with no pause or "and" between ("制裁に反対する",
    "به نقض آتش‌بس با شلیک موشک متهم کرد": accused of violating the ceasefire by firing missiles)."""
    text, end = reading.analysis.document.text, triggers[index].end
    for later in range(index + 1, len(triggers)):
        if chosen[later] is None or _PAUSE.search(text, end, triggers[later].start) or _opens_with_and(reading, end, triggers[later].start):
            return None
        if chosen[later].event in OBJECT_IS_AN_ACT and triggers[later].start - end <= ACT_OBJECT_GAP:
            return later
        if (chosen[later].event not in HOSTILE_TOPICS or chosen[index].event not in HOSTILE_TOPICS
                or triggers[later].start - end > ACT_OBJECT_GAP):
            return None  # only hostile acts are listed as what someone is accused of
        end = triggers[later].end  # another act of the list: the verb may close after it
    return None


def _marked_object_of(reading: _Reading, triggers: list[Hit], chosen: list[Trigger | None], index: int) -> int | None:
    """"حمله نیروهای X به Y و بازداشت سرنشینان آن را ... محکوم کرد": acts listed before the object
    case word are the object of the accusation (refusal, request) that closes the clause."""
    text, hit = reading.analysis.document.text, triggers[index]
    for later in range(index + 1, len(triggers)):
        between = text[hit.end:triggers[later].start]
        if _PAUSE.search(between):
            return None
        if set(reading.fold(between).split()) & reading.lexicon.object_case:  # the object closes before this trigger
            return later if chosen[later] is not None and chosen[later].event in OBJECT_IS_AN_ACT else None
    return None  # another act listed in the object ("... و بازداشت ...") comes before the object case word


def _reported_before(reading: _Reading, clause: Clause) -> bool:
    """Whether an attack, launch or threat was reported shortly before the clause."""
    return reading.last_hostile is not None and 0 < clause.sentence.start - reading.last_hostile[0] <= AGGRESSOR_REACH


def _not_an_event_as_object(governing: Trigger) -> bool:
    """"rejected the demand of X": the demand is what was rejected, not an event of its own;
    "urged the EU to tighten sanctions": the sanctions are asked for, not imposed; "accused X of
    cyberattacks": the attacks are alleged, not reported as having happened."""
    return governing.event in NOT_EVENTS_AS_OBJECTS or (governing.event == "ACCUSE" and "allege" in governing.modes)


def _joined_apart(reading: _Reading, first: Hit, second: Hit) -> bool:
    """"opposed them, he said, and urged Washington to stop": a comma and an "and" between two
    verbs join two acts; the second is no object of the first."""
    return last_joined_comma(reading.analysis.document.text, first.end, second.start, reading.fold,
                             reading.lexicon.conjunctions) is not None


def _opens_with_and(reading: _Reading, start: int, end: int) -> bool:
    words = reading.fold(reading.analysis.document.text[start:end]).split()
    return bool(words) and words[0] in reading.lexicon.conjunctions


_PAUSE = re.compile(r"[,;:،؛，、；：]")  # in a verb-final clause nothing of this stands between an act and its verb


def _restarts(reading: _Reading, triggers: list[Hit], chosen: list[Trigger | None],
              clause: Clause) -> tuple[dict[int, int], set[int]]:
    """"met Erdoğan on Tuesday, and on Wednesday held talks with Zelensky": a trigger of a category
    already reported in the clause, after an "and" and a date of its own, is a new event; the key
    is the trigger's index, the value where its part of the clause begins. So is one after a
    subordinator and parties of its own ("adopted a declaration, while India and Brazil signed a
    pact"), whose subject is not the clause's (the second set returned) unless the clause ends in
    its verb, which names its subject first and then, closed by the subordinator, the act that
    came before: "A, [B's arrest of two of its citizens after], B's envoys expelled"."""
    restarts: dict[int, int] = {}
    new_subjects: set[int] = set()
    events = [t.event for t in chosen if t is not None]
    if len(events) == len(set(events)):
        return restarts, new_subjects
    dates = reading.dates(clause.sentence.start, clause.sentence.end)
    text, conjunctions = reading.analysis.document.text, reading.lexicon.conjunctions
    for index in range(1, len(triggers)):
        trigger = chosen[index]
        if trigger is None or not any(t is not None and t.event == trigger.event for t in chosen[:index]):
            continue
        previous = triggers[index - 1].end
        for date in (d for d in dates if previous <= d.start and d.end <= triggers[index].start):
            words = [reading.fold(w) for w in _WORD.findall(text[previous:date.start])][-RESTART_WORDS:]
            if conjunctions.intersection(words):
                restarts[index] = date.start
                break
        else:  # "adopted the declaration, while France, Britain and Ukraine signed a letter of intent"
            that = {c.start for c in reading.cues.cue_before("complementizer", previous, triggers[index].start)}
            for cue in reading.cues.cue_before("subordinators", previous, triggers[index].start):
                if cue.start not in that and reading.index.within(cue.end, triggers[index].start):
                    restarts[index] = cue.start
                    if not reading.order.verb_final:  # there the subordinator closes the first act's clause
                        new_subjects.add(index)
                    break
    return restarts, new_subjects


def _windows(triggers: list[Hit], chosen: list[Trigger | None], found: list[Party],
             restarts: dict[int, int], new_subjects: set[int]) -> list[list[Party]]:
    """Each trigger's parties: the clause's subject (before the first trigger), those between the
    previous trigger and this one (its own subject: "speaking at the session, Belousov accused"),
    and those after it up to the next trigger of another category, which takes its own ("met to
    defend against the attack of X": X belongs to the attack), or up to where a new dated event
    of its own category begins (``_restarts``), with a subject of its own for those in ``new_subjects``."""
    if not triggers:
        return []
    subject = [p for p in found if p.mention.end <= triggers[0].start]
    categories = [t.event if t else None for t in chosen]
    windows = []
    for index, hit in enumerate(triggers):
        stop = next((t.start for t, c in zip(triggers[index + 1:], categories[index + 1:])
                     if c is not None and c != categories[index] and not _act_as_object(hit, t, categories[index])), float("inf"))
        stop = min([stop] + [position for later, position in restarts.items() if later > index])
        start = restarts.get(index, triggers[index - 1].end if index else -1)
        inside = [p for p in found if start <= p.mention.start < stop and p not in subject]
        windows.append(inside if index in new_subjects else subject + inside)
    return windows


def _without_venues(found: list[Party], is_venue: Callable) -> list[Party]:
    """"met in Turkey", "talks on the war in Ukraine": a state named after a locative word is
    where something happens, not a party to the meeting; kept when the meeting would lack parties."""
    venue_mentions = [p for p in found if p.entity.type == "STATE" and p.mention.type == "STATE" and is_venue(p.mention)]
    venues = {p.code for p in venue_mentions}
    acting = {p.code for p in found if p not in venue_mentions}
    if len(acting) >= 2:  # the venue's mention goes; its state stays only through another mention
        return [p for p in found if p not in venue_mentions]
    return found


def _act_as_object(hit: Hit, following: Hit, category: str, gap: int = ACT_OBJECT_GAP) -> bool:
    """"condemned the Israeli attacks": the act right after an accusation is its object, and
    whoever did it is the accused, not a party of a separate window."""
    return category in OBJECT_IS_AN_ACT and 0 <= following.start - hit.end <= gap


def _without_speaker(found: list[Party], hit: Hit, clause: Clause, cues: DocumentCues,
                     one_party: bool = False) -> list[Party]:
    """Parties named after "..., said the Russian minister" are the source of the report, not
    the event's recipients; they stay only when the event would otherwise lack them (an act that
    one party can do alone, a launch, lacks none: "North Korea fired a missile, the South's
    military said")."""
    report = cues.cue_before("report", hit.end, clause.end)
    if not report:
        return found
    # "..., a State Department spokesperson said": the speaker may also stand just before the verb
    comma = clause.sentence.text.rfind(",", max(0, hit.end - clause.sentence.start), report[0].start - clause.sentence.start)
    said_from = clause.sentence.start + comma if comma >= 0 else report[0].start
    kept = [p for p in found if p.mention.start < said_from]
    needed = 1 if one_party else min(2, len({p.code for p in found}))
    return kept if len({p.code for p in kept}) >= max(1, needed) else found


def _direction(trigger: Trigger, category: str, hit: Hit, clause: Clause, cues: DocumentCues,
               verb_final: bool = False) -> str:
    """Whoever states an intention is its actor; otherwise the trigger's own direction."""
    intent = cues.cue_before("intent", max(clause.start, hit.start - INTENT_WINDOW), hit.start)
    if verb_final:
        intent = intent or cues.cue_before("intent", hit.end, min(clause.end, hit.end + AFTER_VERB_WINDOW))
    halted = category == "SANCTION" and trigger.event in HALTED  # "Colombia suspended intelligence sharing with the US"
    return "subject" if (category == "AGREE" and intent) or halted else trigger.direction


def _targets_itself(actors: list[Party], found: list[Party], trigger_end: int) -> bool:
    """The act's object, the party after it that is not its subject ("שיגרו משמרות המהפכה
    טילים", the verb before its subject), is the actor's own state: the actor was misread."""
    after = {p.code for p in found if p.mention.start >= trigger_end and p not in actors}
    return bool({p.code for p in actors} & after)


def _choose_reading(readings: Sequence[Trigger]) -> Trigger:
    """A term listed under several groups: the reading with a direction or mode says more."""
    return max(readings, key=lambda t: (t.direction != "symmetric", len(t.modes)))


def _completed(reading: _Reading, trigger: Trigger, hit: Hit, clause: Clause) -> bool:
    """What a trigger needs besides itself: a word of a context in its clause ("delivered" +
    weapons), or near it ("approved" + "the plan"); the particle of a separable verb closing the
    clause ("warf Russland vor,")."""
    if trigger.needs_capital and _destination_capital(reading, hit, clause, DESTINATION_GAP) is None:
        return False  # a bare "arrived": only with the capital it reached ("в Пекин прибыл")
    if trigger.obliged and reading.obliged(trigger, hit, clause) is None:
        return False  # "must" with no speaker and no party it is asked of: no act, and no share of the clause's parties
    if trigger.needs:
        start, end = clause.start, clause.end
        if trigger.near:  # the word must begin within reach: "approved ... a plan for joint exercises"
            start, end = max(start, hit.start - trigger.near), min(end, hit.end + trigger.near)
        if all(trigger.needs not in h.value for h in reading.cues.contexts_in(clause.start, clause.end)
               if h.end >= start and h.start <= end):
            return False
    return not trigger.particle or _particle_closes(reading, trigger.particle, hit.end, clause.end)


NAMED_AFTER_GAP = 8  # characters from an agreement word to the place it is named after ("accords de Washington")


def _named_after_a_place(reading: _Reading, hit: Hit) -> Mention | None:
    """"les accords de Washington", "gli accordi di Minsk", "los acuerdos de Oslo": an agreement
    word followed by a `named_after` word and a place names an agreement, it does not make one;
    the place it is named after (which takes no part either)."""
    if not reading.lexicon.named_after:
        return None
    place = reading.places.place_at(hit.end, NAMED_AFTER_GAP)
    if place is None:
        return None
    between = reading.fold(reading.analysis.document.text[hit.end:place.start]).replace("'", " ").split()
    return place if len(between) == 1 and between[0] in reading.lexicon.named_after else None


def _particle_closes(reading: _Reading, particle: str, start: int, end: int) -> bool:
    """The particle as a word of its own, followed by punctuation, the end of the clause or a
    conjunction: where the verb bracket closes."""
    words = _BRACKET.findall(reading.fold(reading.analysis.document.text[start:end]) + " .")
    return any(word == particle and (not following.isalnum() or following in reading.lexicon.conjunctions)
               for word, following in zip(words, words[1:]))


def _scheduled(hit: Hit, clause: Clause, cues: DocumentCues) -> bool:
    """"the summit, which will be held in June", "la cumbre que se celebrará", "состоится":
    what is still to take place is not an event. The cue must stand by this trigger, with no
    other trigger between them ("met on Monday; the next round will be held in June")."""
    start, end = max(clause.start, hit.start - SCHEDULED_REACH), min(clause.end, hit.end + SCHEDULED_REACH)
    triggers = [t for t in cues.triggers_in(start, end) if t.start != hit.start]
    for cue in cues.cue_before("scheduled", start, end):
        low, high = sorted((cue.start, hit.start))
        if not any(low < t.start < high for t in triggers):
            return True
    return False


def _own_part(reading: _Reading, clause: Clause, hit: Hit) -> int:
    """Where the trigger's part of the clause begins: after the last comma followed by an "and" or
    "that" word and a subject of its own ("a ceasefire could be monitored, and that Washington and
    Moscow had agreed"), so that a modal or a negation before it is another verb's."""
    text = reading.analysis.document.text
    for comma in reversed(list(JOINED_COMMA.finditer(text, clause.start, hit.start))):
        if text[comma.start()] != ",":
            continue  # the Latin comma only, as the rule was measured
        opens = (reading.fold(comma.group(1)) in reading.lexicon.conjunctions
                 or reading.cues.cue_before("complementizer", comma.start(1), comma.end(1) + 1))
        if opens and reading.index.within(comma.start() + 1, hit.start):
            return comma.start() + 1
    return clause.start


def _category(trigger: Trigger, hit: Hit, clause: Clause, cues: DocumentCues, verb_final: bool = False,
              since: int | None = None) -> str | None:
    """PLOVER category after negation, hypotheticals and stated intentions (which follow the
    verb in verb-final languages), looked for from where the trigger's part of the clause begins."""
    opening = clause.start if since is None else since
    window = max(opening, hit.start - NEGATION_WINDOW)
    after = min(clause.end, hit.end + AFTER_VERB_WINDOW)
    if cues.cue_before("negation", window, hit.start):
        return None
    reach = max(opening, hit.start - INTENT_WINDOW)
    future = cues.cue_before("reported_future", reach, hit.start)
    if future and cues.cue_before("report", clause.sentence.start, future[-1].start) and not _condition_after(hit, clause, cues):
        return _intended(trigger)  # "said the sides would swap": what was agreed, reported
    undone_by_condition = trigger.event != "THREATEN"  # a warning is made of its condition ("if Tehran errs, Israel will answer")
    if undone_by_condition and cues.cue_before("hypothetical", reach, hit.start):
        return None
    if _scheduled(hit, clause, cues):
        return None
    if verb_final and (cues.cue_before("negation", hit.start, after) or (undone_by_condition and cues.cue_before("hypothetical", hit.end, after))):
        return None
    if verb_final and trigger.event not in ABOUT_THE_FUTURE and any(
            not cues.cue_before("complementizer", hit.end, cue.start) for cue in cues.cue_before("intent", hit.end, after)):
        return _intended(trigger)  # "... را متهم کرد که می‌کوشد": the intention is the accused's, in what the verb reports
    if trigger.event == "SUPPORT" and cues.cue_before("complementizer", hit.end, hit.end + COMPLEMENT_GAP):
        return None
    if _halted(trigger, hit, clause, cues, verb_final):
        trigger = replace(trigger, event="SANCTION")
    if trigger.event not in ABOUT_THE_FUTURE and cues.cue_before("intent", max(clause.start, hit.start - INTENT_WINDOW), hit.start):
        return _intended(trigger)
    return trigger.event


def _halted(trigger: Trigger, hit: Hit, clause: Clause, cues: DocumentCues, verb_final: bool) -> bool:
    """"suspended intelligence sharing with", "a gelé l'aide à", "istihbarat paylaşımını askıya aldı",
    "hat den Austausch mit den USA ausgesetzt": cooperation or aid that a halting word governs is a sanction."""
    if trigger.event not in HALTED:
        return False
    if cues.cue_before("halting", hit.end, min(clause.end, hit.end + HALT_WINDOW)):
        return True  # the verb after its object, a participle closing the clause ("hat den Austausch ... ausgesetzt"), a passive
    return not verb_final and bool(cues.cue_before("halting", max(clause.start, hit.start - HALT_WINDOW), hit.start))


def _intended(trigger: Trigger) -> str:
    """An act stated as intended: a promise (AGREE), or a threat when the act is hostile ("kündigte
    an, Zölle zu erheben", "said it would strike")."""
    if trigger.event in ABOUT_THE_FUTURE:
        return trigger.event
    return "THREATEN" if trigger.event in THREATENED_ACTS else "AGREE"


def _condition_after(hit: Hit, clause: Clause, cues: DocumentCues) -> bool:
    """A condition after the act in its clause ("would sign the treaty if ..."), other than a
    reported future's own word."""
    futures = {c.start for c in cues.cue_before("reported_future", hit.end, clause.end)}
    return any(c.start not in futures for c in cues.cue_before("hypothetical", hit.end, clause.end))


def _enough(category: str, participants: list[str], found: list[Party]) -> bool:
    if len(participants) >= 2:
        return True
    if len(participants) == 1:
        return category in UNILATERAL or (category in ORGANISATION_ALONE and any(p.entity.igo_code for p in found))
    return False


PHONE_REACH = 40  # characters after a meeting word within which a word for a call makes it one


def _modes(trigger: Trigger, category: str, participants: list[str], found: list[Party], clause: Clause,
           cues: DocumentCues, hit: Hit) -> list[str]:
    if category != trigger.event:
        return []
    if category == "CONSULT" and any("phone" in _choose_reading(t.value).modes
                                     for t in cues.triggers_in(clause.start, min(clause.end, hit.end + PHONE_REACH))):
        return ["phone"]  # "received a phone call": a call, whichever verb came first; not "the summit ..., while Lula joined by video link"
    modes = list(trigger.modes)
    bilateral = len(participants) == 2 and cues.cue_in("bilateral", clause.start, clause.end)
    multilateral = len(participants) >= 3 or _organisation_itself(found) or (
        not bilateral and any(not clause.hides(c.start) for c in cues.cue_in("multilateral", clause.start, clause.end)))
    if category == "CONSULT" and multilateral and set(modes) <= {"third-party"}:
        modes.append("multilateral")  # a mediated summit is still a meeting of many
    return modes


def _organisation_itself(found: list[Party]) -> bool:
    """An organisation takes part as a body, not only through its head: "ASEAN ministers met
    Malaysia's minister" is a meeting of the organisation, "UN Secretary-General Guterres held
    talks with Putin" a meeting of two."""
    heads = {p.code for p in found if p.entity.type == "PERSON"}
    return any(p.entity.igo_code and p.code not in heads for p in found)


def _contexts(trigger: Trigger, cues: DocumentCues, clause: Clause, plover: frozenset[str]) -> list[str]:
    found = list(trigger.contexts) + [value for h in cues.contexts_in(clause.start, clause.end)
                                      for value in h.value if value in plover]
    return list(dict.fromkeys(found))


def _persons(found: list[Party]) -> list[str]:
    return list(dict.fromkeys(p.entity.name for p in found if p.entity.type == "PERSON"))


def _confidence(event: Event, date_basis: str) -> float:
    score = 0.4 + 0.15 * bool(event.actors) + 0.15 * bool(event.recipients or len(event.participants) > 1)
    score += 0.15 * (date_basis == "text") + 0.15 * (event.location is not None)
    return round(min(score, 1.0), 2)


def _event_id(doc_id: str, start: int, category: str) -> str:
    return hashlib.sha1(f"{doc_id}|{start}|{category}".encode()).hexdigest()[:16]
