"""The rules' catalogue: each rule's ids, WCAG criteria, level, severity and plain-language texts.

``RULES`` maps our rule id to its :class:`~reader.core.a11y.model.Rule`, in the order reports list them.
The checks themselves live in the rule modules (``rules_*.py``) and are paired with these entries in
``checking.py``.

GB/T 37668-2019 clause numbers are deliberately empty: the standard's text was not available to verify
which clause maps which success criterion, and an invented clause would mislead staff. Fill ``gbt`` once
checked against the standard.
"""

from __future__ import annotations

from reader.core.a11y.model import Level, Rule, Severity

__all__ = ["RULES", "rule"]


def _rule(  # noqa: PLR0917 - one positional call per rule reads as a table
    id: str,
    act_id: str | None,
    title: tuple[str, str],
    wcag: tuple[str, ...],
    level: Level,
    severity: Severity,
    explanation: tuple[str, str],
    fix: tuple[str, str],
) -> Rule:
    return Rule(
        id=id,
        act_id=act_id,
        title_zh=title[0],
        title_en=title[1],
        wcag=wcag,
        level=level,
        gbt=(),
        explanation_zh=explanation[0],
        explanation_en=explanation[1],
        fix_zh=fix[0],
        fix_en=fix[1],
        severity=severity,
    )


