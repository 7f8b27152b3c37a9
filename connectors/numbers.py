"""Numbers with their units, read from normalised text (see :mod:`connectors.textnorm`).

Rules:

* Arabic numbers with optional thousands separators (``55,054``) and decimals; Chinese numerals
  (``两千``, ``三十``, ``百亿``) only when a unit follows, so words like ``一路``/``百度`` are not
  numbers. A number glued to a letter or digit on its left (``GPT-4``, ``H100``, ``p00``) is not a
  number.
* Multipliers: ``万 亿 万亿 千 百`` (``萬 億`` arrive simplified) and ``thousand million billion
  trillion bn mn`` (and ``B M K T`` after a currency sign or before tokens/parameters).
* Units: money (``美元 元 人民币 新台币 港元 US$ $ NT$ RMB USD dollars yuan`` ...) -> ISO code;
  counts (``台 张 枚 块 颗 片 套 GPUs servers``) -> ``units``; ``%``; compute rates
  (``EFLOPS``, ``PFLOPS``, ``百亿亿次``) -> ``FLOPS``; amounts of work (``PF-days`` x 8.64e19)
  -> ``FLOP``; ``参数/parameters`` -> ``params``; ``token`` -> ``tokens``; ``GW/MW/兆瓦`` -> ``W``.
* Ranges ``A-B``, ``A~B``, ``A至B``, ``A到B``, ``A to B`` sharing the unit: value is the midpoint,
  low/high the bounds. Slash lists ``134/307/561亿美元`` give one mention with ``values``.
  ``247372/1250=198万元`` reads as 198万元 (the arithmetic is skipped). ``9万/枚`` is per unit.
* Qualifiers from the words around: ``超过 超 逾 突破 more than over above`` -> ``>``,
  ``至少 不少于 不低于 以上 at least`` -> ``>=``, ``约 大约 近 左右 about approximately around
  roughly nearly`` -> ``~``, ``不到 不足 低于 less than under`` -> ``<``, ``以内 以下 up to`` -> ``<=``.
* A number without a unit is kept only when it carries a multiplier (``30万``) so the extractor
  may give it a unit from its context (a price, a parameter count).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 1e4, "亿": 1e8}


def parse_chinese_numeral(s: str) -> float | None:
    """``两千`` -> 2000, ``三十五`` -> 35, ``一百二十万`` -> 1.2e6, ``百亿`` -> 1e10; None if not one."""
    if not s:
        return None
    total = 0.0
    section = 0.0
    digit: float | None = None
    for ch in s:
        if ch in _DIGITS:
            digit = float(_DIGITS[ch])
        elif ch in _SMALL:
            section += (digit if digit is not None else 1.0) * _SMALL[ch]
            digit = None
        elif ch in _BIG:
            section += digit or 0.0
            if section == 0:
                section = 1.0
            if ch == "亿":
                total = (total + section) * _BIG[ch]
            else:
                total += section * _BIG[ch]
            section = 0.0
            digit = None
        else:
            return None
    return total + section + (digit or 0.0)


_MULT_ZH = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}
_MULT_EN = {
    "trillion": 1e12, "billion": 1e9, "million": 1e6, "thousand": 1e3, "bn": 1e9, "mn": 1e6,
    "tn": 1e12, "T": 1e12, "B": 1e9, "M": 1e6, "K": 1e3, "k": 1e3,
}
_CURRENCY_SUFFIX = [
    ("元人民币", "CNY"), ("人民币", "CNY"), ("美元", "USD"), ("美金", "USD"), ("港元", "HKD"), ("港币", "HKD"),
    ("新台币", "TWD"), ("台币", "TWD"), ("日元", "JPY"), ("欧元", "EUR"), ("韩元", "KRW"), ("英镑", "GBP"),
    ("元", "CNY"), ("块钱", "CNY"),
]
_CURRENCY_SUFFIX_EN = [
    (r"US dollars|U\.S\. dollars|dollars|USD", "USD"), (r"yuan|RMB|CNY|renminbi", "CNY"),
    (r"TWD|NTD", "TWD"), (r"euros?|EUR", "EUR"), (r"HKD", "HKD"), (r"yen|JPY", "JPY"),
]
_CURRENCY_PREFIX = [
    ("US$", "USD"), ("NT$", "TWD"), ("HK$", "HKD"), ("$", "USD"), ("€", "EUR"), ("¥", "CNY"), ("￥", "CNY"),
    ("RMB", "CNY"), ("USD", "USD"), ("CNY", "CNY"), ("TWD", "TWD"), ("人民币", "CNY"), ("新台币", "TWD"),
    ("美元", "USD"), ("港币", "HKD"), ("港元", "HKD"),
]
_FLOPS_SCALE = {"Z": 1e21, "E": 1e18, "P": 1e15, "T": 1e12, "G": 1e9}
_PF_DAY = 8.64e19
_POWER = [("GW", 1e9), ("MW", 1e6), ("kW", 1e3), ("吉瓦", 1e9), ("兆瓦", 1e6), ("千瓦", 1e3),
          ("gigawatts", 1e9), ("gigawatt", 1e9), ("megawatts", 1e6), ("megawatt", 1e6)]
_COUNT_ZH = "台张枚块颗片套卡"
_COUNT_EN = re.compile(
    r"\s?(?:(?:Nvidia |NVIDIA |AMD )?[A-Z]{1,3}\d{2,4}[A-Za-z]?s?\s?)?(?:GPUs|GPU|chips|accelerators|servers|units)\b"
)
_COUNT_EN_ITEM = re.compile(r"\s?(?:[A-Z]{1,3}\d{2,4}[A-Za-z]?)s\b")

NUM_RE = re.compile(
    r"(?<![A-Za-z0-9_.\-/])(?P<sign>[-+])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<exp>[eE][+-]?\d+)?"
    r"|(?P<cn>[零〇一二两三四五六七八九十百千]+[万亿]*|万亿|千亿|百亿|十亿)"
)
_NUM_AFTER_SEP = re.compile(
    r"(?P<sign>)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<exp>[eE][+-]?\d+)?"
    r"|(?P<cn>[零〇一二两三四五六七八九十百千]+[万亿]*)"
)
_ARITH_RE = re.compile(r"\s?[/÷×*+]\s?\d[\d,.]*(?:\s?[/÷×*+]\s?\d[\d,.]*)*\s?=\s?")
_RANGE_SEP = re.compile(r"\s?(?:-|~|至|到|to|–)\s?")
_PREFIX_QUAL = [
    (re.compile(r"(?:不少于|不低于|至少|at least|no less than|not less than)\s?$"), ">="),
    (re.compile(r"(?:超过|超出|超|逾|突破|多于|高于|大于|more than|over|above|exceeding|in excess of)\s?$"), ">"),
    (re.compile(r"(?:不到|不足|低于|少于|小于|less than|under|below|fewer than)\s?$"), "<"),
    (re.compile(r"(?:最多|up to|at most)\s?$"), "<="),
    (re.compile(r"(?:大约|大概|约为|约合|约|近|接近|将近|approximately|about|around|roughly|nearly|almost|some|~)\s?$"), "~"),
]
_SUFFIX_QUAL = [(re.compile(r"^\s?(?:以上|多|余)"), ">="), (re.compile(r"^\s?左右"), "~"),
                (re.compile(r"^\s?(?:以内|以下)"), "<="), (re.compile(r"^\+"), ">=")]


@dataclass
class Mention:
    """A number (or range / slash list) with its unit, as found in the normalised text."""

    start: int
    end: int
    value: float
    unit: str | None
    low: float | None = None
    high: float | None = None
    values: list[float] = field(default_factory=list)
    qualifier: str | None = None
    per_unit: bool = False
    has_multiplier: bool = False
    count_word: str = ""

    @property
    def is_list(self) -> bool:
        return len(self.values) > 1


@dataclass
class _Num:
    start: int
    end: int
    value: float
    mult: float = 1.0
    unit: str | None = None
    scale: float = 1.0
    count_word: str = ""
    has_mult: bool = False
    per_unit: bool = False
    pre_currency: str | None = None


def _parse_num(text: str, m: re.Match[str]) -> float | None:
    if m.group("cn"):
        return parse_chinese_numeral(m.group("cn"))
    v = float(m.group("num").replace(",", "") + (m.group("exp") or ""))
    return -v if m.group("sign") == "-" else v


def _currency_prefix(text: str, start: int) -> tuple[str | None, int]:
    head = text[max(0, start - 4) : start]
    stripped = head.rstrip()
    for sym, code in _CURRENCY_PREFIX:
        if stripped.endswith(sym):
            if sym == "$" and stripped.endswith(("US$", "NT$", "HK$")):
                continue
            return code, start - (len(head) - len(stripped)) - len(sym)
    return None, start


def _read_tail(text: str, pos: int, n: _Num, prefix_currency: str | None) -> int:
    """Read multiplier and unit after a number at ``pos``; fill ``n``; return the new end."""
    s = text[pos : pos + 40]
    i = 0
    if s.startswith("百亿亿次") or s.startswith("每秒百亿亿次"):
        n.unit, n.scale = "FLOPS", 1e18
        return pos + (4 if s.startswith("百亿亿次") else 6) + (2 if s[4:6] in ("/秒", "每秒") else 0)
    for w, f in _MULT_ZH.items():
        if s.startswith(w) and not (w == "千" and s[1:2] in "瓦克米"):
            n.mult, n.has_mult, i = f, True, len(w)
            break
    else:
        m = re.match(r"\s?(trillion|billion|million|thousand|bn|mn|tn|[TBMKk])(?![A-Za-z])", s)
        if m and (m.group(1) not in "TBMKk" or prefix_currency
                  or re.match(r"\s?(?:tokens|parameters|params)", s[m.end():])):
            n.mult, n.has_mult, i = _MULT_EN[m.group(1)], True, m.end()
    rest = s[i:]
    if prefix_currency:
        n.unit = prefix_currency
        for w, code in _CURRENCY_SUFFIX:
            if rest.startswith(w):
                if code != "CNY":
                    n.unit = code
                i += len(w)
                break
        else:
            m = re.match(r"\s?(?:US dollars|dollars)\b", rest)
            if m:
                i += m.end()
        return pos + i
    for w, code in _CURRENCY_SUFFIX:
        if rest.startswith(w):
            n.unit = code
            return pos + i + len(w)
    if rest[:1] == "%":
        n.unit = "%"
        return pos + i + 1
    m = re.match(r"\s?(?:percent|per cent)\b", rest)
    if m:
        n.unit = "%"
        return pos + i + m.end()
    m = re.match(r"\s?(?:个)?(?:参数|parameters\b|params\b)", rest)
    if m:
        n.unit = "params"
        return pos + i + m.end()
    m = re.match(r"\s?(?:个)?(?:tokens?\b|Tokens?\b|词元)", rest)
    if m:
        n.unit = "tokens"
        return pos + i + m.end()
    m = re.match(r"\s?(PF-days?|PFLOPS-days?|petaflop/s-days?|petaflops?-days?|PetaFLOP/s-days?|pfs-days?)", rest, re.I)
    if m:
        n.unit, n.scale = "FLOP", _PF_DAY
        return pos + i + m.end()
    m = re.match(r"\s?([ZEPTG])\s?(?:FLOPS|FLOP/s)(?![A-Za-z])", rest, re.I)
    if m:
        n.unit, n.scale = "FLOPS", _FLOPS_SCALE[m.group(1).upper()]
        return pos + i + m.end()
    m = re.match(r"\s?(?:FLOPs|FLOP)(?![A-Za-z])|次浮点运算", rest)
    if m:
        n.unit = "FLOP"
        return pos + i + m.end()
    for w, f in _POWER:
        if rest.startswith(w) or rest.startswith(" " + w):
            n.unit, n.scale = "W", f
            return pos + i + len(w) + (1 if rest.startswith(" ") else 0)
    if rest[:1] and rest[0] in _COUNT_ZH:
        n.unit, n.count_word = "units", rest[0]
        return pos + i + 1
    m = re.match(r"(?:个|颗)?(?=GPU|芯片|加速卡|服务器)", rest)
    if m and rest.startswith("个"):
        n.unit, n.count_word = "units", "个"
        return pos + i + 1
    m = _COUNT_EN.match(rest) or _COUNT_EN_ITEM.match(rest)
    if m:
        n.unit, n.count_word = "units", m.group(0).strip()
        return pos + i + m.end()
    for pat, code in _CURRENCY_SUFFIX_EN:
        m = re.match(rf"\s?(?:{pat})\b", rest)
        if m:
            n.unit = code
            return pos + i + m.end()
    return pos + i


def _year_like(text: str, m: re.Match[str]) -> bool:
    num = m.group("num")
    if not num or m.group("sign") or "," in num or "." in num:
        return False
    nxt = text[m.end() : m.end() + 2]
    if len(num) == 4 and 1980 <= int(num) <= 2040:
        return True
    return len(num) == 2 and (nxt[:1] in ("年", "Q") or nxt.startswith(" Q"))


def _qualifier(text: str, start: int, end: int) -> str | None:
    after = text[end : end + 4]
    for pat, q in _SUFFIX_QUAL:
        if pat.match(after):
            return q
    before = text[max(0, start - 16) : start]
    for pat, q in _PREFIX_QUAL:
        if pat.search(before):
            return q
    return None


def find_mentions(text: str) -> list[Mention]:
    """All value mentions in ``text`` (normalised), in order (see the module docstring)."""
    out: list[Mention] = []
    pos = 0
    n_text = len(text)
    while pos < n_text:
        m = NUM_RE.search(text, pos)
        if not m:
            break
        if _year_like(text, m):
            pos = m.end()
            continue
        # arithmetic like 247372/1250=198: skip to the result
        arith = _ARITH_RE.match(text, m.end())
        if arith and m.group("num"):
            pos = arith.end()
            continue
        v = _parse_num(text, m)
        if v is None:
            pos = m.end()
            continue
        cur, cstart = _currency_prefix(text, m.start())
        first = _Num(cstart, m.end(), v, pre_currency=cur)
        end = _read_tail(text, m.end(), first, cur)
        nums = [first]
        # slash list
        while m.group("num") and end < n_text and text[end] == "/":
            m2 = re.compile(r"(?P<sign>[-+])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<exp>)(?P<cn>)").match(text, end + 1)
            if not m2:
                break
            nx = _Num(m2.start(), m2.end(), _parse_num(text, m2) or 0.0)
            end = _read_tail(text, m2.end(), nx, cur)
            nums.append(nx)
        per_unit = False
        if len(nums) == 1 and end < n_text and text[end] == "/":
            pm = re.match(r"/\s?(?:台|张|枚|颗|块|片|套|卡|个|unit|GPU|chip)", text[end : end + 8])
            if pm:
                per_unit = True
                end += pm.end()
            elif re.match(r"/(?:股|share)", text[end : end + 6]):
                pos = end
                continue
        rng: _Num | None = None
        if len(nums) == 1 and not per_unit:
            sep = _RANGE_SEP.match(text, end)
            if sep and not (first.unit is None and text[end:end + 1] == "-" and not m.group("num")):
                m3 = _NUM_AFTER_SEP.match(text, sep.end())
                cur3, _ = _currency_prefix(text, sep.end())
                if not m3:
                    cm = re.match(r"(?:US\$|NT\$|HK\$|\$|€|¥)", text[sep.end():])
                    if cm:
                        cur3 = cur or {"US$": "USD", "NT$": "TWD", "HK$": "HKD", "$": "USD", "€": "EUR", "¥": "CNY"}[cm.group(0)]
                        m3 = _NUM_AFTER_SEP.match(text, sep.end() + cm.end())
                if m3 and not _year_like(text, m3):
                    v3 = _parse_num(text, m3)
                    if v3 is not None:
                        cand = _Num(m3.start(), m3.end(), v3, pre_currency=cur3 or cur)
                        end3 = _read_tail(text, m3.end(), cand, cur3 or cur)
                        compatible = cand.unit is not None and (first.unit is None or first.unit == cand.unit)
                        if compatible:
                            rng = cand
                            end = end3
        if rng is not None:
            nums = [first, rng]
        last = nums[-1]
        unit = last.unit
        for x in nums:
            if x.unit is None:
                x.unit, x.scale, x.count_word = last.unit, last.scale, last.count_word
            if not x.has_mult and last.has_mult:
                x.mult, x.has_mult = last.mult, True
        has_mult = any(x.has_mult for x in nums)
        if unit is None and not (has_mult and m.group("num")):
            pos = max(end, m.end())
            continue
        vals = [x.value * x.mult * x.scale for x in nums]
        q = _qualifier(text, first.start, end)
        mention = Mention(start=first.start, end=end, value=vals[0], unit=unit, qualifier=q,
                          per_unit=per_unit, has_multiplier=has_mult, count_word=last.count_word)
        if rng is not None:
            lo, hi = sorted(vals)
            mention.low, mention.high, mention.value = lo, hi, (lo + hi) / 2
        elif len(vals) > 1:
            mention.values = vals
        out.append(mention)
        pos = max(end, m.end())
    return out
