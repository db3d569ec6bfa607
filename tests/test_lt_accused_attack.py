"""An accusation's act whose victim no actor names falls on the accuser ("apkaltino Azerbaidžaną apšaudžius
pasienio kaimą") — but not when the act noun is the charge itself in the instrumental and the word also names
attacks in words ("apkaltino Romą išpuoliais"), nor when a "prieš" phrase names other victims ("rengiant
išpuolius prieš ... žurnalistus"). The accusation (112) stays. Rules alone; sentences written for this test."""
from __future__ import annotations

import pytest
from conftest import coded_triples


@pytest.mark.parametrize("text,accuser,accused", [
    ("Vengrija apkaltino Nyderlandus įžeidžiančiais išpuoliais.", "HUN", "NLD"),
    ("Estija apkaltino Rusiją rengiant išpuolius prieš Taline gyvenančius žurnalistus.", "EST", "RUS"),
])
def test_charge_of_attacks_on_others_or_in_words_is_no_attack_on_the_accuser(text, accuser, accused):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert (accuser, accused, "11") in got, sorted(got)
    assert (accused, accuser, "18") not in got, sorted(got)


@pytest.mark.parametrize("text,want", [
    ("Indija apkaltino Pakistaną surengus teroristinį išpuolį Kašmyre.", ("PAK", "IND", "18")),
    ("Armėnija apkaltino Azerbaidžaną etniniu valymu.", ("AZE", "ARM", "20")),
])
def test_harm_done_to_the_accuser_stays(text, want):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert want in got, sorted(got)
