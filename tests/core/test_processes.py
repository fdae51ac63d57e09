"""What /proc tells of a process: its stat fields whatever its command's name, whether it runs,
and its children."""

import os
import subprocess

from core.processes import alive, children, stat_fields
from tests.waiting import wait_until


def _started(command):
    return subprocess.Popen(["/bin/sh", "-c", command], start_new_session=True)  # noqa: S603


def test_a_processs_fields_are_counted_after_its_command_whatever_brackets_and_spaces_it_holds(
    tmp_path,
):
    # A command named with a space and a closing bracket: "a) b".
    named = tmp_path / "a) b"
    named.symlink_to("/bin/sleep")
    process = subprocess.Popen([str(named), "30"])  # noqa: S603 (sleep, named oddly)
    try:
        fields = stat_fields(process.pid)
        assert fields[0] in "RSD"  # its state
        assert int(fields[1]) == os.getpid()  # its parent, the fourth field
    finally:
        process.kill()
        process.wait()


def test_a_process_that_ended_is_not_alive_and_has_no_fields_once_reaped():
    process = _started("exit 0")
    assert wait_until(lambda: not alive(process.pid), 10)  # ended: a zombie until reaped
    process.wait()
    assert stat_fields(process.pid) is None
    assert not alive(process.pid)


def test_a_processs_children_are_found_and_none_where_proc_cannot_say():
    parent = _started("sleep 30 & sleep 30 & wait")
    try:
        assert wait_until(lambda: len(children(parent.pid)) == 2, 10)
        assert all(alive(pid) for pid in children(parent.pid))
    finally:
        os.killpg(parent.pid, 9)
        parent.wait()
    assert children(parent.pid) == []
