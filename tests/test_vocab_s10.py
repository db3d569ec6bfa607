"""News vocabulary the lexicons missed (session 10): common wire and Lithuanian news wordings of CAMEO events,
one block of patterns per batch in data/events/{en,lt}.yaml ("# session 10 vocabulary"). Own sentences, rules
alone: each positive names the (source country, target country, code) it must give, each near-miss a pair that
must not be coded."""
from __future__ import annotations

import pytest
from conftest import coded_events


def _codes(text, lang):
    evs = coded_events([text], lang, "2024-05-01")[text]
    return {((e.source_country or e.source_actor), (e.target_country or e.target_actor), e.cameo) for e in evs
            if e.source_actor and e.target_actor}


POSITIVE = [
    # batch 1: strengthening ties (050), dismay (012); pritarti pozicijai (019), blocking sanctions in a body
    # (129), defending another's position (052), handing over weapons / paying out money (072 / 071), returning
    # bodies (0842), export controls (163)
    ("en", "Japan and India strengthened ties during the prime minister's visit.", ("JPN", "IND", "050")),
    ("en", "China and Russia deepened their partnership.", ("RUS", "CHN", "050")),
    ("en", "Vietnam and the United States enhanced relations on Monday.", ("VNM", "USA", "050")),
    ("en", "Japan and India agreed to deepen defence ties.", ("IND", "JPN", "0312")),
    ("en", "France expressed dismay at Italy's handling of the migrant ship.", ("FRA", "ITA", "012")),
    ("lt", "Prancūzija pritarė Vokietijos pozicijai dėl migracijos.", ("FRA", "DEU", "019")),
    ("lt", "Vengrija užblokavo ES sankcijas Rusijai.", ("HUN", "EU", "129")),
    ("lt", "Kinija gynė Rusijos poziciją Saugumo Taryboje.", ("CHN", "RUS", "052")),
    ("lt", "Lenkija atidavė Ukrainai naikintuvus MiG-29.", ("POL", "UKR", "072")),
    ("lt", "ES išmokėjo Ukrainai 4,5 mlrd. eurų.", ("EU", "UKR", "071")),
    ("lt", "Rusija perdavė Ukrainai žuvusių karių palaikus.", ("RUS", "UKR", "0842")),
    ("lt", "Japonija įvedė eksporto kontrolę Pietų Korėjai.", ("JPN", "KOR", "163")),
]


@pytest.mark.parametrize("lang,text,want", POSITIVE)
def test_vocabulary_is_coded(lang, text, want):
    got = _codes(text, lang)
    assert want in got, sorted(got)


NEAR_MISS = [
    # batch 1: strengthening one's own defences names no partner; defending one's own decision is no support
    ("en", "Japan strengthened its defences along the border with Russia.", ("JPN", "RUS")),
    ("en", "Poland boosted security on the border with Belarus.", ("POL", "BLR")),
    ("lt", "Lenkija gynė savo sprendimą uždaryti sieną su Baltarusija.", ("POL", "BLR")),
]


@pytest.mark.parametrize("lang,text,pair", NEAR_MISS)
def test_near_miss_is_not_coded(lang, text, pair):
    got = _codes(text, lang)
    assert pair not in {(s, t) for s, t, _ in got}, sorted(got)
