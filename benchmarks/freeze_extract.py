#!/usr/bin/env python3
"""A canonical dump of everything extraction produces, to prove a speed change changes nothing.

For every document of ``../shared/corpus/dev`` and ``../shared/corpus/seeds`` (and the test
fixtures), read as a user's file is read (:func:`connectors.read_sources`, as ``computecast
extract`` does), it writes the facts (contract dicts, in order) and the explain records of the
same text (every quantity: quote, span, value, unit, facts, reason). Then synthetic stress inputs:
the dev corpus as one long document, a slice of an HTML page read through
:func:`connectors.html.html_to_text`, and ``1%`` / ``同比增长1%`` / mixed numbers repeated.

One JSON object per line, keys sorted, so two dumps compare byte for byte::

    python benchmarks/freeze_extract.py > /tmp/before.jsonl   # on the old code
    python benchmarks/freeze_extract.py > /tmp/after.jsonl    # on the new code
    cmp /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from connectors import read_sources
from connectors.extract import explain, extract_facts
from connectors.html import html_to_text
from connectors.model import Quarantined

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus"
FIXTURES = REPO / "tests" / "connectors" / "fixtures"


def _decisions(text: str, **kw: Any) -> list[dict[str, Any]]:
    return [{"start": d.start, "end": d.end, "quote": d.quote, "value": repr(d.value), "unit": d.unit,
             "facts": [f.to_dict() for f in d.facts], "reason": d.reason} for d in explain(text, **kw)]


def _line(case: str, **rec: Any) -> str:
    return json.dumps({"case": case, **rec}, ensure_ascii=False, sort_keys=True, default=str)


def _files() -> list[Path]:
    out: list[Path] = []
    for d in (SHARED / "dev", SHARED / "seeds", FIXTURES):
        out += sorted(p for p in d.iterdir() if p.is_file() and p.suffix != ".jsonl")
    return out


def main() -> None:
    w = sys.stdout.write
    dev_texts: list[str] = []
    for path in _files():
        for res in read_sources([str(path)]):
            if isinstance(res, Quarantined):
                w(_line(path.name, quarantined=res.reason) + "\n")
                continue
            if path.parent.name == "dev":
                dev_texts.append(res.text)
            w(_line(path.name, published=res.published, kind=res.kind, facts=[f.to_dict() for f in res.facts],
                    explain=_decisions(res.text, published=res.published, kind=res.kind)) + "\n")
            # without the publication date and kind: the paths that read them from the text
            w(_line(path.name + " (bare)", explain=_decisions(res.text)) + "\n")

    joined = "\n".join(dev_texts)
    w(_line("dev corpus as one document", explain=_decisions(joined)) + "\n")
    paras = [ln for t in dev_texts for ln in t.splitlines() if ln.strip()]
    page = "<html><head><title>算力</title></head><body><article>" + "".join(
        f"<section><div><p><span>{p}</span></p></div></section>" for p in paras[:400]) + "</article></body></html>"
    text, title, published = html_to_text(page)
    w(_line("html page", title=title, published=published,
            facts=[f.to_dict() for f in extract_facts(text, published=published)]) + "\n")
    for unit in ("1%", "同比增长1%", "营收21亿元，同比增长15%，2025年", "$1.5 billion, up 12% year-over-year in Q3 2025. "):
        w(_line(f"repeated {unit}", explain=_decisions(unit * 300)) + "\n")


if __name__ == "__main__":
    main()
