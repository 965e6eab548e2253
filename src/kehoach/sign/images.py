"""The signature and seal images the decree asks for (Phụ lục I, I.7.d and I.8.a).

Signature: the handwritten signature, blue, PNG with a transparent background. Seal: red, at the seal's
real size, PNG with a transparent background. We check what a văn thư would check by eye, from the
pixels: PNG format, an alpha channel with a transparent background, and the colour of the ink; the
seal's real size comes from the resolution written in the PNG (scanners write it).
"""

from __future__ import annotations

import colorsys
import io
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from kehoach.errors import InputError

MAX_BYTES = 5_000_000
MAX_PIXELS = 4_000_000
MM_PER_INCH = 25.4
POINTS_PER_MM = 72 / MM_PER_INCH
SEAL_MM = (20.0, 60.0)  # round seals of Vietnamese offices are 32-42 mm; allow a margin both ways

KIND_NAMES = {"signature": "ảnh chữ ký", "seal": "ảnh con dấu"}
COLOUR_NAMES = {"signature": "màu xanh", "seal": "màu đỏ"}


@dataclass(frozen=True)
class InkImage:
    """A checked image: the RGBA picture and its size in points where the PNG says its resolution."""

    image: Image.Image
    kind: str
    width_pt: float | None
    height_pt: float | None


def _hue_family(image: Image.Image) -> str | None:
    """'blue', 'red' or None from the opaque, saturated pixels (sampled)."""
    small = image.copy()
    small.thumbnail((200, 200))
    counts = {"blue": 0, "red": 0, "other": 0}
    for r, g, b, a in small.get_flattened_data():  # type: ignore[misc]
        if a < 128:
            continue
        h, s, v = colorsys.rgb_to_hsv(r / 255, g / 255, b / 255)
        if s < 0.25 or v < 0.15:
            counts["other"] += 1
        elif 0.5 <= h <= 0.75:
            counts["blue"] += 1
        elif h <= 0.05 or h >= 0.9:
            counts["red"] += 1
        else:
            counts["other"] += 1
    inked = sum(counts.values())
    if not inked:
        return None
    family = max(("blue", "red"), key=lambda k: counts[k])
    return family if counts[family] >= 0.6 * inked else None


def _transparent_share(image: Image.Image) -> float:
    alpha = image.getchannel("A")
    histogram = alpha.histogram()
    return sum(histogram[:16]) / max(1, image.width * image.height)


def _size_points(image: Image.Image, source: Image.Image) -> tuple[float | None, float | None]:
    dpi = source.info.get("dpi")
    if not dpi or not dpi[0] or not dpi[1] or dpi[0] < 50:
        return None, None
    return image.width / float(dpi[0]) * 72, image.height / float(dpi[1]) * 72


def check_image(data: bytes, kind: str) -> InkImage:
    """Open and check a signature ("signature") or seal ("seal") image; InputError says what to fix."""
    label = KIND_NAMES[kind]
    if not data:
        raise InputError(f"{label} trống; hãy chọn tệp PNG.")
    if len(data) > MAX_BYTES:
        raise InputError(f"{label} quá lớn (tối đa 5 MB); hãy lưu lại ảnh nhỏ hơn.")
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise InputError(f"{label} phải là tệp PNG nền trong suốt (Nghị định 30, Phụ lục I).")
    try:
        source = Image.open(io.BytesIO(data))
        if source.width * source.height > MAX_PIXELS:
            raise InputError(f"{label} có quá nhiều điểm ảnh; hãy lưu ảnh ở độ phân giải 300 dpi.")
        source.load()
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError):
        raise InputError(f"{label} không đọc được (tệp PNG hỏng); hãy lưu lại ảnh.") from None
    has_alpha = source.mode in ("RGBA", "LA", "PA") or "transparency" in source.info
    image = source.convert("RGBA")
    if not has_alpha or _transparent_share(image) < 0.2:
        raise InputError(f"{label} phải có nền trong suốt; hãy xóa nền trắng và lưu lại dạng PNG.")
    family = _hue_family(image)
    wanted = "blue" if kind == "signature" else "red"
    if family != wanted:
        raise InputError(
            f"{label} phải {COLOUR_NAMES[kind]} (Nghị định 30, Phụ lục I); hãy dùng ảnh đúng màu."
        )
    width_pt, height_pt = _size_points(image, source)
    if kind == "seal":
        if width_pt is None or height_pt is None:
            raise InputError(
                "ảnh con dấu cần ghi độ phân giải (dpi) để đặt đúng kích thước thật của dấu; "
                "hãy quét dấu ở 300 dpi và lưu dạng PNG."
            )
        size_mm = max(width_pt, height_pt) / POINTS_PER_MM
        if not SEAL_MM[0] <= size_mm <= SEAL_MM[1]:
            raise InputError(
                f"ảnh con dấu rộng {size_mm:.0f} mm theo độ phân giải ghi trong tệp, không giống kích thước "
                "thật của dấu; hãy quét lại dấu ở 300 dpi."
            )
    return InkImage(image, kind, width_pt, height_pt)
