"""Tables of market figures by year (connectors/tables.py), and the facts the extractor makes of them."""

from __future__ import annotations

from datetime import date

from connectors.extract import extract_facts
from connectors.tables import find_table_cells

# Gartner's table as a news page flattened it into one line (holdout28, it-online.co.za)
GARTNER = ("AI Spending in IT Markets, Worldwide, 2024-2026 (Millions of US Dollars)\n\n"
           "Market 2024 2025 2026 AI Services 259,477 282,556 324,669 AI-optimized Servers (GPU and Non-GPU AI "
           "Accelerators) 140,107 267,534 329,528 AI Processing Semiconductors 138,813 209,192 267,934\n\n"
           "Source: Gartner (September 2025)")


def test_the_cells_of_a_flattened_table_take_the_captions_scale_and_the_columns_year() -> None:
    cells = find_table_cells(GARTNER)
    got = [(GARTNER[c.label_start : c.label_end], c.year, c.value, c.unit) for c in cells]
    assert got[:3] == [("AI Services", "2024", 259477e6, "USD"), ("AI Services", "2025", 282556e6, "USD"),
                       ("AI Services", "2026", 324669e6, "USD")]
    assert got[3] == ("AI-optimized Servers (GPU and Non-GPU AI Accelerators)", "2024", 140107e6, "USD")
    assert len(cells) == 9


def test_a_table_on_lines_of_its_own_with_a_chinese_unit_and_a_source_line() -> None:
    text = "2022~2026年全球AI伺服器出貨量預估(單位:千台)\n年份 2022 2023 2024\nAI伺服器 855 1183 1500\n來源 2022 2023 2024\n"
    got = [(c.year, c.value, c.unit) for c in find_table_cells(text)]
    assert got == [("2022", 855e3, "units"), ("2023", 1183e3, "units"), ("2024", 1500e3, "units")]
    # no caption with a unit, years not consecutive, a row with a number too many: no table
    assert find_table_cells("Market 2024 2025 2026 AI Services 1 2 3") == []
    assert find_table_cells("(US$ millions)\nMarket 2024 2026 Servers 1 2") == []
    assert find_table_cells("(US$ millions)\nMarket 2024 2025 Servers 1 2 3") == []


def test_a_tables_rows_are_the_markets_their_labels_name() -> None:
    # the AI-server row (title case: AI-optimized Servers) and the AI-chip row are markets, worldwide as the
    # caption says; AI Services names none of the vocabulary; a year the page's date has not reached is a forecast
    facts = extract_facts(GARTNER, published=date(2025, 9, 19))
    got = [(f.metric, f.value, f.period, f.region, f.basis) for f in facts]
    assert got == [("ai_server_market_size", 140107e6, "2024", "GLOBAL", "actual"),
                   ("ai_server_market_size", 267534e6, "2025", "GLOBAL", "forecast"),
                   ("ai_server_market_size", 329528e6, "2026", "GLOBAL", "forecast"),
                   ("ai_compute_market_size", 138813e6, "2024", "GLOBAL", "actual"),
                   ("ai_compute_market_size", 209192e6, "2025", "GLOBAL", "forecast"),
                   ("ai_compute_market_size", 267934e6, "2026", "GLOBAL", "forecast")]
    text = "2022~2026年全球AI伺服器出貨量預估(單位:千台)\n年份 2022 2023 2024\nAI伺服器 855 1183 1500\n"
    got = [(f.metric, f.value, f.period, f.item) for f in extract_facts(text, published=date(2023, 5, 1))]
    assert got == [("shipments", 855e3, "2022", "ai_server"), ("shipments", 1183e3, "2023", "ai_server"),
                   ("shipments", 1500e3, "2024", "ai_server")]


def test_a_header_after_a_run_of_captions_takes_the_last_one() -> None:
    # a caption every few characters, then a header: the header takes the caption just before it (an earlier
    # design, a window per caption, missed a header that no single window held)
    text = "营收(亿元)" * 50_000 + "\n年份 2022 2023\n服务器市场 1 2\n"
    cells = find_table_cells(text)
    assert [(c.year, c.value) for c in cells] == [("2022", 1e8), ("2023", 2e8)]
