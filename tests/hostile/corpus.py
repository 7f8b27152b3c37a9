"""A generated corpus of hostile inputs (issue 7): every kind of bad input an inbox receives.

``make_hostile_corpus(inbox, outside)`` writes the files and returns what each one is, so a test
can check that every input ends as a stored document or a quarantined record with a reason.
"""

from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass
from pathlib import Path

from tests.pdfs import bomb_pdf, encrypted_pdf, pdf_bytes, raw_pdf

GOOD_ZH = (
    "发布时间：2024年3月{day}日\n中国移动2024年至2025年新型智算中心（试验网）采购项目中标候选人公示。"
    "本次项目采购AI服务器{qty}台，标包1总价{amount}万元。\n"
)
GOOD_EN = "May {day}, 2024 — Meta expects 2024 capital expenditures to be in the range of ${lo}-{hi} billion.\n"


@dataclass(frozen=True)
class HostileInput:
    """One generated input and what should become of it."""

    path: Path
    category: str
    expect: str  # "stored", "quarantined", "either" (stored when facts are read, else quarantined), "duplicate"
    reason: str = ""  # a fragment the quarantine reason must contain (issue 12 classes)


FEED_HEADER = "metric,value,unit,period,region,entity,item,of,basis,quote\n"
GOOD_FACT = "2023年中国AI服务器市场规模达到91亿美元。"


def issue12_files() -> list[tuple[str, bytes, str, str, str]]:
    """Every crash class of issue 12 as files: (name, bytes, category, expect, reason fragment).

    On main before issue 12 each of these stopped the batch with a traceback (or, for the
    name that is not UTF-8 and the NUL classes, crashed when stored on PostgreSQL).
    """
    good_zh = GOOD_ZH.format(day=5, qty=700, amount=70000).encode()
    return [
        ("feeds12/bare_cr.csv", (FEED_HEADER + "capex,1e9,USD,2024,,Meta,,,actual,a\rb\n").encode(),
         "csv_bare_cr", "quarantined", "invalid feed rows"),
        ("feeds12/huge_field.csv", (FEED_HEADER + 'capex,1e9,USD,2024,,Meta,,,actual,"' + "x" * 131_100 + '"\n').encode(),
         "csv_huge_field", "quarantined", "field limit"),
        ("feeds12/deep.json", b"[" * 100_000 + b"]" * 100_000, "json_deep", "quarantined", "nested too deeply"),
        ("feeds12/bigint.json", b'[{"metric":"capex","value":' + b"9" * 5000 + b',"unit":"USD","quote":"q"}]',
         "json_bigint", "quarantined", "4300 digits"),
        ("feeds12/surrogate.json", b'[{"metric":"capex","value":1e9,"unit":"USD","quote":"\\ud800"}]',
         "json_surrogate", "quarantined", "lone surrogate"),
        ("feeds12/nul_quote.json", b'[{"metric":"capex","value":1e9,"unit":"USD","quote":"a\\u0000b"}]',
         "json_nul", "quarantined", "NUL"),
        ("feeds12/long_entity.json",
         b'[{"metric":"capex","value":1e9,"unit":"USD","entity":"' + b"E" * 200 + b'","quote":"q"}]',
         "long_entity", "quarantined", "at most 128"),
        ("text12/nul_after_4k.txt", GOOD_FACT.encode() * 200 + b"\x00" + GOOD_FACT.encode(),
         "nul_late", "quarantined", "NUL byte"),
        ("text12/utf16_nul.txt", (GOOD_FACT + "\x00\n").encode("utf-16"), "utf16_nul", "quarantined", "NUL character"),
        ("html12/deep.html", b"<html><body>" + b"<div>" * 1000 + GOOD_FACT.encode() + b"</div>" * 1000 + b"</body></html>",
         "html_deep", "stored", ""),
        ("html12/unclosed.html", b"<html><body>" + b"<b>x" * 1_250_000, "html_unclosed", "quarantined", "too many HTML tags"),
        ("pdf12/bomb.pdf", bomb_pdf(100), "pdf_bomb", "quarantined", "LimitReachedError"),
        ("pdf12/unsupported_filter.pdf", raw_pdf(b"xyz", filter_name="FooDecode"), "pdf_filter", "quarantined",
         "Unsupported filter"),
        ("names12/" + os.fsdecode(b"bad\xffname.txt"), good_zh, "name_not_utf8", "stored", ""),
    ]


