"""Ingest throughput on 1 and 2 workers, and a pair's monthly series over 10 million events.

    python benchmarks/bench_ingest.py [--articles 20000] [--events 10000000]

1. Writes N synthetic lt/en articles (kronika.synth, the project's own templates) as JSONL files of
   500 articles, then runs `ingest` (read → clean → lang → sentences → lemmas → actors → events →
   DuckDB load → event grouping) end to end with 1 and with 2 worker processes, each into a fresh
   store. Targets: >= 200 articles/s per core, >= 1.8x speed-up on 2 workers.
2. Fills an events table with 10 million synthetic events (DuckDB range + hash-based values) and
   times `Store.dyad(a, b, by="month")` for one pair. Target: < 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from kronika import synth
from kronika.config import load_config
from kronika.ingest import ingest
from kronika.store import Store


def write_corpus(d: Path, n: int, per_file: int = 500) -> None:
    rows = []
    k = 0
    for a in synth.articles(n, seed=11):
        rows.append({"id": a.id, "date": a.date, "lang": a.lang, "text": a.text})
        if len(rows) == per_file:
            (d / f"part-{k:04d}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                                   encoding="utf-8")
            rows, k = [], k + 1
    if rows:
        (d / f"part-{k:04d}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                               encoding="utf-8")


def bench_series(tmp: Path, n: int) -> tuple[float, int]:
    db = tmp / "series.duckdb"
    with Store(db) as st:
        st.con.execute(f"""
            INSERT INTO events
            SELECT i, DATE '2015-01-01' + CAST(hash(i) % 3650 AS INTEGER),
                   NULL, ['JPN','RUS','USA','CHN','LTU','BLR','UKR','POL'][CAST(1 + hash(i * 7) % 8 AS BIGINT)], NULL,
                   ['JPN','RUS','USA','CHN','LTU','BLR','UKR','POL'][CAST(1 + hash(i * 13) % 8 AS BIGINT)],
                   '040', '04', CAST(1 + hash(i * 3) % 4 AS TINYINT), CAST((hash(i * 5) % 200) / 10.0 - 10 AS FLOAT),
                   NULL, NULL, 'asserted', false, NULL, NULL, 1, 1, 1, NULL, NULL, NULL
            FROM range({n}) t(i)""")
        best = float("inf")
        rows = 0
        for _ in range(3):
            t = time.perf_counter()
            df = st.dyad("JPN", "RUS", by="month")
            best = min(best, time.perf_counter() - t)
            rows = len(df)
    return best, rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--events", type=int, default=10_000_000)
    args = ap.parse_args()
    cfg = load_config()
    tmp = Path(tempfile.mkdtemp(prefix="kronika-bench-"))
    try:
        src = tmp / "src"
        src.mkdir()
        write_corpus(src, args.articles)
        print(f"ingest benchmark: {args.articles} synthetic articles in {len(list(src.iterdir()))} JSONL files; "
              f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {date.today()}")
        results = {}
        for workers in (1, 2):
            db = tmp / f"w{workers}.duckdb"
            t = time.perf_counter()
            s = ingest([str(src)], str(db), cfg, workers=workers)
            dt = time.perf_counter() - t
            results[workers] = dt
            print(f"  {workers} worker(s): {dt:6.1f} s  {args.articles / dt:7.0f} articles/s "
                  f"({args.articles / dt / workers:5.0f} per core); {s.new_articles} articles, {s.mentions} mentions, "
                  f"{s.events} events")
        print(f"  speed-up on 2 workers: {results[1] / results[2]:.2f}x (target >= 1.8x; >= 200 articles/s per core)")
        secs, rows = bench_series(tmp, args.events)
        print(f"monthly series of one pair over {args.events:,} events: {secs * 1000:.0f} ms ({rows} months; target < 1 s)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
