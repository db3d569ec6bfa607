"""Session 14, helper "rev": review of this session's event and actor changes for harmful side effects."""
from __future__ import annotations

import pytest
from conftest import coded, has_event


# -- a refusal after the demand, pressure or criticism it follows ("po JAV reikalavimo ...") gives way to it -------
@pytest.mark.parametrize("text,src,tgt,code", [
    ("Po Rusijos spaudimo Armėnija atsisakė dalyvauti pratybose.", "RUS", "ARM", "10"),
    ("Po Rusijos kritikos Armėnija atsisakė dalyvauti pratybose.", "RUS", "ARM", "11"),
    ("Po JAV reikalavimo Izraelis atsisakė dalyvauti derybose.", "USA", "ISR", "10"),
])
def test_refusal_after_a_pressing_act_is_no_rejection_of_its_agent(text, src, tgt, code):
    assert has_event(text, "lt", src, tgt, code), text
    assert not any(s.startswith(tgt) and t.startswith(src) for s, t, _ in coded(text, "lt")), text


def test_refusal_answering_an_act_told_before_still_rejects_it():
    text = "JAV pareikalavo, kad Izraelis nutrauktų operaciją. Izraelis atsisakė."
    assert has_event(text, "lt", "ISR", "USA", "12"), text


# -- a threat to veto or block aid is a threat to stop aid (1311), not a bare non-force threat -------------------
@pytest.mark.parametrize("text", [
    "Vengrija pagrasino vetuoti Europos Sąjungos paramą Ukrainai.",
    "Vengrija pagrasino blokuoti finansinę pagalbą Ukrainai.",
])
def test_threat_to_veto_aid_is_a_threat_to_stop_aid(text):
    assert has_event(text, "lt", "HUN", "UKR", "1311", exact=True), text


def test_threat_to_veto_membership_stays_131():
    assert has_event("Turkija pagrasino vetuoti Švedijos narystę NATO.", "lt", "TUR", "SWE", "131", exact=True)


# -- cooperation a state "would welcome" with a partner is its own intent to cooperate ---------------------------
def test_would_welcome_cooperation_with_a_partner_is_intent():
    assert has_event("Japan said it would welcome closer cooperation with South Korea on defence.", "en", "JPN",
                     "KOR", "03")
    assert has_event("Finland said it would welcome closer cooperation with Norway.", "en", "FIN", "NOR", "03")


def test_would_welcome_the_others_investment_is_still_no_act():
    assert not has_event("Tusk said Poland would welcome more Indian investment in its defence industry.", "en",
                         "IND", "POL", "03")
