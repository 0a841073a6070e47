#!/bin/sh
# Makes the small Latin-only font the tests use as a host font: a font with no Chinese and no
# emoji, with a family name of its own ("ShareHub Test Latin") so that a test can tell it from the
# shipped font. It is cut from the shipped subset (printable ASCII and the ellipsis only) and,
# like it, is under the SIL Open Font License 1.1 (see NotoSansSC-LICENSE.txt). Rewrites
#   poster-zxing/src/test/resources/io/sharehub/zxing/TestLatin.otf
set -eu

here=$(cd "$(dirname "$0")" && pwd)
src="$here/../src/main/resources/io/sharehub/zxing/NotoSansSC-Subset.otf"
out="$here/../src/test/resources/io/sharehub/zxing"
mkdir -p "$out"

if ! /usr/bin/python3 -c 'import fontTools' 2>/dev/null; then
    apt-get install -y --no-install-recommends python3-fonttools
fi

/usr/bin/python3 -m fontTools.subset "$src" \
    --unicodes='U+0020-007E,U+2026' \
    --layout-features='' \
    --name-IDs='*' \
    --notdef-outline \
    --output-file="$out/TestLatin.otf"

/usr/bin/python3 - "$out/TestLatin.otf" <<'PY'
import sys
from fontTools.ttLib import TTFont

path = sys.argv[1]
font = TTFont(path)
names = {1: "ShareHub Test Latin", 3: "ShareHub Test Latin", 4: "ShareHub Test Latin",
         6: "ShareHubTestLatin-Regular", 16: "ShareHub Test Latin"}
table = font["name"]
for record in list(table.names):
    if record.nameID in names:
        table.removeNames(nameID=record.nameID)
for name_id, value in names.items():
    table.setName(value, name_id, 3, 1, 0x409)
font["CFF "].cff.fontNames = ["ShareHubTestLatin-Regular"]
font.save(path)
PY
ls -l "$out/TestLatin.otf"
