"""Helpers the scripts that build assets/lexicon/*.txt share: folding as the binary folds for
lookups, the Latin-script test, reading a list, and writing one with its licence header."""
import os, unicodedata

LEX = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "lexicon")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def latin(s):
    return all((c.isalpha() and "LATIN" in unicodedata.name(c, "")) or c in "-'" for c in s)


def listed(*files):
    """The folded entries of lists in assets/lexicon (comments and blank lines left out)."""
    out = set()
    for f in files:
        for line in open(os.path.join(LEX, f), encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                out.add(fold(line))
    return out


def write_list(fname, header, items):
    """Write `items` sorted by their UTF-8 bytes under `header` to assets/lexicon/`fname`."""
    with open(os.path.join(LEX, fname), "w", encoding="utf-8") as out:
        out.write(header)
        for n in sorted(items, key=lambda s: s.encode()):
            out.write(n + "\n")
    print(fname, len(items))
