"""``computecast extract`` and ``ingest``: documents in, facts out (printed or stored)."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from cli.common import EXIT_QUARANTINED, OutputFormat, check_paths_exist, progress_bar, progress_wanted
from cli.common import console as _console
from cli.common import open_engine as _engine


def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or http(s) URLs.")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="jsonl: one fact per line.")] = OutputFormat.jsonl,
    kind: Annotated[str | None, typer.Option(help="Force the document kind: tender, capex, market_report, feed.")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="For every number in each document: the fact it became, or why it was skipped.")] = False,
) -> None:
    """Print the facts read from documents (the FACTS.md contract); touches no database.

    Exit 1 when an input was quarantined (each listed on stderr with its reason), 4 for a path that
    does not exist.
    """
    from connectors import read_sources
    from connectors.model import Quarantined

    check_paths_exist(paths)
    if explain:
        _explain(paths, kind, format)
        return
    quarantined = 0
    rows: list[dict[str, Any]] = []
    for result in read_sources(paths, kind=kind):
        if isinstance(result, Quarantined):
            quarantined += 1
            typer.echo(f"quarantined {result.source_uri}: {result.reason}", err=True)
            continue
        for fact in result.facts:
            row = fact.to_dict()
            if format is OutputFormat.jsonl:
                typer.echo(json.dumps(row, ensure_ascii=False))
            else:
                rows.append({**row, "source_uri": result.source_uri})
    if format is OutputFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif format is OutputFormat.table:
        from rich.table import Table

        table = Table("metric", "value", "unit", "period", "region/entity", "item", "of", "basis", "quote")
        for r in rows:
            table.add_row(
                r["metric"], f"{r['value']:.6g}", r["unit"], r["period"] or "", r["region"] or r["entity"] or "",
                r["item"] or "", r["of"] or "", r["basis"], r["quote"][:60],
            )
        _console().print(table)
    if quarantined:
        raise typer.Exit(EXIT_QUARANTINED)


def _explain(paths: list[str], kind: str | None, format: OutputFormat) -> None:
    """``extract --explain``: every number of every text document and what became of it."""
    from connectors import read_sources
    from connectors.decode import DecodeError, decode_bytes
    from connectors.extract import explain_text
    from connectors.html import html_to_text, looks_like_html
    from connectors.model import Quarantined

    for result in read_sources(paths, kind=kind):
        published = None
        if isinstance(result, Quarantined):
            if not result.reason.startswith("no facts found"):
                typer.echo(f"quarantined {result.source_uri}: {result.reason}", err=True)
                continue
            try:
                text, _ = decode_bytes(result.raw)
            except DecodeError as exc:
                typer.echo(f"quarantined {result.source_uri}: {exc}", err=True)
                continue
            if looks_like_html(text):
                text, _, published = html_to_text(text)
        elif result.kind == "feed":
            continue
        else:
            text, published = result.text, result.published
        doc_kind = None if isinstance(result, Quarantined) else result.kind
        rows = explain_text(text, published=published, kind=kind or doc_kind)
        if format is not OutputFormat.table:
            for r in rows:
                typer.echo(json.dumps({"source_uri": result.source_uri, **r}, ensure_ascii=False))
            continue
        typer.echo(f"# {result.source_uri} (published {published or 'unknown'})")
        for r in rows:
            head = f"{r['quote']!r} = {r['value']:.6g} {r['unit'] or '(no unit)'}"
            if r["facts"]:
                for f in r["facts"]:
                    keys = " ".join(f"{k}={f[k]}" for k in ("period", "region", "entity", "item", "of") if f[k])
                    typer.echo(f"  {head} -> {f['metric']} {keys} basis={f['basis']}")
            else:
                typer.echo(f"  {head} -> skipped: {r['skipped']}")


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or http(s) URLs.")],
    kind: Annotated[str | None, typer.Option(help="Force the document kind.")] = None,
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
) -> None:
    """Store documents and their facts; bad inputs are quarantined with a reason, never dropped.

    Exit 0 when every input is stored (or was already), 1 when some were quarantined (listed on
    stderr), 4 for a path that does not exist (nothing is read).
    """
    from flows.jobs import ingest as run_ingest

    check_paths_exist(paths)
    engine = _engine()
    shown = progress_wanted(format is OutputFormat.table)
    expected = count_inputs(paths) if shown else 0
    with progress_bar("storing documents", expected, enabled=shown) as update:
        done = 0

        def stored(uri: str) -> None:
            nonlocal done
            done += 1
            update(f"stored {uri.rsplit('/', 1)[-1][:40]}", done, max(done, expected))

        summary = run_ingest(engine, paths, kind=kind, progress=stored)
    if format is OutputFormat.table:
        for uri, reason in summary.quarantine:
            typer.echo(f"quarantined {uri}: {reason}", err=True)
        typer.echo(summary.line())
    else:
        typer.echo(json.dumps(summary.__dict__, ensure_ascii=False))
    if summary.quarantine:
        raise typer.Exit(EXIT_QUARANTINED)


def count_inputs(paths: list[str]) -> int:
    """About how many inputs ``paths`` hold (files under folders, not hidden; a URL is one), for
    the progress bar's total; the reader's own walk decides, and the bar follows it."""
    import os

    n = 0
    for p in paths:
        if os.path.isdir(p) and not p.startswith(("http://", "https://")):
            for _, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                n += sum(1 for f in files if not f.startswith("."))
        else:
            n += 1
    return n


def register(app: typer.Typer) -> None:
    """Add ``extract`` and ``ingest`` to the ``computecast`` app."""
    app.command()(extract)
    app.command()(ingest)
