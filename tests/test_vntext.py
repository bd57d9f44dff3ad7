"""Vietnamese sorting, folding and date display."""

from __future__ import annotations

import datetime as dt

from cchc.vntext import fold, format_date, format_document_date, sort_key


def test_fold() -> None:
    assert fold("Phòng  Nội vụ") == "phong noi vu"
    assert fold("ĐỒNG NAI") == "dong nai"
    assert fold("Phòng Nội vụ") == fold("Phòng Nội vụ")  # NFD input folds the same


def test_vietnamese_alphabetical_order() -> None:
    names = ["Xuân Đường", "Đồng Nai", "Dầu Giây", "Ân Phú", "An Lộc", "Zeta", "Ba Đình"]
    assert sorted(names, key=sort_key) == [
        "An Lộc",
        "Ân Phú",
        "Ba Đình",
        "Dầu Giây",
        "Đồng Nai",
        "Xuân Đường",
        "Zeta",
    ]


def test_tones_break_ties_after_letters() -> None:
    assert sorted(["má", "ma", "mà", "mạ"], key=sort_key) == ["ma", "mà", "má", "mạ"]
    assert sorted(["an", "an lộc", "anh"], key=sort_key) == ["an", "an lộc", "anh"]


def test_dates() -> None:
    assert format_date(dt.date(2021, 3, 5)) == "05/03/2021"
    assert format_document_date(dt.date(2021, 3, 5)) == "ngày 05 tháng 3 năm 2021"
    assert format_document_date(dt.date(2022, 1, 28)) == "ngày 28 tháng 01 năm 2022"
