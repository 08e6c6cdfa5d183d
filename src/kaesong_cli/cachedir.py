"""Where the derived index is cached.

platformdirs decides this, but importing it costs about 2x `python3 -c pass` (it pulls in
pathlib, tempfile and enum), more than a whole reading command may spend. On Linux and macOS the
rule is short enough to apply here (a test keeps it equal to platformdirs); elsewhere we ask
platformdirs itself.
"""

from __future__ import annotations

import os
import sys

APP = "kaesong"
ENV_VAR = "KAESONG_CACHE_DIR"


def cache_dir() -> str:
    override = os.environ.get(ENV_VAR)
    if override:
        return override
    if sys.platform == "darwin":
        return os.path.join(os.path.expanduser("~/Library/Caches"), APP)
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
        return os.path.join(xdg or os.path.expanduser("~/.cache"), APP)
    import platformdirs

    return platformdirs.user_cache_dir(APP, appauthor=False)
