"""What a connector hands to the rest of the system: a parsed document with its facts, or a
quarantined input with its original bytes and the reason it could not be used."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from connectors.contract import Fact

#: Document kinds a connector classifies into (``--kind`` forces one).
KINDS = ("tender", "capex", "market_report", "feed")
#: Language tags stored with a document.
LANGUAGES = ("zh-Hans", "zh-Hant", "en", "mixed", "unknown")


def printable(s: str) -> str:
    """``s`` as storable text: bytes that are not UTF-8 (a file name from another system, a lone
    surrogate) become ``\\xff`` escapes and NUL becomes ``\\x00``, so every backend stores it the same."""
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        try:
            raw = s.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            raw = s.encode("utf-8", "surrogatepass")
        s = raw.decode("utf-8", "backslashreplace")
    return s.replace("\x00", "\\x00")


def sha256_hex(raw: bytes) -> str:
    """Content address of an input: the sha256 of its original bytes."""
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class SourceDocument:
    """A decoded document and the facts read from it.

    ``raw`` holds the original bytes exactly as received; ``text`` is the decoded, cleaned main
    text the facts' quotes come from.
    """

    source_uri: str
    raw: bytes
    text: str
    kind: str
    language: str
    published: date | None
    encoding: str
    facts: tuple[Fact, ...]
    title: str | None = None
    media_type: str = "text/plain"
    sha256: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sha256", sha256_hex(self.raw))
        object.__setattr__(self, "source_uri", printable(self.source_uri))


@dataclass(frozen=True)
class Quarantined:
    """An input that could not become a document: kept with its bytes and a clear reason."""

    source_uri: str
    raw: bytes
    reason: str
    sha256: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sha256", sha256_hex(self.raw))
        object.__setattr__(self, "source_uri", printable(self.source_uri))
        object.__setattr__(self, "reason", printable(self.reason))


SourceResult = SourceDocument | Quarantined
