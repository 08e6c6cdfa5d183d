"""How a quotation is compared with a source's text (validate's verbatim check and check's
quotations), in a module of its own so that reading it costs no pydantic import."""

from __future__ import annotations

_QUOTE_MARKS = str.maketrans({c: "'" for c in "‘’‚‛′`´"} | {c: '"' for c in "“”„‟″"})


def normalise_quotation(text: str) -> str:
    """Curly and straight quote marks, backticks and primes are all one mark, and runs of white
    space are one space."""
    return " ".join(text.translate(_QUOTE_MARKS).split())
