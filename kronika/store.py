"""The event store: a DuckDB file with articles, event mentions, events, errors.

- articles are keyed by content hash, so re-ingesting the same text adds nothing;
- near-duplicate articles (the same story syndicated with small edits) are found with MinHash LSH
  (datasketch, estimated Jaccard >= 0.5 on word 5-shingles) and linked (`near_dup_of`); their mentions
  are kept but do not count as new reports;
- every coded event from an article sentence is a *mention*; mentions of one real-world event
  (same directed country pair, same CAMEO root, same modality and history flag, dates within
  `window` days) are one *event* with counts of mentions, articles and sources (GDELT counts reports as
  events; kronika keeps both tables);
- each shard is loaded in one transaction and recorded, so a crash mid-ingest loses nothing that was
  committed and adds nothing twice on the re-run.

Dyads and the thaw / freeze index read the events table (asserted, intended and reported events that
are not historical; negated and hypothetical ones are not things that happened).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, title TEXT, date DATE, lang TEXT, path TEXT, url TEXT, record_id TEXT,
  n_sentences INTEGER, n_events INTEGER, source_name TEXT, near_dup_of TEXT, shard TEXT,
  minhash UBIGINT[]);
CREATE TABLE IF NOT EXISTS mentions (
  mention_id TEXT PRIMARY KEY, event_id BIGINT, article TEXT, sentence_index INTEGER, sentence TEXT,
  source_actor TEXT, source_country TEXT, target_actor TEXT, target_country TEXT, source_entity TEXT,
  target_entity TEXT, cameo TEXT, root TEXT, label TEXT, quad_class TINYINT, goldstein FLOAT, plover TEXT,
  plover_mode TEXT, modality TEXT, historical BOOLEAN, date DATE, location TEXT, location_country TEXT,
  rule TEXT, spans TEXT, confidence FLOAT, lang TEXT, source_name TEXT, url TEXT, doc_len INTEGER,
  duplicate BOOLEAN);
CREATE TABLE IF NOT EXISTS events (
  event_id BIGINT PRIMARY KEY, date DATE, source_actor TEXT, source_country TEXT, target_actor TEXT,
  target_country TEXT, cameo TEXT, root TEXT, quad_class TINYINT, goldstein FLOAT, plover TEXT,
  plover_mode TEXT, modality TEXT, historical BOOLEAN, location TEXT, location_country TEXT,
  n_mentions INTEGER, n_articles INTEGER, n_sources INTEGER, first_article TEXT, sentence TEXT, url TEXT);
CREATE TABLE IF NOT EXISTS errors (path TEXT, url TEXT, "offset" BIGINT, stage TEXT, kind TEXT, message TEXT,
  doc_id TEXT, shard TEXT);
CREATE TABLE IF NOT EXISTS shards (shard TEXT PRIMARY KEY, loaded_at TIMESTAMP DEFAULT current_timestamp,
  n_articles INTEGER, n_new INTEGER);
"""

# Jaccard similarity of word 5-shingles above which two articles are one story syndicated with edits.
# Measured on the demo corpus: syndicated copies with a reworded headline and sentence score 0.71-0.72,
# distinct articles on the same pair at most 0.03.
NEAR_DUP_THRESHOLD = 0.5

# What dyads and the thaw index count: events that happened (not history, not negated or hypothetical) and
# that some article reported first-hand — an event whose every report is a near-duplicate copy (the same
# story republished days later, outside the grouping window) has n_articles = 0 and would count the story twice.
COUNTED = "NOT historical AND modality IN ('asserted', 'intended', 'reported') AND n_articles > 0"


@dataclass
class LoadResult:
    shard: str
    articles: int
    new: int
    near_dups: int
    mentions: int
    errors: int
    skipped: bool = False


