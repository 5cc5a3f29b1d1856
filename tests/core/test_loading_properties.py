"""Property tests: whatever the bytes, ``load`` returns or raises ``LoadError``; Chinese text round-trips."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reader.core.errors import LoadError
from reader.core.loading import LoadedDocument, decode, load

SUFFIXES = [".html", ".txt", ".mhtml", ".mht", ""]

# Characters of real notices (detection reads language, so uniformly random Han is not a fair input),
# Chinese punctuation, and the ASCII a page mixes in.
COMMON = (
    "国务院办公厅关于进一步优化政务服务提升行政效能推动高效办成一件事的指导意见各省自治区直辖市人民政府"
    "部委直属机构经同意现将有关事项通知如下加强无障碍建设方便老年人阅读网站信息公开发布时间来源市场监督"
    "管理局年月日新闻中心工作会议召开全体领导干部学习贯彻精神要求认真落实责任确保取得实效"
)
HAN = st.sampled_from(COMMON)
CHINESE_TEXT = st.lists(
    st.one_of(HAN, HAN, HAN, st.sampled_from("，。、；：？！“”《》（）\n 0123456789")),
    min_size=4,
    max_size=300,
).map("".join)

MHTML_PREFIX = (
    b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
    b"Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
)


def _load_bytes(data: bytes, suffix: str) -> LoadedDocument | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            doc = load(path)
        except LoadError:
            return None
    assert isinstance(doc.text, str) and doc.text.strip()
    assert doc.encoding == doc.encoding.lower()
    return doc


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes_only_raise_load_errors(data: bytes, suffix: str) -> None:
    _load_bytes(data, suffix)


@settings(max_examples=200, deadline=None)
@given(
    body=st.binary(max_size=2048),
    tail=st.sampled_from([b"", b"\r\n--b--\r\n", b"\r\n--b\r\nContent-Type: image/png\r\n\r\n"]),
    suffix=st.sampled_from([".mhtml", ""]),
)
def test_arbitrary_mhtml_bodies_only_raise_load_errors(body: bytes, tail: bytes, suffix: str) -> None:
    _load_bytes(MHTML_PREFIX + body + tail, suffix)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=500), suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_text_in_any_encoding_only_raises_load_errors(text: str, suffix: str) -> None:
    for codec in ("utf-8", "utf-16", "gb18030"):
        _load_bytes(text.encode(codec), suffix)


@settings(max_examples=200, deadline=None)
@given(text=CHINESE_TEXT, codec=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
def test_chinese_text_round_trips(text: str, codec: str) -> None:
    assume(text.strip())
    decoded, _used = decode(text.encode(codec))
    assert decoded == text


@settings(max_examples=100, deadline=None)
@given(text=CHINESE_TEXT)
def test_chinese_text_round_trips_through_gb_pages(text: str) -> None:
    html = f'<html><head><meta charset="gb2312"></head><body><p>{text}</p></body></html>'
    decoded, used = decode(html.encode("gb18030"))
    assert decoded == html
    assert used in {"gb18030", "ascii"}
