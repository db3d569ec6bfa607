from __future__ import annotations

from pathlib import Path

import pytest

from kronika.config import load_config

FIXTURES = Path(__file__).parent / "fixtures"
# The rules alone, without the learned pair/root model (kronika/pairmodel.py): tests of a construction test
# the rule written for it; the model's part is tested in test_pairmodel.py and, with the rules, by the gate.
RULES_ONLY = {"events": {"model": {"enabled": False}}}
SHARED = Path(__file__).resolve().parents[2] / "shared"
REFERENCE = SHARED / "examples" / "japan-russia-2plus2.lt.txt"


@pytest.fixture
def cfg():
    return load_config()


@pytest.fixture
def reference_path():
    if not REFERENCE.exists():
        pytest.skip(f"reference article not available: {REFERENCE} (../shared is absent in a user's clone)")
    return REFERENCE


def run(paths, cfg, stages=None):
    """Read + pipeline; returns (articles, errors)."""
    from kronika.article import DocError
    from kronika.pipeline import Pipeline
    from kronika.readers import read_paths

    out = list(Pipeline(cfg, stages)(read_paths([str(p) for p in paths], cfg)))
    return [x for x in out if not isinstance(x, DocError)], [x for x in out if isinstance(x, DocError)]


def coded_events(texts, lang, date):
    """Each text coded as an article of its own (the gold path, `run_items`): text → its events."""
    from kronika.evaluate import run_items

    items = [{"id": f"t{k}", "lang": lang, "date": date, "text": t} for k, t in enumerate(texts)]
    res = run_items(items, load_config(**RULES_ONLY))
    return {t: res[f"t{k}"].events for k, t in enumerate(texts)}


def code_one(text, lang, date="2024-05-01"):
    """One text coded by the rules alone as an article (the gold path, `run_items`): the Article."""
    from kronika.evaluate import run_items

    return run_items([{"id": "x", "lang": lang, "date": date, "text": text}], load_config(**RULES_ONLY))["x"]


def coded(text, lang, date="2024-05-01"):
    """(source, target, code) of each event the rules code in `text`: the actor codes, else the countries."""
    return {(e.source_actor or e.source_country or "", e.target_actor or e.target_country or "", e.cameo)
            for e in code_one(text, lang, date).events}


def has_event(text, lang, src, tgt, code, date="2024-05-01", exact=False):
    """An event from an actor starting with `src` to one starting with `tgt` whose code starts with `code` (is
    `code`, with `exact`)."""
    return any(s.startswith(src) and t.startswith(tgt) and (c == code if exact else c.startswith(code))
               for s, t, c in coded(text, lang, date))


def triples(events, both=False):
    """(source country or actor, target country or actor, root) of each event; `both`: only events with both
    parties named."""
    return {(e.source_country or e.source_actor, e.target_country or e.target_actor, e.cameo[:2])
            for e in events if not both or (e.source_actor and e.target_actor)}


def actor_triples(events):
    """(source actor, target actor, root) of each event: the full actor codes, not their countries."""
    return {(e.source_actor, e.target_actor, e.cameo[:2]) for e in events}


def coded_triples(texts, lang, date):
    """Each text's (source, target, root) triples with both parties named, in the order of the texts."""
    evs = coded_events(texts, lang, date)
    return [triples(evs[t], both=True) for t in texts]


def actor_codes(text, lang, date):
    """The actor codes of a text's participant mentions, in order, one per span (as the scorer counts them)."""
    from kronika.evaluate import run_items

    res = run_items([{"id": "x", "lang": lang, "date": date, "text": text, "events": []}], load_config())
    seen, out = set(), []
    for m in res["x"].mentions:
        if m.role == "actor" and m.actor and (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m.actor)
    return out
