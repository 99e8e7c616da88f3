#!/usr/bin/env python3
"""Build assets/lexicon/given_names_faker.txt and surnames_faker.txt: given names and surnames
in Latin script from the person providers of Faker's locales.

Source: Faker (https://pypi.org/project/Faker/), Copyright (c) 2012 Daniele Faraglia,
MIT licence (see the header written into each list). Run with it installed:
    pip install faker==40.63.0 && python3 scripts/make_given_names.py
The lists are broad and hold words too ("Will", "Rosa", "Ford"): they only ever weigh the kind
(person or organization) of a run already taken for a name; the hand-made given_names.txt is the
list that also makes a name.
"""
import importlib, os, pkgutil, unicodedata
import faker.providers.person as person

from name_lists import LEX, fold, latin, listed, write_list

HEADER = """# {what} in Latin script, from the person providers of every locale of Faker {version}
# (https://pypi.org/project/Faker/). Made by scripts/make_given_names.py. Only weighs the kind of
# a run already taken for a name. Faker's licence:
#   Copyright (c) 2012 Daniele Faraglia
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this
#   software and associated documentation files (the "Software"), to deal in the Software
#   without restriction, including without limitation the rights to use, copy, modify, merge,
#   publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
#   to whom the Software is furnished to do so, subject to the following conditions: The above
#   copyright notice and this permission notice shall be included in all copies or substantial
#   portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
"""


def curated():
    return listed("given_names.txt")


def names(attr):
    out = set()
    for m in pkgutil.iter_modules(person.__path__):
        mod = importlib.import_module(f"{person.__name__}.{m.name}")
        p = getattr(mod, "Provider", None)
        for a in (attr, attr + "_male", attr + "_female", attr + "_nonbinary"):
            v = getattr(p, a, ()) or ()
            if not isinstance(v, (tuple, list, dict, set, frozenset)):
                continue
            for n in v:
                n = unicodedata.normalize("NFC", n.strip())
                if len(n) >= 3 and " " not in n and latin(n) and n[0].isupper() and not n.isupper():
                    out.add(n)
    return out


def main():
    import faker

    keep = curated()
    given = {n for n in names("first_names") if fold(n) not in keep}
    sur = set(names("last_names"))

    for fname, what, items in (
        ("given_names_faker.txt", "Given names", given),
        ("surnames_faker.txt", "Surnames", sur),
    ):
        write_list(fname, HEADER.format(what=what, version=faker.VERSION), items)


main()
