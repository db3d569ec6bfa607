"""English constructions added in session 10 (rules alone): a coordinated clause with a subject of its own
ends the verb before it; ... Each case pins the new behaviour and a near miss that must not fire."""
from __future__ import annotations

from conftest import RULES_ONLY

from kronika.config import load_config
from kronika.evaluate import run_items


def _got(text: str) -> set[tuple[str | None, str | None, str, str]]:
    """(source country, target country, code, modality) of what the rules alone code in one text."""
    evs = run_items([{"id": "x", "lang": "en", "date": "2024-05-01", "text": text}],
                    load_config(**RULES_ONLY))["x"].events
    return {(e.source_country or e.source_actor, e.target_country or e.target_actor, e.cameo, e.modality)
            for e in evs}


def test_a_clause_with_its_own_subject_ends_the_verb_before_it():
    got = _got("Canada demanded an inquiry, and Sweden summoned Iran's ambassador.")
    assert ("SWE", "IRN", "114", "asserted") in got, got
    assert not any(s == "CAN" and t == "SWE" for s, t, _c, _m in got), got  # Sweden is no object of the demand


def test_what_is_demanded_of_another_stays_the_demand():
    got = _got("Canada demanded that Sweden summon Iran's ambassador.")
    assert not any(s == "SWE" and c.startswith("11") for s, _t, c, _m in got), got
