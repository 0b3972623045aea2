"""Renderers: CV data + a Word template -> a new Word document."""
