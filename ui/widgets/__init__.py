"""Widgets of the pohsd interface."""
