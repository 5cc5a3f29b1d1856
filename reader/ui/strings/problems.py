"""Problems with the settings and with custom colours, worded in the interface language.

Core reports them as :class:`~reader.core.messages.Message` s: a ``settings.*`` code from reading the
settings file (``reader.core.settings``) or from saving it, a ``theme.*`` code from checking custom
colours (``reader.core.themes``), each with its parameters. :func:`settings_problem_text` words one; the
option's name (``option``), a colour's (``role``) and a pair's (``pair``) come from the interface, never
from core's labels. A user's value, a file's path and the default are shown as the file writes them.
A code without a wording here (a newer core) still gets a sentence in the interface language, with its
parameters, never core's English.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from reader.core.messages import Message, Param
from reader.core.themes import DEFAULT_THEME
from reader.ui.strings.base import plural_translator, translator
from reader.ui.strings.controls import theme_label
from reader.ui.strings.dialogs import _pair_name, colour_field

_tr = translator("SettingsProblems")
_trn = plural_translator("SettingsProblems")

_Params = Mapping[str, Param]


def _option_names() -> dict[str, str]:
    # Literal _tr calls, so the translation tools find every string; the names the menus and dialogs use.
    return {
        "font_size_pt": _tr("字号"),
        "line_spacing": _tr("行距"),
        "letter_spacing_em": _tr("字距"),
        "paragraph_spacing": _tr("段距"),
        "max_line_width_chars": _tr("每行最多字数"),
        "font_family": _tr("字体"),
        "bold": _tr("粗体"),
        "alignment": _tr("对齐"),
        "theme": _tr("配色"),
        "custom_theme": _tr("自定义颜色"),
        "big_pointer": _tr("大鼠标"),
        "pointer_colour": _tr("大鼠标的颜色"),
        "crosshair": _tr("十字线"),
        "line_focus": _tr("行聚焦"),
        "caption_strip": _tr("大字幕"),
        "caption_position": _tr("大字幕的位置"),
        "sound": _tr("声音"),
        "speech_rate": _tr("语速"),
        "speech_volume": _tr("音量"),
        "voices": _tr("嗓音"),
        "point_read": _tr("指读"),
        "word_highlight": _tr("逐词高亮"),
        "heading_cue": _tr("标题前提示"),
        "pinyin": _tr("拼音"),
        "announce_toggles": _tr("语音确认"),
        "big_toolbar": _tr("大工具栏"),
        "ui_scale": _tr("界面大小"),
        "shortcut_preset": _tr("快捷键方案"),
        "interface_language": _tr("界面语言"),
        "last_convert": _tr("上次的简繁转换"),
        "recent_files": _tr("最近打开的文件"),
        "window_geometry": _tr("窗口的位置和大小"),
        "shortcut_keys": _tr("自定义按键"),
    }


def option_name(name: str) -> str:
    """The shown name of setting ``name`` (``font_size_pt`` → 字号); "一项设置" for one it does not know."""
    return _option_names().get(name) or _tr(
        "一项设置", note="The name of a setting this version cannot name."
    )


def colour_name(role: str) -> str:
    """The shown name of a custom colour (``CustomColours`` field or ``Theme.custom`` argument)."""
    if role == "highlight_text":
        return _tr("朗读高亮的文字颜色")
    if role == "highlight_background":
        role = "highlight"
    try:
        return colour_field(role).name
    except KeyError:
        return role


def _pair(p: _Params) -> str:
    try:
        return _pair_name(str(p.get("pair", "")))
    except KeyError:
        return str(p.get("pair", ""))


def _number(value: Param | None) -> str:
    """A number as a message shows it: 16, 1.5, 4.48 (never 16.0)."""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value if value is not None else "")


def _ratio(value: Param | None) -> str:
    return f"{value:.2f}" if isinstance(value, int | float) else str(value)


def _quantity(unit: str) -> str:
    """The template of one amount in ``unit`` (``{n}``), as the settings dialogs write it."""
    templates = {
        "pt": _tr("{n} 磅", note="A text size in points."),
        "×": _tr("{n} 倍", note="Line or paragraph spacing, a multiple."),
        "em": _tr("{n} 个字宽", note="Letter spacing, in widths of a character (em)."),
        "wpm": _tr("{n} 字/分钟", note="Speech rate."),
        "%": "{n}%",
    }
    return templates.get(unit, "{n}")


def _range(p: _Params) -> str:
    unit = str(p.get("unit", ""))
    low = _quantity(unit).format(n=_number(p.get("minimum")))
    high = _quantity(unit).format(n=_number(p.get("maximum")))
    return _tr("{low} 到 {high}", note="A range of allowed values, e.g. 12 磅 到 120 磅.").format(
        low=low, high=high
    )


def _fallback(p: _Params) -> str:
    """What was done instead: the default taken, named when it is worth reading out."""
    default = str(p.get("default", ""))
    if default:
        return _tr("已改用默认值 {default}").format(default=default)
    return _tr("已改用默认值")


def _names(names: list[str]) -> str:
    return _tr("、", note="Joins the items of a list of names.").join(names)


def _colours_invalid(p: _Params) -> str:
    invalid = [colour_name(role) for role in str(p.get("invalid", "")).split(", ") if role]
    unknown = str(p.get("unknown", ""))
    option = option_name(str(p.get("option", "")))
    if invalid and unknown:
        text = _tr(
            "“{option}”中这些颜色无效，已改用默认颜色：{invalid}；这些项目不是颜色，已忽略：{unknown}。"
        )
    elif invalid:
        text = _tr("“{option}”中这些颜色无效，已改用默认颜色：{invalid}。")
    else:
        text = _tr("“{option}”中这些项目不是颜色，已忽略：{unknown}。")
    return text.format(option=option, invalid=_names(invalid), unknown=unknown)


def _damaged(reason: str, p: _Params) -> str:
    kept_as = str(p.get("kept_as", ""))
    if kept_as:
        consequence = _tr("已另存为 {kept_as}，现用默认设置。").format(kept_as=kept_as)
    else:
        consequence = _tr("现用默认设置。")
    return reason.format(path=p.get("path", ""), consequence=consequence)


def _wordings() -> dict[str, Callable[[_Params], str]]:
    """Code → its wording. A wording gets the parameters and fills its placeholders after translating."""

    def value(text: str) -> Callable[[_Params], str]:
        """A problem with one option's value, the default taken instead."""
        return lambda p: text.format(
            option=option_name(str(p.get("option", ""))), value=p.get("value", ""), fallback=_fallback(p)
        )

    return {
        # The settings as a whole (reader.core.settings.schema, migrations).
        "settings.not_named_values": lambda p: _tr("读到的设置不是一组有名称的值，已用默认设置。"),
        "settings.version_invalid": lambda p: _tr("设置文件的版本号 {value} 无效，已按当前版本读取。").format(
            value=p.get("value", "")
        ),
        "settings.version_newer": lambda p: _tr(
            "设置文件来自较新的版本（{version}），这个版本不认识的设置已忽略。"
        ).format(version=p.get("version", "")),
        "settings.version_too_old": lambda p: _tr(
            "设置文件的版本 {version} 太旧，无法转换，已用默认设置。"
        ).format(version=p.get("version", "")),
        # One option's value (reader.core.settings.kinds); {fallback}: 已改用默认值 ….
        "settings.not_whole_number": value(_tr("“{option}”的值 {value} 不是整数，{fallback}。")),
        "settings.not_a_number": value(_tr("“{option}”的值 {value} 不是数字，{fallback}。")),
        "settings.not_finite": value(_tr("“{option}”的值 {value} 不是有效的数字，{fallback}。")),
        "settings.not_boolean": value(_tr("“{option}”的值 {value} 不是“是”或“否”，{fallback}。")),
        "settings.not_text": value(_tr("“{option}”的值 {value} 不是文字，{fallback}。")),
        "settings.not_a_list": value(_tr("“{option}”的值 {value} 不是列表，{fallback}。")),
        "settings.not_a_map": value(_tr("“{option}”的值 {value} 不是对照表，{fallback}。")),
        "settings.not_colours": value(_tr("“{option}”的值 {value} 不是一组颜色，{fallback}。")),
        "settings.negative": value(_tr("“{option}”的值 {value} 不能是负数，{fallback}。")),
        "settings.not_a_choice": value(_tr("“{option}”的值 {value} 不是可选的值，{fallback}。")),
        "settings.control_characters": value(_tr("“{option}”的文字含有控制字符，{fallback}。")),
        "settings.text_too_long": lambda p: _tr(
            "“{option}”的文字太长（{length} 个字符，最多 {maximum} 个），{fallback}。"
        ).format(
            option=option_name(str(p.get("option", ""))),
            length=p.get("length", ""),
            maximum=p.get("maximum", ""),
            fallback=_fallback(p),
        ),
        "settings.out_of_range": lambda p: _tr(
            "“{option}”的值 {value} 超出范围（{range}），已改为 {result}。"
        ).format(
            option=option_name(str(p.get("option", ""))),
            value=p.get("value", ""),
            range=_range(p),
            result=_quantity(str(p.get("unit", ""))).format(n=_number(p.get("result"))),
        ),
        "settings.unknown_theme": lambda p: _tr(
            "“{option}”的值 {value} 不是已有的配色，已改用“{scheme}”。"
        ).format(
            option=option_name(str(p.get("option", ""))),
            value=p.get("value", ""),
            scheme=theme_label(DEFAULT_THEME, DEFAULT_THEME),
        ),
        "settings.entries_dropped": lambda p: _trn(
            "“{option}”中有 %n 项无效、重复或多余，已去掉。", _count(p)
        ).format(option=option_name(str(p.get("option", "")))),
        "settings.invalid_entries_dropped": lambda p: _trn(
            "“{option}”中有 %n 项无效，已去掉。", _count(p)
        ).format(option=option_name(str(p.get("option", "")))),
        "settings.colours_invalid": _colours_invalid,
        "settings.custom_colours_unreadable": lambda p: _tr(
            "自定义颜色看不清（{pair}的对比度只有 {ratio}:1，低于 {minimum}:1），已改用配色“{scheme}”。"
        ).format(
            pair=_pair(p),
            ratio=_ratio(p.get("ratio")),
            minimum=_number(p.get("minimum")),
            scheme=theme_label(DEFAULT_THEME, DEFAULT_THEME),
        ),
        # The file (reader.core.settings.store).
        "settings.file_is_a_folder": lambda p: _tr(
            "设置文件 {path} 是一个文件夹，无法读取，已用默认设置。"
        ).format(path=p.get("path", "")),
        "settings.file_denied": lambda p: _tr("没有权限读取设置文件 {path}，已用默认设置。").format(
            path=p.get("path", "")
        ),
        "settings.file_unreadable": lambda p: _tr("无法读取设置文件 {path}，已用默认设置。").format(
            path=p.get("path", "")
        ),
        "settings.file_too_large": lambda p: _damaged(
            _tr("设置文件 {path} 已损坏：文件太大。{consequence}"), p
        ),
        "settings.file_not_text": lambda p: _damaged(
            _tr("设置文件 {path} 已损坏：内容不是文字。{consequence}"), p
        ),
        "settings.file_not_json": lambda p: _damaged(
            _tr("设置文件 {path} 已损坏：格式不对。{consequence}"), p
        ),
        "settings.file_not_an_object": lambda p: _damaged(
            _tr("设置文件 {path} 已损坏：内容不是一组设置。{consequence}"), p
        ),
        "settings.save_denied": lambda p: _tr("无法保存设置：没有权限写入 {path}。").format(
            path=p.get("path", "")
        ),
        "settings.save_disk_full": lambda p: _tr("无法保存设置：磁盘已满。"),
        "settings.save_failed": lambda p: _tr("无法保存设置：写入 {path} 时出错。").format(
            path=p.get("path", "")
        ),
        # Custom colours (reader.core.themes).
        "theme.not_a_colour": lambda p: _tr(
            "{colour} {value} 不是颜色，请写成 # 加六位十六进制数字，例如 #1a2b3c。"
        ).format(colour=colour_name(str(p.get("role", ""))), value=p.get("value", "")),
        "theme.low_contrast": lambda p: _tr("{pair}的对比度只有 {ratio}:1，低于 {minimum}:1。").format(
            pair=_pair(p), ratio=_ratio(p.get("ratio")), minimum=_number(p.get("minimum"))
        ),
    }


def _count(p: _Params) -> int:
    count = p.get("count", 0)
    return count if isinstance(count, int) else 0


def settings_worded_codes() -> frozenset[str]:
    """The codes :func:`settings_problem_text` has a wording for."""
    return frozenset(_wordings())


def settings_problem_text(message: Message) -> str:
    """``message`` (a settings or custom colour problem) in the interface language."""
    wording = _wordings().get(message.code)
    if wording is not None:
        return wording(message.params)
    details = _names(
        [
            option_name(str(value)) if key == "option" else _number(value)
            for key, value in message.params.items()
        ]
    )
    if details:
        return _tr("设置有一处问题：{details}。").format(details=details)
    return _tr("设置有一处问题。")
