"""``python -m cvextract.workflow`` prints the installed Snakefile's path;
``python -m cvextract.workflow --profile NAME`` prints the folder of a shipped profile."""

import argparse

from . import PROFILES_DIR, SNAKEFILE, profile


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cvextract.workflow",
        description="Print where the installed batch workflow is, for plain Snakemake: "
                    'snakemake -s "$(python -m cvextract.workflow)" --cores 2 --configfile batch.yaml')
    names = sorted(p.name for p in PROFILES_DIR.iterdir() if (p / "config.yaml").is_file())
    parser.add_argument("--profile", choices=names, help="print this profile's folder instead (for --profile)")
    args = parser.parse_args(argv)
    print(profile(args.profile) if args.profile else SNAKEFILE)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
