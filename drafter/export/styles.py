"""The named styles of the GB/T 9704 layout, defined in the document itself so that
changing a style in Word or WPS changes every paragraph that uses it."""

from __future__ import annotations

from dataclasses import dataclass

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from drafter.errors import InputError
from drafter.export.options import LayoutSettings

# Font profiles: what government offices install (gb) and what every Windows PC has.
PROFILE_FONTS: dict[str, dict[str, str]] = {
    "gb": {"body": "仿宋_GB2312", "title": "方正小标宋简体", "h1": "黑体", "h2": "楷体_GB2312",
           "page": "宋体"},
    "windows": {"body": "仿宋", "title": "宋体", "h1": "黑体", "h2": "楷体", "page": "宋体"},
}

CHAR_TWIPS = 320  # one 3号 character: 16 pt = 320 twips


@dataclass(frozen=True)
class StyleSpec:
    style_id: str  # ASCII, stable for other tools
    name: str  # what the user sees in Word
    font: str  # key into the profile
    size: str = "body"  # "body", "title", "page" or "record" (版记)
    align: WD_ALIGN_PARAGRAPH | None = None
    indent: bool = True  # 2-character first-line indent
    outline: int | None = None  # 0-based outline level (一级标题 = 0)
    kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH


STYLES: dict[str, StyleSpec] = {
    "body": StyleSpec("GwBody", "正文", "body"),
    # Not "标题": Chinese Word shows the built-in Title style under that name.
    "title": StyleSpec("GwTitle", "公文标题", "title", "title", WD_ALIGN_PARAGRAPH.CENTER,
                       indent=False),
    # A text read aloud: its unit and date centred under the title, in 楷体 (讲话稿 usage).
    "byline": StyleSpec("GwByline", "署名行", "h2", align=WD_ALIGN_PARAGRAPH.CENTER,
                        indent=False),
    "salutation": StyleSpec("GwSalutation", "称谓", "body", align=WD_ALIGN_PARAGRAPH.LEFT,
                            indent=False),
    "h1": StyleSpec("GwHeading1", "一级标题", "h1", outline=0),
    "h2": StyleSpec("GwHeading2", "二级标题", "h2", outline=1),
    "h3": StyleSpec("GwHeading3", "三级标题", "body", outline=2),
    "h4": StyleSpec("GwHeading4", "四级标题", "body", outline=3),
    "attachment": StyleSpec("GwAttachment", "附件说明", "body", indent=False),
    "signature": StyleSpec("GwSignature", "落款", "body", align=WD_ALIGN_PARAGRAPH.RIGHT,
                           indent=False),
    "date": StyleSpec("GwDate", "成文日期", "body", align=WD_ALIGN_PARAGRAPH.RIGHT,
                      indent=False),
    "page": StyleSpec("GwPageNumber", "页码", "page", "page", indent=False),
    "copy_to": StyleSpec("GwCopyTo", "版记", "body", "record", WD_ALIGN_PARAGRAPH.LEFT,
                         indent=False),
    # The body part of a run-on heading paragraph (「（一）加强领导。成立…」).
    "body_chars": StyleSpec("GwBodyChar", "正文字符", "body", kind=WD_STYLE_TYPE.CHARACTER),
}

# Built-in styles kept from python-docx's template; the other ~160 only slow every save.
_KEEP_BUILTIN = {"Normal", "Default Paragraph Font", "Normal Table", "No List"}

# Children of w:rPr that the schema puts after w:spacing.
_RPR_AFTER_SPACING = ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
                      "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
                      "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
# Children of w:pPr that the schema puts after w:snapToGrid.
_PPR_AFTER_SNAP = ("w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                   "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                   "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
                   "w:sectPr", "w:pPrChange")


def profile_fonts(profile: str) -> dict[str, str]:
    if profile not in PROFILE_FONTS:
        raise InputError(f"未知的字体方案“{profile}”（--fonts），可选：{'、'.join(PROFILE_FONTS)}")
    return PROFILE_FONTS[profile]


