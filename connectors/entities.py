"""Entities, regions, items and markets named in normalised text, via ``aliases.toml``.

The table is data: ``connectors/aliases.toml`` plus, when the environment variable
``COMPUTECAST_ALIASES`` names a TOML file, that file's entries (same layout) on top. Aliases are
normalised like document text (traditional -> simplified, full-width -> half-width), so one entry
covers both scripts. Latin aliases match whole words only; the longest alias wins where two
overlap. Region mentions inside an entity name (``中国移动``) are not regions.
"""

from __future__ import annotations

import bisect
import os
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from connectors.literals import scan
from connectors.textnorm import hyphenated, simplify

ALIASES_PATH = Path(__file__).with_name("aliases.toml")
ENV_VAR = "COMPUTECAST_ALIASES"


class AliasTableError(ValueError):
    """The alias table (aliases.toml or $COMPUTECAST_ALIASES) is malformed."""


@dataclass(frozen=True)
class NameMention:
    """A name found at ``start:end`` of the normalised text."""

    start: int
    end: int
    name: str
    type: str = ""


@dataclass(frozen=True)
class _Matcher:
    regex: re.Pattern[str] | None
    lookup: dict[str, tuple[str, str]]
    patterns: tuple[tuple[re.Pattern[str], str, str], ...]

    def find(self, text: str) -> list[NameMention]:
        out: list[NameMention] = []
        if self.regex is not None:
            for m in self.regex.finditer(text):
                name, typ = self.lookup[m.group(0)]
                if not _boundary_ok(text, m.start(), m.end(), glued=typ in ("company", "operator")):
                    continue
                out.append(NameMention(m.start(), m.end(), name, typ))
        # alias matches do not overlap and come in order: the ones a pattern match overlaps are
        # found by bisecting their starts (linear overall, not a scan per pattern match). A
        # pattern match holding them whole replaces them (servers with integrated GPUs, not GPUs);
        # one overlapping an alias's edge yields to it.
        starts = [o.start for o in out]
        ends = [o.end for o in out]
        extra: list[NameMention] = []
        dropped: set[int] = set()
        for pat, name, typ in self.patterns:
            for m in scan(pat, text):  # (the same matches, tried only near the words they need: literals.py)
                hi = bisect.bisect_left(starts, m.end())
                lo = bisect.bisect_right(ends, m.start())
                if lo < hi and (starts[lo] < m.start() or ends[hi - 1] > m.end()):
                    continue
                dropped.update(range(lo, hi))
                extra.append(NameMention(m.start(), m.end(), name, typ))
        if extra:
            kept = [o for i, o in enumerate(out) if i not in dropped] if dropped else out
            out = sorted(kept + extra, key=lambda x: x.start)
        return out


def _alias_regex(aliases: list[str]) -> re.Pattern[str] | None:
    """A regex matching, at each position, the longest alias that starts there: the alternation of all
    aliases, longest first, written as a trie (word boundaries are checked by :func:`_boundary_ok`, which is
    much faster than a lookaround per alternative)."""
    if not aliases:
        return None
    if "" in aliases or max(map(len, aliases)) > _TRIE_DEPTH:
        # (an empty alias matches everywhere, and the regex parser recurses a level per character of a trie's word:
        # the plain alternation then)
        return re.compile("|".join(re.escape(a) for a in sorted(set(aliases), key=len, reverse=True)))
    return re.compile(_trie_pattern(sorted(set(aliases))))


#: the longest alias written as a trie
_TRIE_DEPTH = 120


