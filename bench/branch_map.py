#!/usr/bin/env python3
"""branch_map.py: where the mispredicted branches and the instructions of
presse.so are, by source line and by inlined function, from a callgrind
profile taken with branch simulation and per-instruction output:

  valgrind --tool=callgrind --branch-sim=yes --dump-instr=yes \\
      --callgrind-out-file=/tmp/q.cg sqlite3 /tmp/cg300.db \\
      -cmd '.load build/presse' \\
      "SELECT count(*) FROM docs d, quotes(d.body);"
  bench/branch_map.py /tmp/q.cg build/presse.so [N]

cg_annotate puts the cost of an inlined helper (ent_is_word(), q_tok_is(),
probe()) on the helper's line, whatever function it was inlined into; this
script maps each instruction address back through addr2line -i, so that a
branch is named by its line and the chain of functions it was inlined
into. Prints the N (30) worst branches (mispredictions, executions, chain),
then the cost of each function as inlined (Ir + 15 Bcm, the branch part of
the model in docs/quotes.md, with Bcm and Ir).
"""
import collections
import re
import subprocess
import sys


def read_profile(path, lib):
    names = {}

    def name(s):
        m = re.match(r"\((\d+)\)(?: (.*))?", s)
        if not m:
            return s
        if m.group(2):
            names[m.group(1)] = m.group(2)
        return names.get(m.group(1), s)

    ir = collections.Counter()
    bc = collections.Counter()
    bcm = collections.Counter()
    obj, addr, skip = None, 0, False
    with open(path) as f:
        for raw in f:
            raw = raw.rstrip("\n")
            if raw.startswith("ob="):
                obj = name(raw[3:])
                continue
            if raw.startswith("cob="):
                name(raw[4:])
                continue
            if raw.startswith("calls="):
                skip = True  # the next line is the call's inclusive cost
                continue
            if not raw or raw[0] not in "0123456789+-*":
                continue
            parts = raw.split()
            a = parts[0]
            if a.startswith("0x"):
                addr = int(a, 16)
            elif a[0] in "+-":
                addr += int(a)
            if skip:
                skip = False
                continue
            if not obj or not obj.endswith(lib):
                continue
            c = [int(x) for x in parts[2:]] + [0] * 5
            ir[addr] += c[0]
            bc[addr] += c[1]
            bcm[addr] += c[2]
    return ir, bc, bcm


def chains(lib, addrs):
    """addr -> [(function, file:line), ...], innermost first."""
    out = subprocess.run(
        ["addr2line", "-e", lib, "-i", "-f", "-a"] + [hex(a) for a in addrs],
        capture_output=True,
        text=True,
    ).stdout.split("\n")
    res, cur, lst, i = {}, None, [], 0
    while i < len(out):
        line = out[i]
        if line.startswith("0x"):
            if cur is not None:
                res[cur] = lst
            cur, lst = int(line, 16), []
            i += 1
            continue
        if line and i + 1 < len(out):
            lst.append((line, out[i + 1].split("/")[-1].split(" ")[0]))
            i += 2
            continue
        i += 1
    if cur is not None:
        res[cur] = lst
    return res


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    path, lib = sys.argv[1], sys.argv[2]
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    ir, bc, bcm = read_profile(path, lib.split("/")[-1])
    ch = chains(lib, sorted(ir))
    print("mispredicted  executed  branch (line <- inlined into)")
    for a, v in bcm.most_common(top):
        c = " <- ".join("%s@%s" % (fl, fn) for fn, fl in ch.get(a, []))
        print("%12d %9d  %s" % (v, bc[a], c[:200]))
    cost_ir = collections.Counter()
    cost_b = collections.Counter()
    for a in ir:
        c = ch.get(a)
        if not c:
            continue
        inner, outer = c[0][0], c[-1][0]
        k = outer if inner == outer else "%s in %s" % (inner, outer)
        cost_ir[k] += ir[a]
        cost_b[k] += bcm[a]
    print("\nIr + 15 Bcm       Bcm         Ir  function (as inlined)")
    for k in sorted(cost_ir, key=lambda k: -(cost_ir[k] + 15 * cost_b[k]))[:top]:
        print("%11d %9d %10d  %s" % (cost_ir[k] + 15 * cost_b[k], cost_b[k],
                                      cost_ir[k], k))


if __name__ == "__main__":
    main()
