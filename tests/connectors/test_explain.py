"""``computecast extract --explain``: every number of a document, with its fact or the reason it was skipped."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cli.main import app
from connectors.extract import explain_text

runner = CliRunner()


def test_explain_accounts_for_every_number() -> None:
    text = "2024年中国AI服务器市场规模为221亿美元，同比增长134%，环比增长5%。公司员工3,000人。"
    rows = explain_text(text)
    by_quote = {r["quote"]: r for r in rows}
    assert [r["quote"] for r in rows] == ["221亿美元", "134%", "5%"]  # 3,000人 has no unit: not a quantity
    assert by_quote["221亿美元"]["facts"][0]["metric"] == "ai_server_market_size"
    assert by_quote["134%"]["facts"][0]["of"] == "ai_server_market_size"
    assert by_quote["5%"]["facts"] == []
    assert "quarter-on-quarter" in by_quote["5%"]["skipped"]


def test_explain_command_prints_facts_and_reasons(tmp_path: Path) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text("Meta expects 2025 capital expenditures of $64-72 billion. Shares rose 4% after hours.\n",
                   encoding="utf-8")
    result = runner.invoke(app, ["extract", "--explain", str(doc)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["quote"] for r in rows] == ["$64-72 billion", "4%"]
    assert rows[0]["facts"][0]["metric"] == "capex" and rows[0]["facts"][0]["entity"] == "Meta"
    assert rows[1]["facts"] == [] and rows[1]["skipped"]
    table = runner.invoke(app, ["extract", "--explain", "--format", "table", str(doc)])
    assert "-> capex period=2025 entity=Meta basis=forecast" in table.output
    assert "'4%' = 4 % -> skipped:" in table.output


def test_a_growth_word_with_no_metric_is_skipped_for_its_missing_of() -> None:
    # the reason names what is missing: a growth word is there (增长), the metric it is of is not; a bare 5% has no cue at all
    rows = {r["quote"]: r for r in explain_text("分析师的预期一再落空:\n2024 年:实际增长 54%。另有 5%。")}
    assert rows["54%"]["facts"] == [] and rows["54%"]["skipped"].startswith("no `of`: a growth word")
    assert rows["5%"]["skipped"].startswith("no metric: a percentage with no growth")
