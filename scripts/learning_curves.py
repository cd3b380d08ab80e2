#!/usr/bin/env python3
"""Learning curves of "corpus order" against "most informative first", from `spandrel simulate --order`.

For each corpus (WikiANN: pool = the English train file, scored on the dev file; GMB: pool = all but the
last 1,500 sentences, scored on those 1,500) and each order, runs the CLI with several seeds (the seed
shuffles the pool: corpus order is then a random order, and ties in the ranking fall differently), and
writes:
  docs/learning-curves.json   every run's output
  docs/learning-curves.svg    mean F1 per point, one line per corpus and order (a plain SVG, no plotting library)
and prints the Markdown table the README shows.

usage: python3 scripts/learning_curves.py [--bin target/release/spandrel] [--limit 5000] [--seeds 1,2,3]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NER = os.path.join(ROOT, "..", "shared", "data", "ner")
CURVE = [100, 200, 500, 1000]


def split_gmb(tmp):
    sents = open(os.path.join(NER, "gmb-train.conll"), encoding="utf-8").read().strip().split("\n\n")
    pool, held = os.path.join(tmp, "gmb-pool.conll"), os.path.join(tmp, "gmb-heldout.conll")
    open(pool, "w", encoding="utf-8").write("\n\n".join(sents[:-1500]) + "\n")
    open(held, "w", encoding="utf-8").write("\n\n".join(sents[-1500:]) + "\n")
    return pool, held


def run(binary, pool, ev, order, seed, limit):
    cmd = [binary, "simulate", "--order", order, "--eval", ev, "--curve", ",".join(map(str, CURVE)),
           "--seed", str(seed), "--limit", str(limit), pool]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def svg(series):
    """series: [(name, colour, dash, [(x, y)])] → an SVG line chart (x on a log scale)."""
    import math
    w, h, left, right, top, bottom = 640, 360, 60, 190, 20, 50
    ys = [y for _, _, _, pts in series for _, y in pts]
    lo, hi = math.floor(min(ys) * 50) / 50, math.ceil(max(ys) * 50) / 50
    xs = CURVE
    lx = lambda x: left + (math.log(x) - math.log(xs[0])) / (math.log(xs[-1]) - math.log(xs[0])) * (w - left - right)
    ly = lambda y: top + (hi - y) / max(hi - lo, 1e-9) * (h - top - bottom)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="sans-serif" font-size="12">',
             f'<rect width="{w}" height="{h}" fill="white"/>']
    k = lo
    while k <= hi + 1e-9:
        parts.append(f'<line x1="{left}" x2="{w - right}" y1="{ly(k):.1f}" y2="{ly(k):.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{ly(k) + 4:.1f}" text-anchor="end">{k:.2f}</text>')
        k += 0.02
    for x in xs:
        parts.append(f'<text x="{lx(x):.1f}" y="{h - bottom + 18}" text-anchor="middle">{x}</text>')
    parts.append(f'<text x="{(left + w - right) / 2:.1f}" y="{h - 8}" text-anchor="middle">sentences annotated (log scale)</text>')
    parts.append(f'<text x="14" y="{(top + h - bottom) / 2:.1f}" transform="rotate(-90 14 {(top + h - bottom) / 2:.1f})" text-anchor="middle">exact span+label F1 (held-out)</text>')
    for i, (name, colour, dash, pts) in enumerate(series):
        d = " ".join(f"{lx(x):.1f},{ly(y):.1f}" for x, y in pts)
        parts.append(f'<polyline points="{d}" fill="none" stroke="{colour}" stroke-width="2" stroke-dasharray="{dash}"/>')
        yy = top + 16 * i + 6
        parts.append(f'<line x1="{w - right + 10}" x2="{w - right + 34}" y1="{yy}" y2="{yy}" stroke="{colour}" stroke-width="2" stroke-dasharray="{dash}"/>')
        parts.append(f'<text x="{w - right + 40}" y="{yy + 4}">{name}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "spandrel"))
    ap.add_argument("--limit", type=int, default=5000)
    ap.add_argument("--seeds", default="1,2,3")
    a = ap.parse_args()
    seeds = [int(s) for s in a.seeds.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        gmb_pool, gmb_held = split_gmb(tmp)
        corpora = [("WikiANN", os.path.join(NER, "wikiann-en-train.conll"), os.path.join(NER, "wikiann-en-dev.conll")),
                   ("GMB", gmb_pool, gmb_held)]
        runs = {}
        for name, pool, ev in corpora:
            for order in ["corpus", "uncertain"]:
                runs[(name, order)] = [run(a.bin, pool, ev, order, s, a.limit) for s in seeds]
    mean = lambda rs, i: sum(r["curve"][i]["f1"] for r in rs) / len(rs)
    spread = lambda rs, i: max(r["curve"][i]["f1"] for r in rs) - min(r["curve"][i]["f1"] for r in rs)
    os.makedirs(os.path.join(ROOT, "docs"), exist_ok=True)
    json.dump({f"{n}/{o}": rs for (n, o), rs in runs.items()}, open(os.path.join(ROOT, "docs", "learning-curves.json"), "w"), indent=1)
    colours = {"WikiANN": "#1f77b4", "GMB": "#d62728"}
    series = [(f"{n}, {'most informative' if o == 'uncertain' else 'corpus order'}", colours[n], "6,4" if o == "corpus" else "",
               [(CURVE[i], mean(rs, i)) for i in range(len(CURVE))]) for (n, o), rs in runs.items()]
    open(os.path.join(ROOT, "docs", "learning-curves.svg"), "w").write(svg(series))
    print(f"| corpus | order | F1 before | " + " | ".join(f"after {x}" for x in CURVE) + " |")
    print("|---|---|---|" + "---|" * len(CURVE))
    for (n, o), rs in runs.items():
        cells = " | ".join(f"{mean(rs, i):.3f} ± {spread(rs, i) / 2:.3f}" for i in range(len(CURVE)))
        print(f"| {n} | {'most informative first' if o == 'uncertain' else 'corpus order'} | {rs[0]['f1_before']:.3f} | {cells} |")
    print(f"\n(mean of seeds {a.seeds}; ± half the range between seeds; pool limited to {a.limit} sentences)")


if __name__ == "__main__":
    sys.exit(main())
