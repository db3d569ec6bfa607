"""Second-tier officials (spokespeople, security councils, army and intelligence chiefs, speakers, ministers,
EU commissioners): their terms in officials/part_officials2.tsv, and the office written around a known name
read as that official's nationality, not as a second participant (probe set cx-officials)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import RULES_ONLY, coded_events, triples

from kronika.actordict import ROLES, load
from kronika.config import load_config
from kronika.evaluate import run_items


def _actors(text, lang, when):
    art = run_items([{"id": "a", "lang": lang, "date": when, "text": text}], load_config(**RULES_ONLY))["a"]
    seen, out = set(), []
    for m in art.mentions:
        if m.role == "actor" and m.actor and (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m.actor)
    return sorted(out)


def test_new_roles_are_known_and_ranked():
    assert {"spokesperson", "speaker", "military_chief", "intelligence_chief", "security_adviser"} <= ROLES
    d = load()
    medvedev = d.entities["person:dmitry-medvedev"]
    assert medvedev.term_at(date(2023, 7, 20)).role == "deputy_head"
    assert d.entities["person:valery-gerasimov"].term_at(date(2023, 1, 20)).sector == "MIL"


@pytest.mark.parametrize("text,lang,when,want", [
    ("Kremliaus atstovas spaudai Dmitrijus Peskovas apkaltino JAV.", "lt", "2023-03-14", ["RUSGOV", "USA"]),
    ("Valerii Zaluzhnyi met Mark Milley.", "en", "2023-08-10", ["UKRMIL", "USAMIL"]),
    ("Kyrylo Budanov warned Russia.", "en", "2023-05-29", ["RUS", "UKRSPY"]),
    ("Valerii Zaluzhnyi warned Russia.", "en", "2025-05-29", ["RUS", "UKRELI"]),  # a former commander
])
def test_officials_by_date(text, lang, when, want):
    assert _actors(text, lang, when) == want


@pytest.mark.parametrize("text,lang,when,want", [
    # a country or body before the title words of a known official of that country
    ("Rusijos Saugumo tarybos sekretorius Nikolajus Patruševas susitiko su Kinijos užsienio reikalų ministru "
     "Wang Yi.", "lt", "2022-09-19", ["CHNGOV", "RUSGOV"]),
    ("Seimo pirmininkė Viktorija Čmilytė-Nielsen susitiko su Ukrainos Aukščiausiosios Rados pirmininku Ruslanu "
     "Stefančuku.", "lt", "2023-03-08", ["LTULEG", "UKRLEG"]),
    ("Israeli military chief Herzi Halevi warned Hezbollah.", "en", "2023-10-13", ["HEZBOLLAH", "ISRMIL"]),
    ("Russia's chief of the general staff, Valery Gerasimov, met Belarusian military commanders.", "en", "2023-01-20",
     ["BLRMIL", "RUSMIL"]),
    # a capitalised title word before a known name is no first name
    ("CIA Director William Burns met Russian intelligence chiefs.", "en", "2022-03-21", ["RUSSPY", "USASPY"]),
    # the office in apposition after the name
    ("Sergei Naryshkin, head of Russia's foreign intelligence service, accused Poland of provocations.", "en",
     "2023-03-01", ["POL", "RUSSPY"]),
    # a capital's possessive before a title
    ("Beijing's foreign ministry spokesman Guo Jiakun rejected the Philippines' accusations.", "en", "2025-01-14",
     ["CHNGOV", "PHL"]),
])
def test_office_around_a_name_is_one_participant(text, lang, when, want):
    assert _actors(text, lang, when) == want


def test_events_of_officials():
    ev = coded_events(["Sergei Naryshkin, head of Russia's foreign intelligence service, accused Poland of "
                       "provocations.",
                       "The speaker of the Verkhovna Rada criticised Hungary for blocking the aid.",
                       "Medvedev called British leaders eternal enemies."], "en", "2024-05-07")
    assert ("RUS", "POL", "11") in triples(list(ev.values())[0])
    assert ("UKR", "HUN", "11") in triples(list(ev.values())[1])
    assert ("RUS", "GBR", "11") in triples(list(ev.values())[2])
    ev = coded_events(["D. Medvedevas išvadino Didžiosios Britanijos vadovus amžinais priešais.",
                       "Nikolajus Patruševas sakė, kad atsakas skaudžiai atsilieps Lietuvos gyventojams."],
                      "lt", "2023-06-21")
    assert ("RUS", "GBR", "11") in triples(list(ev.values())[0])
    assert not any(t[1] == "LTU" and t[2] == "01" for t in triples(list(ev.values())[1]))
