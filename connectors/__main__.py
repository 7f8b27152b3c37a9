"""``python -m connectors PATH... [--kind KIND]``: print each fact as one JSON line (the
``computecast extract --format jsonl`` contract); quarantined inputs go to stderr."""

from __future__ import annotations

import argparse
import json
import sys

from connectors.model import Quarantined
from connectors.sources import read_sources


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m connectors", description=__doc__)
    ap.add_argument("inputs", nargs="+", help="files, folders or http(s) URLs")
    ap.add_argument("--kind", choices=["tender", "capex", "market_report", "feed"])
    a = ap.parse_args(argv)
    for res in read_sources(a.inputs, kind=a.kind):
        if isinstance(res, Quarantined):
            print(f"quarantined {res.source_uri}: {res.reason}", file=sys.stderr)
            continue
        for fact in res.facts:
            print(json.dumps(fact.to_dict(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
