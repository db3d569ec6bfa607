"""A genitive inside the label of a Lithuanian verb of naming ("pavadino ... Sirijos suvereniteto pažeidimu") owns
the thing the act is said to harm: it is not the party judged, who is the act's agent told before. A genitive right
before the label's head or before an act or label word ("Rusijos hibridine ataka", "Rusijos karinės agresijos
aktu") is the agent and stays the target; so does the owner of the object ("pavadino Rusijos veiksmus agresija").
Rules alone; sentences written for this test."""
from __future__ import annotations

import pytest
from conftest import coded_triples

CASES = [
    ("Izraelis bombardavo Damaską. Egiptas tai pavadino Sirijos teritorinio vientisumo pažeidimu.",
     ("EGY", "ISR", "11"), ("EGY", "SYR", "11")),
    ("Jungtinės Valstijos smogė milicijos bazei Irake. Irako premjeras smūgį pavadino Irako suvereniteto pažeidimu.",
     ("IRQ", "USA", "11"), ("IRQ", "IRQ", "11")),
    ("Kataras ir Jordanija pasmerkė Izraelio veiksmus ir pavadino juos Libano suvereniteto pažeidimu.",
     ("QAT", "ISR", "11"), ("QAT", "LBN", "11")),
]


@pytest.mark.parametrize("text,want,never", CASES)
def test_owner_inside_the_label_is_not_the_one_judged(text, want, never):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert want in got, sorted(got)
    assert never not in got, sorted(got)


@pytest.mark.parametrize("text,want", [
    ("Estijos ministras tai pavadino Rusijos hibridine ataka.", ("EST", "RUS", "11")),
    ("Lietuvos ministras tai pavadino Rusijos karinės agresijos aktu.", ("LTU", "RUS", "11")),
    ("Lenkijos premjeras pavadino Rusijos veiksmus agresija.", ("POL", "RUS", "11")),
])
def test_agent_in_the_label_stays_the_target(text, want):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert want in got, sorted(got)
