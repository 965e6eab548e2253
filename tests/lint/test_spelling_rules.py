"""The spelling rule on sentences of our own: misspelt syllables, confusable pairs, split words."""

from __future__ import annotations

from lint_helpers import lint_text, text_source

from kehoach.lint import LintConfig, lint_source


def _one(text: str):
    (finding,) = lint_text(text, "spelling")
    return finding


def test_a_syllable_without_its_tone_mark_is_corrected_from_the_context():
    finding = _one("Ủy ban nhân dân xã ban hành kế hoach tuyên truyền như sau.")
    assert (finding.severity, finding.suggestion) == ("error", "hoạch")
    assert [(e.old, e.new) for e in finding.edits] == [("hoach", "hoạch")]


def test_a_syllable_that_is_not_vietnamese_is_an_error():
    finding = _one("Các tổ chưc đoàn thể phối hợp thực hiện.")
    assert (finding.column, finding.suggestion) == (8, "chức")


def test_a_confusable_onset_in_a_pair_is_found():
    finding = _one("Kiên quyết sử lý các trường hợp lấn chiếm vỉa hè.")
    assert finding.suggestion == "xử lý" and finding.edits[0].new == "xử"


def test_xắp_xếp_is_sắp_xếp():
    assert _one("Phường xắp xếp lại các tổ dân phố.").suggestion == "sắp xếp"


def test_a_word_split_over_a_line_break_is_checked_as_one():
    finding = _one("Các chi hội tổ chức thực\nhiên nghiêm túc kế hoạch này.")
    assert (finding.line, finding.column, finding.suggestion) == (2, 1, "thực hiện")


def test_foreign_words_and_names_are_left_alone():
    text = "Đăng trên website, fanpage, Zalo và video clip; thôn Khuổi Nọi, bản Pác Ngòi."
    assert lint_text(text, "spelling") == []


def test_a_set_phrase_of_real_syllables_is_not_a_slip():
    assert lint_text("Phát huy dân chủ đi đôi với giữ nghiêm kỷ cương.", "spelling") == []


def test_the_ward_adds_its_own_names_to_the_allow_list():
    source = text_source("Tổ chức lễ hội ở bản nặm lầu hằng năm.")
    found = lint_source(source, select=["spelling"])
    allowed = lint_source(source, select=["spelling"], config=LintConfig(allow=["nặm lầu"]))
    assert found and not allowed
