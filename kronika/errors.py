"""Errors a user can act on. Every kronika error is a KronikaError."""

from __future__ import annotations


class KronikaError(Exception):
    """Base of every error kronika raises on purpose."""

    kind = "error"


class InputError(KronikaError):
    """A document or file could not be read (missing, unreadable, too large, binary, truncated)."""

    kind = "input"


class EncodingError(InputError):
    """Bytes that are not text in any encoding kronika can trust."""

    kind = "encoding"


class ExtractionError(KronikaError):
    """An HTML page with no extractable main text."""

    kind = "extraction"


class ConfigError(KronikaError):
    """A configuration file or value is wrong."""

    kind = "config"


class DictionaryError(KronikaError):
    """A dictionary file fails its schema check."""

    kind = "dictionary"
