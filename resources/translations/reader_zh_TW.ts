<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="zh_CN">
<context>
    <name>Appearance</name>
    <message>
        <source>界面大小(&amp;Z)</source>
        <translation>介面大小(&amp;Z)</translation>
    </message>
    <message>
        <source>菜单、对话框、提示和工具栏文字的大小，与正文字号分开</source>
        <translation>選單、對話方塊、提示和工具列文字的大小，與正文字號分開</translation>
    </message>
    <message>
        <source>标准大小</source>
        <translation>標準大小</translation>
    </message>
    <message>
        <source>标准大小的 {percent}%</source>
        <translation>標準大小的 {percent}%</translation>
    </message>
    <message>
        <source>界面大小：{percent}%</source>
        <translation>介面大小：{percent}%</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>无障碍阅读器</source>
        <translation>無障礙閱讀器</translation>
    </message>
    <message>
        <source>{title} — 无障碍阅读器</source>
        <extracomment>The window title: the article's title, then the application's name.</extracomment>
        <translation>{title} — 無障礙閱讀器</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>打开一个保存的网页或文本文件</source>
        <translation>開啟已儲存的網頁或文字檔</translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>重新打开最近读过的文件</source>
        <translation>重新開啟最近讀過的檔案</translation>
    </message>
    <message>
        <source>清除列表(&amp;C)</source>
        <translation>清除清單(&amp;C)</translation>
    </message>
    <message>
        <source>清空最近打开的文件列表</source>
        <translation>清空最近開啟的檔案清單</translation>
    </message>
    <message>
        <source>（没有最近打开的文件）</source>
        <translation>（沒有最近開啟的檔案）</translation>
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
        <translation>開啟 {path}</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>关闭阅读器</source>
        <translation>關閉閱讀器</translation>
    </message>
    <message>
        <source>文章(&amp;A)</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>只显示正文</source>
        <translation>只顯示正文</translation>
    </message>
    <message>
        <source>整页(&amp;W)</source>
        <translation>整頁(&amp;W)</translation>
    </message>
    <message>
        <source>显示网页的全部文字，包括导航和页脚</source>
        <translation>顯示網頁的全部文字，包括導覽和頁尾</translation>
    </message>
    <message>
        <source>放大(&amp;L)</source>
        <translation>放大(&amp;L)</translation>
    </message>
    <message>
        <source>把文字放大一级</source>
        <translation>把文字放大一級</translation>
    </message>
    <message>
        <source>缩小(&amp;S)</source>
        <translation>縮小(&amp;S)</translation>
    </message>
    <message>
        <source>把文字缩小一级</source>
        <translation>把文字縮小一級</translation>
    </message>
    <message>
        <source>默认大小(&amp;R)</source>
        <translation>預設大小(&amp;R)</translation>
    </message>
    <message>
        <source>恢复默认文字大小</source>
        <translation>恢復預設文字大小</translation>
    </message>
    <message>
        <source>关于(&amp;A)…</source>
        <translation>關於(&amp;A)…</translation>
    </message>
    <message>
        <source>程序名称和版本</source>
        <translation>程式名稱和版本</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>打开文件、最近打开、退出</source>
        <translation>開啟檔案、最近開啟、結束</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>文章或整页、文字、配色、阅读辅助、预设和快捷键</source>
        <translation>文章或整頁、文字、配色、閱讀輔助、預設組合和快速鍵</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>快捷键和关于本程序</source>
        <translation>快速鍵和關於本程式</translation>
    </message>
    <message>
        <source>按 Alt 键进入菜单</source>
        <translation>按 Alt 鍵進入選單</translation>
    </message>
    <message>
        <source>菜单栏</source>
        <translation>選單列</translation>
    </message>
    <message>
        <source>无障碍工具栏</source>
        <translation>無障礙工具列</translation>
    </message>
    <message>
        <source>读屏和显示的常用功能；用 Tab 键逐个到达</source>
        <translation>朗讀和顯示的常用功能；用 Tab 鍵逐一切換</translation>
    </message>
    <message>
        <source>文章内容，用方向键逐行阅读</source>
        <translation>文章內容，用方向鍵逐行閱讀</translation>
    </message>
    <message>
        <source>阅读区</source>
        <translation>閱讀區</translation>
    </message>
    <message>
        <source>显示工具栏放不下的按钮</source>
        <translation>顯示工具列放不下的按鈕</translation>
    </message>
    <message>
        <source>其余按钮</source>
        <translation>其餘按鈕</translation>
    </message>
    <message>
        <source>文件名、编码和提示</source>
        <translation>檔名、編碼和提示</translation>
    </message>
    <message>
        <source>状态栏</source>
        <translation>狀態列</translation>
    </message>
    <message>
        <source>{name}（{shortcut}）</source>
        <translation>{name}（{shortcut}）</translation>
    </message>
    <message>
        <source>{description}；快捷键 {shortcut}</source>
        <translation>{description}；快速鍵 {shortcut}</translation>
    </message>
    <message>
        <source>{file} · 编码 {encoding}</source>
        <translation>{file} · 編碼 {encoding}</translation>
    </message>
    <message>
        <source>链接：{href}</source>
        <translation>連結：{href}</translation>
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
        <translation>〔圖片，沒有說明文字〕</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>（無標題）</translation>
    </message>
    <message>
        <source>（这个文件没有整页文字）</source>
        <translation>（這個檔案沒有整頁文字）</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>開啟檔案</translation>
    </message>
    <message>
        <source>所有支持的文件</source>
        <translation>所有支援的檔案</translation>
    </message>
    <message>
        <source>网页</source>
        <translation>網頁</translation>
    </message>
    <message>
        <source>PDF、Word、OFD 和 EPUB 文档</source>
        <translation>PDF、Word、OFD 和 EPUB 文件</translation>
    </message>
    <message>
        <source>MHTML 网页存档</source>
        <translation>MHTML 網頁存檔</translation>
    </message>
    <message>
        <source>文本</source>
        <translation>文字檔</translation>
    </message>
    <message>
        <source>所有文件</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <source>无法打开文件</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <source>无法打开 {file}：
{reason}

当前文章保持不变。</source>
        <translation>無法開啟 {file}：
{reason}

目前的文章保持不變。</translation>
    </message>
    <message>
        <source>关于无障碍阅读器</source>
        <translation>關於無障礙閱讀器</translation>
    </message>
    <message>
        <source>&lt;h2&gt;无障碍阅读器 {version}&lt;/h2&gt;&lt;p&gt;为视力不好、看不见和年长的读者朗读和放大保存下来的政府网站文章。&lt;/p&gt;&lt;p&gt;本程序从不连接网络。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;無障礙閱讀器 {version}&lt;/h2&gt;&lt;p&gt;為視力不好、看不見和年長的讀者朗讀和放大儲存下來的政府網站文章。&lt;/p&gt;&lt;p&gt;本程式從不連線網路。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>未知的主题 “{name}”（可用：{available}）</source>
        <translation>未知的主題「{name}」（可用：{available}）</translation>
    </message>
    <message>
        <source>无法保存截图 {path}</source>
        <translation>無法儲存截圖 {path}</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>声音(&amp;S)</source>
        <translation>聲音(&amp;S)</translation>
    </message>
    <message>
        <source>朗读声音开关</source>
        <translation>朗讀聲音開關</translation>
    </message>
    <message>
        <source>语速(&amp;E)</source>
        <translation>語速(&amp;E)</translation>
    </message>
    <message>
        <source>朗读的快慢</source>
        <translation>朗讀的快慢</translation>
    </message>
    <message>
        <source>指读(&amp;P)</source>
        <translation>指讀(&amp;P)</translation>
    </message>
    <message>
        <source>读出鼠标指向的文字</source>
        <translation>讀出滑鼠指向的文字</translation>
    </message>
    <message>
        <source>连读(&amp;A)</source>
        <translation>連讀(&amp;A)</translation>
    </message>
    <message>
        <source>从光标处一直读下去</source>
        <translation>從游標處一直讀下去</translation>
    </message>
    <message>
        <source>简/繁(&amp;J)</source>
        <translation>簡/繁(&amp;J)</translation>
    </message>
    <message>
        <source>在简体字和繁体字之间转换</source>
        <translation>在簡體字和繁體字之間轉換</translation>
    </message>
    <message>
        <source>原文(&amp;0)</source>
        <translation>原文(&amp;0)</translation>
    </message>
    <message>
        <source>不转换，显示原来的字</source>
        <translation>不轉換，顯示原來的字</translation>
    </message>
    <message>
        <source>简体中文(&amp;1)</source>
        <translation>簡體中文(&amp;1)</translation>
    </message>
    <message>
        <source>转换成简体字</source>
        <translation>轉換成簡體字</translation>
    </message>
    <message>
        <source>繁體中文(&amp;2)</source>
        <translation>繁體中文(&amp;2)</translation>
    </message>
    <message>
        <source>转换成繁体字</source>
        <translation>轉換成繁體字</translation>
    </message>
    <message>
        <source>台灣正體(&amp;3)</source>
        <translation>台灣正體(&amp;3)</translation>
    </message>
    <message>
        <source>转换成台湾正体字</source>
        <translation>轉換成台灣正體字</translation>
    </message>
    <message>
        <source>台灣正體（詞彙）(&amp;4)</source>
        <translation>台灣正體（詞彙）(&amp;4)</translation>
    </message>
    <message>
        <source>转换成台湾正体字和台湾用词</source>
        <translation>轉換成台灣正體字和台灣用詞</translation>
    </message>
    <message>
        <source>香港繁體(&amp;5)</source>
        <translation>香港繁體(&amp;5)</translation>
    </message>
    <message>
        <source>转换成香港繁体字</source>
        <translation>轉換成香港繁體字</translation>
    </message>
    <message>
        <source>正在转换简繁：{percent}%</source>
        <translation>正在轉換簡繁：{percent}%</translation>
    </message>
    <message>
        <source>已显示：{name}</source>
        <translation>已顯示：{name}</translation>
    </message>
    <message>
        <source>未知的简繁转换 {config!r}；可用的有：{valid}</source>
        <translation>未知的簡繁轉換 {config!r}；可用的有：{valid}</translation>
    </message>
    <message>
        <source>{name}（暂不可用）</source>
        <translation>{name}（暫不可用）</translation>
    </message>
    <message>
        <source>此功能将在以后的版本中提供，现在还不能使用</source>
        <translation>此功能將在以後的版本中提供，現在還不能使用</translation>
    </message>
    <message>
        <source>“{name}”暂不可用：将在以后的版本中提供。</source>
        <translation>「{name}」暫不可用：將在以後的版本中提供。</translation>
    </message>
    <message>
        <source>配色(&amp;C)</source>
        <translation>配色(&amp;C)</translation>
    </message>
    <message>
        <source>选择文字和背景的颜色</source>
        <translation>選擇文字和背景的顏色</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <extracomment>A colour scheme: the system's own colours.</extracomment>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>黑字白底</source>
        <translation>黑字白底</translation>
    </message>
    <message>
        <source>白字黑底</source>
        <translation>白字黑底</translation>
    </message>
    <message>
        <source>黄字黑底</source>
        <translation>黃字黑底</translation>
    </message>
    <message>
        <source>黑字黄底</source>
        <translation>黑字黃底</translation>
    </message>
    <message>
        <source>黄字蓝底</source>
        <translation>黃字藍底</translation>
    </message>
    <message>
        <source>白字蓝底</source>
        <translation>白字藍底</translation>
    </message>
    <message>
        <source>黑字米黄底</source>
        <translation>黑字米黃底</translation>
    </message>
    <message>
        <source>自定义颜色</source>
        <translation>自訂顏色</translation>
    </message>
    <message>
        <source>使用配色：{label}</source>
        <translation>使用配色：{label}</translation>
    </message>
    <message>
        <source>自定义(&amp;U)…</source>
        <translation>自訂(&amp;U)…</translation>
    </message>
    <message>
        <source>自己选择颜色，并检查是否看得清</source>
        <translation>自己選擇顏色，並檢查是否看得清</translation>
    </message>
    <message>
        <source>大鼠标(&amp;M)</source>
        <translation>大滑鼠指標(&amp;M)</translation>
    </message>
    <message>
        <source>依次切换：关、两倍、三倍</source>
        <translation>依次切換：關、兩倍、三倍</translation>
    </message>
    <message>
        <source>大鼠标 关</source>
        <translation>大滑鼠指標 關</translation>
    </message>
    <message>
        <source>大鼠标 2倍</source>
        <translation>大滑鼠指標 2倍</translation>
    </message>
    <message>
        <source>大鼠标 3倍</source>
        <translation>大滑鼠指標 3倍</translation>
    </message>
    <message>
        <source>普通指针(&amp;N)</source>
        <translation>普通指標(&amp;N)</translation>
    </message>
    <message>
        <source>两倍大(&amp;2)</source>
        <translation>兩倍大(&amp;2)</translation>
    </message>
    <message>
        <source>三倍大(&amp;3)</source>
        <translation>三倍大(&amp;3)</translation>
    </message>
    <message>
        <source>鼠标指针的大小</source>
        <translation>滑鼠指標的大小</translation>
    </message>
    <message>
        <source>鼠标指针(&amp;M)</source>
        <translation>滑鼠指標(&amp;M)</translation>
    </message>
    <message>
        <source>指针的大小和颜色</source>
        <translation>指標的大小和顏色</translation>
    </message>
    <message>
        <source>白色指针(&amp;W)</source>
        <translation>白色指標(&amp;W)</translation>
    </message>
    <message>
        <source>大鼠标用白色（否则黑色），都带描边</source>
        <translation>大滑鼠指標用白色（否則為黑色），都有外框</translation>
    </message>
    <message>
        <source>十字线(&amp;X)</source>
        <translation>十字線(&amp;X)</translation>
    </message>
    <message>
        <source>穿过鼠标指针的横线和竖线，帮助找到指针</source>
        <translation>穿過滑鼠指標的橫線和豎線，幫助找到指標</translation>
    </message>
    <message>
        <source>大字幕(&amp;B)</source>
        <translation>大字幕(&amp;B)</translation>
    </message>
    <message>
        <source>在窗口底部用特大字显示光标或鼠标所在的句子</source>
        <translation>在視窗底部用特大字顯示游標或滑鼠指標所在的句子</translation>
    </message>
    <message>
        <source>字幕放在顶部(&amp;O)</source>
        <translation>字幕放在頂部(&amp;O)</translation>
    </message>
    <message>
        <source>把大字幕移到窗口顶部</source>
        <translation>把大字幕移到視窗頂部</translation>
    </message>
    <message>
        <source>纯文本(&amp;T)</source>
        <translation>純文字(&amp;T)</translation>
    </message>
    <message>
        <source>只显示正文（按下），或显示整页文字</source>
        <translation>只顯示正文（按下），或顯示整頁文字</translation>
    </message>
    <message>
        <source>恢复默认(&amp;D)</source>
        <translation>恢復預設(&amp;D)</translation>
    </message>
    <message>
        <source>文字、配色和阅读辅助都恢复默认设置</source>
        <translation>文字、配色和閱讀輔助都恢復預設設定</translation>
    </message>
    <message>
        <source>快捷键(&amp;K)…</source>
        <translation>快速鍵(&amp;K)…</translation>
    </message>
    <message>
        <source>列出所有操作和它们的快捷键</source>
        <translation>列出所有操作和它們的快速鍵</translation>
    </message>
    <message>
        <source>更多(&amp;R)</source>
        <translation>更多(&amp;R)</translation>
    </message>
    <message>
        <source>行聚焦、文字设置、长者模式和其他设置</source>
        <translation>行聚焦、文字設定、長者模式和其他設定</translation>
    </message>
    <message>
        <source>行聚焦(&amp;F)</source>
        <translation>行聚焦(&amp;F)</translation>
    </message>
    <message>
        <source>只突出光标附近的几行，其余变暗；依次切换 关、1、3、5 行</source>
        <translation>只突出游標附近的幾行，其餘變暗；依次切換 關、1、3、5 行</translation>
    </message>
    <message>
        <source>行聚焦上移(&amp;U)</source>
        <translation>行聚焦上移(&amp;U)</translation>
    </message>
    <message>
        <source>把突出的几行向上移一行</source>
        <translation>把突出的幾行向上移一行</translation>
    </message>
    <message>
        <source>行聚焦下移(&amp;D)</source>
        <translation>行聚焦下移(&amp;D)</translation>
    </message>
    <message>
        <source>把突出的几行向下移一行</source>
        <translation>把突出的幾行向下移一行</translation>
    </message>
    <message>
        <source>关闭(&amp;0)</source>
        <translation>關閉(&amp;0)</translation>
    </message>
    <message>
        <source>不变暗</source>
        <translation>不變暗</translation>
    </message>
    <message>
        <source>{n} 行(&amp;{n})</source>
        <translation>{n} 行(&amp;{n})</translation>
    </message>
    <message>
        <source>突出 {n} 行，其余变暗</source>
        <translation>突出 {n} 行，其餘變暗</translation>
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
        <translation>文字設定(&amp;T)…</translation>
    </message>
    <message>
        <source>字号、行距、字距、段距、每行字数、字体、粗体和对齐</source>
        <translation>文字大小、行距、字距、段距、每行字數、字型、粗體和對齊</translation>
    </message>
    <message>
        <source>大工具栏(&amp;G)</source>
        <translation>大工具列(&amp;G)</translation>
    </message>
    <message>
        <source>工具栏按钮更大</source>
        <translation>工具列按鈕更大</translation>
    </message>
    <message>
        <source>长者模式(&amp;E)</source>
        <translation>長者模式(&amp;E)</translation>
    </message>
    <message>
        <source>适老化：正文 22 磅、1.5 倍行距、更大段距、大鼠标、大工具栏</source>
        <translation>適合長者：正文 22 點、1.5 倍行距、加大段距、大滑鼠指標、大工具列</translation>
    </message>
    <message>
        <source>低视力模式(&amp;L)</source>
        <translation>低視力模式(&amp;L)</translation>
    </message>
    <message>
        <source>32 磅黄字黑底，行聚焦 3 行</source>
        <translation>32 點黃字黑底，行聚焦 3 行</translation>
    </message>
    <message>
        <source>阅读辅助(&amp;I)</source>
        <translation>閱讀輔助(&amp;I)</translation>
    </message>
    <message>
        <source>大鼠标、十字线、行聚焦、大字幕</source>
        <translation>大滑鼠指標、十字線、行聚焦、大字幕</translation>
    </message>
    <message>
        <source>快捷键方案(&amp;K)</source>
        <translation>快速鍵方案(&amp;K)</translation>
    </message>
    <message>
        <source>门户网站式 Alt+Shift 键，或本程序的 Ctrl 键</source>
        <translation>入口網站式 Alt+Shift 鍵，或本程式的 Ctrl 鍵</translation>
    </message>
    <message>
        <source>界面语言(&amp;N)</source>
        <translation>介面語言(&amp;N)</translation>
    </message>
    <message>
        <source>菜单和提示使用的语言，下次启动时生效</source>
        <translation>選單和提示使用的語言，下次啟動時生效</translation>
    </message>
    <message>
        <source>跟随系统(&amp;S)</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <source>使用电脑的语言</source>
        <translation>使用電腦的語言</translation>
    </message>
    <message>
        <source>简体中文(&amp;C)</source>
        <translation>簡體中文(&amp;C)</translation>
    </message>
    <message>
        <source>简体中文界面</source>
        <translation>簡體中文介面</translation>
    </message>
    <message>
        <source>繁體中文（台灣）(&amp;T)</source>
        <translation>繁體中文（台灣）(&amp;T)</translation>
    </message>
    <message>
        <source>台湾正体界面</source>
        <translation>台灣正體介面</translation>
    </message>
    <message>
        <source>繁體中文（香港）(&amp;H)</source>
        <translation>繁體中文（香港）(&amp;H)</translation>
    </message>
    <message>
        <source>香港繁体界面</source>
        <translation>香港繁體介面</translation>
    </message>
    <message>
        <source>English (&amp;E)</source>
        <translation>English (&amp;E)</translation>
    </message>
    <message>
        <source>英文界面</source>
        <translation>英文介面</translation>
    </message>
    <message>
        <source>界面语言将在下次启动阅读器时更改</source>
        <translation>介面語言將在下次啟動閱讀器時更改</translation>
    </message>
    <message>
        <source>门户网站式</source>
        <translation>入口網站式</translation>
    </message>
    <message>
        <source>和政府网站无障碍工具条一样用 Alt 键</source>
        <translation>和政府網站無障礙工具列一樣用 Alt 鍵</translation>
    </message>
    <message>
        <source>程序式</source>
        <translation>軟體式</translation>
    </message>
    <message>
        <source>用 Ctrl 键的常见组合</source>
        <translation>用 Ctrl 鍵的常見組合</translation>
    </message>
    <message>
        <source>预设(&amp;P)</source>
        <translation>預設組合(&amp;P)</translation>
    </message>
    <message>
        <source>长者模式、低视力模式、恢复默认</source>
        <translation>長者模式、低視力模式、恢復預設</translation>
    </message>
    <message>
        <source>文字(&amp;X)</source>
        <translation>文字(&amp;X)</translation>
    </message>
    <message>
        <source>文字大小和排版</source>
        <translation>文字大小和排版</translation>
    </message>
    <message>
        <source>设置有问题</source>
        <translation>設定有問題</translation>
    </message>
    <message numerus="yes">
        <source>设置中有 %n 处问题已用默认值代替。</source>
        <translation>
            <numerusform>設定中有 %n 處問題已用預設值代替。</numerusform>
        </translation>
    </message>
    <message>
        <source>读取设置时发现以下问题，已自动改正，阅读器照常使用：

