"""Lithuanian datives a preposition phrase parts from an adverbial participle are no agents of it: "padėkojo X ir Y
už pagalbą numušant dronus" thanks X and Y (051); the participle only tells what the help was. Rules alone; the
sentences are written for these tests."""
from __future__ import annotations

from conftest import coded_triples


def test_thanks_for_help_told_by_a_participle():
    got = coded_triples(["Lenkijos premjeras padėkojo Vokietijai ir Nyderlandams už pagalbą numušant rusų dronus."],
                        "lt", "2024-05-01")[0]
    assert {("POL", "DEU", "05"), ("POL", "NLD", "05")} <= got, got


def test_a_dative_right_before_the_participle_is_its_agent():
    # near miss: "tarpininkaujant Katarui": the dative absolute's own agent mediates
    got = coded_triples(["Armėnija ir Azerbaidžanas susitarė dėl paliaubų, tarpininkaujant Katarui."], "lt",
                        "2024-05-01")[0]
    assert any(s == "QAT" and r == "04" for s, _t, r in got), got
