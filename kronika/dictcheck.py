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
    try:
        from . import actordict
    except ImportError:
        actordict = None  # type: ignore[assignment]
    if actordict is not None:
        p, s = actordict.check()
        problems += p
        summary += s
    return problems, summary
