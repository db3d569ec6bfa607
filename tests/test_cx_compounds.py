"""Events packed into noun phrases (cx-compounds, eval/gold/{lt,en}.cx-compounds.jsonl): a mediating compound
("Egypt-brokered", "Kataro tarpininkavimu") mediates between the parties of the joint-act noun it modifies; two
genitives side by side before a noun are its agent and object; the intransitive "prasidėti" leaves the event noun
its trigger; forces deployed into a country are 074 (to a border 154); closing a border or airspace to a country
and tariffs named as nouns are 163; a trade word modifying talks or a deal is no trade. Each text must yield
exactly the (source country, target country, root) triples listed."""

from __future__ import annotations

import pytest
from conftest import coded_events, triples

EN = [
    ("An Egypt-brokered truce between Israel and Islamic Jihad took effect on Sunday night.",
     {("EGY", "ISR", "04"), ("EGY", "PSE", "04"), ("ISR", "PSE", "08"), ("PSE", "ISR", "08")}),
    ("The Qatar-mediated Afghanistan-Pakistan ceasefire deal was announced in Doha on Sunday.",
     {("QAT", "AFG", "04"), ("QAT", "PAK", "04"), ("AFG", "PAK", "05"), ("PAK", "AFG", "05")}),
    ("Sweden's deployment of a mechanised battalion to Latvia began on Monday.", {("SWE", "LVA", "07")}),
    ("Belarus deployed extra troops to its border with Ukraine on Friday.", {("BLR", "UKR", "15")}),
    ("Poland's closure of its border crossings with Belarus was extended on Tuesday.", {("POL", "BLR", "16")}),
    ("Mexico's counter-tariffs on American steel were announced on Wednesday.", {("MEX", "USA", "16")}),
    ("The Australia-India trade talks resumed in Canberra on Tuesday.", {("AUS", "IND", "04"), ("IND", "AUS", "04")}),
]

LT = [
    ("Egipto tarpininkavimu sudarytos Izraelio ir Islamo džihado paliaubos įsigaliojo sekmadienio vakarą.",
     {("EGY", "ISR", "04"), ("EGY", "PSE", "04"), ("ISR", "PSE", "08"), ("PSE", "ISR", "08")}),
    ("Rusijos Gruzijos blokada tęsėsi jau savaitę.", {("RUS", "GEO", "19")}),
    ("Lenkijos ir Lietuvos derybos dėl elektros jungties prasidėjo antradienį Varšuvoje.",
     {("POL", "LTU", "04"), ("LTU", "POL", "04")}),
    ("Švedijos bataliono dislokavimas Latvijoje prasidėjo pirmadienį.", {("SWE", "LVA", "07")}),
    ("Norvegijos oro erdvės uždarymas Rusijos lėktuvams įsigaliojo ketvirtadienį.", {("NOR", "RUS", "16")}),
    ("Meksikos muitai JAV plienui įsigaliojo trečiadienį.", {("MEX", "USA", "16")}),
]


@pytest.fixture(scope="module")
def coded_en():
    return coded_events([t for t, _ in EN], "en", "2025-06-10")


@pytest.fixture(scope="module")
def coded_lt():
    return coded_events([t for t, _ in LT], "lt", "2025-06-10")


@pytest.mark.parametrize("text,want", EN)
def test_cx_compounds_en(coded_en, text, want):
    assert triples(coded_en[text]) == want


@pytest.mark.parametrize("text,want", LT)
def test_cx_compounds_lt(coded_lt, text, want):
    assert triples(coded_lt[text]) == want
