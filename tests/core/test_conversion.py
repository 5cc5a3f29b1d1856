"""OpenCC conversion: configs, cached converters, offset maps, articles, script detection, OpenCC's cases."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import opencc
import pytest

from reader.core import conversion
from reader.core.conversion import (
    CONFIGS,
    EXPERIMENTAL_CONFIGS,
    PHRASE_CONFIGS,
    OffsetMap,
    convert,
    convert_article,
    convert_text,
    converter,
    default_config,
    detect_script,
    locale_script,
    target_language,
)
from reader.core.document import Article, Block, BlockKind

STABLE = ("s2t", "t2s", "s2tw", "tw2s", "s2hk", "hk2s", "s2twp", "tw2sp", "t2tw", "tw2t", "t2hk", "hk2t")


def opencc_cases(corpora_dir: Path) -> list[tuple[str, str, str, str]]:
    """``(case id, config, input, expected)`` for every config we offer, from OpenCC's golden cases."""
    path = corpora_dir / "opencc" / "json_latest" / "testcases.normalized.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        (case["id"], config, case["input"], expected)
        for case in data["cases"]
        for config, expected in case["expected"].items()
        if config in CONFIGS
    ]


def test_configs_are_the_stable_ones_then_the_experimental_ones() -> None:
    assert CONFIGS[: len(STABLE)] == STABLE
    installed = {name.removesuffix(".json") for name in opencc.CONFIGS}
    assert set(CONFIGS) <= installed
    assert {"s2hkp", "hk2sp"} & installed == EXPERIMENTAL_CONFIGS
    assert set(CONFIGS) - set(STABLE) == EXPERIMENTAL_CONFIGS
    assert {"s2twp", "tw2sp"} <= PHRASE_CONFIGS <= set(CONFIGS)
    assert "t2jp" not in CONFIGS


def test_unknown_config_lists_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="valid conversions: s2t, t2s") as error:
        convert("软件", "s2x")
    assert all(name in str(error.value) for name in CONFIGS)
    with pytest.raises(ValueError, match=r"s2t\.json"):
        convert_text("软件", "s2t.json")


