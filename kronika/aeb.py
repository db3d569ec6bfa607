"""The article-extraction benchmark (AEB) metric and runner.

Metric (as the benchmark defines it): per page, split predicted and gold text into ``\\w+`` tokens,
build overlapping 4-token shingles, match the two multisets: TP shared, FP predicted only, FN gold
only, normalised so TP+FP+FN = 1. Precision = mean over pages with a non-empty prediction, recall =
mean over pages with a non-empty gold; F1 = harmonic mean of the two means.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

_WORD = re.compile(r"\w+")


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    toks = _WORD.findall(text or "")
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def page_scores(pred: str, gold: str) -> tuple[float, float, float]:
    """(tp, fp, fn) for one page, normalised to sum to 1 (all 0 when both are empty)."""
    p, g = _shingles(pred), _shingles(gold)
    tp = sum((p & g).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    tot = tp + fp + fn
    return (tp / tot, fp / tot, fn / tot) if tot else (0.0, 0.0, 0.0)


@dataclass
class AebResult:
    name: str
    precision: float
    recall: float
    f1: float
    pages: int
    seconds: float

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def load(root: str | Path) -> list[tuple[str, bytes, str]]:
    """(page id, html bytes, gold body) for every page of the benchmark."""
    root = Path(root)
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid in sorted(gold):
        path = root / "html" / f"{pid}.html.gz"
        with gzip.open(path, "rb") as f:
            pages.append((pid, f.read(), gold[pid].get("articleBody") or ""))
    return pages


def score(preds: list[str], golds: list[str]) -> tuple[float, float, float]:
    ps, rs = [], []
    for pred, gold in zip(preds, golds, strict=True):
        tp, fp, fn = page_scores(pred, gold)
        if _WORD.search(pred or ""):
            ps.append(tp / (tp + fp) if tp + fp else 0.0)
        if _WORD.search(gold or ""):
            rs.append(tp / (tp + fn) if tp + fn else 0.0)
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(name: str, extract: Callable[[str, bytes], str], pages: list[tuple[str, bytes, str]]) -> AebResult:
    preds: list[str] = []
    t0 = time.perf_counter()
    for pid, html, _ in pages:
        try:
            preds.append(extract(pid, html) or "")
        except Exception:
            preds.append("")
    dt = time.perf_counter() - t0
    p, r, f = score(preds, [g for _, _, g in pages])
    return AebResult(name, p, r, f, len(pages), dt)


def kronika_extractor(cfg: dict | None = None) -> Callable[[str, bytes], str]:
    """kronika's read → extract → clean path on one page's bytes; returns the body text."""
    from .article import Article, DocError
    from .config import load_config
    from .pipeline import Pipeline
    from .readers import read_bytes

    cfg = cfg or load_config()
    pipe = Pipeline(cfg, ["extract", "clean"])

    def extract(pid: str, html: bytes) -> str:
        out = pipe.run_batch(list(read_bytes(html, f"{pid}.html", cfg)))
        arts = [a for a in out if isinstance(a, Article)]
        if not arts or isinstance(out[0], DocError):
            return ""
        return "\n\n".join(p.text for p in arts[0].paragraphs)

    return extract


def trafilatura_extractor(fast: bool = False) -> Callable[[str, bytes], str]:
    import trafilatura

    def extract(pid: str, html: bytes) -> str:
        return trafilatura.extract(html, fast=fast) or ""

    return extract
