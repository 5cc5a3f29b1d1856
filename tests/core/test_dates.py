"""Date forms found in Chinese pages."""

from __future__ import annotations

import datetime

import pytest

from reader.core.extraction.dates import date_in_url, find_dates, find_partial_dates, parse_date


@pytest.mark.parametrize(
    "text",
    [
        "2025-05-03",
        "2025-5-3",
        "2025/05/03",
        "2025.05.03",
        "2025年5月3日",
        "2025 年 5 月 3 日",
        "二〇二五年五月三日",
        "发布时间：2025-05-03 10:00",
        "2025-05-03T10:00:00+08:00",
        "5/3/2025 10:00:00 AM",
    ],
)
def test_forms(text: str) -> None:
    assert parse_date(text) == "2025-05-03"


def test_day_first_when_unambiguous() -> None:
    assert parse_date("17/9/2004") == "2004-09-17"


def test_time_of_day_is_noted() -> None:
    assert find_dates("日期：2025-05-03 10:00")[0].has_time
    assert not find_dates("2025-05-03")[0].has_time


@pytest.mark.parametrize("text", ["2025-13-01", "2025-02-30", "1850-01-01", "v1.2025.05.03"])
def test_invalid(text: str) -> None:
    assert parse_date(text) is None


def test_future_dates_are_refused() -> None:
    assert parse_date("2099-01-01", latest=datetime.date(2025, 1, 1)) is None


def test_partial() -> None:
    assert find_partial_dates("——《某某》1998年3月号") == ["1998-03"]
    assert find_partial_dates("2025年5月3日") == []


def test_url() -> None:
    assert date_in_url("http://example.com/local/2020-02/19/c_1.htm") == "2020-02-19"
    assert date_in_url("http://example.com/detail/20200102/1.html") == "2020-01-02"
