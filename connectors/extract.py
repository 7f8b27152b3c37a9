"""Facts from text: the rules that give each number its metric, keys, basis and quote.

The text is normalised once (:mod:`connectors.textnorm`); numbers, periods, names are found on
the normalised string and every quote is mapped back to the exact original span.

Segmentation: paragraphs are hard line breaks; sentences end at ``。！？!?；;`` or ``. `` (not
inside a number); clauses end at ``,`` ``，`` (not a thousands separator) or ``:``.

Metric of a number (first rule that applies):

1. The *local context* is the text between the previous number of the sentence (or the sentence
   start) and this number. The metric keyword ending nearest to the number wins (ties: the more
   specific keyword, e.g. 智能算力规模 before 算力规模); keywords are filtered by the unit.
2. Without a keyword, a number takes the metric of the previous value of the same unit kind in the
   sentence (``同比增长55.4%,预计全年将达91亿美元``), unless it is a comparison base
   (``去年同期的`` ``市场预期的`` ``高于`` ``compared with``) which is dropped.
3. Counts are ``tender_quantity`` in a sentence with a tender cue (采购 招标 标包 中标) or in a
   tender document, ``shipments`` after 出货, ``accelerator_count`` when counted in 张/枚/颗/卡 or
   as GPUs/chips. Model metrics (parameters, tokens, training compute/cost) need a model name.
4. Percentages: ``同比`` / ``year-over-year`` / ``from a year ago`` / ``X%的增速`` -> yoy_growth,
   ``复合增长率`` / ``CAGR`` -> cagr, ``环比`` / sequential growth is skipped; ``份额`` with a company
   -> market_share (``浪潮信息(28.1%)``), ``占比`` with an item -> share. Declines (下降 -X%,
   ``down``) are negative.

Keys: market metrics are keyed by region (nearest region in the local context, then earlier in
the sentence, then later in the clause, then earlier in the paragraph); company metrics by entity
(region null). ``of`` of yoy/cagr is the metric named in its local context, else the nearest
preceding value of the sentence, whose period/region/entity/item/basis it inherits. A cagr's
period is the span stated before it, else the first and last years of the sentence's values.
Periods: nearest before in the clause, then right after in the clause (English "for 2025"), then
earlier in the sentence, then in the paragraph; ``未来``/"in the future" means unknown. Tenders
prefer a stated span (``2024至2025年``). Slash lists align with a span (``2023-2025年 …
134/307/561亿美元``); ``分别`` lists align with the list of names before them.

Basis: the nearest cue before the number in its sentence: 目标 规划 计划 plan target -> target;
预计 预测 有望 将达 guidance expects will -> forecast; 可能 估算 推算 推断 测算 可超过 estimated ->
estimate; none -> actual. A forecast for a period that ended before the publication year is
actual; a period after the publication year with no cue is forecast.

Precision: a document yields one value per key (metric, unit, period, region, entity, item, of).
Where values disagree the better-supported one stays: explicit keyword over inherited metric,
totals (合计 总规模) over parts, exact over bounded (超过/突破), the end of a ``从A…到B`` move over
its start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from connectors.classify import classify_kind
from connectors.contract import Fact, FactError
from connectors.entities import NameMention, alias_table
from connectors.numbers import Mention, find_mentions
from connectors.periods import PeriodMention, find_periods, find_published
from connectors.textnorm import Normalized, normalize

# -- keyword tables -------------------------------------------------------------------------

_I = re.I
MONEY_KEYWORDS: list[tuple[str, re.Pattern[str]]] = [
    ("datacenter_revenue", re.compile(
        r"数据中心(?:业务|部门|板块|事业部|领域|产品)?[^,。;]{0,14}?(?:营收|收入|营业额|销售额)|数据中心[^。;]{0,3},?出售"
        r"|data ?center(?: segment| business| group)?(?: revenue| sales)", _I)),
    ("capex", re.compile(r"资本开支|资本支出|资本性支出|capex|capital expenditures?|capital spending|capital investments?", _I)),
    ("training_cost", re.compile(r"训练成本|训练费用|训练花费|training costs?|cost to train", _I)),
    ("ai_server_market_size", re.compile(
        r"(?:AI|人工智能|智能|智算|GPU|加速)服务器(?:的)?(?:整体)?市场(?:规模|销售额|支出)?|AI server (?:market|spending)", _I)),
    ("ai_compute_market_size", re.compile(r"(?:AI|人工智能)(?:计算|算力)市场(?:规模)?|AI comput\w* market", _I)),
    ("server_market_size", re.compile(r"服务器市场(?:规模)?|server market", _I)),
    ("compute_industry_size", re.compile(r"算力(?:核心)?产业(?:规模)?|compute industry", _I)),
    ("compute_investment", re.compile(r"算力(?:领域|方面|基础设施|建设)?(?:的)?(?:投入|投资)|(?:投入|投资)[^,。;]{0,6}算力")),
    ("award_amount", re.compile(r"中标(?:金额|价格|价)?|成交(?:金额|价)|投标报价|awarded|contract worth")),
    ("tender_amount", re.compile(r"总价|预算(?:金额)?|招标金额|采购金额|项目金额|最高限价|控制价|合同金额|金额|budget", _I)),
    ("unit_price", re.compile(r"单价|售价|均价|价格|报价|每台|每张|每块|每颗|unit price|\bASP\b|priced at|sells? for", _I)),
    ("revenue", re.compile(r"营收|营业收入|总收入|收入|revenue|net sales|sales", _I)),
]
FLOPS_KEYWORDS: list[tuple[str, re.Pattern[str]]] = [
    ("intelligent_compute_capacity", re.compile(
        r"智能算力(?:规模|总规模)?|智算(?:供给|算力)?(?:规模)?|AI算力|人工智能算力|AI comput\w* (?:capacity|power)|intelligent comput\w*", _I)),
    ("general_compute_capacity", re.compile(r"通用算力(?:规模)?|基础算力|general(?:-purpose)? comput\w*", _I)),
    ("supercomputing_capacity", re.compile(r"超算算力(?:规模)?|超算|超级计算|supercomput\w*", _I)),
    ("total_compute_capacity", re.compile(r"算力总规模|总算力|算力规模|算力总量|计算力规模|total comput\w*|computing power", _I)),
]
#: metrics a growth rate may be "of" besides the value metrics (not values themselves)
OF_ONLY_KEYWORDS: list[tuple[str, re.Pattern[str]]] = [
    ("llm_training_compute_demand", re.compile(r"训练(?:端|侧)?[^,。;]{0,8}算力需求")),
    ("llm_inference_compute_demand", re.compile(r"推理(?:端|侧)?[^,。;]{0,8}算力需求")),
]
OF_KEYWORDS = MONEY_KEYWORDS[:7] + FLOPS_KEYWORDS + OF_ONLY_KEYWORDS + [
    ("shipments", re.compile(r"出货量|shipments", _I)),
    ("revenue", re.compile(r"营收|营业收入|总收入|收入|revenue", _I)),
]

TENDER_CUE = re.compile(r"采购|招标|集采|标包|中标|投标|procure|tender", _I)
TOTAL_CUE = re.compile(r"合计|总计|共计|总规模|总量|总数|in total|total", _I)
COMPARISON = re.compile(r"(?:去年同期|上年同期|同期|市场预期|预期|高于|低于|相比|较|compared (?:with|to)|versus|vs\.?|from)\s?(?:的)?\s?$", _I)
YOY_BEFORE = re.compile(
    r"(?:同比|年增|年成长|较上年同期|较去年同期|较上年|比上年|较去年|年增长率|年增速|年增幅)(?:增长|增加|提升|上升|上涨|增幅|增速|下降|减少|下滑|下跌|降低)?(?:了|为|达到|达|约|高达|超过|近)?\s?$"
    r"|year[- ]over[- ]year (?:increase|growth|rise|decline|decrease) of\s?$", _I)
YOY_AFTER = re.compile(
    r"^\s?(?:的)?(?:同比)?(?:增速|增长率|增幅)|^\s?(?:year[- ]over[- ]year|year[- ]on[- ]year|YoY|y/y|from (?:a|the) year[- ]ago|from the (?:same|prior) (?:period|quarter) (?:a|last) year|over the prior year|compared (?:with|to) (?:a|the) year[- ]ago)", _I)
YOY_METRIC_VERB = re.compile(r"(?:增长|增加|增速|增幅|增长率|上升|提升|grew|increased|rose|up)(?:了|为|达|达到|by)?\s?$", _I)
QOQ = re.compile(r"环比|sequential|from the previous quarter|quarter[- ]over[- ]quarter|QoQ|q/q|较上季", _I)
NEGATIVE = re.compile(r"下降|减少|下滑|下跌|降低|萎缩|down|declin|decreas|fell|dropped", _I)
CAGR_CUE = re.compile(r"复合(?:年)?(?:均)?增(?:长)?率|年均复合|年复合|CAGR|compound annual|年均增(?:长率|速|幅)", _I)
MARKET_SHARE_CUE = re.compile(r"份额|市占率|市场占有率|market share", _I)
SHARE_CUE = re.compile(r"占比|占据|占到|占有|比例|渗透率|比重|share of|\bshare\b", _I)
MODEL_METRICS = {"model_parameters", "training_tokens", "training_compute", "training_cost"}
COMPANY_METRICS = MODEL_METRICS | {
    "capex", "compute_investment", "revenue", "datacenter_revenue", "tender_quantity", "tender_amount",
    "award_amount", "accelerator_count", "datacenter_power",
}
TENDER_METRICS = {"tender_quantity", "tender_amount"}
BASIS_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("target", re.compile(r"目标|规划|计划|力争|plans? to|planned|target|aims? to|goal", _I)),
    ("forecast", re.compile(
        r"预计|预测|有望|预期|展望|将(?:达|超|突破|增|提升|保持|实现|在|会)|guidance|expects?|expected|anticipates?|outlook|forecast|projected|will\b|to be (?:in the range|approximately|about)", _I)),
    ("estimate", re.compile(r"可能|估算|推算|推断|测算|估计|预估|或达|可超|可达|约合|estimated|estimate", _I)),
]
FUTURE_UNKNOWN = re.compile(r"未来|今后|远期|in the future|eventually")
WEAK_PRICE_GAP = re.compile(r"算|就是|合计|总共|共|需要|花费")
SENT_END = re.compile(r"[。！？!?；;\n]|\.(?=\s|$)")
DATACENTER_CUE = re.compile(r"数据中心|智算中心|算力中心|data ?cent|campus|集群|cluster", _I)
TRAINING_CUE = re.compile(r"训练|train", _I)
#: text between a number's end and a period stated after it ("$64 billion for 2025")
AFTER_PERIOD_GAP = re.compile(
    r"^[^,;:。]{0,28}?(?:\s(?:in|for|during|by|through|over|of|as of|at the end of)\s(?:the\s)?|[(（])$", _I)
TRANSITION_TO = re.compile(r"^[^,。;]{0,6}?(?:增长|提升|上升|增加|下降|降低|降|涨|升)?(?:到|至|to)\s?$", _I)
PLAN_TITLE = re.compile(r"规划|实施方案|行动计划|行动方案|指导意见|工作方案|\bplan\b", _I)
LIST_SEP = re.compile(r"^\s?(?:[、和及与]|and)\s?$")


@dataclass
class _Candidate:
    fact: Fact
    score: float
    order: int


@dataclass
class _Value:
    """A value fact produced in the current sentence (for inheritance by later numbers)."""

    metric: str
    unit_kind: str
    period: str | None
    region: str | None
    entity: str | None
    item: str | None
    basis: str
    periods: list[str | None] = field(default_factory=list)
    end: int = 0
    unit: str | None = None


@dataclass
class _Doc:
    norm: Normalized
    text: str
    published: date | None
    kind: str
    periods: list[PeriodMention]
    entities: list[NameMention]
    regions: list[NameMention]
    items: list[NameMention]
    markets: list[NameMention]
    paragraphs: list[tuple[int, int]]
    zh: bool
    doc_entity: str | None
    doc_buyer: str | None
    plan: bool = False


def _unit_kind(unit: str | None) -> str:
    if unit is None:
        return "none"
    if re.fullmatch(r"[A-Z]{3}", unit):
        return "money"
    return unit


def _segments(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``."""
    out = []
    start = 0
    for m in SENT_END.finditer(text):
        end = m.end()
        if end - start > 0 and text[start:end].strip():
            out.append((start, end))
        start = end
    if start < len(text) and text[start:].strip():
        out.append((start, len(text)))
    return out


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Start of the clause holding ``pos`` (clauses end at , ， : but not 55,054)."""
    i = pos - 1
    while i >= lo:
        c = text[i]
        if c in ",:" and not (c == "," and i > 0 and text[i - 1].isdigit() and text[i + 1 : i + 4].isdigit()):
            return i + 1
        i -= 1
    return lo


def _clause_end(text: str, pos: int, hi: int) -> int:
    i = pos
    while i < hi:
        c = text[i]
        if c in ",:" and not (c == "," and text[i - 1 : i].isdigit() and text[i + 1 : i + 4].isdigit()):
            return i
        i += 1
    return hi


def _last_keyword(table: list[tuple[str, re.Pattern[str]]], s: str) -> tuple[str, int, int] | None:
    """(metric, start, end) of the keyword ending last in ``s``; ties go to the earlier table row."""
    best: tuple[str, int, int] | None = None
    for metric, pat in table:
        for m in pat.finditer(s):
            if best is None or m.end() > best[2]:
                best = (metric, m.start(), m.end())
    return best


def _nearest_before(mentions: list[NameMention], lo: int, hi: int) -> NameMention | None:
    cands = [m for m in mentions if lo <= m.start and m.end <= hi]
    return cands[-1] if cands else None


def _first_after(mentions: list[NameMention], lo: int, hi: int) -> NameMention | None:
    cands = [m for m in mentions if lo <= m.start and m.end <= hi]
    return cands[0] if cands else None


class _Extractor:
    def __init__(self, doc: _Doc) -> None:
        self.d = doc
        self.out: list[_Candidate] = []
        #: the last share fact of the current sentence: (sentence, metric, item, entity)
        self.last_share: tuple[tuple[int, int], str, str | None, str | None] | None = None

    # -- key resolution ----------------------------------------------------------------------
    def period_for(self, pos: int, sent: tuple[int, int], clause_lo: int, clause_hi: int,
                   prefer_span: bool = False, end: int | None = None) -> str | None:
        d = self.d
        ps = d.periods
        if prefer_span:
            spans = [p for p in ps if p.kind == "span" and sent[0] <= p.start and p.end <= pos]
            if spans:
                return spans[-1].period
            para = self.para_of(pos)
            spans = [p for p in ps if p.kind == "span" and para[0] <= p.start and p.end <= pos]
            if spans:
                return spans[-1].period
            if d.kind == "tender":
                spans = [p for p in ps if p.kind == "span" and p.end <= pos]
                if spans:
                    return spans[0].period
        before = [p for p in ps if sent[0] <= p.start and p.end <= pos]
        in_clause = [p for p in before if p.start >= clause_lo]
        if in_clause:
            return in_clause[-1].period
        after = [p for p in ps if pos <= p.start and p.end <= clause_hi and p.kind != "future"]
        if after:
            gap = d.text[end if end is not None else pos : after[0].start]
            head = d.text[after[0].start : after[0].end]
            if AFTER_PERIOD_GAP.match(gap) or (len(gap) <= 28 and not re.search(r"[,;:。]", gap)
                                                and re.match(r"(?:in|for|during|by|through|of)\s", head)):
                return after[0].period
        if before:
            return before[-1].period
        para = self.para_of(pos)
        earlier = [p for p in ps if para[0] <= p.start and p.end <= pos and p.kind != "future"]
        if earlier:
            return earlier[-1].period
        if d.kind == "capex":
            first = [p for p in ps if p.kind in ("fiscal", "quarter", "half") and p.end <= pos]
            if first:
                return first[0].period
        return None

    def para_of(self, pos: int) -> tuple[int, int]:
        for p in self.d.paragraphs:
            if p[0] <= pos < p[1]:
                return p
        return (0, len(self.d.text))

    def region_for(self, lo: int, pos: int, sent: tuple[int, int], clause_hi: int) -> str | None:
        d = self.d
        r = _nearest_before(d.regions, lo, pos) or _nearest_before(d.regions, sent[0], pos)
        if r is None:
            r = _first_after(d.regions, pos, clause_hi)
        if r is None:
            para = self.para_of(pos)
            r = _nearest_before(d.regions, para[0], pos)
        return r.name if r else None

    def entity_for(self, metric: str, lo: int, pos: int, end: int, sent: tuple[int, int],
                   clause_lo: int, clause_hi: int) -> str | None:
        d = self.d
        if metric in MODEL_METRICS:
            models = [e for e in d.entities if e.type == "model" and clause_lo <= e.start and e.end <= clause_hi]
            if models:
                return min(models, key=lambda e: min(abs(e.end - pos), abs(e.start - end))).name
            hi = clause_lo
            for _ in range(3):
                if hi <= sent[0]:
                    break
                lo_c = _clause_start(d.text, sent[0], hi - 1)
                found = [e for e in d.entities if e.type == "model" and lo_c <= e.start and e.end <= hi]
                if found:
                    return found[-1].name
                if re.search(r"模型|model", d.text[lo_c:hi], re.I):
                    return None
                hi = lo_c
            return None
        companies = [e for e in d.entities if e.type != "model" and not self.is_vendor(e)]
        if metric in TENDER_METRICS or (metric == "unit_price" and TENDER_CUE.search(d.text[sent[0]:sent[1]])):
            ops = [e for e in companies if e.type == "operator"]
            para = self.para_of(pos)
            e = _nearest_before(ops, sent[0], pos) or _nearest_before(ops, para[0], pos)
            if e:
                return e.name
            if d.doc_buyer:
                return d.doc_buyer
        if metric == "award_amount":
            bidders = [e for e in companies if e.type != "operator"]
            e = _nearest_before(bidders, lo, pos) or _nearest_before(bidders, sent[0], pos)
            return e.name if e else None
        e = _nearest_before(companies, lo, pos) or _nearest_before(companies, sent[0], pos)
        if e is None and metric != "unit_price":
            para = self.para_of(pos)
            e = _first_after(companies, para[0], pos)
        if e is not None:
            return e.name
        if d.kind == "capex" and (metric in ("capex", "revenue", "datacenter_revenue") or re.search(
                r"\b(?:we|our|the company)\b|公司|本公司", d.text[sent[0] : pos], re.I)):
            return d.doc_entity
        return None

    def is_vendor(self, e: NameMention) -> bool:
        """A company named right before a chip or after a count (``35万张英伟达H100``)."""
        t = self.d.text
        after = t[e.end : e.end + 8]
        before = t[max(0, e.start - 2) : e.start]
        chip = re.match(r"\s?(?:[A-Z]{1,2}\d{2,4}|p00|GPU|芯片|显卡|加速卡|的GPU)", after)
        return bool(chip) and (bool(re.search(r"[张枚块颗片]$", before)) or bool(re.match(r"\s?[A-Za-z]?\d", after)))

    def item_for(self, metric: str, m: Mention, lo: int, sent: tuple[int, int], clause_hi: int) -> str | None:
        d = self.d
        inside = _first_after(d.items, m.start, m.end)
        if inside:
            return inside.name
        after = _first_after(d.items, m.end, min(clause_hi, m.end + 12))
        if after and metric in ("accelerator_count", "unit_price", "tender_quantity", "shipments") and after.start - m.end <= 8 \
                and not TENDER_CUE.search(d.text[m.end:after.start]):
            return after.name
        it = _nearest_before(d.items, lo, m.start)
        if it is None and metric in ("unit_price", "tender_amount", "accelerator_count"):
            it = _nearest_before(d.items, sent[0], m.start)
        if it is None:
            return None
        if metric == "accelerator_count" and it.name in ("server", "ai_server", "switch"):
            return None
        return it.name

    def basis_for(self, sent_lo: int, pos: int, period: str | None) -> str:
        s = self.d.text[sent_lo:pos]
        best: tuple[str, int] | None = None
        for basis, pat in BASIS_CUES:
            for m in pat.finditer(s):
                if best is None or m.end() > best[1]:
                    best = (basis, m.end())
        basis = best[0] if best else "actual"
        if self.d.plan and basis == "forecast" and not re.search(r"预计|预测|有望|expects?|forecast", s[-30:]):
            basis = "target"
        pub = self.d.published
        year = _period_end_year(period)
        if pub and year is not None:
            if basis in ("forecast", "estimate") and year < pub.year:
                basis = "actual"
            elif basis == "actual" and year > pub.year and period and "-" not in period:
                basis = "target" if self.d.plan else "forecast"
        return basis

    # -- emission ------------------------------------------------------------------------------
    def emit(self, score: float, **kw: object) -> None:
        for k in ("value", "low", "high"):
            v = kw.get(k)
            if isinstance(v, float):
                kw[k] = float(f"{v:.12g}")
        try:
            f = Fact(**kw)  # type: ignore[arg-type]
        except FactError:
            return
        self.out.append(_Candidate(f, score, len(self.out)))

    def quote_start(self, clause_lo: int, lo: int, pos: int) -> int:
        """Quotes start at the clause, or after the previous number when it shares the clause."""
        start = max(clause_lo, lo)
        while start < pos and self.d.text[start] in "、,;)）和及与 ":
            start += 1
        return start

    def quote(self, lo: int, hi: int) -> str:
        q = self.d.norm.quote(lo, hi)
        return q

    # -- the sentence loop -------------------------------------------------------------------
    def run(self) -> list[Fact]:
        d = self.d
        mentions = find_mentions(d.text)
        by_sent: dict[tuple[int, int], list[Mention]] = {}
        sents = _segments(d.text)
        si = 0
        for m in mentions:
            while si < len(sents) and sents[si][1] <= m.start:
                si += 1
            if si < len(sents):
                by_sent.setdefault(sents[si], []).append(m)
        for sent, ms in by_sent.items():
            self.sentence(sent, ms)
        return _dedupe(self.out)

    def sentence(self, sent: tuple[int, int], ms: list[Mention]) -> None:
        d = self.d
        text = d.text
        values: list[_Value] = []
        respectively = self.respectively(sent, ms)
        prev_end = sent[0]
        for idx, m in enumerate(ms):
            lo = prev_end
            prev_end = m.end
            local = text[lo : m.start]
            clause_lo = _clause_start(text, sent[0], m.start)
            clause_hi = _clause_end(text, m.end, sent[1])
            next_start = ms[idx + 1].start if idx + 1 < len(ms) else sent[1]
            after = text[m.end : min(next_start, m.end + 24)]
            kind = _unit_kind(m.unit)
            if kind == "%":
                self.percent(m, sent, lo, local, after, clause_lo, clause_hi, values, respectively.get(idx))
                continue
            v = self.value(m, sent, lo, local, clause_lo, clause_hi, values, respectively.get(idx))
            if v is not None:
                values.append(v)

    def respectively(self, sent: tuple[int, int], ms: list[Mention]) -> dict[int, str]:
        """``A、B分别为x、y``: mention index -> entity name."""
        d = self.d
        text = d.text
        out: dict[int, str] = {}
        for m in re.finditer(r"分别(?:为|是|达|达到|占|约为)?", text[sent[0] : sent[1]]):
            at = sent[0] + m.start()
            vals = [i for i, x in enumerate(ms) if x.start >= at]
            chain: list[int] = []
            for i in vals:
                if chain and not re.fullmatch(r"\s?[、,和及与]\s?|\s?and\s", text[ms[chain[-1]].end : ms[i].start]):
                    break
                chain.append(i)
            names = [e for e in d.entities if sent[0] <= e.start and e.end <= at]
            group: list[NameMention] = []
            for e in reversed(names):
                if group and not re.fullmatch(r"\s?[、,和及与]\s?|\s?and\s", text[e.end : group[0].start]):
                    break
                group.insert(0, e)
            if len(group) >= 2 and len(group) == len(chain):
                for i, e in zip(chain, group, strict=True):
                    out[i] = e.name
        return out

    def value(self, m: Mention, sent: tuple[int, int], lo: int, local: str, clause_lo: int, clause_hi: int,
              values: list[_Value], resp_entity: str | None) -> _Value | None:
        d = self.d
        text = d.text
        kind = _unit_kind(m.unit)
        unit = m.unit
        sent_text = text[sent[0] : sent[1]]
        metric: str | None = None
        score = 1.0
        if kind == "money" or kind == "none":
            kw = _last_keyword(MONEY_KEYWORDS, local)
            if kw and kw[0] == "unit_price":
                gap = local[kw[2]:]
                if len(gap) > 16 or WEAK_PRICE_GAP.search(gap):
                    kw = None
            if kw and kw[0] in ("tender_amount",) and kw[1] >= 0 and local[kw[1]:kw[2]] == "金额" \
                    and not (TENDER_CUE.search(sent_text) or d.kind == "tender"):
                kw = None
            if kw and kw[0] == "award_amount" and kw[1] >= 0 and not re.search(r"中标|成交|award|投标", local):
                kw = None
            if m.per_unit:
                metric = "unit_price"
            elif kw:
                metric = kw[0]
            if kind == "none" and values and LIST_SEP.match(local) and values[-1].unit is not None:
                prev = values[-1]
                metric, unit, kind = prev.metric, prev.unit, prev.unit_kind
            elif kind == "none":
                param_kw = re.search(r"参数(?:量|规模)?|parameters", local)
                if param_kw and (metric is None or param_kw.end() > (kw[2] if kw else -1)):
                    metric, unit, kind = "model_parameters", "params", "params"
                elif metric == "unit_price":
                    unit = self.sentence_currency(sent)
                    kind = "money"
                else:
                    return None
        elif kind == "FLOPS":
            kw = _last_keyword(FLOPS_KEYWORDS, local)
            metric = kw[0] if kw else None
        elif kind == "FLOP":
            metric = "training_compute"
        elif kind == "params":
            metric = "model_parameters"
        elif kind == "tokens":
            metric = "training_tokens" if TRAINING_CUE.search(sent_text) else None
        elif kind == "W":
            metric = "datacenter_power" if DATACENTER_CUE.search(sent_text) else None
        elif kind == "units":
            metric = self.count_metric(m, local, sent_text, sent, clause_hi)
        inherited = False
        if metric is None:
            if COMPARISON.search(local) or QOQ.search(local):
                return None
            same = [v for v in values if v.unit_kind == kind]
            if not same or kind in ("units",):
                return None
            metric = same[-1].metric
            inherited = True
            score -= 0.3
        if COMPARISON.search(local[-8:]) and not (m.start - lo > 12):
            return None
        # keys
        prefer_span = metric in TENDER_METRICS or metric == "award_amount" or (
            metric == "unit_price" and bool(TENDER_CUE.search(sent_text)))
        period = self.period_for(m.start, sent, clause_lo, clause_hi, prefer_span=prefer_span, end=m.end)
        if FUTURE_UNKNOWN.search(text[clause_lo : m.start]) and not [
                p for p in d.periods if clause_lo <= p.start and p.end <= m.start and p.kind != "future"]:
            period = None
        if inherited and values and not [p for p in d.periods if lo <= p.start < m.start]:
            period = values[-1].period if period is None or FUTURE_UNKNOWN.search(local) is None else period
        entity: str | None = None
        region: str | None = None
        if metric in COMPANY_METRICS or metric in ("unit_price",):
            entity = resp_entity or self.entity_for(metric, lo, m.start, m.end, sent, clause_lo, clause_hi)
            if inherited and entity is None and values:
                entity = values[-1].entity
            if metric in MODEL_METRICS and entity is None:
                return None
            if entity is None and metric in ("accelerator_count", "tender_quantity", "capex", "revenue",
                                             "datacenter_revenue"):
                region = self.region_for(lo, m.start, sent, clause_hi)
        else:
            region = self.region_for(lo, m.start, sent, clause_hi)
            if inherited and values and not [r for r in d.regions if lo <= r.start < m.start]:
                region = values[-1].region
        item = self.item_for(metric, m, lo, sent, clause_hi) if metric in (
            "tender_quantity", "tender_amount", "unit_price", "accelerator_count", "shipments", "award_amount") else None
        if TOTAL_CUE.search(local):
            score += 0.5
            parts = {v.item for v in values if v.metric == metric and v.item}
            if item is None and len(parts) == 1:
                item = parts.pop()
        if m.qualifier in (">", ">=", "<", "<="):
            score -= 0.5
        if re.search(r"从[^,。;]{0,20}$", local) and re.match(r"[^,。;]{0,10}(?:到|至)", text[m.end : m.end + 12]):
            score -= 0.8
        if metric == "unit_price" and m.per_unit:
            score += 0.3
        q_lo = self.quote_start(clause_lo, lo, m.start)
        # slash list aligned with a span of years
        if m.is_list:
            periods = self.list_periods(m, sent, len(m.values))
            basis = self.basis_for(sent[0], m.start, periods[-1] if periods[-1] else period)
            for val, per in zip(m.values, periods, strict=True):
                self.emit(score, metric=metric, value=val, unit=unit, period=per, region=region, entity=entity,
                          item=item, basis=self.basis_for(sent[0], m.start, per) if per else basis,
                          qualifier=m.qualifier, quote=self.quote(q_lo, m.end))
            return _Value(metric, kind, period, region, entity, item, basis, periods, m.end, unit)
        basis = self.basis_for(sent[0], m.start, period)
        self.emit(score, metric=metric, value=m.value, low=m.low, high=m.high, unit=unit, period=period,
                  region=region, entity=entity, item=item, basis=basis, qualifier=m.qualifier,
                  quote=self.quote(q_lo, m.end))
        return _Value(metric, kind, period, region, entity, item, basis, [], m.end, unit)

    def sentence_currency(self, sent: tuple[int, int]) -> str:
        s = self.d.text[sent[0] : sent[1]]
        for pat, code in (("美元", "USD"), ("新台币", "TWD"), ("港元", "HKD"), ("元", "CNY"), ("人民币", "CNY"), ("$", "USD")):
            if pat in s:
                return code
        return "CNY" if self.d.zh else "USD"

    def count_metric(self, m: Mention, local: str, sent_text: str, sent: tuple[int, int], clause_hi: int) -> str | None:
        if re.search(r"出货|shipments|shipped", local, re.I):
            return "shipments"
        if (TENDER_CUE.search(sent_text) and m.count_word in ("台", "套", "units", "servers", "")) or (
                self.d.kind == "tender" and m.count_word in ("台", "套")):
            return "tender_quantity"
        around = local[-16:] + self.d.text[m.end : m.end + 12]
        chip_word = re.search(r"GPU|芯片|加速卡|显卡|算力卡|[A-Z]{1,2}\d{2,3}|accelerator|chip", around, re.I)
        if m.count_word in ("张", "枚", "颗", "片", "卡", "块") and chip_word:
            return "accelerator_count"
        if re.search(r"GPU|chip|accelerator|[A-Z]\d{2,3}", m.count_word, re.I):
            return "accelerator_count"
        return None

    def list_periods(self, m: Mention, sent: tuple[int, int], n: int) -> list[str | None]:
        spans = [p for p in self.d.periods if p.kind == "span" and sent[0] <= p.start and p.end <= m.start]
        if spans and spans[-1].period:
            a, b = (int(x) for x in spans[-1].period.split("-"))
            if b - a + 1 == n:
                return [str(y) for y in range(a, b + 1)]
        return [None] * n

    def percent(self, m: Mention, sent: tuple[int, int], lo: int, local: str, after: str, clause_lo: int,
                clause_hi: int, values: list[_Value], resp_entity: str | None) -> None:
        d = self.d
        text = d.text
        tail = local[-18:]
        head = after[:24]
        if QOQ.search(tail) or re.match(r"^\s?(?:环比|sequential|from the previous quarter|quarter)", head, re.I):
            return
        sent_before = text[sent[0] : m.start]
        metric: str | None = None
        if self.last_share and self.last_share[0] == sent and TRANSITION_TO.match(local):
            _, metric, item, ent = self.last_share
            self.share(metric, m, m.value, sent, lo, local, clause_lo, clause_hi, ent, item)
            return
        if CAGR_CUE.search(tail) or CAGR_CUE.search(head[:14]):
            metric = "cagr"
        elif YOY_BEFORE.search(tail) or YOY_AFTER.search(head) or (YOY_METRIC_VERB.search(tail) and _last_keyword(OF_KEYWORDS, local) and not re.search(r"涨幅|占比", tail)):
            metric = "yoy_growth"
        elif (re.search(r"\($", local) and _nearest_before(d.entities, m.start - 12, m.start) and (
                MARKET_SHARE_CUE.search(sent_before) or _nearest_before(d.markets, sent[0], m.start))) or (MARKET_SHARE_CUE.search(sent_before) and (
                resp_entity or _nearest_before(d.entities, lo, m.start) or re.search(r"\($", local))):
            metric = "market_share"
        elif SHARE_CUE.search(tail) and _nearest_before(d.items, clause_lo, m.start):
            metric = "share"
        if metric is None:
            return
        value = m.value
        if metric == "yoy_growth" and NEGATIVE.search(tail[-8:] + head[:0]) and value > 0:
            value = -value
        if metric == "yoy_growth" and re.match(r"^\s?(?:down|lower|decline)", head, re.I) and value > 0:
            value = -value
        if metric in ("market_share", "share"):
            self.share(metric, m, value, sent, lo, local, clause_lo, clause_hi, resp_entity)
            return
        # of: keyword in the local context, else the previous value of the sentence
        kw = _last_keyword(OF_KEYWORDS, local)
        ref = values[-1] if values else None
        of: str | None = None
        if kw:
            of = kw[0]
            if ref is not None and ref.metric != of:
                ref = None
        elif ref is not None:
            of = ref.metric
        else:
            kw = _last_keyword(OF_KEYWORDS, text[sent[0] : m.start])
            of = kw[0] if kw else None
        if of is None:
            return
        quote = self.quote(clause_lo, m.end)
        if metric == "cagr":
            period = self.cagr_period(sent, m.start, values)
            region = ref.region if ref else self.region_for(lo, m.start, sent, clause_hi)
            entity = ref.entity if ref else None
            if ref is None and of in COMPANY_METRICS:
                entity = self.entity_for(of, lo, m.start, m.end, sent, clause_lo, clause_hi)
                region = None
            basis = self.basis_for(sent[0], m.start, None)
            if basis == "actual" and ref is not None:
                basis = ref.basis
            self.emit(1.0, metric="cagr", value=value, low=m.low, high=m.high, unit="%", period=period,
                      region=region, entity=entity, of=of, basis=basis, qualifier=m.qualifier, quote=quote)
            return
        if ref is not None:
            vals = m.values if m.is_list else [value]
            pers = ref.periods if m.is_list and len(ref.periods) == len(vals) else [ref.period] * len(vals)
            for val, per in zip(vals, pers, strict=True):
                self.emit(1.0, metric="yoy_growth", value=val, unit="%", period=per, region=ref.region,
                          entity=ref.entity, item=ref.item, of=of, basis=ref.basis, qualifier=m.qualifier,
                          quote=quote)
            return
        period = self.period_for(m.start, sent, clause_lo, clause_hi)
        entity = None
        region = None
        if of in COMPANY_METRICS:
            entity = self.entity_for(of, lo, m.start, m.end, sent, clause_lo, clause_hi)
        else:
            region = self.region_for(lo, m.start, sent, clause_hi)
        vals = m.values if m.is_list else [value]
        for val in vals:
            self.emit(0.9, metric="yoy_growth", value=val, unit="%", period=period, region=region, entity=entity,
                      of=of, basis=self.basis_for(sent[0], m.start, period), qualifier=m.qualifier, quote=quote)

    def share(self, metric: str, m: Mention, value: float, sent: tuple[int, int], lo: int, local: str,
              clause_lo: int, clause_hi: int, resp_entity: str | None, item: str | None = None) -> None:
        d = self.d
        mk = _nearest_before(d.markets, sent[0], m.start)
        of = mk.name if mk else None
        period = self.period_for(m.start, sent, clause_lo, clause_hi)
        region = None
        reg = _nearest_before(d.regions, sent[0], m.start)
        if reg:
            region = reg.name
        if metric == "market_share":
            ent = resp_entity
            if ent is None:
                e = _nearest_before([x for x in d.entities if x.type != "model"], lo, m.start)
                ent = e.name if e else None
            if ent is None:
                return
            self.last_share = (sent, metric, None, ent)
            q_lo = self.quote_start(clause_lo, lo, m.start)
            e_at = _nearest_before(d.entities, q_lo - 1, m.start) if re.search(r"\($", local) else None
            if e_at is not None:
                q_lo = e_at.start
            self.emit(1.0, metric="market_share", value=value, low=m.low, high=m.high, unit="%", period=period,
                      region=region, entity=ent, of=of, basis=self.basis_for(sent[0], m.start, period),
                      qualifier=m.qualifier, quote=self.quote(q_lo, m.end + (1 if d.text[m.end:m.end + 1] == ")" else 0)))
            return
        if item is None:
            items = [x for x in d.items if not any(k.start <= x.start and x.end <= k.end for k in d.markets)]
            it = _nearest_before(items, clause_lo, m.start)
            if it is None:
                return
            item = it.name
        self.last_share = (sent, metric, item, None)
        score = 1.0
        trans_from = re.search(r"从[^,。;]{0,20}$", local) and re.match(r"[^,。;]{0,10}(?:到|至)", d.text[m.end:m.end + 12])
        spans = [p for p in d.periods if p.kind == "span" and sent[0] <= p.start and p.end <= m.start]
        if spans and spans[-1].period and re.search(r"从|到|至", d.text[sent[0]:m.end + 12]):
            a, b = spans[-1].period.split("-")
            period = a if trans_from else b
        elif trans_from:
            score -= 0.8
        self.emit(score, metric="share", value=value, unit="%", period=period, region=region, item=item, of=of,
                  basis=self.basis_for(sent[0], m.start, period), qualifier=m.qualifier,
                  quote=self.quote(clause_lo, m.end))

    def cagr_period(self, sent: tuple[int, int], pos: int, values: list[_Value]) -> str | None:
        spans = [p for p in self.d.periods if p.kind == "span" and sent[0] <= p.start and p.end <= pos + 6]
        if spans:
            return spans[-1].period
        if FUTURE_UNKNOWN.search(self.d.text[_clause_start(self.d.text, sent[0], pos) : pos]):
            return None
        years = sorted({int(v.period[:4]) for v in values if v.period and v.period[:4].isdigit()})
        if len(years) >= 2:
            return f"{years[0]}-{years[-1]}"
        return None


def _period_end_year(period: str | None) -> int | None:
    if not period:
        return None
    m = re.search(r"(\d{4})(?!.*\d{4})", period)
    if not m or period.startswith("FY"):
        return None
    return int(m.group(1))


def _dedupe(cands: list[_Candidate]) -> list[Fact]:
    """One value per key: the best-supported candidate (then the first) stays."""
    groups: dict[tuple[object, ...], list[_Candidate]] = {}
    for c in cands:
        f = c.fact
        key = (f.metric, f.unit, f.period, f.region, f.entity, f.item, f.of)
        groups.setdefault(key, []).append(c)
    keep: list[_Candidate] = []
    for group in groups.values():
        best = max(group, key=lambda c: (c.score, -c.order))
        keep.append(best)
    keep.sort(key=lambda c: c.order)
    return [c.fact for c in keep]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    for m in re.finditer(r"\n", text):
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _doc_entity(entities: list[NameMention], types: tuple[str, ...]) -> str | None:
    counts: dict[str, int] = {}
    for e in entities:
        if e.type in types:
            counts[e.name] = counts.get(e.name, 0) + 1
    if not counts:
        return None
    first = next(e.name for e in entities if e.type in types)
    top = max(counts.values())
    return first if counts[first] == top else max(counts, key=lambda k: counts[k])


def extract_facts(text: str, *, published: date | None = None, kind: str | None = None) -> list[Fact]:
    """All facts stated in ``text`` (see the module docstring for the rules).

    ``published`` resolves relative periods (今年, last year); when None it is read from the text
    (a dateline near the top), and stays unknown otherwise. ``kind`` forces tender / capex /
    market_report instead of classifying the text.
    """
    norm = normalize(text)
    t = norm.text
    if published is None:
        published = find_published(t)
    kind = kind or classify_kind(t)
    table = alias_table()
    entities = table.find_entities(t)
    doc = _Doc(
        norm=norm,
        text=t,
        published=published,
        kind=kind,
        periods=find_periods(t, published),
        entities=entities,
        regions=table.find_regions(t, entities),
        items=table.find_items(t),
        markets=table.find_markets(t),
        paragraphs=_paragraphs(t),
        zh=sum(1 for c in t[:3000] if "\u4e00" <= c <= "\u9fff") > 50,
        doc_entity=_doc_entity(entities, ("company",)),
        doc_buyer=_doc_entity(entities, ("operator",)),
        plan=bool(PLAN_TITLE.search(t[:200])),
    )
    return _Extractor(doc).run()
