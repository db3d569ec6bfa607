"""Stages 'extract' and 'clean': a RawDoc's content becomes title, date, paragraphs and captions.

Every line that does not reach the body is kept in ``Article.rejected`` with the rule that removed
it. Line rules come from the language packs (data/lexicons/*.yaml); the batch signal (lines
repeated across many documents of one source, as CCNet does) needs no lexicon at all.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from .article import Article, Caption, Rejected
from .errors import ExtractionError
from .langpack import _NORM_STRIP, Boilerplate, boilerplate, norm_line
from .pipeline import register

# ----------------------------------------------------------------------------- extract

_LT_MONTHS = {"sausio": 1, "vasario": 2, "kovo": 3, "balandžio": 4, "gegužės": 5, "birželio": 6,
              "liepos": 7, "rugpjūčio": 8, "rugsėjo": 9, "spalio": 10, "lapkričio": 11, "gruodžio": 12}
_EN_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_EN_MONTHS |= {m[:3]: i for m, i in list(_EN_MONTHS.items())} | {"sept": 9}
_DATELINES = [
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$"),
    re.compile(r"^(?P<y>\d{4})\s*m\.\s*(?P<mn>[a-zžčšąęėįųū]+)\s+(?P<d>\d{1,2})\s*d\.(?:,?\s*\d{1,2}:\d{2})?$", re.I),
    re.compile(r"^(?:[a-z]+,\s+)?(?P<mn>[a-z]+)\.?\s+(?P<d>\d{1,2}),\s+(?P<y>\d{4})(?:\s+\d{1,2}:\d{2}.*)?$", re.I),
    re.compile(r"^(?:[a-z]+,\s+)?(?P<d>\d{1,2})\s+(?P<mn>[a-z]+)\.?\s+(?P<y>\d{4})(?:\s+\d{1,2}:\d{2}.*)?$", re.I),
]


def parse_dateline(line: str) -> str | None:
    """A line that is only a date ('2013-11-02 10:15', '2013 m. lapkričio 2 d.', 'November 2, 2013')."""
    s = line.strip()
    if len(s) > 40:
        return None
    for pat in _DATELINES:
        m = pat.match(s)
        if not m:
            continue
        gd = m.groupdict()
        if gd.get("mn"):
            mn = gd["mn"].lower()
            month = _LT_MONTHS.get(mn) or _EN_MONTHS.get(mn)
            if not month:
                continue
        else:
            month = int(gd["m"])
        y, d = int(gd["y"]), int(gd["d"])
        if 1900 <= y <= 2100 and 1 <= month <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{month:02d}-{d:02d}"
    return None


class Extract:
    """RawDoc content → working lines (+ title, date, author for HTML via trafilatura)."""

    name = "extract"

    def __init__(self, cfg: dict[str, Any]):
        self.hcfg = cfg["html"]

    def __call__(self, art: Article) -> Article:
        raw = art.raw
        if raw is None:
            return art
        art.date = raw.date
        art.lang = raw.lang
        art.title = raw.title
        if raw.kind == "html":
            import trafilatura

            from .htmlmeta import page_meta

            doc = trafilatura.bare_extraction(
                raw.content, url=raw.source.url, fast=self.hcfg["fast"], with_metadata=False,
                include_tables=self.hcfg["include_tables"], favor_precision=self.hcfg["favor_precision"],
            )
            text = (doc.text if doc is not None else None) or ""
            if not text.strip():
                raise ExtractionError("no main text found in the HTML page (no article body)")
            if self.hcfg["with_metadata"]:
                meta = page_meta(raw.content)
                art.title = art.title or meta.title
                art.date = art.date or meta.date
                art.author = meta.author
            art.lines = text.split("\n")
            art.title_given = True
        else:
            art.lines = raw.content.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            art.title_given = art.title is not None
        if not art.date and raw.crawl_date:
            art.date = raw.crawl_date
            art.warnings.append("date taken from the WARC crawl date (the page names none)")
        return art


# ----------------------------------------------------------------------------- clean


class Clean:
    """Working lines → title, paragraphs, captions; every dropped line kept with its reason."""

    name = "clean"

    def __init__(self, cfg: dict[str, Any]):
        self.ccfg = cfg["clean"]
        self.rcfg = cfg["repeated_lines"]
        self.bp: Boilerplate = boilerplate()
        self.repeated: dict[str, dict[str, int]] = {}

    # -- batch signal ---------------------------------------------------------------------------
    def fit(self, batch: list[Article]) -> None:
        """Count normalised lines per source; lines in many documents of one source are boilerplate."""
        self.repeated = {}
        if not self.rcfg["enabled"]:
            return
        groups: dict[str, Counter[str]] = defaultdict(Counter)
        sizes: Counter[str] = Counter()
        seen: dict[str, set[Any]] = defaultdict(set)
        for art in batch:
            g = art.source.group()
            # One page counts once: the same URL crawled again (or in another WARC) and the same text under
            # another name are one document, else an article seen three times is all "boilerplate".
            keys = {hash(tuple(x.strip() for x in art.lines if x.strip()))}
            if art.source.url:
                keys.add(art.source.url.split("#", 1)[0])
            if keys & seen[g]:
                seen[g] |= keys
                continue
            seen[g] |= keys
            sizes[g] += 1
            groups[g].update({_ccnet_norm(x) for x in art.lines if len(x.strip()) >= self.rcfg["min_chars"]})
        for g, counts in groups.items():
            need = max(self.rcfg["min_docs"], self.rcfg["min_share"] * sizes[g])
            rep = {n: c for n, c in counts.items() if n and c >= need}
            if rep:
                self.repeated[g] = rep

    # -- rules ----------------------------------------------------------------------------------
    def is_widget(self, line: str, n: str | None = None, low: str | None = None) -> bool:
        if len(line) > 160:
            return False  # widgets, prompts and tag lines are short; body paragraphs are not
        if n is None:
            n = norm_line(line)
        if not n and not any(ch.isalnum() for ch in line):
            return False
        if n in self.bp.widget_lines:
            return True
        if low is None:
            low = " ".join(line.lower().split())
        return self.bp.widget_re is not None and self.bp.widget_re.match(low) is not None

    def is_ad_marker(self, line: str, n: str | None = None) -> bool:
        return (norm_line(line) if n is None else n) in self.bp.ad_markers

    def split_credit(self, line: str) -> tuple[str, str] | None:
        """'Caption text / AFP/„Scanpix“ nuotr.' → ('Caption text', 'AFP/Scanpix')."""
        for sep in (" / ", " | ", " – ", " — "):
            if sep in line:
                left, right = line.rsplit(sep, 1)
                if self.is_credit(right) and left.strip():
                    return left.strip(), self.norm_credit(right)
        if not line.rstrip().endswith(")"):
            return None
        m = _CAPTION_PAREN.match(line)
        if m and self.is_credit(m.group("cr")):
            return m.group("cap").strip(), self.norm_credit(m.group("cr"))
        return None

    def is_credit(self, text: str) -> bool:
        t = text.strip()
        return bool(t) and len(t) <= 90 and len(t.split()) <= 8 and bool(self.bp.credit_re.search(t))

    def norm_credit(self, text: str) -> str:
        t = text
        for ch in self.bp.quote_chars:
            t = t.replace(ch, "")
        t = re.sub(
            r"(?i)(?<!\w)(asociatyvi\s+)?(nuotr\.?|nuotrauka|nuotraukos|foto:?|photograph(?:\s+by)?:?|"
            r"photo(?:\s+by)?:?|picture:?|image:?|credit:?|file photo)(?!\w)", "", t)
        t = re.sub(r"\s*/\s*", "/", t)
        return " ".join(t.split()).strip(" ,;:/-")

    def is_ad_headline(self, line: str) -> bool:
        """The line after an ad marker is its sponsored headline when it reads like one. An HTML page whose
        ad box says only "Reklama" puts the article's next paragraph there: a sentence of eight words or
        more ending in a full stop, or a line longer than a title, is body text."""
        s = line.strip()
        if len(s) > self.ccfg["title_max_chars"] or len(s.split()) > self.ccfg["title_max_words"]:
            return False
        return not (s.endswith(".") and not s.endswith("...") and len(s.split()) >= 8)

    def is_title(self, line: str) -> bool:
        s = line.strip()
        words = s.split()
        ok = (
            2 <= len(words) <= self.ccfg["title_max_words"]
            and len(s) <= self.ccfg["title_max_chars"]
            and (not s.endswith((".", ",", ";", ":")) or s.endswith("..."))
        )
        return ok and not self.is_widget(s) and not self.is_ad_marker(s)

    # -- the stage ------------------------------------------------------------------------------
    def __call__(self, art: Article) -> Article:
        lines = [(i + 1, ln.strip()) for i, ln in enumerate(art.lines)]
        items = [(no, ln) for no, ln in lines if ln]
        rej: list[Rejected] = []
        paras: list[str] = []
        caps: list[Caption] = []
        rep = self.repeated.get(art.source.group(), {})
        seen_paras: set[str] = set()

        k = 0
        # Title: the first line when it is one (text dumps), and a date line near the top.
        if items and not art.title_given and len(items) > 1 and self.is_title(items[0][1]):
            art.title = items[0][1]
            k = 1
        while k < len(items):
            no, ln = items[k]
            nxt = items[k + 1][1] if k + 1 < len(items) else None
            low = " ".join(ln.lower().split())  # once per line, for the ad-marker and widget checks
            n = _NORM_STRIP.sub("", low)
            if self.is_ad_marker(ln, n):
                rej.append(Rejected(ln, "ad marker", no))
                k += 1
                taken = 0
                while taken < self.ccfg["ad_headline_lines"] and k < len(items):
                    h_no, h = items[k]
                    if self.is_ad_marker(h) or self.is_widget(h) or not self.is_ad_headline(h):
                        break
                    rej.append(Rejected(h, f"ad: sponsored headline after the marker '{ln}'", h_no))
                    k += 1
                    taken += 1
                continue
            if self.is_widget(ln, n, low):
                rej.append(Rejected(ln, "widget / prompt line", no))
                k += 1
                continue
            if k < 4 or k >= len(items) - 3:
                d = parse_dateline(ln)
                if d:
                    if not art.date:
                        art.date = d
                    rej.append(Rejected(ln, "dateline (kept as the article date)" if art.date == d
                                        else "dateline", no))
                    k += 1
                    continue
            # The batch signal after the line rules that read a line's content: every dump of a portal opens with
            # its ISO date line and carries the ad marker, and after digit masking those are repeated lines too; as
            # bare boilerplate the article would lose its date and keep the sponsored headline after the marker.
            if rep:
                c = rep.get(_ccnet_norm(ln))
                if c:
                    rej.append(Rejected(ln, f"boilerplate: line repeated in {c} documents of {art.source.group()}", no))
                    k += 1
                    continue
            # A photo caption printed twice: once bare, once with its credit (or exactly again).
            if nxt is not None and len(ln) <= 400:
                if nxt.startswith(ln) and nxt != ln:
                    rest = nxt[len(ln):].strip().lstrip("/|–—-").strip()
                    if self.is_credit(rest):
                        caps.append(Caption(ln, self.norm_credit(rest), no))
                        rej.append(Rejected(ln, "photo caption (kept in captions)", no))
                        rej.append(Rejected(nxt, "photo caption repeated with its credit", items[k + 1][0]))
                        k += 2
                        continue
                if nxt == ln:
                    credit = None
                    skip = 2
                    if k + 2 < len(items) and self.is_credit(items[k + 2][1]) and len(items[k + 2][1].split()) <= 6:
                        credit = self.norm_credit(items[k + 2][1])
                        rej.append(Rejected(items[k + 2][1], "photo credit", items[k + 2][0]))
                        skip = 3
                    caps.append(Caption(ln, credit, no))
                    rej.append(Rejected(ln, "photo caption (kept in captions)", no))
                    rej.append(Rejected(nxt, "photo caption repeated", items[k + 1][0]))
                    k += skip
                    continue
            if self.bp.caption_prefix_re is not None and self.bp.caption_prefix_re.match(ln):
                # "FILE PHOTO: Xi Jinping and Vladimir Putin attend ...", "Nuotraukoje: ...": a caption line
                sc = self.split_credit(ln)
                caps.append(Caption(sc[0] if sc else ln, sc[1] if sc else None, no))
                rej.append(Rejected(ln, "photo caption (opens with a caption label; kept in captions)", no))
                k += 1
                continue
            sc = self.split_credit(ln)
            if sc:
                caps.append(Caption(sc[0], sc[1], no))
                rej.append(Rejected(ln, "photo caption with credit (kept in captions)", no))
                k += 1
                continue
            if self.is_credit(ln) and ((len(ln.split()) <= 6 and not ln.endswith((".", "!", "?")))
                                       or _CREDIT_LINE.search(ln)):
                if caps and caps[-1].credit is None and caps[-1].line is not None and caps[-1].line >= no - 2:
                    caps[-1].credit = self.norm_credit(ln)
                rej.append(Rejected(ln, "photo credit", no))
                k += 1
                continue
            if not paras and art.title and n == norm_line(art.title):
                rej.append(Rejected(ln, "title repeated in the body", no))
                k += 1
                continue
            if ln in seen_paras:
                rej.append(Rejected(ln, "duplicate paragraph", no))
                k += 1
                continue
            seen_paras.add(ln)
            paras.append(ln)
            k += 1

        art.set_paragraphs(paras, art.title)
        art.captions = caps
        # in document order (a caption's credit found after the caption's two copies is listed by its line)
        art.rejected = sorted(rej, key=lambda r: r.line if r.line is not None else 0)
        art.lines = []
        art.raw = None  # the source is not needed past cleaning
        return art


_CAPTION_PAREN = re.compile(r"^(?P<cap>.+?)\s*\((?P<cr>(?:photo|photograph|foto|nuotr)[^()]*)\)\s*$", re.I)
_CREDIT_LINE = re.compile(r"(?i)nuotr\.?$|^(photo|foto)\s*:")
_CCNET_DIGITS = re.compile(r"\d")
_CCNET_PUNCT = re.compile(r"[^\w\s]")


def _ccnet_norm(line: str) -> str:
    """CCNet's normalisation: lowercase, digits → 0, punctuation removed, spaces collapsed."""
    s = _CCNET_PUNCT.sub("", _CCNET_DIGITS.sub("0", line.lower()))
    return " ".join(s.split())


register("extract", Extract)
register("clean", Clean)
