"""Cross-document, cross-language merging: one record per real event, every source kept."""
import json

import sqlalchemy as sa

from entente.export.plover import export_plover
from entente.ingest.readers import iter_inputs
from entente.ingest.service import ingest
from entente.merge.cluster import merge_store
from entente.store import schema

ARTICLES = [
    {"id": "en1", "lang": "en", "published": "2024-04-10",
     "text": "Russian Foreign Minister Sergei Lavrov held talks with his Chinese counterpart Wang Yi in Beijing on Tuesday."},
    {"id": "fr1", "lang": "fr", "published": "2024-04-10",
     "text": "Le ministre russe des Affaires étrangères Sergueï Lavrov s'est entretenu mardi à Pékin avec son homologue chinois Wang Yi."},
    {"id": "ar1", "lang": "ar", "published": "2024-04-10",
     "text": "أجرى وزير الخارجية الروسي سيرغي لافروف محادثات مع نظيره الصيني وانغ يي في بكين يوم الثلاثاء."},
    {"id": "en2", "lang": "en", "published": "2024-04-10",
     "text": "Turkish Foreign Minister Hakan Fidan met Iranian Foreign Minister Hossein Amir-Abdollahian in Tehran on Tuesday."},
]


def load(system, store, tmp_path, articles=ARTICLES):
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in articles), encoding="utf-8")
    ingest(iter_inputs([str(path)]), system.builder, store, system.pipeline)
    system.merge(store)
    return list(export_plover(store))


def test_same_meeting_in_three_languages_is_one_record(system, store, tmp_path):
    records = load(system, store, tmp_path)
    beijing = [r for r in records if r["event"] == "CONSULT" and {"RUS", "CHN"} <= {a["code"] for a in r["actor"] + r["recipient"]}]
    assert len(beijing) == 1
    assert {s["doc_id"] for s in beijing[0]["sources"]} == {"en1", "fr1", "ar1"}
    assert {s["lang"] for s in beijing[0]["sources"]} == {"en", "fr", "ar"}
    assert beijing[0]["date"] == "2024-04-09" and beijing[0]["event_loc"]["name"] == "Beijing"


def test_other_meeting_stays_separate(system, store, tmp_path):
    records = load(system, store, tmp_path)
    tehran = [r for r in records if any(s["doc_id"] == "en2" for s in r["sources"])]
    assert tehran and all({s["doc_id"] for s in r["sources"]} == {"en2"} for r in tehran)


def test_merging_is_explained_idempotent_and_keeps_sources(system, store, tmp_path):
    records = load(system, store, tmp_path)
    with store.engine.connect() as connection:
        edges = connection.execute(sa.select(schema.merge_edges)).fetchall()
        events_before = connection.execute(sa.select(sa.func.count()).select_from(schema.events)).scalar()
    assert any(e.decision == "merge" and "participants" in e.reason and e.score > 0 for e in edges)
    merge_store(store)
    again = list(export_plover(store))
    with store.engine.connect() as connection:
        events_after = connection.execute(sa.select(sa.func.count()).select_from(schema.events)).scalar()
    assert [r["id"] for r in again] == [r["id"] for r in records]
    assert events_before == events_after


def consultations(system, store, tmp_path, published: str, *texts: tuple[str, str]) -> list[dict]:
    """The CONSULT records of articles (language, text) published on one day, ids a1, a2, ..."""
    articles = [{"id": f"a{n}", "lang": lang, "published": published, "text": text}
                for n, (lang, text) in enumerate(texts, 1)]
    return [r for r in load(system, store, tmp_path, articles) if r["event"] == "CONSULT"]


def test_talks_beside_a_summit_reported_elsewhere_stay_apart_from_it(system, store, tmp_path):
    records = consultations(system, store, tmp_path, "2024-07-04",
                            ("en", "The defence ministers of Russia, China, India and Iran met in Astana on Wednesday."),
                            ("fr", "Le ministre russe de la Défense s'est entretenu mercredi à Astana avec son homologue chinois."))
    sources = sorted(sorted(s["doc_id"] for s in r["sources"]) for r in records)
    assert sources == [["a1"], ["a2"]]


def test_a_date_a_report_states_outweighs_a_publication_date(system, store, tmp_path):
    """Two reports of one meeting: one says it took place yesterday, the other gives no day and
    is dated by its publication, a day later. The canonical event takes the day stated."""
    tokyo = consultations(
        system, store, tmp_path, "2024-06-13",
        ("en", "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Tokyo yesterday."),
        ("fr", "Le Premier ministre indien Narendra Modi s'est entretenu à Tokyo avec le Premier ministre japonais Fumio Kishida."))
    assert len(tokyo) == 1 and {s["doc_id"] for s in tokyo[0]["sources"]} == {"a1", "a2"}
    assert tokyo[0]["date"] == "2024-06-12"


def test_a_chain_of_matches_never_joins_two_reports_of_one_document():
    from entente.merge.cluster import Edge, _clusters

    # Report b (another document) matches both a1 and a2, which their own article keeps apart.
    edges = [Edge("a1", "b", 0.9, "merge", "r"), Edge("b", "a2", 0.8, "merge", "r"), Edge("c", "b", 0.7, "merge", "r")]
    groups, blocked = _clusters(["a1", "a2", "b", "c"], edges, {"a1": "A", "a2": "A", "b": "B", "c": "C"})
    assert sorted(groups) == [["a1", "b", "c"], ["a2"]]
    assert blocked == {("b", "a2")}


def test_a_summit_lists_every_attendee_its_reports_name(system, store, tmp_path):
    """Each report of one summit names some of those who attended: the record names them all."""
    summit = consultations(
        system, store, tmp_path, "2024-03-06",
        ("en", "The leaders of France, Germany and Poland met in Warsaw on Tuesday."),
        ("fr", "Les dirigeants de la France, de l'Allemagne et de l'Italie se sont réunis mardi à Varsovie."))
    assert len(summit) == 1 and {s["doc_id"] for s in summit[0]["sources"]} == {"a1", "a2"}
    assert {a["code"] for a in summit[0]["actor"] + summit[0]["recipient"]} == {"FRA", "DEU", "POL", "ITA"}


def test_reports_that_disagree_on_direction_do_not_put_a_party_on_both_sides():
    from entente.merge.cluster import merged_roles

    def argument(code):
        return {"entity_id": f"state:{code}", "raw_text": code, "code": code}
    best = {"actors": [argument("USA")], "recipients": [argument("IRN")]}
    other = {"actors": [argument("IRN"), argument("GBR")], "recipients": [argument("USA"), argument("YEM")]}
    actors, recipients = merged_roles([best, other])
    assert [a["code"] for a in actors] == ["USA", "GBR"]
    assert [a["code"] for a in recipients] == ["IRN", "YEM"]


def test_two_critics_of_one_attack_stay_two_records(system, store, tmp_path):
    """Japan and South Korea each condemned North Korea's launch, in two articles: two acts,
    though the parties of one are among the other's."""
    articles = [
        {"id": "ja1", "lang": "en", "published": "2024-05-28",
         "text": "Japan strongly condemned North Korea on Monday over the launch of a military satellite."},
        {"id": "ko1", "lang": "en", "published": "2024-05-28",
         "text": "South Korea condemned North Korea on Monday after its missile flew over Japan."},
    ]
    records = load(system, store, tmp_path, articles)
    accusations = [r for r in records if r["event"] == "ACCUSE"]
    assert sorted(tuple(sorted(a["code"] for a in r["actor"])) for r in accusations) == [("JPN",), ("KOR",)]
    assert all(len(r["sources"]) == 1 for r in accusations)