def add_issue12_specials(inbox: Path) -> list[HostileInput]:
    """Special entries of issue 12: a FIFO, a self-referencing symlink, and two folder symlinks
    to their parent (a loop that once made the walk read every file ~40 times; it adds no input)."""
    out = []
    special = inbox / "special12"
    special.mkdir(parents=True, exist_ok=True)
    os.mkfifo(special / "pipe.txt")
    out.append(HostileInput(special / "pipe.txt", "fifo", "quarantined", "not a regular file"))
    os.symlink("self.txt", special / "self.txt")
    out.append(HostileInput(special / "self.txt", "symlink_loop", "quarantined", "symlink loop"))
    os.symlink("..", special / "up1")
    os.symlink("..", special / "up2")
    return out



def make_hostile_corpus(inbox: Path, outside: Path, *, big_mb: int = 50, seed: int = 7) -> list[HostileInput]:
    """Write at least 100 hostile inputs into ``inbox`` (and symlink targets into ``outside``)."""
    rng = random.Random(seed)
    inbox.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    out: list[HostileInput] = []

    def add(name: str, data: bytes, category: str, expect: str) -> Path:
        path = inbox / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        out.append(HostileInput(path, category, expect))
        return path

    # binary files
    for i in range(8):
        add(f"binary/blob{i}.bin", bytes(rng.getrandbits(8) for _ in range(4096)), "binary", "quarantined")
    add("binary/image.png", b"\x89PNG\r\n\x1a\n" + bytes(rng.getrandbits(8) for _ in range(2048)), "binary", "quarantined")
    add("binary/program.txt", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 1024, "binary", "quarantined")
    # empty and whitespace-only
    for i, blank in enumerate([b"", b" ", b"\n\n\n", b"\t \r\n", "\u3000\u3000".encode(), b"\xef\xbb\xbf", b"   " * 100]):
        add(f"empty/blank{i}.txt", blank, "empty", "quarantined")
    # a huge text file
    line = GOOD_ZH.format(day=1, qty=100, amount=20000).encode("utf-8")
    add("big/huge.txt", line * (big_mb * 1024 * 1024 // len(line) + 1), "too_large", "quarantined")
    # legacy encodings without a declaration: real documents, they should be stored
    for i in range(5):
        add(f"encodings/gbk{i}.txt", GOOD_ZH.format(day=i + 2, qty=200 + i, amount=30000 + i).encode("gb18030"), "gbk", "stored")
        big5 = f"發布時間：2024年3月{i + 2}日\n中國移動採購AI服務器{300 + i}台，標包1總價{40000 + i}萬元。\n"
        add(f"encodings/big5_{i}.txt", big5.encode("big5"), "big5", "stored")
    # UTF-16 and UTF-8 with byte-order marks
    for i, codec in enumerate(["utf-16", "utf-16", "utf-8-sig", "utf-8-sig"]):
        add(f"encodings/bom{i}.txt", GOOD_ZH.format(day=i + 10, qty=500 + i, amount=50000 + i).encode(codec), "bom", "stored")
    # archives and office files are not documents we read
    add("binary/archive.zip", b"PK\x03\x04" + bytes(rng.getrandbits(8) for _ in range(512)), "binary", "quarantined")
    add("binary/archive.gz", b"\x1f\x8b\x08\x00" + bytes(rng.getrandbits(8) for _ in range(512)), "binary", "quarantined")
    add("binary/nulls.txt", b"\x00" * 4096, "binary", "quarantined")
    # PDFs: truncated and encrypted
    good_pdf = pdf_bytes("May 2, 2024. Meta expects 2024 capital expenditures of $35-40 billion.")
    for i in range(3):
        add(f"pdf/truncated{i}.pdf", good_pdf[: len(good_pdf) // (i + 2)], "pdf_truncated", "quarantined")
        add(f"pdf/encrypted{i}.pdf", encrypted_pdf("Secret capex $99 billion"), "pdf_encrypted", "quarantined")
    # HTML full of scripts and iframes; the one real fact is in the article body
    for i in range(6):
        html = f"""<html><head><meta property="article:published_time" content="2024-04-0{i + 1}T08:00:00Z">
<script>var capex = "capital expenditures of $999 billion"; document.write('<iframe src="http://evil/">')</script>
<style>.x{{content:"市场规模9999亿美元"}}</style></head><body><nav>首页 | 新闻 | 登录</nav>
<iframe src="javascript:alert(1)"></iframe><script>alert("2023年中国AI服务器市场规模1亿美元")</script>
<article><p>2023年中国AI服务器市场规模达到{90 + i}亿美元，同比增长{80 + i}%。</p></article>
<script src="x.js"></script></body></html>"""
        add(f"html/page{i}.html", html.encode("utf-8"), "html_scripts", "stored")
    # feeds with missing columns, wrong types, NaN, inf, negative and absurd values
    header = "metric,value,unit,period,region,entity,item,of,basis,quote\n"
    bad_rows = [
        "tender_amount,1e30,CNY,2024,,China Mobile,ai_server,,actual,10^30元\n",
        "tender_quantity,-5,units,2024,,China Mobile,ai_server,,actual,-5台\n",
        "capex,NaN,USD,2024,,Meta,,,forecast,NaN\n",
        "capex,inf,USD,2024,,Meta,,,forecast,inf\n",
        "capex,lots,USD,2024,,Meta,,,forecast,lots\n",
        "capex,1e9,FLOPS,2024,,Meta,,,forecast,wrong unit\n",
        "market_share,250,%,2024,CN,Inspur,,ai_server_market_size,actual,250%\n",
    ]
    for i, row in enumerate(bad_rows):
        add(f"feeds/bad{i}.csv", (header + row).encode(), "feed_invalid", "quarantined")
    add("feeds/missing_columns.csv", b"metric,value\ncapex,1e9\n", "feed_missing_columns", "quarantined")
    add("feeds/not_a_table.csv", b"this,is\nnot,\"a feed", "feed_garbage", "quarantined")
    add("feeds/bad.json", json.dumps([{"metric": "capex", "value": "NaN", "unit": "USD", "quote": "q"}]).encode(), "feed_invalid", "quarantined")
    add("feeds/wrong_shape.json", b'{"hello": "world"}', "feed_garbage", "quarantined")
    add("feeds/truncated.json", b'[{"metric": "capex", "value": 1', "feed_garbage", "quarantined")
    add("feeds/good.csv", (header + "capex,68e9,USD,2025,,Meta,,,forecast,$64-72 billion\n").encode(), "feed_good", "stored")
    # SQL and shell metacharacters, control characters: stored verbatim, never executed
    nasty = [
        "'; DROP TABLE fact; --",
        "Robert'); DELETE FROM document WHERE ('1'='1",
        "$(rm -rf /) `reboot` && echo pwned | sh",
        "\x00\x01\x02\x1b[31mred\x1b[0m\x07",
        "%s%s%s%n {0} {{}} ${HOME}",
        "<script>alert(1)</script>",
    ]
    for i, evil in enumerate(nasty):
        text = f"发布时间：2024年4月{i + 1}日\n{evil}\n2023年中国AI服务器市场规模达到{91 + i}亿美元。{evil}\n"
        add(f"meta/nasty{i}.txt", text.encode("utf-8", "surrogatepass"), "metacharacters", "either")
    # file names with path tricks
    for name in ["..%2f..%2fetc%2fpasswd.txt", "-rf.txt", "name with spaces.txt", "雙語 名稱.txt", "new\nline.txt",
                 "semi;colon$(x).txt", ".hidden_but_given.txt"]:
        if name.startswith("."):
            continue  # hidden files are skipped by folder walks by design; tested elsewhere
        add(f"names/{name}", GOOD_EN.format(day=len(name), lo=30 + len(name), hi=40 + len(name)).encode(), "path_tricks", "stored")
    # symlinks out of the inbox
    secret = outside / "secret.txt"
    secret.write_text(GOOD_EN.format(day=9, lo=1, hi=2))
    for i in range(4):
        link = inbox / f"links/out{i}.txt"
        link.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(secret if i % 2 == 0 else Path("/etc/passwd"), link)
        out.append(HostileInput(link, "symlink_outside", "quarantined"))
    # duplicates of one document
    dup = GOOD_ZH.format(day=20, qty=1250, amount=247372).encode("utf-8")
    add("dups/original.txt", dup, "duplicate", "stored")
    for i in range(8):
        add(f"dups/copy{i}.txt", dup, "duplicate", "duplicate")
    # two documents that contradict each other on the same key
    add("contradiction/a.txt", "发布时间：2024年2月1日\n2023年中国AI服务器市场规模为91亿美元。\n".encode(), "contradiction", "stored")
    add("contradiction/b.txt", "发布时间：2024年2月2日\n2023年中国AI服务器市场规模为94亿美元。\n".encode(), "contradiction", "stored")
    # issue 12: every class that used to crash the batch or hang it
    for name, data, category, expect, fragment in issue12_files():
        add(name, data, category, expect)
        out[-1] = HostileInput(out[-1].path, category, expect, fragment)
    out.extend(add_issue12_specials(inbox))
    # filler of more ordinary junk to pass 100 inputs
    i = 0
    while len(out) < 100:
        add(f"misc/noise{i}.txt", ("lorem ipsum " * rng.randint(1, 50)).encode(), "no_facts", "quarantined")
        i += 1
    return out
