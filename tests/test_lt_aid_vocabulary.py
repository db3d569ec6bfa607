"""Lithuanian verbs of sending or delivering aid share one humanitarian vocabulary: tents, blankets, field
hospitals, flour, wheat, doctors and firefighting crews are humanitarian aid (073) with any of them. Rules alone;
the sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded_events, coded_triples


@pytest.mark.parametrize("text,want", [
    ("Lenkija atsiuntė Moldovai lauko ligonines.", ("POL", "MDA", "07")),
    ("Turkmėnistanas nusiuntė Afganistanui 200 tonų miltų.", ("TKM", "AFG", "07")),
    ("Pakistanas išsiuntė Sudanui kviečių.", ("PAK", "SDN", "07")),
    ("Italija pasiuntė gydytojus į Libiją.", ("ITA", "LBY", "07")),
])
def test_humanitarian_goods_sent(text, want):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert want in got, got


def test_an_ordinary_thing_sent_is_no_aid():
    # near miss: a letter or a delegation sent is no aid
    got = coded_triples(["Lenkija atsiuntė Moldovai laišką."], "lt", "2024-05-01")[0]
    assert not any(r == "07" for _s, _t, r in got), got


@pytest.mark.parametrize("text", [
    # pristatyti is mostly "present, introduce": a programme, technology or plan presented to doctors or ministers
    "Lietuvos sveikatos apsaugos ministras pristatė Ukrainos gydytojams naują reabilitacijos programą.",
    "Japonijos ambasadorius pristatė Lietuvos medicinos bendruomenei naujas technologijas.",
    "Vokietijos kanclerė pristatė Lenkijos premjerui planą statyti ligonines Ukrainoje.",
    "Prancūzijos ministrė pristatė Moldovos ugniagesiams naują gesinimo strategiją.",
])
def test_presented_is_no_aid(text):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert not any(r == "07" for _s, _t, r in got), got


def test_delivered_relief_goods_and_munitions():
    # near miss of "presented": relief goods delivered are still aid (073); munitions are military aid (072)
    evs = coded_events(["Švedija pristatė Ukrainai vaistų ir palapinių.",
                        "Lenkija pristatė Ukrainai karinių reikmenų ir šaudmenų."], "lt", "2024-05-01")
    assert {e.cameo for e in evs["Švedija pristatė Ukrainai vaistų ir palapinių."]
            if e.target_country == "UKR"} == {"073"}
    assert {e.cameo for e in evs["Lenkija pristatė Ukrainai karinių reikmenų ir šaudmenų."]
            if e.target_country == "UKR"} == {"072"}
