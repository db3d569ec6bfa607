"""`kronika dict check`: validate every dictionary file shipped in the package."""

from __future__ import annotations

from .langpack import LANGS, check_langpack, load_yaml


def check_all() -> tuple[list[str], list[str]]:
    """(problems, summary lines) over every dictionary file."""
    problems: list[str] = []
    summary: list[str] = []
    for lang in LANGS:
        name = f"lexicons/{lang}.yaml"
        data = load_yaml(name)
        problems += check_langpack(data, name)
        summary.append(f"{name}: {len(data.get('widget_lines', []))} widget lines, "
                       f"{len(data.get('ad_markers', []))} ad markers, {len(data.get('abbreviations', []))} abbreviations")
    from .events import check_lexicon
    from .ontology import ontology

    summary.append(f"cameo/ontology.tsv: {len(ontology())} codes")
    for lang in LANGS:
        name = f"events/{lang}.yaml"
        data = load_yaml(name)
        problems += check_lexicon(data, name)
        pats = data.get("patterns") or []
        summary.append(f"{name}: {len(pats)} patterns, {len({p.get('lemma') for p in pats})} trigger lemmas, "
                       f"{len({str(p.get('code'))[:2] for p in pats})} CAMEO roots")
    try:
        from . import actordict
    except ImportError:
        actordict = None  # type: ignore[assignment]
    if actordict is not None:
        p, s = actordict.check()
        problems += p
        summary += s
    return problems, summary
