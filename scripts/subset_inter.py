#!/usr/bin/env python3
"""Writes the default theme's web fonts: Inter, cut into the subsets a browser loads only
when a page uses their characters. The ranges follow Google Fonts' for Inter, but
latin-ext keeps only Latin Extended-A and a few signs (every European language's
letters); rarer letters fall back to the system font rather than costing every
Polish or Czech page twice the bytes.

The source is the Inter the social cards are drawn with (src/Recap/Cards/Fonts), so the
site and its cards share one typeface. Needs fontTools and brotli:
    apt-get install python3-fonttools python3-brotli   (or: pip install fonttools brotli)
Run from the repository root:
    python3 scripts/subset_inter.py
It prints the @font-face rules that themes/default/assets/style.css carries; paste them
there when RANGES change.
"""
import os
import shutil
import sys

from fontTools import subset

SOURCE = "src/Recap/Cards/Fonts"
TARGET = "themes/default/assets/fonts"
WEIGHTS = {"400": "Inter-Regular.otf", "600": "Inter-SemiBold.otf"}
RANGES = {
    "latin": "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,"
             "U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    "latin-ext": "U+0100-017F,U+0192,U+0218-021B,U+0237,U+0259,U+1E9E,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113",
    "vietnamese": "U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,"
                  "U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB",
    "cyrillic": "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116,U+0460-052F,U+1C80-1C8A,U+20B4,"
                "U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F",
    "greek": "U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF,U+1F00-1FFF",
}


def unicodes(ranges):
    for part in ranges.split(","):
        first, _, last = part.removeprefix("U+").partition("-")
        yield from range(int(first, 16), int(last or first, 16) + 1)


def main():
    os.makedirs(TARGET, exist_ok=True)
    for weight, source in WEIGHTS.items():
        for name, ranges in RANGES.items():
            options = subset.Options()
            options.flavor = "woff2"
            options.layout_features = ["kern"]   # pairs only: Inter's other features double the size
            options.hinting = False               # browsers on high-density screens ignore it
            options.desubroutinize = True         # smaller once compressed
            font = subset.load_font(os.path.join(SOURCE, source), options)
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=list(unicodes(ranges)))
            subsetter.subset(font)
            path = os.path.join(TARGET, f"inter-{weight}-{name}.woff2")
            subset.save_font(font, path, options)
            print(f"/* {path}: {os.path.getsize(path):,} bytes */", file=sys.stderr)
    # Later rules are tried first, so latin, which nearly every page needs, comes last.
    for name in reversed(RANGES):
        for weight, span in (("400", "100 500"), ("600", "550 900")):
            print(f'@font-face {{ font-family: "Inter"; font-style: normal; font-weight: {span}; font-display: swap;\n'
                  f'  src: url("fonts/inter-{weight}-{name}.woff2") format("woff2");\n'
                  f'  unicode-range: {RANGES[name].replace(",", ", ")}; }}')
    shutil.copyfile(os.path.join(SOURCE, "OFL.txt"), os.path.join(TARGET, "OFL.txt"))


if __name__ == "__main__":
    sys.exit(main())
