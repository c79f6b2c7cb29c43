"""The scorer follows FORMAT.md: category and alternatives, date prefixes, shared participants,
one-to-one greedy matching, optional gold events."""
from entente.evaluate.gold import GoldDocument
from entente.evaluate.scoring import Counts, EventScore, score_entities, score_events


def predicted(event, codes, date=None, actor_codes=None, recipient_codes=()):
    actors = actor_codes if actor_codes is not None else codes
    return {"event": event, "date": date, "event_loc": None,
            "actor": [{"country_code": c} for c in actors], "recipient": [{"country_code": c} for c in recipient_codes]}


def gold(event, participants, date=None, optional=False, alt=(), actor=None, recipient=None):
    return {"type": event, "alt_types": list(alt), "participants": participants, "date": date,
            "optional": optional, "actor": actor, "recipient": recipient}


def test_alt_types_and_date_prefix():
    score = EventScore()
    score_events([predicted("AGREE", ["RUS", "TJK"], "2022-12-09")],
                 [gold("SUPPORT", ["RUS", "TJK"], "2022-12", alt=["AGREE"])], score)
    assert (score.counts.tp, score.counts.fp, score.counts.fn) == (1, 0, 0)


def test_wrong_day_is_no_match():
    score = EventScore()
    score_events([predicted("CONSULT", ["RUS", "IRN"], "2023-09-19")], [gold("CONSULT", ["RUS", "IRN"], "2023-09-20")], score)
    assert (score.counts.tp, score.counts.fp, score.counts.fn) == (0, 1, 1)


def test_optional_gold_is_neither_hit_nor_false_positive():
    score = EventScore()
    score_events([predicted("AGREE", ["CIS", "SCO"])], [gold("AGREE", ["CIS", "SCO"], optional=True)], score)
    assert (score.counts.tp, score.counts.fp, score.counts.fn) == (0, 0, 0)


def test_one_shared_participant_is_enough_for_a_single_participant_gold():
    score = EventScore()
    score_events([predicted("CONSULT", ["CIS", "RUS"])], [gold("CONSULT", ["CIS"])], score)
    assert score.counts.tp == 1


def test_direction_is_scored_where_gold_gives_it():
    score = EventScore()
    score_events([predicted("CONSULT", [], actor_codes=["IRN"], recipient_codes=["RUS"])],
                 [gold("CONSULT", ["IRN", "RUS"], actor=["RUS"], recipient=["IRN"])], score)
    assert score.direction.value() == 0.0


def test_entity_names_compared_without_case_accents_or_hyphens():
    document = GoldDocument("d", "fr", None, [{"type": "PERSON", "name": "Mohammad-Reza Ashtiani", "also": []},
                                              {"type": "STATE", "code": "IRN"}])
    per_type: dict[str, Counts] = {}
    score_entities([{"type": "PERSON", "name": "mohammad reza ashtiani"}, {"type": "STATE", "country_code": "IRN"},
                    {"type": "STATE", "country_code": "USA"}], document, per_type)
    assert per_type["PERSON"].tp == 1 and per_type["STATE"].tp == 1 and per_type["STATE"].fp == 1
