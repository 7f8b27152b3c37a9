"""Document kind and language.

Kind: tender, capex or market_report, by the cue words of ``[document_kind]`` in
``connectors/lexicons/cues.toml`` (data, extended like every lexicon through COMPUTECAST_LEXICON;
matched by the lexicon's keyword automaton: after traditional -> simplified conversion, Latin words
whole and case-blind). The headline says what a document is about — "Server market grows by 61
percent" is a market report however often its body says revenue and quarter — so the kind whose
cues lead in the title line (connectors/headline.py) wins; where none leads there, the kind with the
most cues in the text (its first KIND_CHARS characters); ties and no cue at all -> ``market_report``.
A cue inside a longer cue of another kind counts for the longer only (data centre capex).
A listed company's own announcement or filing (a ``company_filing`` cue: 证券简称, 公告编号,
以下简称“公司”) is no market report however much it says of compute markets, in its title or body:
there only tender and capex compete (no cue of either -> capex).

Language: share of CJK ideographs among letters; zh when >= 30 % of letters are CJK, en when
< 5 %, else mixed. zh-Hant when at least 3 % of the CJK characters change under t2s conversion.
"""

from __future__ import annotations

import re
from collections import Counter

from connectors.headline import title_end, title_start
from connectors.lexicon import Hit, KeywordIndex, lexicon
from connectors.textnorm import to_simplified_char

KIND_GROUP = "document_kind"
KIND_CHARS = 50_000
"""A document shows its kind in its first pages: cues are counted in this many characters (a
20 MB page is not read twice for it)."""
KINDS = ("market_report", "tender", "capex")
"""The kinds, in the order that breaks a tie of the whole text's counts."""
FILING = "company_filing"
"""The label of the cues of a company's own announcement (not a kind: it rules market_report out)."""


_GROUPS: dict[int, tuple[object, dict[str, dict[str, list[str]]]]] = {}


def _kind_cues() -> dict[str, dict[str, list[str]]]:
    """The ``[document_kind]`` words as a keyword group, one dict per lexicon (so the keyword
    index plans its automaton once)."""
    lex = lexicon()
    hit = _GROUPS.get(id(lex))
    if hit is None or hit[0] is not lex:
        table = lex["cues"].get(KIND_GROUP, {})
        _GROUPS.clear()
        hit = _GROUPS[id(lex)] = (lex, {KIND_GROUP: {k: list(table.get(k, [])) for k in (*KINDS, FILING)}})
    return hit[1]


def _outermost(hits: list[Hit]) -> list[Hit]:
    """The hits, less each inside a longer one of another kind (the capex of "data centre capex" is
    the market's word, not a company's); one pass over the hits sorted by start, longest first."""
    out: list[Hit] = []
    cover: Hit | None = None
    for h in sorted(hits, key=lambda x: (x.start, -x.end)):
        if cover is not None and h.end <= cover.end and h.label != cover.label:
            continue
        if cover is None or h.end > cover.end:
            cover = h
        out.append(h)
    return out


def classify_kind(text: str) -> str:
    """tender, capex or market_report (see the module docstring); ``text`` normalised (textnorm)."""
    hits = _outermost(KeywordIndex(text[:KIND_CHARS], _kind_cues(), {}).group(KIND_GROUP).hits)
    start, end = title_start(text), title_end(text, lines=1)  # (the title line alone: a page's second line may be its body)
    whole = Counter(h.label for h in hits)
    filing = whole.pop(FILING, 0) > 0
    head = Counter(h.label for h in hits if start <= h.start and h.end <= end and h.label != FILING)
    ranked = head.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) and not (filing and ranked[0][0] == "market_report"):
        return ranked[0][0]
    if filing:
        return "tender" if whole["tender"] > whole["capex"] else "capex"
    best = max(whole.values(), default=0)
    return next((k for k in KINDS if best and whole[k] == best), "market_report")


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
