"""The learned pair/root model (kronika/pairmodel.py): the shipped weights, how `apply` turns probabilities
into events (threshold, the rules' events kept and never repeated, direction, code, sentence, provenance),
the config switches, and the trainer's fit. Mechanics are tested with small hand-made weights, so the tests
say what the code does whatever the trained numbers are; the trained model's quality is the gate's business
(test_eval_gate.py)."""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
from pathlib import Path

import pytest
from conftest import RULES_ONLY

from kronika.config import load_config
from kronika.errors import ConfigError
from kronika.evaluate import run_items
from kronika.events import Events, lexicon
from kronika.pairmodel import MODEL_DIR, ROOTS, Model, apply, instances, load

HELD_BACK = ("heldout", "test", "dev4", "dev6", "dev7", "dev8")


def _article(text, lang="en", date="2024-05-16"):
    return run_items([{"id": "x", "lang": lang, "date": date, "text": text}], load_config(**RULES_ONLY))["x"]


def _model(bias, weights=None, codes=None, direction=None, add=0.5):
    return Model({"lang": "en", "bias": bias, "weights": weights or {}, "add": add, "codes": codes or {},
                  "direction": direction or {}})


def _logit(p):
    return math.log(p / (1 - p))


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_shipped_weights_are_trained_on_tuning_sets_only(lang):
    m = load(lang)
    assert m is not None, f"no packaged weights for {lang}"
    with gzip.open(MODEL_DIR / f"pairroot.{lang}.json.gz", "rt", encoding="utf-8") as fh:
        trained_on = json.load(fh)["trained_on"]
    assert trained_on and all(n.split(".")[1] not in HELD_BACK for n in trained_on), trained_on
    assert f"{lang}.probes" in trained_on  # the no-event probes are its hard negatives
    assert m.roots.matrix.shape[1] == len(ROOTS) == len(m.roots.bias) and 0 < m.add < 1
    assert m.roots.matrix.shape[0] > 1000 and m.direction is not None and set(m.codes) <= set(ROOTS)


def test_instances_are_pairs_named_together_in_a_sentence():
    art = _article("Norway and Sweden signed a fishing deal. Denmark stayed out of the talks.")
    pairs = {i.pair: i for i in instances(art)}
    assert set(pairs) == {("NOR", "SWE")}  # Denmark is never named with another country
    ins = pairs[("NOR", "SWE")]
    assert ins.sents == [0] and ins.first == "NOR"
    assert {"headline", "nco:1", "adj"} <= ins.feats and any(f.startswith("w:") for f in ins.feats)


def test_a_bare_sector_with_no_country_is_no_party():
    art = _article("The government accused Sweden of spying.")
    assert all("GOV" not in i.pair for i in instances(art))


def test_apply_adds_a_sure_root_with_its_code_direction_and_provenance():
    art = _article("Norway and Sweden zorbled over fishing rights on Monday.")
    assert not [e for e in art.events if e.source_actor and e.target_actor]  # the rules know no "zorble"
    bias = [-9.0] * len(ROOTS)
    bias[ROOTS.index("17")] = _logit(0.9)
    bias[ROOTS.index("12")] = _logit(0.4)  # below the threshold: not added
    m = _model(bias, codes={"17": {"codes": ["172", "173"], "bias": [0.0, 1.0], "weights": {}}},
               direction={"classes": ["first", "second"], "bias": [3.0], "weights": {}})  # "second", p 0.95
    evs = apply(art, m, lexicon("en"), add=0.5)
    assert [(e.source_country, e.target_country, e.cameo) for e in evs] == [("SWE", "NOR", "173")]
    e = evs[0]
    assert e.rule == "model:pairroot" and e.confidence == 0.9 and e.sentence_index == 0
    assert e.modality == "asserted" and not e.historical
    assert art.text[e.spans["source"][0]:e.spans["source"][1]] == "Sweden"


def test_an_unsure_direction_model_leaves_the_act_to_the_country_named_first():
    art = _article("Norway and Sweden zorbled over fishing rights on Monday.")
    bias = [-9.0] * len(ROOTS)
    bias[ROOTS.index("17")] = _logit(0.9)
    m = _model(bias, direction={"classes": ["first", "second"], "bias": [1.0], "weights": {}})  # "second", p 0.73
    assert [(e.source_country, e.target_country) for e in apply(art, m, lexicon("en"), add=0.5)] == [("NOR", "SWE")]
    assert [(e.source_country, e.target_country) for e in apply(art, m, lexicon("en"), add=0.5, sure=0.7)] == [
        ("SWE", "NOR")]


def test_the_direction_of_the_pairs_act_in_another_sentence_is_not_followed():
    art = _article("Norway expelled two Swedish diplomats on Monday. Sweden zorbled Norway in return.")
    assert ("NOR", "SWE", "12") not in {(e.source_country, e.target_country, e.cameo[:2]) for e in art.events}
    assert any(e.source_country == "NOR" and e.target_country == "SWE" and e.sentence_index == 0 for e in art.events)
    bias = [-9.0] * len(ROOTS)
    bias[ROOTS.index("12")] = _logit(0.9)
    zorble = [0.0] * len(ROOTS)
    zorble[ROOTS.index("12")] = 2.0  # the words of the second sentence tell the act
    evs = apply(art, _model(bias, weights={"w:zorbled": zorble}), lexicon("en"), add=0.5)
    # (a second act of two countries is as often the other's answer: here the one named first in its sentence)
    assert [(e.source_country, e.target_country, e.sentence_index) for e in evs] == [("SWE", "NOR", 1)]


