"""Every error entente reports to users, in one catalogue (code, message template).

Library code raises ``EntenteError`` subclasses; only the CLI and web layers turn them into
exit codes or HTTP responses.
"""
from __future__ import annotations

CATALOGUE = {
    "E100": "cannot read: {detail}",
    "E101": "binary file, not text",
    "E102": "file too large ({size_mb:.0f} MB; the limit is {limit_mb} MB)",
    "E103": "empty document (no text after cleaning)",
    "E104": "text encoding not recognised",
    "E110": "malformed JSON: {detail}",
    "E111": "record has no '{field}' field",
    "E112": "record is not a JSON object",
    "E120": "WARC archive truncated or corrupt: {detail}",
    "E121": "HTML has no article text",
    "E122": "feed could not be parsed: {detail}",
    "E130": "unsupported input type '{suffix}'",
    "E131": "no such file or directory",
    "E200": "database error: {detail}",
    "E300": "invalid knowledge-base file: {detail}",
    "E400": "invalid gold file: {detail}",
}


class EntenteError(Exception):
    """An error with a catalogue code; ``str()`` is the one-line user message."""

    def __init__(self, code: str, **details):
        self.code = code
        self.details = details
        super().__init__(f"{code} {CATALOGUE[code].format(**details)}")


class InputError(EntenteError):
    """One input (file, line or record) could not be ingested; the batch goes on."""

    def __init__(self, code: str, source: str, line: int | None = None, **details):
        self.source = source
        self.line = line
        super().__init__(code, **details)

    def describe(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self}"
