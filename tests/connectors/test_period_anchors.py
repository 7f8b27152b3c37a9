"""The period scan skips a pattern when none of its required words occurs in the text
(:func:`connectors.periods._anchor`): that is only sound if every match contains one of them."""

from __future__ import annotations

from datetime import date

import pytest

from connectors.extract import extract_facts
from connectors.periods import _ANCHORS, _PATTERNS, _anchor_in, find_periods
from connectors.textnorm import normalize
from tests.corpus_texts import corpus_texts

SAMPLES = [
    "截至2024年6月30日止的第二财季, FY2024 Q4, Q3 FY25, 2024财年第二财季, fiscal year 2025, 2023-2025年",
    "the quarter ended January 28, 2024; fiscal year ended June 30, 2025; third quarter of fiscal 2025",
    "2023年上半年 1H23 2024年Q1 23年第三季度 Q4 2024 4Q24 fourth quarter of 2024 2024年4月 April 2025",
    "on April 18, 二〇二九年, 24年, in 2025, 2025 capex, 第四季度, 三季报, first half, 本季, last quarter",
    "今年 去年 明年 前年 全年 full-year 未来 over the next five years. This Year, LAST YEAR, FY25Q2",
]


def _texts() -> list[str]:
    return SAMPLES + corpus_texts(normalized=True)


@pytest.mark.parametrize("i", range(len(_PATTERNS)))
def test_every_match_contains_an_anchor(i: int) -> None:
    pat, _ = _PATTERNS[i]
    anchor = _ANCHORS[i]
    if anchor is None:
        pytest.skip("no anchor: the pattern always runs")
    for text in _texts():
        for m in pat.finditer(text):
            assert _anchor_in(anchor, pat.flags, m.group(0)), (pat.pattern, m.group(0), anchor)


def test_skipping_changes_nothing() -> None:
    import connectors.periods as periods

    saved = list(periods._ANCHORS)
    try:
        for text in _texts():
            with_skip = find_periods(text, None)
            periods._ANCHORS[:] = [None] * len(saved)
            without = find_periods(text, None)
            periods._ANCHORS[:] = saved
            assert with_skip == without
    finally:
        periods._ANCHORS[:] = saved


def _spans(ms: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in ms]  # type: ignore[attr-defined]


@pytest.mark.parametrize("i", range(len(_PATTERNS)))
def test_windowed_scan_finds_what_finditer_finds(i: int) -> None:
    from connectors.periods import _WINDOWS, _finditer

    pat, _ = _PATTERNS[i]
    texts = _texts()
    # sparse anchors in long filler (the windowed path) and dense ones (its fall-back to a plain scan)
    texts += ["x" * 700 + t + "y" * 300 for t in SAMPLES]
    texts += ["。".join(SAMPLES) * 40, " ".join(SAMPLES).lower() * 30]
    for text in texts:
        assert _spans(_finditer(pat, text, _ANCHORS[i], _WINDOWS[i])) == _spans(pat.finditer(text)), pat.pattern


def test_the_full_year_after_a_dateline_is_the_fiscal_year_of_the_quarter_reported() -> None:
    # Alibaba's March quarter (上季 = FY2025Q4), a dateline in May, then 全年度計: the fiscal year FY2025, not the
    # dateline's calendar year; a calendar-year company's full year after its dateline keeps the year
    from connectors.textnorm import normalize

    text = normalize("阿里上季經調整多賺22%遜預期\n發佈時間:17:43 2025-05-15 HKT\n\n"
                     "阿里巴巴截至3月底止季度收入2364.5億元,按年上升7%。全年度計,阿里巴巴總收入9963.5億元,升6%。").text
    got = {text[p.start : p.end]: p.period for p in find_periods(text, date(2025, 5, 15), fiscal_end_month=3)}
    assert got["全年"] == "FY2025"
    text = normalize("發佈時間:17:43 2025-05-15 HKT\n\n全年度計,總收入9963.5億元。").text
    assert [p.period for p in find_periods(text, date(2025, 5, 15)) if text[p.start : p.end] == "全年"] == ["2025"]


