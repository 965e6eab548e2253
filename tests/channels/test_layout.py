"""Line breaking never splits a word: names, compounds, numbers with their counted word stay together."""

from __future__ import annotations

from kehoach.channels.layout import fit, units


def _width(text: str) -> float:
    return 0.55 * len(text)


def test_names_and_compounds_are_unbreakable() -> None:
    pieces = units("Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh!")
    assert "Hồ Chí Minh!" in pieces and "tư tưởng," in pieces and "phong cách" in pieces


def test_numbers_stay_with_what_they_count() -> None:
    pieces = units(
        "Nhiệt liệt chào mừng 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/02/1930 - 3/02/2024)!"
    )
    assert "94 năm" in pieces and "Đảng Cộng sản Việt Nam" in pieces
    assert "(3/02/1930 - 3/02/2024)!" in pieces


def test_fit_breaks_only_between_units_and_keeps_every_word() -> None:
    text = "Toàn Đảng, toàn dân, toàn quân ra sức thi đua thực hiện thắng lợi nhiệm vụ năm 2025!"
    layout = fit(text, _width, 40, 30)
    assert " ".join(layout.lines).split() == text.split()
    joined = set(units(text))
    for line in layout.lines:
        assert all(piece in joined for piece in _pieces_of(line, joined))


def _pieces_of(line: str, known: set[str]) -> list[str]:
    found, rest = [], line
    while rest:
        piece = max(
            (
                p
                for p in known
                if rest.startswith(p) and (len(rest) == len(p) or rest[len(p)] == " ")
            ),
            key=len,
        )
        found.append(piece)
        rest = rest[len(piece) :].lstrip()
    return found


def test_a_wide_box_takes_one_line_and_a_tall_box_several() -> None:
    text = "Mừng đất nước đổi mới, mừng Đảng quang vinh, mừng Xuân Giáp Thìn!"
    assert len(fit(text, _width, 1000, 20).lines) == 1
    assert len(fit(text, _width, 20, 100).lines) > 1
