#!/usr/bin/env python3
"""Import graph of src/core, one node per file, and any cycles in it.

Edges come from every `use` of a crate path (`use crate::`, `use super::`, `use self::`, and the
relative `pub use child::` of a mod.rs), multi-line braces included, resolved to the deepest
module file that exists. Prints the edges with --edges, then each cycle; exits 1 if any.
Run: python3 scripts/core_cycles.py [--edges]
"""
import os, re, sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "src")
CORE = os.path.join(ROOT, "core")

def module_of(path):
    rel = os.path.relpath(path, ROOT)[:-3].split(os.sep)
    if rel[-1] == "mod":
        rel = rel[:-1]
    return rel  # e.g. ['core', 'programme', 'load']

def file_of(mod):
    base = os.path.join(ROOT, *mod)
    for f in (base + ".rs", os.path.join(base, "mod.rs")):
        if os.path.exists(f):
            return f
    return None

def strip_tests(text):
    # `#[cfg(test)] mod tests { ... }` uses the file itself; drop everything after it.
    m = re.search(r"#\[cfg\(test\)\]\s*mod \w+\s*\{", text)
    return text[: m.start()] if m else text

def expand(tree):
    """`a::{b, c::{d, e}}` -> ['a::b', 'a::c::d', 'a::c::e']"""
    tree = tree.replace(" ", "").replace("\n", "")
    depth, i = 0, tree.find("{")
    if i < 0:
        return [tree]
    prefix, inner = tree[:i], tree[i + 1 : -1]
    parts, cur = [], ""
    for ch in inner:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur); cur = ""
        else:
            cur += ch
    if cur:
        parts.append(cur)
    out = []
    for p in parts:
        for e in expand(p):
            out.append(prefix + e)
    return out

def edges_of(path):
    me = module_of(path)
    is_mod = path.endswith("mod.rs") or me == ["core"]
    text = strip_tests(open(path).read())
    children = set(re.findall(r"^\s*(?:pub(?:\([^)]*\))?\s+)?mod (\w+);", text, re.M))
    out = set()
    for m in re.finditer(r"^\s*(?:pub(?:\([^)]*\))?\s+)?use\s+([^;]+);", text, re.M):
        for p in expand(m.group(1)):
            segs = [s for s in p.split("::") if s]
            if not segs:
                continue
            if segs[0] == "crate":
                mod, rest = [], segs[1:]
            elif segs[0] in ("super", "self"):
                mod = list(me) if is_mod else list(me[:-1])
                if segs[0] == "self":
                    mod = list(me)
                rest = segs[1:]
                while rest and rest[0] == "super":
                    mod = mod[:-1]; rest = rest[1:]
                if segs[0] == "super" and is_mod:
                    mod = mod[:-1]
            elif segs[0] in children:
                mod, rest = list(me), segs
            else:
                continue  # std or an external crate
            # Walk down as far as module files exist.
            target = mod
            for s in rest:
                if s in ("*",) or file_of(target + [s]) is None:
                    break
                target = target + [s]
            if target[:1] != ["core"]:
                continue
            tf = file_of(target)
            if tf and os.path.abspath(tf) != os.path.abspath(path):
                out.add(os.path.relpath(tf, ROOT))
    return out

graph = {}
for d, _, fs in os.walk(CORE):
    for f in fs:
        if f.endswith(".rs"):
            p = os.path.join(d, f)
            graph[os.path.relpath(p, ROOT)] = edges_of(p)

if "--edges" in sys.argv:
    for a in sorted(graph):
        for b in sorted(graph[a]):
            print(f"{a} -> {b}")

# Tarjan's strongly connected components.
index, low, stack, on, sccs, n = {}, {}, [], set(), [], [0]
def visit(v):
    index[v] = low[v] = n[0]; n[0] += 1; stack.append(v); on.add(v)
    for w in graph.get(v, ()):
        if w not in index:
            visit(w); low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop(); on.discard(w); comp.append(w)
            if w == v:
                break
        if len(comp) > 1:
            sccs.append(sorted(comp))
sys.setrecursionlimit(10000)
for v in sorted(graph):
    if v not in index:
        visit(v)
for c in sccs:
    print("CYCLE among:", ", ".join(c))
print(f"{len(graph)} files, {sum(len(e) for e in graph.values())} edges, {len(sccs)} cycles")
sys.exit(1 if sccs else 0)
