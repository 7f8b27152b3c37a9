"""Where a document's headline ends: one place for the kind classifier and the extractor."""

from __future__ import annotations

TITLE_CHARS = 300
"""A title line counts for at most this many characters (a page whose text has no line breaks)."""


def title_start(text: str) -> int:
    """Where a document's title starts: at its ``TITLE:`` line in the corpus layout (after the
    ``SOURCE: <address>`` line, which is no part of the headline), else at the start."""
    return max(0, text.find("TITLE:", 0, 2 * TITLE_CHARS))


#: the last few answers of title_end, by the text object asked about (id, lines) -> (text, end): a cache keyed by the
#: text's value would compare a long text with an equal one read again (the same page parsed twice) at every lookup
_TITLE_ENDS: dict[tuple[int, int], tuple[str, int]] = {}
_TITLE_ENDS_MOST = 8


def title_end(text: str, lines: int = 2) -> int:
    """Where a document's title ends: after its first two non-empty lines (a source line and the
    title, or the title and a dateline), or its first ``lines``; a line counts for at most
    TITLE_CHARS characters. Remembered for the last few texts (asked once a figure by the extractor, and
    a text with no line break is read to its end to find its first line's: a page of one line was quadratic)."""
    hit = _TITLE_ENDS.get((id(text), lines))
    if hit is not None and hit[0] is text:
        return hit[1]
    end = _title_end(text, lines)
    if len(_TITLE_ENDS) >= _TITLE_ENDS_MOST:
        del _TITLE_ENDS[next(iter(_TITLE_ENDS))]  # (the oldest; the entry held keeps its text's id from being reused)
    _TITLE_ENDS[(id(text), lines)] = (text, end)
    return end


def _title_end(text: str, lines: int) -> int:
    t = text.find("TITLE:", 0, 2 * TITLE_CHARS)
    if t >= 0:  # the corpus layout: SOURCE and TITLE lines (a soft wrap may have joined them)
        nl = text.find("\n", t)
        return min(nl if nl >= 0 else len(text), t + TITLE_CHARS)
    pos = seen = 0
    end = 0
    while pos < len(text) and seen < lines:
        nl = text.find("\n", pos)
        line_end = nl if nl >= 0 else len(text)
        if text[pos:line_end].strip():
            seen += 1
            end = min(line_end, pos + TITLE_CHARS)
        pos = line_end + 1
    return end
