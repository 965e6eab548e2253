"""The files of an approved message are a worker's job kept through Django's storage API: approval
queues it, no request makes them, and the pages serve them from the storage once the worker is done."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import boto3
import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from moto.server import ThreadedMotoServer

from kehoach.web.channels import files
from kehoach.web.channels import services as channel_services
from kehoach.web.channels.models import ChannelMessage, ChannelOutput
from kehoach.web.jobs.models import Rendering
from web import sqlite_site
from web.fetch import fetch

pytestmark = pytest.mark.django_db


def _folder(message: ChannelMessage) -> str:
    return files.storage_folder(message, files.version_key(message))


def _jobs() -> int:
    return DBTaskResult.objects.filter(task_path__endswith="renders.make_file").count()


def test_approval_queues_the_files_and_makes_none_in_the_request(
    client, approver, submitted_message
):  # type: ignore[no-untyped-def]
    client.force_login(approver)
    client.post(reverse("channels:approve", args=[submitted_message.pk]))
    rendering = Rendering.objects.get(kind="channel-files", object_id=submitted_message.pk)
    assert rendering.status == Rendering.Status.PENDING and _jobs() == 1
    assert not default_storage.exists(_folder(submitted_message))


def test_a_file_asked_for_before_the_worker_ran_answers_with_the_waiting_page(
    client, vhxh_reporter, approved_message
):  # type: ignore[no-untyped-def]
    client.force_login(vhxh_reporter)
    started = time.perf_counter()
    response = client.get(reverse("channels:file", args=[approved_message.pk, "loa-ban-tin.wav"]))
    elapsed = time.perf_counter() - started
    rendering = Rendering.objects.get(kind="channel-files")
    assert response.status_code == 302
    assert response.url == reverse("jobs:rendering", kwargs={"pk": rendering.pk})
    assert not default_storage.exists(_folder(approved_message))
    page = client.get(response.url).content.decode()
    assert "Máy chủ đang làm các tệp của tin" in page and 'http-equiv="refresh"' in page
    print(f"file asked before the worker ran: answered in {elapsed * 1000:.0f} ms")


def test_the_worker_stores_every_file_and_one_zip_of_them(client, vhxh_reporter, approved_message):  # type: ignore[no-untyped-def]
    client.force_login(vhxh_reporter)
    client.get(reverse("channels:detail", args=[approved_message.pk]))
    started, cpu = time.perf_counter(), time.process_time()
    call_command("run_worker", "--batch", verbosity=0)
    print(
        f"channel files job: {time.perf_counter() - started:.1f} s wall, "
        f"{time.process_time() - cpu:.1f} s CPU in this process"
    )
    _, names = default_storage.listdir(_folder(approved_message))
    assert {"loa-ban-tin.wav", "bang-ron-5000x800.pdf", files.ZIP_NAME} <= set(names)
    with default_storage.open(f"{_folder(approved_message)}/{files.ZIP_NAME}", "rb") as handle:
        archive = zipfile.ZipFile(io.BytesIO(handle.read()))
    assert sorted(archive.namelist()) == sorted(set(names) - {files.ZIP_NAME})
    served = client.get(reverse("channels:file", args=[approved_message.pk, "loa-ban-tin.wav"]))
    assert b"".join(served.streaming_content) == archive.read("loa-ban-tin.wav")


def test_the_waiting_page_opens_the_message_when_the_files_are_made(
    client, vhxh_reporter, approved_message
):  # type: ignore[no-untyped-def]
    client.force_login(vhxh_reporter)
    waiting = client.get(reverse("channels:file", args=[approved_message.pk, "tat-ca-tep.zip"]))
    call_command("run_worker", "--batch", verbosity=0)
    opened = client.get(waiting.url, follow=True)
    page = opened.content.decode()
    assert opened.redirect_chain[-1][0] == reverse("channels:detail", args=[approved_message.pk])
    assert "Các tệp để phát, in, đăng của tin đã sẵn sàng." in page
    assert "tat-ca-tep.zip" in page


def test_files_lost_from_the_storage_are_made_again(client, vhxh_reporter, approved_message):  # type: ignore[no-untyped-def]
    client.force_login(vhxh_reporter)
    fetch(client, reverse("channels:file", args=[approved_message.pk, "loa-ban-tin.txt"]))
    for name in files.stored(approved_message):
        default_storage.delete(f"{_folder(approved_message)}/{name}")
    again = client.get(reverse("channels:file", args=[approved_message.pk, "loa-ban-tin.txt"]))
    assert again.status_code == 302 and again.url.startswith("/tep/")
    assert Rendering.objects.get().status == Rendering.Status.PENDING
    served = fetch(client, reverse("channels:file", args=[approved_message.pk, "loa-ban-tin.txt"]))
    script = approved_message.outputs.get(channel=ChannelOutput.Channel.LOUDSPEAKER).text
    assert b"".join(served.streaming_content).decode() == script + "\n"


def test_public_pages_queue_no_work(client, vhxh_reporter, approved_message):  # type: ignore[no-untyped-def]
    channel_services.publish(approved_message, vhxh_reporter)
    slug = approved_message.organisation.slug
    for url in (
        reverse("tin:ward", args=[slug]),
        reverse("tin:article", args=[slug, approved_message.pk]),
        reverse("tin:feed", args=[slug]),
    ):
        assert client.get(url).status_code == 200
    assert _jobs() == 0 and not Rendering.objects.exists()


@pytest.mark.parametrize("who", ["stranger", "police_reporter", "other_ward_reporter", "approver"])
def test_only_the_unit_that_sends_the_message_out_sees_its_files_job(
    request, client, vhxh_reporter, approved_message, who
):  # type: ignore[no-untyped-def]
    client.force_login(vhxh_reporter)
    waiting = client.get(reverse("channels:file", args=[approved_message.pk, "loa-ban-tin.wav"]))
    pk = Rendering.objects.get().pk
    client.force_login(request.getfixturevalue(who))
    for name in ("jobs:rendering", "jobs:rendering_file"):
        assert client.get(reverse(name, kwargs={"pk": pk})).status_code == 404
    assert client.post(reverse("jobs:rendering_retry", kwargs={"pk": pk})).status_code == 404
    assert waiting.status_code == 302


@pytest.fixture
def s3_storage(settings):  # type: ignore[no-untyped-def]
    """The site's storage set to an S3 bucket, as with KEHOACH_S3_BUCKET (moto's S3 on the loopback)."""
    port = sqlite_site.free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    keys = {"access_key": "kehoach", "secret_key": "kehoach-bi-mat", "region_name": "us-east-1"}
    client = boto3.client(
        "s3", endpoint_url=endpoint, region_name="us-east-1",
        aws_access_key_id=keys["access_key"], aws_secret_access_key=keys["secret_key"],
    )  # fmt: skip
    client.create_bucket(Bucket="tin-phuong")
    options = {"bucket_name": "tin-phuong", "endpoint_url": endpoint, "default_acl": None}
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": options | keys | {"file_overwrite": False, "querystring_auth": True},
        },
    }
    yield client
    server.stop()


def test_with_s3_the_files_are_in_the_bucket_not_on_the_disk(
    client, vhxh_reporter, approved_message, s3_storage, settings
):  # type: ignore[no-untyped-def]
    client.force_login(vhxh_reporter)
    served = fetch(client, reverse("channels:file", args=[approved_message.pk, "loa-ban-tin.wav"]))
    assert b"".join(served.streaming_content)[:4] == b"RIFF"
    listed = s3_storage.list_objects_v2(Bucket="tin-phuong")["Contents"]
    keys = {item["Key"] for item in listed}
    assert f"{_folder(approved_message)}/loa-ban-tin.wav" in keys
    assert f"{_folder(approved_message)}/{files.ZIP_NAME}" in keys
    assert not (Path(settings.MEDIA_ROOT) / "channels").exists()