def test_converters_are_built_once_and_without_tofu_dictionaries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conversion, "_converters", {})
    built: list[tuple[str, bool]] = []
    real = opencc.OpenCC

    def counting(config: str, include_tofu_risk_dictionaries: bool = True) -> opencc.OpenCC:
        built.append((config, include_tofu_risk_dictionaries))
        return real(config, include_tofu_risk_dictionaries=include_tofu_risk_dictionaries)

    monkeypatch.setattr(opencc, "OpenCC", counting)
    threads = [threading.Thread(target=converter, args=("s2t",)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert converter("s2t") is converter("s2t")
    assert built == [("s2t", False)]


@pytest.mark.parametrize(
    ("config", "text", "expected"),
    [
        ("s2t", "软件和鼠标", "軟件和鼠標"),
        ("s2twp", "U盘", "隨身碟"),
        ("s2twp", "SQL注入", "SQL隱碼攻擊"),
        ("s2twp", "肯尼亚", "肯亞"),
        ("s2twp", "鼠标和内存", "滑鼠和記憶體"),
        ("tw2sp", "隨身碟", "U盘"),
        ("t2s", "我們的國家", "我们的国家"),
    ],
)
def test_known_conversions(config: str, text: str, expected: str) -> None:
    assert convert(text, config).text == expected


@pytest.mark.parametrize("config", CONFIGS)
@pytest.mark.parametrize("text", ["", "Hello, world! 123 e.g. x=1;\n\n", "ＡＢＣ　１２３ — ✓ 🙂", "\n\n\n"])
def test_non_chinese_text_passes_through(config: str, text: str) -> None:
    result = convert(text, config)
    assert result.text == text
    assert all(result.offsets.to_original(pos) == pos for pos in range(len(text) + 1))


@pytest.mark.parametrize("config", sorted(set(CONFIGS) - PHRASE_CONFIGS))
def test_character_configs_map_as_the_identity(config: str) -> None:
    result = convert("我的U盘坏了。\n我們的國家，軟體。", config)
    assert result.offsets.is_identity
    assert len(result.text) == len("我的U盘坏了。\n我們的國家，軟體。")


def test_phrase_map_positions_and_ranges() -> None:
    text = "我的U盘坏了，请到肯尼亚买打印机。\n鼠标和内存SQL注入"
    result = convert(text, "s2twp")
    converted = result.text
    assert converted == "我的隨身碟壞了，請到肯亞買印表機。\n滑鼠和記憶體SQL隱碼攻擊"
    offsets = result.offsets
    # U盘 (2..4) became 隨身碟 (2..5): inside it, positions go to its start; ranges widen to all of it.
    assert offsets.to_original(3) == 2
    assert offsets.to_original(5) == 4
    assert offsets.range_to_original(3, 4) == (2, 4)
    assert offsets.range_to_converted(3, 4) == (2, 5)
    assert offsets.range_to_converted(2, 4) == (2, 5)
    # After the shorter 肯亞, positions shift back by one; the line after keeps its own alignment.
    assert converted[offsets.to_converted(text.index("买"))] == "買"
    assert converted[offsets.to_converted(text.index("和"))] == "和"
    assert converted[offsets.to_converted(text.index("SQL"))] == "S"
    start, end = offsets.range_to_converted(text.index("SQL注入"), len(text))
    assert converted[start:end] == "SQL隱碼攻擊"
    assert offsets.to_original(len(converted)) == len(text)
    assert offsets.to_converted(len(text) + 5) == len(converted)
    assert offsets.to_original(-3) == 0


def test_phrase_map_spans_are_the_replaced_phrases() -> None:
    text = "我的U盘坏了。"
    spans = convert(text, "s2twp").offsets.spans()
    assert spans == [(2, 4, 2, 5)]
    assert convert("我的软件坏了。", "s2twp").offsets.spans() == []
    assert OffsetMap.identity("abc").spans() == []


def test_equal_length_line_with_cancelling_phrases_is_still_aligned() -> None:
    # U盘→隨身碟 (+1) and 肯尼亚→肯亞 (-1) on one line keep its length; the line is aligned all the same.
    text = "U盘在肯尼亚，买的。"
    result = convert(text, "s2twp")
    assert len(result.text) == len(text)
    assert result.text[result.offsets.to_converted(text.index("在"))] == "在"


def test_very_long_line_is_chunked_by_clauses_and_maps_exactly() -> None:
    # One 1,000-clause line (over 4096 characters): chunked at clause ends up front, aligned on demand.
    text = "".join(f"第{n}个U盘和肯尼亚的软件，" for n in range(1000))
    result = convert(text, "s2twp")
    offsets = result.offsets
    assert result.text == convert_text(text, "s2twp")
    for n in (0, 1, 500, 999):
        clause = f"第{n}个U盘和肯尼亚的软件，"
        start = text.index(clause)
        converted_start = offsets.to_converted(start)
        assert result.text[converted_start:].startswith(f"第{n}個隨身碟和肯亞的軟體，")
        assert offsets.to_original(converted_start) == start
        assert offsets.range_to_converted(start, start + len(clause)) == (
            converted_start,
            converted_start + len(f"第{n}個隨身碟和肯亞的軟體，"),
        )


def article() -> Article:
    return Article(
        title="关于U盘软件的通知",
        blocks=[
            Block(BlockKind.HEADING, "一、鼠标", level=2),
            Block(BlockKind.PARAGRAPH, "请到肯尼亚买打印机。"),
            Block(BlockKind.IMAGE, "", alt="", src="a.png"),
            Block(BlockKind.IMAGE, "内存条", alt="内存条", src="b.png"),
            Block(BlockKind.LIST, "U盘\n软件", items=("U盘", "软件"), ordered=True),
            Block(
                BlockKind.TABLE,
                "名称\t数量\n鼠标\t2",
                rows=(("名称", "数量"), ("鼠标", "2")),
                has_header=True,
            ),
        ],
        date="2024-05-01",
        source="国务院办公厅",
        language="zh-Hans",
        page_text="首页 关于U盘软件的通知",
        path="/tmp/a.html",
    )


def test_convert_article_keeps_structure_and_maps_the_body() -> None:
    original = article()
    converted, offsets = convert_article(original, "s2twp")
    assert converted.title == "關於隨身碟軟體的通知"
    assert converted.source == "國務院辦公廳"
    assert converted.date == original.date
    assert converted.path == original.path
    assert converted.language == "zh-Hant-TW"
    assert converted.page_text == "首頁 關於隨身碟軟體的通知"
    assert [block.kind for block in converted.blocks] == [block.kind for block in original.blocks]
    heading, paragraph, empty_image, image, listing, table = converted.blocks
    assert heading.text == "一、滑鼠"
    assert heading.level == 2
    assert paragraph.text == "請到肯亞買印表機。"
    assert empty_image.text == ""
    assert empty_image.src == "a.png"
    assert (image.text, image.alt) == ("記憶體模組", "記憶體模組")
    assert listing.items == ("隨身碟", "軟體")
    assert listing.ordered
    assert table.rows == (("名稱", "數量"), ("滑鼠", "2"))
    assert table.has_header
    assert original.title == "关于U盘软件的通知"
    # The map is the body text's: each block's span maps onto the converted block's span.
    assert converted.text == convert(original.text, "s2twp").text
    for before, after in zip(original.spans(), converted.spans(), strict=True):
        assert offsets.range_to_converted(before.start, before.end) == (after.start, after.end)


def test_convert_article_unknown_config() -> None:
    with pytest.raises(ValueError, match="valid conversions"):
        convert_article(article(), "zh2en")


def test_target_language() -> None:
    assert target_language("t2s") == "zh-Hans"
    assert target_language("tw2sp") == "zh-Hans"
    assert target_language("s2t") == "zh-Hant"
    assert target_language("s2twp") == "zh-Hant-TW"
    assert target_language("s2hk") == "zh-Hant-HK"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("关于进一步加强政务公开工作的通知", "hans"),
        ("關於進一步加強政務公開工作的通知", "hant"),
        ("Hello world 2024", None),
        ("", None),
        ("中文", None),
        ("Office 365 软件更新说明：请在周一前完成。", "hans"),
    ],
)
def test_detect_script(text: str, expected: str | None) -> None:
    assert detect_script(text) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("zh_CN", "hans"),
        ("zh_CN.UTF-8", "hans"),
        ("zh-SG", "hans"),
        ("zh_TW", "tw"),
        ("zh-Hant", "tw"),
        ("zh-Hant-HK", "hk"),
        ("zh_HK", "hk"),
        ("zh_MO", "hk"),
        ("en_US", None),
        ("C", None),
    ],
)
def test_locale_script(locale: str, expected: str | None) -> None:
    assert locale_script(locale) == expected


