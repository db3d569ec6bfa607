"""Actor recognition fixes (cx-actorfix, eval/gold/{lt,en}.cx-actorfix.jsonl): a country another title has taken
is no nationality of the next title ("the leaders of France and Germany met President X"); an organisation's
title over a national with no office at home is the organisation's ("EU envoy Miroslav Lajčák"); a former
official of an organisation no longer speaks for it; the Taliban government is the Afghan government; a name
that is also an ordinary word opens a Lithuanian sentence as a name before a verb ("Trumpas pagrasino"); only a
capital acting as a subject stands for its government; a person whose title names no country is unresolved."""

from __future__ import annotations

import pytest
from conftest import RULES_ONLY, coded_events, triples

from kronika.config import load_config
from kronika.evaluate import run_items


def actors(text, lang, date):
    art = run_items([{"id": "a", "lang": lang, "date": date, "text": text}], load_config(**RULES_ONLY))["a"]
    return sorted(m.actor for m in art.mentions if m.role == "actor" and m.actor)


EVENTS = [
    ("en", "2024-09-02", "The presidents of Poland and Lithuania met Prime Minister Denys Shmyhal in Warsaw.",
     {("POL", "UKR", "04"), ("UKR", "POL", "04"), ("LTU", "UKR", "04"), ("UKR", "LTU", "04")}),
    ("en", "2023-05-10", "EU special representative Miroslav Lajčák met Kosovo Prime Minister Albin Kurti.",
     {("EU", "XKX", "04"), ("XKX", "EU", "04")}),
    ("lt", "2023-05-10", "ES specialusis pasiuntinys Miroslavas Lajčákas susitiko su Kosovo premjeru Albinu Kurti.",
     {("EU", "XKX", "04"), ("XKX", "EU", "04")}),
    ("en", "2024-02-14", "India held talks with the Taliban government in Kabul.",
     {("IND", "AFG", "04"), ("AFG", "IND", "04")}),
    ("lt", "2025-02-11", "Trumpas pagrasino Meksikai muitais.", {("USA", "MEX", "13")}),
    ("en", "2024-05-16", "Lviv and Gdansk agreed on a new bus route.", set()),
    ("lt", "2024-05-16", "Lvovas ir Gdanskas susitarė dėl naujo autobusų maršruto.", set()),
]


@pytest.mark.parametrize("lang,date,text,want", EVENTS)
def test_events(lang, date, text, want):
    assert triples(coded_events([text], lang, date)[text], both=True) == want


def test_former_official_of_an_organisation():
    assert actors("Iran is enriching uranium again, said a former IAEA inspector.", "en", "2024-06-01") == ["IRN"]
    assert actors("Iranas vėl sodrina uraną, sakė buvęs TATENA inspektorius.", "lt", "2024-06-01") == ["IRN"]


def test_afghan_group_and_country_are_one_nationality():
    assert actors("JT sukritikavo Afganistano talibų valdžią.", "lt", "2024-08-22") == ["AFGGOV", "UN"]


def test_name_with_its_own_letters_in_english():
    assert actors("President Gitanas Nausėda thanked Poland.", "en", "2024-06-12") == ["LTUGOV", "POL"]


def test_ordinary_word_opening_a_sentence_stays_a_word():
    assert actors("Trumpas vizitas Kaune baigėsi be pareiškimų.", "lt", "2025-03-05") == []


def test_title_naming_no_country_is_unresolved():
    assert actors("Foreign Minister Karim Haddad said the talks had been useful.", "en", "2024-02-20") == []
    assert actors("Gynybos ministras Arturo Velasco sakė, kad radaras veiks.", "lt", "2024-02-20") == []
