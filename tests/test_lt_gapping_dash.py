"""Lithuanian gapping around a dash ("..., o vėliau – X"): the act is shared only when nothing but the new parties
(and a place) follows the dash; a new subject with its own verb ("..., o vėliau – Baltarusija atsakė tuo pačiu")
is a clause of its own, no gap. Rules alone; the sentences are written for these tests."""
from __future__ import annotations

from conftest import coded_events


def _gapped(text):
    return {(e.source_country, e.target_country) for e in coded_events([text], "lt", "2024-05-01")[text]
            if e.rule.endswith("+gapped")}


def test_a_new_subject_with_its_own_verb_is_no_gap():
    assert not _gapped("Estija išsiuntė Rusijos diplomatą, o vėliau – Baltarusija atsakė tuo pačiu."), \
        _gapped("Estija išsiuntė Rusijos diplomatą, o vėliau – Baltarusija atsakė tuo pačiu.")
    assert not _gapped("Latvija išsiuntė Baltarusijos diplomatą, o netrukus – Rusija pasielgė taip pat.")


def test_new_parties_alone_after_the_dash_share_the_act():
    # near miss: only the new parties (and a place) after the dash
    assert ("POL", "RUS") in _gapped(
        "Lenkijos prezidentas susitiko su Kinijos lyderiu, o vėliau – su Rusijos prezidentu Maskvoje.")
    assert {("CAN", "XKX"), ("BRA", "XKX")} <= _gapped("Kosovą pripažino JAV, o netrukus – ir Kanada bei Brazilija.")
