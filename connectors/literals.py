"""The literal strings a regular expression's matches must contain, to run it only where it can match.

The lexicon's patterns (``money_patterns``, ``money_after_patterns`` … in connectors/lexicons) are
case-insensitive and most begin with an optional group or an alternation (``(?:\\) )?(?:is |are
|…)?(?:earmarked|allocated|…)``), so Python's ``re`` has no first character to skip ahead by and
tries the whole pattern at every position of a document: a quarter of all extraction time went to
82 such scans. Yet nearly every match holds one of a few rare words at a bounded distance from its
start (``earmarked`` … within 12 characters of it). :func:`requirement` reads that from the parsed
pattern, and :func:`finditer` tries the pattern only at the positions those words allow — with
``Pattern.match`` on the whole text, so look-behinds, look-aheads, ``\\b`` and ``$`` see exactly
what ``Pattern.finditer`` lets them see — and yields the very matches ``finditer`` yields.

Why the matches are the same: a pattern no match of which is empty is found by ``finditer`` at the
first position at or after the end of the previous match where ``match`` succeeds; every position
where it can succeed lies in a window of a required word's occurrence, and the positions tried are
exactly those of the windows, in order, from the end of the previous match on. Patterns that can
match the empty string, or use a construct the analysis does not know (back-references), get no
requirement and run as before.

Case: the patterns are compiled with ``re.IGNORECASE``. A literal character of a pattern is kept
only if its matches are known: an ASCII character (which matches its ASCII case partner and, for
``i``, ``k`` and ``s``, also ``İ``, ``ı``, ``K`` and ``ſ``) or a character without case (which
``re`` compiles as an exact match). Words are searched in :func:`fold` of the text, which maps
every character ``re`` could match with such a literal to the literal's lower-case form, one
character for one (tests/connectors/test_literals.py checks both claims over all of Unicode).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

#: an unbounded offset or width
_INF = 1 << 40
#: the most strings an exact set of a subpattern (or a run of them) is allowed to hold
_CAP = 48
#: a requirement whose window is wider than this is not worth its match attempts
_MAX_WINDOW = 80
#: rough frequency of a word of the given characters at a position of a document: English words of a
#: few letters (" to ", "in ") are common, a Chinese character less so
_FREQ_ASCII, _FREQ_CJK, _FREQ_OTHER = 0.25, 0.03, 0.05
#: the cost of one match attempt, in units of the cost of a character scanned by str.find (about 0.5 µs
#: and 0.5 ns)
_ATTEMPT = 1000.0
#: windows covering more than 1/_DENSE of a text are scanned by re itself (a match attempt from
#: Python costs a few times one inside re's scan)
_DENSE = 4

#: (word, least offset, greatest offset): every match holds one of the words, starting that many
#: characters after the match's start
Requirement = tuple[tuple[str, int, int], ...]


class _Unsupported(Exception):
    """A construct the analysis does not reason about: the pattern gets no requirement."""


@dataclass
class _Info:
    """What is known of every match of a subpattern: its least and greatest length, the strings
    (folded) it can match if they are few, and requirements (word -> offset range from its start)."""

    lo: int
    hi: int
    exact: frozenset[str] | None = None
    factors: list[dict[str, tuple[int, int]]] = field(default_factory=list)


def _add(a: int, b: int) -> int:
    return _INF if a >= _INF or b >= _INF else a + b


def _fold_char(code: int) -> str | None:
    """The character of a pattern's literal as :func:`fold` writes every text character it matches
    under IGNORECASE, or None when that is not known (a non-ASCII character with case)."""
    ch = chr(code)
    if code < 128:
        return ch.lower()
    if ch.lower() == ch == ch.upper():
        return ch  # no case: re compiles it as an exact match
    return None


_DOTLESS = {0x131: "i", 0x17F: "s"}


#: the last text folded and its fold (a document's scans ask for the same text's several times)
_LAST_FOLD: tuple[str, str] = ("", "")


def fold(text: str) -> str:
    """``text`` with every character lowered so that a case-insensitive literal of a pattern (see
    :func:`_fold_char`) matches it only where the literal's lower-case form is in the result; the
    same length as ``text`` (``İ``, whose lower case is two characters, becomes ``i``)."""
    global _LAST_FOLD
    last = _LAST_FOLD
    if last[0] is text:
        return last[1]
    out = (text.replace("İ", "i") if "İ" in text else text).lower()
    if "ı" in out or "ſ" in out:
        out = out.translate(_DOTLESS)
    _LAST_FOLD = (text, out)
    return out


def _cost(factor: dict[str, tuple[int, int]]) -> float:
    """Estimated cost per text character of finding ``factor``'s words and trying their windows."""
    total = 0.0
    for word, (lo, hi) in factor.items():
        if hi >= _INF:
            return float("inf")
        p = 1.0
        for ch in word:
            p *= _FREQ_ASCII if ch.isascii() else _FREQ_CJK if "\u3400" <= ch <= "\u9fff" else _FREQ_OTHER
        total += 1.0 + _ATTEMPT * p * (hi - lo + 1)
    return total


