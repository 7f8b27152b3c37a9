"""Periods and publication dates, read from normalised text.

Period forms (contract spelling on the right):

* ``2023年``, ``2023年底``, ``到2025年``, ``in 2025``, ``for 2025`` -> ``2023``; two-digit
  ``24年`` -> ``2024``.
* ``2023年上半年``/``2023H1``/``1H23`` -> ``2023H1``.
* ``2024Q1``, ``2024年Q1``, ``23Q3``, ``23年Q4``, ``2024年第一季度``, ``Q4 2024``,
  ``third quarter of 2024`` -> ``2024Q1`` ...
* fiscal: ``FY2024Q4``, ``FY24 Q4``, ``fourth quarter of fiscal 2025``, ``2024财年第二财季``
  -> ``FY2024Q4``; ``fiscal 2025``/``FY2025``/``2025财年`` -> ``FY2025``.
* ``2024年4月`` -> ``2024-04``.
* spans ``2023-2025年``, ``2023年-2027年``, ``2023年至2024年``, ``2024至2025年``, and the
  scraped form ``2024 2025年`` -> ``2023-2025``.
* relative ``今年 本年 this year`` / ``去年 上年 last year`` / ``明年 next year`` / ``前年``,
  resolved against the publication date; unknown publication date -> no period.
* ``全年`` (the full year) takes the year of the nearest preceding period.
* ``未来``/``in the future``/``next N years`` mark an unspecified future (no period).

Publication dates: the first date among the first lines of the text (a dateline like
``2024-05-06``, ``发布时间：2024年5月6日``, ``May 6, 2024``, ``6 May 2024``).
"""

from __future__ import annotations

import bisect
import calendar
import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import pairwise
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

from connectors.headline import title_end
from connectors.literals import final_chars, fold, may_end_window, occurrences, requirement
from connectors.literals import finditer as literal_finditer
from connectors.textnorm import caseless_words

_CN_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4, "首": 1}  # (首季: the first quarter)
_EN_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


@dataclass(frozen=True)
class PeriodMention:
    """A period found at ``start:end``; ``period`` is None for an unresolvable/unspecified one."""

    start: int
    end: int
    period: str | None
    kind: str  # year half quarter month span fiscal relative full_year future the_quarter partial fiscal_span year_list calendar_gloss
    #: a span of fiscal years (2025-2027财年, FY2025-FY2027): its years, ``2025-2027``; a list of years
    #: (2025/2026/2027年): ``2025/2026/2027``; the contract has no period for either, so ``period`` is
    #: None, but a list of values over it takes one year each
    years: str | None = None


def _y(s: str) -> int:
    v = int(s)
    return v + 2000 if v < 100 else v


