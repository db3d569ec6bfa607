"""Fixes of Lithuanian rule-coder misfires found by reviewers (session 14, helper "lt"). Rules alone; the sentences
are made up for the tests."""
from __future__ import annotations

import pytest
from conftest import coded, has_event


def _codes(text: str, date: str = "2024-05-01") -> set[tuple[str, str, str]]:
    return coded(text, "lt", date)


def _has(text: str, src: str, tgt: str, code: str, date: str = "2024-05-01") -> bool:
    return has_event(text, "lt", src, tgt, code, date)


# --- 1. a criticism, threat or demand named as the time of the main act ("po Rusijos kritikos Armėnija ..."):
# the act is told, and with no target of its own it is aimed at the clause subject, who answers it
@pytest.mark.parametrize("text,src,tgt,code", [
    ("Po Rusijos kritikos Armėnija atšaukė bendras pratybas.", "RUS", "ARM", "111"),
    ("Armėnija po Rusijos kritikos atšaukė bendras pratybas su JAV.", "RUS", "ARM", "111"),
    ("Po griežtos Vašingtono kritikos Izraelis sustabdė operaciją.", "USA", "ISR", "111"),
    ("Vengrija pakeitė įstatymą po Europos Komisijos kritikos.", "EC", "HUN", "111"),
    ("Po Kinijos grasinimų Filipinai atidėjo projektą.", "CHN", "PHL", "13"),
    ("Po Kinijos grasinimų Taivanui Filipinai atidėjo projektą.", "CHN", "TWN", "13"),
    ("Po JAV reikalavimo Izraelis atvėrė perėjas.", "USA", "ISR", "10"),
])
def test_time_phrase_criticism_aims_at_the_subject(text, src, tgt, code):
    assert _has(text, src, tgt, code)


@pytest.mark.parametrize("text,src,tgt", [
    ("Po griežtos Vašingtono kritikos Izraelis sustabdė operaciją.", "ISR", "USA"),
    ("Po Kinijos grasinimų Taivanui Filipinai atidėjo projektą.", "CHN", "PHL"),
    ("Po Rusijos invazijos Lietuva padidino gynybos išlaidas.", "RUS", "LTU"),
])
def test_time_phrase_act_wrong_pairs(text, src, tgt):
    assert not any(s.startswith(src) and t.startswith(tgt) for s, t, _c in _codes(text))