class Store:
    """A kronika DuckDB file. `kronika.open(path)` returns one."""

    def __init__(self, path: str | Path = "kronika.duckdb", read_only: bool = False):
        import duckdb

        self.path = str(path)
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            self.con.execute(SCHEMA)
        self._lsh = None

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *a: Any) -> None:
        self.close()

    # ------------------------------------------------------------------------------------- loading
    def _near_dup_index(self) -> Any:
        from datasketch import MinHash, MinHashLSH

        if self._lsh is None:
            self._lsh = MinHashLSH(threshold=NEAR_DUP_THRESHOLD, num_perm=64)
            for aid, mh in self.con.execute(
                    "SELECT id, minhash FROM articles WHERE near_dup_of IS NULL AND minhash IS NOT NULL").fetchall():
                self._lsh.insert(aid, MinHash(num_perm=64, seed=7, hashvalues=mh, scheme="affine32"))
        return self._lsh, MinHash

    def shard_errors(self, shards: list[str]) -> list[tuple[str, str]]:
        """(where, message) of the error records the given shards hold, by path and offset."""
        rows = self.con.execute("""SELECT path, url, "offset", message FROM errors WHERE shard IN (SELECT unnest(?))
                                   ORDER BY path, "offset" NULLS FIRST""", [shards]).fetchall()
        out = []
        for path, url, off, msg in rows:
            where = (path or "-") + (f" {url}" if url else "") + (f" @{off}" if off is not None else "")
            out.append((where, msg))
        return out

    def load_shard(self, shard_dir: str | Path) -> LoadResult:
        """Load one finished shard (Parquet files) in a single transaction; a loaded shard is skipped."""
        import pyarrow.parquet as pq

        d = Path(shard_dir)
        sid = d.name
        if self.con.execute("SELECT 1 FROM shards WHERE shard = ?", [sid]).fetchone():
            return LoadResult(sid, 0, 0, 0, 0, 0, skipped=True)
        arts = pq.read_table(d / "articles.parquet", columns=["id", "minhash"]).to_pylist()
        ments = pq.read_table(d / "mentions.parquet", columns=["article"]).to_pylist()
        errs = pq.read_table(d / "errors.parquet", columns=["path"]).to_pylist()
        existing = {r[0] for r in self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [[a["id"] for a in arts]]).fetchall()}
        lsh, MinHash = self._near_dup_index()
        new_rows, dups = [], {}
        seen_now: set[str] = set()
        for a in arts:
            if a["id"] in existing or a["id"] in seen_now:
                continue
            seen_now.add(a["id"])
            mh = MinHash(num_perm=64, seed=7, hashvalues=a["minhash"], scheme="affine32")
            near = [x for x in lsh.query(mh) if x != a["id"]]
            if near:
                dups[a["id"]] = sorted(near)[0]
            else:
                lsh.insert(a["id"], mh)
            new_rows.append(a)
        new_ids = {a["id"] for a in new_rows}
        n_ments = sum(1 for m in ments if m["article"] in new_ids)
        import pyarrow as pa
        import pyarrow.compute as pc

        # Bulk loads through Arrow (row-by-row inserts cost ~1 ms a row in DuckDB)
        art_tbl = pq.read_table(d / "articles.parquet")
        keep = pc.is_in(art_tbl["id"], value_set=pa.array(sorted(new_ids), pa.string()))
        art_tbl = art_tbl.filter(keep)
        # a shard may repeat an article (the same text twice): keep the first
        seen_ids: set[str] = set()
        first = [not (x in seen_ids or seen_ids.add(x)) for x in art_tbl["id"].to_pylist()]
        art_tbl = art_tbl.filter(pa.array(first, pa.bool_()))
        art_tbl = art_tbl.append_column("near_dup_of", pa.array([dups.get(x) for x in art_tbl["id"].to_pylist()],
                                                                pa.string()))
        m_tbl = pq.read_table(d / "mentions.parquet")
        m_tbl = m_tbl.filter(pc.is_in(m_tbl["article"], value_set=pa.array(sorted(new_ids), pa.string())))
        seen_m: set[str] = set()
        m_tbl = m_tbl.filter(pa.array([not (x in seen_m or seen_m.add(x)) for x in m_tbl["mention_id"].to_pylist()],
                                      pa.bool_()))
        n_ments = m_tbl.num_rows
        m_tbl = m_tbl.append_column("duplicate", pa.array([x in dups for x in m_tbl["article"].to_pylist()],
                                                          pa.bool_()))
        e_tbl = pq.read_table(d / "errors.parquet")
        self.con.register("_arts", art_tbl)
        self.con.register("_ments", m_tbl)
        self.con.register("_errs", e_tbl)
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("""
                INSERT INTO articles SELECT id, title, TRY_CAST(date AS DATE), lang, path, url, record_id,
                       n_sentences, n_events, source_name, near_dup_of, ?, minhash FROM _arts""", [sid])
            self.con.execute("""
                INSERT INTO mentions SELECT mention_id, NULL, article, sentence_index, sentence, source_actor,
                       source_country, target_actor, target_country, source_entity, target_entity, cameo, root, label,
                       quad_class, goldstein, plover, plover_mode, modality, historical,
                       TRY_CAST(CASE WHEN length(date) = 10 THEN date END AS DATE), location, location_country, rule,
                       spans, confidence, lang, source_name, url, doc_len, duplicate FROM _ments""")
            self.con.execute("""INSERT INTO errors SELECT path, url, "offset", stage, kind, message, doc_id, ?
                                FROM _errs""", [sid])
            self.con.execute("INSERT INTO shards (shard, n_articles, n_new) VALUES (?, ?, ?)",
                             [sid, len(arts), len(new_rows)])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            self._lsh = None
            raise
        finally:
            for name in ("_arts", "_ments", "_errs"):
                self.con.unregister(name)
        return LoadResult(sid, len(arts), len(new_rows), len(dups), n_ments, len(errs))

    def rebuild_events(self, window: int = 2) -> int:
        """Group mentions into events: same directed country pair (or organisation), root, modality,
        history flag, and dates chained within `window` days. The event keeps the most specific actor
        codes (JPNGOV over JPN) and code reported for it. Returns the number of events."""
        # Chains of mentions with the same key whose dates are at most `window` days apart: a new event
        # starts where the key changes, the date is missing, or the gap is larger (window functions).
        self.con.execute("BEGIN TRANSACTION")
        self.con.execute(f"""
            CREATE OR REPLACE TEMP TABLE _assign AS
            WITH m AS (
                SELECT mention_id, coalesce(source_country, source_actor, '') AS s,
                       coalesce(target_country, target_actor, '') AS t, root, modality, historical, date
                FROM mentions),
            o AS (
                SELECT *, lag(date) OVER w AS prev, row_number() OVER w AS rn
                FROM m WINDOW w AS (PARTITION BY s, t, root, modality, historical
                                    ORDER BY date NULLS FIRST, mention_id))
            SELECT mention_id,
                   sum(CASE WHEN rn = 1 OR date IS NULL OR prev IS NULL OR date - prev > {int(window)} THEN 1 ELSE 0 END)
                       OVER (ORDER BY s, t, root, modality, historical, date NULLS FIRST, mention_id
                             ROWS UNBOUNDED PRECEDING) AS event_id
            FROM o""")
        eid = self.con.execute("SELECT coalesce(max(event_id), 0) FROM _assign").fetchone()[0]
        self.con.execute("UPDATE mentions SET event_id = a.event_id FROM _assign a WHERE mentions.mention_id = a.mention_id")
        self.con.execute("DELETE FROM events")
        self.con.execute("""
            INSERT INTO events
            SELECT event_id, min(date), arg_max(source_actor, length(source_actor)), any_value(source_country),
                   arg_max(target_actor, length(target_actor)), any_value(target_country),
                   -- the most specific code reported for the event
                   arg_max(cameo, length(cameo) * 100 + count_star) , any_value(root),
                   any_value(quad_class), 0, NULL, NULL, any_value(modality), any_value(historical),
                   mode(location), mode(location_country),
                   count(*), count(DISTINCT article) FILTER (WHERE NOT duplicate),
                   count(DISTINCT source_name) FILTER (WHERE NOT duplicate),
                   arg_min(article, mention_id), arg_min(sentence, mention_id), arg_min(url, mention_id)
            FROM (SELECT *, count(*) OVER (PARTITION BY event_id, cameo) AS count_star FROM mentions)
            GROUP BY event_id""")
        self.con.execute("""
            UPDATE events SET goldstein = o.goldstein, plover = o.plover, plover_mode = o.plover_mode,
                              quad_class = o.quad_class
            FROM (SELECT DISTINCT cameo, goldstein, plover, plover_mode, quad_class FROM mentions) o
            WHERE events.cameo = o.cameo""")
        self.con.execute("COMMIT")
        return eid

    # ------------------------------------------------------------------------------------- queries
    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "mentions", "events", "errors", "shards")}

    def events(self, a: str | None = None, b: str | None = None, start: str | None = None, end: str | None = None,
               root: str | None = None, limit: int | None = None) -> Any:
        a, b = _code(a), _code(b)
        start, end = _day(start, "--from (start)"), _day(end, "--to (end)")
        q = "SELECT * FROM events WHERE 1=1"
        args: list[Any] = []
        if a and b:
            q += f" AND {_EITHER_WAY}"
            args += [a, b, b, a]
        elif a:
            q += f" AND ({_SRC} = ? OR {_TGT} = ?)"
            args += [a, a]
        if start:
            q += " AND date >= CAST(? AS DATE)"
            args.append(start)
        if end:
            q += " AND date <= CAST(? AS DATE)"
            args.append(end)
        if root:
            r = root.strip()
            if not (r.isdigit() and 1 <= int(r) <= 20):
                from .errors import KronikaError

                raise KronikaError(f"--root must be a CAMEO root 01-20, got {root!r} (a full code such as 1056 "
                                   f"has its root in its first two digits: 10)")
            q += " AND root = ?"
            args.append(r.zfill(2))
        q += " ORDER BY date, event_id"
        if limit:
            q += f" LIMIT {int(limit)}"
        return self.con.execute(q, args).df()

    def dyad(self, a: str, b: str, by: str = "month", directed: bool = False) -> Any:
        """Per period: events by QuadClass, total and mean Goldstein, net cooperation.

        net_cooperation = (cooperative − conflictual events) / events, in [-1, 1]."""
        unit = {"week": "week", "month": "month", "year": "year", "day": "day"}.get(by)
        if unit is None:
            from .errors import KronikaError

            raise KronikaError(f"--by must be day, week, month or year, got {by!r}")
        a, b = _code(a), _code(b)
        pair = (f"{_SRC} = ? AND {_TGT} = ?" if directed else
                _EITHER_WAY)
        args = [a, b] if directed else [a, b, b, a]
        return self.con.execute(f"""
            SELECT date_trunc('{unit}', date) AS period, count(*) AS events,
                   count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
                   count(*) FILTER (WHERE quad_class = 2) AS material_coop,
                   count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                   count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
                   round(sum(goldstein), 1) AS goldstein_total, round(avg(goldstein), 2) AS goldstein_mean,
                   round((count(*) FILTER (WHERE quad_class <= 2) - count(*) FILTER (WHERE quad_class >= 3))
                         / count(*), 2) AS net_cooperation
            FROM events WHERE {pair} AND date IS NOT NULL AND {COUNTED}
            GROUP BY 1 ORDER BY 1""", args).df()

    def thaw(self, top: int = 10, min_events: int = 6, min_side: int = 3, threshold: float = 3.0,
             countries_only: bool = False) -> list[dict[str, Any]]:
        """Pairs whose Goldstein series shifted: for each undirected pair, the split date that
        maximises Welch's t between the events before and after it; |t| >= threshold is a shift
        (thaw when relations improved, freeze when they worsened). Lists the events behind it.
        A side is its country, or the organisation itself (NATO, EU, UN), as in `dyad`; `countries_only`
        keeps pairs of two states."""
        orgs = "" if not countries_only else (
            " AND a NOT IN (SELECT unnest(?)) AND b NOT IN (SELECT unnest(?))")
        args = [] if not countries_only else [sorted(self._org_codes())] * 2
        rows = self.con.execute(f"""
            SELECT * FROM (
              SELECT least({_SRC}, {_TGT}) AS a, greatest({_SRC}, {_TGT}) AS b,
                     date, goldstein, event_id, cameo, source_actor, target_actor, sentence
              FROM events WHERE {_SRC} IS NOT NULL AND {_TGT} IS NOT NULL
                AND {_SRC} <> {_TGT} AND date IS NOT NULL AND {COUNTED})
            WHERE TRUE{orgs}
            ORDER BY 1, 2, 3, 5""", args).fetchall()
        by_pair: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
        for r in rows:
            by_pair.setdefault((r[0], r[1]), []).append(r)
        out = []
        for (a, b), evs in by_pair.items():
            if len(evs) < min_events:
                continue
            best = None
            g = [float(e[3]) for e in evs]
            for k in range(min_side, len(evs) - min_side + 1):
                if evs[k][2] == evs[k - 1][2]:
                    continue  # split between days, not inside one
                t = _welch(g[:k], g[k:])
                if best is None or abs(t) > abs(best[0]):
                    best = (t, k)
            if best is None or abs(best[0]) < threshold:
                continue
            t, k = best
            before, after = g[:k], g[k:]
            behind = sorted(evs[k:], key=lambda e: (-(e[3] > 0) if t > 0 else (e[3] > 0), e[2]))[:5]
            out.append({
                "pair": f"{a}-{b}", "kind": "thaw" if t > 0 else "freeze", "t": round(t, 2),
                "change_date": str(evs[k][2]), "mean_before": round(sum(before) / len(before), 2),
                "mean_after": round(sum(after) / len(after), 2), "events_before": len(before),
                "events_after": len(after),
                "events": [{"date": str(e[2]), "event_id": e[4], "cameo": e[5], "goldstein": e[3],
                            "pair": f"{e[6]}→{e[7]}", "sentence": e[8]} for e in behind],
            })
        out.sort(key=lambda x: -abs(x["t"]))
        return out[:top]

    @staticmethod
    def _org_codes() -> set[str]:
        from .actordict import load

        return {e.code for e in load().entities.values() if e.kind == "org"}

    # ------------------------------------------------------------------------------------- exports
    def export(self, fmt: str, out: str | Path) -> list[Path]:
        from . import export as ex

        return ex.export(self, fmt, Path(out))


