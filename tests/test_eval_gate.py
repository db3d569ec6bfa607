"""The quality gate (like trafilatura's eval_gate): the eval runs on the dev gold sets and fails when a
score drops below its pinned floor in eval/floors.toml. Floors only go up."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kronika.config import load_config
from kronika.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "eval" / "floors.toml"


def _cases():
    floors = tomllib.loads(FLOORS.read_text(encoding="utf-8"))
    yield from floors.items()


@pytest.fixture(scope="module")
def reports():
    files = sorted(str(p) for p in (ROOT / "eval" / "gold").glob("*.jsonl"))
    if not files:
        pytest.fail("no gold sets in eval/gold")
    return {r.name: r for r in evaluate(files, load_config())}


@pytest.mark.parametrize("name,metrics", list(_cases()))
def test_eval_gate_scores_stay_above_floors(reports, name, metrics):
    assert name in reports, f"no report named {name!r}; have {sorted(reports)}"
    got = reports[name].metrics()
    low = {k: (round(got[k], 4), floor) for k, floor in metrics.items() if got[k] + 1e-9 < floor}
    assert not low, f"{name}: below floor (got, floor): {low}"


def test_eval_gate_sets_without_actor_annotation_score_events_only(reports):
    # the construction probe sets annotate no actor: their actor score is skipped, not counted as all false hits
    cx = reports["en.cx-vocab.jsonl"]
    assert cx.actor_items == 0 and cx.pair.tp > 0
    assert reports["en.cx-actors.jsonl"].actor_items > 0 and reports["en.dev.jsonl"].actor_items > 0
