"""The extraction lexicons: data files that say how documents write numbers, metrics and cues.

``connectors/lexicons/*.toml`` — one file a section (``quantities``, ``metrics``, ``cues``,
``calendars``) — are read once; ``COMPUTECAST_LEXICON`` may name extra TOML files (separated by
``os.pathsep``) whose sections are merged in: lists are appended to, tables merged key by key. No
code change is needed to teach the extractor a new word.

:class:`KeywordIndex` finds every keyword of every lexicon group in a text in one pass of an
Aho-Corasick automaton (pyahocorasick: a C automaton, linear in the text plus the matches, where a
Python regex alternation of thousands of words backtracks per position), plus the few regular
patterns a group may declare for words with structure. Lookups are by position (bisect), so a
question such as "the last metric keyword before this number, within its clause" costs O(log n).
"""

from __future__ import annotations

import bisect
import os
import re
import tomllib
from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple

from connectors.literals import Requirement, fold, gate, occurrences, requirement
from connectors.literals import finditer as literal_finditer
from connectors.textnorm import hyphenated, simplify

LEXICON_DIR = Path(__file__).with_name("lexicons")
ENV_VAR = "COMPUTECAST_LEXICON"
SECTIONS = ("quantities", "metrics", "cues", "calendars")


class LexiconError(ValueError):
    """A lexicon file (connectors/lexicons or $COMPUTECAST_LEXICON) is malformed."""


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        old = base.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            _merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            base[key] = old + value
        else:
            base[key] = value


def load_lexicon(extra: str | None = None) -> dict[str, Any]:
    """All lexicon sections, with the extra files of ``extra`` (or $COMPUTECAST_LEXICON) merged in."""
    data: dict[str, Any] = {}
    for name in SECTIONS:
        with (LEXICON_DIR / f"{name}.toml").open("rb") as fh:
            data[name] = tomllib.load(fh)
    paths = extra if extra is not None else os.environ.get(ENV_VAR, "")
    for p in filter(None, paths.split(os.pathsep)):
        try:
            with open(p, "rb") as fh:
                more = tomllib.load(fh)
        except OSError as exc:
            raise LexiconError(f"{ENV_VAR}: {p!r} cannot be read ({exc.strerror}); point it at a TOML file") from exc
        except tomllib.TOMLDecodeError as exc:
            raise LexiconError(f"{ENV_VAR}: {p!r} is not valid TOML: {exc}") from exc
        unknown = set(more) - set(SECTIONS)
        if unknown:
            raise LexiconError(f"{ENV_VAR}: {p!r} has unknown sections {sorted(unknown)}; use {list(SECTIONS)}")
        _merge(data, more)
    return data


@lru_cache(maxsize=4)
def _cached(extra: str) -> dict[str, Any]:
    return load_lexicon(extra)


def lexicon() -> dict[str, Any]:
    """The lexicon for the current $COMPUTECAST_LEXICON (cached per value)."""
    return _cached(os.environ.get(ENV_VAR, ""))


class Hit(NamedTuple):
    """A keyword of lexicon group ``group`` at ``start:end``; ``label`` is what it stands for.

    A named tuple rather than a frozen dataclass: a document makes about 85,000 of them a MB and a
    tuple is built in a third of the time (immutable and read by attribute all the same)."""

    start: int
    end: int
    group: str
    label: str
    word: str


_LATIN = re.compile(r"[A-Za-z0-9]")
_new_tuple = tuple.__new__
_END_START = attrgetter("end", "start")
#: ASCII-only lower-casing keeps every offset (str.lower can change a string's length)
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def _ascii_lower(text: str) -> str:
    """``text.translate(_ASCII_LOWER)``, fifteen times faster: ``bytes.lower`` changes only the bytes
    A-Z, and no byte of a character outside ASCII is one in UTF-8 (surrogatepass keeps lone
    surrogates, which a decoded file may hold, as they are)."""
    if text.isascii():
        return text.lower()
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


