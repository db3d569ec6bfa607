"""Ongoing states, habits and asides (cx-enU, cx-ltU): a question, a line opened by a link, caption or widget label,
a verb in the present with a word of habit, a state of lasting time ("since 2014", "nuo 2014 metų", "iki šiol"),
a verb of support or cooperation in the present with no day, a bond held ("bound by a treaty"), a quoted title and
a commentator's remark tell no act; the same acts told as news with a day are still coded."""

from __future__ import annotations

import pytest
from conftest import coded_events, triples


def _events(text: str, lang: str):
    return coded_events([text], lang, "2024-05-10")[text]


@pytest.mark.parametrize("text, lang", [
    # questions and asides
    ("Will Turkey join the sanctions against Iran?", "en"),
    ("Ar Latvija uždarys sieną su Rusija?", "lt"),
    ("Read also: Slovakia and Hungary sign a gas deal", "en"),
    ("Taip pat skaitykite: Latvija ir Estija pasirašė susitarimą dėl elektros jungties", "lt"),
    ("Photo caption: Chilean and Argentine soldiers during a joint exercise in Patagonia.", "en"),
    # habits
    ("Japan routinely protests against Chinese patrols near the islands.", "en"),
    ("Every year Finland and Sweden hold joint naval drills in the Baltic.", "en"),
    ("Pekinas tokius vizitus nuolat smerkia.", "lt"),
    # lasting states
    ("Norway has backed Kyiv since 2022.", "en"),
    ("Latvija remia Moldovą nuo 2014 metų.", "lt"),
    ("Kenija ir Somalis iki šiol nesutaria dėl jūrų sienos.", "lt"),
    ("Latvija seniai prieštarauja šiam projektui.", "lt"),
    # standing relations in the present
    ("Chile and Peru cooperate closely on fisheries.", "en"),
    ("Most African countries still do not recognise Kosovo.", "en"),
    ("Kataras finansuoja Somalio kariuomenę.", "lt"),
    ("Prancūzija yra didžiausia Čado karinės paramos teikėja.", "lt"),
    ("Pakistano ir Kinijos strateginė partnerystė grindžiama bendrais interesais.", "lt"),
    ("Kubai taikomas JAV embargas jau šešis dešimtmečius.", "lt"),
    # bonds held, titles, commentators
    ("Chile and Peru are bound by a free trade agreement.", "en"),
    ('The film "Moscow\'s War on Chechnya" opened in Paris cinemas.', "en"),
    ("Analysts say Hanoi could retaliate against Beijing.", "en"),
])
def test_states_and_asides_code_nothing(text, lang):
    assert not triples(_events(text, lang)), text


@pytest.mark.parametrize("text, lang, want", [
    # the same acts told as news
    ("Turkey joined the sanctions against Iran on Monday.", "en", ("TUR", "IRN", "16")),
    ("Norway sent weapons to Ukraine on Tuesday.", "en", ("NOR", "UKR", "07")),
    ("Latvija antradienį uždarė sieną su Rusija.", "lt", ("LVA", "RUS", "16")),
    ("Chile and Peru signed a free trade agreement on Monday.", "en", ("CHL", "PER", "05")),
    ("Pekinas pirmadienį pasmerkė Japonijos premjero vizitą.", "lt", ("CHN", "JPN", "11")),
    # a habit word with an act aimed at 'these' things just told stays a stand on the matter
    ("Islamabadas kaltina Kabulą priglobiant kovotojus. Kabulas šiuos kaltinimus nuolat neigia.", "lt",
     ("AFG", "PAK", "01")),
    # a policy changed is news ("no longer")
    ("Chile will no longer recognise the Venezuelan government.", "en", ("CHL", "VEN", "03")),
    # a source's report of an ongoing supply is a claim reported
    ("Pasak žvalgybos, Iranas tiekia Rusijai dronų.", "lt", ("IRN", "RUS", "07")),
])
def test_news_acts_are_still_coded(text, lang, want):
    got = triples(_events(text, lang))
    assert want in got, got
