"""Language packs: per-language lexicons loaded once from package data into immutable objects."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from .errors import DictionaryError

LANGS = ("lt", "en")


def load_yaml(relpath: str) -> Any:
    path = resources.files("kronika").joinpath("data", relpath)
    try:
        with path.open(encoding="utf-8") as f:
            return yaml.safe_load(f)
    except FileNotFoundError as e:
        raise DictionaryError(f"missing dictionary file kronika/data/{relpath}") from e
    except yaml.YAMLError as e:
        raise DictionaryError(f"kronika/data/{relpath} is not valid YAML: {e}") from e


_NORM_STRIP = re.compile(r"^[\W_]+|[\W_]+$")


def norm_line(line: str) -> str:
    """Lowercase, collapse spaces, trim punctuation at both ends: how widget lines are compared."""
    return _NORM_STRIP.sub("", " ".join(line.lower().split()))


@dataclass(frozen=True, slots=True)
class LangPack:
    lang: str
    widget_lines: frozenset[str]
    widget_patterns: tuple[re.Pattern[str], ...]
    ad_markers: frozenset[str]
    credit_markers: tuple[str, ...]
    abbreviations: frozenset[str]
    sentence_starters: frozenset[str]
    ambiguous_names: frozenset[str]
    currency_words: frozenset[str]
    caption_prefixes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """The union of every language pack's line rules (a widget line is unambiguous in any language)."""

    widget_lines: frozenset[str]
    widget_patterns: tuple[re.Pattern[str], ...]
    ad_markers: frozenset[str]
    credit_re: re.Pattern[str]  # matches text that contains a credit marker or photo agency
    caption_prefix_re: re.Pattern[str] | None  # a line opening with one ("FILE PHOTO: ...") is a photo caption
    widget_re: re.Pattern[str] | None  # all widget patterns in one alternation
    quote_chars: str


_REQUIRED = {"lang": str, "widget_lines": list, "widget_patterns": list, "ad_markers": list,
             "credit_markers": list, "abbreviations": list, "sentence_starters": list}


def check_langpack(data: Any, name: str) -> list[str]:
    """Schema problems of one language pack file (empty list when it is fine)."""
    problems = []
    if not isinstance(data, dict):
        return [f"{name}: expected a mapping at the top"]
    for key, typ in _REQUIRED.items():
        if key not in data:
            problems.append(f"{name}: missing key '{key}'")
        elif not isinstance(data[key], typ):
            problems.append(f"{name}: '{key}' must be a {typ.__name__}")
    for key in ("widget_lines", "widget_patterns", "ad_markers", "credit_markers", "abbreviations",
                "sentence_starters", "ambiguous_names", "currency_words", "caption_prefixes"):
        bad = [x for x in data.get(key) or [] if not isinstance(x, str)]
        if bad:
            problems.append(f"{name}: '{key}' entries must be strings (quote YAML entries with ': '): {bad[:3]}")
    if problems:
        return problems
    for key in ("widget_lines", "ad_markers", "abbreviations"):
        seen: set[str] = set()
        for item in data.get(key) or []:
            n = norm_line(str(item)) if key != "abbreviations" else str(item).lower()
            if n in seen:
                problems.append(f"{name}: duplicate entry {item!r} in '{key}'")
            seen.add(n)
    for pat in data.get("widget_patterns") or []:
        try:
            re.compile(pat)
        except re.error as e:
            problems.append(f"{name}: widget pattern {pat!r} does not compile: {e}")
    return problems


@cache
def langpack(lang: str) -> LangPack:
    data = load_yaml(f"lexicons/{lang}.yaml")
    problems = check_langpack(data, f"lexicons/{lang}.yaml")
    if problems:
        raise DictionaryError("; ".join(problems))
    return LangPack(
        lang=lang,
        widget_lines=frozenset(norm_line(x) for x in data["widget_lines"]),
        widget_patterns=tuple(re.compile(p, re.I) for p in data["widget_patterns"]),
        ad_markers=frozenset(norm_line(x) for x in data["ad_markers"]),
        credit_markers=tuple(str(x).lower() for x in data["credit_markers"]),
        abbreviations=frozenset(str(x).lower() for x in data["abbreviations"]),
        sentence_starters=frozenset(str(x).lower() for x in data["sentence_starters"]),
        ambiguous_names=frozenset(str(x) for x in data.get("ambiguous_names") or []),
        currency_words=frozenset(str(x).lower() for x in data.get("currency_words") or []),
        caption_prefixes=tuple(str(x).lower() for x in data.get("caption_prefixes") or []),
    )


@cache
def boilerplate() -> Boilerplate:
    packs = [langpack(lang) for lang in LANGS]
    common = load_yaml("lexicons/common.yaml")
    words = sorted({m.rstrip(".:") for p in packs for m in p.credit_markers} | set(common["photo_agencies"]),
                   key=len, reverse=True)
    credit_re = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)|©", re.I
    )
    return Boilerplate(
        widget_lines=frozenset().union(*(p.widget_lines for p in packs)),
        widget_patterns=tuple(pat for p in packs for pat in p.widget_patterns),
        widget_re=re.compile("|".join(f"(?:{pat.pattern})" for p in packs for pat in p.widget_patterns), re.I)
        if any(p.widget_patterns for p in packs) else None,
        ad_markers=frozenset().union(*(p.ad_markers for p in packs)),
        credit_re=credit_re,
        caption_prefix_re=re.compile(r"^\s*(?:" + "|".join(re.escape(x) for x in caps) + r")\s*\S", re.I)
        if (caps := sorted({c for p in packs for c in p.caption_prefixes}, key=len, reverse=True)) else None,
        quote_chars=common["quote_chars"],
    )
