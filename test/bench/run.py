#!/usr/bin/env python3
"""duv's benchmarks: the compared programs run side by side, interleaved, in
one run; medians and ratios are printed. Not a test: nothing here fails on
time, only on a wrong answer.

    python3 test/bench/run.py --build build/release [--runs N] [filter...]
    scons bench                      (the same for build/release)

startup  `duv -e 0` against `node -e 0` (and the bare Duktape harness on an
         empty file): median wall time and peak RSS of each child.
compute  every test/bench/compute/*.js under duv, under the bare Duktape
         harness (build/<mode>/bench/duk-bare: the same Duktape object, no
         duv) and under node. duv/bare shows what duv adds to plain JS.
         Median CPU time (user+sys) by default, which other load on the
         machine disturbs less than wall time; --metric wall for wall time.

fs       test/bench/bench-fs.js under duv and node (wall time, median of
         --fs-runs): copyFile of a 1 GiB file (beside `cp`), readFile of
         100 MB, 100k writeFile+readFile round trips of a small file and 100k
         stats, each sync and with callbacks, and a 1 GiB copy with
         createReadStream().pipe(createWriteStream()). Files live in a temporary
         folder under /tmp (--fs-dir) and are removed afterwards. The best
         run is printed beside the median: on a shared virtual machine the
         1 GiB rows are bimodal (a run takes 1.4 s or 2.3 s whichever
         program it is, by what the previous run left to the kernel; runs
         back to back alternate, so with the alternating order one program
         could draw more slow runs). The stream copy therefore starts each
         run after sync and --fs-settle seconds (default 2), which gives
         every run the same, slower, state, after one untimed copy by each
         program. --fs-cases streamcopy,stat runs only those.

addon     build/<mode>/bench/addon-call: add(a, b) called from JS through the
         extension API against a raw Duktape C function, in one process
         (it prints ns per call for both and the ratio).

--host NAME=COMMAND adds a host to the compute set (for instance a duk-bare
built with another Duktape configuration); its column is shown against bare.
"""
import argparse
import glob
import os
import time
import shlex
import statistics
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COMPUTE = os.path.join(TOP, 'test', 'bench', 'compute')
SPAWN = None  # build/<mode>/bench/bench-spawn, set by main()


# Variables that make node do more at start-up than it does by default
# (NODE_EXTRA_CA_CERTS alone made `node -e 0` 53 ms instead of 20 ms on the
# machine of docs/performance.md). Removed for every child unless --keep-env.
EXTRA_WORK_VARS = ('NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS')
CHILD_ENV = dict(os.environ)


def run_once(argv, out_path):
    """Runs argv through bench-spawn with stdout to out_path and stdin from
    /dev/null. Returns (wall seconds, CPU seconds, peak RSS in KiB, exit status)."""
    r = subprocess.run([SPAWN, out_path] + argv, stdout=subprocess.PIPE, check=True, env=CHILD_ENV)
    ns, cpu, rss, code = r.stdout.split()
    return int(ns) / 1e9, int(cpu) / 1e9, int(rss), int(code)


class Series:
    def __init__(self):
        self.times = []
        self.cpu = []
        self.rss = []
        self.output = None

    def median_ms(self, metric='wall'):
        return statistics.median(self.cpu if metric == 'cpu' else self.times) * 1000

    def median_rss(self):
        return statistics.median(self.rss)


