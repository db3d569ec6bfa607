"""The whole `code` path from clean text, one core: sentences/s and peak memory.

    python benchmarks/bench_code.py [--articles N] [--corpus synthetic|aeb] [--repeat K]

Two corpora go through every stage — extract, clean, lang, sentences, lemmas, actors, events — in
one process:
- synthetic (default): lt/en articles from kronika's own templates (kronika.synth) in which every
  sentence names one or two countries and carries an event trigger: the dense worst case;
- aeb: the clean article bodies of ../shared/data/aeb (the ground truth of the extraction benchmark:
  181 real web articles, mostly English news and features), read K times over: real clean text, where
  most sentences name no actor.
Dictionaries, automata, the language model and lemma tables are loaded first (reported separately:
a one-time cost per process). Targets: >= 10,000 sentences/s and <= 400 MB peak resident memory.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import time
from datetime import date

from kronika import synth
from kronika.article import Article, RawDoc, Source
from kronika.config import load_config
from kronika.pipeline import Pipeline

STAGES = ["extract", "clean", "lang", "sentences", "lemmas", "actors", "events"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--corpus", choices=("synthetic", "aeb"), default="synthetic")
    ap.add_argument("--repeat", type=int, default=10, help="passes over the AEB bodies (aeb corpus)")
    args = ap.parse_args()
    cfg = load_config()
    from kronika.cli import tune_gc

    tune_gc()  # as the kronika command does
    if args.corpus == "aeb":
        import json
        from pathlib import Path

        gt = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "aeb" / "ground-truth.json"
        if not gt.exists():
            print(f"skipped: {gt} not found (the aeb corpus needs ../shared)")
            return 0
        bodies = [(k, v["articleBody"]) for k, v in json.loads(gt.read_text(encoding="utf-8")).items()
                  if isinstance(v, dict) and v.get("articleBody")]
        raws = [RawDoc(f"aeb-{r}-{k[:12]}", Source(path=k), "text", body, date="2024-01-01")
                for r in range(args.repeat) for k, body in bodies]
    else:
        raws = [RawDoc(a.id, Source(path=a.id), "text", a.text, date=a.date)
                for a in synth.articles(args.articles)]
    t0 = time.perf_counter()
    pipe = Pipeline(cfg, STAGES, batch_size=256)
    from kronika.actors import matcher
    from kronika.events import lexicon
    from kronika.nlp import preload

    preload()
    matcher()
    lexicon("lt")
    lexicon("en")
    load = time.perf_counter() - t0
    t = time.perf_counter()
    n_sent = n_ev = n_art = 0
    for a in pipe(raws):
        if isinstance(a, Article):
            n_art += 1
            n_sent += len(a.sentences)
            n_ev += len(a.events)
    dt = time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"code path (extract→clean→lang→sentences→lemmas→actors→events), {args.corpus} corpus: {n_art} articles, "
          f"{n_sent} sentences, "
          f"{n_ev} events; {platform.machine()}, {os.cpu_count()} cores (1 used), Python {platform.python_version()}, "
          f"{date.today()}")
    print(f"loading dictionaries, automata, language model and lemma tables: {load:.2f} s (once per process)")
    print(f"throughput: {n_sent / dt:,.0f} sentences/s, {n_art / dt:,.0f} articles/s; peak memory {peak_mb:,.0f} MB "
          "(targets: >= 10,000 sentences/s, <= 400 MB)")
    print("per stage (s): " + ", ".join(f"{k} {v:.2f}" for k, v in pipe.seconds.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