#: a four-digit year not preceded by a digit or a point; the look-behind sits after the first digit
#: (same matches as ``(?<![0-9.])((?:19|20)\d{2})``) so the scan can skip to a 1 or a 2
_Y4 = r"((?:1(?<![0-9.]1)9|2(?<![0-9.]2)0)\d{2})"
_Y2 = r"(?<![0-9.A-Za-z])(1[5-9]|2\d|3[0-5])"
#: a two-digit year, also written as a calendar year (CY24Q2, CY24H1: a broker's calendar period beside
#: a company's fiscal one)
_CY2 = r"(?<![0-9.A-Za-z])(?:CY)?(1[5-9]|2\d|3[0-5])"
_MONTH_NAMES = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
#: dates that date no figure (an event's day, the page's dateline, the end of a period named before it): a bare
#: quarter's year may come from them, a fact's period never
DATE_ONLY_KINDS = frozenset({"day", "dateline", "period_end"})
#: a relative year word and its offset from the year of publication
_RELATIVE_YEAR = {"今年": 0, "去年": -1, "明年": 1}
#: right before a month that ends a period named before it (the second quarter ended July 2025)
ENDED_BEFORE = re.compile(r"\b(?:ended|ending|ends)(?: in| on)? $")
#: a dateline's label at a line's start (` date 2025-02-24 …`, the way the pages' excerpts open)
DATELINE_BEFORE = re.compile(r"(?:^|\n) ?date $")

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # a running total with no period of the contract (LABELLING.md P7): nine months, year to date, the
    # trailing four quarters; its year (2025年前三季度, first nine months of 2025) dates nothing
    (re.compile(r"(?:(?:19|20)\d{2}\s?年?\s?|今年|本年|去年)?(?:累计)?前(?:三|3)个?季度?|今年以来|年初至今|"
                r"过去(?:四|4)个季度|过去(?:十二|12)个月|(?:累计)?前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个?月|(?:the )?(?:first|past|last|trailing) (?:nine|9|twelve|12) months"
                r"(?: of (?:fiscal (?:year )?)?(?:19|20)\d{2})?|(?:the )?(?:first|past|last|trailing) (?:three|3|four|4) quarters"
                r"(?: of (?:fiscal (?:year )?)?(?:19|20)\d{2})?|nine months ended|year[- ]to[- ]date|(?<![A-Za-z])YTD(?![A-Za-z])|"
                r"trailing twelve months|(?<![A-Za-z])TTM(?![A-Za-z])", re.I), "partial"),
    # the calendar months a fiscal period covers, glossed beside it (2024/2025财务年度第1季(自然年2024年4至6月)):
    # a restatement that dates nothing
    (re.compile(r"(?:自然年|日历年|历年)\s?(?:19|20)\d{2}\s?年?(?:\s?\d{1,2}\s?月?\s?(?:至|到|-|~|–)\s?\d{1,2}\s?月)?"), "calendar_gloss"),
    # a quarter or year named by its end date: read through the company's fiscal calendar
    (re.compile(r"(?:(fourth|third|second|first) (?:fiscal )?quarter|three months|quarter|period)(?: of fiscal (?:year )?(?:19|20)\d{2})? end(?:ed|ing) " + _MONTH_NAMES + r" (\d{1,2}),? ((?:19|20)\d{2})", re.I), "q_ended"),
    (re.compile(r"(?:fiscal )?year end(?:ed|ing) " + _MONTH_NAMES + r" (\d{1,2}),? ((?:19|20)\d{2})", re.I), "y_ended"),
    # a quarter named by its end month, no day (HPE reported Q2 FY26 results (quarter ending April 2026)): the quarter ending
    # in that month, through the company's fiscal calendar (not the month's end alone, as "the second quarter ended July 2025"
    # is, whose quarter its ordinal names)
    (re.compile(r"(?<!first )(?<!second )(?<!third )(?<!fourth )(?<![1-4]st )(?<![1-4]nd )(?<![1-4]rd )(?<![1-4]th )"
                r"(?<![A-Za-z])quarter end(?:ed|ing)(?: in)? "
                + _MONTH_NAMES + r",? ((?:19|20)\d{2})(?![0-9])", re.I), "q_ended_month_en"),
    # a year ending in a month, no day named (in the year ending March 2022, fiscal year ended June 2024): the
    # fiscal year ending then, as y_ended_zh (not a quarter's year: the second quarter of the 2025 fiscal year ending in
    # December 2024)
    (re.compile(r"(?<!\d )(?<!\d fiscal )(?:fiscal )?year end(?:ed|ing) (?:in )?" + _MONTH_NAMES + r",? ((?:19|20)\d{2})(?![0-9])", re.I), "y_ended_month"),
    # the fiscal year ending in a month, no year named (to spend around $105 billion for the fiscal year ending in June): the
    # one ending in that month on or after the publication, a year still running (none with no date: LABELLING.md P4)
    (re.compile(r"\bfiscal year (?:ending|that ends|which ends) (?:in )?" + _MONTH_NAMES + r"(?![a-z])(?! \d)(?!,? (?:19|20)\d{2})", re.I),
     "y_ending_month_rel"),
    # the year through a month (微软截至今年6月的全年度支出, 截至2025年6月的财年): the fiscal year ending then
    # (截至2026年1月的本年度, 截至今年1月底的上年度: the year so called is still the one ending then; 截至6月的财政年度 with no
    # year: the one ending in that month on or after the publication, as y_ending_month_rel)
    (re.compile(r"(?:截至|截止)(?:((?:19|20)\d{2})年|(今年|去年|明年))?(1[0-2]|0?[1-9])月(?:底|末)?(?:止|为止)?的?(?:本|上一?|该|当)?"
                r"(?:全年度?|财年|财政年度|年度)"),
     "y_ended_zh"),
    # (截至2023年12月底止第三财季: a month's end, its last day)
    (re.compile(r"(?:截至|截止)?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?:止|结束)?的?(?:第([一二三四1-4])财?季度?|(?:财季|季度|三个月))|"
                r"(?:截至|截止)((?:19|20)\d{2})年(\d{1,2})月(?:底|末)(?:止|结束)?的?(?:第([一二三四1-4])财?季度?|(?:财季|季度|三个月))"), "q_ended_zh"),
    # (联想公布截至今年9月底止现财年第2季业绩: the month's end in the year the publication date gives)
    (re.compile(r"(?:截至|截止)(今年|去年)(\d{1,2})月(?:底|末)(?:止|结束)?的?现?(?:财年|财政年度)?第([一二三四1-4])财?季度?"),
     "q_ended_zh_rel"),
    # (至於截至10月31日的第3季: a quarter ended on a day with no year, the last such day on or before the publication)
    (re.compile(r"(?:截至|截止)(1[0-2]|0?[1-9])月(\d{1,2})日(?:止|结束)?的?(?:第([一二三四1-4])财?季度?|财季)|"
                # (截至6月30日止,騰訊本季收入: the quarter ending that day is the 本季 its sentence goes on to name)
                r"(?:截至|截止)(1[0-2]|0?[1-9])月(\d{1,2})日(?:止|结束)(?=[,，]?[^。；;!?]{0,16}?本季)"), "q_ended_md_zh"),
    # (Meta's capex in the three months ended September 30 was $19.4 billion: the same in English, the last such day on or
    # before the publication; a year after the day is q_ended's, a year before the quarter (the fourth fiscal 2024 quarter
    # ending March 31) fq's; on an undated page it names no period, and the page's own context dates the figure)
    (re.compile(r"(?<!\d )(?:(?:fourth|third|second|first) (?:fiscal )?quarter|three months|quarter) end(?:ed|ing) " + _MONTH_NAMES +
                r" (\d{1,2})(?![0-9])(?!,? (?:19|20)\d{2})", re.I), "q_ended_md_en"),
    # the three months of a quarter named by their first and last month (去年10月至12月期間, 2025年4至6月): that quarter,
    # through the company's fiscal calendar (Microsoft's October to December is FY2026Q2)
    (re.compile(r"(?:((?:19|20)\d{2})\s?年|(今年|去年|明年))\s?(1[0-2]|0?[1-9])\s?月?\s?(?:至|到|-|~|–|—)\s?(1[0-2]|0?[1-9])\s?月份?"),
     "q_months_zh"),
    # the same in English (for the April–June period, in the July-September quarter of 2025): with no year, the last such
    # quarter ended on or before the publication; nothing on an undated page
    (re.compile(r"(?<![A-Za-z])(Jan|Apr|Jul|Oct)[a-z]*\.?\s?[–—-]\s?(Mar|Jun|Sep|Dec)[a-z]*\.?(?: (?:period|quarter))"
                r"(?:,? (?:of )?((?:19|20)\d{2}))?", re.I), "q_months_en"),
    # (a split fiscal year, fiscal year 2025/26 or 2025/26财年, is named by the later year: FY2026)
    (re.compile(r"(?:fourth|third|second|first|[1-4](?:st|nd|rd|th))[- ](?:fiscal )?quarter (?:(?:results|earnings|revenue|report) (?:for|of) )?(?:of )?(?:the )?fiscal (?:year )?((?:19|20)\d{2})(?:[/-]((?:19|20)?\d{2}))?(?![0-9])", re.I), "fq_en"),
    # a span of fiscal years: 2025-2027财年, FY2025-FY2027, FY25-27 (two years apart at least, or FY at
    # both ends: 2025-26财年 and FY2025/26 are one fiscal year)
    (re.compile(_Y4 + r"\s?(?:-|~|至|到|–)\s?((?:19|20)\d{2})\s?(?:财年|(?i:fiscal years))"), "fy_span"),
    (re.compile(r"(?<![A-Za-z])FY\s?((?:19|20)?\d{2})\s?(?:-|~|–|to)\s?(FY\s?)?((?:19|20)?\d{2})(?![0-9Q])"), "fy_span_en"),
    (re.compile(r"(?<![A-Za-z])FY\s?((?:19|20)?\d{2})\s?-?\s?Q([1-4])"), "fyq"),
    (re.compile(r"(?<![A-Za-z])Q([1-4])\s?FY\s?((?:19|20)?\d{2})"), "qfy"),
    # the quarter's number before its Q, a broker's and a results note's (Alibaba's FY2Q25 revenue, 4QFY25, 2Q FY2026)
    (re.compile(r"(?<![A-Za-z0-9])FY\s?([1-4])Q\s?((?:19|20)?\d{2})(?![0-9])"), "qfy"),
    (re.compile(r"(?<![A-Za-z0-9])([1-4])Q\s?FY\s?((?:19|20)?\d{2})(?![0-9])"), "qfy"),
    # Q3 fiscal 2026, Q3 fiscal year 2026
    # (Q3 of fiscal '25: the year a writer shortens after an apostrophe)
    (re.compile(r"(?<![A-Za-z])Q([1-4])\s(?:of\s)?(?i:fiscal)\s(?:(?i:year)\s)?['’]?((?:19|20)\d{2}|(?<=['’])\d{2})(?![0-9])"), "qfy"),
    # fiscal Q2 2026, fiscal second quarter 2026: the year after a fiscal quarter is a fiscal year
    (re.compile(r"fiscal (?:year )?Q([1-4]),?\s?(?:of\s)?(?:FY\s?)?['’]?((?:19|20)\d{2}|\d{2})(?![0-9])", re.I), "qfy"),
    (re.compile(r"fiscal (fourth|third|second|first)[- ]quarter,?\s(?:of\s)?((?:19|20)\d{2})(?![0-9])", re.I), "fq_en_word"),
    # (the fourth fiscal 2024 quarter ending March 31: the fiscal year between the ordinal and "quarter")
    (re.compile(r"(fourth|third|second|first) fiscal (?:year )?((?:19|20)\d{2})[- ]quarter", re.I), "fq_en_word"),
    # (its first fiscal quarter of 2025: the year after a fiscal quarter is a fiscal year)
    (re.compile(r"(fourth|third|second|first) fiscal quarter,?\s(?:of\s)?(?:(?:the\s)?fiscal\s(?:year\s)?)?((?:19|20)\d{2})(?![0-9])", re.I), "fq_en_word"),
    # (HPE Reports Fiscal 2025 Fourth Quarter Results: the year first, then its quarter)
    (re.compile(r"(?:fiscal (?:year )?|(?<![A-Za-z])FY\s?)((?:19|20)\d{2}) (fourth|third|second|first)[- ]quarter", re.I),
     "fyq_en_year_first"),
    # (Revenues in its third fiscal 2025/26 quarter: a split fiscal year between the ordinal and "quarter", named by its
    # later year)
    (re.compile(r"(fourth|third|second|first) fiscal (?:year )?((?:19|20)\d{2})[/-]((?:19|20)?\d{2})[- ]quarter", re.I),
     "fq_en_pre"),
    # the first quarter of the 2025/26 fiscal year: the year before "fiscal year"
    (re.compile(r"(fourth|third|second|first)[- ]quarter of (?:the |its )?((?:19|20)\d{2})(?:[/-]((?:19|20)?\d{2}))? fiscal year", re.I), "fq_en_pre"),
    # (Taiwan's and Hong Kong's 財務年度 / 財政年度: 聯想2024/2025財務年度第1季 = FY2025Q1)
    (re.compile(_Y4 + r"(?:[/-]((?:19|20)?\d{2}))?\s?年?(?:财年|会计年度|财务年度|财政年度)第?([一二三四1-4])(?:财季|季度?)"), "fyq_zh"),
    (re.compile(r"(?:fiscal[- ](?:year[- ])?|(?<![A-Za-z])FY\s?)((?:19|20)\d{2}|\d{2})(?:[/-]((?:19|20)?\d{2}))?(?![0-9])", re.I), "fy"),
    (re.compile(_Y4 + r"(?:[/-]((?:19|20)?\d{2}))?\s?年?(?:财年|会计年度|财务年度|财政年度|(?i:fiscal year))"), "fy_zh"),
    # N years ending in a year (直至2030年的五年間, the five years to 2030): the span (2025-2030)
    # (not the end of a span stated with its start: 2022年至2024年三年间 is 2022-2024, its three years counted in)
    (re.compile(r"(?<![年\d])(?:直至|截至|截止|到|至)" + _Y4 + r"年(?:为止)?的?(?:未来)?([一二三四五六七八九十]|\d{1,2})年(?:间|内|里)"),
     "years_to"),
    (re.compile(r"(?:the|next|over the) (two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years (?:to|through|until|ending(?: in)?) ((?:19|20)\d{2})", re.I), "years_to_en"),
    # a compound growth over N years from a year on (台積電2024年起5年營收複合成長率, 从2024年开始的未来五年年复合增长率): the span
    # from that base year to N years later; not a total over N years (2025年起未来3年……共计1万亿: three calendar years)
    (re.compile(_Y4 + r"年(?:起|开始|起算)的?(?:未来|之后的?|后的?)?([一二三四五六七八九十]|\d{1,2})年(?:间|内|里)?"
                r"(?=[^,，。;；0-9]{0,12}(?:复合|複合|CAGR|年均))", re.I), "years_from"),
    # a list of consecutive years, one per value of a list after it (a broker's 预计公司2025/2026/2027年营业收入
    # 分别为95.10亿元/116.85亿元/143.38亿元; 2025/26/27E); two years only when both are written in full or
    # a 年 follows (2025/26 alone, like 2025/26财年, is one split fiscal year)
    (re.compile(_Y4 + r"E?((?:\s?[/、]\s?(?:(?:19|20)\d{2}|\d{2})E?){1,5})(?:\s?年|(?![0-9A-Za-z/]))"), "year_list"),
    # a year with its century cut off by an apostrophe (Following 70% growth in ’24; 39%/17% in ’25/’26): a list
    # when several follow one another, else the year
    (re.compile(r"(?<![0-9A-Za-z])['’‘]([0-4]\d)((?:\s?/\s?['’‘]?[0-4]\d){1,5})(?![0-9A-Za-z%])"), "year_list_apos"),
    (re.compile(r"(?<![0-9A-Za-z])['’‘]([0-4]\d)(?![0-9A-Za-z%’']| ?(?:percent|per cent|pct)\b)"), "year_apos"),
    (re.compile(_Y4 + r"年?\s?(?:-|~|至|到|to|through|–)\s?((?:19|20)\d{2})年?(?![0-9\-/]|\.[0-9])"), "span"),
    # (Between 2023 and the end of 2025, Microsoft's total spend …: the span to a year's end is the span to that year)
    (re.compile(r"(?i:between )" + _Y4 + r" (?i:and) (?:(?i:the end of) )?((?:19|20)\d{2})(?![0-9])"), "span"),
    (re.compile(_Y4 + r"年\s?(?:-|~|至|到)\s?((?:19|20)\d{2})年"), "span"),
    (re.compile(_Y4 + r" ((?:19|20)\d{2})年"), "span"),
    # a span ending in a year with its century cut off (2023~24年, 2024-25 年, 2023~26年複合年均成長率)
    (re.compile(_Y4 + r"\s?(?:-|~|–)\s?(\d{2})\s?年(?![0-9间内里后左以时代])"), "span_y2"),
    # a broker's span of two-digit years (25-27年营收预测调整为6938/7664/8568亿美元, 23-28年CAGR47%); not a number
    # of years (未来15-20年, 20-30年间, 寿命25-30年)
    (re.compile(r"(?<![0-9.A-Za-z年])(?<!未来)(?<!过去)(?<!今后)(?<!长达)(?<!寿命)(?<!周期)(1[8-9]|2\d|3[0-5])\s?年?\s?(?:-|~|至|到|–)\s?"
                r"(1[8-9]|2\d|3[0-5])\s?年(?![0-9间内里后左以时代])"), "span2"),
    # the days a quarter runs (2025年10月1日到12月31日的季度财报): that quarter (a fiscal one where the
    # company's year is not the calendar's)
    (re.compile(_Y4 + r"年(\d{1,2})月(\d{1,2})日\s?(?:到|至|-|~|–)\s?(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日"), "day_span"),
    # (a day written with 年 has its 月: 2027年6.7万架 is a year and a count, no 7 June)
    (re.compile(_Y4 + r"(?:[-/.]|年(?=\s?\d{1,2}\s?月))\s?(\d{1,2})[-/.月]\s?(\d{1,2})日?(?![0-9])"), "date"),
    # (2025年半年度报告, 2025年半年度,公司实现营业收入, 2025年中期业绩, 2025年中报: the first half's report; not a tracker
    # published twice a year, 2025年半年度追踪报告)
    (re.compile(_Y4 + r"\s?年?\s?(上半年|下半年|H1|H2|半年度(?!追踪|跟踪)|中期(?=报告|业绩|财报)|中报(?!价))"), "half"),
    # a span of quarters (24Q1-Q3, 2024年Q1-Q3): nine months have no period of the contract (P7); a
    # span of two quarters is their half, of four the year
    (re.compile(r"(?:(?<![0-9.])((?:19|20)\d{2})|" + _CY2 + r")\s?年?\s?Q([1-4])\s?[-–~至到]\s?Q([1-4])(?![0-9])"),
     "q_span"),
    (re.compile(_CY2 + r"\s?(H[12])(?![0-9A-Za-z])"), "half_y2"),
    (re.compile(r"(?<![0-9A-Za-z])([12])H\s?((?:19|20)?\d{2})(?![0-9])"), "half_en"),
    # the half first, then its year (APAC Data Centre Update: H1 2024; since end of H2 2023; H1'25)
    (re.compile(r"(?<![0-9A-Za-z])H([12])\s?(?:of\s)?['’]?((?:19|20)\d{2}|(?<=['’])\d{2})(?![0-9])"), "half_en"),
    (re.compile(r"(?<![A-Za-z])(first|second) half of ((?:19|20)\d{2})", re.I), "half_of"),
    # the months a year has run (in the first six months of 2024, over the first three months of the year): its first half or
    # quarter; nine months have no period of the contract (P7)
    (re.compile(r"(?<![A-Za-z])(?i:(?:the )?first (three|six|nine) months (?:of|in) )(?:((?:19|20)\d{2})(?![0-9])|"
                r"(?i:the|this) (?i:year|calendar year))"), "first_months"),
    (re.compile(r"(?:(?<![0-9.])((?:19|20)\d{2})|" + _CY2 + r")\s?年?\s?(?:Q|q)([1-4])(?![0-9])"), "yq"),
    (re.compile(r"(?:(?<![0-9.])((?:19|20)\d{2})|" + _Y2 + r")\s?年\s?第?([一二三四1-4])季度"), "yq"),
    (re.compile(r"(?<![A-Za-z])Q([1-4])\s?(?:of\s)?['’]?((?:19|20)\d{2}|\d{2})(?![0-9])"), "qy"),
    (re.compile(r"(?<![0-9A-Za-z])([1-4])Q\s?((?:19|20)?\d{2})(?![0-9])"), "qy"),
    # a year of the Republic of China calendar (預計至116年: 1911 + 116 = 2027), Taiwan's official dating
    (re.compile(r"(?<![0-9.])(1[0-3]\d)\s?年(?![0-9])"), "roc_year"),
    (re.compile(r"(fourth|third|second|first)[- ]quarters?[- ](?:of[- ]|ended [A-Za-z]+\.? \d{1,2}, )?((?:19|20)\d{2})", re.I), "quarter_en"),
    # the quarters before the last of a list (the second and third quarters of this year, the first, second and third
    # quarters of 2024): each its own quarter, of the year after the list if it names one
    (re.compile(r"(?<![A-Za-z])(fourth|third|second|first)(?=(?:,? (?:and )?(?:the )?(?:fourth|third|second|first))*,? and (?:the )?"
                r"(?:fourth|third|second|first)[- ]quarters\b(?: of (?:the )?((?:19|20)\d{2})(?![0-9]))?)", re.I), "quarter_listed_en"),
    (re.compile(_Y4 + r"\s?年\s?(\d{1,2})\s?月(?!\d)"), "month"),
    (re.compile(_Y4 + r" (\d{1,2})月"), "month"),
    # a day with its year (on March 12, 2025): an event's date, its month (dates the clause it is in)
    (re.compile(r"(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d{2})(?![0-9])"), "day_en"),
    (re.compile(r"(January|February|March|April|May|June|July|August|September|October|November|December) ((?:19|20)\d{2})"), "month_en"),
    # a day of a month with no year (on April 18, 4月18日): the latest such month by publication
    (re.compile(r"(?:[Oo]n |[Ss]ince |[Ff]rom )(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})(?![0-9])(?!,? ?(?:19|20)\d{2})"), "month_day_en"),
    (re.compile(_Y4 + r"\s?(?:年|年度)"), "year"),
    # a year in parentheses (China Telecom (2020) Centralized Procurement Project): that year
    (re.compile(r"(?<=[(（])((?:19|20)\d{2})(?=[)）])"), "year"),
    # a bracket opening with a year and a colon, the same figure in that year (in 2023 (2022: RMB9,325.6 million))
    (re.compile(r"(?<=[(（])((?:19|20)\d{2})(?=\s?[:：])"), "year"),
    # a year naming an event or an edition (during the 2025 National Day holiday, the 2024 Annual Report): that year
    (re.compile(r"((?:19|20)\d{2})(?<=\bthe \d{4})(?= [A-Z][a-z])"), "year"),
    # 2024's $52.5bn capex (a year's, possessive)
    (re.compile(r"(?<![0-9A-Za-z$.,])((?:19|20)\d{2})['’]s\b"), "year"),
    # 2025全年营收 (the year without 年, then 全年 "the whole year")
    (re.compile(_Y4 + r"(?=全年)"), "year"),
    (re.compile(r"(?<![〇零一二三四五六七八九十百千万亿])([一二][〇零一二三四五六七八九]{3})年"), "year_cn"),
    # (not a month after it: 25年1月; an amount right after it is the year's: 26年61.0亿元 in a broker's list of forecasts)
    (re.compile(r"(?<![0-9.A-Za-z])(1[5-9]|2\d|3[0-5])(?:\s?全年|年)(?!\d{1,2}\s?(?:月|日|号|季|-|~|至|到))(?!\d+(?:\.\d+)?\s?(?:年|个月|天))"), "year2"),
    # (a sentence may open with the preposition: In 2025, During 2024, By 2030)
    # ("since 2022" is a starting point, which dates no statement: not read)
    # a year a relative clause is of (62% more than 2024, when it spent $52.5 billion)
    (re.compile(r"(?<![0-9A-Za-z$.,])((?:19|20)\d{2})(?=,? when\b)"), "year"),
    # (a part of the year is in the year: by late 2026, in early 2025, mid-2026, by end-2026)
    (re.compile(r"(?<![A-Za-z])(?:(?i:by (?:the )?year-end|(?:at )?year-end|in|into|for|by|of|during|through|year|end of|end|in calendar|ended|closed|exited|finished|late|early|mid|than|ahead to|forward to) |(?i:mid|late|early|end|year-end)-)((?:19|20)\d{2})(?![0-9])"), "year"),
    # a season of a year (completion in summer 2025, by the fall of 2027, in spring 2026): that year
    (re.compile(r"(?<![A-Za-z])(?i:in|by|during|the|late|early|mid|until|before|after|from|this|next) "
                r"(?:the )?(?i:spring|summer|autumn|fall|winter) (?:of )?((?:19|20)\d{2})(?![0-9])"), "year"),
    # (the 2020 centralized server procurement project, its 2021 tender: a buyer's purchase of that year)
    (re.compile(r"(?<![0-9A-Za-z$.,])((?:19|20)\d{2})(?= (?:(?:data ?cent(?:er|re)s?|AI|cloud|server|global|full[- ]year|"
                r"centrali[sz]ed|collective) ){0,2}(?:capex|capital|revenue|spending|guidance|outlook|sales|shipments?|volumes?|"
                r"estimates?|forecasts?|projections?|budgets?|targets?|servers?|market|value|procurements?|tenders?|"
                r"biddings?|purchases?))", re.I), "year"),
    # a year with no 年 right before a Chinese metric word (计划2024 资本开支 960 亿元)
    (re.compile(_Y4 + r"(?=\s?(?:资本开支|资本支出|营收|营业收入|算力投资|出货量|市场规模))"), "year"),
    # a year with no 年 closing a line that introduces a list (先回顧 2024: ¶ - 整體伺服器營收年增 78%): the list's year
    (re.compile(_Y4 + r"(?=\s?[:：][ \t]*\n)"), "year"),
    # … or before 的 and what it dates (2025 的目標直接講得很白, 2026的资本支出)
    (re.compile(_Y4 + r"(?=\s?的\s?(?:目标|目標|展望|规划|規劃|计划|計畫|预期|預期|营收|營收|资本支出|資本支出|资本开支|出货|出貨))"), "year"),
    # a year right after what it dates (Hyperscaler Capex 2026, revenue 2025E)
    (re.compile(r"(?<![A-Za-z])(?i:capex|revenue|spending|shipments|guidance|outlook) ((?:19|20)\d{2})E?(?![0-9A-Za-z])"), "year"),
    # a quarter or half with no year (三季报, 第四季度, Q4, the third quarter, 上半年): the year comes
    # from the nearest preceding explicit period, else the latest such period before publication
    # a quarter named by its last month (苹果6月季度收入, the June quarter): a bare quarter
    (re.compile(r"(?<![0-9年])(3|6|9|12|三|六|九|十二)月份?的?季度|(?<![A-Za-z])(March|June|September|December)[- ]quarter|"
                # (During the May quarter, Dell's product sales …: a fiscal quarter named by the month it ends in, a
                # 52/53-week year's quarter ending a few days into it)
                r"(?<![A-Za-z])(January|February|April|May|July|August|October|November)[- ]quarter|"
                # (百度次季收入按年減少4%, 阿里次季業績: Hong Kong's press's second quarter, April to June whatever the
                # company's fiscal year — Alibaba's June quarter, its fiscal first; not 是次 "this", 次季度 "the next quarter")
                r"(?<![是依其层再])(次)季(?![度末初节])"), "bare_q_month"),
    # (第二财季 after a fiscal year is named: the fiscal quarter, resolved as a bare one)
    (re.compile(r"(?:第([一二三四1-4])(?:财|財)?季度?|(?<![0-9一二三四五六七八九十上下])([一二三四1-4])季(?:度|报)|(?<![0-9A-Za-z/\-_])Q([1-4])(?![0-9A-Za-z\-_])|(?<![A-Za-z])(first|second|third|fourth|First|Second|Third|Fourth)[- ][Qq]uarter|(首)季度?(?![末初]))"), "bare_q"),
    # (截至今年中报, 去年半年报: the interim report of a year named relative to publication, its first half)
    (re.compile(r"上半年|下半年|(?<![A-Za-z])(?:first|second) half(?! of (?:19|20)\d{2})|(?<![0-9A-Za-z])[12]H(?![0-9A-Za-z])|(?<![0-9A-Za-z])H[12](?![0-9A-Za-z])"
                r"|(?<=今年|去年|本年|明年)(?:中报|半年报)(?!价)"), "bare_h"),
    # 本季度, 上季度 in a report that has named its quarter (截至9月30日止第三季度 … 本季度总收入): that
    # quarter and the one before it; in English "this/the current quarter" is the one running at
    # publication (guidance), and so are both where no quarter was named
    # (本期 in a forecast is the quarter running: 本期公司預期AI半導體營收將達107億美元; elsewhere it is a
    # statement's own period, a quarter, half or year, and names none)
    (re.compile(r"本季(?!度?末)度?|(?<![A-Za-z])this quarter|本期(?=[^。,;]{0,8}(?:预期|预计|预估|展望|指引))", re.I),
     "this_q_cn"),
    (re.compile(r"上一?个?季度?"), "last_q_cn"),
    # (next quarter, 下季度: the next to be reported, the one running at publication)
    # (Nvidia's "spring quarter" in a February release: the quarter running at publication, P3)
    (re.compile(r"the current quarter|current quarter|next quarter|下一?个?季度?|(?:spring|summer|fall|autumn|winter) quarter"),
     "this_q"),
    # (the previous/prior quarter is the one before the quarter the report has named, like 上季;
    # "last quarter" in the news is the latest reported one)
    (re.compile(r"the previous quarter|the prior quarter"), "last_q_cn"),
    (re.compile(r"last quarter"), "last_q"),
    # the quarter a report has named (capex for the quarter came in at …, 该季度, 当季): anaphoric
    (re.compile(r"(?:(?<=for )|(?<=in )|(?<=during ))the quarter(?! ended)|当季度?|该季度?", re.I), "the_q"),
    # 去年12月, 今年3月: a month of a year named relative to publication
    (re.compile(r"(今年|去年|明年|前年)(1[0-2]|0?[1-9])月(?!\d)"), "rel_month"),
    # a month's revenue with no year (十一月单月营收, 10月营收: Taiwan's monthly reports): the latest such
    # month by publication
    # (元月: January, in Taiwan's usage; not the 元 of an amount, 亿元月营收)
    (re.compile(r"(?<![0-9年月日〇零一二三四五六七八九十])(十[一二]|十|[一二三四五六七八九]|1[0-2]|0?[1-9]|(?<![0-9亿万千百])元)月"
                r"(?=份?(?:单月)?(?:合并)?(?:营收|营业收入|营业额))"), "month_revenue"),
    # a single month's revenue naming no month (廣達單月營收2,308.35億元 in a page of 2026-02-15): the last month before
    # the page's, whose revenue Taiwan's companies report by the tenth of the next
    (re.compile(r"(?<![0-9月份〇零一二三四五六七八九十元])单月(?=(?:合并)?(?:营收|营业收入|营业额))"), "single_month_revenue"),
    # a rate in a month with no year (7.9 per cent in January, 15.8% in February): the latest such month by publication,
    # like a month's revenue
    (re.compile(r"(?:(?<=% in )|(?<=per cent in )|(?<=percent in ))(January|February|March|April|May|June|July|August|September|"
                r"October|November|December)(?! \d|,? (?:of )?(?:19|20)\d\d)"), "rate_month_en"),
    # a stock at a month's end or middle with no year (crossed 34k GPUs by end-May, by the end of June): the latest such
    # month by publication (LABELLING.md P8)
    (re.compile(r"(?:(?<=\bend-)|(?<=\bmid-)|(?<=end of )|(?<=End of )|(?<=middle of ))(January|February|March|April|May|June|"
                r"July|August|September|October|November|December)(?! \d|,? (?:of )?(?:19|20)\d\d)"), "rate_month_en"),
    (re.compile(r"今年|本年|this year|This year"), "rel0"),
    # now (目前, currently): the year of publication, where the document states it
    # (现在智算的总能力……已经达到5.8EFLOPS: 现在 as 目前; not the 现 of 表现, 体现, 实现, 出现, 发现, 呈现, 展现 before 在)
    (re.compile(r"(?<!截至)(?<!截止)目前|现阶段|当前|现时|(?<![表体实出发呈展])现在|currently|at present|as of today"), "now"),
    (re.compile(r"去年|上年|last year|Last year|上一年"), "rel-1"),
    (re.compile(r"明年|next year|Next year"), "rel1"),
    (re.compile(r"前年"), "rel-2"),
    # the year after the one just named (projected to reach 5 billion yuan in 2025, with expectations of surpassing 10
    # billion yuan in the following year; 2025年……次年): that year plus one, where a year stands shortly before it
    (re.compile(r"(?:the )?(?:following|subsequent) year(?!s)|the year after(?! next)|次年|翌年"), "following_year"),
    # the year after next (今年达到1000亿元、明年达到1200亿元、后年突破1500亿元)
    (re.compile(r"(?<![前以之然])后年"), "rel2"),
    # the whole year of the context (全年, the full year, in the year; not "the first quarter of the year")
    # (this fiscal year, 本财年: the fiscal year of the context, as the full year is: FY2026 after Oracle's
    # first quarter of fiscal 2026)
    # (the full fiscal year: the whole fiscal year of the context, Micron's $8.12 billion for the full fiscal year)
    (re.compile(r"[Tt]his fiscal year|(?:[Tt]he )?current fiscal year|(?:[Tt]he )?(?:full|whole|entire) fiscal year|"
                r"本财年度?|本财政年度|本会计年度|全财年"), "this_fy"),
    # (the next fiscal year, 下一财年: the fiscal year after the context's, Oracle's FY2026 after its Q3 FY25)
    (re.compile(r"(?:[Tt]he )?next fiscal year|下一?个?财年|下一?个?财政年度|下一?个?会计年度"), "next_fy"),
    # (revised its cost forecasts for the year, anticipating capital expenditures …: the year after "for", too)
    # (集團去年全年純利…。年內集團總收入1290.8億元: Hong Kong's press's "in the year", the year of the context; not 五年内,
    # 今年内, 上半年内, 3 年内, 同年内, 每年内)
    (re.compile(r"全年|full year|full-year|整年|(?<![0-9一二三四五六七八九十百千两数几多今明去近往当同本历逐每个半 ])年内|(?<=in )the year(?! (?:ago|before|earlier|to|ended|ending))|(?<!quarter of )(?<!half of )(?<=of )the year(?! (?:ago|before|earlier|to|ended|ending))|"
                r"(?<=for )the year(?! (?:ago|before|earlier|to|ended|ending))"), "full_year"),
    (re.compile(r"未来|今后|远期|很快|不久|即将|in the future|over the next|in the coming years|eventually|soon|next (?:few|\w+) years"), "future"),
    # a month with no year listed after a month of a year (2025年8月的3357.7亿元,以及12月的3350亿元): that year's
    (re.compile(r"(?<=[、,和及与])(1[0-2]|0?[1-9])月(?![\d日号份])"), "listed_month"),
    # a month with no year whose figure follows (仅次于10月的3674.73亿元): the month of the figures around it
    (re.compile(r"(?<![0-9年月日、,和及与])(1[0-2]|0?[1-9])月(?=的[0-9])"), "listed_month"),
]


