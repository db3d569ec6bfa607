"""Codebook vocabulary (cx-enV): a handful of items from eval/gold/en.cx-vocab.jsonl — English news phrasings of
CAMEO acts (joining and quitting bodies, court acts, diplomatic moves, aid, posture, coercion) — and hard
negatives that use the same words for no act."""

from __future__ import annotations

import pytest
from conftest import RULES_ONLY

from kronika.config import load_config
from kronika.evaluate import run_items


def _pairs(text: str, date: str = "2024-06-15") -> set[tuple[str, str, str]]:
    res = run_items([{"id": "x", "lang": "en", "date": date, "text": text, "events": []}], load_config(**RULES_ONLY))
    out = set()
    for e in res["x"].events:
        d = e.to_dict()
        out.add(((d["source_actor"] or "")[:3], (d["target_actor"] or "")[:3], d["cameo"][:2]))
    return out


@pytest.mark.parametrize("text, want", [
    ("Finland became NATO's 31st member on Tuesday.", ("FIN", "NAT", "05")),
    ("The United States designated Kenya a major non-NATO ally.", ("USA", "KEN", "05")),
    ("India and Vietnam elevated their relations to a comprehensive strategic partnership.", ("IND", "VNM", "05")),
    ("Russia quit the Council of Europe on Tuesday.", ("RUS", "COE", "16")),
    ("The ICAO Council found Russia responsible for the downing of flight MH17.", ("ICA", "RUS", "11")),
    ("Beijing wrote off part of Ethiopia's debt, the Ethiopian finance ministry said.", ("CHN", "ETH", "07")),
    ("A Dutch frigate shadowed a Russian warship through the North Sea.", ("NLD", "RUS", "15")),
    ("Armenian and Azerbaijani forces traded fire along the border overnight.", ("ARM", "AZE", "19")),
    ("The US Commerce Department added 30 Chinese companies to its trade blacklist.", ("USA", "CHN", "16")),
    ("The United States dropped atomic bombs on Hiroshima and Nagasaki in August 1945.", ("USA", "JPN", "20")),
])
def test_cx_vocab_codes_the_phrase(text, want):
    got = _pairs(text)
    assert want in got, got


@pytest.mark.parametrize("text", [
    "Georgia's ruling party won a fourth term in Saturday's parliamentary elections.",
    "Romania's constitutional court ruled that the presidential election must be rerun.",
    "Kyiv often cites the 1994 Budapest Memorandum in its appeals to Western capitals.",
    "Poland has long supported Ukraine's bid to join the EU.",
    "Turkish authorities impounded a Russian-flagged cargo ship carrying grain from occupied Ukraine.",
])
def test_cx_vocab_negatives_and_non_acts(text):
    got = _pairs(text)
    # the last item keeps its impounding (TUR -> RUS 17) but "occupied Ukraine" is no occupation
    assert not any(r in ("05", "11", "02", "19") for _s, _t, r in got), got


def test_cx_vocab_noun_object_of_a_verb_phrase_is_not_coded_twice():
    # "halted military aid to Kyiv": the aid noun is the object of the halting, not aid given
    got = _pairs("Washington halted military aid to Kyiv.")
    assert ("USA", "UKR", "16") in got and not any(r == "07" for _s, _t, r in got), got
