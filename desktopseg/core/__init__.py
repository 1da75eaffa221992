"""The Qt-free heart of DesktopSeg: import, clean, segment, describe, export.

Nothing under ``desktopseg.core`` may import Qt; ``tests/test_architecture.py`` enforces it.
"""
