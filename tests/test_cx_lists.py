"""Many parties in one event (cx-lists, eval/gold/{lt,en}.cx-lists.jsonl): a recipient that received something
from a list of givers gets it from each ("received weapons from A, B and C", "gavo ginklų iš"); "respectively" /
"atitinkamai" pairs n agents with n targets in order; "rescue teams" is a noun, not the verb; co-subjects of an
aid or force-posture verb don't act on each other; ", and X sent one" starts a new clause, not one more target;
"tiek X, tiek Y", "nei X, nei Y" and "neither X nor Y" are lists. Each text must yield exactly the (source
country, target country, root) triples listed."""

from __future__ import annotations

import pytest
from conftest import coded_events, triples

EN = [
    ("Pakistan received emergency loans from China, Saudi Arabia and the United Arab Emirates.",
     {("CHN", "PAK", "07"), ("SAU", "PAK", "07"), ("ARE", "PAK", "07")}),
    ("Algeria's president received a delegation from Niger's military government.", {("DZA", "NER", "04")}),
    ("Britain and Canada summoned the Chinese and Iranian ambassadors, respectively.",
     {("GBR", "CHN", "11"), ("CAN", "IRN", "11")}),
    ("Spain and Britain sent rescue teams to Morocco after the earthquake.",
     {("ESP", "MAR", "07"), ("GBR", "MAR", "07")}),
    ("South Korea and Japan sent rescue teams to Turkey, and Greece sent one as well.",
     {("KOR", "TUR", "07"), ("JPN", "TUR", "07")}),
    ("Sanctions against Moscow, Minsk and Tehran were extended by London.",
     {("GBR", "RUS", "16"), ("GBR", "BLR", "16"), ("GBR", "IRN", "16")}),
]

LT = [
    ("Mianmaro chunta gavo ginklų iš Rusijos ir Kinijos, teigia JT ekspertai.",
     {("RUS", "MMR", "07"), ("CHN", "MMR", "07")}),
    ("Generalinis sekretorius pasveikino Ukrainos gautus naikintuvus.", set()),
    ("Kanada ir Australija įšaldė atitinkamai Rusijos ir Baltarusijos oligarchų turtą.",
     {("CAN", "RUS", "16"), ("AUS", "BLR", "16")}),
    ("Tiek Vašingtonas, tiek Londonas ketvirtadienį įvedė sankcijas Mianmaro kariuomenei.",
     {("USA", "MMR", "16"), ("GBR", "MMR", "16")}),
]


@pytest.fixture(scope="module")
def coded_en():
    return coded_events([t for t, _ in EN], "en", "2024-05-10")


@pytest.fixture(scope="module")
def coded_lt():
    return coded_events([t for t, _ in LT], "lt", "2024-05-10")


@pytest.mark.parametrize("text,want", EN)
def test_cx_lists_en(coded_en, text, want):
    assert triples(coded_en[text]) == want


@pytest.mark.parametrize("text,want", LT)
def test_cx_lists_lt(coded_lt, text, want):
    assert triples(coded_lt[text]) == want
