"""The HTTP API and the web UI: one FastAPI app over the same query functions as the CLI.

Every page has a JSON twin under /api that returns exactly the data the page renders.
The app is read-only unless the operator sets ENTENTE_API_TOKEN, which POST /api/ingest requires.
"""
from __future__ import annotations

import hmac
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from entente.store import browse
from entente.store.event_queries import EventFilter
from entente.store.search import search as full_text
from entente.store.store import Store

HERE = Path(__file__).parent
TOKEN_ENV = "ENTENTE_API_TOKEN"


@dataclass
class Filters:
    """The event filters shared by `entente events`, the API and the UI."""

    entity: str | None = None
    country: str | None = None
    igo: str | None = None
    category: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    lang: str | None = None
    text: str | None = None
    limit: int = 50
    offset: int = 0

    def query(self) -> EventFilter:
        return EventFilter(self.entity or None, (self.country or self.igo or None), self.category or None,
                           self.date_from or None, self.date_to or None, self.lang or None, self.text or None,
                           self.limit, self.offset)


def event_filters(entity: str | None = None, country: str | None = None, igo: str | None = None,
                  category: str | None = None, date_from: str | None = Query(None, alias="from"),
                  date_to: str | None = Query(None, alias="to"), lang: str | None = None, text: str | None = None,
                  limit: int = Query(50, ge=1, le=browse.MAX_PAGE), offset: int = Query(0, ge=0)) -> Filters:
    return Filters(entity, country, igo, category, date_from, date_to, lang, text, limit, offset)


class NotFound(Exception):
    def __init__(self, what: str):
        super().__init__(f"no {what}")


def create_app(store: Store, system=None, token: str | None = None) -> FastAPI:
    """The app over ``store``; ``system`` (an Entente) is needed for offices and for ingest."""
    app = FastAPI(title="entente", description=__doc__, docs_url=None, redoc_url=None)
    app.state.store, app.state.system = store, system
    app.state.token = token if token is not None else os.environ.get(TOKEN_ENV)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.autoescape = True
    _errors(app, templates)
    _api(app)
    _pages(app, templates)
    return app


def _found(value: Any, what: str) -> Any:
    if value is None:
        raise NotFound(what)
    return value


def _kb(request: Request):
    system = request.app.state.system
    return system.kb if system is not None else None


# --- JSON API ----------------------------------------------------------------------------------------
def _api(app: FastAPI) -> None:
    @app.get("/api/stats", tags=["api"])
    def api_stats(request: Request) -> dict:
        return browse.stats(request.app.state.store)

    @app.get("/api/events", tags=["api"])
    def api_events(request: Request, filters: Filters = Depends(event_filters)) -> dict:
        return browse.list_events(request.app.state.store, filters.query())

    @app.get("/api/events/{event_id}", tags=["api"])
    def api_event(request: Request, event_id: str) -> dict:
        return _found(browse.event_detail(request.app.state.store, event_id), f"event '{event_id}'")

    @app.get("/api/entities", tags=["api"])
    def api_entities(request: Request, q: str | None = None, type: str | None = None,
                     limit: int = Query(50, ge=1, le=browse.MAX_PAGE), offset: int = Query(0, ge=0)) -> dict:
        return browse.list_entities(request.app.state.store, q, type, limit, offset)

    @app.get("/api/entities/{entity_id}", tags=["api"])
    def api_entity(request: Request, entity_id: str) -> dict:
        return _found(browse.entity_detail(request.app.state.store, entity_id, _kb(request)), f"entity '{entity_id}'")

    @app.get("/api/documents", tags=["api"])
    def api_documents(request: Request, lang: str | None = None,
                      limit: int = Query(50, ge=1, le=browse.MAX_PAGE), offset: int = Query(0, ge=0)) -> dict:
        return browse.list_documents(request.app.state.store, lang, limit, offset)

    @app.get("/api/documents/{doc_id}", tags=["api"])
    def api_document(request: Request, doc_id: str) -> dict:
        return _found(browse.document_detail(request.app.state.store, doc_id), f"document '{doc_id}'")

    @app.get("/api/search", tags=["api"])
    def api_search(request: Request, q: str, kind: str | None = None,
                   limit: int = Query(50, ge=1, le=browse.MAX_PAGE)) -> dict:
        return {"query": q, "hits": full_text(request.app.state.store, q, limit, kind)}

    @app.get("/api/timeline", tags=["api"])
    def api_timeline(request: Request, bucket: str = Query("month", pattern="^(month|year)$"),
                     filters: Filters = Depends(event_filters)) -> list:
        return browse.timeline(request.app.state.store, filters.query(), bucket)

    @app.get("/api/network", tags=["api"])
    def api_network(request: Request, filters: Filters = Depends(event_filters)) -> dict:
        return browse.network(request.app.state.store, filters.query())

    @app.get("/api/places", tags=["api"])
    def api_places(request: Request, filters: Filters = Depends(event_filters)) -> list:
        return browse.places(request.app.state.store, filters.query())

    @app.post("/api/ingest", tags=["api"])
    async def api_ingest(request: Request, authorization: str | None = Header(None),
                         x_api_token: str | None = Header(None)) -> dict:
        _authorise(request.app.state.token, authorization, x_api_token)
        body = await request.body()
        return _ingest(request.app, body)


