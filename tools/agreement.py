"""How far two annotations of the same texts agree, scored as `kronika eval` scores the coder.

    python tools/agreement.py FIRST.jsonl[,MORE.jsonl] SECOND.jsonl [--verbose]

Both files are gold files (eval/gold format); items are matched by id (texts found in only one file are
left out, and items whose texts differ are an error). The second annotation is scored against the first
at the scorer's three strictnesses — unordered country pair + root, directed + root, directed + full code —
and F1 is symmetric, so it reads as the agreement of the two annotators: the ceiling a coder can be
expected to reach against one annotator's gold. --verbose lists every key only one annotator coded.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kronika.errors import InputError  # noqa: E402
from kronika.evaluate import PRF, _keys, _show, load_gold  # noqa: E402

LEVELS = ("pair", "dir", "code")


def agreement(first: list[dict], second: list[dict]) -> tuple[dict[str, PRF], list[str], int]:
    """PRF per level of `second` against `first` over the ids both annotate, the keys only one coded, and
    how many items were compared."""
    a: dict[str, dict] = {}
    for it in first:
        if str(it["id"]) in a:
            raise InputError(f"item {it['id']}: annotated twice in the first files")
        a[str(it["id"])] = it
    out = {lv: PRF() for lv in LEVELS}
    diffs: list[str] = []
    n = 0
    for it in second:
        ref = a.get(str(it["id"]))
        if ref is None:
            continue
        if (ref.get("text") or ref.get("html")) != (it.get("text") or it.get("html")):
            raise InputError(f"item {it['id']}: the two files give it different texts")
        n += 1
        ka = [_keys(e) for e in ref["events"]]
        kb = [_keys(e) for e in it["events"]]
        for k, lv in enumerate(LEVELS):
            sa, sb = {x[k] for x in ka}, {x[k] for x in kb}
            out[lv].add(sa, sb)
            for x in sorted(sa - sb, key=str):
                diffs.append(f"{lv:4s} {it['id']}: only first  {_show(x, k)}")
            for x in sorted(sb - sa, key=str):
                diffs.append(f"{lv:4s} {it['id']}: only second {_show(x, k)}")
    return out, diffs, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("first", help="the first annotation: a gold file, or several joined by commas")
    ap.add_argument("second")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    try:
        first = [it for f in args.first.split(",") for it in load_gold(f)]
        res, diffs, n = agreement(first, load_gold(args.second))
    except InputError as e:
        sys.exit(f"agreement: {e}")
    if not n:
        sys.exit("agreement: the two files share no item id")
    print(f"{n} items annotated twice; second scored against first")
    print(f"{'':22} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
    names = {"pair": "events pair+root", "dir": "events directed+root", "code": "events directed+code"}
    for lv in LEVELS:
        r = res[lv]
        print(f"{names[lv]:22} {r.p:6.3f} {r.r:6.3f} {r.f1:6.3f}   {r.tp}/{r.fp}/{r.fn}")
    if args.verbose:
        print("\n".join(diffs))


if __name__ == "__main__":
    main()
