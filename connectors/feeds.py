"""Feeds: CSV / JSON / JSONL files whose rows are already facts.

Each row is validated with :meth:`Fact.from_dict` (a ``file`` column is ignored; empty cells are
null). Policy for bad rows: **the whole feed is quarantined** with a reason that lists every bad
row by number (1-based data rows; the CSV header is row 0) and what is wrong with it, so a feed is
either taken entirely or fixed at the source; nothing is dropped silently.

JSON may be a list of objects or an object with a ``facts`` list. JSONL is one object per line
(blank lines are skipped). Malformed input of any kind (a bare ``\r`` or a field over 131,072
characters in CSV, JSON nested deeper than the recursion limit, an integer of more than 4,300
digits, a lone surrogate escape) raises :class:`FeedError` and never anything else.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from connectors.contract import Fact, FactError


class FeedError(ValueError):
    """A feed is malformed or holds rows that are not facts (the message lists them)."""


def _rows(text: str, fmt: str) -> list[Any]:
    try:
        return _parse(text, fmt)
    except csv.Error as exc:
        raise FeedError(f"CSV feed is not valid CSV: {exc}") from exc
    except RecursionError as exc:
        raise FeedError("JSON feed is nested too deeply (more levels than Python's recursion limit)") from exc
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        if isinstance(exc, FeedError):
            raise
        raise FeedError(f"{fmt.upper()} feed has a value that cannot be read: {str(exc).split(';')[0]}") from exc


def _parse(text: str, fmt: str) -> list[Any]:
    if fmt == "csv":
        # newline="": a bare \r ends a record as the csv module expects instead of raising
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if not reader.fieldnames:
            raise FeedError("CSV feed has no header row")
        return list(reader)
    if fmt == "jsonl":
        rows = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise FeedError(f"JSONL line {n} is not JSON: {exc.msg}") from exc
        return rows
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FeedError(f"JSON feed is not valid JSON: {exc.msg} at line {exc.lineno}") from exc
    if isinstance(data, dict) and isinstance(data.get("facts"), list):
        data = data["facts"]
    if not isinstance(data, list):
        raise FeedError("JSON feed must be a list of fact objects or {\"facts\": [...]}")
    return data


def parse_feed(text: str, fmt: str) -> list[Fact]:
    """The facts of a feed (``fmt`` is csv, json or jsonl); raises :class:`FeedError`."""
    rows = _rows(text, fmt)
    if not rows:
        raise FeedError("feed has no rows")
    facts: list[Fact] = []
    bad: list[str] = []
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            bad.append(f"row {n}: not an object")
            continue
        row = {k: v for k, v in row.items() if k is not None}
        try:
            facts.append(Fact.from_dict(row))
        except FactError as exc:
            bad.append(f"row {n}: {exc}")
    if bad:
        shown = "; ".join(bad[:10]) + (f"; ... and {len(bad) - 10} more" if len(bad) > 10 else "")
        raise FeedError(f"invalid feed rows ({len(bad)} of {len(rows)}): {shown}")
    return facts