def measure(cases, hosts, runs, tmp):
    """cases: [(name, argv suffix)]; hosts: [(host, argv prefix)]. Interleaves
    every (case, host) pair each round, rotating the host order so that no
    host always runs first. Returns {(case, host): Series}."""
    results = {(c, h): Series() for c, _ in cases for h, _ in hosts}
    out_path = os.path.join(tmp, 'out')
    for r in range(runs):
        for case, suffix in cases:
            k = r % len(hosts)
            for host, prefix in hosts[k:] + hosts[:k]:
                secs, cpu, rss, code = run_once(prefix + suffix, out_path)
                s = results[(case, host)]
                with open(out_path, 'rb') as f:
                    output = f.read()
                if code != 0:
                    sys.exit('bench: %s under %s exited %d:\n%s' % (case, host, code,
                                                                    output.decode(errors='replace')))
                if s.output is None:
                    s.output = output
                elif s.output != output:
                    sys.exit('bench: %s under %s printed different output on run %d' % (case, host, r))
                s.times.append(secs)
                s.cpu.append(cpu)
                s.rss.append(rss)
        print('  round %d/%d done' % (r + 1, runs), file=sys.stderr)
    return results


def ratio(a, b):
    return a / b if b else float('nan')


def bench_startup(args, tmp):
    empty = os.path.join(tmp, 'empty.js')
    open(empty, 'w').close()
    hosts = [('duv', [args.duv, '-e', '0']), ('node', [args.node, '-e', '0'])]
    if os.path.exists(args.bare):
        hosts.append(('bare', [args.bare, empty]))
    res = measure([('startup', [])], hosts, args.startup_runs, tmp)
    print('\nstartup (%d runs each, interleaved; medians)' % args.startup_runs)
    print('  %-22s %10s %10s' % ('command', 'wall ms', 'RSS KiB'))
    for host, prefix in hosts:
        s = res[('startup', host)]
        label = ' '.join(os.path.basename(prefix[0]) if i == 0 else a for i, a in enumerate(prefix))
        print('  %-22s %10.2f %10d' % (label[:22], s.median_ms(), s.median_rss()))
    d, n = res[('startup', 'duv')], res[('startup', 'node')]
    print('  node/duv: %.1fx the time, %.1fx the RSS (the bar: >= 10x both)'
          % (ratio(n.median_ms(), d.median_ms()), ratio(n.median_rss(), d.median_rss())))


def bench_compute(args, tmp):
    files = sorted(glob.glob(os.path.join(COMPUTE, '*.js')))
    if args.filter:
        files = [f for f in files if any(w in os.path.basename(f) for w in args.filter)]
    if not files:
        return
    cases = [(os.path.basename(f)[:-3], [f]) for f in files]
    hosts = [('duv', [args.duv]), ('bare', [args.bare])]
    extra = []
    for spec in args.host:
        name, _, cmd = spec.partition('=')
        hosts.append((name, shlex.split(cmd)))
        extra.append(name)
    if not args.no_node:
        hosts.append(('node', [args.node]))
    res = measure(cases, hosts, args.runs, tmp)
    for case, _ in cases:
        outs = set(res[(case, h)].output for h, _ in hosts)
        if len(outs) != 1:
            sys.exit('bench: the hosts disagree on the output of %s' % case)

    names = [h for h, _ in hosts]
    print('\ncompute (%d runs each, interleaved; median %s ms)'
          % (args.runs, 'CPU (user+sys)' if args.metric == 'cpu' else 'wall'))
    head = '  %-10s' % 'program' + ''.join('%9s' % h[:9] for h in names) + '  duv/bare'
    head += ''.join(' %14s' % (x[:9] + '/bare') for x in extra)
    if not args.no_node:
        head += '  duv/node'
    print(head)
    geo = {k: [] for k in ['duv/bare', 'duv/node'] + extra}
    for case, _ in cases:
        med = {h: res[(case, h)].median_ms(args.metric) for h in names}
        line = '  %-10s' % case + ''.join('%9.0f' % med[h] for h in names)
        r = ratio(med['duv'], med['bare'])
        geo['duv/bare'].append(r)
        line += '  %8.3f' % r
        for x in extra:
            r = ratio(med[x], med['bare'])
            geo[x].append(r)
            line += ' %14.3f' % r
        if not args.no_node:
            r = ratio(med['duv'], med['node'])
            geo['duv/node'].append(r)
            line += '  %8.1f' % r
        print(line)
    line = '  %-10s' % 'geomean' + ' ' * (9 * len(names))
    line += '  %8.3f' % statistics.geometric_mean(geo['duv/bare'])
    for x in extra:
        line += ' %14.3f' % statistics.geometric_mean(geo[x])
    if not args.no_node:
        line += '  %8.1f' % statistics.geometric_mean(geo['duv/node'])
    print(line)
    worst = max(geo['duv/bare'])
    print('  duv/bare worst %.3f (the bar: <= 1.05)' % worst)


