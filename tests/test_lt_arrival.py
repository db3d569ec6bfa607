"""A Lithuanian arrival of forces ("Į Moldovą atvyko Rumunijos taikdariai", "Vokietijos kariai atvyko į Lietuvą",
police, troops, peacekeepers, or a subject of the MIL / COP sector) is protection (074), not a visit (042), as in
English. A leader's arrival stays a visit; a name that begins like a force word ("Karis") is no force. Rules alone;
sentences written for this test."""
from __future__ import annotations

import pytest
from conftest import coded_triples


@pytest.mark.parametrize("text,want,never", [
    ("Į Moldovą atvyko pirmieji Rumunijos taikdariai.", ("ROU", "MDA", "07"), ("ROU", "MDA", "04")),
    ("Vokietijos kariai atvyko į Lietuvą.", ("DEU", "LTU", "07"), ("DEU", "LTU", "04")),
    ("Lenkijos prezidentas atvyko į Kyjivą.", ("POL", "UKR", "04"), ("POL", "UKR", "07")),
    ("Estijos premjeras Karis atvyko į Rygą.", ("EST", "LVA", "04"), ("EST", "LVA", "07")),
])
def test_arrival_of_forces_is_protection(text, want, never):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert want in got, sorted(got)
    assert never not in got, sorted(got)
