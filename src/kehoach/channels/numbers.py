"""Vietnamese number words, as a broadcaster reads them (northern usage: "linh", "nghìn").

"21" is "hai mươi mốt", "25" is "hai mươi lăm", "24" is "hai mươi tư", "105" is "một trăm linh năm",
"2024" is "hai nghìn không trăm hai mươi tư": the forms of the Vietnamese reading of numbers, not of the
digits one by one.
"""

from __future__ import annotations

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
GROUPS = ("", "nghìn", "triệu", "tỷ")
ORDINALS = {1: "nhất", 4: "tư"}
MONTHS = {4: "tư"}


def _below_hundred(n: int, in_group: bool) -> list[str]:
    """0 < n < 100; `in_group`: preceded by a hundreds digit (so 5 becomes "linh năm")."""
    tens, units = divmod(n, 10)
    if tens == 0:
        return (["linh"] if in_group else []) + [DIGITS[units]]
    words = ["mười"] if tens == 1 else [DIGITS[tens], "mươi"]
    if units == 1 and tens > 1:
        words.append("mốt")
    elif units == 4 and tens > 1:
        words.append("tư")
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(DIGITS[units])
    return words


def _below_thousand(n: int, full: bool) -> list[str]:
    """0 < n < 1000; `full`: a higher group precedes, so 24 reads "không trăm hai mươi tư"."""
    hundreds, rest = divmod(n, 100)
    words: list[str] = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if rest:
        words += _below_hundred(rest, in_group=bool(words))
    return words


def number_words(n: int) -> str:
    """The Vietnamese words for a whole number: 1955 -> "một nghìn chín trăm năm mươi lăm"."""
    if n < 0:
        return "âm " + number_words(-n)
    if n == 0:
        return DIGITS[0]
    if n >= 1000**4:
        billions, rest = divmod(n, 1000**3)
        head = number_words(billions) + " tỷ"
        return head + (" " + _tail(rest) if rest else "")
    groups: list[int] = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    words: list[str] = []
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            continue
        words += _below_thousand(group, full=bool(words))
        if GROUPS[index]:
            words.append(GROUPS[index])
    return " ".join(words)


def _tail(n: int) -> str:
    """The part after "tỷ" of a very large number, with its leading "không trăm" when short."""
    text = number_words(n)
    return ("không trăm " + text) if n < 100 else text


def digits_words(text: str) -> str:
    """Digit by digit, for telephone numbers and codes: "0225" -> "không hai hai năm"."""
    return " ".join(DIGITS[int(c)] for c in text if c.isdigit())


def decimal_words(integer: str, fraction: str) -> str:
    """A decimal with the Vietnamese comma: ("2", "5") -> "hai phẩy năm"; "0,05" -> "không phẩy không năm"."""
    head = number_words(int(integer))
    if fraction.startswith("0") or len(fraction) > 3:
        return f"{head} phẩy {digits_words(fraction)}"
    return f"{head} phẩy {number_words(int(fraction))}"


def ordinal_words(n: int) -> str:
    """After "thứ": 1 -> "nhất", 4 -> "tư", 14 -> "mười bốn"."""
    return ORDINALS.get(n, number_words(n))


def month_words(n: int) -> str:
    """After "tháng": 4 -> "tư", 1 -> "một", 12 -> "mười hai"."""
    return MONTHS.get(n, number_words(n))


def day_words(n: int) -> str:
    """After "ngày": the first ten days read "mùng": 3 -> "mùng ba", 13 -> "mười ba"."""
    return ("mùng " + number_words(n)) if 1 <= n <= 10 else number_words(n)
