"""Session 11 review fixes, English (rules alone; the sentences are made up for the tests)."""
from __future__ import annotations

import pytest
from conftest import code_one


def coded(text):
    return {(e.source_country, e.target_country, e.cameo, e.modality) for e in code_one(text, "en").events
            if e.source_country and e.target_country}


def roots(text):
    return {(s[:3], t[:3], c[:2]) for s, t, c, _m in coded(text)}


# A closing attribution that only names the source of a report is no accusation; a negated judgement defends; a
# verdict on measures "against" a country is no criticism of that country (guide §6)
QUOTES_SOURCE = [
    ('"Belarus shelled two villages near the border overnight," the Polish border guard said.', ("POL", "BLR", "112")),
    ('"Turkey bombed Kurdish positions in Iraq on Sunday," a German diplomat told journalists.', ("DEU", "TUR", "112")),
    ('"China\'s trade policy is not illegal," the Brazilian foreign minister said.', ("BRA", "CHN", "111")),
    ('"The embargo against Cuba is illegal," the Mexican president said.', ("MEX", "CUB", "111")),
]


@pytest.mark.parametrize("text,never", QUOTES_SOURCE)
def test_a_quote_that_only_names_its_source(text, never):
    got = {(s, t, c) for s, t, c, _m in coded(text)}
    assert never not in got, got


def test_a_quote_of_harm_to_us_still_accuses():
    got = {(s, t, c) for s, t, c, _m in coded('"Belarus attacked us again last night," the Lithuanian president said.')}
    assert ("LTU", "BLR", "112") in got, got


# Ties said to stand some way: judged only with a judging word, whole words, negation flips; talks told as held or
# planned keep their meeting events
RELATION_TOLD = [
    ("Armenia said talks with Azerbaijan would resume in Vienna next month.", ("ARM", "AZE", "036"), None),
    ("Chile said talks with Peru focused on the fishing dispute.", ("CHL", "PER", "040"), None),
    ("Egypt said relations with Turkey would not improve soon.", ("EGY", "TUR", "012"), ("EGY", "TUR", "013")),
    ("Japan said ties with China were no longer good.", ("JPN", "CHN", "012"), ("JPN", "CHN", "013")),
    ("Mexico said cooperation with Canada covered goods and rights.", None, ("MEX", "CAN", "013")),
    # the near miss: a judged relation keeps its comment
    ("Tokyo said relations with Seoul were improving.", ("JPN", "KOR", "013"), None),
]


@pytest.mark.parametrize("text,want,never", RELATION_TOLD)
def test_said_relation_judged_only(text, want, never):
    got = {(s, t, c) for s, t, c, _m in coded(text)}
    if want:
        assert want in got, got
    if never:
        assert never not in got, got


# "spent the night shelling X": a span of time, no noun the -ing clause is about; "sent vessels blocking X": the
# sender's own craft do it; the near miss: "sanctions on companies supplying X" stays the companies' act
@pytest.mark.parametrize("text,want", [
    ("Azerbaijan spent the night shelling Armenian villages with mortars.", ("AZE", "ARM", "19")),
    ("Israel spent the weekend bombing Lebanese towns near the border.", ("ISR", "LBN", "19")),
    ("Turkey deployed a flotilla of patrol boats blocking Greek fishing vessels.", ("TUR", "GRC", "19")),
])
def test_an_ing_verb_after_time_or_sent_craft_is_the_subjects_act(text, want):
    assert want in roots(text), roots(text)


def test_an_ing_verb_after_a_noun_still_a_reduced_relative():
    got = roots("Japan imposed sanctions on companies supplying North Korea with missile parts.")
    assert ("JPN", "PRK", "07") not in got, got


# gapping: an adverbial after a listed target is no gapped object ("a third time", "a few days later", "one after
# another", "a great deal"); the near miss: "and Britain another 900" is a gapped clause
@pytest.mark.parametrize("text,want,never", [
    ("Canada sanctioned Iran and Syria a third time this year.", ("CAN", "SYR", "16"), ("SYR", "IRN", "16")),
    ("Russia struck Ukraine, Georgia, and Moldova one after another.", ("RUS", "MDA", "19"), ("MDA", "UKR", "19")),
    ("Kenya thanked Japan and South Korea a great deal for their aid.", ("KEN", "KOR", "05"), None),
    ("Biden met Xi in Bali and Modi a few days later in Delhi.", ("USA", "CHN", "04"), ("IND", "CHN", "04")),
])
def test_an_adverbial_is_no_gapped_object(text, want, never):
    got = roots(text)
    assert want in got, got
    if never:
        assert never not in got, got


def test_a_gapped_clause_still_repeats_the_act():
    got = roots("Italy will send 300 troops to Latvia and Spain another 500.")
    assert ("ESP", "LVA", "03") in got, got


