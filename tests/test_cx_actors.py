"""English actor recognition (cx-enR): a handful of items from eval/gold/en.cx-actors.jsonl — definite
descriptions of actors named before, possessive pronouns, nationality adjectives after place prepositions,
noun modifiers of institutions, a bare body of an organisation — and words that name no actor."""

from __future__ import annotations

import pytest
from conftest import actor_codes


def _actors(text: str, date: str = "2024-06-15") -> list[str]:
    return actor_codes(text, "en", date)


@pytest.mark.parametrize("text, want", [
    ("Russia warned NATO on Monday. Moscow said the alliance would be drawn into a direct conflict.", ["NATO", "NATO"]),
    ("Mali announced its withdrawal from ECOWAS on Sunday, accusing the bloc of imposing illegal sanctions.",
     ["ECOWAS", "ECOWAS"]),
    ("Saudi Arabia and Iran agreed to restore relations. The kingdom said it would reopen its embassy.", ["SAU", "SAU"]),
    ("North Korea launched a satellite. Seoul suspended a pact, and the North said it would scrap it.", ["PRK", "PRK"]),
    ("M23 rebels shelled Goma on Wednesday. The Congolese army said the rebels were backed by Rwanda.", ["M23", "M23"]),
    ("Germany hauled in the Russian ambassador on Friday.", ["RUSGOV"]),
    ("Italy hauled in Israel's ambassador on Tuesday.", ["ISRGOV"]),
    ("Britain sanctioned two Chinese state hackers on Monday.", ["CHNSPY"]),
    ("Pakistan recalled its ambassador from Tehran.", ["PAKGOV"]),
    ("Algeria called on the Security Council to meet.", ["UNSC"]),
    ("Russia's Security Council warned Finland on Monday.", ["RUSGOV"]),
    ("The U.S. military said it shot down a Houthi drone.", ["HOUTHIS"]),
    ("Niger's junta ordered the French ambassador to leave.", ["NERMIL"]),
    ("The IMF approved a loan for Pakistan. The finance minister said the money would help.", ["PAKGOV"]),
])
def test_cx_actors_recognised(text, want):
    got = _actors(text)
    for w in want:
        assert got.count(w) >= want.count(w), got


@pytest.mark.parametrize("text, not_want", [
    ("The alliance of opposition parties won a majority in the regional council elections.", "NATO"),
    ("A Chinese restaurant in the old town was closed after a fire on Tuesday.", "CHN"),
    ("The bloc of flats on the edge of town was evacuated after a gas leak.", "EU"),
    ("The kingdom of fungi includes yeasts and mushrooms, the museum exhibit explains.", "GBR"),
    ("Seoul hosted a concert. Heavy rain caused flooding across the North of England on Friday.", "PRK"),
])
def test_cx_actors_no_actor(text, not_want):
    assert not any(a.startswith(not_want) for a in _actors(text))
