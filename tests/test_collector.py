"""The collector's thresholds during a build (vardlager/collector.py): raised while builds run, back after."""

import gc
import threading

from vardlager.collector import YOUNG_THRESHOLD, fewer_collections


def test_a_build_collects_less_and_gives_the_thresholds_back():
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == (max(YOUNG_THRESHOLD, before[0]), *before[1:])
        with fewer_collections():  # a second build in the same process, e.g. in another thread
            pass
        assert gc.get_threshold()[0] == max(YOUNG_THRESHOLD, before[0])
    assert gc.get_threshold() == before


def test_builds_in_threads_at_once_leave_the_thresholds_as_they_were():
    before = gc.get_threshold()
    inside, leave = threading.Barrier(3), threading.Event()

    def build():
        with fewer_collections():
            inside.wait()
            leave.wait()

    threads = [threading.Thread(target=build) for _ in range(2)]
    for thread in threads:
        thread.start()
    inside.wait()
    assert gc.get_threshold()[0] == max(YOUNG_THRESHOLD, before[0])
    leave.set()
    for thread in threads:
        thread.join()
    assert gc.get_threshold() == before