def set_fonts(rpr, chinese: str, latin: str) -> None:
    """Chinese in eastAsia and hAnsi (so “ ” — … stay in the Chinese font), digits and
    Latin letters in ascii; no theme fonts, which would override these."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        if attr.endswith("Theme") or attr.endswith("theme"):
            del fonts.attrib[attr]
    fonts.set(qn("w:ascii"), latin or chinese)
    fonts.set(qn("w:hAnsi"), chinese)
    fonts.set(qn("w:eastAsia"), chinese)
    fonts.set(qn("w:cs"), chinese)
    fonts.set(qn("w:hint"), "eastAsia")


def _child(parent, tag: str):
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        parent.append(el)
    return el


def slim_template(document) -> None:
    """python-docx's template: drop the unused built-in styles, every theme font
    (they send Chinese to MS Mincho) and the Japanese theme language."""
    root = document.styles.element
    latent = root.find(qn("w:latentStyles"))
    if latent is not None:
        root.remove(latent)
    for style in root.findall(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is None or name.get(qn("w:val")) not in _KEEP_BUILTIN:
            root.remove(style)
    for fonts in root.iter(qn("w:rFonts")):
        for attr in list(fonts.attrib):
            if attr.lower().endswith("theme"):
                del fonts.attrib[attr]
    for lang in root.iter(qn("w:lang")):
        lang.set(qn("w:eastAsia"), "zh-CN")
    theme_lang = document.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:eastAsia"), "zh-CN")


def define_styles(document, profile: str, layout: LayoutSettings, *,
                  keep_existing: bool = False) -> None:
    """Define every style of STYLES in `document`. With `keep_existing` (a reference
    docx) a style the document already has by name is used as it is."""
    fonts = profile_fonts(profile)
    normal = _normal(document)
    if not keep_existing:
        _defaults(document, normal, fonts["body"], layout)
    defined = {}
    for key, spec in STYLES.items():
        style = _existing(document, spec)
        if style is not None and keep_existing:
            continue
        if style is None:
            style = document.styles.add_style(spec.name, spec.kind)
            style.element.set(qn("w:styleId"), spec.style_id)
        _define(style, key, spec, fonts, layout, normal)
        defined[key] = style
    body = _existing(document, STYLES["body"])
    if "body" in defined and "body_chars" in defined:
        # Linked styles: Word keeps the run-on headings' body text in step with 正文.
        for style, other in ((defined["body"], defined["body_chars"]),
                             (defined["body_chars"], defined["body"])):
            link = OxmlElement("w:link")
            link.set(qn("w:val"), other.style_id)
            style.element.insert_element_before(
                link, "w:autoRedefine", "w:hidden", "w:uiPriority", "w:semiHidden",
                "w:unhideWhenUsed", "w:qFormat", "w:locked", "w:personal",
                "w:personalCompose", "w:personalReply", "w:rsid", "w:pPr", "w:rPr",
                "w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr")
    for key in ("title", "salutation", "h1", "h2", "h3", "h4"):
        if key in defined and body is not None:
            defined[key].next_paragraph_style = body  # Enter after a heading gives 正文


def _normal(document):
    for style in document.styles:
        if style.type == WD_STYLE_TYPE.PARAGRAPH and style.element.default:
            return style
    return None


def _defaults(document, normal, body_font: str, layout: LayoutSettings) -> None:
    # docDefaults and Normal carry the body font too: anything unstyled stays Chinese.
    root = document.styles.element
    defaults = root.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        root.insert(0, defaults)
    rpr = _child(_child(defaults, "w:rPrDefault"), "w:rPr")
    set_fonts(rpr, body_font, layout.latin_font)
    ppr = _child(_child(defaults, "w:pPrDefault"), "w:pPr")
    spacing = _child(ppr, "w:spacing")
    spacing.set(qn("w:before"), "0")
    spacing.set(qn("w:after"), "0")
    widow = ppr.find(qn("w:widowControl"))
    if widow is None:
        widow = OxmlElement("w:widowControl")
        ppr.insert(0, widow)
    widow.set(qn("w:val"), "1" if layout.widow_control else "0")
    if normal is not None:
        normal.paragraph_format.widow_control = layout.widow_control
        set_fonts(normal.element.get_or_add_rPr(), body_font, layout.latin_font)
        normal.font.size = Pt(layout.body_size_pt)
        normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        _line_spacing(normal.element.get_or_add_pPr(), layout.line_pitch_twips)


def _existing(document, spec: StyleSpec):
    for style in document.styles:
        if style.name == spec.name and style.type == spec.kind:
            return style
    return None


def _define(style, key: str, spec: StyleSpec, fonts: dict[str, str], layout: LayoutSettings,
            normal) -> None:
    sizes = {"body": layout.body_size_pt, "title": layout.title_size_pt,
             "page": layout.page_number_size_pt, "record": layout.record_size_pt}
    rpr = style.element.get_or_add_rPr()
    # Page numbers are 半角宋体 digits: the Chinese font in every slot.
    latin = fonts[spec.font] if spec.size == "page" else layout.latin_font
    set_fonts(rpr, fonts[spec.font], latin)
    style.font.size = Pt(sizes[spec.size])
    style.font.bold = key in ("h3", "h4") and layout.bold_minor_headings
    style.font.color.rgb = None
    if spec.size == "body" and layout.char_spacing_twips:
        condensed = rpr.find(qn("w:spacing"))
        if condensed is None:
            condensed = OxmlElement("w:spacing")
            rpr.insert_element_before(condensed, *_RPR_AFTER_SPACING)
        condensed.set(qn("w:val"), str(layout.char_spacing_twips))
    if spec.kind is WD_STYLE_TYPE.CHARACTER:
        return
    if normal is not None:
        style.base_style = normal
    ppr = style.element.get_or_add_pPr()
    own_line = {"page": layout.page_number_line_twips,
                "record": layout.record_line_twips}.get(spec.size)
    if own_line:
        # Its own line height, off the body grid: the page number's dash line sits 7 mm
        # below the 版心; a 版记 line is not a body line.
        _line_spacing(ppr, own_line)
        snap = OxmlElement("w:snapToGrid")
        snap.set(qn("w:val"), "0")
        ppr.insert_element_before(snap, *_PPR_AFTER_SNAP)
    else:
        _line_spacing(ppr, layout.line_pitch_twips)
    ind = ppr.get_or_add_ind()
    first = layout.first_line_indent_chars if spec.indent else 0
    ind.set(qn("w:firstLineChars"), str(first * 100))
    ind.set(qn("w:firstLine"), str(first * CHAR_TWIPS))
    if key == "attachment":
        # 「附件：」 then the name; wrapped lines under the name (3 characters in).
        start = layout.first_line_indent_chars + 3
        ind.set(qn("w:leftChars"), str(start * 100))
        ind.set(qn("w:left"), str(start * CHAR_TWIPS))
        ind.set(qn("w:hangingChars"), "300")
        ind.set(qn("w:hanging"), str(3 * CHAR_TWIPS))
        for attr in ("w:firstLineChars", "w:firstLine"):
            ind.attrib.pop(qn(attr), None)
    elif key == "copy_to":
        # 左右各空一字; wrapped lines under the first organ, after 「抄送：」 (§7.4.2)
        char = round(layout.record_size_pt * 20)
        ind.set(qn("w:leftChars"), "400")
        ind.set(qn("w:left"), str(4 * char))
        ind.set(qn("w:hangingChars"), "300")
        ind.set(qn("w:hanging"), str(3 * char))
        ind.set(qn("w:rightChars"), "100")
        ind.set(qn("w:right"), str(char))
        for attr in ("w:firstLineChars", "w:firstLine"):
            ind.attrib.pop(qn(attr), None)
    style.paragraph_format.alignment = (WD_ALIGN_PARAGRAPH.JUSTIFY if spec.align is None
                                        else spec.align)
    if spec.outline is not None and ppr.find(qn("w:outlineLvl")) is None:
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), str(spec.outline))
        ppr.insert_element_before(level, "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                                  "w:pPrChange")
    style.quick_style = True


def _line_spacing(ppr, twips: int) -> None:
    spacing = ppr.get_or_add_spacing()
    spacing.set(qn("w:before"), "0")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), str(twips))
    spacing.set(qn("w:lineRule"), "exact")
