"""Tender documents for the flow tests: a fixture file and a generator of distinct variants."""

from __future__ import annotations

import os
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TENDER = FIXTURES / "china_mobile_ai_server_tender.txt"
PROVINCES = ("广东", "浙江", "江苏", "山东", "四川", "河南", "湖北", "福建", "安徽", "湖南")
#: Monte Carlo draws for tests: the minimum the CLI accepts, enough for stable quantiles.
TEST_DRAWS = 200


def tender_text(i: int, *, day: int | None = None) -> str:
    """A distinct, realistic China Mobile AI-server tender result notice (the ``i``-th of a burst)."""
    province = PROVINCES[i % len(PROVINCES)]
    lot = i + 3
    quantity = 320 + 41 * i
    price_wan = 196 + i  # 万元 per server
    total_wan = quantity * price_wan
    published = f"2024-05-{(day or 1 + (9 + i) % 28):02d}"  # a real date for any i
    return f"""中国移动{province}公司2024年AI服务器集中采购项目（标包{lot}）中标结果公告

发布时间：{published}　　来源：中国移动采购与招标网

一、项目概况
中国移动通信集团{province}有限公司2024年AI服务器集中采购项目已完成评审。本项目标包{lot}采购AI服务器{quantity}台，用于{province}智算中心建设。

二、中标结果
标包{lot}中标人为浪潮电子信息产业股份有限公司，中标总价{total_wan}万元（不含税），折合AI服务器单价约{price_wan}万元/台。

三、公示期
公示期为{published}起三个工作日。如有异议，请于公示期内以书面形式向招标人提出。

招标人：中国移动通信集团{province}有限公司
"""


def write_tender(folder: Path, i: int, *, name: str | None = None) -> Path:
    """Write the ``i``-th tender into ``folder`` atomically (as a file manager's move would)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"tender-{i:02d}.txt")
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(tender_text(i), encoding="utf-8")
    os.replace(tmp, path)
    return path

