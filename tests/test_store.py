from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kronika
from kronika.config import load_config
from kronika.export import GDELT_EVENT_COLUMNS
from kronika.ingest import ingest

CONFLICT = ["Japan accused South Korea of violating the fishing agreement.",
            "South Korea recalled its ambassador from Japan after the dispute.",
            "Japan imposed sanctions on South Korea over the chip dispute.",
            "South Korea condemned Japan for the new export restrictions."]
COOP = ["Japan and South Korea agreed to hold joint naval exercises.",
        "Japanese and South Korean foreign ministers met in Seoul to discuss trade.",
        "Japan and South Korea signed an agreement on intelligence sharing.",
        "Japan praised South Korea for its support in the talks."]


def _corpus(tmp_path: Path) -> Path:
    rows = []
    for m in range(1, 5):
        for k, s in enumerate(CONFLICT):
            rows.append({"id": f"c{m}{k}", "date": f"2024-{m:02d}-{3 + 5 * k:02d}", "lang": "en",
                         "text": f"Relations report number {m}{k}\n\n{s}"})
    for m in range(7, 11):
        for k, s in enumerate(COOP):
            rows.append({"id": f"p{m}{k}", "date": f"2024-{m:02d}-{3 + 5 * k:02d}", "lang": "en",
                         "text": f"Relations report number {m}{k}\n\n{s}"})
    p = tmp_path / "news.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return p


def test_store_ingest_is_idempotent_and_queries_work(tmp_path):
    corpus = _corpus(tmp_path)
    db = str(tmp_path / "k.duckdb")
    s1 = ingest([str(corpus)], db, load_config())
    assert s1.new_articles == 32 and s1.events > 0
    with kronika.open(db) as st:
        c1 = st.counts()
    s2 = ingest([str(corpus)], db, load_config())
    assert s2.new_articles == 0 and s2.loaded == 0
    with kronika.open(db) as st:
        assert st.counts() == c1
        df = st.dyad("JPN", "KOR", by="month")
        assert list(df.columns)[:3] == ["period", "events", "verbal_coop"]
        early = df[df["period"].astype(str) < "2024-05"]
        late = df[df["period"].astype(str) > "2024-06"]
        assert early["goldstein_mean"].mean() < 0 < late["goldstein_mean"].mean()
        shifts = st.thaw(threshold=2.0)
        top = [x for x in shifts if x["pair"] == "JPN-KOR"][0]
        assert top["kind"] == "thaw" and "2024-05" < top["change_date"] < "2024-08"
        assert top["events"] and top["events"][0]["goldstein"] > 0
        ev = st.events("JPN", "KOR", root="16")
        pairs = set(zip(ev["source_country"], ev["target_country"], ev["cameo"], strict=True))
        assert ("JPN", "KOR", "163") in pairs and ("KOR", "JPN", "161") in pairs  # sanctions; recalled ambassador


def test_store_one_event_many_mentions_and_near_duplicates(tmp_path):
    base = "Japan and South Korea signed an agreement on intelligence sharing on Monday in Tokyo."
    rows = [
        {"id": "a1", "url": "https://one.example/a", "date": "2024-03-04", "lang": "en",
         "text": "Intelligence pact\n\n" + base + " Officials said the pact covers missile data."},
        {"id": "a2", "url": "https://two.example/b", "date": "2024-03-05", "lang": "en",
         "text": "Seoul and Tokyo sign pact\n\nSouth Korea and Japan signed an agreement on sharing intelligence, "
                 "the two governments said on Tuesday."},
        # the first story syndicated with a one-word edit: a near-duplicate
        {"id": "a3", "url": "https://three.example/c", "date": "2024-03-04", "lang": "en",
         "text": "Intelligence pact\n\n" + base + " Officials said the pact covers missile information."},
    ]
    p = tmp_path / "n.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = str(tmp_path / "k.duckdb")
    s = ingest([str(p)], db, load_config())
    assert s.new_articles == 3 and s.near_dups == 1
    with kronika.open(db) as st:
        dup = st.con.execute("SELECT id, near_dup_of FROM articles WHERE near_dup_of IS NOT NULL").fetchall()
        assert dup in ([("a3", "a1")], [("a1", "a3")])
        row = st.con.execute("""SELECT n_mentions, n_articles, n_sources FROM events
                                WHERE source_country = 'JPN' AND target_country = 'KOR' AND root = '05'""").fetchall()
        assert len(row) == 1
        n_mentions, n_articles, n_sources = row[0]
        assert n_mentions >= 3 and n_articles == 2 and n_sources == 2  # the near-duplicate is not a new report


