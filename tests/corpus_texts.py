"""The real documents equivalence tests run on: the dev corpus and the seed articles of ``../shared/corpus`` and the
connectors' test fixtures, raw or normalised as extraction reads them (one place for what was seven copies)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
FIXTURES = REPO / "tests" / "connectors" / "fixtures"


def corpus_paths(dev_limit: int | None = None) -> list[Path]:
    """The fixtures' texts, then the dev pages (the first ``dev_limit`` of them where given), then the seeds."""
    fixtures = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md"))
    dev = sorted((CORPUS / "dev").glob("*.txt"))
    return fixtures + (dev[:dev_limit] if dev_limit is not None else dev) + sorted((CORPUS / "seeds").glob("*.txt"))


def corpus_texts(*, normalized: bool = False, dev_limit: int | None = None) -> list[str]:
    """Every text of :func:`corpus_paths`, normalised (:func:`connectors.textnorm.normalize`) where asked."""
    from connectors.textnorm import normalize

    raw = [p.read_text(encoding="utf-8", errors="replace") for p in corpus_paths(dev_limit)]
    return [normalize(t).text for t in raw] if normalized else raw