#: small numbers written as words in "N years to 2030" (Chinese and English)
_SMALL_NUMBERS = {w: i for i, w in enumerate("一二三四五六七八九十", start=1)} | {
    w: i for i, w in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], start=1)}


#: the next N years (未来5年, over the next five years): a span that starts at a base year
_NEXT_YEARS = re.compile(r"(?:未来|今后|接下来的?)([0-9一二三四五六七八九十]{1,2})年|(?:next|coming) (\w+) years", re.I)


def next_years(text: str, lo: int, hi: int) -> int | None:
    """N of the last "未来N年" / "next N years" in ``text[lo:hi]``, None where there is none."""
    n = None
    for m in _NEXT_YEARS.finditer(text, lo, hi):
        word = m.group(1) or m.group(2)
        n = int(word) if word.isdigit() else _SMALL_NUMBERS.get(word.lower())
    return n


def _required(items: Any) -> frozenset[str] | None:
    """Strings of which every match of the parsed sequence ``items`` contains one (None: no such
    set found). Sound, not complete: only literals, groups, branches and repeats of at least one."""
    best: frozenset[str] | None = None

    def better(cand: frozenset[str] | None) -> None:
        nonlocal best
        if cand and (best is None or (min(map(len, cand)), -len(cand)) > (min(map(len, best)), -len(best))):
            best = cand

    run = ""
    for op, av in list(items):
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # consumes nothing: the literals around it are adjacent in the match
        better(frozenset([run]) if run else None)
        run = ""
        if op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not add_flags and not del_flags:
                better(_required(sub))
        elif op is _sre.BRANCH:
            alts = [_required(alt) for alt in av[1]]
            if all(alts):
                better(frozenset().union(*alts))  # type: ignore[arg-type]
        elif op is _sre.IN and all(o in (_sre.LITERAL, _sre.RANGE) for o, _ in av) \
                and sum(1 if o is _sre.LITERAL else a[1] - a[0] + 1 for o, a in av) <= 12:
            better(frozenset(chr(c) for o, a in av for c in ([a] if o is _sre.LITERAL else range(a[0], a[1] + 1))))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            better(_required(av[2]))
    better(frozenset([run]) if run else None)
    return best


def _anchor(pat: re.Pattern[str]) -> tuple[str, ...] | None:
    """The words one of which every match of ``pat`` contains, or None."""
    try:
        req = _required(_sre_parse.parse(pat.pattern, pat.flags))
    except Exception:  # an unparsable pattern simply gets no pre-filter
        return None
    return tuple(sorted(req)) if req else None


def _anchor_in(anchor: tuple[str, ...], flags: int, text: str) -> bool:
    if flags & re.I:  # case-insensitive: let the regex engine fold case exactly as the pattern does
        return _anchor_re(anchor, flags).search(text) is not None
    return any(w in text for w in anchor)


@cache
def _anchor_re(anchor: tuple[str, ...], flags: int) -> re.Pattern[str]:
    if flags & re.I and not flags & ~(re.I | re.U):
        # the same matches without re.I, which the regex engine can skip through (textnorm)
        fast = caseless_words(anchor)
        if fast is not None:
            return fast
    return re.compile("|".join(map(re.escape, anchor)), flags)


def _window(pat: re.Pattern[str]) -> tuple[int, int] | None:
    """(the longest match, the furthest character an attempt at a position can read past it),
    or None when a match can be arbitrarily long."""
    try:
        tree = _sre_parse.parse(pat.pattern, pat.flags)
    except Exception:  # an unparsable pattern simply gets no window
        return None
    if _scans_fast(tree, pat.flags):
        return None  # the regex engine skips to the pattern's first character itself: no window needed
    width = tree.getwidth()[1]
    ahead = _lookahead(tree)
    if ahead is None or width >= _BIG or ahead >= _BIG:
        return None
    return width, width + ahead + 2


_BIG = 1 << 20


def _scans_fast(tree: Any, flags: int) -> bool:
    """The pattern starts with a literal, a character class or a branch of literals, which the
    regex engine turns into a fast first-character scan."""
    items = list(tree)
    while items and items[0][0] is _sre.SUBPATTERN:
        items = list(items[0][1][-1])
    if not items or flags & re.I:
        return False
    op, av = items[0]
    if op is _sre.BRANCH:
        return all(len(alt) and alt[0][0] is _sre.LITERAL for alt in av[1])
    return op in (_sre.LITERAL, _sre.IN)


def _lookahead(items: Any) -> int | None:
    """An upper bound of how far the look-aheads of ``items`` read (None: unknown)."""
    total = 0
    for op, av in list(items):
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):
            direction, sub = av
            inner = _lookahead(sub)
            if inner is None:
                return None
            total += inner + (sub.getwidth()[1] if direction == 1 else 0)
        elif op is _sre.SUBPATTERN or op is _sre.ATOMIC_GROUP:
            sub = av[-1] if op is _sre.SUBPATTERN else av
            inner = _lookahead(sub)
            if inner is None:
                return None
            total += inner
        elif op is _sre.BRANCH:
            for alt in av[1]:
                inner = _lookahead(alt)
                if inner is None:
                    return None
                total += inner
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            inner = _lookahead(av[2])
            if inner is None:
                return None
            total += inner
        elif op in (_sre.GROUPREF_EXISTS, _sre.GROUPREF, _sre.GROUPREF_IGNORE):
            return None
    return total


def _finditer(pat: re.Pattern[str], text: str, anchor: tuple[str, ...] | None,
              window: tuple[int, int] | None) -> Iterator[re.Match[str]]:
    """``pat.finditer(text)``, searching only near the occurrences of the pattern's anchor words.

    A match is at most ``width`` long and contains an anchor, so none starts more than ``width``
    before the first anchor at or after the cursor; and an attempt at a position reads at most
    ``extent`` characters, so a search ending ``extent`` after that anchor decides every start up
    to it exactly as a search of the whole text would."""
    if anchor is None or window is None:
        yield from pat.finditer(text)
        return
    width, extent = window
    find_anchor = _anchor_re(anchor, pat.flags).search
    n = len(text)
    p = 0
    steps = 0
    while p <= n:
        c = find_anchor(text, p)
        if c is None:
            return
        steps += 1
        if steps > 64 and steps * 256 > n:  # anchors everywhere: one plain scan is cheaper
            yield from pat.finditer(text, p)
            return
        a = c.start()
        m = pat.search(text, max(p, a - width), min(n, a + extent))
        if m is not None and m.start() <= a and m.end() > m.start():
            yield m
            p = m.end()
        else:
            p = a + 1


_ANCHORS = [_anchor(pat) for pat, _ in _PATTERNS]
_WINDOWS = [_window(pat) for pat, _ in _PATTERNS]
#: the words one of which every match holds at a bounded offset from its start (connectors/literals.py): a
#: pattern that has them is tried only there, cheaper than a search near each anchor (the same matches)
_NEEDS = [requirement(pat.pattern, pat.flags) for pat, _ in _PATTERNS]
#: all their words, found in one pass over a text (connectors/literals.occurrences)
_NEED_WORDS = tuple(sorted({w for need in _NEEDS if need is not None for w, _, _ in need}))


def _shape(x: Any) -> Any:
    """A parsed pattern (or part of one) as plain nested tuples, to compare two parses."""
    if isinstance(x, _sre_parse.SubPattern):
        x = x.data
    if isinstance(x, list | tuple):
        return tuple(_shape(y) for y in x)
    return str(x) if isinstance(x, _sre._NamedIntConstant) else x


#: what a year-led pattern's first group holds: 19 or 20 and two digits (_Y4, or with no look-behinds)
_YEAR_HEADS = frozenset(_shape(_sre_parse.parse(h[1:-1])) for h in (_Y4, r"((?:19|20)\d{2})"))
_ZERO_WIDTH = (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT)


def _year_led(pat: re.Pattern[str]) -> bool:
    """Every match of ``pat`` starts with a year, 19 or 20 and two digits: its first group is one
    (only look-arounds and anchors, which take no character, before it), so a match can start only
    where :data:`_YEAR_START` matches."""
    try:
        items = list(_sre_parse.parse(pat.pattern, pat.flags))
    except Exception:  # an unparsable pattern is simply scanned
        return False
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        return op is _sre.SUBPATTERN and not av[1] and not av[2] and _shape(av[3]) in _YEAR_HEADS
    return False


#: where a year (19 or 20 and two digits) starts; one character each, so starts inside another year are found too
_YEAR_START = re.compile(r"1(?=9\d\d)|2(?=0\d\d)")
#: the patterns every match of which starts with a year: tried at the text's years only (few; a scan of their own tries
#: every 1 and 2)
_YEAR_LED = [_year_led(pat) for pat, _ in _PATTERNS]


