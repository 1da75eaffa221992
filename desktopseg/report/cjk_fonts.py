"""CJK fonts for the printed report: find them for matplotlib, or say clearly that none exist.

Qt finds fonts through fontconfig; matplotlib reads its own cache of font files and, on some
machines (seen on CI), does not list a Noto CJK face that Qt knows. :func:`matplotlib_families`
then adds the face's files with ``fontManager.addfont`` (found with ``findSystemFonts``).

When the report's text is in Korean, Chinese or Japanese and the computer has no font for those
letters, the report is not printed with empty boxes: :func:`no_font_error` says what is missing
and how to install it.
"""

from __future__ import annotations

import re

from desktopseg.core.errors import UserError

_CJK = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3040-\u30ff\u31f0-\u31ff"
                  r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")


def needs_cjk(text: str) -> bool:
    """Whether ``text`` has Hangul, kana or Han characters."""
    return bool(_CJK.search(text or ""))


def system_font_files() -> list[str]:
    """Font files on this computer (matplotlib's search; tests replace this)."""
    from matplotlib import font_manager

    return list(font_manager.findSystemFonts())


def matplotlib_families(families: list[str]) -> list[str]:
    """Return the ``families`` matplotlib can draw with, adding missing ones' files first."""
    from matplotlib import font_manager

    fm = font_manager.fontManager
    known = {f.name for f in fm.ttflist}
    missing = [f for f in families if f not in known]
    if missing:
        # "Noto Sans CJK KR" lives in NotoSansCJK-Regular.ttc: match on the file name's stem.
        stems = {re.sub(r"[^a-z]", "", f.lower().replace("sc", "").replace("kr", "")
                        .replace("jp", "").replace("tc", "")) for f in missing}
        for path in system_font_files():
            name = re.sub(r"[^a-z]", "", path.rsplit("/", 1)[-1].lower())
            if any(s and s in name for s in stems) and "bold" not in name:
                try:
                    fm.addfont(path)
                except (OSError, RuntimeError, ValueError):
                    continue
        known = {f.name for f in fm.ttflist}
    return [f for f in families if f in known]


def no_font_error(text: str, translate) -> UserError:
    """Return the error for ``text`` that needs a CJK font on a computer without one."""
    script = (translate("report", "Korean") if _HANGUL.search(text)
              else translate("report", "Chinese or Japanese"))
    return UserError(
        translate("report", "The report is in {script}, but this computer has no font for "
                  "those letters, so it would print empty boxes.").format(script=script),
        hint=translate("report", "Install a CJK font (on Linux the package fonts-noto-cjk, "
                       "'Noto Sans CJK'), or print the report in English or Finnish."),
    )