def test_apply_never_repeats_a_root_the_rules_coded_and_takes_the_doer_of_the_same_sentence():
    art = _article("Norway accused Sweden of spying on its embassy.")
    ruled = {(e.source_country, e.target_country, e.cameo[:2]) for e in art.events}
    assert ("NOR", "SWE", "11") in ruled
    bias = [-9.0] * len(ROOTS)
    bias[ROOTS.index("11")] = _logit(0.99)
    bias[ROOTS.index("13")] = _logit(0.8)
    m = _model(bias, direction={"classes": ["first", "second"], "bias": [5.0], "weights": {}})  # "second"...
    evs = apply(art, m, lexicon("en"), add=0.5)
    # ... but the rules told who acts in this sentence: Norway
    assert [(e.source_country, e.target_country, e.cameo[:2]) for e in evs] == [("NOR", "SWE", "13")]


def test_apply_reads_negation_from_the_sentence():
    art = _article("Norway did not zorble Sweden.")
    bias = [-9.0] * len(ROOTS)
    bias[ROOTS.index("16")] = _logit(0.9)
    evs = apply(art, _model(bias), lexicon("en"), add=0.5)
    assert [e.modality for e in evs] == ["negated"]


def test_the_default_pipeline_uses_the_model_in_both_languages_and_config_chooses():
    assert set(Events(load_config()).models) == {"lt", "en"}
    assert set(Events(load_config(events={"model": {"languages": ["lt"]}})).models) == {"lt"}
    assert not Events(load_config(events={"model": {"enabled": False}})).models
    with pytest.raises(ConfigError, match="xx"):
        Events(load_config(events={"model": {"languages": ["xx"]}}))


def test_the_lithuanian_model_adds_events_on_text_of_its_training_sets():
    from kronika.evaluate import load_gold

    items = load_gold(Path(__file__).resolve().parents[1] / "eval" / "gold" / "lt.train-wire.jsonl")
    res = run_items(items, load_config())
    added = [e for a in res.values() for e in a.events if e.rule == "model:pairroot"]
    assert len(added) >= 10
    assert all(e.source_actor and e.target_actor and e.confidence >= load("lt").add for e in added)


def test_the_trainer_fits_what_the_rows_show():
    pytest.importorskip("sklearn")
    path = Path(__file__).resolve().parents[1] / "tools" / "train_pairmodel.py"
    spec = importlib.util.spec_from_file_location("train_pairmodel", path)
    tp = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tp)
    rows = [{"file": "a", "feats": {"w:sanction", "nco:1"}, "gold": {"16"}, "rule": set(),
             "gold_ev": [("16", "163", "A")], "first": "A"} for _ in range(20)]
    rows += [{"file": "b", "feats": {"w:meet", "nco:1"}, "gold": {"04"}, "rule": set(),
              "gold_ev": [("04", "040", "B")], "first": "A"} for _ in range(20)]
    dv, W, b = tp.fit(rows, 1.0)
    names = list(dv.get_feature_names_out())
    assert W[ROOTS.index("16"), names.index("w:sanction")] > 0 > W[ROOTS.index("16"), names.index("w:meet")]
    p = tp.predict((dv, W, b), rows[:1] + rows[-1:])
    assert p[0][ROOTS.index("16")] > 0.5 > p[1][ROOTS.index("16")]
    d = tp.fit_direction(rows, 1.0)
    m = _model([0.0] * 20, direction=d)
    assert m.who_acts("16", {"w:sanction", "nco:1"})[0] == "first"
    assert m.who_acts("04", {"w:meet", "nco:1"})[0] == "second"


def test_in_lithuanian_the_one_name_in_the_nominative_acts():
    art = _article("Ukrainai naują zorblą perdavė Lietuva.", lang="lt", date="2024-03-12")
    bias = [-9.0] * len(ROOTS)
    bias[ROOTS.index("07")] = _logit(0.9)
    m = _model(bias, direction={"classes": ["first", "second"], "bias": [-5.0], "weights": {}})  # "first"...
    evs = apply(art, m, lexicon("lt"), add=0.5)
    # ... but Lietuva is the nominative: the giver
    assert [(e.source_country, e.target_country) for e in evs] == [("LTU", "UKR")]


def test_practised_force_is_no_act_for_the_model_either():
    bias = [-9.0] * len(ROOTS)
    bias[ROOTS.index("19")] = _logit(0.95)
    m = _model(bias)
    done = _article("Norway zorbled Swedish missiles over the sea.")
    assert {e.cameo[:2] for e in apply(done, m, lexicon("en"), add=0.5)} == {"19"}
    drill = _article("Norway practised zorbling Swedish missiles over the sea.")
    assert apply(drill, m, lexicon("en"), add=0.5) == []
