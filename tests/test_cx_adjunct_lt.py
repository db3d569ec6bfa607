"""Lithuanian clausal adjuncts and second events in one sentence (from eval/gold/lt.cx-adjunct.jsonl):
adverbial participles, reaction frames, fronted temporal clauses, relative clauses, coordinated verbs and
reactions in the next sentence. Each sentence must yield the (source country, target country, root) pairs
listed; the negatives must yield no event."""

from __future__ import annotations

import pytest
from conftest import coded_events, triples

CASES = [
    # a padalyvis carries a second act of the main subject
    ("Estija uždarė Rusijos konsulatą Narvoje, apkaltindama Maskvą nuolatinėmis provokacijomis.",
     {("EST", "RUS", "16"), ("EST", "RUS", "11")}),
    ("Kremlius pasmerkė Suomijos sprendimą uždaryti sieną, grasindamas atsakomosiomis priemonėmis.",
     {("RUS", "FIN", "11"), ("RUS", "FIN", "13")}),
    # the reaction participle is the frame; the act reacted to is coded with its genitive agent
    ("Atsakydamas į Pekino grasinimus, Taivano prezidentas pakvietė Kinijos vadovus į dialogą.",
     {("CHN", "TWN", "13"), ("TWN", "CHN", "02")}),
    ("Atsakant į Rusijos raketų smūgius Ukrainos miestams, Lenkija pakėlė naikintuvus ir padidino oro gynybos "
     "parengtį.", {("RUS", "UKR", "19"), ("POL", "RUS", "15")}),
    # a fronted "kai" clause has its own roles
    ("Kai Izraelis smogė Irano konsulatui Damaske, Teheranas pažadėjo atkeršyti.",
     {("ISR", "IRN", "19"), ("IRN", "ISR", "13")}),
    # relative clauses: the pronoun's antecedent, the clause's end, a shared subject
    ("Rusijos smūgiai Ukrainos energetikos infrastruktūrai, kuriuos pasmerkė G7 šalys, paliko be elektros "
     "milijonus žmonių.", {("G7", "RUS", "11")}),
    ("Sudano kariuomenė, kurią Vašingtonas kaltina karo nusikaltimais, atmetė JAV taikos planą.",
     {("USA", "SDN", "11"), ("SDN", "USA", "12")}),
    ("Kinija sulaikė Japonijos farmacijos bendrovės darbuotoją, kurį apkaltino šnipinėjimu.",
     {("CHN", "JPN", "17"), ("CHN", "JPN", "11")}),
    # a second verb of the same subject takes its own object
    ("Ispanija pripažino Palestinos valstybę ir pareikalavo, kad Izraelis nutrauktų karo veiksmus Gazoje.",
     {("ESP", "PSE", "05"), ("ESP", "ISR", "10")}),
    ("Jungtinės Valstijos sveikino Armėnijos ir Azerbaidžano susitarimą, bet perspėjo Baku nepradėti naujų karo "
     "veiksmų.", {("USA", "AZE", "13")}),
    # a reaction in the next sentence answers the accuser
    ("Kinija apkaltino Lietuvą pažeidus „vienos Kinijos“ principą. Vilnius kaltinimus atmetė.",
     {("CHN", "LTU", "11"), ("LTU", "CHN", "01")}),
]

NEGATIVES = [
    "Lietuvos kariuomenė atnaujino pasienio užtvaras, remdamasi saugumo sumetimais.",
    "Vokietijos kancleris grįžo į Berlyną, pareikšdamas, kad kelionė buvo naudinga.",
    "Atsakydama į gyventojų skundus, Rygos savivaldybė atnaujino viešojo transporto tvarkaraščius.",
    "Kremlius kaltinimus atmetė kaip nepagrįstus.",
]


@pytest.fixture(scope="module")
def coded():
    return coded_events([t for t, _ in CASES] + NEGATIVES, "lt", "2024-05-07")


@pytest.mark.parametrize("text,want", CASES)
def test_cx_adjunct_lt_second_events_coded(coded, text, want):
    got = triples(coded[text])
    assert want <= got, f"missing {want - got}; got {got}"


@pytest.mark.parametrize("text", NEGATIVES)
def test_cx_adjunct_lt_negatives_not_coded(coded, text):
    assert not coded[text], [e.to_dict() for e in coded[text]]
