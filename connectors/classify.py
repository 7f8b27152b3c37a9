"""Document kind and language.

Kind: each of tender / capex / market_report scores the number of its cue words in the text
(simplified and English); the highest score wins, ties and zero scores -> ``market_report``.
Tender cues: 招标 采购 中标 标包 投标 集采 成交 候选人 tender procurement bid.
Capex cues: 资本开支 资本支出 财报 营收 财年 capex capital expenditures revenue fiscal quarter
earnings guidance. Market-report cues: 市场规模 算力 EFLOPS 复合增长率 CAGR 出货量 占比 白皮书
报告 market size shipments.

Language: share of CJK ideographs among letters; zh when >= 30 % of letters are CJK, en when
< 5 %, else mixed. zh-Hant when at least 3 % of the CJK characters change under t2s conversion.
"""

from __future__ import annotations

import re

from connectors.textnorm import to_simplified_char

_CUES: dict[str, re.Pattern[str]] = {
    "tender": re.compile(r"招标|采购|中标|标包|投标|集采|成交|候选人|采购人|招标人|tender|procurement|\bbid", re.I),
    "capex": re.compile(
        r"资本开支|资本支出|财报|营收|财年|capex|capital expenditure|revenue|fiscal|quarter|earnings|guidance",
        re.I,
    ),
    "market_report": re.compile(r"市场规模|算力|EFLOPS|复合增长率|CAGR|出货量|占比|白皮书|报告|market size|shipments", re.I),
}


def classify_kind(text: str) -> str:
    """tender, capex or market_report, by counting cue words (see the module docstring)."""
    scores = {k: len(p.findall(text)) for k, p in _CUES.items()}
    best = max(scores.values())
    if best == 0:
        return "market_report"
    for kind in ("market_report", "tender", "capex"):
        if scores[kind] == best:
            return kind
    return "market_report"


def detect_language(text: str) -> str:
    """zh-Hans, zh-Hant, en, mixed or unknown (see the module docstring)."""
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    letters = len(cjk) + latin
    if letters == 0:
        return "unknown"
    share = len(cjk) / letters
    if share < 0.05:
        return "en"
    if share < 0.3:
        return "mixed"
    sample = cjk[:4000]
    changed = sum(1 for c in sample if to_simplified_char(c) != c)
    return "zh-Hant" if changed >= 0.03 * len(sample) else "zh-Hans"
