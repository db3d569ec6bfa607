"""Actors and events of Latin America, South and Southeast Asia and Oceania (cx-regions2): office holders of
the new officials file, armed groups and regional bodies of orgs.tsv, a capital that is also someone's first
name, and the few rules the probe set asked for (a protest addressed to a state, expelled advisers, transfers
of wanted people, Lithuanian past active participles the lemmatiser misses)."""

from __future__ import annotations

import pytest
from conftest import actor_codes, coded_events, triples


def _actors(text: str, lang: str, date: str) -> list[str]:
    return actor_codes(text, lang, date)


@pytest.mark.parametrize("text, lang, date, want", [
    # officials (kronika/data/actors/officials/part_regions2.tsv)
    ("Singapore's Prime Minister Lee Hsien Loong hosted Anwar Ibrahim in Singapore on Monday.", "en", "2023-01-30",
     ["SGPGOV", "MYSGOV"]),
    ("Nepal's Prime Minister Pushpa Kamal Dahal flew to New Delhi on Wednesday for talks.", "en", "2023-05-31",
     ["NPLGOV", "INDGOV"]),
    ("Honduras extradited former president Juan Orlando Hernández to the United States on Thursday.", "en",
     "2022-04-21", ["HND", "HNDELI", "USA"]),
    ("Laoso premjeras Sonexay Siphandone antradienį priėmė Japonijos premjerą Shigeru Ishibą.", "lt", "2024-10-09",
     ["LAOGOV", "JPNGOV"]),
    # armed groups and regional bodies (orgs.tsv)
    ("FARC dissidents attacked a police station in Cauca on Tuesday.", "en", "2024-04-09", ["FARCDISS", "COLCOP"]),
    ("FARC disidentai antradienį užpuolė policijos nuovadą Kaukos departamente.", "lt", "2024-04-09", ["FARCDISS"]),
    ("Philippine soldiers clashed with New People's Army guerrillas in Negros Oriental.", "en", "2023-03-21",
     ["PHLMIL", "NPA"]),
    ("Filipinų kariai Negroso saloje susirėmė su Naujosios liaudies armijos partizanais.", "lt", "2023-03-21",
     ["PHLMIL", "NPA"]),
    ("Pacific Islands Forum leaders welcomed Australia's offer on Thursday.", "en", "2024-08-29", ["PIF", "AUS"]),
    ("Islamabadas apkaltino Afganistano talibus, kad šie slepia TTP kovotojus.", "lt", "2024-12-24",
     ["PAKGOV", "TALIBAN", "TTP"]),
    # a bare surname that is also a capital is the capital ("Wellington" for Wellington Koo)
    ("Luxon said Wellington would not rule out joining the second pillar of AUKUS.", "en", "2024-05-07",
     ["NZLGOV", "NZLGOV", "AUKUS"]),
    # coast guard officers are its (COP) people
    ("Kinijos pakrančių apsaugos pareigūnai pirmadienį įlipo į Filipinų valtis.", "lt", "2024-06-17",
     ["CHNCOP", "PHL"]),
])
def test_regions2_actors(text, lang, date, want):
    assert _actors(text, lang, date) == want


def test_protest_addressed_to_a_state_is_an_official_complaint():
    texts = ["Hanoi protested to Beijing after Chinese officers beat Vietnamese fishermen near the Paracel Islands.",
             "Thousands of students protested against the government in Dhaka on Monday after the court ruling."]
    ev = coded_events(texts, "en", "2024-10-03")
    assert ("VNM", "CHN", "11") in triples(ev[texts[0]])
    assert all(e.cameo == "114" for e in ev[texts[0]] if e.rule == "en-protest-to")
    assert not any(e.rule == "en-protest-to" for e in ev[texts[1]])


def test_expelled_advisers_and_transferred_cartel_bosses():
    en = ["New Delhi suspended the treaty and expelled Pakistani military advisers on Wednesday.",
          "Mexico sent 29 alleged cartel leaders to the United States on Thursday, officials said."]
    ev = coded_events(en, "en", "2025-04-23")
    assert any(e.cameo == "166" and e.target_country == "PAK" for e in ev[en[0]])
    assert ("MEX", "USA", "06") in triples(ev[en[1]])
    lt = ["Naujasis Delis trečiadienį išsiuntė Pakistano karinius patarėjus.",
          "Meksika perdavė JAV 29 kartelių vadeivas, tarp jų Rafaelį Caro Quintero."]
    ev = coded_events(lt, "lt", "2025-04-23")
    assert any(e.cameo == "166" and e.target_country == "PAK" for e in ev[lt[0]])
    assert ("MEX", "USA", "06") in triples(ev[lt[1]])


def test_lt_past_active_participle_after_a_speech_verb():
    texts = ["Pakistanas pranešė numušęs du Indijos karo lėktuvus virš Kašmyro.",
             "Pakistano kariuomenė pranešė per reidą Beludžistane nukovusi 12 Beludžistano išsivadavimo armijos "
             "kovotojų.",
             "JT Saugumo Taryba yra uždraudusi Šiaurės Korėjai vykdyti balistinių raketų bandymus."]
    ev = coded_events(texts, "lt", "2024-02-18")
    assert ("PAK", "IND", "19") in triples(ev[texts[0]])
    assert ("PAK", "BLA", "19") in triples(ev[texts[1]]) or ("PAK", "PAK", "19") in triples(ev[texts[1]])
    assert not ev[texts[2]]  # the perfect "yra uždraudusi" tells a standing ban
