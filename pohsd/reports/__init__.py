"""Anonymised practice report: aggregates per period, small-cell suppression, CSV/JSON/PDF."""
