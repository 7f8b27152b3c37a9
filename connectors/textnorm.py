"""A normalised matching string with an index map back to the original text.

Rules (applied in one pass, so every normalised character knows where it came from):

* ``(pinyin)`` debris after a CJK character, e.g. ``規(guī)模`` or ``呈現(xiàn)``, is dropped (a
  parenthesised run of Latin letters holding at least one tone-marked vowel).
* A Markdown link ``[Amazon](/fr/entity/amazon)`` reads as its text ``Amazon``.
* Full-width ASCII (``０-９``, ``％``, ``，``, ``（`` ...) becomes half-width; the ideographic space
  is a space; ``−``/``–`` and the typographic hyphens (U+2010–2012) are hyphens, thin spaces spaces.
* Traditional characters become simplified ones (OpenCC ``t2s``, character by character, so the
  map stays one to one); Taiwan terms become mainland terms of equal length (伺服器 -> 服务器,
  資料中心 -> 数据中心, 晶片 -> 芯片).
* Whitespace next to a CJK character or full-width punctuation is removed (``15.98 亿美元`` ->
  ``15.98亿美元``); between two Latin/digit characters it becomes one space (``2024 3 14日``
  keeps its gaps, so a stray space never glues two numbers together).
* A line break is a hard break (kept as ``\\n``) after sentence-final punctuation, after a short
  line or one much shorter than the next (a heading), before a list marker, or when lines are separated by a blank line; any other
  line break is a soft wrap and is treated like a space.

:meth:`Normalized.quote` turns a span of the normalised string into the exact original substring.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: (the bracket first, the CJK character before it checked behind it: a pattern opening with a look-behind
#: leaves the regex engine no fast scan for its first character, and is tried at every position of the text)
_PINYIN_RE = re.compile(
    rf"\((?<=[\u3400-\u9fff]\()(?=[a-z{_TONE}ü]*[{_TONE}])[a-z{_TONE}ü]{{1,8}}\)"
)
#: the same matches, as first written (the tests check the two against each other)
_PINYIN_RE_SLOW = re.compile(
    rf"(?<=[\u3400-\u9fff])\((?=[a-z{_TONE}ü]*[{_TONE}])[a-z{_TONE}ü]{{1,8}}\)"
)
#: a Markdown link: its text in brackets, then its target (a path, an anchor or a web address) in parentheses
_MD_LINK_RE = re.compile(r"\[([^\[\]\n\x00]{1,120})\]\((?:https?://|/|#|\.\.?/)[^()\s\x00]{0,300}\)")
_TERMINAL = set("。！？!?；;:：」』”\"")
_BRACKETS = {"[": "]", "(": ")", "【": "】", "（": "）"}
#: a line ending in a full stop after a lower-case word of three letters or more, two capitals
#: (OpenAI.), a figure or a bracket (not "U.S." or "approx."), and a line starting with a capital or a figure
_FULL_STOP_END = re.compile(r"(?:[a-z]{3}|[A-Za-z][A-Z]|[0-9%)])\.$")
_CAPITAL_START = re.compile(r"\s*[A-Z0-9\"“(]")
_LIST_START = re.compile(r"^\s*(?:[0-9０-９]{1,2}[.、)）]|[（(][0-9一二三四五六七八九十]{1,2}[)）]|(?:--?|[*•·▪●■◆►—–Øžl])\s|"
                         r"[一二三四五六七八九十]{1,2}、)")  # (a press release's "--  Q4 Total Revenue …" bullets too)
_SPECIAL = {"\u3000": " ", "−": "-", "–": "-", "—": "-", "～": "~", "\u00a0": " ", "﹪": "%",
            "○": "〇",  # (二○二九年: a white circle typed for the numeral zero)
            "﹒": ".", "․": ".",  # (按年增加約13﹒5%: a small or one-dot leader typed for the decimal point)
            # the typographic hyphens (4,000 NVIDIA Grace‑Blackwell GPUs: a non-breaking hyphen in a name) and the thin
            # and narrow no-break spaces a page sets between a number and its unit or in its thousands (600 000)
            "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2009": " ", "\u202f": " "}


#: Taiwan/Hong Kong terms -> mainland terms of the same length (the index map stays 1:1)
_TERMS = {"伺服器": "服务器", "资料中心": "数据中心", "晶片": "芯片", "网路": "网络", "软体": "软件", "硬体": "硬件",
          "显示卡": "显示卡", "绘图晶片": "图形芯片", "营业额": "营业额", "人工智慧": "人工智能"}
_TERMS_RE = re.compile("|".join(sorted(_TERMS, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _converter() -> object:
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def to_simplified_char(ch: str) -> str:
    """One character from traditional to simplified Chinese (itself when OpenCC maps it to more
    or fewer characters)."""
    out: str = _converter().convert(ch)  # type: ignore[attr-defined]
    return out if len(out) == 1 else ch


def is_cjk(ch: str) -> bool:
    """True for a CJK ideograph or CJK/full-width punctuation."""
    o = ord(ch)
    return 0x2E80 <= o <= 0x303F or 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF


def norm_char(ch: str) -> str:
    """Normalise one character (full-width to half-width, traditional to simplified)."""
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    o = ord(ch)
    if 0xFF01 <= o <= 0xFF5E:
        return chr(o - 0xFEE0)
    if 0x2E80 <= o <= 0x2FDF or 0xF900 <= o <= 0xFAFF:
        # Kangxi radicals and CJK compatibility ideographs that PDFs emit for ordinary
        # characters (⼤ U+2F24 -> 大): their compatibility form, one character for one
        k = unicodedata.normalize("NFKC", ch)
        if len(k) == 1:
            ch, o = k, ord(k)
    if 0x3400 <= o <= 0x9FFF:
        return to_simplified_char(ch)
    return ch


#: what a case-insensitive regex matches for an ASCII letter besides its two cases (Unicode simple
#: case folding: İ and ı are i, the Kelvin sign is k, the long s is s); the tests check it
#: against re.I over every code point
CASE_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _caseless_char(c: str) -> str:
    """A regex for what ``c`` matches case-insensitively (``c`` ASCII or CJK)."""
    if not (c.isascii() and c.isalpha()):
        return re.escape(c)
    return f"[{c.lower()}{c.upper()}{CASE_FOLDS.get(c.lower(), '')}]"


def caseless_words(words: Sequence[str], boundary: Sequence[bool] = ()) -> re.Pattern[str] | None:
    """``w1|w2|…`` (literal words, each after a word boundary where ``boundary`` says so) compiled
    with re.I, as an equal pattern without it that the regex engine can skip through: one class of
    the words' first characters, then each word's rest behind a look-behind of its first character.
    Same matches in the same order; a case-insensitive alternation is tried at every position of
    the text, this one only where a word can start (3-5x faster). None when a word is empty or has
    a character other than ASCII and CJK (whose case folding is not modelled here)."""
    at = [i < len(boundary) and boundary[i] for i in range(len(words))]
    if not words or not all(w and all(c.isascii() or is_cjk(c) for c in w) for w in words) or \
            any(b and not (w[0].isascii() and (w[0].isalnum() or w[0] == "_")) for w, b in zip(words, at, strict=True)):
        return None
    # (the words by their first character, in their order: the classes of two first characters are equal or
    # disjoint, so at a position only one group's words can match, and they are tried in the order given; the
    # regex engine then tries one look-behind a first character rather than one a word)
    every = all(at)
    groups: dict[str, list[str]] = {}
    for w, b in zip(words, at, strict=True):
        # a boundary before a word character: the character before the first one is no word character
        rest = (r"(?<!\w.)" if b and not every else "") + "".join(_caseless_char(c) for c in w[1:])
        groups.setdefault(_caseless_char(w[0]), []).append(rest)
    firsts = "".join(first[1:-1] if first.startswith("[") else first for first in groups)
    alts = "|".join(f"(?<={first})(?:{'|'.join(rests)})" for first, rests in groups.items())
    # (a boundary every word has is checked once, before any word is tried: most positions a first character
    # allows are inside a word)
    return re.compile(f"[{firsts}]" + (r"(?<!\w.)" if every else "") + f"(?:{alts})")


def simplify(s: str) -> str:
    """Normalise a short string (an alias, a keyword) the way document text is normalised."""
    return "".join(norm_char(c) for c in unicodedata.normalize("NFC", s))


@dataclass(frozen=True)
class Normalized:
    """``text`` is the normalised string; ``index[i]`` is the original offset of ``text[i]``."""

    original: str
    text: str
    index: tuple[int, ...]

    def quote(self, start: int, end: int) -> str:
        """The exact original substring behind ``text[start:end]`` (stripped of outer spaces)."""
        while start < end and self.text[start] in " \n":
            start += 1
        while end > start and self.text[end - 1] in " \n":
            end -= 1
        if start >= end:
            return ""
        return self.original[self.index[start] : self.index[end - 1] + 1]


#: a qualifier word joined to the number after it by a hyphen (near-90% market share, about-$5 billion)
_QUALIFIER_WORDS = ("near", "nearly", "about", "around", "roughly", "almost", "over", "under", "some", "approximately")
_QUALIFIER_HYPHEN_SLOW = re.compile(rf"\b({'|'.join(_QUALIFIER_WORDS)})-(?=[\d$])", re.I)
#: the hyphens _QUALIFIER_HYPHEN_SLOW's matches end with, found from the hyphen (a literal the regex engine skips to
#: in C) with each word checked behind it, rather than by a case-blind alternation tried at every position
_QUALIFIER_HYPHEN = re.compile(r"-(?=[\d$])(?:" + "|".join(rf"(?<=\b{w}-)" for w in _QUALIFIER_WORDS) + ")", re.I)
#: punctuation no sentence or paragraph opens with
_CONTINUES = frozenset("，,、。；;：:）)」』”")
#: the end of an English line that leads to a value (a verb or preposition, or a label's colon), and the
#: start of a line that is the value (a currency sign or a digit): a break between them is no sentence end
_VALUE_LEAD = re.compile(r"(?:\b(?:was|were|is|are|of|at|to|reached|totaled|totalled|totaling|totalling)|[A-Za-z]:)$")
_VALUE_LEAD_REACH = 16  # characters of the line's end read for its lead (the longest word, "totalling", and a space)
_VALUE_START = re.compile(r"\s*(?:(?:US|NT|HK|A|S)?\$|[€£¥￥]|RMB ?\d|\d)")
#: a run of line breaks with exactly one blank line between two lines
_ONE_BLANK = re.compile(r"[^\S\n]*\n[^\S\n]*\n[^\S\n]*(?=\S)")


def _double_spaced(original: str) -> bool:
    """Whether ``original`` is a column of wrapped lines set one blank line apart (most long lines
    end mid-sentence, and most line breaks are a single blank line): then one blank line is a soft
    wrap like a single line break, and a paragraph ends at two."""
    lines = [ln.strip() for ln in original.splitlines() if len(ln.strip()) >= 20]
    if len(lines) < 6:
        return False
    # a column: most long lines are of one width (within 2 characters of the median) and end mid-sentence
    width = sorted(len(ln) for ln in lines)[len(lines) // 2]
    column = [ln for ln in lines if abs(len(ln) - width) <= 2 and ln[-1] not in _TERMINAL and ln[-1] != "."]
    breaks = original.count("\n")
    return len(column) * 2 >= len(lines) and len(_ONE_BLANK.findall(original)) * 2 >= breaks * 0.6


def _hard_break(lines_before: str, line_after: str, blank: bool) -> bool:
    prev = lines_before.rstrip()
    if blank or not prev:
        return True
    if _VALUE_START.match(line_after) and _VALUE_LEAD.search(prev, max(0, len(prev) - _VALUE_LEAD_REACH)):
        return False  # (Server revenue was⏎$4.5 billion; Revenue:⏎$9.7 billion: a release's cells, one statement)
    if prev[-1] in _TERMINAL:
        return True
    # (a match is at most four characters, ending at the end: searched for there, not from each of the line's 400)
    if _FULL_STOP_END.search(prev, max(0, len(prev) - 4)) and _CAPITAL_START.match(line_after):
        return True  # "…architectures.⏎Globally, …": a full stop after a word, a new sentence's capital
    if line_after[:1] in _CONTINUES:
        return False  # (資本開⏎支⏎，繼去年第四季……: a line that opens with a comma goes on the sentence before)
    last_line = prev.rsplit("\n", 1)[-1].strip()
    if len(last_line) < 25:
        return True
    if last_line[0] in _BRACKETS and last_line[-1] == _BRACKETS[last_line[0]]:
        return True  # a bracketed line ([Related: …], (Image: …)) is an aside of its own
    # a wrapped line is about as wide as the next (a PDF's or an e-mail's column); a line much
    # shorter than the one after it is a heading or a paragraph's end
    next_line = line_after.split("\n", 1)[0].strip()
    if len(next_line) > 2 * len(last_line) + 10:
        return True
    return bool(_LIST_START.match(line_after))


_WS_RUN = re.compile(r"\s+")
_CJK_CLASS = "\u2e80-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"  # is_cjk's ranges
#: the whitespace runs the loop of _normalize must look at, in the translated text: all but a single
#: space between two characters that are neither CJK nor pinyin holes (nor whitespace), which the
#: loop would keep as it is (one space, mapped to itself) — in English text most runs
#: (written as a whitespace character, then what must hold around it, so that the regex engine skips in C to the
#: next whitespace character: a pattern opening with an alternation of a repeat, a class and look-arounds is tried
#: at every position; _WS_TO_READ_SLOW is the same pattern as first written, and the tests check the two agree)
_WS_TO_READ = re.compile(rf"\s(?:\s+|(?<=[^\S ])|(?<= )(?:(?<![^\s\x00{_CJK_CLASS}].)|(?![^\s\x00{_CJK_CLASS}])))")
_WS_TO_READ_SLOW = re.compile(rf"\s{{2,}}|[^\S ]|(?<![^\s\x00{_CJK_CLASS}]) | (?![^\s\x00{_CJK_CLASS}])")
_CHAR_MAP: dict[int, str] = {}
_SEEN: set[str] = set()  # the characters _CHAR_MAP holds
#: whether every character translated so far is whitespace exactly when its translation is (then
#: the whitespace runs of the translated text are those of the text)
_WS_KEPT = True


def _translate(s: str) -> str:
    global _WS_KEPT
    if _SEEN.issuperset(s):  # (every character seen before, as in most texts: no set of the text's built)
        return s.translate(_CHAR_MAP)
    missing = set(s) - _SEEN  # (a difference of two sets of characters: no Python loop over the text's)
    for c in missing:
        _SEEN.add(c)
        _CHAR_MAP[ord(c)] = t = norm_char(c)
        if (_WS_RUN.fullmatch(c) is None) != (_WS_RUN.fullmatch(t) is None):
            _WS_KEPT = False
    return s.translate(_CHAR_MAP)


#: the last text normalised and its result: reading a document normalises it for its date and
#: kind, then extraction normalises the same string object again
_LAST: tuple[str, Normalized] | None = None


def normalize(original: str) -> Normalized:
    """Build the matching string and its index map (see the module docstring for the rules)."""
    global _LAST
    last = _LAST
    if last is not None and last[0] is original:
        return last[1]
    result = _normalize(original)
    _LAST = (original, result)
    return result


def _normalize(original: str) -> Normalized:
    src = _PINYIN_RE.sub(lambda m: "\x00" * len(m.group(0)), original) if "(" in original else original
    if "](" in src:  # a Markdown link reads as its text ([Amazon](/fr/entity/amazon) ~$200bn)
        src = _MD_LINK_RE.sub(lambda m: "\x00" + m.group(1) + "\x00" * (len(m.group(0)) - len(m.group(1)) - 1), src)
    trans = _translate(src)
    out: list[str] = []
    idx: list[int] = []
    n = len(src)
    pos = 0

    def take(a: int, b: int) -> None:
        seg = trans[a:b]
        if "\x00" in seg:
            for k in range(a, b):
                if trans[k] != "\x00":
                    out.append(trans[k])
                    idx.append(k)
        else:
            out.append(seg)
            idx.extend(range(a, b))

    last = ""
    # a page laid out double-spaced (a newspaper column: every wrapped line followed by a blank one)
    # marks paragraphs with two or more blank lines, not one
    blank_lines = 3 if _double_spaced(original) else 2
    # only the runs that can change the text; when a character's translation changed whether it is
    # whitespace (none of norm_char's do), every run of the original
    runs = _WS_TO_READ.finditer(trans) if _WS_KEPT else _WS_RUN.finditer(src)
    for m in runs:
        i, j = m.start(), m.end()
        take(pos, i)
        if out:
            last = out[-1][-1:] if out[-1] else last
        # skip pinyin holes right after the run when looking at the next character
        k = j
        while k < n and src[k] == "\x00":
            k += 1
        next_c = trans[k] if k < n else ""
        newlines = m.group(0).count("\n")
        if newlines and _hard_break(original[max(0, i - 400) : i], original[k : k + 400], newlines >= blank_lines):
            if out and last != "\n":
                out.append("\n")
                idx.append(i)
                last = "\n"
        elif last and next_c and last != "\n" and not (is_cjk(last) or is_cjk(next_c)):
            out.append(" ")
            idx.append(i)
            last = " "
        pos = j
    take(pos, n)
    text = "".join(out)
    if _TERMS_RE.search(text):
        text = _TERMS_RE.sub(lambda m: _TERMS[m.group(0)], text)
    if "-" in text:
        text = _QUALIFIER_HYPHEN.sub(" ", text)  # (near-90%: the qualifier's hyphen is a space, same length)
    return Normalized(original, text, tuple(idx))


def hyphenated(alias: str) -> list[str]:
    """An English name or phrase of several words, as a compound adjective, joins them with a hyphen (its AI-server
    revenue, a GPU-server cluster): ``alias`` with each one space between two ASCII words written as a hyphen, for
    the alias table and the lexicons to add beside the spaced form."""
    if not alias.isascii() or " " not in alias:
        return []
    words = alias.split(" ")
    return [" ".join([*words[:i], words[i] + "-" + words[i + 1], *words[i + 2 :]])
            for i in range(len(words) - 1) if words[i][-1:].isalnum() and words[i + 1][:1].isalnum()]
