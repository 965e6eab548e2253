"""Vietnamese names: sorted by given name in the Vietnamese alphabet, with Ông/Bà."""

from kehoach.emulation.names import sort_key, title_case, with_salutation


def test_sorted_by_given_name_then_middle_then_family() -> None:
    names = ["Nguyễn Thị Lan", "Trần Văn An", "Lê Thị Bình", "Đỗ Văn An", "Phạm Đức Anh"]
    assert sorted(names, key=sort_key) == [
        "Đỗ Văn An",  # An, Văn, Đỗ before An, Văn, Trần: family name decides last
        "Trần Văn An",
        "Phạm Đức Anh",
        "Lê Thị Bình",
        "Nguyễn Thị Lan",
    ]


def test_d_bar_sorts_after_d_and_tones_after_the_bare_letter() -> None:
    assert sorted(["Lê Văn Đông", "Lê Văn Dũng"], key=sort_key) == ["Lê Văn Dũng", "Lê Văn Đông"]
    assert sorted(["Lê Thị Hà", "Lê Thị Ha"], key=sort_key) == ["Lê Thị Ha", "Lê Thị Hà"]


def test_salutation_and_case() -> None:
    assert with_salutation("nguyễn THỊ lan", "nữ") == "Bà Nguyễn Thị Lan"
    assert with_salutation("Trần Văn An", "nam") == "Ông Trần Văn An"
    assert title_case("trần văn an") == "Trần Văn An"
