"""The number scan tries NUM_RE only where a match can start (:func:`connectors.numbers._search_num`):
it must find exactly what ``NUM_RE.search`` finds, from every position."""

from __future__ import annotations

from connectors.numbers import NUM_RE, _search_num, find_mentions
from connectors.textnorm import normalize
from tests.corpus_texts import corpus_texts

SAMPLES = [
    "-5, 1,234.5 95,2 3e9 H100 1-2 a-3 x/4 .5 _6 ١٢٣ 一千零五 二〇二四 卅六 壹佰元 亿元 收入百亿美元 几十 数百",
    "1%" * 50 + "同比增长1%" * 50,
    "revenue of 3 763 billion yuan, 1 38亿美元, up 49 67%; 2023 2024 15 20%, 600 000 chips",
]


def _texts() -> list[str]:
    return SAMPLES + corpus_texts(normalized=True, dev_limit=8)


def _span(m: object) -> object:
    return None if m is None else (m.span(), m.groupdict())  # type: ignore[attr-defined]


def test_search_num_is_num_re_search() -> None:
    for text in _texts():
        step = max(1, len(text) // 3000)
        for pos in range(0, len(text) + 1, step):
            assert _span(_search_num(text, pos)) == _span(NUM_RE.search(text, pos)), (text[pos : pos + 40], pos)


def test_qualifier_gate_never_hides_a_qualifier() -> None:
    """Where the last-character gate says no prefix qualifier can end the text, none of the
    qualifier patterns matches (so skipping them changes nothing)."""
    from connectors.numbers import _may_end_qualifier, _tables

    tb = _tables()
    assert tb.q_prefix_last is not None
    texts = [*_texts(), "more than", "at least \n", "约", "approx.", "ABOUT ", "surpassing\n", "KNEARLY", "ſome", "ſ"]
    for text in texts:
        for end in range(0, len(text) + 1, max(1, len(text) // 4000)):
            before = text[max(0, end - 16) : end]
            if not _may_end_qualifier(tb.q_prefix_last, before):
                assert not any(p.search(before) for p, _ in tb.q_prefix), before


def test_a_bare_scale_after_a_qualifier_word_is_a_number() -> None:
    from connectors.numbers import find_mentions

    got = [(m.value, m.qualifier) for m in find_mentions("中国移动投资超百亿元建设数据中心,营收达千亿元,数百亿元不算。")]
    assert got == [(1e10, ">"), (1e11, None)]


def test_the_pflops_shorthand_of_compute_plans() -> None:
    from connectors.numbers import find_mentions

    got = [(m.value, m.unit) for m in find_mentions("计划建设算力容量6000P,全市总算力规模突破5.4万P,采用100PCIe接口。")]
    assert got == [(6e18, "FLOPS"), (5.4e19, "FLOPS")]


def test_english_cardinal_words_before_a_scale_or_a_unit() -> None:
    # quantities.toml [number_words]: "nearly two gigawatts", "five billion dollars", "one million
    # GPUs", "ten percent" are quantities; "two servers", "one of the two chips" are not
    from connectors.numbers import find_mentions

    text = normalize("It contracted nearly two gigawatts. It will spend Five billion dollars and buy one million "
                     "GPUs. It bought two servers; one of the two chips failed; revenue grew ten percent.").text
    got = [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in find_mentions(text)]
    assert got == [("two gigawatts", 2e9, "W", "~"), ("Five billion dollars", 5e9, "USD", None),
                   ("one million GPUs", 1e6, "units", None), ("ten percent", 10.0, "%", None)]


def test_english_tens_and_teens_before_a_unit() -> None:
    # every tens word and teen is a cardinal (quantities.toml [number_words]): "the seventy percent of the promised GPUs",
    # "the remaining thirty percent", "nineteen billion dollars"
    from connectors.numbers import find_mentions

    text = normalize("The seventy percent of the promised GPUs are high-end; the remaining thirty percent are not. "
                     "It will spend nineteen billion dollars and ninety percent of it on chips.").text
    got = [(text[m.start : m.end], m.value, m.unit) for m in find_mentions(text)]
    assert got == [("seventy percent", 70.0, "%"), ("thirty percent", 30.0, "%"), ("nineteen billion dollars", 1.9e10, "USD"),
                   ("ninety percent", 90.0, "%")]


def test_a_plus_after_a_number_is_more_than_before_its_scale() -> None:
    # "$100+ billion", "100+ trillion parameter models": the + is "more than", the scale still applies
    from connectors.numbers import find_mentions

    text = normalize("Meta's $100+ billion investment; designed to train 100+ trillion parameter models.").text
    got = [(m.value, m.unit, m.qualifier) for m in find_mentions(text)]
    assert got == [(1e11, "USD", ">"), (1e14, "params", ">")]


def test_a_bare_scaled_range_is_one_number_with_its_bounds() -> None:
    # 出貨量預估150 萬至200 萬 (a broker's range of units, its count word left out): one bare scaled number,
    # not two; a bare number and a scaled one are still no range
    from connectors.numbers import find_mentions

    text = normalize("TPU出貨量預估150 萬至200 萬,另有3至5台。").text
    got = [(m.value, m.low, m.high, m.unit) for m in find_mentions(text)]
    assert got[0] == (1.75e6, 1.5e6, 2e6, None)
    assert [(m.value, m.unit) for m in find_mentions("从150万到200万")] == [(1.5e6, None), (2e6, None)]


def test_a_band_after_a_comma_bounds_the_amount() -> None:
    text = "Nvidia guided fourth-quarter revenue to $37.5 billion, plus or minus 2%."
    (m,) = [m for m in find_mentions(text) if m.unit == "USD"]
    assert (m.value, m.low, m.high) == (3.75e10, 3.675e10, 3.825e10)
    assert [m.unit for m in find_mentions(text)] == ["USD"]  # (the band's 2% is no quantity of its own)


def test_a_range_of_number_words() -> None:
    # one to two gigawatts, between two and three gigawatts: the middle with its bounds; "one and two" is no range
    # without "between"
    got = [(m.value, m.low, m.high, m.unit) for m in find_mentions("plans to expand its capacity to one to two gigawatts")]
    assert got == [(1.5e9, 1e9, 2e9, "W")]
    assert [(m.value, m.low) for m in find_mentions("between two and three gigawatts")] == [(2.5e9, 2e9)]
    assert [(m.value, m.low) for m in find_mentions("units one and two gigawatts")] == [(2e9, None)]


def test_a_power_of_ten_written_out() -> None:
    # 3.133 × 10²⁵ FLOPs, 2 x 10^24 FLOP: training compute as papers and tenders write it
    assert [(m.value, m.unit) for m in find_mentions("is 3.133 × 10²⁵ FLOPs.")] == [(3.133e25, "FLOP")]
    assert [(m.value, m.unit) for m in find_mentions("trained with 2 x 10^24 FLOP")] == [(2e24, "FLOP")]


def test_a_forecast_from_a_to_b_is_a_range() -> None:
    # the company forecast revenue from $13.9 billion to $14.1 billion: guidance's bounds; revenue rose from A to B: a move
    got = [(m.value, m.low, m.high) for m in find_mentions("the company forecast revenue from $13.9 billion to $14.1 billion.")]
    assert got == [(1.4e10, 1.39e10, 1.41e10)]
    assert [m.low for m in find_mentions("revenue rose from $13.9 billion to $14.1 billion")] == [None, None]


def test_from_a_levels_noun_to_b_is_a_move_and_from_a_forecasts_noun_a_range() -> None:
    # jumped from a historical average of 30 MW to 300 MW: a move between two levels; raised from the previous expectation
    # of $20 billion to $23 billion: the earlier forecast was that range
    got = [(m.value, m.low) for m in find_mentions("leasing jumped from a historical average of 30 MW to 300 MW in 2022")]
    assert got == [(3e7, None), (3e8, None)]
    got = [(m.value, m.low) for m in find_mentions("from the previous expectation of $20 billion to $23 billion")]
    assert got == [(2.15e10, 2e10)]


def test_the_start_of_a_move_takes_the_count_word_of_its_end() -> None:
    # capacity from about 65,000 to more than 300,000 units: both are counts of units
    got = [(m.value, m.unit, m.qualifier) for m in find_mentions("capacity from about 65,000 to more than 300,000 units")]
    assert got == [(65000.0, "units", "~"), (300000.0, "units", ">")]


def test_a_slash_list_of_signed_rates() -> None:
    # 2025/2026 年營收 YoY +76%/+25%: one list, a sign opening each item
    assert [(m.value, m.values) for m in find_mentions("2025/2026 年營收 YoY +76%/+25%")] == [(76.0, [76.0, 25.0])]


def test_a_scale_word_alone_after_a_levels_verb() -> None:
    # 出货量达百万台, 累計銷售量突破百萬片 (normalised: 百万片), 出货逾千万颗: the scale word is the number; not 万分之一, 万一
    assert [(m.value, m.unit) for m in find_mentions("出货量达百万台")] == [(1e6, "units")]
    assert [(m.value, m.qualifier) for m in find_mentions("出货逾千万颗")] == [(1e7, ">")]
    assert find_mentions("占比达万分之一") == [] and find_mentions("到万一") == []


def test_a_scale_word_with_its_currency_after_shang() -> None:
    # 挑戰年營收站上兆元大關 (normalised: 站上兆元): a trillion of the currency, reached or passed
    assert [(m.value, m.unit) for m in find_mentions("挑战年营收站上兆元大关")] == [(1e12, "CNY")]


def test_a_currency_code_right_after_a_chinese_character() -> None:
    # 資本支出:2024 年為 US$29.8B (normalised: 为US$29.8B): the code is no part of a word; THUSD 5 still is
    assert [(m.value, m.unit) for m in find_mentions("资本支出(CAPEX):2024年为US$29.8B")] == [(2.98e10, "USD")]
    assert [(m.low, m.high) for m in find_mentions("2025年预估US$38B ~ 42B")] == [(3.8e10, 4.2e10)]
    assert find_mentions("THUSD 5") == []


def test_a_range_of_four_digit_bounds_with_its_scale_is_no_span_of_years() -> None:
    # 整体市场规模可能达2000 - 2500亿元: a range of amounts (bounds of four digits that could be years), not the years 2000
    # to 2500 and a lone 亿元 of 1e8; a span of years stays one (no mention), and a scale right after a digit no number
    # read is no hundred million
    got = [(m.value, m.low, m.high, m.unit) for m in find_mentions("整体市场规模可能达2000 - 2500亿元")]
    assert got == [(2.25e11, 2e11, 2.5e11, "CNY")]
    assert [(m.low, m.high, m.unit) for m in find_mentions("出货2000-2500台")] == [(2000.0, 2500.0, "units")]
    assert find_mentions("2023-2025年") == []


def test_more_than_between_a_number_and_the_compute_shorthand() -> None:
    # 全省智能算力800多P: "more than" between the number and P (PFLOPS), as between a number and its counter (3000多台)
    assert [(m.value, m.unit, m.qualifier) for m in find_mentions("全省智能算力800多P")] == [(8e17, "FLOPS", ">")]
    assert [(m.value, m.unit) for m in find_mentions("智能算力800余P")] == [(8e17, "FLOPS")]
    assert find_mentions("很多P的算力") == []


def test_a_scale_word_glued_to_the_next_sentence_still_scales() -> None:
    # a scraped page that lost the blank after a sentence ($14.08 billionThe company): the capital opening the next word
    # ends the scale word; a lower-case letter or an upper-case run after it still does not (billions, billionUSD)
    got = [(m.value, m.unit) for m in find_mentions("missing the anticipated $14.08 billionThe company said")]
    assert got == [(1.408e10, "USD")]
    assert [(m.value, m.unit) for m in find_mentions("reaching the$47.4 billionOf this figure")] == [(4.74e10, "USD")]
    assert [(m.value, m.unit) for m in find_mentions("$5 billionUSD")] == [(5.0, "USD")]


def test_an_e_after_a_number_is_an_exaflop_only_before_compute() -> None:
    # 1E算力: an EFLOPS of compute (quantities.toml shorthand_before); 2025E is a broker's estimated year, not 2025 EFLOPS
    assert [(m.value, m.unit) for m in find_mentions("可对外提供400PB的存储和1E算力服务")] == [(1e18, "FLOPS")]
    assert [m.unit for m in find_mentions("2025E营收100亿元")] == ["CNY"]


def test_a_bare_count_that_starts_or_ends_a_move_is_counted_as_the_move() -> None:
    # rise sharply from about 500,000 in 2019 to approximately 4.5 million; 200,000 AI servers …, up from about 125,000 in
    # 2022: a count written bare (thousands separators) is a quantity where it is where a move starts, counted as the move's
    # other end is; a bare year or a bare number elsewhere stays none
    move = "Shipments of AI servers will rise from about 500,000 in 2019 to approximately 4.5 million by 2029."
    assert [(m.value, m.unit) for m in find_mentions(move)] == [(500_000, None), (4_500_000, None)]
    up = "About 200,000 AI servers will be shipped, up from about 125,000 in 2022."
    assert [(m.value, m.unit) for m in find_mentions(up)] == [(200_000, "units"), (125_000, "units")]
    for text in ("Revenue rose from 2019 to 2024.", "The index fell from 1,250 points.", "About 200,000 visitors came."):
        assert [m.value for m in find_mentions(text) if m.unit in (None, "units")] == [], text


def test_a_low_bound_written_short_of_its_high_bound() -> None:
    # 上调至70-720亿美元, 60-650亿美元区间: the low bound with the high one's last digit left off (700 to 720, 600 to 650); 1-10万
    # (ten times the low is the high), 8-90亿 (a low of one digit) and 30-35亿 stay as written
    cases = {"上调至70-720亿美元": (70e9, 72e9), "60-650亿美元区间": (60e9, 65e9), "价位向1-10万美元迈进": (1e4, 1e5),
             "8-90亿元": (8e8, 9e9), "30-35亿美元": (3e9, 3.5e9)}
    for text, bounds in cases.items():
        assert [(m.low, m.high) for m in find_mentions(text)] == [bounds], text


def test_a_count_noun_glued_to_the_next_sentence_still_counts() -> None:
    # around 169,000 unitsThis illustrates: a scraped page glued the next sentence to the noun (a capital then a small letter);
    # 2,000 unitsold is no count word
    assert [(m.value, m.count_word) for m in find_mentions("reached around 169,000 unitsThis illustrates")] == [(169000, "units")]
    assert [(m.value, m.count_word) for m in find_mentions("about 20,000 GPUsThe company")] == [(20000, "GPUs")]
    assert find_mentions("2,000 unitsold") == []


def test_a_scale_word_alone_before_parameters_or_tokens_is_a_model_s_size_class() -> None:
    # 万亿参数大模型, 九天千亿参数模型, 超过兆个参数, 万亿级tokens: a scale word with no digit before a model's parameters or tokens
    # is a size of that order; not a vague count (数十亿参数) nor the class of models a machine can serve (支撑千亿参数大模型训练)
    cases = {"推进万亿参数大模型": (1e12, "params"), "九天千亿参数模型": (1e11, "params"), "超过兆个参数": (1e12, "params"),
             "推进万亿级tokens投入训练": (1e12, "tokens"), "千亿级参数": (1e11, "params")}
    for text, (value, unit) in cases.items():
        assert [(m.value, m.unit) for m in find_mentions(text)] == [(value, unit)], text
    for text in ("训练过一个数十亿参数的模型", "支撑千亿参数大模型训练", "仅靠4颗CPU运行千亿参数大模型", "收入(亿元)"):
        assert [m for m in find_mentions(text) if m.unit == "params"] == [], text


def test_a_fraction_word_before_the_and_a_whole_is_a_part_of_it() -> None:
    # roughly half the total market, half the funding: a fraction word right before "the" and a whole is a part of it; not a
    # comparison with something named after (half the capacity of SK Telecom's planned infrastructure), nor half the time
    assert [(m.value, m.bare_fraction) for m in find_mentions("GPU servers will make up roughly half the total market")] == [
        (50.0, True)]
    assert [m.value for m in find_mentions("Half the funding is provided by EuroHPC")] == [50.0]
    assert find_mentions("30,000 GPUs – half the capacity of SK Telecom's planned infrastructure")[1:] == []
    assert find_mentions("It took half the time") == []


def test_a_decimal_point_lost_to_a_space_before_a_scale_or_percent_is_read_back() -> None:
    # revenue of 3 763 billion yuan, 第三季度净收入28 87亿人民币, a year-on-year increase of 49 67% (a translation's or a PDF's
    # lost decimal point; no thousands are grouped before a scale word): 3.763 billion, 28.87亿, 49.67% — not 763 billion
    # nor 67%; a short form the shape of a year (1 38亿) is no year either; a column of a row (2023 2024 15 20%) stays apart
    def read(t: str) -> list[tuple[str, float]]:
        return [(t[m.start : m.end], m.value) for m in find_mentions(t)]

    assert read("the company achieved revenue of 3 763 billion yuan") == [("3 763 billion yuan", 3.763e9)]
    assert read("第三季度净收入28 87亿人民币") == [("28 87亿人民币", 2.887e9)]
    assert read("收入1 38亿美元") == [("1 38亿美元", 1.38e8)]
    assert read("a year-on-year increase of 49 67%") == [("49 67%", 49.67)]
    assert read("2023 2024 15 20%") == [("20%", 20.0)]
    assert read("600 000 Nvidia chips") == [("600 000 Nvidia chips", 6e5)]


def test_two_names_joined_by_and_before_a_count_noun_are_its_modifiers() -> None:
    # 24,823 Kunpeng and Higon servers will be involved; 500 Nvidia and AMD GPUs: the count noun after two names joined by
    # "and" counts the number (not a bare number left without a unit)
    def read(t: str) -> list[tuple[str, float, str | None]]:
        return [(t[m.start : m.end], m.value, m.unit) for m in find_mentions(t)]

    assert read("24,823 Kunpeng and Higon servers will be involved") == [
        ("24,823 Kunpeng and Higon servers", 24823.0, "units")]
    assert read("500 Nvidia and AMD GPUs") == [("500 Nvidia and AMD GPUs", 500.0, "units")]


def test_a_rate_or_amount_glued_to_a_function_word_is_read() -> None:
    # grew by97%, a growth of105%, rise to75%: a scraped page lost the blank after an English function word
    # (_FUNCTION_WORD_GLUED); a name glued to its number (H100, GPT4, Q3) or a word that is no function word stays none
    got = [(m.value, m.unit) for m in find_mentions("spending grew by97% and servers saw a growth of105%, up to13.1%")]
    assert got == [(97.0, "%"), (105.0, "%"), (13.1, "%")]
    assert [(m.value, m.unit) for m in find_mentions("revenue was9.5 billion dollars")] == [(9.5e9, "USD")]
    assert find_mentions("H100 and GPT4 shipped in Q3") == []
    assert find_mentions("model5% and byte7%") == []


def test_a_model_name_opening_with_digits_may_stand_among_the_names_before_a_count_noun() -> None:
    # 1,600 of Huawei's 910B Ascend AI chips: 910B among the names between the partitive and the noun
    got = [(m.value, m.unit) for m in find_mentions("Baidu ordered 1,600 of Huawei's 910B Ascend AI chips for 200 servers")]
    assert got == [(1600.0, "units"), (200.0, "units")]
    assert [(m.value, m.unit) for m in find_mentions("ordered 1,600 Huawei 910B Ascend AI chips")] == [(1600.0, "units")]


def test_a_bare_range_a_move_starts_from_takes_the_count_word_of_where_it_ends() -> None:
    # (DIGITIMES: the 2025 shipment forecast for GB200 NVL72 cabinets has been lowered from 50,000 – 80,000 to 25,000 – 35,000
    # units; before, the first range was dropped and "80,000 to 90,000" read as a range)
    text = "lowered from 50,000 – 80,000 to 25,000 – 35,000 units."
    assert [(text[m.start:m.end], m.low, m.high, m.unit) for m in find_mentions(text)] == [
        ("50,000 – 80,000", 50000.0, 80000.0, "units"), ("25,000 – 35,000 units", 25000.0, 35000.0, "units")]
    text = "from 50,000 to 25,000 – 35,000 units."
    assert [(text[m.start:m.end], m.value, m.unit) for m in find_mentions(text)] == [
        ("50,000", 50000.0, "units"), ("25,000 – 35,000 units", 30000.0, "units")]
    text = "from 50,000 – 80,000 to 90,000 units."
    assert [text[m.start:m.end] for m in find_mentions(text)] == ["50,000 – 80,000", "90,000 units"]
    # (a bare range with no count after its move stays no quantity; a span of years is no range of counts)
    assert find_mentions("from 50,000 – 80,000.") == []
    assert [m.value for m in find_mentions("from 2023-2025 to 30,000 units")] == [30000.0]
