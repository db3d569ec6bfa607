"""The `kronika` command."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any

from . import __version__
from .article import Article, DocError
from .config import load_config
from .errors import KronikaError

EXIT_OK, EXIT_DOC_ERRORS, EXIT_USAGE = 0, 1, 2


def tune_gc() -> None:
    """Batch work makes millions of small objects that live until the batch ends: collect the young
    generation less often (measured: +14% throughput on the code path)."""
    import gc

    gc.set_threshold(50_000, 20, 20)


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=32)


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files, directories (recursive), WARC/WARC.gz, JSONL, or - for stdin")
    p.add_argument("--config", metavar="FILE", help="a TOML file overriding kronika's defaults")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="article date for inputs that name none")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="kronika", formatter_class=_formatter,
        description="kronika: news pages → clean articles → actors → coded events, with provenance.",
        epilog="example:\n  kronika read article.txt\n  kronika dict check",
    )
    ap.add_argument("--version", action="version", version=f"kronika {__version__}")
    sub = ap.add_subparsers(dest="cmd", metavar="COMMAND")

    p = sub.add_parser(
        "read", formatter_class=_formatter, help="read and clean documents into Articles",
        description="Read documents (text, HTML, WARC, JSONL, directories, stdin) and print the cleaned "
                    "Articles: title, date, language, paragraphs, captions with credits, and every "
                    "rejected line with its reason. Exit code 1 if any document failed.",
        epilog="examples:\n  kronika read page.txt\n  kronika read crawl.warc.gz --format jsonl > articles.jsonl\n"
               "  cat page.html | kronika read - --format json",
    )
    _add_common(p)
    p.add_argument("--format", choices=["text", "json", "jsonl"], default="text")
    p.add_argument("--tokens", action="store_true", help="include tokens and lemmas in json/jsonl output")

    p = sub.add_parser(
        "actors", formatter_class=_formatter, help="recognise actors: countries, cities, places, organisations, officials",
        description="Read, clean and find actor mentions: one line per mention with the article, sentence, "
                    "text, char span, Lithuanian case, actor code (e.g. JPNGOV), country and a stable entity id.",
        epilog="examples:\n  kronika actors article.txt --date 2013-11-02\n  kronika actors crawl.warc.gz --format jsonl",
    )
    _add_common(p)
    p.add_argument("--format", choices=["table", "jsonl"], default="table")

    p = sub.add_parser(
        "code", formatter_class=_formatter, help="code events: read → clean → actors → events",
        description="Read, clean, recognise actors and code events (CAMEO with Goldstein and QuadClass, "
                    "PLOVER) with modality, history flag, date, place and provenance. The table shows pair, "
                    "code, label, Goldstein, modality and the sentence; jsonl prints one event a line, the "
                    "quotes as records with \"type\": \"quote\" and, in input order, each document that failed "
                    "as a record with \"type\": \"error\" (counted on stderr).",
        epilog="examples:\n  kronika code article.txt --date 2013-11-02\n  kronika code crawl.warc.gz --format jsonl > events.jsonl",
    )
    _add_common(p)
    p.add_argument("--format", choices=["table", "json", "jsonl"], default="table")

    p = sub.add_parser(
        "eval", formatter_class=_formatter, help="score kronika against gold sets",
        description="Precision / recall / F1 for actors and for events at three strictnesses (unordered "
                    "country pair + root; directed + root; directed + full code), PLOVER type accuracy and a "
                    "confusion table of roots. --all prints one table over every measurement kronika has "
                    "(extraction on AEB, inflection and lemmas, actors and events on the dev sets).",
        epilog="examples:\n  kronika eval eval/gold/lt.dev.jsonl --verbose\n"
               "  kronika eval eval/gold/en.dev.jsonl --verbose --level pair\n  kronika eval --all",
    )
    p.add_argument("gold", nargs="*", metavar="GOLD.jsonl")
    p.add_argument("--verbose", action="store_true", help="list every miss and false hit with its sentence and rule")
    p.add_argument("--level", choices=("pair", "dir", "code"), default="code",
                   help="strictness at which --verbose lists misses: unordered pair + root, directed + root, "
                        "or directed + full code (default)")
    p.add_argument("--all", action="store_true", help="the whole table (needs ../shared for AEB and morphology)")
    p.add_argument("--config", metavar="FILE")

    p = sub.add_parser(
        "ingest", formatter_class=_formatter, help="run the whole pipeline into the DuckDB event store",
        description="Read, clean, code and store: files, directories and WARC archives go through every "
                    "stage in parallel shards (local process pool) into a DuckDB file. Resumable and "
                    "idempotent: articles are keyed by content hash, shards carry completion markers, each "
                    "shard loads in one transaction. Near-duplicate articles are linked, not counted twice. "
                    "Every bad document of the inputs is listed on stderr (exit code 1) on every run: those an "
                    "earlier run recorded are counted as 'already recorded'.",
        epilog="examples:\n  kronika ingest news/ --db kronika.duckdb --workers 2\n  kronika ingest crawl.warc.gz",
    )
    _add_common(p)
    p.add_argument("--db", default="kronika.duckdb", help="DuckDB file (default ./kronika.duckdb)")
    p.add_argument("--workers", type=int, default=1, help="processes (default 1)")
    p.add_argument("--shard-files", type=int, default=64, help="files per shard (default 64)")

    p = sub.add_parser(
        "events", formatter_class=_formatter, help="list stored events of a pair",
        description="Events from the store (one row per real-world event, with its counts of mentions, "
                    "articles and sources).",
        epilog="examples:\n  kronika events --pair JPN RUS --root 03\n  kronika events --pair LTU BLR --from 2024-06-01",
    )
    p.add_argument("--db", default="kronika.duckdb")
    p.add_argument("--pair", nargs=2, metavar=("A", "B"))
    p.add_argument("--country", metavar="A", help="events with this country on either side")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    p.add_argument("--root", metavar="NN", help="CAMEO root, e.g. 03")
    p.add_argument("--limit", type=int, default=200)

    p = sub.add_parser(
        "dyad", formatter_class=_formatter, help="a pair's relations over time",
        description="Per week or month: events by QuadClass, total and mean Goldstein, and net cooperation "
                    "((cooperative - conflictual events) / events). Historical, negated and hypothetical "
                    "events are not counted, nor events reported only by near-duplicate copies of an article.",
        epilog="examples:\n  kronika dyad JPN RUS --by month\n  kronika dyad LTU BLR --by week --directed",
    )
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--db", default="kronika.duckdb")
    p.add_argument("--by", choices=["day", "week", "month", "year"], default="month")
    p.add_argument("--directed", action="store_true", help="only a → b")

    p = sub.add_parser(
        "thaw", formatter_class=_formatter, help="pairs whose relations thawed or froze",
        description="Thaw / freeze index: for each pair (of states, or a state and an organisation), the split date that maximises Welch's t between "
                    "the Goldstein values of its events before and after; |t| >= --threshold is a shift. "
                    "Lists the events behind each shift.",
        epilog="examples:\n  kronika thaw --top 10\n  kronika thaw --threshold 2.5 --min-events 10",
    )
    p.add_argument("--db", default="kronika.duckdb")
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--threshold", type=float, default=3.0)
    p.add_argument("--min-events", type=int, default=6)
    p.add_argument("--countries-only", action="store_true",
                   help="only pairs of two states (by default a pair may have an organisation as a side, "
                        "NATO-RUS, CHN-EU, as in dyad)")

    p = sub.add_parser(
        "export", formatter_class=_formatter, help="export events: GDELT TSV, PLOVER JSON, Parquet",
        description="GDELT 2.0 event TSV (61 columns in GDELT's order) and mentions TSV; PLOVER JSON lines; "
                    "Parquet tables (articles, events, mentions, errors).",
        epilog="examples:\n  kronika export --format gdelt --out out/\n  kronika export --format parquet --out out/",
    )
    p.add_argument("--db", default="kronika.duckdb")
    p.add_argument("--format", choices=["gdelt", "plover", "parquet"], required=True)
    p.add_argument("--out", default="out")

    p = sub.add_parser(
        "dict", formatter_class=_formatter, help="dictionary tools",
        description="Dictionary tools. 'check' validates every dictionary file shipped in the package "
                    "(schema, duplicate keys, date ranges, codes that exist).",
        epilog="example:\n  kronika dict check",
    )
    p.add_argument("action", choices=["check"])

    p = sub.add_parser(
        "demo", formatter_class=_formatter, help="run kronika on its bundled demo articles",
        description="Run the pipeline on the demo articles shipped with kronika and print what it made.",
        epilog="example:\n  kronika demo",
    )
    return ap


def _articles(args: argparse.Namespace, cfg: dict[str, Any], stages: list[str] | None = None,
              date_before: list[str] | None = None) -> Iterator[Article | DocError]:
    """Read and run the pipeline. --date fills the article date for documents that name none,
    before the stages that need it (actors, events)."""
    from .pipeline import Pipeline
    from .readers import read_paths

    given = getattr(args, "date", None)
    if given:
        from datetime import date

        try:
            date.fromisoformat(given)
        except ValueError as e:
            raise KronikaError(f"--date must be YYYY-MM-DD, got {given!r}") from e
    names = list(stages if stages is not None else cfg["pipeline"]["stages"])
    cut = min((names.index(s) for s in (date_before or []) if s in names), default=len(names))
    first, rest = Pipeline(cfg, names[:cut]), (Pipeline(cfg, names[cut:]) if cut < len(names) else None)
    for batch in _batches(first(read_paths(args.paths, cfg)), first.batch_size):
        for item in batch:
            if isinstance(item, Article) and not item.date and given:
                item.date = given
        if rest is not None:
            batch = rest.run_articles(batch)
        yield from batch


def _batches(items: Iterator[Any], n: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for x in items:
        batch.append(x)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def print_article_text(a: Article, out: Any) -> None:
    w = out.write
    w(f"=== {a.id}  {a.source.path or ''}{'  ' + a.source.url if a.source.url else ''}\n")
    w(f"title: {a.title or '-'}\n")
    w(f"date:  {a.date or '-'}    lang: {a.lang or '-'}"
      f"{f' ({a.lang_score:.2f})' if a.lang_score is not None else ''}"
      f"{'    author: ' + a.author if a.author else ''}\n")
    w(f"paragraphs ({len(a.paragraphs)}), sentences ({len(a.sentences)}):\n")
    for i, p in enumerate(a.paragraphs, 1):
        w(f"  [{i}] {p.text}\n")
    if a.captions:
        w("captions:\n")
        for c in a.captions:
            w(f"  - {c.text}" + (f"  [credit: {c.credit}]" if c.credit else "") + "\n")
    if a.rejected:
        w(f"rejected lines ({len(a.rejected)}):\n")
        for r in a.rejected:
            w(f"  - line {r.line}: {r.reason}: {r.text}\n")
    for warn in a.warnings:
        w(f"warning: {warn}\n")
    w("\n")


def print_error_text(e: DocError, out: Any) -> None:
    where = e.source.path or "-"
    if e.source.url:
        where += f" {e.source.url}"
    if e.source.offset is not None:
        where += f" @{e.source.offset}"
    out.write(f"!!! error ({e.kind}, stage {e.stage}) {where}: {e.message}\n\n")


def cmd_read(args: argparse.Namespace, cfg: dict[str, Any]) -> int:
    failed = 0
    items: list[dict[str, Any]] = []
    out = sys.stdout
    for item in _articles(args, cfg):
        if isinstance(item, DocError):
            failed += 1
            if args.format == "text":
                print_error_text(item, out)
                print(f"kronika: {item.source.path}: {item.message}", file=sys.stderr)
                continue
            d = item.to_dict()
        else:
            if args.format == "text":
                print_article_text(item, out)
                continue
            d = item.to_dict(tokens=args.tokens)
        if args.format == "jsonl":
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
        else:
            items.append(d)
    if args.format == "json":
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
    _note_failed(failed, args.format)
    return EXIT_DOC_ERRORS if failed else EXIT_OK


def cmd_dict(args: argparse.Namespace, cfg: dict[str, Any]) -> int:
    from .dictcheck import check_all

    problems, summary = check_all()
    for line in summary:
        print(line)
    for p in problems:
        print(f"ERROR {p}")
    print(f"{'FAILED' if problems else 'OK'}: {len(problems)} problem(s)")
    return EXIT_DOC_ERRORS if problems else EXIT_OK


def cmd_demo(args: argparse.Namespace, cfg: dict[str, Any]) -> int:
    """Code three bundled articles, then ingest the bundled corpus (40 lt/en articles, 2024) into
    ./kronika-demo.duckdb and show two dyads and the thaw / freeze list."""
    from importlib import resources

    from .ingest import ingest
    from .store import Store

    demo_dir = resources.files("kronika").joinpath("data/demo")
    singles = sorted(str(p) for p in demo_dir.iterdir() if p.name.endswith(".txt"))
    print(f"=== kronika demo 1/2: reading and coding {len(singles)} bundled articles ({demo_dir})\n")
    ns = argparse.Namespace(paths=singles, date=None, format="table")
    rc = cmd_code(ns, cfg)
    corpus = str(demo_dir.joinpath("corpus"))
    db = getattr(args, "db", None) or "kronika-demo.duckdb"
    if not getattr(args, "db", None):
        # the demo's own store is rebuilt each run, so it always shows what this version of kronika codes
        # (ingesting into an existing store skips articles it holds; finished shards are reused)
        for f in (db, db + ".wal"):
            if os.path.exists(f):
                os.remove(f)
        shutil.rmtree(db + ".shards", ignore_errors=True)
    print(f"\n=== kronika demo 2/2: ingesting the demo corpus ({corpus}) into {db}\n")
    s = ingest([corpus], db, cfg)
    with Store(db, read_only=False) as st:
        c = st.counts()
        dups = st.con.execute("SELECT count(*) FROM articles WHERE near_dup_of IS NOT NULL").fetchone()[0]
        print(f"store: {c['articles']} articles ({dups} near-duplicate, linked), {c['mentions']} event mentions, "
              f"{c['events']} events ({s.new_articles} articles new this run)\n")
        for a, b in (("JPN", "KOR"), ("LTU", "BLR")):
            df = st.dyad(a, b, by="month")
            df["period"] = df["period"].astype(str).str[:7]
            print(f"kronika dyad {a} {b} --by month")
            _print_df(df[["period", "events", "verbal_coop", "material_coop", "verbal_conflict",
                          "material_conflict", "goldstein_mean", "net_cooperation"]])
            print()
    print("kronika thaw --top 5")
    return max(rc, cmd_thaw(argparse.Namespace(db=db, top=5, threshold=3.0, min_events=6), cfg))


def cmd_actors(args: argparse.Namespace, cfg: dict[str, Any]) -> int:
    from .actors import mark_unresolved

    failed = 0
    out = sys.stdout
    stages = ["extract", "clean", "lang", "sentences", "actors"]
    rows: list[list[str]] = []
    for item in _articles(args, cfg, stages, date_before=["actors"]):
        if isinstance(item, DocError):
            failed += 1
            if args.format == "jsonl":
                out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            else:
                print_error_text(item, sys.stderr)
            continue
        mark_unresolved(item.mentions)  # as the events stage does at its end
        for m in item.mentions:
            d = m.to_dict()
            if args.format == "jsonl":
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
            else:
                rows.append([item.id, str(m.sentence_index), f"{m.start}-{m.end}", m.text, m.case or "-",
                             m.actor or "-", m.country or "-", m.entity or "-", m.role])
    if args.format == "table":
        head = ["article", "sent", "span", "text", "case", "actor", "country", "entity", "role"]
        widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(head)]
        widths[3] = min(widths[3], 60)
        out.write("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)).rstrip() + "\n")
        for r in rows:
            out.write("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")
    _note_failed(failed, args.format)
    return EXIT_DOC_ERRORS if failed else EXIT_OK


CODED_LANGS = ("lt", "en")  # the languages with dictionaries and event lexicons
CODE_STAGES = ["extract", "clean", "lang", "sentences", "lemmas", "actors", "events"]


def cmd_code(args: argparse.Namespace, cfg: dict[str, Any]) -> int:
    from .ontology import ontology

    failed = 0
    out = sys.stdout
    onto = ontology()
    rows: list[dict[str, Any]] = []
    for item in _articles(args, cfg, CODE_STAGES, date_before=["actors"]):
        if isinstance(item, DocError):
            failed += 1
            if args.format == "table":
                print_error_text(item, sys.stderr)
            elif args.format == "jsonl":  # in input order, between the events of the documents around it
                out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            else:
                rows.append(item.to_dict())
            continue
        evs = [e.to_dict() for e in item.events] + [q.to_dict() for q in item.quotes]
        if args.format == "table":
            out.write(f"=== {item.id}  {item.title or ''}  date {item.date or '-'}  lang {item.lang or '-'}\n")
            for e in item.events:
                d = e.to_dict()
                pair = f"{d['source_actor']}→{d['target_actor']}"
                flag = " hist" if d["historical"] else ""
                out.write(f"  {pair:18} {d['cameo']:5} {onto[d['cameo']].label[:38]:38} {d['goldstein']:+5.1f} "
                          f"{d['modality']:12}{flag} [{d['date'] or '-'}{', ' + d['location'] if d['location'] else ''}]"
                          f"  s{d['sentence_index']}: {d['sentence'][:110]}\n")
            for q in item.quotes:
                out.write(f"  quote  {q.speaker_actor or '-':10} {q.speaker or '?'}: „{q.text[:100]}“\n")
            if not item.events:
                out.write("  (no events)\n" if item.lang in CODED_LANGS else
                          f"  (no events: language {item.lang or 'unknown'!r} is not coded; kronika codes "
                          f"Lithuanian and English)\n")
        else:
            if item.lang not in CODED_LANGS:
                print(f"kronika: {item.source.path or item.id}: language {item.lang or 'unknown'!r} is not coded "
                      f"(Lithuanian and English are)", file=sys.stderr)
            if args.format == "jsonl":
                for d in evs:
                    out.write(json.dumps(d, ensure_ascii=False) + "\n")
            else:
                rows.extend(evs)
    if args.format == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    _note_failed(failed, args.format)
    return EXIT_DOC_ERRORS if failed else EXIT_OK


def _note_failed(failed: int, fmt: str) -> None:
    """With json / jsonl output (often sent to a file) the terminal is told how many documents failed; their
    error records ("type": "error") are in the output."""
    if failed and fmt in ("json", "jsonl"):
        print(f"kronika: {failed} document(s) could not be read or processed; see the records with "
              f'"type": "error" in the output', file=sys.stderr)


def cmd_eval(args: argparse.Namespace, cfg: dict[str, Any]) -> int:
    from .evaluate import evaluate, format_report

    if args.all:
        from .evalall import run_all

        print(run_all(cfg, args.gold or None))
        return EXIT_OK
    if not args.gold:
        raise KronikaError("name at least one gold file (or --all)")
    for rep in evaluate(args.gold, cfg, args.level):
        print(format_report(rep, args.verbose))
        print()
    return EXIT_OK


def _store(path: str, read_only: bool = True) -> Any:
    from pathlib import Path

    from .store import Store

    if read_only and not Path(path).exists():
        raise KronikaError(f"no store at {path}: run `kronika ingest PATH --db {path}` first")
    return Store(path, read_only=read_only)


def cmd_ingest(args: argparse.Namespace, cfg: dict[str, Any]) -> int:
    from .ingest import ingest

    s = ingest(args.paths, args.db, cfg, workers=args.workers, shard_files=args.shard_files, default_date=args.date)
    print(f"kronika ingest → {args.db}: {s.shards} shard(s), {s.processed} processed now, {s.loaded} loaded; "
          f"{s.new_articles} new article(s) ({s.near_dups} near-duplicate), {s.mentions} event mention(s), "
          f"{s.errors} new error record(s)"
          + (f" ({s.known_errors} already recorded by an earlier run of these inputs)" if s.known_errors else "")
          + f"; {s.events} event(s) in the store")
    errs = s.error_list or []
    for where, msg in errs[:20]:
        print(f"kronika: {where}: {msg}", file=sys.stderr)
    if len(errs) > 20:
        print(f"kronika: ... and {len(errs) - 20} more (the store's errors table holds them all)", file=sys.stderr)
    # the inputs hold bad documents whether this run or an earlier one found them
    return EXIT_DOC_ERRORS if s.errors or s.known_errors else EXIT_OK


def _print_df(df: Any) -> None:
    import pandas as pd

    if not len(df):
        print("(nothing)")
        return
    df = df.copy()
    for c in df.columns:
        if pd.api.types.is_object_dtype(df[c]) or pd.api.types.is_string_dtype(df[c]):  # text: no place is "-", not None / NaN; a long sentence is cut
            df[c] = df[c].astype(object).map(lambda v: "-" if v is None or v is pd.NA or (isinstance(v, float) and v != v)
                                             else (v if len(str(v)) <= 70 else str(v)[:69] + "…"))
    with pd.option_context("display.max_rows", 500, "display.max_columns", 30, "display.width", 200):
        print(df.to_string(index=False))


def cmd_events(args: argparse.Namespace, cfg: dict[str, Any]) -> int:
    with _store(args.db) as st:
        a, b = (args.pair or [args.country, None])
        df = st.events(a, b, args.start, args.end, args.root, args.limit)
        cols = ["date", "source_actor", "target_actor", "cameo", "goldstein", "modality", "n_mentions",
                "n_articles", "location", "sentence"]
        _print_df(df[cols] if len(df) else df)
        if not len(df):
            _note_unknown_sides(st, [a, b])
    return EXIT_OK


def _note_unknown_sides(st: Any, codes: list[str | None]) -> None:
    """With nothing found, say which asked side no stored event has (a typo, or 'Japan' for JPN)."""
    for c in codes:
        if c and not st.con.execute(
                "SELECT 1 FROM events WHERE coalesce(source_country, source_actor) = ? "
                "OR coalesce(target_country, target_actor) = ? LIMIT 1", [c.upper(), c.upper()]).fetchone():
            print(f"kronika: no stored event has the side {c.upper()!r}: a side is a country's ISO alpha-3 code "
                  f"(JPN, LTU) or an organisation's (NATO, EU, UN)", file=sys.stderr)


def cmd_dyad(args: argparse.Namespace, cfg: dict[str, Any]) -> int:
    with _store(args.db) as st:
        df = st.dyad(args.a, args.b, by=args.by, directed=args.directed)
        if len(df):
            df["period"] = df["period"].astype(str).str[:10]
        print(f"{args.a.upper()}{' → ' if args.directed else ' – '}{args.b.upper()} by {args.by}")
        _print_df(df)
        if not len(df):
            _note_unknown_sides(st, [args.a, args.b])
    return EXIT_OK


def cmd_thaw(args: argparse.Namespace, cfg: dict[str, Any]) -> int:
    with _store(args.db) as st:
        shifts = st.thaw(top=args.top, threshold=args.threshold, min_events=args.min_events,
                         countries_only=getattr(args, "countries_only", False))
    if not shifts:
        print("no significant shifts (try --threshold lower or --min-events lower)")
    for x in shifts:
        print(f"{x['pair']:9} {x['kind'].upper():6} t={x['t']:+.2f} from {x['change_date']}: mean Goldstein "
              f"{x['mean_before']:+.2f} ({x['events_before']} events) → {x['mean_after']:+.2f} ({x['events_after']})")
        for e in x["events"]:
            print(f"    {e['date']} {e['pair']:16} {e['cameo']:5} {e['goldstein']:+5.1f}  {e['sentence'][:100]}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, cfg: dict[str, Any]) -> int:
    with _store(args.db) as st:
        for p in st.export(args.format, args.out):
            print(p)
    return EXIT_OK


COMMANDS = {"read": cmd_read, "actors": cmd_actors, "code": cmd_code, "eval": cmd_eval, "dict": cmd_dict,
            "demo": cmd_demo, "ingest": cmd_ingest, "events": cmd_events, "dyad": cmd_dyad, "thaw": cmd_thaw,
            "export": cmd_export}


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    if not args.cmd:
        ap.print_help()
        return EXIT_USAGE
    try:
        cfg = load_config(getattr(args, "config", None))
        tune_gc()
        return COMMANDS[args.cmd](args, cfg)
    except KronikaError as e:
        print(f"kronika: {e}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
