"""Lithuanian recall, session 12: acts the rules missed between two countries named in one sentence.
Sentences are our own. Rules alone."""
from __future__ import annotations

import pytest
from conftest import code_one, triples


def _t(text):
    return triples(code_one(text, "lt").events, both=True)


# "atsijungti nuo X elektros tinklo / energetikos sistemos": leaving a grid, pipeline or payment network owned
# by the genitive country reduces relations with it (160); any inflection, negation and intent keep their mood
@pytest.mark.parametrize("text,want", [
    ("Baltijos šalys atsijungė nuo Rusijos elektros tinklų ir prisijungė prie Europos.", ("EST", "RUS", "16")),
    ("Moldova planuoja atsijungti nuo Rusijos energetikos sistemos iki 2026 metų.", ("MDA", "RUS", "16")),
    ("Ukraina atsijungė nuo Rusijos ir Baltarusijos elektros tinklo vasario 24 dieną.", ("UKR", "BLR", "16")),
    ("Suomija atsijungia nuo Rusijos dujotiekio sistemos.", ("FIN", "RUS", "16")),
])
def test_leaving_a_countrys_grid_reduces_relations(text, want):
    assert want in _t(text)


@pytest.mark.parametrize("text", [
    "Ukrainos miestai atsijungė nuo elektros tinklo po Rusijos smūgių.",  # the country is no owner of the grid
    "Lietuvos vartotojai atsijungė nuo interneto per Rusijos ataką.",
])
def test_leaving_a_grid_of_nobody_named_is_no_reduction(text):
    assert not any(r == "16" for _, _, r in _t(text))
