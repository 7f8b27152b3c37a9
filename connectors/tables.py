"""Tables of market figures by year, as pages print them in text: a caption that names the unit,
a header of consecutive years, then rows of a label and one number per year.

    AI Spending in IT Markets, Worldwide, 2024-2026 (Millions of US Dollars)
    Market 2024 2025 2026 AI Services 259,477 282,556 324,669 AI-optimized Servers (GPU and …) 140,107 …

    2022~2026年全球AI伺服器出貨量及CAGR預估(單位:千台)

The rows may stand on lines of their own or run on in one line (a page's table flattened into
text, as above). The numbers are bare: the caption's unit and scale make them quantities, the
header's year is each one's period. What the row is (a market, shipments) is decided by the
extractor from the row's label and the caption; this module only finds the cells.

The scan is linear: captions and headers (runs of consecutive years) are each found by one pass of a
regular expression, a header takes the last caption ending shortly before it (by bisection), and
each header reads at most :data:`MAX_ROWS` rows of at most :data:`LABEL_CHARS` characters of label.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import pairwise

from connectors.numbers import prefix_currency, scale_of

#: the scale and unit a caption declares, English ((Millions of US Dollars), (US$ millions), (in
#: billions of USD)) and Chinese ((单位：亿元), (百万美元), (單位:千台))
EN_SCALE = {"thousand": 1e3, "thousands": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6,
             "billion": 1e9, "billions": 1e9, "b": 1e9, "bn": 1e9}
ZH_UNIT = {"百万美元": (1e6, "USD"), "百萬美元": (1e6, "USD"), "亿美元": (1e8, "USD"), "億美元": (1e8, "USD"),
            "十亿美元": (1e9, "USD"), "亿元": (1e8, "CNY"), "億元": (1e8, "CNY"), "万元": (1e4, "CNY"),
            "萬元": (1e4, "CNY"), "百万元": (1e6, "CNY"), "百萬元": (1e6, "CNY"), "千台": (1e3, "units"),
            "万台": (1e4, "units"), "萬台": (1e4, "units"), "台": (1.0, "units"), "百万台": (1e6, "units"),
            "百萬台": (1e6, "units")}
CAPTION = re.compile(
    r"[(（]\s*(?:in\s+)?(?:"
    r"(?P<s1>thousands?|millions?|billions?)\s+of\s+(?:US\s+|U\.S\.\s+)?(?:dollars|USD)"
    r"|(?:US)?\$\s?(?P<s2>thousands?|millions?|billions?|mn|bn|[MBK])"
    r"|(?:USD|US\s+dollars)\s+(?P<s3>thousands?|millions?|billions?)"
    r"|(?:单位|單位)?\s*[:：]?\s*(?P<zh>" + "|".join(sorted(ZH_UNIT, key=len, reverse=True)) + r")"
    r")\s*[)）]", re.I)
#: the header: two to ten consecutive years set apart by blanks (an E or F marks an estimate: 2025E),
#: after the words that head the label column (Market, 年份)
HEADER = re.compile(r"(?<![\d.,])(?P<years>(?:(?:19|20)\d{2}[EF]?[ \t]+){1,9}(?:19|20)\d{2}[EF]?)(?![\d.,])")
#: how much of a caption's line before its unit is read (the words naming the market and the place)
CAPTION_CHARS = 160
#: how far after a caption its header's years may start
HEADER_REACH = 240
#: a row: a label with no digit, then the numbers (normalised Chinese text has no blank between a
#: Chinese label and its first number: AI服务器855 1183)
LABEL_CHARS = 90
ROW_LABEL = re.compile(rf"\s*(?P<label>[^\d\s][^\d\n]{{0,{LABEL_CHARS - 1}}}?)(?:[ \t]+|(?<=[\u3400-\u9fff)）]))(?=\d)")
NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
GAP = re.compile(r"[ \t]+")
#: after a row's last number: another number or a percent sign (no row of this table)
MORE_AFTER = re.compile(r"[.,%]|[ \t]*\d")
MAX_ROWS = 60
#: a row label that ends the table (Source: Gartner)
_END_LABEL = re.compile(r"^(?:source|sources|note|notes|资料来源|来源|資料來源|來源|注)\b", re.I)


@dataclass(frozen=True)
class TableCell:
    """One number of a row: its span, value (scaled) and unit, the year of its column, the span of
    its row's label, and where the caption's line starts and the header ends."""

    start: int
    end: int
    value: float
    unit: str
    year: str
    label_start: int
    label_end: int
    caption_start: int
    header_end: int


def find_table_cells(text: str) -> list[TableCell]:
    """Every cell of every table of years under a caption that names a unit, in text order."""
    caps = list(CAPTION.finditer(text))
    if not caps:
        return []
    cap_ends = [c.end() for c in caps]
    out: list[TableCell] = []
    pos = 0
    for head in HEADER.finditer(text):
        if head.start() < pos:
            continue  # (inside the rows of the table before)
        k = bisect.bisect_right(cap_ends, head.start()) - 1
        if k < 0 or head.start() - cap_ends[k] > HEADER_REACH:
            continue  # no caption naming a unit just before it
        years = [y.rstrip("EF") for y in head.group("years").split()]
        if any(int(b) != int(a) + 1 for a, b in pairwise(years)):
            continue
        cap = caps[k]
        scale, unit = _caption_unit(cap)
        line_start = max(text.rfind("\n", 0, cap.start()) + 1, cap.start() - CAPTION_CHARS)
        pos = head.end()
        for _ in range(MAX_ROWS):
            row = _read_row(text, pos, len(years))
            if row is None:
                break
            label, cells, pos = row
            if _END_LABEL.match(text[label[0] : label[1]]):
                break
            for (a, b), year in zip(cells, years, strict=True):
                value = float(text[a:b].replace(",", "")) * scale
                out.append(TableCell(a, b, value, unit, year, label[0], label[1], line_start, head.end()))
    return out


#: the unit a results table's row label names in brackets (营业总收入(百万元), Net Sales (₹Cr), Revenue ($M)): a
#: caption's units, and rupees in crores (Cr, an Indian table's abbreviation of the scale word)
LABEL_CRORE = re.compile(r"[(（]\s*(?P<currency>₹|Rs\.?|INR)\s?(?:Cr|Crore|crore|crores)\.?\s*[)）]")


def label_unit(label: str) -> tuple[float, str] | None:
    """(scale, unit) a row label names in brackets, else None: ``营业总收入(百万元)`` -> (1e6, CNY), ``Net Sales (₹Cr)``
    -> (1e7, INR: the scale and the currency as the unit table of quantities.toml has them), ``Revenue (US$ millions)``
    -> (1e6, USD)."""
    if (crore := LABEL_CRORE.search(label)) is not None:
        scale, currency = scale_of("crore"), prefix_currency(crore.group("currency"))
        return (scale, currency) if scale is not None and currency is not None else None
    cap = CAPTION.search(label)
    return _caption_unit(cap) if cap is not None else None


def _caption_unit(cap: re.Match[str]) -> tuple[float, str]:
    if cap.group("zh"):
        return ZH_UNIT[cap.group("zh")]
    word = (cap.group("s1") or cap.group("s2") or cap.group("s3")).lower()
    return EN_SCALE[word], "USD"


def _read_row(text: str, pos: int, n: int) -> tuple[tuple[int, int], list[tuple[int, int]], int] | None:
    """A label and exactly ``n`` numbers set apart by blanks, from ``pos``; None if none stands there."""
    lab = ROW_LABEL.match(text, pos)
    if lab is None:
        return None
    at = lab.end()
    cells: list[tuple[int, int]] = []
    for k in range(n):
        if k:
            gap = GAP.match(text, at)
            if gap is None:
                return None
            at = gap.end()
        num = NUMBER.match(text, at)
        if num is None:
            return None
        cells.append((num.start(), num.end()))
        at = num.end()
    if MORE_AFTER.match(text, at):
        return None  # (a longer run of numbers, or a percentage: not this table's row)
    return (lab.start("label"), lab.end("label")), cells, at
