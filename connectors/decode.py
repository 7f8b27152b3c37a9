"""Bytes to text: encoding detection and the binary check.

Order of attempts:

1. A byte-order mark decides: UTF-8 (BOM dropped), UTF-16 LE/BE, UTF-32 LE/BE.
2. A ``charset`` given by the transport (HTTP Content-Type, HTML meta) is tried strictly.
3. Strict UTF-8.
4. Strict GB18030 and Big5 (Big5-HKSCS); when both decode, the one whose text has the larger share
   of common CJK ideographs (U+4E00-U+9FFF) and fewer rare/compatibility characters wins;
   charset-normalizer breaks a tie.
5. charset-normalizer's best guess.

Input with a NUL byte anywhere outside UTF-16/32, text with a NUL character (U+0000) in any
encoding, or text that is mostly control/replacement characters, is binary: :class:`DecodeError`
with a reason saying so (no database stores U+0000 in text).
"""

from __future__ import annotations

import codecs
import re

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_CTRL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")


class DecodeError(ValueError):
    """The bytes are not text in any encoding we read (the message says why)."""


def _cjk_quality(s: str) -> float:
    common = sum(1 for c in s if "\u4e00" <= c <= "\u9fff")
    odd = sum(1 for c in s if "\ue000" <= c <= "\uf8ff" or "\u3400" <= c <= "\u4dbf" or "\uf900" <= c <= "\ufaff"
              or "\uff61" <= c <= "\uff9f" or "\u0080" <= c <= "\u00ff")
    return common - 3 * odd


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:20000]
    bad = len(_CTRL.findall(sample))
    return bad > max(8, len(sample) // 50)


def decode_bytes(raw: bytes, *, charset: str | None = None) -> tuple[str, str]:
    """``(text, encoding)`` for ``raw``; raises :class:`DecodeError` for binary/undecodable input."""
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom):].decode(enc.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable: starts with a {enc} byte-order mark but is not {enc} ({exc.reason})") from exc
            if "\x00" in text:
                raise DecodeError(f"binary: NUL character (U+0000) at character {text.index(chr(0))} of {enc} text")
            return text, enc.replace("-le", "").replace("-be", "") if enc.startswith("utf-16") else enc
    if charset:
        try:
            text = raw.decode(charset)
            if "\x00" not in text and not _looks_binary(text):
                return text, codecs.lookup(charset).name
        except (UnicodeDecodeError, LookupError):
            pass
    if b"\x00" in raw:
        raise DecodeError(f"binary: NUL byte at offset {raw.index(0)} and no UTF-16/32 byte-order mark")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_binary(text):
            raise DecodeError("binary: mostly control characters")
        return text, "utf-8"
    cands: list[tuple[float, str, str]] = []
    for enc in ("gb18030", "big5hkscs"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        if not _looks_binary(text):
            cands.append((_cjk_quality(text), enc, text))
    if cands:
        cands.sort(key=lambda c: c[0], reverse=True)
        if len(cands) == 1 or cands[0][0] > cands[1][0]:
            return cands[0][2], cands[0][1]
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise DecodeError("undecodable: not UTF-8, GB18030, Big5 or any encoding charset-normalizer knows")
    text = str(best)
    if _looks_binary(text):
        raise DecodeError("binary: decodes only to control characters")
    return text, best.encoding
