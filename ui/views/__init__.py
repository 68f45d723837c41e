"""Views of the pohsd interface."""
