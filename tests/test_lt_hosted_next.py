"""A host named for "Susitikimą surengė X" hosted the meeting told before; "Kitą / Naują susitikimą surengs X" is
another meeting, not the one told, and no hosting of its parties. Rules alone; sentences written for these tests."""
from __future__ import annotations

from conftest import coded_events


def _hosted(text):
    return {(e.source_country, e.target_country) for e in coded_events([text], "lt", "2024-05-01")[text]
            if e.rule == "lt-surengti-hosted"}


def test_another_meeting_is_no_hosting_of_the_one_told():
    assert not _hosted("Bideno ir Si Jinpingo susitikimas įvyko Kalifornijoje. Kitą susitikimą surengs Indonezija.")
    assert not _hosted("Indijos ir Pakistano premjerai susitiko Astanoje. Naują susitikimą surengs Kazachstanas.")


def test_the_meeting_told_has_its_host():
    # near miss: the meeting told, hosted by the subject after the verb
    got = _hosted("Indijos ir Pakistano premjerai susitiko Astanoje. Susitikimą surengė Kazachstano prezidentas.")
    assert {("KAZ", "IND"), ("KAZ", "PAK")} <= got, got