def test_the_full_year_with_no_period_before_it_is_the_year_of_the_page_s_date() -> None:
    # 中電信:維持全年資本開支預算960億 on a page dated in August, no period named before it: the running year; in the season
    # of annual results (January to April) the full year may be the year just ended, so it stays unknown, as with no date
    from connectors.textnorm import normalize

    text = normalize("中電信:維持全年資本開支預算960億人幣").text
    assert [p.period for p in find_periods(text, date(2024, 8, 20))] == ["2024"]
    assert [p.period for p in find_periods(text, date(2024, 3, 20))] == [None]
    assert [p.period for p in find_periods(text, None)] == [None]


@pytest.mark.parametrize(("text", "period"), [
    ("Cisco delivered $13.8 billion in revenue for its first fiscal quarter of 2025", "FY2025Q1"),
    ("We expect revenue in Q3 of fiscal '25 to be between $115 million and $125 million", "FY2025Q3"),
    ("not included in the guidance provided in Q3’25.", "2025Q3"),
    ("指标2025年中报数据同比变化", "2025H1"),  # 中报: the interim (half-year) report
])
def test_fiscal_quarters_written_with_the_year_after(text: str, period: str) -> None:
    assert [p.period for p in find_periods(text, date(2024, 11, 22))] == [period]


@pytest.mark.parametrize(("text", "period"), [
    ("APAC Data Centre Update: H1 2024", "2024H1"),
    ("an increase of 2.8GW since end of H2 2023.", "2023H2"),
    ("leasing in H1'25 was a record", "2025H1"),
    ("預估2023~24年AI伺服器出貨量", "2023-2024"),  # a span ending in a year with its century cut off
    ("2024-25 年擴張至 457 萬顆", "2024-2025"),
])
def test_a_half_written_before_its_year(text: str, period: str) -> None:
    assert [p.period for p in find_periods(normalize(text).text, date(2026, 1, 5))] == [period]


@pytest.mark.parametrize(("text", "period"), [
    ("Alibaba's FY2Q25 revenue reached RMB 236.5 billion", "FY2025Q2"),
    ("revenue of 4QFY25 rose", "FY2025Q4"),
    ("Broker notes on Alibaba's FY2025 second-quarter results", "FY2025Q2"),
    ("to RMB9,956.5 million (2022: RMB9,325.6 million)", "2022"),  # a bracket opening with a year and a colon
])
def test_a_fiscal_quarters_number_before_its_q_and_a_bracketed_year(text: str, period: str) -> None:
    assert [p.period for p in find_periods(text, date(2024, 11, 20), fiscal_end_month=3)] == [period]


@pytest.mark.parametrize(("text", "period", "kind"), [
    ("2024 年 1 - 6 月营业收入为 17.28 亿元", "2024H1", "half"),  # the months of a half
    ("2025年1-12月营收", "2025", "year"),
    ("2025年1月至9月营收同比增长453.52%", None, "partial"),  # nine months: no period of the contract (P7), no month
])
def test_a_run_of_months_in_a_year(text: str, period: str | None, kind: str) -> None:
    got = [(p.period, p.kind) for p in find_periods(normalize(text).text, date(2025, 11, 1))]
    assert got == [(period, kind)]


@pytest.mark.parametrize(("text", "period"), [
    ("12月营收2724.95亿元", "2024-12"),  # reported: the last December before 2025-11-11
    ("10月营收达3674.73亿元", "2025-10"),
    ("11、12月营收料皆逾3千亿", "2025-12"),  # forecast: the coming December
    ("法人预估台积电11、12月营收将稳居在3千亿元大关之上", "2025-12"),
])
def test_a_month_s_revenue_forecast_is_the_coming_month(text: str, period: str) -> None:
    # a month's revenue with no year is the latest such month by publication, unless a forecast word names it (料, 预估,
    # 将 right after its revenue word or before the month in its clause): then the month to come
    assert [p.period for p in find_periods(text, published=date(2025, 11, 11))] == [period]


