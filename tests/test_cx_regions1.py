"""Actors of Africa, the Middle East and Central Asia (cx-regions1): officials added in
officials/part_regions1.tsv resolve to their government on a date in office and to the elite after it; the AU's
Peace and Security Council is an AU body, not the UN Security Council; Russia's Africa Corps is Russian military."""

from __future__ import annotations

import pytest
from conftest import actor_codes

from kronika.evaluate import country_of


def _actors(text: str, lang: str, date: str) -> list[str]:
    return actor_codes(text, lang, date)


@pytest.mark.parametrize("text, lang, date, want", [
    ("Ayman Safadi met the envoy on Monday.", "en", "2024-05-06", ["JORGOV"]),
    ("Aymanas Safadi pirmadienį susitiko su pasiuntiniu.", "lt", "2024-05-06", ["JORGOV"]),
    ("Sultan Haitham bin Tariq received the delegation.", "en", "2024-05-06", ["OMNGOV"]),
    ("Badr Albusaidi said the talks had been useful.", "en", "2025-05-11", ["OMNGOV"]),
    ("Shavkat Mirziyoyev hosted the summit.", "en", "2024-05-27", ["UZBGOV"]),
    ("Šavkatas Mirzijojevas priėmė delegaciją.", "lt", "2024-05-27", ["UZBGOV"]),
    ("Sadyr Japarov signed the treaty.", "en", "2025-03-13", ["KGZGOV"]),
    ("Emomali Rahmon signed the treaty.", "en", "2025-03-13", ["TJKGOV"]),
    ("John Mahama visited Abuja.", "en", "2025-02-14", ["GHAGOV"]),
    ("John Mahama spoke at a rally.", "en", "2019-05-01", ["GHAELI"]),  # between his terms
    ("Abdul Hamid Dbeibah met the envoy.", "en", "2024-05-06", ["LBYGOV"]),
    ("Nasser Bourita met the envoy.", "en", "2024-05-06", ["MARGOV"]),
    ("Samia Suluhu Hassan met the envoy.", "en", "2024-05-06", ["TZAGOV"]),
])
def test_regional_officials(text, lang, date, want):
    assert _actors(text, lang, date)[:1] == want  # the named official (a later "the envoy" may corefer)


def test_au_peace_and_security_council_is_an_au_body():
    got = _actors("The African Union's Peace and Security Council suspended Niger.", "en", "2023-08-22")
    assert "UNSC" not in got and "AUPSC" in got
    assert country_of("AUPSC") == "AU"


@pytest.mark.parametrize("text, lang", [
    ("Wagner handed its operations to Russia's Africa Corps.", "en"),
    ("Rusijos „Afrikos korpusas“ pakeitė „Wagner“ grupuotę.", "lt"),
])
def test_africa_corps_is_russian_military(text, lang):
    assert "RUSMIL" in _actors(text, lang, "2025-06-06")


@pytest.mark.parametrize("text, lang", [
    ("Qatar's emir Sheikh Tamim bin Hamad Al Thani said the talks would go on.", "en"),
    ("Kataro emyras šeichas Tamimas bin Hamadas al Thani pareiškė, kad derybos tęsis.", "lt"),
])
def test_honorific_between_title_and_name_is_one_participant(text, lang):
    assert _actors(text, lang, "2024-05-06") == ["QATGOV"]
