"""A Lithuanian warning's "kad" clause ends before a second verb of the speaker: "perspėjo, kad smurtas gali
išplisti, ir paragino X ..." is no threat against X (the call is its own act). A threat whose clause names the
threatened party keeps it. Rules alone; sentences written for this test."""
from __future__ import annotations

from conftest import coded_triples


def test_second_verb_after_a_warning_is_no_threat_target():
    text = ("JT generalinis sekretorius perspėjo, kad smurtas gali išplisti į visą regioną, ir paragino Izraelį bei "
            "Libaną nutraukti ugnį.")
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert ("UN", "ISR", "02") in got, sorted(got)
    assert not {(s, t) for s, t, r in got if r == "13"}, sorted(got)


def test_threat_in_the_clause_keeps_its_target():
    got = coded_triples(["Lenkijos premjeras perspėjo, kad Lenkija uždarys sieną su Baltarusija, ir paragino ES "
                         "sugriežtinti sankcijas.",
                         "Kremlius perspėjo, kad Rusija atsakys, jei JAV perduos Ukrainai raketas."], "lt", "2024-05-01")
    assert ("POL", "BLR", "13") in got[0], sorted(got[0])
    assert ("POL", "EU", "13") not in got[0], sorted(got[0])
    assert ("RUS", "USA", "13") in got[1], sorted(got[1])
