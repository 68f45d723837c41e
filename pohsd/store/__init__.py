"""The encrypted store: SQLCipher through SQLAlchemy, migrations, audit log, repositories."""
