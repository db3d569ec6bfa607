"""Lithuanian actor side (session 11, third helper): who is the source and who the target of an event. Each test
pins a behaviour with a near-miss. Rules alone; the sentences are written for the tests."""
from __future__ import annotations

from conftest import actor_triples, code_one


def _got(text: str) -> set[tuple[str, str, str]]:
    """(source actor, target actor, root) of the events the rules alone code in a Lithuanian text."""
    return actor_triples(code_one(text, "lt").events)


def test_the_name_right_before_a_sanctions_noun_owns_the_measure():
    # "ES sankcijos", "JAV muitai": the name before the noun imposed the measure; the clause subject that carries
    # them out or answers them does not act on it
    assert not any(t and t.startswith("EU") for _, t, _ in _got("Latvija tik vykdo ES sankcijas."))
    assert ("CAN", "USA", "16") not in _got("Kanada pasipiktino JAV muitais.")
    # near-miss: the measure's target in the dative after the noun still is its target
    assert ("POL", "BLR", "16") in _got("Lenkija įvedė sankcijas Baltarusijai.")
    assert ("RUS", "LTU", "16") in _got("Lenkija pasmerkė Rusijos sankcijas Lietuvai.")


def test_a_feminine_i_stem_head_in_ys_declines_as_a_plural():
    from kronika.lt_inflect import inflect, is_plural_nominative

    # "šalys" is the plural of "šalis": "Baltijos šalių", "Baltijos šalims", "Baltijos šalis"
    forms = {(f.text, f.case) for f in inflect("Baltijos šalys")}
    assert {("Baltijos šalių", "GEN"), ("Baltijos šalims", "DAT"), ("Baltijos šalis", "ACC")} <= forms
    assert is_plural_nominative("sritys")
    # near-miss: a masculine noun in -ys is a singular ("žvejys" → "žvejio")
    assert not is_plural_nominative("žvejys")
    assert ("žvejio", "GEN") in {(f.text, f.case) for f in inflect("žvejys", "common")}


def test_a_group_of_states_acting_or_acted_on_is_each_member():
    # "Baltijos šalys" stands for Lithuania, Latvia and Estonia, in any case
    got = _got("Baltijos šalys išsiuntė Rusijos diplomatus.")
    assert {("LTU", "RUSGOV", "16"), ("LVA", "RUSGOV", "16"), ("EST", "RUSGOV", "16")} <= got, got
    got = _got("Baltarusija pagrasino Baltijos šalims.")
    assert {("BLR", "LTU", "13"), ("BLR", "LVA", "13"), ("BLR", "EST", "13")} <= got, got
    got = _got("Baltijos šalių gynybos ministrai susitiko su Lenkijos kolega.")
    assert {("LVAGOV", "POLGOV", "04"), ("ESTGOV", "POLGOV", "04")} <= got, got
    # near-miss: where something happens ("Baltijos šalyse") is a place, no participant
    assert not any("LTU" in (s or "") + (t or "") for s, t, _ in _got("Baltijos šalyse Vokietija surengė pratybas."))


def test_the_baltic_states_in_english_are_each_member_but_a_hyphen_compound_stays_one():
    from conftest import code_one as _code

    got = {(e.source_actor, e.target_actor, e.cameo[:2]) for e in _code("Belarus threatened the Baltic states.", "en").events}
    assert {("BLR", "LTU", "13"), ("BLR", "LVA", "13"), ("BLR", "EST", "13")} <= got, got
    # near-miss: "Ukrainian-Canadian" is one person of two nationalities, not two targets
    got = {e.target_actor for e in _code("Russia detained a Ukrainian-Canadian journalist.", "en").events}
    assert len(got) == 1, got


def test_wondering_whether_another_state_would_act_is_no_act_considered():
    # "svarsto, ar Rusija galėtų ...": whether another state would act is not an option weighed by anyone named
    got = _got("Ekspertai svarsto, ar Baltarusija galėtų užpulti Lenkiją.")
    assert not any(r == "01" for _, _, r in got), got
    # near-miss: weighing an act of one's own ("svarsto, ar uždaryti sieną") is considering it
    assert ("LVA", "RUS", "01") in _got("Latvija svarsto, ar uždaryti sieną su Rusija.")


def test_a_counted_group_of_states_as_subject_is_the_last_subject_naming_that_many():
    text = "Lenkija, Latvija ir Suomija išsiuntė Rusijos diplomatus. Trys šalys taip pat uždarė sieną su Rusija."
    got = _got(text)
    assert {("POL", "RUS", "16"), ("LVA", "RUS", "16"), ("FIN", "RUS", "16")} <= got, got
    # near-miss: a count that does not match the last subject's states is no reference to them
    got = _got("Lenkija ir Latvija išsiuntė Rusijos diplomatus. Trys šalys taip pat uždarė sieną su Rusija.")
    assert ("POL", "RUSGOV", "16") in got, got
    assert not any(t == "RUS" for _, t, _ in got), got  # (the border closing has no subject to take)
