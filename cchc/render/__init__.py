"""Turning data into what people read: terminal views (Rich), JSON and CSV, later Word."""
