"""The last line of defence of every subcommand: an error no reader foresaw becomes one clear line.

Readers refuse what they recognise as hostile with InputError; this turns the rest (a symlink loop, a
nesting too deep, memory exhausted, an absurd value a library chokes on) into a sentence for the user.
"""

from __future__ import annotations


def unreadable_message(error: BaseException, name: str | None = None) -> str:
    """One Vietnamese line for an error that escaped the readers' own checks."""
    if isinstance(error, OSError):
        where = f"{name or error.filename}: " if (name or error.filename) else ""
        return f"{where}không mở được tệp ({error.strerror or error}). Kiểm tra đường dẫn và quyền đọc tệp."
    if isinstance(error, RecursionError):
        reason = "cấu trúc lồng nhau quá sâu"
    elif isinstance(error, MemoryError):
        reason = "tệp đòi quá nhiều bộ nhớ"
    elif isinstance(error, RuntimeError) and "symlink" in str(error).lower():
        reason = "đường dẫn là một vòng liên kết tượng trưng (symlink)"
    else:
        reason = f"nội dung bất thường: {type(error).__name__}"
    where = f"{name}: " if name else ""
    return f"{where}không đọc được tệp ({reason}). Hãy mở tệp bằng Word hoặc LibreOffice, lưu lại rồi thử lại."
