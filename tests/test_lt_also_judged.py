"""'Nuosprendį pasmerkė ir Kanada bei Prancūzija', 'Kanada taip pat pasmerkė nuosprendį': a judgement told with
"ir" (also) before its subject, or with "taip pat", joins the judgement of the same polarity told just before and
is aimed at its target, not at the last act's agent. A verb coordinated with "ir" after its own subject
("pasmerkė ir pareikalavo") is no such "also". Rules alone; sentences written for this test."""
from __future__ import annotations

import pytest
from conftest import coded_triples

VERDICT = ("Rusijos teismas nuteisė amerikiečių žurnalistą kalėti 16 metų. JAV prezidentas nuosprendį pavadino "
           "nepateisinamu ir pareikalavo paleisti žurnalistą. ")


@pytest.mark.parametrize("text,want,never", [
    (VERDICT + "Nuosprendį pasmerkė ir Kanada bei Prancūzija.", {("CAN", "RUS", "11"), ("FRA", "RUS", "11")},
     {("CAN", "USA"), ("FRA", "USA")}),
    (VERDICT + "Kanada taip pat pasmerkė nuosprendį.", {("CAN", "RUS", "11")}, {("CAN", "USA")}),
])
def test_also_joins_the_judgement_before(text, want, never):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert want <= got, sorted(got)
    assert not {(s, t) for s, t, _ in got} & never, sorted(got)


def test_coordinated_verb_is_no_also():
    got = coded_triples(["Rusija smogė Kyjivui. Lenkija ataką pasmerkė. Vokietija ataką pasmerkė ir pareikalavo "
                         "sankcijų Rusijai."], "lt", "2024-05-01")[0]
    assert ("DEU", "RUS", "11") in got, sorted(got)
