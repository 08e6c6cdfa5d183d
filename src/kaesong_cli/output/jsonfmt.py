"""--format json: one document jq can read."""

import json

from .sanitize import json_escape


def render(data, stream) -> None:
    stream.write(json_escape(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")
