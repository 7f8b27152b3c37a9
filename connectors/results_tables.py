"""Results tables as earnings summaries print them in text: one row a line, the cells set apart by
single blanks, under a header line that names the columns.

    Metric Fiscal Q1 2024 Fiscal Q1 2025 Change YOY
    Revenue $7.19 billion $26.0 billion 262%
    GAAP net income $2.04 billion $14.88 billion 628%

    Platform Fiscal Q1 2025 Revenue Change YOY Change QOQ
    Data center $22.6 billion 427% 23%
    Gaming $2.6 billion 18% (8%)

A header is a word heading the label column (Metric, Segment, Platform …), then two or more column
heads: periods (a quarter, a half or a year, "Fiscal" before it and "Revenue" or "Sales" after it
allowed) and changes (Change, Change YOY, Change QOQ, Y/Y, Q/Q, % Change). Each line below it, up
to the first line that is no row, is a row: a label with no digit, then exactly one cell per column
head: an amount ($22.6 billion; ($20 million) in brackets, a loss), a percentage (18%; (8%) in
brackets, a fall) or a word standing for none (Flat, NM, N/A). This module finds the cells and says
which column each is in; what a row measures (its label's metric) and the period of a column (its
head's) are the extractor's to decide.

The same tables written as pipe (Markdown) tables — ``| Metric | Q1 2024 | Q1 2025 | Change |``, an optional
``|---|---|`` rule, ``| Revenue | $5.47 billion | $7.44 billion | +36% |`` — are read by :func:`find_pipe_cells`,
cell by cell between the pipes; a column whose head is neither a period nor a change is left. A pipe table of
year-on-year changes alone (``| Metric | YoY Change | Reason |``) is read too, each change the figure its cell opens
with (``| Total Revenue | +20% from $1,509.50M to $1,810.94M | … |``); its period is the page's.

The scan is linear: one pass over the lines; a header reads at most :data:`MAX_ROWS` rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from connectors.tables import EN_SCALE, ZH_UNIT

#: a period column's head: Fiscal Q1 2025, Q2 2023, 2Q24, FY2024, 2025, H1 2025 (then Revenue or Sales); a broker's
#: year marked actual or estimated (2023A, 2025E); a quarter named by its last month (Sep'25, Dec 2024); a year named by
#: its last month, month first (3/2025: a Hong Kong quote page's year to March)
PERIOD_HEAD = (r"(?:Fiscal\s)?(?:(?:Q[1-4]|[1-4]Q|H[12]|[12]H)\s?(?:FY\s?)?(?:(?:19|20)\d{2}|'?\d{2})|FY\s?(?:(?:19|20)\d{2}|'?\d{2})"
               r"|(?:19|20)\d{2}[AEF]?|(?:Mar|Jun|Sep|Sept|Dec)[a-z]{0,6}\.?[ '’-]{1,2}(?:(?:19|20)\d{2}|\d{2})"
               r"|(?:0?[1-9]|1[0-2])/(?:19|20)\d{2})"
               r"(?:\s(?:Revenue|Revenues|Sales))?")
#: a change column's head: Change, Change YOY, Change QOQ, YOY, Y/Y, Q/Q, % Change, YoY Change
CHANGE_HEAD = r"(?:%\s)?Change(?:\s(?:YOY|YoY|Y/Y|QOQ|QoQ|Q/Q))?|(?:YOY|YoY|Y/Y|QOQ|QoQ|Q/Q)(?:\s(?:Change|Growth))?"
_HEAD = re.compile(rf"(?P<period>{PERIOD_HEAD})|(?P<change>{CHANGE_HEAD})")
#: a header line: the label column's word, then the heads
HEADER = re.compile(rf"(?P<first>[A-Z][A-Za-z&/]*(?: [A-Za-z&/]+){{0,2}}?) (?P<heads>(?:(?:{PERIOD_HEAD}|{CHANGE_HEAD}) ){{1,7}}"
                    rf"(?:{PERIOD_HEAD}|{CHANGE_HEAD}))[ \t]*")
#: a header of period heads alone, no word heading the label column (Q4 FY25 Q1 FY26 Q2 FY26 Q3 FY26 Q4 FY26 guide: a
#: blog's table of a company's last quarters): three to eight quarters, halves or fiscal periods (not bare years, which
#: are connectors.tables' market tables), the last one marked as guidance perhaps
QUARTER_HEAD = r"(?:Fiscal\s)?(?:(?:Q[1-4]|[1-4]Q|H[12]|[12]H)\s?(?:FY\s?)?(?:(?:19|20)\d{2}|'?\d{2})|FY\s?(?:(?:19|20)\d{2}|'?\d{2}))"
GUIDE_MARK = r"(?:guide|guidance|est\.?|estimate|outlook|\(guide\)|\(guidance\)|\(est\.?\))"
BARE_HEADER = re.compile(rf"(?P<heads>(?:{QUARTER_HEAD} ){{2,7}}{QUARTER_HEAD})(?: (?P<guide>{GUIDE_MARK}))?[ \t]*")
#: one cell of a row: an amount or a percentage (in brackets, below zero; a sign or an about before it), or a word for
#: no figure
CELL = (r"~?\(?[-+]?\$?\d[\d,]*(?:\.\d+)?(?:\s?(?:billion|million|thousand|bn|mn|B|M|K))?%?\)?|Flat|flat|NM|N/A|n/a|--?|—")
#: a note after a row's last cell (50.0 (mid): the midpoint of a guided range)
CELL_NOTE = r"\((?:mid|midpoint|guide|guided|est\.?|e)\)"
#: a row: a label with no digit (its unit in brackets allowed: Revenue ($B)), then its cells
ROW = re.compile(rf"(?P<label>[A-Za-z(](?:[^\d$\n]|\$(?=[A-Za-z]))"
                 rf"{{0,80}}?)[ \t]+(?P<cells>(?:(?:{CELL})[ \t]+)*(?:{CELL}))(?:[ \t]+{CELL_NOTE})?[ \t]*")
#: a row of changes (QoQ, YoY, growth): one cell short of the heads is one per head but the first (a change of the first
#: column needs the column before it), read right-aligned
CHANGE_ROW = re.compile(r"QoQ|Q/Q|YoY|Y/Y|growth|change|增长|增長|同比|环比", re.I)
_CELL = re.compile(CELL)
#: an amount written with a Chinese scale and currency in a pipe table's cell (| 1280 亿美元 |, | 1400 亿美元+ |)
CELL_ZH = r"\d[\d,]*(?:\.\d+)?\s?(?:万亿|亿|億|万|萬|兆)?(?:美元|元|人民币|新台币|新台幣)"
MAX_ROWS = 40
#: a pipe table's cell figure (a markdown table: | Revenue | $5.47 billion | $7.44 billion | +36% |): a sign allowed
PIPE_CELL = re.compile(rf"\+?(?:{CELL}|{CELL_ZH}|\(?-?\d[\d,]*(?:\.\d+)?\)? %)\+?")  # (| 0.7 % |: the sign set apart)
#: a pipe table's column head that names its metric beside its period (| 2025 年资本支出 | 2026 年计划 |, | 2026 Capex |,
#: | Capex FY26 |): a period column whose metric the extractor reads off the head; and a head of year-on-year growth in
#: words (| 增幅 |, | 同比 |, | Growth |)
WORDED_PERIOD_HEAD = re.compile(rf"(?:[^|\d\n]{{1,16}}?\s?)?(?P<period>{PERIOD_HEAD})\s?(?:年度?)?(?:\s?[^|\d\n]{{1,16}})?")
WORDED_YOY_HEAD = re.compile(r"(?:同比)?(?:增幅|增速|增长率?|增長率?|成長率?|年增率?|同比)(?:\s?[(（]?%[)）]?)?|按年(?:变化|變化|增减|增減|变动|變動)|"
                             r"(?:YoY |Y/Y )?(?:Growth|growth)(?: \(?%\)?)?")
_BAR = re.compile(r"\|")
#: a pipe table's rule line under its header (|---|:---:|)
PIPE_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+(?:[ \t]*:?-{2,}:?[ \t]*)?[ \t]*")


@dataclass(frozen=True)
class ResultCell:
    """A cell of a results table: its span, its column (``period``, ``yoy``, ``qoq`` or ``change``),
    the span of the column's head, the row's label, whether the cell is in brackets (below zero),
    the spans of the header's first and last period heads (what a change compares) and the word
    heading the label column (Metric, Segment, Platform)."""

    start: int
    end: int
    column: str
    head_start: int
    head_end: int
    label_start: int
    label_end: int
    negative: bool
    first_period: tuple[int, int] | None
    last_period: tuple[int, int] | None
    label_head: str
    #: for a row of a table under a unit line (:func:`find_unit_rows`): ``current``, ``prior`` or ``change``, the pair of
    #: columns it is in (0 the first, the period reported; later pairs a longer stretch), and the unit line's scale and unit
    role: str = ""
    group: int = 0
    scale: float = 1.0
    unit: str | None = None
    #: what the column pair spans as its head names it (``quarter``, ``year``, ``none``; "" where no head says)
    span: str = ""


def _column(head: str, period: bool) -> str:
    if period:
        return "period"
    h = head.upper()
    if "Q/Q" in h or "QOQ" in h:
        return "qoq"
    if "Y/Y" in h or "YOY" in h:
        return "yoy"
    return "change"


def _pipe_cells(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The cells of a pipe-table line ``text[lo:hi]``, stripped of blanks, outer pipes dropped."""
    bars = [b.start() for b in _BAR.finditer(text, lo, hi)]
    if not bars:
        return []
    edges = ([lo - 1] if text[lo:bars[0]].strip() else []) + bars + ([hi] if text[bars[-1] + 1 : hi].strip() else [])
    out = []
    for a, b in pairwise(edges):
        a += 1
        while a < b and text[a] in " \t\n":  # (a table of one cell a line: its cells start past the line break)
            a += 1
        while b > a and text[b - 1] in " \t\n":
            b -= 1
        out.append((a, b))
    return out


