"""Sociale kaart: read and check HSDS 3.0 feeds (Qt-free)."""
