"""Lithuanian labels and judged acts: who judges whom when the judged act stands before the verb
("Maskvos grasinimus pavadino ..."), an indeclinable owner of the judged act ("JAV sprendimą"), and the
words of a critical label ("istorine klaida")."""
from __future__ import annotations

import pytest
from conftest import RULES_ONLY

from kronika.config import load_config
from kronika.evaluate import run_items


def _coded(text: str) -> set[tuple[str | None, str | None, str]]:
    art = run_items([{"id": "x", "lang": "lt", "date": "2024-05-01", "text": text}], load_config(**RULES_ONLY))["x"]
    return {(e.source_country, e.target_country, e.cameo[:2]) for e in art.events}


@pytest.mark.parametrize("text,want", [
    # an indeclinable name before the accusative object is its owner, not a second subject
    ("Lenkijos užsienio reikalų ministerija JAV sprendimą pavadino klaida.", ("POL", None, "11")),
    ("Vengrijos ministras ES veiksmus pavadino šantažu.", ("HUN", None, "11")),
    # a label of mistake, betrayal or despair is criticism, even with a word that praises elsewhere
    ("Šiaurės Makedonijos premjeras Bulgarijos sprendimą pavadino istorine klaida.", ("MKD", "BGR", "11")),
    ("Latvijos premjerė Maskvos grasinimus pavadino beviltiško žmogaus žingsniu.", ("LVA", "RUS", "11")),
])
def test_the_judge_and_the_judged(text, want):
    got = _coded(text)
    src, tgt, root = want
    assert any(s == src and (tgt is None or t == tgt) and r == root for s, t, r in got), got
    assert not any(r == "05" for _, _, r in got), got  # no praise


def test_the_owner_reading_targets_the_owner():
    art = run_items([{"id": "x", "lang": "lt", "date": "2024-05-01",
                      "text": "Lenkijos ministerija JAV sprendimą pavadino klaida."}], load_config(**RULES_ONLY))["x"]
    assert [(e.source_actor, e.target_actor, e.cameo[:2]) for e in art.events] == [("POLGOV", "USA", "11")]


def test_a_judged_act_told_before_its_verb_is_no_act_of_the_judge():
    # "Maskvos grasinimus": Moscow's threats, judged by Latvia; Latvia threatened no one
    got = _coded("Latvijos premjerė Maskvos grasinimus griežtai pasmerkė.")
    assert ("LVA", "RUS", "11") in got and not any(r == "13" for _, _, r in got)


@pytest.mark.parametrize("text,want", [
    ("Japonija, Pietų Korėja ir JAV pasmerkė Šiaurės Korėjos raketos paleidimą.", {"JPN", "KOR", "USA"}),
    ("Lietuva ir JAV sekmadienį pasirašė gynybos susitarimą.", {"LTU", "USA"}),
])
def test_an_indeclinable_name_in_a_list_or_before_a_time_word_stays_a_subject(text, want):
    assert want <= {s for s, _, _ in _coded(text)}


def test_an_indeclinable_name_owning_a_noun_in_another_case_is_no_target():
    # "pirmąja ES valstybe": the EU names which states; it is not the object of the act
    assert not any("EU" in (s, t) for s, t, _ in _coded(
        "Estija tapo pirmąja ES valstybe, atsisakiusia rusiškų trąšų importo."))


def test_a_denial_with_no_one_named_answers_the_other_party_of_the_deniers_latest_act():
    # "Minskas kaltinimus atmetė ir pareiškė, kad Vilnius ...", a sentence after the accusation: the accuser
    text = ("Lietuvos prezidentas apkaltino Baltarusiją organizavus migrantų srautus. Pasieniečių duomenimis, per "
            "savaitę sulaikyta per 300 žmonių. Minskas kaltinimus atmetė ir pareiškė, kad Vilnius pats kuria įtampą.")
    assert ("BLR", "LTU", "01") in _coded(text)


@pytest.mark.parametrize("second", [
    "Ruanda neigia remianti sukilėlius.",  # the rebels are the object of the act denied
    "Ruanda neigia prisidėjusi prie išpuolio.",  # the act denied names no party
])
def test_a_denied_act_told_by_a_participle_leaves_the_denial_to_answer_the_other_party(second):
    got = _coded("Kinšasa nutraukė diplomatinius santykius su Kigaliu. " + second)
    assert ("RWA", "COD", "01") in got


@pytest.mark.parametrize("text,want", [
    # the drones name the attacker; the verb is the act
    ("Rusijos dronai naktį į ketvirtadienį atakavo Odesos uostą.", ("RUS", "UKR", "19")),
    # the object before the verb, the counted genitive after it is the subject
    ("Izraelį šeštadienio naktį atakavo daugiau nei 300 Irano dronų ir raketų.", ("IRN", "ISR", "19")),
])
def test_lithuanian_drone_attacks_told_with_the_verb(text, want):
    assert want in _coded(text)


