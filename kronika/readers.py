"""Readers: whatever the user has becomes a stream of RawDoc (or DocError for what can't be read).

Supported: plain text (UTF-8 or a legacy encoding detected by charset-normalizer), HTML, WARC /
WARC.gz (warcio), JSONL, gzip of any of these, directories (recursive, by file type) and stdin
("-"). A reader never raises for a bad document: it yields a DocError and goes on.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from .article import DocError, RawDoc, Source, content_id
from .errors import EncodingError, InputError, KronikaError

Item = RawDoc | DocError

TEXT_EXT = {".txt", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
WARC_EXT = {".warc", ".arc"}
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive",
    b"\x7fELF": "an executable",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ": "an xz archive",
}
_UTF8_MB = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# ----------------------------------------------------------------------------- decoding


def _looks_binary(data: bytes) -> str | None:
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 BOM: text
        return None
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if head and ctrl / len(head) > 0.1:
        return "binary data (control bytes)"
    return None


def decode_bytes(data: bytes, cfg: dict[str, Any], declared: str | None = None) -> tuple[str, str]:
    """Bytes → (text, encoding). UTF-8 first; invalid UTF-8 is an error unless policy says replace;
    text with no UTF-8 sequences at all is a legacy encoding, detected with charset-normalizer."""
    rcfg = cfg["reader"]
    if not data.strip():
        raise InputError("empty document (no text)")
    what = _looks_binary(data)
    if what:
        raise InputError(f"not a text document: looks like {what}")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise EncodingError(f"invalid UTF-16 at byte {e.start}") from e
    if declared:
        try:
            return data.decode(declared), declared.lower()
        except (LookupError, UnicodeDecodeError):
            pass  # the declaration lies; detect below
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        first_bad = e.start
    valid_mb = len(_UTF8_MB.findall(data))
    replaced = data.decode("utf-8", "replace")
    bad = replaced.count("\ufffd") - data.count("\xef\xbf\xbd".encode("latin-1"))
    if valid_mb >= max(3, bad):
        # Mostly UTF-8 with broken bytes: a damaged file, not a legacy encoding.
        if rcfg["encoding_errors"] == "replace":
            return replaced, "utf-8 (with replacements)"
        raise EncodingError(
            f"invalid UTF-8 at byte {first_bad} ({bad} broken sequence(s) in otherwise UTF-8 text); "
            "set reader.encoding_errors = \"replace\" in your config to keep it with U+FFFD"
        )
    from charset_normalizer import from_bytes

    order = [e.replace("-", "_").lower() for e in rcfg["legacy_encodings"]]
    matches = list(from_bytes(data, cp_isolation=order))
    best = None
    if matches:
        # Short texts often tie (cp1252 and cp1257 are equally 'clean' for a Lithuanian sentence):
        # among the near-best, the configured order decides (Lithuanian encodings first by default).
        low_chaos = min(m.chaos for m in matches)
        near = [m for m in matches if m.chaos <= low_chaos + 0.02]
        top_coh = max(m.coherence for m in near)
        near = [m for m in near if m.coherence >= top_coh - 0.05]
        rank = {e: i for i, e in enumerate(order)}
        best = min(near, key=lambda m: rank.get(m.encoding, len(rank)))
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        raise EncodingError("could not detect the text encoding (not UTF-8, no legacy encoding fits)")
    return str(best), best.encoding


def _decode_html(data: bytes, cfg: dict[str, Any], declared: str | None = None) -> tuple[str, str]:
    if not declared:
        m = _META_CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii", "ignore")
    return decode_bytes(data, cfg, declared)


# ----------------------------------------------------------------------------- format sniffing


def _strip_gz(name: str) -> tuple[str, bool]:
    low = name.lower()
    if low.endswith(".gz"):
        return low[:-3], True
    return low, False


def format_of(name: str, head: bytes) -> str:
    """'warc' | 'jsonl' | 'html' | 'text', by extension, else by content."""
    base, _ = _strip_gz(name)
    ext = os.path.splitext(base)[1]
    if ext in WARC_EXT:
        return "warc"
    if ext in JSONL_EXT:
        return "jsonl"
    if ext in HTML_EXT:
        # a text dump saved as .html has no tag at all: trafilatura finds no body in it
        return "html" if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _ANY_TAG.search(head) else "text"
    if ext in TEXT_EXT:
        # a page saved as .txt: its markup would become the article's paragraphs
        return "html" if head.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")) else "text"
    return sniff(head)


_ANY_TAG = re.compile(rb"<[A-Za-z!/?][^<>]{0,400}>")


def sniff(head: bytes) -> str:
    h = head.lstrip()[:4096]
    if h.startswith(b"WARC/"):
        return "warc"
    low = h.lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or re.search(rb"<(body|p|div|head)[\s>]", low[:2048]):
        return "html"
    if h.startswith(b"{"):
        line = h.split(b"\n", 1)[0]
        try:
            json.loads(line)
            return "jsonl"
        except ValueError:
            pass
    return "text"


def _read_limited(f: BinaryIO, limit: int, what: str) -> bytes:
    data = f.read(limit + 1)
    if len(data) > limit:
        raise InputError(
            f"{what} is larger than reader.max_bytes = {limit:,} bytes; raise it in your config if this "
            "really is one document"
        )
    return data


# ----------------------------------------------------------------------------- readers


def _doc(content: str, kind: str, source: Source, **kw: Any) -> RawDoc:
    given = kw.pop("id", None)
    return RawDoc(id=str(given) if given is not None else content_id(content), source=source, kind=kind,
                  content=content, id_given=given is not None, **kw)


def read_bytes(data: bytes, name: str, cfg: dict[str, Any], fmt: str | None = None) -> Iterator[Item]:
    """Read one file's bytes (already loaded; gzip is undone here)."""
    base, gz = _strip_gz(name)
    if data[:2] == b"\x1f\x8b" and (gz or fmt != "warc"):
        try:
            data = _gunzip(data, cfg["reader"]["max_bytes"], name)
        except KronikaError as e:
            yield DocError(Source(path=name, format=fmt or "text"), e.kind, str(e))
            return
    fmt = fmt or format_of(name, data[:4096])
    if fmt == "warc":
        yield from read_warc(io.BytesIO(data), name, cfg)
    elif fmt == "jsonl":
        yield from read_jsonl(io.BytesIO(data), name, cfg)
    else:
        src = Source(path=name, format=fmt)
        try:
            if len(data) > cfg["reader"]["max_bytes"]:
                raise InputError(
                    f"document is {len(data):,} bytes, larger than reader.max_bytes = "
                    f"{cfg['reader']['max_bytes']:,}; raise it in your config if this really is one document"
                )
            text, enc = _decode_html(data, cfg) if fmt == "html" else decode_bytes(data, cfg)
        except KronikaError as e:
            yield DocError(src, e.kind, str(e))
            return
        yield _doc(text, "html" if fmt == "html" else "text", src, encoding=enc)


