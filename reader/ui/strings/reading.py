"""Reading: the reading-aid overlays and caption strip themselves, and reading aloud (the Speech menu,
voices, rate and volume, spoken confirmations, audio export and their messages).
"""

from __future__ import annotations

from reader.ui.strings.base import Control, plural_translator, translator

_tr = translator("Reading")
_trn = plural_translator("Reading")

# Reading aids (the overlays and the caption strip themselves)


def crosshair_overlay() -> Control:
    return Control("", _tr("跟随鼠标指针的参考线"), spoken=_tr("十字线"))


def line_focus_overlay() -> Control:
    return Control("", _tr("变暗其余各行的遮罩"), spoken=_tr("阅读焦点"))


def caption_strip() -> Control:
    """The strip itself (not focusable; read by screen readers)."""
    return Control(
        "",
        _tr("用特大字显示当前句子"),
        spoken=_tr("大字幕"),
    )


def caption_page(page: int, pages: int) -> str:
    """Accessible description of a long sentence shown in parts, e.g. "第 1/3 部分"."""
    return _tr("第 {page}/{pages} 部分").format(page=page, pages=pages)


# --- reading aloud ---------------------------------------------------------------------------------------


def speech_menu() -> Control:
    return Control(
        _tr("朗读(&R)"),
        _tr("连读、指读、暂停、停止、语速、音量、嗓音、导出音频"),
    )


def pause_speech() -> Control:
    return Control(
        _tr("暂停/继续(&U)"),
        _tr("在句子中间暂停，再从停下处继续"),
    )


def stop_speech() -> Control:
    return Control(_tr("停止朗读(&T)"), _tr("立即停止发声"))


def read_selection() -> Control:
    return Control(
        _tr("朗读选中内容(&L)"),
        _tr("只读选中的文字"),
    )


def next_sentence() -> Control:
    return Control(_tr("下一句(&N)"), _tr("跳到下一句朗读"))


def previous_sentence() -> Control:
    return Control(
        _tr("上一句(&B)"),
        _tr("跳到上一句朗读"),
    )


def next_paragraph() -> Control:
    return Control(_tr("下一段(&D)"), _tr("跳到下一段朗读"))


def previous_paragraph() -> Control:
    return Control(
        _tr("上一段(&G)"),
        _tr("跳到上一段朗读"),
    )


def export_audio() -> Control:
    return Control(
        _tr("导出音频(&E)…"),
        _tr("把文章朗读成 WAV 或 MP3 文件"),
    )


def heading_cue() -> Control:
    return Control(_tr("标题前提示(&H)"), _tr("朗读时在每个标题前先说“标题”"))


def word_highlight() -> Control:
    return Control(
        _tr("逐词高亮(&W)"),
        _tr("在朗读的句子中标出正在读的词"),
    )


def voice_menu() -> Control:
    return Control(_tr("嗓音(&V)"), _tr("普通话、粤语等朗读嗓音"))


def volume_menu() -> Control:
    return Control(_tr("音量(&O)"), _tr("朗读的音量"))


def rate_menu() -> Control:
    return Control(_tr("语速(&E)"), _tr("朗读的快慢"))


def confirmations_menu() -> Control:
    return Control(
        _tr("语音确认(&C)"),
        _tr("切换开关时读出新状态"),
    )


def confirmation_entry(mode: str) -> Control:
    labels = {
        "auto": _tr("自动(&A)"),
        "always": _tr("总是读出(&Y)"),
        "never": _tr("从不读出(&N)"),
    }
    return Control(labels[mode], _tr("切换开关时是否读出新状态"))


def voice_auto() -> str:
    return _tr("自动（按文章的文字选择）")


def voice_group(key: str) -> str:
    groups = {"mandarin": _tr("普通话"), "cantonese": _tr("粤语"), "english": _tr("英语")}
    return groups.get(key, key)


def voice_entry_name(voice: str) -> str:
    return _tr("嗓音：{voice}").format(voice=voice)


def voice_choice_label(group: str, voice: str) -> str:
    return _tr("{group}：{voice}").format(group=group, voice=voice)


RATES: tuple[tuple[int, str], ...] = ((140, "slow"), (200, "normal"), (260, "fast"), (330, "faster"))
"""The rates 语速 cycles through (words per minute) and their names."""


def rate_label(key: str) -> str:
    labels = {"slow": _tr("慢"), "normal": _tr("正常"), "fast": _tr("快"), "faster": _tr("很快")}
    return labels[key]


def rate_entry(key: str, wpm: int) -> Control:
    names = {
        "slow": _tr("语速：慢"),
        "normal": _tr("语速：正常"),
        "fast": _tr("语速：快"),
        "faster": _tr("语速：很快"),
    }
    return Control(
        f"{rate_label(key)}(&{list(names).index(key) + 1})",
        _tr("每分钟约 {wpm} 字").format(wpm=wpm),
    )


def volume_entry(percent: int) -> Control:
    return Control(
        f"{percent}%(&{percent // 25})",
        _tr("朗读的音量"),
    )


def rate_status(label: str, wpm: int) -> str:
    return _tr("语速：{label}（每分钟 {wpm} 字）").format(label=label, wpm=wpm)


def volume_status(percent: int) -> str:
    return _tr("音量：{percent}%").format(percent=percent)


def voice_status(name: str) -> str:
    return _tr("嗓音：{name}").format(name=name)


def spoken_toggle(control: Control, is_on: bool) -> str:
    """The spoken confirmation of a switch: “大字幕已开启”."""
    return (_tr("{label}已开启") if is_on else _tr("{label}已关闭")).format(label=control.button_text)


def skip_spoken() -> str:
    return _tr("这一句无法朗读，已跳过")


def skipped_status(text: str) -> str:
    return _tr("一句无法朗读，已跳过：{text}").format(text=text)


def speech_unavailable(reason: str) -> str:
    return _tr("朗读引擎无法启动，朗读时不会发声：{reason}").format(reason=reason)


def no_sound_device() -> str:
    return _tr("没有找到声音设备：朗读不会发声，只按语速逐句高亮。")


def sound_is_off() -> str:
    return _tr("声音已关闭：先打开“声音”再朗读。")


def nothing_to_read() -> str:
    return _tr("没有可以朗读的文字。")


def nothing_selected() -> str:
    return _tr("没有选中的文字：先用 Shift 加方向键选中要读的文字。")


def reading_paused() -> str:
    return _tr("朗读已暂停")


def reading_stopped() -> str:
    return _tr("朗读已停止")


def export_title() -> str:
    return _tr("导出音频")


def export_filter() -> str:
    return _tr("WAV 音频 (*.wav);;MP3 音频 (*.mp3)")


def export_progress(done: int, total: int) -> str:
    return _tr("正在朗读成音频：第 {done} 段，共 {total} 段").format(done=done, total=total)


def export_cancel() -> str:
    return _tr("取消")


def export_done(path: str, minutes: int, seconds: int, skipped: int) -> str:
    text = _tr("已导出音频 {path}（{minutes} 分 {seconds} 秒）").format(
        path=path, minutes=minutes, seconds=seconds
    )
    if skipped:
        text += _trn("；%n 句无法朗读，已跳过", skipped)
    return text


def export_failed(path: str, reason: str) -> str:
    return _tr("无法导出音频 {path}：{reason}").format(path=path, reason=reason)


def export_cancelled() -> str:
    return _tr("已取消导出音频，没有写入文件。")
