"""Property-based fuzzing (hypothesis) of everything a user hands to computecast: bytes to decode,
documents of every format, feeds, HTML, mutated PDFs, folder trees with links and FIFOs, and
command-line arguments.

The properties are the issue-12 guarantees: no reader raises anything but its documented error;
every input becomes a document or a quarantined record whose every value the warehouse can store
on both backends; a folder walk ends and reads each real file once; an out-of-range argument
is one line and exit code 2, never a traceback.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from typer.testing import CliRunner

from cli.main import app
from connectors.contract import Fact, FactError
from connectors.decode import DecodeError, decode_bytes
from connectors.extract import extract_facts
from connectors.feeds import FeedError, parse_feed
from connectors.html import HtmlError, html_to_text
from connectors.model import Quarantined, SourceDocument
from connectors.pdf import PdfError, pdf_to_text
from connectors.sources import parse_bytes, read_sources
from flows.jobs import ForecastArgumentError, check_forecast_arguments
from tests.hostile.corpus import GOOD_ZH
from tests.pdfs import pdf_bytes
from warehouse.errors import RowRefusedError
from warehouse.store import DOCUMENT, FACT, QUARANTINE, check_row

# Threads left running by earlier tests in the same session (Prefect's) use the global `random`
# module; hypothesis sees its state move while generating and warns, though no strategy uses it.
pytestmark = pytest.mark.filterwarnings("ignore:Do not use the `random` module inside strategies")

FRAGMENTS = [
    "2023年中国AI服务器市场规模达到91亿美元", "同比增长24%", "中国移动", "采购AI服务器1250台", "总价247372万元",
    "Meta expects 2024 capital expenditures of $35-40 billion", "EFLOPS", "亿", "万", "\x00", "\ud800", "\r", "\n",
    "<div>", "</div>", "<b>", "<script>", "<!--", "&amp;", "\ufeff", "，", "１２３", "2024Q1", "FY2024",
]
text_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=30).map("".join)
EXTENSIONS = [".txt", ".md", ".html", ".csv", ".json", ".jsonl", ".pdf", ""]


def _storable(result: SourceDocument | Quarantined) -> None:
    """What the warehouse would store for ``result`` passes its backend-agnostic checks."""
    if isinstance(result, Quarantined):
        check_row(QUARANTINE, {"source_uri": result.source_uri, "reason": result.reason, "sha256": result.sha256})
        assert result.reason.strip()
        return
    assert result.facts, "a document is only stored with facts"
    check_row(DOCUMENT, {"source_uri": result.source_uri, "text": result.text, "title": result.title,
                         "kind": result.kind, "language": result.language, "encoding": result.encoding,
                         "media_type": result.media_type})
    for fact in result.facts:
        row = fact.to_dict()
        row["of_metric"] = row.pop("of")
        check_row(FACT, row)


@given(st.binary(max_size=4096))
def test_decode_raises_only_decode_error(raw: bytes) -> None:
    try:
        text, encoding = decode_bytes(raw)
    except DecodeError:
        return
    assert "\x00" not in text and encoding
    text.encode("utf-8")  # real Unicode: no lone surrogates


@given(st.one_of(st.binary(max_size=2048), text_like.map(lambda s: s.encode("utf-8", "surrogatepass"))),
       st.sampled_from(EXTENSIONS))
def test_any_bytes_in_any_format_end_stored_or_quarantined(raw: bytes, ext: str) -> None:
    result = parse_bytes(raw, source_uri=f"inbox/fuzz{ext}")
    assert isinstance(result, SourceDocument | Quarantined)
    try:
        _storable(result)
    except RowRefusedError as exc:  # the ingest would quarantine it with this reason: still no crash
        assert str(exc)


@given(text_like)
def test_extraction_never_raises(text: str) -> None:
    for fact in extract_facts(text, published=date(2024, 5, 6), kind="tender"):
        assert isinstance(fact, Fact)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
FIELDS = ["metric", "value", "low", "high", "unit", "period", "region", "entity", "item", "of", "basis",
          "qualifier", "quote", "file", "x"]
rows = st.dictionaries(st.sampled_from(FIELDS),
                       st.one_of(st.sampled_from(["capex", "USD", "CN", "2024", "actual", "1e9", "q", "~"]), json_values),
                       max_size=len(FIELDS))


@given(st.one_of(json_values, st.lists(rows, max_size=5), st.fixed_dictionaries({"facts": st.lists(rows, max_size=5)})))
def test_json_feeds_raise_only_feed_error(data: object) -> None:
    for fmt, text in (("json", json.dumps(data)),
                      ("jsonl", "\n".join(json.dumps(r) for r in (data if isinstance(data, list) else [data])))):
        try:
            facts = parse_feed(text, fmt)
        except FeedError as exc:
            assert str(exc)
            continue
        assert facts and all(isinstance(f, Fact) for f in facts)


@given(st.lists(st.lists(st.one_of(st.sampled_from(["capex", "1e9", "USD", "q", "\r", "\"", ",", "\x00"]), st.text(max_size=12)),
                         max_size=12), max_size=6))
def test_csv_feeds_raise_only_feed_error(cells: list[list[str]]) -> None:
    text = "metric,value,unit,quote\n" + "\n".join(",".join(r) for r in cells)
    try:
        facts = parse_feed(text, "csv")
    except FeedError as exc:
        assert str(exc)
        return
    assert facts and all(isinstance(f, Fact) for f in facts)


@given(st.dictionaries(st.sampled_from(FIELDS[:13]), json_values, max_size=13))
def test_fact_from_any_row_is_valid_or_fact_error(row: dict[str, object]) -> None:
    try:
        fact = Fact.from_dict(row)
    except FactError:
        return
    out = fact.to_dict()
    out["of_metric"] = out.pop("of")
    check_row(FACT, out)


@given(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "<b>", "</b>", "<script>", "</script>", "<article>",
                                 "<meta property='article:published_time' content='2024-05-06'>", "<!--", "-->",
                                 "<nav class='menu'>", "<title>", "</title>", "x", "2023年中国AI服务器市场规模达到91亿美元。",
                                 "<br>", "&#0;", "&lt;", "<![CDATA[", "<?xml ?>", "<svg>"]), max_size=200))
def test_html_raises_only_html_error(parts: list[str]) -> None:
    try:
        text, _title, published = html_to_text("<html><body>" + "".join(parts))
    except HtmlError:
        return
    assert isinstance(text, str) and (published is None or isinstance(published, date))


GOOD_PDF = pdf_bytes("May 2, 2024. Meta expects 2024 capital expenditures of $35-40 billion.")


@given(st.lists(st.tuples(st.integers(0, len(GOOD_PDF) - 1), st.integers(0, 255)), min_size=1, max_size=8),
       st.integers(1, len(GOOD_PDF)))
def test_mutated_pdfs_raise_only_pdf_error(flips: list[tuple[int, int]], cut: int) -> None:
    raw = bytearray(GOOD_PDF)
    for pos, value in flips:
        raw[pos] = value
    for candidate in (bytes(raw), bytes(raw[:cut]) + b"\n%%EOF\n"):
        try:
            text, _title, _published = pdf_to_text(candidate)
        except PdfError as exc:
            assert str(exc)
            continue
        assert "\x00" not in text
        text.encode("utf-8")


# A folder tree: files, sub-folders, symlinks to anything in the tree (or outside, or themselves),
# FIFOs. Names are drawn from a small set so that links hit real entries and loops are common.
NAMES = ["a", "b", "c", ".h", "d.txt", "e.csv", "f.html"]
entries = st.lists(st.tuples(st.sampled_from(["file", "dir", "link", "fifo"]),
                             st.lists(st.sampled_from(NAMES), min_size=1, max_size=3),
                             st.lists(st.sampled_from([*NAMES, "..", "/etc"]), min_size=1, max_size=3)),
                   max_size=14)


@given(entries)
def test_folder_walks_end_and_read_each_file_once(spec: list[tuple[str, list[str], list[str]]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "inbox"
        root.mkdir()
        for kind, parts, target in spec:
            path = root.joinpath(*parts)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                if kind == "file":  # "x": never write through an existing entry (it could be a FIFO)
                    with open(path, "x", encoding="utf-8") as fh:
                        fh.write(GOOD_ZH.format(day=len(parts), qty=len(spec), amount=7) + str(parts))
                elif kind == "dir":
                    path.mkdir(exist_ok=True)
                elif kind == "link":
                    os.symlink(os.path.join(*target), path)
                else:
                    os.mkfifo(path)
            except OSError:
                continue  # the spec collided with itself (a file where a folder should be): skip that entry
        results = list(read_sources([str(root)]))
        real = [os.path.realpath(r.source_uri) for r in results if isinstance(r, SourceDocument)]
        assert len(real) == len(set(real)), "a real file was read twice"
        for r in results:
            _storable(r)


@given(st.dates(), st.integers(-2**40, 2**40), st.integers(-2**40, 2**40), st.booleans())
def test_forecast_arguments_are_accepted_or_refused_in_one_line(as_of: date, seed: int, draws: int, future: bool) -> None:
    try:
        check_forecast_arguments(as_of=as_of, today=date(2026, 12, 2), first_history_end=date(2019, 12, 31),
                                 seed=seed, draws=draws, model_years=11, allow_future=future, memory_bytes=8 << 30)
    except ForecastArgumentError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("--")
        return
    assert 0 <= seed < 2**31 and draws >= 100 and as_of >= date(2019, 12, 31)


runner = CliRunner()


@pytest.fixture(scope="module")
def cli_db() -> str:
    tmp = tempfile.mkdtemp(prefix="computecast-fuzz-")
    return f"sqlite:///{tmp}/fuzz.db"


@given(st.sampled_from(["export", "diff", "forecast --seed", "forecast --draws", "forecast --as-of",
                        "forecast --supersedes", "chart --vintages"]),
       st.one_of(st.integers(-2**70, 2**70).map(str), st.text(max_size=12)))
def test_cli_arguments_never_print_a_traceback(cli_db: str, command: str, value: str) -> None:
    assume(not value.startswith("-") or value.lstrip("-").isdigit())
    args = [*command.split(), value]
    if command.startswith("forecast --as-of"):
        args.append("--allow-future")
    if command == "forecast --draws":
        assume(not value.lstrip("-").isdigit() or not 100 <= int(value) <= 10**8)  # valid ones would run a forecast
    if command == "forecast --seed" or command == "forecast --supersedes":
        args += ["--draws", "1"]  # never runs: refused before any work
    result = runner.invoke(app, args, env={"COMPUTECAST_DATABASE_URL": cli_db})
    assert result.exit_code in (1, 2, 3, 4), (args, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, repr(result.exception))
    assert "Traceback" not in result.output
