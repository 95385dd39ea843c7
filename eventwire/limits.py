"""Limits shared by the pipeline and the CLI (imported without loading spaCy)."""

MAX_CHARS = 1_000_000  # longest article text coded by default (`--max-chars`)
