"""Errors: why a file could not be opened, or an export written, worded from core's message codes.

Core says what went wrong as a :class:`~reader.core.messages.Message` (``load.missing``, ``load.binary``
with its ``kind``, ``export.no_space``…; see ``reader.core.errors.LOAD_CODES`` and
``reader.speech.exportformats.EXPORT_CODES``); :func:`error_text` words it in the interface language, one
sentence, for the window's message box and announcements (which name the file around it). The English a
message also carries is for the command line and the log only. A code without a wording here (a newer
core) still gets a sentence in the interface language, with the message's parameters.

Some parameters are the operating system's or an encoder's own words (``detail``, English by nature):
they are shown only by the last-resort wordings (an error with no code of its own); elsewhere they go to
the log.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from reader.core.messages import Message, Param
from reader.ui.strings.base import translator

__all__ = ["binary_kind_text", "error_text", "file_size_text"]

_tr = translator("Errors")

_MIB = 1024 * 1024


class _Params(dict[str, str]):
    """A message's parameters as text; a missing one is empty (a wording never fails to format)."""

    def __missing__(self, key: str) -> str:
        return ""


def file_size_text(size: Param) -> str:
    """A size in bytes as the reader says it: "70 MB", or "12 KB" under a megabyte."""
    if not isinstance(size, int | float):
        return str(size)
    if size >= _MIB:
        return _tr("{size} MB", note="A file size in megabytes.").format(size=f"{size / _MIB:.0f}")
    return _tr("{size} KB", note="A file size in kilobytes.").format(size=f"{size / 1024:.0f}")


_KINDS: dict[str, Callable[[], str]] = {
    "png": lambda: _tr("一张 PNG 图片"),
    "jpeg": lambda: _tr("一张 JPEG 图片"),
    "gif": lambda: _tr("一张 GIF 图片"),
    "webp": lambda: _tr("一张 WEBP 图片"),
    "bmp": lambda: _tr("一张 BMP 图片"),
    "tiff": lambda: _tr("一张 TIFF 图片"),
    "icon": lambda: _tr("一个图标"),
    "pdf": lambda: _tr("一份 PDF 文档"),
    "zip_document": lambda: _tr("一个 ZIP 压缩包（也可能是 DOCX 或 EPUB 文件）"),
    "zip": lambda: _tr("一个 ZIP 压缩包"),
    "gzip": lambda: _tr("一个 GZIP 压缩包"),
    "7z": lambda: _tr("一个 7Z 压缩包"),
    "rar": lambda: _tr("一个 RAR 压缩包"),
    "bzip2": lambda: _tr("一个 BZIP2 压缩包"),
    "xz": lambda: _tr("一个 XZ 压缩包"),
    "office": lambda: _tr("一份旧格式的 DOC、XLS 或 PPT 文档"),
    "program": lambda: _tr("一个程序"),
    "windows_program": lambda: _tr("一个 EXE 程序"),
    "database": lambda: _tr("一个数据库"),
    "mp3": lambda: _tr("一个 MP3 音频文件"),
    "audio": lambda: _tr("一个音频文件"),
    "audio_video": lambda: _tr("一个音频或视频文件"),
    "video": lambda: _tr("一个视频文件"),
    "video_image": lambda: _tr("一个视频或图片文件"),
    "font": lambda: _tr("一个字体文件"),
}
"""``reader.core.loading.BINARY_KINDS`` → what the file looks like, as the end of "它看起来是…"."""


def binary_kind_text(kind: Param) -> str:
    """What a binary file looks like (a ``load.binary`` message's ``kind``)."""
    wording = _KINDS.get(str(kind))
    return wording() if wording is not None else _tr("一种不是文本的格式")


def _folder(p: _Params) -> str:
    if p["folder"]:
        return _tr("文件夹 {folder} 不存在。").format_map(p)
    return _tr("要保存到的文件夹不存在。")


def _unsupported(p: _Params) -> str:
    if p["suffix"]:
        return _tr(
            "不支持“{suffix}”格式的音频，请保存为 WAV 或 MP3 文件。", note="{suffix}: the file name's ending."
        ).format_map(p)
    return _tr("文件名没有扩展名，请保存为 WAV 或 MP3 文件。")


