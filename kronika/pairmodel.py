"""A learned second opinion on the rules: which roots happened between two countries of an article.

The rules (events.py) find an act when they know its construction; on text they were not tuned on they
find about half the acts the gold names, and most of the misses are between two countries named in one
sentence — the pair is there, the rule for its words is not, or the rule coded one act of the pair and
missed a second. This model looks at every such pair as a whole: the lemmas of the sentences that name
both, the words between the two names and near them, the word right before and after each name, the case,
kind and role of each name, the headline — and gives, for each CAMEO root, the probability that the article
reports an act of that root between the two. Two smaller models say which code of the root (multinomial
per root) and which of the two acts (the country named first or the other). All are logistic regressions
per language, trained by `tools/train_pairmodel.py` on the project's tuning gold and no-event probes (never
on the held-back sets) and shipped as weights in `kronika/data/models/`; scoring is a sum of weights, no
learning library is needed at run time.

How its opinion is used (`apply`): a root the rules did not code for the pair is added when the model
gives it at least the language's threshold (stored with the weights, or `[events.model] add`). The new event
points at the sentence whose own words score that root highest, takes as its doer the one of the two the rules
made the doer of another act of that sentence, else (Lithuanian) the one in the nominative, else the direction
model's answer when it is sure, else the one named first; the modality its sentence's words give (negation,
hypothetical and intent words of the language's lexicon) and the rules' test for a past date. Its rule is
"model:pairroot" and its confidence the model's probability. What the rules coded is never removed.

A sentence where one of the two is named only as a place that is no capital ("Texas criticised Mexico", "talks
in Lviv") gives the pair no act (guide §5).
"""

from __future__ import annotations

import gzip
import json
import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from .evaluate import country_of
from .ontology import INTENT_OF

MODEL_DIR = Path(__file__).parent / "data" / "models"
ROOTS = [f"{i:02d}" for i in range(1, 21)]
_PUNCT = set(".,;:!?()[]{}\"'„“”«»–—-/")


def _country(m: Any) -> str | None:
    return country_of(m.actor) if m.actor else None


@dataclass
class Instance:
    pair: tuple[str, str]
    feats: set[str]
    sents: list[int]  # sentences naming both
    sent_feats: dict[int, set[str]]  # each such sentence's own word features
    first: str = ""  # the country named first in the first sentence naming both


def _lem(t: Any) -> str:
    return (t.lemma or t.low or t.text.lower()).lower()


def _sent_words(toks: list[Any], a: tuple[int, int], b: tuple[int, int]) -> set[str]:
    """Word features of one sentence for the pair whose names span token ranges a and b."""
    f = set()
    lo, hi = (a, b) if a[0] <= b[0] else (b, a)
    for i, t in enumerate(toks):
        if t.text in _PUNCT:
            continue
        w = _lem(t)
        if lo[0] <= i < lo[1] or hi[0] <= i < hi[1]:
            continue
        f.add("w:" + w)
        if lo[1] <= i < hi[0]:
            f.add("b:" + w)
        elif lo[0] - 6 <= i < lo[0]:
            f.add("pre:" + w)
        elif hi[1] <= i < hi[1] + 6:
            f.add("post:" + w)
    for tag, (x, y) in (("1", lo), ("2", hi)):  # the words right around each name (passive "by", "su", "to")
        if x <= 1:
            f.add(f"start{tag}")
        if x > 0:
            f.add(f"p{tag}:{_lem(toks[x - 1])}")
        if y < len(toks):
            f.add(f"n{tag}:{_lem(toks[y])}")
    return f


def _tok_span(toks: list[Any], m: Any, bounds: tuple[list[int], list[int]] | None = None) -> tuple[int, int]:
    """The token range [s, e) of mention m: from the first token ending after its start to the last starting
    before its end (`bounds`: the tokens' starts and ends, when the caller has them)."""
    starts, ends = bounds or ([t.start for t in toks], [t.end for t in toks])
    s = bisect_right(ends, m.start)
    s = 0 if s == len(toks) else s
    return s, max(bisect_left(starts, m.end), s + 1)


def _party(m: Any) -> bool:
    """A mention that can be a party: not a word the actor stage left unresolved, not a bare sector with no
    country ("the government" of no named state)."""
    return bool(m.actor) and m.role != "unresolved" and not (m.kind == "role" and not m.country)