def test_a_dateless_page_s_quarter_takes_no_bare_year_named_far_on() -> None:
    # 工业富联第三季度营收…… then, far down a page with no date, 2017年,富士康母公司鸿海……: a backgrounder's year dates no quarter of
    # the report; a quarter named in full anywhere (First quarter 2024) still dates the page's bare ones
    far = "工业富联第三季度营收2431.72亿元。" + "公司业绩亮眼,云计算业务持续增长。" * 30 + "2017年,富士康母公司鸿海开始布局。"
    assert [p.period for p in find_periods(far, published=None) if p.end <= 12] in ([], [None])
    near = "工业富联第三季度营收2431.72亿元。2017年,富士康母公司鸿海开始布局。"
    assert [p.period for p in find_periods(near, published=None) if p.end <= 12] == ["2017Q3"]
    full = "Net sales increased 13% in the first quarter. " + "Operating income rose. " * 30 + "First quarter 2024 results."
    assert next(p.period for p in find_periods(full, published=None)) == "2024Q1"


def test_a_calendar_year_s_quarter_for_a_fiscal_company_is_read_as_written_when_nearer() -> None:
    # 英伟达2023年第四季 on 2024-02-22: the calendar quarter (ended two months before) as written (LABELLING.md P2), not
    # the fiscal FY2023Q4 (ended thirteen months before); 微软2024年第四季 on 2024-07-30 is its fiscal quarter just ended
    text = "英伟达2023年第四季营收来到了221亿美元。"
    assert [p.period for p in find_periods(text, date(2024, 2, 22), fiscal_end_month=1)] == ["2023", "2023Q4"]
    text = "微软2024年第四季营收640亿美元。"
    assert [p.period for p in find_periods(text, date(2024, 7, 30), fiscal_end_month=6)] == ["2024", "FY2024Q4"]


@pytest.mark.parametrize(("text", "period"), [
    ("广达单月营收2,308.35亿元", "2026-01"),  # a page of 2026-02-15: the last month before it
    ("单月合并营收创新高", "2026-01"),
    ("1月单月营收2283亿元", "2026-01"),  # (a month named: that month, read once)
])
def test_a_single_month_s_revenue_naming_no_month_is_the_month_before_the_page(text: str, period: str) -> None:
    # 廣達單月營收2,308.35億元 in a page of 2026-02-15: Taiwan's monthly revenue, reported by the tenth of the next month, of
    # the last month before the page's
    assert [p.period for p in find_periods(text, published=date(2026, 2, 15))] == [period]


def test_an_undated_page_s_relative_words_and_bare_months_take_the_year_a_sentence_pins() -> None:
    # a page with no date: its second sentence names 去年12月 beside 2025全年, so its 去年 is 2025 and its 今年 2026
    # throughout; a month's revenue with no year is the same month named with its year before it
    text = normalize("昨日廣達公告去年12月營收2724.95億元，創下單月新高。緯創12月營收也達2552億元。"
                     "廣達去年12月營收2724.95億元，月增41.2%，2025全年營收2.12兆元。朝向今年規劃的8成目標邁進。").text
    periods = [p.period for p in find_periods(text, None)]
    assert periods == ["2025-12", "2025-12", "2025-12", "2025", "2025", "2026"]  # (2025, 全年, 今年)
    # sentences that disagree pin nothing (去年 is 2025 in one and 2024 in the other): the unpinned words stay undated
    text = normalize("去年12月營收2724.95億元。去年12月營收1億元，2025全年營收2兆元。去年12月營收3億元，2024全年營收1兆元。").text
    assert [p.period for p in find_periods(text, None)] == [None, "2025-12", "2025", "2025", "2024-12", "2024", "2024"]
    # no month named with its year before it: a bare month's revenue has no period
    assert [p.period for p in find_periods(normalize("緯創12月營收也達2552億元。").text, None)] == []


