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


@dataclass(frozen=True)
class Quarantined:
    """An input that could not become a document: kept with its bytes and a clear reason."""

    source_uri: str
    raw: bytes
    reason: str
    sha256: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sha256", sha256_hex(self.raw))


SourceResult = SourceDocument | Quarantined
