"""Repositories: one module per aggregate; a Session in, DTOs out."""
