"""Backups that restore: the database, the media files and a manifest with the SHA-256 of each file.

A backup is written into a temporary folder beside the target and renamed into place at the end, so a
failed backup leaves nothing that looks like one. SQLite is copied with its online backup API (a
consistent copy while the site runs); PostgreSQL with pg_dump's custom format. A restore checks every
hash first, refuses a database that already holds data, then brings back the database and the media
and checks that each table has the rows the manifest counted.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import connections
from django.utils import timezone

SCHEMA = "kehoach.backup/1"
MANIFEST = "manifest.json"
SQLITE_FILE = "database.sqlite3"
POSTGRES_FILE = "database.dump"
MEDIA = "media"


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do, in Vietnamese."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _engine() -> str:
    vendor = connections["default"].vendor
    if vendor not in {"sqlite", "postgresql"}:
        raise BackupError(f"Chưa hỗ trợ sao lưu cơ sở dữ liệu loại {vendor}.")
    return vendor


def row_counts() -> dict[str, int]:
    """Rows of every table of the site, by model label: what a restore must bring back."""
    return {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }


def _postgres_tool(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name) or ""]
    if not found[-1]:
        raise BackupError(f"Không tìm thấy {name}: hãy cài gói postgresql-client của Debian.")
    return found[-1]


def _postgres_args() -> tuple[list[str], dict[str, str]]:
    database = settings.DATABASES["default"]
    args = ["-h", str(database.get("HOST") or "127.0.0.1"), "-U", str(database.get("USER") or "")]
    if database.get("PORT"):
        args += ["-p", str(database["PORT"])]
    env = dict(os.environ)
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = str(database["PASSWORD"])
    return args + ["-d", str(database["NAME"])], env


def _run(command: list[str], env: dict[str, str], what: str) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = (done.stderr.strip().splitlines() or [""])[-1]
        raise BackupError(f"{what} không thành công: {detail}")


def _dump_database(folder: Path, engine: str) -> None:
    if engine == "sqlite":
        source = sqlite3.connect(str(settings.DATABASES["default"]["NAME"]))
        target = sqlite3.connect(str(folder / SQLITE_FILE))
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        return
    args, env = _postgres_args()
    command = [_postgres_tool("pg_dump"), "-Fc", "--no-owner", "-f", str(folder / POSTGRES_FILE)]
    _run(command + args, env, "Sao lưu PostgreSQL (pg_dump)")


def _stored_names(folder: str = "") -> list[str]:
    """Every file in the media storage (a folder, or an S3-compatible bucket), through Django's
    storage API, so that a backup holds the same files whichever store the site uses."""
    try:
        folders, files = default_storage.listdir(folder)
    except FileNotFoundError:  # a folder store that never received a file
        return []
    names = [f"{folder}/{name}" if folder else name for name in files]
    for sub in folders:
        names += _stored_names(f"{folder}/{sub}" if folder else sub)
    return sorted(names)


def _copy_media_out(work: Path) -> None:
    for name in _stored_names():
        target = work / MEDIA / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with default_storage.open(name, "rb") as source, target.open("wb") as out:
            shutil.copyfileobj(source, out)


def _copy_media_in(source: Path, manifest: dict[str, Any]) -> None:
    for name, digest in manifest["files"].items():
        if not name.startswith(MEDIA + "/"):
            continue
        stored_name = name[len(MEDIA) + 1 :]
        with (Path(source) / name).open("rb") as handle:
            saved = default_storage.save(stored_name, File(handle))
        if saved != stored_name:
            raise BackupError(f"Kho tệp đích đã có tệp {stored_name}: hãy khôi phục vào kho trống.")
        with default_storage.open(saved, "rb") as handle:
            if hashlib.sha256(handle.read()).hexdigest() != digest:
                raise BackupError(f"Tệp {name} khôi phục không khớp SHA-256.")


def backup(target: Path) -> dict[str, Any]:
    """Write a backup into `target` (a new or empty folder); returns the manifest."""
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"Thư mục {target} đã có dữ liệu: hãy chọn một thư mục mới hoặc rỗng.")
    engine = _engine()
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".kehoach-backup-", dir=target.parent))
    try:
        _dump_database(work, engine)
        _copy_media_out(work)
        files = {
            str(path.relative_to(work)): sha256_of(path)
            for path in sorted(work.rglob("*"))
            if path.is_file()
        }
        manifest = {
            "schema": SCHEMA,
            "created_at": timezone.localtime().isoformat(timespec="seconds"),
            "engine": engine,
            "rows": row_counts(),
            "files": files,
        }
        (work / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
        if target.exists():
            target.rmdir()
        work.rename(target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return manifest


def read_manifest(source: Path) -> dict[str, Any]:
    """The manifest, after checking that every file it lists is there with its hash."""
    path = Path(source) / MANIFEST
    try:
        manifest = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as error:
        raise BackupError(
            f"Không đọc được {path}: đây không phải bản sao lưu của kehoach."
        ) from error
    if not isinstance(manifest, dict) or manifest.get("schema") != SCHEMA:
        raise BackupError(f"{path} không phải bản sao lưu của kehoach ({SCHEMA}).")
    for name, digest in manifest["files"].items():
        file = Path(source) / name
        if not file.is_file():
            raise BackupError(f"Bản sao lưu thiếu tệp {name}: không khôi phục từ bản này.")
        if sha256_of(file) != digest:
            raise BackupError(f"Tệp {name} đã bị thay đổi hoặc hỏng (SHA-256 không khớp).")
    return manifest


# Rows that `migrate` itself writes into a new database: they do not make it "hold data".
MIGRATION_ROWS = {"contenttypes.ContentType", "auth.Permission"}


def _database_is_empty() -> bool:
    tables = connections["default"].introspection.table_names()
    if "django_migrations" not in tables:
        return not tables
    return not any(n for label, n in row_counts().items() if label not in MIGRATION_ROWS)


def _load_database(source: Path, manifest: dict[str, Any]) -> None:
    engine = _engine()
    if engine != manifest["engine"]:
        raise BackupError(
            f"Bản sao lưu là của {manifest['engine']}, còn cơ sở dữ liệu đang dùng là {engine}."
        )
    connections["default"].close()
    if engine == "sqlite":
        source_db = sqlite3.connect(str(Path(source) / SQLITE_FILE))
        target_db = sqlite3.connect(str(settings.DATABASES["default"]["NAME"]))
        try:
            source_db.backup(target_db)
        finally:
            target_db.close()
            source_db.close()
        return
    args, env = _postgres_args()
    command = [_postgres_tool("pg_restore"), "--no-owner", "--clean", "--if-exists", "-e"]
    _run(command + args + [str(Path(source) / POSTGRES_FILE)], env, "Khôi phục PostgreSQL")


def restore(source: Path) -> dict[str, Any]:
    """Bring a backup back into an empty database and media folder; returns the manifest."""
    manifest = read_manifest(source)
    if not _database_is_empty():
        raise BackupError(
            "Cơ sở dữ liệu đích đã có dữ liệu: chỉ khôi phục vào một cơ sở dữ liệu trống "
            "(tạo cơ sở dữ liệu mới, đặt DATABASE_URL trỏ tới nó, rồi chạy lại)."
        )
    _load_database(source, manifest)
    _copy_media_in(source, manifest)
    counts = row_counts()
    missing = {k: v for k, v in manifest["rows"].items() if counts.get(k) != v}
    if missing:
        raise BackupError(f"Số dòng sau khi khôi phục không khớp: {sorted(missing)}.")
    return manifest


def describe(manifest: dict[str, Any]) -> str:
    created = datetime.fromisoformat(manifest["created_at"])
    rows = sum(manifest["rows"].values())
    return (
        f"{len(manifest['files'])} tệp, {rows} dòng dữ liệu, "
        f"tạo lúc {created:%H:%M:%S %d/%m/%Y} ({manifest['engine']})"
    )
