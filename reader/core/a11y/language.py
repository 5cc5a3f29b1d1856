"""Language tags: is an ``lang`` value a valid BCP 47 tag whose primary subtag is registered?

We do not ship the IANA registry. Two-letter primary subtags are checked against ISO 639-1 (all of them
are registered). Three-letter subtags are accepted unless they are the ISO 639-2 spelling of a language
that has a two-letter code (``eng``, ``zho``, ``chi``…), which the registry does not list. Grandfathered
``i-`` tags and anything that is not letters, digits and hyphens fail.
"""

from __future__ import annotations

import re

__all__ = ["is_valid_language_tag", "primary_subtag"]

_ISO_639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv
    dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii
    ik in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv
    mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn
    ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw
    ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split()
)
_ISO_639_2_SHADOWED = frozenset(
    """eng zho chi fra fre deu ger spa jpn kor rus ara por ita nld dut swe nor dan fin pol ces cze slk slo
    hun ron rum bul hrv srp slv ukr bel ell gre tur heb hin ben urd fas per tha vie ind msa may tgl kaz uzb
    mon tib bod uig khm lao mya bur kat geo hye arm aze eus baq cat glg isl ice gle cym wel lit lav est mlt
    afr swa zul xho amh som hau yor ibo tam tel kan mal mar guj pan ori asm nep sin lat epo""".split()
)
_TAG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")


def primary_subtag(value: str) -> str:
    return value.strip().split("-", 1)[0].lower()


def is_valid_language_tag(value: str) -> bool:
    """Whether ``value`` is a well-formed tag with a registered primary language subtag."""
    text = value.strip()
    if not _TAG.fullmatch(text):
        return False
    primary = primary_subtag(text)
    if len(primary) == 2:
        return primary in _ISO_639_1
    if len(primary) == 3:
        return primary not in _ISO_639_2_SHADOWED
    return False  # 4 letters are reserved; 5–8 letter primaries are not in the registry in practice
