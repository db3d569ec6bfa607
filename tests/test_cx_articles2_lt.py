"""Articles2 (lt): topics of a discussion and co-mediators are no events of their own."""
from conftest import coded_events, triples


def test_discussed_topics_are_not_acts():
    t = "Po ceremonijos abu vadovai aptarė paramą Ukrainai bei sankcijas Rusijai."
    got = triples(coded_events([t], "lt", "2025-05-22")[t])
    assert not {x for x in got if x[1] in ("UKR", "RUS")}


def test_considered_sanctions_still_coded():
    t = "ES svarsto naujas sankcijas Iranui."
    assert any(x[1] == "IRN" and x[2] == "16" for x in triples(coded_events([t], "lt", "2025-05-22")[t]))


def test_co_mediators_do_not_mediate_each_other():
    t = "Derybose tarpininkavo Kataras, Egiptas ir JAV."
    got = triples(coded_events([t], "lt", "2025-01-16")[t])
    assert not {x for x in got if x[0] in ("QAT", "EGY", "USA") and x[1] in ("QAT", "EGY", "USA")}


def test_parties_of_mediated_talks_kept():
    t = "Kambodžos ir Tailando derybose tarpininkavo Malaizijos premjeras Anwaras Ibrahimas."
    got = triples(coded_events([t], "lt", "2025-07-30")[t])
    assert {("KHM", "THA", "04"), ("THA", "KHM", "04")} & got
