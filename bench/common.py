"""What the bench scripts share: the installed `kaesong`, a user's environment, a median timing."""

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def kaesong_exe() -> str:
    """The `kaesong` installed beside this Python (the venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / "kaesong"
    found = str(beside) if beside.exists() else shutil.which("kaesong")
    if not found:
        sys.exit("bench: kaesong is not installed (pip install .)")
    return found


def user_env(**extra: str) -> dict:
    """The environment a user runs with: bytecode may be written (a wheel install has it), no
    fact base forced by KAESONG_DATA."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "KAESONG_DATA")}
    env.update(extra)
    return env


def median_ms(cmd: list[str], runs: int, env: dict) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def warm(exe: str, commands: list[list[str]], env: dict) -> None:
    """Run each command once, so bytecode and the index cache exist before timing."""
    for command in commands:
        subprocess.run([exe, *command], capture_output=True, env=env, check=False)
