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


def main() -> None:
    try:
        app()
    except EntenteError as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(2)


if __name__ == "__main__":
    main()
