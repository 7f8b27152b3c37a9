"""Results tables flattened into text (connectors/results_tables.py) and the facts read from them."""

from __future__ import annotations

from datetime import date

import pytest

from connectors.extract import extract_facts
from connectors.results_tables import find_pipe_cells, find_result_cells, find_unit_rows

TABLE = (
    "AMD's key numbers\n\n"
    "Metric Q2 2022 Q2 2023 Change \n"
    "Revenue $6.55 billion  $5.36 billion (18%)\n"
    "GAAP operating income $526 million ($20 million)\n"
    "GAAP net income $447 million $27 million (94%)\n\n"
    "Data source: AMD.\n\n"
    "Segment Q2 2023 Revenue Change YOY Change QOQ\n"
    "Data center $1.32 billion (11%) 2%\n"
    "Gaming  $1.58 billion (4%) (10%)\n"
    "Total $5.36 billion (18%) Flat \n\n"
    "Data source: AMD. YOY = year over year.\n"
)


def test_the_cells_of_a_results_table_and_their_columns() -> None:
    cells = [(TABLE[c.start : c.end], c.column, TABLE[c.head_start : c.head_end], TABLE[c.label_start : c.label_end],
              c.negative) for c in find_result_cells(TABLE)]
    assert cells[:3] == [("$6.55 billion", "period", "Q2 2022", "Revenue", False),
                         ("$5.36 billion", "period", "Q2 2023", "Revenue", False),
                         ("(18%)", "change", "Change", "Revenue", True)]
    # a row with fewer cells than heads (a loss and no change) is no row of figures; Flat is no figure
    assert not any(label == "GAAP operating income" for *_, label, _ in cells)
    assert ("(10%)", "qoq", "Change QOQ", "Gaming", True) in cells
    assert [c for c in cells if c[3] == "Total"] == [("$5.36 billion", "period", "Q2 2023 Revenue", "Total", False),
                                                     ("(18%)", "yoy", "Change YOY", "Total", True)]


def test_the_facts_of_a_results_table() -> None:
    text = "TITLE: AMD Q2 2023 earnings: AMD beats estimates\n\n" + TABLE
    got = {(f.metric, f.value, f.period, f.of) for f in extract_facts(text, published=date(2023, 8, 2)) if f.entity == "AMD"}
    assert got == {
        ("revenue", 6.55e9, "2022Q2", None), ("revenue", 5.36e9, "2023Q2", None),
        ("yoy_growth", -18.0, "2023Q2", "revenue"),  # a bare Change between the same quarter of two years
        ("datacenter_revenue", 1.32e9, "2023Q2", None), ("yoy_growth", -11.0, "2023Q2", "datacenter_revenue"),
        ("revenue", 1.58e9, "2023Q2", None), ("yoy_growth", -4.0, "2023Q2", "revenue"),
        # (the quarter-on-quarter column, the income rows: no facts)
    }


def test_a_sentence_that_looks_like_a_header_is_no_table() -> None:
    text = "Segment revenue in Q2 2023 was up. Data center $1.32 billion 11% 2%\n"
    assert find_result_cells(text) == []


def test_a_pipe_table_flattened_onto_one_line() -> None:
    # a broker note's financial summary, its rows run on one line after prose: |指标|2022A|2023A| |----|----| |…|
    text = "财务指标 |指标|2022A|2023E| |----|----|----| |营业总收入(百万元)|511,850|476,340| |增长率YoY %|16.4%|-6.9%|"
    cells = find_pipe_cells(text)
    assert [(text[c.label_start : c.label_end], text[c.head_start : c.head_end], text[c.start : c.end]) for c in cells] == [
        ("营业总收入(百万元)", "2022A", "511,850"), ("营业总收入(百万元)", "2023E", "476,340"),
        ("增长率YoY %", "2022A", "16.4%"), ("增长率YoY %", "2023E", "-6.9%")]


