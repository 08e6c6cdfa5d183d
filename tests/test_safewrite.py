"""Issue 22: every file kaesong writes goes through one safe writer. Only regular files or new paths
are written; devices, FIFOs, folders and sockets are refused even with --force; so are the fact base
being read and two outputs with one path; symlinks are resolved first; messages name the user's
path; nothing is left behind on failure.

These tests use temporary paths, FIFOs and symbolic links to /dev/null: a real device is never
named on a command line, so a broken check could not replace one."""

import os
import socket
import stat

import pytest

from .conftest import BUNDLED, kaesong


def listing(folder):
    return sorted(p.name for p in folder.iterdir())


def refused(result, path):
    assert result.exit_code == 2, result.output
    assert str(path) in result.stderr, result.stderr
    assert "kaesong-tmp" not in result.stderr and "Traceback" not in result.output


def test_a_symlink_to_a_device_is_refused_even_with_force(tmp_path):
    link = tmp_path / "null.db"
    link.symlink_to(os.devnull)
    result = kaesong("export", "sqlite", link, "--force")
    refused(result, link)
    assert "device" in result.stderr and "even with --force" in result.stderr
    assert link.is_symlink() and os.readlink(link) == os.devnull
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert listing(tmp_path) == ["null.db"]


def test_a_fifo_is_refused_and_never_opened(tmp_path):
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    result = kaesong("export", "sqlite", fifo, "--force")  # opening a FIFO to write would hang: it returns
    refused(result, fifo)
    assert "FIFO" in result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and listing(tmp_path) == ["pipe.db"]


def test_a_fifo_as_the_metadata_leaves_no_database(tmp_path):
    fifo = tmp_path / "meta.json"
    os.mkfifo(fifo)
    result = kaesong("export", "sqlite", tmp_path / "k.db", "--metadata", fifo, "--force")
    refused(result, fifo)
    assert listing(tmp_path) == ["meta.json"]


def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s.db"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        result = kaesong("export", "sqlite", path, "--force")
    refused(result, path)
    assert "socket" in result.stderr


def test_a_folder_is_refused(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    refused(kaesong("export", "sqlite", folder, "--force"), folder)
    assert listing(folder) == []


def test_a_missing_folder_is_named(tmp_path):
    target = tmp_path / "nowhere" / "k.db"
    result = kaesong("export", "sqlite", target)
    refused(result, target)
    assert "folder does not exist" in result.stderr


@pytest.mark.parametrize("via_link", [False, True])
def test_the_fact_base_being_read_is_never_overwritten(tmp_path, via_link):
    mine = tmp_path / "mine.json"
    mine.write_bytes(BUNDLED.read_bytes())
    target = mine
    if via_link:
        target = tmp_path / "other.db"
        target.symlink_to(mine)
    result = kaesong("--data", mine, "export", "sqlite", target, "--force")
    refused(result, target)
    assert "fact base being read" in result.stderr
    assert mine.read_bytes() == BUNDLED.read_bytes()
    as_metadata = kaesong("--data", mine, "export", "sqlite", tmp_path / "k.db", "--metadata", mine, "--force")
    refused(as_metadata, mine)
    assert mine.read_bytes() == BUNDLED.read_bytes()
    assert not (tmp_path / "k.db").exists()


def test_two_outputs_with_one_path_are_refused(tmp_path):
    db = tmp_path / "k.db"
    result = kaesong("export", "sqlite", db, "--metadata", db, "--force")
    refused(result, db)
    assert "one file" in result.stderr and listing(tmp_path) == []
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "meta.json")  # dangling: resolved all the same
    result = kaesong("export", "sqlite", db, "--metadata", tmp_path / "meta.json", "--config", link)
    refused(result, link)
    assert listing(tmp_path) == ["link.json"]


def test_an_existing_file_needs_force_and_a_link_writes_its_target(tmp_path):
    real = tmp_path / "real.db"
    real.write_bytes(b"old")
    link = tmp_path / "k.db"
    link.symlink_to(real)
    result = kaesong("export", "sqlite", link)
    refused(result, link)
    assert "--force" in result.stderr and real.read_bytes() == b"old"
    assert kaesong("export", "sqlite", link, "--force").exit_code == 0
    assert link.is_symlink() and real.read_bytes().startswith(b"SQLite format 3")
    assert listing(tmp_path) == ["k.datasette.yaml", "k.db", "k.metadata.json", "real.db"]


def test_a_failed_write_changes_nothing_and_names_the_users_path(tmp_path, monkeypatch):
    db, meta = tmp_path / "k.db", tmp_path / "k.metadata.json"
    db.write_bytes(b"old database")
    meta.write_text("old metadata")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)  # the metadata's write fails, after the database's
    result = kaesong("export", "sqlite", db, "--force")
    refused(result, meta)
    assert "No space left on device" in result.stderr
    assert db.read_bytes() == b"old database" and meta.read_text() == "old metadata"
    assert listing(tmp_path) == ["k.db", "k.metadata.json"]


def test_a_failed_move_puts_back_what_was_replaced(tmp_path, monkeypatch):
    db, meta = tmp_path / "k.db", tmp_path / "k.metadata.json"
    db.write_bytes(b"old database")
    meta.write_text("old metadata")
    real_replace = os.replace

    def failing(src, dst):
        if str(dst).endswith(".datasette.yaml"):
            raise OSError(5, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    result = kaesong("export", "sqlite", db, "--force")
    refused(result, tmp_path / "k.datasette.yaml")
    assert db.read_bytes() == b"old database" and meta.read_text() == "old metadata"
    assert listing(tmp_path) == ["k.db", "k.metadata.json"]


def test_written_files_have_ordinary_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        assert kaesong("export", "sqlite", tmp_path / "k.db").exit_code == 0
    finally:
        os.umask(old)
    for name in ("k.db", "k.metadata.json", "k.datasette.yaml"):
        assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o644, name


def test_a_database_error_names_the_users_path_not_the_temporary_file(tmp_path, monkeypatch):
    import sqlite3

    from kaesong_cli.export import sqlite as writer

    def disk_full(index, add, step=lambda: None):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(writer, "rows", disk_full)
    target = tmp_path / "k.db"
    result = kaesong("export", "sqlite", target)
    refused(result, target)
    assert "database or disk is full" in result.stderr and listing(tmp_path) == []
