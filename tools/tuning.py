"""Rule work on the tuning sets: score them, list the misses, compare two runs.

    python tools/tuning.py score OUT [--rules] [--held] [--sets lt.train4,cx-lists]
    python tools/tuning.py misses LANG [--model] [--sets train14,train15] [--seed N]
    python tools/tuning.py compare A.tsv B.tsv

`score` runs every tuning gold set (every set but the held-back ones; `--held` the held-back ones instead:
do that only to report, never to choose a change), pooled pair+root / directed+root / directed+code F1 per
language, and writes OUT.tsv (set, then tp fp fn at the three levels) and OUT.d/SET.txt (the pair-level
misses and false hits, with the rule that coded each false hit). `--rules` switches the pair/root model off:
rule changes are judged on the rules alone. Items that fail to process are counted and reported loudly (a
crash in the coder otherwise shows only as lost hits). `misses` lists each missed pair+root with the gold
events of the pair, what the coder found for it and the sentences naming both countries, shuffled.
`compare` prints the sets whose counts changed and the total change (pair tp, fp; directed and code tp):
the tenth session kept a rule change only when pair tp rose, fp rose by at most a third of that, and
directed and code tp did not fall.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HELD_BACK = ("heldout", "test", "dev4", "dev6", "dev7", "dev8")
# fresh sets kept out of rule work until a session has measured on them first (scored only with --sets); the
# lead releases one by deleting it here
FRESH: tuple[str, ...] = ()


def gold_files(held: bool = False, sets: list[str] | None = None, lang: str | None = None) -> list[Path]:
    out = []
    for p in sorted((ROOT / "eval" / "gold").glob("*.jsonl")):
        name = p.name[: -len(".jsonl")]
        lg, s = name.split(".", 1)
        if lang and lg != lang:
            continue
        if sets is not None:
            if name in sets or s in sets:
                out.append(p)
        elif (s in HELD_BACK) == held and name not in FRESH:
            out.append(p)
    return out


def _config(rules: bool) -> dict:
    from kronika.config import load_config

    cfg = load_config()
    if rules:
        cfg["events"]["model"]["enabled"] = False
    return cfg


def _score_one(args: tuple[Path, bool]):
    from kronika.evaluate import load_gold, run_items, score

    path, rules = args
    items = load_gold(path)
    if not any(it.get("actors") for it in items):
        items = [{**it, "_no_actors": True} for it in items]
    rep = score(items, run_items(items, _config(rules)), path.name[: -len(".jsonl")], "pair")
    return rep.name, [(prf.tp, prf.fp, prf.fn) for prf in (rep.pair, rep.dir, rep.code)], rep.errors, rep.misses


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def cmd_score(a: argparse.Namespace) -> None:
    files = gold_files(a.held, a.sets.split(",") if a.sets else None)
    out = Path(a.out)
    (d := out.with_suffix(".d")).mkdir(parents=True, exist_ok=True)
    rows = []
    with ProcessPoolExecutor(a.workers) as ex:
        for name, counts, errors, misses in ex.map(_score_one, [(p, a.rules) for p in files]):
            rows.append((name, counts, errors))
            (d / f"{name}.txt").write_text("\n".join(misses) + "\n", encoding="utf-8")
    rows.sort()
    out.with_suffix(".tsv").write_text("".join(
        "\t".join([name, *(str(x) for c in counts for x in c)]) + "\n" for name, counts, _ in rows), encoding="utf-8")
    for lang in ("lt", "en"):
        mine = [r for r in rows if r[0].startswith(lang + ".")]
        if not mine:
            continue
        tot = [[sum(r[1][k][j] for r in mine) for j in range(3)] for k in range(3)]
        errors = sum(r[2] for r in mine)
        if errors:
            print(f"!! {lang}: {errors} item(s) FAILED to process — a crash in the coder", file=sys.stderr)
        print(f"{lang} pair/dir/code F1 " + " / ".join(f"{_f1(*t):.3f}" for t in tot) + f"  pair tp/fp/fn {tot[0]}")


def cmd_misses(a: argparse.Namespace) -> None:
    from kronika.article import Article
    from kronika.evaluate import _keys, country_of, load_gold, run_items

    cfg = _config(not a.model)
    out = []
    for p in gold_files(sets=a.sets.split(",") if a.sets else None, lang=a.lang):
        items = load_gold(p)
        res = run_items(items, cfg)
        for it in items:
            art = res.get(str(it["id"]))
            if not isinstance(art, Article):
                out.append(f"=== {p.name}:{it['id']} FAILED TO PROCESS: {res.get(str(it['id']))}")
                continue
            pred = [e.to_dict() for e in art.events if e.source_actor and e.target_actor]
            for e in pred:
                e["source"], e["target"] = e["source_actor"], e["target_actor"]
            found = {_keys(e)[0] for e in pred}
            named: dict[int, set[str]] = defaultdict(set)
            for m in art.mentions:
                c = (country_of(m.actor) if m.actor else None) or m.country
                if c:
                    named[m.sentence_index].add(c)
            seen = set()
            for e in it["events"]:
                k = _keys(e)[0]
                if k in found or k in seen:
                    continue
                seen.add(k)
                a_, b_ = k[0]
                gold = [f"{x['source']}>{x['target']} {x['cameo']} {x.get('modality', 'asserted')}"
                        for x in it["events"] if _keys(x)[0][0] == k[0]]
                got = [f"{x['source']}>{x['target']} {x['cameo']} {x['rule']}" for x in pred if _keys(x)[0][0] == k[0]]
                sents = [art.sentences[i].text for i, cs in sorted(named.items()) if a_ in cs and b_ in cs]
                body = "\n".join(" S: " + s for s in sents[:4]) if sents else " TEXT: " + it["text"][:400]
                out.append(f"=== {p.name}:{it['id']} MISS {a_}~{b_} {k[1]}\n gold: {gold}\n got: {got}\n{body}")
    random.Random(a.seed).shuffle(out)
    print(len(out), "missed pair+root")
    print("\n".join(out))


def cmd_compare(a: argparse.Namespace) -> None:
    def load(p: str) -> dict[str, list[int]]:
        rows = {}
        for line in Path(p).read_text(encoding="utf-8").splitlines():
            name, *xs = line.split("\t")
            rows[name] = [int(x) for x in xs]
        return rows

    old, new = load(a.a), load(a.b)
    tot = [0, 0, 0, 0]
    for name in sorted(set(old) & set(new)):
        o, n = old[name], new[name]
        d = [n[0] - o[0], n[1] - o[1], n[3] - o[3], n[6] - o[6]]
        if any(d):
            print(f"{name}: pair tp {o[0]}->{n[0]} fp {o[1]}->{n[1]}  dir tp {o[3]}->{n[3]}  code tp {o[6]}->{n[6]}")
        tot = [x + y for x, y in zip(tot, d, strict=True)]
    print(f"TOTAL dtp {tot[0]} dfp {tot[1]} ddir {tot[2]} dcode {tot[3]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("score")
    s.add_argument("out")
    s.add_argument("--rules", action="store_true", help="the rules alone (pair/root model off)")
    s.add_argument("--held", action="store_true", help="the held-back sets instead (to report only)")
    s.add_argument("--sets", default="", help="only these sets (lt.train4 or train4 for both languages)")
    s.add_argument("--workers", type=int, default=2)
    s.set_defaults(fn=cmd_score)
    m = sub.add_parser("misses")
    m.add_argument("lang", choices=["lt", "en"])
    m.add_argument("--model", action="store_true", help="with the pair/root model (default: the rules alone)")
    m.add_argument("--sets", default="", help="only these sets (train14,train15)")
    m.add_argument("--seed", type=int, default=1)
    m.set_defaults(fn=cmd_misses)
    c = sub.add_parser("compare")
    c.add_argument("a")
    c.add_argument("b")
    c.set_defaults(fn=cmd_compare)
    a = ap.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
