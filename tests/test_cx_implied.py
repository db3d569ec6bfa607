"""Events whose other party is not in their own sentence (cx-implied, eval/gold/{lt,en}.cx-implied.jsonl): aid
with no recipient goes to the place the article is about (the last aid recipient, else the first country named
that is neither the donor nor the source of an act); a thanks with no one named goes to the donors of the aid
coded so far, and a state thanking its own people is no event; a government body with no country opening a
sentence ("The ministry", "Ministerija") is the government of the state that acted in the sentence before. Each
text must yield exactly the (source country, target country, root) triples listed."""

from __future__ import annotations

import pytest
from conftest import coded_events, triples

EN = [
    ("A strong earthquake shook western Nepal on Friday night. India sent rescuers and medicine on Saturday.",
     {("IND", "NPL", "07")}),
    ("Floods swept across eastern Romania this week. Hungary dispatched firefighters with pumps on Monday.",
     {("HUN", "ROU", "07")}),
    ("Japan and South Korea sent rescue teams to Taiwan after the earthquake. Taipei thanked the countries that had "
     "sent help.",
     {("JPN", "TWN", "07"), ("KOR", "TWN", "07"), ("TWN", "JPN", "05"), ("TWN", "KOR", "05")}),
    ("Storms flooded northern Portugal over the weekend. The prime minister thanked firefighters and volunteers.",
     set()),
    ("Storms flooded northern Portugal over the weekend. The Portuguese government sent rescuers to the region.",
     set()),
    ("Latvia summoned Russia's charge d'affaires on Monday. The ministry demanded an explanation.",
     {("LVA", "RUS", "11"), ("LVA", "RUS", "10")}),
]

LT = [
    ("Penktadienio naktį vakarų Nepalą supurtė stiprus žemės drebėjimas. Indija šeštadienį atsiuntė gelbėtojų ir "
     "vaistų.", {("IND", "NPL", "07")}),
    ("Rytų Rumuniją šią savaitę nusiaubė potvyniai. Vengrija pirmadienį išsiuntė ugniagesių su siurbliais.",
     {("HUN", "ROU", "07")}),
    ("Japonija ir Pietų Korėja po žemės drebėjimo atsiuntė į Taivaną gelbėtojų komandas. Taipėjus padėkojo už "
     "pagalbą.", {("JPN", "TWN", "07"), ("KOR", "TWN", "07"), ("TWN", "JPN", "05"), ("TWN", "KOR", "05")}),
    ("Savaitgalį audros apsėmė šiaurės Portugaliją. Premjeras padėkojo ugniagesiams ir savanoriams.", set()),
]


@pytest.mark.parametrize("lang,cases", [("en", EN), ("lt", LT)])
def test_implied_parties(lang, cases):
    evs = coded_events([t for t, _ in cases], lang, "2024-05-10")
    bad = [(t, sorted(triples(evs[t])), sorted(want)) for t, want in cases if triples(evs[t]) != want]
    assert not bad, bad
