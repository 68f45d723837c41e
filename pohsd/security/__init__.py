"""Keys: the data key, per-user keyslots, the recovery key and lock policy."""
