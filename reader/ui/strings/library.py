"""The library in the window: the 文库 dialog, bookmarks, importing, kept reading positions, and the
library's problems (``library.*`` messages of ``reader.core.library``) in the interface language."""

from __future__ import annotations

from reader.core.messages import Message
from reader.ui.strings.base import Control, plural_translator, translator
from reader.ui.strings.errors import error_text

_tr = translator("Library")
_trn = plural_translator("Library")


# --- commands -------------------------------------------------------------------------------------------


def library_command() -> Control:
    return Control(_tr("文库(&L)…"), _tr("打开过的所有文章：继续阅读、全文搜索"))


def import_command() -> Control:
    return Control(_tr("导入到文库(&I)…"), _tr("把一个文件夹里的文章加入文库"))


def add_bookmark_command() -> Control:
    return Control(_tr("添加书签(&K)…"), _tr("在光标处加一个书签，可写备注"))


def bookmarks_command() -> Control:
    return Control(_tr("书签列表(&S)…"), _tr("这篇文章的书签，选一个跳过去"))


# --- the library dialog ---------------------------------------------------------------------------------


def library_title() -> str:
    return _tr("文库")


def library_description() -> str:
    return _tr("搜索、选择并打开文库中的文章")


def library_search_field() -> Control:
    return Control(_tr("搜索(&S)："), _tr("在所有文章的标题和正文中搜索，简体繁体都能找到"))


def library_view_choice() -> Control:
    return Control(_tr("列出(&W)："), _tr("选择列出哪些文章"))


def continue_reading() -> str:
    return _tr("继续阅读")


def all_articles() -> str:
    return _tr("全部文章")


def library_list() -> Control:
    return Control("", _tr("上下键选择，Enter 键打开"), spoken=_tr("文章列表"))


def open_article_button() -> Control:
    return Control(_tr("打开(&O)"), _tr("打开选中的文章，到上次读到的地方或搜到的地方"))


def remove_article_button() -> Control:
    return Control(_tr("从文库移除(&R)"), _tr("只从文库中去掉选中的文章，不删除文件"))


def import_button() -> Control:
    return Control(_tr("导入(&I)…"), _tr("把一个文件夹里的文章加入文库"))


def close_library_button() -> Control:
    return Control(_tr("关闭"), _tr("关闭文库"), spoken=_tr("关闭文库"))


def article_item(title: str, date: str | None, percent: int | None) -> str:
    """One article in the list: its title, date and how far it has been read."""
    parts = [title]
    if date:
        parts.append(date)
    if percent:
        parts.append(_tr("读到 {percent}%").format(percent=percent))
    return _tr("，", note="Separates the parts of one entry of the article list.").join(parts)


def missing_item(text: str) -> str:
    return _tr("{entry}（文件找不到了）", note="A listed article whose file is gone.").format(entry=text)


def result_item(title: str, snippet: str) -> str:
    return _tr("{title}：{snippet}", note="A search result: the title, then the text around the hit.").format(
        title=title, snippet=snippet
    )


def library_count(count: int) -> str:
    return _trn("共 %n 篇文章", count)


def results_count(count: int) -> str:
    return _trn("找到 %n 篇", count)


def results_none(query: str) -> str:
    return _tr("文库中找不到「{query}」").format(query=query)


def library_empty() -> str:
    return _tr("文库里还没有文章：打开的文章会自动加入")


def library_off() -> str:
    return _tr("这次运行不使用文库")


def removed_article(title: str) -> str:
    return _tr("已从文库移除「{title}」，文件还在原处").format(title=title)


def file_missing(path: str) -> str:
    return _tr("文件找不到了：{path}").format(path=path)


# --- reading positions ----------------------------------------------------------------------------------


def position_restored(percent: int) -> str:
    return _tr("回到上次读到的地方（{percent}%）").format(percent=percent)


# --- bookmarks ------------------------------------------------------------------------------------------


def bookmark_note_title() -> str:
    return _tr("添加书签")


def bookmark_note_field() -> Control:
    return Control(_tr("备注(&N)："), _tr("可以不写；Enter 键加上书签"))


def bookmark_added(excerpt: str) -> str:
    return _tr("已加书签：{excerpt}").format(excerpt=excerpt)


def bookmarks_title() -> str:
    return _tr("书签")


def bookmarks_list() -> Control:
    return Control("", _tr("上下键选择，Enter 键跳到书签处"), spoken=_tr("书签列表"))


def go_to_bookmark_button() -> Control:
    return Control(_tr("跳转(&G)"), _tr("跳到选中的书签处"))


def remove_bookmark_button() -> Control:
    return Control(_tr("删除书签(&D)"), _tr("删除选中的书签"))


def close_bookmarks_button() -> Control:
    return Control(_tr("关闭"), _tr("关闭书签列表"), spoken=_tr("关闭书签列表"))


def bookmark_item(excerpt: str, note: str) -> str:
    if not note:
        return excerpt
    return _tr("{note}：{excerpt}", note="A bookmark: the reader's note, then the text there.").format(
        note=note, excerpt=excerpt
    )


def bookmarks_none() -> str:
    return _tr("这篇文章还没有书签：按 Ctrl+D 添加")


def bookmark_removed() -> str:
    return _tr("已删除书签")


def no_library_article() -> str:
    return _tr("先打开一篇文章")


def bookmarks_whole_page() -> str:
    return _tr("书签在文章视图中使用：先切换到文章")


# --- importing ------------------------------------------------------------------------------------------


def import_dialog_title() -> str:
    return _tr("选择要导入的文件夹")


def import_progress(done: int, total: int, name: str) -> str:
    return _tr("正在导入 {done}/{total}：{name}").format(done=done, total=total, name=name)


def import_cancel() -> str:
    return _tr("取消")


def import_done(added: int, known: int, failed: int) -> str:
    parts = [_trn("导入完成：新加入 %n 篇", added)]
    if known:
        parts.append(_trn("%n 篇已在文库中", known))
    if failed:
        parts.append(_trn("%n 个文件无法读取", failed))
    return _tr("，", note="Separates the parts of the import summary.").join(parts)


def import_failures_title() -> str:
    return _tr("有些文件无法导入")


# --- problems -------------------------------------------------------------------------------------------


def library_problem_text(problem: Message) -> str:
    """A ``library.*`` problem in the interface language (else the core's English)."""
    params = problem.params
    if problem.code == "library.rebuilt":
        if params.get("reason") == "locked":
            text = _tr(
                "文库文件一直被占用，已另存为 {kept_as}，并从它列出的 {listed} 个文件中恢复了 {restored} 篇"
            )
        else:
            text = _tr(
                "文库文件已损坏，已另存为 {kept_as}，并从它列出的 {listed} 个文件中恢复了 {restored} 篇"
            )
        return text.format(
            kept_as=params.get("kept_as", ""),
            listed=params.get("listed", 0),
            restored=params.get("restored", 0),
        )
    if problem.code == "library.unavailable":
        return _tr("无法打开文库 {path}（{detail}）：这次打开的文章不会被记住").format(
            path=params.get("path", ""), detail=params.get("detail", "")
        )
    if problem.code == "library.file_failed":
        path, detail = str(params.get("path", "")), str(params.get("detail", ""))
        # The load problem's own wording from its code (its English when the code is unknown).
        reason = error_text(Message(str(params.get("cause", "")), detail, {"path": path}))
        return _tr("{path}：{reason}").format(path=path, reason=reason)
    return problem.english


def library_problems_title() -> str:
    return _tr("文库")
