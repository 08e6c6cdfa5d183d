"""Columns that several commands share."""

from ..output import Column

CITED = Column("cited", "Source", style="dim")


def note_under(host: str) -> Column:
    """A record's note: beneath `host` in a table, a field of its own everywhere else."""
    return Column("note", "Note", under=host, template="Note: {}")
