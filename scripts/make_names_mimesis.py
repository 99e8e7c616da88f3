#!/usr/bin/env python3
"""Build assets/lexicon/given_names_mimesis.txt and surnames_mimesis.txt: the given names and
surnames of Mimesis's locales (Latin script) that Faker's lists and the hand-made list lack.

Faker's lists miss many names common in Portugal and Brazil ("Noémia", "Serafim", "Leonilde")
and elsewhere; Mimesis's person datasets hold others. Source: Mimesis
(https://pypi.org/project/mimesis/), Copyright (c) 2016 Isaak Uchakaev, MIT licence (see the
header written into each list). Run with it installed, after make_given_names.py:
    pip install mimesis==22.2.0 && python3 scripts/make_names_mimesis.py
Like Faker's, these lists only ever weigh the kind of a run already taken for a name.
"""
import glob, json, os, unicodedata

import mimesis

from name_lists import LEX, fold, latin, listed, write_list

DATA = os.path.join(os.path.dirname(mimesis.__file__), "datasets")
HEADER = """# {what} in Latin script from the person datasets of every locale of Mimesis {version}
# (https://pypi.org/project/mimesis/) that given_names*.txt / surnames_faker.txt lack. Made by
# scripts/make_names_mimesis.py. Only weighs the kind of a run already taken for a name.
# Mimesis's licence (MIT):
#   Copyright (c) 2016 Isaak Uchakaev (Likid Geimfari)
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this
#   software and associated documentation files (the "Software"), to deal in the Software
#   without restriction, including without limitation the rights to use, copy, modify, merge,
#   publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
#   to whom the Software is furnished to do so, subject to the following conditions: The above
#   copyright notice and this permission notice shall be included in all copies or substantial
#   portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
"""


def usable(n):
    return len(n) >= 3 and " " not in n and latin(n) and n[0].isupper() and not n.isupper()


def values(v):
    if isinstance(v, dict):
        for x in v.values():
            yield from values(x)
    elif isinstance(v, list):
        for x in v:
            yield from values(x)
    elif isinstance(v, str):
        yield unicodedata.normalize("NFC", v.strip())


def main():
    given, sur = set(), set()
    for f in sorted(glob.glob(os.path.join(DATA, "*", "person.json"))):
        d = json.load(open(f, encoding="utf-8"))
        given.update(n for n in values(d.get("names", {})) if usable(n))
        sur.update(n for n in values(d.get("surnames", {})) if usable(n))
    # A given name that is also a frequent word of the six languages ("Manga", "Enel") or a
    # place is left out: the broad lists would tip it to a person wherever it stands.
    common = {l.split("\t")[0] for l in open(os.path.join(LEX, "common_words.tsv"), encoding="utf-8")
              if not l.startswith("#")}
    places = listed("places.txt", "places_geonames.txt")
    known_given = listed("given_names.txt", "given_names_faker.txt") | common | places
    known_sur = listed("surnames_faker.txt") | places
    for fname, what, items, known in (
        ("given_names_mimesis.txt", "Given names", given, known_given),
        ("surnames_mimesis.txt", "Surnames", sur, known_sur),
    ):
        items = {n for n in items if fold(n) not in known}
        write_list(fname, HEADER.format(what=what, version=mimesis.__version__), items)


main()
