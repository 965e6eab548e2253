"""`kehoach backup` then `kehoach restore` into an empty database brings every row and file back,
checked by SHA-256; a damaged backup or a database that holds data is refused with one line."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from web import sqlite_site

pytestmark = pytest.mark.slow


def kehoach(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kehoach", *args], env=env, capture_output=True, text=True,
        timeout=300, check=False,
    )  # fmt: skip


def rows(database: Path, table: str) -> list[tuple]:
    with sqlite3.connect(database) as db:
        return db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()  # noqa: S608


@pytest.fixture(scope="module")
def backed_up(tmp_path_factory):
    origin = tmp_path_factory.mktemp("origin")
    env = sqlite_site.site_environment(origin) | {"KEHOACH_SEED_EVIDENCE": "1"}
    sqlite_site.seed(env, 3)
    folder = tmp_path_factory.mktemp("backups") / "2025-03-31"
    done = kehoach(env, "backup", str(folder))
    assert done.returncode == 0, done.stderr
    return origin, folder


def test_the_manifest_lists_every_file_with_its_hash(backed_up):
    _, folder = backed_up
    manifest = json.loads((folder / "manifest.json").read_text())
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
    assert any(name.startswith("media/") for name in manifest["files"])


def test_a_restore_into_an_empty_database_brings_everything_back(backed_up, tmp_path):
    origin, folder = backed_up
    env = sqlite_site.site_environment(tmp_path)
    done = kehoach(env, "restore", str(folder))
    assert done.returncode == 0, done.stderr
    restored, original = tmp_path / "kehoach.sqlite3", origin / "kehoach.sqlite3"
    for table in ("plans_plan", "plans_planversion", "reports_unitreport", "reports_evidence",
                  "tasks_task", "audit_auditentry"):  # fmt: skip
        assert rows(restored, table) == rows(original, table), table
    for path, digest in (r[:2] for r in _evidence(original)):
        restored_file = tmp_path / "media" / path
        assert hashlib.sha256(restored_file.read_bytes()).hexdigest() == digest


def _evidence(database: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(database) as db:
        found = db.execute("SELECT file, sha256 FROM reports_evidence").fetchall()
    assert found, "the seed made one evidence file"
    return found


def test_a_database_that_holds_data_is_refused(backed_up):
    origin, folder = backed_up
    done = kehoach(sqlite_site.site_environment(origin), "restore", str(folder))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "cơ sở dữ liệu trống" in done.stderr


def test_a_damaged_backup_is_refused_before_anything_is_written(backed_up, tmp_path):
    _, folder = backed_up
    damaged = tmp_path / "damaged"
    subprocess.run(["cp", "-r", str(folder), str(damaged)], check=True)
    database = damaged / "database.sqlite3"
    database.write_bytes(database.read_bytes()[:-10] + b"0123456789")
    target = tmp_path / "target"
    done = kehoach(sqlite_site.site_environment(target), "restore", str(damaged))
    assert done.returncode == 2 and "SHA-256" in done.stderr
    assert not (target / "kehoach.sqlite3").exists() or not rows_exist(target / "kehoach.sqlite3")


def rows_exist(database: Path) -> bool:
    with sqlite3.connect(database) as db:
        tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return "plans_plan" in tables


def test_a_backup_into_a_folder_with_files_is_refused(backed_up):
    origin, folder = backed_up
    done = kehoach(sqlite_site.site_environment(origin), "backup", str(folder))
    assert done.returncode == 2 and "thư mục" in done.stderr.lower()
