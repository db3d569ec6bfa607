"""Lithuanian meeting nouns named as a setting or asked for. A meeting noun in the genitive governed by a word
of time, setting or outcome ("NATO susitikimo metu", "G7 viršūnių susitikimo paraštėse", "susitikimo rezultatus")
is no meeting between its owner and the clause subject, and the indeclinable owner before it is no subject of the
verb after it. A lone city genitive before a meeting noun ("Vilniaus viršūnių susitikimas") names the venue. Talks or consultations asked for ("paprašė NATO konsultacijų", "paragino ES pradėti
konsultacijas") are a request to meet (026), not a meeting held. Rules alone; sentences written for this test."""
from __future__ import annotations

import pytest
from conftest import coded_triples

NO_MEETING = [
    ("Rusijos prezidento atstovas komentavo ES viršūnių susitikimo Briuselyje rezultatus.", ("RUS", "EU")),
    ("Lietuvos ir Lenkijos prezidentai sutartį pasirašė NATO viršūnių susitikimo paraštėse.", ("LTU", "NATO")),
    ("Suomija paprašė skubių NATO konsultacijų.", ("FIN", "NATO")),
    # a city's genitive names where the summit is held
    ("Rygos viršūnių susitikimas: Ukraina gavo pažadą.", ("LVA", "UKR")),
]


@pytest.mark.parametrize("text,pair", NO_MEETING)
def test_meeting_named_as_setting_or_asked_for_is_no_meeting(text, pair):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert not {(s, t, r) for s, t, r in got if r == "04" and {s, t} == set(pair)}, sorted(got)


HELD = [
    # the verb's own meeting, with the setting's owner no subject
    ("Vengrijos premjeras NATO susitikimo metu susitiko su Ukrainos prezidentu.",
     {("HUN", "UKR", "04"), ("UKR", "HUN", "04")}, ("NATO", "UKR")),
    ("Vengrijos premjeras ES viršūnių susitikimo paraštėse susitiko su Ukrainos prezidentu.",
     {("HUN", "UKR", "04")}, ("EU", "UKR")),
    # the two parties named before the setting phrase met
    ("Lietuvos ir Lenkijos prezidentų susitikimo metu buvo aptartas saugumas.", {("LTU", "POL", "04")}, None),
    # a summit opened by the subject: the noun is the verb's object
    ("Putinas atidarė BRICS viršūnių susitikimą Kazanėje.", {("RUS", "BRICS", "04")}, None),
    # two capitals for their governments, or one with a "su" partner, do meet
    ("Maskvos ir Kyjivo derybos Stambule baigėsi be rezultatų.", {("RUS", "UKR", "04")}, None),
    ("Maskvos derybos su Kyjivu atnaujintos.", {("RUS", "UKR", "04")}, None),
    # asked for consultations: a request to meet
    ("Turkija paragino ES pradėti konsultacijas dėl migracijos.", {("TUR", "EU", "02")}, ("TUR", "EU")),
    ("Lenkija paprašė NATO konsultacijų.", {("POL", "NATO", "02")}, ("POL", "NATO")),
]


@pytest.mark.parametrize("text,want,not_met", HELD)
def test_meetings_held_and_requested(text, want, not_met):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert want <= got, sorted(got)
    if not_met:
        assert not {(s, t) for s, t, r in got if r == "04"} & {not_met, not_met[::-1]}, sorted(got)
