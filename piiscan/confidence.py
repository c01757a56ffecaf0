"""From evidence to a confidence: independent signals combined by noisy-OR, the lower Wilson
bound of a matching share, and the calibration of the combined score (piiscan.decide)."""

from __future__ import annotations

import math

#: The default decision threshold (piiscan.decide.DEFAULT_MIN_CONFIDENCE): calibration is
#: the identity up to it, so decisions and near misses don't move.
THRESHOLD = 0.5


def wilson_lower(k: int, n: int, z: float = 1.96) -> float:
    if n <= 0:
        return 0.0
    p = k / n
    denom = 1 + z * z / n
    centre = p + z * z / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, (centre - margin) / denom)


#: Calibration of the combined evidence above the default threshold (piecewise linear, raw ->
#: reported; identity up to 0.5, so the default decisions and the near misses stay as they
#: are): the noisy-OR of several discounted signals is cautious, and findings at a raw 0.7
#: were right about 80% of the time (docs/benchmarks.md, reliability tables). A finding whose
#: main evidence is a minority of matching rows is left as it is (few, and asked about).
CALIBRATION = ((0.0, 0.0), (0.5, 0.5), (0.6, 0.7), (0.7, 0.82), (0.8, 0.9), (0.9, 0.95), (1.0, 1.0))


#: Places and device addresses are right less often than other findings of the same
#: evidence: whose place it is (a customer's or a site's) is a judgement no value settles.
#: Above the threshold their confidence keeps this share of its distance from it, fitted on
#: the calibration sets (held-out sets 2 and 3: places found at 0.91 were right 73% of the
#: time; direct identifiers and attributes of people as often as they said;
#: `python -m benchmarks.calibration`). The threshold stays where it is: the same decisions.
PLACES = frozenset({"CITY", "POSTAL_CODE", "STATE_REGION", "COUNTRY", "GEO_COORDINATES", "IP_ADDRESS",
                    "STREET_ADDRESS"})
PLACE_SLOPE = 0.55


def calibrated(raw: float, category: str | None = None) -> float:
    """A raw combined score as a confidence that is right about as often as it says."""
    confidence = 1.0
    for (x0, y0), (x1, y1) in zip(CALIBRATION, CALIBRATION[1:]):
        if raw <= x1:
            confidence = y0 + (y1 - y0) * (raw - x0) / (x1 - x0)
            break
    if category in PLACES and confidence > THRESHOLD:
        confidence = THRESHOLD + PLACE_SLOPE * (confidence - THRESHOLD)
    return confidence


def noisy_or(scores) -> float:
    remaining = 1.0
    for s in scores:
        remaining *= 1 - max(0.0, min(1.0, s))
    return 1 - remaining
