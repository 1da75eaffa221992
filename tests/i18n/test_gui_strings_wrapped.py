"""Every text the GUI shows goes through Qt's translation (an AST scan of desktopseg/gui)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import desktopseg

GUI_DIR = Path(desktopseg.__file__).resolve().parent / "gui"

#: Methods whose string arguments end up on screen.
SHOWN_BY_METHOD = {
    "setText", "setWindowTitle", "addAction", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setTitle", "addMenu", "showMessage", "setLabelText", "setWhatsThis", "addTab", "setTabText",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setInformativeText", "setDetailedText",
    "setAccessibleName", "setPrefix", "setSuffix", "setSpecialValueText", "addItem", "insertItem",
    "setHtml", "information", "warning", "critical", "question", "about", "getSaveFileName",
    "getOpenFileName", "getExistingDirectory", "setNameFilter", "setPlainText",
}
#: Widgets whose constructor takes the text to show.
SHOWN_BY_CONSTRUCTOR = {
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox", "QMessageBox",
    "QToolButton", "QMenu", "QCommandLinkButton",
}
#: Calls that translate their argument (or mark it for translation).
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "_", "N_"}
#: (file name, literal) pairs allowed on screen untranslated, with the reason.
EXCEPTIONS = {
    ("main_window.py", "DesktopSeg"): "the product's name",
    ("app.py", "DesktopSeg"): "the product's name",
}


def _words(text: str) -> str:
    """The human words of ``text``: markup, entities and {placeholders} removed."""
    text = re.sub(r"<[^>]*>", " ", text)
    text = re.sub(r"&\w+;", " ", text)
    text = re.sub(r"\{[^{}]*\}", " ", text)
    if re.fullmatch(r"\s*\S*[./_*]\S*\s*", text):
        return ""  # one token with a dot, slash, underscore or star: a suffix, path or key
    return text if re.search(r"[^\W\d_]{2,}", text) else ""


def _untranslated_literals(node: ast.AST) -> list[str]:
    """Literal text inside ``node`` that no translating call wraps."""
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name in TRANSLATING:
            return []
        # "...".format(...) or ", ".join(...): check the string the method is called on.
        if isinstance(func, ast.Attribute):
            found = _untranslated_literals(func.value)
            for arg in node.args:
                found += _untranslated_literals(arg)
            return found
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return [literal] if _words(literal) else []
    if isinstance(node, ast.BinOp):
        return _untranslated_literals(node.left) + _untranslated_literals(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated_literals(node.body) + _untranslated_literals(node.orelse)
    return []


def scan(folder: Path = GUI_DIR) -> list[str]:
    """Places in ``folder`` where a literal reaches the screen without translation."""
    problems = []
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name not in SHOWN_BY_METHOD and name not in SHOWN_BY_CONSTRUCTOR:
                continue
            args = list(node.args) + [kw.value for kw in node.keywords if kw.arg in (
                "text", "title", "toolTip", "caption", "filter")]
            for arg in args:
                for literal in _untranslated_literals(arg):
                    if (path.name, literal) in EXCEPTIONS:
                        continue
                    problems.append(f"{path.name}:{node.lineno}: {name}({literal!r})")
    return problems


def test_gui_has_no_untranslated_text():
    """No literal text reaches a label, button, menu, tooltip or dialog without tr()."""
    problems = scan()
    assert not problems, "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(
        problems)


def test_scan_catches_unwrapped_text(tmp_path):
    """The scan itself flags the usual mistakes and accepts wrapped text and markup."""
    (tmp_path / "sample.py").write_text(
        "def build(self, n):\n"
        "    self.label.setText('Customers')\n"
        "    QPushButton(f'Open {n} files')\n"
        "    self.box.setToolTip('Sum: ' + str(n))\n"
        "    self.ok.setText(self.tr('Customers'))\n"
        "    self.ok.setText(self.tr('{n} customers').format(n=n))\n"
        "    self.html.setText(self.tr('<b>Why</b>') + f'<ul>{n}</ul>')\n"
        "    QMessageBox.warning(self, QCoreApplication.translate('x', 'Oops'), str(n))\n",
        encoding="utf-8",
    )
    problems = scan(tmp_path)
    assert [p.split(": ", 1)[0] for p in problems] == ["sample.py:2", "sample.py:3",
                                                       "sample.py:4"]
