"""`accords` ends through flows.cli.exit_now: what a normal exit delivers still arrives."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from flows.config import PROJECT_ROOT

_SCRIPT = textwrap.dedent("""
    import atexit, sys, threading, time
    from concurrent.futures import ThreadPoolExecutor
    from flows.cli import exit_now

    atexit.register(lambda: print("exit handler ran"))
    def late():
        time.sleep(0.3)
        print("thread finished")
    threading.Thread(target=late).start()
    pool = ThreadPoolExecutor(1)  # left open: its idle worker must not keep the process alive
    pool.submit(lambda: None).result()
    sys.stdout.write("buffered, not flushed")
    exit_now(3)
""")


def test_exit_now_joins_threads_runs_exit_handlers_flushes_and_keeps_the_code():
    proc = subprocess.run([sys.executable, "-c", _SCRIPT], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 3, proc.stderr
    out = proc.stdout
    assert "buffered, not flushed" in out
    assert out.index("thread finished") < out.index("exit handler ran")


def test_exit_now_on_a_closed_stdout_still_exits_with_the_code():
    script = "import sys; from flows.cli import exit_now; print('x'); sys.stdout.close(); exit_now(4)"
    proc = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 4, proc.stderr
