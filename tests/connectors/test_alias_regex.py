"""The alias table's regex, written as a trie, matches what the alternation of the aliases, longest first, matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from connectors.entities import _alias_regex, _trie_pattern


def _alternation(aliases: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(a) for a in sorted(set(aliases), key=len, reverse=True)))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="abAB.-( 中国内", min_size=1, max_size=5), min_size=1, max_size=8),
       st.text(alphabet="abAB.-( 中国内x", max_size=60))
def test_the_trie_matches_the_longest_alias_at_each_position(aliases: list[str], text: str) -> None:
    trie = _alias_regex(aliases)
    assert trie is not None
    plain = _alternation(aliases)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in trie.finditer(text * 2)] == [m.span() for m in plain.finditer(text * 2)]
    for pos in range(len(text) + 1):
        a, b = trie.match(text, pos), plain.match(text, pos)
        assert (a and a.span()) == (b and b.span())
        a, b = trie.search(text, pos), plain.search(text, pos)
        assert (a and a.span()) == (b and b.span())


def test_the_trie_of_a_few_words() -> None:
    assert _trie_pattern(["ab", "abc", "abcd", "abe"]) == "ab(?:(?:c(?:d)?|e))?"
    assert re.compile(_trie_pattern(["Meta", "Meta Platforms", "M"])).findall("Meta Platforms, Meta, Mx") == \
        ["Meta Platforms", "Meta", "M"]
    # (an empty alias or an over-long one: the plain alternation)
    assert _alias_regex(["", "a"]).pattern == "a|"  # type: ignore[union-attr]
    assert _alias_regex(["x" * 200, "a"]).pattern == "x" * 200 + "|a"  # type: ignore[union-attr]
    assert _alias_regex([]) is None
