"""Stages 'lang', 'sentences' and 'lemmas'.

- lang: py3langid (a naive Bayes identifier trained on 97 languages) on the body, probabilities
  normalised; a language given by the container (JSONL 'lang') is kept.
- sentences: a rule splitter per paragraph with the language pack's abbreviations (simplemma's own
  splitter has no Lithuanian abbreviation list: "1945 m. rugsėjo" or "S. Lavrovas" would split).
- lemmas: simplemma for lt and en, cached per word form.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from .article import Article, Sentence, Token
from .langpack import LANGS, langpack
from .pipeline import register


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


_LT_ONLY = set("ėįųĖĮŲ")  # letters no other language in the identifier's set uses together
_NOT_LT = set("āēīōķļņģŗłśźżćńóřěůõäöüßåæøñçàèìòùâêîôûëïÿ")
_NON_LETTERS = re.compile(r"[\W\d_]+")
_NOT_LT_RE = re.compile("[" + "".join(sorted(_NOT_LT)) + "]", re.I)
_EN_STOP = frozenset("the and of to in a is that for on with as by at from said was were has have".split())


def quick_language(text: str) -> str | None:
    """The two coded languages recognised from the text alone, when unmistakable: Lithuanian by its
    own letters (ė, į, ų) and none of its neighbours', English by plain ASCII with its function words.
    Anything else goes to the statistical identifier."""
    sample = text[:800]
    n_letters = sum(map(str.isalpha, sample))
    if n_letters < 40:
        return None
    own = sum(sample.count(c) for c in _LT_ONLY)
    foreign = len(_NOT_LT_RE.findall(sample))  # a name or two ("Curaçao", "Orbán") is not another language
    if own / n_letters >= 0.01 and foreign / n_letters < 0.005:
        return "lt"
    if sample.isascii() or (own == 0 and sum(not ch.isascii() for ch in sample) / n_letters < 0.01):
        words = sample.lower().split()
        if words and sum(w in _EN_STOP for w in words) / len(words) >= 0.12:
            return "en"
    return None


def identify(text: str) -> tuple[str, float]:
    lang = quick_language(text)
    if lang is not None:
        return lang, 1.0
    lang, p = _identifier().classify(text[:800])
    return str(lang), float(p)


class Lang:
    name = "lang"

    def __init__(self, cfg: dict[str, Any]):
        self.min_chars = cfg["lang"]["min_chars"]
        self.supported = set(cfg["lang"]["supported"])

    def __call__(self, art: Article) -> Article:
        if art.lang:
            return art
        sample = art.text
        if len(sample.strip()) < self.min_chars:
            art.warnings.append(f"text too short ({len(sample.strip())} chars) to identify its language")
            return art
        art.lang, art.lang_score = identify(sample)
        art.lang_score = round(art.lang_score, 4)
        if art.lang not in self.supported:
            art.warnings.append(f"language '{art.lang}' is identified but not coded (supported: "
                                f"{', '.join(sorted(self.supported))})")
        return art


_CLOSERS = "\"'”’»)]“"
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]“]*\s+")
_OPENERS = "„\"“«(['‘"
_WORD_BEFORE = re.compile(r"([\w.'’-]+)[.!?…]+[\"'”’»)\]“]*\s+$")


def split_sentences(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in one paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        nxt = text[m.end():m.end() + 3].lstrip(_OPENERS)
        if not nxt or not (nxt[0].isupper() or nxt[0].isdigit() or text[m.end()] in _OPENERS):
            continue
        chunk = text[start:m.end()]
        if m.group().startswith("."):
            w = _WORD_BEFORE.search(chunk)
            if w:
                word = w.group(1).lower()
                if word in abbreviations or (len(word) == 1 and word.isalpha()) or word.rstrip(".") in abbreviations:
                    continue
        end = m.start() + len(m.group().rstrip())
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


class Sentences:
    name = "sentences"

    def __init__(self, cfg: dict[str, Any]):
        self.abbr = {lang: langpack(lang).abbreviations for lang in LANGS}
        self.default = frozenset().union(*self.abbr.values())

    def __call__(self, art: Article) -> Article:
        abbr = self.abbr.get(art.lang or "", self.default)
        sents: list[Sentence] = []
        blocks = [(-1, 0, art.text[:art.title_end])] if art.title_end else []
        blocks += [(pi, p.start, p.text) for pi, p in enumerate(art.paragraphs)]
        for pi, start, text in blocks:
            for s, e in split_sentences(text, abbr):
                a, b = start + s, start + e
                sents.append(Sentence(art.text[a:b], a, b, pi))  # tokens are made when first used
        art.sentences = sents
        return art


_LEMMAS: dict[str, dict[str, str]] = {}  # per language: word form → lemma (cleared when it grows past the cap)
_LEMMA_CAP = 300_000


_APOSTROPHES = frozenset("'’ʼ`´‘")


@cache
def _dictionary(lang: str) -> Any:
    """simplemma's own form → lemma table of `lang`, for the words it answers from the table alone; None
    when this simplemma keeps it elsewhere (the full lemmatizer is then asked for every word)."""
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY
        from simplemma.utils import _CANON_TABLES
    except ImportError:
        return None
    if lang in _CANON_TABLES:  # (a language whose keys are folded first: not ours, but keep to the full path)
        return None
    return DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang)


def _table_lemma(word: str, lang: str) -> str | None:
    """The lemma simplemma would give `word` by its first step, the exact dictionary lookup, without its
    per-call work (normalising, validating, its own caches): a plain word — no apostrophe, not a number,
    already in NFC — found in the table as written. Anything else (None) goes through simplemma in full.
    tests/test_nlp.py checks the two agree on every word of the lexicons and test sentences."""
    d = _dictionary(lang)
    if d is None or word.isnumeric() or not _APOSTROPHES.isdisjoint(word) or not unicodedata.is_normalized("NFC", word):
        return None
    return d.get(word)


def lemma(word: str, lang: str) -> str:
    cache = _LEMMAS.get(lang)
    if cache is None:
        cache = _LEMMAS[lang] = {}
    hit = cache.get(word)
    if hit is None:
        if len(cache) >= _LEMMA_CAP:
            cache.clear()
        hit = _table_lemma(word, lang)
        if hit is None:
            import simplemma

            hit = simplemma.lemmatize(word, lang=lang)
        cache[word] = hit
    return hit


def preload(langs: tuple[str, ...] = LANGS) -> None:
    """Load the language identifier and the lemma dictionaries now rather than on first use (a
    one-time cost per process: what benchmarks report apart from throughput, and what a worker pays
    before its first shard)."""
    _identifier()
    for lang in langs:
        lemma("a", lang)


class Lemmas:
    name = "lemmas"

    def __init__(self, cfg: dict[str, Any]):
        self.supported = set(cfg["lang"]["supported"])

    def __call__(self, art: Article) -> Article:
        if art.lang not in self.supported:
            return art
        for s in art.sentences:
            s.lemma_lang = art.lang  # tokens made from now on get their lemmas
            if s.tokenized:
                lemmatize_tokens(s.tokens, art.lang)
        return art


def lemmatize_tokens(tokens: list[Token], lang: str) -> None:
    cache = _LEMMAS.get(lang) or {}
    for t in tokens:
        w = t.text
        if w[0].isalnum():
            hit = cache.get(w)
            t.lemma = hit if hit is not None else lemma(w, lang)


register("lang", Lang)
register("sentences", Sentences)
register("lemmas", Lemmas)
