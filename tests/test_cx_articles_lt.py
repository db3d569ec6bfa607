"""Whole Lithuanian news articles (from eval/gold/lt.cx-articles.jsonl): background and history are coded once and
marked historical ('Dar 2023 m.', 'jau ne kartą atsakydavo', 'Tada Maskva pagrasino' after a dated sentence),
outside experts' views and guesses ('Saugumo ekspertų teigimu, ...', 'Kai kurie politologai mano, kad ...') yield
no event, a restated act is one event, and articles with no interaction yield none."""

from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest
from conftest import RULES_ONLY

from kronika.config import load_config
from kronika.evaluate import run_items

GOLD = Path(__file__).resolve().parent.parent / "eval" / "gold" / "lt.cx-articles.jsonl"


@pytest.fixture(scope="module")
def coded():
    items = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    res = run_items(items, load_config(**RULES_ONLY))
    return {it["id"]: res[it["id"]].events for it in items}


def _facts(evs):
    return {(e.source_country or e.source_actor, e.target_country or e.target_actor, e.cameo[:2], e.historical)
            for e in evs}


def test_expulsion_today_and_the_past_ones_marked_history(coded):
    got = _facts(coded["cx-ltL-016"])
    assert ("LVA", "RUS", "16", False) in got, got  # today's expulsion
    assert ("RUS", "LVA", "16", True) in got, got  # "Maskva jau ne kartą atsakydavo ... išsiųsdama": a past habit
    assert ("LVA", "RUS", "16", True) in got, got  # "2023 m. pradžioje Latvija sumažino ... santykių lygį"


def test_then_after_a_dated_background_sentence_is_history(coded):
    got = _facts(coded["cx-ltL-018"])
    assert ("FIN", "NATO", "05", True) in got, got
    assert ("RUS", "FIN", "13", True) in got, got  # "Tada Maskva pagrasino Helsinkiui ..."


@pytest.mark.parametrize("aid", ["cx-ltL-002", "cx-ltL-004", "cx-ltL-016", "cx-ltL-018"])
def test_experts_views_yield_no_event_and_acts_are_not_repeated(coded, aid):
    evs = coded[aid]
    assert not [e.sentence for e in evs if "teigimu" in e.sentence or "nuomone" in e.sentence
                or " mano, kad" in e.sentence]
    keys = collections.Counter((e.source_country, e.target_country, e.cameo, e.historical, e.location,
                                e.sentence_index) for e in evs)
    by_act = collections.Counter(k[:5] for k in keys)
    # one event per act across the article's sentences (an act in another place is another act: the consulates
    # closed in Poznań and then in Kraków)
    assert all(n == 1 for n in by_act.values()), by_act


@pytest.mark.parametrize("aid", ["cx-ltL-031", "cx-ltL-033", "cx-ltL-034"])
def test_articles_without_interaction_yield_nothing(coded, aid):
    assert not coded[aid], [(e.source_actor, e.target_actor, e.cameo, e.sentence) for e in coded[aid]]
