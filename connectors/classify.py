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

from connectors.textnorm import caseless_words, to_simplified_char

_CUES: dict[str, re.Pattern[str]] = {
    "tender": re.compile(r"招标|采购|中标|标包|投标|集采|成交|候选人|采购人|招标人|tender|procurement|\bbid", re.I),
    "capex": re.compile(
        r"资本开支|资本支出|财报|营收|财年|capex|capital expenditure|revenue|fiscal|quarter|earnings|guidance",
        re.I,
    ),
    "market_report": re.compile(r"市场规模|算力|EFLOPS|复合增长率|CAGR|出货量|占比|白皮书|报告|market size|shipments", re.I),
}


_PLAIN_WORD = re.compile(r"(\\b)?([A-Za-z][A-Za-z ]*)")


def _latin_scan(words: list[str], flags: int) -> re.Pattern[str]:
    """``w1|w2|...`` compiled with ``flags``; for plain ASCII words (a leading ``\\b`` allowed)
    under re.I, the equal pattern of :func:`connectors.textnorm.caseless_words`, which the regex
    engine can skip through."""
    plain = [_PLAIN_WORD.fullmatch(w) for w in words]
    if flags & re.I and not flags & ~(re.I | re.U) and all(plain):
        fast = caseless_words([m.group(2) for m in plain if m], [bool(m.group(1)) for m in plain if m])
        if fast is not None:
            return fast
    return re.compile("|".join(words), flags)


def _split(pat: re.Pattern[str]) -> list[re.Pattern[str]]:
    """A cue alternation (of plain words) as [its Chinese words, its other words]: counted apart,
    they give the same total, since a match of Chinese characters and one of Latin letters never
    overlap. The Chinese words have no case, so the regex engine skips straight to their first
    characters; the other words are rewritten by :func:`_latin_scan` so that it can there too."""
    words = pat.pattern.split("|")
    cjk = [w for w in words if w and all("\u3400" <= c <= "\u9fff" for c in w)]
    other = [w for w in words if w not in cjk]
    out = [re.compile("|".join(cjk))] if cjk else []
    return out + ([_latin_scan(other, pat.flags)] if other else [])


_CUES_SPLIT = {k: _split(p) for k, p in _CUES.items()}


def classify_kind(text: str) -> str:
    """tender, capex or market_report, by counting cue words (see the module docstring)."""
    scores = {k: sum(len(p.findall(text)) for p in parts) for k, parts in _CUES_SPLIT.items()}
    best = max(scores.values())
    if best == 0:
        return "market_report"
    for kind in ("market_report", "tender", "capex"):
        if scores[kind] == best:
            return kind
    return "market_report"


_HAN = re.compile("[\u4e00-\u9fff]")
_ASCII_LETTERS = re.compile("[A-Za-z]")  # what c.isascii() and c.isalpha() accepts


def detect_language(text: str) -> str:
    """zh-Hans, zh-Hant, en, mixed or unknown (see the module docstring)."""
    cjk = _HAN.findall(text)  # (regex scans: a Python loop over every character was 8% of reading a page)
    latin = _ASCII_LETTERS.subn("", text)[1]
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
