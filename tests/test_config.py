from __future__ import annotations

import pytest

from kronika.config import load_config
from kronika.errors import ConfigError
from kronika.pipeline import Pipeline


def test_config_user_file_overlays_only_what_it_sets(tmp_path):
    p = tmp_path / "k.toml"
    p.write_text("[reader]\nmax_bytes = 1000\n[repeated_lines]\nmin_docs = 5\n")
    cfg = load_config(p)
    assert cfg["reader"]["max_bytes"] == 1000 and cfg["repeated_lines"]["min_docs"] == 5
    assert cfg["reader"]["encoding_errors"] == "strict"  # untouched default


@pytest.mark.parametrize("body,msg", [
    ("[reader]\nmax_byte = 3\n", "unknown config key 'reader.max_byte'"),
    ("[reader]\nmax_bytes = 'big'\n", "must be int"),
    ("[reader\n", "not valid TOML"),
])
def test_config_errors_are_clear(tmp_path, body, msg):
    p = tmp_path / "bad.toml"
    p.write_text(body)
    with pytest.raises(ConfigError, match=msg):
        load_config(p)


def test_config_unknown_stage():
    with pytest.raises(ConfigError, match="unknown stage"):
        Pipeline(load_config(), ["extract", "nonsense"])
