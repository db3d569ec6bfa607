"""English discourse across sentences and reported speech (probe set eval/gold/en.cx-discourse.jsonl): a handful
of its constructions must stay coded (country pair and root), and a few of its hard negatives must stay quiet."""

from __future__ import annotations

import pytest
from conftest import coded_triples

CODED = [
    # the naming verb with a judgement in its object complement is criticism of the earlier act's agent
    ("Finland shut its last border crossing with Russia on Thursday. Moscow called the decision a provocation.",
     {("FIN", "RUS", "16"), ("RUS", "FIN", "11")}),
    ("Lithuania expelled two Russian diplomats on Monday. The Kremlin called the expulsions unjustified.",
     {("LTU", "RUS", "16"), ("RUS", "LTU", "11")}),
    # ... but "call on" stays an appeal
    ("Germany called on Russia to end its illegal occupation of Crimea.", {("DEU", "RUS", "02")}),
    # a clause-opening "it" is the last sentence's one subject
    ("Iran seized a tanker in the Gulf of Oman on Friday. Hours later, it fired missiles at Israel.",
     {("IRN", "ISR", "19")}),
    ("Poland summoned the ambassador on Tuesday. It accused Belarus of orchestrating the border crossings.",
     {("POL", "BLR", "11")}),
    # a counted group stands for the last subject naming that many countries
    ("Estonia, Latvia and Lithuania expelled Russian diplomats on Friday. Moscow recalled its ambassadors from "
     "the three countries in response.",
     {("EST", "RUS", "16"), ("RUS", "EST", "16"), ("RUS", "LVA", "16"), ("RUS", "LTU", "16")}),
    # a reaction to an act that named no other party judges that act's agent
    ("North Korea test-fired a ballistic missile on Sunday. Japan condemned the launch.", {("JPN", "PRK", "11")}),
]

QUIET = [
    "Finland and Sweden will both hold parliamentary elections in March.",
    "Russia's central bank raised interest rates on Friday. The move was aimed at curbing inflation.",
    "The Kremlin said on Monday that Putin had no plans to travel abroad. It gave no further details.",
    "Japan and South Korea still dispute a group of islets. Both countries claim them as their own.",
    '"We will protect our farmers," the Polish agriculture minister said. He spoke at a rally in Warsaw.',
    "The Indian rupee weakened on Monday. Traders said the move reflected outflows from local stocks.",
]


def _code(texts: list[str]) -> list[set[tuple[str, str, str]]]:
    return coded_triples(texts, "en", "2024-05-01")


@pytest.fixture(scope="module")
def coded():
    return _code([t for t, _ in CODED] + QUIET)


@pytest.mark.parametrize("k", range(len(CODED)))
def test_cx_discourse_constructions_are_coded(coded, k):
    text, want = CODED[k]
    assert want <= coded[k], f"{text!r}: want {sorted(want - coded[k])}, got {sorted(coded[k])}"


def test_cx_discourse_call_on_is_no_criticism(coded):
    assert ("DEU", "RUS", "11") not in coded[2], sorted(coded[2])


@pytest.mark.parametrize("k", range(len(QUIET)))
def test_cx_discourse_negatives_stay_quiet(coded, k):
    assert not coded[len(CODED) + k], f"{QUIET[k]!r}: {sorted(coded[len(CODED) + k])}"
