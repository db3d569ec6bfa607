"""`kronika eval`: score the coder against gold sets (format: docs/annotation-guide.md).

Events are compared per item as sets at three strictnesses:
  pair  — unordered country pair + root        ({JPN, RUS}, "03")
  dir   — directed source → target country + root   (JPN, RUS, "03")
  code  — directed + full CAMEO code           (JPN, RUS, "0312")
Country level: JPNGOV → JPN, an organisation keeps its code (NATO, EU). Micro-averaged P/R/F1 over
items. Actors: multiset of actor codes per item (full code, and country level). Among events that
match at `dir`: PLOVER type, modality and historical-flag accuracy, and a confusion table of roots.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .article import Article, DocError, RawDoc, Source
from .errors import InputError
from .ontology import ontology

MODALITIES = {"asserted", "intended", "negated", "hypothetical", "reported"}
STAGES = ["extract", "clean", "lang", "sentences", "lemmas", "actors", "events"]


@cache
def _country_codes() -> frozenset[str]:
    from .actordict import load

    return frozenset(e.code for e in load().entities.values() if e.kind == "country" and e.code)


@cache
def _org_top() -> dict[str, str]:
    """Each organisation body → the organisation it belongs to, read from the CAMEO codes in orgs.tsv:
    a body's code extends its parent's (UNSC IGOUNOUSC → UN IGOUNO, EC IGOEUREECCOM → EU IGOEUREEC,
    NAC → NATO). Country level compares organisations at this top level, as it compares JPNGOV as JPN."""
    from .actordict import _rows

    cameo = {r["code"]: r["cameo"] for _, r in _rows("orgs.tsv")[1] if r["cameo"].startswith("IGO")}
    by_cameo: dict[str, str] = {}
    for code, cc in cameo.items():
        by_cameo.setdefault(cc, code)
    top = {}
    for code, cc in cameo.items():
        best = code
        for n in range(len("IGO") + 3, len(cc)):
            if cc[:n] in by_cameo:
                best = by_cameo[cc[:n]]
                break
        top[code] = best
    return top


def country_of(actor: str | None) -> str | None:
    """Country level of an actor code: JPNGOV → JPN; an organisation body → its organisation (UNSC → UN)."""
    if not actor:
        return None
    a = actor.upper()
    if a in _org_codes():
        return _org_top().get(a, a)  # (before the prefix: POLISARIO, FRONTEX, ALBA are no POL, FRO, ALB)
    if len(a) >= 3 and a[:3] in _country_codes():
        return a[:3]
    return _org_top().get(a, a)


@cache
def _org_codes() -> frozenset[str]:
    from .actordict import _rows

    return frozenset(r["code"] for _, r in _rows("orgs.tsv")[1])


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    items = []
    seen: set[str] = set()
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(f"cannot read gold file {p}: {e.strerror or e}") from e
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            it = json.loads(line)
        except ValueError as e:
            raise InputError(f"{p}:{no}: not valid JSON ({e})") from e
        for k in ("id", "lang", "events"):
            if k not in it:
                raise InputError(f"{p}:{no}: gold item needs '{k}'")
        if not (it.get("text") or it.get("html")):
            raise InputError(f"{p}:{no}: gold item needs 'text' or 'html'")
        if it["id"] in seen:
            raise InputError(f"{p}:{no}: duplicate id {it['id']!r}")
        seen.add(it["id"])
        for ev in it["events"]:
            for k in ("source", "target"):
                if not ev.get(k):
                    raise InputError(f"{p}:{no}: event needs '{k}'")
            if not (ev.get("cameo") or ev.get("root")):
                raise InputError(f"{p}:{no}: event needs 'cameo' or 'root'")
            if ev.get("modality", "asserted") not in MODALITIES:
                raise InputError(f"{p}:{no}: modality must be one of {sorted(MODALITIES)}")
        items.append(it)
    return items


def run_items(items: list[dict[str, Any]], cfg: dict[str, Any]) -> dict[str, Article | DocError]:
    """Code every gold item; returns id → Article (or DocError)."""
    from .pipeline import Pipeline

    pipe = Pipeline(cfg, STAGES)
    raws = []
    for it in items:
        kind = "html" if it.get("html") and not it.get("text") else "text"
        raws.append(RawDoc(id=str(it["id"]), source=Source(path=f"gold:{it['id']}", format="gold"), kind=kind,
                           content=it.get("text") or it.get("html"), date=it.get("date"), lang=it.get("lang"),
                           id_given=True))
    out: dict[str, Article | DocError] = {}
    for x in pipe(raws):
        out[str(x.id)] = x
    return out


def _root(ev: dict[str, Any]) -> str:
    return str(ev.get("root") or str(ev.get("cameo"))[:2])


def _keys(ev: dict[str, Any]) -> tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]:
    s, t = country_of(ev["source"]), country_of(ev["target"])
    root = _root(ev)
    code = str(ev.get("cameo") or root)
    return (tuple(sorted((s or "", t or ""))), root), (s, t, root), (s, t, code)


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def add(self, gold: set[Any] | Counter[Any], pred: set[Any] | Counter[Any]) -> None:
        if isinstance(gold, Counter):
            self.tp += sum((gold & pred).values())
            self.fp += sum((pred - gold).values())
            self.fn += sum((gold - pred).values())
        else:
            self.tp += len(gold & pred)
            self.fp += len(pred - gold)
            self.fn += len(gold - pred)


@dataclass
class Report:
    name: str
    items: int = 0
    errors: int = 0
    actors: PRF = field(default_factory=PRF)
    actors_country: PRF = field(default_factory=PRF)
    pair: PRF = field(default_factory=PRF)
    dir: PRF = field(default_factory=PRF)
    code: PRF = field(default_factory=PRF)
    plover_ok: int = 0
    modality_ok: int = 0
    historical_ok: int = 0
    matched: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    actor_items: int = 0  # items whose actors were scored (sets that annotate no actor at all are skipped)

    def metrics(self) -> dict[str, float]:
        return {
            "actor_f1": self.actors.f1, "actor_country_f1": self.actors_country.f1,
            "event_pair_root_f1": self.pair.f1, "event_directed_root_f1": self.dir.f1,
            "event_directed_code_f1": self.code.f1,
            "plover_accuracy": self.plover_ok / self.matched if self.matched else 0.0,
            "modality_accuracy": self.modality_ok / self.matched if self.matched else 0.0,
        }


LEVELS = {"pair": 0, "dir": 1, "code": 2}


def _show(k: tuple[Any, ...], lvl: int) -> str:
    if lvl == 0:
        (a, b), root = k
        return f"{a}~{b} {root}"
    return f"{k[0]}→{k[1]} {k[2]}"


def score(items: list[dict[str, Any]], results: dict[str, Article | DocError], name: str,
          level: str = "code") -> Report:
    """Score `items` against `results`; the verbose miss list is kept at `level` (pair, dir or code)."""
    rep = Report(name)
    lv = LEVELS[level]
    onto = ontology()
    for it in items:
        rep.items += 1
        art = results.get(str(it["id"]))
        if not isinstance(art, Article):
            rep.errors += 1
            art = None
        # actors (not for a file that annotates none: the construction probe sets score events only)
        if it.get("_no_actors"):
            gold_a = None
        else:
            gold_a = Counter(a["actor"] for a in it.get("actors", []) if a.get("actor"))
        pred_a: Counter[str] = Counter()
        if art is not None:
            seen_spans: set[tuple[int, int]] = set()
            for m in art.mentions:
                if m.role == "actor" and m.actor and (m.start, m.end) not in seen_spans:
                    seen_spans.add((m.start, m.end))
                    pred_a[m.actor] += 1
        if gold_a is not None:
            rep.actor_items += 1
            rep.actors.add(gold_a, pred_a)
            rep.actors_country.add(Counter(country_of(k) for k in gold_a.elements()),
                                   Counter(country_of(k) for k in pred_a.elements()))
        # events
        gold_evs = it["events"]
        pred_evs = [e.to_dict() for e in art.events] if art is not None else []
        for e in pred_evs:
            e["source"], e["target"] = e["source_actor"], e["target_actor"]
        pred_evs = [e for e in pred_evs if e["source"] and e["target"]]
        g = [_keys(e) for e in gold_evs]
        pk = [_keys(e) for e in pred_evs]
        for lvl, prf in enumerate((rep.pair, rep.dir, rep.code)):
            prf.add({k[lvl] for k in g}, {k[lvl] for k in pk})
        # accuracy among directed matches
        by_dir: dict[tuple[Any, ...], dict[str, Any]] = {}
        for e, k in zip(pred_evs, pk, strict=True):
            by_dir.setdefault(k[1], e)
        for e, k in zip(gold_evs, g, strict=True):
            pe = by_dir.get(k[1])
            if pe is None:
                continue
            rep.matched += 1
            gp = e.get("plover") or (onto[str(e["cameo"])].plover if str(e.get("cameo")) in onto else None)
            if (pe.get("plover") or None) == (gp or None):
                rep.plover_ok += 1
            if pe["modality"] == e.get("modality", "asserted"):
                rep.modality_ok += 1
            if bool(pe["historical"]) == bool(e.get("historical", False)):
                rep.historical_ok += 1
        # root confusion on directed pairs
        gp_roots = defaultdict(set)
        for k in g:
            gp_roots[k[1][:2]].add(k[1][2])
        pp_roots = defaultdict(set)
        for k in pk:
            pp_roots[k[1][:2]].add(k[1][2])
        for pair_ in set(gp_roots) | set(pp_roots):
            gs, ps = gp_roots.get(pair_, set()), pp_roots.get(pair_, set())
            for r in gs & ps:
                rep.confusion[(r, r)] += 1
            gl, pl = sorted(gs - ps), sorted(ps - gs)
            for a, b in zip(gl, pl, strict=False):
                rep.confusion[(a, b)] += 1
            for a in gl[len(pl):]:
                rep.confusion[(a, "-")] += 1
            for b in pl[len(gl):]:
                rep.confusion[("-", b)] += 1
        # verbose record
        gset = {k[lv] for k in g}
        pset = {k[lv] for k in pk}
        shown: set[Any] = set()
        for e, k in zip(gold_evs, g, strict=True):
            if k[lv] not in pset and k[lv] not in shown:
                shown.add(k[lv])
                rep.misses.append(f"MISS  {it['id']}: {_show(k[lv], lv)} ({e.get('modality', 'asserted')})"
                                  f"  | {it.get('text', '')[:300]!r}")
        for e, k in zip(pred_evs, pk, strict=True):
            if k[lv] not in gset and k[lv] not in shown:
                shown.add(k[lv])
                rep.misses.append(f"FALSE {it['id']}: {_show(k[lv], lv)} ({e['modality']}) rule={e['rule']}"
                                  f"  | {e['sentence'][:300]!r}")
    return rep


def format_report(rep: Report, verbose: bool = False) -> str:
    lines = [f"== {rep.name}: {rep.items} items" + (f", {rep.errors} failed to process" if rep.errors else "")]
    lines.append(f"{'':28} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
    for label, prf in (("actors (full code)", rep.actors), ("actors (country)", rep.actors_country),
                       ("events pair+root", rep.pair), ("events directed+root", rep.dir),
                       ("events directed+code", rep.code)):
        if label.startswith("actors") and not rep.actor_items:
            lines.append(f"{label:28} {'-':>6} {'-':>6} {'-':>6}   (no actors annotated in this set)")
            continue
        lines.append(f"{label:28} {prf.p:6.3f} {prf.r:6.3f} {prf.f1:6.3f}   {prf.tp}/{prf.fp}/{prf.fn}")
    if rep.matched:
        lines.append(f"among {rep.matched} directed matches: PLOVER type {rep.plover_ok / rep.matched:.3f}, "
                     f"modality {rep.modality_ok / rep.matched:.3f}, historical flag {rep.historical_ok / rep.matched:.3f}")
    roots = sorted({r for k in rep.confusion for r in k} - {"-"}) + ["-"]
    if rep.confusion:
        lines.append("root confusion (rows gold, columns predicted, '-' none):")
        lines.append("      " + " ".join(f"{r:>3}" for r in roots))
        for g in roots:
            row = [rep.confusion.get((g, p), 0) for p in roots]
            if any(row):
                lines.append(f"  {g:>3} " + " ".join(f"{x:>3}" if x else "  ." for x in row))
    if verbose:
        lines.extend(rep.misses)
    return "\n".join(lines)


def evaluate(paths: list[str], cfg: dict[str, Any], level: str = "code") -> list[Report]:
    """One report per gold file, per split inside it, and one over all."""
    reports = []
    all_items: list[dict[str, Any]] = []
    all_results: dict[str, Article | DocError] = {}
    for p in paths:
        items = load_gold(p)
        if not any(it.get("actors") for it in items):
            items = [{**it, "_no_actors": True} for it in items]  # a file that annotates no actor
        res = run_items(items, cfg)
        name = Path(p).name
        # ids are unique within a file, not across files: the pooled report keys them by file
        all_items += [{**it, "id": f"{name}:{it['id']}"} for it in items]
        all_results.update({f"{name}:{k}": v for k, v in res.items()})
        splits = sorted({it.get("split", "dev") for it in items})
        if len(splits) > 1:
            for sp in splits:
                sub = [it for it in items if it.get("split", "dev") == sp]
                reports.append(score(sub, res, f"{Path(p).name} [{sp}]", level))
        reports.append(score(items, res, Path(p).name, level))
    if len(paths) > 1:
        reports.append(score(all_items, all_results, "all", level))
    return reports
