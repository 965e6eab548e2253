"""Build src/kehoach/read/data/tone_pairs.tsv: how often neighbouring syllables go together in real
plans, for OCR to tell a hook from an acute where the scan blurred it ("tố chức" → "tổ chức").

    .venv/bin/python scripts/build_tone_pairs.py [SHARED]

Counts only (no sentences), lower case, seen at least twice. The text plans of ../shared/corpus are
counted EXCEPT those also in corpus/docx (same title): bench/bench_ocr.py scans those .docx files and
measures OCR on them, so the table is not built from what it is measured on.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from kehoach.read import read_plan
from kehoach.read.ocr_tones import words_of

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "kehoach" / "read" / "data" / "tone_pairs.tsv"
MIN_COUNT = 2


def main() -> int:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    measured = {read_plan(path).title for path in sorted((shared / "corpus" / "docx").iterdir())}
    counts: Counter[str] = Counter()
    used = 0
    for path in sorted((shared / "corpus" / "text").iterdir()):
        if read_plan(path).title in measured:
            continue
        used += 1
        for line in path.read_text("utf-8").splitlines():
            words = words_of(line)
            counts.update(w for w in words if w)
            counts.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False) if a and b)
    with OUT.open("w", encoding="utf-8") as out:
        out.write(f"# syllable and pair counts of {used} text plans; scripts/build_tone_pairs.py\n")
        for key, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            if count >= MIN_COUNT:
                out.write(f"{key}\t{count}\n")
    print(f"{OUT}: from {used} plans, {len(counts)} syllables and pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
