"""Lithuanian restrictions told by a verb of their own: "nebeįleidžia X piliečių" (no longer lets in) and
"sustabdė skrydžius į / iš X" (stopped flights) restrict relations (163). Rules alone; the sentences are written
for these tests."""
from __future__ import annotations

import pytest
from conftest import coded_triples


@pytest.mark.parametrize("text,want", [
    ("Suomija nuo šiandien nebeįleidžia Baltarusijos piliečių.", ("FIN", "BLR", "16")),
    ("Jordanija sustabdė tiesioginius skrydžius į Teheraną.", ("JOR", "IRN", "16")),
    ("Latvija sustabdė skrydžius iš Rusijos.", ("LVA", "RUS", "16")),
])
def test_entry_and_flight_restrictions(text, want):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert want in got, got


def test_flights_resumed_or_a_plain_stop_are_no_restriction():
    # near miss: a halted delivery of something else is no flight ban
    got = coded_triples(["Latvija sustabdė mokyklų statybas prie sienos su Rusija."], "lt", "2024-05-01")[0]
    assert not any(r == "16" for _s, _t, r in got), got


def test_a_ban_on_entry_named_by_a_noun():
    got = coded_triples(["Lenkija ir Čekija paskelbė draudimą atvykti Irano pareigūnams."], "lt", "2024-05-01")[0]
    assert {("POL", "IRN", "16"), ("CZE", "IRN", "16")} <= got, got
    # near miss: a ban with no entry in it ("draudimas rūkyti") is no restriction of relations
    got = coded_triples(["Lenkija paskelbė draudimą rūkyti Irano ambasados kieme."], "lt", "2024-05-01")[0]
    assert not any(r == "16" for _s, _t, r in got), got
