"""English events in noun phrases, passives and lists (probe set eval/gold/en.cx-nominal.jsonl): a handful of
its constructions must stay coded (country pair and root), and a few of its hard negatives must stay quiet."""

from __future__ import annotations

import pytest
from conftest import coded_triples

CODED = [
    # a condemned act with its own agent is an event too
    ("Finland's president condemned Russia's invasion of Ukraine in a speech to parliament on Wednesday.",
     {("FIN", "RUS", "11"), ("RUS", "UKR", "19")}),
    # hyphenated compounds name a joint act's parties
    ("The India-China border talks ended without a breakthrough on Thursday.",
     {("IND", "CHN", "04"), ("CHN", "IND", "04")}),
    ("The Armenian-Azerbaijani border clashes left several soldiers dead on Wednesday.",
     {("ARM", "AZE", "19"), ("AZE", "ARM", "19")}),
    # passives: the target named by an adjective or by the subject noun's own phrase, agents after "by"
    ("Two Chinese fishing vessels were seized by the Philippine coast guard near Palawan.", {("PHL", "CHN", "17")}),
    ("Flights from Russia were banned by Canada, Germany and France on Monday.",
     {("CAN", "RUS", "16"), ("DEU", "RUS", "16"), ("FRA", "RUS", "16")}),
    ("New sanctions were imposed on Iran by the European Union on Monday.", {("EU", "IRN", "16")}),
    # an event noun carried out by the agent of its passive verb
    ("Sanctions against Moscow, Minsk and Tehran were extended by London.",
     {("GBR", "RUS", "16"), ("GBR", "BLR", "16"), ("GBR", "IRN", "16")}),
    # an arrest located in a state, with no "by"
    ("Two Lithuanian citizens have been detained in Belarus on espionage charges.", {("BLR", "LTU", "17")}),
    # "between" names the joint act's parties, not the speaker
    ("Egypt said the ceasefire talks between Israel and Hamas had reached a critical stage.",
     {("ISR", "PSE", "04"), ("PSE", "ISR", "04")}),
    # nouns with their own agent and object
    ("A visit to Kyiv by the Polish president was announced for next week.", {("POL", "UKR", "04")}),
    ("Washington imposed export controls on companies from China, Russia and Iran.",
     {("USA", "CHN", "16"), ("USA", "RUS", "16"), ("USA", "IRN", "16")}),
    ("Ukraine's security deal with Germany was signed in Berlin on Friday.",
     {("UKR", "DEU", "05"), ("DEU", "UKR", "05")}),
    # co-subjects set off by ", along with ...,"
    ("Britain and Canada, along with Australia, condemned China's crackdown in Hong Kong.",
     {("GBR", "CHN", "11"), ("CAN", "CHN", "11"), ("AUS", "CHN", "11")}),
]

QUIET = [
    "A new book on Russia's invasion of Ukraine became a bestseller in Germany.",
    "Thousands gathered in Kabul to mark the anniversary of the Soviet invasion of Afghanistan.",
    "A documentary about the Japan-South Korea summit of 1998 premiered in Busan.",
    "Historians still disagree about the causes of the Iran-Iraq war.",
    "The EU must deal with Russia firmly.",
    "Veterans of the Soviet-Afghan war gathered in Minsk on Sunday.",
    "The Estonian-Russian peace treaty of 1920 is still cited by historians.",
]


def _code(texts: list[str]) -> list[set[tuple[str, str, str]]]:
    return coded_triples(texts, "en", "2024-05-01")


@pytest.fixture(scope="module")
def coded():
    return _code([t for t, _ in CODED] + QUIET)


@pytest.mark.parametrize("k", range(len(CODED)))
def test_cx_nominal_constructions_are_coded(coded, k):
    text, want = CODED[k]
    assert want <= coded[k], f"{text!r}: want {sorted(want - coded[k])}, got {sorted(coded[k])}"


@pytest.mark.parametrize("k", range(len(QUIET)))
def test_cx_nominal_negatives_stay_quiet(coded, k):
    assert not coded[len(CODED) + k], f"{QUIET[k]!r}: {sorted(coded[len(CODED) + k])}"
