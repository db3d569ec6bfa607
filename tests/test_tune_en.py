"""Whole-article recall in English (round tune-en): subjects with an aside before the verb, mediators of a truce told
before, reactions to an accord aimed at both its parties, promised responses, 'both sides' of the sentence before."""

from __future__ import annotations

from conftest import coded_events, triples

DATE = "2024-05-01"


def _got(t):
    return triples(coded_events([t], "en", DATE)[t])


def test_relative_clause_on_the_subject():
    t = "Britain bombed rebel positions in Libya. Egypt, which supports the rebels, condemned the strikes."
    got = _got(t)
    assert ("EGY", "GBR", "11") in got


def test_apposition_on_the_subject():
    t = "Peru and Bolivia signed a border agreement on Monday. Chile, Bolivia's main rival, welcomed the agreement."
    got = _got(t)
    assert {("CHL", "PER", "05"), ("CHL", "BOL", "05")} <= got  # (Bolivia, named in the aside, is no speaker)


def test_aside_keeps_an_explicit_object():
    t = "Spain, which buys Moroccan gas, urged Algeria to reopen the pipeline."
    assert ("ESP", "DZA", "02") in _got(t)


def test_truce_brokered_by_set_off_by_commas():
    t = ("A ceasefire between Ethiopia and Eritrea took effect on Monday. "
         "The truce, brokered by Kenya and Uganda, requires both armies to withdraw.")
    got = _got(t)
    assert {("KEN", "ETH", "04"), ("KEN", "ERI", "04"), ("UGA", "ETH", "04"), ("UGA", "ERI", "04")} <= got


def test_talks_in_a_place_mediated_by():
    t = "Ethiopia and Eritrea agreed to restore ties after two days of talks in Nairobi mediated by Kenya."
    got = _got(t)
    assert {("KEN", "ETH", "04"), ("KEN", "ERI", "04")} <= got


def test_brokered_the_ceasefire_active():
    t = "Ethiopia and Eritrea fought a border war in 1999. Kenya brokered the ceasefire that ended the war."
    got = _got(t)
    assert {("KEN", "ETH", "04"), ("KEN", "ERI", "04")} <= got


def test_welcoming_an_accord_answers_both_parties():
    t = "Ghana and Togo agreed to reopen their border after talks in Accra. Nigeria welcomed the deal."
    got = _got(t)
    assert {("NGA", "GHA", "05"), ("NGA", "TGO", "05")} <= got


def test_promised_a_response():
    t = "Estonia expelled a Russian diplomat on Monday. Moscow denied any wrongdoing and promised a response."
    assert ("RUS", "EST", "13") in _got(t)


def test_vowed_resolute_measures():
    t = "The United States raised tariffs on Chinese steel. Beijing vowed to take resolute measures."
    assert ("CHN", "USA", "13") in _got(t)


def test_both_sides_of_the_sentence_before():
    t = "Armenia and Azerbaijan traded fire on the border. France urged both sides to show restraint."
    got = _got(t)
    assert {("FRA", "ARM", "02"), ("FRA", "AZE", "02")} <= got


def test_promise_to_respond_to_a_request_is_no_threat():
    t = "Japan promised Korea to respond to the request within a week."
    assert not any(r == "13" for _, _, r in _got(t))
