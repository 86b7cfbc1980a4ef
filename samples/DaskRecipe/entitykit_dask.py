#!/usr/bin/env python3
"""EntityKit over sharded JSONL with Dask distributed: one long-lived `entitykit analyze -` per worker.

Every worker process starts one `entitykit analyze - --quiet --threads 1` when it joins (a WorkerPlugin) and keeps
it for all the shards it is given: the model is loaded once per worker, not once per shard. A shard's lines are
written to the process's stdin while its answers are read back, one record per non-blank line, in order (the tool
flushes each record when it reads stdin). Records of unreadable or failed articles carry "error"; nothing is dropped.

    python3 entitykit_dask.py --shards 'news/*.jsonl' --output entities/ --workers 4
    python3 entitykit_dask.py --shards 'news/*.jsonl' --output entities/ --scheduler tcp://scheduler:8786

Prints one JSON summary on stdout: per shard its records, errors, worker and entitykit process id.
"""
import argparse
import glob
import json
import os
import shlex
import subprocess
import sys
import threading

from distributed import Client, LocalCluster, WorkerPlugin, get_worker

PLUGIN_NAME = "entitykit"
BLANK = b" \t\r\n"
BOM = b"\xef\xbb\xbf"
# After each shard one empty article with this id prefix is sent and its record read back: the tool writes a record
# for an unreadable line only when the next article's result comes, so the barrier makes every record of the shard
# (a malformed last line included) come out before the shard is done.
BARRIER_PREFIX = "__entitykit_dask_barrier__"


def barrier_line(barrier_id):
    return json.dumps({"id": barrier_id, "text": ""}).encode()


class EntityKitProcess:
    """One `entitykit analyze -` child process, used by one task at a time."""

    def __init__(self, command, stderr_path):
        self._stderr = open(stderr_path, "ab")
        self._process = subprocess.Popen(
            command + ["analyze", "-", "--quiet", "--threads", "1"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr)
        self._lock = threading.Lock()
        self._barriers = 0

    @property
    def pid(self):
        return self._process.pid

    def analyze(self, lines):
        """Sends the non-blank lines and returns their records, in order. Writes on a thread of its own, so that
        neither pipe can fill up while the other side waits."""
        with self._lock:
            self._barriers += 1
            barrier_id = f"{BARRIER_PREFIX}{self._barriers}"
            failure = []
            writer = threading.Thread(target=self._write, args=(lines + [barrier_line(barrier_id)], failure), daemon=True)
            writer.start()
            records = []
            for _ in range(len(lines) + 1):
                record = self._process.stdout.readline()
                if not record:
                    code = self._process.poll()
                    raise RuntimeError(f"entitykit exited (code {code}) after {len(records)} of {len(lines)} records")
                records.append(record)
            writer.join()
            if failure:
                raise failure[0]
            if json.loads(records[-1]).get("id") != barrier_id:
                raise RuntimeError(f"entitykit answered out of step: expected the barrier record {barrier_id}")
            return records[:-1]

    def _write(self, lines, failure):
        try:
            for line in lines:
                self._process.stdin.write(line + b"\n")
            self._process.stdin.flush()
        except OSError as error:
            failure.append(error)

    def close(self):
        self._process.stdin.close()
        self._process.wait(timeout=60)
        self._stderr.close()


class EntityKitPlugin(WorkerPlugin):
    """Starts the worker's entitykit process when the worker starts and ends it when the worker closes."""

    name = PLUGIN_NAME

    def __init__(self, command):
        self.command = command
        self.process = None

    def setup(self, worker):
        stderr_path = os.path.join(worker.local_directory, "entitykit.stderr")
        self.process = EntityKitProcess(self.command, stderr_path)

    def teardown(self, worker):
        if self.process is not None:
            self.process.close()


def shard_lines(path):
    """The shard's non-blank lines (the ones entitykit answers), a byte-order mark removed from the first."""
    with open(path, "rb") as shard:
        data = shard.read()
    if data.startswith(BOM):
        data = data[len(BOM):]
    return [line for line in data.split(b"\n") if line.strip(BLANK)]


def analyze_shard(path, output_dir):
    """Runs one shard through this worker's entitykit and writes `<shard>.entities.jsonl` in output_dir."""
    worker = get_worker()
    process = worker.plugins[PLUGIN_NAME].process
    records = process.analyze(shard_lines(path))
    name = os.path.splitext(os.path.basename(path))[0] + ".entities.jsonl"
    with open(os.path.join(output_dir, name), "wb") as output:
        output.writelines(records)
    errors = sum(1 for record in records if json.loads(record).get("error") is not None)
    return {"shard": path, "records": len(records), "errors": errors, "worker": worker.address, "entitykit_pid": process.pid}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shards", required=True, help="glob of the JSONL shards, e.g. 'news/*.jsonl'")
    parser.add_argument("--output", required=True, help="directory for the <shard>.entities.jsonl files")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler; default: a local cluster")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster (default 2)")
    parser.add_argument("--entitykit", default="entitykit", help="how to run the tool, e.g. 'dotnet /opt/entitykit/EntityKit.Cli.dll'")
    args = parser.parse_args()

    shards = sorted(glob.glob(args.shards))
    if not shards:
        sys.exit(f"entitykit_dask: no shard matches {args.shards!r}")
    os.makedirs(args.output, exist_ok=True)

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        client.register_worker_plugin(EntityKitPlugin(shlex.split(args.entitykit)))
        futures = client.map(analyze_shard, shards, output_dir=os.path.abspath(args.output), pure=False)
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    summary = {
        "shards": results,
        "records": sum(r["records"] for r in results),
        "errors": sum(r["errors"] for r in results),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
