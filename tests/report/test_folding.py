"""The fast fold gives the same result as the document model's fold on Vietnamese text."""

from __future__ import annotations

from kehoach.document.text import fold
from kehoach.report.folding import folded_name, quick_fold

LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)


def test_quick_fold_equals_fold_on_every_vietnamese_letter_in_both_cases():
    text = LETTERS + LETTERS.upper() + " Ủy ban nhân dân phường Đằng Giang, 12 buổi."
    assert quick_fold(text) == fold(text)


def test_folded_name_is_fold():
    assert folded_name("Trung tâm Dịch vụ sự nghiệp công") == "trung tam dich vu su nghiep cong"