{items}</source>
        <translation>讀取設定時發現以下問題，已自動改正，閱讀器照常使用：

{items}</translation>
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
        <source>字号 {size} 磅</source>
        <translation>文字大小 {size} 點</translation>
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
        <translation>已套用：{name}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>文字设置</source>
        <translation>文字設定</translation>
    </message>
    <message>
        <source>字号(&amp;S)：</source>
        <translation>文字大小(&amp;S)：</translation>
    </message>
    <message>
        <source>正文大小，12 到 120 磅，可直接输入</source>
        <translation>正文大小，12 到 120 點，可直接輸入</translation>
    </message>
    <message>
        <source>行距(&amp;L)：</source>
        <translation>行距(&amp;L)：</translation>
    </message>
    <message>
        <source>行与行的距离，1.0 到 3.0 倍</source>
        <translation>行與行的距離，1.0 到 3.0 倍</translation>
    </message>
    <message>
        <source>字距(&amp;E)：</source>
        <translation>字距(&amp;E)：</translation>
    </message>
    <message>
        <source>字与字之间多留的空隙，以字宽计</source>
        <translation>字與字之間多留的空隙，以字寬計</translation>
    </message>
    <message>
        <source>段距(&amp;P)：</source>
        <translation>段距(&amp;P)：</translation>
    </message>
    <message>
        <source>段与段的距离，按行距的倍数</source>
        <translation>段與段的距離，按行距的倍數</translation>
    </message>
    <message>
        <source>每行最多字数(&amp;W)：</source>
        <translation>每行最多字數(&amp;W)：</translation>
    </message>
    <message>
        <source>一行最多显示多少个汉字，正文居中；不限则随窗口宽度</source>
        <translation>一行最多顯示多少個漢字，正文置中；不限則隨視窗寬度</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>字体(&amp;F)：</source>
        <translation>字型(&amp;F)：</translation>
    </message>
    <message>
        <source>已安装的字体，中文字体在前</source>
        <translation>已安裝的字型，中文字型在前</translation>
    </message>
    <message>
        <source>自动（中文黑体）</source>
        <translation>自動（中文黑體）</translation>
    </message>
    <message>
        <source>粗体(&amp;B)</source>
        <translation>粗體(&amp;B)</translation>
    </message>
    <message>
        <source>正文全部加粗</source>
        <translation>正文全部加粗</translation>
    </message>
    <message>
        <source>对齐(&amp;A)：</source>
        <translation>對齊(&amp;A)：</translation>
    </message>
    <message>
        <source>文字行怎样排齐</source>
        <translation>文字行怎樣排齊</translation>
    </message>
    <message>
        <source>左对齐</source>
        <translation>左對齊</translation>
    </message>
    <message>
        <source>两端对齐</source>
        <translation>兩端對齊</translation>
    </message>
    <message>
        <source>居中</source>
        <translation>置中</translation>
    </message>
    <message>
        <source>预览(&amp;V)：</source>
        <translation>預覽(&amp;V)：</translation>
    </message>
    <message>
        <source>按当前设置显示的示例文字</source>
        <translation>按目前設定顯示的範例文字</translation>
    </message>
    <message>
        <source>&lt;h2&gt;示例标题&lt;/h2&gt;&lt;p&gt;5月5日上午，青溪区桂园街道综合养老服务中心正式投入运营。中心为周边老人提供助餐、日间照料、康复护理和文化娱乐等服务。&lt;/p&gt;&lt;p&gt;老人们说：“在家门口就能吃上热乎饭，真方便！”</source>
        <translation>&lt;h2&gt;範例標題&lt;/h2&gt;&lt;p&gt;5月5日上午，青溪區桂園街道綜合養老服務中心正式投入運營。中心為周邊老人提供助餐、日間照料、康復護理和文化娛樂等服務。&lt;/p&gt;&lt;p&gt;老人們說：「在家門口就能吃上熱乎飯，真方便！」</translation>
    </message>
    <message>
        <source>键盘快捷键</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>查找(&amp;F)：</source>
        <translation>尋找(&amp;F)：</translation>
    </message>
    <message>
        <source>输入操作名称或按键来筛选下表</source>
        <translation>輸入操作名稱或按鍵來篩選下表</translation>
    </message>
    <message>
        <source>每行一个操作：名称、当前方案的按键、另一方案的按键</source>
        <translation>每行一個操作：名稱、目前方案的按鍵、另一方案的按鍵</translation>
    </message>
    <message>
        <source>快捷键表</source>
        <translation>快速鍵表</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>操作</translation>
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
        <source>门户网站式</source>
        <translation>入口網站式</translation>
    </message>
    <message>
        <source>程序式</source>
        <translation>軟體式</translation>
    </message>
    <message>
        <source>当前方案：{p}。门户网站式用 Alt+Shift+字母，程序式用 Ctrl+Shift+字母；Ctrl+=、Ctrl+-、Ctrl+0、F1 两种方案都能用。可在“查看 ▸ 快捷键方案”中切换。</source>
        <translation>目前方案：{p}。入口網站式用 Alt+Shift+字母，軟體式用 Ctrl+Shift+字母；Ctrl+=、Ctrl+-、Ctrl+0、F1 兩種方案都能用。可在「檢視 ▸ 快速鍵方案」中切換。</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>恢复默认(&amp;D)</source>
        <translation>恢復預設(&amp;D)</translation>
    </message>
    <message>
        <source>自定义配色</source>
        <translation>自訂配色</translation>
    </message>
    <message>
        <source>为每种颜色输入 #rrggbb 或按“选择”，下方显示预览和对比度</source>
        <translation>為每種顏色輸入 #rrggbb 或按「選擇」，下方顯示預覽和對比度</translation>
    </message>
    <message>
        <source>文字颜色(&amp;T)</source>
        <translation>文字顏色(&amp;T)</translation>
    </message>
    <message>
        <source>正文文字的颜色</source>
        <translation>正文文字的顏色</translation>
    </message>
    <message>
        <source>背景颜色(&amp;B)</source>
        <translation>背景顏色(&amp;B)</translation>
    </message>
    <message>
        <source>页面背景的颜色</source>
        <translation>頁面背景的顏色</translation>
    </message>
    <message>
        <source>链接颜色(&amp;L)</source>
        <translation>連結顏色(&amp;L)</translation>
    </message>
    <message>
        <source>链接文字的颜色，链接总带下划线</source>
        <translation>連結文字的顏色，連結一律加底線</translation>
    </message>
    <message>
        <source>朗读高亮颜色(&amp;H)</source>
        <translation>朗讀標示顏色(&amp;H)</translation>
    </message>
    <message>
        <source>正在朗读的句子的底色</source>
        <translation>正在朗讀的句子的底色</translation>
    </message>
    <message>
        <source>焦点框颜色(&amp;F)</source>
        <translation>焦點框顏色(&amp;F)</translation>
    </message>
    <message>
        <source>键盘焦点所在控件的边框颜色</source>
        <translation>鍵盤焦點所在控制項的邊框顏色</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>打开颜色选择器</source>
        <translation>開啟顏色選擇器</translation>
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
        <source>用所选颜色显示的示例文字</source>
        <translation>用所選顏色顯示的範例文字</translation>
    </message>
    <message>
        <source>&lt;p&gt;这是正文文字。&lt;a href='#'&gt;&lt;u&gt;这是一个链接&lt;/u&gt;&lt;/a&gt;。&lt;span&gt;这是正在朗读的句子。&lt;/span&gt;这是下一句。&lt;/p&gt;</source>
        <translation>&lt;p&gt;這是正文文字。&lt;a href='#'&gt;&lt;u&gt;這是一個連結&lt;/u&gt;&lt;/a&gt;。&lt;span&gt;這是正在朗讀的句子。&lt;/span&gt;這是下一句。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>文字/背景</source>
        <translation>文字/背景</translation>
    </message>
    <message>
        <source>链接/背景</source>
        <translation>連結/背景</translation>
    </message>
    <message>
        <source>高亮/背景</source>
        <translation>標示/背景</translation>
    </message>
    <message>
        <source>焦点框/背景</source>
        <translation>焦點框/背景</translation>
    </message>
    <message>
        <source>高亮中的文字/高亮</source>
        <translation>標示中的文字/標示</translation>
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
        <source>每对颜色的对比度，至少 4.5:1，最好 7:1 以上</source>
        <translation>每對顏色的對比度，至少 4.5:1，最好 7:1 以上</translation>
    </message>
    <message>
        <source>{name}：请输入 #rrggbb 形式的颜色</source>
        <translation>{name}：請輸入 #rrggbb 形式的顏色</translation>
    </message>
    <message>
        <source>不能保存：文字与背景的对比度低于 4.5:1。</source>
        <translation>不能儲存：文字與背景的對比度低於 4.5:1。</translation>
    </message>
    <message>
        <source>注意：对比度低于 7:1，部分读者可能看不清。</source>
        <translation>注意：對比度低於 7:1，部分讀者可能看不清。</translation>
    </message>
    <message>
        <source>所有颜色的对比度都达到 7:1。</source>
        <translation>所有顏色的對比度都達到 7:1。</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>使用并保存这些颜色</source>
        <translation>使用並儲存這些顏色</translation>
    </message>
    <message>
        <source>不改变配色，关闭对话框</source>
        <translation>不改變配色，關閉對話方塊</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>颜色的问题和建议</source>
        <translation>顏色的問題和建議</translation>
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
        <translation>一張 PNG 圖片</translation>
    </message>
    <message>
        <source>一张 JPEG 图片</source>
        <translation>一張 JPEG 圖片</translation>
    </message>
    <message>
        <source>一张 GIF 图片</source>
        <translation>一張 GIF 圖片</translation>
    </message>
    <message>
        <source>一张 WEBP 图片</source>
        <translation>一張 WEBP 圖片</translation>
    </message>
    <message>
        <source>一张 BMP 图片</source>
        <translation>一張 BMP 圖片</translation>
    </message>
    <message>
        <source>一张 TIFF 图片</source>
        <translation>一張 TIFF 圖片</translation>
    </message>
    <message>
        <source>一个图标</source>
        <translation>一個圖示</translation>
    </message>
    <message>
        <source>一份 PDF 文档</source>
        <translation>一份 PDF 文件</translation>
    </message>
    <message>
        <source>一个 ZIP 压缩包（也可能是 DOCX 或 EPUB 文件）</source>
        <translation>一個 ZIP 壓縮檔（也可能是 DOCX 或 EPUB 檔案）</translation>
    </message>
    <message>
        <source>一个 ZIP 压缩包</source>
        <translation>一個 ZIP 壓縮檔</translation>
    </message>
    <message>
        <source>一个 GZIP 压缩包</source>
        <translation>一個 GZIP 壓縮檔</translation>
    </message>
    <message>
        <source>一个 7Z 压缩包</source>
        <translation>一個 7Z 壓縮檔</translation>
    </message>
    <message>
        <source>一个 RAR 压缩包</source>
        <translation>一個 RAR 壓縮檔</translation>
    </message>
    <message>
        <source>一个 BZIP2 压缩包</source>
        <translation>一個 BZIP2 壓縮檔</translation>
    </message>
    <message>
        <source>一个 XZ 压缩包</source>
        <translation>一個 XZ 壓縮檔</translation>
    </message>
    <message>
        <source>一份旧格式的 DOC、XLS 或 PPT 文档</source>
        <translation>一份舊格式的 DOC、XLS 或 PPT 文件</translation>
    </message>
    <message>
        <source>一个程序</source>
        <translation>一個程式</translation>
    </message>
    <message>
        <source>一个 EXE 程序</source>
        <translation>一個 EXE 程式</translation>
    </message>
    <message>
        <source>一个数据库</source>
        <translation>一個資料庫</translation>
    </message>
    <message>
        <source>一个 MP3 音频文件</source>
        <translation>一個 MP3 音訊檔案</translation>
    </message>
    <message>
        <source>一个音频文件</source>
        <translation>一個音訊檔案</translation>
    </message>
    <message>
        <source>一个音频或视频文件</source>
        <translation>一個音訊或影片檔案</translation>
    </message>
    <message>
        <source>一个视频文件</source>
        <translation>一個影片檔案</translation>
    </message>
    <message>
        <source>一个视频或图片文件</source>
        <translation>一個影片或圖片檔案</translation>
    </message>
    <message>
        <source>一个字体文件</source>
        <translation>一個字型檔案</translation>
    </message>
    <message>
        <source>一种不是文本的格式</source>
        <translation>一種不是純文字的格式</translation>
    </message>
    <message>
        <source>文件夹 {folder} 不存在。</source>
        <translation>資料夾 {folder} 不存在。</translation>
    </message>
    <message>
        <source>要保存到的文件夹不存在。</source>
        <translation>要儲存到的資料夾不存在。</translation>
    </message>
    <message>
        <source>不支持“{suffix}”格式的音频，请保存为 WAV 或 MP3 文件。</source>
        <extracomment>{suffix}: the file name's ending.</extracomment>
        <translation>不支援「{suffix}」格式的音訊，請儲存為 WAV 或 MP3 檔案。</translation>
    </message>
    <message>
        <source>文件名没有扩展名，请保存为 WAV 或 MP3 文件。</source>
        <translation>檔名沒有副檔名，請儲存為 WAV 或 MP3 檔案。</translation>
    </message>
    <message>
        <source>导出 MP3 需要 {encoder} 或 {alternative}，但两者都没有安装：请安装其中一个（例如 {install} 或 {install_other}），或改为导出 WAV 文件。</source>
        <extracomment>{encoder}, {alternative}: program names; {install}, {install_other}: install commands.</extracomment>
        <translation>匯出 MP3 需要 {encoder} 或 {alternative}，但兩者都沒有安裝：請安裝其中一個（例如 {install} 或 {install_other}），或改為匯出 WAV 檔案。</translation>
    </message>
    <message>
        <source>导出 MP3 需要 {encoder} 或 {alternative}，但两者都没有安装：请安装其中一个（例如 {install}），或改为导出 WAV 文件。</source>
        <extracomment>{encoder}, {alternative}: program names; {install}: a command that installs one.</extracomment>
        <translation>匯出 MP3 需要 {encoder} 或 {alternative}，但兩者都沒有安裝：請安裝其中一個（例如 {install}），或改為匯出 WAV 檔案。</translation>
    </message>
    <message>
        <source>这是一个文件夹，不是文件。</source>
        <translation>這是一個資料夾，不是檔案。</translation>
    </message>
    <message>
        <source>文件名或路径太长。</source>
        <translation>檔名或路徑太長。</translation>
    </message>
    <message>
        <source>路径中的符号链接太多，或者互相循环指向。</source>
        <translation>路徑中的符號連結太多，或者互相循環指向。</translation>
    </message>
    <message>
        <source>磁盘或设备读写出错，可能已损坏或已断开。</source>
        <translation>磁碟或裝置讀寫出錯，可能已損壞或已中斷連線。</translation>
    </message>
    <message>
        <source>文件名中有不允许使用的字符。</source>
        <translation>檔名中有不允許使用的字元。</translation>
    </message>
    <message>
        <source>同时打开的文件太多，请关闭一些程序后再试。</source>
        <translation>同時開啟的檔案太多，請關閉一些程式後再試。</translation>
    </message>
    <message>
        <source>内存不足。</source>
        <translation>記憶體不足。</translation>
    </message>
    <message>
        <source>文件不存在。</source>
        <translation>檔案不存在。</translation>
    </message>
    <message>
        <source>文件不存在：路径中的某个文件夹其实是文件。</source>
        <translation>檔案不存在：路徑中的某個資料夾其實是檔案。</translation>
    </message>
    <message>
        <source>没有读取这个文件的权限。</source>
        <translation>沒有讀取這個檔案的權限。</translation>
    </message>
    <message>
        <source>文件所在的设备不存在或没有连接。</source>
        <translation>檔案所在的裝置不存在或沒有連接。</translation>
    </message>
    <message>
        <source>系统无法打开这个文件（{detail}）。</source>
        <extracomment>{detail}: the operating system's own words.</extracomment>
        <translation>系統無法開啟這個檔案（{detail}）。</translation>
    </message>
    <message>
        <source>系统无法读取这个文件（{detail}）。</source>
        <extracomment>{detail}: the operating system's own words.</extracomment>
        <translation>系統無法讀取這個檔案（{detail}）。</translation>
    </message>
    <message>
        <source>这不是普通文件，而是设备、管道或套接字。</source>
        <translation>這不是一般檔案，而是裝置、管道或通訊端。</translation>
    </message>
    <message>
        <source>文件太大（{size}），本阅读器最多打开 {limit} 的文件。</source>
        <extracomment>{size}, {limit}: sizes such as 70 MB.</extracomment>
        <translation>檔案太大（{size}），本閱讀器最多開啟 {limit} 的檔案。</translation>
    </message>
    <message>
        <source>文件太大（超过 {limit}）。</source>
        <extracomment>{limit}: a size such as 64 MB.</extracomment>
        <translation>檔案太大（超過 {limit}）。</translation>
    </message>
    <message>
        <source>文件是空的。</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>文件里只有空白，没有文字。</source>
        <translation>檔案裡只有空白，沒有文字。</translation>
    </message>
    <message>
        <source>这不是文本或网页文件，它看起来是{kind}。</source>
        <extracomment>{kind}: what the file looks like, e.g. a PNG image.</extracomment>
        <translation>這不是純文字或網頁檔案，它看起來是{kind}。</translation>
    </message>
    <message>
        <source>这不是文本或网页文件：其中有不属于文本的字节。</source>
        <translation>這不是純文字或網頁檔案：其中有不屬於文字的位元組。</translation>
    </message>
    <message>
        <source>这不是文本或网页文件：其中有文本里不会出现的控制字节。</source>
        <translation>這不是純文字或網頁檔案：其中有文字裡不會出現的控制位元組。</translation>
    </message>
    <message>
        <source>无法识别文件的文字编码：它不是本阅读器认识的任何一种编码。</source>
        <translation>無法辨識檔案的文字編碼：它不是本閱讀器認得的任何一種編碼。</translation>
    </message>
    <message>
        <source>这个 MHTML 网页存档无法读取。</source>
        <translation>這個 MHTML 網頁存檔無法讀取。</translation>
    </message>
    <message>
        <source>这个 MHTML 网页存档已损坏：找不到其中的各个部分。</source>
        <translation>這個 MHTML 網頁存檔已損壞：找不到其中的各個部分。</translation>
    </message>
    <message>
        <source>这个 MHTML 网页存档里没有网页。</source>
        <translation>這個 MHTML 網頁存檔裡沒有網頁。</translation>
    </message>
    <message>
        <source>这个 MHTML 网页存档里的网页是空的。</source>
        <translation>這個 MHTML 網頁存檔裡的網頁是空的。</translation>
    </message>
    <message>
        <source>无法读取这个网页的内容。</source>
        <translation>無法讀取這個網頁的內容。</translation>
    </message>
    <message>
        <source>文件里没有可以阅读的文字。</source>
        <translation>檔案裡沒有可以閱讀的文字。</translation>
    </message>
    <message>
        <source>网页里没有可以阅读的文字。</source>
        <translation>網頁裡沒有可以閱讀的文字。</translation>
    </message>
    <message>
        <source>这份 PDF 里只有图片，没有文字（可能是扫描件），阅读器无法朗读。</source>
        <translation>這份 PDF 裡只有圖片，沒有文字（可能是掃描檔），閱讀器無法朗讀。</translation>
    </message>
    <message>
        <source>这份 PDF 设有密码保护，阅读器无法打开。</source>
        <translation>這份 PDF 設有密碼保護，閱讀器無法開啟。</translation>
    </message>
    <message>
        <source>这份 PDF 已损坏或不完整，无法读取。</source>
        <translation>這份 PDF 已損壞或不完整，無法讀取。</translation>
    </message>
    <message>
        <source>这个 EPUB 电子书已损坏或不完整，无法读取。</source>
        <translation>這本 EPUB 電子書已損壞或不完整，無法讀取。</translation>
    </message>
    <message>
        <source>这个 OFD 文件已损坏或不完整，无法读取。</source>
        <translation>這個 OFD 檔案已損壞或不完整，無法讀取。</translation>
    </message>
    <message>
        <source>这个 OFD 文件里只有图片，没有文字（可能是扫描件），阅读器无法朗读。</source>
        <translation>這個 OFD 檔案裡只有圖片，沒有文字（可能是掃描檔），閱讀器無法朗讀。</translation>
    </message>
    <message>
        <source>这是旧版 DOC 或 WPS 文档，阅读器无法直接打开。请先用 WPS 或 {converter} 等办公软件另存为 DOCX 文件再打开。</source>
        <extracomment>{converter}: an office suite's name (LibreOffice), as it is written.</extracomment>
        <translation>這是舊版 DOC 或 WPS 文件，閱讀器無法直接開啟。請先用 WPS 或 {converter} 等辦公軟體另存為 DOCX 檔案再開啟。</translation>
    </message>
    <message>
        <source>这个 DOCX 文件已损坏或不完整，无法读取。</source>
        <translation>這個 DOCX 檔案已損壞或不完整，無法讀取。</translation>
    </message>
    <message>
        <source>这个文件解压后太大（{size} MB，阅读器最多接受 {limit} MB），可能是恶意文件。</source>
        <extracomment>{size}, {limit}: megabytes the ZIP inside a Word file would unpack to.</extracomment>
        <translation>這個檔案解壓縮後太大（{size} MB，閱讀器最多接受 {limit} MB），可能是惡意檔案。</translation>
    </message>
    <message>
        <source>无法使用这个文件：{detail}</source>
        <extracomment>{detail}: a reason in the program's own words.</extracomment>
        <translation>無法使用這個檔案：{detail}</translation>
    </message>
    <message>
        <source>程序内部错误（{kind}）：{detail}</source>
        <extracomment>A bug: {kind} is the error's type, {detail} its message.</extracomment>
        <translation>程式內部錯誤（{kind}）：{detail}</translation>
    </message>
    <message>
        <source>保存位置的路径中有一个文件夹其实是文件。</source>
        <translation>儲存位置的路徑中有一個資料夾其實是檔案。</translation>
    </message>
    <message>
        <source>没有在这里写入文件的权限。</source>
        <translation>沒有在這裡寫入檔案的權限。</translation>
    </message>
    <message>
        <source>磁盘空间不足。</source>
        <translation>磁碟空間不足。</translation>
    </message>
    <message>
        <source>这个位置是只读的，不能写入。</source>
        <translation>這個位置是唯讀的，不能寫入。</translation>
    </message>
    <message>
        <source>文件太大，超出了这个磁盘允许的大小。</source>
        <translation>檔案太大，超出了這個磁碟允許的大小。</translation>
    </message>
    <message>
        <source>同名的文件已经存在。</source>
        <translation>同名的檔案已經存在。</translation>
    </message>
    <message>
        <source>无法把文件移到另一个磁盘上。</source>
        <translation>無法把檔案移到另一個磁碟上。</translation>
    </message>
    <message>
        <source>文件正被其他程序使用。</source>
        <translation>檔案正被其他程式使用。</translation>
    </message>
    <message>
        <source>系统无法写入这个文件（{detail}）。</source>
        <extracomment>{detail}: the operating system's own words.</extracomment>
        <translation>系統無法寫入這個檔案（{detail}）。</translation>
    </message>
    <message>
        <source>MP3 编码程序 {encoder} 中途停止了。</source>
        <extracomment>{encoder}: a program name (ffmpeg, lame).</extracomment>
        <translation>MP3 編碼程式 {encoder} 中途停止了。</translation>
    </message>
    <message>
        <source>MP3 编码程序 {encoder} 出错（退出码 {status}）。</source>
        <extracomment>{encoder}: a program name (ffmpeg, lame); {status}: its exit code.</extracomment>
        <translation>MP3 編碼程式 {encoder} 出錯（結束代碼 {status}）。</translation>
    </message>
    <message>
        <source>朗读引擎一句也没能读出来。</source>
        <translation>朗讀引擎一句也沒能讀出來。</translation>
    </message>
    <message>
        <source>没有可以朗读的文字。</source>
        <translation>沒有可以朗讀的文字。</translation>
    </message>
    <message>
        <source>导出已取消。</source>
        <translation>匯出已取消。</translation>
    </message>
    <message>
        <source>出现了一个问题：{details}</source>
        <extracomment>{details}: the problem's particulars.</extracomment>
        <translation>出現了一個問題：{details}</translation>
    </message>
    <message>
        <source>出现了一个问题。</source>
        <translation>出現了一個問題。</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>查找(&amp;F)…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>在显示的文字中查找，简体繁体都能找到</source>
        <translation>在顯示的文字中尋找，簡體繁體都能找到</translation>
    </message>
    <message>
        <source>查找下一处(&amp;D)</source>
        <translation>尋找下一處(&amp;D)</translation>
    </message>
    <message>
        <source>跳到下一个找到的地方</source>
        <translation>跳到下一個找到的地方</translation>
    </message>
    <message>
        <source>查找上一处(&amp;U)</source>
        <translation>尋找上一處(&amp;U)</translation>
    </message>
    <message>
        <source>跳到上一个找到的地方</source>
        <translation>跳到上一個找到的地方</translation>
    </message>
    <message>
        <source>在文章中查找；Esc 键关闭</source>
        <translation>在文章中尋找；Esc 鍵關閉</translation>
    </message>
    <message>
        <source>查找栏</source>
        <translation>尋找列</translation>
    </message>
    <message>
        <source>查找：</source>
        <translation>尋找：</translation>
    </message>
    <message>
        <source>输入要找的字词；回车找下一处，Shift+回车找上一处</source>
        <translation>輸入要找的字詞；Enter 鍵找下一處，Shift+Enter 找上一處</translation>
    </message>
    <message>
        <source>上一处</source>
        <translation>上一處</translation>
    </message>
    <message>
        <source>下一处</source>
        <translation>下一處</translation>
    </message>
    <message>
        <source>从这里朗读</source>
        <translation>從這裡朗讀</translation>
    </message>
    <message>
        <source>从找到的地方开始连续朗读</source>
        <translation>從找到的地方開始連續朗讀</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>关闭查找栏，回到阅读区</source>
        <translation>關閉尋找列，回到閱讀區</translation>
    </message>
    <message>
        <source>关闭查找栏</source>
        <translation>關閉尋找列</translation>
    </message>
    <message>
        <source>第 {n} 处，共 {total} 处</source>
        <extracomment>{n}: the place shown; {total}: how many were found</extracomment>
        <translation>第 {n} 處，共 {total} 處</translation>
    </message>
    <message>
        <source>第 {n} 处，至少 {total} 处</source>
        <translation>第 {n} 處，至少 {total} 處</translation>
    </message>
    <message>
        <source>找不到「{query}」</source>
        <translation>找不到「{query}」</translation>
    </message>
    <message>
        <source>没有打开的文章，无法查找</source>
        <translation>沒有開啟的文章，無法尋找</translation>
    </message>
    <message>
        <source>{count}：{text}</source>
        <extracomment>the count, then the line found</extracomment>
        <translation>{count}：{text}</translation>
    </message>