def instances(art: Any, skip: frozenset[int] | set[int] = frozenset()) -> list[Instance]:
    """One instance per unordered pair of countries named together in a sentence (not in the sentences of
    `skip`: those the rules found to tell no act, questions, labelled lines, commentators' asides); features
    as the module says (the words only: what the rules coded is not a feature, see `apply`)."""
    by_sent: dict[int, dict[str, list[Any]]] = {}
    for m in art.mentions:
        c = _country(m) if _party(m) else None
        if c and m.sentence_index not in skip:
            by_sent.setdefault(m.sentence_index, {}).setdefault(c, []).append(m)
    inst: dict[tuple[str, str], Instance] = {}
    for si, cs in by_sent.items():
        if len(cs) < 2:
            continue
        sent = art.sentences[si]
        toks = sent.tokens
        bounds = ([t.start for t in toks], [t.end for t in toks])
        span = {id(m): _tok_span(toks, m, bounds) for ms in cs.values() for m in ms}
        names = sorted(cs)
        for x in range(len(names)):
            for y in range(x + 1, len(names)):
                a, b = names[x], names[y]
                ins = inst.setdefault((a, b), Instance((a, b), set(), [], {}))
                ins.sents.append(si)
                ma, mb = cs[a][0], cs[b][0]
                sa, sb = span[id(ma)], span[id(mb)]
                sf = _sent_words(toks, sa, sb)
                lo, hi = (sa, sb) if sa[0] <= sb[0] else (sb, sa)
                gap = hi[0] - lo[1]
                between = any(lo[1] <= span[id(m)][0] < hi[0] for c, ms in cs.items() if c not in (a, b)
                              for m in ms)
                sf |= {f"ncty:{min(len(cs), 4)}", "nonadj" if between else "adj",
                       "dist:" + ("0" if gap <= 2 else "1" if gap <= 5 else "2" if gap <= 10 else "3")}
                if lo[0] <= 3 and any(t.text in ("—", "–") for t in toks[lo[1]:lo[1] + 3]):
                    sf.add("dateline")
                ins.sent_feats[si] = sf
                ins.feats |= sf
                first, second = (ma, mb) if ma.start <= mb.start else (mb, ma)
                if not ins.first:
                    ins.first = a if first is ma else b
                ins.feats.add(f"role:{first.role}>{second.role}")
                ins.feats.add(f"kind:{first.kind}>{second.kind}")
                if first.case or second.case:
                    ins.feats.add(f"case:{first.case}>{second.case}")
                if si == 0:
                    ins.feats.add("headline")
    for ins in inst.values():
        ins.feats.add(f"nco:{min(len(ins.sents), 3)}")
    return list(inst.values())


class _Linear:
    """Linear scores over binary features: a weight matrix (one row a feature) and a bias, as numpy arrays, so
    a pair's scores are one fancy-indexed sum rather than a Python loop per feature and class."""

    __slots__ = ("bias", "index", "matrix")

    def __init__(self, bias: list[float], weights: dict[str, list[float]]):
        self.bias = np.asarray(bias, dtype=np.float64)
        self.index = {f: k for k, f in enumerate(weights)}
        self.matrix = (np.asarray(list(weights.values()), dtype=np.float64) if weights
                       else np.zeros((0, len(bias))))

    def scores(self, feats: set[str]) -> list[float]:
        rows = [k for k in map(self.index.get, feats) if k is not None]
        z = self.bias + self.matrix[rows].sum(axis=0) if rows else self.bias
        return z.tolist()


def _sigmoid(v: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, v))))


