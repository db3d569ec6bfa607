from __future__ import annotations

from pathlib import Path

import pytest

from kronika.config import load_config

FIXTURES = Path(__file__).parent / "fixtures"
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
