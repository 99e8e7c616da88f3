#!/usr/bin/env python3
"""Build assets/lexicon/common_words.tsv: the most frequent words of each supported language.

Source: wordfreq 3.1 (Robyn Speer and contributors), whose data is CC BY-SA 4.0; the list it
writes is a derived work under the same licence. Run with wordfreq installed:
    pip install wordfreq && python3 scripts/make_common_words.py
Each line: a lower-case word, a tab, and one character for the languages whose top N words
include it: chr(48 + mask), where mask has bit i for the i-th of en, fr, es, de, it, pt
(so "1" is en only, "3" en and fr). One character parses fast when dossier starts.
"""
import sys
import wordfreq

LANGS = ["en", "fr", "es", "de", "it", "pt"]
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000

langs_of = {}
for lang in LANGS:
    for word in wordfreq.top_n_list(lang, N):
        # Letters only (with inner apostrophes or hyphens): numbers and symbols say nothing here.
        core = word.replace("'", "").replace("’", "").replace("-", "")
        if not core.isalpha():
            continue
        langs_of.setdefault(word, []).append(lang)

with open("assets/lexicon/common_words.tsv", "w", encoding="utf-8") as out:
    out.write(f"# The {N} most frequent words of en, fr, es, de, it, pt, from wordfreq 3.1 (Robyn Speer\n")
    out.write("# and contributors, https://pypi.org/project/wordfreq/), data licence CC BY-SA 4.0;\n")
    out.write("# this derived list is CC BY-SA 4.0 too. Made by scripts/make_common_words.py.\n")
    out.write("# Each line: word, tab, chr(48 + bitmask of en fr es de it pt).\n")
    for word in sorted(langs_of):
        mask = sum(1 << LANGS.index(l) for l in langs_of[word])
        out.write(f"{word}\t{chr(48 + mask)}\n")
print(len(langs_of), "words")