@pytest.mark.parametrize(("text", "period"), [
    ("截至今年中报,公司通算规模达8.2EFLOPS", "2024H1"),  # this year's interim report: its first half
    ("去年半年报显示营收100亿元", "2023H1"),
])
def test_a_relative_year_s_interim_report_is_its_first_half(text: str, period: str) -> None:
    assert period in [p.period for p in find_periods(text, date(2024, 10, 25))]
    assert find_periods("中报价格上涨", date(2024, 10, 25)) == []  # (a quoted price, no report)


def test_a_bare_half_in_a_calendar_context_for_a_fiscal_company_is_put_in_its_calendar_only_where_it_maps() -> None:
    # LABELLING.md P2: Alibaba's year ends in March, its halves straddle the calendar's: the calendar half as written;
    # Microsoft's ends in June, so January to June is its fiscal second half
    text = "Capital spending in the first half of 2024. The company's capex in the first half totalled Rmb23bn."
    assert [p.period for p in find_periods(text, date(2024, 8, 26), fiscal_end_month=3)] == ["2024H1", "2024H1"]
    assert [p.period for p in find_periods(text, date(2024, 8, 26), fiscal_end_month=6)] == ["2024H1", "FY2024H2"]


def test_a_quarter_ended_on_a_day_with_no_year_is_the_last_such_quarter_before_the_publication() -> None:
    # the three months ended September 30 on a page of 2025-11-01: 2025Q3 (Meta's calendar); the quarter ended October 27
    # on the same page: Nvidia's FY2026Q3; with no date the page's own context dates it (no period from the words)
    got = [f.period for f in extract_facts("Meta's capex in the three months ended September 30 was $19.4 billion.",
                                           published=date(2025, 11, 1))]
    assert got == ["2025Q3"]
    got = [f.period for f in extract_facts("Nvidia's revenue for the quarter ended October 27 was $35.1 billion.",
                                           published=date(2025, 11, 1))]
    assert got == ["FY2026Q3"]


def test_a_quarter_named_by_its_first_and_last_month_in_english() -> None:
    # for the April–June period on a page of 2025-07-24: 2025Q2; the October-December quarter of 2024, Microsoft's: FY2025Q2
    got = [f.period for f in extract_facts("SK hynix reported revenue of 22.23 trillion won for the April–June period.",
                                           published=date(2025, 7, 24))]
    assert got == ["2025Q2"]
    got = [f.period for f in extract_facts("Microsoft's capex in the October-December quarter of 2024 was $22.6 billion.",
                                           published=date(2025, 7, 24))]
    assert got == ["FY2025Q2"]


def test_a_span_stated_with_both_ends_keeps_them_before_its_count_of_years() -> None:
    # 2022年至2024年三年间……年均复合增长率: 2022-2024 (LABELLING.md P9: both ends stated), not three years back from 2024
    got = [f.period for f in extract_facts("沐曦2022年至2024年三年间营收年均复合增长率高达4074.52%。", published=date(2025, 6, 30))]
    assert got == ["2022-2024"]


def test_a_quarter_named_by_its_month_is_the_calendar_quarter_through_a_fiscal_calendar() -> None:
    # 微軟截至12月的季度 on a page of 2025-02-24: October-December 2024, Microsoft's FY2025Q2 (not its fiscal fourth quarter);
    # Alibaba's June quarter on a page of 2025-11-20: April-June 2025, its FY2026Q1 (LABELLING.md P2)
    got = [f.period for f in extract_facts("微軟截至12月的季度營收年增12%。", published=date(2025, 2, 24))]
    assert got == ["FY2025Q2"]
    got = [f.period for f in extract_facts("Alibaba's capex in the June quarter was RMB 38.6 billion.", published=date(2025, 11, 20))]
    assert got == ["FY2026Q1"]


def test_this_quarter_after_the_day_it_ended_is_that_quarter() -> None:
    # 截至6月30日止,騰訊本季收入按年增長15% on a page of 2025-08-20: the quarter ended June 30 (2025Q2), not the one running
    # at publication (LABELLING.md P3 looks past a reported quarter only where none is named)
    got = [f.period for f in extract_facts("截至6月30日止,騰訊本季收入按年增長15%至1845億元。", published=date(2025, 8, 20))]
    assert got == ["2025Q2", "2025Q2"]


