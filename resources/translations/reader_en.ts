<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Appearance</name>
    <message>
        <source>界面大小(&amp;Z)</source>
        <translation>Interface si&amp;ze</translation>
    </message>
    <message>
        <source>菜单、对话框、提示和工具栏文字的大小，与正文字号分开</source>
        <translation>Size of the text of menus, dialogs, tooltips and the toolbar, apart from the reading text</translation>
    </message>
    <message>
        <source>标准大小</source>
        <translation>Standard size</translation>
    </message>
    <message>
        <source>标准大小的 {percent}%</source>
        <translation>{percent}% of the standard size</translation>
    </message>
    <message>
        <source>界面大小：{percent}%</source>
        <translation>Interface size: {percent}%</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>无障碍阅读器</source>
        <translation>Accessible Reader</translation>
    </message>
    <message>
        <source>{title} — 无障碍阅读器</source>
        <extracomment>The window title: the article's title, then the application's name.</extracomment>
        <translation>{title} — Accessible Reader</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>打开一个保存的网页或文本文件</source>
        <translation>Open a saved page or text file</translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>重新打开最近读过的文件</source>
        <translation>Reopen a recently read file</translation>
    </message>
    <message>
        <source>清除列表(&amp;C)</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <source>清空最近打开的文件列表</source>
        <translation>Empty the recent files list</translation>
    </message>
    <message>
        <source>（没有最近打开的文件）</source>
        <translation>(no recent files)</translation>
    </message>
    <message>
        <source>&amp;{number} {name}</source>
        <translation>&amp;{number} {name}</translation>
    </message>
    <message>
        <source>{number} {name}</source>
        <translation>{number} {name}</translation>
    </message>
    <message>
        <source>打开 {path}</source>
        <translation>Open {path}</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>关闭阅读器</source>
        <translation>Close the reader</translation>
    </message>
    <message>
        <source>文章(&amp;A)</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>只显示正文</source>
        <translation>Show only the article text</translation>
    </message>
    <message>
        <source>整页(&amp;W)</source>
        <translation>&amp;Whole page</translation>
    </message>
    <message>
        <source>显示网页的全部文字，包括导航和页脚</source>
        <translation>Show all of the page's text, navigation and footer included</translation>
    </message>
    <message>
        <source>放大(&amp;L)</source>
        <translation>&amp;Larger</translation>
    </message>
    <message>
        <source>把文字放大一级</source>
        <translation>Make the text one step larger</translation>
    </message>
    <message>
        <source>缩小(&amp;S)</source>
        <translation>&amp;Smaller</translation>
    </message>
    <message>
        <source>把文字缩小一级</source>
        <translation>Make the text one step smaller</translation>
    </message>
    <message>
        <source>默认大小(&amp;R)</source>
        <translation>&amp;Reset size</translation>
    </message>
    <message>
        <source>恢复默认文字大小</source>
        <translation>Return to the default text size</translation>
    </message>
    <message>
        <source>关于(&amp;A)…</source>
        <translation>&amp;About…</translation>
    </message>
    <message>
        <source>程序名称和版本</source>
        <translation>Name and version of the reader</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>打开文件、最近打开、退出</source>
        <translation>Open, recent files, quit</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>文章或整页、文字、配色、阅读辅助、预设和快捷键</source>
        <translation>Article or whole page, text, colours, reading aids, presets and shortcut keys</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>快捷键和关于本程序</source>
        <translation>Keyboard shortcuts, about the reader</translation>
    </message>
    <message>
        <source>按 Alt 键进入菜单</source>
        <translation>Press Alt to reach the menus</translation>
    </message>
    <message>
        <source>菜单栏</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <source>无障碍工具栏</source>
        <translation>Barrier-free toolbar</translation>
    </message>
    <message>
        <source>读屏和显示的常用功能；用 Tab 键逐个到达</source>
        <translation>Speech and display at hand; reach each with Tab</translation>
    </message>
    <message>
        <source>文章内容，用方向键逐行阅读</source>
        <translation>The article; move through it with the arrow keys</translation>
    </message>
    <message>
        <source>阅读区</source>
        <translation>Reading view</translation>
    </message>
    <message>
        <source>显示工具栏放不下的按钮</source>
        <translation>Show the buttons the toolbar has no room for</translation>
    </message>
    <message>
        <source>其余按钮</source>
        <translation>More buttons</translation>
    </message>
    <message>
        <source>文件名、编码和提示</source>
        <translation>File name, encoding and messages</translation>
    </message>
    <message>
        <source>状态栏</source>
        <translation>Status bar</translation>
    </message>
    <message>
        <source>{name}（{shortcut}）</source>
        <translation>{name} ({shortcut})</translation>
    </message>
    <message>
        <source>{description}；快捷键 {shortcut}</source>
        <translation>{description}; shortcut {shortcut}</translation>
    </message>
    <message>
        <source>{file} · 编码 {encoding}</source>
        <translation>{file} · encoding {encoding}</translation>
    </message>
    <message>
        <source>链接：{href}</source>
        <translation>Link: {href}</translation>
    </message>
    <message>
        <source>日期：{date}</source>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <source>来源：{source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>〔图片：{alt}〕</source>
        <translation>[Image: {alt}]</translation>
    </message>
    <message>
        <source>〔图片，没有说明文字〕</source>
        <translation>[Image without a description]</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>（这个文件没有整页文字）</source>
        <translation>(this file has no whole-page text)</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>所有支持的文件</source>
        <translation>All supported files</translation>
    </message>
    <message>
        <source>网页</source>
        <translation>Web pages</translation>
    </message>
    <message>
        <source>PDF、Word、OFD 和 EPUB 文档</source>
        <translation>PDF, Word, OFD and EPUB documents</translation>
    </message>
    <message>
        <source>MHTML 网页存档</source>
        <translation>Web archives</translation>
    </message>
    <message>
        <source>文本</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>所有文件</source>
        <translation>All files</translation>
    </message>
    <message>
        <source>无法打开文件</source>
        <translation>Cannot open file</translation>
    </message>
    <message>
        <source>无法打开 {file}：
{reason}

当前文章保持不变。</source>
        <translation>Could not open {file}:
{reason}

The current article is unchanged.</translation>
    </message>
    <message>
        <source>关于无障碍阅读器</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&lt;h2&gt;无障碍阅读器 {version}&lt;/h2&gt;&lt;p&gt;为视力不好、看不见和年长的读者朗读和放大保存下来的政府网站文章。&lt;/p&gt;&lt;p&gt;本程序从不连接网络。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Accessible Reader {version}&lt;/h2&gt;&lt;p&gt;Reads aloud and enlarges saved government articles for low-vision, blind and older readers.&lt;/p&gt;&lt;p&gt;It never connects to the network.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>未知的主题 “{name}”（可用：{available}）</source>
        <translation>unknown theme “{name}” (available: {available})</translation>
    </message>
    <message>
        <source>无法保存截图 {path}</source>
        <translation>Could not save the screenshot {path}</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>声音(&amp;S)</source>
        <translation>&amp;Sound</translation>
    </message>
    <message>
        <source>朗读声音开关</source>
        <translation>Reading aloud on or off</translation>
    </message>
    <message>
        <source>语速(&amp;E)</source>
        <translation>Sp&amp;eed</translation>
    </message>
    <message>
        <source>朗读的快慢</source>
        <translation>How fast text is read</translation>
    </message>
    <message>
        <source>指读(&amp;P)</source>
        <translation>&amp;Point reading</translation>
    </message>
    <message>
        <source>读出鼠标指向的文字</source>
        <translation>Read the text under the pointer</translation>
    </message>
    <message>
        <source>连读(&amp;A)</source>
        <translation>Re&amp;ad on</translation>
    </message>
    <message>
        <source>从光标处一直读下去</source>
        <translation>Read on from the caret</translation>
    </message>
    <message>
        <source>简/繁(&amp;J)</source>
        <translation>Simplified/Traditional (&amp;J)</translation>
    </message>
    <message>
        <source>在简体字和繁体字之间转换</source>
        <translation>Switch between simplified and traditional characters</translation>
    </message>
    <message>
        <source>原文(&amp;0)</source>
        <translation>Original (&amp;0)</translation>
    </message>
    <message>
        <source>不转换，显示原来的字</source>
        <translation>Show the text as written</translation>
    </message>
    <message>
        <source>简体中文(&amp;1)</source>
        <translation>Simplified Chinese (&amp;1)</translation>
    </message>
    <message>
        <source>转换成简体字</source>
        <translation>Convert to simplified characters</translation>
    </message>
    <message>
        <source>繁體中文(&amp;2)</source>
        <translation>Traditional Chinese (&amp;2)</translation>
    </message>
    <message>
        <source>转换成繁体字</source>
        <translation>Convert to traditional characters</translation>
    </message>
    <message>
        <source>台灣正體(&amp;3)</source>
        <translation>Taiwan Traditional (&amp;3)</translation>
    </message>
    <message>
        <source>转换成台湾正体字</source>
        <translation>Convert to Taiwan's characters</translation>
    </message>
    <message>
        <source>台灣正體（詞彙）(&amp;4)</source>
        <translation>Taiwan Traditional with Taiwan words (&amp;4)</translation>
    </message>
    <message>
        <source>转换成台湾正体字和台湾用词</source>
        <translation>Convert to Taiwan's characters and words</translation>
    </message>
    <message>
        <source>香港繁體(&amp;5)</source>
        <translation>Hong Kong Traditional (&amp;5)</translation>
    </message>
    <message>
        <source>转换成香港繁体字</source>
        <translation>Convert to Hong Kong's characters</translation>
    </message>
    <message>
        <source>正在转换简繁：{percent}%</source>
        <translation>Converting: {percent}%</translation>
    </message>
    <message>
        <source>已显示：{name}</source>
        <translation>Now showing: {name}</translation>
    </message>
    <message>
        <source>未知的简繁转换 {config!r}；可用的有：{valid}</source>
        <translation>unknown conversion {config!r}; valid: {valid}</translation>
    </message>
    <message>
        <source>{name}（暂不可用）</source>
        <translation>{name} (not available yet)</translation>
    </message>
    <message>
        <source>此功能将在以后的版本中提供，现在还不能使用</source>
        <translation>This comes in a later version; it cannot be used yet</translation>
    </message>
    <message>
        <source>“{name}”暂不可用：将在以后的版本中提供。</source>
        <translation>{name} is not available yet; it comes in a later version.</translation>
    </message>
    <message>
        <source>配色(&amp;C)</source>
        <translation>&amp;Colours</translation>
    </message>
    <message>
        <source>选择文字和背景的颜色</source>
        <translation>Choose the colours of text and background</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <extracomment>A colour scheme: the system's own colours.</extracomment>
        <translation>System colours</translation>
    </message>
    <message>
        <source>黑字白底</source>
        <translation>Black on white</translation>
    </message>
    <message>
        <source>白字黑底</source>
        <translation>White on black</translation>
    </message>
    <message>
        <source>黄字黑底</source>
        <translation>Yellow on black</translation>
    </message>
    <message>
        <source>黑字黄底</source>
        <translation>Black on yellow</translation>
    </message>
    <message>
        <source>黄字蓝底</source>
        <translation>Yellow on blue</translation>
    </message>
    <message>
        <source>白字蓝底</source>
        <translation>White on blue</translation>
    </message>
    <message>
        <source>黑字米黄底</source>
        <translation>Black on cream</translation>
    </message>
    <message>
        <source>自定义颜色</source>
        <translation>Custom colours</translation>
    </message>
    <message>
        <source>使用配色：{label}</source>
        <translation>Use the colour scheme {label}</translation>
    </message>
    <message>
        <source>自定义(&amp;U)…</source>
        <translation>C&amp;ustom…</translation>
    </message>
    <message>
        <source>自己选择颜色，并检查是否看得清</source>
        <translation>Choose your own colours, checked for readability</translation>
    </message>
    <message>
        <source>大鼠标(&amp;M)</source>
        <translation>Big &amp;mouse pointer</translation>
    </message>
    <message>
        <source>依次切换：关、两倍、三倍</source>
        <translation>Cycle through off, twice and three times the size</translation>
    </message>
    <message>
        <source>大鼠标 关</source>
        <translation>Big pointer off</translation>
    </message>
    <message>
        <source>大鼠标 2倍</source>
        <translation>Big pointer 2×</translation>
    </message>
    <message>
        <source>大鼠标 3倍</source>
        <translation>Big pointer 3×</translation>
    </message>
    <message>
        <source>普通指针(&amp;N)</source>
        <translation>&amp;Normal pointer</translation>
    </message>
    <message>
        <source>两倍大(&amp;2)</source>
        <translation>Twice as large (&amp;2)</translation>
    </message>
    <message>
        <source>三倍大(&amp;3)</source>
        <translation>Three times as large (&amp;3)</translation>
    </message>
    <message>
        <source>鼠标指针的大小</source>
        <translation>Size of the mouse pointer</translation>
    </message>
    <message>
        <source>鼠标指针(&amp;M)</source>
        <translation>&amp;Mouse pointer</translation>
    </message>
    <message>
        <source>指针的大小和颜色</source>
        <translation>Pointer size and colour</translation>
    </message>
    <message>
        <source>白色指针(&amp;W)</source>
        <translation>&amp;White pointer</translation>
    </message>
    <message>
        <source>大鼠标用白色（否则黑色），都带描边</source>
        <translation>White big pointer instead of black; both are outlined</translation>
    </message>
    <message>
        <source>十字线(&amp;X)</source>
        <translation>Crosshair (&amp;X)</translation>
    </message>
    <message>
        <source>穿过鼠标指针的横线和竖线，帮助找到指针</source>
        <translation>Lines through the pointer to help find it</translation>
    </message>
    <message>
        <source>大字幕(&amp;B)</source>
        <translation>&amp;Big caption</translation>
    </message>
    <message>
        <source>在窗口底部用特大字显示光标或鼠标所在的句子</source>
        <translation>Show the sentence at the caret or pointer in huge text at the bottom</translation>
    </message>
    <message>
        <source>字幕放在顶部(&amp;O)</source>
        <translation>Caption at the t&amp;op</translation>
    </message>
    <message>
        <source>把大字幕移到窗口顶部</source>
        <translation>Move the caption strip to the top of the window</translation>
    </message>
    <message>
        <source>纯文本(&amp;T)</source>
        <translation>&amp;Text only</translation>
    </message>
    <message>
        <source>只显示正文（按下），或显示整页文字</source>
        <translation>Show only the article (pressed) or the whole page</translation>
    </message>
    <message>
        <source>恢复默认(&amp;D)</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <source>文字、配色和阅读辅助都恢复默认设置</source>
        <translation>Return text, colours and reading aids to the default settings</translation>
    </message>
    <message>
        <source>快捷键(&amp;K)…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
    <message>
        <source>列出所有操作和它们的快捷键</source>
        <translation>List every action and its shortcut keys</translation>
    </message>
    <message>
        <source>更多(&amp;R)</source>
        <translation>Mo&amp;re</translation>
    </message>
    <message>
        <source>行聚焦、文字设置、长者模式和其他设置</source>
        <translation>Line focus, text settings, elder mode and more</translation>
    </message>
    <message>
        <source>行聚焦(&amp;F)</source>
        <translation>Line &amp;focus</translation>
    </message>
    <message>
        <source>只突出光标附近的几行，其余变暗；依次切换 关、1、3、5 行</source>
        <translation>Dim all but a few lines around the caret; cycles off, 1, 3, 5 lines</translation>
    </message>
    <message>
        <source>行聚焦上移(&amp;U)</source>
        <translation>Line focus &amp;up</translation>
    </message>
    <message>
        <source>把突出的几行向上移一行</source>
        <translation>Move the focused lines up by one</translation>
    </message>
    <message>
        <source>行聚焦下移(&amp;D)</source>
        <translation>Line focus &amp;down</translation>
    </message>
    <message>
        <source>把突出的几行向下移一行</source>
        <translation>Move the focused lines down by one</translation>
    </message>
    <message>
        <source>关闭(&amp;0)</source>
        <translation>Off (&amp;0)</translation>
    </message>
    <message>
        <source>不变暗</source>
        <translation>Nothing dimmed</translation>
    </message>
    <message>
        <source>{n} 行(&amp;{n})</source>
        <translation>{n} lines (&amp;{n})</translation>
    </message>
    <message>
        <source>突出 {n} 行，其余变暗</source>
        <translation>Show {n} lines, dim the rest</translation>
    </message>
    <message>
        <source>行聚焦 关</source>
        <translation>Line focus off</translation>
    </message>
    <message>
        <source>行聚焦 {n}行</source>
        <translation>Line focus {n} lines</translation>
    </message>
    <message>
        <source>文字设置(&amp;T)…</source>
        <translation>&amp;Text settings…</translation>
    </message>
    <message>
        <source>字号、行距、字距、段距、每行字数、字体、粗体和对齐</source>
        <translation>Size, line spacing, letter spacing, paragraph spacing, line width, font, bold and alignment</translation>
    </message>
    <message>
        <source>大工具栏(&amp;G)</source>
        <translation>Bi&amp;g toolbar</translation>
    </message>
    <message>
        <source>工具栏按钮更大</source>
        <translation>Larger toolbar buttons</translation>
    </message>
    <message>
        <source>长者模式(&amp;E)</source>
        <translation>&amp;Elder mode</translation>
    </message>
    <message>
        <source>适老化：正文 22 磅、1.5 倍行距、更大段距、大鼠标、大工具栏</source>
        <translation>Age-friendly: 22 pt text, 1.5 line spacing, wider paragraph gaps, big pointer, big toolbar</translation>
    </message>
    <message>
        <source>低视力模式(&amp;L)</source>
        <translation>&amp;Low-vision mode</translation>
    </message>
    <message>
        <source>32 磅黄字黑底，行聚焦 3 行</source>
        <translation>32 pt yellow on black text with three lines in focus</translation>
    </message>
    <message>
        <source>阅读辅助(&amp;I)</source>
        <translation>Reading a&amp;ids</translation>
    </message>
    <message>
        <source>大鼠标、十字线、行聚焦、大字幕</source>
        <translation>Big pointer, crosshair, line focus, caption strip</translation>
    </message>
    <message>
        <source>快捷键方案(&amp;K)</source>
        <translation>&amp;Keyboard preset</translation>
    </message>
    <message>
        <source>门户网站式 Alt+Shift 键，或本程序的 Ctrl 键</source>
        <translation>Portal-style Alt+Shift keys or the reader's Ctrl keys</translation>
    </message>
    <message>
        <source>界面语言(&amp;N)</source>
        <translation>Interface la&amp;nguage</translation>
    </message>
    <message>
        <source>菜单和提示使用的语言，下次启动时生效</source>
        <translation>Language of menus and messages, from the next start</translation>
    </message>
    <message>
        <source>跟随系统(&amp;S)</source>
        <translation>Follow the &amp;system</translation>
    </message>
    <message>
        <source>使用电脑的语言</source>
        <translation>Use the computer's language</translation>
    </message>
    <message>
        <source>简体中文(&amp;C)</source>
        <translation>简体中文 (&amp;C)</translation>
    </message>
    <message>
        <source>简体中文界面</source>
        <translation>Simplified Chinese interface</translation>
    </message>
    <message>
        <source>繁體中文（台灣）(&amp;T)</source>
        <translation>繁體中文（台灣） (&amp;T)</translation>
    </message>
    <message>
        <source>台湾正体界面</source>
        <translation>Taiwan interface</translation>
    </message>
    <message>
        <source>繁體中文（香港）(&amp;H)</source>
        <translation>繁體中文（香港） (&amp;H)</translation>
    </message>
    <message>
        <source>香港繁体界面</source>
        <translation>Hong Kong interface</translation>
    </message>
    <message>
        <source>English (&amp;E)</source>
        <translation>English (&amp;E)</translation>
    </message>
    <message>
        <source>英文界面</source>
        <translation>English interface</translation>
    </message>
    <message>
        <source>界面语言将在下次启动阅读器时更改</source>
        <translation>The interface language changes the next time the reader starts</translation>
    </message>
    <message>
        <source>门户网站式</source>
        <translation>Alt+Shift(&amp;P)</translation>
    </message>
    <message>
        <source>和政府网站无障碍工具条一样用 Alt 键</source>
        <translation>Alt keys as on government sites' toolbars</translation>
    </message>
    <message>
        <source>程序式</source>
        <translation>Ctrl(&amp;C)</translation>
    </message>
    <message>
        <source>用 Ctrl 键的常见组合</source>
        <translation>The usual Ctrl key combinations</translation>
    </message>
    <message>
        <source>预设(&amp;P)</source>
        <translation>&amp;Presets</translation>
    </message>
    <message>
        <source>长者模式、低视力模式、恢复默认</source>
        <translation>Elder mode, low vision, defaults</translation>
    </message>
    <message>
        <source>文字(&amp;X)</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>文字大小和排版</source>
        <translation>Text size and layout</translation>
    </message>
    <message>
        <source>设置有问题</source>
        <translation>Settings problem</translation>
    </message>
    <message numerus="yes">
        <source>设置中有 %n 处问题已用默认值代替。</source>
        <translation>
            <numerusform>%n setting could not be used; the default was taken.</numerusform>
            <numerusform>%n settings could not be used; defaults taken.</numerusform>
        </translation>
    </message>
    <message>
        <source>读取设置时发现以下问题，已自动改正，阅读器照常使用：

{items}</source>
        <translation>These problems were found in the settings and corrected; the reader works as usual:

{items}</translation>
    </message>
    <message>
        <source>系统要求高对比度，已使用配色：{label}</source>
        <translation>The system asks for high contrast; colour scheme in use: {label}</translation>
    </message>
    <message>
        <source>配色：{label}</source>
        <translation>Colour scheme: {label}</translation>
    </message>
    <message>
        <source>字号 {size} 磅</source>
        <translation>Text size {size} pt</translation>
    </message>
    <message>
        <source>{name}：开</source>
        <translation>{name}: on</translation>
    </message>
    <message>
        <source>{name}：关</source>
        <translation>{name}: off</translation>
    </message>
    <message>
        <source>已应用：{name}</source>
        <translation>Applied: {name}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>文字设置</source>
        <translation>Text settings</translation>
    </message>
    <message>
        <source>字号(&amp;S)：</source>
        <translation>Text &amp;size:</translation>
    </message>
    <message>
        <source>正文大小，12 到 120 磅，可直接输入</source>
        <translation>Body text size, 12 to 120 points; type a number</translation>
    </message>
    <message>
        <source>行距(&amp;L)：</source>
        <translation>&amp;Line spacing:</translation>
    </message>
    <message>
        <source>行与行的距离，1.0 到 3.0 倍</source>
        <translation>Distance between lines, 1.0 to 3.0 times</translation>
    </message>
    <message>
        <source>字距(&amp;E)：</source>
        <translation>L&amp;etter spacing:</translation>
    </message>
    <message>
        <source>字与字之间多留的空隙，以字宽计</source>
        <translation>Extra space between characters, in character widths</translation>
    </message>
    <message>
        <source>段距(&amp;P)：</source>
        <translation>&amp;Paragraph spacing:</translation>
    </message>
    <message>
        <source>段与段的距离，按行距的倍数</source>
        <translation>Distance between paragraphs, as a multiple of the line spacing</translation>
    </message>
    <message>
        <source>每行最多字数(&amp;W)：</source>
        <translation>Maximum characters per line (&amp;W):</translation>
    </message>
    <message>
        <source>一行最多显示多少个汉字，正文居中；不限则随窗口宽度</source>
        <translation>Most characters per line, centred; or no limit</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>字体(&amp;F)：</source>
        <translation>&amp;Font:</translation>
    </message>
    <message>
        <source>已安装的字体，中文字体在前</source>
        <translation>Installed fonts, Chinese fonts first</translation>
    </message>
    <message>
        <source>自动（中文黑体）</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>粗体(&amp;B)</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <source>正文全部加粗</source>
        <translation>All body text in bold</translation>
    </message>
    <message>
        <source>对齐(&amp;A)：</source>
        <translation>&amp;Alignment:</translation>
    </message>
    <message>
        <source>文字行怎样排齐</source>
        <translation>How the lines line up</translation>
    </message>
    <message>
        <source>左对齐</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>两端对齐</source>
        <translation>Justified</translation>
    </message>
    <message>
        <source>居中</source>
        <translation>Centred</translation>
    </message>
    <message>
        <source>预览(&amp;V)：</source>
        <translation>Pre&amp;view:</translation>
    </message>
    <message>
        <source>按当前设置显示的示例文字</source>
        <translation>Sample text with these settings</translation>
    </message>
    <message>
        <source>&lt;h2&gt;示例标题&lt;/h2&gt;&lt;p&gt;5月5日上午，青溪区桂园街道综合养老服务中心正式投入运营。中心为周边老人提供助餐、日间照料、康复护理和文化娱乐等服务。&lt;/p&gt;&lt;p&gt;老人们说：“在家门口就能吃上热乎饭，真方便！”</source>
        <translation>Elderly residents can now eat nearby.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>键盘快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>查找(&amp;F)：</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>输入操作名称或按键来筛选下表</source>
        <translation>Type an action's name or a key to filter the table</translation>
    </message>
    <message>
        <source>每行一个操作：名称、当前方案的按键、另一方案的按键</source>
        <translation>One action per row: name, keys now, other keys</translation>
    </message>
    <message>
        <source>快捷键表</source>
        <translation>Shortcut table</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>按键（{p}）</source>
        <translation>Keys ({p})</translation>
    </message>
    <message>
        <source>另一方案（{p}）</source>
        <translation>Other preset ({p})</translation>
    </message>
    <message>
        <source>门户网站式</source>
        <translation>Portal style</translation>
    </message>
    <message>
        <source>程序式</source>
        <translation>Application style</translation>
    </message>
    <message>
        <source>当前方案：{p}。门户网站式用 Alt+Shift+字母，程序式用 Ctrl+Shift+字母；Ctrl+=、Ctrl+-、Ctrl+0、F1 两种方案都能用。可在“查看 ▸ 快捷键方案”中切换。</source>
        <translation>Current preset: {p}. The portal style uses Alt+Shift+letter, the application style Ctrl+Shift+letter; Ctrl+=, Ctrl+-, Ctrl+0 and F1 work in both. Switch in View ▸ Keyboard preset.</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>恢复默认(&amp;D)</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <source>自定义配色</source>
        <translation>Custom colours</translation>
    </message>
    <message>
        <source>为每种颜色输入 #rrggbb 或按“选择”，下方显示预览和对比度</source>
        <translation>Type #rrggbb for each colour or press Choose; the preview and contrast are shown below</translation>
    </message>
    <message>
        <source>文字颜色(&amp;T)</source>
        <translation>&amp;Text colour</translation>
    </message>
    <message>
        <source>正文文字的颜色</source>
        <translation>Colour of the body text</translation>
    </message>
    <message>
        <source>背景颜色(&amp;B)</source>
        <translation>&amp;Background colour</translation>
    </message>
    <message>
        <source>页面背景的颜色</source>
        <translation>Colour of the page</translation>
    </message>
    <message>
        <source>链接颜色(&amp;L)</source>
        <translation>&amp;Link colour</translation>
    </message>
    <message>
        <source>链接文字的颜色，链接总带下划线</source>
        <translation>Colour of links, which are always underlined</translation>
    </message>
    <message>
        <source>朗读高亮颜色(&amp;H)</source>
        <translation>Speech &amp;highlight colour</translation>
    </message>
    <message>
        <source>正在朗读的句子的底色</source>
        <translation>Background of the sentence being read aloud</translation>
    </message>
    <message>
        <source>焦点框颜色(&amp;F)</source>
        <translation>&amp;Focus frame colour</translation>
    </message>
    <message>
        <source>键盘焦点所在控件的边框颜色</source>
        <translation>Colour of the frame around the control with keyboard focus</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>打开颜色选择器</source>
        <translation>Open the colour picker</translation>
    </message>
    <message>
        <source>选择{colour}</source>
        <translation>Choose {colour}</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>用所选颜色显示的示例文字</source>
        <translation>Sample text in the chosen colours</translation>
    </message>
    <message>
        <source>&lt;p&gt;这是正文文字。&lt;a href='#'&gt;&lt;u&gt;这是一个链接&lt;/u&gt;&lt;/a&gt;。&lt;span&gt;这是正在朗读的句子。&lt;/span&gt;这是下一句。&lt;/p&gt;</source>
        <translation>&lt;p&gt;This is body text. &lt;a href='#'&gt;&lt;u&gt;This is a link&lt;/u&gt;&lt;/a&gt;. &lt;span&gt;This is the sentence being read.&lt;/span&gt; This is the next one.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>文字/背景</source>
        <translation>text/background</translation>
    </message>
    <message>
        <source>链接/背景</source>
        <translation>link/background</translation>
    </message>
    <message>
        <source>高亮/背景</source>
        <translation>highlight/background</translation>
    </message>
    <message>
        <source>焦点框/背景</source>
        <translation>focus/background</translation>
    </message>
    <message>
        <source>高亮中的文字/高亮</source>
        <translation>highlighted text/highlight</translation>
    </message>
    <message>
        <source>通过 AAA</source>
        <translation>passes AAA</translation>
    </message>
    <message>
        <source>仅 AA</source>
        <translation>AA only</translation>
    </message>
    <message>
        <source>不足</source>
        <translation>Too low</translation>
    </message>
    <message>
        <source>{pair}：{ratio}:1 {verdict}</source>
        <translation>{pair}: {ratio}:1 {verdict}</translation>
    </message>
    <message>
        <source>对比度</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>每对颜色的对比度，至少 4.5:1，最好 7:1 以上</source>
        <translation>Contrast of each pair: at least 4.5:1, best 7:1 or more</translation>
    </message>
    <message>
        <source>{name}：请输入 #rrggbb 形式的颜色</source>
        <translation>{name}: type a colour as #rrggbb</translation>
    </message>
    <message>
        <source>不能保存：文字与背景的对比度低于 4.5:1。</source>
        <translation>Cannot save: text contrast is below 4.5:1.</translation>
    </message>
    <message>
        <source>注意：对比度低于 7:1，部分读者可能看不清。</source>
        <translation>Note: contrast below 7:1 may be hard to read.</translation>
    </message>
    <message>
        <source>所有颜色的对比度都达到 7:1。</source>
        <translation>Every colour reaches 7:1.</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>使用并保存这些颜色</source>
        <translation>Use and keep these colours</translation>
    </message>
    <message>
        <source>不改变配色，关闭对话框</source>
        <translation>Close without changing the colours</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>颜色的问题和建议</source>
        <translation>Problems and advice about the colours</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{size} MB</source>
        <extracomment>A file size in megabytes.</extracomment>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <extracomment>A file size in kilobytes.</extracomment>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>一张 PNG 图片</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <source>一张 JPEG 图片</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <source>一张 GIF 图片</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <source>一张 WEBP 图片</source>
        <translation>a WebP image</translation>
    </message>
    <message>
        <source>一张 BMP 图片</source>
        <translation>a BMP image</translation>
    </message>
    <message>
        <source>一张 TIFF 图片</source>
        <translation>a TIFF image</translation>
    </message>
    <message>
        <source>一个图标</source>
        <translation>an icon</translation>
    </message>
    <message>
        <source>一份 PDF 文档</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <source>一个 ZIP 压缩包（也可能是 DOCX 或 EPUB 文件）</source>
        <translation>a ZIP archive (or a Word or EPUB file)</translation>
    </message>
    <message>
        <source>一个 ZIP 压缩包</source>
        <translation>a ZIP archive</translation>
    </message>
    <message>
        <source>一个 GZIP 压缩包</source>
        <translation>a gzip archive</translation>
    </message>
    <message>
        <source>一个 7Z 压缩包</source>
        <translation>a 7-Zip archive</translation>
    </message>
    <message>
        <source>一个 RAR 压缩包</source>
        <translation>a RAR archive</translation>
    </message>
    <message>
        <source>一个 BZIP2 压缩包</source>
        <translation>a bzip2 archive</translation>
    </message>
    <message>
        <source>一个 XZ 压缩包</source>
        <translation>an xz archive</translation>
    </message>
    <message>
        <source>一份旧格式的 DOC、XLS 或 PPT 文档</source>
        <translation>an old Microsoft Office document (DOC, XLS or PPT)</translation>
    </message>
    <message>
        <source>一个程序</source>
        <translation>a program</translation>
    </message>
    <message>
        <source>一个 EXE 程序</source>
        <translation>a Windows program</translation>
    </message>
    <message>
        <source>一个数据库</source>
        <translation>a database</translation>
    </message>
    <message>
        <source>一个 MP3 音频文件</source>
        <translation>an MP3 audio file</translation>
    </message>
    <message>
        <source>一个音频文件</source>
        <translation>an audio file</translation>
    </message>
    <message>
        <source>一个音频或视频文件</source>
        <translation>an audio or video file</translation>
    </message>
    <message>
        <source>一个视频文件</source>
        <translation>a video file</translation>
    </message>
    <message>
        <source>一个视频或图片文件</source>
        <translation>a video or image file</translation>
    </message>
    <message>
        <source>一个字体文件</source>
        <translation>a font file</translation>
    </message>
    <message>
        <source>一种不是文本的格式</source>
        <translation>something that is not text</translation>
    </message>
    <message>
        <source>文件夹 {folder} 不存在。</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>要保存到的文件夹不存在。</source>
        <translation>The folder to save in does not exist.</translation>
    </message>
    <message>
        <source>不支持“{suffix}”格式的音频，请保存为 WAV 或 MP3 文件。</source>
        <extracomment>{suffix}: the file name's ending.</extracomment>
        <translation>Audio cannot be exported as “{suffix}”; save it as a WAV or MP3 file.</translation>
    </message>
    <message>
        <source>文件名没有扩展名，请保存为 WAV 或 MP3 文件。</source>
        <translation>The file name has no extension; save it as a WAV or MP3 file.</translation>
    </message>
    <message>
        <source>导出 MP3 需要 {encoder} 或 {alternative}，但两者都没有安装：请安装其中一个（例如 {install} 或 {install_other}），或改为导出 WAV 文件。</source>
        <extracomment>{encoder}, {alternative}: program names; {install}, {install_other}: install commands.</extracomment>
        <translation>Exporting MP3 needs {encoder} or {alternative}, and neither is installed: install one (for example {install} or {install_other}), or export a WAV file instead.</translation>
    </message>
    <message>
        <source>导出 MP3 需要 {encoder} 或 {alternative}，但两者都没有安装：请安装其中一个（例如 {install}），或改为导出 WAV 文件。</source>
        <extracomment>{encoder}, {alternative}: program names; {install}: a command that installs one.</extracomment>
        <translation>Exporting MP3 needs {encoder} or {alternative}, and neither is installed: install one (for example {install}), or export a WAV file instead.</translation>
    </message>
    <message>
        <source>这是一个文件夹，不是文件。</source>
        <translation>This is a folder, not a file.</translation>
    </message>
    <message>
        <source>文件名或路径太长。</source>
        <translation>The file name or path is too long.</translation>
    </message>
    <message>
        <source>路径中的符号链接太多，或者互相循环指向。</source>
        <translation>The path has too many symbolic links, or links that point at each other in a loop.</translation>
    </message>
    <message>
        <source>磁盘或设备读写出错，可能已损坏或已断开。</source>
        <translation>The disk or device reported a read or write error; it may be damaged or disconnected.</translation>
    </message>
    <message>
        <source>文件名中有不允许使用的字符。</source>
        <translation>The file name contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>同时打开的文件太多，请关闭一些程序后再试。</source>
        <translation>Too many files are open at once; close some programs and try again.</translation>
    </message>
    <message>
        <source>内存不足。</source>
        <translation>There is not enough memory.</translation>
    </message>
    <message>
        <source>文件不存在。</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>文件不存在：路径中的某个文件夹其实是文件。</source>
        <translation>The file does not exist: a folder in its path is a file.</translation>
    </message>
    <message>
        <source>没有读取这个文件的权限。</source>
        <translation>You do not have permission to read this file.</translation>
    </message>
    <message>
        <source>文件所在的设备不存在或没有连接。</source>
        <translation>The device the file is on is missing or not connected.</translation>
    </message>
    <message>
        <source>系统无法打开这个文件（{detail}）。</source>
        <extracomment>{detail}: the operating system's own words.</extracomment>
        <translation>The system could not open the file ({detail}).</translation>
    </message>
    <message>
        <source>系统无法读取这个文件（{detail}）。</source>
        <extracomment>{detail}: the operating system's own words.</extracomment>
        <translation>The system could not read the file ({detail}).</translation>
    </message>
    <message>
        <source>这不是普通文件，而是设备、管道或套接字。</source>
        <translation>This is not an ordinary file but a device, pipe or socket.</translation>
    </message>
    <message>
        <source>文件太大（{size}），本阅读器最多打开 {limit} 的文件。</source>
        <extracomment>{size}, {limit}: sizes such as 70 MB.</extracomment>
        <translation>The file is too large ({size}); the reader opens files of up to {limit}.</translation>
    </message>
    <message>
        <source>文件太大（超过 {limit}）。</source>
        <extracomment>{limit}: a size such as 64 MB.</extracomment>
        <translation>The file is too large (over {limit}).</translation>
    </message>
    <message>
        <source>文件是空的。</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>文件里只有空白，没有文字。</source>
        <translation>The file contains only white space, no text.</translation>
    </message>
    <message>
        <source>这不是文本或网页文件，它看起来是{kind}。</source>
        <extracomment>{kind}: what the file looks like, e.g. a PNG image.</extracomment>
        <translation>This is not a text or web page file; it looks like {kind}.</translation>
    </message>
    <message>
        <source>这不是文本或网页文件：其中有不属于文本的字节。</source>
        <translation>This is not a text or web page file: it contains bytes that are not text.</translation>
    </message>
    <message>
        <source>这不是文本或网页文件：其中有文本里不会出现的控制字节。</source>
        <translation>This is not a text or web page file: it contains control bytes that text does not have.</translation>
    </message>
    <message>
        <source>无法识别文件的文字编码：它不是本阅读器认识的任何一种编码。</source>
        <translation>The file's text encoding cannot be recognised: it is in no encoding the reader knows.</translation>
    </message>
    <message>
        <source>这个 MHTML 网页存档无法读取。</source>
        <translation>This MHTML web archive cannot be read.</translation>
    </message>
    <message>
        <source>这个 MHTML 网页存档已损坏：找不到其中的各个部分。</source>
        <translation>This MHTML web archive is broken: its parts cannot be found.</translation>
    </message>
    <message>
        <source>这个 MHTML 网页存档里没有网页。</source>
        <translation>This MHTML web archive has no web page in it.</translation>
    </message>
    <message>
        <source>这个 MHTML 网页存档里的网页是空的。</source>
        <translation>The web page in this MHTML web archive is empty.</translation>
    </message>
    <message>
        <source>无法读取这个网页的内容。</source>
        <translation>The page's content could not be read.</translation>
    </message>
    <message>
        <source>文件里没有可以阅读的文字。</source>
        <translation>There is no readable text in the file.</translation>
    </message>
    <message>
        <source>网页里没有可以阅读的文字。</source>
        <translation>There is no readable text in the page.</translation>
    </message>
    <message>
        <source>这份 PDF 里只有图片，没有文字（可能是扫描件），阅读器无法朗读。</source>
        <translation>This PDF has only images and no text (it may be a scanned document); the reader cannot read it aloud.</translation>
    </message>
    <message>
        <source>这份 PDF 设有密码保护，阅读器无法打开。</source>
        <translation>This PDF is protected by a password; the reader cannot open it.</translation>
    </message>
    <message>
        <source>这份 PDF 已损坏或不完整，无法读取。</source>
        <translation>This PDF is damaged or incomplete and cannot be read.</translation>
    </message>
    <message>
        <source>这个 EPUB 电子书已损坏或不完整，无法读取。</source>
        <translation>This EPUB book is damaged or incomplete and cannot be read.</translation>
    </message>
    <message>
        <source>这个 OFD 文件已损坏或不完整，无法读取。</source>
        <translation>This OFD file is damaged or incomplete and cannot be read.</translation>
    </message>
    <message>
        <source>这个 OFD 文件里只有图片，没有文字（可能是扫描件），阅读器无法朗读。</source>
        <translation>This OFD file has only images and no text (it may be a scanned document); the reader cannot read it aloud.</translation>
    </message>
    <message>
        <source>这是旧版 DOC 或 WPS 文档，阅读器无法直接打开。请先用 WPS 或 {converter} 等办公软件另存为 DOCX 文件再打开。</source>
        <extracomment>{converter}: an office suite's name (LibreOffice), as it is written.</extracomment>
        <translation>This is an old Word (.doc) or WPS document, which the reader cannot open directly. Save it as .docx in Word, WPS or {converter}, then open that.</translation>
    </message>
    <message>
        <source>这个 DOCX 文件已损坏或不完整，无法读取。</source>
        <translation>This Word (DOCX) file is damaged or incomplete and cannot be read.</translation>
    </message>
    <message>
        <source>这个文件解压后太大（{size} MB，阅读器最多接受 {limit} MB），可能是恶意文件。</source>
        <extracomment>{size}, {limit}: megabytes the ZIP inside a Word file would unpack to.</extracomment>
        <translation>This file would unpack to too much data ({size} MB; the reader accepts up to {limit} MB); it may be a malicious file.</translation>
    </message>
    <message>
        <source>无法使用这个文件：{detail}</source>
        <extracomment>{detail}: a reason in the program's own words.</extracomment>
        <translation>The file cannot be used: {detail}</translation>
    </message>
    <message>
        <source>程序内部错误（{kind}）：{detail}</source>
        <extracomment>A bug: {kind} is the error's type, {detail} its message.</extracomment>
        <translation>Internal error ({kind}): {detail}</translation>
    </message>
    <message>
        <source>保存位置的路径中有一个文件夹其实是文件。</source>
        <translation>A folder in the path to save in is a file.</translation>
    </message>
    <message>
        <source>没有在这里写入文件的权限。</source>
        <translation>You do not have permission to write files here.</translation>
    </message>
    <message>
        <source>磁盘空间不足。</source>
        <translation>There is not enough space on the disk.</translation>
    </message>
    <message>
        <source>这个位置是只读的，不能写入。</source>
        <translation>This location is read-only; nothing can be written here.</translation>
    </message>
    <message>
        <source>文件太大，超出了这个磁盘允许的大小。</source>
        <translation>The file is larger than this disk allows.</translation>
    </message>
    <message>
        <source>同名的文件已经存在。</source>
        <translation>A file with that name already exists.</translation>
    </message>
    <message>
        <source>无法把文件移到另一个磁盘上。</source>
        <translation>The file cannot be moved to another disk.</translation>
    </message>
    <message>
        <source>文件正被其他程序使用。</source>
        <translation>The file is in use by another program.</translation>
    </message>
    <message>
        <source>系统无法写入这个文件（{detail}）。</source>
        <extracomment>{detail}: the operating system's own words.</extracomment>
        <translation>The system could not write the file ({detail}).</translation>
    </message>
    <message>
        <source>MP3 编码程序 {encoder} 中途停止了。</source>
        <extracomment>{encoder}: a program name (ffmpeg, lame).</extracomment>
        <translation>The MP3 encoder {encoder} stopped part-way.</translation>
    </message>
    <message>
        <source>MP3 编码程序 {encoder} 出错（退出码 {status}）。</source>
        <extracomment>{encoder}: a program name (ffmpeg, lame); {status}: its exit code.</extracomment>
        <translation>The MP3 encoder {encoder} failed (exit code {status}).</translation>
    </message>
    <message>
        <source>朗读引擎一句也没能读出来。</source>
        <translation>The speech engine could not read a single sentence.</translation>
    </message>
    <message>
        <source>没有可以朗读的文字。</source>
        <translation>There is no text to read aloud.</translation>
    </message>
    <message>
        <source>导出已取消。</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>出现了一个问题：{details}</source>
        <extracomment>{details}: the problem's particulars.</extracomment>
        <translation>Something went wrong: {details}</translation>
    </message>
    <message>
        <source>出现了一个问题。</source>
        <translation>Something went wrong.</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>查找(&amp;F)…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>在显示的文字中查找，简体繁体都能找到</source>
        <translation>Find in the text shown, in simplified and traditional characters alike</translation>
    </message>
    <message>
        <source>查找下一处(&amp;D)</source>
        <translation>Find next (&amp;D)</translation>
    </message>
    <message>
        <source>跳到下一个找到的地方</source>
        <translation>Go to the next place found</translation>
    </message>
    <message>
        <source>查找上一处(&amp;U)</source>
        <translation>Find previo&amp;us</translation>
    </message>
    <message>
        <source>跳到上一个找到的地方</source>
        <translation>Go to the previous place found</translation>
    </message>
    <message>
        <source>在文章中查找；Esc 键关闭</source>
        <translation>Find in the article; Escape closes</translation>
    </message>
    <message>
        <source>查找栏</source>
        <translation>Find bar</translation>
    </message>
    <message>
        <source>查找：</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>输入要找的字词；回车找下一处，Shift+回车找上一处</source>
        <translation>Type what to find; Enter finds the next place, Shift+Enter the previous one</translation>
    </message>
    <message>
        <source>上一处</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>下一处</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>从这里朗读</source>
        <translation>Read from here</translation>
    </message>
    <message>
        <source>从找到的地方开始连续朗读</source>
        <translation>Read on aloud from the place found</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>关闭查找栏，回到阅读区</source>
        <translation>Close the find bar and go back to the text</translation>
    </message>
    <message>
        <source>关闭查找栏</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <source>第 {n} 处，共 {total} 处</source>
        <extracomment>{n}: the place shown; {total}: how many were found</extracomment>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <source>第 {n} 处，至少 {total} 处</source>
        <translation>{n} of at least {total}</translation>
    </message>
    <message>
        <source>找不到「{query}」</source>
        <translation>“{query}” not found</translation>
    </message>
    <message>
        <source>没有打开的文章，无法查找</source>
        <translation>No article is open to find in</translation>
    </message>
    <message>
        <source>{count}：{text}</source>
        <extracomment>the count, then the line found</extracomment>
        <translation>{count}: {text}</translation>
    </message>
</context>
<context>
    <name>KeyEditor</name>
    <message>
        <source>更改按键(&amp;C)…</source>
        <translation>&amp;Change key…</translation>
    </message>
    <message>
        <source>为选中的操作设置新的按键</source>
        <translation>Give the selected command a new key</translation>
    </message>
    <message>
        <source>恢复此项(&amp;E)</source>
        <translation>R&amp;estore this one</translation>
    </message>
    <message>
        <source>把选中操作的按键恢复为方案原有的按键</source>
        <translation>Give the selected command back the key of the preset</translation>
    </message>
    <message>
        <source>全部恢复(&amp;A)</source>
        <translation>Restore &amp;all</translation>
    </message>
    <message>
        <source>把当前方案中改过的按键全部恢复</source>
        <translation>Undo every key change in the current preset</translation>
    </message>
    <message>
        <source>更改按键：{action}</source>
        <extracomment>{action}: the name of the command, e.g. 十字线</extracomment>
        <translation>Change key: {action}</translation>
    </message>
    <message>
        <source>按下要给「{action}」的按键组合，再按“确定”。</source>
        <translation>Press the key combination for “{action}”, then choose OK.</translation>
    </message>
    <message>
        <source>新按键(&amp;K)：</source>
        <translation>New &amp;key:</translation>
    </message>
    <message>
        <source>按下按键组合；Tab 键离开此框</source>
        <translation>Press a key combination; Tab leaves this field</translation>
    </message>
    <message>
        <source>不用按键(&amp;N)</source>
        <translation>&amp;No key</translation>
    </message>
    <message>
        <source>取消这个操作的按键，只能从菜单或工具栏使用</source>
        <translation>Take the key away; the command stays in the menus and the toolbar</translation>
    </message>
    <message>
        <source>{key} 可以使用。</source>
        <translation>{key} is free.</translation>
    </message>
    <message>
        <source>{key} 已用于「{owner}」，请换一个。</source>
        <extracomment>{owner}: the command that has the key</extracomment>
        <translation>{key} is already used by “{owner}”; choose another.</translation>
    </message>
    <message>
        <source>{key} 用于移动焦点、光标或选取文字，不能给操作使用。</source>
        <translation>{key} moves the focus or the cursor or selects text; it cannot be given to a command.</translation>
    </message>
    <message>
        <source>{key} 用于打开菜单，不能给操作使用。</source>
        <translation>{key} opens a menu; it cannot be given to a command.</translation>
    </message>
    <message>
        <source>请按下一个按键组合。</source>
        <translation>Press a key combination.</translation>
    </message>
    <message>
        <source>{keys}（已更改）</source>
        <extracomment>keys the user changed, e.g. Alt+Shift+Z（已更改）</extracomment>
        <translation>{keys} (changed)</translation>
    </message>
    <message>
        <source>「{action}」的按键已改为 {keys}</source>
        <translation>“{action}” now has the key {keys}</translation>
    </message>
    <message>
        <source>「{action}」已不用按键</source>
        <translation>“{action}” has no key now</translation>
    </message>
    <message>
        <source>「{action}」已恢复为 {keys}</source>
        <translation>“{action}” is back to {keys}</translation>
    </message>
    <message>
        <source>{preset}的按键已全部恢复</source>
        <extracomment>{preset}: 门户网站式 or 程序式</extracomment>
        <translation>All keys of the {preset} preset restored</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>文库(&amp;L)…</source>
        <translation>&amp;Library…</translation>
    </message>
    <message>
        <source>打开过的所有文章：继续阅读、全文搜索</source>
        <translation>Every article opened: continue reading, full-text search</translation>
    </message>
    <message>
        <source>导入到文库(&amp;I)…</source>
        <translation>&amp;Import into the library…</translation>
    </message>
    <message>
        <source>把一个文件夹里的文章加入文库</source>
        <translation>Add the articles of a folder to the library</translation>
    </message>
    <message>
        <source>添加书签(&amp;K)…</source>
        <translation>Add boo&amp;kmark…</translation>
    </message>
    <message>
        <source>在光标处加一个书签，可写备注</source>
        <translation>Add a bookmark at the caret, with a note if you like</translation>
    </message>
    <message>
        <source>书签列表(&amp;S)…</source>
        <translation>Bookmark&amp;s…</translation>
    </message>
    <message>
        <source>这篇文章的书签，选一个跳过去</source>
        <translation>This article's bookmarks: choose one to go there</translation>
    </message>
    <message>
        <source>文库</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>搜索、选择并打开文库中的文章</source>
        <translation>Search, choose and open the articles of the library</translation>
    </message>
    <message>
        <source>搜索(&amp;S)：</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>在所有文章的标题和正文中搜索，简体繁体都能找到</source>
        <translation>Search the titles and text of every article, in simplified and traditional characters alike</translation>
    </message>
    <message>
        <source>列出(&amp;W)：</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>选择列出哪些文章</source>
        <translation>Choose which articles are listed</translation>
    </message>
    <message>
        <source>继续阅读</source>
        <translation>Continue reading</translation>
    </message>
    <message>
        <source>全部文章</source>
        <translation>All articles</translation>
    </message>
    <message>
        <source>上下键选择，Enter 键打开</source>
        <translation>Up and Down choose, Enter opens</translation>
    </message>
    <message>
        <source>文章列表</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>打开选中的文章，到上次读到的地方或搜到的地方</source>
        <translation>Open the article chosen, where you left it or at the place found</translation>
    </message>
    <message>
        <source>从文库移除(&amp;R)</source>
        <translation>&amp;Remove from library</translation>
    </message>
    <message>
        <source>只从文库中去掉选中的文章，不删除文件</source>
        <translation>Take the article chosen out of the library; its file is not deleted</translation>
    </message>
    <message>
        <source>导入(&amp;I)…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>关闭文库</source>
        <translation>Close the library</translation>
    </message>
    <message>
        <source>读到 {percent}%</source>
        <translation>read to {percent}%</translation>
    </message>
    <message>
        <source>，</source>
        <extracomment>Separates the parts of one entry of the article list.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>{entry}（文件找不到了）</source>
        <extracomment>A listed article whose file is gone.</extracomment>
        <translation>{entry} (file not found)</translation>
    </message>
    <message>
        <source>{title}：{snippet}</source>
        <extracomment>A search result: the title, then the text around the hit.</extracomment>
        <translation>{title}: {snippet}</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 篇文章</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>找到 %n 篇</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message>
        <source>文库中找不到「{query}」</source>
        <translation>“{query}” is not in the library</translation>
    </message>
    <message>
        <source>文库里还没有文章：打开的文章会自动加入</source>
        <translation>The library is empty: articles you open are added by themselves</translation>
    </message>
    <message>
        <source>这次运行不使用文库</source>
        <translation>This run keeps no library</translation>
    </message>
    <message>
        <source>已从文库移除「{title}」，文件还在原处</source>
        <translation>“{title}” was taken out of the library; its file is still there</translation>
    </message>
    <message>
        <source>文件找不到了：{path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>回到上次读到的地方（{percent}%）</source>
        <translation>Back where you left off ({percent}%)</translation>
    </message>
    <message>
        <source>添加书签</source>
        <translation>Add bookmark</translation>
    </message>
    <message>
        <source>备注(&amp;N)：</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>可以不写；Enter 键加上书签</source>
        <translation>May stay empty; Enter adds the bookmark</translation>
    </message>
    <message>
        <source>已加书签：{excerpt}</source>
        <translation>Bookmark added: {excerpt}</translation>
    </message>
    <message>
        <source>书签</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <source>上下键选择，Enter 键跳到书签处</source>
        <translation>Up and Down choose, Enter goes to the bookmark</translation>
    </message>
    <message>
        <source>书签列表</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <source>跳转(&amp;G)</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>跳到选中的书签处</source>
        <translation>Go to the bookmark chosen</translation>
    </message>
    <message>
        <source>删除书签(&amp;D)</source>
        <translation>&amp;Delete bookmark</translation>
    </message>
    <message>
        <source>删除选中的书签</source>
        <translation>Delete the bookmark chosen</translation>
    </message>
    <message>
        <source>关闭书签列表</source>
        <translation>Close the bookmarks</translation>
    </message>
    <message>
        <source>{note}：{excerpt}</source>
        <extracomment>A bookmark: the reader's note, then the text there.</extracomment>
        <translation>{note}: {excerpt}</translation>
    </message>
    <message>
        <source>这篇文章还没有书签：按 Ctrl+D 添加</source>
        <translation>This article has no bookmarks yet: press Ctrl+D to add one</translation>
    </message>
    <message>
        <source>已删除书签</source>
        <translation>Bookmark deleted</translation>
    </message>
    <message>
        <source>先打开一篇文章</source>
        <translation>Open an article first</translation>
    </message>
    <message>
        <source>书签在文章视图中使用：先切换到文章</source>
        <translation>Bookmarks belong to the article view: switch to the article first</translation>
    </message>
    <message>
        <source>选择要导入的文件夹</source>
        <translation>Choose the folder to import</translation>
    </message>
    <message>
        <source>正在导入 {done}/{total}：{name}</source>
        <translation>Importing {done} of {total}: {name}</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>导入完成：新加入 %n 篇</source>
        <translation>
            <numerusform>Import done: %n article added</numerusform>
            <numerusform>Import done: %n articles added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 篇已在文库中</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个文件无法读取</source>
        <translation>
            <numerusform>%n file could not be read</numerusform>
            <numerusform>%n files could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source>有些文件无法导入</source>
        <translation>Some files could not be imported</translation>
    </message>
    <message>
        <source>文库文件一直被占用，已另存为 {kept_as}，并从它列出的 {listed} 个文件中恢复了 {restored} 篇</source>
        <translation>The library file stayed locked by another program: it was kept as {kept_as}, and {restored} of the {listed} files it listed were restored</translation>
    </message>
    <message>
        <source>文库文件已损坏，已另存为 {kept_as}，并从它列出的 {listed} 个文件中恢复了 {restored} 篇</source>
        <translation>The library file was damaged: it was kept as {kept_as}, and {restored} of the {listed} files it listed were restored</translation>
    </message>
    <message>
        <source>无法打开文库 {path}（{detail}）：这次打开的文章不会被记住</source>
        <translation>The library {path} could not be opened ({detail}): the articles opened now will not be remembered</translation>
    </message>
    <message>
        <source>{path}：{reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>跳转(&amp;M)</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>按标题、段落、表格、图片移动，标题列表，我在哪里</source>
        <translation>Move by heading, paragraph, table or graphic; heading list; where am I</translation>
    </message>
    <message>
        <source>下一个标题(&amp;H)</source>
        <translation>Next &amp;heading</translation>
    </message>
    <message>
        <source>把光标移到下一个标题</source>
        <translation>Move the caret to the next heading</translation>
    </message>
    <message>
        <source>上一个标题(&amp;E)</source>
        <translation>Previous h&amp;eading</translation>
    </message>
    <message>
        <source>把光标移到上一个标题</source>
        <translation>Move the caret to the previous heading</translation>
    </message>
    <message>
        <source>下一个段落(&amp;P)</source>
        <translation>Next &amp;paragraph</translation>
    </message>
    <message>
        <source>把光标移到下一个正文段落</source>
        <translation>Move the caret to the next text paragraph</translation>
    </message>
    <message>
        <source>上一个段落(&amp;R)</source>
        <translation>Previous pa&amp;ragraph</translation>
    </message>
    <message>
        <source>把光标移到上一个正文段落</source>
        <translation>Move the caret to the previous text paragraph</translation>
    </message>
    <message>
        <source>下一个表格(&amp;T)</source>
        <translation>Next &amp;table</translation>
    </message>
    <message>
        <source>把光标移到下一个表格</source>
        <translation>Move the caret to the next table</translation>
    </message>
    <message>
        <source>上一个表格(&amp;B)</source>
        <translation>Previous ta&amp;ble</translation>
    </message>
    <message>
        <source>把光标移到上一个表格</source>
        <translation>Move the caret to the previous table</translation>
    </message>
    <message>
        <source>下一张图片(&amp;G)</source>
        <translation>Next &amp;graphic</translation>
    </message>
    <message>
        <source>把光标移到下一张图片</source>
        <translation>Move the caret to the next graphic</translation>
    </message>
    <message>
        <source>上一张图片(&amp;N)</source>
        <translation>Pre&amp;vious graphic</translation>
    </message>
    <message>
        <source>把光标移到上一张图片</source>
        <translation>Move the caret to the previous graphic</translation>
    </message>
    <message>
        <source>标题列表(&amp;L)…</source>
        <translation>Heading &amp;list…</translation>
    </message>
    <message>
        <source>列出文章的标题，可筛选，按回车跳到那里</source>
        <translation>List the article's headings, filter them, press Enter to go to one</translation>
    </message>
    <message>
        <source>标题大纲(&amp;O)</source>
        <translation>&amp;Outline</translation>
    </message>
    <message>
        <source>在窗口旁边显示文章的各级标题</source>
        <translation>Show the article's headings beside the text</translation>
    </message>
    <message>
        <source>我在哪里(&amp;W)</source>
        <translation>&amp;Where am I</translation>
    </message>
    <message>
        <source>说出标题、当前小标题、第几段和读到的位置</source>
        <translation>Say the title, the current heading, the paragraph number and how far you have read</translation>
    </message>
    <message>
        <source>没有下一个标题</source>
        <translation>No next heading</translation>
    </message>
    <message>
        <source>没有上一个标题</source>
        <translation>No previous heading</translation>
    </message>
    <message>
        <source>没有下一个段落</source>
        <translation>No next paragraph</translation>
    </message>
    <message>
        <source>没有上一个段落</source>
        <translation>No previous paragraph</translation>
    </message>
    <message>
        <source>没有下一个表格</source>
        <translation>No next table</translation>
    </message>
    <message>
        <source>没有上一个表格</source>
        <translation>No previous table</translation>
    </message>
    <message>
        <source>没有下一张图片</source>
        <translation>No next graphic</translation>
    </message>
    <message>
        <source>没有上一张图片</source>
        <translation>No previous graphic</translation>
    </message>
    <message>
        <source>{text}，{level} 级标题</source>
        <translation>{text}, heading level {level}</translation>
    </message>
    <message>
        <source>表格，{rows} 行 {columns} 列，{cell}</source>
        <translation>Table with {rows} rows and {columns} columns, {cell}</translation>
    </message>
    <message>
        <source>没有打开文章</source>
        <translation>No article is open</translation>
    </message>
    <message>
        <source>文章的各级标题，按回车跳到那里</source>
        <translation>The article's headings; press Enter to go to one</translation>
    </message>
    <message>
        <source>标题大纲</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>（没有标题）</source>
        <translation>(no headings)</translation>
    </message>
    <message>
        <source>{level} 级标题</source>
        <translation>Heading level {level}</translation>
    </message>
    <message>
        <source>标题列表</source>
        <translation>Heading list</translation>
    </message>
    <message>
        <source>筛选(&amp;F)：</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>只列出含有这些字的标题</source>
        <translation>List only the headings containing these words</translation>
    </message>
    <message>
        <source>按回车跳到选中的标题</source>
        <translation>Press Enter to go to the selected heading</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Headings</translation>
    </message>
    <message>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>把光标移到选中的标题</source>
        <translation>Move the caret to the selected heading</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>关闭标题列表</source>
        <translation>Close the heading list</translation>
    </message>
    <message>
        <source>{title}；当前标题：{heading}；第 {paragraph} 段，共 {paragraphs} 段；{percent}%</source>
        <translation>{title}; current heading: {heading}; paragraph {paragraph} of {paragraphs}; {percent}%</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>Pinyin</name>
    <message>
        <source>拼音(&amp;L)</source>
        <translation>Pin&amp;yin</translation>
    </message>
    <message>
        <source>在文字上方标出读音</source>
        <translation>Show each character's reading above the text</translation>
    </message>
    <message>
        <source>切换拼音(&amp;P)</source>
        <translation>Switch &amp;pinyin</translation>
    </message>
    <message>
        <source>依次切换：不标、拼音、数字声调、注音符号</source>
        <translation>Cycle: none, pinyin, tone numbers, zhuyin</translation>
    </message>
    <message>
        <source>拼音（声调符号）(&amp;M)</source>
        <translation>Pinyin with tone &amp;marks</translation>
    </message>
    <message>
        <source>在文字上方标出带声调符号的拼音</source>
        <translation>Show pinyin with tone marks above the text</translation>
    </message>
    <message>
        <source>拼音（数字声调）(&amp;N)</source>
        <translation>Pinyin with tone &amp;numbers</translation>
    </message>
    <message>
        <source>在文字上方标出用数字表示声调的拼音</source>
        <translation>Show pinyin with tone numbers above the text</translation>
    </message>
    <message>
        <source>注音符号(&amp;Z)</source>
        <translation>&amp;Zhuyin (bopomofo)</translation>
    </message>
    <message>
        <source>在文字上方标出注音符号，如 ㄔㄨㄥˊ</source>
        <translation>Show zhuyin symbols above the text, like ㄔㄨㄥˊ</translation>
    </message>
    <message>
        <source>不标读音(&amp;O)</source>
        <translation>&amp;Off</translation>
    </message>
    <message>
        <source>文字上方不标读音</source>
        <translation>No readings above the text</translation>
    </message>
    <message>
        <source>已关闭拼音</source>
        <translation>Pinyin off</translation>
    </message>
    <message>
        <source>已显示：{name}</source>
        <translation>Now showing: {name}</translation>
    </message>
    <message>
        <source>读音词典(&amp;D)…</source>
        <translation>Pronunciation &amp;dictionary…</translation>
    </message>
    <message>
        <source>改正多音字的读音，显示和朗读都按这里的读音</source>
        <translation>Correct the readings of words; the text shown and the voice both follow them</translation>
    </message>
    <message>
        <source>字幕文字的读音</source>
        <translation>The readings of the caption's text</translation>
    </message>
    <message>
        <source>字幕拼音</source>
        <translation>Caption readings</translation>
    </message>
    <message>
        <source>{word}：{reading}</source>
        <extracomment>The word under the pointer and its reading.</extracomment>
        <translation>{word}: {reading}</translation>
    </message>
    <message>
        <source>读音词典</source>
        <translation>Pronunciation dictionary</translation>
    </message>
    <message>
        <source>每行一个词语，空一格后写它的拼音，每个字一个音节，用数字表示声调，如：单县 shan4 xian4。轻声写 5。以 # 开头的行是说明。显示拼音和朗读都按这里的读音。</source>
        <translation>One word a line, a space, then its pinyin, one syllable per character with tone numbers, like: 单县 shan4 xian4. Write the neutral tone as 5. Lines starting with # are comments. The readings shown and the voice both follow these.</translation>
    </message>
    <message>
        <source>词语和读音(&amp;W)：</source>
        <translation>&amp;Words and readings:</translation>
    </message>
    <message>
        <source>每行一个词语和它的拼音</source>
        <translation>One word and its pinyin a line</translation>
    </message>
    <message>
        <source>这些行有问题，保存时会跳过</source>
        <translation>These lines have problems and are skipped when saving</translation>
    </message>
    <message>
        <source>有问题的行</source>
        <translation>Lines with problems</translation>
    </message>
    <message>
        <source>读音词典已保存：{count} 个词语</source>
        <translation>Pronunciation dictionary saved: {count} words</translation>
    </message>
    <message>
        <source>无法保存读音词典 {path}：{reason}</source>
        <translation>The pronunciation dictionary {path} could not be saved: {reason}</translation>
    </message>
    <message>
        <source>有 {count} 行需要改正；改好后再保存，或直接保存并跳过这些行</source>
        <translation>{count} lines need correcting: correct them and save, or save again to skip them</translation>
    </message>
    <message>
        <source>第 {line} 行「{word}」：没有读音</source>
        <translation>Line {line}, “{word}”: no reading</translation>
    </message>
    <message>
        <source>第 {line} 行「{word}」：不全是汉字</source>
        <translation>Line {line}, “{word}”: not only Chinese characters</translation>
    </message>
    <message>
        <source>第 {line} 行「{word}」：{characters} 个字却有 {syllables} 个音节</source>
        <translation>Line {line}, “{word}”: {syllables} syllables for {characters} characters</translation>
    </message>
    <message>
        <source>第 {line} 行「{word}」：「{syllable}」不是拼音音节</source>
        <translation>Line {line}, “{word}”: “{syllable}” is not a pinyin syllable</translation>
    </message>
    <message>
        <source>第 {line} 行「{word}」：第 {first} 行已有这个词语，用这一行的读音</source>
        <translation>Line {line}, “{word}”: already on line {first}; this line's reading is used</translation>
    </message>
    <message>
        <source>无法读取读音词典 {path}：{reason}</source>
        <translation>The pronunciation dictionary {path} could not be read: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <source>字号</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>行距</source>
        <translation>Line spacing</translation>
    </message>
    <message>
        <source>字距</source>
        <translation>Letter spacing</translation>
    </message>
    <message>
        <source>段距</source>
        <translation>Paragraph spacing</translation>
    </message>
    <message>
        <source>每行最多字数</source>
        <translation>Maximum characters per line</translation>
    </message>
    <message>
        <source>字体</source>
        <translation>Font</translation>
    </message>
    <message>
        <source>粗体</source>
        <translation>Bold text</translation>
    </message>
    <message>
        <source>对齐</source>
        <translation>Alignment</translation>
    </message>
    <message>
        <source>配色</source>
        <translation>Colour scheme</translation>
    </message>
    <message>
        <source>自定义颜色</source>
        <translation>Custom colours</translation>
    </message>
    <message>
        <source>大鼠标</source>
        <translation>Big mouse pointer</translation>
    </message>
    <message>
        <source>大鼠标的颜色</source>
        <translation>Big pointer colour</translation>
    </message>
    <message>
        <source>十字线</source>
        <translation>Crosshair</translation>
    </message>
    <message>
        <source>行聚焦</source>
        <translation>Line focus</translation>
    </message>
    <message>
        <source>大字幕</source>
        <translation>Big caption</translation>
    </message>
    <message>
        <source>大字幕的位置</source>
        <translation>Big caption position</translation>
    </message>
    <message>
        <source>声音</source>
        <translation>Sound</translation>
    </message>
    <message>
        <source>语速</source>
        <translation>Speech rate</translation>
    </message>
    <message>
        <source>音量</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>嗓音</source>
        <translation>Voices</translation>
    </message>
    <message>
        <source>指读</source>
        <translation>Point reading</translation>
    </message>
    <message>
        <source>逐词高亮</source>
        <translation>Word highlight</translation>
    </message>
    <message>
        <source>标题前提示</source>
        <translation>Heading cue</translation>
    </message>
    <message>
        <source>拼音</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <source>语音确认</source>
        <translation>Spoken confirmations</translation>
    </message>
    <message>
        <source>大工具栏</source>
        <translation>Big toolbar</translation>
    </message>
    <message>
        <source>界面大小</source>
        <translation>Interface size</translation>
    </message>
    <message>
        <source>快捷键方案</source>
        <translation>Keyboard preset</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>上次的简繁转换</source>
        <translation>Last conversion</translation>
    </message>
    <message>
        <source>最近打开的文件</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>窗口的位置和大小</source>
        <translation>Window size and place</translation>
    </message>
    <message>
        <source>自定义按键</source>
        <translation>Changed keys</translation>
    </message>
    <message>
        <source>一项设置</source>
        <extracomment>The name of a setting this version cannot name.</extracomment>
        <translation>A setting</translation>
    </message>
    <message>
        <source>朗读高亮的文字颜色</source>
        <translation>Highlighted text colour</translation>
    </message>
    <message>
        <source>{n} 磅</source>
        <extracomment>A text size in points.</extracomment>
        <translation>{n} pt</translation>
    </message>
    <message>
        <source>{n} 倍</source>
        <extracomment>Line or paragraph spacing, a multiple.</extracomment>
        <translation>{n}×</translation>
    </message>
    <message>
        <source>{n} 个字宽</source>
        <extracomment>Letter spacing, in widths of a character (em).</extracomment>
        <translation>{n} em</translation>
    </message>
    <message>
        <source>{n} 字/分钟</source>
        <extracomment>Speech rate.</extracomment>
        <translation>{n} words per minute</translation>
    </message>
    <message>
        <source>{low} 到 {high}</source>
        <extracomment>A range of allowed values, e.g. 12 磅 到 120 磅.</extracomment>
        <translation>{low} to {high}</translation>
    </message>
    <message>
        <source>已改用默认值 {default}</source>
        <translation>using the default {default}</translation>
    </message>
    <message>
        <source>已改用默认值</source>
        <translation>using the default</translation>
    </message>
    <message>
        <source>、</source>
        <extracomment>Joins the items of a list of names.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>“{option}”中这些颜色无效，已改用默认颜色：{invalid}；这些项目不是颜色，已忽略：{unknown}。</source>
        <translation>{option}: these colours were not valid and the default ones are used: {invalid}; these entries are not colours and were ignored: {unknown}.</translation>
    </message>
    <message>
        <source>“{option}”中这些颜色无效，已改用默认颜色：{invalid}。</source>
        <translation>{option}: these colours were not valid and the default ones are used: {invalid}.</translation>
    </message>
    <message>
        <source>“{option}”中这些项目不是颜色，已忽略：{unknown}。</source>
        <translation>{option}: these entries are not colours and were ignored: {unknown}.</translation>
    </message>
    <message>
        <source>已另存为 {kept_as}，现用默认设置。</source>
        <translation>It was kept as {kept_as}; the default settings are used.</translation>
    </message>
    <message>
        <source>现用默认设置。</source>
        <translation>The default settings are used.</translation>
    </message>
    <message>
        <source>读到的设置不是一组有名称的值，已用默认设置。</source>
        <translation>The settings read are not a set of named values; the default settings are used.</translation>
    </message>
    <message>
        <source>设置文件的版本号 {value} 无效，已按当前版本读取。</source>
        <translation>The settings file's version {value} is not valid; it was read as the current version.</translation>
    </message>
    <message>
        <source>设置文件来自较新的版本（{version}），这个版本不认识的设置已忽略。</source>
        <translation>The settings file is from a newer version ({version}); the settings this version does not know were ignored.</translation>
    </message>
    <message>
        <source>设置文件的版本 {version} 太旧，无法转换，已用默认设置。</source>
        <translation>The settings file's version {version} is too old to convert; the default settings are used.</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是整数，{fallback}。</source>
        <translation>{option}: {value} is not a whole number; {fallback}.</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是数字，{fallback}。</source>
        <translation>{option}: {value} is not a number; {fallback}.</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是有效的数字，{fallback}。</source>
        <translation>{option}: {value} is not a finite number; {fallback}.</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是“是”或“否”，{fallback}。</source>
        <translation>{option}: {value} is not true or false; {fallback}.</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是文字，{fallback}。</source>
        <translation>{option}: {value} is not text; {fallback}.</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是列表，{fallback}。</source>
        <translation>{option}: {value} is not a list; {fallback}.</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是对照表，{fallback}。</source>
        <translation>{option}: {value} is not a table of names and values; {fallback}.</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是一组颜色，{fallback}。</source>
        <translation>{option}: {value} is not a set of colours; {fallback}.</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不能是负数，{fallback}。</source>
        <translation>{option}: {value} cannot be negative; {fallback}.</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是可选的值，{fallback}。</source>
        <translation>{option}: {value} is not one of the choices; {fallback}.</translation>
    </message>
    <message>
        <source>“{option}”的文字含有控制字符，{fallback}。</source>
        <translation>{option}: the text contains control characters; {fallback}.</translation>
    </message>
    <message>
        <source>“{option}”的文字太长（{length} 个字符，最多 {maximum} 个），{fallback}。</source>
        <translation>{option}: the text is too long ({length} characters, at most {maximum}); {fallback}.</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 超出范围（{range}），已改为 {result}。</source>
        <translation>{option}: {value} is outside {range}; changed to {result}.</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是已有的配色，已改用“{scheme}”。</source>
        <translation>{option}: {value} is not a known colour scheme; using “{scheme}”.</translation>
    </message>
    <message numerus="yes">
        <source>“{option}”中有 %n 项无效、重复或多余，已去掉。</source>
        <translation>
            <numerusform>{option}: %n invalid, repeated or surplus entry was dropped.</numerusform>
            <numerusform>{option}: %n invalid, repeated or surplus entries were dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{option}”中有 %n 项无效，已去掉。</source>
        <translation>
            <numerusform>{option}: %n invalid entry was dropped.</numerusform>
            <numerusform>{option}: %n invalid entries were dropped.</numerusform>
        </translation>
    </message>
    <message>
        <source>自定义颜色看不清（{pair}的对比度只有 {ratio}:1，低于 {minimum}:1），已改用配色“{scheme}”。</source>
        <translation>The custom colours are too hard to read (the contrast of {pair} is only {ratio}:1, below {minimum}:1); using the scheme “{scheme}”.</translation>
    </message>
    <message>
        <source>设置文件 {path} 是一个文件夹，无法读取，已用默认设置。</source>
        <translation>The settings file {path} is a folder and cannot be read; the default settings are used.</translation>
    </message>
    <message>
        <source>没有权限读取设置文件 {path}，已用默认设置。</source>
        <translation>No permission to read the settings file {path}; the default settings are used.</translation>
    </message>
    <message>
        <source>无法读取设置文件 {path}，已用默认设置。</source>
        <translation>Could not read the settings file {path}; the default settings are used.</translation>
    </message>
    <message>
        <source>设置文件 {path} 已损坏：文件太大。{consequence}</source>
        <translation>The settings file {path} is damaged: it is too large. {consequence}</translation>
    </message>
    <message>
        <source>设置文件 {path} 已损坏：内容不是文字。{consequence}</source>
        <translation>The settings file {path} is damaged: it is not text. {consequence}</translation>
    </message>
    <message>
        <source>设置文件 {path} 已损坏：格式不对。{consequence}</source>
        <translation>The settings file {path} is damaged: it is not valid JSON. {consequence}</translation>
    </message>
    <message>
        <source>设置文件 {path} 已损坏：内容不是一组设置。{consequence}</source>
        <translation>The settings file {path} is damaged: it does not hold named settings. {consequence}</translation>
    </message>
    <message>
        <source>无法保存设置：没有权限写入 {path}。</source>
        <translation>Could not save the settings: no permission to write {path}.</translation>
    </message>
    <message>
        <source>无法保存设置：磁盘已满。</source>
        <translation>Could not save the settings: the disk is full.</translation>
    </message>
    <message>
        <source>无法保存设置：写入 {path} 时出错。</source>
        <translation>Could not save the settings: writing {path} failed.</translation>
    </message>
    <message>
        <source>{colour} {value} 不是颜色，请写成 # 加六位十六进制数字，例如 #1a2b3c。</source>
        <translation>{colour} {value} is not a colour; write # and six hexadecimal digits, for example #1a2b3c.</translation>
    </message>
    <message>
        <source>{pair}的对比度只有 {ratio}:1，低于 {minimum}:1。</source>
        <translation>The contrast of {pair} is only {ratio}:1, below {minimum}:1.</translation>
    </message>
    <message>
        <source>设置有一处问题：{details}。</source>
        <translation>There is a problem with the settings: {details}.</translation>
    </message>
    <message>
        <source>设置有一处问题。</source>
        <translation>There is a problem with the settings.</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>跟随鼠标指针的参考线</source>
        <translation>Guide lines at the pointer</translation>
    </message>
    <message>
        <source>十字线</source>
        <translation>Crosshair lines</translation>
    </message>
    <message>
        <source>变暗其余各行的遮罩</source>
        <translation>Dims the other lines</translation>
    </message>
    <message>
        <source>阅读焦点</source>
        <translation>Line focus band</translation>
    </message>
    <message>
        <source>用特大字显示当前句子</source>
        <translation>The current sentence in very large text</translation>
    </message>
    <message>
        <source>大字幕</source>
        <translation>Caption strip</translation>
    </message>
    <message>
        <source>第 {page}/{pages} 部分</source>
        <translation>Part {page} of {pages}</translation>
    </message>
    <message>
        <source>朗读(&amp;R)</source>
        <translation>&amp;Reading</translation>
    </message>
    <message>
        <source>连读、指读、暂停、停止、语速、音量、嗓音、导出音频</source>
        <translation>Read aloud, pause, stop, rate, volume, voices, export</translation>
    </message>
    <message>
        <source>暂停/继续(&amp;U)</source>
        <translation>Pa&amp;use or resume</translation>
    </message>
    <message>
        <source>在句子中间暂停，再从停下处继续</source>
        <translation>Pause mid-sentence and go on</translation>
    </message>
    <message>
        <source>停止朗读(&amp;T)</source>
        <translation>S&amp;top reading</translation>
    </message>
    <message>
        <source>立即停止发声</source>
        <translation>Silence at once</translation>
    </message>
    <message>
        <source>朗读选中内容(&amp;L)</source>
        <translation>Read the se&amp;lection</translation>
    </message>
    <message>
        <source>只读选中的文字</source>
        <translation>Read only the selected text</translation>
    </message>
    <message>
        <source>下一句(&amp;N)</source>
        <translation>&amp;Next sentence</translation>
    </message>
    <message>
        <source>跳到下一句朗读</source>
        <translation>Read from the next sentence</translation>
    </message>
    <message>
        <source>上一句(&amp;B)</source>
        <translation>&amp;Previous sentence</translation>
    </message>
    <message>
        <source>跳到上一句朗读</source>
        <translation>Read from the previous sentence</translation>
    </message>
    <message>
        <source>下一段(&amp;D)</source>
        <translation>Next para&amp;graph</translation>
    </message>
    <message>
        <source>跳到下一段朗读</source>
        <translation>Read from the next paragraph</translation>
    </message>
    <message>
        <source>上一段(&amp;G)</source>
        <translation>Previous paragrap&amp;h</translation>
    </message>
    <message>
        <source>跳到上一段朗读</source>
        <translation>Read from the previous paragraph</translation>
    </message>
    <message>
        <source>导出音频(&amp;E)…</source>
        <translation>&amp;Export audio…</translation>
    </message>
    <message>
        <source>把文章朗读成 WAV 或 MP3 文件</source>
        <translation>Read the article into a WAV or MP3 file</translation>
    </message>
    <message>
        <source>标题前提示(&amp;H)</source>
        <translation>Announce &amp;headings</translation>
    </message>
    <message>
        <source>朗读时在每个标题前先说“标题”</source>
        <translation>Say “heading” before each heading when reading aloud</translation>
    </message>
    <message>
        <source>逐词高亮(&amp;W)</source>
        <translation>&amp;Word highlight</translation>
    </message>
    <message>
        <source>在朗读的句子中标出正在读的词</source>
        <translation>Underline the word being spoken</translation>
    </message>
    <message>
        <source>嗓音(&amp;V)</source>
        <translation>&amp;Voice</translation>
    </message>
    <message>
        <source>普通话、粤语等朗读嗓音</source>
        <translation>Mandarin, Cantonese and other voices</translation>
    </message>
    <message>
        <source>音量(&amp;O)</source>
        <translation>V&amp;olume</translation>
    </message>
    <message>
        <source>朗读的音量</source>
        <translation>How loud speech is</translation>
    </message>
    <message>
        <source>语速(&amp;E)</source>
        <translation>Sp&amp;eed</translation>
    </message>
    <message>
        <source>朗读的快慢</source>
        <translation>How fast text is read</translation>
    </message>
    <message>
        <source>语音确认(&amp;C)</source>
        <translation>Spoken &amp;confirmations</translation>
    </message>
    <message>
        <source>切换开关时读出新状态</source>
        <translation>Say the new state when a switch changes</translation>
    </message>
    <message>
        <source>自动(&amp;A)</source>
        <translation>&amp;Automatic</translation>
    </message>
    <message>
        <source>总是读出(&amp;Y)</source>
        <translation>Alwa&amp;ys</translation>
    </message>
    <message>
        <source>从不读出(&amp;N)</source>
        <translation>&amp;Never</translation>
    </message>
    <message>
        <source>切换开关时是否读出新状态</source>
        <translation>Whether a switch's new state is spoken</translation>
    </message>
    <message>
        <source>自动（按文章的文字选择）</source>
        <translation>Automatic (by the article's script)</translation>
    </message>
    <message>
        <source>普通话</source>
        <translation>Mandarin</translation>
    </message>
    <message>
        <source>粤语</source>
        <translation>Cantonese</translation>
    </message>
    <message>
        <source>英语</source>
        <translation>English</translation>
    </message>
    <message>
        <source>嗓音：{voice}</source>
        <translation>Voice: {voice}</translation>
    </message>
    <message>
        <source>{group}：{voice}</source>
        <translation>{group}: {voice}</translation>
    </message>
    <message>
        <source>慢</source>
        <translation>Slow</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>快</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>很快</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>语速：慢</source>
        <translation>Rate: slow</translation>
    </message>
    <message>
        <source>语速：正常</source>
        <translation>Rate: normal</translation>
    </message>
    <message>
        <source>语速：快</source>
        <translation>Rate: fast</translation>
    </message>
    <message>
        <source>语速：很快</source>
        <translation>Rate: faster</translation>
    </message>
    <message>
        <source>每分钟约 {wpm} 字</source>
        <translation>About {wpm} characters a minute</translation>
    </message>
    <message>
        <source>语速：{label}（每分钟 {wpm} 字）</source>
        <translation>Speech rate: {label} ({wpm} words a minute)</translation>
    </message>
    <message>
        <source>音量：{percent}%</source>
        <translation>Volume: {percent}%</translation>
    </message>
    <message>
        <source>嗓音：{name}</source>
        <translation>Voice: {name}</translation>
    </message>
    <message>
        <source>{label}已开启</source>
        <translation>{label} on</translation>
    </message>
    <message>
        <source>{label}已关闭</source>
        <translation>{label} off</translation>
    </message>
    <message>
        <source>这一句无法朗读，已跳过</source>
        <translation>This sentence could not be read and was skipped</translation>
    </message>
    <message>
        <source>一句无法朗读，已跳过：{text}</source>
        <translation>A sentence could not be read and was skipped: {text}</translation>
    </message>
    <message>
        <source>朗读引擎无法启动，朗读时不会发声：{reason}</source>
        <translation>The speech engine could not start; reading will be silent: {reason}</translation>
    </message>
    <message>
        <source>没有找到声音设备：朗读不会发声，只按语速逐句高亮。</source>
        <translation>No sound device found: reading is silent and only highlights sentence by sentence at the speaking rate.</translation>
    </message>
    <message>
        <source>声音已关闭：先打开“声音”再朗读。</source>
        <translation>Sound is off: turn Sound on to read aloud.</translation>
    </message>
    <message>
        <source>没有可以朗读的文字。</source>
        <translation>There is no text to read.</translation>
    </message>
    <message>
        <source>没有选中的文字：先用 Shift 加方向键选中要读的文字。</source>
        <translation>Nothing is selected: select text with Shift and the arrow keys first.</translation>
    </message>
    <message>
        <source>朗读已暂停</source>
        <translation>Reading paused</translation>
    </message>
    <message>
        <source>朗读已停止</source>
        <translation>Reading stopped</translation>
    </message>
    <message>
        <source>导出音频</source>
        <translation>Export audio</translation>
    </message>
    <message>
        <source>WAV 音频 (*.wav);;MP3 音频 (*.mp3)</source>
        <translation>WAV audio (*.wav);;MP3 audio (*.mp3)</translation>
    </message>
    <message>
        <source>正在朗读成音频：第 {done} 段，共 {total} 段</source>
        <translation>Reading into audio: paragraph {done} of {total}</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已导出音频 {path}（{minutes} 分 {seconds} 秒）</source>
        <translation>Exported audio {path} ({minutes} min {seconds} s)</translation>
    </message>
    <message numerus="yes">
        <source>；%n 句无法朗读，已跳过</source>
        <translation>
            <numerusform>; %n sentence could not be read and was skipped</numerusform>
            <numerusform>; %n sentences could not be read and were skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>无法导出音频 {path}：{reason}</source>
        <translation>Could not export audio {path}: {reason}</translation>
    </message>
    <message>
        <source>已取消导出音频，没有写入文件。</source>
        <translation>Audio export cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>无障碍检查(&amp;Y)</source>
        <translation>Accessibilit&amp;y check</translation>
    </message>
    <message>
        <source>检查这个网页哪些地方不符合无障碍规则</source>
        <translation>Check what in this page breaks accessibility rules</translation>
    </message>
    <message>
        <source>失败、无法判断和通过的数目</source>
        <translation>Counts of outcomes</translation>
    </message>
    <message>
        <source>检查结果摘要</source>
        <translation>Check summary</translation>
    </message>
    <message>
        <source>只列出某一 WCAG 级别的规则</source>
        <translation>Only rules of one WCAG level</translation>
    </message>
    <message>
        <source>按级别筛选</source>
        <translation>Filter by level</translation>
    </message>
    <message>
        <source>所有级别</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>{level} 级</source>
        <translation>Level {level}</translation>
    </message>
    <message>
        <source>只列出一条规则的结果</source>
        <translation>Only one rule's findings</translation>
    </message>
    <message>
        <source>按规则筛选</source>
        <translation>Filter by rule</translation>
    </message>
    <message>
        <source>所有规则</source>
        <translation>All rules</translation>
    </message>
    <message>
        <source>也列出通过的检查(&amp;P)</source>
        <translation>Also list &amp;passed checks</translation>
    </message>
    <message>
        <source>默认只列出失败和无法判断的</source>
        <translation>By default only failed and cannot-tell findings are listed</translation>
    </message>
    <message>
        <source>最严重的在前；选中一项查看说明</source>
        <translation>Most serious first; choose one to see why and how to fix it</translation>
    </message>
    <message>
        <source>检查结果列表</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>元素</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>元素、原因和修改方法</source>
        <translation>The element, why it matters, how to fix it</translation>
    </message>
    <message>
        <source>检查结果说明</source>
        <translation>Finding details</translation>
    </message>
    <message>
        <source>重新检查(&amp;R)</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>再检查一遍这个网页</source>
        <translation>Check this page again</translation>
    </message>
    <message>
        <source>导出报告(&amp;E)…</source>
        <translation>&amp;Export the report…</translation>
    </message>
    <message>
        <source>保存为 HTML、JSON、CSV 或文本</source>
        <translation>Save as HTML, JSON, CSV or text</translation>
    </message>
    <message>
        <source>HTML 报告 (*.html);;JSON (*.json);;CSV 表格 (*.csv);;文本 (*.txt)</source>
        <translation>HTML report (*.html);;JSON (*.json);;CSV table (*.csv);;Text (*.txt)</translation>
    </message>
    <message>
        <source>正在检查 {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <source>无法检查这个网页：{reason}</source>
        <translation>This page could not be checked: {reason}</translation>
    </message>
    <message>
        <source>✗ 失败 {failed} 项 · ? 无法判断 {cant_tell} 项 · ✓ 通过 {passed} 项（{rules} 条规则）</source>
        <translation>✗ {failed} failed · ? {cant_tell} cannot tell · ✓ {passed} passed ({rules} rules)</translation>
    </message>
    <message>
        <source>没有符合筛选条件的结果。</source>
        <translation>No findings match the filters.</translation>
    </message>
    <message>
        <source>✗ 失败</source>
        <translation>✗ Failed</translation>
    </message>
    <message>
        <source>? 无法判断</source>
        <translation>? Cannot tell</translation>
    </message>
    <message>
        <source>✓ 通过</source>
        <translation>✓ Passed</translation>
    </message>
    <message>
        <source>– 不适用</source>
        <translation>– Inapplicable</translation>
    </message>
    <message>
        <source>元素：</source>
        <translation>Element:</translation>
    </message>
    <message>
        <source>第 {line} 行</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>元素的文字：</source>
        <translation>Element text:</translation>
    </message>
    <message>
        <source>为什么重要：</source>
        <translation>Why it matters:</translation>
    </message>
    <message>
        <source>怎样修改：</source>
        <translation>How to fix:</translation>
    </message>
    <message>
        <source>这个元素不在文章正文里，阅读区中没有它。</source>
        <translation>This element is not part of the article text shown.</translation>
    </message>
    <message>
        <source>已在阅读区选中这个元素的文字。</source>
        <translation>The element's text is selected in the reading view.</translation>
    </message>
    <message>
        <source>先打开一个保存的网页，再做无障碍检查。</source>
        <translation>Open a saved page first, then check it.</translation>
    </message>
    <message>
        <source>无法保存报告 {path}：{reason}</source>
        <translation>Could not save the report {path}: {reason}</translation>
    </message>
    <message>
        <source>已保存报告 {path}</source>
        <translation>Saved the report {path}</translation>
    </message>
    <message>
        <source>失败</source>
        <extracomment>An outcome of an accessibility check.</extracomment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>无法判断</source>
        <extracomment>An outcome of an accessibility check.</extracomment>
        <translation>Cannot tell</translation>
    </message>
    <message>
        <source>通过</source>
        <extracomment>An outcome of an accessibility check.</extracomment>
        <translation>Passed</translation>
    </message>
    <message>
        <source>不适用</source>
        <extracomment>An outcome of an accessibility check: nothing to check.</extracomment>
        <translation>Inapplicable</translation>
    </message>
    <message>
        <source>无法读取</source>
        <extracomment>A page that could not be read, so was not checked.</extracomment>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>zh-CN</source>
        <extracomment>The BCP 47 tag of this interface's language (zh-TW, en…), written into exported reports.</extracomment>
        <translation>en</translation>
    </message>
    <message>
        <source>无障碍检查报告</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>Accessibility check report</translation>
    </message>
    <message>
        <source>跳到报告正文</source>
        <extracomment>In an accessibility report exported from the window. A link that skips the page's header.</extracomment>
        <translation>Skip to the report</translation>
    </message>
    <message>
        <source>总览</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>Summary</translation>
    </message>
    <message>
        <source>检查结果总数</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>Totals</translation>
    </message>
    <message>
        <source>项目</source>
        <extracomment>In an accessibility report exported from the window. A column of the totals table.</extracomment>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <extracomment>In an accessibility report exported from the window. A column of the totals table.</extracomment>
        <translation>Count</translation>
    </message>
    <message>
        <source>检查的页面</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>Pages checked</translation>
    </message>
    <message>
        <source>有失败项的页面</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>Pages with failures</translation>
    </message>
    <message>
        <source>无法读取的页面</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>Unreadable pages</translation>
    </message>
    <message>
        <source>“不适用”计的是页面上没有适用元素的规则。</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>Inapplicable: rules with nothing to check.</translation>
    </message>
    <message>
        <source>按规则</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>By rule</translation>
    </message>
    <message>
        <source>每条规则在多少页面上的结果</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>Pages per rule outcome</translation>
    </message>
    <message>
        <source>失败的元素</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>Failed elements</translation>
    </message>
    <message>
        <source>按页面</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>By page</translation>
    </message>
    <message>
        <source>每个页面的结果（元素数）</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>Results per page (elements)</translation>
    </message>
    <message>
        <source>页面</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>Page</translation>
    </message>
    <message>
        <source>页面标题：</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>Page title:</translation>
    </message>
    <message>
        <source>没有失败或无法判断的项目。</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>Nothing failed and nothing was uncertain.</translation>
    </message>
    <message>
        <source>注：{note}</source>
        <extracomment>In an accessibility report exported from the window. {note}: something that limited the check.</extracomment>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>说明</source>
        <extracomment>In an accessibility report exported from the window. What a finding says.</extracomment>
        <translation>Message</translation>
    </message>
    <message>
        <source>代码</source>
        <extracomment>In an accessibility report exported from the window. The element's HTML.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>文字</source>
        <extracomment>In an accessibility report exported from the window. The element's text.</extracomment>
        <translation>Text</translation>
    </message>
    <message>
        <source>标准</source>
        <extracomment>In an accessibility report exported from the window. WCAG, GB/T 37668 and ACT.</extracomment>
        <translation>Standards</translation>
    </message>
    <message>
        <source>为什么重要</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>Why it matters</translation>
    </message>
    <message>
        <source>怎样修改</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>How to fix</translation>
    </message>
    <message>
        <source>无障碍检查：检查了 {pages} 页，{failed} 页有失败项，{unreadable} 页无法读取</source>
        <extracomment>In an accessibility report exported from the window. (as text) {pages}, {failed}, {unreadable}: numbers of pages.</extracomment>
        <translation>Accessibility check: {pages} pages checked, {failed} with failures, {unreadable} unreadable</translation>
    </message>
    <message>
        <source>按规则（页面：失败 / 无法判断 / 通过；失败的元素）</source>
        <extracomment>In an accessibility report exported from the window. (as text) The heading of the table of rules and its columns.</extracomment>
        <translation>By rule (pages failed / cannot tell / passed; failed elements)</translation>
    </message>
</context>
<context>
    <name>CheckRules</name>
    <message>
        <source>页面声明语言</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Page has a lang attribute</translation>
    </message>
    <message>
        <source>读屏软件按页面声明的语言选择发音；没有声明时，中文可能被当作英文逐字母朗读。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>Screen readers choose their pronunciation from the page's language; without it Chinese may be read with an English voice.</translation>
    </message>
    <message>
        <source>在 &lt;html&gt; 上写 lang="zh-CN"（或页面实际的语言）。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Add lang="zh-CN" (or the page's language) to &lt;html&gt;.</translation>
    </message>
    <message>
        <source>页面语言代码有效</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Page language tag is valid</translation>
    </message>
    <message>
        <source>语言代码写错时，读屏软件无法识别，只能用默认语音朗读。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>A language tag that is not valid is ignored, so the default voice reads the page.</translation>
    </message>
    <message>
        <source>使用有效的 BCP 47 语言代码，如 zh、zh-CN、zh-Hans、en。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Use a valid BCP 47 tag such as zh, zh-CN, zh-Hans, en.</translation>
    </message>
    <message>
        <source>页面有标题</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Page has a title</translation>
    </message>
    <message>
        <source>页面标题是读屏用户打开页面时首先听到的内容，也显示在标签页和收藏夹里。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>The title is the first thing a screen reader announces and names the tab and bookmark.</translation>
    </message>
    <message>
        <source>在 &lt;head&gt; 中加入描述页面内容的 &lt;title&gt;。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Add a &lt;title&gt; in &lt;head&gt; that says what the page is.</translation>
    </message>
    <message>
        <source>图片有替代文本</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Image has a text alternative</translation>
    </message>
    <message>
        <source>看不见图片的读者只能听到替代文本；没有替代文本时，读屏软件会读出文件名或直接跳过。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>Readers who cannot see an image hear only its text alternative; without one a screen reader reads the file name or nothing.</translation>
    </message>
    <message>
        <source>给 &lt;img&gt; 加上说明图片内容的 alt；纯装饰图片用 alt=""。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Give the &lt;img&gt; an alt that says what it shows; use alt="" for decoration.</translation>
    </message>
    <message>
        <source>图片替代文本有意义</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Image alternative is not a file name or placeholder</translation>
    </message>
    <message>
        <source>“图片”“照片”或“IMG_0001.jpg”这样的替代文本没有告诉读者图片的内容。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site. The quoted words are examples of useless alternatives, in the reader's language.</extracomment>
        <translation>An alternative such as "image", "photo" or "IMG_0001.jpg" tells the reader nothing.</translation>
    </message>
    <message>
        <source>把 alt 改为描述图片内容或作用的文字。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Replace the alt with words that describe the image or its purpose.</translation>
    </message>
    <message>
        <source>链接有名称</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Link has a name</translation>
    </message>
    <message>
        <source>没有文字的链接（例如只有一张无 alt 的图片）在读屏软件中只读出“链接”，读者不知道它通向哪里。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>A link without text (an image without alt, say) is announced only as "link".</translation>
    </message>
    <message>
        <source>给链接加上文字，或给其中的图片加上 alt，或使用 aria-label。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Give the link text, an alt on its image, or an aria-label.</translation>
    </message>
    <message>
        <source>链接文字不是“点击这里”“更多”</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Link text is not just "click here" or "more"</translation>
    </message>
    <message>
        <source>读屏用户常常浏览链接列表；一串“更多”“点击这里”无法分辨。链接所在的句子或列表项能说明用途时，可以满足 2.4.4（需人工确认）。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site. 2.4.4 is a WCAG success criterion.</extracomment>
        <translation>Screen reader users often browse a list of links, where a row of "more" links cannot be told apart. Surrounding text can satisfy 2.4.4 (check it by hand).</translation>
    </message>
    <message>
        <source>把链接文字写成目的地，如“更多通知公告”；或用 aria-label 补充。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Name the destination ("more notices"), or add an aria-label.</translation>
    </message>
    <message>
        <source>按钮有名称</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Button has a name</translation>
    </message>
    <message>
        <source>没有名称的按钮在读屏软件中只读出“按钮”，读者不知道按下会发生什么。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>A button without a name is announced only as "button".</translation>
    </message>
    <message>
        <source>给按钮加上文字、value 或 aria-label。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Give the button text, a value or an aria-label.</translation>
    </message>
    <message>
        <source>图片按钮有名称</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Image button has a name</translation>
    </message>
    <message>
        <source>&lt;input type="image"&gt; 按钮没有 alt 时，读者不知道它的作用。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>An &lt;input type="image"&gt; without alt gives no clue to what it does.</translation>
    </message>
    <message>
        <source>给图片按钮加上说明作用的 alt，如“搜索”。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Give the image button an alt that says what it does ("search").</translation>
    </message>
    <message>
        <source>表单字段有标签</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Form field has a label</translation>
    </message>
    <message>
        <source>没有标签的输入框，读屏用户听不到应当填写什么。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>Without a label, screen reader users are not told what to enter.</translation>
    </message>
    <message>
        <source>用 &lt;label for="…"&gt; 关联标签，或使用 aria-label / aria-labelledby。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Associate a &lt;label for="…"&gt;, or use aria-label / aria-labelledby.</translation>
    </message>
    <message>
        <source>标题不为空</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does. A heading of the page (h1–h6), not the page's title.</extracomment>
        <translation>Heading is not empty</translation>
    </message>
    <message>
        <source>读屏用户按标题跳读页面；空标题会被读成“标题”，打断浏览。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>Screen reader users jump between headings; an empty one is announced as just “heading”.</translation>
    </message>
    <message>
        <source>删除空标题，或给它写上文字。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Remove the empty heading or give it text.</translation>
    </message>
    <message>
        <source>标题层级不跳级</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Heading levels do not skip</translation>
    </message>
    <message>
        <source>标题层级表示文章结构；从 h2 直接跳到 h4，读者会以为漏掉了一节。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>Heading levels show the structure; a jump from h2 to h4 suggests a missing section.</translation>
    </message>
    <message>
        <source>按结构使用连续的标题级别（h1 → h2 → h3）。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Use heading levels in order (h1 → h2 → h3).</translation>
    </message>
    <message>
        <source>表格 headers 属性指向本表的表头</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Table headers attribute refers to cells of the same table</translation>
    </message>
    <message>
        <source>headers 属性指错时，读屏软件读出错误的表头或不读表头。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>When headers points elsewhere, screen readers announce the wrong headers or none.</translation>
    </message>
    <message>
        <source>让 headers 中的每个 id 都指向同一表格中的其他表头单元格。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Make every id in headers name another cell of the same table.</translation>
    </message>
    <message>
        <source>表头单元格有对应的数据</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Table header cell has assigned cells</translation>
    </message>
    <message>
        <source>没有数据的表头会让读屏软件把表格结构读错。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>A header that labels no cell makes screen readers misread the table.</translation>
    </message>
    <message>
        <source>删去多余的表头，或把只用于排版的 &lt;th&gt; 改为 &lt;td&gt;。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Remove the stray header, or make a layout &lt;th&gt; a &lt;td&gt;.</translation>
    </message>
    <message>
        <source>文字对比度足够</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Text has enough contrast</translation>
    </message>
    <message>
        <source>低视力和年长读者看不清对比度低的文字；正文至少 4.5:1，大字至少 3:1。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>Low-vision and older readers cannot read faint text; body text needs 4.5:1, large text 3:1.</translation>
    </message>
    <message>
        <source>加深文字颜色或调整背景色，使对比度达到要求。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Darken the text or change the background until the ratio is met.</translation>
    </message>
    <message>
        <source>页面不定时刷新或跳转</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Page does not refresh or redirect after a delay</translation>
    </message>
    <message>
        <source>定时刷新会打断正在阅读或收听的读者，把他们带离页面。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>A timed refresh interrupts a reader in the middle of reading or listening.</translation>
    </message>
    <message>
        <source>删去 &lt;meta http-equiv=refresh&gt;，需要跳转时在服务器端立即跳转。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Remove the meta refresh; redirect on the server at once.</translation>
    </message>
    <message>
        <source>页面完全没有定时刷新</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Page has no timed refresh at all</translation>
    </message>
    <message>
        <source>即使延迟超过 20 小时，自动刷新也不受读者控制（AAA）。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site. AAA is a WCAG level.</extracomment>
        <translation>Even a refresh after 20 hours is a change the reader did not ask for (AAA).</translation>
    </message>
    <message>
        <source>删去定时刷新，或只在延迟为 0 时立即跳转。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Remove the timed refresh, or redirect with no delay.</translation>
    </message>
    <message>
        <source>页面允许缩放</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Page allows zooming</translation>
    </message>
    <message>
        <source>禁止缩放（user-scalable=no 或 maximum-scale 过小）时，低视力读者在手机上无法放大文字。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>Blocking zoom (user-scalable=no, a small maximum-scale) stops low-vision readers enlarging text.</translation>
    </message>
    <message>
        <source>从 viewport 中删去 user-scalable=no，maximum-scale 不小于 2。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Drop user-scalable=no; keep maximum-scale at 2 or more.</translation>
    </message>
    <message>
        <source>音视频不自动播放声音</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Audio or video does not play sound automatically</translation>
    </message>
    <message>
        <source>自动播放的声音会盖过读屏软件的朗读，读者听不清也难以找到停止按钮。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>Sound that starts by itself drowns the screen reader, and the reader cannot find how to stop it.</translation>
    </message>
    <message>
        <source>去掉 autoplay，或静音（muted）并提供控件。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Remove autoplay, or mute it and show controls.</translation>
    </message>
    <message>
        <source>aria-hidden 内没有可聚焦内容</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>No focusable content inside aria-hidden</translation>
    </message>
    <message>
        <source>键盘可以进入 aria-hidden 的区域，但读屏软件读不出那里的内容，读者会“失去焦点”。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>The keyboard reaches content that screen readers are told to ignore: focus lands on silence.</translation>
    </message>
    <message>
        <source>去掉 aria-hidden，或给其中的链接和控件加 tabindex="-1" / disabled。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Remove aria-hidden, or take its links and controls out of the tab order (tabindex="-1").</translation>
    </message>
    <message>
        <source>内嵌框架有名称</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Iframe has a name</translation>
    </message>
    <message>
        <source>读屏软件用 title 说明内嵌框架的内容；没有时读者不知道框架里是什么。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>Screen readers announce an iframe by its title; without it the frame is a mystery.</translation>
    </message>
    <message>
        <source>给 &lt;iframe&gt; 加上说明内容的 title。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Give the &lt;iframe&gt; a title that says what it holds.</translation>
    </message>
    <message>
        <source>ARIA 引用的 id 唯一</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>Ids referenced by ARIA are unique</translation>
    </message>
    <message>
        <source>aria-labelledby、label for 等按 id 关联；同一 id 出现两次时，读屏软件可能读出错误的标签。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>Labels and ARIA references find elements by id; a duplicated id may give the wrong label.</translation>
    </message>
    <message>
        <source>让被引用的 id 在页面中只出现一次。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Make each referenced id unique in the page.</translation>
    </message>
    <message>
        <source>有“无障碍”或“关怀版”入口</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does. 关怀版 is the elder-care mode of a Chinese government site.</extracomment>
        <translation>Page offers an accessibility or elder-care mode entry</translation>
    </message>
    <message>
        <source>政府网站的适老化和无障碍改造要求在页面显著位置提供无障碍或关怀版入口（门户要求，不属于 WCAG）。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>Chinese government portals are expected to show an accessibility or elder-care mode entry (a portal requirement, not a WCAG criterion).</translation>
    </message>
    <message>
        <source>在页头加入“无障碍”和“关怀版”链接。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Add links to the accessibility and elder-care modes to the page header.</translation>
    </message>
    <message>
        <source>没有隐藏的外部链接</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>No hidden links to other sites</translation>
    </message>
    <message>
        <source>被移出屏幕或隐藏的外部链接常是网站被入侵后植入的广告（如棋牌、博彩）；读屏软件可能读出它们。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>Links moved off-screen or hidden that lead to other sites are usually spam injected into a hacked site; screen readers may still read them.</translation>
    </message>
    <message>
        <source>删除这些链接并检查网站是否被入侵。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>Remove the links and check the site for a compromise.</translation>
    </message>
    <message>
        <source>、</source>
        <extracomment>Between the items of a list in a finding's message (ids named by a headers attribute).</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>可感知性</source>
        <extracomment>A goal of GB/T 37668-2019 (WCAG's principle Perceivable).</extracomment>
        <translation>Perceivable</translation>
    </message>
    <message>
        <source>可操作性</source>
        <extracomment>A goal of GB/T 37668-2019 (WCAG's principle Operable).</extracomment>
        <translation>Operable</translation>
    </message>
    <message>
        <source>可理解性</source>
        <extracomment>A goal of GB/T 37668-2019 (WCAG's principle Understandable).</extracomment>
        <translation>Understandable</translation>
    </message>
    <message>
        <source>兼容性</source>
        <extracomment>A goal of GB/T 37668-2019 (WCAG's principle Robust).</extracomment>
        <translation>Robust</translation>
    </message>
    <message>
        <source>lang="{value}"</source>
        <extracomment>{value}: the value written in the page, as it is.</extracomment>
        <translation>lang="{value}"</translation>
    </message>
    <message>
        <source>&lt;html&gt; 没有 lang 属性或为空。</source>
        <translation>&lt;html&gt; has no lang value.</translation>
    </message>
    <message>
        <source>“{value}”有效。</source>
        <extracomment>{value}: the page's language tag.</extracomment>
        <translation>"{value}" is valid.</translation>
    </message>
    <message>
        <source>“{value}”不是有效的语言代码。</source>
        <extracomment>{value}: the page's language tag.</extracomment>
        <translation>"{value}" is not a valid language tag.</translation>
    </message>
    <message>
        <source>页面没有 &lt;title&gt;。</source>
        <translation>The page has no &lt;title&gt;.</translation>
    </message>
    <message>
        <source>标题：{title}</source>
        <extracomment>{title}: the page's &lt;title&gt;, shortened.</extracomment>
        <translation>Title: {title}</translation>
    </message>
    <message>
        <source>&lt;title&gt; 是空的。</source>
        <translation>The &lt;title&gt; is empty.</translation>
    </message>
    <message>
        <source>延迟 {delay} 秒。</source>
        <extracomment>{delay}: seconds before a page refreshes.</extracomment>
        <translation>Delay {delay} s.</translation>
    </message>
    <message>
        <source>页面在 {delay} 秒后自动刷新或跳转。</source>
        <extracomment>{delay}: seconds before the page refreshes.</extracomment>
        <translation>The page refreshes or redirects after {delay} s.</translation>
    </message>
    <message>
        <source>立即跳转。</source>
        <extracomment>A page that redirects at once, with no delay.</extracomment>
        <translation>Immediate redirect.</translation>
    </message>
    <message>
        <source>禁止了缩放（user-scalable）。</source>
        <translation>user-scalable blocks zoom.</translation>
    </message>
    <message>
        <source>最大缩放 {maximum} 小于 2。</source>
        <extracomment>{maximum}: the viewport's maximum-scale, as written.</extracomment>
        <translation>maximum-scale {maximum} is below 2.</translation>
    </message>
    <message>
        <source>禁止了缩放（user-scalable）；最大缩放 {maximum} 小于 2。</source>
        <extracomment>{maximum}: the viewport's maximum-scale, as written.</extracomment>
        <translation>user-scalable blocks zoom; maximum-scale {maximum} is below 2.</translation>
    </message>
    <message>
        <source>允许缩放。</source>
        <translation>Zoom is allowed.</translation>
    </message>
    <message>
        <source>找到入口：{label}</source>
        <extracomment>{label}: the words of the accessibility or elder-care link found.</extracomment>
        <translation>Entry found: {label}</translation>
    </message>
    <message>
        <source>没有看到入口，但页面加载了无障碍工具条脚本，入口可能由脚本生成。</source>
        <translation>No entry in the markup, but an accessibility toolbar script may draw one.</translation>
    </message>
    <message>
        <source>页面上没有“无障碍”或“关怀版”入口。</source>
        <translation>The page has no accessibility or elder-care mode entry.</translation>
    </message>
    <message>
        <source>隐藏的链接指向本站。</source>
        <translation>The hidden link points to this site.</translation>
    </message>
    <message>
        <source>隐藏的外部链接“{text}”指向 {host}，可能是被植入的垃圾链接。</source>
        <extracomment>{text}: the link's text; {host}: the other site's host name.</extracomment>
        <translation>Hidden link "{text}" to {host}: probably injected spam.</translation>
    </message>
    <message>
        <source>名称：{name}</source>
        <extracomment>{name}: the element's accessible name, as found in the page.</extracomment>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <source>图片没有名称。</source>
        <translation>The image has no name.</translation>
    </message>
    <message>
        <source>链接没有名称。</source>
        <translation>The link has no name.</translation>
    </message>
    <message>
        <source>按钮没有名称。</source>
        <translation>The button has no name.</translation>
    </message>
    <message>
        <source>图片按钮没有名称。</source>
        <translation>The image button has no name.</translation>
    </message>
    <message>
        <source>表单字段没有名称。</source>
        <translation>The form field has no name.</translation>
    </message>
    <message>
        <source>内嵌框架没有名称。</source>
        <translation>The iframe has no name.</translation>
    </message>
    <message>
        <source>标题没有名称。</source>
        <extracomment>A heading of the page (h1–h6).</extracomment>
        <translation>The heading has no name.</translation>
    </message>
    <message>
        <source>标为装饰图片。</source>
        <translation>Marked as decorative.</translation>
    </message>
    <message>
        <source>替代文本“{alt}”没有说明图片内容。</source>
        <extracomment>{alt}: the image's alt text, as found in the page.</extracomment>
        <translation>The alternative "{alt}" says nothing about the image.</translation>
    </message>
    <message>
        <source>替代文本“{alt}”是文件名。</source>
        <extracomment>{alt}: the image's alt text, as found in the page.</extracomment>
        <translation>The alternative "{alt}" is a file name.</translation>
    </message>
    <message>
        <source>替代文本：{alt}</source>
        <extracomment>{alt}: the image's alt text, as found in the page.</extracomment>
        <translation>Alt: {alt}</translation>
    </message>
    <message>
        <source>链接只写“{name}”；请确认上下文（{context}）能说明它通向哪里。</source>
        <extracomment>{name}: the link's text; {context}: the start of the sentence or list item around it.</extracomment>
        <translation>The link says only "{name}"; check that its context tells where it leads.</translation>
    </message>
    <message>
        <source>链接只写“{name}”；请确认上下文（说明）能说明它通向哪里。</source>
        <extracomment>{name}: the link's text. The link has a description (title, aria-describedby) to check.</extracomment>
        <translation>The link says only "{name}"; check that its context tells where it leads.</translation>
    </message>
    <message>
        <source>链接只写“{name}”，周围也没有说明它通向哪里的文字。</source>
        <extracomment>{name}: the link's text.</extracomment>
        <translation>The link says only "{name}" and nothing around it tells where it leads.</translation>
    </message>
    <message>
        <source>标题从 {previous} 级跳到 {level} 级。</source>
        <extracomment>{previous}, {level}: heading levels (1 to 6).</extracomment>
        <translation>The headings jump from level {previous} to level {level}.</translation>
    </message>
    <message>
        <source>{level} 级标题。</source>
        <extracomment>{level}: a heading level (1 to 6).</extracomment>
        <translation>Level {level}.</translation>
    </message>
    <message>
        <source>表头有对应数据。</source>
        <translation>Has cells.</translation>
    </message>
    <message>
        <source>这个表头下面（或这一行）没有数据单元格。</source>
        <translation>No data cell is assigned to this header.</translation>
    </message>
    <message>
        <source>headers 中的 {ids} 不是本表格中的其他单元格。</source>
        <extracomment>{ids}: the ids the headers attribute names, already joined by the list separator.</extracomment>
        <translation>headers names {ids}, not another cell of this table.</translation>
    </message>
    <message>
        <source>headers 正确。</source>
        <extracomment>headers is an HTML attribute.</extracomment>
        <translation>headers are valid.</translation>
    </message>
    <message>
        <source>aria-hidden 区域中的 &lt;{tag}&gt; 可聚焦，但脚本可能会把焦点移走。</source>
        <extracomment>{tag}: an HTML tag name.</extracomment>
        <translation>The &lt;{tag}&gt; inside is focusable, but a script may move focus away from it.</translation>
    </message>
    <message>
        <source>其中没有可聚焦内容。</source>
        <translation>Nothing focusable inside.</translation>
    </message>
    <message>
        <source>aria-hidden 区域中的 &lt;{tag}&gt; 可以用 Tab 键到达。</source>
        <extracomment>{tag}: an HTML tag name.</extracomment>
        <translation>The &lt;{tag}&gt; inside can be reached with Tab.</translation>
    </message>
    <message>
        <source>id “{id}”唯一。</source>
        <extracomment>{id}: an id used in the page.</extracomment>
        <translation>"{id}" is unique.</translation>
    </message>
    <message numerus="yes">
        <source>被引用的 id “{id}”出现了 %n 次。</source>
        <extracomment>{id}: an id used in the page.</extracomment>
        <translation>
            <numerusform>The referenced id "{id}" appears %n time.</numerusform>
            <numerusform>The referenced id "{id}" appears %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>有播放控件可停止声音。</source>
        <translation>Has controls to stop it.</translation>
    </message>
    <message>
        <source>只播放 {seconds} 秒。</source>
        <extracomment>{seconds}: the clip's length.</extracomment>
        <translation>Plays {seconds} s only.</translation>
    </message>
    <message>
        <source>自动播放；附近有自制按钮，请确认能停止或静音。</source>
        <translation>Plays by itself; check that the nearby buttons stop or mute it.</translation>
    </message>
    <message>
        <source>自动播放声音且没有停止或静音的控件。</source>
        <translation>Plays sound by itself with no control to stop or mute it.</translation>
    </message>
    <message>
        <source>不是文字内容（符号或图标）。</source>
        <translation>Not text (symbols or an icon).</translation>
    </message>
    <message>
        <source>无法确定颜色（{value}）。</source>
        <extracomment>{value}: the CSS value the check could not work out.</extracomment>
        <translation>Cannot tell the colours ({value}).</translation>
    </message>
    <message>
        <source>渐变背景上对比度在 {lowest}:1 到 {highest}:1 之间。</source>
        <extracomment>{lowest}, {highest}: contrast ratios.</extracomment>
        <translation>On the gradient the contrast ranges from {lowest}:1 to {highest}:1.</translation>
    </message>
    <message>
        <source>与背景色的对比度为 {ratio}:1，但背景图片可能降低对比度。</source>
        <extracomment>{ratio}: a contrast ratio such as 3.54; {needed}: the ratio the text needs (4.5 or 3).</extracomment>
        <translation>{ratio}:1 against the background colour, but a background image may lower it.</translation>
    </message>
    <message>
        <source>对比度 {ratio}:1（正文需 {needed}:1）。</source>
        <extracomment>{ratio}: a contrast ratio such as 3.54; {needed}: the ratio the text needs (4.5 or 3).</extracomment>
        <translation>Contrast {ratio}:1 (text needs {needed}:1).</translation>
    </message>
    <message>
        <source>对比度 {ratio}:1（大字需 {needed}:1）。</source>
        <extracomment>{ratio}: a contrast ratio such as 3.54; {needed}: the ratio the text needs (4.5 or 3).</extracomment>
        <translation>Contrast {ratio}:1 (large text needs {needed}:1).</translation>
    </message>
    <message>
        <source>对比度只有 {ratio}:1，正文至少需要 {needed}:1。</source>
        <extracomment>{ratio}: a contrast ratio such as 3.54; {needed}: the ratio the text needs (4.5 or 3).</extracomment>
        <translation>Contrast is {ratio}:1; text needs {needed}:1.</translation>
    </message>
    <message>
        <source>对比度只有 {ratio}:1，大字至少需要 {needed}:1。</source>
        <extracomment>{ratio}: a contrast ratio such as 3.54; {needed}: the ratio the text needs (4.5 or 3).</extracomment>
        <translation>Contrast is {ratio}:1; large text needs {needed}:1.</translation>
    </message>
    <message>
        <source>这是纯文本文件，没有可检查的网页标记。</source>
        <translation>This is a plain text file: there is no markup to check.</translation>
    </message>
    <message>
        <source>这是 PDF、DOCX、OFD 或 EPUB 文档，网页的无障碍检查不适用于它。</source>
        <translation>This is a PDF, DOCX, OFD or EPUB document: the web page accessibility checks do not apply to it.</translation>
    </message>
    <message>
        <source>网页标记嵌套超过 256 层，检查前已把深层部分展平。</source>
        <translation>The markup is nested deeper than 256 levels; the deeper part was flattened before checking.</translation>
    </message>
    <message>
        <source>规则“{rule}”在这个网页上意外停止，它的结果没有列出。</source>
        <extracomment>{rule}: the title of a rule.</extracomment>
        <translation>The rule "{rule}" stopped unexpectedly on this page; its findings are not listed.</translation>
    </message>
    <message>
        <source>没有这个文件或文件夹。</source>
        <translation>There is no such file or folder.</translation>
    </message>
    <message>
        <source>这个文件夹里没有保存的网页。</source>
        <translation>There are no saved pages in this folder.</translation>
    </message>
    <message>
        <source>无法读取这个文件夹。</source>
        <translation>The folder could not be read.</translation>
    </message>
    <message>
        <source>检查程序内部出错。</source>
        <translation>The checker hit an internal error.</translation>
    </message>
    <message>
        <source>检查程序意外退出（崩溃或内存不足）。</source>
        <translation>The checker stopped unexpectedly (a crash or out of memory).</translation>
    </message>
    <message>
        <source>（这一项没有说明。）</source>
        <extracomment>A finding whose message this version cannot word.</extracomment>
        <translation>(No description for this finding.)</translation>
    </message>
    <message>
        <source>无法读取这个文件。</source>
        <extracomment>Why a page could not be checked: it could not be read.</extracomment>
        <translation>The file could not be read.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>正在打开 {name}……</source>
        <translation>Opening {name}…</translation>
    </message>
    <message>
        <source>连读·已暂停</source>
        <translation>Read all · paused</translation>
    </message>
</context>
</TS>
