"""Which code of a root a trigger gives, where the gold sets (and CAMEO's own reading of news) settle it: a
state's strikes are air, missile or drone strikes (195); an accusation of an attack or a provocation is the
plain accusation (112), of aggression or invasion 1123; urging restraint is 0256; agreeing to joint defence
is intent to cooperate militarily (0312), on trade or energy economically (0311); an announced restriction keeps
its 16x code, intended. Also: who the agent of an attack noun is, reductions of relations, and what is no act.
Rules alone."""
from __future__ import annotations

import pytest
from conftest import RULES_ONLY

from kronika.config import load_config
from kronika.evaluate import run_items


def _events(lang: str, text: str) -> list:
    """The events the rules alone code in one text."""
    return run_items([{"id": "x", "lang": lang, "date": "2024-05-01", "text": text}], load_config(**RULES_ONLY))["x"].events


CASES = [
    ("en", "Israel struck Houthi positions in Yemen on Saturday.", ("ISR", "YEM", "195")),
    ("en", "Serbia accused Kosovo of a provocation on the border.", ("SRB", "XKX", "112")),
    ("en", "Ukraine accused Russia of aggression.", ("UKR", "RUS", "1123")),
    ("en", "Russia accused NATO of preparing for a war.", ("RUS", "NATO", "112")),
    ("en", "Washington urged Pakistan and India to refrain from further escalation.", ("USA", "PAK", "0256")),
    ("en", "Poland and Lithuania agreed to build a joint air defence system.", ("POL", "LTU", "0312")),
    ("en", "Hungary and Serbia agreed to build an oil pipeline between the two countries.", ("HUN", "SRB", "0311")),
    ("lt", "Izraelis smogė Iranui netoli Isfahano.", ("ISR", "IRN", "195")),
    ("lt", "Rusijos raketų smūgis Kyjivo ligoninei sukėlė gaisrą.", ("RUS", "UKR", "195")),
    ("lt", "Baltarusija apkaltino Lietuvą rengiant provokacijas pasienyje.", ("BLR", "LTU", "112")),
    ("lt", "Ukraina apkaltino Rusiją agresija.", ("UKR", "RUS", "1123")),
    ("lt", "Prancūzija paragino Iraną nedelsiant sustabdyti eskalaciją.", ("FRA", "IRN", "0256")),
    ("lt", "Lietuva ir Lenkija susitarė kartu statyti gynybinius įtvirtinimus.", ("LTU", "POL", "0312")),
]


@pytest.mark.parametrize("lang,text,want", CASES)
def test_the_code_of_the_root(lang, text, want):
    evs = _events(lang, text)
    got = {(e.source_country or e.source_actor, e.target_country or e.target_actor, e.cameo) for e in evs}
    assert want in got, got


@pytest.mark.parametrize("text,want", [
    ("Japonija paragino Kiniją atšaukti jūros gėrybių importo draudimą.", ("JPN", "CHN", "0254")),
    ("Europos Sąjunga paragino Sakartvelą atšaukti užsienio agentų įstatymą.", ("EU", "GEO", "0242")),
    ("Lenkija pažadėjo Ukrainai 40 šarvuočių.", ("POL", "UKR", "0332")),
])
def test_lithuanian_urging_and_pledging_say_what(text, want):
    evs = _events("lt", text)
    got = {(e.source_country or e.source_actor, e.target_country or e.target_actor, e.cameo) for e in evs}
    assert want in got, got


@pytest.mark.parametrize("text,want", [
    ("Russian troops entered Ukraine from the north and east at dawn on Thursday.", ("RUS", "UKR", "19")),
    ("Zelensky proposed meeting Prime Minister Donald Tusk at the border.", ("UKR", "POL", "03")),
])
def test_english_entering_with_troops_and_proposing_to_meet_someone(text, want):
    evs = _events("en", text)
    got = {(e.source_country, e.target_country, e.cameo[:2]) for e in evs}
    assert want in got, got


def test_entering_into_force_is_no_incursion():
    evs = _events("en", "The trade agreement between Japan and Russia entered into force on Monday.")
    assert not any(e.cameo.startswith("19") for e in evs)


def test_a_list_named_far_after_the_verb_completes_it():
    # the list closes a long object: the trigger looks as far as the pattern says (with_window)
    evs = _events("lt", "Lietuva pirmadienį įtraukė Baltarusijos prezidentą Aliaksandrą Lukašenką ir dar 29 šalies "
                      "pareigūnus į nepageidaujamų asmenų sąrašą.")
    assert ("LTU", "BLR", "163") in {(e.source_country, e.target_country, e.cameo) for e in evs}


