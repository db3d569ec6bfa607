"""A Lithuanian threat or promise followed by a ", jei ..." condition: the condition's act is another party's,
not what is intended, and a threat with no addressee of its own is aimed at the condition's subject. Rules alone;
the sentences are written for these tests."""
from __future__ import annotations

from conftest import coded_events, triples


def test_a_promised_response_on_a_condition_is_aimed_at_its_subject():
    text = "Ankara pažadėjo griežtą atsaką, jei Graikija dislokuos karius salose."
    evs = coded_events([text], "lt", "2024-05-01")[text]
    assert ("TUR", "GRC", "13") in triples(evs, both=True), [(e.source_actor, e.target_actor, e.cameo) for e in evs]
    # the condition's deployment is no act Turkey intends
    assert not any(e.source_country == "TUR" and e.cameo.startswith("15") for e in evs)


def test_an_intended_act_before_the_condition_stays_intended():
    # near miss: the act promised stands before the condition and keeps its intent form
    text = "Vokietija pažadėjo atsiųsti Ukrainai tankų, jei Lenkija padarys tą patį."
    evs = coded_events([text], "lt", "2024-05-01")[text]
    assert any(e.source_country == "DEU" and e.target_country == "UKR" and e.cameo.startswith("033") for e in evs), \
        [(e.source_actor, e.target_actor, e.cameo) for e in evs]
