"""Connectors: documents (tender notices, capex announcements, market reports; zh-Hans, zh-Hant,
en) in, facts (``connectors.contract.Fact``) out.

Data flow: sources (file, folder, URL, feed) -> decode -> html/pdf text -> classify ->
extract -> facts. The public API is :func:`read_sources`, :func:`parse_bytes` and
:func:`extract_facts`.
"""

from connectors.contract import Fact, FactError
from connectors.extract import extract_facts
from connectors.model import Quarantined, SourceDocument
from connectors.sources import parse_bytes, read_sources

__all__ = ["Fact", "FactError", "Quarantined", "SourceDocument", "extract_facts", "parse_bytes", "read_sources"]
