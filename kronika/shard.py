"""The engine-free shard function, and running shards locally.

``process_shard(inputs, cfg)`` reads, cleans and codes a list of input paths and yields plain rows
(dicts) for three tables — articles, mentions (one per coded event report), errors. It needs no
scheduler: the same function runs in-process, in a local process pool (``run_shards``) and under
Dask (``dask.bag.from_sequence(shards).map(run_shard, cfg=cfg, workdir=...)``).

``run_shard`` writes one Parquet file per table for the shard, atomically (temp file, then rename),
and a completion marker last; a re-run skips shards whose marker exists (datatrove's approach).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .article import Article, DocError

CODE_STAGES = ["extract", "clean", "lang", "sentences", "lemmas", "actors", "events"]


def shard_id(inputs: list[str]) -> str:
    """Deterministic id of a shard: its inputs with their sizes and modification times."""
    h = hashlib.sha1()
    for p in inputs:
        try:
            st = os.stat(p)
            h.update(f"{p}\0{st.st_size}\0{int(st.st_mtime)}\n".encode())
        except OSError:
            h.update(f"{p}\0missing\n".encode())
    return h.hexdigest()[:16]


def minhash_signature(text: str, num_perm: int = 64) -> list[int]:
    """MinHash of word 5-shingles (datasketch), for near-duplicate detection."""
    from datasketch import MinHash

    words = text.lower().split()
    m = MinHash(num_perm=num_perm, seed=7, scheme="affine32")
    shingles = {" ".join(words[i:i + 5]) for i in range(max(1, len(words) - 4))}
    for s in shingles:
        m.update(s.encode("utf-8"))
    return [int(x) for x in m.hashvalues]


def process_shard(inputs: list[str], cfg: dict[str, Any], default_date: str | None = None
                  ) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (table, row) for every article, event mention and error of the inputs."""
    from .pipeline import Pipeline
    from .readers import read_paths

    first = Pipeline(cfg, CODE_STAGES[:4])
    rest = Pipeline(cfg, CODE_STAGES[4:])
    batch: list[Any] = []

    def flush(batch: list[Any]) -> Iterator[tuple[str, dict[str, Any]]]:
        items = first.run_batch(batch)
        for it in items:
            if isinstance(it, Article) and not it.date and default_date:
                it.date = default_date
        for it in rest.run_articles(items):
            if isinstance(it, DocError):
                yield "errors", {"path": it.source.path, "url": it.source.url, "offset": it.source.offset,
                                 "stage": it.stage, "kind": it.kind, "message": it.message, "doc_id": it.id}
                continue
            a: Article = it
            yield "articles", {
                "id": a.id, "title": a.title, "date": a.date, "lang": a.lang, "path": a.source.path,
                "url": a.source.url, "record_id": a.source.record_id, "n_sentences": len(a.sentences),
                "n_events": len(a.events), "text": a.text, "minhash": minhash_signature(a.text),
                "source_name": a.source.group(),
            }
            for k, e in enumerate(a.events):
                d = e.to_dict()
                d.pop("type", None)
                d["spans"] = json.dumps(d["spans"])
                d["mention_id"] = f"{a.id}:{k}"
                d["source_name"] = a.source.group()
                d["url"] = a.source.url
                d["doc_len"] = len(a.text)
                yield "mentions", d

    for item in read_paths(inputs, cfg):
        batch.append(item)
        if len(batch) >= 128:
            yield from flush(batch)
            batch = []
    if batch:
        yield from flush(batch)


TABLES = ("articles", "mentions", "errors")


def run_shard(inputs: list[str], cfg: dict[str, Any], workdir: str, default_date: str | None = None) -> str:
    """Process one shard into Parquet files under workdir/<shard id>/ (skipped if already done)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .cli import tune_gc

    tune_gc()
    sid = shard_id(inputs)
    out = Path(workdir) / sid
    if (out / "_DONE").exists():
        return sid
    out.mkdir(parents=True, exist_ok=True)
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for table, row in process_shard(inputs, cfg, default_date):
        rows[table].append(row)
    for table in TABLES:
        tmp = out / f".{table}.parquet.tmp"
        schema = _SCHEMAS[table]
        tbl = pa.Table.from_pylist(rows[table], schema=schema)
        pq.write_table(tbl, tmp)
        os.replace(tmp, out / f"{table}.parquet")
    (out / "inputs.json").write_text(json.dumps(inputs), encoding="utf-8")
    (out / "_DONE").write_text("ok\n", encoding="utf-8")
    return sid


def _schemas() -> dict[str, Any]:
    import pyarrow as pa

    s = pa.string()
    return {
        "articles": pa.schema([("id", s), ("title", s), ("date", s), ("lang", s), ("path", s), ("url", s),
                               ("record_id", s), ("n_sentences", pa.int32()), ("n_events", pa.int32()),
                               ("text", s), ("minhash", pa.list_(pa.uint64())), ("source_name", s)]),
        "mentions": pa.schema([
            ("mention_id", s), ("article", s), ("sentence_index", pa.int32()), ("sentence", s),
            ("source_actor", s), ("source_country", s), ("target_actor", s), ("target_country", s),
            ("source_entity", s), ("target_entity", s), ("cameo", s), ("root", s), ("label", s),
            ("quad_class", pa.int8()), ("goldstein", pa.float32()), ("plover", s), ("plover_mode", s),
            ("modality", s), ("historical", pa.bool_()), ("date", s), ("location", s), ("location_country", s),
            ("rule", s), ("spans", s), ("confidence", pa.float32()), ("lang", s), ("source_name", s),
            ("url", s), ("doc_len", pa.int32())]),
        "errors": pa.schema([("path", s), ("url", s), ("offset", pa.int64()), ("stage", s), ("kind", s),
                             ("message", s), ("doc_id", s)]),
    }


class _LazySchemas(dict):
    def __missing__(self, key: str) -> Any:
        self.update(_schemas())
        return dict.__getitem__(self, key)


_SCHEMAS: dict[str, Any] = _LazySchemas()


def plan_shards(paths: list[str], target_files: int = 64, skip: list[str] | None = None) -> list[list[str]]:
    """Split the inputs into shards: files of directories recursively, about target_files per shard;
    each WARC or JSONL file (a container of many documents) is a shard of its own. Files under a
    directory named in `skip` (the store and its shards) are left out of directories read recursively."""
    from .readers import iter_dir

    skipped = tuple(os.path.abspath(x) for x in skip or [])

    def wanted(f: str) -> bool:
        a = os.path.abspath(f)
        return not any(a == x or a.startswith(x + os.sep) for x in skipped)

    files: list[str] = []
    for p in paths:
        if p == "-":
            files.append(p)
        elif os.path.isdir(p):
            files.extend(f for f in iter_dir(p) if wanted(f))
        else:
            files.append(p)
    shards: list[list[str]] = []
    cur: list[str] = []
    for f in files:
        low = f.lower()
        if any(low.endswith(x) for x in (".warc", ".warc.gz", ".jsonl", ".jsonl.gz", ".ndjson")):
            shards.append([f])
            continue
        cur.append(f)
        if len(cur) >= target_files:
            shards.append(cur)
            cur = []
    if cur:
        shards.append(cur)
    return shards