#: the most lines a table printed a cell a line is read over (40 rows of a few cells)
CELL_LINE_RUN = 240


def _is_cell_line(text: str, pos: int, end: int) -> bool:
    """``text[pos:end]`` is one cell of a table printed a cell a line (財務摘要(人民幣: 億元) | ¶ 2024 | ¶ 2025 | ¶ 按年變化 | ¶
    營業收入 | ¶ 3,895.89 | …: a press release's table, its rows broken at every cell): some words, then its one bar at
    the end (found with str methods: a regex tried on every line of a long page cost more)."""
    bar = text.rfind("|", pos, end)
    return bar > pos and not text[bar + 1 : end].strip() and text.find("|", pos, bar) < 0 and bool(text[pos:bar].strip())


def _cell_line_rows(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The rows of a table printed a cell a line (``lines``: the run of such lines): the caption and the heads (periods,
    changes) make the header row, then each label and as many cells as heads a row; [] where the run is no such table."""
    heads = 0
    for a, b in lines[1:]:
        cell = text[a:b].strip().rstrip("|").strip()
        if _HEAD.fullmatch(cell) is None and WORDED_YOY_HEAD.fullmatch(cell) is None:
            break
        heads += 1
    if heads < 2 or any(ch.isdigit() for ch in text[lines[0][0] : lines[0][1]]):
        return []
    rows = [(lines[0][0], lines[heads][1])]
    i = heads + 1
    while i + heads < len(lines):
        label = text[lines[i][0] : lines[i][1]]
        if any(ch.isdigit() for ch in label) and "(" not in label and "（" not in label:
            break  # (a figure where a label should stand: the table has ended, or it is no such table)
        rows.append((lines[i][0], lines[i + heads][1]))
        i += heads + 1
    return rows if len(rows) > 1 else []


#: where a table flattened onto one line starts its next row (|指标|2022A|2023A| |----|----| |营业总收入(百万元)|511,850|)
FLAT_ROW_BREAK = re.compile(r"\|[ \t]+(?=\|)")
#: a flattened table's rule between its header and its rows
FLAT_RULE = re.compile(r"\|[ \t]+\|[ \t]*:?-{2,}")


def _pipe_rows(text: str) -> list[tuple[int, int]]:
    """The rows of the page's pipe tables: its lines, and each row of a table flattened onto one line (a line
    holding its header, its rule and its rows: each row ends at a pipe followed by a blank and the next row's
    pipe). Linear: each line is searched once."""
    rows: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        if _is_cell_line(text, pos, end):
            run = [(pos, end)]  # (a table printed a cell a line: the run of its lines, read as rows of cells)
            nxt = end + 1
            while nxt < n and len(run) < CELL_LINE_RUN:
                e = text.find("\n", nxt)
                e = n if e < 0 else e
                if not _is_cell_line(text, nxt, e):
                    break
                run.append((nxt, e))
                nxt = e + 1
            table = _cell_line_rows(text, run) if len(run) >= 6 else []
            if table:
                rows += table
                pos = table[-1][1] + 1
                continue
            # (no such table: each line of the run a row of its own, as any line; past the run, so that a page of endless
            # such lines is read once, not a run per line)
            rows += run
            pos = run[-1][1] + 1
            continue
        if text.find("|", pos, end) >= 0 and FLAT_RULE.search(text, pos, end) is not None:
            at = text.find("|", pos, end)  # (the header's first pipe: the prose before it, 财务指标, is no cell)
            for br in FLAT_ROW_BREAK.finditer(text, pos, end):
                rows.append((at, br.start() + 1))
                at = br.end()
            rows.append((at, end))
        else:
            rows.append((pos, end))
        pos = end + 1
    return rows


def find_pipe_cells(text: str) -> list[ResultCell]:
    """The cells of results tables written as pipe (markdown) tables: a header row of cells, the first heading
    the labels and the others periods, changes or anything else (vs. Expectations: its column is left), an
    optional rule row (|---|---|), then rows with as many cells; a table flattened onto one line is read row by
    row (:func:`_pipe_rows`). Linear: each row is split once."""
    out: list[ResultCell] = []
    rows = _pipe_rows(text)
    r, nrows = 0, len(rows)
    while r < nrows:
        pos, end = rows[r]
        if text.find("|", pos, end) < 0:
            r += 1
            continue
        head_cells = _pipe_cells(text, pos, end)
        heads: list[tuple[int, int, str] | None] = []
        for a, b in head_cells[1:]:
            hm = _HEAD.fullmatch(text, a, b)
            if hm is not None:
                heads.append((a, b, _column(hm.group(0), hm.group("period") is not None)))
            elif WORDED_PERIOD_HEAD.fullmatch(text, a, b) is not None:
                heads.append((a, b, "period"))  # (| 2025 年资本支出 |: a period with its metric's words)
            elif WORDED_YOY_HEAD.fullmatch(text, a, b) is not None:
                heads.append((a, b, "yoy"))  # (| 增幅 |: the growth, year on year, LABELLING.md M4)
            else:
                heads.append(None)
        periods = [(h[0], h[1]) for h in heads if h is not None and h[2] == "period"]
        named = [h for h in heads if h is not None]
        # (| Metric | YoY Change | Reason |: a table of year-on-year changes alone, of the period the page reports on)
        yoy_only = not periods and len(named) == 1 and named[0][2] == "yoy"
        if len(head_cells) < 3 or not (periods or yoy_only) or (len(named) < 2 and not yoy_only) or \
                any(ch.isdigit() for ch in text[head_cells[0][0] : head_cells[0][1]]):
            r += 1
            continue
        label_head = text[head_cells[0][0] : head_cells[0][1]]
        scale, unit = _unit_named(label_head) or (1.0, None)  # (財務摘要(人民幣: 億元): the caption's unit, its cells' scale)
        k = r + 1
        for _ in range(MAX_ROWS + 1):
            if k >= nrows:
                break
            row_pos, row_end = rows[k]
            if PIPE_RULE.fullmatch(text, row_pos, row_end):
                k += 1
                continue
            cells = _pipe_cells(text, row_pos, row_end) if text.find("|", row_pos, row_end) >= 0 else []
            if len(cells) != len(head_cells):
                break
            (la, lb), *rest = cells
            for (a, b), h in zip(rest, heads, strict=True):
                if h is None:
                    continue
                if yoy_only and (lead := PIPE_CELL.match(text, a, b)) is not None and text[lead.end() : lead.end() + 1] in " \t":
                    b = lead.end()  # (| +20% from $1,509.50M to $1,810.94M |: the change is the figure the cell opens with)
                if not PIPE_CELL.fullmatch(text, a, b) or not any(ch.isdigit() for ch in text[a:b]):
                    continue
                out.append(ResultCell(a, b, h[2], h[0], h[1], la, lb, text[a] in "(-",
                                      periods[0] if periods else None, periods[-1] if periods else None, label_head,
                                      scale=scale, unit=unit))
            k += 1
        r = k if k > r + 1 else r + 1
    return out


def find_result_cells(text: str) -> list[ResultCell]:
    """Every cell of every results table in ``text`` (see the module docstring; pipe tables by
    :func:`find_pipe_cells`, tables under a unit line by :func:`find_unit_rows`), in text order."""
    cells = _find_blank_cells(text)
    if "|" in text:
        cells += find_pipe_cells(text)
    if may_name_unit(text):
        cells += find_unit_rows(text)
    return sorted(cells, key=lambda c: c.start)


#: a line naming the unit of the table below it: (单位:人民币亿元), 单位：百万元, (in millions, except per share amounts …),
#: In millions, (US$ in millions); the scales and currencies are those of :mod:`connectors.tables` (one unit table)
_ZH_UNITS = "|".join(sorted(ZH_UNIT, key=len, reverse=True))
UNIT_LINE = re.compile(r"(?:单位|單位)\s*[:：]\s*(?:人民币|人民幣|RMB\s?)?(?P<zh>" + _ZH_UNITS + r")|"
                       r"[(（](?:人民币|人民幣)\s?[:：]?\s?(?P<zh2>" + _ZH_UNITS + r")[)）]|"
                       r"(?:^|[(（ ])(?:(?:US)?\$ ?)?[Ii]n (?P<en>thousands|millions|billions)\b", re.M)
#: words one of which a unit line holds (a cheap test before UNIT_LINE is searched over a whole page)
UNIT_LINE_WORDS = ("单位", "單位", "人民币", "人民幣", "n millions", "n thousands", "n billions", "n Millions", "n Thousands",
                   "n Billions")


def may_name_unit(text: str) -> bool:
    """Whether ``text`` may hold a unit line (:data:`UNIT_LINE`): one of its words is in it."""
    return any(w in text for w in UNIT_LINE_WORDS)


#: how many lines below its unit line a table's rows may run (labels wrapped onto lines of their own, blank lines and
#: a cell a line between them)
UNIT_TABLE_LINES = 160
#: a label or a cell of the stream below a unit line (find_unit_rows): an amount (its dollar sign set apart: $ 48,385;
#: below zero in brackets: (10) %), a percentage, a slash standing for none, or a label (words with no digit)
UNIT_TOKEN = re.compile(r"(?P<usd>\$ ?)?(?P<num>\(?-?\d[\d,]*(?:\.\d+)?\)?)(?P<pct> ?%)?(?![\d.])|/|"
                        r"(?P<label>[^\d\s|$/%(（)）.,;:][^\d|$\n%]*[^\d|$\n%\s(（])")
#: the heads naming what each pair of a statement's columns spans (Three Months Ended, Twelve Months Ended, Year Ended),
#: looked for at most HEAD_SPAN_REACH characters before the unit line
HEAD_SPAN = re.compile(r"\b(Three|Six|Nine|Twelve) Months Ended\b|\b(?:Fiscal )?(Year|Quarter) Ended\b", re.I)
HEAD_SPAN_REACH = 600
_SPAN_OF_HEAD = {"three": "quarter", "quarter": "quarter", "twelve": "year", "year": "year", "six": "none", "nine": "none"}


def _unit_lines(text: str) -> list[re.Match[str]]:
    """The unit lines of ``text`` in order: UNIT_LINE searched only on the lines holding one of its words (found by
    str.find: a regex tried at every blank of a long page cost more than the rest of the table readers)."""
    starts: set[int] = set()
    for w in UNIT_LINE_WORDS:
        at = text.find(w)
        while at >= 0:
            lo = text.rfind("\n", 0, at) + 1
            starts.add(lo)
            nl = text.find("\n", at)
            at = text.find(w, len(text) if nl < 0 else nl)  # (the next line holding it: each line once a word)
    found = []
    for lo in sorted(starts):
        hi = text.find("\n", lo)
        if (m := UNIT_LINE.search(text, lo, len(text) if hi < 0 else hi)) is not None:
            found.append(m)
    return found


def _unit_of(unit_m: re.Match[str]) -> tuple[float, str]:
    """(scale, unit) of a match of UNIT_LINE, from the one unit table (:mod:`connectors.tables`)."""
    if unit_m.group("zh") or unit_m.group("zh2"):
        return ZH_UNIT[unit_m.group("zh") or unit_m.group("zh2")]
    return EN_SCALE[unit_m.group("en").lower()], "USD"


#: a table's first head that is a unit alone in brackets (| (百萬美元) | 3/2023 | …)
BRACKET_UNIT = re.compile(r"[(（]\s?(" + _ZH_UNITS + r")\s?[)）]")


def _unit_named(words: str) -> tuple[float, str] | None:
    """(scale, unit) a unit line or a table's caption names ((单位:人民币亿元), 財務摘要(人民幣: 億元), In millions, a
    caption that is a bracketed unit alone, (百萬美元)), else None."""
    unit_m = UNIT_LINE.search(words)
    if unit_m is None and (alone := BRACKET_UNIT.fullmatch(words.strip())) is not None:
        return ZH_UNIT[alone.group(1)]
    return _unit_of(unit_m) if unit_m is not None else None


def _half_unit(printed: str) -> float:
    """Half the last printed digit's place of a figure (2,509 -> 0.5, 2.5 -> 0.05): how far rounding may have moved it."""
    return 0.5 * 10 ** -len(printed.partition(".")[2]) if "." in printed else 0.5


