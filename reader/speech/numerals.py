"""Numbers read out in Han numerals: digit by digit (years, codes), as quantities (一万二千三百四十五, with
两 where Mandarin says it), decimals (十二点五) and a clock's minutes (零五).
"""

from __future__ import annotations

HAN_DIGITS = "〇一二三四五六七八九"
ZERO = "零"
_SMALL_UNITS = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))
_GROUP_UNITS = ("", "万", "亿", "万亿")


def read_digits(digits: str, one: str = "一") -> str:
    """Digit by digit: years with 一, phone numbers with ``one`` (幺 in Mandarin)."""
    return "".join(one if c == "1" else HAN_DIGITS[int(c)] if c.isdigit() else c for c in digits)


def _below_10000(value: int) -> str:
    out, zero = "", False
    for size, name in _SMALL_UNITS:
        digit = value // size % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out, zero = out + ZERO, False
        out += HAN_DIGITS[digit] + name
    return out


def read_quantity(value: int) -> str:
    """An integer as a quantity (一万二千三百四十五); 10–19 at the head without 一; 两 before 千/万/亿."""
    if value == 0:
        return ZERO
    groups = []
    while value:
        groups.append(value % 10000)
        value //= 10000
    out, gap = "", False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            gap = bool(out)
            continue
        if out and (gap or group < 1000):
            out += ZERO
        out += _below_10000(group) + _GROUP_UNITS[index]
        gap = False
    if out.startswith("一十"):
        out = out[1:]
    if len(out) > 1 and out[0] == "二" and out[1] in "千万亿":
        out = "两" + out[1:]
    return out


def read_decimal(integer: str, fraction: str) -> str:
    """``integer`` (digits, commas allowed) and ``fraction`` (without the point) read as a quantity."""
    value = int(integer.replace(",", "") or "0")
    head = read_quantity(value) if value < 10**16 else read_digits(integer.replace(",", ""))
    if not fraction:
        return head
    return head + "点" + "".join(ZERO if c == "0" else HAN_DIGITS[int(c)] for c in fraction)


def read_clock_field(value: str) -> str:
    """Minutes as a clock says them: 05 → 零五, 00 → 零."""
    return (
        ZERO + HAN_DIGITS[int(value[1])] if value[0] == "0" and value != "00" else read_quantity(int(value))
    )
