"""Several events of one pair in one item (cx-multi, eval/gold/{lt,en}.cx-multi.jsonl): a verb coordinated with an
earlier cooperative act of the same subject shares its partner; a plural title with no country of its own
("Ministrai", "the two presidents", "Lyderiai"), a bare "šalys" or "Both" opening the next clause stands for the
pair that acted jointly; an intent verb after "and" heads the coordinated act. Each text must yield the
(source country, target country, root) triples listed; the negatives must yield no event between the pair."""

from __future__ import annotations

import pytest
from conftest import coded_events, triples

EN = [
    # a second act after "and" with no partner of its own: the partner of the meeting
    ("Spain's foreign minister met his Moroccan counterpart in Rabat and signed a migration agreement.",
     {("ESP", "MAR", "04"), ("MAR", "ESP", "04"), ("ESP", "MAR", "05"), ("MAR", "ESP", "05")}),
    ("Italy's prime minister met the Albanian prime minister in Tirana and pledged humanitarian aid.",
     {("ITA", "ALB", "04"), ("ITA", "ALB", "03")}),
    # a plural title after a meeting: the pair
    ("The Greek prime minister received his Cypriot counterpart in Athens. The two presidents signed a defence pact.",
     {("GRC", "CYP", "05"), ("CYP", "GRC", "05")}),
    # "Both" opening the next sentence
    ("The Latvian president met the Lithuanian president in Riga on Monday. Both condemned Belarus for the balloon "
     "incursions.", {("LVA", "BLR", "11"), ("LTU", "BLR", "11")}),
    # an accusation and a threat: the threat's verb heads the coordinated act
    ("Morocco accused Algeria of hostile propaganda and threatened to expel Algerian diplomats.",
     {("MAR", "DZA", "11"), ("MAR", "DZA", "13")}),
]

LT = [
    ("Ispanijos užsienio reikalų ministras Rabate susitiko su Maroko kolega. Ministrai sutarė bendradarbiauti "
     "migracijos srityje.", {("ESP", "MAR", "03"), ("MAR", "ESP", "03")}),
    ("Graikijos premjeras Atėnuose priėmė Kipro prezidentą. Vizito metu šalys pasirašė gynybos susitarimą.",
     {("GRC", "CYP", "05"), ("CYP", "GRC", "05")}),
    ("Italijos premjerė Romoje susitiko su Albanijos premjeru. Lyderiai aptarė migraciją.",
     {("ITA", "ALB", "04"), ("ALB", "ITA", "04")}),
]

# the second act is not between the pair: nothing beyond the meeting
EN_ONLY_MEETING = [
    "The Dutch prime minister met the Belgian prime minister in Brussels and then opened a new bridge in Antwerp.",
    "Portugal's president met his Spanish counterpart in Lisbon and later imports of olive oil rose sharply.",
]


@pytest.fixture(scope="module")
def coded_en():
    return coded_events([t for t, _ in EN] + EN_ONLY_MEETING, "en", "2024-05-07")


@pytest.fixture(scope="module")
def coded_lt():
    return coded_events([t for t, _ in LT], "lt", "2024-05-07")


@pytest.mark.parametrize("text,want", EN)
def test_cx_multi_en(coded_en, text, want):
    got = triples(coded_en[text])
    assert want <= got, f"missing {want - got}; got {got}"


@pytest.mark.parametrize("text,want", LT)
def test_cx_multi_lt(coded_lt, text, want):
    got = triples(coded_lt[text])
    assert want <= got, f"missing {want - got}; got {got}"


@pytest.mark.parametrize("text", EN_ONLY_MEETING)
def test_cx_multi_en_second_act_elsewhere(coded_en, text):
    got = triples(coded_en[text])
    assert {r for _s, _t, r in got} <= {"04"}, got