class _Hits:
    """Hits of one group, sorted by end, with bisect lookups."""

    def __init__(self, hits: list[Hit]) -> None:
        # by end, the longest first: for one end, the longer hit is the one starting earlier
        self.hits = sorted(hits, key=_END_START)
        self.ends = [h.end for h in self.hits]
        self._by_start: list[Hit] | None = None  # built on the first lookup by start
        self._starts: list[int] = []

    @property
    def by_start(self) -> list[Hit]:
        if self._by_start is None:
            self._by_start = sorted(self.hits, key=lambda h: (h.start, -(h.end - h.start)))
            self._starts = [h.start for h in self._by_start]
        return self._by_start

    @property
    def starts(self) -> list[int]:
        self.by_start  # noqa: B018 - builds the index
        return self._starts

    def last(self, lo: int, hi: int) -> Hit | None:
        """The hit ending last with ``lo <= start`` and ``end <= hi`` (longest on ties)."""
        i = bisect.bisect_right(self.ends, hi) - 1
        steps = 0
        while i >= 0 and steps < 8:
            h = self.hits[i]
            if h.end < lo:
                return None
            if h.start >= lo:
                # a keyword overlapping this one and starting earlier is the more specific one
                # (人工智能服务器市场 over 服务器市场规模; 数据中心营收 over 营收)
                best = h
                j = i - 1
                while j >= 0 and self.hits[j].end > best.start and i - j < 8:
                    if lo <= self.hits[j].start < best.start:
                        best = self.hits[j]
                    j -= 1
                return best
            i -= 1
            steps += 1
        return None

    def first(self, lo: int, hi: int) -> Hit | None:
        """The hit starting first with ``lo <= start`` and ``end <= hi``."""
        by_start = self._by_start if self._by_start is not None else self.by_start
        i = bisect.bisect_left(self._starts, lo)
        steps = 0
        while i < len(by_start) and steps < 8:
            h = by_start[i]
            if h.start >= hi:
                return None
            if h.end <= hi:
                return h
            i += 1
            steps += 1
        return None

    def any(self, lo: int, hi: int) -> bool:
        return self.first(lo, hi) is not None


