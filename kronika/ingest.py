"""`kronika ingest`: run the whole pipeline over inputs into the DuckDB store, in parallel shards.

Shards are processed by the engine-free shard function (kronika.shard) in a local process pool,
each writing Parquet + a completion marker under `<db>.shards/`; finished shards are then loaded into
the store one transaction each. Re-running after a crash (even kill -9) redoes only unfinished shards
and loads only unloaded ones; articles are keyed by content hash, so nothing is added twice.
"""

from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .shard import plan_shards, run_shard, shard_id
from .store import Store


@dataclass
class IngestSummary:
    shards: int
    processed: int
    loaded: int
    new_articles: int
    near_dups: int
    mentions: int
    errors: int  # error records of the inputs processed in this run
    events: int
    known_errors: int = 0  # error records of inputs an earlier run ingested (their shards are skipped)
    error_list: list[tuple[str, str]] | None = None  # (where, message) of every error record of the inputs


def _progress(total: int, label: str) -> Any:
    try:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        p = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                     disable=not sys.stderr.isatty(), transient=False)
        return p
    except ImportError:  # pragma: no cover
        return None


def _spool_stdin(workdir: Path, cfg: dict[str, Any]) -> str:
    """Standard input, saved once under <db>.shards/stdin/ by its content hash. A shard is known by its
    inputs' names, sizes and times: as "-" every piped input was the same shard, so a second, different
    input was skipped as already done. Saved, it is a file like any other (and workers can read it)."""
    import hashlib

    from .errors import InputError

    limit = cfg["reader"]["max_bytes"] * 50
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"stdin is larger than {limit:,} bytes (50 × reader.max_bytes); save it to a file")
    d = workdir / "stdin"
    d.mkdir(exist_ok=True)
    f = d / hashlib.sha1(data).hexdigest()[:16]
    if not f.exists():
        tmp = f.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(f)
    return str(f)


def ingest(paths: list[str], db: str, cfg: dict[str, Any], workers: int = 1, shard_files: int = 64,
           default_date: str | None = None) -> IngestSummary:
    workdir = Path(f"{db}.shards")
    workdir.mkdir(parents=True, exist_ok=True)
    if "-" in paths:
        paths = [_spool_stdin(workdir, cfg) if p == "-" else p for p in paths]
    # `kronika ingest .` must not read the store it writes (the default --db is ./kronika.duckdb)
    shards = plan_shards(paths, shard_files, skip=[db, f"{db}.wal", str(workdir)])
    todo = [s for s in shards if not (workdir / shard_id(s) / "_DONE").exists()]
    prog = _progress(len(shards), "ingest")
    done = len(shards) - len(todo)
    summary = IngestSummary(len(shards), len(todo), 0, 0, 0, 0, 0, 0)
    with Store(db) as st:

        def load(s: list[str]) -> None:
            r = st.load_shard(workdir / shard_id(s))
            if not r.skipped:
                summary.loaded += 1
                summary.new_articles += r.new
                summary.near_dups += r.near_dups
                summary.mentions += r.mentions
                summary.errors += r.errors

        # shards done by an earlier run but not loaded (a crash between the two) load first
        for s in shards:
            if s not in todo:
                load(s)
        if prog is not None:
            prog.start()
            task = prog.add_task("shards", total=len(shards), completed=done)
        try:
            if workers <= 1 or len(todo) <= 1:
                for s in todo:
                    run_shard(s, cfg, str(workdir), default_date)
                    load(s)
                    if prog is not None:
                        prog.advance(task)
            else:
                # the main process loads each finished shard while the workers code the next ones
                with ProcessPoolExecutor(max_workers=workers) as pool:
                    futs = {pool.submit(run_shard, s, cfg, str(workdir), default_date): i
                            for i, s in enumerate(todo)}
                    for f in as_completed(futs):
                        f.result()
                        load(todo[futs[f]])
                        if prog is not None:
                            prog.advance(task)
        finally:
            if prog is not None:
                prog.stop()
        summary.events = st.rebuild_events()
        # every error record of these inputs, also those of shards an earlier run loaded (skipped now): a bad
        # file is reported on every run, not only the first
        summary.error_list = st.shard_errors([shard_id(s) for s in shards])
        summary.known_errors = max(0, len(summary.error_list) - summary.errors)
    return summary
