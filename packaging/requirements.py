"""What the bundle workflows install, read from pyproject.toml (the one list of dependencies).

    python packaging/requirements.py bundle    the app's dependencies + the `bundle` extra
    python packaging/requirements.py version   the project's version
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

PROJECT = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml")
                        .read_text("utf-8"))["project"]


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "bundle"
    if what == "version":
        print(PROJECT["version"])
    elif what == "bundle":
        print("\n".join(PROJECT["dependencies"] + PROJECT["optional-dependencies"]["bundle"]))
    else:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
