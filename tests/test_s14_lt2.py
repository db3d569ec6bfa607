"""Session 14, helper lt2: Lithuanian misfires found by a hands-on test."""
from __future__ import annotations

import pytest
from conftest import coded


# 1. an unnamed ministry summoning a foreign envoy is the host's, not the envoy's own
@pytest.mark.parametrize("text, src, tgt", [
    ("Užsienio reikalų ministerija antradienį iškvietė Baltarusijos laikinąjį reikalų patikėtinį ir įteikė jam "
     "protesto notą.", "LTUGOV", "BLRGOV"),
    ("Lietuvos kariuomenė pranešė apie pažeidimą. Ministerija iškvietė Rusijos ambasadorių ir įteikė jam notą.",
     "LTUGOV", "RUSGOV"),
    ("URM iškvietė Kinijos ambasadorę ir įteikė jai protesto notą.", "LTUGOV", "CHNGOV"),
    ("Į Užsienio reikalų ministeriją buvo iškviestas Irano laikinasis reikalų patikėtinis.", "LTUGOV", "IRNGOV"),
    ("Lenkija uždarė sieną. Užsienio reikalų ministerija iškvietė Baltarusijos ambasadorių.", "POLGOV", "BLRGOV"),
])
def test_unnamed_ministry_summons_foreign_envoy(text, src, tgt):
    got = coded(text, "lt")
    assert (src, tgt, "114") in got
    assert not any(s.startswith(tgt[:3]) and c == "114" for s, _, c in got)


def test_envoy_exclusion_is_for_the_receiving_government_only():
    # an envoy's soldiers are his own country's: the envoy's country is withheld from a government alone
    got = coded("Vokietijos ambasadorius Lietuvoje sakė, kad jo šalis didžiuojasi savo kariais.", "lt")
    assert not any(t.endswith("MIL") and t.startswith("LTU") for _, t, _ in got)


def test_en_foreign_ministry_summoning_an_envoy_posted_to_it():
    assert ("MDAGOV", "RUSGOV", "114") in coded(
        "Russia's ambassador to Moldova, who was summoned to the foreign ministry, denied the claims.", "en")
