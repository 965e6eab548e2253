"""The safety net's one line: what the user reads for errors no reader foresaw."""

from __future__ import annotations

import errno

from kehoach.cli.safety import unreadable_message


def test_symlink_loop_names_the_file_and_what_to_do():
    error = OSError(errno.ELOOP, "Too many levels of symbolic links", "vong.docx")
    message = unreadable_message(error)
    assert message.startswith("vong.docx: không mở được tệp")
    assert "Kiểm tra đường dẫn" in message


def test_recursion_is_a_nesting_too_deep_in_vietnamese():
    message = unreadable_message(RecursionError("maximum recursion depth exceeded"), "a.docx")
    assert message.startswith("a.docx: không đọc được tệp (cấu trúc lồng nhau quá sâu)")
    assert "\n" not in message and "recursion" not in message


def test_pathlib_symlink_loop_runtime_error_is_understood():
    message = unreadable_message(RuntimeError("Symlink loop from '/tmp/a'"), "a.txt")
    assert "vòng liên kết" in message
