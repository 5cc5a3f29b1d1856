<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK" sourcelanguage="zh_CN">
<context>
    <name>reader</name>
    <message>
        <source>无障碍阅读器</source>
        <translation>無障礙閲讀器</translation>
    </message>
    <message>
        <source>{title} — 无障碍阅读器</source>
        <translation>{title} — 無障礙閲讀器</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>打開(&amp;O)…</translation>
    </message>
    <message>
        <source>打开 Open</source>
        <translation>打開 Open</translation>
    </message>
    <message>
        <source>打开一个保存的网页或文本文件 Open a saved page or text file</source>
        <translation>打開一個保存的網頁或文本文件 Open a saved page or text file</translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation>最近打開(&amp;R)</translation>
    </message>
    <message>
        <source>最近打开 Recent files</source>
        <translation>最近打開 Recent files</translation>
    </message>
    <message>
        <source>重新打开最近读过的文件 Reopen a recently read file</source>
        <translation>重新打開最近讀過的文件 Reopen a recently read file</translation>
    </message>
    <message>
        <source>清除列表(&amp;C)</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>清除最近打开 Clear recent files</source>
        <translation>清除最近打開 Clear recent files</translation>
    </message>
    <message>
        <source>清空最近打开的文件列表 Empty the recent files list</source>
        <translation>清空最近打開的文件列表 Empty the recent files list</translation>
    </message>
    <message>
        <source>（没有最近打开的文件）</source>
        <translation>（沒有最近打開的文件）</translation>
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
        <source>打开 {path} Open {path}</source>
        <translation>打開 {path} Open {path}</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>退出 Quit</source>
        <translation>退出 Quit</translation>
    </message>
    <message>
        <source>关闭阅读器 Close the reader</source>
        <translation>關閉閲讀器 Close the reader</translation>
    </message>
    <message>
        <source>文章(&amp;A)</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>文章 Article</source>
        <translation>文章 Article</translation>
    </message>
    <message>
        <source>只显示正文 Show only the article text</source>
        <translation>只顯示正文 Show only the article text</translation>
    </message>
    <message>
        <source>整页(&amp;W)</source>
        <translation>整頁(&amp;W)</translation>
    </message>
    <message>
        <source>整页 Whole page</source>
        <translation>整頁 Whole page</translation>
    </message>
    <message>
        <source>显示网页的全部文字，包括导航和页脚 Show all of the page's text, navigation and footer included</source>
        <translation>顯示網頁的全部文字，包括導航和頁腳 Show all of the page's text, navigation and footer included</translation>
    </message>
    <message>
        <source>放大文字(&amp;L)</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>放大 Larger text</source>
        <translation>放大 Larger text</translation>
    </message>
    <message>
        <source>把文字放大一级 Make the text one step larger</source>
        <translation>把文字放大一級 Make the text one step larger</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>缩小文字(&amp;S)</source>
        <translation>縮小文字(&amp;S)</translation>
    </message>
    <message>
        <source>缩小 Smaller text</source>
        <translation>縮小 Smaller text</translation>
    </message>
    <message>
        <source>把文字缩小一级 Make the text one step smaller</source>
        <translation>把文字縮小一級 Make the text one step smaller</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>默认大小(&amp;R)</source>
        <translation>默認大小(&amp;R)</translation>
    </message>
    <message>
        <source>默认大小 Reset text size</source>
        <translation>默認大小 Reset text size</translation>
    </message>
    <message>
        <source>恢复默认文字大小 Return to the default text size</source>
        <translation>恢復默認文字大小 Return to the default text size</translation>
    </message>
    <message>
        <source>关于(&amp;A)…</source>
        <translation>關於(&amp;A)…</translation>
    </message>
    <message>
        <source>关于 About</source>
        <translation>關於 About</translation>
    </message>
    <message>
        <source>程序名称和版本 Name and version of the reader</source>
        <translation>程序名稱和版本 Name and version of the reader</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>文件菜单 File menu</source>
        <translation>文件菜單 File menu</translation>
    </message>
    <message>
        <source>打开文件、最近打开、退出 Open, recent files, quit</source>
        <translation>打開文件、最近打開、退出 Open, recent files, quit</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>查看菜单 View menu</source>
        <translation>查看菜單 View menu</translation>
    </message>
    <message>
        <source>文章或整页、文字、配色、阅读辅助、预设和快捷键 Article or whole page, text, colours, reading aids, presets and shortcut keys</source>
        <translation>文章或整頁、文字、配色、閲讀輔助、預設和快捷鍵 Article or whole page, text, colours, reading aids, presets and shortcut keys</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>帮助菜单 Help menu</source>
        <translation>幫助菜單 Help menu</translation>
    </message>
    <message>
        <source>快捷键和关于本程序 Keyboard shortcuts, about the reader</source>
        <translation>快捷鍵和關於本程序 Keyboard shortcuts, about the reader</translation>
    </message>
    <message>
        <source>菜单栏 Menu bar</source>
        <translation>菜單欄 Menu bar</translation>
    </message>
    <message>
        <source>按 Alt 键进入菜单 Press Alt to reach the menus</source>
        <translation>按 Alt 鍵進入菜單 Press Alt to reach the menus</translation>
    </message>
    <message>
        <source>无障碍工具栏</source>
        <translation>無障礙工具欄</translation>
    </message>
    <message>
        <source>无障碍工具栏 Accessibility toolbar</source>
        <translation>無障礙工具欄 Accessibility toolbar</translation>
    </message>
    <message>
        <source>声音、语速、指读、连读、配色、放大、缩小、光标、十字线、大字幕、纯文本、简繁、重置、帮助；用 Tab 键逐个到达 Sound, speed, point-and-read, read all, colours, larger, smaller, pointer, crosshair, caption, text only, simplified/traditional, reset, help; reach each with Tab</source>
        <translation>聲音、語速、指讀、連讀、配色、放大、縮小、光標、十字線、大字幕、純文本、簡繁、重置、幫助；用 Tab 鍵逐個到達 Sound, speed, point-and-read, read all, colours, larger, smaller, pointer, crosshair, caption, text only, simplified/traditional, reset, help; reach each with Tab</translation>
    </message>
    <message>
        <source>阅读区 Reading view</source>
        <translation>閲讀區 Reading view</translation>
    </message>
    <message>
        <source>文章内容，用方向键逐行阅读 The article; move through it with the arrow keys</source>
        <translation>文章內容，用方向鍵逐行閲讀 The article; move through it with the arrow keys</translation>
    </message>
    <message>
        <source>状态栏 Status bar</source>
        <translation>狀態欄 Status bar</translation>
    </message>
    <message>
        <source>文件名和编码 File name and encoding</source>
        <translation>文件名和編碼 File name and encoding</translation>
    </message>
    <message>
        <source>{name}（{shortcut}）</source>
        <translation>{name}（{shortcut}）</translation>
    </message>
    <message>
        <source>{file} · 编码 {encoding}</source>
        <translation>{file} · 編碼 {encoding}</translation>
    </message>
    <message>
        <source>链接：{href}</source>
        <translation>鏈接：{href}</translation>
    </message>
    <message>
        <source>日期：{date}</source>
        <translation>日期：{date}</translation>
    </message>
    <message>
        <source>来源：{source}</source>
        <translation>來源：{source}</translation>
    </message>
    <message>
        <source>〔图片：{alt}〕</source>
        <translation>〔圖片：{alt}〕</translation>
    </message>
    <message>
        <source>〔图片，没有说明文字〕</source>
        <translation>〔圖片，沒有説明文字〕</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>（無標題）</translation>
    </message>
    <message>
        <source>（这个文件没有整页文字）</source>
        <translation>（這個文件沒有整頁文字）</translation>
    </message>
    <message>
        <source>打开文件 Open file</source>
        <translation>打開文件 Open file</translation>
    </message>
    <message>
        <source>网页 Web pages (*.html *.htm *.xhtml *.mhtml *.mht)</source>
        <translation>網頁 Web pages (*.html *.htm *.xhtml *.mhtml *.mht)</translation>
    </message>
    <message>
        <source>MHTML 网页存档 Web archives (*.mhtml *.mht)</source>
        <translation>MHTML 網頁存檔 Web archives (*.mhtml *.mht)</translation>
    </message>
    <message>
        <source>文本 Text (*.txt)</source>
        <translation>文本 Text (*.txt)</translation>
    </message>
    <message>
        <source>所有文件 All files (*)</source>
        <translation>所有文件 All files (*)</translation>
    </message>
    <message>
        <source>无法打开文件 Cannot open file</source>
        <translation>無法打開文件 Cannot open file</translation>
    </message>
    <message>
        <source>无法打开 {file}：
{reason}

当前文章保持不变。</source>
        <translation>無法打開 {file}：
{reason}

