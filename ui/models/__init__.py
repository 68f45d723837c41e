"""Models of the pohsd interface."""
