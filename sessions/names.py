"""Names the Dutch way: display order, sorting, accent folding and splitting a typed name.

Shared by participants (the people) and importing (lists as offices send them), so neither
imports the other for them.
"""

from __future__ import annotations

import unicodedata

from anyascii import anyascii


def display_name(first_name: str, prefix: str, last_name: str) -> str:
    """The name as written in a sentence: 'Jan van der Wijk'."""
    return " ".join(p for p in (first_name, prefix, last_name) if p)


def _fold(text: str) -> str:
    """Case- and accent-insensitive form for sorting and searching.

    Every Latin letter folds the way a Dutch user types it on a plain keyboard: ł→l,
    ş→s, ø→o, ß→ss, æ→ae, ı→i, đ→d (anyascii's transliteration, then casefold).
    """
    if text.isascii():
        return text.casefold()    # nothing to transliterate (most names; a 10,000-row import)
    return anyascii(unicodedata.normalize("NFC", text)).casefold()


def sort_key(first_name: str, prefix: str, last_name: str) -> tuple:
    """'van der Wijk' sorts under W; ties by first name, then the prefix."""
    return (_fold(last_name), _fold(first_name), _fold(prefix))


def fold(text: str) -> str:
    """Public form of the search fold (type-ahead matches 'sukru' to 'Şükrü')."""
    return _fold(text)


# ---------------------------------------------------------------- Dutch names: tussenvoegsels and splitting

_PREFIXES = {
    "van", "de", "der", "den", "het", "'t", "te", "ter", "ten", "la", "le", "du", "da", "di",
    "des", "del", "della", "dos", "das", "do", "von", "vom", "zu", "zum", "zur", "d'", "l'", "'s",
    "van der", "van den", "van de", "van het", "van 't", "van ter", "van ten", "van la", "van le",
    "van de l'", "in 't", "in de", "in den", "in het", "in der", "op de", "op den", "op het",
    "op 't", "op ten", "op ter", "aan de", "aan den", "aan het", "aan 't", "bij de", "bij den",
    "bij 't", "uit de", "uit den", "uit het", "uit 't", "voor de", "voor den", "voor 't",
    "voor in 't", "onder de", "onder den", "over de", "over het", "over 't", "de la", "de le",
    "de l'", "de van der", "von der", "von dem", "von den", "van der van", "den van", "ver",
}
# the first word of many Arabic and Berber surnames: part of the last name, not a tussenvoegsel
_SURNAME_PARTS = {"el", "al", "ben", "bin", "ait", "aït", "abou", "abu", "ould", "bou"}
_PREFIX_STARTS = {" ".join(p.split()[:n]) for p in _PREFIXES for n in range(1, len(p.split()) + 1)}


def _pkey(token: str) -> str:
    return token.casefold().replace("\u2019", "'").replace("`", "'")


def _prefix_at(tokens: list[str], i: int) -> int:
    """How many tokens from ``i`` form the longest tussenvoegsel that leaves a last name after it."""
    best, phrase = 0, ""
    for j in range(i, len(tokens) - 1):
        phrase = f"{phrase} {_pkey(tokens[j])}".strip()
        if phrase not in _PREFIX_STARTS:
            break
        if phrase in _PREFIXES:
            best = j - i + 1
    return best


def split_last_name(text: str) -> tuple[str, str]:
    """'van der Wijk' → ('van der', 'Wijk'); 'Wijk, van der' → ('van der', 'Wijk')."""
    text = " ".join(text.split())
    if "," in text:
        last, _, rest = text.partition(",")
        rest_tokens = rest.split()
        if rest_tokens and _prefix_at(rest_tokens + ["x"], 0) == len(rest_tokens):
            return " ".join(rest_tokens), last.strip()
    tokens = text.split()
    n = _prefix_at(tokens, 0)
    return " ".join(tokens[:n]), " ".join(tokens[n:])


def split_name(text: str) -> tuple[str, str, str]:
    """Split a whole name the Dutch way: 'Fatima in 't Veld' → ('Fatima', "in 't", 'Veld')."""
    text = " ".join(text.split())
    if not text:
        return "", "", ""
    if "," in text:
        # 'Wijk, Jan van der' or 'van der Wijk, Jan'
        last_part, _, first_part = text.partition(",")
        first_tokens = first_part.split()
        k = next((k for k in range(1, len(first_tokens))
                  if " ".join(_pkey(t) for t in first_tokens[k:]) in _PREFIXES), len(first_tokens))
        prefix, last = split_last_name(last_part)
        trailing = " ".join(first_tokens[k:])
        return " ".join(first_tokens[:k]), " ".join(p for p in (trailing, prefix) if p), last
    tokens = text.split()
    if len(tokens) == 1:
        return tokens[0], "", ""
    for i in range(1, len(tokens) - 1):
        n = _prefix_at(tokens, i)
        if n:
            return " ".join(tokens[:i]), " ".join(tokens[i:i + n]), " ".join(tokens[i + n:])
    if len(tokens) >= 3 and _pkey(tokens[-2]) in _SURNAME_PARTS:
        # 'Naïma El Amrani': El belongs to the surname (it is no tussenvoegsel)
        return " ".join(tokens[:-2]), "", " ".join(tokens[-2:])
    return " ".join(tokens[:-1]), "", tokens[-1]