def _rounding_bounds(a: str, b: str) -> tuple[float, float]:
    """The least and the most ``a / b - 1`` (in %) can be, each figure as printed rounded to its last digit."""
    x, y = float(a.replace(",", "")), float(b.replace(",", ""))
    ua, ub = _half_unit(a), _half_unit(b)
    if y - ub <= 0:
        return float("inf"), float("-inf")
    return ((x - ua) / (y + ub) - 1) * 100, ((x + ua) / (y - ub) - 1) * 100


def _is_change(pct: str, a: str, b: str) -> bool:
    """``pct`` is the change from ``b`` to ``a`` as the printed figures allow (the percentage rounded too)."""
    p = float(pct.replace(",", "").strip("()"))
    if pct.startswith("(") or pct.startswith("-"):
        p = -abs(p)
    lo, hi = _rounding_bounds(a, b)
    slack = _half_unit(pct.strip("()"))
    return lo - slack <= p <= hi + slack


def find_unit_rows(text: str) -> list[ResultCell]:
    """The cells of results tables printed under a line naming their unit, their heads lost or broken over lines (a
    quarterly report turned to text: (单位:人民币亿元) … 营业收入 2,509 2,447 2.5% 7,947 7,915 0.4%; a release's statement,
    a cell a line or blank lines between: In millions … Revenue $ 48,385 ¶ $ 40,111 ¶ 21 % ¶ $ 164,501 …). Below the unit
    line the text is read as a stream of labels and cells (pipes, blanks and line breaks only set them apart); each label's
    cells are read in threes, two amounts and the change between them, and only where the change is the one the two
    amounts make as printed (2,509 over 2,447 is +2.5%): that arithmetic, not the lost heads, says which amount is the
    period reported and which the year before. The k-th three of a row is the k-th column pair the heads before the unit
    line name (Three Months Ended, Twelve Months Ended: ``span`` quarter, year; six or nine months: none of the contract);
    with no such heads the first three are the page's own period, later ones a longer stretch. Linear: each stretch below
    a unit line (at most UNIT_TABLE_LINES lines, up to the next unit line) is scanned once."""
    out: list[ResultCell] = []
    units = _unit_lines(text)
    for k, unit_m in enumerate(units):
        scale, unit = _unit_of(unit_m)
        if unit not in ("CNY", "USD") or (out and out[-1].start >= unit_m.start()):
            continue  # (a unit line inside a table already read)
        spans = [_SPAN_OF_HEAD[(h.group(1) or h.group(2)).lower()] for h in
                 HEAD_SPAN.finditer(text, max(0, unit_m.start() - HEAD_SPAN_REACH), unit_m.end())]
        line_end = text.find("\n", unit_m.end())
        lo = hi = len(text) if line_end < 0 else line_end + 1
        for _ in range(UNIT_TABLE_LINES):
            e = text.find("\n", hi)
            if e < 0:
                hi = len(text)
                break
            hi = e + 1
        if k + 1 < len(units):
            hi = min(hi, units[k + 1].start())
        label: tuple[int, int] | None = None
        cells: list[re.Match[str]] = []
        for tok in UNIT_TOKEN.finditer(text, lo, hi):
            if tok.group("label") is not None:
                out += _unit_row_cells(text, label, cells, scale, unit, unit_m.start(), unit_m.end(), spans)
                label, cells = tok.span("label"), []
            else:
                cells.append(tok)
        out += _unit_row_cells(text, label, cells, scale, unit, unit_m.start(), unit_m.end(), spans)
    return out


