"""Exports of the fact base: sqlite.py writes a relational SQLite database (schema.py declares its
tables), metadata.py the metadata Datasette reads beside it."""
