"""Actor matching speed on the project's own synthetic articles (kronika.synth), one core.

    python benchmarks/bench_actors.py [--articles N]

Articles are read, cleaned and split into sentences first (not timed); then the 'actors' stage runs
alone and its sentences/s is printed (target: >= 20,000 sentences/s on one core), with the
one-time cost of building the automata reported separately.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from datetime import date

from kronika import synth
from kronika.article import Article, RawDoc, Source
from kronika.config import load_config
from kronika.pipeline import Pipeline


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=4000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    cfg = load_config()
    raws = [RawDoc(a.id, Source(path=a.id), "text", a.text, date=a.date, lang=a.lang)
            for a in synth.articles(args.articles)]
    prep = Pipeline(cfg, ["extract", "clean", "lang", "sentences"], batch_size=512)
    arts = [a for a in prep(raws) if isinstance(a, Article)]
    n_sent = sum(len(a.sentences) for a in arts)
    t0 = time.perf_counter()
    from kronika.actors import Actors, matcher

    m = matcher()
    build = time.perf_counter() - t0
    stage = Actors(cfg)
    best = float("inf")
    for _ in range(args.rounds):
        t = time.perf_counter()
        for a in arts:
            stage(a)
        best = min(best, time.perf_counter() - t)
    mentions = sum(len(a.mentions) for a in arts)
    print(f"actor matching: {len(arts)} articles, {n_sent} sentences, {mentions} mentions; "
          f"{platform.machine()}, {os.cpu_count()} cores (1 used), Python {platform.python_version()}, {date.today()}")
    print(f"automata: {m.n_forms['lt']:,} lt + {m.n_forms['en']:,} en surface forms, built in {build:.2f} s (once per process)")
    print(f"matching: {n_sent / best:,.0f} sentences/s, {len(arts) / best:,.0f} articles/s (best of {args.rounds}; "
          "target >= 20,000 sentences/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
