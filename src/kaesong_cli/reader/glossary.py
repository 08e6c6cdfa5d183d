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
    """The English of a Korean stem: the longest glossary entry the stem starts with."""
    table = korean()
    for size in range(len(stem), 0, -1):
        found = table.get(stem[:size])
        if found:
            return found
    return None
