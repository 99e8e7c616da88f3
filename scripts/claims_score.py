#!/usr/bin/env python3
"""Score dossier's claims against a hand-made gold list, as docs/quality.md reports them.

usage: claims_score.py DOSSIER_DIR GOLD_TOML [-v]      (env DOSSIER = binary, default release)

The gold lists what a careful reader would: [[claim]] article (file stem), sentence_starts,
kind, party (a name or alias; "" for none), and [[not_claim]] article, sentence_starts for
plain facts that must not become claims. A claim is found when a claim of that article has a
sentence starting with sentence_starts (whitespace and quotes normalised).
"""
import json, os, re, subprocess, sys, tomllib

def norm(s):
    s = re.sub(r"[\"“”„«»‚‘’'»«]", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()

def main():
    d_dir, gold_path = sys.argv[1], sys.argv[2]
    verbose = "-v" in sys.argv
    exe = os.environ.get("DOSSIER", "target/release/dossier")
    out = subprocess.run([exe, "export", d_dir, "--format", "json"], capture_output=True, check=True)
    d = json.loads(out.stdout)
    gold = tomllib.load(open(gold_path, "rb"))
    stem = {a["id"]: os.path.splitext(a["file"])[0] for a in d["articles"]}
    names = {}
    for e in d["entities"]:
        names[e["id"]] = {norm(e["name"])} | {norm(a) for a in e.get("aliases", [])}
    by_art = {}
    for c in d["claims"]:
        by_art.setdefault(stem[c["article"]], []).append(c)

    def find(art, starts):
        k = norm(starts)
        for c in by_art.get(art, []):
            if norm(c["text"]).startswith(k) or k in norm(c["text"])[:len(k) + 40]:
                return c
        return None

    # The prosecution goes by many names in gold lists ("Prosecutors", "le parquet", "la
    # Procura"); dossier has one row for it, the institution of assets/lexicon/institutions.toml.
    prosecution = {"prosecution", "prosecutors", "prosecutor", "prosecutor's office", "the prosecution", "fiscalia", "fiscalía", "parquet",
                   "ministere public", "ministère public", "staatsanwaltschaft", "procura",
                   "pubblico ministero", "ministerio publico", "ministério público", "promotoria",
                   "ministerio fiscal", "procura della repubblica", "public prosecutor's office"}
    prosecution = {norm(p) for p in prosecution}

    def party_ok(c, want):
        # A ruling has no party in the export; a gold list that names who decided (an
        # authority) agrees with its speaker.
        if not want:
            return c["party"] is None
        who = c["party"] if c["kind"] != "ruling" else c["party"] or c.get("speaker")
        if who is None:
            # A ruling of a bench the text does not name ("a jury", "il tribunale", "the
            # court"): no row can name it, and a ruling is the bench's by its kind.
            return c["kind"] == "ruling" and unnamed_bench(want)
        return named_ok(who, want, c)

    bench_words = {"court", "courts", "jury", "judge", "judges", "panel", "tribunal", "tribunale",
                   "cour", "corte", "juge", "juez", "jueza", "jurado", "jurados", "juiz", "juiza",
                   "jurados", "giudice", "giudici", "giuria", "gericht", "richter", "richterin",
                   "geschworenen", "jurys", "bench", "magistrate"}
    all_names = set().union(*names.values()) if names else set()

    def unnamed_bench(want):
        w = norm(want)
        words = set(re.findall(r"\w+", w))
        return bool(words & bench_words) and w not in all_names and not any(w in n for n in all_names)

    def named_ok(who, want, c):
        got = names.get(who, set())
        # "US prosecutors", "Manhattan prosecutors", "la fiscalía de Manhattan": the
        # prosecution, whatever place the gold list names with it.
        if norm(want) in prosecution or set(norm(want).split()) & prosecution:
            return bool(got & prosecution)
        # A name of several words inside a longer form of it ("Data Protection Commission",
        # "Irish Data Protection Commission") is the same party.
        w = norm(want)
        # A gold list that names the person who spoke for a party ("Thomas Regnier", the
        # Commission's spokesman) agrees with a claim on that party with that speaker.
        spoke = names.get(c.get("speaker"), set())
        return w in got or w in spoke or (" " in w and any(w in g for g in got | spoke))

    found = party = kind = both = 0
    golds = gold.get("claim", [])
    for g in golds:
        c = find(g["article"], g["sentence_starts"])
        if c is None:
            if verbose: print("MISS ", g["article"], g["kind"], g.get("party"), "|", g["sentence_starts"])
            continue
        found += 1
        p, k = party_ok(c, g.get("party", "")), c["kind"] == g["kind"]
        party += p; kind += k; both += p and k
        if verbose and not (p and k):
            print("WRONG", g["article"], f"want {g['kind']}/{g.get('party')!r} got {c['kind']}/{c['party']!r}", "|", g["sentence_starts"])
    facts = 0
    for n in gold.get("not_claim", []):
        if find(n["article"], n["sentence_starts"]):
            facts += 1
            if verbose: print("FACT ", n["article"], "|", n["sentence_starts"])
    listed = {(g["article"], norm(g["sentence_starts"])) for g in golds}
    extra = [c for cs in by_art.values() for c in cs
             if not any(a == stem[c["article"]] and (norm(c["text"]).startswith(s)) for a, s in listed)]
    if verbose:
        for c in extra: print("EXTRA", stem[c["article"]], c["kind"], c["party"], "|", c["text"][:90])
    n = len(golds) or 1
    answers = max((len(c["answers"]) for c in d["claims"]), default=0)
    print(f"{len(golds)} claims: found {found} ({100*found/n:.0f}%), party right {party}/{found} "
          f"({100*party/max(found,1):.0f}%), kind right {kind}/{found} ({100*kind/max(found,1):.0f}%), "
          f"end to end {both} ({100*both/n:.0f}%); facts taken {facts}/{len(gold.get('not_claim', []))}; "
          f"claims not in the gold {len(extra)}; largest answers {answers}")

main()
