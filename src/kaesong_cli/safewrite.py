"""Safe writes: every file kaesong writes (the export's database, its Datasette metadata and
config, and any later file output) goes through one Outputs.

* Only a regular file or a new path is written. A device (/dev/null), a FIFO, a socket or a folder
  is refused, even with --force: replacing one would destroy it (a device node) or hang (a FIFO).
* Symbolic links are resolved before anything is compared or written: a link to /dev/null is
  /dev/null; a link to a regular file writes that file and keeps the link.
* The fact base being read, and two outputs that are one file, are refused (compared after
  resolving links, and by device and inode, so hard links count too).
* Everything is written to temporary files beside its target, then moved into place together at
  the end. On any failure, an interrupt included, the temporary files are removed and what was
  there before is left as it was (a target already replaced is put back).
* Messages name the path the user typed, never a temporary name.

Core logic: no Typer, no Rich.
"""

from __future__ import annotations

import os
import stat
import tempfile

from .errors import UsageError, excerpt

_SIDE_FILES = ("-journal", "-wal", "-shm")  # SQLite's, beside a database being written


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    for test, word in ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
                       (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return word
    return "not a regular file"


def _name(path: str) -> str:
    return excerpt(path, 160)


class Target:
    def __init__(self, user: str, real: str, what: str, tmp: str, existed: bool, identity):
        self.user, self.real, self.what, self.tmp, self.existed, self.identity = user, real, what, tmp, existed, identity


class Outputs:
    """The files one command writes. Use as a context manager:

        with Outputs(force=force, reading=[fact_base]) as out:
            db = out.add("kaesong.db", "database")       # checked now; returns a temporary path
            meta = out.add("kaesong.metadata.json", "metadata")
            ...write db and meta...
        # moved into place here; on an exception, nothing is left behind
    """

    def __init__(self, *, force: bool = False, reading: list[str] | tuple[str, ...] = ()):
        self.force = force
        self.reading = [(p, os.path.realpath(p), _identity(p)) for p in reading if p]
        self.targets: list[Target] = []

    # --- checks -------------------------------------------------------------------------------

    def check(self, path: str, what: str) -> tuple[str, bool, tuple | None]:
        """(the resolved path, whether it exists, its identity): or a UsageError naming `path`."""
        if not path or not path.strip():
            raise UsageError(f"the {what} needs a file name")
        if "\x00" in path:
            raise UsageError(f"{_name(path)}: a file name cannot hold a NUL character")
        real = os.path.realpath(path)
        try:
            st = os.stat(real)
        except FileNotFoundError:
            st = None
        except OSError as exc:
            raise UsageError(f"cannot write the {what} {_name(path)}: {exc.strerror or exc}") from None
        if st is not None:
            kind = _kind(st.st_mode)
            if kind == "a folder":
                raise UsageError(f"{_name(path)} is a folder: give the {what}'s file name")
            if kind:
                via = f" (a link to {_name(real)})" if os.path.islink(path) else ""
                raise UsageError(f"{_name(path)}{via} is {kind}, not a regular file: kaesong writes only regular "
                                 "files, even with --force")
        folder = os.path.dirname(real) or "."
        if not os.path.isdir(folder):
            raise UsageError(f"cannot write the {what} {_name(path)}: its folder does not exist")
        identity = (st.st_dev, st.st_ino) if st is not None else None
        for _user, seen, ident in self.reading:
            if real == seen or (identity is not None and identity == ident):
                raise UsageError(f"{_name(path)} is the fact base being read: write the {what} somewhere else")
        for t in self.targets:
            if real == t.real or (identity is not None and identity == t.identity):
                raise UsageError(f"the {t.what} and the {what} are one file ({_name(path)}): give them different names")
        if st is not None and not self.force:
            raise UsageError(f"{_name(path)} exists: add --force to replace it")
        return real, st is not None, identity

    def add(self, path: str, what: str) -> str:
        """Check `path` and reserve a temporary file beside it; return the temporary file's path."""
        real, existed, identity = self.check(path, what)
        folder, base = os.path.split(real)
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{base[:80]}.", suffix=".kaesong-tmp", dir=folder or ".")
            try:
                os.fchmod(fd, _mode(real) if existed else 0o666 & ~_umask())  # mkstemp's is 0600
            finally:
                os.close(fd)
        except OSError as exc:
            raise UsageError(f"cannot write the {what} {_name(path)}: {exc.strerror or exc}") from None
        self.targets.append(Target(path, real, what, tmp, existed, identity))
        return tmp

    # --- writing ------------------------------------------------------------------------------

    def write_text(self, tmp: str, text: str) -> None:
        """Write text (UTF-8) to a temporary file add() returned, flushed to disk."""
        target = next(t for t in self.targets if t.tmp == tmp)
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
        except OSError as exc:
            raise UsageError(f"cannot write the {target.what} {_name(target.user)}: {exc.strerror or exc}") from None

    def commit(self) -> None:
        """Move every temporary file into place; if one move fails, put back what was moved."""
        done: list[tuple[Target, str | None]] = []
        try:
            for t in self.targets:
                self._still_safe(t)
                backup = _backup(t.real) if t.existed else None
                try:
                    os.replace(t.tmp, t.real)
                except BaseException:
                    if backup:
                        _remove(backup)
                    raise
                done.append((t, backup))
        except BaseException as exc:
            for t, backup in reversed(done):
                if backup:
                    os.replace(backup, t.real)
                else:
                    _remove(t.real)
            if isinstance(exc, OSError):
                t = self.targets[len(done)]
                raise UsageError(f"cannot write the {t.what} {_name(t.user)}: {exc.strerror or exc}") from None
            raise
        finally:
            self.discard()
        for _, backup in done:
            if backup:
                _remove(backup)

    def _still_safe(self, t: Target) -> None:
        """Checked again just before the move: the target may have changed since add()."""
        try:
            st = os.stat(t.real)
        except FileNotFoundError:
            return
        kind = _kind(st.st_mode)
        if kind:
            raise UsageError(f"{_name(t.user)} is now {kind}, not a regular file: not replaced")

    def discard(self) -> None:
        """Remove every temporary file (and SQLite's side files beside them)."""
        for t in self.targets:
            for leftover in (t.tmp, *(t.tmp + s for s in _SIDE_FILES)):
                _remove(leftover)

    def __enter__(self) -> Outputs:
        return self

    def __exit__(self, kind, exc, tb) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _mode(path: str) -> int:
    """The permissions of the file being replaced, kept by its replacement."""
    return stat.S_IMODE(os.stat(path).st_mode)


def _identity(path: str):
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _backup(real: str) -> str | None:
    """A hard link to the file about to be replaced, so that a failed commit can put it back."""
    folder, base = os.path.split(real)
    for n in range(100):
        name = os.path.join(folder, f".{base[:80]}.kaesong-old{n or ''}")
        try:
            os.link(real, name)
            return name
        except FileExistsError:
            continue
        except OSError:
            return None  # a file system without hard links: no way back, but nothing lost either
    return None


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError:
        pass
