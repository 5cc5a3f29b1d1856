"""拼音 / 注音 in the window: the menu and its entries, the caption strip's reading row, the reading of the
word under the pointer, and the 读音词典 (the user's phrase file) with its problems (``pinyin.*``)."""

from __future__ import annotations

from reader.core.messages import Message
from reader.ui.strings.base import Control, translator

_tr = translator("Pinyin")


def pinyin_menu() -> Control:
    return Control(_tr("拼音(&L)"), _tr("在文字上方标出读音"))


def pinyin_cycle() -> Control:
    return Control(_tr("切换拼音(&P)"), _tr("依次切换：不标、拼音、数字声调、注音符号"))


def pinyin_entry(mode: str) -> Control:
    """One entry of the 拼音 menu (``off``, ``marks``, ``numbers``, ``zhuyin``)."""
    if mode == "marks":
        return Control(_tr("拼音（声调符号）(&M)"), _tr("在文字上方标出带声调符号的拼音"))
    if mode == "numbers":
        return Control(_tr("拼音（数字声调）(&N)"), _tr("在文字上方标出用数字表示声调的拼音"))
    if mode == "zhuyin":
        return Control(_tr("注音符号(&Z)"), _tr("在文字上方标出注音符号，如 ㄔㄨㄥˊ"))
    return Control(_tr("不标读音(&O)"), _tr("文字上方不标读音"))


def pinyin_shown(mode: str) -> str:
    if mode == "off":
        return _tr("已关闭拼音")
    return _tr("已显示：{name}").format(name=pinyin_entry(mode).name)


def phrases_command() -> Control:
    return Control(_tr("读音词典(&D)…"), _tr("改正多音字的读音，显示和朗读都按这里的读音"))


def caption_readings() -> Control:
    return Control("", _tr("字幕文字的读音"), spoken=_tr("字幕拼音"))


def word_reading(word: str, reading: str) -> str:
    return _tr("{word}：{reading}", note="The word under the pointer and its reading.").format(
        word=word, reading=reading
    )


# --- the 读音词典 dialog ---------------------------------------------------------------------------------


def phrases_title() -> str:
    return _tr("读音词典")


def phrases_help() -> str:
    return _tr(
        "每行一个词语，空一格后写它的拼音，每个字一个音节，用数字表示声调，如：单县 shan4 xian4。"
        "轻声写 5。以 # 开头的行是说明。显示拼音和朗读都按这里的读音。"
    )


def phrases_editor() -> Control:
    return Control(_tr("词语和读音(&W)："), _tr("每行一个词语和它的拼音"))


def phrases_problems_list() -> Control:
    return Control("", _tr("这些行有问题，保存时会跳过"), spoken=_tr("有问题的行"))


def phrases_saved(count: int) -> str:
    return _tr("读音词典已保存：{count} 个词语").format(count=count)


def phrases_save_failed(path: str, reason: str) -> str:
    return _tr("无法保存读音词典 {path}：{reason}").format(path=path, reason=reason)


def phrases_checked(count: int) -> str:
    return _tr("有 {count} 行需要改正；改好后再保存，或直接保存并跳过这些行").format(count=count)


def phrase_problem_text(problem: Message) -> str:
    """A ``pinyin.*`` problem of a phrase file in the interface language (else the core's English)."""
    p = {name: str(value) for name, value in problem.params.items()}
    line, word = p.get("line", ""), p.get("word", "")
    if problem.code == "pinyin.no_reading":
        return _tr("第 {line} 行「{word}」：没有读音").format(line=line, word=word)
    if problem.code == "pinyin.not_han":
        return _tr("第 {line} 行「{word}」：不全是汉字").format(line=line, word=word)
    if problem.code == "pinyin.syllable_count":
        return _tr("第 {line} 行「{word}」：{characters} 个字却有 {syllables} 个音节").format(
            line=line, word=word, characters=p.get("characters", ""), syllables=p.get("syllables", "")
        )
    if problem.code == "pinyin.bad_syllable":
        return _tr("第 {line} 行「{word}」：「{syllable}」不是拼音音节").format(
            line=line, word=word, syllable=p.get("syllable", "")
        )
    if problem.code == "pinyin.duplicate":
        return _tr("第 {line} 行「{word}」：第 {first} 行已有这个词语，用这一行的读音").format(
            line=line, word=word, first=p.get("first", "")
        )
    if problem.code == "pinyin.unreadable":
        return _tr("无法读取读音词典 {path}：{reason}").format(
            path=p.get("path", ""), reason=p.get("reason", "")
        )
    return problem.english