</context>
<context>
    <name>KeyEditor</name>
    <message>
        <source>更改按键(&amp;C)…</source>
        <translation>更改按鍵(&amp;C)…</translation>
    </message>
    <message>
        <source>为选中的操作设置新的按键</source>
        <translation>為選取的操作設定新的按鍵</translation>
    </message>
    <message>
        <source>恢复此项(&amp;E)</source>
        <translation>恢復此項(&amp;E)</translation>
    </message>
    <message>
        <source>把选中操作的按键恢复为方案原有的按键</source>
        <translation>把選取操作的按鍵恢復為方案原有的按鍵</translation>
    </message>
    <message>
        <source>全部恢复(&amp;A)</source>
        <translation>全部恢復(&amp;A)</translation>
    </message>
    <message>
        <source>把当前方案中改过的按键全部恢复</source>
        <translation>把目前方案中改過的按鍵全部恢復</translation>
    </message>
    <message>
        <source>更改按键：{action}</source>
        <extracomment>{action}: the name of the command, e.g. 十字线</extracomment>
        <translation>更改按鍵：{action}</translation>
    </message>
    <message>
        <source>按下要给「{action}」的按键组合，再按“确定”。</source>
        <translation>按下要給「{action}」的按鍵組合，再按「確定」。</translation>
    </message>
    <message>
        <source>新按键(&amp;K)：</source>
        <translation>新按鍵(&amp;K)：</translation>
    </message>
    <message>
        <source>按下按键组合；Tab 键离开此框</source>
        <translation>按下按鍵組合；Tab 鍵離開此框</translation>
    </message>
    <message>
        <source>不用按键(&amp;N)</source>
        <translation>不用按鍵(&amp;N)</translation>
    </message>
    <message>
        <source>取消这个操作的按键，只能从菜单或工具栏使用</source>
        <translation>取消這個操作的按鍵，只能從選單或工具列使用</translation>
    </message>
    <message>
        <source>{key} 可以使用。</source>
        <translation>{key} 可以使用。</translation>
    </message>
    <message>
        <source>{key} 已用于「{owner}」，请换一个。</source>
        <extracomment>{owner}: the command that has the key</extracomment>
        <translation>{key} 已用於「{owner}」，請換一個。</translation>
    </message>
    <message>
        <source>{key} 用于移动焦点、光标或选取文字，不能给操作使用。</source>
        <translation>{key} 用於移動焦點、游標或選取文字，不能給操作使用。</translation>
    </message>
    <message>
        <source>{key} 用于打开菜单，不能给操作使用。</source>
        <translation>{key} 用於開啟選單，不能給操作使用。</translation>
    </message>
    <message>
        <source>请按下一个按键组合。</source>
        <translation>請按下一個按鍵組合。</translation>
    </message>
    <message>
        <source>{keys}（已更改）</source>
        <extracomment>keys the user changed, e.g. Alt+Shift+Z（已更改）</extracomment>
        <translation>{keys}（已更改）</translation>
    </message>
    <message>
        <source>「{action}」的按键已改为 {keys}</source>
        <translation>「{action}」的按鍵已改為 {keys}</translation>
    </message>
    <message>
        <source>「{action}」已不用按键</source>
        <translation>「{action}」已不用按鍵</translation>
    </message>
    <message>
        <source>「{action}」已恢复为 {keys}</source>
        <translation>「{action}」已恢復為 {keys}</translation>
    </message>
    <message>
        <source>{preset}的按键已全部恢复</source>
        <extracomment>{preset}: 门户网站式 or 程序式</extracomment>
        <translation>{preset}的按鍵已全部恢復</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>文库(&amp;L)…</source>
        <translation>文庫(&amp;L)…</translation>
    </message>
    <message>
        <source>打开过的所有文章：继续阅读、全文搜索</source>
        <translation>開啟過的所有文章：繼續閱讀、全文搜尋</translation>
    </message>
    <message>
        <source>导入到文库(&amp;I)…</source>
        <translation>匯入到文庫(&amp;I)…</translation>
    </message>
    <message>
        <source>把一个文件夹里的文章加入文库</source>
        <translation>把一個資料夾裡的文章加入文庫</translation>
    </message>
    <message>
        <source>添加书签(&amp;K)…</source>
        <translation>新增書籤(&amp;K)…</translation>
    </message>
    <message>
        <source>在光标处加一个书签，可写备注</source>
        <translation>在游標處加一個書籤，可寫備註</translation>
    </message>
    <message>
        <source>书签列表(&amp;S)…</source>
        <translation>書籤清單(&amp;S)…</translation>
    </message>
    <message>
        <source>这篇文章的书签，选一个跳过去</source>
        <translation>這篇文章的書籤，選一個跳過去</translation>
    </message>
    <message>
        <source>文库</source>
        <translation>文庫</translation>
    </message>
    <message>
        <source>搜索、选择并打开文库中的文章</source>
        <translation>搜尋、選擇並開啟文庫中的文章</translation>
    </message>
    <message>
        <source>搜索(&amp;S)：</source>
        <translation>搜尋(&amp;S)：</translation>
    </message>
    <message>
        <source>在所有文章的标题和正文中搜索，简体繁体都能找到</source>
        <translation>在所有文章的標題和正文中搜尋，簡體繁體都能找到</translation>
    </message>
    <message>
        <source>列出(&amp;W)：</source>
        <translation>列出(&amp;W)：</translation>
    </message>
    <message>
        <source>选择列出哪些文章</source>
        <translation>選擇列出哪些文章</translation>
    </message>
    <message>
        <source>继续阅读</source>
        <translation>繼續閱讀</translation>
    </message>
    <message>
        <source>全部文章</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>上下键选择，Enter 键打开</source>
        <translation>上下鍵選擇，Enter 鍵開啟</translation>
    </message>
    <message>
        <source>文章列表</source>
        <translation>文章清單</translation>
    </message>
    <message>
        <source>打开(&amp;O)</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>打开选中的文章，到上次读到的地方或搜到的地方</source>
        <translation>開啟選取的文章，到上次讀到的地方或搜尋到的地方</translation>
    </message>
    <message>
        <source>从文库移除(&amp;R)</source>
        <translation>從文庫移除(&amp;R)</translation>
    </message>
    <message>
        <source>只从文库中去掉选中的文章，不删除文件</source>
        <translation>只從文庫中去掉選取的文章，不刪除檔案</translation>
    </message>
    <message>
        <source>导入(&amp;I)…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>关闭文库</source>
        <translation>關閉文庫</translation>
    </message>
    <message>
        <source>读到 {percent}%</source>
        <translation>讀到 {percent}%</translation>
    </message>
    <message>
        <source>，</source>
        <extracomment>Separates the parts of one entry of the article list.</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <source>{entry}（文件找不到了）</source>
        <extracomment>A listed article whose file is gone.</extracomment>
        <translation>{entry}（檔案找不到了）</translation>
    </message>
    <message>
        <source>{title}：{snippet}</source>
        <extracomment>A search result: the title, then the text around the hit.</extracomment>
        <translation>{title}：{snippet}</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 篇文章</source>
        <translation>
            <numerusform>共 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>找到 %n 篇</source>
        <translation>
            <numerusform>找到 %n 篇</numerusform>
        </translation>
    </message>
    <message>
        <source>文库中找不到「{query}」</source>
        <translation>文庫中找不到「{query}」</translation>
    </message>
    <message>
        <source>文库里还没有文章：打开的文章会自动加入</source>
        <translation>文庫裡還沒有文章：開啟的文章會自動加入</translation>
    </message>
    <message>
        <source>这次运行不使用文库</source>
        <translation>這次執行不使用文庫</translation>
    </message>
    <message>
        <source>已从文库移除「{title}」，文件还在原处</source>
        <translation>已從文庫移除「{title}」，檔案還在原處</translation>
    </message>
    <message>
        <source>文件找不到了：{path}</source>
        <translation>檔案找不到了：{path}</translation>
    </message>
    <message>
        <source>回到上次读到的地方（{percent}%）</source>
        <translation>回到上次讀到的地方（{percent}%）</translation>
    </message>
    <message>
        <source>添加书签</source>
        <translation>新增書籤</translation>
    </message>
    <message>
        <source>备注(&amp;N)：</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>可以不写；Enter 键加上书签</source>
        <translation>可以不寫；Enter 鍵加上書籤</translation>
    </message>
    <message>
        <source>已加书签：{excerpt}</source>
        <translation>已加書籤：{excerpt}</translation>
    </message>
    <message>
        <source>书签</source>
        <translation>書籤</translation>
    </message>
    <message>
        <source>上下键选择，Enter 键跳到书签处</source>
        <translation>上下鍵選擇，Enter 鍵跳到書籤處</translation>
    </message>
    <message>
        <source>书签列表</source>
        <translation>書籤清單</translation>
    </message>
    <message>
        <source>跳转(&amp;G)</source>
        <translation>跳至(&amp;G)</translation>
    </message>
    <message>
        <source>跳到选中的书签处</source>
        <translation>跳到選取的書籤處</translation>
    </message>
    <message>
        <source>删除书签(&amp;D)</source>
        <translation>刪除書籤(&amp;D)</translation>
    </message>
    <message>
        <source>删除选中的书签</source>
        <translation>刪除選取的書籤</translation>
    </message>
    <message>
        <source>关闭书签列表</source>
        <translation>關閉書籤清單</translation>
    </message>
    <message>
        <source>{note}：{excerpt}</source>
        <extracomment>A bookmark: the reader's note, then the text there.</extracomment>
        <translation>{note}：{excerpt}</translation>
    </message>
    <message>
        <source>这篇文章还没有书签：按 Ctrl+D 添加</source>
        <translation>這篇文章還沒有書籤：按 Ctrl+D 新增</translation>
    </message>
    <message>
        <source>已删除书签</source>
        <translation>已刪除書籤</translation>
    </message>
    <message>
        <source>先打开一篇文章</source>
        <translation>先開啟一篇文章</translation>
    </message>
    <message>
        <source>书签在文章视图中使用：先切换到文章</source>
        <translation>書籤在文章檢視中使用：先切換到文章</translation>
    </message>
    <message>
        <source>选择要导入的文件夹</source>
        <translation>選擇要匯入的資料夾</translation>
    </message>
    <message>
        <source>正在导入 {done}/{total}：{name}</source>
        <translation>正在匯入 {done}/{total}：{name}</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>导入完成：新加入 %n 篇</source>
        <translation>
            <numerusform>匯入完成：新加入 %n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 篇已在文库中</source>
        <translation>
            <numerusform>%n 篇已在文庫中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个文件无法读取</source>
        <translation>
            <numerusform>%n 個檔案無法讀取</numerusform>
        </translation>
    </message>
    <message>
        <source>有些文件无法导入</source>
        <translation>有些檔案無法匯入</translation>
    </message>
    <message>
        <source>文库文件一直被占用，已另存为 {kept_as}，并从它列出的 {listed} 个文件中恢复了 {restored} 篇</source>
        <translation>文庫檔案一直被佔用，已另存為 {kept_as}，並從它列出的 {listed} 個檔案中恢復了 {restored} 篇</translation>
    </message>
    <message>
        <source>文库文件已损坏，已另存为 {kept_as}，并从它列出的 {listed} 个文件中恢复了 {restored} 篇</source>
        <translation>文庫檔案已損壞，已另存為 {kept_as}，並從它列出的 {listed} 個檔案中恢復了 {restored} 篇</translation>
    </message>
    <message>
        <source>无法打开文库 {path}（{detail}）：这次打开的文章不会被记住</source>
        <translation>無法開啟文庫 {path}（{detail}）：這次開啟的文章不會被記住</translation>
    </message>
    <message>
        <source>{path}：{reason}</source>
        <translation>{path}：{reason}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>跳转(&amp;M)</source>
        <translation>跳至(&amp;M)</translation>
    </message>
    <message>
        <source>按标题、段落、表格、图片移动，标题列表，我在哪里</source>
        <translation>按標題、段落、表格、圖片移動，標題清單，我在哪裡</translation>
    </message>
    <message>
        <source>下一个标题(&amp;H)</source>
        <translation>下一個標題(&amp;H)</translation>
    </message>
    <message>
        <source>把光标移到下一个标题</source>
        <translation>把游標移到下一個標題</translation>
    </message>
    <message>
        <source>上一个标题(&amp;E)</source>
        <translation>上一個標題(&amp;E)</translation>
    </message>
    <message>
        <source>把光标移到上一个标题</source>
        <translation>把游標移到上一個標題</translation>
    </message>
    <message>
        <source>下一个段落(&amp;P)</source>
        <translation>下一個段落(&amp;P)</translation>
    </message>
    <message>
        <source>把光标移到下一个正文段落</source>
        <translation>把游標移到下一個正文段落</translation>
    </message>
    <message>
        <source>上一个段落(&amp;R)</source>
        <translation>上一個段落(&amp;R)</translation>
    </message>
    <message>
        <source>把光标移到上一个正文段落</source>
        <translation>把游標移到上一個正文段落</translation>
    </message>
    <message>
        <source>下一个表格(&amp;T)</source>
        <translation>下一個表格(&amp;T)</translation>
    </message>
    <message>
        <source>把光标移到下一个表格</source>
        <translation>把游標移到下一個表格</translation>
    </message>
    <message>
        <source>上一个表格(&amp;B)</source>
        <translation>上一個表格(&amp;B)</translation>
    </message>
    <message>
        <source>把光标移到上一个表格</source>
        <translation>把游標移到上一個表格</translation>
    </message>
    <message>
        <source>下一张图片(&amp;G)</source>
        <translation>下一張圖片(&amp;G)</translation>
    </message>
    <message>
        <source>把光标移到下一张图片</source>
        <translation>把游標移到下一張圖片</translation>
    </message>
    <message>
        <source>上一张图片(&amp;N)</source>
        <translation>上一張圖片(&amp;N)</translation>
    </message>
    <message>
        <source>把光标移到上一张图片</source>
        <translation>把游標移到上一張圖片</translation>
    </message>
    <message>
        <source>标题列表(&amp;L)…</source>
        <translation>標題清單(&amp;L)…</translation>
    </message>
    <message>
        <source>列出文章的标题，可筛选，按回车跳到那里</source>
        <translation>列出文章的標題，可篩選，按 Enter 鍵跳到那裡</translation>
    </message>
    <message>
        <source>标题大纲(&amp;O)</source>
        <translation>標題大綱(&amp;O)</translation>
    </message>
    <message>
        <source>在窗口旁边显示文章的各级标题</source>
        <translation>在視窗旁邊顯示文章的各級標題</translation>
    </message>
    <message>
        <source>我在哪里(&amp;W)</source>
        <translation>我在哪裡(&amp;W)</translation>
    </message>
    <message>
        <source>说出标题、当前小标题、第几段和读到的位置</source>
        <translation>說出標題、目前小標題、第幾段和讀到的位置</translation>
    </message>
    <message>
        <source>没有下一个标题</source>
        <translation>沒有下一個標題</translation>
    </message>
    <message>
        <source>没有上一个标题</source>
        <translation>沒有上一個標題</translation>
    </message>
    <message>
        <source>没有下一个段落</source>
        <translation>沒有下一個段落</translation>
    </message>
    <message>
        <source>没有上一个段落</source>
        <translation>沒有上一個段落</translation>
    </message>
    <message>
        <source>没有下一个表格</source>
        <translation>沒有下一個表格</translation>
    </message>
    <message>
        <source>没有上一个表格</source>
        <translation>沒有上一個表格</translation>
    </message>
    <message>
        <source>没有下一张图片</source>
        <translation>沒有下一張圖片</translation>
    </message>
    <message>
        <source>没有上一张图片</source>
        <translation>沒有上一張圖片</translation>
    </message>
    <message>
        <source>{text}，{level} 级标题</source>
        <translation>{text}，{level} 級標題</translation>
    </message>
    <message>
        <source>表格，{rows} 行 {columns} 列，{cell}</source>
        <translation>表格，{rows} 行 {columns} 列，{cell}</translation>
    </message>
    <message>
        <source>没有打开文章</source>
        <translation>沒有開啟文章</translation>
    </message>
    <message>
        <source>文章的各级标题，按回车跳到那里</source>
        <translation>文章的各級標題，按 Enter 鍵跳到那裡</translation>
    </message>
    <message>
        <source>标题大纲</source>
        <translation>標題大綱</translation>
    </message>
    <message>
        <source>（没有标题）</source>
        <translation>（沒有標題）</translation>
    </message>
    <message>
        <source>{level} 级标题</source>
        <translation>{level} 級標題</translation>
    </message>
    <message>
        <source>标题列表</source>
        <translation>標題清單</translation>
    </message>
    <message>
        <source>筛选(&amp;F)：</source>
        <translation>篩選(&amp;F)：</translation>
    </message>
    <message>
        <source>只列出含有这些字的标题</source>
        <translation>只列出含有這些字的標題</translation>
    </message>
    <message>
        <source>按回车跳到选中的标题</source>
        <translation>按 Enter 鍵跳到選取的標題</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>转到(&amp;G)</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>把光标移到选中的标题</source>
        <translation>把游標移到選取的標題</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>关闭标题列表</source>
        <translation>關閉標題清單</translation>
    </message>
    <message>
        <source>{title}；当前标题：{heading}；第 {paragraph} 段，共 {paragraphs} 段；{percent}%</source>
        <translation>{title}；目前標題：{heading}；第 {paragraph} 段，共 {paragraphs} 段；{percent}%</translation>
    </message>
    <message>
        <source>无</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>Pinyin</name>
    <message>
        <source>拼音(&amp;L)</source>
        <translation>拼音(&amp;L)</translation>
    </message>
    <message>
        <source>在文字上方标出读音</source>
        <translation>在文字上方標出讀音</translation>
    </message>
    <message>
        <source>切换拼音(&amp;P)</source>
        <translation>切換拼音(&amp;P)</translation>
    </message>
    <message>
        <source>依次切换：不标、拼音、数字声调、注音符号</source>
        <translation>依次切換：不標、拼音、數字聲調、注音符號</translation>
    </message>
    <message>
        <source>拼音（声调符号）(&amp;M)</source>
        <translation>拼音（聲調符號）(&amp;M)</translation>
    </message>
    <message>
        <source>在文字上方标出带声调符号的拼音</source>
        <translation>在文字上方標出帶聲調符號的拼音</translation>
    </message>
    <message>
        <source>拼音（数字声调）(&amp;N)</source>
        <translation>拼音（數字聲調）(&amp;N)</translation>
    </message>
    <message>
        <source>在文字上方标出用数字表示声调的拼音</source>
        <translation>在文字上方標出用數字表示聲調的拼音</translation>
    </message>
    <message>
        <source>注音符号(&amp;Z)</source>
        <translation>注音符號(&amp;Z)</translation>
    </message>
    <message>
        <source>在文字上方标出注音符号，如 ㄔㄨㄥˊ</source>
        <translation>在文字上方標出注音符號，如 ㄔㄨㄥˊ</translation>
    </message>
    <message>
        <source>不标读音(&amp;O)</source>
        <translation>不標讀音(&amp;O)</translation>
    </message>
    <message>
        <source>文字上方不标读音</source>
        <translation>文字上方不標讀音</translation>
    </message>
    <message>
        <source>已关闭拼音</source>
        <translation>已關閉拼音</translation>
    </message>
    <message>
        <source>已显示：{name}</source>
        <translation>已顯示：{name}</translation>
    </message>
    <message>
        <source>读音词典(&amp;D)…</source>
        <translation>讀音詞典(&amp;D)…</translation>
    </message>
    <message>
        <source>改正多音字的读音，显示和朗读都按这里的读音</source>
        <translation>改正多音字的讀音，顯示和朗讀都按這裡的讀音</translation>
    </message>
    <message>
        <source>字幕文字的读音</source>
        <translation>字幕文字的讀音</translation>
    </message>
    <message>
        <source>字幕拼音</source>
        <translation>字幕拼音</translation>
    </message>
    <message>
        <source>{word}：{reading}</source>
        <extracomment>The word under the pointer and its reading.</extracomment>
        <translation>{word}：{reading}</translation>
    </message>
    <message>
        <source>读音词典</source>
        <translation>讀音詞典</translation>
    </message>
    <message>
        <source>每行一个词语，空一格后写它的拼音，每个字一个音节，用数字表示声调，如：单县 shan4 xian4。轻声写 5。以 # 开头的行是说明。显示拼音和朗读都按这里的读音。</source>
        <translation>每行一個詞語，空一格後寫它的拼音，每個字一個音節，用數字表示聲調，如：單縣 shan4 xian4。輕聲寫 5。以 # 開頭的行是說明。顯示拼音和朗讀都按這裡的讀音。</translation>
    </message>
    <message>
        <source>词语和读音(&amp;W)：</source>
        <translation>詞語和讀音(&amp;W)：</translation>
    </message>
    <message>
        <source>每行一个词语和它的拼音</source>
        <translation>每行一個詞語和它的拼音</translation>
    </message>
    <message>
        <source>这些行有问题，保存时会跳过</source>
        <translation>這些行有問題，儲存時會跳過</translation>
    </message>
    <message>
        <source>有问题的行</source>
        <translation>有問題的行</translation>
    </message>
    <message>
        <source>读音词典已保存：{count} 个词语</source>
        <translation>讀音詞典已儲存：{count} 個詞語</translation>
    </message>
    <message>
        <source>无法保存读音词典 {path}：{reason}</source>
        <translation>無法儲存讀音詞典 {path}：{reason}</translation>
    </message>
    <message>
        <source>有 {count} 行需要改正；改好后再保存，或直接保存并跳过这些行</source>
        <translation>有 {count} 行需要改正；改好後再儲存，或直接儲存並跳過這些行</translation>
    </message>
    <message>
        <source>第 {line} 行「{word}」：没有读音</source>
        <translation>第 {line} 行「{word}」：沒有讀音</translation>
    </message>
    <message>
        <source>第 {line} 行「{word}」：不全是汉字</source>
        <translation>第 {line} 行「{word}」：不全是漢字</translation>
    </message>
    <message>
        <source>第 {line} 行「{word}」：{characters} 个字却有 {syllables} 个音节</source>
        <translation>第 {line} 行「{word}」：{characters} 個字卻有 {syllables} 個音節</translation>
    </message>
    <message>
        <source>第 {line} 行「{word}」：「{syllable}」不是拼音音节</source>
        <translation>第 {line} 行「{word}」：「{syllable}」不是拼音音節</translation>
    </message>
    <message>
        <source>第 {line} 行「{word}」：第 {first} 行已有这个词语，用这一行的读音</source>
        <translation>第 {line} 行「{word}」：第 {first} 行已有這個詞語，用這一行的讀音</translation>
    </message>
    <message>
        <source>无法读取读音词典 {path}：{reason}</source>
        <translation>無法讀取讀音詞典 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <source>字号</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>行距</source>
        <translation>行距</translation>
    </message>
    <message>
        <source>字距</source>
        <translation>字距</translation>
    </message>
    <message>
        <source>段距</source>
        <translation>段距</translation>
    </message>
    <message>
        <source>每行最多字数</source>
        <translation>每行最多字數</translation>
    </message>
    <message>
        <source>字体</source>
        <translation>字型</translation>
    </message>
    <message>
        <source>粗体</source>
        <translation>粗體</translation>
    </message>
    <message>
        <source>对齐</source>
        <translation>對齊</translation>
    </message>
    <message>
        <source>配色</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>自定义颜色</source>
        <translation>自訂顏色</translation>
    </message>
    <message>
        <source>大鼠标</source>
        <translation>大滑鼠指標</translation>
    </message>
    <message>
        <source>大鼠标的颜色</source>
        <translation>大滑鼠指標的顏色</translation>
    </message>
    <message>
        <source>十字线</source>
        <translation>十字線</translation>
    </message>
    <message>
        <source>行聚焦</source>
        <translation>行聚焦</translation>
    </message>
    <message>
        <source>大字幕</source>
        <translation>大字幕</translation>
    </message>
    <message>
        <source>大字幕的位置</source>
        <translation>大字幕的位置</translation>
    </message>
    <message>
        <source>声音</source>
        <translation>聲音</translation>
    </message>
    <message>
        <source>语速</source>
        <translation>語速</translation>
    </message>
    <message>
        <source>音量</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>嗓音</source>
        <translation>嗓音</translation>
    </message>
    <message>
        <source>指读</source>
        <translation>指讀</translation>
    </message>
    <message>
        <source>逐词高亮</source>
        <translation>逐詞標示</translation>
    </message>
    <message>
        <source>标题前提示</source>
        <translation>標題前提示</translation>
    </message>
    <message>
        <source>拼音</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>语音确认</source>
        <translation>語音確認</translation>
    </message>
    <message>
        <source>大工具栏</source>
        <translation>大工具列</translation>
    </message>
    <message>
        <source>界面大小</source>
        <translation>介面大小</translation>
    </message>
    <message>
        <source>快捷键方案</source>
        <translation>快速鍵方案</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <source>上次的简繁转换</source>
        <translation>上次的簡繁轉換</translation>
    </message>
    <message>
        <source>最近打开的文件</source>
        <translation>最近開啟的檔案</translation>
    </message>
    <message>
        <source>窗口的位置和大小</source>
        <translation>視窗的位置和大小</translation>
    </message>
    <message>
        <source>自定义按键</source>
        <translation>自訂按鍵</translation>
    </message>
    <message>
        <source>一项设置</source>
        <extracomment>The name of a setting this version cannot name.</extracomment>
        <translation>一項設定</translation>
    </message>
    <message>
        <source>朗读高亮的文字颜色</source>
        <translation>朗讀標示的文字顏色</translation>
    </message>
    <message>
        <source>{n} 磅</source>
        <extracomment>A text size in points.</extracomment>
        <translation>{n} 點</translation>
    </message>
    <message>
        <source>{n} 倍</source>
        <extracomment>Line or paragraph spacing, a multiple.</extracomment>
        <translation>{n} 倍</translation>
    </message>
    <message>
        <source>{n} 个字宽</source>
        <extracomment>Letter spacing, in widths of a character (em).</extracomment>
        <translation>{n} 個字寬</translation>
    </message>
    <message>
        <source>{n} 字/分钟</source>
        <extracomment>Speech rate.</extracomment>
        <translation>{n} 字/分鐘</translation>
    </message>
    <message>
        <source>{low} 到 {high}</source>
        <extracomment>A range of allowed values, e.g. 12 磅 到 120 磅.</extracomment>
        <translation>{low} 到 {high}</translation>
    </message>
    <message>
        <source>已改用默认值 {default}</source>
        <translation>已改用預設值 {default}</translation>
    </message>
    <message>
        <source>已改用默认值</source>
        <translation>已改用預設值</translation>
    </message>
    <message>
        <source>、</source>
        <extracomment>Joins the items of a list of names.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>“{option}”中这些颜色无效，已改用默认颜色：{invalid}；这些项目不是颜色，已忽略：{unknown}。</source>
        <translation>「{option}」中這些顏色無效，已改用預設顏色：{invalid}；這些項目不是顏色，已忽略：{unknown}。</translation>
    </message>
    <message>
        <source>“{option}”中这些颜色无效，已改用默认颜色：{invalid}。</source>
        <translation>「{option}」中這些顏色無效，已改用預設顏色：{invalid}。</translation>
    </message>
    <message>
        <source>“{option}”中这些项目不是颜色，已忽略：{unknown}。</source>
        <translation>「{option}」中這些項目不是顏色，已忽略：{unknown}。</translation>
    </message>
    <message>
        <source>已另存为 {kept_as}，现用默认设置。</source>
        <translation>已另存為 {kept_as}，目前使用預設設定。</translation>
    </message>
    <message>
        <source>现用默认设置。</source>
        <translation>目前使用預設設定。</translation>
    </message>
    <message>
        <source>读到的设置不是一组有名称的值，已用默认设置。</source>
        <translation>讀到的設定不是一組有名稱的值，已用預設設定。</translation>
    </message>
    <message>
        <source>设置文件的版本号 {value} 无效，已按当前版本读取。</source>
        <translation>設定檔的版本號 {value} 無效，已按目前版本讀取。</translation>
    </message>
    <message>
        <source>设置文件来自较新的版本（{version}），这个版本不认识的设置已忽略。</source>
        <translation>設定檔來自較新的版本（{version}），這個版本不認識的設定已忽略。</translation>
    </message>
    <message>
        <source>设置文件的版本 {version} 太旧，无法转换，已用默认设置。</source>
        <translation>設定檔的版本 {version} 太舊，無法轉換，已用預設設定。</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是整数，{fallback}。</source>
        <translation>「{option}」的值 {value} 不是整數，{fallback}。</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是数字，{fallback}。</source>
        <translation>「{option}」的值 {value} 不是數字，{fallback}。</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是有效的数字，{fallback}。</source>
        <translation>「{option}」的值 {value} 不是有效的數字，{fallback}。</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是“是”或“否”，{fallback}。</source>
        <translation>「{option}」的值 {value} 不是「是」或「否」，{fallback}。</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是文字，{fallback}。</source>
        <translation>「{option}」的值 {value} 不是文字，{fallback}。</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是列表，{fallback}。</source>
        <translation>「{option}」的值 {value} 不是清單，{fallback}。</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是对照表，{fallback}。</source>
        <translation>「{option}」的值 {value} 不是對照表，{fallback}。</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是一组颜色，{fallback}。</source>
        <translation>「{option}」的值 {value} 不是一組顏色，{fallback}。</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不能是负数，{fallback}。</source>
        <translation>「{option}」的值 {value} 不能是負數，{fallback}。</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是可选的值，{fallback}。</source>
        <translation>「{option}」的值 {value} 不是可選的值，{fallback}。</translation>
    </message>
    <message>
        <source>“{option}”的文字含有控制字符，{fallback}。</source>
        <translation>「{option}」的文字含有控制字元，{fallback}。</translation>
    </message>
    <message>
        <source>“{option}”的文字太长（{length} 个字符，最多 {maximum} 个），{fallback}。</source>
        <translation>「{option}」的文字太長（{length} 個字元，最多 {maximum} 個），{fallback}。</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 超出范围（{range}），已改为 {result}。</source>
        <translation>「{option}」的值 {value} 超出範圍（{range}），已改為 {result}。</translation>
    </message>
    <message>
        <source>“{option}”的值 {value} 不是已有的配色，已改用“{scheme}”。</source>
        <translation>「{option}」的值 {value} 不是已有的配色，已改用「{scheme}」。</translation>
    </message>
    <message numerus="yes">
        <source>“{option}”中有 %n 项无效、重复或多余，已去掉。</source>
        <translation>
            <numerusform>「{option}」中有 %n 項無效、重複或多餘，已移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{option}”中有 %n 项无效，已去掉。</source>
        <translation>
            <numerusform>「{option}」中有 %n 項無效，已移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>自定义颜色看不清（{pair}的对比度只有 {ratio}:1，低于 {minimum}:1），已改用配色“{scheme}”。</source>
        <translation>自訂顏色看不清楚（{pair}的對比度只有 {ratio}:1，低於 {minimum}:1），已改用配色「{scheme}」。</translation>
    </message>
    <message>
        <source>设置文件 {path} 是一个文件夹，无法读取，已用默认设置。</source>
        <translation>設定檔 {path} 是一個資料夾，無法讀取，已用預設設定。</translation>
    </message>
    <message>
        <source>没有权限读取设置文件 {path}，已用默认设置。</source>
        <translation>沒有權限讀取設定檔 {path}，已用預設設定。</translation>
    </message>
    <message>
        <source>无法读取设置文件 {path}，已用默认设置。</source>
        <translation>無法讀取設定檔 {path}，已用預設設定。</translation>
    </message>
    <message>
        <source>设置文件 {path} 已损坏：文件太大。{consequence}</source>
        <translation>設定檔 {path} 已損壞：檔案太大。{consequence}</translation>
    </message>
    <message>
        <source>设置文件 {path} 已损坏：内容不是文字。{consequence}</source>
        <translation>設定檔 {path} 已損壞：內容不是文字。{consequence}</translation>
    </message>
    <message>
        <source>设置文件 {path} 已损坏：格式不对。{consequence}</source>
        <translation>設定檔 {path} 已損壞：格式不正確。{consequence}</translation>
    </message>
    <message>
        <source>设置文件 {path} 已损坏：内容不是一组设置。{consequence}</source>
        <translation>設定檔 {path} 已損壞：內容不是一組設定。{consequence}</translation>
    </message>
    <message>
        <source>无法保存设置：没有权限写入 {path}。</source>
        <translation>無法儲存設定：沒有權限寫入 {path}。</translation>
    </message>
    <message>
        <source>无法保存设置：磁盘已满。</source>
        <translation>無法儲存設定：磁碟已滿。</translation>
    </message>
    <message>
        <source>无法保存设置：写入 {path} 时出错。</source>
        <translation>無法儲存設定：寫入 {path} 時發生錯誤。</translation>
    </message>
    <message>
        <source>{colour} {value} 不是颜色，请写成 # 加六位十六进制数字，例如 #1a2b3c。</source>
        <translation>{colour} {value} 不是顏色，請寫成 # 加六位十六進位數字，例如 #1a2b3c。</translation>
    </message>
    <message>
        <source>{pair}的对比度只有 {ratio}:1，低于 {minimum}:1。</source>
        <translation>{pair}的對比度只有 {ratio}:1，低於 {minimum}:1。</translation>
    </message>
    <message>
        <source>设置有一处问题：{details}。</source>
        <translation>設定有一處問題：{details}。</translation>
    </message>
    <message>
        <source>设置有一处问题。</source>
        <translation>設定有一處問題。</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>跟随鼠标指针的参考线</source>
        <translation>跟隨滑鼠指標的參考線</translation>
    </message>
    <message>
        <source>十字线</source>
        <translation>十字線</translation>
    </message>
    <message>
        <source>变暗其余各行的遮罩</source>
        <translation>變暗其餘各行的遮罩</translation>
    </message>
    <message>
        <source>阅读焦点</source>
        <translation>閱讀焦點</translation>
    </message>
    <message>
        <source>用特大字显示当前句子</source>
        <translation>用特大字顯示目前的句子</translation>
    </message>
    <message>
        <source>大字幕</source>
        <translation>大字幕</translation>
    </message>
    <message>
        <source>第 {page}/{pages} 部分</source>
        <translation>第 {page}/{pages} 部分</translation>
    </message>
    <message>
        <source>朗读(&amp;R)</source>
        <translation>朗讀(&amp;R)</translation>
    </message>
    <message>
        <source>连读、指读、暂停、停止、语速、音量、嗓音、导出音频</source>
        <translation>連讀、指讀、暫停、停止、語速、音量、嗓音、匯出音訊</translation>
    </message>
    <message>
        <source>暂停/继续(&amp;U)</source>
        <translation>暫停/繼續(&amp;U)</translation>
    </message>
    <message>
        <source>在句子中间暂停，再从停下处继续</source>
        <translation>在句子中間暫停，再從停下處繼續</translation>
    </message>
    <message>
        <source>停止朗读(&amp;T)</source>
        <translation>停止朗讀(&amp;T)</translation>
    </message>
    <message>
        <source>立即停止发声</source>
        <translation>立即停止發聲</translation>
    </message>
    <message>
        <source>朗读选中内容(&amp;L)</source>
        <translation>朗讀選取內容(&amp;L)</translation>
    </message>
    <message>
        <source>只读选中的文字</source>
        <translation>只讀選取的文字</translation>
    </message>
    <message>
        <source>下一句(&amp;N)</source>
        <translation>下一句(&amp;N)</translation>
    </message>
    <message>
        <source>跳到下一句朗读</source>
        <translation>跳到下一句朗讀</translation>
    </message>
    <message>
        <source>上一句(&amp;B)</source>
        <translation>上一句(&amp;B)</translation>
    </message>
    <message>
        <source>跳到上一句朗读</source>
        <translation>跳到上一句朗讀</translation>
    </message>
    <message>
        <source>下一段(&amp;D)</source>
        <translation>下一段(&amp;D)</translation>
    </message>
    <message>
        <source>跳到下一段朗读</source>
        <translation>跳到下一段朗讀</translation>
    </message>
    <message>
        <source>上一段(&amp;G)</source>
        <translation>上一段(&amp;G)</translation>
    </message>
    <message>
        <source>跳到上一段朗读</source>
        <translation>跳到上一段朗讀</translation>
    </message>
    <message>
        <source>导出音频(&amp;E)…</source>
        <translation>匯出音訊(&amp;E)…</translation>
    </message>
    <message>
        <source>把文章朗读成 WAV 或 MP3 文件</source>
        <translation>把文章朗讀成 WAV 或 MP3 檔案</translation>
    </message>
    <message>
        <source>标题前提示(&amp;H)</source>
        <translation>標題前提示(&amp;H)</translation>
    </message>
    <message>
        <source>朗读时在每个标题前先说“标题”</source>
        <translation>朗讀時在每個標題前先說「標題」</translation>
    </message>
    <message>
        <source>逐词高亮(&amp;W)</source>
        <translation>逐詞標示(&amp;W)</translation>
    </message>
    <message>
        <source>在朗读的句子中标出正在读的词</source>
        <translation>在朗讀的句子中標出正在讀的詞</translation>
    </message>
    <message>
        <source>嗓音(&amp;V)</source>
        <translation>嗓音(&amp;V)</translation>
    </message>
    <message>
        <source>普通话、粤语等朗读嗓音</source>
        <translation>普通話、粵語等朗讀嗓音</translation>
    </message>
    <message>
        <source>音量(&amp;O)</source>
        <translation>音量(&amp;O)</translation>
    </message>
    <message>
        <source>朗读的音量</source>
        <translation>朗讀的音量</translation>
    </message>
    <message>
        <source>语速(&amp;E)</source>
        <translation>語速(&amp;E)</translation>
    </message>
    <message>
        <source>朗读的快慢</source>
        <translation>朗讀的快慢</translation>
    </message>
    <message>
        <source>语音确认(&amp;C)</source>
        <translation>語音確認(&amp;C)</translation>
    </message>
    <message>
        <source>切换开关时读出新状态</source>
        <translation>切換開關時讀出新狀態</translation>
    </message>
    <message>
        <source>自动(&amp;A)</source>
        <translation>自動(&amp;A)</translation>
    </message>
    <message>
        <source>总是读出(&amp;Y)</source>
        <translation>總是讀出(&amp;Y)</translation>
    </message>
    <message>
        <source>从不读出(&amp;N)</source>
        <translation>從不讀出(&amp;N)</translation>
    </message>
    <message>
        <source>切换开关时是否读出新状态</source>
        <translation>切換開關時是否讀出新狀態</translation>
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
        <source>嗓音：{voice}</source>
        <translation>嗓音：{voice}</translation>
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
        <source>语速：慢</source>
        <translation>語速：慢</translation>
    </message>
    <message>
        <source>语速：正常</source>
        <translation>語速：正常</translation>
    </message>
    <message>
        <source>语速：快</source>
        <translation>語速：快</translation>
    </message>
    <message>
        <source>语速：很快</source>
        <translation>語速：很快</translation>
    </message>
    <message>
        <source>每分钟约 {wpm} 字</source>
        <translation>每分鐘約 {wpm} 字</translation>
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
        <translation>{label}已開啟</translation>
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
        <translation>朗讀引擎無法啟動，朗讀時不會發聲：{reason}</translation>
    </message>
    <message>
        <source>没有找到声音设备：朗读不会发声，只按语速逐句高亮。</source>
        <translation>沒有找到聲音裝置：朗讀不會發聲，只按語速逐句標示。</translation>
    </message>
    <message>
        <source>声音已关闭：先打开“声音”再朗读。</source>
        <translation>聲音已關閉：先開啟「聲音」再朗讀。</translation>
    </message>
    <message>
        <source>没有可以朗读的文字。</source>
        <translation>沒有可以朗讀的文字。</translation>
    </message>
    <message>
        <source>没有选中的文字：先用 Shift 加方向键选中要读的文字。</source>
        <translation>沒有選取的文字：先用 Shift 加方向鍵選取要讀的文字。</translation>
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
        <translation>匯出音訊</translation>
    </message>
    <message>
        <source>WAV 音频 (*.wav);;MP3 音频 (*.mp3)</source>
        <translation>WAV 音訊 (*.wav);;MP3 音訊 (*.mp3)</translation>
    </message>
    <message>
        <source>正在朗读成音频：第 {done} 段，共 {total} 段</source>
        <translation>正在朗讀成音訊：第 {done} 段，共 {total} 段</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>已导出音频 {path}（{minutes} 分 {seconds} 秒）</source>
        <translation>已匯出音訊 {path}（{minutes} 分 {seconds} 秒）</translation>
    </message>
    <message numerus="yes">
        <source>；%n 句无法朗读，已跳过</source>
        <translation>
            <numerusform>；%n 句無法朗讀，已跳過</numerusform>
        </translation>
    </message>
    <message>
        <source>无法导出音频 {path}：{reason}</source>
        <translation>無法匯出音訊 {path}：{reason}</translation>
    </message>
    <message>
        <source>已取消导出音频，没有写入文件。</source>
        <translation>已取消匯出音訊，沒有寫入檔案。</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>无障碍检查(&amp;Y)</source>
        <translation>無障礙檢查(&amp;Y)</translation>
    </message>
    <message>
        <source>检查这个网页哪些地方不符合无障碍规则</source>
        <translation>檢查這個網頁哪些地方不符合無障礙規則</translation>
    </message>
    <message>
        <source>失败、无法判断和通过的数目</source>
        <translation>失敗、無法判斷和通過的數目</translation>
    </message>
    <message>
        <source>检查结果摘要</source>
        <translation>檢查結果摘要</translation>
    </message>
    <message>
        <source>只列出某一 WCAG 级别的规则</source>
        <translation>只列出某一 WCAG 級別的規則</translation>
    </message>
    <message>
        <source>按级别筛选</source>
        <translation>按級別篩選</translation>
    </message>
    <message>
        <source>所有级别</source>
        <translation>所有級別</translation>
    </message>
    <message>
        <source>{level} 级</source>
        <translation>{level} 級</translation>
    </message>
    <message>
        <source>只列出一条规则的结果</source>
        <translation>只列出一條規則的結果</translation>
    </message>
    <message>
        <source>按规则筛选</source>
        <translation>按規則篩選</translation>
    </message>
    <message>
        <source>所有规则</source>
        <translation>所有規則</translation>
    </message>
    <message>
        <source>也列出通过的检查(&amp;P)</source>
        <translation>也列出通過的檢查(&amp;P)</translation>
    </message>
    <message>
        <source>默认只列出失败和无法判断的</source>
        <translation>預設只列出失敗和無法判斷的</translation>
    </message>
    <message>
        <source>最严重的在前；选中一项查看说明</source>
        <translation>最嚴重的在前；選取一項檢視說明</translation>
    </message>
    <message>
        <source>检查结果列表</source>
        <translation>檢查結果清單</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>元素</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>元素、原因和修改方法</source>
        <translation>元素、原因和修改方法</translation>
    </message>
    <message>
        <source>检查结果说明</source>
        <translation>檢查結果說明</translation>
    </message>
    <message>
        <source>重新检查(&amp;R)</source>
        <translation>重新檢查(&amp;R)</translation>
    </message>
    <message>
        <source>再检查一遍这个网页</source>
        <translation>再檢查一遍這個網頁</translation>
    </message>
    <message>
        <source>导出报告(&amp;E)…</source>
        <translation>匯出報告(&amp;E)…</translation>
    </message>
    <message>
        <source>保存为 HTML、JSON、CSV 或文本</source>
        <translation>儲存為 HTML、JSON、CSV 或純文字</translation>
    </message>
    <message>
        <source>HTML 报告 (*.html);;JSON (*.json);;CSV 表格 (*.csv);;文本 (*.txt)</source>
        <translation>HTML 報告 (*.html);;JSON (*.json);;CSV 表格 (*.csv);;文字檔 (*.txt)</translation>
    </message>
    <message>
        <source>正在检查 {name}…</source>
        <translation>正在檢查 {name}…</translation>
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
        <translation>這個元素不在文章正文裡，閱讀區中沒有它。</translation>
    </message>
    <message>
        <source>已在阅读区选中这个元素的文字。</source>
        <translation>已在閱讀區選取這個元素的文字。</translation>
    </message>
    <message>
        <source>先打开一个保存的网页，再做无障碍检查。</source>
        <translation>先開啟一個儲存的網頁，再做無障礙檢查。</translation>
    </message>
    <message>
        <source>无法保存报告 {path}：{reason}</source>
        <translation>無法儲存報告 {path}：{reason}</translation>
    </message>
    <message>
        <source>已保存报告 {path}</source>
        <translation>已儲存報告 {path}</translation>
    </message>
    <message>
        <source>失败</source>
        <extracomment>An outcome of an accessibility check.</extracomment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>无法判断</source>
        <extracomment>An outcome of an accessibility check.</extracomment>
        <translation>無法判斷</translation>
    </message>
    <message>
        <source>通过</source>
        <extracomment>An outcome of an accessibility check.</extracomment>
        <translation>通過</translation>
    </message>
    <message>
        <source>不适用</source>
        <extracomment>An outcome of an accessibility check: nothing to check.</extracomment>
        <translation>不適用</translation>
    </message>
    <message>
        <source>无法读取</source>
        <extracomment>A page that could not be read, so was not checked.</extracomment>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>zh-CN</source>
        <extracomment>The BCP 47 tag of this interface's language (zh-TW, en…), written into exported reports.</extracomment>
        <translation>zh-TW</translation>
    </message>
    <message>
        <source>无障碍检查报告</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>無障礙檢查報告</translation>
    </message>
    <message>
        <source>跳到报告正文</source>
        <extracomment>In an accessibility report exported from the window. A link that skips the page's header.</extracomment>
        <translation>跳到報告正文</translation>
    </message>
    <message>
        <source>总览</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>總覽</translation>
    </message>
    <message>
        <source>检查结果总数</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>檢查結果總數</translation>
    </message>
    <message>
        <source>项目</source>
        <extracomment>In an accessibility report exported from the window. A column of the totals table.</extracomment>
        <translation>項目</translation>
    </message>
    <message>
        <source>数量</source>
        <extracomment>In an accessibility report exported from the window. A column of the totals table.</extracomment>
        <translation>數量</translation>
    </message>
    <message>
        <source>检查的页面</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>檢查的頁面</translation>
    </message>
    <message>
        <source>有失败项的页面</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>有失敗項目的頁面</translation>
    </message>
    <message>
        <source>无法读取的页面</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>無法讀取的頁面</translation>
    </message>
    <message>
        <source>“不适用”计的是页面上没有适用元素的规则。</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>「不適用」計算的是頁面上沒有適用元素的規則。</translation>
    </message>
    <message>
        <source>按规则</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>按規則</translation>
    </message>
    <message>
        <source>每条规则在多少页面上的结果</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>每條規則在多少頁面上的結果</translation>
    </message>
    <message>
        <source>失败的元素</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>失敗的元素</translation>
    </message>
    <message>
        <source>按页面</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>按頁面</translation>
    </message>
    <message>
        <source>每个页面的结果（元素数）</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>每個頁面的結果（元素數）</translation>
    </message>
    <message>
        <source>页面</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>頁面</translation>
    </message>
    <message>
        <source>页面标题：</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>頁面標題：</translation>
    </message>
    <message>
        <source>没有失败或无法判断的项目。</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>沒有失敗或無法判斷的項目。</translation>
    </message>
    <message>
        <source>注：{note}</source>
        <extracomment>In an accessibility report exported from the window. {note}: something that limited the check.</extracomment>
        <translation>註：{note}</translation>
    </message>
    <message>
        <source>说明</source>
        <extracomment>In an accessibility report exported from the window. What a finding says.</extracomment>
        <translation>說明</translation>
    </message>
    <message>
        <source>代码</source>
        <extracomment>In an accessibility report exported from the window. The element's HTML.</extracomment>
        <translation>原始碼</translation>
    </message>
    <message>
        <source>文字</source>
        <extracomment>In an accessibility report exported from the window. The element's text.</extracomment>
        <translation>文字</translation>
    </message>
    <message>
        <source>标准</source>
        <extracomment>In an accessibility report exported from the window. WCAG, GB/T 37668 and ACT.</extracomment>
        <translation>標準</translation>
    </message>
    <message>
        <source>为什么重要</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>為什麼重要</translation>
    </message>
    <message>
        <source>怎样修改</source>
        <extracomment>In an accessibility report exported from the window.</extracomment>
        <translation>怎樣修改</translation>
    </message>
    <message>
        <source>无障碍检查：检查了 {pages} 页，{failed} 页有失败项，{unreadable} 页无法读取</source>
        <extracomment>In an accessibility report exported from the window. (as text) {pages}, {failed}, {unreadable}: numbers of pages.</extracomment>
        <translation>無障礙檢查：檢查了 {pages} 頁，{failed} 頁有失敗項目，{unreadable} 頁無法讀取</translation>
    </message>
    <message>
        <source>按规则（页面：失败 / 无法判断 / 通过；失败的元素）</source>
        <extracomment>In an accessibility report exported from the window. (as text) The heading of the table of rules and its columns.</extracomment>
        <translation>按規則（頁面：失敗 / 無法判斷 / 通過；失敗的元素）</translation>
    </message>
