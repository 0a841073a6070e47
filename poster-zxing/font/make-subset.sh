#!/bin/sh
# Makes the CJK font that sharehub-poster-zxing ships, so that posters draw Chinese on a machine
# with no CJK font installed. Run it on Debian 12 (bookworm) from anywhere; it rewrites
#   poster-zxing/src/main/resources/io/sharehub/zxing/NotoSansSC-Subset.otf
#   poster-zxing/src/main/resources/io/sharehub/zxing/NotoSansSC-LICENSE.txt
#
# Source: Debian's fonts-noto-cjk (Noto Sans CJK, SIL Open Font License 1.1), face 2 of
# NotoSansCJK-Regular.ttc, which is "Noto Sans CJK SC". The subset keeps:
#   - every character of GB2312 (the 6,763 hanzi of everyday simplified Chinese, plus its
#     punctuation, full-width forms, Greek, Cyrillic, kana and pinyin letters);
#   - printable ASCII and Latin-1, general punctuation (dashes, quotes, the ellipsis "…"),
#     CJK symbols and punctuation (U+3000–U+303F), full-width and half-width forms (U+FF00–U+FFEF),
#     and the currency signs ¥ € £.
# It has no emoji: the renderer leaves out what the font cannot draw. The subset is a Modified
# Version under the OFL: it travels with the font's copyright notice and the licence text, and it
# keeps the name "Noto Sans CJK SC", which is no Reserved Font Name (upstream reserves "Source").
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out="$here/../src/main/resources/io/sharehub/zxing"
src=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

if [ ! -f "$src" ] || ! /usr/bin/python3 -c 'import fontTools' 2>/dev/null; then
    apt-get install -y --no-install-recommends fonts-noto-cjk python3-fonttools
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

/usr/bin/python3 - "$work/unicodes.txt" <<'PY'
import sys

points = set()
for lead in range(0xA1, 0xF8):
    for trail in range(0xA1, 0xFF):
        try:
            text = bytes((lead, trail)).decode("gb2312")
        except UnicodeDecodeError:
            continue
        points.update(ord(c) for c in text)
ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x2027), (0x2030, 0x203A), (0x3000, 0x303F),
          (0xFF00, 0xFFEF)]
for first, last in ranges:
    points.update(range(first, last + 1))
points.update((0x20AC, 0x00A5, 0x00A3))
with open(sys.argv[1], "w") as f:
    f.write(",".join("U+%04X" % p for p in sorted(points)))
print(len(points), "code points requested", file=sys.stderr)
PY

/usr/bin/python3 -m fontTools.subset "$src" \
    --font-number=2 \
    --unicodes-file="$work/unicodes.txt" \
    --layout-features='kern,palt,vert,vrt2' \
    --name-IDs='*' \
    --name-languages='*' \
    --notdef-outline \
    --recommended-glyphs \
    --output-file="$out/NotoSansSC-Subset.otf"

# The licence file: the font's own copyright notice (name ID 0), then the OFL 1.1 text exactly as
# Debian's copyright file carries it (its stand-alone "License: SIL-1.1" paragraph, one space of indent and
# the "." paragraph separators removed).
/usr/bin/python3 - "$out/NotoSansSC-Subset.otf" /usr/share/doc/fonts-noto-cjk/copyright \
        "$out/NotoSansSC-LICENSE.txt" <<'PY'
import sys
from fontTools.ttLib import TTFont

font, copyright_file, licence = sys.argv[1:4]
notice = TTFont(font)["name"].getDebugName(0)
lines, inside = [], False
for line in open(copyright_file, encoding="utf-8"):
    if line.startswith("License: SIL-1.1"):
        inside = True
        continue
    if inside:
        if not line.startswith(" "):
            if lines:
                break
            inside = False  # a "Files:" paragraph's one-line licence field, not the text
            continue
        text = line[1:].rstrip("\n")
        lines.append("" if text == "." else text)
with open(licence, "w", encoding="utf-8") as f:
    f.write("Noto Sans CJK SC, subset for ShareHub (see poster-zxing/font/make-subset.sh)\n")
    f.write("Copyright " + notice.replace("\u00a9 ", "").rstrip(".") + ", with Reserved Font Name 'Source'.\n")
    f.write("Licensed under the SIL Open Font License, Version 1.1:\n\n")
    f.write("\n".join(lines).rstrip() + "\n")
PY
ls -l "$out/NotoSansSC-Subset.otf"
