"""Benchmark: Word export time per 10,000 characters (median of repeated runs).
Run: .venv/bin/python tests/bench/bench_export.py   (prints numbers; asserts nothing)"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from drafter.document import Block, Document, Role, classify_paragraph
from drafter.export import export

PARAGRAPH = ("坚持把思想政治教育摆在首位，用党的创新理论武装头脑，引导干部职工坚定理想信念、"
             "厚植家国情怀，切实把思想和行动统一到上级的决策部署上来。")


def document(chars: int) -> Document:
    blocks = [Block(Role.TITLE, "清河县中医院2026年创建市级文明单位工作实施方案")]
    n = 0
    while sum(len(b.text) for b in blocks) < chars:
        n += 1
        if n % 8 == 1:
            blocks.append(classify_paragraph(f"（{'一二三四五六七'[n % 7]}）加强组织领导"))
        blocks.append(Block(Role.BODY, PARAGRAPH))
    blocks += [Block(Role.SIGNATURE, "清河县中医院"), Block(Role.DATE, "2026年1月4日")]
    return Document(blocks[0].text, blocks, "清河县中医院", date(2026, 1, 4))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for chars, runs in ((10_000, 15), (100_000, 5), (300_000, 3)):
            doc = document(chars)
            size = sum(len(b.text) for b in doc.blocks)
            samples = []
            for _ in range(runs):
                t = time.perf_counter()
                export(doc, Path(tmp) / "b.docx")
                samples.append(time.perf_counter() - t)
            per = statistics.median(samples) / size * 10_000
            print(f"{size:>8,} chars: median {statistics.median(samples) * 1000:7.1f} ms "
                  f"= {per * 1000:6.1f} ms per 10,000 characters (target < 100 ms)")


if __name__ == "__main__":
    main()
