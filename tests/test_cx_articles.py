"""Whole news articles (probe set eval/gold/en.cx-articles.jsonl): the lede's events are coded, background paragraphs
dated to an earlier year are marked history, a war somewhere else or a war that nearly happened gives no event
between the article's parties, people named as "they" are not the countries, and an act restated later in the
article is coded once."""

from __future__ import annotations

import pytest
from conftest import RULES_ONLY

from kronika.config import load_config
from kronika.evaluate import run_items

ARTICLES = {
    "egypt": (
        "ANKARA — Turkey and Egypt signed agreements on energy and trade on Wednesday as President Tayyip Erdogan "
        "hosted his Egyptian counterpart in Ankara.\n"
        "Ankara recalled its ambassador from Cairo in 2013, and Egypt expelled the Turkish envoy that year.\n"
        "Sisi said the two sides had discussed the war in Gaza and the conflicts in Libya and Sudan.\n"
        "Both leaders called for an immediate ceasefire in Gaza.\n"
        "Turkey and Egypt have backed rival sides in Libya's civil war.\n"
        "Trade between the two countries reached about 10 billion dollars in 2023."),
    "aegean": (
        "ATHENS — Greek Prime Minister Kyriakos Mitsotakis met Turkish President Tayyip Erdogan in Ankara on "
        "Wednesday.\n"
        "The neighbours came close to war in 1996 over a pair of uninhabited islets.\n"
        "In 2020 Turkey sent a survey ship escorted by warships into waters claimed by Greece."),
    "haiti": (
        "NAIROBI — Kenya has deployed a second contingent of police officers to Haiti.\n"
        "Gangs now control most of the Haitian capital.\n"
        "They have killed thousands of people this year, according to UN figures."),
    "pact": (
        "MANILA — Japan and the Philippines signed a defence pact on Monday.\n"
        "The pact was signed by Japan's foreign minister and the Philippine defence secretary.\n"
        "Japan and the Philippines signed the pact in Manila, officials said."),
}


@pytest.fixture(scope="module")
def coded():
    items = [{"id": k, "lang": "en", "date": "2024-07-10", "text": t} for k, t in ARTICLES.items()]
    res = run_items(items, load_config(**RULES_ONLY))
    return {k: [e for e in res[k].events if e.source_actor and e.target_actor] for k in ARTICLES}


def _keys(evs, hist=None):
    return {(e.source_country or e.source_actor, e.target_country or e.target_actor, e.cameo[:2]) for e in evs
            if hist is None or e.historical == hist}


def test_lede_coded_and_background_is_history(coded):
    evs = coded["egypt"]
    assert {("TUR", "EGY", "05"), ("EGY", "TUR", "05"), ("TUR", "EGY", "04")} <= _keys(evs, hist=False)
    recalled = [e for e in evs if e.cameo.startswith("16")]
    assert recalled and all(e.historical for e in recalled), [(e.cameo, e.historical) for e in recalled]


def test_no_war_between_the_parties_from_background(coded):
    # the war in Gaza, Libya's civil war and the ceasefire call are about others: no 19/02 act between the two
    assert not {k for k in _keys(coded["egypt"]) if k[2] in ("19", "02")}, _keys(coded["egypt"])
    # a war that nearly happened is no war; the dated 2020 show of force is history
    assert ("GRC", "TUR", "19") not in _keys(coded["aegean"]) and ("TUR", "GRC", "19") not in _keys(coded["aegean"])
    assert all(e.historical for e in coded["aegean"] if e.cameo[:2] == "15")


def test_people_are_not_the_countries(coded):
    assert not {k for k in _keys(coded["haiti"]) if k[2] in ("18", "19", "20")}, _keys(coded["haiti"])


def test_restated_act_coded_once(coded):
    signed = [e for e in coded["pact"] if e.cameo == "057" and (e.source_country, e.target_country) == ("JPN", "PHL")]
    assert len(signed) == 1, [(e.sentence_index, e.source_actor, e.target_actor) for e in signed]
