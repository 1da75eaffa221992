"""The PySide6 desktop window. Only this package imports Qt; the core never does."""
