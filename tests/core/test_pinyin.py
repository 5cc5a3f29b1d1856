"""Readings in context (``reader.core.pinyin``) with the real pypinyin: styles, phrases, files, threads."""

from __future__ import annotations

import threading
from pathlib import Path

import pypinyin
import pytest
from pypinyin.constants import PHRASES_DICT

from reader.core.pinyin import (
    PHRASE_MESSAGE_CODES,
    Annotator,
    Style,
    normalize_reading,
    parse_phrases,
    shipped_phrases,
    shipped_phrases_path,
    user_phrases_path,
    write_user_phrases,
)
from reader.core.resources import sample_article


@pytest.fixture
def annotator(tmp_path: Path) -> Annotator:
    return Annotator(tmp_path / "none.txt")


def test_one_reading_per_code_point_and_none_for_the_rest(annotator: Annotator) -> None:
    text = "ABC银行行长，2024年\n𠀀好"
    readings = annotator.readings(text, Style.MARKS)
    assert len(readings) == len(text)
    assert readings[:3] == [None, None, None]
    assert readings[3:7] == ["yín", "háng", "háng", "zhǎng"]
    assert readings[7:12] == [None] * 5
    assert readings[12] == "nián"
    assert readings[13] is None  # the line break
    assert readings[15] == "hǎo"


def test_styles(annotator: Annotator) -> None:
    text = "女儿绿了"
    assert annotator.readings(text, Style.MARKS) == ["nǚ", "ér", "lǜ", "le"]
    assert annotator.readings(text, Style.NUMBERS) == ["nü3", "er2", "lü4", "le5"]
    assert annotator.readings(text, Style.ZHUYIN) == ["ㄋㄩˇ", "ㄦˊ", "ㄌㄩˋ", "ㄌㄜ˙"]
    assert annotator.numbered(text) == ["nv3", "er2", "lv4", "le5"]
    assert [style.value for style in Style] == ["marks", "numbers", "zhuyin"]


def test_words_decide_polyphones(annotator: Annotator) -> None:
    assert annotator.numbered("重庆市长江大桥") == [
        *["chong2", "qing4", "shi4", "chang2"],
        *["jiang1", "da4", "qiao2"],
    ]
    assert pypinyin.lazy_pinyin("重庆市长江大桥")[3] == "zhang", "pypinyin alone cuts 市长"
    assert annotator.numbered("重要") == ["zhong4", "yao4"]
    assert annotator.numbered("处长")[0] == "chu4"
    assert annotator.numbered("处理")[0] == "chu3"


def test_a_shipped_phrase_applies_only_where_it_is_a_word(annotator: Annotator) -> None:
    assert annotator.numbered("山东省单县人民政府")[3:5] == ["shan4", "xian4"]
    assert annotator.numbered("简单县城")[1] == "dan1"
    assert pypinyin.lazy_pinyin("单县", style=pypinyin.Style.TONE3)[0] == "dan1", "pypinyin alone misreads it"


def test_the_shipped_file_parses_cleanly_and_every_entry_counts() -> None:
    phrases, problems = parse_phrases(shipped_phrases_path().read_text(encoding="utf-8"))
    assert problems == []
    assert phrases == shipped_phrases()
    # Entries pypinyin reads right as words, shipped to keep the cut (物流, 进行, 相较, 重庆市), to keep
    # a title or place one word (处长, 重庆, 六安…), or to stand against a shorter entry (大都会, 都会).
    pinned = {"处长", "厅长", "重庆", "重庆市", "六安", "蚌埠", "番禺", "铅山", "莘县", "乐亭", "牟平"}
    pinned |= {"犍为", "大都会", "都会区", "不着边际", "物流", "进行", "相较"}
    changed = set()
    for word, readings in phrases.items():
        alone = pypinyin.lazy_pinyin(word, style=pypinyin.Style.TONE3, neutral_tone_with_five=True)
        if [normalize_reading(syllable) for syllable in alone] != readings:
            changed.add(word)
    assert changed | pinned == set(phrases), "entries pypinyin already reads right and that pin nothing"
    assert not changed & pinned, "a pinned entry that pypinyin reads otherwise: it is not only pinning"


