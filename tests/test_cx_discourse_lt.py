"""Lithuanian discourse across sentences, reported speech and accusations (from eval/gold/lt.cx-discourse.jsonl):
the act an accusation says the accused did, a denial answering the accuser, co-agents of "kartu su", a reaction
to an act of several agents, and criticism in a quote. Each text must yield the (source country, target
country, root) pairs listed; the negatives must yield no event."""

from __future__ import annotations

import pytest
from conftest import coded_events, triples

CASES = [
    # the accused act, reported, by the accused; a denial answers the accuser, not the alleged victim
    ("JAV kaltina Iraną perdavus Rusijai balistinių raketų. Teheranas tai neigia.",
     {("USA", "IRN", "11"), ("IRN", "RUS", "07"), ("IRN", "USA", "01")}),
    ("Armėnija apkaltino Azerbaidžano kariuomenę apšaudžius armėnų pozicijas Sjuniko regione. Baku tai neigia.",
     {("ARM", "AZE", "11"), ("AZE", "ARM", "19"), ("AZE", "ARM", "01")}),
    ("Izraelis apkaltino „Hezbollah“ paleidus raketas į šiaurės Izraelio miestus.",
     {("ISR", "LBN", "11"), ("LBN", "ISR", "19")}),
    # calling the charges lies is a denial of them
    ("Prancūzija apkaltino Azerbaidžaną kurstant neramumus Naujojoje Kaledonijoje. Baku kaltinimus pavadino melu.",
     {("FRA", "AZE", "11"), ("AZE", "FRA", "01")}),
    # "kartu su": co-agents, not a target
    ("JAV kartu su Japonija ir Australija pasmerkė Kinijos veiksmus Pietų Kinijos jūroje.",
     {("USA", "CHN", "11"), ("JPN", "CHN", "11"), ("AUS", "CHN", "11")}),
    ("Kartu su Danija ir Norvegija Švedija pasirašė gynybos susitarimą su Jungtinėmis Valstijomis.",
     {("SWE", "USA", "05"), ("DNK", "USA", "05"), ("NOR", "USA", "05")}),
    # a reaction to an act of several agents is aimed at each
    ("Jungtinės Valstijos ir Jungtinė Karalystė smogė hučių taikiniams Jemene. Iranas smūgius pasmerkė.",
     {("IRN", "USA", "11"), ("IRN", "GBR", "11")}),
    ("Prancūzija kartu su Vokietija ir Lenkija pareikalavo, kad Baltarusija paleistų politinius kalinius. "
     "Minskas reikalavimą atmetė.", {("BLR", "FRA", "12"), ("BLR", "DEU", "12"), ("BLR", "POL", "12")}),
    # a quoted remark in criticising words is criticism
    ("„Izraelio operacija Gazoje yra neproporcinga“, – sakė Ispanijos premjeras.", {("ESP", "ISR", "11")}),
]

NEGATIVES = [
    "Lietuvos prezidentas antradienį lankėsi Klaipėdoje. Jis susitiko su uosto darbuotojais ir aptarė investicijas.",
    "„Mūsų ekonomika auga greičiau, nei tikėjomės“, – sakė Lenkijos finansų ministras. Jis pridūrė, kad infliacija "
    "lėtėja.",
    "Suomija ir Švedija yra NATO narės. Abi šalys turi ilgas sienas su kaimynais.",
    "Europos Komisija paskelbė rudens ekonomikos prognozę. Pasak jos, euro zonos ekonomika kitąmet augs 1,3 procento.",
    "Vengrijos futbolo rinktinė pralaimėjo Vokietijai 0:2. Jos treneris sakė, kad komanda žaidė drąsiai.",
]


@pytest.fixture(scope="module")
def coded():
    return coded_events([t for t, _ in CASES] + NEGATIVES, "lt", "2024-05-07")


@pytest.mark.parametrize("text,want", CASES)
def test_cx_discourse_lt_events_coded(coded, text, want):
    got = triples(coded[text])
    assert want <= got, f"missing {want - got}; got {got}"


@pytest.mark.parametrize("text", NEGATIVES)
def test_cx_discourse_lt_negatives_not_coded(coded, text):
    assert not coded[text], [e.to_dict() for e in coded[text]]
