"""'Jose dalyvauja ir X' joins X to the joint act told the sentence before, but only the list of those who joined:
a closing attribution (', teigia / pranešė Y') or a clause of its own after a comma (', Rusija jį kritikavo') is no
party, and a joining told in the future ('dalyvaus') is intended. Rules alone; sentences written for these tests."""
from __future__ import annotations

from conftest import coded_events


def _evs(text):
    return coded_events([text], "lt", "2024-05-01")[text]


def _parties(evs):
    return {c for e in evs if e.rule == "lt-dalyvauti-jose" for c in (e.source_country, e.target_country)}


def test_a_closing_source_or_clause_does_not_join():
    for text in ("Indija ir Japonija pradėjo jūrų pratybas. Jose dalyvauja ir Prancūzija, teigia Kinijos žvalgyba.",
                 "Estijos ir Suomijos premjerai susitiko Taline. Susitikime dalyvavo ir Latvijos premjeras, "
                 "pranešė Lenkijos naujienų agentūra.",
                 "Estijos ir Suomijos premjerai susitiko Taline. Susitikime dalyvavo ir Latvijos premjeras, "
                 "Rusija jį sukritikavo."):
        got = _parties(_evs(text))
        assert "LVA" in got or "FRA" in got, got
        assert not ({"CHN", "POL", "RUS"} & got), got


def test_a_list_of_joiners_after_commas_all_join():
    # near miss: a comma inside the list of those who joined does not end it
    got = _parties(_evs("Indija ir Japonija pradėjo jūrų pratybas. Jose dalyvauja ir Australija, Kanada bei Prancūzija."))
    assert {"AUS", "CAN", "FRA"} <= got, got


def test_a_joining_told_in_the_future_is_intended():
    evs = [e for e in _evs("Latvija ir Estija surengė pratybas prie sienos. Jose dalyvaus ir Suomijos kariai.")
           if e.rule == "lt-dalyvauti-jose"]
    assert evs and {e.modality for e in evs} == {"intended"}, evs
    evs = [e for e in _evs("Latvija ir Estija surengė pratybas prie sienos. Jose dalyvavo ir Suomijos kariai.")
           if e.rule == "lt-dalyvauti-jose"]
    assert evs and {e.modality for e in evs} == {"asserted"}, evs