def test_a_pipe_table_of_year_on_year_changes_alone() -> None:
    # | Metric | YoY Change | Reason |: no period column; each change is the figure its cell opens with, of the row's
    # metric, in the quarter the page reports on (a row naming no metric of the vocabulary makes no fact)
    text = ("TITLE: Arista Networks Q3 2024 earnings summary\n\nArista Networks reported its Q3 2024 results.\n"
            "Metric | YoY Change | Reason |\n---|---|---|\n"
            "Total Revenue | +20% from $1,509.50M to $1,810.94M | Driven by strong product demand. |\n"
            "Product | +19% | Reflects robust demand. |\n")
    cells = find_pipe_cells(text)
    assert [(text[c.start : c.end], c.column) for c in cells] == [("+20%", "yoy"), ("+19%", "yoy")]
    got = [(f.metric, f.value, f.period, f.of) for f in extract_facts(text)]
    assert got == [("yoy_growth", 20.0, "2024Q3", "revenue")]


def test_a_pipe_table_of_companies_whose_heads_name_the_metric() -> None:
    # | 公司 | 2025 年资本支出 | 2026 年计划 | 增幅 | (WORDED_PERIOD_HEAD, WORDED_YOY_HEAD; CELL_ZH): each row its company's, the metric
    # the heads name (not the segment in the row's label, Azure), the growth of the last period column on the first
    text = ("四大巨头的资本支出\n| 公司 | 2025 年资本支出 | 2026 年计划 | 增幅 |\n|---|---|---|---|\n"
            "| 微软(Azure) | 880 亿美元 | 1400 亿美元 | +59% |\n| Meta | 720 亿美元 | 1250 亿美元 | +74% |\n")
    cells = find_pipe_cells(text)
    assert [(text[c.start : c.end], c.column) for c in cells][:3] == [("880 亿美元", "period"), ("1400 亿美元", "period"),
                                                                       ("+59%", "yoy")]
    got = [(f.metric, f.value, f.period, f.entity, f.of) for f in extract_facts(text, published=date(2026, 2, 15))]
    assert got == [("capex", 8.8e10, "2025", "Microsoft", None), ("capex", 1.4e11, "2026", "Microsoft", None),
                   ("yoy_growth", 59.0, "2026", "Microsoft", "capex"), ("capex", 7.2e10, "2025", "Meta", None),
                   ("capex", 1.25e11, "2026", "Meta", None), ("yoy_growth", 74.0, "2026", "Meta", "capex")]


def test_an_english_pipe_table_of_companies_and_their_capex() -> None:
    # | Company | 2025 Capex | 2026 Capex | Growth |: the heads' metric, each row's company
    text = ("| Company | 2025 Capex | 2026 Capex | Growth |\n|---|---|---|---|\n| Meta | $72B | $125B | +74% |\n")
    got = [(f.metric, f.value, f.period, f.entity) for f in extract_facts(text, published=date(2026, 2, 15))]
    assert got == [("capex", 7.2e10, "2025", "Meta"), ("capex", 1.25e11, "2026", "Meta"), ("yoy_growth", 74.0, "2026", "Meta")]


def test_rows_under_a_unit_line_are_read_in_threes_checked_by_their_arithmetic() -> None:
    # find_unit_rows: a quarterly report turned to text, its heads broken over lines; 2,509 over 2,447 is +2.5% as printed,
    # so the first is the period reported; a change the two amounts do not make (2,509 and 2,447 with 9.9%) is no row of it
    text = ("由2025年7月1日 由2024年7月1日\n(单位:人民币亿元) 期间 期间 变化\n营业收入 2,509 2,447 2.5% 7,947 7,915 0.4%\n"
            "利润总额 397 394 0.9%\n其他 2,509 2,447 9.9%\n")
    got = [(text[c.start : c.end], c.role, c.group, c.scale, c.unit) for c in find_unit_rows(text)]
    assert got[:6] == [("2,509", "current", 0, 1e8, "CNY"), ("2,447", "prior", 0, 1e8, "CNY"), ("2.5%", "change", 0, 1e8, "CNY"),
                       ("7,947", "current", 1, 1e8, "CNY"), ("7,915", "prior", 1, 1e8, "CNY"), ("0.4%", "change", 1, 1e8, "CNY")]
    assert [text[c.start : c.end] for c in find_unit_rows(text)][6:] == ["397", "394", "0.9%"]
    # the year before printed first: the arithmetic says which is which; a release's dollars with the sign set apart
    text = "(in millions, except percentages)\nRevenue $ 40,111 $ 48,385 21 %\n"
    got = [(text[c.start : c.end], c.role, c.unit) for c in find_unit_rows(text)]
    assert got == [("$ 48,385", "current", "USD"), ("$ 40,111", "prior", "USD"), ("21 %", "change", "USD")]
    assert find_unit_rows("营业收入 2,509 2,447 2.5%\n") == []  # (no unit line: no such table)


