"""--format markdown: GitHub-flavoured pipe tables, ready to paste into a page; a view of several
tables gives one per table under a heading. Every column is a column (nothing stacked)."""

from .. import output
from .plain import cell


def _md(value) -> str:
    return cell(value).replace("\\", "\\\\").replace("|", "\\|")


def render(sections, stream) -> None:
    for i, section in enumerate(sections):
        if section.title and len(sections) > 1:
            stream.write(("\n" if i else "") + f"### {_md(section.title)}\n\n")
        stream.write("| " + " | ".join(_md(c.header) for c in section.columns) + " |\n")
        stream.write("|" + "|".join(" --- " for _ in section.columns) + "|\n")
        for row in section.rows:
            stream.write("| " + " | ".join(_md(output.value_at(row, c.key)) for c in section.columns) + " |\n")