def _matches_at(pat: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pat.finditer(text)`` for a pattern no match of which is empty and every match of which starts
    at one of ``starts`` (ascending): the first match at or after the end of the last, as finditer finds it."""
    match = pat.match
    nxt = 0
    for p in starts:
        if p >= nxt and (m := match(text, p)) is not None:
            yield m
            nxt = m.end()


#: a forecast around 本季 (预告本季营收, 本季度预计): the quarter running at publication, not the report's
_FORECAST_NEAR = re.compile(r"预|預|展望|指引|估|将|將|有望|目标|目標|\b(?:expect|will|guid|outlook|forecast|anticipat|"
                            r"project|should|would|plan|target|aim|see|sees)", re.I)


#: words of a forecast that looks to a period: narrower than _FORECAST_NEAR, which also takes 将 and
#: any "expect…" (not "better than expected", not 将…提高至: raised to); the text is normalised, so
#: its traditional forms (預計, 預期) only serve callers that pass raw text
_LOOKS_TO = re.compile(r"预计|預計|预期|預期|展望|有望|指引|\b(?:expects?|expected to|will|guidance|guides?|outlook|"
                       r"anticipat\w*)\b", re.I)


def _forecast_quarter(text: str, q: PeriodMention) -> bool:
    """A quarter a forecast looks to: a forecast word shortly before it in its clause (is expected
    to increase in Q4; 预计第四季), or a guidance noun right after it (Q2 guide midpoint $196.5B, Q3 guidance,
    第二季展望)."""
    lo = max(0, q.start - 32)
    cut = max(text.rfind(c, lo, q.start) for c in "。.;；,，\n]")
    return _LOOKS_TO.search(text, max(lo, cut + 1), q.start) is not None or _GUIDE_AFTER.match(text, q.end) is not None


#: a guidance noun right after a quarter (Q2 guide midpoint, Q3 revenue guidance, 第二季财测): the quarter looked to
_GUIDE_AFTER = re.compile(r"\s?(?:(?:revenue|sales|capex)\s)?(?:guide|guidance|outlook)\b|\s?的?(?:指引|展望|财测)", re.I)


def _guidance_sentence(text: str, p: PeriodMention) -> bool:
    """The sentence around ``p`` looks ahead (For guidance, Q1 revenue is projected …; 展望第一季)."""
    lo = max(0, p.start - 80)
    hi = min(len(text), p.end + 80)
    start = max(text.rfind(c, lo, p.start) for c in "。.;；!?！？\n") + 1
    end_m = _SENTENCE_END.search(text, p.end, hi)
    hi = end_m.start() if end_m else hi
    return _LOOKS_TO.search(text, max(lo, start), hi) is not None or _PROJECTED.search(text, max(lo, start), hi) is not None


#: passive forecast words a guidance sentence may use instead of _LOOKS_TO's (Q1 revenue is projected …)
_PROJECTED = re.compile(r"\b(?:projected|forecast(?:ed)?|predicted)\b", re.I)


#: a comparison right before 上季度 (较上一季度, 比上季, 相比上季度, 环比上季)
_COMPARED_WITH = re.compile(r"(?:较|比|相比|相较|对比)(?:于)?$")


def _named_quarter(p: PeriodMention, text: str, fixed: list[PeriodMention],
                   this_named: PeriodMention | None) -> PeriodMention:
    """本季度 / 上季度 in a report that has named its quarter (截至9月30日止第三季度……本季度总收入……
    上季度为): that quarter, and the one before the 本季度 just read so. A forecast's 本季 (预告本季
    营收) and a 上季 with no such 本季 before it are the quarters around publication (kind ``bare``)."""
    if p.period == "Q-1":
        if this_named is not None and this_named.period and p.start - this_named.end <= BARE_NEAR:
            return PeriodMention(p.start, p.end, previous_quarter(this_named.period), this_named.kind)
        if _COMPARED_WITH.search(text, max(0, p.start - 4), p.start):
            q = _nearest_before(fixed, p.start, BARE_CONTEXT, ("quarter", "fiscal"))
            if q is not None and q.period and QUARTER_LABEL.fullmatch(q.period):
                # 公司FY24 Q4收入647亿美元……较上一季度的31%: compared with the quarter before the one reported
                return PeriodMention(p.start, p.end, previous_quarter(q.period), q.kind)
        return PeriodMention(p.start, p.end, p.period, "bare")
    wide = p.start < len(text) and text[p.start].isascii()  # (English: wider words around it)
    if _told_in_past(text, p):
        # Capital expenditures reached $16.7 billion this quarter: the quarter reported, the last to end
        # before publication (not a quarter a forecast named before it)
        return PeriodMention(p.start, p.end, "Q-1", "bare")
    clause = re.split(r"[,，;；。!?！？]", text[max(0, p.start - (48 if wide else 12)) : p.start])[-1] + \
        re.split(r"[,，;；。!?！？.]", text[p.end : p.end + (40 if wide else 8)])[0]
    q = _nearest_before(fixed, p.start, BARE_CONTEXT, ("quarter", "fiscal"))
    ahead_at = q.start if q is not None and _AHEAD_AFTER.match(text, q.end) is not None else None
    if ahead_at is not None and (earlier := _nearest_before(fixed, ahead_at, BARE_CONTEXT, ("quarter", "fiscal"),
                                                             lambda x: x.end <= ahead_at)) is not None:
        # 百度公布……第二季財報。百度Q2營收創3年來最大降幅 Q3挑戰仍大 / 百度本季營收: a quarter named as what lies ahead is not the
        # report's; the one named before it is
        q = earlier
    if not _FORECAST_NEAR.search(clause) and this_named is not None and this_named.period and \
            QUARTER_LABEL.fullmatch(this_named.period) and (
                q is None or not q.period or not QUARTER_LABEL.fullmatch(q.period) or (
                    q.start > this_named.end and q.period != this_named.period and
                    not any(c.isdigit() for c in text[q.start : q.end]) and
                    _LAST_QUARTER_WORD.fullmatch(text, q.start, q.end) is None)):
        # 截至2月底的2026財年第三季度業績……本季……(paragraphs on)……在首季度天量訂單後……本季資本開支: once 本季 has been read as
        # the report's quarter, a later 本季 is that quarter too, however far on, and a quarter named in passing by its number
        # alone (首季度) does not make it another one
        return PeriodMention(p.start, p.end, this_named.period, this_named.kind)
    if _FORECAST_NEAR.search(clause) or q is None or not q.period or not QUARTER_LABEL.fullmatch(q.period):
        return PeriodMention(p.start, p.end, p.period, "bare")
    if _LAST_QUARTER_WORD.fullmatch(text, q.start, q.end):
        # 美超微公布，上季营收锐减15%……本季营收财测介于100亿美元至110亿美元: the quarter named so far was last quarter
        # (the one reported); this quarter is the one after it
        return PeriodMention(p.start, p.end, next_quarter(q.period), q.kind)
    return PeriodMention(p.start, p.end, q.period, q.kind)


QUARTER_LABEL = re.compile(r"(FY)?(\d{4})Q([1-4])")
#: right after a quarter, words of what lies ahead (Q3挑战仍大, 第四季展望, Q3 guidance)
_AHEAD_AFTER = re.compile(r"\s?(?:的)?(?:挑战|展望|指引|预期|预估|预计|财测|guidance|outlook)", re.I)
#: a month's label (2025-12)
MONTH_LABEL = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")
#: a quarter named as the last one (上季, 上一季度, last quarter), not by its number
_LAST_QUARTER_WORD = re.compile(r"上一?个?季度?|last quarter|the previous quarter|the prior quarter", re.I)


def next_quarter(label: str) -> str:
    """The quarter after a quarter label: ``2025Q4`` -> ``2026Q1``, ``FY2025Q4`` -> ``FY2026Q1``."""
    m = QUARTER_LABEL.fullmatch(label)
    assert m is not None, label
    year, q = int(m.group(2)), int(m.group(3))
    year, q = (year + 1, 1) if q == 4 else (year, q + 1)
    return f"{m.group(1) or ''}{year}Q{q}"


def previous_quarter(label: str) -> str:
    """The quarter before a quarter label: ``2025Q3`` -> ``2025Q2``, ``FY2026Q1`` -> ``FY2025Q4``."""
    m = QUARTER_LABEL.fullmatch(label)
    assert m is not None, label
    year, q = int(m.group(2)), int(m.group(3))
    year, q = (year - 1, 4) if q == 1 else (year, q - 1)
    return f"{m.group(1) or ''}{year}Q{q}"


def previous_month(label: str) -> str:
    """The month before a month label: ``2025-11`` -> ``2025-10``, ``2025-01`` -> ``2024-12``."""
    year, month = int(label[:4]), int(label[5:7])
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


#: a fiscal quarter's label (FY2026Q3): its year and quarter
FISCAL_QUARTER = re.compile(r"FY(\d{4})Q([1-4])")


def fiscal_reading_nearer(period: str, end_month: int, published: date | None, doc_period: str | None) -> bool:
    """``2026Q4`` read as the fiscal quarter FY2026Q4 of a year ending in ``end_month`` ends nearer
    to the time of writing than the calendar quarter does (months between each quarter's last month
    and publication, else the end of the fiscal quarter the release reports: Nvidia Q3 fiscal 2026 in
    its head); False when neither is known."""
    def fiscal_end(year: int, q: int) -> int:
        return year * 12 + end_month - 1 - 3 * (4 - q)

    year, q = int(period[:4]), int(period[5])
    if published is not None:
        now = published.year * 12 + published.month - 1
    elif doc_period and (own := FISCAL_QUARTER.fullmatch(doc_period)):
        now = fiscal_end(int(own.group(1)), int(own.group(2)))
    else:
        return False
    calendar_end = year * 12 + 3 * q - 1
    return abs(fiscal_end(year, q) - now) < abs(calendar_end - now)


def fiscal_quarter(ended: date, end_month: int | None) -> tuple[int, int]:
    """(fiscal year, quarter) of the quarter that ended on ``ended``.

    ``end_month`` is the month the fiscal year ends in (None or 12: the calendar year). Quarter
    ends that fall a few days into the next month (52/53-week years: Nvidia's FY2025 ended
    January 26, 2025, Broadcom's FY2024 on November 3, 2024) are read 10 days earlier, which
    lands in the quarter's last month for every calendar in lexicons/calendars.toml. The fiscal
    year is named by the calendar year it ends in.
    """
    d = _read_back(ended)
    em = end_month or 12
    q = ((d.month - em - 1) % 12) // 3 + 1
    fy = d.year if d.month <= em else d.year + 1
    return fy, q


def _year_list(s: int, e: int, years: list[int]) -> PeriodMention | None:
    """A list of consecutive years (2025/2026/2027, ’25/’26), or None where they do not follow one another."""
    if any(b != a + 1 for a, b in pairwise(years)):
        return None
    return PeriodMention(s, e, None, "year_list", years="/".join(map(str, years)))


def _read_back(ended: date) -> date:
    """A quarter's end date read 10 days earlier, which lands in the quarter's last month for every
    calendar in lexicons/calendars.toml (52/53-week years end a few days into the next month)."""
    return date.fromordinal(ended.toordinal() - 10)


def is_quarter_end(ended: date, end_month: int | None) -> bool:
    """Whether ``ended`` can end a quarter of the calendar whose year ends in ``end_month``: read
    back (:func:`_read_back`), it falls in the last month of one of its quarters. A quarter "ending
    January 29" of a company whose quarters end in March, June, September and December is a
    writer's slip (the date of the report), not a quarter."""
    return (_read_back(ended).month - (end_month or 12)) % 3 == 0


#: the last months of quarters, by name
_CN_MONTH = {"三": "3", "六": "6", "九": "9", "十二": "12"}


#: a year written in Chinese digits, one character a digit (二〇二五年; a Taiwan paper's 二五年 for 2025, 一八年
#: for 2018), not a count of years (三五年: three to five years; 十二五: a plan's number)
_DIGIT_YEAR = re.compile(r"(?:[一二][〇零一二三四五六七八九]{3}|二[〇零一二三四五六七八九]|一[五六七八九])(?=年)")
#: a numeral character before which such a run is part of a longer number, not a year (十二五, 三百二五年)
_NUMERAL_BEFORE = frozenset("〇零一二两三四五六七八九十百千万亿")
_CN_DIGIT = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _digit_years(text: str) -> str:
    """``text`` with the years written in Chinese digits in ASCII digits, one for one (positions kept)."""
    if "年" not in text or not _DIGIT_YEAR.search(text):
        return text
    return _DIGIT_YEAR.sub(lambda m: m.group(0) if m.start() and text[m.start() - 1] in _NUMERAL_BEFORE
                           else m.group(0).translate(_CN_DIGIT), text)


def find_periods(text: str, published: date | None, *, fiscal_end_month: int | None = None) -> list[PeriodMention]:
    """All period mentions in ``text`` in order; overlapping matches keep the earliest pattern.

    ``fiscal_end_month`` is the month the document's subject company ends its fiscal year in
    (``lexicons/calendars.toml``); with it, "the quarter ended January 28, 2024" is FY2024Q4. Years
    written in Chinese digits (二〇二五年, 二五年) are read as the same years in digits.
    """
    text = _digit_years(text)
    taken = bytearray(len(text))
    for a, b in url_spans(text):
        # a page's address (the SOURCE line, a link) is no prose: microsoft-q1-fy2026 dates nothing
        taken[a:b] = b"\x01" * (b - a)
    out: list[PeriodMention] = []
    present: dict[tuple[str, ...], bool] = {}
    folded = fold(text)
    found = occurrences(_NEED_WORDS, folded)
    years: list[int] | None = None
    for (pat, kind), anchor, window, need, year_led in zip(_PATTERNS, _ANCHORS, _WINDOWS, _NEEDS, _YEAR_LED, strict=True):
        if year_led:
            if years is None:
                years = [y.start() for y in _YEAR_START.finditer(text)]
            ms: Iterator[re.Match[str]] = _matches_at(pat, text, years)
        elif anchor is not None and need is None:
            # a pattern whose required words are all absent has no match: skip its scan (one with a requirement
            # skips it in literal_finditer, with no occurrence of its words)
            if anchor not in present:
                present[anchor] = _anchor_in(anchor, pat.flags, text)
            if not present[anchor]:
                continue
            ms = _finditer(pat, text, anchor, window)
        else:
            ms = _finditer(pat, text, anchor, window) if need is None else literal_finditer(pat, need, text, folded, found)
        for m in ms:
            if taken.find(1, m.start(), m.end()) >= 0:
                continue
            pm = _resolve(m, kind, published, fiscal_end_month)
            if pm is None:
                continue
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            if pm.kind != "calendar_gloss":  # (read so that its year is no period, then left out)
                out.append(pm)
    out.sort(key=lambda p: p.start)
    # 全年 takes the year of the nearest preceding explicit period
    fixed: list[PeriodMention] = []
    context: list[PeriodMention] = []  # the periods a bare quarter may take its year from
    this_named: PeriodMention | None = None  # the last 本季度 read as the report's own quarter
    this_starts = {p.start for p in out if p.kind == "named_q" and p.period == "Q0"}
    dated = [q for q in out if q.kind in ("year", "half", "quarter", "month", "dateline", "period_end") and q.period
             and q.period[:4].isdigit()]
    # (not a horizon a forecast runs to, "by 2027" / "到2027年": the year of what is to come, not of the page)
    first_year = next((q for q in dated if not _YEAR_AGO_BASE.search(text, max(0, q.start - 90), q.start)
                       and _HORIZON.match(text, q.start) is None), None)
    if first_year is None and dated and _YEAR_AGO_BASE.search(text, max(0, dated[0].start - 90), dated[0].start):
        # Net sales increased 13% to $143.3 billion in the first quarter, compared with $127.4 billion in first
        # quarter 2023: a body whose only years are its year-ago comparisons is about the year after them
        base, label = dated[0], str(dated[0].period)
        # (the page's year, derived: it stands for the whole page, at its start)
        first_year = PeriodMention(0, 0, f"{int(label[:4]) + 1}{label[4:]}", base.kind)
    # quarters and halves named in full, by their part (Q2: [2025Q2, FY2025Q2 …]), in order: a dateless bare one's
    # year further on
    full_named: dict[str, list[PeriodMention]] = {}
    for full in out:
        if full.kind in ("quarter", "half", "fiscal") and full.period and full.period[:1] in "F12" and full.period[-2:-1] in "QH":
            full_named.setdefault(full.period[-2:], []).append(full)
    named_starts = {part: [f.start for f in fs] for part, fs in full_named.items()}
    swallowed = -1  # (the fiscal year a bare quarter before it has taken in)
    month_named: dict[str, str] = {}  # the last month of a year named so far, by its month (12: 2025-12)

    @functools.cache
    def results_year() -> str | None:
        return _results_year(text)  # (looked for once a page, where an undated relative word first asks)

    @functools.cache
    def pinned_this_year() -> int | None:
        """The year an undated page calls this year, where some sentence of it pins a relative word to a year
        named in full (廣達去年12月營收2724.95億元……2025全年營收2.12兆元: its 去年 is 2025, so its 今年 2026), and
        all such sentences agree; else None. The writer's last year is one year throughout the page."""
        # (not 去年同期, "the same period last year": the year its sentence names is the one compared with it, this year —
        # 預計2024年全年總支出……營運虧損將比去年同期大幅增加 pins no 去年 to 2024)
        years = {int(y) - _relative_offset(q)
                 for q in itertools.islice((q for q in out if q.kind == "rel_pending" and not text.startswith("同期", q.end)),
                                           PINNED_REACH)
                 if (y := _year_of_sentence(text, q.start, q.end)) is not None}
        return years.pop() if len(years) == 1 else None
    for i, p in enumerate(out):
        if i == swallowed:
            continue
        if p.kind == "bare" and p.period and i + 1 < len(out) and (of := out[i + 1]).period and \
                of.kind in ("year", "relative") and of.period[:4].isdigit() and (_OF_YEAR_GAP.fullmatch(text, p.end, of.start) or
                                                                               (of.kind == "relative" and text[p.end:of.start] == " ")):
            # the fourth quarter of last year, the first quarter of this year, the first quarter last year: the year named
            # after it
            p = PeriodMention(p.start, of.end, f"{of.period[:4]}{p.period}", "quarter" if p.period[0] == "Q" else "half")
            swallowed = i + 1
        elif p.kind == "bare" and p.period and i + 1 < len(out) and (of := out[i + 1]).period and \
                of.kind == "fiscal" and FY_LABEL.fullmatch(of.period) and _FOR_FISCAL_GAP.fullmatch(text, p.end, of.start):
            # Q4 revenue for fiscal year 2025, Q2 results of fiscal 2026: the quarter of the fiscal year named after it
            p = PeriodMention(p.start, of.end, f"{of.period}{p.period}", "fiscal")
            swallowed = i + 1
        if p.kind == "named_q":
            p = _named_quarter(p, text, fixed, this_named)
            if p.period == "Q0" or p.kind == "bare":
                this_named = None
            elif p.start in this_starts:
                this_named = p
        if p.kind == "listed_month":
            ctx = _nearest_before(context, p.start, BARE_NEAR, ("month",))
            if ctx is None or not ctx.period or _SENTENCE_END.search(text, ctx.end, p.start):
                continue  # (no month of a year just before it in the sentence: no period)
            p = PeriodMention(p.start, p.end, f"{ctx.period[:4]}-{str(p.period)[1:]}", "month")
        if p.kind == "bare":
            part = p.period
            p = _resolve_bare(p, context, published, fiscal_end_month, first_year, text)
            if p.period is None and p.kind == "bare" and published is None and part and part[:1] in "QH":
                # (a page with no date and no year before it: …$11.65bn in the second quarter. … for the second quarter of
                # fiscal year 2025 (Q2 FY25): the same quarter named in full further on)
                named = full_named.get(part[-2:], [])
                at = bisect.bisect_right(named_starts[part[-2:]], p.end) if named else 0
                later = named[at] if at < len(named) else None
                if later is not None:
                    p = PeriodMention(p.start, p.end, later.period, later.kind)
            if p.period is None and p.kind == "bare":
                continue
        if p.kind == "month_pending":
            # 昨日廣達公告去年12月營收2724.95億元……緯創12月營收也達2552億元, in a page with no date: the December named
            # with its year before it
            named_month = month_named.get(str(p.period)[1:])
            if named_month is None:
                continue
            p = PeriodMention(p.start, p.end, named_month, "month")
        if p.kind == "day_pending":
            year_named = first_year.period[:4] if first_year is not None and first_year.period else None
            if year_named is None:
                continue
            p = PeriodMention(p.start, p.end, f"{year_named}-{str(p.period)[1:]}", "day")
        if p.kind == "rel_pending":
            # 去年12月營收2724.95億元……2025全年營收2.12兆元 in a body that states no date: the year its sentence
            # names in full is the one the writer's last year (or this year) means (LABELLING.md P4)
            year = _year_of_sentence(text, p.start, p.end)
            if year is None and (this_year := pinned_this_year()) is not None:
                # 昨日廣達公告去年12月營收2724.95億元 where a later sentence pins the page's 去年 to 2025
                year = str(this_year + _relative_offset(p))
            if year is None and (reported := results_year()) is not None:
                # 三星电子2025年第四季度及全年业绩 …… 去年全年,三星年营收增长10.87%: a page of a year's full results is
                # written in the year after it, so its last year is the year reported (its this year, the next)
                year = str(int(reported) + 1 + _relative_offset(p))
            month = str(p.period).partition("M")[2]
            p = PeriodMention(p.start, p.end, None if year is None else f"{year}-{month}" if month else year,
                              "month" if month and year else "relative")
        if p.kind == "following_year":
            followed = _nearest_before(fixed, p.start, FOLLOWING_YEAR_REACH, ("year",))
            if followed is None or not str(followed.period).isdigit() or _SENTENCE_END.search(text, followed.end, p.start):
                continue  # (no year named shortly before it in its sentence: no period)
            p = PeriodMention(p.start, p.end, str(int(str(followed.period)) + 1), "year")
        if p.kind in ("full_year", "this_fy", "next_fy"):
            # (the last 64 periods of the context: a page of endless "full year" with no period stays linear)
            prev = next((q for q in reversed(context[-64:]) if q.period and q.kind not in ("future",)), None)
            glued = fixed[-1] if fixed and text[fixed[-1].end : p.start].strip() == "" else None
            if glued is not None and glued.kind == "relative" and glued.period is None:
                prev = None  # 去年全年 in a body with no date: that year, unknown, not the year named before
            year = prev.period[:4] if prev and prev.period and prev.period[:4].isdigit() else None
            # only the dateline before it (date 2023-03-22 …)
            dateline = prev is not None and published is not None and prev.start <= HEAD_CHARS and \
                prev.period == f"{published.year}-{published.month:02d}"
            fy = next((q for q in reversed(context) if q.period and q.period.startswith("FY")), None) if dateline else None
            if prev and prev.period and prev.period.startswith("FY"):
                year = prev.period[:6]
            elif fy is not None:
                # 阿里上季(FY2025Q4)……2025-05-15 dateline……全年度計: the fiscal year of the quarter reported, not
                # the year of the dateline
                year = str(fy.period)[:6]
            elif dateline and published is not None and published.month <= RESULTS_SEASON_END:
                # (date 2023-03-22 … posted 6.3% higher full-year earnings): in the season of annual results, the
                # year just ended
                year = str(published.year - 1)
            elif prev is None and p.kind == "full_year" and published is not None and published.month > RESULTS_SEASON_END:
                # (20/08/2024 … 中電信:維持全年資本開支預算960億: no period named before it) the year the page is dated in,
                # past the season of annual results, when the full year can only be the running one
                year = str(published.year)
            if p.kind == "next_fy" and (own := next((q for q in fixed[:64] if q.period and QUARTER_LABEL.fullmatch(q.period)),
                                                    None)) is not None:
                # the year after the report's own: the fiscal year of the first quarter the page names (Q3 FY25 … the
                # next fiscal year: FY2026), not of the last period named before (FY 2027 growth expected …)
                # (among the page's first 64 periods: a page of endless "next fiscal year" stays linear)
                year = str(own.period)[:6] if str(own.period).startswith("FY") else str(own.period)[:4]
            if p.kind in ("this_fy", "next_fy") and year is not None and year.isdigit() and fiscal_end_month and \
                    fiscal_end_month != 12:
                year = f"FY{year}"  # (Oracle's Q2 2025 results … $25 billion this fiscal year: its fiscal year 2025)
            if p.kind == "next_fy" and year is not None:
                year = f"FY{int(year[2:6]) + 1}" if year.startswith("FY") else str(int(year[:4]) + 1)
            # (this fiscal year reads like this year: a relative word the figure right before it takes)
            p = PeriodMention(p.start, p.end, year, "year" if p.kind == "full_year" else "relative")
        if p.kind == "the_quarter":
            # the quarter the report has named: the nearest quarter before it, else its head's; not one
            # a forecast looks to (… is expected to increase in Q4. Total revenue for the quarter was)
            # (nor one a comparison looks back to: … slightly below the fiscal first quarter's 40%. Capital
            # expenditures for the quarter rose)
            q = _nearest_before(fixed, p.start, BARE_CONTEXT, ("quarter", "fiscal"),
                                lambda f: not _forecast_quarter(text, f) and not compared_before(text, f.start, f.end) and
                                # (compared with $2.9 billion, or $0.28 per diluted share, in Q3 2022. … beat expectations
                                # for the quarter: the year-ago base is not the quarter reported)
                                _YEAR_AGO_BASE.search(text, max(0, f.start - 90), f.start) is None)
            if q is None or not q.period or "Q" not in q.period:
                q = next((h for h in fixed if h.start <= HEAD_CHARS and h.period and "Q" in h.period), None)
            if q is None or not q.period or "Q" not in q.period:
                continue
            p = PeriodMention(p.start, p.end, q.period, q.kind)
        fixed.append(p)
        if p.kind == "month" and p.period and MONTH_LABEL.fullmatch(p.period):
            month_named[p.period[5:]] = p.period
        if not compared_before(text, p.start, p.end, starting_points=True) and not since_after(text, p.end) and \
                text[p.end : p.end + 2] != "同期":  # (去年同期为28亿元: the base of a year-on-year comparison)
            context.append(p)  # 较2024年同期, 2019年以来: a base's or a start's year is not the context of what follows
        elif context and context[-1].end == p.start and since_after(text, p.end):
            context.pop()  # 2019年第1季以来: the year of a starting quarter starts the span too
    _as_of_quarter_ends(text, fixed, fiscal_end_month)
    return _without_glosses(text, fixed)


#: between a half and the quarters of it in brackets right after it (2025年上半年(Q1、Q2)): the bracket's opening and
#: the quarters listed before
_GLOSS_OPEN = re.compile(r"\s?[(（][^()（）]{0,16}")
_QUARTER_OF = re.compile(r"((?:19|20)\d{2})Q([1-4])")
_HALF_OF = re.compile(r"((?:19|20)\d{2})H([12])")


def _without_glosses(text: str, periods: list[PeriodMention]) -> list[PeriodMention]:
    """``periods`` without the quarters a bracket right after a half lists as its parts (2025年上半年(Q1、Q2)云计算业务……:
    the half is the figure's period, its quarters only gloss it). One pass, in order."""
    out: list[PeriodMention] = []
    half: PeriodMention | None = None
    for p in periods:
        q = _QUARTER_OF.fullmatch(str(p.period or ""))
        h = _HALF_OF.fullmatch(str(half.period)) if half is not None else None
        if q is not None and half is not None and h is not None and q.group(1) == h.group(1) and \
                (int(q.group(2)) + 1) // 2 == int(h.group(2)) and _GLOSS_OPEN.fullmatch(text, half.end, p.start):
            continue
        out.append(p)
        half = p if _HALF_OF.fullmatch(str(p.period or "")) else None
    return out


#: a sentence end between two places of a text
_SENTENCE_END = re.compile(r"[。！？!?；;]|\.(?:\s|$)")
#: a year's full results named in a page's head (2025 年第四季度及全年业绩, 2025年度业绩, 2024年年报, full-year 2025 results)
_RESULTS_YEAR = re.compile(r"((?:19|20)\d{2}) ?年?(?:度)?(?:第?四季度?及|四季度及|第四季和)?(?:全年度?|年度)(?:业绩|财报|报告)|"
                           r"((?:19|20)\d{2}) ?年(?:年报|年度报告)|"
                           r"(?:full[- ]year|fiscal|annual) ((?:19|20)\d{2}) (?:results|earnings)|"
                           r"((?:19|20)\d{2}) (?:full[- ]year|annual) (?:results|earnings)", re.I)


def _results_year(text: str) -> str | None:
    """The year whose full results the page's head (its first HEAD_CHARS characters) announces, else None."""
    m = _RESULTS_YEAR.search(text, 0, min(len(text), HEAD_CHARS))
    return next((g for g in m.groups() if g), None) if m is not None else None


#: a whole year named in full (2025全年營收, 2025年全年, 2025年度)
_FULL_YEAR_NAMED = re.compile(r"(?<!\d)((?:19|20)\d{2})年?(?:全年度?|年度)")
#: how far a sentence is searched, each way, for the year it names in full
_SENTENCE_REACH = 160
#: how many of a page's undated relative words are asked which year their sentence names in full, to pin the
#: how far after the publication "the quarter ending <day>" may end to be the running or next quarter
_ENDING_AHEAD_DAYS = 125
#: a year named as the horizon a forecast runs to (by 2027, through 2030, 到2027年): no year of the page
_HORIZON = re.compile(r"(?:by|through|until|to) |到|至", re.I)
#: page's this-year (pinned_this_year in find_periods: bounded, so that a page of endless 去年 stays linear)
PINNED_REACH = 64


def _relative_offset(p: PeriodMention) -> int:
    """The years from the page's this-year a pending relative word names (its period ``R-1`` or ``R-1M12``, as
    _resolve writes 去年 and 去年12月 in an undated body: -1)."""
    return int(str(p.period)[1:].partition("M")[0])


def _year_of_sentence(text: str, start: int, end: int) -> str | None:
    """The one year the sentence around ``start:end`` names in full (2025全年), else None."""
    lo = max(0, start - _SENTENCE_REACH)
    cut = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    lo = cut[-1] if cut else lo
    stop = _SENTENCE_END.search(text, end, min(len(text), end + _SENTENCE_REACH))
    hi = stop.start() if stop else min(len(text), end + _SENTENCE_REACH)
    years = {m.group(1) for m in _FULL_YEAR_NAMED.finditer(text, lo, hi)}
    return years.pop() if len(years) == 1 else None
#: right after a half: the fiscal year it is of (the second half of the fiscal year): the company's own half
_OF_THE_FISCAL_YEAR = re.compile(r" of (?:the |its |this |our )?(?:current )?fiscal(?: year)?\b", re.I)
#: between a bare quarter or half and the year it is of (fourth quarter of last year, Q2 of 2025)
_OF_YEAR_GAP = re.compile(r"s? of (?:the )?")
#: between a bare quarter and the fiscal year it is of, a noun or two between (Q4 revenue for fiscal year 2025)
_FOR_FISCAL_GAP = re.compile(r"(?: (?:revenues?|sales|results|earnings|capex))? (?:for|of|in) (?:the |its )?", re.I)
#: a fiscal year's label (FY2025)
FY_LABEL = re.compile(r"FY(?:19|20)\d{2}")


#: a period after these is a base or a starting point (较2024年同期, 自2024年四季度以来, since 2023), not the
#: time the following sentences are about
#: words that make the period after them the base of a comparison (较2024年同期, 从2024年的, compared
#: with 2023) ...
_COMPARED = re.compile(r"(?:较于?|比起?|相比|相较于?|对比|从|由|(?:compared (?:with|to)|from|versus|vs\.?|over(?= the same)) "
                       r"(?:the (?:same )?(?:period|quarter|time|months?) (?:of |in )?)?|"
                       # (compared to the third quarter of 2024: "the" before the quarter's name; not "from the second half",
                       # a starting point that may be the statement's own)
                       r"(?:compared (?:with|to)|versus|vs\.?) the |"
                       # (slightly below the segment's performance in the fiscal first quarter of 40%; not more than
                       # $30 billion in the current quarter, a bound)
                       r"\b(?:below|above|than) [^,;.\d$€£¥]{0,28}?\bin (?:the )?(?:fiscal )?)$", re.I)
#: ... or a starting point (自2024年四季度以来, since 2023)
_STARTING = re.compile(r"(?:自|since (?:the )?(?:(?:end|start|beginning) of (?:the )?)?)$", re.I)


#: after a period: the span that starts there runs to now (2019年以来, 2024年至今)
_SINCE_AFTER = re.compile(r"年?(?:以来|至今|迄今)")


def since_after(text: str, end: int) -> bool:
    """True when the period ending at ``end`` starts a span that runs to now (2019年以来): it is
    not the time a statement is about."""
    return _SINCE_AFTER.match(text, end) is not None


#: after a period: 从/由 … 来看 frames a point of view (从2025年前三季财报来看: judging by), not a base
_VIEWPOINT_AFTER = re.compile(r"[^,;:。]{0,12}?(?:来看|看来|观察|而言)")


def compared_before(text: str, start: int, end: int | None = None, *, starting_points: bool = False) -> bool:
    """True when the period at ``start:end`` follows a comparison word (or, with
    ``starting_points``, a word that makes it a starting point): it is not the time a statement is about.
    From a period to a viewpoint word (从2025年前三季财报来看) is no comparison."""
    before = text[max(0, start - 64) : start]
    # (both end with $: searched only where the window ends with a character a match can end with, a blank or 较…)
    m = _COMPARED.search(before) if may_end_window(_COMPARED_LAST, before) else None
    if m is not None and end is not None and m.group().strip() in ("从", "由") and \
            _VIEWPOINT_AFTER.match(text, end) is not None:
        m = None
    return bool(m or (starting_points and may_end_window(_STARTING_LAST, before) and _STARTING.search(before)))


_COMPARED_LAST = final_chars(_COMPARED)
_STARTING_LAST = final_chars(_STARTING)


#: before a period: a comparison's base with its amount (compared with $127.4 billion in first quarter 2023)
_YEAR_AGO_BASE = re.compile(r"(?:compared (?:with|to)|versus|vs\.?|up from|down from)\s(?:(?:[^;]|\.\d){0,70}?\s(?:in|for|during)\s)?"
                            r"(?:the\s)?$", re.I)
#: a bare quarter takes its year from an explicit period at most this many characters before it
BARE_CONTEXT = 1500
#: ... or this many when the publication date is known (news: "Q3" is the latest third quarter)
BARE_NEAR = 60
#: how far before "the following year" the year it follows may end (the same sentence, a clause or two)
FOLLOWING_YEAR_REACH = 160
#: ... else from the document's head (title, dateline): its first this many characters
HEAD_CHARS = 400
#: the last month of the season in which companies report the year just ended (annual results come
#: out from January to April: a "full year" dated then by its dateline alone is the year before)
RESULTS_SEASON_END = 4


#: a verb in the past tense (reached, was, rose, totaled …): a clause telling of what happened
_PAST_VERB = re.compile(r"\b(?:was|were|reached|rose|grew|fell|totall?ed|came in|increased|decreased|declined|jumped|"
                        r"climbed|surged|amounted|generated|reported|posted|recorded|delivered|spent|invested)\b", re.I)


#: the end of a clause of English prose: a stop before a blank (not the point of 16.7), a line break
_CLAUSE_BREAK = re.compile(r"[.;!?](?=\s)|\n")


def _told_in_past(text: str, p: PeriodMention) -> bool:
    """An English "this quarter" in a clause told in the past tense, with no forecast word in it
    (a Chinese 本季 is never: its tense is not written)."""
    if not text[p.start : p.start + 1].isascii():
        return False
    lo = max(0, p.start - 80)
    before = [b.end() for b in _CLAUSE_BREAK.finditer(text, lo, p.start)]
    after = _CLAUSE_BREAK.search(text, p.end, min(len(text), p.end + 80))
    clause = text[before[-1] if before else lo : after.start() if after else min(len(text), p.end + 80)]
    return _PAST_VERB.search(clause) is not None and _FORECAST_NEAR.search(clause) is None


def _nearest_before(before: list[PeriodMention], pos: int, reach: int, kinds: tuple[str, ...],
                    ok: Callable[[PeriodMention], bool] | None = None) -> PeriodMention | None:
    """The last period of ``kinds`` (and ``ok``) ending within ``reach`` characters before ``pos``
    (the walk back stops at ``reach``, so resolving every bare quarter of a document stays linear)."""
    for q in reversed(before):
        if pos - q.end > reach:
            return None
        if q.period and q.kind in kinds and (ok is None or ok(q)):
            return q
    return None


#: a part of a year opening with its year (2024年前三季度, 2025年1-9月, 2025年上半年); also extract.py's
PART_YEAR = re.compile(r"((?:19|20)\d{2})\s?年")


#: the month a bare part of a year ends in
_PART_END_MONTH = {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12}


#: how many months after a calendar period ends its report comes out, about: a month after a first, second or third
#: quarter, two after a fourth quarter or a first half (interim reports), three after a year or its second half (annual
#: reports) — listed companies report within about a month of a quarter and two of a half or a year
_REPORT_LAG_MONTHS = {"Q1": 1, "Q2": 1, "Q3": 1, "Q4": 2, "H1": 2, "H2": 3, "": 3}


def release_date(period: str) -> date | None:
    """When a report on the calendar ``period`` comes out, about: the first day of the month _REPORT_LAG_MONTHS after
    it ends (2025Q3 -> 2025-10-01, 2025Q4 -> 2026-02-01, 2025H1 -> 2025-08-01, 2025 -> 2026-03-01). None for a fiscal
    period or a span (its calendar is the company's)."""
    m = re.fullmatch(r"(\d{4})((?:Q[1-4]|H[12])?)", period)
    if m is None:
        return None
    months = _PART_END_MONTH.get(m.group(2), 12) + _REPORT_LAG_MONTHS[m.group(2)]
    return date(int(m.group(1)) + (months - 1) // 12, (months - 1) % 12 + 1, 1)


#: a year written in digits inside a period's words (2025年第四季度, Q3 2025)
YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")


#: right after a year, the figure it is the horizon of (2026 capex guidance, 2026 revenue outlook)
_HORIZON_YEAR_OPENS_METRIC = re.compile(r" (?:(?:data ?cent(?:er|re)s?|AI|cloud|full[- ]year) ){0,2}(?:capex|capital expenditures?|"
                                        r"revenue|spending|guidance|outlook|sales|budget)\b", re.I)


def not_ended(period: str, published: date | None) -> bool:
    """A calendar quarter or half (2026Q1, 2026H1) that had not ended by the publication date."""
    if published is None or (_QUARTER_OF.fullmatch(period) is None and _HALF_OF.fullmatch(period) is None):
        return False
    end = _month_end(int(period[:4]), _PART_END_MONTH[period[4:]])
    return end is not None and end > published


def _horizon_elsewhere(text: str, ctx: PeriodMention, p: PeriodMention) -> bool:
    """``ctx`` is a year named as the horizon a forecast runs to (by 2027, 到2027年) in a sentence before ``p``'s: no year
    of the quarter or half ``p`` names."""
    return ctx.kind == "year" and (_HORIZON.match(text, ctx.start) is not None or (
        text[max(0, ctx.start - 1) : ctx.start] in ("到", "至") and text[max(0, ctx.start - 2) : ctx.start - 1] != "直")) and \
        _SENTENCE_END.search(text, ctx.end, p.start) is not None  # (直到2022年初才成為: a time past, "not until")


def _resolve_bare(p: PeriodMention, before: list[PeriodMention], published: date | None,
                  fiscal_end_month: int | None, first_year: PeriodMention | None = None, text: str = "") -> PeriodMention:
    """``Q4``/``三季报``/``上半年`` -> a full period: the year of the nearest explicit period before it
    (within BARE_CONTEXT characters), else the latest such quarter/half that ended by publication."""
    assert p.period is not None
    fiscal = bool(fiscal_end_month and fiscal_end_month != 12)
    kinds = ("year", "fiscal", "quarter", "half", "month", "dateline", "period_end", "relative")
    ctx = _nearest_before(before, p.start, BARE_NEAR, kinds)
    part_of_year = next((q for q in reversed(before[-4:]) if q.kind == "partial" and p.start - q.end <= _SENTENCE_REACH), None)
    if part_of_year is not None and (ctx is None or ctx.end <= part_of_year.start) and \
            (named_year := PART_YEAR.match(text, part_of_year.start)) is not None and \
            not _SENTENCE_END.search(text, part_of_year.end, p.start):
        # 2024年前三季度实现营业收入61.37亿元……Q3实现营业收入23.74亿元: the year of the months-to-date named before it in
        # its sentence (a span the contract has no period for) is the bare quarter's
        ctx = PeriodMention(part_of_year.start, part_of_year.end, named_year.group(1), "year")
    if ctx is not None and ctx.kind == "relative" and published is not None and ctx.period != str(published.year) \
            and ctx.end < p.start - 1:
        # (需求一路旺到明年。……鸿海第2季营收: a year ahead or behind named in passing is no context; 去年第四季,
        # glued to the quarter, is)
        ctx = None
    if ctx is not None and published is not None and ctx.period and ctx.period[:4].isdigit() and \
            int(ctx.period[:4]) > published.year and _SENTENCE_END.search(text, ctx.end, p.start):
        ctx = None  # (公司预期2026年AI市场需求将持续畅旺。鸿海第2季表现亮眼: a later year in another sentence)
    if ctx is not None and _horizon_elsewhere(text, ctx, p):
        # (an AI revenue opportunity of $60 billion to $90 billion by 2027. ¶ Broadcom also reported first-quarter revenue:
        # the horizon a forecast runs to, in another sentence, dates no quarter reported)
        ctx = None
    if ctx is not None and ctx.kind == "relative" and published is not None and not fiscal and \
            ctx.period == str(published.year) and _SENTENCE_END.search(text, ctx.end, p.start) and \
            (end := _PART_END_MONTH.get(str(p.period))) is not None and end > published.month:
        # (a page of 2026-02: ……预计今年的总投资额。……AWS第四季销售成长24%: this year's fourth quarter has not
        # happened; the quarter is the last one that has)
        ctx = None
    if ctx is not None and ctx.kind == "year" and published is not None and not fiscal and ctx.period and \
            _HORIZON_YEAR_OPENS_METRIC.match(text, ctx.end) is not None and \
            not_ended(f"{ctx.period[:4]}{p.period}", published):
        # ($200 billion 2026 capex guidance after Q4 revenue of $213.4 billion, on 2026-02-06: the year opens another figure,
        # the guidance's; the bare quarter, not ended in that year, is the last one that has)
        ctx = None
    if ctx is None:
        # the release's own period, named in its head ("Nebius Group Q4 2025 Earnings Call")
        for q in before:
            if q.start > HEAD_CHARS:
                break
            if q.period and q.kind in ("quarter", "half", "fiscal") and not (
                    q.start >= title_end(text) and not YEAR_DIGITS.search(text, q.start, q.end)
                    and not_ended(q.period, published)):
                # (not a quarter with no year of its own, in the body, still to come: 亞馬遜預估今年第一季營業利益, in a page
                # of 2026-02, is a forecast, not the page's own quarter; its AWS第四季销售成长24% is 2025's. A title's
                # quarter, or one with its year, stands whatever the page's date says)
                ctx = q
                break
        if ctx is not None and ctx.period and (own := QUARTER_LABEL.fullmatch(ctx.period)) is not None and \
                re.fullmatch(r"Q[1-4]", p.period) and int(p.period[1]) < int(own.group(3)) and _guidance_sentence(text, p):
            # Dell FY2026 Q4 earnings call … For guidance, Q1 revenue is projected: guidance looks past the
            # quarter reported, to the next year's Q1
            ctx = PeriodMention(ctx.start, ctx.end, f"{own.group(1) or ''}{int(own.group(2)) + 1}", ctx.kind)
    if ctx is None and published is None:
        # no date: the year stated nearest before, else the first year the document names — a bare year only where it stands
        # no further on than FIRST_YEAR_AHEAD (not 2017年,富士康母公司鸿海…, a backgrounder far down a dateless page on
        # 三季度营收; but a quarter named in full anywhere, First quarter 2024, dates the page's bare ones)
        ctx = _nearest_before(before, p.start, BARE_CONTEXT, kinds) or (
            first_year if first_year is not None and (first_year.kind != "year" or first_year.start - p.start <= FIRST_YEAR_AHEAD)
            else None)
        if ctx is not None and _horizon_elsewhere(text, ctx, p):
            ctx = None
    part = p.period
    if part in ("Q0", "Q-1"):
        if published is None:
            # no date: the report's quarter is the one that just ended (LABELLING.md P3): the current
            # quarter is the one after it, the last quarter that one
            named = _nearest_before(before, p.start, BARE_CONTEXT, ("quarter", "fiscal"))
            if named is not None and named.period and QUARTER_LABEL.fullmatch(named.period):
                # (a past verb beside an English "this quarter": the quarter reported, see below)
                ahead = part == "Q0" and not _told_in_past(text, p)
                return PeriodMention(p.start, p.end, next_quarter(named.period) if ahead else named.period,
                                     named.kind)
            return PeriodMention(p.start, p.end, None, "bare")
        # this quarter: the one running at publication; last quarter: the one before it. A past verb
        # beside an English "this quarter" (Capital expenditures reached $16.7 billion this quarter) tells
        # of the quarter reported, which ended before publication
        past = part == "Q0" and _told_in_past(text, p)
        shift = 10 if part == "Q0" and not past else 10 - 91
        fy, qn = fiscal_quarter(date.fromordinal(published.toordinal() + shift), fiscal_end_month)
        return PeriodMention(p.start, p.end, f"FY{fy}Q{qn}" if fiscal else f"{fy}Q{qn}", "fiscal" if fiscal else "quarter")
    if ctx is not None and ctx.period:
        if ctx.period.startswith("FY"):
            year = ctx.period[2:6]
            return PeriodMention(p.start, p.end, f"FY{year}{part}", "fiscal")
        year = ctx.period[:4]
        if fiscal and part.startswith("Q") and ctx.kind != "year" and \
                _FISCAL_WORD_BEFORE.search(text, max(0, p.start - 8), p.start) is not None and QUARTER_LABEL.fullmatch(ctx.period):
            # Microsoft shows positive Q1 2024 results … guidance for fiscal Q2: the writer counts the company's fiscal
            # quarters, the one named before in the same year's count
            return PeriodMention(p.start, p.end, f"FY{year}{part}", "fiscal")
        if fiscal and part.startswith("Q") and ctx.kind != "year":
            return PeriodMention(p.start, p.end, None, "bare")
        if fiscal and part.startswith("Q") and published is not None and fiscal_end_month is not None and \
                ctx.end >= p.start - 2 and _FISCAL_WORD_BEFORE.search(text, max(0, p.start - 8), p.start) is None and \
                not fiscal_reading_nearer(f"{year}{part}", fiscal_end_month, published, None):
            # 英偉達2023年第四季營收 on 2024-02-22: a calendar year's quarter as written (LABELLING.md P2), the calendar one
            # ending nearer the time of writing than the fiscal FY2023Q4 (a year before); emit puts it in the company's
            # calendar where the two map exactly (Microsoft's 2024年第四季 is FY2025Q2)
            return PeriodMention(p.start, p.end, f"{year}{part}", "quarter")
        if fiscal and part.startswith("H") and fiscal_end_month is not None and \
                _FISCAL_WORD_BEFORE.search(text, max(0, p.start - 8), p.start) is None and \
                _OF_THE_FISCAL_YEAR.match(text, p.end) is None:
            # a half in a calendar context (the first half of 2024 … Alibaba's capex in the first half): the calendar
            # half, put in the company's calendar only where a fiscal half is the same six months (LABELLING.md P2: a
            # June year's second half is January to June; a March year's halves straddle the calendar's)
            if fiscal_end_month == 6 and year.isdigit():
                return PeriodMention(p.start, p.end, f"FY{year}H2" if part == "H1" else f"FY{int(year) + 1}H1", "fiscal")
            return PeriodMention(p.start, p.end, f"{year}{part}", "half")
        kind = "quarter" if part.startswith("Q") else "half"
        return PeriodMention(p.start, p.end, f"FY{year}{part}" if fiscal else f"{year}{part}", "fiscal" if fiscal else kind)
    if published is None:
        return PeriodMention(p.start, p.end, None, "bare")
    # the latest such period that had begun by the publication date: the running one or the last
    # that ended (a release of 2025-11-11 says 第四季營收將回落 of 2025Q4 and 第三季營收 of 2025Q3)
    n = int(part[1])
    months = 3 if part.startswith("Q") else 6
    em = fiscal_end_month or 12
    for back in range(1 - months, 24):
        y, mth = divmod(published.year * 12 + published.month - 1 - back, 12)
        mth += 1
        idx = ((mth - em - 1) % 12) // months + 1  # which quarter/half of the fiscal year ends in mth
        if (mth - em) % months == 0 and idx == n:
            fy = y if mth <= em else y + 1
            label = f"Q{n}" if months == 3 else f"H{n}"
            if fiscal:
                return PeriodMention(p.start, p.end, f"FY{fy}{label}", "fiscal")
            return PeriodMention(p.start, p.end, f"{fy}{label}", "quarter" if months == 3 else "half")
    return PeriodMention(p.start, p.end, None, "bare")


def _fiscal_year(first: str, second: str | None) -> str:
    """The fiscal year ``FY…`` names: ``2025`` -> 2025; a split year ``2025/26`` (``2025/2026``) ->
    2026, the calendar year it ends in; a second part that is not the next year is ignored."""
    year = int(_y(first))
    if second is not None and int(second) % 100 == (year + 1) % 100:
        return str(year + 1)
    return str(year)


#: right before a date a figure stands at (截至 2025 年 12 月 31 日), and the day after its month
_AS_OF_BEFORE = re.compile(r"(?:截至|截止)\s?$")
_DAY_AFTER = re.compile(r"\s?\d{1,2}\s?日")
#: how far after a quarter named in full its end date may stand to be that quarter's end
_QUARTER_END_REACH = 160


def _as_of_quarter_ends(text: str, out: list[PeriodMention], fiscal_end_month: int | None) -> None:
    """In place: a date a figure stands at (截至 2025 年 12 月 31 日) that is the last month of the quarter named in full right
    before it (联想披露了2025/2026财年第三季度的财报。财报显示,截至2025年12月31日,集团营收达222亿美元; 2026 會計年度 Q2 財報 (截至
    2025 年 12 月 31 日止)) is that quarter's end, no month of its own: the quarter's figures keep the quarter (as "the
    second quarter ended July 2025" does). One pass over the mentions."""
    for i in range(1, len(out)):
        p, q = out[i], out[i - 1]
        if p.kind != "month" or not p.period or q.kind not in ("fiscal", "quarter") or not q.period or \
                p.start - q.end > _QUARTER_END_REACH or _AS_OF_BEFORE.search(text, max(0, p.start - 4), p.start) is None or \
                (text[p.end - 1 : p.end] != "日" and _DAY_AFTER.match(text, p.end) is None):
            continue
        ended = _month_end(int(p.period[:4]), int(p.period[5:7]))
        if ended is None:
            continue
        # (the quarter ending that day, in the calendar year and in the company's fiscal calendar, read by fiscal_quarter)
        ends: set[str] = set()
        if is_quarter_end(ended, None):
            fy, qn = fiscal_quarter(ended, None)
            ends.add(f"{fy}Q{qn}")
        if fiscal_end_month and is_quarter_end(ended, fiscal_end_month):
            fy, qn = fiscal_quarter(ended, fiscal_end_month)
            ends.add(f"FY{fy}Q{qn}")
        if q.period in ends:
            out[i] = PeriodMention(p.start, p.end, p.period, "period_end")


def _month_end(year: int, month: int) -> date | None:
    """The last day of a month (截至…9月底), None for a month that is none."""
    return _mk(year, month, calendar.monthrange(year, month)[1]) if 1 <= month <= 12 else None


def _year_ending(s: int, e: int, year: int, month: int) -> PeriodMention:
    """The year ending in ``month`` of ``year``: the calendar year for December, else that fiscal year, whichever
    company's (the writer names its end, LABELLING.md P2)."""
    return PeriodMention(s, e, str(year), "year") if month == 12 else PeriodMention(s, e, f"FY{year}", "fiscal")


#: a forecast of a month's revenue, before the month in its clause (法人预估台积电11、12月营收) or right after its revenue word
#: (11、12月营收料皆逾3千亿; 12月营收将, 11、12月营收还将逐月成长, 预计11月营收可望): the month is the next one of that name,
#: not the last
_MONTH_FORECAST_BEFORE = re.compile(r"(?:预估|预计|预期|估计|预测|展望|料|将|可望|有望)[^。，,;；:：]{0,12}$")
_MONTH_FORECAST_AFTER = re.compile(r"份?(?:单月)?(?:合并)?(?:营收|营业收入|营业额)\s?(?:预估|预计|预期|估|料|[还也仍]?将|可望|有望|展望)")


def _next_month(published: date, mo: int) -> str:
    """The next month ``mo`` (1-12) from ``published``, as YYYY-MM: this year's if it has not ended, else next year's."""
    year = published.year if mo >= published.month else published.year + 1
    return f"{year}-{mo:02d}"


#: "fiscal" right before a bare quarter (guidance for fiscal Q2)
_FISCAL_WORD_BEFORE = re.compile(r"\bfiscal\s$", re.I)
#: how far after a dateless page's bare quarter the first year it names may stand to date it
FIRST_YEAR_AHEAD = 400


def _latest_month(published: date, mo: int) -> str:
    """The latest month ``mo`` (1-12) by ``published``, as YYYY-MM: this year's if it has begun, else last year's."""
    year = published.year if mo <= published.month else published.year - 1
    return f"{year}-{mo:02d}"


def _resolve(m: re.Match[str], kind: str, published: date | None, fiscal_end_month: int | None = None) -> PeriodMention | None:
    s, e = m.start(), m.end()
    g = m.groups()
    if kind == "q_months_zh":
        first, last = int(g[2]), int(g[3])
        offset = _RELATIVE_YEAR.get(g[1] or "", 0)
        q_year = int(g[0]) if g[0] else (published.year + offset if published is not None else None)
        if q_year is not None and first < last and (last - first != 2 or last % 3 != 0):
            # the months of a half or a year (2024年1-6月营业收入: 2024H1; 1-12月: the year), on the calendar; other runs
            # of months (2025年1-9月: nine months, 1-10月) have no period of the contract (LABELLING.md P7), and no
            # month of their own
            whole = {(1, 6): "H1", (7, 12): "H2", (1, 12): ""}.get((first, last))
            if whole is not None and fiscal_end_month in (None, 12):
                return PeriodMention(s, e, f"{q_year}{whole}", "half" if whole else "year")
            return PeriodMention(s, e, None, "partial")
        if q_year is None or last - first != 2 or last % 3 != 0:
            return None  # (not the three months of a calendar quarter: the months themselves, read below)
        ended = _month_end(q_year, last)
        assert ended is not None
        fy, q = fiscal_quarter(ended, fiscal_end_month)
        if fiscal_end_month and fiscal_end_month != 12:
            return PeriodMention(s, e, f"FY{fy}Q{q}", "fiscal")
        return PeriodMention(s, e, f"{fy}Q{q}", "quarter")
    if kind == "q_months_en":
        first, last = _MONTHS[g[0][:3].lower()], _MONTHS[g[1][:3].lower()]
        if last - first != 2:
            return None
        if g[2]:
            ended = _month_end(int(g[2]), last)
        elif published is not None:
            ended = _month_end(published.year, last)
            if ended is not None and ended > published:
                ended = _month_end(published.year - 1, last)
        else:
            return None
        if ended is None:
            return None
        fy, q = fiscal_quarter(ended, fiscal_end_month)
        if fiscal_end_month and fiscal_end_month != 12:
            return PeriodMention(s, e, f"FY{fy}Q{q}", "fiscal")
        return PeriodMention(s, e, f"{fy}Q{q}", "quarter")
    if kind == "y_ended_month":
        return _year_ending(s, e, int(g[-1]), _MONTHS[g[-2][:3].lower()])
    if kind == "y_ending_month_rel":
        if published is None:
            return PeriodMention(s, e, None, "relative")
        end_month = _MONTHS[g[-1][:3].lower()]
        return _year_ending(s, e, published.year if end_month >= published.month else published.year + 1, end_month)
    if kind == "y_ended_zh":
        offset = _RELATIVE_YEAR.get(g[1] or "", 0)
        if not g[0] and not g[1] and published is not None:
            offset = 0 if int(g[2]) >= published.month else 1  # (no year: the next such month's)
        year = int(g[0]) if g[0] else (published.year + offset if published is not None else None)
        if year is None:
            return PeriodMention(s, e, None, "relative")
        return _year_ending(s, e, year, int(g[2]))
    if kind == "q_ended_md_en" and published is None:
        return None
    if kind in ("q_ended_zh_rel", "q_ended_md_zh") and published is None:
        return PeriodMention(s, e, None, "relative")
    if kind in ("q_ended", "y_ended", "q_ended_zh", "q_ended_zh_rel", "q_ended_md_zh", "q_ended_md_en", "q_ended_month_en"):
        if kind in ("q_ended_md_zh", "q_ended_md_en"):
            assert published is not None
            if kind == "q_ended_md_zh" and g[0] is None:
                g = g[3:]  # (the second form: 截至6月30日止 before 本季)
            mo = int(g[0]) if kind == "q_ended_md_zh" else _MONTHS[g[0][:3].lower()]
            this_year = _mk(published.year, mo, int(g[1]))
            ended = this_year if this_year is None or this_year <= published else _mk(published.year - 1, mo, int(g[1]))
            if kind == "q_ended_md_en" and "ending" in m.group(0).lower() and ended is not None:
                # (sales will be US$7.4 billion to US$7.8 billion in the quarter ending July 31: a quarter still running or
                # next, the first such day on or after the publication within a quarter and a month)
                ahead = ended if ended >= published else (_mk(ended.year + 1, mo, int(g[1])) or ended)
                if (ahead - published).days <= _ENDING_AHEAD_DAYS:
                    ended = ahead
        elif kind == "q_ended_zh_rel":
            assert published is not None
            ended = _month_end(published.year + _RELATIVE_YEAR[g[0]], int(g[1]))
        elif kind == "q_ended_zh" and g[0] is None:
            ended = _month_end(int(g[4]), int(g[5]))
        elif kind == "q_ended_zh":
            ended = _mk(int(g[0]), int(g[1]), int(g[2]))
        elif kind == "q_ended_month_en":
            ended = _month_end(int(g[-1]), _MONTHS[g[-2][:3].lower()])
        else:
            ended = _mk(int(g[-1]), _MONTHS[g[-3][:3].lower()], int(g[-2]))
        if ended is None:
            return None
        if kind != "y_ended" and not is_quarter_end(ended, fiscal_end_month):
            return None  # (the quarter ending January 29, 2025 of a company whose quarters end in December: the date of the report)
        fy, q = fiscal_quarter(ended, fiscal_end_month)
        if kind == "y_ended":
            return PeriodMention(s, e, f"FY{fy}" if fiscal_end_month else str(fy), "fiscal" if fiscal_end_month else "year")
        if fiscal_end_month:
            return PeriodMention(s, e, f"FY{fy}Q{q}", "fiscal")
        return PeriodMention(s, e, f"{fy}Q{q}", "quarter")
    if kind == "fq_en":
        q = _EN_Q[re.split(r"[- ]", m.group(0), maxsplit=1)[0].lower()]
        return PeriodMention(s, e, f"FY{_fiscal_year(g[0], g[1])}Q{q}", "fiscal")
    if kind == "fq_en_pre":
        return PeriodMention(s, e, f"FY{_fiscal_year(g[1], g[2])}Q{_EN_Q[g[0].lower()]}", "fiscal")
    if kind == "fq_en_word":
        return PeriodMention(s, e, f"FY{_y(g[1])}Q{_EN_Q[g[0].lower()]}", "fiscal")
    if kind == "fyq_en_year_first":
        return PeriodMention(s, e, f"FY{_y(g[0])}Q{_EN_Q[g[1].lower()]}", "fiscal")
    if kind == "roc_year":
        year = 1911 + int(g[0])
        if not 2011 <= year <= 2040:
            return None
        return PeriodMention(s, e, str(year), "year")
    if kind in ("fy_span", "fy_span_en"):
        a, b = (_y(g[0]), _y(g[1])) if kind == "fy_span" else (_y(g[0]), _y(g[2]))
        if not (a + 2 <= b <= a + 10 or (kind == "fy_span_en" and g[1] and a < b <= a + 10)):
            return None
        return PeriodMention(s, e, None, "fiscal_span", years=f"{a}-{b}")
    if kind == "fyq":
        return PeriodMention(s, e, f"FY{_y(g[0])}Q{g[1]}", "fiscal")
    if kind == "qfy":
        return PeriodMention(s, e, f"FY{_y(g[1])}Q{g[0]}", "fiscal")
    if kind == "fyq_zh":
        return PeriodMention(s, e, f"FY{_fiscal_year(g[0], g[1])}Q{_CN_Q[g[2]]}", "fiscal")
    if kind in ("fy", "fy_zh"):
        return PeriodMention(s, e, f"FY{_fiscal_year(g[0], g[1])}", "fiscal")
    if kind in ("years_to", "years_to_en"):
        n_txt, end_txt = (g[1], g[0]) if kind == "years_to" else (g[0].lower(), g[1])
        n = int(n_txt) if n_txt.isdigit() else _SMALL_NUMBERS.get(n_txt)
        if n is None or not 1 < n <= 15:
            return None
        return PeriodMention(s, e, f"{int(end_txt) - n}-{end_txt}", "span")
    if kind == "years_from":
        n = int(g[1]) if g[1].isdigit() else _SMALL_NUMBERS.get(g[1])
        if n is None or not 1 < n <= 15:
            return None
        return PeriodMention(s, e, f"{g[0]}-{int(g[0]) + n}", "span")
    if kind == "calendar_gloss":
        return PeriodMention(s, e, None, "calendar_gloss")
    if kind == "year_apos":
        return PeriodMention(s, e, str(2000 + int(g[0])), "year")
    if kind == "year_list_apos":
        return _year_list(s, e, [2000 + int(y) for y in (g[0], *re.findall(r"\d{2}", g[1]))])
    if kind == "year_list":
        first = int(g[0])
        rest = [int(y) if len(y) == 4 else first // 100 * 100 + int(y) for y in re.findall(r"\d{2,4}", g[1])]
        if len(rest) == 1 and len(re.findall(r"\d{4}", g[1])) != 1 and not m.group(0).endswith("年"):
            return None  # (2025/26 alone, like 2025/26财年, is one split fiscal year)
        return _year_list(s, e, [first, *rest])
    if kind == "span2":
        a, b = 2000 + int(g[0]), 2000 + int(g[1])
        if not a < b <= a + 10:
            return None
        return PeriodMention(s, e, f"{a}-{b}", "span")
    if kind == "span_y2":
        a = int(g[0])
        b = a - a % 100 + int(g[1])
        if not a < b <= a + 15:
            return None
        return PeriodMention(s, e, f"{a}-{b}", "span")
    if kind == "span":
        a, b = int(g[0]), int(g[1])
        if not a < b <= a + 15:
            return None
        return PeriodMention(s, e, f"{a}-{b}", "span")
    if kind == "day_span":
        start = _mk(int(g[0]), int(g[1]), int(g[2]))
        end = _mk(int(g[3] or g[0]), int(g[4]), int(g[5]))
        if start is None or end is None or start.day != 1 or (end + timedelta(days=1)).day != 1:
            return None  # (not whole months: the dates themselves, read by the next pattern)
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if months == 3 and (end.month - (fiscal_end_month or 12)) % 3 == 0:
            fy, qn = fiscal_quarter(end, fiscal_end_month)
            fiscal = bool(fiscal_end_month and fiscal_end_month != 12)
            return PeriodMention(s, e, f"FY{fy}Q{qn}" if fiscal else f"{fy}Q{qn}", "fiscal" if fiscal else "quarter")
        return None
    if kind == "date":
        mo = int(g[1])
        if not 1 <= mo <= 12 or not 1 <= int(g[2]) <= 31:
            return None
        if DATELINE_BEFORE.search(m.string, max(0, s - 8), s):
            # ( date 2025-02-24 Alibaba's capex tripled … to $10 billion in 2024: the page's date, no figure's period)
            return PeriodMention(s, e, f"{g[0]}-{mo:02d}", "dateline")
        return PeriodMention(s, e, f"{g[0]}-{mo:02d}", "month")
    if kind == "partial":
        return PeriodMention(s, e, None, "partial")
    if kind == "half":
        h = "H1" if g[1] in ("上半年", "H1", "半年度", "中期", "中报") else "H2"
        return PeriodMention(s, e, f"{g[0]}{h}", "half")
    if kind == "q_span":
        year, first, last = _y(g[0] or g[1]), int(g[2]), int(g[3])
        whole = {(1, 2): "H1", (3, 4): "H2", (1, 4): ""}.get((first, last))
        if whole is None:
            return PeriodMention(s, e, None, "partial") if first < last else None
        return PeriodMention(s, e, f"{year}{whole}", "half" if whole else "year")
    if kind == "half_y2":
        return PeriodMention(s, e, f"{_y(g[0])}{g[1]}", "half")
    if kind == "half_en":
        return PeriodMention(s, e, f"{_y(g[1])}H{g[0]}", "half")
    if kind == "half_of":
        return PeriodMention(s, e, f"{g[1]}H{1 if g[0].lower() == 'first' else 2}", "half")
    if kind == "yq":
        year = _y(g[0] or g[1])
        return PeriodMention(s, e, f"{year}Q{_CN_Q[g[2]]}", "quarter")
    if kind == "qy":
        return PeriodMention(s, e, f"{_y(g[1])}Q{g[0]}", "quarter")
    if kind == "quarter_en":
        return PeriodMention(s, e, f"{g[1]}Q{_EN_Q[g[0].lower()]}", "quarter")
    if kind == "quarter_listed_en":
        qnum = _EN_Q[g[0].lower()]
        return PeriodMention(s, e, f"{g[1]}Q{qnum}", "quarter") if g[1] else PeriodMention(s, e, f"Q{qnum}", "bare")
    if kind == "month":
        mo = int(g[1])
        if not 1 <= mo <= 12:
            return None
        return PeriodMention(s, e, f"{g[0]}-{mo:02d}", "month")
    if kind == "month_day_en":
        mo = _MONTHS[g[0][:3].lower()]
        if published is None:
            # (On October 4-5, ICBC and China Unicom announced … in a page that names only its year: that year's)
            return PeriodMention(s, e, f"M{mo:02d}", "day_pending")
        return PeriodMention(s, e, _latest_month(published, mo), "day")  # an event's date: its month
    if kind == "day_en":
        if not 1 <= int(g[1]) <= 31:
            return None
        return PeriodMention(s, e, f"{g[2]}-{_MONTHS[g[0][:3].lower()]:02d}", "day")
    if kind == "month_en":
        if ENDED_BEFORE.search(m.string, max(0, s - 12), s):
            # (for the second quarter ended July 2025: the end of the period named before it, no period of its own)
            return PeriodMention(s, e, f"{g[1]}-{_MONTHS[g[0][:3].lower()]:02d}", "period_end")
        return PeriodMention(s, e, f"{g[1]}-{_MONTHS[g[0][:3].lower()]:02d}", "month")
    if kind == "year":
        return PeriodMention(s, e, g[0], "year")
    if kind == "year_cn":  # 二〇二九年 -> 2029
        digits = "".join(str("〇零一二三四五六七八九".index(c) - (1 if c != "〇" else 0)) for c in g[0])
        return PeriodMention(s, e, digits, "year") if 1900 <= int(digits) <= 2100 else None
    if kind == "year2":
        before = m.string[max(0, s - 3) : s]
        if re.search(r"(?:过去|未来|近|连续|持续|超过|约|~|-|第)$", before):
            return None
        return PeriodMention(s, e, str(_y(g[0])), "year")
    if kind == "now":
        return PeriodMention(s, e, str(published.year) if published else None, "relative")
    if kind == "month_revenue":
        mo = int(g[0]) if g[0].isdigit() else {"十一": 11, "十二": 12, "十": 10, "元": 1}.get(g[0]) or _CN_Q.get(g[0]) or \
            "一二三四五六七八九".index(g[0]) + 1
        if published is None:
            # (an undated body: the same month named with its year before it, if any; see find_periods)
            return PeriodMention(s, e, f"M{mo:02d}", "month_pending")
        if _MONTH_FORECAST_AFTER.match(m.string, e) or _MONTH_FORECAST_BEFORE.search(m.string, max(0, s - 16), s):
            # 法人预估台积电11、12月营收将稳居在3千亿元大关之上 on 2025-11-11: the coming December, not the last
            return PeriodMention(s, e, _next_month(published, mo), "month")
        return PeriodMention(s, e, _latest_month(published, mo), "month")
    if kind == "single_month_revenue":
        if published is None:
            return None
        month_before = date(published.year, published.month, 1) - timedelta(days=1)
        return PeriodMention(s, e, f"{month_before.year}-{month_before.month:02d}", "month")
    if kind == "rate_month_en":
        if published is None:
            return None
        mo = _MONTHS[g[0][:3].lower()]
        return PeriodMention(s, e, _latest_month(published, mo), "month")
    if kind == "listed_month":
        return PeriodMention(s, e, f"M{int(g[0]):02d}", "listed_month")
    if kind == "rel_month":
        offset = {"今年": 0, "去年": -1, "明年": 1, "前年": -2}[g[0]]
        if published is None:
            # (an undated body: the year its sentence's full year names, else none; see _year_of_sentence)
            return PeriodMention(s, e, f"R{offset}M{int(g[1]):02d}", "rel_pending")
        return PeriodMention(s, e, f"{published.year + offset}-{int(g[1]):02d}", "month")
    if kind.startswith("rel"):
        offset = int(kind[3:])
        if published is None and offset in (0, -1):
            return PeriodMention(s, e, f"R{offset}", "rel_pending")
        period = str(published.year + offset) if published else None
        return PeriodMention(s, e, period, "relative")
    if kind == "bare_q_month":
        month = next(x for x in g if x)
        mnum = 6 if month == "次" else _MONTHS.get(month[:3].lower()) or int(_CN_MONTH.get(month, month))
        if mnum % 3:
            # a quarter named by a month that ends none of the calendar's: a fiscal calendar's quarter ending in it, or a
            # few days into it (read back 10 days by fiscal_quarter), the last one begun by the page's date; no period
            # where no fiscal calendar is known
            if not fiscal_end_month or fiscal_end_month == 12:
                return PeriodMention(s, e, None, "bare")
            if published is None:
                return PeriodMention(s, e, f"Q{fiscal_quarter(date(2001, mnum, 2), fiscal_end_month)[1]}", "bare")
            ended = date(published.year, mnum, 2)
            if ended > published:
                ended = date(published.year - 1, mnum, 2)
            fy, q = fiscal_quarter(ended, fiscal_end_month)
            return PeriodMention(s, e, f"FY{fy}Q{q}", "fiscal")
        if published is not None and fiscal_end_month and fiscal_end_month != 12:
            # (微軟截至12月的季度, Alibaba's June quarter: the calendar quarter ending that month, the last one on or before
            # the page's date, read through the company's fiscal calendar: FY2025Q2, FY2026Q1 — not its fiscal fourth or
            # second quarter)
            ended = _month_end(published.year, mnum)
            if ended is not None and ended > published:
                ended = _month_end(published.year - 1, mnum)
            if ended is not None:
                fy, q = fiscal_quarter(ended, fiscal_end_month)
                return PeriodMention(s, e, f"FY{fy}Q{q}", "fiscal")
        return PeriodMention(s, e, f"Q{mnum // 3}", "bare")
    if kind == "first_months":
        months_run, year_of = str(g[0]).lower(), g[1]
        part = {"three": "Q1", "six": "H1"}.get(months_run)
        if part is None:
            return PeriodMention(s, e, None, "partial")  # (the first nine months: no period of the contract)
        if year_of:
            return PeriodMention(s, e, f"{year_of}{part}", "quarter" if part == "Q1" else "half")
        return PeriodMention(s, e, part, "bare")  # (of the year: its year from the context, as a bare quarter's)
    if kind == "bare_q":
        word = next(x for x in g if x)
        qnum = _EN_Q.get(word.lower()) or _CN_Q[word]
        return PeriodMention(s, e, f"Q{qnum}", "bare")
    if kind == "bare_h":
        word_h = m.group(0).lower()
        half_no = 1 if ("上" in word_h or "first" in word_h or word_h in ("1h", "h1", "中报", "半年报")) else 2
        return PeriodMention(s, e, f"H{half_no}", "bare")
    if kind in ("this_q", "this_q_cn"):
        return PeriodMention(s, e, "Q0", "bare" if kind == "this_q" else "named_q")
    if kind in ("last_q", "last_q_cn"):
        return PeriodMention(s, e, "Q-1", "bare" if kind == "last_q" else "named_q")
    if kind in ("full_year", "this_fy", "next_fy", "following_year"):
        return PeriodMention(s, e, None, kind)
    if kind == "the_q":
        return PeriodMention(s, e, None, "the_quarter")
    if kind == "future":
        return PeriodMention(s, e, None, "future")
    return None


_DATE_PATTERNS = [
    re.compile(r"(?<![0-9])((?:19|20)\d{2})\s?(?:[-/.]|年(?=\s?\d{1,2}\s?月))\s?(\d{1,2})\s?[-/.月]\s?(\d{1,2})(?![0-9])"),
    re.compile(r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}),? ((?:19|20)\d{2})"),
    re.compile(r"(?<![0-9])(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? ((?:19|20)\d{2})"),
    # 16/08/2024 (Hong Kong, Europe) or 08/16/2024 (US): read only where one part can only be the day
    re.compile(r"(?<![0-9/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![0-9/])"),
]
#: a relative year glossed with the year it is (去(2023)年, 今(2024)年: Taiwan's press): the year of writing
_YEAR_GLOSS = re.compile(r"([今去明])\s?[(（]\s?((?:19|20)\d{2})\s?[)）]\s?年")
#: a date line that gives the month only (" date 2023-11", as a page's metadata may)
_DATE_LINE_MONTH = re.compile(r"^\s*date\s+((?:19|20)\d{2})-(0?[1-9]|1[0-2])(?![0-9-])", re.M)
_LABELLED = re.compile(r"(?:发布时间|发布日期|发稿时间|时间|日期|Published|Posted|Date)\s?[:：]?\s?")


def _mk(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _date_at(text: str) -> tuple[int, date] | None:
    best: tuple[int, date] | None = None
    for i, pat in enumerate(_DATE_PATTERNS):
        for m in pat.finditer(text):
            g = m.groups()
            if i == 0:
                dt = _mk(int(g[0]), int(g[1]), int(g[2]))
            elif i == 1:
                dt = _mk(int(g[2]), _MONTHS[g[0][:3].lower()], int(g[1]))
            elif i == 2:
                dt = _mk(int(g[2]), _MONTHS[g[1][:3].lower()], int(g[0]))
            else:
                a, b = int(g[0]), int(g[1])
                dt = _mk(int(g[2]), b, a) if a > 12 >= b else _mk(int(g[2]), a, b) if b > 12 >= a else None
            if dt and (best is None or m.start() < best[0]):
                best = (m.start(), dt)
            break
    return best


_URL = re.compile(r"https?://\S+", re.I)
#: a news page's address carrying its day: /2024/07/17/, /2025-03-28, /20251027/ or /20250320A04…, and the
#: other shapes news sites file pages by: a month folder then the day (/202602/03/), a year folder then month and
#: day (/2023/0614/), a month folder its page's name repeats with the day (/202305/202305172179200.html), a letter
#: before the day (digitimes' /a20240711RS400, /p20250703nwtf), the day then a sequence number (CNA's
#: /202603120013.html, ?id=20251017000013) and a slug closing with the day (-20251118)
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)(?:([/-])([01]\d)\2([0-3]\d)(?=[/._-]|$)|([01]\d)([0-3]\d)(?=[/._A-Za-z-]|$))|"
    r"/(?P<y2>(?:19|20)\d\d)(?P<m2>[01]\d)/(?P<d2>[0-3]\d)(?=/)|"
    r"/(?P<y3>(?:19|20)\d\d)/(?P<m3>[01]\d)(?P<d3>[0-3]\d)(?=/)|"
    r"/(?P<y4>(?:19|20)\d\d)(?P<m4>[01]\d)/(?P=y4)(?P=m4)(?P<d4>[0-3]\d)\d*(?=[/._?#]|$)|"
    r"/[a-z](?P<y5>(?:19|20)\d\d)(?P<m5>[01]\d)(?P<d5>[0-3]\d)(?=[A-Za-z])|"
    r"[/=](?P<y6>(?:19|20)\d\d)(?P<m6>[01]\d)(?P<d6>[0-3]\d)\d{4,7}(?=[/._?#&]|$)|"
    r"-(?P<y7>(?:19|20)\d\d)(?P<m7>[01]\d)(?P<d7>[0-3]\d)(?=[/.?#]|$)")
#: a page's address carrying only its month (/2024/09/slug.html, /202601/778116.html, /2025-10/976705.html)
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)[/-]?([01]\d)(?=/)")


