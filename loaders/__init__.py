"""Pure functions that turn report text into plain records (see records.py)."""
