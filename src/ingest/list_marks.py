"""List and item marks (一、 2. (三)) as regex pieces: one spelling of each kind of mark for
the readers that tell a numbered item from its text, each composing the kinds it accepts."""

from __future__ import annotations

#: Han-numeral item: 一、 二十、 一. (a section or list item).
HAN_ITEM = r"[一二三四五六七八九十]+[、.．]"
#: Arabic item: 1. 2、 12． (not 1.5, a number).
ARABIC_ITEM = r"\d{1,2}[.、．](?!\d)"
#: Bracketed item: (一) （3） (12).
BRACKETED_ITEM = r"[(（][一二三四五六七八九十\d]+[)）]"
#: Bracketed Arabic item only: (1) （12）, the sub-item under an Arabic one.
BRACKETED_ARABIC_ITEM = r"[(（]\d{1,2}[)）]"
#: Circled item: ① … ⑳.
CIRCLED_ITEM = r"[①-⑳]"
#: Any one of the item marks above but the circled.
ITEM = f"(?:{HAN_ITEM}|{ARABIC_ITEM}|{BRACKETED_ITEM})"