def test_store_exports_gdelt_plover_parquet(tmp_path):
    corpus = _corpus(tmp_path)
    db = str(tmp_path / "k.duckdb")
    ingest([str(corpus)], db, load_config())
    out = tmp_path / "out"
    with kronika.open(db) as st:
        n_events = st.counts()["events"]
        ev_path, m_path = st.export("gdelt", out)
        rows = [line.split("\t") for line in ev_path.read_text(encoding="utf-8").splitlines()]
        assert len(rows) == n_events and all(len(r) == 61 for r in rows)
        col = {name: i for i, name in enumerate(GDELT_EVENT_COLUMNS)}
        ev = {r[0]: r for r in rows}
        for eid, date, sa, sc, ta, tc, cameo, root, qc, gs in st.con.execute(
                "SELECT event_id, date, source_actor, source_country, target_actor, target_country, cameo, root, "
                "quad_class, goldstein FROM events").fetchall():
            r = ev[str(eid)]
            assert r[col["Day"]] == date.strftime("%Y%m%d")
            assert r[col["Actor1Code"]] == sa and r[col["Actor1CountryCode"]] == sc
            assert r[col["Actor2Code"]] == ta and r[col["Actor2CountryCode"]] == tc
            assert r[col["EventCode"]] == cameo and r[col["EventRootCode"]] == root
            assert r[col["QuadClass"]] == str(qc) and float(r[col["GoldsteinScale"]]) == pytest.approx(gs, abs=0.05)
        assert col["EventCode"] == 26 and col["SOURCEURL"] == 60
        mentions = [line.split("\t") for line in m_path.read_text(encoding="utf-8").splitlines()]
        assert mentions and all(len(m) == 16 for m in mentions)
        (pl,) = st.export("plover", out)
        recs = [json.loads(x) for x in pl.read_text(encoding="utf-8").splitlines()]
        assert len(recs) == n_events and all(r["event_type"] for r in recs)
        paths = st.export("parquet", out)
    import pyarrow.parquet as pq

    assert pq.read_table([p for p in paths if p.name == "events.parquet"][0]).num_rows == n_events


def _counts(db: str) -> dict[str, int]:
    with kronika.open(db, read_only=True) as st:
        c = st.counts()
    c.pop("shards")
    return c


def test_store_kill_9_mid_ingest_then_rerun_gives_the_same_counts(tmp_path):
    from kronika import synth

    src = tmp_path / "src"
    src.mkdir()
    for a in synth.articles(240, seed=3):
        (src / f"{a.id}.txt").write_text(a.text, encoding="utf-8")
    clean_db = str(tmp_path / "clean.duckdb")
    ingest([str(src)], clean_db, load_config(), shard_files=20)
    want = _counts(clean_db)

    db = str(tmp_path / "killed.duckdb")
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    cmd = [sys.executable, "-m", "kronika", "ingest", str(src), "--db", db, "--shard-files", "20"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shards = Path(f"{db}.shards")
    deadline = time.time() + 60
    while time.time() < deadline:  # wait until some shards are done, then kill hard
        if shards.exists() and len(list(shards.glob("*/_DONE"))) >= 3:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_before = len(list(shards.glob("*/_DONE")))
    assert 0 < done_before < 12, "the kill should land mid-ingest"
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stderr
    assert _counts(db) == want