當前文章保持不變。</translation>
    </message>
    <message>
        <source>程序内部错误（{kind}）：{detail}</source>
        <translation>程序內部錯誤（{kind}）：{detail}</translation>
    </message>
    <message>
        <source>关于无障碍阅读器 About</source>
        <translation>關於無障礙閲讀器 About</translation>
    </message>
    <message>
        <source>&lt;h2&gt;无障碍阅读器 {version}&lt;/h2&gt;&lt;p&gt;为视力不好、看不见和年长的读者朗读和放大保存下来的政府网站文章。&lt;/p&gt;&lt;p&gt;An offline reader for saved Chinese portal articles, made for low-vision, blind and older readers. It never connects to the network.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;無障礙閲讀器 {version}&lt;/h2&gt;&lt;p&gt;為視力不好、看不見和年長的讀者朗讀和放大保存下來的政府網站文章。&lt;/p&gt;&lt;p&gt;An offline reader for saved Chinese portal articles, made for low-vision, blind and older readers. It never connects to the network.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>未知的主题 “{name}”（可用：{available}）</source>
        <translation>未知的主題 “{name}”（可用：{available}）</translation>
    </message>
    <message>
        <source>无法保存截图 {path}</source>
        <translation>無法保存截圖 {path}</translation>
    </message>
    <message>
        <source>声音(&amp;S)</source>
        <translation>聲音(&amp;S)</translation>
    </message>
    <message>
        <source>声音 Sound</source>
        <translation>聲音 Sound</translation>
    </message>
    <message>
        <source>朗读声音开关 Reading aloud on or off</source>
        <translation>朗讀聲音開關 Reading aloud on or off</translation>
    </message>
    <message>
        <source>声音</source>
        <translation>聲音</translation>
    </message>
    <message>
        <source>语速(&amp;E)</source>
        <translation>語速(&amp;E)</translation>
    </message>
    <message>
        <source>语速 Speech rate</source>
        <translation>語速 Speech rate</translation>
    </message>
    <message>
        <source>朗读的快慢 How fast text is read</source>
        <translation>朗讀的快慢 How fast text is read</translation>
    </message>
    <message>
        <source>语速</source>
        <translation>語速</translation>
    </message>
    <message>
        <source>指读(&amp;P)</source>
        <translation>指讀(&amp;P)</translation>
    </message>
    <message>
        <source>指读 Point and read</source>
        <translation>指讀 Point and read</translation>
    </message>
    <message>
        <source>读出鼠标指向的文字 Read the text under the pointer</source>
        <translation>讀出鼠標指向的文字 Read the text under the pointer</translation>
    </message>
    <message>
        <source>指读</source>
        <translation>指讀</translation>
    </message>
    <message>
        <source>连读(&amp;A)</source>
        <translation>連讀(&amp;A)</translation>
    </message>
    <message>
        <source>连读 Read all</source>
        <translation>連讀 Read all</translation>
    </message>
    <message>
        <source>从光标处一直读下去 Read on from the caret</source>
        <translation>從光標處一直讀下去 Read on from the caret</translation>
    </message>
    <message>
        <source>连读</source>
        <translation>連讀</translation>
    </message>
    <message>
        <source>简/繁(&amp;J)</source>
        <translation>簡/繁(&amp;J)</translation>
    </message>
    <message>
        <source>简繁转换 Simplified or traditional</source>
        <translation>簡繁轉換 Simplified or traditional</translation>
    </message>
    <message>
        <source>在简体字和繁体字之间转换 Switch between simplified and traditional characters</source>
        <translation>在簡體字和繁體字之間轉換 Switch between simplified and traditional characters</translation>
    </message>
    <message>
        <source>简/繁</source>
        <translation>簡/繁</translation>
    </message>
    <message>
        <source>原文(&amp;0)</source>
        <translation>原文(&amp;0)</translation>
    </message>
    <message>
        <source>原文 Original text</source>
        <translation>原文 Original text</translation>
    </message>
    <message>
        <source>不转换，显示原来的字 Show the text as written</source>
        <translation>不轉換，顯示原來的字 Show the text as written</translation>
    </message>
    <message>
        <source>简体中文(&amp;1)</source>
        <translation>簡體中文(&amp;1)</translation>
    </message>
    <message>
        <source>简体中文 Simplified Chinese</source>
        <translation>簡體中文 Simplified Chinese</translation>
    </message>
    <message>
        <source>转换成简体字 Convert to simplified characters</source>
        <translation>轉換成簡體字 Convert to simplified characters</translation>
    </message>
    <message>
        <source>繁體中文(&amp;2)</source>
        <translation>繁體中文(&amp;2)</translation>
    </message>
    <message>
        <source>繁體中文 Traditional Chinese</source>
        <translation>繁體中文 Traditional Chinese</translation>
    </message>
    <message>
        <source>转换成繁体字 Convert to traditional characters</source>
        <translation>轉換成繁體字 Convert to traditional characters</translation>
    </message>
    <message>
        <source>台灣正體(&amp;3)</source>
        <translation>台灣正體(&amp;3)</translation>
    </message>
    <message>
        <source>台灣正體 Taiwan traditional</source>
        <translation>台灣正體 Taiwan traditional</translation>
    </message>
    <message>
        <source>转换成台湾正体字 Convert to Taiwan's characters</source>
        <translation>轉換成台灣正體字 Convert to Taiwan's characters</translation>
    </message>
    <message>
        <source>台灣正體（詞彙）(&amp;4)</source>
        <translation>台灣正體（詞彙）(&amp;4)</translation>
    </message>
    <message>
        <source>台灣正體（詞彙） Taiwan traditional with Taiwan words</source>
        <translation>台灣正體（詞彙） Taiwan traditional with Taiwan words</translation>
    </message>
    <message>
        <source>转换成台湾正体字和台湾用词 Convert to Taiwan's characters and words</source>
        <translation>轉換成台灣正體字和台灣用詞 Convert to Taiwan's characters and words</translation>
    </message>
    <message>
        <source>香港繁體(&amp;5)</source>
        <translation>香港繁體(&amp;5)</translation>
    </message>
    <message>
        <source>香港繁體 Hong Kong traditional</source>
        <translation>香港繁體 Hong Kong traditional</translation>
    </message>
    <message>
        <source>转换成香港繁体字 Convert to Hong Kong's characters</source>
        <translation>轉換成香港繁體字 Convert to Hong Kong's characters</translation>
    </message>
    <message>
        <source>正在转换简繁：{percent}% Converting: {percent}%</source>
        <translation>正在轉換簡繁：{percent}% Converting: {percent}%</translation>
    </message>
    <message>
        <source>已显示：{name}</source>
        <translation>已顯示：{name}</translation>
    </message>
    <message>
        <source>未知的简繁转换 {config!r}；可用的有 unknown conversion; valid: {valid}</source>
        <translation>未知的簡繁轉換 {config!r}；可用的有 unknown conversion; valid: {valid}</translation>
    </message>
    <message>
        <source>{name}（暂不可用 not available yet）</source>
        <translation>{name}（暫不可用 not available yet）</translation>
    </message>
    <message>
        <source>此功能将在以后的版本中提供，现在还不能使用 This comes in a later version; it cannot be used yet</source>
        <translation>此功能將在以後的版本中提供，現在還不能使用 This comes in a later version; it cannot be used yet</translation>
    </message>
    <message>
        <source>“{label}”暂不可用：将在以后的版本中提供。 {name} is not available yet.</source>
        <translation>“{label}”暫不可用：將在以後的版本中提供。 {name} is not available yet.</translation>
    </message>
    <message>
        <source>配色(&amp;C)</source>
        <translation>配色(&amp;C)</translation>
    </message>
    <message>
        <source>配色 Colour scheme</source>
        <translation>配色 Colour scheme</translation>
    </message>
    <message>
        <source>选择文字和背景的颜色 Choose the colours of text and background</source>
        <translation>選擇文字和背景的顏色 Choose the colours of text and background</translation>
    </message>
    <message>
        <source>配色</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>使用配色：{label} Use this colour scheme</source>
        <translation>使用配色：{label} Use this colour scheme</translation>
    </message>
    <message>
        <source>自定义(&amp;U)…</source>
        <translation>自定義(&amp;U)…</translation>
    </message>
    <message>
        <source>自定义配色 Custom colours</source>
        <translation>自定義配色 Custom colours</translation>
    </message>
    <message>
        <source>自己选择颜色，并检查是否看得清 Choose your own colours, checked for readability</source>
        <translation>自己選擇顏色，並檢查是否看得清 Choose your own colours, checked for readability</translation>
    </message>
    <message>
        <source>大鼠标(&amp;M)</source>
        <translation>大鼠標(&amp;M)</translation>
    </message>
    <message>
        <source>大鼠标指针 Big pointer</source>
        <translation>大鼠標指針 Big pointer</translation>
    </message>
    <message>
        <source>依次切换：关、两倍、三倍 Cycle through off, twice and three times the size</source>
        <translation>依次切換：關、兩倍、三倍 Cycle through off, twice and three times the size</translation>
    </message>
    <message>
        <source>光标</source>
        <translation>光標</translation>
    </message>
    <message>
        <source>光标 关</source>
        <translation>光標 關</translation>
    </message>
    <message>
        <source>光标 2倍</source>
        <translation>光標 2倍</translation>
    </message>
    <message>
        <source>光标 3倍</source>
        <translation>光標 3倍</translation>
    </message>
    <message>
        <source>普通指针(&amp;N)</source>
        <translation>普通指針(&amp;N)</translation>
    </message>
    <message>
        <source>普通指针 Normal pointer</source>
        <translation>普通指針 Normal pointer</translation>
    </message>
    <message>
        <source>两倍大(&amp;2)</source>
        <translation>兩倍大(&amp;2)</translation>
    </message>
    <message>
        <source>两倍大指针 Pointer twice the size</source>
        <translation>兩倍大指針 Pointer twice the size</translation>
    </message>
    <message>
        <source>三倍大(&amp;3)</source>
        <translation>三倍大(&amp;3)</translation>
    </message>
    <message>
        <source>三倍大指针 Pointer three times the size</source>
        <translation>三倍大指針 Pointer three times the size</translation>
    </message>
    <message>
        <source>鼠标指针的大小 Size of the mouse pointer</source>
        <translation>鼠標指針的大小 Size of the mouse pointer</translation>
    </message>
    <message>
        <source>鼠标指针(&amp;M)</source>
        <translation>鼠標指針(&amp;M)</translation>
    </message>
    <message>
        <source>鼠标指针 Mouse pointer</source>
        <translation>鼠標指針 Mouse pointer</translation>
    </message>
    <message>
        <source>指针的大小和颜色 Pointer size and colour</source>
        <translation>指針的大小和顏色 Pointer size and colour</translation>
    </message>
    <message>
        <source>白色指针(&amp;W)</source>
        <translation>白色指針(&amp;W)</translation>
    </message>
    <message>
        <source>白色指针 White pointer</source>
        <translation>白色指針 White pointer</translation>
    </message>
    <message>
        <source>大鼠标用白色（否则黑色），都带描边 White big pointer instead of black; both are outlined</source>
        <translation>大鼠標用白色（否則黑色），都帶描邊 White big pointer instead of black; both are outlined</translation>
    </message>
    <message>
        <source>十字线(&amp;X)</source>
        <translation>十字線(&amp;X)</translation>
    </message>
    <message>
        <source>十字线 Crosshair</source>
        <translation>十字線 Crosshair</translation>
    </message>
    <message>
        <source>穿过鼠标指针的横线和竖线，帮助找到指针 Lines through the pointer to help find it</source>
        <translation>穿過鼠標指針的橫線和豎線，幫助找到指針 Lines through the pointer to help find it</translation>
    </message>
    <message>
        <source>十字线</source>
        <translation>十字線</translation>
    </message>
    <message>
        <source>大字幕(&amp;B)</source>
        <translation>大字幕(&amp;B)</translation>
    </message>
    <message>
        <source>大字幕 Caption strip</source>
        <translation>大字幕 Caption strip</translation>
    </message>
    <message>
        <source>在窗口底部用特大字显示光标或鼠标所在的句子 Show the sentence at the caret or pointer in huge text at the bottom</source>
        <translation>在窗口底部用特大字顯示光標或鼠標所在的句子 Show the sentence at the caret or pointer in huge text at the bottom</translation>
    </message>
    <message>
        <source>大字幕</source>
        <translation>大字幕</translation>
    </message>
    <message>
        <source>字幕放在顶部(&amp;O)</source>
        <translation>字幕放在頂部(&amp;O)</translation>
    </message>
    <message>
        <source>字幕放在顶部 Caption at the top</source>
        <translation>字幕放在頂部 Caption at the top</translation>
    </message>
    <message>
        <source>把大字幕移到窗口顶部 Move the caption strip to the top of the window</source>
        <translation>把大字幕移到窗口頂部 Move the caption strip to the top of the window</translation>
    </message>
    <message>
        <source>纯文本(&amp;T)</source>
        <translation>純文本(&amp;T)</translation>
    </message>
    <message>
        <source>纯文本 Text only</source>
        <translation>純文本 Text only</translation>
    </message>
    <message>
        <source>只显示正文（按下），或显示整页文字 Show only the article (pressed) or the whole page</source>
        <translation>只顯示正文（按下），或顯示整頁文字 Show only the article (pressed) or the whole page</translation>
    </message>
    <message>
        <source>纯文本</source>
        <translation>純文本</translation>
    </message>
    <message>
        <source>恢复默认(&amp;D)</source>
        <translation>恢復默認(&amp;D)</translation>
    </message>
    <message>
        <source>重置 Reset display</source>
        <translation>重置 Reset display</translation>
    </message>
    <message>
        <source>文字、配色和阅读辅助都恢复默认设置 Return text, colours and reading aids to the default settings</source>
        <translation>文字、配色和閲讀輔助都恢復默認設置 Return text, colours and reading aids to the default settings</translation>
    </message>
    <message>
        <source>重置</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>键盘快捷键(&amp;K)…</source>
        <translation>鍵盤快捷鍵(&amp;K)…</translation>
    </message>
    <message>
        <source>帮助：键盘快捷键 Help: keyboard shortcuts</source>
        <translation>幫助：鍵盤快捷鍵 Help: keyboard shortcuts</translation>
    </message>
    <message>
        <source>列出所有操作和它们的快捷键 List every action and its shortcut keys</source>
        <translation>列出所有操作和它們的快捷鍵 List every action and its shortcut keys</translation>
    </message>
    <message>
        <source>帮助</source>
        <translation>幫助</translation>
    </message>
    <message>
        <source>更多(&amp;R)</source>
        <translation>更多(&amp;R)</translation>
    </message>
    <message>
        <source>更多 More</source>
        <translation>更多 More</translation>
    </message>
    <message>
        <source>行聚焦、文字设置、长者模式和其他设置 Line focus, text settings, elder mode and more</source>
        <translation>行聚焦、文字設置、長者模式和其他設置 Line focus, text settings, elder mode and more</translation>
    </message>
    <message>
        <source>更多</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>行聚焦(&amp;F)</source>
        <translation>行聚焦(&amp;F)</translation>
    </message>
    <message>
        <source>行聚焦 Line focus</source>
        <translation>行聚焦 Line focus</translation>
    </message>
    <message>
        <source>只突出光标附近的几行，其余变暗；依次切换 关、1、3、5 行 Dim all but a few lines around the caret; cycles off, 1, 3, 5 lines</source>
        <translation>只突出光標附近的幾行，其餘變暗；依次切換 關、1、3、5 行 Dim all but a few lines around the caret; cycles off, 1, 3, 5 lines</translation>
    </message>
    <message>
        <source>行聚焦</source>
        <translation>行聚焦</translation>
    </message>
    <message>
        <source>行聚焦上移(&amp;U)</source>
        <translation>行聚焦上移(&amp;U)</translation>
    </message>
    <message>
        <source>行聚焦上移 Line focus up</source>
        <translation>行聚焦上移 Line focus up</translation>
    </message>
    <message>
        <source>把突出的几行向上移一行 Move the focused lines up by one</source>
        <translation>把突出的幾行向上移一行 Move the focused lines up by one</translation>
    </message>
    <message>
        <source>行聚焦下移(&amp;D)</source>
        <translation>行聚焦下移(&amp;D)</translation>
    </message>
    <message>
        <source>行聚焦下移 Line focus down</source>
        <translation>行聚焦下移 Line focus down</translation>
    </message>
    <message>
        <source>把突出的几行向下移一行 Move the focused lines down by one</source>
        <translation>把突出的幾行向下移一行 Move the focused lines down by one</translation>
    </message>
    <message>
        <source>关闭(&amp;0)</source>
        <translation>關閉(&amp;0)</translation>
    </message>
    <message>
        <source>行聚焦关闭 Line focus off</source>
        <translation>行聚焦關閉 Line focus off</translation>
    </message>
    <message>
        <source>不变暗 Nothing dimmed</source>
        <translation>不變暗 Nothing dimmed</translation>
    </message>
    <message>
        <source>{n} 行(&amp;{n})</source>
        <translation>{n} 行(&amp;{n})</translation>
    </message>
    <message>
        <source>行聚焦 {n} 行 Line focus, {n} lines</source>
        <translation>行聚焦 {n} 行 Line focus, {n} lines</translation>
    </message>
    <message>
        <source>突出 {n} 行，其余变暗 Show {n} lines, dim the rest</source>
        <translation>突出 {n} 行，其餘變暗 Show {n} lines, dim the rest</translation>
    </message>
    <message>
        <source>行聚焦 关</source>
        <translation>行聚焦 關</translation>
    </message>
    <message>
        <source>行聚焦 {n}行</source>
        <translation>行聚焦 {n}行</translation>
    </message>
    <message>
        <source>文字设置(&amp;T)…</source>
        <translation>文字設置(&amp;T)…</translation>
    </message>
    <message>
        <source>字号、行距、字距、段距、每行字数、字体、粗体和对齐 Size, line spacing, letter spacing, paragraph spacing, line width, font, bold and alignment</source>
        <translation>字號、行距、字距、段距、每行字數、字體、粗體和對齊 Size, line spacing, letter spacing, paragraph spacing, line width, font, bold and alignment</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>大工具栏(&amp;G)</source>
        <translation>大工具欄(&amp;G)</translation>
    </message>
    <message>
        <source>大工具栏 Big toolbar</source>
        <translation>大工具欄 Big toolbar</translation>
    </message>
    <message>
        <source>工具栏按钮更大 Larger toolbar buttons</source>
        <translation>工具欄按鈕更大 Larger toolbar buttons</translation>
    </message>
    <message>
        <source>长者模式(&amp;E)</source>
        <translation>長者模式(&amp;E)</translation>
    </message>
    <message>
        <source>长者模式 Elder mode</source>
        <translation>長者模式 Elder mode</translation>
    </message>
    <message>
        <source>适老化：正文 22 磅、1.5 倍行距、更大段距、大鼠标、大工具栏 Age-friendly: 22 pt text, 1.5 line spacing, wider paragraph gaps, big pointer, big toolbar</source>
        <translation>適老化：正文 22 磅、1.5 倍行距、更大段距、大鼠標、大工具欄 Age-friendly: 22 pt text, 1.5 line spacing, wider paragraph gaps, big pointer, big toolbar</translation>
    </message>
    <message>
        <source>低视力模式(&amp;L)</source>
        <translation>低視力模式(&amp;L)</translation>
    </message>
    <message>
        <source>低视力模式 Low vision</source>
        <translation>低視力模式 Low vision</translation>
    </message>
    <message>
        <source>32 磅黄字黑底，行聚焦 3 行 32 pt yellow on black text with three lines in focus</source>
        <translation>32 磅黃字黑底，行聚焦 3 行 32 pt yellow on black text with three lines in focus</translation>
    </message>
    <message>
        <source>阅读辅助(&amp;I)</source>
        <translation>閲讀輔助(&amp;I)</translation>
    </message>
    <message>
        <source>阅读辅助 Reading aids</source>
        <translation>閲讀輔助 Reading aids</translation>
    </message>
    <message>
        <source>大鼠标、十字线、行聚焦、大字幕 Big pointer, crosshair, line focus, caption strip</source>
        <translation>大鼠標、十字線、行聚焦、大字幕 Big pointer, crosshair, line focus, caption strip</translation>
    </message>
    <message>
        <source>快捷键方案(&amp;K)</source>
        <translation>快捷鍵方案(&amp;K)</translation>
    </message>
    <message>
        <source>快捷键方案 Shortcut keys</source>
        <translation>快捷鍵方案 Shortcut keys</translation>
    </message>
    <message>
        <source>门户网站式 Alt+Shift 键，或本程序的 Ctrl 键 Portal-style Alt+Shift keys or the reader's Ctrl keys</source>
        <translation>門户網站式 Alt+Shift 鍵，或本程序的 Ctrl 鍵 Portal-style Alt+Shift keys or the reader's Ctrl keys</translation>
    </message>
    <message>
        <source>界面语言(&amp;N)</source>
        <translation>界面語言(&amp;N)</translation>
    </message>
    <message>
        <source>界面语言 Interface language</source>
        <translation>界面語言 Interface language</translation>
    </message>
    <message>
        <source>菜单和提示使用的语言，下次启动时生效 Language of menus and messages, from the next start</source>
        <translation>菜單和提示使用的語言，下次啓動時生效 Language of menus and messages, from the next start</translation>
    </message>
    <message>
        <source>跟随系统(&amp;S)</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <source>跟随系统 Follow the system</source>
        <translation>跟隨系統 Follow the system</translation>
    </message>
    <message>
        <source>使用电脑的语言 Use the computer's language</source>
        <translation>使用電腦的語言 Use the computer's language</translation>
    </message>
    <message>
        <source>简体中文(&amp;C)</source>
        <translation>簡體中文(&amp;C)</translation>
    </message>
    <message>
        <source>简体中文界面 Simplified Chinese interface</source>
        <translation>簡體中文界面 Simplified Chinese interface</translation>
    </message>
    <message>
        <source>繁體中文（台灣）(&amp;T)</source>
        <translation>繁體中文（台灣）(&amp;T)</translation>
    </message>
    <message>
        <source>繁體中文（台灣） Traditional Chinese (Taiwan)</source>
        <translation>繁體中文（台灣） Traditional Chinese (Taiwan)</translation>
    </message>
    <message>
        <source>台湾正体界面 Taiwan interface</source>
        <translation>台灣正體界面 Taiwan interface</translation>
    </message>
    <message>
        <source>繁體中文（香港）(&amp;H)</source>
        <translation>繁體中文（香港）(&amp;H)</translation>
    </message>
    <message>
        <source>繁體中文（香港） Traditional Chinese (Hong Kong)</source>
        <translation>繁體中文（香港） Traditional Chinese (Hong Kong)</translation>
    </message>
    <message>
        <source>香港繁体界面 Hong Kong interface</source>
        <translation>香港繁體界面 Hong Kong interface</translation>
    </message>
    <message>
        <source>English (&amp;E)</source>
        <translation>English (&amp;E)</translation>
    </message>
    <message>
        <source>English 英文</source>
        <translation>English 英文</translation>
    </message>
    <message>
        <source>英文界面 English interface</source>
        <translation>英文界面 English interface</translation>
    </message>
    <message>
        <source>界面语言将在下次启动阅读器时更改 The interface language changes the next time the reader starts</source>
        <translation>界面語言將在下次啓動閲讀器時更改 The interface language changes the next time the reader starts</translation>
    </message>
    <message>
        <source>门户网站式 Alt+Shift(&amp;P)</source>
        <translation>門户網站式 Alt+Shift(&amp;P)</translation>
    </message>
    <message>
        <source>门户网站式快捷键 Portal-style keys</source>
        <translation>門户網站式快捷鍵 Portal-style keys</translation>
    </message>
    <message>
        <source>和政府网站无障碍工具条一样用 Alt 键 Alt keys as on government sites' toolbars</source>
        <translation>和政府網站無障礙工具條一樣用 Alt 鍵 Alt keys as on government sites' toolbars</translation>
    </message>
    <message>
        <source>程序式 Ctrl(&amp;C)</source>
        <translation>程序式 Ctrl(&amp;C)</translation>
    </message>
    <message>
        <source>程序式快捷键 Application keys</source>
        <translation>程序式快捷鍵 Application keys</translation>
    </message>
    <message>
        <source>用 Ctrl 键的常见组合 The usual Ctrl key combinations</source>
        <translation>用 Ctrl 鍵的常見組合 The usual Ctrl key combinations</translation>
    </message>
    <message>
        <source>预设(&amp;P)</source>
        <translation>預設(&amp;P)</translation>
    </message>
    <message>
        <source>预设 Presets</source>
        <translation>預設 Presets</translation>
    </message>
    <message>
        <source>长者模式、低视力模式、恢复默认 Elder mode, low vision, defaults</source>
        <translation>長者模式、低視力模式、恢復默認 Elder mode, low vision, defaults</translation>
    </message>
    <message>
        <source>文字(&amp;X)</source>
        <translation>文字(&amp;X)</translation>
    </message>
    <message>
        <source>文字 Text</source>
        <translation>文字 Text</translation>
    </message>
    <message>
        <source>文字大小和排版 Text size and layout</source>
        <translation>文字大小和排版 Text size and layout</translation>
    </message>
    <message>
        <source>设置有问题 Settings problem</source>
        <translation>設置有問題 Settings problem</translation>
    </message>
    <message>
        <source>设置中有 {count} 处问题已用默认值代替。 {count} setting(s) could not be used; defaults taken.</source>
        <translation>設置中有 {count} 處問題已用默認值代替。 {count} setting(s) could not be used; defaults taken.</translation>
    </message>
    <message>
        <source>读取设置时发现以下问题，已自动改正，阅读器照常使用：