class Model:
    """The weights of one language: roots (one-vs-rest), codes within each root, and who acts."""

    def __init__(self, data: dict[str, Any]):
        self.lang = data["lang"]
        self.roots = _Linear(data["bias"], data["weights"])
        self.add = float(data["add"])
        self.codes: dict[str, tuple[list[str], _Linear]] = {
            r: (c["codes"], _Linear(c["bias"], c["weights"])) for r, c in data.get("codes", {}).items()}
        d = data.get("direction") or {}
        self.direction: tuple[list[str], _Linear] | None = (
            (d["classes"], _Linear(d["bias"], d["weights"])) if d.get("classes") else None)

    def proba(self, feats: set[str]) -> dict[str, float]:
        """Root → probability that the article reports an act of that root between the pair."""
        return {r: _sigmoid(v) for r, v in zip(ROOTS, self.roots.scores(feats), strict=True)}

    def code(self, root: str, feats: set[str]) -> str:
        """The most likely code of `root` for a pair with these features (its generic X0 code if unknown)."""
        c = self.codes.get(root)
        if not c:
            return root + "0"
        z = c[1].scores(feats)
        return c[0][max(range(len(z)), key=z.__getitem__)]

    def who_acts(self, root: str, feats: set[str]) -> tuple[str, float]:
        """Who acts in an act of `root` between the pair — "first" (the country named first), "second" or
        "both" (a joint act) — and the model's probability for it."""
        if self.direction is None:
            return "first", 0.5
        classes, lin = self.direction
        z = lin.scores(feats | {"R:" + root})
        if len(z) == 1:  # two classes: one score, for the second class
            p2 = _sigmoid(z[0])
            return (classes[1], p2) if p2 >= 0.5 else (classes[0], 1 - p2)
        top = max(z)
        ez = [math.exp(v - top) for v in z]
        k = max(range(len(z)), key=z.__getitem__)
        return classes[k], ez[k] / sum(ez)


@cache
def load(lang: str, where: str = "") -> Model | None:
    """The packaged weights of a language (or those in directory `where`); None if there are none."""
    p = (Path(where) if where else MODEL_DIR) / f"pairroot.{lang}.json.gz"
    if not p.exists():
        return None
    with gzip.open(p, "rt", encoding="utf-8") as fh:
        return Model(json.load(fh))


def _directions(ins: Instance, art: Any, si: int, sent_doers: dict[int, set[str]], who: tuple[str, float],
                sure: float) -> list[tuple[Any, Any]]:
    """(source mention, target mention) pairs for a new act of the pair in sentence si: if the rules coded one
    of the two as the doer of another act of the same sentence, that one; else, in Lithuanian, the one of the
    two names in the nominative; else the direction model's answer (`who`: the country named first acts, the
    second, or both — a joint act is coded both ways) if it gives it at least `sure` probability; else the one
    named first in the sentence (news tells the doer first).

    The direction the rules gave another act of the pair is not used: a second act of two countries in an
    article is as often the answer of the other (an expulsion, then the expulsion in return), and following
    it was right for fewer than half of the model's additions on sets it was not trained on (eval/README.md,
    ninth session)."""
    a, b = ins.pair
    ms = {c: [m for m in art.mentions if m.sentence_index == si and m.actor and _country(m) == c] for c in (a, b)}
    ma, mb = ms[a][0], ms[b][0]
    doers = sent_doers.get(si, set()) & {a, b}
    if len(doers) == 1:  # one of the two acts in another event the rules coded in this sentence
        return [(ma, mb) if a in doers else (mb, ma)]
    if art.lang == "lt":  # a case language: the one name in the nominative is the doer
        nom = [m for m in (ma, mb) if m.case == "NOM"]
        if len(nom) == 1:
            return [(ma, mb) if nom[0] is ma else (mb, ma)]
    who_, pw = who
    if pw >= sure:
        if who_ == "both":
            return [(ma, mb), (mb, ma)]
        other = b if ins.first == a else a
        s = ins.first if who_ == "first" else other
        return [(ma, mb) if s == a else (mb, ma)]
    return [(ma, mb) if ma.start <= mb.start else (mb, ma)]


def _placed_only(art: Any, si: int, c: str) -> bool:
    """Whether every mention of country c in sentence si is a place that is no capital: a region or a city
    the actor stage found to be where something happens or its own authority ("Texas criticised ...",
    "Scotland signed ...", "talks in Lviv") is no party of the state's (guide §5). A capital named as a place
    still is ("met in Vilnius": a visit to Lithuania)."""
    from .actordict import load as load_dict

    ms = [m for m in art.mentions if m.sentence_index == si and _party(m) and _country(m) == c]
    ents = load_dict().entities
    return bool(ms) and all(m.role == "location" and not (
        m.kind == "city" and (ent := ents.get(m.entity or "")) is not None and ent.capital) for m in ms)


def _practised(sent: Any) -> bool:
    from .events import _PRACTICE

    return any((t.lemma or t.low).lower().startswith(_PRACTICE) for t in sent.tokens)


