"""Whole-article recall in Lithuanian: mediators named in a sentence of their own, reactions to an act told
several sentences before, a threat of response with no addressee, the Belarusian border committee."""
from conftest import coded_events, triples


def _got(t, d="2025-03-04"):
    return triples(coded_events([t], "lt", d)[t], both=True)


def test_mediators_in_next_sentence_serve_the_pair():
    t = ("Etiopija ir Eritrėja pirmadienį Džibutyje susitarė dėl paliaubų. "
         "Derybose tarpininkavo Kenija ir Turkija.")
    got = _got(t)
    assert {("KEN", "ETH", "04"), ("KEN", "ERI", "04"), ("TUR", "ETH", "04"), ("TUR", "ERI", "04")} <= got
    assert ("KEN", "TUR", "04") not in got and ("TUR", "KEN", "04") not in got


def test_mediated_talks_with_topic_coded_by_the_verb():
    t = ("Serbijos ir Kosovo vadovai ketvirtadienį susitiko Ohride. "
         "Derybose dėl sienos ženklinimo tarpininkavo Europos Sąjunga.")
    got = _got(t)
    assert {("EU", "SRB", "04"), ("EU", "XKX", "04")} <= got


def test_mediating_participle_after_an_exchange():
    t = "Armėnija ir Azerbaidžanas antradienį apsikeitė belaisviais. Mainus tarpininkaudamas surengė Kataras."
    got = _got(t)
    assert {("QAT", "ARM", "04"), ("QAT", "AZE", "04")} <= got


def test_mediation_in_a_relative_clause_needs_a_dative():
    t = "Tailandas ir Kambodža sutarė dėl paliaubų, kurioms tarpininkavo Malaizija."
    assert {("MYS", "THA", "04"), ("MYS", "KHM", "04")} <= _got(t)


def test_condemned_treaty_told_sentences_before():
    t = ("Baltarusija ir Rusija trečiadienį pasirašė karinio bendradarbiavimo sutartį. "
         "„Tai nauja era“, – sakė Lukašenka. "
         "Jis pridūrė, kad pratybos vyks kasmet. "
         "Lenkijos vyriausybė sutartį pasmerkė.")
    got = _got(t)
    assert {("POL", "BLR", "11"), ("POL", "RUS", "11")} <= got


def test_welcomed_agreement_goes_to_both_parties():
    t = ("Egiptas ir Sudanas susitarė atnaujinti derybas dėl užtvankos. "
         "Derybos vyks Kaire. "
         "Pirmasis susitikimas numatytas kitą mėnesį. "
         "Susitarimą pasveikino Afrikos Sąjunga.")
    got = _got(t)
    assert {("AU", "EGY", "05"), ("AU", "SDN", "05")} <= got


def test_threat_of_response_answers_the_last_act():
    t = ("Japonija ketvirtadienį įvedė sankcijas Rusijos bankams. "
         "Sankcijos įsigalios kitą savaitę. "
         "„Tai būtinas žingsnis“, – sakė Japonijos ministras. "
         "Rusijos užsienio reikalų ministerija pagrasino atsakomosiomis priemonėmis.")
    assert ("RUS", "JPN", "13") in _got(t)


def test_state_border_committee_is_an_actor():
    t = ("Lietuva apkaltino Baltarusiją organizuojant migrantų srautus. "
         "Baltarusijos valstybės pasienio komitetas kaltinimus atmetė.")
    got = coded_events([t], "lt", "2025-03-04")[t]
    assert any(e.source_actor == "BLRCOP" and e.target_country == "LTU" and e.cameo.startswith("016") for e in got)