def test_a_quarterly_report_s_rows_under_a_unit_line_become_the_company_s_facts() -> None:
    # unit_row_value: revenue of the reported quarter and the year before, its growth; the nine months' columns with no
    # period (LABELLING.md P7); a residual line (其他业务收入) and profit are no facts
    text = ("TITLE: 中国移动:2025年第三季度报告 主要财务数据\n\n中国移动有限公司2025年第三季度报告。\n主要会计数据\n"
            "(单位:人民币亿元) 期间 期间 变化\n营业收入 2,509 2,447 2.5% 7,947 7,915 0.4%\n"
            "其他业务收入 347 303 14.8% 1,115 1,134 -1.7%\n利润总额 397 394 0.9% 1,468 1,425 3.0%\n")
    got = sorted((f.metric, f.value, f.period or "", f.entity) for f in extract_facts(text))
    assert got == sorted([("revenue", 2.509e11, "2025Q3", "China Mobile"), ("revenue", 2.447e11, "2024Q3", "China Mobile"),
                          ("yoy_growth", 2.5, "2025Q3", "China Mobile"), ("revenue", 7.947e11, "", "China Mobile"),
                          ("revenue", 7.915e11, "", "China Mobile"), ("yoy_growth", 0.4, "", "China Mobile")])


def test_a_table_printed_a_cell_a_line_is_read_as_its_rows() -> None:
    # _cell_line_rows: a press release's summary table broken at every cell (財務摘要(人民幣: 億元) | ¶ 2024 | ¶ 2025 | ¶ 按年變化 |
    # ¶ 營業收入 | ¶ 3,895.89 | …): the caption's unit scales the bare amounts, the years head the columns, the change is the
    # last year's growth; profit is no row of the vocabulary
    text = ("TITLE: 中國聯通公布2025年度業績\n\n要點:\n財務摘要(人民幣: 億元) |\n2024 |\n2025 |\n按年變化 |\n營業收入 |\n3,895.89 |\n"
            "3,922.23 |\n0.7 % |\n純利 |\n206.13 |\n208.16 |\n1.0 % |\n中國聯通今天公布2025年度業績。")
    got = sorted((f.metric, round(f.value, 2), f.period or "", f.entity) for f in extract_facts(text))
    assert got == sorted([("revenue", 3.8958900e11, "2024", "China Unicom"),
                          ("revenue", 3.92223e11, "2025", "China Unicom"), ("yoy_growth", 0.7, "2025", "China Unicom")])
    cells = find_pipe_cells(text)
    assert [(text[c.start : c.end], c.column, c.unit) for c in cells][:3] == [("3,895.89", "period", "CNY"),
                                                                            ("3,922.23", "period", "CNY"),
                                                                            ("0.7 %", "yoy", "CNY")]