def test_a_counted_genitive_after_the_verb_stays_its_object():
    got = _coded("Rusijos kariai nužudė šimtus Ukrainos civilių.")
    assert ("RUS", "UKR", "18") in got or ("RUS", "UKR", "20") in got or ("RUS", "UKR", "19") in got, got
    assert not any(s == "UKR" for s, _, _ in got)


@pytest.mark.parametrize("text,want", [
    ("Lietuva paskelbė, kad išsiųs Rusijos diplomatą.", ("LTU", "RUS", "16")),
    ("Kinija pareiškė, kad įves sankcijas JAV bendrovėms.", ("CHN", "USA", "16")),
])
def test_a_kad_clause_with_no_subject_tells_the_speakers_act(text, want):
    assert want in _coded(text)


@pytest.mark.parametrize("text,unwanted", [
    ("Rusija neigia, kad atakavo Ukrainos ligoninę.", ("RUS", "UKR", "19")),  # a denial, no attack
    ("Ukraina pranešė, kad okupantai apšaudė Moldovos pasienio postą.", ("UKR", "MDA", "19")),  # its own subject
])
def test_a_kad_clause_after_a_denial_or_with_a_subject_is_not_the_speakers_act(text, unwanted):
    assert unwanted not in _coded(text)


def test_a_kad_clause_in_the_first_person_is_not_the_speakers_country():
    # "esame pasirengę": we (the speaker's side) - a first person verb is left to the rules for pronouns
    got = _coded("Lietuvos prezidentas pareiškė, kad išsiųsime Rusijos diplomatą.")
    assert not any(r in ("13", "16") for _, _, r in got), got


@pytest.mark.parametrize("text,want,not_src", [
    # an indeclinable name right before the verb, after the subject, is the object
    ("Rusijos prezidentas Vladimiras Putinas N. Maduro jau pasveikino.", ("RUS", "VEN", "05"), "VEN"),
    # a counted genitive before the verb is the object when the subject follows the verb
    ("Pirmadienį dešimtis Rusijos diplomatų išsiųsti nusprendė Vokietija.", ("DEU", "RUS", "16"), "RUS"),
])
def test_lithuanian_object_before_the_verb(text, want, not_src):
    got = _coded(text)
    assert want in got and not any(s == not_src for s, _, _ in got), got


def test_an_indeclinable_name_in_a_condition_keeps_its_own_clause():
    got = _coded("Kremlius perspėjo, kad Rusija atsakys, jei JAV perduos Ukrainai tolimojo nuotolio raketas.")
    assert ("USA", "UKR", "07") in got, got


def test_a_second_verb_joined_by_ir_keeps_its_own_object():
    got = _coded("Jordanija ir Egiptas pasmerkė Izraelio operaciją Gazos Ruože ir paragino JT įsikišti.")
    assert ("JOR", "ISR", "11") in got and ("JOR", None, "11") not in got
    assert not any(t is None and r == "11" for _, t, r in got)


def test_a_preposition_governs_the_genitive_a_name_opens_with_not_its_nominative_head():
    assert ("RUS", "UKR", "11") in _coded("Po išpuolio koncertų salėje prie Maskvos Kremlius apkaltino Ukrainą.")


def test_the_future_of_an_eti_verb_is_an_intention():
    # "pradės" (pradėti): a future, not the genitive ending -ės
    art = run_items([{"id": "x", "lang": "lt", "date": "2024-05-01", "text": "ES pradės stojimo derybas su Ukraina."}],
                    load_config(**RULES_ONLY))["x"]
    assert ("EU", "UKR", "036", "intended") in {(e.source_actor, e.target_country, e.cameo, e.modality) for e in art.events}


def test_mediators_act_on_the_parties_of_the_talks_they_mediate():
    got = _coded("Egiptas ir Kataras tarpininkauja Izraelio ir „Hamas“ derybose dėl naujų paliaubų.")
    assert {("EGY", "ISR", "04"), ("QAT", "ISR", "04")} <= got, got
    assert ("EGY", "QAT", "04") not in got


def test_the_indeclinable_eu_owning_the_judged_act_is_the_target():
    art = run_items([{"id": "x", "lang": "lt", "date": "2024-05-01",
                      "text": "Vengrijos ministras ES veiksmus pavadino šantažu."}], load_config(**RULES_ONLY))["x"]
    assert [(e.source_actor, e.target_actor, e.cameo[:2]) for e in art.events] == [("HUNGOV", "EU", "11")]


@pytest.mark.parametrize("text,want", [
    ("JAV parėmė ir apginklavo Ukrainą.", ("USA", "UKR", "05")),  # two verbs side by side share the object
    ("Dešimtys Rusijos dronų atakavo Kyjivą, pranešė Ukrainos kariuomenė.", ("RUS", "UKR", "19")),
])
def test_shared_objects_and_a_closing_attribution(text, want):
    assert want in _coded(text)
