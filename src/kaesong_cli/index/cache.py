"""Opening the index of a fact-base file through the cache.

The cache is keyed by the data file's real path, size, modification time and kaesong's version; a
missing, stale or corrupt index is rebuilt, and when the cache folder cannot be written the index
is built in memory. Builds write a temporary file and rename it into place, so concurrent first
runs both succeed and an interrupted build leaves nothing half-written.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
import zlib

from .. import __version__
from ..cachedir import cache_dir
from . import SCHEMA, Index


def _identity(data_file: str) -> tuple[str, str, str]:
    """(file-name stem, file name, full key): the stem groups one data file's indexes; the full key
    is stored in the index and checked on open, so a clash of the short names is harmless. A file
    that is not one kaesong reads (a FIFO, a device, one over the size limit) is refused here,
    cached index or not."""
    from ..factbase import check_file

    real = os.path.realpath(data_file)
    st = os.stat(real)  # FileNotFoundError etc. are reported by the caller
    check_file(data_file, st)
    stem = f"index-{zlib.crc32(real.encode('utf-8', 'surrogateescape')):08x}"
    key = f"{real}\0{st.st_size}\0{st.st_mtime_ns}\0{__version__}\0{SCHEMA}"
    return stem, f"{stem}-{zlib.crc32(key.encode('utf-8', 'surrogateescape')):08x}", key


def open_index(data_file: str, progress = None) -> Index:
    """The index of a fact-base file: from the cache when fresh, else built (and cached if we can)."""
    from ..factbase import read_bytes

    try:
        stem, name, key = _identity(data_file)
    except OSError:
        read_bytes(data_file)  # raises the FactBaseError that names the problem
        raise
    folder = cache_dir()
    path = os.path.join(folder, name + ".sqlite")
    conn = _open_cached(path, key)
    if conn is not None:
        return Index(conn, data_file, path)
    from ..factbase import no_cycle_collection

    with no_cycle_collection():
        base = _load(data_file, progress)
        conn = _build_cached(base, folder, stem, path, key, progress)
        if conn is None:  # the cache cannot be written: work from memory this time
            conn = sqlite3.connect(":memory:", check_same_thread=False)
            builder().build(conn, base, key, progress)
            return Index(conn, data_file)
        return Index(conn, data_file, path)


def _open_cached(path: str, key: str) -> sqlite3.Connection | None:
    if not os.path.isfile(path):
        return None
    uri = "file:" + path.replace("%", "%25").replace("?", "%3f").replace("#", "%23") + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)  # browse searches from a worker thread
        row = conn.execute("SELECT value FROM meta WHERE key = 'key'").fetchone()
        if row and row[0] == key:
            return conn
        conn.close()
    except sqlite3.Error:  # corrupt, truncated or not a database: rebuild it
        pass
    return None


def _load(data_file: str, progress):
    from ..factbase import load

    if progress:
        progress("validating", 0, 1)
    return load(data_file)


def _build_cached(base, folder: str, stem: str, path: str, key: str, progress):
    # The temporary's name is chosen before the file exists, and the file is created inside the
    # `try` whose `finally` removes it: an interrupt (Ctrl-C) at any point, even between creating
    # the file and the build, leaves no temporary behind.
    tmp = os.path.join(folder, f".{stem}-{os.getpid()}-{os.urandom(6).hex()}.tmp")
    try:
        os.makedirs(folder, exist_ok=True)
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0), 0o600))
        conn = sqlite3.connect(tmp)
        try:
            builder().build(conn, base, key, progress)
        finally:
            conn.close()
        os.replace(tmp, path)
    except (OSError, sqlite3.Error):  # read-only or full disk, folder gone...: no cache this time
        return None
    finally:
        with contextlib.suppress(OSError):  # never created, or already renamed into place
            os.unlink(tmp)
    _remove_stale(folder, stem, path)
    return _open_cached(path, key)


def _remove_stale(folder: str, stem: str, keep: str) -> None:
    """Indexes of older versions of the same data file, and temporaries of builds that died."""
    try:
        for entry in os.scandir(folder):
            stale_tmp = entry.name.endswith(".tmp") and entry.stat().st_mtime < time.time() - 3600
            if entry.path != keep and (entry.name.startswith(stem) or stale_tmp):
                os.unlink(entry.path)
    except OSError:
        pass


def builder():
    """The build module, imported only when an index is built (not on a reading command's path)."""
    from . import build

    return build
