"""Statements about an act (probe sets eval/gold/{en,lt}.cx-statements.jsonl): a frame verb (consider, deny,
claim responsibility) takes its target from the act it governs, and codes its own root."""

from __future__ import annotations

import pytest
from conftest import coded_events, triples

CODED = [
    # considering an act toward Y is 014 toward Y (the act considered stays, hypothetical)
    ("en", "The European Union said on Monday it was considering new sanctions on Iran.", ("EU", "IRN", "01")),
    ("lt", "Lietuvos Vyriausybė svarsto uždaryti pasienio punktus su Baltarusija.", ("LTU", "BLR", "01")),
    # denying an act against Y is 016 toward Y, and the denied act is not coded
    ("en", "Belarus denied that its helicopters had violated Polish airspace.", ("BLR", "POL", "01")),
    ("lt", "Baltarusija paneigė, kad jos sraigtasparniai pažeidė Lenkijos oro erdvę.", ("BLR", "POL", "01")),
]


@pytest.mark.parametrize("lang,text,triple", CODED)
def test_frame_target(lang, text, triple):
    got = triples(coded_events([text], lang, "2024-05-01")[text])
    assert triple in got


@pytest.mark.parametrize("lang,text", [
    ("en", "Belarus denied that its helicopters had violated Polish airspace."),
    ("lt", "Baltarusija paneigė, kad jos sraigtasparniai pažeidė Lenkijos oro erdvę."),
])
def test_denied_act_not_coded(lang, text):
    got = triples(coded_events([text], lang, "2024-05-01")[text])
    assert not any(r == "15" for _s, _t, r in got)


def test_denied_accusation_keeps_its_accuser():
    # what is denied is an accusation (a speech act): the frame leaves it to the accusation's own pattern
    text = "Beijing flatly denied Washington's accusation that Chinese hackers had broken into US government networks."
    got = triples(coded_events([text], "en", "2024-05-01")[text])
    assert ("CHN", "USA", "01") in got and ("USA", "CHN", "11") in got
