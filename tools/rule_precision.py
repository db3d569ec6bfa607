"""How often each rule of the coder is right, over the tuning gold sets (never the held-back ones).

    python tools/rule_precision.py [--lang lt|en] [--rule ID[,ID...]] [--most N] [GOLD.jsonl ...]

For every event the rules alone code with both parties named, the pair + root is looked up in the item's
gold: a hit (tp), a false hit whose pair the gold has with other roots (the rule's code differs from the
gold's convention: "pairok", with those roots counted) or a false hit on a pair the gold does not have.
The table lists rules by false hits minus hits, the worst first — the patterns to drop, restrict or recode.
--rule lists those rules' events with their sentences. The rule of an event is its pattern id before any
"+" (how the roles were found).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kronika.article import Article  # noqa: E402
from kronika.config import load_config  # noqa: E402
from kronika.evaluate import _keys, load_gold, run_items  # noqa: E402

HELD_BACK = ("heldout", "test", "dev4", "dev6", "dev7", "dev8")


def tuning_files(lang: str | None) -> list[Path]:
    return [p for p in sorted((ROOT / "eval" / "gold").glob("*.jsonl"))
            if p.name.split(".")[1] not in HELD_BACK and (lang is None or p.name.startswith(lang + "."))]


def tally(paths: list[Path]) -> tuple[Counter[str], Counter[str], dict[str, Counter[str]], dict[str, list[str]]]:
    """Per rule: hits, false hits, the gold roots of the pairs its false hits had right, and example lines."""
    cfg = load_config(events={"model": {"enabled": False}})
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    other: dict[str, Counter[str]] = defaultdict(Counter)
    lines: dict[str, list[str]] = defaultdict(list)
    for p in paths:
        items = load_gold(p)
        res = run_items(items, cfg)
        for it in items:
            art = res.get(str(it["id"]))
            if not isinstance(art, Article):
                continue
            gold = {_keys(e)[0] for e in it["events"]}
            roots = defaultdict(set)
            for pair, root in gold:
                roots[pair].add(root)
            seen: set[tuple[str, object]] = set()
            for e in art.events:
                if not (e.source_actor and e.target_actor):
                    continue
                key = _keys({"source": e.source_actor, "target": e.target_actor, "cameo": e.cameo})[0]
                rule = e.rule.split("+")[0]
                if (rule, key) in seen:
                    continue  # (a joint act coded both ways is one pair + root, as the scorer counts it)
                seen.add((rule, key))
                if key in gold:
                    tp[rule] += 1
                    tag = "hit"
                else:
                    fp[rule] += 1
                    tag = "false"
                    if key[0] in roots:
                        tag = "pair ok, gold " + ",".join(sorted(roots[key[0]]))
                        other[rule].update(roots[key[0]])
                lines[rule].append(f"{tag:22s} {it['id']}: {e.source_actor}->{e.target_actor} {e.cameo} | "
                                   f"{e.sentence[:160]!r}")
    return tp, fp, other, lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="*", help="gold files (default: every tuning set)")
    ap.add_argument("--lang", choices=("lt", "en"))
    ap.add_argument("--rule", default="", help="comma-separated rule ids whose events to list")
    ap.add_argument("--most", type=int, default=40)
    args = ap.parse_args()
    paths = [Path(g) for g in args.gold] or tuning_files(args.lang)
    tp, fp, other, lines = tally(paths)
    print(f"{'rule':40s} {'hits':>5s} {'false':>5s}  gold roots of false hits on right pairs")
    for r in sorted(set(tp) | set(fp), key=lambda r: (tp[r] - fp[r], r))[:args.most]:
        roots = " ".join(f"{k}:{n}" for k, n in other[r].most_common(4))
        print(f"{r:40s} {tp[r]:5d} {fp[r]:5d}  {roots}")
    for r in filter(None, args.rule.split(",")):
        print(f"\n== {r}")
        print("\n".join(lines.get(r, ["(no event)"])))


if __name__ == "__main__":
    main()
