"""What the Snakemake workflow calls: input discovery, per-CV job entry points, the worker pool.

A reader of ``rules/`` meets these names and never XML; a reader of ``cvextract/extract`` never
meets Snakemake.
"""
