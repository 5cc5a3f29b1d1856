"""Chinese portal boilerplate: the words that mark navigation, toolbars, footers and share widgets.

Used on lines of text (after the body is chosen) and on element class/id names. The vocabulary is generic
to Chinese government and news portals, never tied to one site:

- breadcrumbs: 您当前位置 / 当前位置 / 您的位置 / 所在位置;
- toolbars: 打印本页, 关闭窗口, 分享到, 字号 大 中 小, 收藏, 纠错, 无障碍, 关怀版, 适老化, 长者模式;
- footers: 主办单位, 承办单位, 网站标识码, ICP备案号 (京ICP备…), 公网安备, 版权所有, Copyright, 技术支持;
- QR codes: 扫一扫在手机打开当前页, 扫码, 手机版;
- navigation between articles: 上一篇, 下一篇, 相关链接, 相关文章, 相关新闻, 责任编辑 lines.
"""

from __future__ import annotations

import re

_LINE_PATTERNS = (
    r"^(?:您|你)?(?:当前|现在|所在)的?位置",
    r"^您的位置",
    r"^当前位置",
    r"扫一扫在手机",
    r"^扫一扫",
    r"在手机(?:上)?打开(?:当前|本)页",
    r"^\W*(?:打印本?页|关闭(?:本页|窗口)|【\s*打印|【\s*关闭|\[\s*打印|\[\s*关闭)",
    r"(?:打印本页|关闭窗口|打印此页|关闭本页)\W*$",
    r"^\W*分享到",
    r"^\W*(?:上一篇|下一篇|上一条|下一条)\s*[:：]?",
    r"^\W*(?:相关链接|相关文章|相关新闻|相关阅读|相关稿件|相关报道|相关专题|延伸阅读|推荐阅读|热点推荐|热门推荐|猜你喜欢|更多阅读)\W*$",
    r"^\W*(?:发表评论|我要评论|网友评论|查看评论|评论\s*\(\d+\)|已有\d+人评论)\W*",
    r"^\W*(?:<<\s*)?上一页\s*[|｜]?\s*下一页",
    r"^\W*第\s*\d+\s*页\s*/\s*共\s*\d+\s*页",
    r"主办单位\s*[:：]|承办单位\s*[:：]|主办\s*[:：]|承办\s*[:：]|网站标识码|政府网站标识码",
    r"[\u4e00-\u9fff]ICP[备証证]|ICP[备証证]|ICP\s*\d|公网安备|网安备\d",
    r"禁止.{0,6}转载|转载.{0,12}(?:请|须|需|注明)|未经.{0,12}(?:授权|许可|同意).{0,12}(?:转载|使用|复制)|版权所有|Copyright\s*(?:©|\(c\)|\d)|©\s*\d{4}|All\s+rights\s+reserved",
    r"^\W*(?:字号|字体)\s*[:：]?\s*[【\[]?\s*大\s*[|｜]?\s*中\s*[|｜]?\s*小",
    r"^\W*(?:无障碍|关怀版|适老化|长者模式|老年模式|无障碍浏览|读屏专用)\W*$",
    r"^\W*(?:收藏本页|加入收藏|设为首页|网站地图|联系我们|返回顶部|回到顶部|返回首页)\W*$",
    r"^\W*(?:纠错|我要纠错|【纠错】)\W*$",
    r"^\W*(?:责任编辑|编辑|校对|审核|审校|责编|值班编辑)\s*[:：]\s*\S{1,20}\W*$",
    r"^\W*(?:浏览次数|点击数|阅读次数|访问量|点击次数|阅读量)\s*[:：]",
    r"^\W*(?:网站支持IPv6|技术支持\s*[:：])",
    r"^\W*(?:【|\[)?(?:我要打印|打印|关闭|返回|顶部|收藏)(?:】|\])?\W*$",
)
# A link-list item: a bullet, a title, and the linked article's date in brackets at the end.
_RELATED_ITEM = re.compile(
    r"^\s*[·•●◆◇■□▪▫►▶>-]?.{2,80}[（(\[【]\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[^)）\]】]{0,14}[)）\]】]\s*$"
)
_LINE = re.compile("|".join(f"(?:{pattern})" for pattern in _LINE_PATTERNS), re.IGNORECASE)

_NAME = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|footer|foot|copyright|share|"
    r"sharebar|bdshare|toolbar|tool|tools|print|qr|qrcode|erweima|ewm|related|relate|xgxw|xglj|comment|"
    r"comments|sidebar|side|aside|advert|ads?|banner|login|search|pagination|pager|page-?nav|prev|next|"
    r"recommend|hot|rank|topbar|top-bar|header|head|fixed|float|subscribe|wza|wzatool|aging)(?:$|[-_\s\d])",
    re.IGNORECASE,
)
_POSITIVE_NAME = re.compile(
    r"(?:^|[-_\s])(?:content|article|text|zoom|body|main|detail|post|entry|news_?con|con|TRS_?Editor|"
    r"pages?_?content|view|story|wenzhang|zhengwen|nr|xl)(?:$|[-_\s\d])",
    re.IGNORECASE,
)


def is_boilerplate_line(text: str) -> bool:
    """Whether a short line is portal furniture rather than article text."""
    if len(text) > 120:
        # Long lines are prose even when they mention a word of the vocabulary, except footers.
        return bool(re.search(r"ICP[备証证]|公网安备|版权所有.{0,40}(?:ICP|电话|地址)", text))
    return bool(_LINE.search(text) or _RELATED_ITEM.match(text))


def is_boilerplate_name(names: str) -> bool:
    """Whether an element's class and id name a navigation, footer, toolbar or share widget."""
    return bool(names) and bool(_NAME.search(names)) and not _POSITIVE_NAME.search(names)


def is_related_item(text: str) -> bool:
    """Whether a line is a link-list item: a title followed by its date in brackets."""
    return bool(_RELATED_ITEM.match(text))
