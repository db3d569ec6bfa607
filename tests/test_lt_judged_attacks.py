"""Lithuanian verbs of judging (pasmerkti, pasveikinti, pavadinti) whose object is an attack named by a noun:
the judge is no party of the attack, and the attack judged is the earlier act of its kind (any violent act for
"ataka", "išpuolis"), not the last act told. Rules alone; the sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded_triples


@pytest.mark.parametrize("text,never", [
    # a list of judges: no attack between two of them
    ("Švedijos premjeras Ulfas Kristerssonas ir Ispanijos premjeras Pedro Sánchezas pasmerkė ataką.",
     {("SWE", "ESP"), ("ESP", "SWE")}),
    # the judge is no agent of the attacks, nor is the attacked side whom it promises help its target
    ("Kinija apšaudė Taivano salą. Kanados premjeras griežtai pasmerkė atakas ir pažadėjo Taivanui paramos.",
     {("CAN", "TWN", "19"), ("CAN", "TWN", "18"), ("CAN", "TWN", "20")}),
    # the verb after the noun: the genitive before the noun is the attack's, the subject before it judges
    ("Sirijos ministras „Hezbollah“ puolimą pasveikino.", {("SYR", "LBN", "19")}),
])
def test_the_judge_of_an_attack_is_no_party_of_it(text, never):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert not any((s, t) in never or (s, t, r) in never for s, t, r in got), got


@pytest.mark.parametrize("text,want", [
    # the attack's own genitive agent and "prieš" complement after the verb of judging are its parties
    ("Norvegija griežtai pasmerkė Rusijos ataką prieš Ukrainą.", {("NOR", "RUS", "11"), ("RUS", "UKR", "19")}),
    # a denial of one's own act keeps the denier as the agent
    ("Indija paneigė surengusi smūgius Kinijos teritorijoje.", {("IND", "CHN", "01")}),
])
def test_an_attack_in_its_own_phrase_keeps_its_parties(text, want):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert want <= got, got


def test_the_attack_judged_is_the_earlier_one_of_its_kind():
    # the side attacked answered with strikes of its own (no target named): "ataką" is the first side's attack
    text = ("„Hezbollah“ kovotojai surengė ataką prieš Izraelį. Izraelio kariuomenė atsakė oro smūgiais. "
            "Graikijos premjeras pasmerkė ataką.")
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert ("GRC", "LBN", "11") in got, got  # (Hezbollah, by its country)
    assert not any(s == "GRC" and t == "ISR" for s, t, _r in got), got


def test_a_quoted_name_after_a_preposition_is_governed_by_it():
    # "prieš „Hezbollah“": the quote mark stands between the preposition and the name; the name is the attack's
    # target, not the object of the verb of judging
    got = coded_triples(["Kanados ministras pasmerkė Izraelio ataką prieš „Hezbollah“ Libane."], "lt", "2024-05-01")[0]
    assert ("CAN", "ISR", "11") in got, got
    assert ("CAN", "LBN", "11") not in got, got
    # near miss: a quoted name that is the verb's own object stays its target
    got = coded_triples(["Kanados ministras pasmerkė „Hezbollah“."], "lt", "2024-05-01")[0]
    assert ("CAN", "LBN", "11") in got, got


def test_a_fronted_judged_act_is_aimed_at_its_owner_not_at_its_target():
    # the object before the verb: "Turkijos smūgius" owns the act, "Sirijos ... bazėms" is what it hit
    got = coded_triples(["Turkijos smūgius Sirijos karinėms bazėms antradienį pasmerkė Egiptas."], "lt",
                        "2024-05-01")[0]
    assert ("EGY", "TUR", "11") in got, got
    assert ("EGY", "SYR", "11") not in got, got
    # near miss: a coordinated pair of owners before the act's noun are both judged
    got = coded_triples(["Egiptas Turkijos ir Kataro karines pratybas pasmerkė."], "lt", "2024-05-01")[0]
    assert {("EGY", "TUR", "11"), ("EGY", "QAT", "11")} <= got, got
