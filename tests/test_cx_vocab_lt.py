"""Lithuanian event vocabulary across the CAMEO roots (from eval/gold/lt.cx-vocab.jsonl): verbs, nouns and set
phrases of news with the cases that give their roles. Each sentence must yield the (source country, target
country, root) pairs listed; the negatives use the same words in a sense that is no event."""

from __future__ import annotations

import pytest
from conftest import coded_events, triples

CASES = [
    ("Pekinas aštriai atkirto Vašingtonui, kad Taivano klausimas yra Kinijos vidaus reikalas.", {("CHN", "USA", "01")}),
    ("Iranas išreiškė pasirengimą atnaujinti branduolines derybas su JAV.", {("IRN", "USA", "03")}),
    ("Kinijos premjeras kitą savaitę lankysis Australijoje.", {("CHN", "AUS", "03")}),
    ("Vietnamas pakėlė santykius su Australija iki visapusiškos strateginės partnerystės lygio.",
     {("VNM", "AUS", "05"), ("AUS", "VNM", "05")}),
    ("Vengrijos premjeras gynė Slovakiją nuo Briuselio kritikos.", {("HUN", "SVK", "05")}),
    ("Kinija nurašė Zambijai dalį skolos.", {("CHN", "ZMB", "07")}),
    ("Švedija aprūpino Ukrainos kariuomenę šarvuotosiomis mašinomis.", {("SWE", "UKR", "07")}),
    ("Jungtinės Valstijos išbraukė Kubą iš terorizmą remiančių valstybių sąrašo.", {("USA", "CUB", "08")}),
    ("Kinija įvedė bevizį režimą Lenkijos piliečiams.", {("CHN", "POL", "08")}),
    ("Tarptautinis Teisingumo Teismas nurodė Izraeliui nedelsiant sustabdyti karinį puolimą Rafache.",
     {("ICJ", "ISR", "10")}),
    ("Europos Žmogaus Teisių Teismas priteisė iš Rusijos 130 mln. eurų kompensaciją Sakartvelui.",
     {("ECHR", "RUS", "11")}),
    ("Rusija denonsavo susitarimą su Suomija dėl pasienio bendradarbiavimo.", {("RUS", "FIN", "12")}),
    ("Kinija skraidino bombonešius netoli Taivano.", {("CHN", "TWN", "15")}),
    ("Italijos naikintuvai perėmė Rusijos žvalgybinį lėktuvą virš Baltijos jūros.", {("ITA", "RUS", "15")}),
    ("Afrikos Sąjunga sustabdė Gabono narystę po karinio perversmo.", {("AU", "GAB", "16")}),
    ("Latvija anuliavo kelių šimtų Rusijos piliečių vizas.", {("LVA", "RUS", "17")}),
    ("Kinijos pakrančių apsaugos laivas taranavo Filipinų tiekimo laivą.", {("CHN", "PHL", "19")}),
]

NEGATIVES = [
    "Lenkijos centrinis bankas pakėlė palūkanų normas.",
    "Lietuvos bankas nurašė beviltiškas paskolas.",
    "Savivaldybė aprūpino mokyklas naujais kompiuteriais.",
    "Bevizis režimas su Ukraina galioja nuo 2017 metų.",
    "Keltas praplaukė pro Kuršių neriją.",
    "Sociologai apklausė Latvijos gyventojus apie kainas.",
    "Venesuela deportavo šimtą Kolumbijos piliečių.",
]


@pytest.fixture(scope="module")
def coded():
    return coded_events([t for t, _ in CASES] + NEGATIVES, "lt", "2024-05-07")


@pytest.mark.parametrize("text,want", CASES)
def test_cx_vocab_lt_coded(coded, text, want):
    got = triples(coded[text])
    assert want <= got, f"missing {want - got}; got {got}"


@pytest.mark.parametrize("text", NEGATIVES[:-1])
def test_cx_vocab_lt_negatives_not_coded(coded, text):
    assert not coded[text], [e.to_dict() for e in coded[text]]


def test_cx_vocab_lt_one_hundred_is_no_mass_expulsion(coded):
    # "šimtą" (one hundred) deported is an expulsion of individuals (17), not a mass expulsion (20)
    roots = {e.cameo[:2] for e in coded[NEGATIVES[-1]]}
    assert roots == {"17"}, roots