def bench_addon(args):
    exe = os.path.join(os.path.abspath(args.build), 'bench', 'addon-call')
    if not os.access(exe, os.X_OK):
        sys.exit('bench: %s is missing; run `scons bench-build`' % exe)
    print()
    sys.stdout.flush()
    subprocess.run([exe], check=True, env=CHILD_ENV)


def bench_fs(args):
    script = os.path.join(TOP, 'test', 'bench', 'bench-fs.js')
    hosts = [('duv', [args.duv]), ('node', [args.node])]
    with tempfile.TemporaryDirectory(prefix='duv-bench-fs-', dir=args.fs_dir) as d:
        big = os.path.join(d, 'big.bin')
        mid = os.path.join(d, 'mid.bin')
        chunk = os.urandom(1 << 20)
        with open(big, 'wb') as f:
            for _ in range(1024):
                f.write(chunk)
        with open(mid, 'wb') as f:
            for _ in range(100):
                f.write(chunk)
        work = os.path.join(d, 'work')
        os.mkdir(work)
        stat_dir = os.path.join(d, 'stat')
        os.mkdir(stat_dir)
        subprocess.run([args.duv, script, 'prepare-stat', stat_dir], check=True, stdout=subprocess.DEVNULL)
        cases = [('copyFile 1 GiB', 'copyfile', work, big), ('copyFile 1 GiB (cb)', 'copyfile-cb', work, big),
                 ('readFile 100 MB', 'readfile', work, mid), ('readFile 100 MB (cb)', 'readfile-cb', work, mid),
                 ('100k write+readFile', 'roundtrip', work, None),
                 ('100k write+readFile (cb)', 'roundtrip-cb', work, None),
                 ('100k stat', 'stat', stat_dir, None), ('100k stat (cb)', 'stat-cb', stat_dir, None),
                 ('stream copy 1 GiB', 'streamcopy', work, big)]
        if args.fs_cases:
            cases = [c for c in cases if any(w in c[1] for w in args.fs_cases.split(','))]
        print('\nfs (wall ms, median and best of %d) duv       node   duv/node   best: duv      node  duv/node'
              % args.fs_runs)
        for title, case, wd, f in cases:
            res = {h: [] for h, _ in hosts}
            if case == 'streamcopy':
                # One untimed copy by each first: the first run after the
                # test files were written is slower for whichever runs it.
                for host, prefix in hosts:
                    subprocess.run(prefix + [script, case, wd, f], check=True, stdout=subprocess.DEVNULL,
                                   env=CHILD_ENV, timeout=300)
            for r in range(args.fs_runs):
                order = hosts if r % 2 == 0 else hosts[::-1]
                for host, prefix in order:
                    if case == 'streamcopy' and args.fs_settle > 0:
                        # Let the kernel finish with the last copy first (see above).
                        os.sync()
                        time.sleep(args.fs_settle)
                    argv = prefix + [script, case, wd] + ([f] if f else [])
                    out = subprocess.run(argv, check=True, stdout=subprocess.PIPE, env=CHILD_ENV, timeout=300)
                    res[host].append(float(out.stdout.decode().split()[-1]))
            dm, nm = statistics.median(res['duv']), statistics.median(res['node'])
            db, nb = min(res['duv']), min(res['node'])
            print('  %-30s %9.1f %9.1f %9.2f %13.1f %9.1f %9.2f' % (title, dm, nm, ratio(dm, nm), db, nb, ratio(db, nb)))
            sys.stdout.flush()
            if case == 'copyfile':
                times = []
                for _ in range(args.fs_runs):
                    t0 = time.perf_counter()
                    subprocess.run(['cp', big, os.path.join(work, 'cp-copy')], check=True)
                    times.append((time.perf_counter() - t0) * 1000)
                    os.unlink(os.path.join(work, 'cp-copy'))
                print('  %-30s %9.1f  (cp, a whole process)' % ('beside: cp 1 GiB', statistics.median(times)))