def _candidates(info: _Info) -> list[dict[str, tuple[int, int]]]:
    out = list(info.factors)
    if info.exact is not None and "" not in info.exact:
        out.append(dict.fromkeys(info.exact, (0, 0)))
    return out


def _shift(factor: dict[str, tuple[int, int]], lo: int, hi: int) -> dict[str, tuple[int, int]]:
    return {w: (a + lo, _add(b, hi)) for w, (a, b) in factor.items()}


def _seq(items: Iterable[tuple[object, object]]) -> _Info:
    """A sequence of items: offsets add up; every run of consecutive exact items makes words (each
    run, not only the longest: ``(?:AI|算力)的?(?:投入|投资)`` is best found by 投入 or 投资)."""
    infos = [_item(op, av) for op, av in items]
    los, his = [0], [0]  # the offsets of each item's start (and of the end)
    for it in infos:
        los.append(min(los[-1] + it.lo, _INF))
        his.append(_add(his[-1], it.hi))
    factors: list[dict[str, tuple[int, int]]] = []
    for i, it in enumerate(infos):
        factors.extend(_shift(f, los[i], his[i]) for f in _candidates(it))
        run: frozenset[str] = frozenset({""})
        for j in range(i, len(infos)):
            ex = infos[j].exact
            if ex is None or len(run) * len(ex) > _CAP:
                break
            run = frozenset(a + b for a in run for b in ex)
            if j > i and "" not in run:
                factors.append(dict.fromkeys(run, (los[i], his[i])))
    exact: frozenset[str] | None = frozenset({""})
    for it in infos:
        if exact is None or it.exact is None or len(exact) * len(it.exact) > _CAP:
            exact = None
            break
        exact = frozenset(a + b for a in exact for b in it.exact)
    return _Info(los[-1], his[-1], exact, factors)


