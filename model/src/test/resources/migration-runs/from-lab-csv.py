#!/usr/bin/env python3
"""Writes the fixtures in this folder from lab rows (docs/calibration-runs.md): for each completed row of the CSV
given, a QMP query-migrate reply as QEMU 7.2 prints it once the migration completed (lab-run-N.json) and its
inputs file (lab-run-N.inputs.json, only the columns known before migrating); with --libvirt, the
`virsh domjobinfo --completed` text libvirt prints for the same counters instead (lab-run-N.txt).
Usage: from-lab-csv.py RUNS.csv OUTDIR [--libvirt] [--settings id1,id2,...]"""
import csv, json, sys, os

MIB = 1 << 20

def rows(path, settings):
    with open(path) as f:
        lines = [l for l in f if not l.startswith('#') and l.strip()]
    for r in csv.DictReader(lines):
        if r['status'] == 'completed' and (not settings or r['setting_id'] in settings):
            yield r

def num(r, c):
    return float(r[c]) if r[c] else 0.0

def query_migrate(r):
    ram = {
        "transferred": int(num(r, 'transferred_bytes')), "remaining": 0,
        "total": int(num(r, "memory_mib") * MIB),
        "duplicate": int(num(r, 'duplicate_pages')), "normal": int(num(r, 'normal_pages')),
        "normal-bytes": int(num(r, 'normal_bytes')), "dirty-pages-rate": 0,
        "mbps": num(r, 'throughput_mbit_s'), "dirty-sync-count": int(num(r, 'dirty_sync_count')),
        "postcopy-requests": int(num(r, 'postcopy_requests')), "page-size": 4096,
        "multifd-bytes": int(num(r, 'multifd_bytes')), "pages-per-second": int(num(r, 'pages_per_second')),
        "precopy-bytes": int(num(r, 'precopy_bytes')), "downtime-bytes": int(num(r, 'downtime_bytes')),
        "postcopy-bytes": int(num(r, 'postcopy_bytes')), "dirty-sync-missed-zero-copy": 0}
    info = {"status": "completed", "setup-time": int(num(r, 'setup_time_ms')),
            "downtime": int(round(num(r, 'downtime_ms'))), "total-time": int(round(num(r, 'total_time_s') * 1000)),
            "ram": ram}
    if r['xbzrle'] == 'true':
        info["xbzrle-cache"] = {"cache-size": int(num(r, 'xbzrle_cache_mib') * MIB),
                                "bytes": int(num(r, 'xbzrle_bytes')), "pages": int(num(r, 'xbzrle_pages')),
                                "cache-miss": int(num(r, 'xbzrle_cache_miss')), "cache-miss-rate": 0,
                                "encoding-rate": 0, "overflow": int(num(r, 'xbzrle_overflow'))}
    return {"return": info}

def pretty(b):  # libvirt's prettyCapacity
    for unit in ["B", "KiB", "MiB", "GiB", "TiB"]:
        if b < 1024 or unit == "TiB":
            return "%.3f %s" % (b, unit)
        b /= 1024.0

def domjobinfo(r):
    total = num(r, "memory_mib") * MIB
    done = num(r, 'transferred_bytes')
    secs = num(r, 'total_time_s')
    lines = [("Job type:", "Completed"), ("Operation:", "Outgoing migration"),
             ("Time elapsed:", "%-12d ms" % round(secs * 1000)),
             ("Data processed:", pretty(done)), ("Data remaining:", pretty(0)), ("Data total:", pretty(total)),
             ("Memory processed:", pretty(done)), ("Memory remaining:", pretty(0)), ("Memory total:", pretty(total)),
             ("Memory bandwidth:", pretty(num(r, 'throughput_mbit_s') * 1e6 / 8) + "/s"),
             ("Dirty rate:", "%-12d pages/s" % 0), ("Page size:", "%-12d bytes" % 4096),
             ("Iteration:", "%-12d" % num(r, 'dirty_sync_count')),
             ("Postcopy requests:", "%-12d" % num(r, 'postcopy_requests')),
             ("Constant pages:", "%-12d" % num(r, 'duplicate_pages')),
             ("Normal pages:", "%-12d" % num(r, 'normal_pages')), ("Normal data:", pretty(num(r, 'normal_bytes'))),
             ("Total downtime:", "%-12d ms" % round(num(r, 'downtime_ms'))),
             ("Setup time:", "%-12d ms" % num(r, 'setup_time_ms'))]
    return "".join("%-17s %s\n" % (k, v.rstrip()) for k, v in lines)

def inputs(r, libvirt):
    d = {"memory": "%g MiB" % num(r, 'memory_mib'), "nonZeroMemory": "%g MiB" % num(r, 'nonzero_mib')}
    if num(r, 'working_set_mib') > 0:
        d["workingSet"] = "%g MiB" % num(r, 'working_set_mib')
    if num(r, 'dirty_rate_bitmap_mibps') > 0:
        d["dirtyRate"] = "%g MiB/s" % num(r, 'dirty_rate_bitmap_mibps')
        d["dirtyRateCalcTime"] = "1 s"
    m = {"maxBandwidth": 0 if r['max_bandwidth_mibps'] == 'none' else "%g MiB/s" % num(r, 'max_bandwidth_mibps'),
         "downtimeLimit": "%g ms" % num(r, 'downtime_limit_ms'), "multifd": int(num(r, 'multifd_channels')),
         "autoConverge": r['auto_converge'] == 'true', "transport": "tcp",
         "postcopyAfterPasses": int(num(r, 'postcopy_after_passes'))}
    if r['xbzrle'] == 'true':
        m["xbzrleCache"] = "%g MiB" % num(r, 'xbzrle_cache_mib')
    d["migration"] = m
    return d

def main():
    src, out = sys.argv[1], sys.argv[2]
    libvirt = '--libvirt' in sys.argv
    settings = set()
    if '--settings' in sys.argv:
        settings = set(sys.argv[sys.argv.index('--settings') + 1].split(','))
    for r in rows(src, settings):
        name = os.path.join(out, "lab-run-%s" % r['run_id'])
        with open(name + (".txt" if libvirt else ".json"), "w") as f:
            f.write(domjobinfo(r) if libvirt else json.dumps(query_migrate(r), indent=2) + "\n")
        with open(name + ".inputs.json", "w") as f:
            f.write(json.dumps(inputs(r, libvirt), indent=2) + "\n")

main()
