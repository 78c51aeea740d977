#!/usr/bin/env python3
"""Sorts a Helgrind log of weft into what matters and what does not.

Usage: python3 tests/stress/helgrind_triage.py helgrind.log

weft's synchronisation is built on parking_lot and atomics, which wait on
futexes directly; Helgrind understands only pthread primitives, so it cannot
see that a parking_lot mutex orders the accesses it guards, and it reports
them as races. The GIL itself is announced to Helgrind by client requests
(build with `--features weft-gil/helgrind`, see
crates/weft-gil/src/race_annotations.rs), so accesses to Python objects made
under the GIL are ordered in Helgrind's eyes.

A report is *explained by a lock Helgrind cannot see* when the innermost
frames of either of its two stacks are the code of such a lock (parking_lot,
the GIL's own state, weft's LockCore, the OS-thread pool's handoff, std's
channels and once-cells). Only the innermost frames count: every thread's
stack bottoms out in thread-start code, and a race on a Python object would
show the VM at the top of both stacks. Every other report is a *candidate
race* — two threads touching the same memory with no GIL handoff between —
and is printed in full. The exit status is 1 if there is any candidate.
"""

import re
import sys

# Frames that belong to synchronisation Helgrind cannot see.
HIDDEN_SYNC = re.compile(
    r"parking_lot|weft_gil::Gil::|weft_gil::Reacquire|LockCore|acquire_core|"
    r"os_threads::(run|park)|\b(run|park) \(os_threads\.rs:|std::sync::(mpmc|mpsc|once|poison|lazy_lock|once_lock)|"
    r"std::thread::current|stack_overflow::thread_info|signal_hook|std::sys::sync"
)
# How many innermost frames of each stack are looked at (inlined frames of
# collections used under such a lock come first).
INNERMOST = 10


def stacks(report):
    """The report's stacks (lists of frame lines), innermost frame first."""
    found, current = [], []
    for line in report:
        if re.match(r"\s+(at|by) 0x", line):
            current.append(line)
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def explained(report):
    """Whether the first two stacks (the two accesses) show a hidden lock."""
    return any(HIDDEN_SYNC.search(frame)
               for stack in stacks(report)[:2] for frame in stack[:INNERMOST])


def reports(lines):
    """Yields each 'Possible data race' report as a list of its lines."""
    current = None
    for line in lines:
        text = re.sub(r"^==\d+== ?", "", line.rstrip("\n"))
        if text.startswith("Possible data race"):
            if current:
                yield current
            current = [text]
        elif current is not None:
            if text.startswith(("Thread #", "---", "ERROR SUMMARY", "HEAP SUMMARY")) or (
                    text and not text.startswith(" ") and not text.startswith("This conflicts")
                    and not text.startswith("Locks held") and not text.startswith("Address")):
                yield current
                current = None
            else:
                current.append(text)
    if current:
        yield current


def main():
    with open(sys.argv[1], errors="replace") as f:
        found = list(reports(f))
    candidates = [r for r in found if not explained(r)]
    print("helgrind reports: %d; explained by locks helgrind cannot see: %d; "
          "candidate races: %d" % (len(found), len(found) - len(candidates), len(candidates)))
    for r in candidates:
        print()
        print("\n".join(r), flush=True)
    return 1 if candidates else 0


if __name__ == "__main__":
    sys.exit(main())
