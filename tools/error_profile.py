"""Where the pair+root errors come from, in aggregate: a profile of the misses and false hits of gold sets.

    python tools/error_profile.py [--rules] SET [SET ...]      (e.g. lt.train14 en.train15)

Every missed gold pair+root (per item, as `kronika eval` counts them) falls in one class:
  actor     one of the two countries is never recognised in the item (no mention resolves to it);
  apart     both are recognised but never in one sentence (the event spans sentences or rests on context);
  root      the coder produced the pair with another root not in the gold (a root confusion, paired
            one to one with a false root of the pair);
  pair-more the coder produced the pair, with fewer roots than the gold gives it;
  event     both are recognised in one sentence and the coder produced nothing for the pair.
Every false pair+root:
  root      the mirror of a `root` miss;
  pair-more the pair is gold, and the coder gave it more roots than the gold;
  known     both countries take part in some gold event of the item, but not with each other;
  stray     at least one country is in no gold event of the item (a bystander, a place, a wrong actor).
It prints counts per class and language, so one can see how much of the gap to the target is actor
recognition, how much event recognition and how much a disagreement about which root or which pair.
Reports only; reads no item into a rule. Never run it on the fresh sets before they are released.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def profile(path: Path, rules: bool) -> tuple[Counter[str], Counter[str], int, int, Counter[tuple[str, str]]]:
    from kronika.article import Article
    from kronika.config import load_config
    from kronika.evaluate import _keys, country_of, load_gold, run_items

    cfg = load_config()
    if rules:
        cfg["events"]["model"]["enabled"] = False
    items = load_gold(path)
    res = run_items(items, cfg)
    miss: Counter[str] = Counter()
    false: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    n_gold = n_pred = 0
    for it in items:
        art = res.get(str(it["id"]))
        if not isinstance(art, Article):
            miss["failed"] += len({_keys(e)[0] for e in it["events"]})
            continue
        pred = [e.to_dict() for e in art.events if e.source_actor and e.target_actor]
        for e in pred:
            e["source"], e["target"] = e["source_actor"], e["target_actor"]
        gold = {_keys(e)[0] for e in it["events"]}
        got = {_keys(e)[0] for e in pred}
        n_gold += len(gold)
        n_pred += len(got)
        by_sent: dict[int, set[str]] = defaultdict(set)
        for m in art.mentions:
            c = (country_of(m.actor) if m.actor else None) or m.country
            if c:
                by_sent[m.sentence_index].add(c)
        named = set().union(*by_sent.values()) if by_sent else set()
        got_pairs = {k[0] for k in got}
        gold_pairs = {k[0] for k in gold}
        in_gold = {c for p in gold_pairs for c in p}
        # a pair both sides have: its missed and its false roots pair up as confusions; the rest are
        # more (or fewer) events of that pair than the gold has
        for pair in gold_pairs & got_pairs:
            gl = sorted(r for p, r in gold - got if p == pair)
            pl = sorted(r for p, r in got - gold if p == pair)
            for g_, p_ in zip(gl, pl, strict=False):
                confusion[(g_, p_)] += 1
            n = min(len(gl), len(pl))
            miss["root"] += n
            false["root"] += n
            miss["pair-more"] += len(gl) - n
            false["pair-more"] += len(pl) - n
        for pair, _root in gold - got:
            a, b = pair
            if pair in got_pairs:
                continue
            if a not in named or b not in named:
                miss["actor"] += 1
            elif not any(a in cs and b in cs for cs in by_sent.values()):
                miss["apart"] += 1
            else:
                miss["event"] += 1
        for pair, _root in got - gold:
            if pair in gold_pairs:
                continue
            if all(c in in_gold for c in pair):
                false["known"] += 1
            else:
                false["stray"] += 1
    return miss, false, n_gold, n_pred, confusion


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", help="gold set names, e.g. lt.train14 (file eval/gold/NAME.jsonl)")
    ap.add_argument("--rules", action="store_true", help="the rules alone (pair/root model off)")
    a = ap.parse_args()
    per_lang: dict[str, list] = {}
    for name in a.sets:
        path = ROOT / "eval" / "gold" / f"{name}.jsonl"
        if not path.exists():
            sys.exit(f"error_profile: no gold set {path}")
        miss, false, ng, npred, conf = profile(path, a.rules)
        acc = per_lang.setdefault(name.split(".")[0], [Counter(), Counter(), 0, 0, Counter()])
        acc[0].update(miss)
        acc[1].update(false)
        acc[2] += ng
        acc[3] += npred
        acc[4].update(conf)
    for lang, (miss, false, ng, npred, conf) in per_lang.items():
        tm, tf = sum(miss.values()), sum(false.values())
        tp = ng - tm
        f1 = 2 * tp / (2 * tp + tm + tf) if tp else 0.0
        print(f"{lang}: gold pair+root {ng}, predicted {npred}, hits {tp}, F1 {f1:.3f}")
        print("  misses " + str(tm) + ": " + ", ".join(
            f"{k} {v} ({v / tm:.0%})" for k, v in miss.most_common()) if tm else "  misses 0")
        print("  false  " + str(tf) + ": " + ", ".join(
            f"{k} {v} ({v / tf:.0%})" for k, v in false.most_common()) if tf else "  false 0")
        # F1 if one class of errors were gone (an upper bound of what fixing it buys)
        for cls in ("actor", "apart", "event", "pair-more", "root", "known", "stray"):
            m = tm - miss.get(cls, 0)
            f = tf - false.get(cls, 0)
            t = ng - m
            print(f"  F1 with no '{cls}' errors: {2 * t / (2 * t + m + f):.3f}")
        print("  commonest root confusions (gold > coded): " + ", ".join(
            f"{g}>{p} {n}" for (g, p), n in conf.most_common(12)))


if __name__ == "__main__":
    main()