def _gunzip(data: bytes, limit: int, name: str) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as g:
            return _read_limited(g, limit, f"decompressed {name}")
    except (EOFError, OSError, zlib.error) as e:
        raise InputError(f"truncated or corrupt gzip file: {e}") from e


def read_file(path: str, cfg: dict[str, Any]) -> Iterator[Item]:
    """One file of any supported type."""
    p = Path(path)
    try:
        size = p.stat().st_size
        with p.open("rb") as f:
            head = f.read(4096)
            base, gz = _strip_gz(p.name)
            if head[:2] == b"\x1f\x8b" and gz and os.path.splitext(base)[1] in WARC_EXT:
                f.seek(0)
                yield from read_warc(f, path, cfg)
                return
            fmt = format_of(p.name, head) if head[:2] != b"\x1f\x8b" else None
            if fmt in ("warc", "jsonl"):
                f.seek(0)
                yield from (read_warc if fmt == "warc" else read_jsonl)(f, path, cfg)
                return
            limit = cfg["reader"]["max_bytes"]
            if head[:2] != b"\x1f\x8b" and size > limit:
                raise InputError(
                    f"file is {size:,} bytes, larger than reader.max_bytes = {limit:,}; raise it in your "
                    "config if this really is one document"
                )
            f.seek(0)
            data = f.read() if head[:2] == b"\x1f\x8b" else _read_limited(f, limit, "file")
    except KronikaError as e:
        yield DocError(Source(path=path), e.kind, str(e))
        return
    except OSError as e:
        yield DocError(Source(path=path), "input", f"cannot read file: {e.strerror or e}")
        return
    yield from read_bytes(data, path, cfg, fmt)


def read_jsonl(f: BinaryIO, name: str, cfg: dict[str, Any]) -> Iterator[Item]:
    """One JSON object a line: id?, url?, text | html, date? (YYYY-MM-DD), lang?"""
    stream: BinaryIO = f
    head = f.read(2)
    f.seek(0)
    if head == b"\x1f\x8b":
        stream = gzip.GzipFile(fileobj=f)  # type: ignore[assignment]
    lineno = 0
    try:
        for raw in stream:
            lineno += 1
            src = Source(path=name, format="jsonl", offset=lineno)
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except ValueError as e:
                yield DocError(src, "input", f"line {lineno}: not valid JSON ({e})")
                continue
            if not isinstance(obj, dict):
                yield DocError(src, "input", f"line {lineno}: expected a JSON object, got {type(obj).__name__}")
                continue
            given_id = obj.get("id")
            src.url = obj.get("url")
            body, kind = obj.get("text"), "text"
            if body is None and obj.get("html") is not None:
                body, kind = obj.get("html"), "html"
            if not isinstance(body, str) or not body.strip():
                yield DocError(src, "input", f"line {lineno}: needs a non-empty 'text' or 'html' string",
                               id=None if given_id is None else str(given_id))
                continue
            date = obj.get("date")
            doc = _doc(body, kind, src, id=given_id, lang=obj.get("lang"), title=obj.get("title"))
            if date is not None:
                if isinstance(date, str) and _DATE.match(date[:10]):
                    doc.date = date[:10]
                else:
                    yield DocError(src, "input", f"line {lineno}: 'date' must be YYYY-MM-DD, got {date!r}",
                                   id=doc.id)
                    continue
            yield doc
    except (EOFError, OSError, zlib.error) as e:
        yield DocError(Source(path=name, format="jsonl", offset=lineno), "input",
                       f"truncated or corrupt JSONL after line {lineno}: {e}")


