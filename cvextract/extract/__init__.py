"""Extractors: a CV file in, a CV dict out. Registry in :mod:`cvextract.registry`."""