{items}</source>
        <translation>讀取設置時發現以下問題，已自動改正，閲讀器照常使用：

{items}</translation>
    </message>
    <message>
        <source>无法保存设置：{reason} Could not save the settings: {reason}</source>
        <translation>無法保存設置：{reason} Could not save the settings: {reason}</translation>
    </message>
    <message>
        <source>系统要求高对比度，已使用配色：{label}</source>
        <translation>系統要求高對比度，已使用配色：{label}</translation>
    </message>
    <message>
        <source>配色：{label}</source>
        <translation>配色：{label}</translation>
    </message>
    <message>
        <source>字号 {size} 磅 Text size {size} pt</source>
        <translation>字號 {size} 磅 Text size {size} pt</translation>
    </message>
    <message>
        <source>{name}：开</source>
        <translation>{name}：開</translation>
    </message>
    <message>
        <source>{name}：关</source>
        <translation>{name}：關</translation>
    </message>
    <message>
        <source>已应用：{name}</source>
        <translation>已應用：{name}</translation>
    </message>
    <message>
        <source>文字设置 Text settings</source>
        <translation>文字設置 Text settings</translation>
    </message>
    <message>
        <source>字号(&amp;S)：</source>
        <translation>字號(&amp;S)：</translation>
    </message>
    <message>
        <source>字号 Text size</source>
        <translation>字號 Text size</translation>
    </message>
    <message>
        <source>正文大小，12 到 120 磅，可直接输入 Body text size, 12 to 120 points; type a number</source>
        <translation>正文大小，12 到 120 磅，可直接輸入 Body text size, 12 to 120 points; type a number</translation>
    </message>
    <message>
        <source>行距(&amp;L)：</source>
        <translation>行距(&amp;L)：</translation>
    </message>
    <message>
        <source>行距 Line spacing</source>
        <translation>行距 Line spacing</translation>
    </message>
    <message>
        <source>行与行的距离，1.0 到 3.0 倍 Distance between lines, 1.0 to 3.0 times</source>
        <translation>行與行的距離，1.0 到 3.0 倍 Distance between lines, 1.0 to 3.0 times</translation>
    </message>
    <message>
        <source>字距(&amp;E)：</source>
        <translation>字距(&amp;E)：</translation>
    </message>
    <message>
        <source>字距 Letter spacing</source>
        <translation>字距 Letter spacing</translation>
    </message>
    <message>
        <source>字与字之间多留的空隙，以字宽计 Extra space between characters, in character widths</source>
        <translation>字與字之間多留的空隙，以字寬計 Extra space between characters, in character widths</translation>
    </message>
    <message>
        <source>段距(&amp;P)：</source>
        <translation>段距(&amp;P)：</translation>
    </message>
    <message>
        <source>段距 Paragraph spacing</source>
        <translation>段距 Paragraph spacing</translation>
    </message>
    <message>
        <source>段与段的距离，按行距的倍数 Distance between paragraphs, as a multiple of the line spacing</source>
        <translation>段與段的距離，按行距的倍數 Distance between paragraphs, as a multiple of the line spacing</translation>
    </message>
    <message>
        <source>每行最多字数(&amp;W)：</source>
        <translation>每行最多字數(&amp;W)：</translation>
    </message>
    <message>
        <source>每行最多字数 Line width</source>
        <translation>每行最多字數 Line width</translation>
    </message>
    <message>
        <source>一行最多显示多少个汉字，正文居中；不限则随窗口宽度 Most characters per line, centred; or no limit</source>
        <translation>一行最多顯示多少個漢字，正文居中；不限則隨窗口寬度 Most characters per line, centred; or no limit</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>字体(&amp;F)：</source>
        <translation>字體(&amp;F)：</translation>
    </message>
    <message>
        <source>字体 Font</source>
        <translation>字體 Font</translation>
    </message>
    <message>
        <source>已安装的字体，中文字体在前 Installed fonts, Chinese fonts first</source>
        <translation>已安裝的字體，中文字體在前 Installed fonts, Chinese fonts first</translation>
    </message>
    <message>
        <source>自动（中文黑体） Automatic</source>
        <translation>自動（中文黑體） Automatic</translation>
    </message>
    <message>
        <source>粗体(&amp;B)</source>
        <translation>粗體(&amp;B)</translation>
    </message>
    <message>
        <source>粗体 Bold text</source>
        <translation>粗體 Bold text</translation>
    </message>
    <message>
        <source>正文全部加粗 All body text in bold</source>
        <translation>正文全部加粗 All body text in bold</translation>
    </message>
    <message>
        <source>对齐(&amp;A)：</source>
        <translation>對齊(&amp;A)：</translation>
    </message>
    <message>
        <source>对齐 Alignment</source>
        <translation>對齊 Alignment</translation>
    </message>
    <message>
        <source>文字行怎样排齐 How the lines line up</source>
        <translation>文字行怎樣排齊 How the lines line up</translation>
    </message>
    <message>
        <source>左对齐 Left</source>
        <translation>左對齊 Left</translation>
    </message>
    <message>
        <source>两端对齐 Justified</source>
        <translation>兩端對齊 Justified</translation>
    </message>
    <message>
        <source>居中 Centred</source>
        <translation>居中 Centred</translation>
    </message>
    <message>
        <source>预览(&amp;V)：</source>
        <translation>預覽(&amp;V)：</translation>
    </message>
    <message>
        <source>预览 Preview</source>
        <translation>預覽 Preview</translation>
    </message>
    <message>
        <source>按当前设置显示的示例文字 Sample text with these settings</source>
        <translation>按當前設置顯示的示例文字 Sample text with these settings</translation>
    </message>
    <message>
        <source>&lt;h2&gt;示例标题&lt;/h2&gt;&lt;p&gt;5月5日上午，青溪区桂园街道综合养老服务中心正式投入运营。中心为周边老人提供助餐、日间照料、康复护理和文化娱乐等服务。&lt;/p&gt;&lt;p&gt;老人们说：“在家门口就能吃上热乎饭，真方便！” Elderly residents can now eat nearby.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;示例標題&lt;/h2&gt;&lt;p&gt;5月5日上午，青溪區桂園街道綜合養老服務中心正式投入運營。中心為周邊老人提供助餐、日間照料、康復護理和文化娛樂等服務。&lt;/p&gt;&lt;p&gt;老人們説：“在家門口就能吃上熱乎飯，真方便！” Elderly residents can now eat nearby.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>键盘快捷键 Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵 Keyboard shortcuts</translation>
    </message>
    <message>
        <source>查找(&amp;F)：</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>查找快捷键 Find a shortcut</source>
        <translation>查找快捷鍵 Find a shortcut</translation>
    </message>
    <message>
        <source>输入操作名称或按键来筛选下表 Type an action's name or a key to filter the table</source>
        <translation>輸入操作名稱或按鍵來篩選下表 Type an action's name or a key to filter the table</translation>
    </message>
    <message>
        <source>快捷键表 Shortcut table</source>
        <translation>快捷鍵表 Shortcut table</translation>
    </message>
    <message>
        <source>每行一个操作：名称、当前方案的按键、另一方案的按键 One action per row: name, keys now, other keys</source>
        <translation>每行一個操作：名稱、當前方案的按鍵、另一方案的按鍵 One action per row: name, keys now, other keys</translation>
    </message>
    <message>
        <source>操作 Action</source>
        <translation>操作 Action</translation>
    </message>
    <message>
        <source>按键（{p}）</source>
        <translation>按鍵（{p}）</translation>
    </message>
    <message>
        <source>另一方案（{p}）</source>
        <translation>另一方案（{p}）</translation>
    </message>
    <message>
        <source>门户网站式 portal</source>
        <translation>門户網站式 portal</translation>
    </message>
    <message>
        <source>程序式 app</source>
        <translation>程序式 app</translation>
    </message>
    <message>
        <source>当前方案：{p}。门户网站式用 Alt+Shift+字母，程序式用 Ctrl+Shift+字母；Ctrl+=、Ctrl+-、Ctrl+0、F1 两种方案都能用。可在“查看 ▸ 快捷键方案”中切换。</source>
        <translation>當前方案：{p}。門户網站式用 Alt+Shift+字母，程序式用 Ctrl+Shift+字母；Ctrl+=、Ctrl+-、Ctrl+0、F1 兩種方案都能用。可在“查看 ▸ 快捷鍵方案”中切換。</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>关闭 Close</source>
        <translation>關閉 Close</translation>
    </message>
    <message>
        <source>确定 OK</source>
        <translation>確定 OK</translation>
    </message>
    <message>
        <source>取消 Cancel</source>
        <translation>取消 Cancel</translation>
    </message>
    <message>
        <source>恢复默认(&amp;D) Restore defaults</source>
        <translation>恢復默認(&amp;D) Restore defaults</translation>
    </message>
    <message>
        <source>自定义配色</source>
        <translation>自定義配色</translation>
    </message>
    <message>
        <source>为每种颜色输入 #rrggbb 或按“选择”，下方显示预览和对比度 Type #rrggbb for each colour or press Choose; the preview and contrast are shown below</source>
        <translation>為每種顏色輸入 #rrggbb 或按“選擇”，下方顯示預覽和對比度 Type #rrggbb for each colour or press Choose; the preview and contrast are shown below</translation>
    </message>
    <message>
        <source>文字颜色(&amp;T)</source>
        <translation>文字顏色(&amp;T)</translation>
    </message>
    <message>
        <source>文字颜色 Text colour</source>
        <translation>文字顏色 Text colour</translation>
    </message>
    <message>
        <source>正文文字的颜色 Colour of the body text</source>
        <translation>正文文字的顏色 Colour of the body text</translation>
    </message>
    <message>
        <source>背景颜色(&amp;B)</source>
        <translation>背景顏色(&amp;B)</translation>
    </message>
    <message>
        <source>背景颜色 Background colour</source>
        <translation>背景顏色 Background colour</translation>
    </message>
    <message>
        <source>页面背景的颜色 Colour of the page</source>
        <translation>頁面背景的顏色 Colour of the page</translation>
    </message>
    <message>
        <source>链接颜色(&amp;L)</source>
        <translation>鏈接顏色(&amp;L)</translation>
    </message>
    <message>
        <source>链接颜色 Link colour</source>
        <translation>鏈接顏色 Link colour</translation>
    </message>
    <message>
        <source>链接文字的颜色，链接总带下划线 Colour of links, which are always underlined</source>
        <translation>鏈接文字的顏色，鏈接總帶下劃線 Colour of links, which are always underlined</translation>
    </message>
    <message>
        <source>朗读高亮颜色(&amp;H)</source>
        <translation>朗讀高亮顏色(&amp;H)</translation>
    </message>
    <message>
        <source>朗读高亮颜色 Highlight colour</source>
        <translation>朗讀高亮顏色 Highlight colour</translation>
    </message>
    <message>
        <source>正在朗读的句子的底色 Background of the sentence being read aloud</source>
        <translation>正在朗讀的句子的底色 Background of the sentence being read aloud</translation>
    </message>
    <message>
        <source>焦点框颜色(&amp;F)</source>
        <translation>焦點框顏色(&amp;F)</translation>
    </message>
    <message>
        <source>焦点框颜色 Focus ring colour</source>
        <translation>焦點框顏色 Focus ring colour</translation>
    </message>
    <message>
        <source>键盘焦点所在控件的边框颜色 Colour of the frame around the control with keyboard focus</source>
        <translation>鍵盤焦點所在控件的邊框顏色 Colour of the frame around the control with keyboard focus</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>选择{colour} Choose {colour}</source>
        <translation>選擇{colour} Choose {colour}</translation>
    </message>
    <message>
        <source>打开颜色选择器 Open the colour picker</source>
        <translation>打開顏色選擇器 Open the colour picker</translation>
    </message>
    <message>
        <source>选择{colour}</source>
        <translation>選擇{colour}</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>配色预览 Preview</source>
        <translation>配色預覽 Preview</translation>
    </message>
    <message>
        <source>用所选颜色显示的示例文字 Sample text in the chosen colours</source>
        <translation>用所選顏色顯示的示例文字 Sample text in the chosen colours</translation>
    </message>
    <message>
        <source>&lt;p&gt;这是正文文字。&lt;a href='#'&gt;&lt;u&gt;这是一个链接&lt;/u&gt;&lt;/a&gt;。&lt;span&gt;这是正在朗读的句子。&lt;/span&gt;这是下一句。&lt;/p&gt;</source>
        <translation>&lt;p&gt;這是正文文字。&lt;a href='#'&gt;&lt;u&gt;這是一個鏈接&lt;/u&gt;&lt;/a&gt;。&lt;span&gt;這是正在朗讀的句子。&lt;/span&gt;這是下一句。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>文字/背景 text/background</source>
        <translation>文字/背景 text/background</translation>
    </message>
    <message>
        <source>链接/背景 link/background</source>
        <translation>鏈接/背景 link/background</translation>
    </message>
    <message>
        <source>高亮/背景 highlight/background</source>
        <translation>高亮/背景 highlight/background</translation>
    </message>
    <message>
        <source>焦点框/背景 focus/background</source>
        <translation>焦點框/背景 focus/background</translation>
    </message>
    <message>
        <source>通过 AAA</source>
        <translation>通過 AAA</translation>
    </message>
    <message>
        <source>仅 AA</source>
        <translation>僅 AA</translation>
    </message>
    <message>
        <source>不足</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>{pair}：{ratio}:1 {verdict}</source>
        <translation>{pair}：{ratio}:1 {verdict}</translation>
    </message>
    <message>
        <source>对比度</source>
        <translation>對比度</translation>
    </message>
    <message>
        <source>对比度 Contrast</source>
        <translation>對比度 Contrast</translation>
    </message>
    <message>
        <source>每对颜色的对比度，至少 4.5:1，最好 7:1 以上 Contrast of each pair: at least 4.5:1, best 7:1 or more</source>
        <translation>每對顏色的對比度，至少 4.5:1，最好 7:1 以上 Contrast of each pair: at least 4.5:1, best 7:1 or more</translation>
    </message>
    <message>
        <source>{name}：请输入 #rrggbb 形式的颜色 Type a colour as #rrggbb</source>
        <translation>{name}：請輸入 #rrggbb 形式的顏色 Type a colour as #rrggbb</translation>
    </message>
    <message>
        <source>不能保存：文字与背景的对比度低于 4.5:1。 Cannot save: text contrast is below 4.5:1.</source>
        <translation>不能保存：文字與背景的對比度低於 4.5:1。 Cannot save: text contrast is below 4.5:1.</translation>
    </message>
    <message>
        <source>注意：对比度低于 7:1，部分读者可能看不清。 Note: contrast below 7:1 may be hard to read.</source>
        <translation>注意：對比度低於 7:1，部分讀者可能看不清。 Note: contrast below 7:1 may be hard to read.</translation>
    </message>
    <message>
        <source>所有颜色的对比度都达到 7:1。 Every colour reaches 7:1.</source>
        <translation>所有顏色的對比度都達到 7:1。 Every colour reaches 7:1.</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>保存 Save</source>
        <translation>保存 Save</translation>
    </message>
    <message>
        <source>使用并保存这些颜色 Use and keep these colours</source>
        <translation>使用並保存這些顏色 Use and keep these colours</translation>
    </message>
    <message>
        <source>不改变配色，关闭对话框 Close without changing the colours</source>
        <translation>不改變配色，關閉對話框 Close without changing the colours</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>提示 Messages</source>
        <translation>提示 Messages</translation>
    </message>
    <message>
        <source>颜色的问题和建议 Problems and advice about the colours</source>
        <translation>顏色的問題和建議 Problems and advice about the colours</translation>
    </message>
    <message>
        <source>十字线 Crosshair lines</source>
        <translation>十字線 Crosshair lines</translation>
    </message>
    <message>
        <source>跟随鼠标指针的参考线 Guide lines at the pointer</source>
        <translation>跟隨鼠標指針的參考線 Guide lines at the pointer</translation>
    </message>
    <message>
        <source>阅读焦点 Line focus band</source>
        <translation>閲讀焦點 Line focus band</translation>
    </message>
    <message>
        <source>变暗其余各行的遮罩 Dims the other lines</source>
        <translation>變暗其餘各行的遮罩 Dims the other lines</translation>
    </message>
    <message>
        <source>用特大字显示当前句子 The current sentence in very large text</source>
        <translation>用特大字顯示當前句子 The current sentence in very large text</translation>
    </message>
    <message>
        <source>第 {page}/{pages} 部分 Part {page} of {pages}</source>
        <translation>第 {page}/{pages} 部分 Part {page} of {pages}</translation>
    </message>
    <message>
        <source>朗读(&amp;R)</source>
        <translation>朗讀(&amp;R)</translation>
    </message>
    <message>
        <source>朗读菜单 Speech menu</source>
        <translation>朗讀菜單 Speech menu</translation>
    </message>
    <message>
        <source>连读、指读、暂停、停止、语速、音量、嗓音、导出音频 Read aloud, pause, stop, rate, volume, voices, export</source>
        <translation>連讀、指讀、暫停、停止、語速、音量、嗓音、導出音頻 Read aloud, pause, stop, rate, volume, voices, export</translation>
    </message>
    <message>
        <source>暂停/继续(&amp;U)</source>
        <translation>暫停/繼續(&amp;U)</translation>
    </message>
    <message>
        <source>暂停或继续朗读 Pause or resume</source>
        <translation>暫停或繼續朗讀 Pause or resume</translation>
    </message>
    <message>
        <source>在句子中间暂停，再从停下处继续 Pause mid-sentence and go on</source>
        <translation>在句子中間暫停，再從停下處繼續 Pause mid-sentence and go on</translation>
    </message>
    <message>
        <source>停止朗读(&amp;T)</source>
        <translation>停止朗讀(&amp;T)</translation>
    </message>
    <message>
        <source>停止朗读 Stop reading</source>
        <translation>停止朗讀 Stop reading</translation>
    </message>
    <message>
        <source>立即停止发声 Silence at once</source>
        <translation>立即停止發聲 Silence at once</translation>
    </message>
    <message>
        <source>朗读选中内容(&amp;L)</source>
        <translation>朗讀選中內容(&amp;L)</translation>
    </message>
    <message>
        <source>朗读选中内容 Read the selection</source>
        <translation>朗讀選中內容 Read the selection</translation>
    </message>
    <message>
        <source>只读选中的文字 Read only the selected text</source>
        <translation>只讀選中的文字 Read only the selected text</translation>
    </message>
    <message>
        <source>下一句(&amp;N)</source>
        <translation>下一句(&amp;N)</translation>
    </message>
    <message>
        <source>下一句 Next sentence</source>
        <translation>下一句 Next sentence</translation>
    </message>
    <message>
        <source>跳到下一句朗读 Read from the next sentence</source>
        <translation>跳到下一句朗讀 Read from the next sentence</translation>
    </message>
    <message>
        <source>上一句(&amp;B)</source>
        <translation>上一句(&amp;B)</translation>
    </message>
    <message>
        <source>上一句 Previous sentence</source>
        <translation>上一句 Previous sentence</translation>
    </message>
    <message>
        <source>跳到上一句朗读 Read from the previous sentence</source>
        <translation>跳到上一句朗讀 Read from the previous sentence</translation>
    </message>
    <message>
        <source>下一段(&amp;D)</source>
        <translation>下一段(&amp;D)</translation>
    </message>
    <message>
        <source>下一段 Next paragraph</source>
        <translation>下一段 Next paragraph</translation>
    </message>
    <message>
        <source>跳到下一段朗读 Read from the next paragraph</source>
        <translation>跳到下一段朗讀 Read from the next paragraph</translation>
    </message>
    <message>
        <source>上一段(&amp;G)</source>
        <translation>上一段(&amp;G)</translation>
    </message>
    <message>
        <source>上一段 Previous paragraph</source>
        <translation>上一段 Previous paragraph</translation>
    </message>
    <message>
        <source>跳到上一段朗读 Read from the previous paragraph</source>
        <translation>跳到上一段朗讀 Read from the previous paragraph</translation>
    </message>
    <message>
        <source>导出音频(&amp;E)…</source>
        <translation>導出音頻(&amp;E)…</translation>
    </message>
    <message>
        <source>导出音频 Export audio</source>
        <translation>導出音頻 Export audio</translation>
    </message>
    <message>
        <source>把文章朗读成 WAV 或 MP3 文件 Read the article into a WAV or MP3 file</source>
        <translation>把文章朗讀成 WAV 或 MP3 文件 Read the article into a WAV or MP3 file</translation>
    </message>
    <message>
        <source>逐词高亮(&amp;W)</source>
        <translation>逐詞高亮(&amp;W)</translation>
    </message>
    <message>
        <source>逐词高亮 Word highlight</source>
        <translation>逐詞高亮 Word highlight</translation>
    </message>
    <message>
        <source>在朗读的句子中标出正在读的词 Underline the word being spoken</source>
        <translation>在朗讀的句子中標出正在讀的詞 Underline the word being spoken</translation>
    </message>
    <message>
        <source>嗓音(&amp;V)</source>
        <translation>嗓音(&amp;V)</translation>
    </message>
    <message>
        <source>嗓音 Voice</source>
        <translation>嗓音 Voice</translation>
    </message>
    <message>
        <source>普通话、粤语等朗读嗓音 Mandarin, Cantonese and other voices</source>
        <translation>普通話、粵語等朗讀嗓音 Mandarin, Cantonese and other voices</translation>
    </message>
    <message>
        <source>音量(&amp;O)</source>
        <translation>音量(&amp;O)</translation>
    </message>
    <message>
        <source>音量 Volume</source>
        <translation>音量 Volume</translation>
    </message>
    <message>
        <source>朗读的音量 How loud speech is</source>
        <translation>朗讀的音量 How loud speech is</translation>
    </message>
    <message>
        <source>语音确认(&amp;C)</source>
        <translation>語音確認(&amp;C)</translation>
    </message>
    <message>
        <source>语音确认 Spoken confirmations</source>
        <translation>語音確認 Spoken confirmations</translation>
    </message>
    <message>
        <source>切换开关时读出新状态 Say the new state when a switch changes</source>
        <translation>切換開關時讀出新狀態 Say the new state when a switch changes</translation>
    </message>
    <message>
        <source>自动(&amp;A)</source>
        <translation>自動(&amp;A)</translation>
    </message>
    <message>
        <source>自动：读屏软件运行时不读 Auto: not while a screen reader runs</source>
        <translation>自動：讀屏軟件運行時不讀 Auto: not while a screen reader runs</translation>
    </message>
    <message>
        <source>总是读出(&amp;Y)</source>
        <translation>總是讀出(&amp;Y)</translation>
    </message>
    <message>
        <source>总是读出 Always</source>
        <translation>總是讀出 Always</translation>
    </message>
    <message>
        <source>从不读出(&amp;N)</source>
        <translation>從不讀出(&amp;N)</translation>
    </message>
    <message>
        <source>从不读出 Never</source>
        <translation>從不讀出 Never</translation>
    </message>
    <message>
        <source>切换开关时是否读出新状态 Whether a switch's new state is spoken</source>
        <translation>切換開關時是否讀出新狀態 Whether a switch's new state is spoken</translation>
    </message>
    <message>
        <source>自动（按文章的文字选择）</source>
        <translation>自動（按文章的文字選擇）</translation>
    </message>
    <message>
        <source>普通话</source>
        <translation>普通話</translation>
    </message>
    <message>
        <source>粤语</source>
        <translation>粵語</translation>
    </message>
    <message>
        <source>英语</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>嗓音 Voice：{voice}</source>
        <translation>嗓音 Voice：{voice}</translation>
    </message>
    <message>
        <source>{group}：{voice}</source>
        <translation>{group}：{voice}</translation>
    </message>
    <message>
        <source>慢</source>
        <translation>慢</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>快</source>
        <translation>快</translation>
    </message>
    <message>
        <source>很快</source>
        <translation>很快</translation>
    </message>
    <message>
        <source>语速：慢 Rate: slow</source>
        <translation>語速：慢 Rate: slow</translation>
    </message>
    <message>
        <source>语速：正常 Rate: normal</source>
        <translation>語速：正常 Rate: normal</translation>
    </message>
    <message>
        <source>语速：快 Rate: fast</source>
        <translation>語速：快 Rate: fast</translation>
    </message>
    <message>
        <source>语速：很快 Rate: faster</source>
        <translation>語速：很快 Rate: faster</translation>
    </message>
    <message>
        <source>每分钟约 {wpm} 字 About {wpm} characters a minute</source>
        <translation>每分鐘約 {wpm} 字 About {wpm} characters a minute</translation>
    </message>
    <message>
        <source>音量 {percent}% Volume {percent}%</source>
        <translation>音量 {percent}% Volume {percent}%</translation>
    </message>
    <message>
        <source>语速：{label}（每分钟 {wpm} 字）</source>
        <translation>語速：{label}（每分鐘 {wpm} 字）</translation>
    </message>
    <message>
        <source>音量：{percent}%</source>
        <translation>音量：{percent}%</translation>
    </message>
    <message>
        <source>嗓音：{name}</source>
        <translation>嗓音：{name}</translation>
    </message>
    <message>
        <source>{label}已开启</source>
        <translation>{label}已開啓</translation>
    </message>
    <message>
        <source>{label}已关闭</source>
        <translation>{label}已關閉</translation>
    </message>
    <message>
        <source>这一句无法朗读，已跳过</source>
        <translation>這一句無法朗讀，已跳過</translation>
    </message>
    <message>
        <source>一句无法朗读，已跳过：{text}</source>
        <translation>一句無法朗讀，已跳過：{text}</translation>
    </message>
    <message>
        <source>朗读引擎无法启动，朗读时不会发声：{reason}</source>
        <translation>朗讀引擎無法啓動，朗讀時不會發聲：{reason}</translation>
    </message>
    <message>
        <source>没有找到声音设备：朗读不会发声，只按语速逐句高亮。</source>
        <translation>沒有找到聲音設備：朗讀不會發聲，只按語速逐句高亮。</translation>
    </message>
    <message>
        <source>声音已关闭：先打开“声音”再朗读。</source>
        <translation>聲音已關閉：先打開“聲音”再朗讀。</translation>
    </message>
    <message>
        <source>没有可以朗读的文字。</source>
        <translation>沒有可以朗讀的文字。</translation>
    </message>
    <message>
        <source>没有选中的文字：先用 Shift 加方向键选中要读的文字。</source>
        <translation>沒有選中的文字：先用 Shift 加方向鍵選中要讀的文字。</translation>
    </message>
    <message>
        <source>朗读已暂停</source>
        <translation>朗讀已暫停</translation>
    </message>
    <message>
        <source>朗读已停止</source>
        <translation>朗讀已停止</translation>
    </message>
    <message>
        <source>导出音频</source>
        <translation>導出音頻</translation>
    </message>
    <message>
        <source>WAV 音频 (*.wav);;MP3 音频 (*.mp3)</source>
        <translation>WAV 音頻 (*.wav);;MP3 音頻 (*.mp3)</translation>
    </message>
    <message>
        <source>正在朗读成音频：第 {done} 段，共 {total} 段</source>
        <translation>正在朗讀成音頻：第 {done} 段，共 {total} 段</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>已导出音频 {path}（{minutes} 分 {seconds} 秒）</source>
        <translation>已導出音頻 {path}（{minutes} 分 {seconds} 秒）</translation>
    </message>
    <message>
        <source>；{count} 句无法朗读，已跳过</source>
        <translation>；{count} 句無法朗讀，已跳過</translation>
    </message>
    <message>
        <source>无法导出音频 {path}：{reason}</source>
        <translation>無法導出音頻 {path}：{reason}</translation>
    </message>
    <message>
        <source>已取消导出音频，没有写入文件。</source>
        <translation>已取消導出音頻，沒有寫入文件。</translation>
    </message>
    <message>
        <source>无障碍检查(&amp;Y)</source>
        <translation>無障礙檢查(&amp;Y)</translation>
    </message>
    <message>
        <source>无障碍检查 Accessibility check</source>
        <translation>無障礙檢查 Accessibility check</translation>
    </message>
    <message>
        <source>检查这个网页哪些地方不符合无障碍规则 Check what in this page breaks accessibility rules</source>
        <translation>檢查這個網頁哪些地方不符合無障礙規則 Check what in this page breaks accessibility rules</translation>
    </message>
    <message>
        <source>无障碍检查</source>
        <translation>無障礙檢查</translation>
    </message>
    <message>
        <source>检查结果摘要 Check summary</source>
        <translation>檢查結果摘要 Check summary</translation>
    </message>
    <message>
        <source>失败、无法判断和通过的数目 Counts of outcomes</source>
        <translation>失敗、無法判斷和通過的數目 Counts of outcomes</translation>
    </message>
    <message>
        <source>按级别筛选 Filter by level</source>
        <translation>按級別篩選 Filter by level</translation>
    </message>
    <message>
        <source>只列出某一 WCAG 级别的规则 Only rules of one WCAG level</source>
        <translation>只列出某一 WCAG 級別的規則 Only rules of one WCAG level</translation>
    </message>
    <message>
        <source>所有级别 All levels</source>
        <translation>所有級別 All levels</translation>
    </message>
    <message>
        <source>{level} 级 Level {level}</source>
        <translation>{level} 級 Level {level}</translation>
    </message>
    <message>
        <source>按规则筛选 Filter by rule</source>
        <translation>按規則篩選 Filter by rule</translation>
    </message>
    <message>
        <source>只列出一条规则的结果 Only one rule's findings</source>
        <translation>只列出一條規則的結果 Only one rule's findings</translation>
    </message>
    <message>
        <source>所有规则 All rules</source>
        <translation>所有規則 All rules</translation>
    </message>
    <message>
        <source>也列出通过的检查(&amp;P)</source>
        <translation>也列出通過的檢查(&amp;P)</translation>
    </message>
    <message>
        <source>也列出通过的检查 Show passed checks</source>
        <translation>也列出通過的檢查 Show passed checks</translation>
    </message>
    <message>
        <source>默认只列出失败和无法判断的 By default only failed and cannot-tell findings are listed</source>
        <translation>默認只列出失敗和無法判斷的 By default only failed and cannot-tell findings are listed</translation>
    </message>
    <message>
        <source>检查结果列表 Findings</source>
        <translation>檢查結果列表 Findings</translation>
    </message>
    <message>
        <source>最严重的在前；选中一项查看说明 Most serious first; choose one to see why and how to fix it</source>
        <translation>最嚴重的在前；選中一項查看説明 Most serious first; choose one to see why and how to fix it</translation>
    </message>
    <message>
        <source>结果 Outcome</source>
        <translation>結果 Outcome</translation>
    </message>
    <message>
        <source>规则 Rule</source>
        <translation>規則 Rule</translation>
    </message>
    <message>
        <source>级别 Level</source>
        <translation>級別 Level</translation>
    </message>
    <message>
        <source>元素 Element</source>
        <translation>元素 Element</translation>
    </message>
    <message>
        <source>检查结果说明 Finding details</source>
        <translation>檢查結果説明 Finding details</translation>
    </message>
    <message>
        <source>元素、原因和修改方法 The element, why it matters, how to fix it</source>
        <translation>元素、原因和修改方法 The element, why it matters, how to fix it</translation>
    </message>
    <message>
        <source>重新检查(&amp;R)</source>
        <translation>重新檢查(&amp;R)</translation>
    </message>
    <message>
        <source>重新检查 Check again</source>
        <translation>重新檢查 Check again</translation>
    </message>
    <message>
        <source>再检查一遍这个网页 Check this page again</source>
        <translation>再檢查一遍這個網頁 Check this page again</translation>
    </message>
    <message>
        <source>导出报告(&amp;E)…</source>
        <translation>導出報告(&amp;E)…</translation>
    </message>
    <message>
        <source>导出检查报告 Export the report</source>
        <translation>導出檢查報告 Export the report</translation>
    </message>
    <message>
        <source>保存为 HTML、JSON、CSV 或文本 Save as HTML, JSON, CSV or text</source>
        <translation>保存為 HTML、JSON、CSV 或文本 Save as HTML, JSON, CSV or text</translation>
    </message>
    <message>
        <source>导出检查报告</source>
        <translation>導出檢查報告</translation>
    </message>
    <message>
        <source>HTML 报告 (*.html);;JSON (*.json);;CSV 表格 (*.csv);;文本 (*.txt)</source>
        <translation>HTML 報告 (*.html);;JSON (*.json);;CSV 表格 (*.csv);;文本 (*.txt)</translation>
    </message>
    <message>
        <source>正在检查 {name}… Checking {name}…</source>
        <translation>正在檢查 {name}… Checking {name}…</translation>
    </message>
    <message>
        <source>无法检查这个网页：{reason}</source>
        <translation>無法檢查這個網頁：{reason}</translation>
    </message>
    <message>
        <source>✗ 失败 {failed} 项 · ? 无法判断 {cant_tell} 项 · ✓ 通过 {passed} 项（{rules} 条规则）</source>
        <translation>✗ 失敗 {failed} 項 · ? 無法判斷 {cant_tell} 項 · ✓ 通過 {passed} 項（{rules} 條規則）</translation>
    </message>
    <message>
        <source>检查这个网页时检查程序意外退出。</source>
        <translation>檢查這個網頁時檢查程序意外退出。</translation>
    </message>
    <message>
        <source>没有符合筛选条件的结果。</source>
        <translation>沒有符合篩選條件的結果。</translation>
    </message>
    <message>
        <source>✗ 失败</source>
        <translation>✗ 失敗</translation>
    </message>
    <message>
        <source>? 无法判断</source>
        <translation>? 無法判斷</translation>
    </message>
    <message>
        <source>✓ 通过</source>
        <translation>✓ 通過</translation>
    </message>
    <message>
        <source>– 不适用</source>
        <translation>– 不適用</translation>
    </message>
    <message>
        <source>元素：</source>
        <translation>元素：</translation>
    </message>
    <message>
        <source>第 {line} 行</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>元素的文字：</source>
        <translation>元素的文字：</translation>
    </message>
    <message>
        <source>为什么重要：</source>
        <translation>為什麼重要：</translation>
    </message>
    <message>
        <source>怎样修改：</source>
        <translation>怎樣修改：</translation>
    </message>
    <message>
        <source>这个元素不在文章正文里，阅读区中没有它。</source>
        <translation>這個元素不在文章正文裏，閲讀區中沒有它。</translation>
    </message>
    <message>
        <source>已在阅读区选中这个元素的文字。</source>
        <translation>已在閲讀區選中這個元素的文字。</translation>
    </message>
    <message>
        <source>先打开一个保存的网页，再做无障碍检查。</source>
        <translation>先打開一個保存的網頁，再做無障礙檢查。</translation>
    </message>
    <message>
        <source>无法保存报告 {path}：{reason}</source>
        <translation>無法保存報告 {path}：{reason}</translation>
    </message>
    <message>
        <source>已保存报告 {path}</source>
        <translation>已保存報告 {path}</translation>
    </message>
    <message>
        <source>正在打开 {name}……</source>
        <translation>正在打開 {name}……</translation>
    </message>
    <message>
        <source>连读·已暂停</source>
        <translation>連讀·已暫停</translation>
    </message>
</context>
</TS>
