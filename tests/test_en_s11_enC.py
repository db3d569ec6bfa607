"""English actor-side constructions added in session 11 (helper enC, rules alone): who the source and the target
of an act are. Each case pins the new behaviour and a near miss that must not fire. The sentences are made up."""
from __future__ import annotations

from conftest import code_one


def _got(text: str) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, root) of what the rules alone code in one text."""
    return {(e.source_country or e.source_actor, e.target_country or e.target_actor, e.cameo[:2])
            for e in code_one(text, "en").events}


def test_a_country_named_with_a_person_overrides_a_namesake():
    # "Jordan's King Abdullah": the dictionary's King Abdullah of another country is not meant
    got = _got("Jordan's King Abdullah met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday.")
    assert ("JOR", "EGY", "04") in got, got
    assert not any("SAU" in (s, t) for s, t, _r in got), got
    # near miss: a possessive owning another noun leaves the person to the dictionary
    got = _got("Jordan's talks with King Salman ended on Monday.")
    assert ("JOR", "SAU", "04") in got, got
