"""Dialogs of the pohsd interface."""