def _no_encoder(p: _Params) -> str:
    if p["install_other"]:
        return _tr(
            "导出 MP3 需要 {encoder} 或 {alternative}，但两者都没有安装：请安装其中一个"
            "（例如 {install} 或 {install_other}），或改为导出 WAV 文件。",
            note="{encoder}, {alternative}: program names; {install}, {install_other}: install commands.",
        ).format_map(p)
    return _tr(
        "导出 MP3 需要 {encoder} 或 {alternative}，但两者都没有安装：请安装其中一个（例如 {install}），"
        "或改为导出 WAV 文件。",
        note="{encoder}, {alternative}: program names; {install}: a command that installs one.",
    ).format_map(p)


_Wording = Callable[[_Params], str]


def _int(value: str) -> int | str:
    """A parameter that was a whole number, as one again (sizes are formatted from numbers)."""
    return int(value) if value.isdigit() else value


_SAME = {
    "is_folder": lambda p: _tr("这是一个文件夹，不是文件。"),
    "name_too_long": lambda p: _tr("文件名或路径太长。"),
    "link_loop": lambda p: _tr("路径中的符号链接太多，或者互相循环指向。"),
    "io": lambda p: _tr("磁盘或设备读写出错，可能已损坏或已断开。"),
    "invalid_name": lambda p: _tr("文件名中有不允许使用的字符。"),
    "too_many_open": lambda p: _tr("同时打开的文件太多，请关闭一些程序后再试。"),
    "no_memory": lambda p: _tr("内存不足。"),
}
"""Problems worded the same whether the file was being read or written."""