class KeywordIndex:
    """Every keyword of the given groups found in ``text`` (normalised, see textnorm).

    A group that is one label of another (``yoy.before``: the words of ``yoy``'s label ``before``)
    is not searched again: its hits are the other's hits of that label, taken out on first use.
    The hits of a group are sorted and indexed on first use too (a document asks for about 40 of
    the 100 groups of the extractor)."""

    def __init__(self, text: str, groups: dict[str, dict[str, list[str]]], patterns: dict[str, dict[str, list[str]]]) -> None:
        self._groups: dict[str, _Hits] = {}
        frozen, derived = _frozen(groups)
        self._derived = derived
        found: dict[str, list[Hit]] = {g: [] for g in groups if g not in derived}
        automaton = _automaton(frozen)
        if automaton is not None and text:
            folded = _ascii_lower(text)
            n = len(text)
            for end_idx, (size, latin_start, latin_end, entries) in automaton.iter(folded):
                end = end_idx + 1
                start = end - size
                # only a keyword starting or ending with a letter or digit can be glued to a word (_boundary_ok,
                # inline: the keyword's first and last characters are the text's there, folded)
                if latin_start and start > 0 and (c := text[start - 1]).isascii() and c.isalpha():
                    continue
                if latin_end and end < n and (c := text[end]).isascii() and c.isalpha() and c != "s":
                    continue
                word = text[start:end]
                for group, label in entries:
                    # (Hit(…) without the named tuple's own __new__, a Python function: the same tuple)
                    found[group].append(_new_tuple(Hit, (start, end, group, label, word)))
        self._found = found
        pattern_hits: dict[str, list[Hit]] = {}
        if patterns:
            plan, words = _pattern_plan(patterns)
            folded_all = fold(text)
            # (the required words of all the patterns found in one pass: connectors/literals.occurrences)
            at = occurrences(words, folded_all)
            for group, label, compiled, need in plan:
                hits = pattern_hits.setdefault(group, [])
                if need is None:
                    if (gated := gate(compiled.pattern, compiled.flags)) is not None and \
                            not any(w in folded_all for w in gated):
                        continue  # (none of the words every match holds is in the text)
                    for m in compiled.finditer(text):
                        if m.end() > m.start():
                            hits.append(Hit(m.start(), m.end(), group, label, m.group(0)))
                    continue
                # (tried only where one of the words every match holds allows: connectors/literals.py)
                for m in literal_finditer(compiled, need, text, folded_all, at):
                    hits.append(Hit(m.start(), m.end(), group, label, m.group(0)))
        self._pattern_hits = pattern_hits

    def _get(self, name: str) -> _Hits:
        hits = self._groups.get(name)
        if hits is None:
            hits = self._groups[name] = self._build(name)
        return hits

    def _build(self, name: str) -> _Hits:
        """The hits of group ``name`` as a search of its words would have listed them: keywords in
        the order of the text's scan, then pattern matches; _Hits sorts them (stably)."""
        derived = self._derived.get(name)
        if derived is not None:
            parent, label = derived
            hits = [Hit(h.start, h.end, name, label, h.word) for h in self._found[parent] if h.label == label]
        else:
            hits = list(self._found.get(name, ()))
        hits += self._pattern_hits.get(name, ())
        return _Hits(hits) if hits else _NO_HITS

    def group(self, name: str) -> _Hits:
        return self._groups.get(name) or self._get(name)

    def drop(self, name: str, unwanted: Callable[[Hit], bool]) -> None:
        """Take out of group ``name`` the hits ``unwanted`` names (a word the text's context reads
        otherwise: 第一季成长 is the first quarter's growth, not 季成长, a quarter-on-quarter one); one
        pass over the group's hits."""
        hits = self._get(name)
        if hits is not _NO_HITS:
            kept = [h for h in hits.hits if not unwanted(h)]
            self._groups[name] = _Hits(kept) if kept else _NO_HITS

    # (a group with no hit in the text, most of them in most texts, answers without a search)
    def last(self, group: str, lo: int, hi: int) -> Hit | None:
        hits = self._groups.get(group) or self._get(group)
        return None if hits is _NO_HITS else hits.last(lo, hi)

    def first(self, group: str, lo: int, hi: int) -> Hit | None:
        hits = self._groups.get(group) or self._get(group)
        return None if hits is _NO_HITS else hits.first(lo, hi)

    def any(self, group: str, lo: int, hi: int) -> bool:
        hits = self._groups.get(group) or self._get(group)
        return hits is not _NO_HITS and hits.first(lo, hi) is not None


_NO_HITS = _Hits([])
#: the characters _LATIN matches, as a keyword's folded (ASCII lower-case) first or last character
_LATIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _boundary_ok(text: str, start: int, end: int) -> bool:
    """Latin keywords are not glued to a letter (``Meta`` not in ``Metaverse``; ``p00GPU`` and a
    plural ``GPUs`` still count). The rule's one statement: KeywordIndex's scan checks it inline for speed, and
    tests/connectors/test_keyword_boundaries.py holds the two equal."""
    if _LATIN.match(text[start]) and start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
        return False
    return not (_LATIN.match(text[end - 1]) and end < len(text) and text[end].isascii() and text[end].isalpha()
                and text[end] != "s")


_Plan = tuple[tuple[tuple[str, str, tuple[str, ...]], ...], dict[str, tuple[str, str]]]
#: groups dicts already planned (by id, with the dict itself so a reused id is not mistaken)
_FROZEN: dict[int, tuple[dict[str, dict[str, list[str]]], _Plan]] = {}


