"""Verification: intact, a changed byte, text added afterwards, an unknown root, no signature, bad files."""

from __future__ import annotations

import io
import re

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from kehoach.errors import InputError
from kehoach.sign.trust import TrustSettings
from kehoach.sign.verify import ADDED_AFTER, CHANGED_BYTES, INTACT, UNTRUSTED, verify_pdf


def _change_signed_byte(data: bytes) -> bytes:
    """Change one digit of page 1's /MediaBox: a valid PDF still, inside the signed bytes."""
    box = data.index(b"/MediaBox")
    digit = box + re.search(rb"\d\.\d", data[box : box + 80]).end() - 1
    changed = bytearray(data)
    changed[digit] = ord("7") if changed[digit] != ord("7") else ord("8")
    return bytes(changed)


def _add_text(data: bytes) -> bytes:
    """An incremental update that writes a new line of text on page 1 (what a forger would do)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    font = writer.add_object(
        generic.DictionaryObject(
            {
                pdf_name("/Type"): pdf_name("/Font"),
                pdf_name("/Subtype"): pdf_name("/Type1"),
                pdf_name("/BaseFont"): pdf_name("/Helvetica"),
            }
        )
    )
    stream = generic.StreamObject(
        stream_data=b"BT /FX 14 Tf 100 100 Td (Da sua: chi 500 trieu) Tj ET"
    )
    resources = generic.DictionaryObject(
        {pdf_name("/Font"): generic.DictionaryObject({pdf_name("/FX"): font})}
    )
    writer.add_stream_to_page(0, writer.add_object(stream), resources=resources)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_issued_plan_is_intact(issued_pdf, trust):
    report = verify_pdf(issued_pdf, "ban-hanh.pdf", trust)
    assert report.ok
    assert report.signatures[0].findings()[0] == INTACT


def test_a_byte_changed_after_signing_is_detected(issued_pdf, trust):
    report = verify_pdf(_change_signed_byte(issued_pdf), "sua.pdf", trust)
    assert not report.ok
    assert any(not s.intact for s in report.signatures)
    assert CHANGED_BYTES in [p for s in report.signatures for p in s.problems]


def test_text_added_in_an_incremental_update_is_detected(issued_pdf, trust):
    report = verify_pdf(_add_text(issued_pdf), "them.pdf", trust)
    assert all(s.intact for s in report.signatures)  # the signed bytes are untouched...
    assert not any(s.covers_whole_file for s in report.signatures)  # ...but something came after
    assert all(ADDED_AFTER in s.problems for s in report.signatures)
    assert not report.ok


def test_text_added_after_the_leader_only_is_detected(leader_signed_pdf, trust):
    report = verify_pdf(_add_text(leader_signed_pdf), "them.pdf", trust)
    assert not report.signatures[0].covers_whole_file


def test_unknown_root_is_untrusted(issued_pdf, pki):
    report = verify_pdf(issued_pdf, "la.pdf", TrustSettings(roots_dir=pki.other_roots))
    assert all(s.intact and not s.trusted for s in report.signatures)
    assert all(UNTRUSTED in s.problems for s in report.signatures)


def test_no_trust_configured_is_untrusted(issued_pdf):
    report = verify_pdf(issued_pdf, "la.pdf", TrustSettings(online=False))
    assert not any(s.trusted for s in report.signatures)


def test_unsigned_plan_has_no_signature_and_is_not_ok(plan_pdf, trust):
    report = verify_pdf(plan_pdf, "chua-ky.pdf", trust)
    assert report.signatures == [] and not report.ok


@pytest.mark.parametrize("data", [b"", b"hello", b"%PDF-1.7\n\x00\x01garbage", b"PK\x03\x04zip"])
def test_unreadable_files_are_one_message(data, trust):
    with pytest.raises(InputError) as caught:
        verify_pdf(data, "hong.pdf", trust)
    assert str(caught.value).startswith("hong.pdf:") and "\n" not in str(caught.value)


def test_truncated_signed_file_is_refused_or_not_intact(issued_pdf, trust):
    try:
        report = verify_pdf(issued_pdf[: len(issued_pdf) // 2], "cat.pdf", trust)
    except InputError:
        return
    assert not report.ok