_WORDINGS: dict[str, _Wording] = {
    **{f"load.{problem}": wording for problem, wording in _SAME.items()},
    **{f"export.{problem}": wording for problem, wording in _SAME.items()},
    # --- opening and reading ---
    "load.missing": lambda p: _tr("文件不存在。"),
    "load.path_not_folder": lambda p: _tr("文件不存在：路径中的某个文件夹其实是文件。"),
    "load.permission": lambda p: _tr("没有读取这个文件的权限。"),
    "load.no_device": lambda p: _tr("文件所在的设备不存在或没有连接。"),
    "load.open_failed": lambda p: _tr(
        "系统无法打开这个文件（{detail}）。", note="{detail}: the operating system's own words."
    ).format_map(p),
    "load.read_failed": lambda p: _tr(
        "系统无法读取这个文件（{detail}）。", note="{detail}: the operating system's own words."
    ).format_map(p),
    "load.not_regular": lambda p: _tr("这不是普通文件，而是设备、管道或套接字。"),
    "load.too_large": lambda p: _tr(
        "文件太大（{size}），本阅读器最多打开 {limit} 的文件。", note="{size}, {limit}: sizes such as 70 MB."
    ).format(size=file_size_text(_int(p["size"])), limit=file_size_text(_int(p["limit"]))),
    "load.over_limit": lambda p: _tr(
        "文件太大（超过 {limit}）。", note="{limit}: a size such as 64 MB."
    ).format(limit=file_size_text(_int(p["limit"]))),
    "load.empty": lambda p: _tr("文件是空的。"),
    "load.whitespace": lambda p: _tr("文件里只有空白，没有文字。"),
    "load.binary": lambda p: _tr(
        "这不是文本或网页文件，它看起来是{kind}。", note="{kind}: what the file looks like, e.g. a PNG image."
    ).format(kind=binary_kind_text(p["kind"])),
    "load.not_text": lambda p: _tr("这不是文本或网页文件：其中有不属于文本的字节。"),
    "load.control_bytes": lambda p: _tr("这不是文本或网页文件：其中有文本里不会出现的控制字节。"),
    "load.decode": lambda p: _tr("无法识别文件的文字编码：它不是本阅读器认识的任何一种编码。"),
    "load.mhtml_unreadable": lambda p: _tr("这个 MHTML 网页存档无法读取。"),
    "load.mhtml_broken": lambda p: _tr("这个 MHTML 网页存档已损坏：找不到其中的各个部分。"),
    "load.mhtml_no_page": lambda p: _tr("这个 MHTML 网页存档里没有网页。"),
    "load.mhtml_empty_page": lambda p: _tr("这个 MHTML 网页存档里的网页是空的。"),
    "load.page_unreadable": lambda p: _tr("无法读取这个网页的内容。"),
    "load.no_text": lambda p: _tr("文件里没有可以阅读的文字。"),
    "load.no_text_in_page": lambda p: _tr("网页里没有可以阅读的文字。"),
    "load.pdf_no_text": lambda p: _tr("这份 PDF 里只有图片，没有文字（可能是扫描件），阅读器无法朗读。"),
    "load.pdf_password": lambda p: _tr("这份 PDF 设有密码保护，阅读器无法打开。"),
    "load.pdf_broken": lambda p: _tr("这份 PDF 已损坏或不完整，无法读取。"),
    "load.epub_broken": lambda p: _tr("这个 EPUB 电子书已损坏或不完整，无法读取。"),
    "load.ofd_broken": lambda p: _tr("这个 OFD 文件已损坏或不完整，无法读取。"),
    "load.ofd_no_text": lambda p: _tr("这个 OFD 文件里只有图片，没有文字（可能是扫描件），阅读器无法朗读。"),
    "load.old_word": lambda p: _tr(
        "这是旧版 DOC 或 WPS 文档，阅读器无法直接打开。"
        "请先用 WPS 或 {converter} 等办公软件另存为 DOCX 文件再打开。",
        note="{converter}: an office suite's name (LibreOffice), as it is written.",
    ).format(converter=p["converter"]),
    "load.docx_broken": lambda p: _tr("这个 DOCX 文件已损坏或不完整，无法读取。"),
    "load.archive_too_large": lambda p: _tr(
        "这个文件解压后太大（{size} MB，阅读器最多接受 {limit} MB），可能是恶意文件。",
        note="{size}, {limit}: megabytes the ZIP inside a Word file would unpack to.",
    ).format(size=p["size"], limit=p["limit"]),
    "error.other": lambda p: _tr(
        "无法使用这个文件：{detail}", note="{detail}: a reason in the program's own words."
    ).format_map(p),
    "error.unexpected": lambda p: _tr(
        "程序内部错误（{kind}）：{detail}", note="A bug: {kind} is the error's type, {detail} its message."
    ).format_map(p),
    # --- writing an exported file ---
    "export.no_folder": _folder,
    "export.path_not_folder": lambda p: _tr("保存位置的路径中有一个文件夹其实是文件。"),
    "export.permission": lambda p: _tr("没有在这里写入文件的权限。"),
    "export.no_space": lambda p: _tr("磁盘空间不足。"),
    "export.read_only": lambda p: _tr("这个位置是只读的，不能写入。"),
    "export.file_too_big": lambda p: _tr("文件太大，超出了这个磁盘允许的大小。"),
    "export.exists": lambda p: _tr("同名的文件已经存在。"),
    "export.other_disk": lambda p: _tr("无法把文件移到另一个磁盘上。"),
    "export.busy": lambda p: _tr("文件正被其他程序使用。"),
    "export.write_failed": lambda p: _tr(
        "系统无法写入这个文件（{detail}）。", note="{detail}: the operating system's own words."
    ).format_map(p),
    "export.unsupported_format": _unsupported,
    "export.no_encoder": _no_encoder,
    "export.encoder_stopped": lambda p: _tr(
        "MP3 编码程序 {encoder} 中途停止了。", note="{encoder}: a program name (ffmpeg, lame)."
    ).format_map(p),
    "export.encoder_failed": lambda p: _tr(
        "MP3 编码程序 {encoder} 出错（退出码 {status}）。",
        note="{encoder}: a program name (ffmpeg, lame); {status}: its exit code.",
    ).format_map(p),
    "export.nothing_synthesised": lambda p: _tr("朗读引擎一句也没能读出来。"),
    "export.no_text": lambda p: _tr("没有可以朗读的文字。"),
    "export.cancelled": lambda p: _tr("导出已取消。"),
}


def error_text(problem: Message) -> str:
    """``problem`` as one sentence in the interface language."""
    params = _Params({name: str(value) for name, value in problem.params.items()})
    wording = _WORDINGS.get(problem.code)
    if wording is not None:
        return wording(params)
    values = "；".join(value for value in params.values() if value)
    if values:
        return _tr("出现了一个问题：{details}", note="{details}: the problem's particulars.").format(
            details=values
        )
    return _tr("出现了一个问题。")


def worded_codes() -> Mapping[str, _Wording]:
    """Every code with a wording of its own (for the tests)."""
    return _WORDINGS