def _frozen(groups: dict[str, dict[str, list[str]]]) -> _Plan:
    """:func:`_freeze` and :func:`_derived`, remembered for the few groups dicts passed again and
    again (the extractor's)."""
    hit = _FROZEN.get(id(groups))
    if hit is not None and hit[0] is groups:
        return hit[1]
    derived = _derived(groups)
    plan = (_freeze({g: labels for g, labels in groups.items() if g not in derived}), derived)
    if len(_FROZEN) >= 8:
        _FROZEN.clear()
    _FROZEN[id(groups)] = (groups, plan)
    return plan


_PatternPlan = tuple[tuple[tuple[str, str, re.Pattern[str], Requirement | None], ...], tuple[str, ...]]
#: patterns dicts already planned (by id, with the dict itself so a reused id is not mistaken)
_PATTERN_PLANS: dict[int, tuple[dict[str, dict[str, list[str]]], _PatternPlan]] = {}


def _pattern_plan(patterns: dict[str, dict[str, list[str]]]) -> _PatternPlan:
    """Every pattern of ``patterns`` in the order of the dict, (group, label, compiled, requirement),
    and the words of all the requirements; remembered, as :func:`_frozen`, for a patterns dict passed
    again and again (the extractor's)."""
    hit = _PATTERN_PLANS.get(id(patterns))
    if hit is not None and hit[0] is patterns:
        return hit[1]
    plan = tuple((group, label, _compiled(p), _requirement(p))
                 for group, labels in patterns.items() for label, pats in labels.items() for p in pats)
    words = tuple(sorted({w for *_, need in plan if need is not None for w, _, _ in need}))
    if len(_PATTERN_PLANS) >= 8:
        _PATTERN_PLANS.clear()
    _PATTERN_PLANS[id(patterns)] = (patterns, (plan, words))
    return plan, words


def _derived(groups: dict[str, dict[str, list[str]]]) -> dict[str, tuple[str, str]]:
    """Groups ``parent.label`` holding exactly the words of ``parent``'s ``label`` (which is not
    itself such a group): name -> (parent, label)."""
    out: dict[str, tuple[str, str]] = {}
    for name, labels in groups.items():
        parent, dot, label = name.rpartition(".")
        if dot and list(labels) == [label] and parent in groups and groups[parent].get(label) == labels[label]:
            out[name] = (parent, label)
    return {name: (parent, label) for name, (parent, label) in out.items() if parent not in out}


def _freeze(groups: dict[str, dict[str, list[str]]]) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    return tuple((g, label, tuple(words)) for g, labels in sorted(groups.items()) for label, words in sorted(labels.items()))


@lru_cache(maxsize=8)
def _automaton(frozen: tuple[tuple[str, str, tuple[str, ...]], ...]) -> Any:
    import ahocorasick

    table: dict[str, list[tuple[str, str, str]]] = {}
    for group, label, words in frozen:
        for w in words:
            key = simplify(w).translate(_ASCII_LOWER)
            if key:
                table.setdefault(key, []).append((group, label, key))
            for variant in hyphenated(w):  # (AI-server revenue, data-center capex)
                vkey = simplify(variant).translate(_ASCII_LOWER)
                entries = table.setdefault(vkey, [])
                if (group, label, vkey) not in entries:
                    entries.append((group, label, vkey))
    if not table:
        return None
    a = ahocorasick.Automaton()
    for key, entries in table.items():
        # (length, whether the word starts with a letter or digit, whether it ends with one, its (group, label)s; the
        # key is the text's characters there, folded: ASCII lower-case for a letter, itself for any other character)
        a.add_word(key, (len(key), key[0] in _LATIN_CHARS, key[-1] in _LATIN_CHARS,
                         tuple((group, label) for group, label, _ in entries)))
    a.make_automaton()
    return a


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(simplify(pattern), re.I)
    except re.error as exc:
        raise LexiconError(f"bad lexicon pattern {pattern!r}: {exc}") from exc


@lru_cache(maxsize=512)
def _requirement(pattern: str) -> Requirement | None:
    """The words one of which every match of lexicon pattern ``pattern`` holds (connectors/literals.py)."""
    return requirement(_compiled(pattern).pattern, re.I)
