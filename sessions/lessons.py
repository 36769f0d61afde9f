"""The sector's lessons library: experiments of many organisations, anonymised.

What leaves an organisation's file is an experiment's question, approach, result and
lesson, grouped by theme. No person's name leaves it: every name known in any of the files
read (participants, facilitators, contact people, advisers) is replaced by "[naam]" in the
free text, and organisation names by "[organisatie]" unless the facilitator chose to
include them. The replacements are listed, so the facilitator can see them before the
library is written.

Matching: a full name ("Jan van der Wijk") matches in any case and with any spacing; the
parts of a name (a first name, a last name, "Amrani" of "El Amrani") match as whole words
with their capital, so "Jan" and "Bakker" are replaced and the Dutch nouns "bakker" and
"visser" are left alone. Tussenvoegsels (van, de, der, ter…) never match on their own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

NAME = "[naam]"
ORGANISATION = "[organisatie]"
PREFIXES = {"van", "de", "der", "den", "het", "in", "'t", "t", "ter", "te", "ten", "op", "aan",
            "uit", "la", "le", "du", "da", "di", "del", "von", "zu", "el", "al", "bin", "ben"}
FREE_TEXT = ("title", "question", "hypothesis", "approach", "lesson", "next_step", "observed",
             "decision_note")


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s,]+", name) if w]


def _pattern(alternatives: Iterable[str], flags: int = 0) -> re.Pattern | None:
    alts = sorted(set(alternatives), key=lambda s: (-len(s), s))
    if not alts:
        return None
    body = "|".join(r"\s+".join(re.escape(w) for w in _words(a)) for a in alts)
    return re.compile(rf"(?<![\w\[])(?:{body})(?![\w\]])", flags)


class Anonymiser:
    """Replaces known names in free text and remembers what it replaced."""

    def __init__(self, names: Iterable[str], organisations: Iterable[str] = ()):
        full, parts = set(), set()
        for name in names:
            words = _words(str(name or "").strip())
            if not words:
                continue
            if len(words) > 1:
                full.add(" ".join(words))
            for w in words:
                bare = w.strip("().-'\"")
                if len(bare) >= 2 and bare.casefold() not in PREFIXES and bare[:1].isupper():
                    parts.add(bare)
        orgs = {" ".join(_words(o)) for o in organisations if str(o or "").strip()}
        self._orgs = _pattern(orgs, re.IGNORECASE)
        self._full = _pattern(full, re.IGNORECASE)
        self._parts = _pattern(parts)
        self.replaced: Counter[str] = Counter()

    def _sub(self, pattern: re.Pattern | None, text: str, mark: str) -> str:
        if pattern is None:
            return text

        def repl(m: re.Match) -> str:
            self.replaced[m.group(0)] += 1
            return mark
        return pattern.sub(repl, text)

    def clean(self, text: str) -> str:
        """``text`` with every known name (and organisation) replaced."""
        text = str(text or "")
        text = self._sub(self._orgs, text, ORGANISATION)
        text = self._sub(self._full, text, NAME)
        return self._sub(self._parts, text, NAME)


@dataclass
class Lesson:
    """One experiment as the sector sees it."""

    theme: str
    title: str
    question: str
    hypothesis: str
    approach: str
    status: str
    result: str
    lesson: str
    next_step: str
    decision: str
    spread_teams: int
    organisation: str = ""          # '' unless organisations are included
    hours: float = 0.0
    times: int = 1                  # how many organisations found this same lesson


@dataclass
class Library:
    """The lessons grouped by theme, and what was replaced to anonymise them."""

    themes: dict[str, list[Lesson]] = field(default_factory=dict)
    replaced: list[tuple[str, int]] = field(default_factory=list)
    with_organisations: bool = False

    @property
    def lessons(self) -> list[Lesson]:
        """Every lesson, theme by theme."""
        return [x for items in self.themes.values() for x in items]

    def search(self, text: str) -> Library:
        """The lessons whose words contain every word of ``text`` (case-insensitive)."""
        words = text.casefold().split()
        themes: dict[str, list[Lesson]] = {}
        for theme, items in self.themes.items():
            hits = [x for x in items if all(w in " ".join(
                (theme, x.title, x.question, x.hypothesis, x.approach, x.lesson, x.next_step,
                 x.organisation)).casefold() for w in words)]
            if hits:
                themes[theme] = hits
        return Library(themes, self.replaced, self.with_organisations)


def build(raw: list[dict], names: Iterable[str], organisations: Iterable[str], *,
          with_organisations: bool = False, other_theme: str = "Overig") -> Library:
    """The library from raw experiment rows (``organisation`` key included), anonymised.

    Only experiments with a result or a lesson are lessons: an idea teaches nobody yet. The
    same experiment with the same result and lesson in several organisations is one entry
    that says how many found it.
    """
    anon = Anonymiser(names, () if with_organisations else organisations)
    themes: dict[str, list[Lesson]] = {}
    for r in raw:
        if not (r.get("result") or r.get("lesson")):
            continue
        cleaned = {k: anon.clean(r.get(k, "")) for k in FREE_TEXT}
        theme = anon.clean(r.get("theme") or "").strip() or other_theme
        item = Lesson(theme=theme, title=cleaned["title"], question=cleaned["question"],
                      hypothesis=cleaned["hypothesis"], approach=cleaned["approach"],
                      status=r.get("status", ""), result=r.get("result", ""),
                      lesson=cleaned["lesson"] or cleaned["decision_note"],
                      next_step=cleaned["next_step"], decision=r.get("decision", ""),
                      spread_teams=len(r.get("spread_to") or []),
                      organisation=r.get("organisation", "") if with_organisations else "",
                      hours=float(r.get("hours") or 0))
        same = next((x for x in themes.get(theme, []) if (x.title, x.result, x.lesson) ==
                     (item.title, item.result, item.lesson)), None)
        if same is not None:
            same.times += 1
            same.hours += item.hours
            if with_organisations and item.organisation not in same.organisation.split(", "):
                same.organisation = f"{same.organisation}, {item.organisation}"
            continue
        themes.setdefault(theme, []).append(item)
    ordered = {t: sorted(themes[t], key=lambda x: (x.result != "werkt", x.result != "deels",
                                                    x.title.casefold()))
               for t in sorted(themes, key=lambda t: (t == other_theme, t.casefold()))}
    return Library(ordered, anon.replaced.most_common(), with_organisations)
