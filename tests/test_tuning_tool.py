"""tools/tuning.py: the tuning-set runner never picks a held-back set unless asked, and compare adds up changes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import tuning  # noqa: E402


def test_tuning_sets_exclude_held_back_sets():
    names = {p.name.split(".")[1] for p in tuning.gold_files()}
    assert names and not names & set(tuning.HELD_BACK)
    held = {p.name.split(".")[1] for p in tuning.gold_files(held=True)}
    assert held == set(tuning.HELD_BACK)
    assert [p.name for p in tuning.gold_files(sets=["train4"], lang="lt")] == ["lt.train4.jsonl"]


def test_fresh_sets_are_scored_only_when_named():
    names = {p.name[: -len(".jsonl")] for p in tuning.gold_files()}
    assert not names & set(tuning.FRESH)
    for fresh in tuning.FRESH:
        if (ROOT / "eval" / "gold" / f"{fresh}.jsonl").exists():
            assert [p.name for p in tuning.gold_files(sets=[fresh])] == [f"{fresh}.jsonl"]


def test_compare_reports_changed_sets_and_totals(tmp_path):
    a, b = tmp_path / "a.tsv", tmp_path / "b.tsv"
    a.write_text("lt.x\t10\t2\t5\t9\t3\t6\t7\t5\t8\nen.y\t4\t1\t1\t4\t1\t1\t4\t1\t1\n", encoding="utf-8")
    b.write_text("lt.x\t12\t3\t3\t11\t4\t4\t8\t7\t7\nen.y\t4\t1\t1\t4\t1\t1\t4\t1\t1\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "tuning.py"), "compare", str(a), str(b)],
                         capture_output=True, text=True, check=True).stdout
    assert "lt.x: pair tp 10->12 fp 2->3" in out and "en.y" not in out
    assert out.strip().endswith("TOTAL dtp 2 dfp 1 ddir 2 dcode 1")
