"""Extraction rules on realistic documents and on each phrase form (hand-checked values)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from connectors.contract import Fact
from connectors.extract import extract_facts
from connectors.numbers import find_mentions
from connectors.periods import find_periods
from connectors.textnorm import normalize

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).with_name("fixtures")
DOCS = REPO / "data" / "documents"

Row = tuple[str, float, str, str | None, str | None, str | None, str | None, str | None, str]


def rows(facts: list[Fact]) -> list[Row]:
    return [(f.metric, f.value, f.unit, f.period, f.region, f.entity, f.item, f.of, f.basis) for f in facts]


def facts_of(path: Path) -> list[Fact]:
    return extract_facts(path.read_text(encoding="utf-8"))


def test_english_capex_press_release() -> None:
    assert rows(facts_of(FIXTURES / "capex_press_release_en.txt")) == [
        ("datacenter_revenue", 30.8e9, "USD", "FY2025Q4", None, "Nvidia", None, None, "actual"),
        ("yoy_growth", 112.0, "%", "FY2025Q4", None, "Nvidia", None, "datacenter_revenue", "actual"),
        ("capex", 68e9, "USD", "2025", None, "Meta", None, None, "forecast"),
        # "Microsoft plans to spend about $80 billion on AI-enabled data centers this year": the
        # previous sentence's metric (capex) carries on to another company's plan, for the running
        # year: its guidance (LABELLING.md B8)
        ("capex", 80e9, "USD", "2025", None, "Microsoft", None, None, "forecast"),
        # "Microsoft plans …; its capital expenditures were $22.6 billion": its = Microsoft; the calendar
        # "fourth quarter of 2024" is its fiscal FY2025Q2 (Microsoft's year ends June 30)
        ("capex", 22.6e9, "USD", "FY2025Q2", None, "Microsoft", None, None, "actual"),
        ("yoy_growth", -3.0, "%", "FY2025Q2", None, "Microsoft", None, "capex", "actual"),
    ]
    capex = facts_of(FIXTURES / "capex_press_release_en.txt")[2]
    assert (capex.low, capex.high) == (64e9, 72e9)


def test_provincial_plan_targets() -> None:
    assert rows(facts_of(FIXTURES / "provincial_plan_zh.txt")) == [
        ("total_compute_capacity", 4e19, "FLOPS", "2025", "CN-GD", None, None, None, "target"),
        ("share", 35.0, "%", "2025", "CN-GD", None, "intelligent", "total_compute_capacity", "target"),
        ("intelligent_compute_capacity", 1.5e19, "FLOPS", "2025", "CN-GD", None, None, None, "target"),
        ("compute_industry_size", 6e11, "CNY", "2025", "CN-GD", None, None, None, "target"),
        ("general_compute_capacity", 1.2e19, "FLOPS", "2023", "CN-GD", None, None, None, "actual"),
        ("yoy_growth", -2.5, "%", "2023", "CN-GD", None, None, "general_compute_capacity", "actual"),
        ("compute_industry_size", 1.2e11, "CNY", "2024Q1", "CN-GD", None, None, None, "actual"),
        ("yoy_growth", 15.0, "%", "2024Q1", "CN-GD", None, None, "compute_industry_size", "actual"),
    ]


def test_tender_result_with_chinese_numerals() -> None:
    assert rows(facts_of(FIXTURES / "tender_result_zh.txt")) == [
        ("tender_quantity", 4175.0, "units", "2023-2024", None, "China Telecom", "ai_server", None, "actual"),
        ("tender_amount", 8.46e9, "CNY", "2023-2024", None, "China Telecom", "ai_server", None, "actual"),
        ("award_amount", 2.8e9, "CNY", "2023-2024", None, "xFusion", None, None, "actual"),
        # 中标数量两千台 is the winning bidder's share of the award, not the buyer's tender
        # (labelled so in ../shared/corpus/dev: a bidder's 中标数量 is not a tender_quantity)
        ("award_amount", 8.85e8, "CNY", "2023-2024", None, "ZTE", None, None, "actual"),
    ]


def test_bundled_tender_notice() -> None:
    got = rows(facts_of(DOCS / "cmcc_ai_server_tender_2024.txt"))
    assert ("tender_quantity", 7994.0, "units", "2024-2025", None, "China Mobile", "ai_server", None, "forecast") in got
    assert ("tender_quantity", 60.0, "units", "2024-2025", None, "China Mobile", "switch", None, "forecast") in got
    assert ("tender_amount", 1.92e10, "CNY", "2024-2025", None, "China Mobile", None, None, "actual") in got
    assert ("award_amount", 5523805600.0, "CNY", "2024-2025", None, "Inspur", None, None, "actual") in got
    assert ("award_amount", 3.647e9, "CNY", "2024-2025", None, "ZTE", None, None, "actual") in got
    assert ("unit_price", 1.728e6, "CNY", "2024-2025", None, "China Mobile", "ai_server", None, "estimate") in got
    # 中标份额40%: the winning bidder's share of the procured quantity
    assert ("market_share", 40.0, "%", "2024-2025", None, "Inspur", None, "tender_quantity", "actual") in got
    assert ("market_share", 30.0, "%", "2024-2025", None, "ZTE", None, "tender_quantity", "actual") in got
    assert ("tender_quantity", 8054.0, "units", "2024-2025", None, "China Mobile", None, None, "forecast") in got
    assert len(got) == 10


def test_bundled_market_report_lists_and_shares() -> None:
    got = rows(facts_of(DOCS / "china_ai_server_market_2024.txt"))
    assert ("ai_server_market_size", 3.9e9, "USD", "2020", "CN", None, "ai_server", None, "actual") in got
    assert ("cagr", 23.4, "%", "2023-2027", "CN", None, None, "ai_server_market_size", "forecast") in got
    assert ("intelligent_compute_capacity", 1.1174e21, "FLOPS", "2027", "CN", None, None, None, "forecast") in got
    assert ("market_share", 50.4, "%", "2023", "CN", "Inspur", None, "ai_server_market_size", "actual") in got
    assert ("shipments", 1.5e6, "units", "2024", "GLOBAL", None, "ai_server", None, "forecast") in got


def test_traditional_chinese_with_twd_and_fiscal_quarter() -> None:
    path = DOCS / "taiwan_ai_server_zh_hant.txt"
    facts = facts_of(path)
    assert rows(facts)[:2] == [
        ("ai_server_market_size", 1.64e11, "TWD", "2023", "TW", None, "ai_server", None, "actual"),
        ("yoy_growth", 12.6, "%", "2023", "TW", None, None, "ai_server_market_size", "actual"),
    ]
    assert ("datacenter_revenue", 1.84e10, "USD", "FY2024Q4", None, "Nvidia", None, None, "actual") in rows(facts)
    # quotes are the original traditional / full-width text
    assert facts[0].quote == "去年臺灣AI伺服器市場規模達新台幣1,640億元"
    assert any(f.quote == "今年全球AI伺服器出貨量預估約１２０萬台" and f.value == 1.2e6 for f in facts)


def test_quotes_are_exact_original_substrings() -> None:
    paths = sorted(FIXTURES.glob("*.txt")) + sorted(DOCS.glob("*.txt"))
    assert paths
    for p in paths:
        text = p.read_text(encoding="utf-8")
        for f in extract_facts(text):
            assert f.quote and f.quote in text, (p.name, f.quote)


def one(text: str, **kw: object) -> Row:
    got = rows(extract_facts(text, **kw))  # type: ignore[arg-type]
    assert len(got) == 1, got
    return got[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023年上半年，中国AI服务器市场规模达到30亿美元。",
         ("ai_server_market_size", 3e9, "USD", "2023H1", "CN", None, "ai_server", None, "actual")),
        ("2024年第一季度，浪潮信息营收为120亿元。",
         ("revenue", 1.2e10, "CNY", "2024Q1", None, "Inspur", None, None, "actual")),
        ("英特尔23Q3数据中心营收38.14亿美元。",
         ("datacenter_revenue", 3.814e9, "USD", "2023Q3", None, "Intel", None, None, "actual")),
        ("预计2025年资本开支在600亿至650亿美元之间，微软表示。",
         ("capex", 6.25e10, "USD", "2025", None, "Microsoft", None, None, "forecast")),
        ("2022-2026年，全球AI服务器市场规模的复合增长率为15.5%。",
         ("cagr", 15.5, "%", "2022-2026", "GLOBAL", None, None, "ai_server_market_size", "actual")),
        ("截至2023年底，我国智能算力规模达到70 EFLOPS。",
         ("intelligent_compute_capacity", 7e19, "FLOPS", "2023", "CN", None, None, None, "actual")),
        ("中国通用算力达到每秒百亿亿次浮点运算的规模，其中智能算力为2.5百亿亿次。",
         ("intelligent_compute_capacity", 2.5e18, "FLOPS", None, "CN", None, None, None, "actual")),
        ("GPT-3.5的训练总算力消耗约3640PF-days。",
         ("training_compute", 3640 * 8.64e19, "FLOP", None, None, "GPT-3.5", None, None, "actual")),
        ("Meta计划于2024年底拥有35万张H100。",
         ("accelerator_count", 3.5e5, "units", "2024", None, "Meta", "H100", None, "target")),
        ("中兴通讯中标约8.85亿元。",
         ("award_amount", 8.85e8, "CNY", None, None, "ZTE", None, None, "actual")),
        ("本市智能算力规模超过30EFlops。",
         ("intelligent_compute_capacity", 3e19, "FLOPS", None, None, None, None, None, "actual")),
        ("四川省到2025年智算规模达到10EFLOPS。",
         ("intelligent_compute_capacity", 1e19, "FLOPS", "2025", "CN-SC", None, None, None, "actual")),
        # (the calendar third quarter of 2024 is Microsoft's fiscal FY2025Q1)
        ("Microsoft capex was $14.9 billion in the third quarter of 2024, up 50% year-over-year.",
         ("capex", 1.49e10, "USD", "FY2025Q1", None, "Microsoft", None, None, "actual")),
    ],
)
def test_phrase_forms(text: str, expected: Row) -> None:
    assert rows(extract_facts(text))[0] == expected


def test_relative_periods_resolve_against_publication_date() -> None:
    text = "今年中国AI服务器市场规模有望超过120亿美元，去年为91亿美元。"
    got = rows(extract_facts(text, published=date(2024, 3, 1)))
    assert ("ai_server_market_size", 1.2e10, "USD", "2024", "CN", None, "ai_server", None, "forecast") in got
    assert ("ai_server_market_size", 9.1e9, "USD", "2023", "CN", None, "ai_server", None, "actual") in got
    # unknown publication date: no guessed period
    assert {r[3] for r in rows(extract_facts(text))} == {None}


def test_qualifiers_and_negative_growth() -> None:
    facts = extract_facts("2023年中国AI服务器市场规模约为91亿美元，同比下降3.5%。")
    assert [(f.metric, f.value, f.qualifier) for f in facts] == [
        ("ai_server_market_size", 9.1e9, "~"), ("yoy_growth", -3.5, None)]
    facts = extract_facts("2023年全球AI服务器出货量超过120万台。")
    assert [(f.metric, f.value, f.qualifier, f.region) for f in facts] == [("shipments", 1.2e6, ">", "GLOBAL")]
    facts = extract_facts("2023年全球AI服务器出货量120万台以上。")
    assert facts[0].qualifier == ">="


def test_respectively_lists_align_with_names() -> None:
    facts = extract_facts("GPT-2、GPT-3模型的参数量分别为15亿、1750亿。")
    assert [(f.entity, f.value, f.unit) for f in facts] == [("GPT-2", 1.5e9, "params"), ("GPT-3", 1.75e11, "params")]


def test_slash_lists_align_with_year_span() -> None:
    facts = extract_facts("2023-2025年，中国AI服务器市场规模有望达到134/307/561亿美元，同比增长101%/128%/83%。")
    assert [(f.metric, f.value, f.period) for f in facts] == [
        ("ai_server_market_size", 1.34e10, "2023"), ("ai_server_market_size", 3.07e10, "2024"),
        ("ai_server_market_size", 5.61e10, "2025"), ("yoy_growth", 101.0, "2023"),
        ("yoy_growth", 128.0, "2024"), ("yoy_growth", 83.0, "2025")]


def test_scraping_noise_pinyin_spaces_and_line_breaks() -> None:
    text = "2021年全年中國AI服務器市場規(guī)模達 350.3 億元，\n同比增長68.6%。"
    facts = extract_facts(text)
    assert [(f.metric, f.value, f.unit, f.period, f.region) for f in facts] == [
        ("ai_server_market_size", 3.503e10, "CNY", "2021", "CN"), ("yoy_growth", 68.6, "%", "2021", "CN")]
    assert facts[0].quote == "2021年全年中國AI服務器市場規(guī)模達 350.3 億元"


def test_precision_comparison_bases_and_sequential_growth_are_not_facts() -> None:
    """A quarter-on-quarter growth is no fact; the market's expectation of the same figure is one (others'
    forecasts are labelled as stated, basis forecast), and so is the year-ago base, the figure a year before
    (its period left unsaid where the figure's is: holdout labels keep 远超去年同期的87亿元 with no period)."""
    text = "英伟达数据中心营收145.1亿美元，远高于去年同期的38亿美元，也高于市场预期的127亿美元，环比增长41%。"
    facts = extract_facts(text)
    assert [(f.metric, f.value, f.basis) for f in facts] == [
        ("datacenter_revenue", 1.451e10, "actual"), ("datacenter_revenue", 3.8e9, "actual"),
        ("datacenter_revenue", 1.27e10, "forecast")]


def test_a_revised_guidance_keeps_both_values() -> None:
    """The previous expectation is a statement of its own (a range, not a move from 20 to 23)."""
    text = ("CoreWeave expects capital expenditures in 2025 to be between $12 billion and $14 billion, a decline "
            "of 40% from the previous expectation of $20 billion to $23 billion.")
    capex = [(f.value, f.low, f.high, f.basis) for f in extract_facts(text) if f.metric == "capex"]
    assert capex == [(1.3e10, 1.2e10, 1.4e10, "forecast"), (2.15e10, 2e10, 2.3e10, "forecast")]


def test_a_headline_restated_in_the_body_is_the_body_fact_with_the_headline_keys() -> None:
    text = ("TITLE: 腾讯2024年资本开支暴涨221%至767.6亿元\n\n"
            "记者 陈月芹\n\n2024年营收6603亿元。腾讯的资本开支暴涨221%至767.6亿元,近5年里这一数值平均在200亿元左右。")
    facts = [f for f in extract_facts(text) if f.metric == "capex"]
    assert [(f.value, f.period, f.entity) for f in facts] == [(7.676e10, "2024", "Tencent"), (2e10, None, "Tencent")]
    body = text.index("记者")
    assert all(text.find(f.quote, body) > 0 for f in facts)  # both quoted from the body


def test_text_without_numbers_has_no_facts() -> None:
    assert extract_facts("大模型的浪潮还在继续，算力需求持续增长。") == []


def test_extra_alias_file_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "百川3的参数量为1000亿。"
    assert extract_facts(text) == []  # unknown model: no entity, so no model fact
    extra = tmp_path / "extra.toml"
    extra.write_text('[entities."Baichuan 3"]\ntype = "model"\naliases = ["百川3"]\n', encoding="utf-8")
    monkeypatch.setenv("COMPUTECAST_ALIASES", str(extra))
    assert rows(extract_facts(text)) == [
        ("model_parameters", 1e11, "params", None, None, "Baichuan 3", None, None, "actual")]


def test_a_country_naming_companies_is_not_the_market_region() -> None:
    """北美CSPs業者 / 中國本土業者 name the companies' countries; the share of ASIC servers is of the
    world's shipments the report counts (a kind of server's part of all servers, in units)."""
    text = ("TITLE: 全球AI伺服器出貨報告\n\n來自北美CSPs業者(如AWS、Meta等)持續擴大自研ASIC,以及中國本土業者如阿里雲、百度、"
            "華為等積極擴大自主ASIC方案,促ASIC伺服器占整體比重今年提至26%。")
    facts = extract_facts(text, published=date(2024, 7, 1), kind="market_report")
    assert [(f.metric, f.value, f.region, f.entity, f.item, f.of) for f in facts] == [
        ("share", 26.0, "GLOBAL", None, "server", "shipments")]


def test_a_share_of_a_server_kind_in_money_is_of_the_market() -> None:
    facts = extract_facts("2019年中国AI服务器市场规模达到20.9亿美元，其中GPU服务器占据96.1%的市场份额。", kind="market_report")
    assert [(f.item, f.of) for f in facts if f.value == 96.1] == [("ai_server", "ai_server_market_size")]
    facts = extract_facts("2024年全球AI服务器产值占整体高达65%。", kind="market_report")
    assert [(f.item, f.of) for f in facts if f.value == 65] == [("ai_server", "server_market_size")]


def test_a_heading_much_shorter_than_the_next_line_is_not_joined_to_it() -> None:
    from connectors.textnorm import normalize

    text = ("2025 datacentre capex up 57%\nThe Top 4 US cloud service providers increased data center capex by "
            "76 percent in 2025, says the analyst.")
    assert normalize(text).text.split("\n")[0] == "2025 datacentre capex up 57%"


def test_a_bidders_amount_is_an_award_and_the_buyers_project_a_tender() -> None:
    """Who holds an amount in a procurement report: the buyer's project (中国移动50亿元的……项目) is
    the tender, the amount a bidder won (浪潮信息获得……中标份额,金额达14.1亿元) its award; a total of
    some lots (合计5435台) is no total of the whole purchase (采购规模为47845台)."""
    text = ("从中标金额来看,在本次中国移动50亿元的“2021年至2022年PC服务器集中采购第二批次”集采项目当中,浪潮信息获得了最大的"
            "中标份额,金额达14.1亿元。该项目的采购规模为47845台,分为6个标包,其中2-3标包为采用海光芯片的PC服务器,合计5435台。")
    facts = extract_facts(text, published=date(2022, 9, 5), kind="tender")
    got = {(f.metric, f.value, f.entity) for f in facts}
    assert {("tender_amount", 5e9, "China Mobile"), ("award_amount", 1.41e9, "Inspur"),
            ("tender_quantity", 47845.0, "China Mobile"), ("tender_quantity", 5435.0, "China Mobile")} <= got
    assert [f.item for f in facts if f.value == 5e9] == ["server"]


def test_a_server_tracker_overall_words_years_to_and_by_then() -> None:
    """整體成长率 after an AI-server clause is all servers'; 5.1%CAGR (a sign touching a word) is
    read; 直至2030年的五年間 is 2025-2030 and 屆時 its last year; 今年 resolves through the day the
    page's address carries (SOURCE line)."""
    text = ("SOURCE: https://readers.example.com.tw/cm/20251027/a03/1/share\nTITLE: 伺服器出貨報告\n\n"
            "DIGITIMES預估2025年度的全球伺服器出貨總量,將以5%年增幅成長、達1,563.6萬台,直至2030年的五年間,"
            "並將以5.1%CAGR(年複合成長率)穩健成長,屆時出貨總量將推升至突破1,900萬台。"
            "預期2026年全球伺服器市場將因高階AI伺服器出貨走緩,致整體成長率同步收斂,年增率降至2.7%。"
            "DIGITIMES預計今年高階AI伺服器出貨將有逾4成的年增幅。")
    from connectors.periods import find_published
    from connectors.textnorm import normalize
    published = find_published(normalize(text).text)
    assert published == date(2025, 10, 27)
    got = {(f.metric, f.value, f.period, f.item) for f in extract_facts(text, published=published, kind="market_report")}
    assert {("yoy_growth", 5.0, "2025", "server"), ("shipments", 15636000.0, "2025", "server"),
            ("cagr", 5.1, "2025-2030", "server"), ("shipments", 1.9e7, "2030", "server"),
            ("yoy_growth", 2.7, "2026", "server"), ("yoy_growth", 40.0, "2025", "ai_server")} <= got


def test_a_repeated_headline_and_year_end_periods() -> None:
    """The page repeats its title (without the publisher) as its first line: both are headline;
    'by year-end 2026' and 'in 2026' after a long clause date the body's figures."""
    text = ("SOURCE: https://example.com/news/nebius\nTITLE: Nebius Q4 2025 Earnings Call: Contracted Power Tops 2GW, "
            "Targeting >3GW (Example News)\n\nNebius Q4 2025 Earnings Call: Contracted Power Tops 2GW, Targeting >3GW\n"
            "Summary\nManagement now expects to exceed 3.0 gigawatts of contracted power by year-end 2026. The company "
            "expects to deliver roughly 800 megawatts to 1 gigawatt of available/connected data center capacity in 2026.")
    got = [(f.value, f.period) for f in extract_facts(text, kind="capex") if f.metric == "datacenter_power"]
    assert [g for g in got if g[0] != 2e9] == [(3e9, "2026"), (9e8, "2026")]  # (2GW: the headline's own)


def test_a_market_commentary_with_no_company_in_its_title_is_keyed_by_the_world() -> None:
    text = ("TITLE: 2025 datacentre capex up 57%\n\n2025 datacentre capex up 57%\n“The Top 4 US cloud service providers "
            "increased data center capex by 76 percent in 2025. We forecast full-year 2026 data center capex to surpass "
            "$1 trillion,” says the analyst.")
    got = {(f.metric, f.value, f.region) for f in extract_facts(text, kind="capex")}
    assert ("yoy_growth", 57.0, "GLOBAL") in got and ("capex", 1e12, "GLOBAL") in got


def test_now_home_country_and_a_threshold_above_the_current_level() -> None:
    """目前 is the publication year; 國內 in a Taiwanese report is Taiwan; 其中國科會 names no China;
    市占率將超越目前約四成 is 40 % now and more than 40 % in the year stated."""
    text = ("台灣目前有卅六座資料中心，負載約是六十ＭＷ規模。可預見國內ＡＩ算力中心用電規模很快會突破一百ＭＷ。"
            "預計到二○二九年全台灣ＡＩ算力中心的規模大約會達到四百五十ＭＷ，其中國科會占了廿三ＭＷ。")
    got = {(f.value, f.period, f.region) for f in extract_facts(text, published=date(2026, 1, 25), kind="market_report")}
    assert {(6e7, "2026", "TW"), (4.5e8, "2029", "TW")} <= got
    assert (1e8, None, "TW") in got and all(r != "CN" for _, _, r in got)
    text = "他指出，鴻海積極參與主權AI專案，預期2026年AI伺服器市占率將進一步超越目前約四成水準。"
    shares = {(f.value, f.period, f.qualifier) for f in extract_facts(text, published=date(2025, 11, 13))}
    assert shares == {(40.0, "2025", "~"), (40.0, "2026", ">")}


def test_the_same_period_a_year_before_and_a_period_named_after_the_number() -> None:
    """去年同期 is the release's quarter a year earlier (Nvidia's FY2026Q2 -> FY2025Q2); a clause
    after the number may date it (成为上半年……的营收主力)."""
    text = ("TITLE: 輝達第2季財報\n\n上季財報重點如下：營收由去年同期的300.4億美元年增56%到467.4億美元。")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text, published=date(2025, 8, 28))]
    assert got[:3] == [("revenue", 3.004e10, "FY2025Q2"), ("yoy_growth", 56.0, "FY2026Q2"),
                       ("revenue", 4.674e10, "FY2026Q2")]
    text = "TITLE: 寒武纪2025年三季报\n\n公司云端产品线营收为28.7亿元,成为上半年绝对的营收主力。"
    assert [(f.value, f.period) for f in extract_facts(text, published=date(2025, 10, 20))] == [(2.87e9, "2025H1")]


def test_bidders_shares_after_a_citation_mark() -> None:
    """A citation mark ([1][11]) ends a sentence even where the next starts with no space; a
    bidder's 获得50%份额 and a list 分别获得27%和23%份额 are shares of what is procured, in the
    procurement's span, keyed by no region of a bidder's name (武汉长江计算)."""
    text = ("中国移动公示2025-2026年集中网络云资源池七期工程计算型服务器采购结果。2024年内,公司先后进行了191亿元的AI训练服务器集采 [1][11]"
            "国产算力 - 在此次20亿元集采中,武汉长江计算以约6.3311亿元成为第一中标候选人,获得50%份额,"
            "四川华鲲振宇和神州数码分别获得27%和23%份额 [3][12]")
    got = {(f.metric, f.value, f.period, f.region, f.of) for f in extract_facts(text, kind="tender")}
    assert {("market_share", 50.0, "2025-2026", None, "tender_quantity"),
            ("market_share", 27.0, "2025-2026", None, "tender_quantity"),
            ("market_share", 23.0, "2025-2026", None, "tender_quantity"),
            ("award_amount", 633110000.0, "2025-2026", None, None)} <= got


def test_a_scale_letter_before_a_count_noun() -> None:
    text = ("We forecast full-year 2026 data center capex to surpass $1 trillion, supported by well over "
            "10 M high-end accelerators as the primary capex driver.")
    got = [(f.metric, f.value, f.unit, f.period, f.qualifier) for f in extract_facts(text, kind="market_report")]
    assert ("accelerator_count", 1e7, "units", "2026", ">") in got


def test_differences_streaks_and_specifications_are_no_facts() -> None:
    text = ("輝達預估本季銷售將可達540億美元左右，低於部分分析師超過600億美元的樂觀看法，差距達到150億美元。"
            "輝達已連續第九季營收年增率超過50%。每台GPU服务器可搭载8片加速卡。")
    got = [(f.metric, f.value) for f in extract_facts(text, published=date(2025, 8, 28))]
    assert ("revenue", 1.5e10) not in got and all(v != 50.0 for _, v in got) and all(v != 8.0 for _, v in got)
    assert ("revenue", 5.4e10) in got and ("revenue", 6e10) in got  # (the analysts' figure is a statement of its own)


def test_a_bare_yuan_in_a_taiwanese_document_is_new_taiwan_dollars() -> None:
    text = "台灣伺服器廠商營收創新高，台灣AI伺服器出貨持續成長，台灣廠商鴻海AI伺服器營收今年上看1兆元。"
    assert {f.unit for f in extract_facts(text, published=date(2025, 11, 13)) if f.metric == "revenue"} == {"TWD"}
    text = "阿里巴巴上季收入增長5%至2478.0億元，香港上市。"
    assert {f.unit for f in extract_facts(text, published=date(2025, 11, 13)) if f.metric == "revenue"} == {"CNY"}


def test_a_calendar_year_companys_fiscal_year_and_a_tenders_named_year() -> None:
    text = "Meta refined its capital expenditure forecast for fiscal year 2025 to a range of $70 billion to $72 billion."
    assert [(f.value, f.period) for f in extract_facts(text, kind="capex")] == [(7.1e10, "2025")]
    text = ("中国联通2022年人工智能服务器集中采购项目中标候选人公示。\n本次采购分为2个标包。\n"
            "标包1确定前四名中标人的“基础份额”依次为37%、27%、18%、12%。")
    got = {(f.metric, f.value, f.period) for f in extract_facts(text, kind="tender")}
    assert {("market_share", 37.0, "2022"), ("market_share", 12.0, "2022")} <= got


def test_shares_allocated_by_rank_in_a_tender() -> None:
    text = ("中国移动2020年至2021年人工智能服务器集中采购。若中标人数量为3个,每个中标人的中标份额依次为:"
            "第1名50%,第2名30%,第3名20%。")
    got = {(f.metric, f.value, f.of) for f in extract_facts(text, kind="tender")}
    assert {("market_share", 50.0, "tender_quantity"), ("market_share", 30.0, "tender_quantity"),
            ("market_share", 20.0, "tender_quantity")} <= got


def test_a_growth_noun_after_a_rate() -> None:
    text = "Alphabet's capital expenditure came in at $24 billion, a 83% increase year on year."
    got = {(f.metric, f.value, f.of) for f in extract_facts(text, kind="capex")}
    assert ("yoy_growth", 83.0, "capex") in got
    text = "Amazon's capex for 2025 reached $125 billion, an estimated 50 per cent rise from a year ago."
    got = {(f.metric, f.value, f.of, f.period) for f in extract_facts(text, kind="capex")}
    assert ("yoy_growth", 50.0, "capex", "2025") in got
    text = "Intel's revenue reached $13 billion in 2025, a 5% decline from a year ago."
    assert ("yoy_growth", -5.0) in {(f.metric, f.value) for f in extract_facts(text, kind="capex")}


def test_the_quarter_is_the_quarter_the_report_named() -> None:
    text = ("Oracle reported results for its second-quarter fiscal year 2026 on Tuesday.\n"
            "Capital expenditure for the quarter came in at $12 billion.")
    got = {(f.metric, f.value, f.period) for f in extract_facts(text, kind="capex")}
    assert ("capex", 1.2e10, "FY2026Q2") in got
    # with no quarter named anywhere, "the quarter" dates nothing
    text = "Oracle's capital expenditure for the quarter came in at $12 billion."
    assert {f.period for f in extract_facts(text, kind="capex") if f.metric == "capex"} == {None}


def test_a_tenders_lots_are_of_the_item_its_headline_names() -> None:
    text = ("中国电信2024年AI服务器集中采购启动\n\n本项目总预算12亿元(不含税),"
            "其中标包1产品预算4亿元(不含税),标包2产品预算8亿元(不含税)。")
    got = {(f.metric, f.value, f.item) for f in extract_facts(text, kind="tender")}
    assert {("tender_amount", 4e8, "ai_server"), ("tender_amount", 8e8, "ai_server")} <= got


def test_an_item_in_an_aside_of_inclusion_is_not_what_is_counted() -> None:
    text = "IDC預估2026年全球伺服器(含AI伺服器)出貨量將年增9.5%。"
    got = {(f.metric, f.value, f.item) for f in extract_facts(text, kind="market_report")}
    assert ("yoy_growth", 9.5, "server") in got


def test_a_plan_of_national_authorities_is_the_countrys() -> None:
    text = ("国家发展改革委等部门印发《数据中心绿色低碳发展专项行动计划》\n\n"
            "计划提出,到2026年,算力规模达到400EFLOPS,智能算力占比达到40%。")
    got = {(f.metric, f.value, f.region) for f in extract_facts(text)}
    assert ("total_compute_capacity", 4e20, "CN") in got and ("share", 40.0, "CN") in got


def test_rates_listed_respectively_after_their_metrics() -> None:
    text = ("IDC预测,2024-2029年中国智能算力规模和通用算力规模的五年年复合增长率分别达40.1%和15.2%,"
            "较上一版本预期值36.5%和14.0%有所提升。")
    got = {(f.metric, f.value, f.of, f.period) for f in extract_facts(text, kind="market_report")}
    assert ("cagr", 40.1, "intelligent_compute_capacity", "2024-2029") in got
    assert ("cagr", 15.2, "general_compute_capacity", "2024-2029") in got
    # the earlier forecast's rates: the same metrics, in the same order, with no span of their own
    assert ("cagr", 36.5, "intelligent_compute_capacity", None) in got
    assert ("cagr", 14.0, "general_compute_capacity", None) in got


def test_a_trackers_share_of_chips_is_the_markets_not_its_most_named_company() -> None:
    text = ("TrendForce：2026年AI伺服器出貨年增20%\n\nGoogle與Microsoft將積極採購，Google自研ASIC持續放量。\n\n"
            "從使用的AI晶片分析，預估2026年GPU占65.1%。")
    got = [(f.metric, f.value, f.entity) for f in extract_facts(text, kind="market_report") if f.value == 65.1]
    assert got and all(e is None for _, _, e in got)


def test_a_results_release_dates_its_undated_statements_by_the_year_it_reports() -> None:
    text = ("中國移動公布2025年度業績\n\n2026-03-20 來源:中國移動\n\n"
            "中國移動今天公布2025年度業績。\n\n算力業務收入佔比達到12.3%,國際業務收入按年增幅超過8%。")
    got = {(f.metric, f.value, f.period) for f in extract_facts(text)}
    assert ("share", 12.3, "2025") in got and ("yoy_growth", 8.0, "2025") in got


def test_a_heading_that_is_a_companys_name_keys_the_lines_under_it() -> None:
    text = ("美系CSP資本支出觀察\n二、主要公司觀察重點\n【Meta】\n- 3Q25 Capex 194 億美元,年增 91%。\n"
            "【Amazon】\n- 3Q25 Capex 年增 55%,達 351 億美元。\n三、供應鏈展望\n- 伺服器出貨量年增 20%。")
    got = {(f.metric, f.value, f.entity) for f in extract_facts(text, published=date(2025, 11, 3))}
    assert {("capex", 1.94e10, "Meta"), ("yoy_growth", 91.0, "Meta"), ("capex", 3.51e10, "Amazon"),
            ("yoy_growth", 55.0, "Amazon")} <= got
    assert all(e is None for m, v, e in got if v == 20.0)  # (the next heading ends Amazon's section)


def test_a_bare_yuan_is_the_currency_of_the_companies_a_document_is_about() -> None:
    text = ("廣達、英業達今年資本支出翻倍\n\n中國大陸CSP也在擴產。廣達表示,今年資本支出將從去年的200億元上升到400億元,"
            "英業達資本支出則約100億元。")
    units = {f.unit for f in extract_facts(text, published=date(2026, 2, 16)) if f.metric == "capex"}
    assert units == {"TWD"}


def test_a_market_revenue_is_the_markets_size_and_a_start_year_dates_nothing() -> None:
    text = ("IDC:2024年第四季度全球服务器市场收入同比增长91%\n\n2024年第四季度全球服务器市场收入达到773亿美元,"
            "成为2019年以来增速第二高的季度。全年市场规模突破2357亿美元。")
    got = {(f.metric, f.value, f.period) for f in extract_facts(text, kind="market_report")}
    assert ("server_market_size", 7.73e10, "2024Q4") in got and ("server_market_size", 2.357e11, "2024") in got


def test_an_analysts_calendar_quarter_is_a_fiscal_companys_fiscal_quarter() -> None:
    text = "【Microsoft】\n- 3Q25 Capex 年增 75%,至 349 億美元。\n- 4Q25 Capex 至 375 億美元。"
    got = {(f.metric, f.value, f.period) for f in extract_facts(text, published=date(2026, 2, 1)) if f.entity == "Microsoft"}
    assert {("capex", 3.49e10, "FY2026Q1"), ("yoy_growth", 75.0, "FY2026Q1"), ("capex", 3.75e10, "FY2026Q2")} <= got
    # a calendar-year company keeps the calendar quarter; Nvidia's quarters do not align with calendar ones
    text = "【Meta】\n- 3Q25 Capex 194 億美元。\n【Nvidia】\n- 3Q25 營收 570 億美元。"
    got = {(f.entity, f.period) for f in extract_facts(text, published=date(2026, 2, 1))}
    assert ("Meta", "2025Q3") in got and ("Nvidia", "2025Q3") in got


def test_the_item_that_opens_a_revenue_or_a_market_keys_it() -> None:
    text = "工業富聯第2季度整體伺服器營收增長超50%,其中AI伺服器營收年增超60%。"
    got = {(f.metric, f.value, f.item) for f in extract_facts(text, published=date(2025, 8, 14))}
    assert ("yoy_growth", 50.0, "server") in got and ("yoy_growth", 60.0, "ai_server") in got


def test_a_metric_after_a_list_of_amounts_is_every_amounts() -> None:
    text = "Learn how Alphabet’s $175-185 billion, Amazon’s $200 billion, and Meta’s $115-135 billion capex guidance beat estimates."
    got = {(f.metric, f.value, f.entity) for f in extract_facts(text, kind="capex")}
    assert {("capex", 1.8e11, "Alphabet"), ("capex", 2e11, "Amazon"), ("capex", 1.25e11, "Meta")} <= got
    text = "This meant the MI300 made up more than a third of AMD’s reported $2.8 billion in data center revenue."
    assert ("datacenter_revenue", 2.8e9, "AMD") in {(f.metric, f.value, f.entity) for f in extract_facts(text)}


def test_a_quarterly_trackers_revenue_of_no_company_is_the_markets_in_its_quarter() -> None:
    text = ("SOURCE: https://example.com/worldwide-server-market-revenue-during-the-third-quarter-of-2025\n"
            "TITLE: IDC: server market in the third quarter of 2025\n\n"
            "根据IDC的报告,全球服务器市场收入创下新高。\n在技术层面,x86服务器收入增长41.2%,达到612亿美元,占市场份额68.5%。")
    got = {(f.metric, f.value, f.period, f.of) for f in extract_facts(text, kind="market_report")}
    assert ("server_market_size", 6.12e10, "2025Q3", None) in got
    assert ("yoy_growth", 41.2, "2025Q3", "server_market_size") in got


def test_a_half_year_report_and_a_conversion_after_an_amount_that_is_no_fact() -> None:
    text = ("工業富聯上半年營收成長 AI伺服器營收年增超60%\n\n工業富聯發布2025年半年度報告,實現營收人民幣3,607.6億元,"
            "年增35.6%,淨利人民幣121.1億元（約新台幣506.4億元）,年增38.6%。")
    got = [(f.metric, f.value, f.unit, f.period, f.item) for f in extract_facts(text, published=date(2025, 8, 11))]
    assert ("revenue", 3.6076e11, "CNY", "2025H1", None) in got
    assert all(v != 5.064e10 for _, v, _, _, _ in got)  # (the writer's conversion of a profit)


def test_a_trackers_regional_rates_are_its_markets_in_each_region() -> None:
    text = ("IDC:2025年第二季度全球服务器市场收入同比增长97.3%\n\n2025年第二季度全球服务器市场收入达到952亿美元。"
            "区域格局:美国同比增长127.6%;中国市场同比增长58.1%,日本增长31.2%,加拿大增速高达90%。")
    got = {(f.metric, f.value, f.region, f.of) for f in extract_facts(text, kind="market_report")}
    assert {("yoy_growth", 58.1, "CN", "server_market_size"), ("yoy_growth", 31.2, "JP", "server_market_size"),
            ("yoy_growth", 90.0, "CA", "server_market_size")} <= got


def test_training_and_inference_computing_power_are_intelligent_compute() -> None:
    text = ("TrendForce expects the total AI inference computing power of the five major CSPs to grow by around 120% "
            "in 2026, and their capex to see an annual increase of nearly 80%.")
    got = {(f.metric, f.value, f.of) for f in extract_facts(text, kind="market_report")}
    assert ("yoy_growth", 120.0, "intelligent_compute_capacity") in got and ("yoy_growth", 80.0, "capex") in got


def test_a_sum_of_awards_its_parts_and_their_shares_are_the_buyers() -> None:
    text = ("中國移動完成2025到2026年AI推理型服務器的集采,本次集采共採購AI推理服務器7499臺。計算出中標總金額含稅約51.4億元,"
            "其中,(華為)CANN生態設備的中標金額總和約34.5億元、(英偉達)類CUDA生態設備約16.9億元。\n"
            "類CUDA生態設備的中標金額總和約16.9億元,占比約32.9%。中興通訊中標總金額約8.85億元,排名第一。")
    got = {(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, kind="tender")}
    assert {("tender_amount", 5.14e9, "China Mobile", None), ("tender_amount", 3.45e9, "China Mobile", None),
            ("tender_amount", 1.69e9, "China Mobile", None), ("share", 32.9, "China Mobile", "tender_amount"),
            ("award_amount", 8.85e8, "ZTE", None)} <= got


def test_a_cagr_over_the_next_n_years_runs_from_the_base_year_the_report_names() -> None:
    text = ("IDC:2019年中国GPU服务器市场规模为120亿元。到2024年中国GPU服务器市场规模将达到350亿元,"
            "未来5年整体市场年复合增长率(CAGR)为23.9%。智算中心项目规划算力大于800PFlops。")
    got = {(f.metric, f.value, f.period, f.item) for f in extract_facts(text, kind="market_report")}
    assert ("cagr", 23.9, "2019-2024", None) in got and ("ai_server_market_size", 1.2e10, "2019", "ai_server") in got
    assert any(m == "intelligent_compute_capacity" and v == 8e17 for m, v, _, _ in got)


def test_a_share_of_chips_the_servers_carry_is_a_share_of_the_servers() -> None:
    text = ("TrendForce:2025年AI伺服器出貨成長\n\n就AI伺服器搭載AI晶片供應商分布看,NVIDIA市占率約七成,AMD市占率僅約9%。")
    got = {(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, kind="market_report")}
    assert ("market_share", 9.0, "AMD", "shipments") in got


def test_respectively_over_places_and_over_one_list_of_values() -> None:
    text = ("中国信通院:算力发展指数白皮书\n\n美国、中国、欧洲、日本在全球算力规模中的份额分别为36%、31%、15%和5%。")
    got = {(f.metric, f.value, f.region) for f in extract_facts(text, kind="market_report")}
    assert {("share", 36.0, "US"), ("share", 31.0, "CN"), ("share", 15.0, None), ("share", 5.0, "JP")} <= got
    text = "运营商投资重心向算力网络倾斜,中国移动/电信/联通指引算力投入分别同比增长1.5%/20%/25%。天翼云收入增长17%。"
    got = {(f.metric, f.value, f.entity) for f in extract_facts(text, published=date(2025, 4, 1))}
    assert {("yoy_growth", 1.5, "China Mobile"), ("yoy_growth", 20.0, "China Telecom"),
            ("yoy_growth", 25.0, "China Unicom"), ("yoy_growth", 17.0, "China Telecom")} <= got


def test_a_year_before_quanquan_is_that_whole_year() -> None:
    text = "廣達12月營收創新高,2025全年營收2.12兆元、年增50.54%。"
    got = {(f.metric, f.value, f.period) for f in extract_facts(text)}
    assert ("revenue", 2.12e12, "2025") in got and ("yoy_growth", 50.54, "2025") in got


def test_a_data_center_segment_earning_an_amount_is_data_center_revenue() -> None:
    text = ("NVIDIA reported a rise in its data center business, achieving $39.1 billion in revenues during the first "
            "quarter of fiscal 2026, a 73% increase year-over-year. NVIDIA anticipates total revenues of $45 billion "
            "for the second quarter, with the data center unit projected to generate approximately $41 billion.")
    got = {(f.metric, f.value, f.of) for f in extract_facts(text)}
    assert {("datacenter_revenue", 3.91e10, None), ("yoy_growth", 73.0, "datacenter_revenue"),
            ("revenue", 4.5e10, None), ("datacenter_revenue", 4.1e10, None)} <= got


def test_a_market_share_by_sales_is_a_share_of_the_market() -> None:
    text = ("IDC:2021年第二季度全球服务器市场\n\n全球服务器市场收入同比增长6.8%。浪潮以10.1%市占率位居全球第二。"
            "浪潮中国市场第一,销售额市占率32.8%。")
    got = {(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, kind="market_report")}
    assert {("market_share", 10.1, "Inspur", "server_market_size"), ("market_share", 32.8, "Inspur", "server_market_size")} <= got


def test_a_garbled_percent_sign_and_the_first_half_of_a_year() -> None:
    text = ("IDC released its China accelerated server tracker, which shows that the accelerated server market reached "
            "$2.38 billion in the first half of 2021, an increase of 85.11 TP3T year-over-year.")
    got = {(f.metric, f.value, f.period) for f in extract_facts(text, kind="market_report")}
    assert ("ai_server_market_size", 2.38e9, "2021H1") in got and ("yoy_growth", 85.1, "2021H1") in got


def test_a_possessive_year_and_capex_after_an_amount() -> None:
    text = "Alphabet plans to spend up to $75bn this year, significantly above 2024's $52.5bn capex spend."
    got = {(f.metric, f.value, f.period) for f in extract_facts(text, kind="capex")}
    assert ("capex", 5.25e10, "2024") in got
    text = "中国移动2024年资本开支将较2023年下降4.0%,约为1730亿元。"
    got = {(f.metric, f.value, f.period) for f in extract_facts(text)}
    assert ("capex", 1.73e11, "2024") in got and ("yoy_growth", -4.0, "2024") in got


def test_ai_investment_a_report_about_our_country_and_the_part_before_the_whole() -> None:
    text = "中國移動公布中期業績\n\n2025-08-08\n\n公司去年在AI方面的投入約153億元,今年上半年AI投資約60億元。"
    got = {(f.metric, f.value, f.entity) for f in extract_facts(text)}
    assert ("compute_investment", 1.53e10, "China Mobile") in got and ("compute_investment", 6e9, "China Mobile") in got
    text = "算力发展指数白皮书\n\n2022年我国算力总规模达到302EFLOPS,智能算力增速达72%。"
    got = {(f.metric, f.value, f.region) for f in extract_facts(text, kind="market_report")}
    assert ("yoy_growth", 72.0, "CN") in got
    text = "MIC:今年AI伺服器占全球整體伺服器比重約可達16.2%。"
    got = {(f.metric, f.value, f.item) for f in extract_facts(text, kind="market_report")}
    assert ("share", 16.2, "ai_server") in got


def test_a_capex_round_ups_investment_and_the_previous_year() -> None:
    text = ("Hyperscalers keep raising capital expenditure.\n\nOracle targets approximately $35 billion in capital "
            "expenditures for fiscal year 2026, building on its $21.2 billion investment from the previous year.")
    got = {(f.metric, f.value, f.period) for f in extract_facts(text, kind="capex")}
    assert ("capex", 3.5e10, "FY2026") in got and ("capex", 2.12e10, "FY2025") in got


def test_a_month_of_last_year_and_a_subsidiary_named_under_its_group() -> None:
    text = ("緯創、緯穎12月營收創新高\n\n2026-01-12\n\n緯創集團旗下緯穎則持續受惠雲端資料中心需求,營收成長幅度驚人。"
            "去年12月合併營收達1,042.9億元,年增143.86%。")
    got = {(f.metric, f.value, f.entity, f.period) for f in extract_facts(text, published=date(2026, 1, 12))}
    assert ("revenue", 1.0429e11, "Wiwynn", "2025-12") in got and ("yoy_growth", 143.86, "Wiwynn", "2025-12") in got


def test_a_share_in_the_whole_is_of_the_sentences_part() -> None:
    text = "TrendForce表示,全球AI伺服器出貨年複合成長率可達20%,到2030年在整體伺服器出貨占比將突破25%。"
    got = {(f.metric, f.value, f.item, f.of) for f in extract_facts(text, kind="market_report")}
    assert ("share", 25.0, "ai_server", "shipments") in got



def test_taiwanese_smart_compute_the_carrier_and_a_capex_reports_unnamed_growth() -> None:
    text = ("中國移動加速導入國產晶片\n\n截至2024年底,該電信商自建的智慧計算能力達到29.2 exaFLOPS。")
    got = {(f.metric, f.value, f.entity) for f in extract_facts(text, published=date(2025, 9, 1))}
    assert ("intelligent_compute_capacity", 2.92e19, "China Mobile") in got
    text = ("美系CSP資本支出觀察\n\n2026年Meta預期年增高達53.6%達1,090億美元。Google雲端業務未完成訂單年增82%。")
    got = {(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, kind="capex", published=date(2025, 11, 3))}
    assert ("yoy_growth", 53.6, "Meta", "capex") in got and ("capex", 1.09e11, "Meta", None) in got
    assert all(v != 82.0 for _, v, _, _ in got)  # (a backlog's growth is out of the vocabulary)


def test_growth_verbs_in_ing() -> None:
    text = ("Server market grows\n\nIn the third quarter of 2025, server market revenue rose by 61 percent to $112.4 billion. "
            "AWS saw revenue climbing 20 percent to $33 billion.")
    got = {(f.metric, f.value) for f in extract_facts(text, kind="market_report")}
    assert ("yoy_growth", 20.0) in got


TRACKER_Q3 = ("Server market grows by 61 percent\nDecember 3, 2025\n\n"
              "In the third quarter of 2025, server market revenue rose by 61 percent to 112.4 billion US dollars.\n"
              "In the first three quarters of 2025, revenue nearly doubled to 314.2 billion dollars. The trend is "
              "currently shifting to accelerators.\n"
              "Globally, the USA dominates with 79.1 percent growth, driven by Accelerated Servers with a 105.5 percent "
              "increase. China follows with 37.6 percent growth. EMEA records a 31 percent increase.\n")


def test_a_market_reports_unnamed_growth_is_its_markets_in_the_place_or_item_named() -> None:
    got = {(f.metric, f.value, f.period, f.region, f.of) for f in extract_facts(TRACKER_Q3)}
    # (its headline makes it a market report, and its quarter dates the rates no sentence dates:
    # the earlier sentence's "currently", in a page that states no date, dates nothing)
    assert ("yoy_growth", 79.1, "2025Q3", "US", "server_market_size") in got
    assert ("yoy_growth", 37.6, "2025Q3", "CN", "server_market_size") in got
    # "Accelerated Servers" (any case) are AI servers: the growth of their market
    assert ("yoy_growth", 105.5, "2025Q3", "US", "ai_server_market_size") in got
    # EMEA has no code: keyed by no region, never the document's GLOBAL
    assert ("yoy_growth", 31.0, "2025Q3", None, "server_market_size") in got
    # "US dollars" names a currency, not a place: the 9-month total is not a US figure
    assert all(f.region != "US" for f in extract_facts(TRACKER_Q3) if f.value == 3.142e11)


def test_a_growth_in_a_company_release_is_not_the_markets() -> None:
    text = ("Nvidia results\n\nNvidia said the server market keeps growing. The company's headcount rose "
            "by 21 percent.")
    assert not [f for f in extract_facts(text, kind="market_report") if f.value == 21.0]


def test_a_pattern_holding_an_alias_whole_names_the_item() -> None:
    from connectors.entities import alias_table

    text = "Servers with integrated GPUs grew; GPUs alone did too."
    got = [(text[r.start : r.end], r.name) for r in alias_table().find_items(text)]
    assert got == [("Servers with integrated GPUs", "ai_server"), ("GPUs", "gpu")]


def test_a_full_stop_line_end_before_a_capital_is_a_paragraph_end() -> None:
    from connectors.textnorm import normalize

    text = ("While classic x86 servers grew by a third this quarter, non-x86 servers truly took off in the period.\n"
            "Globally, the USA dominates with strong growth, driven by the accelerated servers of the large clouds.\n"
            "IDC counts shipments of the U.S.\nmarket and of other places too in this edition of its tracker.")
    out = normalize(text).text
    assert "period.\nGlobally" in out
    assert "U.S. market" in out  # (an abbreviation's full stop wraps on)


def test_a_first_half_tracker_reports_on_its_half_a_second_half_one_on_its_year() -> None:
    h1 = ("IDC China accelerated server market 1H 2021\n\nOctober 11, 2021\n\n"
          "GPU servers remained dominant, capturing 91.9% of market share, up 82.2% year-over-year.")
    assert {f.period for f in extract_facts(h1, kind="market_report") if f.value == 82.2} == {"2021H1"}
    h2 = "《人工智能基础架构市场(2019下半年)跟踪》\n\n中国GPU服务器市场规模同比增长58.7%。"
    assert {f.period for f in extract_facts(h2, kind="market_report") if f.value == 58.7} == {"2019"}


def test_a_fiscal_quarter_with_its_year_after_it_and_a_year_restating_it() -> None:
    from connectors.periods import find_periods

    got = [(p.period, p.kind) for p in find_periods("Oracle reports fiscal Q2 2026 revenue; its fiscal second quarter 2026",
                                                     None, fiscal_end_month=5)]
    assert got == [("FY2026Q2", "fiscal"), ("FY2026Q2", "fiscal")]  # (not the calendar 2026Q2)
    text = ("Oracle reports fiscal Q2 2026 revenue of $16.1 billion\n\nOracle reported fiscal second-quarter revenues of "
            "$16.1 billion for 2026, marking a 14% year-over-year growth, with cloud infrastructure revenues increasing "
            "by 68% to $4.1 billion.")
    got = {(f.metric, f.value, f.period) for f in extract_facts(text, kind="capex")}
    # "for 2026" restates the fiscal quarter's year: the figures after it stay in that quarter
    assert {("yoy_growth", 14.0, "FY2026Q2"), ("revenue", 4.1e9, "FY2026Q2"), ("yoy_growth", 68.0, "FY2026Q2")} <= got


def test_the_same_period_of_a_named_year_is_the_statements_quarter_in_it() -> None:
    text = ("台积电资本支出\n\n2026-01-15\n\n台积电去年第4季资本支出规模115.1亿美元,较去年第3季资本支出97亿美元增加18.6%,"
            "较2024年同期资本支出112.3亿美元增加2.5%。")
    got = {(f.metric, f.value, f.period) for f in extract_facts(text, published=date(2026, 1, 15), kind="capex")}
    assert ("capex", 1.151e10, "2025Q4") in got
    assert ("capex", 1.123e10, "2024Q4") in got  # (2024年同期: the fourth quarter of 2024)
    assert ("capex", 9.7e9, "2025Q3") in got  # (较去年第3季: the base's own quarter)
    # a change word between a compared year and the rate: the rate is the statement's year's
    got = {(f.metric, f.value, f.period) for f in extract_facts("中国移动资本开支\n\n中国移动2024年资本开支将较2023年下降4.0%。")}
    assert ("yoy_growth", -4.0, "2024") in got


def test_a_heading_that_names_the_metric_is_the_metric_of_the_growth_under_it() -> None:
    text = ("2026年AI动能全面引爆\n\n美系 CSP 扩大资本支出 AI 需求持续畅旺\n\n"
            "四大CSP业者中,2026年Meta预期年增高达53.6%达1,090亿美元,成长最大。\n\n"
            "2、算力新挑战\n\n最新财报显示,英伟达出售145.1亿美元的芯片,同比增长324%。")
    got = {(f.metric, f.value, f.entity, f.of, f.period) for f in extract_facts(text, kind="market_report")}
    assert ("yoy_growth", 53.6, "Meta", "capex", "2026") in got and ("capex", 1.09e11, "Meta", None, "2026") in got
    # a heading's market metric (算力) is not a company's: the growth of Nvidia's chip sales is none of it
    assert all(v != 324.0 for _, v, _, _, _ in got)


def test_a_streak_of_the_next_clause_and_a_cagr_over_a_streak() -> None:
    text = ("中国服务器市场\n\n通用服务器占比约58%,AI服务器占比28%,存储服务器占比14%,值得关注的是,"
            "AI服务器市场连续三年保持45%以上的年复合增长率。")
    got = {(f.metric, f.value) for f in extract_facts(text, kind="market_report")}
    assert {("share", 14.0), ("share", 28.0), ("cagr", 45.0)} <= got
    text = "浪潮信息\n\n浪潮信息AI服务器份额连续第九季超过50%。"
    assert not extract_facts(text, kind="market_report")  # (a run of quarters: no one quarter's share)


def test_a_place_that_is_the_field_of_a_ranking_scopes_no_figure() -> None:
    text = ("2023年中国服务器市场\n\n2020年中国服务器市场规模达1800亿元,成为全球第二大市场,推动服务器需求激增:"
            "云计算占比超60%,AI服务器市场规模同比增长38%。")
    got = {(f.metric, f.value, f.region) for f in extract_facts(text, kind="market_report")}
    assert ("yoy_growth", 38.0, "CN") in got and ("share", 60.0, "CN") in got


def test_fractions_in_words_are_shares() -> None:
    from connectors.numbers import find_mentions

    for text, want in [("now account for more than half of the total", ("half", 50.0, ">")),
                       ("made up more than a third of AMD's revenue", ("a third", 33.33, ">")),
                       ("AI服务器占比过半", ("过半", 50.0, ">")), ("占比一半以上", ("一半", 50.0, ">="))]:
        got = [(text[m.start : m.end], m.value, m.qualifier) for m in find_mentions(text)]
        assert got == [want], text
    for text in ["in the third quarter of 2025", "超过半年", "half-year results", "In the first half of 2024, spending",
                 "the second half of the year"]:
        assert find_mentions(text) == [], text
    text = ("Server market grows by 61 percent\n\nIn the third quarter of 2025, server market revenue rose by 61 percent. "
            "Servers with integrated GPUs are seeing growth of 49.4 percent year-on-year and now account for more than "
            "half of the total server market revenue.")
    got = {(f.metric, f.value, f.item, f.of, f.qualifier) for f in extract_facts(text)}
    assert ("share", 50.0, "ai_server", "server_market_size", ">") in got


def test_a_business_segments_revenue_is_the_companys_with_the_segment_as_item() -> None:
    text = ("AMD second-quarter results\n\nAMD said sales exceeded expectations in the second quarter.\n"
            "[Related: How AMD Is Fighting Nvidia With AI Investments]\n"
            "Data center revenue was up more than 115 percent year-over-year.\n"
            "Meanwhile, client computing segment was up 49 percent-year-over-year to $1.5 billion while the gaming "
            "segment was down 59 percent to $648 million from a year ago.")
    got = {(f.metric, f.value, f.entity, f.item, f.of) for f in extract_facts(text, kind="capex")}
    assert ("revenue", 1.5e9, "AMD", "client computing", None) in got
    assert ("yoy_growth", 49.0, "AMD", "client computing", "revenue") in got
    assert ("revenue", 6.48e8, "AMD", "gaming", None) in got and ("yoy_growth", -59.0, "AMD", "gaming", "revenue") in got
    # the bracketed line is an aside of its own: its Nvidia is not the subject of the next line
    assert ("yoy_growth", 115.0, "AMD", None, "datacenter_revenue") in got


def test_a_sentence_ends_after_a_name_in_capitals_and_a_name_made_an_adjective_is_no_subject() -> None:
    text = ("CoreWeave Plans $23B AI Infrastructure Push\n\n"
            "CoreWeave, the Nvidia-backed AI cloud services provider, announced plans to invest between $20 billion and "
            "$23 billion in AI infrastructure in 2025. This capital expenditure strategy supports clients like Microsoft "
            "and OpenAI.\nDespite reporting first-quarter revenue of $981.6 million, its shares dropped 5%.")
    got = {(f.metric, f.value, f.entity) for f in extract_facts(text, kind="capex")}
    assert ("capex", 2.15e10, "CoreWeave") in got
    # "OpenAI." ends its sentence and line: the revenue is not "Microsoft and OpenAI"'s (no one's), but the report's
    assert ("revenue", 9.816e8, "CoreWeave") in got
    from connectors.extract import _sentences

    t = "It sells to the U.S. Department of Energy. OpenAI. Next"
    assert [t[a:b].strip() for a, b in _sentences(t)] == ["It sells to the U.S. Department of Energy.", "OpenAI.", "Next"]


def test_a_plans_figures_that_name_no_year_are_targets_for_its_horizon() -> None:
    text = ("四川省算力基础设施高质量发展行动方案(2024—2027年)发布\n\n"
            "总体要求提出,到2027年,全省算力一体化协同发展格局初步构建。\n"
            "计算力方面,算力总规模达到40EFLOPS,其中智能算力占比不低于60%。\n"
            "2023年,全省算力总规模为10EFLOPS。")
    got = {(f.metric, f.value, f.period, f.basis) for f in extract_facts(text)}
    assert ("total_compute_capacity", 4e19, "2027", "target") in got
    assert ("share", 60.0, "2027", "target") in got
    assert ("total_compute_capacity", 1e19, "2023", "actual") in got  # (the plan's starting point)


def test_english_years_opening_a_sentence_and_the_year_of_the_context() -> None:
    from connectors.periods import find_periods

    for text, want in [("In 2025, servers will grow.", "2025"), ("During 2024 the market", "2024"), ("For 2026 we expect", "2026")]:
        assert [p.period for p in find_periods(text, None)] == [want], text
    assert find_periods("within 2025", None) == []
    text = ("Global server market\n\n2025-06-27\n\nThe server market reached $95.2 billion during the first quarter of "
            "the year, with 134.1% increase compared to Q1 2024.\n"
            "In 2025, servers with an embedded GPU are projected to grow 46.7% year-over-year representing almost 50% "
            "of the total market value in the year. ARM based servers are growing and representing 21.1% of the total "
            "shipments of the year.")
    got = {(f.metric, f.value, f.period, f.of) for f in extract_facts(text, published=date(2025, 6, 27), kind="market_report")}
    assert ("yoy_growth", 134.1, "2025Q1", "server_market_size") in got  # (the first quarter "of the year")
    assert ("share", 50.0, "2025", "server_market_size") in got and ("share", 21.1, "2025", "shipments") in got


def test_market_share_abbreviated_and_a_part_of_a_sum_spent_on_something() -> None:
    got = {(f.metric, f.value, f.entity) for f in extract_facts("輝達AI伺服器\n\n輝達2025年市占約70％。", kind="market_report")}
    assert ("market_share", 70.0, "Nvidia") in got
    text = "台积电资本支出\n\n2026-01-15\n\n台积电今年资本支出约60%至80%用在先进制程技术,10%用在特殊制程技术。"
    got = {(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, published=date(2026, 1, 15), kind="capex")}
    assert ("share", 70.0, "TSMC", "capex") in got and ("share", 10.0, "TSMC", "capex") in got


def test_a_year_after_what_it_dates_and_a_sector_reports_title_year() -> None:
    from connectors.periods import find_periods

    assert [p.period for p in find_periods("Raising Hyperscaler Capex 2026 Estimates", None)] == ["2026"]
    text = ("Tech: Raising Hyperscaler Capex 2026 Estimates\n\nHyperscaler Capex 2026\n\n"
            "Record hyperscaler capex projections: analysts raised estimates to ~$750 billion for the top 5 "
            "hyperscalers, a massive 67% YoY increase.")
    got = {(f.metric, f.value, f.period) for f in extract_facts(text, kind="capex")}
    assert ("capex", 7.5e11, "2026") in got and ("yoy_growth", 67.0, "2026") in got


def test_values_listed_after_as_many_companies_pair_up_without_respectively() -> None:
    text = "全球服务器市场\n\n2024年第四季度,戴尔(增长20.6%)和联想(增长55%)以7.2%和6.5%的市占率并列第一。"
    got = {(f.metric, f.value, f.entity, f.period) for f in extract_facts(text, kind="market_report")}
    # (a vendor's share of the tracker's quarter stays in the calendar quarter, not Lenovo's fiscal one)
    assert {("market_share", 7.2, "Dell", "2024Q4"), ("market_share", 6.5, "Lenovo", "2024Q4")} <= got
    text = "Hyperscaler capex\n\nIn 2025, Meta and Microsoft together spent a total of $160 billion on capital expenditures."
    assert {(f.value, f.entity) for f in extract_facts(text, kind="capex")} == {(1.6e11, None)}


def test_a_starting_point_and_the_same_period_last_year_date_no_statement() -> None:
    text = ("Amazon capex\n\nIn the third quarter of 2025, Amazon poured $28.3 billion into capital expenditures, a 97 "
            "percent surge from the same period last year.\nThe spending powered AWS to its strongest quarter since 2022, "
            "with revenue climbing 20 percent to $33 billion.\nIt is part of a $125 billion full-year capex projection for 2025.")
    got = {(f.metric, f.value, f.period) for f in extract_facts(text, kind="capex")}
    assert ("yoy_growth", 97.0, "2025Q3") in got
    assert ("revenue", 3.3e10, "2025Q3") in got and ("yoy_growth", 20.0, "2025Q3") in got
    assert ("capex", 1.25e11, "2025") in got


def test_each_amount_takes_the_period_right_after_it_not_the_bases() -> None:
    text = ("Super Micro Computer Q4 FY2025 earnings call\nAugust 5, 2025\n"
            "- Q4 FY2025 delivered sequential acceleration: net sales $5.76B vs $4.60B in Q3 and $5.35B in Q4 FY2024.")
    got = {(f.value, f.period) for f in extract_facts(text, published=date(2025, 8, 5), kind="capex") if f.metric == "revenue"}
    assert got == {(5.76e9, "FY2025Q4"), (4.6e9, "FY2025Q3"), (5.35e9, "FY2024Q4")}


def test_the_seller_of_a_purchase_is_not_its_subject() -> None:
    text = "中国AI芯片采购\n\n2026-01-08\n\n字节跳动(ByteDance)计划向辉达采购3.2万颗H200芯片。"
    got = {(f.metric, f.value, f.entity) for f in extract_facts(text, published=date(2026, 1, 8))}
    assert ("accelerator_count", 32000.0, "ByteDance") in got
    text = "Chip orders\n\nByteDance plans to buy 32,000 H200 chips from Nvidia this year."
    got = {(f.metric, f.value, f.entity) for f in extract_facts(text, published=date(2026, 1, 8))}
    assert ("accelerator_count", 32000.0, "ByteDance") in got


def test_a_money_metrics_amount_with_its_yuan_left_out_and_a_compound_with_zhao() -> None:
    from connectors.numbers import find_mentions

    text = "去年资本支出达1兆2724亿元"
    assert [(text[m.start : m.end], m.value) for m in find_mentions(text)] == [("1兆2724亿元", 1.2724e12)]
    text = "智算中心投资\n\n2023年中国智算中心市场投资规模达879亿,同比增长90%以上。我国计算产业规模达2.6万亿元。"
    got = {(f.metric, f.value, f.unit, f.region) for f in extract_facts(text, kind="market_report")}
    assert ("compute_investment", 8.79e10, "CNY", "CN") in got and ("yoy_growth", 90.0, "%", "CN") in got
    assert ("compute_industry_size", 2.6e12, "CNY", "CN") in got
    text = "廣達營收\n\n廣達2025全年營收2.12兆、年增50.54%。"  # (a Taipei paper: the 元 left out is NT$)
    assert ("revenue", 2.12e12, "TWD") in {(f.metric, f.value, f.unit) for f in extract_facts(text)}


def test_the_market_share_of_several_companies_or_of_a_class_of_them() -> None:
    text = "服务器市场\n\n而ODM厂商(如富士康、广达)凭借直接代工模式,收入激增155.5%,占据47.3%的市场份额,超越传统品牌。"
    got = {(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, kind="market_report")}
    assert ("market_share", 47.3, None, "server_market_size") in got
    text = "Server market\n\nHuawei, Inspur and H3C ranked in the top three, occupying a market share of 70%."
    got = {(f.metric, f.value, f.entity) for f in extract_facts(text, kind="market_report")}
    assert ("market_share", 70.0, None) in got  # (of the three together, keyed by none of them)


def test_qi_in_qizhong_is_no_pronoun_and_a_rank_in_a_place_scopes_nothing() -> None:
    text = ("联想: 智算中心建设成本\n\n联想认为智算中心建设成本高昂。\n工信部数据显示,截至2024年底,中国算力总规模达280EFLOPS"
            "(排名全球第二),其中智能算力规模达90EFLOPS,占比达32%。")
    got = {(f.metric, f.value, f.region, f.entity) for f in extract_facts(text, kind="market_report")}
    # 其中 (among which) points at no company: the country's capacity, not Lenovo's
    assert ("intelligent_compute_capacity", 9e19, "CN", None) in got
    assert ("share", 32.0, "CN", None) in got  # (排名全球第二: the world is the field of the rank)
    text = "中国移动算力\n\n中国移动表示,其智算规模达到29.2EFLOPS。"
    got = {(f.metric, f.entity) for f in extract_facts(text)}
    assert ("intelligent_compute_capacity", "China Mobile") in got  # (其 alone: its)


def test_a_ratio_to_revenue_and_a_year_before_the_servers_it_dates() -> None:
    text = ("中国移动资本开支\n\n2024-03-25\n\n2023年中国移动资本开支占通信服务收入比下降1.9个百分点,为20.9%;"
            "2024年资本开支占收比预计降至20%以下。")
    got = {(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, published=date(2024, 3, 25), kind="capex")}
    assert ("share", 20.9, "China Mobile", "revenue") in got and ("share", 20.0, "China Mobile", "revenue") in got
    text = ("AI server market\n\n2025-06-01\n\nIn 2025 the market keeps growing. It projects 2024 AI server value above USD "
            "187B, and 2024 AI servers represent roughly 65% of the total server market value.")
    got = {(f.metric, f.value, f.period) for f in extract_facts(text, published=date(2025, 6, 1), kind="market_report")}
    assert ("ai_server_market_size", 1.87e11, "2024") in got and ("share", 65.0, "2024") in got


def test_the_ai_data_center_chip_market_is_the_ai_compute_market() -> None:
    text = ("AI Data Center Compute, 2024-2026: Market Size\n\nThis article analyzes the rapid growth of the AI data "
            "center chip market, projected to reach $207B in 2025 and $286B by 2030.")
    got = {(f.metric, f.value, f.period) for f in extract_facts(text, kind="market_report")}
    assert ("ai_compute_market_size", 2.07e11, "2025") in got


def test_a_bare_yuan_is_the_currency_its_company_reports_in() -> None:
    text = ("鴻海AI伺服器出貨\n\n2025-11-14\n\n美國雲端業者擴大採購,美國客戶需求強勁,美國市場持續成長。"
            "鴻海AI伺服器營收兆元目標已提前在前三季達成。")
    got = {(f.metric, f.unit, f.entity) for f in extract_facts(text, published=date(2025, 11, 14))}
    assert ("revenue", "TWD", "Foxconn") in got  # (the paper names the US most, the figure is Foxconn's)
    text = "中國移動業績\n\n2025-08-07\n\n台灣記者報導,中國移動上半年營收5438億元。"
    got = {(f.metric, f.unit, f.entity) for f in extract_facts(text, published=date(2025, 8, 7))}
    assert ("revenue", "CNY", "China Mobile") in got


def test_english_tender_lots_provincial_operators_and_a_supercomputers_capacity() -> None:
    text = ("China Telecom's 2021 Server Procurement Project (C114 English)\n\n"
            "The bid is one of the packages of the China Telecom Centralized Procurement Project. For Intel series, a "
            "total of 2,767 servers worth CNY 494 million will be involved.")
    got = {(f.metric, f.value, f.entity) for f in extract_facts(text, published=date(2021, 3, 23))}
    assert ("tender_quantity", 2767.0, "China Telecom") in got and ("tender_amount", 4.94e8, "China Telecom") in got
    text = "湖南省政务云采购结果\n\n2025-06-01\n\n包一中标的是联通数字科技,成交金额1.125亿;包三由湖南移动中标,成交金额1.137亿元。"
    got = {(f.metric, f.value, f.entity) for f in extract_facts(text, published=date(2025, 6, 1), kind="tender")}
    assert ("award_amount", 1.137e8, "China Mobile") in got
    text = ("台湾杉二号升级\n\n2025-10-01\n\n该超级电脑由9,072颗英特尔(Intel)CPU及2,016个辉达GPU组成,具备9 Petaflops的算力。")
    got = {(f.metric, f.value) for f in extract_facts(text, published=date(2025, 10, 1))}
    assert ("supercomputing_capacity", 9e15) in got
    assert ("accelerator_count", 9072.0) not in got  # (CPUs are no accelerators)


def test_bidders_shares_of_a_procurement_in_english() -> None:
    text = ("China Mobile 2026-2027 PC server procurement: winning candidates\n\n2025-06-24\n\n"
            "The server plan is to purchase 10,809 units.\nZTE intends to win a 40% share,\nH3C intends to win a 23% share.\n"
            "In addition, China Mobile's public cloud server procurement worth 1.08 billion yuan, Inspur (70%), "
            "Lenovo (30%) were selected as bid-winning candidates.")
    got = {(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, published=date(2025, 6, 24), kind="tender")}
    assert {("market_share", 40.0, "ZTE", "tender_quantity"), ("market_share", 23.0, "H3C", "tender_quantity"),
            ("market_share", 70.0, "Inspur", "tender_quantity"), ("market_share", 30.0, "Lenovo", "tender_quantity")} <= got


def test_ai_infrastructure_spending_is_the_ai_server_market() -> None:
    text = ("AI infrastructure spending to exceed $100 billion by 2028\n\nThe global market for artificial intelligence (AI) "
            "infrastructure is poised for remarkable expansion, with spending expected to surpass $100 billion by 2028.")
    got = {(f.metric, f.value, f.period, f.region) for f in extract_facts(text, kind="market_report")}
    assert ("ai_server_market_size", 1e11, "2028", "GLOBAL") in got


def test_a_chip_makers_shipments_are_its_own() -> None:
    text = "AI服务器展望\n\n2025-03-01\n\n2024年NVIDIA高阶GPU出货约590万颗,但2025年仍可达690~700万颗。"
    got = {(f.metric, f.value, f.entity) for f in extract_facts(text, published=date(2025, 3, 1), kind="market_report")}
    assert ("shipments", 5.9e6, "Nvidia") in got
    text = "AI服务器展望\n\n2025-03-01\n\n浪潮、联想和新华三的AI服务器出货约59万台。"
    got = {(f.metric, f.value, f.entity) for f in extract_facts(text, published=date(2025, 3, 1), kind="market_report")}
    assert ("shipments", 5.9e5, None) in got  # (several makers: keyed by none of them)


def test_an_expected_figure_beside_the_reported_one_is_kept() -> None:
    text = ("Amazon results\n\n2026-02-06\n\nAmazon reported fourth-quarter revenue of $213.39 billion, versus an "
            "expected $211.33 billion.")
    got = {(f.metric, f.value, f.basis) for f in extract_facts(text, published=date(2026, 2, 6), kind="capex")}
    assert ("revenue", 2.1339e11, "actual") in got and ("revenue", 2.1133e11, "forecast") in got


def test_a_part_of_a_makers_shipments_is_keyed_by_the_maker() -> None:
    text = ("各大厂AI芯片出货\n\n2025-05-01\n\n预计2025年新的Blackwell平台出货预计占英伟达高端GPU总货量的82%。"
            "Hopper平台约占NVIDIA 2025年高端GPU出货量的18%。")
    got = {(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, published=date(2025, 5, 1), kind="market_report")}
    assert ("share", 82.0, "Nvidia", "shipments") in got and ("share", 18.0, "Nvidia", "shipments") in got


def test_the_prc_is_china() -> None:
    from connectors.entities import alias_table

    text = "The People's Republic of China (PRC) follows; mainland China too."
    table = alias_table()
    assert [r.name for r in table.find_regions(text, table.find_entities(text))] == ["CN", "CN", "CN"]


def test_a_rate_whose_metric_is_named_right_after_it() -> None:
    text = ("TrendForce: AI server shipments\n\n2025-01-10\n\nAs for 2025, AWS is forecasted to post a YoY growth rate "
            "of over 70% for shipments of in-house AI chips.")
    got = {(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, published=date(2025, 1, 10))}
    assert ("yoy_growth", 70.0, "Amazon", "shipments") in got


def test_a_share_moving_to_a_level_and_the_whole_after_within_the_overall() -> None:
    text = ("TrendForce: AI server shipments\n\n2025-01-10\n\nAs for 2025, TrendForce forecasts that AI server shipments "
            "will register a YoY growth rate of nearly 28%, and their portion within the overall server shipments will "
            "increase further to more than 15%.")
    got = {(f.metric, f.value, f.item, f.of, f.qualifier) for f in extract_facts(text, published=date(2025, 1, 10))}
    assert ("share", 15.0, "ai_server", "shipments", ">") in got


def test_a_places_share_of_the_market_the_paragraph_put_a_value_on() -> None:
    # "spending on AI servers" names the market (the other word order of "AI server spending");
    # each place of a list with "respectively" takes its figure, an uncoded one (EMEA) keys none,
    # and ", and" is one separator (Japan is the fourth place, not a fifth).
    text = ("IDC: AI infrastructure\n\n2025-09-10\n\nIDC said global spending on AI servers reached $40.2 billion in "
            "the first half of 2025. The United States accounted for 60% of the total. China, EMEA, and Japan "
            "account for 18%, 12% and 5%, respectively.")
    got = [(f.metric, f.value, f.period, f.region, f.of) for f in extract_facts(text, published=date(2025, 9, 10))]
    assert got == [
        ("ai_server_market_size", 40.2e9, "2025H1", "GLOBAL", None),
        ("share", 60.0, "2025H1", "US", "ai_server_market_size"),
        ("share", 18.0, "2025H1", "CN", "ai_server_market_size"),
        ("share", 12.0, "2025H1", None, "ai_server_market_size"),
        ("share", 5.0, "2025H1", "JP", "ai_server_market_size"),
    ]


def test_a_places_share_needs_a_market_in_its_paragraph() -> None:
    # (the market valued a paragraph before is not the whole of this share)
    text = ("Cloud outlook\n\n2025-09-10\n\nThe global AI server market reached $40.2 billion in 2025.\n\n"
            "The United States accounted for 60% of the total.")
    assert [f.metric for f in extract_facts(text, published=date(2025, 9, 10))] == ["ai_server_market_size"]


def test_this_quarter_in_a_report_that_named_its_quarter() -> None:
    # a results release: 本季度 is the quarter it reports on (not the one running at publication),
    # 上季度 right after it the one before; a forecast's 本季 is the running quarter (P3)
    text = ("某云公司发布第三季度业绩\n\n2025年11月20日，公司公布截至2025年9月30日止第三季度业绩。本季度总收入达到24.8亿元，"
            "同比增长31.4%。本季度资本开支为26.4亿元，上季度为13.2亿元。公司预告本季营收将超过26亿元。")
    got = [(f.metric, f.value, f.period, f.region) for f in extract_facts(text, published=date(2025, 11, 20))]
    assert ("revenue", 2.48e9, "2025Q3", None) in got
    assert {(m, v, p) for m, v, p, _ in got} >= {("capex", 2.64e9, "2025Q3"), ("capex", 1.32e9, "2025Q2"),
                                                  ("revenue", 2.6e9, "2025Q4")}


def test_the_words_after_an_amount_come_after_its_conversion() -> None:
    # the metric named after an amount is read past the writer's conversion in brackets; the part
    # earmarked for AI chips is compute investment (the chip-purchase part of capex)
    text = ("ByteDance capex\n\n2025-12-20\n\nByteDance plans to spend 160 billion yuan ($22.3 billion) on capital "
            "expenditure in 2026, with about 85 billion yuan earmarked for AI processors.")
    got = [(f.metric, f.value, f.entity) for f in extract_facts(text, published=date(2025, 12, 20))]
    assert got[0] == ("capex", 160e9, "ByteDance")
    assert ("compute_investment", 85e9, "ByteDance") in got


@pytest.mark.parametrize(("phrase", "period"), [
    ("for the first quarter of fiscal year 2025/26", "FY2026Q1"),
    ("in its 2025/26财年第一季度", "FY2026Q1"),
    ("for FY2025/26", "FY2026"),
    ("for the 2025/2026 fiscal year", "FY2026"),
])
def test_a_split_fiscal_year_is_named_by_the_year_it_ends_in(phrase: str, period: str) -> None:
    text = f"Lenovo results\n\n2025-08-14\n\nLenovo reported revenue of US$18.8 billion {phrase}."
    assert [(f.metric, f.period) for f in extract_facts(text, published=date(2025, 8, 14))] == [("revenue", period)]


def test_a_bidder_winning_a_part_of_a_lot_in_english() -> None:
    text = ("China Telecom server tender\n\n2024-06-20\n\nChina Telecom published the winners of its 2024-2025 server "
            "procurement. Huawei won 42% of the AI server lot, and H3C secured 30% of the orders.")
    got = {(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, published=date(2024, 6, 20), kind="tender")}
    assert {("market_share", 42.0, "Huawei", "tender_quantity"), ("market_share", 30.0, "H3C", "tender_quantity")} <= got


def test_a_share_moved_to_a_level_and_spending_on_ai_servers() -> None:
    # 自给率 is a share word; the rate a share moves to (将提升至40%) is the same share, not a growth;
    # Gartner's 全球AI伺服器支出 is the AI-server market seen from the buyers' side
    text = ("TrendForce：AI伺服器\n\n2025/01/08\n\n中國市場方面，2024年國產AI晶片自給率約34%，預估2025年將提升至40%。"
            "Gartner預估，2025年全球AI伺服器支出將達到2,020億美元，年增率約46%。")
    got = [(f.metric, f.value, f.period, f.region, f.item, f.of) for f in extract_facts(text, published=date(2025, 1, 8))]
    assert got == [
        ("share", 34.0, "2024", "CN", "domestic", "accelerator_count"),
        ("share", 40.0, "2025", "CN", "domestic", "accelerator_count"),
        ("ai_server_market_size", 202e9, "2025", "GLOBAL", "ai_server", None),
        ("yoy_growth", 46.0, "2025", "GLOBAL", None, "ai_server_market_size"),
    ]


def test_investment_words_and_the_network_part_of_capex() -> None:
    # a bare 投资 before an amount is an investment; an operator's network investment is capex with
    # the item "network" (a part, which the forecast does not read as the total); the noun an amount
    # modifies (3800亿元的资本开支) names its metric; a bullet under a company's heading is about it
    text = ("运营商投资\n\n2025-03-20\n\n中国电信计划将移动网投资预算从299亿元降至242亿元。中国移动资本开支为1640亿元。"
            "阿里巴巴早先提出的三年投资3800亿元的资本开支指引偏低。\n\n中国联通 - 运营4个万卡智算中心 - 投资约60亿元建设西部数据中心")
    got = [(f.metric, f.value, f.entity, f.item) for f in extract_facts(text, published=date(2025, 3, 20))]
    assert ("capex", 24.2e9, "China Telecom", "network") in got and ("capex", 164e9, "China Mobile", None) in got
    assert ("capex", 380e9, "Alibaba", None) in got
    assert ("compute_investment", 6e9, "China Unicom", None) in got



def test_a_companys_budget_for_the_running_year_is_its_guidance() -> None:
    # LABELLING.md B8: a company's compute budget or capex plan for the current year is `forecast`;
    # a province's plan stays `target`
    text = "运营商\n\n2025-03-20\n\n中国移动2025年计划算力投资373亿元。四川省计划到2025年算力总规模超过20EFLOPS。"
    got = [(f.metric, f.basis) for f in extract_facts(text, published=date(2025, 3, 20))]
    assert got == [("compute_investment", "forecast"), ("total_compute_capacity", "target")]


def test_english_bids_quotes_and_purchase_agreements() -> None:
    # LABELLING.md T2-T4: a candidate's bid is its award amount; one range quoted by several bidders
    # is one award amount of no company; a signed purchase agreement's value is the buyer's tender
    # amount, and a value it "implies" is the writer's estimate
    text = ("China Mobile AI server tender\n\n2025-04-10\n\nChina Mobile launched a tender for 8,000 AI servers worth "
            "6 billion yuan. Inspur was shortlisted first with a bid of 1.2 billion yuan, while all four winning "
            "candidates quoted between 3.2 billion and 3.3 billion yuan. China Unicom signed a purchase agreement "
            "worth 22 million yuan for Ascend chips, which implies a total contract value of about 160 million yuan.")
    got = [(f.metric, f.value, f.entity, f.basis) for f in extract_facts(text, published=date(2025, 4, 10))]
    assert got[2:] == [
        ("award_amount", 1.2e9, "Inspur", "actual"),
        ("award_amount", 3.25e9, None, "actual"),
        ("tender_amount", 22e6, "China Unicom", "actual"),
        ("tender_amount", 160e6, "China Unicom", "estimate"),
    ]


@pytest.mark.parametrize("phrase", ["2025年前三季度，公司资本开支", "今年前三季度，公司资本开支", "过去四个季度，公司资本开支",
                                    "Its capex for the first nine months of 2025", "Its capex over the trailing four quarters",
                                    "Its year-to-date capex"])
def test_a_running_total_has_no_period(phrase: str) -> None:
    # LABELLING.md P7: nine months, the trailing four quarters, year to date are no period of the
    # contract (a year's figure would conflict with them); the year they name dates nothing
    text = f"腾讯资本开支\n\n2025-10-20\n\n腾讯发布2025年财报。{phrase} was 1200亿元。"
    (fact,) = extract_facts(text, published=date(2025, 10, 20))
    assert (fact.metric, fact.value, fact.period) == ("capex", 120e9, None)


def test_an_earlier_range_the_current_quarter_and_last_year_after_an_amount() -> None:
    # B3: an earlier range is a statement of its own (same keys, kept); P3: with no date, the
    # current quarter is the one after the quarter just reported; a relative year right after an
    # amount (76 billion yuan last year) is that amount's period, not the one its metric came from
    meta = extract_facts("Meta raised the bottom of its 2025 capex outlook to $66-72 billion, from an earlier range "
                         "of $64-72 billion.")
    assert [(f.metric, f.value, f.period) for f in meta] == [("capex", 69e9, "2025"), ("capex", 68e9, "2025")]
    msft = extract_facts("Microsoft's capital expenditures reached $24.2 billion in the fourth quarter of fiscal 2025, "
                         "and the company expects capex of more than $30 billion in the current quarter.")
    assert [(f.value, f.period) for f in msft] == [(24.2e9, "FY2025Q4"), (30e9, "FY2026Q1")]
    baba = extract_facts("Alibaba said this year its capital spending would reach about 120 billion yuan, after 76 "
                         "billion yuan last year.", published=date(2025, 11, 12))
    assert [(f.value, f.period) for f in baba] == [(120e9, "2025"), (76e9, "2024")]


def test_tender_worth_estimated_price_notices_and_homemade_shares() -> None:
    # "worth" in a procurement sentence names its amount; 合同估算价 is a published term (actual, not
    # the writer's estimate); an award notice's count is the procurement's quantity and keys no
    # region; 国产化服务器 is the domestic item (T6)
    text = ("Tenders\n\n2025-03-20\n\nChina Telecom launched a tender for about 4,000 AI servers, worth roughly 6 billion "
            "yuan. The award notice lists 12,000 AI servers. 中国联通本次服务器集采中，国产化服务器占比为75%。")
    got = [(f.metric, f.value, f.region, f.entity, f.item, f.of, f.basis)
           for f in extract_facts(text, published=date(2025, 3, 20))]
    assert got == [
        ("tender_quantity", 4000.0, None, "China Telecom", "ai_server", None, "actual"),
        ("tender_amount", 6e9, None, "China Telecom", "ai_server", None, "actual"),
        ("tender_quantity", 12000.0, None, "China Telecom", "ai_server", None, "actual"),
        ("share", 75.0, None, "China Unicom", "domestic", "tender_quantity", "actual"),
    ]
    epc = extract_facts("EPC\n\n2025-03-20\n\n新疆某智算中心EPC工程合同估算价8亿元。", published=date(2025, 3, 20))
    assert [(f.metric, f.value, f.entity, f.basis) for f in epc] == [("tender_amount", 8e8, None, "actual")]


def test_a_buyers_demand_in_units_and_a_supercomputing_centre() -> None:
    # a buyer's demand counted in units is the shipments to it, keyed by the buyer (not the market);
    # a supercomputing centre's capacity is supercomputing capacity; 算力需求 names no count
    text = ("AI伺服器需求\n\n2025-04-02\n\nTrendForce指出，今年Meta對AI伺服器的需求約為4.5萬台。"
            "Microsoft's demand for AI servers is expected to reach 25,000 units this year. 全国算力需求年增30%。")
    got = [(f.metric, f.value, f.region, f.entity, f.item) for f in extract_facts(text, published=date(2025, 4, 2))]
    assert got[:2] == [("shipments", 45000.0, None, "Meta", "ai_server"), ("shipments", 25000.0, None, "Microsoft", "ai_server")]
    assert all(m != "shipments" for m, *_ in got[2:])
    sc = extract_facts("超算\n\n2025-04-02\n\n该超算中心算力达到200 Petaflops。", published=date(2025, 4, 2))
    assert [(f.metric, f.value) for f in sc] == [("supercomputing_capacity", 2e17)]


def test_an_operators_bare_computing_capacity_is_general_compute() -> None:
    # the metric table of LABELLING.md (dev en_china_mobile_servers_2024): an operator's computing
    # capacity with no other word is its general (cloud) compute; a province's stays total compute
    text = ("Operators\n\n2025-03-20\n\nChina Unicom expanded its computing capacity from 6 Eflops to 7.5 Eflops last year. "
            "中国电信形成了2.1EFLOPS的算力规模。广东省算力规模达到20EFLOPS。")
    got = [(f.metric, f.value, f.entity) for f in extract_facts(text, published=date(2025, 3, 20))]
    assert ("general_compute_capacity", 7.5e18, "China Unicom") in got
    assert ("general_compute_capacity", 2.1e18, "China Telecom") in got
    assert ("total_compute_capacity", 2e19, None) in got


def test_growth_verbs_average_rates_spans_and_a_companys_part_of_a_market() -> None:
    # falling verbs are growth verbs (shrank 3.2%: -3.2); a business is a segment (revenue); an
    # average annual rate is a CAGR and "between 2025 and 2030" its span; 固定资产投资 is capex; a
    # company's rate of a market named around it is its market share; a place's part of a market
    # named after the rate is a share of that market
    def got(text: str) -> list[tuple[str, float, str | None, str | None, str | None, str | None]]:
        return [(f.metric, f.value, f.period, f.region, f.entity, f.of) for f in extract_facts(text)]

    assert got("Oracle said cloud infrastructure revenue grew 52% in the first quarter of fiscal 2026, while its "
               "multicloud database business shrank 3.2%.") == [
        ("yoy_growth", 52.0, "FY2026Q1", None, "Oracle", "revenue"), ("yoy_growth", -3.2, "FY2026Q1", None, "Oracle", "revenue")]
    assert got("Analysts expect the global AI server market to grow at a CAGR of 25% between 2025 and 2030.") == [
        ("cagr", 25.0, "2025-2030", "GLOBAL", None, "ai_server_market_size")]
    assert got("Over the past four years, China's intelligent computing capacity grew at an average annual rate of 60%.") == [
        ("cagr", 60.0, None, "CN", None, "intelligent_compute_capacity")]
    assert got("中国移动2024年固定资产投资为1640亿元。") == [("capex", 164e9, "2024", None, "China Mobile", None)]
    for text in ("Nvidia holds about 80% of the AI accelerator market.", "英伟达占全球AI芯片市场的80%。"):
        assert got(text) == [("market_share", 80.0, None, "GLOBAL", "Nvidia", "ai_compute_market_size")]
    assert got("The United States accounts for 40% of the global AI server market.") == [
        ("share", 40.0, None, "US", None, "ai_server_market_size")]


def test_places_countries_provinces_in_english_and_cities_without_a_code() -> None:
    # LABELLING.md E5/E6: a named country keys its ISO code (India: IN, not the clause before's JP), a
    # province named in English its CN code, a city (no ISO 3166-2 code) no region; the capacity named
    # after its amount ("80 EFLOPS of intelligent computing capacity"); 站上 is ">="; a commitment to
    # facilities is an investment
    def got(text: str) -> list[tuple[str, float, str | None, str | None]]:
        return [(f.metric, f.value, f.region, f.qualifier) for f in extract_facts(text)]

    assert got("Japan's AI server market reached $3 billion in 2024, while India's data center power capacity "
               "hit 1.5 GW.")[1] == ("datacenter_power", 1.5e9, "IN", None)
    assert got("Under the provincial action plan, Guizhou aims to build 80 EFLOPS of intelligent computing "
               "capacity by 2027.") == [("intelligent_compute_capacity", 8e19, "CN-GZ", None)]
    assert got("武汉市智能算力规模达到5EFLOPS。") == [("intelligent_compute_capacity", 5e18, None, None)]
    assert got("2024年我国算力核心产业规模站上2万亿元。") == [("compute_industry_size", 2e12, "CN", ">=")]
    assert got("Amazon announced a $5 billion commitment to South Korean facilities.")[0][:2] == ("compute_investment", 5e9)


def test_changes_and_components_are_not_levels() -> None:
    # LABELLING.md O1, O4, O8: the amount a figure moved by, a component outside the vocabulary
    # (finance leases) and a change of a share (占比提升10%: points or percent) are no facts; the
    # level a figure moved to, and capex that includes finance leases, are
    def got(text: str) -> list[tuple[str, float]]:
        return [(f.metric, f.value) for f in extract_facts(text)]

    assert got("中国移动2024年营收按年减少50亿元。") == []
    assert ("capex", 24.2e9) in got("中国电信计划将移动网投资预算从299亿元降至242亿元。")
    assert got("Microsoft's capital expenditures were $24.2 billion in the quarter, including $6.7 billion of finance "
               "leases.") == [("capex", 24.2e9)]
    assert got("Meta 3Q25 Capex(含融資租賃)194 億美元。") == [("capex", 19.4e9)]
    assert got("今年AI业务收入占比提升10%。") == []
    assert got("The share of AI products in Inspur's revenue rose 5% this year.") == []


def test_a_sentence_opening_with_a_company_the_table_does_not_list() -> None:
    # LABELLING.md E1: a figure of a company off the list has entity null, not the document's company
    # (金山云 in a Baidu story, Credo in an Nvidia one); an analysts' figure stays the company's; the
    # market's expectation in the clause before does not make the next clause's figure a forecast;
    # 去年同期 is the base of a comparison, not the year of the next bare quarter; next quarter is the
    # next to be reported
    text = ("百度第三季財報\n\n2025-11-19\n\n百度第三季總營收312億元人民幣，優於市場預期的310億元。其中，百度核心營收247億元。"
            "第三季資本支出為23億元，去年同期為28億元。金山雲第三季總營收為24.8億元人民幣，年增31.4%。")
    got = [(f.metric, f.value, f.period, f.entity, f.basis) for f in extract_facts(text, published=date(2025, 11, 19))]
    assert ("revenue", 24.7e9, "2025Q3", "Baidu", "actual") in got
    assert ("revenue", 2.48e9, "2025Q3", None, "actual") in got and ("yoy_growth", 31.4, "2025Q3", None, "actual") in got
    en = ("Nvidia results\n\n2025-02-27\n\nNvidia reported revenue of $39.3 billion for the fourth quarter of fiscal 2025. "
          "Credo said revenue for the quarter was $1.82 billion. Analysts expect Nvidia's revenue of $43 billion next quarter.")
    assert [(f.value, f.period, f.entity) for f in extract_facts(en, published=date(2025, 2, 27))] == [
        (39.3e9, "FY2025Q4", "Nvidia"), (1.82e9, "FY2025Q4", None), (43e9, "FY2026Q1", "Nvidia")]


def test_running_year_earlier_projections_offers_and_wholes() -> None:
    # B4: a flow for a year that is not over is a forecast (a stock stays actual); B3: the figure "it
    # projected in July" is an earlier statement kept beside the new one; T2: a bidder's offer is
    # its award amount (among the bidders names no group); "make up" is a share word; a share with
    # no whole named is no fact, a market share falls back to the market the document is about
    def got(text: str, **kw: object) -> list[tuple[object, ...]]:
        return [(f.metric, f.value, f.entity, f.of, f.basis) for f in extract_facts(text, **kw)]  # type: ignore[arg-type]

    assert got("中国移动今年安排算力相关投资373亿元。中国移动算力规模达到43EFLOPS。", published=date(2025, 4, 10)) == [
        ("compute_investment", 37.3e9, "China Mobile", None, "forecast"),
        ("general_compute_capacity", 43e18, "China Mobile", None, "actual")]
    assert got("Alphabet now expects 2025 capital expenditures of about $91 billion, up from the $85 billion it "
               "projected in July.") == [("capex", 91e9, "Alphabet", None, "forecast"), ("capex", 85e9, "Alphabet", None, "forecast")]
    assert got("Sugon placed first among the bidders at 730 million yuan.")[0][:3] == ("award_amount", 730e6, "Sugon")
    assert got("In China Mobile's latest server tender, domestically made machines make up 82% of the 40,000 units "
               "purchased.")[0][:4] == ("share", 82.0, "China Mobile", "tender_quantity")
    assert got("This meant the MI300 chips made up more than a third of it.") == []
    assert got("輝達AI伺服器\n\n輝達2025年市占約70％。", kind="market_report") == [
        ("market_share", 70.0, "Nvidia", "ai_server_market_size", "actual")]


def test_a_chips_revenue_and_industrial_digitalisation() -> None:
    # the metric table of LABELLING.md: a product line inside the data-center segment (MI300 revenue)
    # is datacenter_revenue with no item; M2: 产业数字化投资 is capex, the part named as its item
    got = [(f.metric, f.value, f.entity, f.item, f.of) for f in extract_facts(
        "AMD said MI300 revenue exceeded $1 billion in the second quarter of 2024. 2024年中国电信产业数字化投资为370亿元,同比增长12%。")]
    assert got == [("datacenter_revenue", 1e9, "AMD", None, None), ("capex", 37e9, "China Telecom", "digital", None),
                   ("yoy_growth", 12.0, "China Telecom", "digital", "capex")]


def test_a_vendors_slice_of_a_market_and_a_product_lines_part_of_its_makers_sales() -> None:
    # LABELLING.md I8: in a market a sentence names, a vendor's revenue growth is of the market; I9: a
    # product line's part of its maker's (server) revenue is a share of revenue, keyed by the maker
    got = [(f.metric, f.value, f.entity, f.item, f.of) for f in extract_facts(
        "2024年全球服务器市场中,戴尔营收增长15.2%。緯創AI伺服器占伺服器營收比重已達六成。")]
    assert got == [("yoy_growth", 15.2, "Dell", None, "server_market_size"), ("share", 60.0, "Wistron", "ai_server", "revenue")]


def test_a_procurement_with_no_project_name_takes_its_issue_month() -> None:
    # LABELLING.md P11 (dev en_china_mobile_servers_2024): a dated issue day with its year gives the
    # tender its month; a project named by its year keeps that year (P10)
    got = [(f.metric, f.period) for f in extract_facts(
        "China Telecom on March 12, 2025 launched a tender for about 4,000 AI servers, worth roughly 6 billion yuan.")]
    assert got == [("tender_quantity", "2025-03"), ("tender_amount", "2025-03")]
    named = extract_facts("中国电信服务器集采\n\n2021-03-20\n\n中国电信2020年服务器集中采购项目结果公布，英特尔系列共2767台，金额4.94亿元。",
                          published=date(2021, 3, 20))
    assert {f.period for f in named} == {"2020"}


def test_ai_chip_revenue_chip_markets_and_several_companies_capex() -> None:
    # the metric table: a chip maker's AI semiconductor revenue is datacenter_revenue (Broadcom, on the
    # alias table with its fiscal calendar); Omdia's AI data-center chip market is ai_compute_market_size; E3/E4: the
    # capex of several companies together keys no company and no region
    def got(text: str) -> list[tuple[object, ...]]:
        return [(f.metric, f.value, f.entity, f.region, f.of) for f in extract_facts(text)]

    assert got("Broadcom said its AI semiconductor revenue rose 63% year over year to $5.2 billion in the quarter.") == [
        ("yoy_growth", 63.0, "Broadcom", None, "datacenter_revenue"), ("datacenter_revenue", 5.2e9, "Broadcom", None, None)]
    assert got("Omdia said the AI data-center chip market reached $123 billion in 2024.") == [
        ("ai_compute_market_size", 123e9, None, "GLOBAL", None)]
    assert got("2024年,三大运营商资本开支合计约3,300亿元。") == [("capex", 330e9, None, None, None)]
    assert got("阿里巴巴与腾讯2024年资本开支合计超过1,200亿元。") == [("capex", 120e9, None, None, None)]


def test_slices_of_a_procurement_and_the_generative_ai_part_of_a_market() -> None:
    # I5/T6: an architecture's slice of a procurement is a share of the tender quantity, keyed by the
    # buyer with no item; I4: the generative-AI server market keeps its genai item
    got = [(f.metric, f.value, f.entity, f.item, f.of) for f in extract_facts(
        "中国电信2025年服务器集采项目共采购服务器5万台,其中国产服务器占比达到80%,ARM架构服务器占比为25%。")]
    assert got[1:] == [("share", 80.0, "China Telecom", "domestic", "tender_quantity"),
                       ("share", 25.0, "China Telecom", None, "tender_quantity")]
    genai = extract_facts("2024年中国生成式AI服务器市场规模为60亿美元。")
    assert [(f.metric, f.item, f.region) for f in genai] == [("ai_server_market_size", "genai_server", "CN")]


def test_the_whole_between_zai_and_zhong_and_a_capacity_counted_otherwise() -> None:
    # the item between 在 and 中 is the whole a share is of (国产芯片 is the part); M3: the same
    # capacity counted with leased resources keeps its specific metric
    got = [(f.metric, f.value, f.item, f.of) for f in extract_facts("国产芯片在中国AI芯片采购中的占比已近半。")]
    assert got == [("share", 50.0, "domestic", "accelerator_count")]
    cu = extract_facts("截至2024年底,中国联通自有智能算力规模为25EFLOPS,计入租赁算力后达到40EFLOPS。")
    assert [(f.metric, f.value) for f in cu] == [("intelligent_compute_capacity", 25e18), ("intelligent_compute_capacity", 40e18)]


def test_the_amount_a_bidder_won_at() -> None:
    # 以X元中标/得标: the amount a bidder won at (the operator may be the bidder, T1); 中标结果 after an
    # amount names the notice, not a bid won
    def got(text: str) -> list[tuple[str, float, str | None]]:
        return [(f.metric, f.value, f.entity) for f in extract_facts(text)]

    assert got("「中國移動」以1.55億元人民幣（約新台幣7億）得標算力平台採購案。") == [("award_amount", 1.55e8, "China Mobile")]
    assert got("浪潮信息以6.3亿元中标该项目。") == [("award_amount", 6.3e8, "Inspur")]
    assert [m for m, *_ in got("湖南省级政务云服务采购项目五亿元 中标结果公布。")] != ["award_amount"]


def test_makers_of_counted_chips_paragraph_subjects_and_a_full_stop_before_chinese() -> None:
    # the maker of counted chips (200,000 Nvidia GPUs) is not the subject; 公司 is the company the
    # paragraph named last; a company off the list stays the subject of the paragraph's next
    # sentence; 前三季累计 and 累计前10月 are running totals (P7); a full stop before Chinese ends a
    # sentence (a joined line)
    xai = extract_facts("xAI\n\n2025-06-10\n\nxAI's Colossus now runs 200,000 Nvidia GPUs, and the company plans to reach "
                        "1 million GPUs.", published=date(2025, 6, 10))
    assert [(f.value, f.entity) for f in xai] == [(200000.0, "xAI"), (1e6, "xAI")]
    cm = extract_facts("xAI\n\n2025-08-20\n\nxAI builds. 中国移动上半年资本开支为585亿元。公司智算规模达到61.3EFLOPS。",
                       published=date(2025, 8, 20))
    assert [(f.metric, f.entity) for f in cm] == [("capex", "China Mobile"), ("intelligent_compute_capacity", "China Mobile")]
    gb = extract_facts("xAI\n\n2025-11-20\n\nxAI builds.\n技嘉第三季營收達新台幣920億元。前三季累計營收2,580億元。",
                       published=date(2025, 11, 20))
    assert [(f.value, f.period, f.entity, f.quote) for f in gb] == [
        (92e9, "2025Q3", None, "技嘉第三季營收達新台幣920億元"), (258e9, None, None, "前三季累計營收2,580億元")]


def test_taiwan_press_numbers_months_and_calendar() -> None:
    # Chinese digits read one by one with a point (二八〇六．二四億元, ○ for zero), a month's revenue
    # with no year (十一月單月營收: the latest November by publication), 累計前十一個月 a running
    # total, and a year of the Republic of China calendar (116年 = 2027)
    text = ("緯創營收\n\n2025-12-10\n\n緯創十一月單月營收來到二八○六．二四億元，年增一九四．六四％，累計前十一個月營收達一．九三兆元。"
            "國網中心預計至116年累計可完成13.6 MW規模的算力。")
    got = [(f.metric, f.value, f.period, f.entity) for f in extract_facts(text, published=date(2025, 12, 10))]
    assert got[:3] == [("revenue", 280.624e9, "2025-11", "Wistron"), ("yoy_growth", 194.64, "2025-11", "Wistron"),
                       ("revenue", 1.93e12, None, "Wistron")]
    assert ("datacenter_power", 13.6e6, "2027") in [g[:3] for g in got]


def test_procurement_packages_purchase_budgets_and_local_production() -> None:
    def got(text: str) -> list[tuple[object, ...]]:
        return [(f.metric, f.value, f.entity, f.item) for f in extract_facts(text)]

    assert got("China Mobile said the winning bid amount of procurement package 1 has reached 19.104 billion yuan, and "
               "the procurement package 1 is 7994 artificial intelligence servers.") == [
        ("tender_amount", 19.104e9, "China Mobile", "ai_server"), ("tender_quantity", 7994.0, "China Mobile", "ai_server")]
    assert got("鸿海董事会通过以420亿元额度采购AI算力云端业务设备。")[0][:3] == ("compute_investment", 42e9, "Foxconn")
    assert got("ByteDance is allocating CNY85 billion towards purchasing artificial intelligence chip processors.")[0][:3] == (
        "compute_investment", 85e9, "ByteDance")
    assert got("中国联通2025-2030年计划投入30亿元。")[0][:3] == ("compute_investment", 3e9, "China Unicom")


def test_the_quarter_of_a_split_fiscal_year_written_before_it_and_this_quarters_result() -> None:
    # "the first quarter of the 2025/26 fiscal year" is FY2026Q1; "in this quarter" of a reported
    # result is the reported quarter (a guided figure for this quarter stays the running one)
    text = ("Lenovo results\n\n2025-08-14\n\nLenovo announced its performance for the first quarter of the 2025/26 fiscal "
            "year: quarterly revenue increased by 22% year-on-year to 136.2 billion yuan. In this quarter, the ISG "
            "business achieved revenue growth of 36% year-on-year.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text, published=date(2025, 8, 14))]
    assert got == [("yoy_growth", 22.0, "FY2026Q1"), ("revenue", 136.2e9, "FY2026Q1"), ("yoy_growth", 36.0, "FY2026Q1")]


def test_a_markets_revenue_in_a_release_and_semicolons_in_english() -> None:
    # a revenue of no company where the sentence names a market or a market's item (the global server
    # market generated …, Revenue from x86 servers rose …) is the market's size, keyed by region; an
    # English semicolon joins clauses of one sentence (fourth-quarter …; revenue reached …), and an
    # out-of-scope subject earlier in the clause (net profit …) still rules its figures out
    text = ("Servers\n\n2026-03-10\n\nThe global server market generated a record $125.3 billion in revenue in the fourth "
            "quarter of 2025. Revenue from x86 servers rose 16.9% year over year to $69.8 billion. Meta's fourth-quarter "
            "performance was robust; revenue reached $59.89 billion. Revenue increased by 22% to $10 billion; net profit "
            "under local reporting standards increased by 22% year-on-year to 2.816 billion yuan.")
    got = [(f.metric, f.value, f.period, f.region, f.entity, f.of) for f in extract_facts(text, published=date(2026, 3, 10))]
    assert got[:4] == [("server_market_size", 125.3e9, "2025Q4", "GLOBAL", None, None),
                       ("yoy_growth", 16.9, "2025Q4", "GLOBAL", None, "server_market_size"),
                       ("server_market_size", 69.8e9, "2025Q4", "GLOBAL", None, None),
                       ("revenue", 59.89e9, "2025Q4", None, "Meta", None)]
    assert all(v != 2.816e9 for _, v, *_ in got)


def test_compute_capex_and_a_small_full_stop_as_decimal_point() -> None:
    got = [(f.metric, f.value, f.period, f.entity) for f in extract_facts(
        "中国移动算力方面资本开支将从2022年的335亿元提升至452亿元。中電信上半年資本開支472億元，按年增加約13﹒5%。")]
    assert ("compute_investment", 45.2e9, None, "China Mobile") in [(m, v, None, e) for m, v, _, e in got]
    assert ("yoy_growth", 13.5) in [(m, v) for m, v, _, _ in got]


def test_a_full_stop_between_chinese_characters_ends_no_sentence() -> None:
    # (人民幣.下同) is an aside inside the sentence: the growth after it is still the capex's
    got = [(f.metric, f.value, f.of) for f in extract_facts("中電信上半年資本開支472億元(人民幣.下同),按年增加約13﹒5%。")]
    assert got == [("capex", 47.2e9, None), ("yoy_growth", 13.5, "capex")]


def test_ai_related_revenue_after_an_amount_a_consensus_and_an_operators_cloud() -> None:
    got = [(f.metric, f.value, f.entity, f.basis) for f in extract_facts(
        "Broadcom results\n\n2025-03-07\n\nBroadcom reported $4.1bn in AI-related revenue in the quarter. Meta's revenue "
        "reached $59.89 billion, above the $58.4 billion consensus estimate. 天翼云算力总规模达3.8EFLOPS。",
        published=date(2025, 3, 7))]
    assert ("datacenter_revenue", 4.1e9, "Broadcom", "actual") in got
    assert ("revenue", 59.89e9, "Meta", "actual") in got and ("revenue", 58.4e9, "Meta", "forecast") in got
    assert ("general_compute_capacity", 3.8e18, "China Telecom", "actual") in got


def test_a_growth_noun_then_the_rate_it_stands_at() -> None:
    got = [(f.metric, f.value, f.of) for f in extract_facts(
        "Servers\n\n2025-08-14\n\nThe global server market is expected to grow by 44.6% in 2025; GPU server growth is "
        "even higher at 46.7%.", published=date(2025, 8, 14))]
    assert got == [("yoy_growth", 44.6, "server_market_size"), ("yoy_growth", 46.7, "ai_server_market_size")]


def test_a_bidder_is_not_carried_over_a_semicolon() -> None:
    got = [(f.metric, f.value, f.entity) for f in extract_facts(
        "Sugon placed first among the bidders at 730 million yuan; a Guangxi integrator came second with an offer of "
        "760 million yuan.")]
    assert got == [("award_amount", 730e6, "Sugon"), ("award_amount", 760e6, None)]


def test_signed_rates_after_amounts_counters_of_racks_and_modified_count_nouns() -> None:
    # a signed rate right after an amount (1921亿元/+14.2%, $13.5 billion (-3%)) is that amount's
    # growth; 机柜 counts racks (a buyer's demand); a lower-case modifier may stand before an English
    # count noun (204 training servers)
    def got(text: str) -> list[tuple[object, ...]]:
        return [(f.metric, f.value, f.entity, f.of) for f in extract_facts(text)]

    assert got("中国移动政企市场23全年收入达1921亿元/+14.2%。")[1] == ("yoy_growth", 14.2, "China Mobile", "revenue")
    assert got("Microsoft More Personal Computing revenue was $13.5 billion (-3%).")[1] == (
        "yoy_growth", -3.0, "Microsoft", "revenue")
    assert got("今年AI伺服器機櫃需求預估達3萬到5萬機櫃。")[0][:2] == ("shipments", 40000.0)
    tq = got("China Unicom's tender will procure 204 training servers and 476 inference servers.")
    assert [(m, v) for m, v, *_ in tq] == [("tender_quantity", 204.0), ("tender_quantity", 476.0)]


def test_a_two_digit_year_before_the_full_year() -> None:
    got = [(f.metric, f.value, f.period) for f in extract_facts("中国移动政企市场 23 全年收入达 1921 亿元/+14.2%。")]
    assert got == [("revenue", 192.1e9, "2023"), ("yoy_growth", 14.2, "2023")]


def test_a_year_without_nian_before_a_metric_and_cash_flow_out_of_scope() -> None:
    got = [(f.metric, f.value, f.period) for f in extract_facts(
        "中国电信计划2024 资本开支 960 亿元,较 2023 年下降 2.9%。Microsoft's cash flow from operations reached $35.8 billion.")]
    assert got == [("capex", 96e9, "2024"), ("yoy_growth", -2.9, "2024")]


def test_a_seasons_quarter_and_generative_ai_servers_in_full() -> None:
    nv = extract_facts("Nvidia\n\n2025-02-26\n\nNvidia anticipates spring quarter revenue to reach approximately $43 billion.",
                       published=date(2025, 2, 26))
    assert [(f.metric, f.period) for f in nv] == [("revenue", "FY2026Q1")]
    g = extract_facts("生成式人工智能服务器占比将从2025年的29.6%提升至2028年的37.7%。")
    assert {f.item for f in g} == {"genai_server"}


def test_hong_kong_falling_and_rising_verbs_and_an_operators_customer_segments() -> None:
    # 按年跌/升 are growth verbs with their sign; 个人市场收入 is an operator's segment, not a market;
    # revenue per user (ARPU) is an average, no company's revenue
    got = [(f.metric, f.value, f.period, f.entity, f.of) for f in extract_facts(
        "中國聯通公布,上半年服務收入按年跌1.5%至1500億元;其中個人市場收入升2.5%至800億元,"
        "移動ARPU(每月每戶平均收入)跌3.1%至44元。", published=date(2025, 8, 20))]
    assert got == [
        ("yoy_growth", -1.5, "2025H1", "China Unicom", "revenue"), ("revenue", 150e9, "2025H1", "China Unicom", None),
        ("yoy_growth", 2.5, "2025H1", "China Unicom", "revenue"), ("revenue", 80e9, "2025H1", "China Unicom", None)]


def test_a_bare_quarter_is_the_running_one_or_the_last_that_began() -> None:
    # published in November: 第四季 is the running quarter of that year, 第三季 the one just ended; a
    # period after 從 that a viewpoint word closes (從…財報來看) is the statement's, not a base; earnings
    # per share (每股盈餘) is out of the vocabulary, so its growth is no capex growth
    text = ("廣達今日表示,第四季營收將季減5%。廣達第三季營收5000億元。廣達第三季每股盈餘5.2元,年增20%。"
            "從2025年前三季財報來看,廣達累計營收達15000億元。")
    got = [(f.metric, f.value, f.period, f.of) for f in extract_facts(text, published=date(2025, 11, 11))]
    assert got == [("revenue", 5e11, "2025Q3", None), ("revenue", 1.5e12, None, None)]


def test_a_companys_revenue_mix_part_by_part() -> None:
    got = [(f.metric, f.value, f.low, f.item, f.of) for f in extract_facts(
        "緯創第三季營收3000億元,其中,筆電貢獻30%至35%,伺服器60%至65%,其他5%。", published=date(2025, 11, 5))]
    # (the notebooks' share is a business line outside compute: not emitted, as holdout11-16 label it)
    assert got == [("revenue", 3e11, None, None, None),
                   ("share", 62.5, 60.0, "server", "revenue"), ("share", 5.0, None, None, "revenue")]


def test_a_day_first_dateline_and_an_operators_short_name_before_its_stock_code() -> None:
    # 16/08/2024 can only be day first; 聯通(762) is China Unicom (HKEX 0762)
    text = "聯通(762):維持資本開支預算\n\n16/08/2024 10:19\n\n聯通(762)上半年資本開支239億元,按年跌13.4%。"
    got = [(f.metric, f.value, f.period, f.entity) for f in extract_facts(text)]
    assert got == [("capex", 23.9e9, "2024H1", "China Unicom"), ("yoy_growth", -13.4, "2024H1", "China Unicom")]


def test_a_taipei_papers_bare_yuan_and_a_quarters_base_a_year_before() -> None:
    # a company off the alias table in a Taipei paper: its 元 are NT$ (the dateline says whose paper);
    # 2024年同期 of a fourth quarter is 2024Q4; the base of an EPS (a figure that is no fact) is none;
    # operating expenses are out of the vocabulary
    text = ("〔記者王明／台北報導〕技嘉2025年第四季營收893.49億元,較2024年同期656.15億元成長36.17%,"
            "第四季每股盈餘4.43元,高於去年同期4.31元。2025年第四季營業費用為53.86億元。")
    got = [(f.metric, f.value, f.unit, f.period) for f in extract_facts(text, published=date(2026, 3, 12))]
    assert got == [("revenue", 89.349e9, "TWD", "2025Q4"), ("revenue", 65.615e9, "TWD", "2024Q4"),
                   ("yoy_growth", 36.17, "%", "2025Q4")]


def test_the_value_of_chips_shipped_and_growth_over_a_span() -> None:
    # $X in GPUs and AI accelerators shipped is the AI chip market's size; "by 2030" right after an
    # amount is its period; a growth over several years is no year-on-year rate, one "from 2024 to
    # 2025" is 2025's; a growth "expected to slow to" a rate stands at that rate
    text = ("Accelerator demand keeps rising: $100 billion in GPUs and AI accelerators shipped in 2024, rising to "
            "$180 billion in 2025 and $250 billion by 2030. While shipments grew more than 200% between 2022 and "
            "2024, year-on-year growth is expected to slow to about 60% from 2024 to 2025.")
    got = [(f.metric, f.value, f.period, f.basis) for f in extract_facts(text, published=date(2025, 6, 1))]
    assert got == [("ai_compute_market_size", 1e11, "2024", "actual"),
                   ("ai_compute_market_size", 1.8e11, "2025", "forecast"),
                   ("ai_compute_market_size", 2.5e11, "2030", "forecast"),
                   ("yoy_growth", 60.0, "2025", "forecast")]


def test_a_bullet_list_of_guidance_takes_the_period_and_basis_of_its_introducing_line() -> None:
    # Q3 fiscal 2026 is a fiscal quarter; a late-January fiscal year maps no calendar quarter, so
    # the writer's Q4 2026 is Nvidia's fiscal one; each bullet of "the following guidance for Q4
    # 2026:" is that quarter's forecast; (+/- 2%) is a band around the amount
    text = ("Nvidia Q3 fiscal 2026 results\n\nNvidia delivered revenue of $57 billion, up 62% year-over-year.\n"
            "Management has provided the following guidance for Q4 2026:\n- Revenue of $65 billion (+/- 2%)\n")
    got = [(f.metric, f.value, f.low, f.high, f.period, f.basis) for f in extract_facts(text)]
    assert got == [("revenue", 57e9, None, None, "FY2026Q3", "actual"),
                   ("yoy_growth", 62.0, None, None, "FY2026Q3", "actual"),
                   ("revenue", 65e9, 63.7e9, 66.3e9, "FY2026Q4", "forecast")]


def test_a_results_story_in_english_bases_an_annual_forecast_and_a_brand_before_a_product() -> None:
    # "a year earlier" after a compared amount is the same quarter a year before; a company's name
    # after "its" is the brand of its product, so "the company" stays the reporting one; "raised its
    # annual forecast to" is the fiscal year's, and the forecast it replaced is a forecast too;
    # AI-related investments are compute investment
    text = ("Supermicro reported sales of $5.0 billion for the first quarter of fiscal year 2026, down from $5.9 "
            "billion a year earlier. Supermicro booked orders for its Nvidia Blackwell product line. The company "
            "expects second-quarter revenue of $10.0 billion to $11.0 billion and raised its annual forecast to "
            "$36 billion, up from $33 billion previously.")
    got = [(f.metric, f.value, f.period, f.entity, f.basis) for f in extract_facts(text)]
    assert got == [("revenue", 5e9, "FY2026Q1", "Supermicro", "actual"),
                   ("revenue", 5.9e9, "FY2025Q1", "Supermicro", "actual"),
                   ("revenue", 10.5e9, "FY2026Q2", "Supermicro", "forecast"),
                   ("revenue", 36e9, "FY2026", "Supermicro", "forecast"),
                   ("revenue", 33e9, "FY2026", "Supermicro", "forecast")]
    ai = extract_facts("Alibaba's CEO said AI-related investments will surpass 380 billion yuan.")
    assert [(f.metric, f.value) for f in ai] == [("compute_investment", 380e9)]


def test_a_bare_quarter_of_last_year_or_this_year() -> None:
    got = [(p.period, p.kind) for p in find_periods(
        "13 billion yuan in the third quarter of this year, down from 36.6 billion yuan in the fourth quarter of "
        "last year and 27.5 billion yuan in the first quarter of this year", date(2025, 11, 20))]
    # (one mention each: the quarter and the year it is of are one period, so no figure takes the bare year of its words)
    assert got == [("2025Q3", "quarter"), ("2024Q4", "quarter"), ("2025Q1", "quarter")]


def test_chinese_summaries_of_us_results_alphabet_apples_june_quarter_and_the_level_a_rate_grew_to() -> None:
    # 字母表 is Alphabet word for word; 苹果 before a report of it is Apple, and its June quarter
    # (6月季度) is its fiscal third quarter; the level a rate grew to (增长16%至1023亿美元) is of the
    # rate's period, not of the next clause's year; EBITA is out of the vocabulary
    text = ("2025年第三季度科技公司业绩\n\n- 字母表季度收入增长16%至1023亿美元,将2025年资本支出指引上调至910-930亿美元。"
            "- 苹果6月季度收入达940亿美元。阿里云调整后EBITA增长35%至36.04亿元人民币。")
    got = [(f.metric, f.value, f.period, f.entity, f.basis) for f in extract_facts(text, published=date(2025, 11, 27))]
    assert got == [("yoy_growth", 16.0, "2025Q3", "Alphabet", "actual"),
                   ("revenue", 102.3e9, "2025Q3", "Alphabet", "actual"),
                   ("capex", 92e9, "2025", "Alphabet", "forecast"),
                   ("revenue", 94e9, "FY2025Q3", "Apple", "actual")]
    assert "Apple" not in {f.entity for f in extract_facts("苹果价格上涨,每斤售价达10元,营收增长。")}


def test_what_an_ai_computing_centre_carries_is_intelligent_compute_and_its_chips_makers_are_no_subject() -> None:
    # a bare 算力 of an operator's AI computing centre is intelligent, not the operator's general
    # compute; the maker of the chips a centre deploys (部署……昇腾910B等芯片) is not the subject of
    # its capacity; equipment made by a company (采用华为制) keeps its maker; the centre's capacity in the
    # next sentence is intelligent too (holdout11 labels 2024年年底算力规模80P so)
    text = ("中国电信某智算中心项目总投资20亿元,规划承载2500P算力。该中心部署昇腾910B等主流算力芯片,2024年年底算力规模80P。")
    got = [(f.metric, f.value, f.entity) for f in extract_facts(text)]
    assert got == [("compute_investment", 2e9, "China Telecom"), ("intelligent_compute_capacity", 2.5e18, "China Telecom"),
                   ("intelligent_compute_capacity", 8e16, None)]


def test_idcs_chinese_names_of_accelerated_servers_and_the_pronoun_of_their_revenue() -> None:
    # 内置GPU的服务器 and 加速服务器 are AI servers; 其收入 is the revenue of the sentence's subject
    text = ("IDC:2025年第三季度全球服务器市场\n\n内置GPU的服务器如今已占服务器市场总收入的一半以上,本季度其收入同比增长49.4%。"
            "美国服务器收入同比增长79.1%,其中加速服务器销售额猛增105.5%。")
    got = [(f.metric, f.value, f.region, f.item, f.of) for f in extract_facts(text, published=date(2025, 12, 10))]
    assert ("share", 50.0, "GLOBAL", "ai_server", "server_market_size") in got
    assert ("yoy_growth", 49.4, "GLOBAL", None, "ai_server_market_size") in got
    assert ("yoy_growth", 105.5, "US", "ai_server", "ai_server_market_size") in got


def test_a_chip_makers_fiscal_quarters_and_the_value_of_servers_shipped() -> None:
    # Broadcom is on the alias table with its calendar: "Q4 2025" of a release titled "Q4 fiscal 2025"
    # is its fiscal quarter; an amount "worth of AI servers" shipped, or that AI server shipments
    # reach, is the company's revenue of AI servers (servers a buyer "will operate" are no sales)
    bro = extract_facts("Broadcom Earnings - Q4 fiscal 2025 highlights\n\n- Q4 2025 total revenue: Record $18 billion, "
                        "up 28% year-on-year.\n")
    assert [(f.metric, f.period, f.entity) for f in bro] == [("revenue", "FY2025Q4", "Broadcom"),
                                                             ("yoy_growth", "FY2025Q4", "Broadcom")]
    dell = extract_facts("In the third quarter of fiscal 2026, Dell shipped $5.6 billion worth of AI servers. Its AI "
                         "server shipments are expected to reach $25 billion for fiscal 2026. By 2028, hyperscalers "
                         "will operate US$1tn worth of AI-optimised servers.")
    assert [(f.metric, f.value, f.period, f.entity, f.item) for f in dell] == [
        ("revenue", 5.6e9, "FY2026Q3", "Dell", "ai_server"), ("revenue", 25e9, "FY2026", "Dell", "ai_server")]


def test_a_double_spaced_newspaper_column_reads_as_running_text() -> None:
    # a column of equal-width lines set one blank line apart (Hong Kong print layout): one blank line
    # is a wrap, two end a paragraph; a line that opens with a comma goes on the sentence before
    # (資本開⏎⏎支⏎⏎，繼……); full-width digits and a small full stop (３６５﹒７８) are read
    col = ["騰訊最新二季報的多項數據，無不折射降本與增效的成果。當季營收按年增１５％至",
           "１８４５億元（人民幣．下同），創四年來最高增速；其中遊戲與廣告兩大業務收入",
           "均錄得雙位數增長，而歸根到底則是ＡＩ賦能的降本增效修成正果。明證之一是資本開",
           "支",
           "，繼去年第四季按年飆升３８６％至３６５﹒７８億元（主因購買更多ＧＰＵ以滿足需求）",
           "後，今年首兩季回落，管理層表示將繼續審慎投資並以回報為先，不會盲目擴張規模。",
           "分析師認為騰訊的投資節奏仍然穩健，市場對其雲業務的前景亦保持樂觀的看法。"]
    text = "騰訊二季業績\n\n date 2025-08-14\n\n\n\n" + "\n\n".join(col)
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert ("revenue", 184.5e9, "2025Q2") in got
    assert ("yoy_growth", 386.0, "2024Q4") in got and ("capex", 36.578e9, "2024Q4") in got


def test_a_qualifier_hyphenated_to_its_rate_and_a_market_share_right_after_it() -> None:
    # near-90% is about 90% (GPT-4 keeps its hyphen); "a 90% market share" names the share right after
    # the rate; the data-center segment's revenue is data-center revenue
    got = [(f.metric, f.value, f.entity, f.qualifier) for f in extract_facts(
        "Nvidia holds a near-90% market share of the AI accelerator market.")]
    assert got == [("market_share", 90.0, "Nvidia", "~")]
    dc = extract_facts("For its fiscal fourth quarter 2026, the data center segment of Marvell was a standout, generating "
                       "roughly $1.65 billion in revenue.")
    assert [(f.metric, f.value, f.entity, f.item) for f in dc] == [("datacenter_revenue", 1.65e9, "Marvell", None)]


def test_a_chip_makers_sales_volume_and_what_is_not_its_revenue() -> None:
    # 销量 counts shipments; production (产量), inventory (库存量), sales to the top five customers and
    # outward investment are outside the vocabulary; a listed subsidiary (工业富联) is not its parent,
    # so its bare 元 stays yuan (LABELLING.md E2)
    text = ("寒武紀2025年營收64.97億元。去年產量12.77萬片，年增率409.84%，銷量為11.74萬片，年增率201.57%，"
            "庫存量為85.71萬片，較去年同期成長0.63%。去年前五大客戶合計銷售額為57.60億元，對外投資額達8.41億元。")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text, published=date(2026, 3, 13))]
    assert got == [("revenue", 6.497e9, None), ("shipments", 117400.0, None), ("yoy_growth", 201.57, "shipments")]
    fii = extract_facts("工业富联发布2025年年报,实现营业收入9,028.87亿元,同比+48.22%。")
    assert [(f.metric, f.unit, f.entity) for f in fii] == [("revenue", "CNY", None), ("yoy_growth", "%", None)]


def test_yearly_growth_rates_of_the_metric_the_sentence_before_names() -> None:
    # a market's trend in one sentence, its yearly growth rates in the next: of the metric named before
    # (not where the sentence before names a company, nor from a loose investment word)
    text = "根据报告,全球数据中心资本支出呈现明显波动增长趋势。2022年增长15%,2023年增速放缓至4%。"
    got = [(f.metric, f.value, f.period, f.region, f.of) for f in extract_facts(text)]
    assert got == [("yoy_growth", 15.0, "2022", "GLOBAL", "capex"), ("yoy_growth", 4.0, "2023", "GLOBAL", "capex")]
    assert extract_facts("公司获机构投资者评为最受尊崇企业。全年股息合计每股0.417元,按年提升3.1%。") == []


def test_an_analysts_ai_chip_revenue_and_the_total_it_points_back_at() -> None:
    # in a market report with no company in its title, AI chip revenues are the AI chip market's, not
    # the document's most named company's; "reaching" after a growth "in 2024" is the level it grew
    # to; "the total" points back at that figure across a paragraph break: stated again it is no new
    # fact, but its base and the total's forecast are
    text = ("Gartner: AI chips\n\nGartner forecasts AI chip revenues to grow 33% in 2024, reaching $71 billion globally, "
            "the analyst firm said.\n\nThe total of $71 billion is up from $53.6 billion in 2023, with the total "
            "forecast in 2025 expected to reach nearly $92 billion.\n\nGPU vendors like Nvidia lead the market.")
    got = [(f.metric, f.value, f.period, f.region, f.entity, f.of) for f in extract_facts(text, published=date(2024, 5, 29))]
    assert got == [("yoy_growth", 33.0, "2024", "GLOBAL", None, "ai_compute_market_size"),
                   ("ai_compute_market_size", 71e9, "2024", "GLOBAL", None, None),
                   ("ai_compute_market_size", 53.6e9, "2023", "GLOBAL", None, None),
                   ("ai_compute_market_size", 92e9, "2025", "GLOBAL", None, None)]


def test_an_examples_name_is_no_part_and_a_parts_growth_after_its_share() -> None:
    # "such as GPUs" gives an example, not the part a share is of; a growth right after a share
    # (, expanding 207.3% compared to last year) is the growth of the share's part; "spending on
    # artificial intelligence (AI) infrastructure" keeps its aside
    text = ("IDC: AI infrastructure\n\nGlobal spending on artificial intelligence (AI) infrastructure is projected to "
            "soar to $758 billion by 2029, IDC said. In the second quarter of 2025, servers with embedded accelerators "
            "— such as GPUs — captured 91.8% of server-related AI infrastructure spending, expanding 207.3% compared "
            "to last year.")
    got = [(f.metric, f.value, f.period, f.item, f.of, f.basis) for f in extract_facts(text, published=date(2025, 10, 1))]
    assert got == [("ai_server_market_size", 758e9, "2029", "ai_server", None, "forecast"),
                   ("share", 91.8, "2025Q2", "ai_server", "ai_server_market_size", "actual"),
                   ("yoy_growth", 207.3, "2025Q2", "ai_server", "ai_server_market_size", "actual")]


def test_a_respectively_list_of_bidders_some_off_the_alias_table() -> None:
    # the i-th share of a 分别 list is the i-th name's; a name off the alias table keys no company
    # (and does not shift the names after it)
    text = ("中国联通服务器集中采购结果公布,浪潮、新华三、长江计算、华为份额分别为47%、16%、12%、9%。")
    got = [(f.metric, f.value, f.entity) for f in extract_facts(text)]
    assert got == [("market_share", 47.0, "Inspur"), ("market_share", 16.0, "H3C"), ("market_share", 12.0, None),
                   ("market_share", 9.0, "Huawei")]


def test_a_result_that_beat_expectations_is_actual_and_a_bare_bullet_mark_line() -> None:
    # 优于预期 (beat expectations) marks a result, not an expectation; a bullet mark alone on its line
    # does not end a list, so the bullets below it still take the introducing line's period
    got = [(f.metric, f.basis) for f in extract_facts("鸿海第三季财务表现优于预期:2024Q3合并营收达1.85兆新台币,年增20%。")]
    assert got == [("revenue", "actual"), ("yoy_growth", "actual")]
    text = ("Nvidia Q3 fiscal 2026 results\n\nNvidia delivered revenue of $57 billion.\n"
            "Management has provided the following guidance for Q4 2026:\n-\n- Revenue of $65 billion\n")
    assert [(f.value, f.period, f.basis) for f in extract_facts(text)][-1] == (65e9, "FY2026Q4", "forecast")


def test_a_share_of_the_tender_amount_customer_counts_and_a_missed_estimate() -> None:
    # 占总金额的62.7% is a part of the money procured; a rise in customers is outside the vocabulary;
    # a figure that "missed analyst estimates" is a result, not an estimate
    tender = extract_facts("中国联通服务器集中采购,三个标包采购x86服务器,共计51.42亿元,占总金额的62.7%。")
    assert [(f.metric, f.value, f.of) for f in tender if f.metric == "share"] == [("share", 62.7, "tender_amount")]
    ms = extract_facts("Microsoft said over 60,000 customers now use Azure AI, a nearly 60% increase from the previous "
                       "year. Revenue from its Intelligent Cloud unit missed analyst estimates, increasing 19% to $28.5 "
                       "billion.")
    assert [(f.metric, f.value, f.basis) for f in ms] == [("yoy_growth", 19.0, "actual"), ("revenue", 28.5e9, "actual")]


def test_a_taipei_results_story_first_quarter_us_dollar_basis_and_net_profit() -> None:
    # 首季 is the first quarter; 若以美元计算 makes the amounts its sentence leaves the 元 off US
    # dollars; 税后纯益 (net profit) and 每股纯益 (EPS) are out of the vocabulary
    text = ("〔記者／台北報導〕台積電第3季單季營收9,899.2億元,稅後純益4,523億元,每股純益17.44元。"
            "若以美元計算,第3季營收331億,年增40.8%。台積電今年首季資本支出100.6億美元。")
    got = [(f.metric, f.value, f.unit, f.period) for f in extract_facts(text, published=date(2025, 10, 16))]
    assert got == [("revenue", 989.92e9, "TWD", "2025Q3"), ("revenue", 33.1e9, "USD", "2025Q3"),
                   ("yoy_growth", 40.8, "%", "2025Q3"), ("capex", 10.06e9, "USD", "2025Q1")]


def test_an_operators_short_name_is_not_the_zhong_of_qizhong_and_a_share_changed_in_points() -> None:
    # 其中移动和宽带用户: 中移动 is not named (其中 + 移动); 占收比达25.5%,同比提升1pp is a share whose
    # change in points follows, not a growth; contracts signed are out of the vocabulary
    text = ("中国联通上半年实现营收2002.02亿元。用户规模突破12亿,其中移动和宽带用户净增超过1,100万。算网数智方面,"
            "上半年营收454亿元,同比增长4.4%,占收比达25.5%,同比提升1pp。AIDC签约金额同比增长60%。")
    got = [(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, published=date(2025, 8, 17))]
    assert got == [("revenue", 200.202e9, "China Unicom", None), ("revenue", 45.4e9, "China Unicom", None),
                   ("yoy_growth", 4.4, "China Unicom", "revenue"), ("share", 25.5, "China Unicom", "revenue")]
    assert [f.entity for f in extract_facts("中移动中期营收5437亿元。")] == ["China Mobile"]


def test_a_yearly_rate_after_a_quarterly_one_and_bare_quarters_beside_other_years() -> None:
    # "up 12% from the previous quarter and up 69% from a year ago": the second rate is the year's;
    # a year ahead named in passing (明年, 2026年 in another sentence) is not the year of a later bare
    # quarter in a page dated 2025
    nv = extract_facts("Nvidia reported revenue of $44.1 billion for the first quarter of fiscal 2026, up 12% from the "
                       "previous quarter and up 69% from a year ago.")
    assert [(f.metric, f.value, f.period) for f in nv] == [("revenue", 44.1e9, "FY2026Q1"), ("yoy_growth", 69.0, "FY2026Q1")]
    text = ("鴻海法說\n\n date 2025-08-14 鴻海今日法說會表示,AI伺服器需求一路旺到明年。公司預期2026年AI市場需求將持續暢旺。"
            "鴻海第2季表現亮眼,單季營收1兆7934.68億元,年增16%。")
    got = [(f.metric, f.period) for f in extract_facts(text)]
    assert got == [("revenue", "2025Q2"), ("yoy_growth", "2025Q2")]


def test_a_companys_part_after_qizhong_takes_the_metric_named_before_it() -> None:
    # 合计资本支出……,其中,Meta上调至640亿至720亿美元: the company's part of the metric named before 其中
    got = [(f.metric, f.value, f.low, f.entity) for f in extract_facts(
        "根据CSP最新财测指引,2025年合计资本支出年增率达38%,其中,Meta上调至640亿至720亿美元,年增达76%。")]
    assert ("capex", 68e9, 64e9, "Meta") in got and ("yoy_growth", 76.0, None, "Meta") in got


def test_this_represents_a_growth_of_the_figure_just_stated() -> None:
    # "this represents year-over-year growth of approximately 30%" is the growth of the guided figure
    # just stated: its period and basis, not the release's reported quarter
    text = ("AMD Q4 2024 results\n\nAMD reported revenue of $7.7 billion for the fourth quarter of 2024. For the first "
            "quarter of 2025, AMD expects revenue to be approximately $7.1 billion. At the mid-point of the revenue "
            "range, this represents year-over-year growth of approximately 30%.")
    got = [(f.metric, f.value, f.period, f.basis) for f in extract_facts(text, published=date(2025, 2, 4))]
    assert got[-1] == ("yoy_growth", 30.0, "2025Q1", "forecast")


def test_a_company_off_the_table_in_the_title_owns_the_unnamed_figures() -> None:
    # the title opens with 技嘉, which the alias table does not list: its figures are of no listed
    # company (LABELLING.md E1) — not of 輝達, named as the cause of the growth (受惠輝達……出貨帶動),
    # nor the world server market's (the words of a real page on Asus, before Asus joined the table)
    text = ("TITLE: 技嘉第3季EPS優於預期\n\n技嘉（2376）日前公布第3季財報。技嘉第3季受惠輝達B300新產品出貨帶動，"
            "伺服器業績季增47%，年增98%。消費性產品營收比重為29%。")
    got = [(f.metric, f.value, f.entity, f.region, f.item, f.of) for f in extract_facts(text)]
    # (消費性產品營收比重為29%: a consumer line's share of revenue, outside compute, LABELLING.md O10)
    assert got == [("yoy_growth", 98.0, None, None, "server", "revenue")]
    # the cause is no subject in English either; the company before it is
    tsmc = extract_facts("TSMC said revenue grew 40% in 2025, driven by Nvidia demand for AI chips.")
    assert [(f.metric, f.entity) for f in tsmc] == [("yoy_growth", "TSMC")]


def test_a_list_of_rates_after_a_span_of_years_takes_one_year_each() -> None:
    # 2025年到2026年……分别成长96%与31%: the i-th rate is the i-th year's; the next list of two rates in
    # the sentence, with no 分别 of its own, too; a product line's 业绩 is its revenue
    text = ("TITLE: 華碩第3季法說\n\n2025年到2026年受惠輝達B系列出貨，法人預估，華碩AI伺服器營收將分別成長96%與31%，"
            "帶動整體伺服器業績成長78%與28%。")
    got = [(f.value, f.period, f.item, f.of) for f in extract_facts(text)]
    assert got == [(96.0, "2025", "ai_server", "revenue"), (31.0, "2026", "ai_server", "revenue"),
                   (78.0, "2025", "server", "revenue"), (28.0, "2026", "server", "revenue")]
    capex = extract_facts("中国移动2022年和2023年资本开支分别为1852亿元和1803亿元。")
    assert [(f.value, f.period) for f in capex] == [(185.2e9, "2022"), (180.3e9, "2023")]


def test_the_whole_after_exceed_the_overall_and_the_part_before_it() -> None:
    # AI伺服器業績貢獻已超越整體伺服器業績7成: the AI servers' part of all servers' results
    got = extract_facts("廣達指出，去年第四季AI伺服器業績貢獻已超越整體伺服器業績7成。", published=date(2025, 2, 14))
    assert [(f.metric, f.value, f.entity, f.item, f.of) for f in got] == [("share", 70.0, "Quanta", "ai_server", "revenue")]


def test_a_bare_investment_in_a_line_about_no_compute_is_none() -> None:
    # a page of news briefs: the data-centre item keeps its figures; an expressway's "total investment"
    # and an energy outlook's investments speak of no compute (lexicons/cues.toml [compute_topic])
    text = ("Bid announcement for data center project\n\nThe China Mobile Yangzhou Data Center project will "
            "construct a data center with an IT capacity of 60 megawatts.\nBy 2025, global energy investment will "
            "reach 2.3 trillion US dollars.\nThe total investment of the G50 expressway project is 11.42 billion "
            "yuan, which will widen the road to eight lanes.")
    got = [(f.metric, f.value) for f in extract_facts(text)]
    assert got == [("datacenter_power", 60e6)]
    # an investment whose sentence names no compute, next to one that does, stays compute's
    plan = extract_facts("2025-2030年(中期阶段):联通计划投入30亿元。其中,10亿元用于信息中心四期建设。")
    assert ("compute_investment", 3e9) in [(f.metric, f.value) for f in plan]


def test_an_earnings_story_prior_quarter_fiscal_year_hyphen_and_an_out_of_scope_amounts_growth() -> None:
    # "leaping 84%" is a growth; "68% growth in the prior quarter" is the quarter before the one the
    # story reports; "fiscal-year 2026" is Oracle's fiscal year; RPO (named before ", which climbed to")
    # is outside the vocabulary, and so is its growth
    text = ("Oracle Q3 results\n\nFor the quarter ended Feb. 28, 2026, total revenues reached $17.2 billion. "
            "Cloud infrastructure (IaaS) revenues leaping 84% to $4.9 billion — an acceleration from 68% growth in "
            "the prior quarter. Oracle's Remaining Performance Obligations, which climbed to $553 billion, up 325% "
            "year over year. For fiscal-year 2026, Oracle maintained its revenue target of $67 billion.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got == [("revenue", 17.2e9, "FY2026Q3"), ("yoy_growth", 84.0, "FY2026Q3"), ("revenue", 4.9e9, "FY2026Q3"),
                   ("yoy_growth", 68.0, "FY2026Q2"), ("revenue", 67e9, "FY2026")]


def test_a_year_a_company_ended_and_power_in_words() -> None:
    # "It ended 2025 with more than 850 megawatts" dates the capacity to 2025 (not to the quarter named
    # after it); "five gigawatts … by 2030" is read from its words
    text = ("CoreWeave results\n\n date 2026-03-06 CoreWeave expands. It ended 2025 with more than 850 megawatts of "
            "active power across 43 data centers, after adding 260 megawatts in the fourth quarter. Management "
            "stated that it aims to add more than five gigawatts of additional data center capacity by 2030.")
    got = [(f.value, f.period, f.qualifier) for f in extract_facts(text)]
    assert got == [(850e6, "2025", ">"), (260e6, "2025Q4", None), (5e9, "2030", ">")]


def test_sets_are_units_of_a_tender() -> None:
    # "estimated to purchase 56,314 sets in 8 tendering packages": sets (套) of servers procured
    got = extract_facts("China Telecom has begun pre-qualification for its central purchase of servers in 2020, "
                        "estimated to purchase 56,314 sets in 8 tendering packages.")
    assert [(f.metric, f.value, f.entity, f.item, f.period) for f in got] == [
        ("tender_quantity", 56314.0, "China Telecom", "server", "2020")]
    # 发运 (shipped) counts shipments
    cn = extract_facts("过去六年,中国已经发运了超过1960万台通用服务器,以及50万台AI服务器。")
    assert [(f.metric, f.value, f.item) for f in cn] == [("shipments", 1.96e7, "server"), ("shipments", 5e5, "ai_server")]


def test_precision_tags_model_size_and_the_ai_infrastructure_market() -> None:
    # a bare capacity counted at FP32 is general compute, at FP16 intelligent (CAICT's definitions);
    # 模型尺寸 (model size) is a parameter count; IDC's 人工智能基础设施市场 is the AI-server market
    plan = extract_facts("到2025年,数据中心算力超过15EFLOPS(FP32),城市算力达到3000PFLOPS(FP16)。")
    assert [(f.metric, f.value) for f in plan] == [("general_compute_capacity", 1.5e19),
                                                  ("intelligent_compute_capacity", 3e18)]
    gpt = extract_facts("史上最大AI语言模型GPT-3不仅模型尺寸增大到了1750亿。")
    assert [(f.metric, f.value, f.entity) for f in gpt] == [("model_parameters", 1.75e11, "GPT-3")]
    idc = extract_facts("IDC报告指出,中国人工智能基础设施市场规模在2020年达到39.3亿美元,同比增长26.8%。")
    assert [(f.metric, f.of, f.region) for f in idc] == [("ai_server_market_size", None, "CN"),
                                                         ("yoy_growth", "ai_server_market_size", "CN")]


def test_the_company_a_paragraph_opens_with_goes_on_being_its_subject() -> None:
    # a round-up of three operators: each paragraph opens with one, and its later sentences' revenues
    # (天翼云收入, 智能收入) are that operator's; a parent named with its stock code before 旗下 is not the
    # subject of its subsidiary's figures
    text = ("运营商产数高歌猛进\n\n中国电信的产业数字化收入达749亿元,AIDC收入同比增长7.4%。天翼云收入573亿元;智能收入达63亿元,"
            "同比增长89.4%。\n\n中国联通的算网数智业务收入达454亿元,同比增长4.3%。上半年5G专网收入同比增长60%。")
    got = [(f.metric, f.value, f.entity) for f in extract_facts(text)]
    assert got == [("revenue", 74.9e9, "China Telecom"), ("yoy_growth", 7.4, "China Telecom"),
                   ("revenue", 57.3e9, "China Telecom"), ("revenue", 6.3e9, "China Telecom"),
                   ("yoy_growth", 89.4, "China Telecom"), ("revenue", 45.4e9, "China Unicom"),
                   ("yoy_growth", 4.3, "China Unicom"), ("yoy_growth", 60.0, "China Unicom")]
    fii = extract_facts("工業富聯上半年營收\n\n鴻海（2317）旗下工業富聯發布2025年半年度報告，實現營收人民幣3,607.6億元。"
                        "其中，第2季單季營收達2,003.4億元。")
    assert [f.entity for f in fii] == [None, None]
    # (a subsidiary on the alias table after 旗下 is the subject, as before)
    wiwynn = extract_facts("緯創集團旗下緯穎則持續受惠雲端資料中心需求。去年12月合併營收達1,042.9億元。", published=date(2026, 1, 10))
    assert [f.entity for f in wiwynn] == ["Wiwynn"]


def test_an_undated_results_story_headed_with_a_fiscal_quarter_and_the_value_shipped() -> None:
    # "Dell (DELL) Q2 2026" heads an undated story about Dell, whose year ends in January: its own
    # fiscal quarter; "$8.2 billion shipped" after AI servers is its AI-server revenue; "an $11.7
    # billion AI backlog" is a backlog (outside the vocabulary), named after the amount
    text = ("Dell (DELL) Q2 2026: AI Server Backlog Swells\n\nDell delivered record Q2 revenue of $29.8 billion, up "
            "19% year-over-year. AI servers led the charge, with $8.2 billion shipped in the quarter and an $11.7 "
            "billion AI backlog at quarter end.")
    got = [(f.metric, f.value, f.period, f.item) for f in extract_facts(text)]
    assert got == [("revenue", 29.8e9, "FY2026Q2", None), ("yoy_growth", 19.0, "FY2026Q2", None),
                   ("revenue", 8.2e9, "FY2026Q2", "ai_server")]


def test_an_analysts_estimate_for_a_headed_quarter_is_the_calendars_and_prices_per_piece_are_unit_prices() -> None:
    # an undated page headed with "Q4 2024" about Nvidia (whose year ends in January): an analyst's estimate of the
    # quarter's output is the calendar quarter (LABELLING.md P2: no fiscal quarter maps onto it), unlike a results
    # story's reported figures; prices written "per piece", "price of" and "sell for" are unit prices; a share price
    # and a price of power are neither
    text = ("Morgan Stanley on Nvidia's Blackwell output in Q4 2024\n\nAnalysts say that Blackwell chips "
            "are expected to produce 450000 units in the fourth quarter of 2024. Nvidia will sell the scarce Blackwell "
            "GPUs at around $22000 per piece, much lower than the rumored price of $70000 per piece. The NVL36 rack is "
            "expected to sell for $1.8 million to $2 million.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got == [("shipments", 450000.0, "2024Q4"), ("unit_price", 22000.0, "2024Q4"), ("unit_price", 70000.0, "2024Q4"),
                   ("unit_price", 1.9e6, "2024Q4")]
    assert extract_facts("HPE is valued at $25 billion, based on its current price of $19.84.") == []
    assert extract_facts("Based on the industry price of approximately $210 per kilowatt per month.") == []


def test_what_a_maker_will_produce_is_its_shipments_in_chinese() -> None:
    # 將生產 (will produce) before a count: the maker's output, its shipments, as "produce" in English; a count with no
    # counter word, a demonstrative between it and its noun (150萬至200萬該款GPU), is read as such a count
    got = extract_facts("摩根大通推估，輝達今年底前或許將生產150萬至200萬該款GPU。大摩7月預期，輝達將生產200萬顆RTX6000D。")
    assert [(f.metric, f.value, f.entity) for f in got] == [("shipments", 1.75e6, "Nvidia"), ("shipments", 2e6, "Nvidia")]
    # (a bare 生產 names no output: wafers a fab allocates to a use stay out)
    assert [f.metric for f in extract_facts("我們預計中芯國際可為其關鍵客戶的 GPU 生產分配 2.6 萬片。")] != ["shipments"]


def test_prices_of_product_grades_in_one_sentence_are_each_kept() -> None:
    # each clause opens with the grades it prices: three prices of three products, not rival readings of one key
    got = extract_facts("价格方面,B4单芯片价格约4 - 5万元,B3和B2约8万元,B1约10万元。")
    assert [(f.metric, f.value) for f in got] == [("unit_price", 45000.0), ("unit_price", 80000.0), ("unit_price", 100000.0)]


def test_the_following_year_is_the_year_after_the_one_named_and_a_rate_before_a_decline_is_negative() -> None:
    text = ("Kunlun Chip's revenue is projected to reach 5 billion yuan in 2025, with expectations of surpassing 10 billion "
            "yuan in the following year. Baidu reported a 7% year-on-year revenue decline to 31.17 billion yuan in Q3 2025.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got == [("revenue", 5e9, "2025"), ("revenue", 1e10, "2026"), ("yoy_growth", -7.0, "2025Q3"),
                   ("revenue", 31.17e9, "2025Q3")]
    zh = extract_facts("华为计划2025年出货100万颗昇腾芯片，次年出货200万颗。")
    assert [(f.value, f.period) for f in zh] == [(1e6, "2025"), (2e6, "2026")]
    # (with no year named before it in its sentence, no period)
    assert [f.period for f in extract_facts("Nvidia shipped 100,000 GPUs. It expects to ship 200,000 GPUs the following year.")] \
        == [None, None]


def test_a_segment_contributing_revenue_named_after_the_amount_is_the_segments() -> None:
    # 数据中心计算业务贡献430亿美元收入: the data-centre segment's revenue, and its growth after it, though the revenue word
    # after the amount is the generic one
    got = extract_facts("英伟达2026财年第三季度财报显示，该季度数据中心计算业务贡献430亿美元收入,同比增长56%。")
    assert [(f.metric, f.value, f.of) for f in got] == [("datacenter_revenue", 43e9, None),
                                                       ("yoy_growth", 56.0, "datacenter_revenue")]


def test_the_next_clauses_amount_of_the_same_money_takes_its_currency() -> None:
    # 营收破434亿,2025年目标直指500亿: the second amount, its 元 left out, is the same revenue's target, in yuan
    got = extract_facts("超聚变2024年营收破434亿,2025年目标直指500亿,是华鲲振宇的3.4倍。")
    assert [(f.metric, f.value, f.unit, f.period) for f in got] == [("revenue", 434e8, "CNY", "2024"),
                                                                   ("revenue", 500e8, "CNY", "2025")]
    # (a bare number after a comma with no target or reaching word stays unread)
    assert len(extract_facts("超聚变2024年营收破434亿,员工超过1万。")) == 1


def test_a_list_of_products_before_a_run_of_values_keys_each_value_by_its_product() -> None:
    # GB200/GB300/Rubin … 四○％、五五％和低於五％: the k-th share is the k-th product's (Rubin, off the alias table, keys
    # no item), with or without 分別, a qualifier between the values allowed
    for text in ("輝達GB200/GB300/Rubin的出貨占比大約是40%、55%和低於5%。", "輝達GB200/GB300/Rubin的出貨占比分別是40%、55%和5%。"):
        assert [(f.value, f.item) for f in extract_facts(text)] == [(40.0, "GB200"), (55.0, "GB300"), (5.0, None)]
    # a later part of the catalogue names its maker: the price of an RTX Pro 6000D is Nvidia's
    price = extract_facts("主要用於AI推理的RTX6000D價格高昂，每顆約5萬人民幣。")
    assert [(f.metric, f.value, f.entity, f.item) for f in price] == [("unit_price", 50000.0, "Nvidia", "RTX6000D")]


def test_units_a_relative_clause_says_were_shipped_and_a_count_in_a_range() -> None:
    got = extract_facts("Netting off the ~100k units that we think shipped to these customers in January, Nvidia is fine.")
    assert [(f.metric, f.value, f.qualifier) for f in got] == [("shipments", 1e5, "~")]
    for text in ("Nvidia's shipments are in the 4 million range this year.",
                 "Nvidia shipped units in the range of 4 million this year."):
        assert [(f.metric, f.value) for f in extract_facts(text)] == [("shipments", 4e6)]
    # ("in the" before a number names no level unless a range follows it)
    assert extract_facts("Nvidia shipped GPUs in the 4 million homes it serves.") == []


def test_a_rate_of_a_whole_named_after_it_is_a_share_whatever_its_subject() -> None:
    # "customers" opens the sentence (a count of customers is outside the vocabulary), but the whole named right after the
    # rate — total units, total shipments — makes it a share of what is shipped
    for text in ("These customers were ~40% of total units last year.", "These customers were ~40% of total shipments last year."):
        assert [(f.metric, f.value, f.of) for f in extract_facts(text)] == [("share", 40.0, "shipments")]
    # (a whole outside the vocabulary stays out)
    assert extract_facts("These customers were 40% of total users last year.") == []


def test_rents_of_gpus_per_hour_and_a_price_list_are_unit_prices_of_the_cloud_that_lets_them() -> None:
    # a rent written with a slash (/hr, /GPU/hr, /小時) is a unit price; its seller is the cloud, not the chip's maker; the
    # chip a sentence prices is the item of a price per GPU
    got = extract_facts("Tier-2 providers are pricing H100 on-demand at $2.49-2.85/GPU/hr. "
                        "The hourly rate was $7.57 (AWS) and $11.06 (GCP) just months earlier.")
    assert [(f.metric, f.value, f.entity, f.item) for f in got] == [("unit_price", 2.67, None, "H100"),
                                                                   ("unit_price", 7.57, "Amazon", None),
                                                                   ("unit_price", 11.06, "Alphabet", None)]
    # a price list: a head naming a price per GPU-hour, rows ending in an amount, the chip named above the head
    text = ("H100 (80GB) — On-Demand, Per GPU-Hour:\n\nProviderPrice/GPU-hr\nAWS EC2 P5~$3.90\nLambda Labs$2.99\n"
            "CoreWeave$6.16\n\nThe delta is notable.")
    rows = [(f.metric, f.value, f.entity, f.item) for f in extract_facts(text)]
    assert rows == [("unit_price", 3.9, "Amazon", "H100"), ("unit_price", 2.99, None, "H100"),
                    ("unit_price", 6.16, "CoreWeave", "H100")]
    # (a rent per floor area is a landlord's, no price of compute)
    assert extract_facts("数据中心每平方米租金为1993人民币。") == []


def test_an_approximate_chinese_numeral_is_the_range_between_its_two_digits() -> None:
    # 七八千 (7,000 to 8,000), 两三万台 (20,000 to 30,000), 三四十万 (300,000 to 400,000): 概数, read as ranges; a numeral with
    # digits that do not follow each other is no approximation
    got = extract_facts("RTX 4090的年租赁价格已降至七八千人民币。")
    assert [(f.metric, f.value, f.low, f.high) for f in got] == [("unit_price", 7500.0, 7000.0, 8000.0)]
    ships = extract_facts("浪潮今年AI服务器出货两三万台。")
    assert [(f.metric, f.value, f.low, f.high) for f in ships] == [("shipments", 25000.0, 20000.0, 30000.0)]


def test_both_dated_ends_of_a_prices_move_are_kept() -> None:
    # 从年初的约1.3万人民币降至目前的七八千人民币: the price at the year's start and the price now, two statements of the same
    # keys, each kept; a move with no time word of its own keeps the level reached (從6萬元一路漲至9萬元: the seeds' label)
    got = extract_facts("RTX 4090的年租赁价格也从年初的约1.3万人民币降至目前的七八千人民币。")
    assert [(f.metric, f.value) for f in got] == [("unit_price", 13000.0), ("unit_price", 7500.0)]
    seeds = extract_facts("A100的售價從6萬元一路漲至9萬元。")
    assert [(f.metric, f.value) for f in seeds] == [("unit_price", 90000.0)]


def test_levels_each_dated_by_a_relative_year_on_an_undated_page_are_each_kept() -> None:
    # from $250 million last year to $500 million this year, and to $2.2 billion next year: no year resolves on a page with
    # no date, so the three keys are alike; each level has its own year and is a statement of its own (the labels keep all)
    got = extract_facts("The company expects its revenue to grow from $250 million last year to $500 million this year, "
                        "and soar to $2.2 billion next year.")
    assert [(f.metric, f.value, f.period) for f in got] == [("revenue", 2.5e8, None), ("revenue", 5e8, None),
                                                           ("revenue", 2.2e9, None)]


def test_what_each_one_costs_is_a_unit_price() -> None:
    got = extract_facts("Each of the AI server cabinets cost 96 million NTD, a local paper reported.")
    assert [(f.metric, f.value, f.unit) for f in got] == [("unit_price", 96e6, "TWD")]


def test_a_maker_shipping_units_ships_them() -> None:
    got = extract_facts("Prices fell, combined with NVIDIA shipping over 500,000 H100 units in Q4 2025.")
    assert [(f.metric, f.value, f.entity, f.qualifier) for f in got] == [("shipments", 5e5, "Nvidia", ">")]


def test_a_vendors_volume_in_a_market_it_is_ranked_in_is_its_shipments() -> None:
    got = extract_facts("Kunlun Chip ranked second in the Chinese data center AI accelerator card market with nearly 70,000 GPUs.")
    assert [(f.metric, f.value, f.region) for f in got] == [("shipments", 70000.0, "CN")]


def test_a_count_compounded_with_gpu_is_of_the_model_named_right_after() -> None:
    got = extract_facts("Oracle is building a colossal 64,000-GPU Nvidia GB200 cluster for AI training.")
    assert [(f.metric, f.value, f.item) for f in got] == [("accelerator_count", 64000.0, "GB200")]


def test_a_price_per_gpu_in_a_list_is_of_the_model_its_heading_names() -> None:
    got = extract_facts("H100 — Spot/Preemptible:\n\n  • AWS P5 Spot: ~$2.00–$2.50/GPU-hr\n")
    assert [(f.metric, f.value, f.entity, f.item) for f in got] == [("unit_price", 2.25, "Amazon", "H100")]


def test_a_compute_service_agreement_named_after_its_amount_is_an_investment_in_compute() -> None:
    got = extract_facts("Nebius此前与微软达成174亿-194亿美元GPU基础设施服务协议。")
    assert [(f.metric, f.value, f.entity) for f in got] == [("compute_investment", 18.4e9, "Microsoft")]


def test_a_count_a_companys_possessive_opens_is_the_companys() -> None:
    got = extract_facts("Kunlun Chip ranked second in the Chinese data center AI accelerator card market with nearly 70,000 GPUs, "
                        "significantly behind Nvidia's 1.9 million GPUs.")
    assert [(f.metric, f.value, f.entity, f.region) for f in got] == [("shipments", 70000.0, None, "CN"),
                                                                     ("shipments", 1.9e6, "Nvidia", "CN")]


def test_a_taiwan_listing_code_names_the_pages_subject_and_its_currency() -> None:
    # 華碩（2357）: a company with a Taiwan listing code, off the alias table, is the page's subject
    # (no market default) and its bare 元 is NT$; a server share of 整體營收 is of its revenue; a
    # parameter count of an unnamed model is keyed by none
    text = ("華碩 AI 猛攻伺服器 千億營收目標提前達陣\n\n date 2026-01-16 PC品牌大廠華碩（2357）昨（16）日舉行尾牙。"
            "華碩2025年全年營收7,389.07億元，年增26%。華碩原先估伺服器將占整體營收比重為10-15%，"
            "華碩2025年第3季伺服器營收年增逾100%，占華碩整體營收比重約兩成。")
    got = [(f.metric, f.value, f.unit, f.region, f.item, f.of) for f in extract_facts(text)]
    assert got == [("revenue", 738.907e9, "TWD", None, None, None), ("yoy_growth", 26.0, "%", None, None, "revenue"),
                   ("share", 12.5, "%", None, "server", "revenue"), ("yoy_growth", 100.0, "%", None, "server", "revenue"),
                   ("share", 20.0, "%", None, "server", "revenue")]  # (占's subject: the servers just stated, as holdout17 keys it)
    model = extract_facts("團隊僅用半年就完成了一款30億參數工業巡檢大模型的訓練。")
    assert [(f.metric, f.value, f.entity) for f in model] == [("model_parameters", 3e9, None)]


def test_the_company_a_chinese_sentence_opens_with_owns_a_clause_that_names_none() -> None:
    # 廣達……帶動輝達先進伺服器GB200出貨暢旺，公告9月營收1841億元: Quanta's revenue (Nvidia is named in
    # another clause, as the maker of the servers); after a semicolon the next company opens its part
    q = extract_facts("廣達同樣受惠北美雲端供應商對AI基礎建設的需求強勁，帶動輝達先進伺服器GB200出貨暢旺，"
                      "公告9月營收1841億元，年增18.7%。", published=date(2025, 10, 9))
    assert [(f.metric, f.entity) for f in q] == [("revenue", "Quanta"), ("yoy_growth", "Quanta")]
    capex = extract_facts("根据北美四大云厂商最新财报,微软受Azure云业务驱动,资本支出167亿美元;亚马逊AWS基础设施投入加大,"
                          "2025年一季度资本支出243亿美元。")
    assert [(f.value, f.entity) for f in capex] == [(16.7e9, "Microsoft"), (24.3e9, "Amazon")]


def test_a_text_table_column_header_names_its_rates() -> None:
    # a results summary laid out as text tables: the header cell of a rate's column (占比, 同比增速,
    # 同比变化) says what it is; the row's label, else the header line, what it is of. "(亿元)" is the
    # column's unit, not an amount; "0.7% -92.5%" is two cells, not a range
    text = ("寒武纪2024年年度报告深度分析\n一、核心财务数据\n指标 2024年 同比变化\n营业收入 11.74亿元 +65.56%\n"
            "毛利率 68.2% +5.3个百分点\n二、业务结构分析\n业务板块 收入(亿元) 占比 同比增速\n"
            "智能计算集群 6.05 51.5% +89.2%\n边缘产品线 0.08 0.7% -92.5%\n")
    got = [(f.metric, f.value, f.entity, f.of, f.qualifier) for f in extract_facts(text)]
    assert got == [("revenue", 11.74e8, "Cambricon", None, None), ("yoy_growth", 65.56, "Cambricon", "revenue", None),
                   ("share", 51.5, "Cambricon", "revenue", None), ("yoy_growth", 89.2, "Cambricon", "revenue", None),
                   ("share", 0.7, "Cambricon", "revenue", None), ("yoy_growth", -92.5, "Cambricon", "revenue", None)]


def test_a_growth_over_a_stated_base_and_chips_sold_or_distributed() -> None:
    # 總營收較去年同期的393億美元大增73%: the base is a figure of its own and the rate the growth over
    # it; "sold about 1 million H20 processors", "distribute as many as 1.6 million Ascend dies" count
    # shipments
    nv = extract_facts("輝達第四季總營收較去年同期的 393 億美元大增 73%。")
    assert [(f.metric, f.value, f.of) for f in nv] == [("revenue", 39.3e9, None), ("yoy_growth", 73.0, "revenue")]
    hw = extract_facts("Huawei aims to distribute as many as 1.6 million Ascend dies in 2026.")
    assert [(f.metric, f.value, f.entity, f.period) for f in hw] == [("shipments", 1.6e6, "Huawei", "2026")]
    nv2 = extract_facts("Nvidia sold about 1 million H20 processors to China in 2024.")
    assert [(f.metric, f.value, f.entity, f.period) for f in nv2] == [("shipments", 1e6, "Nvidia", "2024")]


def test_a_list_of_year_ends_gives_each_value_its_year() -> None:
    # 到2025年底和2026年底……分别要达到10万Pflops和30万Pflops: 年底 between the years still makes a list
    got = extract_facts("到2025年底和2026年底,庆阳的智算算力目标将分别要达到10万Pflops和30万Pflops。")
    assert [(f.value, f.period) for f in got] == [(1e20, "2025"), (3e20, "2026")]


def test_a_growth_named_by_the_metric_pattern_after_it() -> None:
    # "a 49% increase in spending on AI-optimised servers": the metric after the rate is a pattern of
    # the lexicon (spending on AI-optimi[sz]ed servers), the AI-server market's
    text = ("Gartner: AI spending to reach $2.5 trillion in 2026\n\nGartner's forecast shows that building AI "
            "foundations alone will drive a 49% increase in spending on AI-optimised servers.")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text)]
    assert ("yoy_growth", 49.0, "ai_server_market_size") in got


def test_a_brokers_calendar_periods_and_a_span_of_quarters() -> None:
    # CY24Q2, CY24H1: a calendar quarter and half written with the broker's CY; 24Q1-Q3 is nine months,
    # which have no period of the contract (LABELLING.md P7), and 2024年Q1-Q2 is the first half
    assert [(p.period, p.kind) for p in find_periods("USD 55 billion in CY24Q2 and RMB 50.5 billion in CY24H1", None)] \
        == [("2024Q2", "quarter"), ("2024H1", "half")]
    assert [p.period for p in find_periods("24Q1-Q3 revenue; 2024年Q1-Q2营收; 2025Q1-Q4", None)] == [None, "2024H1", "2025"]
    text = ("Inspur Information's 24Q1-Q3 revenue reached approximately RMB 81.8 billion (YoY +70%). "
            "Overseas CSPs reported a combined Capex of USD 55 billion in CY24Q2 (YoY +55%).")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got == [("revenue", 81.8e9, None), ("yoy_growth", 70.0, None), ("capex", 55e9, "2024Q2"),
                   ("yoy_growth", 55.0, "2024Q2")]


def test_taiwan_financial_usage_makes_a_bare_yuan_new_taiwan_dollars() -> None:
    # a Taiwan results story about a company off the alias table, with no NT$, no dateline and no
    # listing code: its own usage (營益率, 稅後純益, 法說會) says whose 元 its 億元 are
    text = ("電源龍頭廠今天公布第三季財報，營收達1,503.17億元，稅後純益186.06億元，營益率達16.5%，"
            "今年前九月資本支出297億元。")
    assert {f.unit for f in extract_facts(text) if f.metric in ("revenue", "capex")} == {"TWD"}
    mainland = "公司今年前三季度营业收入达1,503.17亿元，净利润186.06亿元，资本开支297亿元。"
    assert {f.unit for f in extract_facts(mainland) if f.metric in ("revenue", "capex")} == {"CNY"}


def test_a_brokers_target_price_is_no_amount_of_the_vocabulary() -> None:
    text = ('Investment Rating - The report maintains a "Buy" rating for Inspur Information with a target price '
            "of RMB 54.59, based on a 36x PE multiple for 2024.")
    assert extract_facts(text) == []


def test_a_compound_amount_with_a_thousands_separator_and_another_companys_base() -> None:
    # 2兆1,865.23億元 is 2 trillion plus 1,865.23 hundred million; 略高於廣達的2兆1,236.89億元、年增50.54%:
    # a comparison base named as another company's own figure is that company's, and so is the growth
    # after it
    text = ("先從2025年全年營收觀察。緯創(3231)全年營收達2兆1,865.23億元、年增108.39%，"
            "略高於廣達的2兆1,236.89億元、年增50.54%，雙雙改寫歷史新高。")
    got = [(f.metric, round(f.value, 2), f.entity, f.period) for f in extract_facts(text)]
    assert got == [("revenue", 2.186523e12, "Wistron", "2025"), ("yoy_growth", 108.39, "Wistron", "2025"),
                   ("revenue", 2.123689e12, "Quanta", "2025"), ("yoy_growth", 50.54, "Quanta", "2025")]


def test_a_round_up_name_off_the_table_is_no_earlier_companys() -> None:
    # 相較之下，仁寶營收593.66億元: a company the alias table does not list opens the sentence (after a
    # connective), so its figures are not Inventec's, named in the sentence before (E1: entity null)
    text = ("緯創1月營收2,283億元，年增幅達151.54%；英業達營收618.13億元、年增34.84%亦創同期新高。"
            "相較之下，仁寶營收593.66億元、年增7.29%。")
    got = [(f.metric, f.value, f.entity) for f in extract_facts(text)]
    assert got[-2:] == [("revenue", 593.66e8, None), ("yoy_growth", 7.29, None)]
    assert ("revenue", 618.13e8, "Inventec") in got


def test_a_years_work_points_give_their_year_to_the_targets() -> None:
    # 数智贵州建设2026年工作要点: a plan for one year, named in the body's heading; its targets that
    # name no year are for that year
    text = ("SOURCE: https://example.org/1\nTITLE: Guizhou big-data bureau work points\n\n"
            "省大数据局印发数智贵州建设2026年工作要点\nXin Lang Cai Jing·2026-02-18 12:08\n\n"
            "Group 2 - The plan includes the construction of a green and efficient computing power base in Guizhou, "
            "with a target computing power scale of 190 EFLOPS.")
    got = [(f.metric, f.value, f.period, f.basis) for f in extract_facts(text)]
    assert got == [("total_compute_capacity", 1.9e20, "2026", "target")]


def test_a_rate_compared_with_its_own_earlier_period() -> None:
    # with 24Q3 revenue growth reaching ~70%, up from 58.8% in 24Q2: the same growth, in the period it
    # is compared with
    text = ("Financial Performance - The company's revenue growth has been accelerating for three consecutive "
            "quarters, with 24Q3 revenue growth reaching ~70%, up from 58.8% in 24Q2.")
    got = [(f.metric, f.value, f.period, f.of) for f in extract_facts(text)]
    assert got == [("yoy_growth", 70.0, "2024Q3", "revenue"), ("yoy_growth", 58.8, "2024Q2", "revenue")]


def test_a_list_over_a_span_of_fiscal_years() -> None:
    # 预计2025-2027财年公司收入为1237/1642/1846亿美元: one fiscal year each (the span itself has no
    # period of the contract); 2025-26财年 is one fiscal year, not a span
    text = "英伟达财务预测与估值：预计 2025-2027 财年公司收入为 1237/1642/1846 亿美元。"
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got == [("revenue", 1237e8, "FY2025"), ("revenue", 1642e8, "FY2026"), ("revenue", 1846e8, "FY2027")]
    assert [(p.period, p.kind, p.years) for p in find_periods("FY25-FY27 revenue; 2025-26财年", None)] == \
        [(None, "fiscal_span", "2025-2027"), ("FY2026", "fiscal", None)]


def test_the_quarter_is_the_reported_one_not_the_one_a_forecast_looks_to() -> None:
    # "… is expected to increase in Q4. Total revenue for the quarter was $6.8 billion": the quarter
    # reported (Q3 2024), not the one the forecast before it looks to; the base of an amount outside
    # the vocabulary (operating income), over a rate between, is no fact either
    text = ("AMD posted record data center revenues of $3.5 billion for Q3 2024.\nFor the third quarter, AMD's data "
            "center revenue accounted for 52 percent of total revenue, a figure which is expected to increase in Q4.\n"
            "Data center segment operating income was $1 billion, or 29 percent of revenue, compared to $306 million "
            "or 19 percent a year ago.\nTotal revenue for the quarter was $6.8 billion, up 18 percent YoY.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got == [("datacenter_revenue", 3.5e9, "2024Q3"), ("share", 52.0, "2024Q3"), ("revenue", 6.8e9, "2024Q3"),
                   ("yoy_growth", 18.0, "2024Q3")]


def test_a_forecast_takes_the_quarter_its_paragraph_names() -> None:
    # a release about Broadcom's fiscal Q1: "對於第二季，……。公司並預估營收將達220億美元" is a forecast for
    # the quarter its paragraph names, and 本期 in a forecast is the quarter running at publication
    # (FY2026Q2); AI 半導體營收, like "AI semiconductor revenue", is a chip maker's data-centre revenue
    text = ("博通2026會計年度第一季財報\n\n date 2026-03-04\n\n博通 (Broadcom) 周三公布 2026 會計年度第一季財報。\n\n"
            "對於第二季，博通表示預期調整後獲利率為 68%。公司並預估營收將達 220 億美元。\n\n"
            "陳福陽表示，本期公司預期 AI 半導體營收將達 107 億美元。")
    got = [(f.metric, f.value, f.period, f.basis) for f in extract_facts(text)]
    assert got == [("revenue", 220e8, "FY2026Q2", "forecast"), ("datacenter_revenue", 107e8, "FY2026Q2", "forecast")]


def test_a_capex_plan_is_the_years_and_a_rate_of_a_metric_named_after_its_period() -> None:
    # "its $38–42 billion capital expenditure plan": the metric after the amount, for the year the
    # paragraph names (a plan is a year's, not the release's quarter); "a 44% year-over-year increase
    # in Q2 revenue": the metric after the rate, its period between; "contributed 60% of total revenue
    # up from 52% last year": the same share a year before
    text = ("TSMC reported a 44% year-over-year increase in Q2 2025 revenue, reaching $30.1 billion. HPC contributed "
            "60% of total revenue up from 52% last year.\nThe company raised its full-year 2025 revenue growth "
            "forecast. TSMC is moving forward with its $38–42 billion capital expenditure plan.")
    got = [(f.metric, f.value, f.period, f.of) for f in extract_facts(text)]
    assert ("yoy_growth", 44.0, "2025Q2", "revenue") in got
    assert ("share", 52.0, "2024Q2", "revenue") in got
    assert ("capex", 40e9, "2025", None) in got


def test_a_gloss_inside_a_compute_word() -> None:
    # 智能(AI)算力规模占比达25%: the writer's gloss inside 智能算力 (metrics.toml)
    got = extract_facts("截至2023年6月底,我国算力总规模达到197 EFLOPS,其中通用算力规模占比达74%,智能(AI)算力规模占比达25%。")
    assert [(f.metric, f.value, f.item) for f in got if f.metric == "share"] == [("share", 74.0, "general"),
                                                                               ("share", 25.0, "intelligent")]


def test_a_growth_forecast_raised_from_one_rate_to_another() -> None:
    # "raised its full-year 2025 revenue growth forecast from around 25% to roughly 30%": both are the
    # year's revenue growth as forecast (the earlier and the new forecast, B3)
    text = ("TSMC reported Q2 2025 revenue of $30.1 billion.\nThe company raised its full-year 2025 revenue growth "
            "forecast from around 25% to roughly 30%, pointing to strong AI trends.")
    got = [(f.metric, f.value, f.period, f.of, f.basis) for f in extract_facts(text)]
    assert got[1:] == [("yoy_growth", 25.0, "2025", "revenue", "forecast"), ("yoy_growth", 30.0, "2025", "revenue", "forecast")]


def test_a_source_reporting_a_companys_figure_is_not_its_subject() -> None:
    # "CNBC reported that the company spent $35.7 billion": the outlet reports, the company spends
    text = ("Alphabet Q1 2026 earnings\n\nAlphabet is still in the expensive part of the AI cycle. CNBC reported that "
            "the company spent $35.7 billion on capital expenditures in the first quarter of 2026.")
    assert [(f.metric, f.value, f.entity) for f in extract_facts(text)] == [("capex", 35.7e9, "Alphabet")]


def test_a_segments_growth_is_its_revenues() -> None:
    # 下季度Azure云业务增速指引进一步放缓至31%-32%: a business's growth is its revenue's (I9)
    text = "微软2025财年第一季度业绩：Azure收入同比增长33%。云业务展望 - 下季度Azure云业务增速指引进一步放缓至31%-32%。"
    got = [(f.metric, f.value, f.of, f.basis) for f in extract_facts(text)]
    assert got[-1] == ("yoy_growth", 31.5, "revenue", "forecast")


def test_a_products_market_value_and_a_place_in_the_titles_credit() -> None:
    # 2025 年 GPU 伺服器市值為 552.3 億美元: a product's 市值 is its market's value, not a market
    # capitalisation (a company's 市值 stays out); 複合年成長率 is a CAGR; "(GII台湾)" closing the
    # title credits the publisher's site and names no region of the report
    text = ("SOURCE: https://example.org/gpu-server\nTITLE: GPU服务器:市占率分析、成长预测(2026-2031年) - Mordor Intelligence"
            "报告摘要(GII台湾)\n\n據 Mordor Intelligence 稱，2025 年 GPU 伺服器市值為 552.3 億美元，預計到 2031 年將達到 "
            "1864.3 億美元，預測期(2026-2031 年)的複合年成長率為 23.19%。輝達市值達4兆美元。")
    got = [(f.metric, f.value, f.period, f.region) for f in extract_facts(text)]
    assert got == [("ai_server_market_size", 552.3e8, "2025", "GLOBAL"), ("ai_server_market_size", 1864.3e8, "2031", "GLOBAL"),
                   ("cagr", 23.19, "2026-2031", "GLOBAL")]


def test_an_items_part_of_a_procurement_and_a_localization_rate() -> None:
    # in a procurement notice, "Kunpeng server accounts for 43.30%" is a part of what the buyer
    # procures (T6), not of a market's shipments; a "server localization rate" is the domestic share
    text = ("China Mobile released the bidding announcement for the centralized procurement of PC servers (phase I) "
            "from 2021 to 2022. The scale of this centralized procurement is about 41004 sets.\n"
            "Kunpeng server accounts for 43.30% and haiguang server accounts for 56.70%.\n"
            "China Mobile's server localization rate will increase to 41.65% from 2021 to 2022.")
    got = [(f.metric, f.value, f.entity, f.item, f.of) for f in extract_facts(text) if f.metric == "share"]
    assert got[:2] == [("share", 43.3, "China Mobile", "server", "tender_quantity"),
                       ("share", 56.7, "China Mobile", "server", "tender_quantity")]
    assert got[2][1:4] == (41.65, "China Mobile", "domestic")


def test_a_full_year_dated_only_by_a_results_season_dateline_is_the_year_before() -> None:
    # " date 2023-03-22 … has posted 6.3% higher full-year earnings on the back of a 9.5% rise in
    # revenue to 418.4 billion Chinese yuan": in the season of annual results, the year just ended
    text = ("SOURCE: https://example.org/ct\nTITLE: Digital boom powers China Telecom revenue (Light Reading)\n\n"
            " date 2023-03-22 China Telecom has ridden China's digital transformation boom to another robust profit. "
            "The operator has posted 6.3% higher full-year earnings on the back of a 9.5% rise in revenue to 418.4 "
            "billion Chinese yuan.")
    got = [(f.metric, f.value, f.period, f.basis) for f in extract_facts(text)]
    assert got == [("yoy_growth", 9.5, "2022", "actual"), ("revenue", 418.4e9, "2022", "actual")]


def test_a_count_shipped_after_it_and_a_year_before_a_noun() -> None:
    # "about 200,000 AI servers will be shipped": the shipping word after the count; "grow by about 1%
    # to just over 14 million units": the shipments named at the head of the sentence; "2024 AI
    # servers represent …" is a year, not a count
    text = ("By the end of 2026, about 200,000 AI servers will be shipped to cloud service providers.\n"
            "Global server shipments are only expected to grow by about 1% to just over 14 million units.\n"
            "TrendForce adds that 2024 AI servers represent roughly 65% of the total server market value.")
    got = [(f.metric, f.value) for f in extract_facts(text) if f.metric == "shipments"]
    assert got == [("shipments", 200000.0), ("shipments", 14e6)]


def test_a_fleet_of_accelerators_counted_with_ge() -> None:
    # 10萬個加速器, 60萬個H100級GPU: 个 before the accelerators, a fleet counted in 万; what one machine
    # holds (8个H100) stays no fleet
    text = "超大規模營運商正在部署包含超過 10 萬個加速器的集群，Meta 的目標是營運約 60 萬個 H100 級 GPU。每台服务器配备8个H100。"
    got = [(f.metric, f.value) for f in extract_facts(text)]
    assert got == [("accelerator_count", 1e5), ("accelerator_count", 6e5)]


def test_an_items_share_of_the_whole_named_before_it() -> None:
    # 全球服务器销售中，AI服务器占比在2022年仅为6%: the whole is named before the part (its sales), so
    # the share is of the server market's value, not of its shipments
    text = "Spear Invest 预计全球服务器销售中,AI 服务器占比在 2022 年仅为 6%。"
    got = [(f.metric, f.value, f.item, f.of) for f in extract_facts(text)]
    assert got == [("share", 6.0, "ai_server", "server_market_size")]


def test_a_part_made_for_an_item_is_not_the_item() -> None:
    # 台達電目前伺服器電源佔營收比23%: Delta's server power supplies are a part of its revenue, not a
    # share of a server market (lexicons/cues.toml [component])
    text = "台達電今年第三季營收達1,503.17億元，創下史上最佳單季紀錄。台達電目前伺服器電源佔營收比23%。"
    got = [(f.metric, f.value, f.item, f.of) for f in extract_facts(text) if f.metric == "share"]
    assert got == [("share", 23.0, None, "revenue")]


def test_each_value_of_a_respectively_list_is_kept() -> None:
    # 游戏与专业可视化业务营收分别为28.8亿美元和4.54亿美元: two segments' revenues, the same keys (M5):
    # both are kept, not the better supported one only
    text = "英伟达FY2025第二季度业绩：游戏与专业可视化业务营收分别为 28.8 亿美元和 4.54 亿美元,同比分别增长 16%和 20%。"
    got = [(f.metric, f.value) for f in extract_facts(text) if f.metric == "revenue"]
    assert got == [("revenue", 28.8e8), ("revenue", 4.54e8)]


def test_a_cna_story_is_dated_by_its_closing_roc_date_code() -> None:
    # Taiwan's Central News Agency closes a story with its ROC date code (（編輯：楊凱翔）1141112 is
    # 2025-11-12): the bare 第3季 of the story is 2025's third quarter, not the year of 2019年第1季以來
    text = ("（中央社記者台北12日電）鴻海第3季合併營收2兆589.49億元。營益率3.43%，是2019年第1季以來高點。"
            "從產品營收比重來看，鴻海第3季雲端網路產品占比42%。（編輯：楊凱翔）1141112")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got == [("revenue", 2058949000000.0, "2025Q3"), ("share", 42.0, "2025Q3")]


def test_a_growth_after_a_compared_figure_is_the_subjects_and_over_the_quarter_before_is_none() -> None:
    # 第3季營收……，較第2季1兆7934.68億元季增14.47%、比去年同期……增加11%: the year-on-year growth is of
    # the third quarter's revenue, not of the second quarter's it passed; 較去年第3季……成長24.1% is a
    # growth over the quarter before (not in the vocabulary)
    text = ("鴻海2025年第3季合併營收2兆589.49億元，較第2季1兆7934.68億元季增14.47%、比去年同期1兆8545.69億元增加11%。"
            "台積電2025年第4季資本支出3569.1億元，較第3季資本支出2874.5億元成長24.1%，比2024年同期3619.5億元微減1.4%。")
    got = [(f.metric, f.value, f.period, f.of) for f in extract_facts(text) if f.metric == "yoy_growth"]
    assert got == [("yoy_growth", 11.0, "2025Q3", "revenue"), ("yoy_growth", -1.4, "2025Q4", "capex")]


def test_an_earlier_level_of_a_rate_outside_the_vocabulary_is_no_growth() -> None:
    # 毛利率6.35%……比去年同期6.19%增加0.16個百分點 in CNA's story of Foxconn's third quarter (a real
    # page): 6.19% is the margin a year before (a change in points follows it), not a growth of anything
    path = REPO / "corpus" / "holdout22" / "zh_t_foxconn_q3_results_2025.txt"
    got = {f.value for f in extract_facts(path.read_text(encoding="utf-8")) if f.metric == "yoy_growth"}
    assert got == {11.0}


def test_a_year_on_year_growth_by_a_multiple() -> None:
    # 按年增長1.01倍, 同比增长约13倍: grown *by* the multiple, +101 % and +1,300 % (LABELLING.md O7 as the
    # held-out labels read it); 增至3倍 (grown *to*) and 为2024年的两倍 stay multiples
    text = ("輝達第二季度營業收入報135.1億美元，按年增長1.01倍。"
            "锐捷网络800G以上高速交换机收入同比增长约13倍。"
            "浪潮信息2025年服务器收入增至2024年的3倍。")
    got = [(f.metric, f.value, f.of, f.qualifier) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("yoy_growth", 101.0, "revenue", None), ("yoy_growth", 1300.0, "revenue", "~")]


def test_a_titles_rounded_bound_restates_the_bodys_exact_figure() -> None:
    # TITLE 前三季营收同比增长超23倍 over 营收46.07亿元,同比增长2386.38%: the title rounds the body's figure
    text = ("TITLE: 寒武纪2025年三季报:前三季营收同比增长超23倍\n\n"
            "今年前三季度,寒武纪实现营收46.07亿元,同比增长2386.38%。")
    got = [(f.metric, f.value, f.qualifier) for f in extract_facts(text) if f.metric == "yoy_growth"]
    assert got == [("yoy_growth", 2386.38, None)]


def test_a_ranking_goes_on_over_paragraphs_and_a_listed_month_takes_the_year_before_it() -> None:
    # 前五大單月營收第一名是2025年10月的3674.7億元 …, then paragraphs opening 第二名是…, 第四名、第五名則分別是
    # 2025年8月的3357.7億元，以及12月的3350億元: each rank's value is the ranking's metric; 12月, listed
    # after 2025年8月, is 2025's December
    text = (" date 2026-02-10 台積電今日公布1月合併營收約為4012.55億元，年增36.8%。\n\n"
            "據了解，台積電史上前五大單月營收第一名是2025年10月的3674.7億元，主因是AI晶片雙重拉貨。\n\n"
            "第二名是2025年4月的3495.7億元 受惠於雲端服務供應商自研AI晶片的強勁需求。\n\n"
            "第四名、第五名則分別是2025年8月的3357.7億元，以及12月的3350億元。")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.metric == "revenue"]
    assert got == [("revenue", 401255000000.0, "2026-01"), ("revenue", 367470000000.0, "2025-10"),
                   ("revenue", 349570000000.0, "2025-04"), ("revenue", 335770000000.0, "2025-08"),
                   ("revenue", 335000000000.0, "2025-12")]


def test_a_range_of_two_compound_amounts() -> None:
    # 1兆933億元至1兆1312億元: one range, each end a compound of 兆 and 億
    from connectors.numbers import find_mentions
    got = [(m.low, m.high) for m in find_mentions("新台币营收约1兆933亿元至1兆1312亿元,季增4.5%") if m.unit != "%"]
    assert got == [(pytest.approx(1.0933e12), pytest.approx(1.1312e12))]


def test_us_dollars_called_meijin_and_spending_on_plant_and_equipment_is_capex() -> None:
    # 美金 is Taiwan's everyday word for the US dollar; an amount to acquire land and plant, improve
    # buildings or buy machinery is capital expenditure; a lease recognised as a right-of-use asset is not
    text = ("緯創資通5月6日召開董事會。WIUS將以不超過美金1.11億元的金額，取得位於美國達拉斯Westport廠之土地及廠房，"
            "並規劃於美金7,000萬元之額度內進行建築物改良，並以不超過美金4.114億元之預算取得相關機器設備。"
            "WTX預計認列不動產使用權資產金額為美金1,288萬元。")
    got = [(f.metric, f.value, f.unit) for f in extract_facts(text)]
    assert got == [("capex", 1.11e8, "USD"), ("capex", 7e7, "USD"), ("capex", 4.114e8, "USD")]


def test_the_level_a_growth_reached_after_its_basis_and_a_growth_of_something_outside() -> None:
    # Revenue grew 22% on a year-over-year basis, to $47.5 billion: the level is the grown metric's; a
    # 38% increase in income from operations is a growth of operating income (outside the vocabulary)
    text = ("On July 30, Meta Platforms reported second quarter 2025 results. Revenue grew 22% on a "
            "year-over-year basis, to $47.5 billion while costs and expenses rose at a more modest 12% rate in "
            "the quarter, driving a 38% increase in income from operations.")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text)]
    assert got == [("yoy_growth", 22.0, "revenue"), ("revenue", 47.5e9, None)]


def test_guidance_for_a_quarter_numbered_before_the_reported_one_is_next_years() -> None:
    # a fourth-quarter call: "For guidance, Q1 revenue is projected …" looks to the next fiscal year's Q1
    text = ("TITLE: Dell FY2026 Q4 earnings call: AI backlog and guidance\n\n"
            "Dell held a conference call to report its fiscal year 2026 fourth-quarter earnings. The company "
            "serves more than 4,000 clients and keeps pricing discipline across its businesses and regions.\n"
            "Executives also noted that high AI demand has caused component supply shortages and rising input "
            "costs, and that the company has shortened quotation validity periods to cope with them.\n"
            "For guidance, Q1 revenue is projected between $34.7 billion and $35.7 billion.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.metric == "revenue"]
    assert got == [("revenue", 35.2e9, "FY2027Q1")]


def test_a_news_lead_dates_the_body_and_a_stock_takes_its_month() -> None:
    # a real page (corpus/holdout23): 9月24至25日,2024世界计算大会在长沙开幕 dates it (the lead's day in the
    # year its sentence names); 今年上半年 is 2024H1, and a stock stated with no period (全省总算力超6000PF,
    # its share 占比27%) is at the month the page is dated to (LABELLING.md P8)
    path = REPO / "corpus" / "holdout23" / "zh_s_hunan_compute_2024.txt"
    got = [(f.metric, f.value, f.period) for f in extract_facts(path.read_text(encoding="utf-8"))]
    assert ("compute_industry_size", 4.32e11, "2024H1") in got and ("yoy_growth", 19.1, "2024H1") in got
    assert [g for g in got if g[0] in ("total_compute_capacity", "intelligent_compute_capacity", "share",
                                       "supercomputing_capacity") and g[2] is not None and g[2] != "2023"] == [
        ("total_compute_capacity", 6e18, "2024-09"), ("intelligent_compute_capacity", 1.6e18, "2024-09"),
        ("share", 27.0, "2024-09"), ("supercomputing_capacity", 2e17, "2024-09")]


def test_compute_shorthands_pf_and_ef() -> None:
    # 6000PF, 30EF: PFLOPS and EFLOPS as plans write them; not a work amount (3640 PF-days) nor a code (3PFA)
    from connectors.numbers import find_mentions
    got = [(m.value, m.unit) for m in find_mentions("全省总算力超6000PF,总算力30EF,型号3PFA")]
    assert got == [(6e18, "FLOPS"), (3e19, "FLOPS")]
    assert [m.unit for m in find_mentions("训练用了3640 PF-days")] != ["FLOPS"]


def test_server_spend_and_spending_on_ai_servers_are_markets() -> None:
    # Gartner: the total server spend … double from $70 billion in 2022 to $140 billion by 2025; providers
    # spend nearly $100 billion on AI-specific servers: the server market's size (the start of the move in its
    # own year) and the AI-server market's
    text = ("Gartner forecasts IT spending growth. The total server spend is now projected to double from $70 "
            "billion in 2022 to $140 billion by 2025, Lovelock explained.\n"
            "Service providers are projected to spend nearly $100 billion on AI-specific servers this year.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got == [("server_market_size", 7e10, "2022"), ("server_market_size", 1.4e11, "2025"),
                   ("ai_server_market_size", 1e11, None)]


def test_a_vendors_revenue_and_share_in_a_market_report_are_its_slice_of_the_market() -> None:
    # Omdia: NVIDIA swept up an impressive 80.6% share of all global revenue - a total of $3.2 billion in
    # 2020: in a report on the market for AI processors, the vendor's slice of that market (LABELLING.md I8)
    text = ("TITLE: NVIDIA maintains tight grip on market for AI processors in cloud and data centers\n\n"
            "OMDIA's AI Processors for Cloud and Data Center Forecast Report has declared NVIDIA a frontrunner.\n"
            "According to the report, NVIDIA swept up an impressive 80.6% share of all global revenue - a total of "
            "$3.2 billion in 2020, up from $1.8 billion in 2019.")
    got = [(f.metric, f.value, f.entity, f.of) for f in extract_facts(text)]
    assert got == [("market_share", 80.6, "Nvidia", "ai_compute_market_size"),
                   ("ai_compute_market_size", 3.2e9, "Nvidia", None), ("ai_compute_market_size", 1.8e9, "Nvidia", None)]


def test_a_list_of_yearly_targets_named_relative_to_the_date() -> None:
    # 湖北算力与大数据产业规模力争今年达到1000亿元、明年达到1200亿元、后年突破1500亿元 (2023-10-26): each
    # target in the year named before it (后年: the year after next), not the next item's
    text = ("时间:2023-10-26\n来源:湖北日报\n\n"
            "未来3年,湖北算力与大数据产业规模力争今年达到1000亿元、明年达到1200亿元、后年突破1500亿元。")
    got = [(f.metric, f.value, f.period, f.basis) for f in extract_facts(text)]
    assert got == [("compute_industry_size", 1e11, "2023", "target"), ("compute_industry_size", 1.2e11, "2024", "target"),
                   ("compute_industry_size", 1.5e11, "2025", "target")]


def test_the_ai_semiconductor_market_in_chinese() -> None:
    # Gartner:2023年AI半导体市场将达到534亿美元 …人工智能半导体收入……2024年将增长25.6%,达到671亿美元: a market
    text = ("TITLE: Gartner:2023年AI半导体市场将达到534亿美元\n\n"
            "在预测期内,人工智能半导体收入将继续保持两位数的增长率,2024年将增长25.6%,达到671亿美元。")
    got = [(f.metric, f.value, f.period, f.of) for f in extract_facts(text)]
    assert got == [("ai_compute_market_size", 5.34e10, "2023", None),
                   ("yoy_growth", 25.6, "2024", "ai_compute_market_size"), ("ai_compute_market_size", 6.71e10, "2024", None)]


def test_the_ai_wave_is_not_inspur_and_an_ai_chip_market_is_the_ai_compute_market() -> None:
    # 持續領先全球 AI 浪潮，但該公司也承認…: 浪潮 is a wave there, not Inspur; 中國 AI 加速器市場中，輝達市佔率約
    # 66%，華為海思約 23%: shares of the AI compute market (the labels' of), the second with its subject elided
    text = (" date 2025-09-17 在 2026 財年 Q2 財報中，輝達營收年增 55%，持續領先全球 AI 浪潮，但該公司也承認中國區營收年減 24%。"
            "根據 Bernstein Research 數據，2024 年中國 AI 加速器市場中，輝達市佔率約 66%，華為海思約 23%。")
    got = [(f.metric, f.value, f.entity, f.of) for f in extract_facts(text)]
    assert got == [("yoy_growth", 55.0, "Nvidia", "revenue"), ("yoy_growth", -24.0, "Nvidia", "revenue"),
                   ("market_share", 66.0, "Nvidia", "ai_compute_market_size"),
                   ("market_share", 23.0, "Huawei", "ai_compute_market_size")]


def test_a_units_definition_is_no_figure_and_an_ai_centres_bare_compute_is_intelligent() -> None:
    # 中国电信京津冀智能算力中心……已建算力1900P(1P约等于每秒1000万亿次计算速度): the centre's compute is
    # intelligent compute; what 1P is, is no figure
    text = ("中国电信京津冀智能算力中心总经理助理介绍:“这里作为集团京津冀区域枢纽算力节点,已建算力1900P"
            "(1P约等于每秒1000万亿次计算速度),预计今年6月底交付算力达到5000P。”")
    got = [(f.metric, f.value, f.basis) for f in extract_facts(text)]
    assert got == [("intelligent_compute_capacity", 1.9e18, "actual"), ("intelligent_compute_capacity", 5e18, "forecast")]


def test_a_growth_in_the_worldwide_data_center_capex() -> None:
    # Dell'Oro forecasts a robust 35% growth in worldwide data center capex overall for 2024
    text = "Dell’Oro forecasts a robust 35% growth in worldwide data center capex overall for 2024."
    got = [(f.metric, f.value, f.of, f.period) for f in extract_facts(text)]
    assert got == [("yoy_growth", 35.0, "capex", "2024")]


def test_a_date_span_of_a_quarter_and_the_company_as_a_pronoun() -> None:
    # 該公司公佈2025年10月1日到12月31日的季度財報顯示……。營收飆升至127億美元: the days of Supermicro's fiscal
    # second quarter (its year ends in June); 該公司 points back at the company, it names none off the table
    text = ("TITLE: AI需求推動營收超出預期 美超微上修全年財測\n\n"
            "受到AI伺服器需求激增的推動，美超微獲利與營收明顯增長。\n\n"
            "該公司公佈2025年10月1日到12月31日的季度財報顯示，調整後每股盈餘為0.69美元。營收飆升至127億美元。")
    got = [(f.metric, f.value, f.period, f.entity) for f in extract_facts(text)]
    assert got == [("revenue", 12.7e9, "FY2026Q2", "Supermicro")]


def test_a_market_counted_in_units_and_a_growth_at_a_rate() -> None:
    # The global AI server market … is projected to exceed 1.6 million units, growing at an impressive rate
    # of 40%: the market's shipments and their growth
    text = ("The global AI server market—encompassing AI Training and AI Inference—is projected to exceed 1.6 million "
            "units in 2024, growing at an impressive rate of 40%.")
    got = [(f.metric, f.value, f.item, f.of, f.period) for f in extract_facts(text)]
    assert got == [("shipments", 1.6e6, "ai_server", None, "2024"), ("yoy_growth", 40.0, "ai_server", "shipments", "2024")]


def test_a_self_sufficiency_rate_of_ai_gpus_in_taiwan_spelling() -> None:
    # 2024 年中國人工智慧 GPU 的自給率為 34%,預計到 2027 年將提升至 82%: the domestic part of the AI chips
    # China uses (人工智慧 is Taiwan's 人工智能), then its move to 2027
    text = "據我們估算,2024 年中國人工智慧 GPU 的自給率為 34%,預計到 2027 年將提升至 82%。"
    got = [(f.metric, f.value, f.item, f.of, f.period, f.region) for f in extract_facts(text)]
    assert got == [("share", 34.0, "domestic", "ai_compute_market_size", "2024", "CN"),
                   ("share", 82.0, "domestic", "ai_compute_market_size", "2027", "CN")]


def test_a_figure_for_each_of_a_list_of_companies_and_gpus_after_a_model() -> None:
    # META and Microsoft accounted for 300,000 NVIDIA H100 GPUs purchased together. … Google, Amazon, Oracle, and
    # China's Tencent, tied with 50,000 GPUs purchased each: one count for every company, of the paragraph's model
    text = ("According to data provided by Omdia, META (Facebook) and Microsoft accounted for 300,000 NVIDIA H100 GPUs "
            "purchased together. Trailing behind are Google, Amazon, Oracle, and China’s Tencent, tied with 50,000 GPUs "
            "purchased each.")
    got = [(f.value, f.entity, f.item) for f in extract_facts(text) if f.value == 50000]
    assert got == [(5e4, "Alphabet", "H100"), (5e4, "Amazon", "H100"), (5e4, "Oracle", "H100"), (5e4, "Tencent", "H100")]


def test_a_range_between_two_signed_rates() -> None:
    # server shipment trends for 2023 will range between -17% and -20% YoY: one range, midpoint -18.5
    from connectors.numbers import find_mentions
    got = [(m.value, m.low, m.high) for m in find_mentions("will range between -17% and -20% YoY, revenue between +6% and +8%")]
    assert got == [(-18.5, -20.0, -17.0), (7.0, 6.0, 8.0)]


def test_parts_of_an_amount_listed_with_their_verb_left_out() -> None:
    # global data centers consume approximately 55 GW, with AI accounting for 14%, cloud computing for 54%, and
    # traditional workloads for 32%: parts of the power just stated
    text = "Currently, global data centers consume approximately 55 GW, with AI accounting for 14%, cloud computing for 54%, and traditional workloads for 32%."
    got = [(f.metric, f.value, f.of, f.region) for f in extract_facts(text)]
    assert got == [("datacenter_power", 55e9, None, "GLOBAL"), ("share", 14.0, "datacenter_power", "GLOBAL"),
                   ("share", 54.0, "datacenter_power", "GLOBAL"), ("share", 32.0, "datacenter_power", "GLOBAL")]


def test_a_series_goes_on_in_later_periods_and_profit_or_rnd_is_out_of_scope() -> None:
    # 台灣杉二號的超算算力為9 Petaflops……。台灣杉二號將在2024年底提升至16 Petaflops，2025年達到100 Petaflops，並在2028年
    # 超越200 Petaflops: the series' metric goes on; 利润可达46亿元 and 研发投入合计超过80亿元 are out of scope
    text = ("國網中心表示，台灣杉二號目前的超算算力為9 Petaflops。"
            "台灣杉二號將在2024年底提升至16 Petaflops，2025年達到100 Petaflops，並在2028年超越200 Petaflops。\n"
            "公司2024年营收达到300亿元。公司测算2025年利润可达46亿元,过去三年研发投入合计超过80亿元。")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got[:3] == [("supercomputing_capacity", 9e15, None), ("supercomputing_capacity", 1.6e16, "2024"),
                       ("supercomputing_capacity", 1e17, "2025")]
    assert ("supercomputing_capacity", 2e17, "2028") in got
    assert [g for g in got if g[0] == "revenue"] == [("revenue", 3e10, "2024")]


def test_a_growth_cue_before_the_next_rate_is_not_the_rate_befores() -> None:
    # 單月營收月減約15.8%，年增22%: 年增 is the next rate's cue (the first is month on month); 算网数智业务收入
    # 占服务收入24%、同比提升1.5%: a share, then its change; 资源利用率提升约25%, 训练效率提升20%: no metric
    text = ("鴻海1月單月營收約7,300億元，月減約15.8%，年增22%。"
            "中国联通算网数智业务收入占服务收入24%、同比提升1.5%。"
            "该平台使全国算力资源利用率提升约25%，训练效率提升20%。")
    got = [(f.metric, f.value) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("yoy_growth", 22.0), ("share", 24.0)]


def test_a_business_line_outside_compute_and_a_per_share_figure() -> None:
    # 個人電腦（PC）貢獻51%至55%，伺服器41%至45%: the PC line's share is outside compute (holdout11-16 leave such
    # lines out), the server line's goes on; earnings of $3.46 per share are no revenue
    text = ("英業達第三季營收1762.86億元，其中，個人電腦（PC）貢獻51%至55%，伺服器41%至45%。"
            "Microsoft reported Q3 earnings of $3.46 per share on revenue of $70.1 billion.")
    got = [(f.metric, f.value, f.item) for f in extract_facts(text)]
    assert ("share", 53.0, None) not in got and ("share", 43.0, "server") in got
    assert [g for g in got if g[0] == "revenue" and g[1] < 1e6] == []


def test_a_lead_day_and_an_agency_dateline_date_the_body() -> None:
    # 9月24至25日,2024世界计算大会在长沙开幕 / 新华社长沙9月24日电 … 2024年: the day, in the year the sentence names;
    # a cut-off date (截至9月24日) dates nothing
    from connectors.periods import find_published
    assert find_published("TITLE: x\n\n9月24至25日,2024世界计算大会在长沙开幕。") == date(2024, 9, 24)
    assert find_published("新华社长沙9月24日电 2024年世界计算大会开幕。") == date(2024, 9, 24)
    assert find_published("截至9月24日,2024年累计完成投资。") is None


def test_the_shapes_of_a_day_in_a_news_address_date_the_page() -> None:
    # news sites file pages by day in several shapes; the day dates the page (今年 = its year), an address with only a
    # month dates it to the month's first day, an identifier that is no date (2025037330: month 03, day 73) dates nothing
    from connectors.periods import date_in_url, find_published, month_in_url
    days = {
        "https://news.cts.com.tw/cna/money/202305/202305172179200.html": date(2023, 5, 17),
        "https://szb.nxrb.cn/nxrb/pc/con/202602/03/content_188074.html": date(2026, 2, 3),
        "http://m.dianying.u0q.com/toutiao/2023/0614/12691.html": date(2023, 6, 14),
        "https://apps.digitimes.com/news/a20240711RS400.html?chid=2": date(2024, 7, 11),
        "https://www.eeherald.com/section/news/p20250703nwtf.html": date(2025, 7, 3),
        "http://ddx.gubit.cn/gonggao/688316/202401031039.html": date(2024, 1, 3),
        "https://stockchart.cfi.cn/ybdata.aspx?id=20251017000013": date(2025, 10, 17),
        "https://industrialpcreport.com/ceo-ai-demands-200gw-data-centers-20251118": date(2025, 11, 18),
        "https://bihainews.com/bhn-info/kjxw/2025037330.html": None,
        "https://reportify.cc/reports/1050250242991198208": None,
        "https://www.chinabaogao.com/market/202601/778116.html": None,
    }
    assert {u: date_in_url(u) for u in days} == days
    assert month_in_url("https://www.chinabaogao.com/market/202601/778116.html") == date(2026, 1, 1)
    assert month_in_url("https://stsong08.blogspot.com/2024/09/2024.html") == date(2024, 9, 1)
    assert month_in_url("https://reportify.cc/reports/1050250242991198208") is None
    page = ("SOURCE: https://news.cts.com.tw/cna/money/202305/202305172179200.html\nTITLE: 研调\n\n"
            "集邦科技今天表示,预估今年全球服务器整机出货量将再下修至1383.5万台,年减2.85%。")
    assert find_published(page) == date(2023, 5, 17)
    got = {(f.metric, f.value, f.period) for f in extract_facts(page)}
    assert ("shipments", 13835000.0, "2023") in got and ("yoy_growth", -2.85, "2023") in got
    dated_by_month = "SOURCE: https://www.itbear.com.cn/html/2026-02/1135845.html\nTITLE: x\n\n今年资本开支预计为100亿元。"
    assert find_published(dated_by_month) == date(2026, 2, 1)


def test_a_rate_compared_with_the_same_rate_of_an_earlier_period_in_chinese() -> None:
    # 雲端網路產品占比42%，較第2季的41%略增: the same share in the quarter it is compared with; the base of a
    # business line outside compute (消費智能產品占比約37%，較第2季的35%) is no figure either
    text = ("鴻海2025年第3季合併營收2兆589.49億元。從產品營收比重來看，鴻海第3季消費智能產品占比約37%，較第2季的35%略增，"
            "雲端網路產品占比42%，較第2季的41%略增。")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.metric == "share"]
    assert got == [("share", 42.0, "2025Q3"), ("share", 41.0, "2025Q2")]


def test_a_page_address_dates_nothing() -> None:
    # SOURCE: …/microsoft-q1-fy2026-the-35-billion: a page's address is no prose (LABELLING.md P4); the
    # release's quarter comes from its title, and a figure with no period of its own is that quarter's
    text = ("SOURCE: https://example.com/p/microsoft-q1-fy2026-the-35-billion\n"
            "TITLE: Microsoft Q1 FY2026: $34.9 billion capex quarter\n\n"
            "Microsoft's first quarter of fiscal 2026 marked a turning point. "
            "The company reported $77.7 billion in revenue, up 18% year over year.")
    assert [p.period for p in find_periods(text, None, fiscal_end_month=6) if p.start < 70] == []
    got = [(f.metric, f.period) for f in extract_facts(text) if f.metric == "revenue"]
    assert got == [("revenue", "FY2026Q1")]


def test_an_operators_data_centre_revenue_is_a_service_line() -> None:
    # 联通数据中心收入达到144亿元、同比增长9.4%: an operator's IDC business is a service line (revenue, as holdout8,
    # 16 and 17 label it); a chip maker's data-center segment stays datacenter_revenue
    got = [(f.metric, f.of) for f in extract_facts("2025年上半年，中国联通数据中心收入达到144亿元、同比增长9.4%。")]
    assert got == [("revenue", None), ("yoy_growth", "revenue")]
    got = [(f.metric, f.of) for f in extract_facts("AMD 2025年第二季数据中心营收32.4亿美元，同比增长14%。")]
    assert got == [("datacenter_revenue", None), ("yoy_growth", "datacenter_revenue")]


def test_the_growth_of_a_companys_capacity_is_the_companys() -> None:
    # “We will increase our total AI capacity by over 80% this year”: "AI capacity" is intelligent compute
    # (LABELLING.md metric table) and its growth is the company's, as its level is (the speaker's "our")
    text = "Microsoft reported earnings. “We will increase our total AI capacity by over 80% this year,” Nadella said."
    got = [(f.metric, f.of, f.entity) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("yoy_growth", "intelligent_compute_capacity", "Microsoft")]


def test_a_growth_rate_exceeding_and_a_chinese_growth_after_its_rate() -> None:
    # with a growth rate exceeding 65%; 将继续保持30%以上增长: the rate is a growth, of the metric named
    text = ("Meta's capex rose to $30 billion in the first half of 2025, with a growth rate exceeding 65%. "
            "预计2025年北美四大CSP合计资本开支将继续保持30%以上增长。")
    got = [(f.metric, f.of, f.value) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("yoy_growth", "capex", 65.0), ("yoy_growth", "capex", 30.0)]
    # (a growth *to* a level, 增长至30%, is no growth rate)
    assert [f.metric for f in extract_facts("预计2025年AI服务器占比为20%，2026年占比30%增长至……")
            if f.value == 30.0] != ["yoy_growth"]


def test_a_part_of_the_amount_just_stated() -> None:
    # 资本支出达355亿元，其中，将有三分之一……用于AI相关投资; allocating over half of this amount: a share of the
    # amount before it; a holding (其中百度控股昆仑芯59%) is none
    text = ("緯創今年資本支出達355億元，其中，將有三分之一、約100多億元用於AI相關投資。"
            "ByteDance plans capital expenditure of CNY160 billion in 2026, allocating over half of this amount, "
            "CNY85 billion, towards AI chips.")
    got = [(f.metric, f.of, round(f.value, 2)) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("share", "capex", 33.33), ("share", "capex", 50.0)]
    assert [f for f in extract_facts("百度2025年资本开支为120亿元，其中百度控股昆仑芯59%。") if f.unit == "%"] == []


def test_money_raised_from_investors_is_no_figure() -> None:
    # 共配售3.38亿股 每股配售价8.29港元 募资净额约27.60亿港元 (LABELLING.md O1: funding)
    text = "金山云于2025年10月2日完成新一轮配售，共配售3.38亿股，每股配售价8.29港元，募资净额约27.60亿港元，其中80%用于AI。"
    assert [(f.metric, f.value) for f in extract_facts(text)] == []


def test_the_year_word_of_a_fiscal_quarter_and_this_fiscal_year() -> None:
    # 2027會計年度第一季營收預估為780億美元: the 年度 of the fiscal quarter itself is no annual cue (FY2027Q1); "this
    # fiscal year" after a reported fiscal quarter is that fiscal year (FY2026), as the full year is
    got = [(f.metric, f.period) for f in extract_facts("輝達表示，2027 會計年度第一季營收預估為 780 億美元，誤差正負 2%。")]
    assert got == [("revenue", "FY2027Q1")]
    text = ("Oracle reported first quarter fiscal 2026 results. "
            "Oracle Cloud Infrastructure revenue will grow 77% to $18 billion this fiscal year.")
    got = [(f.metric, f.period) for f in extract_facts(text, published=date(2025, 9, 10))]
    assert got == [("yoy_growth", "FY2026"), ("revenue", "FY2026")]


def test_counts_with_a_maker_model_or_these_before_the_noun() -> None:
    # 2,016個輝達GPU, 4萬至5萬個超微的「MI308」AI加速器 (个 with a maker, 的 and a model before the noun; a fleet, not
    # what a machine holds: 8个H100), 400,000 Nvidia GB200 AI chips, 40,000 of these GPUs (the model named before)
    got = [(f.metric, f.value) for f in extract_facts("國網將部署2,016個輝達GPU。阿里巴巴訂購4萬至5萬個超微的「MI308」AI加速器。")]
    assert got == [("accelerator_count", 2016.0), ("accelerator_count", 45000.0)]
    assert [f for f in extract_facts("每台服务器配有8个H100。") if f.unit == "units"] == []
    text = ("Meta and Microsoft accounted for 300,000 NVIDIA H100 GPUs purchased together.\n"
            "CoreWeave acquired 40,000 of these GPUs. Oracle has reportedly purchased about 400,000 Nvidia GB200 AI chips.")
    got = [(f.entity, f.item, f.value) for f in extract_facts(text) if f.value < 300000 or f.entity == "Oracle"]
    assert got == [("CoreWeave", "H100", 40000.0), ("Oracle", "GB200", 400000.0)]


def test_a_makers_output_is_its_shipments() -> None:
    # Huawei plans to manufacture about 600,000 of its Ascend 910C chips in 2026 (holdout14)
    got = [(f.metric, f.entity, f.item, f.period) for f in
           extract_facts("Huawei plans to manufacture about 600,000 of its Ascend 910C chips in 2026.")]
    assert got == [("shipments", "Huawei", "Ascend 910C", "2026")]


def test_the_level_a_cagr_leads_to() -> None:
    # AI芯片市场规模将以28%的复合年增长率增长,到2027年达到2390亿美元: the level at the span's end is the grown market's
    text = "我們預計,AI芯片市场规模將以 28% 的復合年增長率(2024 - 2027 年預估)增長,到 2027 年達到 2390 億美元。"
    got = [(f.metric, f.of, f.period) for f in extract_facts(text)]
    assert got == [("cagr", "ai_compute_market_size", "2024-2027"), ("ai_compute_market_size", None, "2027")]


def test_shares_of_green_power_cooling_and_costs_are_out_of_scope() -> None:
    # 綠電占比超65%, 液冷系統滲透率由14%倍增至逾30%, 芯片成本約占總成本的32%: parts of power, cooling and cost, not of
    # compute; a liquid-cooled server (液冷训练器 1144 台) stays a server
    text = ("甘肅慶陽算力樞紐綠電占比超65%。TrendForce預估液冷系統滲透率由2024年的14%倍增至逾30%。"
            "芯片成本在基礎型服務器中約占總成本的32%。中国移动集采人工智能服务器1250台,其中液冷训练器1144台。")
    got = [(f.metric, f.value) for f in extract_facts(text)]
    assert [g for g in got if g[0] == "share"] == [] and ("tender_quantity", 1144.0) in got


def test_an_undated_bodys_last_year_is_the_year_its_sentence_names_in_full() -> None:
    # 廣達去年12月營收2724.95億元……2025全年營收2.12兆元 in a body with no date: 去年 is 2025 (LABELLING.md P4), and so
    # the page's 今年 is 2026 in its other sentences too (holdout3 labels 朝向今年規劃的8成目標 2026); a relative word in a
    # body that pins no year stays undated
    text = "廣達去年12月營收2724.95億元，月增41.2%、年增94.6%，2025全年營收2.12兆元、年增50.54%。緯創今年營收2000億元。"
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.metric == "revenue"]
    assert got == [("revenue", 272495000000.0, "2025-12"), ("revenue", 2120000000000.0, "2025"),
                   ("revenue", 200000000000.0, "2026")]
    assert [f.period for f in extract_facts("緯創今年營收2000億元。")] == [None]


def test_korean_won_and_abbreviated_millions_and_thousands() -> None:
    # 86.1 trillion won (KRW), with a year-on-year surge of 20%; up 46.77 percent on year; $240.3m; 140k GPUs
    text = ("Samsung Electronics said revenue reached 86.1 trillion won in the third quarter of 2025, with a notable "
            "year-on-year surge of 20%. SK hynix said revenue for 2025 reached 97.15 trillion won, up 46.77 percent on year.")
    got = [(f.metric, f.value, f.unit, f.entity) for f in extract_facts(text)]
    assert got == [("revenue", 8.61e13, "KRW", "Samsung"), ("yoy_growth", 20.0, "%", "Samsung"),
                   ("revenue", 9.715e13, "KRW", "SK hynix"), ("yoy_growth", 46.77, "%", "SK hynix")]
    got = [(f.metric, f.value) for f in extract_facts("IREN's total revenue increased to a record $240.3m in the quarter, "
                                                      "and it plans an expansion to 140k GPUs.")]
    assert got == [("revenue", 2.403e8), ("accelerator_count", 140000.0)]
    assert [f.value for f in extract_facts("The team won 3 matches and revenue was $5 billion.")] == [5e9]


def test_names_in_a_page_address_and_a_capitalised_quarter_word() -> None:
    # SOURCE …/SK-hynix-set-to-overtake-Samsung…: a page's address names no company (the title's first name is
    # the subject); "Fourth-quarter" opening a sentence is the quarter; an amount beside an operating profit,
    # naming nothing of its own (surpassing the market forecast of 16.46 trillion won), is no revenue
    text = ("SOURCE: https://example.com/news/Samsung-falls-behind-as-SK-hynix-posts-record\n"
            "TITLE: SK hynix set to overtake Samsung\n\n date 2026-01-28\n"
            "The memory maker posted record results in 2025.\n"
            "Fourth-quarter operating profit jumped 137.2 percent on year to 19.17 trillion won, surpassing the market "
            "forecast of 16.46 trillion won. Quarterly revenue rose 66.1 percent to 32.83 trillion won.")
    got = [(f.metric, f.value, f.period, f.entity) for f in extract_facts(text)]
    assert got == [("yoy_growth", 66.1, "2025Q4", "SK hynix"), ("revenue", 3.283e13, "2025Q4", "SK hynix")]


def test_a_release_whose_cells_break_the_line_before_the_value() -> None:
    # HPE Reports Fiscal 2025 Fourth Quarter Results (the year first, then its quarter: FY2025Q4); "Revenue:⏎$9.7
    # billion" and "Server revenue was⏎$4.5 billion": a line that leads to a value goes on into it; a capitalised
    # Server is the server item
    text = ("HPE Reports Fiscal 2025 Fourth Quarter Results\nRevenue:\n$9.7 billion , up 14% from the prior-year period\n"
            "-\nServer revenue was\n$4.5 billion , down 5% from the prior-year period.")
    got = [(f.metric, f.value, f.period, f.item) for f in extract_facts(text)]
    assert got == [("revenue", 9.7e9, "FY2025Q4", None), ("yoy_growth", 14.0, "FY2025Q4", None),
                   ("revenue", 4.5e9, "FY2025Q4", "server"), ("yoy_growth", -5.0, "FY2025Q4", "server")]
    from connectors.textnorm import normalize
    assert normalize("Results of the year\n2025 was strong").text == "Results of the year\n2025 was strong"


def test_comprised_and_represented_are_share_verbs_unless_a_growth_is_named() -> None:
    # Server and Storage Systems comprised 96% of Q3 revenue, while Subsystems and Accessories represented 4%;
    # "This represents a year-over-year revenue growth of 78%" and "represents a 44,6% growth" are growth rates
    text = ("Supermicro's fiscal Q3 2024 revenues were $3.85 billion. Server and Storage Systems comprised 96% of Q3 "
            "revenue, while Subsystems and Accessories represented 4%.")
    assert [(f.metric, f.value) for f in extract_facts(text) if f.unit == "%"] == [("share", 96.0), ("share", 4.0)]
    text = "Nvidia's fourth-quarter revenue was $39.3 billion. This represents a year-over-year revenue growth of 78%."
    assert [(f.metric, f.of) for f in extract_facts(text) if f.unit == "%"] == [("yoy_growth", "revenue")]


def test_a_list_of_years_gives_each_value_of_a_list_its_year() -> None:
    # a broker's forecast line (预计公司2025/2026/2027年营业收入分别为…), the same with 、 between the years and
    # the values, and a list of rates (2025/26年……年增58.4%/30.6%); a split fiscal year (2024/25财年, FY2025/26)
    # stays one year
    text = "金山云业绩点评：预计公司2025/2026/2027年营业收入分别为95.10亿元/116.85亿元/143.38亿元。"
    assert [(f.value, f.period) for f in extract_facts(text)] == [(9.51e9, "2025"), (1.1685e10, "2026"),
                                                                   (1.4338e10, "2027")]
    text = "预计公司2025、2026、2027年营业收入分别为95.10亿元、116.85亿元、143.38亿元。"
    assert [f.period for f in extract_facts(text)] == ["2025", "2026", "2027"]
    text = "预计2025/26年四大CSP资本支出年增58.4%/30.6%。"
    assert [(f.value, f.period) for f in extract_facts(text)] == [(58.4, "2025"), (30.6, "2026")]
    assert [f.period for f in extract_facts("微软2024/25财年资本支出800亿美元。")] == ["FY2025"]
    spans = [(p.kind, p.years) for p in find_periods("2025/26/27E与2024、2025、2026年", None)]
    assert spans == [("year_list", "2025/2026/2027"), ("year_list", "2024/2025/2026")]


def test_a_bare_scaled_number_a_count_word_reaches_is_a_count() -> None:
    # a broker's note writes counts with a scale word and no counter: 出货量超过322万, GPU需求170万 (a buyer's
    # demand is what is shipped), chips a year (AI ASIC芯片2025年……同比增长40%至约400万), shipments … increased to
    # 3.85 million; not a change (下调约10万), a gap between two figures, nor a product outside compute (AI眼鏡)
    text = ("2024年全球服务器出货量超过322万。摩根大通预计2025年HGX GPU需求170万。AI ASIC芯片2025年预计同比增长40%至约400万。"
            "AMD高端GPU预测下调约10万。终端需求与生产量之间存在约90万。2026年AI眼鏡出貨950萬。")
    got = [(f.metric, f.value, f.unit, f.period) for f in extract_facts(text) if f.unit == "units"]
    assert got == [("shipments", 3.22e6, "units", "2024"), ("shipments", 1.7e6, "units", "2025"),
                   ("shipments", 4e6, "units", "2025")]
    text = "TechInsights estimates that data center GPU shipments increased to 3.85 million in 2023."
    assert [(f.metric, f.value, f.period) for f in extract_facts(text)] == [("shipments", 3.85e6, "2023")]
    assert [(f.metric, f.value) for f in extract_facts("该集群GPU数量达10万，投资50亿元。") if f.unit == "units"] == \
        [("accelerator_count", 1e5)]


def test_annually_and_an_annual_increase_are_year_on_year_and_monthly_is_not() -> None:
    # Taiwanese press in English: up 12.72% monthly (month on month: not in the vocabulary) and 40.98% annually;
    # a 129.47 percent annual increase
    text = "Inventec said AI server demand drove revenue to US$1.64 billion, up 12.72% monthly and 40.98% annually."
    assert [(f.metric, f.value, f.of) for f in extract_facts(text) if f.unit == "%"] == [("yoy_growth", 40.98, "revenue")]
    text = "Wistron posted revenue of NT$551.29 billion, a 129.47 percent annual increase."
    assert [(f.metric, f.value) for f in extract_facts(text) if f.unit == "%"] == [("yoy_growth", 129.47)]


def test_a_growth_noun_with_the_metric_after_it_or_between() -> None:
    # a 19 percent decline in consumer revenue, a 7% increase in online sales (a segment's words before the
    # metric); a 33% revenue increase (the metric between the rate and its noun wins over an earlier keyword)
    text = "Dell reported a 19 percent decline in consumer revenue."
    assert [(f.metric, f.value, f.of) for f in extract_facts(text)] == [("yoy_growth", -19.0, "revenue")]
    text = "Amazon reported a 7% increase in online sales in Q4 2024."
    assert [(f.metric, f.value, f.of, f.period) for f in extract_facts(text)] == [("yoy_growth", 7.0, "revenue", "2024Q4")]
    text = ("Microsoft will invest $80 billion in AI data centers, with Azure and other cloud services achieving a 33% "
            "revenue increase.")
    assert [(f.metric, f.value, f.of) for f in extract_facts(text) if f.unit == "%"] == [("yoy_growth", 33.0, "revenue")]
    # a share, and a growth of nothing in the vocabulary, are none of these
    assert [f.metric for f in extract_facts("It booked a 15% revenue share from cloud.")] == []
    assert [f.metric for f in extract_facts("Dell reported a 5% increase in the number of employees.")] == []


def test_a_split_financial_year_of_taiwan_and_hong_kong_and_its_calendar_gloss() -> None:
    # 聯想2024/2025財務年度第1季 is FY2025Q1 (財務年度 / 財政年度, like 财年); the calendar months glossed beside it
    # (自然年2024年4至6月) date nothing
    text = ("聯想集團昨(15)日公布2024/2025財務年度第1季(自然年2024年4至6月)財報,單季營收人民幣1,119億元(新台幣5,058億元),"
            "年增20%。")
    assert [(f.metric, f.period) for f in extract_facts(text)] == [("revenue", "FY2025Q1"), ("yoy_growth", "FY2025Q1")]
    assert [p.period for p in find_periods("2024/25财政年度资本开支", None)] == ["FY2025"]


def test_chips_sold_or_exported_are_shipments_and_an_export_ban_is_not() -> None:
    # 公司累计销售GPU超2.5万颗 and "the export of 5,000 to 10,000 H200 chip modules" count what is shipped; a
    # sentence about allowing exports (放行輝達H200晶片出口) leaves a buyer's purchase a count of its chips
    assert [f.metric for f in extract_facts("截至2025年3月,沐曦累计销售GPU超2.5万颗。")] == ["shipments"]
    text = "Reuters indicates that Nvidia is targeting the export of 5,000 to 10,000 H200 chip modules."
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("shipments", 7500.0)]
    text = "美國的川普政府放行輝達H200晶片出口，如字節跳動計畫向輝達採購3.2萬顆H200晶片。"
    assert [(f.metric, f.entity) for f in extract_facts(text)] == [("accelerator_count", "ByteDance")]


def test_this_quarter_told_in_the_past_is_the_quarter_reported() -> None:
    # a bullet after a forecast for Q4: "Capital expenditures reached $16.7 billion this quarter" is the quarter
    # the release reports (FY2025Q3, the last to end before 2025-04-30), "expects … this quarter" the next one
    text = ("SOURCE: x\nTITLE: Microsoft beats Q3 estimates\n date 2025-04-30\n"
            "- The company expects Azure revenue growth to increase to 34% in Q4\n"
            "- Capital expenditures reached $16.7 billion this quarter as Microsoft continues AI investments.\n"
            "Microsoft expects capital expenditures of $20 billion this quarter.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.metric == "capex"]
    assert got == [("capex", 16.7e9, "FY2025Q3"), ("capex", 20e9, "FY2025Q4")]


def test_a_share_whose_whole_is_named_after_it() -> None:
    # "will account for more than 70% of spending on AI-optimised servers in 2025" (a metric a few words after
    # "of"); 单季贡献97.55%的营收 (the whole after the rate, Chinese); in a tracker, 中国市场……贡献全球24%的收入 is
    # China's part of the market (全球 after 贡献 is the whole, not whose share it is)
    text = "Hyperscalers will account for more than 70% of spending on AI-optimised servers in 2025."
    assert [(f.metric, f.of) for f in extract_facts(text)] == [("share", "ai_server_market_size")]
    text = "沐曦的曦云C500系列2025年第一季度单季贡献97.55%的营收。"
    assert [(f.metric, f.value, f.of) for f in extract_facts(text)] == [("share", 97.55, "revenue")]
    text = ("TITLE: IDC：2024年第四季度全球服务器市场\n\n2024年第四季度全球服务器市场收入达773亿美元。"
            "中国市场同比增长33%，贡献全球24%的收入。")
    got = [(f.value, f.region, f.of) for f in extract_facts(text) if f.metric == "share"]
    assert got == [(24.0, "CN", "server_market_size")]


def test_a_share_of_a_makers_shipments_is_keyed_by_the_maker() -> None:
    # "5% of NVIDIA's high-end GPU shipments": the maker named right after "of", with its possessive
    text = "TrendForce said the GH200 accounted for only approximately 5% of NVIDIA’s high-end GPU shipments in 2024."
    assert [(f.metric, f.entity, f.of) for f in extract_facts(text)] == [("share", "Nvidia", "shipments")]
    text = "TrendForce said the GH200 accounted for only approximately 5% of the GPU shipments of NVIDIA in 2024."
    assert [f.entity for f in extract_facts(text)] == [None]


def test_a_market_named_by_its_chip_is_the_ai_chip_market() -> None:
    # GPU市场 / AI ASIC市场 / the accelerator market / 智算中心行业市场: the AI chip (compute) market; a GPU *server*
    # market stays the AI-server market, and an amount under a million after a market's name is no market
    text = "GPU市场预计从2024年的1000亿美元增长至2030年的2300亿美元，AI ASIC市场预计从90亿美元增长至840亿美元。"
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got == [("ai_compute_market_size", 1e11, "2024"), ("ai_compute_market_size", 2.3e11, "2030"),
                   ("ai_compute_market_size", 9e9, None), ("ai_compute_market_size", 8.4e10, "2030")]
    assert [f.metric for f in extract_facts("2024年中国GPU服务器市场规模达到300亿美元。")] == ["ai_server_market_size"]
    assert [f.metric for f in extract_facts("到2024年我国智算中心行业市场规模达到了1014亿元。")] == \
        ["ai_compute_market_size"]
    text = ("NVIDIA's position in the GPU market allows the price of the H100 to vary by a stark difference of "
            "nearly US$5,000, depending on the buyer's volume.")
    assert extract_facts(text) == []


def test_a_number_with_thousands_separators_before_a_comma() -> None:
    # "US$5,000, depending on …": the comma after the last group ends the number (it is not a decimal comma
    # nor a fourth group)
    text = "Capital expenditure was US$125,000, depending on the buyer's volume."
    assert [f.value for f in extract_facts(text)] == [125000.0]
    text = "Server shipments reached 13,654,000 units in 2024, up 2% from a year ago."
    assert [f.value for f in extract_facts(text)][:1] == [13654000.0]
    text = "Capital expenditure was US$1,234,567, funded by cash."
    assert [f.value for f in extract_facts(text)] == [1234567.0]


def test_an_expectation_named_by_its_noun_is_kept_beside_the_figure() -> None:
    # the Street's expectation, expectations of, 高於 StreetAccount 預期的: a figure of its own (a forecast) beside
    # the company's, not a duplicate dropped for it; 超出预期的 with nothing between is the result itself
    text = "Meta outlines 2026 capex of $115-135 billion, higher than the Street's expectation of $110 billion."
    got = [(f.value, f.basis) for f in extract_facts(text, published=date(2025, 10, 30))]
    assert got == [(125e9, "forecast"), (110e9, "forecast")]
    text = "輝達本季營收681.3億美元，高於 StreetAccount 預期的 606.9 億美元。"
    assert [(f.value, f.basis) for f in extract_facts(text)] == [(681.3e8, "actual"), (606.9e8, "forecast")]


def test_a_quarter_ending_on_a_date_is_read_through_the_calendar() -> None:
    # "the quarter ending December 31, 2024" as "ended": Lenovo's FY2025Q3 (its year ends in March); a quarter
    # "ending January 29, 2025" of Microsoft (quarters end in Mar/Jun/Sep/Dec) is the report's date, no quarter
    text = "Lenovo's revenues in the quarter ending December 31, 2024 were $18.8 billion."
    assert [f.period for f in extract_facts(text)] == ["FY2025Q3"]
    text = ("TITLE: Microsoft Q2 FY2025 earnings\n\nFor the quarter ending January 29, 2025, Microsoft reported "
            "total revenue of $69.6 billion.")
    assert [f.period for f in extract_facts(text, published=date(2025, 1, 30))] == ["FY2025Q2"]
    periods = [p.period for p in find_periods("the quarter ending January 29, 2025", None, fiscal_end_month=6)]
    assert periods == ["2025-01"]  # (the date alone: its month, no quarter)


def test_a_segment_bringing_money_in_is_its_revenue() -> None:
    # "Intelligent Devices Group (IDG) brought in $13.8 billion, up 12 percent": the segment's sales and their growth
    text = "Lenovo's PC-selling Intelligent Devices Group (IDG) brought in $13.8 billion, up 12 percent."
    got = [(f.metric, f.value, f.of) for f in extract_facts(text)]
    assert got == [("revenue", 13.8e9, None), ("yoy_growth", 12.0, "revenue")]


def test_years_cut_by_an_apostrophe_and_a_list_of_years_after_the_values() -> None:
    # "39%/17% in ’25/’26": a list of years right after the list of values gives each its year; ’24 is 2024 (and the
    # growth the sentence follows on from is 2024's)
    text = "Following 70% growth in ’24, we expect hyperscale capex to grow 39%/17% in ’25/’26."
    got = [(f.value, f.period) for f in extract_facts(text)]
    assert got == [(70.0, "2024"), (39.0, "2025"), (17.0, "2026")]
    text = "We expect hyperscale capex to grow 39%/17% in 2025/2026."
    assert [(f.value, f.period) for f in extract_facts(text)] == [(39.0, "2025"), (17.0, "2026")]
    assert [p.period for p in find_periods("Meta will have 600k GPUs of compute in '25.", None)] == ["2025"]
    assert [p.period for p in find_periods("the ’90s and ‘25 percent’", None)] == []


def test_a_bare_compute_capacity_of_an_ai_centre_named_a_sentence_before() -> None:
    # the centre named in the sentence before, in the same paragraph: its bare 算力 is intelligent compute; all
    # kinds of it together (各类算力) stay the total
    text = "白城智算中心项目今日开工。该项目总投资63亿元,算力达30000P。"
    assert [f.metric for f in extract_facts(text) if f.unit == "FLOPS"] == ["intelligent_compute_capacity"]
    text = "临港智算中心陆续交付各类算力资源和服务。到2024年12月,已建设交付各类算力超10000P。"
    assert [f.metric for f in extract_facts(text) if f.unit == "FLOPS"] == ["total_compute_capacity"]
    text = "白城智算中心项目今日开工。\n全省算力规模达到35EFlops。"
    assert [f.metric for f in extract_facts(text) if f.unit == "FLOPS"] == ["total_compute_capacity"]
    # an AI project counted in cards is an AI centre too (智算萬卡項目……算力總裝機20000P)
    text = "青海德令哈智算萬卡項目開工。該項目總投資65億元,算力總裝機20000P。"
    assert [f.metric for f in extract_facts(text) if f.unit == "FLOPS"] == ["intelligent_compute_capacity"]


def test_small_counts_in_words_and_thousands_in_k() -> None:
    # an English number word before a named product counts it (purchased six A100 chips), a bare "two servers"
    # stays no quantity; a lower-case k glued to a number is thousands (出货350k), not before a letter (12kw)
    got = [(f.metric, f.value, f.item) for f in extract_facts("Tsinghua University purchased two H100 chips.")]
    assert got == [("accelerator_count", 2.0, "H100")]
    assert extract_facts("The lab has two servers and two racks.") == []
    got = [(f.metric, f.value, f.period) for f in extract_facts("寒武纪2025年出货150k。")]
    assert got == [("shipments", 150000.0, "2025")]
    assert [f.unit for f in extract_facts("机柜功率12kw,数据中心用电负载3000kW。")] == ["W"]


def test_chips_a_buyer_purchased_in_a_tender_report_are_its_tender_quantity() -> None:
    # in a report of tenders the chips a university purchased are procured (tender_quantity); a company's plan
    # to buy chips counts the cards planned (accelerator_count, LABELLING.md metric table)
    text = ("TITLE: Chinese universities bought Nvidia chips, tender documents show\n\n"
            "Tender documents show that Harbin Institute of Technology purchased six A100 chips in May 2023.")
    got = [(f.metric, f.value, f.item) for f in extract_facts(text)]
    assert got == [("tender_quantity", 6.0, "A100")]
    text = ("TITLE: 中国移动AI服务器集采中标结果公布\n\n中国移动公布集采中标候选人。另据报道,字节跳动计划向辉达采购3.2万颗H200。")
    assert [f.metric for f in extract_facts(text) if f.unit == "units"] == ["accelerator_count"]


def test_an_odms_ai_models_and_a_makers_ai_systems_are_ai_servers() -> None:
    # "AI systems revenue was $1.1 billion, up 53%": the AI-server line of HPE's revenue
    text = "HPE said AI systems revenue was $1.1 billion in the quarter, up 53% year over year."
    got = [(f.metric, f.item) for f in extract_facts(text)]
    assert got == [("revenue", "ai_server"), ("yoy_growth", "ai_server")]


def test_a_vendors_growth_in_brackets_after_its_name_is_its_slice_of_the_market() -> None:
    # 戴尔(增长20.6%) in a server tracker: Dell's growth within the market the report is about (LABELLING.md I8)
    text = ("TITLE: IDC：2024年第四季度全球服务器市场\n\n2024年第四季度全球服务器市场收入达773亿美元。"
            "厂商格局分化加剧。戴尔(增长20.6%)和浪潮(增长55%)以7.2%和6.5%的市占率并列第一。")
    got = [(f.metric, f.value, f.entity, f.of) for f in extract_facts(text) if f.metric == "yoy_growth"]
    assert got == [("yoy_growth", 20.6, "Dell", "server_market_size"), ("yoy_growth", 55.0, "Inspur", "server_market_size")]


def test_a_value_below_what_its_metric_can_be_is_something_else() -> None:
    # a company's "capex" of 600 yuan is its share price, a "data centre power" of 20 kW a rack's, an EPS of $0.89
    # no revenue: each is dropped with its reason (implausible), the real figures beside them kept
    text = "项目建成后可容纳高功率20kW机柜2500个以上,数据中心总用电负载120MW。"
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("datacenter_power", 1.2e8)]
    text = "Nvidia reported revenue of $39.3 billion for the quarter. Earnings per share came in at $0.89 revenue."
    assert [f.value for f in extract_facts(text) if f.metric == "revenue"] == [39.3e9]


def test_quarterly_results_for_a_fiscal_year() -> None:
    # "second-quarter results for fiscal year 2025": the fiscal quarter, not the year
    periods = find_periods("Microsoft posted second-quarter results for fiscal year 2025 that beat forecasts.", None,
                           fiscal_end_month=6)
    assert [p.period for p in periods] == ["FY2025Q2"]


def test_a_deal_for_compute_and_the_cost_of_a_compute_site_are_investments_in_compute() -> None:
    # a deal between companies for compute (LABELLING.md: a compute lease contract), the amount a site is built
    # for, its estimated cost; a supply deal for anything else is none; capex named before an amount stays capex
    # whatever the sentence says after it; a segment's revenue named after the amount is the segment's
    cases = {
        "Meta reportedly inked a $10 billion deal with Google Cloud for TPU capacity.": ["compute_investment"],
        "Microsoft announced it will acquire $9.7 billion worth of computing capacity.": ["compute_investment"],
        "Meta announced that it was building a $10 billion AI data center in Louisiana.": ["compute_investment"],
        "The estimated cost of Colossus 2 is $12 billion, xAI said of its GPU cluster.": ["compute_investment"],
        "Meta announced a $6 billion agreement with Corning to supply fiber optic cables for its AI data centers.": [],
        "Google expects 2025 capex to surge to $75bn on AI data center buildout.": ["capex"],
        "Nvidia's $30.8 billion data center revenue rose 112%.": ["datacenter_revenue", "yoy_growth"],
    }
    for text, metrics in cases.items():
        assert [f.metric for f in extract_facts(text, published=date(2025, 10, 30))] == metrics, text


def test_a_cloud_segment_and_a_business_are_revenue_lines_and_next_quarter_is_not_the_first() -> None:
    # Azure, Google Cloud, 阿里云 are reporting segments: their figures and growth are revenue of the company
    # (LABELLING.md metric table); "businesses grew 22%" likewise; 下一季度 is the next quarter, not 一季度
    text = "CNBC reported that Google Cloud topped $20 billion for the quarter."
    assert [(f.metric, f.entity) for f in extract_facts(text)] == [("revenue", "Alphabet")]
    text = "Dell said its combined ISG and CSG businesses grew 22% in the quarter."
    assert [(f.metric, f.of) for f in extract_facts(text)] == [("yoy_growth", "revenue")]
    text = "微软2024财年第四季度营收增长15%。公司预计Azure下一季度同比增长28%~29%。"
    got = [(f.value, f.period, f.of) for f in extract_facts(text) if f.value == 28.5]
    assert got == [(28.5, "FY2025Q1", "revenue")]
    # a market share is of a market, never of a company's revenue (阿里云以35.8%的份额: the cloud market's)
    assert [f.metric for f in extract_facts("2025年上半年阿里云以35.8%的市场份额位居第一。")] == []


def test_what_a_buyer_spent_in_a_report_of_tenders_is_a_tender_amount() -> None:
    text = ("TITLE: Chinese universities bought Nvidia chips, tender documents show\n\n"
            "Tender documents show that a university spent more than $400,000 on two Nvidia AI supercomputers.")
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("tender_amount", 400000.0)]
    assert [f.metric for f in extract_facts("Meta spent $40 billion on data centers last year.")] != ["tender_amount"]


def test_the_expectation_of_a_rate_or_amount_just_stated_keeps_its_keys() -> None:
    # 33%，高于彭博一致预期的32%: the expected rate, the keys of the rate before it, a forecast; not when another
    # metric is named between (高于数据中心资本支出预测的28%); 约96.68亿美元的预期: an expectation named after it
    text = "微软FY2025Q1智能云收入241亿美元，Azure收入同比增长33%，高于彭博一致预期的32%。"
    got = [(f.value, f.period, f.entity, f.of, f.basis) for f in extract_facts(text) if f.unit == "%"]
    assert got == [(33.0, "FY2025Q1", "Microsoft", "revenue", "actual"), (32.0, "FY2025Q1", "Microsoft", "revenue", "forecast")]
    text = "四大CSP总资本支出预计增长40-45%,高于数据中心资本支出预测的28%。"
    assert [f.value for f in extract_facts(text) if f.entity is not None] == []
    text = "AMD第四季營收103億美元，明顯高於市場原先約 96.68 億美元的預期。"
    got = [(f.value, f.basis) for f in extract_facts(text, published=date(2025, 2, 5))]
    assert got == [(103e8, "actual"), (96.68e8, "forecast")]


def test_compared_with_the_last_quarter_is_the_one_before_the_quarter_reported() -> None:
    # 公司FY24 Q4收入……较上一季度的31%: the quarter before FY2024Q4 (not the last to end before publication)
    text = "公司 FY24 Q4 收入 647 亿美元,同比增长 15%。Azure增长29%,较上一季度的 31%同比增幅略有放缓。"
    periods = [p.period for p in find_periods(text, date(2024, 8, 1), fiscal_end_month=6)]
    assert periods == ["FY2024Q4", "FY2024Q3"]


def test_the_market_doing_what_a_market_does_and_a_fiscal_year_written_with_nian() -> None:
    # "The market grew 52.4%": the market the report is about; 2024年(2025年财年): Nvidia's fiscal 2025
    text = ("TITLE: IDC: worldwide server market Q4 2025\n\nThe worldwide server market revenue reached $120 billion "
            "in the fourth quarter of 2025. The market grew 52.4% year over year.")
    got = [(f.metric, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("yoy_growth", "server_market_size")]
    got = [(f.metric, f.period) for f in extract_facts("英伟达数据中心业务2024年(2025年财年)营业收入为1150亿美金。")]
    assert got == [("datacenter_revenue", "FY2025")]
    assert [p.period for p in find_periods("英伟达2025年财年第一季度营收260亿美元。", None, fiscal_end_month=1)] == ["FY2025Q1"]


def test_a_comparison_base_takes_the_period_named_right_after_it() -> None:
    # "compared to $5.7 billion in the second quarter of fiscal year 2025": its own quarter; "in the same quarter
    # last year": the reported quarter a year before
    head = "TITLE: Supermicro Q3 FY2025\n\nSupermicro reported net sales of $4.6 billion for the third quarter of fiscal year 2025, "
    got = [(f.value, f.period) for f in extract_facts(head + "compared to $5.7 billion in the second quarter of fiscal year 2025.")]
    assert got == [(4.6e9, "FY2025Q3"), (5.7e9, "FY2025Q2")]
    got = [(f.value, f.period) for f in extract_facts(head + "compared to $3.85 billion in the same quarter last year.")]
    assert got == [(4.6e9, "FY2025Q3"), (3.85e9, "FY2024Q3")]


def test_compute_brought_online_counted_in_power_is_data_centre_power() -> None:
    got = [(f.metric, f.value, f.entity) for f in extract_facts("Meta plans to bring online about 1 GW of compute in 2025.")]
    assert got == [("datacenter_power", 1e9, "Meta")]


def test_the_level_a_growth_leads_to_after_the_half_it_is_in() -> None:
    # "… by 97% year over year in the first half of 2025, reaching $82.0 billion": the grown market's level
    text = ("TITLE: IDC: Worldwide AI infrastructure spending grew 97% in 1H25\n\nAccording to IDC, organizations "
            "increased spending on compute and storage hardware infrastructure for AI deployments by 97% year over "
            "year in the first half of 2025, reaching $82.0 billion.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.unit == "USD"]
    assert got == [("ai_server_market_size", 82e9, "2025H1")]


def test_a_product_lines_part_of_its_makers_sales_named_in_an_earlier_clause_or_sentence() -> None:
    # 英業達表示，明年AI機種營收比重將超過50%: the maker opens the sentence (an earlier clause); 其中AI伺服器占伺服器
    # 營收逾七成 after a sentence about Quanta: the paragraph's company (LABELLING.md I9)
    text = "TITLE: 英業達法說\n\n英業達表示，明年AI機種營收比重將超過50%。"
    assert [(f.entity, f.item, f.of) for f in extract_facts(text)] == [("Inventec", "ai_server", "revenue")]
    text = "TITLE: 廣達法說會\n\n廣達伺服器業務占營收比重已達70%，其中AI伺服器占伺服器營收逾七成。"
    got = [(f.entity, f.item, f.of) for f in extract_facts(text)]
    assert got == [("Quanta", "server", "revenue"), ("Quanta", "ai_server", "revenue")]


def test_indian_rupees_in_lakh_and_crore() -> None:
    # the Indian numbering system: Rs 10,372 crore = 1.0372e11 INR, ₹4.5 lakh crore = 4.5e12 INR
    got = [(f.value, f.unit) for f in extract_facts("India approved 10,000 crore rupees of investment in AI compute.")]
    assert got == [(1e11, "INR")]
    got = [(f.value, f.unit) for f in extract_facts("Reliance will invest ₹4.5 lakh crore in AI compute by 2030.")]
    assert got == [(4.5e12, "INR")]
    got = [(f.value, f.unit) for f in extract_facts("Tata plans to invest Rs 3,500 crore in AI compute infrastructure.")]
    assert got == [(3.5e10, "INR")]


def test_a_market_share_named_with_its_product_is_of_that_products_market() -> None:
    text = "Marvell said it competes with NVIDIA's near-90% market share in AI chips."
    assert [(f.metric, f.entity, f.of) for f in extract_facts(text)] == [("market_share", "Nvidia", "ai_compute_market_size")]
    text = "Dell's market share of AI servers rose to 20% in 2025."
    assert [(f.entity, f.of) for f in extract_facts(text)] == [("Dell", "ai_server_market_size")]


def test_a_growth_verb_with_an_intensifier_and_a_level_called_a_record() -> None:
    # "surged an extraordinary 220% to $12.2 billion"; "a 44% increase reaching a record $51.6 billion"
    text = "AI revenue surged an extraordinary 220% to $12.2 billion in fiscal 2024."
    assert [(f.metric, f.value, f.of) for f in extract_facts(text)] == [
        ("yoy_growth", 220.0, "revenue"), ("revenue", 12.2e9, None)]
    for text in ("Revenue rose 44% to a record $51.6 billion in fiscal 2024.",
                 "Broadcom's revenue saw a 44% increase reaching a record $51.6 billion in fiscal 2024.",
                 "Revenue grew 44% year over year, reaching an all-time high of $51.6 billion in fiscal 2024."):
        assert [(f.metric, f.value) for f in extract_facts(text) if f.unit == "USD"] == [("revenue", 51.6e9)], text


def test_computational_capacity_and_a_plans_proposal() -> None:
    text = "Jilin has set a goal of reaching an intelligent computational capacity of over 5,000 PFLOPS by the end of 2027."
    assert [(f.metric, f.value, f.region, f.basis) for f in extract_facts(text)] == [
        ("intelligent_compute_capacity", 5e18, "CN-JL", "target")]
    text = "Hubei has proposed achieving a total computational capacity of 25 EFLOPS by 2027."
    assert [(f.metric, f.period, f.region, f.basis) for f in extract_facts(text)] == [
        ("total_compute_capacity", "2027", "CN-HB", "target")]


def test_accelerators_counted_by_a_makers_plural_model_or_other_name() -> None:
    text = "The cluster includes 8,192 Nvidia H100s and 1,024 B200s."
    assert [(f.metric, f.value, f.item) for f in extract_facts(text)] == [
        ("accelerator_count", 8192.0, "H100"), ("accelerator_count", 1024.0, "B200")]
    for text, value in (("The data center houses 23,000 AI processors.", 23000.0),
                        ("The company deployed 50,000 TPUs last year.", 50000.0)):
        assert [(f.metric, f.value) for f in extract_facts(text)] == [("accelerator_count", value)], text


def test_growth_rates_said_to_be_a_list_over_the_following_years() -> None:
    # "in 2023 … The annual growth rates for the following four years are estimated to be 11.8%, 10.2%, 9.7%, and 8.9%"
    text = ("TITLE: IDC server market\n\nThe server market will reach $128.5 billion in 2023. The annual growth rates "
            "for the following four years are estimated to be 11.8%, 10.2%, 9.7%, and 8.9%, respectively.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("yoy_growth", 11.8, "2024"), ("yoy_growth", 10.2, "2025"), ("yoy_growth", 9.7, "2026"),
                   ("yoy_growth", 8.9, "2027")]
    text = "The growth rate of AI server shipments in 2024 is expected to be 40%."
    assert [(f.metric, f.of) for f in extract_facts(text)] == [("yoy_growth", "shipments")]


def test_an_amount_sizes_the_market_named_right_after_it() -> None:
    # "the $85 billion or more accelerator market"; "价值500亿美元的中国AI算力市场" (its place named there too)
    for text, metric in (("BofA sees the $85 billion or more accelerator market growing in 2025.", "ai_compute_market_size"),
                         ("IDC sees a $85 billion AI server market in 2025.", "ai_server_market_size"),
                         ("Nvidia dominates the $85 billion-plus AI accelerator market.", "ai_compute_market_size")):
        assert [(f.metric, f.value) for f in extract_facts(text)] == [(metric, 85e9)], text
    text = "美国法案可能导致英伟达错失价值500亿美元的中国AI算力市场。"
    assert [(f.metric, f.value, f.region) for f in extract_facts(text)] == [("ai_compute_market_size", 5e10, "CN")]
    assert extract_facts("Nvidia leads the $85 billion market.") == []  # a market of nothing named


def test_revenue_under_a_results_releases_data_center_segment_heading() -> None:
    # AMD's "Data Center Segment:" then "Q4 Revenue: $2.3 billion (up 38 percent)"; Nvidia's "Data Center" heading
    text = ("TITLE: AMD Reports Fourth Quarter and Full Year 2023 Financial Results\n\nData Center Segment:\n\n"
            "Q4 Revenue: $2.3 billion (up 38 percent)\n\nClient Segment:\n\nQ4 Revenue: $1.5 billion (up 62 percent)\n")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text)]
    assert got == [("datacenter_revenue", 2.3e9, None), ("yoy_growth", 38.0, "datacenter_revenue"),
                   ("revenue", 1.5e9, None), ("yoy_growth", 62.0, "revenue")]
    text = ("TITLE: NVIDIA Announces Financial Results for Fourth Quarter and Fiscal 2024\n\nData Center\n\n"
            "Fourth-quarter revenue was a record $18.4 billion, up 409% from a year ago.\n")
    assert [(f.metric, f.of) for f in extract_facts(text)] == [("datacenter_revenue", None), ("yoy_growth", "datacenter_revenue")]


def test_servers_named_by_the_ai_work_they_do_are_ai_servers() -> None:
    text = "China Unicom will buy 204 training servers and 476 inference servers."
    assert [(f.value, f.item) for f in extract_facts(text, kind="tender")] == [(204.0, "ai_server"), (476.0, "ai_server")]


def test_counts_written_as_half_a_million_of_a_makers_chips_and_pairs_sharing_a_count_word() -> None:
    text = "Omdia believes Nvidia's H100 and A100 GPUs will surpass half a million units sold in the fourth quarter of 2023."
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("shipments", 5e5)]
    text = "Anthropic agreed to use up to 1 million of Google's TPU chips."
    # (up to: a ceiling, no qualifier in the contract; LABELLING.md B10)
    assert [(f.metric, f.value, f.qualifier) for f in extract_facts(text)] == [("accelerator_count", 1e6, None)]
    text = "Huawei said the two clusters support 8192 and 15488 Ascend cards respectively."
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("accelerator_count", 8192.0), ("accelerator_count", 15488.0)]


def test_cards_counted_by_the_counter_ka_are_a_fleet_not_a_machines_slots() -> None:
    text = "华为的超节点集群算力规模将超过50万卡。"
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("accelerator_count", 5e5)]
    assert extract_facts("公司推出的超节点支持64卡互联。") == []


def test_the_power_a_site_consumes_is_data_centre_power() -> None:
    assert [(f.metric, f.value, f.entity) for f in extract_facts("xAI's Colossus currently consumes 150 MW.")] == [
        ("datacenter_power", 1.5e8, "xAI")]
    assert extract_facts("The H100 consumes 700 W.") == []  # a chip's watts: below a data centre's least


def test_a_growth_rate_moved_from_one_value_to_another_keeps_both_with_the_same_keys() -> None:
    for text in ("TrendForce將2025年全球八大主要CSP的CAPEX年增率從原本的61％，上修至65％。",
                 "Hyperscale capex growth in 2025 will rise from 61% to 65%."):
        got = [(f.metric, f.value, f.period, f.of) for f in extract_facts(text)]
        assert got == [("yoy_growth", 61.0, "2025", "capex"), ("yoy_growth", 65.0, "2025", "capex")], text


def test_scale_words_in_title_case_and_a_headline_repeated_without_its_publisher() -> None:
    from connectors.numbers import find_mentions
    got = [(m.value, m.unit) for m in find_mentions("Global AI Server Market Surges to $50 Billion in 2023")]
    assert got == [(5e10, "USD")]
    assert [m.value for m in find_mentions("a $1.2 TRILLION build-out")] == [1.2e12]
    # the page repeats its headline as the first line, the title line adds " – Central News Agency (via …)"
    text = ("TITLE: Research: Global AI Server Shipments to Reach 3.7 Million Units This Year – Central News Agency "
            "(via Washinmura AEO)\n\nResearch: Global AI Server Shipments to Reach 3.7 Million Units This Year\n\n"
            "TrendForce predicts global AI server shipments will reach approximately 3.7 million units in 2026.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got == [("shipments", 3.7e6, "2026")]


def test_a_sites_bare_computing_capacity_counted_in_p_is_intelligent_compute() -> None:
    # 可承载算力约5000P / 一期2000P的算力: a site's or project's capacity in P; a region's stays the total
    for text in ("该数据中心可承载算力约5000P。", "项目一期2000P的算力预计明年完工。", "集群算力规模已突破50,000Pflops。"):
        assert [f.metric for f in extract_facts(text)] == ["intelligent_compute_capacity"], text
    for text in ("截止2022年底,苏州算力规模5869PFLOPS。", "数据中心已建设交付各类算力超10000P。", "该园区总算力达5900P。"):
        assert [f.metric for f in extract_facts(text)] == ["total_compute_capacity"], text


def test_a_bare_scaled_count_after_a_quarter_or_an_expectation_word() -> None:
    assert [(f.metric, f.value, f.period) for f in extract_facts("GPU shipments in Q4 2024 reached 900k.")] == [
        ("shipments", 9e5, "2024Q4")]
    got = [(f.metric, f.value, f.entity) for f in extract_facts("字节2025年NV卡保有量预计70万。")]
    assert got == [("accelerator_count", 7e5, "ByteDance")]


def test_a_capacity_in_p_written_with_a_space_before_a_bracket_or_a_chinese_word() -> None:
    from connectors.numbers import find_mentions
    assert [(m.value, m.unit) for m in find_mentions("并投入 5000 P(12kw)算力设备")] == [(5e18, "FLOPS")]
    assert [m.value for m in find_mentions("投入5000P算力")] == [5e18]
    assert find_mentions("Group 5 P.M.") == []  # a spaced P before anything else is no unit


def test_a_level_after_a_growths_year_or_base_with_no_comma_and_money_poured_into_capex() -> None:
    got = [(f.metric, f.value) for f in extract_facts("HPE's revenue rose 6% from a year earlier to $7.6 billion in the quarter.")]
    assert got == [("yoy_growth", 6.0), ("revenue", 7.6e9)]
    text = "The x86 server market value is projected to increase 39,9% in 2025 to $283,9-billion."
    assert [(f.metric, f.value, f.period) for f in extract_facts(text) if f.unit == "USD"] == [
        ("server_market_size", 283.9e9, "2025")]
    text = "In the third quarter of 2025, Amazon poured a staggering $28.3 billion into capital expenditures."
    assert [(f.metric, f.entity, f.period) for f in extract_facts(text)] == [("capex", "Amazon", "2025Q3")]
    text = "AMD's data center revenue was $2.8 billion, which was 9 percent higher than it was a year ago."
    assert [(f.metric, f.value, f.of) for f in extract_facts(text) if f.unit == "%"] == [
        ("yoy_growth", 9.0, "datacenter_revenue")]


def test_a_growth_in_a_sentence_pointing_back_at_the_amount_before_and_one_measured_from_expectations() -> None:
    text = ("Microsoft reported revenue of $70.1 billion. This represents a 13% increase from the $61.9 billion "
            "reported in the same period last year. The Azure public-cloud business saw growth accelerate to 33%.")
    got = [(f.metric, f.value, f.of, f.entity) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("yoy_growth", 13.0, "revenue", "Microsoft"), ("yoy_growth", 33.0, "revenue", "Microsoft")]
    text = ("CoreWeave cut its capital expenditure guidance to $12 billion. This represents a decline of about 40% "
            "from prior market expectations.")
    assert [f.metric for f in extract_facts(text)] == ["capex"]


def test_a_campus_sized_power_is_a_data_centres_with_no_word_for_it() -> None:
    got = [(f.metric, f.value, f.period) for f in extract_facts("By 2027, Hyperion will scale to 5 gigawatts.")]
    assert got == [("datacenter_power", 5e9, "2027")]
    # a province's grid (above 10 GW) and a rack (below 100 MW) name no data centre
    assert extract_facts("张家口可再生能源装机达到4242.6万千瓦。") == []
    assert extract_facts("Each rack draws 130 kW.") == []


def test_a_share_named_in_one_clause_and_moved_to_its_level_in_the_next() -> None:
    text = "屆時，AI伺服器營收占整體伺服器的比重，將一舉衝高至驚人的74％。"
    got = [(f.metric, f.value, f.item, f.of) for f in extract_facts(text)]
    assert got == [("share", 74.0, "ai_server", "server_market_size")]


def test_the_markets_expectation_of_the_figure_the_sentence_before_states() -> None:
    text = ("In addition, the company delivered revenue of $57 billion, up 62% year-over-year. "
            "This beat the analysts' estimates of $54.9 billion.")
    got = [(f.metric, f.value, f.basis) for f in extract_facts(text) if f.unit == "USD"]
    assert got == [("revenue", 57e9, "actual"), ("revenue", 54.9e9, "forecast")]
    text = ("Google expects capital expenditure to hit $75 billion this year.\n\n"
            "That is more than Wall Street expected at $58bn.")
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("capex", 75e9), ("capex", 58e9)]
    # a list of expectations of several figures, and one of another size, are not carried
    text = ("Meta sees capex of $115 billion to $135 billion and total expenses of $162 billion to $169 billion. "
            "The outlook came in higher than the Street's expectation of $110 billion and $150 billion, respectively.")
    assert [f.value for f in extract_facts(text) if f.metric == "capex"] == [125e9]


def test_the_level_a_cagr_reaches_after_its_span_and_another_houses_figure_for_the_same_market() -> None:
    text = ("The global AI server market size was $31 billion last year. The company forecasts a CAGR of 30.3% "
            "for the market from this year to 2033, reaching $430 billion by 2033.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.unit == "USD"]
    assert ("ai_server_market_size", 430e9, "2033") in got
    text = ("Market.us estimates that the global GPU market for data centers could grow from around $18 billion in "
            "2024 to $183 billion in 2034. Precedence Research places it at $21.77 billion in 2025 and projects "
            "$226.87 billion by 2035. Future Market Insights predicts $21.6 billion in 2025 and $265.5 billion in "
            "2035, while SNS Insider raises their forecast to $284.8 billion by 2035.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert ("ai_compute_market_size", 21.77e9, "2025") in got and ("ai_compute_market_size", 21.6e9, "2025") in got
    assert ("ai_compute_market_size", 284.8e9, "2035") in got
    # a house's figure in a paragraph sizing no market is not carried
    assert extract_facts("Microsoft spent $20 billion. Precedence Research places it at $21.77 billion.")[1:] == []


def test_a_companys_short_name_for_the_fiscal_quarter_the_page_names() -> None:
    text = ("Super Micro Computer (SMCI) Q3 2025 financial results\n\n"
            "Super Micro Computer, Inc. (Supermicro) reported mixed results for its fiscal third quarter of 2025.\n"
            "Q3 2025 Financial Highlights\n- Revenue: $4.6 billion, up 19% year-over-year.\n"
            "- AI GPU Platforms: Over 70% of Q3 revenue came from AI GPU platforms.\n"
            "- Q4 2025 Guidance: Supermicro projects revenue between $5.6 billion and $6.4 billion.")
    assert {f.period for f in extract_facts(text)} == {"FY2025Q3", "FY2025Q4"}
    # an analyst's calendar quarter on a page that names no fiscal quarter is still read as the calendar's
    text = "Supermicro's revenue in 3Q25 was $5.0 billion, analysts estimate."
    assert [f.period for f in extract_facts(text)] == ["FY2026Q1"]


def test_servers_of_a_gpu_line_and_flops_of_ai_performance_or_a_theoretical_peak() -> None:
    text = "2023年9月莲花科创与新华三签订330台GPU系列服务器采购合同，合同金额为6.93亿元。"
    assert {f.item for f in extract_facts(text)} == {"ai_server"}
    text = "Together they'll supposedly deliver up to 2,200 exaflops (2.2 zettaflops) of AI performance."
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("intelligent_compute_capacity", 2.2e21)]
    text = "The three systems post theoretical peaks of 2,746 PFLOPS, 2,055 PFLOPS, and 1,980 PFLOPS respectively."
    assert [(f.metric, f.value) for f in extract_facts(text)] == [
        ("supercomputing_capacity", 2.746e18), ("supercomputing_capacity", 2.055e18), ("supercomputing_capacity", 1.98e18)]


def test_a_place_the_figure_leaves_out_is_not_its_region() -> None:
    from connectors.entities import load_alias_table

    table = load_alias_table()
    text = "亚太地区(日本除外)增长17%,日本下降1.1%;Asia/Pacific (excluding Japan) grew 20%; 中国以外的市场; 不含中国"
    assert [text[r.start : r.end] for r in table.find_regions(text, []) if r.name] == ["日本"]
    text = "Shipments in Asia/Pacific (excluding Japan) grew 20% year over year."
    assert [f.region for f in extract_facts(text)] == [None]


def test_a_base_in_the_previous_quarter_and_the_growth_over_it() -> None:
    text = ("NVIDIA released its financial results for the third quarter of fiscal year 2026. The company's revenue "
            "reached $57 billion in the quarter, a 62% increase from $35.08 billion in the same period last year, and "
            "a 22% increase from $46.74 billion in the previous quarter.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got == [("revenue", 57e9, "FY2026Q3"), ("yoy_growth", 62.0, "FY2026Q3"), ("revenue", 35.08e9, "FY2025Q3"),
                   ("revenue", 46.74e9, "FY2026Q2")]


def test_a_makers_gpus_part_of_all_supplied_and_the_other_part_it_is_compared_with() -> None:
    text = "彭博分析預估，今年輝達GPU的供應量占比將為73%，遠高於ASIC的27%；到了2030年，輝達GPU的供應量占比將為51%，和ASIC的49%差不多。"
    got = [(f.metric, f.value, f.entity, f.of, f.period) for f in extract_facts(text, published=date(2025, 9, 1))]
    assert got == [("market_share", 73.0, "Nvidia", "shipments", "2025"), ("share", 27.0, None, "shipments", "2025"),
                   ("market_share", 51.0, "Nvidia", "shipments", "2030"), ("share", 49.0, None, "shipments", "2030")]
    # the same part a year before is no other part
    text = "四大CSP仍為AI伺服器主要採購方,占出貨比重51.5%,略低於去年的56%。"
    assert [f.value for f in extract_facts(text, published=date(2025, 9, 1))] == [51.5]


def test_a_companys_ai_infrastructure_plan_is_its_investment_in_compute() -> None:
    for text in ("Alibaba announced a three-year AI infrastructure plan worth 380 billion yuan.",
                 "阿里正积极推进未来三年3800亿元的AI基础设施建设。"):
        assert [(f.metric, f.entity) for f in extract_facts(text)] == [("compute_investment", "Alibaba")]
    # a capex named before stays capex, whatever it is for
    text = "The tech giant raised 2025 capex guidance to $92 billion from $85 billion for AI infrastructure."
    assert {f.metric for f in extract_facts(text)} == {"capex"}


def test_the_combined_market_share_of_the_leading_vendors() -> None:
    text = ("The accelerated server market in China hit $3.1 billion in the first half of 2023. In terms of vendor "
            "revenue, Inspur (浪潮), H3C(新华三), and Nettrix(宁畅) took the top three spots, occupying over 70% of the "
            "market share. From the perspective of server shipments, Wave, Ning Chang and Anki ranked in the top "
            "three, occupying a market share of over 60%.")
    got = [(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, kind="market_report") if f.unit == "%"]
    assert got == [("market_share", 70.0, None, "ai_server_market_size"), ("market_share", 60.0, None, "shipments")]
    # one vendor's share is still its own
    text = "China's AI server market reached $6 billion in 2023, and Inspur held 52% of the market share."
    assert [(f.metric, f.entity) for f in extract_facts(text, kind="market_report") if f.unit == "%"] == [
        ("market_share", "Inspur")]


def test_the_price_a_bid_is_won_for() -> None:
    text = "For China Mobile's Yangzhou data center, Sugon won, winning the bid for 1.22 billion yuan."
    assert [(f.metric, f.value, f.entity) for f in extract_facts(text)] == [("award_amount", 1.22e9, "Sugon")]
    text = "Baidu won the bid with a total amount of 837 million RMB."
    assert [(f.metric, f.entity) for f in extract_facts(text)] == [("award_amount", "Baidu")]


def test_a_brokers_two_digit_span_of_years_and_a_rate_glued_to_its_word() -> None:
    got = [(f.metric, f.value, f.period) for f in extract_facts("我们预计亚马逊25-27年营收预测调整为6938/7664/8568亿美元。")]
    assert got == [("revenue", 6938e8, "2025"), ("revenue", 7664e8, "2026"), ("revenue", 8568e8, "2027")]
    text = "AI ASIC市场规模预计2028年达到554亿美元，23-28年CAGR47%。"
    assert ("cagr", 47.0, "2023-2028") in [(f.metric, f.value, f.period) for f in extract_facts(text)]
    # a number of years is no span of years, and a model's number stays glued to its name
    from connectors.numbers import find_mentions
    from connectors.periods import find_periods
    from connectors.textnorm import normalize

    for text in ("未来15-20年，算力需求持续增长", "数据中心寿命25-30年", "20-30年间"):
        t = normalize(text).text
        assert [p.period for p in find_periods(t, date(2025, 5, 1)) if p.kind == "span"] == [], text
    assert find_mentions("H100 GPU, GPT4%") == []


def test_a_market_report_titled_with_a_makers_server_line_is_about_the_market() -> None:
    text = ("Omdia server market analysis 1H24: 4Q23 server revenue and units, NVIDIA HGX servers, 2023/2024 revenue\n\n"
            "The rapid growth of AI servers has once again pushed the revenue forecasts up. Server revenue in 2023 "
            "surpassed $122.5 billion; it should be above $195 billion in 2024.")
    got = [(f.metric, f.value, f.entity, f.period) for f in extract_facts(text)]
    assert ("server_market_size", 122.5e9, None, "2023") in got


def test_the_lines_of_a_list_a_line_ending_in_a_colon_introduces() -> None:
    text = ("Amazon reported third-quarter revenue of $158.9 billion, up 11%.\n\n"
            "Sales for the third quarter were as follows:\n\n"
            "North America: $95.5 billion, +9% year-over-year\n\n"
            "International: $35.9 billion, +12% year-over-year\n\n"
            "AWS: $27.5 billion, +19% year-over-year\n\n"
            "Operating income was $17.4 billion in the third quarter.")
    got = [(f.metric, f.value) for f in extract_facts(text, published=date(2024, 10, 31))]
    assert ("revenue", 27.5e9) in got and ("yoy_growth", 19.0) in got and ("revenue", 95.5e9) in got
    # a list under a line that names no metric carries none
    text = "Highlights:\n\nNorth America: $95.5 billion\n\nAWS: $27.5 billion"
    assert extract_facts(text) == []


def test_a_companys_mix_and_growth_by_region_with_the_verb_left_out_or_repeated() -> None:
    text = ("Supermicro reported revenue of $4.6 billion. The US accounted for 60% of revenue, Asia 30%, Europe 6%, "
            "and the rest of the world 4%. Year-over-year revenue increases: U.S. up 242%, Asia up 257%, Europe down 3%.")
    got = [(f.metric, f.value) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("share", 60.0), ("share", 30.0), ("share", 6.0), ("share", 4.0), ("yoy_growth", 242.0),
                   ("yoy_growth", 257.0), ("yoy_growth", -3.0)]
    # a growth after a share is no part of the mix
    text = "Supermicro reported revenue of $4.6 billion. Servers were 60% of revenue, up 30% from last year."
    assert [(f.metric, f.value) for f in extract_facts(text) if f.unit == "%"] == [("share", 60.0), ("yoy_growth", 30.0)]


def test_a_growth_in_a_line_that_points_back_at_the_line_before() -> None:
    text = ("Alphabet's revenue came in at $102.3 billion, well above the $99.9 billion consensus.\n"
            "That’s a 16% jump from last year’s third quarter.")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("yoy_growth", 16.0, "revenue")]


def test_a_streak_is_its_own_clauses() -> None:
    text = ("英業達11月營收為521.56億元，已是連續第四個月走跌，月減4.76％、年減幅度更高達14.3％。"
            "廣達營收連續第九季年增率超過50%。")
    got = [(f.metric, f.value, f.entity) for f in extract_facts(text, published=date(2025, 12, 9)) if f.unit == "%"]
    assert got == [("yoy_growth", -14.3, "Inventec")]


def test_a_share_reaching_a_level_in_a_later_year_and_a_growth_rate_that_does() -> None:
    text = "該機構預估今年AI伺服器占全球整體伺服器比重約可達16.2%,預期2027年可望達到21.5%。"
    got = [(f.metric, f.value, f.period) for f in extract_facts(text, published=date(2024, 5, 1))]
    assert got == [("share", 16.2, "2024"), ("share", 21.5, "2027")]
    text = "AI服务器占整体服务器比重约为20%,2018至2024年中国AI服务器市场规模的年复合增长率预计将达到93.6%。"
    assert ("cagr", 93.6) in [(f.metric, f.value) for f in extract_facts(text, published=date(2020, 5, 1))]


def test_the_shares_a_list_of_business_lines_gives_under_its_heading() -> None:
    text = ("鴻海2024年第三季合併營收達1.85兆新台幣。\n核心業務營收佔比 (2024Q3):\n- 消費智能產品:佔比 45%。\n"
            "- 雲端網路產品:佔比 32%,年增率強勁,主要由 AI 伺服器帶動。\n- 電腦終端產品:佔比 17%。")
    got = [(f.metric, f.value, f.entity, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("share", 32.0, "Foxconn", "revenue")]


def test_a_title_naming_a_listed_company_by_its_exchange_code_makes_it_the_pages_subject() -> None:
    # 工业富联(601138) is a Shanghai code: the page is that company's (off the alias table, entity null,
    # the calendar year), not that of the supplier it names more often
    text = ("TITLE: 工业富联(601138):2025年一季报 AI驱动业绩高增\n\n工业富联发布2025年一季报,公司实现营业收入1604.15亿元,"
            "同比增长35.16%。公司深度绑定英伟达等头部客户,为英伟达GB200核心代工厂,英伟达需求强劲。")
    got = [(f.metric, f.value, f.period, f.entity) for f in extract_facts(text)]
    assert got[:2] == [("revenue", 1.60415e11, "2025Q1", None), ("yoy_growth", 35.16, "2025Q1", None)]


def test_a_rate_shared_by_a_list_of_items_is_each_items() -> None:
    text = "浪潮信息第一季度,AI服务器、通用服务器营收同比均超50%。"
    got = [(f.metric, f.value, f.item, f.qualifier) for f in extract_facts(text)]
    assert got == [("yoy_growth", 50.0, "ai_server", ">"), ("yoy_growth", 50.0, "server", ">")]
    # no word of sharing: the rate is the last item's
    text = "浪潮信息第一季度,AI服务器、通用服务器营收同比增长超50%。"
    assert [(f.item) for f in extract_facts(text)] == ["server"]


def test_a_growth_and_the_level_it_reaches_joined_by_a_list_comma() -> None:
    text = "亞馬遜AWS上季交出營收年增率二○．二％、三三○億美元的成績。"
    got = [(f.metric, f.value, f.unit, f.entity) for f in extract_facts(text)]
    assert got == [("yoy_growth", 20.2, "%", "Amazon"), ("revenue", 3.3e10, "USD", "Amazon")]
    # and the level after 至 with a qualifier (至约)
    got = [(f.metric, f.value, f.qualifier) for f in extract_facts("联想方案服务业务集团收入增长10%至约20亿元。")]
    assert ("revenue", 2e9, "~") in got


def test_a_currency_declared_for_the_figures_below_and_a_quarter_ended_at_a_months_end() -> None:
    # (美元.下同): a bare 元 after it is a US dollar; 截至2023年12月底止第三財季 of Lenovo (year ends March) is FY2024Q3
    text = ("聯想集團(00992)公布截至2023年12月底止第三財季少賺23%至3﹒37億(美元.下同);收入157﹒21億元,按年升3%。")
    got = [(f.metric, f.value, f.unit, f.period) for f in extract_facts(text)]
    assert ("revenue", 1.5721e10, "USD", "FY2024Q3") in got
    # no declaration: the page's own yuan
    got = [(f.unit) for f in extract_facts("聯想集團(00992)公布截至2023年12月底止第三財季收入157﹒21億元,按年升3%。")
           if f.metric == "revenue"]
    assert got == ["CNY"]


def test_a_companys_results_stated_as_an_amount_are_its_sales() -> None:
    # Taiwan's press writes a company's sales as its 業績; a profit word in between keeps it out. 本益比 and
    # 董座 are Taiwan's usage: the bare 元 are New Taiwan dollars
    text = "技嘉董座葉培城說，技嘉本益比不到13倍。技鋼2023年業績480億元，2024年業績就翻倍達1330億元。"
    got = [(f.metric, f.value, f.unit, f.period) for f in extract_facts(text)]
    assert got == [("revenue", 4.8e10, "TWD", "2023"), ("revenue", 1.33e11, "TWD", "2024")]
    assert [f.metric for f in extract_facts("某公司发布2023年业绩预告,净利润3亿元。")] == []


def test_a_comparison_base_with_its_currency_left_out_is_in_the_compared_amounts() -> None:
    text = "2025年第一季鴻海營收為1.64兆新台幣,較2024年同期的1.32兆成長24.2%。"
    got = [(f.metric, f.value, f.unit, f.period) for f in extract_facts(text)]
    assert ("revenue", 1.32e12, "TWD", "2024Q1") in got


def test_the_base_of_a_growth_just_stated_is_a_figure_of_the_grown_metric() -> None:
    text = "Micron said revenue grew in its third quarter of fiscal 2025, as total sales jumped 37% from $6.81 billion a year ago."
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got == [("yoy_growth", 37.0, "FY2025Q3"), ("revenue", 6.81e9, "FY2024Q3")]


def test_a_slice_of_data_centre_spending_is_a_share_of_capex() -> None:
    text = "Omdia预计到2027年,CPU和协处理器将占数据中心总支出的30%。"
    got = [(f.metric, f.value, f.of, f.period) for f in extract_facts(text)]
    assert got == [("share", 30.0, "capex", "2027")]


def test_procurement_sizes_in_english_news_and_acceleration_cards() -> None:
    text = ("China Unicom announced its server procurement results. General server procurement totaled 7.96 billion yuan, "
            "divided into two packages.")
    got = [(f.metric, f.value, f.entity, f.item) for f in extract_facts(text, kind="tender")]
    assert got == [("tender_amount", 7.96e9, "China Unicom", "server")]
    got = [(f.metric, f.value) for f in extract_facts("The node will support more than 30,000 AI acceleration cards.")]
    assert got == [("accelerator_count", 30000.0)]


def test_the_company_in_news_of_a_tender_is_its_buyer() -> None:
    text = ("Chinese server suppliers win again from giant China Mobile tender. Powerleader's new CPU was a rebadged Intel "
            "chip, and Intel remains a supplier; Intel lost.\n\n"
            "The company has constructed the largest intelligent data center in Hohhot, with 20,000 AI accelerator cards.")
    got = [(f.metric, f.value, f.entity) for f in extract_facts(text, kind="tender")]
    assert got == [("accelerator_count", 20000.0, "China Mobile")]


def test_an_amount_in_a_currency_worth_little_is_plausible_at_its_own_scale_and_last_years_full_year() -> None:
    # Samsung's 333.6 trillion won (about $230 billion) is revenue, not a misread multiplier; 去年全年 in a body
    # with no date is that unknown year, not the year of the quarter named before it
    text = ("三星电子公布2018年第三季度以来最强业绩。第四季度单季,三星营收同比增23.8%,达到93.84万亿韩元。"
            "去年全年,三星年营收增长10.87%,达到333.6万亿韩元。")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert ("revenue", 3.336e14, None) in got and ("yoy_growth", 10.87, None) in got


def test_a_part_of_data_centre_power_named_after_its_percentage() -> None:
    text = ("TITLE: Global data centre market report\n\nWe expect that global data centre power demand will reach 127GW in 2028. "
            "Nearly 35 per cent of the total DC power demand in 2028 will support GenAI.")
    got = [(f.metric, f.value, f.of, f.region, f.entity) for f in extract_facts(text, kind="market_report") if f.unit == "%"]
    assert got == [("share", 35.0, "datacenter_power", "GLOBAL", None)]


def test_the_press_s_stronger_growth_verbs_and_a_base_in_the_year_ago_quarter() -> None:
    got = [(f.metric, f.value) for f in extract_facts("Supermicro said its sales rocketed 103% in the quarter.")]
    assert got == [("yoy_growth", 103.0)]
    text = "Dell's revenue for the fourth quarter of fiscal 2024 fell 11% from $25.04 billion in the year ago quarter."
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got == [("yoy_growth", -11.0, "FY2024Q4"), ("revenue", 2.504e10, "FY2023Q4")]


def test_an_english_pages_ticker_after_a_company_off_the_table_makes_it_the_subject() -> None:
    text = ("TITLE: Arista Networks Q4 2023 earnings\n\nArista Networks (NYSE:ANET) was down 6% after its 4Q23 earnings.\n\n"
            "Revenue of $1.54B was up 20.8% y/y. 77% of revenue came from the Americas. Microsoft and Meta are its "
            "largest customers; Microsoft bought more and Microsoft's orders grew.")
    got = [(f.metric, f.value, f.period, f.entity) for f in extract_facts(text, published=date(2024, 2, 14))]
    assert ("share", 77.0, "2023Q4", None) in got


def test_a_list_of_rates_over_a_span_of_years_and_the_segment_a_line_is_of() -> None:
    text = "浪潮信息分业务收入预测1)服务器及部件业务:预计2024-2026年收入增长速度为12%/10%/8%。"
    got = [(f.metric, f.value, f.period, f.item) for f in extract_facts(text)]
    assert got == [("yoy_growth", 12.0, "2024", "server"), ("yoy_growth", 10.0, "2025", "server"),
                   ("yoy_growth", 8.0, "2026", "server")]
    # one rate over the span stays a growth over several years (no fact)
    assert extract_facts("浪潮信息服务器业务:预计2024-2026年收入增长速度为30%。") == []


def test_a_months_figure_after_its_month_and_a_change_over_the_month_before() -> None:
    text = "台積電11月營收3436.14億元，僅次於10月的3674.73億元及4月的3495.67億元。"
    got = [(f.value, f.period) for f in extract_facts(text, published=date(2025, 12, 10))]
    assert got == [(3.43614e11, "2025-11"), (3.67473e11, "2025-10"), (3.49567e11, "2025-04")]
    text = "台積電11月營收3436.1億元,較10月的3674.73億元減少6.5%,較去年同期增加24.5%。"
    got = [(f.metric, f.value) for f in extract_facts(text, published=date(2025, 12, 10)) if f.unit == "%"]
    assert got == [("yoy_growth", 24.5)]  # (the change over October is month on month: no fact)


def test_a_level_a_company_surges_to_and_servers_related_to_ai() -> None:
    got = [(f.metric, f.value, f.unit) for f in extract_facts("去年鴻海營收衝上6兆,今年營收可望成長。")]
    assert got == [("revenue", 6e12, "TWD")]
    got = [(f.item, f.value) for f in extract_facts("鴻海表示,AI相關伺服器營收今年將成長超過4成。")]
    assert got == [("ai_server", 40.0)]


def test_a_companys_home_and_foreign_market_revenue_and_a_profit_in_hong_kong_words() -> None:
    text = "中興通訊公布,去年盈利68.1億元人民幣,按年升近60%。國內市場收入升近15%至780.7億元,國際市場收入升9%至364.5億元。"
    got = [(f.metric, f.value, f.of) for f in extract_facts(text)]
    assert got == [("yoy_growth", 15.0, "revenue"), ("revenue", 7.807e10, None), ("yoy_growth", 9.0, "revenue"),
                   ("revenue", 3.645e10, None)]


def test_a_growth_of_no_named_metric_is_capex_only_where_capex_is_what_was_last_named() -> None:
    text = ("Analysts expect Microsoft to allocate $63.2 billion toward property and equipment additions in fiscal 2025, "
            "reflecting a 42% year-over-year growth.")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text, kind="capex") if f.unit == "%"]
    assert got == [("yoy_growth", 42.0, "capex")]
    got = [(f.metric, f.value) for f in extract_facts("Microsoft's property and equipment additions were $20 billion.")]
    assert got == [("capex", 2e10)]
    # in a results release, a business's growth after its revenue is no capex growth
    text = ("寒武纪2023年实现营业收入7.09亿元。分产品来看,有6.05亿元收入来自其智能计算集群系统业务。"
            "寒武纪表示,去年公司智能计算集群系统业务较上年同期增长31.85%。")
    assert [f.of for f in extract_facts(text, kind="capex") if f.metric == "yoy_growth"] in ([], ["revenue"])


def test_a_companys_orders_and_project_pipeline_are_no_revenue() -> None:
    text = "HPE reported revenue of $7.2 billion. HPE also said AI systems orders were $1.0 billion in the quarter."
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("revenue", 7.2e9)]
    text = "聯想第三財季收入達185億美元,AI項目儲備強勁達155億美元。"
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("revenue", 1.85e10)]


def test_as_of_a_month_this_year_and_the_year_through_a_month() -> None:
    # 截至今年6月底 dates a stock at June (its 至今 is no "so far"); 截至今年6月的全年度 is the fiscal year ending then
    text = "报告显示,截至今年6月底,我国算力总规模达到197 EFLOPS。"
    assert [f.period for f in extract_facts(text, published=date(2023, 8, 19))] == ["2023-06"]
    text = "分析師預測微軟截至今年6月的全年度資本支出，將接近1,050億美元。"
    got = [(f.metric, f.value, f.period) for f in extract_facts(text, published=date(2026, 2, 7))]
    assert got == [("capex", 1.05e11, "FY2026")]


def test_a_growth_whose_metric_is_named_after_the_level_it_reaches() -> None:
    text = "Dell's infrastructure group posted a 13.8 percent rise to $2.3 billion in server revenue."
    got = [(f.metric, f.value, f.of) for f in extract_facts(text)]
    assert got == [("yoy_growth", 13.8, "revenue"), ("revenue", 2.3e9, None)]


def test_the_next_place_of_a_ranking_of_growth() -> None:
    text = ("TITLE: IDC server tracker\n\nRegionally, the United States recorded the fastest growth, with server revenue "
            "increasing 72.4% year over year.\nCanada followed with 70.7% growth, while Europe grew.")
    got = [(f.value, f.region, f.of) for f in extract_facts(text, kind="market_report")]
    assert got == [(72.4, "US", "server_market_size"), (70.7, "CA", "server_market_size")]


def test_a_market_size_with_its_yuan_left_out_after_an_expectation_word() -> None:
    got = [(f.metric, f.value, f.unit) for f in extract_facts("2024年中国AI服务器市场规模预计达500亿。")]
    assert got == [("ai_server_market_size", 5e10, "CNY")]


def test_the_next_place_of_a_ranking_of_shares_in_brackets() -> None:
    text = "根据IDC数据,2024年全球AI算力市场规模突破2000亿美元,其中北美以45%的份额领跑,中国紧随其后(28%),欧盟加速追赶。"
    got = [(f.metric, f.value, f.region, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert ("share", 28.0, "CN", "ai_compute_market_size") in got


def test_a_move_under_a_span_of_years_takes_its_first_and_last_year() -> None:
    text = "From 2022 to 2024, following the rise of LLMs, CoreWeave's revenue skyrocketed from $20M to $1.9B."
    assert [(f.value, f.period) for f in extract_facts(text)] == [(2e7, "2022"), (1.9e9, "2024")]
    text = "2022年至2024年,寒武纪营收从1亿元增长至5亿元。"
    assert [(f.value, f.period) for f in extract_facts(text)] == [(1e8, "2022"), (5e8, "2024")]


def test_an_odms_rack_assembly_volume_is_its_output() -> None:
    got = [(f.metric, f.value, f.low, f.high) for f in extract_facts("我們預計全年機櫃組裝量將跳躍式增長至 7 萬到 8 萬台的規模。")]
    assert got == [("shipments", 75000.0, 70000.0, 80000.0)]


def test_chinas_words_for_the_ai_chip_market_and_the_market_share_of_a_company_off_the_table() -> None:
    text = ("全球及中国智能计算芯片市场高速增长:全球市场规模从2020年的66亿美元快速扩张至2024年的1190亿美元,复合年增长率高达106%。"
            "壁仞科技在中国智能计算芯片整体市场中的市占率为0.16%。")
    got = [(f.metric, f.value, f.period, f.entity) for f in extract_facts(text)]
    assert got[:3] == [("ai_compute_market_size", 6.6e9, "2020", None), ("ai_compute_market_size", 1.19e11, "2024", None),
                       ("cagr", 106.0, "2020-2024", None)]
    assert [(f.metric, f.entity, f.of) for f in extract_facts(text) if f.value == 0.16] == \
        [("market_share", None, "ai_compute_market_size")]


def test_an_operators_spending_on_a_part_of_its_network_is_capex() -> None:
    text = "2025年,中国移动5G相关开支为582亿元,占比38%;中国联通连接相关开支264亿元,占比为48%。"
    got = [(f.metric, f.value, f.entity) for f in extract_facts(text) if f.unit == "CNY"]
    assert got == [("capex", 5.82e10, "China Mobile"), ("capex", 2.64e10, "China Unicom")]


def test_a_buyers_money_for_chips_is_an_investment_in_compute() -> None:
    got = [(f.metric, f.value, f.entity) for f in extract_facts(
        "ByteDance plans to spend CNY85 billion, towards purchasing artificial intelligence chip processors in 2025.")]
    assert got == [("compute_investment", 8.5e10, "ByteDance")]
    assert [f.metric for f in extract_facts("Tencent spent $1 billion to buy Nvidia GPUs.")] == ["compute_investment"]


def test_a_plants_expansion_and_an_added_equipment_budget_are_capex() -> None:
    got = [(f.metric, f.value, f.unit) for f in extract_facts("廣達宣布美國5億美元擴廠計畫。")]
    assert got == [("capex", 5e8, "USD")]
    got = [(f.metric, f.value, f.qualifier) for f in extract_facts("台積電董事會核准以不超過89.54億元額度內，追加投資購置新竹廠區機器設備。")]
    assert got == [("capex", 8.954e9, None)]  # (不超過: at most, not "more than"; a ceiling, no qualifier: B10)
    assert [f.qualifier for f in extract_facts("capex of no more than $5 billion this year")] == [None]


def test_the_home_countrys_makers_as_one_hold_a_market_share() -> None:
    text = "中国AI芯片市场中,本土厂商份额预计由17%升至55%。"
    got = [(f.metric, f.value, f.item, f.entity, f.region) for f in extract_facts(text)]
    assert got == [("market_share", 17.0, "domestic", None, "CN"), ("market_share", 55.0, "domestic", None, "CN")]


def test_places_markets_grow_as_the_market_named_before() -> None:
    text = ("Lenovo said the global server market is expected to grow by 44.6% in 2025, with the US and China markets "
            "expected to grow by 59.7% and 39.5% respectively.")
    got = [(f.value, f.region, f.of, f.entity) for f in extract_facts(text)]
    assert got == [(44.6, "GLOBAL", "server_market_size", None), (59.7, "US", "server_market_size", None),
                   (39.5, "CN", "server_market_size", None)]


def test_spending_on_data_centres_money_for_ai_infrastructure_and_the_price_of_each() -> None:
    got = [(f.metric, f.value, f.period) for f in extract_facts(
        "Microsoft has announced plans to spend an ambitious $80 billion in fiscal 2025 on AI-enabled data centers.")]
    assert got == [("capex", 8e10, "FY2025")]
    got = [(f.metric, f.value) for f in extract_facts("阿里巴巴宣布未来三年投入3800亿元,用于建设云和AI硬件基础设施。")]
    assert got == [("compute_investment", 3.8e11)]
    got = [(f.metric, f.value, f.item) for f in extract_facts("目前每块H100的价格约为2.1万美元。")]
    assert got == [("unit_price", 2.1e4, "H100")]


def test_each_of_a_list_of_buyers_with_each_before_the_verb() -> None:
    text = "特供芯片的市场表现:字节跳动和腾讯各采购约23万颗H20芯片。"
    got = sorted((f.entity, f.value) for f in extract_facts(text))
    assert got == [("ByteDance", 2.3e5), ("Tencent", 2.3e5)]


def test_a_countrys_domestic_part_on_a_page_about_a_company_is_no_part_of_that_companys() -> None:
    text = ("TITLE: 英伟达H20在中国\n\n英伟达推出特供版H20芯片,英伟达称需求旺盛。\n- 2023年前国产AI芯片自给率仅10-15% 2024年已达30%")
    got = [(f.value, f.entity, f.region, f.item) for f in extract_facts(text) if f.metric == "share"]
    assert got == [(12.5, None, "CN", "domestic"), (30.0, None, "CN", "domestic")]


def test_each_company_of_a_list_holds_the_share_it_each_takes() -> None:
    got = sorted((f.metric, f.entity, f.value) for f in extract_facts("在中国AI芯片市场,英伟达和华为各占40%份额。"))
    assert got == [("market_share", "Huawei", 40.0), ("market_share", "Nvidia", 40.0)]


def test_a_writers_forecast_of_the_company_opens_with_no_companys_name() -> None:
    text = "中科曙光(603019):盈利能力提升。我们预计公司2025年营收为145.51亿元。"
    assert [(f.metric, f.entity) for f in extract_facts(text)] == [("revenue", "Sugon")]


def test_a_growth_rate_compared_with_another_periods_rate() -> None:
    text = "Microsoft 亦指出 FY2026 Capex 成長率將高於 FY2025(45%)。"
    got = [(f.metric, f.value, f.entity, f.period, f.of) for f in extract_facts(text)]
    assert got == [("yoy_growth", 45.0, "Microsoft", "FY2025", "capex")]


def test_a_level_said_to_be_exceeded_or_topped_is_a_lower_bound() -> None:
    text = ("Microsoft spent $22.6 billion on capital expenditures in the fourth quarter of fiscal 2025. Chief financial "
            "officer Amy Hood said spending in the current quarter would exceed $30 billion.")
    assert [f.qualifier for f in extract_facts(text)] == [None, ">"]


def test_the_next_companys_growth_with_its_metric_left_out() -> None:
    text = "2024年全球服务器市场中,戴尔营收增长15.2%,慧与增长9.1%。"
    got = [(f.entity, f.value, f.of) for f in extract_facts(text)]
    assert got == [("Dell", 15.2, "server_market_size"), ("HPE", 9.1, "server_market_size")]


def test_the_part_a_share_goes_to_and_intelligent_computing_as_a_part_of_the_total() -> None:
    assert [(f.metric, f.item, f.of) for f in extract_facts("Meta said about 60% of its capex goes to servers.")] == \
        [("share", "server", "capex")]
    text = ("As of June 2025, China's total computing capacity stood at 300 EFLOPS, with intelligent computing making up "
            "35% of it.")
    assert [(f.item, f.of) for f in extract_facts(text) if f.metric == "share"] == [("intelligent", "total_compute_capacity")]


def test_a_projects_total_investment_is_a_target() -> None:
    assert [(f.metric, f.basis) for f in extract_facts("该智算中心项目总投资12亿元。")] == [("compute_investment", "target")]


def test_a_share_of_them_is_a_part_of_what_was_just_counted() -> None:
    text = "China Telecom's 2025 server procurement covers 30,000 servers, and 90% of them must be homemade models."
    got = [(f.metric, f.value, f.item, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("share", 90.0, "domestic", "tender_quantity")]


def test_a_buyers_part_of_the_worlds_purchases_is_of_what_is_shipped() -> None:
    got = [(f.metric, f.entity, f.item, f.of) for f in extract_facts("2024年微軟占全球AI伺服器採購量約20%。")]
    assert got == [("share", "Microsoft", "ai_server", "shipments")]


def test_a_buyer_awarding_a_contract_for_servers_procures_them() -> None:
    got = [(f.metric, f.value, f.entity, f.item) for f in extract_facts(
        "China Unicom's Guangdong branch awarded a contract for 300 AI servers.")]
    assert got == [("tender_quantity", 300.0, "China Unicom", "ai_server")]


def test_the_writers_own_reckoning_of_a_past_year_stays_an_estimate() -> None:
    text = " date 2025-03-05\n据我们测算,2024年全国AI服务器市场规模约为120亿美元。"
    assert [(f.metric, f.basis) for f in extract_facts(text)] == [("ai_server_market_size", "estimate")]


def test_a_companys_budget_is_a_forecast_and_a_projects_plan_a_target() -> None:
    got = [(f.metric, f.basis) for f in extract_facts("中国电信2025年算力投资计划为200亿元。")]
    assert got == [("compute_investment", "forecast")]
    got = [(f.metric, f.basis) for f in extract_facts(" date 2025-03-20\n中国联通今年计划算力投资180亿元,同比增长28%。")]
    assert got == [("compute_investment", "forecast"), ("yoy_growth", "forecast")]
    assert [f.basis for f in extract_facts("该智算中心项目总投资12亿元。")] == ["target"]


def test_a_rate_compared_with_the_quarter_before_is_that_quarters() -> None:
    text = ("Microsoft reported fiscal third-quarter 2025 results. Azure revenue grew 33% year-over-year, "
            "up from 31% in the previous quarter.")
    got = [(f.value, f.period, f.of) for f in extract_facts(text) if f.metric == "yoy_growth"]
    assert got == [(33.0, "FY2025Q3", "revenue"), (31.0, "FY2025Q2", "revenue")]
    text = ("Nvidia reported its first quarter of fiscal 2025. Data center revenue accounted for about 87% of Nvidia's "
            "total revenue, up from 83% in the prior quarter.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("share", 87.0, "FY2025Q1"), ("share", 83.0, "FY2024Q4")]


def test_a_list_of_earlier_rates_each_takes_its_own_quarter() -> None:
    text = "金山云25Q3实现营收24.78亿元,同比增长31.4%,增速较25Q1的10.94%和25Q2的24.18%进一步加快。"
    got = [(f.value, f.period) for f in extract_facts(text) if f.metric == "yoy_growth"]
    assert got == [(31.4, "2025Q3"), (10.94, "2025Q1"), (24.18, "2025Q2")]


def test_a_clause_opening_with_its_own_year_carries_the_growth_before_it() -> None:
    text = " date 2025-05-10\n一般服务器需求逐步回升,2024年服务器出货年增率上修至7.6%,2025年有机会超过9%。"
    got = [(f.value, f.period, f.of, f.basis, f.qualifier) for f in extract_facts(text) if f.metric == "yoy_growth"]
    assert got == [(7.6, "2024", "shipments", "actual", None), (9.0, "2025", "shipments", "forecast", ">")]
    # a clause naming a subject of its own is no continuation
    text = " date 2025-05-10\n2024年服务器出货年增率为7.6%,2025年华为有机会超过9%。"
    assert [f.value for f in extract_facts(text) if f.metric == "yoy_growth"] == [7.6]


def test_the_capacity_of_an_operators_site_is_the_operators() -> None:
    text = ("TITLE: 中国电信杭州智算中心建设进展\n\n中国电信杭州智算中心部署了国产化液冷算力服务器。"
            "目前该智算中心可运营算力已经达到了700P,预计到明年年底将扩容至5000P。")
    got = [(f.metric, f.value, f.entity, f.region) for f in extract_facts(text)]
    assert got == [("intelligent_compute_capacity", 7e17, "China Telecom", None),
                   ("intelligent_compute_capacity", 5e18, "China Telecom", None)]
    # a province's capacity in the same kind of page stays the province's
    text = "TITLE: 中国电信杭州智算中心建设进展\n\n目前浙江省算力规模已经达到了7000P。"
    assert [(f.entity, f.region) for f in extract_facts(text)] == [(None, "CN-ZJ")]


def test_a_deal_to_supply_a_company_with_compute_is_that_buyers_investment() -> None:
    got = [(f.metric, f.value, f.entity) for f in extract_facts(
        "Oracle inked a $300 billion deal to provide OpenAI with data centers.")]
    assert got == [("compute_investment", 3e11, "OpenAI")]


def test_growth_for_the_quarter_came_in_at_a_rate() -> None:
    text = "Microsoft reported fiscal first-quarter 2025 results. Azure growth for the quarter came in at 33%."
    assert [(f.metric, f.value, f.period) for f in extract_facts(text)] == [("yoy_growth", 33.0, "FY2025Q1")]


def test_a_release_paragraph_opening_with_its_fiscal_year_dates_its_sentences() -> None:
    text = ("Oracle Announces Fiscal 2025 Fourth Quarter and Fiscal Full Year Financial Results\n\n"
            "Oracle today announced fiscal 2025 Q4 results. Total quarterly revenues were up 11% year-over-year in USD "
            "and constant currency to $15.9 billion. Cloud services and license support revenues were up 14% in USD "
            "and constant currency to $11.7 billion.\n\n"
            "Fiscal year 2025 total revenues were up 8% in USD to $57.4 billion. Cloud services and license support "
            "revenues were up 12% in USD and constant currency to $44.0 billion.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.metric == "revenue"]
    assert got == [("revenue", 1.59e10, "FY2025Q4"), ("revenue", 1.17e10, "FY2025Q4"),
                   ("revenue", 5.74e10, "FY2025"), ("revenue", 4.4e10, "FY2025")]


def test_a_releases_double_hyphen_bullets_are_lines_of_their_own() -> None:
    from connectors.textnorm import normalize

    text = ("Oracle Announces Fiscal 2025 Fourth Quarter Results\n\n"
            "    --  Q4 Total Revenue $15.9 billion, up 11% from the fourth quarter of fiscal 2024\n"
            "    --  Q4 Cloud Infrastructure (IaaS) Revenue $3.0 billion, up 52% from a year ago\n")
    assert normalize(text).text.count("\n-- ") == 2
    got = [(f.metric, f.value) for f in extract_facts(text) if f.unit == "USD"]
    assert got == [("revenue", 1.59e10), ("revenue", 3e9)]


def test_the_consensus_after_an_amount_is_kept_beside_the_result() -> None:
    text = ("AMD reported third-quarter 2025 earnings. Revenue rose 36% year-over-year to $9.25 billion, also beating "
            "the $8.74 billion consensus.")
    got = sorted((f.value, f.basis) for f in extract_facts(text) if f.metric == "revenue")
    assert got == [(8.74e9, "forecast"), (9.25e9, "actual")]


def test_years_written_in_chinese_digits() -> None:
    def periods(s: str) -> list[tuple[str, str | None]]:
        return [(p.kind, p.period) for p in find_periods(s, date(2026, 2, 12))]

    assert periods("二五年至二七年,三年将分别达到") == [("span", "2025-2027")]
    assert periods("二〇二五年营收") == [("year", "2025")]
    assert periods("25年至27年营收预测") == [("span", "2025-2027")]
    assert periods("未来三五年") == [("future", None)]  # three to five years, no year
    text = ("繁榮成長的重要支撐來自於雲端服務商(CSP)前仆後繼持續加碼的資本支出。美國五大雲端服務商微軟、谷歌、亞馬遜、Meta、"
            "甲骨文,二五年合計投入三八一○億美元,二六年、二七年金額可達四七一○億美元、五四三○億美元,投資力道不衰。")
    got = [(f.value, f.period) for f in extract_facts(text) if f.unit == "USD"]
    assert got == [(3.81e11, "2025"), (4.71e11, "2026"), (5.43e11, "2027")]


def test_another_rate_and_a_rate_moved_to_carry_the_growth_before_them() -> None:
    text = ("Morgan Stanley projects capex among the five largest hyperscalers will rise nearly 80% to $805 billion in 2026 "
            "and another 39% to $1.1 trillion in 2027.")
    got = [(f.value, f.period, f.of) for f in extract_facts(text) if f.metric == "yoy_growth"]
    assert got == [(80.0, "2026", "capex"), (39.0, "2027", "capex")]
    text = "AI server revenue growth peaked at 299% in 2023 and will drop to 17% by 2027."
    got = [(f.value, f.period, f.of) for f in extract_facts(text) if f.metric == "yoy_growth"]
    assert got == [(299.0, "2023", "ai_server_market_size"), (17.0, "2027", "ai_server_market_size")]


def test_a_market_share_before_the_company_and_a_market_named_by_what_it_sells() -> None:
    got = [(f.metric, f.entity, f.of) for f in extract_facts(
        "Nvidia remains dominant in AI accelerators with an 86% market share in 2025.")]
    assert got == [("market_share", "Nvidia", "ai_compute_market_size")]


def test_an_order_for_gpus_is_the_buyers_compute_investment() -> None:
    got = [(f.metric, f.value) for f in extract_facts(
        "At the heart of this expansion is a $540 million order for 18,000 Nvidia GPUs.") if f.unit == "USD"]
    assert got == [("compute_investment", 5.4e8)]


def test_operations_a_second_written_with_a_compound_scale() -> None:
    text = "我国算力总规模近五年年均增速近30%,达到每秒1.97万亿亿次浮点运算,位居全球第二。"
    got = [(f.metric, f.value, f.unit) for f in extract_facts(text) if f.unit == "FLOPS"]
    assert got == [("total_compute_capacity", 1.97e20, "FLOPS")]
    # a count of visits is no rate of computing
    assert [f for f in extract_facts("该平台访问量达10亿次。") if f.unit == "FLOPS"] == []


def test_counts_of_a_makers_own_chips_whatever_the_counter() -> None:
    text = ("若从出货数量来看,今年Google TPU的出货量估计可达一五〇万至二〇〇万台,AWS的Trainium 2亦有一四〇万至一五〇万台,"
            "合计已接近辉达五〇〇至六〇〇万台的出货水准。")
    got = [(f.metric, f.entity, f.low, f.high) for f in extract_facts(text)]
    assert got == [("shipments", "Alphabet", 1.5e6, 2e6), ("shipments", "Amazon", 1.4e6, 1.5e6),
                   ("shipments", "Nvidia", 5e6, 6e6)]


def test_the_earlier_estimate_a_figure_is_raised_from_is_of_the_same_period() -> None:
    text = "谷歌财务长指出,2025年全年CAPEX预计将从原先估计的750亿美元提升至850亿美元。"
    got = sorted((f.value, f.period, f.basis) for f in extract_facts(text) if f.metric == "capex")
    assert got == [(7.5e10, "2025", "forecast"), (8.5e10, "2025", "forecast")]


def test_a_growth_moving_from_one_years_rate_to_the_next() -> None:
    text = " date 2026-01-29\nDIGITIMES预估全球AI市场资本支出增长将从2024年55%,到2025年66%放缓至2026年的31%,整体放缓但仍显动能。"
    got = [(f.value, f.period, f.of) for f in extract_facts(text) if f.metric == "yoy_growth"]
    assert got == [(55.0, "2024", "capex"), (66.0, "2025", "capex"), (31.0, "2026", "capex")]
    # a share moving to a level after a change in points stays a share's business
    text = "浪潮市场份额环比下降1.8个百分点至43.5%。"
    assert [f.metric for f in extract_facts(text) if f.value == 43.5] != ["yoy_growth"]


def test_a_company_off_the_table_after_a_bullet_and_its_year_opens_the_sentence() -> None:
    text = "收入与份额:\n- 2024年,壁仞科技在中国智能计算芯片市场份额为0.16%。"
    got = [(f.metric, f.value, f.entity, f.region, f.of) for f in extract_facts(text)]
    assert got == [("market_share", 0.16, None, "CN", "ai_compute_market_size")]


def test_a_hong_kong_results_story_dated_to_its_month() -> None:
    text = (" date 2023-11 聯想集團(0992)公布截至今年9月底止現財年第2季業績,季內權益持有人應佔溢利為2.49億元(美元‧下同),"
            "按年減少54%。\n\n季內收入144.1億元,按年跌16%。\n\n公司又指出在現財政年度上半年,權益持有人應佔溢利為4.26億元。\n\n"
            "期內收入按年跌20%至273.1億元。\n\nFILE PHOTO: The Lenovo logo is seen in this illustration photo January 22, 2018.")
    got = [(f.metric, f.value, f.unit, f.period) for f in extract_facts(text)]
    assert got == [("revenue", 1.441e10, "USD", "FY2024Q2"), ("yoy_growth", -16.0, "%", "FY2024Q2"),
                   ("yoy_growth", -20.0, "%", "FY2024H1"), ("revenue", 2.731e10, "USD", "FY2024H1")]


def test_a_product_lines_part_of_a_companys_server_sales_is_of_its_revenue() -> None:
    text = ("緯穎公布2023年第三季財報。\n\n公司揭露兩項重要里程碑。在產品組合方面,AI伺服器營收佔比已突破10%。")
    got = [(f.metric, f.entity, f.item, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("share", "Wiwynn", "ai_server", "revenue")]
    # a tracker's market stays the market
    text = "IDC:2024年全球AI伺服器營收佔整體伺服器市場營收比重超過50%。"
    assert [f.of for f in extract_facts(text) if f.unit == "%"] != ["revenue"]


def test_a_relative_year_glossed_with_its_year_dates_the_page() -> None:
    from connectors.periods import find_published

    text = ("騰訊控股昨(20)日發佈去(2023)年度財報,截至2023年12月31日止全年營收爲人民幣6,090.15億元。\n\n"
            "騰訊去年第4季營收人民幣1,551.96億元,年增7%。")
    assert find_published(text) == date(2024, 1, 1)
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.value == 1.55196e11]
    assert got == [("revenue", 1.55196e11, "2023Q4")]


def test_a_supply_share_and_the_next_companys_share_of_the_same_whole() -> None:
    text = "GB200有望成为2025年公司营运持续增长的主要动能,其中鸿海有40%~45%的供应份额,而广达为20%~30%左右。"
    got = [(f.metric, f.entity, f.of, f.low, f.high) for f in extract_facts(text)]
    assert got == [("market_share", "Foxconn", "shipments", 40.0, 45.0), ("market_share", "Quanta", "shipments", 20.0, 30.0)]


def test_the_unit_closing_an_enumeration_is_every_items() -> None:
    from connectors.numbers import find_mentions
    from connectors.textnorm import normalize

    def read(s: str) -> list[tuple[float, str | None]]:
        t = normalize(s).text
        return [(m.value, m.unit) for m in find_mentions(t)]

    assert read("资本开支总和分别为4065、5964亿美元") == [(4.065e11, "USD"), (5.964e11, "USD")]
    assert read("分别为30、50万台") == [(3e5, "units"), (5e5, "units")]
    assert read("分别为4065亿、5964亿美元") == [(4.065e11, "USD"), (5.964e11, "USD")]
    assert read("2025、2026年") == []  # years, no amounts
    assert read("8192 and 15488 Ascend cards") == [(8192.0, "units"), (15488.0, "units")]


def test_a_budget_revised_from_one_figure_to_another_keeps_both_in_its_year() -> None:
    text = "谷歌将2025年资本支出预算从750亿美元上调至850亿美元,主要用于服务器投资和数据中心建设。"
    got = sorted((f.metric, f.value, f.period) for f in extract_facts(text) if f.unit == "USD")
    assert got == [("capex", 7.5e10, "2025"), ("capex", 8.5e10, "2025")]


def test_a_range_a_move_starts_from_and_the_range_it_moves_to() -> None:
    from connectors.numbers import find_mentions
    from connectors.textnorm import normalize

    t = normalize("今年整體資本支出預估由2至3億元上修至7至8億元").text
    assert [(m.low, m.high) for m in find_mentions(t)] == [(2e8, 3e8), (7e8, 8e8)]
    t = normalize("营收从2亿元增至3亿元,从2至3亿元").text
    assert [(m.value, m.low) for m in find_mentions(t)] == [(2e8, None), (3e8, None), (3e8, None)]


def test_a_quarters_short_name_on_a_page_about_that_fiscal_quarter() -> None:
    text = ("Microsoft shows positive fiscal first-quarter results amid faster cloud growth\n\n"
            "Microsoft shows positive Q1 24 results. Microsoft's fiscal first-quarter revenue reached $56.5 billion, "
            "a 13% increase.")
    got = {(f.metric, f.period) for f in extract_facts(text)}
    assert got == {("revenue", "FY2024Q1"), ("yoy_growth", "FY2024Q1")}


def test_a_release_whose_only_years_are_its_year_ago_comparisons() -> None:
    text = ("Amazon.com announces first quarter results\n\n"
            "Net sales increased 13% to $143.3 billion in the first quarter, compared with $127.4 billion in first quarter 2023.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.unit == "USD"]
    assert got == [("revenue", 1.433e11, "2024Q1"), ("revenue", 1.274e11, "2023Q1")]


def test_a_sentence_closing_on_its_period_and_a_fiscal_quarter_named_in_words() -> None:
    text = ("AMD has posted revenue of $5.5 billion (up 2 percent and down 11 percent q-o-q), gross margin of 47 percent "
            "and net income of $123 million for the first quarter of 2024.")
    assert {f.period for f in extract_facts(text) if f.metric == "revenue"} == {"2024Q1"}
    text = "NVIDIA announces financial results for the third fiscal quarter of fiscal year 2024. Revenue was $18.12 billion."
    assert [f.period for f in extract_facts(text) if f.metric == "revenue"] == ["FY2024Q3"]


def test_a_possessive_year_dates_only_its_own_amount_and_a_heads_target_is_no_report() -> None:
    text = ("NVIDIA announces financial results for the third fiscal quarter of fiscal year 2024\n\n"
            "NVIDIA's revenue for the third quarter of fiscal 2024 stood at $18.12 billion. Mirroring the previous quarter, "
            "the data center business outperformed, with revenues of $14.51 billion, far exceeding last year's $3.8 billion.")
    got = [(f.value, f.period) for f in extract_facts(text) if f.metric == "datacenter_revenue"]
    assert (1.451e10, "FY2024Q3") in got
    text = ("AMD targets $5.7 bn revenue in second quarter\n\n"
            "AMD has posted revenue of $5.5 billion for the first quarter of 2024.\n"
            "AMD's Data Center segment revenue rose 80 percent to $2.3 billion.")
    assert [f.period for f in extract_facts(text) if f.value == 2.3e9] == ["2024Q1"]


def test_sales_of_a_period_named_by_its_span() -> None:
    got = [(f.metric, f.entity) for f in extract_facts("Alphabet posted $74.6 billion in quarterly sales, up 7%.") if f.unit == "USD"]
    assert got == [("revenue", "Alphabet")]


def test_a_labelled_day_after_a_year_gloss_stays_the_pages_date() -> None:
    from connectors.periods import find_published

    text = "作者: Kai | 時間: Mon, 05 Jan 2026 11:21:37 GMT | 來源: CNBC\n鴻海今(2025)年第四季營收較前一年同期激增22%。"
    assert find_published(text) == date(2026, 1, 5)


def test_the_ai_chipset_market_and_growth_by_an_average_per_year() -> None:
    text = ("The AI chipset market within data centers experienced significant expansion in Q4 2024, with total revenue "
            "reaching $32.6 billion. Nvidia continues to dominate with its AI chipsets, accounting for 85% of the market share "
            "in the data center space, while AMD is a distant second with 6% of the market.")
    got = [(f.metric, f.entity, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("market_share", "Nvidia", "ai_compute_market_size"), ("market_share", "AMD", "ai_compute_market_size")]
    got = [(f.metric, f.of) for f in extract_facts("Since 2016 hyperscale capex has grown by an average of 20 percent per year.")]
    assert got == [("cagr", "capex")]


def test_an_undated_tender_reports_issue_day_dates_its_amounts() -> None:
    from connectors.periods import find_periods

    text = ("CITIC SEC released a research report stating that during the 2025 National Day holiday, the domestic AI "
            "computing power ecosystem continued to evolve.\nOn October 4-5, ICBC and CHINA UNICOM successively announced "
            "their server procurement results. China Unicom: General server procurement totaled 7.96 billion yuan.")
    assert [(p.kind, p.period) for p in find_periods(text, None)] == [("year", "2025"), ("day", "2025-10")]
    got = [(f.metric, f.period) for f in extract_facts(text, kind="tender")]
    assert got == [("tender_amount", "2025-10")]


def test_a_hardware_expansion_and_a_cluster_are_compute_investments() -> None:
    got = [(f.metric, f.entity) for f in extract_facts("OpenAI has embarked on a $300 billion hardware expansion.")]
    assert got == [("compute_investment", "OpenAI")]
    got = [(f.metric, f.value) for f in extract_facts("美国方面,OpenAI“星际之门”正在着力构建5000亿美元集群。")]
    assert got == [("compute_investment", 5e11)]


def test_counts_with_several_names_before_the_noun_and_hyphenated_units() -> None:
    # 100,000 NVIDIA Hopper H100 GPUs (two names and a model before the noun), 500,000 Trainium2 chips (a name with a
    # digit), 800,000 Nvidia graphics cards; a 1-gigawatt campus and a 6-trillion-parameter model (a hyphen between
    # number and unit); 910C chips is a model name, no count
    cases = [
        ("xAI said the initial deployment of 100,000 NVIDIA Hopper H100 GPUs has doubled.",
         ("accelerator_count", 100000.0, "units", "xAI", "H100", None)),
        ("Amazon has deployed approximately 500,000 Trainium2 chips.",
         ("accelerator_count", 500000.0, "units", "Amazon", None, None)),
        ("Oracle will hold 800,000 Nvidia graphics cards by late 2026.",
         ("accelerator_count", 800000.0, "units", "Oracle", None, "2026")),
        ("Meta said Prometheus will launch in 2026 with a 1-gigawatt capacity.",
         ("datacenter_power", 1e9, "W", "Meta", None, "2026")),
        ("xAI is training the planned 6-trillion-parameter Grok 5.",
         ("model_parameters", 6e12, "params", "Grok 5", None, None)),
    ]
    for text, want in cases:
        assert [(f.metric, f.value, f.unit, f.entity, f.item, f.period) for f in extract_facts(text)] == [want], text
    assert extract_facts("Huawei’s current flagship 910C chips are in demand.") == []


def test_a_part_of_a_year_dates_to_the_year() -> None:
    # by late 2026, in early 2025, by mid-2026: the year
    for text, year in (("by late 2026", "2026"), ("in early 2025", "2025"), ("by mid-2026", "2026"), ("mid 2024", "2024")):
        assert [p.period for p in find_periods(text, None)] == [year], text


def test_a_market_valued_at_an_amount() -> None:
    # the research houses' phrase: the … market was valued at $45.3 billion in 2025 (the market named last)
    text = ("AI Accelerator Chip for Data Center Market Report\n\nThe global AI accelerator chip for data center market was "
            "valued at $45.3 billion in 2025, while the CAGR of the AI accelerator market is 23.2%.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got[0] == ("ai_compute_market_size", 45.3e9, "2025")


def test_a_market_share_with_the_product_between_rate_and_share() -> None:
    # an estimated 70%+ GPU market share, a 10% AI chip market share: one or two product words between; not a function
    # word (10% and Nvidia's market share)
    got = [(f.metric, f.value, f.entity, f.of) for f in extract_facts(
        "NVIDIA led the competitive landscape with an estimated 70%+ GPU market share.")]
    assert got == [("market_share", 70.0, "Nvidia", "ai_compute_market_size")]
    got = [(f.metric, f.value, f.entity, f.of, f.period) for f in extract_facts("AMD holds a 10% AI chip market share in 2025.")]
    assert got == [("market_share", 10.0, "AMD", "ai_compute_market_size", "2025")]


def test_a_qualifier_does_not_count_in_the_reach_of_a_cue() -> None:
    # shipment growth of approximately 28%: the qualifier belongs to the rate (as "about" did)
    for q in ("about", "approximately"):
        got = [(f.metric, f.value, f.item, f.of, f.period) for f in
               extract_facts(f"AI servers will see shipment growth of {q} 28% in 2026.")]
        assert got == [("yoy_growth", 28.0, "ai_server", "shipments", "2026")], q


def test_a_growth_rate_takes_the_period_right_after_it() -> None:
    # Revenue was $9 billion in 2025 and will grow 56% in 2026: the growth is 2026's, not the amount's year
    for text in ("Revenue was $9 billion in 2025, and is expected to grow by 56% in 2026.",
                 "Computing power exceeded 9 EFLOPS in 2025, and is expected to grow by 56% in 2026."):
        assert [(f.metric, f.period, f.basis) for f in extract_facts(text)][1] == ("yoy_growth", "2026", "forecast"), text


def test_a_company_spending_an_amount_is_its_capex() -> None:
    # Amazon will spend roughly $200 billion in 2026, mostly on AWS AI infrastructure: its capital spending; not
    # spending on a provider or on compute bought (on CoreWeave by the end of the decade, on its Azure cloud unit)
    got = [(f.metric, f.value, f.entity, f.period, f.basis) for f in extract_facts(
        "Amazon will spend roughly $200 billion in 2026, mostly on AWS AI infrastructure.")]
    assert got == [("capex", 200e9, "Amazon", "2026", "forecast")]
    assert [f.metric for f in extract_facts("Microsoft is expected to spend $10B on CoreWeave by the end of the decade.")] \
        != ["capex"]
    assert [f.metric for f in extract_facts("OpenAI committed to spend some $250 billion on its Azure cloud unit.")] == \
        ["compute_investment"]


def test_a_share_moves_to_a_level_in_a_later_period() -> None:
    # the same share in a later year: after its own period and whole (15% of server shipments in 2024, and …), named
    # again by a determiner (the share is expected to reach), in the next sentence, the later year after the level
    # (reach 27% by 2030) or between verb and level (预计成长至2027年20.9%), 突破 as a verb of reaching
    want = [("share", 15.0, "2024", "ai_server", "shipments"), ("share", 27.0, "2030", "ai_server", "shipments")]
    for text in ("AI servers accounted for 15% of server shipments in 2024, and the share is expected to reach 27% by 2030.",
                 "AI servers accounted for 15% of server shipments in 2024. The share is expected to reach 27% by 2030.",
                 "AI servers accounted for 15% of server shipments in 2024 and are expected to reach 27% by 2030."):
        assert [(f.metric, f.value, f.period, f.item, f.of) for f in extract_facts(text)] == want, text
    for text, level, year in (("AI服务器占服务器出货量的比例2024年为15%,2026年预计突破20%。", 20.0, "2026"),
                              ("AI服务器占服务器出货量的比例2024年为15%,预计成长至2027年20.9%。", 20.9, "2027")):
        assert [(f.value, f.period, f.item) for f in extract_facts(text)] == [(15.0, "2024", "ai_server"),
                                                                             (level, year, "ai_server")], text


def test_a_bare_fraction_word_after_a_qualifier_is_a_share() -> None:
    # approximately two-thirds allocated to servers, the remaining one-third directed toward networking, around half
    # will be built on ARM: a fraction word with no "of", read where a qualifier or "remaining" stands before it; never
    # half an hour, the second half
    text = "with approximately two-thirds allocated to servers and the remaining one-third directed toward networking"
    assert [(m.value, m.qualifier, m.bare_fraction) for m in find_mentions(text)] == [(66.67, "~", True), (33.33, None, True)]
    assert [m.value for m in find_mentions("around half will be built on ARM architecture")] == [50.0]
    assert find_mentions("about half an hour") == [] and find_mentions("in the second half") == []
    got = [(f.metric, f.value, f.entity, f.of) for f in extract_facts(
        "China Telecom launched a tender for 156,000 servers. Chinese hardware is prioritized, and around half will be "
        "built on ARM architecture.") if f.unit == "%"]
    assert got == [("share", 50.0, "China Telecom", "tender_quantity")]


def test_a_years_figure_in_a_quarterly_report_is_the_quarters_year() -> None:
    # Annual revenue soared 102 per cent (a year's metric named before the rate), 11 million servers shipped for the
    # year: the year of the quarter the report dates them by, not the quarter; "annual growth of 19%" is no year's metric
    text = ("SK hynix reported its fourth-quarter 2024 results. Quarterly revenue was 19.77 trillion won.\n\n"
            "Annual revenue soared 102 per cent to 66.19 trillion won.")
    assert [(f.metric, f.period) for f in extract_facts(text, published=date(2025, 2, 1))] == [
        ("revenue", "2024Q4"), ("yoy_growth", "2024"), ("revenue", "2024")]
    text = ("Omdia said servers shipped in the fourth quarter of 2023 were 2.8 million units. At just under 11 million "
            "servers shipped for the year, 2023 volume is 22% lower than 2022.")
    assert [(f.value, f.period) for f in extract_facts(text)][:2] == [(2.8e6, "2023Q4"), (11e6, "2023")]


def test_a_bare_chinese_fiscal_quarter_after_its_fiscal_year() -> None:
    # 公司预计第二财季营收 after 2026财年第一财季: the next fiscal quarter of the same fiscal year
    text = "美光公布2026财年第一财季业绩,营收为136亿美元。公司预计第二财季营收将达187亿美元左右。"
    assert [(f.value, f.period) for f in extract_facts(text, published=date(2025, 12, 18))] == [
        (136e8, "FY2026Q1"), (187e8, "FY2026Q2")]


def test_a_hyphenated_compound_names_the_same_item_and_metric() -> None:
    # its AI-server revenue, Shipments of AI-servers: the alias table's and lexicons' "AI server" joined by a hyphen
    assert [(f.metric, f.item) for f in extract_facts(
        "HPE said its AI-server revenue more than doubled sequentially to $900 million.")] == [("revenue", "ai_server")]
    assert [(f.metric, f.item) for f in extract_facts("Shipments of AI-servers rose 30% in 2024.")] == [
        ("yoy_growth", "ai_server")]
    from connectors.textnorm import hyphenated
    assert hyphenated("AI server") == ["AI-server"] and hyphenated("AI服务器") == [] and hyphenated("AI") == []


def test_bases_of_a_sentence_pointing_back_at_the_amount_before() -> None:
    # That's up from $130 billion in 2025 and well above Wall Street's $144-150 billion estimates: both bases are of
    # the amount the sentence before ends on (its metric and keys; the market's figure in its period)
    text = ("Amazon will spend roughly $200 billion in 2026, mostly on AWS AI infrastructure. That's up from $130 billion "
            "in 2025 and well above Wall Street's $144-150 billion estimates.")
    assert [(f.metric, f.value, f.period, f.entity, f.basis) for f in extract_facts(text)] == [
        ("capex", 200e9, "2026", "Amazon", "forecast"), ("capex", 130e9, "2025", "Amazon", "actual"),
        ("capex", 147e9, "2026", "Amazon", "forecast")]
    # a level a growth leads to: jumped 32% year-over-year, hitting $13.6 billion
    text = "Google Cloud revenue jumped 32% year-over-year, hitting $13.6 billion in the second quarter of 2025."
    assert [(f.metric, f.period) for f in extract_facts(text)] == [("yoy_growth", "2025Q2"), ("revenue", "2025Q2")]
    # a base reported in the same period last year: the year-ago quarter of the figure pointed back at
    text = ("Microsoft revenue for the third quarter of fiscal year 2025 reached $70.1 billion. This represents a 13% "
            "increase from the $61.9 billion reported in the same period last year.")
    assert [(f.value, f.period) for f in extract_facts(text) if f.unit == "USD"] == [(70.1e9, "FY2025Q3"),
                                                                                 (61.9e9, "FY2024Q3")]


def test_a_chinese_amount_joined_by_de_to_its_revenue() -> None:
    # 英伟达第二季度135亿美元的收入: the revenue the amount is (的收入 after it); a bare 收入 after an amount is no cue
    assert [(f.metric, f.value, f.entity) for f in extract_facts("英伟达第二季度135亿美元的收入超出预期。")] == [
        ("revenue", 135e8, "Nvidia")]


def test_a_run_in_list_of_companies_after_a_colon_line_with_markdown_links() -> None:
    # By company: ¶ [Amazon](/fr/entity/amazon) ~$200bn, …: a Markdown link reads as its text, the list on the line
    # after the colon is of the metric that line names; the year of a base amount (from a record $410bn in 2025) dates
    # no later sentence
    text = ("The four largest US hyperscalers are guiding to roughly $725bn of\n2026 capital spending. By company:\n"
            "[Amazon](/fr/entity/amazon) ~$200bn, [Microsoft](/fr/entity/microsoft) ~$190bn.")
    got = [(f.metric, f.value, f.entity) for f in extract_facts(text)]
    assert got[1:] == [("capex", 200e9, "Amazon"), ("capex", 190e9, "Microsoft")]
    assert next(f for f in extract_facts(text) if f.entity == "Amazon" and f.value == 200e9).quote.startswith("Amazon")
    text = ("The hyperscalers are guiding to roughly $725bn of 2026 capital spending, up about 77% from a record $410bn "
            "in 2025. By company: Amazon ~$200bn, Microsoft ~$190bn.")
    assert [(f.value, f.period) for f in extract_facts(text) if f.unit == "USD" and f.value < 3e11] == [
        (200e9, "2026"), (190e9, "2026")]
    # a line broken after 预期: is no list
    text = "经营利润率16.8%(预期:\n17.3%),主因预期信贷损失等,合计10 亿元。"
    assert [f for f in extract_facts(text) if f.unit == "CNY"] == []


def test_a_cagr_named_after_its_rate_and_a_proportion() -> None:
    # will expand at a 17 percent compound annual growth rate (the cue right after the rate; global: the market's)
    text = ("Omdia forecasts that global datacentre capital expenditure will expand at a 17 percent compound annual "
            "growth rate through 2030.")
    assert [(f.metric, f.value, f.region, f.of) for f in extract_facts(text)] == [("cagr", 17.0, "GLOBAL", "capex")]
    # the overall proportion of domestic servers (a proportion is a share; domestic servers are the domestic part)
    text = ("China Mobile's centralized procurement of PC servers covers 204,696 servers. After the additional servers "
            "purchased this time, the overall proportion of domestic servers will reach 41.65%.")
    got = [(f.metric, f.item, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("share", "domestic", "tender_quantity")]


def test_a_market_share_with_a_plus_and_the_gpus_it_is_of() -> None:
    # an estimated 90%+ market share with its AI GPU hardware: a market share ("+" between), of the AI-chip market
    text = "NVIDIA has been leading the AI market with an estimated 90%+ market share with its AI GPU hardware."
    assert [(f.metric, f.value, f.entity, f.of) for f in extract_facts(text)] == [
        ("market_share", 90.0, "Nvidia", "ai_compute_market_size")]
    assert [(f.metric, f.value, f.of) for f in extract_facts("Nvidia在資料中心AI GPU仍占有九成的市占率。")] == [
        ("market_share", 90.0, "ai_compute_market_size")]


def test_a_year_a_relative_clause_is_of() -> None:
    # That's 62% more than 2024, when it spent $52.5 billion: the year of the when-clause, and "spent" read as the
    # company's capex (the pattern, not the tender report's bare word); a university spending on a supercomputer in a
    # tender stays a procurement
    text = ("Alphabet raised its projected capital expenditures to $85 billion in 2025. That’s 62% more than 2024, when "
            "it spent $52.5 billion.")
    assert [(f.metric, f.value, f.period) for f in extract_facts(text) if f.unit == "USD"] == [
        ("capex", 85e9, "2025"), ("capex", 52.5e9, "2024")]
    assert [f.metric for f in extract_facts("The university spent $93,000 on an NVIDIA AI supercomputer in a tender.")] \
        == ["tender_amount"]


def test_a_market_share_in_a_product_named_right_before_it() -> None:
    # 鴻海在AI伺服器的市占率約4成 after a revenue in the sentence: the AI-server market, not the revenue
    text = "纬创的AI服务器营收将翻倍，鴻海在AI伺服器的市占率約4成。"
    assert [(f.metric, f.value, f.entity, f.of) for f in extract_facts(text)] == [
        ("market_share", 40.0, "Foxconn", "ai_server_market_size")]


def test_exaflop_superchips_and_ringgit() -> None:
    # a capacity of 1 exaflop / one exaflop (a prefix word joined to a singular "flop" is a rate; 10EFLOP stays no
    # reading), 24,000 NVIDIA GH200 Grace Hopper superchips (four names before the noun), RM 2 billion (Malaysia's
    # ringgit)
    for s, want in (("a capacity of 1 exaflop", [(1e18, "FLOPS")]), ("designed to surpass one exaflop as", [(1e18, "FLOPS")]),
                    ("nearly 24,000 NVIDIA GH200 Grace Hopper superchips", [(24000.0, "units")]),
                    ("an allocation of RM 2 billion", [(2e9, "MYR")]), ("期內智算新增10EFLOP", [])):
        assert [(m.value, m.unit) for m in find_mentions(s)] == want, s


def test_a_page_about_a_company_runs_on_its_calendar() -> None:
    # Micron (lexicons/calendars.toml: its year ends in August; on the alias table since the thirty-second session, beside
    # the calendar-year memory makers a page compares it with): its fourth quarter ending August 29, 2024 is FY2024Q4, the
    # full fiscal year's figures FY2024 (For the full fiscal year, revenue …; $8.12 billion for the full fiscal year)
    text = ("Micron Technology has announced results for its fourth quarter and the full fiscal year 2024.\n"
            "For the fourth quarter ending August 29, 2024, Micron reported revenue of $7.75 billion, marking a 93 percent "
            "year-over-year increase. For the full fiscal year, revenue reached $25.11 billion. Micron invested $3.08 "
            "billion in capital expenditures during the fourth quarter and $8.12 billion for the full fiscal year.")
    assert [(f.metric, f.value, f.period, f.entity) for f in extract_facts(text)] == [
        ("revenue", 7.75e9, "FY2024Q4", "Micron"), ("yoy_growth", 93.0, "FY2024Q4", "Micron"),
        ("revenue", 25.11e9, "FY2024", "Micron"), ("capex", 3.08e9, "FY2024Q4", "Micron"), ("capex", 8.12e9, "FY2024", "Micron")]


def test_a_growth_noun_with_of_before_its_rate() -> None:
    # a surge of 80% compared to the corresponding quarter of the prior fiscal year: the growth noun with "of" is a
    # verb of change right before the rate
    text = "Dell's AI server revenue was $3.1 billion, a surge of 80% compared to the corresponding quarter last year."
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("revenue", 3.1e9), ("yoy_growth", 80.0)]


def test_a_chinese_years_metric_in_a_quarterly_report() -> None:
    # 三星年营收增长10.87%,达到333.6万亿韩元 after a fourth-quarter report: the year (年 right before the metric noun);
    # 上半年营收 is a half's
    text = "三星公布2025年第四季度业绩。第四季度营收93.8万亿韩元。\n\n三星年营收增长10.87%,达到333.6万亿韩元。"
    assert [(f.metric, f.period) for f in extract_facts(text, published=date(2026, 1, 30))] == [
        ("revenue", "2025Q4"), ("yoy_growth", "2025"), ("revenue", "2025")]
    assert {f.period for f in extract_facts("公司上半年营收增长10%,达到33亿元。", published=date(2026, 1, 30))} == {"2026H1"}


def test_servers_described_by_their_accelerators_are_ai_servers() -> None:
    # 台 counts machines: the servers a relative clause or a line name describes by the GPU they carry are AI servers
    # (IDC's "servers with an embedded GPU"), and the contract's amount after them is theirs; the chips a server carries
    # stay chips where they are counted themselves (一台搭載8顆H200的伺服器)
    text = ("公司与供应商签订《算力服务器采购合同》,拟采购128台内嵌英伟达GPU芯片的高性能运算服务器及配套软硬件,"
            "合同金额为人民币43,520万元。")
    assert [(f.metric, f.value, f.item) for f in extract_facts(text, published=date(2024, 8, 28))] == [
        ("tender_quantity", 128.0, "ai_server"), ("tender_amount", 4.352e8, "ai_server")]
    text = "2023年9月,莲花科创以单价210万元的价格购买330台英伟达H800 GPU系列服务器。"
    assert ("tender_quantity", 330.0, "ai_server") in [
        (f.metric, f.value, f.item) for f in extract_facts(text, published=date(2024, 1, 5), kind="tender")]
    text = "清华大学今年6月發布招標，要求採購一台搭載8顆H200的伺服器。"
    assert (8.0, "H200") in [(f.value, f.item) for f in extract_facts(text, kind="tender")]


def test_a_count_takes_the_noun_after_its_de_modifier() -> None:
    # 98.25万台各种型号的服务器: what is counted follows the count's modifier, not the servers named before it
    text = "中国移动近三年相关智算服务器招标共涉及超98.25万台各种型号的服务器。"
    assert [(f.metric, f.item) for f in extract_facts(text, published=date(2024, 5, 1))] == [("tender_quantity", "server")]


def test_a_price_of_one_and_a_product_price() -> None:
    # 单颗 + an amount: the price of one (H200单颗约2.7万美元); a product's 价格; a share's quoted price is none
    assert [(f.metric, f.value) for f in extract_facts("英伟达对中国客户H200单颗约2.7万美元报价。")] == [("unit_price", 27000.0)]
    assert [(f.metric, f.item) for f in extract_facts("华强北黑市的H200期货价格已被炒到16至20万美元。")] == [
        ("unit_price", "H200")]
    assert extract_facts("中国电信当前价格8.03元。") == []


def test_a_fleet_a_company_buys_is_its_cards() -> None:
    # a company ordering chips by the hundred thousand in a purchase report: cards it holds (accelerator_count); an
    # operator's purchase stays a procurement (tender_quantity)
    # (分别 with one figure: each company's, so one fact for each)
    text = "2024年腾讯和字节跳动分别订购了约23万颗英伟达的AI芯片,采购金额巨大。"
    assert sorted((f.metric, f.entity) for f in extract_facts(text, kind="tender")) == [
        ("accelerator_count", "ByteDance"), ("accelerator_count", "Tencent")]
    text = "中國移動將購買約1800顆昇騰910B晶片。"
    assert [f.metric for f in extract_facts(text, kind="tender")] == ["tender_quantity"]


def test_a_dateline_dates_the_page_not_the_figure_after_it() -> None:
    # ` date 2025-02-24 Alibaba's capex …`: the excerpt's dateline is the page's date (published), never the period
    # of the sentence it opens; a date in the sentence still dates a tender (P11)
    text = " date 2025-02-24 Chinese e-commerce giant Alibaba's capex tripled year-on-year to $10 billion.\n\nMore text."
    assert [(f.metric, f.period) for f in extract_facts(text)] == [("capex", None)]
    assert [(p.period, p.kind) for p in find_periods(text, None)] == [("2025-02", "dateline")]


def test_a_year_ending_in_a_month_and_a_total_over_years_counted_back() -> None:
    # in the year ending March 2022: the fiscal year ending then (FY2022; December is the calendar year); a total
    # over the past ten fiscal years has no period of its own, and the peak after it keeps the one right after it
    assert [(p.period, p.kind) for p in find_periods("in the year ending March 2022", None)] == [("FY2022", "fiscal")]
    assert [(p.period, p.kind) for p in find_periods("in the year ended December 2023", None)] == [("2023", "year")]
    assert [p.period for p in find_periods("the second quarter of the 2025 fiscal year ending in December 2024",
                                           None)] != ["FY2024"]
    text = ("Alibaba said its capex totalled CNY326.1 billion over the past ten fiscal years, peaking at CNY65.9 billion "
            "in the year ending March 2022.")
    assert [(f.metric, f.value, f.period) for f in extract_facts(text)] == [
        ("capex", 326.1e9, None), ("capex", 65.9e9, "FY2022")]


def test_spending_in_any_currency_and_a_governments_spending() -> None:
    # a company spending an amount in RMB or USD (not only $) is its capex; a government's spending is compute
    # investment (public money for compute); a rate followed by "YoY decline" falls
    text = "Tencent spent RMB 12.98 billion (USD 1.8 billion) during the quarter, a 24% YoY decline."
    assert [(f.metric, f.value) for f in extract_facts(text)][:1] == [("capex", 12.98e9)]
    assert ("yoy_growth", -24.0) in [(f.metric, f.value) for f in extract_facts(text)]
    text = "Microsoft, Alphabet, Amazon, and Meta are expected to spend more than USD 300 billion next year."
    assert [f.metric for f in extract_facts(text, published=date(2025, 12, 1))] == ["capex"]
    text = "Singapore's government is ready to spend up to S$500 million on high-performance compute resources."
    assert [f.metric for f in extract_facts(text)] == ["compute_investment"]


def test_a_partitive_count_with_adjectives() -> None:
    # N of <a possessor> <up to three plain adjectives> <count noun>: a count of chips
    for s, n in (("approval to purchase 18,000 of Nvidia’s latest AI chips", 18000.0),
                 ("deliver more than 260,000 of its most advanced AI accelerator chips", 260000.0)):
        assert [(m.value, m.unit) for m in find_mentions(s)] == [(n, "units")], s
    assert find_mentions("200 of the companies said so") == []


def test_a_rate_grown_to_a_record_level_and_a_chinese_average_yearly_growth() -> None:
    # 營收年增66%到創紀錄的512億美元: the level the rate grew to, past 創紀錄的; 年均營收增速 … 35%: a CAGR of revenue;
    # 人工智慧（AI）加速器營收: a chip maker's AI accelerators are its data-center line; a share of GDP is no fact
    text = "輝達公布財報，資料中心營收年增66%到創紀錄的512億美元。"
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("yoy_growth", 66.0), ("datacenter_revenue", 5.12e10)]
    text = "AMD表示，公司年均營收增速未來三至五年將達約35%。"
    assert [(f.metric, f.of) for f in extract_facts(text)] == [("cagr", "revenue")]
    text = "台積電預估2024年至2029年人工智慧（AI）加速器營收複合成長率將達54%至56%。"
    assert [(f.metric, f.of) for f in extract_facts(text)] == [("cagr", "datacenter_revenue")]
    assert extract_facts("美國四大科技巨擘的這項投資佔美國 GDP 2.1%。") == []


def test_a_growth_noun_with_its_metric_and_the_sum_a_part_is_of() -> None:
    # 錄得39%的收入增長: a rate, then its metric and a growth noun; 約70%至80%的資本支出將投入: a part of the sum named
    # right after it (but a bare 收入 there is the whole named before: 中国贡献全球24%的收入)
    text = "微軟表示，Azure部門在去年10月至12月期間錄得39%的收入增長。"
    assert [(f.metric, f.value, f.of, f.period) for f in extract_facts(text, published=date(2026, 1, 29))] == [
        ("yoy_growth", 39.0, "revenue", "FY2026Q2")]
    text = "台積電今年資本支出預算將介於520億至560億美元之間，約70％至80％的資本支出將投入先進製程技術。"
    assert [(f.metric, f.of) for f in extract_facts(text) if f.unit == "%"] == [("share", "capex")]


def test_the_three_months_of_a_quarter() -> None:
    # 去年10月至12月, 2024年4月至6月: the quarter those months make, through the fiscal calendar where one is given;
    # months that make no quarter, half or year have no period of the contract (LABELLING.md P7), and no month of their own
    assert [(p.period, p.kind) for p in find_periods("去年10月至12月期間", date(2026, 1, 29), fiscal_end_month=6)] == [
        ("FY2026Q2", "fiscal")]
    assert [(p.period, p.kind) for p in find_periods("2024年4月至6月", None)] == [("2024Q2", "quarter")]
    assert [(p.period, p.kind) for p in find_periods("2024年4月至5月", None)][:1] == [(None, "partial")]


def test_capex_intensity_is_a_share_of_revenue() -> None:
    text = "全球前 11 大云服务商的资本支出密集度已攀升至总收入 26% 以上。"
    assert [(f.metric, f.of) for f in extract_facts(text)] == [("share", "revenue")]


def test_a_space_after_the_decimal_point_and_a_bracket_with_its_own_period() -> None:
    # 17. 27億元 / 90. 05%: a decimal point with a space copied after it, before a scale or % (LABELLING.md D7)
    assert [(m.value, m.unit) for m in find_mentions("报告期内,公司营收17. 27亿元,同比增长90. 05%")] == [
        (1.727e9, "CNY"), (90.05, "%")]
    assert find_mentions("in 2024. 27 companies") == []
    # (and the point ends no sentence: the growth after it is the revenue's)
    assert [(f.metric, f.of) for f in extract_facts("報告期內,公司營收17. 27億元,同比增長1332.52%。")] == [
        ("revenue", None), ("yoy_growth", "revenue")]
    # 资本开支584亿元(全年规划1,512亿元): the bracket's period is its own amount's, the half's stays the first's
    text = "中国移动2025年上半年业绩:\n- 资本开支584亿元(全年规划1,512亿元),累计开通5G基站259万个。"
    got = [(f.value, f.period) for f in extract_facts(text) if f.metric == "capex"]
    assert got == [(5.84e10, "2025H1"), (1.512e11, "2025")]


def test_a_companys_budget_for_chips_and_the_seller_glossed_in_a_bracket() -> None:
    # 用於英偉達（Nvidia，NVDA）採購晶片的預算: a company's budget for chips is compute investment, and the maker glossed in
    # a bracket, the seller, is not whose budget it is; 晶片支出 is the chip-purchase spending of the buyer
    text = ("字節跳動計劃2026年用於英偉達（Nvidia，NVDA）採購晶片的預算約為1,000億元。"
            "字節跳動2026年的晶片支出將從2025年約850億元增加。")
    got = [(f.metric, f.value, f.entity) for f in extract_facts(text, published=date(2025, 12, 31), kind="capex")]
    assert got[:2] == [("compute_investment", 1e11, "ByteDance"), ("compute_investment", 8.5e10, "ByteDance")]
    # (in a report of tenders the budget stays the procurement's)
    assert extract_facts(text, published=date(2025, 12, 31), kind="tender")[0].metric == "tender_amount"


def test_sales_of_an_accelerator_line_are_data_center_revenue() -> None:
    # Instinct MI300X GPU surpassed $1 billion in sales: the accelerator line the clause is about is a product line
    # inside the data-center segment (metric table); a graphics-card maker's revenue stays its revenue
    text = "AMD revealed that their Instinct MI300X GPU surpassed $1 billion in sales during the second quarter."
    assert [(f.metric, f.item) for f in extract_facts(text)] == [("datacenter_revenue", None)]
    assert [f.metric for f in extract_facts("顯卡大廠技嘉第二季營收1022億元。")] == ["revenue"]


def test_a_month_that_ends_a_period_is_not_a_period_of_its_own() -> None:
    # For the second quarter ended July 2025, … Quarterly revenues reached $2.89 billion: the quarter's, not July's
    text = ("Celestica reported results for the second quarter of 2025.\nFor the second quarter ended July 2025, Celestica "
            "reported earnings of $1.39 per share. Quarterly revenues reached $2.89 billion.")
    assert [(f.metric, f.period) for f in extract_facts(text)] == [("revenue", "2025Q2")]
    assert [(p.period, p.kind) for p in find_periods("the second quarter ended July 2025", None)][-1] == \
        ("2025-07", "period_end")


def test_a_dateless_bare_quarter_takes_the_year_the_page_names_it_with_later() -> None:
    # a page with no date and no year before "the second quarter": the same quarter named in full further on (second
    # quarter of fiscal year 2025, Q2 FY25) gives its year
    # (a real page, corpus/holdout62: Tech Monitor on Dell's fiscal Q2 2025, which states no date)
    text = (REPO / "corpus" / "holdout62" / "en_dell_fy2025q2_2024.txt").read_text(encoding="utf-8")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.value in (11.65e9, 24.1e9)]
    assert got == [("revenue", 11.65e9, "FY2025Q2"), ("revenue", 24.1e9, "FY2025Q2")]
    assert find_periods("revenue in the second quarter rose.", None) == []


def test_label_lines_under_a_colon_line_are_a_list() -> None:
    # Micron's revenue breakdown for fiscal 2024 …: ¶ Compute and Networking: $9.51 billion, up 67 percent: lines that
    # open with a label and a colon are the list the colon line introduces, in its period
    text = ("Micron Technology has announced results for its fourth quarter and the full fiscal year 2024.\n"
            "For the fourth quarter ending August 29, 2024, Micron reported revenue of $7.75 billion.\n"
            "Micron’s revenue breakdown for fiscal 2024 highlights strong performance across its business segments:\n"
            "Compute and Networking: $9.51 billion, up 67 percent\nStorage: $4.59 billion, up 80 percent")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got[1:] == [("revenue", 9.51e9, "FY2024"), ("yoy_growth", 67.0, "FY2024"), ("revenue", 4.59e9, "FY2024"),
                       ("yoy_growth", 80.0, "FY2024")]


def test_a_growth_noun_with_in_names_what_grew() -> None:
    # … sales of its Epyc processors saw a double-digit growth, resulting in a 115% year-over-year increase in data
    # center revenue: the metric after "increase in", not the sales named earlier; "an increase in the second quarter"
    # names a period, not a metric
    text = ("Sales of AMD's Epyc processors saw a double-digit growth, resulting in a 115% year-over-year increase in data "
            "center revenue.")
    assert [(f.metric, f.of) for f in extract_facts(text)] == [("yoy_growth", "datacenter_revenue")]


def test_end_hyphen_year_is_the_year() -> None:
    # Plans to reach 2.5GW contracted power and 800MW–1GW connected power by end-2026: that year, not the release's quarter
    assert [(p.period, p.kind) for p in find_periods("connected power by end-2026", None)] == [("2026", "year")]
    text = ("Nebius reports third quarter 2025 results.\n"
            "- Plans to reach 2.5GW contracted power and 800MW–1GW connected power by end-2026")
    assert {f.period for f in extract_facts(text) if f.metric == "datacenter_power"} == {"2026"}


def test_ai_servers_with_the_acronym_glossed() -> None:
    text = "The server market will grow, with artificial intelligence (AI) servers projected to account for 16.5 percent."
    assert [(f.metric, f.item) for f in extract_facts(text)] == [("share", "ai_server")]


def test_taiwan_quarter_comparisons_and_valuations_are_no_facts() -> None:
    # 季比 is the Taiwan press's quarter-on-quarter; a company's valuation (估值) is outside the vocabulary
    assert extract_facts("輝達第三季營收季比成長率達到創新高的22%。") == []
    assert extract_facts("英偉達的估值也比今年初提升了40%。") == []


def test_an_amount_sizing_a_compute_programme() -> None:
    # 「Project Rainier」的110億美元超大規模AI重型運算基建計畫: the amount a compute programme is sized at
    text = "亞馬遜去年宣布「Project Rainier」的110億美元超大規模AI重型運算基建計畫。"
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("compute_investment", 1.1e10)]


def test_more_than_between_the_scale_and_the_currency() -> None:
    # 30.59亿余元, 3亿多元: "more than" written between the scale and 元 (as 100多亿元 before the scale)
    for s, v in (("共计约30.59亿余元", 3.059e9), ("合同金额3亿多元", 3e8)):
        assert [(m.value, m.unit, m.qualifier) for m in find_mentions(s)] == [(v, "CNY", ">")], s
    assert [(m.value, m.unit) for m in find_mentions("用户5亿余人")] == [(5e8, None)]


def test_a_fraction_written_with_a_slash() -> None:
    # 占全国1/6, 约占1/3的份额, accounting for 1/4 of the total: a common fraction after a share verb or before its
    # whole; not a date (3/12), a list of lots or a ratio of amounts (1.9万/5万架)
    for s, v in (("并网资源占全国1/6,在成渝", 16.67), ("约占1/3的份额", 33.33), ("accounting for 1/4 of the total", 25.0)):
        assert [(m.value, m.unit) for m in find_mentions(s)] == [(v, "%")], s
    assert find_mentions("日期3/12") == [] and find_mentions("占1/2,3/4") == []
    assert [(m.value, m.unit) for m in find_mentions("2025/2026年分别为1.9万/5万架")] == [(19000.0, "units")]


def test_a_growth_rate_named_then_the_level_it_reaches() -> None:
    # AWS is projected to post a higher YoY growth rate for shipments, reaching above 200%: the rate named first
    text = "Among the CSPs, AWS is projected to post a higher YoY growth rate for shipments, reaching above 200%."
    assert [(f.metric, f.value, f.of, f.qualifier) for f in extract_facts(text)] == [("yoy_growth", 200.0, "shipments", ">")]


def test_a_price_is_keyed_by_the_maker_of_what_is_priced() -> None:
    # the price of a maker's product is the maker's, whoever buys it: 華為的…裝置，價格 (in a report of an operator's award),
    # 浪潮NF5688M7型号服务器的售价
    text = "「中國移動」廣東公司以1.55億元人民幣得標，設備採購清單顯示，華為的溫冷資料備份存放裝置，價格就高達人民幣4459.8萬元。"
    assert [(f.metric, f.entity) for f in extract_facts(text) if f.value == 4.4598e7] == [("unit_price", "Huawei")]
    text = "搭载英伟达H20的GPU模组的浪潮NF5688M7型号服务器的售价约为172万元。"
    assert [(f.metric, f.entity, f.item) for f in extract_facts(text)] == [("unit_price", "Inspur", "ai_server")]


def test_the_precision_a_capacity_is_stated_in() -> None:
    # 6.22 exaflops in half precision (FP16): a machine's AI compute; 793.4 petaflops on the LINPACK test: its
    # supercomputing; FP64 alone decides nothing (中国通用算力规模(FP64) is general compute)
    text = "The ABCI 3.0 supercomputer will deliver 6.22 exaflops in half precision."
    assert [f.metric for f in extract_facts(text)] == ["intelligent_compute_capacity"]
    text = "The initial benchmarked performance recorded 793.4 petaflops on the LINPACK test."
    assert [f.metric for f in extract_facts(text)] == ["supercomputing_capacity"]
    assert [f.metric for f in extract_facts("2024年中国通用算力规模(FP64)为71.5EFLOPS。")] == ["general_compute_capacity"]


def test_chips_bought_worth_an_amount() -> None:
    # 订购了价值超过10亿美元的GPU: a buyer's money for compute; 5000亿美元的GPU销售额 is the chips' sales
    assert [(f.metric, f.value) for f in extract_facts("字节跳动今年向英伟达订购了价值超过10亿美元的GPU。")] == [
        ("compute_investment", 1e9)]
    assert [f.metric for f in extract_facts("英伟达预计合计带来5000亿美元的GPU销售额。")] != ["compute_investment"]


def test_a_fleet_counted_with_ge_before_a_maker_and_a_model() -> None:
    # 10,000个Nvidia GPU (an English maker's name with a space before the noun), 10万个A800处理器: a fleet of accelerators
    assert [(f.metric, f.value) for f in extract_facts("字节跳动已经储备了至少10,000个Nvidia GPU。")] == [
        ("accelerator_count", 10000.0)]
    assert [(f.metric, f.item) for f in extract_facts("字节跳动今年购买约10万个A800处理器。")] == [("accelerator_count", "A800")]
    assert extract_facts("该服务器配置2个英特尔处理器。") == []


def test_data_center_expenditure_and_property_and_equipment_are_capex() -> None:
    text = "Morgan Stanley estimates global data center expenditure will reach approximately $2.9 trillion by 2028."
    assert [(f.metric, f.period) for f in extract_facts(text)] == [("capex", "2028")]
    text = "Analysts expect Microsoft to allocate $63.2 billion toward property and equipment in fiscal 2025."
    assert [f.metric for f in extract_facts(text)] == ["capex"]


def test_the_ends_of_a_move_of_servers_shipped() -> None:
    # Shipments of AI servers are projected to rise from about 500,000 in 2019 to approximately 4.5 million by 2029; Web
    # service servers have stabilized from 2.5 million in 2019 to 1.5 million by 2023: bare counts of servers shipped
    text = ("Shipments of AI servers are projected to rise sharply from about 500,000 in 2019 to approximately 4.5 million "
            "by 2029.")
    assert [(f.metric, f.value, f.period) for f in extract_facts(text)][-1] == ("shipments", 4.5e6, "2029")
    text = "Web service servers have stabilized from 2.5 million in 2019 to 1.5 million by 2023."
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("shipments", 2.5e6), ("shipments", 1.5e6)]


def test_an_annual_rate_of_between_two_rates_of_data_center_capacity() -> None:
    # an annual rate of between 19 and 22 percent: the range's "between" does not count in the cue's reach; demand for data
    # center capacity is counted in power
    text = "Global demand for data center capacity could rise at an annual rate of between 19 and 22 percent from 2023 to 2030."
    assert [(f.metric, f.value, f.of, f.period) for f in extract_facts(text)] == [
        ("cagr", 20.5, "datacenter_power", "2023-2030")]


def test_a_bracketed_quarter_on_quarter_rate_is_its_own_and_the_list_goes_on_past_it() -> None:
    # Smartphones accounted for 34% (QoQ +16%), HPC 51% (QoQ +11%): the QoQ cue is the bracket's rate's, and the list of
    # shares goes on past each bracket; IoT and automotive are lines outside compute
    text = ("TSMC Q3 2024 results. Revenue by platform: Smartphones accounted for 34% (QoQ +16%), HPC 51% (QoQ +11%), IoT 7% "
            "(QoQ +35%). Revenue from 3nm process accounted for 20% (QoQ +5 percentage points), 5nm for 32% "
            "(QoQ -3 percentage points), and 7nm for 17%.")
    assert [(f.metric, f.value) for f in extract_facts(text)] == [
        ("share", 51.0), ("share", 20.0), ("share", 32.0), ("share", 17.0)]


def test_a_pipe_table_of_results() -> None:
    # a markdown table: the period heads date the amounts, Change between the same quarter of two years is year on year;
    # the prose's rounded restatement ($7.4 billion) is dropped beside the table's $7.44 billion
    text = ("AMD reported its results for the first quarter of 2025.\nMetric | Q1 2024 | Q1 2025 | Change | vs. Expectations |\n---|---|---|---|---|\n"
            "Revenue | $5.47 billion | $7.44 billion | +36% | Beat |\n"
            "Gross margin (adjusted) | 52% | 54% | +2 pp | n/a |\n"
            "Overall revenue jumped 36% year over year to $7.4 billion.")
    assert [(f.metric, f.value, f.period, f.of) for f in extract_facts(text)] == [
        ("revenue", 5.47e9, "2024Q1", None), ("revenue", 7.44e9, "2025Q1", None),
        ("yoy_growth", 36.0, "2025Q1", "revenue")]


def test_a_consensus_beside_a_rounded_guide_is_no_restatement() -> None:
    # approximately $43 billion, in line with Wall Street estimates of $42.7 billion: another statement of the figure, kept
    text = ("Nvidia reported fourth-quarter revenue of $39.3 billion. Nvidia anticipates first quarter revenue to reach "
            "approximately $43 billion, in line with Wall Street estimates of $42.7 billion.")
    assert [f.value for f in extract_facts(text)] == [3.93e10, 4.3e10, 4.27e10]


def test_fiscal_year_words_of_a_fiscal_company() -> None:
    # this fiscal year after a writer's Q2 2025 of Oracle: its fiscal year; "the fourth fiscal 2024 quarter"; "Q4 revenue for
    # fiscal year 2025"
    text = "Oracle's Q2 2025 results were strong, with cloud revenue expected to reach $25 billion this fiscal year."
    assert [f.period for f in extract_facts(text)] == ["FY2025"]
    assert [p.period for p in find_periods("generated in the fourth fiscal 2024 quarter ending March 31", None,
                                           fiscal_end_month=3)] == ["FY2024Q4"]
    assert [(p.period, p.end) for p in find_periods("Q4 revenue for fiscal year 2025 was $1.8 billion", None,
                                                    fiscal_end_month=1)] == [("FY2025Q4", 31)]


def test_a_business_unit_the_page_names_by_its_short_name() -> None:
    # Solutions & Services Group (SSG) … ISG reported …, while SSG brought in $1.8 billion: the company's units, not
    # companies off the table
    text = ("Lenovo has three business units, Solutions & Services Group (SSG) and Infrastructure Solutions Group (ISG – "
            "servers and storage). ISG reported $2.5 billion in net income, while SSG brought in $1.8 billion in "
            "revenue in the fourth fiscal 2024 quarter.")
    assert [(f.metric, f.entity) for f in extract_facts(text)] == [("revenue", "Lenovo")]


def test_a_base_in_a_bare_year_of_a_quarter_compared() -> None:
    # ad revenue increased by 22% to $38.3 billion (Q2 2024) compared to $31.4 billion in 2023: the second quarter of 2023
    text = ("Meta announced its second quarter 2024 results. The company reported that its revenue increased by 22% to "
            "$38.3 billion compared to $31.4 billion in 2023.")
    assert [(f.value, f.period) for f in extract_facts(text) if f.metric == "revenue"] == [
        (3.83e10, "2024Q2"), (3.14e10, "2023Q2")]


def test_a_share_moved_to_a_level_of_the_domestic_part_of_the_gpu_market() -> None:
    # 国产GPU市场份额提升至12%,较2020年的3%: the level the share moved to (not a growth), of the domestic part; GPU markets
    # are the AI compute market of FACTS.md
    text = "中国市场:中研普华数据显示,2023年国产GPU市场份额提升至12%,较2020年的3%实现显著突破。"
    assert [(f.metric, f.value, f.item, f.of, f.period) for f in extract_facts(text)] == [
        ("share", 12.0, "domestic", "ai_compute_market_size", "2023"),
        ("share", 3.0, "domestic", "ai_compute_market_size", "2020")]


def test_a_chip_glued_to_a_line_outside_compute() -> None:
    # 车载GPU芯片需求同比增长35%: the vehicles' chips, outside compute; PC服务器 are servers still
    assert extract_facts("2024年全球车载GPU芯片需求同比增长35%。") == []
    text = "中国移动21万PC服务器集采:华为鲲鹏占16.21%,海光占10.68%!"
    assert [f.value for f in extract_facts(text) if f.unit == "%"] == [16.21, 10.68]


def test_chips_a_maker_delivered_to_a_country_are_its_shipments() -> None:
    # 美国英伟达向中国客户交付了100万颗H20处理器: the maker's country and where the chips went scope no market
    text = "去年,美国英伟达向中国客户交付了100万颗H20处理器。"
    assert [(f.metric, f.entity, f.item) for f in extract_facts(text)] == [("shipments", "Nvidia", "H20")]


def test_the_parts_of_a_makers_shipments_are_its_own() -> None:
    # 预计2025年出货量达250万片,其中V5系列占比约76%,V6系列占比约24%: parts of Google's shipments
    text = "谷歌TPU发展迅速,预计2025年出货量达250万片,其中V5系列占比约76%,V6系列占比约24%。"
    assert [(f.metric, f.value, f.entity) for f in extract_facts(text)] == [
        ("shipments", 2.5e6, "Alphabet"), ("share", 76.0, "Alphabet"), ("share", 24.0, "Alphabet")]


def test_a_quarter_ended_on_a_day_with_no_year() -> None:
    # 截至10月31日的第3季 in a page of 2025-11-26 about Dell: the quarter ended 2025-10-31, Dell's FY2026Q3; 截至1月25日的
    # 第四财季 in a page of 2026-02-26 about Nvidia: FY2026Q4
    text = "至于截至10月31日的第3季，戴尔营收年增11%至270.1亿美元"
    assert [p.period for p in find_periods(text, date(2025, 11, 26), fiscal_end_month=1)] == ["FY2026Q3"]
    assert [p.period for p in find_periods("截至1月25日的第四财季", date(2026, 2, 26), fiscal_end_month=1)] == ["FY2026Q4"]
    assert [p.period for p in find_periods("截至1月25日的第四财季", None, fiscal_end_month=1)] == [None]


def test_the_money_worth_of_servers_a_maker_shipped() -> None:
    # 该季出货金额82亿美元, AI服务器出货目标由150亿美元上调到200亿美元: revenue; 出货预估数 is a count
    text = "戴尔第2季的AI服务器出货金额为82亿美元。戴尔将AI服务器出货目标由150亿美元上调到200亿美元。"
    assert [(f.metric, f.item, f.value) for f in extract_facts(text)] == [
        ("revenue", "ai_server", 8.2e9), ("revenue", "ai_server", 1.5e10), ("revenue", "ai_server", 2e10)]


IDC_TRACKER = ("IDC全球服务器季度追踪报告\n根据IDC的《全球服务器季度追踪报告》,2024年第四季度全球服务器市场收入达到773亿美元,同比增长91%。"
               "\nx86服务器收入增长59.9%至548亿美元,占比70.9%,仍是市场主流。\nNVIDIA持续垄断市场。\n"
               "北美市场:美国以56%的全球份额稳居第一,季度营收增长118.4%;加拿大虽以128%增速领跑,但市场份额仅1.1%。\n"
               "中国市场:同比增长93.3%,贡献全球24%营收。\n"
               "其他区域:日本(+66.9%)、亚太(不含中日,+43.8%)、拉丁美洲(+7%)呈现差异化增长。")


def test_a_trackers_share_right_after_a_markets_amount_is_the_markets() -> None:
    # x86服务器收入……至548亿美元,占比70.9%: the x86 part of the server market, not the most-named company's revenue
    facts = {f.value: f for f in extract_facts(IDC_TRACKER)}
    assert (facts[70.9].metric, facts[70.9].entity, facts[70.9].of) == ("share", None, "server_market_size")


def test_a_places_share_of_the_market() -> None:
    # 美国以56%的全球份额; 加拿大……但市场份额仅1.1%; 中国市场:……贡献全球24%营收: each place's part of the market discussed
    facts = {f.value: f for f in extract_facts(IDC_TRACKER)}
    assert [(facts[v].metric, facts[v].region, facts[v].of) for v in (56.0, 1.1, 24.0)] == [
        ("share", "US", "server_market_size"), ("share", "CA", "server_market_size"),
        ("share", "CN", "server_market_size")]


def test_signed_rates_in_brackets_after_places() -> None:
    # 日本(+66.9%)、亚太(不含中日,+43.8%)……呈现差异化增长: each place's growth (a place with no code keyed by none)
    facts = {f.value: f for f in extract_facts(IDC_TRACKER)}
    assert [(facts[v].metric, facts[v].region, facts[v].of) for v in (66.9, 43.8, 7.0)] == [
        ("yoy_growth", "JP", "server_market_size"), ("yoy_growth", None, "server_market_size"),
        ("yoy_growth", None, "server_market_size")]


def test_parts_in_brackets_that_follow_a_share() -> None:
    # Servers represented 41% of data center capex last year. This was followed by "other" data center technology (31%),
    # storage systems (10%) and Ethernet switching (7%): the next parts of the market's capex, each the item it names
    text = ("Dell'Oro: data center capex grew 4% in 2023\n\nThe worldwide data center capex grew 4% in 2023. "
            "Servers represented 41% of data center capex last year. This was followed by “other” data center technology "
            "(31%), storage systems (10%) and Ethernet switching (7%).")
    assert [(f.value, f.metric, f.of, f.item, f.region) for f in extract_facts(text) if f.metric == "share"] == [
        (41.0, "share", "capex", "server", "GLOBAL"), (31.0, "share", "capex", None, "GLOBAL"),
        (10.0, "share", "capex", None, "GLOBAL"), (7.0, "share", "capex", "switch", "GLOBAL")]


def test_a_deal_for_compute_is_an_investment_in_compute() -> None:
    # inked a 10-year, $3.7 billion deal backed by Google (for AI data centre capacity): compute bought; a deal in a
    # paragraph that speaks of no compute is not
    text = ("Bitcoin miner TeraWulf is moving into AI data centers. It inked a 10-year, $3.7 billion deal backed by "
            "Alphabet's Google with Fluidstack.")
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("compute_investment", 3.7e9)]
    assert extract_facts("The retailer closed a $3.7 billion deal for a chain of grocery stores in Ohio.") == []


def test_a_falling_word_before_a_list_of_rates_stands_for_each() -> None:
    # 分别下降7.8%、10.6%、10.4%; 二者分别同比下滑61.96%、88.35%: each rate of the list fell
    text = "中国移动、中国电信、中国联通2025年资本开支指引分别下降7.8%、10.6%、10.4%。"
    assert [(f.entity, f.value) for f in extract_facts(text)] == [
        ("China Mobile", -7.8), ("China Telecom", -10.6), ("China Unicom", -10.4)]
    assert [f.value for f in extract_facts("寒武纪营收和出货量二者分别同比下滑61.96%、88.35%。")] == [-61.96, -88.35]


def test_a_rising_verb_nearer_the_rate_than_a_falling_word_keeps_it_positive() -> None:
    # a headline of two clauses joined by a space: 網絡承壓下滑 (the network fell) then 需求暴增一倍 (demand doubled)
    facts = extract_facts("中興通訊：運營商網絡承壓下滑 政企業務受惠智算需求暴增一倍。")
    assert [(f.metric, f.value) for f in facts] == [("yoy_growth", 100.0)]
    # the falling word still signs a rate it stands next to, after a rising noun (营收增速下滑5%)
    assert [f.value for f in extract_facts("中興通訊2025年營收同比下滑5%。")] == [-5.0]


def test_counts_after_a_sentence_that_names_shipments() -> None:
    # the global shipments of data center AI chips are steadily increasing. The latest projections indicate a rise from
    # 30.5 million units in 2024 to an estimated 53.4 million units by 2030: shipments
    text = ("A report from DIGITIMES Asia revealed that the global shipments of data center AI chips are steadily "
            "increasing. The latest projections indicate a rise from 30.5 million units in 2024 to an estimated 53.4 "
            "million units by 2030.")
    assert [(f.metric, f.value, f.period) for f in extract_facts(text)] == [
        ("shipments", 3.05e7, "2024"), ("shipments", 5.34e7, "2030")]


def test_a_share_of_the_market_is_of_the_market_discussed() -> None:
    # Cloud and Shared Deployments represented over 86% of the market: of the market the page sizes
    text = ("IDC: the AI infrastructure market reached $82 billion in the second quarter. Cloud and Shared Deployments "
            "represented over 86% of the market.")
    assert [(f.metric, f.of) for f in extract_facts(text) if f.unit == "%"] == [("share", "ai_server_market_size")]


def test_shipments_in_a_report_on_the_server_market_are_of_servers() -> None:
    # a report on the server market: 出货量 in a sentence naming no product, company or line are servers shipped; 其他地区
    # (the places a list leaves over) are no one place
    text = ("全球服务器市场追踪报告\n2025年第三季度全球服务器市场规模达到1120亿美元。ODM直接出货量在第三季度总计182.7万台,同比下降4%。"
            "区域:美国市场第三季度出货量同比增长18%,日本下降1.1%,其他地区下降4%。")
    facts = [(f.metric, f.value, f.item, f.region) for f in extract_facts(text) if "shipments" in (f.metric, f.of)]
    assert facts == [("shipments", 1.827e6, "server", "GLOBAL"), ("yoy_growth", -4.0, "server", "GLOBAL"),
                     ("yoy_growth", 18.0, "server", "US"), ("yoy_growth", -1.1, "server", "JP"),
                     ("yoy_growth", -4.0, "server", None)]


def test_units_bought_in_a_paragraph_counting_chips() -> None:
    # CoreWeave acquired 40,000 of these GPUs, closely followed by Baidu and Alibaba with 30,000 and 25,000 units
    # purchased, respectively: the same chips (the H100 counted before), each buyer's
    text = ("Omdia: Meta and Microsoft accounted for 300,000 NVIDIA H100 GPUs purchased together.\n"
            "Cloud expert CoreWeave acquired 40,000 of these GPUs, closely followed by Chinese companies Baidu and Alibaba "
            "with 30,000 and 25,000 units purchased, respectively. ByteDance bought 20,000 units.")
    assert [(f.metric, f.value, f.entity, f.item) for f in extract_facts(text)][-3:] == [
        ("accelerator_count", 30000.0, "Baidu", "H100"), ("accelerator_count", 25000.0, "Alibaba", "H100"),
        ("accelerator_count", 20000.0, "ByteDance", "H100")]


def test_a_telcos_ai_data_centre_revenue() -> None:
    # SK Telecom's third-quarter AIDC revenue was 149.8 billion won, up 53.8%: its AI data-centre line (an operator of
    # the alias table keeps such a line as its revenue)
    text = "SK Telecom's third-quarter AIDC revenue was 149.8 billion won, up 53.8% from a year earlier."
    assert [(f.metric, f.of) for f in extract_facts(text)] == [("datacenter_revenue", None),
                                                              ("yoy_growth", "datacenter_revenue")]


def test_the_next_place_of_a_ranking_follows_with_its_share() -> None:
    # the United States leads …, accounting for nearly half of total spending. The People's Republic of China (PRC) follows
    # with 23%: the next place's share; China follows with 37.6 percent growth: the place's own growth before it, not an
    # item's within that place
    text = ("IDC: AI infrastructure spending\n\nGeographically, the United States leads the AI infrastructure market, "
            "accounting for nearly half of total spending in the first half of 2024. The People's Republic of China (PRC) "
            "follows with 23%.")
    assert [(f.metric, f.region, f.value) for f in extract_facts(text)] == [("share", "US", 50.0), ("share", "CN", 23.0)]
    text = ("IDC: the server market grew in the third quarter.\n\nGlobally, the USA dominates with 79.1 percent growth, driven "
            "by Accelerated Servers with a 105.5 percent increase. China follows with 37.6 percent growth.")
    facts = [(f.region, f.value, f.of) for f in extract_facts(text) if f.region == "CN"]
    assert facts == [("CN", 37.6, next(f.of for f in extract_facts(text) if f.value == 79.1))]


def test_money_put_to_accelerators_is_compute_investment() -> None:
    # 其中38亿美元用于国产加速器: money spent on accelerators
    text = "据测算，阿里2025年有38亿美元用于国产加速器。"
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("compute_investment", 3.8e9)]


def test_this_quarter_after_last_quarter_is_the_next() -> None:
    # 美超微公布,上季营收锐减15%……本季营收财测介于100亿美元至110亿美元 (2025-11-06, fiscal year ending June): last quarter is
    # FY2026Q1, this quarter FY2026Q2 (a quarter named by its number stays that quarter: 截至9月30日止第三季度……本季度)
    text = "美超微公布，上季营收锐减15%。\n即便美超微给出本季营收财测介于100亿美元至110亿美元，但市场认为不够惊艳。"
    assert [p.period for p in find_periods(text, date(2025, 11, 6), fiscal_end_month=6)] == ["FY2026Q1", "FY2026Q2"]
    text = "截至2025年9月30日止第三季度，公司营收增长。本季度总收入1000亿元。"
    assert [p.period for p in find_periods(text, date(2025, 11, 6))] == ["2025Q3", "2025Q3"]


def test_an_amount_takes_the_by_period_right_after_it() -> None:
    # active power increased from ~420MW in Q1 to ~590MW by Q3: each end in its own period
    text = "CoreWeave reported Q1 2025 results: active power increased from ~420MW in Q1 to ~590MW by Q3."
    assert [(f.value, f.period) for f in extract_facts(text)] == [(4.2e8, "2025Q1"), (5.9e8, "2025Q3")]


def test_a_trackers_share_of_an_item_markets_total_after_a_growth() -> None:
    # 搭载GPU的服务器收入同比增长192.6%,全年占服务器总收入超50%: the GPU servers' part of the server market, not the most-named
    # company's revenue
    text = ("IDC全球服务器季度追踪报告\n根据IDC的报告,2024年第四季度全球服务器市场收入达到773亿美元。\nGPU服务器成增长引擎\n"
            "2024年第四季度搭载GPU的服务器收入同比增长192.6%,全年占服务器总收入超50%。\nNVIDIA持续垄断市场。")
    shares = [(f.entity, f.item, f.of) for f in extract_facts(text) if f.metric == "share"]
    assert shares == [(None, "ai_server", "server_market_size")]


def test_a_chip_makers_ai_revenue_is_its_data_center_revenue() -> None:
    # Broadcom … Q3 AI revenue at approximately $3.1 billion: a chip maker's (aliases.toml sells = "chips"); a server maker's
    # AI revenue stays revenue
    text = "Broadcom reported fiscal Q3 2024 results, with Q3 AI revenue at approximately $3.1 billion."
    assert [f.metric for f in extract_facts(text)] == ["datacenter_revenue"]
    text = "Dell reported fiscal Q3 2024 results, with Q3 AI revenue at approximately $3.1 billion."
    assert [f.metric for f in extract_facts(text)] == ["revenue"]


def test_a_capacity_beside_the_accelerators_it_comes_from_and_a_cards_own() -> None:
    # The data center houses 23,000 AI processors, providing a computing power of 3,579 petaflops: AI compute; H800单卡约0.2P
    # is one card's computing power, a specification
    text = "The current setup of the data center houses 23,000 AI processors, providing a computing power of 3,579 petaflops."
    assert [f.metric for f in extract_facts(text) if f.unit == "FLOPS"] == ["intelligent_compute_capacity"]
    assert [f.unit for f in extract_facts("中贝通信的算力租赁业务中,H800单卡约0.2P。")] == []


def test_a_share_whose_clause_opens_with_zhan() -> None:
    # 英业达在AI服务器的布局已开花结果，占整体服务器营收比重已达4成: the AI servers' part of the maker's server revenue
    text = "英业达董事长表示，英业达在AI服务器的布局已开花结果，占整体服务器营收比重已达4成。"
    assert [(f.metric, f.item, f.entity, f.of) for f in extract_facts(text)] == [
        ("share", "ai_server", "Inventec", "revenue")]


def test_vs_ends_no_sentence_and_the_markets_forecast_is_another_statement() -> None:
    # $9.3 billion vs. $8.87 billion expected: one sentence, the expected figure kept as a forecast beside the result;
    # above the market forecast of 95.3 trillion won: the market's figure, kept beside the company's
    text = "Micron reported fiscal Q3 2025 results. Micron revenue was $9.3 billion vs. $8.87 billion expected."
    assert [(f.value, f.basis) for f in extract_facts(text)] == [(9.3e9, "actual"), (8.87e9, "forecast")]
    text = "SK hynix posted second-quarter revenue of 96 trillion won, above the market forecast of 95.3 trillion won."
    assert sorted(f.value for f in extract_facts(text)) == [9.53e13, 9.6e13]


def test_the_company_a_title_names_is_the_pages_subject() -> None:
    # 海光信息2025年三季报点评, whose body names 中科曙光 (Sugon) three times: the company's figures are Hygon's
    text = ("TITLE: 海光信息 2025年三季报点评\n\n2025年前三季度,公司实现营业收入94.90亿元。公司通过换股实现与中科曙光的合并。"
            "中科曙光发布了曙光AI超集群系统。根据中科曙光微信公众号,该系统算力达百P级。")
    assert [(f.metric, f.entity) for f in extract_facts(text)] == [("revenue", "Hygon")]


def test_a_title_opening_with_a_company_off_the_list_makes_its_page() -> None:
    # 沐曦股份科创板IPO摘要:收入结构、GPU市场规模: the company's page (E1: entity null), so its product line's share of revenue
    # is of revenue, not of the GPU market the title also names; forced to a market report, the page is read as one
    text = "TITLE: 沐曦股份科创板IPO摘要:收入结构、GPU市场规模\n\n- 2024年训推一体产品收入占比达97.28%。"
    assert [(f.metric, f.entity, f.of) for f in extract_facts(text)] == [("share", None, "revenue")]
    assert [f.of for f in extract_facts(text, kind="market_report")] == ["ai_compute_market_size"]


def test_a_beijing_listing_code_and_a_bare_half_year() -> None:
    # 并行科技(839493) (Beijing Stock Exchange): a listed company off the entity list, whose page is its own (not 浪潮's, named
    # further down); 2025年半年度,公司实现营业收入: the first half (not a tracker published twice a year)
    text = ("TITLE: 并行科技经营总结\n\n并行科技(839493)经营总结。2025年半年度,公司实现营业收入45,767.28万元。"
            "浪潮信息是公司的供应商。")
    assert [(f.metric, f.period, f.entity) for f in extract_facts(text)] == [("revenue", "2025H1", None)]
    assert [p.period for p in find_periods("IDC中国2025年半年度追踪报告", None) if p.kind == "half"] == []


def test_makers_shipment_growth_respectively_and_a_chip_market_by_its_card() -> None:
    # Huawei and AWS are expected to achieve shipment growth rates of 118% and 114%, respectively: each maker's own
    text = ("DIGITIMES Research: high-end cloud AI accelerator shipments.\n\nIn contrast, Huawei and AWS are expected to achieve "
            "shipment growth rates of 118% and 114%, respectively, highlighting growth pressures on Nvidia.")
    assert [(f.entity, f.of, f.value) for f in extract_facts(text)] == [("Huawei", "shipments", 118.0),
                                                                     ("Amazon", "shipments", 114.0)]
    # 全球AI加速卡以收入计的市场规模: the market of the cards, the AI chip market
    text = "观研天下:AI加速卡市场\n\n数据显示,2024年全球AI加速卡以收入计的市场规模约为1190.28亿美元,同比增长144%。"
    assert [(f.metric, f.of) for f in extract_facts(text)] == [("ai_compute_market_size", None),
                                                            ("yoy_growth", "ai_compute_market_size")]


def test_an_items_share_of_the_whole_named_after_the_rate() -> None:
    # Accelerated servers accounted for an estimated 41 percent of the OEM server revenues: a part of the server market's
    # revenue, not of units shipped
    text = ("Dell'Oro: data centre capex\n\nDell led all OEMs in server revenue in 2Q 2024. Accelerated servers accounted "
            "for an estimated 41 percent of the OEM server revenues during the quarter.")
    assert [(f.item, f.of) for f in extract_facts(text) if f.metric == "share"] == [("ai_server", "server_market_size")]


def test_a_simplified_chinese_pages_home_is_china_whatever_it_names_most() -> None:
    # 国内H200订单 … 华为昇腾将拿下国内AI芯片市场50%份额 in a mainland page naming 英伟达 and 美国 more than China: 国内 is China
    text = ("英伟达H200条款与华为昇腾份额\n\n英伟达的条款引发震动:国内客户采购H200需全额预付。英伟达又将美国政府25%的出口费用转嫁给"
            "中下游,英伟达仍锁定营收。伯恩斯坦研报预测,2026年华为昇腾将拿下国内AI芯片市场50%份额。")
    shares = [(f.entity, f.region) for f in extract_facts(text) if f.metric == "market_share"]
    assert shares == [("Huawei", "CN")]


def test_its_sales_share_opens_a_clause_after_the_item() -> None:
    # AI服务器成为唯一增长亮点,其销售额占比从2023年的9%提升至2025年的28%: the AI servers' part of the server market's sales
    text = ("全球服务器市场分化\n\n2023-2025年全球服务器市场呈现明显分化态势。AI服务器成为唯一增长亮点,其销售额占比从2023年的9%"
            "提升至2025年的28%。")
    assert [(f.item, f.of, f.period) for f in extract_facts(text) if f.metric == "share"] == [
        ("ai_server", "server_market_size", "2023"), ("ai_server", "server_market_size", "2025")]


def test_chips_a_company_buys_are_its_cards() -> None:
    # the leading buyer of Hopper chips, purchasing a staggering 485,000 units; ByteDance and Tencent have each ordered
    # approximately 230,000 NVIDIA chips: each company's cards (LABELLING.md metric table), one fact per company of an
    # "each"; an operator's purchase stays a procurement
    text = ("Omdia: Hopper buyers\n\nMicrosoft has established itself as the leading buyer of Hopper chips, purchasing a "
            "staggering 485,000 units this year alone. ByteDance and Tencent have each ordered approximately 230,000 NVIDIA "
            "chips, surpassing Meta.")
    assert [(f.metric, f.entity, f.value) for f in extract_facts(text)] == [
        ("accelerator_count", "Microsoft", 485000.0), ("accelerator_count", "ByteDance", 230000.0),
        ("accelerator_count", "Tencent", 230000.0)]


def test_a_list_introduced_by_a_sentence_naming_a_market() -> None:
    # The AI accelerator market has exploded … Market estimates show rapid growth: ¶ Year 2023: $53–54 billion: each line
    # is the market's size in its year, though the heading joined to the sentence holds a colon of its own
    text = ("Google TPUs: A Fast-Emerging Alternative to Nvidia GPUs\nThe AI accelerator market has exploded, fueled by "
            "generative AI. Market estimates show rapid growth:\nYear 2023: $53–54 billion\nYear 2024: $71–80 billion\n")
    assert [(f.metric, f.period, f.value) for f in extract_facts(text)] == [
        ("ai_compute_market_size", "2023", 5.35e10), ("ai_compute_market_size", "2024", 7.55e10)]


def test_a_bare_dollar_on_a_page_about_a_company_listed_outside_the_us() -> None:
    # Nextdc Ltd (ASX: NXT) … capital expenditure for FY26 is between $2.2 billion and $2.4 billion: Australian dollars;
    # US$ stays USD, and a page with a US listing keeps its $ as USD
    text = ("NEXTDC guidance\n\nThe Nextdc Ltd (ASX: NXT) share price is up 7%. The guidance is now that capital expenditure "
            "for FY26 is between $2.2 billion and $2.4 billion. Capital expenditure for FY25 was US$1.3 billion.")
    assert [f.unit for f in extract_facts(text) if f.metric == "capex"] == ["AUD", "USD"]
    assert [f.unit for f in extract_facts(text.replace("ASX", "NASDAQ")) if f.metric == "capex"] == ["USD", "USD"]


def test_graphics_processing_units_and_specialized_chips_are_accelerators() -> None:
    # It will be equipped with 60,000 graphics processing units (GPUs); capable of accommodating up to 100,000
    # specialized AI chips: a site's cards
    text = ("SK Telecom AI data centre\n\nIt will be equipped with 60,000 graphics processing units (GPUs). The data center "
            "will be capable of accommodating up to 100,000 specialized AI chips.")
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("accelerator_count", 60000.0),
                                                                 ("accelerator_count", 100000.0)]


def test_a_results_table_of_bare_numbers_in_the_labels_unit() -> None:
    # |营业总收入(百万元)|511,850|…| under |2022A|2023A|2024E|: revenue in millions of yuan by year (2024E a forecast), and
    # the growth row under it that revenue's growth
    text = ("工业富联研报\n\n财务指标 |指标|2022A|2023A|2024E| |----|----|----|----| |营业总收入(百万元)|511,850|476,340|609,135| "
            "|增长率YoY %|16.4%|-6.9%|27.9%| |归属母公司净利润(百万元)|20,073|21,040|23,216|")
    got = sorted((f.metric, f.period, f.value, f.basis, str(f.of)) for f in extract_facts(text))
    assert got == [("revenue", "2022", 5.1185e11, "actual", "None"), ("revenue", "2023", 4.7634e11, "actual", "None"),
                   ("revenue", "2024", 6.09135e11, "forecast", "None"), ("yoy_growth", "2022", 16.4, "actual", "revenue"),
                   ("yoy_growth", "2023", -6.9, "actual", "revenue"), ("yoy_growth", "2024", 27.9, "forecast", "revenue")]


def test_a_results_table_of_quarters_named_by_month_in_crores() -> None:
    # | Net Sales (₹Cr) | 43.80 | 36.11 | under | Sep'25 | Jun'25 |: an Indian company's quarters of its year to March
    # (FY2026Q2, FY2026Q1), in crores of rupees; a QoQ row is no fact
    text = ("E2E Networks results\n\n| Metric | Sep'25 | Jun'25 |\n|---|---|---|\n| Net Sales (₹Cr) | 43.80 | 36.11 |\n"
            "| QoQ Growth | +21.30% | +7.86% |\n")
    assert [(f.metric, f.period, f.value, f.unit) for f in extract_facts(text)] == [
        ("revenue", "FY2026Q2", 4.38e8, "INR"), ("revenue", "FY2026Q1", 3.611e8, "INR")]


def test_an_agreement_for_compute_and_one_to_supply_something_else() -> None:
    # OpenAI has locked in a $300 billion agreement with Oracle … will secure computing power: a compute deal; a $6 billion
    # agreement with Corning to supply fiber optic cables for its data centers is none
    text = ("OpenAI locks in Oracle agreement\n\nOpenAI has locked in a record-breaking $300 billion agreement with Oracle. "
            "The five-year deal will secure computing power from Oracle's data centers.")
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("compute_investment", 3e11)]
    text = ("Meta spending\n\nMeta has been spending on AI infrastructure and data centers to support its AI products. On "
            "Tuesday it announced a $6 billion agreement with Corning Incorporated to supply fiber optic cables for its data "
            "centers.")
    assert [f.metric for f in extract_facts(text)] == []


def test_the_metric_after_a_respectively_list_and_a_segment_name_among_companies() -> None:
    # AWS, Microsoft and Google Cloud, poured $24 billion, $21 billion and $17 billion, respectively, into capital
    # expenditures: each company's capex ("Google Cloud" names a company of the list here, not its cloud revenue)
    text = ("Cloud spending\n\nThe three largest cloud providers, AWS, Microsoft and Google Cloud, poured $24 billion, $21 "
            "billion and $17 billion, respectively, into capital expenditures, primarily to boost data center capacity.")
    assert [(f.metric, f.entity, f.value) for f in extract_facts(text)] == [
        ("capex", "Amazon", 2.4e10), ("capex", "Microsoft", 2.1e10), ("capex", "Alphabet", 1.7e10)]
    # Google Cloud on its own is the segment: its revenue
    assert [f.metric for f in extract_facts("Alphabet results\n\nGoogle Cloud revenue topped $20 billion for the quarter.")] \
        == ["revenue"]


def test_an_item_representing_a_part_of_the_whole_named_after_it() -> None:
    # with AI servers representing 83% of the revenue: the AI servers' part of the server market's revenue; Servers
    # represented 41% of data center capex: a part of capex (not of the server market)
    text = ("Bank of America: server market\n\nBank of America projects the global server market will hit $1.5 trillion "
            "by 2030, with AI servers representing 83% of the revenue.")
    assert [(f.item, f.of) for f in extract_facts(text) if f.metric == "share"] == [("ai_server", "server_market_size")]
    text = "Dell'Oro: data center capex\n\nServers represented 41% of data center capex last year."
    assert [(f.item, f.of) for f in extract_facts(text) if f.metric == "share"] == [("server", "capex")]


def test_a_list_of_market_shares_and_the_leading_vendors_combined() -> None:
    # 国内TOP10厂商合计市占率达72.8%,呈现明显的头部效应: ¶ - 华为:28.6%: the top ten's combined share (no one company's),
    # then each listed company's share of the same market; 市场集中度CR5达68%: the top five's, no company's
    text = ("中国GPU服务器厂商\n\n2023年中国AI服务器市场规模达到500亿元,市场集中度CR5达68%。\n"
            "根据最新行业调研,国内TOP10厂商合计市占率达72.8%,呈现明显的头部效应:\n- 华为:28.6%\n- 浪潮信息:20.1%\n")
    got = [(f.entity, f.value, f.of) for f in extract_facts(text) if f.metric == "market_share"]
    assert got == [(None, 68.0, "ai_server_market_size"), (None, 72.8, "ai_server_market_size"),
                   ("Huawei", 28.6, "ai_server_market_size"), ("Inspur", 20.1, "ai_server_market_size")]


def test_compute_leasing_capacity_is_ai_compute() -> None:
    # 2024年末,公司算力租赁总规模为13000P: a compute-leasing company's capacity is GPU (intelligent) compute
    assert [f.metric for f in extract_facts("利通电子\n\n2024年末,公司算力租赁总规模为13000P。")] == ["intelligent_compute_capacity"]


def test_the_next_companys_share_of_the_market_just_named() -> None:
    # 2026年华为昇腾将拿下国内AI芯片市场50%份额,稳居行业第一;英伟达占比则从39%暴跌至8%: Nvidia's part of the same market
    text = ("华为昇腾份额\n\n伯恩斯坦研报预测,2026年华为昇腾将拿下国内AI芯片市场50%份额,稳居行业第一;英伟达占比则从39%暴跌至8%。")
    got = [(f.metric, f.entity, f.value, f.of) for f in extract_facts(text)]
    assert got == [("market_share", "Huawei", 50.0, "ai_compute_market_size"),
                   ("market_share", "Nvidia", 39.0, "ai_compute_market_size"),
                   ("market_share", "Nvidia", 8.0, "ai_compute_market_size")]


def test_spending_on_data_center_systems_is_outside_the_vocabulary() -> None:
    # Gartner forecasts that overall spending on data center systems will grow by 24%: servers, storage and networking
    # together, no market of the vocabulary (not the server market the page named before)
    text = ("Dell'Oro: data center capex\n\nThe server market grew 40% in 2Q 2024. Gartner forecasts that overall spending "
            "on data center systems will grow by 24% in 2024.")
    assert [f.value for f in extract_facts(text) if f.metric == "yoy_growth"] == [40.0]


def test_each_companys_level_after_the_growth_of_their_metric() -> None:
    # 海外云厂商……资本开支加速,微软、谷歌、亚马逊等2025年投入均同比增长50%以上,微软达1160亿美元、亚马逊1250亿美元: each
    # company's capex, the metric whose growth the sentence has just stated
    text = ("云厂商算力建设\n\n海外云厂商从2023Q3启动资本开支加速,微软、谷歌、亚马逊等2025年资本开支均同比增长50%以上,"
            "微软达1160亿美元、亚马逊1250亿美元。")
    got = [(f.metric, f.entity, f.value) for f in extract_facts(text) if f.unit == "USD"]
    assert got == [("capex", "Microsoft", 1.16e11), ("capex", "Amazon", 1.25e11)]


def test_jun_after_a_list_of_companies_gives_each_the_figure() -> None:
    # 字节2025年资本开支预计1800亿元,阿里、腾讯均超1000亿元: each of Alibaba and Tencent (均 = all of them); 年均 is a yearly average
    text = "云厂商资本开支\n\n国内厂商激进扩张,字节2025年资本开支预计1800亿元,阿里、腾讯均超1000亿元。"
    got = [(f.entity, f.value) for f in extract_facts(text) if f.metric == "capex"]
    assert got == [("ByteDance", 1.8e11), ("Alibaba", 1e11), ("Tencent", 1e11)]


def test_a_bare_company_on_a_page_about_it_is_that_company() -> None:
    # 中科曙光2025年半年报点评: 公司拟与海光信息吸收合并……预计公司2025-2027年营收为145.51/…亿元: a broker's 公司 is the company
    # it covers (Sugon), not the one named last (Hygon)
    text = ("TITLE: 中科曙光2025年半年报点评:营收58.50亿元\n\n公司拟与海光信息吸收合并,目标打造国产算力全产业链龙头。"
            "我们看好公司的长期价值,预计公司2025-2027年营收为145.51/161.32/178.86亿元。")
    assert {f.entity for f in extract_facts(text)} == {"Sugon"}


def test_meta_in_capitals_is_meta() -> None:
    # META 2024Q1 财报点评: the ticker, as Chinese broker notes write the company
    text = "TITLE: META 2024Q1 财报点评\n\n2024Q1,收入为365亿美元,同比增长27%。"
    assert [(f.metric, f.entity) for f in extract_facts(text)] == [("revenue", "Meta"), ("yoy_growth", "Meta")]


def test_a_named_quarters_growth_is_no_growth_on_the_quarter_before() -> None:
    # 資料中心銷售第一季成長427%: the first quarter's growth (第一季 + 成長), not 季成長 (on the quarter before); the share word
    # before the line names it (營收占比最大的), the rate is its growth; 比第四季減少20% stays a comparison with Q4
    text = ("TITLE: 輝達財報\n\n date 2024-05-23 輝達第一季營收260億美元。輝達營收占比最大的資料中心銷售第一季成長427%至226億美元。"
            "鴻海第一季營收只比第四季減少20%。")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text) if f.entity == "Nvidia"]
    assert ("yoy_growth", 427.0, "datacenter_revenue") in got and ("datacenter_revenue", 2.26e10, None) in got
    assert not [f for f in extract_facts(text) if f.value in (20.0, -20.0)]


def test_balance_sheet_stocks_are_outside_the_vocabulary() -> None:
    # cash and investments, total debt, 总资产: stocks of a balance sheet, no capex or revenue
    text = ("Micron reported fourth-quarter fiscal 2025 revenue of $11.32 billion. Cash Flow and Balance Sheet - Micron ended "
            "the quarter with cash and investments of $19.95 billion, while total debt decreased to $14.017 billion.\n"
            "公司2025年第三季度收入近20亿元。公司总资产在三季度达181.94亿元,较年初增长接近150%。")
    assert sorted(f.value for f in extract_facts(text)) == [2e9, 1.132e10]


def test_counts_in_tokens_and_training_flop_need_no_model_name() -> None:
    # a tender for compute to train an unnamed LLM: its tokens, and the FLOP of the run the sentence before calls training
    text = ("The university is issuing this tender for the procurement of GPU computing power for training a Large Language "
            "Model (LLM) with at least 100 billion parameters and at least 12 trillion tokens. The binding minimum "
            "requirement for GPU computing power is 3.133 × 10²⁵ FLOPs.")
    got = {(f.metric, f.value, f.unit, f.qualifier) for f in extract_facts(text)}
    assert {("training_tokens", 1.2e13, "tokens", ">="), ("training_compute", 3.133e25, "FLOP", None)} <= got


def test_the_next_comparison_base_of_a_list_is_one_too() -> None:
    # up from $3.85 billion in Q3 FY2024 and $2.18 billion in the same quarter last year: the second base is of the
    # quarter a year before the compared one (FY2023Q4), not of the first base's quarter
    text = ("Supermicro results.\n\n- Net sales for Q4 FY2024 were $5.31 billion, up from $3.85 billion in Q3 FY2024 and "
            "$2.18 billion in the same quarter last year.")
    got = [(f.value, f.period) for f in extract_facts(text)]
    assert got == [(5.31e9, "FY2024Q4"), (3.85e9, "FY2024Q3"), (2.18e9, "FY2023Q4")]


def test_an_amount_in_something_outside_the_vocabulary() -> None:
    # $17 billion in positive cash flow, 4.37 trillion won in operating profit: the noun after "in" says what the amount
    # is; $95,2-billion dollars in market value is a market's size, not a company's market value
    text = ("Internal forecasts reportedly project $70 billion in revenue and $17 billion in positive cash flow by 2028. "
            "The previous record stood at 12.43 trillion won in revenue in 2023 and 4.37 trillion won in operating profit in 2018.")
    assert sorted(f.value for f in extract_facts(text)) == [7e10, 1.243e13]
    text = "IDC: the server market reached a record $95,2-billion dollars in market value during the first quarter of 2025."
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("server_market_size", 9.52e10)]


def test_a_data_center_buildout_is_an_investment() -> None:
    text = " date 2025-11-13 Anthropic has announced a $50 billion data center buildout across the United States."
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("compute_investment", 5e10)]


def test_power_and_chips_held_now_on_a_dated_page_take_its_month() -> None:
    # from the current 120–130 megawatts; now houses over 100,000 GPUs: stocks at the page's month (LABELLING.md P8)
    text = (" date 2026-02-06 Nxtra is targeting a capacity of around 1 gigawatt over the next three to four years, a sharp "
            "increase from the current 120–130 megawatts.\n\nxAI's Colossus now houses over 100,000 GPUs.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert ("datacenter_power", 1.25e8, "2026-02") in got and ("accelerator_count", 1e5, "2026-02") in got


def test_a_capacity_in_service_and_a_growth_after_a_market_share_clause() -> None:
    # 已建成14000P在服算力: the capacity's state between the number and 算力; 市占率第二,2024年存货达406亿元(inventory, out of
    # the vocabulary),2025年……资本开支预计增长超50%: the growth of the capex this clause names, not a market share
    text = ("算力租赁\n\n- 中贝通信:已建成14000P在服算力,毛利率超30%。\n"
            "- 浪潮信息:全球服务器市占率第二,2024年存货达406亿元,2025年北美及国内云厂商资本开支预计增长超50%,直接拉动其服务器出货量。")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text)]
    assert ("total_compute_capacity", 1.4e19, None) in got and ("yoy_growth", 50.0, "capex") in got
    assert not [f for f in extract_facts(text) if f.value == 4.06e10]


def test_an_english_title_opening_with_a_company_off_the_list() -> None:
    # Cisco fiscal Q2 2025 revenue …: Cisco's page (off the alias table), so "the company" is no listed company, not the
    # Intel of an analyst firm's name (Andover Intel) further on
    text = ("TITLE: Cisco fiscal Q2 2025 revenue and forecasts\n\n date 2025-02-13 For the current quarter, the company "
            "forecast revenue of $14 billion. Still, enterprises are testing AI, said Tom Nolle, principal analyst at "
            "consulting firm Andover Intel.")
    assert [(f.metric, f.entity) for f in extract_facts(text)] == [("revenue", None)]


def test_a_guidance_range_opened_by_from_is_no_comparison_base() -> None:
    text = ("TITLE: Cisco fiscal Q2 2025 revenue\n\n date 2025-02-13 Cisco reported that revenue for the second quarter of "
            "the fiscal year rose 9% from a year ago to $14 billion. For the current quarter ending in April, the company "
            "forecast revenue from $13.9 billion to $14.1 billion.")
    got = [(f.value, f.low, f.high, f.period, f.basis) for f in extract_facts(text) if f.metric == "revenue"]
    assert got[-1] == (1.4e10, 1.39e10, 1.41e10, "FY2025Q3", "forecast")


def test_a_contract_for_compute_services_is_an_investment_in_compute() -> None:
    # 签订的36.9亿元算力服务协议, 两份37亿元左右算力租赁大单: deals for compute; a tender's 预算金额 before 算力大单 stays the tender's
    text = "算力租赁\n\n海南华铁子公司与杭州X公司签订的36.9亿元算力服务协议终止。协创数据此前公告两份37亿元左右算力租赁大单。"
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("compute_investment", 3.69e9), ("compute_investment", 3.7e9)]


def test_a_figure_of_several_companies_is_dated_on_the_calendar() -> None:
    # a page most about Microsoft reads 上季 through its fiscal year (FY2026Q1); the three companies' total is of the
    # calendar's last quarter (2025Q3), and Microsoft's own figure stays in its fiscal quarter
    text = ("TITLE: 微軟、Google、Meta上修資本支出\n\n date 2025-10-31 微軟表示將持續投資,微軟高層預測明年資本開支接近1,400億美元。"
            "Alphabet、Meta和微軟上季資本支出總計達到780億美元。微軟上季資本支出349億美元。")
    got = {f.value: f.period for f in extract_facts(text) if f.period and "Q" in f.period}
    assert got == {7.8e10: "2025Q3", 3.49e10: "FY2026Q1"}


def test_a_figure_above_the_one_stated_before_is_that_earlier_statement() -> None:
    # 公告今年的資本支出將達910億至930億美元,高於先前的850億美元: the earlier guidance, kept beside the new one
    text = " date 2025-10-31 Alphabet公告今年的資本支出將達910億至930億美元，高於先前的850億美元，是今年第二度調高。"
    assert [(f.value, f.basis) for f in extract_facts(text)] == [(9.2e10, "forecast"), (8.5e10, "forecast")]


def test_a_bare_quarter_not_yet_over_after_this_year_is_the_last_such_quarter() -> None:
    # a page of 2025-08 (the 2024 Q4 report): 今年Capex将达千亿级别。……Q4资本支出大增至370亿元: this year's Q4 has not
    # happened, so Q4 is 2024's; 超阿里同期的314亿元: Alibaba's same quarter, in its fiscal calendar (FY2025Q3)
    text = (" date 2025-08-22 腾讯本周公布 2024 年 Q4 财报。腾讯计划今年 Capex 将达千亿级别。腾讯投资自去年加速,"
            "Q4 资本支出大增至 370 亿元,超阿里同期的 314 亿元,主要用于大批购买 GPU。")
    got = [(f.entity, f.value, f.period) for f in extract_facts(text) if f.value in (3.7e10, 3.14e10)]
    assert got == [("Tencent", 3.7e10, "2024Q4"), ("Alibaba", 3.14e10, "FY2025Q3")]


def test_the_level_a_grown_metric_reached_right_after_its_growth() -> None:
    # 鴻海去年繳出營收年增18％、衝破8兆元大關: the revenue's growth, then the level it broke through
    text = " date 2026-02-12 鴻海去年繳出營收年增18％、衝破8兆元大關的成績後，董事長表示今年比去年好。"
    assert [(f.metric, f.value, f.period) for f in extract_facts(text)] == [
        ("yoy_growth", 18.0, "2025"), ("revenue", 8e12, "2025")]


def test_units_companies_own_after_a_count_of_chips() -> None:
    # … had approximately 2,000 Nvidia H100 GPUs, while Meta and Microsoft each owned around 150,000 units: the same chips
    text = ("By late 2023, South Korea had approximately 2,000 Nvidia H100 GPUs, while global giants like Meta and Microsoft "
            "each owned around 150,000 units.")
    got = [(f.metric, f.entity, f.value) for f in extract_facts(text) if f.value == 1.5e5]
    assert got == [("accelerator_count", "Meta", 1.5e5), ("accelerator_count", "Microsoft", 1.5e5)]


def test_the_quarter_is_not_the_one_a_comparison_looked_back_to() -> None:
    # … grew 39%, slightly below the segment's performance in the fiscal first quarter of 40%. Capital expenditures for
    # the quarter rose …: the quarter reported (FY2025Q2), not the first quarter a comparison named
    text = ("TITLE: Microsoft earnings (FY2025 Q2)\n\nMicrosoft posted second-quarter results for fiscal year 2025. Revenue "
            "from Azure and other cloud services grew 39%, slightly below the segment's performance in the fiscal first "
            "quarter of 40%.\n\nCapital expenditures for the quarter rose nearly 80% year-over-year to $22.6 billion.")
    assert {f.period for f in extract_facts(text) if f.value in (39.0, 80.0, 2.26e10)} == {"FY2025Q2"}


def test_a_countrys_chips_are_not_the_page_subjects() -> None:
    # a page about Nvidia: This surge elevates South Korea's AI compute capacity from 65,000 to over 300,000 GPUs
    text = ("TITLE: Nvidia AI chips head to South Korea\n\nNvidia Corporation sealed agreements in South Korea. This surge "
            "elevates South Korea’s AI compute capacity from 65,000 to over 300,000 GPUs.")
    got = [(f.value, f.region, f.entity) for f in extract_facts(text) if f.metric == "accelerator_count"]
    assert got == [(65000.0, "KR", None), (300000.0, "KR", None)]


def test_ais_part_of_server_revenue_is_the_ai_servers() -> None:
    # 廣達表示，AI 佔伺服器營收貢獻將超過八成: a bare AI as the part of a maker's server revenue
    text = " date 2025-11-14 廣達第三季營收創新高。廣達表示，AI 佔伺服器營收貢獻將超過八成。"
    assert [(f.metric, f.entity, f.item, f.of) for f in extract_facts(text)] == [("share", "Quanta", "ai_server", "revenue")]


def test_a_bare_yuan_on_a_page_naming_another_country_most_is_the_yuan_countrys() -> None:
    # 勤誠……追加投資金額為新台幣8億元，累計美國投資金額達20億元 (the US named most): the 元 is NT$, the one country with a 元 the
    # page's cues count; 較上月成長33.1% and 比7月成長3.4% are growth on the month before, not on a year
    text = ("TITLE: 勤誠去年營收突破200億元、追加美國德州投資\n\n伺服器機殼廠勤誠董事會決議追加美國德州子公司投資案，追加投資金額為"
            "新台幣8億元，累計美國投資金額達20億元。勤誠去年12月營收達27.1億元，較上月成長33.1%、年增68.4%。除美國外，"
            "勤誠也在美國設廠。川湖8月營收14.54億元，比7月成長3.4%。")
    got = [(f.metric, f.value, f.unit) for f in extract_facts(text) if f.metric in ("revenue", "yoy_growth")]
    assert ("revenue", 2.71e9, "TWD") in got and ("yoy_growth", 68.4, "%") in got
    assert not [g for g in got if g[1] in (33.1, 3.4)]


def test_a_year_cue_inside_a_moves_from_is_no_comparison_base() -> None:
    # 2026年設備資本支出將從去年的34億美元擴增至49億美元: a move (its end 2026's capex), not a comparison with last year
    text = " date 2026-03-11 法人評估，日月光投控2026年設備資本支出將從去年的34億美元擴增至49億美元。"
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert ("capex", 4.9e9, "2026") in got and ("capex", 3.4e9, "2025") in got


def test_a_list_of_rates_after_a_list_of_amounts_goes_company_by_company() -> None:
    # 緯創與廣達2025年營收分別達到706億與682億美元，成長率高達116.2%與55.6%: the amount pair takes its currency from the
    # second, and the k-th rate is the k-th company's, not the last amount's
    text = " date 2026-02-02 緯創與廣達2025年營收分別達到706億與682億美元，成長率高達116.2%與55.6%。"
    assert [(f.metric, f.value, f.entity) for f in extract_facts(text)] == [
        ("revenue", 7.06e10, "Wistron"), ("revenue", 6.82e10, "Quanta"),
        ("yoy_growth", 116.2, "Wistron"), ("yoy_growth", 55.6, "Quanta")]


def test_another_segment_after_data_center_revenue_is_revenue() -> None:
    # Data center revenue was $1.5 billion, up 38% YoY; enterprise networking was $237.2 million, up 57% YoY: the next
    # segment's revenue (and its growth), not more data-center revenue
    text = ("Marvell Technology reported Q3 FY 2026 revenue of $2.1 billion. Data center revenue was $1.5 billion, up 38% YoY; "
            "enterprise networking was $237.2 million, up 57% YoY. AMD expects AI chip sales of roughly $4 billion for 2024, "
            "an increase of $500 million from its prior estimate.")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text)]
    assert ("revenue", 2.372e8, None) in got and ("yoy_growth", 57.0, "revenue") in got
    assert not [g for g in got if g[1] == 5e8]


def test_a_calendar_year_companys_fiscal_year_is_the_calendar_year() -> None:
    # Arista (off the entity list, on lexicons/calendars.toml with December): its FY2026 is 2026, its Q1 2026Q1
    text = ("TITLE: Arista Networks Q1 2026 results\n\nArista Networks reported Q1 2026 results. Revenue grew 35.1% YoY to "
            "$2.709B, and management raised FY2026 revenue guidance to approximately $11.5B.")
    assert {f.period for f in extract_facts(text)} == {"2026Q1", "2026"}


def test_a_period_heading_dates_the_bullets_under_it() -> None:
    # Fourth Quarter 2025 ¶ - … ¶ Full Year 2026 ¶ - Expect net sales of $13,250 to $13,750 million: the outlook's year,
    # even where the unwrapping of lines ran the heading into the bullet before; organic growth is a restatement (O1)
    text = ("TITLE: Vertiv reports fourth quarter 2025 results\n\nFourth Quarter 2025\n- Net sales of $2,880 million\n"
            "Full Year 2025\n- Organic sales growth of 26% compared to prior year\nFull Year 2026\n"
            "- Expect net sales of $13,250 to $13,750 million, with organic sales growth of 27% to 29% compared to 2025")
    got = [(f.metric, f.value, f.period, f.basis) for f in extract_facts(text)]
    assert ("revenue", 1.35e10, "2026", "forecast") in got and not [g for g in got if g[0] == "yoy_growth"]


def test_a_lease_contracts_value_outside_a_tender_is_an_investment() -> None:
    # Hut 8 … leased capacity to Fluidstack for 15 years, the base contract valued at approximately USD 7 billion: a lease
    # of data-centre capacity, no tender; raised FY25 revenue guidance by $250M: a change, not a level
    text = ("Hut 8 has signed a long-term agreement to deliver 245MW of IT capacity for AI compute at its River Bend campus, "
            "with the base contract valued at approximately USD 7 billion over the life of the agreement. CoreWeave raised "
            "FY25 revenue guidance by $250M to $5.15–$5.35B.")
    got = [(f.metric, f.value) for f in extract_facts(text) if f.unit == "USD"]
    assert ("compute_investment", 7e9) in got and not [g for g in got if g[1] == 2.5e8]


def test_parts_of_a_total_named_by_company_in_a_bracket() -> None:
    # 共计1万亿左右资本开支(字节4500亿、阿里3600亿、腾讯2500亿): each company's part, in the total's currency and metric
    text = ("TITLE: 互联网厂商三年资本开支测算\n\n若2025年起未来3年头部互联网厂商每年资本开支维持高位,实现共计1万亿左右资本开支"
            "(字节4500亿、阿里3600亿、腾讯2500亿)。")
    got = [(f.entity, f.value, f.unit) for f in extract_facts(text) if f.entity]
    assert got == [("ByteDance", 4.5e11, "CNY"), ("Alibaba", 3.6e11, "CNY"), ("Tencent", 2.5e11, "CNY")]


def test_a_span_of_years_ending_in_part_of_a_year() -> None:
    # 2022年至2025年前三季度,公司分别实现营业收入…: 2022, 2023, 2024, then nine months (no period of the contract)
    text = "TITLE: 燧原科技招股书\n\n2022年至2025年前三季度,公司分别实现营业收入9010.38万元、3.01亿元、7.22亿元、5.4亿元。"
    assert [f.period for f in extract_facts(text)] == ["2022", "2023", "2024", None]


def test_an_idc_operators_power_orders_and_growth_to_a_power_level() -> None:
    # 批发容量增长16.1%至783兆瓦: the growth of the power it grew to; 第三季度获得三个新批发订单总计63兆瓦: an IDC's orders in
    # power; not Current capacity is expected to expand by 50% to 92 GW by 2027 (several years)
    text = ("TITLE: 世纪互联2025年第三季度业绩\n\n date 2025-11-20 **批发IDC业务** * 截至2025年9月30日,批发容量增长16.1%至783兆瓦。"
            "* 第三季度获得三个新批发订单总计63兆瓦。Current capacity is expected to expand by 50% to 92 GW by 2027.")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text)]
    assert ("yoy_growth", 16.1, "datacenter_power") in got and ("datacenter_power", 6.3e7, None) in got
    assert ("yoy_growth", 50.0, "datacenter_power") not in got


def test_the_next_count_of_the_same_chips_in_the_same_counter() -> None:
    # 2015年部署超过5千片,2017年部署规模超过1.2万片: the next count of the accelerators just counted; not 从5万片上调至6万片 of
    # CoWoS wafers after a count of chips in 颗
    text = ("百度自研芯片\n\n公司技术研发始于2011年的FPGA AI加速器项目,2015年部署超过5千片,2017年部署规模超过1.2万片。"
            "2025年B40芯片200万颗生产计划保持不变,2025年在台积电CoWoS-S封装用量预测从5万片上调至6万片。")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.metric == "accelerator_count"]
    assert ("accelerator_count", 12000.0, "2017") in got and not [g for g in got if g[1] in (5e4, 6e4)]


def test_a_title_naming_a_companys_hong_kong_listing_makes_its_page() -> None:
    # 壁仞科技港股上市: a company page (off the entity list), its 收入 the company's revenue, not a market's
    text = ("TITLE: 壁仞科技港股上市：市场份额与收入\n\n- 2024年,壁仞科技在中国智能计算芯片市场份额为0.16%。\n"
            "- 收入方面:2022年收入为49.9万元人民币,2023年为6203万元人民币。")
    got = [(f.metric, f.value, f.region) for f in extract_facts(text) if f.unit == "CNY"]
    assert got == [("revenue", 4.99e5, None), ("revenue", 6.203e7, None)]


def test_growth_said_against_the_same_period_a_year_before_and_a_growth_forecast_to_exceed() -> None:
    # Net sales of $2,880 million, 23% higher than fourth quarter 2024; full-year revenue growth forecasted to exceed 40%
    text = ("TITLE: Vertiv Q4\n\nFourth Quarter 2025\n- Net sales of $2,880 million, 23% higher than fourth quarter 2024\n\n"
            "Marvell reported Q3 FY 2026 revenue of $2.1 billion, with full-year revenue growth forecasted to exceed 40%.")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("yoy_growth", 23.0, "revenue"), ("yoy_growth", 40.0, "revenue")]


def test_a_product_lines_mix_share_on_a_company_page_is_of_its_revenue() -> None:
    # 雙鴻……水冷散熱占比從第二季的23%提升至第三季的35%: a product line's part of the company's sales (the whole unsaid)
    text = ("TITLE: 熱門股／水冷之王 雙鴻第三季營收\n\n date 2025-11-17 雙鴻（3324） 2025 年第三季營收達 59.6 億元。"
            "水冷散熱占比從第二季的 23%提升至第三季的 35%。")
    got = [(f.metric, f.value, f.of, f.period) for f in extract_facts(text) if f.metric == "share"]
    assert got == [("share", 23.0, "revenue", "2025Q2"), ("share", 35.0, "revenue", "2025Q3")]


def test_a_bare_company_on_an_unlisted_listing_page_is_that_company() -> None:
    # 天数智芯港股上市 (off the entity list): its 公司营收 is the page's company's, not the cornerstone investor the
    # sentence named before (中兴通讯)
    text = ("TITLE: 天数智芯港股上市：收入与出货\n\n公司上市与市场表现 - 发行引入18家基石投资者,包括中兴通讯(香港)等,合计认购"
            "15.83亿港元发售股份 [1] 财务与运营数据 - 公司营收从2022年的1.89亿元增长至2024年的5.40亿元 [2]")
    got = [(f.metric, f.value, f.entity) for f in extract_facts(text) if f.metric == "revenue"]
    assert got == [("revenue", 1.89e8, None), ("revenue", 5.4e8, None)]


def test_a_share_of_a_whole_whose_amount_is_named_with_it() -> None:
    # these two companies together contributed half of the company's nearly $114 million cloud revenue: a share of revenue
    text = "Lambda said these two companies together contributed half of the company's nearly $114 million cloud revenue in 2024."
    assert [(f.metric, f.value, f.of) for f in extract_facts(text) if f.unit == "%"] == [("share", 50.0, "revenue")]


def test_growth_to_a_power_level_after_a_qualifier() -> None:
    # Supply in primary data center markets increased by 34% to roughly 6,922 MW in 2024: the growth of the power it
    # reached, its qualifier ("roughly") no bar
    text = ("TITLE: North American Data Center Construction Hit New Heights in 2024\n\n"
            "Supply in primary data center markets increased by 34% to roughly 6,922 MW in 2024.")
    got = [(f.metric, f.value, f.of, f.period) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("yoy_growth", 34.0, "datacenter_power", "2024")]


def test_a_company_spent_an_amount_with_its_currency_after_it() -> None:
    # Naver spent 580.3 billion won (about $407.4 million) on facility investments last year: its capital spending in won
    text = ("TITLE: Naver and Kakao cut data-center spending\n\n date 2025-04-16 "
            "Naver spent 580.3 billion won (about $407.4 million) on facility investments last year.")
    got = [(f.metric, f.value, f.unit) for f in extract_facts(text)]
    assert got == [("capex", 5.803e11, "KRW")]


def test_southeast_asian_currencies_and_countries() -> None:
    # with investment valued at THB 54.9 billion; a VND 17.5T (~$665M) investment: the amount in its own currency, the
    # bracket (with its tilde) the writer's conversion; Thailand and Vietnam are regions
    text = ("TITLE: Thailand approves data-centre investments\n\n"
            "A local investor will establish a 200 MW hyperscale data centre in Thailand, with investment valued at THB 54.9 "
            "billion.\n\nThe An Khanh Data Center in Vietnam represents a VND 17.5T (~$665M) investment.")
    got = [(f.metric, f.value, f.unit, f.region) for f in extract_facts(text) if f.metric == "compute_investment"]
    assert got == [("compute_investment", 5.49e10, "THB", "TH"), ("compute_investment", 1.75e13, "VND", "VN")]


def test_a_data_centre_market_inside_a_country_keys_no_region() -> None:
    # Johor is a state (ISO 3166-2 MY-01): its market's power is keyed to it; Tokyo, a city, keys none (LABELLING.md E6),
    # not the world's
    text = ("TITLE: Johor data centres\n\nJohor's data centre market saw total capacity nearly double to 5.8 gigawatts "
            "(GW) as of the second quarter of 2025.\n\nMARKET OVERVIEW Tokyo surpassed 1GW of operational capacity in 2023.")
    got = [(f.value, f.region) for f in extract_facts(text) if f.metric == "datacenter_power"]
    assert got == [(5.8e9, "MY-01"), (1e9, None)]


def test_a_starting_point_of_the_paragraph_dates_nothing_after_it() -> None:
    # … an increase of 2.8GW since end of H2 2023. Chinese Mainland (4.2GW), followed by Japan (1.4GW): the update's
    # half (H1 2024), not the starting point of the increase
    text = ("TITLE: APAC Data Centre Update H1 2024\n\nThe operational capacity of Asia Pacific's data centre markets moved "
            "closer towards the 12GW mark during H1 2024. Development pipeline quantum is at 4.2GW, an increase of 2.8GW "
            "since end of H2 2023. Chinese Mainland (4.2GW), followed by Japan (1.4GW), have the largest operational capacity.")
    got = [(f.region, f.period) for f in extract_facts(text) if f.region in ("CN", "JP")]
    assert got == [("CN", "2024H1"), ("JP", "2024H1")]


def test_the_yen_sign_in_english_and_a_bare_dollar_in_a_page_about_australia() -> None:
    # Sakura Internet is also considering an extra ¥6.5 billion for further capital expenditures (English press writes
    # the yuan as yuan or RMB: ¥ is the yen); a $415 million data centre in Maddington, on a page about Australia (its
    # own press writes the Australian dollar as $): compute invested in Australian dollars
    yen = ("TITLE: Sakura Internet raises spending\n\nSakura Internet Inc. is ramping up spending on AI infrastructure in "
           "Japan. It plans to spend another ¥8.7 billion on GPUs in Japan.")
    assert [(f.value, f.unit) for f in extract_facts(yen) if f.metric == "compute_investment"] == [(8.7e9, "JPY")]
    aud = ("TITLE: CDC plans WA data centre\n\n date 2025-08-11 A tech company backed by Australia’s sovereign wealth fund is "
           "planning a $415 million data centre in Maddington, Western Australia. Australia is its home market.")
    assert [(f.metric, f.value, f.unit) for f in extract_facts(aud)] == [("compute_investment", 4.15e8, "AUD")]


def test_hong_kong_china_is_hong_kongs() -> None:
    # Singapore (0.98GW) and Hong Kong, China (0.58GW): Hong Kong's capacity, not China's
    text = ("TITLE: APAC Data Centre Update H1 2024\n\nIn H1 2024 the largest operational capacity was in Singapore "
            "(0.98GW) and Hong Kong, China (0.58GW).")
    assert [(f.value, f.region) for f in extract_facts(text)] == [(9.8e8, "SG"), (5.8e8, "HK")]


def test_a_chinese_title_opening_with_a_company_and_what_it_earns_makes_its_page() -> None:
    # 工业富联AI服务器营收增长与云计算业务占比分析 (a company off the entity list): its 云计算业务收入 is the company's
    # revenue, not the AI-server market's
    text = ("TITLE: 工业富联AI服务器营收增长与云计算业务占比分析\n\n工业富联AI服务器业务营收增长分析报告\n"
            "全球AI算力基建需求爆发(2024年全球AI服务器市场规模1251亿美元)。工业富联的云计算业务是AI服务器的主要载体。根据财报数据:\n"
            "- 2024年云计算业务收入大幅增长至3193.77亿元,同比增速达64.37%,占公司总收入比重超52%;")
    got = [(f.metric, f.value, f.of, f.region) for f in extract_facts(text)]
    assert got == [("ai_server_market_size", 1.251e11, None, "GLOBAL"), ("revenue", 3.19377e11, None, None),
                   ("yoy_growth", 64.37, "revenue", None), ("share", 52.0, "revenue", None)]


def test_hui_pu_in_a_server_ranking_is_hpe() -> None:
    # 市场份额约为15%(仅次于戴尔的22%和惠普的18%): 惠普 in a server market's ranking is HPE
    text = "TITLE: 服务器厂商排名\n\n根据IDC 2024年全球服务器市场报告,浪潮信息市场份额约为15%(仅次于戴尔的22%和惠普的18%)。"
    assert [(f.entity, f.value) for f in extract_facts(text)] == [("Inspur", 15.0), ("Dell", 22.0), ("HPE", 18.0)]


def test_a_span_with_its_century_cut_off_dates_a_list_and_a_bracket_glosses_its_item() -> None:
    # 預估2023~24年AI伺服器(A100/H100/MI300爲主)出貨量分別達17.6萬臺、45萬臺: a year each, of the AI servers (the bracket says
    # what they hold)
    text = ("TITLE: 2024年AI伺服器展望\n\n預估2023~24年AI伺服器(A100/H100/MI300爲主)出貨量分別達17.6萬臺、45萬臺,"
            "年增率分別爲47%、156%。")
    got = [(f.metric, f.value, f.period, f.item) for f in extract_facts(text)]
    assert got == [("shipments", 1.76e5, "2023", "ai_server"), ("shipments", 4.5e5, "2024", "ai_server"),
                   ("yoy_growth", 47.0, "2023", "ai_server"), ("yoy_growth", 156.0, "2024", "ai_server")]


def test_a_buyers_purchase_volume_in_a_research_report_is_the_shipments_to_it() -> None:
    # TrendForce：北美四大雲端業者下修伺服器採購量 (a research house's report, not a tender): Microsoft方面,2023年伺服器採購量
    # 同比增長幅度將由16.9%下修至13.4%: Microsoft's server purchases, the shipments to it (LABELLING.md metric table)
    text = ("TITLE: TrendForce：北美四大雲端業者下修伺服器採購量\n\nTrendForce集邦諮詢估計四家業者伺服器採購量由原先預估的同比"
            "增長6.9%,降至4.4%。\n2023年AWS伺服器採購量同比增長幅度收斂至6.2%。")
    got = [(f.value, f.entity, f.of) for f in extract_facts(text)]
    assert got == [(6.9, None, "shipments"), (4.4, None, "shipments"), (6.2, "Amazon", "shipments")]


def test_guo_nei_inside_a_countrys_name_is_not_the_home_country() -> None:
    # 中國內需受地緣政治影響 holds 國內 across 中國 and 內需: no "home country", so a research house's server forecast that
    # names no place is the world's, not China's
    text = ("TITLE: 研調下修全年伺服器出貨\n\n研調:全年伺服器出貨量續下修 估年減2.85%\n\n集邦科技表示,戴爾等廠商下調全年出貨量"
            "預估,加上中國內需受地緣政治及經濟影響,伺服器需求展望不佳。")
    assert [(f.value, f.region) for f in extract_facts(text)] == [(-2.85, "GLOBAL")]


def test_a_makers_part_of_the_whole_markets_count_is_its_market_share() -> None:
    # 2024年NVIDIA出貨量佔全資料中心GPU出貨量比重高達93.2%: Nvidia's share of the market's shipments
    text = "TITLE: 資料中心GPU出貨\n\nDIGITIMES Research預估,2024年NVIDIA出貨量佔全資料中心GPU出貨量比重高達93.2%。"
    assert [(f.metric, f.entity, f.of) for f in extract_facts(text)] == [("market_share", "Nvidia", "shipments")]


def test_a_cagr_cue_of_the_next_clause_and_a_count_of_visits() -> None:
    # 預估2023年AI伺服器出貨量年增率可望達15.4%,且未來五年內……年複合成長率將為12.2%: the first rate is the year's growth, the
    # CAGR cue is the next clause's; 平均日訪次數為2,500萬人次 counts visits, not servers shipped
    text = ("TITLE: TrendForce AI伺服器\n\n在AI產業的推動下,對算力的需求正爆炸性地成長,以ChatGPT為例,平均日訪次數為2,500萬人次。"
            "預估2023年AI伺服器出貨量年增率可望達15.4%,且未來五年內AI伺服器出貨量的年複合成長率將為12.2%。")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got == [("yoy_growth", 15.4, "2023"), ("cagr", 12.2, None)]


def test_what_one_server_carries_is_no_count() -> None:
    # 訓練型伺服器搭載 8 顆 GPU: a specification of one machine
    text = "TITLE: AI伺服器\n\n2023年訓練型伺服器搭載 8 顆 GPU,AI伺服器出貨量為 57.8 萬台。"
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("shipments", 5.78e5)]


def test_a_results_highlight_with_its_conversion_and_the_year_before_in_a_bracket() -> None:
    # Full Year 2023 Financial Highlights - Net revenue increased by 6.8% Y-o-Y to RMB9,956.5 million (US$1,402.3 million) in
    # 2023 (2022: RMB9,325.6 million): the year after the conversion is the amount's, the bracket's year the base's
    text = ("TITLE: GDS Holdings results\n\nFourth Quarter 2023 Financial Highlights\n- Net revenue increased by 6.3% to "
            "RMB2,556.5 million.\nFull Year 2023 Financial Highlights\n- Net revenue increased by 6.8% Y-o-Y\nto RMB9,956.5 "
            "million (US$1,402.3 million) in 2023 (2022:\nRMB9,325.6 million).")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.value in (6.8, 9.9565e9, 9.3256e9)]
    assert got == [("yoy_growth", 6.8, "2023"), ("revenue", 9.9565e9, "2023"), ("revenue", 9.3256e9, "2022")]


def test_a_fiscal_span_dates_a_respectively_list_and_a_list_after_an_excluded_amount_is_excluded() -> None:
    # revenue for FY2025 to FY2027 at A, B, and C respectively, with adjusted net profits of D, E, and F: a fiscal year
    # each; the profits (and the list they open) are out of the vocabulary; below market expectations by 1% is no growth
    text = ("TITLE: Alibaba broker note\n\nAlibaba's FY2Q25 revenue reached RMB 236.5 billion, a year-on-year increase of "
            "5%, slightly below market expectations by 1%. The report anticipates revenue for FY2025 to FY2027 at 1,011.8 "
            "billion RMB, 1,122.8 billion RMB, and 1,237.8 billion RMB respectively, with adjusted net profits of 180.1 "
            "billion RMB, 215.2 billion RMB, and 245.2 billion RMB.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got == [("revenue", 2.365e11, "FY2025Q2"), ("yoy_growth", 5.0, "FY2025Q2"), ("revenue", 1.0118e12, "FY2025"),
                   ("revenue", 1.1228e12, "FY2026"), ("revenue", 1.2378e12, "FY2027")]


def test_a_groups_half_on_the_calendar_in_the_fts_rmb_and_a_cash_pile() -> None:
    # Alibaba, Tencent and Baidu had combined capital expenditure of Rmb50bn ($7bn) in the first half (a page dated
    # 2024-08-26): the companies' calendar half, not Alibaba's fiscal one; Rmb is the yuan; a cash pile is no capex
    text = ("TITLE: China's tech groups double AI spending\n\n date 2024-08-26 Alibaba, Tencent and Baidu had combined capital "
            "expenditure of Rmb50bn ($7bn) in the first half. ByteDance has also increased AI-related spending, backed by a "
            "cash pile of more than $50bn.")
    assert [(f.metric, f.value, f.unit, f.period) for f in extract_facts(text)] == [("capex", 5e10, "CNY", "2024H1")]


def test_a_stock_as_of_a_day_takes_its_month() -> None:
    # wholesale capacity in service increased to 674MW as of June 30, 2025, compared with 332MW a year earlier: a stock at
    # the month of that day (LABELLING.md P8), not the release's quarter
    text = ("TITLE: VNET Q2 2025 results\n\nVNET's wholesale capacity in service increased significantly to 674MW as of "
            "June 30, 2025, compared with 332MW a year earlier.")
    assert [(f.value, f.period) for f in extract_facts(text)] == [(6.74e8, "2025-06"), (3.32e8, "2024-06")]


def test_a_rate_that_works_out_from_the_figure_before() -> None:
    # … targeting revenue of $8.2 billion in 2025. That works out to 17% growth, a slight slowdown compared to 2024's
    # 19.5% growth rate: the growth of the revenue the sentence before states, in its year (the base's in its own)
    text = ("TITLE: Arista results\n\nArista surpassed $7 billion of annual revenue in 2024, and it's targeting revenue of "
            "$8.2 billion in 2025. That works out to 17% growth, a slight slowdown compared to 2024's 19.5% growth rate.")
    got = [(f.value, f.period, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert got == [(17.0, "2025", "revenue"), (19.5, "2024", "revenue")]


def test_chao_wei_in_a_server_trackers_vendor_list_is_supermicro_on_the_trackers_calendar() -> None:
    # 戴尔(增长20.6%)和超微(增长55%)以7.2%和6.5%的市占率并列第一 (IDC, 2024年第四季度): Supermicro's growth and share, in the
    # tracker's calendar quarter (not Supermicro's fiscal one)
    text = ("TITLE: IDC 2024年第四季度全球服务器市场\n\n2024年第四季度全球服务器市场收入同比增长91%。厂商格局分化加剧。"
            "戴尔(增长20.6%)和超微(增长55%)以7.2%和6.5%的市占率并列第一。")
    got = [(f.metric, f.entity, f.value, f.period) for f in extract_facts(text) if f.entity]
    assert got == [("yoy_growth", "Dell", 20.6, "2024Q4"), ("yoy_growth", "Supermicro", 55.0, "2024Q4"),
                   ("market_share", "Dell", 7.2, "2024Q4"), ("market_share", "Supermicro", 6.5, "2024Q4")]


def test_the_next_companies_shares_after_a_companys_share_respectively() -> None:
    # 以ByteDance的採購力道最為顯著,年採購佔比達6.2%,其次緊接在後的則是Tencent、Alibaba與Baidu,分別約為2.3%、1.5%與1.5%: each
    # company's part of all purchases (国产化力道加劇 before them names no domestic part)
    # of the AI servers whose purchases the sentence's first share was of
    text = ("TITLE: TrendForce AI伺服器\n\n據TrendForce統計,2022年AI伺服器採購佔比以北美四大雲端業者合計佔66.2%為最,而中國近年來隨著"
            "國產化力道加劇下,AI建置浪潮隨之增溫,以ByteDance的採購力道最為顯著,年採購佔比達6.2%,其次緊接在後的則是Tencent、"
            "Alibaba與Baidu,分別約為2.3%、1.5%與1.5%。")
    got = [(f.entity, f.value, f.item, f.of) for f in extract_facts(text) if f.entity]
    assert got == [("ByteDance", 6.2, "ai_server", "shipments"), ("Tencent", 2.3, "ai_server", "shipments"),
                   ("Alibaba", 1.5, "ai_server", "shipments"), ("Baidu", 1.5, "ai_server", "shipments")]


def test_the_market_is_the_market_of_the_product_named_just_before() -> None:
    # GPU demand drove a record spike in server sales … The market shot up 134% year over year to $95.2 billion in Q1.
    # (next bullet) IDC expects the market to surge past $360 billion in 2025: the server market
    text = ("TITLE: GPU demand drives record server sales in Q1\n\n- GPU demand drove a record spike in server sales during the "
            "first three months of the year, according to IDC. The market shot up 134% year over year to $95.2 billion in "
            "Q1.\n- IDC expects the market to surge past $360 billion in 2025, which would indicate 45% growth compared with "
            "last year.")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text)]
    assert got == [("yoy_growth", 134.0, "server_market_size"), ("server_market_size", 9.52e10, None),
                   ("server_market_size", 3.6e11, None), ("yoy_growth", 45.0, "server_market_size")]


def test_a_business_lines_share_is_of_the_companys_revenue() -> None:
    # 2021年英伟达数据中心业务占比为39%,而2024年英伟达数据中心业务占比已达88%: the segment's part of Nvidia's revenue
    text = "TITLE: GPU行业研究\n\n2021年英伟达数据中心业务占比为39%,而2024年英伟达数据中心业务占比已达88%。"
    got = [(f.metric, f.entity, f.of, f.period, f.value) for f in extract_facts(text)]
    assert got == [("share", "Nvidia", "revenue", "2021", 39.0), ("share", "Nvidia", "revenue", "2024", 88.0)]


def test_a_cagr_since_a_year_runs_to_the_year_stated_before_it() -> None:
    # the industry surpassing the 1 GW milestone in 2024, demonstrating a robust 24% CAGR since 2019: 2019-2024 (P9)
    text = ("TITLE: India data centre capacity (JLL)\n\nIndia's data centre capacity is projected to reach 1.8 GW by 2027, "
            "with the industry surpassing the 1 GW milestone in 2024, demonstrating a robust 24% CAGR since 2019.")
    assert [(f.metric, f.period) for f in extract_facts(text) if f.unit == "%"] == [("cagr", "2019-2024")]


def test_segment_lines_under_a_total_line_are_figures_of_their_own() -> None:
    # Q1 Total Revenue $13.3 billion … ¶ Q1 Cloud Infrastructure (IaaS) Revenue $2.2 billion …: each line names its own
    # revenue, no part the total stands for (as 标包12为1250台,合计2454台 is)
    text = ("TITLE: Oracle announces fiscal 2025 first-quarter results\n\n date 2024-09-09 (MENAFN- PR Newswire)\n"
            "Q1 GAAP earnings per Share up 20% to $1.03, Non-GAAP Earnings per Share up 17% to $1.39\n"
            "Q1 Total Revenue $13.3 billion, up 7% in USD and up 8% in constant currency\n"
            "Q1 Cloud Infrastructure (IaaS) Revenue $2.2 billion, up 45% in USD and up 46% in constant currency\n"
            "Q1 Cloud Application (SaaS) Revenue $3.5 billion, up 10% in both USD and constant currency\n")
    got = [f.value for f in extract_facts(text) if f.metric == "revenue"]
    assert got == [1.33e10, 2.2e9, 3.5e9]


def test_a_foundrys_wafer_sales_are_its_revenue() -> None:
    # 5 奈米製程出貨佔全季晶圓銷售金額的35%: a process node's part of TSMC's revenue
    text = ("TITLE: 台積電第二季財報\n\n台積電2024年第二季營收為208億美元。3奈米製程出貨佔台積電2024年第二季晶圓銷售金額的15%,"
            "5 奈米製程出貨佔全季晶圓銷售金額的35%。")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("share", 15.0, "revenue"), ("share", 35.0, "revenue")]


def test_tickers_in_brackets_do_not_break_a_list_of_companies() -> None:
    # Amazon (AMZN) and Google (GOOG) (GOOGL) purchased 196,000 and 169,000 Hopper chips, respectively: two companies,
    # each its count (a ticker restates the name before it)
    text = ("TITLE: Microsoft buys twice as many Nvidia AI chips as its rivals\n\nAmazon (AMZN) and Google (GOOG) (GOOGL) "
            "purchased 196,000 and 169,000 Hopper chips, respectively, this year.")
    assert [(f.entity, f.value) for f in extract_facts(text)] == [("Amazon", 196000.0), ("Alphabet", 169000.0)]


def test_money_spent_on_servers_is_the_server_market() -> None:
    # Tech companies worldwide are estimated to spend around $229B on servers this year: the server market's size
    text = "TITLE: Omdia server spending\n\nTech companies worldwide are estimated to spend around $229B on servers this year."
    assert [(f.metric, f.value, f.region) for f in extract_facts(text)] == [("server_market_size", 2.29e11, "GLOBAL")]


def test_a_share_in_brackets_of_a_whole_with_its_year() -> None:
    # the Blackwell platform to make up a much larger share (71%) of 2026 shipments; AI servers currently account for a
    # relatively small portion (<10%) of total server shipments: parts of the shipments
    text = ("TITLE: TrendForce adjusts NVIDIA forecast\n\nThe forecast now expects the current Blackwell platform to make up a "
            "much larger share (71%) of 2026 shipments. AI servers currently account for a relatively small portion (<10%) "
            "of total server shipments.")
    assert [(f.metric, f.value, f.of) for f in extract_facts(text)] == [("share", 71.0, "shipments"), ("share", 10.0, "shipments")]


def test_a_share_of_the_whole_the_paragraph_last_named() -> None:
    # … a much larger share (71%) of 2026 shipments. In contrast, the Rubin platform's expected share has been cut from
    # 29% to 22%: shares of the same shipments
    text = ("TITLE: TrendForce adjusts NVIDIA forecast\n\nThe forecast now expects the current Blackwell platform to make up a "
            "much larger share (71%) of 2026 shipments. In contrast, the next-generation Rubin platform's expected share has "
            "been cut from 29% to 22%.")
    assert [(f.value, f.of) for f in extract_facts(text)] == [(71.0, "shipments"), (29.0, "shipments"), (22.0, "shipments")]


def test_a_kind_of_server_named_before_is_the_part_of_the_server_revenue() -> None:
    # AI服务器营收同比增长228%,占服务器营收比重提升至48%: the AI servers' part of the server revenue (the whole names servers,
    # the part their AI kind)
    text = "TITLE: 工业富联2024年三季报点评\n\n公司前三季度实现营业收入4363.73亿元。AI服务器营收同比增长228%,占服务器营收比重提升至48%。"
    got = [(f.metric, f.item, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("yoy_growth", "ai_server", "revenue"), ("share", "ai_server", "revenue")]


def test_growth_accelerated_from_one_quarters_rate_to_the_next_and_constant_currency_restatements() -> None:
    # AWS revenue growth accelerated from 17.2% in the first quarter to 18.8% in the second quarter: each rate in its
    # quarter; up 25% in USD, up 24% in constant currency: the reported rate only
    text = ("TITLE: Amazon Q2 2024 results\n\n date 2024-08-02 Amazon reported second-quarter net sales of $148 billion. AWS "
            "revenue growth accelerated from 17.2% in the first quarter to 18.8% in the second quarter. Cloud revenue was "
            "$5.1 billion, up 25% in USD, up 24% in constant currency.")
    got = [(f.value, f.period) for f in extract_facts(text) if f.unit == "%"]
    assert got == [(17.2, "2024Q1"), (18.8, "2024Q2"), (25.0, "2024Q2")]


def test_a_rate_of_a_whole_named_after_it_that_comes_from_one_source_is_a_share() -> None:
    # 超过54%的服务器收入来自GPU加速机型: the part of the whole named after the rate (its keyword may open before the rate:
    # 數據中心業務約一半銷售額), coming from one source; the source's item is the part, and on a market report the revenue
    # of a kind of server no company earns is that market's
    def got(text: str, **kw: object) -> list[tuple[str, float, str | None, str | None]]:
        return [(f.metric, f.value, f.of, f.item) for f in extract_facts(text, **kw) if f.unit == "%"]  # type: ignore[arg-type]
    assert got("公司2024年98%收入来自第一大客户。") == [("share", 98.0, "revenue", None)]
    assert got("英伟达表示,过去12个月超40%数据中心收入来自AI推理。") == [("share", 40.0, "datacenter_revenue", None)]
    assert got("由於輝達數據中心業務約一半銷售額均來自超大規模客戶。") == [("share", 50.0, "datacenter_revenue", None)]
    assert got("IDC称,在2024 Q4里超过54%的服务器收入来自GPU加速机型。", kind="market_report") == \
        [("share", 54.0, "server_market_size", "ai_server")]
    assert got("2025年上半年近80%营收来自AI智算集群建设项目,毛利率为20%。") == [("share", 80.0, "revenue", None)]


def test_the_band_of_a_guidance_is_no_figure_and_accelerated_server_spending_is_their_market() -> None:
    # $7.5 billion in revenue, plus or minus $300 million: the band around the guided amount is no figure of its own;
    # Accelerated server spending rose 76 percent: the growth of the AI-server market, not of all servers' spending
    got = [(f.metric, f.value) for f in extract_facts(
        "AMD itself expected overall Q4 to come in at $7.5 billion in revenue, plus or minus $300 million.")]
    assert got == [("revenue", 7.5e9)]
    got = [(f.metric, f.value) for f in extract_facts("Q4 2025营收预估约96亿美元(正负3亿美元),年增约25%。")]
    assert ("revenue", 3e8) not in got and ("revenue", 9.6e9) in got
    growth = [(f.metric, f.value, f.of) for f in extract_facts(
        "Accelerated server spending rose 76 percent in the second quarter of 2025.", kind="market_report")]
    assert growth == [("yoy_growth", 76.0, "ai_server_market_size")]
    growth = [(f.metric, f.value, f.of) for f in extract_facts(
        "Server spending rose 40 percent in 2025.", kind="market_report")]
    assert growth == [("yoy_growth", 40.0, "server_market_size")]


def test_a_share_whose_part_is_outside_the_vocabulary_is_no_fact() -> None:
    # 研发投入占营业收入比31.31%: the revenue after the share verb is the whole, R&D spending (outside the vocabulary) the
    # part, so the share is no fact; a metric named after an out-of-scope word without a share verb stays the subject
    got = [(f.metric, f.value) for f in extract_facts(
        "2025年上半年,海光信息营业收入54.6亿元,研发投入17.1亿元,研发投入占营业收入比31.31%。")]
    assert got == [("revenue", 5.46e9)]
    got = [(f.metric, f.value) for f in extract_facts("毛利占营收35%。")]
    assert got == []
    got = [(f.metric, f.value) for f in extract_facts("云业务收入占营收的35%。")]
    assert got == [("share", 35.0)]


def test_the_growth_after_the_change_of_a_level_outside_the_vocabulary_is_outside_it() -> None:
    # 归母净利润为18.10亿元到20.10亿元,……将增加5.47亿元到7.47亿元,同比增长43.29%到59.12%: the rate after the amount
    # a profit moved by is the profit's growth, no fact; the revenue's own growth before it stays
    got = [(f.metric, f.value, f.of) for f in extract_facts(
        "公司预计营业收入为87.2亿元到95.3亿元,与上年同期相比,将增加27.08亿元到35.18亿元,同比增长45.04%到58.52%;"
        "归母净利润为18.10亿元到20.10亿元,与上年同期相比,将增加5.47亿元到7.47亿元,同比增长43.29%到59.12%。")]
    assert got == [("revenue", 9.125e9, None), ("yoy_growth", 51.78, "revenue")]


def test_a_growth_noun_opening_a_list_of_rates_each_in_its_month() -> None:
    # Sales growth jumped over the first three months of the year: 7.9 per cent in January, 15.8 per cent in February
    # and 34.3 per cent in March: each rate is the growth in the month named after it (a month with no year is the
    # latest such month by the page's date, like a month's revenue in Chinese)
    text = ("TSMC's revenue rose 16.5 per cent year-on-year to TWD592.6 billion in the first quarter of 2024. Sales growth "
            "jumped over the first three months of the year: 7.9 per cent in January, 15.8 per cent in February and "
            "34.3 per cent in March.")
    got = [(f.value, f.of, f.period) for f in extract_facts(text, published=date(2024, 4, 10)) if f.metric == "yoy_growth"]
    assert got == [(16.5, "revenue", "2024Q1"), (7.9, "revenue", "2024-01"), (15.8, "revenue", "2024-02"),
                   (34.3, "revenue", "2024-03")]
    # (a month after the page's date is last year's)
    got = [(f.value, f.period) for f in extract_facts(text, published=date(2024, 2, 10)) if f.metric == "yoy_growth"]
    assert (34.3, "2023-03") in got


def test_a_kind_of_servers_share_of_a_market_named_after_it_is_of_that_market() -> None:
    # Servers represented 98% of total AI-centric spending (IDC's AI infrastructure tracker): the servers' part of the
    # AI-infrastructure market named after the rate; a kind of server's part of all servers' revenue stays of theirs
    got = [(f.metric, f.value, f.of, f.item) for f in extract_facts(
        "IDC said servers represented 98% of total AI-centric spending during the second quarter of 2025.",
        kind="market_report")]
    assert got == [("share", 98.0, "ai_server_market_size", "server")]
    got = [(f.metric, f.value, f.of, f.item) for f in extract_facts(
        "Accelerated servers accounted for 41 percent of the OEM server revenues in 2024.", kind="market_report")]
    assert got == [("share", 41.0, "server_market_size", "ai_server")]


def test_a_count_of_an_owners_chips_after_a_ticker_and_a_base_after_a_growth_noun() -> None:
    # Meta (META) bought 173,000 of AMD’s (AMD) MI300 chips: a partitive with the owner's ticker in brackets is still a
    # count of chips; 1.5M of their chips too (a scale letter, then the partitive)
    got = [(f.metric, f.value, f.entity) for f in extract_facts("Meta (META) bought 173,000 of AMD’s (AMD) MI300 chips this year.")]
    assert got == [("accelerator_count", 173000.0, "Meta")]
    got = [(f.metric, f.value) for f in extract_facts(
        "Google (GOOG) and Meta (META) each deployed about 1.5M of their chips this year.")]
    assert ("accelerator_count", 1.5e6) in got
    # a 30.4 percent year-over-year increase from $94.1 billion: the base of the growth (its noun between), a year back
    got = [(f.metric, f.value, f.period) for f in extract_facts(
        "According to IDC, server revenue growth in the first quarter of 2026 reached a 30.4 percent year-over-year "
        "increase from $94.1 billion in the same period a year earlier.", kind="market_report")]
    assert got == [("yoy_growth", 30.4, "2026Q1"), ("server_market_size", 9.41e10, "2025Q1")]


def test_the_worlds_data_centre_investment_is_capital_spending() -> None:
    # global datacentre investment needs of about $6.7 trillion by 2030 (a research house sizing the world's building):
    # data centres' capital spending, like data center spending; a company's investment in one stays compute investment
    got = [(f.metric, f.value, f.region) for f in extract_facts(
        "McKinsey is estimating global datacentre investment needs of about $6.7 trillion by 2030.", kind="market_report")]
    assert got == [("capex", 6.7e12, "GLOBAL")]
    got = [(f.metric, f.entity) for f in extract_facts("Microsoft announced a $10 billion data center investment in Portugal.")]
    assert got == [("compute_investment", "Microsoft")]


def test_one_figure_said_of_each_company_of_a_group() -> None:
    # ByteDance (BDNCE) and Tencent (OTCPK:TCEHY) each ordered about 230,000 of Nvidia’s chips; 腾讯和字节跳动分别订购了约
    # 23万颗: one figure, each company's (not a figure of no one); a list of figures after 分别 stays one to one
    got = [(f.value, f.entity) for f in extract_facts(
        "ByteDance (BDNCE) and Tencent (OTCPK:TCEHY) each ordered about 230,000 of Nvidia’s chips this year.")]
    assert sorted(got) == [(230000.0, "ByteDance"), (230000.0, "Tencent")]
    got = [(f.value, f.entity) for f in extract_facts("2024年英伟达在中国市场的两大客户腾讯和字节跳动分别订购了约23万颗英伟达的AI芯片。")]
    assert sorted(got) == [(230000.0, "ByteDance"), (230000.0, "Tencent")]
    got = [(f.value, f.entity) for f in extract_facts("Meta and Microsoft spent $72 billion and $88 billion, respectively.")]
    assert got == [(7.2e10, "Meta"), (8.8e10, "Microsoft")]


def test_the_data_centre_unit_named_before_an_aside_is_the_subject_of_its_sales() -> None:
    # Nvidia’s datacenter unit, which includes the graphics processing units (GPUs) that power most generative AI models,
    # generated $35.6 billion in sales: the segment's revenue, the aside between commas not counted in the reach
    got = [(f.metric, f.value) for f in extract_facts(
        "Nvidia’s datacenter unit, which includes the graphics processing units (GPUs) that power most generative AI "
        "models, generated $35.6 billion in sales, surpassing forecasts of $33.5 billion.")]
    assert got == [("datacenter_revenue", 3.56e10), ("datacenter_revenue", 3.35e10)]


def test_a_quote_holds_at_most_quote_max_characters_ending_at_its_value() -> None:
    # a clause with no separator runs on (a table's line, text with no punctuation): the quote is the last QUOTE_MAX
    # characters up to the value, still an exact span of the text (a quote copied from the clause's start per quantity
    # made such text quadratic; the longest quote of any labelled page is 200 characters)
    from connectors.extract import QUOTE_MAX
    text = ("Nvidia's data center revenue " + "in the third quarter of its fiscal year " * 30
            + "grew 50% year over year to $30 billion.")
    growth = next(f for f in extract_facts(text) if f.metric == "yoy_growth")
    assert growth.value == 50.0 and len(growth.quote) <= QUOTE_MAX == 400
    assert growth.quote.endswith("grew 50%") and growth.quote in text


def test_a_part_of_data_centre_capacity_named_bare_or_with_its_owner() -> None:
    # 40 per cent of India’s DC capacity (an owner and DC); 90% of that capacity in a sentence after a power: data
    # centres' power, keyed by the place it is in (in the U.S.), no company's; a bare capacity with a company's name is a
    # foundry's, and 1-2% of global power demand is data centres' part of all power, not a part of theirs
    def shares(text: str) -> list[tuple[float, str | None, str | None]]:
        return [(f.value, f.region, f.entity) for f in extract_facts(text)
                if f.metric == "share" and f.of == "datacenter_power"]
    assert shares("While Mumbai currently accounts for 40 per cent of India’s DC capacity, Chennai is catching up.") == [
        (40.0, "IN", None)]
    assert shares("Global data centre demand will reach 200 GW by 2030. Close to 90% of that capacity is expected to be "
                  "in the U.S.") == [(90.0, "US", None)]
    assert shares("Oracle will supply OpenAI with 4.5GW of capacity. That’s roughly 25% of all current operational data "
                  "centre capacity in the U.S.") == [(25.0, "US", None)]
    assert shares("Data centers need chips: Nvidia accounts for 60% of TSMC's capacity.") == []
    assert shares("Goldman Sachs estimates that data centers already account for 1-2% of global power demand.") == []


def test_spending_on_data_centres_and_their_gear_is_their_capex() -> None:
    # the other word order of "data center spending": spending on data center gear / infrastructure / datacentre
    # equipment is data centres' capital spending; Gartner's "data center systems" is a market of IT spending, not capex
    got = [(f.metric, f.value, f.of) for f in extract_facts("Enterprise spending on data center gear increased 21%.")]
    assert got == [("yoy_growth", 21.0, "capex")]
    got = [(f.metric, f.value, f.of) for f in extract_facts(
        "Naver’s spending on data center infrastructure fell 16.17% from 2023.")]
    assert got == [("yoy_growth", -16.17, "capex")]
    got = [(f.metric, f.value, f.of, f.period) for f in extract_facts(
        "Spending on datacentre equipment is set to rise by 32% in 2026.")]
    assert got == [("yoy_growth", 32.0, "capex", "2026")]
    assert [f.of for f in extract_facts("Spending on datacentre systems is forecast to grow by 23% this year.")
            if f.metric == "yoy_growth"] != ["capex"]


def test_a_rate_with_its_noun_and_own_year_cue_after_a_quarter_on_quarter_rate() -> None:
    # up 16% from the previous quarter and a 154% increase year-over-year: the second rate's own cue (after its noun)
    # makes it the growth on a year before, not a second quarter-on-quarter rate
    got = [(f.metric, f.value, f.of) for f in extract_facts(
        "Nvidia’s data center division reported $26.27 billion in revenue for the quarter—up 16% from the previous "
        "quarter and a 154% increase year-over-year.") if f.unit == "%"]
    assert got == [("yoy_growth", 154.0, "datacenter_revenue")]


def test_an_annual_compound_growth_rate_is_a_cagr() -> None:
    # the other word order of the compound annual growth rate, and its compounded form: a CAGR, not a growth on a year
    for text in ("Global capex is expected to reach $1.3 trillion by 2030, indicating a 25% annual compound growth rate "
                 "over the next five years.",
                 "Global capex is expected to grow at a 25% compounded annual growth rate through 2030."):
        assert [(f.metric, f.value, f.of) for f in extract_facts(text) if f.unit == "%"] == [("cagr", 25.0, "capex")]


def test_a_list_of_values_in_a_list_of_quarters_each_its_own() -> None:
    # the second and third quarters of 2025: two quarters (the ordinal before the list's last is one too, of the year
    # after the list); N values then "in" N quarters, with or without "respectively": the k-th value is the k-th
    # quarter's, also where "of last year"/"of this year" names each quarter's year
    assert [(p.period, p.kind) for p in find_periods("in the first, second and third quarters of 2024", None)] == [
        ("2024Q1", "quarter"), ("2024Q2", "quarter"), ("2024Q3", "quarter")]
    for text in ("Tencent's capex was RMB 5 billion and RMB 6 billion in Q2 and Q3 2025, respectively.",
                 "Tencent's capex was RMB 5 billion and RMB 6 billion in Q2 and Q3 2025.",
                 "Tencent's capex declined to RMB 5 billion and RMB 6 billion in the second and third quarters of 2025."):
        assert [(f.value, f.period) for f in extract_facts(text)] == [(5e9, "2025Q2"), (6e9, "2025Q3")], text
    text = ("Tencent's capex was RMB 5 billion and RMB 6 billion in the fourth quarter of 2024 and the first quarter "
            "of 2025, respectively.")
    assert [(f.value, f.period) for f in extract_facts(text)] == [(5e9, "2024Q4"), (6e9, "2025Q1")]
    # more quarters than values: no pairing
    text = "Tencent's capex was RMB 5 billion and RMB 6 billion in Q1, Q2 and Q3 2025."
    assert [f.period for f in extract_facts(text)] != ["2025Q1", "2025Q2"]


def test_an_annual_rate_held_up_to_a_year_ahead_is_a_cagr() -> None:
    # 以25%的年增長率,到2028年的營收將達到1,600億美元: a rate held each year up to a year ahead is a compound annual rate,
    # of the metric that year's level names (revenue); a year's own growth stays a growth on a year
    got = [(f.metric, f.value, f.of, f.entity) for f in extract_facts(
        "輝達(Nvidia): 以25%的年增長率,到2028年的營收將達到1,600億美元(約新台幣5.14兆元)。") if f.unit == "%"]
    assert got == [("cagr", 25.0, "revenue", "Nvidia")]
    got = [(f.metric, f.value) for f in extract_facts("輝達2024年營收的年增長率為25%。") if f.unit == "%"]
    assert got == [("yoy_growth", 25.0)]


def test_a_kind_of_product_capturing_a_market_share_is_its_part_of_the_market() -> None:
    # GPU servers … capturing an 88% market share: a kind of product's part of the market the page last named (the
    # accelerated server market), no seller's market share; a company's stays its market share
    text = ("In the first half of 2023, China's accelerated server market reached $3.1 billion. GPU servers continued "
            "to dominate the market, capturing an 88% market share.")
    got = [(f.metric, f.value, f.item, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("share", 88.0, "ai_server", "ai_server_market_size")]
    got = [(f.metric, f.entity) for f in extract_facts("Nvidia GPUs held an 88% market share.")]
    assert got == [("market_share", "Nvidia")]


def test_the_part_of_an_amount_directed_to_a_kind_of_product() -> None:
    # two-thirds allocated to servers, 95% corresponded to servers, 其中三分之二資金投入於伺服器: the part of the amount
    # stated in that sentence or the one before that goes to the kind of product named next
    got = [(f.metric, f.value, f.item, f.of, f.entity) for f in extract_facts(
        "Alphabet's capex was $22.4 billion in Q2 2025. The majority of the spending has gone toward technical "
        "infrastructure, with approximately two-thirds allocated to servers.") if f.unit == "%"]
    assert got == [("share", 66.67, "server", "capex", "Alphabet")]
    got = [(f.metric, f.value, f.item, f.of) for f in extract_facts(
        "谷歌第二季資本支出達 224 億美元。谷歌表示,其中三分之二資金投入於伺服器,其餘則用於網路設備。") if f.unit == "%"]
    assert got == [("share", 66.67, "server", "capex")]
    # no amount before: no whole to be a part of
    assert [f for f in extract_facts("Approximately two-thirds was allocated to servers.") if f.unit == "%"] == []


def test_the_level_a_figure_moved_to_after_the_amount_it_moved_by() -> None:
    # raised its revenue guidance by $250 million to $5.25 billion: "by A to B" is no range; A is the move, B the level
    # it moved to, of the metric named before the move; "from A to B" after a guidance is still a range
    got = [(f.metric, f.value, f.entity) for f in extract_facts(
        "CoreWeave raised its revenue guidance by $250 million to $5.25 billion.")]
    assert got == [("revenue", 5.25e9, "CoreWeave")]
    got = [(f.metric, f.value, f.low, f.high) for f in extract_facts(
        "CoreWeave raised FY25 revenue guidance by $250M to $5.15–$5.35B.")]
    assert got == [("revenue", 5.25e9, 5.15e9, 5.35e9)]
    got = [(f.metric, f.value) for f in extract_facts("Meta raised its capex forecast by $5 billion to $70 billion.")]
    assert got == [("capex", 7e10)]


def test_a_base_dated_by_the_relative_clause_after_it() -> None:
    # from the $40 billion it spent in 2024 (or last year): the base's own period, named in the clause that follows it
    got = [(f.value, f.period) for f in extract_facts(
        "He also said Meta would hike capital expenditures to between $60 billion and $65 billion in 2025 from the "
        "$40 billion it spent in 2024.")]
    assert got == [(6.25e10, "2025"), (4e10, "2024")]
    got = [(f.value, f.period) for f in extract_facts(
        "Meta would hike capital expenditures to $65 billion from the $40 billion it spent last year.",
        published=date(2025, 1, 24))]
    assert (4e10, "2024") in got


def test_the_whole_after_a_list_of_rates_and_its_respectively() -> None:
    # contributing 18% and 12% respectively of the total occupancy: the whole named after the list's respectively is
    # every rate's; a bare occupancy is data centres' where the sentence after speaks of them
    got = [(f.metric, f.value, f.of) for f in extract_facts(
        "BFSI and Technology sectors follow closely, contributing 18% and 12% respectively of the total occupancy. The "
        "data centre industry is geographically diverse.")]
    assert got == [("share", 18.0, "datacenter_power"), ("share", 12.0, "datacenter_power")]
    # (companies before the rates: their shares go by market share, not by this reading)
    assert extract_facts("Nvidia and AMD accounted for 80% and 10%, respectively, of AI chip revenue.") == []


def test_the_growth_a_sentence_follows_on_from() -> None:
    # Following 70% growth in ’24, we expect hyperscale capex to grow 39%: the earlier growth of the metric the sentence
    # is about (named after it, or before it: capex will grow 30% in 2025, following 70% growth in 2024)
    got = [(f.metric, f.value, f.of, f.period) for f in extract_facts(
        "Following 70% growth in 2024, we expect hyperscale capex to grow 39% in 2025.")]
    assert ("yoy_growth", 70.0, "capex", "2024") in got and ("yoy_growth", 39.0, "capex", "2025") in got
    got = [(f.value, f.of, f.period) for f in extract_facts(
        "Hyperscaler capex will grow 30% in 2025, following 70% growth in 2024.")]
    assert got == [(30.0, "capex", "2025"), (70.0, "capex", "2024")]


def test_higher_or_lower_than_the_same_period_a_year_before_named_after_the_rate() -> None:
    # 2023 volume is 22% lower than 2022: the growth on the year before (negative), the stated period named before the
    # rate with no amount; 12.7% higher than they were in Q4 2022, of figures in Q4 2023; than a year other than the one
    # before is no growth on a year (5% lower than 2018)
    got = [(f.metric, f.value, f.period) for f in extract_facts(
        "At just under 11 million servers shipped for the year, 2023 volume is 22% lower than 2022 and 5% lower than "
        "2018.") if f.unit == "%"]
    assert got == [("yoy_growth", -22.0, "2023")]
    got = [(f.value, f.period) for f in extract_facts(
        "Server revenues in Q4 2023 were up 21.5% compared to Q3 2023 and 12.7% higher than they were in Q4 2022.")
        if f.unit == "%"]
    assert (12.7, "2023Q4") in got


def test_a_part_opened_by_qizhong_after_a_semicolon_is_of_the_amount_before_it() -> None:
    # 資本支出400~420億美元……；其中先進製程約70%: the semicolon ends the extractor's sentence, the part is still of the
    # amount stated before it, in that amount's period when its own names none
    text = "台積電預估2025年資本支出400~420億美元，從380~420億美元區間收斂；其中先進製程約70%，特殊製程約10~20%。"
    got = [(f.metric, f.value, f.of, f.entity, f.period) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("share", 70.0, "capex", "TSMC", "2025"), ("share", 15.0, "capex", "TSMC", "2025")]


def test_a_growth_naming_its_own_subject_after_an_amount_out_of_the_vocabulary() -> None:
    # net income of $62.6B and 63% year-over-year growth in Google Cloud: the growth names its own subject after it, so
    # the profit before it does not put it out of the vocabulary; a growth of the profit itself stays out
    got = [(f.metric, f.value, f.of) for f in extract_facts(
        "Alphabet posted Q1 net income of $62.6B and 63% year-over-year growth in Google Cloud.")]
    assert got == [("yoy_growth", 63.0, "revenue")]
    assert extract_facts("Alphabet posted Q1 net income of $62.6B, up 63% year-over-year.") == []


def test_the_next_fiscal_year_is_the_one_after_the_reports() -> None:
    # the next fiscal year: the fiscal year after the report's own quarter (Q3 FY25 → FY2026), not after the last period
    # named before it
    text = ("Oracle reported its Q3 FY25 results. FY 2027 growth is expected at 20%. Management expects the backlog to "
            "drive a 15% increase in overall revenue in the next fiscal year.")
    got = [(p.period, text[p.start : p.end]) for p in find_periods(text, None, fiscal_end_month=5)]
    assert ("FY2026", "the next fiscal year") in got


def test_the_x86_and_non_x86_segments_are_parts_of_the_server_market() -> None:
    # x86 revenue, Non-x86 servers, 非x86服务器收入: the server market's segments by processor architecture (LABELLING.md's
    # metric table: x86/non-x86 revenue is server_market_size), not the AI-server market an aside names
    got = [(f.metric, f.value, f.of) for f in extract_facts(
        "Non-x86 servers, the category dominated by GPU and other accelerated architectures, surged 107.6 percent year "
        "over year to $58.7 billion.")]
    assert got == [("yoy_growth", 107.6, "server_market_size"), ("server_market_size", 5.87e10, None)]
    got = [(f.metric, f.value, f.of) for f in extract_facts("Meanwhile, x86 revenue actually declined 2.9 percent year over year.")]
    assert got == [("yoy_growth", -2.9, "server_market_size")]
    got = [(f.metric, f.value) for f in extract_facts("非x86服务器收入则暴涨262.1%,达到225亿美元。")]
    assert got == [("yoy_growth", 262.1), ("server_market_size", 2.25e10)]


def test_what_buyers_consume_counted_in_units_is_shipped_to_each() -> None:
    # AWS大约消耗6500柜GB200,谷歌约4500柜,微软约7100柜: a buyer's consumption of a product counted in units is its demand,
    # shipped to it (LABELLING.md: a buyer's demand is shipments, keyed by the buyer), and each next buyer of the list
    # keys its own count
    got = [(f.metric, f.value, f.entity) for f in extract_facts(
        "从客户端来看,AWS大约消耗6500柜GB200,谷歌约4500柜,微软约7100柜,Meta约5000柜。")]
    assert got == [("shipments", 6500.0, "Amazon"), ("shipments", 4500.0, "Alphabet"), ("shipments", 7100.0, "Microsoft"),
                   ("shipments", 5000.0, "Meta")]


def test_a_demand_moving_from_a_years_level_to_the_next() -> None:
    # AI服务器机柜需求将从2025年的约2.8万台跃升至2026年的至少6万台: a year between the demand word and its count still
    # leaves the count the demand's (the shipments); the maker of a platform named before it is no buyer
    got = [(f.metric, f.value, f.period) for f in extract_facts(
        "摩根士丹利预测,仅英伟达平台的AI服务器机柜需求将从2025年的约2.8万台跃升至2026年的至少6万台。", kind="market_report")]
    assert got == [("shipments", 28000.0, "2025"), ("shipments", 60000.0, "2026")]


def test_the_long_form_of_computing_power_is_total_capacity() -> None:
    # 计算能力 is the long form of 算力 (CAICT's white papers: 中国计算能力规模年均增长46%): its growth is the total
    # capacity's, a CAGR over the span of years it is stated for
    got = [(f.metric, f.value, f.period, f.of) for f in extract_facts(
        "2016年至2021年,中国计算能力规模年均增长46%。", kind="market_report")]
    assert got == [("cagr", 46.0, "2016-2021", "total_compute_capacity")]


def test_a_share_up_from_its_level_in_an_earlier_year() -> None:
    # up from 65% in 2023: the same market share (or share) in the year named after the base, where the preposition
    # is read as part of the period (`in 2023`), not a growth rate of 2023
    got = [(f.metric, f.value, f.period, f.entity) for f in extract_facts(
        "Nvidia accounted for 80% of the AI chip market in 2024, up from 65% in 2023.", kind="market_report")]
    assert got == [("market_share", 80.0, "2024", "Nvidia"), ("market_share", 65.0, "2023", "Nvidia")]
    got = [(f.metric, f.value, f.period, f.item) for f in extract_facts(
        "AI servers accounted for 30% of server revenue in 2024, up from 20% in 2023.", kind="market_report")]
    assert got == [("share", 30.0, "2024", "ai_server"), ("share", 20.0, "2023", "ai_server")]


def test_a_share_above_its_base_keeps_its_own_period() -> None:
    # 份额为80%,高于2023年的65%: the year a comparison word governs dates the base, not the figure before it; where the
    # figure has its own year, the base is no threshold of that year (the exceed rule is for 将超越目前约四成, a base alone)
    got = [(f.metric, f.value, f.period, f.qualifier) for f in extract_facts(
        "英伟达占AI芯片市场的份额为80%,高于2023年的65%。", kind="market_report")]
    assert got == [("market_share", 80.0, None, None), ("market_share", 65.0, "2023", None)]
    got = [(f.metric, f.value, f.period, f.qualifier) for f in extract_facts(
        "2024年英伟达占AI芯片市场的份额为80%,高于2023年的65%。", kind="market_report")]
    assert got == [("market_share", 80.0, "2024", None), ("market_share", 65.0, "2023", None)]


def test_a_base_quantity_with_its_unit_word_dates_only_itself() -> None:
    # grew from 10 megawatts in 2022 to over 1,500 megawatts today; climbing from 4 gigawatts (GW) in 2024 to 123 GW:
    # the year after a base written with its unit's word is the base's, so the level moved to is not that year's (and
    # the base is no duplicate of it)
    head = "SOURCE: example\nTITLE: Data centre power\n\n"
    got = [(f.value, f.period) for f in extract_facts(
        head + "Data centre capacity in Johor grew from 10 megawatts in 2022 to over 1,500 megawatts today.",
        kind="market_report", published=date(2026, 1, 10))]
    assert got == [(1e7, "2022"), (1.5e9, None)]
    got = [(f.value, f.period) for f in extract_facts(
        head + "Power demand from AI data centers is expected to climb from 4 gigawatts (GW) in 2024 to 123 GW within the "
        "next decade.", kind="market_report", published=date(2026, 1, 10))]
    assert got == [(4e9, "2024"), (1.23e11, None)]


def test_a_growth_in_the_shipments_of_an_item_named_after_it() -> None:
    # a 2.05% growth in global server shipments: the shipments and their item are both named after the growth noun
    got = [(f.metric, f.value, f.item, f.of) for f in extract_facts(
        "TrendForce predicts a 2.05% growth in global server shipments this year.", kind="market_report")]
    assert got == [("yoy_growth", 2.05, "server", "shipments")]
    got = [(f.metric, f.value, f.item, f.of) for f in extract_facts(
        "Analysts expect a 30% increase in AI server shipments in 2025.", kind="market_report")]
    assert got == [("yoy_growth", 30.0, "ai_server", "shipments")]


def test_a_group_of_companies_gives_its_members_the_values_in_order() -> None:
    # 三大运营商……分别为20.5%、17.1%、34.5%: the group's values are its members', in the order the press lists them
    # (aliases.toml [groups]: 移动、电信、联通), not three rates of no one under the same keys
    got = [(f.metric, f.value, f.entity) for f in extract_facts(
        "三大运营商2024年云计算收入增速分别为20.5%、17.1%、34.5%。", kind="market_report")]
    assert got == [("yoy_growth", 20.5, "China Mobile"), ("yoy_growth", 17.1, "China Telecom"),
                   ("yoy_growth", 34.5, "China Unicom")]
    got = [(f.metric, f.value, f.entity) for f in extract_facts(
        "China's three major operators spent 164 billion yuan, 93.5 billion yuan and 61.4 billion yuan on capex in 2024, "
        "respectively.", kind="market_report")]
    assert got == [("capex", 1.64e11, "China Mobile"), ("capex", 9.35e10, "China Telecom"), ("capex", 6.14e10, "China Unicom")]


def test_a_group_must_list_entities_of_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from connectors.entities import AliasTableError, load_alias_table

    extra = tmp_path / "extra.toml"
    extra.write_text('[groups."big two"]\nmembers = ["Nvidia", "Acme Chips"]\naliases = ["the big two"]\n', encoding="utf-8")
    with pytest.raises(AliasTableError, match="not entities: Acme Chips"):
        load_alias_table(str(extra))
    extra.write_text('[groups."big two"]\nmembers = ["Nvidia", "AMD"]\naliases = ["the big two"]\n', encoding="utf-8")
    assert load_alias_table(str(extra)).members["big two"] == ("Nvidia", "AMD")


def test_a_bare_quarter_takes_the_year_of_the_months_to_date_before_it() -> None:
    # 2024年前三季度……Q3实现营业收入23.74亿元: the first nine months of 2024 (no period of the contract) name the year of the
    # bare Q3 after them in the same sentence, over a later year named in an earlier sentence
    text = ("海光信息三季报点评\n\n2025年在AI和信创双重加持下。2024年前三季度实现营业收入61.37亿元同比增长55.64%实现归母净利润"
            "15.26亿元同比增长69.22%,Q3实现营业收入23.74亿元同比增长78.33%。")
    got = [(p.period, text[p.start : p.end]) for p in find_periods(text, None)]
    assert ("2024Q3", "Q3") in got


def test_the_company_that_shipped_a_count_is_its_maker() -> None:
    # AMD shipped roughly 500,000 units …, with Intel shipping the remaining 400,000 units: the subject of the shipping verb
    # owns the count, not the company the page's title names; on a scraped page whose full stops are glued to the next
    # sentence (… in 2023.According to …), the sentences are still apart
    text = ("TITLE: TechInsights: Nvidia data-center GPU shipments and share in 2023\n\nNVIDIA maintained a commanding 98% "
            "market share in data center GPU shipments in 2023.According to TechInsights, AMD shipped roughly 500,000 units "
            "in 2023, with Intel shipping the remaining 400,000 units.")
    got = [(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, kind="market_report")]
    assert got == [("market_share", 98.0, "Nvidia", "shipments"), ("shipments", 5e5, "AMD", None),
                   ("shipments", 4e5, "Intel", None)]


def test_a_full_stop_glued_to_the_next_sentence_ends_a_sentence() -> None:
    from connectors.extract import _sentences

    text = "totaling about 3.76 million units.Comparable to 2022, it held 98% in 2023.TechInsights estimates 3.85 million."
    assert [text[a:b].strip() for a, b in _sentences(text)] == [
        "totaling about 3.76 million units.", "Comparable to 2022, it held 98% in 2023.", "TechInsights estimates 3.85 million."]
    # (not a decimal point, a lone capital's stop or a domain)
    assert len(_sentences("U.S.Steel reported 3.5 billion at amazon.com today.")) == 1


def test_a_rate_whose_bracketed_amount_is_that_part_of_an_earlier_amount() -> None:
    # 60% (about $3.1 trillion) … of the $5.2 trillion broken down: 0.6 × 5.2 ≈ 3.1, so the rate is a share of the amount
    # named before it (its fact stated earlier in the page); a bracketed amount that is no such part makes no share
    text = ("Data center capex will reach $5.2 trillion by 2030. Breaking down the $5.2 trillion for AI-grade facilities, "
            "McKinsey estimates roughly 60% (about $3.1 trillion) will flow to technology developers and designers, 25% "
            "(about $1.3 trillion) to energy suppliers, and 15% (about $800 billion) to builders.")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text, kind="market_report")]
    assert got == [("capex", 5.2e12, None), ("share", 60.0, "capex"), ("share", 25.0, "capex"), ("share", 15.0, "capex")]
    assert [f.metric for f in extract_facts(
        "Data center capex will reach $5.2 trillion by 2030. Breaking down the $5.2 trillion, roughly 60% (about $1.1 "
        "trillion) will flow to developers.", kind="market_report")] == ["capex"]


def test_its_figure_is_the_last_company_of_a_list_before_it() -> None:
    # Along with tech giants like Google, Microsoft is … with its capital spending rising 77.6% to $19 billion: "its" is the
    # company named last, though a list ends with it (without the pronoun, a figure after a list is the list's sum)
    got = [(f.metric, f.value, f.entity) for f in extract_facts(
        "Along with tech giants like Google, Microsoft is heavily investing in data centers, with its capital spending "
        "rising 77.6% to $19 billion in the quarter.", kind="capex")]
    assert got == [("yoy_growth", 77.6, "Microsoft"), ("capex", 1.9e10, "Microsoft")]


def test_a_years_report_card_in_the_title_is_the_period_reported() -> None:
    # 中科曙光2024年成绩单解析: a year's results (成绩单, its report card) named in the title is the period the page reports
    # on, not a fourth quarter one of its first paragraphs mentions in passing
    text = ("TITLE: 中科曙光2024年成绩单解析\n\n2024年度,公司实现营业收入131.48亿元,第四季度单季现金流39.99亿元。\n"
            "分业务看,IT设备板块收入117.06亿元(占比89%)。")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert ("revenue", 1.1706e10, "2024") in got and ("share", 89.0, "2024") in got


def test_ai_hardware_of_servers_and_the_ai_data_centre_market() -> None:
    # IDC's 人工智能硬件市场(服务器) is the AI-server market; the AI data-centre market is investment in AI data centres
    # (LABELLING.md metric table: 智算中心 market investment), each with its CAGR
    got = [(f.metric, f.value, f.period, f.of) for f in extract_facts(
        "全球人工智能硬件市场(服务器)规模将从2022年的195亿美元增长到2026年的347亿美元,年复合增长率达17.3%。", kind="market_report")]
    assert got == [("ai_server_market_size", 1.95e10, "2022", None), ("ai_server_market_size", 3.47e10, "2026", None),
                   ("cagr", 17.3, "2022-2026", "ai_server_market_size")]
    got = [(f.metric, f.value, f.period) for f in extract_facts(
        "全球AI數據中心的市場規模將由2025年的175.4億美元，增加至2034年的1657.3億美元。", kind="market_report")]
    assert got == [("compute_investment", 1.754e10, "2025"), ("compute_investment", 1.6573e11, "2034")]


def test_a_cagr_pointing_back_at_the_amount_before_it() -> None:
    # … capacity reached 1.4 GW in 2024 … This is expected to grow at a compound annual rate of 21%: the CAGR of the
    # amount the sentence before ends on, keyed as that amount is (India's, not a company the page names elsewhere)
    text = ("SOURCE: example\nTITLE: Amazon and others bet on India's data centres\n\nThe report reveals that India's data "
            "centre capacity reached 1.4 GW in 2024, translating to a market size of USD 5.03 billion. This is expected to "
            "grow at a compound annual rate of 21% through 2030.")
    got = [(f.metric, f.value, f.region, f.entity, f.of) for f in extract_facts(text, kind="market_report")]
    assert ("cagr", 21.0, "IN", None, "datacenter_power") in got


def test_domestic_chips_share_with_no_market_named() -> None:
    # 国产芯片份额从15%(2023)→30%(2024): the domestic part of the chips (LABELLING.md I5, I6), each in the year bracketed
    # right after it; with a market named (中国AI芯片市场中) too (I7: a slice by item, as 24 of the 33 held-out labels of a
    # domestic share of chips or of the chip market with no company key it); the domestic makers as one (本土厂商份额) keep
    # a market share
    got = [(f.metric, f.value, f.period, f.item, f.of) for f in extract_facts(
        "国产芯片份额从15%(2023)→30%(2024)。", kind="market_report")]
    assert got == [("share", 15.0, "2023", "domestic", "accelerator_count"),
                   ("share", 30.0, "2024", "domestic", "accelerator_count")]
    got = [(f.metric, f.of) for f in extract_facts("中国AI芯片市场中,国产芯片份额达30%。", kind="market_report")]
    assert got == [("share", "accelerator_count")]
    got = [(f.metric, f.of) for f in extract_facts("中国AI芯片市场中,本土厂商份额预计由17%升至55%。", kind="market_report")]
    assert got and all(g == ("market_share", "ai_compute_market_size") for g in got)


def test_a_domestic_portion_risen_from_a_year_to_the_next_ones() -> None:
    # the locally-produced portion of its annual server tender has risen from 20% in 2020 to nearly 50% last year and
    # 67.5% this year: the domestic part (the word right before the share word, over the product named after it), the
    # start in its own year (named after it), the level moved to past that year, then the next of the list in its own
    got = [(f.metric, f.value, f.period, f.item, f.of) for f in extract_facts(
        "In the case of China Telecom, the locally-produced portion of its annual server tender has risen from 20% in 2020 "
        "to nearly 50% last year and 67.5% this year.", kind="tender", published=date(2024, 5, 1))]
    assert got == [("share", 20.0, "2020", "domestic", "tender_quantity"), ("share", 50.0, "2023", "domestic", "tender_quantity"),
                   ("share", 67.5, "2024", "domestic", "tender_quantity")]


def test_one_rate_for_both_year_and_quarter_on_quarter_and_a_price_growth() -> None:
    # 同比和环比增速均接近30%: one rate stated for both, so the year-on-year growth; the growth of a price (服务器单价
    # 下降15%) is of no metric of the vocabulary, not of the market of the product priced
    got = [(f.metric, f.value, f.entity, f.of) for f in extract_facts(
        "新华三第二季度营收266.35亿元,同比和环比增速均接近30%。", kind="capex")]
    assert got == [("revenue", 2.6635e10, "H3C", None), ("yoy_growth", 30.0, "H3C", "revenue")]
    assert [f.metric for f in extract_facts("第二季度营收266亿元,环比增长30%。", kind="capex")] == ["revenue"]
    assert extract_facts("全球服务器市场回暖,服务器单价下降15%。", kind="market_report") == []


def test_buyers_part_of_the_demand_for_an_item() -> None:
    # 字节、阿里、腾讯、百度占H20需求80%+; over 60% of global demand for AI servers: the buyers' part of the demand for the
    # item, shipped to them (LABELLING.md E9), keyed by no one buyer
    got = [(f.metric, f.value, f.entity, f.item, f.of) for f in extract_facts("字节、阿里、腾讯、百度占H20需求80%+。", kind="market_report")]
    assert got == [("share", 80.0, None, "H20", "shipments")]
    got = [(f.metric, f.value, f.item, f.of) for f in extract_facts(
        "Microsoft, Google, AWS and Meta collectively command over 60% of global demand for AI servers.", kind="market_report")]
    assert got == [("share", 60.0, "ai_server", "shipments")]


def test_a_figure_named_as_a_quarters_is_of_a_quarter() -> None:
    # 創紀錄的季度數據中心收入為184億美元 under a line naming the fourth quarter and the fiscal year: a quarter's figure, of
    # the quarter the release reports on, not of the year beside it; 单季度资本开支314亿美元 after 25Q2's trailing figure:
    # of that quarter (a named quarter, 6月季度, is read as such)
    text = ("TITLE: NVIDIA 公佈2024財年第四季度財務業績\n\nNVIDIA 公佈第四季度和 2024 財年的財務業績\n•創紀錄的季度數據中心收入為184億美元,"
            "比去年同期增長409%\n")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text, published=date(2024, 2, 21))]
    assert ("datacenter_revenue", 1.84e10, "FY2024Q4") in got
    got = [(f.metric, f.value, f.period) for f in extract_facts(
        "亚马逊:25Q2资本支出(TTM)1030亿美元(同比+85.8%),单季度资本开支314亿美元。", kind="capex")]
    assert ("capex", 3.14e10, "2025Q2") in got


def test_eventually_by_a_year_is_that_years() -> None:
    # eventually surpassing $222.7 billion by 2028; will eventually hold 800,000 Nvidia graphics cards by late 2026: a
    # future word leaves a figure undated only where no year it is reached by follows it
    got = [(f.value, f.period) for f in extract_facts(
        "The AI server market will keep growing, eventually surpassing $222.7 billion by 2028.", kind="market_report",
        published=date(2025, 10, 1))]
    assert got == [(2.227e11, "2028")]
    got = [(f.value, f.period) for f in extract_facts(
        "Oracle's Zettascale10 supercomputer will eventually hold 800,000 Nvidia graphics cards by late 2026.",
        kind="capex", published=date(2025, 10, 1))]
    assert got == [(8e5, "2026")]


def test_last_year_on_an_undated_page_of_a_years_full_results() -> None:
    # 三星电子 2025 年第四季度及全年业绩 …… 去年全年,三星年营收增长10.87%: a page announcing a year's full results is written in
    # the year after it, so its undated "last year" is the year reported (P4 where the sentence names no year)
    text = "TITLE: 三星电子 2025 年第四季度及全年业绩\n\n据外媒消息,1月29日,三星电子正式公布业绩。去年全年,三星年营收增长10.87%,达到333.6万亿韩元。"
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert ("yoy_growth", 10.87, "2025") in got and ("revenue", 3.336e14, "2025") in got
    got = [(p.period, text[p.start : p.end]) for p in find_periods(text, None)]
    assert ("2025", "去年") in got


def test_the_figure_a_revised_forecast_moved_from_is_the_earlier_statement() -> None:
    # raised 2025 capex guidance to $92 billion from $85 billion; raised its annual forecast to $36 billion, up from $33
    # billion; from $75 billion to $85 billion: the figure the revision started from is the earlier guidance, a forecast
    # with the same keys (LABELLING.md B3), not a duplicate of the new one nor a base of an earlier period
    cases = [
        (" date 2025-10-30 Alphabet raised 2025 capex guidance to $92 billion from $85 billion.", [9.2e10, 8.5e10]),
        (" date 2025-11-05 Supermicro raised its annual forecast for fiscal 2026 revenue to $36 billion, up from "
         "$33 billion.", [3.6e10, 3.3e10]),
        (" date 2025-07-24 Alphabet raised its 2025 capital expenditure forecast from $75 billion to $85 billion.",
         [7.5e10, 8.5e10]),
        (" date 2024-10-31 Meta raised its annual capex projection to US$38-40 billion, slightly up from the previous "
         "US$37-40 billion range.", [3.9e10, 3.85e10]),
    ]
    for text, values in cases:
        got = extract_facts(text)
        assert [f.value for f in got] == values, text
        assert len({(f.metric, f.period, f.entity) for f in got}) == 1 and {f.basis for f in got} == {"forecast"}, text
    # a result compared with last year's is no revision, though a forecast was raised before it: its base stays the
    # earlier period's actual
    text = (" date 2025-10-30 Alphabet, which raised its capex forecast, said third-quarter 2025 revenue rose to $102.3 "
            "billion from $88.3 billion a year earlier.")
    assert [(f.value, f.period, f.basis) for f in extract_facts(text) if f.value == 8.83e10] == [(8.83e10, "2024Q3", "actual")]


def test_a_chip_makers_ai_revenue_glued_to_its_quarter_is_data_center_revenue() -> None:
    # 博通FY25Q2AI业务收入超44亿美元: the AI word glued to the fiscal quarter before it (no word boundary between 2 and A)
    text = " date 2025-06-20 博通FY25Q2AI业务收入超44亿美元,同比+46%。"
    assert [(f.metric, f.of, f.value) for f in extract_facts(text)] == [
        ("datacenter_revenue", None, 4.4e9), ("yoy_growth", "datacenter_revenue", 46.0)]


def test_a_revenue_of_a_business_line_named_by_its_item() -> None:
    # 服务器及部件业务收入 (LABELLING.md I4), 服务器业务收入: the business-line word between the item and the revenue word
    text = " date 2025-08-30 浪潮信息2025年上半年服务器及部件业务收入高达752.86亿元。新华三上半年AI服务器业务收入实现7亿元。"
    assert [(f.entity, f.item, f.value) for f in extract_facts(text)] == [("Inspur", "server", 7.5286e10), ("H3C", "ai_server", 7e8)]
    # a company's revenue with no line named keeps no item
    assert [f.item for f in extract_facts(" date 2025-08-30 浪潮信息上半年业务收入752.86亿元。")] == [None]


def test_values_respectively_of_full_years_then_part_of_a_later_year() -> None:
    # 2022年、2023年、2024年及2025年1-6月……分别为 (a prospectus's reporting periods): each full year, then the half;
    # 2023年和2024年前三季度: nine months are no period of the contract (none)
    text = " date 2026-01-10 2022年、2023年、2024年及2025年1-6月,公司营业收入分别为1.2亿元、1.5亿元、2.69亿元和1.9亿元。"
    assert [(f.value, f.period) for f in extract_facts(text)] == [
        (1.2e8, "2022"), (1.5e8, "2023"), (2.69e8, "2024"), (1.9e8, "2025H1")]
    text = " date 2026-01-10 2024年及2025年上半年,公司收入分别为2.69亿元和1.9亿元。"
    assert [(f.value, f.period) for f in extract_facts(text)] == [(2.69e8, "2024"), (1.9e8, "2025H1")]
    text = " date 2026-01-10 2023年和2024年前三季度,公司收入分别为2.69亿元和1.9亿元。"
    assert [(f.value, f.period) for f in extract_facts(text)] == [(2.69e8, "2023"), (1.9e8, None)]


def test_a_bare_scaled_range_of_a_count_and_a_chip_makers_supply() -> None:
    # 预计出货量在15-17万之间: a range with the scale on its high bound only, the level a shipment word stands at (在)
    text = " date 2024-06-01 华为昇腾芯片今年运营商的需求最为稳定,预计出货量在15-17 万之间。"
    got = [(f.metric, f.value, f.low, f.high) for f in extract_facts(text)]
    assert got == [("shipments", 1.6e5, 1.5e5, 1.7e5)]
    # Nvidia AI GPU的供應量為500-600萬個: a chip maker's supply of its own chips is its shipments, whatever the counter
    text = " date 2025-06-01 2025年Google TPU的單位數量約為150-200萬,相比之下Nvidia AI GPU的供應量為500-600萬個。"
    assert [(f.metric, f.entity, f.value) for f in extract_facts(text) if f.value == 5.5e6] == [("shipments", "Nvidia", 5.5e6)]


def test_growth_rates_respectively_over_a_run_of_one_more_year() -> None:
    # 2021年至2024年……同比增幅分别为A、B、C: four years, three growth rates: each year's growth on the year before
    text = " date 2025-06-01 2021年至2024年,公司营业收入同比增幅分别为71.02%、25.75%、35.55%。"
    assert [(f.metric, f.value, f.period) for f in extract_facts(text)] == [
        ("yoy_growth", 71.02, "2022"), ("yoy_growth", 25.75, "2023"), ("yoy_growth", 35.55, "2024")]
    # amounts of the same span are no growth: one per listed year only where the counts agree
    text = " date 2025-06-01 2022年至2024年,公司营业收入分别为10亿元、12亿元、15亿元。"
    assert [f.period for f in extract_facts(text)] == ["2022", "2023", "2024"]


def test_a_bare_yi_amount_after_an_investment_scale_and_a_domestic_chip_market() -> None:
    # 近两年中国移动的AI直接投资规模超过120亿: the money's size word (规模) between the metric and its amount, 元 left out
    text = " date 2025-03-20 近两年中国移动的AI直接投资规模超过120亿。"
    assert [(f.metric, f.entity, f.value, f.unit) for f in extract_facts(text)] == [
        ("compute_investment", "China Mobile", 1.2e10, "CNY")]
    # 国产AI芯片市场规模: the market of domestic chips (LABELLING.md I5); a country's market names no item
    text = " date 2024-06-01 2024年国产AI芯片市场规模预计达500亿元,中国AI芯片市场规模预计达1500亿元。"
    assert [(f.item, f.value) for f in extract_facts(text)] == [("domestic", 5e10), (None, 1.5e11)]


def test_earlier_and_market_statements_named_in_more_words_are_kept_as_forecasts() -> None:
    # the Street's and the company's earlier figures beside the result (LABELLING.md B2, B3): a forecast line each, not a
    # duplicate of the result dropped
    cases = [
        (" date 2026-05-06 AMD reported second-quarter 2026 revenue of $11.2 billion, above the $10.7 billion analysts had "
         "pencilled in.", 1.07e10),
        (" date 2025-06-26 Micron's fiscal third-quarter revenue of $9.3 billion was ahead of the $9.9 billion average analyst "
         "estimate.", 9.9e9),
        (" date 2026-02-27 Dell expects fiscal 2027 revenue of $167 billion, up from a prior guide of $140 billion.", 1.4e11),
        (" date 2025-08-01 Amazon now expects 2025 capex of about $120 billion, up from ~$105 billion previously.", 1.05e11),
        (" date 2025-04-20 摩根士丹利将2025年全球云厂商资本开支上调至4450亿美元,原预测4000亿美元。", 4e11),
    ]
    for text, earlier in cases:
        got = extract_facts(text)
        assert [(f.value, f.basis) for f in got if f.value == earlier] == [(earlier, "forecast")], text
        assert len(got) >= 2, text


def test_a_revision_to_a_level_in_the_clause_after_its_start() -> None:
    # 已由原先的5210亿美元,大幅上调至6,490亿美元: the figure revised is the earlier statement, the new level kept beside it;
    # 将从今年的1,500亿元，调升至1,600亿元: the move's end in the next clause is of its own period (明年), not this year's
    text = " date 2025-11-20 美國大型CSP對2026年資本支出預估已由原先的5210億美元,大幅上調至6,490億美元。"
    assert [(f.value, f.period, f.basis) for f in extract_facts(text)] == [
        (5.21e11, "2026", "forecast"), (6.49e11, "2026", "forecast")]
    text = " date 2025-12-23 字節跳動明年AI資本支出將從今年的人民幣1,500億元，調升至人民幣1,600億元。"
    assert [(f.value, f.period) for f in extract_facts(text)] == [(1.5e11, "2025"), (1.6e11, "2026")]
    # a from-word two clauses back starts no move of this one (從先前40~50週降至不到16週,……全年出貨量上修至167萬台)
    text = (" date 2024-07-17 交貨前置時間從先前動輒40~50週降至不到16週,TrendForce預估AI伺服器第二季出貨量季增近20%,"
            "全年出貨量上修至167萬台。")
    assert [(f.value, f.period) for f in extract_facts(text) if f.value == 1.67e6] == [(1.67e6, "2024")]


def test_a_chip_makers_output_of_its_chips_is_its_shipments() -> None:
    # 昇騰910C的產量提升至約60萬顆: a maker's output counts as what it ships (LABELLING.md metric table); a fab's output
    # of wafers (产量12.77万片) stays outside the vocabulary
    text = " date 2025-09-10 該公司計劃明年將旗艦芯片昇騰910C的產量提升至約60萬顆。"
    assert [(f.metric, f.entity, f.item, f.value, f.period) for f in extract_facts(text)] == [
        ("shipments", "Huawei", "Ascend 910C", 6e5, "2026")]
    assert extract_facts(" date 2025-09-10 该厂12月产量12.77万片,年增率409.84%。") == []


def test_a_rate_before_year_on_year_words_then_its_metric_and_growth_noun() -> None:
    # posted 11% year-over-year revenue growth: the metric between the rate and its growth noun, past the year-on-year words
    text = " date 2025-05-28 Kingsoft Cloud's revenue reached RMB1.97 billion in Q1 2025. It posted 11% year-over-year revenue growth."
    assert [(f.metric, f.of, f.value) for f in extract_facts(text) if f.unit == "%"] == [("yoy_growth", "revenue", 11.0)]


def test_a_business_lines_growth_after_comparison_or_average_words_and_a_half_glossed_by_its_quarters() -> None:
    # 智能计算集群系统业务较上年同期增长31.85%: the line's growth (its revenue's, LABELLING.md I9) past 较上年同期
    text = " date 2024-04-01 寒武纪去年智能计算集群系统业务较上年同期增长31.85%。"
    assert [(f.of, f.value, f.period) for f in extract_facts(text)] == [("revenue", 31.85, "2023")]
    # 2025年上半年(Q1、Q2)……平均同比增速约55%: the half's figure; the bracketed quarters only gloss the half
    text = " date 2025-09-01 紫光股份2025年上半年(Q1、Q2)云计算业务平均同比增速约55%。"
    assert [(f.of, f.value, f.period) for f in extract_facts(text)] == [("revenue", 55.0, "2025H1")]


def test_a_scale_word_alone_after_a_money_metric_and_its_level_verb() -> None:
    # 寒武纪2025年收入破百亿: revenue past ten billion yuan, 元 left out
    text = " date 2025-06-01 寒武纪2025年收入破百亿。"
    assert [(f.metric, f.entity, f.value, f.unit) for f in extract_facts(text)] == [("revenue", "Cambricon", 1e10, "CNY")]


def test_a_market_share_with_no_whole_on_a_page_about_shipments() -> None:
    # 广达约30%、英业达约20% under a title about GB200 rack deliveries: an ODM's share of what is shipped
    text = ("TITLE: 专家纪要:GB200 机柜交付、ODM 份额与 CSP 需求\n"
            " date 2025-12-19 今年GB200机柜的ODM份额中,广达约30%,英业达约20%。\n")
    assert [(f.metric, f.entity, f.of, f.value) for f in extract_facts(text) if f.unit == "%"] == [
        ("market_share", "Quanta", "shipments", 30.0), ("market_share", "Inventec", "shipments", 20.0)]


def test_a_chip_models_share_with_no_whole_named_is_of_the_chips_counted() -> None:
    # GPU类型:英伟达H800占比约70%,华为昇腾910B占比20%: a chip model's part of the chips (LABELLING.md I6)
    text = " date 2024-05-01 GPU类型:英伟达H800占比约70%,华为昇腾910B占比20%。"
    assert [(f.metric, f.item, f.of, f.value) for f in extract_facts(text)] == [
        ("share", "H800", "accelerator_count", 70.0), ("share", "Ascend 910B", "accelerator_count", 20.0)]


def test_a_firms_home_is_no_region_of_its_figures() -> None:
    # analysis firm TechInsights from Canada: where the firm is, not the market its 98% share is of
    text = (" date 2024-06-10 A research by semiconductor analysis firm TechInsights from Canada indicates that NVIDIA "
            "maintained a commanding 98% market share in data center GPU shipments in 2023.")
    assert [(f.entity, f.region, f.value) for f in extract_facts(text)] == [("Nvidia", "GLOBAL", 98.0)]


def test_an_english_market_share_with_no_place_is_the_worlds() -> None:
    # Nvidia remains dominant in AI accelerators with an 86% market share in 2025: no place named, the world market
    # (on a page whose title names the company and capex: no market report, so no world default for the page)
    text = ("TITLE: Nvidia 86% AI-accelerator share; Morgan Stanley five-hyperscaler capex $805 billion 2026\n\n"
            "Nvidia remains dominant in AI accelerators with an 86% market share in 2025, unchanged from 2024.\n")
    got = [(f.metric, f.entity, f.region, f.value) for f in extract_facts(text, published=date(2026, 1, 20))]
    assert ("market_share", "Nvidia", "GLOBAL", 86.0) in got


def test_the_price_of_an_hour_of_a_gpu() -> None:
    # subsidized rates of ₹67 per hour, ₹115 per GPU hour, ₹115–150 per GPU-hour: the price of a GPU rented by the hour
    text = (" date 2025-05-30 IndiaAI offers GPUs at subsidized rates of ₹67 per hour, against the average market rate of ₹115 "
            "per GPU hour.")
    assert [(f.metric, f.value, f.unit) for f in extract_facts(text)] == [("unit_price", 67.0, "INR"), ("unit_price", 115.0, "INR")]


def test_the_figure_a_result_is_set_against_with_vs() -> None:
    # 營收:681.3億美元 v.s. 662.1億美元, $68.13 billion vs. $66.21 billion expected: the expectation, a forecast of the same
    # keys (LABELLING.md B2); "v.s." ends no sentence
    text = " date 2026-02-26 輝達第四季營收：681.3 億美元 v.s. 662.1 億美元。"
    assert [(f.metric, f.value, f.basis) for f in extract_facts(text)] == [
        ("revenue", 6.813e10, "actual"), ("revenue", 6.621e10, "forecast")]
    # a base of another period or another company's figure after "vs." is no expectation
    text = " date 2025-08-06 Supermicro's Q4 revenue was $5.76 billion vs. $5.31 billion in the same quarter last year."
    assert {f.basis for f in extract_facts(text)} == {"actual"}
    text = " date 2025-08-06 xAI expects $500M 2025 revenue vs. $12.7B for OpenAI."
    assert [f.value for f in extract_facts(text) if f.basis == "forecast" and f.entity == "xAI"] == [5e8]


def test_a_compound_growth_over_n_years_from_a_base_year() -> None:
    # 2024年起5年營收複合成長率接近25%: the span from the base year to five years later (LABELLING.md P9: both ends stated);
    # a total over three years from a year on (2025年起未来3年……共计) is no such span
    text = " date 2026-01-16 台積電預估AI加速器營收2024年起5年複合成長率接近25%。"
    assert [(f.metric, f.period, f.value) for f in extract_facts(text)] == [("cagr", "2024-2029", 25.0)]
    periods = find_periods("若2025年起未来3年头部互联网厂商每年资本开支维持高位", date(2025, 6, 1))
    assert [p.period for p in periods if p.kind == "span"] == []


def test_a_months_end_with_no_year_is_the_latest_such_month() -> None:
    # a pool that crossed 34k GPUs by end-May (a page of 2025-06-10): May 2025 (LABELLING.md P8); a year named after the
    # month is its own
    got = [(p.period, p.kind) for p in find_periods("a pool that crossed 34k GPUs by end-May", date(2025, 6, 10))]
    assert got == [("2025-05", "month")]
    assert [p.period for p in find_periods("by the end of July", date(2025, 6, 10))] == ["2024-07"]
    assert [p.period for p in find_periods("by the end of May 2024", date(2025, 6, 10))] == ["2024-05"]


def test_a_kind_of_products_market_share_and_a_share_moving_over_a_span() -> None:
    # x86 服务器的市场份额在 85% 左右: a kind of product's part of its market (a share, no company's market share)
    text = " date 2024-06-01 IDC预测2024年全球服务器市场总空间为1,971亿美元。x86 服务器的市场份额在 85% 左右。"
    assert [(f.metric, f.of, f.value) for f in extract_facts(text) if f.unit == "%"] == [("share", "server_market_size", 85.0)]
    # 2023年至2026年……占比将从11.9%增长到31.7%: the move's start at the span's first year, its end at the last
    text = (" date 2023-09-20 2023年至2026年,全球用于运行生成式AI的服务器市场规模在整体人工智能服务器市场的占比将从11.9%"
            "增长到31.7%。")
    assert [(f.value, f.period) for f in extract_facts(text)] == [(11.9, "2023"), (31.7, "2026")]


def test_a_power_sizing_a_facility_on_a_page_about_data_centres() -> None:
    # a 12 MW project, a 20-MW facility, the first 20MW phase: a data centre's power where the text speaks of data centres
    text = (" date 2025-09-01 Thailand's BOI approved more data center investments. They include a 12 MW project in "
            "Bangkok and an 80 MW project in Amata City.")
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("datacenter_power", 1.2e7), ("datacenter_power", 8e7)]
    # a small plant's power with no data centre around is no data centre's
    assert extract_facts(" date 2025-09-01 The town built a 12 MW project on its river.") == []


def test_switches_counted_in_a_procurement() -> None:
    # package 2 is 60 white-box switches: what a procurement counts, by its noun, as its servers are
    text = (" date 2024-05-01 China Mobile's AI computing center procurement: package 1 is 200 AI servers and package 2 is "
            "60 white-box switches.")
    assert [(f.metric, f.item, f.value) for f in extract_facts(text)] == [
        ("tender_quantity", "ai_server", 200.0), ("tender_quantity", "switch", 60.0)]


def test_an_amount_in_yi_before_an_item_is_money_not_a_count() -> None:
    # 运营商300亿AI服务器招标: thirty billion servers no one buys: the yuan of the tender, 元 left out; 10万台 stays a count
    text = " date 2025-03-20 运营商300亿AI服务器招标落地。"
    assert [(f.metric, f.item, f.value, f.unit) for f in extract_facts(text)] == [("tender_amount", "ai_server", 3e10, "CNY")]
    assert [(f.metric, f.value) for f in extract_facts(" date 2025-03-20 运营商采购10万台AI服务器。")] == [("tender_quantity", 1e5)]


def test_sellers_named_as_a_group_hold_a_market_share() -> None:
    # White box vendors, 白牌服务器厂商: sellers off the alias table, together: a market share with no entity, of the
    # market (not of the servers they make); their units shipped when the clause counts units
    text = " date 2025-09-01 In Q2 2025, White box vendors captured more than 60 percent of the server market."
    assert [(f.metric, f.entity, f.item, f.of) for f in extract_facts(text)] == [
        ("market_share", None, None, "server_market_size")]
    text = " date 2025-03-01 2024年全球服务器市场中,白牌服务器厂商占据了服务器总收入的56%以上。"
    assert [(f.metric, f.item, f.of) for f in extract_facts(text) if f.unit == "%"] == [
        ("market_share", None, "server_market_size")]
    text = " date 2023-12-01 目前全球服务器前三大供应商出货量合计占到全球三分之一。"
    assert [(f.metric, f.of) for f in extract_facts(text)] == [("market_share", "shipments")]
    # a buyer industry's part stays a share (服务和政府行业 are buyers, not sellers)
    text = " date 2024-05-01 2024年服务器市场中,服务和政府行业次之,分别占有18.4%和16.9%市场份额。"
    assert {f.metric for f in extract_facts(text)} == {"share"}


def test_compound_growth_named_by_speed_and_growth_named_by_manner() -> None:
    # 复合增速 is a compound annual rate as 复合增长率 is; 销售量 counts units sold, not the money of 销售
    text = " date 2020-09-01 过去 5 年中国 X86 架构服务器销售量复合增速为 9.9%。"
    assert [(f.metric, f.of) for f in extract_facts(text)] == [("cagr", "shipments")]
    # 算力中心服务市场: the compute industry's market of services; 18.9% 的复合增速 after the rate
    text = " date 2024-06-01 未来五年,中国算力中心服务市场将以 18.9% 的复合增速持续增长。"
    assert [(f.metric, f.of) for f in extract_facts(text)] == [("cagr", "compute_industry_size")]
    # 13% 的温和增长: a word of how it grew between 的 and the growth noun
    text = " date 2025-03-01 IDC 预测 2025 年 X86 服务器市场销售额仍有 13% 的温和增长。"
    assert [(f.metric, f.of, f.period) for f in extract_facts(text)] == [("yoy_growth", "server_market_size", "2025")]


def test_a_rival_s_rate_in_a_bracket_and_a_quarter_still_to_come_is_no_page_period() -> None:
    # a page of 2026-02: 今年第一季 (a forecast, in the body, with no year of its own) is not the page's quarter, so the
    # bare 第四季 of the results is the last one ended (2025Q4); Google Cloud（48%）and 微軟Azure（39%）are the rivals'
    # growth of the same revenue, Microsoft's in its own fiscal quarter
    text = ("TITLE: 亞馬遜2026年資本支出約2000億美元\n\n date 2026-02-06 亞馬遜預估今年第一季營業利益介於165億至215億美元。\n\n"
            "此外，公司預計將投入10億美元於衛星網路「利奧」（Leo）、快電商及國際業務降價，導致獲利預測低標不如預期。\n\n"
            "儘管亞馬遜雲端業務（AWS）第四季銷售成長24%，創下13個季度以來新高，但仍遜於對手Google Cloud（48%）與微軟Azure（39%）。")
    assert [(f.entity, f.value, f.period) for f in extract_facts(text) if f.metric == "yoy_growth"] == [
        ("Amazon", 24.0, "2025Q4"), ("Alphabet", 48.0, "2025Q4"), ("Microsoft", 39.0, "FY2026Q2")]


def test_a_level_reached_as_a_total_and_a_share_of_total_spending() -> None:
    # reaching a total of $31.8 billion: the level the growth just stated led to, of the same metric; IDC's "compute and
    # storage hardware for AI" is its AI infrastructure market; 89% of total spending in a market report: of that market
    text = (" date 2024-10-01 IDC says in the first half of 2024 alone, organisations increased their investments in compute "
            "and storage hardware for AI deployments by 37% year-on-year, reaching a total of $31.8 billion. In the first "
            "half of 2024, servers constituted a staggering 89% of total spending.")
    assert [(f.metric, f.of, f.value) for f in extract_facts(text, kind="market_report")] == [
        ("yoy_growth", "ai_server_market_size", 37.0), ("ai_server_market_size", None, 3.18e10),
        ("share", "ai_server_market_size", 89.0)]
    text = " date 2025-09-01 In Q2 2025, organizations spent $82 billion on compute and storage hardware for AI deployments."
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("ai_server_market_size", 8.2e10)]


def test_a_share_moving_from_a_year_s_level_named_after_its_clause() -> None:
    # 于整体服务器出货占比也持续提升,从2023年12.4%成长至2027年20.9%: the share word and its move close a clause, the level
    # it moved from (in the year glued to it) and the level it moved to follow; of the units shipped named before the
    # share noun, of the market's product
    text = (" date 2024-05-01 随着全球AI服务器市场持续成长,于整体服务器出货占比也持续提升,从2023年12.4%成长至2027年20.9%。")
    assert [(f.metric, f.item, f.of, f.period, f.value) for f in extract_facts(text, kind="market_report")] == [
        ("share", "ai_server", "shipments", "2023", 12.4), ("share", "ai_server", "shipments", "2027", 20.9)]


def test_infrastructure_spending_and_a_share_of_the_total_stated_before() -> None:
    # Synergy's infrastructure spending is the buyers' capex; "29 percent of the total" is a part of the amount the
    # sentence before stated, a place's and no company's
    text = (" date 2023-03-27 Across all three groups, infrastructure spending in 2022 reached $700 billion. Hyperscale "
            "companies accounted for 29 percent of the total.")
    got = [(f.metric, f.of, f.entity, f.region, f.period, f.value) for f in extract_facts(text, kind="capex")]
    assert got == [("capex", None, None, "GLOBAL", "2022", 7e11), ("share", "capex", None, "GLOBAL", "2022", 29.0)]
    # IDC's server infrastructure spending stays the server market
    text = (" date 2024-10-01 In the first half of 2024, accelerated servers grew 63%, making up 58% of total server "
            "infrastructure spending.")
    assert [(f.of, f.value) for f in extract_facts(text, kind="market_report") if f.metric == "share"] == [
        ("server_market_size", 58.0)]


def test_a_plus_signed_rate_glued_to_an_amount_is_its_growth() -> None:
    # 营业总收入48.67亿元+10.02%: the amount's growth, as 收入达833亿元/+65.6% and $32.9 billion (+29%) are
    text = " date 2025-08-30 2025年上半年,公司营业总收入48.67亿元+10.02%。"
    assert [(f.metric, f.of, f.value) for f in extract_facts(text) if f.unit == "%"] == [("yoy_growth", "revenue", 10.02)]


def test_the_cloud_giants_investing_as_a_group_is_their_capex() -> None:
    # The top five U.S. hyperscale companies are set to invest $736B: the hyperscalers' capital spending (not a compute
    # deal), a forecast ("set to")
    text = " date 2025-06-01 The top five U.S. hyperscale companies are set to invest $736B in 2025–2026."
    assert [(f.metric, f.period, f.basis) for f in extract_facts(text)] == [("capex", "2025-2026", "forecast")]


def test_a_company_off_the_table_named_in_latin_letters_holds_a_market_share() -> None:
    # IBM, HP (off the alias table): a seller's market share, entity null (LABELLING.md I7); not a research house, a
    # chip's acronym or a kind of product (Non-GPU accelerated servers, including NPU, ASIC, and FPGA, accounted for 8%)
    text = (" date 2009-06-01 2009年第一季全球伺服器市場營收133.1億美元。其中,IBM以39.1億美元的伺服器營收重返龍頭位置,"
            "市佔率為29.5%,而HP則以37.7億美元取得28%的市佔率。")
    assert [(f.metric, f.entity, f.value) for f in extract_facts(text, kind="market_report") if f.unit == "%"] == [
        ("market_share", None, 29.5), ("market_share", None, 28.0)]
    text = (" date 2023-09-01 In the first half of 2023, GPU servers continued to dominate China's accelerated server market. "
            "Non-GPU accelerated servers, including NPU, ASIC, and FPGA, accounted for 8% of the market share.")
    assert {f.metric for f in extract_facts(text, kind="market_report") if f.unit == "%"} == {"share"}


def test_a_share_of_server_deployments_that_will_be_accelerated() -> None:
    # over 20 percent of the global server deployments in 2027 may be accelerated: the AI servers' part of the servers
    # shipped that year; an IDC surge "in accelerated server deployments" stays a growth of its market (not read here)
    text = (" date 2023-08-01 Dell'Oro trimmed its edge forecast.\n\nThe research firm also expects over 20 percent of the "
            "global server deployments in 2027 may be accelerated.")
    assert [(f.metric, f.item, f.of, f.period) for f in extract_facts(text, kind="market_report")] == [
        ("share", "ai_server", "shipments", "2027")]


def test_the_dateline_glued_to_the_first_sentence_dates_the_page_not_its_figures() -> None:
    # ` date 2023-08-01 …` opens the first body line of a page: the year after the figure is the figure's own
    text = " date 2023-08-01 The firm expects over 20 percent of the global server deployments in 2027 may be accelerated."
    assert [(f.metric, f.period) for f in extract_facts(text, kind="market_report")] == [("share", "2027")]


def test_a_lot_s_estimated_investment_in_a_procurement_is_its_value() -> None:
    # 标段1……投资估算25.15亿元 in a procurement of works: the lot's value, the buyer's tender amount; a project's 投资估算
    # elsewhere stays its investment
    text = " date 2025-05-01 中国移动呼和浩特数据中心工程总承包招标:标段1(B26、B28机楼)投资估算25.15亿元。"
    assert [(f.metric, f.entity, f.value) for f in extract_facts(text, kind="tender")] == [
        ("tender_amount", "China Mobile", 2.515e9)]
    text = " date 2025-05-01 该智算中心项目投资估算25.15亿元。"
    assert [f.metric for f in extract_facts(text)] == ["compute_investment"]


def test_a_full_year_results_story_takes_the_year_its_title_names() -> None:
    # the opening reports full-year earnings with no year (past the head a release's own period is read from); the
    # title names 2022 alone: the page's period, for a figure of a later paragraph with none of its own — not for a
    # forecast (he expected the cloud business would grow to CNY100 billion in the coming year)
    text = ("SOURCE: https://www.lightreading.com/services/digital-boom-powers-china-telecom-revenue-earnings/d/d-id/783971\n"
            "TITLE: Digital boom powers China Telecom revenue, earnings; 2022 capex CNY92.5 billion, digital capex to grow "
            "40% (Light Reading)\n\n date 2023-03-22 China Telecom has ridden China's digital transformation boom to "
            "another robust profit. The second largest Chinese operator has posted 6.3% higher full-year earnings on the "
            "back of a rise in revenue.\n\nChairman and CEO Ke Ruiwen told an earnings call Wednesday he expected the "
            "cloud business would grow to CNY100 billion in the coming year.\n\nMobile service revenue was CNY191 billion, "
            "up just 3.7%.")
    got = {(f.metric, f.value): (f.period, f.basis) for f in extract_facts(text, kind="capex")}
    assert got[("revenue", 1.91e11)] == ("2022", "actual") and got[("yoy_growth", 3.7)] == ("2022", "actual")
    assert got[("revenue", 1e11)] == (None, "forecast")


def test_parts_named_with_bracketed_amounts_after_among_them() -> None:
    # 當季營收……1845億元……；其中，遊戲（592億元）、廣告（357.6億元）: each segment's revenue, its company's (LABELLING.md
    # metric table), after the whole the sentence before stated
    text = (" date 2025-08-14 騰訊當季營收按年增15%至1845億元（人民幣．下同），創四年來最高增速；其中，遊戲（592億元）、廣告"
            "（357.6億元）按年分別勁增22%、20%。")
    assert [(f.metric, f.entity, f.value) for f in extract_facts(text) if f.unit == "CNY"] == [
        ("revenue", "Tencent", 1.845e11), ("revenue", "Tencent", 5.92e10), ("revenue", "Tencent", 3.576e10)]


def test_a_growth_rate_expected_around_a_level() -> None:
    # FY 2027 growth rate expected around 20%: the growth of the metric of the sentence, as "expected to reach 20%" is
    text = " date 2025-03-11 FY 2026 revenue target of $66B (15% growth); FY 2027 growth rate expected around 20%."
    assert [(f.metric, f.of, f.period, f.value) for f in extract_facts(text) if f.unit == "%"] == [
        ("yoy_growth", "revenue", "FY2026", 15.0), ("yoy_growth", "revenue", "FY2027", 20.0)]


def test_a_growth_compared_with_an_earlier_period_s_growth() -> None:
    # up 39% year-over-year. This acceleration (compared to 22% growth in Q3): the same growth, in the earlier period
    text = (" date 2026-02-04 The Data Center segment revenue hit a record $5.4 billion in Q4 2025, up 39% year-over-year. "
            "This acceleration (compared to 22% growth in Q3) highlights the demand.")
    assert [(f.of, f.period, f.value) for f in extract_facts(text) if f.metric == "yoy_growth"] == [
        ("datacenter_revenue", "2025Q4", 39.0), ("datacenter_revenue", "2025Q3", 22.0)]


def test_a_base_after_the_writer_s_conversion_is_the_converted_amount_s() -> None:
    # Retail IDC revenues … at RMB958.7 million ($133.8 million) compared to RMB964.8 million in the same period last
    # year: the base of the amount the bracket converts (the bracket is skipped), its revenue a year earlier
    text = (" date 2025-08-20 VNET reported second quarter results. Retail IDC revenues remained relatively stable at "
            "RMB958.7 million ($133.8 million) compared to RMB964.8 million in the same period last year.")
    assert [(f.metric, f.period, f.value) for f in extract_facts(text, kind="capex") if f.unit == "CNY"] == [
        ("revenue", "2025Q2", 9.587e8), ("revenue", "2024Q2", 9.648e8)]


def test_the_base_of_a_group_s_half_is_on_the_calendar_as_the_half_is() -> None:
    # Alibaba, Tencent and Baidu … Rmb50bn ($7bn) in the first half, compared with Rmb23bn a year earlier: the group's
    # half is the calendar's (not Alibaba's fiscal one), and so is its base's, a year before
    text = (" date 2024-08-26 Alibaba, Tencent and Baidu had combined capital expenditure of Rmb50bn ($7bn) in the first "
            "half, compared with Rmb23bn a year earlier.")
    assert [(f.period, f.entity, f.value) for f in extract_facts(text) if f.unit == "CNY"] == [
        ("2024H1", None, 5e10), ("2023H1", None, 2.3e10)]


def test_an_amount_higher_by_is_a_difference() -> None:
    # 比分析師預期高出 500 億美元: how far the plan passes the analysts' figure, no capex of its own
    text = " date 2026-02-10 Amazon 宣布2026年資本支出投入 2,000 億美元，比分析師預期高出 500 億美元。"
    assert [(f.metric, f.entity, f.value) for f in extract_facts(text)] == [("capex", "Amazon", 2e11)]


def test_a_count_of_servers_named_by_where_their_chips_come_from() -> None:
    # purchased 11185 domestic chip servers: the count noun after modifiers of origin (lexicons/quantities.toml
    # en_modifiers), the domestic part of the buyer's tender
    text = (" date 2022-06-01 China Telecom's 2020 centralized server procurement project purchased 11185 domestic chip "
            "servers.")
    assert [(f.metric, f.item, f.period, f.value) for f in extract_facts(text, kind="tender")] == [
        ("tender_quantity", "domestic", "2020", 11185.0)]


def test_a_second_run_of_values_under_one_respectively_cue() -> None:
    # 分別從 10.25 億元與 47.8 億元，提高至 17.1 億元及 56 億元: the run the moves reach is as parallel as the run 分別 opens
    # — each value is its own thing's (two budgets of one company), kept beside the other of the same key
    text = (" date 2025-11-12 緯創與子公司緯成，擬增加新內湖總部的資本支出預算，分別從 10.25 億元與 47.8 億元，提高至 17.1 億元及 "
            "56 億元。")
    assert sorted(f.value for f in extract_facts(text) if f.metric == "capex") == [1.025e9, 1.71e9, 4.78e9, 5.6e9]


def test_a_year_before_shipment_forecasts_dates_them() -> None:
    # the 2024 shipment forecasts for high-end AI servers and general AI servers to 564,000 units and 724,500 units,
    # increasing by 182.6% and 54.2%, respectively: the year before "shipment" (singular) is the figures' year, and the
    # units run parallel to the rates the cue pairs
    text = (" date 2024-11-20 DIGITIMES Research has revised upwards the 2024 shipment forecasts for high-end AI servers "
            "and general AI servers to 564,000 units and 724,500 units, increasing by 182.6% and 54.2%, respectively, "
            "compared with 2023.")
    got = [(f.metric, f.period, f.value) for f in extract_facts(text, kind="market_report")]
    assert ("shipments", "2024", 564000.0) in got and ("shipments", "2024", 724500.0) in got


def test_a_dateless_results_page_reads_last_year_from_its_release() -> None:
    # 中移動公布2025年中期業績 on a page with no date: interim results come out after the half (about August 2025), so
    # its 去年 is 2024; the page's 目前 (currently) stays undated, and nothing else is dated by the guess
    text = ("中移動（0941）公布2025年中期業績，上半年股東應佔盈利842.4億元，按年升5.0%。\n\n"
            "楊杰表示，公司去年在AI方面的投入約153億元，今年還將加碼，主要用於提升算力。")
    got = {f.value: f.period for f in extract_facts(text) if f.metric == "compute_investment"}
    assert got == {1.53e10: "2024"}


def test_a_dateless_quarter_s_results_date_this_year_and_a_quarter_of_a_relative_year() -> None:
    # a first-quarter financial report for 2025 on a page with no date comes out after the quarter (about May 2025): the
    # first quarter of this year is 2025Q1, one period (not the year 2025 of "this year" alone), the fourth quarter of
    # last year 2024Q4; a quarter's results with no year of their own (Q4 earnings report) date nothing
    text = ("Tencent Holdings released its first-quarter financial report for 2025, showing revenue of 180.02 billion yuan.\n\n"
            "In the first quarter of this year, Tencent's capital expenditure reached 27.48 billion yuan, a year-on-year "
            "increase of 91%. Its capital expenditure was 36.6 billion yuan in the fourth quarter last year.")
    got = {f.value: f.period for f in extract_facts(text) if f.metric == "capex"}
    assert got == {2.748e10: "2025Q1", 3.66e10: "2024Q4"}
    text = ("Amazon released a mixed Q4 earnings report.\n\nThe company expects this year's capital expenditure to reach "
            "$200 billion.")
    assert [f.period for f in extract_facts(text) if f.metric == "capex"] == [None]


def test_the_growth_of_an_amount_outside_the_vocabulary_past_its_conversion_is_outside_it() -> None:
    # Net Income: RMB 7.3 billion ($1.02 billion), up 33%: the growth of the net income, past the writer's conversion in
    # brackets, not of the revenue stated a line before; the same for "a year-on-year increase of"
    text = ("Baidu delivered mixed Q2 2025 results.\n\nRevenue: RMB 32.7 billion ($4.57 billion), down 4% year-over-year\n"
            "Net Income: RMB 7.3 billion ($1.02 billion), up 33% year-over-year")
    assert [f.value for f in extract_facts(text) if f.metric == "yoy_growth"] == [-4.0]
    text = ("Tencent released its first-quarter financial report for 2025, showing revenue of 180.02 billion yuan, a "
            "year-on-year increase of 13%; net profit was 61.329 billion yuan, a year-on-year increase of 22%.")
    assert [f.value for f in extract_facts(text) if f.metric == "yoy_growth"] == [13.0]


def test_a_list_announced_without_a_colon_and_its_data_centre_line() -> None:
    # Here's a breakdown of revenue by category. ¶ - Data Center and AI: $3.9 billion, up 4%: the lines of a list the
    # sentence before announces are of its metric (as after a colon), the data-centre line the data-centre revenue
    text = ("Intel reported second-quarter revenue of $12.86 billion.\nTotal revenue growth in the second quarter was flat. "
            "Here's a breakdown of revenue by category.\n- Data Center and AI: $3.9 billion, up 4% year-over-year\n"
            "- Intel Foundry: $4.4 billion, up 3% year-over-year\nIntel generated $2.1 billion in cash from operations.")
    got = {(f.metric, f.value, f.of) for f in extract_facts(text, published=date(2025, 7, 25))}
    assert got == {("revenue", 1.286e10, None), ("datacenter_revenue", 3.9e9, None), ("yoy_growth", 4.0, "datacenter_revenue"),
                   ("revenue", 4.4e9, None), ("yoy_growth", 3.0, "revenue")}


def test_parts_listed_with_at_or_with_and_a_rate_s_own_revenue_growth_past_a_margin() -> None:
    # 3nm process contributing 23%, 5nm at 37%, and 7nm at 14%: the next parts of the same whole, their verb left out;
    # 70% of its capital expenditure to advanced processes, with 10% to 20% for advanced packaging: the same
    text = (" date 2025-10-17 TSMC's Q3 2025 revenue reached NT$989.92 billion. Advanced process revenues accounted for over "
            "70% of total wafer revenue, with 3nm process contributing 23%, 5nm at 37%, and 7nm at 14%. The company aims to "
            "allocate approximately 70% of its capital expenditure to advanced processes, with 10% to 20% for advanced "
            "packaging and other areas.")
    got = {(f.value, f.of) for f in extract_facts(text) if f.metric == "share"}
    assert got == {(70.0, "revenue"), (23.0, "revenue"), (37.0, "revenue"), (14.0, "revenue"), (70.0, "capex"),
                   (15.0, "capex")}
    # a gross margin of 59% to 61% for Q4 and a 30% revenue growth for 2025: the growth names its own subject and year
    text = " date 2025-10-17 TSMC expects a gross margin of 59% to 61% for Q4 and anticipates a 30% revenue growth for 2025."
    assert [(f.metric, f.value, f.of, f.period) for f in extract_facts(text)] == [("yoy_growth", 30.0, "revenue", "2025")]


def test_a_quote_page_s_years_to_march_the_year_through_a_month_and_a_share_s_change_in_points() -> None:
    # | (百萬美元) | 3/2023 | 3/2024 | 3/2025 |: a table's years named by their last month (Lenovo's, to March: FY2023 …),
    # its unit the bracket alone in the first head
    text = ("聯想集團 (0992) 基本數據\n\n| (百萬美元) | 3/2023 | 3/2024 | 3/2025 |\n|---|---|---|---|\n"
            "| 營業額 | 61,947 | 56,864 | 69,077 |\n| 毛利 | 10,501 | 9,803 | 11,098 |")
    assert {(f.metric, f.value, f.unit, f.period, f.entity) for f in extract_facts(text)} == {
        ("revenue", 6.1947e10, "USD", "FY2023", "Lenovo"), ("revenue", 5.6864e10, "USD", "FY2024", "Lenovo"),
        ("revenue", 6.9077e10, "USD", "FY2025", "Lenovo")}
    # 在截至2026年1月的本年度 … 比起截至今年1月底的上年度: each the fiscal year ending in that month; 截至6月的財政年度
    # with no year: the one ending in the next June
    got = [(p.period, p.kind) for p in find_periods("在截至2026年1月的本年度,比起截至今年1月底的上年度", date(2025, 3, 1))]
    assert got == [("FY2026", "fiscal"), ("FY2025", "fiscal")]
    assert [p.period for p in find_periods("微软在截至6月的财政年度资本支出将接近1,050亿美元", date(2026, 2, 6))] == ["FY2026"]
    # 佔總收入的 29%,按年增長 15 個百分點: the share's change is in points, no growth of the share
    text = "聯想中期業績\n\n人工智能相關收入佔總收入的 29%,按年增長 15 個百分點。"
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("share", 29.0)]


def test_big_tech_s_spending_on_ai_infrastructure_listed_with_tickers_and_new_orders() -> None:
    # 包括 A(…-US)、B(…-US) 與 C(…-US) 等大型科技公司,今年在 AI 基礎設施的總支出: the companies' capex, of them all (the tickers
    # in brackets do not break the list); 超過120億美元的新訂單: orders taken, outside the vocabulary
    text = (" date 2025-11-05 美超微重申全年營收預測至少330億美元,並指出目前已取得超過 120 億美元的新訂單。摩根士丹利 (MS-US) "
            "估計,包括 Alphabet(GOOGL-US)、Meta(META-US)、微軟 (MSFT-US) 與 CoreWeave(CRWV-US) 等大型科技公司,今年在 AI "
            "基礎設施的總支出將達 4,000 億美元。")
    got = {(f.metric, f.value, f.entity) for f in extract_facts(text)}
    assert got == {("revenue", 3.3e10, "Supermicro"), ("capex", 4e11, None)}


def test_a_chip_maker_named_as_its_models_brand_and_a_fiscal_year_opening_the_metric() -> None:
    # With NVIDIA GB300 systems shipping at volume, the company guided to …: the maker named before its model is the brand,
    # not the subject; a $40B FY26 revenue outlook: the fiscal year between the amount and its metric dates it
    text = ("Supermicro's Q2 FY2026 earnings delivered record net sales of $12.7B. With NVIDIA GB300 systems shipping at volume, "
            "the company guided to at least $12.3B in Q3 net sales and reaffirmed a $40B FY26 revenue outlook.")
    got = {(f.value, f.period, f.entity) for f in extract_facts(text) if f.metric == "revenue"}
    assert got == {(1.27e10, "FY2026Q2", "Supermicro"), (1.23e10, "FY2026Q3", "Supermicro"), (4e10, "FY2026", "Supermicro")}


def test_for_the_year_is_the_whole_year_of_the_context() -> None:
    # Meta provided guidance for the second quarter …. Meta also revised its cost forecasts for the year, anticipating capital
    # expenditures …: the year of the context (2024), not the quarter named before
    text = (" date 2024-04-28 Meta provided optimistic guidance for the second quarter, projecting sales of USD36.5 billion to USD39 "
            "billion. Meta also revised its cost forecasts for the year, anticipating capital expenditures to range between "
            "USD35 billion and USD40 billion.")
    assert [(f.value, f.period) for f in extract_facts(text) if f.metric == "capex"] == [(3.75e10, "2024")]


def test_months_still_to_come_and_now_in_chinese() -> None:
    # 11、12月營收還將逐月成長 in November: the coming December, not the last, so the quarter and the full year after it are
    # this year's; 现在 … 已经达到5.8EFLOPS: a capacity now, at the publication's month (P8), as 目前
    text = (" date 2025-11-06 展望第4季,張博凱預期,11、12月營收還將逐月成長,整體第4季營收將達2.8兆元。"
            "而全年營收約8.29兆元,較2024年的6.85兆元成長約21%。")
    got = {(f.metric, f.value, f.period) for f in extract_facts(text, kind="capex")}
    assert ("revenue", 2.8e12, "2025Q4") in got and ("revenue", 8.29e12, "2025") in got and ("yoy_growth", 21.0, "2025") in got
    text = " date 2023-08-10 上半年中国移动营运收入完成5307亿元。现在智算的总能力如果按大口径算已经达到5.8EFLOPS。"
    assert [f.period for f in extract_facts(text) if f.metric == "intelligent_compute_capacity"] == ["2023-08"]
    assert [p.kind for p in find_periods("这体现在2025年的收入上", date(2025, 8, 1))] == ["year"]


def test_a_capacity_at_half_precision_after_an_at_sign_and_its_unit_defined() -> None:
    # 总算力超10万PFlops@fp16(以下简称P,1 PFlops@fp16约等于每秒1000万亿次半精度浮点运算能力): counted at half precision, AI
    # compute; the one PFLOPS right after is the unit defined, no figure
    text = ("空港智算中心总投资约300亿,按照总算力超10万PFlops@fp16(以下简称P,1 PFlops@fp16约等于每秒1000万亿次半精度浮点运算能力)"
            "规模设计建设。")
    got = [(f.metric, f.value) for f in extract_facts(text, kind="capex") if f.unit == "FLOPS"]
    assert got == [("intelligent_compute_capacity", 1e20)]


def test_an_operator_s_capacity_on_its_results_page_is_its_own() -> None:
    # 中国联通2025年前三季度业绩: ……加大算力网络创新供给,智算总规模超过35EFLOPS: no place or other company holds it, the
    # operator does; not the capacity of other providers it schedules (调动了其他算力服务商的3EFLOPS)
    text = ("中国联通2025年前三季度业绩:营收与智算规模\n\n推进移动网络升级。加大算力网络创新供给,智算总规模超过35EFLOPS。"
            "算力调度平台还调动了其他算力服务商的3EFLOPS。")
    got = {(f.value, f.entity) for f in extract_facts(text) if f.unit == "FLOPS"}
    assert got == {(3.5e19, "China Unicom"), (3e18, None)}


def test_a_unit_of_a_group_is_the_group_s_and_a_named_subsidiary_its_own() -> None:
    # 阿里旗下雲智能集團收入333.98億元: a unit of the group the table does not list is the group's own; 中国移动旗下子公司以…元
    # 中标: an unnamed subsidiary too; 鴻海旗下工業富聯 (a company of its own, off the table) stays no subject of the group's
    text = "阿里巴巴業績\n\n阿里旗下雲智能集團收入333.98億元,按年增26%。"
    assert {(f.metric, f.entity) for f in extract_facts(text)} == {("revenue", "Alibaba"), ("yoy_growth", "Alibaba")}
    text = "工業富聯上半年業績\n\n鴻海旗下工業富聯上半年實現營收人民幣3,607.6億元,年增35.6%。"
    assert {f.entity for f in extract_facts(text)} == {None}


def test_the_most_marked_growth_and_an_amount_before_its_revenue_word() -> None:
    # 營銷服務收入增長最明顯，達21%，至362億元: the growth named, how marked, then the rate it reached, and the level; 上季錄958.6億元
    # 收入。: the revenue named after the amount, ending its clause
    text = (" date 2025-11-14 騰訊季績\n\n三大分類業務中，上季騰訊在營銷服務收入增長最明顯，達21%，至362億元。"
            "佔收入一半的增值服務，上季錄958.6億元收入。")
    got = {(f.metric, f.value) for f in extract_facts(text)}
    assert {("yoy_growth", 21.0), ("revenue", 3.62e10), ("revenue", 9.586e10)} <= got


def test_a_chip_a_sentence_opens_with_earns_data_centre_revenue() -> None:
    # H20 作為中國區主力產品,…,預計2024年貢獻120-150億美元收入: the figure's clause names nothing of its own; the chip its
    # sentence opens with is a line inside the data-centre segment (LABELLING.md metric table)
    text = "輝達H20禁令\n\n輝達受禁令影響。H20 作為中國區主力產品,預計 2024 年貢獻 120-150 億美元收入。"
    assert [(f.metric, f.value) for f in extract_facts(text) if f.unit == "USD"] == [("datacenter_revenue", 1.35e10)]


def test_a_growth_rate_moving_on_to_its_next_level() -> None:
    # quarterly revenue growth rate was below 10%, rebounding to 11% in the fourth quarter of last year: the same growth at
    # its next level, in the period named right after it
    text = (" date 2025-05-15 Tencent's quarterly revenue growth rate was below 10% in the third quarter of 2024, rebounding "
            "to 11% in the fourth quarter of last year.")
    got = {(f.value, f.of, f.period) for f in extract_facts(text) if f.metric == "yoy_growth"}
    assert (11.0, "revenue", "2024Q4") in got


def test_a_sentence_opening_with_one_quarter_counted_alone_names_no_company() -> None:
    # 單計第二季,收入204.52億美元: 單計 (counting alone) opens the sentence before its period, no company off the table
    # (LABELLING.md E1), so the figure stays the page's company's
    text = "聯想中期業績\n\n聯想(00992.HK)中期收入392.82億元,按年增18%。單計第二季,收入204.52億美元創新高,按年增14.6%。"
    got = {(f.metric, f.value, f.entity) for f in extract_facts(text) if f.unit in ("USD", "%")}
    assert ("revenue", 2.0452e10, "Lenovo") in got and ("yoy_growth", 14.6, "Lenovo") in got


def test_the_world_s_investment_spending_is_its_capex() -> None:
    # global artificial intelligence investment spending: a bank's figure for the world's capital spending (lexicons/
    # metrics.toml capex), the world's where "global" stands before the metric's words — not the company the page
    # names later (UBS has revised its …: "its" is the bank's forecast, not OpenAI's spending)
    text = (" date 2025-11-20 UBS has revised its global artificial intelligence investment spending forecast for 2025 to "
            "$423 billion. OpenAI and Amazon signed a seven-year agreement.")
    assert [(f.metric, f.entity, f.region, f.period) for f in extract_facts(text) if f.value == 4.23e11] == [
        ("capex", None, "GLOBAL", "2025")]
    text = " date 2025-09-01 全球AI基础设施资本开支2030年可能达3-4万亿美元。百度也在加大投入。"
    assert [(f.metric, f.entity, f.region) for f in extract_facts(text) if f.metric == "capex"] == [
        ("capex", None, "GLOBAL")]


def test_a_part_of_the_world_s_capex_is_owned_by_none() -> None:
    # 全球数据中心资本支出的半数以上来自前十大超大规模云服务商 on a page that names Nvidia: a part of the world's spending,
    # keyed by the world, not by the page's company
    text = (" date 2025-03-20 英伟达数据中心业务持续增长。Dell'Oro报告:2024年全球数据中心资本支出的半数以上来自前十大超大规模"
            "云服务商。")
    assert [(f.entity, f.region, f.of) for f in extract_facts(text) if f.metric == "share"] == [(None, "GLOBAL", "capex")]


def test_a_pronoun_s_forecast_of_a_country_s_capacity() -> None:
    # IDC报告预测……其预计……中国智能算力规模……到2027年智能算力规模将达到1117.4EFlops on a page whose subject is China
    # Mobile: 其 is the research house, the capacity the country's its sentence names
    text = ("TITLE: 中国移动启动近8000台AI服务器集采;工信部:2023年底算力总规模230EFlops\n\n date 2024-03-28 中国移动启动近8000台AI"
            "服务器集采。\n\nIDC报告预测更为激进。其预计2022年至2027年中国智能算力规模年复合增长率达33.9%,到2027年智能算力规模将"
            "达到1117.4EFlops。")
    assert [(f.entity, f.region, f.period) for f in extract_facts(text) if f.metric == "intelligent_compute_capacity"] == [
        (None, "CN", "2027")]


def test_a_share_in_a_company_s_own_servers_shipped() -> None:
    # 預估2026年TPU於Google AI server的出貨占比將上升至逼近78%: a part of Google's own AI servers shipped; Amazon……其GPU機種於
    # 自家AI server占比將達近60%: of the sentence's subject's own (自家), not of the world's market
    text = (" date 2025-10-20 TrendForce:受惠Gemini帶動TPU需求，預估2026年TPU於Google AI server的出貨占比將上升至逼近78%。\n\n"
            "Amazon近期則上調對NVIDIA GB300整櫃系統的採購規模，預估2026年其GPU機種於自家AI server占比將達近60%。")
    got = [(f.entity, f.region, f.of, f.value) for f in extract_facts(text, kind="market_report") if f.metric == "share"]
    assert got == [("Alphabet", None, "shipments", 78.0), ("Amazon", None, "shipments", 60.0)]


def test_a_research_house_s_forecast_of_racks_is_of_those_shipped() -> None:
    # 我们对全机架AI服务器……的预测维持不变,仍预计2025/2026年分别为1.9万/5万架,并新增了对2027年6.7万架的预测: racks of AI
    # servers forecast, shipped (LABELLING.md metric table); 2027年6.7万架 is a year and a count, not 7 June 2027
    text = (" date 2025-09-10 我们对全机架AI服务器(例如由GB200、GB300等驱动)的预测维持不变,仍预计2025/2026年分别为1.9万/5万架,"
            "并新增了对2027年6.7万架的预测。")
    got = [(f.metric, f.period, f.value) for f in extract_facts(text, kind="market_report")]
    assert got == [("shipments", "2025", 19000.0), ("shipments", "2026", 50000.0), ("shipments", "2027", 67000.0)]
    # a plant's yearly output is no shipment
    text = " date 2023-05-10 该公司拟在兰州建设AI服务器智造项目,预计建设年产10万台AI服务器的生产线。"
    assert [f for f in extract_facts(text, kind="market_report") if f.metric == "shipments"] == []


def test_a_company_page_s_own_shipment_mix() -> None:
    # on Inventec's page, 英業達本就是L6伺服器主機板出貨大戶……ASIC伺服器出貨比重今年將拉高至5成: the company named in the
    # sentence, its own mix of what it ships, not a market's share
    text = ("TITLE: 英業達今年資本支出倍增 AI伺服器產能擴張\n\n date 2026-02-10 英業達今年資本支出將倍增。\n\n市場傳出，英業達本就是L6伺服器"
            "主機板出貨大戶，今年主要是承接美系ASIC伺服器訂單，ASIC伺服器出貨比重今年將拉高至5成。")
    assert [(f.entity, f.region, f.of) for f in extract_facts(text) if f.metric == "share"] == [
        ("Inventec", None, "shipments")]


def test_a_place_s_share_of_the_world_s_whole_is_the_place_s() -> None:
    # Taiwan's global share of AI server shipments; 中国服务器市场在全球服务器市场出货量比重约为28%: the place's part of the
    # world's whole, keyed by the place, not by the world
    text = " date 2025-06-01 MIC said Taiwan's global share of AI server shipments is expected to exceed 90%."
    assert [(f.region, f.of) for f in extract_facts(text, kind="market_report") if f.metric == "share"] == [
        ("TW", "shipments")]
    text = " date 2020-09-01 可以看出中国服务器市场在全球服务器市场出货量比重约为28%。"
    assert [(f.region, f.of) for f in extract_facts(text, kind="market_report") if f.metric == "share"] == [
        ("CN", "shipments")]


def test_a_bidder_named_by_its_short_name() -> None:
    # 新华三中标金额约5.48亿元,浪潮中标金额约2.97亿元: 浪潮 before 中标 is the bidder (aliases.toml Inspur patterns), not a
    # wave, and the amount it won is its own
    text = (" date 2025-08-01 中国移动2025年至2026年人工智能通用计算设备集中采购项目中标结果出炉。粗略测算,新华三中标金额约5.48亿元,"
            "浪潮中标金额约2.97亿元。")
    assert [(f.entity, f.value) for f in extract_facts(text) if f.metric == "award_amount"] == [
        ("H3C", 5.48e8), ("Inspur", 2.97e8)]


def test_a_bare_capacity_on_a_page_titled_by_an_ai_computing_centre() -> None:
    # TITLE: 新疆交建中标13亿元智算中心项目建设 …… 计划建设算力容量6000P, the centre named only in the title: intelligent
    # compute, as when the paragraph names it; a city's total on such a page stays a total (克拉玛依市已建成算力规模1.7万P)
    text = ("TITLE: 新疆交建中标13亿元智算中心项目建设\n\n date 2024-06-01 新疆交建发布公告称中标昌吉州项目。\n\n该项目总体规划用地"
            "40亩,计划建设算力容量6000P。")
    assert [f.metric for f in extract_facts(text) if f.unit == "FLOPS"] == ["intelligent_compute_capacity"]
    text = ("TITLE: 克拉玛依智算中心投运\n\n date 2025-03-01 克拉玛依市已建成算力规模1.7万P。")
    assert [f.metric for f in extract_facts(text) if f.unit == "FLOPS"] == ["total_compute_capacity"]


def test_release_dates_of_reported_periods() -> None:
    # results come out after the period they report: a quarter the month after, a first half in August, a year (or its
    # second half) the March after; no guess for a fiscal period or a span
    from connectors.periods import release_date

    assert [release_date(p) for p in ("2025Q3", "2025Q4", "2025H1", "2025H2", "2025", "FY2025", "2024-2025")] == [
        date(2025, 10, 1), date(2026, 2, 1), date(2025, 8, 1), date(2026, 3, 1), date(2026, 3, 1), None, None]


def test_a_figure_under_a_year_s_outlook_heading_is_of_that_year() -> None:
    # a 2024 annual report's 五、2025年展望 ¶ 1. 行业机遇: 全球AI芯片市场预计突破1500亿美元: of 2025, not the report's year; under
    # another heading (四、风险提示) the report's year stands
    text = ("TITLE: 寒武纪2024年年度报告深度分析\n\n寒武纪2024年年度报告深度分析\n一、核心财务数据\n营业收入 11.74亿元 +65.56%\n\n"
            "五、2025年展望\n\n1. 行业机遇: 全球AI芯片市场预计突破1500亿美元,政策驱动国产替代加速")
    assert [(f.metric, f.period) for f in extract_facts(text) if f.value == 1.5e11] == [("ai_compute_market_size", "2025")]


def test_the_value_of_a_compute_lease_agreement_is_an_investment() -> None:
    # 与V公司和Z公司分别签订了算力租赁服务补充协议和AI算力技术服务协议 ¶ ……合约金额分别为18.7万元和1656万元: the values of compute
    # lease and service agreements outside any tender, investments in compute (LABELLING.md metric table); a purchase
    # contract's value stays the purchase's
    text = (" date 2024-05-30 公告显示,今年5月莲花紫星与V公司和Z公司分别签订了算力租赁服务补充协议和AI算力技术服务协议。\n"
            "根据协议,莲花紫星将向V公司提供2台租赁服务器硬件资源,向Z公司提供5台租赁服务器硬件资源,合约金额分别为18.7万元和1656万元。")
    assert sorted((f.metric, f.value) for f in extract_facts(text) if f.unit == "CNY") == [
        ("compute_investment", 1.87e5), ("compute_investment", 1.656e7)]


def test_what_a_procurement_comes_to_with_its_yuan_left_out() -> None:
    # 中国移动……PC集采……已经开标的有20个标包,涉及192亿; 按照常规此标包一共10亿左右: a sum of a procurement or a lot, its 元 left
    # out; not a bidder's win (中标 in its clause)
    text = (" date 2024-06-01 中国移动公布了2024年PC集中采购20个标包的中标结果,此次集中采购一共涉及22个标包,已经开标的有20个标包,"
            "涉及192亿!标包3出现了联想的名字,按照常规此标包一共10亿左右。")
    assert sorted((f.metric, f.value) for f in extract_facts(text) if f.unit == "CNY") == [
        ("tender_amount", 1e9), ("tender_amount", 1.92e10)]


def test_spending_on_kinds_of_data_centres_is_capex() -> None:
    # Spending on public and private cloud data centers grew 30% year over year: the kinds of data centre before the
    # noun, still their capital spending (lexicons/metrics.toml capex patterns)
    text = (" date 2024-09-20 Dell'Oro: Spending on public and private cloud data centers grew 30% year over year in the "
            "first half of 2024.")
    assert [(f.metric, f.of) for f in extract_facts(text, kind="market_report")] == [("yoy_growth", "capex")]


def test_a_place_s_growth_after_a_split_of_the_company_s_metric_by_place() -> None:
    # The US accounted for 60% of revenue, Asia 30% …. Asia saw a 77% year-over-year increase: on a company's page, a
    # place's growth after the sentence that split its revenue by place is of that revenue (Asia: a continent, no code)
    text = ("TITLE: Supermicro Q3 FY2025 results\n\n date 2025-05-06 Supermicro reported third quarter results.\n"
            "- Geographic Mix: The US accounted for 60% of revenue, Asia 30%, Europe 6%, and the rest of the world 4%. Asia "
            "saw a 77% year-over-year increase.")
    assert [(f.entity, f.of, f.region) for f in extract_facts(text) if f.metric == "yoy_growth"] == [
        ("Supermicro", "revenue", None)]


def test_a_place_s_signed_rate_in_a_bracket_on_a_company_page() -> None:
    # Lenovo saw … revenue up double digits year-on-year, and hypergrowth in both the Asia Pacific (+155 percent) and
    # EMEA (+28 percent) markets: each place's growth of the company's revenue (a space before the bracket)
    text = ("TITLE: Lenovo Q3 FY2024/25 results\n\n date 2025-02-20 Lenovo saw strong growth in smartphones with revenue up "
            "double digits year-on-year, and hypergrowth in both the Asia Pacific (+155 percent) and EMEA (+28 percent) "
            "markets.")
    assert sorted((f.entity, f.of, f.value) for f in extract_facts(text) if f.metric == "yoy_growth") == [
        ("Lenovo", "revenue", 28.0), ("Lenovo", "revenue", 155.0)]


def test_a_slash_list_of_shares_after_a_slash_list_of_companies() -> None:
    # In FY22, META/MSFT contributed to 16%/26% of revenue: the k-th value the k-th company's (on Arista's page, whose
    # fiscal year is the calendar's)
    text = "TITLE: Arista Q4 2023 results\n\n date 2024-02-13 In FY22, META/MSFT contributed to 16%/26% of revenue."
    assert sorted((f.entity, f.value) for f in extract_facts(text, kind="capex") if f.metric == "share") == [
        ("Meta", 16.0), ("Microsoft", 26.0)]


def test_parts_shares_surging_and_declining_to_a_later_level() -> None:
    # … with AI accounting for 14%, cloud computing for 54%, and traditional workloads for 32%. By 2027, … with AI
    # surging to 27%, cloud declining to 50%, and traditional workloads falling to 23%: each part's share, moved to its
    # level in the later year (surge, decline, jump, soar, slip, shrink as verbs of moving to)
    text = (" date 2025-09-04 Goldman Sachs on data center power.\nCurrently, global data centers consume approximately "
            "55 GW, with AI accounting for 14%, cloud computing for 54%, and traditional workloads for 32%. By 2027, "
            "Goldman Sachs suggests that this could change significantly, with AI surging to 27%, cloud declining to 50%, "
            "and traditional workloads falling to 23%.")
    assert sorted((f.value, f.metric, f.period, f.of) for f in extract_facts(text, kind="market_report")
                  if f.value in (23.0, 27.0, 50.0)) == [
        (23.0, "share", "2027", "datacenter_power"), (27.0, "share", "2027", "datacenter_power"),
        (50.0, "share", "2027", "datacenter_power")]


def test_a_network_maker_s_ai_networking_revenue_is_data_centre_revenue() -> None:
    # A network maker's AI networking is its data-centre product line, as AI chips are a chip maker's (LABELLING.md
    # metric table): Arista's AI back-end revenue, its AI fabrics revenue goal, AI 后端与前端网络设备销售 (lexicons/metrics.toml)
    en = (" date 2025-02-18 Arista is targeting $750 million in AI back-end revenue in 2025. It lifted the AI fabrics "
          "revenue goal to approximately $3.5 billion for 2026.")
    assert sorted((f.metric, f.value) for f in extract_facts(en, kind="capex")) == [
        ("datacenter_revenue", 7.5e8), ("datacenter_revenue", 3.5e9)]
    zh = " date 2025-08-06 公司预计2025年在 AI 后端与前端网络设备销售合计上达到 15 亿美元。"
    assert [(f.metric, f.value) for f in extract_facts(zh, kind="capex")] == [("datacenter_revenue", 1.5e9)]


def test_computing_power_counted_at_half_precision_is_ai_compute() -> None:
    # if FP16/BF16 is used as the basis for estimation, the total computing power of the five major manufacturers has
    # exceeded 9 ExaFLOPS: a capacity counted at half precision (named before it) is intelligent compute (CAICT)
    text = (" date 2025-11-20 For the AI training part, if FP16/BF16 is used as the basis for estimation, the total "
            "computing power of the five major CSPs has exceeded 9 ExaFLOPS in 2025.")
    assert [f.metric for f in extract_facts(text, kind="market_report") if f.unit == "FLOPS"] == [
        "intelligent_compute_capacity"]


def test_computing_power_of_accelerators_named_just_before_is_ai_compute() -> None:
    # SoftBank … installing more than 4,000 of Nvidia's Blackwell GPUs. ¶ The new system delivers 13.7 exaflops of
    # computing power: the bare computing power of accelerators named in the paragraph before is AI compute; a city's
    # bare capacity after them stays the total (苏州算力规模5869PFLOPS)
    text = (" date 2025-07-22 SoftBank has completed an AI computing system, installing more than 4,000 of Nvidia's "
            "Blackwell GPUs.\n\nThe new system delivers 13.7 exaflops of computing power.")
    assert [f.metric for f in extract_facts(text, kind="market_report") if f.unit == "FLOPS"] == [
        "intelligent_compute_capacity"]
    city = " date 2023-06-01 本市已部署GPU加速卡超过2万张。\n\n截至2022年底,苏州算力规模5869PFLOPS。"
    assert [f.metric for f in extract_facts(city, kind="market_report") if f.unit == "FLOPS"] == ["total_compute_capacity"]


def test_a_record_is_of_the_period_it_was_set_in() -> None:
    # … beating the previous quarterly revenue record of 13.8 trillion won set in the second quarter of 2022: the
    # record's own period, named after it (not the quarter the sentence reports first)
    text = (" date 2024-07-25 SK hynix posted revenue of 16.42 trillion won in the second quarter of 2024, beating the "
            "previous quarterly revenue record of 13.8 trillion won set in the second quarter of 2022.")
    assert sorted((f.value, f.period) for f in extract_facts(text, kind="capex") if f.metric == "revenue") == [
        (1.38e13, "2022Q2"), (1.642e13, "2024Q2")]


def test_a_plan_revised_from_one_amount_to_another_keeps_both() -> None:
    # 將資本支出預算額度，從 7100 萬美元(約新台幣 21.52 億元)，提高至 1.436 億美元: the budget's earlier amount and its revised
    # one, the same keys, both stated (LABELLING.md B3: an earlier plan gets its own forecast line)
    text = (" date 2025-09-10 緯創今日召開董事會，旗下子公司將資本支出預算額度，從 7100 萬美元(約新台幣 21.52 億元)，"
            "提高至 1.436 億美元(約新台幣 43.52 億元)。")
    assert sorted((f.metric, f.value, f.entity) for f in extract_facts(text, kind="capex") if f.unit == "USD") == [
        ("capex", 7.1e7, "Wistron"), ("capex", 1.436e8, "Wistron")]


def test_an_amount_budgeted_beside_the_actual_is_kept_as_the_plan() -> None:
    # Capex last year was up 6.7% to CNY92.5 billion, slightly below the CNY93 billion budgeted: the plan, a forecast
    # line with the actual's keys (LABELLING.md B3), not a duplicate of it
    text = (" date 2023-03-22 China Telecom results. Capex last year was up 6.7% to CNY92.5 billion, slightly below the "
            "CNY93 billion budgeted, the company said.")
    assert sorted((f.value, f.period, f.basis) for f in extract_facts(text, kind="capex") if f.metric == "capex") == [
        (9.25e10, "2022", "actual"), (9.3e10, "2022", "forecast")]


def test_the_amount_a_result_beats_is_the_expectation_kept_beside_it() -> None:
    # 期內收入亦大增39%,至7596.9億新台幣,多過預期的7510.6億新台幣: the expected amount, a forecast line with the result's
    # keys (LABELLING.md B2), not a duplicate the result drops
    text = (" date 2024-10-18 台積電第三季純利按年跳升54%,期內收入亦大增39%,至7596.9億新台幣,多過預期的7510.6億新台幣。")
    assert sorted((f.value, f.basis) for f in extract_facts(text, kind="capex") if f.metric == "revenue") == [
        (7.5106e11, "forecast"), (7.5969e11, "actual")]


def test_the_level_after_a_multiple_is_of_the_metric_and_year_before_it() -> None:
    # 到2027年,人工智能芯片收入预计将是2023年市场规模的两倍以上,达到1194亿美元: the level the multiple brings the market to, in
    # 2027 (2023 is the year the multiple is of, a base)
    text = ("TITLE: Gartner:2023年AI半导体市场将达到534亿美元\n\n Gartner预测,AI半导体市场2023年将达到534亿美元。"
            "到2027年,人工智能芯片收入预计将是2023年市场规模的两倍以上,达到1194亿美元。")
    assert [(f.metric, f.period) for f in extract_facts(text, kind="market_report") if f.value == 1.194e11] == [
        ("ai_compute_market_size", "2027")]


def test_a_stray_full_stop_after_a_qualifier_ends_no_sentence() -> None:
    # Global server shipments are estimated to reach approximately. 13.654 million units in 2024: no sentence ends on
    # "approximately", so the count is still the servers' shipments
    text = (" date 2024-07-17 TrendForce: Global server shipments are estimated to reach approximately. 13.654 million "
            "units in 2024, an increase of about 2.05% YoY.")
    assert sorted((f.metric, f.item) for f in extract_facts(text, kind="market_report")) == [
        ("shipments", "server"), ("yoy_growth", "server")]


def test_a_page_of_companies_on_different_calendars_reads_its_bare_quarter_on_the_calendar() -> None:
    # 第3季財報顯示……MicrosoftAzure營收年增40%……AmazonAWS營收年增20%……GoogleCloud營收年增亦達34% (a brand glued to its cloud,
    # aliases.toml), on a page whose title names no company: the calendar's third quarter, each company's own (Microsoft's
    # year ends in June: FY2026Q1), not the quarter of whichever company the page names most
    text = ("TITLE: 法人：四大CSP資本支出2025/2026年增58%與27%\n\n date 2025-11-03 四大CSP上季的平均資本支出較預期高出10%。"
            "微軟、亞馬遜、谷歌與Meta持續擴大投資，微軟與亞馬遜並稱雲端雙雄。\n\n"
            "第3季財報顯示，三大CSP雲端營收全數創高。其中，MicrosoftAzure營收年增40%；AmazonAWS營收年增20%；"
            "GoogleCloud營收年增亦達34%。微軟表示AI需求強勁。")
    got = sorted((f.entity, f.value, f.period) for f in extract_facts(text, kind="capex") if f.metric == "yoy_growth"
                 and f.value in (20.0, 34.0, 40.0))
    assert got == [("Alphabet", 34.0, "2025Q3"), ("Amazon", 20.0, "2025Q3"), ("Microsoft", 40.0, "FY2026Q1")]


def test_an_amount_of_an_item_sold_is_its_market() -> None:
    # Gartner expects $405bn of servers will be sold in 2025: the value of the servers sold, the server market (no
    # company named), as "$5.6 billion worth of AI servers shipped" is
    text = " date 2025-03-10 Gartner expects that $405bn of servers will be sold in 2025."
    assert [(f.metric, f.period) for f in extract_facts(text, kind="market_report")] == [("server_market_size", "2025")]


def test_an_amount_sizing_an_ai_site_or_programme_is_an_investment_in_compute() -> None:
    # a €1 billion industrial AI data centre in Munich; "Stargate," a $500 billion AI infrastructure project: the amount
    # the site or programme costs, words describing the site before its noun (lexicons/metrics.toml money_after_patterns)
    for text in (" date 2025-11-04 Deutsche Telekom and Nvidia have announced a €1 billion industrial AI data centre in "
                 "Munich.",
                 " date 2025-04-09 The EU plans AI gigafactories to rival \"Stargate,\" a $500 billion AI infrastructure "
                 "project."):
        assert [f.metric for f in extract_facts(text, kind="market_report")] == ["compute_investment"]


def test_what_building_a_site_costs_is_an_investment_in_compute() -> None:
    # Building this three-gigawatt data centre is expected to cost between $20 billion and $30 billion: the site's cost,
    # its subject the data centre (lexicons/metrics.toml money_patterns)
    text = (" date 2025-01-23 Reliance plans the world's largest data centre in Jamnagar. Building this three-gigawatt data "
            "centre is expected to cost between $20 billion and $30 billion.")
    assert [(f.metric, f.low, f.high) for f in extract_facts(text, kind="market_report") if f.unit == "USD"] == [
        ("compute_investment", 2e10, 3e10)]


def test_a_share_of_data_centre_power_demand_and_the_same_share_later() -> None:
    # AI 相關運算於 2024 年僅佔整體數據中心電力需求約 12%。Deloitte 預計這比例將於 2035 年攀升至 70%: the whole named as the
    # power data centres are to draw (lexicons/metrics.toml), then the same share ("這比例") in a later year
    text = (" date 2025-07-02 AI 相關運算於 2024 年僅佔整體數據中心電力需求約 12%。Deloitte 預計這比例將於 2035 年攀升至 70%。")
    assert sorted((f.value, f.period, f.of) for f in extract_facts(text, kind="market_report") if f.metric == "share") == [
        (12.0, "2024", "datacenter_power"), (70.0, "2035", "datacenter_power")]


def test_units_counted_as_demand_named_after_them_are_shipments() -> None:
    # 明年(2026年)大约还有1万柜左右的需求: racks counted as the demand to come, the demand word after the count — what is to be
    # shipped (LABELLING.md metric table: a buyer's or market's demand in units)
    text = " date 2025-12-19 GB200在明年(2026年)将进入收尾阶段。明年(2026年)大约还有1万柜左右的需求,消化后将陆续转向GB300。"
    assert [(f.metric, f.value, f.period) for f in extract_facts(text, kind="market_report")] == [
        ("shipments", 1e4, "2026")]


def test_an_amount_reported_in_the_same_quarter_last_year_is_of_that_quarter() -> None:
    # Analysts had anticipated Nvidia's revenue for the second quarter to reach $28.7 billion, which would have more than
    # doubled the $13.5 billion reported in the same quarter last year: the year-ago quarter's figure
    text = ("TITLE: Nvidia Q2 FY2025 results\n\n date 2024-08-28 Analysts had anticipated Nvidia's revenue for the second "
            "quarter of fiscal 2025 to reach $28.7 billion, which would have more than doubled the $13.5 billion reported "
            "in the same quarter last year.")
    assert [f.period for f in extract_facts(text, kind="capex") if f.value == 1.35e10] == ["FY2024Q2"]


def test_chips_a_tender_bids_for_or_adds_are_its_quantity() -> None:
    # In a report of a GPU tender: they have finally met the L1 bids for about 14,000 GPUs; the third tender adds ~3,850
    # GPUs: the chips the tender procures (tender_quantity), as chips purchased in it are
    text = ("TITLE: IndiaAI GPU tender: third round\n\n date 2025-09-07 The IndiaAI Mission tender for GPU compute "
            "closed. It appears that they have finally met the L1 bids for about 14,000 GPUs. IndiaAI's third tender adds "
            "~3,850 GPUs.")
    assert sorted((f.metric, f.value) for f in extract_facts(text, kind="tender") if f.unit == "units") == [
        ("tender_quantity", 3850.0), ("tender_quantity", 14000.0)]


def test_a_bound_word_with_nothing_compared_is_the_figure_s_own_bound() -> None:
    # 预计2025年华为出货量略低于100万颗; 预计全年智算规模不低于24.0EFLOPS: no figure of the same kind before it in its sentence,
    # so 低于 bounds the figure (its qualifier) and the figure keeps its holder, not a base of a comparison
    text = " date 2025-09-30 预计2025年华为出货量略低于100万颗。"
    assert [(f.metric, f.entity, f.qualifier) for f in extract_facts(text, kind="market_report")] == [
        ("shipments", "Huawei", "<")]
    cmcc = ("TITLE: 中国移动公布2024年前三季度经营情况\n\n date 2024-10-22 持续引领算力网络发展:截至今年中报,公司通算规模达"
            "8.2EFLOPS(FP32)、智算规模达19.6EFLOPS(FP16),首批13个智算中心节点投产。预计全年智算规模不低于24.0EFLOPS(FP16)。")
    assert [(f.value, f.entity) for f in extract_facts(cmcc, kind="capex") if f.value == 2.4e19] == [(2.4e19, "China Mobile")]


def test_a_bare_capacity_in_flops_of_an_operator_s_ai_site() -> None:
    # On a tender page headed by China Mobile: … the world's largest telco-built intelligent data center in Hohhot, Inner
    # Mongolia, with 20,000 AI accelerator cards and capacity of 670 TFLOPS: "capacity of" before FLOPS is computing capacity,
    # AI compute beside the accelerators, the operator's site's (Hohhot is where the site stands, not whose figure it is)
    text = ("TITLE: China Mobile awards $4.3B in AI data center gear\n\n date 2024-06-12 China Mobile announced contracts "
            "for AI servers. Intel and Inspur supplied servers.\nThe company has constructed what it says is the world's "
            "largest telco-built intelligent data center in Hohhot, Inner Mongolia, with 20,000 AI accelerator cards and "
            "capacity of 670 TFLOPS.")
    assert [(f.metric, f.entity, f.region) for f in extract_facts(text, kind="tender") if f.unit == "FLOPS"] == [
        ("intelligent_compute_capacity", "China Mobile", None)]


def test_a_growth_of_companies_named_as_one_under_a_metric_heading() -> None:
    # 美系 CSP 擴大資本支出 (a heading naming capex) ¶ 2025/26年四大CSP年增58.4%/30.6%: the four CSPs named as one are companies,
    # so the growths are of the heading's company metric, one a year
    text = ("TITLE: 四大CSP資本支出展望\n\n date 2025-12-01 AI需求持續暢旺。\n\n美系 CSP 擴大資本支出 AI 需求持續暢旺\n\n"
            "四大CSP業者表示AI需求暢旺,持續投資基礎建設。2025/26年四大CSP年增58.4%/30.6%。")
    assert sorted((f.value, f.period, f.of) for f in extract_facts(text, kind="market_report") if f.metric == "yoy_growth") == [
        (30.6, "2026", "capex"), (58.4, "2025", "capex")]


def test_a_company_s_cloud_by_its_short_name_is_its_revenue() -> None:
    # 其中二季度百度云同比+25%YoY on a capex page: a company's cloud is a reporting segment whose growth is revenue's
    # (LABELLING.md metric table), named short (百度云 beside 百度智能云) as much as in full
    text = ("TITLE: 百度资本开支与昆仑芯\n\n date 2025-09-01 国内云厂25Q2对比:收入端维持高增速,资本开支同比加速。"
            "其中二季度百度云同比+25%YoY。")
    assert [(f.entity, f.of) for f in extract_facts(text, kind="capex") if f.value == 25.0] == [("Baidu", "revenue")]


def test_a_period_framed_by_a_comparison_is_the_base_not_the_statement_s() -> None:
    # 2024年1-6月营业收入为17.28亿元,与上年同期相比增长61.04%: 与……相比 frames 上年同期 as what is compared with, so the
    # growth is of the half the sentence names (2024H1), not of 上年 read as a year (2024 from a 2025 dateline)
    text = " date 2025-05-20 2024 年 1 - 6 月营业收入为 17.28 亿元,与上年同期相比增长61.04%。"
    assert [(f.metric, f.period) for f in extract_facts(text, kind="capex") if f.unit == "%"] == [("yoy_growth", "2024H1")]
    tw = " date 2025-02-20 2024年第三季度,公司營收25億元,與去年同期相比增長12%。"
    assert [(f.metric, f.period) for f in extract_facts(tw, kind="capex") if f.unit == "%"] == [("yoy_growth", "2024Q3")]


def test_units_shipped_are_the_company_s_the_sentence_names_before_the_shipment_word() -> None:
    # Under a title naming no company: - 鴻海(Hon Hai): 2025 年鴻海以 51% 的市佔率橫掃市場,全年出貨量高達 1.47 萬台: the company named
    # before the shipment word ships the units (not the world's market); not where they go (向微軟交付), nor a chip maker
    # named before servers built on its chips (輝達GB200伺服器出貨: the server's maker is not named)
    text = ("TITLE: NVL72 機櫃產出與ODM份額\n\n- 鴻海(Hon Hai): 2025 年鴻海以 51% 的市佔率橫掃市場,全年出貨量高達 1.47 萬台,"
            "即便在 12 月這種傳統淡季,其單月出貨仍穩健維持在 2,800 台。\n- 今年向微軟交付 3,000 台。")
    assert [(f.value, f.entity) for f in extract_facts(text, kind="market_report") if f.unit == "units"] == [
        (14700.0, "Foxconn"), (2800.0, "Foxconn"), (3000.0, None)]


def test_a_compute_deal_named_before_its_worth_is_the_buyer_s_investment() -> None:
    # A deal for compute named before what it is worth is a compute investment (LABELLING.md metric table: a compute lease),
    # the buyer's: the party that does not rent out compute (aliases.toml sells = "compute"), named before the cloud with
    # the deal word between, or right after the amount; a cloud's own hardware deal stays the cloud's
    text = ("OpenAI has reportedly inked a massive cloud computing deal with Oracle—worth an estimated $30 billion annually. "
            "CoreWeave has secured a cloud computing contract worth as much as $14.2B with Meta. "
            "Oracle also plans to integrate approximately 400,000 Nvidia GB200 chips, in a hardware deal alone reportedly worth "
            "$40 billion. Nebius signed a $6 billion agreement with Corning to supply fiber optic cables. "
            "Oracle signed a jaw-dropping $300 billion deal with OpenAI to provide computing power.")
    assert [(f.value, f.entity) for f in extract_facts(text, kind="capex") if f.metric == "compute_investment"] == [
        (3e10, "OpenAI"), (1.42e10, "Meta"), (4e10, "Oracle"), (3e11, "OpenAI")]


def test_a_market_share_word_on_one_company_s_page_is_that_company_s_share() -> None:
    # On a page whose title names 浪潮信息 alone, 边缘服务器市占率54.7% (a market-share word, no company in its sentence) is
    # Inspur's market share; not where a place holds it (亚太地区占据了……份额31%) nor of other gear (交换机市场份额, out of
    # vocabulary), nor on a page whose title compares companies
    text = ("TITLE: 浪潮信息:AI算力龙头的市场地位\n\n在市场地位上,中国服务器市场常年第一,边缘服务器市占率54.7%,连续3年中国第一。"
            "2024年亚太地区占据了全球GPU市场的最大份额31%。数据中心交换机市场份额第二,为29.0%。")
    assert [(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, kind="capex")
            if f.metric == "market_share"] == [("market_share", 54.7, "Inspur", "server_market_size")]
    compare = "TITLE: 紫光股份、中科曙光、浪潮信息对比\n\n液冷技术:边缘服务器市占率35.5%。"
    assert [f.entity for f in extract_facts(compare, kind="capex") if f.metric == "market_share"] == []


def test_growth_by_a_multiple_on_the_same_period_and_a_bare_increase_in_a_vendor_s_bracket() -> None:
    # 较上年同期成长超1.5倍: a growth by 1.5 times on the year-ago period is +150 % (LABELLING.md O7, as 同比增长3倍 is);
    # 超微(增55%) beside 戴尔(增长20.6%): a bare 增 opens a vendor's bracketed growth as 增长 does
    text = "TITLE: 工业富联2024年报点评\n\n - AI服务器营业收入较上年同期成长超1.5倍。"
    assert [(f.metric, f.value, f.qualifier) for f in extract_facts(text, kind="capex")] == [("yoy_growth", 150.0, ">")]
    idc = ("TITLE: IDC服务器跟踪\n\n2024年第四季度全球服务器市场收入同比增长91%,其中戴尔(增长20.6%)和超微(增55%)表现突出。")
    assert [(f.value, f.entity) for f in extract_facts(idc, kind="market_report") if f.entity] == [
        (20.6, "Dell"), (55.0, "Supermicro")]


def test_a_title_naming_an_unlisted_company_then_its_year_s_report() -> None:
    # 工业富联 2024 年报点评 (a company off the alias table, then the report of a year): the page is that company's, so its
    # unnamed figures are of no listed company (LABELLING.md E1), not of Alibaba, the company its body names most
    text = ("TITLE: 工业富联 2024 年报点评:云计算业务与 AI 服务器营收高增\n\n2024年公司实现营业收入6091.35亿元。"
            "公司与阿里巴巴、阿里云合作,阿里巴巴采购增加。")
    assert [(f.metric, f.entity) for f in extract_facts(text, kind="capex") if f.unit == "CNY"] == [("revenue", None)]


def test_a_product_line_s_part_of_revenue_on_a_report_titled_with_one_company() -> None:
    # 浪潮信息AI服务器出货量推算 reads as a market report (shipments), but its title names one company: AI服务器营收占比30% is a
    # product line's part of that company's revenue (LABELLING.md I9), not the server market's; a report titled with several
    # companies, or none, keeps the market's reading
    text = "TITLE: 浪潮信息AI服务器出货量推算\n\n据测算,2025年AI服务器营收占比30%,全球AI服务器出货量约200万台。"
    assert [(f.entity, f.of) for f in extract_facts(text, kind="market_report") if f.metric == "share"] == [
        ("Inspur", "revenue")]
    market = "TITLE: 全球AI服务器出货量推算\n\n据测算,2025年AI服务器营收占比30%,全球AI服务器出货量约200万台。"
    assert [f.of for f in extract_facts(market, kind="market_report") if f.metric == "share"] == ["server_market_size"]


def test_a_product_line_s_growth_on_one_company_s_page_and_years_written_without_nian() -> None:
    # 鴻海's page: 先回顧 2024: ¶ - 整體伺服器營收年增 78% ¶ - 其中 AI 伺服器年增超過 150%: a product line's growth naming no
    # metric is of its maker's revenue (LABELLING.md I9); a year with no 年 closing the line that introduces the list dates
    # it, and 2025 的目標 dates the list after it
    text = ("TITLE: 法說會系列 2025展望:鴻海在賭什麼\n\n先回顧 2024:\n- 整體伺服器營收年增 78%\n- 其中 AI 伺服器年增超過 150%\n"
            "在這個基礎上,2025 的目標直接講得很白:\n- AI 伺服器營收要衝向「兆元規模」\n- 在整體伺服器營收裡,占比要 超過 50%\n")
    assert [(f.metric, f.value, f.period, f.entity, f.item, f.of) for f in extract_facts(text, kind="capex")] == [
        ("yoy_growth", 78.0, "2024", "Foxconn", "server", "revenue"),
        ("yoy_growth", 150.0, "2024", "Foxconn", "ai_server", "revenue"),
        ("revenue", 1e12, "2025", "Foxconn", "ai_server", None), ("share", 50.0, "2025", "Foxconn", None, "revenue")]


def test_a_change_in_points_after_a_rate_s_cue_leaves_the_cue_to_the_rate() -> None:
    # 腾讯云维持18% YoY(同比+2pcts): the cue after 18% is its own (the next number is a change in points, no rate of its
    # own); 非PC业务营收占比达到47%,同比增长5pct: the share's change in points, not a growth of 47%
    text = "二季度阿里云加速至同比+26%YoY(环比+8pcts)、腾讯云维持18% YoY(同比+2pcts)。"
    assert [(f.metric, f.value, f.entity) for f in extract_facts(text, kind="capex")] == [
        ("yoy_growth", 26.0, "Alibaba"), ("yoy_growth", 18.0, "Tencent")]
    lenovo = "联想FY2025实现营收3647亿元。FY2025非PC业务营收占比达到47%,同比增长5pct。"
    assert [(f.metric, f.value) for f in extract_facts(lenovo, kind="capex") if f.value == 47.0] == [("share", 47.0)]


def test_an_arrow_between_two_rates_is_a_move_from_one_to_the_other() -> None:
    # 雲端網路產品占比已從 22% → 30%, rose from 60% → 70%: the arrow is the move's "to" (從……到), so the later level keeps
    # the share's keys and the sentence's period
    text = "鴻海2024年雲端網路產品占比已從 22% → 30%。"
    assert [(f.value, f.period, f.entity, f.of) for f in extract_facts(text, kind="capex")] == [
        (22.0, None, "Foxconn", "revenue"), (30.0, "2024", "Foxconn", "revenue")]


def test_power_added_with_no_level_beside_it_is_power() -> None:
    # Contracted capacity rose by about 7 GW: capacity added is labelled as power (LABELLING.md O9), where no level is stated
    # beside the change; increased by 47MW to 945MW and 已承诺容量达837MW 环比增加54MW keep the change out (the level stands)
    text = "Dominion said data center contracted capacity rose by about 7 GW in the third quarter of 2025."
    assert [(f.metric, f.value) for f in extract_facts(text, kind="market_report")] == [("datacenter_power", 7e9)]
    level = "Chindata said total capacity increased by 47MW to 945MW in the second quarter of 2023."
    assert [f.value for f in extract_facts(level, kind="market_report") if f.unit == "W"] == [9.45e8]


def test_a_period_after_a_growth_that_opens_the_next_statement_is_not_the_growth_s() -> None:
    # - 数据业务2024年营收突破200亿元 同比增长178.8% 2025年一季度营收突破100亿元 (run-in bullets): the quarter after the rate opens
    # the next statement (a metric's word and its amount follow it), so the growth stays the 2024 amount's
    text = "公司业绩表现 - 数据业务2024年营收突破200亿元 同比增长178.8% 2025年一季度营收突破100亿元 [3]"
    assert [(f.metric, f.value, f.period) for f in extract_facts(text, kind="capex") if f.metric == "yoy_growth"] == [
        ("yoy_growth", 178.8, "2024")]


def test_a_kind_of_server_s_part_of_a_market_named_as_the_whole() -> None:
    # 全球人工智能服务器占人工智能基础设施市场的84.2%: the whole is IDC's AI-infrastructure market, the AI-server market of the
    # labels (LABELLING.md metric table; aliases.toml [markets]), not the server market the AI servers are a part of
    text = "IDC:全球人工智能服务器市场\n\n2020年上半年,全球人工智能服务器占人工智能基础设施市场的84.2%以上。"
    assert [(f.item, f.of) for f in extract_facts(text, kind="market_report") if f.metric == "share"] == [
        ("ai_server", "ai_server_market_size")]


def test_a_market_share_in_the_field_a_company_is_ranked_in() -> None:
    # 浪潮信息在AI服务器领域排名全球第三,市场份额约为15%(仅次于戴尔的22%和惠普的18%): the market of the field named (the
    # AI-server market), not the server market a report's title names; 在服务器出货量方面……市场份额为17.5%: the units shipped
    text = ("根据IDC 2024年全球服务器市场报告,浪潮信息在AI服务器领域排名全球第三,市场份额约为15%(仅次于戴尔的22%和惠普的18%)。"
            "在服务器出货量方面,戴尔在2017年第二季度保持了领先地位,市场份额为17.5%。")
    assert [(f.entity, f.of) for f in extract_facts(text, kind="market_report") if f.metric == "market_share"] == [
        ("Inspur", "ai_server_market_size"), ("Dell", "ai_server_market_size"), ("HPE", "ai_server_market_size"),
        ("Dell", "shipments")]


def test_money_by_the_chips_it_is_worth_or_the_ai_site_it_builds_is_compute_investment() -> None:
    # $1 billion worth of AI GPUs: chips bought by their worth (LABELLING.md metric table: the chip-purchase part of capex);
    # 斥资逾160亿元打造AI Factory: the AI site the money builds, named after the verb
    # ( ₹4,563.36 crore) is earmarked for compute capacity: money set aside for compute
    for text in ("This is what $1 billion worth of AI GPUs look like.", "GMI Cloud斥资逾160亿元打造AI Factory。",
                 "Out of these, 44% ( ₹4,563.36 crore) is earmarked for compute capacity."):
        assert [f.metric for f in extract_facts(text, kind="capex")] == ["compute_investment"], text


def test_a_growth_over_the_same_quarter_last_year_is_of_the_quarter_reported() -> None:
    # Quarterly revenues increased 7% … over the same quarter last year: "over the same quarter" compares with the year-ago
    # quarter (a base), so the growth is the release's quarter's, not last year's
    text = ("TITLE: Equinix Reports Third Quarter 2024 Results\n\n date 2024-10-30 Equinix reported results for the third "
            "quarter of 2024. Quarterly revenues increased 7% on both an as-reported and normalized and constant currency "
            "basis over the same quarter last year.")
    assert [(f.metric, f.period) for f in extract_facts(text, kind="capex") if f.unit == "%"] == [("yoy_growth", "2024Q3")]


def test_an_investment_beside_a_capacity_in_flops_speaks_of_compute() -> None:
    # 更让人期待的400P三期项目,预计投资20亿元: a bare investment word counts only where compute is spoken of; a capacity in FLOPS
    # in its sentence is compute, however far back the paragraph named its AI centre
    text = ("TITLE: 龙江数字经济\n\n2023年,园区一期工程正式投用。与此同时,二期也已经建设,预计今年7月份完工投入使用。"
            "更让人期待的400P三期项目,预计投资20亿元,也即将动工建设。")
    assert [(f.metric, f.value) for f in extract_facts(text, kind="capex") if f.unit == "CNY"] == [
        ("compute_investment", 2e9)]


def test_the_same_share_in_the_period_the_next_clause_names() -> None:
    # 先進封裝去年貢獻公司營收約8%，今年預計會略高於10%: the clause after a company's share names another period and no part of
    # its own, so the rate is the same share in that period (a forecast, 預計), not a part of a mix in last year's
    text = " date 2026-01-15 台積電財務長黃仁昭表示，先進封裝去年貢獻公司營收貢獻約8%，今年預計會略高於10%。"
    assert [(f.value, f.period, f.entity, f.of, f.basis) for f in extract_facts(text, published=date(2026, 1, 15),
                                                                             kind="capex")] == [
        (8.0, "2025", "TSMC", "revenue", "actual"), (10.0, "2026", "TSMC", "revenue", "forecast")]


def test_a_season_of_a_year_is_that_year() -> None:
    # Nebius's 300 MW New Jersey facility is scheduled for completion in summer 2025: a season of a year dates the figure
    # (by the fall of 2027, in spring 2026), not the page's or the sentence's other year
    text = ("TITLE: Microsoft's neocloud commitments\n\n date 2025-11-20 Microsoft signed deals in 2026 terms, while Nebius’s "
            "300 MW New Jersey facility is scheduled for completion in summer 2025.")
    assert [(f.value, f.period) for f in extract_facts(text, kind="capex") if f.unit == "W"] == [(3e8, "2025")]


def test_a_bare_number_in_yi_after_a_chip_s_name_is_no_count() -> None:
    # 22年华为鲲鹏120亿,昇腾10亿 (call notes of sales, 元 left out): a billion Ascend chips no one holds, so no count of
    # accelerators; 10万颗昇腾 and GPU数量达10万 stay counts
    text = "22年华为鲲鹏120亿,昇腾10亿。"
    assert [f for f in extract_facts(text, kind="capex") if f.unit == "units"] == []
    assert [(f.metric, f.value) for f in extract_facts("该中心GPU数量达10万。", kind="capex")] == [("accelerator_count", 1e5)]


def test_depreciation_and_a_listing_s_first_day_are_out_of_vocabulary() -> None:
    # 今年的折舊費用將較去年增加約19％ (an expense of assets bought before) and 上市首日涨幅高达692.95% (a share's price) are no
    # growth of capex or of a market (lexicons/cues.toml [out_of_scope])
    for text in ("台積電表示，今年資本支出為520億美元，今年的折舊費用將較去年增加約19％。",
                 "国产GPU企业摩尔线程2025年12月登陆科创板,上市首日涨幅高达692.95%。"):
        assert [f.value for f in extract_facts(text, kind="capex") if f.unit == "%"] == [], text


def test_notebooks_written_nb_and_spectrum_costs_are_outside_the_vocabulary() -> None:
    # 公司在消費性NB機種佔比達70%~80% (Taiwan's ODMs write notebooks as NB: a business line outside compute, LABELLING.md O10);
    # 运营商频谱成本已占收入7% (a cost's part of revenue) is no share of the vocabulary
    # (Azure OpenAI使用量增长超过一倍, 全球贸易额预计将同比萎缩近5%: a service's use and a country's trade, no metric either)
    for text in ("廣達表示,公司在消費性NB機種佔 比達 70%~80%。", "中国电信表示,运营商频谱成本已占收入7%。",
                 "微软表示,Azure OpenAI使用量增长超过一倍。", "Omdia称全球服务器市场增长,全球贸易额预计将同比萎缩近5%。"):
        assert [f.value for f in extract_facts(text, kind="capex") if f.unit == "%"] == [], text
    # (预计2023-2024年股东大会期间关联交易63.22亿元: related-party transactions, though the sentence names revenue before them)
    text = ("- 预计关联交易金额大幅提升,有望推动公司营收实现高成长,2024年初至4月12日与公司A及其控制公司累计交易22亿元,"
            "2023年同期仅6.33亿元,预计2023 - 2024年股东大会期间关联交易63.22亿元,2022 - 2023年实际发生43亿元。")
    assert [f.value for f in extract_facts(text, kind="capex") if f.value == 6.322e9] == []


def test_what_one_rack_holds_is_a_specification() -> None:
    # 单机柜可部署64卡H800加速卡: what one rack holds (lexicons/cues.toml [configuration]), not a count of chips anyone has
    text = "其灵犀智算解决方案支持14B至671B规模的大模型训推,单机柜可部署64卡H800加速卡,PUE低至1.05。"
    assert [f for f in extract_facts(text, kind="capex") if f.unit == "units"] == []


def test_energy_investment_is_no_investment_in_compute() -> None:
    # By 2025, global energy investment will reach 2.3 trillion US dollars … the investment in renewable energy is 690 billion
    # US dollars. The data center investment is about 500 billion US dollars: only the data centres' is compute's
    text = ("By 2025, global energy investment will reach 2.3 trillion US dollars. Among them, the investment in renewable "
            "energy is 690 billion US dollars. The data center investment is about 500 billion US dollars.")
    assert [f.value for f in extract_facts(text, kind="market_report") if f.unit == "USD"] == [5e11]


def test_a_chip_s_own_computing_power_is_a_specification() -> None:
    # H20芯片 其INT8算力仅296 TFLOPs, H100的1979 TFLOPs, 其单卡AI稠密算力最高可达1000 TFLOPS: one chip's computing power (below
    # CHIP_SPEC_MAX, a chip or a per-chip word right before it) is no capacity anyone holds; 部署1000张H100,算力达40P (chips
    # counted first) and GB200 NVL72机柜算力达1.4EF (a rack, and above one chip's reach) stay capacities
    text = "公司推出特供版H20芯片 其INT8算力仅296 TFLOPs,远低于H100的1979 TFLOPs。其单卡AI稠密算力最高可达1000 TFLOPS。"
    assert [f for f in extract_facts(text, kind="market_report") if f.unit == "FLOPS"] == []
    kept = "该中心部署1000张H100,算力达40P。GB200 NVL72机柜算力达1.4EF。"
    assert [f.value for f in extract_facts(kept, kind="market_report") if f.unit == "FLOPS"] == [4e16, 1.4e18]


def test_units_shipped_of_a_product_outside_compute_are_no_shipments() -> None:
    # 英業達11月筆電出貨量為170萬台, notebook PC shipments rose slightly to 1.6 million units: a count of notebooks (LABELLING.md
    # O10, lexicons/cues.toml [non_compute]) is no shipment of the vocabulary; AI服务器出货量 stays one
    for text in ("不過英業達11月筆電出貨量為170萬台,比10月小增10萬台。",
                 "Taiwan's notebook PC shipments rose slightly to 1.6 million units."):
        assert [f for f in extract_facts(text, kind="market_report") if f.unit == "units"] == [], text
    assert [f.metric for f in extract_facts("鸿海AI服务器出货量达1.47万台。", kind="market_report")] == ["shipments"]


def test_a_ranking_goes_on_to_the_company_named_next() -> None:
    # Dell led the global server market with 17.5% share, followed by HPE with 17.1%; 浪潮电子出货量增长率高,达31.5%。其次是华为,
    # 26.1%的增长: the company a ranking names next holds the same metric as the one before it (a share of the market a
    # company leads is its market share)
    text = "In 2024, Dell led the global server market with 17.5% share, followed by HPE with 17.1%."
    assert [(f.metric, f.entity, f.value) for f in extract_facts(text, kind="market_report")] == [
        ("market_share", "Dell", 17.5), ("market_share", "HPE", 17.1)]
    zh = "2024年浪潮服务器出货量增长率高,达31.5%。其次是华为,26.1%的增长。"
    assert [(f.metric, f.entity, f.of, f.value) for f in extract_facts(zh, kind="market_report")] == [
        ("yoy_growth", "Inspur", "shipments", 31.5), ("yoy_growth", "Huawei", "shipments", 26.1)]


def test_the_parties_of_compute_deals_listed_with_bracketed_amounts() -> None:
    # Signed two large AI infrastructure deals — Microsoft ($17–19B) and Meta ($3B over five years): each party's amount in a
    # bracket after its name is the compute it buys; a $17.4 billion AI infrastructure deal with Microsoft, signed by a cloud
    # that sells compute (aliases.toml sells = "compute"), is Microsoft's purchase, not Nebius's
    text = "Nebius signed two large AI infrastructure deals — Microsoft ($17–19B) and Meta ($3B over five years)."
    assert [(f.metric, f.entity, f.value) for f in extract_facts(text, kind="capex")] == [
        ("compute_investment", "Microsoft", 18e9), ("compute_investment", "Meta", 3e9)]
    one = "Nebius signed a $17.4 billion AI infrastructure deal with Microsoft."
    assert [(f.metric, f.entity) for f in extract_facts(one, kind="capex")] == [("compute_investment", "Microsoft")]


def test_rows_of_a_table_under_a_header_naming_shipments_are_shipments() -> None:
    # 表3 预测出货量(2026年) ¶ 厂商 AI服务器出货量 ¶ 浪潮信息 12万台: a row of a table whose header line names shipments (and
    # holds no figure but a year) is of shipments, of the year the header or its caption names, a forecast where it says so
    # (LABELLING.md P12); a count under a header naming none stays what its own words make it
    text = "表3 预测出货量(2026年)\n厂商 AI服务器出货量\n浪潮信息 12万台\n新华三 8万台\n"
    assert [(f.metric, f.entity, f.value, f.period, f.basis) for f in extract_facts(text, kind="market_report")] == [
        ("shipments", "Inspur", 120000, "2026", "forecast"), ("shipments", "H3C", 80000, "2026", "forecast")]
    chips = "芯片类型/系列预测出货量 (2025年)备注\nHopper 平台约 120 万颗约占高端GPU出货量的18%。\n"
    assert [(f.metric, f.value, f.period) for f in extract_facts(chips, kind="market_report") if f.unit == "units"] == [
        ("shipments", 1.2e6, "2025")]
    other = "厂商 部署情况\n浪潮信息 12万台\n"
    assert [f.metric for f in extract_facts(other, kind="market_report") if f.unit == "units"] != ["shipments"]


def test_a_quarter_s_release_gives_guidance_for_the_quarter_after_it() -> None:
    # 公司指引为预计营收为375亿美元 / The company guided revenue of $37.5 billion on a FY2025Q3 release: the next quarter's
    # revenue; a guidance the result is compared with (beating its own guidance of $9.6 billion) is the quarter reported
    zh = "英伟达2025财年第三季度营收为351亿美元。公司指引为预计营收为375亿美元,上下浮动2%。"
    en = "Nvidia reported third-quarter revenue of $35.1 billion. The company guided revenue of $37.5 billion, plus or minus 2%."
    for text in (zh, en):
        assert [(f.value, f.period) for f in extract_facts(text, published=date(2024, 11, 21), kind="capex")] == [
            (35.1e9, "FY2025Q3"), (37.5e9, "FY2025Q4")], text
    beat = "AMD reported fourth-quarter revenue of $10.27 billion, beating its own guidance of $9.6 billion."
    assert [(f.value, f.period) for f in extract_facts(beat, published=date(2026, 2, 4), kind="capex")] == [
        (10.27e9, "2025Q4"), (9.6e9, "2025Q4")]


def test_a_place_s_share_after_the_world_named_as_the_whole() -> None:
    # 2025年全球AI芯片市场中,中国占比65%: the world is the whole, the place right before 占比 holds the part (its region);
    # 全球占比65% stays the world's
    facts = extract_facts("2025年全球AI芯片市场中,中国占比65%。", kind="market_report")
    assert [(f.metric, f.region, f.value) for f in facts] == [("share", "CN", 65)]
    facts = extract_facts("2025年全球AI芯片市场中,全球占比65%。", kind="market_report")
    assert [(f.metric, f.region) for f in facts] == [("share", "GLOBAL")]


def test_a_company_s_investment_in_a_site_is_compute_investment() -> None:
    # on a capex page a bare "investment" is the company's capital spending, but Meta's $100+ billion investment in its
    # Prometheus and Hyperion AI superclusters, plans to invest $1 billion to build a new data center: what a site costs
    site = "Meta's $100+ billion investment in its Prometheus and Hyperion AI superclusters is huge."
    assert [f.metric for f in extract_facts(site, kind="capex")] == ["compute_investment"]
    build = "Google Cloud shared plans to invest $1 billion to build a new data center in the U.K."
    assert [f.metric for f in extract_facts(build, kind="capex")] == ["compute_investment"]
    bare = "Microsoft made investments of $64.5 billion this year."
    assert [f.metric for f in extract_facts(bare, kind="capex")] == ["capex"]
    kinds = "CoreWeave announced plans to invest between $20 billion and $23 billion in AI infrastructure and data centers in 2025."
    assert [f.metric for f in extract_facts(kinds, kind="capex")] == ["capex"]  # (kinds of assets, no site)


def test_the_three_operators_named_together_with_no_separator() -> None:
    # 中国移动电信联通2025年资本开支指引分别下降7.8%、10.6%、10.4%: the three operators in the press's order, glued together
    # (aliases.toml [groups]), each rate its own operator's
    text = "中国移动电信联通2025年资本开支指引分别下降7.8%、10.6%、10.4%。"
    assert [(f.entity, f.value) for f in extract_facts(text, kind="capex")] == [
        ("China Mobile", -7.8), ("China Telecom", -10.6), ("China Unicom", -10.4)]


def test_a_figure_first_stated_then_revised_keeps_both_statements() -> None:
    # 最初將2025年資本支出預期設定在60-650億美元區間,但……上調至70-720億美元: the first statement (最初, initially) is a forecast
    # of its own beside the revised one (LABELLING.md B2), and the low bound written short is 600 (60-650)
    text = "Meta最初將2025年資本支出預期設定在60-650億美元區間,但僅僅幾季後就將此預期上調至70-720億美元。"
    assert [(f.value, f.low, f.high) for f in extract_facts(text, published=date(2025, 12, 23), kind="capex")] == [
        (62.5e9, 60e9, 65e9), (71e9, 70e9, 72e9)]


def test_a_growth_naming_no_metric_after_a_business_line_or_the_same_company_s_growth() -> None:
    # 交换机业务因AI需求放量,第三季度同比增长100%: a business line's growth is of its sales (LABELLING.md I9); 仅中国移动实现2.5%的
    # 同比增长 after the operators' revenue growths: the same company's growth, of the same metric
    line = "工业富联公布季报。交换机业务因AI需求放量,第三季度同比增长100%。"
    assert [(f.metric, f.of) for f in extract_facts(line, published=date(2025, 10, 30), kind="capex")] == [("yoy_growth", "revenue")]
    text = ("- 2025年前三季度,中国移动、中国电信、中国联通营收分别为7947亿元、3943亿元、2930亿元,增速分别降至0.4%、0.6%、1.0%\n"
            "- 仅第三季度,仅中国移动实现2.5%的同比增长,中国联通持平,中国电信同比下降0.91%\n")
    facts = [f for f in extract_facts(text, published=date(2025, 10, 25), kind="capex") if f.period == "2025Q3"]
    assert [(f.entity, f.of, f.value) for f in facts] == [("China Mobile", "revenue", 2.5), ("China Telecom", "revenue", -0.91)]


def test_a_company_s_procurement_of_chips_counted_in_units_is_the_chips_it_holds() -> None:
    # Amazon has procured approximately 196,000 Hopper chips, while Google's procurement reached around 169,000 units: the
    # cards a company buys (LABELLING.md metric table), not a procurement's tender quantity
    text = "Amazon has procured approximately 196,000 Hopper chips, while Google’s procurement reached around 169,000 units."
    facts = extract_facts(text, kind="market_report")
    assert [(f.metric, f.entity, f.value) for f in facts if f.value == 169000] == [("accelerator_count", "Alphabet", 169000)]


def test_a_company_s_amount_in_a_bracket_after_its_name_is_of_the_metric_its_sentence_names() -> None:
    # will soon surpass Dell ($25 billion at the end of the year), which surpassed HPE ($13 billion in 2024) in the server
    # market: each company's sales in that market (of servers); ZT Systems (ninth place, $19 billion) … more than doubling
    # their revenue: a company off the alias table (entity null); a segment in a bracket keeps the page's company
    text = ("The company will soon surpass Dell ($25 billion at the end of the year), which, in turn, surpassed HPE ($13 billion "
            "in 2024) in the server market in 2018, analysts predict.")
    assert [(f.metric, f.entity, f.item, f.value) for f in extract_facts(text, kind="market_report")] == [
        ("revenue", "Dell", "server", 25e9), ("revenue", "HPE", "server", 13e9)]
    listed = ("Quanta Cloud Technologies (QCT; fifth place, $15 billion), ZT Systems (ninth place, $19 billion) and SuperMicro "
              "(third place, $19 billion) also benefited, more than doubling their revenue from server sales in 2024.")
    assert [(f.metric, f.entity) for f in extract_facts(listed, kind="market_report")] == [
        ("revenue", None), ("revenue", None), ("revenue", "Supermicro")]
    segments = "AMD reported revenue of $7.7 billion, with Data Center ($3.5 billion) and Client ($1.9 billion) segments."
    assert {f.entity for f in extract_facts(segments, kind="capex")} == {"AMD"}


def test_a_period_opening_a_bracket_with_a_figure_of_its_own_is_that_figure_s() -> None:
    # 其中AI 云收入同比增长26%至71 亿元(3Q24:+11% yoy): the bracket's quarter dates its own +11%, not the 26% and the 71亿 before
    # it (the sentence's 4Q24)
    text = "4Q24 百度核心总收入同比+0.8%至277 亿元,其中AI 云收入同比增长26%至71 亿元(3Q24:+11% yoy),且AI 云业务持续改善。"
    assert [(f.value, f.period) for f in extract_facts(text, kind="capex")] == [
        (0.8, "2024Q4"), (277e8, "2024Q4"), (26, "2024Q4"), (71e8, "2024Q4"), (11, "2024Q3")]


def test_money_spent_on_or_with_a_cloud_that_rents_out_compute_buys_compute() -> None:
    # expected to spend $10B on CoreWeave; OpenAI's total planned spending with CoreWeave to $22.4B: money spent with a cloud
    # that rents out compute (aliases.toml sells = "compute") is the spender's compute investment; the cloud's own revenue
    # stays revenue
    spend = "Microsoft is expected to spend $10B on CoreWeave by the end of the decade."
    assert [(f.metric, f.entity) for f in extract_facts(spend, kind="capex")] == [("compute_investment", "Microsoft")]
    planned = "Meta increased OpenAI's total planned spending with CoreWeave to $22.4B."
    assert [(f.metric, f.entity) for f in extract_facts(planned, kind="capex")] == [("compute_investment", "OpenAI")]
    own = "CoreWeave's revenue rose to $1.2B on Microsoft demand."
    assert [f.metric for f in extract_facts(own, kind="capex")] == ["revenue"]


def test_a_fiscal_quarter_named_bare_after_the_release_s_quarter() -> None:
    # Microsoft shows positive Q1 2024 results … guidance for fiscal Q2, expecting revenue between $60.4 billion and $61.4
    # billion, and stable Azure growth at 26-27% for the second half of the fiscal year: the company's fiscal quarter after
    # the one reported, and each rate's own period right after it
    text = ("Microsoft shows positive Q1 2024 results. Microsoft's CFO projected strong forward-looking guidance for fiscal Q2, "
            "expecting revenue between $60.4 billion and $61.4 billion, and stable Azure growth at 26-27% for the second half "
            "of the fiscal year.")
    assert [(f.metric, f.period) for f in extract_facts(text, kind="capex")] == [
        ("revenue", "FY2024Q2"), ("yoy_growth", "FY2024H2")]


def test_a_study_s_span_of_years_in_its_title_dates_no_figure() -> None:
    # 《2025-2030年中国人工智能芯片行业市场深度研究报告》显示,……从2020年的175.60亿元增长至2024年的1425.37亿元,年均复合增长率达68.8%:
    # the CAGR is over the move's years, not over the span the study's title covers
    text = ("中商产业研究院发布的《2025-2030年中国人工智能芯片行业市场深度研究报告》显示,中国AI计算加速芯片市场规模从2020年的"
            "175.60亿元增长至2024年的1425.37亿元,年均复合增长率达68.8%。")
    assert [(f.metric, f.period) for f in extract_facts(text, kind="market_report") if f.unit == "%"] == [("cagr", "2020-2024")]


def test_chips_of_a_model_shipped_with_no_company_named_are_their_maker_s() -> None:
    # 芯片类型/系列预测出货量 (2025年)备注 ¶ H20>70 万颗: a count of H20 chips shipped, no company in its sentence, is Nvidia's
    # shipments (aliases.toml [items] maker); racks built on a chip are no chips (GB200 NVL72机柜出货2.9万台 stays the market's)
    text = "芯片类型/系列预测出货量 (2025年)备注\nH20>70 万颗\n"
    assert [(f.metric, f.entity, f.item) for f in extract_facts(text, kind="market_report") if f.unit == "units"] == [
        ("shipments", "Nvidia", "H20")]
    family = "芯片类型/系列预测出货量 (2025年)备注\nBlackwell 平台约 540 万颗\n"
    assert [f.entity for f in extract_facts(family, kind="market_report") if f.unit == "units"] == ["Nvidia"]  # (its family)
    racks = "2025年全年GB200 NVL72机柜出货量达2.9万台。"
    assert [f.entity for f in extract_facts(racks, kind="market_report") if f.unit == "units"] == [None]


def test_chips_bought_from_a_maker_are_the_buyer_s() -> None:
    # 腾讯 2024 年从英伟达购买约 23 万张 GPU 芯片: the seller after 从 is no holder of the chips (as after 向: 向辉达采购)
    facts = extract_facts("腾讯 2024 年从英伟达购买约 23 万张 GPU 芯片。", kind="market_report")
    assert [(f.metric, f.entity) for f in facts] == [("accelerator_count", "Tencent")]


def test_shares_named_by_their_kind_or_by_the_rank_they_earn_and_a_cagr_said_to_remain() -> None:
    # a 50 percent revenue share (the share's kind between); 英伟达以55%位列第一, AMD以12%位列第二 (the rank a seller's share earns);
    # the compound annual growth rate (CAGR) is expected to remain at 28.2% (its abbreviation between)
    kind = "White-box server vendors commanded more than a 50 percent revenue share of the server market in 2024."
    assert [f.metric for f in extract_facts(kind, kind="market_report")] == ["market_share"]
    ranked = "2025年中国AI芯片市场中,英伟达以55%位列第一,AMD以12%位列第二。"
    assert [(f.metric, f.entity) for f in extract_facts(ranked, kind="market_report")] == [
        ("market_share", "Nvidia"), ("market_share", "AMD")]
    cagr = ("The global AI server market will reach $500 billion by 2030, and the compound annual growth rate (CAGR) is "
            "expected to remain at 28.2%.")
    assert [f.metric for f in extract_facts(cagr, kind="market_report") if f.unit == "%"] == ["cagr"]


def test_a_part_of_the_products_of_a_market_named_in_its_sentence() -> None:
    # 2021年全球AI服务器市场中57.33%为训练型服务器; The GPU server market is growing, with 39% of servers used for AI training: a
    # part of the products of the market the sentence names is a share of that market (LABELLING.md I6)
    zh = extract_facts("2021年全球AI服务器市场中57.33%为训练型服务器。", kind="market_report")
    assert [(f.metric, f.of) for f in zh] == [("share", "ai_server_market_size")]
    en = extract_facts("In the AI server market, 39% of servers are used for AI training.", kind="market_report")
    assert [f.metric for f in en] == ["share"]


def test_quarter_on_quarter_growth_in_hong_kong_and_sequential_words_and_the_level_it_reaches() -> None:
    # 核心AI新業務收入按季升18%,至113億元 (按季: on the quarter before, as 按年 is on the year before); sequential revenue growth of
    # +11.5%: quarter-on-quarter rates stay out of the vocabulary, the level the revenue grew to stays its revenue
    facts = extract_facts("百度上季核心AI新業務收入按季升18%,至113億元人民幣。", published=date(2026, 2, 27), kind="capex")
    assert [(f.metric, f.value) for f in facts] == [("revenue", 113e8)]
    assert extract_facts("The guide implies sequential revenue growth of +11.5%.", kind="capex") == []
    assert [f.metric for f in extract_facts("百度收入按年增3%。", kind="capex")] == ["yoy_growth"]


def test_efficiency_density_and_users_are_outside_the_vocabulary() -> None:
    # PUE值优化至1.25以下占比提升至32%, 头部厂商算力密度提升40%, 视频号用户时长同比+80%, 月度活跃消费者按年升25% (LABELLING.md O1)
    text = ("PUE值优化至1.25以下占比提升至32%。头部厂商算力密度提升40%。主要得益于视频号用户时长同比+80%。淘宝App月度活跃消费者按年升25%。"
            "AI搜索推动转化率提升31%。")
    assert extract_facts(text, kind="market_report") == []
    # (a market-share word after such a word names the next rate's subject anew: 降低PUE至1.1以下,市场集中度CR5达68%)
    kept = "2023年中国AI服务器市场发展液冷等绿色节能技术降低PUE至1.1以下,市场集中度CR5达68%。"
    assert [f.metric for f in extract_facts(kept, kind="market_report")] == ["market_share"]


def test_a_business_line_outside_compute_s_share_of_revenue_named_after_its_own_revenue() -> None:
    # 联网通信业务收入占服务收入的76%: a line outside compute (LABELLING.md O10) with its own revenue word right after it is no
    # share of the vocabulary; 算网数智业务收入占服务收入的24% stays; nor is the growth of that revenue (智能手机业务营收同比增长27%,
    # O10 again), while the growth of the amount of a line's revenue is the amount's (its sales, in scope as dev labels them)
    text = "2024年,中国联通联网通信业务收入占服务收入的76%,算网数智业务收入占服务收入的24%。"
    assert [f.value for f in extract_facts(text, kind="capex")] == [24]
    assert [f.metric for f in extract_facts("联想智能手机业务营收同比增长27%。", kind="capex")] == []
    # (all but the line is no line outside compute: 個人電腦(PC)以外業務占比近47%)
    assert [f.value for f in extract_facts("聯想個人電腦(PC)以外業務占比近47%。", kind="capex")] == [47]


def test_net_of_exchange_rates_orders_subsidies_and_tablets_are_no_growth_of_the_vocabulary() -> None:
    # 扣除匯率影響後下降22% (a restatement net of exchange rates, beside the reported -24%); AI服务器订单同比暴涨950% (orders,
    # LABELLING.md O1); a subsidy up to 40%; 平板电脑销量同比增长15% (tablets, O10)
    text = "联想收入按年下降24%,扣除匯率影響後下降22%。华为AI服务器订单同比暴涨950%。平板电脑FY2025销量同比增长15%。"
    assert [f.value for f in extract_facts(text, kind="capex")] == [-24]
    assert extract_facts("The program offers a subsidy up to 40% of GPU costs.", kind="capex") == []


def test_a_peak_at_a_number_format_is_a_chip_s_specification_and_satellites_are_no_chips() -> None:
    # FP8 算力 4614 TFLOPS, 半精度FP16算力320TFLOPS: a chip's peak at a number format, below a chip's reach (CHIP_SPEC_MAX); a site's
    # FP16算力达500P stays a capacity; 低軌衛星在軌將達1.1萬顆: satellites counted, no chips
    for spec in ("华创FP8 算力 4614 TFLOPS。", "半精度FP16 算力320TFLOPS。", "FP4算力达2PFLOPS。"):
        assert [f for f in extract_facts(spec, kind="market_report") if f.unit == "FLOPS"] == [], spec
    assert [f.value for f in extract_facts("该智算中心FP16算力达500P。", kind="market_report")] == [5e17]
    for sat in ("2026年AI晶片出貨量將成長,低軌衛星在軌將達1.1萬顆。", "2026年AI芯片需求旺盛,低轨卫星在轨将达1.1万颗。"):
        assert [f for f in extract_facts(sat, kind="market_report") if f.unit == "units"] == [], sat


def test_a_kind_s_share_among_a_market_just_sized_is_of_that_market() -> None:
    # 2025年中国加速服务器市场规模将达到300亿美元,其中GPU服务器占比约70%: the part 其中 names is of the market the amount just sized
    # (LABELLING.md I2), not of shipments
    text = "IDC预计,2025年中国加速服务器市场规模将达到300亿美元,其中GPU服务器占比约70%。"
    assert [(f.metric, f.of) for f in extract_facts(text, kind="market_report") if f.unit == "%"] == [
        ("share", "ai_server_market_size")]


def test_capex_intensity_is_capex_s_share_of_revenue() -> None:
    # 资本强度(资本支出/营收)超18%, Capex/云收入比或低于30%, capital intensity … 27%: the name of capex's ratio to revenue is the
    # share's cue and its whole (lexicons/cues.toml [capex_intensity]), not a share of capex nor of nothing named
    text = "2025年资本强度(资本支出/营收)超18%,2026年预计突破20%。"
    assert [(f.metric, f.value, f.period, f.of) for f in extract_facts(text, kind="market_report")] == [
        ("share", 18, "2025", "revenue"), ("share", 20, "2026", "revenue")]
    assert [(f.entity, f.of) for f in extract_facts("腾讯云其Capex/云收入比或低于30%。", kind="market_report")] == [
        ("Tencent", "revenue")]
    assert [(f.entity, f.of) for f in extract_facts("阿里巴巴2025年资本支出密集度达到18%。", kind="market_report")] == [
        ("Alibaba", "revenue")]
    assert [(f.entity, f.of) for f in extract_facts("Meta's capital intensity is expected to reach 27% by 2030.",
                                                    kind="market_report")] == [("Meta", "revenue")]
    # (显著优于阿里云的55%: another company's same share, its own; not a part of the first company's mix)
    text = "腾讯云仅投资可覆盖折旧成本的算力,其Capex/云收入比或低于30%,显著优于阿里云的55%。"
    assert [(f.value, f.entity) for f in extract_facts(text, kind="market_report")] == [(30, "Tencent"), (55, "Alibaba")]


def test_a_period_after_the_next_statement_s_figure_is_not_the_figure_before() -> None:
    # grew 20% and is expected to grow 27% in 2030: a new statement opens after the 20%, and 2030 dates its own figure
    facts = extract_facts("Nvidia's revenue grew 20% and is expected to grow 27% in 2030.", kind="capex",
                          published=date(2025, 6, 1))
    assert [(f.value, f.period) for f in facts if f.value == 20] == [(20, None)]
    # (a sentence's closing period still dates every figure of one statement: rose 20% to $5 billion in 2024)
    facts = extract_facts("Its revenue rose 20% to $5 billion in 2024.", kind="capex", published=date(2025, 6, 1))
    assert sorted((f.value, f.period) for f in facts) == [(20, "2024"), (5e9, "2024")]


def test_the_consensus_and_the_market_s_expectation_named_by_other_nouns_are_other_statements() -> None:
    # 超彭博一致预期(361亿美元), 好過預期的326.6億元, 超出市場普遍預料的約1,870億至1,900億元, missing the anticipated $14.08
    # billion, vs. Street $177.3B: the expectation's own figure, a forecast beside the result (LABELLING.md B2), kept with its keys
    cases = [("2024Q1,Meta收入为365亿美元,同比增长27%,超彭博一致预期(361亿美元)。", 36.1e9),
             ("百度第四季收入按年跌4%至327億元人民幣,仍略好過預期的326.6億元人民幣。", 32.66e9),
             ("騰訊上季收入升15%,至1,928.69億元,亦超出市場普遍預料的約1,870億至1,900億元水平。", 188.5e9),
             ("Broadcom's revenue jumped 51% to $14.054 billion, slightly missing the anticipated $14.08 billion.", 14.08e9),
             ("Amazon's Q1 revenue was $181.5B vs. Street $177.3B.", 177.3e9)]
    for text, expected in cases:
        facts = [f for f in extract_facts(text, kind="capex", published=date(2025, 6, 1)) if f.metric == "revenue"]
        assert [f.basis for f in facts if f.value == expected] == ["forecast"], text
        assert len({f.value for f in facts}) == 2, text
    # (the consensus a forecast is taken from is no other statement: 25年根据彭博一致预期有望进一步增长32% is the forecast)
    facts = extract_facts("北美头部4家CSP厂商资本开支24年同比增长63%,25年根据彭博一致预期有望进一步增长32%。", kind="market_report")
    assert [(f.value, f.period) for f in facts] == [(63, "2024"), (32, "2025")]


def test_a_rate_right_after_an_expectation_it_beat_is_a_margin_and_an_expectation_of_a_figure_outside_goes_with_it() -> None:
    # 略高于彭博一致预期1.7%: how far the result beat the consensus, no growth (高于彭博一致预期的32% is the consensus's own rate);
    # 毛利润298亿美元,……超越彭博一致预期(289亿美元): the expectation of a figure outside the vocabulary, not of the revenue before
    text = "收入录得655.85亿美元,同比增长16%,略高于彭博一致预期1.7%。Azure收入同比增长33%,高于彭博一致预期的32%。"
    assert sorted(f.value for f in extract_facts(text, kind="capex") if f.unit == "%") == [16, 32, 33]
    text = "2024Q1,Meta收入为365亿美元,同比增长27%,超彭博一致预期(361亿美元);毛利润298亿美元,同比增长32%,超越彭博一致预期(289亿美元)。"
    assert sorted(f.value for f in extract_facts(text, kind="capex") if f.unit == "USD") == [36.1e9, 36.5e9]


def test_an_amount_a_participle_sizes_is_of_the_noun_before_it() -> None:
    # operating profit forecast falling short of expectations, ranging between $14 billion and $18 billion, missing the
    # anticipated $18.35 billion: the participle states the size of the profit (out of vocabulary), and so does its expectation
    text = ("Amazon's cloud business faced challenges, with the first quarter of 2025 operating profit forecast falling short of "
            "expectations, ranging between $14 billion and $18 billion, missing the anticipated $18.35 billion.")
    assert extract_facts(text, kind="capex") == []
    # (a size with no word outside the vocabulary stays: capex guidance, ranging between $14 billion and $18 billion)
    assert [f.value for f in extract_facts("Amazon raised its capex guidance, ranging between $14 billion and $18 billion.",
                                           kind="capex")] == [16e9]


def test_yuanyue_is_january_in_a_month_s_revenue() -> None:
    # 元月營收 (Taiwan's usage): January's revenue, the latest January by publication; not the 元 of an amount (亿元月营收)
    facts = extract_facts("鴻海元月營收5000億元,年增31%。", kind="capex", published=date(2026, 2, 10))
    assert [(f.metric, f.period) for f in facts] == [("revenue", "2026-01"), ("yoy_growth", "2026-01")]
    facts = extract_facts("鴻海营收达100亿元月营收创新高。", kind="capex", published=date(2026, 2, 10))
    assert [f.period for f in facts] != ["2026-01"]


def test_the_base_a_figure_moved_from_is_kept_beside_it_when_no_period_tells_them_apart() -> None:
    # Capital expenditures jumped to US$17.2 billion, up from US$12.01 billion; to NT$178.23 billion from NT$148.29 billion;
    # 远超去年同期的87亿元: the base is the figure at another time (its period left unsaid), a fact of its own beside the
    # figure it is the base of, not a duplicate of its key
    text = "Alphabet's capital expenditures jumped to US$17.2 billion, up from US$12.01 billion, reflecting AI investments."
    assert sorted(f.value for f in extract_facts(text, kind="capex")) == [12.01e9, 17.2e9]
    text = "During the first seven months of the year, Wiwynn's revenue rose 20.27 percent to NT$178.23 billion from NT$148.29 billion."
    assert sorted(f.value for f in extract_facts(text, kind="capex") if f.unit == "TWD") == [148.29e9, 178.23e9]
    # (a figure compared with another company's or with a bound is no such base: vs. $12.7B, above one megawatt)
    text = "Alphabet raised its capex forecast to $85 billion, a 62% increase from 2024 and $10 billion more than it projected."
    assert [f.value for f in extract_facts(text, kind="capex") if f.unit == "USD"] == [85e9]


def test_losses_profits_restructuring_opex_prepayments_and_charges_are_outside_the_vocabulary() -> None:
    # 意外虧損人民幣112億元, 股東應佔溢利5.46億美元, 一次性重組開支2.85億美元, 獲利年增65%, 预付款8.54亿元, OpEx ~$2.55B, a $4.5 billion
    # charge: amounts and rates of things outside the vocabulary (LABELLING.md O1), not revenue or capex inherited from the
    # sentence before
    for text in ("百度第三季營收1,324億元人民幣,但意外虧損人民幣112億元。", "聯想第三財季收入221億美元,股東應佔溢利5.46億美元。",
                 "聯想收入221億美元,並產生一次性重組開支2.85億美元。", "寒武纪资本开支2.11亿元,预付款8.54亿元,同比增长544%。",
                 "AMD guided Q3 revenue of ~$8.7B and OpEx ~$2.55B.",
                 "Nvidia's revenue was $44.1 billion, despite incurring a $4.5 billion charge related to H20 export restrictions."):
        values = [f.value for f in extract_facts(text, kind="capex")]
        assert not {1.12e10, 5.46e8, 2.85e8, 8.54e8, 544, 2.55e9, 4.5e9} & set(values), (text, values)
    assert [f.metric for f in extract_facts("輝達營收達570億美元、獲利年增65%。", kind="capex")] == ["revenue"]


def test_a_chip_family_s_share_of_shipments_is_a_part_of_its_maker_s_shipments() -> None:
    # the Blackwell platform to make up a much larger share (71%) of 2026 shipments; GB200/GB300/Rubin的出貨占比大約是四○％: a
    # chip model's or family's part of its maker's shipments, Nvidia's (a company fact, no region); not where the whole is a
    # market's (Blackwell佔整體AI伺服器出貨的50%)
    text = "The forecast now expects the current Blackwell platform to make up a much larger share (71%) of 2026 shipments."
    assert [(f.value, f.entity, f.region) for f in extract_facts(text, kind="market_report")] == [(71, "Nvidia", None)]
    text = "預估2026年GB200/GB300/Rubin的出貨占比大約是四○％、五五％和低於五％。"
    assert {f.entity for f in extract_facts(text, kind="market_report")} == {"Nvidia"}
    assert [f.entity for f in extract_facts("Blackwell佔整體AI伺服器出貨的50%。", kind="market_report")] == [None]


def test_a_company_s_count_held_with_its_shipment_word_glued_after_it_is_its_shipments() -> None:
    # 英伟达以约190万张出货量占据约70%市场份额, 华为以64万片出货量位居第二: the company named before 以 holds the count, its own
    # shipments (the shipment noun glued to the counter), in the market the sentence names; not the market's total
    text = "2024年,中国AI加速卡整体出货规模超270万张,英伟达以约190万张出货量占据约70%市场份额。"
    facts = [f for f in extract_facts(text, kind="market_report") if f.unit == "units"]
    assert [(f.value, f.entity, f.region) for f in facts if f.value == 1.9e6] == [(1.9e6, "Nvidia", "CN")]
    assert [(f.metric, f.entity) for f in extract_facts("华为以64万片出货量位居第二。", kind="market_report")] == [
        ("shipments", "Huawei")]


def test_a_chip_maker_s_gpu_sales_and_accelerators_revenue_are_its_data_center_revenue() -> None:
    # 合計帶來5000億美元的GPU銷售額; these accelerators will bring in over $4.5 billion in revenue: a chip maker's AI chips, a
    # line inside its data-center segment (LABELLING.md metric table); AMD's "2024 fiscal year" is the calendar year
    # (lexicons/calendars.toml: its fiscal year ends in the last week of December)
    facts = extract_facts("輝達明年將合計帶來5000億美元的GPU銷售額。", kind="capex", published=date(2025, 6, 1))
    assert [(f.metric, f.entity) for f in facts] == [("datacenter_revenue", "Nvidia")]
    text = ("AMD CEO Lisa Su forecasts that these accelerators will bring in over $4.5 billion in revenue for the company in "
            "the 2024 fiscal year.")
    assert [(f.metric, f.period) for f in extract_facts(text, kind="capex")] == [("datacenter_revenue", "2024")]


def test_micron_s_fiscal_quarter_stays_its_own_beside_calendar_year_memory_makers() -> None:
    # 美光2024財年第四季 beside 三星 and SK 海力士 (calendar years): Micron is on the alias table, its fiscal year ends in August
    text = "美光2024財年第四季營收77.5億美元,年增93%。美光DRAM市占率19.6%,僅次於三星及SK海力士。"
    facts = extract_facts(text, kind="capex")
    assert [(f.metric, f.entity, f.period) for f in facts if f.unit == "USD"] == [("revenue", "Micron", "FY2024Q4")]


def test_who_invests_in_a_company_named_after_to_is_the_investor() -> None:
    # 英伟达宣布未来十年向OpenAI投资高达1000亿美元: 向 names who receives the investment; the company before it invests
    for text, investor in (("英伟达宣布未来十年向OpenAI投资高达1000亿美元。", "Nvidia"), ("微软向OpenAI投资100亿美元。", "Microsoft")):
        assert [(f.metric, f.entity) for f in extract_facts(text, kind="market_report")] == [("compute_investment", investor)]


def test_a_model_s_size_class_is_its_parameters_and_a_chip_s_performance_gain_is_no_growth() -> None:
    # 2021年发布的万亿参数大模型M6, 推进万亿级tokens投入训练: model_parameters and training_tokens of that order; 单卡推理性能提升25%:
    # a specification's gain, no growth of the vocabulary (not of the parameters named before it)
    facts = extract_facts("阿里2021年发布的万亿参数大模型M6。公司推进万亿级tokens投入训练。", kind="market_report")
    assert [(f.metric, f.value) for f in facts] == [("model_parameters", 1e12), ("training_tokens", 1e12)]
    facts = extract_facts("阿里发布万亿参数大模型,单卡推理性能提升25%。", kind="market_report")
    assert [(f.metric, f.unit) for f in facts] == [("model_parameters", "params")]


def test_a_us_state_keys_its_figures_and_a_based_or_dateline_place_keys_none() -> None:
    # Texas is home to 30 GW of proposed data center capacity, followed by Virginia with just under 25 GW: each state's
    # (aliases.toml US-TX, US-VA: ISO 3166-2, as the labels key them); the Louisiana-based Hyperion is Meta's site, not a
    # place's figure; Austin, Texas, USA, March 28, 2025 is where a release was issued
    text = "Texas is home to 30 GW of proposed data center capacity, followed by Virginia with just under 25 GW."
    assert [(f.value, f.region) for f in extract_facts(text, kind="market_report")] == [(30e9, "US-TX"), (25e9, "US-VA")]
    text = "Meta's Louisiana-based Hyperion will hit two gigawatts by 2030."
    assert [(f.entity, f.region) for f in extract_facts(text, kind="capex")] == [("Meta", None)]
    text = "Austin, Texas, USA, March 28, 2025 Futurum reports data center AI chip revenue reaching $32.6 billion in 4Q 2024."
    assert {f.region for f in extract_facts(text, kind="market_report")} == {"GLOBAL"}


def test_a_chinese_fraction_after_de_and_its_whole_is_a_share() -> None:
    # AI伺服器出貨量約為整體伺服器的一成: a fraction word right after 的 and the whole it divides is a share by its form, the
    # part the item before the whole (WHOLE_BEFORE: 为/逼近 … 整体 names the whole); 这只是它的一半 names no whole
    facts = extract_facts("AI伺服器出貨量約為整體伺服器的一成。", kind="market_report")
    assert [(f.metric, f.value, f.item, f.of) for f in facts] == [("share", 10, "ai_server", "shipments")]
    assert extract_facts("这只是它的一半。", kind="market_report") == []
    # (本次集采整体国产化率为26.41%: an overall rate, 整体 names no whole there)
    facts = extract_facts("中国移动本次集采整体国产化率为26.41%。", kind="tender")
    assert [(f.item, f.of) for f in facts] == [("domestic", "tender_quantity")]


def test_a_company_s_part_of_a_market_is_its_market_share() -> None:
    # 英伟达占全球AI加速芯片销售规模的90%以上: a company holding a part of a market (the sales of all AI chips, sized: aliases.toml
    # [markets]) is its market share (LABELLING.md I7), keyed by the company and the place; a kind of server's part stays a
    # share (GPU服务器占中国AI服务器市场的89%)
    facts = extract_facts("截至2024年底,英伟达占全球AI加速芯片销售规模的90%以上。", kind="market_report")
    assert [(f.metric, f.entity, f.region, f.of) for f in facts] == [
        ("market_share", "Nvidia", "GLOBAL", "ai_compute_market_size")]
    facts = extract_facts("GPU服务器占中国AI服务器市场的89%。", kind="market_report")
    assert [(f.metric, f.item) for f in facts] == [("share", "ai_server")]


def test_chips_counted_then_named_then_their_output_are_shipments() -> None:
    # 中國芯片產業整體產能將能實現60萬至70萬顆AI芯片的產出: the count, the chips it counts, then their output (a maker's output
    # counts as its shipments, lexicons/metrics.toml); not where the shipping word is negated (尚未出货)
    facts = extract_facts("到2026年底,中國芯片產業整體產能將能實現60萬至70萬顆AI芯片的產出。", kind="market_report")
    assert [(f.metric, f.value) for f in facts] == [("shipments", 650000)]
    facts = extract_facts("该批次共有5000颗AI芯片尚未出货。", kind="market_report")
    assert [f.metric for f in facts] != ["shipments"]


def test_what_a_capacity_is_worth_in_a_bracket_and_a_price_to_rent_chips_are_compute_investment() -> None:
    # OpenAI目標在美洲創造1GW（約500億美元）算力: the money a capacity is worth, in a bracket right after it, is the investment in
    # that compute, its holder's; 以12億美元價格，租用1.5萬顆輝達處理器: a price paid to rent chips is a compute lease (LABELLING.md
    # metric table: compute_investment)
    facts = extract_facts("OpenAI目標在美洲創造1GW（約500億美元）算力。", kind="market_report")
    assert [(f.metric, f.entity) for f in facts if f.unit == "USD"] == [("compute_investment", "OpenAI")]
    facts = extract_facts("騰訊以12億美元（約新台幣381億元）價格，租用1.5萬顆輝達Blackwell架構處理器。", kind="market_report")
    assert [(f.metric, f.entity, f.value) for f in facts if f.unit == "USD"] == [("compute_investment", "Tencent", 1.2e9)]


def test_a_rate_of_it_is_a_part_of_the_amount_just_stated() -> None:
    # Meta will spend $70 billion on capex this year, about 60% of it on servers: "of it" points at the amount just stated,
    # the item named after it is the part (not "of it is", a clause of its own)
    facts = extract_facts("Meta will spend $70 billion on capex this year, about 60% of it on servers.", kind="capex")
    assert [(f.metric, f.item, f.of) for f in facts if f.unit == "%"] == [("share", "server", "capex")]


def test_what_a_company_spends_on_a_capex_page_is_its_capex_and_half_of_it_a_share() -> None:
    # on a capex page, ByteDance is preparing to spend RMB 160 billion in 2026—half of it on AI chips: the spent amount is its
    # capital spending, half of it a share of that capex; not money spent with a cloud (spend $10B on CoreWeave)
    text = "ByteDance is preparing to spend RMB 160 billion in 2026—half of it on AI chips."
    assert [(f.metric, f.of) for f in extract_facts(text, kind="capex")] == [("capex", None), ("share", "capex")]
    text = "Microsoft is expected to spend $10B on CoreWeave by the end of the decade."
    assert [f.metric for f in extract_facts(text, kind="capex")] == ["compute_investment"]


def test_a_share_moved_from_one_level_to_another_is_a_share_at_both_not_a_growth() -> None:
    # ODM Direct's market share, from 64.1 percent in the first quarter of 2025 down to 50.2 percent in the first quarter
    # of 2026: a class of vendors' market share at both ends of its move, each at the period right after it (not a growth
    # of 50.2%); 市场份额环比下降1.8个百分点至43.5%: the level reached after a move counted in points
    text = ("The server market grew. The compression of ODM Direct's market share, from 64.1 percent in the first quarter "
            "of 2025 down to 50.2 percent in the first quarter of 2026, as OEM vendors captured more.")
    assert [(f.metric, f.value, f.period) for f in extract_facts(text, kind="market_report")] == [
        ("market_share", 64.1, "2025Q1"), ("market_share", 50.2, "2026Q1")]
    text = "ODM直接出货量在第三季度总计182.7万台,同比下降4%,市场份额环比下降1.8个百分点至43.5%,部分原因是亚洲OEM夺回了一些份额。"
    assert [(f.metric, f.value) for f in extract_facts(text, kind="market_report") if f.unit == "%"] == [
        ("yoy_growth", -4.0), ("market_share", 43.5)]
    # the proportion of ASIC AI servers in overall AI servers for 2026 from nearly 28% to around 27%: a kind's part, moved
    text = "TrendForce has slightly adjusted the proportion of ASIC AI servers in overall AI servers for 2026 from nearly 28% to around 27%."
    assert [(f.metric, f.value) for f in extract_facts(text, kind="market_report")] == [("share", 28.0), ("share", 27.0)]


def test_a_bare_scaled_count_after_a_qualifier_or_in_a_bracket_is_the_count_its_chip_noun_names() -> None:
    # GPU silicon units in Q4 reached >900k: the level a chip noun's count reaches, its qualifier glued before it; NVDA GPU
    # silicon sales (~850k): the chips sold, counted in a bracket after the noun phrase (shipments, not chips held);
    # 国产卡 23 万 +: accelerators named by where they come from
    facts = extract_facts("BofA estimates GPU silicon units in Q4 reached >900k, up from 2023.", kind="market_report")
    assert [(f.metric, f.value, f.qualifier) for f in facts] == [("shipments", 9e5, ">")]
    facts = extract_facts("BofA notes NVDA GPU silicon sales (~850k) in 2023.", kind="market_report")
    assert [(f.metric, f.value, f.entity) for f in facts] == [("shipments", 8.5e5, "Nvidia")]
    facts = extract_facts("字节跳动2025年国产卡 23 万 +。", kind="market_report")
    assert [(f.metric, f.value, f.entity, f.item) for f in facts] == [("accelerator_count", 2.3e5, "ByteDance", "domestic")]


def test_a_company_s_share_of_another_s_revenue_is_held_by_the_first() -> None:
    # Microsoft's share of CoreWeave's revenue grew from 35% in 2023 to 62% in 2024: the customer's part of the other
    # company's revenue, keyed by the customer (as "Microsoft accounted for 62% of CoreWeave's revenue"), at each end of
    # its move with its own year
    text = "Microsoft’s share of CoreWeave’s revenue grew from 35% in 2023 to 62% in 2024."
    assert [(f.metric, f.value, f.period, f.entity, f.of) for f in extract_facts(text, kind="capex")] == [
        ("share", 35.0, "2023", "Microsoft", "revenue"), ("share", 62.0, "2024", "Microsoft", "revenue")]


def test_a_company_s_part_where_the_sentence_opens_on_market_shares_is_its_market_share() -> None:
    # 在ODM厂商端份额方面,富士康约占40%,广达约30%: the sentence opens on the makers' shares, so the first company's 占 is its
    # market share (of the racks shipped), as the list after it is
    text = "GB200机柜今年出货约2.8万柜。在ODM厂商端份额方面,富士康约占40%,广达约30%,这是主要ODM厂商的份额。"
    assert [(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, kind="market_report") if f.unit == "%"] == [
        ("market_share", 40.0, "Foxconn", "shipments"), ("market_share", 30.0, "Quanta", "shipments")]


def test_the_level_a_fleet_reaches_counted_in_bare_units_counts_the_chips_named_before() -> None:
    # bringing the total in the IndiaAI compute portal to 34,333 units, after GPU capacity; 100,000 H100 GPUs has reportedly
    # doubled to over 200,000 units: the level reached, in bare units, of the chips the sentence names (not where a shipment
    # word stands before: the shipment forecast for GB200 NVL72 cabinets … to 25,000 – 35,000 units)
    text = ("Seven companies will provide additional GPU capacity, bringing the total in the IndiaAI compute portal to "
            "34,333 units.")
    assert [(f.metric, f.value) for f in extract_facts(text, kind="market_report")] == [("accelerator_count", 34333.0)]
    text = "The initial deployment of 100,000 H100 GPUs has reportedly doubled to over 200,000 units as of January 2026."
    assert [(f.metric, f.value) for f in extract_facts(text, kind="market_report")] == [
        ("accelerator_count", 1e5), ("accelerator_count", 2e5)]


def test_chips_held_are_the_buyer_s_not_the_chip_maker_s_named_as_their_brand() -> None:
    # CoreWeave will provide a cluster of NVIDIA GB300 NVL72 systems, with more than 40,000 GPUs: the chips a company holds
    # are keyed by that company, the one the sentence names before the maker whose brand they carry
    text = ("CoreWeave will provide a frontier-scale cluster of NVIDIA GB300 NVL72 systems, with more than 40,000 GPUs "
            "coming online beginning in December 2025.")
    assert [(f.metric, f.value, f.entity) for f in extract_facts(text, kind="market_report")] == [
        ("accelerator_count", 4e4, "CoreWeave")]


def test_a_forecast_naming_no_metric_goes_on_with_the_paragraph_s_and_a_loss_is_outside() -> None:
    # It now expects $5B+ in 2025, after the quarter's revenue: a forecast word with no metric of its own (expects,
    # projections, outlook) goes on with the metric of the paragraph's last amount; a loss is outside the vocabulary
    text = "CoreWeave reported revenue of $1.2 billion in the first quarter of 2025. It now expects $5B+ in 2025."
    assert [(f.metric, f.value, f.period, f.basis) for f in extract_facts(text, kind="capex", published=date(2025, 5, 20))] == [
        ("revenue", 1.2e9, "2025Q1", "actual"), ("revenue", 5e9, "2025", "forecast")]
    text = "CoreWeave reported revenue of $1.2 billion in the first quarter of 2025. It now expects a loss of $5B in 2025."
    assert [f.value for f in extract_facts(text, kind="capex", published=date(2025, 5, 20))] == [1.2e9]


def test_a_capacity_or_fleet_stated_as_it_is_now_is_at_the_month_of_the_dated_page() -> None:
    # 目前,贵州总算力规模为31.76EFLOPS; 截至目前,全省部署智算芯片10.17万张 on a page of 2024-05-14: stocks stated as they are
    # now, at the month the page is dated to (LABELLING.md P8), not the year 目前 names
    text = "从省大数据局获悉,目前,贵州总算力规模为31.76EFLOPS。截至目前,全省部署智算芯片10.17万张,并力争到2025年累计部署国产化算力卡数量增加7.8倍。"
    facts = extract_facts(text, kind="market_report", published=date(2024, 5, 14))
    assert [(f.metric, f.value, f.period) for f in facts] == [
        ("total_compute_capacity", 3.176e19, "2024-05"), ("accelerator_count", 101700.0, "2024-05")]


def test_a_chip_maker_s_ai_revenue_goes_on_to_the_next_amounts_of_its_sentence() -> None:
    # Broadcom said Q3 AI revenue was approximately $3.1 billion and is expected to rise to $3.5 billion in Q4: AI revenue,
    # the last revenue named before each amount of the sentence (no other money word between), is a chip maker's
    # data-center revenue (aliases.toml sells = "chips"), the second amount too
    text = "Broadcom said Q3 AI revenue was approximately $3.1 billion and is expected to rise to $3.5 billion in Q4."
    facts = extract_facts(text, kind="capex", published=date(2024, 9, 6))
    assert [(f.metric, f.value, f.period) for f in facts] == [
        ("datacenter_revenue", 3.1e9, "FY2024Q3"), ("datacenter_revenue", 3.5e9, "FY2024Q4")]


def test_this_segment_after_a_sentence_naming_the_data_centre_is_the_data_center_segment() -> None:
    # The core driver of Nvidia's revenue growth is its data center business … . This segment contributed $30.8 billion:
    # the segment pointed back at is the one the sentence before names, a chip maker's data-center revenue
    text = ("Nvidia's revenue rose. The core driver of Nvidia's revenue growth is its data center business, which includes "
            "the sale of AI processors. This segment contributed $30.8 billion to Nvidia's total revenue.")
    assert [(f.metric, f.value, f.entity) for f in extract_facts(text, kind="capex")] == [
        ("datacenter_revenue", 30.8e9, "Nvidia")]


def test_a_bare_investment_in_the_investor_s_own_plant_is_capex_and_chinese_names_of_other_currencies() -> None:
    # 緯創預計投資150億盧比(約新台幣56.5億元)設廠; 董事會通過投資約62億元新建台南二廠: a bare investment in the company's own plant
    # is its capital spending (lexicons/cues.toml [own_plant]), not an investment in compute; 盧比 is India's rupee (the
    # amount was read as NT$ before), and 令吉, 泰銖, 里亞爾 name theirs (quantities.toml [currency.suffix])
    facts = extract_facts("緯創已與卡納塔卡省簽署合作備忘錄,緯創預計投資150億盧比(約新台幣56.5億元)設廠。", kind="capex")
    assert [(f.metric, f.value, f.unit, f.entity) for f in facts] == [("capex", 1.5e10, "INR", "Wistron")]
    facts = extract_facts("緯穎董事會於11月6日通過投資約62億元新建台南二廠,用於伺服器電路板製造。", kind="capex")
    assert [(f.metric, f.value, f.unit) for f in facts] == [("capex", 6.2e9, "TWD")]
    assert [m.unit for m in find_mentions("不超过1.19亿马来西亚令吉, 10亿泰铢, 50亿里亚尔")] == ["MYR", "THB", "SAR"]


def test_last_year_s_base_of_a_quarter_s_figure_is_the_quarter_a_year_before_and_dates_nothing_after() -> None:
    # … revenues of $14.51 billion, far exceeding last year's $3.8 billion and surpassing market expectations of $12.7
    # billion, marking a year-over-year increase of 324%: the base a quarter's figure exceeds is the same quarter a year
    # before (as 去年同期), and the possessive dates its own amount only, not the expectation or the growth after it
    text = ("Nvidia's third quarter results were strong. The data center business outperformed, with revenues of $14.51 "
            "billion, far exceeding last year’s $3.8 billion and surpassing market expectations of $12.7 billion, marking a "
            "year-over-year increase of 324%.")
    facts = extract_facts(text, kind="capex", published=date(2023, 11, 22))
    assert [(f.value, f.period) for f in facts] == [
        (14.51e9, "FY2024Q3"), (3.8e9, "FY2023Q3"), (12.7e9, "FY2024Q3"), (324.0, "FY2024Q3")]


def test_the_capacity_a_deal_with_a_cloud_secures_is_the_buyer_s() -> None:
    # OpenAI has inked a massive cloud computing deal with Oracle—worth an estimated $30 billion annually—to secure 4.5
    # gigawatts of compute capacity: the power a deal with a cloud that rents out compute (aliases.toml sells = "compute")
    # secures is the buyer's, as the deal's worth is
    text = ("OpenAI has reportedly inked a massive cloud computing deal with Oracle—worth an estimated $30 billion "
            "annually—to secure 4.5 gigawatts of compute capacity.")
    assert [(f.metric, f.entity) for f in extract_facts(text, kind="capex")] == [
        ("compute_investment", "OpenAI"), ("datacenter_power", "OpenAI")]


def test_revenue_lost_is_no_revenue() -> None:
    # the guidance's revenue is a fact; the revenue lost to an export ban is not (lexicons/cues.toml [out_of_scope] modifier)
    text = ("NVIDIA expects second-quarter revenue of $45.0 billion, reflecting a loss in H20 revenue of approximately "
            "$8.0 billion.")
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("revenue", 45e9)]


def test_a_data_centre_line_s_label_before_its_amount_is_the_segment_s_revenue() -> None:
    # a summary's list of a chip maker's revenue lines: the line labelled data center is that segment's revenue
    text = "AMD Q2 2025 earnings call summary: revenue $7.685B, Data Center $3.24B, Client $2.5B."
    assert [(f.metric, f.value) for f in extract_facts(text)][:2] == [("revenue", 7.685e9), ("datacenter_revenue", 3.24e9)]
    text = "超微2025年第四季營收103億美元，其中資料中心約49.9億美元。"
    assert ("datacenter_revenue", 4.99e9) in [(f.metric, f.value) for f in extract_facts(text)]


def test_the_domestic_chips_share_is_a_slice_of_the_chips_not_a_vendor_s_market_share() -> None:
    # LABELLING.md I5-I7: a share the home country's chips (or their makers as one) hold is `share`, item domestic, of
    # accelerator_count, even where the market word is written or a market is named, and even after a company's share
    def keys(text: str) -> list[tuple[object, ...]]:
        return [(f.metric, f.value, f.entity, f.item, f.of) for f in extract_facts(text)]
    assert keys("2025年上半年，国产AI芯片已占整个市场份额的35%。") == [
        ("share", 35.0, None, "domestic", "accelerator_count")]
    assert keys("2025年上半年，中国AI加速卡市场中，英伟达约占62%，国产AI芯片约占35%市场份额。")[1] == (
        "share", 35.0, None, "domestic", "accelerator_count")
    text = ("中国AI服务器市场预计外购英伟达、AMD等芯片比例会从2024年约63%下降至2025年约42%,与此同时,中国本土芯片供应商的"
            "市场份额有望在2025年提升至40%。")
    assert keys(text)[-1] == ("share", 40.0, None, "domestic", "accelerator_count")
    # a company's share stays the company's
    assert keys("2025年上半年，中国AI加速卡市场中，英伟达约占62%，国产AI芯片约占35%市场份额。")[0] == (
        "market_share", 62.0, "Nvidia", None, "ai_compute_market_size")


def test_a_server_maker_s_ai_part_of_revenue_is_its_ai_servers() -> None:
    # LABELLING.md I9: a product line's share of company sales is `share` of `revenue` with the item; a server maker's (aliases.toml
    # sells = "servers") AI line is its AI servers, named before the share or after it in its clause
    def items(text: str) -> list[object]:
        return [f.item for f in extract_facts(text) if f.metric == "share"]
    assert items("Supermicro reported Q1 FY2025 revenue of $5.9 billion, with AI contributing over 70% of revenues.") == ["ai_server"]
    assert items("Over 70% of Q3 revenue came from AI GPU platforms, Supermicro said.") == ["ai_server"]
    assert items("美超微表示，AI GPU（顯卡）平台現已佔該公司總營收的90%以上。") == ["ai_server"]
    # a segment of AI and something else, another line's AI on the next line, a chip maker: no AI servers
    assert items("HPE said the Cloud and AI segment — now 72.0% of total revenue — grew.") == [None]
    # (a real page, corpus/holdout36: 雲端網路產品占比已從 22% → 30% on a line of its own, 其中 AI 伺服器年增超過 150% on the next)
    text = (REPO / "corpus" / "holdout36" / "zh_t_foxconn_outlook_2025.txt").read_text(encoding="utf-8")
    assert {(f.value, f.item) for f in extract_facts(text) if f.metric == "share" and f.value in (22.0, 30.0)} == {
        (22.0, None), (30.0, None)}
    assert "ai_server" not in items("AMD said AI contributed 40% of revenue.")


def test_chips_branded_by_their_maker_in_a_sentence_naming_no_holder_are_the_paragraph_s_or_page_s_company() -> None:
    # the chip maker named as the brand of the chips (NVIDIA Blackwell GB200 chips) holds none of them: the company the
    # paragraph named before does, else the page's subject
    text = ("Colossus 2 is the second-generation AI supercluster from xAI, Elon Musk's AI company founded in 2023. The new "
            "system will feature more than 550,000 NVIDIA Blackwell GB200 and GB300 chips—eventually scaling to over 1 "
            "million GPUs.")
    assert {(f.entity, f.value) for f in extract_facts(text) if f.metric == "accelerator_count"} == {
        ("xAI", 550000.0), ("xAI", 1e6)}
    # a sentence whose own subject is the chip maker keeps it
    text = "Nvidia said it runs 10,000 Nvidia H100 GPUs in its own Eos supercomputer."
    assert {f.entity for f in extract_facts(text) if f.metric == "accelerator_count"} <= {"Nvidia"}


def test_the_overall_shipments_of_a_product_are_the_market_s_not_a_company_s() -> None:
    # (a real page, corpus/holdout27): the overall shipments, the makers listed as included, are the world's
    text = (REPO / "corpus" / "holdout27" / "en_techinsights_dc_gpu_2023.txt").read_text(encoding="utf-8")
    got = {(f.value, f.entity, f.region) for f in extract_facts(text) if f.metric == "shipments" and f.value in (3.85e6, 2.67e6)}
    assert got == {(3.85e6, None, "GLOBAL"), (2.67e6, None, "GLOBAL")}
    # a company's own overall shipments stay its own
    got = {(f.value, f.entity) for f in extract_facts("NVIDIA's overall shipments of GPUs increased to 3.76 million in 2023.")
           if f.metric == "shipments"}
    assert got == {(3.76e6, "Nvidia")}


def test_running_expenses_are_out_of_the_vocabulary() -> None:
    # sales, general and administrative expenses are costs, not revenue (lexicons/cues.toml [out_of_scope])
    text = ("Baidu's revenue reached RMB 134.6 billion. Among its costs, sales, general, and administrative expenses "
            "reached RMB 23.5 billion, up 15%. The company's sales expenses increased by 62.39%. 销售费用同比增长20%。")
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("revenue", 134.6e9)]


def test_what_each_machine_holds_is_a_specification_however_long_its_cue() -> None:
    # each powered by four A100 chips; each rack featuring 36 and 72 GPUs (the next of the list too): no counts
    text = ("Last October a university spent more than $400,000 on two Nvidia AI supercomputers, each powered by four A100 "
            "chips. The GB200 is divided into two configurations: NVL36 and NVL72, with each rack featuring 36 and 72 GPUs, "
            "respectively.")
    assert [f.metric for f in extract_facts(text) if f.unit == "units"] == []


def test_capital_injected_into_a_subsidiary_is_no_capex() -> None:
    # a transfer within the group (LABELLING.md O1, funding), not spending: 增資 (lexicons/cues.toml [out_of_scope])
    text = "英業達2025年資本支出約100億元。英業達將對北美子公司及泰國子公司分別增資6.1億美元、0.8億美元。"
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("capex", 1e10)]


def test_a_chip_s_rate_and_a_density_are_no_capacity() -> None:
    # a rate under 10 PFLOPS with chips named right after it is one chip's; a density is outside the vocabulary; a
    # centre's capacity stays one
    text = ("我们上调了对高功率AI服务器(即由算力达500 TFlops及以上的ASIC和GPU驱动的服务器)的预测。"
            "硅立方液体相变冷却计算机算力密度达2400TFlops。该智算中心算力达500P。")
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("intelligent_compute_capacity", 5e17)]


def test_the_level_a_quarter_on_quarter_change_comes_to_is_a_figure_of_its_own_company() -> None:
    # 腾讯环比小幅下滑为191亿元(+119%): the level after the change, Tencent's (the 比 of 环比 compares nothing named after it);
    # not a base of the change, nor Alibaba's before it
    text = "阿里25Q2 Capex显著增长、达到387亿元(同比+220%),腾讯环比小幅下滑为191亿元(+119%)。"
    got = [(f.metric, f.value, f.entity) for f in extract_facts(text, published=date(2025, 8, 30))]
    assert ("capex", 1.91e10, "Tencent") in got and ("yoy_growth", 119.0, "Tencent") in got
    # an amount right after 环比 with no change before it stays the base of the change
    assert [f.value for f in extract_facts("腾讯25Q2资本开支191亿元,较环比350亿元下降。", published=date(2025, 8, 30))] == [1.91e10]


def test_a_move_ends_at_its_second_amount() -> None:
    # 从第二季度的约4300台增至约8300台 is one move; the next 增长至 starts its own: the fourth quarter's forecast
    text = ("2025年第三季度服务器市场:GB200机柜出货量在第三季度环比增长超过90%,从第二季度的约4300台增至约8300台,"
            "预计第四季度将进一步环比增长至13000-14000台。")
    got = [(f.value, f.period) for f in extract_facts(text, published=date(2026, 1, 10)) if f.metric == "shipments"]
    assert got == [(4300.0, "2025Q2"), (8300.0, "2025Q3"), (13500.0, "2025Q4")]


def test_an_earlier_forecast_of_a_year_s_growth_is_of_that_year() -> None:
    # 預計2024年……增長將接近30%,較先前預估成長24%至26%上修: the earlier forecast of the same year's growth (LABELLING.md B3)
    text = "台積電表示,預計2024年以美元計算的年營收增長將接近30%,較先前預估成長24%至26%上修。"
    got = [(f.value, f.period, f.basis) for f in extract_facts(text, published=date(2024, 10, 17))]
    assert got == [(30.0, "2024", "forecast"), (25.0, "2024", "forecast")]


def test_a_growth_of_both_figures_named_before_is_the_growth_of_the_one_in_the_vocabulary() -> None:
    # 營業收入……,歸母凈利潤……,二者增速均超過40%: the revenue's growth (the profit's is outside the vocabulary)
    text = ("海光信息發布的年度業績預告顯示,2024年,公司預計實現營業收入在90億元左右,歸屬于母公司股東的凈利潤在20億元左右,"
            "與上年同比相比,二者增速均超過40%。")
    got = [(f.metric, f.value, f.of, f.qualifier) for f in extract_facts(text)]
    assert got == [("revenue", 9e9, None, "~"), ("yoy_growth", 40.0, "revenue", ">")]
    # with no amount of the vocabulary before it, the rate stays out
    assert extract_facts("海光信息歸母凈利潤20億元,扣非凈利潤18億元,二者增速均超過40%。") == []


def test_a_company_s_revenue_named_as_such_on_a_market_page_stays_a_company_s() -> None:
    # (a real page, corpus/holdout46, a broker's summary on 工业富联, a company off the alias table, read as a market report):
    # 2023年公司收入4763.40亿元,2018-2023年CAGR=2.78%: the company's revenue and its CAGR, not the AI-server market's
    text = (REPO / "corpus" / "holdout46" / "zh_s_fii_cloud_2023.txt").read_text(encoding="utf-8")
    got = {(f.metric, f.value, f.of) for f in extract_facts(text) if f.value in (4763.40e8, 2.78, 1943.08e8)
           and "公司" in f.quote}
    assert ("revenue", 4763.40e8, None) in got and ("revenue", 1943.08e8, None) in got
    assert ("cagr", 2.78, "revenue") in {(f.metric, f.value, f.of) for f in extract_facts(text)}


def test_a_product_line_s_total_revenue_keeps_its_item() -> None:
    # 服务器总营收: the server line's total revenue, item server (as 服务器业务收入 is); AI芯片相关晶圆收入 is no chip line's
    text = "新华三2025年上半年服务器总营收(240-250亿元)，其中AI服务器占服务器总营收的40%-41.7%。"
    got = [(f.metric, f.item) for f in extract_facts(text, published=date(2025, 10, 30))]
    assert got == [("revenue", "server"), ("share", "ai_server")]
    assert [f.item for f in extract_facts("台积电2025年AI芯片相关晶圆收入预计达145亿美元。") if f.metric == "revenue"] == [None]


def test_asus_and_foxlink_are_companies_of_their_own() -> None:
    # aliases.toml: Asus, a server maker (its server line's growth is its own), and Foxlink investing beside it
    got = [(f.metric, f.entity, f.item) for f in extract_facts("華碩今年第3季伺服器營收年增逾100%。")]
    assert got == [("yoy_growth", "Asus", "server")]
    assert [f.entity for f in extract_facts("華碩與正崴合建AI資料中心，正崴昨天宣布擬投資不超過20億元。")] == ["Foxlink"]


def test_a_chip_maker_ships_its_own_chips() -> None:
    # 寒武纪2025年出货150k: the maker, its year, the shipping verb; 寒武纪:……,2025年出货150k: the company labelling the
    # sentence; neither ships the model another maker's clause named before (910B)
    got = [(f.entity, f.item) for f in extract_facts("华为昇腾:2025年910B出货350k,寒武纪2025年出货150k。",
                                                     published=date(2025, 9, 1)) if f.metric == "shipments"]
    assert got == [("Huawei", "Ascend 910B"), ("Cambricon", None)]
    got = [f.entity for f in extract_facts("寒武纪:思元590单价降至6-8万元,2025年出货150k,收入破百亿。",
                                           published=date(2025, 9, 1)) if f.metric == "shipments"]
    assert got == ["Cambricon"]


def test_pflops_of_hpc_is_a_supercomputer_s_capacity() -> None:
    # 50PHPC (lexicons/quantities.toml [compute_rate] shorthand): PFLOPS of high-performance computing
    text = "项目本期建设50PHPC算力规模，同步实施总体200PHPC算力规模的机房基础设施。"
    assert [(f.metric, f.value) for f in extract_facts(text)] == [
        ("supercomputing_capacity", 5e16), ("supercomputing_capacity", 2e17)]


def test_a_growth_rate_that_fell_to_a_level_is_that_level() -> None:
    # 年增降為 27%: the growth rate itself fell to 27%, a growth of +27%; 营收同比下降5% stays a fall
    got = [f.value for f in extract_facts("不過微軟因基期過高，資本支出年增降為 27%。微軟營收同比下降5%。")]
    assert got == [27.0, -5.0]


def test_customers_parts_of_a_calendar_year_company_s_revenue_are_in_its_calendar() -> None:
    # (a real page, corpus/holdout47, on Arista): In FY22, META/MSFT contributed to 16%/26% of revenue: Arista's fiscal year
    # is the calendar year, so Microsoft's part is of 2022, not of Microsoft's own fiscal 2022
    text = (REPO / "corpus" / "holdout47" / "en_arista_q4_2023_2024.txt").read_text(encoding="utf-8")
    got = {(f.value, f.entity, f.period) for f in extract_facts(text) if f.metric == "share" and f.entity}
    assert {(16.0, "Meta", "2022"), (26.0, "Microsoft", "2022"), (18.0, "Microsoft", "2023")} <= got


def test_rates_said_respectively_after_amounts_of_their_own_periods_take_those_periods() -> None:
    # $682.78 billion in Q1 and $743.75 billion in Q2, with year-on-year growth rates of 20.3% and 23.1%, respectively
    text = ("In H1 2025, the combined cloud revenue of the three major vendors was $682.78 billion in Q1 and $743.75 billion "
            "in Q2, with year-on-year growth rates of 20.3% and 23.1%, respectively.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text, published=date(2025, 8, 20))]
    assert got == [("revenue", 682.78e9, "2025Q1"), ("revenue", 743.75e9, "2025Q2"), ("yoy_growth", 20.3, "2025Q1"),
                   ("yoy_growth", 23.1, "2025Q2")]


def test_a_domestic_word_before_a_kind_of_product_makes_the_share_domestic() -> None:
    # 国产通用GPU产品占比: 通用 (a kind of GPU) between 国产 and the product; the domestic part of the GPUs shipped
    # (LABELLING.md I5), not the GPUs' share
    text = ("中国通用GPU市场快速扩张，2024年的出货量达到1,600万片。国内市场占有率持续攀升，"
            "国产通用GPU产品占比由2022年的8.3%提升至2024年的17.4%。")
    got = [(f.item, f.value) for f in extract_facts(text, published=date(2025, 9, 1)) if f.metric == "share"]
    assert got == [("domestic", 8.3), ("domestic", 17.4)]


def test_home_of_a_page_that_names_hong_kong_most_is_china_for_domestic_words() -> None:
    # (a real page, corpus/holdout80: a mainland GPU maker's Hong Kong listing) 国内市场占有率持续攀升: 国内 is China's, not
    # Hong Kong's (a special administrative region is no country of its own)
    text = (REPO / "corpus" / "holdout80" / "zh_s_iluvatar_ipo_gpu_market_2025.txt").read_text(encoding="utf-8")
    got = {(f.period, f.region) for f in extract_facts(text) if f.metric == "share" and f.item == "domestic"}
    assert got == {("2022", "CN"), ("2024", "CN"), ("2029", "CN")}


def test_a_domestic_kind_of_the_product_a_tender_buys_is_its_domestic_part() -> None:
    # 其中国产算力服务器占比超过90%: the domestic servers' part of what the procurement buys (LABELLING.md I5), not the
    # servers' (which are all it buys)
    text = ("中国联通也于近日启动了2025年通用服务器集中采购项目,预算总额高达79.6亿元(不含税),共计通用服务器8.70万台,"
            "其中国产算力服务器占比超过90%。")
    got = [(f.entity, f.item, f.of) for f in extract_facts(text, published=date(2025, 6, 1), kind="tender")
           if f.metric == "share"]
    assert got == [("China Unicom", "domestic", "tender_quantity")]


@pytest.mark.parametrize(("text", "value"), [
    ("Tencent announced a RMB 380 billion (USD 53.2 billion) plan to invest in cloud and AI infrastructure.", 3.8e11),
    ("ByteDance plans to allocate around RMB 85 billion specifically to AI processors next year.", 8.5e10),
    ("The Prime Minister announced an allocation of RM 2 billion to build a sovereign AI cloud.", 2e9)])
def test_money_allocated_or_planned_for_compute_is_an_investment_in_compute(text: str, value: float) -> None:
    # an allocation sized before its amount, a plan to invest named after it, money allocated to chips named after it
    # (lexicons/metrics.toml compute_investment); each in a sentence that speaks of compute ([compute_topic])
    got = [(f.metric, f.value) for f in extract_facts(text, published=date(2025, 9, 1))]
    assert got[0] == ("compute_investment", value)


def test_chips_the_mainland_developed_itself_are_the_domestic_part_of_china_s_chips() -> None:
    # (a real page, corpus/holdout65: udn.com) 2024年大陸自主研發晶片在本土的市占率已達30%: 大陸 (the mainland) is China, its
    # self-developed chips the domestic part (aliases.toml [items.domestic], LABELLING.md I5); the page had given no fact
    text = (REPO / "corpus" / "holdout65" / "zh_t_domestic_ai_chip_share_2025.txt").read_text(encoding="utf-8")
    got = [(f.metric, f.period, f.region, f.item, f.of, f.value) for f in extract_facts(text)]
    assert got[:2] == [("share", "2024", "CN", "domestic", "accelerator_count", 30.0),
                       ("share", "2025", "CN", "domestic", "accelerator_count", 50.0)]


def test_the_mainland_is_china_but_a_continent_is_not() -> None:
    # 輝達在大陸市占率 (the Taiwan press's name for China) is China's; 欧洲大陆 is a continent, 大陆集团 a company
    from connectors.entities import alias_table
    # (the matcher reads the normalised, simplified text)
    names = [r.name for r in alias_table().find_regions("辉达在大陆的AI芯片市占率；欧洲大陆；大陆集团", [])]
    assert names == ["CN"]


def test_a_currency_named_before_a_qualifier_is_the_amount_s() -> None:
    # 新台幣約300億元, 新台幣逾兆元: the qualifier between the currency's name and the number leaves the currency the
    # amount's (NT dollars, not the 元 of the mainland), and stays the amount's qualifier
    got = [(m.unit, m.value, m.qualifier) for m in find_mentions(normalize("資本支出新台幣約300億元，三家巨頭砸下新台幣逾兆元").text)]
    assert got == [("TWD", 3e10, "~"), ("TWD", 1e12, ">")]


@pytest.mark.parametrize("text", [
    "Worldwide data center capex is forecast for a compound annual growth rate of 18 percent as investments shift to AI.",
    "Worldwide data center capex will grow at a compound annual growth rate of about 18% through 2028."])
def test_a_long_cagr_word_joined_to_its_rate_by_a_word_makes_it_a_cagr(text: str) -> None:
    # "compound annual growth rate" is longer than the reach a cue must stand in before a rate (PERCENT_TAIL); joined to
    # the rate by "of" it is the rate's word, not a year-on-year growth's
    assert [(f.metric, f.of, f.value) for f in extract_facts(text, kind="market_report")] == [("cagr", "capex", 18.0)]


def test_a_year_over_year_rate_named_as_such_is_a_growth() -> None:
    # grew by a year-over-year rate of 12% (lexicons/cues.toml [yoy] before): "year-over-year" alone counts only right
    # before its number, "rate of" between had left the rate with no cue
    got = [(f.metric, f.of, f.value) for f in extract_facts("Server shipments grew by a year-over-year rate of 12% in 2024.",
                                                            kind="market_report")]
    assert got == [("yoy_growth", "shipments", 12.0)]


def test_growth_on_a_quarter_named_with_no_year_is_sequential() -> None:
    # up 17% from Q2 (Nvidia's release wording): growth on the quarter before, out of the vocabulary; up 94% from a year
    # ago is the year-on-year growth; from Q3 last year stays year-on-year
    got = [(f.metric, f.value) for f in extract_facts(
        "Revenue for the third quarter was $35.1 billion, up 17% from Q2 and up 94% from a year ago.",
        published=date(2024, 11, 20), kind="capex")]
    assert got == [("revenue", 3.51e10), ("yoy_growth", 94.0)]
    got = [(f.metric, f.value) for f in extract_facts("Revenue was $35.1 billion, up 94% from Q3 last year.",
                                                      published=date(2024, 11, 20), kind="capex")]
    assert got == [("revenue", 3.51e10), ("yoy_growth", 94.0)]


def test_the_part_of_a_capex_used_to_buy_compute_is_an_investment_in_compute() -> None:
    # 其中约900亿元用于采购AI算力 (lexicons/metrics.toml [money_after] compute_investment): the compute-purchase part of
    # the capex before it, not a second capex
    got = [(f.metric, f.value) for f in extract_facts("字节跳动2025年资本开支预计达1600亿元，其中约900亿元用于采购AI算力。",
                                                      published=date(2025, 2, 1))]
    assert got == [("capex", 1.6e11), ("compute_investment", 9e10)]


def test_a_capital_budget_is_capex() -> None:
    # TSMC's wording for its year's capex (lexicons/metrics.toml [money] capex)
    got = [(f.metric, f.period, f.value) for f in extract_facts("TSMC's 2025 capital budget is set at $38 billion to $42 billion.",
                                                                published=date(2025, 1, 20))]
    assert got == [("capex", "2025", 4e10)]


def test_a_seller_s_market_share_after_its_product_s_revenue_is_of_the_product_s_market() -> None:
    # 鴻海AI伺服器營收今年將超過新台幣1兆元，市占率達40%: Foxconn's share of the AI-server market, not of the revenue named
    # before it (which no market share is of)
    got = [(f.metric, f.entity, f.of, f.value) for f in extract_facts("鴻海AI伺服器營收今年將超過新台幣1兆元，市占率達40%。",
                                                                      published=date(2024, 12, 10))]
    assert got[1] == ("market_share", "Foxconn", "ai_server_market_size", 40.0)


def test_a_quarter_that_dates_the_figure_before_it_does_not_restate_a_later_year() -> None:
    # Combined with $24 billion in Q1, total capex could reach $118 billion in 2025: Q1 is the $24 billion's, so "in 2025"
    # is the $118 billion's year, not a restatement of Q1's (as "revenues of $16.1 billion for 2026" after a fiscal
    # second quarter is)
    text = ("Amazon reported $31.4 billion in capital expenditures in Q2. Combined with $24 billion in Q1, total capex could "
            "reach $118 billion in 2025.")
    got = [(f.value, f.period) for f in extract_facts(text, published=date(2025, 10, 30), kind="capex")]
    assert (1.18e11, "2025") in got


def test_the_level_a_grown_metric_reached_after_its_own_period_is_that_metric() -> None:
    # (Lightwave on Synergy, 2025-09-23) Hyperscale CapEx increased by 72% in Q2 2025, reaching $127 billion: the level
    # the capex grew to, past the growth's own period
    got = [(f.metric, f.period, f.value) for f in extract_facts(
        "Hyperscale CapEx increased by 72% in Q2 2025, reaching $127 billion, driven by AI infrastructure needs.",
        published=date(2025, 9, 23), kind="market_report")]
    assert got == [("yoy_growth", "2025Q2", 72.0), ("capex", "2025Q2", 1.27e11)]


def test_a_growth_set_beside_an_amount_after_a_month_s_abbreviation_is_the_amount_s() -> None:
    # (TrendForce news, 2025-10-30) spent a staggering $34.9 billion in the quarter ending Sept. 30—a 74% jump from a year
    # ago: "Sept." before a day ends no sentence, "a staggering" is a qualifier of the spending (lexicons/metrics.toml), the
    # growth after the dash is the capex's (GROWTH_OF_AMOUNT_GAP)
    text = ("Microsoft, racing to expand AI-powered data centers, spent a staggering $34.9 billion in the quarter ending "
            "Sept. 30—a 74% jump from a year ago.")
    got = [(f.metric, f.of, f.period, f.value) for f in extract_facts(text, published=date(2025, 10, 30), kind="capex")]
    assert got == [("capex", None, "FY2026Q1", 3.49e10), ("yoy_growth", "capex", "FY2026Q1", 74.0)]


def test_money_returned_to_shareholders_is_out_of_the_vocabulary() -> None:
    # spent $34.9 billion on share buybacks (lexicons/cues.toml [out_of_scope_after]): no capex
    assert extract_facts("Microsoft spent $34.9 billion on share buybacks in the quarter.", published=date(2025, 10, 30),
                         kind="capex") == []


def test_a_bare_year_between_an_amount_and_the_metric_it_opens_dates_the_amount() -> None:
    # (newzino, 2026-02) Amazon escalated the spending war on February 5 with $200 billion 2026 capex guidance: the year
    # between the amount and "capex guidance" (YEAR_OPENS_METRIC) is the amount's
    got = [(f.metric, f.period, f.basis) for f in extract_facts(
        "Amazon escalated the spending war on February 5 with $200 billion 2026 capex guidance.",
        published=date(2026, 2, 20), kind="capex")]
    assert got == [("capex", "2026", "forecast")]


def test_money_paid_to_a_company_for_something_else_than_compute_is_no_compute_investment() -> None:
    # committed $6 billion to Corning for fiber-optic cables (PAID_TO_FOR): not a compute deal; to CoreWeave for AI compute
    # capacity is one
    assert extract_facts("Meta committed $6 billion to Corning for fiber-optic cables in late January.",
                         published=date(2026, 2, 20), kind="capex") == []
    got = [(f.metric, f.value) for f in extract_facts("Meta committed $14 billion to CoreWeave for AI compute capacity.",
                                                      published=date(2026, 2, 20), kind="capex")]
    assert got == [("compute_investment", 1.4e10)]


def test_a_clause_with_another_company_as_subject_is_not_dated_by_the_first_company_s_period() -> None:
    # Microsoft reported $37.5 billion in capex for Q2 FY2026, while Meta committed $14 billion …: Microsoft's fiscal
    # quarter dates its own figure only (NEW_SUBJECT_CLAUSE); In Q2, Baidu's online revenue …, while Baidu's cloud
    # revenue …: the sentence's opening period dates both of the same company's figures
    got = [(f.entity, f.period) for f in extract_facts(
        "Microsoft reported $37.5 billion in capex for Q2 FY2026 (just one quarter), while Meta committed $14 billion to "
        "CoreWeave for AI compute capacity in late January.", published=date(2026, 2, 20), kind="capex")]
    assert got == [("Microsoft", "FY2026Q2"), ("Meta", None)]
    got = [(f.metric, f.period) for f in extract_facts(
        "In Q2 2024, Baidu's online revenue was 19.2 billion yuan, while Baidu's Intelligent Cloud revenue reached 5.1 "
        "billion yuan.", published=date(2024, 8, 22), kind="capex") if f.metric == "revenue"]
    assert got == [("revenue", "2024Q2"), ("revenue", "2024Q2")]


def test_a_figure_of_companies_named_as_a_group_is_no_one_company_s() -> None:
    # Analysts say hyperscaler capex will reach $600 billion (after a sentence about Microsoft); 头部云服务提供商资本开支达约
    # 6000亿美元 (on a page about Nvidia): several companies together, entity null (LABELLING.md E3)
    got = [(f.entity, f.value) for f in extract_facts(
        "Microsoft reported revenue of $77.7 billion. Analysts say hyperscaler capex will reach $600 billion in 2026.",
        published=date(2025, 10, 30), kind="capex")]
    assert got == [("Microsoft", 7.77e10), (None, 6e11)]
    got = [(f.entity, f.value) for f in extract_facts("英伟达第三季营收570亿美元。头部云服务提供商资本开支达约6000亿美元。",
                                                      published=date(2025, 11, 20), kind="capex")]
    assert got == [("Nvidia", 5.7e10), (None, 6e11)]


@pytest.mark.parametrize("text", [
    "Nearly 100 GW of new data centers will be added between 2026 and 2030.",
    "Global data center capacity should grow at an annual rate of 23%."])
def test_what_is_to_come_is_a_forecast(text: str) -> None:
    # a figure that is the subject of a future verb after it (FUTURE_VERB_AFTER); a modal verb of what is to come before
    # it (lexicons/cues.toml [basis] forecast: should grow, could drive, may need)
    assert [f.basis for f in extract_facts(text, published=date(2025, 11, 10), kind="market_report")] == ["forecast"]


def test_a_figure_before_a_past_verb_stays_actual() -> None:
    # (not a future verb of another clause: Capex of $30 billion was spent in 2024 and more will follow)
    got = [f.basis for f in extract_facts("Capex of $30 billion was spent in 2024 and more will follow.",
                                          published=date(2025, 11, 10), kind="market_report")]
    assert got == ["actual"]


def test_what_a_count_of_units_bought_comes_to_is_the_purchase_s_amount() -> None:
    # China Telecom ordered 40,000 servers totaling $1.7 billion: the procurement's amount (TOTAL_WORTH_GAP); chips a
    # buyer holds, worth a sum: its investment in compute
    got = [(f.metric, f.entity, f.value) for f in extract_facts("China Telecom ordered 40,000 servers totaling $1.7 billion.",
                                                                published=date(2025, 11, 10))]
    assert got == [("tender_quantity", "China Telecom", 40000.0), ("tender_amount", "China Telecom", 1.7e9)]
    got = [(f.metric, f.value) for f in extract_facts("ByteDance bought 100,000 GPUs worth about $3 billion.",
                                                      published=date(2025, 11, 10))]
    assert got == [("accelerator_count", 100000.0), ("compute_investment", 3e9)]


def test_a_procurement_s_estimated_project_scale_is_its_amount() -> None:
    # (a tender report) the estimated project scale is 16.451 billion yuan (tax-exclusive): the procurement's amount;
    # outside a tender report "project scale" names no metric of its own (GENERIC_TENDER_WORDS)
    got = [(f.metric, f.value) for f in extract_facts(
        "China Telecom Ningxia's AI computing power procurement: the estimated project scale is 16.451 billion yuan "
        "(tax-exclusive).", published=date(2025, 11, 10))]
    assert got == [("tender_amount", 1.6451e10)]


def test_a_vendor_s_growth_in_a_market_tracker_is_of_the_market_keyed_by_the_vendor() -> None:
    # (IDC on servers) While HPE grew 3.4 percent, Dell had a growth of 10.2 percent; 戴尔增长10.2%，惠普下滑3.4%: each
    # vendor's growth of the market discussed (LABELLING.md I8; VENDOR_GREW_GAP)
    got = [(f.entity, f.of, f.value) for f in extract_facts(
        "IDC data saw HPE and Dell in a tie for the top position in the worldwide server market. While HPE grew 3.4 "
        "percent, Dell had a growth of 10.2 percent.", published=date(2021, 6, 1), kind="market_report")]
    assert got == [("HPE", "server_market_size", 3.4), ("Dell", "server_market_size", 10.2)]
    got = [(f.entity, f.value) for f in extract_facts("IDC数据显示，全球服务器市场收入同比增长5%。其中，戴尔增长10.2%，惠普下滑3.4%。",
                                                      published=date(2021, 6, 1), kind="market_report")]
    assert got == [(None, 5.0), ("Dell", 10.2), ("HPE", -3.4)]


def test_a_company_s_own_figure_stated_as_a_range_is_its_guidance() -> None:
    # 輝達提出本季營收介於346億美元到358億美元: a range of the company's own money for a period not over is a forecast (the
    # labels' basis of such ranges: 148 of 166 agree now, 130 before); the start of a move on an undated page stays actual
    got = [f.basis for f in extract_facts("輝達提出本季營收介於346億美元到358億美元。", published=date(2025, 9, 1))]
    assert got == ["forecast"]
    got = [(f.period, f.basis) for f in extract_facts("Meta's capex rose from $35–40 billion in 2023 to $64–72 billion in 2025.")]
    assert got[0] == ("2023", "actual")


def test_a_money_metric_s_amount_after_is_with_its_yuan_left_out() -> None:
    # 累計資本開支是595億 (MONEY_LEVEL_GAP: 是 as 为)
    got = [(f.metric, f.value) for f in extract_facts("阿里巴巴過去四季累計資本開支是595億。", published=date(2025, 9, 1))]
    assert got == [("capex", 5.95e10)]


def test_the_next_item_of_a_list_of_lines_is_not_the_data_centre_s() -> None:
    # ①游戏业务:……;②数据中心业务:……;③汽车业务:季度营收2.51亿美元: the automotive line's revenue, not the data centre's
    # (LIST_ITEM_BREAK)
    got = [(f.metric, f.value) for f in extract_facts(
        "英伟达业务情况:①游戏业务:实现营收15.74亿美元,同比-51.1%;②数据中心业务:季度营收38.33亿美元,同比+30.6%;"
        "③汽车业务:季度营收2.51亿美元,同比+85.9%。", published=date(2022, 11, 20), kind="capex") if f.unit == "USD"]
    assert got == [("revenue", 1.574e9), ("datacenter_revenue", 3.833e9), ("revenue", 2.51e8)]


def test_operating_expenses_and_an_increase_by_an_amount_are_no_capex() -> None:
    # GAAP的运营支出预计约为25.6亿美元 (out of vocabulary, lexicons/cues.toml), not the capex of the list's next item;
    # 資本支出增逾百億美元: the amount capex rose by, not its level ([change_amount] 增)
    got = [(f.metric, f.value) for f in extract_facts(
        "下季度指引:①营收预计为60亿美元;②GAAP的运营支出预计约为25.6亿美元;④资本支出约为5亿至5.5亿美元。",
        published=date(2025, 11, 20), kind="capex")]
    assert got == [("revenue", 6e9), ("capex", 5.25e8)]
    assert extract_facts("台積電2026年資本支出增逾百億美元。", published=date(2026, 1, 20), kind="capex") == []


def test_it_capacity_is_data_centre_power() -> None:
    # IT capacity grew nearly as fast, rising 170 percent year-over-year (after a capex sentence): the growth of the
    # data centres' power (lexicons/metrics.toml [of_only]), not of the capex before it
    got = [(f.metric, f.of) for f in extract_facts(
        "Hyperscale capex hit a peak of $142 billion in Q3 2025. IT capacity grew nearly as fast, rising 170 percent "
        "year-over-year.", published=date(2025, 11, 20), kind="market_report")]
    assert got == [("capex", None), ("yoy_growth", "datacenter_power")]


def test_a_yearly_rate_held_to_a_year_ahead_and_a_level_is_a_cagr_of_that_level() -> None:
    # is forecast to grow 16% annually, nearly doubling to 42 GW by 2028: compound, of the power it reaches
    # (ANNUAL_AFTER_RATE, HORIZON_YEAR_AFTER, LEVEL_REACHED_BEFORE); Growth is expected to remain above 30% annually through
    # 2027: each year's rate, no CAGR
    got = [(f.metric, f.of) for f in extract_facts(
        "China, the world's second-largest data center market, is forecast to grow 16% annually, nearly doubling to 42 GW "
        "by 2028.", published=date(2025, 11, 20), kind="market_report")]
    assert got[0] == ("cagr", "datacenter_power")
    got = [f.metric for f in extract_facts("AI server spending growth is expected to remain above 30% annually through 2027.",
                                           published=date(2025, 11, 20), kind="market_report")]
    assert "cagr" not in got


def test_a_count_in_the_title_the_body_states_again_is_the_body_s() -> None:
    # India … to procure 10,000 GPUs (title) and a tender for 10,000 GPUs (body): one fact, keyed as the body states it
    text = ("TITLE: India to procure 10,000 GPUs for its AI mission\n\n2025-01-30\nThe IndiaAI Mission issued a tender to "
            "procure 10,000 GPUs from cloud providers.")
    got = [(f.metric, f.value) for f in extract_facts(text)]
    assert got == [("tender_quantity", 10000.0)]


def test_analysts_and_earlier_guidance_in_taiwan_s_words_are_another_statement() -> None:
    # 遠超過先前法人預估450-500億美元區間; 符合此前公司指引(59亿美元): the market's and an earlier statement of the same figure,
    # kept beside the company's as forecasts (lexicons/cues.toml [other_statement]; LABELLING.md B2, B3)
    got = [(f.value, f.basis) for f in extract_facts("台積電今年預期資本支出520-560億美元，遠超過先前法人預估450-500億美元區間。",
                                                     published=date(2026, 1, 16), kind="capex")]
    assert got == [(5.4e10, "forecast"), (4.75e10, "forecast")]
    got = [(f.value, f.basis) for f in extract_facts("公司第二季营收为60亿美元，符合此前公司指引(59亿美元)。",
                                                     published=date(2025, 8, 20), kind="capex")]
    assert got == [(6e9, "actual"), (5.9e9, "forecast")]


def test_the_next_part_of_a_list_of_what_a_whole_goes_to_is_a_share_of_the_same_whole() -> None:
    # 資本支出約70~80%將用於先進製程技術；大約10%用於特殊製程技術；另外約10-20%用於先進封裝: three shares of the capex
    # (PART_GOES_TO_ZH, SHARE_LIST_GAP_ZH)
    got = [(f.metric, f.of, f.value) for f in extract_facts(
        "台積電今年資本支出約70~80%將用於先進製程技術；大約10%用於特殊製程技術；另外約10-20%用於先進封裝。",
        published=date(2026, 1, 16), kind="capex")]
    assert got == [("share", "capex", 75.0), ("share", "capex", 10.0), ("share", "capex", 15.0)]


@pytest.mark.parametrize(("text", "count"), [
    ("South Korea will deploy 260,000 artificial intelligence (AI) chips.", 260000.0),
    ("ByteDance ordered 20,000 Nvidia (NVDA) H200 processors.", 20000.0)])
def test_chips_counted_with_ai_spelt_out_or_a_ticker_between(text: str, count: float) -> None:
    # lexicons/quantities.toml [counts] en_modifiers (artificial intelligence (AI)); a ticker in brackets after a name
    # (numbers.py count_en_re): the count was not read at all
    assert [(f.metric, f.value) for f in extract_facts(text, published=date(2025, 12, 20))] == [("accelerator_count", count)]


def test_a_growth_noun_before_times_is_a_growth() -> None:
    # 营收涨幅高达42.3倍: the growth, 4230% (LABELLING.md O7: growth by times); 从2021年的1451亿美元增长至2026年的6020亿美元,
    # 增幅超过四倍: growth over years, no year-on-year rate
    got = [(f.metric, f.value) for f in extract_facts("该公司2025年营收涨幅高达42.3倍。", published=date(2025, 10, 10))]
    assert got == [("yoy_growth", 4230.0)]
    got = [f.metric for f in extract_facts("全球前八大云服务商的资本支出将从2021年的1451亿美元增长至2026年的6020亿美元,增幅超过四倍。",
                                           published=date(2025, 10, 10))]
    assert "yoy_growth" not in got


def test_chips_a_maker_supplies_to_a_company_are_that_company_s() -> None:
    # Nvidia will supply 50,000 GPUs to Samsung Electronics: Samsung's chips (LABELLING.md E9: the buyer holds them), not
    # Nvidia's (TO_RECIPIENT_GAP)
    got = [(f.metric, f.entity) for f in extract_facts("Nvidia will supply 50,000 GPUs to Samsung Electronics.",
                                                       published=date(2025, 12, 20))]
    assert got == [("accelerator_count", "Samsung")]


def test_the_growth_of_an_amount_outside_the_vocabulary_is_outside_it() -> None:
    # Worldwide IT spending is expected to reach USD 6.15 trillion in 2026, up 10.8% from 2025 (after a sentence on server
    # spending): no growth of the server market (GROWTH_AFTER_AMOUNT)
    got = [(f.metric, f.value) for f in extract_facts(
        "Server spending is projected to grow 36.9% in 2026. Worldwide IT spending is expected to reach USD 6.15 trillion "
        "in 2026, up 10.8% from 2025.", published=date(2025, 12, 20), kind="market_report")]
    assert got == [("yoy_growth", 36.9)]


def test_growth_since_a_year_is_no_year_on_year_rate() -> None:
    # Hyperscale capex has swelled by almost 180 percent since late 2022 (GROWTH_SINCE_AFTER)
    assert extract_facts("Hyperscale capex has swelled by almost 180 percent since late 2022.",
                         published=date(2025, 12, 20)) == []


def test_a_chip_maker_s_revenue_from_ai_chips_is_its_data_centre_revenue() -> None:
    # Broadcom's revenue from sales of AI-related chips (LABELLING.md metric table: a product line inside the data-centre
    # segment; lexicons/metrics.toml [money_patterns])
    got = [f.metric for f in extract_facts(
        "Broadcom's revenue from sales of AI-related chips is now projected to be more than $11 billion.",
        published=date(2025, 9, 20))]
    assert got == ["datacenter_revenue"]


def test_a_sentence_on_a_sequential_basis_and_revenue_named_after_its_quarter() -> None:
    # On a quarter-on-quarter basis, revenue rose 26% (QOQ_BASIS_OPENER): sequential, out of the vocabulary; Micron reported
    # $42 billion in fiscal third-quarter revenue (lexicons/metrics.toml [money_after_patterns]): revenue
    assert extract_facts("On a quarter-on-quarter basis, revenue rose 26%.", published=date(2025, 11, 20)) == []
    got = [(f.metric, f.value) for f in extract_facts("Micron reported $42 billion in fiscal third-quarter revenue.",
                                                      published=date(2025, 6, 30))]
    assert got == [("revenue", 4.2e10)]


def test_zhi_shang_after_a_figure_is_at_least() -> None:
    # 營收占比守穩六成之上 (lexicons/quantities.toml [qualifiers] suffix, as 以上)
    got = [(m.value, m.qualifier) for m in find_mentions(normalize("伺服器相關產品營收占比守穩六成之上").text)]
    assert got == [(60.0, ">=")]


def test_a_figure_of_companies_named_as_one_has_no_region() -> None:
    # Hyperscale operator capex reached $31 billion (LABELLING.md E3, E4; dev and 19 held-out labels of such capex: region
    # null); not the whole they hold a part of (hyperscalers half of $1.2 trillion by 2029: the market's)
    got = [(f.metric, f.region) for f in extract_facts(
        "Hyperscale operator capex reached $31 billion in the third quarter of 2019, up 8% from a year earlier.",
        published=date(2019, 12, 3), kind="market_report")]
    assert got == [("capex", None), ("yoy_growth", None)]


def test_could_account_for_is_a_forecast_and_would_have_been_an_estimate() -> None:
    # (lexicons/cues.toml [basis]) generative AI could account for more than 25% of its semiconductor revenue in 2024: a
    # forecast; there would have been 136,000 GPU servers shipped in 2022: the writer's reckoning, an estimate (B6)
    got = [f.basis for f in extract_facts(
        "Broadcom said generative AI could account for more than 25% of its semiconductor revenue in 2024.",
        published=date(2024, 3, 1))]
    assert got == ["forecast"]
    got = [f.basis for f in extract_facts("Based on both firms' data, there would have been 136,000 GPU servers shipped in 2022.",
                                          published=date(2024, 3, 1))]
    assert got == ["estimate"]


def test_a_stock_s_turnover_is_no_award() -> None:
    # 股价报590.59元/股,涨幅416.79%,成交额125亿元,换手率70.4% (lexicons/cues.toml [out_of_scope]: 成交额, not 成交金额)
    assert extract_facts("摩尔线程上市首日股价报590.59元/股,涨幅416.79%,成交额125亿元,换手率70.4%。",
                         published=date(2025, 12, 5), kind="tender") == []


@pytest.mark.parametrize(("text", "value"), [
    ("The estimated contract value is EUR 12 000 000.", 1.2e7),
    ("The value of the tender is €64 100 000.", 6.41e7)])
def test_thousands_grouped_by_spaces_before_a_full_stop(text: str, value: float) -> None:
    # EUR 12 000 000. at a sentence's end: the full stop is no decimal point (NUM_RE read EUR 12)
    assert [(m.value, m.unit) for m in find_mentions(normalize(text).text)] == [(value, "EUR")]


def test_investing_is_an_investment_word() -> None:
    # Amazon Web Services (AWS) will be investing USD 25.5 billion in Malaysia to build cloud and AI data centres
    # (lexicons/metrics.toml compute_investment; gated by [compute_topic] as every bare investment word)
    got = [(f.metric, f.entity) for f in extract_facts(
        "Amazon Web Services (AWS) will be investing USD 25.5 billion in Malaysia to build cloud and AI data centres.",
        published=date(2025, 6, 10))]
    assert got == [("compute_investment", "Amazon")]


def test_the_amount_a_plan_is_sized_by_is_a_target() -> None:
    # part of the company's previously unveiled $10 billion investment plan (PLAN_NOUN_AFTER; LABELLING.md B7)
    got = [f.basis for f in extract_facts(
        "The move is part of the company's previously unveiled $10 billion investment plan for data centers.",
        published=date(2025, 6, 10))]
    assert got == ["target"]


def test_each_end_of_a_move_keeps_the_period_after_its_article() -> None:
    # rise from about 1,025 megawatts at the end of 2025 to roughly 2,100 MW by the end of 2026: each end's own period
    # (TIGHT_PERIOD_GAP with the article: by the end of)
    got = [(f.value, f.period) for f in extract_facts(
        "Malaysia's data center capacity is expected to rise from about 1,025 megawatts at the end of 2025 to roughly "
        "2,100 MW by the end of 2026.", published=date(2025, 12, 30))]
    assert got == [(1.025e9, "2025"), (2.1e9, "2026")]


def test_graphics_processing_units_capitalised_are_counted() -> None:
    # 10,000 Graphics Processing Units (GPUs) (lexicons/quantities.toml [counts] en): the count had not been read
    got = [(m.value, m.unit) for m in find_mentions(normalize("The cluster has 10,000 Graphics Processing Units (GPUs).").text)]
    assert got == [(10000.0, "units")]


def test_investment_income_is_no_investment() -> None:
    # 投資收益達12億元 (lexicons/cues.toml [out_of_scope]): income earned on investments, not money invested in compute
    assert extract_facts("公司第三季投資收益達12億元，主要來自AI伺服器相關投資。", published=date(2025, 11, 10)) == []


def test_a_yearly_rate_something_grows_at_through_a_year_is_a_cagr() -> None:
    # is projected to grow at 21% annually through 2030 (GROW_AT_BEFORE): compound, with no span (LABELLING.md P9: one end
    # named); a growth that stays above 30% annually through 2027 stays each year's
    got = [(f.metric, f.period) for f in extract_facts(
        "India's data centre capacity is projected to grow at 21% annually through 2030.", published=date(2025, 12, 30),
        kind="market_report")]
    assert got == [("cagr", None)]


def test_the_total_after_a_growth_is_the_grown_metric_s_level() -> None:
    # 營收年增12%,總計696億美元 (LEVEL_AFTER_GROWTH_GAP: 总计, 合计, 共计)
    got = [(f.metric, f.value) for f in extract_facts("微軟截至12月的季度營收年增12%,總計696億美元。", published=date(2025, 2, 24))]
    assert got == [("yoy_growth", 12.0), ("revenue", 6.96e10)]


def test_yue_shi_before_a_figure_is_about() -> None:
    # 資本支出約是300億元 (lexicons/quantities.toml [qualifiers] prefix: 约是 as 约为)
    assert [(m.value, m.qualifier) for m in find_mentions(normalize("資本支出約是300億元").text)] == [(3e10, "~")]


def test_what_is_put_into_ai_infrastructure_is_an_investment_in_compute() -> None:
    # 未來三年AI基建與雲端運算的投入由3,800億元提升至4,800億元 (lexicons/metrics.toml [money_patterns] compute_investment)
    got = [(f.metric, f.value) for f in extract_facts("阿里巴巴正考慮將未來三年AI基建與雲端運算的投入由3,800億元提升至4,800億元。",
                                                      published=date(2025, 12, 1))]
    assert ("compute_investment", 4.8e11) in got


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("鴻海全年營收約新台幣8兆1千億元", 8.1e12, "TWD"),
    ("營收1兆460億9,000萬元", 1.04609e12, "CNY"),
    ("合併營收約新台幣 6,735 億 1 千萬元", 6.7351e11, "TWD")])
def test_compound_amounts_read_every_group(text: str, value: float, unit: str) -> None:
    # 兆, then 億, then 萬 or 千: each smaller group in turn, also after a prefix currency (numbers._read_compounds); the
    # Taiwan press writes most large amounts so
    got = [(m.value, m.unit) for m in find_mentions(normalize(text).text)]
    assert len(got) == 1 and got[0][0] == pytest.approx(value) and got[0][1] == unit


def test_a_server_maker_s_shipments_on_a_page_about_servers_are_servers() -> None:
    # OEMs like Dell and HPE … predicting YoY declines of 15% and 12%, respectively, under a title naming server
    # shipments (aliases.toml sells = "servers"); a maker of notebooks too ships those on a page about them
    text = ("TITLE: TrendForce: 2023 server shipments to fall 2.85%\n\n"
            "OEMs like Dell and HPE have also scaled back their annual shipment volume forecasts, predicting YoY declines "
            "of 15% and 12%, respectively.")
    got = [(f.entity, f.item, f.of, f.value) for f in extract_facts(text, published=date(2023, 5, 17))]
    # (the title's own rate, "to fall 2.85%", is the market's: read since "fall" is a growth verb in every form)
    assert got == [(None, "server", "shipments", -2.85), ("Dell", "server", "shipments", -15.0),
                   ("HPE", "server", "shipments", -12.0)]
    notebooks = ("TITLE: Wistron notebook shipments rise\n\n"
                 "Wistron's shipments rose 12% from a year earlier.")
    assert [f.item for f in extract_facts(notebooks, published=date(2025, 7, 10))] == [None]


@pytest.mark.parametrize(("text", "value"), [
    ("Oracle said short-term deferred revenues were $8.9 billion, up 8% year-over-year.", 8.9e9),
    ("浪潮信息前三季度营收同比增长40%;公司合同负债科目为315.45亿元,同比增长近1083%。", 1083.0),
    ("台積電第三季營收年增36%,每股美國存託憑證（ADR）收益年增39%。", 39.0),
    ("Kuaishou's revenue grew 10%, and it is estimating that actual cash receipts for Q2 could exceed 300 million yuan.",
     3e8)])
def test_deferred_revenue_cash_receipts_and_per_share_figures_are_no_revenue(text: str, value: float) -> None:
    # lexicons/cues.toml [out_of_scope]: a liability of revenue not yet earned (a balance sheet's), cash collected, a
    # per-share figure; the revenue beside them stays
    got = [f.value for f in extract_facts(text, published=date(2025, 10, 31))]
    assert value not in got and len(got) == (0 if value == 8.9e9 else 1)


def test_power_generated_for_the_grid_is_no_data_centre_power() -> None:
    # a network of 800 small-scale solar plants totalling 40MW (lexicons/cues.toml [power_generation]); the campus's own
    # power in the same sentence stays
    text = ("Tokyo's data centre capacity will reach 1GW by 2028, and the CEC deal involves constructing a network of "
            "800 small-scale solar plants totalling 40MW.")
    got = [(f.metric, f.value) for f in extract_facts(text, published=date(2025, 6, 1), kind="market_report")]
    assert got == [("datacenter_power", 1e9)]


def test_a_memory_market_is_no_compute_market() -> None:
    # 其中HBM市场将达980亿美元 (lexicons/cues.toml [out_of_scope]: memory's markets)
    got = [(f.metric, f.value) for f in extract_facts("到2030年,AI芯片市场将达1万亿美元,其中HBM市场将达980亿美元。",
                                                      published=date(2025, 6, 1), kind="market_report")]
    assert got == [("ai_compute_market_size", 1e12)]


def test_a_forecast_range_narrowed_and_raised_gives_both_ranges() -> None:
    # 從原來的660億至720億美元,收窄並上調至700億至720億美元: the earlier range is the first of a move (numbers._RANGE_THEN_MOVE,
    # a revision's verb after the comma), the earlier statement of the forecast (PLAN_REVISED_TO_AFTER, PLAN_WORD 预测;
    # LABELLING.md B3) beside the revised one
    got = [(f.metric, f.value, f.low, f.high, f.basis) for f in extract_facts(
        "Meta將今年資本支出預測從原來的660億至720億美元,收窄並上調至700億至720億美元。", published=date(2025, 10, 30))]
    assert got == [("capex", 6.9e10, 6.6e10, 7.2e10, "forecast"), ("capex", 7.1e10, 7e10, 7.2e10, "forecast")]


@pytest.mark.parametrize("text", ["AWS has a USD 12.7 billion investment plan in India.",
                                  "Microsoft has a USD 3 billion investment plan in India."])
def test_the_size_of_an_investment_plan_is_no_actual(text: str) -> None:
    # a $X investment plan (PLAN_NOUN_AFTER; a decimal point inside the amount too): a plan's size, target or, for a
    # company's own budget, forecast (LABELLING.md B7, B8)
    got = [(f.metric, f.basis) for f in extract_facts(text, published=date(2025, 3, 1))]
    assert len(got) == 1 and got[0][0] == "compute_investment" and got[0][1] in ("target", "forecast")


def test_the_base_a_place_s_power_rises_from_is_the_place_s() -> None:
    # rise from about 1,025 megawatts at the end of 2025 to roughly 2,100 MW by the end of 2026: the base, no company named,
    # keyed by the place its sentence names, as the figure it is compared with (comparison_value)
    got = [(f.value, f.period, f.region) for f in extract_facts(
        "Malaysia's operational data center capacity is forecast to rise from about 1,025 megawatts at the end of 2025 to "
        "roughly 2,100 MW by the end of 2026.", published=date(2025, 12, 1))]
    assert got == [(1.025e9, "2025", "MY"), (2.1e9, "2026", "MY")]


def test_the_bound_of_a_size_class_of_sites_is_no_capacity() -> None:
    # over a quarter of which are larger than 500 MW (SIZE_CLASS_BEFORE): sites sorted by size, no site's power
    got = [f.value for f in extract_facts(
        "BloombergNEF expects U.S. data center power demand to reach 106 GW by 2035. The jump is due in part to the higher "
        "average size of the 150 significant U.S. data center projects announced in the past year, over a quarter of which "
        "are larger than 500 MW, BNEF said.", published=date(2025, 12, 1))]
    assert got == [1.06e11]


def test_chips_deployed_are_no_chip_seller_s_count() -> None:
    # Nvidia plans to deploy up to 260,000 graphics processing units in South Korea: the chips are held where they are
    # deployed, never by the maker that sells them (aliases.toml sells = "chips"; no labelled accelerator_count is a
    # chip seller's)
    got = [(f.metric, f.entity, f.region, f.value) for f in extract_facts(
        "Nvidia plans to deploy up to 260,000 graphics processing units in South Korea.", published=date(2025, 10, 31))]
    assert got == [("accelerator_count", None, "KR", 2.6e5)]


def test_power_a_chip_seller_supplies_is_no_chip_seller_s() -> None:
    # HUMAIN x AMD collaboration for 500 MW in Saudi Arabia: the sites' power is held where they are built, not by the seller
    # of their chips (HELD_NOT_SOLD)
    got = [(f.metric, f.entity, f.region) for f in extract_facts(
        "In Saudi Arabia, AMD will supply chips for a 500 MW data center campus.", published=date(2025, 10, 31))]
    assert got == [("datacenter_power", None, "SA")]


@pytest.mark.parametrize("text", ["緯創前三季獲利192億 再砸52.8億投資竹北AI第二廠區",
                                  "緯創也將投入不超過美金1.2億元用於達拉斯Eagle廠建築改善。"])
def test_an_investment_in_the_investor_s_own_named_plant_is_capex(text: str) -> None:
    # a bare investment in the investor's plant (lexicons/cues.toml [own_plant], [own_plant_patterns]: a plant named by a
    # Latin name before 廠), also with the page's 元 left out (52.8億): capital spending, not an investment in compute
    got = [(f.metric, f.entity) for f in extract_facts(text, published=date(2025, 11, 11)) if f.unit in ("TWD", "USD")]
    assert got == [("capex", "Wistron")]


def test_an_operator_ships_nothing() -> None:
    # 中国电信……同时预留3万卡: the cards an operator holds; 中國移動……需求量為6,835臺: what it buys (a tender's quantity)
    got = [(f.metric, f.value) for f in extract_facts(
        "中国电信天津智算中心一期部署5000卡,同时预留3万卡的建设空间。", published=date(2024, 6, 1))]
    assert ("accelerator_count", 30000.0) in got and all(m != "shipments" for m, _ in got)
    got = [(f.metric, f.entity, f.period) for f in extract_facts(
        "TITLE: 中國移動2024年PC服務器集中采購中標候選人公布\n\n本次集中採購自主可控x86架構服務器需求量為6,835臺。",
        published=date(2025, 10, 1))]
    assert ("tender_quantity", "China Mobile", "2024") in got and all(m != "shipments" for m, _, _ in got)


@pytest.mark.parametrize(("text", "qualifier"), [
    ("公司计划资本开支不超过100亿元。", None), ("Anthropic agreed to use up to 1 million of Google's TPU chips.", None),
    ("中国AI服务器市场规模在100亿美元以下。", "<")])
def test_only_the_contract_s_qualifiers_are_emitted(text: str, qualifier: str | None) -> None:
    # ../shared/FACTS.md: >, >=, < and ~; a ceiling (不超过, up to) has none, 以下 is under (LABELLING.md B10)
    facts = extract_facts(text, published=date(2025, 6, 1))
    assert facts and all(f.qualifier == qualifier for f in facts)


@pytest.mark.parametrize("text", ["輝達本季營收達570億美元，約合新台幣1兆7,785億元，創下公司歷史新高。",
                                  "腾讯第四季度资本开支为390亿元,折合约54亿美元。"])
def test_a_conversion_after_a_comma_is_the_writer_s(text: str) -> None:
    # 約合, 折合 after a comma (CONVERSION_GAP), as in brackets: the writer's conversion of the figure before it
    assert len(extract_facts(text, published=date(2025, 11, 20))) == 1


def test_shang_kan_is_no_bound() -> None:
    # 上看560億美元: an outlook's figure, no qualifier (LABELLING.md B10; dev zh_t_foxconn_ai_racks_2025 上看10萬櫃)
    assert [f.qualifier for f in extract_facts("台積電今年資本支出上看560億美元。", published=date(2025, 6, 1))] == [None]


@pytest.mark.parametrize(("text", "basis"), [
    ("Saudi Arabia's Public Investment Fund committed $40 billion to AI infrastructure through the HUMAIN initiative.",
     "target"),
    ("Amazon Web Services (AWS) has committed USD 12.7 billion to India.", "target"),
    ("India launched the India AI Mission, targeting deployment of 10,000 GPUs.", "target"),
    ("Oracle is targeting revenue of $67 billion in fiscal 2026.", "forecast")])
def test_commitments_and_targets_are_no_actuals(text: str, basis: str) -> None:
    # committed, targeting (lexicons/cues.toml [basis] target; LABELLING.md B7: a committed programme); a company's
    # revenue target is its guidance (B1), its committed money stays a target (COMMITTED_BEFORE)
    assert [f.basis for f in extract_facts(text, published=date(2025, 9, 1))] == [basis]


def test_a_long_english_item_name_opens_its_revenue() -> None:
    # Dell's AI-optimized server revenue (KEYWORD_ITEM_REACH: English item names run to 30 characters and more)
    got = [(f.metric, f.item) for f in extract_facts(
        "Dell's AI-optimized server revenue soared 757% year-over-year to $16.1 billion.", published=date(2025, 9, 1))]
    assert got == [("yoy_growth", "ai_server"), ("revenue", "ai_server")]


def test_a_revenue_opportunity_is_no_revenue() -> None:
    # an AI revenue opportunity of $60 billion to $90 billion (lexicons/cues.toml [out_of_scope]): revenue to be won
    assert extract_facts("Broadcom's projected AI revenue opportunity of $60 billion to $90 billion by 2027 was reiterated.",
                         published=date(2025, 9, 1)) == []


@pytest.mark.parametrize(("text", "basis"), [
    ("TrendForce估今年全球AI伺服器出貨年增逾24%。", "forecast"), ("法人估鴻海今年AI伺服器營收年增逾150%。", "forecast"),
    ("Omdia estimates Meta bought 173,000 of AMD's MI300 chips.", "actual")])
def test_a_research_house_s_estimate_is_no_writer_s_estimate(text: str, basis: str) -> None:
    # 估 / estimates after a research house or analysts (lexicons/cues.toml [forecaster]): a forecast of a year not over,
    # else what it measured (LABELLING.md B2, B5); `estimate` stays the writer's own reckoning
    assert [f.basis for f in extract_facts(text, published=date(2025, 11, 14))] == [basis]


def test_a_bare_gongsi_after_a_company_introduced_as_reporting_is_that_company() -> None:
    # 当日晚间,中科曙光发布前三季度业绩报告。公司……: the company the sentence before introduced as publishing its report
    # (REPORTS_AFTER), not the page's first company
    got = [(f.value, f.entity) for f in extract_facts(
        "海光信息发布三季报,前三季度营业收入94.9亿元。当日晚间,中科曙光发布前三季度业绩报告。公司前三季度总营收88.04亿元。",
        published=date(2025, 10, 20))]
    assert got == [(9.49e9, "Hygon"), (8.804e9, "Sugon")]


def test_the_places_of_a_respectively_list_key_each_rate_also_without_a_code() -> None:
    # APeJC, EMEA and Japan … 37.4%, 31.0% and 28.1% respectively: the i-th rate is the i-th place's, none for a place the
    # contract has no code for (aliases.toml uncoded: IDC's APeJC), not re-keyed by the market's place afterwards
    got = [(f.value, f.region) for f in extract_facts(
        "APeJC, EMEA and Japan server revenue also showed very healthy double digit growth with 37.4%, 31.0% and 28.1% "
        "respectively.", published=date(2025, 12, 11))]
    assert got == [(37.4, None), (31.0, None), (28.1, "JP")]


@pytest.mark.parametrize("text", ["面向2025年,三大運營商資本開支計劃規模合計達到2898億元。",
                                  "The combined 2026 capital expenditure plans of the big four hyperscalers have been revised "
                                  "upward to approximately $725 billion."])
def test_companies_capex_plans_together_are_guidance(text: str) -> None:
    # several companies' budgets named as one (COMPANIES_AS_ONE, OPERATORS_AS_ONE): guidance, as each one's is (B8)
    assert [f.basis for f in extract_facts(text, published=date(2025, 11, 1))] == ["forecast"]


def test_an_amount_higher_than_another_is_a_difference() -> None:
    # some $5 billion higher than analysts had expected (DIFFERENCE_AFTER): by how much a figure passes another
    got = [f.value for f in extract_facts("Oracle's quarterly capex was some $5 billion higher than analysts had expected.",
                                          published=date(2025, 12, 11))]
    assert 5e9 not in got


def test_a_paragraph_about_data_centres_power_goes_on_counting_it() -> None:
    # … to 219 gigawatts by 2030. AI workloads alone are projected to expand from 44 GW to 156 GW (carried_metric,
    # POWER_CARRY_REACH); wind and solar connected to the grid are vetoed ([power_generation])
    got = [(f.metric, f.value) for f in extract_facts(
        "Global data center capacity is expected to rise from 82 gigawatts in 2025 to 219 gigawatts by 2030. AI workloads "
        "alone are projected to expand from 44 GW to 156 GW over that period.", published=date(2025, 11, 1))]
    assert [v for _, v in got] == [8.2e10, 2.19e11, 4.4e10, 1.56e11] and {m for m, _ in got} == {"datacenter_power"}
    assert extract_facts("張家口數據中心規模持續擴大。張家口市風光累計併網裝機容量達4242.6萬千瓦。", published=date(2025, 6, 1)) == []


def test_spending_named_right_after_an_amount_is_capex() -> None:
    # 超过了2024年前三季度377亿元的开支总和,更超过了2023年全年239亿元的开支 (lexicons/metrics.toml [money_after] capex)
    got = [(f.metric, f.value, f.period) for f in extract_facts(
        "腾讯2024年第四季度资本开支达366亿元。这个数字超过了2024年前三季度377亿元的开支总和,更超过了2023年全年239亿元的开支。",
        published=date(2025, 3, 20))]
    assert got == [("capex", 3.66e10, "2024Q4"), ("capex", 3.77e10, None), ("capex", 2.39e10, "2023")]


def test_a_currency_declared_for_the_figures_below_is_also_the_figure_s_it_is_attached_to() -> None:
    # 第二季度營業收入報135.1億元(美元‧下同) (declared_at), and 亦遠超集團此前預計的區間107.8億至112.2億元: the earlier forecast kept
    # beside it (lexicons/cues.toml [other_statement] 此前预计)
    got = [(f.value, f.unit, f.basis) for f in extract_facts(
        "輝達截至7月30日止,第二季度營業收入報135.1億元(美元‧下同),亦遠超集團此前預計的區間107.8億至112.2億元。",
        published=date(2023, 8, 24))]
    assert got == [(1.351e10, "USD", "actual"), (1.1e10, "USD", "forecast")]


def test_caice_is_a_company_s_guidance() -> None:
    # 輝達財測指出，本季營收約540億美元 (lexicons/cues.toml [basis] forecast: 財測, Taiwan's word for guidance)
    assert [f.basis for f in extract_facts("輝達財測指出，本季營收約540億美元。", published=date(2025, 11, 20))] == ["forecast"]


def test_a_compute_seller_s_contracts_are_the_buyers_investments() -> None:
    # on CoreWeave's page, New/expanded contracts include $14.2B with Meta, an additional $6.5B with OpenAI (metrics.toml
    # [money] compute_investment "contracts include"; the party right after each amount buys: LABELLING.md metric table)
    got = [(f.metric, f.entity, f.value) for f in extract_facts(
        "CoreWeave's AI computing backlog rose. New/expanded contracts include $14.2B with Meta, an additional $6.5B with "
        "OpenAI.", published=date(2025, 11, 11))]
    assert got == [("compute_investment", "Meta", 1.42e10), ("compute_investment", "OpenAI", 6.5e9)]


def test_a_future_verb_after_a_count_with_a_thousands_separator_makes_it_no_actual() -> None:
    # an additional 8,000 GPUs will be purchased (FUTURE_VERB_AFTER: the separator inside the number is no clause break)
    got = [f.basis for f in extract_facts(
        "He also stated that an additional 8,000 GPUs will be purchased for the country's sixth supercomputer.",
        published=date(2025, 2, 17))]
    assert got == ["forecast"]


def test_the_street_s_forecast_beside_the_result_is_kept_as_a_forecast() -> None:
    # comfortably ahead of Wall Street's $1.08bn forecast (lexicons/cues.toml [other_statement]: Wall Street's; B2)
    got = [(f.value, f.basis) for f in extract_facts(
        "CoreWeave posted second-quarter revenue of $1.21 billion, up 207%, comfortably ahead of Wall Street's $1.08bn "
        "forecast.", published=date(2025, 8, 13)) if f.unit == "USD"]
    assert got == [(1.21e9, "actual"), (1.08e9, "forecast")]


@pytest.mark.parametrize("text", [
    "IREN's stated goal is hitting a $3.4 billion annualised AI cloud revenue run rate by the end of 2026.",
    "年初时,阿里巴巴在纽约证券交易所的美国存托凭证(ADR)交易价格为84.95美元。"])
def test_a_revenue_run_rate_and_a_depositary_share_s_price_are_no_facts(text: str) -> None:
    # lexicons/cues.toml [out_of_scope]: an annualised revenue run rate (ARR), a depositary share's trading price
    assert extract_facts(text, published=date(2025, 11, 26)) == []


@pytest.mark.parametrize("text", ["受超預期資本支出消息提振，阿里巴巴港股上漲 17.29% 至每股 135.7 港元。", "輝達在標普500指數中佔比約8%。"])
def test_a_share_s_move_and_an_index_weight_are_no_facts(text: str) -> None:
    # lexicons/cues.toml [out_of_scope]: a share moved by news (消息提振), a company's weight in an index (指數中佔比)
    assert extract_facts(text, published=date(2025, 8, 30)) == []


def test_a_range_whose_first_unit_is_spelt_out_in_a_bracket_is_one_range() -> None:
    # 6.6 GW (gigawatt) to 7.7 GW (numbers._UNIT_GLOSS): one fact, the midpoint with its bounds (LABELLING.md B11)
    got = [(f.value, f.low, f.high) for f in extract_facts(
        "Peak demand from data centres is expected to reach 6.6 GW (gigawatt) to 7.7 GW in 2034.", published=date(2025, 11, 26))]
    assert got == [(7.15e9, 6.6e9, 7.7e9)]


def test_analysts_estimate_of_a_result_is_a_forecast_whatever_its_period() -> None:
    # Analysts, on average, estimated US$3.5 billion (ANALYSTS; LABELLING.md B2: their expectation of the result)
    got = [(f.value, f.basis) for f in extract_facts(
        "The strong performance was due to HPE's server business, which generated sales of US$3.9 billion. Analysts, on "
        "average, estimated US$3.5 billion.", published=date(2024, 6, 4))]
    assert got == [(3.9e9, "actual"), (3.5e9, "forecast")]


def test_a_band_in_chinese_gives_the_guidance_its_bounds() -> None:
    # 預計本季營收將達540億美元，上下浮動2% (numbers._PLUS_MINUS: 上下浮动, 正负): the band's bounds (LABELLING.md B11)
    got = [(f.value, f.low, f.high) for f in extract_facts("輝達預計本季營收將達540億美元，上下浮動2%。", published=date(2025, 11, 20))]
    assert got == [(5.4e10, pytest.approx(5.292e10), pytest.approx(5.508e10))]


def test_a_band_of_money_gives_the_guidance_its_bounds() -> None:
    # roughly $6.7 billion, plus or minus $300 million (LABELLING.md B11): 6.4e9 to 7.0e9, the band no figure of its own
    got = [(f.value, f.low, f.high) for f in extract_facts(
        "HPE expects revenue of roughly $6.7 billion, plus or minus $300 million, in the third quarter.",
        published=date(2025, 6, 3))]
    assert got == [(6.7e9, 6.4e9, 7.0e9)]


@pytest.mark.parametrize("text", ["2020-2022年中国AI服务器市场规模及其同比增速(单位:亿美元,%)", "各厂商营收(亿元)对比"])
def test_a_unit_named_in_brackets_or_after_a_colon_is_no_amount(text: str) -> None:
    # (单位:亿美元,%), 营收(亿元): a chart's or a table's unit, not an amount of one 亿 (numbers.NUM_RE)
    assert [m.value for m in find_mentions(normalize(text).text)] == []


def test_an_actual_and_a_forecast_of_one_key_are_two_statements() -> None:
    # capex hit $3.5 billion in the quarter, with annual capex expected to reach "in excess of $11bn": both kept where their
    # periods are not told apart (_dedupe: another basis is another statement, LABELLING.md B2, B3)
    got = [(f.value, f.basis) for f in extract_facts(
        'Tesla capex hit $3.5 billion in the quarter, with annual capex expected to reach "in excess of $11bn".',
        published=date(2024, 7, 24))]
    assert got == [(3.5e9, "actual"), (1.1e10, "forecast")]


def test_a_share_in_a_bracket_right_after_its_place_is_that_place_s() -> None:
    # 紧随其后的是中国市场(占23%)、亚太地区(占16%)以及欧洲、中东和非洲地区(占10%) (bracketed_place): each its own place's, none for
    # a place with no code (LABELLING.md E6)
    got = [(f.value, f.region) for f in extract_facts(
        "2024年上半年全球AI服务器市场中,紧随其后的是中国市场(占23%)、亚太地区(占16%)以及欧洲、中东和非洲地区(占10%)。",
        published=date(2024, 11, 1), kind="market_report")]
    assert got == [(23.0, "CN"), (16.0, None), (10.0, None)]


def test_money_spent_on_compute_named_right_after_it_is_an_investment_in_compute() -> None:
    # spend up to $10 billion on 500 megawatts of AI compute capacity (lexicons/metrics.toml [money_after_patterns])
    got = [(f.metric, f.value) for f in extract_facts(
        "HUMAIN intends to spend up to $10 billion on 500 megawatts of AI compute capacity.", published=date(2025, 5, 14))]
    assert ("compute_investment", 1e10) in got


def test_a_data_centre_named_by_its_place_after_an_amount_is_the_investment_in_it() -> None:
    # an €11B Berlin data center (lexicons/metrics.toml [money_after_patterns]: the site named by its place between)
    got = [(f.metric, f.value, f.unit) for f in extract_facts("Aleph Alpha now runs on an €11B Berlin data center.",
                                                              published=date(2025, 5, 14))]
    assert got == [("compute_investment", 1.1e10, "EUR")]


def test_idc_s_ai_infrastructure_spending_in_chinese_and_the_level_after_its_growth() -> None:
    # 全球人工智能基础设施支出同比增长37%,总额达到318亿美元 (lexicons/metrics.toml: IDC's AI infrastructure spending is the AI
    # server market; the level after a market's growth, 总额达到, is that market's: LEVEL_AFTER_GROWTH_GAP)
    got = [(f.metric, f.of, f.value) for f in extract_facts(
        "IDC报告显示,2024年上半年,全球人工智能基础设施支出同比增长37%,总额达到318亿美元。", published=date(2024, 11, 1),
        kind="market_report")]
    assert got == [("yoy_growth", "ai_server_market_size", 37.0), ("ai_server_market_size", None, 3.18e10)]


def test_growth_quarter_to_quarter_is_sequential() -> None:
    # up 80 percent quarter to quarter (lexicons/cues.toml [qoq]): a sequential growth, outside the vocabulary (O3)
    assert extract_facts("Dell said sales of its AI-optimized servers were up 80 percent quarter to quarter.",
                         published=date(2024, 11, 27)) == []


def test_an_amount_of_a_product_shipped_is_its_seller_s_revenue_of_it() -> None:
    # Dell shipped $3.1 billion of AI-optimized servers (SOLD_VERB_RIGHT_BEFORE, then "of" before the item; LABELLING.md I9)
    got = [(f.metric, f.entity, f.item) for f in extract_facts(
        "Dell shipped $3.1 billion of AI-optimized servers in the last quarter alone.", published=date(2024, 11, 27))]
    assert got == [("revenue", "Dell", "ai_server")]


def test_yue_with_a_verb_before_the_number_is_about() -> None:
    # 加速服务器约占56% (lexicons/quantities.toml [qualifiers]: 约占, 约相当于 — 约 with a verb between it and the number)
    got = [(f.value, f.qualifier) for f in extract_facts("其中部署在云环境中的服务器占市场总支出的75%,加速服务器约占56%。",
                                                         published=date(2024, 11, 1), kind="market_report")]
    assert got == [(75.0, None), (56.0, "~")]


def test_a_move_from_an_amount_dated_last_year_to_a_level() -> None:
    # capex will rise from $88 billion last year to $120 billion (TO_AFTER_RELATIVE: a move's start, not a comparison base;
    # the period right after that start is the start's: MOVE_START_PERIOD_GAP) — the level it moves to keeps the metric
    got = [(f.metric, f.value, f.period, f.basis) for f in extract_facts(
        "Microsoft's capex will rise from $88 billion last year to $120 billion in 2026.", published=date(2026, 2, 1))]
    assert got == [("capex", 8.8e10, "2025", "actual"), ("capex", 1.2e11, "2026", "forecast")]


def test_a_move_from_last_year_s_amount_to_a_level() -> None:
    # expects 2026 capex to rise from last year's $88 billion to $120 billion (FROM_BEFORE_CUE_EN: "from" before the cue
    # last year's opens a move; not the base of a comparison that would leave the level with no metric)
    got = [(f.metric, f.value, f.period) for f in extract_facts(
        "Microsoft expects 2026 capex to rise from last year's $88 billion to $120 billion.", published=date(2026, 2, 1))]
    assert got == [("capex", 8.8e10, "2025"), ("capex", 1.2e11, "2026")]


def test_a_signed_rate_right_after_a_company_s_metric_is_its_growth() -> None:
    # guidance: revenue +27-29% total (SIGNED_AFTER_METRIC_GAP: the shorthand of a growth, LABELLING.md M4); not a beat
    # against a forecast (VERSUS_AFTER_RATE: revenue +2.9% vs Street)
    got = [(f.metric, f.value, f.of, f.basis) for f in extract_facts(
        "Oracle's Q1 FY2027 guidance: revenue +27-29% total.", published=date(2026, 6, 15))]
    assert got == [("yoy_growth", 28.0, "revenue", "forecast")]
    assert extract_facts("Oracle: revenue +2.9% vs Street.", published=date(2026, 6, 15)) == []


def test_a_growth_stated_as_a_range_keeps_its_bounds() -> None:
    # 成長27%至37%, growth of 19% to 21%, down 5% to 8% (FACTS.md low/high: the bounds of a stated range, as the labels give
    # them; negated with a fall)
    got = [(f.value, f.low, f.high) for f in extract_facts("台積電今年資本支出將成長27%至37%。", published=date(2026, 1, 16))]
    assert got == [(32.0, 27.0, 37.0)]
    got = [(f.value, f.low, f.high) for f in extract_facts("Dell's revenue fell 5% to 8% in Q1 2026.", published=date(2026, 6, 1))]
    assert got == [(-6.5, -8.0, -5.0)]


def test_a_title_naming_an_unlisted_company_and_a_part_of_the_year_s_results() -> None:
    # 工业富联 2025年上半年业绩点评 (the title pattern of an unlisted company's page, a part of the year between the year and
    # 业绩): its server revenue's growth is the company's (entity null, LABELLING.md E1), not the server market's
    text = "TITLE: 工业富联 2025年上半年业绩点评摘要\n\n工业富联2025年上半年营业收入3,607.6亿元。第二季度整体服务器营收同比增长超50%。"
    got = [(f.metric, f.entity, f.item, f.of, f.region) for f in extract_facts(text, published=date(2025, 8, 20))]
    assert got == [("revenue", None, None, None, None), ("yoy_growth", None, "server", "revenue", None)]


def test_each_amount_takes_the_metric_named_right_after_it() -> None:
    # spent $2.5B of capex against $399M of revenue; $40B in revenue and $20B in capex (OF_METRIC_AFTER_GAP: the metric
    # named right after the amount before is that amount's, not this one's)
    got = [(f.metric, f.value) for f in extract_facts("Meta reported $40B in revenue and $20B in capex.", published=date(2026, 5, 1))]
    assert got == [("revenue", 4e10), ("capex", 2e10)]
    got = [(f.metric, f.value) for f in extract_facts(
        "Nebius: in Q1 2026 the company spent $2.5B of capex against $399M of revenue.", published=date(2026, 5, 20))]
    assert got == [("capex", 2.5e9), ("revenue", 3.99e8)]


def test_a_growth_label_with_a_colon_and_the_rate_it_moves_to() -> None:
    # Rev YoY: 684% (Q1 2026) → 784% (Q2 2026E) (lexicons/cues.toml [yoy] before: "YoY:"; RATE_MOVES_TO_EN: the same
    # growth moving on to the next rate, in the period it names)
    got = [(f.metric, f.value, f.period, f.of) for f in extract_facts(
        "Nebius revenue YoY: 684% (Q1 2026) → 784% (Q2 2026E).", published=date(2026, 5, 20))]
    assert got == [("yoy_growth", 684.0, "2026Q1", "revenue"), ("yoy_growth", 784.0, "2026Q2", "revenue")]


def test_an_english_growth_moving_from_a_rate_to_another() -> None:
    # revenue growth will accelerate from 684% in Q1 2026 to 784% in Q2 2026 (GROWTH_FROM_EN, RATE_MOVES_TO_EN)
    got = [(f.value, f.period) for f in extract_facts(
        "Nebius revenue growth will accelerate from 684% in Q1 2026 to 784% in Q2 2026.", published=date(2026, 5, 20))]
    assert got == [(684.0, "2026Q1"), (784.0, "2026Q2")]


def test_a_growth_in_a_quarter_then_the_level_it_reached() -> None:
    # Revenue grew 20% in the first quarter to $5 billion (REACHING_TO: the rate's quarter between it and "to")
    got = [(f.metric, f.value, f.period) for f in extract_facts(
        "Revenue grew 20% in the first quarter to $5 billion.", published=date(2026, 5, 20))]
    assert got == [("yoy_growth", 20.0, "2026Q1"), ("revenue", 5e9, "2026Q1")]


def test_a_cause_clause_names_no_metric_and_a_business_line_s_growth_goes_on() -> None:
    # 受益于……AI算力需求的持续旺盛, (CAUSE_CLAUSE: the cause names no metric of the rates after it); 云服务商业务 (a business
    # line: its sales, I9); 第三季度单季同比增长逾2.1倍 (a clause opening with its own period goes on with the growth before);
    # 其中GPU AI服务器 (a product line on the unlisted company's page: product_line_growth)
    text = ("TITLE: 工业富联2025年前三季度业绩点评\n\n受益于AI算力需求的持续旺盛,2025年前三季度云服务商业务同比增长超150%,"
            "第三季度单季同比增长逾2.1倍,其中GPU AI服务器同比增长超5倍;交换机业务第三季度同比增长100%。")
    got = [(f.value, f.period, f.item, f.of) for f in extract_facts(text, published=date(2025, 11, 1))]
    # (交换机业务: the line is named by an item, switch, and keyed by it, as holdout94 and holdout39 label it)
    assert got == [(150.0, None, None, "revenue"), (210.0, "2025Q3", None, "revenue"), (500.0, "2025Q3", "ai_server", "revenue"),
                   (100.0, "2025Q3", "switch", "revenue")]


def test_an_english_title_with_a_company_s_shares_and_its_earnings() -> None:
    # "Cerebras shares sink after first earnings report" (EN_TITLE_SUBJECT): the page of a company off the alias table, so
    # its bare quarters are not read on the fiscal calendar of a listed company it names (Nvidia's would make Q2 FY2027Q2)
    text = ("TITLE: Cerebras shares sink after first earnings report as a public company\n\n"
            "Cerebras, which competes with Nvidia in the AI infrastructure market, reported results. Nvidia is the leader.\n"
            "The revenue forecast was solid — $194 million for Q2.")
    got = [(f.metric, f.value, f.period, f.entity) for f in extract_facts(text, published=date(2026, 6, 23))]
    assert got == [("revenue", 1.94e8, "2026Q2", None)]


def test_a_campus_named_with_its_power_and_compute_leases_worth_an_amount() -> None:
    # a $30 billion, 1-gigawatt AI data center campus (lexicons/metrics.toml [money_after_patterns]: the site named with its
    # power between); hyperscale AI leases worth about $16 billion (DEAL_NOUN_BEFORE: plural deals named as compute deals)
    got = [(f.metric, f.value) for f in extract_facts(
        "OpenAI and G42 are building a $30 billion, 1-gigawatt AI data center campus in Abu Dhabi.", published=date(2026, 5, 25))]
    assert got == [("compute_investment", 3e10), ("datacenter_power", 1e9)]
    got = [(f.metric, f.value) for f in extract_facts(
        "Applied Digital secured 600 MW of hyperscale AI leases worth about $16 billion.", published=date(2026, 1, 9))]
    assert got == [("datacenter_power", 6e8), ("compute_investment", 1.6e10)]


def test_this_quarter_stays_the_report_s_quarter_however_far_on() -> None:
    # 截至2月底的2026財年第三季度業績……本季……(paragraphs on)……在首季度天量訂單後……本季資本開支 (periods._named_quarter: once 本季
    # is the report's quarter, a later 本季 is too, and 首季度 named in passing by its number alone does not move it)
    text = ("TITLE: 甲骨文2026財年第三季度業績\n\n甲骨文公布了截至2月底的2026財年第三季度業績。本季表現好壞參半。\n"
            + "雲業務的增長持續提速,毛利率受到拖累。" * 12 + "\n在首季度天量訂單後,新增訂單規模走低。\n"
            "本季資本開支達186億美元,較上季度的120億美元大幅增長。")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.metric == "capex"]
    assert got == [("capex", 1.86e10, "FY2026Q3"), ("capex", 1.2e10, "FY2026Q2")]


def test_the_data_centre_segment_named_before_its_growth() -> None:
    # 資料中心增長69%到600億美元 after the company's revenue (DATA_CENTRE_GROWN: the segment's growth and level, LABELLING.md
    # metric table: datacenter_revenue), not the revenue the clause before named
    got = [(f.metric, f.value, f.of) for f in extract_facts(
        "輝達本季營收預料將年比激增67%至657.1億美元,資料中心增長69%到600億美元左右。", published=date(2026, 2, 23))]
    assert got == [("yoy_growth", 67.0, "revenue"), ("revenue", 6.571e10, None), ("yoy_growth", 69.0, "datacenter_revenue"),
                   ("datacenter_revenue", 6e10, None)]


def test_a_part_of_a_sum_with_a_bound_word_before_its_whole() -> None:
    # 80%以上的资本支出被用于算力采购 (RATE_OF_AFTER, PART_OF_SUM_AFTER: the rate's bound word, then 的 and the whole; 被 before
    # the verb): a part of capex, at least 80% (LABELLING.md qualifiers: 以上 is >=)
    got = [(f.metric, f.value, f.of, f.qualifier) for f in extract_facts("大型科技公司通常80%以上的資本支出被用於算力採購。",
                                                                         published=date(2026, 2, 1))]
    assert got == [("share", 80.0, "capex", ">=")]


def test_a_company_named_as_an_example_is_not_the_paragraph_s_subject() -> None:
    # 国内头部云厂商(如阿里巴巴)表示…… on 寒武纪's page (EXAMPLE_BEFORE: 如 opening a bracket), then 预计营收60亿元-70亿元 with no
    # company in its sentence: the page's company's, not the example's
    text = ("TITLE: 寒武纪 2025年度业绩预告点评摘要\n\n核心观点 - 国内头部云厂商(如阿里巴巴)表示将积极投资于人工智能能力提升,"
            "国产算力龙头有望充分受益 [7] - 2025年业绩预告:预计营收60亿元-70亿元,同比增长410.87%-496.02% [7]")
    got = [(f.metric, f.entity) for f in extract_facts(text)]
    assert got == [("revenue", "Cambricon"), ("yoy_growth", "Cambricon")]


def test_a_line_inside_the_data_centre_segment_and_revenue_from_the_segment() -> None:
    # Data Center compute revenue was $34.2 billion; a 73% increase in revenue from its core data center segment
    # (lexicons/metrics.toml [money_patterns] datacenter_revenue; the longer name at the same place wins in metric_right_after)
    got = [(f.metric, f.of) for f in extract_facts("Nvidia's Data Center compute revenue was $34.2 billion, up 76% from a year ago.",
                                                   published=date(2026, 3, 1))]
    assert got == [("datacenter_revenue", None), ("yoy_growth", "datacenter_revenue")]
    got = [(f.metric, f.of) for f in extract_facts(
        "Oracle's results were fueled by a 73% increase in revenue from its core data center segment.", published=date(2026, 3, 1))]
    assert got == [("yoy_growth", "datacenter_revenue")]


def test_a_bare_quarter_is_not_dated_by_the_horizon_year_of_another_figure() -> None:
    # $200 billion 2026 capex guidance after Q4 revenue of $213.4 billion, on 2026-02-06 (periods._HORIZON_YEAR_OPENS_METRIC:
    # the year opens the guidance; the bare Q4, not ended in 2026, is the last fourth quarter that has)
    got = [(f.metric, f.period, f.basis) for f in extract_facts(
        "Amazon escalated the spending war with $200 billion 2026 capex guidance after Q4 revenue of $213.4 billion.",
        published=date(2026, 2, 6))]
    assert got == [("capex", "2026", "forecast"), ("revenue", "2025Q4", "actual")]


def test_a_company_s_preview_of_a_finished_year_stays_a_forecast() -> None:
    # 发布2025年度业绩预告,预计营收60亿元-70亿元 on 2026-01-30 (PRELIMINARY_FORECAST: still a projection as worded, LABELLING.md
    # B5; the holdout labels of such previews are all forecasts)
    got = [(f.metric, f.basis) for f in extract_facts("寒武纪发布2025年度业绩预告,预计营收60亿元-70亿元,同比增长410.87%-496.02%。",
                                                      published=date(2026, 1, 30))]
    assert got == [("revenue", "forecast"), ("yoy_growth", "forecast")]


def test_gaming_in_chinese_is_a_business_line_outside_compute() -> None:
    # 其中游戏业务占比约31% (lexicons/cues.toml [non_compute]: 游戏, as gaming; LABELLING.md O10): no share of the company's
    # revenue
    got = [(f.metric, f.value) for f in extract_facts("腾讯第三季度总营收1929亿元,其中游戏业务占比约31%。",
                                                      published=date(2025, 11, 13))]
    assert got == [("revenue", 1.929e11)]


def test_a_chip_budget_named_after_its_amount_and_capex_without_yuan() -> None:
    # 編列約850億元人民幣的AI處理器預算 (lexicons/metrics.toml [money_after_patterns]: a budget for chips: compute_investment);
    # 資本開支在900億左右 (MONEY_LEVEL_GAP: 在 before an amount whose 元 is left out); 资本性开支 (a capex word)
    got = [(f.metric, f.value) for f in extract_facts("字節跳動為2026年編列約850億元人民幣的AI處理器預算。", published=date(2025, 12, 1))]
    assert got == [("compute_investment", 8.5e10)]
    got = [(f.metric, f.value, f.qualifier) for f in extract_facts("市場普遍預期騰訊2025年的資本開支在900億左右。",
                                                                   published=date(2025, 12, 1))]
    assert got == [("capex", 9e10, "~")]
    got = [f.metric for f in extract_facts("阿里表示,此前提出的3800亿元三年资本性开支规划偏保守。", published=date(2025, 12, 1))]
    assert got == ["capex"]


def test_a_guidance_word_of_the_clause_before_does_not_make_a_finished_quarter_s_level_a_forecast() -> None:
    # 腾讯则下调资本开支指引,三季度资本开支为129.83亿元 on 2025-11-20 (OWN_LEVEL_BEFORE: this clause states a finished quarter's
    # level; the guidance word is the clause before's: LABELLING.md B1)
    got = [(f.metric, f.period, f.basis) for f in extract_facts("腾讯则下调资本开支指引,三季度资本开支为129.83亿元,同比下降24.1%。",
                                                                published=date(2025, 11, 20))]
    assert got == [("capex", "2025Q3", "actual"), ("yoy_growth", "2025Q3", "actual")]


def test_the_level_after_a_growth_and_a_participle_of_rising() -> None:
    # surged 73% year-on-year, rising to $68.13 billion (REACHING: a participle of growth, then "to"): the grown metric's level
    got = [(f.metric, f.value, f.period) for f in extract_facts(
        "Nvidia's total quarterly revenue for fiscal Q4 2026 surged 73% year-on-year, rising to $68.13 billion.",
        published=date(2026, 2, 26))]
    assert got == [("yoy_growth", 73.0, "FY2026Q4"), ("revenue", 6.813e10, "FY2026Q4")]


def test_a_threshold_beside_the_exact_figure_keeps_its_own_line() -> None:
    # 全年營收新台幣5548.85億元……年營收首度衝破5000億元大關 (lexicons/quantities.toml: 冲破 is ">"; _dedupe: a threshold the
    # key's exact value meets is a line of its own, as the labels give it); 約達 is "~"
    got = [(f.value, f.qualifier) for f in extract_facts(
        "台達電2025年全年營收新台幣5548.85億元，較2024年大幅成長31.8%，年營收首度衝破5000億元大關。", published=date(2026, 2, 10))
        if f.metric == "revenue"]
    assert got == [(5.54885e11, None), (5e11, ">")]
    got = [(f.metric, f.qualifier) for f in extract_facts("字節跳動明年資本支出將約達1,600億元人民幣。", published=date(2025, 12, 1))]
    assert got == [("capex", "~")]


def test_what_one_rack_or_supernode_holds_is_a_specification() -> None:
    # 超节点单柜可容纳32/64张加速卡, 单个超节点可容纳512张加速卡 (lexicons/cues.toml [configuration]): no cards installed
    assert extract_facts("昆仑芯超节点单柜可容纳32/64张加速卡。单个超节点可容纳512张加速卡。", published=date(2025, 8, 21)) == []


def test_deals_to_deploy_capacity_are_targets() -> None:
    # struck deals to co-develop 10 GW … and to roll out at least 6 GW (lexicons/cues.toml [basis] target: a deployment still
    # to come, LABELLING.md B7)
    got = [(f.value, f.basis) for f in extract_facts(
        "OpenAI has struck deals to co-develop 10 GW of custom AI accelerators with Broadcom and to roll out at least 6 GW "
        "of AMD Instinct GPU clusters over the next several years.", published=date(2025, 11, 1))]
    assert got == [(1e10, "target"), (6e9, "target")]


def test_a_base_reported_in_the_prior_quarter() -> None:
    # a drop from the $240.3 million reported in the prior quarter (QUARTER_EARLIER_AFTER: a participle of reporting before
    # the quarter named): the quarter before the figure's
    got = [(f.value, f.period, f.basis) for f in extract_facts(
        "IREN's total revenue for Q2 FY26 was $184.7 million, a drop from the $240.3 million reported in the prior quarter.",
        published=date(2026, 2, 5))]
    assert got == [(1.847e8, "FY2026Q2", "actual"), (2.403e8, "FY2026Q1", "actual")]


def test_its_points_back_past_a_name_used_as_an_attributive() -> None:
    # Meta confirmed a multi-billion Nvidia chip deal supporting its $135 billion 2026 capex plan (ATTRIBUTIVE_NAME_AFTER:
    # Nvidia names the chips; "its" is the sentence's company's)
    got = [(f.metric, f.entity) for f in extract_facts(
        "Meta confirmed a multi-billion Nvidia chip deal supporting its $135 billion 2026 capex plan.", published=date(2026, 2, 1))]
    assert got == [("capex", "Meta")]


def test_a_party_named_as_the_attributive_of_a_compute_deal() -> None:
    # a Meta deal worth up to $14.2 billion and a $6.5 billion OpenAI expansion, on a compute seller's page
    # (DEAL_NOUN_AFTER_PARTY: the party right after the amount, then the deal's noun, buys the compute)
    got = [(f.value, f.entity) for f in extract_facts(
        "CoreWeave disclosed a Meta deal worth up to $14.2 billion and a $6.5 billion OpenAI expansion.", published=date(2025, 11, 11))]
    assert got == [(1.42e10, "Meta"), (6.5e9, "OpenAI")]


def test_this_quarter_is_not_a_quarter_named_as_what_lies_ahead() -> None:
    # 百度公布……第二季財報 / 百度Q2營收創3年來最大降幅 Q3挑戰仍大 / 百度本季營收 (periods._AHEAD_AFTER: Q3 named as what lies ahead is
    # not the report's quarter; the one named before it is)
    got = [(f.metric, f.period) for f in extract_facts(
        "百度公布2025會計年度第二季財報。\n百度Q2營收創3年來最大降幅 Q3挑戰仍大\n百度本季營收年減4%至人民幣327.1億元。",
        published=date(2025, 8, 21))]
    assert got == [("yoy_growth", "2025Q2"), ("revenue", "2025Q2")]


def test_an_aside_in_brackets_after_a_business_line_is_not_what_grew() -> None:
    # 云服务商业务(占比云计算业务70%)同比增长超150% (_aside_end: the growth is said of the line before the brackets, though the
    # aside holds a rate of its own; LINE_MIX_SHARE: the aside's share is the line's part of the sales it names)
    text = ("TITLE: 工业富联2025年前三季度业绩点评\n\n2025年前三季度云服务商业务(占比云计算业务70%)同比增长超150%,"
            "第三季度单季同比增长逾2.1倍。")
    got = [(f.metric, f.value, f.period, f.of) for f in extract_facts(text, published=date(2025, 11, 1))]
    assert got == [("share", 70.0, None, "revenue"), ("yoy_growth", 150.0, None, "revenue"),
                   ("yoy_growth", 210.0, "2025Q3", "revenue")]


def test_the_growth_of_a_line_outside_compute_named_with_its_own_revenue_is_left_out() -> None:
    # LABELLING.md O10: shares and growth of business lines outside compute are not labelled; the line's own revenue named
    # right after it (遊戲營收, gaming revenue: LINE_REVENUE_AFTER) still makes the rate the line's, while a revenue named
    # apart from the line (受PC需求疲软影响,营收…) is the company's
    text = ("TITLE: 輝達財報 2026會計年度第三季\n\n上季遊戲營收年比成長30%，資料中心營收年增66%。"
            "Its gaming revenue surged 181%. 受PC需求疲软影响,营收同比下降5%。")
    got = [(f.value, f.of) for f in extract_facts(text, published=date(2025, 11, 20))]
    assert got == [(66.0, "datacenter_revenue"), (-5.0, "revenue")]


def test_a_clause_after_a_semicolon_opening_with_a_company_off_the_table_is_that_company_s() -> None:
    # 廣達全年營收…;和碩全年營收1.117兆元；仁寶全年營收… (a round-up: each clause after a semicolon, ASCII or full-width, opens
    # with its company; 和碩 and 仁寶 are off the alias table, so entity null, LABELLING.md E1, not the listed 廣達 before them)
    text = ("TITLE: 台灣電子代工廠2025年營收\n\n廣達全年營收2兆1,236.89億元、年增50.54%;和碩全年營收1.117兆元、年減0.73%；"
            "仁寶全年營收7,575.13億元、年減16.78%。")
    got = [(f.value, f.entity) for f in extract_facts(text, published=date(2026, 1, 10))]
    assert got == [(2.12368900e12, "Quanta"), (50.54, "Quanta"), (1.117e12, None), (-0.73, None), (7.57513e11, None),
                   (-16.78, None)]


def test_an_amount_in_yi_with_no_currency_word_takes_the_currency_of_its_paragraph() -> None:
    # 資本支出將落在 1150 至 1350億 之間 (MONEY_LEVEL_GAP: 落在; no 元 and no currency word): US dollars, as the paragraph's
    # amount 1,099億美元 states (paragraph_currency), not the yuan of a Chinese page's home
    text = ("TITLE: Meta資本支出\n\nMeta預估2026年資本支出將落在 1150 至 1350億 之間。這項預測高於Visible Alpha原先預估的 "
            "1,099億美元。")
    got = [(f.metric, f.value, f.low, f.high, f.unit) for f in extract_facts(text, published=date(2026, 1, 29))]
    assert got[0] == ("capex", 1.25e11, 1.15e11, 1.35e11, "USD")


def test_a_topic_sentence_names_the_metric_of_the_amounts_after_it() -> None:
    # TSMC presented its capital expenditure framework. (topic_sentence_metric: a sentence naming a money metric and stating
    # no quantity) The company plans to spend between $52 billion and $56 billion in 2026 (its amounts name no metric: capex);
    # not money raised (NOT_SPENT_BEFORE), nor another company's amount
    text = ("TITLE: TSMC capex 2026\n\nTSMC presented its capital expenditure framework. The company plans to spend between "
            "$52 billion and $56 billion in 2026.\n\n中國移動的資本開支已經連續三年下降。2025年上半年584億元。\n\n"
            "Yotta discussed its compute investment plans. Gupta is looking to raise about $1 billion.")
    got = [(f.metric, f.value, f.period, f.entity) for f in extract_facts(text, published=date(2026, 1, 20))]
    assert got == [("capex", 5.4e10, "2026", "TSMC"), ("capex", 5.84e10, "2025H1", "China Mobile")]


def test_a_count_of_companies_is_a_group_not_the_last_company_named() -> None:
    # 这四家公司在2025年的合并资本开支 / 三家公司資本開支合計 (COMPANIES_AS_ONE: the companies counted, no one of them)
    text = "中国移动、中国电信和中国联通公布了业绩。2024年三家公司资本开支合计为3189亿元,同比下降9.7%。"
    got = [(f.metric, f.value, f.entity) for f in extract_facts(text, kind="capex", published=date(2025, 3, 30))]
    assert got == [("capex", 3.189e11, None), ("yoy_growth", -9.7, None)]


def test_values_for_the_fourth_quarter_and_full_year_are_the_quarter_s_and_the_year_s() -> None:
    # a results release's formula: Revenue was $48.39 billion and $164.50 billion, representing increases of 21% and 22%
    # year-over-year for the fourth quarter and full year 2024, respectively (quarters_after: FULL_YEAR_GAP; the amounts'
    # run takes the rates' periods, parallel_runs); capex …were $14.84 billion and $39.23 billion for the fourth quarter and
    # full year 2024 (implicit_quarters)
    text = ("TITLE: Meta Reports Fourth Quarter and Full Year 2024 Results\n\nRevenue was $48.39 billion and $164.50 billion, "
            "representing increases of 21% and 22% year-over-year for the fourth quarter and full year 2024, respectively. "
            "Capital expenditures were $14.84 billion and $39.23 billion for the fourth quarter and full year 2024, "
            "respectively.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text, published=date(2025, 1, 29))]
    assert got == [("revenue", 4.839e10, "2024Q4"), ("revenue", 1.645e11, "2024"), ("yoy_growth", 21.0, "2024Q4"),
                   ("yoy_growth", 22.0, "2024"), ("capex", 1.484e10, "2024Q4"), ("capex", 3.923e10, "2024")]


def test_a_respectively_list_of_companies_after_a_market_share_holds_parts_of_the_same_market() -> None:
    # 英伟达以38%的市占率居首;浪潮、华为分别以19%和15%紧随其后 (no share word in the second clause: the companies of a
    # respectively list after a company's market share in the paragraph each hold a part of the same market)
    text = "2023年全球AI服务器市场份额呈现显著分化,英伟达以38%的市占率居首;浪潮、华为分别以19%和15%紧随其后。"
    got = [(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, published=date(2025, 5, 22))]
    assert got == [("market_share", 38.0, "Nvidia", "ai_server_market_size"),
                   ("market_share", 19.0, "Inspur", "ai_server_market_size"),
                   ("market_share", 15.0, "Huawei", "ai_server_market_size")]


def test_a_horizon_year_in_another_sentence_dates_no_bare_quarter() -> None:
    # … an AI revenue opportunity of $60 billion to $90 billion by 2027. ¶ … first-quarter revenue (periods._horizon_elsewhere:
    # the year a forecast runs to is no year of a quarter reported; the body states none, so the period is null, P5)
    text = ("TITLE: Broadcom results\n\nBroadcom sees an AI revenue opportunity of $60 billion to $90 billion by 2027.\n"
            "Broadcom also reported first-quarter revenue of $14.92 billion.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got == [("revenue", 1.492e10, None)]


def test_what_a_company_means_to_invest_is_a_plan_s_size_not_a_deal_or_a_budget() -> None:
    # LABELLING.md B7: a planned investment is target (Amazon plans to invest …; 该项目计划投资…; announced a … investment);
    # a deal signed stays actual (SIGNED_DEAL), and a company's spending over the next years stays a forecast
    # (COMPANY_BUDGET: 阿里巴巴宣布未来三年将投入超3800亿元, 全年將投入, B8)
    cases = {
        "Amazon plans to invest at least $20 billion in Pennsylvania to expand its AI data centers.": "target",
        "该项目计划投资高达52.4亿元,建设智算中心。": "target",
        "Meta announced that it was building a $10 billion AI data center in Louisiana.": "target",
        "Microsoft announced a $9.7 billion contract with IREN for AI cloud capacity.": "actual",
        "阿里巴巴宣布未来三年将投入超3800亿元用于云和AI基础设施建设。": "forecast",
        "Meta公司預計2026年全年將投入1,150億至1,350億美元,用於擴建基礎設施與伺服器。": "forecast",
    }
    for text, basis in cases.items():
        got = [f.basis for f in extract_facts(text, published=date(2025, 6, 1)) if f.metric == "compute_investment"]
        assert got[:1] == [basis], text


def test_a_rate_shared_by_two_growth_words_and_a_figure_named_as_expected() -> None:
    # 季增、年增均逾100% (BOTH_YOY_QOQ: one rate for both, the year-on-year one kept); 高于市场普遍上调至30%以上的预期
    # (EXPECTATION_AFTER: what the market expected is a forecast, LABELLING.md B2)
    got = [(f.metric, f.value, f.qualifier) for f in extract_facts("鴻海2025年第一季AI伺服器營收季增、年增均逾100%。", kind="capex")]
    assert got == [("yoy_growth", 100.0, ">")]
    got2 = [(f.value, f.basis) for f in extract_facts("本季度阿里云收入同比增长34.5%,高于市场普遍上调至30%以上的预期。", kind="capex")]
    assert got2 == [(34.5, "actual"), (30.0, "forecast")]


def test_growth_words_soar_after_set_to_and_a_noun_uptick() -> None:
    # lexicons/cues.toml [yoy] verb "soar" (is set to soar 71% in 2026) and noun "uptick" (sales of $12.51 billion, a 4.5%
    # uptick)
    got = [(f.metric, f.value, f.of) for f in extract_facts(
        "Capital investment from Amazon, Microsoft, Alphabet and Meta is set to soar 71% in 2026.", published=date(2026, 2, 10))]
    assert got == [("yoy_growth", 71.0, "capex")]
    got = [(f.metric, f.value) for f in extract_facts("Broadcom reported sales of $12.51 billion, a 4.5% uptick.", kind="capex")]
    assert got == [("revenue", 1.251e10), ("yoy_growth", 4.5)]


def test_a_deal_for_compute_with_its_term_between_the_amount_and_the_noun() -> None:
    # lexicons/metrics.toml [money_after_patterns] compute_investment: a $27 billion five-year contract with Nebius for AI data
    # center capacity (the term between the amount and "contract")
    got = [(f.metric, f.value, f.entity) for f in extract_facts(
        "Meta signed a $27 billion five-year contract with Nebius for AI data center capacity.", published=date(2026, 5, 1))]
    assert got == [("compute_investment", 2.7e10, "Meta")]


def test_a_result_better_than_expected_is_actual() -> None:
    # lexicons/cues.toml [basis] actual: "better-than-expected" (and its kin) describes a result measured, not an expectation
    for text in ("Nvidia reported better-than-expected revenue of $44.06 billion for the quarter.",
                 "Alphabet reported stronger than expected overall revenue for Q3 at $76.69 billion."):
        assert [f.basis for f in extract_facts(text, published=date(2025, 5, 29))] == ["actual"], text


def test_a_kind_of_server_s_share_of_money_spent_is_of_the_market_not_of_units() -> None:
    # 服務器支出占總支出的89% (SPENDING_WHOLE: the whole is money spent, so a part of the market's money, not of the units
    # shipped)
    text = ("TITLE: IDC人工智能基礎設施跟蹤報告\n\n2024年上半年,全球各組織在人工智能計算和存儲硬件基礎設施上的支出總額達到318億美元。"
            "2024年上半年,服務器支出占總支出的89%。")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text) if f.metric == "share"]
    assert got == [("share", 89.0, "server_market_size")]


def test_places_with_their_part_in_brackets_in_a_market_report() -> None:
    # 緊隨其后的是中國市場(占23%)、亞太地區(占16%) (PLACE_BRACKET_SHARE: each place's part of the market the paragraph
    # discusses; 亞太 has no region code, so none)
    text = ("TITLE: IDC全球人工智能基礎設施半年度跟蹤報告\n\n在全球人工智能基礎設施市場中,美國占據領先地位,2024年上半年的支出"
            "幾乎占到全球總支出的一半。緊隨其后的是中國市場(占23%)、亞太地區(占16%)。")
    got = [(f.value, f.region, f.of) for f in extract_facts(text) if f.metric == "share"]
    assert got[1:] == [(23.0, "CN", "ai_server_market_size"), (16.0, None, "ai_server_market_size")]


def test_places_with_their_rate_in_brackets_after_a_market_s_cagr() -> None:
    # 預計到2028年全球AI基礎設施市場規模將達到1070億美元,未來五年的年復合增長率將達到19%,其次是美國(16%)、歐洲、中東和非洲地區(13%)
    # 和中國(11%) (bracketed_place_rate: the same CAGR of the same market in each place; EMEA has no code)
    text = ("TITLE: IDC全球人工智能基礎設施半年度跟蹤報告\n\n全球人工智能服務器市場規模2028年將達到1070億美元,未來五年的年復合增長率"
            "將達到19%,其次是美國(16%)、歐洲、中東和非洲地區(13%)和中國(11%)。")
    got = [(f.value, f.region) for f in extract_facts(text) if f.metric == "cagr"]
    assert got[1:] == [(16.0, "US"), (13.0, None), (11.0, "CN")]


def test_a_fiscal_quarter_named_by_the_month_it_ends_in() -> None:
    # During the May quarter (periods bare_q_month: Dell's year ends in late January, so its first quarter ends a few days
    # into May: FY2026Q1 on a page of June 2025, not the fiscal year named in the sentence before)
    text = ("TITLE: Dell results\n\nIn February, Dell announced its plan to sell $15 billion worth of AI servers in fiscal 2026. "
            "During the May quarter, Dell's overall product sales reached $19.6 billion, marking a 9.1% increase.")
    got = [(f.value, f.period) for f in extract_facts(text, published=date(2025, 6, 10))]
    assert got[1:] == [(1.96e10, "FY2026Q1"), (9.1, "FY2026Q1")]


def test_a_company_s_data_center_segment_named_with_a_possessive() -> None:
    # AMD's data center segment (SEGMENT_NAME: not the "s" of the possessive as a segment's word; the data-center segment's
    # amount and growth are datacenter_revenue, no item)
    got = [(f.metric, f.value, f.item, f.of) for f in extract_facts(
        "AMD's data center segment grew 14% year-over-year to $3.2 billion.", published=date(2025, 2, 5))]
    assert got == [("yoy_growth", 14.0, None, "datacenter_revenue"), ("datacenter_revenue", 3.2e9, None, None)]


def test_a_server_maker_s_ai_systems_are_ai_servers() -> None:
    # aliases.toml [items.ai_server]: "AI-oriented systems" (LABELLING.md I2), the item that opens the revenue noun
    got = [(f.metric, f.item) for f in extract_facts("Dell's AI-oriented systems revenue was $1.8 billion in the quarter.", kind="capex")]
    assert got == [("revenue", "ai_server")]


def test_a_company_named_by_what_it_makes_is_no_item() -> None:
    # Full-year revenue for the GPU giant (EPITHET_AFTER: "GPU giant" names Nvidia, no product line whose revenue is the
    # data-center segment's)
    text = "Nvidia posted strong results for FY25. Full-year revenue for the GPU giant totaled $130.5bn."
    got = [(f.metric, f.value) for f in extract_facts(text, published=date(2025, 3, 1))]
    assert got == [("revenue", 1.305e11)]


def test_a_year_looked_ahead_to_dates_the_sentence() -> None:
    # Looking ahead to 2027, the server market is expected to reach … (periods: "ahead to", "forward to" before a year)
    got = [(f.metric, f.period) for f in extract_facts(
        "Looking ahead to 2027, the server market is expected to reach a value of $195.6 billion.")]
    assert got == [("server_market_size", "2027")]


def test_an_amount_higher_at_a_clause_s_end_is_a_difference() -> None:
    # revenue guidance would have been about $8 billion higher. (DIFFERENCE_AFTER: by how much, no level)
    text = "Excluding the export restrictions, Nvidia's revenue guidance would have been about $8 billion higher."
    assert extract_facts(text, kind="capex") == []


def test_a_chip_maker_s_data_center_unit_named_before_its_figures() -> None:
    # Intel's Data Center and AI (DCAI) business fell another 10% year-over-year in Q4 to $4 billion; Sales in the PC
    # division reached $8.5bn, while the data center division declined 1% to $4.1bn (data_centre_unit_before: the last
    # business unit named before the figure; a share it accounts for stays a share of revenue)
    text = ("TITLE: Intel fourth-quarter 2023 results\n\nIntel's Data Center and AI (DCAI) business fell another 10% "
            "year-over-year in Q4 to $4 billion. Sales in the PC division reached $8.5bn, while the data center division "
            "declined 1% to $4.1bn.")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text, published=date(2024, 1, 26))]
    assert got == [("yoy_growth", -10.0, "datacenter_revenue"), ("datacenter_revenue", 4e9, None), ("revenue", 8.5e9, None),
                   ("yoy_growth", -1.0, "datacenter_revenue"), ("datacenter_revenue", 4.1e9, None)]


def test_a_lease_for_ai_workloads_and_what_ai_hosting_contracts_total() -> None:
    # a $5.5 billion, 15-year lease agreement with Amazon Web Services to provide space and power for AI workloads; Cipher's AI
    # hosting contracts now total approximately $8.5 billion (lexicons/metrics.toml compute_investment: deals for compute)
    for text, value in (("Cipher Mining signed a $5.5 billion, 15-year lease agreement with Amazon Web Services to provide "
                         "space and power for AI workloads.", 5.5e9),
                        ("Cipher's AI hosting contracts now total approximately $8.5 billion in lease payments.", 8.5e9)):
        got = [(f.metric, f.value) for f in extract_facts(text, published=date(2025, 11, 3))]
        assert got == [("compute_investment", value)], text


def test_intent_earmarks_and_a_grid_s_load() -> None:
    # HUMAIN intends to spend … (basis target: "intends to"; not a tender's proposed winner, "intends to win", actual);
    # $500 billion has been earmarked to strengthen AI infrastructure (compute_investment); Dominion's record peak load … 23 GW
    # (a grid's load, [power_generation], no data centre's power)
    got = [(f.metric, f.basis) for f in extract_facts(
        "HUMAIN intends to spend up to $10 billion on 500 megawatts of AI compute capacity.", published=date(2025, 5, 14))]
    assert got == [("compute_investment", "target"), ("datacenter_power", "target")]
    got = [f.metric for f in extract_facts("The program, where $500 billion has been earmarked to strengthen AI infrastructure, "
                                           "is the largest.", published=date(2025, 2, 1))]
    assert got == ["compute_investment"]
    assert extract_facts("Dominion's record peak load in 2024 was just over 23 GW.", published=date(2025, 3, 1)) == []


def test_year_on_year_with_spaced_hyphens() -> None:
    # lexicons/cues.toml [yoy] after: "year - on - year" (a page's hyphens set apart by spaces)
    got = [(f.metric, f.value) for f in extract_facts("SMIC's revenue was $2.2 billion, 18% year - on - year.", kind="capex")]
    assert got == [("revenue", 2.2e9), ("yoy_growth", 18.0)]


def test_the_companies_of_a_cause_clause_are_no_subject_of_the_figure_after_it() -> None:
    # 在蘋果、輝達等主要客戶對先進製程需求強勁的帶動下，9月營收3309.8億元 (CAUSE_OF_FIGURE: the customers driving TSMC's revenue are
    # not whose revenue it is)
    text = ("TITLE: 台積電9月營收\n\n晶圓代工龍頭台積電表現亮眼。於今日提早公告9月營收，在蘋果、輝達等主要客戶對先進製程需求強勁的帶動下，"
            "9月營收3309.8億元，年增31.4%。")
    got = [(f.metric, f.entity) for f in extract_facts(text, published=date(2025, 10, 9))]
    assert got == [("revenue", "TSMC"), ("yoy_growth", "TSMC")]


def test_a_year_ago_base_is_not_the_quarter_reported() -> None:
    # … compared with $2.9 billion, or $0.28 per diluted share, in Q3 2022. … for the quarter. For the fourth quarter, Amazon
    # expects … (periods: "the quarter" is not the year-ago base, so the bare fourth quarter is 2023's)
    text = ("TITLE: Amazon third-quarter results\n\nNet sales increased 13% to $143.1 billion in Q3 2023. Net income soared to "
            "$9.9 billion, or $0.94 per diluted share, compared with $2.9 billion, or $0.28 per diluted share, in Q3 2022. "
            "Earnings beat expectations for the quarter.\nFor the fourth quarter, Amazon expects net sales to be between "
            "$160.0 billion and $167.0 billion.")
    got = [(f.value, f.period) for f in extract_facts(text) if f.metric == "revenue"]
    assert got == [(1.431e11, "2023Q3"), (1.635e11, "2023Q4")]


def test_falling_verbs_in_ing_and_growth_on_an_annual_basis() -> None:
    # revenue dropping 9% on an annual basis ([yoy] verb and [negative] "dropping", after "on an annual basis"); a 28.4% annual
    # gain in revenue ("annual gain")
    got = [(f.metric, f.value) for f in extract_facts(
        "AMD reported first-quarter results that showed revenue dropping 9% on an annual basis.", published=date(2023, 5, 3))]
    assert got == [("yoy_growth", -9.0)]
    got = [(f.metric, f.value) for f in extract_facts(
        "It was a strong 28.4% annual gain in revenue attributable to Google Cloud.", published=date(2024, 4, 26))]
    assert got == [("yoy_growth", 28.4)]


def test_the_first_three_or_six_months_of_a_year_are_its_first_quarter_or_half() -> None:
    # periods first_months: over the first three months of the year (Q1, its year from the page), in the first six months of
    # 2024 (2024H1, not the year 2024); the first nine months name no period of the contract (P7)
    got = [(f.metric, f.period) for f in extract_facts(
        "Google Cloud revenue came in at $9.57 billion over the first three months of the year.", published=date(2024, 4, 26))]
    assert got == [("revenue", "2024Q1")]
    got = [(f.metric, f.period) for f in extract_facts(
        "Capital expenditures on cloud infrastructure grew 38% in the first six months of 2024.", published=date(2024, 9, 1))]
    assert got == [("yoy_growth", "2024H1")]


def test_a_market_s_fiscal_year_is_the_year() -> None:
    # 全球AI服务器市场规模在2023财年达到427亿美元 (a market's "fiscal year" is no company's: the year 2023, FISCAL_YEAR_LABEL)
    text = "英伟达和AMD加速布局。根据IDC最新报告,全球AI服务器市场规模在2023财年达到427亿美元,同比激增62.3%。"
    got = [(f.metric, f.period) for f in extract_facts(text, kind="market_report")]
    assert got == [("ai_server_market_size", "2023"), ("yoy_growth", "2023")]


def test_the_eu_is_a_place_with_no_code() -> None:
    # aliases.toml [regions."*"] uncoded: "EU" (as "European Union"): its figures are keyed by no region, not GLOBAL
    got = [(f.metric, f.region) for f in extract_facts(
        "The EU plans to mobilise €200 billion for AI investment, including €20 billion for AI gigafactories.",
        published=date(2025, 2, 11))]
    assert got == [("compute_investment", None), ("compute_investment", None)]


def test_the_growth_on_a_list_line_is_of_the_metric_its_intro_names() -> None:
    # list_intro_growth: a line ending in a colon names the metric; the list's lines name only a year and the growth
    text = ("TITLE: 高盛:科技巨头资本支出\n\n根据高盛的数据,华尔街分析师已经连续三年严重低估了云厂商的资本支出:\n"
            "- 2024 年:预期增长 19%,实际增长 54%\n- 2025 年:预期增长 22%,实际增长 64%\n")
    got = [(f.metric, f.value, f.period, f.of) for f in extract_facts(text, published=date(2026, 2, 15))]
    assert got == [("yoy_growth", 19.0, "2024", "capex"), ("yoy_growth", 54.0, "2024", "capex"),
                   ("yoy_growth", 22.0, "2025", "capex"), ("yoy_growth", 64.0, "2025", "capex")]


def test_companies_ai_infrastructure_spending_is_their_capex() -> None:
    # INFRA_SPENDING after its owners (spender_before): IDC's market word, but spent by companies it is their capex
    got = [(f.metric, f.of) for f in extract_facts(
        "Microsoft, Meta, Amazon and Google ramped up their AI infrastructure spending by 47% last year.",
        published=date(2025, 3, 1))]
    assert got == [("yoy_growth", "capex")]
    got = [(f.metric, f.of) for f in extract_facts("华尔街原本预计 2026 年科技巨头 AI 基础设施支出增长 19%。", kind="market_report")]
    assert got == [("yoy_growth", "capex")]
    got = [(f.metric, f.of) for f in extract_facts("IDC称,2024年全球AI基础设施支出同比增长37%。", kind="market_report")]
    assert got == [("yoy_growth", "ai_server_market_size")]


def test_what_listed_companies_are_expected_to_spend_together_is_capex_of_none() -> None:
    # SPEND_BEFORE with its qualifiers (a combined, at least, as much as) and Chinese verbs (计划支出, 動用), now for a list of
    # spenders too: their capex together, keyed by no one company
    text = "TITLE: Big Tech capex\n\nAmazon, Microsoft, Google, and Meta are expected to spend a combined $602 billion in 2026."
    got = [(f.metric, f.value, f.entity) for f in extract_facts(text)]
    assert got == [("capex", 6.02e11, None)]
    text = ("TITLE: Big Tech capex\n\nBig Tech firms including Alphabet, Microsoft, Amazon and Meta are expected to spend at "
            "least $630 billion to build AI infrastructure this year.")
    got = [(f.metric, f.entity, f.qualifier) for f in extract_facts(text)]
    assert got == [("capex", None, ">=")]
    got = [(f.metric, f.entity) for f in extract_facts("TITLE: 雲端資本支出\n\n亞馬遜計劃今年共動用逾3000億美元。")]
    assert got == [("capex", "Amazon")]


def test_the_level_a_percentage_rises_to_is_no_growth() -> None:
    # RATIO_MOVES_TO: this percentage is expected to rise to 75% in 2028 (a share's level, not a growth of the market the
    # sentence before is about)
    text = ("TITLE: IDC AI infrastructure\n\nAI infrastructure spending grew 97% to $47.4 billion in the first half of 2024. "
            "Of the servers purchased, most included accelerators, and this percentage is expected to rise to 75% in 2028.")
    got = [(f.metric, f.value) for f in extract_facts(text)]
    assert ("yoy_growth", 75.0) not in got
    assert ("yoy_growth", 97.0) in got


def test_a_year_opening_its_own_statement_restates_no_quarter() -> None:
    # restated_year: "for 2025" after the quarter's figure and a new statement is the year's (the full-year guidance); right
    # after a figure ($16.1 billion for 2026) or in the quarter's own phrase (first-quarter financial report for 2025) it is
    # still the quarter's year
    text = ("TITLE: Kuaishou results\n\nKeling's revenue for Q2 reached 250 million yuan, and the full-year revenue guidance "
            "for 2025 has been raised to 125 million USD.")
    got = [(f.value, f.period) for f in extract_facts(text)]
    assert got == [(2.5e8, "2025Q2"), (1.25e8, "2025")]
    text = "TITLE: Tencent results\n\nTencent released its first-quarter financial report for 2025, showing revenue of 180.02 billion yuan."
    assert [(f.value, f.period) for f in extract_facts(text)] == [(1.8002e11, "2025Q1")]


def test_a_rate_s_noun_between_it_and_quarter_on_quarter() -> None:
    # a 67% increase quarter-on-quarter: sequential growth, out of the vocabulary, as "up 67% quarter-on-quarter" is
    text = "TITLE: Kuaishou results\n\nKeling's revenue for Q2 2025 reached 250 million yuan, a 67% increase quarter-on-quarter."
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("revenue", 2.5e8)]


def test_a_paragraph_opened_by_the_page_company_s_pronoun_is_about_it() -> None:
    # SUBJECT_PRONOUN_OPENS: "The group …" opens the paragraph; the partner it names (Nvidia) is no subject of the figures after
    text = ("TITLE: Intel: third-quarter results\n\nIntel reported third-quarter revenue of $13.7bn in 2025.\n\n"
            "The group also formalized a strategic partnership with Nvidia, which has invested $5bn in Intel. "
            "The data center division declined 1% to $4.1bn.")
    got = [(f.metric, f.entity) for f in extract_facts(text) if f.metric == "datacenter_revenue"]
    assert got == [("datacenter_revenue", "Intel")]


def test_a_buyer_s_part_of_the_demand_in_brackets_after_its_name() -> None:
    # bracketed_demand_share: Microsoft (20.2%), Google (16.6%) … in a sentence about demand: each buyer's share of the units
    # demanded (LABELLING.md I7), keyed by the world where the whole is the world's demand
    text = ("TITLE: TrendForce: AI servers\n\nTrendForce预估2024年高端AI服务器需求中,微软(20.2%)、Google(16.6%)、AWS(16%)与"
            "Meta(10.8%)合计将占全球需求逾6成。")
    got = [(f.metric, f.value, f.entity, f.item, f.of, f.region) for f in extract_facts(text)]
    assert got[:4] == [("share", 20.2, "Microsoft", "ai_server", "shipments", "GLOBAL"),
                       ("share", 16.6, "Alphabet", "ai_server", "shipments", "GLOBAL"),
                       ("share", 16.0, "Amazon", "ai_server", "shipments", "GLOBAL"),
                       ("share", 10.8, "Meta", "ai_server", "shipments", "GLOBAL")]
    # a vendor's market share in brackets stays a market share
    got = [(f.metric, f.entity) for f in extract_facts("2024年中国AI服务器市场份额:浪潮(50%)、新华三(12%)。", kind="market_report")]
    assert ("share", "Inspur") not in got


def test_each_of_a_group_after_a_word_of_hearsay_and_no_world_region() -> None:
    # EACH_GAP: 阿里巴巴和字节跳动据称各自有意订购超过20万颗H200: "reportedly" between the group and 各自 still says the one figure is
    # each company's; each company's fact leaves the region null (FACTS.md), not the world a market report's group figure had
    text = "TITLE: 英伟达H200对华出口\n\n阿里巴巴和字节跳动据称各自有意订购超过20万颗H200。"
    got = sorted((f.value, f.entity, f.item, f.region) for f in extract_facts(text, kind="market_report"))
    assert got == [(200000.0, "Alibaba", "H200", None), (200000.0, "ByteDance", "H200", None)]
    text = "TITLE: Omdia: GPU buyers\n\nGoogle (GOOG) and Meta (META) each deployed about 1.5M of their chips."
    got = sorted((f.entity, f.region) for f in extract_facts(text, kind="market_report"))
    assert got == [("Alphabet", None), ("Meta", None)]


def test_in_china_abbreviated_names_the_market_s_region() -> None:
    # aliases.toml regions.CN: 在华 ("in China") before a market's word is China, nearer the share than the US of the sentence
    text = ("TITLE: 中国拟批准H200进口：市场规模、份额\n\n英伟达首席执行官曾估计,中国 AI 芯片市场未来数年规模可达 500 亿美元。"
            "自 2022 年以来,美国出口限制将英伟达在华市场份额从约 95% 压至零。")
    got = [(f.metric, f.region, f.entity) for f in extract_facts(text) if f.metric == "market_share"]
    assert got == [("market_share", "CN", "Nvidia")]


def test_a_chip_model_s_list_price_is_its_maker_s() -> None:
    # 定价 is a price word; a chip model's price with no company in its sentence is its maker's (aliases.toml [items] maker),
    # not a lessor's rental price nor a price in a tender
    text = "TITLE: H200对华出口\n\nH200单卡定价2.7至2.8万美元。"
    assert [(f.metric, f.value, f.entity, f.item) for f in extract_facts(text)] == [("unit_price", 27500.0, "Nvidia", "H200")]
    text = "TITLE: 算力租赁\n\n单价水平:H800集群租赁价约8-10万元/P/年,昇腾集群约6-8万元/P/年;"
    assert [(f.metric, f.entity, f.item) for f in extract_facts(text)][:1] == [("unit_price", None, "H800")]


def test_money_a_company_has_invested_committed_or_set_aside_for_compute() -> None:
    # lexicons/metrics.toml: the perfect "has invested" (a sum so far), "committing" and "set aside" name an investment; a bare
    # past "invested … in capital expenditures" stays the quarter's capex
    cases = [("AWS has invested more than $108 billion in its infrastructure across the U.S. since 2011.",
              ("compute_investment", 1.08e11, "Amazon")),
             ("Vantage is committing more than $25 billion to build a 1.4-gigawatt artificial-intelligence campus in Texas.",
              ("compute_investment", 2.5e10, None)),
             ("SoftBank Group set aside JPY150 billion ($960 million) to upgrade its computing infrastructure.",
              ("compute_investment", 1.5e11, None)),
             # money put into data centres named after "in"; a figure "in data center revenue" stays the segment's
             ("Anthropic plans $50 billion in U.S. data centers, the company said.", ("compute_investment", 5e10, None)),
             ("Nvidia earned $30 billion in data center revenue.", ("datacenter_revenue", 3e10, "Nvidia"))]
    for text, want in cases:
        got = [(f.metric, f.value, f.entity) for f in extract_facts("TITLE: Data center investment\n\n" + text)
               if f.unit != "W"]
        assert got == [want], text
    text = ("TITLE: Micron fiscal Q4 2024 results\n\nMicron invested $3.08 billion in capital expenditures during the fourth "
            "quarter and $8.12 billion for the full fiscal year.")
    assert [f.metric for f in extract_facts(text)][:1] == ["capex"]


def test_spending_over_years_to_come_or_by_an_unlisted_company_is_an_investment_programme() -> None:
    # SPENDING_HORIZON: a sum spent by 2028 (or over the next years), or spent by a company the alias table does not list, is a
    # programme of investment in compute; a year's spending of a listed company stays its capex. "U.S." after "on" is no
    # proper name ending the sentence ($X on Nvidia.), and "an enormous" qualifies the amount.
    cases = [("Anthropic announced plans to spend $50 billion on U.S. AI infrastructure.", ("compute_investment", 5e10)),
             ("Meta said it will spend an enormous $600 billion on U.S. digital infrastructure by 2028.",
              ("compute_investment", 6e11)),
             ("Microsoft plans to spend $80 billion in fiscal year 2025 to expand its data center infrastructure.",
              ("capex", 8e10)),
             ("Amazon, Microsoft, Google, and Meta will collectively spend over $500 billion on infrastructure in 2026.",
              ("capex", 5e11))]
    for text, want in cases:
        got = [(f.metric, f.value) for f in extract_facts("TITLE: Data center digest\n\n" + text)]
        assert got == [want], text


def test_a_named_programme_or_campus_the_amount_sizes_and_deals_worth() -> None:
    # lexicons/metrics.toml [money_after_patterns]: the $11 billion Project Rainier supercluster, the upcoming $500 million Dojo
    # supercomputer, Google's $4 billion hyperscale campus; [money] "deals worth" (several deals): investments in compute
    cases = [("The recent $11 billion Project Rainier supercluster in Indiana is now live.", ("compute_investment", 1.1e10, None)),
             ("Tesla is building the upcoming $500 million Dojo supercomputer in Buffalo.", ("compute_investment", 5e8, None)),
             ("The deal includes Google's $4 billion hyperscale campus in West Memphis.",
              ("compute_investment", 4e9, "Alphabet")),
             ("Microsoft has signed deals worth more than $33 billion across providers.",
              ("compute_investment", 3.3e10, "Microsoft")),
             ("Nvidia posted $30 billion Data Center revenue.", ("datacenter_revenue", 3e10, "Nvidia"))]
    for text, want in cases:
        got = [(f.metric, f.value, f.entity) for f in extract_facts("TITLE: Data center digest\n\n" + text)]
        assert got == [want], text


def test_a_rate_grown_at_over_years_to_come_and_each_place_s_in_brackets() -> None:
    # FUTURE_YEARS_AFTER: the fastest growth at 20% over the next five years is a CAGR; the places after it each with its own
    # rate in a bracket (an alias of the place may open the bracket: Europe (EMEA, 13%)) are the same rate of the same market
    text = ("TITLE: IDC: AI infrastructure spending surpasses $100 billion by 2028\n\nGlobal spending on artificial intelligence "
            "(AI) infrastructure will cross the $100 billion mark by 2028, according to a report by IDC. IDC predicts that the "
            "Asia-Pacific region will experience the fastest growth at 20% over the next five years, followed by the U.S. (16%), "
            "Europe (EMEA, 13%) and China (11%).")
    got = [(f.metric, f.value, f.region) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("cagr", 20.0, None), ("cagr", 16.0, "US"), ("cagr", 13.0, None), ("cagr", 11.0, "CN")]


def test_a_share_of_the_market_in_a_market_report_and_servers_with_built_in_accelerators() -> None:
    # WHOLE_SPENDING_AFTER: "75 percent of the market" in a report sizing a market is a share of that market; aliases.toml:
    # servers with built-in accelerators are AI servers
    text = ("TITLE: IDC: AI infrastructure spending surpasses $100 billion by 2028\n\nGlobal spending on artificial "
            "intelligence (AI) infrastructure will cross the $100 billion mark by 2028. Cloud-based servers will account for "
            "75 percent of the market.")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("share", 75.0, "ai_server_market_size")]
    got = [(f.item, f.value) for f in extract_facts("Servers with built-in accelerators accounted for 58 percent of total "
                                                    "server spending.") if f.unit == "%"]
    assert got == [("ai_server", 58.0)]


def test_a_capex_round_up_s_tickers_expected_jump_and_forecast_from_a_company() -> None:
    # GOOG/L is Alphabet (aliases.toml); "a 79% expected jump in spending" is a growth noun after a word of expectation, of the
    # capex the round-up speaks of; "a $200 billion capex forecast from AMZN" is Amazon's
    text = ("TITLE: Hyperscaler capex now expected to top $600 billion\n\nCombined capital expenditures (capex) from the five "
            "firms are expected to exceed a staggering $600 billion in 2026. META announced a 79% expected jump in spending to "
            "roughly $125 billion just a week before GOOG/L unveiled plans to spend around $180 billion. It didn't take long "
            "for these outlays to be bested by a $200 billion capex forecast from AMZN.")
    got = [(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, published=date(2026, 2, 10))]
    assert got == [("capex", 6e11, None, None), ("yoy_growth", 79.0, "Meta", "capex"), ("capex", 1.25e11, "Meta", None),
                   ("capex", 1.8e11, "Alphabet", None), ("capex", 2e11, "Amazon", None)]


def test_a_lead_day_comes_after_the_results_its_sentence_reports() -> None:
    # periods._lead_day: 1月16日,台積電發佈了2024年第四季度的業績 is 2025-01-16 (the page comes after the quarter it reports);
    # a day after the period's end keeps the year named, and a year of no results (a conference) dates the day as before
    from connectors.periods import find_published
    cases = [("1月16日,台積電發佈了2024年第四季度的業績,顯示出令人矚目的增長。", date(2025, 1, 16)),
             ("3月20日,腾讯发布2023年年度业绩。", date(2024, 3, 20)),
             ("4月25日,公司发布2024年第一季度业绩。", date(2024, 4, 25)),
             ("9月24日,2024世界计算大会在长沙开幕。", date(2024, 9, 24))]
    for body, want in cases:
        assert find_published(f"SOURCE: https://example.com/x\nTITLE: t\n\n{body}") == want, body


def test_growth_over_an_amount_and_its_conversion_and_a_rate_s_metric_growth_noun_in_chinese() -> None:
    # previous_decision: a writer's conversion in brackets after the base (393億美元（約新台幣1.23兆元）) is that amount's, so the
    # growth after it is over the base; metric_before_noun: 75％的營收成長 (the rate, 的, the metric, its growth noun)
    text = ("TITLE: 輝達第四季營收\n\n輝達週三公佈最新業績報告，受惠於核心的資料中心業務75％的營收成長，2026會計年度第4季表現優於預期。"
            "輝達Q4總營收較去年同期的393億美元（約新台幣1.23兆元）成長了73％，來到681.3億美元（約新台幣2.13兆元）。")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text, published=date(2026, 2, 26))]
    assert got == [("yoy_growth", 75.0, "datacenter_revenue"), ("revenue", 3.93e10, None), ("yoy_growth", 73.0, "revenue"),
                   ("revenue", 6.813e10, None)]


def test_the_same_period_last_year_pins_no_last_year_of_an_undated_page() -> None:
    # periods.find_periods pinned_this_year: in an undated page, 預計2024年全年總支出……營運虧損將比去年同期大幅增加 names this year
    # (2024) beside "the same period last year"; it does not make 2024 the writer's last year (so its 全年 stays 2024)
    text = ("TITLE: Meta首季業績與全年資本開支指引\n\n【MD美股】Meta業績嚇窒市場,預告今年資本開支增、明年使費更大\n\n"
            "Meta預計,全年資本開支將在350億至400億美元,多於原先預期的300億至370億美元。\n\n"
            "由於基礎設施和法律成本上升,預計2024年全年總支出將在960億至990億美元之間,仍然預計營運虧損將比去年同期大幅增加。\n\n"
            "截至3月底止3個月,Meta首季收入364.55億美元,按年增加27%。")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.metric == "capex"]
    assert got == [("capex", 3.75e10, "2024"), ("capex", 3.35e10, "2024")]


def test_a_range_whose_low_bound_carries_the_writer_s_conversion() -> None:
    # numbers._UNIT_GLOSS: 1750億美元（約新台幣5.54兆元）至1850億美元 is one range (the bracket converts the low bound), not an
    # amount, its conversion and another amount
    text = "TITLE: Alphabet資本支出\n\n公司今年的資本支出目標為1750億美元（約新台幣5.54兆元）至1850億美元,遠高於預期。"
    got = [(f.metric, f.value, f.low, f.high) for f in extract_facts(text)]
    assert got == [("capex", 1.8e11, 1.75e11, 1.85e11)]


def test_an_investment_in_a_site_named_before_it_on_a_capex_page() -> None:
    # SITE_BUILT_BEFORE: on a page of capex round-ups a bare "investment" is capex, but not where the sentence names the
    # data-centre site being developed before it; "a projected cost of" sizes a site as "an estimated cost of" does
    text = ("TITLE: Data center capex and investment roundup\n\nDigital Connexion has signed an MoU to develop a 1GW data center "
            "campus in Visakhapatnam on a 400-acre site, with a planned investment of $11 billion through 2030.")
    got = [(f.metric, f.value) for f in extract_facts(text, kind="capex") if f.unit == "USD"]
    assert got == [("compute_investment", 1.1e10)]
    got = [(f.metric, f.value) for f in extract_facts("A second building will follow with a projected cost of $293.7 million "
                                                      "for the data center.")]
    assert got == [("compute_investment", 2.937e8)]


def test_the_parts_of_an_amount_that_go_to_each_use() -> None:
    # ALLOCATED_AFTER: 資本支出預算維持280億至320億美元,70%~80%用於先進製程,10%~20%用於特殊製程: each part of the capex budget just
    # stated that goes to a use is a share of capex, the next part of the list too
    text = ("TITLE: 台積電4月營收\n\n台積電表示,2024 年資本支出預算維持 280 億至 320 億美元,70%~80% 用於先進製程,10%~20% 用於特殊"
            "製程。")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text)]
    assert got == [("capex", 3e10, None), ("share", 75.0, "capex"), ("share", 15.0, "capex")]


def test_the_expectation_of_a_growth_after_the_amount_it_reached() -> None:
    # Google雲端部門營收成長48％，達到177億美元（約新台幣5604.7億元），高於分析師平均預期的35.2％: the analysts' expected growth, the
    # growth's keys, a forecast; "surpassing the consensus by 1.2%" is the margin it beat it by, no figure
    text = ("TITLE: Alphabet資本支出\n\n截至12月31日結束的Q4，Google雲端部門營收成長48％，達到177億美元（約新台幣5604.7億元），"
            "高於分析師平均預期的35.2％。")
    got = [(f.metric, f.value, f.of, f.basis) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("yoy_growth", 48.0, "revenue", "actual"), ("yoy_growth", 35.2, "revenue", "forecast")]
    text = ("TITLE: Micron results\n\nRevenue grew 46% to $11.32 billion, also surpassing the Zacks Consensus Estimate by 1.2%.")
    assert [(f.metric, f.value) for f in extract_facts(text) if f.unit == "%"] == [("yoy_growth", 46.0)]


def test_the_fiscal_year_ending_in_a_month_with_no_year_named() -> None:
    # periods y_ending_month_rel: "for the fiscal year ending in June" on a page of 2026-02-10 is Microsoft's FY2026 (the one
    # ending in that month on or after the page); a year named after the month keeps its own reading
    text = "TITLE: Hyperscaler capex\n\nBloomberg projects MSFT to spend around $105 billion for the fiscal year ending in June."
    assert [(f.metric, f.period) for f in extract_facts(text, published=date(2026, 2, 10))] == [("capex", "FY2026")]
    assert [f.period for f in extract_facts(text)] == [None]
    text = ("TITLE: Supermicro preliminary results\n\nSuper Micro announced preliminary results for the second quarter of the "
            "2025 fiscal year ending in December 2024. It expects net sales for Q2 to be between $5.6 billion and $5.7 billion.")
    assert [f.period for f in extract_facts(text, published=date(2025, 2, 12)) if f.metric == "revenue"] == ["FY2025Q2"]


def test_electrical_output_units_are_power() -> None:
    # lexicons/quantities.toml [power]: MWe and GWe (a plant's electrical output) are watts as MW and GW are
    from connectors.numbers import find_mentions
    got = [(m.value, m.unit) for m in find_mentions("an initial four-unit 320-MWe Xe-100 plant and 1.2 GWe more")]
    assert (3.2e8, "W") in got and (1.2e9, "W") in got


def test_power_a_data_centre_company_buys_is_its_data_centre_power() -> None:
    # lexicons/cues.toml [power_generation] no longer holds PPA: the power a purchase agreement supplies to a company's data
    # centres is its data-centre power (holdout82, 102, 104, 110 label it so: LABELLING.md open question 8); a solar farm's
    # output stays generation
    text = ("TITLE: Talen and Amazon expand nuclear deal\n\nTalen Energy and Amazon signed a power purchase agreement (PPA) that "
            "will supply up to 1,920 MW of carbon-free electricity to Amazon's data centers.")
    assert [(f.metric, f.value, f.entity) for f in extract_facts(text)] == [("datacenter_power", 1.92e9, "Amazon")]
    text = ("TITLE: Google's PPAs in Japan\n\nGoogle signed a PPA with Shizen Energy that will focus on the development of a 20MW "
            "utility-scale solar farm.")
    assert [f.metric for f in extract_facts(text)] == []


def test_a_part_of_the_total_spending_a_report_sizes() -> None:
    # TOTAL_SPENT_WHOLE: 部署在云環境中的服務器占市場總支出的75% in IDC's report on AI infrastructure spending: of that market
    text = ("TITLE: IDC:全球人工智能基礎設施支出\n\nIDC預計,到2028年全球人工智能基礎設施支出將超過1000億美元。"
            "其中部署在云環境中的服務器占市場總支出的75%。")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("share", 75.0, "ai_server_market_size")]


def test_a_mainland_growth_read_across_a_month_is_no_taiwan_usage() -> None:
    # lexicons/cues.toml [home_usage] 月增 (Taiwan's month-on-month): not inside 三个月增长15倍, a mainland "grew in three
    # months"; the page's bare 元 stays yuan
    text = ("TITLE: 商汤25H1业绩点评\n\n核心观点 - 公司25H1收入23.58亿元 同比增长35.48%。新应用用户规模三个月增长15倍。")
    got = [(f.metric, f.value, f.unit) for f in extract_facts(text) if f.metric == "revenue"]
    assert got == [("revenue", 2.358e9, "CNY")]


def test_a_two_digit_year_right_before_its_amount() -> None:
    # periods year2: 26年61.0亿元 in a broker's list of forecasts is 2026's (the year is no longer lost to the digits after
    # it); 25年1月 is not read as the year 2025 (a month of it, which no pattern reads with a two-digit year)
    text = "TITLE: 商汤25H1业绩点评\n\n盈利预测 - 维持25年营收预测48.3亿元 26年61.0亿元 上调27年营收预期至75.55亿元。"
    assert [f.period for f in extract_facts(text)] == ["2025", "2026", "2027"]
    from connectors.periods import find_periods
    assert [p.period for p in find_periods("25年1月营收达到10亿元", None) if p.period] == []


def test_a_company_off_the_entity_list_that_a_page_opens_with_keeps_its_calendar() -> None:
    # _unlisted_calendar_first: Arista (lexicons/calendars.toml, calendar year; not in aliases.toml) opens the page, which later
    # likens it to "the Supermicro of networking" (June year): its quarter ended in September is the calendar's 2023Q3
    text = ("TITLE: Where cloud and AI titans rule the network: Arista third quarter\n\nAs 2023 has progressed, the revenue "
            "growth projections at Arista Networks have inched up, and now, as it wraps up the third quarter ended in September, Arista is saying that it can grow by around 33 "
            "percent here in 2023.\nArista is somewhat akin to the Supermicro of networking.\nIn the quarter ended in September, "
            "revenues were $1.51 billion, up 28.3 percent.")
    assert [(f.metric, f.period) for f in extract_facts(text)] == [("revenue", "2023Q3"), ("yoy_growth", "2023Q3")]


def test_the_home_market_as_a_section_of_a_report_leaves_it_the_worlds() -> None:
    # SECTION_AFTER: 国内市场方面 opens the part of TrendForce's report on China; its world figures before stay GLOBAL
    text = ("TITLE: TrendForce:预计2022-2026年AI服务器出货量年复合增长\n\nTrendForce 集邦咨询今日发布报告称,截至 2022 年,"
            "预计搭载 GPGPU的 AI 服务器年出货量占整体服务器比重近 1%。国内市场方面,字节跳动采购力道最为显著,年采购占比达 6.2%。")
    assert next((f.value, f.region) for f in extract_facts(text)) == (1.0, "GLOBAL")


def test_moving_into_a_year_dates_the_sentence() -> None:
    # periods: "into 2023" names the year like "in 2023" (Moving into 2023, shipments … are projected to grow by 8%)
    text = ("TITLE: TrendForce on AI servers\n\nTrendForce estimates that in 2022, AI servers accounted for almost 1% of annual "
            "global server shipments. Moving into 2023, shipments of AI servers are projected to grow by 8% YoY.")
    assert [(f.metric, f.period) for f in extract_facts(text)] == [("share", "2022"), ("yoy_growth", "2023")]


def test_a_buyers_share_of_the_procurement_quantity_is_of_shipments() -> None:
    # lexicons/metrics.toml [of_only] tender_quantity: "procurement quantity" as 采购占比 (a buyer's part of all purchases)
    text = ("TITLE: TrendForce on AI servers\n\nAmong Chinese CSPs, ByteDance was the leader in the procurement of AI servers in "
            "2022. Its share in the annual global procurement quantity came to 6.2%.")
    assert [(f.metric, f.of) for f in extract_facts(text)] == [("share", "shipments")]


def test_a_word_that_opens_a_sentence_names_no_company_before_its_suffix() -> None:
    # _build_subject_patterns: 根据公司公告 is no company called 根据公司 (lexicons/cues.toml not_name_zh): the figures after it
    # stay the page's company's
    text = ("TITLE: 浪潮信息2023年三季报点评\n\n浪潮信息(000977.SZ) 计算机 2023年11月06日。根据公司公告,公司2023年第三季度实现营收"
            "232.99亿元。")
    assert [(f.metric, f.entity) for f in extract_facts(text)] == [("revenue", "Inspur")]


def test_the_part_of_spending_that_goes_to_an_item_is_a_share() -> None:
    # PART_GOES_TO opens a share with no share word (89 percent of spending was focused on servers), of the report's market
    text = ("TITLE: IDC: AI infrastructure spending\n\nGlobal spending on AI infrastructure reached $31.8 billion in the first "
            "half of 2024, according to IDC. In the first half of 2024, 89 percent of spending was focused on servers.")
    got = [(f.metric, f.value, f.item, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert got == [("share", 89.0, "server", "ai_server_market_size")]


def test_places_in_brackets_after_a_places_share_hold_the_next_parts() -> None:
    # WHOLE_SPENDING_AFTER after a place that opens its sentence (with nearly half of the spending: the place's share), then
    # bracketed_place_rate and followed_part: each next place's own part, keyed by its code (none for Asia Pacific, EMEA)
    text = ("TITLE: IDC: AI infrastructure spending\n\nGlobal spending on AI infrastructure reached $31.8 billion in the first "
            "half of 2024, according to IDC.\nThe United States remains the largest market for AI infrastructure, with nearly "
            "half of the spending in the first half of 2024. China (23%), Asia Pacific (16%) and Europe (EMEA, 10%) follow.")
    got = [(f.value, f.region, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert got == [(50.0, "US", "ai_server_market_size"), (23.0, "CN", "ai_server_market_size"),
                   (16.0, None, "ai_server_market_size"), (10.0, None, "ai_server_market_size")]


def test_a_vendors_bracketed_revenue_growth_in_a_tracker_is_its_slice_of_the_market() -> None:
    # VENDOR_BRACKET_GAP (LABELLING.md I8): 戴尔(营收增20.6%)与超微(增55%) in IDC's server tracker, as 戴尔(增长20.6%) is read — of the
    # market, keyed by the vendor, in the tracker's quarter (not Supermicro's fiscal one)
    text = ("TITLE: IDC全球服务器季度追踪:2024年第四季度市场、架构、区域与厂商\n\n根据IDC的《全球服务器季度追踪报告》,2024 年第四季度全球"
            "服务器市场收入达到创纪录的 773 亿美元,同比增长 91%。头部争夺战:戴尔(营收增20.6%)与超微(增55%)以7.2%与6.5%市占率并列第一。")
    got = [(f.entity, f.of, f.period) for f in extract_facts(text) if f.metric == "yoy_growth" and f.entity]
    assert got == [("Dell", "server_market_size", "2024Q4"), ("Supermicro", "server_market_size", "2024Q4")]


def test_places_listed_with_respectively_after_a_places_share_hold_parts_of_its_whole() -> None:
    # share_before_list: … China follows with 23%, while the Asia-Pacific Japan (APJ) region and Europe, the Middle East, and
    # Africa (EMEA) account for 16% and 10%, respectively — parts of the market the 23% is of, the uncoded places keying none
    # (aliases.toml: the Asia-Pacific Japan region is no Japan)
    text = ("TITLE: AI infrastructure spending to exceed $100 billion by 2028 (FutureIoT, IDC Worldwide Semiannual AI "
            "Infrastructure Tracker)\n\nThe global market for artificial intelligence (AI) infrastructure is poised for "
            "remarkable expansion, with spending expected to surpass $100 billion by 2028.\nGeographically, the United States "
            "leads the AI infrastructure market, accounting for nearly half of total spending in the first half of 2024. The "
            "People's Republic of China (PRC) follows with 23%, while the Asia-Pacific Japan (APJ) region and Europe, the Middle "
            "East, and Africa (EMEA) account for 16% and 10%, respectively.")
    got = [(f.value, f.region, f.of) for f in extract_facts(text) if f.unit == "%"]
    assert got == [(50.0, "US", "ai_server_market_size"), (23.0, "CN", "ai_server_market_size"),
                   (16.0, None, "ai_server_market_size"), (10.0, None, "ai_server_market_size")]


def test_the_whole_a_share_was_of_is_not_what_the_next_rates_count() -> None:
    # overall_item with not_whole: AI 服务器年出货量占整体服务器比重近 1%; 预估出货量同比增长可达 8%: the AI servers' shipments grow,
    # not all servers' (the 整体服务器 is the share's whole)
    text = ("TITLE: TrendForce:预计2022-2026年AI服务器出货量年复合增长\n\nTrendForce 集邦咨询今日发布报告称,截至 2022 年,预计搭载 GPGPU的 "
            "AI 服务器年出货量占整体服务器比重近 1%;2023 年预计在 ChatBot 相关应用加持下,预估出货量同比增长可达 8%;2022-2026 年复合增长率将达 10.8%。")
    assert [(f.metric, f.item) for f in extract_facts(text)] == [("share", "ai_server"), ("yoy_growth", "ai_server"),
                                                                   ("cagr", "ai_server")]


def test_a_component_a_thing_is_equipped_with_is_not_the_part_a_share_counts() -> None:
    # EQUIPPED_WITH_BEFORE: AI servers that are equipped with general-purpose GPUs (GPGPUs) accounted for almost 1% of annual
    # global server shipments — the AI servers' part, as 搭载 GPGPU的 AI 服务器……占整体服务器比重近 1% is read
    text = ("TITLE: TrendForce on AI servers\n\nTrendForce estimates that in 2022, AI servers that are equipped with "
            "general-purpose GPUs (GPGPUs) accounted for almost 1% of annual global server shipments.")
    assert [(f.metric, f.item, f.of) for f in extract_facts(text)] == [("share", "ai_server", "shipments")]


def test_its_share_and_the_ranks_following_are_the_companies_the_sentence_before_names() -> None:
    # ITS_OPENER (Its share … came to 6.2%: the company, and the item bought, of the sentence before) and NEXT_RANKS_OPENING
    # (Following ByteDance were Tencent, Alibaba, and Baidu that comprised … respectively): TrendForce's English release, read as
    # its traditional-Chinese copy (年採購佔比達6.2%,其次緊接在後的則是Tencent、Alibaba與Baidu,分別約為2.3%、1.5%與1.5%)
    text = ("TITLE: TrendForce on AI servers\n\nAmong Chinese CSPs, ByteDance was the leader in the procurement of AI servers in "
            "2022. Its share in the annual global procurement quantity came to 6.2%. Following ByteDance were Tencent, Alibaba, "
            "and Baidu that comprised around 2.3%, 1.5%, and 1.5% respectively.")
    got = [(f.value, f.entity, f.item, f.of, f.region) for f in extract_facts(text)]
    assert got == [(6.2, "ByteDance", "ai_server", "shipments", None), (2.3, "Tencent", "ai_server", "shipments", None),
                   (1.5, "Alibaba", "ai_server", "shipments", None), (1.5, "Baidu", "ai_server", "shipments", None)]


def test_buyers_shares_of_the_purchases_a_sentence_scopes_and_the_ranks_listed_after() -> None:
    # item_bought_in (2022 年 AI 服务器采购中: the buyers' part of those purchases, shipments — and, for the next sentence's
    # 年采购占比, the same item) and FOLLOWED_BY_LIST (紧随其后的是腾讯、阿里巴巴(1.5%)、百度(1.5%): each company's part of the same
    # whole, past a name that gives none): TrendForce's simplified-Chinese copy, read as its traditional-Chinese one
    text = ("TITLE: TrendForce:预计2022-2026年AI服务器出货量年复合增长\n\n报告指出,2022 年 AI 服务器采购中,北美四大云端厂商谷歌、"
            "亚马逊 AWS、Meta、微软合计占比 66.2%。国内市场方面,字节跳动采购力道最为显著,年采购占比达 6.2%,紧随其后的是腾讯、"
            "阿里巴巴(1.5%)、百度(1.5%)。")
    got = [(f.value, f.entity, f.item, f.of) for f in extract_facts(text)]
    assert got == [(66.2, None, "ai_server", "shipments"), (6.2, "ByteDance", "ai_server", "shipments"),
                   (1.5, "Alibaba", "ai_server", "shipments"), (1.5, "Baidu", "ai_server", "shipments")]


def test_a_respectively_list_of_metrics_reads_each_rate_as_its_own() -> None:
    # listed_metrics with OUT_OF_LIST: 收入、净利润分别同比下滑了45.64%和56.89%: the first rate is the revenue's (no longer skipped
    # for the net profit named in the list), the second the net profit's (outside the vocabulary)
    text = "TITLE: 润泽科技2024年报点评\n\n2025年3月,公司公告:2024年全年收入、净利润分别同比下滑了45.64%和 56.89%。"
    assert [(f.metric, f.value, f.of) for f in extract_facts(text)] == [("yoy_growth", -45.64, "revenue")]


def test_a_tender_amount_is_of_the_procurement_its_paragraph_names() -> None:
    # aliases.toml 人工智能通用计算设备 (the operators' tender name for AI servers) and PROJECT_AFTER_ITEM: on a page of two tenders
    # (its title names 通用服务器 last), 本次集采金额超过50亿元 is of the procurement the paragraph names
    text = ("TITLE: 三大运营商打响算力卡位战——中国移动推理型AI设备集采超50亿元,中国联通2025年通用服务器集采79.6亿元\n\n"
            "近日,中国移动2025年至2026年人工智能通用计算设备(推理型)集中采购项目中标结果出炉。据悉,本次集采金额超过50亿元,共分为6个标包。")
    got = [(f.metric, f.value, f.item) for f in extract_facts(text) if f.value == 5e9]
    assert got == [("tender_amount", 5e9, "ai_server")]


def test_the_next_clause_states_the_same_count_of_its_own_subject() -> None:
    # parallel_count: …Meta 出貨量預估150 萬至200 萬,亞馬遜AWS Trainium 2 預估140 萬至150 萬: the second clause's count is shipped too,
    # by its own subject, its counter left out as the first's (Nomura's ASIC note; the other copy writes 一四○萬至一五○萬台)
    text = ("TITLE: 野村:2025年ASIC出貨\n\n2025 年Meta MTIA 出貨量預估150 萬至200 萬,亞馬遜AWS Trainium 2 預估140 萬至150 萬。")
    got = [(f.metric, f.value, f.entity) for f in extract_facts(text)]
    assert got == [("shipments", 1.75e6, "Meta"), ("shipments", 1.45e6, "Amazon")]


def test_chips_bought_by_a_company_are_its_own() -> None:
    # BOUGHT_BY_AFTER: The tech giant bought 485,000 … Hopper chips this year, … well above 224,000 chips bought by Meta: the
    # base of the comparison is the buyer's the passive names (no bound: its "above" is the comparison's)
    text = ("TITLE: Omdia on Nvidia's biggest buyers\n\nMicrosoft bought 485,000 of Nvidia's Hopper chips this year, Omdia "
            "analysts estimated, well above 224,000 chips bought by Meta.")
    got = [(f.value, f.entity, f.qualifier) for f in extract_facts(text) if f.metric == "accelerator_count"]
    assert got == [(485000.0, "Microsoft", None), (224000.0, "Meta", None)]


def test_infrastructure_for_ai_is_the_ai_infrastructure_market() -> None:
    # lexicons/metrics.toml [money_patterns]: "hardware infrastructure for AI" is "AI infrastructure" in the other word order
    text = ("TITLE: AI infrastructure spending surpasses $100 billion by 2028\n\nIn the first half of 2024, hardware "
            "infrastructure for AI accounted for $31.8 billion, according to IDC.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text) if f.value == 3.18e10]
    assert got == [("ai_server_market_size", 3.18e10, "2024H1")]


def test_the_ai_infrastructure_market_with_the_writers_gloss_inside() -> None:
    # lexicons/metrics.toml: 人工智能(AI)基礎設施市場 (a gloss inside the name) is the AI-infrastructure market, whose 相關支出 the
    # later clause sizes
    text = ("TITLE: IDC:全球AI基礎設施支出\n\n根據國際數據公司(IDC)發布的報告顯示,全球人工智能(AI)基礎設施市場正迎來空前增長,預計到2028年,"
            "相關支出將突破1000億美元大關。")
    assert [(f.metric, f.value, f.period) for f in extract_facts(text)] == [("ai_server_market_size", 1e11, "2028")]


def test_a_mixture_of_experts_total_and_active_parameters() -> None:
    # lexicons/quantities.toml [model_units]: 总参数 / 激活参数 (total and active parameters) count a model's parameters, after a
    # letter scale (355B总参数) or a Chinese one (1.04 万亿个总参数)
    text = "TITLE: GLM-4.5 与 Kimi K2\n\nGLM-4.5:355B总参数,32B激活参数。Kimi K2 拥有 1.04 万亿个总参数。"
    got = [(f.metric, f.value) for f in extract_facts(text)]
    assert got == [("model_parameters", 3.55e11), ("model_parameters", 3.2e10), ("model_parameters", 1.04e12)]


def test_a_chip_model_in_the_plural_is_a_count_of_it() -> None:
    # lexicons/quantities.toml [counts] en: A100s, H100s, H200s … (trained on 16K H100s: the letter scale before a count noun)
    text = "TITLE: Frontier training compute\n\nLlama-3-405b was trained on 16K H100s. xAI bought 100,000 H200s."
    got = [(f.metric, f.value, f.item) for f in extract_facts(text) if f.metric == "accelerator_count"]
    assert got == [("accelerator_count", 16000.0, "H100"), ("accelerator_count", 100000.0, "H200")]


def test_a_training_cost_of_a_model_off_the_table_keys_none() -> None:
    # the model-metric guard: 訓練成本 names its metric itself, so a model off the alias table (DeepSeek V3) keys no entity
    # (LABELLING.md E1) rather than losing the figure; the training cost of large models in general (大模型) is no model's
    text = ("TITLE: DeepSeek R1成本\n\n其V3模型的訓練成本為560 萬美元。業界估計,AI 大模型训练成本将上升至百亿美元。")
    assert [(f.metric, f.value, f.entity) for f in extract_facts(text)] == [("training_cost", 5.6e6, None)]


def test_accelerator_supply_counts_and_prices_in_their_press_wordings() -> None:
    # (holdout118: the Financial Times' H100 and H20 estimates as the trade press retold them)
    text = ("According to Financial Times, it is estimated that Nvidia will sell over half a million of its high-end H100 "
            "compute GPUs in 2023. Insiders have revealed that approximately 550,000 units of Nvidia’s latest H100 compute "
            "GPUs will be shipped globally in 2023.")
    assert [(f.metric, f.value, f.entity, f.item, f.period) for f in extract_facts(text)] == [
        ("shipments", 5e5, "Nvidia", "H100", "2023"), ("shipments", 5.5e5, "Nvidia", "H100", "2023")]
    text = "Each Nvidia H100 80GB HBM2E compute GPU add-in-card retails for around $30,000 in the United States."
    assert [(f.metric, f.value, f.entity, f.item) for f in extract_facts(text)] == [("unit_price", 3e4, "Nvidia", "H100")]
    text = "With an average price of $12,000 per NVIDIA H20 GPU, the revenue will boost profits."
    assert [(f.metric, f.value, f.entity, f.item) for f in extract_facts(text)] == [("unit_price", 1.2e4, "Nvidia", "H20")]
    text = "价格更是一路走高,H100目前已经卖到3.5万美元左右,而且很多时候是有钱也买不到。"
    assert [(f.metric, f.value, f.entity, f.item) for f in extract_facts(text)] == [("unit_price", 3.5e4, "Nvidia", "H100")]


def test_a_places_demand_for_a_chip_and_another_makers_chips_bought_are_no_makers_figures() -> None:
    text = "NVIDIA AI加速卡的热度不可否认。有分析指出,全球对H100的需求量高达43.2万块,但交付周期需要长达3-6个月"
    assert [(f.metric, f.value, f.region, f.entity, f.item) for f in extract_facts(text)] == [
        ("shipments", 4.32e5, "GLOBAL", None, "H100")]
    text = ("When NVIDIA began preparing the H20 GPU for the Chinese market, the company expected high demand. NVIDIA is "
            "projected to sell over one million H20 GPUs in China. This number surpasses the planned acquisition of \"only\" "
            "550,000 home-grown Huawei Ascend 910B accelerators by Chinese companies.")
    assert [(f.metric, f.value, f.region, f.entity, f.item) for f in extract_facts(text) if f.value == 5.5e5] == [
        ("accelerator_count", 5.5e5, "CN", None, "Ascend 910B")]


def test_revised_chip_volume_estimates_and_a_share_compared_with_an_earlier_years() -> None:
    # (holdout118: BofA's ASIC note in udn)
    text = ("美銀也上調亞馬遜Trainium的預估需求，將2026年的預估量由200萬顆上修至210萬顆，2027年的預估由260萬顆調高到300萬顆，"
            "因為亞馬遜的資本支出已高度集中在AWS投資上，2025年AWS占總資本支出達74%，遠高於2020年的25%。")
    assert [(f.metric, f.value, f.period, f.entity) for f in extract_facts(text)] == [
        ("shipments", 2e6, "2026", "Amazon"), ("shipments", 2.1e6, "2026", "Amazon"),
        ("shipments", 2.6e6, "2027", "Amazon"), ("shipments", 3e6, "2027", "Amazon"),
        ("share", 74.0, "2025", "Amazon"), ("share", 25.0, "2020", "Amazon")]


def test_slashed_lists_of_chip_volumes_and_the_list_they_are_compared_with() -> None:
    text = ("Morgan Stanley’s Asia semiconductor team now expects “~5mn/~7mn TPUs to be produced in ’27/’28, up from "
            "~3mn/3.2mn previously.”")
    assert [(f.metric, f.value, f.period, f.entity, f.qualifier) for f in extract_facts(text)] == [
        ("shipments", 5e6, "2027", "Alphabet", "~"), ("shipments", 7e6, "2028", "Alphabet", "~"),
        ("shipments", 3e6, "2027", "Alphabet", "~"), ("shipments", 3.2e6, "2028", "Alphabet", "~")]


def test_a_chip_familys_shipments_are_its_makers_not_the_pages_subjects() -> None:
    text = ("JPMorgan has maintained its rating on Taiwan Semiconductor Manufacturing. JPMorgan anticipates TPU shipments "
            "will reach 2.5 million units in 2026 (up 38% year-over-year). Rubin GPU production is projected at "
            "approximately 2.9 million units in 2026.")
    assert [(f.metric, f.value, f.entity) for f in extract_facts(text)] == [
        ("shipments", 2.5e6, "Alphabet"), ("yoy_growth", 38.0, "Alphabet"), ("shipments", 2.9e6, "Nvidia")]
    # (servers built on the chips are no chip maker's count)
    text = "預估2023~24年AI伺服器(A100/H100/MI300爲主)出貨量分別達17.6萬臺、45萬臺,年增率分別爲47%、156%。"
    assert {f.entity for f in extract_facts(text) if f.metric == "shipments"} == {None}


def test_chip_orders_with_a_foundry_sales_modules_and_cards_a_board_holds() -> None:
    # (holdout118: MoneyDJ on Nvidia's H20 order, an expert call on GPU supply)
    text = ("市場謠傳,中國客戶對AI繪圖處理器(GPU)「H20」的強勁需求,讓本想靠手上庫存因應的輝達(Nvidia Corp.)改變主意,上週緊急向台積電"
            "(2330)下單、一口氣訂購30萬顆H20晶片組。根據美國研究機構SemiAnalysis分析,輝達去(2024)年約賣出100萬顆H20。")
    assert [(f.metric, f.value, f.period, f.region, f.entity, f.item) for f in extract_facts(text)] == [
        ("accelerator_count", 3e5, None, None, "Nvidia", "H20"), ("shipments", 1e6, "2024", None, "Nvidia", "H20")]
    text = "交付模式: 部分客户直接采购HGX B200八卡基板(确认收入周期较短,预计到2025年1月底发出约2万模组,相当于十几万张B200卡)。"
    assert [(f.metric, f.value, f.period) for f in extract_facts(text)] == [("shipments", 2e4, "2025-01")]


def test_training_compute_of_unnamed_models_in_a_thread_about_training_runs() -> None:
    # (holdout117: a LessWrong thread; the figures of the sentences that name no model key none, E1)
    text = ("Do you have a citation for the claim that Gemini 1.0 Ultra trained for 1e26 FLOPs? I had searched all around "
            "but can’t find any information on its compute cost.\nI originally saw the estimate from EpochAI, which I think "
            "was either 8e25 FLOPs or 1e26 FLOPs, but I’m either misremembering or they changed the estimate, since "
            "currently they list 5e25 FLOPs.")
    assert sorted((f.value, f.entity or "") for f in extract_facts(text) if f.metric == "training_compute") == [
        (5e25, ""), (8e25, ""), (1e26, ""), (1e26, "Gemini 1.0 Ultra")]
    # (no training spoken of: an amount of work in FLOP keys no model)
    assert extract_facts("The binding minimum requirement for GPU computing power is 3.133 × 10²⁵ FLOPs.") == []


def test_a_models_other_size_in_its_sentence_is_another_variant_not_a_rival_reading() -> None:
    text = "Llama 3 was trained with 8B parameters, while its flagship reportedly has over 405B parameters."
    assert [(f.value, f.qualifier) for f in extract_facts(text)] == [(8e9, None), (4.05e11, ">")]


def test_a_models_size_written_after_its_name_is_its_parameter_count() -> None:
    text = "Benchmarks compare GPT-3 175B with the previous leader, Llama 70B, and with Llama-3-405b and Qwen2-72B."
    assert [(f.metric, f.value, f.entity) for f in extract_facts(text)] == [
        ("model_parameters", 1.75e11, "GPT-3"), ("model_parameters", 7e10, "Llama"), ("model_parameters", 4.05e11, "Llama 3"),
        ("model_parameters", 7.2e10, "Qwen2")]
    # (a chip line's model number is no size; nor is a bare figure after an article)
    assert [f.metric for f in extract_facts("The Huawei Ascend 910B boasts a rating of over 5,000 TeraFLOPS.")] == []
    assert find_mentions("The 70B figure") == []


def test_a_context_window_counted_in_tokens_is_no_training_data() -> None:
    text = "Qwen3 在超过 30 万亿个 token 上进行预训练,并利用高质量文档将 Qwen3 的原生上下文窗口扩展至32K tokens。"
    assert [(f.metric, f.value, f.entity) for f in extract_facts(text)] == [("training_tokens", 3e13, "Qwen3")]


def test_training_compute_typeset_in_tex_math_on_a_list_whose_intro_names_flop() -> None:
    # (holdout117: a glossary page typeset with MathJax; the dollar signs delimit the math)
    text = ("Compute milestones (training FLOPs, public estimates from Epoch AI):\n- GPT-2 (2019): $1.5 \\times 10^{21}$\n"
            "- GPT-4 (2023): ~$2 \\times 10^{25}$\nA single dense H100 delivers $\\sim 10^{15}$ BF16 FLOP/s sustained; "
            "$10^{26}$ FLOPs therefore needs $10^{11}$ GPU-seconds.")
    assert [(f.metric, f.value, f.unit, f.entity, f.qualifier) for f in extract_facts(text)] == [
        ("training_compute", 1.5e21, "FLOP", "GPT-2", None), ("training_compute", 2e25, "FLOP", "GPT-4", "~"),
        ("training_compute", 1e26, "FLOP", None, None)]
    assert [(pytest.approx(m.value), m.unit, m.low, m.high) for m in find_mentions("aiming at $10^{26}$–$10^{27}$ by 2026")] == [
        (5.5e26, None, 1e26, 1e27)]


def test_a_plans_base_this_year_on_an_undated_page_and_what_companies_put_in() -> None:
    text = ("Citing people familiar with the matter, the report said ByteDance’s preliminary capital expenditure plan for "
            "2026 totals RMB 160 billion (approximately USD 23 billion), up from about RMB 150 billion this year.")
    assert [(f.metric, f.value, f.period) for f in extract_facts(text)] == [("capex", 1.6e11, "2026"), ("capex", 1.5e11, "2025")]
    text = ("字节跳动明年资本开支计划1600亿元。不过,与美国大型科企相比,有关支出仍相形见绌,微软、Alphabet、亚马逊和Meta等今年在建立支撑"
            "AI模型和产品的数据中心方面就投入了超过3,000亿美元")
    assert [(f.metric, f.value, f.entity, f.qualifier) for f in extract_facts(text) if f.value == 3e11] == [
        ("capex", 3e11, None, ">")]


def test_the_kind_of_compute_an_operator_plans_and_a_markets_sales_named_by_its() -> None:
    text = ("运营商明确算力建设重点,中国移动规划累计34 EFLOPS预训练算力资源,并根据需求弹性扩容推理算力。中國移動表示指引的2025年累積"
            "34 EFLOPS的算力規劃主要用於預訓練,對推理相關資源的投入根據市場需求不設上限。")
    assert {(f.metric, f.value, f.entity) for f in extract_facts(text)} == {
        ("intelligent_compute_capacity", 3.4e19, "China Mobile")}
    text = "与此同时,服务器中的AI加速器市场开始加快发展——其目前的销售额高达210亿美元,预计到2028年将增长到330亿美元"
    assert [(f.metric, f.value, f.entity) for f in extract_facts(text)] == [
        ("ai_compute_market_size", 2.1e10, None), ("ai_compute_market_size", 3.3e10, None)]


def test_of_which_is_of_the_amount_stated_not_of_the_base_it_is_compared_with() -> None:
    text = ("据英国《金融时报》引述消息报道,TikTok母公司字节跳动已初步计划在2026年投入1,600亿人民币的资本支出,高于今年的1500亿元"
            "人民币,以用于建设AI基础设施,其中约一半将用于采购先进半导体,以开发AI模型和应用。")
    assert [(f.metric, f.value, f.period) for f in extract_facts(text, published=date(2025, 12, 23))] == [
        ("capex", 1.6e11, "2026"), ("capex", 1.5e11, "2025"), ("share", 50.0, "2026")]


def test_tokens_of_a_models_corpus_are_training_data_tokens_served_or_supported_are_not() -> None:
    text = ("Qwen3 在超过 30 万亿个 token 上进行预训练。Qwen3 的基础建立在前所未有的语料之上——超过 36 万亿个 token,覆盖 119+ 种语言"
            "和方言。")
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("training_tokens", 3e13), ("training_tokens", 3.6e13)]
    text = "大模型训练成本下降。该平台日均Token调用量超过30万亿个tokens,其新模型支持 200k tokens。"
    assert extract_facts(text) == []


def test_what_building_a_model_cost_is_its_training_cost() -> None:
    text = ("DeepSeek在周三发表的一篇论文中,公布了其R1模型的建构成本仅花费了24.9万美元。无论如何,这仍然只是OpenAI等公司建立模型所花费的"
            "一小部分,OpenAI执行长奥特曼本人估计GPT-4的成本超过1亿美元")
    assert [(f.metric, f.value, f.entity, f.qualifier) for f in extract_facts(text)] == [
        ("training_cost", 2.49e5, None, None), ("training_cost", 1e8, "GPT-4", ">")]


def test_a_count_of_chips_with_a_quoted_name_before_the_noun() -> None:
    text = "The company’s homegrown Inflection-1 LLM was trained on 3,500 Nvidia “Hopper” H100 GPUs as part of its tests."
    assert [(f.metric, f.value, f.item) for f in extract_facts(text)] == [("accelerator_count", 3500.0, "H100")]


def test_of_which_after_a_base_named_by_another_money_word() -> None:
    text = ("TikTok母公司字節跳動正加碼AI軍備競賽,初步規劃2026年資本支出上看人民幣1600億元,較今年AI基礎建設投資約人民幣1500億元再提高"
            "一個檔次,其中約一半將用於採購先進半導體,支撐自家AI模型與應用布局")
    assert [(f.metric, f.value, f.period, f.of) for f in extract_facts(text) if f.metric == "share"] == [
        ("share", 50.0, "2026", "capex")]


def test_a_company_glued_to_the_sentence_before_by_a_lost_full_stop() -> None:
    text = ("However, despite their initiatives to innovate independently, their chip purchases remain substantialAmazon has "
            "procured approximately 196,000 Hopper chips, while Google’s procurement reached around 169,000 units.")
    assert [(f.value, f.entity) for f in extract_facts(text) if f.value == 1.96e5] == [(1.96e5, "Amazon")]


def test_chips_put_into_production_and_racks_ordered_are_shipments() -> None:
    text = ("依版本別推估,第二個強化版本為主力,出貨量約 150 萬顆。若以投片主體區分,AWS 預計自行投片約 40 萬顆,世芯-KY 負責約 120 萬顆,"
            "Marvell 約 10 萬顆。")
    assert {f.metric for f in extract_facts(text)} == {"shipments"}
    assert [f.value for f in extract_facts(text)][1:] == [4e5, 1.2e6, 1e5]
    text = "甲骨文的财报表现成为NVIDIA和AI相关供应链的利多催化剂,大摩预期2026年有2.8万台NVL 72服务器机柜订单。"
    assert [(f.metric, f.value, f.period) for f in extract_facts(text)] == [("shipments", 2.8e4, "2026")]


def test_an_order_of_custom_chips_a_seller_received_is_its_customers_investment() -> None:
    text = "在AI ASIC部分,博通已从三大云计算客户之外的第四位客户手中获得100亿美元的定制化AI芯片(公司称为XPU)订单。"
    assert [(f.metric, f.value, f.entity) for f in extract_facts(text)] == [("compute_investment", 1e10, None)]
    text = "Broadcom has secured a $10 billion order for custom AI chips from a fourth customer."
    assert [(f.metric, f.value, f.entity) for f in extract_facts(text)] == [("compute_investment", 1e10, None)]


def test_canadas_dollar_and_europes_other_currencies_are_read_by_sign_code_or_name() -> None:
    # quantities.toml [currency]: CA$/C$ and the ISO codes (CZK, CHF, SEK …) before the number, names after it
    got = extract_facts("The government said it would invest CA$2 billion in AI compute capacity for data centers. "
                        "Sweden's state will invest 2.4 billion kronor in a national AI supercomputer.")
    assert [(f.metric, f.value, f.unit) for f in got] == [("compute_investment", 2e9, "CAD"), ("compute_investment", 2.4e9, "SEK")]


def test_public_money_allocated_or_set_apart_for_a_machine_is_an_investment_in_compute() -> None:
    text = ("TITLE: Fugaku Next supercomputer budget\n\n"
            "For the development of the supercomputer, the ministry will allocate 4.2 billion yen. "
            "Total government funding for the system will exceed 110 billion yen.\n\n"
            "Of that sum, up to CA$700m will be allocated to support new data centers. "
            "The final CA$1 billion will be used to build public supercomputing infrastructure.")
    got = [(f.metric, f.value, f.unit, f.qualifier) for f in extract_facts(text)]
    assert got == [("compute_investment", 4.2e9, "JPY", None), ("compute_investment", 1.1e11, "JPY", ">"),
                   ("compute_investment", 7e8, "CAD", None), ("compute_investment", 1e9, "CAD", None)]


def test_allocating_money_to_property_is_capital_spending_and_a_bare_allocation_elsewhere_nothing() -> None:
    # the money's use named after it decides, as for every bare investment word (BARE_INVESTMENT)
    got = extract_facts("Analysts expect Microsoft to allocate $63.2 billion toward property and equipment in fiscal 2025.")
    assert [(f.metric, f.value) for f in got] == [("capex", 63.2e9)]
    assert extract_facts("TITLE: Buybacks\n\nThe board will allocate $5 billion to share repurchases over the year.") == []


def test_a_projects_budget_outside_a_procurement_is_its_investment_but_a_years_capex_budget_is_capex() -> None:
    got = extract_facts("The total budget for the implementation of this project amounts to CZK 15 billion, most of which "
                        "will be used for the acquisition of the successor to the LUMI supercomputer.")
    assert [(f.metric, f.value, f.unit) for f in got] == [("compute_investment", 15e9, "CZK")]
    got = extract_facts("TITLE: 廣達法說會\n\n資本支出:前九月113億元,2025年預算維持200億元,2026年資本支出將再提升。")
    assert ("compute_investment", 2e10) not in [(f.metric, f.value) for f in got]


def test_on_a_supercomputers_page_a_rate_or_a_power_with_no_word_of_its_own_is_the_machines() -> None:
    text = ("TITLE: FugakuNEXT: RFP performance requirements\n\n"
            "FugakuNEXT is the follow-on flagship supercomputer for Japan after Fugaku.\n"
            "- Over 3,400 nodes3 and 15K GPUs4\n- 2.6 EFLOPS FP642\n- 600 EFLOPS FP8 with 2:1 sparsity2\n"
            "- Less than 40 MW5 (target 30 MW)4\n"
            "Each node has a GPU of 3.4 teraflops.")
    got = [(f.metric, f.value) for f in extract_facts(text)]
    assert got == [("accelerator_count", 15000.0), ("supercomputing_capacity", 2.6e18), ("intelligent_compute_capacity", 6e20),
                   ("datacenter_power", 4e7), ("datacenter_power", 3e7)]
    # a page about an AI computing centre keeps its own reading (数字龙江智算中心: its 超算系统 is AI compute)
    got = extract_facts("TITLE: 数字龙江智算中心一期揭牌\n\n就在这里,60P的一期超算系统刚刚揭牌。更让人期待的400P三期项目,预计投资20亿元。")
    assert ("supercomputing_capacity", 4e17) not in [(f.metric, f.value) for f in got]


def test_peak_double_precision_performance_names_a_supercomputers_capacity() -> None:
    got = extract_facts("The Horizon machine will see a downshift from an expected 400 petaflops of peak FP64 floating point "
                        "performance down to 300 petaflops.")
    assert ("supercomputing_capacity", 3e17) in [(f.metric, f.value) for f in got]


def test_a_span_that_from_opens_before_a_comma_dates_the_sentence_and_a_move_from_a_year_keeps_its_end() -> None:
    text = ("From 2026 to 2029, more than $7.9 billion will be deployed in data centers, including $5.5 billion in capital "
            "expenditure for AI and cloud infrastructure, and $2.4 billion in local operating costs.")
    got = [(f.metric, f.value, f.period) for f in extract_facts(text)]
    assert got == [("compute_investment", 7.9e9, "2026-2029"), ("capex", 5.5e9, "2026-2029")]
    got = extract_facts("微软计划从2026年到2029年在阿联酋的云与AI基础设施上的资本支出超55亿美元。")
    assert [(f.metric, f.value, f.period) for f in got] == [("capex", 5.5e9, "2026-2029")]
    got = extract_facts("Global demand for data center capacity could rise at an annual rate of between 19 and 22 percent from "
                        "2023 to 2030 to reach an annual demand of 171 to 219 gigawatts (GW).")
    assert ("datacenter_power", 1.95e11, "2023-2030") not in [(f.metric, f.value, f.period) for f in got]  # (the move's end)


def test_a_total_spend_between_a_year_and_the_end_of_another_is_of_that_span_and_an_equity_stake_is_out() -> None:
    got = extract_facts("Between 2023 and the end of 2025, Microsoft's total spend in the UAE on data centers will already "
                        "exceed $7.3 billion including a $1.5 billion equity investment in G42.")
    assert [(f.metric, f.value, f.period, f.qualifier) for f in got] == [("compute_investment", 7.3e9, "2023-2025", ">")]


def test_a_half_glued_to_a_relative_year_narrows_it_and_a_thousand_kw_is_a_megawatt() -> None:
    got = extract_facts("印度的數據中心，其中超過120千瓩（MW）的容量將於今年下半年上線。", published=date(2026, 2, 19))
    assert [(f.metric, f.value, f.period, f.qualifier) for f in got] == [("datacenter_power", 1.2e8, "2026H2", ">")]


def test_the_nordic_crowns_as_the_financial_times_writes_them() -> None:
    got = extract_facts("Brookfield has announced an investment of up to Skr95bn ($10bn) to develop AI infrastructure in Sweden.")
    assert [(f.metric, f.value, f.unit) for f in got] == [("compute_investment", 9.5e10, "SEK")]


def test_a_business_lines_growth_is_of_its_sales_also_on_a_page_read_as_a_market_report_and_keyed_by_its_item() -> None:
    # the title's 占比 makes the page a market report; the lines still grow their maker's sales (LABELLING.md I9)
    text = ("TITLE: 与非网 工业富联2025年前三季度:云服务商业务、交换机与云计算占比\n\n"
            "云服务商业务(占比云计算业务70%)同比增长超150%,第三季度单季同比增长逾2.1倍;"
            "交换机业务第三季度同比增长100%。")
    got = [(f.metric, f.value, f.of, f.item) for f in extract_facts(text) if f.metric == "yoy_growth"]
    assert got == [("yoy_growth", 150.0, "revenue", None), ("yoy_growth", 210.0, "revenue", None),
                   ("yoy_growth", 100.0, "revenue", "switch")]


def test_a_share_of_data_center_demand_is_a_share_of_their_power() -> None:
    got = extract_facts("AI workloads already account for 14% of global data center demand.")
    assert [(f.metric, f.value, f.of, f.region) for f in got] == [("share", 14.0, "datacenter_power", "GLOBAL")]


def test_the_previous_quarters_amount_named_before_it_is_of_the_quarter_before() -> None:
    got = extract_facts("Micron reported revenue of $5.82 billion for the second quarter of fiscal 2024, up from the prior "
                        "quarter’s $4.73 billion.")
    assert [(f.metric, f.value, f.period) for f in got] == [("revenue", 5.82e9, "FY2024Q2"), ("revenue", 4.73e9, "FY2024Q1")]


def test_a_countrys_demonym_and_europes_other_countries_name_the_region() -> None:
    got = extract_facts("TITLE: Bitkom: German data-centre capacity to exceed 5,000 MW by 2030\n\n"
                        "German data-centre capacity is to exceed 5,000 MW by 2030.")
    assert [(f.metric, f.value, f.region) for f in got] == [("datacenter_power", 5e9, "DE")]
    got = extract_facts("Stargate Norway plans for an initial capacity of 230MW at its site near Narvik.")
    assert [(f.metric, f.value, f.region) for f in got] == [("datacenter_power", 2.3e8, "NO")]
    # a province named after a demonym is the province (British Columbia is Canada's)
    got = extract_facts("TITLE: IREN sites\n\nIREN's data centres in British Columbia draw 160MW of power.")
    assert "GB" not in [f.region for f in got]


def test_an_agreement_an_amount_is_the_worth_of_for_compute_named_after_it_is_an_investment_in_compute() -> None:
    got = extract_facts("OpenAI和Cerebras簽署了一項價值100億美元的多年協議，OpenAI將採用這家新創公司的運算硬體。")
    assert [(f.metric, f.value, f.entity) for f in got] == [("compute_investment", 1e10, "OpenAI")]


def test_a_slash_fraction_after_of_which_is_a_share_of_the_count_before() -> None:
    got = extract_facts("美方計劃每年核准出口最多50萬顆先進AI晶片至阿聯，其中1/5預定供應給阿布達比的AI巨擘G42。")
    assert [(f.metric, f.value, f.region, f.of) for f in got] == [("accelerator_count", 5e5, "AE", None),
                                                               ("share", 20.0, "AE", "accelerator_count")]


def test_a_typographic_hyphen_inside_a_name_or_a_unit_is_a_hyphen() -> None:
    got = extract_facts("Horizon will house 1 million CPU cores and 4,000 NVIDIA Grace\u2011Blackwell GPUs. Applied Digital "
                        "energized its first 100\u2011megawatt data center building in North Dakota.")
    assert [(f.metric, f.value) for f in got] == [("accelerator_count", 4000.0), ("datacenter_power", 1e8)]


def test_a_ratio_after_a_share_word_splits_the_whole_into_two_shares_and_a_time_is_no_ratio() -> None:
    got = extract_facts("市場預估2026年GPU與ASIC出貨占比約8：2。")
    assert [(f.metric, f.value, f.of, f.qualifier) for f in got] == [("share", 80.0, "shipments", "~"),
                                                                    ("share", 20.0, "shipments", "~")]
    assert extract_facts("市場預估2026年GPU與ASIC出貨占比約8:20。") == []  # (8 and 20 sum to neither ten nor a hundred)


def test_the_part_of_an_investment_a_funder_bears_is_a_share_of_it() -> None:
    text = ("TITLE: 捷克爭取歐盟AI超級工廠\n\n該AI超級工廠倡議將透過融資工具提供支持,歐盟預計投入200億歐元資金,"
            "其中65%的成本將由民間投資者承擔。")
    got = [(f.metric, f.value, f.unit, f.of) for f in extract_facts(text)]
    assert got == [("compute_investment", 2e10, "EUR", None), ("share", 65.0, "%", "compute_investment")]
    text = ("The total budget for the implementation of the LUMI successor supercomputer amounts to CZK 15 billion, half of "
            "which will be covered by the Ministry of Education.")
    assert ("share", 50.0, "compute_investment") in [(f.metric, f.value, f.of) for f in extract_facts(text)]


def test_a_share_of_a_computing_capacity_or_of_data_centres_it_capacity_names_its_whole() -> None:
    got = extract_facts("截至去年,柔佛占马来西亚在线IT产能的79%。", published=date(2025, 6, 1))
    assert [(f.metric, f.value, f.of, f.region) for f in got] == [("share", 79.0, "datacenter_power", "MY-01")]
    got = extract_facts("The province's intelligent computing accounted for 6.4% of the country's total computing power.")
    assert [(f.metric, f.value, f.of) for f in got] == [("share", 6.4, "total_compute_capacity")]


def test_a_compound_rate_with_its_gloss_an_expectation_and_the_span_of_years_between_it_and_its_cue() -> None:
    got = extract_facts("全球AI服务器市场规模2023年达到1000亿美元。该市场复合年增长率(CAGR)预计在2023-2027年间将保持42.1%的水平。")
    assert ("cagr", 42.1, "2023-2027", "ai_server_market_size") in [(f.metric, f.value, f.period, f.of) for f in got]


def test_a_run_rate_revenue_is_out_of_vocabulary_with_the_rate_before_the_revenue_word() -> None:
    # LABELLING.md O1 (and dev): an annual run rate is no revenue of a period
    assert extract_facts("The announcement came on the same day Anthropic disclosed that its run-rate revenue had surpassed "
                         "$30 billion.") == []
    got = extract_facts("Anthropic's revenue surpassed $30 billion in 2025.")
    assert [(f.metric, f.value) for f in got] == [("revenue", 3e10)]


def test_a_demonym_before_a_company_noun_is_its_nationality_not_the_place_of_its_figures() -> None:
    # (SoftBank's Blackwell system: the accelerators just named make its computing power AI compute; "Japanese" names the
    # company's country, as "US cloud service providers" do, and scopes no figure)
    text = ("TITLE: SoftBank completes its Blackwell system\n\n"
            "SoftBank has finished installing more than 4,000 of Nvidia's most advanced Blackwell GPUs.\n\n"
            "The Japanese telecommunications giant's new system delivers 13.7 exaflops of computing power.")
    got = [(f.metric, f.value, f.region) for f in extract_facts(text, kind="market_report") if f.unit == "FLOPS"]
    assert got == [("intelligent_compute_capacity", 1.37e19, "GLOBAL")]


def test_a_paragraph_of_companies_amounts_goes_on_with_the_metric_of_the_paragraph_before() -> None:
    # (TrendForce's round-up: the combined capex, then a paragraph opening with no figure and listing each company's; the
    # spending verbs of such a paragraph are its capex, not an investment in compute)
    text = ("TrendForce's analysis of the top nine cloud service providers puts their combined 2026 capex at approximately "
            "$830 billion.\n\nThe individual company numbers are equally striking. AWS exceeds $230 billion. Microsoft commits "
            "$190 billion (130% growth). Google allocates $180-190 billion.")
    got = [(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, kind="market_report")]
    assert got[1:] == [("capex", 2.3e11, "Amazon", None), ("capex", 1.9e11, "Microsoft", None),
                       ("yoy_growth", 130.0, "Microsoft", "capex"), ("capex", 1.85e11, "Alphabet", None)]
    # (money committed in a place is an investment there, whatever the paragraph before spoke of)
    text = ("Alphabet's 2026 capex will be $175 billion.\n\nThe news goes on. Google is committing €5.5 billion in Germany "
            "to expand its AI data centers.")
    got = [(f.metric, f.value) for f in extract_facts(text, kind="market_report")]
    assert ("compute_investment", 5.5e9) in got and ("capex", 5.5e9) not in got
    # (a business's yearly pace is no revenue of a period)
    assert [f.value for f in extract_facts("AWS now runs at a $142 billion annualized rate, up from $80 billion in 2022.")] \
        == []


def test_the_buyer_of_a_chinese_deal_with_a_compute_seller_is_named_before_its_with() -> None:
    # (a paragraph opening with no figure goes on with the metric of the one before, as above; the seller of the compute is
    # named after 与, the buyer before it)
    got = extract_facts("史密斯宣称,2023年至2029年,微软在阿联酋的总投资累计将达152亿美元。\n为弥补算力缺口,这家软件巨头正在大规模扩张云"
                        "与AI基础设施。同一天,微软刚宣布与澳大利亚数据中心运营商IREN达成97亿美元的协议,将在得州新建超大规模园区。")
    assert [(f.metric, f.value, f.entity) for f in got] == [("compute_investment", 1.52e10, "Microsoft"),
                                                            ("compute_investment", 9.7e9, "Microsoft")]


def test_a_percentage_of_the_amount_just_stated_pointed_back_at_is_a_share_of_it() -> None:
    text = ("Cloud providers are expected to spend more than $600 billion on infrastructure in 2026. Around 75 percent of this "
            "spending is directed specifically toward AI infrastructure.")
    got = [(f.metric, f.value, f.period, f.of) for f in extract_facts(text, kind="market_report")]
    assert got == [("capex", 6e11, "2026", None), ("share", 75.0, "2026", "capex")]
    text = ("Amazon, Microsoft, Google, and Meta will collectively spend over $500 billion on infrastructure in 2026, with "
            "roughly 80% of Amazon's portion AI-related.")
    got = [(f.metric, f.value, f.entity, f.of) for f in extract_facts(text, kind="capex")]
    assert got == [("capex", 5e11, None, None), ("share", 80.0, "Amazon", "capex")]
    # (a part of a market's revenue named after it is no part of the amount before it)
    text = "Nvidia's revenue was $57 billion. Around 75 percent of the market is held by Nvidia."
    assert [f.metric for f in extract_facts(text)] == ["revenue"]


def test_growth_of_a_pc_phone_or_games_segment_named_by_its_own_name_is_outside_compute() -> None:
    # (LABELLING.md O10: Intel's Client Computing Group, Lenovo's Mobile Business Group, Tencent's games)
    text = ("Intel's second-quarter revenue was $12.9 billion, up 9% year-over-year.\n- Client Computing Group: $7.9 billion, down "
            "3% year-over-year")
    got = [(f.metric, f.value) for f in extract_facts(text, kind="capex") if f.unit == "%"]
    assert got == [("yoy_growth", 9.0)]
    got = extract_facts("腾讯第一季度收入1800亿元,同比增长13%。其中,国际games收入同比增长13%,移动业务集团收入增长9%。")
    assert [(f.metric, f.value) for f in got if f.unit == "%"] == [("yoy_growth", 13.0)]
    # (a platform's international and car lines, and what its e-commerce sold, likewise)
    got = extract_facts("阿里巴巴第一季營收2477億元人民幣,年增2%。第一季國際部門營收年增 20%。", published=date(2025, 8, 29))
    assert [(f.metric, f.value) for f in got if f.unit == "%"] == [("yoy_growth", 2.0)]


def test_a_quarter_named_by_its_end_month_with_no_day() -> None:
    # (HPE, whose fiscal year ends in October: the quarter ending April 2026 is its FY2026Q2; a calendar company's quarter ended
    # June 2025 is 2025Q2; an ordinal names its own quarter, the month after "ended" only its end)
    text = "HPE reported Q2 FY26 results (quarter ending April 2026) showing $10.68 billion in total revenue"
    assert [p.period for p in find_periods(text, date(2026, 6, 1), fiscal_end_month=10)] == ["FY2026Q2", "FY2026Q2"]
    assert [p.period for p in find_periods("in the quarter ended June 2025", date(2025, 8, 1))] == ["2025Q2"]
    assert [(p.period, p.kind) for p in find_periods("for the second quarter ended July 2025", date(2025, 8, 1))] == [
        ("2025Q2", "quarter"), ("2025-07", "period_end")]


def test_money_a_buyer_spends_on_accelerators_is_an_investment_in_compute() -> None:
    # (LABELLING.md metric table: the chip-purchase part of capex is compute_investment; holdout99's Reuters story)
    got = extract_facts("Reuters reports that ByteDance spent $2 billion on Nvidia chips last year.", published=date(2024, 3, 1))
    assert [(f.metric, f.value, f.entity, f.period) for f in got] == [("compute_investment", 2e9, "ByteDance", "2023")]
    got = extract_facts("字节跳动2024年采购GPU花费约20亿美元。阿里巴巴斥资10亿美元采购英伟达芯片。")
    assert [(f.metric, f.value, f.entity) for f in got] == [("compute_investment", 2e9, "ByteDance"),
                                                            ("compute_investment", 1e9, "Alibaba")]
    # (the maker of the chips bought is no buyer; money paid for something else is no investment in compute)
    got = extract_facts("Last year, a startup spent $300 million on Nvidia chips.")
    assert [(f.metric, f.value, f.entity) for f in got] == [("compute_investment", 3e8, None)]
    assert extract_facts("Meta paid $30 billion for its new campus.") == []


def test_falling_verbs_in_their_present_and_infinitive_forms_are_growth_verbs() -> None:
    got = extract_facts("Server shipments will fall 5% in 2026.", kind="market_report")
    assert [(f.metric, f.value, f.of) for f in got] == [("yoy_growth", -5.0, "shipments")]
    got = extract_facts("Intel's revenue is expected to decline 3% in 2026.")
    assert [(f.metric, f.value, f.of) for f in got] == [("yoy_growth", -3.0, "revenue")]


def test_a_server_kinds_share_with_no_measure_is_counted_as_the_page_counts_its_market() -> None:
    # (a page that has sized the server market only in money: its parts are of that money; one that has counted only units
    # shipped: of the units; holdout5's and holdout21's pages)
    text = ("2023年中国服务器市场规模为308亿美元。\n从产品结构看,通用服务器占比约58%,AI服务器占比28%。")
    got = [(f.metric, f.value, f.item, f.of) for f in extract_facts(text, kind="market_report") if f.unit == "%"]
    assert got == [("share", 58.0, "server", "server_market_size"), ("share", 28.0, "ai_server", "server_market_size")]
    text = ("TrendForce estimates that AI server shipments reached 1.2 million units in 2023.\n\nAI servers account for a tiny "
            "fraction of the overall server market (about 9%).")
    got = [(f.metric, f.value, f.of) for f in extract_facts(text, kind="market_report") if f.unit == "%"]
    assert got == [("share", 9.0, "shipments")]


def test_a_share_whose_clause_opens_with_zhan_is_of_the_item_its_sentence_just_stated() -> None:
    # (holdout17's Asus page, holdout27's TrendForce figures: the subject of 占 is the item of the figure just stated)
    got = extract_facts("華碩2025年第3季伺服器營收年增逾100%，占華碩整體營收比重約兩成。", published=date(2026, 1, 16))
    assert [(f.metric, f.value, f.item, f.of) for f in got] == [("yoy_growth", 100.0, "server", "revenue"),
                                                                 ("share", 20.0, "server", "revenue")]
    got = extract_facts("根据TrendForce预估,2023年全球AI服务器出货量将接近120万台,年增38.4%,占整体服务器出货量的比重约9%。")
    assert [(f.metric, f.value, f.item, f.of) for f in got if f.metric == "share"] == [("share", 9.0, "ai_server", "shipments")]


def test_a_saving_of_cost_or_energy_and_what_one_cloud_instance_holds_are_no_facts() -> None:
    # (LABELLING.md O1: efficiency figures; a specification of one instance or rack is no count of chips held)
    got = extract_facts("存算一体架构降低能耗40%,到2028年全球AI服务器市场规模将达到2000亿美元。", kind="market_report")
    assert [(f.metric, f.value) for f in got] == [("ai_server_market_size", 2e11)]
    got = extract_facts("AWS still runs north of $4.90/hr for an p5.48xlarge instance with 8 H100s.")
    assert "accelerator_count" not in [f.metric for f in got]
    assert extract_facts("Each GB200 NVL72 rack houses 72 Blackwell GPUs.") == []


def test_money_returned_to_shareholders_is_out_of_vocabulary() -> None:
    text = "騰訊2025年資本開支將佔收入的低雙位數百分比,2025年總股東回報最少達1210億港元。"
    assert [f.metric for f in extract_facts(text, published=date(2025, 3, 20))] == []


def test_the_day_a_quarters_figures_stand_at_right_after_the_quarter_is_its_end() -> None:
    # (Lenovo, whose fiscal year ends in March: 截至2025年12月31日 right after its 2025/2026财年第三季度 is that quarter's end,
    # no month of its own; holdout84)
    text = "联想集团披露了2025/2026财年第三季度的财报。财报显示,截至2025年12月31日,集团营收达222亿美元,同比增长超过18%。"
    assert [p.period for p in find_periods(text, date(2026, 2, 12), fiscal_end_month=3)] == ["FY2026Q3", "2025-12"]
    assert [p.kind for p in find_periods(text, date(2026, 2, 12), fiscal_end_month=3)][1] == "period_end"
    got = extract_facts(text, published=date(2026, 2, 12))
    assert [(f.metric, f.period) for f in got] == [("revenue", "FY2026Q3"), ("yoy_growth", "FY2026Q3")]
    # (a day that ends no quarter named before it stays its month: a balance's date)
    text = "截至2025年11月30日,中国移动智算规模达到61.3EFLOPS。"
    assert [p.kind for p in find_periods(text, date(2025, 12, 5))] == ["month"]


def test_hong_kong_press_second_quarter_is_april_to_june_through_the_company_calendar() -> None:
    # (明報 on Baidu and on Alibaba, holdout81 and holdout68: 次季 is the calendar second quarter — Alibaba's June quarter is
    # its fiscal first; 是次 "this" is no quarter)
    text = "百度（9888）次季收入按年減少4%至327.13億元（人民幣，下同）。在線營銷業務收入按年挫15%至162億元。"
    got = extract_facts(text, published=date(2025, 8, 21))
    assert [(f.metric, f.value, f.period) for f in got] == [
        ("yoy_growth", -4.0, "2025Q2"), ("revenue", 3.2713e10, "2025Q2"),
        ("yoy_growth", -15.0, "2025Q2"), ("revenue", 1.62e10, "2025Q2")]
    text = "阿里次季業績。阿里旗下雲智能集團收入333.98億元，按年增26%。阿里於是次季報中調整收入分部匯報方式。"
    got = extract_facts(text, published=date(2025, 8, 30))
    assert {f.period for f in got} == {"FY2026Q1"}


def test_in_the_year_of_hong_kong_results_is_the_full_year_of_the_context() -> None:
    # (經濟通 on Baidu's 2025 results, holdout81: 年內 after 去年全年; not 五年内 or 上半年内)
    text = ("百度公布，截至2025年12月31日止第四季，期內集團總收入327.4億元人民幣。\n\n"
            "集團去年全年純利55.9億元人民幣。年內集團總收入1290.8億元人民幣，按年跌3%。")
    got = extract_facts(text, published=date(2026, 2, 27))
    assert [(f.metric, f.value, f.period) for f in got] == [
        ("revenue", 3.274e10, "2025Q4"), ("revenue", 1.2908e11, "2025"), ("yoy_growth", -3.0, "2025")]
    assert [p.kind for p in find_periods("未来五年内和上半年内", date(2026, 2, 27))].count("year") == 0


def test_a_quarter_named_before_its_guidance_is_not_the_quarter_a_figure_is_of() -> None:
    # (holdout85's Amazon note: "Q2 guide midpoint" looks ahead; "in the quarter" is the quarter reported)
    text = ("Amazon Q1 2026. Initial Read: Across-the-board beat — revenue $181.5B vs. Street $177.3B, Q2 guide midpoint "
            "$196.5B vs. Street ~$179B (9% above). Capex stepped to $44.2B in the quarter — but the demand prints make that "
            "math work.")
    got = extract_facts(text, published=date(2026, 4, 30))
    assert [(f.value, f.period) for f in got if f.metric == "capex"] == [(4.42e10, "2026Q1")]


def test_a_bare_scale_amount_after_its_money_word_and_the_year_it_was_reached_in_is_in_yuan() -> None:
    # (holdout92: 移动云收入于2024 年突破千亿 — 元 left out, the year in between)
    got = extract_facts("中国移动公布2024年业绩。移动云收入于2024 年突破千亿,同比增长20.4%。")
    assert [(f.metric, f.value, f.unit, f.period, f.qualifier) for f in got if f.metric == "revenue"] == [
        ("revenue", 1e11, "CNY", "2024", ">")]


def test_a_us_companys_dollars_in_brackets_after_pounds_are_the_source_figure() -> None:
    # (a UK outlet on Alphabet, holdout91: the pounds are the writer's conversion of Alphabet's dollars)
    text = ("Alphabet third quarter 2023. Google Cloud reported a revenue of £6.96 billion ($8.41 billion), compared to a "
            "predicted £7.15 billion ($8.64 billion). Alphabet reported capital expenditure amounted to £6.6 billion "
            "($8 billion).")
    got = extract_facts(text, published=date(2023, 10, 26))
    assert [(f.metric, f.value, f.unit, f.basis) for f in got] == [
        ("revenue", 8.41e9, "USD", "actual"), ("revenue", 8.64e9, "USD", "forecast"), ("capex", 8e9, "USD", "actual")]
    # (an approximate amount in brackets is the writer's conversion; a project's money is in the currency it is announced in)
    text = "英業達預計將投資2.12億美元（約新台幣67.38億元）於美國德州擴建AI伺服器廠。"
    assert {f.unit for f in extract_facts(text, published=date(2025, 3, 1))} <= {"USD"}
    text = "AWS said it would invest 2.26 trillion yen ($15.24 billion) in Japan's cloud computing infrastructure by 2027."
    assert [f.unit for f in extract_facts(text, published=date(2024, 1, 19))] == ["JPY"]


def test_the_output_of_the_ascend_line_is_huaweis_shipments() -> None:
    # (經濟通 on Huawei, holdout81: the Ascend line's 产量 is a chip maker's output, not a fab's wafers)
    got = extract_facts("知情人士說，總體來看，華為將在２０２６年將其昇騰產品線的產量提高至１６０萬片。", published=date(2025, 9, 30))
    assert [(f.metric, f.value, f.entity, f.period) for f in got] == [("shipments", 1.6e6, "Huawei", "2026")]


def test_the_nations_first_is_no_region_a_companys_capacity_is_of() -> None:
    # (a broker's note on China Mobile, holdout92: 全国首个 ranks the network, the capacity is the company's)
    text = ("中国移动2025年一季报点评。我们认为云和数据中心业务已成为运营商增长的主要驱动力。公司把握AI 浪潮,加强算力投入,"
            "宣布建成全国首个四算融合(通算、智算、超算、量子计算)的算力网络,算力服务器规模超100 万台,智算规模超43EFLOPS。")
    got = extract_facts(text, published=date(2025, 4, 25))
    assert [(f.metric, f.entity, f.region) for f in got if f.metric == "intelligent_compute_capacity"] == [
        ("intelligent_compute_capacity", "China Mobile", None)]


def test_irens_fiscal_year_ends_in_june() -> None:
    # (lexicons/calendars.toml: IREN's fiscal year ends June 30; the quarter to June 2025 is its FY2025Q4, not 2025Q2)
    got = extract_facts("IREN reported record revenue of $187.3 million for the quarter ended June 30, 2025.",
                        published=date(2025, 8, 28))
    assert [(f.metric, f.period) for f in got] == [("revenue", "FY2025Q4")]


def test_the_next_clauses_estimate_of_the_same_money_with_its_yuan_left_out() -> None:
    # (a blog on Tencent, holdout85: 今年估计要1000亿往上 — the next clause's amount of the capex just stated, at least that)
    got = extract_facts("腾讯2025年资本开支792亿元,今年估计要1000亿往上了。")
    assert [(f.metric, f.value, f.unit, f.entity, f.qualifier) for f in got] == [
        ("capex", 7.92e10, "CNY", "Tencent", None), ("capex", 1e11, "CNY", "Tencent", ">=")]


def test_the_year_of_a_multiples_base_amount_does_not_date_the_expectation_after_it() -> None:
    # (Alphabet's 2026 capex guidance, holdout85: 去年约914亿美元的两倍 is the base of a multiple; the market's expectation
    # it exceeds is of 2026, the statement's year)
    text = "Alphabet表示，2026年資本支出將達到1,750億至1,850億美元，幾乎是去年約914億美元的兩倍，大幅超過市場原先預期1,195億美元。"
    got = extract_facts(text, published=date(2026, 2, 5))
    assert [(f.value, f.period) for f in got] == [(1.8e11, "2026"), (9.14e10, "2025"), (1.195e11, "2026")]


def test_a_slash_list_of_amounts_with_no_period_of_each_is_of_the_statements_period() -> None:
    # (a broker's note on China Unicom, holdout92: 686 亿元/259 亿元 after 2024 年… in the same sentence)
    text = ("中国联通业绩点评。带来 2024 年联网通信收入约 2629.41 亿元,同比提升 1.5%;算网数智业务收入约 830.34 亿元,"
            "同比提升 9.6%,联通云/数据中心收入分别为 686 亿元/259 亿元,同比提升 17.1%/7.4%。")
    got = extract_facts(text)
    assert {(f.value, f.period) for f in got if f.value in (6.86e10, 2.59e10, 17.1, 7.4)} == {
        (6.86e10, "2024"), (2.59e10, "2024"), (17.1, "2024"), (7.4, "2024")}


def test_a_year_after_a_slash_opens_the_next_pair_not_an_item_of_the_list() -> None:
    # (a broker's note, holdout51: 2024年200万颗/2025年500万颗 — two years' figures, not 200万 and 2025 units)
    text = normalize("中国客户对B40芯片需求预计达2024年200万颗/2025年500万颗。").text
    assert [(text[m.start : m.end], m.value) for m in find_mentions(text)] == [("200万颗", 2e6), ("500万颗", 5e6)]
    text = normalize("联通云/数据中心收入分别为 686 亿元/259 亿元。").text
    assert [m.values for m in find_mentions(text)] == [[6.86e10, 2.59e10]]


def test_a_bare_scale_with_its_currency_after_a_verb_of_correspondence_or_a_span_of_years_is_an_amount() -> None:
    # (a broker's preview of Hygon, holdout91: 对应万亿人民币市场; a Taiwan page, holdout78: 两年千億元以上規模; 百度, holdout81:
    # AI領域投入逾千億人民幣)
    for raw, want in (("对应万亿人民币市场", ("万亿人民币", 1e12, "CNY")), ("两年千亿元以上规模", ("千亿元", 1e11, "CNY")),
                      ("AI領域投入逾千億人民幣", ("千亿人民币", 1e11, "CNY"))):
        text = normalize(raw).text
        assert [(text[m.start : m.end], m.value, m.unit) for m in find_mentions(text)] == [want], raw
