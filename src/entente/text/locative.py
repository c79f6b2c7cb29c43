"""Whether a mention is introduced as a place ("in Moscow", "a Mosca", "في طهران", "بطهران")."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from entente.text.terms import is_cjk

LOOK_BACK = 30  # characters before the mention in which the locative word stands
_WORDS = re.compile(r"[\w']+")
_PUNCTUATION = re.compile(r"[,;:.!?،؛。，、]")  # a locative before one of these introduces another phrase ("In Beijing, Brazil's ...")


def has_postpositions(syntax: dict) -> bool:
    """Whether a language's locative words may follow their noun ("ソウル市内で", "서울에서"): the
    verb-final languages, except those with prepositions (de "in Berlin", fa "در تهران")."""
    return (syntax.get("word_order") or "SVO").upper() == "SOV" and not syntax.get("locatives_precede")


def after_locative(text: str, start: int, fold: Callable[[str], str], locatives: frozenset[str],
                   prefixes: tuple[str, ...] = ()) -> bool:
    """A locative word (or two-word phrase) among the two words before ``start``, or a locative
    clitic opening the word just before it. A one-letter locative counts only right before the
    mention: French "a menacé Moscou" is the auxiliary, not "à"."""
    words = _WORDS.findall(_PUNCTUATION.split(fold(text[max(0, start - LOOK_BACK):start]))[-1])[-2:]
    if not words:
        return False
    if words[-1] in locatives or " ".join(words) in locatives or (len(words) == 2 and len(words[0]) > 1 and words[0] in locatives):
        return True
    if is_cjk(words[-1]) and any(words[-1].endswith(word) for word in locatives if is_cjk(word)):
        return True  # no spaces between words: "王毅在东京同赵兑烈举行会谈"
    return bool(prefixes) and words[-1].startswith(prefixes)


BESIDE_REACH = 16  # characters beside a mention searched for a word that marks it (a postposition, "between")


def followed_by_word(text: str, end: int, fold: Callable[[str], str], words: Iterable[str],
                     running: frozenset[str] = frozenset(), reach: int = BESIDE_REACH) -> bool:
    """One of ``words`` (folded) opens the text right after a mention, as a whole word: a
    postposition ("で", "में"), "之间", "के बीच"; one in ``running`` may run on ("사이" in "사이에서")."""
    tail = fold(text[end:end + reach])
    return any(tail.startswith(word) and (word in running or len(tail) == len(word) or not tail[len(word)].isalnum()
                                          or is_cjk(word)) for word in words)


def preceded_by_word(text: str, start: int, fold: Callable[[str], str], words: Iterable[str],
                     articles: frozenset[str] = frozenset(), reach: int = BESIDE_REACH) -> bool:
    """One of ``words`` (folded) ends right before a mention, as a whole word, an article perhaps
    between them ("entre le Rwanda", "against the Houthis")."""
    before = fold(text[max(0, start - reach):start])
    tokens = before.split()
    if tokens and tokens[-1] in articles:
        before = before[:len(before) - len(tokens[-1])].rstrip()
    return any(before.endswith(word) and (len(before) == len(word) or not before[-len(word) - 1].isalnum() or is_cjk(word))
               for word in words)


def beside_locative(text: str, start: int, end: int, fold: Callable[[str], str], locatives: frozenset[str],
                    prefixes: tuple[str, ...] = (), prepositions: bool = True, postpositions: bool = False) -> bool:
    """A locative word before the mention ("in Moscow", "بطهران"), or after it where the language
    has postpositions ("モスクワで", "मॉस्को में"); where locatives only follow their noun, one before
    the mention belongs to the phrase before it."""
    return (prepositions and after_locative(text, start, fold, locatives, prefixes)) or (
        postpositions and followed_by_word(text, end, fold, locatives))