@pytest.mark.parametrize(
    ("detected", "locale", "expected"),
    [
        ("hans", "zh_TW", "s2tw"),
        ("hans", "zh_HK", "s2hk"),
        ("hans", "zh_CN", None),
        ("hant", "zh_CN", "t2s"),
        ("hant", "zh_TW", None),  # a Big5 page is not converted to itself
        ("hant", "zh_HK", None),
        (None, "zh_TW", None),
        ("hans", "en_US", None),
    ],
)
def test_default_config(detected: conversion.Script | None, locale: str, expected: str | None) -> None:
    assert default_config(detected, locale) == expected


def is_tofu_avoidance(ours: str, expected: str) -> bool:
    """True when ``ours`` differs from ``expected`` only where OpenCC's golden output has an astral
    character and ours a BMP one: what leaving out the "tofu risk" dictionaries is for."""
    if len(ours) != len(expected):
        return False
    return all(a == b or (ord(b) > 0xFFFF and ord(a) <= 0xFFFF) for a, b in zip(ours, expected, strict=True))


def test_opencc_golden_cases_through_our_service(corpora_dir: Path) -> None:
    cases = opencc_cases(corpora_dir)
    assert {config for _, config, _, _ in cases} == set(CONFIGS)
    failures = []
    tofu_avoided = []
    for case_id, config, text, expected in cases:
        result = convert(text, config)
        if result.text != expected:
            if is_tofu_avoidance(result.text, expected):
                # OpenCC's own output with the tofu-risk dictionaries is the golden one.
                raw = opencc.OpenCC(config, include_tofu_risk_dictionaries=True).convert(text)
                assert raw == expected
                tofu_avoided.append(case_id)
            else:
                failures.append(f"{case_id} {config}: {result.text!r} != {expected!r}")
        # Every case also gets a usable map: ends map to ends, positions map monotonically.
        offsets = result.offsets
        assert offsets.to_original(len(result.text)) == len(text)
        back = [offsets.to_original(pos) for pos in range(len(result.text) + 1)]
        assert back == sorted(back)
    assert not failures, "\n".join(failures)
    # Measured: 3 of 535 (t2s cases whose golden output keeps rare astral characters such as 𣨼).
    assert len(tofu_avoided) <= 3, tofu_avoided
