"""The bilingual glossary (data/glossary.json, shipped in the wheel as kaesong_cli/data/glossary.json):
Korean word stems to the English words the fact base uses, and a reader's English words to the
fact base's own words for the same thing. Loaded once, on first use."""

from __future__ import annotations

import json
import os
from functools import cache


def path() -> str:
    """Inside the wheel, or the source tree's data/ for an editable install (as factbase.bundled_path)."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    packaged = os.path.join(here, "data", "glossary.json")
    if os.path.isfile(packaged):
        return packaged
    return os.path.join(os.path.dirname(os.path.dirname(here)), "data", "glossary.json")


@cache
def _load() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    try:
        with open(path(), encoding="utf-8") as f:
            data = json.load(f)
        korean = {k: tuple(v.split()) for k, v in data.get("korean", {}).items()}
        english = {k.lower(): tuple(v.lower().split()) for k, v in data.get("english", {}).items()}
    except (OSError, ValueError, AttributeError, TypeError):  # a damaged install: read without the glossary
        return {}, {}
    return korean, english


def korean() -> dict[str, tuple[str, ...]]:
    """Korean stem -> English words ('폭파' -> ('blow', 'up', 'demolish', 'explosion'))."""
    return _load()[0]


def english() -> dict[str, tuple[str, ...]]:
    """A reader's English word -> the fact base's words for it ('spending' -> ('budget', 'cost', 'fund'))."""
    return _load()[1]


def gloss_korean(stem: str) -> tuple[str, ...] | None:
    """The English of a Korean stem: the longest glossary entry the stem starts with, then those
    of two syllables or more that follow it in a compound ('남북정상회담' -> inter-korean summit);
    None when no entry is found."""
    found, _ = segment(stem)
    return found or None


def segment(stem: str) -> tuple[tuple[str, ...], int]:
    """(the English of the glossary entries a Korean word is made of, longest first at each place,
    the number of syllables before or between them that no entry covers: '국방예산' -> budget, 2).
    Syllables after the last entry are an ending ('폭파되었'), not counted. The first entry may be
    of one syllable ('돈'), any later one has two or more, so that a syllable inside a word is not
    read as a word."""
    table = korean()
    out: list[str] = []
    i = uncovered = run = 0
    while i < len(stem):
        least = 1 if i == 0 else 2
        size = next((n for n in range(len(stem) - i, least - 1, -1) if stem[i:i + n] in table), 0)
        if size:
            out += [w for w in table[stem[i:i + size]] if w not in out]
            uncovered += run
            i, run = i + size, 0
        else:
            run += 1
            i += 1
    return tuple(out), uncovered