def url_spans(text: str) -> list[tuple[int, int]]:
    """Where the web addresses of ``text`` stand (the SOURCE line, links): no prose, so no period, name
    or place is read inside them."""
    return [m.span() for m in _URL.finditer(text)] if "://" in text else []


def date_in_url(url: str) -> date | None:
    """The day a page's address carries (news sites file pages by day), else None."""
    for m in _URL_DATE.finditer(url):
        g = m.groupdict()
        k = next((k for k in "234567" if g[f"y{k}"] is not None), None)
        if k is None:
            y, mo, d = int(m.group(1)), int(m.group(3) or m.group(5)), int(m.group(4) or m.group(6))
        else:
            y, mo, d = int(g[f"y{k}"]), int(g[f"m{k}"]), int(g[f"d{k}"])
        try:
            return date(y, mo, d)
        except ValueError:
            continue
    return None


def month_in_url(url: str) -> date | None:
    """The first day of the month a page's address files it under (/2024/09/…), else None."""
    for m in _URL_MONTH.finditer(url):
        if 1 <= int(m.group(2)) <= 12:
            return date(int(m.group(1)), int(m.group(2)), 1)
    return None


#: a day named as the start of a period (由2025年1月1日, 自2024年7月1日, from January 1, 2025): no publication date
_PERIOD_START_DAY = re.compile(r"(?:由|自|从|從)\s?(?:19|20)\d{2}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|"
                               r"\bfrom\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+"
                               r"(?:19|20)\d{2}", re.I)