def _unit_row_cells(text: str, label: tuple[int, int] | None, cells: list[re.Match[str]], scale: float, unit: str,
                    head_lo: int, head_hi: int, spans: list[str]) -> list[ResultCell]:
    """The cells of one row (its label's span, its cell tokens) read in checked threes (find_unit_rows)."""
    out: list[ResultCell] = []
    if label is None:
        return out
    i, group = 0, 0
    while i + 2 < len(cells):
        a, b, c = cells[i], cells[i + 1], cells[i + 2]
        if a.group("num") is None or b.group("num") is None or c.group("num") is None or a.group("pct") or \
                b.group("pct") or not c.group("pct"):
            i += 1
            continue
        x, y, pct = a.group("num"), b.group("num"), c.group("num")
        if x.startswith("(") or y.startswith("(") or x.startswith("-") or y.startswith("-"):
            i += 3
            group += 1
            continue  # (a loss: no amount of the vocabulary's)
        if _is_change(pct, x, y):
            current, prior = a, b
        elif _is_change(pct, y, x):
            current, prior = b, a
        else:
            i += 1
            continue
        span = spans[group] if group < len(spans) else ""
        for cell, role in ((current, "current"), (prior, "prior"), (c, "change")):
            # (the dollar sign set apart is the cell's: the text's own reading takes $ 48,385 as one amount)
            s, e = (cell.start(), cell.end("num")) if role != "change" else (c.start("num"), c.end("pct"))
            out.append(ResultCell(s, e, "period" if role != "change" else "yoy", head_lo, head_hi, label[0], label[1],
                                  pct.startswith("(") or pct.startswith("-"), None, None, "",
                                  role=role, group=group, scale=scale, unit=unit, span=span))
        i += 3
        group += 1
    return out


