"""Guards of the pair/root model (kronika/pairmodel.py) against adding acts the rules deliberately leave out:
a side named only as a place that is no capital, a negated conflict, a root spread to a bystander of an act the
rules coded on a third country. Mechanics with hand-made weights (as test_pairmodel.py), and the shipped
coder (rules + shipped weights) on sentences where it added such acts."""

from __future__ import annotations

import math

import pytest
from conftest import RULES_ONLY

from kronika.config import load_config
from kronika.evaluate import run_items
from kronika.events import lexicon
from kronika.pairmodel import ROOTS, Model, apply


def _article(text, lang="en", date="2024-05-16", rules=True):
    cfg = load_config(**RULES_ONLY) if rules else load_config()
    return run_items([{"id": "x", "lang": lang, "date": date, "text": text}], cfg)["x"]


def _model(roots, p=0.9):
    bias = [-9.0] * len(ROOTS)
    for r in roots:
        bias[ROOTS.index(r)] = math.log(p / (1 - p))
    return Model({"lang": "en", "bias": bias, "weights": {}, "add": 0.5, "codes": {}, "direction": {}})


def _added(text, roots, p=0.9):
    return {(e.source_country, e.target_country, e.cameo[:2], e.modality)
            for e in apply(_article(text), _model(roots, p), lexicon("en"), add=0.5)}


@pytest.mark.parametrize("text", ["Ohio zorbled Canada over the lumber dispute.",
                                  "Munich zorbled Austria over the border.",
                                  "Austria zorbled the border talks in Munich."])
def test_a_side_named_only_as_a_place_that_is_no_capital_is_no_party(text):
    assert _added(text, ["11"]) == set()


def test_a_capital_named_as_a_place_still_is_a_party():
    assert {(s, t) for s, t, _r, _m in _added("The Swedish king zorbled in Oslo on Monday.", ["04"])} == {
        ("SWE", "NOR")}


@pytest.mark.parametrize("text", ["Texas criticised Mexico over the border wall on Monday.",
                                  "Ohio condemned Canada over the lumber dispute on Monday.",
                                  "Munich criticised Austria over the border."])
def test_the_shipped_coder_pairs_no_region_or_city_with_a_state(text):
    assert not [e for e in _article(text, rules=False).events if e.source_actor and e.target_actor], text
