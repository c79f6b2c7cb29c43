"""The ``entente`` command: thin wrappers, each calling one library function."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from entente.errors import EntenteError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Multilingual political event data from news.")
export_app = typer.Typer(no_args_is_help=True, help="Write stored data in exchange formats.")
app.add_typer(export_app, name="export")
console = Console(stderr=True)
DbOption = typer.Option(None, "--db", help="Database URL or SQLite path (default: $ENTENTE_DB or entente.db).")


def _store(db: Optional[str]):
    from entente.store.store import Store

    return Store.open(db)


def _fail(message: str, code: int = 1) -> None:
    console.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)


@app.command()
def ingest(paths: list[str] = typer.Argument(..., help="Files, directories, or - for JSONL on stdin."),
           db: Optional[str] = DbOption,
           batch_size: int = typer.Option(200, help="Documents per transaction."),
           quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar.")) -> None:
    """Read articles, clean them, detect language and date, extract entities and events, store."""
    from entente.ingest.readers import iter_inputs
    from entente.ingest.service import ingest as run_ingest
    from entente.system import Entente

    system, store = Entente(), _store(db)
    with _progress(quiet) as progress:
        task = progress.add_task("ingest", total=None)
        summary = run_ingest(iter_inputs(paths), system.builder, store, system.pipeline, batch_size,
                             lambda n: progress.advance(task, n))
    for line in summary.errors:
        console.print(f"[yellow]skipped[/yellow] {line}", highlight=False, soft_wrap=True)
    if summary.new:
        system.merge(store)
    console.print(summary.line(), highlight=False)
    if summary.read and summary.new + summary.duplicate == 0:
        raise typer.Exit(1)


def _progress(quiet: bool) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=console, disable=quiet or not console.is_terminal, transient=True)


@app.command()
def docs(doc_id: Optional[str] = typer.Argument(None, help="Show this document in full."),
         db: Optional[str] = DbOption, lang: Optional[str] = typer.Option(None, help="Only this language."),
         limit: int = typer.Option(50, help="Rows to list.")) -> None:
    """List stored documents, or show one."""
    store = _store(db)
    if doc_id:
        document = store.document(doc_id)
        if document is None:
            _fail(f"no document '{doc_id}'")
        typer.echo(f"{document.doc_id}  lang={document.lang}  published={document.published} "
                   f"({document.published_method})  chars={document.chars}\n")
        typer.echo(document.text)
        return
    table = Table("doc_id", "lang", "published", "chars", "title")
    for document in store.documents(limit=limit, lang=lang):
        table.add_row(document.doc_id, document.lang or "", document.published or "",
                      str(document.chars), (document.title or "")[:60])
    Console().print(table)


def _write_jsonl(records, output: Optional[Path]) -> None:
    handle = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if output:
            handle.close()


OutputOption = typer.Option(None, "--output", "-o", help="File to write (default: standard output).")


@export_app.command("documents")
def export_documents(db: Optional[str] = DbOption, output: Optional[Path] = OutputOption) -> None:
    """Documents as JSONL (doc_id, lang, published, title, url, chars, text)."""
    from entente.export.documents import export_documents as records

    _write_jsonl(records(_store(db)), output)


@export_app.command("entities")
def export_entities(db: Optional[str] = DbOption, output: Optional[Path] = OutputOption) -> None:
    """Entities per document as JSONL (name, type, country_code, igo_code, wikidata_id, role, mentions)."""
    from entente.export.entities import export_entities as records

    _write_jsonl(records(_store(db)), output)


@export_app.command("plover")
def export_plover(db: Optional[str] = DbOption, output: Optional[Path] = OutputOption) -> None:
    """Events as PLOVER JSONL, one record per real-world event with all its sources."""
    from entente.export.plover import export_plover as records

    _write_jsonl(records(_store(db)), output)


@export_app.command("csv")
def export_csv(db: Optional[str] = DbOption, output: Optional[Path] = OutputOption) -> None:
    """Events as CSV, one row per event and source."""
    from entente.export.csv_export import write_csv
    from entente.export.plover import export_plover as records

    handle = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        write_csv(records(_store(db)), handle)
    finally:
        if output:
            handle.close()


@export_app.command("parquet")
def export_parquet(output: Path = typer.Option(..., "--output", "-o", help="Parquet file to write."),
                   db: Optional[str] = DbOption) -> None:
    """Events as Parquet, one row per event and source (the CSV's columns)."""
    from entente.export.plover import export_plover as records
    from entente.export.tables import write_parquet

    console.print(f"wrote {write_parquet(records(_store(db)), output)} rows to {output}", highlight=False)


@export_app.command("gexf")
def export_gexf(output: Path = typer.Option(..., "--output", "-o", help="GEXF file to write."),
                db: Optional[str] = DbOption,
                category: Optional[str] = typer.Option(None, help="Only this PLOVER category."),
                since: Optional[str] = typer.Option(None, "--from", help="From date."),
                until: Optional[str] = typer.Option(None, "--to", help="To date.")) -> None:
    """The actor network (states and organisations, edges weighted by shared events) as GEXF."""
    from entente.export.tables import write_gexf
    from entente.store.browse import network
    from entente.store.event_queries import EventFilter

    count = write_gexf(network(_store(db), EventFilter(category=category, date_from=since, date_to=until)), output)
    console.print(f"wrote {count} edges to {output}", highlight=False)


@app.command()
def entities(doc_id: str = typer.Argument(..., help="Document id."), db: Optional[str] = DbOption) -> None:
    """The entities of one document, with their offices and mentions."""
    from entente.store.queries import document_entities

    found = document_entities(_store(db), doc_id).get(doc_id)
    if not found:
        _fail(f"no entities for document '{doc_id}' (is it ingested?)")
    table = Table("type", "name", "code", "role", "mentions")
    for entity in sorted(found, key=lambda e: (e["type"], e["name"])):
        table.add_row(entity["type"], entity["name"], entity["igo_code"] or entity["country_code"] or "",
                      entity["role"] or "", ", ".join(dict.fromkeys(entity["mentions"]))[:80])
    Console().print(table)


@app.command()
def events(db: Optional[str] = DbOption,
           entity: Optional[str] = typer.Option(None, help="Entity id or name."),
           country: Optional[str] = typer.Option(None, help="ISO3 code of a participating state."),
           igo: Optional[str] = typer.Option(None, help="Code of a participating organisation."),
           category: Optional[str] = typer.Option(None, help="PLOVER category."),
           since: Optional[str] = typer.Option(None, "--from", help="From date (YYYY-MM-DD)."),
           until: Optional[str] = typer.Option(None, "--to", help="To date (YYYY-MM-DD)."),
           lang: Optional[str] = typer.Option(None, help="Language of the source."),
           text: Optional[str] = typer.Option(None, help="Text in the evidence sentence."),
           limit: int = typer.Option(100, help="Rows.")) -> None:
    """List extracted events with their evidence."""
    from entente.store.event_queries import EventFilter, find_events

    where = EventFilter(entity, country or igo, category, since, until, lang, text, limit)
    table = Table("date", "event", "mode", "actors", "recipients", "place", "evidence", show_lines=False)
    for event in find_events(_store(db), where):
        table.add_row(event["date"] or "", event["category"], ",".join(event["modes"]),
                      _codes(event["actors"]), _codes(event["recipients"]),
                      (event["location"] or {}).get("name") or "", _evidence(event))
    Console(width=200).print(table)


def _codes(arguments: list[dict]) -> str:
    return ",".join(sorted({a.get("code") or "" for a in arguments}))


def _evidence(event: dict) -> str:
    text = " ".join(event["evidence_text"].split())
    return f"{event['doc_id']}: {text[:90]}{'…' if len(text) > 90 else ''}"


@app.command("eval")
def evaluate(gold: Path = typer.Argument(..., exists=True, help="Gold JSONL (see shared/gold/FORMAT.md)."),
             docs: Optional[list[Path]] = typer.Option(None, help="Folders holding the gold documents."),
             as_json: bool = typer.Option(False, "--json", help="Print the metrics as JSON.")) -> None:
    """Run the whole pipeline on gold documents and score the exports as FORMAT.md says."""
    from entente.evaluate.report import render_report
    from entente.evaluate.run import evaluate as run_evaluation
    from entente.system import Entente

    report = run_evaluation(Entente(), gold, docs)
    typer.echo(json.dumps(report, indent=2) if as_json else render_report(report))


@app.command()
def serve(db: Optional[str] = DbOption, host: str = typer.Option("127.0.0.1", help="Address to listen on."),
          port: int = typer.Option(8000, help="Port.")) -> None:
    """Serve the HTTP API (OpenAPI at /docs) and the web UI."""
    import uvicorn

    from entente.system import Entente
    from entente.web.app import create_app

    app = create_app(_store(db), Entente())
    console.print(f"entente is serving on http://{host}:{port}/ (API documentation at /docs)", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")


kb_app = typer.Typer(no_args_is_help=True, help="The knowledge base.")
app.add_typer(kb_app, name="kb")


@kb_app.command("lookup")
def kb_lookup(name: str = typer.Argument(..., help="A name in any script."),
              date: Optional[str] = typer.Option(None, help="Office held on this date (YYYY-MM-DD)."),
              limit: int = typer.Option(5, help="Candidates.")) -> None:
    """Candidates for a name in any script, best first, with the office held on a date."""
    from entente.kb.lookup import lookup
    from entente.system import Entente

    table = Table("score", "id", "type", "name", "code", "office", "reason")
    for row in lookup(Entente(), name, date, limit):
        table.add_row(f"{row['score']:.2f}", row["entity_id"], row["type"], row["name"], row["code"] or "",
                      row["office"] or "", row["reason"])
    Console(width=200).print(table)


@kb_app.command("add")
def kb_add(path: Path = typer.Argument(..., exists=True, help="YAML list of persons (docs/DATA.md).")) -> None:
    """Validate a file of persons and add it to the user knowledge base."""
    from entente.kb.user import add_user_file

    target, count = add_user_file(path)
    console.print(f"added {count} entities from {path} to {target}", highlight=False)


def main() -> None:
    try:
        app()
    except EntenteError as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(2)


if __name__ == "__main__":
    main()
