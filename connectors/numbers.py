"""Quantities in normalised text: one left-to-right scan (see :mod:`connectors.textnorm`).

Every written form of a number becomes a :class:`Mention` with its value in canonical units:

* **Digits**: ``55,054`` (thousands separators), ``15.98``, decimal commas where a scale or ``%``
  follows (``$95,2-billion``, ``134,1%``), full-width digits (normalised before), exponents.
* **Chinese numerals of any shape**: ``两千``, ``一万二千``, ``四亿五千万``, ``十六万八千一百七十七``,
  ``一千零五``, ``二〇二四``, ``卅六`` — read whole by the cn2an library (``cn2an.cn2an``, the
  standard reader of Chinese numerals; see README). Bare scale words stand for one of them
  (``兆元`` = 10^12 元, ``百亿`` = 10^10).
* **Scale words** after a number (``万 亿 万亿 兆 千万 百万``; ``thousand million billion trillion
  bn mn tn``; ``T B M K`` only after a currency sign or before tokens/parameters).
* **Units**: currencies (prefix ``$ US$ NT$ RMB ¥ …`` or suffix ``美元 元 新台币 dollars yuan …``),
  ``%``/percent (percentage points are read as ``pp`` and never become facts), compute rates
  (``EFLOPS``, ``exaFLOPS``, ``百亿亿次``), amounts of work (``PF-days`` x 8.64e19 FLOP), power
  (``GW MW kW 吉瓦 兆瓦 千瓦 瓩``, so ``50万瓩`` = 5e8 W), counts (``台 张 枚 … GPUs servers
  racks``), ``params`` and ``tokens``.
* **Ranges** ``A-B``, ``A~B``, ``A至B``, ``A到B``, ``A to B``, ``between A and B`` sharing the
  unit (and the scale when only B states it): value is the midpoint, ``low``/``high`` the bounds.
  **Slash lists** ``134/307/561亿美元`` give one mention with ``values``. ``247372/1250=198万元``
  reads as 198万元 (the arithmetic is skipped). ``9万/枚`` is a per-unit price.
* **Qualifiers** from the words before or after (``超过 约 以上 more than about`` …).

Years (``2024``, ``2024年``, ``24年``), model names (``GPT-4``, ``H100``) and numbers without a
unit or scale are not quantities. The word tables live in ``connectors/lexicons/quantities.toml``
(extensible through ``COMPUTECAST_LEXICON``); the scan is linear in the length of the text: each
number is read once, with look-ahead and look-behind windows of bounded width.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

from connectors.lexicon import lexicon
from connectors.literals import scan
from connectors.textnorm import caseless_words

_CN_DIGITS = "〇零一二两三四五六七八九十廿卅"
_CN_SCALES = "百千万亿兆"


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
    count_word: str = ""
    #: a fraction word standing with no "of" (approximately two-thirds allocated to servers): a part of a whole by
    #: its form, never a growth rate
    bare_fraction: bool = False

    @property
    def is_list(self) -> bool:
        return len(self.values) > 1


@lru_cache(maxsize=8192)
def parse_chinese_numeral(s: str) -> float | None:
    """``两千`` -> 2000, ``四亿五千万`` -> 4.5e8, ``兆`` -> 1e12, ``卅六`` -> 36; None if not one.

    cn2an reads the numeral; ``廿``/``卅`` (20/30) and ``兆`` (10^12, the Taiwan reading used
    for money) are rewritten first, and a leading bare scale (``百亿``) gets its implicit 一.
    A numeral cn2an rejects is read section by section at its highest scale word (兆, 万亿, 亿,
    万): ``三兆六千亿`` = 3.6e12; ``一亿一千六百九十`` = 100001690 (the 零 dropped, as cn2an's own
    writer ``an2cn`` drops it); a lone digit after the scale is the colloquial tenth of it
    (``一亿二`` = 1.2e8, like ``一万二`` = 12000). Financial capitals (大写: ``壹佰贰拾万``) read like
    the ordinary digits; a decimal with 点 is read as digits after the point, then its scale
    (``十二点五亿`` = 1.25e9, ``零点五`` = 0.5).

    A pure function of ``s``, remembered: cn2an takes tens of microseconds a numeral and a
    document repeats its numerals (一, 两, 十, 二〇二四 …).
    """
    # (a point between Chinese digits, 二八〇六．二四亿: the Taiwan press's decimal, like 点)
    s = s.translate(str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟.", "一二三四五六七八九十百千点"))
    if not s or any(c not in _CN_DIGITS + _CN_SCALES + "点" for c in s):
        return None
    if "点" in s:
        from decimal import Decimal

        head, _, tail = s.partition("点")
        frac = re.fullmatch(r"([〇零一二三四五六七八九]+)([百千万亿兆]*)", tail)
        whole = parse_chinese_numeral(head) if head else None
        if frac is None or whole is None or whole != int(whole):
            return None
        digits = "".join(str(max(0, "零一二三四五六七八九".find(c))) for c in frac.group(1))
        power = sum({"百": 2, "千": 3, "万": 4, "亿": 8, "兆": 12}[c] for c in frac.group(2))
        return float((Decimal(int(whole)) + Decimal("0." + digits)).scaleb(power))
    import cn2an  # imported on first use: it is only needed when a text has Chinese numerals

    t = re.sub(r"廿(?=[一二三四五六七八九])", "二十", s).replace("廿", "二十")
    t = re.sub(r"卅(?=[一二三四五六七八九])", "三十", t).replace("卅", "三十")
    if t[0] in _CN_SCALES:
        t = "一" + t
    # digit-by-digit form (二〇二四): cn2an reads it in "smart" mode
    mode = "smart" if len(t) > 1 and all(c in "〇零一二三四五六七八九" for c in t) else "normal"
    try:
        return float(cn2an.cn2an(t.replace("兆", "万亿"), mode))
    except (ValueError, KeyError, IndexError, TypeError):
        pass
    for word, scale in (("兆", 1e12), ("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        at = t.rfind(word)
        if at <= 0:
            continue
        high, low = parse_chinese_numeral(t[:at]), t[at + len(word) :]
        if not high:
            return None
        if len(low) == 1 and low in "一二两三四五六七八九":
            return high * scale + (parse_chinese_numeral(low) or 0.0) * scale / 10
        low = low.lstrip("零〇")
        if len(low) > 1 and all(c in "〇零一二两三四五六七八九" for c in low):
            return None  # 一亿二三: not a numeral
        rest = parse_chinese_numeral(low) if low else 0.0
        if rest is None or rest >= scale:
            return None
        return high * scale + rest
    return None


#: a partitive before a count noun (40,000 of these GPUs, 600,000 of its Ascend 910C chips, 1 million of Google's TPU chips,
#: 485,000 of Nvidia’s (NASDAQ:NVDA) Hopper chips): the owner, its ticker in brackets, up to three plain adjectives
PARTITIVE = r"of (?:these|those|its|their|the|[A-Z][\w-]*['’]s) (?:\([A-Z]{1,8}(?::[A-Z.]{1,8})?\) )?(?:[a-z]+ ){0,3}?"
#: the letters and digits of a product's model name (H100, MI300, GB200), one pattern for the count tails
#: a note's number glued to the word before it, a superscript flattened by a page's copy (15K GPUs4, 2.6 EFLOPS FP642): one
#: or two digits, then no more of a number
NOTE_MARK = r"(?=\d{1,2}(?!\d|[.,]\d))"
MODEL_CORE = r"[A-Z]{1,3}\d{2,4}"
#: a plain written number: digits, thousands commas, a decimal point
_PLAIN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


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
    pre_currency: str | None = None
    more: bool = False


class _Tables:
    """The quantities lexicon compiled into matchers (built once per lexicon)."""

    def __init__(self, lex: dict[str, Any]) -> None:
        q = lex["quantities"]
        self.zh_scales = sorted(q["scales"]["zh"].items(), key=lambda kv: -len(kv[0]))
        self.not_before = {k: tuple(v) for k, v in q["scales"].get("not_before", {}).items()}
        en = q["scales"]["en"]
        self.en_scales = en
        # (a scale word ends there: not billions-worth; a scraped page's next sentence may be glued to it, $14.08
        # billionThe company: a capital opening a word ends it too)
        self.en_scale_re = re.compile(r"[ \-]?(" + "|".join(sorted(en, key=len, reverse=True)) + r")(?![a-z]|[A-Z](?![a-z]))")
        self.letters = q["scales"]["en_letters"]
        self.letter_re = re.compile(r" ?([" + "".join(self.letters) + r"])(?![A-Za-z])")
        # the characters a match of en_scale_re or letter_re can start with (a space, a hyphen, a word's first
        # letter, a scale letter); None when a word or letter is other than plain ASCII letters and spaces
        plain = re.compile(r"[A-Za-z][A-Za-z ]*")
        self.scale_first = frozenset(" -" + "".join(w[0] for w in en) + "".join(self.letters)) \
            if all(plain.fullmatch(w) for w in [*en, *self.letters]) else None
        self.prefix = sorted(q["currency"]["prefix"].items(), key=lambda kv: -len(kv[0]))
        self.suffix = sorted(q["currency"]["suffix"].items(), key=lambda kv: -len(kv[0]))
        self.suffix_code: dict[str, str] = dict(q["currency"]["suffix"])
        self.currency_codes = frozenset(code for table in ("prefix", "suffix", "suffix_en") for code in q["currency"][table].values())
        self.suffix_en = [(re.compile(rf" ?(?:{pat})(?![A-Za-z])"), code) for pat, code in q["currency"]["suffix_en"].items()]
        pct = q["percent"]
        self.percent_garbled = frozenset(pct.get("garbled", []))
        fr = q.get("fractions", {})
        self.fraction_words: dict[str, float] = {**{w.lower(): float(v) for w, v in fr.get("en", {}).items()},
                                                 **{w: float(v) for w, v in fr.get("zh", {}).items()}}
        self.fraction_qualifier: dict[str, str] = dict(fr.get("zh_qualifier", {}))
        # English words are found from the " of " after them (a scan of a frequent letter would
        # try every word); longest first, so "two thirds" wins over "thirds"
        self.fraction_en = sorted((w.lower() for w in fr.get("en", {})), key=len, reverse=True)
        # a fraction word with no "of" after it stands for a share where a qualifier or "the remaining" comes before
        # it and a word of what it is follows (approximately two-thirds allocated to servers, the remaining one-third
        # directed toward networking, roughly half into short-lived assets); never half an hour, half the
        said = "|".join(re.escape(w) for w in fr.get("said_before", []))
        # (the lower-case last word of every fraction word, which any match holds: the scan runs only on texts with one)
        self.fraction_said_gate = tuple({w.split()[-1].split("-")[-1] for w in self.fraction_en})
        # a fraction word right before "the" and a whole (roughly half the total market, half the funding): a part of it
        self.fraction_the_re = re.compile(
            rf"(?<![A-Za-z-])((?:{'|'.join(re.escape(w) for w in self.fraction_en)}))(?= the (?:total |overall |entire |whole "
            rf"|global |world's )?(?:market|funding|cost|budget|spending|capacity|demand|revenues?|sales|shipments|investment)\b"
            # (not a comparison with something named after it: half the capacity of SK Telecom's planned infrastructure)
            rf"(?! of\b))", re.I) if self.fraction_en else None
        self.fraction_said_re = re.compile(
            rf"\b(?:{said}) ((?:{'|'.join(re.escape(w) for w in self.fraction_en)}))(?= (?!(?:of|an?|the|hour|day|week|"
            rf"month|year|decade|century|dozen|time|point|percentage)\b)[a-z])", re.I) if said and self.fraction_en else None
        # English cardinal words (nearly two gigawatts): found by a case-blind scan of the words,
        # longest first, each a whole word followed by a space
        nw = q.get("number_words", {}).get("en", {})
        self.number_words: dict[str, float] = {w.lower(): float(v) for w, v in nw.items()}
        words_en = sorted(self.number_words, key=len, reverse=True)
        self.number_words_re = caseless_words(words_en, [True] * len(words_en)) if words_en else None
        zh_words = "|".join(re.escape(w) for w in sorted(fr.get("zh", {}), key=len, reverse=True))
        self.fraction_zh_re = re.compile(rf"(?:{zh_words})(?![年月天日个小周])") if zh_words else None
        self.points_re = re.compile(r" ?(?:" + "|".join(re.escape(w) for w in sorted(pct["points"], key=len, reverse=True)) + r")(?![A-Za-z])")
        # a word must end there (percent, not percentage); a sign may touch what follows (5.1%CAGR)
        self.percent_re = re.compile(r" ?(?:" + "|".join(
            re.escape(w) + (r"(?![A-Za-z])" if w[-1:].isalpha() else "")
            for w in sorted(pct["words"], key=len, reverse=True)) + r")")
        cr = q["compute_rate"]
        self.flops_re = re.compile(
            # (a capacity of 1 exaflop: a prefix word joined to a singular "flop" is a rate too)
            r" ?(?P<p>" + "|".join(sorted(cr["prefixes"], key=len, reverse=True)) + r") ?-?(?:FLOPS|FLOP/s|Flops|flops|FLOPs/s|"
            r"(?-i:(?<=[a-z])flop))(?![A-Za-z])",
            re.I)
        self.flops_prefix = {k.lower(): v for k, v in cr["prefixes"].items()}
        self.flops_zh = sorted(cr["zh"].items(), key=lambda kv: -len(kv[0]))
        self.flops_shorthand = {k: float(v) for k, v in cr.get("shorthand", {}).items()}
        self.flops_shorthand_words = sorted(self.flops_shorthand, key=len, reverse=True)
        self.flops_shorthand_first = frozenset(w[:1] for w in self.flops_shorthand)
        self.flops_shorthand_before: dict[str, str] = {k: str(v) for k, v in cr.get("shorthand_before", {}).items()}
        cw = q["compute_work"]
        self.pf_day = float(cw["pf_day"])
        self.pf_re = re.compile(r" ?(?:" + "|".join(re.escape(w) for w in sorted(cw["pf_day_words"], key=len, reverse=True)) + r")(?![A-Za-z])", re.I)
        self.flop_re = re.compile(r" ?(?:" + "|".join(re.escape(w) for w in cw["flop_words"]) + r")(?![A-Za-z/])")
        self.power = sorted(q["power"].items(), key=lambda kv: -len(kv[0]))
        # a hyphen may join the number to its unit in an English compound adjective (a 1-gigawatt campus,
        # a 6-trillion-parameter model, a 1,000-GPU cluster)
        self.power_re = re.compile(r"[ -]?(" + "|".join(re.escape(w) for w, _ in self.power) + r")(?![A-Za-z])")
        self.power_map = dict(self.power)
        c = q["counts"]
        self.count_zh = set(c["zh"])
        self.count_zh_words = tuple(sorted(c.get("zh_words", []), key=len, reverse=True))
        ge_mods = "|".join(re.escape(w) for w in sorted(c.get("zh_ge_modifiers", []), key=len, reverse=True)) or "(?!)"
        ge_nouns = "|".join(re.escape(w) for w in sorted(c["zh_ge_before"], key=len, reverse=True))
        # 个, then at most four modifiers (a maker, AI, 的, a model name in quotes), then the counted noun
        self.ge_re = re.compile(r"个(?:(?:" + ge_mods + r"|[「“\"]?[A-Za-z0-9-]{2,8}[」”\"]?) ?){0,4}(?:" + ge_nouns + r")")
        en_nouns = "|".join(re.escape(w) for w in sorted(c["en"], key=len, reverse=True))
        mods = "|".join(re.escape(w) for w in sorted(c.get("en_modifiers", []), key=len, reverse=True)) or "(?!)"
        self.count_en_re = re.compile(
            # (40,000 of these GPUs, 600,000 of its Ascend 910C chips: the count of a kind named before)
            # (1 million of Google's TPU chips; after such a partitive "of", up to three plain adjectives: 18,000 of
            # Nvidia's latest AI chips, 260,000 of its most advanced AI accelerator chips)
            # (485,000 of Nvidia’s (NASDAQ:NVDA) Hopper chips: a ticker in brackets after the owner's name)
            # (approximately 550,000 units of Nvidia’s latest H100 compute GPUs: the units, then what they are of)
            r"[ -]?(?:units " + PARTITIVE + r"|" + PARTITIVE + r")?"
            # up to four names, model names or modifiers before the noun (100,000 NVIDIA Hopper H100 GPUs,
            # 500,000 Trainium2 chips, 800,000 Nvidia graphics cards)
            # (24,823 Kunpeng and Higon servers: two names joined by "and", "or" or "&")
            # (20,000 Nvidia (NVDA) H200 processors: a ticker in brackets after a name)
            # (1,600 of Huawei's 910B Ascend AI chips: a model name opening with its digits among them)
            # (3,500 Nvidia “Hopper” H100 GPUs: a name in quotes)
            r"(?:(?:(?<=[ -])(?:(?:[“\"‘]?[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)?[”\"’]?(?: \([A-Z]{1,8}(?::[A-Z.]{1,8})?\))?|\d{3,4}[A-Z]{1,2}|[a-z]+-[a-z]+|"
            r"(?:" + mods + r")) (?:(?:and|or|&) )?){1,4})?"
            # (a scraped page may glue the next sentence to the noun: around 169,000 unitsThis illustrates; or a note's
            # number, a superscript flattened: Over 3,400 nodes3 and 15K GPUs4)
            r"(?:(?:" + MODEL_CORE + r"[A-Za-z]{0,2}|\d{3}[A-Z])s? ?)?(?:" + en_nouns
            + r")(?:\b|(?=[A-Z][a-z])|" + NOTE_MARK + r")|(?:[A-Z][A-Za-z]+ )?" + MODEL_CORE + r"[A-Za-z]?s\b)")  # (8,192 Nvidia H100s)
        # a count noun right after a scale letter, or after one hyphenated modifier (10 M high-end accelerators)
        # (or after a partitive: each deployed about 1.5M of their chips)
        self.letter_count_re = re.compile(r" ?(?:" + PARTITIVE + r")?(?:[a-z]+-[a-z]+ )?(?:" + en_nouns + r")(?:\b|" + NOTE_MARK + ")")
        mu = q["model_units"]
        self.not_model_names = frozenset(mu.get("not_model_names", []))
        self.params_re = re.compile(r"[ -]?(?:" + "|".join(re.escape(w) for w in sorted(mu["params"], key=len, reverse=True)) + r")")
        self.tokens_re = re.compile(r"[ -]?(?:" + "|".join(re.escape(w) for w in sorted(mu["tokens"], key=len, reverse=True)) + r")(?![A-Za-z])")
        quals = q["qualifiers"]
        self.q_prefix = [(re.compile(rf"(?:{pat}) ?$", re.I), code) for code, pat in quals["prefix"]]
        self.q_suffix = [(re.compile(rf"^ ?(?:{pat})"), code) for code, pat in quals["suffix"]]
        self.q_prefix_last = _last_chars([pat for pat, _ in self.q_prefix])
        self.q_suffix_gate = _union([pat for pat, _ in self.q_suffix])  # where one of them matches
        # the first (last) characters of the words above: a text position none of them can start
        # (end) at skips the word-by-word loops; None when some word is empty
        self.prefix_last = _chars([w for w, _ in self.prefix], -1)
        self.zh_scale_first = _chars([w for w, _ in self.zh_scales], 0)
        self.flops_zh_first = _chars([w for w, _ in self.flops_zh], 0)
        self.suffix_first = _chars([w for w, _ in self.suffix], 0)
        # one regex matching where any unit regex of _read_unit matches (None: they cannot be joined)
        self.unit_gate = _union([self.points_re, self.percent_re, self.params_re, self.tokens_re, self.pf_re,
                                 self.flops_re, self.flop_re, self.power_re, self.count_en_re,
                                 *(p for p, _ in self.suffix_en)])


def _union(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """A regex that matches at a position exactly where one of ``patterns`` does (each keeps its own
    case-insensitivity); None when a pattern has other flags or backreferences, or the union does
    not compile (two groups of one name)."""
    parts = []
    for p in patterns:
        if p.flags & ~(re.I | re.U) or re.search(r"\\[1-9]|\(\?P=", p.pattern):
            return None
        parts.append(f"(?i:{p.pattern})" if p.flags & re.I else f"(?:{p.pattern})")
    try:
        return re.compile("|".join(parts))
    except re.error:
        return None


def _last_chars(patterns: list[re.Pattern[str]]) -> frozenset[str] | None:
    """The characters (ASCII lower-cased) a match of one of ``patterns`` (each ``(?:words) ?$``)
    can end with before its optional space; None when that cannot be bounded (then no gate)."""
    out: set[str] = set()
    for pat in patterns:
        try:
            tree = _sre_parse.parse(pat.pattern, pat.flags)
        except Exception:  # an unparsable pattern: no gate
            return None
        items = list(tree)
        # drop the trailing " ?$" every prefix pattern ends with
        if len(items) < 2 or items[-1] != (_sre.AT, _sre.AT_END) or items[-2][0] is not _sre.MAX_REPEAT:
            return None
        tail = _tail(items[:-2])
        if tail is None or tail[1]:
            return None
        out |= tail[0]
    if any(not c.isascii() and c.lower() != c.upper() for c in out):
        return None  # a cased non-ASCII letter: case folding beyond ASCII is not modelled
    return frozenset(c.lower() for c in out)


def _tail(items: Any) -> tuple[set[str], bool] | None:
    """(the characters a match of the parsed sequence can end with, whether it can be empty)."""
    chars: set[str] = set()
    for op, av in list(items)[::-1]:  # (mypyc cannot loop over reversed() of a list of Any)
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # consumes nothing
        if op is _sre.LITERAL:
            return chars | {chr(av)}, False
        if op is _sre.IN:
            if not all(o is _sre.LITERAL for o, _ in av):
                return None
            return chars | {chr(a) for _, a in av}, False
        if op is _sre.SUBPATTERN:
            sub = _tail(av[-1])
        elif op is _sre.BRANCH:
            alts = [_tail(alt) for alt in av[1]]
            if any(a is None for a in alts):
                return None
            sub = (set().union(*(a[0] for a in alts if a)), any(a[1] for a in alts if a))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            body = _tail(av[2])
            sub = None if body is None else (body[0], body[1] or av[0] == 0)
        else:
            return None
        if sub is None:
            return None
        chars |= sub[0]
        if not sub[1]:
            return chars, False
    return chars, True


def _may_end_qualifier(last: frozenset[str], before: str) -> bool:
    """Whether a prefix qualifier can end ``before``: its last character, before an optional space
    and a final newline (``$`` matches there too), is one a qualifier ends with."""
    n = len(before)
    if not n:
        return False
    # the character before each tail "", " ", "\n", " \n" that ``before`` ends with
    xs = before[-1]
    if n > 1 and xs in " \n":
        xs += before[-2]
        if n > 2 and before.endswith(" \n"):
            xs += before[-3]
    for x in xs:
        if not x.isascii() and x.lower() != x.upper():
            return True  # a cased non-ASCII letter: let the patterns decide
        if x.lower() in last:
            return True
    return False


def _chars(words: list[str], at: int) -> frozenset[str] | None:
    return frozenset(w[at] for w in words) if all(words) else None


@lru_cache(maxsize=4)
def _tables_for(key: int) -> _Tables:
    return _Tables(lexicon())


def _tables() -> _Tables:
    return _tables_for(id(lexicon()))


def prefix_currency(symbol: str) -> str | None:
    """The currency a symbol written before a number names in the unit table (quantities.toml [currency.prefix]):
    ₹ and Rs -> INR, US$ -> USD; None for a symbol it does not hold."""
    return dict(_tables().prefix).get(symbol)


def scale_of(word: str) -> float | None:
    """The scale an English scale word names in the unit table (quantities.toml [scales.en]): crore -> 1e7."""
    scale = _tables().en_scales.get(word)
    return float(scale) if scale is not None else None


def currency_of(word: str) -> str | None:
    """The currency a currency word names in the unit table (quantities.toml [currency.suffix],
    normalised text): 美元 -> USD, 新台币 -> TWD; None for a word it does not hold."""
    return _tables().suffix_code.get(word)


#: right after a number: a scale word or a percent sign (before which no thousands are grouped by a space, and a space
#: between digits is a lost decimal point)
_SCALE_OR_PERCENT = r"\s?(?:[亿億万萬兆%％]|(?i:billion|million|trillion|bn)\b)"
#: a number as written: digits (a decimal point with a copied space before a scale, thousands by commas or, as SI and
#: French style write them, by spaces — 600 000 chips, EUR 12 000 000. at a sentence's end, not after a letter or another
#: number, not before a scale word or a decimal part,
#: where the space is more likely a lost decimal point: 3 763 billion —, a decimal comma; never a lone 00 or 000,
#: the tail of a group), or Chinese numerals of any shape
NUM_RE = re.compile(
    r"(?<![0-9_.\-/])(?<![A-Za-z]-)(?P<sign>-)?(?P<num>\d{1,4}\. \d{1,3}(?=\s?[亿億万萬%％])|"
    # (a decimal point lost to a space before a scale word or a percent sign: revenue of 3 763 billion yuan, 28 87亿,
    # a year-on-year increase of 49 67%; no thousands are grouped before a scale word)
    r"(?<![\d%] )(?<![A-Za-z\d,.])\d{1,3} \d{2,3}(?=" + _SCALE_OR_PERCENT + r")|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|(?<![A-Za-z])(?<!\d )\d{1,3}(?: \d{3})+(?!\d|[,.]\d| \d|" + _SCALE_OR_PERCENT + r")|\d+,\d{1,2}(?!\d|,\d)|(?!00+(?![\d.]))\d+(?:\.\d+)?)(?P<exp>[eE][+-]?\d+|\s?[×x]\s?10(?:\^[+-]?\d{1,3}|[⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))?"
    r"|(?P<cn>(?<![几数])[〇零一二两三四五六七八九十廿卅](?:[〇零一二两三四五六七八九十廿卅百万亿]|千(?![瓦瓩])|兆(?![瓦赫字位比帕]))*(?:[点.][〇零一二三四五六七八九]+(?:[百万亿]|千(?![瓦瓩])|兆(?![瓦赫字位比帕]))*)?|[壹贰叁肆伍陆柒捌玖拾](?:[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+|(?=[元圆]))|(?<![一-龥:：(（/、,，])[百千万]?[亿兆](?=[元美新台港人])|(?<=[收入额值资超逾近约达过破至到为上应年])[百千万]?[亿兆](?=[元美新台港人])"
    # (not a unit named in brackets or after a colon: 市场规模及其同比增速(单位:亿美元,%), 营收(亿元); after 对应 and a
    # span of years too: 对应万亿人民币市场, 两年千亿元以上规模的大投资)
    # a scale word alone after a level's verb, before a counter or at the end of its phrase (出货量达百万台, 出货逾千万)
    r"|(?<=[超逾近约达破至到])(?:[百千]?万|[百千万]?亿)(?=[台张颗片套卡枚块柜]|[\s,，。;；)）]|$)"
    # a scale word alone before a model's parameters or tokens (万亿参数大模型, 千亿参数模型, 兆个参数, 万亿级tokens): a model's
    # size class, of that order; not a vague count (数十亿参数) nor the class of models a machine can serve (支撑千亿参数大模型
    # 训练, 满足万亿参数大模型预训练, 仅靠4颗CPU运行千亿参数大模型: a capability, no model's size)
    r"|(?<![〇零一二两三四五六七八九十百千万亿兆\d.,数几多上])(?<!支撑)(?<!支持)(?<!满足)(?<!训练)(?<!运行)(?<!承载)(?<!适配)"
    r"(?<!处理)(?:[十百千]?万亿|[十百千]?亿|兆)(?=个?参数|级(?:别)?参数|级?(?:tokens?|词元)))"
)
_NUM_AT = re.compile(
    r"(?P<sign>)(?P<num>\d{1,4}\. \d{1,3}(?=\s?[亿億万萬%％])|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|(?<![A-Za-z])(?<!\d )\d{1,3}(?: \d{3})+(?!\d|[,.]\d| \d|\s?(?:[亿億万萬兆%％]|(?i:billion|million|trillion|bn)\b))|\d+,\d{1,2}(?!\d|,\d)|(?!00+(?![\d.]))\d+(?:\.\d+)?)(?P<exp>[eE][+-]?\d+|\s?[×x]\s?10(?:\^[+-]?\d{1,3}|[⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))?"
    r"|(?P<cn>(?<![几数])[〇零一二两三四五六七八九十廿卅](?:[〇零一二两三四五六七八九十廿卅百万亿]|千(?![瓦瓩])|兆(?![瓦赫字位比帕]))*(?:[点.][〇零一二三四五六七八九]+(?:[百万亿]|千(?![瓦瓩])|兆(?![瓦赫字位比帕]))*)?|[壹贰叁肆伍陆柒捌玖拾](?:[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+|(?=[元圆])))"
)
#: every character a match of NUM_RE can start with (its look-behinds leave the regex engine no
#: first-character scan of its own; this class has one)
_NUM_FIRST = re.compile(r"[-\d〇零一二两三四五六七八九十廿卅壹贰叁肆伍陆柒捌玖拾百千万亿兆]")


#: between the two numbers of a pair sharing the count word after the second (8192 and 15488 Ascend cards)
_COUNT_LIST_GAP = re.compile(r" and | or |、|和|与|及|或")
#: between the start of a move and its end (from about 65,000 to more than 300,000 units), the end's qualifier included
_MOVE_TO_GAP = re.compile(r" to (?:(?:more than|over|nearly|about|around|approximately|roughly|almost|some) )?")


#: a bare count written with thousands separators (500,000): only such a number may take its unit from the move it starts
#: or ends (a bare 2019 or 35 stays no quantity)
_GROUPED_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+")
#: right before the first number of a move (rise sharply from about 500,000 in 2019 to …)
_FROM_BEFORE_MOVE = re.compile(r"\bfrom (?:about |around |nearly |roughly |approximately |some |just |over |more than )?$", re.I)
#: between the first number of a move and its "to": the period of the start, then "to" (500,000 in 2019 to approximately)
_MOVE_PERIOD_TO_GAP = re.compile(r"(?: in (?:19|20)\d{2}| in (?:the )?(?:first|second|third|fourth) quarter(?: of (?:19|20)\d{2})?)?"
                                 + _MOVE_TO_GAP.pattern)
#: before a bare count that a level just stated moved from (200,000 AI servers will be shipped …, up from about 125,000 in
#: 2022): the words of that earlier level
#: (the words of a move from a level, and of its "about", shared with _COMPARED_FROM_BEFORE)
_MOVED_FROM = r"\b(?:up|down|rising|rose|falling|fell|growing|grew|increasing|increased|decreasing|decreased) from"
_ABOUT = r"(?:about |around |nearly |roughly |approximately |some |just )?"
_UP_FROM_BEFORE = re.compile(_MOVED_FROM + " " + _ABOUT + "$", re.I)
#: a model's size glued after its name (GPT-3 175B, Llama 70B, Qwen2-72B, Llama-3-405b, Nemotron-4-340B, GPT-4 1.8T): the
#: name opens with a capital letter and holds a lower-case letter or a hyphen (not FY2025, Q3), then a space or a hyphen,
#: the number and B or T with no letter or digit after; or a size before the word model (a 70B model)
_MODEL_SIZE = re.compile(r"(?<![\w.$-])(?:(?P<name>(?=[A-Z])(?=[\w.-]*(?:[a-z]|-))[A-Za-z][\w.]*(?:-[\w.]+)*?)[ -])?"
                         r"(?P<num>\d{1,4}(?:\.\d{1,2})?)(?P<scale>[BbTt])(?![\w-]|\.\w)"
                         r"(?P<noun> (?:dense |MoE |base |chat |instruct )?(?:model|LLM|language model)s?\b)?")
def _model_sizes(tb: _Tables, text: str) -> list[Mention]:
    """Parameter counts written as a size after a model's name or before the word model (see _MODEL_SIZE; quantities.toml
    [model_units] not_model_names): read apart from the numbers (GPT-3 175B would read as the digits 3 175 grouped,
    Qwen2-72B as a range's end)."""
    out: list[Mention] = []
    if "B" not in text and "b" not in text and "T" not in text:
        return out
    for m in _MODEL_SIZE.finditer(text):
        name, noun = m.group("name"), m.group("noun")
        if noun is None and (name is None or name in tb.not_model_names):
            continue
        scale = 1e12 if m.group("scale") in "Tt" else 1e9
        out.append(Mention(start=m.start("num"), end=m.end("scale"), value=float(m.group("num")) * scale, unit="params"))
    return out


#: right before a scaled number written bare, what it is compared with: the level a count moved from, or the count it
#: is set against (up from ~3mn/3.2mn previously; vs 7.9mn over the previous 4 years)
_COMPARED_FROM_BEFORE = re.compile(r"(?:" + _MOVED_FROM + r"|\bvs\.?|\bversus|\bcompared (?:with|to)) " + _ABOUT + r"~? ?$", re.I)
#: how far back in its sentence the level an "up from" count moved from may end
_UP_FROM_REACH = 120


def _abbreviated_low(low: str, text: str, first: _Num, second: _Num) -> bool:
    """``A-B`` (a dash between) whose A is written with one digit fewer than B and, times ten, falls just short of B
    (70-720, 60-650: 700 to 720, 600 to 650): the low bound abbreviated. A range from 1 to 10 (A times ten is B) or from 8
    to 90 (A of one digit) is left as written."""
    if not low.isdigit() or len(low) < 2 or first.has_mult or text[first.end : second.start].strip() not in ("-", "–", "~"):
        return False
    high = text[second.start : second.start + len(low) + 2]
    return high[: len(low) + 1].isdigit() and not high[len(low) + 1 :].isdigit() and \
        first.value * 10 < second.value <= first.value * 10 * _ABBREVIATED_SPAN


#: how far above ten times an abbreviated low bound its high bound may be (60-650: 650 / 600)
_ABBREVIATED_SPAN = 1.25


def _search_num(text: str, pos: int) -> re.Match[str] | None:
    """``NUM_RE.search(text, pos)``, trying NUM_RE only where a match can start."""
    while True:
        c = _NUM_FIRST.search(text, pos)
        if c is None:
            return None
        m = NUM_RE.match(text, c.start())
        if m is not None:
            return m
        pos = c.start() + 1


#: a rate's word a broker glues to the rate (CAGR47%, YoY30%), and the percent sign that must follow it
_RATE_WORD_GLUED = re.compile(r"(?<![A-Za-z])(?:CAGR|YoY|yoy|QoQ|qoq)$")
_PERCENT_AFTER = re.compile(r"\s?[%％]")
#: an English function word a scraped page glued to the figure after it, the space lost with an inline tag (grew by97%,
#: a growth of105%, reaching the$47.4 billion): the word is no part of a name (H100, Q3, GPT4 start with a capital), so
#: a rate or an amount with its scale word after it is read as if the space were there
_FUNCTION_WORD_GLUED = re.compile(r"(?<![A-Za-z])(?:by|of|to|at|the|about|nearly|around|roughly|over|from|and|was|were|is|"
                                  r"are|reached|reaching|hit|approximately|than|totaling|totalling|with|up|down|rose|grew)$")
_RATE_OR_SCALE_AFTER = re.compile(r"(?:\.\d+)?\s?(?:[%％]|(?:billion|million|trillion|bn)\b)")
_ARITH_RE = re.compile(r" ?[/÷×*+] ?\d[\d,.]*(?: ?[/÷×*+] ?\d[\d,.]*)* ?= ?")
_RANGE_SEP = re.compile(r" ?(?:-|~|至|到|to|and|–) ?")
#: a year with 年 after a slash: the next of a list of pairs of a year and its figure, not an item of the figure's list
_SLASH_YEAR = re.compile(r"(?:19|20)\d{2}\s?年")
_SLASH_NUM = re.compile(r"(?P<sign>)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<exp>)(?P<cn>)")
_PER_UNIT = re.compile(r"/ ?(?:台|张|枚|颗|块|片|套|卡|个|柜|unit|GPU|chip|server)")
#: 成 after a small number is tenths (四成 = 40 %) unless it starts a word (成为, 成本, 成功, 成长 …)
_CHENG_NOT_TENTHS = set("为本功长交员立熟果品都型效")
#: 三分之二 = 2/3 (a share, in %)
#: a common fraction written with a slash (1/6, 3/4), not a date, a ratio of amounts or a list (1.9万/5万)
#: (the character before it is checked apart: a look-behind first would cost the regex engine its fast scan for a digit)
_SLASH_FRACTION = re.compile(r"([1-9])/([2-9]|1[0-2])(?![\d/%万亿千百]|[.,:]\d)")
#: a share's verb before a slash fraction (占全国1/6, accounting for 1/4), or its whole after it (1/3的份额, 1/4 of)
#: (其中1/5預定供應給G42: "of which", a part of the count before)
_SHARE_VERB_BEFORE = re.compile(r"(?:占|占据|占到|约占|其中|accounting for|accounts? for|made up|makes? up)[^,，。;；\d]{0,6}$", re.I)
_WHOLE_AFTER = re.compile(r" ?(?:的|of\b)")
#: a split of a whole written as a ratio after its share word (GPU與ASIC占比約8：2, 比例为6:4; the full-width colon is
#: normalised): two shares summing to ten or a hundred (not a time, 8:20)
_SHARE_RATIO = re.compile(r"(?:占比|比例|比重|份额|配比)(?:约为|约|大约|为|是|达|达到|接近|近)? ?(?P<a>\d{1,2}) ?: ?(?P<b>\d{1,2})(?![\d:])")
_FRACTION_RE = re.compile(r"([一二两三四五六七八九十百]{1,3}|\d{1,3})分之([一二两三四五六七八九十]{1,3}|\d{1,3})")
_PER_SHARE = re.compile(r"/(?:股|share)")
#: before "half of", a half of a year, not a share (the first half of 2024, second-half)
_HALF_OF_PERIOD = re.compile(r"(?:first|second|1st|2nd|latter|former) ?$", re.I)
#: a range's second bound of four digits and the scale or unit after it (2000-2500亿元, 2000 - 2500 million): the first
#: four-digit number is an amount's bound, not a year
_SCALED_SPAN_AFTER = re.compile(r" ?[-–~至到] ?\d{4}(?![\d.,]) ?(?:[万亿千百兆]|台|张|颗|片|块|套|卡|元|美元|million|billion|bn|thousand|units)")
_YEAR_TAIL = re.compile(r"(?:年|财年|年度| ?[QH][1-4]|Q| fiscal|/\d{2}\b)")


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_DOLLARS = re.compile(r" ?(?:US dollars|dollars)\b")
_YEAR2_TAIL = re.compile(r"年|财年| ?Q[1-4]|H[12]")
#: a forecast of a metric right before "from A to B", which makes the pair a range (forecast revenue from $13.9 billion
#: to $14.1 billion; expects capital expenditures from …)
_FORECAST_FROM = re.compile(r"\b(?:forecasts?|forecasted|expects?|expected|guided|guides|sees|projects?|projected|anticipates?)"
                            r"\s(?:[\w-]+\s){0,3}?(?:revenues?|sales|capex|capital expenditures?|spending)\s$", re.I)
_FROM_BEFORE = re.compile(r"(?:\bfrom|从|由)([^,;。:]{0,40})$", re.I)
#: a from-word governing a forecast's noun, whose value is then the range (from the previous expectation of $20 billion to $23
#: billion), not a level's (from a historical average of 30 MW to 300 MW: a move)
_OF = re.compile(r"\b(?:expectations?|forecasts?|guidance|estimates?|outlook|range|projections?|targets?|view|plans?) of\b", re.I)
#: between a from-word and a number: the move's "to" was already given (the number starts a range of its own)
_MOVE_TO_BETWEEN = re.compile(r"至|到|\bto\b", re.I)
#: after the "to" of a from-range: its second bound, its unit, then the move's own "to" (由2至3亿元上修至…)
_RANGE_THEN_MOVE = re.compile(r"\d[\d.,]*\s?[^\d\s,;。]{0,4}?(?:(?:上修|上调|下修|下调|提升|增加|增长|增|降低|下降|降|调升|调降|调高|调低|升|回落)(?:至|到)|"
                              # (从 3150 至 3200 亿美元,调整为 3510 至 3570 亿美元: the move's "to" after a comma; 從原來的660億至720億美元,收窄並
                              # 上調至700億至720億美元: a revision's verb a few words after it)
                              r"[,，]?\s?(?:调整|修正|修订|更新|改)(?:为|至|到)|"
                              r"[,，]\s?[^\d\s,;。]{0,6}?(?:上修|上调|下修|下调|调升|调降|调高|调低|调整|修正|修订|收窄|缩窄)(?:为|至|到))")
#: "by" right before the first of "A to B" (by $250M to $5.15–$5.35B: the first bound starts at its currency sign): A is
#: how much a figure moved, B its new level
_BY_BEFORE = re.compile(r"\bby (?:about |approximately |nearly |roughly |around |some |over |more than |less than |up to |almost )?$",
                        re.I)
_BETWEEN_BEFORE = re.compile(r"between ?[+]?$")
#: before the "from" of "A to B": the words of a range (revenue is expected to range from $21.8 billion to $22.6 billion)
_RANGE_FROM = re.compile(r"\b(?:range|ranges|ranged|ranging|in a range|in the range)\s$", re.I)


#: a power of ten written out after a number (3.133 × 10²⁵, 2 x 10^24): its exponent as Python writes it (e25)
_TIMES_TEN = re.compile(r"\s?[×x]\s?10\^?")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")


def _exponent(exp: str) -> str:
    """``e25`` for ``e25``, `` × 10²⁵`` or ``x10^25`` (training compute as papers write it: 3.8 × 10^25 FLOP)."""
    return "e" + _TIMES_TEN.sub("", exp, count=1).translate(_SUPERSCRIPTS) if exp[:1] not in ("e", "E", "") else exp


_LOST_DECIMAL = re.compile(r"\d{1,3} \d{2,3}")
_SCALE_OR_PERCENT_AFTER = re.compile(_SCALE_OR_PERCENT)


def _parse_num(m: re.Match[str]) -> float | None:
    sign, num, exp, cn = m.group("sign", "num", "exp", "cn")
    if cn:
        return parse_chinese_numeral(cn)
    # (a space copied after the decimal point before a scale or %: 營收17. 27億元, 同比增长90. 05%; LABELLING.md D7)
    # (a space between groups of three digits, as SI and French style write thousands: 600 000 Nvidia chips)
    if " " in num:
        num = num.replace(". ", ".")
        if " " in num and _LOST_DECIMAL.fullmatch(num) and _SCALE_OR_PERCENT_AFTER.match(m.string, m.end("num")):
            num = num.replace(" ", ".")  # (3 763 billion yuan: a decimal point lost to a space before the scale)
        num = num.replace(" ", "")
    if "," in num:
        # 95,2 (a decimal comma) or 55,054 (thousands)
        num = num.replace(",", ".") if _DECIMAL_COMMA.fullmatch(num) else num.replace(",", "")
    try:
        v = float(num + _exponent(exp)) if exp else float(num)
    except (ValueError, OverflowError):
        return None
    return -v if sign == "-" else v


def _currency_prefix(tb: _Tables, text: str, start: int) -> tuple[str | None, int]:
    """The currency written right before the number at ``start`` and where it starts; (None, start) where none is.
    A qualifier between a currency's name and the number (新台幣約300億元, 新台幣逾兆元) leaves the currency the
    number's; the quantity then starts at the number, the qualifier read before it as anywhere else."""
    code, cstart = _currency_right_before(tb, text, start)
    if code is None and (qual := _prefix_qualifier(tb, text[max(0, start - 16) : start])) is not None:
        at = max(0, start - 16) + qual[0]
        if 0 < at < start and not text[at - 1].isascii() and (code := _currency_right_before(tb, text, at)[0]) is not None:
            return code, start  # (a CJK currency name before a qualifier: 人民币约, 新台币逾)
    return code, cstart


def _currency_right_before(tb: _Tables, text: str, start: int) -> tuple[str | None, int]:
    """The currency symbol or name that ends right before ``start`` (spaces allowed) and where it starts."""
    head = text[max(0, start - 4) : start]
    stripped = head.rstrip()
    if tb.prefix_last is not None and stripped[-1:] not in tb.prefix_last:
        return None, start
    for sym, code in tb.prefix:
        if stripped.endswith(sym):
            before = text[max(0, start - (len(head) - len(stripped)) - len(sym) - 1) : start - (len(head) - len(stripped)) - len(sym)]
            if sym[0].isalpha() and sym.isascii() and before[-1:].isascii() and before[-1:].isalpha():
                continue  # (USD glued to a word is no code; 为US$29.8B after a Chinese character is)
            if sym == "$" and stripped.endswith(("US$", "NT$", "HK$", "S$", "A$")):
                continue
            return code, start - (len(head) - len(stripped)) - len(sym)
    return None, start


def _read_scale(tb: _Tables, text: str, pos: int, n: _Num, currency: str | None, after_cn: bool) -> int:
    """A scale word at ``pos`` (万, 亿, billion, B after a currency …): sets ``n.mult``."""
    s = text[pos : pos + 12]
    if not after_cn and (tb.zh_scale_first is None or s[:1] in tb.zh_scale_first):
        for w, f in tb.zh_scales:
            if s.startswith(w):
                nxt = s[len(w) :]
                if nxt.startswith(tb.not_before.get(w[-1], ())) and len(w) == 1:
                    break
                if w[-1] in tb.not_before and nxt.startswith(tb.not_before[w[-1]]):
                    # 万千瓦: take 万 only, the 千 belongs to the unit
                    w, f = w[:-1], dict(tb.zh_scales).get(w[:-1], 1.0)
                    if not w:
                        break
                n.mult, n.has_mult = f, True
                return pos + len(w)
    if tb.scale_first is not None and s[:1] not in tb.scale_first:
        return pos  # (no English scale word nor scale letter can start here: most numbers have none)
    m = tb.en_scale_re.match(text, pos)
    if m and not (m.group(0).startswith("-") and not currency and m.group(1) not in ("billion", "million", "trillion")):
        n.mult, n.has_mult = float(tb.en_scales[m.group(1)]), True
        return m.end()
    m = tb.letter_re.match(text, pos)
    if m and (currency or tb.params_re.match(text, m.end()) or tb.tokens_re.match(text, m.end())
              or (m.group(1) in "MBKk" and tb.letter_count_re.match(text, m.end()))
              or (m.group(0) == "k" and not text[m.end() : m.end() + 1].isdigit())):
        # (a lower-case k glued to the number is thousands wherever it stands: 2025年910B/C各出货350k,
        # DCU3获阿里15k订单; a bare scaled number, a count only where a count word reaches it)
        n.mult, n.has_mult = float(tb.letters[m.group(1)]), True
        return m.end()
    return pos


def _read_unit(tb: _Tables, text: str, pos: int, n: _Num, currency: str | None) -> int:
    """The unit at ``pos`` (after the scale): sets ``n.unit``/``n.scale``; returns the new end."""
    s = text[pos : pos + 40]
    c0 = s[:1]
    for w, f in tb.flops_zh if tb.flops_zh_first is None or c0 in tb.flops_zh_first else ():
        if s.startswith(w):
            n.unit, n.scale = "FLOPS", f
            return pos + len(w)
    spaced = c0 == " " and pos > 0 and text[pos - 1].isdigit() and s[1:2] in tb.flops_shorthand_first
    # (800多P, 800余P: "more than" between the number and the shorthand)
    if (spaced or (c0 in tb.flops_shorthand_first and pos > 0 and (text[pos - 1].isdigit() or text[pos - 1] in "万亿千百多余"))) \
            and not tb.pf_re.match(text, pos):  # (3640 PF-days: an amount of work, quantities.toml pf_day_words)
        body = s[1:] if spaced else s
        for w in tb.flops_shorthand_words:  # longest first
            rest = body[len(w) :]
            if body.startswith(w) and not (rest[:1].isascii() and rest[:1].isalnum()) and (
                    not spaced or rest[:1] in ("(", "（") or "\u4e00" <= rest[:1] <= "\u9fff") and \
                    rest.startswith(tb.flops_shorthand_before.get(w, "")):
                # 6000P, 6000PF: PFLOPS, as compute plans write it (5000 P(12kw)算力设备, 1000 P算力: spaced before
                # a bracket or a Chinese word)
                n.unit, n.scale = "FLOPS", tb.flops_shorthand[w]
                return pos + len(w) + spaced
    suffix = tb.suffix if tb.suffix_first is None or c0 in tb.suffix_first else ()
    if currency:
        n.unit = currency
        for w, code in suffix:
            if s.startswith(w):
                if code != "CNY":
                    n.unit = code
                return pos + len(w)
        m = _DOLLARS.match(s)
        return pos + (m.end() if m else 0)
    for w, code in suffix:
        if s.startswith(w):
            n.unit = code
            return pos + len(w)
    if tb.unit_gate is not None and tb.unit_gate.match(text, pos) is None:
        # none of the unit regexes below matches here (most numbers that have no unit): the
        # character checks among them, in the same order, decide alone
        end = _times_or_tenths(s, pos, n)
        if end is None:
            end = _count_char(tb, s, pos, n)
        return pos if end is None else end
    m = tb.points_re.match(text, pos)
    if m:
        n.unit = "pp"
        return m.end()
    end = _times_or_tenths(s, pos, n)
    if end is not None:
        return end
    m = tb.percent_re.match(text, pos)
    if m:
        n.unit = "%"
        raw = text[n.start : pos].rstrip()
        if m.group(0).strip() in tb.percent_garbled and raw.endswith("1") and _PLAIN.fullmatch(raw[:-1].rstrip(".")):
            n.value = float(raw[:-1].rstrip(".").replace(",", ""))  # 85.11 TP3T: 85.1 and a garbled %
        return m.end()
    m = tb.params_re.match(text, pos)
    if m:
        n.unit = "params"
        return m.end()
    m = tb.tokens_re.match(text, pos)
    if m:
        n.unit = "tokens"
        return m.end()
    m = tb.pf_re.match(text, pos)
    if m:
        n.unit, n.scale = "FLOP", tb.pf_day
        return m.end()
    m = tb.flops_re.match(text, pos)
    if m:
        n.unit, n.scale = "FLOPS", float(tb.flops_prefix[m.group("p").lower()])
        return m.end()
    m = tb.flop_re.match(text, pos)
    if m:
        n.unit = "FLOP"
        return m.end()
    m = tb.power_re.match(text, pos)
    if m:
        n.unit, n.scale = "W", float(tb.power_map[m.group(1)])
        return m.end()
    end = _count_char(tb, s, pos, n)
    if end is not None:
        return end
    m = tb.count_en_re.match(text, pos)
    if m:
        n.unit, n.count_word = "units", m.group(0).strip()
        return m.end()
    for pat, code in tb.suffix_en:
        m = pat.match(text, pos)
        if m:
            n.unit = code
            return m.end()
    return pos


def _times_or_tenths(s: str, pos: int, n: _Num) -> int | None:
    if s[:1] == "倍" and not n.has_mult and 0 < n.value <= 100:
        n.unit, n.scale, n.count_word = "%", 100.0, "倍"  # 成长一倍 = +100 % (the extractor keeps growth only)
        return pos + 1
    if s[:1] == "成" and not n.has_mult and 0 < n.value <= 10 and s[1:2] not in _CHENG_NOT_TENTHS:
        n.unit, n.scale = "%", 10.0  # 四成 = 40 %, 逾4成 = more than 40 %
        return pos + 1
    return None


def _count_char(tb: _Tables, s: str, pos: int, n: _Num) -> int | None:
    if tb.count_zh_words and s.startswith(tb.count_zh_words):
        word = next(w for w in tb.count_zh_words if s.startswith(w))
        n.unit, n.count_word = "units", word
        return pos + len(word)
    if s[:1] and s[0] in tb.count_zh:
        n.unit, n.count_word = "units", s[0]
        return pos + 1
    if tb.ge_re.match(s) is not None:
        n.unit, n.count_word = "units", "个"
        return pos + 1
    return None


#: the scale a Chinese numeral ends in (五万 -> 1e4), carried back to the bare first bound of a range
_CN_TAIL_SCALE = {"万": 1e4, "亿": 1e8, "兆": 1e12}
#: the second digit group of a compound (1兆2724亿, 2兆1,865.23亿: a thousands separator may stand in it)
_COMPOUND_RE = re.compile(r"(?:\d,\d{3}|\d{1,4})(?:\.\d+)?(?=[亿万千百])")


def _read_compound(tb: _Tables, text: str, pos: int, n: _Num, currency: str | None) -> int:
    """``3亿5000万元``, ``1兆2724亿元``: a second digit group with a smaller scale adds to the first."""
    m = _COMPOUND_RE.match(text, pos)
    if not m:
        return pos
    part = _Num(m.start(), m.end(), float(m.group(0).replace(",", "")))
    end = _read_tail(tb, text, m.end(), part, currency, False)
    if not part.has_mult or part.mult >= n.mult:
        return pos
    n.value = (n.value * n.mult + part.value * part.mult) / n.mult
    n.unit, n.scale, n.count_word = part.unit, part.scale, part.count_word
    return end


def _read_compounds(tb: _Tables, text: str, pos: int, n: _Num, currency: str | None) -> int:
    """Every smaller group after the first, in turn (1兆460億9,000萬元; 新台幣8兆1千億元, where the prefix currency is
    already the number's unit): :func:`_read_compound` until none follows or a unit of another currency is read."""
    while True:
        end = _read_compound(tb, text, pos, n, currency)
        if end == pos or n.unit not in (None, currency):
            return end
        pos = end


def _read_tail(tb: _Tables, text: str, pos: int, n: _Num, currency: str | None, after_cn: bool) -> int:
    if text[pos : pos + 1] in ("余", "多", "+") and pos + 1 < len(text):
        # 1000余台, 三千多台, 10余万台, $100+ billion: "more than", then the scale or unit
        trial = replace(n, more=False)
        end = _read_tail(tb, text, pos + 1, trial, currency, after_cn)
        if end > pos + 1:
            n.mult, n.unit, n.scale, n.count_word, n.has_mult = trial.mult, trial.unit, trial.scale, trial.count_word, trial.has_mult
            n.more = True
            return end
        return pos
    flops_zh = tb.flops_zh if tb.flops_zh_first is None or text[pos : pos + 1] in tb.flops_zh_first else ()
    for w, f in flops_zh:  # 2.5百亿亿次: the whole word is the unit, not 百亿 + 亿次
        if text.startswith(w, pos):
            n.unit, n.scale = "FLOPS", f
            return pos + len(w)
    end = _read_scale(tb, text, pos, n, currency, after_cn)
    if end > pos and text[end : end + 1] in ("余", "多") and n.unit is None:
        # 30.59亿余元, 3亿多元: "more than" between the scale and the unit
        trial = replace(n, more=False)
        unit_end = _read_unit(tb, text, end + 1, trial, currency)
        if trial.unit is not None and unit_end > end + 1:
            n.unit, n.scale, n.count_word = trial.unit, trial.scale, trial.count_word
            n.more = True
            return unit_end
    return _read_unit(tb, text, end, n, currency)


def _year_like(text: str, m: re.Match[str], unit: str | None, has_mult: bool) -> bool:
    sign, num = m.group("sign", "num")
    # (only a number of two or four characters can be a year: the other checks after that one)
    if not num or len(num) not in (2, 4) or sign or "," in num or "." in num or " " in num:
        return False  # (1 38亿: a decimal point lost to a space, no year)
    nxt = text[m.end() : m.end() + 8]
    if len(num) == 4 and 1950 <= int(num) <= 2100:
        if _SCALED_SPAN_AFTER.match(text, m.end()) is not None:
            return False  # 规模2000-2500亿元: the first bound of a range of amounts, not a span of years
        return (unit is None and not has_mult) or bool(_YEAR_TAIL.match(nxt))
    return len(num) == 2 and bool(_YEAR2_TAIL.match(nxt))


def _qualifier(tb: _Tables, text: str, start: int, end: int) -> str | None:
    suffix = _suffix_qualifier(tb, text, end)
    if suffix is not None:
        return suffix[1]
    found = _prefix_qualifier(tb, text[max(0, start - 16) : start])
    return found[1] if found is not None else None


def _suffix_qualifier(tb: _Tables, text: str, end: int) -> tuple[int, str] | None:
    """The qualifier written right after a quantity ending at ``end`` (37亿元左右, 5万台以上; quantities.toml
    [qualifiers] suffix): where it ends and its code; None where none follows."""
    after = text[end : end + 4]
    if tb.q_suffix_gate is None or tb.q_suffix_gate.match(after):
        for pat, q in tb.q_suffix:
            if (hit := pat.match(after)) is not None:
                return end + hit.end(), q
    return None


def suffix_qualifier_end(text: str, end: int) -> int:
    """Where a qualifier written right after a quantity ends: the words after the quantity start there; ``end``
    where none follows."""
    found = _suffix_qualifier(_tables(), text, end)
    return found[0] if found is not None else end


@lru_cache(maxsize=4096)
def _prefix_qualifier(tb: _Tables, before: str) -> tuple[int, str] | None:
    """The qualifier word ``before`` ends with (quantities.toml [qualifiers] prefix, the first row that matches):
    where it starts in ``before`` and its code; None where it ends with none.

    A pure function of its arguments, remembered: a number's window is read twice (for a currency name before
    a qualifier, then for the number's own qualifier), and a text repeats its windows."""
    if tb.q_prefix_last is not None and not _may_end_qualifier(tb.q_prefix_last, before[-16:]):
        return None
    for pat, q in tb.q_prefix:
        if (m := pat.search(before)) is not None:
            return m.start(), q
    return None


def strip_qualifier(before: str) -> str:
    """``before`` without the qualifier word it ends with (``growth of approximately `` -> ``growth of ``):
    the qualifier belongs to the number after it (quantities.toml [qualifiers] prefix), so a rule measuring the
    words between a cue and its number does not count it."""
    cut = len(before) - 24 if len(before) > 24 else 0
    found = _prefix_qualifier(_tables(), before[cut:])
    return before[: cut + found[0]] if found is not None else before


#: a band right after an amount, in brackets or after a comma: (+/- 2%), (±2%), (plus or minus 2%), ", plus or minus 2%"
_PLUS_MINUS = re.compile(r" ?[(（] ?(?:\+ ?/ ?-|±|plus or minus|正负|上下浮动) ?(\d{1,2}(?:\.\d+)?) ?% ?[)）]|"
                         # (預計本季營收將達540億美元，上下浮動2%: the Chinese words of the band after a comma)
                         r"(?:,? (?:\+ ?/ ?-|±|plus or minus)|, ?(?:上下浮动|正负)) ?(\d{1,2}(?:\.\d+)?) ?%(?!\d)", re.I)


def find_mentions(text: str) -> list[Mention]:
    """All quantities in ``text`` (normalised), in order (see the module docstring)."""
    tb = _tables()
    out: list[Mention] = []
    pos = 0
    n_text = len(text)
    fractions = _fractions(tb, text)
    if (words := _number_words(tb, text) + _model_sizes(tb, text) + _tex_powers(tb, text) + _approximate_numerals(tb, text)):
        fractions = sorted(fractions + words, key=lambda x: x.start)
    fi = 0
    while pos < n_text:
        m = _search_num(text, pos)
        while fi < len(fractions) and (m is None or fractions[fi].start <= m.start()):
            f = fractions[fi]
            fi += 1
            if f.start >= pos:
                out.append(f)
                pos = f.end
        if m is None or m.start() < pos:
            if m is None:
                break
            pos = max(pos, m.end())
            continue
        if fi < len(fractions) and m.start() < fractions[fi].start < m.end() and fractions[fi].unit == "params":
            pos = fractions[fi].start  # (GPT-3 175B: the digits before a model's size are its name's, not "3 175")
            continue
        ms, me = m.span()
        num_s, cn_s = m.group("num", "cn")  # (read once: the rules below ask for them again and again)
        arith = _ARITH_RE.match(text, me)
        if arith and num_s:
            pos = arith.end()
            continue
        v = _parse_num(m)
        if v is None:
            pos = me
            continue
        cur, cstart = _currency_prefix(tb, text, ms)
        if num_s and ms > 0 and text[ms - 1].isascii() and text[ms - 1].isalpha() \
                and cur is None and not (_RATE_WORD_GLUED.search(text, max(0, ms - 4), ms)
                                         and _PERCENT_AFTER.match(text, me)) \
                and not (_FUNCTION_WORD_GLUED.search(text, max(0, ms - 14), ms) and _RATE_OR_SCALE_AFTER.match(text, me)):
            # glued to a word (H100, GPT4, Q3) and not a currency code (RMB16): not a quantity (but a broker's rate
            # glued to its word is one: 23-28年CAGR47%, 同比+46%YoY)
            pos = me
            continue
        first = _Num(cstart, me, v, pre_currency=cur)
        is_cn = bool(cn_s)
        if is_cn and all(c in _CN_SCALES for c in cn_s) and ms > 0 and (
                text[ms - 1] in "(（" or text[ms - 1].isdigit()):
            # 收入(亿元): a column's unit, not a hundred million; nor the scale of a number not read as one (a year's)
            pos = me
            continue
        if is_cn and any(c in "万亿兆" for c in cn_s):
            first.has_mult = True
        end = _read_tail(tb, text, me, first, cur, is_cn)
        if _year_like(text, m, first.unit, first.has_mult):
            pos = me
            continue
        if first.has_mult and (first.unit is None or first.unit == cur) and num_s:
            end = _read_compounds(tb, text, end, first, cur)
        nums = [first]
        while num_s and end < n_text and text[end] == "/":
            # (YoY +76%/+25%: a sign may open each item of a list of rates; 收入达833亿元/+65.6% is an amount and its growth)
            signed = text[end + 1 : end + 2] == "+"
            if signed and first.unit != "%":
                break
            # (~5mn/~7mn TPUs: each item may carry its own "about")
            after_slash = end + 2 if signed else end + 1 + (text[end + 1 : end + 2] == "~")
            m2 = _SLASH_NUM.match(text, after_slash)
            if not m2 or _SLASH_YEAR.match(text, m2.start()) is not None:
                break  # (2024年200万颗/2025年500万颗: a year opens the next pair, its figure its own)
            nx = _Num(m2.start(), m2.end(), _parse_num(m2) or 0.0)
            end = _read_tail(tb, text, m2.end(), nx, cur, False)
            nums.append(nx)
        per_unit = False
        if len(nums) == 1 and end < n_text and text[end] == "/":
            pm = _PER_UNIT.match(text, end, min(n_text, end + 10))
            if pm:
                per_unit = True
                end = pm.end()
            elif _PER_SHARE.match(text, end):
                pos = end
                continue
        # (6.6 GW (gigawatt) to 7.7 GW: the unit spelt out in a bracket before the range's "to")
        gloss = _UNIT_GLOSS.match(text, end) if not per_unit and len(nums) == 1 and end < n_text and text[end] in " (（" \
            else None
        rng = None if per_unit or len(nums) > 1 else _read_range(tb, text, m, gloss.end() if gloss else end, first, cur)
        if rng is not None:
            second, end = rng
            nums = [first, second]
            if num_s and _abbreviated_low(num_s, text, first, second):
                # 上調至70-720億美元, 60-650億美元區間: the low bound written with the high one's last digit left off
                # (700-720, 600-650), not a range from 70 to 720
                first.value *= 10
        last = nums[-1]
        for x in nums:
            if x.unit is None:
                x.unit, x.scale, x.count_word = last.unit, last.scale, last.count_word
            if not x.has_mult and last.has_mult:  # 3至5万台, 三至五万台: the scale of B is A's too
                tail = text[last.end - 1] if last.mult == 1.0 and last.end > last.start else ""
                mult = _CN_TAIL_SCALE.get(tail, last.mult)
                if rng is not None and x is not last and x.value * mult > last.value * last.mult:
                    continue  # (8000~1万柜: a low bound above the high one with B's scale is written in full)
                x.mult, x.has_mult = mult, True
        if last.unit is None and rng is not None and (g := _MOVE_TO_GAP.match(text, end)) is not None and \
                (ahead := _count_ahead(tb, text, g.end())) is not None:
            # lowered from 50,000 – 80,000 to 25,000 – 35,000 units: a bare range of counts a move starts from is counted in
            # the word of where it ends
            for x in nums:
                _take_unit(x, ahead, scale=False)
        if last.unit is None and len(nums) == 1 and (
                (g := _COUNT_LIST_GAP.match(text, end)) is not None or (g := _MOVE_TO_GAP.match(text, end)) is not None) and \
                (m2 := _search_num(text, g.end())) is not None and m2.start() == g.end() and m2.group("num"):
            # 8192 and 15488 Ascend cards, 30,000 and 25,000 units purchased, 10万和20万张GPU: the count word of
            # the next number of the pair is this one's too; so is the count word of where a move ends (capacity from
            # about 65,000 to more than 300,000 units)
            nx = _Num(m2.start(), m2.end(), _parse_num(m2) or 0.0)
            nx_end = _read_tail(tb, text, m2.end(), nx, None, bool(m2.group("cn")))
            if nx.unit is None and g.group(0).startswith(" to") and \
                    (nx_range := _read_range(tb, text, m2, nx_end, nx, None, ahead=False)) is not None:
                nx = nx_range[0]  # (from 50,000 to 25,000 – 35,000 units: the count word closing the range the move ends in)
            if nx.unit == "units" and nx.count_word:
                _take_unit(first, nx, scale=not cn_s)  # (30、50万台: 300,000 and 500,000)
            elif nx.unit in tb.currency_codes and first.has_mult and nx.has_mult and g.group(0) in ("与", "和", "及", "、"):
                # 緯創與廣達營收分別達到706億與682億美元: the currency closing the pair of scaled amounts is both
                _take_unit(first, nx, scale=False)
        keep_bare = False
        if last.unit is None and len(nums) == 1 and not first.has_mult and cur is None and \
                _GROUPED_COUNT.fullmatch(text, ms, me) is not None and \
                _FROM_BEFORE_MOVE.search(text, max(0, ms - 24), ms) is not None:
            if (g := _MOVE_PERIOD_TO_GAP.match(text, end)) is not None and \
                    (m2 := _search_num(text, g.end())) is not None and m2.start() == g.end() and m2.group("num"):
                # shipments … rise from about 500,000 in 2019 to approximately 4.5 million by 2029: the start of a move
                # written bare is counted as its end is (the end's count word, or a bare count kept for the extractor)
                nx = _Num(m2.start(), m2.end(), _parse_num(m2) or 0.0)
                _read_tail(tb, text, m2.end(), nx, None, False)
                if nx.unit == "units" and nx.count_word:
                    _take_unit(first, nx, scale=False)
                elif nx.unit is None and nx.has_mult:
                    keep_bare = True
            elif out and out[-1].unit == "units" and out[-1].count_word and ms - out[-1].end <= _UP_FROM_REACH and \
                    re.search(r"[.;。；]\s", text[out[-1].end : ms]) is None and \
                    _UP_FROM_BEFORE.search(text, max(0, ms - 32), ms) is not None:
                # about 200,000 AI servers will be shipped …, up from about 125,000 in 2022: the level a count moved from,
                # in the count's word
                first.unit, first.count_word = "units", out[-1].count_word
        if last.unit is None and cur is None and last.has_mult and num_s and out and out[-1].unit == "units" and \
                out[-1].count_word and ms - out[-1].end <= _UP_FROM_REACH and \
                re.search(r"[.;。；]\s", text[out[-1].end : ms]) is None and \
                _COMPARED_FROM_BEFORE.search(text, max(0, ms - 32), ms) is not None:
            # ~5mn/~7mn TPUs to be produced in ’27/’28, up from ~3mn/3.2mn previously; 12mn TPUs over 2 years (vs 7.9mn
            # over the previous 4 years): what a scaled count is compared with, written bare, is counted in its word
            for x in nums:
                x.unit, x.count_word = "units", out[-1].count_word
        if last.unit is None and len(nums) == 1 and num_s and (closing := _enumeration_tail(tb, text, end, cur)) is not None:
            # 资本开支总和分别为4065、5964亿美元, 分别为30、50万台: the unit (and the scale, where the number has none)
            # that closes an enumeration is every item's
            _take_unit(first, closing, scale=True)
        if last.unit is None and len(nums) == 1 and num_s and not first.has_mult:
            # 经评审投标报价(元):595409563.55, 中标金额（万元）：1234.5: a notice's field whose label names the unit
            _label_unit(tb, text, first)
        unit = last.unit
        has_mult = any(x.has_mult for x in nums)
        # (a bare scaled number is kept for the extractor to find its unit: digits with a scale, 120亿, or a scale word
        # alone after a level's verb, 收入破百亿)
        if unit is None and not keep_bare and \
                not (has_mult and (num_s or (is_cn and all(c in _CN_SCALES for c in cn_s)))):
            pos = max(end, me)
            continue
        vals = [x.value * x.mult * x.scale for x in nums]
        qualifier = ">" if first.more else _qualifier(tb, text, first.start, end)
        mention = Mention(start=first.start, end=end, value=vals[0], unit=unit, qualifier=qualifier,
                          per_unit=per_unit, count_word=last.count_word)
        if rng is not None:
            lo, hi = sorted(vals)
            mention.low, mention.high, mention.value = lo, hi, (lo + hi) / 2
        elif len(vals) > 1:
            mention.values = vals
        elif unit != "%" and (pm := _PLUS_MINUS.match(text, end)) is not None:
            # $65 billion (+/- 2%), 650亿美元(±2%): a band around the amount, which stays its value
            band = float(pm.group(1) or pm.group(2)) / 100
            mention.low, mention.high = vals[0] * (1 - band), vals[0] * (1 + band)
            end = mention.end = pm.end()
        out.append(mention)
        pos = max(end, me)
    return out


#: a field's label naming, in brackets, the unit its number is in, right before it (预算金额(元):2610000.00,
#: 报价（万元）：1234.5)
_LABEL_UNIT_BEFORE = re.compile(r"[(（]([^()（）\d]{1,6})[)）]\s?[:：]\s?$")


def _label_unit(tb: _Tables, text: str, n: _Num) -> None:
    """Give the bare number ``n`` the yuan its field's label names in brackets (元, 万元, 亿元, 人民币元), read with the
    unit table the numbers themselves are read with; other labels leave it bare."""
    label = _LABEL_UNIT_BEFORE.search(text, max(0, n.start - 12), n.start)
    if label is None:
        return
    trial = _Num(label.start(1), label.start(1), 1.0)
    end = _read_tail(tb, text, label.start(1), trial, None, False)
    # (人民币元: the currency word, then the 元 it repeats)
    if trial.unit == "CNY" and text[end : label.end(1)] in ("", "元"):
        n.unit, n.scale, n.mult, n.has_mult = trial.unit, trial.scale, trial.mult, trial.has_mult


def _take_unit(n: _Num, other: _Num, *, scale: bool) -> None:
    """Give ``n`` the unit written after ``other`` (its unit, unit scale and count word), and with ``scale``
    its scale word too where ``n`` has none of its own (30、50万台: 30 is 300,000 units)."""
    n.unit, n.scale, n.count_word = other.unit, other.scale, other.count_word
    if scale and not n.has_mult and other.has_mult:
        n.mult, n.has_mult = other.mult, True


#: between the items of an enumeration whose unit is written once, after the last (4065、5964亿美元)
_ENUM_GAP = re.compile(r" ?、 ?")
#: items looked at to find the unit that closes an enumeration
_ENUM_MOST = 8


def _enumeration_tail(tb: _Tables, text: str, pos: int, currency: str | None) -> _Num | None:
    """The item that closes an enumeration of bare numbers (4065、5964亿美元) with its unit, read from
    ``pos`` (the end of the first item); None when the run ends without a unit or an item brings its
    own scale with no unit (30万、50万: each item is written whole)."""
    for _ in range(_ENUM_MOST):
        g = _ENUM_GAP.match(text, pos)
        if g is None:
            return None
        m2 = _search_num(text, g.end())
        if m2 is None or m2.start() != g.end() or not m2.group("num"):
            return None
        nx = _Num(m2.start(), m2.end(), _parse_num(m2) or 0.0)
        pos = _read_tail(tb, text, m2.end(), nx, currency, False)
        if nx.unit is not None:
            return nx
        if nx.has_mult:
            return None
    return None


#: a power of ten in TeX math, as pages typeset with MathJax write training compute ($1.5 \times 10^{21}$, ~$2 \times
#: 10^{25}$, $10^{26}$, $\sim 10^{15}$): the dollar signs delimit the math, they are no currency
_TEX_POWER = re.compile(r"(?P<about>~)?\$\s?(?P<sim>\\(?:sim|approx)\s?)?(?:(?P<mant>\d+(?:\.\d+)?)\s?\\times\s?)?"
                        r"(?P<ten>10)\^\{?(?P<exp>[+-]?\d{1,3})\}?\s?\$")
#: between the two bounds of a range of such powers ($10^{26}$–$10^{27}$)
_TEX_RANGE_GAP = re.compile(r"\s?(?:–|-|—|to)\s?")


def _tex_value(m: re.Match[str]) -> float:
    """The value of a _TEX_POWER match, read as a decimal (3.1 × 10^23 is 3.1e23 exactly, not 3.1 * 1e23)."""
    return float(f"{m.group('mant') or 1}e{m.group('exp')}")


def _tex_powers(tb: _Tables, text: str) -> list[Mention]:
    """Powers of ten written in TeX math (see _TEX_POWER), with the unit written after them (FLOPs, FLOP/s) or none (a list
    whose intro names it: Compute milestones (training FLOPs): ¶ - GPT-2 (2019): $1.5 \times 10^{21}$), a range of two
    read as one; read apart from the numbers, which would take the opening $ for a dollar."""
    out: list[Mention] = []
    if "\\" not in text and "^" not in text:
        return out
    found = list(_TEX_POWER.finditer(text))
    i = 0
    while i < len(found):
        m = found[i]
        value = _tex_value(m)
        start = m.start("mant") if m.group("mant") else m.start("ten")
        end, low, high = m.end(), None, None
        if i + 1 < len(found) and _TEX_RANGE_GAP.fullmatch(text, end, found[i + 1].start()) and \
                not found[i + 1].group("about"):
            nxt = found[i + 1]
            high = _tex_value(nxt)
            low, end = value, nxt.end()
            i += 1
        i += 1
        n = _Num(start, end, value)
        tail = _read_unit(tb, text, end, n, None)
        if n.unit is not None and n.unit not in ("FLOP", "FLOPS", "params", "tokens"):
            n.unit, tail = None, end
        about = bool(m.group("about") or m.group("sim"))
        mention = Mention(start=start, end=tail, value=value if low is None else (low + (high or low)) / 2, unit=n.unit,
                          low=low, high=high, qualifier="~" if about else None)
        if n.unit == "FLOPS":
            mention.value *= n.scale
        out.append(mention)
    return out


def _fractions(tb: _Tables, text: str) -> list[Mention]:
    """``三分之二`` -> 66.67 % (a fraction written in words, denominator first), and the fraction
    words of quantities.toml [fractions] (more than half of, 过半), in order."""
    out = []
    if "分之" in text:
        for m in scan(_FRACTION_RE, text):  # (tried only near its 分之: connectors/literals.py)
            den = _num_word(m.group(1))
            num = _num_word(m.group(2))
            if den and num is not None and 0 < num <= den:
                out.append(Mention(start=m.start(), end=m.end(), value=round(100.0 * num / den, 2), unit="%"))
    if "/" in text:
        for m in _SLASH_FRACTION.finditer(text):
            num, den = int(m.group(1)), int(m.group(2))
            if m.start() > 0 and text[m.start() - 1] in "0123456789./,:-":
                continue  # (11/12, 2025/6, 1.5/3: part of another number)
            if num < den and (_SHARE_VERB_BEFORE.search(text, max(0, m.start() - 10), m.start())
                              or _WHOLE_AFTER.match(text, m.end())):
                # 并网资源占全国1/6, accounting for 1/4 of the total: a fraction written with a slash
                out.append(Mention(start=m.start(), end=m.end(), value=round(100.0 * num / den, 2), unit="%"))
        out.sort(key=lambda x: x.start)
    if ":" in text:
        for m in _SHARE_RATIO.finditer(text):
            a, b = int(m.group("a")), int(m.group("b"))
            if a + b in (10, 100):
                # GPU與ASIC占比約8：2, 比例为6:4: a split of a whole into two parts, each its share (80 % and 20 %)
                # (two mentions: the extractor reads the second as the next part of the first's whole, extract.RATIO_COLON)
                q = _qualifier(tb, text, m.start("a"), m.end("a"))
                out.append(Mention(start=m.start("a"), end=m.end("a"), value=round(100.0 * a / (a + b), 2), unit="%", qualifier=q))
                out.append(Mention(start=m.start("b"), end=m.end("b"), value=round(100.0 * b / (a + b), 2), unit="%", qualifier=q))
        out.sort(key=lambda x: x.start)
    words: list[tuple[int, int, str]] = []
    if tb.fraction_en:
        at = text.find(" of ")
        while at >= 0:
            before = text[max(0, at - 16) : at].lower()
            for w in tb.fraction_en:
                start = at - len(w)
                if before.endswith(w) and (start == 0 or not text[start - 1].isalpha()):
                    if not _HALF_OF_PERIOD.search(text, max(0, start - 8), start):
                        words.append((start, at, w))  # (not "the first half of 2024")
                    break
            at = text.find(" of ", at + 1)
    bare: set[int] = set()
    if tb.fraction_said_re is not None and any(w in text for w in tb.fraction_said_gate):
        seen = {a for a, _, _ in words}
        for m in scan(tb.fraction_said_re, text):
            if m.start(1) not in seen:
                words.append((m.start(1), m.end(1), m.group(1).lower()))
                bare.add(m.start(1))
        words.sort()
    if tb.fraction_the_re is not None and " the " in text:
        seen = {a for a, _, _ in words}
        for m in scan(tb.fraction_the_re, text):
            if m.start(1) not in seen and not _HALF_OF_PERIOD.search(text, max(0, m.start(1) - 8), m.start(1)):
                words.append((m.start(1), m.end(1), m.group(1).lower()))  # (not "the first half the …")
                bare.add(m.start(1))
        words.sort()
    if tb.fraction_zh_re is not None and "半" in text:
        words.extend((m.start(), m.end(), m.group(0)) for m in tb.fraction_zh_re.finditer(text))
    if words:
        out = sorted(out + [Mention(start=a, end=b, value=tb.fraction_words[w], unit="%", bare_fraction=a in bare,
                                    qualifier=tb.fraction_qualifier.get(w) or _qualifier(tb, text, a, b))
                            for a, b, w in words], key=lambda x: x.start)
    return out


#: a product's model name (H100, A100, MI300X, B200): a count word of it after an English number word is a
#: count of that product
_MODEL_NAME = re.compile(r"\b" + MODEL_CORE + r"[A-Z]?\b")


#: an approximate Chinese numeral (概数): two neighbouring digits, then the place and scale they share — 两三万 (20,000 to
#: 30,000), 七八千, 三四十万, 五六千万, 一二百 —, read as the range between them; not inside a longer numeral
_APPROX_CN = re.compile(r"(?<![〇零一二两三四五六七八九十百千万亿兆点.\d])(?P<a>[一二两三四五六七八九])(?P<b>[二三四五六七八九])"
                        r"(?P<place>十|百|千)?(?P<scale>万亿|万|亿)?(?![〇零一二两三四五六七八九十百千])")
_CN_DIGIT_VALUE = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _approximate_numerals(tb: _Tables, text: str) -> list[Mention]:
    """The approximate Chinese numerals of ``text`` (_APPROX_CN) with the unit after them: a range from the first digit's
    value to the second's (七八千人民币: 7,000 to 8,000 yuan, 7,500 its middle); only where the second digit follows the first
    (二三, 七八; not 二五, which is no approximation) and a place or scale word follows them (a bare 七八 is no number)."""
    out: list[Mention] = []
    if not any(c in text for c in "十百千万亿"):
        return out
    for m in _APPROX_CN.finditer(text):
        a, b = _CN_DIGIT_VALUE[m.group("a")], _CN_DIGIT_VALUE[m.group("b")]
        if b != a + 1 or not (m.group("place") or m.group("scale")):
            continue
        mult = {"十": 10.0, "百": 100.0, "千": 1e3, None: 1.0}[m.group("place")] * \
            {"万": 1e4, "亿": 1e8, "万亿": 1e12, None: 1.0}[m.group("scale")]
        n = _Num(m.start(), m.end(), a * mult)
        tail = _read_unit(tb, text, m.end(), n, None)
        if n.unit is None:
            continue  # (no currency or counter after it: left to the main scan's own reading)
        low, high = a * mult * n.scale, b * mult * n.scale
        out.append(Mention(start=m.start(), end=tail, value=(low + high) / 2, unit=n.unit, low=low, high=high))
    return out


def _number_words(tb: _Tables, text: str) -> list[Mention]:
    """English cardinal words (quantities.toml [number_words]) followed by a scale word or a unit
    of power, money, compute rate or percent: ``nearly two gigawatts`` -> 2e9 W, ``five billion dollars`` -> 5e9
    USD. A word followed by a count word alone (``two servers``) is none: counts that matter are
    written in digits or with a scale (``one million GPUs``), or name the product they count
    (``purchased two H100 chips``: a small buyer's order, as reports of university tenders write it)."""
    out: list[Mention] = []
    if tb.number_words_re is None:
        return out
    prev: re.Match[str] | None = None  # the number word before this one (one to two gigawatts: a range)
    for m in tb.number_words_re.finditer(text):
        before, prev = prev, m
        end = m.end()
        if end >= len(text) or text[end] != " " or (end + 1 < len(text) and text[end + 1] == "-"):
            continue
        n = _Num(m.start(), end, tb.number_words[m.group(0).lower()])
        tail = _read_tail(tb, text, end, n, None, False)
        if tail == end or n.unit is None:
            continue
        if n.unit not in ("W", "%", "FLOPS") and not n.has_mult and n.unit not in tb.currency_codes and not (
                n.unit == "units" and _MODEL_NAME.search(text, end, tail)):
            continue  # (two servers: no quantity; purchased two H100 chips, eight A100 chips: a count of a product)
        value = n.value * n.mult * n.scale
        if before is not None and (gap := _WORD_RANGE_GAP.fullmatch(text, before.end(), m.start())) is not None and \
                (gap.group(0).strip() != "and" or text[max(0, before.start() - 8) : before.start()].lower() == "between ") and \
                (low := tb.number_words[before.group(0).lower()] * n.mult * n.scale) < value:
            # one to two gigawatts, between two and three gigawatts: the range's middle, its bounds kept
            out.append(Mention(start=before.start(), end=tail, value=(low + value) / 2, unit=n.unit, low=low, high=value,
                               qualifier=_qualifier(tb, text, before.start(), tail), count_word=n.count_word))
            continue
        out.append(Mention(start=m.start(), end=tail, value=value, unit=n.unit,
                           qualifier=_qualifier(tb, text, m.start(), tail), count_word=n.count_word))
    return out


#: a unit spelt out in a bracket after the one written short (6.6 GW (gigawatt) to 7.7 GW)
_UNIT_GLOSS = re.compile(r" ?[(（](?:(?:giga|mega|kilo|tera)?watts?|"
                         # (1750億美元（約新台幣5.54兆元）至1850億美元: the writer's conversion of the low bound, in brackets
                         # before the range's 至; normalised text: 約 is 约, 新台幣 新台币)
                         r"(?:约|約|折合|合|about |approximately |roughly |or )?(?:新台币|新台幣|人民币|人民幣|港币|港幣|NT\$|RMB|HK\$|US\$)"
                         r" ?[\d.,]+ ?(?:万亿|兆|亿|億|万|萬|千|billion|million|trillion)?(?:元|美元)?)[)）]", re.I)
#: between the two number words of a range (one to two gigawatts, two-to-three, between two and three)
_WORD_RANGE_GAP = re.compile(r" ?(?:to|-|–|and|or) ?")


def _num_word(s: str) -> float | None:
    return float(s) if s.isdigit() else parse_chinese_numeral(s)


def _count_ahead(tb: _Tables, text: str, at: int) -> _Num | None:
    """The number starting right at ``at`` when it is a count with its count word (25,000 units), or the second bound of a
    range starting there that is (25,000 – 35,000 units); else None. Its ranges look no further ahead (linear)."""
    m2 = _search_num(text, at)
    if m2 is None or m2.start() != at or not m2.group("num"):
        return None
    nx = _Num(m2.start(), m2.end(), _parse_num(m2) or 0.0)
    e = _read_tail(tb, text, m2.end(), nx, None, False)
    if nx.unit is None and (r := _read_range(tb, text, m2, e, nx, None, ahead=False)) is not None:
        nx = r[0]
    return nx if nx.unit == "units" and nx.count_word else None


def _read_range(tb: _Tables, text: str, m: re.Match[str], end: int, first: _Num, cur: str | None, *,
                ahead: bool = True) -> tuple[_Num, int] | None:
    """The second bound of ``A-B`` / ``A至B`` / ``between A and B`` starting at ``end``; with ``ahead``, a bare range of
    counts whose unit is written only where the move it starts ends (lowered from 50,000 – 80,000 to 25,000 – 35,000 units)
    is one too, its unit given by the caller."""
    sep = _RANGE_SEP.match(text, end)
    if not sep:
        return None
    word = sep.group(0).strip()
    if word == "-" and sep.group(0).startswith(" ") and not sep.group(0).endswith(" "):
        return None  # 0.7% -92.5%: a space, then a sign glued to the next number (a table's next cell)
    if word in ("to", "到", "至"):
        lo = max(0, first.start - 40)
        frm = _FROM_BEFORE.search(text[lo : first.start])
        if frm and not _OF.search(frm.group(1)) and not _RANGE_THEN_MOVE.match(text, sep.end()) and \
                _RANGE_FROM.search(text, max(0, lo + frm.start() - 12), lo + frm.start()) is None and \
                not _MOVE_TO_BETWEEN.search(frm.group(1)) and \
                not (frm.group(1).strip() == "" and _FORECAST_FROM.search(text, max(0, lo + frm.start() - 60), lo + frm.start())):
            # (the company forecast revenue from $13.9 billion to $14.1 billion: a guidance's range, no move)
            # from A to B is a move between two values, not a range; but in "from the previous expectation of $20
            # billion to $23 billion" the from governs a noun whose value is the range, and in 由2至3亿元上修至7至8亿元
            # both 2至3 (a move's own "to" follows its bound) and 7至8 (the move's "to" came before it) are ranges
            return None
    if word == "to" and _BY_BEFORE.search(text, max(0, first.start - 24), first.start) is not None:
        return None  # raised its guidance by $250 million to $5.25 billion: the move, then the level it moved to
    if word == "and" and not _BETWEEN_BEFORE.search(text[max(0, first.start - 10) : first.start]):
        return None
    if first.unit is None and word == "-" and not m.group("num"):
        return None
    at = sep.end()
    cur2: str | None = None
    for sym, code in tb.prefix:  # longest first: "US$ 35.8", "USD 35.8", "$14"
        if text.startswith(sym, at):
            cur2 = cur or code
            at += len(sym)
            if text[at : at + 1] == " ":
                at += 1
            break
    sign = 1.0
    if word == "and" and text[at : at + 1] in ("+", "-") and text[at + 1 : at + 2].isdigit():
        sign = -1.0 if text[at] == "-" else 1.0  # between -17% and -20%, between +6% and +8%
        at += 1
    m3 = _NUM_AT.match(text, at)
    if not m3:
        return None
    v3 = _parse_num(m3)
    if v3 is None:
        return None
    v3 *= sign
    cand = _Num(m3.start(), m3.end(), v3, pre_currency=cur2 or cur)
    is_cn = bool(m3.group("cn"))
    if is_cn and any(c in "万亿兆" for c in m3.group("cn")):
        cand.has_mult = True
    end3 = _read_tail(tb, text, m3.end(), cand, cur2 or cur, is_cn)
    if _year_like(text, m3, cand.unit, cand.has_mult):
        return None
    if cand.has_mult and cand.unit in (None, cur2 or cur) and m3.group("num"):
        end3 = _read_compounds(tb, text, end3, cand, cur2 or cur)  # 1兆933亿元至1兆1312亿元
    if cand.unit is None and ahead and first.unit is None and word in ("-", "~", "–") and m.group("num") and \
            m3.group("num") and not first.has_mult and not cand.has_mult and \
            (g := _MOVE_TO_GAP.match(text, end3)) is not None and _count_ahead(tb, text, g.end()) is not None:
        return cand, end3  # (lowered from 50,000 – 80,000 to 25,000 – 35,000 units: the move's end gives the count word)
    if cand.unit is None and not (first.unit is None and (first.has_mult or word in ("-", "~", "–", "至", "到")) and
                                  cand.has_mult and m.group("num") and m3.group("num")):
        # (but 150万至200万, 1.5 million to 2 million, 100-150万: a bare scaled range, read as a bare scaled number)
        return None
    if first.unit is not None and first.unit != cand.unit:
        return None
    if first.has_mult and cand.has_mult is False:
        return None
    return cand, end3