# A side of an event is its country, or the actor itself when it has none (NATO, EU, UN): the key events
# are grouped by, so `events --pair FIN NATO` and `dyad FIN NATO` find what the store holds.
_SRC = "coalesce(source_country, source_actor)"
_TGT = "coalesce(target_country, target_actor)"
_EITHER_WAY = f"(({_SRC} = ? AND {_TGT} = ?) OR ({_SRC} = ? AND {_TGT} = ?))"  # a pair in either direction


def _code(x: str | None) -> str | None:
    """Actor codes are stored in capitals; 'rus' asks for RUS."""
    return x.strip().upper() if x else x


def _day(x: str | None, what: str) -> str | None:
    if not x:
        return x
    from datetime import date

    from .errors import KronikaError

    try:
        return date.fromisoformat(x).isoformat()
    except ValueError as e:
        raise KronikaError(f"{what} must be a date YYYY-MM-DD, got {x!r}") from e


def _welch(x: list[float], y: list[float]) -> float:
    mx, my = sum(x) / len(x), sum(y) / len(y)
    vx = sum((v - mx) ** 2 for v in x) / max(1, len(x) - 1)
    vy = sum((v - my) ** 2 for v in y) / max(1, len(y) - 1)
    se = math.sqrt(vx / len(x) + vy / len(y))
    if se == 0:
        return 0.0 if mx == my else math.copysign(99.0, my - mx)
    return (my - mx) / se


def open_store(path: str | Path = "kronika.duckdb", read_only: bool = False) -> Store:
    return Store(path, read_only=read_only)
