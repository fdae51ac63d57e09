"""What `bench_import.py` prints once every size is measured: the table of wall times and
memory, the CPU seconds of each run (by step for the single-process import), what reading
suggestions costs a document, and the verdicts against the targets below. Pure printing over
the rows `bench_import.measure` returns; bench/README.md says what each figure means.
"""

RATIO_TARGET = 1.5  # import time over parse-only time
FLAT_TARGET_MB = 5  # peak RSS at the largest N minus peak RSS at the smallest N
READING_TARGET_MS = 20  # what reading suggestions may add to a document's import


def print_table(rows, traced):
    header = ["N", "import", "parse s", "import s", "docs/s", "import/parse", "peak RSS MB"]
    header += ["RSS growth MB", "worker peak RSS MB"]
    header += ["traced peak MB"] if traced else []
    print()
    print("  ".join(f"{title:>{max(len(title), 8)}}" for title in header))
    for row in rows:
        cells = [str(row["n"]), row["mode"], f"{row['parse']:.3f}"]
        if "seconds" in row:
            growth = row["rss_growth"]
            cells += [f"{row['seconds']:.3f}", f"{row['n'] / row['seconds']:.0f}"]
            cells += [f"{row['seconds'] / row['parse']:.2f}", f"{row['rss_after']:.1f}"]
            cells += [f"{growth:.1f}", f"{row['worker_rss']:.1f}" if row["worker_rss"] else "-"]
        else:
            cells += ["failed"] + ["-"] * 5
        if traced:
            cells.append(f"{row['traced_peak']:.1f}" if row.get("traced_peak") else "-")
        print("  ".join(f"{c:>{max(len(t), 8)}}" for c, t in zip(cells, header, strict=True)))


def print_cpu_times(rows):
    """CPU seconds, which the load of a shared machine inflates far less than wall time.

    On an otherwise idle machine the import's wall time can come down to no less than the
    main process's CPU time, nor the workers' spread over the workers, nor the total spread
    over every core: the largest of these is printed over the parse-only CPU time. It is an
    estimate; the verdicts stay on wall time.
    """
    print("\nCPU seconds (best of the rounds), which other work on the machine inflates less:")
    for row in rows:
        if "seconds" not in row:
            continue
        line = f"  N={row['n']} {row['mode']}: parse-only {row['parse_cpu']:.2f}, "
        line += f"import main process {row['cpu']:.2f}"
        workers = row.get("workers") or 0
        if workers:
            line += f", {workers} worker{'s' if workers > 1 else ''} {row['worker_cpu']:.2f}"
        per_worker = row["worker_cpu"] / workers if workers else 0
        # Spread over the cores the import could use, as the importer counts them.
        bound = max(row["cpu"], per_worker, (row["cpu"] + row["worker_cpu"]) / row["cores"])
        print(f"{line}; idle-machine estimate / parse-only = {bound / row['parse_cpu']:.2f}")
        if row.get("steps"):
            steps = ", ".join(f"{step} {seconds:.2f}" for step, seconds in row["steps"].items())
            print(f"    by step (parse -> plan -> write, in one process): {steps}")


def print_suggestion_costs(rows):
    """What reading suggestions costs a document, against the issue's target.

    "reading" is the reader alone; "storing" is everything done for suggestions (rebuilding the
    reader's input from the stored rows, reading, matching, writing), both timed in the
    single-process import. "single - unread" is the difference in import wall time with and
    without suggestions, per document: the same cost seen from outside, noisier.
    """
    print("\nSuggestions, per document (single-process import, best of the rounds; wall time,")
    print("and the reader's CPU time, which a loaded machine inflates less):")
    for n in sorted({row["n"] for row in rows}):
        by_mode = {row["mode"]: row for row in rows if row["n"] == n and "seconds" in row}
        single = by_mode.get("single")
        if not single or not single.get("suggestions"):
            print(f"  N={n}: no single-process import with suggestions: no figures")
            continue
        costs = single["suggestions"]
        reading = costs["reading_ms"]
        line = f"  N={n}: reading {reading:.2f} ms ({costs['reading_cpu_ms']:.2f} ms of CPU), "
        line += f"storing in all {costs['storing_ms']:.2f} ms"
        if "unread" in by_mode:
            difference = 1000 * (single["seconds"] - by_mode["unread"]["seconds"]) / n
            line += f", single - unread {difference:.2f} ms"
        verdict = "PASS" if reading <= READING_TARGET_MS else "FAIL"
        print(f"{line}; reading: {verdict} (target <= {READING_TARGET_MS} ms)")


def print_verdicts(rows, modes):
    for mode in modes:
        mode_rows = [row for row in rows if row["mode"] == mode]
        done = [row for row in mode_rows if "seconds" in row]
        if not done:
            print(f"\n{mode}: no import finished: no verdict")
            continue
        worst = max(done, key=lambda row: row["seconds"] / row["parse"])
        ratio = worst["seconds"] / worst["parse"]
        passed = ratio <= RATIO_TARGET and len(done) == len(mode_rows)
        verdict = "PASS" if passed else "FAIL"
        print(
            f"\n{mode}: speed: {verdict}: import/parse <= {RATIO_TARGET} "
            f"(worst {ratio:.2f}, N={worst['n']})"
        )
        if len(done) < 2:
            print(f"{mode}: memory: no verdict, it needs two sizes")
            continue
        small, large = min(done, key=lambda row: row["n"]), max(done, key=lambda row: row["n"])
        # Every run starts from the same process (Django set up, migrated), so the peaks compare.
        peaks = [("main", small["rss_after"], large["rss_after"])]
        if small["worker_rss"] and large["worker_rss"]:
            peaks.append(("worker", small["worker_rss"], large["worker_rss"]))
        for who, small_peak, large_peak in peaks:
            grew = large_peak - small_peak
            verdict = "PASS (flat)" if grew <= FLAT_TARGET_MB else "FAIL (grows with N)"
            print(
                f"{mode}: memory ({who} process): {verdict}: peak RSS {large_peak:.1f} MB at "
                f"N={large['n']} vs {small_peak:.1f} MB at N={small['n']} "
                f"({grew:+.1f} MB, target <= +{FLAT_TARGET_MB} MB)"
            )
