"""Columns that several commands share."""

from ..output import Column

CITED = Column("cited", "Source", style="dim")


def note_under(host: str) -> Column:
    """A record's note: beneath `host` in a table, a field of its own everywhere else."""
    return Column("note", "Note", under=host, template="Note: {}")


def disputed_under(host: str) -> Column:
    """Where the sources differ on a fact: every value, the preferred first (kaesong disputes)."""
    return Column("disputed", "Sources differ", under=host, template="⚑ sources differ on {}", style="bold")


def evidence_under(host: str) -> Column:
    """--evidence: the cited paragraphs' words, dimmed beneath the fact (a field of its own elsewhere)."""
    return Column("evidence_text", "Evidence", under=host, template="{}", style="dim italic")
