"""The validator registry lives in `piiscan.validators` (rules name validators; detection calls
them). This module keeps the old import path."""

from piiscan.validators import *  # noqa: F401,F403
from piiscan.validators import VALIDATORS, _country_names, parse_date  # noqa: F401
