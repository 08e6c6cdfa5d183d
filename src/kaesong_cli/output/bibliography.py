"""`kaesong sources --format csl-json` and `--format bibtex`: the sources for Zotero, JabRef and
other reference managers.

* CSL-JSON (the Citation Style Language's data format, which Zotero, Mendeley and pandoc read): one
  item a source, its id the source's id. Authors and publishers are literal names (the record does not
  split a name into family and given, and a news agency has neither). The date keeps its precision:
  [[2020, 6]] for a month, never an invented day.
* BibTeX: @article for news articles and reports (the publisher as the journal), @book, and @misc
  for the rest; its key the source's id. Titles and names are braced so that a style keeps their
  capitals; LaTeX's special characters are escaped; UTF-8 is kept (biber and bibtexparser read it).

The role of a source (the article, or context) and kaesong's note go in `note`.
"""

from __future__ import annotations

from ..dates import PartialDate
from .sanitize import visible

CSL_TYPES = {"news-article": "article-newspaper", "news-report": "article-newspaper", "press-release": "report",
             "statement": "document", "document": "document", "book": "book", "dataset": "dataset", "other": "document"}
GENRES = {"press-release": "Press release", "statement": "Statement", "news-report": "News report"}
BIB_TYPES = {"news-article": "article", "news-report": "article", "book": "book"}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _parts(source: dict) -> list[int] | None:
    published = source.get("published")
    if not published:
        return None
    p = PartialDate.parse(published["value"])
    return [n for n in (p.year, p.month, p.day) if n is not None]


def _note(source: dict) -> str | None:
    parts = ["The primary source of the kaesong fact base" if source.get("role") == "primary" else
             "Context cited by the kaesong fact base"]
    if source.get("location"):
        parts.append(f"Where: {source['location']}")
    if source.get("note"):
        parts.append(source["note"])
    return ". ".join(p.rstrip(".") for p in parts) + "."


def csl_json(sources: list[dict]) -> list[dict]:
    items = []
    for s in sources:
        item: dict = {"id": s["id"], "type": CSL_TYPES.get(s["kind"], "document"), "title": s["title"]}
        if s["kind"] in GENRES:
            item["genre"] = GENRES[s["kind"]]
        if s.get("author"):
            item["author"] = [{"literal": s["author"]}]
        if s.get("publisher"):
            item["publisher"] = s["publisher"]
            if item["type"] == "article-newspaper":
                item["container-title"] = s["publisher"]
        if _parts(s):
            item["issued"] = {"date-parts": [_parts(s)]}
        if s.get("url"):
            item["URL"] = s["url"]
        item["note"] = _note(s)
        items.append(item)
    return items


_LATEX = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "#": r"\#", "$": r"\$", "%": r"\%", "&": r"\&",
          "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def latex(text: str) -> str:
    """Text as a BibTeX field's value (inside braces): LaTeX's special characters escaped, on one line."""
    text = " ".join(visible(text).split())
    return "".join(_LATEX.get(ch, ch) for ch in text)


def _url(url: str) -> str:
    return "".join(ch for ch in url if ch not in "{}\\ ")  # a URL field is verbatim: braces would unbalance it


def bibtex(sources: list[dict]) -> str:
    entries = []
    for s in sources:
        kind = BIB_TYPES.get(s["kind"], "misc")
        fields = [("title", "{" + latex(s["title"]) + "}")]
        if s.get("author"):
            fields.append(("author", "{" + latex(s["author"]) + "}"))  # a literal name, not 'Last, First'
        if s.get("publisher"):
            where = {"article": "journal", "book": "publisher"}.get(kind, "howpublished")
            fields.append((where, latex(s["publisher"])))
        parts = _parts(s)
        if parts:
            fields.append(("year", str(parts[0])))
            if len(parts) > 1:
                fields.append(("month", MONTHS[parts[1] - 1]))
            if len(parts) > 2:
                fields.append(("day", str(parts[2])))
        if s.get("url"):
            fields.append(("url", _url(s["url"])))
        if s["kind"] in GENRES:
            fields.append(("type", GENRES[s["kind"]]))
        fields.append(("note", latex(_note(s))))
        body = ",\n".join(f"  {name} = {value if name == 'month' else '{' + value + '}'}" for name, value in fields)
        entries.append(f"@{kind}{{{s['id']},\n{body}\n}}\n")
    return "\n".join(entries)