def test_user_phrases_win_and_stay_in_their_annotator(tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text("# mine\n行长\txing2 chang2\n", encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text("行长\thang2 zhang3\n处长\tchu3 chang2\n", encoding="utf-8")
    before = dict(PHRASES_DICT)
    one, two = Annotator(first), Annotator(second)
    assert one.numbered("银行行长") == ["yin2", "hang2", "xing2", "chang2"]
    assert two.numbered("处长") == ["chu3", "chang2"]
    assert one.numbered("处长") == ["chu4", "zhang3"]
    assert Annotator(tmp_path / "none.txt").numbered("行长") == ["hang2", "zhang3"]
    assert dict(PHRASES_DICT) == before, "pypinyin's global dictionary changed"


def test_reload_reads_the_user_file_again(tmp_path: Path) -> None:
    path = tmp_path / "mine.txt"
    annotator = Annotator(path)
    assert annotator.numbered("朝气") == ["zhao1", "qi4"]
    write_user_phrases(path, {"朝气": ["chao2", "qi4"]})
    assert annotator.numbered("朝气") == ["zhao1", "qi4"], "cached until reload"
    annotator.reload()
    assert annotator.numbered("朝气") == ["chao2", "qi4"]
    assert annotator.phrases["朝气"] == ["chao2", "qi4"]


def test_bad_lines_are_messages_with_their_line(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "# comment",
            "单县\tshan4 xian4",
            "没有读音",
            "abc\ta b c",
            "重庆\tchong2",
            "重庆\tchong2 xyz9",
            "单县\tdan1 xian4",
            "绿色 lü4 se4",
            "女儿\tnǚ ér",
        ]
    )
    phrases, problems = parse_phrases(text)
    assert [(problem.code, problem.params["line"]) for problem in problems] == [
        ("pinyin.no_reading", 3),
        ("pinyin.not_han", 4),
        ("pinyin.syllable_count", 5),
        ("pinyin.bad_syllable", 6),
        ("pinyin.duplicate", 7),
    ]
    assert {problem.code for problem in problems} | {"pinyin.unreadable"} == set(PHRASE_MESSAGE_CODES)
    assert problems[3].params["syllable"] == "xyz9"
    assert phrases == {"单县": ["dan1", "xian4"], "绿色": ["lv4", "se4"], "女儿": ["nv3", "er2"]}
    path = tmp_path / "bad.txt"
    path.write_text(text, encoding="utf-8")
    annotator = Annotator(path)
    assert len(annotator.messages) == 5
    assert annotator.numbered("单县") == ["dan1", "xian4"], "the user's later line wins over the shipped one"


def test_an_unreadable_user_file_is_a_message(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    annotator = Annotator(folder)
    assert annotator.numbered("单县") == ["shan4", "xian4"]
    assert [problem.code for problem in annotator.messages] == ["pinyin.unreadable"]


def test_write_user_phrases_round_trips_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "phrases.txt"
    phrases = {"单县": ["shan4", "xian4"], "了解": ["liao3", "jie3"]}
    write_user_phrases(path, phrases)
    assert parse_phrases(path.read_text(encoding="utf-8")) == (phrases, [])
    write_user_phrases(path, {"了": ["le5"]})
    assert parse_phrases(path.read_text(encoding="utf-8"))[0] == {"了": ["le5"]}
    assert [child.name for child in path.parent.iterdir()] == ["phrases.txt"]


def test_normalize_reading() -> None:
    assert normalize_reading("lü4") == "lv4"
    assert normalize_reading("LU:4") == "lv4"
    assert normalize_reading("lǜ") == "lv4"
    assert normalize_reading("le") == "le5"
    assert normalize_reading("chóng") == "chong2"
    assert normalize_reading("xyz1") is None
    assert normalize_reading("") is None


def test_words_are_the_pieces_that_decided(annotator: Annotator) -> None:
    text = "重庆市长江大桥，ABC银行行长2024年。\n他走了"
    pieces = annotator.words(text, Style.MARKS)
    assert "".join(piece for piece, _ in pieces) == text
    assert pieces[:3] == [
        ("重庆市", ["chóng", "qìng", "shì"]),
        ("长江", ["cháng", "jiāng"]),
        ("大桥", ["dà", "qiáo"]),
    ]
    assert ("，ABC", None) in pieces
    assert ("行长", ["háng", "zhǎng"]) in pieces
    assert pieces[-1] == ("了", ["le"])


def test_user_phrases_path_is_in_the_config_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path))
    assert user_phrases_path().parent == tmp_path
    assert Annotator().user_file == user_phrases_path()


