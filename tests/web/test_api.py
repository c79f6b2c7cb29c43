"""The HTTP API, as a client uses it, on SQLite and PostgreSQL."""
import json

import pytest
from fastapi.testclient import TestClient

from entente.web.app import create_app

from tests.conftest import build_sample_store


@pytest.fixture(params=["sqlite", "postgresql"])
def client(request, system, tmp_path):
    if request.param == "sqlite":
        store = build_sample_store(str(tmp_path / "api.db"), system)
    else:
        empty = request.getfixturevalue("postgres_store")
        store = build_sample_store(str(empty.engine.url.render_as_string(hide_password=False)), system)
    return TestClient(create_app(store, system, token="t0ken"), raise_server_exceptions=False)


def test_events_filter_and_paginate(client):
    everything = client.get("/api/events", params={"limit": 200}).json()
    consults = client.get("/api/events", params={"category": "CONSULT", "country": "TUR"}).json()
    assert everything["total"] >= 10 and sum(everything["by_category"].values()) == everything["total"]
    assert consults["items"] and all(e["category"] == "CONSULT" and "TUR" in e["participants"] for e in consults["items"])
    first, second = (client.get("/api/events", params={"limit": 2, "offset": o}).json()["items"] for o in (0, 2))
    assert len(first) == 2 and not {e["id"] for e in first} & {e["id"] for e in second}


def test_event_detail_has_sources_with_exact_evidence(client):
    event_id = client.get("/api/events", params={"country": "IND"}).json()["items"][0]["id"]
    detail = client.get(f"/api/events/{event_id}").json()
    source = detail["sources"][0]
    document = client.get(f"/api/documents/{source['doc_id']}").json()
    assert document["text"][source["start"]:source["end"]] == source["evidence"]


def test_entity_detail_lists_offices_and_events(client):
    (lavrov, *_) = client.get("/api/entities", params={"q": "Lavrov"}).json()["items"]
    detail = client.get(f"/api/entities/{lavrov['entity_id']}").json()
    assert any(o["office"] == "foreign_minister" for o in detail["offices"]) and detail["events"]


def test_full_text_search_any_script(client):
    for query in ("Crosetto", "Белоусов", "الدفاع"):
        assert client.get("/api/search", params={"q": query}).json()["hits"], query


def test_aggregates(client):
    assert client.get("/api/timeline").json()
    network = client.get("/api/network", params={"category": "CONSULT"}).json()
    assert network["nodes"] and all(e["weight"] >= 1 for e in network["edges"])
    assert any(p["lat"] is not None for p in client.get("/api/places").json())


def test_errors_are_json_without_traces(client):
    missing = client.get("/api/events/does-not-exist")
    invalid = client.get("/api/events", params={"limit": 0})
    assert missing.status_code == 404 and missing.json() == {"error": "no event 'does-not-exist'"}
    assert invalid.status_code == 422 and "limit" in invalid.json()["error"] and "Traceback" not in invalid.text


def test_sql_is_bound_not_formatted(client):
    hostile = "x' OR '1'='1"
    assert client.get("/api/events", params={"text": hostile}).json()["total"] == 0
    assert client.get("/api/entities", params={"q": hostile}).json()["items"] == []


def test_ingest_needs_the_token(client):
    article = json.dumps({"id": "api-1", "lang": "en", "published": "2024-09-03",
                          "text": "Japanese Defence Minister met his Australian counterpart in Tokyo on Monday."})
    assert client.post("/api/ingest", content=article).status_code == 403
    assert client.post("/api/ingest", content=article, headers={"Authorization": "Bearer wrong"}).status_code == 403
    done = client.post("/api/ingest", content=article, headers={"Authorization": "Bearer t0ken"}).json()
    assert done["new"] == 1 and client.get("/api/documents/api-1").status_code == 200


def test_read_only_without_a_configured_token(system, sample_store):
    client = TestClient(create_app(sample_store, system, token=""), raise_server_exceptions=False)
    response = client.post("/api/ingest", content=b"{}", headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403 and "disabled" in response.json()["error"]


def test_docs_page_is_offline(client):
    page = client.get("/docs").text
    assert "/api/events" in page and "cdn" not in page.lower() and client.get("/openapi.json").status_code == 200
