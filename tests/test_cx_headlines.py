"""Headline and wire-brief style (cx-enH, cx-ltH): a comma for "and" in a headline's subject, the rest of a
headline's "X to <verb>" plan, verbless visits ("Modi in Moscow", "Lietuvos prezidentas – Varšuvoje"), colon
quotes that claim another's violence ("Zelensky: Russian troops shelled Kharkiv"), and headline verbs."""

from __future__ import annotations

import pytest
from conftest import coded_events, triples


def _one(text: str, lang: str, date: str = "2024-05-10") -> set[tuple[str, str, str]]:
    return triples(coded_events([text], lang, date)[text], both=True)


@pytest.mark.parametrize("text, want", [
    ("Egypt, Sudan sign water-sharing pact", {("EGY", "SDN", "05"), ("SDN", "EGY", "05")}),
    ("Canada, Australia strike Houthi targets", {("CAN", "YEM", "19"), ("AUS", "YEM", "19")}),
    ("Brazil, Argentina vow closer partnership", {("BRA", "ARG", "03"), ("ARG", "BRA", "03")}),
    ("Macron in Beijing as trade dispute deepens", {("FRA", "CHN", "04"), ("CHN", "FRA", "04")}),
    ("Zelensky: Russian troops shelled Kherson overnight", {("RUS", "UKR", "19"), ("UKR", "RUS", "11")}),
    ("Austria blasts Hungary over border fence", {("AUT", "HUN", "11")}),
    ("Finland backs Ukraine's membership bid", {("FIN", "UKR", "05")}),
])
def test_en_headline_codes(text, want):
    got = _one(text, "en")
    assert want <= got, got


def test_en_headline_plan_is_intended():
    evs = coded_events(["Kenya, Uganda to launch joint border patrols"], "en", "2024-05-10")
    evs = next(iter(evs.values()))
    assert {("KEN", "UGA", "03"), ("UGA", "KEN", "03")} <= triples(evs)
    assert all(e.modality == "intended" for e in evs)


@pytest.mark.parametrize("text, want", [
    ("Lietuvos prezidentas – Varšuvoje", {("LTU", "POL", "04"), ("POL", "LTU", "04")}),
    ("Zelenskis: Rusijos kariai naktį apšaudė Chersoną", {("RUS", "UKR", "19"), ("UKR", "RUS", "11")}),
    ("Vengrija blokuoja ES paramą Moldovai", {("HUN", "EU", "12")}),
    ("Zelenskis atmeta derybas su Putinu", {("UKR", "RUS", "12")}),
])
def test_lt_headline_codes(text, want):
    got = _one(text, "lt")
    assert want <= got, got


@pytest.mark.parametrize("text, lang", [
    ("Russian troops in Kharkiv", "en"),  # not a visit: only a government actor visits
    ("Rusijos kariai – Charkive", "lt"),
    ("Russia, Ukraine report record grain harvests", "en"),
    ("Japan, Brazil report record tourist numbers", "en"),
])
def test_headline_negatives(text, lang):
    assert not _one(text, lang), text


@pytest.mark.parametrize("text, want", [
    ("Poland, Lithuania sign gas pipeline deal", True),
    ("Poland, Lithuania signed a gas pipeline deal on Monday.", False),  # a full sentence, not a headline
])
def test_headline_comma_list_only_in_headlines(text, want):
    got = ("POL", "LTU", "05") in _one(text, "en")
    assert got is want, text
