"""Signature and seal images: PNG, transparent background, blue or red, the seal at a real size."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from kehoach.errors import InputError
from kehoach.sign.images import check_image
from sign.sign_helpers import ink_png


def test_blue_signature_is_accepted():
    image = check_image(ink_png((30, 60, 200), (600, 240)), "signature")
    assert image.kind == "signature" and image.width_pt == pytest.approx(600 / 300 * 72, abs=0.01)


def test_red_seal_at_real_size_is_accepted():
    seal = check_image(ink_png((210, 20, 30), (425, 425), ring=True), "seal")
    assert seal.width_pt == pytest.approx(102, abs=0.1)


def test_red_signature_is_refused():
    with pytest.raises(InputError, match="màu xanh"):
        check_image(ink_png((210, 20, 30), (600, 240)), "signature")


def test_blue_seal_is_refused():
    with pytest.raises(InputError, match="màu đỏ"):
        check_image(ink_png((30, 60, 200), (425, 425), ring=True), "seal")


def test_white_background_is_refused():
    image = Image.new("RGB", (400, 200), "white")
    out = io.BytesIO()
    image.save(out, "PNG")
    with pytest.raises(InputError, match="nền trong suốt"):
        check_image(out.getvalue(), "signature")


def test_jpeg_is_refused():
    out = io.BytesIO()
    Image.new("RGB", (40, 20), "blue").save(out, "JPEG")
    with pytest.raises(InputError, match="PNG"):
        check_image(out.getvalue(), "signature")


def test_seal_without_resolution_is_refused():
    image = Image.open(io.BytesIO(ink_png((210, 20, 30), (425, 425), ring=True)))
    out = io.BytesIO()
    image.save(out, "PNG")  # no dpi written
    with pytest.raises(InputError, match="độ phân giải"):
        check_image(out.getvalue(), "seal")


def test_seal_of_an_impossible_size_is_refused():
    with pytest.raises(InputError, match="kích thước"):
        check_image(ink_png((210, 20, 30), (425, 425), dpi=72, ring=True), "seal")  # 150 mm


@pytest.mark.parametrize("data", [b"", b"\x89PNG\r\n\x1a\nbroken"])
def test_broken_png_is_one_message(data):
    with pytest.raises(InputError):
        check_image(data, "signature")
