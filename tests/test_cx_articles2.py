"""Whole news articles, second set (probe set eval/gold/en.cx-articles2.jsonl): envoys expelled by the country named
after 'from' (one event per country of a list), and 'take ... hostages' only when the noun follows the verb closely."""

from __future__ import annotations

from conftest import coded_events, triples

DATE = "2024-07-30"


def test_diplomats_from_a_list_of_countries():
    t = ("Venezuela ordered diplomats from Argentina, Chile and Uruguay to leave the country on Monday.")
    got = triples(coded_events([t], "en", DATE)[t])
    assert {("VEN", "ARG", "16"), ("VEN", "CHL", "16"), ("VEN", "URY", "16")} <= got


def test_expelled_diplomats_from():
    t = "Venezuela expelled diplomats from Argentina and Chile on Monday."
    got = triples(coded_events([t], "en", DATE)[t])
    assert {("VEN", "ARG", "16"), ("VEN", "CHL", "16")} <= got


def test_take_effect_is_no_hostage_taking():
    t = "Gaza ceasefire takes effect as first hostages are freed"
    got = triples(coded_events([t], "en", DATE)[t])
    assert not any(r == "18" for _, _, r in got)


def test_took_hostages_still_coded():
    t = "Hamas fighters killed about 1,200 people in southern Israel and took some 250 hostages."
    got = triples(coded_events([t], "en", DATE)[t])
    assert ("PSE", "ISR", "18") in got  # Hamas: country PSE