def _authorise(expected: str | None, authorization: str | None, header_token: str | None) -> None:
    if not expected:
        raise PermissionError("writing is disabled: the operator has not set ENTENTE_API_TOKEN")
    given = header_token or (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise PermissionError("a valid API token is required")


def _ingest(app: FastAPI, body: bytes) -> dict:
    from entente.ingest.readers import read_jsonl_stream
    from entente.ingest.service import ingest

    system, store = app.state.system, app.state.store
    summary = ingest(read_jsonl_stream(io.BytesIO(body), "<request>"), system.builder, store, system.pipeline)
    if summary.new:
        system.merge(store)
    return {"read": summary.read, "new": summary.new, "duplicate": summary.duplicate, "failed": summary.failed,
            "errors": summary.errors, "ids": summary.new_ids}


# --- HTML pages ----------------------------------------------------------------------------------------
def _pages(app: FastAPI, templates: Jinja2Templates) -> None:
    def page(request: Request, name: str, **context) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"stats": browse.stats(request.app.state.store), **context})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, filters: Filters = Depends(event_filters)):
        return page(request, "events.html", data=browse.list_events(request.app.state.store, filters.query()),
                    filters=filters)

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str):
        return page(request, "event.html", event=_found(browse.event_detail(request.app.state.store, event_id), f"event '{event_id}'"))

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def entities_page(request: Request, q: str | None = None, type: str | None = None):
        return page(request, "entities.html", data=browse.list_entities(request.app.state.store, q, type, 100), q=q or "")

    @app.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, entity_id: str):
        entity = _found(browse.entity_detail(request.app.state.store, entity_id, _kb(request)), f"entity '{entity_id}'")
        return page(request, "entity.html", entity=entity)

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(request: Request, lang: str | None = None):
        return page(request, "documents.html", data=browse.list_documents(request.app.state.store, lang, 200))

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: str):
        return page(request, "document.html", document=_found(browse.document_detail(request.app.state.store, doc_id), f"document '{doc_id}'"))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = ""):
        return page(request, "search.html", q=q, hits=full_text(request.app.state.store, q, 100) if q else [])

    for view in ("network", "timeline", "map"):
        _view_page(app, page, view)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request):
        """The OpenAPI description as a page, with no external assets (the schema is at /openapi.json)."""
        return page(request, "docs.html", endpoints=_endpoints(request.app.openapi()))


def _endpoints(schema: dict) -> list[dict]:
    rows = []
    for path, methods in schema.get("paths", {}).items():
        for method, operation in methods.items():
            rows.append({"method": method.upper(), "path": path, "summary": operation.get("summary", ""),
                         "parameters": [p["name"] for p in operation.get("parameters", [])]})
    return rows


def _view_page(app: FastAPI, page, view: str) -> None:
    @app.get(f"/{view}", response_class=HTMLResponse, include_in_schema=False, name=view)
    def chart_page(request: Request, filters: Filters = Depends(event_filters)):
        return page(request, "chart.html", view=view, filters=filters, query=request.url.query)


# --- errors -------------------------------------------------------------------------------------------------
def _errors(app: FastAPI, templates: Jinja2Templates) -> None:
    def respond(request: Request, status: int, message: str):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=status)
        return templates.TemplateResponse(request, "error.html", {"status": status, "message": message, "stats": None},
                                          status_code=status)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return respond(request, 404, str(exc))

    @app.exception_handler(PermissionError)
    async def forbidden(request: Request, exc: PermissionError):
        return respond(request, 403, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return respond(request, exc.status_code, str(exc.detail))

    from fastapi.exceptions import RequestValidationError

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", [])[1:])
        return respond(request, 422, f"invalid parameter {where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        return respond(request, 500, "internal error; the server log has the details")
