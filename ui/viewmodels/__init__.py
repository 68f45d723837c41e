"""Viewmodels of the pohsd interface."""
