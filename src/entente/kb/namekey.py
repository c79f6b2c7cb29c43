"""A cross-script name key: transliterate, then keep a consonant skeleton.

Shoigu, Choïgou, Schoigu, شويغو, شويجو and Шойгу all become ``XK``: vowels (and the letters
Arabic script uses for them: w, y) are dropped, and consonants that romanisations of Russian,
Persian and Arabic spell differently fall into one class.
"""
from __future__ import annotations

import re

from anyascii import anyascii

# Order matters: longer spellings first.
_DIGRAPHS = (("sch", "x"), ("tch", "x"), ("sh", "x"), ("ch", "x"), ("zh", "k"), ("kh", "k"), ("gh", "k"),
             ("dj", "k"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("ts", "s"), ("tz", "s"), ("ck", "k"))
_CLASSES = str.maketrans({"q": "k", "g": "k", "c": "k", "j": "k", "x": "x", "z": "s", "v": "f", "p": "b"})
_DROP = re.compile(r"[aeiouyhw'`\W\d_]")
# Letters whose romanisation differs by language: Persian reads ض ذ ظ as z, ث ص as s.
_SPECIAL = str.maketrans({"ş": "x", "š": "x", "ž": "k", "č": "x", "ç": "x", "ğ": "k",
                          "ض": "z", "ذ": "z", "ظ": "z", "ث": "s", "ص": "s", "ع": "", "ء": ""})


_REPEATS = re.compile(r"(.)\1+")
_TOKEN_SPLIT = re.compile(r"[\s\-·‧・.]+")


def token_key(token: str) -> str:
    """Skeleton of one name token."""
    text = anyascii(token.lower().translate(_SPECIAL)).lower()
    for spelling, sound in _DIGRAPHS:
        text = text.replace(spelling, sound.upper())
    text = _DROP.sub("", text.lower().translate(_CLASSES))
    return _REPEATS.sub(r"\1", text).upper()


def name_key(name: str) -> str:
    """Skeleton of a whole name, token boundaries ignored (Nasir Zadeh = Nasirzadeh)."""
    return _REPEATS.sub(r"\1", "".join(token_key(t) for t in _tokens(name)))


def surname_key(name: str) -> str:
    tokens = _tokens(name)
    return token_key(tokens[-1]) if tokens else ""


def _tokens(name: str) -> list[str]:
    return [t for t in _TOKEN_SPLIT.split(name) if t]