def test_a_page_of_endless_cell_lines_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # _pipe_rows: lines of one cell each that make no table are passed over as one run, at most CELL_LINE_RUN lines (a run
    # read from every line would be CELL_LINE_RUN times the work: quadratic-like on a page of them)
    import connectors.results_tables as rt

    runs: list[int] = []
    real = rt._cell_line_rows

    def counted(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
        runs.append(len(lines))
        return real(text, lines)

    monkeypatch.setattr(rt, "_cell_line_rows", counted)
    assert find_result_cells("a |\n" * 20000) == []
    assert 0 < len(runs) <= 20000 // rt.CELL_LINE_RUN + 1


def test_a_statement_a_cell_a_line_under_its_unit_is_read_through_its_heads() -> None:
    # find_unit_rows as a stream of labels and cells: a release's statement printed a cell a line (Dell's) or with blank
    # lines between (Meta's); Three Months Ended is the quarter reported, Twelve Months Ended its year, Nine Months none (P7)
    dell = ("TITLE: Dell Technologies delivers third quarter fiscal 2024 financial results\n\nThird Quarter Fiscal 2024 "
            "Financial Results\nThree Months Ended |\nNine Months Ended |\n||||||||||\n|\nChange |\n"
            "(in millions, except per share amounts and percentages; unaudited) |\n|||||||||||\nNet revenue |\n$ 22,251 |\n"
            "$ 24,721 |\n(10) % |\n$ 66,107 |\n$ 77,262 |\n(14) % |\n|||||\nOperating income |\n$ 1,486 |\n$ 1,762 |\n(16) % |\n")
    got = sorted((f.metric, round(f.value, 2), f.period or "") for f in extract_facts(dell))
    assert got == sorted([("revenue", 2.2251e10, "FY2024Q3"), ("revenue", 2.4721e10, "FY2023Q3"), ("yoy_growth", -10.0, "FY2024Q3"),
                          ("revenue", 6.6107e10, ""), ("revenue", 7.7262e10, ""), ("yoy_growth", -14.0, "")])
    meta = ("TITLE: Meta reports fourth quarter and full year 2024 results\n\nThree Months Ended December 31,\n\n% Change\n\n"
            "Twelve Months Ended December 31,\n\n% Change In millions, except percentages and per share amounts 2024\n\n2023\n\n"
            "Revenue $ 48,385\n\n$ 40,111\n\n21 %\n\n$ 164,501\n\n$ 134,902\n\n22 % Costs and expenses 25,020\n\n23,727\n\n5 %\n")
    got = sorted((f.metric, round(f.value, 2), f.period or "") for f in extract_facts(meta) if f.metric == "revenue")
    assert got == sorted([("revenue", 4.8385e10, "2024Q4"), ("revenue", 4.0111e10, "2023Q4"), ("revenue", 1.64501e11, "2024"),
                          ("revenue", 1.34902e11, "2023")])


QUARTERS = (
    "Stack Micron's last four quarters side by side:\n\n"
    "Q4 FY25 Q1 FY26 Q2 FY26 Q3 FY26 Q4 FY26 guide\n"
    "Revenue ($B) 11.3 13.6 23.9 41.5 50.0 (mid)\n"
    "Revenue QoQ +20.6% +74.9% +73.7% +20.6%\n"
    "Revenue YoY +56.7% +196.3% +345.7% +341.9%\n"
    "Gross margin 45.7% 56.8% 74.9% 84.9% ~86%\n\n"
    "Read the bottom rows, not the top.\n"
)


def test_a_table_headed_by_quarters_alone_with_change_rows_one_cell_short() -> None:
    # no word heads the label column; the unit is in the row's label ($B); a change row has no cell under the first
    # quarter (its change needs the quarter before), so its cells stand under the last four; the last head is guidance
    cells = [(QUARTERS[c.start : c.end], QUARTERS[c.head_start : c.head_end], QUARTERS[c.label_start : c.label_end])
             for c in find_result_cells(QUARTERS)]
    assert cells[:5] == [("11.3", "Q4 FY25", "Revenue ($B)"), ("13.6", "Q1 FY26", "Revenue ($B)"),
                         ("23.9", "Q2 FY26", "Revenue ($B)"), ("41.5", "Q3 FY26", "Revenue ($B)"),
                         ("50.0", "Q4 FY26", "Revenue ($B)")]
    assert ("+56.7%", "Q1 FY26", "Revenue YoY") in cells and ("+341.9%", "Q4 FY26", "Revenue YoY") in cells
    got = sorted((f.metric, f.value, f.period, f.basis) for f in extract_facts(QUARTERS))
    assert got == [("revenue", 11.3e9, "FY2025Q4", "actual"), ("revenue", 13.6e9, "FY2026Q1", "actual"),
                   ("revenue", 23.9e9, "FY2026Q2", "actual"), ("revenue", 41.5e9, "FY2026Q3", "actual"),
                   ("revenue", 50e9, "FY2026Q4", "forecast"), ("yoy_growth", 56.7, "FY2026Q1", "actual"),
                   ("yoy_growth", 196.3, "FY2026Q2", "actual"), ("yoy_growth", 341.9, "FY2026Q4", "forecast"),
                   ("yoy_growth", 345.7, "FY2026Q3", "actual")]
    # (a line of bare years is connectors.tables' market table, not a results table's header)
    assert find_result_cells("2023 2024 2025 2026\nRevenue ($B) 1.0 2.0 3.0 4.0 YoY\n") == []
