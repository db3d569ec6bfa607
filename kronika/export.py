"""Exports: GDELT 2.0 event + mention TSV, PLOVER JSON lines, Parquet tables.

GDELT 2.0 event records have 61 tab-separated columns in this order (GDELT 2.0 Event Codebook):
GlobalEventID, Day, MonthYear, Year, FractionDate, then Actor1 (Code, Name, CountryCode,
KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code), the
same ten for Actor2, IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale,
NumMentions, NumSources, NumArticles, AvgTone, then three geography blocks (Actor1Geo_, Actor2Geo_,
ActionGeo_: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID), DATEADDED,
SOURCEURL. Fields kronika does not have (religion, ethnic group, tone, coordinates) are empty.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

GDELT_EVENT_COLUMNS = (
    ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    + [f"Actor{i}{f}" for i in (1, 2) for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                                  "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                                                  "Type3Code")]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"{g}_{f}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
       for f in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")]
    + ["DATEADDED", "SOURCEURL"]
)
GDELT_MENTION_COLUMNS = ["GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
                         "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
                         "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
                         "MentionDocTranslationInfo", "Extras"]
assert len(GDELT_EVENT_COLUMNS) == 61


def _country_names() -> dict[str, str]:
    from .actordict import load

    return {e.code: e.name for e in load().entities.values() if e.kind in ("country", "org") and e.code}


def _actor_fields(code: str | None, country: str | None, names: dict[str, str]) -> list[str]:
    if not code:
        return [""] * 10
    sector = code[3:] if country and code.startswith(country) else ""
    org = "" if country and code.startswith(country) else code
    return [code, names.get(country or code, ""), country or "", org, "", "", "", sector[:3], sector[3:6], ""]


def _ymd(d: Any) -> tuple[str, str, str, str]:
    if not d:
        return "", "", "", ""
    if isinstance(d, str):
        d = date.fromisoformat(d)
    frac = d.year + (d.timetuple().tm_yday - 1) / 365.0
    return d.strftime("%Y%m%d"), d.strftime("%Y%m"), str(d.year), f"{frac:.4f}"


def _mention_source(url: str | None, path: str | None) -> str:
    """GDELT's MentionSourceName: the site (the URL's host, as GDELT gives the domain), else the file read."""
    if url:
        from urllib.parse import urlsplit

        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    if path:
        p = Path(path)
        if path == "-" or (p.parent.name == "stdin" and p.parent.parent.name.endswith(".shards")):
            return "stdin"  # (ingest saves standard input under <db>.shards/stdin/<hash>)
        return p.name
    return ""


def export(store: Any, fmt: str, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "parquet":
        paths = []
        for t in ("articles", "events", "mentions", "errors"):
            p = out / f"{t}.parquet"
            store.con.execute(f"COPY (SELECT * FROM {t}) TO '{p}' (FORMAT PARQUET)")
            paths.append(p)
        return paths
    if fmt == "gdelt":
        names = _country_names()
        now = datetime.now().strftime("%Y%m%d%H%M%S")
        ev_path, m_path = out / "events.export.CSV", out / "mentions.CSV"
        with ev_path.open("w", encoding="utf-8") as f:
            for r in store.con.execute("""
                SELECT event_id, date, source_actor, source_country, target_actor, target_country, cameo, root,
                       quad_class, goldstein, n_mentions, n_sources, n_articles, location, location_country, url
                FROM events ORDER BY event_id""").fetchall():
                (eid, d, sa, sc, ta, tc, cameo, root, qc, gs, nm, ns, na, loc, locc, url) = r
                day, month, year, frac = _ymd(d)
                geo = ["4" if loc else "", loc or "", locc or "", "", "", "", "", ""]
                row = ([str(eid), day, month, year, frac] + _actor_fields(sa, sc, names) + _actor_fields(ta, tc, names)
                       + ["1", cameo, cameo[:3], root, str(qc), f"{gs:.1f}", str(nm), str(ns), str(na), ""]
                       + [""] * 8 + [""] * 8 + geo + [now, url or ""])
                f.write("\t".join(x.replace("\t", " ") for x in row) + "\n")
        with m_path.open("w", encoding="utf-8") as f:
            for r in store.con.execute("""
                SELECT m.event_id, e.date, m.date, m.url, a.path, coalesce(m.url, m.article), m.sentence_index,
                       m.spans, m.confidence, m.doc_len
                FROM mentions m JOIN events e USING (event_id) LEFT JOIN articles a ON a.id = m.article
                ORDER BY m.event_id, m.mention_id""").fetchall():
                eid, ed, md, murl, path, ident, si, spans, conf, dl = r
                src = _mention_source(murl, path)
                sp = json.loads(spans) if spans else {}
                off = [str((sp.get(k) or [""])[0]) for k in ("source", "target", "trigger")]
                row = [str(eid), _ymd(ed)[0] + "000000" if ed else "", _ymd(md)[0] + "000000" if md else "",
                       "1", src or "", ident or "", str(si + 1 if si is not None else ""), *off, "1",
                       str(int(round((conf or 0) * 100))), str(dl or ""), "", "", ""]
                f.write("\t".join(x.replace("\t", " ") for x in row) + "\n")
        return [ev_path, m_path]
    if fmt == "plover":
        p = out / "events.plover.jsonl"
        with p.open("w", encoding="utf-8") as f:
            for r in store.con.execute("""
                SELECT event_id, date, plover, plover_mode, source_actor, source_country, target_actor,
                       target_country, cameo, goldstein, modality, location, location_country, sentence, url,
                       n_mentions, n_articles
                FROM events ORDER BY event_id""").fetchall():
                (eid, d, ev, mode, sa, sc, ta, tc, cameo, gs, mod, loc, locc, sent, url, nm, na) = r
                f.write(json.dumps({
                    "id": f"kronika-{eid}", "event_date": str(d) if d else None, "event_type": ev or None,
                    "mode": mode or None, "actor": {"code": sa, "country": sc},
                    "recipient": {"code": ta, "country": tc}, "cameo": cameo, "goldstein": round(gs, 2) if gs is not None else None,
                    "modality": mod, "location": {"name": loc, "country": locc} if loc else None,
                    "source_text": sent, "source_url": url, "mentions": nm, "articles": na,
                }, ensure_ascii=False) + "\n")
        return [p]
    from .errors import KronikaError

    raise KronikaError(f"unknown export format {fmt!r} (gdelt, plover, parquet)")
