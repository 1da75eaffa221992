"""The shipped translations: complete, placeholders intact, compiled files up to date."""

from __future__ import annotations

import filecmp
import re
import string

import pytest

from desktopseg.gui import i18n_build
from desktopseg.gui.i18n_build import SHIPPED_LANGUAGES, TS_DIR, read_ts

#: (context, English source) pairs a language may leave untranslated, with the reason.
#: Kept short on purpose: everything a shop owner reads is translated.
UNTRANSLATED_OK: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def current():
    """Every translatable text in the package now (lupdate + the core and data scans)."""
    return i18n_build.current_messages()


@pytest.fixture(scope="module", params=SHIPPED_LANGUAGES)
def shipped(request):
    language = request.param
    return language, {m.key: m for m in read_ts(TS_DIR / f"desktopseg_{language}.ts")}


def _fields(text: str) -> list[str]:
    """The ``str.format`` fields of ``text`` with their format specs, e.g. ['n', 'pct:.0f']."""
    out = []
    for _lit, name, spec, conv in string.Formatter().parse(text):
        if name is not None:
            out.append(f"{name}!{conv or ''}:{spec or ''}")
    return sorted(out)


def test_extraction_finds_every_kind_of_marked_text(current):
    """The scan sees Qt tr() text, core _() text, QT_TRANSLATE_NOOP roles and data-file names."""
    keys = {m.key for m in current}
    assert ("MainWindow", "&File") in keys
    assert ("core", "Buying behaviour (RFM)") in keys
    assert ("roles", "Customer ID") in keys
    assert ("core", "Champions") in keys  # core/data/rfm_grid.json
    assert ("report", "Key figures") in keys
    assert len(keys) > 700


def test_every_text_is_translated(current, shipped):
    """Each shipped language has a finished translation of every text the program shows."""
    language, ts = shipped
    missing = [
        m.key for m in current
        if m.key not in UNTRANSLATED_OK
        and not (m.key in ts and ts[m.key].finished and ts[m.key].translation.strip())
    ]
    assert not missing, (
        f"{len(missing)} texts lack a {language} translation (run `make translations`, then "
        f"translate them in resources/translations/desktopseg_{language}.ts): {missing[:10]}"
    )


def test_placeholders_survive_translation(shipped):
    """A translation keeps exactly the {fields} of its source, so .format() never breaks."""
    language, ts = shipped
    wrong = [
        (m.source, m.translation) for m in ts.values()
        if m.translation and _fields(m.source) != _fields(m.translation)
    ]
    assert not wrong, f"{language}: placeholders differ: {wrong[:5]}"


def test_translations_format_like_their_source(shipped):
    """Formatting each translation with sample values works (no stray braces, bad specs)."""
    language, ts = shipped
    for m in ts.values():
        if not m.translation or not _fields(m.source):
            continue
        values = {}
        for _lit, name, spec, _conv in string.Formatter().parse(m.source):
            if name:
                values[name] = 1234.5 if spec else "x"
        assert m.translation.format(**values), (language, m.source)


def test_accelerators_kept(shipped):
    """Menu texts with an &-shortcut keep one in translation (keyboard users need it)."""
    language, ts = shipped
    lost = [m.source for m in ts.values()
            if re.search(r"&\w", m.source) and not re.search(r"&\w", m.translation)]
    assert not lost, f"{language}: shortcut letters lost in {lost}"


def test_committed_qm_files_match_the_ts_sources(tmp_path):
    """The committed .qm files are what lrelease makes of the committed .ts files."""
    for language in SHIPPED_LANGUAGES:
        fresh = i18n_build.compile_qm(language, out_dir=tmp_path)
        committed = TS_DIR / f"desktopseg_{language}.qm"
        assert committed.exists(), f"{committed.name} missing: run `make translations`"
        assert filecmp.cmp(fresh, committed, shallow=False), (
            f"{committed.name} is older than its .ts: run `make translations` and commit it"
        )
