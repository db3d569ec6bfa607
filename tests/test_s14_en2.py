"""Fixes of English rule-coder misfires found by a hands-on test (session 14, helper "en2"). Rules alone; the
sentences are made up for the tests."""
from __future__ import annotations

import pytest
from conftest import coded, has_event


def _codes(text: str) -> set[tuple[str, str, str]]:
    return coded(text, "en")


def _has(text: str, src: str, tgt: str, code: str) -> bool:
    return has_event(text, "en", src, tgt, code)


# --- 1. a protest outside a foreign embassy: the crowd of the city named is the source, the embassy's government
# the target
@pytest.mark.parametrize("text,src,tgt", [
    ("Hundreds of people protested outside the Pakistani embassy in Kabul on Sunday.", "AFGCVL", "PAKGOV"),
    ("Protesters rallied outside the Russian embassy in Vilnius.", "LTUCVL", "RUSGOV"),
    ("Demonstrators gathered in front of the Chinese embassy in Manila on Friday.", "PHLCVL", "CHNGOV"),
    ("Some 300 people demonstrated outside the Iranian embassy in London.", "GBRCVL", "IRNGOV"),
    ("In Warsaw, hundreds of people rallied in front of the Belarusian embassy.", "POLCVL", "BLRGOV"),
])
def test_protest_outside_embassy(text, src, tgt):
    assert _has(text, src, tgt, "141")


@pytest.mark.parametrize("text", [
    "Hundreds of people gathered in Kabul to mourn the victims.",
    "Diplomats gathered at the Chinese embassy in Manila for a reception.",
])
def test_gathering_no_protest(text):
    assert not any(c.startswith("14") for _s, _t, c in _codes(text))
