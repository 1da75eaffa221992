"""DesktopSeg: find out who your customers are, from the spreadsheet your till already exports."""

__version__ = "0.1.0"
APP_NAME = "DesktopSeg"
ORG_NAME = "DesktopSeg"
