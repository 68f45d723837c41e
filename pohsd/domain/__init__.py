"""Domain types shared by every layer: enums, errors, DTOs."""
