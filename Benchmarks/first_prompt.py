#!/usr/bin/env python3
"""Time an interactive program in a pseudo-terminal until its first prompt appears.

Each run forks COMMAND in a new pseudo-terminal (80x24), reads its output until PROMPT
appears and records the time since the fork. After the prompt it waits --settle seconds and
reads VmRSS and VmHWM from /proc/PID/status as the idle memory. With --complete TEXT it then
runs each --setup line (waiting for the next prompt), types TEXT, waits for the echo, sends
one Tab and records the time until --expect appears.
Finally it types `exit` and kills the program if it has not ended after 2 seconds.

Prints one JSON object with the medians and every run's figures. Standard library only.

usage: first_prompt.py [--runs N] [--warmup N] [--prompt TEXT] [--settle SECONDS]
                       [--setup LINE]... [--complete TEXT --expect TEXT]
                       -- COMMAND [ARGUMENT...]
"""

import argparse
import fcntl
import json
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time

READ_SIZE = 65536


class ProbeError(Exception):
    pass


def read_until(descriptor, output, needle, deadline, start_offset=0):
    """Read from descriptor into output until needle appears after start_offset.

    Returns the time.perf_counter() value when it appeared. Raises ProbeError on timeout or
    when the program closes the terminal first.
    """
    while output.find(needle, start_offset) < 0:
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            raise ProbeError(f"timed out waiting for {needle!r}; output so far: "
                             f"{bytes(output[-200:])!r}")
        ready, _, _ = select.select([descriptor], [], [], remaining)
        if not ready:
            continue
        try:
            chunk = os.read(descriptor, READ_SIZE)
        except OSError:
            chunk = b""
        if not chunk:
            raise ProbeError(f"the program closed the terminal before {needle!r}; output: "
                             f"{bytes(output[-200:])!r}")
        output += chunk
    return time.perf_counter()


def drain(descriptor, output, seconds):
    """Read whatever arrives for the given time, so the program does not block on a full pty."""
    deadline = time.perf_counter() + seconds
    while True:
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            return
        ready, _, _ = select.select([descriptor], [], [], remaining)
        if ready:
            try:
                chunk = os.read(descriptor, READ_SIZE)
            except OSError:
                return
            if not chunk:
                return
            output += chunk


def memory_kilobytes(pid):
    """Return VmRSS and VmHWM of pid in kB, from /proc/PID/status."""
    figures = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                figures[key] = int(value.split()[0])
    return figures.get("VmRSS"), figures.get("VmHWM")


def stop(pid, descriptor, output):
    """Type exit, then kill the program if it is still running 2 seconds later."""
    try:
        os.write(descriptor, b"\x15exit\r")
    except OSError:
        pass
    deadline = time.perf_counter() + 2
    while time.perf_counter() < deadline:
        finished, _ = os.waitpid(pid, os.WNOHANG)
        if finished:
            break
        drain(descriptor, output, 0.02)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(descriptor)


def run_once(command, arguments):
    start = time.perf_counter()
    pid, descriptor = pty.fork()
    if pid == 0:
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    fcntl.ioctl(descriptor, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    output = bytearray()
    result = {}
    try:
        deadline = start + arguments.timeout
        prompt_seen = read_until(descriptor, output, arguments.prompt.encode(), deadline)
        result["prompt_ms"] = (prompt_seen - start) * 1000
        drain(descriptor, output, arguments.settle)
        result["rss_kb"], result["hwm_kb"] = memory_kilobytes(pid)
        for line in arguments.setup if arguments.complete else []:
            offset = len(output)
            os.write(descriptor, line.encode() + b"\r")
            read_until(descriptor, output, arguments.prompt.encode(),
                       time.perf_counter() + arguments.timeout, offset)
        if arguments.complete:
            typed = arguments.complete.encode()
            os.write(descriptor, typed)
            offset = len(output)
            read_until(descriptor, output, typed[-8:], time.perf_counter() + 2, offset)
            drain(descriptor, output, 0.05)
            offset = len(output)
            sent = time.perf_counter()
            os.write(descriptor, b"\t")
            try:
                completed = read_until(descriptor, output, arguments.expect.encode(),
                                       sent + arguments.completion_timeout, offset)
                result["completion_ms"] = (completed - sent) * 1000
            except ProbeError:
                result["completion_ms"] = None
                result["completion_output"] = bytes(output[offset:]).decode("utf-8", "replace")
    finally:
        stop(pid, descriptor, output)
    return result


def median_of(runs, key):
    values = [run[key] for run in runs if run.get(key) is not None]
    return statistics.median(values) if values else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="measured runs (default 20)")
    parser.add_argument("--warmup", type=int, default=2, help="runs not counted (default 2)")
    parser.add_argument("--prompt", default="> ", help="bytes that mark the prompt")
    parser.add_argument("--settle", type=float, default=0.2,
                        help="seconds to wait after the prompt before reading memory")
    parser.add_argument("--timeout", type=float, default=10,
                        help="seconds allowed for the prompt (default 10)")
    parser.add_argument("--setup", action="append", default=[], metavar="LINE",
                        help="a command to run before typing --complete (repeatable)")
    parser.add_argument("--complete", help="text to type before pressing Tab")
    parser.add_argument("--completion-timeout", type=float, default=1,
                        help="seconds allowed for the completion to show (default 1)")
    parser.add_argument("--expect", help="text the completion must show")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    arguments = parser.parse_args()

    command = arguments.command[1:] if arguments.command[:1] == ["--"] else arguments.command
    if not command:
        parser.error("missing COMMAND")
    if arguments.complete and not arguments.expect:
        parser.error("--complete needs --expect")

    runs = []
    completion_output = None
    try:
        for index in range(arguments.warmup + arguments.runs):
            result = run_once(command, arguments)
            if index >= arguments.warmup:
                runs.append(result)
            if arguments.complete and result.get("completion_ms") is None:
                completion_output = result["completion_output"]
                # Tab did not complete: later runs would only wait for the timeout again.
                print("first_prompt.py: Tab showed no completion; timing the prompt only",
                      file=sys.stderr)
                arguments.complete = None
    except ProbeError as error:
        print(f"first_prompt.py: {error}", file=sys.stderr)
        sys.exit(1)

    summary = {
        "command": command,
        "runs": runs,
        "prompt_ms": median_of(runs, "prompt_ms"),
        "rss_kb": median_of(runs, "rss_kb"),
        "hwm_kb": median_of(runs, "hwm_kb"),
    }
    if arguments.expect:
        summary["completion_ms"] = median_of(runs, "completion_ms")
        if completion_output is not None:
            summary["completion_output"] = completion_output
    json.dump(summary, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
