"""
Reads every table with the README's pandas code, as a reader would run it, and prints what
pandas made of each table as JSON for test/clients/pandas-readr-curl.test.ts to compare with
the JSON API.

stdin: {"documented_base": the base URL the README's code names,
        "recipe": the README's read_table block, "one_line": its NDJSON line,
        "datasets": [{"base": this server's base URL of a dataset, "tables": [table id, ...]}]}
stdout: {"pandas": version, "probes": {...}, "datasets": [{"base", "tables": {id: {"csv": frame, "ndjson": frame}}}]}

A frame is {"columns": [...], "dtypes": {...}, "values": {column: [cell, ...]}}, or {"error": text}.
Cells keep what JSON cannot say: NaN, None, pd.NA, NaT and timestamps are tagged objects,
floats are printed by repr (shortest round trip), so the test compares exact values.
"""
import json
import math
import os
import re
import sys
import tempfile

import pandas as pd


def cell(v):
    if v is None:
        return {"none": True}
    if v is pd.NA:
        return {"na": True}
    if v is pd.NaT:
        return {"nat": True}
    if isinstance(v, pd.Timestamp):
        return {"timestamp": v.isoformat()}
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        return {"nan": True} if math.isnan(v) else v
    return {"other": type(v).__name__, "repr": repr(v)}


def frame(df):
    # .astype(object) turns numpy scalars into Python ones (int64 → int, float64 → float).
    return {
        "columns": [str(c) for c in df.columns],
        "dtypes": {str(c): str(t) for c, t in df.dtypes.items()},
        "values": {str(c): [cell(v) for v in df[c].astype(object).tolist()] for c in df.columns},
    }


def attempt(read):
    try:
        return frame(read())
    except Exception as e:  # a reader's failure is a finding to report, not a crash
        return {"error": f"{type(e).__name__}: {e}"}


CSV_PROBE = 'id,code,note,amount,line,day\r\n"r1","08",NA,0.35,1,2021-01-31\r\n"r2",,,,,\r\n'
CSV_PROBE_FIELDS = [
    {"name": "id", "type": "string"},
    {"name": "code", "type": "string"},
    {"name": "note", "type": "string"},
    {"name": "amount", "type": "number"},
    {"name": "line", "type": "integer"},
    {"name": "day", "type": "date"},
]


def probes(job):
    """
    What the README claims of its code, on cases the data may not have: the NDJSON line reads
    0.35 exactly (and would not without precise_float=True); read_table keeps "NA" as text,
    "08" as "08", makes only an empty cell missing, and reads dates as dates.
    """
    with tempfile.TemporaryDirectory() as folder:
        os.mkdir(os.path.join(folder, "tables"))
        with open(os.path.join(folder, "tables", "probe.ndjson"), "w") as f:
            f.write('{"a":0.35}\n')
        with open(os.path.join(folder, "probe.csv"), "w", newline="") as f:
            f.write(CSV_PROBE)

        def line(code):
            scope = {"pd": pd, "base": folder, "name": "probe"}
            exec(code, scope)
            return scope["df"]["a"].iloc[0].item()

        # The recipe's own read_table, over a package of one local file: its lines that fetch are left out.
        fetches = re.compile(r"^(package = |\w+ = read_table\()")
        scope = {}
        exec("\n".join(l for l in job["recipe"].splitlines() if not fetches.match(l)), scope)
        scope["package"] = {"resources": [{"name": "probe", "path": os.path.join(folder, "probe.csv"), "schema": {"fields": CSV_PROBE_FIELDS}}]}
        return {
            "one_line": line(job["one_line"]),
            "one_line_without_precise_float": line(job["one_line"].replace(", precise_float=True", "")),
            "read_table": frame(scope["read_table"]("probe")),
        }


def main():
    job = json.load(sys.stdin)
    out = {"pandas": pd.__version__, "datasets": []}
    out["probes"] = probes(job)
    for ds in job["datasets"]:
        documented = f'base = "{job["documented_base"]}"'
        if documented not in job["recipe"]:
            raise SystemExit(f"the recipe does not assign {documented}")
        # The README's block as written, pointed at this server's dataset.
        recipe = {}
        exec(job["recipe"].replace(documented, f'base = "{ds["base"]}"'), recipe)
        tables = {}
        for name in ds["tables"]:
            def one_line():
                scope = {"pd": pd, "base": ds["base"], "name": name}
                exec(job["one_line"], scope)
                return scope["df"]

            tables[name] = {"csv": attempt(lambda: recipe["read_table"](name)), "ndjson": attempt(one_line)}
        out["datasets"].append({"base": ds["base"], "tables": tables})
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
