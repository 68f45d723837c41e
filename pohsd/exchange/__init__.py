"""The `pohsd-client/1` exchange format (spec/exchange.md §1): schema, rules, import, export."""
