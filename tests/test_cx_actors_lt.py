"""Lithuanian actor recognition (from eval/gold/lt.cx-actors.jsonl): military aviation, relational
adjectives, people words in every case, a group named with its country, 'Aljansas' and 'Bendrija',
'šalies' / 'Sala' / 'šis' as the country or person named before, a state's leader (not a party's), ranks
in apposition and territories acted on. Each text must yield exactly the actor codes listed (participant
mentions); the negatives name no actor."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import RULES_ONLY

from kronika.config import load_config
from kronika.evaluate import run_items

CASES = [
    ("Izraelio aviacija antradienį smogė Hezbollah taikiniams pietų Libane.", ["ISRMIL", "HEZBOLLAH"]),
    ("JAV ir Didžiosios Britanijos aviacija naktį smogė hučių taikiniams Jemene.", ["USAMIL", "GBRMIL", "HOUTHIS"]),
    ("Rusiški dronai naktį atakavo Ukrainą.", ["RUSMIL", "UKR"]),
    ("Rusijos teismas nuteisė amerikietį kalėti penkerius metus už šnipinėjimą.", ["RUSJUD", "USACVL"]),
    ("Jemeno hučiai paleido dvi priešlaivines raketas į JAV karo laivą.", ["HOUTHIS", "USAMIL"]),
    ("Suomija antradienį oficialiai tapo NATO nare. Kremlius pareiškė, kad imsis atsakomųjų priemonių prieš "
     "Aljansą.", ["FIN", "NATO", "RUSGOV", "NATO"]),
    ("Izraelis smogė Iranui netoli Isfahano. Šalies kariuomenė atsisakė komentuoti smūgį.",
     ["ISR", "IRN", "IRN", "ISRMIL"]),
    ("Kinija pradėjo didžiules karines pratybas aplink Taivaną. Sala paskelbė aukštesnę parengtį.",
     ["CHN", "TWN", "TWN"]),
    ("Vokietijos kancleris Olafas Scholzas kalbėjosi su Prancūzijos prezidentu Emmanueliu Macronu. Šis paragino "
     "Europą didinti gynybos išlaidas.", ["DEUGOV", "FRAGOV", "FRAGOV"]),
    ("Rusijos lyderis pažadėjo padėti Šiaurės Korėjai kurti palydovus.", ["RUSGOV", "PRK"]),
    ("Nigerio, Malio ir Burkina Faso chuntos paskelbė sukuriančios konfederaciją.",
     ["NERMIL", "MLIMIL", "BFAMIL"]),
    ("JAV kariniai lėktuvai pirmą kartą numetė humanitarinės pagalbos Gazos Ruožui.", ["USAMIL", "PSE"]),
]

NEGATIVES = [
    "Opozicijos aljansas pristatė bendrą kandidatų sąrašą savivaldos rinkimams.",
    "Partijos lyderis pažadėjo mažinti mokesčius.",
    "Prancūziškas sūris ir itališkas vynas per metus pabrango beveik penktadaliu.",
    "Šis filmas pelnė pagrindinį festivalio prizą.",
    "Sala tapo populiariausia poilsiautojų vieta šią vasarą.",
]


def _actors(texts: list[str], date: str = "2024-06-01") -> list[Counter[str]]:
    items = [{"id": f"a{k}", "lang": "lt", "date": date, "text": t, "events": []} for k, t in enumerate(texts)]
    res = run_items(items, load_config(**RULES_ONLY))
    out = []
    for it in items:
        art = res[it["id"]]
        seen: set[tuple[int, int]] = set()
        got: Counter[str] = Counter()
        for m in art.mentions:
            if m.role == "actor" and m.actor and (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                got[m.actor] += 1
        out.append(got)
    return out


@pytest.mark.parametrize(("text", "want"), CASES)
def test_cx_actors_lt(text, want):
    (got,) = _actors([text])
    assert got == Counter(want), (text, dict(got))


def test_cx_actors_lt_negatives():
    for text, got in zip(NEGATIVES, _actors(NEGATIVES), strict=True):
        assert not got, (text, dict(got))
