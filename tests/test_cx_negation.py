"""Rejection and negation (cx-enG, cx-ltG): boycotts of summits and games are 143, refusals to meet or to halt
strikes are 12x, an English verb before a noun it would otherwise only modify ("will not send weapons"), and a
possibility left open ("did not rule out", "neatmetė galimybės") is no rejection: the act it leaves open is
coded hypothetical with its own code."""

from __future__ import annotations

import pytest
from conftest import coded_events, triples


def _events(text: str, lang: str):
    return coded_events([text], lang, "2024-05-10")[text]


@pytest.mark.parametrize("text, lang, want", [
    ("Mexico's president boycotted the Summit of the Americas hosted by the United States.", "en", ("MEX", "USA", "143")),
    ("Ukraine boycotted the OSCE parliamentary meeting in Vienna.", "en", ("UKR", None, "143")),
    ("Meksikos prezidentas boikotavo JAV rengtą Amerikos valstybių viršūnių susitikimą.", "lt", ("MEX", "USA", "143")),
    ("China's defence minister refused to meet U.S. Defense Secretary Lloyd Austin.", "en", ("CHN", "USA", "125")),
    ("Russia refused to halt its strikes on Ukraine's energy grid.", "en", ("RUS", "UKR", "1246")),
    ("Beijing dismissed the accusations of the European Union about forced labour in Xinjiang.", "en",
     ("CHN", None, "016")),
])
def test_rejection_codes(text, lang, want):
    got = {(e.source_country, e.target_country if want[1] else None, e.cameo) for e in _events(text, lang)}
    assert want in got, got


def test_boycott_of_goods_stays_163():
    got = {e.cameo for e in _events("China boycotted Lithuanian goods.", "en")}
    assert "143" not in got


@pytest.mark.parametrize("text", [
    "Slovakia will not send weapons to Ukraine.",
    "Slovakia will no longer send weapons to Ukraine.",
])
def test_verb_before_weapons_is_coded_negated(text):
    evs = _events(text, "en")
    assert {(e.source_country, e.target_country, e.cameo[:2], e.modality) for e in evs} == {("SVK", "UKR", "03", "negated")}


def test_verb_before_modified_head_still_a_modifier():
    assert ("RUS", "UKR", "19") in triples(_events("Russia's attack helicopters struck Ukraine.", "en"))


@pytest.mark.parametrize("text, lang, want", [
    ("Japan's prime minister did not rule out a meeting with North Korean leader Kim Jong Un.", "en", ("JPN", "PRK", "04")),
    ("Germany did not rule out sending more air defence systems to Ukraine.", "en", ("DEU", "UKR", "07")),
    ("Japonijos premjeras neatmetė galimybės susitikti su Šiaurės Korėjos lyderiu Kim Jong Unu.", "lt", ("JPN", "PRK", "04")),
    ("Vokietija neatmeta galimybės perduoti Ukrainai daugiau oro gynybos sistemų.", "lt", ("DEU", "UKR", "07")),
])
def test_not_ruled_out_is_a_possibility(text, lang, want):
    evs = _events(text, lang)
    got = {(e.source_country, e.target_country, e.cameo[:2]): e.modality for e in evs}
    assert got.get(want) == "hypothetical", got
    assert not any(e.cameo.startswith("12") for e in evs)


@pytest.mark.parametrize("text, lang", [
    ("Germany ruled out talks with Russia.", "en"),
    ("Vokietija atmetė galimybę susitikti su Rusija.", "lt"),
])
def test_ruling_out_stays_a_rejection(text, lang):
    assert ("DEU", "RUS", "12") in triples(_events(text, lang))
