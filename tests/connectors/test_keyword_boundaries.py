"""KeywordIndex finds every occurrence of a keyword that :func:`connectors.lexicon._boundary_ok` allows (its scan
checks the boundaries inline, from the keyword's first and last characters)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from connectors.lexicon import Hit, KeywordIndex, _ascii_lower, _boundary_ok

GROUPS = {"g": {"a": ["GPU", "ai", "服务器", "s1", "9"], "b": ["AI服务器", "x", "-GPU", "服务器s"]},
          "h": {"a": ["gpus", "PU"]}}
LATIN = set("abcdefghijklmnopqrstuvwxyz0123456789")


def _reference(text: str) -> list[Hit]:
    folded = _ascii_lower(text)
    out = []
    for group, labels in GROUPS.items():
        for label, words in labels.items():
            for w in words:
                key = w.lower()
                at = folded.find(key)
                while at >= 0:
                    end = at + len(key)
                    if not (key[0] in LATIN or key[-1] in LATIN) or _boundary_ok(text, at, end):
                        out.append(Hit(at, end, group, label, text[at:end]))
                    at = folded.find(key, at + 1)
    return sorted(out)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="GPUgpusAIai服务器1S9x -İé", max_size=40))
def test_the_hits_are_the_occurrences_the_boundaries_allow(text: str) -> None:
    kw = KeywordIndex(text, GROUPS, {})
    found = sorted(kw.group("g").hits + kw.group("h").hits)
    assert found == _reference(text)
    assert all(type(h) is Hit for h in found)


def test_glued_keywords() -> None:
    # (a letter glues a Latin keyword to a word, a plural s after it does not; a digit glues nothing)
    kw = KeywordIndex("GPUs, xGPU, GPUx, AI服务器s 9x 19 9", GROUPS, {})
    assert [(h.start, h.word, h.label) for h in kw.group("g").hits] == [
        (0, "GPU", "a"), (18, "AI", "a"), (18, "AI服务器", "b"), (20, "服务器", "a"), (20, "服务器s", "b"), (26, "x", "b"),
        (29, "9", "a"), (31, "9", "a")]
    assert [(h.start, h.word) for h in kw.group("h").hits] == [(0, "GPUs")]
