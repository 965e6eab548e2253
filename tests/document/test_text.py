from kehoach.document.text import POINT_LETTERS, clean, fold, next_point_letter


def test_point_letters_skip_f_j_w_z():
    assert POINT_LETTERS == "abcdđeghiklmnopqrstuvxy"
    assert not set("fjwz") & set(POINT_LETTERS)


def test_after_d_comes_dd_then_e():
    assert next_point_letter("d") == "đ"
    assert next_point_letter("đ") == "e"
    assert next_point_letter("e") == "g"


def test_clean_joins_lines_and_normalises():
    assert clean("  Kế\n hoạch\u00a0số ") == "Kế hoạch số"


def test_fold_drops_tone_marks():
    assert fold("TỔ CHỨC THỰC HIỆN") == "to chuc thuc hien"
