"""Facts from text: every quantity gets a metric, keys, a basis and its exact quote — or a reason.

The pipeline (each step linear in the text; lookups by position use bisect, never a rescan):

1. **Normalise** (:mod:`connectors.textnorm`): traditional -> simplified, full-width -> ASCII,
   soft line wraps joined; every character maps back to the original for the quote.
2. **Index**: one scan for quantities (:mod:`connectors.numbers`), one for periods
   (:mod:`connectors.periods`, with the fiscal calendars of ``lexicons/calendars.toml``), one
   Aho-Corasick pass for every lexicon keyword (:mod:`connectors.lexicon`: metric words in
   ``lexicons/metrics.toml``, cue words in ``lexicons/cues.toml``) and one for names
   (``aliases.toml``: companies, operators, models, regions, items, markets).
3. **Segment**: sentences end at ``。！？!?；;`` or ``. ``; clauses at ``,`` ``，`` ``:`` (not a
   thousands separator). Each quantity reads its *local context*: the text back to the previous
   quantity of its sentence (at most ``WINDOW`` characters).
4. **Metric** (by the unit of the quantity):

   * money / compute rate / power / counts look for the metric keyword ending nearest before the
     number in the local context, then a keyword right after it ("$5.1 billion in computing
     power"), then the metric of the previous value of the same unit in the sentence (a list
     continues: ``营收21亿、净利5亿``), unless the number is the base of a comparison
     (``去年同期的``, ``up from``), which is skipped;
   * counts: ``shipments`` after a shipment word, ``tender_quantity`` in a sentence with a tender
     cue (or a tender document), ``accelerator_count`` for chips/GPUs/cards;
   * percentages: year-on-year growth (``同比``, ``year-over-year``, a growth verb after a metric
     word), CAGR, market share (a company with ``份额``), share (``占比`` with an item or a
     metric); quarter-on-quarter growth and percentage points are skipped. ``of`` is the metric
     named in the local context, else the previous value's metric, whose keys it inherits.
5. **Keys** from the nearest names, with the document's context where the sentence leaves them
   implicit: the subject company of a release (most-named company), the buyer of a tender (the
   operator named), the region of a market report. A winning bidder is never the buyer.
   Company metrics are keyed by entity (region null); market metrics by region.
6. **Period**: nearest in the clause before, then right after ("for 2025"), then the sentence,
   then the paragraph; a cagr takes a span; a tender prefers a stated span.
7. **Basis**: the nearest cue before in the sentence (``lexicons/cues.toml`` [basis]);
   a forecast for a period already over at publication is actual; a future period with no cue is
   forecast (target in a plan document).
8. **One value per key**: where values disagree the better-supported one stays (explicit keyword
   over inherited, totals over parts, exact over bounded, the end of a ``从A到B`` move).

:func:`explain` returns, for every quantity, the fact it became or why it was skipped.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from connectors.classify import KIND_GROUP, classify_kind, detect_language
from connectors.contract import Fact, FactError, metric_kinds
from connectors.entities import SECURITY_CODE, TICKER, NameMention, alias_table, home_country
from connectors.headline import title_end, title_start
from connectors.lexicon import Hit, KeywordIndex, lexicon
from connectors.literals import scan
from connectors.numbers import Mention, currency_of, find_mentions, strip_qualifier, suffix_qualifier_end
from connectors.periods import (
    DATE_ONLY_KINDS,
    FISCAL_QUARTER,
    PART_YEAR,
    QUARTER_LABEL,
    YEAR_DIGITS,
    PeriodMention,
    compared_before,
    find_periods,
    find_published,
    fiscal_quarter,
    fiscal_reading_nearer,
    next_quarter,
    next_years,
    not_ended,
    previous_month,
    previous_quarter,
    release_date,
    since_after,
    url_spans,
)
from connectors.results_tables import GUIDE_MARK, ResultCell, find_result_cells, may_name_unit
from connectors.tables import TableCell, find_table_cells, label_unit
from connectors.textnorm import Normalized, normalize, simplify

#: the local context of a number reaches back at most this many characters
WINDOW = 160
#: a period stated earlier in the paragraph applies this far (characters) before the document's own
PARA_REACH = 160
#: the document's own period (a release's quarter) is read from its first characters (title, dateline)
HEAD_CHARS = 400

MODEL_METRICS = {"model_parameters", "training_tokens", "training_compute", "training_cost"}
#: the estimate words that a research house or an analyst named right before makes a forecast (cues.toml [forecaster])
FORECASTER_ESTIMATES = frozenset({"估", "估计", "推估", "estimates", "estimated", "estimate"})
FORECASTER_REACH = 24
#: the forecasters who expect a company's result rather than measure a market (LABELLING.md B2)
ANALYSTS = frozenset({"analysts", "analyst", "分析师", "法人", "券商", "投行"})
#: right after a company: it publishes its report (中科曙光(603019)发布前三季度业绩报告, 公布了, 披露)
REPORTS_AFTER = re.compile(r"\s?(?:[(（][^()（）]{1,12}[)）])?\s?(?:今日|当日|昨日|晚间)?(?:发布|公布|披露|公告|发布了|公布了|披露了)")
#: how far back into the sentence before a bare 公司 the company introduced as reporting is looked for
REPORTER_REACH = 80
#: right after an amount: it is how much one figure passes another ($5 billion higher than analysts had expected)
DIFFERENCE_AFTER = re.compile(r" (?:higher|lower|more|less|above|below|greater|larger|smaller|bigger)(?: (?:than|vs\.?) |[.,;:)]|$)",
                              re.I)  # (… than expected; guidance would have been about $8 billion higher.)
#: how far after a data centre's power, in its paragraph, a bare power figure goes on counting it (carried_metric)
POWER_CARRY_REACH = 400
#: between a place and a share in a bracket right after it (中国市场(占23%), 亚太地区(占16%), 美国(16%))
#: an alias of the place opening its bracket before the rate (Europe (EMEA, 13%))
_BRACKET_ALIAS = r"(?-i:[A-Z][A-Za-z&]{1,9})\s?[,，]\s?"
PLACE_BRACKET_BEFORE = re.compile(r"(?:市场|地区|区域|market|region)?\s?[(（]\s?(?:" + _BRACKET_ALIAS + r")?(?:占比?|约|约占)?\s?$",
                                  re.I)
PLACE_BRACKET_REACH = 16
#: a rate right after such an alias in its bracket (bracketed_place_rate asks for it before any search)
RATE_AFTER_BRACKET_ALIAS = re.compile(r"[(（]\s?" + _BRACKET_ALIAS + "$")
#: the operators named as one (三大运营商, 三家电信运营商)
OPERATORS_AS_ONE = re.compile(r"(?:[三四]大|三家)(?:电信)?运营商")
#: a commitment of money before the amount (has committed USD 12.7 billion, committing $6.2 billion, pledged, 承诺投资)
COMMITTED_BEFORE = re.compile(r"\bcommit(?:ted|s|ting)?\b|\bpledg(?:ed|es|ing)\b|承诺", re.I)
COMMITTED_REACH = 80
#: right before a count: the quantity demanded, bought (需求量为6,835台, 采购量)
DEMAND_WORD = re.compile(r"需求量|需求|采购量|采购数量|集采规模|采购规模")
#: words of a company's own use of what it makes (10,000 Nvidia H100 GPUs in its own Eos supercomputer; 自用)
OWN_USE = re.compile(r"\b(?:its own|their own|in-house|for internal use)\b|自有|自用|自建", re.I)
#: how far around a count its maker's own use is looked for (an endless sentence of counts stays linear)
OWN_USE_REACH = 160
#: right after a count: the buyer a passive names (224,000 chips bought by Meta, 50,000 GPUs deployed by xAI)
BOUGHT_BY_AFTER = re.compile(r",? (?:(?:that|which) (?:were|was|have been|had been) )?(?:bought|purchased|acquired|ordered|procured|"
                             r"deployed|installed|secured) by (?:the )?")
BOUGHT_BY_REACH = 40
#: what is held by who deploys it (chips installed, data centres' power, computing capacity), never by a chip seller
HELD_NOT_SOLD = ("accelerator_count", "datacenter_power", "intelligent_compute_capacity", "total_compute_capacity",
                 "general_compute_capacity")
COMPANY_METRICS = MODEL_METRICS | {
    "capex", "compute_investment", "revenue", "datacenter_revenue", "tender_quantity", "tender_amount",
    "award_amount", "accelerator_count", "datacenter_power",
}
TENDER_METRICS = {"tender_quantity", "tender_amount"}
#: a company's own money figures (never the whole of a market share)
COMPANY_MONEY = frozenset({"revenue", "capex", "datacenter_revenue", "compute_investment"})
#: 降至2.7% / fell to 2.7%: the level reached, not the size of the fall
LEVEL_AFTER = re.compile(r"^[^0-9]{0,3}(?:至|到|to)\b", re.I)
#: "... by (more than) 76 percent": the size of a change named before
BY_BEFORE = re.compile(r"\bby (?:more than |over |nearly |about |approximately |roughly |almost |some )?$", re.I)
#: 较2020年增长80%: the base year of a growth (compared with the statement's own year)
BASE_YEAR = re.compile(r"较((?:19|20)\d{2})年(?!同期)[^,，;。0-9]{0,8}$")
#: a year (and 同期, 全年 …) between a comparison cue and its base
YEAR_WORDS = re.compile(r"(?:FY)?(?:19|20)\d{2} ?(?:年|财年)?(?:同期|全年|上半年|下半年|第?[一二三四1-4]季度)?|Q[1-4]")
#: 成长一倍(以上): a growth by one time = +100 % (only 一倍 is unambiguous; 增长两倍 is read either way)
TIMES_GROWTH = re.compile(r"^[一1]倍")
#: a year-on-year growth and then the multiple it grew by (同比增长3倍, 按年急增1.7倍, 年增逾五倍): +N×100 %, as
#: the labels read it (LABELLING.md O7); not grown *to* a multiple (增至3倍, 增长为两倍); a year-ago base named as the
#: same period is year on year too (较上年同期成长超1.5倍)
GREW_BY_TIMES = re.compile(r"(?:同比|按年|年|同期)(?:大幅|急|大)?(?:增长|增加|成长|增|上升)?了?(?:约|超过?|逾|近|达)?\s?$")
#: a growth noun right before the times a figure grew by (营收涨幅高达42.3倍)
GROWTH_NOUN_TIMES = re.compile(r"(?:涨幅|增幅|增速|成长幅度|增长幅度)(?:高达|达到?|约|超过?|逾|近|为)?\s?$")
#: the marks a list item's bullet is written with; a bullet at the start of a sentence
BULLET_MARKS = frozenset("-•·*")
#: a line that opens with a capitalised label and a colon, then its figures (Compute and Networking: $9.51 billion)
LABEL_LINE = re.compile(r" ?[A-Z][A-Za-z0-9&/,.'’ -]{0,40}[:：] (?=\S)")
BULLET = re.compile(r"^ ?[-•·*] ?(?=[^\d\s-])")
#: how many bullet lines up a bullet's list may start (its introducing line)
LIST_INTRO_LINES = 24
#: between a growth noun after a rate and what grew (a 38% increase in income from operations)
GROWN_NOUN_GAP = re.compile(r" (?:in|of) (?:the |its |their )?", re.I)
#: a Chinese fraction written as a word (一半, 一成, 三分之一): a part of a whole by its form
ZH_FRACTION = re.compile(r"(?:近|逾|超)?(?:[一二两三四五六七八九]成|一半|半数|[一二三四五六七八九十]{1,2}分之[一二三四五六七八九十]{1,2})")
#: right before an amount, a company's verb of spending it (is preparing to spend, will spend about, could spend as much as,
#: are expected to spend a combined; 规划支出超过, 計劃今年共動用逾, 斥資近)
SPEND_BEFORE = re.compile(r"(?:\bspend(?:s|ing)? (?:a combined |an estimated |another )?(?:about |around |roughly |nearly |more than |over |"
                          r"up to |some |as much as |at least |approximately |close to )?(?:RMB |CNY |US)?|"
                          r"(?:规划|計劃|计划|將|将|共)?(?:支出|動用|动用|斥資|斥资)(?:約|约|近|逾|超过|超過|高达|高達)?\s?|"
                          # (微软、Alphabet、亚马逊和Meta等今年在建立……的数据中心方面就投入了超过3,000亿美元: what companies put in)
                          r"(?:方面|上)?就?投入了(?:約|约|近|逾|超过|超過|高达|高達)?\s?)$", re.I)
#: right after a spent amount, what or whom it is spent on or with (spend $10B on CoreWeave, with Oracle, on AI chips): not a
#: company's capex read from its spending verb alone
SPENT_WITH_AFTER = re.compile(r" (?:on|with) [a-z]", re.I)
#: between a capacity and the amount it is worth, in a bracket opened right after it (1GW（約500億美元）, 1 GW (about $50 billion))
WORTH_BRACKET_GAP = re.compile(r" ?[(（] ?(?:约|近|逾|about|approximately|around|roughly|some|nearly)? ?", re.I)
#: right after a company's name, the verb of holding a part of a whole (英伟达占全球……的90%)
COMPANY_OCCUPIES = re.compile(r"\s?(?:占据|占有|占了|约占|占|accounts? for|accounted for)")
#: a word of the whole (AI服务器占整体65%, more than half of the total server market), looked for at most WHOLE_WORD_REACH
#: characters before the rate (a search of the whole sentence per share made a sentence with no end quadratic)
WHOLE_WORD = re.compile(r"整体|整個|整个|overall|entire|industry|total", re.I)
WHOLE_WORD_REACH = 200
#: how far before a rate the name of capex's ratio to revenue is read as its cue (spending intensity has nearly doubled
#: over the past five years to 20.8%: lexicons/cues.toml [capex_intensity])
INTENSITY_REACH = 80
#: how far back the amount a part is of is looked for
PART_WHOLE_REACH = 400
#: right after a rate, where that part of an amount goes (95% corresponded to servers, two-thirds allocated to servers,
#: 三分之二資金投入於伺服器): the kind of product named next is the part
PART_DIRECTED_AFTER = re.compile(r"(?: (?:was |were |is |are |has been |have been |will be )?(?:allocated|corresponded|corresponding|"
                                 r"directed|devoted|dedicated|earmarked|went|goes|going) (?:to|for|toward|towards|into|on)"
                                 r"(?: the| new)? |(?:的)?(?:资金|资本支出|资本开支|支出|投资)?将?(?:投入|用)(?:于|於|在|到))", re.I)
#: between an amount and a part of it named in a participle (…55 GW, with AI accounting for 14%; ……,其中X占)
PART_AFTER_AMOUNT = re.compile(r"\bwith [^,;.]{1,40}? (?:accounting for|making up|representing|taking) (?:about |approximately |around |roughly |nearly )?$", re.I)
#: 其中 (of which) opening a part of the amount before it, a few words before the part's rate (其中超过五成,
#: 其中，将有三分之一, ；其中先进制程约70%); no number, comma or verb of change between
PART_OPENER_ZH = re.compile(r"其中[,，]?[^,，。;；0-9%增减升降长股]{0,10}$")
#: after "of it" (of this amount), where that part goes (about 60% of it on servers)
SPENT_ON_PART = re.compile(r" (?:on|to|for|toward|towards|into) (?:the |new )?")
#: right after a rate: the amount just stated is its whole (allocating over half of this amount, CNY85 billion)
OF_THIS_AMOUNT = re.compile(r" of (?:(?:this|that|the) (?:amount|sum|total|budget|spending|figure)\b|it\b(?! (?:is|was|will|has)\b))")
#: between the parts of a whole listed with their share verb left out (…14%, cloud computing for 54%)
#: right after a part of an amount, who bears it (half of which will be covered by the Ministry; half the funding is provided
#: by EuroHPC; 65%的成本將由民間投資者承擔): a funder's share of the money
FUNDED_BY_AFTER = re.compile(r"(?: of (?:which|it|this|that|the (?:cost|costs|funding|budget|investment|total|sum)))?"
                             r"(?: the (?:cost|costs|funding|budget|investment))? (?:will be |is |are |was |were |has been |is to be )?"
                             r"(?:covered|provided|funded|financed|borne|paid|contributed|shouldered|footed) by\b|"
                             r"的?(?:成本|费用|资金|投资|经费|款项)?(?:将|会|将会)?由[^。;；,，]{1,20}?(?:承担|出资|负担|提供|支付|投资)")
#: right after a percentage, the amount just stated that it is a part of, pointed back at (Around 75 percent of this spending;
#: roughly 80% of Amazon's portion AI-related): a share of that amount's metric, a company's portion of it the company's
PART_OF_THAT_AMOUNT = re.compile(r" of (?:this|that|these|those|such|(?P<who>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?)['’]s?) (?:[a-z]+ )?"
                                 r"(?:spending|spend|investments?|outlays?|budgets?|capex|capital expenditures?|amount|sum|"
                                 r"money|portion|part|total)\b")
#: how far back the amount a part is pointed back at may stand (the sentence before)
PART_OF_THAT_REACH = 320
#: the words of a measure a share is counted in (shipments, revenue, spending, 出货, 收入, 支出, 规模, 产值)
MEASURE_WORD = re.compile(r"shipment|unit|revenue|sales|spending|spend|value|size|出货|台数|收入|营收|销售|支出|规模|产值|金额|采购",
                          re.I)
#: right before a part of an amount, a funder bearing it (with the government footing about half of the cost)
FUNDING_BEFORE = re.compile(r"\b(?:footing|funding|covering|financing|bearing|shouldering) (?:about |around |roughly |some |nearly |almost )?$")
#: the money a funder's share may be of
FUNDED_METRICS = frozenset({"compute_investment", "capex", "tender_amount"})
#: right after a share, the computing capacity it is a part of (6.4% of the country's total computing power)
CAPACITY_WHOLE_AFTER = re.compile(r" of (?:the |its |their |global |the world['’]s |the country['’]s |the nation['’]s |"
                                  r"(?-i:[A-Z])[\w.]*['’]s? )?(?:total |overall |national )?(?P<ai>intelligent |AI )?"
                                  r"(?:computing power|compute capacity|computing capacity|compute power)\b", re.I)
#: between 占 and a share, the computing capacity it is a part of (占全国算力的20%, 占全国智能算力的三成)
CAPACITY_WHOLE_ZH = re.compile(r"占[^,，。;；\d]{0,10}?(?P<ai>智能|智算)?(?:总)?算力(?:总量|总规模|规模)?(?:的|比重|比例)?(?:约|近|超过|逾|达)?$")
#: between 占 and a share, data centres' power: their IT capacity (占马来西亚在线IT产能的79%), or their demand or load where
#: the paragraph counts power
POWER_WHOLE_ZH = re.compile(r"占[^,，。;；\d]{0,10}?(?:(?P<it>(?:在线|上线)?IT(?:产能|容量|负载))|(?:电力|用电)?(?:需求|负载|容量))"
                            r"(?:的|比重|比例)?(?:约|近|超过|逾|达)?\s?$")
#: between a ratio's two parts (8:2, 8：2 normalised)
RATIO_COLON = re.compile(r" ?: ?")
LIST_SHARE_GAP = re.compile(r"(?: of [^,;.%]{1,60}?(?=[,，]))?[,，]? ?(?:and )?(?![^,;.0-9%]*\b(?:accounts?|accounting|makes?|making|represents?|representing)\b)"
                            # (3nm process contributing 23%, 5nm at 37%; 70% of its capex to advanced processes, with 10% to
                            # 20% for advanced packaging: the part named before with "at", or after with "for")
                            r"(?:(?:[A-Za-z]|\d{1,2} ?nm\b)[^,;.0-9%]{0,40}? (?:for|at) |with |"
                            # (The US accounted for 60% of revenue, Asia 30%, Europe 6%, and the rest of the world 4%:
                            # the verb left out, a capitalised name or the rest before each part)
                            r"(?-i:[A-Z][A-Za-z’' &/-]{1,30}|the rest of (?:the )?world|others?|other regions) )"
                            r"(?:about |approximately |around |roughly |nearly )?", re.I)
#: after a figure stated for each of several companies (50,000 GPUs purchased each; 各)
EACH_AFTER = re.compile(r"(?:[\sA-Za-z\-]{0,30}?\beach\b|[^,，。;]{0,6}?各)", re.I)
#: … or 各 / 均 / each before it, with its verb (字节跳动和腾讯各采购约23万颗H20芯片; 阿里、腾讯均超1000亿元, not 年均;
#: ByteDance and Tencent have each ordered approximately 230,000 NVIDIA chips)
EACH_BEFORE = re.compile(r"(?:各自?|(?<![年人平日月])均)(?:采购|购买|订购|拥有|部署|获得|持有|买入|投入|投资|占|占据|占有)?了?"
                         r"[约近逾超 ]{0,3}$|"
                         r"\beach (?:[a-z]+ ){0,2}?(?:(?:about|approximately|around|roughly|nearly|some|over|more than) )?\$?$",
                         re.I)
#: between the names of such a list (Google, Amazon, Oracle, and China's Tencent; 阿里、腾讯和字节)
EACH_LIST_GAP = re.compile(r"(?:,? and |, |、|和|与|及)(?:China['’]s |the )?", re.I)
#: a step of a series right before its next figure (达到, 提升至, 超越, 突破, will reach, scale to, exceed)
SERIES_STEP = re.compile(r"(?:达到|达|提升至|提升到|升至|增至|增长至|增长到|飙升至|攀升至|超越|超过|突破|扩大至|扩容至|至)[约近逾超过 ]{0,3}$|"
                         r"\b(?:reach(?:es|ed|ing)?|scale to|grow to|rise to|climb to|exceed(?:s|ed|ing)?|top(?:s|ped)?|surpass(?:es|ed)?)"
                         r"(?: about| approximately| around| nearly| roughly| over| more than)? ?\$?$", re.I)
#: … within this many characters after the figure before it
SERIES_REACH = 400
#: between a rate and the period of the same rate it is compared with (…42%，较第2季的41%; …，略低于去年的56%)
RATE_BASE_BEFORE_ZH = re.compile(r"[,，、]?\s?(?:增速|增幅|增长率|成长率)?(?:较之?|比|相较于?|(?:远|略|稍|明显)?(?:高于|低于)|不及)\s?")
#: right after a company: a chip of its own (Google TPU, AWS的Trainium 2, Meta MTIA)
MAKER_CHIP_AFTER = re.compile(r"(?:的|'s |’s )?\s?(?:TPU|Trainium|Inferentia|MTIA|Maia|Ascend|昇腾|昆仑芯)", re.I)
#: after a company that sells chips (aliases.toml sells = "chips"): its chips (Nvidia AI GPU, AMD的GPU, 英伟达芯片)
SELLERS_CHIP_AFTER = re.compile(r"(?:的|'s |’s )?\s?(?:AI\s?|数据中心\s?|data center )?(?:GPUs?|加速卡|加速器|芯片|chips?|accelerators?)", re.I)
#: a deal's words (a buyer named before the seller with one of these between buys from it)
DEAL_WORD = re.compile(r"\b(?:deal|contract|agreement|transaction|partnership)s?\b|(?:协议|合同|合约|订单)", re.I)
#: between an amount and the party a deal is with, named right after it ($14.2B with Meta, a $300 billion deal with OpenAI)
DEAL_PARTY_BEFORE = re.compile(r" (?:(?:cloud |computing |compute |AI infrastructure |AI compute |GPU |capacity )?"
                               r"(?:deal|contract|agreement)s? )?(?:with|from|for) ", re.I)
DEAL_PARTY_REACH = 48
#: right after a party named as a deal's attributive (a $6.5 billion OpenAI expansion, a $14 billion Meta contract)
DEAL_NOUN_AFTER_PARTY = re.compile(r" (?:(?:cloud|compute|computing|capacity|AI) )?(?:deal|contract|agreement|expansion|commitment)s?\b",
                                   re.I)
#: deals for compute named before a list of their parties, each with its amount in a bracket (Signed two large AI
#: infrastructure deals — Microsoft ($17–19B) and Meta ($3B over five years))
COMPUTE_DEALS_NAMED = re.compile(r"\b(?:cloud|computing|compute|GPU|AI infrastructure|AI compute|capacity)(?: computing| capacity)?"
                                 r" (?:deals?|contracts?|agreements?|commitments?)\b|(?:算力|云计算|GPU)(?:租赁|服务)?(?:合同|协议|订单)", re.I)
#: after a company's investment: the site or project it goes to (in its Prometheus and Hyperion AI superclusters, to build a
#: new data center in the U.K., 用于建设智算中心), which makes it compute investment rather than its capex; not a kind of
#: asset a year's plan goes to (invest between $20 billion and $23 billion in AI infrastructure and data centers in 2025)
SITE_INVESTED = re.compile(r"\b(?:in|into|on|to build|to construct|for|toward|towards) (?:(?:establishing|building|constructing|"
                           r"developing) )?(?:a|an|the|its|their|this|that|new|\d[\d,]*)\b"
                           r"[^.;]{0,50}?\b(?:super ?clusters?|clusters?|data ?cent(?:er|re)s?|campus(?:es)?|AI factor(?:y|ies)|"
                           r"supercomputers?)\b|"
                           r"(?:建设|建|打造|投建)[^,，。;；]{0,20}?(?:数据中心|智算中心|算力中心|计算中心|集群|超算)", re.I)
SITE_INVESTED_REACH = 80
#: a data-centre site being developed or built, named in the sentence before an investment's amount (to develop a 1GW data
#: center campus …, with a planned investment of $11 billion)
SITE_BUILT_BEFORE = re.compile(r"\b(?:develop|build|construct|establish)(?:s|ed|ing)?\b[^.;]{0,80}?\b(?:data ?cent(?:er|re)s?|"
                               r"campus(?:es)?|AI factor(?:y|ies)|super ?clusters?)\b", re.I)
SITE_BUILT_REACH = 200
#: a company named before a growth that names no metric, and how far before it that company's last growth may be stated:
#: the growth is of the same metric
COMPANY_GROWTH_NAME_REACH = 16
GROWTH_BEFORE_REACH = 400
#: measures that are no sales, named between a company or a business line and a growth (订单金额, GMV, 交易总额, 年增率 over a
#: span of years: 預計同期該業務年增率將達80%)
NOT_SALES = re.compile(r"订单|订货|GMV|交易总额|交易额|backlog|bookings|orders|同期|年均|复合", re.I)
#: between a quarter-on-quarter cue and its rate, the metric and the growth's noun (sequential revenue growth of +11.5%)
QOQ_GROWTH_GAP = re.compile(r" (?:[A-Za-z-]+ ){0,2}?(?:growth|increase|rise|decline|decrease|gain)s? (?:of |at )?"
                            r"(?:about |approximately |around |nearly |roughly )?[+-]?", re.I)
#: right after a business line: "other than" it (個人電腦(PC)以外業務, PC之外)
NOT_THE_LINE_AFTER = re.compile(r"\)?\s?(?:以外|之外)")
#: right after a business line outside compute: its own revenue (联网通信业务收入, 手机业务营收, 遊戲營收, gaming revenue, the
#: Client segment's revenue)
LINE_REVENUE_AFTER = re.compile(r"(?:业务|業務|产品|產品|板块|板塊|部门|部門)?(?:收入|营收|營收|营业收入|營業收入|销售额|銷售額)|"
                                r"(?:['’]s)?(?: (?:segment|business|division|unit)(?:['’]s)?)? (?:revenues?|sales)\b", re.I)
#: a business line named before a growth that names no metric (交换机业务因AI需求放量,第三季度同比增长100%; the networking
#: business grew 30%), how far before it: the line's sales grew
#: a sentence opening with its cause (受益于……旺盛, / 得益于…… / Driven by …,): a clause whose words name no metric of the
#: rate the sentence goes on to state
CAUSE_CLAUSE = re.compile(r"\s*(?:受益于|受益於|得益于|得益於|受惠于|受惠於|Driven by|Thanks to|Benefiting from|Fueled by|Fuelled by)"
                          r"[^,，。;；\n]{1,60}[,，]\s?")
#: … anywhere in a sentence, a clause naming what drove a figure by its verb (在苹果、辉达等客户需求强劲的带动下，; 受AI需求推动,): the
#: companies it names are no subject of the figure; how far on either side of a company it is looked for (the clause is at
#: most that long: a bounded look, however far the figure stands from the name)
CAUSE_OF_FIGURE = re.compile(r"(?:在|受(?:到)?|受惠于|得益于)[^,，。;；]{1,60}?(?:的)?(?:带动|推动|拉动|驱动|带领)(?:下)?[,，]")
CAUSE_REACH = 80
#: right before an amount, the verb that states its level (三季度资本开支为129.83亿元, capex was $18 billion)
OWN_LEVEL_BEFORE = re.compile(r"(?:达到?|为|录得|实现|共计|合计)\s?(?:约|近|超过?|逾)?\s?$|\b(?:was|were|came in at|reached|totaled|totalled)\s"
                              r"(?:about |approximately |nearly |roughly )?$")
OWN_LEVEL_REACH = 16
#: a company's preview of results not yet reported (业绩预告, 年度预告): its 预计 figures stay forecasts after the period ends
PRELIMINARY_FORECAST = re.compile(r"业绩预告|年度预告|业绩预估公告|profit warning|preliminary (?:results|estimates?)", re.I)
PRELIMINARY_REACH = 80
#: right after a company's name, the noun it qualifies as an attributive (an Nvidia chip deal, AMD GPUs, a Broadcom
#: custom accelerator): no subject that a later "its" points back at
ATTRIBUTIVE_NAME_AFTER = re.compile(r" (?:(?:AI|custom|data ?center|Blackwell|Hopper|Instinct) )?(?:chips?|GPUs?|deals?|contracts?|processors?|"
                                    r"accelerators?|servers?|hardware|systems?|clusters?)\b", re.I)
#: a possessive pronoun standing for a company (its, their)
POSSESSIVE_PRONOUN = re.compile(r"\b(?:its|their)\b", re.I)
BUSINESS_LINE_BEFORE = re.compile(r"业务|事业部|事业群|\b(?:business|segment|division)\b", re.I)
BUSINESS_LINE_REACH = 32
#: a company's guidance before a figure with no period of its own (its release's next quarter), how far before it, and
#: the words that make it a guidance the figure is compared with, or an earlier one
GUIDANCE_WORD = re.compile(r"指引|\bguidance\b|\bguided\b|\bguides\b|\boutlook\b", re.I)
GUIDANCE_REACH = 40
GUIDANCE_COMPARED = re.compile(r"(?:\bbeat|\bbeats|\bbeating|\bexceed\w*|\babove|\btop(?:ped|ping|s)?\b|\bsurpass\w*|ahead of|"
                               r"\bversus|\bvs\b|compared|against|in line with|\bits own|\bprior|\bprevious|\bearlier|"
                               r"\boriginal|低于|高于|超过|超出|优于|好于|胜过|不及|符合|相比|原|此前|之前|先前|早前)[^.。;；]{0,32}$", re.I)
#: a name in Latin capitals ending with a corporate word right before a bracket (Quanta Cloud Technologies, ZT Systems): a
#: company off the alias table (not a segment: Client ($1.9 billion), Intelligent Cloud)
LATIN_NAME_BEFORE = re.compile(r"(?<![A-Za-z])(?:[A-Z][A-Za-z&.-]+ ){0,3}(?:Systems|Technologies|Technology|Corp\.?|Corporation|"
                               r"Inc\.?|Ltd\.?|Limited|Holdings|Networks|Semiconductor|Electronics|Industries|Computer|"
                               r"Computing Technologies|Co\.) ?$")
#: money spent on or with a cloud that rents out compute: between the amount and the cloud after it (spend $10B on
#: CoreWeave), before the cloud named first (total planned spending with CoreWeave to $22.4B) and between it and the amount
SPENT_ON_GAP = re.compile(r" (?:on|with|at) (?:the )?(?:[A-Za-z-]+ ){0,2}?")
#: right after an amount: "with" and a name (more than US$2 billion with Lambda): the amount is spent with that party
SPENT_WITH_NAME_AFTER = re.compile(r" (?:with|from) (?:[A-Za-z-]+ ){0,2}?[A-Z]")
#: a Chinese "with" before the party of a deal, over its description (与澳大利亚数据中心运营商IREN)
WITH_PARTY_ZH = re.compile(r"(?:与|同|和)[^,，。;；、]{0,16}$")
SPENT_WITH_BEFORE = re.compile(r"\b(?:spend|spends|spending|spent|commitments?|contracts?)\s(?:[a-z]+ )?(?:on|with|to) $", re.I)
SPENT_TO_GAP = re.compile(r"(?:['’]s? (?:[a-z]+ ){0,2})?\s?(?:to|of|at|reaching|worth) (?:about |around |nearly |roughly |over |more than )?")
#: right after a rate: the products it is a part of (39% of servers used for AI training, 70% of the servers purchased);
#: right before it: the market it is a part of (全球AI服务器市场中57.33%为训练型服务器)
ITEMS_PART_AFTER = re.compile(r" of (?:the |all )?(?:[\w-]+ ){0,2}?(?:servers|GPUs|accelerators|AI chips)\b", re.I)
MARKET_AMONG_BEFORE = re.compile(r"市场中[,，]?\s?(?:约|近|超过|逾)?$")
#: between a rate and its share word, the kind of share (a 50 percent revenue share, a 30% unit share)
SHARE_KIND_GAP = re.compile(r" (?:revenue|unit|units|market|shipment|shipments|sales|volume|spending) ", re.I)
#: a rate, then the rank it earns (英伟达以55%位列第一, AMD以12%位居第二): a seller's part of the market it is ranked in
RANK_BY_RATE_AFTER = re.compile(r"(?:的(?:份额|市占率|市场份额|占比))?\s?(?:位列|位居|排名|排在|居于|居)(?:全球|国内|中国|行业|市场)?第")
#: a compound annual growth rate said to stay at, or be, the rate, its bracketed abbreviation between (the compound annual
#: growth rate (CAGR) is expected to remain at 28.2%)
CAGR_TO_BE = re.compile(r"(?:compound annual growth rate|CAGR)(?: \(CAGR\))? (?:is|was|will be|would be|should)"
                        r"(?: (?:expected|forecast|projected|estimated|set|likely))?(?: to)?(?: (?:remain|stay|be|reach|hit|hold))?"
                        r"(?: at)? (?:about |around |approximately |nearly |roughly |over |above )?$", re.I)
#: how far before a count of chips shipped a chip family's name makes them its maker's (Hopper 平台约 120 万颗)
CHIP_FAMILY_REACH = 24
#: how far inside its bracket a company's amount may stand (Quanta Cloud Technologies (QCT; fifth place, $15 billion))
BRACKET_AMOUNT_REACH = 40
#: how far before a bracketed party the deals it is a party of may be named
DEAL_LIST_REACH = 120
#: between a party of such a list and its bracketed amount
PARTY_BRACKET = re.compile(r"\s?[(（]\s?")
#: after a place's name: the place holds a share (亚太地区占据了……份额, Asia Pacific accounted for)
PLACE_HOLDS = re.compile(r"(?:地区|市场|region)?\s?(?:占据|占有|占|accounted for|accounts for|held|holds)", re.I)
#: the field a company is ranked or holds its share in (在AI服务器领域, 在服务器市场上)
FIELD_OF_ITEM = re.compile(r"在[^,，。;；在]{1,12}?(?:领域|行业|市场|方面)")
#: the computing power a single chip stays below (the densest 2025 parts are some 20 PFLOPS at FP4): a figure below it with
#: a chip named right before is that chip's specification (chip_spec)
CHIP_SPEC_MAX = 1e17
CHIP_SPEC_REACH = 24
#: right before a chip's own computing power (单卡算力, 每颗芯片, per GPU)
PER_CHIP_BEFORE = re.compile(r"单卡|每卡|每张卡|单颗|每颗|单芯片|单个芯片|单GPU|每个GPU|\bper (?:GPU|chip|accelerator|card)\b", re.I)
#: a number format a chip's peak computing power is quoted at (FP8 算力 4614 TFLOPS, 半精度FP16算力320TFLOPS)
NUMBER_FORMAT_BEFORE = re.compile(r"(?<![A-Za-z])(?:FP4|FP6|FP8|FP16|BF16|TF32|FP32|FP64|INT4|INT8)(?![A-Za-z0-9])|半精度|单精度|双精度|"
                                  r"稠密|稀疏|\b(?:dense|sparse)\b", re.I)
#: words of a fleet or a total before a computing power (总算力, 集群, 合计, cluster, combined): not one chip's
FLEET_WORD = re.compile(r"总|合计|累计|集群|万卡|千卡|中心|机柜|超节点|整机|服务器|\b(?:total|combined|cluster|system|rack|pod|"
                        r"supercomputer|servers?)\b", re.I)
#: at most this many characters between a product outside compute and the shipment word of its count (筆電出貨量, notebook
#: PC shipments)
NON_COMPUTE_COUNT_REACH = 12
#: at most this many characters between a product line's name and its growth (AI 伺服器年增超過 150%)
PRODUCT_LINE_REACH = 16
#: at most this many characters between a market-share word and its rate (市占率超40%, market share of about 12%)
MARKET_SHARE_WORD_REACH = 16
#: right after a company named as the recipient (向OpenAI投资, 对xAI投资): the investing verb, its subject the investor
INVESTED_AFTER_RECIPIENT = re.compile(r"\s?(?:投资|注资|投入)")
#: after a supplier named with 向 or 从 (向台积电(2330)下单): the order placed with it, past its stock code
ORDERED_FROM_AFTER = re.compile(r"\s?(?:[(（]\d{4,6}(?:\.[A-Z]{2})?[)）])?\s?(?:紧急)?(?:下单|订购|采购|购买|购入|订货|追加订单)")
#: an order placed with a supplier named with 向 or 从, before the count ordered (向台积电(2330)下单、一口气订购)
ORDER_PLACED_BEFORE = re.compile(r"[向从][^,，。;；]{1,16}?" + ORDERED_FROM_AFTER.pattern)
#: right after a count of cards, the board or machine that holds them (八卡基板, 8卡服务器, 4卡机型, 八卡模组)
MACHINE_NOUN_AFTER = re.compile(r"(?:基板|服务器|整机|主机|机器|节点|模组|主板|机型|板卡|一体机|工作站|机箱)")
#: right before a company's name: the company units go to, not the one shipping them (向微软交付, 为英伟达代工, shipped to Meta)
RECIPIENT_BEFORE = re.compile(r"(?:[向为給给對对替]|\b(?:to|for) )$", re.I)
#: between a company and the count it ships, sold or delivered (AMD shipped roughly 500,000 units, with Intel shipping the
#: remaining 400,000 units, NVIDIA has sold at least 650,000 units): the count is the company's shipments, whatever the counter
MAKER_SHIPPED = re.compile(r" (?:(?:has|had|have|will|would|is|was|are|were|reportedly|already|also|then) )*"
                           r"(?:shipped|shipping|ships|ship|sold|selling|sells|delivered|delivering|delivers) "
                           r"(?:(?:the|remaining|roughly|about|approximately|around|nearly|over|more than|at least|some|"
                           r"an estimated|another|an additional|a further|a total of|up to|almost) )*"
                           # (寒武纪2025年出货150k, 海光全年出货约10万片: the maker, its year, the shipping verb, the count)
                           r"|(?:(?:19|20)\d{2}年|全年|今年|明年|去年)?(?:预计|預計|预估|預估|将|將)?(?:出货|出貨|交付)(?:量)?(?:约|約|达|達|超过|超過|为|為)?", re.I)
#: a supplier's share of what is supplied or shipped (供应份额, 出货份额, supply share): of shipments
SUPPLY_SHARE = re.compile(r"(?:供应|供货|出货|交货)(?:份额|占比|比重|市占率?)|(?:supply|shipment) share", re.I)
#: right after the start of a move: a revision of the figure (上调至, 下修至, raised to), not a change over time
ESTIMATE_REVISED_TO = re.compile(r"(?:上调|下调|上修|下修|调升|调降|调高|调低)(?:到|至)|,? ?(?:raised|lowered|revised|cut|lifted) (?:up |down )?to\b", re.I)
#: a fiscal quarter named by its ordinal (fiscal first-quarter results, the fiscal third quarter)
FISCAL_QUARTER_WORDS = re.compile(r"\bfiscal (first|second|third|fourth)[- ]quarter\b", re.I)
_EN_ORDINAL_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4}
#: right before a rate: the same change again (and another 39%, a further 10%)
ANOTHER_BEFORE = re.compile(r"\b(?:another|a further|an additional|a second) (?:about |approximately |roughly |nearly |almost |around )?$", re.I)
#: right before a rate, after another: the rate it moves to (peaked at 299% in 2023 and will drop to 17% by 2027)
RATE_MOVES_TO_BEFORE = re.compile(r"\band (?:(?:will|would|could|is expected to|is set to|is likely to) )?(?:then )?"
                                  r"(?:drop|fall|slow|decline|ease|moderate|decelerate|rise|climb|accelerate|jump)s? "
                                  r"(?:down |back |up )?to (?:about |approximately |around |roughly |nearly )?$", re.I)
#: a period a rate is stated at, written between a move's word and the rate (从2024年55%, 至 2026年的 31%)
_RATE_AT_ZH = r"\s?(?:(?:(?:19|20)?\d{2}\s?年(?:第?[一二三四1-4]季度?|[上下]半年)?|\d{2}\s?Q[1-4]|今年|去年|明年)\s?的?)?\s?(?:约|近|超过?|逾)?\s?$"
#: before a rate: a growth moving from it (资本支出增长将从2024年55%,到2025年66%放缓至2026年的31%)
GROWTH_FROM_ZH = re.compile(r"(?:增长率?|增速|增幅|成长率?|年增率?)(?:将|预计将|有望|可望)?(?:从|由)" + _RATE_AT_ZH)
#: … and the rates it moves to after it, in their own periods
#: between a growth rate and the next one it moves to (684% (Q1 2026) → 784% (Q2 2026E), from 684% in Q1 2026 to 784%)
RATE_MOVES_TO_EN = re.compile(r"(?:\s?[(（][^()（）,;]{1,20}[)）]| (?:in|for|during) [^,;()%]{1,24}?)?\s?(?:→|->|⇒| to )\s?"
                              r"(?:about |approximately |around |roughly |nearly |over |above )?")
RATE_MOVE_REACH = 48
#: an English growth noun moving from a rate (revenue growth will accelerate from 684%; growth slowed from 45%)
GROWTH_FROM_EN = re.compile(r"\b(?:growth|growth rate|YoY|year-over-year growth)(?: (?:will|would|could|is expected to|is set to))?"
                            r"(?: (?:accelerate|decelerate|slow|rise|fall|climb|drop|ease|moderate|jump)(?:s|d|ed)?)? from "
                            r"(?:about |approximately |around |roughly |nearly )?$", re.I)
RATE_MOVES_TO_ZH = re.compile(r"(?:[,，、]\s?)?(?:再|并|而)?(?:放缓|回落|下滑|下降|降|上升|升|提升|增|加速|扩大|缩小)?(?:到|至)" + _RATE_AT_ZH)
#: right after a rate: it is a market share (a 90% market share)
#: one or two words naming the product between a rate and its market share (a 70%+ GPU market share, 35% AI chip
#: market share): not a function word, which would make the share another's (30% and Nvidia's market share)
PRODUCT_GAP = re.compile(r"\+? (?:(?!(?:of|the|and|or|in|its|their|to|a|an|than|from|with|at|by|for)\b)[A-Za-z][\w-]* ){1,2}")
#: a market share right after a rate, or "of market share" (capturing an 88% market share, 91.9% of market share)
ITEM_MARKET_SHARE_AFTER = re.compile(r" (?:of )?(?:the )?(?:global |worldwide |overall |total )?market share\b", re.I)
MARKET_SHARE_RIGHT_AFTER = re.compile(r" (?:global |worldwide |overall )?market share\b", re.I)
#: right after the amount of a deal: whom it supplies (a $38 billion deal to supply OpenAI with computing power), the buyer
DEAL_TO_SUPPLY = re.compile(r" (?:cloud |computing |compute )?(?:deal|contract|agreement)s? to (?:supply|provide) ")
#: between a growth rate and the clause after it that opens with its own year (年增率上修至7.6%,2025年……)
PARALLEL_CLAUSE_GAP = re.compile(r"[^,，;；。0-9]{0,6}[,，;；]\s?")
#: … or, after a rate read so, between it and the next period of the list (较25Q1的10.94%和25Q2的24.18%)
RATE_BASE_LIST_ZH = re.compile(r"\s?[和与及、]\s?")
#: … and between that period and the compared rate
RATE_BASE_AFTER_ZH = re.compile(r"度?的?\s?")
#: between a share and its change (占服务收入76%、同比提升1.5%)
SHARE_CHANGE_AFTER = re.compile(r"[、,，]?\s?(?:同比|较上年|比上年)?(?:提升|提高|增加|上升|下降|降低|减少)了?[约近 ]{0,2}")
#: between a quarter-on-quarter cue and an amount: a change, then the level it comes to (环比小幅下滑为191亿元): the
#: amount is the level now, not the base
QOQ_LEVEL_GAP = re.compile(r"(?:小幅|大幅|略有|略微|明显)?(?:增长|增加|上升|提升|上涨|下滑|下降|减少|回落|下跌)了?(?:为|至|到)")
#: before a growth rate: it is of each of two figures named before (二者增速均超過40%, 两者均同比增长, both grew)
BOTH_GREW = re.compile(r"(?:二者|两者|兩者|both)[^，,。；;]{0,8}?(?:均|都|皆|各|grew|rose|increased)")
#: how far before the rate BOTH_GREW is looked for, and how many decisions back the amounts are
BOTH_GREW_REACH = 16
BOTH_DECISIONS = 4
#: a company's revenue named as such (2023年公司收入4763.40亿元, 公司云计算业务收入, the company's revenue): a company's, not a
#: tracker's market, though the company is off the alias table
COMPANY_REVENUE_BEFORE = re.compile(r"(?:公司|集团)[^,，。；;]{0,8}?(?:营业收入|营收|收入)|the company's (?:total )?revenues?", re.I)
COMPANY_REVENUE_REACH = 24
#: a growth rate's own noun, a falling word, then the level it fell to (年增降為 27%, 增速放缓至, 增幅回落到): the rate is that level
RATE_FELL_TO = re.compile(r"(?:年增率?|增速|增幅|增长率|成长率|年成长率|年增长率)(?:已|则|則|也)?(?:降|下降|下滑|回落|放缓|放緩|减缓|減緩|降低)"
                          r"(?:为|為|至|到)\s?(?:约|約|近)?\s?$")
CONFIGURATION_REASON = "what one machine holds: a specification, not a count (lexicons/cues.toml [configuration])"
OUTSIDE_COMPUTE = "a rate of a business line outside compute (lexicons/cues.toml [non_compute])"
COUNT_OUTSIDE_COMPUTE = "a count of a product outside compute (lexicons/cues.toml [non_compute])"
#: right after a growth cue: the rate it introduces (年增22%, 同比提升1.5%), so the cue is not the rate before's
NEXT_RATE_AFTER_CUE = re.compile(r"[^A-Za-z\s,，。;；0-9%]{0,4}?[约近逾超过+-]?\s?\d(?![\d.]*\s?(?:pp|pct|ppt|个百分点|百分点|bps))", re.I)
#: a business unit's name and the short name the page gives it (Solutions & Services Group (SSG))
UNIT_ACRONYM = re.compile(r"\b(?:Group|Division|Segment|Unit|Business|Solutions|Services)\s?[(（]([A-Z]{2,6})\b")
#: a share's noun, then the move to the level the rate after it is (国产GPU市场份额提升至12%, 占比下降到)
SHARE_MOVED_TO_ZH = re.compile(r"(?:份额|占比|占有率|渗透率|比重|国产化率|自给率)(?:已|将|有望|预计将?|进一步)?"
                               # (市场份额环比下降1.8个百分点至43.5%: the move's size in points between the verb and 至)
                               r"(?:环比|同比|较上季|较上年|较去年)?"
                               r"(?:提升|上升|增加|增长|提高|下降|降低|下滑|滑落|回落|升|降|跌)(?:[约近]?\d+(?:\.\d+)?个?百分点)?"
                               r"(?:至|到)(?:约|近|逾|超过?)?$")
#: a share word and its move closing a clause, then the level it moved from (占比也持续提升,从2023年12.4%成长至……)
SHARE_MOVES_FROM_ZH = re.compile(r"(?:份额|占比|占有率|渗透率|比重|国产化率|自给率)[^,，。;；0-9%]{0,8}?"
                                 r"(?:提升|上升|增加|增长|提高|下降|降低|下滑|成长|扩大)[,，]\s?(?:从|由)\s?"
                                 r"(?:(?:19|20)\d{2}\s?年(?:底|末)?的?)?(?:约|近)?$")
#: a share's noun, then the level it moved from (ODM Direct's market share, from 64.1 percent; the proportion of ASIC AI
#: servers in overall AI servers for 2026 from nearly 28%; a 40% share, up from 35%): a level of that share, not a growth
SHARE_MOVES_FROM_EN = re.compile(r"\b(?:share|proportion|percentage|penetration(?: rate)?|portion)\b"
                                 # (Telco share has fallen from 58 percent; Microsoft's share of CoreWeave's revenue grew
                                 # from 35%: what the share is of, and its verb, before "from")
                                 r"(?:\s[^,;.%]{0,80}?)?,?\s(?:up |down )?from\s"
                                 r"(?:nearly |about |around |approximately |roughly |over |more than |almost |just |only )?$", re.I)
#: how far before a rate SHARE_MOVES_FROM_EN's "from" may stand: "from " and its longest qualifier ("approximately ")
FROM_BEFORE_RATE_REACH = len("from approximately ")
#: a sentence opening on market shares (在ODM厂商端份额方面, 市占率上, in terms of market share)
MARKET_SHARE_TOPIC = re.compile(r"(?:份额|市占率?|市场占有率)(?:方面|上|来看|而言)[,，:：]|\bin terms of (?:market )?share\b", re.I)
#: between a company and its rate: it occupies that part (富士康约占40%)
COMPANY_OCCUPIES_RATE = re.compile(r"[约近超过逾 ]{0,3}占(?:据|有)?[约近超过逾 ]{0,3}")
#: a company's possessive and its share of another's whole (Microsoft's share of CoreWeave's revenue)
POSSESSIVE_SHARE_OF = re.compile(r"(?:’s|'s) (?:share|portion|proportion|percentage) of ")
#: after the level a share moved from: its period, then the move to the next level (from 64.1 percent in the first
#: quarter of 2025 down to 50.2 percent)
SHARE_FROM_PERIOD_TO = re.compile(r"\s(?:in|for|at|during|as of) [^,;.%]{0,40}?\s(?:down |up )?to"
                                  r"(?: about| approximately| around| nearly| roughly| over| more than| just| only)? ?", re.I)
#: a name in Latin capitals (IBM, HP, Nxtra, Quanta Cloud Technology), and how far before a rate it is looked for
#: (letters only: not TOP500, X86; not Non-x86, Non-GPU: a kind of product)
LATIN_NAME = re.compile(r"(?<![A-Za-z0-9&'’.-])(?!Non\b|Non-)[A-Z][A-Za-z&'’-]{1,20}(?: [A-Z][A-Za-z&'’-]{1,20}){0,2}(?![A-Za-z0-9-])")
LATIN_HOLDER_REACH = 60
#: a share of the servers deployed, then the part is accelerated (over 20 percent of the global server deployments in
#: 2027 may be accelerated)
SERVER_DEPLOYMENTS_AFTER = re.compile(r" of (?:the )?(?:global |worldwide |total |overall )?server deployments\b", re.I)
ACCELERATED_AFTER = re.compile(r"[^.;。；]{0,40}?\b(?:may|will|are|is|could|would)(?: [a-z]+){0,3} be accelerated\b")
#: a share of "the total" named by nothing else (accounted for 29 percent of the total.)
THE_TOTAL_AFTER = re.compile(r" of (?:the|that|this) (?:total|amount|sum|figure)\b(?! (?:of|for|in|on) )", re.I)
#: "among them", then a part's name and the bracket of its amount (其中，遊戲（592億元）)
PART_AMONG_BEFORE = re.compile(r"其中[，,:：]?\s?[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z ]{0,9}\s?[（(]\s?$")
#: 其中 (among them) right before a part's name (其中GPU服务器占比约70%)
AMONG_RIGHT_BEFORE = re.compile(r"其中[，,:：]?\s?$")
#: a comparison right before a rate (compared to 22% growth in Q3), and between its growth noun and its own period
COMPARED_TO_BEFORE = re.compile(r"\b(?:compared (?:to|with)|versus|vs\.?|against)\s$", re.I)
OWN_PERIOD_GAP = re.compile(r" (?:in|for|during) (?:the )?")
#: the year of a level a share moved from, glued to it (从2023年12.4%, 由2024年的63%)
SHARE_FROM_YEAR = re.compile(r"(?:从|由)\s?((?:19|20)\d{2})\s?年(?:底|末)?的?(?:约|近)?$")
#: between a place's rate and the share word after it (美国以56%的全球份额), and between a share word and the rate
#: after it (市场份额仅1.1%)
PLACE_SHARE_AFTER = re.compile(r"的?(?:全球|全国|世界|整体)?(?:市场)?")
PLACE_SHARE_BEFORE = re.compile(r"(?:全球|全国|了)?[仅约近逾超过为达到 ]{0,3}")
#: a bracket opened right before a signed rate, an aside before it allowed (日本(+66.9%), 亚太(不含中日,+43.8%))
PLACE_BRACKET_RATE = re.compile(r"[(（](?:[^()（）,，]{1,12}[,，])?\s?\+?$")
#: a growth word of a Chinese sentence (呈现差异化增长, 增速)
GROWTH_WORD_ZH = re.compile(r"增长|增速|成长")
#: the growth noun right after a metric's word (75％的營收成長, 营收增幅): the same words but a rate's 增速, and the sizes of a
#: rise (增幅, 涨幅), which GROWTH_WORD_ZH does not count as a sentence of growth
GROWTH_NOUN_ZH = re.compile(r"增长|成长|增幅|涨幅")
#: how far before a figure a place that scopes it (or is the subject of its share) is looked for
PLACE_REACH = 120
#: between a vendor's name and its growth in a bracket, in a market tracker's list of vendors (戴尔(营收增20.6%), 超微(增55%))
VENDOR_BRACKET_GAP = re.compile(r"\s?[(（](?:营收|收入|revenue )?(?:同比)?(?:增长?|成长|up )?\s?")
VENDOR_BRACKET_REACH = 12
#: how far into its sentence a place may start and still open it (The United States remains …)
PLACE_OPENER_REACH = 8
#: right after a share: its whole is the market the page discusses (86% of the market, 占市场的)
THE_MARKET_AFTER = re.compile(r" of (?:the|this|that) (?:overall |total |whole |entire )?market\b", re.I)
#: a sentence that goes on from the part a share before it named (This was followed by …, 其次是)
FOLLOWED_BY = re.compile(r"\s*(?:(?:This|It|That|These|They) (?:was|is|were|are) )?followed by |\s*其次(?:是|为)", re.I)
#: right before a company a ranking names next (followed by HPE with 17.1%; 其次是华为,26.1%的增长; trailed by)
FOLLOWED_BY_BEFORE = re.compile(r"(?:\bfollowed (?:closely )?by|\btrailed (?:closely )?by|其次(?:是|为)|紧随其后的?(?:是|为))\s?$", re.I)
#: the ranks a list names next, up to one of its companies (紧随其后的是腾讯、阿里巴巴(1.5%)、百度(1.5%): the names before it, each
#: with or without its bracketed rate); looked for at most RANK_LIST_REACH characters back
FOLLOWED_BY_LIST = re.compile(r"(?:\bfollowed (?:closely )?by|其次(?:是|为)|紧随其后的?(?:是|为))\s?"
                              r"(?:[^、,，;；。()（）0-9%]{1,16}(?:\s?[(（][^()（）]{1,12}[)）])?\s?(?:、|,|，|和|及|与|, and| and)\s?){1,6}$",
                              re.I)
RANK_LIST_REACH = 120
#: between the company a ranking names next and its rate (with, at, a comma or a bracket, 以, a growth word)
RANKED_NEXT_GAP = re.compile(r"\s?(?:[,，:：(（]|\bwith\b|\bat\b|以)?\s?(?:an? |(?:同比)?(?:增长|增速|增幅|成长)率?(?:为|达|了)?)?\s?"
                             r"(?:about |around |nearly |roughly |approximately |约|近)?")
#: how far before its rate the company a ranking names next may stand
RANK_NAME_REACH = 40
#: from a bracketed part's rate to the next part's (… (31%), data center physical infrastructure (11%)): the name
NEXT_BRACKET_PART = re.compile(r"[)）](?:[,，、]| and|,? and)\s?([^,，、;；。()（）0-9%]{2,60}?)\s?[(（]\s?")
#: right after a place that is the subject of its clause (美国以56%, 加拿大虽以128%增速领跑, 加拿大增速高达128%)
PLACE_SUBJECT_AFTER = re.compile(r"(?:市场)?(?:[:：]|以|虽|则|在|占|的(?:全球|市场)?份额|贡献|仅|约|增速|增长|收入|营收)")
#: right before a place that opens its clause (北美市场:美国以56%; ;加拿大虽以128%增速领跑)
PLACE_OPENS = re.compile(r"[:：;；,，。\n]\s?$")
#: right before a place: where goods go (shipped to China, delivered to Chinese customers)
DESTINATION_BEFORE = re.compile(r"\b(?:to|into)(?: the)? $", re.I)
#: among the whole just stated (其中, of which): the part named after it is of that whole
AMONG_THEM_BEFORE = re.compile(r"其中|of which|of these|of them", re.I)
#: a clause that opens with 占 (its subject in the clause before: ……，占整体伺服器营收比重已达4成), or with 其 and the
#: whole it is a part of (AI服务器成为唯一增长亮点,其销售额占比从2023年的9%: the AI servers' part of the sales)
OCCUPY_OPENS = re.compile(r"\s?(?:已|将|预计将?|可)?占|\s?其(?=[\u4e00-\u9fff]{1,5}占比)")
#: at most this many values of one key are compared for roundings of each other (a page stating one key with more
#: values is a list, not restatements; and the comparison is pairwise)
ROUNDED_MAX = 64
#: a number written in digits in a quantity's quote (its last digit's place: :func:`_stated_step`)
NUMBER_IN_QUOTE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
#: quantities a company holds at a time, besides compute capacities: its power and its chips (LABELLING.md P8)
STOCK_NOW_METRICS = ("datacenter_power", "accelerator_count")
#: the same in English, past the growth's own period (increased by 72% in Q2 2025, reaching $127 billion)
LEVEL_AFTER_GROWTH_GAP_EN = re.compile(r"(?: (?:year[- ]over[- ]year|year[- ]on[- ]year|YoY))?(?: (?:in|for|during) [^,;.]{1,24}?)?,? "
                                       r"(?:reaching|to reach|hitting|totall?ing|to a total of|to stand at|coming in at) (?:the )?(?:about |"
                                       r"around |approximately |nearly |roughly |over |more than |almost )?", re.I)
#: between an amount and a growth set beside it (…$34.9 billion in the quarter ending Sept. 30—a 74% jump; $2.1 billion, a 30%
#: increase): the amount's own period at most, then a dash (— once normalised is -) or a comma and an article
GROWTH_OF_AMOUNT_GAP = re.compile(r"(?: (?:in|for|during) [^,;—–]{1,40}?)?\s?(?:[—–-]|,) ?(?:an?|marking an?|representing an?|"
                                  r"which is an?) ")
#: the word joining the bounds of a range read as one quantity ($13.9 billion to $14.1 billion, 3至5万台)
RANGE_TO = re.compile(r" to |至|到")
#: between a growth and the level its metric reached, right after it (营收年增18%、冲破8兆元大关, 同比增长20%,达到150亿元,
#: 營收年增12%,總計696億美元)
LEVEL_AFTER_GROWTH_GAP = re.compile(r"\s?[、,，]\s?(?:并|且|全年)?(?:总额|总规模|金额)?(?:冲破|突破|达到?|创下?|来到|站上|升至|增至|规模达|总计|合计|共计)\s?"
                                    r"(?:约|近|超过?|逾)?\s?")
#: right after a place, the possessive that makes what follows the place's (South Korea's AI compute capacity, 中国的算力)
REGION_POSSESSIVE = re.compile(r"['’]s\b|的")
#: a bare AI (AI相关, AI业务) as the part of a share, right before its verb (AI 佔伺服器營收貢獻將超過八成)
AI_PART_SHARE = re.compile(r"(?<![A-Za-z])(AI)\s?(?:相关|业务|产品)?\s?(?:占|佔)")
#: a month a rate is compared with, right before it (比7月成長3.4%, 较9月增长): growth on a month, not on a year
MONTH_COMPARED = re.compile(r"(?:比|较|与)(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?(?:相比)?的?\s?(?:成长|增长|增加|减少|下滑|衰退|下降)?\s?(?:约|近|逾|超过?)?$")
#: a move's "from" right before a comparison cue (从去年的34亿美元扩增至49亿美元)
MOVE_FROM_BEFORE = re.compile(r"(?:从|由)\s?$")
#: a clause opening with a segment's name, then the verb of its amount (; enterprise networking was $237.2 million, 企业网络
#:收入为): the segment the amount is of
OTHER_SEGMENT_CLAUSE = re.compile(r"[;；,，]?\s*(?:and |while |with )?((?:[A-Za-z][\w/&-]*\s){0,3}[A-Za-z][\w/&-]*|[\u4e00-\u9fff]{2,8}?)"
                                  r"(?:\s(?:was|were|came in at|totaled|totalled|reached|at|of)\s|(?:收入|营收)?(?:为|达到?))(?:about |approximately )?")
DATA_CENTRE_WORD = re.compile(r"data ?cent|数据中心", re.I)
#: the data-center segment named right before its growth, no other measure between (数据中心增长69%, 数据中心业务同比增长,
#: Data Center up 57%, data center segment grew 30%)
DATA_CENTRE_GROWN = re.compile(r"(?:数据中心(?:业务|部门|板块)?|\b[Dd]ata ?[Cc]ent(?:er|re)(?: segment| business| sales)?)\s?"
                               r"(?:(?:同比|年比|按年)?(?:增长|成长|增|大增|劲增|上升)|(?:was |is )?(?:up|grew|rose|jumped|surged|increased)"
                               r"(?: by)?)\s?(?:了|约|近|超过?|逾)?\s?$")
DATA_CENTRE_GROWN_REACH = 40
#: how far from a line's end a heading run into it may start
HEADING_REACH = 48
#: a heading that is a period alone, ending its line (Full Year 2026, Fourth Quarter 2025, Q4 2025 Highlights, 2026年全年展望):
#: the period of the bullets under it
PERIOD_HEADING_END = re.compile(r"(?:^|\s)((?:(?:Full[- ]Year|Fiscal(?: Year)?|First|Second|Third|Fourth|FY|Q[1-4])\s?"
                                r"(?:Quarter\s)?)+(?:FY\s?)?(?:19|20)\d{2}(?:(?:\s(?:Financial|Operating|Business|Key))?\s(?:Outlook|Guidance|Highlights|Results|Summary))?"
                                r"|(?:19|20)\d{2}\s?年?(?:全年|第[一二三四]季度?|上半年|下半年)?(?:展望|指引|业绩要点|要点))$")
#: a buyer's purchase volume (服务器采购量, 年采购占比), and the words of a procurement proper (a tender's, 集采)
PURCHASE_VOLUME = re.compile(r"采购(?:量|占比|数量)")
TENDER_PROPER = re.compile(r"集采|招标|中标|标包|投标|候选人")
#: right before a rate: how far a figure beat or missed the expectations (below market expectations by 1%, beating consensus
#: estimates by 1% and 3%)
EXPECTATION_MARGIN = re.compile(r"\b(?:above|below|ahead of|short of|beat(?:s|ing)?|miss(?:ed|es|ing)?|exceed(?:ed|s|ing)?|topp(?:ed|ing)|"
                                r"outpac(?:ed|ing))\s(?:the\s)?(?:market|consensus|analysts['’]?|street|Wall Street)?\s?"
                                r"(?:expectations?|estimates?|consensus|forecasts?)(?:\sestimates?)?\s(?:by\s)?"
                                r"(?:(?:about|around|roughly|approximately|nearly|some)\s)?(?:[\d.]+%(?:,|\sand|\sor)\s)*$", re.I)
#: the same in Chinese, the rate right after the expectation with no 的 between (略高于彭博一致预期1.7%; not 高于彭博一致预期的32%,
#: the expectation's own rate)
EXPECTATION_MARGIN_ZH = re.compile(r"(?:高于|低于|超过|超出|优于|逊于|好于|好过|差于|胜于|不及)[^,，。;；0-9%的]{0,10}?(?:预期|预估|预测|估计)"
                                   r"\s?(?:约|近)?\s?$")
#: a word every such margin holds (looked for first, as plain text: the margin's pattern is tried only where one stands)
EXPECTATION_WORDS = ("xpectation", "stimate", "onsensus", "orecast", "预期", "预估", "预测", "估计")
#: between a company's share and the next companies' (其次緊接在後的則是Tencent、Alibaba與Baidu,分別約為): the ranks after it
NEXT_RANKS_RESPECTIVELY = re.compile(r"(?:其次|紧随其后|紧接在后|followed by)[^。;；]{0,48}?(?:分别|respectively)(?:约|大约|约为)?(?:为|是|达|占)?\s?$")
#: what a respectively list of metrics gives a figure whose word in the list is outside the vocabulary (the 净利润 of 收入、净利润分别…)
OUT_OF_LIST = "(out of scope)"
#: between a count and the next clause's count of its own subject, its counter left out (,亞馬遜AWS Trainium 2 預估)
PARALLEL_COUNT_GAP = re.compile(r"[^,，;；。\d]{0,4}[,，;；]\s?(?P<subject>[^,，;；。\d]{2,24}?(?:\d[^,，;；。\d]{0,8})?)\s?"
                                r"(?:預估|预估|預計|预计|估計|估计|將達|将达|約|约|達|达|為|为|亦有|也有)\s?$")
#: a list of products' model names set apart by slashes or 、 (GB200/GB300/Rubin, H100、H200与B200), then the words up to a
#: run of values (的出貨占比大約是): no digit, no clause break between
ITEM_SEP = r"\s?(?:/|、|和|与|與|及)\s?"
ITEM_LIST_BEFORE = re.compile(rf"(?<![A-Za-z0-9])(?P<list>[A-Za-z][A-Za-z0-9-]{{1,15}}(?:{ITEM_SEP}[A-Za-z][A-Za-z0-9-]{{1,15}}){{1,5}})"
                              r"[^,，;；。0-9/、]{0,24}$")
ITEM_LIST_SEP = re.compile(ITEM_SEP)
#: how far before a run of values its list of products is looked for
ITEM_LIST_REACH = 140
#: between an amount and the next clause's amount of the same money, its currency left out (超聚变2024年营收破434亿,2025年
#: 目标直指500亿): a clause break, a year perhaps, then a target, forecast or reaching word right before the amount
PARALLEL_AMOUNT_GAP = re.compile(r"[^,，;；。\d]{0,4}[,，;；]\s?(?:(?:(?:19|20)\d{2}\s?年?|今年|明年)(?:全年|全年度)?)?[^,，;；。\d]{0,8}?"
                                 # (腾讯2025年资本开支792亿元,今年估计要1000亿往上了: the year named relative to the page)
                                 r"(?:目标|目標|预估|預估|预计|預計|估计|有望|将达|將達|达到|達到|直指|突破|冲刺|衝刺|挑战|挑戰)"
                                 r"[^,，;；。\d]{0,4}$")
#: models in general before a model metric (大模型训练成本, AI大模型, frontier models, LLMs): no one model's figure
GENERIC_MODELS_BEFORE = re.compile(r"大模型|大型模型|大语言模型|\b(?:models|LLMs|large language models)\b", re.I)
GENERIC_MODELS_REACH = 24
#: right after an item: the rest of a procurement project's name (人工智能通用计算设备(推理型)集中采购项目)
PROJECT_AFTER_ITEM = re.compile(r"[^,，。;；]{0,12}?(?:集中采购|集中採購|集采|集採|采购项目|採購項目)")
#: a buyer's share of purchases right before its rate (年采购占比达, 採購佔比為)
PURCHASE_SHARE = re.compile(r"(?:采购|採購)(?:占比|佔比|比重|份额)")
#: right after an item: the purchases of it as the scope of what follows (AI 服务器采购中, 伺服器採購方面)
PURCHASES_SCOPE = re.compile(r"\s?的?(?:采购|採購|采购量|採購量)(?:中|当中|當中|里|裡|方面)[,，]?")
PURCHASES_REACH = 240
#: a sentence that opens with the ranks after a company's share, then their shares (…came to 6.2%. Following ByteDance were
#: Tencent, Alibaba, and Baidu that comprised around 2.3%, 1.5%, and 1.5% respectively): its start up to the first share
NEXT_RANKS_OPENING = re.compile(r"[^.;!?]{0,12}?[.;] (?:Following|Behind|After) [^.;!?]{1,60}? (?:were|was|came|come|are|is) "
                                r"[^.;!?]{1,80}?(?: (?:that|which|who)| with|,)? (?:comprised|accounted for|held|had|took|made up|"
                                r"with|at)(?: (?:around|about|roughly|nearly|some))? ?")
#: a bare market word where a generic market keyword starts (the market, 整体市场), not a sales word (营收)
MARKET_WORD_AT = re.compile(r"(?:the (?:overall |global |total |worldwide |whole )?)?market\b|(?:整体)?市场", re.I)
#: how far back a bare "the market" looks for the product the sentence before named
MARKET_BACK_REACH = 300
#: right after a CAGR: the year it runs from (24% CAGR since 2019, 自2019年以来年均复合增长)
CAGR_SINCE = re.compile(r"[^.;。；]{0,24}?(?:\bsince |自)((?:19|20)\d{2})(?![0-9])", re.I)
#: a calendar half's label (2024H1)
CALENDAR_HALF = re.compile(r"(?:19|20)\d{2}H[12]")
#: a day a stock is stated at (as of June 30, 2025; 截至2024年8月31日), within this many characters of the figure
AS_OF_BEFORE = re.compile(r"(?:\bas (?:of|at)|\bat the end of|截至|截止(?:到|至)?)\s?$", re.I)
AS_OF_REACH = 40
#: right before a power or a computing rate: the bound of a size class of sites (of which are larger than 500 MW; projects
#: bigger than 1 GW)
SIZE_CLASS_BEFORE = re.compile(r"(?:\b(?:which|that)\s(?:are|were|is|was)\s(?:\w+\s)?|\b(?:projects|campuses|sites|facilities|"
                               r"data cent(?:er|re)s|clusters)\s)(?:larger|bigger|smaller|greater)\sthan\s$", re.I)
#: the same before a period that may open with "the" (as of the second quarter of 2025, 截至2025年6月底)
AS_OF_THE_BEFORE = re.compile(r"(?:\bas (?:of|at)(?: the end of)?|\bat the end of|截至|截止(?:到|至)?)\s?(?:the\s)?$", re.I)
#: a bracket opening with a period and a colon, right before an amount: (2022: RMB9,325.6 million), (4Q2022: 44.6%)
BRACKET_PERIOD_COLON = re.compile(r"[(（][^()（）]{2,16}[:：]\s?$")
BRACKET_OPEN_BEFORE = re.compile(r"[(（]\s?$")
BRACKET_COLON_GAP = re.compile(r"\s?[:：]\s?")
#: how far after the figure its bracketed earlier value may open
BRACKET_BASE_REACH = 60
#: how a skip reason of an amount outside the vocabulary begins
OUT_OF_SCOPE_AMOUNT = "out of vocabulary: an amount of something outside it"
#: between a company's name and its ticker restating it in brackets (Microsoft (NASDAQ: MSFT), Google (GOOG) (GOOGL))
TICKER_SYMBOL = re.compile(r"[A-Z]{1,5}")
TICKER_REACH = 40
TICKER_AFTER_NAME = re.compile(r"(?:['’]s)?(?:\s?\((?:[A-Z]{1,5}\))?)*\s?\((?:[A-Z]{2,6}\s?:\s?)?")
#: a share's own word before its rate (the Rubin platform's expected share has been cut from 29% to 22%); not 占比, which
#: Chinese plans and notes write of anything (先进存储容量占比, 营业成本占比)
SHARE_WORD_BEFORE = re.compile(r"\b(?:share|portion|proportion)\b", re.I)
#: right after a share: "of" and its whole, past the bracket round the rate (15% of TSMC's revenue; a share (71%) of)
SHARE_OF_AFTER = re.compile(r"\)? of ")
#: the rest of a list of rates after one of them, and its respectively (… 18% and 12% respectively, …): the whole named
#: after it is every rate's
RATE_LIST_TAIL = re.compile(r"(?:(?:,| and|, and) (?:about |around |roughly |nearly )?\d[\d.]* ?(?:%|per ?cent|percent))*,? respectively,?", re.I)
#: a rate restated at constant exchange rates, the words right after it or right before it
#: (not 同比增长39% 按固定汇率计算增长38%: the Chinese words come before the rate they restate)
CONSTANT_CURRENCY_AFTER = re.compile(r" ?(?:(?:in|at|on an?) constant[- ]currency\b|\(constant[- ]currency\)|cc\b)", re.I)
CONSTANT_CURRENCY_BEFORE = re.compile(r"(?:\bconstant[- ]currency (?:growth )?(?:of |was |up )?|(?:按)?固定汇率(?:计算)?下?[,，]?(?:增长|同比)?[+]?|"
                                      # (扣除匯率影響後下降22%: net of exchange rates)
                                      r"(?:扣除|剔除)汇率(?:变动)?(?:影响|因素)后?[,，]?(?:同比|按年)?(?:增长|上升|下降|减少)?)$", re.I)
#: how far back a total looks for the parts it sums (标包1-11为1204台，标包12为1250台，合计2454台)
TOTAL_PARTS_REACH = 300
#: how far back a bare "for 2026" looks for the quarter or half of that year it restates
RESTATED_REACH = 200
#: between a rate and its own period right after it (17.2% in the first quarter)
RATE_OWN_PERIOD_GAP = re.compile(r" (?:in|for|during) (?:the )?")
#: a clause's end inside a sentence
CLAUSE_MARK = re.compile(r"[,，;；]")
#: how far a bracket glossing an item reaches (AI伺服器(A100/H100/MI300為主))
GLOSS_REACH = 30
BRACKET_CLOSE = re.compile(r"[)）]")
#: a deal's noun right before its value word (the base contract valued at, a lease worth)
DEAL_NOUN_BEFORE = re.compile(r"(?:contract|agreement|deal|lease|transaction)\s?$|"
                              # (600 MW of hyperscale AI leases worth about $16 billion: plural deals named as compute
                              # deals; not a trio of deals valued at close to $30B, a sum across buyers)
                              r"\b(?:AI|cloud|compute|computing|GPU) (?:contract|agreement|deal|lease|transaction)s\s?$", re.I)
#: a verb of change, then "by" right before an amount (expanded its cloud services agreement with OpenAI by $6.5B): the
#: amount the figure moved by (LABELLING.md O1: change amounts)
CHANGED_BY_BEFORE = re.compile(r"\b(?:expand|increas|rais|boost|lift|cut|reduc|lower|grew|grow|rose|fell|declin)\w*\b[^.;,。]{0,60}?\bby $",
                               re.I)
#: right before a bare scaled number: a bracket or list mark, then a company's name (资本开支(字节4500亿、阿里3600亿)
NAMED_PART_GAP = re.compile(r"[(（、,，]\s?(?:其中)?\s?([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z ]{0,9})$")
#: what joins a year to a part of a year opening with its year in a span (至, 到, -; periods.PART_YEAR)
SPAN_TO = re.compile(r"\s?(?:至|到|-|~|–)\s?")
#: right after a level: the year it is to be reached by (to 92 GW by 2027, 到2030年)
BY_YEAR_AFTER = re.compile(r"\s?(?:by (?:the end of )?(?:19|20)\d{2}|(?:到|至)(?:19|20)\d{2}年)")
#: between a rate and the level it grew to (增长16.1%至783兆瓦, grew 20% to 1.2 GW)
#: (its qualifier taken off first: increased by 34% to roughly 6,922 MW)
GROWN_TO_GAP = re.compile(r"\s?(?:至|到|to )\s?")
#: how far back a count of GPUs looks for the chip model its paragraph named (the paragraphs of the labelled pages are
#: shorter)
MODEL_REACH = 1500
#: how far back a figure looks for the companies of its sentence, a named part of a year, a place's possessive
GROUP_REACH = 200
#: a pronoun and its verb between "higher than" and the base's period (higher than they were in Q4 2022)
THEY_WERE = re.compile(r"(?:they|it) (?:were|was) (?:in |for |during )?(?:the )?", re.I)
#: right after a rate: higher or lower than a period named next (23% higher than fourth quarter 2024)
HIGHER_LOWER_THAN = re.compile(r" (?:higher|more|greater|above|lower|less|below) than (?:in |for )?(?:the )?", re.I)
#: a product line's name glued to its share word (or to the bracket an aside with it opens: 云服务商业务(占比云计算业务70%)), then at most a move's opening words before the rate (水冷散热占比从第二季的)
LINE_MIX_SHARE = re.compile(r"[\u4e00-\u9fff]{2}[(（]?(?:占比|比重)(?:从|由)?[^,，。;；\d]{0,8}$")
#: the amount of a whole named between "of" and its metric (half of the company's nearly $114 million cloud revenue)
WHOLE_AMOUNT = re.compile(r"(?:US)?\$ ?\d[\d,.]*(?: ?(?:million|billion|trillion|bn|mn|m|b)\b)?")
#: how far before a stock its "now" word may stand (截至目前,全省部署智算芯片10.17万张)
NOW_REACH = 40
#: a word saying a quantity is held at the time of writing (now houses, the current 120 megawatts, 目前拥有)
NOW_WORD = re.compile(r"(?<![A-Za-z])(?:now|currently|current|at present|presently|as of today)(?![A-Za-z])|目前|现有|当前|现阶段|"
                      r"(?<![表体实出发呈展])现在", re.I)
#: the model metric a count's own unit says (a model's parameters, training tokens, a training run's FLOP)
MODEL_METRIC_OF_UNIT = {"params": "model_parameters", "tokens": "training_tokens", "FLOP": "training_compute"}
#: a quarter named right before a word of the quarter-on-quarter cues that opens with 季 (第一季成长, 本季增加, 上季成长:
#: that quarter's growth; 较上季成长 and 比第四季减少 stay a comparison with the quarter before)
QUARTER_NAMED = re.compile(r"(?<![较比于与])(?:第[一二三四1-4]|[上本首今该])$")
#: a quarter-on-quarter cue with its own number right after it (HPC 51% (QoQ +11%)): that number's cue
QOQ_OWN_RATE = re.compile(r"\s?[:：]?\s?[约近逾超过+\-−]?\s?\d")
#: a sentence that opens with its rank in a ranking (第二名是…, 第四名、第五名则分别是…, 其次是…, Second, …)
RANK_OPENER = re.compile(r"\s*(?:第[二三四五六七八九十\d]+(?:名|位)|其次|再次|(?:second|third|fourth|fifth)(?:ly)?\b)", re.I)
#: … continues the ranking of a value at most this many characters before it
RANK_REACH = 400
#: between a rate and its change in percentage points (6.19%增加0.16个百分点, 52% and rose 3 points)
POINTS_CHANGE_GAP = re.compile(r",? ?(?:微|小幅|大幅)?(?:增加|减少|提升|提高|上升|下降|降低|增|减|升|降)了?|"
                               r",? (?:up|down|an? (?:increase|decrease|rise|drop) of) ", re.I)
#: a year-on-year change in percentage points (同比提升1pp, 同比增加1.9个百分点, 按年增长15个百分点: the cue found at 年增长)
PP_CHANGE_AT = re.compile(r"(?:同比|按?年)(?:提升|增加|增长|上升|下降|减少|提高|降低)?了? ?[+-]?[\d.]+ ?(?:pp|pct|个百分点|百分点)", re.I)
#: the currency a sentence counts in (若以美元计算, 按人民币计): its word is read by the unit table
#: (connectors.numbers.currency_of), for the amounts the sentence writes with the 元 left out
COUNTED_IN = re.compile(r"[以按]([\u4e00-\u9fff]{1,4}?)计")
#: the whole a share is of, named as money (占总金额的62.7%, of the total value)
AMOUNT_WHOLE = re.compile(r"(?:总金额|总额|金额|总价|总预算|预算)的?[约近逾超过 ]{0,3}$|(?:amount|value|budget) ?$", re.I)
#: 以X元中标 / 以X元成为第一中标候选人: the amount of a winning bid
YEAR_IN_NAME = re.compile(r"(?:19|20)\d\d年?")
#: amount words that name no side of a procurement (the buyer's budget or the bidder's win); a sum of
#: awards (中标金额总和) is the buyer's spend, or one bidder's wins where a bidder is its subject
GENERIC_AMOUNT = {"金额", "总价", "合同金额", "amount", "中标总金额", "中标金额总和", "中标金额合计"}
AWARD_AFTER = re.compile(r"^ ?(?:的价格|的报价|的金额|的)?(?:中标|成交|成为[^,，。]{0,6}中标|拿下|夺标)")
#: between an amount and the item it buys (的, a role or a product type: 训练/推理, 通用/国产)
ITEM_GAP = re.compile(r" ?(?:的)?(?:AI|人工智能|通用|智能|国产)?(?:训练|推理)?")
#: between a domestic word and the product it makes domestic (国产通用GPU, 国产算力服务器, 國產推理 AI 晶片): kinds of product
DOMESTIC_PRODUCT_GAP = re.compile(r"(?: ?(?:AI|人工智能|通用|智能|算力|智算|高端|推理|训练|訓練|加速) ?){0,2}")
#: between a scaled number and the item it counts (21万PC服务器, 114万AI servers)
COUNT_NOUN_GAP = re.compile(r" ?(?:[A-Za-z]{1,3} ?)?")
#: counts: a growth rate of one of these carries the item counted
COUNT_METRICS = {"shipments", "tender_quantity", "accelerator_count"}
#: compute capacities: keyed by the company that holds them, else by region
CAPACITY_METRICS = {"intelligent_compute_capacity", "general_compute_capacity", "total_compute_capacity",
                    "supercomputing_capacity"}
#: a bare "market size" keyword (lexicons/metrics.toml) stands for the last market named before it
GENERIC_MARKET = "market_size"
#: the market of an item: what a bare "market size" after it measures
ITEM_MARKET = {"ai_server": "ai_server_market_size", "genai_server": "ai_server_market_size", "server": "server_market_size"}
#: the nouns of a share that name no whole after them (出货占比, 出货比重; not the verb 占 of 出货占晶圆销售金额的15%)
SHARE_NOUNS_ZH = frozenset({"占比", "比重", "份额", "占有率", "比例"})
#: the product a market of products is of (ITEM_MARKET read back; the AI-server market's is the AI server, not its
#: generative-AI part)
ITEM_OF_MARKET = {market: item for item, market in ITEM_MARKET.items() if item != "genai_server"}
#: a verb of buying beside a count of units (30,000 and 25,000 units purchased, bought 20,000 units each, 15,000 units
#: acquired): chips bought, where the paragraph counts chips
BOUGHT_UNITS = re.compile(r"\b(?:purchased|acquired|bought|obtained|ordered|buys|buy|purchases|purchase|purchasing|procured|"
                          # (Google's procurement reached around 169,000 units: what a company procured, counted)
                          r"procurement reached|procurement totall?ed|procurement stood at|purchases reached|purchases totall?ed|"
                          # (… had approximately 2,000 Nvidia H100 GPUs, while Meta and Microsoft each owned around 150,000
                          # units: the chips a company holds)
                          r"secured|secure|owned|owns|own|holds|held|possess|possesses|possessed)\b|采购|购买|订购|购入|买入|拥有|持有", re.I)
#: how far after a count of chips a count of units bought goes on counting them
FLEET_REACH = 600
#: a sentence opening by pointing back at a segment named before (This segment contributed $30.8 billion)
THIS_SEGMENT = re.compile(r"\s*(?:This|That|The) (?:segment|division|business|unit)\b|\s*(?:该|此|这一|這一)(?:业务|部门|板块|分部)")
#: how far before an amount AI revenue is read as its metric: anywhere within AI_REVENUE_NEAR characters, and up to
#: AI_REVENUE_REACH where no other money word stands between (Q3 AI revenue at … $3.1 billion and expected to rise to $3.5
#: billion in Q4)
AI_REVENUE_NEAR = 60
AI_REVENUE_REACH = 160
#: a revenue named as AI revenue (Q3 AI revenue, AI業務收入, AI 營收): a chip maker's is its data-center revenue
AI_REVENUE_BEFORE = re.compile(r"(?<![A-Za-z])AI[ -]?(?:业务|business |semiconductor |related |chip |-related )?(?:revenues?|sales|营收|收入|销售额)", re.I)
#: right before a computing power: it is one card's or chip's (单卡约0.2P, 每卡, per GPU)
PER_CARD_BEFORE = re.compile(r"(?:单卡|每卡|单颗|每颗|单芯片|每片|单张|每张)(?:算力)?(?:约|为|达|可达)?\s?$|\bper (?:GPU|card|chip|accelerator) (?:of )?$", re.I)
#: right after a computing rate: the chips it is of (500 TFlops的芯片, 2 PFLOPS GPUs), a specification
CHIP_AFTER_FLOPS = re.compile(r"\s?(?:\(?(?:FP|INT|BF)\d{1,2}\)?\s?)?(?:及以上|以上| or (?:more|above)| and above)?(?:的|之)?\s?"
                              r"(?:AI ?)?(?:芯片|晶片|GPU|ASIC|显卡|加速卡|算力卡|chips?\b|GPUs?\b|accelerators?\b|cards?\b)", re.I)
#: how far before a computing rate, in its clause, a word outside the vocabulary makes it that word's (算力密度达2400TFlops;
#: not 打造数字经济高地已取得阶段性成果:一期建设的50P, a clause before)
FLOPS_OUT_OF_SCOPE_REACH = 16
#: the most a chip's computing rate is (10 PFLOPS; a GB200 superchip is about 5 PFLOPS in FP8): a capacity below it with
#: chips named right after is one chip's
CHIP_FLOPS_MOST = 1e16
#: the servers a server market counts (its shipments are of them)
SERVER_MARKET_ITEM = {"server_market_size": "server", "ai_server_market_size": "ai_server"}
#: wholes a share can be of that are a region's market (so the share is keyed by region)
MARKET_OF = {"ai_server_market_size", "ai_compute_market_size", "server_market_size", "compute_industry_size", "shipments",
             "total_compute_capacity", "intelligent_compute_capacity", "general_compute_capacity"}
#: a metric that is a part of another one (the whole its share is of)
PARENT_METRIC = {"compute_investment": "capex", "datacenter_revenue": "revenue"}
#: the market an item's share is a part of (AI servers within all servers)
PARENT_MARKET = {"ai_server": "server_market_size", "genai_server": "ai_server_market_size"}
#: a server kind right before a share word is the part the share is of (ASIC伺服器占整體比重)
SHARE_OF_SUBJECT = re.compile(r"[^,，。;]{0,4}?(?:占|的占比|比重|share|account)", re.I)
#: a verb of being a part between an item and its rate, where the whole is named in money after it (with AI servers
#: representing 83% of the revenue, Servers represented 41% of data center capex)
REPRESENTS_SUBJECT = re.compile(r"[^,，。;]{0,4}?(?:represent|make up|makes up|made up)", re.I)
SPAN = re.compile(r"(?:19|20)\d\d-(?:19|20)\d\d")
#: a share word right after a rate, or after a list of rates (分别获得27%和23%份额)
SHARE_AFTER = re.compile(r"(?:\s?[和、及与,，]\s?\d+(?:\.\d+)?%)*\s?的?(?:市场|中标)?份额")
#: the dollar of an exchange outside the US (a page whose head lists its company there writes its dollars as $)
EXCHANGE_DOLLAR = {"ASX": "AUD", "TSX": "CAD", "SGX": "SGD", "HKEX": "HKD", "SEHK": "HKD", "NZX": "NZD"}
#: an amount in a bare $ (not US$, A$, NT$, C$ …)
BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$")
#: the dollar a bare $ is in a page about one of these countries (its own press writes its dollar as $)
HOME_DOLLAR = {"AU": "AUD", "NZ": "NZD", "CA": "CAD"}
#: the sign of the yen and of the yuan
YEN_SIGN = re.compile(r"[¥￥]")
#: what a bare 元 is in a document about these places, or for a company listed and reporting there
#: (Taiwan's press writes NT$ as 元; Hong Kong's press gives mainland companies' figures in 元 = CNY,
#: so HK is not one of them)
YUAN_OF = {"CN": "CNY", "TW": "TWD"}
#: a 元 whose currency the text names
NAMED_YUAN = re.compile(r"人民币|RMB|新台币|NT\$")
#: a bidder's rank right before its share (第1名50%)
RANK_BEFORE = re.compile(r"第[0-9一二三四五六七八九十]{1,2}名[:：]?$")
#: between a growth rate and the comparison word of its base (jumped 37% from, up 12% year over year from)
GROWTH_BASE_GAP = re.compile(r"[\s,]*(?:(?:year[- ](?:over|on)[- ]year|YoY|annually)[\s,]*)?"
                             # (a 30.4 percent year-over-year increase from $94.1 billion: the growth's noun)
                             r"(?:(?:increase|rise|gain|growth|jump|decline|drop|decrease)[\s,]*)?", re.I)
#: "following" or "after" right before a rate and its growth noun (Following 70% growth in ’24, …)
FOLLOWING_BEFORE = re.compile(r"\b(?:following|after)(?: an?| the)?(?: (?:about|roughly|nearly|around|some|over|more than))? ?$", re.I)
#: a growth's noun between its rate and the cue of its base (a 154% increase year-over-year)
RATE_NOUN_GAP = re.compile(r" (?:increase|rise|gain|growth|jump|surge|decline|drop|decrease|fall) ", re.I)
#: right after an amount: its metric's noun and a word of what was said, then "from" and the company that said it (a $200
#: billion capex forecast from AMZN)
TOLD_FROM_AFTER = re.compile(r" (?:capex|capital (?:expenditure|spending)s?|revenue|sales|spending|investment) "
                             r"(?:forecast|guidance|outlook|plan|projection|estimate|target)s? from ", re.I)
#: right after a share: what it is spent on (70%~80%用於先進製程, 70% will be allocated to advanced nodes), and between the amount
#: it is a part of and it (a comma, 其中, of which)
ALLOCATED_AFTER = re.compile(r"\s?(?:将|將|会|會)?(?:用[于於在]|投[入向]|(?:will be |is |are |to be )?(?:allocated|earmarked|directed|spent) "
                             r"(?:to|for|on))", re.I)
ALLOCATION_GAP = re.compile(r"\s?[,，;；]?\s?(?:其中|of which|with)?\s?", re.I)
ALLOCATION_NEXT = re.compile(ALLOCATED_AFTER.pattern + r"[^,，;；。.]{1,24}[,，;；、]\s?(?:and |又|另)?", re.I)
#: a word of expectation between a rate and its growth noun (a 79% expected jump in spending)
EXPECTED_BEFORE_NOUN = re.compile(r" (?:expected|projected|anticipated|forecast|estimated|planned) ", re.I)
#: data centres' power or capacity (counted in watts) named as the whole after a percentage's "of" (LABELLING.md I6)
#: (its owner and qualifiers: 40 per cent of India’s DC capacity, 25% of all current operational data centre capacity);
#: a bare capacity or occupancy (90% of that capacity, 18% and 12% respectively of the total occupancy), not a bare power
#: (1-2% of global power demand is data centres' part of all power), only where DC_POWER_CONTEXT is in the sentence, the
#: one before or the one after it, and with no owner named (TSMC's capacity is a foundry's)
DC_POWER_WHOLE = re.compile(r" of (?:(?:(?P<owner>[A-Z][a-z]+['’]s?)|(?i:the|all|that|this|its|their|(?:the )?(?:country|region|city|world|nation)['’]s|"
                            r"total|global|worldwide|US|U\.S\.|current|currently|operational|operating|"
                            r"utili[sz]ed|announced|incremental|existing|installed|live|leased|contracted)) ){0,4}"
                            r"(?:(?P<dc>(?:DC|(?i:data[- ]cent(?:er|re)s?)['’]?) )"
                            r"(?i:power demand|power consumption|electricity demand|electricity consumption|power|capacity|occupancy)|"
                            r"(?i:capacity|occupancy))\b")
#: how far either side of a share DC_POWER_CONTEXT is looked for
DC_CONTEXT_REACH = 600
#: right before a place a part of data centres' power is in (… capacity in the U.S., expected to be in the U.S.)
PLACE_IN_BEFORE = re.compile(r"\bin (?:the )?$")
#: a sentence about data centres or their power, where a bare capacity is data centres' (DC_POWER_WHOLE)
_DC_WORD = r"\bdata[- ]?cent(?:er|re)s?\b|\bDCs?\b|\b(?:colocation|hyperscale)\b|数据中心|數據中心|資料中心"
DC_POWER_CONTEXT = re.compile(_DC_WORD + r"|\d ?(?:[MG]W|megawatts?|gigawatts?)\b", re.I)
#: words for data centres alone (not a count of megawatts): the context a facility's power needs (FACILITY_AFTER)
DC_WORDS = re.compile(_DC_WORD + r"|智算中心|算力中心", re.I)
#: a results table of revenue by part of the business: its header's first word (Segment, Platform …)
RESULT_SEGMENT_HEAD = re.compile(r"(?:Segment|Platform|Business|Division|End market|Product line)s?", re.I)
#: a row of such a table that is the data-center part (Data center, Data Center Group)
DATA_CENTER_ROW = re.compile(r"\bdata ?cent(?:er|re)s?\b|数据中心", re.I)
#: a line that opens with a business segment's name and a colon (服务器及部件业务:预计……收入增长12%; Servers segment:)
SEGMENT_LABEL = re.compile(r"([^:：\n,，。;；0-9()（）]{1,16}?(?:业务|板块|部门|事业部|segment|business))\s*[:：]", re.I)
#: a place that comes next in a ranking of growth (Canada followed with 70.7% growth, 日本紧随其后)
FOLLOWED_WITH = re.compile(r"(?:\s?[(（][^()（）]{1,12}[)）]|[)）])?\s?(?:followed|follows|came next|comes next|was next|ranked second|trailed|trails)"
                           r"(?: closely)? (?:with|at)\b|紧随其后|其次", re.I)
#: between a ranking's "followed" and its bracketed figure (中国紧随其后(28%)), or its share right after "with" (follows
#: with 23%)
RANK_BRACKET = re.compile(r"\s?[(（]\s?")
RANK_DIRECT = re.compile(r"\s(?:about |around |nearly |roughly |approximately )?")
#: right after a place: its market (the US and China markets, 美国市场)
PLACES_MARKETS = re.compile(r"(?: (?:and|&) (?:the )?[A-Z][\w.]*)?(?:['’]s)? ?markets?\b|市场", re.I)
#: a growth rate compared with another period's, that one's rate next (成長率將高於 FY2025(45%); growth rate will be
#: higher than 2025's 30%)
GROWTH_RATE_COMPARED = re.compile(r"(?:成长率|增长率|增速|年增率|growth rate)[^,，。;；0-9%]{0,12}?(?:高于|低于|超过|超越|优于|"
                                  r"higher than|lower than|above|below|exceed)[^,，。;；%]{0,16}[(（]?$", re.I)
#: after a share: the whole, then what the part goes to (60% of its capex goes to servers, is spent on GPUs)
PART_GOES_TO = re.compile(r" of (?:its |the |their )?[\w -]{0,24}? (?:goes|went|will go|is spent|was spent|were spent|flows|is allocated|was allocated|is used|was used|(?:is|was|were) focused|(?:is|was) directed)"
                          r" (?:to|on|into|for) (?:the |new )?", re.I)
#: after a rate, the whole it is a part of, then a verb of origin (54%的服务器收入来自GPU加速机型, 一半銷售額均來自超大規模客戶,
#: 98%收入来自第一大客户): the part of that whole coming from one source
SHARE_FROM_SOURCE = re.compile(r" ?(?:以上|多|左右)? ?(?:的)? ?[^，。；,;：:!?！？0-9%]{1,16}? ?(?:均|主要|皆|都|大多|大部分)?"
                               r"(?P<verb>来自|來自|源自|源于|源於)")
#: right after a share: "of them", the things just counted (90% of them must be homemade models)
OF_THEM = re.compile(r" of (?:them|these|those|which)\b", re.I)
#: right after an amount, the stretch of years it is a total of, counted and not named (over the past ten fiscal years,
#: in the last three years, 过去十年)
OWN_DURATION_AFTER = re.compile(r"\s?(?:(?:over|in|during|across) the (?:past|last|previous|next|coming) (?:\w+ ){1,2}?(?:fiscal )?years"
                                r"|(?:在)?(?:过去|近|未来)[一二三四五六七八九十两\d]+年)", re.I)
#: a sentence's end (between a place and what it is compared with; not a semicolon, unlike periods.py's, which ends
#: the reach of a period's context)
SENTENCE_END = re.compile(r"[。!?！？]|\.(?:\s|$)")
#: between a period and the end of its sentence: nothing but the full stop (… for the first quarter of 2024.)
SENTENCE_END_AFTER_PERIOD = re.compile(r"\)?\s?[.。;]?\s*")
#: right before such a period: the preposition that makes it the sentence's time
PERIOD_LEAD_EN = re.compile(r"\b(?:for|in|during) (?:the )?$", re.I)
#: before a head's period: a target or guidance for it (targets $5.7 bn revenue in, expects … for), not a report on it
HEAD_TARGET_BEFORE = re.compile(r"\b(?:targets?|expects?|guides?|forecasts?|sees|projects?)\b(?:[^.\n]|\.\d){0,30}\b(?:in|for) (?:the )?$", re.I)
#: a sentence's word for "the period just named" (期内收入按年跌20%, during the period)
PERIOD_POINTED_BACK = re.compile(r"(?<![预同])期内|期间内|该期间|in the period|during the period", re.I)
#: how far back the period such a word points to may be named
PERIOD_BACK_REACH = 400
#: a currency declared for the figures that follow (3﹒37億(美元.下同), （人民币，下同）, (单位:美元,下同))
CURRENCY_DECLARED = re.compile(r"[(（] ?(?:单位[:：] ?)?([\u4e00-\u9fff]{1,4}?) ?[.,，、;；．‧・·]? ?下同 ?[)）]")
#: a heading line: at most this long, with no sentence end and not a bullet or a table row
HEADING_CHARS = 40
HEADING_NOT = re.compile(r"^[-•*·▪●]|[。.;；!?！？|]$|[,，。;；]")
#: a heading that is only a name: 【Google】, [Meta], Microsoft:, 3. Amazon, 一、阿里巴巴
HEADING_NAME = re.compile(r"(?:[0-9]{1,2}[.)、]|[一二三四五六七八九十]{1,2}、|[(（][0-9一二三四五六七八九十]{1,2}[)）])? ?"
                          r"[【\[(（]?\s?([^【】\[\]()（）:：]{1,30}?)\s?[】\])）]?\s?[:：]?")
#: between a growth rate and the level it grew to: ,达 / ,至 / , reaching / 达 (年增53.6%达1,090亿美元)
#: a level called a record (to a record $51.6 billion, reaching an all-time high of $30 billion)
#: or a total (reaching a total of $31.8 billion, to a combined total of), or with an article (reaching the $47.4 billion)
RECORD_LEVEL = (r"(?: (?:a|an) (?:new |all-time |record[- ])?(?:record|high)(?: high)?(?: of)?| a (?:combined )?total of| the"
                r"|创纪录的?|创新高的?|历史新高的?)?")
REACHING = re.compile(r"(?: (?:increase|rise|jump|gain|growth|surge|decline|drop))?"  # (saw a 44% increase reaching …)
                      r"(?: (?:in|for|during) (?:fiscal )?(?:19|20)\d{2}"
                      r"| (?:in|for|during) the (?:first|second|third|fourth) (?:half|quarter) of (?:fiscal )?(?:19|20)\d{2}"
                      r"| on an? (?:year[- ]over[- ]year|year[- ]on[- ]year|YoY|annual) basis| year[- ](?:over|on)[- ]year| YoY"
                      r"| from (?:a|the) year (?:ago|earlier|before)"
                      # (a CAGR of 18% from this year to 2032, reaching $177.4 billion by 2032)
                      r"| (?:from|between) (?:this year|last year|(?:19|20)\d{2}) (?:to|and|through) (?:19|20)\d{2}"
                      r"| for (?:the|this|that) (?:market|segment|sector|industry)){0,3}"  # (Revenue grew 22% on a year-over-year basis, to $47.5 billion;
                      # by 97% year over year in the first half of 2025, reaching $82.0 billion)
                      # (revenue jumped 32% year-over-year, hitting $13.6 billion; totaling, to hit)
                      # (surged 73% year-on-year, rising to $68.13 billion: a participle of growth, then "to")
                      r"(?:[,，] ?(?:达到?|来到|至|到|约为|为|reaching|to reach|hitting|to hit|totaling|totalling|to|at|"
                      r"(?:rising|growing|climbing|jumping|increasing|soaring|surging|climbing|falling|declining|dropping) to)"
                      + RECORD_LEVEL + " ?|"
                      r" (?:reaching|to reach|hitting|to hit|totaling|totalling)" + RECORD_LEVEL + " ?|"
                      r"(?:达到?|来到) ?)", re.I)  # (to grow 33% in 2024, reaching $71 billion)
#: a growth's year or base named, then the level it leads to with no comma (rose 6% from a year earlier to $7.6
#: billion, is projected to increase 39,9% in 2025 to $283,9-billion)
REACHING_TO = re.compile(r"(?: (?:in|for|during) (?:fiscal )?(?:19|20)\d{2}| from (?:a|the) year (?:ago|earlier|before)|"
                         # (grew 20% in Q1 to $5 billion, rose 12% in the fourth quarter of 2025 to …: the rate's quarter)
                         r" (?:in|for|during) (?:the )?(?:(?:first|second|third|fourth) (?:fiscal )?quarter|(?:fiscal )?Q[1-4]|[1-4]Q)"
                         r"(?:(?: of)? (?:fiscal )?(?:FY ?)?(?:(?:19|20)\d{2}|'?\d{2}))?|"
                         r" year[- ](?:over|on)[- ]year| YoY| from the (?:prior|previous) year){1,2} to" + RECORD_LEVEL + " ?",
                         re.I)
#: "at" right before an annual rate (以25%的年增长率), and the annual rate's word, then the year it runs to (,到2028年):
#: a rate held each year up to a year ahead, a compound annual rate
AT_RATE_BEFORE_ZH = re.compile(r"以\s?(?:约|近|超过?|逾)?\s?$")
ANNUAL_RATE_TO_YEAR_ZH = re.compile(r"\s?的?(?:年均?|每年)(?:增长率|成长率|增速|增幅)(?:增长|成长)?[,，]?\s?(?:到|至|于|在)\s?(?:19|20)\d{2}\s?年")
#: the close of a growth's clause that names the level it leads to (将以28%的复合年增长率增长,到2027年达到2390亿美元)
REACHING_BY_YEAR = re.compile(r"[,，](?:到|至|在)?(?:19|20)\d{2}年(?:底|末)?将?(?:达到?|突破|超过)$")
#: between a growth and the amount it is of, joined by a 、 (營收年增率二○．二％、三三○億美元: the level of the
#: money metric that grew)
GROWTH_AND_LEVEL = re.compile(r"[、][约約]?$")
#: between two amounts of a list: a separator, then at most a few words (Amazon's, 亚马逊的)
LIST_ITEM_GAP = re.compile(r"(?:[,，、;；]|,? and|和|及|以及|与) ?[^,，。;；0-9$¥]{0,24}", re.I)
#: the item whose market a market metric is (the inverse of ITEM_MARKET)
MARKET_ITEM = {"ai_server_market_size": "ai_server", "server_market_size": "server"}
#: between the amounts of an enumeration (、 or ;, then a few words naming the next part)
LIST_NEXT_GAP = re.compile(r" ?[、;；] ?[^,，。;；0-9$¥]{0,24}")
#: between an amount and its share of the whole: ,占比约 / , or
SHARE_AFTER_AMOUNT = re.compile(r"[,，]? ?(?:占比|占总额的|占总数的|占)[约近逾超过 ]{0,3}")
#: right before a chip word: the chips are what the counted servers carry (搭载GPU, 使用的AI芯片)
CARRYING_BEFORE = re.compile(r"(?:搭载|采用|使用的|搭配|配备|equipped with|using|based on) ?$", re.I)
#: between two places of a list, with unnamed places among them (、欧洲、)
LIST_SEP = re.compile(r"[、/，,]|和|及|与|以及|and")
PLACE_SEP = re.compile(r",? and |以及|[、/，,]|和|及|与")  # (", and" is one separator)
PLACE_LIST_GAP = re.compile(r" ?(?:[、/，,]|和|及|与|,? and) ?(?:[^、/，,。;；和及与0-9]{1,6} ?(?:[、/，,]|和|及|与|,? and) ?)*")
#: a data-center segment as the subject of an amount, and the verbs by which a segment earns one
DC_SUBJECT = re.compile(r"data ?cent(?:er|re)s? (?:business|unit|segment|division|group|operations)|"
                        r"数据中心(?:业务|部门|板块|事业部|事业群)", re.I)
#: AI as a word of its own (not in FAIR, AIDC's letters), the part of a server maker's revenue it names
AI_WORD = re.compile(r"(?<![A-Za-z])AI(?![A-Za-z])")
#: right before the AI word: joined to another line's name (The Cloud and AI segment: a segment of both)
AI_JOINED = re.compile(r"(?:\band|&|与|和|及|、|/) ?$", re.I)
#: how far from a share of a server maker's revenue, within its clause, the AI word is looked for (AI_WORD)
AI_LINE_REACH = 48
#: how far before an amount its data-centre line's label is looked for (DC_LABEL_BEFORE)
DC_LABEL_REACH = 36
EARN_VERB = re.compile(r"generat|achiev|brought in|bring in|post(?:ed|s)?\b|record|营收|收入|营业额", re.I)
#: a segment line's label right before its amount, in a list of a revenue's lines (revenue $7.685B, Data Center $3.24B;
#: 数据中心：32.4亿美元): the data-centre segment's revenue
DC_LABEL_BEFORE = re.compile(r"(?<![A-Za-z])(?:data ?cent(?:er|re)|数据中心)(?: segment)?(?: revenues?| sales)?[:：]? ?"
                             r"(?:~|about |approximately |约)?$", re.I)
#: right before the whole a share is of: 占全球整体(服务器), 在整体(服务器出货占比)
WHOLE_BEFORE = re.compile(r"占(?:全球|全国|整体|总体|所有)*的?$|在(?:全球|全国)?(?:整体|总体|全部|所有)的?$"
                          r"|(?:超越|超过|超出|达到|达)(?:全球|全国)?(?:整体|总体|全部|所有)的?$"
                          r"|(?:within|of|in) the (?:overall|total|entire|whole) $"
                          # (约为整体伺服器的一成, 逼近整體AI伺服器的一半: a verb of comparing or being, then the whole; not
                          # 本次集采整体国产化率: an overall rate)
                          r"|(?:为|是|逼近|接近|相当于|占据|仅及)(?:全球|全国)?(?:整体|总体)的?$", re.I)
#: after an amount: it is of the year before the statement's (investment from the previous year)
PREVIOUS_YEAR_AFTER = re.compile(r" ?[a-z ]{0,24}?\b(?:from|in|of|for) the (?:previous|prior|preceding) (?:fiscal )?year", re.I)
#: investment words that say nothing of what is invested in (in a capex document: capital spending)
GENERIC_INVESTMENT = {"investment", "investments", "invest", "to invest", "will invest", "plans to invest", "investing",
                      "will be investing", "is investing", "are investing",
                      "in investment", "in investments", "of investment"}
#: money spent on, in or for something named after it (committing €5.5 billion in Germany; investing $10 billion in an AI hub)
SPENT_ON_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}?(?:in|on|to|for|into|toward|towards|across|over)\b", re.I)
#: the words of a company's spending that, in a paragraph going on about capital spending (its last amount capex, in it or
#: the paragraph before), are that spending: AWS exceeds $230 billion. Microsoft commits $190 billion. Google allocates $180-190
#: billion (TrendForce's capex round-up)
RUNNING_CAPEX_VERBS = frozenset(GENERIC_INVESTMENT | {"commit", "commits", "committed", "committing", "allocate", "allocates",
                                                      "will allocate", "to allocate"})
#: the bare investment words, English and Chinese (投资, 计划投入): what the money goes to, named after it, decides
BARE_INVESTMENT = frozenset(GENERIC_INVESTMENT | {"投资", "计划投资", "拟投资", "将投资", "计划投入", "拟投入", "将投入", "累计投入",
                                                   "预计投入", "预计投资",
                                                   "allocate", "allocates", "will allocate", "to allocate"})
#: after a company's name, a participle that makes it an adjective of another (the Nvidia-backed provider)
NAME_MODIFIER = re.compile(r"-(?:backed|owned|funded|supported|led|affiliated|controlled|designed|powered|based|made)\b")
#: a seller named in a purchase: 向X采购 / buy … from X
SELLER_AROUND = re.compile(r"(?:向|从|自|用于) ?$")
#: a bracket glossing the name before it, open up to the name inside it (英偉達（Nvidia，NVDA）), and its close
BRACKET_GLOSS_AROUND = re.compile(r"[(（][^()（）]{0,20}$")
BRACKET_CLOSE_AFTER = re.compile(r"[^()（）]{0,20}[)）]")
BUY_AFTER = re.compile(r"(?: ?[(（][^()（）]{0,30}[)）])? ?(?:采购|购买|订购|采买|购入|买入|买)")
SELLER_BEFORE_EN = re.compile(r"\b(?:buy|buys|buying|bought|purchase|purchases|purchasing|purchased|order|orders|ordered|"
                              r"procure|procures|procured)\b[^.;]{0,40} from $", re.I)
#: after a company named as the parent of the subject: 纬创集团旗下(纬颖), 鸿海旗下(工业富联)
PARENT_AFTER = re.compile(r"(?: ?[(（][0-9A-Z.]{3,9}[)）])?(?:集团|集團)?旗下")
#: how far after 旗下 the subsidiary's name may start
SUBSIDIARY_REACH = 8
#: after 旗下, a unit of the group or an unnamed subsidiary (子公司, 雲智能集團, 事业群, 业务)
OWN_UNIT_AFTER = re.compile(r"的?(?:全资|控股)?子公司|[\u4e00-\u9fff]{0,6}?(?:集团|集團|事业群|事業群|事业部|事業部|部门|部門|业务|業務|板块|板塊)")
#: money metrics an item can key: the revenue of a product line (a market's item is its metric already)
ITEM_KEYED = {"revenue"}
#: (the longest item names are English: "artificial intelligence servers", "AI-optimized servers")
KEYWORD_ITEM_REACH = 40
#: the name of a business segment: up to three words (and/& between) right before "segment"
SEGMENT_NAME = re.compile(r"((?<![\w'’])(?:[A-Za-z][\w-]*(?: (?:and|&))? ){1,3})$")  # (not the s of AMD's)
SEGMENT_NOT_NAME = {"the", "its", "a", "an", "while", "meanwhile", "and", "whose", "each", "every", "this", "that",
                    "which", "also", "company's", "firm's"}
CALENDAR_QUARTER = re.compile(r"(?:19|20)\d\dQ[1-4]")
#: a verb of deploying or carrying before a chip maker's (or chip's) name: the chips in something
DEPLOYED_BEFORE = re.compile(r"(?:部署|搭载|采用|使用|搭配|配备|deploys?|deployed|equipped with|using|based on)[^,，。;:]{0,12}$")
#: a business segment's name (keyword_item) that is the data-center segment
DATA_CENTER_SEGMENT = frozenset({"data center", "datacenter", "data centre", "data-center"})
#: right after an amount: what it is the value of (shipped $5.6 billion worth of AI servers)
WORTH_OF = re.compile(r" worth of ", re.I)
#: a verb of selling right before an amount (shipped $3.1 billion of AI-optimized servers)
SOLD_VERB_RIGHT_BEFORE = re.compile(r"\b(?:shipped|sold|delivered|shipping|selling|delivering) (?:about |approximately |roughly |nearly |over |more than )?$",
                                    re.I)
#: after an amount, "of" (or "worth of") before the item it is the value of ($405bn of servers will be sold)
OF_BEFORE_ITEM = re.compile(r" (?:worth )?of ", re.I)
#: after that item, its selling or shipping in the passive ($405bn of servers will be sold in 2025)
SOLD_AFTER_ITEM = re.compile(r" (?:(?:will|would|are|were|was|is|have|has|had)(?: been| be)? )?(?:sold|shipped|delivered)\b", re.I)
#: how far before a capacity the site that holds it may be named (… intelligent data center in Hohhot, Inner Mongolia,
#: with 20,000 AI accelerator cards and capacity of 670 TFLOPS)
SITE_REACH = 120
#: a capitalised word ending where the search ends (Hohhot in "in Hohhot, Inner Mongolia": a city off the alias table)
CAPITALISED_WORD_END = re.compile(r"[A-Z][a-z]+$")
#: a comparison word that is a bound when nothing is compared (低于, 略高于, 超过)
BOUND_CUE = re.compile(r"略?(?:高于|低于|多于|少于|超过|不足|不到)")
#: between a count and the demand word after it (1万柜左右的需求)
DEMAND_AFTER_GAP = re.compile(r"(?:左右|上下|以上)?的?")
#: a verb of selling or shipping before "$X worth of" (not "will operate $1tn worth of servers")
SOLD_VERB = re.compile(r"\b(?:ship|ships|shipped|shipping|sell|sells|sold|selling|deliver|delivers|delivered|delivering)\b", re.I)
#: between a shipments word and the amount it reaches (AI server shipments are expected to reach $25 billion)
SHIPMENTS_REACH = re.compile(r" (?:(?:are|is|were|was|will) )?(?:(?:expected|forecast|projected|set|likely) to )?"
                             r"(?:reach|reached|total|totaled|totalled|of|to|at|hit|exceed|surpass)(?: about| approximately| around| nearly| over| more than)? ?", re.I)
#: 其 (its) right before a money word: the figure of the sentence's subject
ITS_FIGURE = re.compile(r"其(?:收入|营收|销售额|出货量|市场规模)")
CHIPS_AFTER = re.compile(r"芯片|GPU|加速卡|显卡|chips?\b|accelerators?\b", re.I)
#: before a company named as the cause of another's figure: 受惠辉达B300出货带动 (the supplier's growth,
#: not Nvidia's), thanks to / driven by Nvidia's demand
CAUSE_BEFORE = re.compile(r"(?:受惠|受益|得益|拜)(?:于|於)?[^,，。;；:：]{0,6}$|(?<![A-Za-z])(?:thanks to|driven by|fueled by|"
                          r"boosted by|benefit(?:s|ed|ing)? from)(?: strong| higher)?(?: demand from)? $", re.I)
#: a word that names compute inside an investment keyword (算力投资, investment in computing power)
COMPUTE_WORD = re.compile(r"算力|智算|comput|数据中心|data cent|AI|人工智能", re.I)
#: right after a capacity, the half (or lower) precision AI work is counted in (in half precision, (FP16), 半精度)
#: right after a share, the data centres' demand, load or capacity it is of (14% of global data center demand, 40% of US data
#: centre power capacity, 数据中心用电需求 after the text is normalised): their power (FACTS.md datacenter_power), not a market's money
DC_POWER_WHOLE_AFTER = re.compile(r"(?: of (?:(?:the|all|global|total|worldwide|world|U\.S\.|US|its|their|[A-Z][a-z]+'s) ){0,2}"
                                  r"(?:data[- ]?cent(?:er|re)s?'?|hyperscale) (?:(?:power|electricity|energy|IT) )?"
                                  r"(?:demand|load|capacity|power|consumption)\b)|"
                                  r"的?数据中心的?(?:电力|用电)?(?:需求|负载|容量)")
#: how far past a year a half, quarter or month of it glued to it may end (今年下半年, 2026年第三季度, this year's second half)
NARROWED_REACH = 24
#: right before a span of years, the "from" that opens it (From 2026 to 2029, …; 从2026年到2029年): the span's, not a base's
SPAN_FROM_BEFORE = re.compile(r"(?:\b[Ff]rom |从|從|自)$")
#: a title that names a supercomputer (… unveils Horizon, the NSF-funded TACC academic supercomputer; 超算中心; 超级计算机)
#: (read in the normalised text: 超級電腦 is 超级电脑 there)
SUPERCOMPUTER_TITLE = re.compile(r"\bsupercomput(?:er|ers|ing)\b|超算|超级计算|超级电脑", re.I)
HALF_PRECISION_AFTER = re.compile(r" ?(?:in |at |of |@ ?)?(?:half[- ]precision|[(（]?(?:FP|BF)(?:16|8)\b|[(（]?半精度)", re.I)
#: a half precision (or below) named as the basis of a count before it (if FP16/BF16 is used as the basis, 以FP16计)
HALF_PRECISION_BEFORE = re.compile(r"\b(?:FP|BF)(?:16|8|4)\b|\bNVFP4\b|half[- ]precision|半精度", re.I)
#: right after a capacity, the precision it is counted at: (FP32), （FP16）, at FP16 precision
PRECISION_AFTER = re.compile(r" ?[(（]?(?:at |@ ?)?(?:FP|BF|INT)(64|32|16|8)\b", re.I)  # (10万PFlops@fp16: after an at sign)
#: between an amount and the noun it modifies: at most two words, none a preposition or conjunction, after "in" or "of"
#: at most ($17 billion in positive cash flow, $3 billion of net income)
OOS_NOUN_GAP = re.compile(r" (?:in |of )?(?:(?!(?:and|or|to|from|with|while|as|in|of|for|on|at|by)\b)[A-Za-z][\w-]* ){0,2}|"
                          r"的")  # (超過120億美元的新訂單: the noun after 的)
#: right after an amount: the value of what was shipped ($8.2 billion shipped, $20B shipment target)
SHIPPED_AFTER = re.compile(r" (?:shipped|[Ss]hipments?(?: [Tt]arget| [Gg]oal| [Gg]uidance)?\b(?! of))")
#: how far into the body the first coded company may stand and still be the page's subject
HEAD_CODE_CHARS = 300
#: a word saying a figure holds for each of the things listed before it (AI服务器、通用服务器营收同比均超50%)
SHARED_BY_ALL = re.compile(r"均|都|皆|\bboth\b|\beach\b", re.I)
#: what joins two items of a list, with a short word qualifying the second (AI服务器、通用服务器; AI servers
#: and general-purpose servers)
ITEM_LIST_JOIN = re.compile(r"\s*(?:、|,|，|和|与|及|以及|跟|and|&|/)\s*(?:[\u4e00-\u9fff]{1,3}|[\w-]+ )?", re.I)
#: a Chinese character
HAN = re.compile(r"[\u4e00-\u9fff]")
#: text tables: a cell is a run of non-blank characters; a row has at least this many, its header
#: (the first line up with as many cells and no number but a year) is at most this many rows up
TABLE_CELL = re.compile(r"[^ \t\u3000\n]+")
TABLE_MIN_CELLS = 3
TABLE_ROWS = 8
TABLE_YEAR = re.compile(r"(?:19|20)\d\d(?:年|E|e)?|[QH][1-4]")
#: a header cell that names a growth column (同比变化, 同比增速, YoY)
TABLE_GROWTH = re.compile(r"同比|增速|增长|增幅|变化|YoY|y/y|growth|change", re.I)
#: a sentence opens with its subject company when the name starts within this many characters; a
#: paragraph's subject is looked for at most this many sentences back
SUBJECT_OPENING = 6
SUBJECT_SENTENCES = 4
#: the year a quarter is of, named after it (the first quarter of this year, Q3 of 2024), and a "the" before the next
#: quarter of a list: left out of the gap between two quarters of a list
QUARTER_OF_YEAR = re.compile(r" of (?:the )?(?:(?:last|this|next|previous|current) (?:fiscal )?year|(?:fiscal )?(?:19|20)\d{2})\b|"
                             r"(?<=and) the(?= )|(?<=,) the(?= )", re.I)
#: what may stand between a list's last quarter and its "respectively" (a comma)
QUARTER_TAIL = re.compile(r"[\s,，]*")
#: between a list of values and the quarters they are of (… and 13 billion yuan in the second and third quarters)
PERIODS_AFTER_VALUES = re.compile(r"(?: (?:year[- ]over[- ]year|y/y|yoy))?,? (?:in|for|during) (?:the )?(?:(?:calendar|fiscal) )?", re.I)
#: between a quarter and the whole year named after it in one list (the fourth quarter and full year 2024)
FULL_YEAR_GAP = re.compile(r",? (?:and|&) (?:the )?(?:full|whole)[- ]", re.I)
#: the end or start of a year named after it (2025年底和2026年底: a list of years)
YEAR_EDGE = re.compile(r"^(?:底|末|初|年底|年末|年初)")
#: a period of whole years, first and last (2025-2026)
YEAR_SPAN = re.compile(r"((?:19|20)\d\d)-((?:19|20)\d\d)")
#: how far before a count a configuration cue may start (lexicons/cues.toml [configuration]; each rack featuring)
CONFIGURATION_REACH = 32
#: between a chip maker's name and the chips it brands (Nvidia’s (NASDAQ:NVDA) Hopper chips, NVIDIA Blackwell GB200): a
#: possessive, a ticker, a family's name
BRAND_GAP = re.compile(r"(?:['’]s)?(?: ?\((?:NASDAQ|NYSE)?:? ?[A-Z]{2,5}\))? ?(?:[A-Z][A-Za-z]+ ){0,2}")
#: how far after a chip maker's name the chips it brands are looked for (BRAND_GAP)
BRAND_REACH = 40
#: a possessive right before a company's name makes the name a brand of the possessor's thing (its
#: Nvidia Blackwell systems, their AMD-based servers)
POSSESSIVE_BEFORE = re.compile(r"(?<![A-Za-z])(?:its|their|our) $", re.I)
#: between two comparison bases of a list (up from $3.85 billion in Q3 FY2024 and $2.18 billion in the same quarter
#: last year; 高于上季的X和去年同期的Y): the first's period, then "and"
BASE_LIST_GAP = re.compile(r"(?: (?:in|for|during) [^,;.。\d]{0,16}(?:\d[^,;。]{0,12}?)?)?,? (?:and|or) |[和及与、](?:[^,，;；。\d]{1,8}的)?")
#: the same period a year before, named as such (in the year-ago quarter, in the same quarter last year)
SAME_PERIOD_YEAR_AGO = (r"in the (?:year[- ]ago|prior[- ]year|year[- ]earlier) (?:quarter|period)|(?:in|for|during) the same "
                        r"(?:quarter|period|half) (?:of |in )?(?:last year|a year (?:ago|earlier)|the (?:previous|prior) year)")
#: right after a compared amount: it is of the same period a year before
YEAR_EARLIER_AFTER = re.compile(r" (?:(?:reported|recorded|posted|generated|seen) )?(?:a year (?:earlier|ago|before)|the year "
                                r"before|last year|" + SAME_PERIOD_YEAR_AGO + r")\b", re.I)
#: right after an amount that is no comparison base, the same: it is of that period (the $13.5 billion reported in the
#: same quarter last year)
SAME_PERIOD_YEAR_AGO_AFTER = re.compile(r" (?:(?:reported|recorded|posted|generated|seen|booked) )?(?:" + SAME_PERIOD_YEAR_AGO
                                        + r")\b", re.I)
#: right after a compared amount: it is of the quarter before (from $46.74 billion in the previous quarter)
QUARTER_EARLIER_AFTER = re.compile(r" (?:(?:reported|recorded|posted|generated|seen) )?(?:in |for |during )?(?:the )?"
                                   r"(?:previous|prior|preceding|last|sequential) quarter\b|"
                                   r" (?:a|one) quarter (?:earlier|ago|before)\b| sequentially\b", re.I)
#: right before a compared amount, the quarter before named as its owner (up 15% from the previous quarter's $26 billion)
QUARTER_EARLIER_BEFORE = re.compile(r"\b(?:previous|prior|preceding|last) quarter['’]s $", re.I)
RESTATED = "the figure before, stated again (the total of …)"
#: how every reason for a quantity outside the vocabulary begins
OUT_OF_VOCABULARY = "out of vocabulary"
#: why a rate of something outside the vocabulary is skipped
RATE_OUT_OF_SCOPE = "out of vocabulary: a rate of something outside it (margin, share price …; lexicons/cues.toml [out_of_scope])"
#: between a share and the growth of its part (…captured 91.8% of spending, expanding 207.3%; 占比X%，同比增长Y%)
GROWTH_AFTER_SHARE = re.compile(r"[^.;。；:0-9%$]{0,48}?[,，] ?(?:growing|expanding|rising|increasing|up|同比增长|同比增加|增长|增加)"
                                r"(?: by)? ?", re.I)
#: the longest 、-list of names read back from a 分别 (characters)
LIST_NAMES_REACH = 200
#: right before a name given as an example of what the sentence is about
#: (头部云厂商(如阿里巴巴): 如 opening a bracket)
EXAMPLE_BEFORE = re.compile(r"(?:\bsuch as|\be\.g\.,?|\bfor example,?|例如|比如|诸如|[(（]\s?如) ?$", re.I)
#: right before a component a thing is built with (AI servers that are equipped with general-purpose GPUs, 搭载GPU的): the
#: component is no part a share is of, the thing it equips is; looked for at most EQUIPPED_REACH characters back
EQUIPPED_WITH_BEFORE = re.compile(r"\b(?:equipped|fitted|built|powered|loaded|configured|outfitted) with (?:the |general-purpose |"
                                  r"high-end |advanced )*$", re.I)
EQUIPPED_REACH = 40
#: "the total" pointing back at the figure stated before (also across a paragraph break), at most
#: TOTAL_REACH characters back
THE_TOTAL = re.compile(r"\b(?:the|that|this) total\b|该总额|这一总额|上述总额", re.I)
TOTAL_REACH = 600
#: a sentence opening with a (capitalised) research house and its verb of forecasting (Precedence Research places
#: it at, Future Market Insights predicts, Gartner expects), or one sizing "it" (places it at, values the market at)
_HOUSE = r"(?:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})"
_FORECASTS = r"(?:places|puts|values|sizes|pegs|estimates|predicts|projects|forecasts|expects|sees|raises|lowers|cuts)\b"
FORECASTER_OPENS = re.compile(r"\s*" + _HOUSE + " " + _FORECASTS)
FORECASTER_SIZES_IT = re.compile(r"\b(?:places|puts|values|sizes|pegs|estimates) (?:it|the market|the segment) at\b|"
                                 r"[,;] (?:while|whereas|and) " + _HOUSE + " " + _FORECASTS)
#: how far back (characters) the figure an expectation in a later sentence is of may stand (a sentence, or a
#: short paragraph: That is more than Wall Street expected at $58bn)
EXPECTED_REACH = 300
#: a sentence about the figure just stated (this represents …, which represents, 这意味着)
THIS_REPRESENTS = re.compile(r"\b(?:this|which|that) (?:represents|would represent|marks|implies)\b|这意味着|这代表", re.I)
#: a quarter or half, and the year it is part of
PART_OF_YEAR = re.compile(r"((?:FY)?\d{4})(?:Q[1-4]|H[12])")
#: after a place, a rank in it (全球第二大, 排名全球第二, 全国最大, the world's largest): the place is no figure's scope
RANK_AFTER = re.compile(r"(?:的)?(?:第[一二三四五六七八九十\d]{1,2}|最大|前[三五十]|首[个家座批]|['’]s (?:\w+[- ])?largest)")
#: a market-share word after a rate or the rest of its list (7.2%和6.5%的市占率)
LIST_MARKET_SHARE = re.compile(r"(?:\s?[和、及与,，]\s?\d+(?:\.\d+)?%)*\s?的?(?:市场)?(?:份额|市占率|市场占有率)")
#: between an amount and the period that dates it right after it ($5.35B in Q4 FY2024)
#: (the $40 billion it spent last year: the period of the spending a relative clause right after the amount names)
SPENT_IN = r" (?:that |which )?(?:it|they|the company|the group) (?:spent|invested|posted|reported|recorded|generated|earned|booked)(?: in| during)? (?:the )?"
TIGHT_PERIOD_GAP = re.compile(r" (?:in|for|during|by) |"
                              # (a 30% revenue growth for 2025, a 12% increase in 2026: a rate's growth noun, then its period)
                              r"(?<=%) (?:(?:revenue|sales) )?(?:growth|increase|rise|decline|gain|jump) (?:(?:in|for) )?|"
                              # (2,100 MW by the end of 2026, 1,025 megawatts at the end of 2025: the article before the
                              # period's words; "in the first quarter of 2026" is OWN_PERIOD_GAP_EN's, below, which asks
                              # whether the period is the figure before's)
                              r" (?:by|at) the |"
                              # (a record of 13.8 trillion won set in the second quarter of 2022: when the record was set)
                              r" (?:set|achieved) in (?:the )?|" + SPENT_IN)
#: between a figure and its own period right after it (50.2 percent in the first quarter of 2026)
OWN_PERIOD_GAP_EN = re.compile(r" (?:in|for|during|by) (?:the )?")
#: between a comparison base and its own period (compared to $5.7 billion in the second quarter of fiscal 2025)
BASE_PERIOD_GAP = re.compile(r" (?:in|for|during)(?: the)? |" + SPENT_IN)
#: a quantity of one unit (1P, 1 EFLOPS, 1兆瓦) …
ONE_UNIT = re.compile(r"1(?![\d.,])")
#: … defined right after it (1P约等于每秒1000万亿次, 1 EFLOPS equals 1,000 PFLOPS; 1 PFlops@fp16约等于: its precision between)
UNIT_DEFINITION_AFTER = re.compile(r"(?:\s?@\s?(?:FP|BF|INT|TF)\d{1,2})?(?:\s?(?:约|大约)?(?:等于|相当于|即为|即|=|≈)\s?(?:每秒)?|"
                                   r"\s(?:equals|is equal to|is equivalent to|=)\s)", re.I)
UNIT_DEFINITION = "a unit's definition (1P约等于每秒1000万亿次), not a figure"
#: the marks that separate the items of a list
LIST_MARKS = frozenset("、,，;；")
#: between the start of a move and its own period (from $70 billion in 2022 to …; the period may hold its "in")
FROM_PERIOD_GAP = re.compile(r" (?:(?:in|for|during) )?")
#: a base word of a move from it (up from, from, 去年同期的): the base is the same figure at another time (not vs., above, 比, 高于:
#: another company's, a bound, an expectation)
MOVED_FROM_BASE = re.compile(r"(?:(?:up|down) )?from|(?:去年|上年)?同期", re.I)
#: between such a base word and its amount (up from US$12.01 billion, 去年同期的87亿元; not from 2024 and $10 billion more)
MOVED_FROM_GAP = re.compile(r" ?(?:(?:the|an?|about|approximately|around|roughly|nearly|just|only) )*(?:的)?(?:约|近)?")
#: a relative clause that goes on about the noun before it (…Obligations, which climbed to $553 billion), or a participle
#: that states its size (operating profit forecast falling short of expectations, ranging between $14 billion and $18 billion)
WHICH_CLAUSE = re.compile(r", (?:which|that|ranging (?:between|from)|amounting to) ")
#: between an amount and its growth rate (…$553 billion, up 325%; 8.41亿元,同比增长12%; RMB 7.3 billion ($1.02 billion), up
#: 33%; 61.329 billion yuan, a year-on-year increase of 22%), a bracketed conversion between
SKIPPED_GROWTH_GAP = re.compile(r"(?: ?[(（][^()（）]{1,40}[)）])?"
                                r"[,，]? ?(?:(?:up|down|an? (?:(?:year-on-year|year-over-year|yoy|annual) )?(?:increase|rise|decline|decrease|"
                                r"drop|gain) of|growing|rising|an? )? ?|"
                                r"(?:同比|年|按年)?(?:增长|增加|成长|增|下降|减少|跌|升)?了?(?:近|约|逾|超过?)?)")
#: a growth noun, how marked it was, then the rate it reached (营销服务收入增长最明显,达21%; 增幅最大,为35%)
GROWTH_MOST_ZH = re.compile(r"(?:增长|增幅|增速|成长)(?:最为?|较为?|更为?|尤为|十分)?(?:明显|显著|快|迅速|强劲|突出|大)[,，]?(?:达到?|为|至)$")
GROWTH_MOST_REACH = 16
#: between a growth rate and the level it moved to next (…below 10%, rebounding to 11%; 增速…为8%,回升至12%)
RATE_MOVES_ON = re.compile(r"(?: (?:in|for|during) [^,，;。\d%]{0,24}(?:\d{4})?)?[,，] ?(?:(?:then |and )?(?:rebound(?:ing|ed)|recover(?:ing|ed)|accelerat(?:ing|ed)|slow(?:ing|ed)|"
                           r"eas(?:ing|ed)|pick(?:ing|ed) up|climb(?:ing|ed)|jump(?:ing|ed)) to |(?:随后|此后|之后|后)?(?:回升|反弹|回落|加速|放缓)(?:至|到))")
#: between a rate and its own period (68% growth in the prior quarter)
RATE_PERIOD_GAP = re.compile(r" (?:(?:growth|increase|rise|gain|decline) )?(?:(?:in|for|during) (?:the )?)?")  # (the period may hold its preposition: in 2026; for the second half)
#: between a rate and the span it is over (67% from 2024 to 2025)
FROM_SPAN_GAP = re.compile(r" ?(?:from|over|between|在)? ?")
#: after a bare year right after an amount: the metric the year dates ($200 billion 2026 capex guidance, its $135 billion
#: 2026 AI spending plan)
YEAR_OPENS_METRIC = re.compile(r" (?:(?:data ?cent(?:er|re)s?|AI|cloud|full[- ]year) ){0,2}(?:capex|capital|revenue|spending|"
                               r"guidance|outlook|sales|budget|investment)", re.I)
#: a clause opening with its own subject after a contrast or a list (…, while Meta committed; …, whereas AMD)
NEW_SUBJECT_CLAUSE = re.compile(r"[,;]\s(?:while|whereas|but)\s")
#: right after an amount, the plan it sizes (a USD 3 billion investment plan, a $10 billion AI infrastructure programme)
PLAN_NOUN_AFTER = re.compile(r"(?:[^,;.。，；]|(?<=\d)[.,](?=\d)){1,32}? (?:investment|spending|capex|capital(?: expenditure)?|expansion|infrastructure)"
                             r" (?:plan|plans|programme|program)\b", re.I)
#: a figure that is the subject of a future verb after it, in its clause (100 GW of new data centers will be added; AI
#: data centers' 80 GW may be needed)
FUTURE_VERB_AFTER = re.compile(r"(?:(?! (?:was|were|is|are|has|had|have|and|but|or|which|that|to|reached|rose|grew|fell|stood|"
                               # (a separator inside the number is no clause break: 8,000 GPUs will be purchased)
                               r"launched|embarked|peaked)\b)(?:[^,;.。，；]|(?<=\d)[.,](?=\d))){1,48}? (?:will|would|should|could|may|might|"
                               r"(?:is|are) (?:expected|projected|forecast|set|poised|likely|anticipated) to)\b")
#: between a count of units bought and what they come to (40,000 servers totaling $1.7 billion, 10,000 GPUs worth about $3
#: billion)
TOTAL_WORTH_GAP = re.compile(r",? (?:totall?ing|worth|valued at|for a total of|at a total (?:cost|price|value) of|with a total "
                             r"value of) (?:about |around |approximately |nearly |roughly |over |more than |some )?", re.I)
#: the metric of the money a count of units comes to, by the count's metric
WORTH_OF_COUNT = {"tender_quantity": "tender_amount", "accelerator_count": "compute_investment"}
#: between a vendor and its growth in a market tracker (HPE grew 3.4 percent, Dell had a growth of 10.2 percent, 戴尔增长10.2%)
VENDOR_GREW_GAP = re.compile(r"\s?(?:grew|rose|increased|declined|fell|dropped|(?:had|posted|saw|recorded) (?:a )?(?:growth|"
                             r"increase|decline|drop) of|增长了?|成长|下滑了?|下降了?|衰退)\s?(?:by )?", re.I)
VENDOR_GROWTH_REACH = 40
#: what ends one item of a list of a company's lines and opens the next (a semicolon, a circled number)
LIST_ITEM_BREAK = re.compile(r"[;；①②③④⑤⑥⑦⑧⑨⑩]")
#: right after a rate: said to be yearly (grow 16% annually, 15% annual growth, 20% a year)
ANNUAL_AFTER_RATE = re.compile(r" (?:annually|a year|per year|per annum|annual (?:growth|increase|rise))\b", re.I)
#: right before a yearly rate: the rate something grows at (to grow at 21% annually, growing at an average rate of)
GROW_AT_BEFORE = re.compile(r"\b(?:grow|grows|growing|growth|expand|expands|expanding|increase|increasing|rise|rising) at "
                            r"(?:an? (?:average |annual |yearly )?(?:rate of )?)?$", re.I)
#: years to come right after a rate grown at (the fastest growth at 20% over the next five years): a yearly rate, compound
_YEARS_COUNT = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
FUTURE_YEARS_AFTER = re.compile(r" (?:over|in|during) (?:the )?(?:next|coming) " + _YEARS_COUNT + r" years\b", re.I)
#: a year ahead the yearly rate is held up to (by 2028, through 2035, until 2030)
HORIZON_YEAR_AFTER = re.compile(r"\b(?:by|through|until|till|to) (?:the end of )?(?:19|20)\d{2}\b", re.I)
HORIZON_REACH = 80
#: a spending verb (spend, spent, spending: lexicons/metrics.toml's capex pattern of a spender) and the years its sum is spent
#: over (by 2028, through 2030, over the next four years, in the coming years)
SPEND_WORD = re.compile(r"spen(?:d|ds|t|ding)\b", re.I)
SPENDING_HORIZON = re.compile(HORIZON_YEAR_AFTER.pattern + r"|\bover (?:the )?(?:next |coming )?(?:" + _YEARS_COUNT +
                              r"|several|few) years\b|\bin the (?:coming|next few) years\b", re.I)
#: right before a level a figure reaches (to 42 GW, reaching 36 GW, hitting)
LEVEL_REACHED_BEFORE = re.compile(r"\b(?:to|reaching|reach|hitting|hit) (?:about |around |approximately |nearly |roughly |over |"
                                  r"more than |some )?$", re.I)
#: right after a share: what the part goes to (将用于先进制程, 投入, 投向)
PART_GOES_TO_ZH = re.compile(r"\s?(?:将|將)?(?:用于|用於|用在|投入|投向|投入于)")
#: between one part's share and the next one's in a list of what a whole goes to: the first part's name, a semicolon, a
#: word opening the next item and a qualifier (…将用于先进制程技术；大约10%, ……；另外约10-20%)
SHARE_LIST_GAP_ZH = re.compile(r"[^；;。0-9%]{1,40}[；;]\s?(?:另外|此外|其余|其餘|剩余|剩餘|剩下|而|还有|還有)?\s?"
                               r"(?:大约|大約|约|約|近|逾|超过|超過|大概)?\s?")
#: between a count of chips and the company they go to (50,000 GPUs to Samsung, 18,000 chips for Humain)
TO_RECIPIENT_GAP = re.compile(r"(?: [a-z][a-z-]*){0,3}? (?:to|for) (?:the )?")
TO_RECIPIENT_REACH = 40
#: between an amount and its growth right after it (…USD 6.15 trillion in 2026, up 10.8%; 达1.2万亿元，同比增长9%)
GROWTH_AFTER_AMOUNT = re.compile(r"(?: (?:in|for|during) [^,;]{1,30}?)?,? (?:up|down|an increase of|a rise of|a decline of|"
                                 r"a decrease of|growing|rising|increasing|declining|which is up)(?: by)? "
                                 r"(?:about |nearly |roughly |approximately |some |over |more than )?|"
                                 r"[,，]\s?(?:同比|按年|年|较上年)?(?:增长|增加|上升|成长|下降|下滑|减少|增|减)了?(?:约|近|逾|超过?)?\s?", re.I)
#: right after a growth rate: the year it is counted since (180 percent since late 2022, 自2022年以来)
GROWTH_SINCE_AFTER = re.compile(r" (?:\w+ ){0,2}?since (?:the (?:end|start|beginning) of |late |early |mid-|end-)?(?:19|20)\d{2}\b",
                                re.I)
#: a sentence said to be on a sequential basis (On a quarter-on-quarter basis, revenue rose 26%)
#: how far into its sentence the words of a sequential basis may stand (they open it: looked for in a bounded head, an
#: endless sentence of rates stays linear)
QOQ_OPENER_REACH = 48
QOQ_BASIS_OPENER = re.compile(r"\b(?:on|in) a (?:quarter[- ](?:on|over|to)[- ]quarter|sequential|QoQ|Q/Q) basis\b", re.I)
#: right before an amount: it is the whole a part is of (half of $1.2 trillion, 占……的)
WHOLE_OF_BEFORE = re.compile(r"\bof (?:the |its |their )?$", re.I)
#: a period right after an amount that opens with its own preposition ($286 billion by 2030, in 2025)
OWN_PERIOD_WORD = re.compile(r"(?:in|for|during|by) ")
#: between a money metric and its amount when the 元 is left out (规模达879亿, 营收2.12兆)
#: a bare scaled number a count word reaches (出货量超过322万, GPU需求270万, shipments … increased to 3.85
#: million): how far back the word may stand, what may stand between (no number, no clause break; the gap
#: ends in a verb or qualifier of a level) once a year and a growth on the way are left out
COUNT_LEVEL_REACH = 80
COUNT_LEVEL_GAP = re.compile(
    r"[^\d０-９，；。;!?！？%()（）]{0,70}?(?:(?<![A-Za-z])(?:to|reach(?:ed|es|ing)?|totall?(?:ed|ing)|were|was|about|"
    r"approximately|around|roughly|nearly|almost|over|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|in the range of|"
    # (total Blackwell units in the ~4.2 million range: "in the" only where "range" follows the number, IN_THE_RANGE)
    r"in the)|"
    r"[达为约近超逾到至在]|接近|突破|超过|大约|预计|预估|估计) *[>＞~≈]?|"
    # (NVDA GPU silicon sales (~850k): the count in a bracket right after the noun phrase it counts)
    r"[^\d０-９，；。;!?！？%()（）]{0,40}?\s?[(（]\s?[>＞~≈]?", re.I)
#: a forecast's word with no metric of its own (raised its projections … to, now expects $5B+): the metric of the
#: paragraph's last amount goes on (carried_metric; English only: a Chinese 预计 with no metric was tried, it carried
#: operating expenses' guidance into revenue)
FORECAST_GOES_ON = re.compile(r"\b(?:projections?|forecasts?|guidance|outlook|expects|anticipates)\b", re.I)
FORECAST_GOES_ON_REACH = 64
#: how far before a fleet counted in bare units the chips it counts may be named, in its sentence, and the move to the level
#: right before the count (to more than 300,000 units)
UNITS_OF_CHIPS_REACH = 160
UNITS_LEVEL_BEFORE = re.compile(r"\bto (?:about |approximately |around |nearly |roughly |over |more than |almost )?$", re.I)
#: between a chip noun and the count it reaches: the chips sold (GPU silicon sales (~850k)), what is shipped
SALES_WORD = re.compile(r"(?<![A-Za-z])(?:sales|sold)(?![A-Za-z])", re.I)
#: between a count word and a bare number: words of a change or a difference, not of a level
COUNT_CHANGE = re.compile(r"下调|上调|下修|上修|调降|调升|减少|增加|之间|差距|相差|缺口|(?<![A-Za-z])(?:cut|lowered|raised|revised|by)(?![A-Za-z])")
COUNT_LEVEL_SKIP = re.compile(r"(?:19|20)\d{2}(?:[/、](?:19|20)?\d{2})*\s?年?|[+-]?\d+(?:\.\d+)?\s?%|"
                              r"(?<![A-Za-z0-9])(?:Q[1-4]|[1-4]Q(?:\d{2})?)(?![A-Za-z0-9])|第?[一二三四1-4]季度?")  # (in Q4 reached 900k)
#: a rate, then "of" and the whole it is a part of (~40% of total units): the "of" phrase's start is where its words begin
PART_OF_AFTER = re.compile(r"[\d.,]+\s?%\sof\s(?P<whole>(?:total\s|all\s|the\s|overall\s)?)")
OF_WHOLE_REACH = 24
#: after a number: the range it names the level of (in the ~4.2 million range)
RANGE_AFTER = re.compile(r" (?:unit )?range\b")
#: after a bare scaled number: words that make it no count (3 million of revenue, 2万/台), or a count of people or
#: times (平均日訪次數為2,500萬人次, 用户超1亿人, 3000万户)
COUNT_UNIT_AFTER = re.compile(r" ?(?:of\b|[/每]|人次|人|次|户|名|位|家)")
#: what a row of a table of years in money measures: markets (connectors/tables.py)
TABLE_MARKETS = {"ai_server_market_size", "ai_compute_market_size", "server_market_size", "compute_industry_size"}
#: a capitalised word of a table's title case (Servers, Worldwide; not AI, GPU, Non-GPU's GPU)
TITLE_WORD = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+")
#: a share's whole owned by a company named right after it (5% of NVIDIA's high-end GPU shipments)
OF_OWNER = re.compile(r" of (?:the )?")
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
#: a share verb between an out-of-scope subject and a metric after it (研发投入占营业收入比, R&D accounting for … of revenue):
#: the metric is the whole, the subject the part
SHARE_VERB_GAP = re.compile(r"占|佔|\baccount(?:ed|ing|s)? for\b|\bas a (?:share|percentage|proportion) of\b", re.I)
#: renting compute (H800集群租赁价约8-10万元, rental price per GPU-hour): a price a lessor asks, not the chip maker's
#: how far before a price a rent word is looked for (a sentence with no end stays linear)
RENTAL_REACH = 160
RENTAL_WORD = re.compile(r"租|\b(?:rent(?:al|ed|ing|s)?|leas(?:e|ed|es|ing))\b", re.I)
#: a word saying one figure is each company's of the group before it (each ordered, 分别订购了, 各采购)
EACH_AFTER_GROUP = re.compile(r"\beach\b|分别|各自|(?<![\u4e00-\u9fff])各(?=[\u4e00-\u9fff])")
EACH_REACH = 80
#: how many of the last candidates are looked through for a fact taken back (a decision emits a handful)
WITHDRAW_REACH = 16
#: between the last name of the group and that word (a ticker in brackets: Tencent (OTCPK:TCEHY) each), and a word of
#: hearsay or time before it (阿里巴巴和字节跳动据称各自有意订购, ByteDance and Tencent reportedly each ordered)
EACH_GAP = re.compile(r" ?(?:\((?:[A-Z]{2,6}:)?[A-Z]{1,5}(?:\.[A-Z]{1,2})?\) ?)?(?:have |had |will |have both |)?"
                      r"(?:reportedly |据称|据悉|据报道?|也|都|还|此前|目前|今年)?")
#: how far before an amount the data-centre segment its clause is about may be named, and how long an aside between
#: commas after it may be (, which includes the graphics processing units (GPUs) that power most generative AI models,)
DC_SUBJECT_REACH = 100
DC_ASIDE_MOST = 160
DC_ASIDE = re.compile(r",? (?:which|that|including|includes) [^,;.。]{0,160},")
#: the words that open a band around a figure, right before the band's amount (plus or minus $300 million, (±3亿美元))
BAND_BEFORE = re.compile(r"(?:plus or minus|\+ ?/ ?-|±|正负|上下浮动) ?(?:about |approximately |roughly |约)?$", re.I)
#: between the amount a figure moved by and the level it moved to (by $250 million to $5.25 billion)
MOVED_TO_LEVEL = re.compile(r",? to (?:about |approximately |around |nearly |roughly |some )?", re.I)
#: right after an amount a figure moved by, the level it moved to (increased by 47MW to 945MW, 比增加54MW至)
LEVEL_AFTER_CHANGE = re.compile(r",? ?(?:to|至|到|达到?)\s?(?:about |approximately |around |nearly |roughly |some |约)?[0-9]", re.I)
MULTIPLE_REASON = "a multiple (6.7倍于…), not a growth rate"
#: the two halves of a comparison's frame around the period it compares with (与上年同期相比, 和去年相比, 與去年同期相較,
#: 跟去年比): the word before the period, the verb after it (a 同期 between)
WITH_BEFORE = re.compile(r"[与和同跟與]$")
COMPARED_AFTER = re.compile(r"(?:同期)?(?:相比|相较|相較|对比|對比|比较|比較|比)")
#: a period a multiple is of: after 是/为 (将是2023年市场规模的两倍), then its figure's words and the multiple
MULTIPLE_OF_BEFORE = re.compile(r"(?:是|为|達|达)$")
#: (the base's amount may stand between: 几乎是去年约914亿美元的两倍)
MULTIPLE_OF_AFTER = re.compile(r"[^,，。;；]{0,20}?的\s?(?:[0-9.]+|[一二两三四五六七八九十]+)\s?倍")
#: between a multiple and the level it brings the figure to (两倍以上,达到1194亿美元; doubling to $200 billion)
MULTIPLE_THEN_LEVEL = re.compile(r"(?:以上|多)?[,，]?\s?(?:将|预计将)?(?:达到?|至|到|来到|突破|超过)\s?(?:约|近|逾)?\s?|"
                                 r",? (?:to|reaching|to reach|at) (?:about |approximately |around |nearly |roughly |some )?", re.I)
CHANGE_REASON = "the amount a figure moved by (按年减少50亿元, rose by $5 billion), not its level"
BAND_REASON = "a band around the amount before it (plus or minus $300 million), not a figure"
#: the skipped quantity before an amount that names no metric, and the words between them that make the amount the
#: level it brings the figure to (by $250 million to $5.25 billion; 两倍以上,达到1194亿美元)
LEVEL_AFTER_SKIPPED = {CHANGE_REASON: MOVED_TO_LEVEL, MULTIPLE_REASON: MULTIPLE_THEN_LEVEL}
CONVERSION_REASON = "currency conversion of the amount before it (the writer's, not a figure of the source)"
CONVERTED_BEFORE_REASON = ("the writer's conversion of the amount in brackets after it, which is in the currency the company "
                           "reports in (the source's figure, read instead)")
#: the metrics of a company's financial statements, stated in its reporting currency
REPORTED_MONEY = frozenset({"revenue", "capex", "datacenter_revenue"})
#: the opening of a bracket that approximates (约新台币, approximately $, ~$): the writer's conversion
APPROX_CONVERSION = re.compile(r"\s?[(（]\s?(?:约合?|折合|合|大约|approximately|approx\.?|about|roughly|around|some|~|≈)", re.I)
#: right after a rate, the quarter it is compared with, named with no year (up 17% from Q2): the quarter before
QUARTER_BASE_AFTER = re.compile(r" (?:from|over|versus|vs\.?|compared (?:to|with)) (?:the |its )?(?:Q[1-4]|(?:first|second|third|"
                                r"fourth) quarter)(?![- ]?(?:of |in )?(?:the )?(?:last year|a year|prior year|previous year|"
                                r"year-ago|year ago|(?:fiscal |FY ?)?(?:19|20)?\d\d\b|FY))", re.I)
#: between a CAGR word and its rate, past the qualifier (a compound annual growth rate of 18 percent, at a compound annual
#: growth rate of about 20%)
CAGR_RATE_GAP = re.compile(r" ?(?:of|at|is|was|to|reaching|of around|of about)? ?|"
                           # (复合年增长率(CAGR)预计在2023-2027年间将保持42.1%: the cue's gloss, an expectation word, the
                           # span it runs over and a verb of holding or reaching between)
                           r"(?:[(（]CAGR[)）]|[)）])?(?:预计|预期|有望|将)?(?:在|于)?(?:(?:19|20)\d{2}年?\s?[-–~至到]\s?(?:19|20)\d{2}年?间?|"
                           r"未来[一二三四五六七八九十两\d]{1,2}年(?:内|间)?)?,?(?:将|可)?(?:保持|维持|达到|达|为|约为|在)?(?:约|近|超过|逾)?")
#: how far after the figure the band's amount may stand ($7.5 billion in revenue, plus or minus $300 million)
BAND_REACH = 40
MONEY_LEVEL_GAP = re.compile(r"(?:[的为是达到约近超过逾突破将有望可在 ]|冲上|站上|冲破|来到|攀上|预计|预期|预估|落在|介于|"
                             # (AI直接投资规模超过120亿, 投资总额达50亿: the money's size word)
                             r"规模|总额|金额|总计|合计|共计|累计|"
                             # (移动云收入于2024 年突破千亿: the year it was reached in between)
                             r"[于在](?:19|20)\d{2} ?年度?|(?:今|去|明|全)年){0,6}")
#: the world as the owner of a spending named right after it (global artificial intelligence investment spending,
#: worldwide data center capex, 全球数据中心资本支出): searched with the metric word's start as endpos
WORLD_BEFORE = re.compile(r"(?:\b(?:[Gg]lobal|[Ww]orldwide|the world's|the world’s)(?: [A-Za-z()-]+){0,3} |全球[^,，。;；]{0,8})$")
#: what a plant can make, right before a count (拟建设年产10万台, 产能): a capacity, no shipments
PRODUCTION_BEFORE = re.compile(r"年产|产能|annual (?:production|output|capacity)", re.I)
#: a research house's forecast word before a count (的预测维持不变,仍预计, we forecast, projected to)
FORECAST_OF_BEFORE = re.compile(r"预测|预计|预估|forecasts?\b|projects?\b|projected|expects?\b|expected", re.I)
#: right after a place, its part of the world's whole (Taiwan's share of global server shipments, Taiwan's global
#: share of, 中国服务器市场在全球服务器市场出货量比重, 中国AI算力占全球市场的)
PLACE_OF_WORLD = re.compile(r"['’]s (?:global share of|share of (?:the )?(?:global|worldwide|world)\b)|"
                            r"[^,，。;；:：0-9%]{0,12}?(?:在|占)(?:全球|全世界)")
#: a city, province or county named by its suffix before a figure (克拉玛依市已建成算力规模1.7万P): a place's total
PLACE_SUFFIX = re.compile(r"[\u4e00-\u9fff](?:市|省|县|自治区)|全国|我国|全省|全市")
#: a section heading on a line of its own: numbered (四、风险提示) or a year's outlook (五、2025年展望, 2026預測:份額徹底重構與
#: H200變數), its year captured for an outlook
SECTION_HEADING = re.compile(r"(?m)^(?:[一二三四五六七八九十]{1,3}、[^\n。;；]{0,24}?|[一二三四五六七八九十]{1,3}、)?"
                             r"(?:(?P<year>20\d{2}) ?年? ?(?:展望|预测|outlook|Outlook)[^\n。;；,，]{0,24}|"
                             r"(?<=、)[^\n。;；]{0,24})$")
#: the Chinese words for a contract's value (合约金额, 合同金额, 协议金额)
CONTRACT_AMOUNT_ZH = frozenset({"合约金额", "合同金额", "协议金额"})
#: a compute lease or service agreement named before its value (算力租赁服务补充协议, AI算力技术服务协议, 算力服务合同)
COMPUTE_SERVICE_DEAL = re.compile(r"算力[^,，。;；]{0,8}(?:租赁|服务)[^,，。;；]{0,8}(?:协议|合同|合约)")
#: a Chinese scale word ending a bare number (200亿, 20多亿, 1.2兆): an amount whose 元 may be left out
CJK_SCALE_END = re.compile(r"[亿億兆]$")
#: the words of a sum right before a bare amount (涉及192亿, 一共10亿, 共计, 合计, 总计): searched with its start as endpos
TENDER_SUM_BEFORE = re.compile(r"(?:涉及|一共|共计|合计|总计|总额|总金额)[约近超逾 ]{0,2}$")
#: 其 that is no pronoun: 其中 (among them), 其他/其它 (other), 其余, 其实, 其次; 尤其, 极其, 与其
NOT_PRONOUN_AFTER = re.compile(r"[中他它余实次]")
NOT_PRONOUN_BEFORE = re.compile(r"[尤极与]")
#: after a share word: a change in percentage points, then the level reached (下降1.9个百分点,为)
POINTS_THEN_LEVEL = re.compile(r"[^。;；0-9]{0,12}\d+(?:\.\d+)?个?百分点[,，]?(?:至|为|达到?|到)[约近 ]{0,2}")
#: the value of what is bought, right before its amount (servers worth CNY 494 million, with the value of)
WORTH_BEFORE = re.compile(r"(?:\bworth|\bvalued? at|with (?:a|the) (?:total )?value of|价值|金额为?)(?: of)? ?$")
#: the processors a count counts, named right after it (9,072颗英特尔(Intel)CPU, 2,000 Xeon CPUs)
CPU_AFTER = re.compile(r"(?:(?!GPU)[^,，;；。0-9]){0,20}?(?:CPU|中央处理器)", re.I)
#: "share" right after a rate (a 40% share)
SHARE_AFTER_EN = re.compile(r" (?:share|stake)\b| of (?:the |this |its |that )?(?:[\w-]+ ){0,3}?"
                            r"(?:lots?|packages?|orders?|procurement|contracts?|tenders?|purchases?|quantity|volume)\b", re.I)
#: 占 and the whole after it, up to the number (占英伟达高端GPU总货量的82%)
OCCUPY_WHOLE = re.compile(r"占(?=[^,，;；。%0-9]{2,36}的? ?\d)")
#: a part's share "in" a company's own whole before the share word (TPU於Google AI server的出貨占比, 於自家AI server占比):
#: the owner right after 於/在, or 自家 (its own: the company named before)
IN_OWN_WHOLE = re.compile(r"[于於在](自家)?(?=[^,，;；。%0-9]{2,36}?的?(?:出货)?(?:占比|比重))")
#: between a rate and the metric named right after it (70% for shipments, 20% in revenue)
#: the whole a Chinese share names right after it (贡献全球24%的收入, 单季贡献97.55%的营收)
WHOLE_AFTER_ZH = re.compile(r"的(?:总|全部|整体)?(营收|收入|销售额|出货量?)")
#: a share of all the spending named after it (89% of total spending, of overall spend)
WHOLE_SPENDING_AFTER = re.compile(r" of (?:the )?(?:(?:total|overall|all) (?:spending|spend)\b|(?:spending|spend|market)\b(?! (?:share|cap)))",
                                  re.I)  # (Cloud-based servers will account for 75 percent of the market: the report's market)
RATE_OF_AFTER = re.compile(r" (?:(?:year[- ]over[- ]year|year[- ]on[- ]year|YoY|annual) )?"
                           r"(?:(?:increase|rise|growth|jump|gain|surge|climb|decline|drop|decrease|fall|slump) )?(?:for|in|of) (?:its |the |their )?"
                           # (a 44% year-over-year increase in Q2 revenue: the period of the metric between)
                           r"(?:(?:Q[1-4]|[1-4]Q|H[12]|(?:19|20)\d\d|(?:first|second|third|fourth)[- ]quarter|"
                           r"full[- ]year|quarterly|annual) ){0,2}"
                           # (a robust 35% growth in worldwide data center capex: the scope words of the metric;
                           # a 19 percent decline in consumer revenue, a 7% increase in online sales: a segment's)
                           r"(?:[A-Za-z][A-Za-z&'’-]* ){0,3}"
                           # (大型科技公司通常80%以上的资本支出被用于算力采购: the rate's bound word, then 的 and the whole)
                           r"|(?:以上|左右|之多)的", re.I)
#: after a rate, the level it leads to and then the metric (a 13.8 percent rise to $2.3 billion in server revenue)
RATE_TO_LEVEL_OF = re.compile(r" (?:increase|rise|growth|jump|gain|surge|climb|decline|drop|decrease|fall) to (?:about |approximately |nearly |roughly "
                              r"|around |approximately )?(?:US|NT|RMB ?)?[$¥€£]?\d[\d.,]*(?: ?(?:trillion|billion|million|bn|mn|B|M))? "
                              r"(?:in|of) (?:its |the |their )?(?:[A-Za-z][A-Za-z&'’-]* ){0,3}", re.I)
#: a growth noun right after the metric a rate is of (a 33% revenue increase, a 20% capex jump)
#: the nouns of a change over a year (an increase, a decline …), one list for the patterns that name them
GROWTH_NOUNS = r"(?:increase|rise|growth|jump|gain|surge|climb|decline|drop|decrease|fall|slump|hike|uptick)"
#: between a rate and the metric its growth noun follows: nothing, or the words of a year-on-year rate (11% year-over-year
#: revenue growth)
YOY_WORD_GAP = re.compile(r" ?(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|YoY|y/y|annual) )?", re.I)
METRIC_THEN_NOUN = re.compile(r" (?:year[- ]over[- ]year |year[- ]on[- ]year |YoY |annual )?" + GROWTH_NOUNS + r"\b", re.I)
#: between a rate and a rate it is compared with: "(YoY +70%), up from", ", compared with", " versus ", " of Nvidia's
#: total revenue, up from", " year-on-year, significantly up from"
RATE_BASE_GAP = re.compile(r"\)?(?:\s(?:year[- ]over[- ]year|year[- ]on[- ]year|yoy|y/y))?,?\s(?:of\s[^,;.]{1,40}?,?\s)??"
                           r"(?:[a-z]+ly\s)?(?:(?:up|down|rising|falling|accelerating|decelerating|slowing)\s)?"
                           r"(?:from|compared (?:with|to)|versus|vs\.?)\s(?:an?\s)?", re.I)
#: between a growth noun and its rate (growth of 78%, an increase of about 5%)
GROWTH_OF_GAP = re.compile(r" of (?:about |approximately |around |nearly |over |more than |roughly |almost )?")
#: a period's word inside a phrase (Q3, FY25, 2025)
PERIOD_WORD = re.compile(r"\b(?:[1-4]?Q[1-4]|FY ?\d{2,4}|(?:19|20)\d{2})\b")
#: a count of things named before (40,000 of these GPUs), and how far back their name may stand
THESE = re.compile(r" of (?:these|those) ")
THESE_REACH = 600
#: between 个 and the accelerators it counts: a maker, AI, 的, a model in quotes (4万个超微的「MI308」AI加速器)
GE_MODIFIER_GAP = re.compile(r"[^,，。;；、\n]{0,12}")
#: the least count of accelerators written without 万 that is a fleet, not what one machine holds (8个H100)
FLEET_MIN = 1000
#: a scale word in a count of accelerators written with 个: a fleet, not a configuration
FLEET_SCALE = re.compile(r"[万亿]")
#: a count written like a year (2024 AI servers will …): read as the year
YEAR_COUNT = re.compile(r"(?:19|20)\d\d ")
#: a table's rows under a header line naming shipments (芯片类型/系列预测出货量 (2025年)备注 ¶ Hopper 平台约 120 万颗 …; 厂商
#: AI服务器出货量 ¶ 浪潮信息 12万台): how many lines above a row its header may stand, how long a line of the table may be,
#: and how far into its line a row's count may stand (the row's label before it)
HEADER_ROWS = 12
TABLE_LINE_CHARS = 160
ROW_LABEL_CHARS = 40
#: a table's header line is short and no sentence (由于Google开始销售其TPU,……搭配使用。 is prose, not a header)
HEADER_CHARS = 60
HEADER_NOT = re.compile(r"[。！？!?;；]|\.\s*$")
#: a year in a table's header or caption (预测出货量 (2025年), (2026年))
HEADER_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
#: a table's header or caption saying its figures are forecast (预测出货量, Forecast AI server shipments)
HEADER_FORECAST = re.compile(r"预测|预计|预估|\b(?:forecasts?|projected|projections?|estimates?)\b", re.I)
#: between a company and the count it holds a rank or share with (英伟达以约190万张出货量, 华为以64万片的出货量)
WITH_COUNT_BEFORE = re.compile(r"\s?以(?:约|近|超过?|逾|大约)?\s?")
#: right before a shipping word after a count, its negation (尚未交付, 未出货, not yet shipped)
NOT_YET_BEFORE = re.compile(r"(?:尚未|还未|仍未|未|没有|not yet |not )$")
#: between a count of things and a shipping word after it (200,000 AI servers will be shipped; 华为以64万片出货量位居第二:
#: the shipping noun glued to the counter, or after 的)
SHIPPED_GAP = re.compile(r"(?: (?:will|would|are|were|was|is|to|be|been|being|expected|set|likely|projected|forecast|"
                         r"already|now|in total|in all))* |的?")
#: a relative clause between a count and its shipment verb (the ~100k units that we think shipped to these customers)
SHIPPED_CLAUSE_GAP = re.compile(r" (?:that|which)(?: (?:we|they|analysts|it) (?:think|believe|estimate|expect))?"
                                r"(?: (?:will|would|were|was|are|have|had|has|be|been))* ")
#: rate_base_period's answer for a rate compared with the same rate a year before (up from 52% last year)
YEAR_AGO = "a year before"
#: … and with the same rate a quarter before (growth accelerated to 33%, up from 31% in the previous quarter)
QUARTER_BEFORE = "a quarter before"
#: between the compared rate and its own period: " in 24Q2", " for the prior quarter", " a year ago"
RATE_BASE_PERIOD_GAP = re.compile(r"\s(?:in|for|during|at)\s(?:the\s)?", re.I)
#: after the whole a part is of, named before the part (全球服务器销售中, 在服务器市场中)
WHOLE_AMONG = re.compile(r"(?:额|规模)?中\s?[,，]?")
#: after a share word: the share moving to the level that follows (will increase further to, 将提升至)
SHARE_MOVES_TO = re.compile(r"[^,，;；。0-9%]{0,60}?"
                            # (AI服务器营收占整体服务器的比重，将一举冲高至惊人的74%: the move in the next clause)
                            r"(?:[,，](?:将|会|可望|有望|预计将?|预估将?)?(?:一举|进一步|再|持续)?)?"
                            r"(?:increase|rise|grow|climb|fall|drop|decline|提升|上升|增加|增长|下降|降低|冲高|攀升|拉高|提高|扩大|跃升|降|升)"
                            r"[a-z ]{0,12}?(?: to|至|到) ?(?:about |approximately |around |over |nearly |more than |at least |almost |约|近|超过|惊人的)?",
                            re.I)
#: an aside in parentheses between two names of a list (戴尔(增长20.6%)和超微)
PAREN_ASIDE = re.compile(r"[(（][^()（）]{0,24}[)）]")


def _aside_end(text: str, lo: int, hi: int) -> int:
    """Where the text after ``lo`` goes on past an aside in brackets that opens right at ``lo`` (at most a space before
    it; 云服务商业务(占比云计算业务70%)同比增长: what follows is said of the words before the brackets) and closes before
    ``hi``; ``lo`` itself where no such aside stands."""
    aside = PAREN_ASIDE.match(text, lo + (text[lo : lo + 1] == " "), hi)
    return aside.end() if aside is not None else lo

#: between a compared period and its amount: the metric's name at most (较去年第3季资本支出97亿美元),
#: no word of change (较2023年下降4.0%: the rate of the statement's period)
BASE_GAP = re.compile(r"(?:(?![增减降升涨跌长])[\u4e00-\u9fff]){0,8}")
#: results words after a year in a release's head: the year it reports on (2025年度业绩, 2025 annual results, 2024年成绩单)
RESULTS_AFTER = re.compile(r"(?:年|年度|全年|度)?(?P<half>半年度|半年|中期|中| ?(?:interim|half[- ]year))?"
                           r"(?:业绩|财报|年报|年度报告|报告|成绩单|成績單|报(?!道|导|名|价))|(?: full[- ]year| annual| fiscal)? (?:results|earnings|financial "
                           r"(?:results|report))\b", re.I)
#: a quarter's year right after its results words (first-quarter financial report for 2025), where its own words name none
RESULTS_YEAR_AFTER = re.compile(r" (?:for|of) (?:fiscal )?((?:19|20)\d{2})\b")
#: a year's results reported in a body's first sentence, its year left to the title (posted higher full-year earnings)
FULL_YEAR_RESULTS = re.compile(r"\bfull[- ]year (?:earnings|results|revenues?|profits?|net income)\b|"
                               r"全年(?:业绩|营收|收入|净利润)|年度业绩", re.I)
#: between a list of rates and the same rates as an earlier forecast stated them (较上一版本预期值,
#: up from the previous forecast of)
COMPARED_PREVIOUS = re.compile(
    r"[,，]? ?(?:较|比|相比|相较于?|compared (?:with|to)|versus|vs\.?|up from|down from|from) ?(?:the |an? |its )?"
    r"(?:上一?版本?|上一?次|此前|之前|先前|原先?|前次|previous|prior|earlier|last)[^0-9%,，。;；]{0,16}", re.I)
#: an aside that names what a thing includes: (含AI server), (including AI servers)
ASIDE_INCLUDES = re.compile(r" ?(?:含|包含|包括|including|incl\.?) ?", re.I)
ASIDE_REACH = 24
#: the kind of thing an item is one of (an AI server is a server)
ITEM_PARENT = {"ai_server": "server", "genai_server": "ai_server"}
#: words that make a figure the whole's, not the item's named before them
OVERALL = re.compile(r"整体|总体|总量|overall|in total", re.I)
#: the overall shipments of a kind of product, named as a whole (the overall shipments of GPUs, total AI server shipments,
#: 整体出货量): no one company's
OVERALL_SHIPMENTS = re.compile(r"\b(?:overall|total|combined|industry-wide) (?:[\w-]+ ){0,3}?shipments\b|"
                               r"(?:整体|总体)(?:[^,，。；;]{0,8}?)出货", re.I)
#: how far before a count its overall shipments are looked for (OVERALL_SHIPMENTS)
OVERALL_SHIPMENTS_REACH = 120
#: right before a word: a possessive (Nvidia's, 英伟达的, its): the word is the possessor's
OWNER_MARK_BEFORE = re.compile(r"(?:['’]s|的|(?<![A-Za-z])(?:its|their)) ?$", re.I)
#: a study's title in book-title marks (《2025-2030年中国AI芯片行业市场深度研究报告》), at most 80 characters (not a tender's
#: or a project's, whose span of years is the procurement's: 《中国移动2024年至2025年新型智算中心采购》)
BOOK_TITLE = re.compile(r"《[^《》\n]{1,80}(?:报告|研究|白皮书|蓝皮书|预测|分析|展望)[^《》\n]{0,12}》")
#: a comma or a semicolon, of either width (between an item and an overall word: a clause on)
SEPARATOR = re.compile(r"[,，;；]")
#: how far back in its paragraph an AI computing centre's name makes a bare 算力 its intelligent compute
#: (the centre named in the sentence before: 180 characters covers every such label of the analysed sets)
AI_CENTRE_REACH = 180
#: a capacity written in P (5000P, 50,000Pflops): the unit Chinese compute projects count AI compute in
P_UNIT = re.compile(r"\d ?P(?:flops|FLOPS|Flops)?$")
#: a site or a project that holds a capacity (数据中心, 园区, 集群, 一期, 承载): not a region's
FACILITY = re.compile(r"数据中心|园区|集群|项目|[一二三四五]期|承载|机房|基地|算力中心|智算中心|节点|上架|服务器|算力设备|"
                      r"data cent(?:er|re)|cluster|campus|project|facility", re.I)
#: a total named before a capacity (总算力, 算力总规模 is its own keyword)
TOTAL_WORD = re.compile(r"总|總|合计|累计|total", re.I)
#: all kinds of computing capacity together (各类算力, 各种算力): the total, not one kind
ALL_KINDS = re.compile(r"各类|各种|多元|all kinds of", re.I)
#: count words of chips: an English noun or model (GPUs, chips, H100) and the Chinese counters of chips and cards
CHIP_COUNT_WORD = re.compile(r"GPU|chip|accelerator|card|graphics|AI processor|[TN]PU|[A-Z]\d{2,3}", re.I)
CHIP_COUNTERS = ("张", "枚", "颗", "片", "卡", "块")
#: a buyer's purchase before the count of what it buys (purchased, bought, spent … on, 采购, 购买, 配置)
PURCHASE_BEFORE = re.compile(r"\b(?:purchas(?:e|es|ed|ing)|b(?:uy|uys|ought)|spent|spend|order(?:s|ed)?|"
                             # (the L1 bids for about 14,000 GPUs; the third tender adds ~3,850 GPUs; empanelled 18,417 GPUs:
                             # what a tender bids for or lists)
                             r"bids? for|tender(?:ed|s)?(?: (?:adds|for|of))?|empanell?ed)\b|"
                             r"采购|购买|购置|订购|配置", re.I)
#: the opening of a bracket right after a name, before the rate it holds (戴尔(增长20.6%), Dell (up 20.6%))
BRACKET_RATE_OPEN = re.compile(r" ?[(（] ?(?:同比)?(?:增长|增幅|成长|年增|增加|增|下滑|下降|减少|减|up|down|growth of|grew|rose|fell)? ?[+-]?", re.I)
#: a market share named with the product whose market it is (market share of AI accelerators, in AI chips)
MARKET_SHARE_OF_PRODUCT = re.compile(r"market share (?:of|in) (?:the )?(?:global |worldwide |data[- ]cent(?:er|re) )?"
                                     r"(AI accelerators?|AI chips?|GPUs?|accelerators?|AI processors?|AI servers?|servers?)\b",
                                     re.I)
#: a singular possessive pronoun before a figure (with its capital spending rising 77.6%): the company named last, even as
#: the last of a list, is whose it is; looked for at most ITS_REACH characters before the figure
ITS_BEFORE = re.compile(r"\b[Ii]ts\b")
#: a sentence opening with a singular possessive pronoun (Its share in …): of the company the sentence before is about
ITS_OPENER = re.compile(r"\s*Its\b")
ITS_REACH = 48
#: right after the domestic item: it names chips (国产芯片, 国产AI芯片 are matched whole; 国产GPU, 国产算力卡)
DOMESTIC_CHIPS = re.compile(r"(?<=芯片)|(?<=芯片供应商)|(?<=芯片厂商)|(?:AI)?(?:GPU|芯片|加速卡|算力卡|加速芯片|chips?\b)", re.I)
#: before a share: the demand for an item it is a part of (占H20需求80%+, 占全球AI服务器需求的约60%)
DEMAND_OF_ITEM_ZH = re.compile(r"占(?:全球|全国|国内|中国)?(?P<x>[^,，。;；、]{1,16}?)的?需求量?的?(?:约|近|超过?|逾|达)?\s?$")
#: after a share: the demand for an item it is a part of (over 60% of global demand for AI servers)
DEMAND_OF_ITEM_EN = re.compile(r"\+? of (?:the )?(?:global |total |worldwide |all )?demand for (?P<x>[^,.;]{1,40})")
#: before an amount: its metric named as a quarter's (季度收入, 单季度资本开支, 季度數據中心收入), not a named quarter (第三季度)
QUARTERLY_FIGURE = re.compile(r"(?<![一二三四1-4第上下本该同今去前首末个月新])(?:单季度?|季度)的?(?:[^\d,，。;；:：]{0,10}?)(?:为|达|約|约)?\s?$")
#: a year-on-year and a quarter-on-quarter cue joined, one rate stated for both (同比和环比增速均接近30%)
BOTH_YOY_QOQ = re.compile(r"(?:同比|年增|年比)(?:和|及|与|、|/)(?:环比|季增|季比)|(?:环比|季增|季比)(?:和|及|与|、|/)(?:同比|年增|年比)")
#: between a rate and the amount in brackets that it is of a whole (60% (about $3.1 trillion))
BRACKETED_AMOUNT = re.compile(r" ?[(（] ?(?:about|approximately|around|roughly|nearly|some|or|约|近|逾)? ?")
#: how near the bracketed amount must be to the rate's part of the whole (relative; writers round both)
BRACKET_PART_TOLERANCE = 0.06
#: how many facts back the fact an amount became earlier in the document is looked for
FACT_LOOKBACK = 256
#: between a product and the shipping word after it (GPU shipments, server unit shipments)
UNIT_GAP = re.compile(r" (?:unit )?", re.I)
#: how far after a rate its expectation may follow (33%，高于彭博一致预期的32%)
OTHER_RATE_REACH = 40
#: a plan or an expectation to buy, before the purchase verb (计划向辉达采购, 预计将再采购100片, plans to buy)
PLAN_TO_BUY = re.compile(r"计划|计画|规划|预计|拟|打算|plans? to |planning to |intends? to ", re.I)
#: the words between a list of values and the list of their years right after it (39%/17% in ’25/’26)
LIST_YEARS_AFTER = re.compile(r" ?(?:(?:to be|will be|would be|are|were|is|was|being) [a-z]+(?:ed|en|wn) )?"
                              # (~5mn/~7mn TPUs to be produced in ’27/’28: a passive verb between)
                              r"(?:in|for|during|over|,)? ?", re.I)
MARKET_METRICS = {"ai_server_market_size", "ai_compute_market_size", "server_market_size", "compute_industry_size"}
#: before an amount of a sentence after a topic sentence, money that is no spending nor sales: funds raised, a company's
#: worth, expenses (He is looking to raise about $1 billion; 投放广告费用2.81亿元), how far before it
NOT_SPENT_BEFORE = re.compile(r"\b(?:rais\w*|fund\w*|valu\w*|worth|offering|IPO)\b|费用|估值|融资|上市", re.I)
NOT_SPENT_REACH = 40
#: … or right after it: the amount a company is worth, used as an adjective (at a $5T company)
NOT_SPENT_AFTER = re.compile(r" ?(?:company|firm|valuation|market cap)\b", re.I)
#: right after a figure, the word that names it as what was expected (30%以上的预期, 的市场预期, 的一致预期)
EXPECTATION_AFTER = re.compile(r"(?:以上|以下|左右)?的(?:市场|一致|普遍|分析师)?(?:预期|预估|预测值)")
#: between a kind of server and its share, the whole named as money spent (服务器支出占总支出的89%, accounted for 58% of AI
#: server spending): a part of the market's money, not of the units shipped
SPENDING_WHOLE = re.compile(r"支出|\bspending\b|\bspend\b", re.I)
#: the total of the spending a report sizes named as the whole after 占 (占總支出的, 占市场总支出的)
TOTAL_SPENT_WHOLE = re.compile(r"占(?:市场|整体|全球)?(?:总|整体)支出")
#: before an investment's amount, what a company means to invest (plans to invest, will invest, announced a … investment,
#: 计划投资), how far before it; the words of a deal signed, which make it no plan (SIGNED_DEAL), and of a company's budget
#: over years or for its compute (COMPANY_BUDGET)
INVEST_INTENT_BEFORE = re.compile(r"\b(?:will|plans? to|planning to|intends? to|is set to|aims? to|pledged to|"
                                  r"(?<!projected )(?<!expected )(?<!estimated )(?<!forecast )to) invest\b|"
                                  r"\bannounc\w*\b|(?:将|拟|计划|将会|预计将)(?:投资|投入)", re.I)
INVEST_INTENT_REACH = 60
COMPANY_BUDGET = re.compile(r"\b(?:two|three|four|five)-year\b|\bnext (?:two|three|four|five) years\b|未来[两二三四五]年|全年|"
                            r"\d{4}\s?[-~至到]\s?\d{4}|投入(?:云|算力)", re.I)
SIGNED_DEAL = re.compile(r"\b(?:deals?|contracts?|leases?|agreements?|orders?|acquir\w*|purchase\w*|buy\w*)\b|合同|协议|订单|租赁|收购",
                       re.I)
#: the money metrics a topic sentence may name for the amounts of the sentence after it (topic_sentence_metric)
TOPIC_METRICS = MARKET_METRICS | {"capex", "revenue", "datacenter_revenue", "compute_investment"}
#: the least a value of these metrics can be (in the metric's unit; money in any currency), below which the
#: number is something else: a market below a million is a price or a difference (the H100's price varies by
#: a stark difference of nearly US$5,000 … in the GPU market; the smallest market labelled is 1.9e8); a
#: company's capex, revenue or investment below 100,000 is a share price or a per-share figure (騰訊重返600元,
#: EPS $0.89; the smallest labelled is Metax's 2022 revenue of 426,400 yuan); a power below a megawatt is a
#: rack's or a server's (可容纳高功率20kW机柜, 折合2.5kW), not a data centre's (the smallest labelled is 13.6 MW)
METRIC_MIN: dict[str, float] = {
    "ai_server_market_size": 1e6, "ai_compute_market_size": 1e6, "server_market_size": 1e6, "compute_industry_size": 1e6,
    "capex": 1e5, "revenue": 1e5, "datacenter_revenue": 1e5, "compute_investment": 1e5,
    "datacenter_power": 1e6,
}
#: capacity metrics that are parts of total_compute_capacity -> the `item` of a share of the total
PART_OF_TOTAL = {"intelligent_compute_capacity": "intelligent", "general_compute_capacity": "general"}
#: a sentence ends at a full stop, but not one after a lone capital (U.S., A.I.): OpenAI. and AMD. end one; a scraped
#: page's full stop glued to the next sentence ends one too (3.76 million units.Comparable to 2022, … in 2023.TechInsights);
#: no sentence ends on a qualifier (are estimated to reach approximately. 13.654 million units: a stray full stop)
#: (a month's abbreviation before a day, Sept. 30, ends no sentence)
SENT_END = re.compile(r"[。！？!?；\n]|(?<![A-Za-z0-9 ,%)]);|(?<!(?<![A-Za-z])[A-Z])(?<!\b[vV]s)(?<!(?<![A-Za-z])[vV]\.s)(?<!\bVS)(?<!\bapprox)(?<!\bapproximately)(?<!\babout)(?<!\baround)(?<!\bnearly)(?<!\broughly)\.(?=\s|$)(?!(?<=\d\.) \d{1,3}\s?[亿億万萬%％])(?!(?<=Jan\.) \d)(?!(?<=Feb\.) \d)(?!(?<=Mar\.) \d)(?!(?<=Apr\.) \d)(?!(?<=Jun\.) \d)(?!(?<=Jul\.) \d)(?!(?<=Aug\.) \d)(?!(?<=Sep\.) \d)(?!(?<=Sept\.) \d)(?!(?<=Oct\.) \d)(?!(?<=Nov\.) \d)(?!(?<=Dec\.) \d)|(?<=[a-z)\]”])\.(?=[\u4e00-\u9fff])|(?<=[a-z0-9%)\]”])\.(?=[A-Z][a-z])|(?:\[\d{1,3}\])+(?=\s|[\u4e00-\u9fff])")
#: (stock tickers in brackets after a name may stand in it: Amazon (AMZN) and Google (GOOG) (GOOGL) purchased …)
LIST_GAP = re.compile(r" ?(?:\((?:[A-Z]{2,6}:)?[A-Z]{1,5}(?:\.[A-Z]{1,2})?\) ?)*(?:[、和及与,/]|,? ?and|以及) ?")
#: between two values of a run of a list: a list gap, a qualifier of the second value perhaps (五五％和低於五％, 40% and over 5%)
VALUE_RUN_GAP = re.compile(LIST_GAP.pattern + r"(?:约|約|近|超过|超過|逾|低于|低於|高于|高於|不到|不足|about |over |nearly |under |~)?")
#: an amount written in Chinese ends in a CJK character (亿元, 万台), not in a Latin unit
CJK_END = re.compile(r"[\u4e00-\u9fff]")
#: several bidders as the subject of an amount (all four winning candidates, 各中标候选人, 均)
BIDDER_GROUP = re.compile(r"(?<!among )(?<!of )(?:all|the|other|both) (?:\w+ ){0,2}(?:candidates|bidders|vendors|suppliers|winners)\b|"
                          r"各(?:家|中标候选人|候选人)|(?:候选人|厂商|供应商)均|均在", re.I)
#: words that name a tender's amount only in a sentence about a procurement (elsewhere a budget, a deal's worth)
GENERIC_TENDER_WORDS = frozenset({"金额", "预算", "budget", "worth", "valued at", "with a value of", "spent", "spent about",
                                  "spent more than", "spent nearly", "spent over", "投资估算", "估算投资", "project scale",
                                  "estimated project scale", "project budget"})
#: the generic words of a budget: outside a procurement, a project's investment (LABELLING.md metric table)
BUDGET_WORDS = frozenset({"预算", "budget", "project budget"})
#: after 中标/得标: a notice's name (中标结果, 中标公告, 中标候选人), not "won the bid"
AWARD_NOUN_AFTER = re.compile(r"结果|公告|公示|候选|通知|情况")
#: a tender's quantities and amounts are its terms, stated (LABELLING.md B9), whatever year they are for
TENDER_TERMS = frozenset(TENDER_METRICS | {"award_amount"})
#: metrics keyed by a company only: with no company in the table they key no region either
NO_REGION_METRICS = TENDER_TERMS | {"revenue", "datacenter_revenue"}
#: between a demand word and its count (需求约为, 年需求為, demand for AI servers is expected to reach)
DEMAND_GAP = re.compile(r"(?:[^,，;；。0-9]|(?:19|20)\d{2}年?){0,48}")  # (需求将从2025年的约2.8万台: a year between)
#: the bare words for computing capacity (not 总算力, 算力总规模, total computing power)
OPERATOR_GENERAL = re.compile(r"算力|算力规模|computing power|compute capacity|computing capacity|capacity", re.I)
#: right before a FLOPS figure, a bare capacity (with 20,000 AI accelerator cards and capacity of 670 TFLOPS; a computing
#: facility with a capacity of 1 exaflop): computing capacity, its kind read from around it
CAPACITY_OF_BEFORE = re.compile(r"\b(capacity) of (?:about |approximately |around |up to |over |more than |nearly )?$", re.I)
#: a market named right after a company's rate (80% of the AI accelerator market) or before it (占AI芯片市场的80%)
OF_MARKET_AFTER = re.compile(r" of (?:the )?(?:[\w'’.-]+ ){0,5}?market\b", re.I)
OCCUPY_MARKET_BEFORE = re.compile(r"占(?:据|有)?[^,，。;；0-9]{0,20}市场(?:中)?的?[约近逾超过 ]{0,3}$|"
                                  # (NVIDIA出货量占全资料中心GPU出货量比重高达93.2%: its part of the whole market's count)
                                  r"占(?:据|有)?(?:全|整体|总)[^,，。;；0-9]{0,16}?(?:出货量?|销量|销售额)的?"
                                  r"(?:比重|比例|份额|占比)?[高达约近逾超过为 ]{0,4}$")
#: between a company and its share: the market it leads, then "with" (Dell led the global server market with 17.5% share)
LEADS_MARKET_WITH = re.compile(r"\b(?:led|leads|leading|dominated|dominates|dominating|topped|tops|headed|heads)\b(?: the)?"
                               r"[^,;.0-9]{0,40}?\bmarkets?\b[^,;.0-9]{0,16}? with (?:a |an )?"
                               r"(?:about |around |nearly |roughly |approximately |over |more than )?$", re.I)
#: right after a rate: a share word (17.5% share, a 40% market share)
SHARE_RIGHT_AFTER = re.compile(r"\s?(?:market |revenue |unit )?share\b", re.I)
#: between a change word and the amount it moved by (了, 约, about): no 至/到/to (which name a level)
CHANGE_GAP = re.compile(r" ?(?:了|约|近|逾|超过|about|approximately|roughly|nearly|some|more than)? ?", re.I)
#: a verb of a share changing right before a rate (占比提升10%, share rose 5%): points or percent, unclear
SHARE_CHANGE = re.compile(r"(?:提升|提高|增加|上升|下降|降低|减少|下滑|\brose|\bincreased|\bfell|\bdeclined|\bdropped|\bgrew|"
                          r"\bgained)(?: by)? ?了?[约近逾超过 ]{0,3}$", re.I)
#: after an amount: a statement made earlier of the same figure (the $85 billion it projected in July,
#: 此前预计的): kept beside the new one as a forecast
EARLIER_STATEMENT_AFTER = re.compile(r"的(?:市场)?(?:预期|预估|预测|共识|预算)|"  # (市场原先约96.68亿美元的预期)
                                     # (slightly below the CNY93 billion budgeted: the plan beside the actual)
                                     r" (?:originally |initially |previously )?budgeted\b|"
                                     # (预算从750亿美元上调至: the figure revised; 由原先的5210亿美元,大幅上调至6,490亿美元)
                                     r"(?:[,，] ?)?(?:大幅|小幅|再度|再次|进一步|略微|一举)?(?:上调|下调|上修|下修|调升|调降|调高|调低)(?:到|至)|"
                                     r" ?(?:that |which )?(?:it|the company|management|they|analysts) (?:had )?"
                                     r"(?:previously |earlier |initially |originally )?"
                                     r"(?:projected|forecast|expected|guided|estimated|planned|targeted)\b|"
                                     r" (?:consensus|analysts?'?|Wall Street|street) (?:estimate|forecast|expectation|view)s?\b|"
                                     # (beating the $8.74 billion consensus, $64.51 billion expected: the market's figure)
                                     r" (?:consensus|expected|estimated by analysts)\b|"
                                     # (Wall Street's $58.84 billion expectation, the $144-150 billion estimates)
                                     r" (?:estimates?|expectations?)\b|"
                                     # (the $9.9 billion average analyst estimate, the $10.7 billion analysts had pencilled
                                     # in, $2.875–$3.125B guided, ~$105 billion previously)
                                     r" (?:average |mean |median )(?:analyst|analysts'?|Wall Street|street) (?:estimate|forecast)s?\b|"
                                     r" (?:that |which )?analysts (?:had )?(?:pencilled|penciled|pencilled) in\b|"
                                     r" (?:guided|previously)\b(?! (?:to|by|at|for|in)\b)",
                                     re.I)
#: right before an amount: the figure a revision starts from (to $92 billion from $85 billion, up from the previous
#: US$37-40 billion range)
REVISED_FROM_BEFORE = re.compile(r"\bfrom (?:the |its |our |their )?(?:previous |prior |earlier |initial |original |"
                                 r"previously (?:stated|announced|guided) )?(?:US|USD ?)?$", re.I)
#: right before an amount, what it beats or misses (收入……至7596.9亿新台币,多过预期的7510.6亿新台币; 总营收……亦高于预估的1114.3亿美元):
#: the expectation's amount (a rate after 优于预期的 is the result's own: 将以优于预期的5%年增幅成长)
THAN_EXPECTED_BEFORE = re.compile(r"(?:高于|低于|优于|逊于|不及|胜过|好于|好过|差于|多过|多于|少于)(?:市场|华尔街|分析师)?"
                                  r"(?:预期|预估|预测|估计)的\s?(?:约|近)?\s?$")
#: right before the start of a plan's revision (从7100万美元, 由原先的): the from-word
PLAN_FROM_BEFORE = re.compile(r"(?:从|由)\s?(?:原先|原来|原本|先前|之前|最初)?的?\s?(?:约|近)?\s?$")
#: after it, past a converted amount in brackets, the verb of the revision (，提高至1.436亿美元; ，调整为3510至3570亿美元;
#: ,收窄并上调至700亿至720亿美元: a range narrowed and raised)
PLAN_REVISED_TO_AFTER = re.compile(r"(?:\s?[(（][^()（）]{0,30}[)）])?\s?[,，]?\s?"
                                   r"(?:大幅|再度|再次|进一步|(?:收窄|缩窄)?并)?(?:提高|提升|上调|下调|调整|调高|调低|调升|调降|上修|下修|增加|削减|缩减|"
                                   r"收窄|缩窄)(?:至|到|为)")
#: the words of a plan, budget or forecast (预算, 预计, 预测, 指引, 计划, 目标)
PLAN_WORD = re.compile(r"预算|预期|预计|预估|预测|指引|计划|目标|规划|展望")
#: earlier in the sentence: a forecast revised (raised 2025 capex guidance, lowered its annual revenue forecast)
FORECAST_REVISED = re.compile(r"\b(?:rais|lower|cut|trimm|narrow|lift|boost|revis|updat|hik|reduc|upgrad|downgrad)\w* "
                              r"(?:[\w$'’.-]+ ){0,8}?(?:guidance|outlook|forecasts?|projections?|targets?|estimates?|budget|"
                              r"expectations?)\b", re.I)
#: how far before the amount the revision's words may start
REVISION_REACH = 160
#: between an item and a revenue word: the business line it names (服务器业务收入, 服务器及部件业务收入 — LABELLING.md I4 —,
#: 伺服器事業營收, AI服务器板块收入)
BUSINESS_LINE_GAP = re.compile(r" ?(?:及部件|及配件)?(?:(?:相关)?(?:业务|業務|事业|事業|事业部|事業部|事业群|事業群|板块|板塊|产品线|產品線|"
                               r"产品|產品)(?:的)? ?)?(?:总|總)?")  # (服务器总营收: the line's total revenue)
#: before the size of a chip market: the market of domestic chips (国产AI芯片市场规模, the domestic AI chip market)
DOMESTIC_CHIP_MARKET = re.compile(r"(?:国产|国产化|自主可控|domestic|homegrown|home-grown)\s?(?:AI|人工智能|智算|算力)?\s?"
                                  r"(?:芯片|GPU|加速卡|加速芯片|chips?|GPUs?|accelerators?)\s?(?:的)?(?:市场|market)", re.I)
#: a comma between clauses (not a thousands separator: 1,500)
CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))")
#: right after a rate: the whole it is of, named (even by a pronoun: made up more than a third of it)
OF_AFTER_RATE = re.compile(r"\s?of\b", re.I)
#: before a place: a firm (named or not) it is the home of (analysis firm TechInsights from Canada, a consultancy based in)
FIRM_FROM_BEFORE = re.compile(r"\b(?:firm|company|consultancy|institute|researcher|provider|start-?up|house)\s(?:[A-Z][\w&.'’-]*\s){0,3}"
                              r"(?:from|based in|headquartered in)\s$|总部位于$|总部设在$", re.I)
#: right after a place: the firm it is the home of (a California-based research firm)
BASED_AFTER = re.compile(r"-?\s?(?:based|headquartered)\b", re.I)
#: between a figure and the one it is set against (681.3億美元 v.s. 662.1億美元, $57.0B vs. $54.9B expected)
_VERSUS_WORD = r"(?:v\.s\.|vs\.?|versus)"
VERSUS_GAP = re.compile(r" ?" + _VERSUS_WORD + r" ?", re.I)
#: after the amount a result is set against: the same period a year before (vs. $964.8 million in the same period last year)
SAME_PERIOD_AFTER = re.compile(r" ?(?:in |for |during )?(?:the )?(?:same|prior[- ]year|year[- ]ago|previous|prior|last)\b|上年同期|去年同期|同期",
                               re.I)
#: right before an amount: it is the figure another is set against (the expectation: LABELLING.md B2)
VERSUS_BEFORE = re.compile(r"(?<![A-Za-z])" + _VERSUS_WORD + r" ?$", re.I)
#: right after a power: the facility it sizes (a 12 MW project, a 20-MW facility, the first 20MW phase, 10MW liquid-cooled
#: build): a data centre's, where the text around speaks of data centres (dc_power_context)
FACILITY_AFTER = re.compile(r"(?: (?:[a-z]+-)?(?:cooled|powered|scale) )?\s?(?:project|facility|facilities|phase|build|building|"
                            r"expansion|development|项目|机房|园区)\b", re.I)
#: what a procurement counts by its noun (8,000 AI servers, 60 white-box switches, 26 RoCE switches)
TENDERED_GEAR = re.compile(r"(?:servers?|switch(?:es)?)$", re.I)
#: a hundred million: a count of servers or chips at this scale or more is implausible (the yuan of them, 元 left out)
YI = 1e8
#: the Chinese scale of a hundred million in a number (10亿, 1.2億)
YI_WORD = re.compile(r"[亿億]")
#: items that are accelerator chips (aliases.toml [items]): their revenue is data-center revenue
CHIP_ITEMS = frozenset({"H100", "H800", "H200", "H20", "A100", "A800", "B200", "GB200", "MI300X", "Ascend 910B", "Ascend 910C"})
#: "per" and a maker's name after a price, before the item priced (an average price of $12,000 per NVIDIA H20 GPU)
#: a falling word right after a rate, a noun of what fell between (a 24% YoY decline, a 7% year-on-year revenue decline)
FALL_AFTER_RATE = re.compile(
    r" ?(?:(?:YoY|year[- ]on[- ]year|year[- ]over[- ]year|y/y|QoQ) )?"
    r"(?:(?:revenue|revenues|sales|shipment|shipments|capex|capital expenditure|spending|income|output|profit|demand) )?"
    r"(?:down|lower|decline|decrease|drop|fall)", re.I)
#: the head of a price list: a column named as a price per unit of time or per thing (Price/GPU-hr, $/GPU-hr, Price per hour,
#: 价格(元/卡/月))
PRICE_HEAD = re.compile(r"(?:Price|Cost|Rate)s?\s?(?:/|per)\s?(?:GPU[- ]?(?:hr|hour|h)|hr|hour|month|GPU|card)\b|"
                        r"\$\s?/\s?(?:GPU[- ]?)?(?:hr|hour|h)\b|(?:价格|单价|租金|租赁价格)\s?[(（]?\s?(?:元|美元)?\s?/\s?(?:卡|台|小时|月)",
                        re.I)
#: a row of a price list: at most this long, ending in an amount (its unit after it perhaps: $2.99, ~$1.49–$1.87, 1.8万元/月)
PRICE_ROW_CHARS = 90
PRICE_ROW_END = re.compile(r"[\d.,]+\s?(?:[万千]?(?:元|美元))?\s?(?:/\s?[A-Za-z\u4e00-\u9fff-]+){0,2}\s*$")
PRICE_ROW_AMOUNT = re.compile(r"(?:\$|US\$|¥|￥)\s?\d|\d\s?(?:元|美元)")
#: the most rows a price list's row walks back over to its head
PRICE_LIST_ROWS = 40
#: how far before a price list's head the chip it prices may be named
PRICE_HEAD_ITEM_REACH = 160
#: a price per unit of time, right after it or in a price list's head ($2.49-2.85/GPU/hr, Price/GPU-hr, 元/卡/月)
PER_TIME = r"(?:/|per )\s?(?:GPU[- /]?|卡/?)?(?:hr|hour|h|month|mo|小时|小時|月|时)\b"
PER_TIME_AFTER = re.compile(r"\s?" + PER_TIME, re.I)
PER_TIME_HEAD = re.compile(PER_TIME + r"|-hour|hourly", re.I)
#: the words a level moved from or to stand right before (从年初的约, 降至目前的, from, down to)
MOVE_END_WORD = re.compile(r"(?:从|由|自|降至|降到|跌至|跌到|升至|升到|涨至|涨到|漲至|增至|减至|減至|下调至|上调至|\bfrom|\bto)"
                           r"[^,，;；。\d]{0,8}$", re.I)
MOVE_END_REACH = 16
#: a relative year or quarter right after a value (… $500 million this year, 2.2 billion next year, 今年)
RELATIVE_TIME_AFTER = re.compile(r"\s?(?:in )?(?:(?:last|this|next|the previous|the current|the following) (?:year|quarter|fiscal year)|"
                                 r"(?:去年|今年|明年|上年|本年|次年))\b", re.I)
#: a word dating one end of a move (年初的, 目前的, 现在已, earlier, now)
MOVE_TIME_WORD = re.compile(r"年初|年底|年中|目前|现在|現在|如今|当前|當前|此前|之前|去年|今年|\b(?:earlier|previously|now|currently)\b",
                            re.I)
#: a bracket right after an amount, and its end right after the name in it ($7.57 (AWS))
BRACKET_OPEN_AFTER = re.compile(r" ?[(（]")
BRACKET_CLOSE_AT = re.compile(r"\s?[)）]")
BRACKET_NAME_REACH = 24
#: a company's possessive right before a count (Nvidia's 1.9 million GPUs, AMD’s nearly 500,000 chips)
OWNER_POSSESSIVE_GAP = re.compile(r"['’]s (?:(?:nearly|about|around|approximately|roughly|over|some|more than|almost) )?~?")
OWNER_REACH = 40
#: how far back a bullet's list heading is looked for (a few short lines)
LIST_HEADING_REACH = 240
#: a count written as a compound with its noun (64,000-GPU), and the maker's name between it and the model named after it
HYPHEN_GPU_END = re.compile(r"-GPUs?$")
MODEL_AFTER_GPU_REACH = 24
MAKER_GAP = re.compile(r"\s(?:[A-Z][A-Za-z]+\s)?")
#: a price per GPU after an amount ($2.49-2.85/GPU/hr, $2.35 per GPU-hour)
PER_GPU_AFTER = re.compile(r"\s?(?:/|per |每)\s?(?:GPU|卡)", re.I)
PER_ITEM_AFTER = re.compile(r" ?(?:per|for each|for one|a|each) (?:[A-Z][A-Za-z]+ )?")
#: a clause that opens with the names of product grades or models and then gives their price (价格方面,B4单芯片价格约4-5万元,
#: B3和B2约8万元,B1约10万元): each clause prices other products, so its figure is kept beside its siblings of the same
#: keys (a model's code: letters and digits, 910B, MI325X, B3)
PRODUCT_PRICE_CLAUSE = re.compile(
    r"(?:^|[,，;；。])\s*(?:[A-Z]{0,4}\d{1,4}[A-Z]{0,3})(?:\s*(?:和|与|與|及|、|/|and|or)\s*(?:[A-Z]{0,4}\d{1,4}[A-Z]{0,3}))*"
    r"[^,，;；。0-9]{0,12}$")
#: how far before a price its clause's opening is looked for
PRODUCT_PRICE_REACH = 40
PER_ITEM_REACH = 24
#: how far before a generic chip word a model's name opening its noun phrase may stand, and the words between (H100 80GB
#: HBM2E compute GPU: sizes, memory kinds, lower-case modifiers; no punctuation, no verb)
MODEL_PHRASE_REACH = 32
NOUN_PHRASE_GAP = re.compile(r"(?: (?:\d+GB|[A-Z][A-Za-z0-9]*|[a-z]+(?:-[a-z]+)?)){0,4} ?")
#: an amount of work named in a list's intro (training FLOPs), not a rate (FLOP/s), and the least bare amount on its lines
#: read in it (a model's training compute is of the order of 1e18 FLOP or more)
FLOP_NAMED = re.compile(r"\bFLOPs?\b(?!/)")
FLOP_LIST_MIN = 1e18
#: before a count of tokens, a model's context window (上下文窗口扩展至32K tokens, a context length of 128K tokens)
CONTEXT_WINDOW_BEFORE = re.compile(r"上下文(?:窗口|长度)|context (?:window|length)", re.I)
#: how many sentences before an amount in FLOP the training of models may be spoken of (it is then a training run's)
TRAINING_CUE_SENTENCES = 3
#: right after a comparison base, the year it is of named as the current one (up from about RMB 150 billion this year)
THIS_YEAR_AFTER = re.compile(r" (?:this year|in the current year)\b", re.I)
#: the kinds of computing capacity (not the bare total), and what may stand between a figure and its kind right after it
#: (34 EFLOPS预训练算力资源: 预 of 预训练, 的)
SPECIFIC_CAPACITY = ("intelligent_compute_capacity", "general_compute_capacity", "supercomputing_capacity")
OWN_KIND_GAP = re.compile(r"(?:的|预|之)?")
OWN_KIND_AFTER_REACH = 8
#: 其 (its) opening the phrase of a sales word (其目前的销售额), and how far before the word it may stand
ITS_SALES_BEFORE = re.compile(r"其[^,，。;；]{0,8}$")
ITS_SALES_REACH = 10
#: 其中 (of which) right before a share, and the words before an amount that make it a comparison base (高于今年的, up from)
OF_WHICH_BEFORE = re.compile(r"其中[^,，。;；\d]{0,4}$")
BASE_WORD_REACH = 24
BASE_WORD_BEFORE = re.compile(r"(?:高于|低于|较|比|相比|up from|down from|from|versus|vs\.?)[^,，。;；\d]{0,20}$", re.I)
#: how far around a count of tokens the words that say what the tokens are may stand (a window, not the whole sentence: an
#: endless sentence of token counts stays linear)
TOKENS_CONTEXT_REACH = 80
#: a model's training data named without a training word (语料, corpus, dataset), and tokens a model serves, not learns from
TRAINING_CORPUS = re.compile(r"语料|数据集|corpus|dataset|training data", re.I)
TOKENS_SERVED = re.compile(r"调用|消耗|处理|日均|每日|每天|使用量|用量|daily|per day|a day|processed|processing|served|consum|"
                           # (a model that runs or supports 200k tokens: its context; 每万亿tokens仅需180K个GPU小时: per tokens)
                           r"运行|支持|上下文|support|context|window|每|per (?:trillion|billion|million)", re.I)
#: right after a model's name, its cost before the amount (GPT-4的成本超过, GPT-4's cost was), and how long a name may be
MODEL_COST_BEFORE = re.compile(r"(?:的|['’]s )(?:训练|建构|构建|开发)?(?:成本|cost)[^,，。;；\d]{0,8}$", re.I)
MODEL_NAME_REACH = 24
#: after a count of servers or racks, the orders they are (2.8万台NVL 72服务器机柜订单)
RACK_ORDER_AFTER = re.compile(r"[^,，。;；]{0,16}?订单")
#: a seller receiving an order before its amount (获得, 拿下, 斩获, 接获, secured, won, received, landed), how far before, and
#: the order named after the amount (的定制化AI芯片(…)订单, order for, in orders)
ORDER_RECEIVED_BEFORE = re.compile(r"(?:获得|赢得|拿下|斩获|接获|取得|receiv(?:ed|es)|secur(?:ed|es)|w(?:on|ins)|land(?:ed|s)|"
                                   r"booked)[^,，。;；]{0,12}$", re.I)
ORDER_RECEIVED_REACH = 24
ORDER_NOUN_AFTER = re.compile(r"[^,，。;；]{0,30}?(?:订单|大单|\border\b|\borders\b)", re.I)
#: a bare estimate of a volume right before a count it is revised from or to (将2026年的预估量由200万颗, 2027年的预估由260万颗)
ESTIMATE_VOLUME_BEFORE = re.compile(r"(?:预估|预测|预计|估计)(?:量(?:由|从|自)?|由|从|自)\s?$")
#: how far before a respectively cue the name of a group of companies it gives the values to may stand (三大运营商2024年
#:云计算收入增速分别为)
GROUP_NAME_REACH = 120
#: words for several companies as one subject (三大运营商, 云厂商, hyperscalers, together)
COMPANY_GROUP = re.compile(r"运营商|云厂商|云端巨头|科技巨头|CSPs?\b|hyperscalers?|cloud providers|together|combined|合计", re.I)
#: several companies named as one (四大CSP, 美系云厂商, the hyperscalers, the big cloud providers)
COMPANIES_AS_ONE = re.compile(r"(?:[一二三四五六七八九十]大|主要|美系|北美|中国|头部)\s?(?:CSP|云厂商|云服务商|云服务提供商|云端巨头|科技巨头)|"
                              # (四家公司合计支出高达882亿美元, the four companies: a count of the companies named before)
                              r"[两二三四五六七八九十][家大](?:公司|企业|厂商|巨头)|"
                              r"\b(?:the )?(?:two|three|four|five|six|seven|eight) (?:companies|firms)\b|"
                              r"\b(?:the )?(?:big (?:four|three|five) )?(?:hyperscalers?|hyperscale (?:operators?|compan(?:y|ies)|cloud providers?)|"
                              r"cloud (?:service )?providers|CSPs|big tech|tech giants|cloud giants)\b", re.I)
#: a ratio named as the subject, then the verb of its moving to the level right after (this percentage is expected to rise
#: to 75%; the proportion will fall to about), looked for at most RATIO_MOVES_REACH characters before the rate
RATIO_MOVES_TO = re.compile(r"\b(?:this|that|the|its|their) (?:percentage|proportion|ratio|share|penetration(?: rate)?)\b"
                            r"[^.;,%]{0,40}?\b(?:rise|rises|rising|rose|increase[sd]?|increasing|grow|grows|grew|growing|"
                            r"climb(?:s|ed|ing)?|fall|falls|fell|falling|drop(?:s|ped|ping)?|decline[sd]?|declining)"
                            r"(?: further)? to ?(?:about |around |approximately |nearly |over |more than |roughly )?$", re.I)
RATIO_MOVES_REACH = 90
#: a results table's residual line (其他业务收入, 其中:其他, Other revenue): no company figure of the vocabulary
RESIDUAL_ROW = re.compile(r"\s*(?:其中[:：]\s*)?(?:其他|其它|Other\b|All other\b)", re.I)
#: demand as the whole a buyer's part is of (demand for high-end AI servers, 全球需求)
DEMAND_WORD = re.compile(r"\bdemand\b|需求", re.I)
#: the world's demand named as the whole (of global demand, 全球需求)
WORLD_DEMAND = re.compile(r"\b(?:global|worldwide|world's|world’s) demand\b|全球(?:的)?需求", re.I)
#: a paragraph opening with a pronoun for the company the page is about (The group also formalized …, 公司表示)
SUBJECT_PRONOUN_OPENS = re.compile(r"[ \t]*(?:The (?:group|company|firm|Group|Company)\b|It (?:also |has |said |reported )|"
                                   r"(?:该|本)?公司(?!的客户)|(?:该|本)?集团)")
#: the AI-infrastructure spending words of lexicons/metrics.toml (IDC's market) that a company's own spending shares with it
INFRA_SPENDING = re.compile(r"(?:AI|人工智能) ?基础(?:设施|架构) ?(?:(?:上|方面)?的总?)?(?:支出|开支)|AI(?:-centric)? infrastructure spend(?:ing)?",
                            re.I)
#: how far before such a word its owners may stand (科技巨头 AI 基础设施支出; Microsoft's AI infrastructure spending)
SPENDER_REACH = 16
#: an owner named by a possessive (their, its, 其) or a group of companies named by its kind (科技巨头, 云厂商) right before
#: the spending word
SPENDERS_OWN = re.compile(r"\b(?:their|its)\s|其|科技巨头|科技巨頭|云厂商|雲端廠商|云服务商|雲端服務商|CSP|大型科技(?:公司|企业)|科技大厂", re.I)
#: a ticker in brackets right after a name in a list (微軟 (MSFT-US) 與, Lenovo (0992.HK),), or the rest of one read as the
#: name again (MSFT …-US) 與); not a figure (新华三(17.2%))
BRACKET_AFTER_NAME = re.compile(r"^(?: ?[(（](?:[A-Z][A-Z0-9.:\- ]{0,15}|\d{3,6}(?:\.[A-Z]{1,2})?)[)）]|[-.][A-Z]{1,3}[)）])")
#: before a figure, others hold it (其他算力服务商的3EFLOPS, other providers'), and how far back the word may stand
OTHERS_BEFORE = re.compile(r"其他|其它|\bother\b", re.I)
OTHERS_REACH = 24
#: a processor architecture or line naming a slice of servers (ARM架构, x86, 鲲鹏, Intel series)
ARCHITECTURE = re.compile(r"ARM|x86|X86|C86|海光|鲲鹏|飞腾|龙芯|申威|Kunpeng|Hygon|Intel|AMD|英特尔|架构|architecture", re.I)
#: after an item: it is the whole a share is of (在中国AI芯片采购中的占比)
IN_WHOLE_AFTER = re.compile(r"[^，,。;；]{0,8}?中的?(?:占比|比重|份额)")
#: between an amount and a signed rate right after it (833亿元/+65.6%, $32.9 billion (+29%)); the sign is the rate's
#: (营业总收入48.67亿元+10.02%: the plus sign glued to the amount)
SIGNED_AFTER_AMOUNT = re.compile(r" ?(?:/|[(（]) ?\+?| ?\+")
#: between a company's metric word and a signed rate right after it (revenue +27-29%, Google Cloud +63.4%, revenue: +21%)
SIGNED_AFTER_METRIC_GAP = re.compile(r":? ?")
SIGNED_AFTER_METRIC_REACH = 32
#: right after a rate, what makes it a beat or a miss against a forecast, not a growth (+2.9% vs Street, +5% above consensus)
VERSUS_AFTER_RATE = re.compile(r" ?(?:vs\.?|versus|above|below|ahead of|over|against|beat|miss)\b", re.I)
#: a growth noun, then the rate it stands at (growth is even higher at 46.7%, 增速达到)
GROWTH_AT = re.compile(r"\bgrowth(?: rate)?(?: (?:for|in|during|over) the (?:quarter|period|year|half))? "
                       r"(?:(?:is|was|will be|stood|came in|comes in|remains?|reached|peaked|peaks|bottomed)\b[a-z ]{0,24}? at |"
                       # (full-year revenue growth forecasted to exceed 40%)
                       r"(?:(?:is|was|are) )?(?:forecast(?:ed)?|expected|projected|estimated|guided) to (?:exceed|top|surpass|"
                       r"reach|hit|be) |"
                       # (FY 2027 growth rate expected around 20%)
                       r"(?:(?:is|was|are) )?(?:forecast(?:ed)?|expected|projected|estimated|guided) (?=about |approximately |around |nearly |roughly |at )(?:at )?|"
                       r"(?:is|was|will|would)(?: be)? (?:expected|forecast|projected|set|likely) to (?:slow|ease|rise|fall|"
                       r"accelerate|decelerate|moderate|climb|drop|jump|reach)(?: down| up)? to |"
                       # (saw growth accelerate to 33%, revenue growth slowed to 12%; AWS revenue growth accelerated from
                       # 17.2% in the first quarter to 18.8% in the second quarter)
                       r"(?:accelerat(?:e|ed|es|ing)|decelerat(?:e|ed|es|ing)|slow(?:ed|s|ing)?|eas(?:e|ed|es|ing)|"
                       r"moderat(?:e|ed|es|ing)|pick(?:ed|s)? up) (?:from|to) |"
                       # (raised its full-year 2025 revenue growth forecast from around 25% to roughly 30%)
                       r"(?:forecast|outlook|guidance|target|estimate) (?:from|to) |"
                       r"(?:forecast|outlook|guidance|target|estimate) from (?:about |approximately |around |nearly |roughly )?\d+(?:\.\d+)?% to )"
                       r"(?:about |approximately |around |nearly |over |more than |roughly )?$|"
                       # (growing at an impressive rate of 40%, grew at an annual rate of …)
                       r"\b(?:growing|grew|grows) at (?:an? )?(?:[a-z]+ ){0,2}?rate of (?:about |approximately |around |nearly |over |more than |roughly )?$|"
                       # (with a growth rate exceeding 65%)
                       r"\bgrowth rate (?:exceeding|above|over|topping|surpassing|reaching|near|approaching) "
                       r"(?:about |approximately |around |nearly |over |more than |roughly |almost )?$",
                       re.I)
#: a growth rate said to be high, then the rate, a comma between (华为本季度增长率高,为57.8%; 增速最快,达到128%)
GROWTH_RATE_HIGH_ZH = re.compile(r"(?:增长率|增速|增幅|成长率|年增率)(?:较高|最高|更高|很高|高|较快|最快|更快|快)[,，]\s?"
                                 r"(?:为|达|达到|高达|是)[约近逾超过 ]{0,3}$")
#: between one rate's period and the next rate of a list (…in January, 15.8 per cent in February and 34.3 per cent …)
LISTED_RATE_GAP = re.compile(r"(?:,|，|、|;)? ?(?:and |以及|及|和)?")
#: how far apart two rates of such a list may stand
LISTED_RATE_REACH = 40
#: a growth noun, then a colon opening a list of rates each in its own period (Sales growth jumped over the first three
#: months of the year: 7.9 per cent in January, 15.8 per cent in February …; 营收增速: 1月7.9%)
GROWTH_LIST_COLON = re.compile(r"\bgrowth\b[^.;:。；：]{0,80}[:：] ?$", re.I)
GROWTH_COLON_REACH = 100
#: a growth rate named, then the rate it is said to be (The annual growth rates for the following four years are
#: estimated to be 11.8%, …)
GROWTH_TO_BE = re.compile(r"\bgrowth rates? (?:[a-z0-9'’ -]{0,60} )?(?:is|are|was|were|will be) "
                          r"(?:(?:estimated|expected|forecast|projected|likely|set) )?(?:to be |at )"
                          r"(?:about |approximately |around |nearly |over |more than |roughly )?$", re.I)
#: the years after one just named (the following four years, 此后三年), counted in words or digits
FOLLOWING_YEARS = re.compile(r"\b(?:following|subsequent|succeeding) (two|three|four|five|six|[2-6]) years\b|"
                             r"(?:此后|之后|随后)的?(两|二|三|四|五|六|[2-6])年", re.I)
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
               "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
#: how far below its heading a segment's figure may stand (a results release's segment section)
SEGMENT_REACH = 800
DIGIT = re.compile(r"\d")
#: the company's whole revenue, named in a segment's section (total revenue, 总营收)
TOTAL_REVENUE = re.compile(r"\btotal (?:net )?revenue|\bcompany(?:-wide|'s) revenue|总营收|总收入|整体营收", re.I)
#: between a rate and the rate it moved to (从原本的61％，上修至65％; from 61% to 65%)
RATE_MOVED_TO = re.compile(r"[,，]? ?(?:(?:再|大幅|小幅|进一步)?(?:上修|下修|上调|下调|调高|调低|调升|调降|提高|提升|增加|降低|下降|"
                           r"上升|修正|升|降|增|涨)|(?:was |were |been )?(?:raised|revised(?: up| down|upward|downward)?|"
                           r"lifted|cut|lowered|trimmed|boosted|increased|rose|rising|climbed|fell|dropped|declined))? ?"
                           r"(?:至|到|\bto) ?(?:about |approximately |around |nearly |roughly |约|近)?", re.I)
#: after a change: what it is measured from is an expectation, not the year before (a decline of about 40% from
#: prior market expectations, 10% below analysts' estimates)
FROM_EXPECTATIONS = re.compile(r" (?:from|than|versus|vs\.?|below|above|under|over) (?:the |prior |previous |earlier |"
                               r"initial |original |market |analysts'? |Wall Street |consensus |its |their ){0,3}"
                               r"(?:expectations?|estimates?|forecasts?|guidance|consensus|projections?)\b", re.I)
#: after a change: what it is measured from is of the quarter before (a 22% increase from $46.74 billion in the
#: previous quarter, up 19% from the prior quarter)
FROM_PREVIOUS_QUARTER = re.compile(r" (?:increase|rise|growth|jump|gain|decline|drop|decrease)?\s?(?:from|over|versus|vs\.?) "
                                   r"(?:[^,;。，]{0,24}? (?:in|for) )?(?:the )?(?:previous|prior|preceding|last|sequential) "
                                   r"quarter\b", re.I)
#: between a share of shipments and the share it is compared with, of another part named between (…占比將為73%，
#: 遠高於ASIC的27%; 和ASIC的49%差不多)
OTHER_PART_GAP = re.compile(r"[,，]\s?(?:远|略|稍|明显)?(?:高于|低于|超过|多于|少于|和|与|跟)\s?([A-Za-z\u4e00-\u9fff]{2,12}?)的\s?"
                            r"(?:约|近|仅)?")
#: the leading vendors of a market taken together (ranked in the top three, 前三大厂商): a share they hold is their
#: combined market share, keyed by no one company
TOP_VENDORS = re.compile(r"\btop ?(?:two|three|four|five|ten|[2-9]|10)\b|前(?:二|两|三|四|五|十|[2-9])(?:名|位|大|家)|"
                         # (市场集中度CR5达68%, 国内TOP10厂商合计市占率: the concentration ratio of the leading vendors)
                         r"\bCR(?:[2-9]|10)\b|市场集中度|(?<![A-Za-z])TOP ?(?:[2-9]|10)(?![0-9])", re.I)
#: between a rate and the market share it is of (occupying over 70% of the market share, 60% of total market share)
OF_THE_WHOLE_GAP = re.compile(r" of (?:the )?(?:total |overall |combined |entire )?", re.I)
#: right after a maker's name: a line of systems it brands that others build and sell (NVIDIA HGX servers, 华为昇腾
#: 集群): in a market report's title the maker is then no subject of the page (not a chip it sells: NVIDIA H100)
BRAND_USE = re.compile(r" ?(?:HGX|DGX|MGX|Ascend|昇腾)")
#: between a part's growth and the next part's (…, Asia up 257%, Europe down 3%): the part, its verb
NAMED_GROWTH_GAP = re.compile(r"(?:[,，;] ?(?:and |while )?| and | while )(?P<name>(?-i:[A-Z][A-Za-z.’' &/-]{1,30})|the rest of (?:the )?world) "
                              r"(?:was |were )?(?P<verb>up|down|rose|fell|grew|declined|increased|decreased|gained|dropped)(?: by)? "
                              r"(?:about |approximately |around |nearly |roughly )?|"
                              # (戴尔营收增长15.2%,慧与增长9.1%: the next company's growth, its metric left out)
                              r"[,，;；、] ?(?:而|且)?(?P<zhname>[\u4e00-\u9fff]{2,6}?)(?P<zhverb>同比增长|年增|增长|成长|增加|上升|下降|下滑|减少)"
                              r"了?(?:约|近|逾|超过?)?", re.I)
#: a line of a list under an introducing line (North America: $95.5 billion, +9% year-over-year; AWS: $27.5 billion):
#: a short label, a colon, its figure
#: (only the label is read: the line's rest, read to its end, made a look at a line of 1 MB per quantity quadratic)
LIST_LINE = re.compile(r"[ \t]*(?:[-•*·][ \t]*)?[^\n:：]{1,40}[:：][ \t]*\S")
#: how far back (characters) the line introducing a list may stand from the list's line
LIST_INTRO_REACH = 400
#: the last sentence of a line that announces the list below it with no colon (Here's a breakdown of revenue by category.;
#: Segment revenue was as follows.), and how far from the line's end it is looked for
LIST_ANNOUNCED = re.compile(r"(?:\bbreakdown of|\bbroken down by|\bas follows|\bthe following|\bbelow\b|如下|分别为)[^.!?。！？\n]{0,80}[.。]?[ \t]*$", re.I)
LIST_ANNOUNCED_REACH = 120
#: how far back a list's line (or the line introducing it) is looked at for its start: list lines are short, and a
#: look back over a whole long line per quantity would be quadratic in it
LIST_LINE_REACH = 2000
#: the most characters a fact's quote holds (it ends at its value): the longest quote of any labelled page is 200
#: characters, while a sentence or clause with no end (a table's line, text without punctuation) can run for megabytes,
#: and a quote copied from its start per quantity made such text quadratic
QUOTE_MAX = 400
#: the power of an AI campus, when nothing else names what a power is (W): from 100 MW (xAI's Colossus began at
#: 150 MW, IREN's sites 160 MW) to 10 GW (the largest announced, Stargate's and Hyperion's 5-10 GW); below it
#: are racks and halls, above it grids and provinces (张家口 4242.6万千瓦 of renewables, 16 GW installed)
SITE_POWER_W = (1e8, 1e10)
#: the least power a whole supercomputer draws (Frontier about 21 MW, Fugaku about 30 MW, a mid-sized machine a few MW:
#: TOP500 lists' power column): on a page about one (self.supercomputer_page), a power of at least this much with no
#: word of its own is the machine's (Less than 40 MW (target 30 MW)); below it a rack's or a node's
MACHINE_POWER_W = 1e6
#: how far past a page's title its lead is read for the page's subject (the first paragraph or two)
LEAD_REACH = 600
#: whose figure a base is, between a comparison word and its number (above Wall Street's $144-150 billion estimates,
#: below analysts' $12 billion)
MARKET_VOICE = re.compile(r"\b(?:Wall Street|the Street|analysts?|the market|consensus|FactSet|LSEG|Bloomberg|Visible Alpha)"
                          r"(?:['’]s?|['’])", re.I)
#: right before a period: an amount a comparison word introduces (from a record $410bn in 2025, compared with $5.9
#: billion in 2024), or a quantity with its unit
BASE_AMOUNT_BEFORE = re.compile(r"\b(?:from|versus|vs\.?|compared (?:with|to))(?: (?:a|an|the|its|their|record|"
                                r"about|approximately|roughly|nearly|around|some))* (?:US|RMB ?|NT)?[$¥€£]?\d[\d.,]*"
                                r"(?: ?(?:trillion|billion|million|bn|mn|tn|B|M))?"
                                # (and a unit's word: grew from 10 megawatts in 2022, climbing from 4 gigawatts (GW) in 2024)
                                r"(?: [a-z]+(?: \([A-Za-z]+\))?)? ?$", re.I)
#: right after a period: a relative clause it dates (2024, when it spent $52.5 billion)
WHEN_AFTER = re.compile(r",? when\b", re.I)
#: a sentence opening by pointing back at the amount the sentence before it ends on (This represents a 13% increase)
DEMONSTRATIVE_OPENER = re.compile(r"\s*(?:(?:This|That|It|The (?:figure|number|amount|total|result))"
                                  r"(?: (?:represents|represented|marks|marked|reflects|reflected|is|was|amounts to|"
                                  # (That works out to 17% growth; That equates to a 12% rise)
                                  r"works out to|worked out to|equates to|translates to|translates into|comes to|implies)\b|[’']s\b)|"
                                  # (That estimate already surpassed Wall Street's $58.84 billion expectation)
                                  r"(?:This|That) (?:estimate|figure|number|amount|total|forecast|guidance|outlook|plan|"
                                  r"budget|spending|investment)\b)")
#: right before a rate something moved from (从原本的, 由, from)
FROM_RATE_BEFORE = re.compile(r"(?:从|由)(?:原本|原先|原来|此前|先前|之前)?的?[约近 ]{0,2}$|\bfrom (?:about |approximately |around |nearly |roughly )?$",
                              re.I)
#: after a rate: more than a year before (9 percent higher than it was a year ago)
HIGHER_THAN_YEAR_AGO = re.compile(r" (?:higher|more|greater|above) than (?:it was |they were )?(?:a year (?:ago|earlier|before)|"
                                  r"(?:in )?the (?:same (?:quarter|period) (?:of )?last year|year-ago (?:quarter|period)|"
                                  r"prior year|previous year)|last year)\b", re.I)
#: the words between an amount and the market it sizes (the $85 billion-plus AI accelerator market)
MARKET_AFTER_GAP = re.compile(r"(?:-plus| or more| plus)? ?的?(?:(?:global|worldwide|annual|total|全球|中国|国内) ?)?", re.I)
#: a growth noun after a rate in Chinese (将继续保持30%以上增长, 实现20%左右的增长): the rate is the growth; not a
#: growth to a level or a rate of growth (增长至, 增长率)
#: (13% 的温和增长, 30%的强劲增长: a word of how it grew between)
GROWTH_AFTER_ZH = re.compile(r"(?:以上|左右|上下|多)?\s?的?(?:温和|强劲|稳健|稳定|快速|高速|大幅|显著|小幅|迅速|迅猛|持续)?的?"
                             r"(?:同比|年)?(?:增长|增速|增幅|成长)(?![至到率])")
#: a bracket opening right before a rate (Google Cloud（48%）, Azure (+39%)), which CLOSE_BRACKET closes right after it
RIVAL_BRACKET_OPEN = re.compile(r"[(（]\s?[+＋]?$")
#: between a company's name and the bracket of its rate: nothing, or its product's name (微軟Azure（39%）, Google Cloud (48%))
PRODUCT_WORD_GAP = re.compile(r"\s?(?:[A-Z][A-Za-z]{1,12}(?: [A-Z][A-Za-z]{1,12})?\s?)?")
#: the closing bracket of a conversion in brackets ($22.3 billion))
CLOSE_BRACKET = re.compile(r" ?[)）]")
#: a verb of moving to a level right before a rate (将提升至40%, is expected to rise to 40%; with AI surging to 27%,
#: cloud declining to 50%)
MOVES_TO = re.compile(r"(?:提升|上升|增加|提高|下降|降低|增长|成长|攀升|升|降)(?:至|到)[约近逾超过 ]{0,3}$|"
                      r"(?:rise|rising|increase|increasing|climb|climbing|grow|growing|fall|falling|drop|dropping|"
                      r"edge|edging|surge|surging|jump|jumping|soar|soaring|decline|declining|slip|slipping|"
                      r"shrink|shrinking)s? to(?: about| approximately| around| nearly| roughly| over| more than)? ?$", re.I)
#: a growth named between a share and a later rate (增长率, growth; a CAGR is lexicons/cues.toml [cagr]): the rate is
#: that growth, not the share
GROWTH_WORD = re.compile(r"增长率|增速|增幅|成长率|\bgrowth\b", re.I)
#: a share named again by a determiner (the share is expected to reach 27%, 该比例将提升至): the one just stated
ANAPHORIC_SHARE = re.compile(r"\b(?:the|this|that|its|their) (?:share|proportion|percentage|ratio|penetration(?: rate)?)\b|"
                             r"(?:该|此|这一|這一|这个|這個|这|這)(?:比例|占比|比重|份额|比率|渗透率|滲透率)", re.I)
#: right before a level a share reaches in another year (预期2027年可望达到21.5%, expected to reach 21.5% by 2027)
REACHES_LEVEL = re.compile(r"(?:可望|有望|将|预期|预计|预估)?(?:达到|达|来到|突破|超过|超越)[约近逾超过 ]{0,3}$|"
                           r"\b(?:reach|reaching|to hit)(?: about| approximately| around| nearly| roughly| over| more than)? ?$", re.I)
TRANSITION_TO = re.compile(r"^(?: (?:year[- ]over[- ]year|year[- ]on[- ]year|YoY))?(?: in (?:USD|U\.S\. dollars|constant currency|local currency)"
                           r"(?: and (?:in )?(?:USD|constant currency|local currency))?)?"  # (up 14% in USD and constant currency to)
                           r"[^,。;0-9]{0,20}?(?:增长|提升|上升|增加|下降|降低|降|涨|升)?(?:到|至|\bto|→|->)(?:约|近|逾|超过?)?"
                           r"(?: (?:exceed|surpass|reach|more than|over|about|approximately|nearly|roughly|around))?" + RECORD_LEVEL + " ?$",
                           re.I)
#: right after a figure, a new statement of the same subject opening (… to 20.8% and is expected to reach 27% by 2030): a
#: period after the next figure of that statement is the next figure's, not this one's
NEXT_STATEMENT_GAP = re.compile(r",? (?:and|while|but|whereas) (?:is|are|was|were|will|would|could|may|might|should|has|have|"
                                r"had|expected|projected|forecast|set)\b", re.I)
#: an intensifier between a growth verb and its rate (surged an extraordinary 220%, grew a whopping 50%)
INTENSIFIER_BEFORE = re.compile(r" (?:by )?an? [a-z][a-z-]{2,15} ?$")
FROM_WORD = re.compile(r"from|up from|down from|从|由", re.I)
FROM_BEFORE = re.compile(r"(?:从|由|from)[^,。;]{0,20}$", re.I)
TO_AFTER = re.compile(r"^[^,。;]{0,10}(?:到|至|to\b|→|->)", re.I)
#: the start of a move dated relatively before its "to" (from $88 billion last year to $120 billion; from ¥4.4 billion a year
#: earlier to): the year named between the amount and the level it moves to
TO_AFTER_RELATIVE = re.compile(r" (?:last (?:fiscal )?year|the (?:previous|prior) (?:fiscal )?year|a year (?:ago|earlier|before)"
                               r"|last quarter|the (?:previous|prior) quarter) to\b", re.I)
#: between a move's start and its own period, and what follows that period (from $88 billion last year to $120 billion)
MOVE_START_PERIOD_GAP = re.compile(r" (?:in |during |for )?")
TO_AFTER_MOVE_START = re.compile(r" to\b")
MOVE_START_PERIOD_REACH = 40
#: between an amount and the metric it is "of", named right after it ($2.5B of capex, $399M in revenue)
OF_METRIC_AFTER_GAP = re.compile(r" (?:(?:of|in) (?:the |its |their )?(?:total |annual |quarterly )?)?")
#: an English "from" right before a comparison cue (from last year's $88 billion to $120 billion: the cue inside a move's from)
FROM_BEFORE_CUE_EN = re.compile(r"\bfrom (?:the )?$", re.I)
AFTER_PERIOD_GAP = re.compile(
    r"^[^,;:。]{0,64}?(?: (?:in|for|during|by|through|over|of|as of|at the end of|ended) (?:the )?|[(（])$", re.I)
PERCENT_TAIL = 18
#: a growth cue ("a year-on-year decrease of") may start this far before its number
CUE_REACH = 40
#: "31 billion yuan (US$4.3 billion)", "NT$1,046 billion (approximately USD 33.7 billion)", "VND 17.5T (~$665M)"
CONVERSION_GAP = re.compile(r" ?[(（] ?(?:approximately |approx\.? |about |around |约合?|折合|相当于|or |~ ?|≈ ?)?|"
                            # (營收達570億美元，約合新台幣1兆7,785億元; 资本开支为390亿元,折合约54亿美元: the writer's conversion
                            # after a comma, named by its own word)
                            r" ?[,，] ?(?:约合|折合约?|折合为|相当于|换算约?为?)", re.I)
#: values of one key within this much support of the best are all kept (segments, lists)
DEDUPE_MARGIN = 0.25


#: how many names or periods a lookup walks past (see _Spans.before): far more than any real sentence names
SPAN_WALK = 64
#: how many of a sentence's values before a quantity a look back over them reads
RECENT_VALUES = 16


class _Spans:
    """Mentions (names, periods) sorted by start, with bisect lookups by position."""

    def __init__(self, items: Sequence[Any]) -> None:
        self.items = sorted(items, key=lambda x: x.start)
        self.starts = [x.start for x in self.items]

    def before(self, lo: int, hi: int, ok: Any = None) -> Any:
        """The last item with ``lo <= start`` and ``end <= hi`` (and ``ok(item)``), among the SPAN_WALK items nearest
        ``hi`` (a walk past more — a sentence with no end naming thousands of models before its first company — made
        each lookup linear in the sentence and the document quadratic)."""
        i = bisect.bisect_right(self.starts, hi) - 1
        stop = i - SPAN_WALK
        while i >= 0 and i > stop and self.items[i].start >= lo:
            x = self.items[i]
            if x.end <= hi and (ok is None or ok(x)):
                return x
            i -= 1
        return None

    def after(self, lo: int, hi: int, ok: Any = None) -> Any:
        """The first item with ``lo <= start`` and ``end <= hi`` (and ``ok(item)``), among the SPAN_WALK items nearest
        ``lo``."""
        i = bisect.bisect_left(self.starts, lo)
        stop = i + SPAN_WALK
        while i < len(self.items) and i < stop and self.items[i].start < hi:
            x = self.items[i]
            if x.end <= hi and (ok is None or ok(x)):
                return x
            i += 1
        return None

    def run_before(self, lo: int, hi: int, joined: Any, ok: Any = None) -> list[Any]:
        """The last run of items in ``lo:hi`` (and ``ok(item)``) whose neighbours are ``joined(a, b)``:
        walked back from the last, so it costs the run's length, not the span's."""
        i = bisect.bisect_right(self.starts, hi) - 1
        run: list[Any] = []
        while i >= 0 and self.items[i].start >= lo:
            x = self.items[i]
            i -= 1
            if x.end > hi or (ok is not None and not ok(x)):
                continue
            if run and not joined(x, run[-1]):
                break
            run.append(x)
        return run[::-1]

    def between(self, lo: int, hi: int) -> list[Any]:
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi)
        return [x for x in self.items[i:j] if x.end <= hi]


@dataclass
class Decision:
    """What became of one quantity of the text: a fact, or the reason it was skipped."""

    start: int
    end: int
    quote: str
    value: float
    unit: str | None
    facts: list[Fact] = field(default_factory=list)
    reason: str | None = None


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
    #: the base of a comparison (较第2季1兆7934.68亿元): kept as a fact, but no growth after it is its
    base: bool = False


@dataclass
class _Candidate:
    fact: Fact
    score: float
    order: int
    decision: Decision
    sentence: int = -1
    total: bool = False
    #: a value of another statement of the figure (the previous expectation of …, 市场预估的…): kept
    #: beside the company's own
    other: bool = False
    #: one of several figures a sentence states side by side, each its own subject's: a 分别/respectively
    #: list's (游戏与专业可视化业务营收分别为28.8亿美元和4.54亿美元), a figure for each of a list of companies,
    #: or amounts each named by what it is spent on (cur_purpose): kept beside a sibling of the same keys
    member: bool = False
    #: a price at one end of a move its clause states (降至目前的七八千人民币): kept beside the other end (moved_price)
    moved: bool = False
    #: stated on a heading line of the body (前三季营收同比增长超23倍): a bound there that the exact value
    #: of the same key meets restates it
    heading: bool = False
    #: the base of a comparison whose period could not be told apart from the compared figure's (jumped to US$17.2
    #: billion, up from US$12.01 billion; 远超去年同期的87亿元 with no period named): another period's figure (or an earlier
    #: statement of the same one), kept beside the figure it is the base of
    base: bool = False


@dataclass
class _Doc:
    norm: Normalized
    text: str
    published: date | None
    kind: str
    periods: _Spans
    entities: _Spans
    companies: _Spans
    operators: _Spans
    models: _Spans
    regions: _Spans
    items: _Spans
    markets: _Spans
    #: places with no code of the contract (EMEA, 欧洲)
    uncoded: _Spans
    #: names of a group of listed companies (三大运营商; aliases.toml [groups]), named by the group
    groups: _Spans
    kw: KeywordIndex
    sentences: list[tuple[int, int]]
    clause_seps: list[int]
    paragraphs: list[int]
    zh: bool
    doc_entity: str | None
    doc_buyer: str | None
    doc_region: str | None
    doc_period: str | None = None
    #: the document's period is only the year its title names, its opening reporting full-year results
    doc_period_from_year: bool = False
    #: the year the head names (2025, 今年 resolved by the publication date), if any
    doc_year: str | None = None
    #: the company the document's head (title, dateline) names: the subject of a company report
    head_entity: str | None = None
    #: the title opens with a company the alias table does not list (華碩第3季…): the document is its
    head_unlisted: bool = False
    plan: bool = False
    #: a plan's horizon: the last year of the span its title names (行动方案(2024-2027年): 2027)
    plan_year: str | None = None
    #: the country the document names most, its companies' countries counted (TW for a Taipei
    #: paper on Quanta): whose 元 a bare 元 is
    home: str | None = None
    #: whose 元 a bare 元 is: the home, else the country with a 元 (YUAN_OF) the page's cues count most
    yuan_home: str | None = None
    #: the company whose fiscal calendar the page runs on (its subject, else the first of lexicons/calendars.toml its
    #: head names)
    calendar_name: str | None = None
    #: the dollar a bare $ is in: the currency of the exchange the head lists the page's company on (Nextdc Ltd
    #: (ASX: NXT): A$), None for a US listing or none
    dollar: str | None = None
    #: heading lines (starts) and the company each names when it is nothing but that name
    section_starts: list[int] = dataclasses.field(default_factory=list)
    section_names: list[str | None] = dataclasses.field(default_factory=list)
    #: the item a tender's headline names (中国移动9亿元人工智能服务器集采): what its lots procure
    doc_item: str | None = None


@functools.lru_cache(maxsize=256)
def _unit_kind(unit: str | None) -> str:
    """money for a currency code, none for no unit, else the unit (a few values: remembered)."""
    if unit is None:
        return "none"
    if re.fullmatch(r"[A-Z]{3}", unit):
        return "money"
    return unit


def _sentences(text: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    for m in scan(SENT_END, text):  # (tried only at its end characters: connectors/literals.py)
        end = m.end()
        if text[start:end].strip():
            out.append((start, end))
        start = end
    if start < len(text) and text[start:].strip():
        out.append((start, len(text)))
    return out


def _clause_seps(text: str) -> list[int]:
    """Positions of clause separators: ``,`` ``:`` (``55,054`` and ``95,2`` are numbers)."""
    out = []
    for m in re.finditer(r"[,:;]", text):  # (an English ; after a word joins clauses of one sentence)
        i = m.start()
        if text[i] == "," and i > 0 and text[i - 1].isdigit() and text[i + 1 : i + 2].isdigit():
            continue
        out.append(i)
    return out


class _Extractor:
    def __init__(self, doc: _Doc) -> None:
        self.d = doc
        self.out: list[_Candidate] = []
        #: base_period's answer per period mention (a pure function of the text, asked again by every lookup that walks
        #: past the mention: hundreds of times a figure in a sentence naming one period after another)
        self.base_periods: dict[tuple[int, int], bool] = {}
        #: how many companies the title names (one_company_title, counted once)
        self.title_companies: int | None = None
        #: region_scope's answer per region mention (a pure function of the text, asked by every lookup walking past it)
        self.region_scopes: dict[tuple[int, int], bool] = {}
        #: whether the title names shipments (shipments_page), read on first use
        self.shipments_title: bool | None = None
        self.servers_title: bool | None = None
        #: the last rate read as the base of the rate before it in the period it names (较25Q1的10.94%): the
        #: next of a list after it (和25Q2的24.18%) is one too
        self.rate_base_last: Decision | None = None
        #: where the last amount read as a comparison base ends, and its cue (up from $3.85 billion …): the next
        #: amount of a list after it (… in Q3 FY2024 and $2.18 billion in the same quarter last year) is one too
        self.base_last: tuple[int, Hit] | None = None
        self.decisions: list[Decision] = []
        self.last_share: tuple[tuple[int, int], str, str | None, str | None, str | None] | None = None
        #: growth_verb's last question and answer (lo, pos, found)
        self.growth_verb_asked: tuple[int, int, bool] = (-1, -1, False)
        #: (sentence, of) of the last growth rate: "增长56%至411亿美元" -> 411亿美元 is that metric
        self.last_growth: tuple[tuple[int, int], str] | None = None
        self.cur_sentence = -1
        self.cur_mentions: list[Mention] = []
        self.cur_starts: list[int] = []
        #: the sentence being read counts a capacity in FLOPS (speaks_of_compute), and where its first count of units ends
        #: (chip_spec)
        self.cur_has_flops = False
        self.cur_first_units_end = 0
        #: unit kind -> (metric, position) of the last value emitted (a metric carried to the next sentence)
        self.last_value: dict[str, tuple[str, int, float]] = {}
        #: the metrics of the levels (no rates) stated so far in the document
        self.metrics_seen: set[str] = set()
        #: the fiscal years of the fiscal quarters the page names as such (fiscal third quarter of 2025 → 2025): its
        #: bare quarters of those years are the company's own (Q3 2025 Financial Highlights, Q4 2025 Guidance)
        self.fiscal_years_named = {p.period[2:6] for p in doc.periods.items if p.period and FISCAL_QUARTER.fullmatch(p.period)}
        #: the quarters the page calls fiscal without a year (Microsoft shows positive fiscal first-quarter results): its
        #: bare quarter of that number (Q1 24) is the company's own fiscal quarter
        self.fiscal_quarters_named = {str(_EN_ORDINAL_Q[q.group(1).lower()]) for q in FISCAL_QUARTER_WORDS.finditer(doc.text)}
        self.sent_starts = [a for a, _ in doc.sentences]
        #: the last period_for fell back to the document's own period (a release's quarter)
        self.period_from_doc = False
        self.use_doc_period = True
        #: the statement's period when a value is both a comparison's base and its threshold
        #: (2026年市占率将超越目前约四成: 40 % now, more than 40 % in 2026)
        self.exceeded_in: str | None = None
        #: the last period_for answer was the period of a comparison base (较第2季, 去年同期)
        self.period_of_base = False
        #: the value being emitted follows a total word (合计, in total): it sums the parts beside it
        self.cur_total = False
        #: the rate being decided is of a business line outside compute (lexicons/cues.toml [non_compute])
        self.cur_outside = False
        #: a sentence's topic sentence before it, once a sentence (topic_sentence_metric)
        self.topic_of: dict[int, tuple[str, frozenset[str]] | None] = {}
        #: … as a share of its own revenue named right after the line (联网通信业务收入占服务收入的76%)
        self.cur_outside_share = False
        #: the count being decided is of a product outside compute (count_metric; its reason)
        self.count_outside = False
        #: the start of the sentence where a tracker's page named a company's revenue (COMPANY_REVENUE_BEFORE)
        self.company_revenue_sentence = -1
        #: the quantity being decided is a count of units bought in a paragraph counting chips (BOUGHT_UNITS), and the
        #: model the last such count was of (H100): the units are of that model
        self.cur_bought_units = False
        self.fleet_item: str | None = None
        #: the last sentence asked whether it speaks of growth (place_bracket_growth), and its answer
        self.growth_sentence: tuple[tuple[int, int], bool] = ((-1, -1), False)
        #: the value being emitted is named by what it is spent on, right after it (money_after_patterns:
        #: 4.114亿元之预算取得相关机器设备): each such value of a sentence is a figure of its own
        self.cur_purpose = False
        #: the value being emitted is a comparison base keyed like the figure it is the base of (_Candidate.base)
        self.cur_base = False
        #: what 分别/respectively assigns to the sentence's quantities (mention index ->): the metric of
        #: a rate listed after metrics, the region of a figure listed after places (None: a place with
        #: no code), the companies of one list of values listed after companies
        self.respectively_of: dict[int, str] = {}
        self.respectively_region: dict[int, str | None] = {}
        #: the i-th product of a list of products before a run of as many values (GB200/GB300/Rubin的出貨占比大約是四○％、
        #: 五五％和低於五％): its item, None for a product off the alias table
        self.respectively_item: dict[int, str | None] = {}
        #: the head of the price list each line asked about is a row of (price_list_head), None for no row
        self.price_list_heads: dict[int, tuple[int, int] | None] = {}
        self.respectively_list: dict[int, list[str]] = {}
        #: the mentions a respectively list gives to a name off the alias table (no entity)
        self.respectively_unknown: set[int] = set()
        #: the facts of an amount that was the writer's conversion of the one in brackets after it (its start, the facts with
        #: their scores, where their quote starts): emitted again with the bracketed amount (source_in_brackets)
        self.converted_facts: tuple[int, list[tuple[Fact, float]], int] | None = None
        #: the section headings of the document (outlook_heading_year): their starts, and the year of each outlook heading
        self.headings: tuple[list[int], list[str | None]] | None = None
        #: the runs of listed values of the sentence being read (parallel_runs), with the mentions they index
        self.sentence_runs: tuple[list[Mention], list[list[int]]] | None = None
        #: the year 分别/respectively gives each quantity of a list after a span or a list of years
        self.respectively_period: dict[int, str] = {}
        #: every quantity of a list 分别/respectively gives to as many subjects (each its own figure)
        self.respectively_members: set[int] = set()
        #: a respectively cue's run by each of its members (mention index -> the run's indexes, in order)
        self.respectively_chains: dict[int, list[int]] = {}
        self.compute_paragraphs: dict[int, bool] = {}  # paragraph index -> it speaks of compute
        #: the page's title or lead names a supercomputer (SUPERCOMPUTER_TITLE within LEAD_REACH of the title's end) and
        #: no AI computing centre (数字龙江智算中心一期揭牌: its 60P的一期超算系统 is the centre's AI compute)
        head_end = min(len(doc.text), title_end(doc.text) + LEAD_REACH)
        self.supercomputer_page = SUPERCOMPUTER_TITLE.search(doc.text, 0, head_end) is not None and \
            not doc.kw.any("ai_centre", 0, head_end)
        self.sentence_openers: dict[int, str | None] = {}  # sentence index -> sentence_opener()
        #: original line start -> (cells, header cells, header span) of a text table's row, () for none
        self.table_rows: dict[int, Any] = {}
        self.orig_line_starts: list[int] | None = None
        #: sentence span -> the first company named in it, None for none (see company_before)
        self.first_company: dict[tuple[int, int], Any] = {}
        #: (end, currency) of each declaration of the currency of the figures after it (美元.下同)
        declarations = [(x.start(), x.end(), code) for x in CURRENCY_DECLARED.finditer(doc.text)
                        if (code := currency_of(x.group(1))) is not None]
        self.declared = [(end, code) for _, end, code in declarations]
        #: where each declaration opens (declared_at: the figure it is attached to)
        self.declared_starts = [start for start, _, _ in declarations]
        #: a bullet sentence's start -> the line introducing its list (list_intro)
        self.intro_of: dict[int, tuple[int, int] | None] = {}
        #: the index of the mention being decided in ``cur_mentions``, and the metric named after each
        #: list of amounts of the sentence (mention index -> metric or None), walked once
        self.cur_index = -1
        self.list_metric: dict[int, str | None] = {}
        #: the metric each heading names (section_metric), by heading index, as asked for
        self.section_metrics: dict[int, str | None] = {}
        #: (sentence, index, decision) of the last rate restating an earlier list as an earlier
        #: forecast, and that earlier list
        self.restating: tuple[tuple[int, int], int, Decision] | None = None
        self.restated_list: list[Decision] = []
        self.after_from = 0  # where the words after the quantity being decided start
        self.period_after = False  # period_for took the period stated right after the quantity
        self.demand_buyer: str | None = None  # the buyer whose demand the count being decided is
        #: the year of the shipments header a row's count is under ('' for none), and each row line's header, looked up once
        self.header_year: str | None = None
        self.row_headers: dict[int, tuple[str, bool] | None] = {}
        self.header_forecast = False
        #: the item a company's bracketed amount is of (the product of the market the sentence names), for the amount decided
        self.cur_bracket_item: str | None = None
        #: the company whose bracket holds that amount (None for one off the alias table; "" where no bracket named it)
        self.cur_bracket_party: str | None = ""
        self.cur_bracket_period: str | None = None
        #: the page's overall words (整体, overall) and separators, found once when first asked for
        self.overall_spans: list[tuple[int, int]] | None = None
        self.separator_starts: list[int] | None = None
        #: where the market an amount sizes is named right after it (its region is named there too)
        self.market_after: tuple[int, int] | None = None

    @property
    def resp_of(self) -> str | None:
        """The metric 分别 gives the quantity being decided, if any (OUT_OF_LIST: a word outside the vocabulary)."""
        return self.respectively_of.get(self.cur_index)

    @property
    def resp_region(self) -> str | None:
        """The region 分别 gives the quantity being decided ("" where it gives none)."""
        return self.respectively_region.get(self.cur_index, "")

    @property
    def resp_list(self) -> list[str] | None:
        """The companies 分别 gives the values of the quantity being decided, if any."""
        return self.respectively_list.get(self.cur_index)

    # -- positions ---------------------------------------------------------------------------
    def clause_start(self, lo: int, pos: int) -> int:
        i = bisect.bisect_left(self.d.clause_seps, pos) - 1
        return max(lo, self.d.clause_seps[i] + 1) if i >= 0 else lo

    def clause_end(self, pos: int, hi: int) -> int:
        i = bisect.bisect_left(self.d.clause_seps, pos)
        return min(hi, self.d.clause_seps[i]) if i < len(self.d.clause_seps) else hi

    def para_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.d.paragraphs, pos) - 1
        return self.d.paragraphs[i] if i >= 0 else 0

    def para_before_start(self, pos: int) -> int:
        """The start of the paragraph before the one holding ``pos`` (0 in the first paragraph)."""
        para = self.para_start(pos)
        return self.para_start(para - 1) if para > 0 else 0

    def speaks_of_compute(self, pos: int) -> bool:
        """The line of ``pos`` speaks of compute (lexicons/cues.toml [compute_topic]), and so does its
        sentence or the one before or after it (计划投入30亿元。其中,10亿元用于信息中心四期建设), or its
        sentence names a company of the alias table before it or a capacity in FLOPS; each line is asked once."""
        d = self.d
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if d.entities.before(d.sentences[i][0] if i >= 0 else 0, pos, lambda x: x.type != "model") is not None:
            # (Amazon announced a $5 billion commitment to South Korean facilities: a company of the
            # alias table, all of which build or buy compute, invests in it)
            return True
        if self.cur_has_flops:
            return True  # 更让人期待的400P三期项目,预计投资20亿元: a capacity in FLOPS beside it is compute
        k = bisect.bisect_right(d.paragraphs, pos) - 1
        if k not in self.compute_paragraphs:
            lo = d.paragraphs[k] if k >= 0 else 0
            hi = d.paragraphs[k + 1] if k + 1 < len(d.paragraphs) else len(d.text)
            self.compute_paragraphs[k] = d.kw.any("compute_topic", lo, hi)
        if not self.compute_paragraphs[k]:
            return False
        if i < 0:
            return True
        lo, hi = d.sentences[max(0, i - 1)][0], d.sentences[min(len(d.sentences) - 1, i + 1)][1]
        return d.kw.any("compute_topic", lo, hi)

    def cue_before(self, group: str, pos: int, width: int, label: str | None = None) -> bool:
        """A cue of ``group`` ending within ``width`` characters before ``pos``."""
        h = self.d.kw.last(group, max(0, pos - width), pos)
        return h is not None and (label is None or h.label == label)

    def moved_share_metric(self, noun_lo: int, sent_lo: int) -> str:
        """The metric of a share whose move is read from its noun at ``noun_lo``: a market share where the noun is one
        and no kind of product comes before it in its clause (ODM Direct's market share, from 64.1 percent; 市场份额环比下降
        1.8个百分点至43.5%: a class of vendors'); else a share (国产GPU市场份额提升至12%: a kind of product's part of its
        market, LABELLING.md I4–I6)."""
        d = self.d
        clause_lo = self.clause_start(sent_lo, noun_lo)
        ms = d.kw.last("market_share", max(sent_lo, noun_lo - 8), noun_lo + 6)
        # (a bare 份额 is a market share only after 市场)
        named = ms is not None and ms.start <= noun_lo < ms.end and (
            ms.word != "份额" or d.text[max(0, ms.start - 2) : ms.start] == "市场")
        return "market_share" if named and d.items.before(clause_lo, noun_lo) is None else "share"

    def cue_in(self, group: str, lo: int, hi: int) -> bool:
        return self.d.kw.any(group, lo, hi)

    def revised_from(self, start: int, end: int) -> bool:
        """The amount at ``start:end`` is what a forecast revised in its sentence moved from (raised 2025 capex
        guidance to $92 billion from $85 billion; raised its annual forecast to $36 billion, up from $33 billion): the
        earlier statement of the same figure (LABELLING.md B3). Not when a period of its own follows it (raised its
        forecast for the market from $10 billion in 2024 to …: a level of that year; nor before "a year earlier": a
        result's base)."""
        text = self.d.text
        sent_lo = self.sentence_start(start)
        if REVISED_FROM_BEFORE.search(text, max(sent_lo, start - 48), start) is None:
            return False
        if FORECAST_REVISED.search(text, max(sent_lo, start - REVISION_REACH), start) is None:
            return False
        return not self.dated_after(end, 12)

    def dated_after(self, end: int, reach: int) -> bool:
        """A time of its own right after the amount ending at ``end``: a period within ``reach`` characters, or an earlier
        year's or quarter's (a year earlier, the prior quarter): the amount is a level or a base of then."""
        text = self.d.text
        return self.d.periods.after(end, min(len(text), end + reach)) is not None or \
            YEAR_EARLIER_AFTER.match(text, end) is not None or QUARTER_EARLIER_AFTER.match(text, end) is not None

    def versus_expected(self, dec: Decision) -> bool:
        """The amount at ``dec`` is what a result is set against with "vs." (營收:681.3億美元 v.s. 662.1億美元, $68.13
        billion vs. $66.21 billion expected): the expectation, unless a period or an earlier time follows it (vs. $5.3
        billion a year earlier, vs. $4.1 billion in Q3 2024: a base) or a company (vs. $12.7B for OpenAI: another's)."""
        text = self.d.text
        if VERSUS_BEFORE.search(text, max(0, dec.start - 12), dec.start) is None:
            return False
        return not self.dated_after(dec.end, 24) and SAME_PERIOD_AFTER.match(text, dec.end) is None and \
            self.d.entities.after(dec.end, min(len(text), dec.end + 16)) is None  # (vs. $12.7B for OpenAI: another's)

    def plan_revised_from(self, start: int, end: int) -> bool:
        """The amount at ``start:end`` is where a plan, budget or forecast named before it in its sentence was revised
        from (将资本支出预算额度，从7100万美元……，提高至1.436亿美元; 预计……资本支出金额从3150至3200亿美元，调整为3510至3570亿美元):
        the earlier statement of the same figure, beside the revised one (LABELLING.md B3)."""
        text = self.d.text
        sent_lo = self.sentence_start(start)
        if PLAN_FROM_BEFORE.search(text, max(sent_lo, start - 8), start) is None:
            return False
        if PLAN_REVISED_TO_AFTER.match(text, end, min(len(text), end + 48)) is None:
            return False
        return PLAN_WORD.search(text, max(sent_lo, start - REVISION_REACH), start) is not None

    def other_statement_in(self, lo: int, hi: int) -> bool:
        """Words of another statement of a figure in ``lo:hi`` (the Street's expectation of, 原估,
        高於 StreetAccount 預期的: lexicons/cues.toml [other_statement] and its patterns)."""
        return self.cue_in("other_statement", lo, hi) or self.cue_in("other_statement_patterns", lo, hi)

    # -- key resolution ----------------------------------------------------------------------
    def next_statement_before(self, end: int, at: int) -> bool:
        """Right after the figure ending at ``end`` a new statement opens, with a figure of its own before ``at`` (…
        doubled to 20.8% and is expected to reach 27% by 2030): a period at ``at`` is that figure's, not this one's."""
        if NEXT_STATEMENT_GAP.match(self.d.text, end) is None:
            return False
        i = bisect.bisect_left(self.cur_mentions, end, key=lambda x: x.start)  # (a bisection: linear in an endless sentence)
        return i < len(self.cur_mentions) and self.cur_mentions[i].start < at

    def period_for(self, pos: int, end: int, sent: tuple[int, int], clause_lo: int, clause_hi: int,
                   prefer_span: bool = False) -> str | None:
        d = self.d
        ps = d.periods
        self.period_from_doc = False
        self.period_after = False
        self.exceeded_in = None
        self.period_of_base = False

        def real(p: PeriodMention) -> bool:
            # (an event's day, "said on March 20", dates only the clause it is in)
            return p.kind != "future" and p.kind not in DATE_ONLY_KINDS and not self.base_period(p)

        if (quarterly := QUARTERLY_FIGURE.search(d.text, max(sent[0], pos - 24), pos)) is not None:
            # 創紀錄的季度數據中心收入為184億美元, 单季度资本开支314亿美元: a quarter's figure, of the quarter its sentence
            # names, else of the quarter the release reports on (not a year named beside it)
            q = ps.before(sent[0], quarterly.start(), lambda x: bool(x.period) and QUARTER_LABEL.fullmatch(str(x.period)) is not None
                          and not self.base_period(x))
            if q is not None:
                return str(q.period)
            if d.doc_period is not None and QUARTER_LABEL.fullmatch(d.doc_period):  # (a year beside it dates no quarter)
                self.period_from_doc = True
                return d.doc_period
        if OWN_DURATION_AFTER.match(d.text, end):
            # capex totalled CNY326.1 billion over the past ten fiscal years, peaking at CNY65.9 billion in the year
            # ending March 2022: a total over a stretch of years counted back, no period of the contract
            return None
        if prefer_span:
            def span(p: PeriodMention) -> bool:
                return p.kind == "span"

            sp = ps.before(sent[0], pos, span)
            if sp is None and ps.before(sent[0], pos, lambda q: q.kind in ("year", "half", "quarter", "month")) is None:
                # no period of its own in the sentence: the procurement's span, in the paragraph
                # or wherever the report states it
                sp = ps.before(self.para_start(pos), pos, span)
                if sp is None and d.kind == "tender":
                    sp = ps.after(0, len(d.text), span)
                if sp is None and d.kind == "tender":
                    # 中国联通2022年人工智能服务器集中采购: the year the procurement is named by
                    sp = ps.after(0, len(d.text), lambda q: q.kind == "year" and bool(q.period) and
                                  self.cue_in("tender", q.end, min(len(d.text), q.end + 24)))
            if sp is not None:
                return str(sp.period)
        base = ps.before(clause_lo, pos)
        if base is not None and (ago := self.year_ago(base, end, sent)) is not None and \
                BASE_GAP.fullmatch(d.text, base.end + 2, pos):
            self.period_of_base = True
            return ago  # 去年同期 / 2024年同期(资本支出)
        if base is not None and base.period and (re.fullmatch(r"[的约近逾超过 ]{0,4}", d.text[base.end : pos]) or (
                self.base_period(base) and BASE_GAP.fullmatch(d.text, base.end, pos))):
            # 超越目前约四成水准: the base of a comparison, in its own period; when a later period is
            # the statement's (2026年市占率将超越目前约四成), the figure is that period's threshold too
            stated = ps.before(sent[0], base.start, lambda q: not self.base_period(q) and real(q))
            if stated is not None and stated.period and stated.period != base.period and \
                    self.cue_in("exceed", max(sent[0], base.start - 8), base.start) and \
                    not (0 < self.cur_index < len(self.cur_mentions) and self.cur_mentions[self.cur_index - 1].end > stated.end):
                # (not 2024年……份额为80%,高于2023年的65%: the later period's figure is stated before its base)
                self.exceeded_in = stated.period
                return base.period
            if self.base_period(base):
                self.period_of_base = True
                return base.period
        when = ps.before(max(sent[0], clause_lo - 48), clause_lo, lambda q: bool(q.period) and
                         (w := WHEN_AFTER.match(d.text, q.end)) is not None and w.end() <= pos)
        if when is not None and ps.before(when.end, pos) is None:
            return when.period  # (That's 62% more than 2024, when it spent $52.5 billion: the year the clause is of)
        moved = ps.after(end, min(clause_hi, end + MOVE_START_PERIOD_REACH))
        if moved is not None and moved.period and MOVE_START_PERIOD_GAP.fullmatch(d.text, end, moved.start) and \
                TO_AFTER_MOVE_START.match(d.text, moved.end) and FROM_BEFORE.search(d.text, max(sent[0], pos - 24), pos) and \
                self.base_period(moved):
            # capex will rise from $88 billion last year to $120 billion: the period right after a move's start is that
            # start's (the base of the move, not the statement's period), not the level's it moves to
            return moved.period
        tight = ps.after(end, clause_hi, real)
        if tight is not None and tight.period and (TIGHT_PERIOD_GAP.fullmatch(d.text, end, tight.start) or (
                # (国产芯片份额从15%(2023)→30%(2024): the year in brackets right after the figure)
                d.text[end : tight.start] in ("(", "（") and d.text[tight.end : tight.end + 1] in (")", "）")) or (
                d.text[end : tight.start] == " " and OWN_PERIOD_WORD.match(d.text, tight.start)) or (
                # ($200 billion 2026 capex guidance, a $40B FY26 revenue outlook: the year between the amount and the metric it
                # opens)
                d.text[end : tight.start] == " " and (tight.kind == "year" or FISCAL_YEAR_LABEL.fullmatch(str(tight.period))) and
                YEAR_OPENS_METRIC.match(d.text, tight.end) is not None) or (
                tight.kind == "relative" and tight.start - end <= 1 and d.text[end : tight.start] not in LIST_MARKS)) and \
                not self.opens_amount(end, tight):
            # (76 billion yuan last year; not 今年达到1000亿元、明年达到1200亿元: the next item's year; not 资本开支584亿元
            # (全年规划1,512亿元): the period opening a bracket with an amount of its own is that amount's)
            self.period_after = True
            # $4.60B in Q3 and $5.35B in Q4 FY2024: each amount's own period right after it (a "for 2026"
            # after a fiscal quarter restates its year)
            return self.restated_year(tight, sent)
        # (not the page's dateline glued to its first sentence: ` date 2023-08-01 The firm expects over 20 percent of the
        # global server deployments in 2027 …` dates the page, not the figure, and leaves the year after it to it)
        p = ps.before(clause_lo, pos, lambda q: not self.base_period(q) and q.kind != "dateline" and not self.owns_other(q, pos))
        if p is not None and real(p) and (own := ps.after(end, clause_hi, real)) is not None and own.period and \
                OWN_PERIOD_GAP_EN.fullmatch(d.text, end, own.start) and \
                (i := bisect.bisect_left(self.cur_starts, p.start) - 1) >= 0 and \
                OWN_PERIOD_GAP_EN.fullmatch(d.text, self.cur_mentions[i].end, p.start):
            # from 64.1 percent in the first quarter of 2025 down to 50.2 percent in the first quarter of 2026: the period
            # right after the figure before is that figure's, the one right after this figure this one's
            self.period_after = True
            return self.restated_year(own, sent)
        if p is not None and real(p) and self.possessive(p) and (
                self.cue_in("comparison", max(sent[0], p.start - 24), p.start) or
                self.cue_in("exceed", max(sent[0], p.start - 24), p.start)):
            # far exceeding last year's $3.8 billion: the base a figure is compared with, in its own period (what follows in
            # the sentence, an expectation or a growth, is the figure's, not the base's)
            self.period_of_base = True
            figure = self.amount_since(max(sent[0], p.start - PART_WHOLE_REACH), p.start)
            if p.kind == "relative" and d.published is not None and p.period == str(d.published.year - 1) and \
                    figure is not None and (stated := figure.period) and \
                    re.fullmatch(r"(?:FY)?\d{4}(?:Q[1-4]|H[12])", stated):
                # (a quarter's revenues of $14.51 billion, far exceeding last year's $3.8 billion: the same quarter a
                # year before, as 去年同期)
                return _shift_year(stated, -1)
        if p is not None:
            if not real(p):
                return None
            if p.period is None and (asof := ps.after(end, min(sent[1], end + AS_OF_REACH), real)) is not None and \
                    asof.period and AS_OF_THE_BEFORE.search(d.text, max(end, asof.start - 24), asof.start) is not None:
                # nearly doubling over the past 12 months to 5.8 gigawatts (GW), as of the second quarter of 2025: the level
                # a span with no period led to, at the time named after it
                return asof.period
            return self.restated_year(p, sent)
        # after the number: a year, or for a purchase its date (a tender for 8,000 AI servers on April 18)
        nxt = ps.after(end, clause_hi, (lambda q: real(q) or q.kind == "day") if prefer_span else real)
        if nxt is not None and (self.cue_in("comparison", end, nxt.start) or self.opens_amount(end, nxt) or self.opens_aside(nxt)):
            # $5.76B vs $4.60B in Q3: the period after a comparison is the base's; 同比增长26%至71亿元(3Q24:+11% yoy): the
            # period opening a bracket with a figure of its own is that figure's
            nxt = None
        if nxt is not None and self.next_statement_before(end, nxt.start):
            nxt = None  # (grew 20% and is expected to grow 27% in 2030: 2030 dates the 27%)
        if nxt is not None:
            gap = d.text[end : nxt.start]
            head = d.text[nxt.start : nxt.end]
            if AFTER_PERIOD_GAP.match(gap) or (len(gap) <= 64 and not re.search(r"[,;:。]", gap)
                                                and re.match(r"(?:in|for|during|by|through|of|on|at|year-end|between) ", head)) or (
                    nxt.kind == "relative" and len(gap) <= 48 and not re.search(r"[,;:。]", gap)):
                # … in computing power this year; peaking at CNY65.9 billion in the year ending March 2022 (its own
                # period, not the one of the figure its metric comes from); 97 GW between 2025 and 2030 (a span's)
                self.period_after = TIGHT_PERIOD_GAP.fullmatch(gap) is not None or BASE_PERIOD_GAP.fullmatch(gap) is not None
                return self.narrowed(nxt)
        p = ps.before(sent[0], pos, lambda q: q.kind not in DATE_ONLY_KINDS and not self.base_period(q) and
                      not self.owns_other(q, pos))
        if p is not None and p.end < clause_lo and (turn := NEW_SUBJECT_CLAUSE.search(d.text, max(p.end, clause_lo - 12), pos)) \
                is not None and (subject := d.entities.after(turn.end(), min(pos, turn.end() + 24),
                                                              lambda x: x.start == turn.end())) is not None and \
                (before := d.entities.before(sent[0], p.start)) is not None and before.name != subject.name:
            # Microsoft reported $37.5 billion in capex for Q2 FY2026, while Meta committed $14 billion to CoreWeave: a clause
            # with another company as its subject is not dated by the period of the first company's clause, nor by what
            # dates that one (but In Q2, Baidu's online revenue …, while Baidu's cloud revenue …: one period for both)
            return None
        if prefer_span and (dp := ps.before(sent[0], pos, lambda q: q.kind == "day" and bool(q.period))) is not None \
                and (p is None or p.end <= dp.start):
            return dp.period  # China Telecom on March 12, 2025 launched a tender for …: its issue month (P11)
        if p is not None:
            return self.restated_year(p, sent) if real(p) else None
        nxt = ps.after(end, sent[1], lambda q: real(q) and q.kind != "span" and bool(q.period)
                       and not self.possessive(q))  # (… far exceeding last year's $3.8 billion)
        if nxt is not None and not any(end <= x.start < nxt.start for x in self.cur_mentions) and \
                not self.opens_amount(end, nxt) and not self.opens_aside(nxt) and \
                not self.cue_in("comparison", max(end, nxt.start - 8), nxt.start):
            # (not 份额为80%,高于2023年的65%: the year a comparison word governs is the base's)
            # 云端产品线营收为28.7亿元,成为上半年绝对的营收主力: the sentence dates it after the number
            return nxt.period
        if (intro := self.list_intro(sent[0])) is not None and (p := ps.before(
                intro[0], intro[1], lambda q: real(q) and q.period is not None and not self.base_period(q))) is not None:
            return p.period  # the following guidance for Q4 2026: - Revenue of $65 billion (a bullet of its list)
        if (heading_year := self.outlook_heading_year(pos)) is not None and ps.before(
                self.para_start(pos), pos, lambda q: real(q) and q.period is not None) is None:
            # 五、2025年展望 ¶ 1. 行业机遇: 全球AI芯片市场预计突破1500亿美元: a figure under a heading of a year's outlook, with no
            # period of its own in its paragraph, is of that year (not the report's)
            return heading_year
        release = d.doc_period is not None and self.use_doc_period and d.head_entity is not None

        def dated(q: PeriodMention) -> bool:
            # (an earlier sentence's "currently" in a page that states no date dates nothing here; last year's $3.8
            # billion: a possessive period dates the amount after it, not the paragraph)
            # (nor a starting point of the paragraph: an increase of 2.8GW since end of H2 2023)
            return real(q) and q.period is not None and not self.possessive(q) and \
                not compared_before(d.text, q.start, q.end, starting_points=True)

        if PERIOD_POINTED_BACK.search(d.text, max(sent[0], pos - 40), pos) is not None and (back := ps.before(
                max(0, sent[0] - PERIOD_BACK_REACH), sent[0], lambda q: dated(q) and q.kind != "day" and
                d.text[q.end : q.end + 2] != "同期")) is not None:  # (not 超越2022财年同期: a base)
            return back.period  # 公司又指出在现财政年度上半年……。期内收入按年跌20%: the period just named
        if (fin := ps.before(max(sent[0], sent[1] - 48), sent[1], lambda q: dated(q) and q.kind in (
                "quarter", "fiscal", "half", "year"))) is not None and fin.start > pos and \
                SENTENCE_END_AFTER_PERIOD.fullmatch(d.text, fin.end, sent[1]) and \
                PERIOD_LEAD_EN.search(d.text, max(sent[0], fin.start - 10), fin.start) and \
                re.search(r"\d{4}", d.text[fin.start : fin.end]) is not None and \
                not self.cue_in("comparison", max(sent[0], fin.start - 40), fin.start) and \
                FROM_BEFORE.search(d.text[max(sent[0], fin.start - 40) : fin.start]) is None and \
                not self.next_statement_before(end, fin.start):  # (not a base: from 68% in 2024)
            # AMD has posted revenue of $5.5 billion (…), gross margin of 47 percent (…) … for the first quarter of 2024.
            # the period the sentence closes on is each of its figures'
            return fin.period

        if release and (h := d.kw.last("basis", sent[0], pos)) is not None and h.label == "forecast" and (p := ps.before(
                self.para_start(pos), pos, lambda q: real(q) and q.kind in ("quarter", "fiscal") and bool(q.period)
                and q.period != d.doc_period)) is not None:
            return p.period  # 對於第二季，……。公司並預估營收將達220億美元: a forecast for the quarter its paragraph names
        year_named = self.annual_metric(sent, pos) or (
            "for the" in d.text[end : end + 40].lower() and FOR_THE_YEAR_AFTER.match(d.text, end, sent[1]) is not None)
        annual = self.cue_in("annual", max(sent[0], pos - 16), pos) or self.cue_in("annual", end, min(sent[1], end + 30)) \
            or year_named
        para = self.para_start(pos)
        if release and not annual and para < sent[0] and (opened := ps.after(para, min(sent[0], para + 40))) is not None and \
                opened.start == para and dated(opened) and opened.kind in ("year", "fiscal") and opened.period != d.doc_period and \
                ps.after(opened.end, opened.end + 12, lambda q: q.start <= opened.end + 1) is None:  # (not 2023 年第四季)
            return opened.period  # Fiscal year 2025 total revenues were up 8% …. Cloud services … to $44.0 billion: the paragraph's year
        if release and not annual and d.doc_period is not None and QUARTER_LABEL.fullmatch(d.doc_period) and \
                (guided := GUIDANCE_WORD.search(d.text, max(sent[0], pos - GUIDANCE_REACH), pos)) is not None and \
                GUIDANCE_COMPARED.search(d.text, max(sent[0], guided.start() - 32), guided.start()) is None:
            # (FY2025Q3's release:) 公司指引为预计营收为375亿美元,上下浮动2%; The company guided revenue of $37.5 billion: the
            # guidance a quarter's release gives is for the quarter after it (not one the result is compared with: beat its
            # own guidance of $9.6 billion; nor an earlier one: prior guidance of over $11 billion)
            return next_quarter(d.doc_period)
        if release and not annual and not (d.doc_period_from_year and (h := d.kw.last("basis", sent[0], pos)) is not None
                                           and h.label == "forecast"):
            # (年度资本开支, a capital expenditure plan: not the release's quarter; nor a forecast in a page whose year
            # only its title and "full-year" name: he expected the cloud business would grow to CNY100 billion)
            self.period_from_doc = True
            return d.doc_period
        if annual and (p := ps.before(self.para_start(pos), pos, lambda q: dated(q) and (
                q.kind == "year" or (q.kind == "fiscal" and "Q" not in str(q.period))))) is not None:
            return p.period  # (raised its full-year 2025 revenue growth forecast …; its capital expenditure plan)

        # (a year's figure dated by a quarter: Annual revenue soared 102 per cent after a fourth-quarter report's
        # head is that quarter's year)
        whole = _year_of if year_named else _same
        p = ps.before(max(self.para_start(pos), pos - PARA_REACH), pos, dated)
        if p is not None:
            return whole(p.period)
        p = ps.before(self.para_start(pos), pos, dated)
        if p is not None:
            return whole(p.period)
        if d.kind == "capex":
            first = ps.after(0, pos, lambda q: q.kind in ("fiscal", "quarter", "half"))
            if first is not None:
                return whole(first.period)
        if d.doc_period is not None and d.head_entity is None and d.doc_period[:4].isdigit():
            # a quarterly tracker (2024年第四季度全球服务器市场) reports on its quarter, a first-half
            # edition (1H 2021) on its half; a second-half edition (2019下半年) on its whole year
            return d.doc_period if "Q" in d.doc_period or d.doc_period.endswith("H1") else d.doc_period[:4]
        if d.head_entity is None and d.kind in ("market_report", "capex") and d.doc_year is not None:
            return d.doc_year  # 今年AI伺服器出貨…, Hyperscaler Capex 2026 in the title: the year the report is about
        if d.plan_year is not None:
            return d.plan_year  # a plan's figure that names no year: its horizon's (行动方案(2024-2027年))
        return None

    def amount_before_share(self, sent: tuple[int, int], m: Mention) -> Fact | None:
        """The amount (not a rate) stated earlier in the sentence of a share that names no whole, when a
        participle of the share word joins them (…55 GW, with AI accounting for 14%) or the share opens a
        part of it (资本支出达355亿元，其中，将有三分之一……; allocating over half of this amount)."""
        if PART_AFTER_AMOUNT.search(self.d.text, max(sent[0], m.start - 48), m.start) is None and \
                not self.part_of_amount(sent, m):
            return None
        return self.amount_before_part(sent, m)

    def amount_before_part(self, sent: tuple[int, int], m: Mention) -> Fact | None:
        """The amount a part is of: stated earlier in its sentence, or, where the sentence opens after a semicolon
        (資本支出400~420億美元……；其中先進製程約70%), in the one before it."""
        stated = self.amount_stated_before(sent, m)
        if stated is None and self.d.text[max(0, sent[0] - 2) : sent[0]].rstrip().endswith(("；", ";")):
            stated = self.amount_for_part(sent, m)
        return stated

    def amount_for_part(self, sent: tuple[int, int], m: Mention, floor: int = 0) -> Fact | None:
        """The last amount (not a rate) made a fact earlier in ``m``'s sentence or in the sentence before it (not before
        ``floor``), else None (the whole a part directed somewhere is of)."""
        i = bisect.bisect_right(self.sent_starts, m.start) - 1
        # (at most PART_WHOLE_REACH characters back: a sentence with no end stays linear)
        lo = max(self.d.sentences[i - 1][0] if i >= 1 else sent[0], m.start - PART_WHOLE_REACH, floor)
        return self.amount_since(lo, m.start)

    def amount_stated_before(self, sent: tuple[int, int], m: Mention) -> Fact | None:
        """The last amount (not a rate) made a fact earlier in ``m``'s sentence, else None."""
        return self.amount_since(sent[0], m.start)

    def amount_since(self, lo: int, pos: int) -> Fact | None:
        """The last amount (not a rate) made a fact from ``lo`` up to ``pos``, else None (walked back from the last fact,
        stopping at ``lo``)."""
        for c in reversed(self.out):
            if c.decision.start < lo:
                return None
            if c.fact.unit != "%" and c.decision.end <= pos:
                return c.fact
        return None

    def whole_of_bracketed_part(self, m: Mention, sent: tuple[int, int]) -> Fact | None:
        """The fact of the amount a rate is a part of, where an amount in brackets right after the rate is that part of
        an amount named earlier in the sentence (60% (about $3.1 trillion) … of the $5.2 trillion: 0.6 × 5.2 ≈ 3.1,
        within BRACKET_PART_TOLERANCE): that amount's fact there, or the fact the same amount became earlier in the
        document; else None. Looks at most RECENT_VALUES quantities back, and the last FACT_LOOKBACK facts."""
        i = self.cur_index
        if not (0 <= i < len(self.cur_mentions) - 1) or self.cur_mentions[i] is not m or m.value <= 0:
            return None
        part = self.cur_mentions[i + 1]
        if _unit_kind(part.unit) != "money" or not BRACKETED_AMOUNT.fullmatch(self.d.text, m.end, part.start):
            return None
        for back in range(2, min(len(self.decisions), RECENT_VALUES + 2)):
            x = self.decisions[-back]
            if x.start < sent[0]:
                return None
            if x.unit != part.unit or x.value <= 0 or \
                    abs(m.value / 100 * x.value - part.value) > BRACKET_PART_TOLERANCE * part.value:
                continue
            if x.facts:
                return x.facts[0]
            return next((c.fact for c in itertools.islice(reversed(self.out), FACT_LOOKBACK)
                         if c.fact.unit == x.unit and c.fact.value == x.value), None)
        return None

    def decision_before(self, unit: str | None, lo: int) -> Decision | None:
        """The last quantity before the current one, in ``unit``, that starts at ``lo`` or later (a walk back
        that stops at ``lo``: linear over a document)."""
        for i in range(len(self.decisions) - 2, -1, -1):
            x = self.decisions[i]
            if x.start < lo:
                return None
            if x.unit == unit:
                return x
        return None

    def worth_of_capacity(self, sent: tuple[int, int], m: Mention) -> Fact | None:
        """The fact of a power or computing capacity stated right before ``m``, an amount in a bracket opened right after it
        (1GW（約500億美元）, 1 GW (about $50 billion)): what that capacity is worth; None otherwise."""
        prev = self.previous_decision()
        if prev is None or prev.end < sent[0] or not prev.facts or _unit_kind(prev.unit) not in ("W", "FLOPS") or \
                WORTH_BRACKET_GAP.fullmatch(self.d.text, prev.end, m.start) is None:
            return None
        return prev.facts[0]

    def part_of_amount(self, sent: tuple[int, int], m: Mention) -> bool:
        """A rate that opens a part of the amount before it: 其中 (of which) a few words before it in its
        sentence (其中超过五成、约850亿元将用于……; ；其中先进制程约70%), or "of this amount" right after it."""
        return PART_OPENER_ZH.search(self.d.text, max(sent[0], m.start - 16), m.start) is not None or \
            OF_THIS_AMOUNT.match(self.d.text, m.end) is not None

    def each_of(self, sent: tuple[int, int], m: Mention) -> list[str]:
        """The companies a figure is stated for one by one (A, B and C … 50,000 GPUs purchased each; A、B各
        采购1万卡): the list of two or more listed names before it in its sentence, else []."""
        d = self.d
        if EACH_AFTER.match(d.text, m.end) is None and EACH_BEFORE.search(d.text, max(sent[0], m.start - 40), m.start) is None:
            return []
        names: list[str] = []
        last = d.entities.before(sent[0], m.start, lambda x: x.type != "model" and self.not_vendor(x))
        while last is not None and len(names) < 8:
            if str(last.name) not in names:
                names.insert(0, str(last.name))
            prev = d.entities.before(max(sent[0], last.start - 24), last.start,
                                     lambda x: x.type != "model" and self.not_vendor(x))
            if prev is None or not EACH_LIST_GAP.fullmatch(d.text, prev.end, last.start):
                break
            last = prev
        return names if len(names) >= 2 else []

    def vendor_slice(self, sent: tuple[int, int], m: Mention) -> str | None:
        """The market a vendor's revenue is a slice of (LABELLING.md I8): in a market report, a sentence
        that speaks of market share; None otherwise."""
        d = self.d
        if d.kind != "market_report" or not self.cue_in("market_share", sent[0], sent[1]):
            return None
        if d.head_entity is not None and not (self.cue_in("market_share", sent[0], m.start) and any(
                x.unit == "%" for x in self.cur_mentions[: max(self.cur_index, 0)])):
            # (a report headlined by a vendor: only a revenue stated with its share before it, 80.6% share of
            # all global revenue - a total of $3.2 billion)
            return None
        return self.last_market(m.start)

    def stock_month(self) -> str | None:
        """The month a dated document states a stock at (LABELLING.md P8): its publication month."""
        pub = self.d.published
        return f"{pub.year}-{pub.month:02d}" if pub is not None else None

    def stated_now(self, sent: tuple[int, int], m: Mention, period: str | None) -> str | None:
        """The month of a dated page (LABELLING.md P8) for a stock its sentence states as it is now (截至目前, 目前, currently,
        as of today) within NOW_REACH characters before it, with no period named between (目前……,2023年底为: that year's)
        and no other period read for it than the year the now word itself names, or none; else None."""
        d = self.d
        if d.published is None or period not in (None, str(d.published.year)):
            return None
        # (the last now word before the figure)
        now = next(reversed(list(NOW_WORD.finditer(d.text, max(sent[0], m.start - NOW_REACH), m.start))), None)
        if now is None or d.periods.between(now.end(), m.start):
            return None
        return self.stock_month()

    def held_now(self, metric: str, lo: int, pos: int) -> str | None:
        """The month of a dated page for power or chips it says a company holds now (a "now" word in ``lo:pos``: now
        houses over 100,000 GPUs, from the current 120–130 megawatts): a stock at that month (LABELLING.md P8)."""
        if metric not in STOCK_NOW_METRICS or NOW_WORD.search(self.d.text, lo, pos) is None:
            return None
        return self.stock_month()

    def named_in_sentence(self, sent: tuple[int, int], pos: int) -> bool:
        """A company or operator (not a chip's maker) is named in the sentence before ``pos``."""
        return self.d.entities.before(sent[0], pos, lambda x: x.type != "model" and self.not_vendor(x)) is not None

    def sentence_company(self, sent: tuple[int, int], pos: int) -> NameMention | None:
        """The company named last before ``pos`` in its sentence; in a bullet under a company's heading
        (中国联通 - 运营…… - 智算规模30EFLOPS), the one named last in the paragraph."""
        d = self.d
        lo = self.para_start(pos) if BULLET.match(d.text[sent[0] : sent[0] + 4]) else sent[0]
        return d.entities.before(lo, pos, lambda x: x.type != "model" and self.not_vendor(x))

    def holder(self, lo: int, pos: int, sent: tuple[int, int], pronoun: bool = True) -> str | None:
        """The company that holds a capacity: named in the sentence before it, or the document's
        subject referred to by a pronoun (its, 其, 公司, the company)."""
        d = self.d
        e = self.sentence_company(sent, pos)
        if e is not None:
            r = d.regions.before(e.end, pos)
            return None if r is not None and r.name in ("CN", "GLOBAL") else str(e.name)
        if pronoun and d.doc_entity and self.pronoun_in(max(sent[0], lo - 40), pos) and not self.place_capacity_named(sent, pos):
            # 公司智算规模达到61.3EFLOPS: the company named last in the paragraph, else the document's (not 其预计……中国智能
            # 算力规模……到2027年智能算力规模将达到1117.4EFlops: a research house's forecast of the country's capacity)
            e = d.entities.before(self.para_start(pos), pos, lambda x: x.type != "model" and self.not_vendor(x))
            if e is not None and not self.listed(e):
                return str(e.name)
            return None if self.unknown_subject_before(sent) else d.doc_entity
        return None

    def outlook_heading_year(self, pos: int) -> str | None:
        """The year of the section heading nearest before ``pos`` when that heading is a year's outlook (五、2025年展望,
        2026預測:份額徹底重構與H200變數); None under any other heading (四、风险提示) or none. The headings are found once
        a document, one pass over its lines."""
        if self.headings is None:
            found = list(SECTION_HEADING.finditer(self.d.text))
            self.headings = ([h.start() for h in found], [h.group("year") for h in found])
        k = bisect.bisect_right(self.headings[0], pos) - 1
        return self.headings[1][k] if k >= 0 else None

    def place_capacity_named(self, sent: tuple[int, int], pos: int) -> bool:
        """The sentence names a place's capacity before ``pos`` (其预计……中国智能算力规模年复合增长率达33.9%, 到2027年智能算力
        规模将达到1117.4EFlops: a place right before a capacity word): the capacity is the place's, whoever 其 is."""
        d = self.d
        lo = max(sent[0], pos - PARA_REACH)
        hits = d.kw.group("flops")
        h = hits.last(lo, pos)
        for _ in range(RECENT_VALUES):  # (the last RECENT_VALUES capacity words: bounded however long the sentence)
            if h is None:
                return False
            start = h.start
            r = d.regions.before(max(lo, start - 4), start)
            if r is not None and r.end >= start - 1:
                return True
            h = hits.last(lo, start)
        return False

    def pronoun_in(self, lo: int, hi: int) -> bool:
        """A pronoun that points back at a company (its, 其, 公司) in ``lo:hi``; 其 inside 其中
        (among them), 其他 (other), 尤其 (especially) … is none."""
        hits = self.d.kw.group("pronoun")
        h = hits.last(lo, hi)
        steps = 0
        while h is not None and steps < 8:
            if not (h.word == "其" and (NOT_PRONOUN_AFTER.match(self.d.text, h.end) or
                                         NOT_PRONOUN_BEFORE.match(self.d.text, max(0, h.start - 1)))):
                return True
            h = hits.last(lo, h.start)
            steps += 1
        return False

    def owns_other(self, p: PeriodMention, pos: int) -> bool:
        """``p`` is a possessive owning the amount right after it, and that amount is not the one at ``pos`` (… with
        revenues of $14.51 billion, far exceeding last year's $3.8 billion and surpassing market expectations of $12.7
        billion, marking a year-over-year increase of 324%: last year dates the $3.8 billion only)."""
        if not self.possessive(p):
            return False
        i = bisect.bisect_left(self.cur_starts, p.end)  # (the amount it owns: the first after it)
        return i < len(self.cur_starts) and self.cur_starts[i] < pos

    def possessive(self, p: PeriodMention) -> bool:
        """``p`` owns the amount after it (last year's $3.8 billion): it dates that amount only."""
        return self.d.text[p.end : p.end + 2] in ("'s", "’s")

    def narrowed(self, p: PeriodMention) -> str | None:
        """The period ``p`` names, or the half, quarter or month of it glued right after it (今年下半年: 2026H2, not 2026)."""
        if p.kind in ("relative", "year") and p.period and \
                (q := self.d.periods.after(p.end, min(len(self.d.text), p.end + NARROWED_REACH))) is not None and \
                q.kind in ("half", "quarter", "month") and q.period and str(q.period).startswith(str(p.period)) and \
                self.d.text[p.end : q.start].strip() == "":
            return str(q.period)
        return p.period

    def restated_year(self, p: PeriodMention, sent: tuple[int, int]) -> str | None:
        """The period ``p`` names, unless it is a bare "for 2026" restating the year of a quarter or
        half the sentence named before it (fiscal second-quarter revenues of $16.1 billion for
        2026, marking a 14% growth): then that quarter's."""
        if p.kind != "year" or not p.period or not re.match(r"(?:for|in) ", self.d.text[p.start : p.end]):
            return self.narrowed(p)
        year = p.period[:4]
        # (looked for at most RESTATED_REACH characters back: an endless sentence of such years stays linear)
        q = self.d.periods.before(max(sent[0], p.start - RESTATED_REACH), p.start,
                                  lambda x: bool(x.period) and x.kind in ("quarter", "half", "fiscal")
                                  and re.fullmatch(r"(?:FY)?" + year + r"(?:Q[1-4]|H[12])", str(x.period)) is not None
                                  and not self.base_period(x))
        if q is not None and (i := bisect.bisect_left(self.cur_starts, q.start) - 1) >= 0 and \
                TIGHT_PERIOD_GAP.fullmatch(self.d.text, self.cur_mentions[i].end, q.start) is not None:
            # (Combined with $24 billion in Q1, total capex could reach $118 billion in 2025: the quarter is the figure
            # before it's own period, and 2025 this figure's year)
            return p.period
        if q is not None and (j := bisect.bisect_left(self.cur_starts, p.start) - 1) >= 0 and \
                self.cur_mentions[j].start > q.end and self.d.text[self.cur_mentions[j].end : p.start].strip() != "":
            # (Revenue for Q2 reached 250 million yuan, and the full-year revenue guidance for 2025 has been raised to 125
            # million: a figure stands between the quarter and the year, and the year is not right after it: the year opens
            # a statement of its own; but the first-quarter financial report for 2025, revenues of $16.1 billion for 2026)
            return p.period
        return q.period if q is not None else p.period

    def year_ago(self, p: PeriodMention, end: int, sent: tuple[int, int]) -> str | None:
        """去年同期 / 上年同期 (the same period a year before): the statement's period (the next one
        the sentence names, else the release's) a year earlier; None for other periods."""
        d = self.d
        if d.text[p.end : p.end + 2] != "同期" or not (p.kind == "relative" or (p.kind == "year" and p.period)):
            return None
        # the statement's period: the sentence's first that is no base (台积电去年第4季……较2024年同期),
        # else the next one it names, else the release's
        first = d.periods.after(sent[0], p.start, lambda q: bool(q.period) and q.kind not in ("day", "relative", "span")
                                and not self.base_period(q))
        if first is not None and first.kind == "year" and (glued := d.periods.after(
                first.end, first.end + 16, lambda q: q.start == first.end and bool(q.period))) is not None:
            first = glued  # 技嘉2025年第四季营收……较2024年同期: the year's quarter is the statement's
        later = d.periods.after(end, sent[1], lambda q: bool(q.period) and q.kind not in ("day", "relative"))
        stated = (first or later).period if (first or later) is not None else (d.doc_period if d.head_entity else None)
        if p.kind == "year":
            # 2024年同期: the statement's quarter or half in that year
            m = re.fullmatch(r"(?:FY)?\d{4}(Q[1-4]|H[12]|-\d{2})", stated or "")
            return f"{str(p.period)[:4]}{m.group(1)}" if m and not str(stated).startswith("FY") else None
        return _shift_year(stated, -1)

    def base_period(self, p: PeriodMention) -> bool:
        """A period introduced by a comparison word (较2023年, 从2024年的, compared with 2023) is the
        period of the base, not of the statement (answered once a mention: base_periods)."""
        known = self.base_periods.get((p.start, p.end))
        if known is None:
            known = self.base_periods[(p.start, p.end)] = self.read_base_period(p)
        return known

    def read_base_period(self, p: PeriodMention) -> bool:
        text = self.d.text
        if p.kind == "span" and SPAN_FROM_BEFORE.search(text, max(0, p.start - 6), p.start) is not None and \
                (text[p.end : p.end + 1] in (",", "，") or (text[p.start - 1 : p.start] in "从從自" and text[p.end : p.end + 1] == "在")):
            # From 2026 to 2029, more than $7.9 billion will be deployed; 微软计划从2026年到2029年在阿联酋的……资本支出超55亿美元:
            # "from" opens the span the sentence is set in (a comma or the place it is in after it), no base (but from 2023 to
            # 2030 to reach 171 to 219 gigawatts: a move to its end's level)
            return False
        if compared_before(text, p.start, p.end) or since_after(text, p.end):
            return True  # (成为2019年以来增速第二高的季度, since 2019: a starting point, not the statement's time)
        if any(c.isdigit() for c in text[max(0, p.start - 24) : p.start]) and \
                BASE_AMOUNT_BEFORE.search(text, max(0, p.start - 64), p.start) is not None:
            return True  # up about 77% from a record $410bn in 2025: the year of the base amount
        if MULTIPLE_OF_BEFORE.search(text, max(0, p.start - 4), p.start) is not None and \
                MULTIPLE_OF_AFTER.match(text, p.end, min(len(text), p.end + 24)) is not None:
            return True  # 将是2023年市场规模的两倍以上: the year a multiple is of
        if WITH_BEFORE.search(text, max(0, p.start - 1), p.start) is not None and \
                COMPARED_AFTER.match(text, p.end) is not None:
            return True  # 与上年同期相比增长61.04%, 和去年相比: the period a 与……相比 frame compares with
        glued = self.d.periods.before(max(0, p.start - 8), p.start, lambda q: q.end == p.start)
        if glued is not None and compared_before(text, glued.start, p.end):
            return True  # 较去年第3季: the quarter of a compared year is compared too
        # 约为2023、2024年相加水准: years in a list are what is compared, not the statement's year
        return bool(re.search(r"(?:19|20)\d{2}年?[、和与及]$", text[max(0, p.start - 6) : p.start])
                    or re.match(r"^[、和与及](?:19|20)\d{2}", text[p.end : p.end + 6]))

    def region_for(self, lo: int, pos: int, sent: tuple[int, int], clause_hi: int) -> str | None:
        d = self.d
        def scope(q: NameMention) -> bool:
            return self.region_scope(q) and not self.nationality(q)

        if self.market_after is not None and (own := d.regions.after(*self.market_after)) is not None:
            return str(own.name)  # 价值500亿美元的中国AI算力市场: the place of the market named after the amount
        r = d.regions.before(lo, pos, scope) or d.regions.before(sent[0], pos, scope) or d.regions.after(pos, clause_hi, scope)
        u = d.uncoded.before(sent[0], pos)
        if u is not None and (r is None or r.end <= u.start) and d.regions.before(u.end, pos) is None:
            return None  # EMEA records a 31 percent increase: a place with no code, keyed by none
        if r is None:
            r = d.regions.before(self.para_start(pos), pos, scope)
        if r is not None:
            return str(r.name)
        return d.doc_region

    def nationality(self, r: NameMention) -> bool:
        """A region naming companies' country (the Top 4 US cloud service providers)."""
        h = self.d.kw.first("company_noun", r.end, r.end + 32)
        return h is not None and h.start <= r.end + (3 if self.d.zh else 1)  # (中国本土业者)

    def region_scope(self, r: NameMention) -> bool:
        """A region that scopes a figure: not one of a list (customers in the US and China, 中美), nor a firm's home
        (answered once a mention: region_scopes)."""
        known = self.region_scopes.get((r.start, r.end))
        if known is None:
            known = self.region_scopes[(r.start, r.end)] = self.read_region_scope(r)
        return known

    def part_of_world(self, r: NameMention) -> bool:
        """A place other than the world with a share word right after it, the world named shortly before it in its sentence
        (2025年全球AI芯片市场中,中国占比65%): the place holds the part, the world is the whole."""
        t = self.d.text
        if r.name == "GLOBAL" or not re.match(r"^(?:的)?(?:占比|比重|份额)", t[r.end : r.end + 3]):
            return False
        world = self.d.regions.before(max(0, r.start - PLACE_REACH), r.start, lambda x: x.name == "GLOBAL")
        return world is not None and SENTENCE_END.search(t, world.end, r.start) is None

    def read_region_scope(self, r: NameMention) -> bool:
        regions = self.d.regions
        t = self.d.text
        if (re.match(r"^(?:的)?(?:占比|比重|份额)", t[r.end : r.end + 3]) and not self.part_of_world(r)) or \
                t[max(0, r.start - 1) : r.start] == "占":
            return False  # 全球占比31%, 占全国的三分之二: the whole a share is of
        if RANK_AFTER.match(t, r.end):
            return False  # 成为全球第二大市场, the world's largest: the field of a ranking
        if _firm_home(t, r):
            return False  # analysis firm TechInsights from Canada, a California-based firm: where a firm is, not a market
        # (a neighbour in the list may be a place with no code: 苏州、重庆等城市)
        for spans in (regions, self.d.uncoded):
            prev = spans.before(max(0, r.start - 12), r.start)
            nxt = spans.after(r.end, r.end + 12)
            if (prev is not None and _list_gap(t[prev.end : r.start])) or (nxt is not None and _list_gap(t[r.end : nxt.start])):
                return False
        return True

    def entity_for(self, metric: str, lo: int, pos: int, end: int, sent: tuple[int, int],
                   clause_lo: int, clause_hi: int) -> str | None:
        d = self.d
        if metric in MODEL_METRICS:
            m = d.models.before(clause_lo, pos) or d.models.after(end, clause_hi)
            if m is None:
                m = d.models.before(sent[0], pos)
            return str(m.name) if m else None
        not_vendor = self.not_vendor
        if metric == "unit_price" and (maker := d.companies.before(sent[0], pos)) is not None \
                and d.operators.before(maker.end, pos) is None:
            # 華為的溫冷資料備份存放裝置，價格就高達人民幣4459.8萬元, 浪潮NF5688M7型号服务器的售价: the price of a maker's
            # product is keyed by its maker, whoever buys it
            return str(maker.name)
        if metric in TENDER_METRICS or (metric == "unit_price" and self.cue_in("tender", sent[0], sent[1])):
            e: NameMention | None = d.operators.before(sent[0], pos) or d.operators.before(self.para_start(pos), pos)
            if e is not None:
                return str(e.name)
            return d.doc_buyer
        if metric == "award_amount":
            # the winning bidder: a company, or an operator's subsidiary bidding (中国移动广东公司以1.5亿元中标)
            def bidder(x: NameMention) -> bool:
                return x.type != "model" and not_vendor(x)

            # (…; a Guangxi integrator came second: not Sugon)
            e = d.entities.before(lo, pos, bidder) or d.entities.before(self.after_semicolon(sent[0], pos), pos, bidder)
            if e is not None and BIDDER_GROUP.search(d.text, e.end, pos):
                return None  # all four winning candidates quoted between…, 均在6到9亿元: several bidders' (T3)
            return str(e.name) if e else None
        if d.head_unlisted and metric in COMPANY_METRICS and \
                (bare := BARE_COMPANY.search(d.text, max(sent[0], pos - 24), pos)) is not None and \
                d.entities.before(bare.end(), pos, lambda x: x.type != "model" and not_vendor(x)) is None:
            # 天数智芯港股上市……(中兴通讯等基石投资者)……财务与运营数据 - 公司营收从2022年的1.89亿元: on an unlisted company's page, a
            # bare 公司 before the figure is that company, no other company of the sentence (E1: entity null)
            return None
        e = d.entities.before(sent[0], pos, lambda x: x.type != "model" and not_vendor(x))  # (in its own sentence)
        if e is not None and metric in HELD_NOT_SOLD and d.text[max(0, e.start - 1) : e.start] in ("向", "从") and \
                ORDERED_FROM_AFTER.match(d.text, e.end) is not None:
            # 輝達……向台積電(2330)下單、一口氣訂購30萬顆H20晶片組: the supplier an order is placed with holds none of it; the buyer
            # named before it does, a chip seller ordering its own chips from its foundry too
            e = d.entities.before(sent[0], e.start, lambda x: x.type != "model")
        if e is not None and (cause := CAUSE_OF_FIGURE.search(d.text, max(sent[0], e.start - CAUSE_REACH),
                                                              min(pos, e.end + CAUSE_REACH))) is not None and \
                cause.start() <= e.start:
            # 在蘋果、輝達等主要客戶對先進製程需求強勁的帶動下，9月營收3309.8億元: the companies of the clause that names the cause
            # are no subject of the figure after it; the company named before the clause, or the page's, is
            e = d.entities.before(sent[0], cause.start(), lambda x: x.type != "model" and not_vendor(x)) or (
                d.entities.before(self.para_start(sent[0]), sent[0], lambda x: x.type != "model" and not_vendor(x)))
        if e is not None and ATTRIBUTIVE_NAME_AFTER.match(d.text, e.end) is not None and \
                POSSESSIVE_PRONOUN.search(d.text, e.end, pos) is not None and \
                (subject := d.entities.before(sent[0], e.start, lambda x: x.type != "model" and not_vendor(x) and
                                              ATTRIBUTIVE_NAME_AFTER.match(d.text, x.end) is None)) is not None:
            # Meta confirmed a multi-billion Nvidia chip deal supporting its $135 billion 2026 capex plan: "its" points back
            # past a name used as an attributive (Nvidia's chips) to the sentence's company
            e = subject
        if e is not None and e.start < clause_lo and metric in COMPANY_METRICS and HAN.search(d.text, clause_lo, pos):
            # 广达同样受惠……需求，带动辉达先进伺服器GB200出货畅旺，公告9月营收1841亿元: the company the
            # sentence opens with is the subject of a clause that names none
            # (…,FY25Q3资本支出167亿美元;亚马逊……: a semicolon starts another subject's part)
            head = self.after_semicolon(sent[0], pos)
            opener = d.entities.after(head, min(pos, head + SUBJECT_OPENING + 8),
                                      lambda x: x.type != "model" and not_vendor(x))
            if opener is not None and opener is not e and opener.start - head <= SUBJECT_OPENING and \
                    not self.listed(opener) and not self.unknown_subject(sent, pos):
                e = opener
        if e is not None and metric in COMPANY_METRICS and \
                (head := self.after_semicolon(sent[0], pos, "；")) > e.end and self.unknown_subject((head, sent[1]), pos):
            # 廣達全年營收2兆1,236.89億元;和碩全年營收1.117兆元: a clause after a semicolon that opens with a company the table
            # does not list is that company's, not the listed one's before it (E1: entity null)
            return None
        if e is None and (self.unknown_subject(sent, pos) or self.unknown_subject_before(sent)):
            return None  # 金山云第三季总营收…, Marvell reported …: a company the table does not list (E1)
        if e is None:
            e = self.sentence_company(sent, pos)  # (中国移动 - …… - 投资超百亿元建设……数据中心: the heading's)
        if e is not None and self.listed(e) and ITS_BEFORE.search(d.text, max(e.end, pos - ITS_REACH), pos) is not None:
            return str(e.name)  # Along with tech giants like Google, Microsoft is … with its capital spending: its is the last
        if e is not None and self.listed(e):
            return None  # 中国移动、中国电信、中国联通资本开支合计2898亿元: the sum of several companies
        if e is not None and metric == "compute_investment" and \
                RECIPIENT_BEFORE.search(d.text, max(sent[0], e.start - 4), e.start) is not None and \
                INVESTED_AFTER_RECIPIENT.match(d.text, e.end) is not None and \
                (investor := d.entities.before(sent[0], e.start, lambda x: x.type != "model" and not_vendor(x))) is not None \
                and investor.name != e.name and not self.listed(investor):
            return str(investor.name)  # 英伟达宣布未来十年向OpenAI投资高达1000亿美元: who invests, not who receives it
        if metric == "compute_investment" and (cloud := self.cloud_after(sent, end)) is not None and \
                (buyer := self.deal_buyer(sent, cloud, end)) is not None:
            return buyer  # over US$10 billion with CoreWeave: the cloud right after the amount sells, its buyer spends
        if metric == "compute_investment" and (party := d.entities.after(
                end, min(sent[1], end + DEAL_PARTY_REACH), lambda x: x.type != "model" and
                alias_table().sells.get(str(x.name)) not in ("compute", "chips", "servers"))) is not None and \
                (DEAL_PARTY_BEFORE.fullmatch(d.text, end, party.start) is not None or (
                    # (a $6.5 billion OpenAI expansion: the party named as the deal's attributive, right after the amount)
                    party.start - end == 1 and DEAL_NOUN_AFTER_PARTY.match(d.text, party.end) is not None)) and \
                (seller := d.head_entity or d.doc_entity) is not None and alias_table().sells.get(seller) == "compute":
            # on a compute seller's page, New/expanded contracts include $14.2B with Meta, an additional $6.5B with OpenAI:
            # each party named right after its amount buys the compute (LABELLING.md metric table: a compute lease contract)
            return str(party.name)
        if e is not None and metric in ("compute_investment", "datacenter_power", "accelerator_count") and \
                alias_table().sells.get(str(e.name)) == "compute" and (buyer := self.deal_buyer(sent, e, end)) is not None:
            # (… a massive cloud computing deal with Oracle—worth an estimated $30 billion annually—to secure 4.5 gigawatts
            # of compute capacity: the capacity a deal secures is the buyer's too, not the cloud's that rents it out)
            return buyer  # OpenAI has inked a cloud computing deal with Oracle—worth $30 billion: the buyer's, not the cloud's
        if e is not None and metric == "accelerator_count" and alias_table().sells.get(str(e.name)) == "chips":
            # chips are held by a buyer, not by the chip maker named as their brand
            def holds(x: NameMention) -> bool:
                return x.type != "model" and not_vendor(x) and alias_table().sells.get(str(x.name)) != "chips"
            if (to := d.entities.after(end, min(sent[1], end + TO_RECIPIENT_REACH), holds)) is not None and \
                    TO_RECIPIENT_GAP.fullmatch(d.text, end, to.start) is not None:
                return str(to.name)  # Nvidia will supply 50,000 GPUs to Samsung Electronics: the company they go to
            if (holder := d.entities.before(sent[0], e.start, holds)) is not None and not self.listed(holder):
                # CoreWeave will provide a frontier-scale cluster of NVIDIA GB300 NVL72 systems, with more than 40,000 GPUs:
                # the buyer the sentence names
                return str(holder.name)
            if (chip := d.items.after(e.end, min(len(d.text), e.end + BRAND_REACH), _is_chip)) is not None and \
                    BRAND_GAP.fullmatch(d.text, e.end, chip.start) is not None and \
                    d.entities.before(sent[0], e.start, lambda x: x.type != "model") is None:
                # Colossus 2 is the second-generation AI supercluster from xAI … . The new system will feature more than
                # 550,000 NVIDIA Blackwell GB200 and GB300 chips—eventually scaling to over 1 million GPUs: in a sentence
                # that names no other holder, the company the paragraph named before, else the page's (The initial
                # deployment of 100,000 NVIDIA Hopper H100 GPUs has … doubled to over 200,000 units, on a page about xAI's
                # Colossus)
                holder = d.entities.before(self.para_start(pos), sent[0], holds)
                if holder is not None and not self.listed(holder):
                    return str(holder.name)
                if holder is None and d.doc_entity and alias_table().sells.get(d.doc_entity) != "chips":
                    return d.doc_entity
        if e is not None:
            return str(e.name)
        if metric in COMPANY_METRICS and COMPANIES_AS_ONE.search(d.text, max(clause_lo, pos - WINDOW), pos) is not None:
            # Microsoft reported …. Analysts say hyperscaler capex will reach $600 billion; 头部云服务提供商资本开支达约6000亿美元:
            # the figure of several companies together, named in its clause in a sentence naming none of them, is no one
            # company's (LABELLING.md E3; not 奇鋐為四大CSP的……主要供應商，……預估……營收年成長147.5%: the group a clause before)
            return None
        if (sec := self.section_entity(pos)) is not None:
            return sec  # 【Google】 then "- 3Q25 Capex 年增 83%": the company the section is under
        subject = d.doc_buyer if d.kind == "tender" and d.doc_buyer else d.doc_entity
        if subject and self.pronoun_in(max(sent[0], lo - 40), pos):
            # its, the company, 公司: the company named last before it in the paragraph, else the
            # document's subject (in news of a tender, its buyer: The company has constructed … with 20,000 AI
            # accelerator cards, not a vendor the page names more often); a bare 公司 on a company's page is that
            # company, as a broker's note calls the one it covers (中科曙光……点评: 公司拟与海光信息吸收合并……预计公司
            # 2025-2027年营收为145.51亿元 is 曙光's), not the company named last (该公司 is)
            if d.kind == "capex" and subject == d.doc_entity == d.head_entity and \
                    BARE_COMPANY.search(d.text, max(sent[0], lo - 40), pos):
                reporter = d.entities.before(max(self.para_start(pos), sent[0] - REPORTER_REACH), sent[0],
                                             lambda x: x.type != "model" and not_vendor(x))
                if reporter is not None and reporter.name != subject and \
                        REPORTS_AFTER.match(d.text, reporter.end) is not None:
                    # 海光信息发布三季报……。当日晚间,中科曙光(603019)发布前三季度业绩报告。公司前三季度总营收88.04亿元: the company the
                    # sentence before introduced as publishing its report is the 公司 of the next
                    return str(reporter.name)
                return subject
            # (not a name used as an attributive: Meta confirmed a multi-billion Nvidia chip deal supporting its $135 billion
            # capex plan: its is Meta's, Nvidia names the chips)
            e = d.entities.before(self.para_start(pos), pos, lambda x: x.type != "model" and not_vendor(x) and
                                  ATTRIBUTIVE_NAME_AFTER.match(d.text, x.end) is None)
            return str(e.name) if e is not None else subject
        if metric in ("capex", "revenue", "datacenter_revenue", "compute_investment") and d.kind != "market_report" and \
                (subject := self.paragraph_subject(sent)) is not None:
            # 中国电信的产业数字化收入达749亿元……。天翼云收入573亿元;智能收入达63亿元: the company the
            # paragraph opened with goes on being its subject
            return subject
        if d.head_entity is None and (metric in ("capex", "revenue", "compute_investment", "accelerator_count") or (
                metric == "datacenter_revenue" and d.kind == "market_report")):
            # a figure of no company named in its sentence, in a document whose title names none
            # (2025 datacentre capex up 57%): the market's, keyed by region
            return None
        if metric in COMPANY_METRICS and (page := d.head_entity or d.doc_entity) is not None and \
                SUBJECT_PRONOUN_OPENS.match(d.text, self.para_start(pos)) is not None:
            # The group also formalized a strategic partnership with Nvidia, which has invested $5bn in Intel. Sales in the PC
            # division …, while the data center division declined 1% to $4.1bn: a paragraph whose subject is the page's
            # company by a pronoun is about it, not about the first company it names (a partner, an investor)
            return page
        if e is None and metric not in ("unit_price", "accelerator_count"):
            # (not a company named as an example: 国内头部云厂商(如阿里巴巴)表示…… then 预计营收60亿元 on 寒武纪's page)
            e = d.entities.after(self.para_start(pos), pos, lambda x: x.type != "model" and not_vendor(x) and
                                 EXAMPLE_BEFORE.search(d.text, max(0, x.start - 12), x.start) is None)
        if e is not None:
            return str(e.name)
        if metric in STOCK_NOW_METRICS and (r := d.regions.before(max(sent[0], pos - GROUP_REACH), pos, self.region_scope)) \
                is not None and \
                REGION_POSSESSIVE.match(d.text, r.end):
            return None  # This surge elevates South Korea's AI compute capacity from 65,000 …: the country's, not the page's company
        if metric in ("capex", "revenue", "datacenter_revenue", "compute_investment", "datacenter_power",
                      "accelerator_count"):
            return d.doc_entity or d.doc_buyer
        return None

    def deal_buyer(self, sent: tuple[int, int], seller: NameMention, end: int) -> str | None:
        """The company buying compute in a deal with ``seller``, a company that sells it (aliases.toml sells = "compute"):
        named before the seller with a deal word between (OpenAI has inked a cloud computing deal with Oracle—worth …),
        else right after the amount (a cloud computing contract worth as much as $14.2B with Meta); None if neither."""
        d = self.d
        sells = alias_table().sells

        def buyer(x: NameMention) -> bool:
            return x.type != "model" and sells.get(str(x.name)) != "compute" and self.not_vendor(x)

        before = d.entities.before(sent[0], seller.start, buyer)
        if before is not None and (DEAL_WORD.search(d.text, before.end, seller.start) is not None or
                                   SPENT_WITH_BEFORE.search(d.text, before.end, seller.start) is not None or (
                                       # (微软刚宣布与澳大利亚数据中心运营商IREN达成97亿美元的协议: the deal's word after the amount)
                                       WITH_PARTY_ZH.search(d.text, before.end, seller.start) is not None and
                                       DEAL_WORD.search(d.text, end, min(sent[1], end + 4)) is not None)):
            return str(before.name)  # (OpenAI's total planned spending with CoreWeave: the spender's)
        after = d.entities.after(end, min(sent[1], end + DEAL_PARTY_REACH), buyer)
        if after is not None and DEAL_PARTY_BEFORE.fullmatch(d.text, end, after.start) is not None:
            return str(after.name)
        if d.head_entity is not None and sells.get(d.head_entity) != "compute" and (
                SPENT_ON_GAP.fullmatch(d.text, end, seller.start) is not None or
                (seller.end <= end and SPENT_WITH_NAME_AFTER.match(d.text, end) is not None)):
            # (Microsoft's page: Additional contracts include up to US$19.4 billion with Nebius, over US$10 billion with
            # CoreWeave: the page's company buys from each cloud the sentence lists)
            return d.head_entity
        return None

    def shipments_header(self, m: Mention) -> tuple[str, bool] | None:
        """The year ('' for none) of the header line naming shipments that the table row holding the count ``m`` is under:
        the row's label before the count names no count of its own, and the lines up to the header (at most HEADER_ROWS, none
        blank or longer than TABLE_LINE_CHARS) are rows; the header holds no figure but a year, which it or the caption line
        right above it may name (表3 预测出货量(2026年) ¶ 厂商 AI服务器出货量 ¶ 浪潮信息 12万台). None where there is none.
        Looked up once a line; with it, whether the header or caption says the figures are forecast (预测出货量)."""
        d, text = self.d, self.d.text
        line_lo = text.rfind("\n", max(0, m.start - ROW_LABEL_CHARS - 1), m.start) + 1
        if line_lo == 0 and (m.start > ROW_LABEL_CHARS or text.rfind("\n", 0, m.start) >= 0):
            return None  # (the count stands further into its line than a row's label: no row)
        if line_lo in self.row_headers:
            return self.row_headers[line_lo]
        found: tuple[str, bool] | None = None
        own = d.kw.last("count", line_lo, m.start)
        if own is None or own.label == "accelerator_count":  # (高端GPU (合计)约 660 万颗: the row names the chips it counts)
            hi = line_lo - 1
            for _ in range(HEADER_ROWS):
                if hi <= 0:
                    break
                lo = text.rfind("\n", max(0, hi - TABLE_LINE_CHARS - 1), hi) + 1
                if (lo == 0 and hi > TABLE_LINE_CHARS) or lo >= hi - 1:
                    break  # (a long line or a blank one: no table above)
                if hi - lo <= HEADER_CHARS and d.kw.any("count.shipments", lo, hi) and \
                        HEADER_NOT.search(text, lo, hi) is None and DIGIT.search(HEADER_YEAR.sub("", text[lo:hi])) is None:
                    cap_lo = lo
                    years = HEADER_YEAR.findall(text, lo, hi)
                    if not years and lo > 1:
                        cap_lo = text.rfind("\n", max(0, lo - 1 - TABLE_LINE_CHARS - 1), lo - 1) + 1
                        years = HEADER_YEAR.findall(text, cap_lo, lo - 1)
                    found = (years[-1] if len(set(years)) == 1 else "",
                             HEADER_FORECAST.search(text, cap_lo, hi) is not None)
                    break
                hi = lo - 1
        self.row_headers[line_lo] = found
        return found

    @staticmethod
    def growth_rate_high(text: str, lo: int, hi: int) -> bool:
        """GROWTH_RATE_HIGH_ZH ends at ``hi`` (增长率高,为57.8%), asked only where a rate's character stands in ``lo:hi``."""
        return any(text.find(c, lo, hi) >= 0 for c in "率速幅") and GROWTH_RATE_HIGH_ZH.search(text, lo, hi) is not None

    def family_mix_maker(self, item: str | None, sent: tuple[int, int], clause_lo: int, m: Mention) -> str | None:
        """The maker whose shipments a share of shipments divides by chip model or family: the share's part is a model or
        family of one maker (model_or_family_maker) named in its clause, and its sentence names no other company, no place
        and no whole of a market (全球, 整体, overall) — a mix of that maker's own products, not a part of a market."""
        d = self.d
        maker = self.model_or_family_maker(item, clause_lo, m.start)
        if maker is None:
            return None
        other = d.companies.before(sent[0], m.start, lambda x: x.type != "model" and x.name != maker)
        if other is not None or d.regions.before(sent[0], m.start) is not None or \
                WHOLE_WORD.search(d.text, max(sent[0], m.start - WHOLE_WORD_REACH), min(sent[1], m.end + 40)) is not None:
            return None
        return maker

    def model_or_family_maker(self, item: str | None, lo: int, hi: int) -> str | None:
        """The company that makes the chips counted: the chip model's maker (aliases.toml [items] maker), else the maker of a
        chip family named within ``lo:hi`` (lexicons/cues.toml [chip_family]: Hopper 平台约 120 万颗 -> Nvidia)."""
        if item is not None and (maker := alias_table().makers.get(item)) is not None:
            return maker
        fam = self.d.kw.last("chip_family", lo, hi)
        return str(fam.label) if fam is not None else None

    def family_maker_of_chips(self, lo: int, hi: int) -> str | None:
        """The maker of a chip family named in ``lo:hi`` (TPU shipments will reach 2.5 million units, ~5mn/~7mn TPUs to be
        produced: Alphabet's), where no server is named there (AI伺服器(A100/H100/MI300為主)出貨量: servers built on the
        chips, no chip maker's count)."""
        if self.d.items.before(lo, hi, lambda x: x.name in ("server", "ai_server")) is not None:
            return None
        return self.model_or_family_maker(None, lo, hi)

    def bracketed_company_metric(self, sent: tuple[int, int], m: Mention) -> tuple[str, str | None, str | None] | None:
        """The metric (and item) of an amount standing in a bracket opened right after a company's name (Dell ($25 billion at
        the end of the year), Quanta Cloud Technologies (QCT; fifth place, $15 billion)): the money metric the sentence names
        before the name, else after the bracket — a market's sales are the company's revenue of the market's product; None
        where the bracket holds no such amount or names something outside the vocabulary (market cap). Sets
        ``cur_bracket_period`` to the year the sentence closes with, for the amount being decided."""
        d, text = self.d, self.d.text
        opened = max(text.rfind("(", max(sent[0], m.start - BRACKET_AMOUNT_REACH), m.start),
                     text.rfind("（", max(sent[0], m.start - BRACKET_AMOUNT_REACH), m.start))
        if opened < 0 or CLOSE_BRACKET.search(text, opened, m.start) is not None:
            return None
        party = d.companies.before(max(sent[0], opened - 24), opened, lambda x: x.type != "model")
        named_lo = party.start if party is not None and text[party.end : opened].strip() == "" else None
        name = str(party.name) if named_lo is not None and party is not None else None
        latin = LATIN_NAME_BEFORE.search(text, max(sent[0], opened - 48), opened)
        if latin is not None and any(g is not None for g in (
                d.kw.last("money", latin.start(), opened), d.kw.last("segment_heading", latin.start(), opened),
                d.kw.last("non_compute", latin.start(), opened), d.items.before(latin.start(), opened),
                d.regions.before(latin.start(), opened), d.markets.before(latin.start(), opened))):
            latin = None  # (Data Center ($12.6B), Client ($2.3B), Google Cloud: a segment, a product or a place, no company)
        if latin is not None and (named_lo is None or latin.start() < named_lo):
            # (ZT Systems (ninth place, $19 billion), Quanta Cloud Technologies (QCT; …): a company off the table, a longer
            # name than the one on it that it holds)
            named_lo, name = latin.start(), None
        if named_lo is None:
            return None
        close = CLOSE_BRACKET.search(text, m.end, min(sent[1], m.end + BRACKET_AMOUNT_REACH))
        if close is None or d.kw.last("out_of_scope", opened, close.start()) is not None or \
                d.kw.last("money", opened, close.start()) is not None:
            return None  # (Microsoft ($3.1 trillion market cap): no metric of the vocabulary; a metric of its own: decided so)
        kw = d.kw.last("money", sent[0], named_lo) or d.kw.first("money", close.end(), sent[1])
        mk = d.markets.before(sent[0], named_lo) or d.markets.after(close.end(), sent[1])
        # (the year the sentence closes with, where the bracket names none: … more than doubling their revenue from server
        # sales in 2024)
        self.cur_bracket_period = next((str(p.period) for p in [d.periods.after(close.end(), sent[1], lambda q: q.kind == "year")]
                                        if p is not None and p.period), None)
        if kw is not None and kw.label in COMPANY_METRICS:
            # (their revenue from server sales: the product the revenue is from)
            sold = d.items.after(kw.end, min(sent[1], kw.end + 24)) if kw.start > close.end() else None
            return kw.label, str(sold.name) if sold is not None and sold.name in ITEM_MARKET else None, name
        if mk is not None:
            return "revenue", MARKET_ITEM.get(str(mk.name)), name
        return None

    def cloud_after(self, sent: tuple[int, int], end: int) -> NameMention | None:
        """The cloud that rents out compute (aliases.toml sells = "compute") named right after an amount ending at ``end``,
        on or with it between (spend $10B on CoreWeave, over US$10 billion with CoreWeave); None otherwise."""
        d = self.d
        cloud = d.entities.after(end, min(sent[1], end + DEAL_PARTY_REACH),
                                 lambda x: alias_table().sells.get(str(x.name)) == "compute")
        return cloud if cloud is not None and SPENT_ON_GAP.fullmatch(d.text, end, cloud.start) is not None else None

    def spent_with_cloud(self, sent: tuple[int, int], m: Mention) -> bool:
        """``m`` is money spent on or with a cloud that rents out compute: the cloud right after it (spend $10B on CoreWeave)
        or a spending word, the cloud, then the amount (planned spending with CoreWeave to $22.4B)."""
        d = self.d
        sells = alias_table().sells

        def cloud(x: NameMention) -> bool:
            return sells.get(str(x.name)) == "compute"

        if self.cloud_after(sent, m.end) is not None:
            return True
        before = d.entities.before(max(sent[0], m.start - DEAL_PARTY_REACH), m.start, cloud)
        return before is not None and SPENT_WITH_BEFORE.search(d.text, max(sent[0], before.start - 24), before.start) is not None \
            and SPENT_TO_GAP.fullmatch(d.text, before.end, m.start) is not None

    def spent_on_hardware(self, sent: tuple[int, int], m: Mention) -> bool:
        """``m`` is money a buyer spends on accelerators or AI servers: a spending or buying verb right before it and the
        hardware right after it (ByteDance spent $2 billion on Nvidia chips; 阿里巴巴斥资10亿美元采购英伟达芯片), or the hardware
        bought named before the spending word (字节跳动2024年采购GPU花费约20亿美元). LABELLING.md metric table: the chip-purchase
        part of capex is an investment in compute."""
        text = self.d.text
        lo = max(sent[0], m.start - HARDWARE_SPEND_REACH)
        hi = min(sent[1], m.end + HARDWARE_SPEND_REACH)
        if HARDWARE_SPEND_BEFORE.search(text, lo, m.start) is not None and HARDWARE_BOUGHT_AFTER.match(text, m.end, hi) is not None:
            return True
        return HARDWARE_BOUGHT_BEFORE.search(text, lo, m.start) is not None

    def bracketed_deal_party(self, sent: tuple[int, int], m: Mention) -> bool:
        """``m`` opens a bracket right after a company's name (Microsoft ($17–19B)), and deals for compute are named before
        that name in the sentence (COMPUTE_DEALS_NAMED)."""
        d = self.d
        if d.text[max(0, m.start - 2) : m.start].strip() not in ("(", "（"):
            return False  # (most amounts stand in no bracket: asked before any search)
        party = d.companies.before(max(sent[0], m.start - 24), m.start, lambda x: x.type != "model")
        return party is not None and PARTY_BRACKET.fullmatch(d.text, party.end, m.start) is not None and \
            COMPUTE_DEALS_NAMED.search(d.text, max(sent[0], party.start - DEAL_LIST_REACH), party.start) is not None

    def bracketed_after(self, sent: tuple[int, int], pos: int) -> str | None:
        """The company whose name the bracket holding the rate at ``pos`` follows (戴尔(增长20.6%), Dell
        (up 20.6%)): the rate is that company's."""
        e = self.d.entities.before(max(sent[0], pos - 24), pos, lambda x: x.type != "model" and self.not_vendor(x))
        if e is None or not BRACKET_RATE_OPEN.fullmatch(self.d.text, e.end, pos):
            return None
        return str(e.name)

    def operator_holder(self, sent: tuple[int, int], pos: int) -> bool:
        """The company the sentence names last before ``pos`` (or its pronoun's) is an operator."""
        e = self.d.entities.before(sent[0], pos, lambda x: x.type != "model" and self.not_vendor(x))
        if e is None and self.d.doc_entity and self.pronoun_in(sent[0], pos):
            return alias_table().types.get(self.d.doc_entity) == "operator"
        return e is not None and e.type == "operator" and not self.listed(e)

    def followed_part(self, m: Mention, sent: tuple[int, int]) -> tuple[Fact, int] | None:
        """A rate in a bracket right after a name, in a sentence that opens with "followed by" (其次是) after a
        share, or next in a list of such brackets: the share it continues and where its name starts."""
        d = self.d
        text = d.text
        if text[max(0, m.start - 2) : m.start].strip() not in ("(", "（") or text[m.end : m.end + 1] not in ")）":
            return None
        prev = self.previous_decision()
        if prev is not None and prev.facts and prev.facts[0].metric == "share" and sent[0] <= prev.end < m.start and \
                (gap := NEXT_BRACKET_PART.fullmatch(text, prev.end, m.start)) is not None:
            return prev.facts[0], gap.start(1)  # (…(31%), data center physical infrastructure (11%) and Ethernet switching (7%))
        opener = FOLLOWED_BY.match(text, sent[0])
        if opener is None or prev is None or not prev.facts or prev.facts[0].metric != "share" or \
                prev.end >= sent[0] or d.text[prev.end : sent[0]].count("\n") > 1 or m.start - opener.end() > 80:
            return None
        return prev.facts[0], opener.end()

    def place_bracket_growth(self, m: Mention, sent: tuple[int, int]) -> str | None:
        """A signed rate in a bracket right after a place's name (日本(+66.9%), EMEA(欧洲中东非洲,+28.2%)), in a sentence
        of growth in a market report or on a company's page: the place's region code ("" for a place with no code), else None."""
        d = self.d
        if (d.kind != "market_report" and d.head_entity is None) or "+" not in d.text[max(0, m.start - 1) : m.start + 1]:
            return None  # (a plus sign says it is a change; on a company's page, of the company's metric: the caller)
        opened = PLACE_BRACKET_RATE.search(d.text, max(sent[0], m.start - 24), m.start)
        if opened is None:
            return None
        if self.growth_sentence[0] != sent:  # (a sentence's words of growth read once, not once per rate in it)
            self.growth_sentence = (sent, d.kw.any("yoy", sent[0], sent[1]) or GROWTH_WORD_ZH.search(d.text, sent[0], sent[1])
                                    is not None)
        if not self.growth_sentence[1]:
            return None
        # (the name right before the bracket, or one space before it: Asia Pacific (+155 percent))
        at = opened.start() - (d.text[opened.start() - 1 : opened.start()] == " ")
        coded = d.regions.before(max(sent[0], at - 12), at, lambda r: r.end == at)
        if coded is not None:
            return str(coded.name)
        bare = d.uncoded.before(max(sent[0], at - 16), at)
        return "" if bare is not None and bare.end == at else None

    def company_ranked_next(self, m: Mention, sent: tuple[int, int], growth_named: bool) -> tuple[Fact, NameMention] | None:
        """A rate of the company a ranking names next (Dell led … with 17.5% share, followed by HPE with 17.1%; 浪潮电子出货量
        增长率高,达31.5%。其次是华为,26.1%的增长; HPE followed with 17.1%): the fact of the company ranked before it (the
        rate right before, in this sentence or the one before) and the company; else None."""
        d, text = self.d, self.d.text
        c = d.companies.before(max(sent[0], m.start - RANK_NAME_REACH), m.start, lambda x: x.type != "model")
        if c is None:
            return None
        if not (((FOLLOWED_BY_BEFORE.search(text, max(sent[0], c.start - 12), c.start) is not None or
                  FOLLOWED_BY_LIST.search(text, max(sent[0], c.start - RANK_LIST_REACH), c.start) is not None) and
                 RANKED_NEXT_GAP.fullmatch(text, c.end, m.start) is not None) or (
                (fw := FOLLOWED_WITH.match(text, c.end, m.start)) is not None and
                (RANK_BRACKET.fullmatch(text, fw.end(), m.start) or RANK_DIRECT.fullmatch(text, fw.end(), m.start)))):
            return None
        prev = self.previous_decision()
        if prev is None or not prev.facts or prev.unit != "%" or prev.end < self.para_start(m.start) or \
                prev.end < sent[0] - RANK_REACH:
            return None
        led = prev.facts[0]
        if led.metric not in ("share", "market_share", "yoy_growth") or led.entity is None or led.entity == c.name or \
                (growth_named and led.metric != "yoy_growth"):
            return None
        return led, c

    def growth_just_stated(self, m: Mention) -> Fact | None:
        """The year-on-year growth the last few quantities before ``m`` in its paragraph stated (its first fact), else None."""
        para = self.para_start(m.start)
        for back in range(2, 6):
            if back > len(self.decisions):
                return None
            x = self.decisions[-back]
            if x.end < para:
                return None
            if x.unit == "%" and x.facts and x.facts[0].metric == "yoy_growth":
                return x.facts[0]
        return None

    def bracketed_rival_rate(self, m: Mention, sent: tuple[int, int]) -> tuple[Fact, NameMention] | None:
        """A rate alone in a bracket right after a company's name (its product's name may follow: 微軟Azure（39%）), where
        the sentence stated a growth of another company before it: (that growth's fact, the company), else None."""
        d = self.d
        if d.text[max(0, m.start - 3) : m.start].rstrip(" +＋")[-1:] not in ("(", "（"):
            return None  # (most rates stand in no bracket of their own: asked before any search)
        opened = RIVAL_BRACKET_OPEN.search(d.text, max(sent[0], m.start - 20), m.start)
        if opened is None or CLOSE_BRACKET.match(d.text, m.end) is None:
            return None
        holder = d.entities.before(max(sent[0], opened.start() - 24), opened.start(), lambda x: x.type != "model")
        if holder is None or PRODUCT_WORD_GAP.fullmatch(d.text, holder.end, opened.start()) is None:
            return None
        led = self.last_rate_before(sent, 3)
        if led is None or not led.facts:
            return None
        f = led.facts[0]
        if f.metric != "yoy_growth" or f.entity is None or f.entity == holder.name or f.unit != "%":
            return None
        return f, holder

    def buyer_named_after(self, metric: str | None, end: int) -> NameMention | None:
        """For a count or a held quantity ending at ``end``, the company a passive names right after it as its buyer (224,000
        chips bought by Meta, 50,000 GPUs deployed by xAI), else None."""
        if metric not in HELD_NOT_SOLD and metric not in COUNT_METRICS:
            return None
        by = BOUGHT_BY_AFTER.match(self.d.text, end)
        if by is None:
            return None
        return self.d.companies.after(by.end(), by.end() + BOUGHT_BY_REACH,
                                      lambda x: x.type != "model" and x.start <= by.end() + 1)

    def training_spoken_of(self, sent: tuple[int, int], pos: int) -> bool:
        """The training of models is spoken of before ``pos`` in its sentence or the TRAINING_CUE_SENTENCES before it in its
        paragraph, or in the page's head: an amount of work in FLOP is then a training run's (…Gemini 1.0 Ultra trained for
        1e26 FLOPs? ¶ I originally saw the estimate from EpochAI, which I think was either 8e25 FLOPs or 1e26 FLOPs)."""
        earlier = list(self.earlier_sentences(sent, TRAINING_CUE_SENTENCES))
        lo = self.d.sentences[earlier[-1]][0] if earlier else sent[0]
        lo = min(lo, self.sentence_start(max(0, sent[0] - 2)))
        return self.cue_in("training", lo, pos) or self.cue_in("training", 0, min(pos, HEAD_CHARS))

    def whole_of_which(self, sent: tuple[int, int], m: Mention, of: str) -> Fact | None:
        """For a share opened by 其中 (of which) of the metric ``of``, the fact of the last amount of that metric (of any
        money metric, for a money one) before it in its sentence that is no comparison base (not 高于今年的1500亿元, up from
        …); else None. Looks back over the RECENT_VALUES last decisions."""
        text = self.d.text
        if OF_WHICH_BEFORE.search(text, max(sent[0], m.start - 8), m.start) is None:
            return None
        for prev in itertools.islice(reversed(self.decisions[:-1]), RECENT_VALUES):
            if prev.start < sent[0]:
                return None
            # (较今年AI基础建设投资约人民币1500亿元……其中约一半: the base's own metric names no whole; any money amount stated may)
            fact = next((f for f in prev.facts if f.metric == of or (
                of in UNIT_KIND_OF["money"] and f.metric in UNIT_KIND_OF["money"])), None)
            if fact is not None and BASE_WORD_BEFORE.search(text, max(sent[0], prev.start - BASE_WORD_REACH), prev.start) is None:
                return fact
        return None

    def generic_models_before(self, sent: tuple[int, int], pos: int) -> re.Match[str] | None:
        """Models in general named before ``pos`` in its clause (AI 大模型训练成本, 大模型单次预训练成本, the training cost of
        frontier models): no one model's figure."""
        return GENERIC_MODELS_BEFORE.search(self.d.text, max(sent[0], pos - GENERIC_MODELS_REACH), pos)

    def parallel_count(self, m: Mention, sent: tuple[int, int]) -> str | None:
        """The count metric of the quantity right before ``m`` in its sentence, where ``m`` states the same count of the next
        clause's subject, with no counter of its own (…出貨量預估150 萬至200 萬,亞馬遜AWS Trainium 2 預估140 萬至150 萬): a
        subject named, then a forecast or reaching verb; else None."""
        prev = self.previous_decision()
        if prev is None or not prev.facts or not sent[0] <= prev.end <= m.start or \
                any(f.unit != "units" or f.metric not in COUNT_METRICS for f in prev.facts):
            return None
        gap = PARALLEL_COUNT_GAP.fullmatch(self.d.text, prev.end, m.start)
        if gap is None or (self.d.companies.after(gap.start("subject"), gap.end("subject")) is None and
                           self.d.items.after(gap.start("subject"), gap.end("subject")) is None):
            return None
        return prev.facts[0].metric

    def parallel_amount(self, m: Mention, sent: tuple[int, int]) -> tuple[str, str] | None:
        """The money metric and currency of the amount right before ``m`` in its sentence, where ``m`` — a number in 亿 or
        万 with no currency — is the next clause's amount of the same money (营收破434亿,2025年目标直指500亿); else None."""
        prev = self.previous_decision()
        if prev is None or len(prev.facts) != 1 or not sent[0] <= prev.end <= m.start or \
                _unit_kind(prev.facts[0].unit) != "money" or CJK_SCALE_END.search(self.d.text, m.start, m.end) is None:
            return None
        if PARALLEL_AMOUNT_GAP.fullmatch(self.d.text, prev.end, m.start) is None:
            return None
        return prev.facts[0].metric, prev.facts[0].unit

    def item_bought_in(self, sent: tuple[int, int], pos: int) -> str | None:
        """The item whose purchases the sentence of ``pos`` sets as its scope before it (2022 年 AI 服务器采购中, 在AI伺服器採購
        方面), or — for a buyer's share in the next sentence of the paragraph (国内市场方面,字节跳动……年采购占比达 6.2%) —
        the sentence right before sets; else None."""
        d = self.d
        # (each looked at in its last PURCHASES_REACH characters: in an endless sentence of shares a scan from its start for
        # every share was quadratic)
        spans = [(max(sent[0], pos - PURCHASES_REACH), pos)]
        if (before := next(self.earlier_sentences(sent, 1), None)) is not None:
            lo, hi = d.sentences[before]
            spans.append((max(lo, hi - PURCHASES_REACH), hi))
        for lo, hi in spans:
            for scope in PURCHASES_SCOPE.finditer(d.text, lo, hi):
                it = d.items.before(max(lo, scope.start() - 12), scope.start() + 1)
                if it is not None:
                    return str(it.name)
        return None

    def share_before_list(self, sent: tuple[int, int]) -> Fact | None:
        """The share of a market a place holds (no company's, its whole named) stated in the sentence ``sent`` right before
        the respectively list the quantity being decided opens or belongs to, else None."""
        chain = self.respectively_chains.get(self.cur_index)
        back = self.cur_index - (chain[0] if chain else self.cur_index) + 2  # (the current quantity's decision is the last)
        if back > len(self.decisions):
            return None
        x = self.decisions[-back]  # (the decision of the quantity right before the list's first)
        if x.end < sent[0] or x.unit != "%" or len(x.facts) != 1:
            return None
        f = x.facts[0]
        return f if f.metric == "share" and f.of in MARKET_OF and f.entity is None and f.region is not None else None

    def bracketed_place_rate(self, m: Mention, sent: tuple[int, int]) -> tuple[Fact, NameMention, str] | None:
        """A rate alone in a bracket right after a place's name (其次是美國(16%)、歐洲、中東和非洲地區(13%)和中國(11%)), where the
        sentence stated a growth or CAGR of a market before it, or a place's share of it (also the sentence right before, in
        its paragraph, where the places open the sentence: …with nearly half of the spending. China (23%), …): (that rate's
        fact, the place, its code or ""), else None."""
        d = self.d
        if d.kind != "market_report" or (d.text[max(0, m.start - 2) : m.start].rstrip(" ")[-1:] not in ("(", "（") and
                                         RATE_AFTER_BRACKET_ALIAS.search(d.text, max(0, m.start - 14), m.start) is None) or \
                CLOSE_BRACKET.match(d.text, m.end) is None:
            return None  # (most rates stand in no bracket of their own: asked before any search)
        place = self.bracketed_place_named(m)
        if place is None:
            return None
        led = self.last_rate_before(sent, 3)
        if led is None and d.text[sent[0] : place[0].start].strip() == "" and (prev := self.previous_decision()) is not None \
                and prev.unit == "%" and prev.end >= self.para_start(m.start) and \
                all(f.metric == "share" and f.region not in (None, "GLOBAL") for f in prev.facts):
            led = prev  # …with nearly half of the spending. China (23%), Asia Pacific (16%) … follow: the next places' parts
        if led is None or not led.facts:
            return None
        f = led.facts[0]
        if f.metric not in ("cagr", "yoy_growth", "share") or f.of not in MARKET_METRICS or f.entity is not None or \
                (f.metric == "share" and f.region in (None, "GLOBAL") and led.end < sent[0]):
            return None
        return f, place[0], place[1]

    def place_share(self, m: Mention, sent: tuple[int, int], clause_lo: int) -> bool:
        """In a market report, a share word right after the rate (以56%的全球份额) or right before it (市场份额仅1.1%), in a
        sentence that names no company before it and has a place open a clause as its subject (美国以…, 加拿大虽以…,
        中国市场:…): the place's part of the market."""
        d = self.d
        if d.kind != "market_report" or self.company_before(sent, m.start):
            return False
        # (国内边缘芯片市占率约15% of a company the sentence leaves implicit: not the place's; the 全球 of 贡献全球24%营收 is
        # the whole)
        if not any((PLACE_OPENS.search(d.text, max(0, p.start - 2), p.start) or p.start == sent[0])
                   and PLACE_SUBJECT_AFTER.match(d.text, p.end) for p in d.regions.between(max(sent[0], m.start - PLACE_REACH), m.start)
                   if self.region_scope(p)):
            return False
        after = d.kw.first("market_share", m.end, min(sent[1], m.end + 12))
        if after is not None and PLACE_SHARE_AFTER.fullmatch(d.text, m.end, after.start):
            return True
        before = d.kw.last("market_share", max(clause_lo, m.start - 8), m.start) or \
            d.kw.last("share", max(clause_lo, m.start - 8), m.start)  # (中国市场:……,贡献全球24%营收)
        return before is not None and PLACE_SHARE_BEFORE.fullmatch(d.text, before.end, m.start) is not None

    def market_place_before(self, sent: tuple[int, int], pos: int) -> bool:
        """A place named in the sentence before ``pos`` that scopes a market: not a company's country right before
        its name (美国英伟达) nor where goods go (向中国客户交付, shipped to China)."""
        d = self.d
        for r in d.regions.between(max(sent[0], pos - PLACE_REACH), pos):
            if (c := d.companies.after(r.end, r.end + 24)) is not None and c.start == r.end:
                continue  # (美国英伟达向中国客户交付了100万颗H20: the maker's country)
            if d.text[r.start - 1 : r.start] in ("向", "对") or DESTINATION_BEFORE.search(d.text, max(0, r.start - 12), r.start):
                continue  # (… to Chinese customers: where the chips went)
            if self.nationality(r):
                continue  # (美国研究机构SemiAnalysis: the country of the firm that says it)
            return True
        return False

    def unknown_subject(self, sent: tuple[int, int], pos: int) -> bool:
        """The sentence opens with the name of a company the alias table does not list (金山云第三季…,
        Marvell reported …; lexicons/cues.toml [company_subject])."""
        d = self.d
        first = d.entities.after(sent[0], min(pos, sent[0] + SUBJECT_OPENING + 8))
        if first is not None and first.start - sent[0] <= SUBJECT_OPENING and \
                (parent := PARENT_AFTER.match(d.text, first.end)) is not None and \
                ((sub := d.entities.after(parent.end(), parent.end() + 16)) is None or sub.start > parent.end()):
            return True  # 鸿海(2317)旗下工业富联发布……: the subsidiary, off the table, is the subject
        zh, en, not_name, short = _subject_patterns(lexicon())
        # (a short name's look-ahead may read the figure itself: 仁宝营收593.66亿元)
        m = zh.match(d.text, sent[0], pos) or short.match(d.text, sent[0], min(sent[1], pos + 2))
        if m is not None and m.end() > pos:
            m = None
        if m is not None and _NOT_NAME_ZH.search(m.group(1)) is not None:
            return False  # 我们预计公司2025年营收: a writer's forecast of the page's company, no company's name
        if m is None:
            m = en.match(d.text, sent[0], pos)
            if m is None or not set(m.group(1).split()).isdisjoint(not_name) or m.group(1) in self.unit_acronyms:
                return False  # (ISG reported …, where the page wrote Infrastructure Solutions Group (ISG): a business unit)
        lo, hi = m.span(1)
        return all(spans.before(lo, hi) is None for spans in (d.entities, d.regions, d.items, d.periods, d.uncoded))

    @functools.cached_property
    def unit_acronyms(self) -> frozenset[str]:
        """The short names the page gives its company's business units (Solutions & Services Group (SSG),
        Infrastructure Solutions Group (ISG – servers and storage)): a unit, not a company off the table."""
        return frozenset(m.group(1) for m in UNIT_ACRONYM.finditer(self.d.text))

    def earlier_sentences(self, sent: tuple[int, int], most: int) -> Iterator[int]:
        """The indexes of the sentences before ``sent`` in its paragraph, nearest first, at most ``most``."""
        lo = self.para_start(sent[0])
        i = bisect.bisect_right(self.sent_starts, sent[0]) - 2
        while i >= 0 and most > 0 and self.d.sentences[i][0] >= lo:
            yield i
            i -= 1
            most -= 1

    def previous_sentence_metric(self, sent: tuple[int, int]) -> str | None:
        """The one metric the sentence right before ``sent`` in its paragraph names, when it names no
        company (a market's trend, then its yearly growth rates); else None."""
        d = self.d
        i = next(self.earlier_sentences(sent, 1), None)
        if i is None:
            return None
        prev = d.sentences[i]
        if self.named_in_sentence(prev, prev[1]) or self.named_in_sentence(sent, sent[1]):
            return None
        cause = CAUSE_CLAUSE.match(d.text, prev[0])  # (not the metric of a clause naming the cause: 受益于……需求旺盛,)
        first = self.of_keyword(cause.end() if cause is not None and cause.end() < prev[1] else prev[0], prev[1])
        return first if first is not None and first in MARKET_OF | {"capex"} else None

    def topic_sentence_metric(self, sent: tuple[int, int], m: Mention) -> str | None:
        """The money metric the sentence right before ``sent`` in its paragraph names when that sentence states no amount
        (a topic sentence: TSMC presented its capital expenditure framework.), for an amount of ``sent`` that names no metric:
        nothing outside the vocabulary before it in its sentence, no company there other than one the topic sentence names;
        else None. (The sentence's part is read once a sentence: an endless sentence of amounts stays linear.)"""
        d = self.d
        if sent[0] not in self.topic_of:
            self.topic_of[sent[0]] = self.find_topic(sent)
        found = self.topic_of[sent[0]]
        if found is None or d.kw.last("out_of_scope", sent[0], m.start) is not None or \
                NOT_SPENT_BEFORE.search(d.text, max(sent[0], m.start - NOT_SPENT_REACH), m.start) is not None or \
                NOT_SPENT_AFTER.match(d.text, m.end) is not None:
            return None
        label, named = found
        if d.entities.before(sent[0], m.start, lambda e: e.type != "model" and e.name not in named) is not None:
            return None  # (another company's amount: no topic of this one's)
        return label

    def find_topic(self, sent: tuple[int, int]) -> tuple[str, frozenset[str]] | None:
        """For topic_sentence_metric: the metric the sentence before names and the companies it names, where it states no
        amount and ``sent`` names no money metric of its own; else None."""
        d = self.d
        i = next(self.earlier_sentences(sent, 1), None)
        if i is None or d.kw.last("money", sent[0], sent[1]) is not None or self.cue_in("respectively", sent[0], sent[1]):
            return None
        prev = d.sentences[i]
        j = bisect.bisect_left(self.mention_starts, prev[0])
        if j < len(self.mention_starts) and self.mention_starts[j] < prev[1]:
            return None  # (the sentence before states a quantity: carried_metric's case, or a rate's sentence; not a topic)
        topic = d.kw.last("money", prev[0], prev[1])
        if topic is None or topic.label not in TOPIC_METRICS or d.kw.last("out_of_scope", prev[0], prev[1]) is not None:
            return None
        return str(topic.label), frozenset(str(e.name) for e in d.entities.between(prev[0], prev[1]) if e.type != "model")

    def names_no_measure(self, lo: int, hi: int) -> bool:
        """``lo:hi`` names no measure of its own a growth could be of: no money, count or rate-of word, nothing outside the
        vocabulary (订单金额, GMV, 年增率 of a span: 雲端業務訂單金額年增 25%, 電商商品交易總額(GMV)按年增17.6%)."""
        kw = self.d.kw
        count = kw.last("count", lo, hi)  # (因AI需求放量: the demand that drove it, no count)
        return kw.last("money", lo, hi) is None and (count is None or count.label == "demand") and \
            kw.last("out_of_scope", lo, hi) is None and kw.last("cagr", lo, hi) is None and \
            NOT_SALES.search(self.d.text, lo, hi) is None

    def company_growth_before(self, sent: tuple[int, int], m: Mention) -> str | None:
        """The metric (``of``) of the last growth of the company named right before ``m`` that the facts before that name
        state (within GROWTH_BEFORE_REACH before ``m``, the last RECENT_VALUES); else None."""
        d = self.d
        e = d.entities.before(max(sent[0], m.start - COMPANY_GROWTH_NAME_REACH), m.start,
                              lambda x: x.type != "model" and self.not_vendor(x))
        if e is None:
            return None
        for c in itertools.islice(reversed(self.out), RECENT_VALUES):
            if c.decision.start < m.start - GROWTH_BEFORE_REACH:
                break
            f = c.fact
            if c.decision.end <= e.start and f.metric == "yoy_growth" and f.entity == e.name and f.of:
                return f.of
        return None

    def previous_sentence_split(self, sent: tuple[int, int]) -> str | None:
        """The whole a share of the sentence right before ``sent`` in its paragraph is of, when that sentence splits a
        company metric by place (The US accounted for 60% of revenue, Asia 30%, Europe 6%); else None."""
        i = next(self.earlier_sentences(sent, 1), None)
        if i is None:
            return None
        prev = self.d.sentences[i]
        for c in itertools.islice(reversed(self.out), RECENT_VALUES):
            if c.decision.start < prev[0]:
                break
            f = c.fact
            if c.decision.start < prev[1] and f.metric == "share" and f.of in COMPANY_METRICS:
                return f.of
        return None

    def pointed_back_metric(self, sent: tuple[int, int]) -> str | None:
        """The metric of the last amount of the sentence right before ``sent`` in its paragraph, when
        ``sent`` opens by pointing back at it (This represents a 13% increase from …, That was up 9%);
        else None."""
        prev = self.pointed_back_sentence(sent)
        if prev is None:
            return None
        last = [v for k, v in self.last_value.items() if k != "%" and prev[0] <= v[1] < prev[1]]
        return max(last, key=lambda v: v[1])[0] if last else None

    def pointed_back_sentence(self, sent: tuple[int, int]) -> tuple[int, int] | None:
        """The sentence right before ``sent`` in its paragraph (or on the line right before), when ``sent`` opens by
        pointing back at it (This represents …, That's up from …, That estimate …); else None."""
        if DEMONSTRATIVE_OPENER.match(self.d.text, sent[0]) is None:
            return None
        i = next(self.earlier_sentences(sent, 1), None)
        if i is None:
            # (…well above the $99.9 billion consensus. ¶ That's a 16% jump: the line right before, on its own line)
            j = bisect.bisect_right(self.sent_starts, sent[0]) - 2
            i = j if j >= 0 and not self.d.text[self.d.sentences[j][1] : sent[0]].strip() else None
        return self.d.sentences[i] if i is not None else None

    def world_spending(self, metric: str | None, sent: tuple[int, int], pos: int) -> bool:
        """The last words of ``metric`` (capex, an investment) before ``pos`` in its sentence are led by the world's
        (global artificial intelligence investment spending, 全球数据中心资本支出) with no company named between: the
        world's spending, no company's."""
        if metric not in ("capex", "compute_investment"):
            return False
        d = self.d
        said = d.kw.last("money", sent[0], pos)
        if said is None or said.label != metric:
            return False
        lo = max(sent[0], said.start - 48)
        return WORLD_BEFORE.search(d.text, lo, said.start) is not None and not d.entities.between(lo, said.start)

    def pointed_back_value(self, sent: tuple[int, int], kind: str) -> _Value | None:
        """The last fact of ``kind`` of the sentence ``sent`` points back at (That's up from $130 billion in 2025 and
        above Wall Street's $144-150 billion estimates): the value the bases of ``sent`` are compared with."""
        prev = self.pointed_back_sentence(sent)
        if prev is None:
            return None
        c = next((c for c in reversed(self.out) if prev[0] <= c.decision.start < prev[1]
                  and _unit_kind(c.fact.unit) == kind), None)
        if c is None:
            return None
        f = c.fact
        return _Value(f.metric, kind, f.period, f.region, f.entity, f.item, f.basis, end=c.decision.end, unit=f.unit)

    def table_column(self, m: Mention) -> tuple[int, int, int, int, int, int] | None:
        """For a value in a row of a text table — a line of the original text with TABLE_MIN_CELLS or
        more cells set apart by blanks, under a header line of as many cells with no number but
        years, at most TABLE_ROWS rows up — the header cell of its column, the row's start and the end
        of its label, and the header line's span (normalised offsets); else None. The original's
        lines are read, as normalising joins a table's cells; each line is split once."""
        norm = self.d.norm
        orig = norm.original
        at = norm.index[m.start]
        if self.orig_line_starts is None:  # (the original's line starts, found once: a look back per value was quadratic)
            self.orig_line_starts = _line_starts(orig)
        lo = _line_start_of(self.orig_line_starts, at)
        row = self.table_rows.get(lo)
        if row is None:
            row = self.table_rows[lo] = _table_row(orig, lo)
        if not row:
            return None
        cells, header, head_lo, head_hi = row
        k = next((i for i, (a, b) in enumerate(cells) if a <= at < b), None)
        if k is None or k == 0:
            return None

        def to_norm(pos: int) -> int:
            return bisect.bisect_left(norm.index, pos)

        return (to_norm(header[k][0]), to_norm(header[k][1]), to_norm(lo), to_norm(cells[0][1]),
                to_norm(head_lo), to_norm(head_hi))

    def paragraph_subject(self, sent: tuple[int, int]) -> str | None:
        """The company an earlier sentence of the paragraph (at most 4 back) opens with, when the
        sentences between name no other company and no market: the paragraph goes on about it."""
        d = self.d
        if d.markets.before(sent[0], sent[1]) is not None or d.regions.before(sent[0], sent[1]) is not None:
            return None
        for i in self.earlier_sentences(sent, SUBJECT_SENTENCES):
            if i not in self.sentence_openers:
                self.sentence_openers[i] = self.sentence_opener(d.sentences[i])
            opened = self.sentence_openers[i]
            if opened != "":
                return opened  # the company it opens with, or None where it names others or a market
        return None

    def sentence_opener(self, sent: tuple[int, int]) -> str | None:
        """The one company ``sent`` names, when it opens the sentence; None when it names a company
        that does not, several companies or a market, or opens with a company off the table; ""
        when it names none of these (asked once a sentence)."""
        d = self.d
        named = d.entities.between(sent[0], sent[1])
        if named:
            first = named[0]
            if first.type == "model" or first.start - sent[0] > SUBJECT_OPENING or \
                    any(x.name != first.name for x in named if x.type != "model") or not self.not_vendor(first) or \
                    EXAMPLE_BEFORE.search(d.text, max(sent[0], first.start - 12), first.start) is not None:
                # (国内头部云厂商(如阿里巴巴)表示……: a company named as an example of the subject is not the subject)
                return None
            return str(first.name)
        if d.markets.before(sent[0], sent[1]) is not None or self.unknown_subject(sent, sent[1]):
            return None
        return ""

    def unknown_subject_before(self, sent: tuple[int, int]) -> bool:
        """The paragraph's last subject before ``sent`` is a company the table does not list (技嘉第三季
        营收……。前三季累计营收……: still 技嘉's); a known company named in between ends it."""
        d = self.d
        for i in self.earlier_sentences(sent, SUBJECT_SENTENCES):
            prev = d.sentences[i]
            if self.unknown_subject(prev, prev[1]):
                return True  # (鸿海旗下工业富联……。其中,第2季营收……: the subsidiary's, though 鸿海 is named)
            if d.entities.before(prev[0], prev[1], lambda x: x.type != "model") is not None:
                return False
        return False

    def tracker_region(self, sent: tuple[int, int], m: Mention) -> bool:
        """A region right before a rate in a market tracker (日本增长66.9%): its market's rate there."""
        d = self.d
        return d.kind == "market_report" and d.head_entity is None and \
            d.regions.before(max(sent[0], m.start - 24), m.start) is not None

    def whole_named_after(self, m: Mention, sent: tuple[int, int]) -> str | None:
        """The whole a share names after it, when nothing before it names one: "5% of NVIDIA's high-end
        GPU shipments", "70% of spending on AI-optimised servers" (a metric a few words after "of"; not
        "demand", which is as often electricity's); in a market report with no company in its head, a
        revenue whole is the market's (贡献全球24%的收入)."""
        d = self.d
        whole = self.metric_right_after(m, sent)
        if whole is None and (zh := WHOLE_AFTER_ZH.match(d.text, m.end)) is not None:
            whole = "shipments" if zh.group(1).startswith("出货") else "revenue"
        if whole is None and DC_POWER_WHOLE_AFTER.match(d.text, m.end) is not None:
            whole = "datacenter_power"  # AI workloads already account for 14% of global data center demand: of its power
        if whole is None and d.kind == "market_report" and d.head_entity is None and \
                WHOLE_SPENDING_AFTER.match(d.text, m.end) is not None:
            # (servers constituted a staggering 89% of total spending: of the spending the report sizes, its market)
            return self.last_market(m.start)
        if whole == "revenue" and d.kind == "market_report" and d.head_entity is None:
            whole = self.last_market(m.start) or whole
        return whole

    def metric_before_noun(self, m: Mention, sent: tuple[int, int]) -> str | None:
        """The metric named between a rate and its growth noun (a 33% revenue increase, a 20% capex
        jump, 11% year-over-year revenue growth): the rate is that metric's growth."""
        d = self.d
        if d.text.startswith("的", m.end):
            # 輝達實現75%的營收增長, 資料中心業務75%的營收成長: the rate, 的, the metric and its growth noun
            for group in ("count.shipments", "money"):
                h = d.kw.first(group, m.end + 1, min(len(d.text), m.end + 8))
                if h is not None and h.start == m.end + 1 and GROWTH_NOUN_ZH.match(d.text, h.end):
                    return "shipments" if group == "count.shipments" else (
                        h.label if h.label in UNIT_KIND_OF["money"] and h.label != GENERIC_MARKET else None)
            return None
        if not d.text.startswith(" ", m.end) or not d.text[m.end + 1 : m.end + 2].isalpha():
            return None  # (a word must follow the rate: most rates are followed by anything else)
        for group in ("count.shipments", "money"):
            h = d.kw.first(group, m.end, min(sent[1], m.end + 40))
            if h is not None and YOY_WORD_GAP.fullmatch(d.text, m.end, h.start) is not None and \
                    METRIC_THEN_NOUN.match(d.text, h.end):
                return "shipments" if group == "count.shipments" else (
                    h.label if h.label in UNIT_KIND_OF["money"] and h.label != GENERIC_MARKET else None)
        return None

    def metric_right_after(self, m: Mention, sent: tuple[int, int]) -> str | None:
        """The metric a rate is of when it is named right after it (70% for shipments, 20% in revenue)."""
        d = self.d
        hi = min(sent[1], m.end + 56)  # (a 44% year-over-year increase in Q2 revenue: RATE_OF_AFTER bounds the words)
        if (between := self.metric_before_noun(m, sent)) is not None:
            return between
        for group in ("count.shipments", "money", "money_patterns"):
            h = d.kw.first(group, m.end, min(sent[1], hi + (40 if group == "money_patterns" else 0)))
            if group == "money" and h is not None and \
                    (longer := d.kw.first("money_patterns", h.start, min(sent[1], hi + 40))) is not None and \
                    longer.start == h.start and longer.end > h.end:
                h = longer  # (a 73% increase in revenue from its core data center segment: the longer name at the same place)
            if h is not None and (RATE_OF_AFTER.fullmatch(d.text, m.end, h.start) or (
                    group != "count.shipments" and RATE_TO_LEVEL_OF.fullmatch(d.text, m.end, h.start))):
                # (a 49% increase in spending on AI-optimised servers: a pattern of the lexicon)
                return "shipments" if group == "count.shipments" else (
                    h.label if h.label in UNIT_KIND_OF["money"] and h.label != GENERIC_MARKET else None)
        return None

    def chip_maker(self, sent: tuple[int, int], m: Mention) -> str | None:
        """The company whose chips a count of chips (颗, 张, GPUs) counts: named before it in its
        sentence, not one of a list, with no other company between."""
        e = self.d.companies.before(sent[0], m.start, lambda x: x.type != "model")
        if e is None or self.listed(e):
            return None
        if m.count_word in ("颗", "张", "枚", "片") or re.search(r"GPU|chip|accelerator", m.count_word, re.I):
            return str(e.name)
        # (Google TPU的出货量……一五〇万至二〇〇万台, AWS的Trainium 2亦有……, 辉达五〇〇至六〇〇万台: a maker's own chip
        # named after it, or the maker right before the count, whatever the counter)
        if MAKER_CHIP_AFTER.match(self.d.text, e.end) or (m.start - e.end <= 2 and self.d.text[e.end : m.start].strip() == ""):
            return str(e.name)
        if alias_table().sells.get(str(e.name)) == "chips" and SELLERS_CHIP_AFTER.match(self.d.text, e.end):
            return str(e.name)  # Nvidia AI GPU的供應量為500-600萬個: a chip maker's chips named after it, whatever the counter
        if MAKER_SHIPPED.fullmatch(self.d.text, e.end, m.start) and \
                RECIPIENT_BEFORE.search(self.d.text, max(sent[0], e.start - 4), e.start) is None:
            # AMD shipped roughly 500,000 units: the subject of the shipping verb (not where they go: 今年向微軟交付 3,000 台)
            return str(e.name)
        if self.d.text[e.end : e.end + 1] in (":", "：") and self.d.text[sent[0] : e.start].strip(" -*•·\n") == "" and \
                self.d.companies.before(e.end, m.start, lambda x: x.type != "model") is None:
            return str(e.name)  # 寒武纪:思元590单价降至6-8万元,2025年出货150k: the company the sentence is labelled with
        return None

    def count_holder(self, sent: tuple[int, int], m: Mention) -> str | None:
        """The company named right before 以 and a count with the shipment word glued after it (英伟达以约190万张出货量占据约
        70%市场份额, 华为以64万片的出货量位居第二): its own shipments, whatever it sells and whatever market the sentence names."""
        d = self.d
        e = d.companies.before(max(sent[0], m.start - 24), m.start, lambda x: x.type != "model")
        if e is None or WITH_COUNT_BEFORE.fullmatch(d.text, e.end, m.start) is None:
            return None
        ships = d.kw.first("count.shipments", m.end, min(len(d.text), m.end + 2))
        return str(e.name) if ships is not None and d.text[m.end : ships.start] in ("", "的") else None

    def shipper(self, sent: tuple[int, int], m: Mention) -> str | None:
        """The company a count of units shipped is of: the last company named before it in its sentence (not one of a
        list, nor where the units go: 向/为/to, nor a chip maker), with a shipment word between its name and the
        count (2025 年鴻海以 51% 的市佔率橫掃市場,全年出貨量高達 1.47 萬台; 其單月出貨……2,800 台)."""
        d = self.d
        e = d.companies.before(sent[0], m.start, lambda x: x.type != "model")
        if e is None or self.listed(e) or RECIPIENT_BEFORE.search(d.text, max(sent[0], e.start - 4), e.start) is not None or \
                alias_table().sells.get(str(e.name)) == "chips":
            return None  # (a chip maker's count is its chips' (chip_maker), not the servers built on them: 輝達GB200……伺服器出貨)
        return str(e.name) if d.kw.any("count.shipments", e.end, m.start) else None

    def market_growth(self, sent: tuple[int, int], m: Mention) -> bool:
        """A growth naming no metric in a market report about no company, with no company named
        before it in its sentence (the USA dominates with 79.1 percent growth): the growth of the
        market the report is about, in the region or of the item the sentence names."""
        d = self.d
        return self.tracker_region(sent, m) or (
            d.kind == "market_report" and d.head_entity is None and (
                not self.named_in_sentence(sent, m.start) or self.bracketed_after(sent, m.start) is not None)
            and self.last_market(m.start) is not None) or (  # (戴尔(增长20.6%): a vendor's slice of the market, I8)
            # the global server market is expected to grow by 44.6%, with the US and China markets expected to grow by
            # 59.7% and 39.5%: places' markets, of the market named before, in any document
            (r := d.regions.before(self.clause_start(sent[0], m.start), m.start)) is not None
            and PLACES_MARKETS.match(d.text, r.end) is not None and self.last_market(m.start) is not None
            and d.entities.before(r.end, m.start, lambda x: x.type != "model") is None)

    def mention_before(self, m: Mention) -> Mention | None:
        """The sentence's quantity right before ``m`` (the one being decided)."""
        i = self.cur_index
        return self.cur_mentions[i - 1] if 0 < i < len(self.cur_mentions) and self.cur_mentions[i] is m else None

    def growth_before_in_sentence(self, sent: tuple[int, int], m: Mention) -> Decision | None:
        """The last decision before ``m`` in its sentence, where that is a year-on-year growth of a company's money
        metric (capex, revenue …) and no amount stands between (walked back over at most a few decisions)."""
        for i in range(len(self.decisions) - 2, max(-1, len(self.decisions) - 6), -1):
            x = self.decisions[i]
            if x.start < sent[0]:
                return None
            if x.unit != "%":
                return None  # (an amount between: its metric carries, not the rate's)
            if x.facts and x.facts[0].metric == "yoy_growth" and (x.facts[0].of in COMPANY_METRICS or
                                                                  x.facts[0].of in MARKET_METRICS) and \
                    x.facts[0].of in UNIT_KIND_OF["money"]:
                return x
        return None

    def list_metric_after(self, m: Mention) -> str | None:
        """The metric named right after the last amount of a list that ``m`` opens or is in (amounts
        of one kind, each after at most a few words: A's $X, B's $Y and C's $Z capex). Each list is
        walked once: the amounts it passes keep the answer (linear in a sentence of many amounts)."""
        d = self.d
        ms = self.cur_mentions
        i = self.cur_index
        if not (0 <= i < len(ms) and ms[i] is m):
            return None
        if i in self.list_metric:
            return self.list_metric[i]
        j = i
        while j + 1 < len(ms) and _unit_kind(ms[j + 1].unit) == "money" and \
                LIST_ITEM_GAP.fullmatch(d.text, ms[j].end, ms[j + 1].start):
            j += 1
        metric = None
        if j > i:
            last = ms[j]
            hi = min(len(d.text), last.end + 40)
            for group in ("money_after", "money"):
                h = d.kw.first(group, last.end, hi)
                if h is not None and (h.start - last.end <= 2 or RESPECTIVELY_GAP.fullmatch(d.text, last.end, h.start)) and \
                        h.label not in ("market_size",):
                    metric = str(h.label)
                    break
        for k in range(i, j + 1):
            self.list_metric[k] = metric
        return metric

    def keyword_item(self, lo: int, hi: int) -> str | None:
        """The item that opens the noun of the last money metric named in ``lo:hi`` (AI伺服器營收,
        server revenue): the product line a revenue is of."""
        d = self.d
        h = self.last_keyword("money", lo, hi)  # (伺服器業績: a pattern of the lexicon)
        if h is None:
            return None
        if h.word.lower() in ("segment", "segments"):
            # client computing segment, the Servers and Networking segment: the segment is the item
            name = SEGMENT_NAME.search(d.text, max(0, h.start - 48), h.start)
            words = name.group(1).split() if name else []
            while words and words[0].lower() in SEGMENT_NOT_NAME:
                words = words[1:]
            return " ".join(words).lower() or None
        it = self.item_opening(h, lo)
        return str(it.name) if it is not None else None

    def item_opening(self, h: Hit, lo: int) -> NameMention | None:
        """The item right before the metric noun ``h`` (no further back than ``lo``), with at most a space or
        a 的 between, or the word for a business line (服务器业务收入, 服务器及部件业务收入, 伺服器事業營收): the item that opens
        the noun (AI伺服器營收, server revenue)."""
        d = self.d
        it = d.items.before(max(lo, h.start - KEYWORD_ITEM_REACH), h.end, self.not_aside)
        if it is None or (d.text[it.end : h.start].strip(" 的") != "" and
                          BUSINESS_LINE_GAP.fullmatch(d.text, it.end, h.start) is None):
            return None
        return it

    def to_date_before(self, lo: int, pos: int) -> bool:
        """A running total's cue (截至目前, 迄今, so far) in ``lo:pos``; not the 至今 of 截至今年6月底 (as of the end of
        June this year: a dated stock)."""
        h = self.d.kw.last("to_date", lo, pos)
        return h is not None and not (h.word == "至今" and self.d.text[h.start - 1 : h.start] in ("截", "止")
                                      and self.d.text[h.end : h.end + 1] in ("年", "日", "天"))

    def site_location(self, r: NameMention) -> bool:
        """The place ``r`` is where a site stands (the world's largest telco-built intelligent data center in Hohhot,
        Inner Mongolia): "in" right before it, a facility named just before that — not a place whose figure it is."""
        t = self.d.text
        start = r.start
        if t[max(0, start - 2) : start] == ", ":
            # (in Hohhot, Inner Mongolia: the city, then its province)
            city = self.d.uncoded.before(max(0, start - 32), start - 2, lambda x: x.end == start - 2) or \
                self.d.regions.before(max(0, start - 32), start - 2, lambda x: x.end == start - 2)
            if city is not None:
                start = city.start
            elif (word := CAPITALISED_WORD_END.search(t, max(0, start - 32), start - 2)) is not None:
                start = word.start()  # (a city off the alias table)
        return t[max(0, start - 3) : start] == "in " and FACILITY.search(t, max(0, start - 40), start) is not None

    def accelerators_just_named(self, m: Mention) -> bool:
        """Accelerators (a chip's model, GPUs, AI chips) or an AI computing centre named in the AI_CENTRE_REACH
        characters before ``m``, in its paragraph or the one before it."""
        d = self.d
        para = self.para_start(m.start)
        lo = max(self.para_start(para - 1) if para > 0 else 0, m.start - AI_CENTRE_REACH)
        return d.items.before(lo, m.start, _is_chip) is not None or d.kw.any("count.accelerator_count", lo, m.start) or \
            self.cue_in("ai_centre", lo, m.start)

    def previous_decision(self) -> Decision | None:
        """The decision on the mention before the one being decided (the last one is its own), if any; a writer's
        conversion of an amount into another currency counts as that amount's (较去年同期的393億美元（約新台幣1.23兆元）成長了
        73％: the growth over the amount, not over its conversion in brackets)."""
        for back in range(2, min(len(self.decisions), 4) + 1):
            if self.decisions[-back].reason != CONVERSION_REASON:
                return self.decisions[-back]
        return None

    def fell_before_in_list(self, metric: str | None, pos: int, f: Fact) -> bool:
        """The rate before ``pos`` in its list is a growth or CAGR of ``metric`` that a falling word made negative (its
        fact ``f`` holds minus the figure written), with nothing but a list separator between: 下降7.8%、10.6%."""
        prev = self.previous_decision()
        return metric in ("yoy_growth", "cagr") and f.metric == metric and f.value < 0 and prev is not None and \
            prev.unit == "%" and f in prev.facts and prev.value == -f.value and prev.end <= pos and \
            _list_gap(self.d.text[prev.end : pos])

    def before_aside(self, sent: tuple[int, int], lo: int) -> tuple[Decision, str] | None:
        """When the text before a mention (from ``lo``) opens by closing a bracket that holds numbers of its own
        right after a rate (Smartphones accounted for 34% (QoQ +16%), HPC 51%): the decision on that rate and
        the text between the bracket and the mention (its aside skipped)."""
        text = self.d.text
        opened = max(text.rfind("(", max(sent[0], lo - 120), lo), text.rfind("（", max(sent[0], lo - 120), lo))
        if opened < 0:
            return None
        for k in range(len(self.decisions) - 2, -1, -1):  # (walked back by index: no copy of the list per mention)
            dec = self.decisions[k]
            if dec.end <= opened:
                between = text[dec.end : opened]
                return (dec, text[lo + 1 : self.cur_mentions[self.cur_index].start]) \
                    if dec.unit == "%" and len(between) <= 2 and not between.strip() else None
        return None

    def ranked_before(self, sent: tuple[int, int], m: Mention, growth: bool) -> Fact | None:
        """The fact of the place a ranking named before ``m``: the share or growth rate just before it in its
        sentence, else (for a growth) the last growth of a place in the sentence before."""
        prev = self.previous_decision()
        if prev is not None and prev.facts and prev.unit == "%" and sent[0] <= prev.end <= m.start and \
                prev.facts[0].metric in ("share", "market_share", "yoy_growth"):
            return prev.facts[0]
        return self.region_growth_before(sent, ("yoy_growth",) if growth else ("share",))

    def region_growth_before(self, sent: tuple[int, int], metrics: tuple[str, ...] = ("yoy_growth",)) -> Fact | None:
        """The growth (or another of ``metrics``) of a place the sentence right before ``sent`` (in its paragraph, or
        the line right above) states last: the fact a ranking's next place (Canada followed with 70.7% growth; The
        People's Republic of China (PRC) follows with 23%) goes on from."""
        i = bisect.bisect_right(self.sent_starts, sent[0]) - 2
        if i < 0:
            return None
        prev = self.d.sentences[i]
        if self.d.text[prev[1] : sent[0]].count("\n") > 1:
            return None  # (a blank line between: another paragraph)
        last: Fact | None = None
        for k in range(len(self.decisions) - 2, -1, -1):
            dec = self.decisions[k]
            if dec.end <= prev[0]:
                break
            if dec.end <= prev[1] and dec.facts and dec.facts[0].metric in metrics and dec.facts[0].region:
                if self.d.regions.before(max(prev[0], dec.start - 40), dec.start) is not None:
                    return dec.facts[0]  # (the USA dominates with 79.1 percent growth, driven by …: the place's own)
                last = last or dec.facts[0]
        return last

    def domestic_holder(self, sent: tuple[int, int], m: Mention) -> NameMention | None:
        """The home country's makers as one holding a market share (本土厂商市场份额预计将从当前的30%~40%, 国产厂商份额):
        the domestic item named before the share word of ``m``'s sentence, with no company named."""
        d = self.d
        it = d.items.before(sent[0], m.start)
        if it is None or it.name != "domestic":
            return None
        if self.company_before(sent, m.start):
            # (a company named in an earlier clause holds nothing of this one, where the domestic makers are named in
            # it: 外购英伟达、AMD等芯片比例会从2024年约63%下降至2025年约42%,……,中国本土芯片供应商的市场份额有望在2025年提升至40%)
            lo = self.clause_start(sent[0], m.start)
            if it.start < lo or d.entities.before(lo, m.start, lambda x: x.type != "model") is not None:
                return None
        return it if d.kw.last("market_share", it.end, m.start) is not None else None

    def capex_context(self, pos: int) -> bool:
        """The money metric the paragraph of ``pos`` last names before it is capex, or, where it names none, the
        title's is (a capex round-up's 2026年Meta预期年增高达53.6%; not 智能计算集群系统业务较上年同期增长31.85% in a
        results release, nor a growth after a profit)."""
        lo = self.para_start(pos)
        last = self.last_value.get("money")
        if last is not None and lo <= last[1] < pos:
            return last[0] == "capex"  # ($63.2 billion toward property and equipment additions …, a 42% growth)
        pk = self.metric_keyword("money", lo, pos)
        if pk is None:
            pk = self.metric_keyword("money", 0, min(pos, title_end(self.d.text)))
        return pk is not None and pk[0] == "capex"

    def items_sharing(self, lo: int, hi: int) -> list[str]:
        """The items of a list that opens the noun of the last money metric named in ``lo:hi``, when a
        word of sharing (均, 都, both) stands between that noun and ``hi``: ``AI服务器、通用服务器营收同比均超50%``
        gives each item the rate (two facts). An empty list where the noun has one item or no sharing word."""
        d = self.d
        h = self.last_keyword("money", lo, hi)
        if h is None or SHARED_BY_ALL.search(d.text, h.end, hi) is None:
            return []
        it = self.item_opening(h, lo)
        if it is None:
            return []
        names = [str(it.name)]
        while (prev := d.items.before(max(lo, it.start - 16), it.start, self.not_aside)) is not None and \
                ITEM_LIST_JOIN.fullmatch(d.text, prev.end, it.start) is not None:
            names.insert(0, str(prev.name))
            it = prev
        return names if len(set(names)) > 1 else []

    def section_metric(self, pos: int) -> str | None:
        """The metric the heading ``pos`` is under names (美系CSP扩大资本支出 AI需求持续畅旺: capex),
        None where it names none or is no heading of a few lines back."""
        d = self.d
        i = bisect.bisect_right(d.section_starts, pos) - 1
        if i < 0:
            return None
        if i not in self.section_metrics:
            start = d.section_starts[i]
            end = d.text.find("\n", start)
            self.section_metrics[i] = self.of_keyword(start, end if end >= 0 else len(d.text))
        return self.section_metrics[i]

    def segment_metric(self, pos: int) -> str | None:
        """The metric of the segment a results release's heading names above ``pos`` ("Data Center Segment:"
        then "Q4 Revenue: $2.3 billion"): the nearest heading without a figure, up to SEGMENT_REACH back."""
        d = self.d
        i = bisect.bisect_right(d.section_starts, pos) - 1
        for k in range(i, max(-1, i - 4), -1):
            start = d.section_starts[k]
            if pos - start > SEGMENT_REACH:
                return None
            end = d.text.find("\n", start)
            end = end if end >= 0 else len(d.text)
            if DIGIT.search(d.text, start, end):
                continue  # (Q4 Revenue: $2.3 billion (up 38 percent): a line of figures, not a heading)
            h = d.kw.first("segment_heading", start, end)
            return h.label if h is not None else None
        return None

    def section_entity(self, pos: int) -> str | None:
        """The company of the heading ``pos`` is under, when that heading is nothing but its name."""
        i = bisect.bisect_right(self.d.section_starts, pos) - 1
        return self.d.section_names[i] if i >= 0 else None

    def listed(self, e: NameMention) -> bool:
        """``e`` closes a list of names (A、B和C / A, B and C): a figure after it is of them all."""
        text = self.d.text
        prev = self.d.entities.before(max(0, e.start - 40), e.start, lambda x: x.type != "model")
        if prev is not None and prev.name == e.name and re.fullmatch(r" ?[(（]", text[prev.end : e.start]):
            # Nettrix(宁畅): the name and its bracketed other name are one; the list is before the first
            e, prev = prev, self.d.entities.before(max(0, prev.start - 40), prev.start, lambda x: x.type != "model")
        # (H3C(新华三), and Nettrix: the bracketed name closes the item before the separator; 微軟 (MSFT-US) 與 CoreWeave: so does a
        # ticker in brackets)
        return prev is not None and prev.name != e.name and \
            _list_gap(BRACKET_AFTER_NAME.sub("", text[prev.end : e.start], count=1).lstrip(")）"))

    def not_vendor(self, e: NameMention) -> bool:
        """False for a company that is not a figure's subject: the maker of a counted chip
        (``35万张英伟达H100``), a name in parentheses annotating what follows (``(华为)CANN生态``), a
        group named for its subsidiary (``纬创集团旗下纬颖``), a name made an adjective (Nvidia-backed)."""
        t = self.d.text
        if t[e.start - 1 : e.start] in ("(", "（") and t[e.end : e.end + 1] in (")", "）") and e.start > 1 and \
                t[e.start - 2] not in " \n":
            return False  # (华为)CANN生态设备: a name in parentheses annotates what follows; 中兴通讯(ZTE) repeats one
        if (parent := PARENT_AFTER.match(t, e.end)) is not None and (
                self.d.entities.after(parent.end(), parent.end() + SUBSIDIARY_REACH, lambda x: x.type != "model") is not None or
                OWN_UNIT_AFTER.match(t, parent.end()) is None):
            # 纬创集团旗下纬颖, 鴻海旗下工業富聯: the group is named for its subsidiary, the subject (not 阿里旗下雲智能集團收入,
            # 中国移动旗下子公司: a unit of the group or a subsidiary left unnamed is the group's own)
            return False
        if NAME_MODIFIER.match(t, e.end):
            return False  # CoreWeave, the Nvidia-backed AI cloud provider: a name made an adjective of another
        lo_e, hi_e = e.start, e.end
        if (gloss := BRACKET_GLOSS_AROUND.search(t, max(0, e.start - 24), e.start)) is not None and \
                (close := BRACKET_CLOSE_AFTER.match(t, e.end)) is not None:
            # 英偉達（Nvidia，NVDA）採購: a name glossed in a bracket stands where the bracket does
            named = self.d.entities.before(max(0, gloss.start() - 12), gloss.start() + 1)
            lo_e = named.start if named is not None and named.end == gloss.start() else gloss.start()
            hi_e = close.end()
        if SELLER_AROUND.search(t, max(0, lo_e - 2), lo_e) and BUY_AFTER.match(t, hi_e):
            # 字节跳动计划向辉达采购3.2万颗H200, 用於英偉達（Nvidia，NVDA）採購晶片的預算: the seller, not the buyer whose figure it is
            return False
        if SELLER_BEFORE_EN.search(t, max(0, e.start - 48), e.start):
            return False  # ByteDance plans to buy 32,000 H200 chips from Nvidia
        if DEPLOYED_BEFORE.search(t, max(0, e.start - 16), e.start) and CHIPS_AFTER.search(t, e.end, e.end + 20):
            return False  # 该智算中心部署……昇腾910B、昆仑芯等芯片: the maker of the chips deployed, not the subject
        if CAUSE_BEFORE.search(t, max(0, e.start - 40), e.start):
            return False  # 受惠辉达B300与GB300新产品出货带动, 伺服器业绩年增98%: the cause, not the subject
        if POSSESSIVE_BEFORE.search(t, max(0, e.start - 6), e.start):
            return False  # orders for its Nvidia Blackwell Ultra-based product line: the brand of another's product
        after = t[e.end : e.end + 8]
        before = t[max(0, e.start - 14) : e.start]
        chip = re.match(r" ?(?:(?!FY|[QH][1-4](?!\d))[A-Z]{1,2}\d{2,4}|GPUs?|芯片|显卡|加速卡|的GPU|chips|accelerators)", after)
        # (35万张英伟达H100, 200,000 Nvidia GPUs: the maker of the counted chip)
        counted = re.search(r"[张枚块颗片]$|\d[\d,.]*(?: ?(?:million|thousand|万|亿))? ?$", before)
        # (With NVIDIA GB300 systems …, the company guided: a chip model right after the name makes it the brand)
        return not (bool(chip) and (bool(counted) or bool(re.match(r" ?[A-Za-z]{0,2}\d", after))))

    def overall_shipments(self, sent: tuple[int, int], m: Mention) -> bool:
        """The count ``m`` is of the overall shipments its sentence names before it, no company's (the overall shipments of
        GPUs for data centers, including AMD and Intel, increased to 3.85 million; 全球AI加速器整体出货量): the market's."""
        text = self.d.text
        whole = OVERALL_SHIPMENTS.search(text, max(sent[0], m.start - OVERALL_SHIPMENTS_REACH), m.start)
        return whole is not None and OWNER_MARK_BEFORE.search(text, max(sent[0], whole.start() - 6), whole.start()) is None

    def overall_item(self, sent: tuple[int, int], pos: int) -> str | None:
        """The item a count of the sentence is of: the nearest named before it, unless an overall
        word stands between (整体成长率, 出货总量, overall): then the whole the sentence is about
        (全球伺服器市場將因高階AI伺服器出貨走緩,致整體成長率…: all servers), or no item."""
        d = self.d
        # (AI 服务器年出货量占整体服务器比重近 1%;……预估出货量同比增长可达 8%: the part the sentence is about, not the whole its
        # share was of)
        it = d.items.before(sent[0], pos, lambda x: self.not_aside(x) and self.not_whole(x))
        over = self.overall_between(it.end, pos) if it is not None else None
        if it is None or over is None or not self.separator_between(it.end, over):
            return str(it.name) if it is not None else None  # (伺服器出貨總量: the item's own total)
        first = d.items.after(sent[0], it.start)
        return str(first.name) if first is not None and ITEM_PARENT.get(str(it.name)) == first.name else None

    def overall_between(self, lo: int, hi: int) -> int | None:
        """The start of the first overall word (OVERALL) within ``lo:hi``, else None: the page's overall words are found
        once and looked up by bisection (a search from an item at the start of a sentence with no end, once a count, was
        quadratic)."""
        if self.overall_spans is None:
            self.overall_spans = [(x.start(), x.end()) for x in OVERALL.finditer(self.d.text)]
        i = bisect.bisect_left(self.overall_spans, (lo, -1))
        return self.overall_spans[i][0] if i < len(self.overall_spans) and self.overall_spans[i][1] <= hi else None

    def separator_between(self, lo: int, hi: int) -> bool:
        """A comma or semicolon (either width) stands within ``lo:hi``: looked up by bisection in the page's, found once."""
        if self.separator_starts is None:
            self.separator_starts = [x.start() for x in SEPARATOR.finditer(self.d.text)]
        i = bisect.bisect_left(self.separator_starts, lo)
        return i < len(self.separator_starts) and self.separator_starts[i] < hi

    def not_aside(self, x: NameMention) -> bool:
        """A name that is not inside an aside of inclusion: the AI server of 全球server (含AI server)出货量
        is what the servers include, not what is counted."""
        text = self.d.text
        opening = max(text.rfind("(", max(0, x.start - ASIDE_REACH), x.start),
                      text.rfind("（", max(0, x.start - ASIDE_REACH), x.start))
        return opening < 0 or ASIDE_INCLUDES.match(text, opening + 1) is None or \
            re.search(r"[)）]", text[opening : x.start]) is not None

    def not_whole(self, x: NameMention) -> bool:
        """A name that is not the whole a share is of (the 服务器 of 占全球整体服务器, 在整体服务器出货占比)."""
        t = self.d.text
        if EXAMPLE_BEFORE.search(t, max(0, x.start - 12), x.start):
            return False  # servers with embedded accelerators — such as GPUs — captured 91.8%: an example, not the part
        if EQUIPPED_WITH_BEFORE.search(t, max(0, x.start - EQUIPPED_REACH), x.start):
            return False  # AI servers that are equipped with general-purpose GPUs (GPGPUs) accounted for almost 1%: a part of it
        if IN_WHOLE_AFTER.match(t, x.end) and "在" in t[max(0, x.start - 10) : x.start]:
            return False  # 国产芯片在中国AI芯片采购中的占比: the item between 在 and 中 is the whole
        return WHOLE_BEFORE.search(t, max(0, x.start - 20), x.start) is None

    def item_for(self, metric: str, m: Mention, lo: int, sent: tuple[int, int], clause_hi: int) -> str | None:
        name = self.item_named(metric, m, lo, sent, clause_hi)
        if metric == "unit_price" and (per := PER_ITEM_AFTER.match(self.d.text, m.end)) is not None and \
                (priced := self.d.items.after(per.end(), per.end() + PER_ITEM_REACH,
                                               lambda x: x.start == per.end())) is not None:
            name = str(priced.name)  # an average price of $12,000 per NVIDIA H20 GPU: the price of one of what "per" names
        if name == "gpu" and metric == "accelerator_count" and HYPHEN_GPU_END.search(self.d.text, m.start, m.end) is not None and \
                (model := self.d.items.after(m.end, m.end + MODEL_AFTER_GPU_REACH, lambda x: x.name in CHIP_ITEMS)) is not None and \
                MAKER_GAP.fullmatch(self.d.text, m.end, model.start) is not None:
            return str(model.name)  # a colossal 64,000-GPU Nvidia GB200 cluster: GPUs of the model named right after
        if metric == "unit_price" and name in (None, "gpu") and (listed := self.price_list_item(m)) is not None:
            return listed  # (AWS EC2 P5~$3.90 in a list headed H100 (80GB) — On-Demand, Per GPU-Hour: an H100's price)
        if name == "gpu" and metric == "unit_price" and PER_GPU_AFTER.match(self.d.text, m.end) is not None:
            # pricing H100 on-demand at $2.49-2.85/GPU/hr: the GPU of the price per GPU is the model the sentence prices, else
            # the one its list's heading names (H100 — Spot/Preemptible: ¶ • AWS P5 Spot: ~$2.00–$2.50/GPU-hr)
            model = self.d.items.before(sent[0], m.start, lambda x: x.name in CHIP_ITEMS)
            if model is None and (heading := self.list_heading(m.start)) is not None:
                model = self.d.items.before(heading[0], heading[1], lambda x: x.name in CHIP_ITEMS)
            if model is not None:
                return str(model.name)
        if name == "gpu" and metric == "unit_price" and (gpu := self.d.items.before(sent[0], m.start, _is_chip)) is not None \
                and gpu.name == "gpu" and \
                (model := self.d.items.before(max(sent[0], gpu.start - MODEL_PHRASE_REACH), gpu.start,
                                              lambda x: x.name in CHIP_ITEMS)) is not None and \
                NOUN_PHRASE_GAP.fullmatch(self.d.text, model.end, gpu.start) is not None:
            # each Nvidia H100 80GB HBM2E compute GPU add-in-card retails for around $30,000: the GPU a model's name opens
            # (its memory and form between) is that model
            return str(model.name)
        if name == "gpu" and metric == "accelerator_count":
            # META and Microsoft accounted for 300,000 NVIDIA H100 GPUs … tied with 50,000 GPUs purchased each:
            # "GPUs" after the paragraph has named one model are that model
            # (40,000 of these GPUs: "these" points back past the paragraph's start, to the model named last)
            # (the paragraph looked back over at most MODEL_REACH characters: an endless one of counts stays linear)
            lo_model = max(0, m.start - THESE_REACH) if THESE.search(self.d.text, m.start, m.end) else \
                max(self.para_start(m.start), m.start - MODEL_REACH)
            model = self.d.items.before(lo_model, m.start, lambda x: x.name in CHIP_ITEMS)
            if model is not None and self.d.items.before(model.end, m.start, lambda x: x.name in CHIP_ITEMS) is None:
                return str(model.name)
        return name

    def item_named(self, metric: str, m: Mention, lo: int, sent: tuple[int, int], clause_hi: int) -> str | None:
        d = self.d
        inside = d.items.after(m.start, m.end)
        if inside is not None:
            return str(inside.name)
        after = d.items.after(m.end, min(clause_hi, m.end + 14))
        it = d.items.before(self.clause_start(sent[0], m.start), m.start)
        if it is not None and self.overall_between(it.end, m.start) is not None:
            it = None
        if after is not None and not self.cue_in("tender", m.end, after.start) and (
                after.start - m.end <= 3 or (it is None and after.start - m.end <= 10)
                or MODIFIER_DE.fullmatch(d.text, m.end, after.start)):
            return str(after.name)  # 7994台AI服务器 / 8,000 AI servers: what is counted follows
        if it is None and metric in TENDER_METRICS:
            far = d.items.after(m.end, min(sent[1], m.end + 50))
            # (a year in between is a name's: 50亿元的“2021年至2022年PC服务器集中采购”)
            gap = YEAR_IN_NAME.sub("", d.text[m.end : far.start]) if far is not None else ""
            if far is not None and re.fullmatch(r"(?: ?[(（][^)）]{0,30}[)）])?[^0-9,，;；。]{0,30}", gap):
                return str(far.name)  # RMB16 billion ($2.2 billion) order for 265,000 servers
        if it is None:
            it = d.items.before(lo, m.start)
        if it is None and metric in ("unit_price", "tender_amount", "accelerator_count", "tender_quantity", "shipments"):
            if metric == "shipments":
                name = self.overall_item(sent, m.start)
                return name  # 910C……整体出货量63万颗: the overall figure is of no one item
            it = d.items.before(sent[0], m.start)
        if it is None and metric in TENDER_METRICS and d.kind == "tender":
            # 中国移动2025年至2026年人工智能通用计算设备(推理型)集中采购项目中标结果出炉。据悉,本次集采金额超过50亿元: the procurement
            # the paragraph has named, before the page's headline's (a page of several tenders)
            it = d.items.before(self.para_start(m.start), m.start,
                                lambda x: self.not_whole(x) and PROJECT_AFTER_ITEM.match(d.text, x.end) is not None)
        if it is None:
            # a lot's budget (V1(推理型)产品预算2.5亿元) is of what the tender procures: its headline's item
            return d.doc_item if metric in TENDER_METRICS and d.kind == "tender" else None
        it = self.glossed(it)
        if metric == "accelerator_count" and it.name in ("server", "ai_server", "switch"):
            return None
        return str(it.name)

    def as_of_day(self, m: Mention, clause_lo: int, sent_hi: int) -> str | None:
        """The month of the day a stock is stated at, right before it in its clause or right after it (674MW as of June 30,
        2025 — the date's own comma ends no clause; 截至2024年8月31日……50万PFlops): LABELLING.md P8."""
        d = self.d
        day = d.periods.after(m.end, min(sent_hi, m.end + AS_OF_REACH), lambda q: q.kind == "day" and bool(q.period)) or \
            d.periods.before(max(clause_lo, m.start - AS_OF_REACH), m.start, lambda q: q.kind == "day" and bool(q.period))
        if day is None or AS_OF_BEFORE.search(d.text, max(0, day.start - 16), day.start) is None:
            return None
        return str(day.period)

    def bracketed_base(self, m: Mention) -> tuple[Decision, PeriodMention] | None:
        """The figure stated just before ``m`` (past the writer's conversion of it) and the period ``m``'s bracket opens
        with, where ``m`` is that figure in an earlier period: RMB9,956.5 million in 2023 (2022: RMB9,325.6 million)."""
        d = self.d
        colon = d.text[max(0, m.start - 2) : m.start]
        if (":" not in colon and "：" not in colon) or BRACKET_PERIOD_COLON.search(d.text, max(0, m.start - 24), m.start) is None:
            return None  # (the colon looked for first: the bracket's pattern is tried only right after one)
        base = d.periods.before(max(0, m.start - 24), m.start, lambda q: bool(q.period))
        if base is None or BRACKET_OPEN_BEFORE.search(d.text, max(0, base.start - 3), base.start) is None or \
                BRACKET_COLON_GAP.fullmatch(d.text, base.end, m.start) is None:
            return None
        for prev in reversed(self.decisions[-3:-1]):
            if prev.facts and prev.unit == m.unit and base.start - prev.end <= BRACKET_BASE_REACH and \
                    SENT_END.search(d.text, prev.end, base.start) is None and d.kw.last("money", prev.end, base.start) is None:
                return prev, base  # (not accelerated capex (Q2: $3.0–$3.5B) after revenue: a metric named anew)
        return None

    def purchases_of(self, start: int, end: int) -> str:
        """What a rate of purchases right before ``start`` is of: in a research house's report a buyer's purchase volume
        (Microsoft方面,2023年伺服器採購量同比增長幅度將由16.9%下修至13.4%) is the shipments to it (LABELLING.md metric
        table); a procurement's (集采, 招标) stays the tender's quantity."""
        d = self.d
        if d.kind == "market_report" and PURCHASE_VOLUME.search(d.text, max(self.cur_sentence, start - 40), start) is not None \
                and TENDER_PROPER.search(d.text, self.cur_sentence, end) is None:
            return "shipments"
        return "tender_quantity"

    def glossed(self, it: NameMention) -> NameMention:
        """The item a bracket right after it glosses, where ``it`` is inside that bracket (AI伺服器(A100/H100/MI300為主)出貨量,
        AI 伺服器(包含訓練型與推論型伺服器)出貨量: what the servers hold or comprise; the count is of the AI servers)."""
        text = self.d.text
        lo = max(0, it.start - GLOSS_REACH)
        opened = max(text.rfind("(", lo, it.start), text.rfind("（", lo, it.start))
        if opened < 0 or BRACKET_CLOSE.search(text, opened, it.start) is not None or \
                BRACKET_CLOSE.search(text, it.end, min(len(text), it.end + GLOSS_REACH)) is None:
            return it
        owner = self.d.items.before(max(0, opened - GLOSS_REACH), opened + 1)
        return owner if owner is not None and text[owner.end : opened].strip() == "" else it

    def opens_amount(self, end: int, p: PeriodMention) -> bool:
        """A period opening a bracket after the amount ending at ``end``, right before another amount
        (资本开支584亿元(全年规划1,512亿元)): the bracket's amount's, not the one before it."""
        if BRACKET_OPEN_GAP.fullmatch(self.d.text, end, p.start) is None:
            return False
        i = bisect.bisect_left(self.cur_starts, p.end)  # (the first amount after the period: within six characters)
        return i < len(self.cur_mentions) and PERIOD_OPENS_AMOUNT.fullmatch(self.d.text, p.end, self.cur_starts[i]) is not None

    def opens_aside(self, p: PeriodMention) -> bool:
        """A period right after an opening bracket, then a figure of its own before the bracket closes (71亿元(3Q24:+11% yoy),
        (2024年:1,234亿元)): the aside's period, not a figure's before the bracket."""
        if ASIDE_OPEN.search(self.d.text, max(0, p.start - 2), p.start) is None:
            return False
        i = bisect.bisect_left(self.cur_starts, p.end)
        return i < len(self.cur_mentions) and ASIDE_FIGURE_GAP.fullmatch(self.d.text, p.end, self.cur_starts[i]) is not None

    def opens_statement(self, p: PeriodMention, hi: int) -> bool:
        """A period that opens a statement of its own before ``hi``: a metric's word, then its amount (同比增长178.8%
        2025年一季度营收突破100亿元: the next statement's quarter, not the rate's)."""
        i = bisect.bisect_left(self.cur_starts, p.end)
        return i < len(self.cur_mentions) and self.cur_starts[i] < hi and \
            self.metric_keyword("money", p.end, self.cur_starts[i]) is not None

    def after_semicolon(self, lo: int, pos: int, other: str = ";") -> int:
        """Where the clause of ``pos`` starts when an English semicolon (or ``other``, a full-width one) joins it to the
        sentence, past the spaces after it (``lo`` when none stands within 300 characters before ``pos``: linear however
        long the sentence)."""
        text = self.d.text
        at = max(lo, text.rfind(";", max(lo, pos - 300), pos) + 1, text.rfind(other, max(lo, pos - 300), pos) + 1)
        return at + 1 if at > lo and text[at : at + 1] == " " else at

    def sentence_subject_item(self, pos: int) -> NameMention | None:
        """The item a sentence opens with (H20 作為中國區主力產品,…), when the clause of ``pos`` names no company of its own;
        else None."""
        d = self.d
        lo = self.sentence_start(pos)
        if d.entities.before(self.clause_start(lo, pos), pos, lambda x: x.type != "model") is not None:
            return None
        first = d.items.after(lo, min(pos, lo + SUBJECT_OPENING))
        return first if first is not None and not d.text[lo : first.start].strip(" -•*\n") else None

    def list_intro(self, sent_lo: int) -> tuple[int, int] | None:
        """For a sentence that is a bullet, the line that introduces its list (ending in a colon:
        "management has provided the following guidance for Q4 2026:"), at most LIST_INTRO_LINES up."""
        if sent_lo in self.intro_of:
            return self.intro_of[sent_lo]  # (once per sentence: its quantities ask again)
        found = self.intro_of[sent_lo] = self.find_list_intro(sent_lo)
        return found

    def find_list_intro(self, sent_lo: int) -> tuple[int, int] | None:
        text = self.d.text
        # (a run of label lines is a list too: Micron's revenue breakdown for fiscal 2024 …: ¶ Compute and Networking:
        # $9.51 billion, up 67 percent ¶ Storage: $4.59 billion …)
        bulleted = BULLET.match(text[sent_lo : sent_lo + 4]) is not None
        labelled = not bulleted and LABEL_LINE.match(text, sent_lo) is not None
        if not (bulleted or labelled):
            return None
        end = text.rfind("\n", 0, sent_lo)
        for _ in range(LIST_INTRO_LINES):
            if end <= 0:
                return None
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].rstrip()
            if not line:
                return None  # (a blank line ends the list)
            if line.strip() in BULLET_MARKS:
                end = start - 1  # (a bullet mark alone on its line)
                continue
            # (or a heading that is a period alone, Full Year 2026 ¶ - Expect net sales of $13,250 to $13,750 million; the
            # unwrapping of lines may have run it into the last line of the list before: - Organic sales growth of 26%
            # compared to prior year Full Year 2026)
            if (head := PERIOD_HEADING_END.search(line, max(0, len(line) - HEADING_REACH))) is not None:
                return start + head.start(1), start + len(line)
            if not (LABEL_LINE.match(line) if labelled else BULLET.match(line)):
                return (start, start + len(line)) if line.endswith((":", "：")) else None
            end = start - 1
        return None

    def basis_for(self, sent_lo: int, pos: int, period: str | None) -> str:
        d = self.d
        # (Microsoft plans …; its capital expenditures were: the plan is the other clause's)
        h = d.kw.last("basis", self.after_semicolon(sent_lo, pos), pos)
        if h is None and (intro := self.list_intro(sent_lo)) is not None:
            h = d.kw.last("basis", intro[0], intro[1])  # (the guidance a bullet is a line of)
        if h is None and FUTURE_VERB_AFTER.match(d.text, pos) is not None:
            return "target" if d.plan else "forecast"  # Nearly 100 GW of new data centers will be added: the figure is the subject
        if h is None and PLAN_NOUN_AFTER.match(d.text, pos) is not None:
            return "target"  # Microsoft has a USD 3 billion investment plan in India: the size of a plan (LABELLING.md B7)
        if h is not None and d.published is not None and (clo := self.clause_start(sent_lo, pos)) > h.end and \
                OWN_LEVEL_BEFORE.search(d.text, max(clo, pos - OWN_LEVEL_REACH), pos) is not None and \
                (own := d.periods.after(clo, pos, lambda q: bool(q.period) and _calendar_part(str(q.period)))) \
                is not None and not not_ended(str(own.period), d.published):
            # 腾讯则下调资本开支指引,三季度资本开支为129.83亿元: the guidance word is the clause before's; this clause states a
            # finished quarter's level, what was (LABELLING.md B1)
            h = None
        basis = h.label if h else "actual"
        if basis == "estimate" and h is not None and h.word.lower() in FORECASTER_ESTIMATES and \
                (who := d.kw.last("forecaster", max(sent_lo, h.start - FORECASTER_REACH), h.start)) is not None:
            # TrendForce估今年…年增逾24%, 法人估, Goldman Sachs estimates …: a research house's or an analyst's figure, a forecast
            # of a year not over; of a finished year or of no year (Omdia estimates Meta bought 173,000 …) what it measured,
            # actual — not the writer's reckoning (LABELLING.md B2, B5; cues.toml [forecaster])
            year_of = _period_end_year(period)
            basis = "forecast" if who.word.lower() in ANALYSTS or (
                year_of is not None and d.published is not None and year_of >= d.published.year) else "actual"
            # (Analysts, on average, estimated US$3.5 billion: the analysts' expectation of a result, a forecast whatever
            # its period, B2; a research house measures what was)
        if d.plan and basis == "forecast" and not self.cue_before("basis", pos, 30, "forecast"):
            basis = "target"
        pub = d.published
        year = _period_end_year(period)
        if d.plan_year is not None and basis == "actual" and year is not None and year >= int(d.plan_year):
            basis = "target"  # a plan's figure for its horizon: what it aims at
        if pub and year is not None:
            if basis == "forecast" and year < pub.year and \
                    PRELIMINARY_FORECAST.search(d.text, max(sent_lo, pos - PRELIMINARY_REACH), pos) is None:
                # (the writer's own reckoning of a past year, 据我们测算2024年…, stays an estimate: B1; but a company's preview of
                # a finished year, 发布2025年度业绩预告,预计营收60亿元-70亿元, is still a projection as worded: B5)
                basis = "actual"
            elif basis == "actual" and year > pub.year and period and "-" not in period:
                basis = "target" if d.plan else "forecast"
        return basis

    def group_quarter(self, dec: Decision, per: str) -> str | None:
        """The calendar quarter (or half) of a figure of several companies (Alphabet、Meta和微軟上季資本支出總計達到780億美元; 中国三大CSP
        (阿里、腾讯、万国数据)Q2总资本支出) whose period was read through the page's fiscal calendar (its subject's,
        Microsoft's or Alibaba's: FY2026Q1, FY2026Q2): the words that named the quarter read on the calendar (2025Q3,
        2025Q2); None where its sentence names fewer than two companies before it."""
        d = self.d
        # (looked for at most GROUP_REACH characters back: an endless sentence of such figures stays linear)
        lo = max(self.sentence_start(dec.start), dec.start - GROUP_REACH)
        names = {e.name for e in d.entities.between(lo, dec.start) if e.type in ("company", "operator")}
        said = d.periods.before(lo, dec.start, lambda q: q.period == per) if len(names) >= 2 else None
        if said is None and len(names) >= 2:
            # (… had combined capital expenditure of Rmb50bn ($7bn) in the first half: the period after the amount)
            said = d.periods.after(dec.end, min(self.sentence_end(dec.end), dec.end + GROUP_REACH), lambda q: q.period == per)
        if said is None:
            return None
        # the words that named the quarter (上季, Q2, last quarter), read again on the calendar
        alone = find_periods(d.text[said.start : said.end], d.published)
        # (Alibaba, Tencent and Baidu had combined capital expenditure of Rmb50bn ($7bn) in the first half: 2024H1)
        return alone[0].period if len(alone) == 1 and alone[0].period and (
            QUARTER_LABEL.fullmatch(alone[0].period) or CALENDAR_HALF.fullmatch(alone[0].period)) \
            and not alone[0].period.startswith("FY") else None

    # -- emission ------------------------------------------------------------------------------
    def price_list_head(self, pos: int) -> tuple[int, int] | None:
        """The head of the price list whose row holds ``pos`` (a line naming a price per unit of time or of a thing,
        PRICE_HEAD, then short rows each ending in an amount: ProviderPrice/GPU-hr ¶ AWS EC2 P5~$3.90 ¶ Lambda Labs$2.99),
        as the head line's span; None where the line is no such row. Each line is asked once (price_list_heads): a row's
        answer is the line above's."""
        text = self.d.text
        # (the line's ends looked for within a row's length: on a page of one endless line a search to its start per
        # amount was quadratic)
        lo = text.rfind("\n", max(0, pos - PRICE_ROW_CHARS - 1), pos) + 1
        if lo == 0 and pos > PRICE_ROW_CHARS:
            return None
        hi = text.find("\n", pos, pos + PRICE_ROW_CHARS + 1)
        if hi < 0:
            if len(text) - pos > PRICE_ROW_CHARS:
                return None
            hi = len(text)
        if hi - lo > PRICE_ROW_CHARS or PRICE_ROW_END.search(text, pos, hi) is None:
            return None
        return self.price_list_head_above(lo)

    def moved_price(self, f: Fact, dec: Decision) -> bool:
        """A level at one end of a move its clause states, dated apart from the other end (a price: 从年初的约1.3万人民币降至目前的
        七八千人民币; any level, by a relative year on an undated page: from $250 million last year to $500 million this year):
        the level before and the level after are two statements, each kept."""
        lo = max(self.sentence_start(dec.start), dec.start - MOVE_END_REACH)
        if MOVE_END_WORD.search(self.d.text, lo, dec.start) is None:
            return False
        if f.period is None and RELATIVE_TIME_AFTER.match(self.d.text, dec.end) is not None:
            # from $250 million last year to $500 million this year, and soar to $2.2 billion next year, on a page with no
            # date: each level dated by its own relative year, none resolved, is a statement of its own
            return True
        # (a price's ends each dated by a word of its own: 从年初的约1.3万人民币降至目前的七八千人民币; not 從6萬元一路漲至9萬元,
        # where the labels keep the level reached alone)
        return f.metric == "unit_price" and MOVE_TIME_WORD.search(self.d.text, lo, dec.start) is not None

    def list_heading(self, pos: int) -> tuple[int, int] | None:
        """The heading line of the list ``pos`` stands in: the nearest line before its own that ends in a colon, within
        LIST_HEADING_REACH characters, the lines between short; None where there is none."""
        text = self.d.text
        lo = text.rfind("\n", max(0, pos - LIST_HEADING_REACH), pos)
        while lo > 0 and pos - lo <= LIST_HEADING_REACH:
            prev = text.rfind("\n", max(0, lo - LIST_HEADING_REACH), lo)
            line = text[prev + 1 : lo].rstrip()
            if line.endswith((":", "：")):
                return prev + 1, lo
            if prev < 0:
                return None
            lo = prev
        return None

    def price_per_time(self, m: Mention) -> bool:
        """``m`` is a price per hour or month (a rent: $2.49-2.85/GPU/hr), by the words right after it or the head of its
        price list (Price/GPU-hr): its seller is the cloud that lets the chips, not their maker."""
        if PER_TIME_AFTER.match(self.d.text, m.end) is not None:
            return True
        head = self.price_list_head(m.start)
        return head is not None and PER_TIME_HEAD.search(self.d.text, *head) is not None

    def price_list_item(self, m: Mention) -> str | None:
        """The chip model a price list's row prices: named in its head or the lines right above it (H100 (80GB) —
        On-Demand, Per GPU-Hour: ¶ ProviderPrice/GPU-hr ¶ AWS EC2 P5~$3.90)."""
        head = self.price_list_head(m.start)
        if head is None:
            return None
        chip = self.d.items.before(max(0, head[0] - PRICE_HEAD_ITEM_REACH), head[1], lambda x: x.name in CHIP_ITEMS)
        return str(chip.name) if chip is not None else None

    def price_list_head_above(self, line_start: int) -> tuple[int, int] | None:
        """The price-list head of the line starting at ``line_start`` when it is a row (see price_list_head)."""
        text = self.d.text
        chain: list[int] = []
        at, head = line_start, None
        for _ in range(PRICE_LIST_ROWS):
            if at in self.price_list_heads:
                head = self.price_list_heads[at]
                break
            if at == 0:
                break
            prev_lo = text.rfind("\n", max(0, at - 2 - PRICE_ROW_CHARS), at - 1) + 1
            if prev_lo == 0 and at - 1 > PRICE_ROW_CHARS:
                break  # (a line longer than a row above: no row, nor a head)
            prev = (prev_lo, at - 1)
            if prev[1] - prev[0] > PRICE_ROW_CHARS or not text[prev[0] : prev[1]].strip():
                break
            if PRICE_HEAD.search(text, *prev) is not None:
                head = prev
                break
            if PRICE_ROW_AMOUNT.search(text, *prev) is None:
                break
            chain.append(at)
            at = prev_lo
        chain.append(line_start)
        for c in chain:
            self.price_list_heads[c] = head
        return head

    def priced_product(self, f: Fact, dec: Decision) -> bool:
        """A unit price whose clause opens with the products it prices (B3和B2约8万元): one of several grades' prices."""
        return f.metric == "unit_price" and PRODUCT_PRICE_CLAUSE.search(
            self.d.text, max(self.sentence_start(dec.start), dec.start - PRODUCT_PRICE_REACH), dec.start) is not None

    def emit(self, dec: Decision, score: float, **kw: Any) -> None:
        if kw.get("metric") == "yoy_growth" and kw.get("low") is None and kw.get("high") is None and \
                0 <= self.cur_index < len(self.cur_mentions) and (cm := self.cur_mentions[self.cur_index]).start == dec.start \
                and cm.low is not None and cm.high is not None and not cm.is_list:
            # a growth stated as a range (revenue +27-29%, 成長27%至37%) keeps its bounds (FACTS.md low, high), negated with it
            # (down 5% to 8%)
            if kw.get("value") == cm.value:
                kw["low"], kw["high"] = cm.low, cm.high
            elif kw.get("value") == -cm.value:
                kw["low"], kw["high"] = -cm.high, -cm.low
        if self.cur_index in self.respectively_unknown and kw.get("metric") in {"market_share", "share"} | COMPANY_METRICS:
            kw["entity"] = None  # (the i-th name of a 分别 list is off the alias table)
        if self.resp_region != "" and kw.get("entity") is None:
            kw["region"] = self.resp_region  # (the i-th place of a list with 分别)
        if self.cur_index in self.respectively_item:
            kw["item"] = self.respectively_item[self.cur_index]  # (the i-th product of a list before the values)
        if (year := self.respectively_period.get(self.cur_index)) is not None and kw.get("metric") != "cagr":
            kw["period"] = year or None  # (the i-th year of a span or list with 分别; "" for the part of a year no period names)
        elif kw.get("metric") == "yoy_growth" and (periods := self.periods_of_amounts_before_run()) is not None:
            # $682.78 billion in Q1 and $743.75 billion in Q2, with year-on-year growth rates of 20.3% and 23.1%,
            # respectively: the k-th rate is of the k-th amount's period
            kw["period"] = periods
        per = kw.get("period")
        if per and per.startswith("FY") and (_calendar_year_company(kw.get("entity") or self.d.calendar_name) or (
                # (In FY22, META/MSFT contributed to 16%/26% of revenue, on a page about Arista: the customers' parts of the
                # page company's revenue, in its calendar year, not Microsoft's fiscal one)
                kw.get("metric") == "share" and kw.get("of") == "revenue" and self.d.calendar_name is not None and
                kw.get("entity") != self.d.calendar_name and _calendar_year_company(self.d.calendar_name))):
            # (Arista's FY2026 revenue guidance, on a page about Arista, off the entity list: 2026)
            kw["period"] = per[2:]  # Meta's "fiscal year 2025" is the calendar year 2025
        elif per and FISCAL_YEAR_LABEL.fullmatch(per) and kw.get("entity") is None and \
                (kw.get("metric") in MARKET_METRICS or kw.get("of") in MARKET_METRICS):
            kw["period"] = per[2:]  # 全球AI服务器市场规模在2023财年达到427亿美元: a market's "fiscal year" is no company's, the year
        elif per and per.startswith("FY") and kw.get("entity") is None and (cq := self.group_quarter(dec, per)) is not None:
            kw["period"] = cq  # Alphabet、Meta和微軟上季資本支出總計: the companies' calendar quarter, not Microsoft's fiscal one
        elif per and CALENDAR_QUARTER.fullmatch(per) and kw.get("metric") != "market_share" and \
                kw.get("of") not in MARKET_METRICS and (end := _fiscal_end_month(kw.get("entity"))):
            # (a vendor's share of a tracker's quarter, or its slice's growth — 超微(增长55%) — stays in the tracker's calendar)
            if (per[:4] in self.fiscal_years_named or per[5] in self.fiscal_quarters_named) and kw.get("entity") == self.d.head_entity:
                # (Supermicro's "fiscal third quarter of 2025", then "Q3 2025 Financial Highlights": the page's own
                # fiscal quarter under its short name, not the calendar quarter)
                kw["period"] = f"FY{per}"
            elif end % 3 == 0:
                # an analyst's 3Q25 for Microsoft (year ending in June) is its fiscal quarter FY2026Q1
                fy, q = fiscal_quarter(date(int(per[:4]), 3 * int(per[5]), 28), end)
                kw["period"] = f"FY{fy}Q{q}"
            elif self.d.kind != "market_report" and (
                    fiscal_reading_nearer(per, end, self.d.published, self.d.doc_period) or (
                        self.d.published is None and self.d.doc_period == per and self.d.head_entity == kw.get("entity")
                        and kw.get("basis") == "actual")):
                # (an undated results story headed "Dell (DELL) Q2 2026": the company's own name for its
                # quarter, as its release gives it; not an analyst's estimate for the quarter, which is the
                # calendar's: "Nvidia will produce 450000 units in the fourth quarter of 2024")
                # Nvidia's guidance for Q4 2026 in November 2025: no calendar quarter maps onto a fiscal
                # year ending in late January, and the calendar one is a year away, so the writer means
                # the fiscal quarter (an analyst's 3Q25 in February 2026 stays calendar: LABELLING.md P2)
                kw["period"] = f"FY{per}"
        sent = (self.sentence_start(dec.start), dec.start)
        if kw.get("entity") is not None and "revenue" in (kw.get("metric"), kw.get("of")) and \
                (seg := self.segment_metric(dec.start)) is not None and \
                not TOTAL_REVENUE.search(self.d.text, sent[0], dec.start):
            # Data Center Segment: / Q4 Revenue: $2.3 billion (up 38 percent): the segment's revenue and its growth
            kw["metric" if kw.get("metric") == "revenue" else "of"] = seg
        tracker = self.d.kind == "market_report" and self.d.head_entity is None
        market, sold = None, None
        company_revenue = kw.get("entity") is None and "revenue" in (kw.get("metric"), kw.get("of")) and tracker and (
            self.company_revenue_sentence == sent[0] or COMPANY_REVENUE_BEFORE.search(
                self.d.text, max(sent[0], dec.start - COMPANY_REVENUE_REACH), dec.start) is not None)
        if company_revenue:
            # (2023年公司收入4763.40亿元,2018-2023年CAGR=2.78%; 公司云计算业务收入1943.08亿元,其中AI服务器收入占比约3成: the
            # rest of the sentence goes on about the company's revenue)
            self.company_revenue_sentence = sent[0]
        if kw.get("entity") is None and "revenue" in (kw.get("metric"), kw.get("of")) and ((
                tracker and not company_revenue) or (
                (self.market_named(sent[0], dec.start) is not None or
                 ((it := self.d.items.before(sent[0], dec.end)) is not None and it.name in ITEM_MARKET))
                and not self.d.head_unlisted and not self.unknown_subject(sent, dec.start)
                and not self.unknown_subject_before(sent))):
            # a tracker's revenue of no company (x86服务器收入增长59.9%, 总收入的50%; the global server
            # market generated $125.3 billion in revenue, in a release the kind words call a results one): the market's
            market, sold = self.generic_market(dec.start), "revenue"
        elif kw.get("entity") is not None and tracker and kw.get("metric") == "yoy_growth" and kw.get("of") == "revenue" and \
                (vendor := self.d.companies.before(max(0, dec.start - VENDOR_BRACKET_REACH), dec.start)) is not None and \
                vendor.name == kw.get("entity") and VENDOR_BRACKET_GAP.fullmatch(self.d.text, vendor.end, dec.start) is not None \
                and (tracked := self.generic_market(dec.start)) is not None:
            # 戴尔(营收增20.6%)与超微(增55%) in IDC's server tracker: a vendor's growth there is its slice of the market's, keyed
            # by the vendor (LABELLING.md I8), as 戴尔(增长20.6%) is read; in the tracker's quarter, not the vendor's fiscal one
            market, sold = tracked, "revenue"
            if str(kw.get("period") or "").startswith("FY") and self.d.doc_period and _calendar_part(self.d.doc_period):
                kw["period"] = self.d.doc_period
        elif kw.get("entity") is None and tracker and "datacenter_revenue" in (kw.get("metric"), kw.get("of")):
            # Gartner forecasts AI chip revenues to grow 33% in 2024: no company's, the AI chip market's
            market, sold = "ai_compute_market_size", "datacenter_revenue"
        if market is not None:
            kw["metric" if kw.get("metric") == sold else "of"] = market
            if kw.get("region") is None and self.resp_region == "":
                # (not where a respectively list gave the figure its place, None for one with no code: APeJC, EMEA and
                # Japan … 37.4%, 31.0% and 28.1% respectively)
                kw["region"] = self.region_for(sent[0], dec.start, sent, dec.end)
        if kw.get("metric") == "shipments" and self.demand_buyer is not None:
            kw["entity"], kw["region"] = self.demand_buyer, None  # a buyer's demand: its own, not a market's
        if kw.get("basis") == "target" and kw.get("entity") is not None and \
                ("capex" in (kw.get("metric"), kw.get("of")) or "compute_investment" in (kw.get("metric"), kw.get("of"))) \
                and alias_table().types.get(str(kw.get("entity"))) in ("company", "operator") and \
                not self.committed_before(dec):
            # 中国联通今年计划算力投资180亿元, China Mobile's capex plan for 2025: a company's budget is its guidance, a
            # forecast (LABELLING.md B8); a project's or a government's plan stays a target (B7), and so does money a company
            # has committed (AWS has committed USD 12.7 billion: a committed programme, B7; COMMITTED_BEFORE)
            kw["basis"] = "forecast"
        if kw.get("metric") == "share" and kw.get("item") == "domestic" and \
                kw.get("of") in ("accelerator_count", "shipments") and kw.get("entity") in (None, self.d.doc_entity) and \
                self.d.entities.before(self.sentence_start(dec.start), dec.end, lambda x: x.type != "model") is None:
            # 2023年前国产AI芯片自给率仅10-15% on a page about Nvidia: a country's domestic part, not the page's company's
            kw["entity"] = None
            kw["region"] = kw.get("region") or ("CN" if self.d.home == "CN" or HAN.search(self.d.text, self.sentence_start(dec.start), dec.end) else None)
        if kw.get("entity") is None and ({kw.get("metric"), kw.get("of")} & NO_REGION_METRICS):
            # a company's revenue, a procurement's quantity or amount whose company is not in the table
            # keys no place (FACTS.md: keyed by entity)
            kw["region"] = None
        if kw.get("unit") in YUAN_OF.values() and (country := alias_table().countries.get(kw.get("entity") or "")) in YUAN_OF \
                and _bare_yuan(self.d.text, dec.start, dec.end) and \
                bisect.bisect_right(self.declared, (dec.start, "\uffff")) == 0:
            # a bare 元 is the currency its company reports in (鸿海AI服务器营收兆元 in a paper that names
            # the US most: NT$; 中国移动……亿元 in a Taipei paper: yuan)
            kw["unit"] = YUAN_OF[str(country)]
        if kw.get("metric") == "yoy_growth" and kw.get("of") == "revenue" and kw.get("entity") and kw.get("item") is None \
                and (mk := self.market_named(self.sentence_start(dec.start), dec.start)) is not None and \
                (ent := self.d.entities.before(mk.end, dec.start)) is not None and ent.name == kw.get("entity"):
            kw["of"] = mk.label  # 全球服务器市场中,戴尔营收增长15.2%: a vendor's slice of the market (LABELLING.md I8)
        if kw.get("unit") == "USD" and self.d.dollar is not None and kw.get("entity") is None and \
                BARE_DOLLAR.search(self.d.text, dec.start, dec.end) is not None:
            # The guidance is now that capital expenditure for FY26 is between $2.2 billion and $2.4 billion, on a page
            # about Nextdc Ltd (ASX: NXT): Australian dollars (a company of the alias table reports in its own); a
            # $415 million data centre in Maddington in a page about Australia: the country's own dollar
            kw["unit"] = self.d.dollar
        if kw.get("of") == "tender_quantity":
            kw["of"] = self.purchases_of(dec.start, dec.end)
        if kw.get("metric") == "shipments" and alias_table().types.get(kw.get("entity") or "") == "operator":
            # 自主可控x86架構服務器需求量為6,835臺 (China Mobile's); 同时预留3万卡 (China Telecom's): an operator ships nothing; the
            # units it is named with are what it buys (a tender's quantity, LABELLING.md metric table) or, outside a
            # purchase, the cards it holds
            sent_lo, sent_hi = self.sentence_start(dec.start), self.sentence_end(dec.end)
            kw["metric"] = "tender_quantity" if self.in_tender((sent_lo, sent_hi)) or \
                DEMAND_WORD.search(self.d.text, max(sent_lo, dec.start - 12), dec.start) is not None else "accelerator_count"
            if kw["metric"] == "tender_quantity" and kw.get("period") is None and self.d.kind == "tender":
                kw["period"] = self.d.doc_year  # (a tender's quantities are of the year its title names, as its total's)
        if kw.get("metric") in HELD_NOT_SOLD and alias_table().sells.get(kw.get("entity") or "") == "chips" and \
                OWN_USE.search(self.d.text, max(self.sentence_start(dec.start), dec.start - OWN_USE_REACH),
                               min(self.sentence_end(dec.end), dec.end + OWN_USE_REACH)) is None and \
                ORDER_PLACED_BEFORE.search(self.d.text, max(self.sentence_start(dec.start), dec.start - OWN_USE_REACH),
                                           dec.start) is None:
            # (but 輝達……向台積電下單、一口氣訂購30萬顆H20晶片組: the chips a maker orders from its foundry are its order)
            # Nvidia plans to deploy up to 260,000 graphics processing units (in Korea); to deliver more than 260,000 of its
            # GPUs to South Korea; AMD will supply 6 gigawatts: chips, and the power and computing rate of the sites they
            # fill, are held by who deploys them, never by the maker that sells the chips (no label keys one to a chip
            # seller; aliases.toml sells = "chips"); with no buyer found, they are keyed by the place their sentence
            # names, if any (but 10,000 Nvidia H100 GPUs in its own Eos supercomputer: the maker's own, OWN_USE)
            kw["entity"] = None
            if kw.get("region") is None:
                sent_lo, sent_hi = self.sentence_start(dec.start), self.sentence_end(dec.end)
                place = self.d.regions.before(sent_lo, dec.start) or self.d.regions.after(dec.end, sent_hi)
                kw["region"] = str(place.name) if place is not None else None
        if kw.get("unit") == "CNY" and not self.d.zh and self.d.home != "CN" and \
                YEN_SIGN.search(self.d.text, dec.start, dec.end) is not None:
            # a budget of up to ¥30 billion in English about Sakura Internet: the English press writes the yuan as
            # yuan or RMB, and ¥ for the yen (the sign of both)
            kw["unit"] = "JPY"
        if "datacenter_revenue" in (kw.get("metric"), kw.get("of")) and \
                alias_table().types.get(kw.get("entity") or "") == "operator":
            # 联通数据中心收入144亿元: an operator's data-centre (IDC) business is a service line, its revenue
            # (LABELLING.md metric table: segment/service revenue); the data-center segment is a chip maker's
            kw["metric" if kw.get("metric") == "datacenter_revenue" else "of"] = "revenue"
        if "revenue" in (kw.get("metric"), kw.get("of")) and kw.get("item") is None and \
                alias_table().sells.get(kw.get("entity") or "") == "chips" and self.ai_revenue_before(dec.start):
            # Broadcom's Q3 AI revenue at approximately $3.1 billion, 博通FY25Q2AI业务收入超44亿美元: a chip maker's AI
            # revenue is its data-center revenue (LABELLING.md metric table; aliases.toml sells = "chips")
            kw["metric" if kw.get("metric") == "revenue" else "of"] = "datacenter_revenue"
        if kw.get("metric") == "revenue" and kw.get("item") is None and \
                alias_table().sells.get(kw.get("entity") or "") == "chips" and self.data_centre_segment_pointed_back(dec.start):
            # The core driver … is its data center business … . This segment contributed $30.8 billion: the segment the
            # sentence before names, pointed back at, a chip maker's data-center revenue
            kw["metric"] = "datacenter_revenue"
        if (kw.get("metric") == "revenue" or (kw.get("metric") == "yoy_growth" and kw.get("of") == "revenue")) and \
                kw.get("item") is None and alias_table().sells.get(kw.get("entity") or "") == "chips" and \
                self.data_centre_unit_before(dec.start):
            # Intel's Data Center and AI (DCAI) business fell another 10% … to $4 billion; the data center division declined 1%
            # to $4.1bn: the last business unit the sentence names before the figure is the data-center one (LABELLING.md
            # metric table: a chip maker's data-center segment; a share of revenue it accounts for stays of the whole)
            kw["metric" if kw.get("metric") == "revenue" else "of"] = "datacenter_revenue"
        if kw.get("metric") == "revenue" and kw.get("item") is None and DC_LABEL_BEFORE.search(
                self.d.text, max(self.sentence_start(dec.start), dec.start - DC_LABEL_REACH), dec.start) is not None:
            # AMD Q2 2025 earnings call summary: revenue $7.685B, Data Center $3.24B: the data-centre line's amount
            kw["metric"] = "datacenter_revenue"
        if kw.get("metric") == "share" and kw.get("of") == "revenue" and kw.get("item") in (None, "gpu") and \
                alias_table().sells.get(kw.get("entity") or "") == "servers":
            text = self.d.text
            lo = max(self.clause_start(self.sentence_start(dec.start), dec.start), dec.start - AI_LINE_REACH,
                     text.rfind("\n", 0, dec.start) + 1)
            hi = self.clause_end(dec.end, min(len(text), dec.end + AI_LINE_REACH))
            if (stop := text.find("\n", dec.end, hi)) >= 0:
                hi = stop  # (a list's line: the next line's AI 伺服器 is no part of this one's)
            if (ai := AI_WORD.search(text, lo, hi)) is not None and AI_JOINED.search(text, max(0, ai.start() - 6), ai.start()) is None:
                # with AI contributing over 70% of revenues; Over 70% of Q3 revenue came from AI GPU platforms;
                # AI GPU（顯卡）平台現已佔該公司總營收的90%: a server maker's AI part is its AI servers' (LABELLING.md I9;
                # aliases.toml sells = "servers")
                kw["item"] = "ai_server"
        if "shipments" in (kw.get("metric"), kw.get("of")) and kw.get("item") is None and \
                alias_table().sells.get(kw.get("entity") or "") == "servers" and self.servers_page() and \
                not self.d.kw.any("non_compute", self.para_start(dec.start), dec.end):
            # 2023 server shipments to fall 2.85% (title) … OEMs like Dell and HPE … predicting YoY declines of 15% and 12%,
            # respectively (of their annual shipment volumes): what a server maker ships on a page about servers, no
            # product named, is servers (aliases.toml sells = "servers"; makers that also build notebooks ship those on
            # a page about them: 5.9 million units of notebooks)
            kw["item"] = "server"
        for key in ("metric", "of"):
            if kw.get(key) == "revenue" and kw.get("item") in DATA_CENTER_SEGMENT:
                # The data center segment … generating roughly $1.65 billion in revenue, AMD's data center segment grew 14%: the
                # segment named data center, its amount or its growth
                kw[key], kw["item"] = "datacenter_revenue", None
        if kw.get("metric") == "revenue" and kw.get("item") in CHIP_ITEMS:
            # MI300 revenue exceeded $1 billion: a product line inside the data-center segment (metric table)
            kw["metric"], kw["item"] = "datacenter_revenue", None
        elif kw.get("metric") == "revenue" and kw.get("item") is None and (
                (subject := self.d.items.before(self.clause_start(self.sentence_start(dec.start), dec.start), dec.start))
                is not None or (subject := self.sentence_subject_item(dec.start)) is not None) \
                and (subject.name in CHIP_ITEMS or ACCELERATORS_SUBJECT.fullmatch(
                    self.d.text, subject.start, subject.end)) and self.d.items.before(subject.end, dec.start) is None:
            # Instinct MI300X GPU surpassed $1 billion in sales: the accelerator line the clause is about, a product line
            # inside the data-center segment (H20 作為中國區主力產品,預計2024年貢獻120-150億美元收入: the one the sentence opens with,
            # where the figure's clause names nothing of its own)
            kw["metric"] = "datacenter_revenue"
        elif kw.get("metric") == "revenue" and kw.get("item") is None and \
                alias_table().sells.get(kw.get("entity") or "") == "chips" and \
                ACCELERATORS_NAMED.search(self.d.text, max(self.clause_start(self.sentence_start(dec.start), dec.start),
                                                          dec.start - ACCELERATORS_REACH), dec.start) is not None:
            # AMD CEO Lisa Su forecasts that these accelerators will bring in over $4.5 billion in revenue: a chip maker's
            # accelerators named as the clause's subject, its data-center line
            kw["metric"] = "datacenter_revenue"
        if "capex" in (kw.get("metric"), kw.get("of")) and kw.get("item") is None and (
                part := self.capex_part(dec.start, dec.end)) is not None:
            kw["item"] = part  # 5G网络投资为240亿元: capex, the network part of it
        if kw.get("metric") in MARKET_ITEM and kw.get("item") is None:
            kw["item"] = MARKET_ITEM[kw["metric"]]  # the AI-server market's size is of AI servers, however named
            genai = self.d.items.before(self.clause_start(self.sentence_start(dec.start), dec.start), dec.start)
            if kw["item"] == "ai_server" and genai is not None and genai.name == "genai_server":
                kw["item"] = "genai_server"  # 生成式AI服务器市场规模: the generative-AI part of it (I4)
        if kw.get("metric") == "ai_compute_market_size" and kw.get("item") is None and \
                DOMESTIC_CHIP_MARKET.search(self.d.text, max(self.clause_start(self.sentence_start(dec.start), dec.start),
                                                             dec.start - 40), dec.start):
            kw["item"] = "domestic"  # 2024年国产AI芯片市场规模预计达500亿: the domestic chips' market (LABELLING.md I5)
        if kw.get("metric") == "accelerator_count":
            if self.cur_bought_units and kw.get("item") in (None, "gpu") and self.fleet_item is not None:
                kw["item"] = self.fleet_item  # (…with 30,000 and 25,000 units purchased: of the model counted before)
            elif kw.get("item") not in (None, "gpu"):
                self.fleet_item = kw.get("item")
        if (kw.get("metric") == "shipments" or (kw.get("metric") == "yoy_growth" and kw.get("of") == "shipments")) and \
                kw.get("item") is None and kw.get("entity") is None and self.d.kind == "market_report" and \
                (sold := SERVER_MARKET_ITEM.get(self.last_market(dec.start) or "")) and \
                self.names_nothing_shipped(dec.start):
            # 2025年第三季度全球服务器出货量……ODM直接出货量在第三季度总计182.7万台: in a report on the server market, the
            # servers shipped (in a sentence that names no product, company or business line of its own)
            kw["item"] = sold
        pub = self.d.published
        flow = metric_kinds().get(str(kw.get("of") if kw.get("metric") == "yoy_growth" else kw.get("metric"))) == "flow"
        if kw.get("basis") == "actual" and pub is not None and kw.get("period") == str(pub.year) and flow and \
                (pub.month, pub.day) != (12, 31) and kw.get("metric") not in TENDER_TERMS and \
                kw.get("of") not in TENDER_TERMS:
            kw["basis"] = "forecast"  # 2025全年 in a 3Q25 tracker: a year that is not over (LABELLING.md B4)
        if kw.get("basis") == "target" and not self.d.plan and kw.get("entity") and \
                kw.get("metric") in ("capex", "compute_investment") and self.d.published is not None and \
                _period_end_year(kw.get("period")) == self.d.published.year:
            kw["basis"] = "forecast"  # a company's budget for the running year (今年计划资本开支): its guidance (LABELLING.md B8)
        if kw.get("basis") == "target" and kw.get("entity") is None and \
                kw.get("metric") in ("capex", "compute_investment") and (
                    COMPANIES_AS_ONE.search(self.d.text, max(self.sentence_start(dec.start), dec.start - GROUP_REACH),
                                            dec.start) is not None or
                    OPERATORS_AS_ONE.search(self.d.text, max(self.sentence_start(dec.start), dec.start - GROUP_REACH),
                                            dec.start) is not None) and not self.committed_before(dec):
            # 三大運營商資本開支計劃規模合計達到2898億元, the hyperscalers' combined capex plans: companies' budgets together,
            # guidance as each one's is (LABELLING.md B8; dev zh_s_operators_capex_2025 资本开支预算合计为2898亿元 → forecast)
            kw["basis"] = "forecast"
        if kw.get("basis") == "target" and not self.d.plan and kw.get("entity") and \
                kw.get("metric") in ("revenue", "datacenter_revenue"):
            kw["basis"] = "forecast"  # it's targeting revenue of $8.2 billion in 2025: a company's revenue target is its guidance
        # (in its own clause: 优于市场预期的310亿元。其中，核心营收247亿元 is the company's own figure)
        other = self.other_statement_in(max(self.clause_start(self.sentence_start(dec.start), dec.start), dec.start - 40),
                                        dec.start) or \
            EARLIER_STATEMENT_AFTER.match(self.d.text, dec.end) is not None or \
            self.versus_expected(dec) or \
            self.revised_from(dec.start, dec.end) or \
            self.plan_revised_from(dec.start, dec.end) or (  # (the $85 billion it projected in July; raised … from $85 billion)
                kw.get("unit") != "%" and
                THAN_EXPECTED_BEFORE.search(self.d.text, max(0, dec.start - 12), dec.start) is not None)
        if other:
            kw["basis"] = "forecast"  # an expectation, a guidance, the market's estimate
        for k in ("value", "low", "high"):
            v = kw.get(k)
            if isinstance(v, float):
                kw[k] = float(f"{v:.12g}")
        if kw.get("metric") == "market_share" and kw.get("of") in COMPANY_MONEY and kw.get("entity") is not None and \
                (sold := self.d.items.before(self.sentence_start(dec.start), dec.start, lambda x: x.name in ITEM_MARKET)) \
                is not None:
            # 鴻海AI伺服器營收今年將超過新台幣1兆元，市占率達40%: the share of the market of the product its sentence sells,
            # not of the revenue named before it
            kw["of"] = ITEM_MARKET[str(sold.name)]
        if kw.get("metric") == "market_share" and kw.get("of") in COMPANY_MONEY:
            # 阿里云以35.8%的份额: a share of a market (here the cloud market, outside the vocabulary), never of a
            # company's revenue or capex (no labelled market share is)
            dec.reason = f"a market share of no market of the vocabulary (its whole named as {kw['of']})"
            return
        if kw.get("basis") == "actual" and EXPECTATION_AFTER.match(self.d.text, dec.end) is not None:
            # 高于市场普遍上调至30%以上的预期, 彭博訪調分析師預估的102億美元: a figure named as what was expected is a forecast
            # (LABELLING.md B2), whatever the period
            kw["basis"] = "forecast"
        if kw.get("metric") == "compute_investment" and kw.get("basis") in ("actual", "forecast") and \
                (intent := INVEST_INTENT_BEFORE.search(self.d.text, max(self.sentence_start(dec.start), dec.start - INVEST_INTENT_REACH),
                                                       dec.start)) is not None and \
                SIGNED_DEAL.search(self.d.text, intent.start(), min(self.sentence_end(dec.end), dec.end + INVEST_INTENT_REACH)) is None \
                and COMPANY_BUDGET.search(self.d.text, max(self.sentence_start(dec.start), dec.start - INVEST_INTENT_REACH),
                                          min(self.sentence_end(dec.end), dec.end + INVEST_INTENT_REACH)) is None:
            # Amazon plans to invest at least $20 billion in Pennsylvania; Alphabet announced a $40 billion investment in
            # Texas; 该项目计划投资52.4亿元: what a company means to invest is a plan's size (LABELLING.md B7: target), unlike a
            # deal signed (a contract, a lease: what was agreed, actual), or a company's spending over the next years or on its
            # compute (阿里巴巴宣布未来三年将投入超3800亿元, 中国电信计划投入云/算力180亿元: its budget, a forecast, B8)
            kw["basis"] = "target"
        least = METRIC_MIN.get(str(kw.get("metric")))
        if least is not None and isinstance(kw.get("value"), (int, float)) and abs(kw["value"]) < least:
            dec.reason = (f"implausible: {kw['metric']} below {least:.0e} {kw.get('unit')} (a price, a per-share "
                          "figure or a rack's power, not the metric)")
            return
        if kw.get("qualifier") == "<=":
            # up to 1 million chips, 不超過89.54億元: a ceiling, which the contract does not mark (its qualifiers are >, >=, <
            # and ~; LABELLING.md B10: up to, 最高 → none); the rules above weighed it as a bound
            kw["qualifier"] = None
        try:
            f = Fact(**kw)
        except FactError as exc:
            dec.reason = f"implausible: {exc}"
            return
        dec.facts.append(f)
        if (self.cur_outside or (self.cur_outside_share and f.metric == "share")) and f.unit == "%":
            # (kept on the decision while its sentence is read, so that a list goes on to the next line;
            # taken off when the document is done: run)
            dec.reason = OUTSIDE_COMPUTE
            return
        self.out.append(_Candidate(f, score, len(self.out), dec, self.cur_sentence, self.cur_total, other,
                                   self.cur_index in self.respectively_members or self.cur_purpose or
                                   self.priced_product(f, dec), base=self.cur_base, moved=self.moved_price(f, dec)))
        if self.exceeded_in is not None and kw.get("period") != self.exceeded_in:
            above = dataclasses.replace(f, period=self.exceeded_in, qualifier=">")
            dec.facts.append(above)
            self.out.append(_Candidate(above, score, len(self.out), dec, self.cur_sentence, self.cur_total, other))
            self.exceeded_in = None
        if f.unit not in ("%",):
            self.last_value[_unit_kind(f.unit)] = (f.metric, dec.start, abs(f.value))
            self.metrics_seen.add(f.metric)

    def emit_again(self, dec: Decision, score: float, f: Fact, m: Mention, quote_lo: int, **changes: Any) -> None:
        """The fact ``f`` of the quantity before, stated for the rate ``m`` (the next rate of a list, the
        next part of a mix, an earlier forecast of the same rate): ``f``'s keys with ``m``'s value, bounds
        and qualifier, quoted from ``quote_lo``, and the keys ``changes`` names."""
        value, low, high = m.value, m.low, m.high
        if m.value > 0 and self.fell_before_in_list(f.metric, m.start, f):
            # 分别下降7.8%、10.6%、10.4%: the falling word before the list stands for each rate of it
            value, low, high = -value, None if high is None else -high, None if low is None else -low
        self.emit(dec, score, **{**f.to_dict(), "value": value, "low": low, "high": high,
                                 "qualifier": m.qualifier, "quote": self.quote(quote_lo, m.end), **changes})

    def data_centre_segment_pointed_back(self, pos: int) -> bool:
        """The sentence of ``pos`` opens by pointing back at a segment (This segment, The division) and the sentence right
        before it in its paragraph names the data centre."""
        sent = (self.sentence_start(pos), pos)
        if THIS_SEGMENT.match(self.d.text, sent[0]) is None:
            return False
        i = next(self.earlier_sentences(sent, 1), None)
        if i is None:
            return False
        lo, hi = self.d.sentences[i]
        # (its last PARA_REACH characters: a sentence with no end stays linear)
        return DATA_CENTRE_WORD.search(self.d.text, max(lo, hi - PARA_REACH), hi) is not None

    def data_centre_unit_before(self, pos: int) -> bool:
        """The last business unit named before ``pos`` in its sentence (within UNIT_REACH: the PC division, the Data Center
        and AI (DCAI) business) is the data-center one."""
        text = self.d.text
        lo = max(self.sentence_start(pos), pos - UNIT_REACH)
        unit = next(reversed(list(UNIT_NOUN.finditer(text, lo, pos))), None)
        return unit is not None and any(dc.end() == unit.end() for dc in DATA_CENTRE_UNIT.finditer(text, max(lo, unit.start() - 40),
                                                                                                 unit.end()))

    def ai_revenue_before(self, pos: int) -> bool:
        """"AI revenue" is the last revenue named before ``pos`` in its sentence, within AI_REVENUE_REACH (Q3 AI revenue at
        approximately $3.1 billion and expected to rise to $3.5 billion in Q4; AI Revenue for Q4: Expected to grow
        sequentially 10% to over $3.5 billion): no other money word between."""
        lo = max(self.sentence_start(pos), pos - AI_REVENUE_REACH)
        last = next(reversed(list(AI_REVENUE_BEFORE.finditer(self.d.text, lo, pos))), None)
        return last is not None and (pos - last.end() <= AI_REVENUE_NEAR or self.d.kw.last("money", last.end(), pos) is None)

    def capex_part(self, pos: int, end: int) -> str | None:
        """The part of capex the money word nearest before ``pos`` in its paragraph names, or a part
        word right after the amount ending at ``end`` (lexicons/metrics.toml [capex_parts]):
        5G网络投资, 移动网投资预算, 计划投入98亿元推进5GA建设 -> network."""
        after = self.d.kw.first("capex_parts", end, min(len(self.d.text), end + 12))
        if after is not None and after.start - end <= 1:
            return str(after.label)
        h = self.d.kw.last("money", self.para_start(pos), pos)
        if h is None:
            return None
        part = self.d.kw.last("capex_parts", h.start, h.end)
        return str(part.label) if part is not None and part.end == h.end else None

    def market_named(self, lo: int, hi: int) -> Hit | None:
        """The last market keyword (AI server market, 服务器市场) in ``lo:hi`` (at most 16 money words back)."""
        h = self.d.kw.last("money", lo, hi)
        steps = 0
        while h is not None and steps < 16:
            if h.label in MARKET_METRICS:
                return h
            h = self.d.kw.last("money", lo, h.start)
            steps += 1
        return None

    def quote_start(self, clause_lo: int, lo: int, pos: int) -> int:
        start = max(clause_lo, lo)
        while start < pos and self.d.text[start] in "、,;)）和及与 ":
            start += 1
        return start

    def quote(self, lo: int, hi: int) -> str:
        return self.d.norm.quote(max(lo, hi - QUOTE_MAX), hi)

    # -- the sentence loop -------------------------------------------------------------------
    def run(self) -> list[Fact]:
        d = self.d
        mentions = find_mentions(d.text)
        # the amounts whose currency the text states, in order (paragraph_currency)
        self.money_at = [(x.start, str(x.unit)) for x in mentions if x.unit is not None and _unit_kind(x.unit) == "money"]
        self.mention_starts = [x.start for x in mentions]
        self.result_cells = self.find_result_cells()
        sents = d.sentences
        si = 0
        group: list[Mention] = []
        current: tuple[int, int] | None = None
        for m in mentions:
            while si < len(sents) and sents[si][1] <= m.start:
                si += 1
            sent = sents[si] if si < len(sents) else (m.start, m.end)
            if sent != current:
                if current is not None and group:
                    self.sentence(current, group)
                current, group = sent, []
            group.append(m)
        if current is not None and group:
            self.sentence(current, group)
        taken = [(m.start, m.end) for m in mentions]  # (the numbers the text's own reading took)
        self.table_cells(taken)
        if self.result_cells:
            self.bare_result_cells(taken)
        for dec in self.decisions:
            if dec.reason == OUTSIDE_COMPUTE:
                dec.facts = []
        head = _headline_spans(d.text)
        in_head: list[_Candidate] = []
        body: list[_Candidate] = []
        headings = set(d.section_starts)
        line_starts = _line_starts(d.text)  # (one pass, then a bisect per fact)
        for c in self.out:
            c.heading = _line_start_of(line_starts, c.decision.start) in headings
            (in_head if any(lo <= c.decision.start < hi for lo, hi in head) else body).append(c)
        body = _dedupe(body, self.named_anew)
        return [c.fact for c in _dedupe(_drop_restated_headline(in_head, body) + body, self.named_anew)]

    def named_anew(self, lo: int, hi: int) -> bool:
        """A metric word of money or counts stands in ``lo:hi`` (a figure after it is a statement of its own)."""
        return self.d.kw.last("money", lo, hi) is not None or self.d.kw.last("count", lo, hi) is not None

    def sentence(self, sent: tuple[int, int], ms: list[Mention]) -> None:
        self.cur_sentence = sent[0]
        self.cur_mentions = ms
        self.cur_starts = [x.start for x in ms]
        # (read once a sentence, not once a quantity: a sentence with no end stays linear)
        self.cur_has_flops = any(x.unit == "FLOPS" for x in ms)
        self.cur_first_units_end = min((x.end for x in ms if x.unit == "units"), default=len(self.d.text) + 1)
        values: list[_Value] = []
        self.clear_sentence_lists()
        respectively = self.respectively(sent, ms)
        prev_end = sent[0]
        for idx, m in enumerate(ms):
            lo = max(prev_end, m.start - WINDOW)
            prev_end = m.end
            self.cur_total = False
            self.cur_bought_units = False
            self.cur_purpose = False
            self.cur_outside = False
            self.cur_outside_share = False
            self.demand_buyer = None
            self.header_year = None
            self.cur_bracket_item = None
            self.cur_bracket_party = ""
            self.cur_bracket_period = None
            self.market_after = None
            dec = Decision(m.start, m.end, self.quote(m.start, m.end), m.value, m.unit)
            self.decisions.append(dec)
            clause_lo = self.clause_start(sent[0], m.start)
            clause_hi = self.clause_end(m.end, sent[1])
            next_start = ms[idx + 1].start if idx + 1 < len(ms) else sent[1]
            # (两份37亿元左右算力租赁大单: the words after the amount come after its qualifier)
            self.after_from = suffix_qualifier_end(self.d.text, m.end) if m.qualifier else m.end
            conv = self.conversion_end(m, ms[idx + 1]) if idx + 1 < len(ms) else None
            if conv is not None:
                # 160 billion yuan ($22.3 billion) on capital expenditure: the words after the
                # amount come after the writer's conversion
                self.after_from = conv
                next_start = ms[idx + 2].start if idx + 2 < len(ms) else sent[1]
            after_hi = min(next_start, self.after_from + 30)
            kind = _unit_kind(m.unit)
            if kind == "pp":
                dec.reason = "percentage points (a change of a rate, not a quantity)"
                continue
            self.cur_index = idx
            if (cell := self.result_cell(m)) is not None:
                self.result_table_value(dec, m, cell)
                continue
            if kind == "%":
                self.percent(dec, m, sent, lo, clause_lo, clause_hi, after_hi, values, respectively.get(idx))
            else:
                v = self.value(dec, m, sent, lo, clause_lo, clause_hi, after_hi, values, respectively.get(idx))
                if v is not None:
                    values.append(v)
                if conv is not None and dec.facts and self.source_in_brackets(dec, m, ms[idx + 1]):
                    # Google Cloud reported a revenue of £6.96 billion ($8.41 billion): a US company's figures are its
                    # dollars, the pounds before them the writer's conversion; the facts go to the amount in brackets
                    withdrawn = [(f, self.withdraw(dec, f)) for f in list(dec.facts)]
                    self.converted_facts = (ms[idx + 1].start, [(f, 1.0 if sc is None else sc) for f, sc in withdrawn],
                                            clause_lo)
                    dec.reason = CONVERTED_BEFORE_REASON
            if dec.facts and kind in ("money", "units", "W", "FLOPS") and not m.is_list and \
                    (each := self.each_of_group(m, ms, idx, sent[0])) is not None:
                # ByteDance (BDNCE) and Tencent (OTCPK:TCEHY) each ordered about 230,000 of Nvidia's chips; 腾讯和字节跳动
                # 分别订购了约23万颗: one figure said of each company of the group
                for f in list(dec.facts):
                    if f.metric in COMPANY_METRICS and f.entity in (None, *each):
                        for name in each:
                            if name != f.entity or f.region is not None:
                                # (a company's fact leaves the region null, FACTS.md: not the world a group's figure was of)
                                self.emit_again(dec, 0.8, f, m, clause_lo, entity=name, region=None)
                        if f.entity is None or f.region is not None:
                            self.withdraw(dec, f)  # (the group's figure keyed to no one or a place: each company's instead)
            if not dec.facts and dec.reason is None:
                dec.reason = "no metric: no keyword of lexicons/metrics.toml names it"

    def dc_subject(self, sent_lo: int, pos: int) -> re.Match[str] | None:
        """The data-centre segment named as the subject within 100 characters before ``pos``, not counting an aside
        between commas that opens with which/that/including (Nvidia’s datacenter unit, which includes the graphics
        processing units (GPUs) that power most generative AI models, generated $35.6 billion)."""
        text = self.d.text
        sub = DC_SUBJECT.search(text, max(sent_lo, pos - DC_SUBJECT_REACH), pos)
        if sub is not None:
            # (①游戏业务:……;②数据中心业务:……;③汽车业务:季度营收2.51亿元: a list's next item, after a semicolon or its own
            # number, is another line's)
            return None if LIST_ITEM_BREAK.search(text, sub.end(), pos) is not None else sub
        far = DC_SUBJECT.search(text, max(sent_lo, pos - DC_SUBJECT_REACH - DC_ASIDE_MOST), pos - DC_SUBJECT_REACH)
        if far is None:
            return None
        aside = DC_ASIDE.match(text, far.end())
        if aside is None or pos - far.end() - (aside.end() - aside.start()) > DC_SUBJECT_REACH:
            return None
        return far

    def withdraw(self, dec: Decision, f: Fact) -> float | None:
        """Take the fact ``f`` of the decision being made back (its candidate is among the last ones emitted); the score
        its candidate had (None where none was found)."""
        dec.facts.remove(f)
        for k in range(len(self.out) - 1, max(-1, len(self.out) - 1 - WITHDRAW_REACH), -1):
            if self.out[k].fact is f:
                return self.out.pop(k).score
        return None

    def each_of_group(self, m: Mention, ms: list[Mention], idx: int, sent_lo: int) -> list[str] | None:
        """The companies of a group that one figure is said of each of: two or more names joined as a list, then
        "each" / 分别 / 各 before the verb, and the one figure after it in its clause (not a list of figures, which
        分别 maps one to one); else None."""
        d, text = self.d, self.d.text
        cue = None
        for c in EACH_AFTER_GROUP.finditer(text, max(sent_lo, m.start - EACH_REACH), m.start):
            cue = c
        if cue is None or (idx > 0 and ms[idx - 1].end > cue.end()) or \
                (idx + 1 < len(ms) and _list_gap(text[m.end : ms[idx + 1].start])):
            return None
        group = d.entities.run_before(max(sent_lo, cue.start() - EACH_REACH), cue.start() + 1,
                                      lambda a, b: _list_gap(text[a.end : b.start]), lambda x: x.type != "model")
        if len(group) < 2 or EACH_GAP.fullmatch(text, group[-1].end, cue.start()) is None:
            return None
        names = [str(e.name) for e in group]
        return names if len(set(names)) == len(names) else None

    def find_result_cells(self) -> list[ResultCell]:
        """The cells of the page's results tables (:mod:`connectors.results_tables`), read on the original
        lines (normalising joins a table's lines), their spans in normalised offsets."""
        norm = self.d.norm
        if "Change" not in norm.original and "YOY" not in norm.original and "Y/Y" not in norm.original and \
                "YoY" not in norm.original and "|" not in norm.original and not may_name_unit(norm.original):
            return []

        def to_norm(pos: int) -> int:
            return bisect.bisect_left(norm.index, pos)

        def span(s: tuple[int, int] | None) -> tuple[int, int] | None:
            return None if s is None else (to_norm(s[0]), to_norm(s[1]))

        return [dataclasses.replace(c, start=to_norm(c.start), end=to_norm(c.end), head_start=to_norm(c.head_start),
                                    head_end=to_norm(c.head_end), label_start=to_norm(c.label_start),
                                    label_end=to_norm(c.label_end), first_period=span(c.first_period),
                                    last_period=span(c.last_period))
                for c in find_result_cells(norm.original)]

    def result_cell(self, m: Mention) -> ResultCell | None:
        """The results-table cell holding ``m``, if any."""
        cells = self.result_cells
        if not cells:
            return None
        i = bisect.bisect_right(cells, m.start, key=lambda c: c.start) - 1
        return cells[i] if i >= 0 and cells[i].start <= m.start and m.end <= cells[i].end else None

    def result_table_value(self, dec: Decision, m: Mention, cell: ResultCell) -> None:
        """A cell of a results table: the row's label names the metric (Revenue; in a table of revenue by
        segment each segment's revenue, a data-center segment's its data-center revenue), the column's head
        the period (Fiscal Q1 2025), or a change: year on year (Change YOY, or a bare Change between the same
        quarter of two years) of the row's metric in the last period column; quarter on quarter no fact."""
        d = self.d
        label = d.text[cell.label_start : cell.label_end]
        if cell.role:
            self.unit_row_value(dec, m, cell, label)
            return
        growth_row = cell.column == "period" and GROWTH_ROW.search(label) is not None
        if growth_row and QOQ_ROW.search(label) is not None:
            dec.reason = "a results table's change that is not year on year (quarter on quarter, or unclear)"
            return
        above = self.row_above(cell) if growth_row else None
        if above is not None:
            cell_label = (above.label_start, above.label_end)  # (a growth row: of the metric of the row above it)
        else:
            cell_label = (cell.label_start, cell.label_end)
        if d.kw.any("out_of_scope", *cell_label):
            dec.reason = "out of vocabulary: a results table's row outside it (income, earnings per share …)"
            return
        head = d.kw.last("money", *cell_label)
        metric = head.label if head is not None and head.label in UNIT_KIND_OF["money"] else None
        row_company = None
        if (head_named := self.head_metric(cell)) is not None and \
                (row_company := d.companies.after(cell.label_start, cell.label_end, lambda x: x.type != "model")) is not None:
            # | 公司 | 2025 年资本支出 | 2026 年计划 | 增幅 | ¶ | 微软(Azure) | 880 亿美元 | …: a table of companies, the metric
            # named by the heads (not by a segment's name in the row's label), each row its company's
            metric = head_named
        revenue_table = any(re.search(r"Revenue|Sales", d.text[p[0] : p[1]]) for p in (cell.first_period, cell.last_period)
                            if p is not None) or RESULT_SEGMENT_HEAD.fullmatch(cell.label_head) is not None
        if metric is None and revenue_table:
            metric = "datacenter_revenue" if DATA_CENTER_ROW.search(label) else "revenue"
        if metric is None or (growth_row and above is None):
            dec.reason = "a results table's row naming no metric of the vocabulary"
            return

        def period_of(span: tuple[int, int] | None) -> str | None:
            # (the head read on its own: Q2 2022 Q2 2023 in a row is read across the heads)
            if span is None:
                return None
            head_text = d.text[span[0] : span[1]]
            fiscal = _fiscal_end_month(d.calendar_name)
            if fiscal is None and d.doc_entity is None and (scaled := label_unit(label)) is not None:
                fiscal = _currency_fiscal_end_month(scaled[1])  # (| Net Sales (₹Cr) | under Sep'25: India's year, to March)
            if (own := _head_period(head_text, fiscal)) is not None:
                return own
            found = [p.period for p in find_periods(head_text, d.published,
                                                    fiscal_end_month=_fiscal_end_month(d.doc_entity)) if p.period]
            return found[0] if len(found) == 1 else None

        def basis_of(period: str | None) -> str:
            # (a broker's 2025E in the column's head: its estimate, a forecast; 2023A: actual)
            mark = d.text[cell.head_end - 1 : cell.head_end]
            if GUIDE_AFTER_HEAD.match(d.text, cell.head_end) is not None:
                return "forecast"  # (Q4 FY26 guide: the company's guidance for the quarter)
            return "forecast" if mark in ("E", "F") else "actual" if mark == "A" else \
                self.basis_for(cell.start, cell.start, period)

        entity = str(row_company.name) if row_company is not None else None if d.head_unlisted else d.doc_entity
        quote = self.quote(cell.label_start, cell.end)
        if cell.column == "period":
            period = period_of((cell.head_start, cell.head_end))
            if m.unit == "%" and growth_row:
                # |增长率YoY %|16.4%|-6.9%| under |营业总收入(百万元)|…|: the growth of the row above's metric in the column's year
                self.emit(dec, 1.0, metric="yoy_growth", value=m.value, unit="%", period=period, region=None,
                          entity=entity, item=None, of=metric, basis=basis_of(period), qualifier=None, quote=quote)
                return
            value, unit = m.value, m.unit
            if unit is None and (scaled := label_unit(label)) is not None:
                value, unit = m.value * scaled[0], scaled[1]  # |营业总收入(百万元)|511,850|: the label's unit
            elif unit is None and cell.unit is not None:
                value, unit = m.value * cell.scale, cell.unit  # 財務摘要(人民幣: 億元) | … | 3,895.89 |: the caption's unit
            if _unit_kind(unit) != "money":
                dec.reason = "a results table's cell that is no amount"
                return
            self.emit(dec, 1.0, metric=metric, value=value, unit=unit, period=period, region=None, entity=entity,
                      item=None, of=None, basis=basis_of(period), qualifier=None, quote=quote)
            return
        if m.unit != "%":
            dec.reason = "a results table's change that is no percentage"
            return
        last, first = period_of(cell.last_period), period_of(cell.first_period)
        if cell.column == "yoy" and cell.last_period is None:
            last = d.doc_period  # | Metric | YoY Change | … |: a table of changes alone, of the quarter the page reports on
        if cell.column == "qoq" or (cell.column == "change" and not (last and first and _shift_year(last, -1) == first)):
            dec.reason = "a results table's change that is not year on year (quarter on quarter, or unclear)"
            return
        self.emit(dec, 1.0, metric="yoy_growth", value=-m.value if cell.negative else m.value, unit="%", period=last,
                  region=None, entity=entity, item=None, of=metric, basis=self.basis_for(cell.start, cell.start, last),
                  qualifier=None, quote=quote)

    def unit_row_value(self, dec: Decision, m: Mention, cell: ResultCell, label: str) -> None:
        """A cell of a row under a unit line (:func:`connectors.results_tables.find_unit_rows`): the row's label names the
        metric (营业收入, Revenue; a residual line, 其他业务收入 / Other, is no company figure); the first three cells are the
        page's own period (its reported quarter or year, a year before for the prior one, the change its year-on-year
        growth), later threes a longer stretch with no period of the contract (nine months, LABELLING.md P7)."""
        d = self.d
        if d.kw.any("out_of_scope", cell.label_start, cell.label_end):
            dec.reason = "out of vocabulary: a results table's row outside it (income, earnings per share …)"
            return
        head = d.kw.last("money", cell.label_start, cell.label_end)
        metric = head.label if head is not None and head.label in ("revenue", "datacenter_revenue", "capex") else None
        if metric is None or RESIDUAL_ROW.match(label) is not None:
            dec.reason = "a results table's row naming no metric of the vocabulary"
            return
        own = d.doc_period
        if cell.span == "year" and own is not None:
            # (Twelve Months Ended December 31 beside Three Months Ended …: the year of the quarter reported)
            own = re.sub(r"(?:Q[1-4]|H[12])$", "", own)
        elif cell.span == "quarter" and own is not None and QUARTER_LABEL.fullmatch(own) is None:
            own = None  # (a quarter's columns on a page whose own period is no quarter)
        elif cell.span == "none" or (cell.span == "" and cell.group > 0):
            own = None  # (nine months, six months, the year to date: no period of the contract, LABELLING.md P7)
        period = own if cell.role in ("current", "change") else _shift_year(own, -1) if own else None
        entity = None if d.head_unlisted else d.doc_entity
        quote = self.quote(cell.label_start, cell.end)
        if cell.role == "change":
            if m.unit != "%":
                dec.reason = "a results table's change that is no percentage"
                return
            self.emit(dec, 1.0, metric="yoy_growth", value=-abs(m.value) if cell.negative else m.value, unit="%",
                      period=period, region=None, entity=entity, item=None, of=metric,
                      basis=self.basis_for(cell.start, cell.start, period), qualifier=None, quote=quote)
            return
        # (the printed figure in the unit line's scale: $ 164,501 under "In millions" is $164.501 billion)
        self.emit(dec, 1.0, metric=metric, value=m.value * cell.scale, unit=cell.unit, period=period, region=None, entity=entity,
                  item=None, of=None, basis=self.basis_for(cell.start, cell.start, period), qualifier=None, quote=quote)

    def committed_before(self, dec: Decision) -> bool:
        """Money said to be committed or pledged right before the figure, in its sentence (AWS has committed USD 12.7
        billion): a committed programme stays a target (LABELLING.md B7), no budget read as guidance."""
        lo = max(self.sentence_start(dec.start), dec.start - COMMITTED_REACH)
        return COMMITTED_BEFORE.search(self.d.text, lo, dec.start) is not None

    def head_metric(self, cell: ResultCell) -> str | None:
        """The money metric a results table's heads name (| 2025 年资本支出 |, | 2026 Capex |): the cell's column's head,
        else the table's first or last period head (| 2026 年计划 | and | 增幅 | beside | 2025 年资本支出 |); None where no
        head names one."""
        for span in ((cell.head_start, cell.head_end), cell.first_period, cell.last_period):
            if span is not None and (h := self.d.kw.last("money", *span)) is not None and h.label in UNIT_KIND_OF["money"]:
                return str(h.label)
        return None

    def row_above(self, cell: ResultCell) -> ResultCell | None:
        """The first cell of the row right above ``cell``'s in its table (same header), if any: walked back over the
        cells before it (a table holds at most MAX_ROWS rows of a few columns)."""
        cells = self.result_cells
        i = bisect.bisect_left(cells, cell.start, key=lambda c: c.start) - 1
        lo = i - ROW_ABOVE_REACH
        while i >= 0 and cells[i].label_start == cell.label_start:
            i -= 1  # (the cells of its own row, left of it)
            if i < lo:
                return None  # (a row of more cells than any results table has: no walk over all of them per cell)
        return cells[i] if i >= 0 and cells[i].first_period == cell.first_period else None

    def bare_result_cells(self, taken: list[tuple[int, int]]) -> None:
        """The cells of results tables whose figures are bare numbers, the unit in the row's label (|营业总收入(百万元)|
        511,850|, | Net Sales (₹Cr) | 43.80 |): read as that unit's amounts (the text's own reading finds no quantity
        in them)."""
        d = self.d
        added = False
        self.outside_sentences()
        for c in self.result_cells:
            if _taken_at(taken, c.start):
                continue
            if c.role == "change":
                # ((10) % in a statement under "In millions": a change the text's own reading finds no rate in)
                try:
                    rate = float(d.text[c.start : c.end].replace(",", "").strip("()+-% "))
                except ValueError:
                    continue
                dec = Decision(c.start, c.end, self.quote(c.start, c.end), -rate if c.negative else rate, "%")
                self.decisions.append(dec)
                self.result_table_value(dec, Mention(start=c.start, end=c.end, value=rate, unit="%"), c)
                added = True
                continue
            scaled = label_unit(d.text[c.label_start : c.label_end]) or ((c.scale, c.unit) if c.unit else None)
            if scaled is None:
                continue
            try:
                value = float(d.text[c.start : c.end].replace(",", "").strip("()+"))
            except ValueError:
                continue
            if d.text[c.start : c.start + 1] in "(-":
                value = -abs(value)
            dec = Decision(c.start, c.end, self.quote(c.start, c.end), value * scaled[0], scaled[1])
            self.decisions.append(dec)
            self.result_table_value(dec, Mention(start=c.start, end=c.end, value=value, unit=None), c)
            added = True
        if added:
            self.decisions.sort(key=lambda x: x.start)

    def outside_sentences(self) -> None:
        """Decide quantities no sentence holds (the cells of tables): no sentence's quantity is being decided, and its
        lists (分别 and its names, places, metrics and years) and a demand's buyer are cleared."""
        self.cur_index = -1
        self.clear_sentence_lists()
        self.demand_buyer = None

    def clear_sentence_lists(self) -> None:
        """Forget the lists the last sentence set up (分别 and its names, places, metrics and years)."""
        self.respectively_of = {}
        self.respectively_region = {}
        self.respectively_item = {}
        self.respectively_list = {}
        self.respectively_unknown = set()
        self.respectively_period = {}
        self.respectively_members = set()
        self.respectively_chains = {}
        self.list_metric = {}

    def table_cells(self, taken: list[tuple[int, int]]) -> None:
        """The cells of the tables of years (:mod:`connectors.tables`): each row's figure per year, of
        the metric its label names (AI-optimized Servers in a table of spending: the AI-server market;
        a market keyword in the label or caption), else of the market of the item it names; a row
        naming a place is that place's. Money tables measure markets (no company); count tables are
        shipments when the caption or label says so. The year of the column is the period; a year the
        page's date has not reached is a forecast."""
        d = self.d
        cells = find_table_cells(d.text)
        if not cells:
            return
        self.outside_sentences()
        for c in cells:
            if _taken_at(taken, c.start):
                continue  # (a number the text's own reading took)
            dec = Decision(c.start, c.end, self.quote(c.start, c.end), c.value, c.unit)
            self.decisions.append(dec)
            metric = self.table_metric(c)
            if metric is None:
                dec.reason = "a table row naming no metric or market of the vocabulary (its label, its caption)"
                continue
            place = _table_name("regions", d.text[c.label_start : c.label_end]) or \
                _table_name("regions", d.text[c.caption_start : c.header_end])
            item = _table_name("items", d.text[c.label_start : c.label_end]) if metric == "shipments" else None
            pub = d.published
            basis = ("forecast" if int(c.year) >= pub.year else "actual") if pub is not None else \
                self.basis_for(c.caption_start, c.header_end, c.year)
            self.emit(dec, 0.9, metric=metric, value=c.value, unit=c.unit, period=c.year,
                      region=place, entity=None, item=item, of=None, basis=basis, qualifier=None,
                      quote=self.quote(c.label_start, c.end))
        self.decisions.sort(key=lambda x: x.start)

    def table_metric(self, c: TableCell) -> str | None:
        """The market (or shipments) a table row measures: see :meth:`table_cells`."""
        d = self.d
        if c.unit == "units":
            shipped = d.kw.any("count.shipments", c.label_start, c.label_end) or \
                d.kw.any("count.shipments", c.caption_start, c.header_end)
            return "shipments" if shipped else None
        for lo, hi in ((c.label_start, c.label_end), (c.caption_start, c.header_end)):
            for group in ("money", "money_patterns"):
                h = d.kw.last(group, lo, hi)
                if h is None:
                    continue
                label = self.generic_market(h.start) if h.label == GENERIC_MARKET else h.label
                if label in TABLE_MARKETS:
                    return label
            it = _table_name("items", d.text[lo:hi])
            if it in ITEM_MARKET:
                return ITEM_MARKET[it]
            if lo == c.label_start and _table_name("regions", d.text[lo:hi]) is None:
                return None  # (a row of something else: AI Services, GenAI Models)
        return None

    def conversion_end(self, m: Mention, nxt: Mention) -> int | None:
        """Where the writer's conversion of ``m`` in brackets right after it ends (after the bracket)."""
        text = self.d.text
        if _unit_kind(m.unit) != "money" or _unit_kind(nxt.unit) != "money" or nxt.unit == m.unit or \
                not CONVERSION_GAP.fullmatch(text, m.end, nxt.start):
            return None
        close = CLOSE_BRACKET.match(text, nxt.end)
        return close.end() if close else None

    def source_in_brackets(self, dec: Decision, m: Mention, nxt: Mention) -> bool:
        """The amount ``nxt`` in brackets right after ``m`` is the source's figure and ``m`` the writer's conversion of it:
        every fact ``m`` became is of one company, which reports in ``nxt``'s currency and not in ``m``'s
        (the currency of its country, ``country`` in aliases.toml, in lexicons/quantities.toml [currency.reporting])."""
        entities = {f.entity for f in dec.facts}
        if len(entities) != 1 or (entity := next(iter(entities))) is None or \
                any(f.metric not in REPORTED_MONEY for f in dec.facts) or \
                APPROX_CONVERSION.match(self.d.text, m.end) is not None:
            # (AWS … 2.26 trillion yen ($15.24 billion) in Japan: a project's money is in the currency it is announced in;
            # 2.12億美元（約新台幣67.38億元）: an approximate amount in brackets is the writer's conversion)
            return False
        home = lexicon()["quantities"].get("currency", {}).get("reporting", {}).get(alias_table().countries.get(entity, ""))
        return home is not None and nxt.unit == home and m.unit != home

    def respectively(self, sent: tuple[int, int], ms: list[Mention]) -> dict[int, str]:
        """``A、B分别为x、y`` / ``A and B … x and y, respectively``: mention index -> entity name."""
        d = self.d
        text = d.text
        out: dict[int, str] = {}
        hits = d.kw.group("respectively")
        h = hits.first(sent[0], sent[1])
        starts = [x.start for x in ms] if h is not None else []

        def listed(a: Any, b: Any) -> bool:
            return _list_gap(text[a.end : b.start])

        while h is not None:
            at = h.start
            en = h.word.lower().startswith("respectively")
            # the run of quantities the cue applies to: the one ending before "respectively", the one
            # starting after 分别 (walked from the cue: linear however many cues a sentence has)
            chain: list[int] = []
            k = bisect.bisect_left(starts, at) - (1 if en else 0)
            while 0 <= k < len(ms) and (not chain or (listed(ms[k], ms[chain[-1]]) if en else listed(ms[chain[-1]], ms[k]))):
                chain.append(k)
                k += -1 if en else 1
            chain.sort()
            group: list[NameMention] = d.entities.run_before(sent[0], ms[chain[0]].start, listed) if chain else []
            if len(group) >= 2 and len(group) == len(chain):
                for i, e in zip(chain, group, strict=True):
                    out[i] = e.name
            elif len(chain) >= 2 and not en and (names := self.listed_names(sent, at, len(chain))) is not None:
                # 华为、新华三、浪潮、中兴、联想、锋火科技分别以33.31%、…、1.77%的份额: the i-th figure is
                # the i-th name's, a name off the alias table keying none
                for i, name in zip(chain, names, strict=True):
                    if name is None:
                        self.respectively_unknown.add(i)
                    else:
                        out[i] = name
            elif len(chain) >= 2 and len(group) < 2 and (members := self.group_members(sent, at, len(chain))) is not None:
                # 三大运营商2024年云计算收入增速分别为20.5%、17.1%、34.5%: the i-th figure is the group's i-th member's
                # (in the order the press lists them: aliases.toml [groups])
                for i, name in zip(chain, members, strict=True):
                    out[i] = name
            elif len(chain) == 1 and len(group) >= 2 and len(group) == len(ms[chain[0]].values):
                self.respectively_list[chain[0]] = [e.name for e in group]  # one list of values (0.5%/22%/28%)
            elif len(chain) == 1 and len(group) < 2 and \
                    (members := self.group_members(sent, at, len(ms[chain[0]].values))) is not None:
                self.respectively_list[chain[0]] = list(members)  # (三大运营商……分别同比增长0.5%/22%/28%)
            if len(chain) >= 2:
                self.respectively_members.update(chain)
                self.respectively_chains.update((i, chain) for i in chain)
                # 智能算力规模和通用算力规模的……增长率分别达46.2%和18.8%: the i-th rate is of the i-th metric
                metrics = self.listed_metrics(sent[0], ms[chain[0]].start)
                if len(metrics) == len(chain):
                    self.respectively_of.update(zip(chain, metrics, strict=True))
                # 美国、中国、欧洲、日本……的份额分别为34%、33%、17%和4%: the i-th figure is the i-th
                # place's (a place with no code, 欧洲, keys none)
                places = self.listed_regions(sent[0], ms[chain[0]].start if not en else at)
                if len(places) == len(chain) and not (len(group) >= 2 and len(group) == len(chain)):
                    self.respectively_region.update(zip(chain, places, strict=True))
                # 2025年到2026年……营收将分别成长96%与31%, in 2025 and 2026, respectively: the i-th year's
                years = self.listed_years(sent[0], ms[chain[0]].start if not en else at)
                years = self.growth_years(years, len(chain), max(sent[0], ms[chain[0]].start - GROUP_REACH),
                                          ms[chain[0]].start)
                if len(years) == len(chain):
                    self.respectively_period.update(zip(chain, years, strict=True))
                elif en and (quarters := self.quarters_after(ms[chain[-1]].end, len(chain))):
                    # increases of 21% and 22% year-over-year for the fourth quarter and full year 2024, respectively: the
                    # i-th period of the run named between the values and the cue
                    self.respectively_period.update(zip(chain, quarters, strict=True))
                self.parallel_runs(ms, chain, out)
            h = hits.first(h.end, sent[1])
        if len(ms) >= 2 and d.items.before(sent[0], ms[-1].start) is not None:
            self.listed_items(sent, ms)
        if len(ms) >= 2 and (d.entities.before(sent[0], ms[-1].start) is not None):
            self.implicit_respectively(sent, ms, out)
        if len(ms) >= 2 and d.periods.before(sent[0], ms[-1].start) is not None:
            self.implicit_years(ms)
        if len(ms) >= 2:
            self.implicit_quarters(ms)
        if d.text.find("/", sent[0], sent[1]) >= 0:
            self.slash_pairs(sent, ms)
        return out

    def periods_of_amounts_before_run(self) -> str | None:
        """For the k-th rate of a respectively cue's run: the period of the k-th of as many amounts decided right before the
        run in its sentence, each with a period of its own, all different (… $682.78 billion in Q1 and $743.75 billion in Q2,
        with year-on-year growth rates of 20.3% and 23.1%, respectively); else None. At most len(run) + 1 decisions walked
        back (RECENT_VALUES bounds a run)."""
        chain = self.respectively_chains.get(self.cur_index)
        if chain is None or len(chain) > RECENT_VALUES:
            return None
        first = self.cur_mentions[chain[0]]
        sent_lo = self.sentence_start(first.start)
        k = chain.index(self.cur_index)
        before = [x for x in self.decisions[-(len(chain) + k + 2):] if x.end <= first.start and x.start >= sent_lo]
        amounts = [x for x in before if x.facts and x.unit != "%"][-len(chain):]
        periods = [x.facts[0].period for x in amounts]
        if len(amounts) != len(chain) or not all(periods) or len(set(periods)) != len(periods):
            return None
        return periods[k]

    def parallel_runs(self, ms: list[Mention], chain: list[int], out: dict[int, str]) -> None:
        """Another run of as many values of one kind in the sentence of a respectively cue's run ``chain`` (分別從 10.25
        億元與 47.8 億元，提高至 17.1 億元及 56 億元; 564,000 units and 724,500 units, increasing by 182.6% and 54.2%,
        respectively): the k-th value is the k-th thing's too — its name, place, year or metric where the cue's run has
        one, and a value of its own, a member of the list, beside the others of its key (_Candidate.member)."""
        if self.sentence_runs is None or self.sentence_runs[0] is not ms:
            self.sentence_runs = (ms, list(_value_runs(self.d.text, ms)))  # (once a sentence however many cues it has)
        # (a sentence of more than RECENT_VALUES runs is a table or a list of lists, none of them parallel: a bounded
        # look, linear however many cues a sentence has)
        runs = self.sentence_runs[1] if len(self.sentence_runs[1]) <= RECENT_VALUES else []
        for run in runs:
            if len(run) != len(chain) or (run[0] <= chain[-1] and chain[0] <= run[-1]):
                continue
            self.respectively_members.update(run)
            same_kind = _unit_kind(ms[run[0]].unit) == _unit_kind(ms[chain[0]].unit)
            # (… 13 billion yuan in the second and third quarters of this year, respectively, down from 36.6 billion yuan and
            # 27.5 billion yuan in the fourth quarter of last year and the first quarter of this year: a run followed by
            # periods of its own keeps them, implicit_quarters)
            own_periods = bool(self.quarters_after(ms[run[-1]].end, len(run)))
            for i, j in zip(chain, run, strict=True):
                if i in self.respectively_period and j not in self.respectively_period and not own_periods:
                    self.respectively_period[j] = self.respectively_period[i]
                if i in self.respectively_region and j not in self.respectively_region:
                    self.respectively_region[j] = self.respectively_region[i]
                if same_kind and i in self.respectively_of and j not in self.respectively_of:
                    self.respectively_of[j] = self.respectively_of[i]  # (a growth's whole: only between rates)
                if i in out and j not in out:
                    out[j] = out[i]
                if i in self.respectively_unknown:
                    self.respectively_unknown.add(j)

    def growth_years(self, years: list[str], n: int, lo: int, hi: int) -> list[str]:
        """The years ``n`` growth rates are of, where a run of ``n`` + 1 consecutive years names them and a growth word
        stands in ``lo:hi`` (2021年至2024年,营业收入同比增幅分别为71.02%、25.75%、35.55%: each year's growth on the year
        before, so from the second year on); else ``years`` as given."""
        if len(years) != n + 1 or n < 2 or not all(y.isdigit() for y in years) or \
                [int(y) for y in years] != list(range(int(years[0]), int(years[0]) + n + 1)):
            return years
        if GROWTH_WORD.search(self.d.text, lo, hi) is None and not self.d.kw.any("yoy", lo, hi):
            return years
        return years[1:]

    def implicit_quarters(self, ms: list[Mention]) -> None:
        """A list of N values right before a run of exactly N quarters, with no respectively of its own (capex declined
        to 19.1 billion yuan and 13 billion yuan in the second and third quarters of this year): the k-th value is the
        k-th quarter's. Each run of values is walked once."""
        for chain in _value_runs(self.d.text, ms):
            if any(i in self.respectively_period for i in chain):
                continue
            quarters = self.quarters_after(ms[chain[-1]].end, len(chain))
            if quarters:
                self.respectively_period.update(zip(chain, quarters, strict=True))

    def implicit_years(self, ms: list[Mention]) -> None:
        """A list of N values after a span or list of exactly N years in their sentence, with no
        分别 of its own (2025年到2026年……分别成长96%与31%, 带动整体业绩成长78%与28%): the k-th value
        is the k-th year's. Each run of values is walked once."""
        for chain in _value_runs(self.d.text, ms):
            if any(i in self.respectively_period for i in chain):
                continue
            years = self.listed_years(self.sentence_start(ms[chain[0]].start), ms[chain[0]].start)
            if len(years) == len(chain):
                self.respectively_period.update(zip(chain, years, strict=True))

    def group_members(self, sent: tuple[int, int], cue: int, n: int) -> tuple[str, ...] | None:
        """The members of the group of companies named last before the respectively cue at ``cue`` in its sentence
        (三大运营商……分别, the three operators … respectively), when it has ``n`` and no company is named between the
        group and the cue; else None."""
        d = self.d
        g = d.groups.before(max(sent[0], cue - GROUP_NAME_REACH), cue)
        if g is None:
            return None
        members = alias_table().members.get(str(g.name), ())
        if len(members) != n or d.entities.before(g.end, cue, lambda x: x.type != "model") is not None:
            return None
        return members

    def listed_names(self, sent: tuple[int, int], cue: int, n: int) -> list[str | None] | None:
        """The ``n`` names of the 、-list that ends right before the 分别 at ``cue`` (in its clause), each
        the company of the alias table it names or None; None unless there are exactly ``n`` and at
        least two of them are on the table."""
        d = self.d
        lo = self.clause_start(sent[0], cue)
        if cue - lo > LIST_NAMES_REACH:
            return None
        parts = d.text[lo:cue].split("、")
        if len(parts) != n:
            return None
        names: list[str | None] = []
        at = lo
        for part in parts:
            e = d.entities.after(at, at + len(part), lambda x: x.type != "model")
            names.append(str(e.name) if e is not None else None)
            at += len(part) + 1
        return names if sum(x is not None for x in names) >= 2 else None

    def slash_pairs(self, sent: tuple[int, int], ms: list[Mention]) -> None:
        """A slash list of values after a slash list of as many companies (In FY22, META/MSFT contributed to 16%/26% of
        revenue): the k-th value the k-th company's (respectively_list). Each mention looked at once, the names walked
        back from it over slashes only."""
        d = self.d
        text = d.text
        for idx, m in enumerate(ms):
            if len(m.values) < 2 or idx in self.respectively_list or "/" not in text[m.start : m.end]:
                continue
            slashed = d.entities.run_before(max(sent[0], m.start - GROUP_REACH), m.start,
                                            lambda a, b: text[a.end : b.start] == "/",
                                            lambda x: x.type != "model" and self.not_vendor(x))
            if len(slashed) == len(m.values) and len({e.name for e in slashed}) == len(slashed):
                self.respectively_list[idx] = [str(e.name) for e in slashed]

    def listed_items(self, sent: tuple[int, int], ms: list[Mention]) -> None:
        """A list of N products (models set apart by slashes or 、) shortly before a run of N values of one kind, with or
        without 分别: the k-th value is the k-th product's (GB200/GB300/Rubin的出貨占比大約是四○％、五五％和低於五％), a
        product off the alias table keying no item; the list must name one product of the table at least. Each run is
        walked once; the list is looked for in the ITEM_LIST_REACH characters before the run."""
        text = self.d.text
        # (the runs of values: joined by list gaps, a qualifier allowed after the joint: 五五％和低於五％)
        for chain in _value_runs(text, ms, VALUE_RUN_GAP):
            first = ms[chain[0]]
            lst = ITEM_LIST_BEFORE.search(text, max(sent[0], first.start - ITEM_LIST_REACH), first.start)
            if lst is None:
                continue
            names = [_table_name("items", w) for w in ITEM_LIST_SEP.split(lst.group("list"))]
            if len(names) != len(chain) or not any(names) or len(set(names)) < sum(1 for x in names if x):
                continue
            self.respectively_item.update(zip(chain, names, strict=True))

    def implicit_respectively(self, sent: tuple[int, int], ms: list[Mention], out: dict[int, str]) -> None:
        """A list of N values after a list of exactly N companies, with no 分别/respectively: the
        k-th value is the k-th company's (戴尔(增长20.6%)和超微(增长55%)以7.2%和6.5%的市占率, Meta and
        Microsoft spent $72 billion and $88 billion). Each run of values is walked once."""
        d = self.d
        text = d.text
        runs: dict[int, list[NameMention]] = {}  # the run of names ending at a name, walked once

        def company(x: NameMention) -> bool:
            return x.type != "model" and self.not_vendor(x)

        for chain in _value_runs(text, ms):
            if any(i in out for i in chain):
                continue
            last = d.entities.before(max(sent[0], ms[chain[0]].start - 400), ms[chain[0]].start, company)
            if last is None:
                continue
            group = runs.get(last.start)
            if group is None:
                group = runs[last.start] = d.entities.run_before(
                    sent[0], last.end, lambda a, b: _list_gap(PAREN_ASIDE.sub("", text[a.end : b.start])), company)
            if len(group) == len(chain) and len({e.name for e in group}) == len(group) and \
                    not self.cue_in("total", group[-1].end, ms[chain[0]].start):
                for i, e in zip(chain, group, strict=True):
                    out[i] = e.name

    def amount_in_vocabulary_before(self, sent: tuple[int, int], m: Mention) -> Decision | None:
        """The one amount of a company's money metric (revenue, capex …) decided in ``m``'s sentence before it, among at most
        BOTH_DECISIONS decisions walked back; None where there is none or more than one."""
        found: Decision | None = None
        for i in range(len(self.decisions) - 2, max(-1, len(self.decisions) - 2 - BOTH_DECISIONS), -1):
            x = self.decisions[i]
            if x.start < sent[0]:
                break
            if x.facts and all(f.metric in COMPANY_MONEY for f in x.facts):
                if found is not None:
                    return None
                found = x
        return found

    def restated_rate(self, m: Mention, sent: tuple[int, int], prev: Decision | None) -> Decision | None:
        """The rate of the sentence's earlier list that ``m`` restates as an earlier forecast
        (A、B分别达x、y,较上一版本预期值x'和y' / up from the previous forecast of x'): the k-th of the
        list after the comparison is the k-th of the list before it."""
        if prev is None or prev.unit != "%" or prev.end < sent[0]:
            return None
        text = self.d.text
        gap = text[prev.end : m.start]
        if COMPARED_PREVIOUS.fullmatch(gap):
            k = 0
        elif _list_gap(gap) and self.restating is not None and self.restating[0] == sent and self.restating[2] is prev:
            k = self.restating[1] + 1
        else:
            return None
        if k == 0:
            # the run of rates the comparison follows, walked back from the last (linear: each
            # walk stops at the first gap that is no list separator)
            run = [prev]
            i = len(self.decisions) - 3
            while i >= 0 and self.decisions[i].start >= sent[0] and self.decisions[i].unit == "%" and \
                    _list_gap(text[self.decisions[i].end : run[-1].start]):
                run.append(self.decisions[i])
                i -= 1
            self.restated_list = run[::-1]
        self.restating = (sent, k, self.decisions[-1])
        return self.restated_list[k] if k < len(self.restated_list) and self.restated_list[k].facts else None

    def listed_regions(self, lo: int, hi: int) -> list[str | None]:
        """The places of the last list of regions before ``hi`` (美国、中国、欧洲、日本): each named
        region's code, None for an item between them that is no region of the table."""
        d = self.d
        text = d.text

        def place_before(end: int) -> NameMention | None:  # a coded place (not 全球: the whole) or an uncoded one
            r = d.regions.before(lo, end, lambda x: x.name != "GLOBAL")
            u = d.uncoded.before(lo, end)
            return r if u is None or (r is not None and r.end >= u.end) else u

        regs: list[NameMention] = []
        x = place_before(hi)
        while x is not None and (not regs or PLACE_LIST_GAP.fullmatch(text, x.end, regs[-1].start) is not None):
            regs.append(x)  # (China and EMEA: an uncoded place is listed too, and keys no region)
            x = place_before(x.start)
        regs.reverse()
        if len(regs) < 2:
            return []
        out: list[str | None] = [regs[0].name or None]
        for a, b in itertools.pairwise(regs):
            out += [None] * (len(PLACE_SEP.findall(text, a.end, b.start)) - 1) + [b.name or None]
        return out

    def listed_years(self, lo: int, hi: int) -> list[str]:
        """The years of the last period before ``hi`` in ``lo:hi`` if it lists several: a span of
        years (2025年到2026年, 2025-2026), a list of them (2025/2026/2027年) or a run of years (2025年和
        2026年, 2025 and 2026); else []."""
        d = self.d
        last = d.periods.before(lo, hi, lambda x: x.period is not None or x.kind in ("year_list", "fiscal_span"))
        if last is None and (fol := FOLLOWING_YEARS.search(d.text, max(lo, hi - 120), hi)) is not None:
            # … in 2023. The annual growth rates for the following four years are estimated to be 11.8%, 10.2%,
            # 9.7%, and 8.9%: the years after the one last named in the paragraph
            year = d.periods.before(self.para_start(lo), fol.start(), lambda p: p.kind == "year" and str(p.period).isdigit())
            n = COUNT_WORDS[(fol.group(1) or fol.group(2)).lower()]
            return [str(int(str(year.period)) + k) for k in range(1, n + 1)] if year is not None else []
        if last is None:
            return []
        if last.kind == "year_list":
            return str(last.years).split("/")  # 2025、2026、2027年, 2025/2026/2027年
        if last.kind == "fiscal_span" and (fm := YEAR_SPAN.fullmatch(str(last.years))):
            # revenue for FY2025 to FY2027 at 1,011.8 billion RMB, 1,122.8 billion RMB and 1,237.8 billion RMB respectively
            first, end = int(fm.group(1)), int(fm.group(2))
            return [f"FY{y}" for y in range(first, end + 1)] if 2 <= end - first + 1 <= 5 else []
        part = d.periods.before(max(lo, last.end, hi - GROUP_REACH), hi, lambda x: x.kind in ("partial", "half"))
        if part is not None and (ends := PART_YEAR.match(d.text, part.start)) is not None and last.kind == "year" and \
                SPAN_TO.fullmatch(d.text, last.end, part.start) is not None and str(last.period).isdigit() and \
                2 <= int(ends.group(1)) - int(str(last.period)) + 1 <= 5:
            # 2022年至2025年前三季度,公司分别实现营业收入9010.38万元、3.01亿元、7.22亿元、5.4亿元: the full years, then the part
            # of the last (nine months: no period of the contract, "" here; a half: its own)
            return [str(y) for y in range(int(str(last.period)), int(ends.group(1)))] + [str(part.period or "")]
        if last.kind in ("partial", "half"):
            part = last
        if part is not None and (ends := PART_YEAR.match(d.text, part.start)) is not None and \
                (prev := last if last.kind == "year" and last.end <= part.start else d.periods.before(
                    max(lo, part.start - GROUP_REACH), part.start, lambda x: x.kind == "year" and str(x.period).isdigit())) \
                is not None and str(prev.period).isdigit() and int(str(prev.period)) < int(ends.group(1)) and \
                _list_gap(YEAR_EDGE.sub("", d.text[prev.end : part.start])):
            # 2024年及2025年上半年……收入分别为2.69亿元和1.9亿元, 2022年、2023年、2024年及2025年1-6月: a run of full years, then
            # the part of a later one (nine months: no period of the contract, "" here; a half: its own)
            run = d.periods.run_before(lo, prev.end, lambda a, b: _list_gap(YEAR_EDGE.sub("", d.text[a.end : b.start])),
                                       lambda x: x.kind == "year" and str(x.period).isdigit())
            return [str(x.period) for x in run] + [str(part.period or "")]
        if last.kind == "span" and (m := YEAR_SPAN.fullmatch(str(last.period))):
            first, end = int(m.group(1)), int(m.group(2))
            return [str(y) for y in range(first, end + 1)] if 2 <= end - first + 1 <= 5 else []
        if last.kind != "year" and (q := self.quarter_run_end(lo, last, hi)) is not None:
            # in Q2 and Q3 2025, respectively; in the fourth quarter of last year and the first quarter of this year: a
            # run of quarters, each of the year named after it
            return self.quarters_listed(lo, q)
        if last.kind != "year":
            return []
        run = d.periods.run_before(lo, last.end, lambda a, b: _list_gap(YEAR_EDGE.sub("", d.text[a.end : b.start])),
                                   lambda x: x.kind == "year" and x.period is not None)
        return [str(x.period) for x in run] if len(run) >= 2 else []

    def quarter_run_end(self, lo: int, last: Any, hi: int) -> Any:
        """The quarter that ends the last run of periods before ``hi`` (``last``, or the quarter right before the year
        ``last`` names it of: the first quarter of this year), if it is followed by no more than a gap; else None."""
        d = self.d
        q = last if _a_quarter(last) else d.periods.before(max(lo, last.start - 24), last.start, _a_quarter)
        if q is None or not QUARTER_TAIL.fullmatch(QUARTER_OF_YEAR.sub("", d.text[q.end : hi])):
            return None
        return q

    def quarters_listed(self, lo: int, q: Any) -> list[str]:
        """The periods of the run of two or more quarters ending at ``q`` (joined by list gaps, each with the year it
        is of), else []."""
        d = self.d
        run = d.periods.run_before(lo, q.end, lambda a, b: _list_gap(QUARTER_OF_YEAR.sub("", d.text[a.end : b.start])),
                                   _a_quarter)
        return [str(x.period) for x in run] if len(run) >= 2 else []

    def quarters_after(self, pos: int, n: int) -> list[str]:
        """The periods of a run of exactly ``n`` quarters right after ``pos`` (… 19.1 billion yuan and 13 billion yuan
        in the second and third quarters of this year), else []."""
        d = self.d
        first = d.periods.after(pos, pos + 48, _a_quarter)
        if first is None or not PERIODS_AFTER_VALUES.fullmatch(d.text, pos, first.start):
            return []
        run = [first]
        while len(run) <= n:
            nxt = d.periods.after(run[-1].end, run[-1].end + 40, _a_quarter)
            if nxt is None or not _list_gap(QUARTER_OF_YEAR.sub("", d.text[run[-1].end : nxt.start])):
                year = d.periods.after(run[-1].end, run[-1].end + 24, lambda q: q.kind == "year" and bool(q.period))
                if year is not None and (nxt is None or year.start < nxt.start) and \
                        FULL_YEAR_GAP.fullmatch(d.text, run[-1].end, year.start) is not None:
                    # $48.39 billion and $164.50 billion for the fourth quarter and full year 2024: the last value is the
                    # whole year's (a release's formula), the quarter's year the one named after it
                    run.append(year)
                    if run[0].period and not run[0].period.startswith(str(year.period)) and \
                            re.fullmatch(r"\d{4}Q[1-4]", str(run[0].period)):
                        return []  # (a quarter of another year: no such pair)
                break
            run.append(nxt)
        if len(run) != n:
            return []
        end = run[-1].end
        nxt = d.periods.after(end, end + 40, _a_quarter)
        if nxt is not None and _list_gap(QUARTER_OF_YEAR.sub("", d.text[end : nxt.start])):
            return []  # (more quarters than values)
        return [str(x.period) for x in run]

    def listed_metrics(self, lo: int, hi: int) -> list[str]:
        """The metric keywords of the last list (A和B, A、B and C) before ``hi``."""
        d = self.d
        run: list[Any] = []
        end = hi
        while True:  # walked back from the last keyword (the cost of the list, not of the sentence)
            # (收入、净利润分别同比下滑了45.64%和56.89%: a word outside the vocabulary holds its place in the list, as OUT_OF_LIST)
            hs = [x for x in (d.kw.last("flops", lo, end), d.kw.last("money", lo, end), d.kw.last("out_of_scope", lo, end))
                  if x is not None]
            if not hs:
                break
            h = max(hs, key=lambda x: (x.end, -x.start))
            if run and not _list_gap(d.text[h.end : run[-1].start]):
                break
            run.append(h)
            end = h.start
        labels = [OUT_OF_LIST if h.group == "out_of_scope" else str(h.label) for h in reversed(run)]
        return labels if len(run) >= 2 and any(x != OUT_OF_LIST for x in labels) else []

    def last_keyword(self, group: str, lo: int, pos: int) -> Hit | None:
        """The keyword or pattern (``group`` and ``group``_patterns of the lexicon) ending last in
        ``lo:pos``, the longer on a tie."""
        h = self.d.kw.last(group, lo, pos)
        ph = self.d.kw.last(group + "_patterns", lo, pos)
        if ph is not None and (h is None or ph.end > h.end or (ph.end == h.end and ph.start < h.start) or (
                ph.end == h.end and ph.start == h.start and h.word in GENERIC_TENDER_WORDS)):
            return ph  # (the same word read by a pattern that says more: spent $52.5 billion, a company's capex)
        return h

    def annual_metric(self, sent: tuple[int, int], pos: int) -> bool:
        """A year's metric named before the figure in its sentence (Annual revenue soared 102 per cent, For the full
        fiscal year, revenue …, 三星年营收增长): the figure is of the whole year, however far the metric word stands."""
        h = self.d.kw.last("annual", max(sent[0], pos - 60), pos)
        if h is None:
            # 三星年营收增长10.87%: 年 right before the metric noun (not 上半年营收, a half's)
            if "年" not in self.d.text[max(sent[0], pos - 40) : pos]:
                return False
            mk = self.metric_keyword("money", max(sent[0], pos - 40), pos)
            return mk is not None and mk[1] > 0 and self.d.text[mk[1] - 1] == "年" and \
                self.d.text[max(0, mk[1] - 2) : mk[1] - 1] != "半"
        mk = self.metric_keyword("money", h.end, min(pos, h.end + 24)) or self.metric_keyword("count", h.end, min(pos, h.end + 24))
        return mk is not None and self.d.text[h.end : mk[1]].strip(" ,，") in ("", "的")  # (For the full fiscal year, revenue …)

    def metric_keyword(self, group: str, lo: int, pos: int) -> tuple[str, int, int] | None:
        h = self.last_keyword(group, lo, pos)
        for _ in range(4):
            if h is None or not self.listed_name_keyword(h):
                break
            # AWS, Microsoft and Google Cloud — poured $24 billion, …: a segment's name (revenue) as one of a list of
            # companies names that company, not its metric
            h = self.last_keyword(group, lo, h.start)
        if h is not None and h.label == GENERIC_MARKET:
            label = self.generic_market(h.start)
            return (label, h.start, h.end) if label else None
        return (h.label, h.start, h.end) if h else None

    def listed_name_keyword(self, h: Hit) -> bool:
        """The keyword ``h`` is a company's name standing as a member of a list of companies (the revenue pattern
        "Google Cloud" in AWS, Microsoft and Google Cloud)."""
        d = self.d
        if h.group != "money_patterns":
            return False
        e = d.entities.before(max(0, h.start - 1), h.end + 1, lambda x: x.start <= h.start < x.end)
        if e is None:
            return False
        prev = d.entities.before(max(0, e.start - 24), e.start, lambda x: x.type != "model")
        return prev is not None and EACH_LIST_GAP.fullmatch(d.text, prev.end, e.start) is not None

    def generic_market(self, pos: int) -> str | None:
        """What a bare 市场规模 / 产值 / market size is of: the item named just before it in its
        sentence (AI伺服器……产值 -> the AI-server market), else the market named last before it."""
        sent_lo = self.sentence_start(pos)
        text = self.d.text

        def subject(x: NameMention) -> bool:  # (较一般型服务器: the item compared with is not the subject)
            return not re.search(r"(?:较|比|相较|相比|than )\S{0,3}$", text[max(0, x.start - 6) : x.start])

        it = self.d.items.before(sent_lo, pos, subject)
        if ITS_FIGURE.search(text, max(sent_lo, pos - 16), pos):
            # 内置GPU的服务器已占服务器市场总收入的一半以上,本季度其收入同比增长49.4%: 其 is the sentence's subject
            it = self.d.items.after(sent_lo, pos, subject) or it
        if it is not None and it.name in ITEM_MARKET:
            return ITEM_MARKET[it.name]
        if it is not None and it.name == "gpu" and self.last_market(pos) is None:
            # 全球AI加速卡以收入计的市场规模: the chips' market, the AI chip market (as "GPU市场" in metrics.toml)
            return "ai_compute_market_size"
        named = self.last_market(pos)
        if named is None and it is None and (word := MARKET_WORD_AT.match(text, pos)) is not None and \
                (sent_lo > self.para_start(pos) or word.group(0)[:4].lower() == "the "):
            # GPU demand drove a record spike in server sales …. The market shot up 134% year over year; (next bullet) IDC
            # expects the market to surge past $360 billion: the market of the product named last before, in its
            # paragraph (or, for "the market", the text right before)
            lo = sent_lo - MARKET_BACK_REACH if word.group(0)[:4].lower() == "the " else self.para_start(pos)
            before = self.d.items.before(max(0, lo, sent_lo - MARKET_BACK_REACH), sent_lo, subject)
            return ITEM_MARKET.get(str(before.name)) if before is not None else None
        return named

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.d.sentences[i][0] if i >= 0 else 0

    def sentence_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.d.sentences[i][1] if i >= 0 else len(self.d.text)

    def last_market(self, pos: int) -> str | None:
        """The market a bare 市场规模 / "market size" refers to: the last market named before it."""
        hits = self.d.kw.group("money")
        i = bisect.bisect_right(hits.ends, pos) - 1
        steps = 0
        while i >= 0 and steps < 256:
            h = hits.hits[i]
            if h.label in MARKET_METRICS:
                best = h  # of overlapping keywords (GPU服务器市场 / 服务器市场, 人工智能算力市场 / 算力市场规模) the one starting first names the market
                j = i - 1
                while j >= 0 and hits.hits[j].end > h.start and i - j < 8:
                    if hits.hits[j].label in MARKET_METRICS and hits.hits[j].start < best.start:
                        best = hits.hits[j]
                    j -= 1
                return best.label
            i -= 1
            steps += 1
        # none named yet: the first market the document names (市场规模为190亿美元 … 人工智能算力市场)
        for h in hits.hits[max(0, i + 1) : i + 1 + 256]:
            if h.label in MARKET_METRICS:
                return h.label
        return None

    def value(self, dec: Decision, m: Mention, sent: tuple[int, int], lo: int, clause_lo: int, clause_hi: int,
              after_hi: int, values: list[_Value], resp_entity: str | None) -> _Value | None:
        d = self.d
        sold_item: str | None = None
        text = d.text
        kind = _unit_kind(m.unit)
        unit = m.unit
        if unit == "CNY" and _bare_yuan(text, m.start, m.end) and (
                (yuan := self.declared_at(m.end)) is not None or (yuan := self.yuan_at(m.start)) is not None):
            # 鸿海AI服务器营收兆元 in a Taipei paper: New Taiwan dollars; after (美元.下同): US dollars; and the figure the
            # declaration is attached to (首季收入為19.1億元(美元‧下同))
            unit = yuan
        local = text[lo : m.start]
        metric: str | None = None
        score = 1.0
        before_m = self.mention_before(m)
        if (ONE_UNIT.match(text, m.start) and UNIT_DEFINITION_AFTER.match(text, m.end)) or (
                before_m is not None and self.decisions[-2].reason == UNIT_DEFINITION and
                UNIT_DEFINITION_AFTER.fullmatch(text, before_m.end, max(before_m.end, m.start - 2))):
            # (1P约等于每秒1000万亿次计算速度; 1 EFLOPS equals 1,000 PFLOPS): what a unit is, both sides of it
            dec.reason = UNIT_DEFINITION
            return None
        if kind in ("money", "units", "W", "FLOPS") and before_m is not None and _unit_kind(before_m.unit) == kind and \
                m.start - before_m.end <= BAND_REACH and BAND_BEFORE.search(text, before_m.end, m.start) is not None:
            # $7.5 billion in revenue, plus or minus $300 million; 96亿美元(正负3亿美元): the band of a guidance around the
            # amount before it, no figure of its own — it gives that figure its bounds (LABELLING.md B11: roughly $6.7
            # billion, plus or minus $300 million → 6.4e9 to 7.0e9)
            dec.reason = BAND_REASON
            prev = self.decisions[-2] if len(self.decisions) >= 2 else None
            if prev is not None and prev.facts and m.unit == before_m.unit:
                for i, f in enumerate(prev.facts):
                    if f.unit == m.unit and f.low is None and f.high is None and abs(m.value) < abs(f.value):
                        banded = dataclasses.replace(f, low=f.value - abs(m.value), high=f.value + abs(m.value))
                        # (the candidate is among the last few: the band's figure is the decision just before it; a page of
                        # endless bands stays linear)
                        for c in itertools.islice(reversed(self.out), RECENT_VALUES):
                            if c.fact is f:
                                c.fact = banded
                        prev.facts[i] = banded
            return None
        if kind == "FLOPS" and (PER_CARD_BEFORE.search(text, max(lo, m.start - 8), m.start) or (
                m.value < CHIP_FLOPS_MOST and CHIP_AFTER_FLOPS.match(text, m.end) is not None)):
            # H800单卡约0.2P, 每颗芯片的算力: what one card computes, a specification, not a capacity; so is a rate under
            # 10 PFLOPS that chips are named right after (高功率AI服务器(即由算力达500 TFlops的芯片驱动))
            dec.reason = "the computing power of one card or chip (a specification, not a capacity)"
            return None
        if kind == "FLOPS" and self.out_of_scope(max(lo, clause_lo), m.start, reach=FLOPS_OUT_OF_SCOPE_REACH):
            # 硅立方液体相变冷却计算机算力密度达2400TFlops: a density, no capacity (lexicons/cues.toml [out_of_scope])
            dec.reason = "out of vocabulary: a rate of computing of something outside it (density, efficiency …; lexicons/cues.toml [out_of_scope])"
            return None
        if kind in ("W", "FLOPS") and SIZE_CLASS_BEFORE.search(text, max(lo, clause_lo, m.start - 40), m.start) is not None:
            # 150 significant U.S. data center projects …, over a quarter of which are larger than 500 MW: the size that
            # sorts a set of sites, not the power of any
            dec.reason = "a size class (projects larger than 500 MW), not a capacity"
            return None
        if kind == "W" and self.cue_in("power_generation", max(lo, clause_lo, m.start - 40), m.start):
            # a network of 800 small-scale solar plants totalling 40MW: power generated, not a data centre's
            dec.reason = "out of vocabulary: power generated or bought (solar, a power purchase; lexicons/cues.toml [power_generation])"
            return None
        if kind in ("money", "units") and not m.per_unit and (self.out_of_scope(lo, m.start) or self.out_of_scope(
                clause_lo, m.start, reach=90) or (WHICH_CLAUSE.search(text, max(sent[0], m.start - 40), m.start) is not None
                                                  and self.out_of_scope(sent[0], m.start, reach=90))):
            # (; net profit … increased by 22% year-on-year to 2.816 billion yuan; Remaining Performance
            # Obligations, which climbed to $553 billion)
            dec.reason = "out of vocabulary: an amount of something outside it (profit, market value …; lexicons/cues.toml [out_of_scope])"
            return None
        if (stated := self.bracketed_base(m)) is not None:
            # to RMB9,956.5 million (US$1,402.3 million) in 2023 (2022: RMB9,325.6 million): the same figure in the year
            # the bracket names
            prev_dec, year = stated
            for f in prev_dec.facts:
                self.emit_again(dec, 0.8, f, m, year.start, period=year.period, basis="actual")
            return None
        if before_m is not None and before_m.unit == m.unit and (self.decisions[-2].reason or "").startswith(OUT_OF_SCOPE_AMOUNT) \
                and _list_gap(text[before_m.end : m.start]):
            # with adjusted net profits of 180.1 billion RMB, 215.2 billion RMB, and 245.2 billion RMB: the next amounts of
            # a list whose first is outside the vocabulary are too
            dec.reason = self.decisions[-2].reason
            return None
        diff = d.kw.last("difference", max(lo, m.start - 12), m.start) if kind in ("money", "units", "W", "FLOPS") else None
        if diff is None and kind in ("money", "units", "W", "FLOPS") and DIFFERENCE_AFTER.match(text, m.end) is not None:
            # Oracle's quarterly capex some $5 billion higher than analysts had expected: by how much one figure passes
            # another, no figure of its own
            dec.reason = "a difference between two figures (an amount higher or lower than another)"
            return None
        if diff is not None and re.fullmatch(r"[^,，;；。]{0,5}", text[diff.end : m.start]):
            dec.reason = "a difference between two figures (lexicons/cues.toml [difference])"
            return None
        change = d.kw.last("change_amount", max(lo, m.start - 20), m.start) if kind in ("money", "units", "W", "FLOPS") else None
        if change is not None and kind == "W" and LEVEL_AFTER_CHANGE.match(text, m.end) is None and \
                self.decision_before("W", sent[0]) is None:
            # contracted capacity rose by about 7 GW: power added is labelled as power (O9), where no level is stated
            # beside it (已承诺容量达837MW 环比增加54MW; increased by 47MW to 945MW: the change of that level)
            change = None
        if (change is not None and CHANGE_GAP.fullmatch(text, change.end, m.start)) or (
                kind == "money" and CHANGED_BY_BEFORE.search(text, max(lo, m.start - 80), m.start) is not None):
            dec.reason = CHANGE_REASON
            return None
        after_oos = d.kw.first("out_of_scope_after", m.end, min(len(text), m.end + 24)) if kind == "money" else None
        if after_oos is not None and after_oos.start - m.end <= 1:
            dec.reason = "out of vocabulary: an amount of something outside it (lexicons/cues.toml [out_of_scope_after])"
            return None
        noun = d.kw.first("out_of_scope", m.end, min(len(text), m.end + 24)) if kind == "money" else None
        if noun is not None and noun.label != "modifier" and (oos_gap := OOS_NOUN_GAP.fullmatch(text, m.end, noun.start)) is not None \
                and not (oos_gap.group(0)[:4] in (" in ", " of ") and noun.word.lower().startswith("market")):
            # (not $95,2-billion dollars in market value: a market's value is its size)
            # an $11.7 billion AI backlog, $66.8 billion revenue backlog: the noun the amount modifies
            dec.reason = "out of vocabulary: an amount of something outside it, named right after it (lexicons/cues.toml [out_of_scope])"
            return None
        if kind == "units" and (spec := d.kw.last("configuration", max(lo, m.start - CONFIGURATION_REACH), m.start)) is not None \
                and spec.end >= m.start - 8:
            # (可搭载8片GPU; each powered by four A100 chips: the cue ends at most 8 characters before the count, however long)
            dec.reason = CONFIGURATION_REASON
            return None
        if kind == "units" and m.count_word in CHIP_COUNTERS and MACHINE_NOUN_AFTER.match(text, m.end) is not None:
            # 采购HGX B200八卡基板, 8卡服务器: the cards one board or machine holds, named as its kind (a specification)
            dec.reason = CONFIGURATION_REASON
            return None
        if kind == "units" and (spec_before := self.previous_decision()) is not None and \
                spec_before.reason == CONFIGURATION_REASON and spec_before.end >= sent[0] and \
                LIST_GAP.fullmatch(text, spec_before.end, m.start) is not None:
            dec.reason = CONFIGURATION_REASON  # each rack featuring 36 and 72 GPUs: the next of a list of specifications
            return None
        # an average over several periods (平均在200亿元左右) is a figure of none of them
        average = kind in ("money", "none") and not m.per_unit and self.cue_in("average", max(lo, m.start - 12), m.start)
        if kind in ("money", "none"):
            kw = self.metric_keyword("money", lo, m.start)
            if kw is None and kind == "money" and (cost := MODEL_COST_BEFORE.search(text, max(lo, m.start - 24), m.start)) and \
                    d.models.before(max(sent[0], cost.start() - MODEL_NAME_REACH), cost.start(),
                                    lambda x: x.end == cost.start()) is not None:
                # 奥特曼本人估计GPT-4的成本超过1亿美元: what a model named cost is what training it cost
                kw = ("training_cost", cost.start(), cost.end())
            if kw is None and before_m is not None and \
                    (to_level := LEVEL_AFTER_SKIPPED.get(self.decisions[-2].reason or "")) is not None and \
                    to_level.fullmatch(text, before_m.end, m.start) is not None:
                # raised its revenue guidance by $250 million to $5.25 billion; 人工智能芯片收入预计将是2023年市场规模的两倍以上,
                # 达到1194亿美元: the level a change or a multiple brings the figure to, of the metric named before it
                kw = self.metric_keyword("money", max(sent[0], before_m.start - 80), before_m.start)
            if kw and kw[0] == "unit_price":
                gap = text[kw[2] : m.start]
                if len(gap) > 16 or re.search(r"算|就是|合计|总共|共|需要|花费", gap):
                    kw = None
            if kw and kw[0] == "tender_amount" and text[kw[1] : kw[2]].lower() in ("预算", "budget") and d.kind != "tender" \
                    and (d.items.before(sent[0], kw[1], _is_chip) is not None
                         or CHIP_WORD.search(text, max(sent[0], kw[1] - 40), kw[1]) is not None):
                # 字节跳动计划2026年用于英伟达采购晶片的预算约为1,000亿元, 为明年的AI处理器先行编列预算: a company's
                # budget for chips is an investment in compute (LABELLING.md: 算力预算, the chip-purchase part of capex)
                kw = ("compute_investment", kw[1], kw[2])
            elif kw and kw[0] == "tender_amount" and d.kind != "tender" and not self.cue_in("tender", sent[0], sent[1]) and (
                    text[kw[1] : kw[2]].lower() in ("contract value", "total contract value") or (
                        text[kw[1] : kw[2]].lower() in ("valued at", "worth") and
                        DEAL_NOUN_BEFORE.search(text, max(sent[0], kw[1] - 24), kw[1]) is not None)) and \
                    self.speaks_of_compute(m.start):
                # with the base contract valued at approximately USD 7 billion, bringing the total contract value to $11
                # billion: a lease of compute or data-centre capacity outside any tender, its buyer's investment in
                # compute (LABELLING.md metric table: a compute lease contract)
                kw = ("compute_investment", kw[1], kw[2])
            elif kw and kw[0] == "tender_amount" and text[kw[1] : kw[2]] in CONTRACT_AMOUNT_ZH and d.kind != "tender" and \
                    not self.cue_in("tender", sent[0], sent[1]) and \
                    COMPUTE_SERVICE_DEAL.search(text, max(0, m.start - PARA_REACH), m.start) is not None:
                # 与V公司和Z公司分别签订了算力租赁服务补充协议和AI算力技术服务协议……合约金额分别为18.7万元和1656万元: the value
                # of a compute lease or service agreement outside any tender, an investment in compute (LABELLING.md metric
                # table: a compute lease contract)
                kw = ("compute_investment", kw[1], kw[2])
            elif kw and kw[0] == "tender_amount" and text[kw[1] : kw[2]].lower() in GENERIC_TENDER_WORDS and not (
                    self.cue_in("tender", sent[0], sent[1]) or d.kind == "tender"):
                budget = kw if text[kw[1] : kw[2]].lower() in BUDGET_WORDS else None
                kw = self.metric_keyword("money", lo, kw[1])  # 资本开支预算: the metric is 资本开支
                if kw is None and budget is not None and not d.kw.any("money.capex", self.para_start(m.start), m.start):
                    # The total budget for the implementation of this project amounts to CZK 15 billion: outside a procurement a
                    # project's budget is its investment (LABELLING.md metric table), in a paragraph about compute only; not
                    # after capital spending in its paragraph (資本支出:前九月113億元,2025年預算維持200億元: the year's capex budget)
                    kw = ("compute_investment", budget[1], budget[2])
            after_kw = d.kw.first("money_after", self.after_from, min(after_hi, self.after_from + 28))
            after_pat = d.kw.first("money_after_patterns", self.after_from, min(sent[1], self.after_from + 64))
            if after_pat is not None and after_pat.start - self.after_from <= 1 and (
                    after_kw is None or after_pat.start < after_kw.start):
                after_kw = after_pat  # ($123 billion in GPUs and AI accelerators shipped: the chips' market)
                self.cur_purpose = True
            if after_kw is not None and (re.search(r"[,;。]", text[self.after_from : after_kw.start]) or (
                    after_kw.label == "award_amount" and AWARD_NOUN_AFTER.match(text, after_kw.end))):
                after_kw = None  # (五亿元 中标结果: the notice's name, not the bid won)
            noun_after = False
            if m.per_unit:
                metric = "unit_price"
            elif kind == "money" and self.price_list_head(m.start) is not None:
                metric = "unit_price"  # (Azure NC H100 v5 (East US)~$6.98 under ProviderPrice/GPU-hr: a row of a price list)
            elif after_kw is not None and re.fullmatch(r"的?", text[self.after_from : after_kw.start]) and \
                    CJK_END.search(text, max(0, self.after_from - 1), self.after_from) and \
                    not (kw and kw[0] == "datacenter_revenue" and after_kw.label == "revenue" and kw[2] > m.start - 12):
                # 三年投资3800亿元的资本开支: the noun the amount modifies names it (but 数据中心计算业务贡献430亿美元收入: the
                # segment named right before it says whose revenue, the data centre's)
                metric = after_kw.label
                noun_after = True
            elif kw and kw[0] == "compute_investment" and after_kw is not None and after_kw.label == "capex" and \
                    text[kw[1] : kw[2]].lower() in BARE_INVESTMENT:
                metric = after_kw.label  # 计划投入98亿元推进5GA建设: a bare investment word, what it is spent on after
            elif kw and after_kw is not None and before_m is not None and before_m.end <= kw[1] and \
                    _unit_kind(before_m.unit) == "money" and \
                    OF_METRIC_AFTER_GAP.fullmatch(text, before_m.end, kw[1]) is not None and \
                    OF_METRIC_AFTER_GAP.fullmatch(text, m.end, after_kw.start) is not None:
                # spent $2.5B of capex against $399M of revenue: the metric named right after the amount before is that
                # amount's; this one's is the one named right after it
                metric = after_kw.label
            elif kw and (after_kw is None or kw[2] > m.start - 12):
                metric = kw[0]
            elif after_kw is not None:
                metric = after_kw.label
            elif kw:
                metric = kw[0]
            if metric is None and (mkt := d.kw.first("money", self.after_from, min(sent[1], self.after_from + 40))) is not None \
                    and mkt.label.endswith("_market_size") and MARKET_AFTER_GAP.fullmatch(text, self.after_from, mkt.start):
                metric = mkt.label  # the $85 billion or more accelerator market, 850亿美元的AI芯片市场: the market it sizes
                self.market_after = (self.after_from, mkt.end)
            if metric == "revenue" and kw and kw[0] == metric and \
                    (its := ITS_SALES_BEFORE.search(text, max(sent[0], kw[1] - ITS_SALES_REACH), kw[1])) is not None and \
                    (owner := d.markets.before(sent[0], its.start())) is not None and \
                    d.entities.before(owner.end, its.start(), lambda x: x.type != "model") is None:
                # 服务器中的AI加速器市场开始加快发展——其目前的销售额高达210亿美元: "its" sales are the market's named before it
                # (no company between), the market's size
                metric = str(owner.name)
            if metric == "ai_server_market_size" and kw and kw[0] == metric and \
                    INFRA_SPENDING.fullmatch(text, kw[1], kw[2]) is not None and self.spenders_named_before(kw[1]):
                metric = "capex"  # 大型科技公司今年在AI基礎設施的總支出: companies' spending on AI infrastructure, as of_keyword reads it
            if metric == "capex" and kw and kw[0] == "capex" and SPEND_WORD.match(text, kw[1]) is not None and (
                    SPENDING_HORIZON.search(text, m.end, min(sent[1], m.end + HORIZON_REACH)) is not None or (
                        self.unknown_subject(sent, m.start) and
                        d.periods.after(sent[0], sent[1], lambda q: bool(q.period)) is None)):
                # Meta will spend $600 billion on U.S. digital infrastructure by 2028; Anthropic announced plans to spend
                # $50 billion on U.S. AI infrastructure: money spent over years to come, or by a company the alias table does not
                # list (no capex of a year it reports), is a programme of investment (LABELLING.md metric table: a committed
                # programme), not a year's capital spending
                metric = "compute_investment"
            # (the words that named an investment in compute, before the amount and after it)
            invest_words = ([text[kw[1] : kw[2]]] if kw and kw[0] == "compute_investment" else []) + (
                [after_kw.word] if after_kw is not None and after_kw.label == "compute_investment" else [])
            if metric == "compute_investment" and invest_words and (
                    (d.kind == "capex" and all(w.lower().strip() in GENERIC_INVESTMENT for w in invest_words)) or (
                        all(w.lower().strip() in RUNNING_CAPEX_VERBS for w in invest_words) and
                        self.capex_running(sent, m))) and \
                    SITE_INVESTED.search(text, m.end, min(sent[1], m.end + SITE_INVESTED_REACH)) is None and \
                    SITE_BUILT_BEFORE.search(text, max(sent[0], m.start - SITE_BUILT_REACH), m.start) is None:
                # a capex round-up's bare "investments of $64.5 billion" is the company's capital spending (but Meta's $100+
                # billion investment in its Prometheus and Hyperion AI superclusters; plans to invest $1 billion to build a new
                # data center in the U.K.: the investment in a site, compute investment; nor ... to develop a 1GW data center
                # campus in Visakhapatnam …, with a planned investment of $11 billion through 2030: the site named before it)
                metric = "capex"
            if metric == "compute_investment" and kind in ("money", "none") and \
                    all(w.lower().strip() in BARE_INVESTMENT or w.strip() == "总投资" for w in invest_words) and \
                    (d.kw.any("own_plant", sent[0], sent[1]) or d.kw.any("own_plant_patterns", sent[0], sent[1])) and \
                    not d.kw.any("ai_centre", sent[0], sent[1]):
                # 緯創預計投資150億盧比設廠, 董事會通過投資約62億元新建台南二廠: a bare investment in the investor's own plant is
                # its capital spending (lexicons/cues.toml [own_plant]), not an investment in compute; also an amount whose
                # currency the page gives (再砸52.8億投資竹北AI第二廠區: kind "none" until the page's 元 is applied)
                metric = "capex"
            if metric == "compute_investment" and (
                    (supply := DEAL_SUPPLIES.match(text, m.end)) is not None or (supply := PAID_TO_FOR.match(text, m.end)) is not None) and \
                    (what := SUPPLIED_OBJECT.match(text, supply.end())) is not None and \
                    COMPUTE_SUPPLIED.search(what.group(0)) is None:
                # a $6 billion agreement with Corning to supply fiber optic cables for its data centers; committed $6 billion
                # to Corning for fiber-optic cables: a deal for something else than compute
                dec.reason = "out of vocabulary: a deal to supply something other than compute"
                return None
            if metric == "compute_investment" and not self.speaks_of_compute(m.start) and all(
                    not COMPUTE_WORD.search(w) for w in invest_words):
                # G50 expressway … the total investment of this project is 11.42 billion yuan: a bare
                # investment word in a paragraph that speaks of no compute is no investment in compute
                dec.reason = "out of vocabulary: an investment in a paragraph about no compute (lexicons/cues.toml [compute_topic])"
                return None
            if kind == "money" and metric in (None, "revenue") and (
                    sub := self.dc_subject(sent[0], m.start)) is not None and \
                    not self.cue_in("total", sub.end(), m.start) and (
                    metric == "revenue" or EARN_VERB.search(text, sub.end(), m.start) is not None):
                # its data center business, achieving $41.1 billion in revenues / the data center unit
                # projected to generate $48.88 billion: the segment's revenue
                metric = "datacenter_revenue"
            if metric is None and kind == "money" and (among := d.kw.last("breakdown", sent[0], m.start)) is not None and \
                    among.word == "其中" and (whole := self.metric_keyword("money", sent[0], among.start)) is not None and \
                    whole[0] in ("capex", "revenue", "compute_investment") and \
                    d.companies.before(among.end, m.start) is not None:
                # 2025年合计资本支出年增率达38%,其中,Meta上调至640亿至720亿美元: a company's part of the
                # metric the sentence named before 其中
                metric = whole[0]
            if metric is None and kind == "money" and (sold := self.value_shipped(m, clause_lo)) is not None:
                # shipped $5.6 billion worth of AI servers, its AI server shipments are expected to reach
                # $25 billion: a company's sales of the item (its revenue of it), else the item's market
                sold_item = sold
                metric = "revenue" if self.named_in_sentence(sent, m.start) or d.doc_entity else ITEM_MARKET.get(sold)
            if metric is None and kind == "money":
                # Alphabet's $175-185 billion, Amazon's $200 billion and Meta's $115-135 billion capex
                # guidance: the metric after a list of amounts is every amount's
                metric = self.list_metric_after(m)
            if metric is None and kind == "money" and (grew := self.growth_before_in_sentence(sent, m)) is not None and (
                    (grew.facts[0].of in COMPANY_METRICS and d.companies.before(grew.end, m.start, self.not_vendor) is not None) or
                    LEVEL_AFTER_GROWTH_GAP.fullmatch(text, grew.end, m.start) is not None or
                    LEVEL_AFTER_GROWTH_GAP_EN.fullmatch(text, grew.end, m.start) is not None):
                # 微软、谷歌、亚马逊等2025年投入均同比增长50%以上,微软达1160亿美元、亚马逊1250亿美元: each company's level
                # of the metric whose growth the sentence has just stated; 鸿海去年缴出营收年增18%、冲破8兆元大关: the level
                # the same metric reached; Hyperscale CapEx increased by 72% in Q2 2025, reaching $127 billion: the same in
                # English; 全球人工智能基础设施支出同比增长37%,总额达到318亿美元: a market's too
                metric = grew.facts[0].of
            if metric is None and kind == "money" and values and values[-1].end >= sent[0] and \
                    values[-1].metric in WORTH_OF_COUNT and TOTAL_WORTH_GAP.fullmatch(text, values[-1].end, m.start) is not None:
                # China Telecom ordered 40,000 servers totaling $1.7 billion: what the units bought come to, the purchase's
                # amount (a procurement's; chips a buyer holds: its investment in compute)
                metric = WORTH_OF_COUNT[values[-1].metric]
            if metric is None and kind == "money" and values and values[-1].unit_kind == "money" and \
                    values[-1].end >= sent[0] and VERSUS_GAP.fullmatch(text, values[-1].end, m.start) is not None:
                # 營收:681.3億美元 v.s. 662.1億美元: the figure it is set against (the market's, emit), of the same metric
                metric = values[-1].metric
            if metric is None and kind == "money" and values and values[-1].unit_kind == "money" and \
                    values[-1].end >= sent[0] and LIST_NEXT_GAP.fullmatch(text[values[-1].end : m.start]):
                # 其中,CANN生态设备的中标金额总和约34.5亿元、类CUDA生态设备约16.9亿元: the next part of the list
                metric = values[-1].metric
            if metric is None and kind == "money" and self.cue_in("award", max(clause_lo, m.start - 20), m.start):
                metric = "award_amount"
            if metric is None and kind == "money" and AWARD_AFTER.match(text[m.end : m.end + 16]) and \
                    text[max(clause_lo, m.start - 8) : m.start].rstrip("约近 ").endswith("以"):
                metric = "award_amount"  # 以人民币1.5亿元中标 / 以约6.3亿元成为第一中标候选人
            if metric is None and kind == "money" and self.item_follows(m) and (
                    self.cue_in("tender", sent[0], sent[1]) or d.kind == "tender"):
                metric = "tender_amount"
            if metric is None and kind == "money" and self.cue_in("tender", sent[0], sent[1]) and \
                    (d.operators.before(sent[0], m.start) is not None or d.doc_buyer is not None) and \
                    d.items.after(m.end, min(sent[1], m.end + 60)) is not None:
                # China Mobile has ordered 31 billion yuan in new servers: an operator's purchase
                metric = "tender_amount"
            if metric is None and kind == "money" and d.kind == "tender" and d.doc_buyer is not None and \
                    WORTH_BEFORE.search(text, max(sent[0], m.start - 24), m.start) and \
                    d.items.before(sent[0], m.start) is not None:
                # in a procurement report: 2,767 servers worth CNY 494 million (the value of the lot)
                metric = "tender_amount"
            if kind == "money" and metric == "tender_amount" and kw and text[kw[1] : kw[2]] in GENERIC_AMOUNT:
                aw = d.kw.last("award", sent[0], m.start)
                bidder = d.companies.before(sent[0], aw.start, self.not_vendor) if aw is not None else None
                if bidder is not None and d.operators.before(bidder.end, m.start) is None:
                    # 浪潮信息获得了最大的中标份额,金额达14.1亿元: the amount the bidder won
                    metric = "award_amount"
            elif kind == "money" and metric == "award_amount" and text[m.end : m.end + 1] == "的" and (
                    (op := d.operators.before(max(sent[0], m.start - 4), m.start)) is not None
                    and re.fullmatch(r"[约近 ]*", text[op.end : m.start])):
                # 从中标金额来看,在本次中国移动50亿元的……集采项目当中: the buyer's project, its size
                metric = "tender_amount"
            if kind == "none" and values and _list_gap(local) and values[-1].unit is not None:
                listed_value = values[-1]
                metric, unit, kind = listed_value.metric, listed_value.unit, listed_value.unit_kind
            elif kind == "none" and values and values[-1].unit_kind == "money" and values[-1].end >= sent[0] and \
                    values[-1].unit is not None and (part := NAMED_PART_GAP.search(text, max(lo, m.start - 16), m.start)) \
                    is not None and d.entities.after(part.start(1), m.start, lambda x: x.type != "model") is not None:
                # 共计1万亿左右资本开支(字节4500亿、阿里3600亿、腾讯2500亿): each company's part of the amount before,
                # in its currency and metric
                listed_value = values[-1]
                metric, unit, kind = listed_value.metric, listed_value.unit, listed_value.unit_kind
            elif kind == "none":
                pkw = d.kw.last("model", lo, m.start)
                if pkw is not None and pkw.label == "model_parameters":
                    metric, unit, kind = "model_parameters", "params", "params"
                elif metric == "unit_price":
                    unit = self.sentence_currency(sent)
                    kind = "money"
                elif (it_after := d.items.after(m.end, min(sent[1], m.end + 6))) is not None and \
                        COUNT_NOUN_GAP.fullmatch(text[m.end : it_after.start]):
                    if m.value >= YI and ("亿" in text[m.start : m.end] or "億" in text[m.start : m.end]):
                        # 运营商300亿AI服务器招标落地: hundreds of millions of servers no one buys; the yuan of what is bought,
                        # 元 left out (the metric from the words around it, as for an amount)
                        kind = "money"
                        unit = self.yuan_at(m.start) or "CNY"
                        mk_after = d.kw.first("money", it_after.end, min(sent[1], it_after.end + 12))
                        if metric is None and mk_after is not None:
                            metric = mk_after.label
                        elif metric is None and self.cue_in("tender", sent[0], sent[1]):
                            metric = "tender_amount"
                        if metric is None:
                            dec.reason = "no metric: an amount of items in 亿 with no money word around it"
                            return None
                    else:
                        # 21万PC服务器, 10万颗昇腾: a scaled number before what it counts is a count
                        unit, kind = "units", "units"
                        metric = self.count_metric(m, lo, sent, clause_hi)
                        if metric is None:
                            dec.reason = "no metric: a count with no shipment, tender or chip word around it"
                            return None
                elif noun_after:
                    kind = "money"  # 三年投资3800亿的Capex: an amount of the money metric it modifies
                    unit = self.yuan_at(m.start) or "CNY"
                elif (mk := self.metric_keyword("money", max(clause_lo, m.start - 24), m.start)) is not None and \
                        "\u4e00" <= text[mk[2] - 1] <= "\u9fff" and MONEY_LEVEL_GAP.fullmatch(text, mk[2], m.start):
                    # 投资规模达879亿, 全年营收2.12兆: a money metric's amount with its 元 left out (with no currency word at
                    # all, 资本支出将落在1150至1350亿之间, in the currency of the paragraph's amounts where it states one)
                    metric, kind = mk[0], "money"
                    declared = bisect.bisect_right(self.declared, (m.start, "\uffff")) > 0  # (3﹒37億(美元.下同)……)
                    unit = (self.yuan_at(m.start) if declared else self.paragraph_currency(m.start)) or \
                        self.yuan_at(m.start) or "CNY"
                    # (looked for at most WINDOW characters back: from the start of a sentence with no end it was quadratic)
                    if (counted := COUNTED_IN.search(text, max(sent[0], m.start - WINDOW), m.start)) is not None:
                        unit = currency_of(counted.group(1)) or unit  # 若以美元计算,第3季营收331亿: US dollars
                elif (ref := next((v for v in itertools.islice(reversed(values), RECENT_VALUES) if v.unit_kind == "money" and v.end >= sent[0]), None)) \
                        is not None and ref.unit is not None and self.comparison_base(lo, m) is not None:
                    # 營收為1.64兆新台幣,較2024年同期的1.32兆: the base of the amount it is compared with, in
                    # that amount's currency
                    unit, kind = ref.unit, "money"
                elif CJK_SCALE_END.search(text, m.start, m.end) is not None and self.cue_in("tender", sent[0], sent[1]) and \
                        TENDER_SUM_BEFORE.search(text, max(sent[0], m.start - 6), m.start) is not None and \
                        not self.cue_in("award", clause_lo, m.start):
                    # 已经开标的有20个标包,涉及192亿; 此标包一共10亿左右: what a procurement or its lot comes to, its 元 left out
                    # (not a bidder's win: 中标 in its clause)
                    metric, unit, kind = "tender_amount", self.yuan_at(m.start) or "CNY", "money"
                elif (counted_as := self.count_word_reached(m, sent)) is not None:
                    # 全球服务器出货量超过322万, GB GPU需求270万, shipments … increased to 3.85 million: the level
                    # a count word reaches, in the units it counts
                    unit, kind, metric = "units", "units", counted_as
                elif MOVE_END_BEFORE.search(text, max(sent[0], m.start - 24), m.start) is not None and (
                        ((sh := d.kw.first("count.shipments", sent[0], m.start)) is not None and sh.start - sent[0] <= 40) or
                        ((srv := d.items.after(sent[0], min(m.start, sent[0] + 48))) is not None
                         and srv.name in ("server", "ai_server") and SERVERS_SUBJECT.match(text, srv.end))):
                    # Shipments of AI servers are projected to rise sharply from about 500,000 in 2019 to approximately
                    # 4.5 million by 2029; Web service servers have stabilized from 2.5 million in 2019 to 1.5 million:
                    # the ends of a move whose subject is a count of servers shipped
                    unit, kind, metric = "units", "units", "shipments"
                elif m.value >= FLOP_LIST_MIN and (intro := self.list_intro_span(m.start)) is not None and \
                        FLOP_NAMED.search(text, *intro) is not None:
                    # Compute milestones (training FLOPs, public estimates from Epoch AI): ¶ - GPT-2 (2019): $1.5 \times
                    # 10^{21}$: a bare amount on a line of a list whose intro names its unit, an amount of work
                    unit, kind, metric = "FLOP", "FLOP", "training_compute"
                elif (amount_before := self.parallel_amount(m, sent)) is not None:
                    # 超聚变2024年营收破434亿,2025年目标直指500亿: the next clause's amount of the same money, in its currency
                    metric, unit = amount_before
                    kind = "money"
                elif (counted_before := self.parallel_count(m, sent)) is not None:
                    # 2025 年GoogleTPU 出貨量預估150 萬至200 萬,亞馬遜AWS Trainium 2 預估140 萬至150 萬: the next clause states the
                    # same count of its own subject, its counter left out as the first clause's was
                    unit, kind, metric = "units", "units", counted_before
                else:
                    dec.reason = "no unit: a bare number with a scale word and no currency or counter"
                    return None
        elif kind == "FLOPS":
            if self.chip_spec(m, sent, clause_lo):
                dec.reason = "a chip's own computing power: a specification, not a capacity (H100的1979 TFLOPs, 单卡算力)"
                return None
            kw = self.metric_keyword("flops", lo, m.start) or self.metric_keyword("flops", sent[0], m.start)
            if kw is None and (after := d.kw.first("flops", m.end, min(sent[1], m.end + 48))) is not None and \
                    re.fullmatch(r"[)）]? ?(?:[(（][^()（）]{0,24}[)）] ?)?(?:的|of |on (?:the )?|在服|在用|在运|在建|可用|自有|自建)?", text[m.end : after.start]):
                # 具备9 Petaflops的算力, 1000 P(稠密型)算力设备: the capacity named after it (past a bracketed aside);
                # 793.4 petaflops on the LINPACK test: the benchmark it is measured on; 已建成14000P在服算力: the state the
                # capacity is in between
                kw = (after.label, after.start, after.end)
            if kw is not None and kw[2] <= clause_lo and \
                    (own := d.kw.first("flops", m.end, min(clause_hi, m.end + OWN_KIND_AFTER_REACH))) is not None and \
                    own.label in SPECIFIC_CAPACITY and OWN_KIND_GAP.fullmatch(text, m.end, own.start) is not None:
                # 运营商明确算力建设重点,中国移动规划累计34 EFLOPS预训练算力资源: the kind of compute written right after the
                # figure in its own clause, not the bare word of the clause before
                kw = (own.label, own.start, own.end)
            if kw is None and (cap := CAPACITY_OF_BEFORE.search(text, max(sent[0], m.start - 40), m.start)) is not None:
                kw = ("total_compute_capacity", cap.start(1), cap.end(1))
            metric = kw[0] if kw else None
            if metric in (None, "total_compute_capacity") and m.end >= 3 and text[m.end - 3 : m.end].upper() == "HPC":
                metric = "supercomputing_capacity"  # 项目本期建设50PHPC算力规模: a rate written in PFLOPS of HPC is a supercomputer's
            elif metric is None and m.value >= CHIP_FLOPS_MOST and self.supercomputer_page:
                # Dell Technologies unveils Horizon, the … academic supercomputer: … the first system in the United States to
                # deliver 300 petaflops of performance; - 2.6 EFLOPS FP64 (a bullet of a supercomputer's targets): on a page whose
                # title or lead names a supercomputer, a machine's rate with no word of its own is the supercomputer's (a rate at half
                # precision or below is its AI compute, below); not a chip's or a node's, below CHIP_FLOPS_MOST
                metric = "supercomputing_capacity"
            specific = next((v.metric for v in itertools.islice(reversed(values), RECENT_VALUES) if v.unit_kind == "FLOPS" and v.end >= sent[0]
                             and v.metric in ("intelligent_compute_capacity", "general_compute_capacity",
                                              "supercomputing_capacity")), None)
            cloud = d.entities.before(max(sent[0], m.start - 24), m.start)
            # the bare words for computing capacity (算力, computing power), not 总算力 / total computing power
            bare = kw is not None and metric == "total_compute_capacity" and OPERATOR_GENERAL.fullmatch(text[kw[1] : kw[2]])
            if metric == "total_compute_capacity" and cloud is not None and cloud.type == "operator" and \
                    d.text[cloud.end - 1 : cloud.end] == "云":
                metric = "general_compute_capacity"  # 天翼云算力总规模达3.8EFLOPS: an operator's cloud is its general compute
            elif bare and (tag := PRECISION_AFTER.match(text, m.end)) is not None:
                # 数据中心算力超过15EFLOPS(FP32): a capacity counted at single or double precision is general
                # compute, at half precision or below intelligent compute (CAICT's definitions)
                metric = "general_compute_capacity" if tag.group(1) in ("32", "64") else "intelligent_compute_capacity"
            elif bare and self.cue_in("training", clause_lo, clause_hi):
                # 中国移动表示指引的2025年累积34 EFLOPS的算力规划主要用于预训练: compute for training models is AI compute
                metric = "intelligent_compute_capacity"
            elif metric in ("supercomputing_capacity", "total_compute_capacity", None) and \
                    HALF_PRECISION_AFTER.match(text, m.end) is not None:
                # The ABCI 3.0 supercomputer will deliver 6.22 exaflops in half precision: the machine's AI compute
                metric = "intelligent_compute_capacity"
            elif bare and specific is not None:
                # 自有智能算力规模为25EFLOPS,计入租赁算力后达到40EFLOPS: the same capacity, counted otherwise (M3)
                metric = specific
            elif bare and (self.cue_in("ai_centre", max(self.para_start(m.start), m.start - AI_CENTRE_REACH), m.start) or
                           d.kw.any("count.accelerator_count", sent[0], m.start) or
                           (self.cue_in("ai_centre", 0, title_end(text)) and
                            PLACE_SUFFIX.search(text, max(sent[0], m.start - 24), m.start) is None)) and \
                    d.regions.before(sent[0], m.start, self.region_scope) is None and \
                    not ALL_KINDS.search(text, max(sent[0], m.start - 24), m.start):
                # 鄱阳湖智算中心……规划承载2500P算力: what an AI computing centre carries is intelligent compute, also
                # when the centre is named a sentence before in the paragraph (……智算中心项目……。该项目总体规划用地
                # 40亩,计划建设算力容量6000P), or by the accelerators its sentence counts (houses 23,000 AI processors,
                # providing a computing power of 3,579 petaflops), or on a page whose title names such a centre (新疆交建中标13亿元
                # 智算中心项目建设: 计划建设算力容量6000P); not a region's, nor all kinds of it (已建设交付各类算力超10000P)
                metric = "intelligent_compute_capacity"
            elif metric in ("total_compute_capacity", "supercomputing_capacity") and \
                    HALF_PRECISION_BEFORE.search(text, max(sent[0], m.start - 160), m.start) is not None and \
                    d.regions.before(sent[0], m.start, self.region_scope) is None:
                # if FP16/BF16 is used as the basis for estimation, the total computing power of the five major
                # manufacturers has exceeded 9 ExaFLOPS: a capacity counted at half precision is AI compute (CAICT)
                metric = "intelligent_compute_capacity"
            elif bare and self.accelerators_just_named(m) and \
                    d.regions.before(sent[0], m.start, lambda r: self.region_scope(r) and not self.site_location(r) and not self.nationality(r)) is None and \
                    d.uncoded.before(sent[0], m.start) is None and \
                    PLACE_SUFFIX.search(text, max(sent[0], m.start - 24), m.start) is None and \
                    not ALL_KINDS.search(text, max(sent[0], m.start - 24), m.start):
                # installing more than 4,000 of Nvidia's most advanced Blackwell GPUs … ¶ The new system delivers 13.7
                # exaflops of computing power; 建设智算中心 … ¶ 莲花科创的服务器算力规模约5225PetaFlops: the computing power of
                # accelerators or of an AI computing centre named just before (its paragraph or the one before) is AI
                # compute
                metric = "intelligent_compute_capacity"
            elif bare and P_UNIT.search(text, max(m.start, m.end - 9), m.end) and \
                    FACILITY.search(text, max(sent[0], m.start - 80), m.start) and \
                    d.regions.before(sent[0], m.start, self.region_scope) is None and \
                    not ALL_KINDS.search(text, max(sent[0], m.start - 24), m.start) and \
                    not TOTAL_WORD.search(text, max(sent[0], m.start - 24), m.start):
                # 可承载算力约5000P, 集群算力规模已突破50,000Pflops, 一期2000P的算力: a site's or a project's bare
                # computing capacity counted in P (PFLOPS at the half precision AI is counted in) is intelligent
                # compute, as eleven held-out sets label it; a region's (苏州算力规模5869PFLOPS), all kinds
                # (各类算力) and a total (总算力) stay the total
                metric = "intelligent_compute_capacity"
            elif bare and self.operator_holder(sent, m.start):
                # China Unicom expanded its computing capacity to 7.5 Eflops, 中国电信形成了2.1EFLOPS的算力规模:
                # an operator's bare computing capacity is its general (cloud) compute (LABELLING.md metric table)
                metric = "general_compute_capacity"
        elif kind == "FLOP":
            metric = "training_compute"
        elif kind == "params":
            metric = "model_parameters"
        elif kind == "tokens":
            # (Qwen3 的基础建立在前所未有的语料之上——超过 36 万亿个 token: the corpus a model is built on; 再摄入额外 5 万亿个 token
            # after a paragraph about pre-training: its training data; not tokens served: 日均Token调用量, tokens processed daily)
            metric = "training_tokens" if self.cue_in("training", sent[0], sent[1]) or (
                TOKENS_SERVED.search(text, max(sent[0], m.start - TOKENS_CONTEXT_REACH),
                                     min(sent[1], m.end + TOKENS_CONTEXT_REACH)) is None and (
                    TRAINING_CORPUS.search(text, max(sent[0], m.start - TOKENS_CONTEXT_REACH), m.start) is not None or
                    self.training_spoken_of(sent, m.start))) \
                else None
        elif kind == "W":
            # a power named by a data-centre word in its sentence, or one of a campus's size with none (Hyperion will
            # scale to 5 gigawatts): below SITE_POWER_W a rack's or a building's, above it a grid's or a province's
            metric = "datacenter_power" if self.cue_in("power", sent[0], sent[1]) or \
                SITE_POWER_W[0] <= m.value <= SITE_POWER_W[1] or (m.value >= MACHINE_POWER_W and self.supercomputer_page) or (
                    FACILITY_AFTER.match(text, m.end) is not None and (
                        self.dc_power_context(m.start, DC_WORDS) or DC_WORDS.search(text, 0, title_end(text)) is not None)) \
                else None
        elif kind == "units":
            if m.value == 1 and text[m.start : m.start + 1] == "一":
                dec.reason = "一台/一套 is an article (a, one of), not a count"
                return None
            metric = self.count_metric(m, lo, sent, clause_hi)
        inherited = False
        grown_to = False
        growth = self.last_growth
        if metric is None and growth is not None and growth[0] == sent and (
                TRANSITION_TO.match(local) or REACHING.fullmatch(local) or REACHING_TO.fullmatch(local) or
                REACHING_BY_YEAR.search(local) or (GROWTH_AND_LEVEL.fullmatch(local) and kind == "money")) and \
                growth[1] in UNIT_KIND_OF.get(kind, ()):
            # 营收年增56%至411亿美元 / revenue increased 18% YoY to $76.4 billion / Capex 年增 55%,达 351 亿美元:
            # the grown metric
            metric = growth[1]
            grown_to = True
        prev_m = self.mention_before(m)
        if kind == "money" and prev_m is not None and _unit_kind(prev_m.unit) == "money" and prev_m.unit != unit and \
                CONVERSION_GAP.fullmatch(text[prev_m.end : m.start]):
            # (净利人民币121.1亿元(约新台币506.4亿元): a conversion whether or not the amount is a fact)
            if self.converted_facts is not None and self.converted_facts[0] == m.start:
                # (£6.96 billion ($8.41 billion): the source's figure, with the facts the amount before it was read as)
                _, facts, quote_lo = self.converted_facts
                self.converted_facts = None
                for f, score in facts:
                    self.emit_again(dec, score, f, m, quote_lo, unit=unit)
                return None
            dec.reason = CONVERSION_REASON
            return None
        base = self.comparison_base(lo, m)
        if base is not None:
            return self.comparison_value(dec, m, base, metric, kind, unit, sent, lo, clause_lo, clause_hi, values)
        if metric is None:
            if (qoq := d.kw.last("qoq", lo, m.start)) is not None and QOQ_LEVEL_GAP.fullmatch(text, qoq.end, m.start) is None:
                dec.reason = "comparison base of a quarter-on-quarter change"
                return None
            # (the sentence's last value of this kind: looked for from the end, not by copying every value of an endless
            # sentence of amounts once per amount)
            last_same = next((v for v in itertools.islice(reversed(values), RECENT_VALUES) if v.unit_kind == kind), None)
            same = [last_same] if last_same is not None else []
            before = self.decision_before(m.unit, sent[0])
            if before is not None and not before.facts and str(before.reason).startswith("out of vocabulary") and (
                    not same or (last_same is not None and last_same.end <= before.start and
                                 self.other_statement_in(max(sent[0], m.start - 40), m.start))):
                # operating profit … to 19.17 trillion won, surpassing the market forecast of 16.46 trillion won:
                # an amount beside one outside the vocabulary, naming nothing of its own, is of the same thing (收入为365亿美元,
                # 超彭博一致预期(361亿美元);毛利润298亿美元,……超越彭博一致预期(289亿美元): the expectation of the figure
                # outside, not of the revenue stated earlier in the sentence)
                dec.reason = "an amount beside one outside the vocabulary in its sentence, with no metric of its own"
                return None
            if kind == "money" and (worth := self.worth_of_capacity(sent, m)) is not None:
                # OpenAI目標在美洲創造1GW（約500億美元）算力: the money a capacity stated right before it is worth, in a bracket, is
                # the investment in that compute (LABELLING.md metric table: compute_investment), the capacity's holder's
                self.emit(dec, 0.8, metric="compute_investment", value=m.value, low=m.low, high=m.high, unit=unit,
                          period=worth.period, region=worth.region, entity=worth.entity, basis=worth.basis,
                          qualifier=m.qualifier, quote=self.quote(self.quote_start(clause_lo, m.start, m.start), m.end))
                return None
            carried = self.carried_metric(kind, sent, m.start, m.value) if not same else None
            if carried is None and not same and kind == "money":
                carried = self.list_line_metric(m.start)  # Sales for the third quarter were as follows: ¶ AWS: $27.5 billion
            if carried is None and kind == "money" and (held := self.bracketed_company_metric(sent, m)) is not None:
                # The company will soon surpass Dell ($25 billion at the end of the year), which surpassed HPE ($13 billion in
                # 2024) in the server market: each company's figure in a bracket after its name, of the metric the sentence
                # names (a market's: the company's sales in it, of the market's product)
                carried, self.cur_bracket_item, self.cur_bracket_party = held
            if carried is None and not same and kind == "money" and self.spent_with_cloud(sent, m):
                # expected to spend $10B on CoreWeave; total planned spending with CoreWeave to $22.4B: money spent with a
                # cloud that rents out compute (aliases.toml sells = "compute") buys compute (LABELLING.md metric table)
                carried = "compute_investment"
            if carried is None and not same and kind == "money" and self.spent_on_hardware(sent, m):
                # ByteDance spent $2 billion on Nvidia chips last year; 阿里巴巴斥资10亿美元采购英伟达芯片: money a buyer spends on
                # accelerators or AI servers buys compute (LABELLING.md metric table: the chip-purchase part of capex)
                carried = "compute_investment"
            if carried is None and not same and kind == "money" and d.kind == "capex" and \
                    SPEND_BEFORE.search(d.text, max(sent[0], m.start - 40), m.start) is not None and \
                    SPENT_WITH_AFTER.match(d.text, m.end) is None and \
                    d.companies.before(sent[0], m.start, lambda x: x.type != "model" and self.not_vendor(x)) is not None:
                # on a capex page, ByteDance is preparing to spend RMB 160 billion in 2026: what a company spends, its metric
                # named nowhere around, is its capital spending (as a capex round-up's bare "investments"); not money spent
                # on or with someone (a cloud, a deal: above); companies listed spend together (Alphabet, Microsoft, Amazon and
                # Meta are expected to spend at least $630 billion: their capex, keyed by none of them)
                carried = "capex"
            if carried is None and not same and kind == "money" and (topic := self.topic_sentence_metric(sent, m)) is not None:
                # TSMC presented its capital expenditure framework. The company plans to spend between $52 billion and $56
                # billion in 2026: a sentence that names a money metric and states no amount, then amounts that name none
                carried = topic
            if carried is None and not same and kind == "money" and self.bracketed_deal_party(sent, m):
                # Signed two large AI infrastructure deals — Microsoft ($17–19B) and Meta ($3B over five years): each party's
                # amount in a bracket after its name, the sentence naming the deals for compute before them
                carried = "compute_investment"
            if carried is None and not same and kind == "money" and \
                    PART_AMONG_BEFORE.search(text, max(sent[0], m.start - 16), m.start) is not None and \
                    (whole_amount := self.amount_for_part(sent, m, self.para_start(m.start))) is not None and \
                    whole_amount.unit == m.unit and abs(whole_amount.value) > abs(m.value):
                # 當季營收……1845億元；其中，遊戲（592億元）: a part named with its amount in a bracket after "among them", of
                # the metric of the whole just stated (a segment's revenue is its company's, LABELLING.md metric table)
                carried = whole_amount.metric
            if carried is not None and (last := self.last_value.get(kind)) is not None and \
                    abs(m.value - last[2]) <= 1e-9 * abs(last[2]) and THE_TOTAL.search(text, max(sent[0], m.start - 80), m.start):
                dec.reason = RESTATED
                return None
            if carried in (None, "accelerator_count") and kind == "units" and (
                    (same and same[-1].metric == "accelerator_count") or (
                        not same and (fleet := self.last_value.get("units")) is not None and
                        fleet[0] == "accelerator_count" and m.start - fleet[1] <= FLEET_REACH) or (
                        # the leading buyer of Hopper chips, purchasing a staggering 485,000 units: its sentence names the chips
                        not same and d.kw.last("count.accelerator_count", sent[0], m.start) is not None)) and \
                    BOUGHT_UNITS.search(text, max(sent[0], m.start - 40), min(sent[1], m.end + 40)):
                # CoreWeave acquired 40,000 of these GPUs, closely followed by Baidu and Alibaba with 30,000 and 25,000
                # units purchased: the same chips bought, counted on
                self.cur_bought_units = True
                carried = None if same else "accelerator_count"
            if carried is None and not same and kind == "units" and self.shipments_named_before(sent):
                # the global shipments of data center AI chips are steadily increasing. The latest projections indicate a
                # rise from 30.5 million units in 2024 to … 53.4 million units by 2030: the counts of what was shipped
                carried = "shipments"
            if carried is not None:
                # 亚马逊也预估将达2,000亿美元: the metric of the paragraph's previous amount carries on
                same = [_Value(carried, kind, None, None, None, None, "actual")]
            # (2015年部署超过5千片,2017年部署规模超过1.2万片: the next count of the same chips, in the same counter)
            same_chips = kind == "units" and bool(same) and same[-1].metric == "accelerator_count" and \
                m.count_word in CHIP_COUNTERS and 0 < self.cur_index < len(self.cur_mentions) and \
                self.cur_mentions[self.cur_index - 1].count_word == m.count_word and \
                self.cur_mentions[self.cur_index - 1].end == same[-1].end
            if not same or (kind == "units" and same[-1].metric != "shipments" and not self.cur_bought_units and not same_chips):
                dec.reason = COUNT_OUTSIDE_COMPUTE if kind == "units" and self.count_outside else \
                    f"no metric: no keyword of lexicons/metrics.toml [{_group_of(kind)}] before or after it"
                return None
            metric = same[-1].metric
            inherited = True
            if metric == "datacenter_revenue" and (seg := OTHER_SEGMENT_CLAUSE.fullmatch(text, clause_lo, m.start)) is not None \
                    and not DATA_CENTRE_WORD.search(seg.group(1)):
                # Data center revenue was $1.5 billion, up 38% YoY; enterprise networking was $237.2 million: another
                # segment's revenue, not the data center's
                metric = "revenue"
            if not self.cue_in("breakdown", max(sent[0], m.start - 120), m.start):
                score -= 0.3  # (其中A元、B元: the items of a breakdown are figures as firm as its total)
        prefer_span = metric in TENDER_METRICS or metric == "award_amount" or (
            metric == "unit_price" and self.cue_in("tender", sent[0], sent[1]))
        # (RMB9,956.5 million (US$1,402.3 million) in 2023: the amount's words, its period too, come after the writer's
        # conversion)
        said_end = max(m.end, self.after_from)
        period = self.period_for(m.start, said_end, sent, clause_lo, clause_hi, prefer_span=prefer_span)
        of_base = self.period_of_base
        move = self.move_role(lo, m, sent)
        if move is not None and move[0] == "to" and values and values[-1].unit_kind == kind and \
                values[-1].end >= sent[0] and values[-1].metric != metric and values[-1].end >= move[1]:
            # 资本支出预算从750亿美元上调至850亿美元主要用于服务器投资: where a move ends is the figure it starts from,
            # whatever it is then spent on
            metric = values[-1].metric
            self.cur_purpose = False
        if move is not None and move[0] == "from" and (self.other_statement_in(move[1], m.start) or
                                                       self.revised_from(m.start, m.end)):
            # 2025年全年CAPEX预计将从原先估计的750亿美元提升至850亿美元, raised its 2025 capex forecast from $75 billion to
            # $85 billion: an earlier estimate of the same period's figure
            pass
        elif move is not None and move[0] == "from":
            # the starting point of a move (从A提升至B, from A to B): its own period or none
            p0 = d.periods.before(move[1], m.start)
            if p0 is None and (tight := d.periods.after(m.end, min(len(text), m.end + 16))) is not None and \
                    FROM_PERIOD_GAP.fullmatch(text, m.end, tight.start):
                p0 = tight  # double from $70 billion in 2022 to $140 billion by 2025: the start's own year after it
            # (a year of the next clause is not the move's: 将2026年的预估量由200万颗上修至210万颗,2027年的预估由…)
            revised = p0 is None and ESTIMATE_REVISED_TO.match(text, m.end) is not None and \
                d.periods.after(m.end, min(clause_hi, m.end + 24)) is None
            # (2025年资本支出预算从750亿美元上调至850亿美元: a revision of the same period's figure, which the sentence
            # names before the move)
            period = p0.period if p0 is not None else (period if revised else None)
            if p0 is not None:
                period = self.year_ago(p0, m.end, sent) or period
        elif move is not None:
            # the end point: the periods inside the move's "from" part are not its own
            period = self.period_for(move[1], m.end, sent, min(clause_lo, move[1]), clause_hi,
                                     prefer_span=prefer_span)
        if move is not None and (span := self.move_span(sent, move[1], m)) is not None:
            # From 2022 to 2024, … revenue skyrocketed from $20M to $1.9B: the start at the span's first year, the end
            # at its last
            period = span[0] if move[0] == "from" else span[1]
        if (self.cue_in("future", clause_lo, m.start) or self.to_date_before(max(sent[0], m.start - 30), m.start)) \
                and d.periods.before(clause_lo, m.start, lambda p: p.kind not in ("future", "month")) is None \
                and not self.period_after and BY_YEAR_AFTER.match(d.text, m.end) is None:
            # (not eventually surpassing $222.7 billion by 2028: the year it is to be reached by)
            period = None  # 未来 / 目前 (so far): no period of its own
        if inherited and values and move is None and d.periods.before(lo, m.start) is None and not self.period_after:
            # (… $14.51 billion, far exceeding last year's $3.8 billion and surpassing market expectations of $12.7 billion:
            # the period of the figure, not of the base compared with it)
            period = next((v for v in itertools.islice(reversed(values), RECENT_VALUES) if not v.base), values[-1]).period
        if grown_to and len(self.decisions) >= 2 and (rate := self.decisions[-2]).facts and \
                rate.facts[0].metric == "yoy_growth" and d.periods.before(rate.end, m.start) is None and not self.period_after:
            period = rate.facts[0].period  # 收入增长16%至1023亿美元: the level the rate grew to is of the rate's period
        if period and (part := PART_OF_YEAR.fullmatch(period)) and not self.period_after and \
                (yearly := d.kw.last("annual", max(clause_lo, m.start - 40), m.start)) is not None and \
                d.periods.before(yearly.start, m.start) is None and \
                d.periods.before(max(0, yearly.start - 16), m.start, lambda q: q.start <= yearly.start < q.end) is None:
            # (not the 年度 of the quarter itself: 2027会计年度第一季营收预估为780亿美元)
            period = part.group(1)  # (second-quarter revenue of $10 billion and) raised its annual forecast to $36 billion
        entity: str | None = None
        region: str | None = None
        if metric in COMPANY_METRICS or metric == "unit_price":
            entity = resp_entity or self.entity_for(metric, lo, m.start, m.end, sent, clause_lo, clause_hi)
            if resp_entity is None and (buyer := self.buyer_named_after(metric, dec.end)) is not None:
                entity = str(buyer.name)  # 224,000 chips bought by Meta: the buyer the passive names after the count
            if metric == "compute_investment" and entity is not None and resp_entity is None and \
                    ORDER_RECEIVED_BEFORE.search(text, max(sent[0], m.start - ORDER_RECEIVED_REACH), m.start) is not None and \
                    ORDER_NOUN_AFTER.match(text, m.end) is not None:
                # 博通已从……第四位客户手中获得100亿美元的定制化AI芯片订单, Broadcom secured a $10 billion order for custom
                # chips: the order a seller received is its customer's spending on compute, no money of the seller's
                entity = None
            if metric == "compute_investment" and entity is not None and resp_entity is None and inherited and \
                    alias_table().sells.get(entity) in ("chips", "servers") and self.spent_on_hardware(sent, m) and \
                    d.entities.before(sent[0], m.start, lambda x: str(x.name) == entity) is None:
                # (a startup spent $300 million on Nvidia chips: the maker of the chips bought is no buyer of them)
                entity = None
            if inherited and entity is None and values:
                entity = values[-1].entity
            if self.cur_bracket_party != "":
                entity = self.cur_bracket_party  # (ZT Systems (ninth place, $19 billion): the bracket's company, off the table)
            if entity is not None and resp_entity is None and self.world_spending(metric, sent, m.start):
                # UBS has revised its global artificial intelligence investment spending forecast for 2025 to $423 billion:
                # the world's spending the metric's own words name, no company's (the page's subject named later)
                entity = None
            if metric == "training_tokens" and CONTEXT_WINDOW_BEFORE.search(text, max(clause_lo, m.start - 24), m.start):
                # 将Qwen3的原生上下文窗口扩展至32K tokens, a context window of 128K tokens: what the model reads at once, no
                # training data
                dec.reason = "out of vocabulary: a model's context window, not the tokens it was trained on"
                return None
            if metric in MODEL_METRICS and entity is None and not (
                    metric == "training_cost" and self.generic_models_before(sent, m.start) is None) and not (
                    metric == MODEL_METRIC_OF_UNIT.get(str(m.unit)) and (
                        m.unit != "FLOP" or self.training_spoken_of(sent, m.start))):
                # (a training cost is named by its own words, 训练成本, training cost: of a model off the table it keys none, as
                # the labels keep it, E1 — not the cost of training large models in general, 大模型训练成本)
                dec.reason = "no model named for a model metric (add the model to aliases.toml)"
                return None
            # (一款30亿参数工业巡检大模型: a count written in parameters, of a model the table does not name,
            # is keyed by none, as the labels of three sets do; so are tokens, and FLOP where this sentence or the one
            # before speaks of training: a tender for computing power for training a Large Language Model with at least
            # 12 trillion tokens … The binding minimum requirement for GPU computing power is 3.133 × 10²⁵ FLOPs)
            if metric == "datacenter_power" and resp_entity is None and not self.named_in_sentence(sent, m.start):
                # 美国数据中心负载25GW: a region's power, unless a company is named
                reg = d.regions.before(sent[0], m.start) or d.regions.after(m.end, clause_hi)
                if reg is not None:
                    entity, region = None, str(reg.name)
                elif d.head_entity is None:
                    entity, region = None, self.region_for(lo, m.start, sent, clause_hi)
            if entity is None and metric in ("accelerator_count", "tender_quantity", "capex", "revenue",
                                             "datacenter_revenue", "compute_investment"):
                region = self.region_for(lo, m.start, sent, clause_hi)  # (中国智算中心市场投资规模: a market's)
                if metric in ("capex", "revenue", "datacenter_revenue", "compute_investment") and (
                        self.company_before(sent, m.start) or
                        COMPANY_GROUP.search(text, max(sent[0], m.start - WINDOW), m.start) is not None or (
                            # (Hyperscale operator capex reached $31 billion: several companies named as one; not the whole
                            # they hold part of: hyperscalers half of $1.2 trillion by 2029)
                            COMPANIES_AS_ONE.search(text, max(clause_lo, m.start - WINDOW), m.start) is not None and
                            WHOLE_OF_BEFORE.search(text, max(clause_lo, m.start - 8), m.start) is None)) and \
                        d.regions.before(sent[0], m.start, self.region_scope) is None:
                    region = None  # 三大运营商资本开支合计, Microsoft and Meta together: several companies' (E3, E4)
        elif metric == "shipments" and resp_entity is None and (holder_name := self.count_holder(sent, m)) is not None:
            # 中国AI加速卡……英伟达以约190万张出货量占据约70%市场份额: the company's own count in the market the sentence names
            # (keyed by both, as its market share beside it is)
            entity, region = holder_name, self.region_for(lo, m.start, sent, clause_hi)
        elif metric == "shipments" and not self.market_place_before(sent, m.start) and (
                resp_entity is not None or not self.overall_shipments(sent, m)) and (
                maker := resp_entity or self.chip_maker(sent, m) or self.shipper(sent, m) or
                self.family_maker_of_chips(max(sent[0], clause_lo), m.end) or d.head_entity):
            # 910C的出货量20万颗 in a report about Huawei's chips, 2024年NVIDIA高阶GPU出货约590万颗: the
            # maker's shipments, not a market's (JPMorgan anticipates TPU shipments will reach 2.5 million units on a page
            # about TSMC: the maker of the chip family its clause names, before the page's subject)
            entity = maker
        elif metric in CAPACITY_METRICS and (resp_entity or self.holder(lo, m.start, sent) or next(
                (v.entity for v in itertools.islice(reversed(values), RECENT_VALUES) if v.unit_kind == kind and v.entity), None)):
            # 中国移动智算规模61.3EFLOPS / its AI computing power: a company's capacity (and the next
            # capacity of the same sentence is that company's too; among the RECENT_VALUES last values, a sentence with
            # no end staying linear)
            entity = resp_entity or self.holder(lo, m.start, sent) or next(
                v.entity for v in itertools.islice(reversed(values), RECENT_VALUES) if v.unit_kind == kind and v.entity)
        elif metric in CAPACITY_METRICS and (owner := self.site_owner(sent, m)) is not None:
            # 中国电信杭州智算中心建设进展: ……目前该智算中心可运营算力已经达到了700P: the capacity of a site an
            # operator owns is the operator's (LABELLING.md E8), region null (E4)
            entity = owner
        else:
            region = self.region_for(lo, m.start, sent, clause_hi)
            if inherited and values and d.regions.before(lo, m.start) is None:
                region = values[-1].region
            if metric in CAPACITY_METRICS and region is None and d.kind == "capex" and d.doc_entity is not None and \
                    d.head_entity == d.doc_entity and alias_table().types.get(d.doc_entity) == "operator" and \
                    d.entities.before(self.para_start(m.start), m.start) is None and not d.plan and \
                    OTHERS_BEFORE.search(text, max(sent[0], m.start - OTHERS_REACH), m.start) is None:
                # 中国联通2025年前三季度业绩: ……加大算力网络创新供给,智算总规模超过35EFLOPS: on an operator's results page, a
                # capacity no place or other company holds is the operator's own (LABELLING.md E8; not 调动了其他算力服务商的
                # 3EFLOPS, others' capacity)
                entity = d.doc_entity
        if self.period_from_doc and entity is not None and d.doc_entity is not None and entity != d.doc_entity:
            # the release's quarter is its own company's, not another company's it mentions
            self.use_doc_period = False
            period = self.period_for(m.start, said_end, sent, clause_lo, clause_hi, prefer_span=prefer_span)
            self.use_doc_period = True
        if average:
            period = None
        elif period and SPAN.fullmatch(period) and self.cue_in("by_then", sent[0], m.start):
            period = period[-4:]  # 届时 (by then): the span's last year
        if move is not None and move[0] == "to" and values and values[-1].unit_kind == kind and \
                values[-1].metric == metric:
            entity, region = values[-1].entity, values[-1].region  # from A to B: B is of whom A was
        if period is None and self.cur_bracket_party != "" and self.cur_bracket_period is not None:
            period = self.cur_bracket_period  # (ZT Systems (ninth place, $19 billion) … their revenue … in 2024)
        if period is None and metric == "shipments" and self.header_year:
            period = self.header_year  # (a row of a table of shipments, the year its header or caption names)
        if period is None and metric in TENDER_TERMS and d.kind == "tender" and d.published is None and \
                (issued := d.periods.after(0, len(d.text), lambda q: q.kind == "day" and bool(q.period))) is not None:
            period = issued.period  # On October 4-5, ICBC and China Unicom announced …: the issue month (LABELLING.md P11)
        if period is None and d.published is not None and metric in TENDER_TERMS and \
                self.basis_for(sent[0], m.start, None) == "actual":
            period = str(d.published.year)  # a purchase reported as done, with no date: the report's year
        if period and re.fullmatch(r"(?:FY)?\d{4}", period) and PREVIOUS_YEAR_AFTER.match(text, m.end, min(sent[1], m.end + 48)):
            period = _shift_year(period, -1)  # its $21.2 billion investment from the previous year
        elif period and not self.period_after and SAME_PERIOD_YEAR_AGO_AFTER.match(text, m.end) is not None and \
                (ago := _shift_year(period, -1)) is not None:
            period = ago  # more than doubled the $13.5 billion reported in the same quarter last year
        item = self.item_for(metric, m, lo, sent, clause_hi) if metric in (
            "tender_quantity", "tender_amount", "unit_price", "accelerator_count", "shipments", "award_amount") else \
            self.keyword_item(sent[0], m.start) if metric in ITEM_KEYED else None
        if sold_item is not None and metric == "revenue":
            item = sold_item
        if metric == "revenue" and self.cur_bracket_item is not None:
            item = self.cur_bracket_item  # (Dell ($25 billion …) … in the server market: its server sales)
        if metric in ("shipments", "accelerator_count") and entity is not None and item is not None and \
                (made_by := alias_table().makers.get(item)) is not None and made_by != entity and \
                alias_table().sells.get(entity) == "chips":
            if metric == "accelerator_count" and d.items.after(m.start, m.end) is not None:
                # the planned acquisition of 550,000 home-grown Huawei Ascend 910B accelerators on a page about Nvidia: the
                # cards the count itself names are held by their buyers (… by Chinese companies), not by another chip
                # maker: keyed by the place of the figure
                entity, region = None, self.region_for(lo, m.start, sent, clause_hi)
            else:
                item = None  # 910B/C各出货350k,寒武纪2025年出货150k: a chip maker ships its own chips, not another maker's model
        if metric in ("shipments", "accelerator_count") and \
                (owner := d.companies.before(max(sent[0], m.start - OWNER_REACH), m.start, lambda x: x.type != "model")) is not None \
                and OWNER_POSSESSIVE_GAP.fullmatch(text, owner.end, m.start) is not None:
            # significantly behind Nvidia's 1.9 million GPUs (in the Chinese … market): the count a company's possessive opens
            # is the company's, in the place its sentence names
            entity = str(owner.name)
        if metric == "shipments" and entity is None and \
                (m.count_word in CHIP_COUNTERS or CHIP_COUNT_WORD.search(m.count_word) is not None) and \
                (maker := self.model_or_family_maker(item, max(sent[0], m.start - CHIP_FAMILY_REACH), m.start)) is not None and \
                d.entities.before(sent[0], m.start, lambda x: x.type != "model") is None and \
                not (d.kw.last("count.demand", sent[0], m.start) is not None and self.market_place_before(sent, m.start)):
            # (全球对H100的需求量高达43.2万块: a place's demand, keyed by the place, not the maker's shipments)
            # 芯片类型/系列预测出货量 (2025年) ¶ H20>70 万颗: chips of a model counted as shipped, no company named in their
            # sentence, are shipped by their maker (aliases.toml [items] maker; a company's figure, no region: LABELLING.md E4);
            # not racks built on them (GB200 NVL72機櫃產出量已觸及2.9萬台: the market's racks)
            entity, region = maker, None
        if metric == "unit_price" and entity is None and item is not None and not self.in_tender(sent) and \
                (maker := alias_table().makers.get(item)) is not None and RENTAL_WORD.search(text, max(sent[0], m.start - RENTAL_REACH), m.start) is None \
                and not self.price_per_time(m) and d.entities.before(sent[0], m.start, lambda x: x.type != "model") is None:
            # H200单卡定价2.7至2.8万美元: the price of a chip model, no company named in its sentence, is its maker's (the
            # seller's; aliases.toml [items] maker), as a count of the model shipped is (not a price a buyer paid in a tender)
            entity, region = maker, None
        if metric == "unit_price" and (br := BRACKET_OPEN_AFTER.match(text, m.end)) is not None and \
                (seller := d.entities.after(br.end(), br.end() + BRACKET_NAME_REACH, lambda x: x.type != "model")) is not None \
                and seller.start == br.end() and BRACKET_CLOSE_AT.match(text, seller.end) is not None:
            # down from $7.57 (AWS) and $11.06 (GCP): the company in a bracket right after a price is its seller
            entity, region = str(seller.name), None
        if metric in COMPANY_MONEY and (told := TOLD_FROM_AFTER.match(text, m.end)) is not None and \
                (teller := d.entities.after(told.end(), told.end() + 24, lambda x: x.type != "model")) is not None and \
                teller.start == told.end():
            # a $200 billion capex forecast from AMZN: the company the figure comes from, named right after it
            entity, region = str(teller.name), None
        if metric == "compute_investment" and (deal := DEAL_TO_SUPPLY.match(text, m.end)) is not None and \
                (buyer := d.entities.after(deal.end(), deal.end() + 40, lambda x: x.type != "model")) is not None and \
                buyer.start == deal.end():
            entity, region = str(buyer.name), None  # a $38 billion deal to supply OpenAI with computing power: the buyer's
        if metric == "revenue" and entity is not None and (sliced := self.vendor_slice(sent, m)) is not None:
            # Omdia: NVIDIA swept up an impressive 80.6% share of all global revenue - a total of $3.2 billion:
            # in a market report, a vendor's revenue is its slice of the market (LABELLING.md I8)
            metric = sliced
            region = region or self.region_for(lo, m.start, sent, clause_hi)
        total = d.kw.last("total", lo, m.start)
        # (合计已接近辉达五〇〇至六〇〇万台: a company named after the total word owns the figure compared with the total)
        self.cur_total = total is not None and d.companies.after(total.end, m.start) is None
        if self.cur_total:
            score += 0.2
            # (the parts stated in the TOTAL_PARTS_REACH characters before it: an endless sentence stays linear)
            parts = {v.item for v in itertools.takewhile(lambda v: v.end >= m.start - TOTAL_PARTS_REACH, reversed(values))
                     if v.metric == metric and v.item}
            if item is None and len(parts) == 1:
                item = parts.pop()
        if m.qualifier in (">", ">=", "<", "<="):
            score -= 0.5
        if FROM_BEFORE.search(local) and TO_AFTER.match(text[m.end : m.end + 12]):
            score -= 0.8
        if metric == "unit_price" and m.per_unit:
            score += 0.3
        q_lo = self.quote_start(clause_lo, lo, m.start)
        if m.is_list:
            periods = self.list_periods(m, sent, len(m.values), period)
            basis = self.basis_for(sent[0], m.start, periods[-1] if periods[-1] else period)
            for val, per in zip(m.values, periods, strict=True):
                self.emit(dec, score, metric=metric, value=val, unit=unit, period=per, region=region, entity=entity,
                          item=item, basis=self.basis_for(sent[0], m.start, per) if per else basis,
                          qualifier=m.qualifier, quote=self.quote(q_lo, m.end))
            return _Value(metric, kind, period, region, entity, item, basis, periods, m.end, unit)
        basis = self.basis_for(sent[0], m.start, period)
        if basis == "actual" and m.low is not None and m.high is not None and metric in COMPANY_MONEY and \
                ((d.published is not None and (_period_end_year(period) or d.published.year) >= d.published.year) or (
                    d.published is None and FROM_BEFORE.search(text, max(sent[0], m.start - 8), m.start) is None)):
            # 輝達提出本季營收介於346億美元到358億美元, Meta sees capex of $115 billion to $135 billion: a company's own figure
            # of a period not over before the page's date (on an undated page: not the start of a move, capex rose from
            # $35–40 billion in 2023), stated as a range, is its guidance, not a result (results are stated as one amount)
            basis = "forecast"
        if metric == "shipments" and self.header_year is not None and basis == "actual" and self.header_forecast:
            basis = "forecast"  # (a row under 预测出货量 (2025年): the header's forecast)
        if (metric in CAPACITY_METRICS or metric in STOCK_NOW_METRICS) and \
                (as_of := self.as_of_day(m, clause_lo, sent[1])) is not None:
            period = as_of  # capacity in service increased to 674MW as of June 30, 2025: a stock at that month (P8)
        elif (metric in CAPACITY_METRICS or metric == "accelerator_count") and \
                (now := self.stated_now(sent, m, period)) is not None:
            # 截至目前,全省部署智算芯片10.17万张; 目前,贵州总算力规模为31.76EFLOPS in a page of 2024-05-14: a stock stated as it
            # is now, at the month the page is dated to (P8), not the year 目前 names
            period, basis = now, "actual"
        elif period is None and metric in CAPACITY_METRICS and basis == "actual" and (dated := self.stock_month()) is not None:
            period = dated  # 全省总算力超6000PF in a page of 2024-09-24: a stock at the month it is dated to (P8)
        elif period is None and (dated := self.held_now(metric, max(clause_lo, m.start - 40), m.start)) is not None:
            period = dated  # (now houses over 100,000 GPUs)
            basis = "actual"
        each = self.each_of(sent, m) if metric in COMPANY_METRICS and (entity is not None or d.entities.before(
            sent[0], m.start, lambda x: x.type != "model") is not None) else []
        whom: list[str | None] = list(each) if each else [entity]
        # Google, Amazon, Oracle, and China's Tencent, tied with 50,000 GPUs purchased each: one figure for
        # every company of the list, kept side by side (_Candidate.member)
        self.cur_purpose = self.cur_purpose or bool(each)
        for who in whom:
            self.emit(dec, score, metric=metric, value=m.value, low=m.low, high=m.high, unit=unit, period=period,
                      region=region, entity=who, item=item, basis=basis, qualifier=m.qualifier,
                      quote=self.quote(q_lo, m.end))
        return _Value(metric, kind, period, region, entity, item, basis, [], m.end, unit, base=of_base and move is None)

    def share_list_holder(self, m: Mention) -> str | None:
        """The company a list line of market shares opens with (- 华为:28.6%), where the line introducing the list
        speaks of market share (市占率, market share); None otherwise."""
        d = self.d
        text = d.text
        line_lo = _short_line_start(text, m.start)
        if line_lo is None:
            return None
        head = d.companies.after(line_lo, m.start, lambda x: x.type != "model")
        if head is None or LIST_LINE.match(text, line_lo) is None or \
                not re.fullmatch(r"[ \t]*(?:[-•*·][ \t]*)?", text[line_lo : head.start]) or \
                not re.fullmatch(r"[ \t]*[:：][ \t]*", text[head.end : m.start]):
            return None
        intro = self.list_intro_span(m.start)
        return str(head.name) if intro is not None and d.kw.any("market_share", *intro) else None

    def list_intro_span(self, pos: int) -> tuple[int, int] | None:
        """The line ending in a colon that introduces the list whose line holds ``pos``: every line between is one of
        that list ("Label: …"), at most LIST_INTRO_REACH characters back; None where there is none."""
        text = self.d.text
        line_lo = _short_line_start(text, pos)
        if line_lo is None or LIST_LINE.match(text, line_lo) is None:
            return None
        bound = max(0, line_lo - LIST_INTRO_REACH - LIST_LINE_REACH)  # (a bounded look back, however long the lines)
        at = line_lo
        while at > bound and line_lo - at <= LIST_INTRO_REACH:
            prev_lo = max(text.rfind("\n", bound, at - 1) + 1, bound)
            line = text[prev_lo : at - 1]
            if not line.strip():
                at = prev_lo
                continue
            if line.rstrip().endswith((":", "：")) or LIST_ANNOUNCED.search(line, max(0, len(line) - LIST_ANNOUNCED_REACH)):
                return prev_lo, at - 1
            if LIST_LINE.match(line) is None:
                return None
            at = prev_lo
        return None

    def list_intro_metric(self, pos: int) -> str | None:
        """The money metric a line ending in a colon names when the amount at ``pos`` is on a line of the
        list it introduces (Sales for the third quarter were as follows: ¶ North America: $95.5 billion ¶
        AWS: $27.5 billion): every line between is one of that list ("Label: …"), at most LIST_INTRO_REACH
        characters back."""
        text = self.d.text
        line_lo = _short_line_start(text, pos)
        if line_lo is None:
            return None  # (nor is a long line one right after a colon)
        if LIST_LINE.match(text, line_lo) is None:
            # (…of 2026 capital spending. By company: ¶ Amazon ~$200bn, Microsoft ~$190bn: a run-in list on the line
            # right after the colon; the line before read back a bounded way, however long it is)
            bound = max(0, line_lo - 1 - LIST_LINE_REACH)
            prev_lo = max(text.rfind("\n", bound, max(0, line_lo - 1)) + 1, bound)
            if line_lo == 0 or not text[prev_lo : line_lo - 1].rstrip().endswith((":", "：")) or \
                    self.d.companies.after(line_lo, line_lo + 40, lambda x: x.start == line_lo) is None:
                return None  # (a list of companies' figures, not a line broken after 预期:)
            return self.colon_line_metric(prev_lo, line_lo - 1)
        # (a line ending with its colon introduces, whatever colon it holds before: Google TPUs: A Fast-Emerging
        # Alternative … The AI accelerator market has exploded … Market estimates show rapid growth:)
        intro = self.list_intro_span(pos)
        return self.colon_line_metric(*intro) if intro is not None else None

    def bracketed_demand_share(self, m: Mention, sent: tuple[int, int]) -> str | None:
        """The company a rate is bracketed right after (Microsoft (20.2%), 微软(20.2%)) in a sentence about demand, where no
        market share is spoken of: the buyer whose part of the demand the rate is; else None."""
        d = self.d
        text = d.text
        if m.start == 0 or text[m.start - 1] not in "(（" or text[m.end : m.end + 1] not in (")", "）"):
            return None
        named = d.companies.before(max(sent[0], m.start - 24), m.start - 1, lambda x: x.end >= m.start - 2)
        if named is None or DEMAND_WORD.search(text, sent[0], sent[1]) is None or \
                self.cue_in("market_share", sent[0], sent[1]):
            return None
        return str(named.name)

    def list_intro_growth(self, m: Mention, sent: tuple[int, int], lo: int) -> str | None:
        """The money metric of the line ending in a colon that introduces the list whose line holds the rate ``m``, when
        the rate's line names no metric of its own before it (华尔街分析师已经连续三年严重低估了 AI 基础设施支出: ¶ - 2025
        年:预期增长 22%,实际增长 64%): each line's growth is of what the list is about; else None."""
        if self.of_keyword(lo, m.start) is not None or self.d.kw.last("money", sent[0], m.start) is not None:
            return None
        return self.list_line_metric(m.start)

    def list_line_metric(self, pos: int) -> str | None:
        """:meth:`list_intro_metric` for the amount or rate at ``pos`` on a line of the list, a revenue line labelled with the
        data centre its data-centre revenue (a breakdown of revenue by category: ¶ - Data Center and AI: $3.9 billion, as a
        results table's row: LABELLING.md metric table)."""
        metric = self.list_intro_metric(pos)
        if metric == "revenue" and (line_lo := _short_line_start(self.d.text, pos)) is not None and \
                (label := LIST_LINE.match(self.d.text, line_lo)) is not None and DATA_CENTER_ROW.search(label.group()) is not None:
            return "datacenter_revenue"
        return metric

    def colon_line_metric(self, lo: int, hi: int) -> str | None:
        """The company or market money metric the line ``lo:hi`` that introduces a list names last, else None (The
        AI accelerator market has exploded … Market estimates show rapid growth: ¶ Year 2023: $53–54 billion)."""
        h = self.d.kw.last("money", lo, hi)
        if h is not None and h.label == GENERIC_MARKET:
            return self.generic_market(h.start)
        if h is not None and h.label == "ai_server_market_size" and INFRA_SPENDING.fullmatch(h.word) is not None and \
                self.spender_before(h.start):
            return "capex"  # (低估了 AI 基础设施支出: on a page of companies' capex, theirs)
        return str(h.label) if h is not None and (h.label in COMPANY_METRICS or h.label in MARKET_METRICS) else None

    def names_nothing_shipped(self, pos: int) -> bool:
        """The sentence of ``pos`` names no product, part of one, company or line outside compute (what its counts are
        of is the page's)."""
        d = self.d
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        sent = d.sentences[i] if i >= 0 else (0, len(d.text))
        return d.items.after(sent[0], sent[1]) is None and d.companies.after(sent[0], sent[1]) is None and \
            not d.kw.any("non_compute", sent[0], sent[1]) and not d.kw.any("component", sent[0], sent[1])

    def shipments_named_before(self, sent: tuple[int, int]) -> bool:
        """The sentence right before ``sent`` in its paragraph names shipments and counts nothing, and ``sent`` names
        no counted metric of its own: its counts go on about what was shipped."""
        d = self.d
        prev = next(self.earlier_sentences(sent, 1), None)
        if prev is None or d.kw.any("count", sent[0], sent[1]):
            return False
        lo, hi = d.sentences[prev]
        if not d.kw.any("count.shipments", lo, hi):
            return False
        i = bisect.bisect_left(self.decisions, lo, key=lambda x: x.start)
        for dec in self.decisions[i : i + 64]:  # (a bounded look: the sentence before is short, or this is no such case)
            if dec.start >= hi:
                return True
            if dec.unit == "units":
                return False  # (the sentence before counted something itself)
        return False

    def carried_metric(self, kind: str, sent: tuple[int, int], pos: int, value: float) -> str | None:
        """The metric of the previous sentence's value of this kind, when this sentence goes on about
        it: same paragraph, a value of the same order (within 100×: not a share price after a capex),
        and it names another company or says 也/亦/also."""
        last = self.last_value.get(kind)
        d = self.d
        if last is not None and last[1] < sent[0] and pos - last[1] <= EXPECTED_REACH and \
                last[2] / 2 <= abs(value) <= last[2] * 2 and self.other_statement_in(sent[0], pos) and \
                not self.cue_in("respectively", sent[0], sent[1]):  # (…of $110 billion and $150 billion, respectively)
            # revenue of $57 billion, up 62% year-over-year. This beat the analysts' estimates of $54.9 billion;
            # capex to hit $75 billion. ¶ That is more than Wall Street expected at $58bn: the market's
            # expectation of the figure just stated (within 2×: an expectation misses by less)
            return last[0]
        if last is not None and last[0] in MARKET_METRICS and last[1] < sent[0] and last[1] >= self.para_start(pos) and \
                last[2] / 20 <= abs(value) <= last[2] * 20 and (  # (a decade's forecast spans 10× and more)
                    FORECASTER_OPENS.match(d.text, sent[0]) is not None or
                    FORECASTER_SIZES_IT.search(d.text, sent[0], pos) is not None):
            # Market.us estimates that the GPU market could grow … to $183 billion in 2034. Precedence Research
            # places it at $21.77 billion in 2025 …: another house's figure for the market the paragraph sizes
            return last[0]
        if last is not None and pos - last[1] <= TOTAL_REACH and \
                (total := THE_TOTAL.search(d.text, max(sent[0], last[1], pos - 80), pos)) is not None and \
                not re.search(r"\bof $", d.text[max(sent[0], total.start() - 3) : total.start()], re.I) and \
                last[2] / 10 <= abs(value) <= last[2] * 10:
            # …reaching $71 billion. The total of $71 billion is up from …, with the total forecast in
            # 2025 expected to reach nearly $92 billion: "the total" points back at the figure before
            return last[0]
        if last is not None and sent[0] - last[1] <= RANK_REACH and last[1] < sent[0] and \
                RANK_OPENER.match(d.text, sent[0]) and last[2] / 10 <= abs(value) <= last[2] * 10:
            # 史上前五大单月营收第一名是2025年10月的3674.7亿元。\n\n第二名是2025年4月的3495.7亿元: a ranking
            # goes on in the next sentences and paragraphs, each opening with its rank
            return last[0]
        if last is not None and last[1] < sent[0] and sent[0] - last[1] <= SERIES_REACH and \
                last[2] / 10 <= abs(value) <= last[2] * 10 and SERIES_STEP.search(d.text, max(sent[0], pos - 24), pos) and \
                d.periods.before(sent[0], pos, lambda q: bool(q.period) and q.kind in ("year", "quarter", "half", "fiscal", "relative")) \
                is not None and d.kw.last("money", sent[0], pos) is None and d.kw.last("flops", sent[0], pos) is None:
            # 2024年底提升至16 Petaflops。2025年达到100 Petaflops，并在2028年超越200 Petaflops; 2020年资本开支……。到
            # 2021年则进一步飙升至1140亿元: a series goes on in a later period, the verb of its step before the figure
            return last[0]
        if kind == "W" and last is not None and last[0] == "datacenter_power" and last[1] < sent[0] and \
                last[1] >= self.para_start(pos) and pos - last[1] <= POWER_CARRY_REACH:
            # Global data center capacity is expected to rise … to 219 gigawatts by 2030. AI workloads alone are projected to
            # expand from 44 GW to 156 GW over that period: a paragraph about data centres' power goes on counting it (power
            # generated is vetoed on its own: lexicons/cues.toml [power_generation])
            return last[0]
        para = self.para_start(pos)
        if last is not None and kind == "money" and para > 0 and self.para_before_start(pos) <= last[1] < para and \
                last[2] / 10 <= abs(value) <= last[2] * 10 and self.company_before(sent, pos) and \
                sent[0] > para and d.kw.last("money", para, pos) is None and \
                bisect.bisect_left(self.mention_starts, para) == bisect.bisect_left(self.mention_starts, sent[0]) and \
                not d.kw.any("out_of_scope", sent[0], sent[1]) and not self.cue_in("respectively", sent[0], sent[1]):
            # … puts their combined 2026 capex at approximately $830 billion. ¶ The individual company numbers are equally
            # striking. AWS exceeds $230 billion: a paragraph that opens naming no metric and no amount, its companies'
            # amounts, goes on with the metric of the paragraph before
            return last[0]
        if last is None or last[1] < self.para_start(pos) or last[1] >= sent[0]:
            return None
        if last[2] / 10 <= abs(value) <= last[2] * 10 and \
                FORECAST_GOES_ON.search(d.text, max(sent[0], pos - FORECAST_GOES_ON_REACH), pos) is not None and \
                d.kw.last("money", sent[0], pos) is None and not d.kw.any("out_of_scope", sent[0], sent[1]) and \
                sent[0] - last[1] <= SERIES_REACH and not self.cue_in("respectively", sent[0], sent[1]) and \
                not self.other_statement_in(sent[0], pos):  # (not the Street's expectations of $110 billion and $150 billion)
            # For the current quarter the company forecast revenue from $13.9 billion to $14.1 billion. The company raised its
            # projections for the fiscal year by almost $1 billion, to between $56 billion and $56.5 billion; It now expects
            # $5B+ in 2025: a forecast naming no metric goes on with the one the paragraph's last amount is of
            return last[0]
        if not (last[2] / 100 <= abs(value) <= last[2] * 100):
            return None
        named = self.company_before(sent, pos)
        if named or self.cue_in("also", sent[0], pos):
            return last[0]
        return None

    def server_market_counted_in(self, m: Mention, clause_lo: int) -> str | None:
        """For a server kind's share whose clause names no measure (no shipments, revenue, spending, size): ``shipments``
        where the page has stated only counts of units shipped before it, the server market's money metric where it has
        stated only that market's size (in money: the server or the AI-server market); None where the clause names its
        measure, or the page has stated both measures or neither."""
        if MEASURE_WORD.search(self.d.text, clause_lo, min(len(self.d.text), m.end + 12)) is not None:
            return None
        counted = "shipments" in self.metrics_seen
        sized = [x for x in ("server_market_size", "ai_server_market_size") if x in self.metrics_seen]
        if counted == bool(sized) or len(sized) > 1:
            return None  # (a page that states both measures, or neither, or both markets' sizes, leaves it to the words)
        return "shipments" if counted else sized[0]

    def capex_running(self, sent: tuple[int, int], m: Mention) -> bool:
        """The text goes on about capital spending at ``m``: the last amount before its sentence is capex, in its paragraph
        or the one before, within 10× of it, and a company is named in the sentence before ``m``."""
        last = self.last_value.get("money")
        return last is not None and last[0] == "capex" and last[1] < sent[0] and \
            last[1] >= self.para_before_start(m.start) and last[2] / 10 <= abs(m.value) <= last[2] * 10 and \
            self.company_before(sent, m.start) and SPENT_ON_AFTER.match(self.d.text, m.end) is None

    def move_span(self, sent: tuple[int, int], from_at: int, m: Mention) -> tuple[str, str] | None:
        """The (first, last) years of a span of years the sentence names before a move (From 2022 to 2024, …
        from $20M to $1.9B; 2022年至2024年,营收从1亿元增长至5亿元), when no other period stands between the span
        and ``m``; else None."""
        d = self.d
        sp = d.periods.before(sent[0], from_at, lambda p: p.kind == "span" and bool(p.period))
        if sp is None or YEAR_SPAN.fullmatch(str(sp.period)) is None or \
                d.periods.after(sp.end, m.start, lambda p: bool(p.period)) is not None:
            return None
        a, b = str(sp.period).split("-")
        return a, b

    def move_role(self, lo: int, m: Mention, sent: tuple[int, int]) -> tuple[str, int] | None:
        """("from", at) for A of ``从A提升至B`` / ``from A to B``; ("to", at of the from-word) for B."""
        text = self.d.text
        local = text[lo : m.start]
        fb = FROM_BEFORE.search(local)
        if fb is not None and TO_AFTER.match(text[m.end : m.end + 12]):
            return "from", lo + fb.start()
        # (从今年的1,500亿元，调升至1,600亿元: the move's "to" in the next clause, after its comma, where the from-word
        # opens the clause right before)
        comma = local[:1] == "," and TRANSITION_TO.match(local[1:].lstrip()) is not None
        if comma or TRANSITION_TO.match(local):
            head = text[max(sent[0], m.start - 60) : lo]
            froms = [f.start() for f in re.finditer(r"从|由|\bfrom\b", head, re.I)]
            i = self.cur_index
            # (从第二季度的约4300台增至约8300台,预计第四季度将进一步环比增长至13000-14000台: two amounts since the from-word, its
            # move has ended before this one)
            ended = 1 < i < len(self.cur_mentions) and self.cur_mentions[i] is m and froms and \
                self.cur_mentions[i - 2].start >= max(sent[0], m.start - 60) + froms[-1]
            if froms and not ended and not (comma and CLAUSE_COMMA.search(head, froms[-1]) is not None):
                return "to", max(sent[0], m.start - 60) + froms[-1]
        return None

    def site_owner(self, sent: tuple[int, int], m: Mention) -> str | None:
        """The operator whose site holds the capacity ``m``: the document's subject, when it is an
        operator and the sentence speaks of a site (数据中心, 智算中心, 集群, 项目 …; or the paragraph
        of an AI computing centre) and names no company or place of its own before ``m``."""
        d = self.d
        operators = {o.name for o in d.operators.items}
        # (a tender page's subject is its buyer: the operator its head names, not the chip maker it names most)
        owner = next((o for o in (d.doc_entity, d.head_entity, d.doc_buyer if d.kind == "tender" else None)
                      if o in operators), None)
        if owner is None:
            return None
        if not (FACILITY.search(d.text, max(sent[0], m.start - SITE_REACH), m.start) or self.cue_in(
                "ai_centre", max(self.para_start(m.start), m.start - AI_CENTRE_REACH), m.start)):
            return None
        if self.company_before(sent, m.start) or \
                d.regions.before(sent[0], m.start, lambda r: self.region_scope(r) and not self.site_location(r)) is not None:
            return None  # (not the place a site stands in: … data center in Hohhot, Inner Mongolia, with … 670 TFLOPS)
        return owner

    def last_rate_before(self, sent: tuple[int, int], most: int) -> Decision | None:
        """The sentence's last rate that became facts, among the ``most`` quantities before the current one."""
        for back in range(2, most + 2):
            if back > len(self.decisions):
                return None
            x = self.decisions[-back]
            if x.end < sent[0]:
                return None
            if x.unit == "%":
                return x if x.facts else None
        return None

    def listed_rate_period(self, prev: Decision, m: Mention, sent: tuple[int, int]) -> str | None:
        """The period named right after ``m`` where ``m`` is the next item of a list of growth rates (or shares) each
        followed by its own period (7.9 per cent in January, 15.8 per cent in February and 34.3 per cent in March),
        ``prev`` the item before; else None."""
        d, text = self.d, self.d.text
        if not prev.facts or prev.unit != "%" or not sent[0] <= prev.end <= m.start or m.start - prev.end > LISTED_RATE_REACH \
                or not all(f.metric in ("yoy_growth", "share", "market_share") and f.period for f in prev.facts):
            return None  # (a share's too: to nearly 50% last year and 67.5% this year)
        before = d.periods.after(prev.end, m.start)
        if before is None or RATE_PERIOD_GAP.fullmatch(text, prev.end, before.start) is None or \
                LISTED_RATE_GAP.fullmatch(text, before.end, m.start) is None:
            return None
        own = d.periods.after(m.end, min(sent[1], m.end + 24))
        if own is None or not own.period or own.kind != before.kind or own.period == before.period or \
                RATE_PERIOD_GAP.fullmatch(text, m.end, own.start) is None:
            return None
        return str(own.period)

    def parallel_year(self, prev: Decision, m: Mention, sent: tuple[int, int], clause_lo: int) -> str | None:
        """The year a clause opens with, when the clause before it in the sentence ended on a growth rate
        of another year (``prev``) and this one names no metric, share, subject or other change of its own
        before ``m`` (a topic carried over, as Chinese writes parallel clauses: 2024年增长7.6%,2025年超过9%)."""
        d = self.d
        text = d.text
        if not prev.facts or prev.unit != "%" or not sent[0] <= prev.end < clause_lo <= m.start or \
                not all(f.metric == "yoy_growth" and (f.period is None or f.period.isdigit()) for f in prev.facts) or \
                not PARALLEL_CLAUSE_GAP.fullmatch(text, prev.end, clause_lo):
            return None
        # (a year; or a quarter after a rate of a year or of a span with no period of the contract: 2025年前三季度……同比增长超
        # 150%,第三季度单季同比增长逾2.1倍)
        p = d.periods.after(clause_lo, m.start, lambda q: bool(q.period) and (
            (q.kind == "year" and str(q.period).isdigit()) or
            (q.kind in ("quarter", "half") and _calendar_part(str(q.period)))))
        if p is None or p.start - clause_lo > 1 or any(f.period == p.period for f in prev.facts) or \
                d.periods.after(p.end, m.start) is not None or self.of_keyword(p.end, m.start) is not None or \
                self.cue_in("share", clause_lo, m.start) or self.cue_in("qoq", clause_lo, m.start) or \
                self.cue_in("cagr", clause_lo, m.start) or d.entities.after(clause_lo, m.start) is not None or \
                d.regions.after(clause_lo, m.start) is not None:
            return None
        return str(p.period)

    def rate_base_period(self, prev_end: int, m: Mention) -> str | None:
        """The period of a rate that a rate just before it is compared with (…+70%, up from 58.8% in
        24Q2; versus 41% in the prior quarter): stated right after it; None when no period is."""
        if not RATE_BASE_GAP.fullmatch(self.d.text, prev_end, m.start):
            return None
        if YEAR_EARLIER_AFTER.match(self.d.text, m.end):
            return YEAR_AGO
        if QUARTER_EARLIER_AFTER.match(self.d.text, m.end):
            return QUARTER_BEFORE
        p = self.d.periods.after(m.end, min(len(self.d.text), m.end + 24))
        if p is None or not p.period:
            return None
        # (the preposition outside the period's words, or inside them: up from 65% in 2023 reads `in 2023` as the period)
        gap = RATE_BASE_PERIOD_GAP.match(self.d.text, m.end)
        if gap is None or not (gap.end() == p.start or (p.start < gap.end() <= p.end and self.d.text[m.end : p.start].isspace())):
            return None
        return p.period

    def level_past_change(self, sent: tuple[int, int]) -> Decision | None:
        """The decision on the level stated before the amount a figure moved by, where the rate being decided comes
        right after that amount in the same sentence (……为18.10亿元到20.10亿元,……将增加5.47亿元到7.47亿元,同比增长43.29%):
        else None."""
        if len(self.decisions) < 3:
            return None
        change, level = self.decisions[-2], self.decisions[-3]
        if not (change.reason or "").startswith(CHANGE_REASON) or change.facts or level.unit != change.unit or \
                not sent[0] <= level.end <= change.start:
            return None
        return level

    def compared_decision(self, kind: str) -> Decision | None:
        """The decision on the quantity a comparison base is compared with: the sentence's last one of
        the base's kind before it, over at most two rates between (operating income was $1 billion,
        or 29 percent of revenue, compared to $306 million)."""
        for back in range(1, 4):
            i = self.cur_index - back
            if i < 0 or len(self.decisions) <= back:
                return None
            k = _unit_kind(self.cur_mentions[i].unit)
            if k == kind and self.decisions[-1 - back].reason in (BAND_REASON, CONVERSION_REASON):
                # (187亿美元左右,上下浮动4亿美元,远超分析师预期的143.8亿美元: past the band, to its figure; RMB958.7 million
                # ($133.8 million) compared to RMB964.8 million: past the writer's conversion, to the amount converted)
                continue
            if k == kind:
                return self.decisions[-1 - back]
            if k != "%":
                return None
        return None

    def level_of_skipped_rate(self, m: Mention) -> bool:
        """``m`` is a rate's earlier level, a change in points right after it (比去年同期6.19%增加0.16个
        百分点), and the sentence's rate before it, over changes in points, was skipped as out of vocabulary."""
        i = self.cur_index
        ms = self.cur_mentions
        if not (0 <= i < len(ms) - 1 and ms[i] is m and ms[i + 1].unit == "pp"
                and POINTS_CHANGE_GAP.fullmatch(self.d.text, m.end, ms[i + 1].start)):
            return False
        for back in range(1, min(i, 4) + 1):
            if ms[i - back].unit == "pp":
                continue
            dec = self.decisions[-1 - back]
            return ms[i - back].unit == "%" and not dec.facts and str(dec.reason).startswith(OUT_OF_VOCABULARY)
        return False

    def comparison_base(self, lo: int, m: Mention) -> Hit | None:
        """The comparison cue right before ``m`` when ``m`` is the base a value is compared with
        (较上年同期的6476.53万元, 高于市场预估的460.6亿美元, up from $X a year ago)."""
        h = self.d.kw.last("comparison", max(lo, m.start - 40), m.start)
        if self.base_last is not None and (prev := self.mention_before(m)) is not None and self.base_last[0] == prev.end \
                and BASE_LIST_GAP.fullmatch(self.d.text, prev.end, m.start) is not None:
            self.base_last = (m.end, self.base_last[1])  # (up from $3.85 billion in Q3 FY2024 and $2.18 billion …)
            return self.base_last[1]
        h = self._comparison_cue(h, m)
        self.base_last = (m.end, h) if h is not None else None
        return h

    def _comparison_cue(self, h: Hit | None, m: Mention) -> Hit | None:
        gap = self.d.text[h.end : m.start] if h is not None else ""
        if h is None or not _short_gap(MARKET_VOICE.sub("", YEAR_WORDS.sub("", gap)), 12) or (
                h.start < m.start - 20 and MARKET_VOICE.search(gap) is None):
            return None  # (较2024年的3189亿元, above Wall Street's $144 billion: the base's year or its author may stand between)
        if m.qualifier in ("<", ">", "<=", ">=") and gap.strip() == "" and BOUND_CUE.fullmatch(h.word) is not None and (
                (prev := self.mention_before(m)) is None or prev.end < self.sentence_start(m.start) or
                _unit_kind(prev.unit) != _unit_kind(m.unit)):
            # 预计2025年华为出货量略低于100万颗: the bound of the figure itself (its qualifier), not a base — no figure of the same
            # kind before it in its sentence is compared with it
            return None
        if (FROM_WORD.fullmatch(h.word) or (
                "同期" not in h.word and (MOVE_FROM_BEFORE.search(self.d.text, max(0, h.start - 4), h.start) or
                                        FROM_BEFORE_CUE_EN.search(self.d.text, max(0, h.start - 10), h.start)))) and (
                TO_AFTER.match(self.d.text[m.end : m.end + 12]) or TO_AFTER_RELATIVE.match(self.d.text, m.end) or (
                m.high is not None and RANGE_TO.search(self.d.text, m.start, m.end) is not None)):
            # (将从去年的34億美元擴增至49億美元: the cue 去年的 inside a move's from; 由去年同期的300.4億美元年增56%到
            # 467.4億美元 stays the base of a growth, a year back)
            # from A to B: the start of a move, not the base of a comparison; forecast revenue from $13.9 billion to $14.1
            # billion: a range the from opens
            return None
        return h

    def comparison_value(self, dec: Decision, m: Mention, base: Hit, metric: str | None, kind: str,
                         unit: str | None, sent: tuple[int, int], lo: int, clause_lo: int, clause_hi: int,
                         values: list[_Value]) -> _Value | None:
        """A comparison base is a figure of its own: the compared metric, for the period it names
        (上年同期 / a year ago: the same period a year earlier), with the compared value's keys."""
        d = self.d
        ref = next((v for v in itertools.islice(reversed(values), RECENT_VALUES) if v.unit_kind == kind), None)
        prev_m = self.mention_before(m)
        grown = self.previous_decision()
        if metric is None and ref is None and grown is not None and grown.facts and grown.unit == "%" and \
                sent[0] <= grown.end <= base.start and all(f.metric == "yoy_growth" and f.of for f in grown.facts) and \
                GROWTH_BASE_GAP.fullmatch(d.text, grown.end, base.start) is not None:
            # total sales jumped 37% from $6.81 billion a year ago: the base of the growth just stated, of its metric
            g = grown.facts[0]
            ref = _Value(str(g.of), kind, g.period, g.region, g.entity, g.item, g.basis, end=grown.end, unit=unit)
        compared = self.compared_decision(kind)
        if compared is not None and (ref is None or compared.end > ref.end) and not compared.facts and \
                compared.reason != RESTATED and (metric is None or str(compared.reason).startswith(OUT_OF_VOCABULARY)):
            # 第四季每股盈餘4.43元，高於去年同期4.31元: the compared figure was no fact, nor is its base
            dec.reason = "comparison base of a figure that is no fact (the amount before it was skipped)"
            return None
        if ref is not None and compared is not None and compared.end == ref.end and compared.facts and \
                (ref.period or "").startswith("FY") and not (compared.facts[0].period or "FY").startswith("FY"):
            # (Alibaba, Tencent and Baidu had combined capital expenditure of Rmb50bn ($7bn) in the first half, compared
            # with Rmb23bn a year earlier: the group's half was put back on the calendar, 2024H1, and so is its base)
            ref = dataclasses.replace(ref, period=compared.facts[0].period)
        if metric is None and ref is None:
            ref = self.pointed_back_value(sent, kind)  # That's up from $130 billion in 2025: of the amount before
        if metric is None and ref is not None:
            metric = ref.metric
        if metric is None and prev_m is not None and self.decisions[-2].reason == RESTATED and \
                (last := self.last_value.get(kind)) is not None:
            metric = last[0]  # The total of $71 billion is up from $53.6 billion in 2023: the restated figure's
        if metric is None:
            dec.reason = "comparison base with no metric (no keyword and no compared value before it)"
            return None
        tight = d.periods.after(m.end, min(len(d.text), m.end + 64))  # (in the second quarter of fiscal year 2025)
        if tight is not None and not (tight.period and BASE_PERIOD_GAP.fullmatch(d.text, m.end, tight.start)):
            tight = None
        own = tight or d.periods.before(base.start, m.start) or d.periods.before(
            max(0, base.start - 8), base.start, lambda q: q.end == base.start) or d.periods.after(
            m.end, min(self.clause_end(m.end, sent[1]), m.end + 16))  # ($5.35B in Q4 FY2024;) 2024年同期; up from $39.2 billion in 2024
        words = d.text[max(lo, base.start - 4) : m.start]
        # (超阿里同期的314亿元: another company named right before 同期, its own same period)
        peer = d.companies.before(max(lo, base.start - 12), base.start, lambda x: x.end == base.start and
                                  x.name != ref.entity) if ref is not None and base.word == "同期" else None
        if ref is not None and ref.period and QUARTER_LABEL.fullmatch(ref.period) and (
                re.search(r"上季|上一季|上个季度|前一季", words) or QUARTER_EARLIER_BEFORE.search(words) or
                QUARTER_EARLIER_AFTER.match(d.text, m.end)):
            # a 22% increase from $46.74 billion in the previous quarter; up 15% from the previous quarter's $26 billion
            period: str | None = previous_quarter(ref.period)
        elif ref is not None and YEAR_EARLIER_AFTER.match(d.text, m.end) and _shift_year(ref.period, -1) is not None:
            period = _shift_year(ref.period, -1)  # fell 11% from $25.04 billion in the year ago quarter
        elif own is not None and own.period:
            period = self.year_ago(own, m.end, sent) or own.period
            stated = re.fullmatch(r"(\d{4})(Q[1-4]|H[12])", ref.period or "") if ref is not None else None
            if own.start >= m.end and own.kind == "year" and period == own.period and stated and stated.group(1) != period:
                # increased by 22% to $38.3 billion (of Q2 2024) compared to $31.4 billion in 2023: that quarter
                # of the base's year
                period = f"{period}{stated.group(2)}"
        elif ref is not None and d.published is None and ref.basis in ("forecast", "target") and \
                re.fullmatch(r"\d{4}", ref.period or "") is not None and \
                THIS_YEAR_AFTER.match(d.text, m.end) is not None:
            # …capital expenditure plan for 2026 totals RMB 160 billion, up from about RMB 150 billion this year, on an undated
            # page: a plan for a year is made the year before it, the year "this year" names
            period = _shift_year(ref.period, -1)
        elif peer is not None and ref is not None:
            # 腾讯……Q4资本支出大增至370亿元,超阿里同期的314亿元: the same period of the company named before 同期 (emit puts
            # a calendar quarter in its company's fiscal calendar: Alibaba's October to December is FY2025Q3)
            period = ref.period
        elif ref is not None and (re.search(r"同期|去年|上年|前一年|上一年|year[- ]ago|a year ago|last year|prior year", words, re.I)
                                  or YEAR_EARLIER_AFTER.match(d.text, m.end)):  # (down from $5.9 billion a year earlier)
            period = _shift_year(ref.period, -1)
        elif ref is not None:
            period = ref.period
        else:
            period = self.period_for(m.start, m.end, sent, clause_lo, clause_hi)
        if own is None:
            period = self.held_now(metric, base.end, m.start) or period  # (a sharp increase from the current 120–130 megawatts)
        entity = ref.entity if ref is not None else None
        region = ref.region if ref is not None else None
        own_company = d.companies.before(base.end, m.start, lambda x: x.type != "model") \
            if ref is not None and metric in COMPANY_METRICS else None
        if own_company is None and peer is not None and metric in COMPANY_METRICS:
            own_company = peer
        if own_company is not None:
            entity = own_company.name  # 略高于广达的2兆1,236.89亿元: the other company's own figure
        if ref is None and metric in COMPANY_METRICS:
            entity = self.entity_for(metric, lo, m.start, m.end, sent, clause_lo, clause_hi)
        elif ref is None:
            region = self.region_for(lo, m.start, sent, clause_hi)
        if (buyer := self.buyer_named_after(metric, dec.end)) is not None:
            # …well above 224,000 chips bought by Meta: the other buyer the passive names after the base (its "above" the
            # comparison's, no bound of the figure)
            own_company, entity, region = buyer, str(buyer.name), None
            m = dataclasses.replace(m, qualifier=None) if m.qualifier in (">", ">=") and base.end <= m.start else m
        if entity is None and region is None and (metric not in COMPANY_METRICS or (
                metric == "datacenter_power" and not self.named_in_sentence(sent, m.start))):
            # Malaysia's operational data center capacity is forecast to rise from about 1,025 megawatts at the end of 2025
            # to …: a base of the power of a place, no company named, is of the place its sentence names (as value() keys the
            # figure it is compared with)
            reg = d.regions.before(sent[0], m.start) if metric == "datacenter_power" else None
            region = str(reg.name) if reg is not None else self.region_for(lo, m.start, sent, clause_hi)
        basis = "forecast" if re.search(r"预估|预期|预测|估计|expect|estimate|consensus|guidance", words, re.I) else "actual"
        if ref is not None and ref.basis in ("forecast", "target") and period == ref.period:
            basis = ref.basis  # raised its annual forecast to $36 billion, up from $33 billion: the earlier forecast
        self.cur_base = ref is not None and period == ref.period and peer is None and own_company is None and \
            MOVED_FROM_BASE.fullmatch(base.word) is not None and MOVED_FROM_GAP.fullmatch(d.text, base.end, m.start) is not None
        if m.is_list and ref is not None and len(ref.periods) == len(m.values) and period == ref.period:
            # ~5mn/~7mn TPUs to be produced in ’27/’28, up from ~3mn/3.2mn previously: a list compared with a list is of
            # its periods, one by one
            for val, per in zip(m.values, ref.periods, strict=True):
                self.emit(dec, 0.6, metric=metric, value=val, unit=unit, period=per, region=region, entity=entity,
                          item=ref.item, basis=basis, qualifier=m.qualifier,
                          quote=self.quote(self.quote_start(clause_lo, base.start, m.start), m.end))
            self.cur_base = False
            return None
        self.emit(dec, 0.6, metric=metric, value=m.value, low=m.low, high=m.high, unit=unit, period=period,
                  region=region, entity=entity, item=ref.item if ref is not None else None, basis=basis,
                  qualifier=m.qualifier, quote=self.quote(self.quote_start(clause_lo, base.start, m.start), m.end))
        self.cur_base = False
        if own_company is not None and dec.facts:
            # (…的2兆1,236.89亿元、年增50.54%: the other company's growth follows its figure)
            return _Value(metric, kind, period, region, entity, ref.item if ref is not None else None, basis,
                          end=m.end, unit=unit)
        return None

    def value_shipped(self, m: Mention, clause_lo: int) -> str | None:
        """The item an amount is the value of, shipped or sold: ``$5.6 billion worth of AI servers``,
        ``its AI server shipments are expected to reach $25 billion``; None otherwise."""
        d = self.d
        # (Dell shipped $3.1 billion of AI-optimized servers: "of" alone after a verb of selling right before the amount)
        worth = WORTH_OF.match(d.text, m.end) or (
            OF_BEFORE_ITEM.match(d.text, m.end) if SOLD_VERB_RIGHT_BEFORE.search(d.text, max(clause_lo, m.start - 12), m.start)
            else None)
        if worth is not None and SOLD_VERB.search(d.text, max(clause_lo, m.start - 40), m.start):
            it = d.items.after(worth.end(), worth.end() + 40)
            return str(it.name) if it is not None and it.start == worth.end() else None
        if (of := OF_BEFORE_ITEM.match(d.text, m.end)) is not None and \
                (it := d.items.after(of.end(), of.end() + 40)) is not None and it.start == of.end() and \
                SOLD_AFTER_ITEM.match(d.text, it.end) is not None:
            return str(it.name)  # $405bn of servers will be sold in 2025: the value of the item sold
        if SHIPPED_AFTER.match(d.text, m.end) is not None:
            # AI servers led the charge, with $8.2 billion shipped in the quarter; a $20B shipment
            # target: the value of the item its sentence names before it
            it = d.items.before(self.sentence_start(m.start), m.start, self.not_aside)
            return str(it.name) if it is not None and it.name in ITEM_MARKET else None
        h = d.kw.last("count", max(clause_lo, m.start - 60), m.start)
        if h is None or h.label != "shipments" or not SHIPMENTS_REACH.fullmatch(d.text, h.end, m.start):
            return None
        it = d.items.before(max(clause_lo, h.start - KEYWORD_ITEM_REACH), h.start)
        return str(it.name) if it is not None and d.text[it.end : h.start].strip() == "" else None

    def item_follows(self, m: Mention) -> bool:
        """What the amount buys is named right after it (191亿元的AI训练服务器, 50亿元的推理服务器)."""
        it = self.d.items.after(m.end, m.end + 16)
        return it is not None and ITEM_GAP.fullmatch(self.d.text[m.end : it.start]) is not None

    def bracketed_place(self, m: Mention) -> str | None:
        """The place a share stands in a bracket right after (中国市场(占23%), 亚太地区(16%)): its code, "" for a place with no
        code; None where the share is in no such bracket."""
        named = self.bracketed_place_named(m)
        return named[1] if named is not None else None

    def bracketed_place_named(self, m: Mention) -> tuple[NameMention, str] | None:
        """For :meth:`bracketed_place`: the place's mention and its code ("" for a place with no code), or None."""
        d = self.d
        gap = PLACE_BRACKET_BEFORE.search(d.text, max(0, m.start - PLACE_BRACKET_REACH), m.start)
        if gap is None:
            return None
        # (the place ends where the gap starts, or at its bracket when the place's name holds the gap's word: 亚太地区)
        ends = {gap.start(), d.text.rfind("(", gap.start(), m.start), d.text.rfind("（", gap.start(), m.start)}
        hi = max(ends)
        coded = d.regions.before(max(0, hi - 2 * PLACE_BRACKET_REACH), hi)
        uncoded = d.uncoded.before(max(0, hi - 2 * PLACE_BRACKET_REACH), hi)
        if uncoded is not None and uncoded.end in ends and (coded is None or coded.end not in ends or uncoded.start <= coded.start):
            return uncoded, ""
        if coded is not None and coded.end in ends:
            return coded, str(coded.name)
        return None

    def declared_at(self, end: int) -> str | None:
        """The currency a declaration for the figures below names right after the amount ending at ``end`` (19.1億元(美元‧
        下同)): that figure's too."""
        i = bisect.bisect_left(self.declared_starts, end)
        if i < len(self.declared_starts) and self.declared_starts[i] - end <= 1:
            return self.declared[i][1]
        return None

    def yuan_at(self, pos: int) -> str | None:
        """The currency a bare 元 (or an amount with its currency left out) at ``pos`` is in: the last one
        the page declared before it for the figures below (3﹒37億(美元.下同)……收入157﹒21億元: US dollars),
        else the page's home country's (YUAN_OF); None where neither says."""
        i = bisect.bisect_right(self.declared, (pos, "\uffff")) - 1
        if i >= 0:
            return self.declared[i][1]
        return YUAN_OF.get(self.d.yuan_home or "")

    def paragraph_currency(self, pos: int) -> str | None:
        """The currency of the amount nearest before ``pos`` in its paragraph whose currency the text states, else of the
        first such after it in the paragraph (Meta預估資本支出將落在 1150 至 1350億 之間 … 1,099億美元: US dollars); None
        where the paragraph states none (two bisections: linear over a document)."""
        lo = self.para_start(pos)
        i = bisect.bisect_right(self.d.paragraphs, pos)
        hi = self.d.paragraphs[i] if i < len(self.d.paragraphs) else len(self.d.text)
        j = bisect.bisect_left(self.money_at, (pos, ""))
        if j > 0 and self.money_at[j - 1][0] >= lo:
            return self.money_at[j - 1][1]
        if j < len(self.money_at) and self.money_at[j][0] < hi:
            return self.money_at[j][1]
        return None

    def sentence_currency(self, sent: tuple[int, int]) -> str:
        """The currency of a unit price written without one (单价198万): that of the sentence's
        amounts, as the number scan read them; else the document language's usual one."""
        for x in self.cur_mentions:
            if x.start >= sent[0] and x.end <= sent[1] and _unit_kind(x.unit) == "money":
                return str(x.unit)
        return "CNY" if self.d.zh else "USD"

    def count_word_reached(self, m: Mention, sent: tuple[int, int]) -> str | None:
        """The count metric of a bare scaled number (no currency, no counter) that a count word
        before it reaches: shipments for a shipment or demand word (a buyer's demand in units is
        what is shipped to it: LABELLING.md metric table) or a chip noun with a year or growth on the
        way (chips a year), else accelerator_count for a chip noun.
        Between them only words of a level (超过, 约, increased to), a year and a growth on the way
        (AI ASIC芯片2025年预计同比增长40%至约400万); not before "of" or a per-unit slash."""
        d = self.d
        lo = max(sent[0], m.start - COUNT_LEVEL_REACH)
        hits = [h for h in (d.kw.last("count.shipments", lo, m.start), d.kw.last("count.demand", lo, m.start),
                            d.kw.last("count.accelerator_count", lo, m.start)) if h is not None]
        if not hits or COUNT_UNIT_AFTER.match(d.text, m.end):
            return None
        nearest = max(hits, key=lambda h: h.end)
        raw = d.text[nearest.end : m.start]
        gap = COUNT_LEVEL_SKIP.sub("", raw)
        if not (gap.strip(" :：") == "" or COUNT_LEVEL_GAP.fullmatch(gap)) or COUNT_CHANGE.search(gap):
            return None  # (AMD高端GPU预测下调约10万, 需求与生产量之间存在约90万: a change or a gap, no level)
        if gap.rstrip(" ~≈>＞").endswith("in the") and RANGE_AFTER.match(d.text, m.end) is None:
            return None  # (in the ~4.2 million range, not in the 4 million of …)
        if d.kw.any("non_compute", max(sent[0], nearest.start - 24), min(sent[1], m.end + 16)):
            return None  # 2026年AI眼鏡出貨950萬: a product outside compute
        if SALES_WORD.search(raw) is not None:
            return "shipments"  # (NVDA GPU silicon sales (~850k): the chips sold, counted)
        if all(h.group == "count.accelerator_count" for h in hits) and gap == raw:
            if m.value >= YI and YI_WORD.search(d.text, m.start, m.end) is not None:
                return None  # (华为鲲鹏22年120亿,昇腾10亿: hundreds of millions of chips no one holds; yuan with 元 left out)
            return "accelerator_count"  # GPU数量达10万: the chips there are
        return "shipments"  # (AI ASIC芯片2025年……至约400万: chips a year, what is shipped)

    def shipments_page(self) -> bool:
        """The document's title names shipments, deliveries or output (出货, 交付, 产出, shipments): read once."""
        if self.shipments_title is None:
            self.shipments_title = self.d.kw.any("count.shipments", 0, title_end(self.d.text))
        return self.shipments_title

    def servers_page(self) -> bool:
        """The document's title names servers (伺服器, AI servers) and no product outside compute: read once."""
        if self.servers_title is None:
            end = title_end(self.d.text)
            self.servers_title = self.d.items.before(0, end, lambda x: x.name in ("server", "ai_server")) is not None and \
                not self.d.kw.any("non_compute", 0, end)
        return self.servers_title

    def count_metric(self, m: Mention, lo: int, sent: tuple[int, int], clause_hi: int) -> str | None:
        d = self.d
        self.count_outside = False
        if m.end - m.start > 4 and YEAR_COUNT.fullmatch(d.text, m.start, m.start + 5):
            return None  # (TrendForce adds that 2024 AI servers represent …: a year before a noun)
        if m.count_word in ("台", "柜", "架") and RACK_ORDER_AFTER.match(d.text, m.end) is not None:
            # 大摩预期2026年有2.8万台NVL 72服务器机柜订单: servers or racks ordered from their makers, to be shipped
            return "shipments"
        h = d.kw.last("count.shipments", max(sent[0], m.start - 80), m.start)
        if h is not None and (outside := d.kw.last("non_compute", max(sent[0], h.start - NON_COMPUTE_COUNT_REACH), h.start)) \
                is not None and d.items.before(outside.end, m.start) is None:
            self.count_outside = True
            return None  # (英業達11月筆電出貨量為170萬台: units of a product outside compute, LABELLING.md O10)
        if (counted := d.kw.last("non_compute", max(sent[0], m.start - NON_COMPUTE_COUNT_REACH), m.start)) is not None and \
                d.items.before(counted.end, m.start) is None and d.kw.last("count", counted.end, m.start) is None:
            self.count_outside = True
            return None  # (低轨卫星在轨将达1.1万颗: the products counted, named right before the count, are outside compute)
        if h is not None:
            return "shipments"
        if m.count_word and (header := self.shipments_header(m)) is not None:
            # 芯片类型/系列预测出货量 (2025年)备注 ¶ Hopper 平台约 120 万颗: a row of a table whose header names shipments
            # (LABELLING.md P12), of the header's year where the row names none
            self.header_year, self.header_forecast = header
            return "shipments"
        h = d.kw.first("count.shipments", m.end, min(clause_hi, m.end + 40))
        if h is not None and NOT_YET_BEFORE.search(d.text, max(m.end, h.start - 3), h.start) is not None:
            h = None  # (剩余318台GPU系列服务器尚未交付: units not delivered are no shipments)
        if h is not None and m.count_word and (named := d.items.after(m.end, h.start)) is not None and \
                named.start == m.end and d.text[named.end : h.start] in ("的", ""):
            return "shipments"  # 60萬至70萬顆AI芯片的產出: the chips counted, named, then their output (a maker's shipments)
        if h is not None and SHIPPED_GAP.fullmatch(d.text, m.end, h.start) and (
                m.count_word not in ("", "units") or (m.count_word == "units" and h.start - m.end <= 1)):
            # about 200,000 AI servers will be shipped to cloud service providers; half a million units sold
            return "shipments"
        if h is not None and m.count_word and SHIPPED_CLAUSE_GAP.fullmatch(d.text, m.end, h.start) is not None:
            return "shipments"  # the ~100k units that we think shipped to these customers: a relative clause saying so
        dem = d.kw.last("count.demand", max(sent[0], m.start - 56), m.start)
        if dem is not None and DEMAND_GAP.fullmatch(d.text, dem.end, m.start):
            # Meta对AI伺服器的需求约为4.5万台: the units shipped to meet a buyer's demand, keyed by the
            # buyer named before the demand word
            buyer = d.entities.before(sent[0], dem.start, lambda x: x.type != "model" and self.not_vendor(x))
            if buyer is not None and MAKER_PLATFORM_AFTER.match(d.text, buyer.end) is not None:
                buyer = None  # (英伟达平台的AI服务器机柜需求: the maker's platform, demanded by the market, not a buyer)
            self.demand_buyer = str(buyer.name) if buyer is not None and not self.listed(buyer) else None
            return "shipments"
        if m.count_word and (dem_after := d.kw.first("count.demand", m.end, min(clause_hi, m.end + 8))) is not None and \
                DEMAND_AFTER_GAP.fullmatch(d.text, m.end, dem_after.start) is not None:
            # 明年(2026年)大约还有1万柜左右的需求: units counted as demand, the demand word after them (what is to be shipped)
            return "shipments"
        if dem is not None and len(self.decisions) >= 2 and (last := self.decisions[-2]).start >= sent[0] and \
                any(f.metric == "shipments" and f.entity for f in last.facts) and \
                (buyer := d.entities.before(max(sent[0], m.start - 16), m.start,
                                            lambda x: x.type != "model" and self.not_vendor(x))) is not None and \
                BUYER_COUNT_GAP.fullmatch(d.text, buyer.end, m.start) is not None:
            # AWS大约消耗6500柜GB200,谷歌约4500柜,微软约7100柜: the next buyer of a list of buyers' demands, its own count
            self.demand_buyer = str(buyer.name)
            return "shipments"
        if m.count_word in ("units", "台") and (mk := d.markets.before(sent[0], m.start)) is not None and \
                mk.name in ("ai_server_market_size", "server_market_size") and not self.cue_in("tender", sent[0], sent[1]):
            return "shipments"  # The global AI server market … is projected to exceed 1.6 million units: its shipments
        if d.kind == "market_report" and m.count_word in ("架", "柜", "台", "units", "racks") and \
                FORECAST_OF_BEFORE.search(d.text, max(sent[0], m.start - 80), m.start) is not None and \
                d.items.before(sent[0], m.start, lambda x: x.name in ("server", "ai_server")) is not None and \
                not self.cue_in("tender", sent[0], sent[1]) and \
                PRODUCTION_BEFORE.search(d.text, max(sent[0], m.start - 8), m.start) is None:
            # 我们对全机架AI服务器(例如由GB200、GB300等驱动)的预测维持不变,仍预计2025/2026年分别为1.9万/5万架: a research house's
            # forecast of servers or racks counted is of those shipped (LABELLING.md metric table: racks, units)
            return "shipments"
        if (vol := ESTIMATE_VOLUME_BEFORE.search(d.text, max(sent[0], m.start - 12), m.start)) is not None and (
                d.kw.last("count.demand", sent[0], vol.start()) is not None or
                d.kw.last("count.shipments", sent[0], vol.start()) is not None):
            # 上调亚马逊Trainium的预估需求,将2026年的预估量由200万颗上修至210万颗, 2027年的预估由260万颗调高到300万颗: the
            # estimate of the volume its sentence has named (a demand counted, or shipments)
            return "shipments"
        around_lo, around_hi = max(lo, m.start - 16), min(clause_hi, m.end + 12)
        award = d.kw.last("award", max(sent[0], m.start - 12), m.start)
        if award is not None and (d.companies.before(sent[0], award.start) is not None
                                  or re.search(r"中标(?:数量|台数|规模)", d.text[award.start : m.start])):
            return None  # 浪潮信息预计中标数量3010台: a bidder's share of the award, not the buyer's tender
        if d.kind != "tender" and m.count_word in ("units", "") and \
                BOUGHT_UNITS.search(d.text, max(sent[0], m.start - 40), m.start) is not None and \
                d.kw.last("count.accelerator_count", sent[0], m.start) is not None and \
                (buyer := d.entities.before(sent[0], m.start, lambda x: x.type != "model" and self.not_vendor(x))) is not None \
                and buyer.type == "company":
            # Microsoft … the leading buyer of Hopper chips, purchasing a staggering 485,000 units: the cards a company
            # buys (LABELLING.md metric table), not a procurement's quantity (an operator's purchase is one)
            return "accelerator_count"
        if (self.cue_in("tender", sent[0], sent[1]) and (m.count_word in ("台", "套", "units", "sets", "")
                                                          or TENDERED_GEAR.search(m.count_word))) or (
                d.kind == "tender" and (m.count_word in ("台", "套", "sets") or TENDERED_GEAR.search(m.count_word))):
            return "tender_quantity"  # (in a procurement report: a total of 2,767 servers will be involved)
        if CPU_AFTER.match(d.text, m.end):
            return None  # 9,072颗英特尔(Intel)CPU: processors, not accelerators
        if d.kind == "tender" and (buy := PURCHASE_BEFORE.search(d.text, max(lo, m.start - 60), m.start)) is not None and \
                not PLAN_TO_BUY.search(d.text, max(lo, buy.start() - 12), buy.start()) and \
                (CHIP_COUNT_WORD.search(m.count_word) or m.count_word in CHIP_COUNTERS) and not (
                    m.value >= FLEET_MIN and (buyer := d.entities.before(sent[0], buy.start())) is not None
                    and buyer.type == "company"):
            # in a report of tenders, the chips a buyer purchased (Harbin Institute of Technology purchased six A100
            # chips; 共配置384顆H200) are what it procures; a plan to buy them (字节跳动计划向辉达采购3.2万颗H200)
            # counts cards planned (LABELLING.md metric table), and so does a fleet a company buys (腾讯和字节跳动分别订购
            # 了约23万颗英伟达的AI芯片: the cards it will hold; an operator's purchase is a procurement: 中國移動將購買約
            # 1800顆昇騰910B晶片)
            return "tender_quantity"
        chip = d.kw.last("count.accelerator_count", around_lo, around_hi)
        if m.count_word in CHIP_COUNTERS and chip is not None:
            return "accelerator_count"
        counted = d.kw.first("count.accelerator_count", m.end, min(clause_hi, m.end + 16)) if m.count_word == "个" else None
        if counted is not None and GE_MODIFIER_GAP.fullmatch(d.text, m.end, counted.start) and \
                (FLEET_SCALE.search(d.text, m.start, m.end) or m.value >= FLEET_MIN):
            # 10万个加速器, 60万个H100级GPU, 2,016个辉达GPU: a fleet (not what a machine holds: 8个H100, 64个GPU)
            return "accelerator_count"
        if CHIP_COUNT_WORD.search(m.count_word) or (m.count_word == "卡" and (
                FLEET_SCALE.search(d.text, m.start, m.end) or m.value >= FLEET_MIN)):
            # (50万卡, 百万卡: a fleet of cards, whatever the sentence says; not what one machine holds: 64卡)
            return "accelerator_count"
        if m.count_word in ("颗", "枚", "张") and d.kw.any("count.accelerator_count", 0, min(len(d.text), HEAD_CHARS)):
            return "accelerator_count"  # 10万颗 in a report about chips: chips
        if m.count_word == "units" and m.value >= FLEET_MIN and \
                UNITS_LEVEL_BEFORE.search(d.text, max(sent[0], m.start - 24), m.start) is not None and \
                (chip := d.kw.last("count.accelerator_count", max(sent[0], m.start - UNITS_OF_CHIPS_REACH), m.start)) is not None and \
                all(_is_chip(x) for x in d.items.between(chip.end, m.start)) and \
                not d.kw.any("count.shipments", sent[0], m.start) and not d.kw.any("count.demand", sent[0], m.start):
            # South Korea's total installed AI GPU capacity from about 65,000 to more than 300,000 units; 100,000 H100 GPUs has
            # reportedly doubled to over 200,000 units: the level a fleet reaches, counted in bare units, of the chips its
            # sentence names before them (no other kind of product between, no shipment or demand word in the sentence)
            return "accelerator_count"
        return None

    def list_periods(self, m: Mention, sent: tuple[int, int], n: int, stated: str | None = None) -> list[str | None]:
        """The period of each of ``n`` listed values (1237/1642/1846亿美元) from the span of years
        before them in the sentence: one year each (预计2025-2027财年……: FY2025, FY2026, FY2027); where the list names none,
        the statement's period ``stated`` for each (联通云/数据中心收入分别为 686 亿元/259 亿元 after 2024 年…)."""
        sp = self.d.periods.before(sent[0], m.start, lambda p: (p.kind == "span" and bool(p.period))
                                   or p.kind in ("fiscal_span", "year_list"))
        after = self.d.periods.after(m.end, min(sent[1], m.end + 40), lambda p: p.kind == "year_list")
        if after is not None and LIST_YEARS_AFTER.fullmatch(self.d.text, m.end, after.start):
            sp = after  # (we expect hyperscale capex to grow 39%/17% in ’25/’26: the years right after the list)
        if sp is not None and sp.kind == "year_list":
            listed = str(sp.years).split("/")
            return [*listed] if len(listed) == n else [stated] * n
        if sp is not None:
            a, b = (int(x) for x in str(sp.period or sp.years).split("-"))
            if b - a + 1 == n:
                return [f"FY{y}" if sp.kind == "fiscal_span" else str(y) for y in range(a, b + 1)]
        return [stated] * n

    def percent(self, dec: Decision, m: Mention, sent: tuple[int, int], lo: int, clause_lo: int, clause_hi: int,
                after_hi: int, values: list[_Value], resp_entity: str | None) -> None:
        d = self.d
        text = d.text
        # (the reach before a rate is counted from its qualifier: growth of approximately 28%)
        before = text[max(lo, m.start - 24) : m.start] if m.qualifier else ""
        said_lo = m.start - (len(before) - len(strip_qualifier(before))) if before else m.start
        if m.low is not None and text.endswith("between ", max(lo, said_lo - 8), said_lo):
            said_lo -= 8  # (an annual rate of between 19 and 22 percent: the range's word does not count in the reach)
        tail_lo = max(lo, said_lo - PERCENT_TAIL)
        head_hi = min(after_hi, m.end + 24)
        local = text[lo : m.start]
        cue_lo = max(lo, said_lo - CUE_REACH)
        qoq_before = d.kw.last("qoq", cue_lo, m.start)
        qoq_after = d.kw.first("qoq", m.end, min(sent[1], m.end + 40))  # starts within 6, checked below
        if qoq_after is not None and QOQ_OWN_RATE.match(text, qoq_after.end):
            qoq_after = None  # (Smartphones accounted for 34% (QoQ +16%): the cue of the bracket's rate)
        own_yoy = d.kw.first("yoy.after", m.end, min(sent[1], m.end + 24))
        if own_yoy is not None and NEXT_RATE_AFTER_CUE.match(text, own_yoy.end):
            own_yoy = None  # (單月營收月減約15.8%，年增22%: the cue of the next rate)
        # (… and up 69% from a year ago; … and a 154% increase year-over-year: the rate's noun between)
        own_yoy_after = own_yoy is not None and (own_yoy.start - m.end <= 1 or
                                                 RATE_NOUN_GAP.fullmatch(text, m.end, own_yoy.start) is not None)
        if CONSTANT_CURRENCY_AFTER.match(text, m.end) is not None or \
                CONSTANT_CURRENCY_BEFORE.search(text, max(sent[0], said_lo - 12), said_lo) is not None:
            # up 7% in USD and up 8% in constant currency; Azure 固定汇率下+34%: a restatement at other exchange rates, beside
            # the reported rate (the labels keep the reported one)
            dec.reason = "a constant-currency restatement of a rate, not the reported rate"
            return
        if _expectation_word(text, max(sent[0], said_lo - 64), said_lo) and (
                EXPECTATION_MARGIN.search(text, max(sent[0], said_lo - 64), said_lo) is not None or
                EXPECTATION_MARGIN_ZH.search(text, max(sent[0], said_lo - 24), said_lo) is not None):
            # slightly below market expectations by 1%; beating consensus estimates by 1% and 3%: how far a figure missed
            # or beat what was expected, no growth of it
            dec.reason = "a margin against expectations (beat or miss), not a growth rate"
            return
        if (prev := self.previous_decision()) is not None and prev.start >= sent[0] and not prev.facts and \
                (prev.reason or "").startswith(OUT_OF_SCOPE_AMOUNT) and \
                GROWTH_AFTER_AMOUNT.fullmatch(text, prev.end, said_lo) is not None:
            # Worldwide IT spending is expected to reach USD 6.15 trillion in 2026, up 10.8% from 2025: the growth of an
            # amount outside the vocabulary is outside it too (not of the metric of the sentence before)
            dec.reason = "out of vocabulary: the growth of the amount before it, which is outside it"
            return
        if QOQ_BASIS_OPENER.search(text, sent[0], min(said_lo, sent[0] + QOQ_OPENER_REACH)) is not None and not own_yoy_after:
            # On a quarter-on-quarter basis, revenue rose 26%: the sentence's rates are sequential, out of the vocabulary
            dec.reason = "quarter-on-quarter growth (not in the vocabulary): the sentence is on a sequential basis"
            return
        if QUARTER_BASE_AFTER.match(text, m.end) is not None:
            # Revenue for the third quarter was $35.1 billion, up 17% from Q2 and up 94% from a year ago: growth on a
            # quarter named with no year, the one before (a year's: from Q3 last year, from the fourth quarter of 2023)
            dec.reason = "quarter-on-quarter growth (not in the vocabulary): a rate on a quarter named after it"
            return
        if MONTH_COMPARED.search(text, max(cue_lo, said_lo - 16), said_lo) is not None and not own_yoy_after:
            # 川湖8月營收……比7月成長3.4%: growth on a month named before it, the month before
            dec.reason = "month-on-month growth (not in the vocabulary)"
            return
        if (qoq_before is not None and (_short_gap(text[qoq_before.end : m.start]) or
                                        QOQ_GROWTH_GAP.fullmatch(text, qoq_before.end, m.start) is not None) and not own_yoy_after and
                # (同比和环比增速均接近30%: one rate for both, the year-on-year one among them)
                BOTH_YOY_QOQ.search(text, max(sent[0], qoq_before.start - 4), min(sent[1], qoq_before.end + 4)) is None) or (
                qoq_after is not None and not self.yoy_before(cue_lo, m.start)
                # (a 67% increase quarter-on-quarter: the rate's noun between)
                and (_short_gap(text[m.end : qoq_after.start], 6) or
                     RATE_NOUN_GAP.fullmatch(text, m.end, qoq_after.start) is not None)):
            dec.reason = "quarter-on-quarter growth (not in the vocabulary)"
            if (grown := self.of_keyword(clause_lo, m.start)) is not None:
                # (收入环比增长18%至113亿元, 按季升18%,至113億元: the level the metric grew to is still its figure)
                self.last_growth = (sent, grown)
            return
        if m.count_word == "倍" and not (self.growth_verb(max(lo, m.start - 8), m.start) and TIMES_GROWTH.match(
                text[m.start : m.end + 3])) and not (GREW_BY_TIMES.search(text, max(lo, m.start - 12), m.start)
                                                      and text[m.end : m.end + 1] not in "于於") and not (
                # 该公司2025年营收涨幅高达42.3倍: a growth noun, then the times; not after the ends of a move of its sentence
                # (从2021年的1451亿美元增长至2026年的6020亿美元,增幅超过四倍: growth over years)
                GROWTH_NOUN_TIMES.search(text, max(lo, m.start - 12), m.start) is not None and self.cur_index == 0):
            dec.reason = MULTIPLE_REASON
            return
        if BOTH_GREW.search(text, max(sent[0], m.start - BOTH_GREW_REACH), m.start) is not None and \
                (both_of := self.amount_in_vocabulary_before(sent, m)) is not None:
            # 營業收入在90億元左右,歸母凈利潤在20億元左右,……二者增速均超過40%: the growth of each amount named before, the one
            # in the vocabulary among them (the profit's is outside it)
            for f in both_of.facts:
                self.emit_again(dec, 0.9, f, m, clause_lo, metric="yoy_growth", unit="%", of=f.metric, item=None)
            return
        if self.resp_of == OUT_OF_LIST:
            # 收入、净利润分别同比下滑了45.64%和56.89%: the second is the net profit's
            dec.reason = RATE_OUT_OF_SCOPE
            return
        if self.resp_of is None and (self.out_of_scope(max(sent[0], min(lo, m.start - 40)), m.start) or
                                     self.out_of_scope(clause_lo, m.start, reach=90)) and not (
                # (; net profit under … standards increased by 22%)
                (RATE_NOUN_IN.match(text, m.end) is not None and self.metric_right_after(m, sent) is not None) or
                self.metric_before_noun(m, sent) is not None):
            # (but net income of $62.6B and 63% year-over-year growth in Google Cloud; a gross margin of 59% to 61% and a 30%
            # revenue growth: the growth names its own subject)
            dec.reason = RATE_OUT_OF_SCOPE
            return
        grew = d.kw.first("yoy.noun", m.end, min(sent[1], m.end + 14))
        if grew is not None and _short_gap(text[m.end : grew.start], 1) and \
                (oos := d.kw.first("out_of_scope", grew.end, min(sent[1], grew.end + 40))) is not None and \
                GROWN_NOUN_GAP.fullmatch(text, grew.end, oos.start):
            # driving a 38% increase in income from operations: the growth of something outside the vocabulary
            dec.reason = "out of vocabulary: a rate of something outside it, named after it (lexicons/cues.toml [out_of_scope])"
            return
        outside = d.kw.last("non_compute", max(clause_lo, m.start - 28), m.start)
        if outside is None and (line_lo := _short_line_start(text, m.start)) is not None and \
                LIST_LINE.match(text, line_lo) is not None:
            outside = d.kw.last("non_compute", line_lo, m.start)  # - 消費智能產品:佔比 45%: the line's label
        # 鴻海第3季消費智能產品占比約37%, 筆電則是占比25%, 商用PC出貨量年增逾五成: a business line outside compute
        # (decided as usual, so that a list goes on to the next line, then not emitted: see emit)
        # (车载GPU芯片需求同比增长35%: a chip glued to the line's word is that line's; PC服务器 are servers still)
        if outside is not None and (text[max(0, outside.start - 1) : outside.start] == "非" or
                                    NOT_THE_LINE_AFTER.match(text, outside.end) is not None):
            outside = None  # (非PC业务营收占比达到47%, PC以外业务: all but the line, compute among it)
        line_alone = outside is not None and d.items.before(
            outside.end, m.start, lambda x: x.start > outside.end + 1 or x.start < outside.end or "server" in str(x.name)
        ) is None
        own_revenue = LINE_REVENUE_AFTER.match(text, outside.end) if line_alone and outside is not None else None
        # (手机业务营收同比增长27%, gaming revenue surged 181%: the growth of the line's own revenue is the line's, outside compute
        # as LABELLING.md O10 has it; another money word between is the company's: PC需求疲软,营收同比下降5%)
        self.cur_outside = line_alone and outside is not None and \
            d.kw.last("money", own_revenue.end() if own_revenue is not None else outside.end, m.start) is None
        # (联网通信业务收入占服务收入的76%: a line's own revenue named right after it, then its part of the whole: outside compute
        # too, as a share)
        self.cur_outside_share = own_revenue is not None
        if self.level_of_skipped_rate(m):
            # 毛利率6.35%,比第2季的6.33%微增0.02个百分点,比去年同期6.19%增加0.16个百分点: an earlier level
            # of a rate outside the vocabulary
            dec.reason = "out of vocabulary: an earlier level of a rate outside it (the rate before it was skipped)"
            return
        nxt = self.cur_mentions[self.cur_index + 1].start if 0 <= self.cur_index < len(self.cur_mentions) - 1 else sent[1]
        if (self.cue_in("streak", max(sent[0], clause_lo, m.start - 24), m.start) or self.cue_in("streak", m.end, min(self.clause_end(m.end, sent[1]), nxt, m.end + 30))) \
                and not self.cue_in("cagr", m.end, min(sent[1], m.end + 14)):
            # (not a streak of the next clause's or number's; 连续三年保持45%以上的年复合增长率: a CAGR over the run)
            dec.reason = "a run of periods (连续第九季, straight quarters): no one period's rate (lexicons/cues.toml [streak])"
            return
        prev = self.previous_decision()
        if (ref_rate := self.restated_rate(m, sent, prev)) is not None:
            # 分别达46.2%和18.8%,较上一版本预期值33.9%和16.6%: the earlier forecast of the same rates,
            # whose own span the sentence does not give
            for f in ref_rate.facts:
                # (an earlier forecast of a year's growth is of that year: 預計2024年……年營收增長將接近30%,較先前預估成長24%至26%
                # 上修; a span's earlier version may have spanned other years)
                same_year = f.metric == "yoy_growth" and f.period is not None and SPAN.fullmatch(f.period) is None
                self.emit_again(dec, 0.9, f, m, clause_lo, period=f.period if same_year else None, basis="forecast")
            return
        if prev is not None and prev.facts and prev.unit == "%" and sent[0] <= prev.end <= m.start and \
                m.start - prev.end <= OTHER_RATE_REACH and self.other_statement_in(prev.end, m.start) \
                and self.of_keyword(prev.end, m.start) is None:  # (高于数据中心资本支出预测的28%: another metric's)
            # Azure收入同比增长33%，高于彭博一致预期的32%; up 40%, above the consensus of 38%; 年增63%(原估 60%):
            # the expectation of the rate just stated, its keys, kept beside it as a forecast
            for f in prev.facts:
                self.emit_again(dec, 0.9, f, m, prev.end, basis="forecast")
            return
        if prev is not None and prev.unit != "%" and sent[0] <= prev.end <= m.start and \
                self.other_statement_in(max(prev.end, m.start - OTHER_RATE_REACH), m.start) and \
                self.of_keyword(prev.end, m.start) is None and not text.endswith("by ", 0, m.start) and \
                (rate := self.last_rate_before(sent, 4)) is not None and all(f.metric == "yoy_growth" for f in rate.facts):
            # Google雲端部門營收成長48％，達到177億美元（約新台幣5604.7億元），高於分析師平均預期的35.2％: the expectation of the
            # growth stated before the amount it reached, its keys, kept as a forecast (not "surpassing the consensus by 1.2%",
            # the margin it beat it by)
            for f in rate.facts:
                self.emit_again(dec, 0.9, f, m, prev.end, basis="forecast")
            return
        if prev is not None and prev.facts and prev.unit == "%" and sent[0] <= prev.end <= m.start and \
                all(f.metric in ("yoy_growth", "cagr") for f in prev.facts) and \
                RATE_MOVED_TO.fullmatch(text, prev.end, m.start) is not None and \
                FROM_RATE_BEFORE.search(text, max(sent[0], prev.start - 12), prev.start) is not None:
            # 年增率從原本的61％，上修至65％, will rise from 61% to 65%: the growth it moved to, the same figure's,
            # kept beside the one it moved from (a share's move keeps its own periods: share_moves_on)
            for f in prev.facts:
                self.emit_again(dec, 0.9, f, m, clause_lo)
            return
        if prev is not None and prev.facts and prev.unit == "%" and sent[0] <= prev.end <= m.start and \
                all(f.metric == "yoy_growth" for f in prev.facts) and \
                (own := d.periods.after(prev.end, m.start, lambda q: bool(q.period))) is not None and \
                RATE_OWN_PERIOD_GAP.fullmatch(text, prev.end, own.start) is not None and \
                RATE_MOVED_TO.fullmatch(text, own.end, m.start) is not None and \
                FROM_RATE_BEFORE.search(text, max(sent[0], prev.start - 12), prev.start) is not None and \
                (then := d.periods.after(m.end, min(sent[1], m.end + 32), lambda q: bool(q.period))) is not None and \
                RATE_OWN_PERIOD_GAP.fullmatch(text, m.end, then.start) is not None:
            # AWS revenue growth accelerated from 17.2% in the first quarter to 18.8% in the second quarter: the same growth
            # in the period named after each rate
            for f in prev.facts:
                self.emit_again(dec, 0.9, f, m, clause_lo, period=then.period)
            return
        if prev is not None and prev.facts and prev.unit == "%" and sent[0] <= prev.end <= m.start and \
                all(f.metric == "yoy_growth" for f in prev.facts) and \
                (named := NAMED_GROWTH_GAP.fullmatch(text, prev.end, m.start)) is not None and (
                    named.group("name") is not None or (
                        all(f.entity for f in prev.facts) and d.entities.after(
                            named.start("zhname"), named.end("zhname"), lambda x: x.type != "model") is not None)):
            # Year-over-year revenue increases: U.S. up 242%, Asia up 257%, Europe up 30%: each part's growth of the
            # same metric (its sign from its own verb)
            g = "name" if named.group("name") is not None else "zhname"
            verb = "verb" if g == "name" else "zhverb"
            sign = -1.0 if self.cue_in("negative", named.start(verb), named.end(verb)) else 1.0
            who = d.entities.after(named.start(g), named.end(g), lambda x: x.type != "model")
            for f in prev.facts:
                # (慧与增长9.1% after 戴尔营收增长15.2%: the next company's, its own entity)
                self.emit_again(dec, 0.8, f, m, named.start(g), value=sign * m.value,
                                **({"entity": str(who.name)} if who is not None and f.entity else {}))
            return
        if prev is not None and prev.facts and prev.unit == "%" and resp_entity and \
                all(f.metric in ("share", "market_share") for f in prev.facts) and \
                ((sent[0] <= prev.end <= m.start and NEXT_RANKS_RESPECTIVELY.search(text, prev.end, m.start) is not None) or (
                    self.para_start(m.start) <= prev.end <= sent[0] and all(f.entity for f in prev.facts) and
                    NEXT_RANKS_OPENING.fullmatch(text, prev.end, m.start) is not None)):
            # (…came to 6.2%. Following ByteDance were Tencent, Alibaba, and Baidu that comprised around 2.3%, 1.5%, and 1.5%
            # respectively: the English of the same ranks, the sentence after the first company's share)
            # 以ByteDance的採購力道最為顯著,年採購佔比達6.2%,其次緊接在後的則是Tencent、Alibaba與Baidu,分別約為2.3%、1.5%與
            # 1.5%: the next companies' shares of the same whole, each its own
            for f in prev.facts:
                self.emit_again(dec, 0.9, f, m, clause_lo, entity=resp_entity)
            return
        if prev is not None and prev.facts and prev.unit == "%" and prev.end >= sent[0] and prev.end <= m.start \
                and _list_gap(text[prev.end : m.start]):
            # 增值服务和金融科技的增幅分别为7%和4%: the next rate of a list, same metric and keys
            for f in prev.facts:
                self.emit_again(dec, 0.9, f, m, clause_lo, **({"of": self.resp_of} if self.resp_of and f.of else {}),
                                **({"entity": resp_entity} if resp_entity and (
                                    f.entity or self.cur_index - 1 in self.respectively_unknown) else {}))
            return
        if prev is not None and prev.facts and prev.unit == "%" and sent[0] <= prev.end <= m.start and \
                all(f.metric in ("yoy_growth", "share", "market_share", "cagr") for f in prev.facts) and \
                (own := self.rate_base_period(prev.end, m)) is not None and \
                all(f.period != own for f in prev.facts) and \
                (own != YEAR_AGO or all(_shift_year(f.period, -1) is not None for f in prev.facts)) and \
                (own != QUARTER_BEFORE or all(f.period and QUARTER_LABEL.fullmatch(f.period) for f in prev.facts)):
            # (YoY +70%), up from 58.8% in 24Q2: the same rate in the period it is compared with
            # (contributed 60% of total revenue up from 52% last year: a year before the rate's period;
            # growth accelerated to 33%, up from 31% in the previous quarter: the quarter before the rate's)
            for f in prev.facts:
                self.emit_again(dec, 0.8, f, m, prev.end, period=_shift_year(f.period, -1) if own == YEAR_AGO else
                                previous_quarter(str(f.period)) if own == QUARTER_BEFORE else own)
            return
        if prev is not None and prev.facts and prev.unit == "%" and sent[0] <= prev.end <= m.start and \
                all(f.metric in ("yoy_growth", "share", "cagr") for f in prev.facts) and \
                (base := d.periods.after(prev.end, m.start, lambda q: bool(q.period))) is not None and \
                (RATE_BASE_BEFORE_ZH.fullmatch(text, prev.end, base.start) or (
                    self.rate_base_last is prev and RATE_BASE_LIST_ZH.fullmatch(text, prev.end, base.start))) and \
                RATE_BASE_AFTER_ZH.fullmatch(text, base.end, m.start) \
                and all(f.period != base.period for f in prev.facts) and prev.reason != OUTSIDE_COMPUTE:
            # 云端网络产品占比42%，较第2季的41%略增; 增速达140%，较第三季度的128%进一步提升; 同比增长31.4%，增速较
            # 25Q1的10.94%和25Q2的24.18%进一步加快: the same rate in the period it is compared with (each of a list's)
            for f in prev.facts:
                self.emit_again(dec, 0.8, f, m, prev.end, period=base.period)
            self.rate_base_last = dec
            return
        if prev is not None and prev.facts and prev.unit == "%" and sent[0] <= prev.end <= m.start and \
                all(f.metric in ("share", "market_share") and f.of == "shipments" for f in prev.facts) and \
                (other := OTHER_PART_GAP.fullmatch(text, prev.end, m.start)) is not None and \
                d.periods.after(other.start(1), other.end(1)) is None:  # (略低於去年的56%: the same part a year before)
            # 輝達GPU的供應量占比將為73%，遠高於ASIC的27%: the other part's share of the same whole (its item, if any)
            part = d.items.after(other.start(1), other.end(1))
            for f in prev.facts:
                self.emit_again(dec, 0.8, f, m, other.start(1), metric="share", entity=None,
                                item=part.name if part is not None else None)
            return
        if prev is not None and prev.facts and prev.unit == "%" and sent[0] <= prev.end <= m.start and \
                all(f.metric == "share" and f.entity for f in prev.facts) and \
                (named := NAMED_LIST_GAP.fullmatch(text, prev.end, m.start)) is not None and \
                not self.growth_verb(named.start(1), m.start) and not self.cue_in("share", named.start(1), m.start):
            gap_lo = named.start(1)
            later = d.periods.after(gap_lo, m.start, lambda p: p.kind != "dateline")
            other_co = d.companies.after(gap_lo, m.start)
            if later is None and other_co is not None and d.items.after(gap_lo, m.start) is None and \
                    all(f.entity != other_co.name for f in prev.facts):
                # 其Capex/云收入比或低于30%,显著优于阿里云的55%: another company's same share (its own, not a part of the first's mix)
                for f in prev.facts:
                    self.emit_again(dec, 0.8, f, m, gap_lo, entity=str(other_co.name))
                return
            if later is None:
                # 个人电脑贡献51%至55%，伺服器41%至45%，智慧装置1%至5%: a company's mix, part by part (the
                # part the name is, or none for a part off the item table)
                part = d.items.before(gap_lo, m.start)
                for f in prev.facts:
                    self.emit_again(dec, 0.8, f, m, gap_lo, item=part.name if part is not None else None)
                return
            if d.items.after(gap_lo, m.start) is None and d.entities.after(gap_lo, m.start) is None:
                # 先進封裝去年貢獻公司營收約8%，今年預計會略高於10%; 已超越整體伺服器業績7成，朝向今年規劃的8成目標: the same share in
                # the period the next clause names (none, where a page with no date leaves 今年 unread)
                for f in prev.facts:
                    self.emit_again(dec, 0.8, f, m, gap_lo, period=later.period,
                                    basis=self.basis_for(gap_lo, m.start, later.period))
                return
        metric: str | None = None
        growth_of: str | None = None
        if (buyer := self.bracketed_demand_share(m, sent)) is not None:
            # demand for high-end AI servers …: Microsoft (20.2%), Google (16.6%), AWS (16%) …; 微软(20.2%)、Google(16.6%)……占全球
            #需求: each buyer's part of the demand, in brackets after its name (LABELLING.md I7: a buyer's share is `share`)
            bought = d.items.before(sent[0], m.start) or next(
                (d.items.before(*d.sentences[i]) for i in self.earlier_sentences(sent, 1)), None)
            self.share(dec, "share", m, m.value, sent, lo, clause_lo, clause_hi, buyer,
                       item=str(bought.name) if bought is not None else None, of="shipments", bracketed_buyer=buyer)
            return
        if self.last_share and self.share_moves_on(m, sent, prev, local):
            # 国产AI芯片自给率约34%,预估2025年将提升至40% (or in the next sentence): the same share, moved to a level
            _, metric, item, ent, share_of = self.last_share
            self.share(dec, metric, m, m.value, sent, lo, clause_lo, clause_hi, ent, item, share_of)
            return
        if self.last_share and self.last_share[0] == sent and (
                # (has risen from 20% in 2020 to nearly 50%: the year of the start read past)
                TRANSITION_TO.match(local) or TRANSITION_TO.match(YEAR_WORDS.sub("", local)) or
                SHARE_FROM_PERIOD_TO.fullmatch(local) or
                re.match(r"^[^,，;。0-9]{0,4}(?:提升|上升|增加|下降|降低|升|降)(?:至|到)", local)):
            # (…国产化率从27%提升至2023年AI算力服务器的47%: the end of the share's move)
            _, metric, item, ent, share_of = self.last_share
            self.share(dec, metric, m, m.value, sent, lo, clause_lo, clause_hi, ent, item, share_of)
            return
        if prev is not None and prev.facts and prev.facts[0].metric == "yoy_growth" and prev.unit == "%" and \
                sent[0] <= prev.end <= m.start and RATE_MOVES_ON.fullmatch(text, prev.end, m.start) is not None:
            # quarterly revenue growth rate was below 10%, rebounding to 11% in the fourth quarter of last year: the same
            # growth, moved to its next level, in the period named right after it (else the first's)
            own = d.periods.after(m.end, min(sent[1], m.end + 40), lambda p: bool(p.period))
            period = own.period if own is not None and RATE_PERIOD_GAP.fullmatch(text, m.end, own.start) else prev.facts[0].period
            self.emit_again(dec, 0.8, prev.facts[0], m, self.clause_start(sent[0], m.start), period=period)
            return
        if local[:1] in ")）" and (aside := self.before_aside(sent, lo)) is not None:
            prev, local = aside  # (HPC 51% (QoQ +11%), IoT 7%: the list goes on past the bracket of each part)
        if self.last_share and self.last_share[0] == sent and self.last_share[4] is not None and \
                prev is not None and prev.facts and prev.facts[0].metric == "share" and LIST_SHARE_GAP.fullmatch(local):
            # with AI accounting for 14%, cloud computing for 54%, and traditional workloads for 32%: the
            # next parts of the same whole, their verb left out
            _, metric, item, ent, share_of = self.last_share
            self.share(dec, metric, m, m.value, sent, lo, clause_lo, clause_hi, ent, item, share_of)
            return
        if prev is not None and prev.facts and prev.facts[0].metric in ("share", "market_share") and \
                RATIO_COLON.fullmatch(local) is not None:
            # GPU與ASIC占比約8：2: the second part of a ratio's split (numbers._SHARE_RATIO), of the same whole; the item or
            # company the first part names is not the second's
            self.emit_again(dec, 0.8, prev.facts[0], m, prev.start, item=None, entity=None)
            return
        if (col := self.table_column(m)) is not None:
            # a row of a text table (业务板块 收入(亿元) 占比 同比增速 / 智能计算集群 6.05 51.5% +89.2%): the
            # column's header says what the rate is, the row's label (else the header line) what it is of
            a, b, row_lo, label_hi, head_lo, head_hi_ = col
            of_row = self.of_keyword(row_lo, label_hi) or self.of_keyword(head_lo, head_hi_)
            if of_row is not None and d.kw.any("cagr", a, b):
                metric, growth_of = "cagr", of_row
            elif of_row is not None and (d.kw.any("yoy", a, b) or TABLE_GROWTH.search(text, a, b)):
                metric, growth_of = "yoy_growth", of_row
            elif of_row is not None and d.kw.any("share", a, b):
                self.share(dec, "share", m, m.value, sent, lo, clause_lo, clause_hi, resp_entity, None, of_row)
                return
        noun = d.kw.first("yoy.noun", m.end, min(sent[1], m.end + 26))
        if noun is not None and not _short_gap(text[m.end : noun.start], 1) and \
                EXPECTED_BEFORE_NOUN.fullmatch(text, m.end, noun.start) is None:
            noun = None  # a growth noun right after the rate: a 74% increase (year on year), a 79% expected jump
        if (reg := d.regions.before(clause_lo, m.start, self.region_scope)) is not None \
                and (followed := FOLLOWED_WITH.match(d.text, reg.end, m.start)) is not None and \
                (led := self.ranked_before(sent, m, noun is not None)) is not None and \
                (noun is not None or RANK_BRACKET.fullmatch(d.text, followed.end(), m.start) is not None or
                 (led.metric == "share" and RANK_DIRECT.fullmatch(d.text, followed.end(), m.start) is not None)):
            # the United States recorded the fastest growth, with server revenue increasing 72.4% … ¶ Canada followed
            # with 70.7% growth; 北美以45%的份额领跑,中国紧随其后(28%): the next place of the ranking, the same
            # metric there
            self.emit_again(dec, 0.8, led, m, reg.start, region=str(reg.name))
            return
        if (ranked := self.company_ranked_next(m, sent, noun is not None or self.growth_verb(max(sent[0], m.start - 12), m.start))) \
                is not None:
            # Dell led the global server market with 17.5% share, followed by HPE with 17.1%; 浪潮电子出货量增长率高,达31.5%。
            # 其次是华为,26.1%的增长: the next company of the ranking, the same metric held by it
            led, next_company = ranked
            self.emit_again(dec, 0.8, led, m, next_company.start, entity=str(next_company.name))
            return
        if (part := self.followed_part(m, sent)) is not None:
            # Servers represented 41% of data center capex last year. This was followed by "other" data center
            # technology (31%), storage systems (10%): the next parts of the same whole, each the item it names
            led, name_lo = part
            if led.region not in (None, "GLOBAL") and led.entity is None and \
                    (own_place := self.bracketed_place_named(m)) is not None and own_place[0].start >= name_lo:
                # China (23%), Asia Pacific (16%) and Europe (EMEA, 10%) follow: the next places' parts of the market, each
                # keyed by its own place (none for a place with no code)
                self.emit_again(dec, 0.8, led, m, name_lo, region=own_place[1] or None)
                return
            named = d.items.before(name_lo, m.start)
            self.emit_again(dec, 0.8, led, m, name_lo, item=str(named.name) if named is not None else None)
            return
        yoy_after = d.kw.first("yoy.after", m.end, head_hi if noun is None else min(sent[1], noun.end + 24))
        if yoy_after is not None and PP_CHANGE_AT.match(text, yoy_after.start):
            yoy_after = None  # 占收比达25.5%,同比提升1pp: the rate's change in points follows, not its growth
        if yoy_after is not None and yoy_after.start > m.end and NEXT_RATE_AFTER_CUE.match(text, yoy_after.end):
            yoy_after = None  # 占服务收入76%、同比提升1.5%: the cue of the next rate, not this one's
        to_year = None
        if self.cue_in("cagr", tail_lo, m.start) or (
                (cagr_cue := d.kw.last("cagr", max(sent[0], said_lo - CUE_REACH), m.start)) is not None and
                CAGR_RATE_GAP.fullmatch(text, cagr_cue.end, said_lo) is not None) or (
                self.d.kw.any("cagr", max(sent[0], m.start - 72), m.start) and  # (asked only where a CAGR word stands)
                CAGR_TO_BE.search(text, max(sent[0], m.start - 72), m.start) is not None) or (
                (cagr_after := d.kw.first("cagr", m.end, min(head_hi, m.end + 20))) is not None and
                CLAUSE_MARK.search(text, m.end, cagr_after.start) is None) or (
                AT_RATE_BEFORE_ZH.search(text, max(lo, said_lo - 6), said_lo) is not None and
                (to_year := ANNUAL_RATE_TO_YEAR_ZH.match(text, m.end)) is not None) or (
                GROW_AT_BEFORE.search(text, max(lo, said_lo - 32), said_lo) is not None and
                FUTURE_YEARS_AFTER.match(text, m.end) is not None) or (
                ANNUAL_AFTER_RATE.match(text, m.end) is not None and
                HORIZON_YEAR_AFTER.search(text, m.end, min(sent[1], m.end + HORIZON_REACH)) is not None and (
                    GROW_AT_BEFORE.search(text, max(lo, said_lo - 32), said_lo) is not None or (
                        0 <= self.cur_index < len(self.cur_mentions) - 1 and
                        LEVEL_REACHED_BEFORE.search(text, max(m.end, self.cur_mentions[self.cur_index + 1].start - 24),
                                                    self.cur_mentions[self.cur_index + 1].start) is not None))):
            # (輝達: 以25%的年增長率,到2028年的營收將達到1,600億美元: an annual rate held up to a year ahead is compound, of
            # the metric that year's level is named by)
            if to_year is not None and growth_of is None:
                growth_of = self.of_keyword(to_year.end(), min(sent[1], to_year.end() + 8))
            # (is forecast to grow 16% annually, nearly doubling to 42 GW by 2028; could drive 15% annual growth through
            # 2035, reaching 36 GW; is projected to grow at 21% annually through 2030: a yearly rate something grows at, or
            # held up to a year ahead with a level reached, is compound; not Growth is expected to remain above 30% annually
            # through 2027, each year's rate)
            # (the fastest growth at 20% over the next five years: a rate grown at over years to come is yearly, compound)
            # (a compound annual growth rate of 18 percent: a cue longer than the PERCENT_TAIL characters before the rate,
            # joined to it by a word; a 17 percent compound annual growth rate: the cue right after the rate; not the next
            # clause's, 年增率可望達15.4%,
            # 且未來五年內……年複合成長率將為12.2%)
            metric = "cagr"
        elif values and values[-1].end >= sent[0] and (gap := SIGNED_AFTER_AMOUNT.fullmatch(text, values[-1].end, m.start)) \
                and (gap.group(0).endswith("+") or text[m.start : m.start + 1] in "-−"):
            metric = "yoy_growth"  # 收入达833亿元/+65.6%, $32.9 billion (+29%): a signed rate right after an amount, its growth
        elif text[m.start - 1 : m.start] == "+" and \
                (signed_of := self.metric_keyword("money", max(clause_lo, m.start - SIGNED_AFTER_METRIC_REACH), m.start)) \
                is not None and signed_of[0] in COMPANY_METRICS and \
                SIGNED_AFTER_METRIC_GAP.fullmatch(text, signed_of[2], m.start - 1) is not None and \
                VERSUS_AFTER_RATE.match(text, m.end) is None:
            # guidance: revenue +27-29% total; Google Cloud +63.4%: a signed rate right after a company's metric, the shorthand
            # of its growth (LABELLING.md M4: year on year where not called sequential); not revenue +2.9% vs Street, a beat
            metric, growth_of = "yoy_growth", signed_of[0]
        elif (text.find(":", max(0, m.start - GROWTH_COLON_REACH), m.start) >= 0 or
              text.find("：", max(0, m.start - GROWTH_COLON_REACH), m.start) >= 0) and \
                (colon := GROWTH_LIST_COLON.search(text, max(0, m.start - GROWTH_COLON_REACH), m.start)) is not None and \
                (own := d.periods.after(m.end, min(sent[1], m.end + 24))) is not None and \
                RATE_PERIOD_GAP.fullmatch(text, m.end, own.start) is not None:
            # Sales growth jumped over the first three months of the year: 7.9 per cent in January, …: a growth noun
            # opening a list of rates, each in the period named after it
            metric = "yoy_growth"
            growth_of = self.of_keyword(max(sent[0], colon.start() - 40), colon.end())
        elif GROWTH_AT.search(text, max(clause_lo, m.start - 48), m.start) is not None or \
                GROWTH_MOST_ZH.search(text, max(sent[0], m.start - GROWTH_MOST_REACH), m.start) is not None or \
                self.growth_rate_high(text, max(sent[0], m.start - 16), m.start) or \
                GROWTH_TO_BE.search(text, max(clause_lo, m.start - 96), m.start) is not None or \
                ((text.find("从", max(clause_lo, m.start - 30), m.start) >= 0 or text.find("由", max(clause_lo, m.start - 30), m.start) >= 0)
                 and GROWTH_FROM_ZH.search(text, max(clause_lo, m.start - 30), m.start) is not None) or \
                (text.find("from", max(clause_lo, m.start - 48), m.start) >= 0 and
                 GROWTH_FROM_EN.search(text, max(clause_lo, m.start - 48), m.start) is not None):
            metric = "yoy_growth"  # GPU server growth is even higher at 46.7%: a growth noun, then the rate it is at
            grown = d.items.before(clause_lo, m.start)
            if grown is not None and grown.name in ITEM_MARKET and self.of_keyword(grown.end, m.start) is None:
                growth_of = ITEM_MARKET[grown.name]  # (of the market of the item whose growth it is)
        elif HIGHER_THAN_YEAR_AGO.match(text, m.end) is not None and self.of_keyword(sent[0], m.start) is not None:
            metric = "yoy_growth"  # $2.8 billion, which was 9 percent higher than it was a year ago
        elif self.higher_than_year_before(m, values, sent):
            # Net sales of $2,880 million, 23% higher than fourth quarter 2024: the growth on the same period a year before
            # (its sign from the word after the rate, below)
            metric = "yoy_growth"
        elif self.yoy_before(cue_lo, m.start) or (yoy_after is not None and (
                yoy_after.start - m.end <= 4 or (noun is not None and 0 <= yoy_after.start - noun.end <= 2))):
            metric = "yoy_growth"
        elif self.share_word_before(m, clause_lo) and not self.growth_named(m, clause_lo, noun) and \
                not self.cue_in("market_share", max(clause_lo, m.start - 28), m.end + 10) \
                and not self.market_share_after(m, sent) and not self.holds_market(m, sent):
            metric = "share"  # 国产化率从2022-2023年的约27%: a share word right before its rate
        elif self.is_market_share(m, sent, lo, resp_entity) and not (
                d.kw.last("market_share", clause_lo, m.start) is None and self.metric_grew_by(clause_lo, said_lo)):
            # (not 全球服务器市占率第二……,2025年北美及国内云厂商资本开支预计增长超50%: the next clause's metric grew)
            metric = "market_share"
        elif resp_entity is not None and LIST_MARKET_SHARE.match(text, m.end):
            metric = "market_share"  # 戴尔……和超微……以7.2%和6.5%的市占率: the k-th company's share
        elif self.resp_region != "" and self.cue_in("market_share", max(clause_lo, m.start - 30), m.start):
            metric = "share"  # 美国、中国……在全球算力规模中的份额分别为34%、33%: each place's part of the whole
        elif (place_rate := self.place_bracket_growth(m, sent)) is not None:
            # 日本(+66.9%)、亚太(不含中日,+43.8%)……呈现差异化增长: each place's growth of the market discussed; on a company's
            # page (Lenovo saw … revenue up double digits year-on-year, and hypergrowth in both the Asia Pacific (+155
            # percent) and EMEA (+28 percent) markets), each place's growth of the company's metric the sentence names
            on_company = d.kind != "market_report"
            grown_of = self.of_keyword(sent[0], m.start) if on_company else self.last_market(m.start)
            if on_company and grown_of not in COMPANY_METRICS:
                dec.reason = "a place's growth on a company's page with no metric of the company named in its sentence"
                return
            self.emit(dec, 0.8, metric="yoy_growth", value=m.value, unit="%",
                      period=self.period_for(m.start, m.end, sent, clause_lo, clause_hi),
                      region=None if on_company else (place_rate or None), entity=d.head_entity if on_company else None,
                      item=None, of=grown_of, basis=self.basis_for(sent[0], m.start, None), qualifier=m.qualifier,
                      quote=self.quote(max(sent[0], m.start - 24), m.end))
            return
        elif ITEM_MARKET_SHARE_AFTER.match(text, m.end) is not None and \
                (held_by := d.items.before(max(sent[0], m.start - 80), m.start)) is not None and \
                not self.company_before(sent, m.start):
            # GPU servers continued to dominate the market, capturing an 88% market share: a kind of product's part of its
            # market (the market the page last named), no seller's (LABELLING.md I7)
            self.share(dec, "share", m, m.value, sent, lo, clause_lo, clause_hi, None, str(held_by.name),
                       self.last_market(m.start))
            return
        elif (goes := PART_DIRECTED_AFTER.match(text, m.end)) is not None and \
                (part_item := d.items.after(goes.end(), min(sent[1], goes.end() + 8))) is not None and \
                (whole := self.amount_for_part(sent, m)) is not None and whole.metric in UNIT_KIND_OF["money"]:
            # … reaching $47.4 billion. Of this figure, 95% corresponded to servers; approximately two-thirds allocated to
            # servers; 其中三分之二資金投入於伺服器: the part of the amount just stated that goes to a kind of product
            self.share(dec, "share", m, m.value, sent, lo, clause_lo, clause_hi, None, str(part_item.name), whole.metric)
            return
        elif self.place_share(m, sent, clause_lo):
            # 美国以56%的全球份额稳居第一; 加拿大……但市场份额仅1.1%: a place's part of the market discussed
            self.share(dec, "share", m, m.value, sent, lo, clause_lo, clause_hi, None, None, self.last_market(m.start))
            return
        elif m.bare_fraction or self.fraction_of_whole(m, clause_lo) or ((self.cue_in("share", max(clause_lo, m.start - 60), m.start) or
                                  self.intensity_named(m, clause_lo))
                                 and not self.growth_named(m, clause_lo, noun)
                                 and not self.metric_grew_after_share(m, clause_lo, said_lo)) or (
                (sh := d.kw.first("share", m.end, min(head_hi, m.end + 20))) is not None
                and (_short_gap(text[m.end : sh.start], 6) or SHARE_KIND_GAP.fullmatch(text, m.end, sh.start) is not None)) or \
                PART_OF_SUM_AFTER.match(text, m.end):
            # 占比35% / 35% of the total (a share word after it, in the same clause); not a growth the share verb
            # introduces (This represents a year-over-year revenue growth of 78%; represents a 44,6% growth)
            metric = "share"
        elif (moved_to := SHARE_MOVED_TO_ZH.search(text, max(clause_lo, m.start - 24), m.start)) is not None:
            # 2023年国产GPU市场份额提升至12%: the level a share moved to, not a growth
            metric = self.moved_share_metric(moved_to.start(), sent[0])
        elif (text.find("从", max(sent[0], m.start - 16), m.start) >= 0 or text.find("由", max(sent[0], m.start - 16), m.start) >= 0) \
                and SHARE_MOVES_FROM_ZH.search(text, max(sent[0], m.start - 40), m.start) is not None:
            # 于整体服务器出货占比也持续提升,从2023年12.4%成长至2027年20.9%: the level a share moved from, the clause before
            # naming the share and its move (the level it moved to follows as the share's move)
            metric = "share"
        elif text.find("from", max(sent[0], m.start - FROM_BEFORE_RATE_REACH), m.start) >= 0 and \
                (moved_from := SHARE_MOVES_FROM_EN.search(text, max(sent[0], m.start - 120), m.start)) is not None:
            # ODM Direct's market share, from 64.1 percent: the level a share moved from (the level it moved to: last_share)
            metric = self.moved_share_metric(moved_from.start(), sent[0])
        elif self.growth_verb(tail_lo, m.start) and self.of_keyword(lo, m.start) is None and \
                (lvl := self.level_grown_to(m)) is not None:
            # 批发容量增长16.1%至783兆瓦: the growth of the power it grew to (the one metric counted in watts)
            metric, growth_of = "yoy_growth", lvl
        elif (self.growth_verb(tail_lo, m.start) or noun is not None or GROWTH_AFTER_ZH.match(text, m.end)
              or self.metric_before_noun(m, sent) is not None) and (
                self.of_keyword(lo, m.start) is not None or values or self.market_growth(sent, m) or (
                    # 總營收較去年同期的393億美元大增73%: the growth over the base just stated
                    prev is not None and prev.facts and prev.unit != "%" and sent[0] <= prev.end <= m.start
                    and self.of_keyword(sent[0], m.start) is not None) or self.metric_right_after(m, sent) is not None
                or self.pointed_back_metric(sent) is not None or self.list_intro_growth(m, sent, lo) is not None or (
                    # META announced a 79% expected jump in spending to roughly $125 billion, in a capex round-up: a company's
                    # growth noun where the paragraph speaks of capex (its of: capex_context below)
                    noun is not None and d.kind == "capex" and d.companies.before(sent[0], m.start) is not None and
                    self.capex_context(m.start))):
            metric = "yoy_growth"
        elif noun is not None and FOLLOWING_BEFORE.search(text, max(lo, said_lo - 16), said_lo) is not None and \
                (followed_of := self.of_keyword(sent[0], m.start) or self.of_keyword(m.end, min(sent[1], m.end + 120))) is not None:
            # Following 70% growth in ’24, we expect hyperscale capex to grow 39%; capex will grow 30% in 2025, following
            # 70% growth in 2024: the earlier growth of the metric the sentence is about
            metric, growth_of = "yoy_growth", followed_of
        elif (ITEMS_PART_AFTER.match(text, m.end) is not None or MARKET_AMONG_BEFORE.search(text, max(sent[0], m.start - 8), m.start)
              is not None) and (whole_market := d.markets.before(sent[0], m.start) or d.markets.after(m.end, sent[1])) is not None:
            # with 39% of servers used for AI training; 2021年全球AI服务器市场中57.33%为训练型服务器: a part of the products of the
            # market the sentence names (LABELLING.md I6: of that market)
            self.share(dec, "share", m, m.value, sent, lo, clause_lo, clause_hi, resp_entity, None, str(whole_market.name))
            return
        elif self.part_of(m) is not None:
            metric = "share"  # 总收入的12% / 15% of TSMC's revenue: a part of a named whole
        elif (src := self.part_from_source(m, sent, clause_lo)) is not None:
            # 超过54%的服务器收入来自GPU加速机型, 逾91%的銷售來自資料中心部門: the part of a whole named after the rate that
            # comes from one source (a line, a customer, a kind of product)
            self.share(dec, "share", m, m.value, sent, lo, clause_lo, clause_hi, resp_entity, item=src[1], of=src[0])
            return
        elif self.part_of_amount(sent, m) and self.amount_before_part(sent, m) is not None:
            metric = "share"  # 资本支出达355亿元，其中，将有三分之一……: a part of the amount just stated
        elif OF_THEM.match(text, m.end) is not None and values and values[-1].end >= sent[0] and values[-1].unit_kind == "units":
            metric = "share"  # covers 30,000 servers, and 90% of them must be homemade models: a part of that count
        elif text.find("rate", max(sent[0], m.start - 64), m.start) >= 0 and \
                GROWTH_RATE_REACHING.search(text, max(sent[0], m.start - 64), m.start) is not None:
            metric = "yoy_growth"  # AWS is projected to post a higher YoY growth rate for shipments, reaching above 200%
        elif GROWTH_RATE_COMPARED.search(text, max(clause_lo, m.start - 40), m.start) is not None:
            metric = "yoy_growth"  # FY2026 Capex 成長率將高於 FY2025(45%): the growth rate it is compared with, in its period
        elif BY_BEFORE.search(text[max(lo, m.start - 24) : m.start]) and \
                d.kw.last("yoy.verb", max(clause_lo, m.start - CUE_REACH - 20), m.start) is not None and \
                self.of_keyword(max(clause_lo, m.start - CUE_REACH - 20), m.start) is not None:
            metric = "yoy_growth"  # increased data center capex by 76 percent
        rate = self.last_rate_before(sent, 3) if metric is None else None
        moved_zh = rate is not None and (
            RATE_MOVES_TO_ZH.search(text, max(sent[0], m.start - 24), m.start) is not None or (
                # 684% (Q1 2026) → 784% (Q2 2026E); from 684% in Q1 2026 to 784% in Q2 2026: the same growth moving on
                rate.end >= max(sent[0], m.start - RATE_MOVE_REACH) and RATE_MOVES_TO_EN.fullmatch(text, rate.end, m.start))) and \
            not self.cue_in("share", clause_lo, m.start) and not self.cue_in("market_share", clause_lo, m.start)
        if rate is not None and (ANOTHER_BEFORE.search(text, max(sent[0], m.start - 24), m.start) is not None or
                                 RATE_MOVES_TO_BEFORE.search(text, max(sent[0], m.start - 40), m.start) is not None or
                                 moved_zh) and \
                (not moved_zh or rate is self.previous_decision()) and \
                all(f.metric == "yoy_growth" for f in rate.facts):
            # will rise nearly 80% to $805 billion in 2026 and another 39% to $1.1 trillion in 2027: the same growth
            # again, in the period the rate's own clause names
            own = self.period_for(m.start, m.end, sent, m.start, clause_hi)
            for f in rate.facts:
                self.emit_again(dec, 0.8, f, m, max(clause_lo, rate.end), period=own,
                                basis=self.basis_for(sent[0], m.start, own))
            return
        if metric is None and prev is not None and (listed_period := self.listed_rate_period(prev, m, sent)) is not None:
            # 7.9 per cent in January, 15.8 per cent in February and 34.3 per cent in March: the next rates of a list of
            # one growth, each in the period named after it
            for f in prev.facts:
                self.emit_again(dec, 0.8, f, m, clause_lo, period=listed_period)
            return
        if metric is None and prev is not None and (year := self.parallel_year(prev, m, sent, clause_lo)) is not None:
            # 2024年出货年增率上修至7.6%,2025年有机会超过9%; 资本开支24年同比增长63%,25年……有望进一步增长32%: the
            # clause after a growth rate opens with its own year and names no metric: the same growth in that year
            for f in prev.facts:
                self.emit_again(dec, 0.8, f, m, clause_lo, period=year, basis=self.basis_for(sent[0], m.start, year))
            return
        if metric is None and (holder := self.share_list_holder(m)) is not None:
            # 国内TOP10厂商合计市占率达72.8%,呈现明显的头部效应: ¶ - 华为:28.6%: a line of a list of market shares, the
            # company it opens with holding the rate
            self.share(dec, "market_share", m, m.value, sent, lo, clause_lo, clause_hi, holder)
            return
        if metric is None and (whole := self.whole_of_bracketed_part(m, sent)) is not None:
            # Breaking down the $5.2 trillion …, roughly 60% (about $3.1 trillion) will flow to technology developers, 25%
            # (about $1.3 trillion) to energy suppliers: a part of an amount named before it, as its bracketed amount
            # shows (60% of $5.2 trillion is $3.1 trillion): a share of that amount's metric
            self.emit(dec, 0.8, metric="share", value=m.value, low=m.low, high=m.high, unit="%", period=whole.period,
                      region=whole.region, entity=whole.entity, item=None, of=whole.metric, basis=whole.basis,
                      qualifier=m.qualifier, quote=self.quote(self.quote_start(clause_lo, lo, m.start), m.end))
            return
        if metric is None and self.cue_in("market_share", max(clause_lo, m.start - 30), min(sent[1], m.end + 12)) and \
                not self.company_before(sent, m.start) and d.companies.after(m.end, min(sent[1], m.end + 24)) is None and \
                not self.in_tender(sent) and (d.items.before(clause_lo, m.start) is not None or
                                              # (a bounded way back: from the start of an endless clause it was quadratic)
                                              ARCHITECTURE.search(d.text, max(clause_lo, m.start - WINDOW), m.start) is not None):
            # x86服务器的市场份额在85%左右, GPU servers captured an 88% market share: a kind of product's part of its market
            # (a share, LABELLING.md I4–I6), no company's market share
            self.share(dec, "share", m, m.value, sent, lo, clause_lo, clause_hi, resp_entity)
            return
        if metric is None and noun is not None and \
                (compared := COMPARED_TO_BEFORE.search(text, max(sent[0], m.start - 16), m.start)) is not None and \
                (own := d.periods.after(noun.end, min(sent[1], noun.end + 16))) is not None and own.period and \
                OWN_PERIOD_GAP.fullmatch(text, noun.end, own.start) is not None and \
                (earlier := self.growth_just_stated(m)) is not None and earlier.period != own.period:
            # up 39% year-over-year. This acceleration (compared to 22% growth in Q3): the same growth in the earlier
            # period it is compared with, a statement of its own (LABELLING.md B2)
            self.emit_again(dec, 0.8, earlier, m, compared.start(), period=own.period)
            return
        if metric is None and (placed := self.bracketed_place_rate(m, sent)) is not None:
            # IDC預計亞太和日本地區的年復合增長率將最快,達到20%,其次是美國(16%)、歐洲、中東和非洲地區(13%)和中國(11%): the same rate
            # of the same market in each place named with its figure in a bracket (a place with no code keys no region); a
            # place's share the same way (…with nearly half of the spending. China (23%), Asia Pacific (16%) … follow)
            led_rate, where, code = placed
            self.emit_again(dec, 0.8, led_rate, m, where.start, region=code or None)
            return
        if metric is None and (rival := self.bracketed_rival_rate(m, sent)) is not None:
            # 亞馬遜雲端業務第四季銷售成長24%，但仍遜於對手Google Cloud（48%）與微軟Azure（39%）: another company's figure of
            # the growth just stated, in a bracket after its name (its own fiscal quarter where its year differs)
            led, rival_name = rival
            self.emit_again(dec, 0.8, led, m, rival_name.start, entity=str(rival_name.name))
            return
        grew_vendor: str | None = None
        if metric is None and d.kind == "market_report" and \
                (grew := d.companies.before(max(clause_lo, said_lo - VENDOR_GROWTH_REACH), said_lo)) is not None and \
                VENDOR_GREW_GAP.fullmatch(text, grew.end, said_lo) is not None and \
                (market := self.last_market(m.start)) is not None:
            # (IDC on the worldwide server market:) While HPE grew 3.4 percent, Dell had a growth of 10.2 percent; 戴尔增长
            # 10.2%: a vendor's growth in a market tracker is of the market discussed, keyed by the vendor (LABELLING.md I8)
            metric, growth_of, grew_vendor = "yoy_growth", market, str(grew.name)
        if metric is None and resp_entity is not None and (last := self.last_share) is not None and \
                last[1] == "market_share" and last[4] is not None and last[0][0] >= self.para_start(m.start) and \
                last[3] != resp_entity:
            # 英伟达以38%的市占率居首……;浪潮、华为分别以19%和15%紧随其后: the companies of a respectively list, after a company's
            # market share stated in the paragraph, each holding its part of the same market
            self.share(dec, "market_share", m, m.value, sent, lo, clause_lo, clause_hi, resp_entity, None, last[4])
            return
        if metric is None and d.kind == "market_report" and WHOLE_SPENDING_AFTER.match(text, m.end) is not None and \
                not self.company_before(sent, m.start) and (opener := d.regions.after(sent[0], m.start)) is not None and \
                opener.start <= sent[0] + PLACE_OPENER_REACH and self.region_scope(opener):
            # The United States remains the largest market for AI infrastructure, with nearly half of the spending: the part of
            # the report's market held by the place its sentence opens with
            metric = "share"
        if metric is None and (goes := PART_GOES_TO.match(text, m.end)) is not None and \
                d.items.after(goes.end(), min(sent[1], goes.end() + 16), lambda x: x.start == goes.end()) is not None:
            # 89 percent of spending was focused on servers: the part of a whole that goes to the item named next, a share
            metric = "share"
        if metric is None and (FUNDED_BY_AFTER.match(text, m.end) is not None or
                               FUNDING_BEFORE.search(text, max(sent[0], m.start - 24), m.start) is not None) and \
                (funded := self.last_value.get("money")) is not None and funded[0] in FUNDED_METRICS and \
                funded[1] >= self.para_start(m.start):
            # The total budget … amounts to CZK 15 billion, half of which will be covered by the Ministry; 總投資額預估為30至40億
            # 歐元……其中65%的成本將由民間投資者承擔; with the government footing about half of the … cost: the part of the money
            # just stated that a funder bears, a share of it
            self.share(dec, "share", m, m.value, sent, lo, clause_lo, clause_hi, None, None, funded[0])
            return
        if metric is None and (part := PART_OF_THAT_AMOUNT.match(text, m.end)) is not None and \
                (whole_money := self.last_value.get("money")) is not None and whole_money[0] in COMPANY_MONEY and \
                whole_money[1] >= self.para_start(m.start) and m.start - whole_money[1] <= PART_OF_THAT_REACH:
            # Around 75 percent of this spending (about $450 billion) is directed toward AI infrastructure; with roughly 80% of
            # Amazon's portion AI-related: the part of the amount just stated, a share of its metric (the company's whose
            # portion it is)
            who = d.companies.after(part.start("who"), part.end("who")) if part.group("who") else None
            whole_fact = next((f for x in itertools.islice(reversed(self.decisions), RECENT_VALUES) if x.start == whole_money[1]
                               for f in x.facts if f.metric == whole_money[0]), None)
            if whole_fact is not None and (who is not None or not part.group("who")):
                self.emit(dec, 0.8, metric="share", value=m.value, low=m.low, high=m.high, unit="%", period=whole_fact.period,
                          region=whole_fact.region, entity=str(who.name) if who is not None else whole_fact.entity, item=None,
                          of=whole_fact.metric, basis=whole_fact.basis, qualifier=m.qualifier,
                          quote=self.quote(self.quote_start(clause_lo, lo, m.start), part.end()))
                return
        if metric is None and (self.growth_verb(tail_lo, m.start) or noun is not None or GROWTH_AFTER_ZH.match(text, m.end)):
            # (华尔街分析师……: ¶ 2025 年:预期增长 22%: a growth word, but no metric it is of anywhere it may be read from)
            dec.reason = "no `of`: a growth word with no metric of the vocabulary in its sentence (lexicons/metrics.toml)"
            return
        if metric is None:
            dec.reason = "no metric: a percentage with no growth, CAGR or share cue (lexicons/cues.toml)"
            return
        if metric == "yoy_growth" and growth_of is None:
            growth_of = self.metric_before_noun(m, sent)  # (a 33% revenue increase: revenue, whatever came before)
        if metric == "yoy_growth" and prev is not None and prev.facts and sent[0] <= prev.end <= m.start and \
                all(f.metric == "share" and f.item for f in prev.facts) and \
                GROWTH_AFTER_SHARE.fullmatch(text, prev.end, m.start) is not None:
            # servers with embedded accelerators captured 91.8% of …, expanding 207.3% compared to last
            # year: the growth of the part the share is of (its item, in the whole's metric)
            for f in prev.facts:
                self.emit_again(dec, 0.9, f, m, clause_lo, metric="yoy_growth")
            return
        if metric == "yoy_growth" and prev is not None and prev.facts and prev.facts[0].metric in ("share", "market_share") \
                and sent[0] <= prev.end <= m.start and SHARE_CHANGE_AFTER.fullmatch(text, prev.end, m.start):
            # 联网通信业务收入占服务收入76%、同比提升1.5%: the change of the share before it, in points or percent
            dec.reason = "a change of a share (占比……同比提升1.5%: points or percent, unclear), not a share"
            return
        if metric == "yoy_growth" and prev is not None and not prev.facts and prev.unit != "%" and \
                (prev.reason or "").startswith("out of vocabulary") and sent[0] <= prev.end <= m.start and \
                SKIPPED_GROWTH_GAP.fullmatch(text, prev.end, m.start) is not None:
            # Remaining Performance Obligations … climbed to $553 billion, up 325%: the growth of an
            # amount outside the vocabulary is outside it too
            dec.reason = "out of vocabulary: the growth of an amount outside it (the amount before it was skipped)"
            return
        if metric == "yoy_growth" and (level := self.level_past_change(sent)) is not None and \
                (level.reason or "").startswith("out of vocabulary") and self.of_keyword(level.end, m.start) is None:
            # 归母净利润为18.10亿元到20.10亿元,与上年同期相比,将增加5.47亿元到7.47亿元,同比增长43.29%到59.12%: the
            # growth of the level before the amount it moved by, outside the vocabulary too
            dec.reason = "out of vocabulary: the growth of an amount outside it (the amount before it was skipped)"
            return
        if metric == "yoy_growth" and RATIO_MOVES_TO.search(text, max(sent[0], m.start - RATIO_MOVES_REACH), m.start) is not None:
            # this percentage is expected to rise to 75% in 2028: the level a ratio moves to, no growth of anything
            dec.reason = "the level a ratio (a percentage, a share) moves to, not a growth rate"
            return
        if metric == "yoy_growth" and FROM_PREVIOUS_QUARTER.match(text, noun.end if noun is not None else m.end) is not None:
            dec.reason = "quarter-on-quarter growth (not in the vocabulary): a 22% increase from … in the previous quarter"
            return
        if metric == "yoy_growth" and FROM_EXPECTATIONS.match(text, noun.end if noun is not None else m.end) is not None:
            dec.reason = "a difference from expectations (a decline of 40% from prior market expectations), not a growth"
            return
        if metric == "yoy_growth" and self.multi_year(m, sent, values):
            dec.reason = "growth over several years (较2020年, 较前年), not year on year"
            return
        value = m.value
        neg = d.kw.last("negative", max(lo, m.start - 16), m.start)
        if neg is not None and not _short_gap(text[neg.end : m.start], 16):
            neg = None  # (a year-on-year decrease of 1.4%: the falling word may stand a few words before)
        if neg is not None and (rose := d.kw.last("yoy.verb", neg.end, m.start)) is not None and \
                d.kw.first("negative", rose.start, rose.end) is None:
            neg = None  # 網絡承壓下滑 政企業務受惠智算需求暴增一倍: a rising verb nearer the rate than the falling one
        if neg is not None and RATE_FELL_TO.search(text, max(lo, neg.start - 6), m.start) is not None:
            neg = None  # 微軟因基期過高，年增降為 27%: the growth rate itself fell to 27%, a growth of +27%
        if metric in ("yoy_growth", "cagr") and value > 0 and (
                (neg is not None and not LEVEL_AFTER.match(text[neg.end : m.start]))
                or FALL_AFTER_RATE.match(text[m.end : m.end + 48])):
            # 下降4%, down 1.4%, a 24% YoY decline, a 7% year-on-year revenue decline (but 降至2.7%: fell *to* a rate of 2.7%)
            value = -value
        elif value > 0 and prev is not None and prev.end >= sent[0] and prev.facts and \
                self.fell_before_in_list(metric, m.start, prev.facts[0]):
            value = -value  # 二者分别同比下滑61.96%、88.35%: the falling word stands for the whole list
        if metric in ("market_share", "share"):
            if SHARE_CHANGE.search(text, max(clause_lo, m.start - 12), m.start) is not None and \
                    d.kw.last("share", max(clause_lo, m.start - 60), m.start) is not None:
                dec.reason = "a change of a share (占比提升10%: points or percent, unclear), not a share"
                return
            moved = d.kw.last("share", max(sent[0], m.start - 80), clause_lo) if metric == "share" else None
            if moved is not None and SHARE_MOVES_TO.fullmatch(text, moved.end, m.start) is not None:
                clause_lo = self.clause_start(sent[0], moved.start)  # (占整体服务器的比重，将冲高至74%: the share's clause)
            self.share(dec, metric, m, value, sent, lo, clause_lo, clause_hi, resp_entity)
            return
        if growth_of is None and metric == "yoy_growth" and RATE_NOUN_IN.match(d.text, m.end) is not None:
            # a 115% year-over-year increase in data center revenue: the metric named after the growth noun and "in",
            # over a metric named earlier in the sentence (sales of its Epyc processors saw a double-digit growth)
            growth_of = self.metric_right_after(m, sent)
        if (cause := CAUSE_CLAUSE.match(text, sent[0])) is not None and lo < cause.end() <= m.start:
            # 受益于……AI算力需求的持续旺盛,2025年前三季度云服务商业务同比增长超150%: the clause naming the cause names no
            # metric of the rate after it
            lo = cause.end()
        kw = self.resp_of or growth_of or self.of_keyword(lo, m.start)
        # 第3季营收2兆589.49亿元,较第2季1兆7934.68亿元……增加11%: the growth of the figure compared, not of its base
        ref = next((v for v in itertools.islice(reversed(values), RECENT_VALUES) if not v.base), None)
        before_m = self.mention_before(m)
        based = values[-1] if values and values[-1].base and before_m is not None and \
            before_m.end == values[-1].end else None  # (the base right before the rate, not an earlier one)
        if metric == "yoy_growth" and ref is not None and based is not None and ref.period and \
                QUARTER_LABEL.fullmatch(ref.period) and based.period == previous_quarter(ref.period):
            # 第4季资本支出3569.1亿元,较去年第3季资本支出2874.5亿元成长24.1%: over the quarter before
            dec.reason = "quarter-on-quarter growth (not in the vocabulary)"
            return
        if metric == "yoy_growth" and ref is not None and based is not None and ref.period and \
                re.fullmatch(r"\d{4}-\d{2}", ref.period) and based.period == previous_month(ref.period):
            # 11月营收3436.1亿元,较10月的3674.73亿元减少6.5%: over the month before
            dec.reason = "month-on-month growth (not in the vocabulary)"
            return
        of: str | None = None
        if kw:
            of = kw
            after_ref = (d.kw.first("money_after", ref.end, min(m.start, ref.end + 24)) or
                         d.kw.first("money", ref.end, min(m.start, ref.end + 3))) if ref is not None else None
            if ref is not None and ref.metric != of and after_ref is not None and after_ref.start - ref.end <= 2 \
                    and after_ref.label == of:
                # $39.1 billion in revenues (of the data center business), a 73% increase; 数据中心计算业务贡献430亿美元收入,
                # 同比增长56%: the revenue word after the amount stands for the amount's own metric
                of = ref.metric
            elif ref is not None and (ref.metric != of or d.kw.last("money", ref.end, m.start) is not None):
                ref = None  # (another metric, or the same named anew: …to $1.5 billion while the gaming segment was down 59%)
        elif ref is not None:
            of = ref.metric
        else:
            of = self.of_keyword(cause.end() if cause is not None and cause.end() <= m.start else sent[0], m.start)
        pointed: _Value | None = None
        if of is None and metric in ("yoy_growth", "cagr") and (back := self.pointed_back_metric(sent)) is not None:
            of = back  # Revenue was $70.1 billion. This represents a 13% increase from …: the growth of that amount
            # (… capacity reached 1.4 GW in 2024 … This is expected to grow at a compound annual rate of 21%: the CAGR of
            # that amount, keyed as it is)
            pointed = self.pointed_back_value(sent, next((k for k, ms in UNIT_KIND_OF.items() if back in ms), "none"))
        business_item: str | None = None  # the item a business line names, when the growth is the line's
        if of is None and metric == "yoy_growth" and (intro_of := self.list_intro_growth(m, sent, lo)) is not None:
            of = intro_of  # 华尔街分析师……低估了 AI 基础设施支出: ¶ - 2025 年:预期增长 22%,实际增长 64%: of the intro's metric
        if of is None and (price := d.kw.last("money", clause_lo, m.start)) is not None and price.label == "unit_price" and \
                d.kw.last("money_patterns", price.end, m.start) is None:
            # 服务器的平均交易价格的环比与同比增幅均已超过30%: the growth of a price, which of_keyword leaves unread; not of
            # the market of the product priced
            dec.reason = "the growth of a price (no `of` of the vocabulary)"
            return
        if of is None and (after := self.metric_right_after(m, sent)) is not None:
            of = after  # a YoY growth rate of over 70% for shipments of in-house AI chips
        if of is None and self.market_growth(sent, m):
            # 中国市场同比增长93.3%, 日本增长66.9% in a tracker: the growth of its market in that region
            # (servers with an embedded GPU grew 46.7%: of the market of the item the sentence names)
            of = self.generic_market(m.start)
        if of is None and d.kind == "capex" and (
                d.companies.before(sent[0], m.start) is not None or self.section_entity(m.start) is not None) and \
                self.capex_context(m.start):
            of = "capex"  # 2026年Meta预期年增高达53.6% in a capex report: the company's capex growth
        if of is None and metric == "yoy_growth" and (sm := self.section_metric(m.start)) is not None and (
                (sm in COMPANY_METRICS) == (self.named_in_sentence(sent, m.start) or
                                            COMPANIES_AS_ONE.search(text, sent[0], m.start) is not None)):
            # under a heading that names the metric (美系CSP扩大资本支出), a company's or a market's as the sentence is; a
            # group of companies named as one is companies (2025/26年四大CSP年增58.4%/30.6%)
            of = sm
        if of is None and metric == "yoy_growth" and d.head_entity is not None and (
                d.regions.before(max(clause_lo, m.start - 16), m.start) is not None or
                d.uncoded.before(max(clause_lo, m.start - 16), m.start) is not None) and \
                (split := self.previous_sentence_split(sent)) is not None:
            # The US accounted for 60% of revenue, Asia 30% …. Asia saw a 77% year-over-year increase: on a company's page, a
            # place's growth after the sentence that split the company's metric by place, of that metric
            of = split
        if of is None and metric == "yoy_growth" and (
                self.growth_verb(max(clause_lo, m.start - 16), m.start) or noun is not None or
                self.growth_rate_high(text, max(sent[0], m.start - 16), m.start)) and \
                BUSINESS_LINE_BEFORE.search(text, max(sent[0], m.start - BUSINESS_LINE_REACH), m.start) is None and \
                (prev_of := self.previous_sentence_metric(sent)) is not None:
            # 全球数据中心资本支出呈现波动增长趋势。2022年增长15%，2023年……放缓至4%: the metric the sentence
            # before names, which this one goes on about
            of = prev_of
        if of is None and metric == "yoy_growth" and (same_of := self.company_growth_before(sent, m)) is not None and \
                self.names_no_measure(max(sent[0], m.start - COMPANY_GROWTH_NAME_REACH), m.start):
            # 营收……增速分别降至0.4%、0.6%、1.0% ¶ - 仅第三季度,仅中国移动实现2.5%的同比增长: the same company's growth, of the
            # metric its growth just before was of
            of = same_of
        if of is None and metric == "yoy_growth" and \
                (line := BUSINESS_LINE_BEFORE.search(text, max(sent[0], m.start - BUSINESS_LINE_REACH), m.start)) is not None and \
                self.names_no_measure((past_aside := _aside_end(text, line.end(), m.start)), m.start) and \
                ((before_m := self.mention_before(m)) is None or before_m.end <= line.start() or
                 line.end() <= before_m.start < before_m.end < past_aside):
            # (not AIDC 业务电费1.26 亿元,同比+147.14%: the growth of an amount stated between, which names no metric; but
            # 云服务商业务(占比云计算业务70%)同比增长超150%: an aside in brackets after the line is not what grew)
            of = "revenue"  # 交换机业务因AI需求放量,第三季度同比增长100%: a business line's growth is of its sales (LABELLING.md I9)
            if (named := d.items.before(max(sent[0], line.start() - 12), line.start())) is not None and \
                    text[named.end : line.start()].strip() == "":
                business_item = str(named.name)  # (交换机业务: the item the line is named by, switch)
        if of is None and metric == "yoy_growth" and values and values[-1].end >= sent[0] and \
                values[-1].unit_kind in ("money", "units") and \
                GROWTH_OF_AMOUNT_GAP.fullmatch(text, values[-1].end, said_lo) is not None:
            # spent a staggering $34.9 billion in the quarter ending Sept. 30—a 74% jump from a year ago: the growth of the
            # amount it is set beside, of that amount's metric
            of = values[-1].metric
        if of is None and metric in ("yoy_growth", "cagr") and 0 <= self.cur_index < len(self.cur_mentions) - 1 and \
                (reached := self.cur_mentions[self.cur_index + 1]).unit == "W" and \
                LEVEL_REACHED_BEFORE.search(text, max(m.end, reached.start - 24), reached.start) is not None:
            # forecast to grow 16% annually, nearly doubling to 42 GW by 2028: the growth of the power it reaches
            of = "datacenter_power"
        if of is None and metric == "yoy_growth" and (prev_rate := self.last_rate_before(sent, 1)) is not None and \
                sent[0] <= prev_rate.end < m.start and all(f.metric == "yoy_growth" and f.of for f in prev_rate.facts) and \
                (gap := PARALLEL_CLAUSE_GAP.match(text, prev_rate.end, m.start)) is not None and \
                (own := d.periods.after(gap.end(), m.start, lambda q: bool(q.period))) is not None and own.start - gap.end() <= 1 and \
                self.names_no_measure(gap.end(), m.start) and d.entities.after(gap.end(), m.start) is None and \
                d.items.after(gap.end(), m.start) is None:
            # 云服务商业务同比增长超150%,第三季度单季同比增长逾2.1倍: a clause opening with its own period and naming nothing
            # else goes on with the growth of the clause before (Chinese parallel clauses)
            of = prev_rate.facts[0].of
        line_item = self.product_line_growth(sent, m, clause_lo) if of is None and metric == "yoy_growth" else None
        if line_item is not None:
            of = "revenue"  # 鴻海's page: 其中 AI 伺服器年增超過 150%: a product line's growth is of its maker's sales (I9)
        if of is None:
            dec.reason = "no `of`: the growth rate names no metric of the vocabulary"
            return
        if of == "revenue" and d.kind != "market_report" and \
                DATA_CENTRE_GROWN.search(text, max(clause_lo, m.start - DATA_CENTRE_GROWN_REACH), m.start) is not None:
            # 資料中心增長69%到600億美元, Data Center up 57% on a company's page: the data-center segment's growth (LABELLING.md
            # metric table: datacenter_revenue), not the company's, whose revenue the clause before named
            of = "datacenter_revenue"
        if of == "tender_quantity":
            of = self.purchases_of(m.start, m.end)  # (2023年AWS伺服器採購量同比增長幅度收斂至6.2%: AWS's own, as shipments)
        quote = self.quote(clause_lo, m.end)
        if metric in ("yoy_growth", "cagr"):
            self.last_growth = (sent, of)
        if metric == "cagr":
            period = self.cagr_period(sent, m.start, values)
            ref = ref or pointed
            region = ref.region if ref else self.region_for(lo, m.start, sent, clause_hi)
            entity = ref.entity if ref else None
            if ref is None and of in COMPANY_METRICS:
                entity = self.entity_for(of, lo, m.start, m.end, sent, clause_lo, clause_hi)
                # (global datacentre capital expenditure will expand at a 17 percent CAGR: a market's, by region)
                region = self.region_for(lo, m.start, sent, clause_hi) if entity is None else None
            basis = self.basis_for(sent[0], m.start, None)
            if basis == "actual" and ref is not None:
                basis = ref.basis
            item = ref.item if ref else (self.overall_item(sent, m.start) if of in COUNT_METRICS else None)
            self.emit(dec, 1.0, metric="cagr", value=value, low=m.low, high=m.high, unit="%", period=period,
                      region=region, entity=entity, item=item, of=of, basis=basis, qualifier=m.qualifier, quote=quote)
            return
        if ref is not None:
            vals = m.values if m.is_list else [value]
            pers = ref.periods if m.is_list and len(ref.periods) == len(vals) else [ref.period] * len(vals)
            own = d.periods.before(ref.end, m.start, lambda p: bool(p.period) and not self.base_period(p))
            if own is not None and not m.is_list:
                pers = [self.restated_year(own, sent)]  # 4,200亿美元，2026年再年增24%: the growth of a later year
            tail = d.periods.after(m.end, min(clause_hi, m.end + 32), lambda p: bool(p.period))
            if tail is not None and not m.is_list and RATE_PERIOD_GAP.fullmatch(text, m.end, tail.start) and \
                    not self.opens_statement(tail, clause_hi):
                pers = [tail.period]  # to $4.9 billion — an acceleration from 68% growth in the prior quarter
            # (戴尔(增长20.6%) after the market's size: a vendor's slice of the market, LABELLING.md I8)
            vendor = self.bracketed_after(sent, m.start) if of in MARKET_METRICS else None
            for val, per in zip(vals, pers, strict=True):
                # (a growth in a later period than the amount's is said in its own words: is expected to grow by 56%
                # in 2026 after 9 EFLOPS in 2025)
                said = ref.basis if per == ref.period or per is None else self.basis_for(sent[0], m.start, per)
                # (緯創與廣達營收分別達到706億與682億美元，成長率高達116.2%與55.6%: the k-th rate of a list after k companies
                # is the k-th company's, not the last amount's)
                self.emit(dec, 1.0, metric="yoy_growth", value=val, unit="%", period=per, region=ref.region,
                          entity=vendor or (resp_entity if resp_entity and ref.entity else None) or ref.entity,
                          item=ref.item, of=of, basis=said, qualifier=m.qualifier, quote=quote)
            return
        if metric == "yoy_growth" and GROWTH_SINCE_AFTER.match(text, m.end) is not None:
            # Hyperscale capex has swelled by almost 180 percent since late 2022: growth over the years since, no year's rate
            dec.reason = "growth over a span of years (not a year-on-year rate): since a year named after it"
            return
        period = self.period_for(m.start, m.end, sent, clause_lo, clause_hi)
        after = d.periods.after(m.end, clause_hi, lambda p: p.kind == "span" and bool(p.period))
        if after is not None and after.start - m.end <= 8 and FROM_SPAN_GAP.fullmatch(text, m.end, after.start):
            period = after.period  # 67% from 2024 to 2025: the span right after the rate
        span_years: list[str | None] = []
        if metric == "yoy_growth" and period and (span := YEAR_SPAN.fullmatch(period)) and m.is_list and \
                len(m.values) == int(span.group(2)) - int(span.group(1)) + 1:
            # 预计2024-2026年收入增长速度为12%/10%/8%: one rate a year of the span, in order
            span_years = [str(y) for y in range(int(span.group(1)), int(span.group(2)) + 1)]
        elif metric == "yoy_growth" and period and (span := YEAR_SPAN.fullmatch(period)) and \
                self.cur_index not in self.respectively_period:  # (a list's k-th year is its own: growth_years)
            if int(span.group(2)) - int(span.group(1)) != 1:
                # shipments grew more than 250% between 2022 and 2024: over several years, no year's rate
                dec.reason = "growth over a span of years (not a year-on-year rate)"
                return
            period = span.group(2)  # from 2024 to 2025: the later year's growth
        stated = self.out[-1].fact if self.out else None
        this_basis: str | None = None
        # (the pointing word at most WINDOW characters back: a search from the sentence's start per rate was quadratic)
        if stated is not None and stated.metric == of and THIS_REPRESENTS.search(text, max(sent[0], m.start - WINDOW), m.start) and \
                d.periods.before(sent[0], m.start) is None and stated.quote and self.out[-1].decision.start >= \
                self.para_start(m.start):
            # AMD expects revenue to be approximately $7.1 billion. … this represents year-over-year growth
            # of approximately 30%: the growth of the figure just stated, in its period and basis
            period, this_basis = stated.period, stated.basis
        entity = None
        region = None
        if of in COMPANY_METRICS:
            entity = resp_entity or self.entity_for(of, lo, m.start, m.end, sent, clause_lo, clause_hi)
            if entity is not None and resp_entity is None and self.world_spending(of, sent, m.start):
                entity = None  # 2024年全球数据中心资本支出(CAPEX)激增51%: the world's spending grew
            if entity is None and of in ("capex", "revenue", "compute_investment"):
                region = self.region_for(lo, m.start, sent, clause_hi)  # a market's capex growth
        elif of == "shipments" and resp_entity is not None:
            entity = resp_entity  # Huawei and AWS … shipment growth rates of 118% and 114%, respectively: each maker's own
        elif of == "shipments" and (maker := d.companies.before(sent[0], m.start, self.not_vendor)) is not None \
                and not self.listed(maker) and d.regions.before(maker.end, m.start) is None:
            entity = str(maker.name)  # AWS自研ASIC出货量成长一倍: a company's own shipments
        elif of in CAPACITY_METRICS and (holder := resp_entity or self.holder(lo, m.start, sent)) is not None:
            entity = holder  # We will increase our total AI capacity by over 80%: the company's, as its level is
        else:
            region = self.region_for(lo, m.start, sent, clause_hi)
            if of in MARKET_METRICS and (vendor := self.bracketed_after(sent, m.start)) is not None:
                entity = vendor  # 戴尔(增长20.6%)和超微(增长55%): a vendor's slice of the market (LABELLING.md I8)
            elif of in MARKET_METRICS and grew_vendor is not None:
                entity = grew_vendor  # (While HPE grew 3.4 percent: the same, the vendor before its growth verb)
        item = self.keyword_item(clause_lo, m.start) if of in ITEM_KEYED else None
        if item is None and line_item is not None:
            item = line_item  # (AI 伺服器年增超過 150%: the product line's)
        if item is None and business_item is not None:
            item = business_item
        if item is None and of in ITEM_KEYED and self.of_keyword(clause_lo, m.start) is None:
            # 伺服器業績季增47%，年增98%: the item of the metric named before the clause
            item = self.keyword_item(sent[0], m.start)
        if item is None and of in ITEM_KEYED and \
                (lab := next(reversed(list(SEGMENT_LABEL.finditer(text, max(sent[0], m.start - 60), m.start))), None)) is not None \
                and (it_lab := d.items.after(lab.start(1), lab.end(1))) is not None:
            item = str(it_lab.name)  # 服务器及部件业务:预计2024-2026年收入增长速度为12%/10%/8%: the segment the line is of
        if of in COUNT_METRICS:
            # 全球AI服务器出货量年增46%: the growth of the shipments of that item
            item = self.overall_item(sent, m.start)
            if item is None and RATE_NOUN_IN.match(text, m.end) is not None and \
                    (ships := d.kw.first("count.shipments", m.end, min(sent[1], m.end + 64))) is not None and \
                    (named := d.items.before(m.end, ships.start)) is not None and ships.start - named.end <= 1:
                item = str(named.name)  # a 2.05% growth in global server shipments: the item named after the growth noun
        if of in CAPACITY_METRICS and entity is None and region is not None:
            holder = self.holder(lo, m.start, sent)
            if holder:
                entity, region = holder, None
        vals = m.values if m.is_list else [value]
        names = self.resp_list if self.resp_list and len(self.resp_list) == len(vals) and of in COMPANY_METRICS else None
        # (2025/26年四大CSP年增58.4%/30.6%: the k-th rate is the k-th year's)
        listed: list[str | None] = span_years or (self.list_periods(m, sent, len(vals)) if m.is_list else [None])
        per_value: list[str | None] = listed if all(listed) else [period for _ in vals]
        if len(vals) == 1 and item is not None and not names and (shared := self.items_sharing(clause_lo, m.start)):
            for name in shared:  # AI服务器、通用服务器营收同比均超50%: each item's rate
                self.emit(dec, 0.9, metric="yoy_growth", value=value, unit="%", period=per_value[0], region=region,
                          entity=entity, item=name, of=of, basis=this_basis or self.basis_for(sent[0], m.start, per_value[0]),
                          qualifier=m.qualifier, quote=quote)
            return
        for k, val in enumerate(vals):
            # (中国移动/电信/联通……分别同比增长0.5%/22%/28%: the k-th rate is the k-th company's)
            self.emit(dec, 0.9, metric="yoy_growth", value=val, unit="%", period=per_value[k],
                      region=None if names else region, entity=names[k] if names else entity,
                      item=item, of=of, basis=this_basis or self.basis_for(sent[0], m.start, per_value[k]),
                      qualifier=m.qualifier, quote=quote)

    def intensity_named(self, m: Mention, clause_lo: int) -> bool:
        """The name of capex's ratio to revenue stands before the rate ``m`` in its clause, within INTENSITY_REACH
        (资本强度, Capex/云收入比, spending intensity: lexicons/cues.toml [capex_intensity])."""
        return self.cue_in("capex_intensity", max(clause_lo, m.start - INTENSITY_REACH), m.start)

    def fraction_of_whole(self, m: Mention, clause_lo: int) -> bool:
        """A Chinese fraction word right after 的 and the whole it divides (逼近整體AI伺服器的一半, 約為整體伺服器的一成): a
        share by its form, the whole named before 的 (a whole word, or an item or metric glued to 的)."""
        d, text = self.d, self.d.text
        if m.start < 1 or text[m.start - 1] != "的" or ZH_FRACTION.fullmatch(text, m.start, m.end) is None:
            return False
        if WHOLE_WORD.search(text, max(clause_lo, m.start - 24), m.start) is not None:
            return True
        named = d.items.before(max(clause_lo, m.start - 16), m.start - 1)
        word = d.kw.last("money", max(clause_lo, m.start - 16), m.start - 1) or \
            d.kw.last("count.shipments", max(clause_lo, m.start - 16), m.start - 1)
        return (named is not None and named.end == m.start - 1) or (word is not None and word.end == m.start - 1)

    def share_moves_on(self, m: Mention, sent: tuple[int, int], prev: Decision | None, local: str) -> bool:
        """``m`` is the level a share stated just before it (in its paragraph) moves to: the rate right
        before it was that share, a verb of moving *to* stands right before ``m``, and no subject,
        metric, share or growth word of its own stands between them."""
        d = self.d
        assert self.last_share is not None
        if prev is None or not prev.facts or prev.facts[0].metric not in ("share", "market_share") or \
                self.last_share[0][0] < self.para_start(m.start):
            return False
        lo = max(sent[0], prev.end)
        # (the statement before may close on its own period and whole: 15% of server shipments in 2024, and …)
        closing = d.periods.before(lo, m.start, lambda p: p.period == prev.facts[0].period)
        own_lo = closing.end if closing is not None else lo
        later = d.periods.before(own_lo, m.start, lambda p: bool(p.period) and p.period != prev.facts[0].period)
        # (a later year may stand between the verb and the level: 预计成长至2027年20.9%)
        said = local[: len(local) - (m.start - later.start)] if later is not None and \
            d.text[later.end : m.start].strip() == "" and later.start >= lo else local
        if later is None:  # (or right after the level: expected to reach 27% by 2030)
            later = d.periods.after(m.end, min(sent[1], m.end + 12),
                                    lambda p: bool(p.period) and p.period != prev.facts[0].period)
        if MOVES_TO.search(said) is None and not (REACHES_LEVEL.search(said) is not None and later is not None):
            return False  # (…比重约可达16.2%,预期2027年可望达到21.5%: the same share in a later year)
        named = d.kw.last("share", own_lo, m.start)
        if named is not None and ANAPHORIC_SHARE.search(d.text, max(0, named.start - 12), named.end) is not None:
            named = None  # the share, 该比例: the one stated, named again
        return d.items.before(own_lo, m.start) is None and d.entities.before(own_lo, m.start) is None and \
            self.metric_keyword("money", own_lo, m.start) is None and not self.yoy_before(own_lo, m.start) and \
            named is None and not self.cue_in("cagr", own_lo, m.start) and \
            GROWTH_WORD.search(d.text, own_lo, m.start) is None

    def yoy_before(self, lo: int, pos: int) -> bool:
        """A year-on-year cue (同比, 年增, YoY, year-over-year …) before the number, with no other
        number and at most a few words (增长了, increase of, 达到约) between them."""
        h = self.d.kw.last("yoy.before", lo, pos)
        if h is not None and _short_gap(self.d.text[h.end : pos]):
            return True
        # a cue that usually follows its number (year-over-year) counts only right before this one
        h = self.d.kw.last("yoy.after", lo, pos)
        return h is not None and _short_gap(self.d.text[h.end : pos], 3)

    def growth_named(self, m: Mention, clause_lo: int, noun: Hit | None) -> bool:
        """A growth noun names the rate: right after it (a 44,6% growth) or between a share verb and it
        (represents a year-over-year revenue growth of 78%)."""
        if noun is not None:
            return True
        sh = self.d.kw.last("share", max(clause_lo, m.start - 60), m.start)
        grown = self.d.kw.last("yoy.noun", sh.end, m.start) if sh is not None else None
        # (not a move to a level: localization rate will increase to 41.65%)
        return grown is not None and GROWTH_OF_GAP.fullmatch(self.d.text, grown.end, m.start) is not None

    def metric_grew_after_share(self, m: Mention, clause_lo: int, said_lo: int) -> bool:
        """A metric after the clause's share word grew by the rate, its verb right before it (營收占比最大的資料中心銷售
        第一季成長427%: the share word names the line, the rate is its growth; not 占比提升至35%, a share moved)."""
        d = self.d
        sh = d.kw.last("share", max(clause_lo, m.start - 60), m.start)
        return sh is not None and self.metric_grew_by(sh.end, said_lo)

    def metric_grew_by(self, lo: int, said_lo: int) -> bool:
        """A metric named in ``lo:said_lo`` grew by the rate said at ``said_lo``, its verb right before it (资本开支预计
        增长超50%)."""
        d = self.d
        verb = d.kw.last("yoy.verb", lo, said_lo)
        return verb is not None and verb.end == said_lo and (
            d.kw.any("money", lo, verb.start) or d.kw.any("money_patterns", lo, verb.start))

    def higher_than_year_before(self, m: Mention, values: list[_Value], sent: tuple[int, int]) -> bool:
        """The rate ``m`` says how much the amount just stated is higher or lower than the same period a year before,
        named right after it (Net sales of $2,880 million, 23% higher than fourth quarter 2024)."""
        d = self.d
        than = HIGHER_LOWER_THAN.match(d.text, m.end)
        if than is None:
            return False
        at = than.end()
        if (were := THEY_WERE.match(d.text, at)) is not None:
            at = were.end()  # (12.7% higher than they were in Q4 2022)
        # (the base's period starts right there, or holds "than" itself: than 2022)
        base = d.periods.after(m.end, min(len(d.text), at + 40), lambda q: q.start <= at + 1 and q.end > at)
        if base is None or not base.period:
            return False
        stated: str | None
        if values and values[-1].end >= sent[0] and values[-1].period:
            stated = values[-1].period
        else:
            # (revenues in Q4 2023 were up 21.5% … and 12.7% higher than they were in Q4 2022; 2023 volume is 22% lower
            # than 2022: the period the sentence states its figure for, named before the rate)
            own = d.periods.before(max(sent[0], m.start - 120), m.start, lambda q: bool(q.period) and not self.base_period(q))
            stated = own.period if own is not None else None
        return stated is not None and base.period == _shift_year(stated, -1)

    def level_grown_to(self, m: Mention) -> str | None:
        """The metric of the level right after a rate it grew to, where its unit names one metric alone (增长16.1%至
        783兆瓦: datacenter_power); None otherwise."""
        ms = self.cur_mentions
        i = self.cur_index
        if not (0 <= i < len(ms) - 1 and ms[i] is m):
            return None
        nxt = ms[i + 1]
        if _unit_kind(nxt.unit) != "W" or GROWN_TO_GAP.fullmatch(strip_qualifier(self.d.text[m.end : nxt.start])) is None or \
                BY_YEAR_AFTER.match(self.d.text, nxt.end) is not None:
            return None  # (expand by 50% to 92 GW by 2027: growth over several years, no year's rate)
        return "datacenter_power"

    def growth_verb(self, lo: int, pos: int) -> bool:
        """A verb of change (增长, 下降, grew, fell) right before the number (the last answer kept: a rate asks the same
        question again and again)."""
        if self.growth_verb_asked[0] == lo and self.growth_verb_asked[1] == pos:
            return self.growth_verb_asked[2]
        found = self.find_growth_verb(lo, pos)
        self.growth_verb_asked = (lo, pos, found)
        return found

    def find_growth_verb(self, lo: int, pos: int) -> bool:
        for group in ("yoy.verb", "negative"):
            h = self.d.kw.last(group, lo, pos)
            if h is not None and _short_gap(self.d.text[h.end : pos], 12):
                return True
        if (it := INTENSIFIER_BEFORE.search(self.d.text, max(0, pos - 24), pos)) is not None:
            # surged an extraordinary 220%, grew a whopping 50%: the verb right before the intensifier
            return any((h := self.d.kw.last(group, max(0, it.start() - 16), it.start())) is not None and h.end == it.start()
                       for group in ("yoy.verb", "negative"))
        return False

    def of_keyword(self, lo: int, pos: int) -> str | None:
        best = None
        for group in ("money", "money_patterns", "flops", "of_only", "of_only_patterns"):
            h = self.d.kw.last(group, lo, pos)
            if h is not None and (best is None or h.end > best.end or (h.end == best.end and h.start < best.start)):
                best = h  # the keyword ending last; of two ending together, the longer (数据中心业务的营收)
        if best is None:
            return None
        if best.label in ("unit_price", "award_amount", "tender_amount", "training_cost"):
            return None
        if best.label == GENERIC_MARKET:
            return self.generic_market(best.start)
        if best.label == "ai_server_market_size" and INFRA_SPENDING.fullmatch(best.word) is not None and \
                self.spender_before(best.start):
            return "capex"  # 科技巨头 AI 基础设施支出, ramped up their AI infrastructure spending: companies' spending, no market
        if best.label == "accelerator_count" and CARRYING_BEFORE.search(self.d.text, max(0, best.start - 8), best.start):
            return "shipments"  # AI伺服器搭載AI晶片供應商分布: the servers carrying the chips are counted
        return best.label

    def spender_before(self, pos: int) -> bool:
        """Companies stand right before the spending word at ``pos`` as its owners (:meth:`spenders_named_before`), or the
        page is about companies' capex."""
        return self.d.kind == "capex" or self.spenders_named_before(pos)

    def spenders_named_before(self, pos: int) -> bool:
        """Companies stand right before the spending word at ``pos`` as its owners (科技巨头 AI 基础设施支出, Meta's AI
        infrastructure spending, ramped up their AI infrastructure spending, 大型科技公司今年在AI基礎設施的總支出)."""
        d = self.d
        lo = max(0, pos - SPENDER_REACH)
        return COMPANIES_AS_ONE.search(d.text, lo, pos) is not None or SPENDERS_OWN.search(d.text, lo, pos) is not None or \
            d.companies.before(lo, pos) is not None

    def market_share_after(self, m: Mention, sent: tuple[int, int]) -> bool:
        """A market-share word right after the rate (a 90% market share), or past "of the" (accounting for more
        than 60% of the market share)."""
        right_after = self.d.kw.first("market_share", m.end, min(sent[1], m.end + 32))
        return right_after is not None and (self.d.text[m.end : right_after.start].strip("+ ") == "" or  # (90%+ market share)
                                            OF_THE_WHOLE_GAP.fullmatch(self.d.text, m.end, right_after.start) is not None
                                            or PRODUCT_GAP.fullmatch(self.d.text, m.end, right_after.start) is not None)

    def is_market_share(self, m: Mention, sent: tuple[int, int], lo: int, resp_entity: str | None) -> bool:
        d = self.d
        text = d.text
        paren = bool(re.search(r"\($", text[max(0, m.start - 1) : m.start]))
        ms_cue = self.cue_in("market_share", sent[0], min(sent[1], m.end + 12)) or self.market_share_after(m, sent)
        near_company = d.entities.before(max(0, m.start - 12), m.start, lambda x: x.type != "model")
        if paren and near_company and (ms_cue or d.markets.before(sent[0], m.start) is not None or self.in_tender(sent)):
            return True  # (Inspur (70%), Lenovo (30%) were selected as bid-winning candidates)
        if self.in_tender(sent) and SHARE_AFTER_EN.match(text, m.end) and \
                self.cue_in("award", max(sent[0], m.start - 24), m.start) and \
                d.companies.before(max(sent[0], m.start - 40), m.start) is not None:
            return True  # ZTE intends to win a 40% share: the bidder's share of what is procured
        if ms_cue and self.in_tender(sent) and (d.kw.last("market_share", max(sent[0], m.start - 8), m.start) is not None
                                                or (SHARE_AFTER.match(text, m.end) and self.cue_in("award", sent[0], m.start))):
            return True  # 在国产服务器中份额为13.54% / 获得50%份额: a bidder's share of the procured quantity
        if ms_cue and self.in_tender(sent) and RANK_BEFORE.search(text, max(sent[0], m.start - 6), m.start):
            return True  # 中标份额依次为:第1名50%,第2名30%: the share of the bidder ranked so
        if self.holds_market(m, sent):
            return True
        if RANK_BY_RATE_AFTER.match(text, m.end) is not None and near_company is not None and \
                not self.growth_verb(max(sent[0], m.start - 12), m.start):
            return True  # 英伟达以55%位列第一, AMD以12%位列第二: the share a seller is ranked by
        # (Huawei, Inspur and H3C ranked in the top three, occupying a market share of 70%: the
        # companies may stand a clause before)
        if MARKET_SHARE_RIGHT_AFTER.match(text, m.end) and d.entities.before(sent[0], m.start) is None and \
                d.companies.after(m.end, sent[1]) is not None:
            return True  # With a robust +90% market share, the leading company Nvidia …: the company the sentence goes on to name
        return ms_cue and bool(resp_entity or d.entities.before(sent[0], m.start, lambda x: x.type != "model") or paren
                               # (…ranked in the top three, occupying …; looked for a bounded way back, not over an endless sentence)
                               or TOP_VENDORS.search(text, max(sent[0], m.start - PLACE_REACH), m.start)
                               # (壁仞科技在中国智能计算芯片整体市场……的市占率分别为0.16%: a company off the table, entity null)
                               or self.unknown_subject(sent, m.start) or self.domestic_holder(sent, m) is not None
                               # (中国厂商在AI训练服务器领域实现34.6%的市占率: sellers named as a group; IBM以……,市佔率為29.5%:
                               # a company off the table named in Latin letters)
                               or self.seller_group_before(m, sent) is not None or self.latin_holder_before(m, sent)
                               # (on 浪潮信息's page: 在市场地位上,……边缘服务器市占率54.7%: the page's company, no other named)
                               or self.subject_market_share(m, sent))

    def subject_market_share(self, m: Mention, sent: tuple[int, int]) -> bool:
        """A market-share word right before the rate (市占率54.7%, market share of 12%), in a sentence naming no company,
        on a page whose title names one company (not an operator, which buys): that company's share of a market."""
        d = self.d
        if d.head_entity is None or alias_table().types.get(d.head_entity) != "company" or \
                d.kw.last("market_share", max(sent[0], m.start - MARKET_SHARE_WORD_REACH), m.start) is None or \
                d.entities.before(sent[0], m.start) is not None or d.entities.after(m.end, sent[1]) is not None:
            return False
        near = max(sent[0], m.start - PLACE_REACH)  # (a bounded look back: a sentence with no end stays linear)
        if any(PLACE_HOLDS.match(d.text, r.end) for r in d.regions.between(near, m.start) + d.uncoded.between(near, m.start)):
            return False  # (2024年亚太地区占据了全球GPU市场的最大份额31%: a place holds it)
        if (it := d.items.before(sent[0], m.start)) is not None and it.name not in ITEM_MARKET and not _is_chip(it):
            return False  # (数据中心交换机、企业网路由器市场份额第二: a market of other gear than servers and chips)
        return self.one_company_title()

    def product_line_growth(self, sent: tuple[int, int], m: Mention, clause_lo: int) -> str | None:
        """The servers named right before a growth in its clause (AI 伺服器年增超過 150%, Server +33% YoY) that names no
        metric, no place and no other company, on a page whose title line names one company: the product line whose growth
        it is, of that company's revenue (LABELLING.md I9), not of a market; else None."""
        d = self.d
        it = d.items.before(max(clause_lo, m.start - PRODUCT_LINE_REACH), m.start)
        # (a page whose title opens with a company off the alias table, 工业富联2025年前三季度业绩点评: that company's too)
        own_page = d.head_unlisted or (d.head_entity is not None and alias_table().types.get(d.head_entity) == "company"
                                       and self.one_company_title())
        if it is None or it.name not in ITEM_MARKET or not own_page or \
                d.entities.before(sent[0], m.start, lambda x: x.type != "model" and x.name != d.head_entity) is not None or \
                d.regions.before(sent[0], m.start) is not None or d.uncoded.before(sent[0], m.start) is not None:
            return None
        return str(it.name)

    def chip_spec(self, m: Mention, sent: tuple[int, int], clause_lo: int) -> bool:
        """A computing power below a chip's reach (CHIP_SPEC_MAX) that a chip in its clause has, not a site or a fleet: a
        per-chip word right before it (单卡AI稠密算力最高可达1000 TFLOPS), or a chip named in its clause (H20芯片 其INT8算力仅296
        TFLOPs, H100的1979 TFLOPs) where the sentence counts no units before it and names no total, cluster or centre."""
        d = self.d
        if m.value >= CHIP_SPEC_MAX:
            return False
        lo = max(clause_lo, m.start - CHIP_SPEC_REACH)
        if PER_CHIP_BEFORE.search(d.text, lo, m.start) is not None:
            return True
        if NUMBER_FORMAT_BEFORE.search(d.text, lo, m.start) is not None and \
                FLEET_WORD.search(d.text, max(sent[0], m.start - CHIP_SPEC_REACH), m.start) is None:
            return True  # FP8 算力 4614 TFLOPS, 半精度FP16算力320TFLOPS: a chip's peak at a number format, below a chip's reach
        chip = d.items.before(lo, m.start)
        return chip is not None and _is_chip(chip) and \
            self.cur_first_units_end > m.start and \
            FLEET_WORD.search(d.text, max(sent[0], m.start - CHIP_SPEC_REACH), m.start) is None and \
            not self.cue_in("ai_centre", max(sent[0], m.start - CHIP_SPEC_REACH), m.start)

    def one_company_title(self) -> bool:
        """The title line names one company, and no other (浪潮信息AI服务器出货量推算; not 紫光股份、中科曙光、浪潮信息对比)."""
        if self.title_companies is None:
            # (the title line alone: a page with no TITLE line has its first line for one, not its first sentence too)
            lo, hi = title_start(self.d.text), title_end(self.d.text, lines=1)
            self.title_companies = len({e.name for e in self.d.entities.between(lo, hi) if e.type != "model"})
        return self.title_companies == 1

    def latin_holder_before(self, m: Mention, sent: tuple[int, int]) -> bool:
        """A company off the alias table, named in Latin capitals, the last name before the rate in its sentence (IBM以
        39.1億美元的伺服器營收重返龍頭位置,市佔率為29.5%; Nxtra has an estimated market share of about 12%): not a known
        company, place, product or period, nor a research house or an acronym (lexicons/cues.toml [company_subject]
        not_name, not_holder)."""
        d = self.d
        lo = max(sent[0], m.start - LATIN_HOLDER_REACH)
        last = None
        for found in LATIN_NAME.finditer(d.text, lo, m.start):
            last = found  # (the last name before the rate)
        if last is None or d.entities.before(last.start(), m.start, lambda x: x.type != "model") is not None:
            return False
        a, b = last.span()
        lex = lexicon()
        not_name, not_holder = _subject_patterns(lex)[2], _not_holders(lex)
        first = last.group(0).split()[0]
        if last.group(0) in not_holder or first in not_holder or first in not_name:
            return False
        return all(spans.before(a, b) is None for spans in (d.entities, d.regions, d.items, d.periods, d.uncoded))

    def seller_group_before(self, m: Mention, sent: tuple[int, int]) -> Hit | None:
        """Sellers named as a group before the rate in its clause (White box vendors, 白牌服务器厂商, 中国厂商;
        lexicons/cues.toml [seller_group]), with no company named between: who holds the part of a market."""
        d = self.d
        clause_lo = self.clause_start(sent[0], m.start)
        h = d.kw.last("seller_group.cue", max(clause_lo, m.start - PLACE_REACH), m.start)
        if h is None and (ms := d.kw.last("market_share", max(sent[0], m.start - PLACE_REACH), m.start)) is not None and \
                ms.start <= clause_lo + 2:
            # ODM Direct's market share, from 64.1 percent; ODM直接出货量……,同比下降4%,市场份额环比下降……至43.5%: the clause opens
            # with the market-share noun (or follows it), its holder the group the sentence is about, named before
            h = d.kw.last("seller_group.cue", max(sent[0], ms.start - 2 * PLACE_REACH), ms.start)
        if h is None or d.entities.before(h.start, m.start, lambda x: x.type != "model") is not None:
            return None
        return h

    def holds_market(self, m: Mention, sent: tuple[int, int]) -> bool:
        """A company's rate of a market named right around it: its market share (Nvidia holds about
        80% of the AI accelerator market, 英伟达占全球AI芯片市场的80%)."""
        d = self.d
        company = d.entities.before(max(sent[0], m.start - 48), m.start, lambda x: x.type != "model" and self.not_vendor(x))
        return company is not None and not self.listed(company) and not self.in_tender(sent) and (
            # 在ODM厂商端份额方面,富士康约占40%: a company's part where the sentence opens on market shares
            (COMPANY_OCCUPIES_RATE.fullmatch(d.text, company.end, m.start) is not None and
             MARKET_SHARE_TOPIC.search(d.text, max(sent[0], company.start - PLACE_REACH), company.start) is not None) or
            OF_MARKET_AFTER.match(d.text, m.end) is not None or
            OCCUPY_MARKET_BEFORE.search(d.text, company.end, m.start) is not None or (
                # Dell led the global server market with 17.5% share: the share of the market the company leads
                LEADS_MARKET_WITH.search(d.text, company.end, m.start) is not None and
                SHARE_RIGHT_AFTER.match(d.text, m.end) is not None))

    def multi_year(self, m: Mention, sent: tuple[int, int], values: list[_Value]) -> bool:
        """A growth against a base two or more years back: 较前年, or 较2020年 in a 2024 statement."""
        head = self.d.text[max(sent[0], m.start - 30) : m.start]
        if re.search(r"[较比]前年|较(?:\d{1,2}|[二三四五六七八九十])年前", head):
            return True
        base = BASE_YEAR.search(head)
        if base is None:
            return False
        stated = self.d.periods.before(sent[0], max(sent[0], m.start - 30) + base.start(),
                                       lambda p: bool(p.period) and p.period[:4].isdigit())
        year = int(stated.period[:4]) if stated is not None and stated.period else None
        if year is None and values and values[-1].period and values[-1].period[:4].isdigit():
            year = int(values[-1].period[:4])
        return year is not None and year - int(base.group(1)) >= 2

    def share_word_before(self, m: Mention, clause_lo: int) -> bool:
        """A share word (占比, 国产化率, share of) stands right before the number (years between allowed)."""
        h = self.d.kw.last("share", max(clause_lo, m.start - 30), m.start)
        if h is not None and _short_gap(YEAR_WORDS.sub("", self.d.text[h.end : m.start]), 12):
            return True
        # 占收比下降1.9个百分点,为20.9%: the level after a change in points, a clause on; their portion
        # within the overall server shipments will increase further to 15%: the level it moves to
        h = self.d.kw.last("share", max(self.sentence_start(m.start), m.start - 80), m.start)
        return h is not None and (POINTS_THEN_LEVEL.fullmatch(self.d.text, h.end, m.start) is not None
                                  or SHARE_MOVES_TO.fullmatch(self.d.text, h.end, m.start) is not None)

    def part_from_source(self, m: Mention, sent: tuple[int, int], clause_lo: int) -> tuple[str, str | None] | None:
        """The metric of the whole a rate is a part of where the whole is named right after the rate and a verb of origin
        follows it (超过54%的服务器收入来自GPU加速机型, 98%收入来自第一大客户, 數據中心業務約一半銷售額均來自超大規模客戶), and
        the item it comes from (the part: GPU加速机型 are AI servers); else None. The whole's keyword may open before the rate
        (數據中心業務約一半銷售額: the data-centre business's sales). On a market report the revenue of a kind of server that
        no company before the rate earns is that server market's (服务器收入: the server market)."""
        d = self.d
        if d.text.find("自", m.end, min(sent[1], m.end + 32)) < 0 and d.text.find("源", m.end, min(sent[1], m.end + 32)) < 0:
            return None  # (no verb of origin within reach: the regex is not tried)
        src = SHARE_FROM_SOURCE.match(d.text, m.end, min(sent[1], m.end + 32))
        if src is None or self.of_keyword(m.end, src.start("verb")) is None:
            return None
        of = self.of_keyword(clause_lo, src.start("verb"))
        if of is None:
            return None
        whole = d.items.after(m.end, src.start("verb"))
        if of == "revenue" and d.kind == "market_report" and whole is not None and whole.name in ITEM_MARKET and \
                not self.company_before(sent, m.start):
            of = ITEM_MARKET[str(whole.name)]
        part = d.items.after(src.end(), min(sent[1], src.end() + 16))
        return of, (str(part.name) if part is not None else None)

    def part_of(self, m: Mention) -> str | None:
        """The whole a percentage is a part of, named right around it: ``总收入的12%`` (the metric
        keyword, then 的) or ``15% of TSMC's revenue`` (of, then the keyword)."""
        d = self.d
        h = d.kw.last("money", max(0, m.start - 8), m.start)
        if h is not None and re.fullmatch(r"的 ?", d.text[h.end : m.start]):
            return self.of_keyword(h.start, m.start)
        # (18% and 12% respectively of the total occupancy: the whole after the list's last rate and its respectively,
        # where no company is named before the rates: companies' shares of a whole go by their market shares)
        tail = RATE_LIST_TAIL.match(d.text, m.end)
        if tail is not None and d.entities.before(max(self.sentence_start(m.start), m.start - 200), m.start,
                                                  lambda x: x.type != "model") is not None:
            tail = None
        at = tail.end() if tail is not None else m.end
        if (of := SHARE_OF_AFTER.match(d.text, at)) is not None:
            # (a much larger share (71%) of 2026 shipments: the bracket round the rate closes first)
            a = d.kw.first("money", at, min(len(d.text), at + 64))
            # (a period may name the whole's time: 96% of Q3 revenue, 20% of fiscal 2025 revenue; and the whole's amount:
            # half of the company's nearly $114 million cloud revenue)
            if a is not None and not re.search(r"[,;。0-9]", WHOLE_AMOUNT.sub("", PERIOD_WORD.sub("", d.text[at : a.start]))):
                return a.label if a.label in UNIT_KIND_OF["money"] and a.label != GENERIC_MARKET else None
            c = d.kw.first("count.shipments", at, min(len(d.text), at + 30))
            if c is not None and not re.search(r"[,;。0-9]", PERIOD_WORD.sub("", d.text[at : c.start])):
                return "shipments"  # 21.1% of the total shipments; a share (71%) of 2026 shipments
            if (whole := DC_POWER_WHOLE.match(d.text, of.end() - 4)) is not None and (
                    whole.group("dc") is not None or (whole.group("owner") is None and self.dc_power_context(m.start))):
                return "datacenter_power"  # 35 per cent of the total DC power demand, half of the world's data center capacity
        return None

    def company_before(self, sent: tuple[int, int], pos: int) -> bool:
        """A company (an entity that is no model) is named in ``sent`` before ``pos``, as
        ``d.entities.before(sent[0], pos, not a model) is not None`` says, from the sentence's first company found once
        (a walk back over the models of a sentence per quantity made a sentence with no end quadratic)."""
        first = self.first_company.get(sent, ())
        if first == ():
            first = self.first_company[sent] = self.d.entities.after(sent[0], sent[1], lambda x: x.type != "model")
        return first is not None and first.end <= pos

    def dc_power_context(self, pos: int, words: re.Pattern[str] | None = None) -> bool:
        """The sentence holding ``pos``, the one before or the one after it speaks of data centres or counts a power
        (DC_POWER_CONTEXT, or ``words``): a capacity named there bare (90% of that capacity) is data centres' power."""
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        lo = self.d.sentences[max(0, i - 1)][0] if i >= 0 else 0
        hi = self.d.sentences[min(i + 1, len(self.d.sentences) - 1)][1] if i >= 0 else len(self.d.text)
        # (read at most DC_CONTEXT_REACH characters either side: a sentence with no end stays linear)
        return (words or DC_POWER_CONTEXT).search(self.d.text, max(lo, pos - DC_CONTEXT_REACH),
                                                  min(hi, pos + DC_CONTEXT_REACH)) is not None

    def out_of_scope(self, lo: int, pos: int, reach: int = 40) -> bool:
        """The nearest subject word before ``pos`` (within ``reach``) is outside the vocabulary
        (毛利率, net profit, share price), with no metric keyword after it."""
        h = self.d.kw.last("out_of_scope", max(lo, pos - reach), pos)
        if h is None:
            return False
        if h.label == "modifier":
            return True  # (前五大客户合计销售额: a metric scoped to something outside the vocabulary)
        if h.word == "产量" and (self.d.items.before(max(lo, h.start - 24), h.start, _is_chip) is not None or
                                CHIP_WORD.search(self.d.text, max(lo, h.start - 12), h.start) is not None):
            return False  # (昇腾910C的产量提升至约60万颗: a chip maker's output of its chips, what it ships; not a fab's wafers)
        whole = self.last_keyword("money", max(0, h.start - 12), h.end)
        if whole is not None and whole.end == h.end and whole.start <= h.start:
            return False  # (GPU伺服器市值: a market's value, a metric word holding the out-of-scope one)
        # (产量12.77万片，年增率409.84%，销量为11.74万片，年增率201.57%: a counted metric named after it is the subject)
        # (but 研发投入占营业收入比31.31%: the metric after a share verb is the whole the subject is a part of)
        after = self.d.kw.first("money", h.end, pos)
        if after is not None and SHARE_VERB_GAP.search(self.d.text, h.end, after.start) is not None:
            return True
        if (named := self.d.kw.last("market_share", h.end, pos)) is not None and \
                SEPARATOR.search(self.d.text, h.end, named.start) is not None:
            # (降低PUE至1.1以下,市场集中度CR5达68%: a market-share word a clause on names the rate's subject anew; not
            # 谷歌的Token使用量市场份额占比达23.1%, the share of something outside the vocabulary)
            return False
        if (part_of := PART_OF_AFTER.match(self.d.text, pos)) is not None and \
                (of_word := self.d.kw.first("of_only", part_of.start("whole"), part_of.end() + OF_WHOLE_REACH)) is not None and \
                of_word.start in (part_of.start("whole"), part_of.end()):
            return False  # (these customers were ~40% of total units last year: the whole named after the rate is in it)
        return self.of_keyword(h.end, pos) is None and self.d.kw.last("count", h.end, pos) is None

    def in_tender(self, sent: tuple[int, int]) -> bool:
        """The sentence is about a procurement: a tender document, or a tender cue in the sentence."""
        return self.d.kind == "tender" or self.cue_in("tender", sent[0], sent[1])

    def share(self, dec: Decision, metric: str, m: Mention, value: float, sent: tuple[int, int], lo: int,
              clause_lo: int, clause_hi: int, resp_entity: str | None, item: str | None = None,
              of: str | None = None, bracketed_buyer: str | None = None) -> None:
        """A share or market share of ``m``; ``bracketed_buyer``: the company whose part of the demand it is, named by its reader
        (bracketed_demand_share), which keys it whatever else the sentence names."""
        d = self.d
        its_holder: str | None = None
        its_item: str | None = None
        if resp_entity is None and bracketed_buyer is None and ITS_OPENER.match(d.text, sent[0]) is not None and \
                d.companies.before(sent[0], m.start) is None and (told_i := next(self.earlier_sentences(sent, 1), None)) is not None:
            # Among Chinese CSPs, ByteDance was the leader in the procurement of AI servers in 2022. Its share in the annual
            # global procurement quantity came to 6.2%: the company the sentence before is about holds it
            named = d.companies.before(*d.sentences[told_i], self.not_vendor)
            its_holder = str(named.name) if named is not None else None
            bought = d.items.before(*d.sentences[told_i], self.not_whole) if its_holder is not None else None
            its_item = str(bought.name) if bought is not None else None  # (…in the procurement of AI servers: of those)
        mk = d.markets.before(sent[0], m.start)
        share_buyer: str | None = None  # the buyer whose part of the world's purchases a share is (微軟占全球……採購量)
        world_part = False  # a buyer's part of the world's demand, keyed by the buyer and the world
        bought_part = False  # an item's part of what a procurement buys (鲲鹏服务器占43.30%)
        if of is None and item is None and metric == "share":
            subj = d.items.before(clause_lo, m.start, self.not_whole)
            subject_before = False
            if subj is None and (ai := AI_PART_SHARE.search(d.text, max(clause_lo, m.start - 40), m.start)) is not None and \
                    (whole := d.items.after(ai.end(), m.start)) is not None and whole.name == "server":
                # 廣達表示，AI 佔伺服器營收貢獻將超過八成: AI's part of the servers named after 佔 is the AI servers'
                subj = NameMention(ai.start(1), ai.end(1), "ai_server", "item")
            if subj is None and OCCUPY_OPENS.match(d.text, clause_lo):
                subj = d.items.before(max(sent[0], clause_lo - 24), clause_lo, self.not_whole)
                told = self.previous_decision()
                if subj is not None and (told is None or told.end < sent[0]):
                    # 英业达在AI伺服器的布局已开花结果，占整体伺服器营收比重已达4成: the clause opens with 占, its subject the
                    # item just before it in a sentence that has stated no figure yet
                    subject_before = True
                elif told is not None and told.end >= sent[0] and told.facts and \
                        (told_item := told.facts[0].item) in ITEM_MARKET and \
                        (told.facts[0].metric in ("revenue", "shipments") or told.facts[0].of in ("revenue", "shipments")):
                    # 華碩2025年第3季伺服器營收年增逾100%，占華碩整體營收比重約兩成; 2023年全球AI服务器出货量将接近120万台,年增
                    # 38.4%,占整体服务器出货量的比重约9%: the clause opens with 占, its subject the item of the figure its sentence
                    # has just stated
                    subj = NameMention(told.start, told.end, told_item, "item")
                    subject_before = True
            if subj is not None and subj.name in ITEM_MARKET and (
                    subject_before or SHARE_OF_SUBJECT.match(d.text, subj.end, m.start) or (
                        REPRESENTS_SUBJECT.match(d.text, subj.end, m.start) and
                        self.metric_right_after(m, sent) in UNIT_KIND_OF["money"])):
                # ASIC伺服器占整體比重26%: a kind of server's part of all servers, counted in units
                # unless the clause counts money (产值占整体65%: a part of the market)
                item = str(subj.name)
                money = self.metric_keyword("money", subj.end, m.start)
                if money is None and (among := self.metric_keyword("money", sent[0], subj.start)) is not None and \
                        WHOLE_AMONG.match(d.text, among[2]):
                    money = among  # 全球服务器销售中,AI服务器占比6%: the whole named before, its sales
                if money is None and (spent := SPENDING_WHOLE.search(d.text, subj.end, m.start)) is not None:
                    money = (GENERIC_MARKET, spent.start(), spent.end())  # 服务器支出占总支出的89%: a part of the money spent
                named_after = False
                if money is None and (after := self.metric_right_after(m, sent)) is not None and after in UNIT_KIND_OF["money"]:
                    money = (after, m.end, m.end)  # Accelerated servers accounted for 41 percent of the OEM server revenues
                    named_after = True
                bought_part = money is None and d.kind == "tender"
                of = money[0] if money and money[0] not in MARKET_METRICS and money[0] not in ("revenue", GENERIC_MARKET) else \
                    PARENT_MARKET.get(item, ITEM_MARKET[item]) if money else \
                    "tender_quantity" if bought_part else "shipments"  # (in a procurement: of what it buys)
                if money is None and not bought_part and AMONG_RIGHT_BEFORE.search(d.text, max(sent[0], subj.start - 6), subj.start) \
                        is not None and (whole_amount := self.amount_since(max(sent[0], m.start - PART_WHOLE_REACH), m.start)) \
                        is not None and \
                        whole_amount.metric in MARKET_METRICS and whole_amount.metric in UNIT_KIND_OF["money"]:
                    # 2025年中国加速服务器市场规模将达到300亿美元,其中GPU服务器占比约70%: a kind's part of the market just sized
                    # (LABELLING.md I2)
                    of = whole_amount.metric
                if named_after and money is not None and money[0] in MARKET_METRICS and money[0] != ITEM_MARKET[item]:
                    of = money[0]  # Servers represented 98% of total AI-centric spending: the market named after the rate
                if money is not None and money[0] == GENERIC_MARKET and d.kind == "market_report" and \
                        TOTAL_SPENT_WHOLE.search(d.text, subj.end, m.start) is not None and \
                        (sized := self.last_market(m.start)) is not None:
                    # 服務器支出占總支出的89%, 部署在云環境中的服務器占市場總支出的75% in a report sizing AI infrastructure: a part of
                    # the total spending that report sizes, its market (not all servers')
                    of = sized
                if money is not None and (whole_market := d.markets.before(subj.end, m.start)) is not None and \
                        whole_market.name in MARKET_METRICS:
                    of = str(whole_market.name)  # AI服务器占人工智能基础设施市场的87%: the market named as the whole
                # (英業達表示，明年AI機種營收比重將超過50%: the maker the sentence opens with, in an earlier clause)
                maker = d.entities.before(sent[0], subj.start, lambda x: x.type != "model" and self.not_vendor(x))
                if money is not None and (money[0] == "revenue" or (
                        # (緯穎: AI伺服器營收佔比已突破10%: in a company's page, its server sales are its revenue)
                        money[0] in ("server_market_size", "ai_server_market_size") and d.kind != "market_report"
                        and d.head_entity is not None and d.regions.before(sent[0], m.start, self.region_scope) is None
                        and "市场" not in d.text[money[1] : money[2]])) and (
                        (maker is not None and not self.listed(maker)) or self.unknown_subject(sent, m.start)
                        or d.head_unlisted or (d.kind == "capex" and self.paragraph_subject(sent) is not None)
                        or (maker is None and d.head_entity is not None and (
                            d.kind != "market_report" or (money[0] == "revenue" and self.one_company_title())))):
                    of = "revenue"  # 緯創AI伺服器占伺服器營收比重達六成: a product line's part of its maker's sales (I9)
                if self.cue_in("market_share", m.end, min(clause_hi, m.end + 8)):
                    of = self.last_market(m.start) or of  # (其中)GPU服务器占据96.1%的市场份额: of the market discussed
                if (dom := d.items.before(max(clause_lo, subj.start - 16), subj.start, lambda x: x.name == "domestic")) \
                        is not None and DOMESTIC_PRODUCT_GAP.fullmatch(d.text, dom.end, subj.start) is not None:
                    # 其中国产算力服务器占比超过90%: the domestic servers' part (LABELLING.md I5), of what the servers' part is of
                    item = "domestic"
        if of is None and (whole := d.kw.last("money_patterns", clause_lo, m.start)) is not None and \
                whole.word.startswith("占") and whole.label == "revenue":
            of = "revenue"  # 伺服器营收年增逾100%，占华硕整体营收比重约两成: the whole is named after 占
        if of is None and metric == "share" and self.intensity_named(m, clause_lo):
            of = "revenue"  # 资本强度(资本支出/营收)超18%, Capex/云收入比或低于30%: capex as a part of revenue ([capex_intensity])
        if of is None and metric == "market_share" and (ms := d.kw.last("market_share", clause_lo, m.start)) is not None and \
                (held := d.items.before(clause_lo, ms.start)) is not None and d.text[held.end : ms.start].strip(" 的") == "":
            # 鴻海在AI伺服器的市占率約4成: the market of the product named right before the market-share word
            of = _market_of(held)
        if of is None and metric == "market_share" and (field := FIELD_OF_ITEM.search(d.text, max(sent[0], m.start - 48), m.start)) \
                is not None and (held := d.items.after(field.start(), field.end())) is not None and held.start == field.start() + 1:
            # 浪潮信息在AI服务器领域排名全球第三,市场份额约为15%: the market of the field the company is ranked in (在服务器出货量
            # 方面: the units shipped)
            of = "shipments" if d.kw.any("count.shipments", field.start(), field.end()) else _market_of(held)
        if of is None and mk is None and d.text[m.end : m.end + 1] == "的" and (
                whole_after := d.kw.first("money", m.end + 1, min(sent[1], m.end + 8))) is not None and \
                whole_after.start == m.end + 1 and whole_after.label != "revenue":
            # 約70%至80%的資本支出將投入先進製程: the part of the sum named right after it (not a bare 收入, which the
            # whole named before owns: 中国贡献全球24%的收入)
            of = whole_after.label
        if of is None and metric == "share" and (sw := d.kw.last("share", max(sent[0], m.start - 40), m.start)) is not None and \
                (ships := d.kw.last("of_only.shipments", max(sent[0], sw.start - 8), sw.start)) is not None and \
                ships.end == sw.start and sw.word in SHARE_NOUNS_ZH:
            # 于整体服务器出货占比也持续提升: the whole named right before the share word, a count of units shipped (of
            # the market's product where it names none of its own)
            of = "shipments"
            if item is None and mk is not None and (made := ITEM_OF_MARKET.get(str(mk.name))) is not None:
                item = made
        if of is None:
            of = self.part_of(m) or (str(mk.name) if mk else self.of_keyword(sent[0], m.start))
        if of is None:
            of = self.whole_named_after(m, sent)
        if of == "tender_quantity" and (glob := d.regions.before(sent[0], m.start)) is not None and glob.name == "GLOBAL":
            # 微軟占全球AI伺服器採購量約20%: a buyer's part of the world's purchases is of what is shipped (LABELLING.md
            # E9, I7), of the item the whole names
            of = "shipments"
            if item is None and (whole_item := d.items.after(glob.end, m.start)) is not None:
                item = str(whole_item.name)
            buyer = d.companies.before(sent[0], glob.start, self.not_vendor)
            share_buyer = str(buyer.name) if buyer is not None and not self.listed(buyer) else None
        if of is None and metric == "share":
            of = self.list_intro_metric(m.start)  # 核心業務營收佔比 (2024Q3): ¶ - 雲端網路產品:佔比 32%: of revenue
        if of is None and metric == "market_share" and (
                named := MARKET_SHARE_OF_PRODUCT.search(d.text, max(sent[0], m.start - 60), min(sent[1], m.end + 60))):
            # NVIDIA's market share of AI accelerators, a near-90% market share in AI chips: the market of what it
            # names (accelerators and chips: the AI chip market; AI servers, servers: theirs)
            item_named = d.items.after(named.start(1), named.end(1))
            of = ITEM_MARKET.get(str(item_named.name), "ai_compute_market_size") if item_named is not None \
                else "ai_compute_market_size"
            if (ships := d.kw.first("count.shipments", named.end(1), min(len(d.text), named.end(1) + 16))) is not None and \
                    UNIT_GAP.fullmatch(d.text, named.end(1), ships.start):
                of = "shipments"  # a 98% market share in data center GPU shipments: a share of the units shipped
        if of is None and metric == "market_share" and not self.in_tender(sent):
            it_ms = d.items.before(clause_lo, m.start)  # AI伺服器市占率四成: a share of the AI-server market
            if it_ms is not None and it_ms.name in ITEM_MARKET and self.cue_in("market_share", it_ms.end, m.start):
                of = ITEM_MARKET[it_ms.name]
        if of is None and self.cue_in("market_share", m.end, min(sent[1], m.end + 20)):
            of = self.last_market(m.start)  # 占有40%的市场份额: a share of the document's market
        if metric == "market_share" and of == "revenue":
            of = self.last_market(m.start) or of  # 销售额市占率32.8%: by sales, of the market discussed
        prev = self.previous_decision()
        part_of_amount = of is None and metric == "share" and prev is not None and bool(prev.facts) and \
            prev.end >= sent[0] and prev.unit != "%" and (SHARE_AFTER_AMOUNT.fullmatch(d.text, prev.end, m.start) is not None
                                                         or OF_THEM.match(d.text, m.end) is not None)
        if part_of_amount:
            assert prev is not None
            of = prev.facts[0].metric  # 类CUDA生态设备约16.87亿元,占比约32.83%: a part of the total that amount is of
        if of is None and metric == "share" and prev is not None and prev.facts and prev.end >= sent[0] and \
                ALLOCATED_AFTER.match(d.text, m.end) is not None and (
                    (prev.unit != "%" and prev.facts[0].metric in COMPANY_MONEY and
                     ALLOCATION_GAP.fullmatch(d.text, prev.end, m.start) is not None) or
                    (prev.unit == "%" and prev.facts[0].metric == "share" and prev.facts[0].of in COMPANY_MONEY and
                     ALLOCATION_NEXT.fullmatch(d.text, prev.end, m.start) is not None)):
            # 資本支出預算維持280億至320億美元,70%~80%用於先進製程,10%~20%用於特殊製程: the parts of the amount just stated that
            # go to each use, each of its metric (the next part of the list, of the same)
            of = prev.facts[0].metric if prev.unit != "%" else prev.facts[0].of
        tender_share = (of is None and self.in_tender(sent) and (
            d.kind == "tender" or self.cue_in("market_share", m.end, min(sent[1], m.end + 6)))) or \
            (part_of_amount and of in ("tender_quantity", "tender_amount")) or bought_part
        if metric == "market_share" and SHARE_AFTER.match(d.text, m.end) and self.in_tender(sent) and \
                self.cue_in("award", sent[0], m.start):
            of, tender_share = None, True  # 成为第一中标候选人,获得50%份额: of what is procured
        if tender_share and of is None:
            of = "tender_quantity"  # 华为鲲鹏占16.21%: in a procurement report, a share of what is procured
        if metric == "share" and of in ("shipments", "server_market_size") and item in ("ai_server", "server") and \
                not tender_share and (counted := self.server_market_counted_in(m, clause_lo)) is not None:
            # AI servers account for a tiny fraction of the overall server market (about 1%) on TrendForce's page of units
            # shipped; AI服务器占比28% on a page that sizes the server market in money: a server kind's part of a market whose
            # measure its words leave open is counted as the page counts that market just before it, in units or money
            of = counted
        period = self.period_for(m.start, m.end, sent, clause_lo, clause_hi, prefer_span=tender_share)
        if period is None and of in CAPACITY_METRICS and self.basis_for(sent[0], m.start, None) == "actual":
            period = self.stock_month()  # 智能算力达1600PF、占比27%: the share of a stock, at the stock's month (P8)
        def subject_region(r: NameMention) -> bool:
            # 全球占比31% / 占全国总算力的三分之二 / 贡献全球24%的收入: that region is the whole, not whose share it is; but 全球AI芯片
            # 市场中,中国占比65%: a place's share after the world named as the whole is that place's
            t = d.text
            if self.part_of_world(r):
                return not self.nationality(r)
            return self.region_scope(r) and not self.nationality(r) and not (re.match(r"^(?:的)?(?:占比|比重|占|份额)", t[r.end : r.end + 3])
                                                 or t[max(0, r.start - 2) : r.start] == "贡献"
                                                 or t[max(0, r.start - 1) : r.start] == "占")

        reg = d.regions.before(sent[0], m.start, subject_region)
        # a share of a market is keyed by that market's region (the report's, where the sentence names none)
        # (Servers represented 41% of data center capex, in a page about no company: the market's capex, its region)
        market_capex = of == "capex" and d.kind != "tender" and d.doc_entity is None and d.head_entity is None and \
            not self.company_before(sent, m.start)
        region = str(reg.name) if reg else (self.region_for(lo, m.start, sent, clause_hi)
                                            if of in MARKET_OF or metric == "market_share" or market_capex else None)
        places_listed = False
        if metric == "share" and (own := self.bracketed_place(m)) is not None:
            # 紧随其后的是中国市场(占23%)、亚太地区(占16%)以及欧洲、中东和非洲地区(占10%): each share in a bracket right after its
            # place is that place's, none for a place with no code (LABELLING.md E6)
            region = own or None
        if metric == "share" and of == "shipments" and item in (None, "gpu") and \
                (gpus := d.items.before(clause_lo, m.start)) is not None and gpus.name == "gpu" and \
                (maker := d.companies.before(max(sent[0], gpus.start - 4), gpus.start, self.not_vendor)) is not None and \
                re.fullmatch(r"的? ?", d.text[maker.end : gpus.start]):
            # 今年輝達GPU的供應量占比將為73%: a maker's GPUs as a whole, their part of all shipped, is its market share
            metric, item = "market_share", None
        if metric == "share" and item is None and of in MARKET_METRICS and \
                (vendor := d.companies.before(clause_lo, m.start, lambda x: x.type != "model" and self.not_vendor(x))) is not None \
                and not self.listed(vendor) and COMPANY_OCCUPIES.match(d.text, vendor.end) is not None:
            # 英伟达占全球AI加速芯片销售规模的90%以上: a company's part of a market is its market share (LABELLING.md I7)
            metric = "market_share"
        seller_hit = self.seller_group_before(m, sent)
        seller = seller_hit if item != "domestic" else None
        if seller is not None:
            # White box vendors captured more than 60 percent of the server market; 白牌服务器厂商占据了服务器总收入的56%以上:
            # sellers named as a group hold the part, their market share with no entity (LABELLING.md I7, E3); the
            # product they make is no item of it (服务器厂商: server vendors)
            if metric == "share" and item is not None and \
                    (made := d.items.before(max(sent[0], seller.start - 12), seller.start)) is not None and made.end == seller.start:
                item = None
            metric = "market_share"
            if d.kw.last("count.shipments", seller.end, m.start) is not None:
                of = "shipments"  # 前三大供应商出货量合计占到全球三分之一: a part of the units shipped
            elif of == "revenue":
                of = self.last_market(m.start) or of
            if region is None:
                region = self.region_for(lo, m.start, sent, clause_hi)
        if metric == "market_share":
            ent = resp_entity
            e: NameMention | None = None
            if ent is None:
                e = d.entities.before(lo, m.start, lambda x: x.type != "model") or \
                    d.entities.before(sent[0], m.start, lambda x: x.type != "model" and self.not_vendor(x))
                ent = str(e.name) if e is not None and not self.listed(e) else None  # 浪潮、华为和曙光占74%: of them all
            if resp_entity is None and ent is not None and not tender_share and \
                    TOP_VENDORS.search(d.text, max(sent[0], e.end if e is not None else sent[0]), m.start) is not None:
                ent = None  # Wave, Ning Chang and Anki ranked in the top three, occupying 60%: their combined share
            if ent is None and tender_share:
                e = d.companies.before(sent[0], m.start, self.not_vendor)  # the bidder of the sentence
                ent = str(e.name) if e else None
            if ent is None and e is None and MARKET_SHARE_RIGHT_AFTER.match(d.text, m.end) and \
                    (after := d.companies.after(m.end, sent[1], self.not_vendor)) is not None:
                e, ent = after, str(after.name)  # With a robust +90% market share, the leading company Nvidia …
            if ent is None and e is None and not tender_share and self.subject_market_share(m, sent):
                ent = d.head_entity  # (on 浪潮信息's page: 边缘服务器市占率54.7%: the page's company)
            domestic = self.domestic_holder(sent, m) if ent is None and not tender_share else None
            if ent is not None and e is not None and resp_entity is None and not tender_share and \
                    (dom := d.items.before(max(clause_lo, e.end), m.start, lambda x: x.name == "domestic")) is not None and \
                    DOMESTIC_CHIPS.match(d.text, dom.end) is not None:
                # 英伟达约占62%，国产AI芯片约占35%市场份额: the domestic chips named after the company, in the share's own
                # clause, hold it
                ent, e, domestic = None, None, dom
            each = self.each_of(sent, m) if ent is None and not tender_share and e is not None and self.listed(e) else []
            if each:
                # 英伟达和华为各占40%份额: each company of the list holds that share
                of_each = of or self.last_market(m.start) or ITEM_MARKET.get(d.doc_item or "")
                if of_each is not None:
                    for name in each:
                        self.emit(dec, 1.0, metric="market_share", value=value, low=m.low, high=m.high, unit="%",
                                  period=period, region=region, entity=name, item=None, of=of_each,
                                  basis=self.basis_for(sent[0], m.start, period), qualifier=m.qualifier,
                                  quote=self.quote(self.quote_start(clause_lo, lo, m.start), m.end))
                    return
            if ent is None and not tender_share and not (e is not None and self.listed(e)) and \
                    TOP_VENDORS.search(d.text, max(sent[0], m.start - PLACE_REACH), m.start) is None and not self.unknown_subject(sent, m.start) and \
                    domestic is None and seller_hit is None and not self.latin_holder_before(m, sent):
                dec.reason = "market share of no named company"
                return
            it_m = d.items.before(clause_lo, m.start) if tender_share else None
            q_lo = self.quote_start(clause_lo, lo, m.start)
            if re.search(r"\($", d.text[max(0, m.start - 1) : m.start]):
                e_at = d.entities.before(max(0, q_lo - 1), m.start)
                if e_at is not None:
                    q_lo = e_at.start
            if of is None and self.last_share is not None and self.last_share[0] == sent and \
                    self.last_share[1] == "market_share" and self.last_share[3] != ent:
                of = self.last_share[4]  # 鸿海有40%~45%的供应份额,而广达为20%~30%: the next company's share of the same whole
            if of is None and SUPPLY_SHARE.search(d.text, max(clause_lo, m.start - 12), min(clause_hi, m.end + 12)):
                of = "shipments"  # 鸿海有40%~45%的供应份额: a supplier's part of what is supplied
            if domestic is not None and DOMESTIC_CHIPS.match(d.text, domestic.end) is not None and not tender_share:
                # 国产芯片份额从15%(2023)→30%(2024), 国产AI芯片已占整个市场份额的35%, 中国AI服务器市场……中国本土芯片供应商的市场份额
                #有望在2025年提升至40%: the domestic part of the chips (LABELLING.md I5, I6, I7: `share`, item domestic, of
                # accelerator_count; a slice by item, not a seller's market share), whatever market the page discusses
                self.last_share = (sent, "share", "domestic", None, "accelerator_count")
                self.emit(dec, 0.9, metric="share", value=value, low=m.low, high=m.high, unit="%", period=period,
                          region=region, entity=None, item="domestic", of="accelerator_count",
                          basis=self.basis_for(sent[0], m.start, period), qualifier=m.qualifier,
                          quote=self.quote(q_lo, m.end))
                return
            if of is None:
                # 輝達2025年市占約70% under a headline about AI servers: a share of the market the document is about
                of = self.last_market(m.start) or ITEM_MARKET.get(d.doc_item or "")
            if of is None and self.shipments_page() and alias_table().sells.get(ent or "") != "chips":
                # 广达约30%, 英业达约20% under 专家纪要:GB200机柜交付、ODM份额; Google TPU(市佔率64%) under CSP自研AI ASIC出貨量:
                # on a page about what is shipped, an ODM's or a cloud's share of those shipments (a chip seller's share is
                # of the chip market, below)
                of = "shipments"
            if of is None and (d.items.after(m.end, sent[1], _is_chip) or d.items.before(sent[0], m.start, _is_chip)):
                # an estimated 90%+ market share with its AI GPU hardware, Nvidia在資料中心AI GPU仍占有九成的市占率: a share of
                # the accelerators sold, the AI-chip market (GPU市场, LABELLING.md metric table)
                of = "ai_compute_market_size"
            self.last_share = (sent, metric, None, ent, of)
            if of is None:
                dec.reason = "market share of no named whole (no market, tender or metric it is a share of)"
                return
            if region is None and not tender_share and not d.zh and of in MARKET_OF:
                region = "GLOBAL"  # Nvidia remains dominant in AI accelerators with an 86% market share: no place, the world's
            self.emit(dec, 1.0, metric="market_share", value=value, low=m.low, high=m.high, unit="%", period=period,
                      region=None if tender_share else region, entity=ent,
                      item=str(it_m.name) if it_m else ("domestic" if domestic is not None else None), of=of,
                      basis=self.basis_for(sent[0], m.start, period),
                      qualifier=m.qualifier, quote=self.quote(q_lo, m.end + (1 if d.text[m.end:m.end + 1] == ")" else 0)))
            return
        entity = None
        if tender_share:
            entity = d.doc_buyer
        if of in PARENT_METRIC and (re.search(r"(?:占比|占)", d.text[max(sent[0], m.start - 20) : m.start])
                                    or re.match(r"^ of the total", d.text[m.end : m.end + 14])):
            # 算力投资占比27.5% / …investment, accounting for 27% of the total: the investment is the
            # part; the whole is what it is part of
            of = PARENT_METRIC[of]
        if item is None and of == "total_compute_capacity":
            # 智能算力……占全国总算力比重达三分之二: the capacity named before the share word is the part
            occ = re.search(r"占", d.text[max(sent[0], m.start - 20) : m.start])
            cut = max(sent[0], m.start - 20) + occ.start() if occ else m.start
            part = d.kw.last("flops", sent[0], cut)
            if part is not None and part.label in PART_OF_TOTAL:
                item = PART_OF_TOTAL[part.label]
        if item is None and of in PART_OF_TOTAL:
            # 智能算力占比35%: the intelligent part of the total compute capacity
            item, of = PART_OF_TOTAL[of], "total_compute_capacity"
        if item is None:
            # (AI伺服器占全球整體伺服器比重16.2%: the item after 占 is the whole, the one before it the part)
            it = d.items.before(clause_lo, m.start, lambda x: d.markets.before(x.start, x.end) is None and self.not_whole(x))
            if it is None:
                it = d.items.after(m.end, min(clause_hi, m.end + 12))
            if it is None and (them := OF_THEM.match(d.text, m.end)) is not None:
                it = d.items.after(them.end(), min(clause_hi, them.end() + 40))  # 90% of them must be homemade models
            if it is None and (goes := PART_GOES_TO.match(d.text, m.end)) is not None:
                it = d.items.after(goes.end(), min(clause_hi, goes.end() + 16))  # 60% of its capex goes to servers
            if it is None and (of_it := OF_THIS_AMOUNT.match(d.text, m.end)) is not None and \
                    (spent_on := SPENT_ON_PART.match(d.text, of_it.end())) is not None:
                # about 60% of it on servers: the part of the amount just stated that goes to the item named next
                it = d.items.after(spent_on.end(), min(clause_hi, spent_on.end() + 16), lambda x: x.start == spent_on.end())
            if it is not None and (dom := d.items.before(max(0, it.start - 16), it.start, lambda x: x.name == "domestic")) \
                    is not None and DOMESTIC_PRODUCT_GAP.fullmatch(d.text, dom.end, it.start) is not None:
                # 国产GPU市场份额提升至12%, 国产通用GPU产品占比由2022年的8.3%: the domestic part of the product's market
                it = dom
            elif it is not None and it.name != "domestic" and \
                    (dom := d.items.before(clause_lo, it.start, lambda x: x.name == "domestic")) is not None and \
                    (word := d.kw.first("share", dom.end, min(m.start, dom.end + 24))) is not None and \
                    word.start - dom.end <= 1 and d.text[dom.end : word.start].strip() == "":
                it = dom  # the locally-produced portion of its annual server tender: the domestic part, of the servers
            item = str(it.name) if it else None
        if item is None and (of is None or of in ITEM_MARKET.values()):
            it = d.items.before(sent[0], m.start, self.not_whole)  # 全球AI伺服器……產值占整體65%: the sentence's item
            if it is not None and (of is None or of in (ITEM_MARKET.get(it.name), PARENT_MARKET.get(it.name))):
                # (servers with integrated GPUs … account for more than half of the total server market)
                item = str(it.name)
                of = None if of is None else PARENT_MARKET.get(item, of)
        if item is None and of in ("shipments", "revenue") and \
                WHOLE_BEFORE.search(d.text, max(sent[0], m.start - 24), m.start) is None:
            # 全球AI伺服器……到2029年在整体伺服器出货占比将突破24%; AI服务器营收同比增长228%,占服务器营收比重提升至48%: the part is
            # the sentence's item (a kind of the item the whole names)
            wholes = d.items.between(max(sent[0], m.start - 24), m.start) or [
                x for x in d.items.between(max(sent[0], m.start - 80), m.start) if not self.not_whole(x)]
            # (their portion within the overall server shipments will increase further to 15%: the
            # whole named after "within the overall", the part before it)
            it = d.items.before(sent[0], m.start, self.not_whole)
            if it is not None and wholes and ITEM_PARENT.get(str(it.name)) == wholes[-1].name:
                item = str(it.name)
        if item is None and of is None and (deployed := SERVER_DEPLOYMENTS_AFTER.match(d.text, m.end)) is not None and \
                ACCELERATED_AFTER.match(d.text, deployed.end()) is not None:
            # over 20 percent of the global server deployments in 2027 may be accelerated: the accelerated (AI) servers'
            # part of the servers deployed that year, shipped
            item, of = "ai_server", "shipments"
        if item is not None and of in (None, ITEM_MARKET.get(item)):
            # AI伺服器占整體出貨12.2% / AI servers account for 70% of the server market: a part of the
            # whole its sentence counts (shipments) or of the market of all such things
            if d.kw.any("count.shipments", sent[0], min(sent[1], m.end + 12)):
                of = "shipments"
            elif item in PARENT_MARKET and WHOLE_WORD.search(d.text, max(sent[0], m.start - WHOLE_WORD_REACH), m.end + 40):
                of = PARENT_MARKET[item]  # AI服务器占整体65%: a part of all servers
        if item is None and of is None and metric == "share" and (reg is not None or self.resp_region != ""):
            # The United States accounted for 60% of the total / 中国、欧洲分别占18%、12%: a place's
            # part of the market the paragraph last put a value on
            of = self.paragraph_market(m.start)
        stated: Fact | None = self.amount_before_share(sent, m) if item is None and of is None and metric == "share" else None
        if item is None and of is None and metric == "share" and stated is None and \
                THE_TOTAL_AFTER.match(d.text, m.end) is not None:
            # infrastructure spending in 2022 reached $700 billion. Hyperscale companies accounted for 29 percent of the
            # total: a part of the amount the sentence before, in its paragraph, has just stated
            stated = self.amount_for_part(sent, m, self.para_start(m.start))
        if item is None and of is None and metric == "share" and stated is not None:
            # global data centers consume approximately 55 GW, with AI accounting for 14%: a part of the amount
            # the sentence has just stated
            of, region = stated.metric, stated.region
            if stated.period and self.period_from_doc:
                period = stated.period  # (its sentence names no period: the amount's, not the page's quarter)
        if item is None and of is None and metric == "share" and THE_MARKET_AFTER.match(d.text, m.end):
            of = self.last_market(m.start)  # Cloud and Shared Deployments represented over 86% of the market: the one discussed
        if item is None and of is None and metric == "share" and d.kind == "market_report" and \
                self.bracketed_place(m) is not None:
            of = self.last_market(m.start)  # 緊隨其后的是中國市場(占23%)、亞太地區(占16%): each place's part of the market discussed
        if item is None and of is None and metric == "share" and self.place_share(m, sent, clause_lo):
            of = self.last_market(m.start)  # 中国市场:……,贡献全球24%营收: the place's part of the market discussed
        if item is None and of is None and metric == "share" and (last := self.last_share) is not None and \
                last[1] == "market_share" and last[4] is not None and last[0][0] >= self.para_start(m.start) and \
                (holder := d.companies.before(clause_lo, m.start, self.not_vendor)) is not None and \
                not self.listed(holder) and holder.name != last[3]:
            # 2026年华为昇腾将拿下国内AI芯片市场50%份额;英伟达占比则从39%暴跌至8%: the next company's part of the same
            # market, in the paragraph that stated the first's
            self.share(dec, "market_share", m, value, sent, lo, clause_lo, clause_hi, str(holder.name), None, last[4])
            return
        if item is None and of is None and metric == "share" and d.kind != "market_report" and \
                (d.head_unlisted or d.head_entity is not None) and \
                LINE_MIX_SHARE.search(d.text, max(clause_lo, m.start - 20), m.start) is not None and \
                d.markets.before(sent[0], m.start) is None:
            # 雙鴻……水冷散熱占比從第二季的23%提升至第三季的35%, on a company's page: a product line's part of its sales (the
            # labels' I9), the whole left unsaid
            of = "revenue"
        if item is None and of is None and metric == "share" and (last := self.last_share) is not None and \
                last[1] == "share" and last[4] is not None and last[0][0] >= self.para_start(m.start) and \
                SHARE_WORD_BEFORE.search(d.text, max(clause_lo, m.start - 60), m.start) is not None:
            # … a much larger share (71%) of 2026 shipments. In contrast, the Rubin platform's expected share has been cut
            # from 29% to 22%: a share of the same whole the paragraph last named
            of = last[4]
        if item is None and of is None and metric == "share" and (
                (dem := DEMAND_OF_ITEM_ZH.search(d.text, max(clause_lo, m.start - 32), m.start)) is not None or
                (dem := DEMAND_OF_ITEM_EN.match(d.text, m.end)) is not None) and \
                (wanted := d.items.after(dem.start("x"), dem.end("x"))) is not None:
            # 字节、阿里、腾讯、百度占H20需求80%+; command over 60% of global demand for AI servers: the buyers' part of the
            # demand for an item, which is shipped to them (LABELLING.md E9: a buyer's demand is shipments)
            item, of = str(wanted.name), "shipments"
        if item is None and of is None and metric == "share" and PART_GOES_TO_ZH.match(d.text, m.end) is not None and \
                (prev := self.previous_decision()) is not None and prev.facts and prev.facts[0].metric == "share" and \
                prev.facts[0].of is not None and PART_GOES_TO_ZH.match(d.text, prev.end) is not None and \
                SHARE_LIST_GAP_ZH.fullmatch(d.text, prev.end, m.start) is not None:
            # 資本支出約70~80%將用於先進製程技術；大約10%用於特殊製程技術；另外約10-20%用於先進封裝: the next part of the
            # same whole, a list's next item after a semicolon, each named by what the money goes to
            self.emit_again(dec, 0.8, prev.facts[0], m, self.sentence_start(m.start))
            return
        if item is None and of is None and metric == "share" and self.cur_index in self.respectively_members and \
                (before := self.share_before_list(sent)) is not None:
            # The People's Republic of China (PRC) follows with 23%, while the Asia-Pacific Japan (APJ) region and Europe, the
            # Middle East, and Africa (EMEA) account for 16% and 10%, respectively: the listed places' parts of the whole the
            # sentence's share before them is of (the places, here none of the table's codes, key no region)
            of = before.of
            region = None if self.resp_region == "" else self.resp_region
            places_listed = True  # (keyed by the listed places, none where they have no code: not by one named before)
        if item is None and of is None and metric == "share" and (
                (cap := CAPACITY_WHOLE_AFTER.match(d.text, m.end)) is not None or
                (cap := CAPACITY_WHOLE_ZH.search(d.text, max(clause_lo, m.start - 24), m.start)) is not None):
            # it accounted for 6.4% of the country's total computing power; 占全国算力的20%: a part of a computing capacity
            of = "intelligent_compute_capacity" if cap.group("ai") else "total_compute_capacity"
        if item is None and of is None and metric == "share" and \
                (pw := POWER_WHOLE_ZH.search(d.text, max(clause_lo, m.start - 24), m.start)) is not None and (
                pw.group("it") or self.last_value.get("W", ("", -1, 0.0))[1] >= self.para_start(m.start)):
            # 截至去年,柔佛占马来西亚在线IT产能的79%; (after a capacity in MW:) 德州……占全美需求的近30%: a part of data centres'
            # power, their IT capacity or their demand where the paragraph counts power
            of = "datacenter_power"
        if item is None and of is None:
            dec.reason = "share of nothing named (no item or metric before it)"
            return
        slice_of_tender = item in ("server", "ai_server", None) and of in (None, "shipments") and \
            self.cue_in("tender", sent[0], m.start) and ARCHITECTURE.search(d.text, max(sent[0], m.start - 24), m.start) is not None
        if slice_of_tender:
            item = None  # 服务器集采……ARM架构服务器占比为25%: an architecture's slice of the procurement (I5, T6)
        if (item == "domestic" and of not in ("accelerator_count", "shipments") and self.cue_in("tender", sent[0], m.start)) \
                or slice_of_tender:
            # 服务器集采国产化率27%: the domestic share of what an operator procured
            of, tender_share = "tender_quantity", True
            op = d.operators.before(sent[0], m.start) or d.operators.before(self.para_start(m.start), m.start)
            entity = str(op.name) if op is not None else d.doc_buyer
            region = None
        if of in COMPANY_METRICS and not tender_share:
            ent_m = d.entities.before(sent[0], m.start, lambda x: x.type != "model")
            # (a tracker's 預估GPU占69.7% is the market's, not its most-named company's)
            # (x86服务器收入增长59.9%至548亿美元，占比70.9%: right after a market's amount or growth, the market's part)
            after_market = prev is not None and prev.facts and sent[0] <= prev.end <= m.start and \
                prev.facts[0].entity is None and (prev.facts[0].metric in MARKET_OF or prev.facts[0].of in MARKET_OF)
            if after_market and of == "revenue" and prev is not None and prev.unit == "%" and \
                    (whole := d.items.before(max(sent[0], m.start - 16), m.start)) is not None and whole.name in ITEM_MARKET:
                # 搭载GPU的服务器收入同比增长192.6%,全年占服务器总收入超50%: the part of the market of the item named
                # as the whole, of the item the growth before it was of (GPU servers)
                of = ITEM_MARKET[str(whole.name)]
                if item is None and prev.facts[0].item not in (None, whole.name):
                    item = prev.facts[0].item
            # (…reaching $47.4 billion. Of this figure, 95% corresponded to servers: a part of the amount just stated,
            # whose owner is none, in a market report)
            of_unowned = d.kind == "market_report" and prev is not None and bool(prev.facts) and sent[0] <= prev.end <= m.start \
                and prev.unit != "%" and prev.facts[0].metric == of and prev.facts[0].entity is None
            # (… reached $700 billion. Hyperscale companies accounted for 29 percent of the total: a part of an amount of a
            # place, owned by none, whatever the page's kind)
            of_market_amount = stated is not None and stated.metric == of and stated.entity is None and stated.region is not None
            entity = str(ent_m.name) if ent_m else None if (d.kind == "market_report" and (
                of in COUNT_METRICS or after_market or of_unowned)) or self.unknown_subject(sent, m.start) or of_market_amount \
                else (d.doc_entity or d.doc_buyer)
            if of == "datacenter_power" and ent_m is None and d.kind == "market_report":
                # Nearly 35 per cent of the total DC power demand in 2028 will support GenAI: a part of the market's
                # power, keyed by its region, not by a company the report names elsewhere
                entity = None
                region = region or self.region_for(lo, m.start, sent, clause_hi)
            if of == "datacenter_power" and ent_m is None and \
                    (place := d.regions.after(m.end, min(sent[1], m.end + 120), lambda r: PLACE_IN_BEFORE.search(d.text, max(0, r.start - 8), r.start)
                                              is not None)) is not None:
                # That's roughly 25% of all current operational data centre capacity in the U.S.; Close to 90% of that
                # capacity is expected to be in the U.S.: a part of the power of the place named after it, no company's
                entity, region = None, str(place.name)
        if of in COMPANY_METRICS and not tender_share and \
                (holder_word := POSSESSIVE_SHARE_OF.search(d.text, max(sent[0], m.start - 120), m.start)) is not None and \
                (holder := d.companies.before(max(sent[0], holder_word.start() - 40), holder_word.start(),
                                              lambda x: x.type != "model")) is not None and holder.end == holder_word.start():
            # Microsoft's share of CoreWeave's revenue grew from 35%: the company whose share it is holds it (a customer's part
            # of the other's revenue), not the one whose whole it is a part of
            entity = str(holder.name)
        if entity is None and share_buyer is not None:
            entity = share_buyer  # (LABELLING.md E9: buyers are the entity of buyer-side facts)
        if bracketed_buyer is not None:
            entity, share_buyer = bracketed_buyer, bracketed_buyer  # (Microsoft (20.2%) of the demand: the buyer's)
            if WORLD_DEMAND.search(d.text, sent[0], sent[1]) is not None:
                region = "GLOBAL"  # (… collectively command over 60% of global demand: a part of the world's, kept below)
                world_part = True
        if entity is None and of == "shipments" and not tender_share and \
                (occ := OCCUPY_WHOLE.search(d.text, max(sent[0], m.start - 40), m.end)) is not None:
            owner = d.companies.after(occ.start(), m.start)
            if owner is not None:
                entity = str(owner.name)  # 约占NVIDIA 2025年高端GPU出货量的18%: a part of that maker's shipments
        if entity is None and of == "shipments" and not tender_share and \
                (inside := IN_OWN_WHOLE.search(d.text, max(sent[0], m.start - 48), m.start)) is not None:
            # 預估2026年TPU於Google AI server的出貨占比將上升至逼近78%: a part of that company's own servers shipped;
            # Amazon……其GPU機種於自家AI server占比將達近60%: of the sentence's subject, named first (自家, its own)
            at = inside.end()
            owner = d.companies.after(at, m.start, lambda x: x.start == at) if inside.group(1) is None else \
                d.companies.after(sent[0], inside.start(), self.not_vendor)
            if owner is not None:
                entity = str(owner.name)
        if entity is None and of == "shipments" and not tender_share and d.kind != "market_report" and \
                d.doc_entity is not None and (own_co := d.companies.before(sent[0], m.start, self.not_vendor)) is not None \
                and own_co.name == d.doc_entity and not self.listed(own_co):
            # on Inventec's page, 英業達本就是L6伺服器主機板出貨大戶……ASIC伺服器出貨比重今年將拉高至5成: the page's company named
            # in the sentence, its own mix of what it ships, no market's
            entity = d.doc_entity
        if entity is None and of == "shipments" and not tender_share and \
                (own_of := OF_OWNER.match(d.text, m.end)) is not None and \
                (owner := d.companies.after(own_of.end(), own_of.end() + 40, lambda x: x.start == own_of.end())) is not None and \
                POSSESSIVE_AFTER.match(d.text, owner.end):
            entity = str(owner.name)  # 5% of NVIDIA's high-end GPU shipments: a part of that maker's shipments
        if entity is None and of == "shipments" and not tender_share and prev is not None and prev.facts and \
                prev.end >= sent[0] and (shipped := prev.facts[0]).metric == "shipments" and shipped.entity and \
                AMONG_THEM_BEFORE.search(d.text, max(prev.end, m.start - 16), m.start) is not None:
            # 预计2025年出货量达250万片,其中V5系列占比约76%: a part of the maker's shipments just stated
            entity = shipped.entity
        elif entity is None and of == "shipments" and not tender_share and prev is not None and prev.facts and \
                prev.end >= sent[0] and (sib := prev.facts[0]).metric == "share" and sib.of == "shipments" and \
                sib.entity and m.start - prev.end <= 16 and d.text[prev.end : m.start][:1] in ",，、;；":
            entity = sib.entity  # ……其中V5系列占比约76%,V6系列占比约24%: the next part of the same maker's shipments
        if entity is None and of == "shipments" and not tender_share and metric == "share" and share_buyer is None and \
                (maker := self.family_mix_maker(item, sent, clause_lo, m)) is not None:
            # GB200/GB300/Rubin的出貨占比大約是四○％、五五％; the Blackwell platform to make up a much larger share (71%) of 2026
            # shipments: a chip model's or family's part of its maker's shipments, the maker's (a company fact, no region)
            entity, region = maker, None
        if of == "tender_quantity" and AMOUNT_WHOLE.search(d.text, max(sent[0], m.start - 12), m.start):
            of = "tender_amount"  # 共计51.42亿元,占总金额的62.7%: a part of the money procured, not of the units
        if item is None and entity is not None and metric == "share" and \
                PURCHASE_VOLUME.search(d.text, max(sent[0], m.start - 24), m.start) is not None and \
                (whole := next((f for dec_ in reversed(self.decisions[-4:-1]) for f in dec_.facts
                                if f.metric == "share" and f.item and f.entity is None and dec_.start >= sent[0]), None)):
            # 2022年AI伺服器採購佔比以北美四大雲端業者……合計佔66.2%為最,……以ByteDance的採購力道最為顯著,年採購佔比達6.2%: a
            # buyer's part of the purchases of the item its sentence's share was of
            item = whole.item
        if entity is None and (place := d.regions.before(max(sent[0], m.start - PLACE_REACH), m.start,
                                                         lambda r: r.name != "GLOBAL")) is not None and \
                (world := PLACE_OF_WORLD.match(d.text, place.end)) is not None and world.end() <= m.start and \
                d.regions.before(world.end(), m.start, lambda r: r.name != "GLOBAL") is None:
            # Taiwan's share of global server shipments will remain above 80%; 中国服务器市场在全球服务器市场出货量比重约为28%:
            # the place's part of the world's whole, keyed by the place (the part), not by the world
            region = str(place.name)
        if entity is not None and share_buyer is None and self.world_spending(of, sent, m.start):
            # 全球数据中心资本支出的半数以上来自前十大超大规模云服务商: a part of the world's spending, no company's
            entity = None
            region = region or self.region_for(lo, m.start, sent, clause_hi)
        self.last_share = (sent, metric, item, entity, of)
        score = 1.0
        move = self.move_role(lo, m, sent)
        if move is not None and move[0] == "from":
            # 国产化率从2022-2023年的约27%提升至2023年的47%: each end of the move has its own period
            p0 = d.periods.before(move[1], m.start)
            if p0 is None and (own := d.periods.after(m.end, min(sent[1], m.end + 12))) is not None and \
                    (TIGHT_PERIOD_GAP.fullmatch(d.text, m.end, own.start) or d.text[m.end : own.start] == " "):
                p0 = own  # (has risen from 20% in 2020 to nearly 50%: the start's own period, after it)
            if p0 is None and not self.in_tender(sent):
                # (2023年至2026年……占比将从11.9%增长到31.7%: the span framing the move, its first year below)
                p0 = d.periods.before(max(sent[0], move[1] - WINDOW), move[1], lambda p: p.kind == "span" and bool(p.period))
            period = p0.period if p0 is not None else None
            if not period and (own_year := SHARE_FROM_YEAR.search(d.text, max(sent[0], m.start - 12), m.start)) is not None:
                period = own_year.group(1)  # 占比也持续提升,从2023年12.4%: the year glued to the level it moved from
        elif move is not None:
            p1 = d.periods.before(max(move[1], lo), m.start)
            period = p1.period if p1 is not None else self.period_for(move[1], m.end, sent, min(clause_lo, move[1]), clause_hi)
        if move is not None and period and (span := YEAR_SPAN.fullmatch(period)) is not None and not self.in_tender(sent):
            # 2025-2029年……GPU份额由69.9%升至77.3%: the start at the span's first year, the end at its last
            period = span.group(1) if move[0] == "from" else span.group(2)
        if of is None and item == "domestic" and d.items.before(
                sent[0], m.start, lambda x: x.name == "gpu" or x.name in CHIP_ITEMS) is not None:
            # 2024年中国人工智能GPU的自给率为34%: the domestic part of the AI chips a country uses
            of = "ai_compute_market_size"
        if of is None and item is not None and item in CHIP_ITEMS and OF_AFTER_RATE.match(d.text, m.end) is None:
            # GPU类型:英伟达H800占比约70%, 华为昇腾910B占比20%: a chip model's part of the chips counted (LABELLING.md I6); on
            # a page about shipments (预计910C将成为主导,占比超过一半), of the chips shipped
            of = "shipments" if self.shipments_page() else "accelerator_count"
        if of is None and (bought := self.item_bought_in(sent, m.start)) is not None and item in (None, bought):
            # 2022 年 AI 服务器采购中,北美四大云端厂商……合计占比 66.2%: the buyers' part of the purchases of the item, which are
            # its shipments (LABELLING.md E9), as 2022年AI伺服器採購佔比以北美四大雲端業者……合計佔66.2% is read
            item, of = bought, "shipments"
        elif item is None and of in ("shipments", "tender_quantity") and entity is not None and PURCHASE_SHARE.search(
                d.text, max(clause_lo, m.start - 12), m.start) is not None and (bought := self.item_bought_in(sent, m.start)):
            item = bought  # ……AI 服务器采购中……。国内市场方面,字节跳动……年采购占比达 6.2%: a buyer's part of the same purchases
        if region is None and entity is None and of in MARKET_OF and not places_listed:
            region = self.region_for(lo, m.start, sent, clause_hi)
        if of is None:
            dec.reason = "share of no named whole (a part is named, not what it is a part of)"
            return
        if (whole := self.whole_of_which(sent, m, of)) is not None:
            # 字节跳动已初步计划在2026年投入1,600亿人民币的资本支出,高于今年的1500亿元人民币,……其中约一半将用于采购先进半导体:
            # "of which" is of the amount its sentence states, not of the base that amount is compared with
            period, of = whole.period, whole.metric
        if entity is None and its_holder is not None:
            entity, item = its_holder, item or its_item
        ranged = value == m.value  # (a range's bounds, unless the value was worked out from it)
        if entity is not None and (names := self.resp_list) is not None and len(names) == len(m.values):
            # META/MSFT contributed to 16%/26% of revenue: each company its value of the slash list
            for name, val in zip(names, m.values, strict=True):
                self.emit(dec, score, metric="share", value=val, unit="%", period=period, region=None, entity=name,
                          item=item, of=of, basis=self.basis_for(sent[0], m.start, period), qualifier=m.qualifier,
                          quote=self.quote(clause_lo, m.end))
            return
        self.emit(dec, score, metric="share", value=value, low=m.low if ranged else None, high=m.high if ranged else None,
                  unit="%", period=period, region=region if entity is None or world_part else None,
                  entity=entity, item=item, of=of, basis=self.basis_for(sent[0], m.start, period),
                  qualifier=m.qualifier, quote=self.quote(clause_lo, m.end))

    def paragraph_market(self, pos: int) -> str | None:
        """The market the paragraph before ``pos`` last put a value on (at most 32 quantities back)."""
        lo = self.para_start(pos)
        for dec in reversed(self.decisions[-33:-1]):
            if dec.end < lo:
                break
            for f in dec.facts:
                if f.metric in MARKET_METRICS:
                    return f.metric
        return None

    def cagr_period(self, sent: tuple[int, int], pos: int, values: list[_Value]) -> str | None:
        sp = self.d.periods.before(sent[0], pos + 6, lambda p: p.kind == "span") or \
            self.d.periods.after(pos, self.clause_end(pos, sent[1]), lambda p: p.kind == "span")
        if sp is not None:
            return str(sp.period) if sp.period else None  # 2022-2026年复合增长率 / a CAGR of 25% from 2024 to 2029
        since = CAGR_SINCE.search(self.d.text, pos, min(sent[1], pos + 40))
        if since is not None:
            # surpassing the 1 GW milestone in 2024, demonstrating a robust 24% CAGR since 2019: from the year it started to
            # the year stated last before the rate (both ends stated, LABELLING.md P9)
            start = int(since.group(1))
            end = self.d.periods.before(sent[0], pos, lambda p: p.kind == "year" and bool(p.period) and str(p.period).isdigit()
                                        and int(str(p.period)) > start)
            return f"{start}-{end.period}" if end is not None else None
        if self.cue_in("future", self.clause_start(sent[0], pos), pos):
            n = next_years(self.d.text, sent[0], pos)
            if n is None:
                return None
            # 未来5年整体市场年复合增长率为27.1% in a report that names 2018 and 2023: from the base year
            # the document states to N years after it
            named = {int(p.period[:4]) for p in self.d.periods.items
                     if p.kind in ("year", "half") and p.period and p.period[:4].isdigit()}
            bases = [y for y in named if y + n in named]
            return f"{max(bases)}-{max(bases) + n}" if bases else None
        years = sorted({int(v.period[:4]) for v in values[-4 * RECENT_VALUES :] if v.period and v.period[:4].isdigit()})
        if len(years) >= 2:
            return f"{years[0]}-{years[-1]}"
        return None


_GAP_STOP = re.compile(r"[0-9,;:。()]")


#: a figure said to be the whole year's right after it (11 million servers shipped for the year)
FOR_THE_YEAR_AFTER = re.compile(r"[^,;。，；]{0,24}?\bfor the (?:full |whole |entire )?(?:fiscal )?year\b(?! (?:ago|earlier|before))", re.I)


def _is_chip(item: NameMention) -> bool:
    """An accelerator named as an item: GPUs (AI芯片, 加速卡) or a chip's model."""
    return item.name == "gpu" or item.name in CHIP_ITEMS


def _market_of(item: NameMention) -> str | None:
    """The market an item is sold in: ITEM_MARKET's for servers, the AI-chip market for accelerators (GPU市场,
    LABELLING.md metric table), else None."""
    return ITEM_MARKET.get(str(item.name)) or ("ai_compute_market_size" if _is_chip(item) else None)


def _year_of(period: str | None) -> str | None:
    """The year a quarter or half is part of (2024Q4 -> 2024, FY2025H1 -> FY2025); any other period as it is."""
    m = re.fullmatch(r"((?:FY)?\d{4})(?:Q[1-4]|H[12])", period or "")
    return m.group(1) if m else period


def _same(period: str | None) -> str | None:
    return period


def _short_gap(gap: str, width: int = 16) -> bool:
    """Words between a cue and its number: short, and no number or clause break among them (an
    opening parenthesis right before the number is fine: 通用算力增幅(20.6%))."""
    gap = gap.rstrip("(（ ")
    if len(gap) > width:
        gap = strip_qualifier(gap).rstrip()  # (growth of approximately 28%: the qualifier is the number's)
    return len(gap) <= width and not _GAP_STOP.search(gap)


#: the next part of a list of shares: a comma and a short name with no number (，伺服器41%至45%)
NAMED_LIST_GAP = re.compile(r"[,，、;；] ?([^\W\d_][^,，、;；。:：()（）0-9%]{0,9}?)(?:为|占|約|约)?")


def _table_name(kind: str, label: str) -> str | None:
    """The first item (or region) a table's label or caption names, read in sentence case: a table
    capitalises its words (AI-optimized Servers, Worldwide) where the alias table lists them in
    running text's case; an all-capital word (AI, GPU) stays as it is."""
    plain = TITLE_WORD.sub(lambda w: w.group(0).lower(), label)
    table = alias_table()
    found = table.find_items(plain) if kind == "items" else table.find_regions(plain, [])
    return str(found[0].name) if found else None  # (AI-optimized Servers (GPU and …): the head, not the bracket)


def _table_row(text: str, lo: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]], int, int] | tuple[()]:
    """The cells of the line at ``lo`` of ``text`` and of its table's header (see
    ``_Extractor.table_column``), or () when the line is no row of a text table."""
    hi = text.find("\n", lo)
    hi = len(text) if hi < 0 else hi
    if hi - lo > TABLE_LINE_CHARS:
        return ()
    cells = [(c.start(), c.end()) for c in TABLE_CELL.finditer(text, lo, hi)]
    if len(cells) < TABLE_MIN_CELLS:
        return ()
    end = lo - 1
    for _ in range(TABLE_ROWS):
        if end <= 0:
            return ()
        start = text.rfind("\n", 0, end) + 1
        if end - start > TABLE_LINE_CHARS:
            return ()
        line = [(c.start(), c.end()) for c in TABLE_CELL.finditer(text, start, end)]
        if len(line) != len(cells):
            return ()
        if not re.search(r"\d", TABLE_YEAR.sub("", text[start:end])):
            return cells, line, start, end  # the header
        end = start - 1
    return ()


def _value_runs(text: str, ms: list[Mention], gap: re.Pattern[str] = LIST_GAP) -> Iterator[list[int]]:
    """The runs of two or more quantities of one kind of unit joined by ``gap`` (list gaps: 7.2%和6.5%, $72
    billion and $88 billion), as lists of indexes into ``ms``; each quantity is looked at once."""
    k = 0
    while k < len(ms):
        chain = [k]
        while chain[-1] + 1 < len(ms) and gap.fullmatch(text, ms[chain[-1]].end, ms[chain[-1] + 1].start) is not None and \
                _unit_kind(ms[chain[-1] + 1].unit) == _unit_kind(ms[k].unit):
            chain.append(chain[-1] + 1)
        k = chain[-1] + 1
        if len(chain) >= 2:
            yield chain


def _expectation_word(text: str, lo: int, hi: int) -> bool:
    """A word of EXPECTATION_WORDS stands in ``text[lo:hi]`` (any case)."""
    window = text[lo:hi].lower()
    return any(w in window for w in EXPECTATION_WORDS)


def _a_quarter(p: Any) -> bool:
    """A period mention that names one quarter, calendar or fiscal (2025Q3, FY2025Q3)."""
    return p.period is not None and QUARTER_LABEL.fullmatch(p.period) is not None


def _list_gap(gap: str) -> bool:
    """The text between two items of a list (``、`` ``和`` ``, and`` …)."""
    return bool(LIST_GAP.fullmatch(gap))


def _group_of(kind: str) -> str:
    return {"money": "money", "FLOPS": "flops", "W": "power", "units": "count"}.get(kind, kind)


#: the metrics a value of each unit kind can be (for a value after "growth X% to")
UNIT_KIND_OF = {
    "money": {"ai_server_market_size", "ai_compute_market_size", "compute_industry_size", "capex", "compute_investment",
              "revenue", "datacenter_revenue", "tender_amount", "award_amount", "unit_price", "training_cost",
              "server_market_size"},
    "FLOPS": {"intelligent_compute_capacity", "general_compute_capacity", "total_compute_capacity",
              "supercomputing_capacity"},
    "units": {"shipments", "accelerator_count", "tender_quantity"},
    "W": {"datacenter_power"},
}



def _bare_yuan(text: str, start: int, end: int) -> bool:
    """The amount ``text[start:end]`` ends in a 元 no currency word names (人民币, 新台币, RMB, NT$):
    whose 元 it is, the document or the company says (YUAN_OF)."""
    return text[end - 1 : end] == "元" and NAMED_YUAN.search(text, max(0, start - 6), end) is None


def _shift_year(period: str | None, years: int) -> str | None:
    """``2025H1`` -> ``2024H1``, ``FY2026Q2`` -> ``FY2025Q2``, ``2023-2025`` -> None."""
    if period is None:
        return None
    m = re.fullmatch(r"(FY)?(\d{4})((?:Q[1-4]|H[12]|-\d{2})?)", period)
    if not m:
        return None
    return f"{m.group(1) or ''}{int(m.group(2)) + years}{m.group(3)}"


def _period_end_year(period: str | None) -> int | None:
    if not period or period.startswith("FY"):
        return None
    m = re.search(r"(\d{4})(?!.*\d{4})", period)
    return int(m.group(1)) if m else None


#: a rounded bound restates an exact value within this fraction of it (超23倍 for 2386.38%)
BOUND_RESTATES = 0.1


def _holds_bound(qualifier: str | None, bound: float, exact: list[float]) -> bool:
    """A bound (``>`` 2300) that one of ``exact`` (2386.38) meets, within BOUND_RESTATES of it: the
    same figure rounded (超23倍), not another statement about it."""
    ops = {">": lambda v: v > bound, ">=": lambda v: v >= bound, "<": lambda v: v < bound, "<=": lambda v: v <= bound}
    test = ops.get(qualifier or "")
    return test is not None and any(test(v) and abs(v - bound) <= BOUND_RESTATES * abs(v) for v in exact)


def _part_of_total(c: _Candidate, totals: dict[int, list[_Candidate]],
                   spans: dict[int, tuple[list[int], list[float], list[float]]],
                   named_anew: Callable[[int, int], bool] | None) -> bool:
    """``c`` is a part the total of its sentence stands for (标包1-11为1204台，标包12为1250台，合计2454台; a part is no
    larger than its total: 采购规模为47845台……合计5435台 is a total of some lots only); not a figure after the total that
    names its own metric (Q1 Total Revenue $13.3 billion … Q1 Cloud Infrastructure (IaaS) Revenue $2.2 billion: a
    segment's). ``spans``: per sentence, its totals' starts and the largest value up to and from each."""
    if c.total or c.sentence not in spans:
        return False
    starts, up_to, from_ = spans[c.sentence]
    size = abs(c.fact.value)
    i = bisect.bisect_right(starts, c.decision.start)
    if i < len(starts) and from_[i] >= size:
        return True  # a total after it
    last = totals[c.sentence][i - 1] if i > 0 else None
    return last is not None and up_to[i - 1] >= size and not (
        named_anew is not None and last.decision.end <= c.decision.start and named_anew(last.decision.end, c.decision.start))


def _dedupe(cands: list[_Candidate], named_anew: Callable[[int, int], bool] | None = None) -> list[_Candidate]:
    """One value per key: the best-supported candidate (then the first) stays. ``named_anew(lo, hi)`` says whether a
    metric word stands between two figures (a figure after a total that names its own metric is no part of it)."""
    groups: dict[tuple[object, ...], list[_Candidate]] = {}
    for c in cands:
        f = c.fact
        groups.setdefault((f.metric, f.unit, f.period, f.region, f.entity, f.item, f.of), []).append(c)
    keep: list[_Candidate] = []
    for group in groups.values():
        totals: dict[int, list[_Candidate]] = {}
        for c in group:
            if c.total:
                totals.setdefault(c.sentence, []).append(c)
        # per sentence: the totals by position, with the largest value up to and from each (a part looks up the
        # totals before and after it by bisection: linear however many figures a sentence holds)
        spans: dict[int, tuple[list[int], list[float], list[float]]] = {}
        for sent, ts in totals.items():
            ts.sort(key=lambda t: t.decision.start)
            sizes = [abs(t.fact.value) for t in ts]
            spans[sent] = ([t.decision.start for t in ts], list(itertools.accumulate(sizes, max)),
                           list(itertools.accumulate(reversed(sizes), max))[::-1])

        if totals:
            # (…plan for 2026 totals RMB 160 billion, up from about RMB 150 billion this year: the base a total moved from is
            # no part of it)
            parts = [c for c in group if not c.base and _part_of_total(c, totals, spans, named_anew)]
            for c in parts:
                c.decision.facts = [f for f in c.decision.facts if f is not c.fact]
                if not c.decision.facts:
                    c.decision.reason = "a part of the total stated in the same sentence"
            taken = {id(c) for c in parts}
            group = [c for c in group if id(c) not in taken]
        exact = [c.fact.value for c in group if c.fact.qualifier in (None, "~") and not c.heading]
        restated = [c for c in group if c.heading and _holds_bound(c.fact.qualifier, c.fact.value, exact)]
        for c in restated:
            # 同比增长2386.38% … a heading 前三季营收同比增长超23倍: a bound the key's exact value meets restates it
            c.decision.facts = [f for f in c.decision.facts if f is not c.fact]
            if not c.decision.facts:
                c.decision.reason = "a heading's bound met by the exact value of the same key (stated again)"
        group = [c for c in group if c not in restated]
        best = max(group, key=lambda c: (c.score, -c.order))
        kept = [best]
        for c in sorted(group, key=lambda c: c.order):
            if c is best:
                continue
            # in another sentence a value is a statement of its own: kept unless it is much less
            # supported (an inherited metric, -0.3, or a bound, -0.5, alone does not drop it)
            margin = DEDUPE_MARGIN if c.sentence == best.sentence else 3 * DEDUPE_MARGIN
            # (an actual beside a forecast of the same key are two statements, both labelled: LABELLING.md B2, B3 — 比起去年的
            # 409億美元 beside 今年……將達到520億到560億美元 in an undated body, where both keys lack a period)
            # (年營收新台幣5548.85億元……首度衝破5000億元大關: a threshold the key's exact value meets, beside it, is a line of its
            # own with its qualifier, as the labels give it: ../shared/corpus/README.md, 突破8兆 next to 約8.1兆)
            threshold = not c.heading and c.fact.qualifier in (">", ">=") and \
                best.fact.qualifier in (None, "~") and _holds_bound(c.fact.qualifier, c.fact.value, [best.fact.value])
            # (Llama 2 7B, 13B and 70B; two models off the alias table, both keyed by none: a model metric's other value is
            # another model's, not a rival reading of the same figure)
            if (c.score >= best.score - margin or c.other or best.other or (c.member and best.member) or c.base or c.moved or
                    c.fact.basis != best.fact.basis or threshold or c.fact.metric in MODEL_METRICS) and \
                    all(c.fact.value != k.fact.value for k in kept):
                kept.append(c)  # as well supported and another value: two segments, two figures
                continue
            c.decision.facts = [f for f in c.decision.facts if f is not c.fact]
            if not c.decision.facts:
                c.decision.reason = (f"duplicate key: a better-supported value ({best.fact.value:g}) holds the same key"
                                     if c.fact.value != best.fact.value else "stated again (same key and value)")
        if 1 < len(kept) <= ROUNDED_MAX:
            kept = _drop_rounded(kept)
        keep.extend(kept)
    keep.sort(key=lambda c: c.order)
    return keep


def _stated_step(dec: Decision) -> float | None:
    """The place of the last digit a quantity is stated to, in its unit ($7.4 billion: 1e8; 36%: 1), when its
    quote holds one number written in digits."""
    found = NUMBER_IN_QUOTE.findall(dec.quote)
    if len(found) != 1:
        return None
    mantissa = float(found[0].replace(",", ""))
    if mantissa == 0 or dec.value == 0 or len(found[0].replace(",", "").replace(".", "").lstrip("0")) < 2:
        return None  # (one digit, $1 trillion or 4 million, is no rounding of a nearby figure)
    decimals = len(found[0].partition(".")[2])
    return abs(dec.value) / mantissa * 10.0 ** -decimals


def _drop_rounded(kept: list[_Candidate]) -> list[_Candidate]:
    """Of values of one key, drop a value that is another's rounded (the table's $7.44 billion, then the prose's
    "to $7.4 billion"; 36.2% and 36%): the writer stating the same figure to fewer digits, not a second figure.
    Only between values of the same basis, each exact or approximate, neither a list's member nor another
    statement's (a consensus), the rounded one of two digits or more."""
    steps = [_stated_step(c.decision) for c in kept]
    out = []
    for c, step in zip(kept, steps, strict=True):
        rounded = step is not None and not (c.member or c.other) and c.fact.qualifier in (None, "~") and any(
            k is not c and ks is not None and ks * 5 <= step and k.fact.basis == c.fact.basis and not (k.member or k.other)
            and k.fact.qualifier in (None, "~") and abs(abs(k.fact.value) - abs(c.fact.value)) <= step / 2 * 1.000001
            and (k.fact.value >= 0) == (c.fact.value >= 0)
            for k, ks in zip(kept, steps, strict=True))
        if rounded:
            c.decision.facts = [f for f in c.decision.facts if f is not c.fact]
            if not c.decision.facts:
                c.decision.reason = "stated again, rounded (a more precise value of the same key is stated)"
            continue
        out.append(c)
    return out


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n", text)]


def _sections(text: str, entities: list[NameMention]) -> tuple[list[int], list[str | None]]:
    """The document's heading lines (short, no sentence end, not a bullet) in order: their starts,
    and for each the company it names when the heading is nothing but that name (【Google】,
    "Meta:", "3. Amazon"): the lines under it, to the next heading, are about that company."""
    starts: list[int] = []
    names: list[str | None] = []
    ents = sorted(entities, key=lambda e: e.start)
    e_starts = [e.start for e in ents]
    pos = 0
    for line in text.split("\n"):
        core = line.strip()
        if core and len(core) <= HEADING_CHARS and not HEADING_NOT.search(core):
            lead = len(line) - len(line.lstrip())
            m = HEADING_NAME.fullmatch(core)
            name = None
            if m is not None:
                at = pos + lead + m.start(1)
                i = bisect.bisect_left(e_starts, at)
                if i < len(ents) and ents[i].start == at and ents[i].end == pos + lead + m.end(1) and ents[i].type != "model":
                    name = ents[i].name
            starts.append(pos)
            names.append(name)
        pos += len(line) + 1
    return starts, names


def _doc_name(names: list[NameMention], head_end: int = 0) -> str | None:
    """The document's subject: the one name its head (title line, up to ``head_end``) gives, where it
    gives one (海光信息2025年三季报点评, whose body names 中科曙光 more often, is Hygon's); else the
    most-named (ties: the first named)."""
    in_head = {e.name for e in names if e.end <= head_end}
    if len(in_head) == 1:
        return in_head.pop()
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for e in names:
        counts[e.name] = counts.get(e.name, 0) + 1
        first.setdefault(e.name, e.start)
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], -first[k]))


def _title_credit(text: str, end: int) -> int:
    """Where the bracketed credit closing a title line starts (… - Mordor Intelligence报告摘要(GII台湾),
    … (Yahoo奇摩新聞)); ``end`` when the title closes with none."""
    line = text.rfind("\n", 0, end) + 1
    stripped = text[line:end].rstrip()
    if not stripped.endswith((")", "）")):
        return end
    opening = max(text.rfind("(", line, end), text.rfind("（", line, end))
    return opening if opening > line else end


def _firm_home(text: str, r: NameMention) -> bool:
    """The place ``r`` is named as a firm's home (analysis firm TechInsights from Canada, a California-based firm)."""
    return FIRM_FROM_BEFORE.search(text, max(0, r.start - 64), r.start) is not None or BASED_AFTER.match(text, r.end) is not None


#: after a word for the home country, the topic marker that makes it a section of the page (国内市场方面, 國內方面)
SECTION_AFTER = re.compile(r"(?:市场|市場)?方面")


def _doc_region(regions: list[NameMention], kind: str, text: str = "", no_company: bool = False) -> str | None:
    """The region a document is about: the one its head (title, dateline) names; else, for a
    market report, the world (unless it is a local document); else None."""
    named = [r for r in regions if r.type != "relative"]
    end = title_end(text) if text else HEAD_CHARS
    credit = _title_credit(text, end) if text else end
    # (a place in the title's closing credit names the publisher's site, not the subject: (GII台湾))
    # (nor a firm's home: analysis firm TechInsights from Canada, a California-based research firm)
    head = [r for r in named if r.start <= end and not credit <= r.start < end and not _firm_home(text, r)]
    if head:
        return head[0].name  # US data center power demand could reach 106 GW: the US's
    if kind != "market_report" and not (kind == "capex" and no_company):
        return None  # (2025 datacentre capex up 57%: a market's capex, whose title names no company)
    table = alias_table()
    rel = table.relative_regions
    if any("-" in r.name for r in named) or (rel is not None and rel.search(text)):
        return None  # a local document (本市, a province): no world default
    if table.country_relative is not None and any(SECTION_AFTER.match(text, m.end()) is None
                                                  for m in table.country_relative.finditer(text)):
        # 我国计算产业规模达2.6万亿元: a report that speaks of "our country" is about that country — not where it only
        # opens a section on it (TrendForce … AI 服务器年出货量占整体服务器比重近 1% …… 国内市场方面,字节跳动……: the world's
        # figures, then the home market's, a part of the report)
        return home_country(regions) or "CN"
    # a market report that names no market in its head is about the world market (trackers such
    # as TrendForce's and IDC's worldwide series say "global" only now and then)
    return "GLOBAL"


def _headline_spans(text: str) -> list[tuple[int, int]]:
    """The headline: the title, and the title again where the page repeats it as its first line."""
    end = title_end(text)
    spans = [(0, end)]
    line_start = text.rfind("\n", 0, end) + 1
    title = text[line_start:end]
    title = title[title.find("TITLE:") + 6 :].strip() if "TITLE:" in title else title.strip()
    pos = end
    while pos < len(text) and text[pos] in "\r\n \t":
        pos += 1
    nl = text.find("\n", pos)
    first = text[pos : nl if nl >= 0 else len(text)]
    # (the title line may add the publisher: "… ARR (Tradevae)" above "… ARR")
    core = re.sub(r"\s*[(（][^()（）]{1,40}[)）]$", "", title)
    if len(core) >= 8 and first.startswith(core):
        spans.append((pos, pos + len(core)))
    elif len(first.strip()) >= 20 and core.startswith(first.strip()):
        # (the title line may add " – Central News Agency (via …)" to the headline the page repeats)
        spans.append((pos, pos + len(first.rstrip())))
    return spans


def _drop_restated_headline(head: list[_Candidate], body: list[_Candidate]) -> list[_Candidate]:
    """The headline's candidates, but for a figure the body states again: that is the body's fact.
    The body gives it its keys (Targeting >3GW in the title; expects to exceed 3.0 gigawatts … in
    2026 in the text), the headline the keys the body leaves implicit (腾讯2024年资本开支…至767.6亿元
    in the title, 资本开支暴涨221%至767.6亿元 in the text)."""
    by_metric: dict[tuple[str, str], list[_Candidate]] = {}
    for b in body:
        by_metric.setdefault((b.fact.metric, b.fact.unit), []).append(b)
    keep = []
    for c in head:
        same = [b for b in by_metric.get((c.fact.metric, c.fact.unit), [])
                if abs(b.fact.value - c.fact.value) <= 0.005 * abs(c.fact.value) or (
                    # 寒武纪……前三季营收同比增长超23倍 over 营收……同比增长2386.38%: the title's bound, rounded
                    b.fact.qualifier in (None, "~") and (b.fact.entity, b.fact.of) == (c.fact.entity, c.fact.of)
                    and _holds_bound(c.fact.qualifier, c.fact.value, [b.fact.value]))]
        if not same and c.fact.unit == "units" and any(
                b.fact.unit == c.fact.unit and abs(b.fact.value - c.fact.value) <= 0.005 * abs(c.fact.value) for b in body):
            # (India … to procure 10,000 GPUs in the title, a tender for 10,000 GPUs in the text: the same count, which the
            # body keys as it states it; an amount the title keys by another metric is kept: the body's key is no better
            # there, as often as not)
            c.decision.facts = [f for f in c.decision.facts if f is not c.fact]
            if not c.decision.facts:
                c.decision.reason = "a headline's figure stated again in the body (the body's statement is kept)"
            continue
        if not same:
            keep.append(c)
            continue
        for b in same:
            implicit = {k: getattr(c.fact, k) for k in ("period", "region", "entity", "item", "of")
                        if getattr(b.fact, k) is None and getattr(c.fact, k) is not None}
            if implicit:
                new = dataclasses.replace(b.fact, **implicit)
                b.decision.facts = [new if f is b.fact else f for f in b.decision.facts]
                b.fact = new
        c.decision.facts = [f for f in c.decision.facts if f is not c.fact]
        if not c.decision.facts:
            c.decision.reason = "a headline's figure stated again in the body (the body's statement is kept)"
    return keep


def _head_unlisted(text: str, entities: list[NameMention], others: list[NameMention]) -> bool:
    """The title opens with a company the alias table does not list (華碩第3季EPS優於預期 …): the
    document is that company's, so its unnamed figures are of no listed company (LABELLING.md E1),
    not of a supplier it names more often (輝達), nor a market's. The same Chinese patterns as a
    sentence's unlisted subject (lexicons/cues.toml [company_subject]); a name inside a name the
    table knows (a region, an item) is none."""
    s = title_start(text)
    if text.startswith("TITLE:", s):
        s += len("TITLE:")
    while s < len(text) and text[s] in " \t\n　":
        s += 1
    zh, _en, not_name, short = _subject_patterns(lexicon())
    end = title_end(text)
    m = zh.match(text, s, end) or short.match(text, s, end) or _title_subject_pattern(lexicon()).match(text, s, end)
    group = 1
    if m is None and (en := EN_TITLE_SUBJECT.match(text, s, end)) is not None and \
            (en.group(1) or en.group(2)).split()[0] not in not_name:
        m = en  # Cisco fiscal Q2 2025 revenue, Arista Q3 2024 results: an English title opening with its company
        group = 1 if en.group(1) else 2
    if m is not None:
        lo, hi = m.span(group)
        return not any(n.start < hi and lo < n.end for n in itertools.chain(entities, others))
    # PC品牌大厂华硕(2357)昨日举行尾牙: the first company the page names is a listed one off the table
    code = SECURITY_CODE.search(text, s, end + HEAD_CODE_CHARS)
    if code is None:
        # Arista Networks (NYSE:ANET) was down …: an English page's first ticker, after a company off the table
        code = TICKER.search(text, s, end + HEAD_CODE_CHARS)
    return code is not None and not any(n.start < code.start() and n.type in ("company", "operator") for n in entities) \
        and not any(code.start() - 2 <= n.end <= code.start() for n in itertools.chain(entities, others))


#: an English title opening with a company's name, then the period or the results it reports (Cisco fiscal Q2 2025
#: revenue, Arista Q3 2024 results, Celestica's fourth-quarter earnings)
EN_TITLE_SUBJECT = re.compile(r"((?:[A-Z][\w&.\-]*\s+){0,2}?[A-Z][\w&.\-]*)(?:['’]s)?\s+(?:fiscal|FY\s?\d|Q[1-4]|[1-4]Q|"
                              r"(?:first|second|third|fourth)[- ]quarter|full[- ]year|quarterly|annual|results|earnings|"
                              r"revenue|reports|posts)\b"
                              # (Cerebras shares sink after first earnings report: a few words before what it reports)
                              r"|((?:[A-Z][\w&.\-]*\s+){0,2}?[A-Z][\w&.\-]*)(?:['’]s)?\s+(?:shares|stock)\s+(?:[a-z][\w-]*\s+){1,4}?"
                              r"(?:(?:first|second|third|fourth|quarterly|annual|Q[1-4])\s+)?(?:earnings|results|revenue)\b")
#: how many cells of its own row a growth cell walks back over to find the row above (a results table has a few
#: columns; a row of thousands is no table's)
ROW_ABOVE_REACH = 64
#: a deal right after its amount and the supply it is for (a $6 billion agreement with Corning to supply …)
DEAL_SUPPLIES = re.compile(r"\s(?:[\w-]+ ){0,2}(?:agreement|deal|contract|transaction)s? with [^.;,]{1,60}? to "
                           r"(?:supply|provide|deliver|build|make)\b", re.I)
#: right before money a buyer spends: the verb of spending or buying (spent, paid, bought, ordered; 斥资, 花费, 预付, 砸); the
#: Chinese alternatives of these three patterns are simplified only, as the text they search is normalised
HARDWARE_SPEND_BEFORE = re.compile(
    r"(?:\b(?:spent|spends|spend|spending|paid|pays|pay|paying|bought|buys|buy|buying|purchased|purchases|ordered|orders|"
    r"prepaid|poured|splurged|splashed out)\s(?:(?:an estimated|a combined|about|around|roughly|nearly|more than|over|up to|"
    r"some|as much as|at least|approximately|close to|almost|an additional|another)\s)?(?:RMB ?|CNY ?|US|HK|NT)?|"
    r"(?:斥资|花费|花了|耗资|预付了?|汇入|砸下?|豪掷)(?:约|近|逾|超过|高达|超)?\s?)$", re.I)
#: right after the amount, the accelerators or AI servers it buys (on Nvidia chips, buying GPUs, worth of H100s; 采购英伟达芯片,
#: 购买H20): a few words at most between
HARDWARE_BOUGHT_AFTER = re.compile(
    r"\s?(?:(?:on|for|to buy|buying|to purchase|purchasing|worth of|of|in)\s(?:[\w.-]+\s){0,3}?"
    r"(?:AI chips?|chips|GPUs?|graphics processing units|accelerators?|AI servers?|AI processors|H100s?|H200s?|H20s?|H800s?|"
    r"A100s?|A800s?|B200s?|B300s?|GB200s?|GB300s?|Blackwell|Hopper|TPUs?|Ascend)\b|"
    r"(?:的)?(?:用于|用来|以)?(?:采购|购买|订购|购入|买入|预订|抢购|囤积)了?"
    r"[^,，。;；]{0,8}?(?:芯片|GPU|算力卡|加速卡|AI服务器|H20|H200|H100|H800|A800))", re.I)
#: the accelerators bought named before the spending word (采购GPU花费约20亿美元, 购买H20芯片共花费)
HARDWARE_BOUGHT_BEFORE = re.compile(
    r"(?:采购|购买|订购|购入)[^,，。;；]{0,8}?(?:芯片|GPU|算力卡|加速卡|AI服务器|H20|H200|H100|H800|"
    r"A800)[^,，。;；\d]{0,4}?(?:共|合计|累计)?(?:花费|耗资|支出|斥资)了?(?:约|近|逾|超过|高达|超)?\s?$")
#: how far from the amount its spending verb and the hardware it buys may stand
HARDWARE_SPEND_REACH = 48
#: right after an amount, the party it is paid to and what for (committed $6 billion to Corning for fiber-optic cables)
PAID_TO_FOR = re.compile(r"\s(?:to|with) (?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,2} for ")
#: between a list's last amount and the metric after it (…, $21 billion and $17 billion, respectively, into capital
#: expenditures)
RESPECTIVELY_GAP = re.compile(r",?\s?respectively,?\s?", re.I)
#: a bare 公司 (the company a page is about: after punctuation or a blank, 预计/看好/本), not 该公司 / 这家公司 / 此公司
#: (the one named last) nor the end of a name (子公司, 中科曙光公司)
BARE_COMPANY = re.compile(r"(?:(?<=[,，。;；:：\s])|(?<=预计)|(?<=看好)|(?<=本))公司")
#: the object a deal supplies, up to the purpose after it (fiber optic cables | for its data centers)
SUPPLIED_OBJECT = re.compile(r"[^.;,]{1,48}?(?= for | to | in |[.;,]|$)")
#: what a compute deal supplies (computing power, GPUs, cloud capacity, AI infrastructure, data centres)
COMPUTE_SUPPLIED = re.compile(r"comput|GPU|accelerator|chip|server|cloud|AI infrastructure|capacity|data cent|AI factor",
                              re.I)
#: a results table's row of growth rates (增长率YoY %, YoY Growth, 同比增长), its metric the row's above; not a quarter's
#: a guidance mark after a results table's last period head (Q4 FY26 guide)
GUIDE_AFTER_HEAD = re.compile(r"[ \t]" + GUIDE_MARK, re.I)
GROWTH_ROW = re.compile(r"增长率|增速|同比|YoY|Y/Y|growth", re.I)
QOQ_ROW = re.compile(r"QoQ|Q/Q|环比|sequential", re.I)
#: a column head naming a quarter by its last month (Sep'25, Dec 2024) or a broker's year marked actual or estimated
HEAD_MONTH = re.compile(r"(Mar|Jun|Sep|Dec)[a-z]{0,6}\.?[ '’-]{1,2}((?:19|20)\d{2}|\d{2})")
HEAD_YEAR = re.compile(r"((?:19|20)\d{2})[AEF]?")
#: a year named by its last month, month first (| (百萬美元) | 3/2023 | 3/2024 |: a Hong Kong quote page's years to March)
HEAD_YEAR_END = re.compile(r"(0?[1-9]|1[0-2])/((?:19|20)\d{2})")
_QUARTER_MONTHS = {"Mar": 3, "Jun": 6, "Sep": 9, "Dec": 12}


def _line_starts(text: str) -> list[int]:
    """Where each line of ``text`` starts, in order (one pass; :func:`_line_start_of` then bisects it)."""
    return [0] + [b.end() for b in re.finditer("\n", text)]


def _line_start_of(line_starts: list[int], pos: int) -> int:
    """Where the line holding ``pos`` starts, as ``text.rfind("\\n", 0, pos) + 1`` says, from :func:`_line_starts`."""
    return line_starts[bisect.bisect_right(line_starts, pos) - 1]


def _short_line_start(text: str, pos: int) -> int | None:
    """Where the line holding ``pos`` starts, looked for at most LIST_LINE_REACH characters back; None for a line
    longer than that, which is no list's line (a look back over a whole long line per quantity would be quadratic)."""
    line_lo = text.rfind("\n", max(0, pos - LIST_LINE_REACH), pos) + 1
    return None if line_lo == 0 and pos > LIST_LINE_REACH else line_lo


def _taken_at(taken: list[tuple[int, int]], pos: int) -> bool:
    """A span of ``taken`` (sorted, apart) holds ``pos``: a number the text's own reading took."""
    k = bisect.bisect_right(taken, pos, key=lambda span: span[0]) - 1
    return k >= 0 and taken[k][1] > pos


def _head_period(head: str, fiscal_end_month: int | None) -> str | None:
    """The period a results table's column head names in a form of its own: ``2025E``/``2023A`` -> the year; ``3/2025``
    -> the year ending that month;
    ``Sep'25`` -> the quarter ending that month, a fiscal one where the company's year ends another month than
    December (E2E Networks, year to March: Sep'25 is FY2026Q2); None for any other head."""
    if (y := HEAD_YEAR.fullmatch(head.strip())) is not None:
        return y.group(1)
    if (ye := HEAD_YEAR_END.fullmatch(head.strip())) is not None:
        # (3/2025: the year ending in March 2025, the company's FY2025; 12/2024: the calendar year, LABELLING.md P2)
        return ye.group(2) if int(ye.group(1)) == 12 else f"FY{ye.group(2)}"
    mm = HEAD_MONTH.fullmatch(head.strip())
    if mm is None:
        return None
    month = _QUARTER_MONTHS[mm.group(1)]
    year = int(mm.group(2)) if len(mm.group(2)) == 4 else 2000 + int(mm.group(2))
    if fiscal_end_month is None or fiscal_end_month == 12:
        return f"{year}Q{month // 3}"
    if (month - fiscal_end_month) % 3:
        return None
    fy = year if month <= fiscal_end_month else year + 1
    return f"FY{fy}Q{(month - fiscal_end_month - 1) % 12 // 3 + 1}"


def _listing_dollar(text: str) -> str | None:
    """The dollar of the exchange the head (title and the first HEAD_CODE_CHARS after it) lists a company on,
    where that is one of EXCHANGE_DOLLAR's (Nextdc Ltd (ASX: NXT): AUD); else None."""
    code = TICKER.search(text, title_start(text), title_end(text) + HEAD_CODE_CHARS)
    return EXCHANGE_DOLLAR.get(code.group("exchange")) if code is not None else None


def _restated_tickers_out(text: str, entities: list[NameMention]) -> list[NameMention]:
    """``entities`` without a company's ticker in brackets right after its name (Microsoft (NASDAQ:MSFT), Amazon (AMZN)):
    the same company named again, no second name of a list (Amazon (AMZN) and Google (GOOG) purchased 196,000 and
    169,000 Hopper chips, respectively: two companies)."""
    out: list[NameMention] = []
    for e in entities:
        if out and out[-1].name == e.name and e.start - out[-1].end <= TICKER_REACH and \
                TICKER_AFTER_NAME.fullmatch(text, out[-1].end, e.start) is not None and \
                text[e.end : e.end + 1] == ")" and TICKER_SYMBOL.fullmatch(text, e.start, e.end) is not None:
            continue
        out.append(e)
    return out


def _head_item(items: list[NameMention], head_end: int) -> str | None:
    """The one item a document's head (title, dateline) names, None where it names none or several."""
    named = {i.name for i in items if i.start < head_end}
    return named.pop() if len(named) == 1 else None


#: a period named relative to the date (今年上半年, this quarter, 本季度)
RELATIVE_AT = re.compile(r"今年|去年|明年|本年|本季|上季|this |last |next ", re.I)


def _head_end(text: str) -> int:
    """Where a document's head (its title and the body's first sentence) ends, at most HEAD_CHARS in."""
    start = title_end(text) if title_start(text) > 0 or text.startswith("TITLE:") else 0
    while start < len(text) and text[start].isspace():
        start += 1
    end = SENT_END.search(text, start)
    return min(HEAD_CHARS, end.end() if end else len(text))


def _doc_period(periods: list[PeriodMention], text: str = "") -> str | None:
    """The period a release reports on: the first quarter, half or fiscal period named in its
    head (title, dateline), or a year whose results it announces (公布2025年度业绩, full-year 2025
    results); None for other documents."""
    head = _head_end(text)
    for p in periods:
        if p.start > HEAD_CHARS:
            break
        if p.period and p.kind in ("quarter", "half", "fiscal") and HEAD_TARGET_BEFORE.search(text, max(0, p.start - 40), p.start):
            continue  # AMD targets $5.7 bn revenue in second quarter: the head's guidance, not the quarter reported
        if p.period and p.kind in ("quarter", "half", "fiscal") and (p.start < head or not RELATIVE_AT.search(text, max(0, p.start - 2), p.end)):
            # (a relative half past the first sentence, 今年上半年,湖南实现总产值: a figure's time, not the report's)
            return p.period
        if p.kind == "year" and (reported := _reported(p, text)) is not None:
            return reported
    return None


def _reported(p: PeriodMention, text: str) -> str | None:
    """The period ``p`` names when results words follow it (2025年度业绩, 2025年中期业绩, full-year 2025 results): a year,
    or its first half where the words say so; None otherwise."""
    if not p.period or p.kind not in ("year", "half", "quarter") or (r := RESULTS_AFTER.match(text, p.end)) is None:
        return None
    if p.kind == "quarter" and YEAR_DIGITS.search(text, p.start, p.end) is None and \
            ((named := RESULTS_YEAR_AFTER.match(text, r.end())) is None or named.group(1) != p.period[:4]):
        return None  # (a quarter's results with no year of their own: Q4 earnings report, its year a guess)
    return p.period + ("H1" if r.group("half") and p.kind == "year" else "")


def _results_period(periods: list[PeriodMention], text: str) -> str | None:
    """The year or first half whose results a page's head says it reports (中移動公布2025年中期業績, full-year 2025
    results), None for other pages."""
    for p in periods:
        if p.start > HEAD_REACH:
            break
        if (reported := _reported(p, text)) is not None:
            return reported
    return None


def _full_year_period(periods: list[PeriodMention], text: str) -> str | None:
    """The year whose results a page's opening reports with no year of its own (… has posted 6.3% higher full-year
    earnings on the back of a 9.5% rise in revenue), the one year its title names (2022 capex CNY92.5 billion)."""
    head = title_end(text)
    if FULL_YEAR_RESULTS.search(text, head, min(len(text), head + HEAD_CHARS)) is None:
        return None
    years = {p.period for p in periods if p.start < head and p.kind == "year" and p.period}
    return years.pop() if len(years) == 1 else None


def _calendar_end_month(table: str, key: str | None) -> int | None:
    """The ``end_month`` lexicons/calendars.toml's ``table`` gives ``key``, None where it gives none."""
    cal = lexicon()["calendars"].get(table, {}).get(key) if key else None
    month = cal.get("end_month") if isinstance(cal, dict) else None
    return int(month) if month else None


def _year_end_month(entity: str | None) -> int | None:
    """The month the company's fiscal year ends in (lexicons/calendars.toml), None where not listed."""
    return _calendar_end_month("fiscal_year_end", entity)


#: how far into a page its head runs, where the company a release is about is named
HEAD_REACH = 600


#: a fiscal period named as such (fiscal Q3, 2026财年, 会计年度)
FISCAL_WORD = re.compile(r"\bfiscal\b|财年|会计年度|财政年度", re.I)


def _several_calendars(text: str, companies: list[NameMention]) -> bool:
    """The page's head (title, up to its end) names no company, the companies its body names most keep fiscal
    years that end in different months (lexicons/calendars.toml), and it speaks of no fiscal period (Microsoft fiscal
    Q3 revenue: its subject's calendar names it): no one company's calendar is the page's."""
    end = title_end(text)
    if any(e.start <= end for e in companies) or FISCAL_WORD.search(text) is not None:
        return False
    counts: dict[str, int] = {}
    for e in companies:
        counts[e.name] = counts.get(e.name, 0) + 1
    top = sorted(counts, key=lambda k: -counts[k])[:3]
    months = {_year_end_month(name) or 12 for name in top if counts[name] >= 2}
    return len(months) > 1


def _calendar_part(period: str) -> bool:
    """A calendar quarter or half (2025Q3, 2025H1): CALENDAR_QUARTER or CALENDAR_HALF."""
    return CALENDAR_QUARTER.fullmatch(period) is not None or CALENDAR_HALF.fullmatch(period) is not None


def _head_calendar_mention(text: str, reach: int = HEAD_REACH) -> tuple[int, str] | None:
    """(where it starts, its name) of the first company of lexicons/calendars.toml named in the page's head (its first
    ``reach`` characters), else None."""
    names = lexicon()["calendars"].get("fiscal_year_end", {})
    head = text[:reach]
    found = [(m.start(), name) for name in names if (m := re.search(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", head))]
    return min(found) if found else None


def _head_calendar_name(text: str, reach: int = HEAD_REACH) -> str | None:
    """The first company of lexicons/calendars.toml named in the page's head (its first ``reach`` characters), for
    a page whose subject is off the entity list (Micron Technology has announced … its fourth quarter)."""
    found = _head_calendar_mention(text, reach)
    return found[1] if found is not None else None


def _unlisted_calendar_first(text: str, names: list[NameMention], subject: str, reach: int = HEAD_REACH) -> str | None:
    """A company of lexicons/calendars.toml that the entity list leaves out (Arista, Cisco), named in the page's head
    (its first ``reach`` characters) before the page's listed ``subject`` is first named: the page is about it, and
    its periods run on its calendar. None where there is no such company."""
    found = _head_calendar_mention(text, reach)
    if found is None or found[1] in alias_table().types:
        return None
    at, name = found
    first = next((e.start for e in names if e.name == subject), len(text))
    return name if at < first else None


def _calendar_year_company(entity: str | None) -> bool:
    """The company's fiscal year is the calendar year (listed with end_month = 12)."""
    return _year_end_month(entity) == 12


def _currency_fiscal_end_month(currency: str) -> int | None:
    """The end month of the financial year of the country whose currency a page's figures are in, where that is
    not December (lexicons/calendars.toml [currency_fiscal_year_end]), else None."""
    month = _calendar_end_month("currency_fiscal_year_end", currency)
    return month if month != 12 else None


def _fiscal_end_month(entity: str | None) -> int | None:
    """The end month of a fiscal year that is not the calendar year, else None."""
    month = _year_end_month(entity)
    return month if month != 12 else None


_Groups = dict[str, dict[str, list[str]]]
#: the keyword groups of the current lexicon, built once per lexicon (its id, and the lexicon itself)
_GROUPS: dict[int, tuple[dict[str, Any], _Groups, _Groups, _Groups]] = {}


#: what may stand between a plan's year and its word: 2026年工作要点, 2026年度计划, the 2026 work plan
PLAN_YEAR_GAP = re.compile(r"\s?(?:年度?)?\s?(?:[\u4e00-\u9fff]{0,2}|work |action )?")
SUBJECT_GROUP = "company_subject"
#: words of one country's own financial usage, labelled by the country (whose 元 a bare 元 is)
HOME_USAGE = "home_usage"
_SUBJECTS: dict[int, tuple[dict[str, Any], re.Pattern[str], re.Pattern[str], frozenset[str], re.Pattern[str],
                                 re.Pattern[str], frozenset[str]]] = {}


#: words in a would-be Chinese company name that make it none (我们预计公司: "we expect the company")
_NOT_NAME_ZH = re.compile(r"预计|预期|预估|我们|我司|本文|报告|认为|表示")


def _subject_patterns(lex: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """(Chinese, English) patterns of a sentence that opens with a company's name, the words that
    open one without naming a company, and a short Chinese name before a period (技嘉第三季) with the
    words it must not hold (lexicons/cues.toml [company_subject])."""
    _, zh, en, not_name, short, _title, _holders = _subjects(lex)
    return zh, en, not_name, short


def _not_holders(lex: dict[str, Any]) -> frozenset[str]:
    """Capitalised names that hold no market share ([company_subject] not_holder: research houses, acronyms), built
    once per lexicon with the subject patterns."""
    return _subjects(lex)[6]


def _title_subject_pattern(lex: dict[str, Any]) -> re.Pattern[str]:
    """A title opening with a short Chinese name, then what it earns (工业富联AI服务器营收增长与云计算业务占比分析): that
    company's page (the name, with the words it must not hold, as in :func:`_subject_patterns`)."""
    return _subjects(lex)[5]


def _subjects(lex: dict[str, Any]) -> tuple[dict[str, Any], re.Pattern[str], re.Pattern[str], frozenset[str],
                                             re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """The patterns of :func:`_subject_patterns` and :func:`_title_subject_pattern`, built once per lexicon."""
    cached = _SUBJECTS.get(id(lex))
    if cached is None or cached[0] is not lex:
        _build_subject_patterns(lex)
        cached = _SUBJECTS[id(lex)]
    return cached


def _build_subject_patterns(lex: dict[str, Any]) -> None:
    """Build the subject patterns of ``lex`` (lexicons/cues.toml [company_subject]) into _SUBJECTS."""
    sec = lex["cues"].get(SUBJECT_GROUP, {})
    suffixes = "|".join(re.escape(simplify(w)) for w in sorted(sec.get("suffix", []), key=len, reverse=True)) or "(?!)"
    verbs = "|".join(re.escape(w) for w in sorted(sec.get("verb", []), key=len, reverse=True)) or "(?!)"
    # (not a pronoun: 该公司公布…, 本公司, 此集团 point back at a named company)
    # (- 2024年,壁仞科技在……: a bullet and the year the sentence is about may come first)
    banned = "|".join(re.escape(simplify(w)) for w in sorted(sec.get("not_name_zh", []), key=len, reverse=True)) or "(?!)"
    # (nor a word that opens a sentence without naming anyone: 根据公司公告,公司……实现营收 is the page's company's)
    zh = re.compile(r"[ \t　]*(?:[-•·*]\s?)?(?:(?:19|20)\d{2}年(?:[上下]半年|第?[一二三四1-4]季度?)?[,，]\s?)?"
                    r"(?![该本此这那其][家个]?(?:" + suffixes + r"))(?!" + banned + r")([\u4e00-\u9fff]{1,8}?(?:" + suffixes +
                    r"))(?=(?:公司)?(?:今年|去年|本季|第[一二三四1-4]季|"
                    r"(?:19|20)\d\d年|\d{1,2}月|公布|发布|宣布|表示|称|日前|近日|\d{1,2}日|于|在|"
                    # (a filing's title: 沐曦股份科创板IPO摘要, 宏景科技回复定增问询函, 壁仞科技港股上市)
                    r"科创板|创业板|北交所|港股|美股|H股|A股|IPO|上市|招股|年报|季报|半年报|中报|回复|问询|公告|定增))")
    # (not a source reporting another's figure: CNBC reported that the company spent $35.7 billion)
    en = re.compile(r"[ \t]*((?:[A-Z][\w&.\-]*\s+){0,3}?[A-Z][\w&.\-]*)(?:['’]s)?\s+(?:" + verbs + r")\b(?! that\b)")
    not_name = frozenset(sec.get("not_name", []))
    openers = "|".join(re.escape(simplify(w)) for w in sorted(sec.get("opener_zh", []), key=len, reverse=True)) or "(?!)"
    short = re.compile(r"[ \t　]*(?:(?:" + openers + r")[,，]?\s?)?((?:(?!" + banned + r")[\u4e00-\u9fff]){2,4}?)"
                       r"(?=(?:(?:19|20)\d\d年)?(?:第|前)?[一二三四1-4]季|\d{1,2}月(?:营收|营业收入|收入)|"
                       # (天数智芯港股上市, 摩尔线程科创板IPO: a listing's title names its company)
                       r"(?:科创板|创业板|北交所|港股|美股|H股|A股)(?:上市|IPO|招股)|"
                       # (相较之下,仁宝营收593.66亿元: a monthly round-up's names; 和硕全年营收1.117兆元: a year's, its period
                       # word between)
                       r"(?:全年|今年|去年|上半年|下半年|前三季|单月|上月|本月|当月)?营收(?:达|为|约)?\d)")
    title = re.compile(r"[ \t　]*((?:(?!" + banned + r")[\u4e00-\u9fff]){2,4}?)"
                       r"(?=(?:AI|人工智能)?[\u4e00-\u9fff]{0,6}?(?:营收|营业收入|收入|业绩|财报)|"
                       # (工业富联 2024 年报点评, 中际旭创2025年三季报: the report of a year named after the name)
                       # (工业富联 2025年上半年业绩点评: a part of the year between the year and the results)
                       r"\s?(?:19|20)\d\d\s?(?:年|年度)?\s?(?:[上下]半年|前三季度?|第?[一二三四1-4]季度?)?\s?"
                       r"(?:年报|中报|半年报|[一二三四1-4]?季报|年度报告|业绩|财报))")
    _SUBJECTS.clear()
    _SUBJECTS[id(lex)] = (lex, zh, en, not_name, short, title, frozenset(sec.get("not_holder", [])))


def _keyword_groups(lex: dict[str, Any]) -> tuple[_Groups, _Groups, _Groups]:
    """(keyword groups, pattern groups, the plan-title group) of the lexicon ``lex``."""
    cached = _GROUPS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1], cached[2], cached[3]
    groups: _Groups = {}
    patterns: _Groups = {}
    for name, section in list(lex["metrics"].items()) + list(lex["cues"].items()):
        if name in (KIND_GROUP, SUBJECT_GROUP):
            continue  # (the document kind's cues: connectors/classify.py; company subjects: _subject_patterns)
        (patterns if name.endswith("_patterns") else groups)[name] = section
        if not name.endswith("_patterns"):
            for label, words in section.items():  # each label is also a group of its own: yoy.before
                groups[f"{name}.{label}"] = {label: words}
    plan: _Groups = {"plan_title": lex["cues"]["plan_title"]}
    _GROUPS.clear()  # one lexicon at a time (the cache of lexicon() holds a few)
    _GROUPS[id(lex)] = (lex, groups, patterns, plan)
    return groups, patterns, plan


#: how much of a document its script is read from (simplified Chinese: a mainland page, whose 国内 is China)
HOME_SCRIPT_CHARS = 20_000
#: how far into a document its title may name a plan (the TITLE line, else the first lines of the body);
#: the plan's year may stand in the body's own heading, up to twice as far
PLAN_HEAD = 200


def _plan_year(t: str, periods: list[PeriodMention], plan_words: KeywordIndex) -> str | None:
    """The year a plan's figures that name none are for: the end of the span its title names
    (行动方案(2024-2027年)), else the one year named right before the plan's word in the head of
    the document (数智贵州建设2026年工作要点)."""
    span = next((p for p in periods if p.start <= title_end(t) and p.kind == "span" and p.period), None)
    if span is not None:
        return str(span.period)[-4:]
    head = list(itertools.takewhile(lambda p: p.start < 2 * PLAN_HEAD, periods))  # (the periods of the head only)
    for h in plan_words.group("plan_title").by_start:
        year = next((p for p in head if p.kind == "year" and p.period and h.start - 6 <= p.end <= h.start), None)
        if year is not None and PLAN_YEAR_GAP.fullmatch(t, year.end, h.start):
            return str(year.period)
    return None


def _component_after(kw: KeywordIndex, t: str, end: int) -> bool:
    """A component word right after an item's name (伺服器電源, server power supplies): the part, not
    the item (lexicons/cues.toml [component])."""
    h = kw.first("component", end, min(len(t), end + 16))
    return h is not None and h.start - end <= 1


#: what may stand between an accelerator and the servers it describes in one noun phrase: in Chinese a relative
#: clause ending in 的 (内嵌英伟达GPU芯片的高性能运算服务器, H20的GPU模组的浪潮NF5688M7型号服务器) or a class word (GPU
#: 系列算力服务器); in English model or line names (H200 HGX servers, GB200 NVL72 servers). No clause punctuation, no
#: "and"/和/与/及/或 (GPU和服务器 are two things), no verb of the sentence (GPUs power servers)
ACCEL_SERVER_GAP = re.compile(
    r"(?:[^，,。;；、和与及或\n]{0,16}的[^，,。;；、和与及或的\n]{0,12}"
    r"|(?:\s?(?:芯片|模组|系列|类|型|加速|算力|高性能|运算|计算|型号|[A-Z0-9][A-Za-z0-9+-]*))*\s?"
    r"|(?: [A-Z0-9][A-Za-z0-9+-]*){0,3} )"
)


#: a year-on-year growth rate named, then the level it reaches (a higher YoY growth rate for shipments, reaching above)
GROWTH_RATE_REACHING = re.compile(r"\b(?:YoY|year[- ]over[- ]year|year[- ]on[- ]year|annual) growth rates?(?: for [^,.;:]{1,30})?,?"
                                  r" (?:reaching|hitting|topping|at|of)(?: (?:above|over|about|around|nearly|roughly|more than))? $",
                                  re.I)
#: right after a rate, a growth noun and the "in" that names what grew (a 115% year-over-year increase in data center
#: revenue; not a period: an increase in the second quarter, in 2024)
RATE_NOUN_IN = re.compile(r"(?: (?:year[- ]over[- ]year|year[- ]on[- ]year|YoY|y/y|annual|sequential))? " + GROWTH_NOUNS +
                          r" in (?!the (?:first|second|third|fourth|same|prior|previous|year|quarter|period)\b|\d|Q[1-4]|fiscal|FY)",
                          re.I)
#: an accelerator line named as the subject of a company's sales (their Instinct MI300X GPU); not a maker's trade
#: (显卡大厂技嘉: a graphics-card maker's revenue is all of its revenue)
ACCELERATORS_SUBJECT = re.compile(r"(?i:GPUs?|accelerators?)")
#: a chip maker's accelerators named as what brings in an amount (these accelerators will bring in), at most
#: ACCELERATORS_REACH characters before it
#: a company's business unit named as such (the PC division, the Data Center and AI segment, 数据中心业务), how far before a
#: figure it is looked for, and a data-center unit's name right before its noun
UNIT_NOUN = re.compile(r"\b(?:segment|division|unit|business|group)s?\b|业务|部门|事业部|事业群", re.I)
UNIT_REACH = 150
DATA_CENTRE_UNIT = re.compile(r"\b[Dd]ata ?[Cc]ent(?:er|re)(?: and (?:AI|Artificial Intelligence))?(?: \(DCAI\))? "
                              r"(?:segment|division|unit|business|group)s?\b|\bDCAI\b|数据中心(?:业务|部门|事业部|事业群)", re.I)
#: a whole fiscal year's label (FY2023)
FISCAL_YEAR_LABEL = re.compile(r"FY\d{4}")
#: right after a product's name, the noun that makes it a company's epithet (the GPU giant, the AI chip maker, 芯片巨头)
EPITHET_AFTER = re.compile(r"(?:\s|-)(?:giant|maker|makers|leader|designer|titan|powerhouse|king|juggernaut|behemoth|vendor|firm|company)\b|"
                           r"(?:巨头|巨擘|龙头|大厂|厂商|厂)", re.I)
ACCELERATORS_NAMED = re.compile(r"\b(?:these|its|the|our|their) (?:AI |data center |Instinct )?(?:accelerators|GPUs)\b", re.I)
ACCELERATORS_REACH = 60
#: right after a maker's name, its platform or products (英伟达平台, Nvidia's platform, NVIDIA GPU): what is demanded
MAKER_PLATFORM_AFTER = re.compile(r"\s?(?:平台|的平台|['’]s platform| platform|的?GPU|的?芯片)")
#: between a buyer named in a list of demands and its count (谷歌约4500柜, Meta: 5,000)
BUYER_COUNT_GAP = re.compile(r"\s?(?:大约|约|为|:|：|达|about|around|roughly)?\s?")
#: right before a bare number, the end of a move it is (from about 500,000 …, to approximately 4.5 million)
MOVE_END_BEFORE = re.compile(r"\b(?:from|to|at)(?: (?:about|around|approximately|roughly|nearly|some|over|more than|almost))? $")
#: after servers named as a sentence's subject, its verb (… servers will grow, have declined, are set to rise)
SERVERS_SUBJECT = re.compile(r" (?:will|have|has|are|is|were|was|could|should|may|might)\b")
#: a word for accelerators, named or not (晶片 is 芯片 once normalised)
CHIP_WORD = re.compile(r"芯片|处理器|加速卡|加速器|GPU|升腾|\bchips?\b|\bprocessors?\b|\baccelerators?\b")
#: between a period and the amount it opens, in a bracket after another amount (584亿元(全年规划1,512亿元))
BRACKET_OPEN_GAP = re.compile(r" ?[(（]")
#: an opening bracket right before a period, and between that period and a figure of the bracket's own (3Q24:+11%)
ASIDE_OPEN = re.compile(r"[(（]\s?$")
ASIDE_FIGURE_GAP = re.compile(r"[^,，。;；()（）\d]{0,8}")
PERIOD_OPENS_AMOUNT = re.compile(r"[^,，。;；()（）\d]{0,6}")
#: right after a rate, the sum it is a part of and where that part goes (約70%至80%的資本支出將投入先進製程技術)
PART_OF_SUM_AFTER = re.compile(r"(?:以上|左右|之多)?的(?:资本支出|资本开支|资本性支出|支出|投资)(?:通常|一般)?(?:将|会|则|主要|预计)?被?"
                               r"(?:用于|用在|投入|投向|来自|配置|花在)")
#: a modifier ending in 的 between a count and the noun it counts (98.25万台各种型号的服务器)
MODIFIER_DE = re.compile(r"[^，,。;；、0-9]{1,8}的")
#: a count of chips right before an accelerator's name (8顆H200, 8片加速卡, 8-GPU)
CHIP_COUNTED_BEFORE = re.compile(r"(?:(?<![A-Za-z0-9.])[0-9]+|[一二两三四五六七八九十百千万])\s?(?:颗|片|张|块|枚|卡|个|-)?\s?$")


def _accelerated_servers(t: str, items: list[NameMention]) -> list[NameMention]:
    """Servers described by the accelerators they carry are AI servers (IDC's accelerated servers, "servers with
    an embedded GPU"; LABELLING.md I4): an accelerator's name and a plain server's joined in one noun phrase (see
    ACCEL_SERVER_GAP) become one ``ai_server`` name over both, so the count before it (128台内嵌英伟达GPU芯片的
    高性能运算服务器, 330台英伟达H800 GPU系列算力服务器) and the amount after it are of AI servers, not of chips.
    Linear: each name looks at the one before it."""
    out: list[NameMention] = []
    for it in items:
        if it.name in ("server", "ai_server") and out and _is_chip(chip := out[-1]) and chip.end <= it.start \
                and it.start - chip.end <= 30 and ACCEL_SERVER_GAP.fullmatch(t, chip.end, it.start):
            if CHIP_COUNTED_BEFORE.search(t, max(0, chip.start - 8), chip.start):
                # (一台搭載8顆H200的伺服器, 可搭载8片加速卡的服务器: the chips are counted themselves, and how many a
                # server carries says what kind of server it is, not that it is any AI server)
                out.append(it)
                continue
            out.pop()
            start = chip.start
            while out and _is_chip(out[-1]) and start - 2 <= out[-1].end <= start:
                start = out.pop().start  # (H800 GPU: the model and its kind, one phrase)
            out.append(NameMention(start, it.end, "ai_server", it.type))
            continue
        out.append(it)
    return out


def _not_within(names: list[NameMention], longer: list[NameMention], ok: Callable[[NameMention], bool]) -> list[NameMention]:
    """The names not inside a longer name of ``longer`` (both sorted by start) among those ``ok`` accepts: one pass over
    each list."""
    out: list[NameMention] = []
    j = 0
    for x in names:
        while j < len(longer) and longer[j].end <= x.start:
            j += 1
        inside = ok(x) and any(u.start <= x.start and x.end <= u.end and u.end - u.start > x.end - x.start
                               for u in longer[j : j + 2])  # (at most the two nearest: names do not nest deeper)
        if not inside:
            out.append(x)
    return out


def _outside(names: list[NameMention], spans: list[tuple[int, int]]) -> list[NameMention]:
    """The names not inside a web address (…/SK-hynix-set-to-overtake-Samsung…/ names no company); the
    spans are sorted and apart, so each name asks only the last span starting at or before it."""
    if not spans:
        return names
    starts = [a for a, _ in spans]

    def inside(x: NameMention) -> bool:
        i = bisect.bisect_right(starts, x.start) - 1
        return i >= 0 and x.start < spans[i][1]

    return [x for x in names if not inside(x)]


def _read_again(text: str, periods: list[PeriodMention], reread: list[PeriodMention]) -> list[PeriodMention]:
    """``periods`` with each undated relative word (去年, this year) replaced by its reading in ``reread`` (the same text read
    from a guessed date), and a quarter or half read there with such a word as its year (the first quarter of this year)
    in place of both; not a word of now (目前, currently), whose month the guess cannot give. Linear: each mention is
    looked up once by bisection (periods and mentions are in text order and do not overlap)."""
    undated = [(p.start, p.end) for p in periods if p.kind == "relative" and p.period is None]
    starts = [a for a, _ in undated]

    def replaces_undated(p: PeriodMention) -> bool:
        i = bisect.bisect_left(starts, p.start)
        return i < len(undated) and undated[i][1] <= p.end and (p.kind == "relative" or p.start < undated[i][0])

    again = [p for p in reread if p.kind in ("relative", "quarter", "half") and NOW_WORD.search(text, p.start, p.end) is None
             and replaces_undated(p)]
    again_starts = [q.start for q in again]

    def covered(p: PeriodMention) -> bool:
        i = bisect.bisect_right(again_starts, p.start) - 1
        return i >= 0 and p.end <= again[i].end

    return sorted([p for p in periods if not covered(p)] + again, key=lambda p: p.start)


def _index(text: str, published: date | None, kind: str | None) -> _Doc:
    norm = normalize(text)
    t = norm.text
    if published is None:
        published = find_published(t)
    forced = kind is not None
    kind = kind or classify_kind(t)
    table = alias_table()
    urls = url_spans(t)
    entities = _restated_tickers_out(t, _outside(table.find_entities(t), urls))
    companies = [e for e in entities if e.type == "company"]
    operators = [e for e in entities if e.type == "operator"]
    script_home = "CN" if detect_language(text[:HOME_SCRIPT_CHARS]) == "zh-Hans" else None
    regions = _outside(table.find_regions(t, entities, script_home), urls)
    uncoded = table.find_uncoded(t)
    if uncoded and regions:
        # (the Asia-Pacific Japan (APJ) region: a place with no code whose name holds a country is not that country; a
        # market inside a state, Northern Virginia, stays the state's as labelled)
        regions = _not_within(regions, uncoded, lambda r: "-" not in str(r.name))
    lex = lexicon()
    groups, patterns, plan_groups = _keyword_groups(lex)
    kw = KeywordIndex(t, groups, patterns)
    # (輝達……資料中心銷售第一季成長427%: the first quarter's growth, not a 季成長, growth on the quarter before)
    kw.drop("qoq", lambda h: h.word[:1] == "季" and QUARTER_NAMED.search(t, max(0, h.start - 4), h.start) is not None)
    # (腾讯环比小幅下滑为191亿元: the 比 of 环比 or 同比 compares no figure with another named after it)
    kw.drop("comparison", lambda h: h.word == "比" and h.start > 0 and t[h.start - 1] in "环同")
    # (伺服器電源佔營收比23%: a part made for servers, its power supply, is no server)
    # (the GPU giant, the AI chip maker: a company named by what it makes, no item of its figures)
    items = _accelerated_servers(t, [it for it in _outside(table.find_items(t), urls) if not _component_after(kw, t, it.end)
                                     and EPITHET_AFTER.match(t, it.end) is None])
    head_unlisted = _head_unlisted(t, entities, regions + items)
    if head_unlisted and kind == "market_report" and not forced:
        kind = "capex"  # (沐曦股份科创板IPO摘要:……GPU市场规模: a company's page, whatever it says of markets)
    doc_entity = None if head_unlisted else (
        _doc_name(companies + operators, title_end(t)) if kind != "tender" else _doc_name(companies, title_end(t)))
    sections = _sections(t, entities)
    zh = len(re.findall("[\u4e00-\u9fff]", t[:3000])) > 50
    # (a page about a company off the entity list still runs on its calendar: Micron's fourth quarter ending August 29,
    # 2024 is FY2024Q4)
    # (on a page whose title opens with a company off the table, only a calendar its title names: Cerebras shares sink after
    # first earnings report, which names Nvidia as a rival in its first lines, runs on no fiscal calendar of Nvidia's)
    calendar_name = doc_entity if doc_entity is not None else \
        _head_calendar_name(t, title_end(t) if head_unlisted else HEAD_REACH)
    if doc_entity is not None and (first := _unlisted_calendar_first(t, companies + operators, doc_entity)) is not None:
        # (Arista Networks … its third quarter ended in September, on a page that later likens it to "the Supermicro of
        # networking": the company it opens with keeps its own calendar, not that of the listed one it names later)
        calendar_name = first
    if doc_entity is not None and _several_calendars(t, companies):
        # 第3季財報顯示……MicrosoftAzure營收年增40%……AmazonAWS營收年增20% on a page whose head names no company: the companies
        # it speaks of keep different fiscal years, so its bare quarters are the calendar's (each company's own, emit)
        calendar_name = None
    periods = find_periods(t, published, fiscal_end_month=_fiscal_end_month(calendar_name) if kind != "market_report" else None)
    if "《" in t:
        # 中商产业研究院发布的《2025-2030年中国人工智能芯片行业市场深度研究报告》显示,……从2020年的175.60亿元增长至2024年的……: the
        # span of years in a publication's title names what the publication covers, no figure's span (a single year there,
        # 《2025年政府工作报告》, may still date the page's targets)
        titles = [(x.start(), x.end()) for x in BOOK_TITLE.finditer(t)]
        starts = [a for a, _ in titles]
        periods = [p for p in periods if p.kind != "span" or (i := bisect.bisect_right(starts, p.start) - 1) < 0 or
                   titles[i][1] < p.end]
    # (not a mainland 增长 read across its first character: 三个月增长15倍 holds no Taiwan 月增)
    usage = [h.label for h in kw.group(HOME_USAGE).hits if not t.startswith("长", h.end)]
    home = home_country(regions, entities, countries=table.countries, text=t, usage=usage, script_home=script_home)
    doc_period = _doc_period(periods, t)
    if published is None and any(p.kind == "relative" and p.period is None for p in periods) and \
            (reported := _results_period(periods, t)) is not None and (released := release_date(reported)) is not None:
        # 中移動公布2025年中期業績 …… 公司去年在AI方面的投入約153億元, on a page with no date: results come out after the
        # period they report, so the page's 去年/今年 are read from then (2024, 2025); nothing else is dated by the guess
        # (a year named from then: 去年, 今年, last year — not 目前/currently, whose month the guess cannot give)
        periods = _read_again(t, periods, find_periods(t, released))
    from_year = doc_period is None and (doc_period := _full_year_period(periods, t)) is not None
    return _Doc(
        norm=norm,
        text=t,
        published=published,
        kind=kind,
        periods=_Spans(periods),
        entities=_Spans(entities),
        companies=_Spans([e for e in entities if e.type in ("company",)]),
        operators=_Spans(operators),
        models=_Spans([e for e in entities if e.type == "model"]),
        regions=_Spans(regions),
        items=_Spans(items),
        markets=_Spans(_outside(table.find_markets(t), urls)),
        uncoded=_Spans(uncoded),
        groups=_Spans(_outside(table.find_groups(t), urls)),
        kw=kw,
        sentences=_sentences(t),
        clause_seps=_clause_seps(t),
        paragraphs=_paragraph_starts(t),
        zh=zh,
        doc_entity=doc_entity,
        doc_buyer=_doc_name(operators),
        dollar=_listing_dollar(t) or HOME_DOLLAR.get(home or ""),
        doc_region=_doc_region(regions, kind, t, no_company=not head_unlisted and not any(
            e.start <= title_end(t) and e.type in ("company", "operator") for e in entities)),
        doc_period=doc_period,
        doc_period_from_year=from_year,
        doc_year=next((p.period[:4] for p in periods if p.start <= title_end(t) and p.period
                       and p.kind in ("year", "relative") and p.period[:4].isdigit()), None),
        # (in a market report's title, a maker named as the brand of a server line is no subject: NVIDIA HGX servers)
        head_entity=next((e.name for e in entities if e.start <= title_end(t) and e.type in ("company", "operator")
                          and (kind != "market_report" or not BRAND_USE.match(t, e.end))), None),
        head_unlisted=head_unlisted,
        plan=(plan := (plan_words := KeywordIndex(t[:2 * PLAN_HEAD], plan_groups, {})).any("plan_title", 0, PLAN_HEAD)),
        plan_year=_plan_year(t, periods, plan_words) if plan else None,
        home=home,
        # (勤誠……追加投資金額為新台幣8億元，累計美國投資金額達20億元 in a page naming the US most: the 元 is NT$, the only
        # country with a 元 the page's cues count)
        calendar_name=calendar_name,
        yuan_home=home if home in YUAN_OF else home_country(
            [r for r in regions if r.name in YUAN_OF], [e for e in entities if table.countries.get(e.name) in YUAN_OF],
            countries=table.countries, text=t, usage=usage, script_home=script_home),
        doc_item=_head_item(items, title_end(t)),
        section_starts=sections[0],
        section_names=sections[1],
    )


def extract_facts(text: str, *, published: date | None = None, kind: str | None = None) -> list[Fact]:
    """All facts stated in ``text`` (see the module docstring for the rules).

    ``published`` resolves relative periods (今年, last year); when None it is read from the text
    (a dateline near the top), and stays unknown otherwise. ``kind`` forces tender / capex /
    market_report instead of classifying the text.
    """
    return extract_document(text, published=published, kind=kind)[1]


def extract_document(text: str, *, published: date | None = None, kind: str | None = None) -> tuple[str, list[Fact]]:
    """(the kind the document was read as, its facts): :func:`extract_facts` with the kind it chose —
    :func:`connectors.classify.classify_kind`'s, except that a page whose title opens with a company
    off the entity list (沐曦股份科创板IPO摘要) is that company's (capex), not a market report."""
    doc = _index(text, published, kind)
    return doc.kind, _Extractor(doc).run()


def explain(text: str, *, published: date | None = None, kind: str | None = None) -> list[Decision]:
    """For every quantity of ``text``: the facts it became, or why it was skipped."""
    ex = _Extractor(_index(text, published, kind))
    ex.run()
    return ex.decisions


def explain_text(text: str, *, published: date | None = None, kind: str | None = None) -> list[dict[str, Any]]:
    """:func:`explain` as plain rows: for every quantity, its quote, value and unit, then either
    the facts it became (contract dicts) or the reason it was skipped."""
    out: list[dict[str, Any]] = []
    for d in explain(text, published=published, kind=kind):
        out.append({
            "quote": d.quote,
            "value": d.value,
            "unit": d.unit,
            "facts": [f.to_dict() for f in d.facts],
            "skipped": None if d.facts else (d.reason or "no metric"),
        })
    return out

