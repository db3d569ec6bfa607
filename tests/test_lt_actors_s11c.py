"""Lithuanian actor side (session 11, third helper): who is the source and who the target of an event. Each test
pins a behaviour with a near-miss. Rules alone; the sentences are written for the tests."""
from __future__ import annotations

from conftest import code_one


def _got(text: str) -> set[tuple[str, str, str]]:
    """(source actor, target actor, root) of the events the rules alone code in a Lithuanian text."""
    return {(e.source_actor, e.target_actor, e.cameo[:2]) for e in code_one(text, "lt").events}


def test_the_name_right_before_a_sanctions_noun_owns_the_measure():
    # "ES sankcijos", "JAV muitai": the name before the noun imposed the measure; the clause subject that carries
    # them out or answers them does not act on it
    assert not any(t and t.startswith("EU") for _, t, _ in _got("Latvija tik vykdo ES sankcijas."))
    assert ("CAN", "USA", "16") not in _got("Kanada pasipiktino JAV muitais.")
    # near-miss: the measure's target in the dative after the noun still is its target
    assert ("POL", "BLR", "16") in _got("Lenkija įvedė sankcijas Baltarusijai.")
    assert ("RUS", "LTU", "16") in _got("Lenkija pasmerkė Rusijos sankcijas Lietuvai.")
