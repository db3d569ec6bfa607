"""tools/agreement.py: how far two annotations of the same texts agree, at the scorer's three levels."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kronika.errors import InputError


def _tool():
    path = Path(__file__).resolve().parent.parent / "tools" / "agreement.py"
    spec = importlib.util.spec_from_file_location("agreement", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _ev(s, t, code):
    return {"source": s, "target": t, "cameo": code, "root": code[:2]}


TEXT = "Poland summoned the Belarusian envoy and accused Minsk of staging the crisis."


def test_agreement_counts_each_level():
    first = [{"id": "a", "lang": "en", "text": TEXT,
              "events": [_ev("POLGOV", "BLR", "112"), _ev("POLGOV", "BLRGOV", "1246")]},
             {"id": "only-first", "lang": "en", "text": "x", "events": [_ev("USA", "CHN", "040")]}]
    # the second annotator: the accusation the other way round, a plain 120 for the summons, one extra act
    second = [{"id": "a", "lang": "en", "text": TEXT,
               "events": [_ev("BLR", "POL", "112"), _ev("POL", "BLR", "120"), _ev("POL", "BLR", "173")]}]
    res, diffs, n = _tool().agreement(first, second)
    assert n == 1  # items only one file annotates are left out
    assert (res["pair"].tp, res["pair"].fp, res["pair"].fn) == (2, 1, 0)  # 11 and 12 agree unordered; 17 extra
    assert (res["dir"].tp, res["dir"].fp, res["dir"].fn) == (1, 2, 1)  # POL→BLR 12 agrees; the 11s point apart
    assert (res["code"].tp, res["code"].fp, res["code"].fn) == (0, 3, 2)  # 1246 ≠ 120
    assert any("only second" in d and "17" in d for d in diffs)


def test_agreement_refuses_different_texts():
    a = [{"id": "a", "lang": "en", "text": "one", "events": []}]
    b = [{"id": "a", "lang": "en", "text": "two", "events": []}]
    with pytest.raises(InputError, match="different texts"):
        _tool().agreement(a, b)
