"""A Lithuanian stand of support declared by the one who holds it: "pareiškė remianti X" (the participle agrees
with the speaker) and "pareiškė, kad <its own capital> remia X" are 051, though a bare present "remia" is a
standing relation. Rules alone; the sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded_triples


@pytest.mark.parametrize("text,want", [
    ("Japonija ir Kanada pareiškė remiančios Moldovos vyriausybę.", {("JPN", "MDA", "05"), ("CAN", "MDA", "05")}),
    ("Norvegijos užsienio reikalų ministerija pareiškė tvirtai remianti Estiją.", {("NOR", "EST", "05")}),
    # near miss of "remiantis" (according to): the feminine participle of remti is support
    ("Latvijos vyriausybė pabrėžė remianti Lenkijos poziciją dėl sienos.", {("LVA", "POL", "05")}),
    # the masculine participle with its accusative object is support too
    ("Kanados premjeras pareiškė remiantis Moldovą.", {("CAN", "MDA", "05")}),
    ("Ispanijos premjeras pareiškė, kad Madridas visapusiškai remia Portugaliją.", {("ESP", "PRT", "05")}),
])
def test_a_declared_stand_of_support(text, want):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert want <= got, got


@pytest.mark.parametrize("text", [
    # a claim about another's support, not one's own stand
    "Gruzija pareiškė, kad Rusija remia Abchazijos separatistus.",
    # a stand held on, and a standing relation with no saying
    "Ispanijos premjeras pabrėžė, kad Madridas ir toliau remia Portugaliją.",
    "Madridas remia Portugaliją.",
    # "remiantis" as "according to" is no support
    "Suomija pareiškė, remiantis Estijos duomenimis, kad sieną kirto šimtai migrantų.",
    "Rusijos užsienio reikalų ministerija teigė, remiantis Kinijos pranešimu, kad JAV rengia provokacijas.",
    "Ukrainos gynybos ministras teigė remiantis Lenkijos žvalgybos informacija, kad Baltarusija telkia karius.",
    "Latvijos premjeras pabrėžė remiantis Estijos duomenimis, kad Rusija didina pajėgas.",
])
def test_no_declared_support(text):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert not any(r == "05" for _s, _t, r in got), got
