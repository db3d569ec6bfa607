"""Extraction benchmark on ../shared/data/aeb: kronika vs trafilatura alone, in the same run.

    python benchmarks/bench_extract.py [--aeb DIR] [--rounds N]

Prints precision / recall / F1 (the benchmark's shingle metric) and pages/s for each extractor.
Throughput is the best of N rounds (the machine is noisy); quality does not change between rounds.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from datetime import date
from pathlib import Path

from kronika import aeb

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "data" / "aeb"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--aeb", default=str(DEFAULT), help="benchmark folder (html/ and ground-truth.json)")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    if not Path(args.aeb, "ground-truth.json").exists():
        print(f"AEB data not found at {args.aeb} (it lives in ../shared/data/aeb)", file=sys.stderr)
        return 2
    pages = aeb.load(args.aeb)
    contenders = [
        ("trafilatura alone", aeb.trafilatura_extractor()),
        ("kronika (read+extract+clean)", aeb.kronika_extractor()),
    ]
    best: dict[str, aeb.AebResult] = {}
    for _ in range(args.rounds):
        for name, fn in contenders:
            r = aeb.run(name, fn, pages)
            if name not in best or r.seconds < best[name].seconds:
                best[name] = r
    print(f"AEB extraction benchmark: {len(pages)} pages; {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {date.today()}")
    print(f"{'extractor':32} {'P':>6} {'R':>6} {'F1':>6} {'pages/s':>8}")
    for r in best.values():
        print(f"{r.name:32} {r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f} {r.pages_per_s:8.1f}")
    base = best["trafilatura alone"].pages_per_s
    k = best["kronika (read+extract+clean)"]
    print(f"kronika throughput = {k.pages_per_s / base:.2f}x trafilatura alone (target >= 0.8); "
          f"F1 {k.f1:.3f} (target >= 0.95)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
