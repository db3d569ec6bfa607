"""A Lithuanian plain statement ("pareiškė", "sakė", "pranešė", "tvirtina", 010) whose "kad" clause tells an act
between the speaker's side and another party is the telling of that act: the act is coded, the statement adds
no event. A plain statement's "kad" clause ends before a second verb of the speaker (", ir kaltina ...",
", ir pareikalavo ..."): that verb's object is not what the statement is about. Rules alone; sentences written
for this test."""
from __future__ import annotations

import pytest
from conftest import coded_triples

TOLD = [
    # the clause's act is the news; the speaker is its organisation's body
    ("Europos Komisija pareiškė, kad ES įves naujas sankcijas Baltarusijai.", ("EU", "BLR", "16"), ("EU", "BLR", "01")),
    ("Baltųjų rūmų atstovė pranešė, kad JAV smūgiai sunaikino Irano radarų bazę.",
     ("USA", "IRN", "19"), ("USA", "IRN", "01")),
    ("NATO generalinis sekretorius sakė, kad NATO dislokuos papildomus karius Lietuvoje.",
     ("NATO", "LTU", "03"), ("NATO", "LTU", "01")),
    # the second verb's object is not what the claim in the clause is about
    ("Japonijos vyriausybė tvirtina, kad laivas plaukė tarptautiniuose vandenyse, ir kaltina Kiniją provokacija.",
     ("JPN", "CHN", "11"), ("JPN", "CHN", "01")),
]


@pytest.mark.parametrize("text,want,never", TOLD)
def test_statement_telling_an_act_adds_no_statement(text, want, never):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert want in got, sorted(got)
    assert never not in got, sorted(got)


KEPT = [
    # a statement about ties with another party: the statement is the event
    ("Latvijos prezidentas pareiškė, kad santykiai su Lenkija dar niekada nebuvo tokie glaudūs.",
     {("LVA", "POL", "01")}),
    # the clause names the party; the demand after ", ir" is a second act of the speaker
    ("Estijos ministras pareiškė, kad derybos su Rusija dėl sienos neturi perspektyvų, ir pareikalavo, kad Maskva "
     "grąžintų sulaikytą pasienietį.", {("EST", "RUS", "01"), ("EST", "RUS", "10")}),
    # talks in the nominative are what the statement judges: the statement about them stays beside them
    ("Lietuvos užsienio reikalų ministras sakė, kad jo derybos su Lenkijos kolega buvo labai naudingos.",
     {("LTU", "POL", "01"), ("LTU", "POL", "04")}),
]


@pytest.mark.parametrize("text,want", KEPT)
def test_statement_about_another_party_stays(text, want):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert want <= got, sorted(got)


@pytest.mark.parametrize("text,pair", [
    ("Latvijos pasieniečiai pranešė, kad prie sienos su Rusija susidarė ilgos eilės.", ("LVA", "RUS")),
    ("Estijos vyriausybė pranešė, kad į Varšuvą vyks Estijos delegacija.", ("EST", "POL")),
])
def test_a_report_is_no_statement_about_the_party_its_fact_names(text, pair):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert (*pair, "01") not in got, sorted(got)


def test_a_report_to_a_party_and_a_statement_stay():
    got = coded_triples(["Lietuva pranešė Baltarusijai apie sienos uždarymą.",
                         "Lenkijos premjeras pareiškė, kad santykiai su Vokietija yra puikūs."], "lt", "2024-05-01")
    assert ("LTU", "BLR", "01") in got[0], sorted(got[0])
    assert ("POL", "DEU", "01") in got[1], sorted(got[1])


def test_a_statement_issued_names_its_topic_only_with_del():
    got = coded_triples(["Lietuva, Latvija ir Estija bendru pareiškimu paskelbė, kad rinkimai okupuotose Gruzijos "
                         "teritorijose yra neteisėti.",
                         "Lenkija paskelbė pareiškimą dėl Baltarusijos."], "lt", "2024-05-01")
    assert not {(s, t) for s, t, r in got[0] if r == "01"}, sorted(got[0])
    assert ("POL", "BLR", "01") in got[1], sorted(got[1])