def bench_embed(args):
    exe = os.path.join(os.path.abspath(args.build), 'bench', 'embed')
    if not os.access(exe, os.X_OK):
        sys.exit('bench: %s is missing; run `scons bench-build`' % exe)
    print('\nembedding (include/duv.h)')
    sys.stdout.flush()
    subprocess.run([exe], check=True, env=CHILD_ENV)
    times = []
    for _ in range(15):
        t0 = time.perf_counter()
        subprocess.run([args.node, '-e', '0'], check=True, env=CHILD_ENV)
        times.append((time.perf_counter() - t0) * 1000)
    print('  beside: node -e 0               %.2f ms median of 15 (a whole process)' % statistics.median(times))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--build', default=os.path.join(TOP, 'build', 'release'))
    p.add_argument('--runs', type=int, default=7, help='runs per compute program and host')
    p.add_argument('--startup-runs', type=int, default=30)
    p.add_argument('--metric', choices=('cpu', 'wall'), default='cpu',
                   help='compute set: CPU time (default; steadier on a loaded machine) or wall time')
    p.add_argument('--node', default='node')
    p.add_argument('--host', action='append', default=[], metavar='NAME=COMMAND')
    p.add_argument('--no-node', action='store_true', help='leave node out of the compute set')
    p.add_argument('--keep-env', action='store_true',
                   help='keep %s in the children\'s environment' % ', '.join(EXTRA_WORK_VARS))
    p.add_argument('--no-startup', action='store_true')
    p.add_argument('--no-compute', action='store_true')
    p.add_argument('--no-addon', action='store_true')
    p.add_argument('--no-embed', action='store_true')
    p.add_argument('--no-fs', action='store_true')
    p.add_argument('--fs-runs', type=int, default=3)
    p.add_argument('--fs-dir', default='/tmp', help='where the fs section makes its files')
    p.add_argument('--fs-settle', type=float, default=2.0,
                   help='seconds of idle time (after sync) before each stream copy run')
    p.add_argument('--fs-cases', default='', metavar='A,B',
                   help='only the fs cases whose name contains one of these (copyfile, readfile, '
                   'roundtrip, stat, streamcopy)')
    p.add_argument('filter', nargs='*', help='compute programs whose name contains one of these')
    args = p.parse_args()
    args.duv = os.path.join(os.path.abspath(args.build), 'bin', 'duv')
    args.bare = os.path.join(os.path.abspath(args.build), 'bench', 'duk-bare')
    global SPAWN
    SPAWN = os.path.join(os.path.abspath(args.build), 'bench', 'bench-spawn')
    for path in (args.duv, args.bare, SPAWN):
        if not os.access(path, os.X_OK):
            sys.exit('bench: %s is missing; run `scons bench` or `scons bench-build`' % path)
    print('duv %s, bare %s, node %s' % (args.duv, args.bare, args.node))
    if not args.keep_env:
        removed = [v for v in EXTRA_WORK_VARS if CHILD_ENV.pop(v, None) is not None]
        if removed:
            print('removed from the environment (--keep-env keeps them): %s' % ', '.join(removed))
    with tempfile.TemporaryDirectory(prefix='duv-bench-') as tmp:
        if not args.no_startup:
            bench_startup(args, tmp)
        if not args.no_compute:
            bench_compute(args, tmp)
        if not args.no_addon:
            bench_addon(args)
        if not args.no_embed:
            bench_embed(args)
        if not args.no_fs:
            bench_fs(args)


if __name__ == '__main__':
    main()