def read_warc(f: BinaryIO, name: str, cfg: dict[str, Any]) -> Iterator[Item]:
    """HTML responses (and text resources / WET conversions) of a WARC or WARC.gz."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    limit = cfg["reader"]["max_bytes"]
    n = 0
    offset = last_end = 0
    try:
        it = ArchiveIterator(f, arc2warc=True)
        for rec in it:
            # warcio: read the record's content before asking for its offset (asking first empties it)
            rtype = rec.rec_type
            uri = rec.rec_headers.get_header("WARC-Target-URI")
            rid = rec.rec_headers.get_header("WARC-Record-ID")
            if rtype == "response":
                if not rec.http_headers:
                    offset = it.get_record_offset()
                    last_end = offset + it.get_record_length()
                    continue
                status = rec.http_headers.get_statuscode()
                ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
                wanted = "html" in ctype and not (status and not status.startswith("2"))
            elif rtype in ("resource", "conversion"):
                ctype = (rec.rec_headers.get_header("Content-Type") or "").lower()
                wanted = "html" in ctype or "text/plain" in ctype
            else:
                wanted = False
            if not wanted:
                offset = it.get_record_offset()
                last_end = offset + it.get_record_length()
                continue
            n += 1
            charset = None
            m = re.search(r"charset=([\w.:-]+)", ctype)
            if m:
                charset = m.group(1)
            try:
                data = _read_limited(rec.content_stream(), limit, f"WARC record {rid}")
            except KronikaError as e:
                data, err = None, e
            offset = it.get_record_offset()
            last_end = offset + it.get_record_length()
            src = Source(path=name, url=uri, offset=offset, record_id=rid, format="warc")
            try:
                if data is None:
                    raise err
                if getattr(rec.raw_stream, "limit", 0):
                    raise InputError(f"truncated WARC record: {rec.raw_stream.limit} byte(s) missing at the end")
                if "html" in ctype:
                    text, enc = _decode_html(data, cfg, charset)
                    kind = "html"
                else:
                    text, enc = decode_bytes(data, cfg, charset)
                    kind = "text"
            except KronikaError as e:
                yield DocError(src, e.kind, str(e))
                continue
            doc = _doc(text, kind, src, encoding=enc)
            wdate = rec.rec_headers.get_header("WARC-Date")
            if wdate and _DATE.match(wdate[:10]):
                doc.crawl_date = wdate[:10]  # fallback for the article date if the page names none
            yield doc
    except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as e:
        yield DocError(Source(path=name, offset=offset, format="warc"), "input",
                       f"truncated or corrupt WARC after {n} record(s) near byte {offset}: {e}")
        return
    # warcio ends quietly on a cut-off gzip member: bytes left after the last whole record mean damage.
    try:
        size = f.seek(0, io.SEEK_END)
        f.seek(last_end)
        tail = f.read(64)
    except (OSError, ValueError):
        return
    if size > last_end and tail.strip(b"\r\n\x00 "):
        yield DocError(Source(path=name, offset=last_end, format="warc"), "input",
                       f"truncated or corrupt WARC: {size - last_end:,} byte(s) after the last complete record "
                       f"(byte {last_end:,}) could not be read; {n} record(s) before it were kept")


def iter_dir(path: str) -> Iterator[str]:
    """Files under a directory, recursively, sorted, hidden files and folders skipped."""
    for root, dirs, files in os.walk(path, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for fn in sorted(files):
            if not fn.startswith("."):
                yield os.path.join(root, fn)


def read_paths(paths: Iterable[str], cfg: dict[str, Any], stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Every document under the given paths ("-" is stdin), in order."""
    for path in paths:
        if path == "-":
            s = stdin if stdin is not None else sys.stdin.buffer
            try:
                data = _read_limited(s, cfg["reader"]["max_bytes"] * 50, "stdin")
            except KronikaError as e:
                yield DocError(Source(path="-"), e.kind, str(e))
                continue
            yield from read_bytes(data, "-", cfg)
        elif os.path.isdir(path):
            for fp in iter_dir(path):
                yield from read_file(fp, cfg)
        elif os.path.lexists(path):
            yield from read_file(path, cfg)
        else:
            yield DocError(Source(path=path), "input", f"no such file or directory: {path}")
