"""Held-out evaluation set for the accuracy benchmark: see README.md in this folder."""