def _modality(sent: Any, lex: Any) -> str:
    """What the sentence's own words say of the act: negated, hypothetical or intended (the lexicon's words
    for each, its future markers, a Lithuanian future verb), else asserted."""
    from .events import Events

    lows = [t.low for t in sent.tokens]
    if any(w in lex.negators for w in lows) or (lex.negation_prefix and any(
            (t.lemma or "").startswith(lex.negation_prefix) and (t.lemma or "")[len(lex.negation_prefix):] in lex.by_lemma
            for t in sent.tokens)):
        return "negated"
    if any(w in lex.hypothetical for w in lows):
        return "hypothetical"
    if any((t.lemma or t.low) in lex.intent_verbs for t in sent.tokens) or (
            lex.future_re is not None and lex.future_re.search(sent.text.lower())) or (
            lex.lang == "lt" and any(Events._lt_future(t, lex) for t in sent.tokens)):
        return "intended"
    return "asserted"


def apply(art: Any, model: Model, lex: Any, add: float | None = None,
          history: Callable[[Any], tuple[bool, str | None]] | None = None, sure: float = 0.9,
          skip: frozenset[int] | set[int] = frozenset()) -> list[Any]:
    """Events to add to `art.events` (already coded by the rules): one per (pair, root) the model is sure of
    and the rules did not code. Each points at its sentence (`rule` = "model:pairroot"), carries the model's
    probability as its confidence, the modality the sentence's words give and, through `history` (the rules'
    test of a sentence for a past date), its historical flag and year. Sentences in `skip` (those the rules
    found to tell no act) give no candidates."""
    from .events import Event

    coded: dict[tuple[str, str], set[str]] = {}
    sent_doers: dict[int, set[str]] = {}
    have_codes: dict[tuple[str, str], set[str]] = {}  # the intent and threat codes the rules gave each pair
    for e in art.events:
        a, b = country_of(e.source_actor or ""), country_of(e.target_actor or "")
        if a and b and a != b:
            key = (min(a, b), max(a, b))
            coded.setdefault(key, set()).add(e.cameo[:2])
            if e.cameo[:2] in ("03", "13"):
                have_codes.setdefault(key, set()).add(e.cameo)
        if a:
            sent_doers.setdefault(e.sentence_index, set()).add(a)
    add = model.add if add is None else add
    out = []
    for ins in instances(art, skip):
        sents = [k for k in ins.sents if not any(_placed_only(art, k, c) for c in ins.pair)]
        if not sents:
            continue  # one of the two is only where things happen in every sentence naming both (guide §5)
        ins.sents = sents
        probs = model.proba(ins.feats)
        have = coded.get(ins.pair, set())
        struct: set[str] | None = None
        by_sent: dict[int, dict[str, float]] = {}  # each sentence's own probabilities, made once if needed
        for root, p in probs.items():
            if root in have or p < add:
                continue
            if len(ins.sents) > 1 and not by_sent:
                struct = ins.feats.difference(*ins.sent_feats.values())  # the pair's own: roles, cases, headline
                by_sent = {k: model.proba(struct | ins.sent_feats[k]) for k in ins.sents}
            si = max(ins.sents, key=lambda k: by_sent[k][root]) if by_sent else ins.sents[0]
            sent = art.sentences[si]
            if root >= "17" and _practised(sent):
                continue  # "practising to intercept": a drill of force is no act of force (guide §10), as for the rules
            code = model.code(root, ins.feats)
            modality = _modality(sent, lex)
            plan = INTENT_OF.get(code) or INTENT_OF.get(code[:3]) or INTENT_OF.get(code[:2])
            if plan and any(c.startswith(plan) for c in have_codes.get(ins.pair, ())):
                continue  # the rules coded the intention to do it: the same act, told as a plan
            hist, year = history(sent) if history is not None else (False, None)
            when = year if hist and year else (art.date[:10] if art.date else None)
            for src, tgt in _directions(ins, art, si, sent_doers, model.who_acts(root, ins.feats), sure):
                out.append(Event(
                    article=art.id, sentence_index=si, sentence=sent.text,
                    source_actor=src.actor, source_country=src.country or _country(src),
                    target_actor=tgt.actor, target_country=tgt.country or _country(tgt),
                    cameo=code, modality=modality, historical=hist, date=when,
                    location=None, rule="model:pairroot",
                    spans={"source": [src.start, src.end], "target": [tgt.start, tgt.end], "trigger": None},
                    confidence=round(p, 2), source_entity=src.entity, target_entity=tgt.entity, lang=art.lang))
    return out
