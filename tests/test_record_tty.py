"""A scripted terminal session: ``cchc record`` asks for what is missing, then writes the file."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO

pty = pytest.importorskip("pty")  # POSIX only; Windows has no pseudo-terminals to drive


class Terminal:
    """A child process on a pseudo-terminal: wait for text, type answers."""

    def __init__(self, args: list[str], cwd: Path) -> None:
        self.master, slave = pty.openpty()
        env = {**os.environ, "CCHC_LANG": "vi", "COLUMNS": "100", "NO_COLOR": "1"}
        env.pop("CCHC_PLAN", None)
        self.process = subprocess.Popen(
            args, stdin=slave, stdout=slave, stderr=slave, cwd=cwd, env=env, close_fds=True
        )
        os.close(slave)
        self.seen = ""

    def expect(self, text: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            left = deadline - time.monotonic()
            assert left > 0, f"waited for {text!r}; the screen shows:\n{self.seen}"
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:  # the child closed the terminal
                    chunk = b""
                assert chunk, f"ended before {text!r}; the screen shows:\n{self.seen}"
                self.seen += chunk.decode("utf-8", errors="replace").replace("\r\n", "\n")

    def type(self, line: str) -> None:
        os.write(self.master, line.encode("utf-8") + b"\n")

    def close(self) -> int:
        code = self.process.wait(timeout=30)
        os.close(self.master)
        return code


def test_record_asks_for_what_is_missing(tmp_path: Path) -> None:
    shutil.copytree(REPO / "examples" / "demo" / "plan", tmp_path / "plan")
    target = tmp_path / "plan" / "progress" / "2021-Q3" / "phong-noi-vu.yaml"
    term = Terminal([sys.executable, "-m", "cchc", "record"], tmp_path)
    try:
        term.expect("Đơn vị báo cáo:")
        term.expect("Chọn số hoặc gõ mã")
        term.type("phong-noi-vu")
        term.expect("Nhiệm vụ:")
        term.expect("V.1.5  Báo cáo UBND huyện")  # the unit's duties, with their text
        term.expect("Chọn số hoặc gõ mã")
        term.type("v.1.5")
        term.expect("Tình trạng:")
        term.expect("hoàn thành")
        term.expect("Chọn số hoặc gõ mã [1]")
        term.type("")  # Enter: done
        term.expect("Ngày thực hiện")
        term.type("28/9/2021")
        term.expect("tin-bai-web (tin, bài)")  # activity kinds with their measures
        term.type("tin bai web=3")
        term.expect("Số liệu")
        term.type("")
        term.expect("Văn bản làm căn cứ")
        term.type("60/BC-PNV")
        term.expect("Ghi chú")
        term.type("")
        term.expect("Ghi vào plan/progress/2021-Q3/phong-noi-vu.yaml:3?")
        term.type("")
        term.expect("Nhiệm vụ V.1.5 (9 tháng năm 2021): hoàn thành")
    finally:
        code = term.close()
    assert code == 0, term.seen
    assert target.read_text(encoding="utf-8").splitlines()[-6:] == [
        "  - assignment: V.1.5",
        "    occurrence: 2021-9M",
        "    date: 2021-09-28",
        "    state: done",
        "    counts: {tin-bai-web: 3}",
        "    evidence: [60/BC-PNV]",
    ]


def test_a_wrong_pick_is_asked_again(tmp_path: Path) -> None:
    shutil.copytree(REPO / "examples" / "demo" / "plan", tmp_path / "plan")
    args = [sys.executable, "-m", "cchc", "record", "V.4.1", "--unit", "noi vu"]
    term = Terminal([*args, "--date", "2/3/2021", "--note", "x"], tmp_path)
    try:
        term.expect("Chọn số hoặc gõ mã")
        term.type("99")
        term.expect("'99' không có trong danh sách; chọn số từ 1 đến 4")
        term.type("dang thuc hien")
        term.expect("Ghi vào")
        term.type("n")
        term.expect("Chưa ghi gì.")
    finally:
        code = term.close()
    assert code == 0
    before = (REPO / "examples/demo/plan/progress/2021-Q1/phong-noi-vu.yaml").read_bytes()
    assert (tmp_path / "plan/progress/2021-Q1/phong-noi-vu.yaml").read_bytes() == before
