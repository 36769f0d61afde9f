# Startdag: `make run` starts the app, `make test` runs the whole suite.
# Both create .venv and install what is missing first.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

# Qt's system libraries (Debian names): the base set, and the xcb set a real window needs.
QT_LIBS  := libglib2.0-0 libgl1 libxkbcommon0 libegl1 libfreetype6 libfontconfig1 libdbus-1-3
XCB_LIBS := libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
            libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0

.PHONY: run test bench lint i18n clean syslibs-base syslibs-window bundle

run: $(STAMP) syslibs-window
	$(PY) main.py $(ARGS)

test: $(STAMP) syslibs-base
	$(PY) -m pytest -n 2 --dist loadfile $(PYTEST_ARGS)

bench: $(STAMP) syslibs-base
	@for b in bench/bench_*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(PY) -m bench.$$(basename $$b .py) || exit 1; done

lint: $(STAMP)
	$(VENV)/bin/ruff check .

# Regenerate the Dutch translation source from the code, then compile it.
i18n: $(STAMP)
	$(VENV)/bin/pyside6-lupdate main.py $$(find ui -name '*.py' | sort) -ts ui/i18n/startdag_nl.ts -no-obsolete -locations none
	$(VENV)/bin/pyside6-lrelease ui/i18n/startdag_nl.ts -qm ui/i18n/startdag_nl.qm
	$(VENV)/bin/pyside6-lrelease ui/i18n/qtbase_extra_nl.ts -qm ui/i18n/qtbase_extra_nl.qm

# The facilitator's desktop bundle: dist/Startdag/Startdag (PyInstaller, one folder; see
# packaging/startdag.spec and docs/packaging.md). Check it with dist/Startdag/Startdag --selftest.
bundle: $(STAMP) syslibs-window
	$(VENV)/bin/pyinstaller --noconfirm --log-level ERROR --distpath dist --workpath build \
	  packaging/startdag.spec

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; \
	  print('\n'.join(p['dependencies'] + [d for g in p['optional-dependencies'].values() for d in g]))" \
	  > $(VENV)/requirements.txt
	$(PY) -m pip install --quiet -r $(VENV)/requirements.txt
	rm -f $(VENV)/.installed-*
	touch $@

syslibs-base:
	@sh .ci/syslibs $(QT_LIBS)

syslibs-window:
	@sh .ci/syslibs $(QT_LIBS) $(XCB_LIBS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist
