"""PDF and DOCX files built for the attachment tests, evaluation and benchmark, with the text put in.

PDFs are drawn with Qt's ``QPdfWriter`` (QPainter text in Noto Sans CJK SC, as a portal's office software
would print it): a title and headings in larger sizes, paragraphs opening with a two-space indent, a
running header and a page number on every page, optionally two columns and a ruled table. Qt writes the
Kangxi radical code points for 一网青民… into the PDF's text table, as real attachments have them, so
the files test the mapping too. DOCX files are written with python-docx. Needs a QGuiApplication.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

SENTENCES = (
    "为了进一步推进一网通办，各级人民政府部门应当认真落实本通知要求，确保各项工作有序开展。",
    "青年干部要深入基层，倾听人民群众的意见和建议，切实解决户口登记、入学和就业中的实际困难。",
    "市财政局会同有关部门加强资金监管，对重点项目实行全过程跟踪审计，防止资金被挤占挪用。",
    "各区县要在今年六月底前完成排查工作，并将结果以书面形式报送市政府办公厅。",
    "对工作推进不力、造成不良影响的单位，将依照有关规定严肃追究相关人员的责任。",
    "网上政务服务平台应当提供无障碍阅读功能，方便老年人和视力障碍人士查阅政府信息。",
    "门户网站要及时公开政策文件，准确解读政策内容，回应社会关切。",
    "本通知自印发之日起施行，此前有关规定与本通知不一致的，以本通知为准。",
)
HEADER = "某某市人民政府办公厅文件"


@dataclass(slots=True)
class Sample:
    """What a built file contains: the title, the blocks' texts in order, and the table's rows."""

    title: str
    texts: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    date: str | None = None

    @property
    def text(self) -> str:
        return "\n".join([self.title, *self.texts])


def paragraphs(count: int, start: int = 0) -> list[str]:
    """``count`` paragraphs of two to four sentences, varied."""
    cycle = itertools.cycle(SENTENCES)
    for _ in range(start % len(SENTENCES)):
        next(cycle)
    return ["".join(next(cycle) for _ in range(2 + (index % 3))) for index in range(count)]


def write_pdf(  # noqa: PLR0915 - one page layout, read top to bottom
    path: Path,
    *,
    columns: int = 1,
    sections: int = 3,
    paragraphs_per_section: int = 3,
    with_table: bool = True,
    with_date: bool = True,
) -> Sample:
    """Write a PDF to ``path`` and return what it says (see the module docstring)."""
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    writer.setResolution(72)
    painter = QPainter(writer)
    width = 595.0
    margin, top, bottom = 56.0, 70.0, 780.0
    gutter = 24.0
    column_width = (width - 2 * margin - gutter * (columns - 1)) / columns

    def font(size: int, *, bold: bool = False) -> QFont:
        chosen = QFont("Noto Sans CJK SC")
        chosen.setPixelSize(size)
        chosen.setBold(bold)
        return chosen

    page = 1
    column = 0
    y = top

    def decorate() -> None:
        painter.setFont(font(9))
        painter.drawText(QRectF(margin, 30, width - 2 * margin, 14), Qt.AlignmentFlag.AlignHCenter, HEADER)
        painter.drawText(QRectF(0, 800, width, 14), Qt.AlignmentFlag.AlignHCenter, f"- {page} -")

    def advance(needed: float) -> None:
        nonlocal page, column, y
        if y + needed <= bottom:
            return
        if column + 1 < columns:
            column += 1
        else:
            writer.newPage()
            page += 1
            column = 0
            decorate()
        y = top

    def draw(text: str, size: int, *, bold: bool = False, full_width: bool = False, after: float = 8) -> None:
        nonlocal y
        painter.setFont(font(size, bold=bold))
        x = margin if full_width else margin + column * (column_width + gutter)
        box_width = width - 2 * margin if full_width else column_width
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        needed = painter.boundingRect(QRectF(x, 0, box_width, 10_000), flags, text).height()
        advance(needed)  # a new page draws its header and number in their own font
        painter.setFont(font(size, bold=bold))
        x = margin if full_width else margin + column * (column_width + gutter)
        used = painter.drawText(QRectF(x, y, box_width, needed + 2), flags, text)
        y += used.height() + after

    sample = Sample(title="关于进一步加强政务公开和网上服务工作的通知")
    decorate()
    draw(sample.title, 20, bold=True, full_width=True, after=14)
    if with_date:
        sample.texts.append("日期：2025年3月4日")
        sample.date = "2025-03-04"
        draw(sample.texts[-1], 11, full_width=True, after=14)
    counter = 0
    for section in range(sections):
        heading = f"{'一二三四五六七八九十'[section % 10]}、第{section + 1}部分的工作要求"
        sample.headings.append(heading)
        sample.texts.append(heading)
        draw(heading, 15, bold=True, after=8)
        for text in paragraphs(paragraphs_per_section, counter):
            counter += 1
            sample.texts.append(text)
            draw("\u3000\u3000" + text, 11, after=9)
        if with_table and section == 0:
            sample.rows = [["事项", "单位", "时限"], ["公开", "办公厅", "六月"], ["改造", "数据局", "九月"]]
            advance(80)
            painter.setFont(font(11))
            x0 = margin + column * (column_width + gutter)
            cell = column_width / 3
            for row in sample.rows:
                for index, value in enumerate(row):
                    rect = QRectF(x0 + index * cell, y, cell, 22)
                    painter.drawRect(rect)
                    painter.drawText(rect.adjusted(4, 4, -4, -4), int(Qt.AlignmentFlag.AlignLeft), value)
                y += 22
            y += 12
            sample.texts.extend(" ".join(row) for row in sample.rows)
    painter.end()
    return sample


def write_docx(path: Path, *, sections: int = 3, paragraphs_per_section: int = 3) -> Sample:
    """Write a DOCX with headings, paragraphs, both kinds of list, a table and an image with alt text."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    sample = Sample(title="关于进一步加强政务公开和网上服务工作的通知", date="2025-03-04")
    document.add_heading(sample.title, 0)
    sample.texts.append("成文日期：2025年3月4日")
    document.add_paragraph(sample.texts[-1])
    counter = 0
    for section in range(sections):
        heading = f"{'一二三四五六七八九十'[section % 10]}、第{section + 1}部分的工作要求"
        sample.headings.append(heading)
        sample.texts.append(heading)
        document.add_heading(heading, 1)
        for text in paragraphs(paragraphs_per_section, counter):
            counter += 1
            sample.texts.append(text)
            document.add_paragraph(text).paragraph_format.first_line_indent = Pt(22)
    for item in ("排查登记", "整改落实"):
        document.add_paragraph(item, style="List Number")
        sample.texts.append(item)
    for item in ("政策解读", "回应关切"):
        document.add_paragraph(item, style="List Bullet")
        sample.texts.append(item)
    sample.rows = [["工作事项", "责任单位"], ["政策文件公开", "市政府办公厅"]]
    table = document.add_table(rows=2, cols=2)
    for row_index, row in enumerate(sample.rows):
        for cell_index, value in enumerate(row):
            table.cell(row_index, cell_index).text = value
    sample.texts.extend(" ".join(row) for row in sample.rows)
    document.save(str(path))
    return sample


def write_epub(
    path: Path, *, chapters: int = 2, paragraphs_per_chapter: int = 3, image: bytes = b""
) -> Sample:
    """Write an EPUB 3 book: one XHTML file per chapter (a heading, paragraphs; the first chapter also a
    list and, when ``image`` is given, that PNG with alt text) in the spine, and a navigation page left
    out of the reading order."""
    import zipfile
    from xml.sax.saxutils import escape

    sample = Sample(title="政务公开工作手册")
    files: dict[str, str] = {}
    manifest = []
    spine = []
    counter = 0
    for chapter in range(chapters):
        heading = f"第{chapter + 1}章 工作要求"
        sample.headings.append(heading)
        sample.texts.append(heading)
        body = [f"<h1>{heading}</h1>"]
        for text in paragraphs(paragraphs_per_chapter, counter):
            counter += 1
            sample.texts.append(text)
            body.append(f"<p>{escape(text)}</p>")
        if chapter == 0:
            body.append("<ul><li>排查登记</li><li>整改落实</li></ul>")
            sample.texts += ["排查登记", "整改落实"]
            if image:
                body.append('<p><img src="../images/%E5%A4%A7%E6%A5%BC.png" alt="市政府大楼外景"/></p>')
                sample.texts.append("市政府大楼外景")
        name = f"text/chapter{chapter + 1}.xhtml"
        files[name] = (
            '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">'
            f"<head><title>{heading}</title></head><body>{''.join(body)}</body></html>"
        )
        manifest.append(f'<item id="c{chapter}" href="{name}" media-type="application/xhtml+xml"/>')
        spine.append(f'<itemref idref="c{chapter}"/>')
    files["nav.xhtml"] = (
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><nav><ol><li>目录</li></ol></nav></body></html>'
    )
    manifest.append('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>')
    spine.append('<itemref idref="nav" linear="no"/>')
    if image:
        manifest.append('<item id="img" href="images/大楼.png" media-type="image/png"/>')
    package = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:identifier id="id">urn:uuid:0</dc:identifier><dc:title>{sample.title}</dc:title>'
        "<dc:language>zh-CN</dc:language></metadata>"
        f"<manifest>{''.join(manifest)}</manifest><spine>{''.join(spine)}</spine></package>"
    )
    container = (
        '<?xml version="1.0"?>'
        '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
        '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
        "</rootfiles></container>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        archive.writestr("META-INF/container.xml", container)
        archive.writestr("OEBPS/content.opf", package)
        for name, text in files.items():
            archive.writestr(f"OEBPS/{name}", text)
        if image:
            archive.writestr("OEBPS/images/大楼.png", image)
    return sample


def write_ofd(  # noqa: PLR0915 - one package, written top to bottom
    path: Path, *, sections: int = 3, paragraphs_per_section: int = 3, with_table: bool = True
) -> Sample:
    """Write an OFD package as office suites export one: a line per ``TextObject`` (glyphs advanced by
    ``DeltaX``), first lines indented two characters, the running header on a background template every
    page uses, a page number on each page, and a three-column table (a ``TextObject`` per cell)."""
    import zipfile

    width, height, margin, top, bottom = 210.0, 297.0, 25.0, 37.0, 270.0
    body, heading_size, title_size = 4.2, 5.6, 7.4
    sample = Sample(title="关于进一步加强政务公开和网上服务工作的通知", date="2025-03-04")
    pages: list[list[str]] = [[]]
    y = top
    next_id = 10

    def text_object(text: str, x: float, baseline: float, size: float) -> str:
        nonlocal next_id
        next_id += 1
        advance = f' DeltaX="g {len(text) - 1} {size}"' if len(text) > 1 else ""
        return (
            f'<ofd:TextObject ID="{next_id}" Boundary="{x:.2f} {baseline - size:.2f} '
            f'{len(text) * size:.2f} {size * 1.2:.2f}" Font="3" Size="{size}">'
            f'<ofd:TextCode X="0" Y="{size:.2f}"{advance}>{text}</ofd:TextCode></ofd:TextObject>'
        )

    def place(lines: list[tuple[str, float]], size: float, after: float) -> None:
        nonlocal y
        for text, indent in lines:
            if y + size * 1.5 > bottom:
                pages.append([])
                y = top
            pages[-1].append(text_object(text, margin + indent, y + size, size))
            y += size * 1.5
        y += after

    def wrap(text: str, size: float, *, indent: int = 0) -> list[tuple[str, float]]:
        per_line = int((width - 2 * margin) / size)
        first = per_line - indent
        lines = [(text[:first], indent * size)]
        rest = text[first:]
        while rest:
            lines.append((rest[:per_line], 0.0))
            rest = rest[per_line:]
        return lines

    place(wrap(sample.title, title_size), title_size, 4)
    sample.texts.append("日期：2025年3月4日")
    place(wrap(sample.texts[-1], body), body, 4)
    counter = 0
    for section in range(sections):
        heading = f"{'一二三四五六七八九十'[section % 10]}、第{section + 1}部分的工作要求"
        sample.headings.append(heading)
        sample.texts.append(heading)
        place(wrap(heading, heading_size), heading_size, 2)
        for text in paragraphs(paragraphs_per_section, counter):
            counter += 1
            sample.texts.append(text)
            place(wrap(text, body, indent=2), body, 3)
        if with_table and section == 0:
            sample.rows = [
                ["事项", "单位", "时限"],
                ["公开", "办公厅", "六月底前"],
                ["改造", "数据局", "九月底前"],
            ]
            for row in sample.rows:
                if y + body * 1.5 > bottom:
                    pages.append([])
                    y = top
                for index, cell in enumerate(row):
                    pages[-1].append(text_object(cell, margin + index * 50, y + body, body))
                y += body * 1.8
            y += 3
            sample.texts.extend(" ".join(row) for row in sample.rows)

    def page_xml(objects: list[str], *, template: bool = False) -> str:
        use = "" if template else '<ofd:Template TemplateID="2" ZOrder="Background"/>'
        return (
            '<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016">'
            f'{use}<ofd:Content><ofd:Layer ID="1">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>'
        )

    document = (
        '<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016">'
        f"<ofd:CommonData><ofd:MaxUnitID>{next_id + len(pages) + 10}</ofd:MaxUnitID><ofd:PageArea>"
        f"<ofd:PhysicalBox>0 0 {width} {height}</ofd:PhysicalBox></ofd:PageArea>"
        '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData><ofd:Pages>'
        + "".join(
            f'<ofd:Page ID="{100 + index}" BaseLoc="Pages/Page_{index}/Content.xml"/>'
            for index in range(len(pages))
        )
        + "</ofd:Pages></ofd:Document>"
    )
    package = (
        '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" '
        'DocType="OFD" Version="1.0"><ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID>'
        "<ofd:Title></ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
        "</ofd:DocBody></ofd:OFD>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OFD.xml", package)
        archive.writestr("Doc_0/Document.xml", document)
        header = text_object(HEADER, (width - len(HEADER) * 3.2) / 2, 18.0, 3.2)
        archive.writestr("Doc_0/Tpls/Tpl_0/Content.xml", page_xml([header], template=True))
        for index, objects in enumerate(pages):
            number = f"- {index + 1} -"
            footer = text_object(number, (width - len(number) * 1.6) / 2, 285.0, 3.2)
            archive.writestr(f"Doc_0/Pages/Page_{index}/Content.xml", page_xml([*objects, footer]))
    return sample
