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
from drafter.export import LayoutSettings

# Font profiles: what government offices install (gb) and what every Windows PC has.
PROFILES: dict[str, dict[str, str]] = {
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
    size: str = "body"  # "body", "title" or "page"
    align: WD_ALIGN_PARAGRAPH | None = None
    indent: bool = True  # 2-character first-line indent
    outline: int | None = None  # 0-based outline level
    bold: bool = False
    kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH


STYLES: dict[str, StyleSpec] = {
    "body": StyleSpec("GwBody", "正文", "body"),
    "title": StyleSpec("GwTitle", "公文标题", "title", "title", WD_ALIGN_PARAGRAPH.CENTER,
                       indent=False),
    "salutation": StyleSpec("GwSalutation", "称谓", "body", indent=False),
    "h1": StyleSpec("GwHeading1", "一级标题", "h1", outline=0),
    "h2": StyleSpec("GwHeading2", "二级标题", "h2", outline=1),
    "h3": StyleSpec("GwHeading3", "三级标题", "body", outline=2),
    "h4": StyleSpec("GwHeading4", "四级标题", "body", outline=3),
    "signature": StyleSpec("GwSignature", "落款", "body", align=WD_ALIGN_PARAGRAPH.RIGHT,
                           indent=False),
    "date": StyleSpec("GwDate", "成文日期", "body", align=WD_ALIGN_PARAGRAPH.RIGHT,
                      indent=False),
    "attachment": StyleSpec("GwAttachment", "附件说明", "body"),
    "page": StyleSpec("GwPageNumber", "页码", "page", "page", indent=False),
    # The body part of a run-on heading paragraph (「（一）加强领导。成立…」).
    "body_chars": StyleSpec("GwBodyChar", "正文字符", "body", kind=WD_STYLE_TYPE.CHARACTER),
}


def profile_fonts(profile: str) -> dict[str, str]:
    if profile not in PROFILES:
        raise InputError(f"未知的字体方案“{profile}”（--fonts），可选：{'、'.join(PROFILES)}")
    return PROFILES[profile]


def set_fonts(rpr, chinese: str, latin: str) -> None:
    """Chinese in eastAsia and hAnsi (so “ ” — … stay in the Chinese font), digits and
    Latin letters in ascii; no theme fonts, which would override these."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        if attr.endswith("Theme"):
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


def define_styles(document, profile: str, layout: LayoutSettings) -> None:
    fonts = profile_fonts(profile)
    sizes = {"body": layout.body_size_pt, "title": layout.title_size_pt,
             "page": layout.page_number_size_pt}
    # docDefaults and Normal carry the body font too: anything unstyled stays Chinese.
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = _child(_child(defaults, "w:rPrDefault"), "w:rPr")
        set_fonts(rpr, fonts["body"], layout.latin_font)
        ppr = _child(_child(defaults, "w:pPrDefault"), "w:pPr")
        spacing = _child(ppr, "w:spacing")
        spacing.set(qn("w:before"), "0")
        spacing.set(qn("w:after"), "0")
    normal = document.styles["Normal"]
    set_fonts(normal.element.get_or_add_rPr(), fonts["body"], layout.latin_font)
    normal.font.size = Pt(layout.body_size_pt)
    _line_spacing(normal.element.get_or_add_pPr(), layout)

    for key, spec in STYLES.items():
        style = _get_or_add(document, spec)
        rpr = style.element.get_or_add_rPr()
        set_fonts(rpr, fonts[spec.font], layout.latin_font)
        style.font.size = Pt(sizes[spec.size])
        bold = spec.bold or (key in ("h3", "h4") and layout.bold_minor_headings)
        style.font.bold = bold
        style.font.color.rgb = None
        if spec.size == "body":
            condensed = rpr.find(qn("w:spacing"))
            if condensed is None:
                condensed = OxmlElement("w:spacing")
                rpr.insert_element_before(condensed, *_RPR_AFTER_SPACING)
            condensed.set(qn("w:val"), str(layout.char_spacing_twips))
        if spec.kind is WD_STYLE_TYPE.CHARACTER:
            continue
        style.base_style = normal
        ppr = style.element.get_or_add_pPr()
        _line_spacing(ppr, layout)
        ind = ppr.get_or_add_ind()
        if spec.indent:
            ind.set(qn("w:firstLineChars"), "200")
            ind.set(qn("w:firstLine"), str(2 * CHAR_TWIPS))
        else:
            ind.set(qn("w:firstLineChars"), "0")
            ind.set(qn("w:firstLine"), "0")
        style.paragraph_format.alignment = spec.align or WD_ALIGN_PARAGRAPH.JUSTIFY
        if spec.outline is not None and ppr.find(qn("w:outlineLvl")) is None:
            level = OxmlElement("w:outlineLvl")
            level.set(qn("w:val"), str(spec.outline))
            ppr.insert_element_before(level, "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                                      "w:pPrChange")
        style.quick_style = True


def _get_or_add(document, spec: StyleSpec):
    try:
        style = document.styles[spec.name]
        if style.type == spec.kind:
            return style
    except KeyError:
        pass
    style = document.styles.add_style(spec.name, spec.kind)
    style.element.set(qn("w:styleId"), spec.style_id)
    return style


# Children of w:rPr that the schema puts after w:spacing.
_RPR_AFTER_SPACING = ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
                      "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
                      "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


def _line_spacing(ppr, layout: LayoutSettings) -> None:
    spacing = ppr.get_or_add_spacing()
    spacing.set(qn("w:before"), "0")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), str(layout.line_pitch_twips))
    spacing.set(qn("w:lineRule"), "exact")