def _trie_pattern(words: list[str]) -> str:
    """``w1|w2|…`` (non-empty literal words) as a trie: ``ab(?:c(?:d)?|e)`` for ab, abc, abcd, abe. At a
    position the trie follows the one path the text's characters allow and, its optional tails being greedy,
    ends at the deepest word on it: the longest word that starts there, the one the alternation of the words
    sorted longest first matches. The regex engine tries a position's first character against one branch a
    character rather than one a word (two to four times faster over the alias table)."""
    root: dict[str, dict[str, Any]] = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}  # (a word ends here)

    def emit(node: dict[str, dict[str, Any]]) -> str:
        kids = [re.escape(c) + emit(child) for c, child in node.items() if c]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _not_after_country(pattern: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """``pattern`` not right after the first character of a country's name: 国内 in 中国内需 or 美国内部 is the end of
    the country's name and the next word, not "the home country"."""
    return None if pattern is None else re.compile(r"(?<![中美韩英德法泰俄印日])(?:" + pattern.pattern + ")")


_WORD = re.compile(r"[A-Za-z0-9]")


def _glued_sentence(text: str, start: int, end: int) -> bool:
    """A capitalised name of four letters or more right after a lower-case word, the space or full stop between two
    sentences lost when a page was scraped (their chip purchases remain substantialAmazon has procured …): read for a
    company's name only (the overall acceleratedServer Market: the space inside a phrase lost, no new sentence)."""
    return end - start >= 4 and text[start].isupper() and text[start + 1 : start + 2].islower() and start >= 3 and \
        text[start - 3 : start].isalpha() and text[start - 3 : start].islower()


def _boundary_ok(text: str, start: int, end: int, glued: bool = False) -> bool:
    """Latin aliases match whole words only: no letter/digit glued on (MetaLLM is not Meta)."""
    if _WORD.match(text[start]) and start > 0 and _WORD.match(text[start - 1]) and not (
            glued and _glued_sentence(text, start, end)):
        return False
    if _WORD.match(text[end - 1]) and end < len(text):
        nxt = text[end]
        if nxt == "s" and (text[end - 1].isdigit() or text[end - 1].isupper()) and \
                (end + 1 == len(text) or not _WORD.match(text[end + 1])):
            return True  # a model's plural (8,192 Nvidia H100s, MI300Xs)
        if _WORD.match(nxt) or (nxt in ".'’" and end + 1 < len(text) and (text[end + 1].isdigit() or
                                                                         text[end + 1].isupper())):
            return False  # GPT-4.5 is not GPT-4; Dell'Oro is not Dell
    return True


#: sections whose names of several words are also written as compound adjectives (its AI-server revenue, the
#: GPU-server market): products and markets, not companies or places
HYPHENATED_SECTIONS = frozenset({"items", "markets"})


def _build(section: dict[str, Any], where: str) -> _Matcher:
    lookup: dict[str, tuple[str, str]] = {}
    patterns: list[tuple[re.Pattern[str], str, str]] = []
    for name, entry in section.items():
        if name == "*":
            continue
        if not isinstance(entry, dict):
            raise AliasTableError(f"{where}.{name} must be a table with `aliases`, got {entry!r}")
        typ = str(entry.get("type", ""))
        for a in list(entry.get("aliases", [])) + list(entry.get("subsidiaries", [])):
            lookup[simplify(str(a))] = (name, typ)
            for variant in hyphenated(str(a)) if where in HYPHENATED_SECTIONS else ():
                lookup.setdefault(simplify(variant), (name, typ))
        for p in entry.get("patterns", []):
            try:
                patterns.append((re.compile(simplify(str(p))), name, typ))
            except re.error as exc:
                raise AliasTableError(f"{where}.{name}: bad pattern {p!r}: {exc}") from exc
    return _Matcher(_alias_regex(list(lookup)), lookup, tuple(patterns))


def _group_members(groups: dict[str, Any], entities: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Each group's members (``members`` of ``[groups.NAME]``), every one an entity of the table."""
    out: dict[str, tuple[str, ...]] = {}
    for name, entry in groups.items():
        members = tuple(str(x) for x in entry.get("members", [])) if isinstance(entry, dict) else ()
        unknown = [x for x in members if x not in entities]
        if len(members) < 2 or unknown:
            raise AliasTableError(f"groups.{name} needs `members`, two or more entities of the table"
                                  + (f" (not entities: {', '.join(unknown)})" if unknown else ""))
        out[name] = members
    return out


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    for sect, entries in extra.items():
        if not isinstance(entries, dict):
            raise AliasTableError(f"[{sect}] must be a table")
        target = base.setdefault(sect, {})
        for name, entry in entries.items():
            if name in target and isinstance(entry, dict):
                old = target[name]
                for key in ("aliases", "subsidiaries", "patterns", "relative", "country_relative", "uncoded"):
                    old[key] = list(old.get(key, [])) + list(entry.get(key, []))
                for key in ("type", "sells", "members"):
                    if key in entry:
                        old[key] = entry[key]
            else:
                target[name] = entry


@dataclass(frozen=True)
class AliasTable:
    """Matchers for every section of the alias table."""

    entities: _Matcher
    regions: _Matcher
    items: _Matcher
    markets: _Matcher
    relative_regions: re.Pattern[str] | None
    country_relative: re.Pattern[str] | None = None
    #: places with no code of the contract (``uncoded`` of ``[regions."*"]``)
    uncoded: re.Pattern[str] | None = None
    #: entity name -> the country it is listed and reports in (``country`` in aliases.toml)
    countries: dict[str, str] = field(default_factory=dict)
    #: entity name -> its type (``type`` in aliases.toml: company, operator, model)
    types: dict[str, str] = field(default_factory=dict)
    #: entity name -> what it sells, where the table says (``sells`` in aliases.toml: chips)
    sells: dict[str, str] = field(default_factory=dict)
    #: names of several listed companies as one (三大运营商): matcher of ``[groups]`` and each group's members, in the
    #: order the press lists them (``members`` in aliases.toml)
    groups: _Matcher | None = None
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: item name -> the company that makes it, where the table says (``maker`` of ``[items.NAME]``: H20 -> Nvidia)
    makers: dict[str, str] = field(default_factory=dict)

    def find_groups(self, text: str) -> list[NameMention]:
        """Names of a group of companies (三大运营商, the three operators), named after the group."""
        return self.groups.find(text) if self.groups is not None else []

    def find_entities(self, text: str) -> list[NameMention]:
        return self.entities.find(text)

    def find_items(self, text: str) -> list[NameMention]:
        return self.items.find(text)

    def find_markets(self, text: str) -> list[NameMention]:
        return self.markets.find(text)

    def find_uncoded(self, text: str) -> list[NameMention]:
        """Places with no code of the contract (EMEA, 欧洲), named ``""``."""
        if self.uncoded is None:
            return []
        return [NameMention(m.start(), m.end(), "", "uncoded") for m in self.uncoded.finditer(text)
                if _boundary_ok(text, m.start(), m.end())]

    def find_regions(self, text: str, entities: list[NameMention], script_home: str | None = None) -> list[NameMention]:
        """Regions; relative words (本市) resolve to the nearest preceding sub-national region, 国内/我国 to
        the home country (:func:`home_country`; ``script_home``: the country of the page's script)."""
        ents = sorted(entities, key=lambda e: e.start)
        e_starts = [e.start for e in ents]
        reach: list[int] = []  # reach[i]: the furthest end of entities 0..i
        for e in ents:
            reach.append(max(e.end, reach[-1]) if reach else e.end)

        def inside_entity(r: NameMention) -> bool:
            i = bisect.bisect_right(e_starts, r.start) - 1
            return i >= 0 and reach[i] >= r.end

        found = [r for r in self.regions.find(text) if not inside_entity(r) and not CURRENCY_AFTER.match(text, r.end)
                 and not BASED_AFTER.match(text, r.end) and not DATELINE_AFTER.match(text, r.end)
                 and not _excluded(text, r.start, r.end)]
        if self.relative_regions is not None:
            local = [r for r in found if "-" in r.name]  # sub-national regions, in order
            l_ends = [r.end for r in local]
            for m in self.relative_regions.finditer(text):
                if not _boundary_ok(text, m.start(), m.end()):
                    continue
                i = bisect.bisect_right(l_ends, m.start()) - 1
                if i >= 0:
                    found.append(NameMention(m.start(), m.end(), local[i].name, "relative"))
            found.sort(key=lambda x: x.start)
        if self.country_relative is not None:
            home = home_country(found, text=text, script_home=script_home) or "CN"
            # (a page that names Hong Kong most, an IPO's there, still says 国内 of China: a special administrative region
            # is part of its country, so 国内/我国 on such a page is China's)
            home = COUNTRY_OF_REGION.get(home, home)
            found.extend(NameMention(m.start(), m.end(), home, "")
                         for m in scan(self.country_relative, text) if _boundary_ok(text, m.start(), m.end()))
            found.sort(key=lambda x: x.start)
        return found


#: places that are no country of their own: the country 国内/我国 points at where a page's home is one of them
COUNTRY_OF_REGION = {"HK": "CN", "MO": "CN"}


#: around a place that a figure leaves out (亚太地区(日本除外), Asia/Pacific (excluding Japan), 中国以外): it is not
#: the figure's place
EXCLUDED_BEFORE = re.compile(r"(?:\bexcluding|\bexcl\.?|\bexcept(?: for)?|\bex-|不含|不包括|除了?)\s?$", re.I)
EXCLUDED_AFTER = re.compile(r"\s?(?:除外|以外|之外)")


def _excluded(text: str, start: int, end: int) -> bool:
    """The place at ``text[start:end]`` is one a figure leaves out (see EXCLUDED_BEFORE)."""
    return EXCLUDED_BEFORE.search(text, max(0, start - 12), start) is not None or \
        EXCLUDED_AFTER.match(text, end) is not None


#: a place's name that is part of its currency's (US dollars, New Taiwan dollar, US$) names no place
CURRENCY_AFTER = re.compile(r"[ -]?(?:dollars?\b|\$)", re.I)
#: right after a place, where a company or a site is based (the California-based research firm, the Louisiana-based
#: Hyperion): a description of the subject, not the place a figure is of
BASED_AFTER = re.compile(r"[ -](?:based|headquartered)\b", re.I)
#: right after a place, the date of a press release's dateline (Austin, Texas, USA, March 28, 2025): where the release
#: was issued, not the place a figure is of
DATELINE_AFTER = re.compile(r"(?:, (?:USA|U\.S\.A?\.?|United States))?,? (?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|"
                            r"Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
                            r"Dec(?:ember|\.)?) \d{1,2},? (?:19|20)\d{2}\b")


#: a Chinese name's four-digit listing code in brackets (华硕(2357), 纬创(3231)); not a year
#: (中国电信(2020)集中采购). Taiwan's exchange writes its codes so; a Hong Kong code (阿里巴巴(9988)) reads
#: the same and counts once, against every mention of the company's own country.
LISTING_CODE = re.compile(r"(?<=[\u4e00-\u9fff])\((?!19[5-9]\d|20\d\d)[1-9]\d{3}\)")
#: any exchange's code in brackets after a Chinese name: Taiwan's or Hong Kong's four digits, Shanghai's or
#: Shenzhen's or Beijing's six (工业富联(601138), 浪潮信息(000977), 寒武纪(688256.SH), 并行科技(839493), 中芯国际(00981.HK)):
#: the name before it is a listed company, whether or not the alias table lists it
SECURITY_CODE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])[(（](?:(?!19[5-9]\d|20\d\d)[1-9]\d{3}|(?:[036]\d{5}|[48]\d{5}|920\d{3})(?:\.S[HZ]|\.BJ)?|"
                           r"\d{5}\.HK|\d{4}\.HK)[)）]")
#: an English page's ticker in brackets after a company's name (Arista Networks (NYSE:ANET), Nasdaq: SMCI): the
#: name before it is a listed company, whether or not the alias table lists it
TICKER = re.compile(r"[(（] ?(?P<exchange>NYSE|NASDAQ|Nasdaq|NasdaqGS|NYSE American|TSX|TSE|TWSE|KRX|KOSPI|HKEX|SEHK|SGX|LSE|ASX) ?[:：] ?"
                    r"[A-Z0-9][A-Z0-9.\-]{0,7} ?[)）]")
#: words that say whose country a page is written in: a named currency (人民币: CN; 新台币: TW), a
#: Taiwan paper's dateline (台北报导, 新竹电) or a listing code (Taiwan's)
HOME_CUES = re.compile(r"(人民币|RMB)|新台币|NT\$|(?:台北|新竹|台中|台南|高雄)(?:报导|报道|电|讯)|" + LISTING_CODE.pattern)


def home_country(regions: Sequence[NameMention], companies: Sequence[NameMention] = (), *,
                 countries: dict[str, str] | None = None, text: str | None = None,
                 usage: Sequence[str] = (), script_home: str | None = None) -> str | None:
    """The country a document names most (ties: the first named), None where it names none: what
    国内/我国 point at. With ``companies`` and their ``countries``, each mention of a company counts
    for its country too: whose 元 a bare 元 is (广达、英业达今年资本支出 in a Taipei paper: NT$). With
    the (normalised) ``text``, a named currency counts for its country and a Taiwan dateline for
    Taiwan (〔记者…／台北报导〕…营收达3369亿元 of a company off the alias table: NT$). ``usage`` is
    the country of each word of a country's own financial usage found in the text (法说会, 营益率:
    Taiwan's; lexicons/cues.toml [home_usage]). ``script_home`` is the country the script is written
    in (CN for simplified Chinese): it is the home unless a country's own cue (a currency, a dateline, a
    usage word) points elsewhere — the companies and places a page names do not outvote it (国内 in a
    mainland story about Nvidia's H200 orders is China)."""
    counts: dict[str, int] = {}
    for home in usage:
        counts[home] = counts.get(home, 0) + 1
    if text is not None:
        for m in scan(HOME_CUES, text):  # (tried only at its words: literals.py)
            home = "CN" if m.group(1) else "TW"
            counts[home] = counts.get(home, 0) + 1
    if script_home is not None and all(c == script_home for c in counts):
        return script_home
    for r in regions:
        if "-" not in r.name and r.name != "GLOBAL" and r.type != "relative":
            counts[r.name] = counts.get(r.name, 0) + 1
    for e in companies:
        if countries and (c := countries.get(e.name)):
            counts[c] = counts.get(c, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def load_alias_table(extra_path: str | None = None) -> AliasTable:
    """Read aliases.toml and the optional extra file (``extra_path`` or $COMPUTECAST_ALIASES)."""
    with ALIASES_PATH.open("rb") as fh:
        data = tomllib.load(fh)
    extra = extra_path or os.environ.get(ENV_VAR)
    if extra:
        try:
            with open(extra, "rb") as fh:
                _merge(data, tomllib.load(fh))
        except OSError as exc:
            raise AliasTableError(f"{ENV_VAR}={extra!r} cannot be read: {exc}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise AliasTableError(f"{ENV_VAR}={extra!r} is not valid TOML: {exc}") from exc
    rel_words = [simplify(w) for w in data.get("regions", {}).get("*", {}).get("relative", [])]
    return AliasTable(
        entities=_build(data.get("entities", {}), "entities"),
        countries={name: str(e["country"]) for name, e in data.get("entities", {}).items()
                   if isinstance(e, dict) and e.get("country")},
        types={name: str(e["type"]) for name, e in data.get("entities", {}).items() if isinstance(e, dict) and e.get("type")},
        sells={name: str(e["sells"]) for name, e in data.get("entities", {}).items() if isinstance(e, dict) and e.get("sells")},
        makers={name: str(e["maker"]) for name, e in data.get("items", {}).items() if isinstance(e, dict) and e.get("maker")},
        groups=_build(data.get("groups", {}), "groups"),
        members=_group_members(data.get("groups", {}), data.get("entities", {})),
        regions=_build(data.get("regions", {}), "regions"),
        items=_build(data.get("items", {}), "items"),
        markets=_build(data.get("markets", {}), "markets"),
        relative_regions=_alias_regex(rel_words),
        country_relative=_not_after_country(_alias_regex(
            [simplify(w) for w in data.get("regions", {}).get("*", {}).get("country_relative", [])])),
        uncoded=_alias_regex([simplify(w) for w in data.get("regions", {}).get("*", {}).get("uncoded", [])]),
    )


@lru_cache(maxsize=4)
def _cached(extra: str | None) -> AliasTable:
    return load_alias_table(extra)


def alias_table() -> AliasTable:
    """The alias table for the current $COMPUTECAST_ALIASES (cached per value)."""
    return _cached(os.environ.get(ENV_VAR))
