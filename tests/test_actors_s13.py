"""A one-word country or city name used as a person's first name (English): the person's, not the state's.
Sentences made up for the tests."""
from __future__ import annotations

import pytest
from conftest import actor_codes


@pytest.mark.parametrize("text,not_there", [
    ("Jordan Bardella criticised the French government on Sunday.", "JOR"),
    ("The coach said Jordan Henderson would miss the match.", "JOR"),
    ("Chad Johnson, a spokesman for the company, declined to comment.", "TCD"),
    ("Georgia Meloni met the Ukrainian president in Rome on Monday.", "GEO"),
])
def test_place_name_as_first_name_is_no_actor(text, not_there):
    assert not_there not in actor_codes(text, "en", "2024-06-01")


@pytest.mark.parametrize("text,there", [
    ("Jordan condemned the strike on Monday.", "JOR"),
    ("Israeli settlers moved into the Jordan Valley, Jordan said.", "JOR"),
    ("Chad President Mahamat Deby met Emmanuel Macron in Paris.", "TCDGOV"),
    ("Russia Ukraine talks resumed in Istanbul on Friday.", "UKR"),
    ("The Russia-Belarus Zapad-2025 exercises started on Friday.", "BLR"),
    ("Analysts said Jordan Lebanon and Syria would suffer most.", "JOR"),
    ("Israel Katz said Israel would respond.", "ISRGOV"),
])
def test_place_names_before_words_titles_and_other_names_stay(text, there):
    assert there in actor_codes(text, "en", "2024-06-01")
