"""Reactions whose target is implied (probe sets eval/gold/{en,lt}.cx-reactions.jsonl): a demand for what only the
doer of an act can give, a state's protest, a denial of a claim no event coded; and what must stay quiet."""

from __future__ import annotations

import pytest
from conftest import coded_events, triples

CODED = [
    # a demand for an explanation / a release with no addressee goes to the other party of the last act
    ("en", "Chinese coast guard ships detained a Vietnamese fishing boat on Monday. Hanoi demanded an explanation.",
     {("VNM", "CHN", "10")}),
    ("lt", "Baltarusijos pareigūnai sulaikė Lenkijos pilietį. Varšuva pareikalavo paaiškinimų.",
     {("POL", "BLR", "10")}),
    # a state's protest is an official complaint (114), aimed at the agent of the act it names by a noun
    ("en", "Iranian forces seized a British-flagged tanker on Friday. Britain protested against the seizure.",
     {("GBR", "IRN", "11")}),
    ("en", "Vietnam protested against China's deployment of a survey ship near the Spratly Islands.",
     {("VNM", "CHN", "11")}),
    # a denial of a claim answers whoever made the claim, also when no event was coded from it
    ("en", "Russia's foreign minister claimed that Moldova was preparing an attack on Transnistria. Chisinau "
     "dismissed the claim as absurd.", {("MDA", "RUS", "01")}),
    ("lt", "Rusija tvirtina, kad Moldova rengia puolimą prieš Padnestrę. Kišiniovas šiuos teiginius paneigė.",
     {("MDA", "RUS", "01")}),
    # rejecting someone's claims is a denial (016), not a rejection of a proposal
    ("lt", "Estijos vyriausybė atmetė Maskvos teiginius apie rusakalbių diskriminaciją.",
     {("EST", "RUS", "01")}),
]

QUIET = [
    ("en", "Thousands of Serbians protested against the government in Belgrade on Saturday."),
    ("en", "A powerful earthquake struck eastern Turkey on Monday. Ankara demanded an explanation from the builders."),
    ("lt", "Ukrainos prezidentas pareikalavo griežto Vakarų atsako."),
]


@pytest.fixture(scope="module")
def coded():
    out = []
    for lang in ("en", "lt"):
        texts = [t for lg, t, _ in CODED if lg == lang] + [t for lg, t in QUIET if lg == lang]
        evs = coded_events(texts, lang, "2024-05-01")
        out.append({t: triples(evs[t], both=True) for t in texts})
    return {**out[0], **out[1]}


@pytest.mark.parametrize("k", range(len(CODED)))
def test_cx_reactions_implied_targets(coded, k):
    _lang, text, want = CODED[k]
    assert want <= coded[text], f"{text!r}: want {sorted(want - coded[text])}, got {sorted(coded[text])}"


def test_cx_reactions_state_protest_is_official(coded):
    assert ("GBR", "IRN", "14") not in coded[CODED[2][1]]


@pytest.mark.parametrize("k", range(len(QUIET)))
def test_cx_reactions_quiet(coded, k):
    _lang, text = QUIET[k]
    got = {x for x in coded[text] if x[0] != x[1]}
    assert not got, f"{text!r}: got {sorted(got)}"
