"""The relations between entities as Graphviz DOT or a Mermaid flowchart."""

from __future__ import annotations

import re

from .output.sanitize import visible


def _dot_string(text: str) -> str:
    return '"' + visible(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def dot(entities: list[dict], relations: list[dict]) -> str:
    lines = ["digraph kaesong {", "  rankdir=LR;", "  node [shape=box, style=rounded];"]
    for e in entities:
        label = _dot_string(e["name"])
        if e.get("hangul"):
            label = label[:-1] + "\\n" + _dot_string(e["hangul"])[1:]
        lines.append(f"  {_dot_string(e['id'])} [label={label}];")
    for r in relations:
        lines.append(f"  {_dot_string(r['source'])} -> {_dot_string(r['target'])} [label={_dot_string(r['type'])}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _mermaid_id(entity_id: str) -> str:
    return "e_" + re.sub(r"\W", "_", entity_id)


def _mermaid_text(text: str) -> str:
    """Mermaid's escapes are #name; and #code; (not HTML's &...;): so a '#' of the text is
    escaped first (#35;), or '#35;' in a name would show as '#'."""
    return (visible(text).replace("#", "#35;").replace("&", "#amp;").replace('"', "#quot;").replace("<", "#lt;")
            .replace(">", "#gt;"))


def mermaid(entities: list[dict], relations: list[dict]) -> str:
    lines = ["flowchart LR"]
    for e in entities:
        label = _mermaid_text(e["name"]) + (f"<br/>{_mermaid_text(e['hangul'])}" if e.get("hangul") else "")
        lines.append(f'  {_mermaid_id(e["id"])}["{label}"]')
    for r in relations:
        lines.append(f'  {_mermaid_id(r["source"])} -->|"{_mermaid_text(r["type"])}"| {_mermaid_id(r["target"])}')
    return "\n".join(lines) + "\n"
