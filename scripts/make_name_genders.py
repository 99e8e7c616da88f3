#!/usr/bin/env python3
"""Build assets/lexicon/given_name_genders.txt: folded given names that Faker's locales list only
as women's names ("f") or only as men's ("m"). The claim pass reads "she said" and "he said" as
the latest woman or man the article spoke of; a name listed both ways is left out, and so is any
name Faker does not know.

Source: Faker (https://pypi.org/project/Faker/), Copyright (c) 2012 Daniele Faraglia, MIT
licence (see the header written into the list). Run with it installed:
    pip install faker==40.63.0 && python3 scripts/make_name_genders.py
"""
import importlib, os, pkgutil, unicodedata
import faker.providers.person as person

from name_lists import LEX, fold, latin

HEADER = """# Given names, folded, with "f" or "m" when every locale of Faker {version} lists them only as
# women's or only as men's names (https://pypi.org/project/Faker/). Made by
# scripts/make_name_genders.py. Used only to read "she said" and "he said". Faker's licence:
#   Copyright (c) 2012 Daniele Faraglia
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this
#   software and associated documentation files (the "Software"), to deal in the Software
#   without restriction, including without limitation the rights to use, copy, modify, merge,
#   publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
#   to whom the Software is furnished to do so, subject to the following conditions: The above
#   copyright notice and this permission notice shall be included in all copies or substantial
#   portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
"""


def main():
    import faker

    seen = {}
    for m in pkgutil.iter_modules(person.__path__):
        mod = importlib.import_module(f"{person.__name__}.{m.name}")
        p = getattr(mod, "Provider", None)
        for attr, g in (("first_names_female", "f"), ("first_names_male", "m")):
            v = getattr(p, attr, ()) or ()
            if not isinstance(v, (tuple, list, dict, set, frozenset)):
                continue
            for n in v:
                n = unicodedata.normalize("NFC", n.strip())
                if len(n) >= 2 and " " not in n and latin(n) and n[0].isupper():
                    seen.setdefault(fold(n), set()).add(g)
    rows = sorted((k, next(iter(v))) for k, v in seen.items() if len(v) == 1)
    with open(os.path.join(LEX, "given_name_genders.txt"), "w", encoding="utf-8") as out:
        out.write(HEADER.format(version=faker.VERSION))
        for k, g in rows:
            out.write(f"{k}\t{g}\n")
    print("given_name_genders.txt", len(rows))


main()
