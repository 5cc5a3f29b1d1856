"""Qt-free core: loading, parsing, article extraction, and the document model."""
