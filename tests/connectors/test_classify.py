"""Document kind (cue words of lexicons/cues.toml [document_kind], the headline first) and language."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connectors.classify import classify_kind, detect_language
from connectors.textnorm import CASE_FOLDS, caseless_words, normalize

ALL_CHARS = "".join(map(chr, range(0x110000)))
SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus"
DEV = SHARED / "dev"
HOLDOUT = Path(__file__).resolve().parents[2] / "corpus"


def test_folds_are_what_re_ignorecase_matches_for_each_ascii_letter() -> None:
    for c in string.ascii_lowercase:
        matched = set(re.findall(c, ALL_CHARS, re.I))
        assert matched == {c, c.upper(), *CASE_FOLDS.get(c, "")}, c


def test_kind_by_cue_counts() -> None:
    assert classify_kind("中国移动2025年AI服务器集采招标，中标候选人") == "tender"
    assert classify_kind("Nvidia revenue for the quarter; fiscal 2026 guidance") == "capex"
    assert classify_kind("") == "market_report"
    assert classify_kind("nothing to go by") == "market_report"
    assert classify_kind("Bidding opens; capex and revenue") == "capex"  # (2 capex cues to 1 tender cue)
    # a Hong Kong results story: its fiscal quarter, quarterly revenue and earnings per share outweigh the 算力 of its prose
    text = normalize("英偉達第四季業績亮麗。客戶正爭相投資AI算力，算力將直接轉化為收入。截至1月25日的第四財季，"
                     "收入按年增長73%，每股盈利1.62美元。第一財季收入預計約780億美元。").text
    assert classify_kind(text) == "capex"


def test_the_headline_says_what_a_document_is_about() -> None:
    body = "In the third quarter, revenue rose by 61 percent; revenue for the quarter was a record."
    # (the title line decides; the dateline and body below it do not)
    assert classify_kind("Server market grows by 61 percent\nDecember 3, 2025\n\n" + body) == "market_report"
    assert classify_kind("Cloud news of the week\nDecember 3, 2025\n\n" + body) == "capex"  # (no cue in the headline: the body's)
    # the corpus layout: the SOURCE line's address is no part of the headline
    page = ("SOURCE: https://example.com/server-market-revenue-in-the-fourth-quarter-of-2024\n"
            "TITLE: IDC:2024年第四季度全球服务器市场收入同比增长91%\n\n2024年第四季度全球服务器市场收入达到773亿美元。")
    assert classify_kind(normalize(page).text) == "market_report"
    # traditional script: matched after conversion, as the extractor's lexicons are
    assert classify_kind(normalize("TITLE: 中國移動AI伺服器集採招標\n\n營收").text) == "tender"


@pytest.mark.parametrize(("path", "kind"), [
    (HOLDOUT / "holdout5" / "en_idc_server_market_q3_2025.txt", "market_report"),
    (HOLDOUT / "holdout2" / "zh_s_idc_server_tracker_2025.txt", "market_report"),
    (HOLDOUT / "holdout4" / "zh_t_trendforce_ai_server_2026_2025.txt", "market_report"),
    (DEV / "en_tsmc_q4_2025.txt", "capex"),
    (HOLDOUT / "holdout" / "zh_s_cmcc_ai_server_tender_2020.txt", "tender"),
    (DEV / "zh_t_digitimes_server_shipments_2026.txt", "market_report"),
    # a results release headed by its profit (中国电信2021年净利润增24.4%)
    (HOLDOUT / "holdout7" / "zh_s_telecom_results_compute_2021.txt", "capex"),
])
def test_kind_of_real_pages(path: Path, kind: str) -> None:
    assert classify_kind(normalize(path.read_text(encoding="utf-8")).text) == kind


def test_kind_cues_extend_through_the_lexicon_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Rack vendors line up for the mega-award\nMay 2026\n\nquarterly revenue"
    assert classify_kind(text) == "capex"
    extra = tmp_path / "more.toml"
    extra.write_text('[cues.document_kind]\ntender = ["mega-award"]\n', encoding="utf-8")
    monkeypatch.setenv("COMPUTECAST_LEXICON", str(extra))
    assert classify_kind(text) == "tender"


def _language_by_loops(text: str) -> str:
    """detect_language as first written (a Python loop over the characters), for comparison."""
    from connectors.textnorm import to_simplified_char

    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    if not cjk and not latin:
        return "unknown"
    share = len(cjk) / (len(cjk) + latin)
    if share < 0.05:
        return "en"
    if share < 0.3:
        return "mixed"
    sample = cjk[:4000]
    return "zh-Hant" if sum(1 for c in sample if to_simplified_char(c) != c) >= 0.03 * len(sample) else "zh-Hans"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcXYZ é1 中國资料資料ſ\u212a", max_size=80))
def test_detect_language_as_by_loops(text: str) -> None:
    assert detect_language(text) == _language_by_loops(text)


def test_detect_language_as_by_loops_on_corpus() -> None:
    for p in sorted(DEV.glob("*.txt")):
        t = p.read_text(encoding="utf-8")
        assert detect_language(t) == _language_by_loops(t), p.name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab ikqsKS1.季度", min_size=1, max_size=6), min_size=1, max_size=4),
       st.text(alphabet="abikqsKSİıſ\u212a _é1.季度", max_size=40))
def test_caseless_words_equal_the_case_insensitive_alternation(words: list[str], text: str) -> None:
    fast = caseless_words(words)
    assert fast is not None
    assert fast.findall(text) == re.compile("|".join(map(re.escape, words)), re.I).findall(text)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer("|".join(map(re.escape, words)), text, re.I)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet="ab ikqsKS1_.季度", min_size=1, max_size=6), st.booleans()), min_size=1, max_size=6),
       st.text(alphabet="abikqsKSİıſ\u212a _é1.季度", max_size=40))
def test_caseless_words_with_boundaries_equal_the_case_insensitive_alternation(words: list[tuple[str, bool]],
                                                                                text: str) -> None:
    # (words grouped by their first character, a boundary every word has checked once: the same matches in the same order)
    fast = caseless_words([w for w, _ in words], [b for _, b in words])
    if any(b and not (w[0].isascii() and (w[0].isalnum() or w[0] == "_")) for w, b in words):
        assert fast is None
        return
    assert fast is not None
    plain = re.compile("|".join((r"(?<!\w)" if b else "") + re.escape(w) for w, b in words), re.I)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in fast.finditer(text * 2)] == [m.span() for m in plain.finditer(text * 2)]


def test_a_companys_own_filing_is_no_market_report() -> None:
    # 宏景科技股份有限公司(以下简称“宏景科技”或“公司”) … 算力服务 … 占比: a company's inquiry reply says 算力 and 占比 more
    # often than revenue, and its title names them too; still no market report. A market report without such a cue stays one.
    body = ("宏景科技股份有限公司(以下简称“宏景科技”或“公司”)披露了问询函的回复。报告期内,宏景科技营业收入分别为74,628.47万元、"
            "77,060.50万元。算力行业需求激增,算力服务收入占比持续上升,算力业务增长迅速。")
    assert classify_kind(normalize("TITLE: 算力服务收入及占比\n\n" + body).text) == "capex"
    assert classify_kind(normalize("TITLE: 算力服务收入及占比\n\n" + body.replace("或“公司”", "")).text) == "market_report"
    # a listed company's announcement of a purchase (证券简称 … 采购): a tender
    text = normalize("证券代码:603220 证券简称:某某通信 公告编号:2024-001\n关于采购算力服务器的公告。采购算力设备,招标。").text
    assert classify_kind(text) == "tender"


def test_a_cue_inside_a_longer_cue_of_another_kind_counts_for_the_longer() -> None:
    # Accelerated server spend pushes Q2 data centre capex up 46%: the industry's capex a research house tracks (its
    # "capex" is no company's), and a body that names OEMs and their revenue does not make it a results release
    text = ("Accelerated server spend pushes Q2 data centre capex up 46%\n\nSpending on accelerated servers grew 46% in 2Q, "
            "says Dell'Oro. Worldwide data center capex is forecast for 35 percent growth. Dell led all OEMs in server revenue; "
            "hyperscale capex growth continues, with data center capex growth projected through 2025.")
    assert classify_kind(text) == "market_report"
