"""The library of saved articles: the store (SQLite) and its Chinese full-text search."""
