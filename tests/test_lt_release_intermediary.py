"""A release of captives handed to the Red Cross is aimed at whose people they are, not at the Red Cross that
carries them over. Rules alone; the sentences are written for these tests."""
from __future__ import annotations

from conftest import coded_triples


def test_captives_handed_to_the_red_cross():
    got = coded_triples(["Sukilėlių grupuotė „Hezbollah“ antradienį perdavė Raudonajam Kryžiui penkis izraeliečių "
                         "įkaitus."], "lt", "2024-05-01")[0]
    assert any(t == "ISR" and r == "08" for _s, t, r in got), got
    assert not any(t == "ICRC" for _s, t, _r in got), got


def test_captives_handed_to_a_state():
    # near miss: handed to a state, the state is the party
    got = coded_triples(["Rusija perdavė Ukrainai 90 belaisvių."], "lt", "2024-05-01")[0]
    assert ("RUS", "UKR", "08") in got, got