@pytest.mark.parametrize("text,want,unwanted", [
    ("The African Union suspended Sudan on Wednesday over the military takeover.", ("AU", "SDN", "16"),
     ("AU", "SDN", "03")),
    ("Armenia's prime minister said his country would leave the CSTO.", ("ARM", "CSTO", "16"), ("ARM", "CSTO", "13")),
    ("Lithuania, Latvia and Estonia disconnected their power grids from Russia and Belarus on Saturday.",
     ("LTU", "RUS", "16"), ("LTU", "LVA", "16")),
    ("CIA Director John Ratcliffe said Washington had paused intelligence sharing with Ukraine.",
     ("USA", "UKR", "16"), ("UKR", "USA", "16")),
])
def test_english_reducing_relations(text, want, unwanted):
    evs = _events("en", text)
    got = {(e.source_country or e.source_actor, e.target_country or e.target_actor, e.cameo[:2]) for e in evs}
    assert want in got and unwanted not in got, got


def test_two_that_cut_ties_broke_them_with_each_other():
    evs = _events("en", "Saudi Arabia and Iran cut ties in 2016.")
    got = {(e.source_country, e.target_country, e.cameo[:2]) for e in evs}
    assert {("SAU", "IRN", "16"), ("IRN", "SAU", "16")} <= got, got


@pytest.mark.parametrize("text,want", [
    ("A Russian attack on Kharkiv killed five people.", ("RUS", "UKR", "19")),
    ("Israeli strikes on Gaza killed 20 people.", ("ISR", "PSE", "19")),
    ("An Israeli strike on a tent camp in Rafah killed 45 people.", ("ISR", "PSE", "19")),
])
def test_a_nationality_adjective_before_an_attack_noun_is_its_agent(text, want):
    evs = _events("en", text)
    got = {(e.source_country, e.target_country, e.cameo[:2]) for e in evs}
    assert want in got, got


def test_sending_drones_is_military_aid():
    evs = _events("lt", "Kanada paskelbė, kad nusiųs Ukrainai 800 dronų.")
    assert ("CAN", "UKR", "0332") in {(e.source_country, e.target_country, e.cameo) for e in evs}


def test_talking_to_is_consulting():
    evs = _events("en", "Turkey will keep talking to Russia.")
    assert ("TUR", "RUS", "036") in {(e.source_country, e.target_country, e.cameo) for e in evs}


def test_a_word_of_a_name_is_no_trigger():
    evs = _events("en", "Fighters of Sudan's paramilitary Rapid Support Forces killed hundreds of civilians in El Fasher.")
    assert not any(e.cameo.startswith("05") for e in evs)


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Finland will close its border with Russia.", ("FIN", "RUS", "163", "intended")),
    ("en", "Lithuania plans to expel Russian diplomats.", ("LTU", "RUS", "161", "intended")),
    ("lt", "Suomija uždarys visą sieną su Rusija.", ("FIN", "RUS", "163", "intended")),
    ("en", "Russia threatened to cut gas supplies to Moldova.", ("RUS", "MDA", "1312", "asserted")),
])
def test_an_announced_coercive_act_keeps_its_code_and_a_threat_is_a_threat(lang, text, want):
    evs = _events(lang, text)
    got = {(e.source_country, e.target_country, e.cameo, e.modality) for e in evs}
    assert want in got, got


@pytest.mark.parametrize("text,unwanted", [
    ("Biden will leave Poland on Friday after signing the treaty.", "16"),  # a place left, no organisation
    ("An anti-Israeli attack on the French embassy killed two.", "19"),
    ("A Chinese attack on Taiwan would trigger a war.", "19"),
])
def test_no_reduction_or_attack_where_none_is_told(text, unwanted):
    evs = _events("en", text)
    assert not any(e.cameo.startswith(unwanted) and e.modality == "asserted" for e in evs)


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan suspended peace talks.",
    "India and Pakistan suspended trade.",
])
def test_two_that_reduce_what_is_between_them_do_it_to_each_other(text):
    evs = _events("en", text)
    pairs = {(e.source_country, e.target_country) for e in evs if e.cameo.startswith("16")}
    assert len(pairs) == 2, pairs


@pytest.mark.parametrize("text", [
    "The United States and Japan restricted exports of chipmaking equipment.",  # on a third party, not each other
    "Poland and Lithuania closed their airspace.",
])
def test_restricting_what_is_not_between_them_is_no_act_on_each_other(text):
    assert not any(e.cameo.startswith("16") for e in _events("en", text))


def test_a_modal_further_on_leaves_the_attack_told():
    evs = _events("en", "A Russian attack on Kharkiv killed five people and officials warned the toll could rise.")
    assert ("RUS", "UKR", "190") in {(e.source_country, e.target_country, e.cameo) for e in evs}