def test_threads_get_the_same_readings(annotator: Annotator) -> None:
    lines = [f"第{index}行：银行行长和处长重新调整了长期规划。" for index in range(200)]
    expected = [Annotator(Path("/nonexistent/x")).numbered(line) for line in lines]
    results: dict[int, list[list[str | None]]] = {}

    def work(worker: int) -> None:
        results[worker] = [annotator.numbered(line) for line in (lines if worker % 2 else lines[::-1])]

    threads = [threading.Thread(target=work, args=(worker,)) for worker in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for worker, got in results.items():
        assert got == (expected if worker % 2 else expected[::-1])


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("美得让人眩目", 1, "de5"),
        ("把钱看得很重", 3, "de5"),
        ("罗素说得好", 3, "de5"),
        ("能得到镇政府的支持", 1, "de2"),
        ("如果我能再得一次", 5, "de2"),
        ("得了广泛的尊重", 0, "de2"),
        ("他很认真地说", 4, "de5"),
        ("慢慢地加入", 2, "de5"),
        ("各地大学生", 1, "di4"),
        ("北大等地东看看", 3, "di4"),
        ("严格落实属地管理", 5, "di4"),
    ],
)
def test_lone_particles_are_read_from_their_neighbours(
    annotator: Annotator, text: str, index: int, expected: str
) -> None:
    assert annotator.numbered(text)[index] == expected


def test_a_guard_word_keeps_the_cut(annotator: Annotator) -> None:
    alone = pypinyin.lazy_pinyin("物流行业", style=pypinyin.Style.TONE3)
    assert alone[2] == "xing2", "pypinyin cuts 流行"
    assert annotator.numbered("物流行业")[2] == "hang2"
    assert annotator.numbered("在进行货到付款")[2] == "xing2", "进行, not 行货"


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("配送周期长", 4, "chang2"),
        ("长时间的发展", 0, "chang2"),
        ("一条长达427米", 2, "chang2"),
        ("工厂厂长", 3, "zhang3"),
    ],
)
def test_a_lone_chang_is_the_adjective_by_its_neighbours(
    annotator: Annotator, text: str, index: int, expected: str
) -> None:
    assert annotator.numbered(text)[index] == expected


def test_the_dictionary_lookup_is_what_pypinyin_says() -> None:
    from pypinyin.seg.mmseg import seg

    from reader.core.pinyin.reading import _pypinyin_readings

    text = sample_article().read_text(encoding="utf-8") + "银行行长重庆市长江大桥了解为了什么𠀀㐀"
    for run in pypinyin.seg.simpleseg.simple_seg(text):
        if not run or not pypinyin.constants.RE_HANS.match(run[0]):
            continue
        for word in seg.cut(run):
            alone = pypinyin.pinyin([word], style=pypinyin.Style.TONE3, neutral_tone_with_five=True)
            assert _pypinyin_readings(word) == [normalize_reading(item[0]) for item in alone], word


def test_a_screen_cut_mid_paragraph_reuses_the_clauses_it_shares(annotator: Annotator) -> None:
    paragraph = "银行行长说，处长重新调整了长期规划；大家都会同意。" * 3
    whole = annotator.numbered(paragraph)
    assert annotator.numbered(paragraph[7:40]) == whole[7:40]
