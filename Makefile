# Developer shortcuts. Every target uses the project venv (.venv); `make venv` makes it.
PY ?= .venv/bin/python
export QT_QPA_PLATFORM ?= offscreen

.PHONY: venv test quick bench screenshots samples package translations

venv:
	python3 -m venv .venv && .venv/bin/pip install -e '.[test,bench,package]'

test:
	$(PY) -m pytest

quick:
	$(PY) -m pytest -m "not slow" -x -q

samples:
	$(PY) sample_workbooks/generate.py

bench:
	$(PY) benchmarks/run_all.py

screenshots:
	$(PY) -m desktopseg.gui.screenshots docs/screenshots

package:
	bash installers/build.sh

translations:
	$(PY) -m desktopseg.gui.i18n_build