# arrivals: the force word must be the arriving subject's own, and forces arriving for training or exercises do not
# protect the host (no 074); the near miss: police officers arriving in another country still do
@pytest.mark.parametrize("text,never", [
    ("Two days after Chinese warships entered the strait, the Japanese premier arrived in Manila.", ("JPN", "PHL", "07")),
    ("Georgian soldiers arrived in Germany for training.", ("GEO", "DEU", "07")),
    ("Chinese troops arrived in Serbia for joint drills.", ("CHN", "SRB", "07")),
])
def test_an_arrival_is_no_protection(text, never):
    assert never not in roots(text), roots(text)


def test_forces_arriving_still_protect():
    assert ("RWA", "MOZ", "07") in roots("Rwandan police officers arrived in Mozambique on Friday.")


# an attack's "of" phrase names no owner after a compass word or a preposition the tokenizer lists as no preposition
@pytest.mark.parametrize("text,never", [
    ("Indian troops shelled posts north of the Pakistani border.", ("IND", "PAK", "19")),
    ("Turkey bombed the village despite warnings of the United States.", ("TUR", "USA", "19")),
])
def test_no_owner_after_compass_or_despite(text, never):
    assert never not in roots(text), roots(text)


def test_an_attack_on_what_an_actor_owns_still_targets_it():
    got = {(e.target_actor, e.cameo[:2]) for e in code_one("Turkish jets bombed camps of the PKK in northern Syria.",
                                                            "en").events}
    assert ("PKK", "19") in got, got


# a hyphenated double nationality is the other country's citizen only when it names a person; the near miss: a dual
# national detained by one of its states
@pytest.mark.parametrize("text,want", [
    ("Japan sanctioned a Chinese-Russian joint venture making drone parts.", ("JPN", "CHN", "16")),
    ("Belarusian troops shelled a Lithuanian-Polish border crossing.", ("BLR", "LTU", "19")),
])
def test_a_hyphenated_thing_keeps_its_first_country(text, want):
    assert want in roots(text), roots(text)


def test_a_hyphenated_person_is_the_other_citizen():
    got = roots("Iran detained an Iranian-French dual national.")
    assert ("IRN", "FRA", "17") in got, got


# a purpose after "arrived ... on <day>" is done on the visit only when coming does it (thank, show support); signing
# a deal is still a plan (intended); the near miss: thanking on the visit is asserted
def test_arrived_to_sign_is_a_plan():
    got = coded("The French president arrived in Chisinau on Thursday to sign a defence pact with Moldova.")
    assert not any(c[:2] in ("03", "05") and m == "asserted" and {s, t} == {"FRA", "MDA"} for s, t, c, m in got), got


def test_arrived_to_thank_is_done():
    got = coded("The Estonian premier arrived in Kyiv on Monday to thank Ukraine for its courage.")
    assert ("EST", "UKR", "051", "asserted") in got, got


# welcoming refugees or migrants hosts no visit (043); the near miss is an official welcomed
def test_welcoming_refugees_hosts_no_visit():
    got = roots("Romania welcomed the Moldovan refugees fleeing the fighting.")
    assert ("ROU", "MDA", "04") not in got, got
    assert ("FRA", "DEU", "04") in roots("Macron welcomed the German chancellor.")


# a host of refugees or migrants hosts no meeting between them and other guests; the near miss: two leaders hosted
def test_hosted_refugees_meet_no_one():
    got = roots("Jordan hosts thousands of Iraqi refugees and many Sudanese.")
    assert not any(c == "04" and s != "JOR" and t != "JOR" for s, t, c in got), got
    assert ("ARM", "AZE", "04") in roots("Kazakhstan hosted the presidents of Armenia and Azerbaijan.")


# ", following <an event>," before the verb: the event's actors join no subject; the near miss: ", following the
# United States and Britain," adds them
def test_following_an_event_adds_no_subject():
    got = roots("Egypt, following the Turkish raids on Syria, criticised Ankara for its strikes on Aleppo.")
    assert ("SYR", "TUR", "11") not in got, got
    assert ("EGY", "TUR", "11") in got, got


def test_following_countries_join_the_subject():
    got = roots("Norway, following Sweden and Denmark, sanctioned Iranian banks.")
    assert ("SWE", "IRN", "16") in got and ("NOR", "IRN", "16") in got, got


# an attack "on X" that destroyed Y keeps its stated target X and adds Y; the near miss: "in <place>" is no target
def test_an_attack_on_a_city_keeps_it_as_target():
    got = roots("The Russian drone attack on Odesa damaged the Greek consulate.")
    assert ("RUS", "UKR", "19") in got and ("RUS", "GRC", "19") in got, got
    got = roots("A Turkish drone strike in Erbil killed an Iranian commander.")
    assert ("TUR", "IRQ", "19") not in got and ("TUR", "IRN", "19") in got, got


# talks said to be coming ("would resume", "will take place") are planned: 036 intended both ways; the near miss:
# talks told as held ("focused on") stay a meeting
def test_talks_said_to_come_are_planned():
    got = coded("Serbia said talks with Kosovo would resume in Brussels on Friday.")
    assert ("SRB", "XKX", "036", "intended") in got or ("SRB", "KOS", "036", "intended") in got, got
    got = roots("Chile said talks with Peru focused on the fishing dispute.")
    assert ("CHL", "PER", "04") in got, got
