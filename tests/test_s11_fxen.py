"""Session 11 review fixes, English (rules alone; the sentences are made up for the tests)."""
from __future__ import annotations

import pytest
from conftest import code_one


def coded(text):
    return {(e.source_country, e.target_country, e.cameo, e.modality) for e in code_one(text, "en").events
            if e.source_country and e.target_country}


def roots(text):
    return {(s[:3], t[:3], c[:2]) for s, t, c, _m in coded(text)}


# A closing attribution that only names the source of a report is no accusation; a negated judgement defends; a
# verdict on measures "against" a country is no criticism of that country (guide §6)
QUOTES_SOURCE = [
    ('"Belarus shelled two villages near the border overnight," the Polish border guard said.', ("POL", "BLR", "112")),
    ('"Turkey bombed Kurdish positions in Iraq on Sunday," a German diplomat told journalists.', ("DEU", "TUR", "112")),
    ('"China\'s trade policy is not illegal," the Brazilian foreign minister said.', ("BRA", "CHN", "111")),
    ('"The embargo against Cuba is illegal," the Mexican president said.', ("MEX", "CUB", "111")),
]


@pytest.mark.parametrize("text,never", QUOTES_SOURCE)
def test_a_quote_that_only_names_its_source(text, never):
    got = {(s, t, c) for s, t, c, _m in coded(text)}
    assert never not in got, got


def test_a_quote_of_harm_to_us_still_accuses():
    got = {(s, t, c) for s, t, c, _m in coded('"Belarus attacked us again last night," the Lithuanian president said.')}
    assert ("LTU", "BLR", "112") in got, got


# Ties said to stand some way: judged only with a judging word, whole words, negation flips; talks told as held or
# planned keep their meeting events
RELATION_TOLD = [
    ("Armenia said talks with Azerbaijan would resume in Vienna next month.", ("ARM", "AZE", "040"), None),
    ("Chile said talks with Peru focused on the fishing dispute.", ("CHL", "PER", "040"), None),
    ("Egypt said relations with Turkey would not improve soon.", ("EGY", "TUR", "012"), ("EGY", "TUR", "013")),
    ("Japan said ties with China were no longer good.", ("JPN", "CHN", "012"), ("JPN", "CHN", "013")),
    ("Mexico said cooperation with Canada covered goods and rights.", None, ("MEX", "CAN", "013")),
    # the near miss: a judged relation keeps its comment
    ("Tokyo said relations with Seoul were improving.", ("JPN", "KOR", "013"), None),
]


@pytest.mark.parametrize("text,want,never", RELATION_TOLD)
def test_said_relation_judged_only(text, want, never):
    got = {(s, t, c) for s, t, c, _m in coded(text)}
    if want:
        assert want in got, got
    if never:
        assert never not in got, got
