"""The one object that flows through kronika's stages.

A reader yields ``RawDoc`` (or ``DocError`` for what it could not read); the pipeline turns each
RawDoc into an ``Article`` and every stage adds to it. Nothing is dropped silently: a line removed
by cleaning is kept in ``Article.rejected`` with its reason.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any


def content_id(text: str) -> str:
    """Stable id of a document: sha1 of its content, 16 hex chars."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(slots=True)
class Source:
    """Where a document came from."""

    path: str | None = None  # file path, "-" for stdin
    url: str | None = None  # target URI (WARC) or given url (JSONL)
    offset: int | None = None  # byte offset of the WARC record, or line number in a JSONL file
    record_id: str | None = None  # WARC-Record-ID
    format: str = "text"  # text | html | warc | jsonl

    def group(self) -> str:
        """The 'source' whose documents share boilerplate: a site host, else the file or directory."""
        if self.url:
            from urllib.parse import urlsplit

            host = urlsplit(self.url).hostname
            if host:
                return host.removeprefix("www.")
        if self.path:
            import os

            return self.path if self.format in ("jsonl", "warc") else os.path.dirname(self.path) or "."
        return "-"


@dataclass(slots=True)
class RawDoc:
    """A document as read: text or HTML, before any cleaning."""

    id: str
    source: Source
    kind: str  # "text" | "html"
    content: str
    date: str | None = None  # YYYY-MM-DD if given by the container (JSONL, WARC header)
    lang: str | None = None  # if given
    title: str | None = None
    encoding: str | None = None
    id_given: bool = False
    crawl_date: str | None = None  # WARC-Date: a fallback for the article date


@dataclass(slots=True)
class DocError:
    """A document (or file) that could not be processed. The batch goes on."""

    source: Source
    kind: str
    message: str
    id: str | None = None
    stage: str = "read"

    def to_dict(self) -> dict[str, Any]:
        return {"type": "error", "id": self.id, "stage": self.stage, "kind": self.kind,
                "message": self.message, "source": asdict(self.source)}


@dataclass(slots=True)
class Paragraph:
    text: str
    start: int  # char offsets into Article.text
    end: int


@dataclass(slots=True)
class Caption:
    text: str
    credit: str | None = None
    line: int | None = None


@dataclass(slots=True)
class Rejected:
    """A line removed from the body, with the rule that removed it."""

    text: str
    reason: str
    line: int | None = None


@dataclass(slots=True)
class Token:
    text: str
    start: int  # char offsets into Article.text
    end: int
    lemma: str | None = None
    low: str = ""  # text.lower(), computed once by the tokenizer


_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_span = re.Match.span


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word and punctuation tokens of `text`, with char offsets shifted by `offset`."""
    low = text.lower()
    if len(low) == len(text):  # same length for the scripts we code
        return [Token(text[x:y], x + offset, y + offset, None, low[x:y]) for x, y in map(_span, _TOKEN.finditer(text))]
    return [Token(m.group(), m.start() + offset, m.end() + offset, None, m.group().lower())
            for m in _TOKEN.finditer(text)]


class Sentence:
    """A sentence of Article.text. Its tokens are made on first use: most sentences of real news name
    no actor and the coder never looks at their words. Once the lemma stage has named the language,
    tokens made later get their lemmas too."""

    __slots__ = ("text", "start", "end", "paragraph", "_tokens", "lemma_lang")

    def __init__(self, text: str, start: int, end: int, paragraph: int, tokens: list[Token] | None = None):
        self.text = text
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self._tokens = tokens
        self.lemma_lang: str | None = None

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = tokenize(self.text, self.start)
            if self.lemma_lang is not None:
                from .nlp import lemmatize_tokens

                lemmatize_tokens(self._tokens, self.lemma_lang)
        return self._tokens

    @tokens.setter
    def tokens(self, value: list[Token]) -> None:
        self._tokens = value

    @property
    def tokenized(self) -> bool:
        return self._tokens is not None

    def __repr__(self) -> str:
        return f"Sentence({self.text!r}, {self.start}, {self.end}, paragraph={self.paragraph})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sentence) and (self.text, self.start, self.end, self.paragraph) == (
            other.text, other.start, other.end, other.paragraph)

    __hash__ = None  # type: ignore[assignment]


@dataclass(slots=True)
class Article:
    id: str
    source: Source
    title: str | None = None
    date: str | None = None
    author: str | None = None
    lang: str | None = None
    lang_score: float | None = None
    text: str = ""  # body: paragraphs joined by "\n\n"
    paragraphs: list[Paragraph] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Any] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)
    quotes: list[Any] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # working lines between extract and clean
    stages: list[str] = field(default_factory=list)  # names of the stages that ran
    raw: RawDoc | None = None  # the document as read; released after cleaning
    title_given: bool = False  # the container or page metadata named the title
    title_end: int = 0  # Article.text[:title_end] is the title (0: no title in the text)

    def set_paragraphs(self, texts: list[str], title: str | None = None) -> None:
        """Set the text from the title and paragraph texts, computing char offsets. The title, when
        there is one, opens Article.text (so it is coded too) but is not a paragraph."""
        paras: list[Paragraph] = []
        head = f"{title}\n\n" if title else ""
        pos = len(head)
        for t in texts:
            if paras:
                pos += 2
            paras.append(Paragraph(t, pos, pos + len(t)))
            pos += len(t)
        self.paragraphs = paras
        self.title_end = len(title) if title else 0
        self.text = head + "\n\n".join(texts)

    def to_dict(self, *, tokens: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "type": "article",
            "id": self.id,
            "source": asdict(self.source),
            "title": self.title,
            "date": self.date,
            "author": self.author,
            "lang": self.lang,
            "lang_score": self.lang_score,
            "paragraphs": [p.text for p in self.paragraphs],
            "captions": [asdict(c) for c in self.captions],
            "rejected": [asdict(r) for r in self.rejected],
            "sentences": [
                {"text": s.text, "start": s.start, "end": s.end, "paragraph": s.paragraph}
                | ({"tokens": [asdict(t) for t in s.tokens]} if tokens else {})
                for s in self.sentences
            ],
            "warnings": self.warnings,
        }
        if self.mentions:
            d["mentions"] = [m.to_dict() if hasattr(m, "to_dict") else m for m in self.mentions]
        return d
