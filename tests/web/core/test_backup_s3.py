"""With KEHOACH_S3_BUCKET set, files live in an S3-compatible store, not on the app server's disk,
and `kehoach backup` / `restore` carry them through the storage API: a restore into an empty
database and an empty bucket brings every stored file back with its SHA-256.

The store here is moto's S3 server on the loopback (a Python implementation of the S3 HTTP API):
no S3-compatible server ships in Debian bookworm that runs without a cluster."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import boto3
import pytest
from moto.server import ThreadedMotoServer

from web import sqlite_site
from web.core.test_backup import kehoach

pytestmark = pytest.mark.slow

KEYS = {"AWS_ACCESS_KEY_ID": "kehoach", "AWS_SECRET_ACCESS_KEY": "kehoach-bi-mat"}


@pytest.fixture(scope="module")
def s3():
    port = sqlite_site.free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client(
        "s3", endpoint_url=endpoint, region_name="us-east-1",
        aws_access_key_id=KEYS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=KEYS["AWS_SECRET_ACCESS_KEY"],
    )  # fmt: skip
    for bucket in ("phuong-goc", "phuong-khoi-phuc"):
        client.create_bucket(Bucket=bucket)
    yield endpoint, client
    server.stop()


def _env(folder: Path, endpoint: str, bucket: str) -> dict[str, str]:
    return sqlite_site.site_environment(folder) | {
        "KEHOACH_S3_BUCKET": bucket,
        "KEHOACH_S3_ENDPOINT_URL": endpoint,
        "KEHOACH_S3_ACCESS_KEY_ID": KEYS["AWS_ACCESS_KEY_ID"],
        "KEHOACH_S3_SECRET_ACCESS_KEY": KEYS["AWS_SECRET_ACCESS_KEY"],
    }


def _objects(client, bucket: str) -> dict[str, str]:
    listed = client.list_objects_v2(Bucket=bucket).get("Contents", [])
    return {
        item["Key"]: hashlib.sha256(
            client.get_object(Bucket=bucket, Key=item["Key"])["Body"].read()
        ).hexdigest()
        for item in listed
    }


@pytest.fixture(scope="module")
def backed_up(s3, tmp_path_factory):
    endpoint, _ = s3
    origin = tmp_path_factory.mktemp("origin")
    env = _env(origin, endpoint, "phuong-goc") | {"KEHOACH_SEED_EVIDENCE": "1"}
    sqlite_site.seed(env, 3)
    folder = tmp_path_factory.mktemp("backups") / "2025-06-30"
    done = kehoach(env, "backup", str(folder))
    assert done.returncode == 0, done.stderr
    return origin, folder


def test_the_files_are_in_the_bucket_not_on_the_disk(s3, backed_up):
    _, client = s3
    origin, _ = backed_up
    with sqlite3.connect(origin / "kehoach.sqlite3") as db:
        stored = dict(db.execute("SELECT file, sha256 FROM reports_evidence"))
        stored |= dict(db.execute("SELECT docx, docx_sha256 FROM plans_issueddocument"))
    assert stored and _objects(client, "phuong-goc").items() >= stored.items()
    assert not (origin / "media").exists() or not any((origin / "media").rglob("*.*"))


def test_a_restore_into_an_empty_bucket_brings_every_file_back(s3, backed_up, tmp_path):
    endpoint, client = s3
    _, folder = backed_up
    done = kehoach(_env(tmp_path, endpoint, "phuong-khoi-phuc"), "restore", str(folder))
    assert done.returncode == 0, done.stderr
    manifest = json.loads((folder / "manifest.json").read_text())
    media = {
        name.removeprefix("media/"): digest
        for name, digest in manifest["files"].items()
        if name.startswith("media/")
    }
    assert media and _objects(client, "phuong-khoi-phuc") == media
    assert _objects(client, "phuong-khoi-phuc") == _objects(client, "phuong-goc")
