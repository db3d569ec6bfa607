"""A Lithuanian genitive owner after a superlative adjective still stands in the preposition's phrase: "į
didžiausią Charkivo ligoninę" names Kharkiv's (Ukraine's) hospital as where the missile hit. Rules alone; the
sentences are written for these tests."""
from __future__ import annotations

from conftest import coded_triples


def test_owner_after_a_superlative_in_a_prepositional_phrase():
    got = coded_triples(["Rusijos raketa antradienį pataikė į didžiausią Charkivo gimdymo namų pastatą."],
                        "lt", "2024-05-01")[0]
    assert any(s == "RUS" and t == "UKR" and r == "19" for s, t, r in got), got


def test_a_superlative_before_no_preposition_takes_no_owner_into_a_phrase():
    # near miss: no preposition governs the phrase, so the owner is the verb's plain genitive object, as before
    got = coded_triples(["Rusijos raketa antradienį pataikė į pastatą, o Lenkija pasmerkė didžiausią Rusijos "
                         "ataką."], "lt", "2024-05-01")[0]
    assert ("POL", "RUS", "11") in got, got
