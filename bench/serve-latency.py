#!/usr/bin/env python3
"""Edit-to-page latency of a preview server (`sitegen serve`, `hugo server`).

    bench/serve-latency.py --url URL --file FILE --pid PID --runs N --results PREFIX
                           [--ready-log LOG --ready-text TEXT]

Waits until the server is ready: URL answers 200 and, with --ready-log, the
server's log holds TEXT (the line a server prints once its first build is done
and it watches for changes; a 200 alone may come from an earlier run's output,
before the watcher exists, and an edit made then is never seen). Then, N times:
appends a paragraph with a unique marker sentence to FILE and GETs URL every
--interval seconds until the HTML contains the marker. The latency of a run is
the time from just before the file is opened for the write to the end of the
first response that contains the marker. Between runs it waits --settle seconds,
so that each edit starts a rebuild of its own.

Writes PREFIX.times (one latency in ms per line, in run order) and PREFIX.ms
("median min max" in ms, as bench/run's other scenarios). PID is the server's
process id: if it exits, the script stops at once instead of waiting for a page
that will never come (exit status 3 if it exits before the first answer, for
example because the port was taken). Standard library only.
"""

import argparse
import http.client
import os
import secrets
import statistics
import sys
import time
import urllib.parse


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (exited, not yet reaped by the shell) still answers kill(pid, 0).
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


class Poller:
    """GETs one URL, on a new connection each time.

    A new connection per request, with `Connection: close`: on a kept-alive connection
    the .NET HttpListener behind `sitegen serve` answered every request after the first
    about 40 ms late (TCP_NODELAY on this side made no difference; likely its headers
    and body go out as separate small writes and Nagle's algorithm holds the second
    until our delayed ACK), which would hide the latency under the poll. Over loopback
    a fresh connection costs well under 1 ms.
    """

    def __init__(self, url):
        parts = urllib.parse.urlsplit(url)
        self.host, self.port = parts.hostname, parts.port or 80
        self.path = parts.path or "/"
        if parts.query:
            self.path += "?" + parts.query
        self.requests = 0
        self.errors = 0

    def get(self):
        """(status, body), or (None, b"") when the request failed."""
        self.requests += 1
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            conn.request("GET", self.path, headers={"Connection": "close", "Cache-Control": "no-cache"})
            response = conn.getresponse()
            return response.status, response.read()
        except (OSError, http.client.HTTPException):
            # Refused while starting, or a response dropped while the output was replaced.
            self.errors += 1
            return None, b""
        finally:
            conn.close()


def fail(message, code=1):
    print(f"serve-latency: {message}", file=sys.stderr)
    sys.exit(code)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True, help="the page of the edited file")
    parser.add_argument("--file", required=True, help="the content file to append the marker to")
    parser.add_argument("--pid", type=int, required=True, help="the server's process id")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--results", required=True, help="prefix of the .times and .ms files")
    parser.add_argument("--interval", type=float, default=0.003, help="seconds between polls (default 0.003)")
    parser.add_argument("--settle", type=float, default=0.5, help="seconds between runs (default 0.5)")
    parser.add_argument("--ready-log", help="the server's log file")
    parser.add_argument("--ready-text", help="the text in --ready-log that says the server watches for changes")
    parser.add_argument("--ready-timeout", type=float, default=120, help="seconds to wait for the first build")
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait for one edit to show")
    args = parser.parse_args()

    poller = Poller(args.url)

    def logged():
        if not args.ready_log:
            return True
        try:
            with open(args.ready_log, encoding="utf-8", errors="replace") as f:
                return args.ready_text in f.read()
        except FileNotFoundError:
            return False

    deadline = time.monotonic() + args.ready_timeout
    status = None
    while True:
        if logged():
            status, _ = poller.get()
            if status == 200:
                break
        if not alive(args.pid):
            fail(f"the server (pid {args.pid}) exited before {args.url} answered", code=3)
        if time.monotonic() > deadline:
            what = f"{args.url} did not answer 200 (last status {status})" if logged() else f"{args.ready_log} did not say {args.ready_text!r}"
            fail(f"the server was not ready within {args.ready_timeout:.0f} s: {what}")
        time.sleep(0.05)
    time.sleep(args.settle * 2)  # let the watcher and the first build's aftermath go quiet

    latencies = []
    for run in range(1, args.runs + 1):
        marker = f"Serve latency marker {secrets.token_hex(8)} of run {run}."
        requests_before = poller.requests
        start = time.perf_counter()
        with open(args.file, "a", encoding="utf-8") as f:
            f.write(f"\n{marker}\n")
        needle = marker.encode("utf-8")
        limit = time.monotonic() + args.timeout
        while True:
            status, body = poller.get()
            if status == 200 and needle in body:
                latencies.append((time.perf_counter() - start) * 1000)
                break
            if not alive(args.pid):
                fail(f"the server (pid {args.pid}) exited during run {run}")
            if time.monotonic() > limit:
                fail(f"run {run}: {args.url} did not show the edit within {args.timeout:.0f} s")
            time.sleep(args.interval)
        print(f"    run {run}: {latencies[-1]:.1f} ms ({poller.requests - requests_before} requests)", file=sys.stderr)
        time.sleep(args.settle)

    with open(args.results + ".times", "w", encoding="ascii") as f:
        f.writelines(f"{ms:.3f}\n" for ms in latencies)
    with open(args.results + ".ms", "w", encoding="ascii") as f:
        f.write(f"{statistics.median(latencies)} {min(latencies)} {max(latencies)}\n")
    if poller.errors:
        print(f"    ({poller.errors} of {poller.requests} requests failed and were retried)", file=sys.stderr)


if __name__ == "__main__":
    main()
