"""Held-out evaluation set 3 (issue 11): generated tables and files plus real public tables,
labelled blind to how detection works. See README.md."""
