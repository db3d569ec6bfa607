"""English clausal adjuncts and second events in one sentence (probe set eval/gold/en.cx-adjunct.jsonl):
participle clauses, "by"-gerunds, temporal clauses, relative clauses, coordinated verbs and reactions in the
next sentence each carry an event of their own, with the right source and target."""

from __future__ import annotations

import pytest
from conftest import RULES_ONLY

from kronika.config import load_config
from kronika.evaluate import run_items

CASES = [
    # a causative participle: the caused act happened (not a headline plan "Athens to summon ...")
    ("Iran seized a Greek-flagged oil tanker in the Gulf of Oman on Wednesday, prompting Athens to summon the "
     "Iranian ambassador.", ("GRCGOV", "IRNGOV", "11", "asserted")),
    # ... and it is aimed at the agent of the act that caused it
    ("Chinese warships sailed close to the Japanese island of Yonaguni on Tuesday, prompting Tokyo to scramble "
     "fighter jets.", ("JPNGOV", "CHNMIL", "15", "asserted")),
    # a protest drawn from a state is a complaint about the act's agent; the strike hits the country named
    ("Turkish warplanes struck suspected militant hideouts in northern Iraq on Tuesday, drawing a formal protest "
     "from Baghdad.", ("IRQGOV", "TURMIL", "11", "asserted")),
    ("Turkish warplanes struck suspected militant hideouts in northern Iraq on Tuesday, drawing a formal protest "
     "from Baghdad.", ("TURMIL", "IRQ", "19", "asserted")),
    # a temporal clause with its own subject is no content of the protest before it
    ("Latvia summoned the Russian envoy on Thursday after Moscow detained a Latvian journalist in Kaliningrad.",
     ("RUSGOV", "LVAMED", "17", "asserted")),
    # an -ing word after a comma with a named addressee is the verb
    ("Pakistan's foreign office summoned the Afghan chargé d'affaires on Monday, warning Kabul that it would not "
     "tolerate further cross-border attacks.", ("PAKGOV", "AFGGOV", "13", "asserted")),
    # a "by"-gerund is the means, with the sentence's subject
    ("Beijing punished Canberra by slapping tariffs of up to 218 percent on Australian wine.",
     ("CHNGOV", "AUS", "16", "asserted")),
    ("Serbia expressed its displeasure by withdrawing its ambassador from Montenegro for consultations.",
     ("SRB", "MNE", "16", "asserted")),
    # a coordinated irregular verb shares the subject
    ("Rwanda condemned Belgium's campaign for EU sanctions on Monday and cut diplomatic ties with Belgium.",
     ("RWA", "BEL", "16", "asserted")),
    # a summing-up noun with a relative clause: its own clause, its object the act before
    ("Russian missiles hit a children's hospital in Kyiv on Monday, an attack which the United Nations Security "
     "Council condemned in an emergency session.", ("UNSC", "RUSMIL", "11", "asserted")),
    # a denial in the next sentence answers the accuser
    ("Moscow accused Ukraine of involvement in the concert hall attack. Kyiv denied any role.",
     ("UKRGOV", "RUSGOV", "01", "asserted")),
]

NEGATIVES = [
    "Indonesia's volcano agency raised the alert level for Mount Ruang on Wednesday, warning residents to stay "
    "away from the crater.",
    "Norwegian fishermen returned to port early after a storm hit the Barents Sea, which Norway shares with Russia.",
    "The Russian defence minister toured a tank factory in the Urals on Tuesday, saying it was a routine visit.",
]


def _events(texts: list[str]) -> dict[str, set[tuple[str, str, str, str]]]:
    items = [{"id": f"cx{k}", "lang": "en", "date": "2024-05-01", "text": t, "events": []} for k, t in enumerate(texts)]
    res = run_items(items, load_config(**RULES_ONLY))
    return {t: {(e.source_actor, e.target_actor, e.cameo[:2], e.modality) for e in res[f"cx{k}"].events}
            for k, t in enumerate(texts)}


@pytest.fixture(scope="module")
def coded():
    return _events(sorted({t for t, _ in CASES} | set(NEGATIVES)))


@pytest.mark.parametrize("text,event", CASES)
def test_cx_adjunct_second_event_is_coded(coded, text, event):
    assert event in coded[text], coded[text]


def test_cx_adjunct_no_event_adjuncts_stay_quiet(coded):
    # advice to one's own residents, a relative clause about a place, "saying" with no second actor
    assert all(not coded[t] for t in NEGATIVES), {t: coded[t] for t in NEGATIVES if coded[t]}
