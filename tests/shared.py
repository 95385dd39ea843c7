"""Where the shared corpora and tools are read at run time (never copied into the repository):
``$EVENTWIRE_SHARED``, else ``../shared`` beside the checkout. Tests skip when absent."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EVENTWIRE_SHARED") or ROOT.parent / "shared")
