"""English constructions added in session 10, fourth round (rules alone). Each case pins the new behaviour and a
near miss that must not fire. The sentences are made up for the tests."""
from __future__ import annotations

from conftest import RULES_ONLY

from kronika.config import load_config
from kronika.evaluate import run_items


def _run(text: str):
    return run_items([{"id": "x", "lang": "en", "date": "2024-05-01", "text": text}], load_config(**RULES_ONLY))["x"]


def _got(text: str) -> set[tuple[str | None, str | None, str, str]]:
    """(source country, target country, code, modality) of what the rules alone code in one text."""
    return {(e.source_country or e.source_actor, e.target_country or e.target_actor, e.cameo, e.modality)
            for e in _run(text).events}


def test_a_joint_verb_followed_by_its_place_takes_no_object():
    # "met in <place>": the parties are the joint subject, not an actor named later in the sentence
    got = _got("Macron and Scholz met in Lisbon but reached no deal on Moldova.")
    assert ("FRA", "DEU", "040", "asserted") in got, got
    assert not any("MDA" in (s, t) and c.startswith("04") for s, t, c, _m in got), got
    got = _got("EU leaders meeting in Oslo urged Serbia to recognise Kosovo.")
    assert not any(c.startswith("04") for _s, _t, c, _m in got), got
    # near misses: a party after "with", or an object right after the verb, is still met
    assert ("FRA", "MDA", "040", "asserted") in _got("Macron met in Lisbon with Moldova's president.")
    assert ("FRA", "MDA", "040", "asserted") in _got("Macron met Moldova's president in Lisbon.")
