"""Title, date and author of an HTML page, read cheaply from its head.

trafilatura's own metadata pass parses the page again and searches it extensively (a third of its
run time on news pages). News pages state their metadata in a few well-known places (Open Graph,
article:published_time, JSON-LD, meta name=author, <title>); we read those with regular expressions
and fall back to htmldate's quick search only when no date is stated.
"""

from __future__ import annotations

import html as htmllib
import json
import re
from dataclasses import dataclass

_HEAD_LIMIT = 200_000
_META = re.compile(r"<meta\b[^>]*>", re.I | re.S)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.S)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.I | re.S)
_TAGS = re.compile(r"<[^>]+>")
_JSONLD = re.compile(r"""<script[^>]+type\s*=\s*["']application/ld\+json["'][^>]*>(.*?)</script>""", re.I | re.S)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME = re.compile(r"""<time\b[^>]*\bdatetime\s*=\s*["'](\d{4}-\d{2}-\d{2})""", re.I)

_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "title", "headline")
_DATE_KEYS = ("article:published_time", "og:article:published_time", "datepublished", "date",
              "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created",
              "sailthru.date", "parsely-pub-date", "article.published", "published_time", "og:published_time",
              "citation_publication_date", "article:modified_time", "og:updated_time", "datemodified")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl")


@dataclass(slots=True)
class PageMeta:
    title: str | None = None
    date: str | None = None
    author: str | None = None


def _clean(s: str) -> str:
    return " ".join(htmllib.unescape(_TAGS.sub(" ", s)).split())


def _valid_date(s: str | None) -> str | None:
    if not s:
        return None
    m = _ISO.search(s)
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    return m.group() if 1990 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31 else None


def _strip_site(title: str) -> str:
    for sep in (" | ", " – ", " — ", " - ", " :: "):
        if sep in title:
            head, tail = title.rsplit(sep, 1)
            if len(tail) < len(head) and len(tail.split()) <= 5:
                return head.strip()
    return title


def _jsonld(doc: str) -> list[dict]:
    out: list[dict] = []
    for m in _JSONLD.finditer(doc):
        try:
            data = json.loads(m.group(1).strip())
        except ValueError:
            continue
        stack = [data]
        while stack:
            x = stack.pop()
            if isinstance(x, list):
                stack.extend(x)
            elif isinstance(x, dict):
                out.append(x)
                if "@graph" in x:
                    stack.append(x["@graph"])
    return out


def _author_name(a: object) -> str | None:
    if isinstance(a, str):
        return a
    if isinstance(a, dict):
        n = a.get("name")
        return n if isinstance(n, str) else None
    if isinstance(a, list):
        names = [n for n in (_author_name(x) for x in a) if n]
        return "; ".join(names) or None
    return None


def page_meta(doc: str, date_fallback: bool = True) -> PageMeta:
    head = doc[:_HEAD_LIMIT]
    metas: dict[str, str] = {}
    for m in _META.finditer(head):
        attrs = {k.lower(): (v1 or v2 or v3) for k, v1, v2, v3 in _ATTR.findall(m.group())}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and "content" in attrs and key not in metas:
            metas[key] = htmllib.unescape(attrs["content"]).strip()
    meta = PageMeta()
    ld = _jsonld(head) if "ld+json" in head else []
    articles = [x for x in ld if str(x.get("@type", "")).lower().endswith(("article", "posting", "report"))]

    for k in _TITLE_KEYS:
        if metas.get(k):
            meta.title = _strip_site(metas[k])
            break
    if not meta.title:
        for x in articles:
            if isinstance(x.get("headline"), str):
                meta.title = x["headline"].strip()
                break
    if not meta.title:
        m = _H1.search(doc) or _TITLE.search(head)
        if m:
            meta.title = _strip_site(_clean(m.group(1))) or None

    for x in articles:
        meta.date = _valid_date(x.get("datePublished")) or _valid_date(x.get("dateCreated"))
        if meta.date:
            break
    if not meta.date:
        for k in _DATE_KEYS:
            meta.date = _valid_date(metas.get(k))
            if meta.date:
                break
    if not meta.date:
        m = _TIME.search(doc)
        meta.date = _valid_date(m.group(1)) if m else None
    if not meta.date and date_fallback:
        from htmldate import find_date

        try:
            meta.date = _valid_date(find_date(doc, extensive_search=False, original_date=True))
        except Exception:
            meta.date = None

    for k in _AUTHOR_KEYS:
        v = metas.get(k)
        if v and not v.startswith("http"):
            meta.author = v
            break
    if not meta.author:
        for x in articles:
            meta.author = _author_name(x.get("author"))
            if meta.author:
                break
    return meta
