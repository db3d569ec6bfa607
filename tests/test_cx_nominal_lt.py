"""Lithuanian events in noun phrases, passives, gapping and lists (eval/gold/lt.cx-nominal.jsonl): a handful
of representative constructions are coded with the right direction and root, and look-alikes are not."""

from __future__ import annotations

import pytest
from conftest import RULES_ONLY

from kronika.config import load_config
from kronika.evaluate import run_items

CODED = [
    # passive with a genitive agent after the participle; the subject's own genitive is no agent
    ("Ukrainos miestas Charkivas naktį buvo apšaudytas Rusijos pajėgų.", ("RUS", "UKR", "19")),
    # agentless passive: the state an expulsion is from
    ("Trys Rusijos diplomatai buvo išsiųsti iš Estijos.", ("EST", "RUS", "16")),
    # agentless passive: the ministry a summons is to
    ("Rusijos ambasadorius pirmadienį buvo iškviestas į Lietuvos užsienio reikalų ministeriją.", ("LTU", "RUS", "11")),
    # passive with an event noun as subject and a decision noun naming the agent
    ("Sankcijos Baltarusijai buvo įvestos ES sprendimu.", ("EU", "BLR", "16")),
    # joint act whose parties stand after 'tarp'
    ("Gynybos sutartis tarp Japonijos ir Filipinų buvo pasirašyta Maniloje.", ("JPN", "PHL", "05")),
    # gapping: a new subject and a dash repeat the act
    ("Lietuva išsiuntė du Rusijos diplomatus, Latvija – vieną.", ("LVA", "RUS", "16")),
    ("JAV įvedė naujų sankcijų Iranui, ES – Baltarusijai.", ("EU", "BLR", "16")),
    # a nominal act inside a condemnation, its target the owner of what it hit
    ("Lietuvos Seimas vienbalsiai pasmerkė Rusijos smūgius Ukrainos energetikos infrastruktūrai.", ("RUS", "UKR", "19")),
    ("Lietuvos Seimas vienbalsiai pasmerkė Rusijos smūgius Ukrainos energetikos infrastruktūrai.", ("LTU", "RUS", "11")),
    # a genitive agent between 'per' and its noun
    ("Per Rusijos dronų ataką prieš Kyjivą žuvo trys žmonės.", ("RUS", "UKR", "19")),
]

QUIET = [
    "Taikos derybų tarp Rusijos ir Ukrainos kol kas nėra.",
    "Vilniuje paminėtos Sovietų Sąjungos invazijos į Čekoslovakiją metinės.",
    "Lenkijos ir Vokietijos siena driekiasi Oderio upe.",
]


def _events(text: str) -> list:
    res = run_items([{"id": "x", "lang": "lt", "date": "2024-05-01", "text": text}], load_config(**RULES_ONLY))
    return res["x"].events


@pytest.mark.parametrize("text,want", CODED)
def test_lt_nominal_passive_gapping_coded(text, want):
    src, tgt, root = want
    got = {(e.source_country or e.source_actor, e.target_country or e.target_actor, e.cameo[:2])
           for e in _events(text)}
    assert (src, tgt, root) in got, got


@pytest.mark.parametrize("text", QUIET)
def test_lt_nominal_lookalikes_stay_quiet(text):
    firm = [e for e in _events(text) if e.modality in ("asserted", "reported") and not e.historical]
    assert not firm, [(e.source_actor, e.target_actor, e.cameo, e.rule) for e in firm]
