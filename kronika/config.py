"""Configuration: packaged defaults overlaid by a user TOML file that sets only what it changes."""

from __future__ import annotations

import copy
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError


def _defaults() -> dict[str, Any]:
    with resources.files("kronika").joinpath("data/defaults.toml").open("rb") as f:
        return tomllib.load(f)


def _overlay(base: dict[str, Any], over: dict[str, Any], where: str = "") -> dict[str, Any]:
    out = copy.deepcopy(base)
    for k, v in over.items():
        key = f"{where}{k}"
        if k not in base:
            raise ConfigError(f"unknown config key '{key}' (known here: {', '.join(sorted(base))})")
        if isinstance(base[k], dict):
            if not isinstance(v, dict):
                raise ConfigError(f"config key '{key}' must be a table")
            out[k] = _overlay(base[k], v, key + ".")
        else:
            if base[k] is not None and not isinstance(v, type(base[k])) and not (
                isinstance(base[k], float) and isinstance(v, int)
            ):
                raise ConfigError(
                    f"config key '{key}' must be {type(base[k]).__name__}, got {type(v).__name__}"
                )
            out[k] = v
    return out


def load_config(path: str | Path | None = None, **overrides: Any) -> dict[str, Any]:
    """Defaults, then the user's TOML file, then keyword overrides like ``reader={"max_bytes": 10}``."""
    cfg = _defaults()
    if path is not None:
        p = Path(path)
        try:
            with p.open("rb") as f:
                user = tomllib.load(f)
        except FileNotFoundError as e:
            raise ConfigError(f"config file not found: {p}") from e
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"config file {p} is not valid TOML: {e}") from e
        cfg = _overlay(cfg, user)
    if overrides:
        cfg = _overlay(cfg, overrides)
    return cfg