_ALL = (
    _rule(
        "html-lang",
        "b5c3f8",
        ("页面声明语言", "Page has a lang attribute"),
        ("3.1.1",),
        Level.A,
        Severity.SERIOUS,
        (
            "读屏软件按页面声明的语言选择发音；没有声明时，中文可能被当作英文逐字母朗读。",
            "Screen readers choose their pronunciation from the page's language; without it Chinese may "
            "be read with an English voice.",
        ),
        (
            '在 <html> 上写 lang="zh-CN"（或页面实际的语言）。',
            'Add lang="zh-CN" (or the page\'s language) to <html>.',
        ),
    ),
    _rule(
        "html-lang-valid",
        "bf051a",
        ("页面语言代码有效", "Page language tag is valid"),
        ("3.1.1",),
        Level.A,
        Severity.SERIOUS,
        (
            "语言代码写错时，读屏软件无法识别，只能用默认语音朗读。",
            "A language tag that is not valid is ignored, so the default voice reads the page.",
        ),
        (
            "使用有效的 BCP 47 语言代码，如 zh、zh-CN、zh-Hans、en。",
            "Use a valid BCP 47 tag such as zh, zh-CN, zh-Hans, en.",
        ),
    ),
    _rule(
        "page-title",
        "2779a5",
        ("页面有标题", "Page has a title"),
        ("2.4.2",),
        Level.A,
        Severity.SERIOUS,
        (
            "页面标题是读屏用户打开页面时首先听到的内容，也显示在标签页和收藏夹里。",
            "The title is the first thing a screen reader announces and names the tab and bookmark.",
        ),
        ("在 <head> 中加入描述页面内容的 <title>。", "Add a <title> in <head> that says what the page is."),
    ),
    _rule(
        "image-alt",
        "23a2a8",
        ("图片有替代文本", "Image has a text alternative"),
        ("1.1.1",),
        Level.A,
        Severity.CRITICAL,
        (
            "看不见图片的读者只能听到替代文本；没有替代文本时，读屏软件会读出文件名或直接跳过。",
            "Readers who cannot see an image hear only its text alternative; without one a screen reader "
            "reads the file name or nothing.",
        ),
        (
            '给 <img> 加上说明图片内容的 alt；纯装饰图片用 alt=""。',
            'Give the <img> an alt that says what it shows; use alt="" for decoration.',
        ),
    ),
    _rule(
        "image-alt-meaningless",
        None,
        ("图片替代文本有意义", "Image alternative is not a file name or placeholder"),
        ("1.1.1",),
        Level.A,
        Severity.SERIOUS,
        (
            "“图片”“照片”或“IMG_0001.jpg”这样的替代文本没有告诉读者图片的内容。",
            'An alternative such as "image", "photo" or "IMG_0001.jpg" tells the reader nothing.',
        ),
        (
            "把 alt 改为描述图片内容或作用的文字。",
            "Replace the alt with words that describe the image or its purpose.",
        ),
    ),
    _rule(
        "link-name",
        "c487ae",
        ("链接有名称", "Link has a name"),
        ("2.4.4", "4.1.2"),
        Level.A,
        Severity.SERIOUS,
        (
            "没有文字的链接（例如只有一张无 alt 的图片）在读屏软件中只读出“链接”，读者不知道它通向哪里。",
            'A link without text (an image without alt, say) is announced only as "link".',
        ),
        (
            "给链接加上文字，或给其中的图片加上 alt，或使用 aria-label。",
            "Give the link text, an alt on its image, or an aria-label.",
        ),
    ),
    _rule(
        "link-vague",
        None,
        ("链接文字不是“点击这里”“更多”", 'Link text is not just "click here" or "more"'),
        ("2.4.4",),
        Level.A,
        Severity.MODERATE,
        (
            "读屏用户常常浏览链接列表；一串“更多”“点击这里”无法分辨。链接所在的句子或列表项能说明用途时，"
            "可以满足 2.4.4（需人工确认）。",
            'Screen reader users often browse a list of links, where a row of "more" links cannot be told '
            "apart. Surrounding text can satisfy 2.4.4 (check it by hand).",
        ),
        (
            "把链接文字写成目的地，如“更多通知公告”；或用 aria-label 补充。",
            'Name the destination ("more notices"), or add an aria-label.',
        ),
    ),
    _rule(
        "button-name",
        "97a4e1",
        ("按钮有名称", "Button has a name"),
        ("4.1.2",),
        Level.A,
        Severity.CRITICAL,
        (
            "没有名称的按钮在读屏软件中只读出“按钮”，读者不知道按下会发生什么。",
            'A button without a name is announced only as "button".',
        ),
        ("给按钮加上文字、value 或 aria-label。", "Give the button text, a value or an aria-label."),
    ),
    _rule(
        "image-button-name",
        "59796f",
        ("图片按钮有名称", "Image button has a name"),
        ("1.1.1", "4.1.2"),
        Level.A,
        Severity.CRITICAL,
        (
            '<input type="image"> 按钮没有 alt 时，读者不知道它的作用。',
            'An <input type="image"> without alt gives no clue to what it does.',
        ),
        (
            "给图片按钮加上说明作用的 alt，如“搜索”。",
            'Give the image button an alt that says what it does ("search").',
        ),
    ),
    _rule(
        "form-field-name",
        "e086e5",
        ("表单字段有标签", "Form field has a label"),
        ("4.1.2",),
        Level.A,
        Severity.CRITICAL,
        (
            "没有标签的输入框，读屏用户听不到应当填写什么。",
            "Without a label, screen reader users are not told what to enter.",
        ),
        (
            '用 <label for="…"> 关联标签，或使用 aria-label / aria-labelledby。',
            'Associate a <label for="…">, or use aria-label / aria-labelledby.',
        ),
    ),
    _rule(
        "heading-name",
        "ffd0e9",
        ("标题不为空", "Heading is not empty"),
        ("1.3.1", "2.4.6"),
        Level.A,
        Severity.MODERATE,
        (
            "读屏用户按标题跳读页面；空标题会被读成“标题”，打断浏览。",
            "Screen reader users jump between headings; an empty one is announced as just “heading”.",
        ),
        ("删除空标题，或给它写上文字。", "Remove the empty heading or give it text."),
    ),
    _rule(
        "heading-order",
        None,
        ("标题层级不跳级", "Heading levels do not skip"),
        ("1.3.1",),
        Level.A,
        Severity.MINOR,
        (
            "标题层级表示文章结构；从 h2 直接跳到 h4，读者会以为漏掉了一节。",
            "Heading levels show the structure; a jump from h2 to h4 suggests a missing section.",
        ),
        ("按结构使用连续的标题级别（h1 → h2 → h3）。", "Use heading levels in order (h1 → h2 → h3)."),
    ),
    _rule(
        "table-headers-attr",
        "a25f45",
        ("表格 headers 属性指向本表的表头", "Table headers attribute refers to cells of the same table"),
        ("1.3.1",),
        Level.A,
        Severity.SERIOUS,
        (
            "headers 属性指错时，读屏软件读出错误的表头或不读表头。",
            "When headers points elsewhere, screen readers announce the wrong headers or none.",
        ),
        (
            "让 headers 中的每个 id 都指向同一表格中的其他表头单元格。",
            "Make every id in headers name another cell of the same table.",
        ),
    ),
    _rule(
        "th-has-data-cells",
        "d0f69e",
        ("表头单元格有对应的数据", "Table header cell has assigned cells"),
        ("1.3.1",),
        Level.A,
        Severity.SERIOUS,
        (
            "没有数据的表头会让读屏软件把表格结构读错。",
            "A header that labels no cell makes screen readers misread the table.",
        ),
        (
            "删去多余的表头，或把只用于排版的 <th> 改为 <td>。",
            "Remove the stray header, or make a layout <th> a <td>.",
        ),
    ),
    _rule(
        "color-contrast",
        "afw4f7",
        ("文字对比度足够", "Text has enough contrast"),
        ("1.4.3",),
        Level.AA,
        Severity.SERIOUS,
        (
            "低视力和年长读者看不清对比度低的文字；正文至少 4.5:1，大字至少 3:1。",
            "Low-vision and older readers cannot read faint text; body text needs 4.5:1, large text 3:1.",
        ),
        (
            "加深文字颜色或调整背景色，使对比度达到要求。",
            "Darken the text or change the background until the ratio is met.",
        ),
    ),
    _rule(
        "meta-refresh",
        "bc659a",
        ("页面不定时刷新或跳转", "Page does not refresh or redirect after a delay"),
        ("2.2.1",),
        Level.A,
        Severity.CRITICAL,
        (
            "定时刷新会打断正在阅读或收听的读者，把他们带离页面。",
            "A timed refresh interrupts a reader in the middle of reading or listening.",
        ),
        (
            "删去 <meta http-equiv=refresh>，需要跳转时在服务器端立即跳转。",
            "Remove the meta refresh; redirect on the server at once.",
        ),
    ),
    _rule(
        "meta-refresh-no-exception",
        "bisz58",
        ("页面完全没有定时刷新", "Page has no timed refresh at all"),
        ("2.2.4", "3.2.5"),
        Level.AAA,
        Severity.MINOR,
        (
            "即使延迟超过 20 小时，自动刷新也不受读者控制（AAA）。",
            "Even a refresh after 20 hours is a change the reader did not ask for (AAA).",
        ),
        ("删去定时刷新，或只在延迟为 0 时立即跳转。", "Remove the timed refresh, or redirect with no delay."),
    ),
    _rule(
        "meta-viewport",
        "b4f0c3",
        ("页面允许缩放", "Page allows zooming"),
        ("1.4.4",),
        Level.AA,
        Severity.CRITICAL,
        (
            "禁止缩放（user-scalable=no 或 maximum-scale 过小）时，低视力读者在手机上无法放大文字。",
            "Blocking zoom (user-scalable=no, a small maximum-scale) stops low-vision readers "
            "enlarging text.",
        ),
        (
            "从 viewport 中删去 user-scalable=no，maximum-scale 不小于 2。",
            "Drop user-scalable=no; keep maximum-scale at 2 or more.",
        ),
    ),
    _rule(
        "media-autoplay",
        "80f0bf",
        ("音视频不自动播放声音", "Audio or video does not play sound automatically"),
        ("1.4.2",),
        Level.A,
        Severity.SERIOUS,
        (
            "自动播放的声音会盖过读屏软件的朗读，读者听不清也难以找到停止按钮。",
            "Sound that starts by itself drowns the screen reader, and the reader cannot find "
            "how to stop it.",
        ),
        ("去掉 autoplay，或静音（muted）并提供控件。", "Remove autoplay, or mute it and show controls."),
    ),
    _rule(
        "aria-hidden-focus",
        "6cfa84",
        ("aria-hidden 内没有可聚焦内容", "No focusable content inside aria-hidden"),
        ("4.1.2",),
        Level.A,
        Severity.SERIOUS,
        (
            "键盘可以进入 aria-hidden 的区域，但读屏软件读不出那里的内容，读者会“失去焦点”。",
            "The keyboard reaches content that screen readers are told to ignore: focus lands on silence.",
        ),
        (
            '去掉 aria-hidden，或给其中的链接和控件加 tabindex="-1" / disabled。',
            'Remove aria-hidden, or take its links and controls out of the tab order (tabindex="-1").',
        ),
    ),
    _rule(
        "frame-title",
        "cae760",
        ("内嵌框架有名称", "Iframe has a name"),
        ("4.1.2",),
        Level.A,
        Severity.SERIOUS,
        (
            "读屏软件用 title 说明内嵌框架的内容；没有时读者不知道框架里是什么。",
            "Screen readers announce an iframe by its title; without it the frame is a mystery.",
        ),
        ("给 <iframe> 加上说明内容的 title。", "Give the <iframe> a title that says what it holds."),
    ),
    _rule(
        "duplicate-id-aria",
        None,
        ("ARIA 引用的 id 唯一", "Ids referenced by ARIA are unique"),
        ("4.1.1",),
        Level.A,
        Severity.SERIOUS,
        (
            "aria-labelledby、label for 等按 id 关联；同一 id 出现两次时，读屏软件可能读出错误的标签。",
            "Labels and ARIA references find elements by id; a duplicated id may give the wrong label.",
        ),
        ("让被引用的 id 在页面中只出现一次。", "Make each referenced id unique in the page."),
    ),
    _rule(
        "care-entry",
        None,
        ("有“无障碍”或“关怀版”入口", "Page offers an accessibility or elder-care mode entry"),
        (),
        Level.A,
        Severity.MINOR,
        (
            "政府网站的适老化和无障碍改造要求在页面显著位置提供无障碍或关怀版入口（门户要求，不属于 WCAG）。",
            "Chinese government portals are expected to show an accessibility or elder-care mode entry "
            "(a portal requirement, not a WCAG criterion).",
        ),
        (
            "在页头加入“无障碍”和“关怀版”链接。",
            "Add links to the accessibility and elder-care modes to the page header.",
        ),
    ),
    _rule(
        "hidden-injected-link",
        None,
        ("没有隐藏的外部链接", "No hidden links to other sites"),
        ("1.3.2",),
        Level.A,
        Severity.SERIOUS,
        (
            "被移出屏幕或隐藏的外部链接常是网站被入侵后植入的广告（如棋牌、博彩）；读屏软件可能读出它们。",
            "Links moved off-screen or hidden that lead to other sites are usually spam injected "
            "into a hacked site; screen readers may still read them.",
        ),
        ("删除这些链接并检查网站是否被入侵。", "Remove the links and check the site for a compromise."),
    ),
)

RULES: dict[str, Rule] = {entry.id: entry for entry in _ALL}
"""Every rule, by our id, in report order."""


def rule(rule_id: str) -> Rule:
    """The rule with this id; KeyError names it when unknown."""
    return RULES[rule_id]
