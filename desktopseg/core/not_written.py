"""Say which customer lists were not written, and why (command line and window alike).

``write_segment_csvs`` writes one file per segment for e-mail tools, and only customers with a
usable e-mail address go in. A segment none of whose customers has one gets no file; when the
data has no e-mail addresses at all, no file is written. These lines name each list that was
left out and the reason, in plain words.
"""

from __future__ import annotations

from desktopseg.core.i18n import _
from desktopseg.core.model import AnalysisResult


def not_written(files, result: AnalysisResult | None = None) -> list[str]:
    """Return one plain-words line per customer list that was not written (empty: all were)."""
    written = getattr(files, "written", None) or {}
    left_out = getattr(files, "left_out", None) or {}
    skipped = [name for name, n in written.items() if not n]
    if not skipped:
        return []
    has_email = result is not None and "email" in result.customers \
        and bool(result.customers["email"].notna().any())
    if not any(written.values()):
        if not has_email:
            return [_("No customer lists were written: the data has no e-mail addresses, and "
                      "e-mail tools need one per customer. Export to Excel to get every "
                      "customer with their group.")]
        return [_("No customer lists were written: none of the customers has a usable e-mail "
                  "address.")]
    return [_("'{segment}' was not written: none of its {n} customers has an e-mail "
              "address.").format(segment=name, n=left_out.get(name, 0)) for name in skipped]