</context>
<context>
    <name>CheckRules</name>
    <message>
        <source>页面声明语言</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>頁面宣告語言</translation>
    </message>
    <message>
        <source>读屏软件按页面声明的语言选择发音；没有声明时，中文可能被当作英文逐字母朗读。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>螢幕閱讀器按頁面宣告的語言選擇發音；沒有宣告時，中文可能被當作英文逐字母朗讀。</translation>
    </message>
    <message>
        <source>在 &lt;html&gt; 上写 lang="zh-CN"（或页面实际的语言）。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>在 &lt;html&gt; 上寫 lang="zh-TW"（或頁面實際的語言）。</translation>
    </message>
    <message>
        <source>页面语言代码有效</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>頁面語言代碼有效</translation>
    </message>
    <message>
        <source>语言代码写错时，读屏软件无法识别，只能用默认语音朗读。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>語言代碼寫錯時，螢幕閱讀器無法辨識，只能用預設語音朗讀。</translation>
    </message>
    <message>
        <source>使用有效的 BCP 47 语言代码，如 zh、zh-CN、zh-Hans、en。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>使用有效的 BCP 47 語言代碼，如 zh、zh-TW、zh-Hant、en。</translation>
    </message>
    <message>
        <source>页面有标题</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>頁面有標題</translation>
    </message>
    <message>
        <source>页面标题是读屏用户打开页面时首先听到的内容，也显示在标签页和收藏夹里。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>頁面標題是螢幕閱讀器使用者開啟頁面時最先聽到的內容，也會顯示在分頁和書籤裡。</translation>
    </message>
    <message>
        <source>在 &lt;head&gt; 中加入描述页面内容的 &lt;title&gt;。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>在 &lt;head&gt; 中加入描述頁面內容的 &lt;title&gt;。</translation>
    </message>
    <message>
        <source>图片有替代文本</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>圖片有替代文字</translation>
    </message>
    <message>
        <source>看不见图片的读者只能听到替代文本；没有替代文本时，读屏软件会读出文件名或直接跳过。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>看不見圖片的讀者只能聽到替代文字；沒有替代文字時，螢幕閱讀器會讀出檔名或直接跳過。</translation>
    </message>
    <message>
        <source>给 &lt;img&gt; 加上说明图片内容的 alt；纯装饰图片用 alt=""。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>給 &lt;img&gt; 加上說明圖片內容的 alt；純裝飾圖片用 alt=""。</translation>
    </message>
    <message>
        <source>图片替代文本有意义</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>圖片的替代文字有意義</translation>
    </message>
    <message>
        <source>“图片”“照片”或“IMG_0001.jpg”这样的替代文本没有告诉读者图片的内容。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site. The quoted words are examples of useless alternatives, in the reader's language.</extracomment>
        <translation>「圖片」「照片」或「IMG_0001.jpg」這樣的替代文字沒有告訴讀者圖片的內容。</translation>
    </message>
    <message>
        <source>把 alt 改为描述图片内容或作用的文字。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>把 alt 改為描述圖片內容或作用的文字。</translation>
    </message>
    <message>
        <source>链接有名称</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>連結有名稱</translation>
    </message>
    <message>
        <source>没有文字的链接（例如只有一张无 alt 的图片）在读屏软件中只读出“链接”，读者不知道它通向哪里。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>沒有文字的連結（例如只有一張沒有 alt 的圖片）在螢幕閱讀器中只會讀出「連結」，讀者不知道它通往哪裡。</translation>
    </message>
    <message>
        <source>给链接加上文字，或给其中的图片加上 alt，或使用 aria-label。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>給連結加上文字，或給其中的圖片加上 alt，或使用 aria-label。</translation>
    </message>
    <message>
        <source>链接文字不是“点击这里”“更多”</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>連結文字不只是「點這裡」「更多」</translation>
    </message>
    <message>
        <source>读屏用户常常浏览链接列表；一串“更多”“点击这里”无法分辨。链接所在的句子或列表项能说明用途时，可以满足 2.4.4（需人工确认）。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site. 2.4.4 is a WCAG success criterion.</extracomment>
        <translation>螢幕閱讀器使用者常常瀏覽連結清單；一串「更多」「點這裡」無從分辨。連結所在的句子或清單項目能說明用途時，可以符合 2.4.4（需人工確認）。</translation>
    </message>
    <message>
        <source>把链接文字写成目的地，如“更多通知公告”；或用 aria-label 补充。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>把連結文字寫成目的地，如「更多通知公告」；或用 aria-label 補充。</translation>
    </message>
    <message>
        <source>按钮有名称</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>按鈕有名稱</translation>
    </message>
    <message>
        <source>没有名称的按钮在读屏软件中只读出“按钮”，读者不知道按下会发生什么。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>沒有名稱的按鈕在螢幕閱讀器中只會讀出「按鈕」，讀者不知道按下會發生什麼事。</translation>
    </message>
    <message>
        <source>给按钮加上文字、value 或 aria-label。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>給按鈕加上文字、value 或 aria-label。</translation>
    </message>
    <message>
        <source>图片按钮有名称</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>圖片按鈕有名稱</translation>
    </message>
    <message>
        <source>&lt;input type="image"&gt; 按钮没有 alt 时，读者不知道它的作用。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>&lt;input type="image"&gt; 按鈕沒有 alt 時，讀者不知道它的作用。</translation>
    </message>
    <message>
        <source>给图片按钮加上说明作用的 alt，如“搜索”。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>給圖片按鈕加上說明作用的 alt，如「搜尋」。</translation>
    </message>
    <message>
        <source>表单字段有标签</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>表單欄位有標籤</translation>
    </message>
    <message>
        <source>没有标签的输入框，读屏用户听不到应当填写什么。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>沒有標籤的輸入框，螢幕閱讀器使用者聽不到應該填寫什麼。</translation>
    </message>
    <message>
        <source>用 &lt;label for="…"&gt; 关联标签，或使用 aria-label / aria-labelledby。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>用 &lt;label for="…"&gt; 關聯標籤，或使用 aria-label / aria-labelledby。</translation>
    </message>
    <message>
        <source>标题不为空</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does. A heading of the page (h1–h6), not the page's title.</extracomment>
        <translation>標題不為空</translation>
    </message>
    <message>
        <source>读屏用户按标题跳读页面；空标题会被读成“标题”，打断浏览。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>螢幕閱讀器使用者按標題跳讀頁面；空標題只會被讀成「標題」，打斷瀏覽。</translation>
    </message>
    <message>
        <source>删除空标题，或给它写上文字。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>刪除空標題，或給它寫上文字。</translation>
    </message>
    <message>
        <source>标题层级不跳级</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>標題層級不跳級</translation>
    </message>
    <message>
        <source>标题层级表示文章结构；从 h2 直接跳到 h4，读者会以为漏掉了一节。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>標題層級表示文章結構；從 h2 直接跳到 h4，讀者會以為漏掉了一節。</translation>
    </message>
    <message>
        <source>按结构使用连续的标题级别（h1 → h2 → h3）。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>按結構使用連續的標題級別（h1 → h2 → h3）。</translation>
    </message>
    <message>
        <source>表格 headers 属性指向本表的表头</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>表格 headers 屬性指向本表的表頭</translation>
    </message>
    <message>
        <source>headers 属性指错时，读屏软件读出错误的表头或不读表头。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>headers 屬性指錯時，螢幕閱讀器會讀出錯誤的表頭或不讀表頭。</translation>
    </message>
    <message>
        <source>让 headers 中的每个 id 都指向同一表格中的其他表头单元格。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>讓 headers 中的每個 id 都指向同一表格中的其他表頭儲存格。</translation>
    </message>
    <message>
        <source>表头单元格有对应的数据</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>表頭儲存格有對應的資料</translation>
    </message>
    <message>
        <source>没有数据的表头会让读屏软件把表格结构读错。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>沒有資料的表頭會讓螢幕閱讀器把表格結構讀錯。</translation>
    </message>
    <message>
        <source>删去多余的表头，或把只用于排版的 &lt;th&gt; 改为 &lt;td&gt;。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>刪去多餘的表頭，或把只用於排版的 &lt;th&gt; 改為 &lt;td&gt;。</translation>
    </message>
    <message>
        <source>文字对比度足够</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>文字對比度足夠</translation>
    </message>
    <message>
        <source>低视力和年长读者看不清对比度低的文字；正文至少 4.5:1，大字至少 3:1。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>低視力和年長的讀者看不清對比度低的文字；正文至少 4.5:1，大字至少 3:1。</translation>
    </message>
    <message>
        <source>加深文字颜色或调整背景色，使对比度达到要求。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>加深文字顏色或調整背景色，使對比度達到要求。</translation>
    </message>
    <message>
        <source>页面不定时刷新或跳转</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>頁面不會定時重新整理或重新導向</translation>
    </message>
    <message>
        <source>定时刷新会打断正在阅读或收听的读者，把他们带离页面。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>定時重新整理會打斷正在閱讀或收聽的讀者，把他們帶離頁面。</translation>
    </message>
    <message>
        <source>删去 &lt;meta http-equiv=refresh&gt;，需要跳转时在服务器端立即跳转。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>刪去 &lt;meta http-equiv=refresh&gt;，需要重新導向時在伺服器端立即導向。</translation>
    </message>
    <message>
        <source>页面完全没有定时刷新</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>頁面完全沒有定時重新整理</translation>
    </message>
    <message>
        <source>即使延迟超过 20 小时，自动刷新也不受读者控制（AAA）。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site. AAA is a WCAG level.</extracomment>
        <translation>即使延遲超過 20 小時，自動重新整理也不受讀者控制（AAA）。</translation>
    </message>
    <message>
        <source>删去定时刷新，或只在延迟为 0 时立即跳转。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>刪去定時重新整理，或只在延遲為 0 時立即重新導向。</translation>
    </message>
    <message>
        <source>页面允许缩放</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>頁面允許縮放</translation>
    </message>
    <message>
        <source>禁止缩放（user-scalable=no 或 maximum-scale 过小）时，低视力读者在手机上无法放大文字。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>禁止縮放（user-scalable=no 或 maximum-scale 過小）時，低視力讀者在手機上無法放大文字。</translation>
    </message>
    <message>
        <source>从 viewport 中删去 user-scalable=no，maximum-scale 不小于 2。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>從 viewport 中刪去 user-scalable=no，maximum-scale 不小於 2。</translation>
    </message>
    <message>
        <source>音视频不自动播放声音</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>影音不會自動播放聲音</translation>
    </message>
    <message>
        <source>自动播放的声音会盖过读屏软件的朗读，读者听不清也难以找到停止按钮。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>自動播放的聲音會蓋過螢幕閱讀器的朗讀，讀者聽不清楚，也難以找到停止按鈕。</translation>
    </message>
    <message>
        <source>去掉 autoplay，或静音（muted）并提供控件。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>去掉 autoplay，或設為靜音（muted）並提供控制項。</translation>
    </message>
    <message>
        <source>aria-hidden 内没有可聚焦内容</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>aria-hidden 內沒有可聚焦內容</translation>
    </message>
    <message>
        <source>键盘可以进入 aria-hidden 的区域，但读屏软件读不出那里的内容，读者会“失去焦点”。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>鍵盤可以進入 aria-hidden 的區域，但螢幕閱讀器讀不出那裡的內容，讀者會「失去焦點」。</translation>
    </message>
    <message>
        <source>去掉 aria-hidden，或给其中的链接和控件加 tabindex="-1" / disabled。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>去掉 aria-hidden，或給其中的連結和控制項加上 tabindex="-1" / disabled。</translation>
    </message>
    <message>
        <source>内嵌框架有名称</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>內嵌框架有名稱</translation>
    </message>
    <message>
        <source>读屏软件用 title 说明内嵌框架的内容；没有时读者不知道框架里是什么。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>螢幕閱讀器用 title 說明內嵌框架的內容；沒有 title 時，讀者不知道框架裡是什麼。</translation>
    </message>
    <message>
        <source>给 &lt;iframe&gt; 加上说明内容的 title。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>給 &lt;iframe&gt; 加上說明內容的 title。</translation>
    </message>
    <message>
        <source>ARIA 引用的 id 唯一</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>ARIA 引用的 id 唯一</translation>
    </message>
    <message>
        <source>aria-labelledby、label for 等按 id 关联；同一 id 出现两次时，读屏软件可能读出错误的标签。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>aria-labelledby、label for 等按 id 關聯；同一 id 出現兩次時，螢幕閱讀器可能讀出錯誤的標籤。</translation>
    </message>
    <message>
        <source>让被引用的 id 在页面中只出现一次。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>讓被引用的 id 在頁面中只出現一次。</translation>
    </message>
    <message>
        <source>有“无障碍”或“关怀版”入口</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does. 关怀版 is the elder-care mode of a Chinese government site.</extracomment>
        <translation>有「無障礙」或「關懷版」入口</translation>
    </message>
    <message>
        <source>政府网站的适老化和无障碍改造要求在页面显著位置提供无障碍或关怀版入口（门户要求，不属于 WCAG）。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>中國大陸政府網站的適老化與無障礙改造規定，要求在頁面明顯位置提供無障礙或關懷版入口（入口網站規定，不屬於 WCAG）。</translation>
    </message>
    <message>
        <source>在页头加入“无障碍”和“关怀版”链接。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>在頁首加入「無障礙」和「關懷版」連結。</translation>
    </message>
    <message>
        <source>没有隐藏的外部链接</source>
        <extracomment>The title of an accessibility check rule: what a page that passes it does.</extracomment>
        <translation>沒有隱藏的外部連結</translation>
    </message>
    <message>
        <source>被移出屏幕或隐藏的外部链接常是网站被入侵后植入的广告（如棋牌、博彩）；读屏软件可能读出它们。</source>
        <extracomment>Why an accessibility rule matters, for the staff who maintain a web site.</extracomment>
        <translation>被移出螢幕或隱藏的外部連結，常是網站被入侵後植入的廣告（如棋牌、賭博）；螢幕閱讀器仍可能讀出它們。</translation>
    </message>
    <message>
        <source>删除这些链接并检查网站是否被入侵。</source>
        <extracomment>How to fix a page that fails an accessibility rule; HTML names stay as they are.</extracomment>
        <translation>刪除這些連結並檢查網站是否被入侵。</translation>
    </message>
    <message>
        <source>、</source>
        <extracomment>Between the items of a list in a finding's message (ids named by a headers attribute).</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>可感知性</source>
        <extracomment>A goal of GB/T 37668-2019 (WCAG's principle Perceivable).</extracomment>
        <translation>可感知性</translation>
    </message>
    <message>
        <source>可操作性</source>
        <extracomment>A goal of GB/T 37668-2019 (WCAG's principle Operable).</extracomment>
        <translation>可操作性</translation>
    </message>
    <message>
        <source>可理解性</source>
        <extracomment>A goal of GB/T 37668-2019 (WCAG's principle Understandable).</extracomment>
        <translation>可理解性</translation>
    </message>
    <message>
        <source>兼容性</source>
        <extracomment>A goal of GB/T 37668-2019 (WCAG's principle Robust).</extracomment>
        <translation>相容性</translation>
    </message>
    <message>
        <source>lang="{value}"</source>
        <extracomment>{value}: the value written in the page, as it is.</extracomment>
        <translation>lang="{value}"</translation>
    </message>
    <message>
        <source>&lt;html&gt; 没有 lang 属性或为空。</source>
        <translation>&lt;html&gt; 沒有 lang 屬性或為空。</translation>
    </message>
    <message>
        <source>“{value}”有效。</source>
        <extracomment>{value}: the page's language tag.</extracomment>
        <translation>「{value}」有效。</translation>
    </message>
    <message>
        <source>“{value}”不是有效的语言代码。</source>
        <extracomment>{value}: the page's language tag.</extracomment>
        <translation>「{value}」不是有效的語言代碼。</translation>
    </message>
    <message>
        <source>页面没有 &lt;title&gt;。</source>
        <translation>頁面沒有 &lt;title&gt;。</translation>
    </message>
    <message>
        <source>标题：{title}</source>
        <extracomment>{title}: the page's &lt;title&gt;, shortened.</extracomment>
        <translation>標題：{title}</translation>
    </message>
    <message>
        <source>&lt;title&gt; 是空的。</source>
        <translation>&lt;title&gt; 是空的。</translation>
    </message>
    <message>
        <source>延迟 {delay} 秒。</source>
        <extracomment>{delay}: seconds before a page refreshes.</extracomment>
        <translation>延遲 {delay} 秒。</translation>
    </message>
    <message>
        <source>页面在 {delay} 秒后自动刷新或跳转。</source>
        <extracomment>{delay}: seconds before the page refreshes.</extracomment>
        <translation>頁面在 {delay} 秒後自動重新整理或重新導向。</translation>
    </message>
    <message>
        <source>立即跳转。</source>
        <extracomment>A page that redirects at once, with no delay.</extracomment>
        <translation>立即重新導向。</translation>
    </message>
    <message>
        <source>禁止了缩放（user-scalable）。</source>
        <translation>禁止了縮放（user-scalable）。</translation>
    </message>
    <message>
        <source>最大缩放 {maximum} 小于 2。</source>
        <extracomment>{maximum}: the viewport's maximum-scale, as written.</extracomment>
        <translation>最大縮放 {maximum} 小於 2。</translation>
    </message>
    <message>
        <source>禁止了缩放（user-scalable）；最大缩放 {maximum} 小于 2。</source>
        <extracomment>{maximum}: the viewport's maximum-scale, as written.</extracomment>
        <translation>禁止了縮放（user-scalable）；最大縮放 {maximum} 小於 2。</translation>
    </message>
    <message>
        <source>允许缩放。</source>
        <translation>允許縮放。</translation>
    </message>
    <message>
        <source>找到入口：{label}</source>
        <extracomment>{label}: the words of the accessibility or elder-care link found.</extracomment>
        <translation>找到入口：{label}</translation>
    </message>
    <message>
        <source>没有看到入口，但页面加载了无障碍工具条脚本，入口可能由脚本生成。</source>
        <translation>沒有看到入口，但頁面載入了無障礙工具列的指令碼，入口可能由指令碼產生。</translation>
    </message>
    <message>
        <source>页面上没有“无障碍”或“关怀版”入口。</source>
        <translation>頁面上沒有「無障礙」或「關懷版」入口。</translation>
    </message>
    <message>
        <source>隐藏的链接指向本站。</source>
        <translation>隱藏的連結指向本站。</translation>
    </message>
    <message>
        <source>隐藏的外部链接“{text}”指向 {host}，可能是被植入的垃圾链接。</source>
        <extracomment>{text}: the link's text; {host}: the other site's host name.</extracomment>
        <translation>隱藏的外部連結「{text}」指向 {host}，可能是被植入的垃圾連結。</translation>
    </message>
    <message>
        <source>名称：{name}</source>
        <extracomment>{name}: the element's accessible name, as found in the page.</extracomment>
        <translation>名稱：{name}</translation>
    </message>
    <message>
        <source>图片没有名称。</source>
        <translation>圖片沒有名稱。</translation>
    </message>
    <message>
        <source>链接没有名称。</source>
        <translation>連結沒有名稱。</translation>
    </message>
    <message>
        <source>按钮没有名称。</source>
        <translation>按鈕沒有名稱。</translation>
    </message>
    <message>
        <source>图片按钮没有名称。</source>
        <translation>圖片按鈕沒有名稱。</translation>
    </message>
    <message>
        <source>表单字段没有名称。</source>
        <translation>表單欄位沒有名稱。</translation>
    </message>
    <message>
        <source>内嵌框架没有名称。</source>
        <translation>內嵌框架沒有名稱。</translation>
    </message>
    <message>
        <source>标题没有名称。</source>
        <extracomment>A heading of the page (h1–h6).</extracomment>
        <translation>標題沒有名稱。</translation>
    </message>
    <message>
        <source>标为装饰图片。</source>
        <translation>標為裝飾圖片。</translation>
    </message>
    <message>
        <source>替代文本“{alt}”没有说明图片内容。</source>
        <extracomment>{alt}: the image's alt text, as found in the page.</extracomment>
        <translation>替代文字「{alt}」沒有說明圖片內容。</translation>
    </message>
    <message>
        <source>替代文本“{alt}”是文件名。</source>
        <extracomment>{alt}: the image's alt text, as found in the page.</extracomment>
        <translation>替代文字「{alt}」是檔名。</translation>
    </message>
    <message>
        <source>替代文本：{alt}</source>
        <extracomment>{alt}: the image's alt text, as found in the page.</extracomment>
        <translation>替代文字：{alt}</translation>
    </message>
    <message>
        <source>链接只写“{name}”；请确认上下文（{context}）能说明它通向哪里。</source>
        <extracomment>{name}: the link's text; {context}: the start of the sentence or list item around it.</extracomment>
        <translation>連結只寫「{name}」；請確認前後文（{context}）能說明它通往哪裡。</translation>
    </message>
    <message>
        <source>链接只写“{name}”；请确认上下文（说明）能说明它通向哪里。</source>
        <extracomment>{name}: the link's text. The link has a description (title, aria-describedby) to check.</extracomment>
        <translation>連結只寫「{name}」；請確認前後文（說明）能說明它通往哪裡。</translation>
    </message>
    <message>
        <source>链接只写“{name}”，周围也没有说明它通向哪里的文字。</source>
        <extracomment>{name}: the link's text.</extracomment>
        <translation>連結只寫「{name}」，周圍也沒有說明它通往哪裡的文字。</translation>
    </message>
    <message>
        <source>标题从 {previous} 级跳到 {level} 级。</source>
        <extracomment>{previous}, {level}: heading levels (1 to 6).</extracomment>
        <translation>標題從 {previous} 級跳到 {level} 級。</translation>
    </message>
    <message>
        <source>{level} 级标题。</source>
        <extracomment>{level}: a heading level (1 to 6).</extracomment>
        <translation>{level} 級標題。</translation>
    </message>
    <message>
        <source>表头有对应数据。</source>
        <translation>表頭有對應資料。</translation>
    </message>
    <message>
        <source>这个表头下面（或这一行）没有数据单元格。</source>
        <translation>這個表頭下面（或這一列）沒有資料儲存格。</translation>
    </message>
    <message>
        <source>headers 中的 {ids} 不是本表格中的其他单元格。</source>
        <extracomment>{ids}: the ids the headers attribute names, already joined by the list separator.</extracomment>
        <translation>headers 中的 {ids} 不是本表格中的其他儲存格。</translation>
    </message>
    <message>
        <source>headers 正确。</source>
        <extracomment>headers is an HTML attribute.</extracomment>
        <translation>headers 正確。</translation>
    </message>
    <message>
        <source>aria-hidden 区域中的 &lt;{tag}&gt; 可聚焦，但脚本可能会把焦点移走。</source>
        <extracomment>{tag}: an HTML tag name.</extracomment>
        <translation>aria-hidden 區域中的 &lt;{tag}&gt; 可聚焦，但指令碼可能會把焦點移走。</translation>
    </message>
    <message>
        <source>其中没有可聚焦内容。</source>
        <translation>其中沒有可聚焦內容。</translation>
    </message>
    <message>
        <source>aria-hidden 区域中的 &lt;{tag}&gt; 可以用 Tab 键到达。</source>
        <extracomment>{tag}: an HTML tag name.</extracomment>
        <translation>aria-hidden 區域中的 &lt;{tag}&gt; 可以用 Tab 鍵到達。</translation>
    </message>
    <message>
        <source>id “{id}”唯一。</source>
        <extracomment>{id}: an id used in the page.</extracomment>
        <translation>id「{id}」是唯一的。</translation>
    </message>
    <message numerus="yes">
        <source>被引用的 id “{id}”出现了 %n 次。</source>
        <extracomment>{id}: an id used in the page.</extracomment>
        <translation>
            <numerusform>被引用的 id「{id}」出現了 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>有播放控件可停止声音。</source>
        <translation>有播放控制項可以停止聲音。</translation>
    </message>
    <message>
        <source>只播放 {seconds} 秒。</source>
        <extracomment>{seconds}: the clip's length.</extracomment>
        <translation>只播放 {seconds} 秒。</translation>
    </message>
    <message>
        <source>自动播放；附近有自制按钮，请确认能停止或静音。</source>
        <translation>自動播放；附近有自製按鈕，請確認它們能停止播放或靜音。</translation>
    </message>
    <message>
        <source>自动播放声音且没有停止或静音的控件。</source>
        <translation>自動播放聲音，且沒有停止或靜音的控制項。</translation>
    </message>
    <message>
        <source>不是文字内容（符号或图标）。</source>
        <translation>不是文字內容（符號或圖示）。</translation>
    </message>
    <message>
        <source>无法确定颜色（{value}）。</source>
        <extracomment>{value}: the CSS value the check could not work out.</extracomment>
        <translation>無法確定顏色（{value}）。</translation>
    </message>
    <message>
        <source>渐变背景上对比度在 {lowest}:1 到 {highest}:1 之间。</source>
        <extracomment>{lowest}, {highest}: contrast ratios.</extracomment>
        <translation>漸層背景上的對比度在 {lowest}:1 到 {highest}:1 之間。</translation>
    </message>
    <message>
        <source>与背景色的对比度为 {ratio}:1，但背景图片可能降低对比度。</source>
        <extracomment>{ratio}: a contrast ratio such as 3.54; {needed}: the ratio the text needs (4.5 or 3).</extracomment>
        <translation>與背景色的對比度為 {ratio}:1，但背景圖片可能降低對比度。</translation>
    </message>
    <message>
        <source>对比度 {ratio}:1（正文需 {needed}:1）。</source>
        <extracomment>{ratio}: a contrast ratio such as 3.54; {needed}: the ratio the text needs (4.5 or 3).</extracomment>
        <translation>對比度 {ratio}:1（正文需要 {needed}:1）。</translation>
    </message>
    <message>
        <source>对比度 {ratio}:1（大字需 {needed}:1）。</source>
        <extracomment>{ratio}: a contrast ratio such as 3.54; {needed}: the ratio the text needs (4.5 or 3).</extracomment>
        <translation>對比度 {ratio}:1（大字需要 {needed}:1）。</translation>
    </message>
    <message>
        <source>对比度只有 {ratio}:1，正文至少需要 {needed}:1。</source>
        <extracomment>{ratio}: a contrast ratio such as 3.54; {needed}: the ratio the text needs (4.5 or 3).</extracomment>
        <translation>對比度只有 {ratio}:1，正文至少需要 {needed}:1。</translation>
    </message>
    <message>
        <source>对比度只有 {ratio}:1，大字至少需要 {needed}:1。</source>
        <extracomment>{ratio}: a contrast ratio such as 3.54; {needed}: the ratio the text needs (4.5 or 3).</extracomment>
        <translation>對比度只有 {ratio}:1，大字至少需要 {needed}:1。</translation>
    </message>
    <message>
        <source>这是纯文本文件，没有可检查的网页标记。</source>
        <translation>這是純文字檔，沒有可檢查的網頁標記。</translation>
    </message>
    <message>
        <source>这是 PDF、DOCX、OFD 或 EPUB 文档，网页的无障碍检查不适用于它。</source>
        <translation>這是 PDF、DOCX、OFD 或 EPUB 文件，網頁的無障礙檢查不適用於它。</translation>
    </message>
    <message>
        <source>网页标记嵌套超过 256 层，检查前已把深层部分展平。</source>
        <translation>網頁標記巢狀超過 256 層，檢查前已把深層部分展平。</translation>
    </message>
    <message>
        <source>规则“{rule}”在这个网页上意外停止，它的结果没有列出。</source>
        <extracomment>{rule}: the title of a rule.</extracomment>
        <translation>規則「{rule}」在這個網頁上意外停止，它的結果沒有列出。</translation>
    </message>
    <message>
        <source>没有这个文件或文件夹。</source>
        <translation>沒有這個檔案或資料夾。</translation>
    </message>
    <message>
        <source>这个文件夹里没有保存的网页。</source>
        <translation>這個資料夾裡沒有已儲存的網頁。</translation>
    </message>
    <message>
        <source>无法读取这个文件夹。</source>
        <translation>無法讀取這個資料夾。</translation>
    </message>
    <message>
        <source>检查程序内部出错。</source>
        <translation>檢查程式發生內部錯誤。</translation>
    </message>
    <message>
        <source>检查程序意外退出（崩溃或内存不足）。</source>
        <translation>檢查程式意外結束（當機或記憶體不足）。</translation>
    </message>
    <message>
        <source>（这一项没有说明。）</source>
        <extracomment>A finding whose message this version cannot word.</extracomment>
        <translation>（這一項沒有說明。）</translation>
    </message>
    <message>
        <source>无法读取这个文件。</source>
        <extracomment>Why a page could not be checked: it could not be read.</extracomment>
        <translation>無法讀取這個檔案。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>正在打开 {name}……</source>
        <translation>正在開啟 {name}……</translation>
    </message>
    <message>
        <source>连读·已暂停</source>
        <translation>連讀·已暫停</translation>
    </message>
</context>
</TS>