def _reduced(factor: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """``factor`` with every word that holds another of its words replaced by that one, at the
    offsets it has inside (``ai cloud`` at 0 is ``cloud`` at 3): fewer words to find, wider windows."""
    out: dict[str, tuple[int, int]] = {}
    words = sorted(factor, key=len)
    for w in words:
        lo, hi = factor[w]
        inner = next((v for v in words if len(v) < len(w) and v in w), None)
        if inner is not None:
            # (every occurrence of w holds inner at some index k: the window of inner at k + offset)
            ks = [k for k in range(len(w) - len(inner) + 1) if w.startswith(inner, k)]
            lo, hi, w = lo + ks[0], _add(hi, ks[-1]), inner
        old = out.get(w)
        out[w] = (lo, hi) if old is None else (min(old[0], lo), max(old[1], hi))
    return out


def _best(cands: list[dict[str, tuple[int, int]]]) -> dict[str, tuple[int, int]] | None:
    """The candidate requirement (or its reduced form) cheapest to check."""
    if not cands:
        return None
    return min(cands + [_reduced(c) for c in cands], key=_cost)


def _item(op: object, av: object) -> _Info:
    if op is _c.LITERAL:
        assert isinstance(av, int)
        ch = _fold_char(av)
        return _Info(1, 1, None if ch is None else frozenset({ch}))
    if op in (_c.NOT_LITERAL, _c.ANY):
        return _Info(1, 1)
    if op is _c.IN:
        assert isinstance(av, list)
        chars: set[str] = set()
        for o, a in av:
            if o is _c.LITERAL:
                codes: Iterable[int] = (a,)
            elif o is _c.RANGE and a[1] - a[0] < 16:
                codes = range(a[0], a[1] + 1)
            else:  # NEGATE, CATEGORY, a wide range
                return _Info(1, 1)
            for code in codes:
                ch = _fold_char(code)
                if ch is None:
                    return _Info(1, 1)
                chars.add(ch)
        return _Info(1, 1, frozenset(chars) if len(chars) <= 8 else None)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _Info(0, 0, frozenset({""}))  # (zero-width: a look-around's text is not the match's)
    if op is _c.SUBPATTERN:
        assert isinstance(av, tuple)
        return _seq(av[-1])
    if op is _c.ATOMIC_GROUP:
        return _seq(av)  # type: ignore[arg-type]
    if op is _c.BRANCH:
        assert isinstance(av, tuple)
        alts = [_seq(alt) for alt in av[1]]
        lo = min(a.lo for a in alts)
        hi = max(a.hi for a in alts)
        exact = None
        if all(a.exact is not None for a in alts):
            union = frozenset().union(*(a.exact for a in alts if a.exact is not None))
            exact = union if len(union) <= _CAP else None
        merged: dict[str, tuple[int, int]] = {}
        for a in alts:
            best = _best(_candidates(a))
            if best is None:
                return _Info(lo, hi, exact)
            for w, (x, y) in best.items():
                old = merged.get(w)
                merged[w] = (x, y) if old is None else (min(old[0], x), max(old[1], y))
        return _Info(lo, hi, exact, [merged])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        assert isinstance(av, tuple)
        mn, mx, sub = av
        body = _seq(sub)
        lo = min(mn * body.lo, _INF)
        if body.hi == 0:
            hi = 0
        elif mx == _c.MAXREPEAT or body.hi >= _INF:
            hi = _INF
        else:
            hi = min(mx * body.hi, _INF)
        exact = None
        if body.exact is not None and mx != _c.MAXREPEAT and mx <= 8:
            reps: frozenset[str] = frozenset({""})
            total: set[str] = set(reps) if mn == 0 else set()
            for k in range(1, mx + 1):
                reps = frozenset(a + b for a in reps for b in body.exact)
                if len(reps) > _CAP:
                    total = set()
                    break
                if k >= mn:
                    total |= reps
            exact = frozenset(total) if total and len(total) <= _CAP else None
        return _Info(lo, hi, exact, _candidates(body) if mn >= 1 else [])
    raise _Unsupported(str(op))


def _uncased(code: int) -> bool:
    ch = chr(code)
    return ch.lower() == ch == ch.upper()


def _skips_ahead(parsed: object, flags: int) -> bool:
    """Whether ``re`` itself scans for the pattern's first character (a literal prefix or a set of
    first characters, which under IGNORECASE it has only for characters without case: ``智算中心…``,
    ``(?:打造|建设)…``)."""
    items = list(parsed)  # type: ignore[call-overload]
    while items and items[0][0] is _c.SUBPATTERN:
        items = list(items[0][1][-1])
    if not items:
        return False
    plain = _uncased if flags & re.I else (lambda code: True)
    op, av = items[0]
    if op is _c.LITERAL:
        return plain(av)
    if op is _c.IN:
        return all(o is _c.LITERAL and plain(a) for o, a in av)
    if op is _c.BRANCH:
        return all(alt and alt[0][0] is _c.LITERAL and plain(alt[0][1]) for alt in av[1])
    return False


@lru_cache(maxsize=512)
def requirement(pattern: str, flags: int = re.I) -> Requirement | None:
    """Words (folded, see :func:`fold`) one of which every match of ``pattern`` holds at a bounded
    offset from its start, or None: the pattern can match the empty string, uses a construct the
    analysis does not know, or has no cheap enough requirement."""
    try:
        parsed = _p.parse(pattern, flags)
        info = _seq(parsed)
    except (_Unsupported, RecursionError):
        return None
    if _skips_ahead(parsed, flags):
        return None  # (re finds such a pattern's candidate positions as fast)
    if info.lo == 0:
        return None
    best = _best(_candidates(info))
    if best is None or any(b - a > _MAX_WINDOW for a, b in best.values()):
        return None
    return tuple(sorted((w, a, b) for w, (a, b) in best.items()))


@lru_cache(maxsize=512)
def gate(pattern: str, flags: int = re.I) -> tuple[str, ...] | None:
    """Words (folded, see :func:`fold`) one of which every match of ``pattern`` holds somewhere, however far from its
    start (``[A-Za-z]{3,}\\s?厂``: 厂), for a pattern :func:`requirement` gives none: a text whose fold holds none of
    them has no match. None where no such words are known (or the pattern can match the empty string)."""
    try:
        info = _seq(_p.parse(pattern, flags))
    except (_Unsupported, RecursionError):
        return None
    factors = [f for f in _candidates(info) if f and "" not in f]
    if info.lo == 0 or not factors:
        return None
    best = min(factors, key=lambda f: (len(f), -min(len(w) for w in f)))  # (the fewest words, the longest)
    return tuple(sorted(best))


@lru_cache(maxsize=16)
def _words_automaton(words: tuple[str, ...]) -> Any:
    import ahocorasick

    a = ahocorasick.Automaton()
    for w in words:
        a.add_word(w, (w, len(w) - 1))
    a.make_automaton()
    return a


def occurrences(words: tuple[str, ...], folded: str) -> dict[str, list[int]]:
    """Every start of every word of ``words`` (the words of several requirements) in ``folded``,
    ascending, overlapping ones too: what :func:`finditer` would find of each with ``str.find``, for
    all the words in one pass of an Aho-Corasick automaton (a scan of the text a word otherwise)."""
    out: dict[str, list[int]] = {}
    if not words or not folded:
        return out
    get = out.get
    # (the automaton reports by end, so the starts of one word come in order)
    for end, (word, back) in _words_automaton(words).iter(folded):
        starts = get(word)
        if starts is None:
            out[word] = [end - back]
        else:
            starts.append(end - back)
    return out


def finditer(compiled: re.Pattern[str], need: Requirement, text: str, folded: str,
             found: dict[str, list[int]] | None = None) -> Iterator[re.Match[str]]:
    """The matches ``compiled.finditer(text)`` yields, given ``need = requirement(pattern)`` (no
    match of the pattern is empty) and ``folded = fold(text)``: the pattern is tried only at the
    positions the required words' occurrences allow. ``found``, :func:`occurrences` of words
    including ``need``'s in ``folded``, saves searching for them."""
    windows: list[tuple[int, int]] = []
    width = 0
    if found is not None:
        for word, lo, hi in need:
            starts = found.get(word)
            if starts:
                windows += [(i - hi, i - lo) for i in starts]
                width += (hi - lo + 1) * len(starts)
    else:
        find = folded.find
        for word, lo, hi in need:
            i = find(word)
            while i >= 0:
                windows.append((i - hi, i - lo))
                width += hi - lo + 1
                i = find(word, i + 1)
    if not windows:
        return
    if width * _DENSE > len(text):
        # (the words everywhere, as in "data data data …": re's own scan, in C, is the faster)
        yield from compiled.finditer(text)
        return
    windows.sort()
    match = compiled.match
    last = len(text) - 1  # (no match is empty, so none starts at the end)
    nxt = 0  # every position before this one is tried or inside a match found
    for a, b in windows:
        if a < nxt:
            a = nxt
        if b > last:
            b = last
        while a <= b:
            m = match(text, a)
            if m is None:
                a += 1
            else:
                yield m
                a = m.end()
        if a > nxt:
            nxt = a


def scan(compiled: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``compiled.finditer(text)``, through :func:`finditer` when the pattern has a requirement."""
    need = requirement(compiled.pattern, compiled.flags)
    if need is None:
        return compiled.finditer(text)
    return finditer(compiled, need, text, fold(text))


def _last_of_seq(items: list[tuple[object, object]], flags: int) -> tuple[frozenset[str], bool]:
    """The characters the last character of a match of the sequence ``items`` can be, and whether such a match can be
    empty; :class:`_Unsupported` where a character is not known exactly."""
    chars: set[str] = set()
    for op, av in reversed(items):
        last, empty = _last_of_item(op, av, flags)
        chars |= last
        if not empty:
            return frozenset(chars), False
    return frozenset(chars), True


def _exact_char(code: int, flags: int) -> str:
    """The one character a literal of ``code`` matches, or :class:`_Unsupported` (a cased character under IGNORECASE
    matches others too)."""
    if flags & re.I and not _uncased(code):
        raise _Unsupported("cased")
    return chr(code)


def _last_of_item(op: object, av: object, flags: int) -> tuple[frozenset[str], bool]:
    if op is _c.LITERAL:
        assert isinstance(av, int)
        return frozenset({_exact_char(av, flags)}), False
    if op is _c.IN:
        assert isinstance(av, list)
        chars: set[str] = set()
        for o, a in av:
            if o is _c.LITERAL:
                chars.add(_exact_char(a, flags))
            elif o is _c.RANGE and a[1] - a[0] < 64:
                chars.update(_exact_char(code, flags) for code in range(a[0], a[1] + 1))
            else:  # NEGATE, CATEGORY, a wide range
                raise _Unsupported(str(o))
        return frozenset(chars), False
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return frozenset(), True  # (zero-width)
    if op is _c.SUBPATTERN:
        assert isinstance(av, tuple)
        return _last_of_seq(list(av[-1]), flags)
    if op is _c.ATOMIC_GROUP:
        return _last_of_seq(list(av), flags)  # type: ignore[call-overload]
    if op is _c.BRANCH:
        assert isinstance(av, tuple)
        alts = [_last_of_seq(list(alt), flags) for alt in av[1]]
        return frozenset().union(*(a for a, _ in alts)), any(e for _, e in alts)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        assert isinstance(av, tuple)
        mn, mx, sub = av
        if mx == 0:
            return frozenset(), True
        last, empty = _last_of_seq(list(sub), flags)
        return last, empty or mn == 0
    raise _Unsupported(str(op))  # (any character, back-references, conditionals)


def final_chars(compiled: re.Pattern[str]) -> frozenset[str] | None:
    """For a pattern that ends with ``$`` (not MULTILINE) and never matches the empty string: the characters the last
    character of every match is (each one that matches only itself), so a search of a window can be skipped where the
    window ends with none of them (:func:`may_end_window`); None where that is not known."""
    if compiled.flags & re.M or not isinstance(compiled.pattern, str):
        return None
    try:
        parsed = list(_p.parse(compiled.pattern, compiled.flags))
        if not parsed or parsed[-1] != (_c.AT, _c.AT_END):
            return None
        chars, empty = _last_of_seq(parsed, compiled.flags)
    except (_Unsupported, RecursionError):
        return None
    return None if empty else chars


def may_end_window(chars: frozenset[str] | None, window: str) -> bool:
    """False when a search of ``window`` by a pattern whose :func:`final_chars` are ``chars`` cannot match: its ``$``
    matches at the window's end or before a line break ending it, so a match's last character is the window's last
    or, before such a break, the one before it."""
    if chars is None:
        return True
    last = window[-1:]
    return last in chars or (last == "\n" and window[-2:-1] in chars)