def _find_blank_cells(text: str) -> list[ResultCell]:
    out: list[ResultCell] = []
    pos = 0
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        head = HEADER.fullmatch(text, pos, end) or BARE_HEADER.fullmatch(text, pos, end)
        if head is None:
            pos = end + 1
            continue
        heads = [(h.start(), h.end(), _column(h.group(0), h.group("period") is not None))
                 for h in _HEAD.finditer(text, head.start("heads"), head.end("heads"))]
        first = head.group("first") if head.re is HEADER else ""
        periods = [(a, b) for a, b, c in heads if c == "period"]
        if not periods or len(heads) < 2:
            pos = end + 1
            continue
        row_pos = end + 1
        for _ in range(MAX_ROWS):
            if row_pos >= n:
                break
            row_end = text.find("\n", row_pos)
            row_end = n if row_end < 0 else row_end
            row = ROW.fullmatch(text, row_pos, row_end)
            if row is None:
                if text[row_pos:row_end].strip():
                    break
                if out and out[-1].head_start >= head.start():
                    break  # (a blank line after the rows ends the table)
                row_pos = row_end + 1
                continue  # (a blank line between the header and its rows)
            cells = list(_CELL.finditer(text, row.start("cells"), row.end("cells")))
            columns = heads
            if len(cells) == len(heads) - 1 and head.re is BARE_HEADER and \
                    CHANGE_ROW.search(text, row.start("label"), row.end("label")) is not None:
                columns = heads[1:]  # (Revenue YoY +56.7% +196.3% +345.7% +341.9% under five quarters: the last four)
            if len(cells) == len(columns):
                label_end = row.end("label")
                for c, (a, b, col) in zip(cells, columns, strict=True):
                    if not any(ch.isdigit() for ch in c.group(0)):
                        continue  # (Flat, NM: no figure)
                    out.append(ResultCell(c.start(), c.end(), col, a, b, row.start("label"), label_end,
                                          c.group(0).lstrip("~").startswith(("(", "-")),
                                          periods[0], periods[-1], first))
            row_pos = row_end + 1
        pos = row_pos
    return out
