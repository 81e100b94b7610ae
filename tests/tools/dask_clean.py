#!/usr/bin/env python3
"""Cleans a crawl on Dask distributed through NewsTools' stdin/stdout mode, and checks it against one process.

usage: dask_clean.py --pwsh "CMD ..." --stream PATH/Invoke-NewsToolsStream.ps1 --work DIR [--pages 2000] [--partitions 8] [--workers 2]

1. writes --pages synthetic news pages (our own template, varied words) as JSON Lines in --partitions files;
2. starts a LocalCluster of --workers worker processes on 127.0.0.1 (one thread each);
3. maps one task per partition: the worker pipes the partition through `pwsh -File Invoke-NewsToolsStream.ps1`
   (one pwsh per partition, its start-up paid once) and returns the output's lines;
4. runs the whole crawl through one process the same way;
5. compares: the union of the partitions' records must equal the single run's, record for record.
Prints one line per figure and exits 1 when the outputs differ.
"""
import argparse, hashlib, json, os, random, shlex, subprocess, sys, time


def page(i, rng):
    words = ["harbour", "council", "ferry", "timetable", "library", "budget", "school", "river", "bridge", "market",
             "station", "museum", "hospital", "park", "festival", "election", "housing", "transport", "weather", "port"]
    w = lambda n: " ".join(rng.choice(words) for _ in range(n))
    paras = "".join("<p>Paragraph %d of story %d: the %s said on Tuesday that %s would change next year, after %s.</p>" % (k, i, w(2), w(4), w(6))
                    for k in range(rng.randint(4, 9)))
    return ("<!DOCTYPE html><html lang=\"en\"><head><title>Story %d about the %s</title></head><body>"
            "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Story %d about the %s</h1>%s</article>"
            "<footer>Copyright 2024 Example News</footer></body></html>") % (i, w(2), i, w(2), paras)


def run_stream(pwsh, stream, in_path, out_path):
    cmd = shlex.split(pwsh) + ["-NoProfile", "-NonInteractive", "-File", stream]
    with open(in_path, "rb") as fin, open(out_path, "wb") as fout:
        t0 = time.time()
        proc = subprocess.run(cmd, stdin=fin, stdout=fout, stderr=subprocess.PIPE)
        dt = time.time() - t0
    if proc.returncode != 0:
        raise RuntimeError("stream mode failed (%d): %s" % (proc.returncode, proc.stderr.decode("utf-8", "replace")[-2000:]))
    return dt


def clean_partition(args):
    pwsh, stream, in_path, out_path = args
    dt = run_stream(pwsh, stream, in_path, out_path)
    with open(out_path, encoding="utf-8") as f:
        return dt, [line for line in f.read().splitlines() if line.strip()]


def key(record):
    r = json.loads(record)
    return (r.get("recordId"), hashlib.sha1((r.get("title") or "").encode() + b"\0" + (r.get("text") or "").encode()).hexdigest())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pwsh", required=True)
    ap.add_argument("--stream", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    rng = random.Random(20261207)
    parts = [open(os.path.join(a.work, "part-%d.jsonl" % p), "w", encoding="utf-8") for p in range(a.partitions)]
    with open(os.path.join(a.work, "all.jsonl"), "w", encoding="utf-8") as whole:
        for i in range(a.pages):
            line = json.dumps({"id": "page-%05d" % i, "url": "https://news.example/story-%d" % i, "html": page(i, rng)}) + "\n"
            parts[i % a.partitions].write(line)
            whole.write(line)
    for f in parts:
        f.close()

    from dask.distributed import Client, LocalCluster
    cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, silence_logs=40)
    client = Client(cluster)
    try:
        tasks = [(a.pwsh, a.stream, os.path.join(a.work, "part-%d.jsonl" % p), os.path.join(a.work, "out-%d.jsonl" % p)) for p in range(a.partitions)]
        t0 = time.time()
        results = client.gather(client.map(clean_partition, tasks, pure=False))
        t_cluster = time.time() - t0
    finally:
        client.close()
        cluster.close()
    union = [r for _, lines in results for r in lines]

    t_single = run_stream(a.pwsh, a.stream, os.path.join(a.work, "all.jsonl"), os.path.join(a.work, "out-all.jsonl"))
    with open(os.path.join(a.work, "out-all.jsonl"), encoding="utf-8") as f:
        single = [line for line in f.read().splitlines() if line.strip()]

    same = sorted(map(key, union)) == sorted(map(key, single))
    print("DASK pages=%d partitions=%d workers=%d cluster_s=%.1f single_s=%.1f speedup=%.2f union=%d single=%d identical=%s" % (
        a.pages, a.partitions, a.workers, t_cluster, t_single, t_single / t_cluster if t_cluster else 0, len(union), len(single), same))
    print("DASK pages_per_second cluster=%.1f single=%.1f" % (len(union) / t_cluster, len(single) / t_single))
    return 0 if same and len(single) == a.pages else 1


if __name__ == "__main__":
    sys.exit(main())
