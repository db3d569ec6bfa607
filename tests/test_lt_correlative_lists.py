"""Lithuanian correlative lists with the preposition repeated ("tiek su X, tiek su Y", "ir su X, ir su Y") are
one list of partners. Rules alone; the sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded_triples


@pytest.mark.parametrize("text", [
    "Prancūzijos prezidentas antradienį kalbėjosi telefonu tiek su Turkijos prezidentu, tiek su Izraelio premjeru.",
    "Prancūzijos prezidentas per savaitę susitiko ir su Turkijos prezidentu, ir su Izraelio premjeru.",
])
def test_both_partners_of_a_correlative_list(text):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert {("FRA", "TUR", "04"), ("FRA", "ISR", "04")} <= got, got


def test_a_clause_of_its_own_after_the_comma_is_no_list():
    # near miss: after ", o" another subject's meeting follows; its partner is not the first verb's
    got = coded_triples(["Prancūzijos prezidentas susitiko su Turkijos prezidentu, o Izraelio premjeras kalbėjosi "
                         "su Egipto prezidentu."], "lt", "2024-05-01")[0]
    assert ("FRA", "TUR", "04") in got, got
    assert not any(s == "FRA" and t in ("ISR", "EGY") for s, t, _r in got), got