def test_a_level_a_span_led_to_takes_the_time_named_as_of() -> None:
    # nearly doubling over the past 12 months to 5.8 gigawatts (GW), as of the second quarter of 2025: the span before
    # has no period of its own (P7), the "as of" after the figure dates the level (AS_OF_THE_BEFORE)
    got = [(f.metric, f.period) for f in extract_facts(
        "Johor's aggregate supply nearly doubled over the past 12 months to 5.8 gigawatts (GW), as of the second quarter "
        "of 2025.", published=date(2025, 9, 1))]
    assert got == [("datacenter_power", "2025Q2")]


def test_an_amount_over_a_span_named_right_after_it_takes_the_span() -> None:
    # Nearly 100 GW of new data centers will be added between 2026 and 2030: the span after the amount (a period head
    # "between … and …", periods.py's span)
    got = [(f.metric, f.period) for f in extract_facts(
        "Nearly 100 GW of new data centers will be added between 2026 and 2030.", published=date(2025, 9, 1))]
    assert got == [("datacenter_power", "2026-2030")]


def test_the_quarter_a_growth_is_compared_to_is_the_base_s() -> None:
    # an increase of 79.1% compared to the third quarter of 2024 (periods._COMPARED: "compared to the …"): the base's
    # quarter, the growth is of the quarter the release reports on
    text = ("TITLE: Server market revenue in the third quarter of 2025\n\n"
            "The server market grew strongly in the third quarter of 2025. The United States is the fastest growing region "
            "with an increase of 79.1% compared to the third quarter of 2024.")
    got = [(f.value, f.period) for f in extract_facts(text, published=date(2025, 12, 11)) if f.value == 79.1]
    assert got == [(79.1, "2025Q3")]


def test_a_forecast_s_horizon_does_not_date_an_undated_page_s_quarter() -> None:
    # Broadcom reported first-quarter revenue … It projects … by 2027 (periods._HORIZON): no date, no year of the page —
    # the bare quarter stays undated (LABELLING.md P5), not FY2027Q1
    got = [(f.metric, f.period) for f in extract_facts(
        "Broadcom reported first-quarter revenue of $14.92 billion. It projects AI semiconductor revenue of $60 billion to "
        "$90 billion by 2027.")]
    assert got == [("revenue", None), ("datacenter_revenue", "2027")]


def test_a_split_fiscal_year_between_the_ordinal_and_quarter() -> None:
    # Revenues in its third fiscal 2025/26 quarter (periods: a split fiscal year named by its later year): FY2026Q3
    got = [f.period for f in extract_facts(
        "Revenues in its third fiscal 2025/26 quarter, ended December 31, were $22 billion, 18 percent higher than a year ago.",
        published=date(2026, 2, 13))]
    assert got == ["FY2026Q3", "FY2026Q3"]


def test_the_quarter_ending_a_day_to_come_is_the_running_one() -> None:
    # sales will be US$7.4 billion to US$7.8 billion in the quarter ending July 31, on 2024-06-04 (periods: "ending" looks
    # ahead to the first such day within a quarter and a month): HPE's FY2024Q3, not the quarter that ended a year before
    got = [f.period for f in extract_facts(
        "HPE said sales will be US$7.4 billion to US$7.8 billion in the quarter ending July 31.", published=date(2024, 6, 4))]
    assert got == ["FY2024Q3"]


def test_the_day_a_period_starts_is_no_publication_date() -> None:
    # _PERIOD_START_DAY: a quarterly report's heads (由2025年7月1日 … 至2025年9月30日期间) name when its periods start and end;
    # the page comes after the period, so the start is no day of the page (the end still dates it, as before)
    from connectors.periods import find_published

    text = "中国移动有限公司\n主要会计数据\n由2025年1月1日 由2024年1月1日\n由2025年7月1日 由2024年7月1日 至2025年9月30日 至2024年9月30日\n"
    assert find_published(text) == date(2025, 9, 30)
    assert find_published("Results for the period from January 1, 2025 to June 30, 2025\n") == date(2025, 6, 30)
