"""Units' own words become third-person report sentences with the unit as subject."""

from __future__ import annotations

from kehoach.report.sentences import (
    join_predicates,
    lower_first,
    report_sentence,
    split_sentences,
    unit_list,
)

TT = "Trung tâm Dịch vụ sự nghiệp công phường"


def test_a_sentence_starting_with_da_gets_the_unit_as_subject():
    assert (
        report_sentence(TT, "Đã tổ chức 12 buổi phát thanh.")
        == f"{TT} đã tổ chức 12 buổi phát thanh."
    )


def test_a_bare_verb_gets_da():
    assert report_sentence(TT, "Treo 20 băng rôn tại các tuyến phố") == (
        f"{TT} đã treo 20 băng rôn tại các tuyến phố."
    )


def test_the_unit_speaking_of_itself_is_named():
    said = report_sentence("Đoàn Thanh niên phường", "Đơn vị tổ chức 2 buổi ra quân")
    assert said == "Đoàn Thanh niên phường đã tổ chức 2 buổi ra quân."
    said = report_sentence("Hội Phụ nữ phường", "Chúng tôi đang vận động hội viên")
    assert said == "Hội Phụ nữ phường đang vận động hội viên."


def test_a_sentence_with_its_own_subject_is_attributed():
    said = report_sentence("Công an phường", "Tình hình an ninh trật tự được giữ vững")
    assert said == "Theo báo cáo của Công an phường, tình hình an ninh trật tự được giữ vững."


def test_a_number_first_is_what_the_unit_carried_out():
    assert report_sentence("Trạm Y tế phường", "3 buổi truyền thông") == (
        "Trạm Y tế phường đã thực hiện 3 buổi truyền thông."
    )


def test_names_keep_their_capitals():
    assert lower_first("Đảng bộ phường") == "Đảng bộ phường"
    assert lower_first("Trung tâm Văn hóa phường") == "Trung tâm Văn hóa phường"
    assert lower_first("UBND phường") == "UBND phường"
    assert lower_first("Tổ chức hội nghị") == "tổ chức hội nghị"


def test_lists_and_lines_split_into_sentences():
    text = "- Phát thanh 12 buổi;\n- Treo 20 băng rôn.\nĐăng 5 tin. Tổ chức hội nghị"
    assert split_sentences(text) == [
        "Phát thanh 12 buổi",
        "Treo 20 băng rôn",
        "Đăng 5 tin",
        "Tổ chức hội nghị",
    ]


def test_one_unit_several_sentences_name_it_once():
    said = [report_sentence(TT, "Đã phát thanh 12 buổi"), report_sentence(TT, "Treo 20 băng rôn")]
    assert join_predicates(TT, said) == f"{TT} đã phát thanh 12 buổi; treo 20 băng rôn."


def test_unit_list_uses_va():
    assert unit_list(["A", "B", "C"]) == "A, B và C"


def test_a_generic_unit_name_is_lower_case_inside_a_sentence():
    assert unit_list(["Công an phường", "Các tổ dân phố"]) == "Công an phường và các tổ dân phố"
