"""Lithuanian declension generator against the references in ../shared/data.

    python benchmarks/bench_morph.py [--shared DIR] [--misses N]

1. Semantika2 Hunspell dictionary: share of generated (form, case, number) it accepts, over the
   dictionary words whose nominative it lists (target >= 0.97).
2. UD Lithuanian ALKSNIS dev+test: lemma and case accuracy on PROPN tokens whose gold lemma is a word
   of kronika's dictionaries (target >= 0.97), next to simplemma alone on the same tokens.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from kronika.morphcheck import score_against_hunspell, score_against_treebank

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(DEFAULT))
    ap.add_argument("--misses", type=int, default=10)
    args = ap.parse_args()
    root = Path(args.shared)
    if not (root / "lt-morphology").exists():
        print(f"reference data not found under {root}", file=sys.stderr)
        return 2
    h = score_against_hunspell(root / "lt-morphology")
    print(f"Lithuanian declension vs references, {date.today()}")
    print(f"Semantika2 Hunspell: {h.accepted}/{h.forms} generated forms accepted = {h.share:.4f} "
          f"({h.words} dictionary words the reference lists; {h.unknown_words} it does not, mostly foreign names)")
    for m in h.misses[: args.misses]:
        print(f"   not accepted: {m[0]} → {m[1]} {m[2]} {m[3]}")
    t = score_against_treebank(root / "ud-lt-alksnis")
    print(f"UD ALKSNIS PROPN tokens with a dictionary lemma: {t.tokens}; lemma accuracy {t.lemma_accuracy:.4f}, "
          f"case accuracy {t.case_accuracy:.4f}; simplemma alone on the same tokens {t.simplemma_accuracy:.4f}")
    for m in t.misses[: args.misses]:
        print(f"   miss: {m}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