def find_published(text: str, *, head_chars: int = 1500, uri: str | None = None) -> date | None:
    """The publication date stated near the top of ``text`` (labelled dates win), then the day the
    page's address carries (``uri``, or a URL in the first lines: the SOURCE line), else None."""
    head = text[:head_chars]
    dated = _DATE_LINE_MONTH.search(head)
    if dated is not None and _date_at(head[dated.start() : dated.end() + 3]) is None:
        # ( date 2023-11: a page dated to its month, read as the month's first day; a photo caption's day
        # further down dates nothing)
        return _mk(int(dated.group(1)), int(dated.group(2)), 1)
    for m in _LABELLED.finditer(head):
        found = _date_at(head[m.end() : m.end() + 30])
        if found and found[0] == 0:
            return found[1]
    for url in ([uri] if uri else []) + _URL.findall("\n".join(head.splitlines()[:3])):
        in_url = date_in_url(url)
        if in_url is not None:
            return in_url
    lines = head.splitlines()[:15]
    # (由2025年7月1日 … 至2025年9月30日期间, from January 1, 2025: the day a period starts is no day of the page, which comes
    # after the period; the day it ends dates a results page well and is kept)
    found = _date_at(_PERIOD_START_DAY.sub(lambda b: " " * len(b.group(0)), "\n".join(lines)))
    gloss = _YEAR_GLOSS.search(head)
    if gloss is not None:
        # 騰訊控股昨(20)日發佈去(2023)年度財報: the writer's year, whatever day the body names (截至2023年12月31日 is a
        # balance date, not the day of the page)
        year = int(gloss.group(2)) + {"今": 0, "去": 1, "明": -1}[gloss.group(1)]
        if found is None or found[1].year < year:
            # (a day later than the gloss's year, 時間: Mon, 05 Jan 2026 over 今(2025)年, is the page's own date)
            return _mk(year, 1, 1)
    if found:
        return found[1]
    # (last: an address filing the page under its month only, /2024/09/…, dates it to the month's first day)
    return _lead_day(lines) or _roc_code_at_end(text) or next(
        (month for url in ([uri] if uri else []) + _URL.findall("\n".join(head.splitlines()[:3]))
         if (month := month_in_url(url)) is not None), None)


