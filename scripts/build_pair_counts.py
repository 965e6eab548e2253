"""Build src/kehoach/lint/data/syllable_counts.tsv: syllable and syllable-pair counts of real plans.

    .venv/bin/python scripts/build_pair_counts.py [SHARED]

The counts come from ../shared/corpus (the text and .docx plans): how often each lower-case syllable and
each pair of neighbouring syllables occurs in administrative text. Only counts are written, never
sentences, and every pair seen. The spelling rule
ranks its suggestions by these counts and takes a pair seen often as a word of administrative Vietnamese.
The seeds and tests/fixtures/unseen are left out on purpose: they are what the rule is measured on.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from kehoach.lint.spelling import pairs_of, syllables_of
from kehoach.read import load

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "kehoach" / "lint" / "data" / "syllable_counts.tsv"
MIN_PAIR = 1


def main() -> int:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    paths = sorted((shared / "corpus" / "text").iterdir()) + sorted(
        (shared / "corpus" / "docx").iterdir()
    )
    singles: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for path in paths:
        text = "\n".join(load(path).lines)
        singles.update(s.lower() for _, s in syllables_of(text))
        pairs.update(f"{a} {b}" for a, b in pairs_of(text))
    with OUT.open("w", encoding="utf-8") as out:
        out.write(
            f"# counts from {len(paths)} plans of ../shared/corpus; scripts/build_pair_counts.py\n"
        )
        for word, count in sorted(singles.items(), key=lambda item: (-item[1], item[0])):
            out.write(f"{word}\t{count}\n")
        for pair, count in sorted(pairs.items(), key=lambda item: (-item[1], item[0])):
            if count >= MIN_PAIR:
                out.write(f"{pair}\t{count}\n")
    print(f"{OUT}: {len(singles)} syllables, {sum(c >= MIN_PAIR for c in pairs.values())} pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
