"""Build kronika's CAMEO ontology table from the fact tables in ../shared/data/cameo.

    python tools/build_ontology.py [--cameo DIR] > kronika/data/cameo/ontology.tsv

Facts carried over: CAMEO 0.7b5 code labels (text_to_CAMEO codefile), GDELT's Goldstein value per
code, and the CAMEO→PLOVER 2021 mapping. QuadClass follows GDELT's convention from the root
(01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict).
The output is kronika's own format; rerun this only when the sources change.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "cameo"


def quad_class(root: int) -> int:
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cameo", default=str(DEFAULT))
    d = Path(ap.parse_args().cameo)
    labels: dict[str, str] = {}
    for line in (d / "text_to_CAMEO.CAMEO_codefile.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^//(\d{2})[:=]\s*(.+)$", line)
        if m:
            labels[m.group(1)] = m.group(2).strip().capitalize()
        m = re.match(r"^LABEL:\s*(\d+)=\s*(.+)$", line)  # LABELi (ICEWS variants) are not taken
        if m:
            labels[m.group(1)] = m.group(2).strip()  # a repeated LABEL corrects the one before
    gold: dict[str, float] = {}
    for line in (d / "CAMEO.goldsteinscale.txt").read_text(encoding="utf-8").splitlines()[1:]:
        code, _, val = line.partition("\t")
        if code.strip():
            gold[code.strip()] = float(val)
    plover: dict[str, tuple[str, str, str]] = {}
    for line in (d / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([^#]*)", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        parts += [""] * (3 - len(parts))
        plover[m.group(1)] = (parts[0], parts[1], parts[2])
    # Roots the 2021 PLOVER table leaves out: kronika's own mapping onto PLOVER's event types.
    # 01 (public statement) has no PLOVER event type and stays empty.
    for root, ev in {"02": "REQUEST", "11": "ACCUSE", "12": "REJECT"}.items():
        plover.setdefault(root, (ev, "", ""))
    out = sys.stdout
    out.write("# kronika CAMEO ontology. Sources (facts): CAMEO 0.7b5 code labels (openeventdata/text_to_CAMEO),\n")
    out.write("# GDELT CAMEO Goldstein scale, CAMEO→PLOVER 2021 mapping (openeventdata/PLOVER, CC BY-SA 4.0).\n")
    out.write("# quad_class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.\n")
    out.write("# PLOVER rows missing from the 2021 table: 02 → REQUEST, 11 → ACCUSE, 12 → REJECT (kronika); 01 has none.\n")
    out.write("code\troot\tlabel\tgoldstein\tquad_class\tplover_event\tplover_mode\tplover_context\n")
    for code in sorted(gold, key=lambda c: (c[:2], c)):
        root = code[:2]
        label = labels.get(code) or labels.get(code.rstrip("0")) or ""
        # PLOVER: the code's own row, else its parent's, else the root's
        pl = plover.get(code) or plover.get(code[:3]) or plover.get(root) or ("", "", "")
        out.write(f"{code}\t{root}\t{label}\t{gold[code]}\t{quad_class(int(root))}\t{pl[0]}\t{pl[1]}\t{pl[2]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
