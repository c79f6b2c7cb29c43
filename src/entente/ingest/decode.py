"""Bytes to text: UTF-8 first, then the legacy code pages news sites still use."""
from __future__ import annotations

import unicodedata

from entente.errors import EntenteError

# Order matters only for ties; each candidate is scored on how plausible its text is.
LEGACY_ENCODINGS = ("cp1256", "cp1251", "cp1252", "latin-1")
_NOT_CONTROL = bytes([9, 10, 12, 13, *range(32, 256)])  # deleted before counting control bytes


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mean this is not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROL))
    return bool(head) and controls / len(head) > 0.05


def decode_bytes(data: bytes) -> str:
    """Decode article bytes; raises E101 for binary data, E104 when nothing fits."""
    if looks_binary(data):
        raise EntenteError("E101")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _best_legacy(data)


def _best_legacy(data: bytes) -> str:
    scored = []
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((_plausibility(text), encoding, text))
    if not scored:
        raise EntenteError("E104")
    return max(scored, key=lambda item: item[0])[2]


def _plausibility(text: str) -> float:
    """How much ``text`` looks like real prose: one dominant script, sane casing, few symbols.

    Wrongly decoded legacy text betrays itself by mixed scripts (cp1251 read as cp1256),
    capitals inside words (Arabic read as cp1251) or a Latin text made almost only of
    accented letters (Arabic or Cyrillic read as cp1252).
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    scripts: dict[str, int] = {}
    for char in letters:
        script = _script(char)
        scripts[script] = scripts.get(script, 0) + 1
    dominant_script, dominant = max(scripts.items(), key=lambda item: item[1])
    score = dominant / len(letters)
    score -= 5 * sum(1 for c in text if unicodedata.category(c) in ("So", "Cc", "Co", "Sk")) / len(text)
    score -= 5 * _inner_capitals(text) / len(letters)
    if dominant_script == "LATIN":
        accented = sum(1 for c in letters if not c.isascii()) / len(letters)
        score -= 2 * max(0.0, accented - 0.25)
    return score


def _inner_capitals(text: str) -> int:
    return sum(1 for a, b in zip(text, text[1:]) if a.islower() and b.isupper())


def _script(char: str) -> str:
    name = unicodedata.name(char, "UNKNOWN")
    return name.split(" ", 1)[0]