#: a news lead opening with its day (9月24至25日,2024世界计算大会在长沙开幕) or an agency's dateline
#: (新华社长沙9月24日电): the year is the one the same sentence names
_LEAD_DAY = re.compile(r"\s*(?:[（(]?[\u4e00-\u9fff]{2,12}(?=\d{1,2}月\d{1,2}日电))?(1[0-2]|0?[1-9])月([0-3]?\d)日?"
                       r"(?:[至到~-](?:[0-3]?\d)日)?")
_LEAD_YEAR = re.compile(r"(?<![0-9])((?:19|20)\d{2})(?![0-9])")


#: right after a lead's year: the part of it whose results the sentence reports (台積電發佈了2024年第四季度的業績, 2023年年度业绩)
_LEAD_PERIOD = re.compile(r"\s?年?\s?(?:第([一二三四1-4])[季财財]|Q([1-4])|([上下])半年|(全年|年度))[^。！？!?]{0,12}?"
                          r"(?:业绩|業績|财报|財報|年报|年報|季报|季報|results)")
_LEAD_PART_END = {"一": 3, "1": 3, "二": 6, "2": 6, "三": 9, "3": 9, "四": 12, "4": 12, "上": 6, "下": 12}


def _lead_day(lines: list[str]) -> date | None:
    """The day a body's first line opens with, in the year its first sentence names; else None. A year whose period's
    results the sentence reports (1月16日,台積電發佈了2024年第四季度的業績) ends before the day: the day is in the first year
    after that period's end (2025-01-16), as a page comes after the results it reports."""
    body = next((ln for ln in lines if ln.strip() and not re.match(r"(?:SOURCE|TITLE):", ln)), "")
    m = _LEAD_DAY.match(body)
    if m is None:
        return None
    end = re.search(r"[。！？!?]", body)
    year = _LEAD_YEAR.search(body, m.end(), end.start() if end else len(body))
    if year is None:
        return None
    day = _mk(int(year.group(1)), int(m.group(1)), int(m.group(2)))
    part = _LEAD_PERIOD.match(body, year.end())
    if day is not None and part is not None:
        month = _LEAD_PART_END[next(g for g in part.groups()[:3] if g)] if part.group(4) is None else 12
        period_end = _month_end(day.year, month)
        if period_end is not None and day <= period_end:
            return _mk(day.year + 1, day.month, day.day)
    return day


#: the date code Taiwan's Central News Agency closes each story with, after the editor's credit:
#: ``（編輯：楊凱翔）1141112`` is ROC year 114, month 11, day 12
_ROC_CODE_END = re.compile(r"[）)]\s*(1\d\d)([01]\d)([0-3]\d)\s*$")
#: the Republic of China calendar counts years from 1912 (its year 1): Gregorian year = ROC year + 1911
ROC_YEAR_OFFSET = 1911


def _roc_code_at_end(text: str) -> date | None:
    """The day of a closing CNA date code (``…）1141112`` → 2025-11-12), else None."""
    m = _ROC_CODE_END.search(text[-40:])
    return _mk(int(m.group(1)) + ROC_YEAR_OFFSET, int(m.group(2)), int(m.group(3))) if m else None
