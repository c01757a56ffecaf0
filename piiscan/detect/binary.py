"""Binary columns decided from their bytes: what the prefixes and lengths a source read
(piiscan.sample.bytes_struct) say, together with the column name.

- features: the lengths (constant 16/20/32/48/64 bytes: digest or key sized), the byte
  entropy of the prefixes, magic numbers (PNG, JPEG, GIF, PDF, ZIP/Office, gzip, bcrypt or
  argon2 text stored as bytes), the share of values that are printable UTF-8 text, UUIDs
  stored as 16 bytes, and empty columns;
- bytes that are text (an e-mail stored as bytes) are decoded and go the way of a text
  column (`bytes_as_text`);
- the others are scored here (`binary_scores`): password hashes by their magic; digest-sized
  random bytes are a credential beside a credential name or a login, and with nothing else a
  near miss for review (a content checksum looks the same); images are a person's photo only
  under a photo name, and personal only where the rows describe people (`subject: person` of
  the `photo` rule, piiscan.context); images and documents of things are nothing.

Only derived numbers and kind names leave this module, never a byte of a value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import pyarrow as pa

from piiscan.detect.names import tokenize
from piiscan.findings import Evidence

#: (offset, leading bytes, kind, family) of the file and hash formats recognised.
MAGIC = (
    (0, b"\x89PNG\r\n\x1a\n", "PNG", "image"), (0, b"\xff\xd8\xff", "JPEG", "image"),
    (0, b"GIF87a", "GIF", "image"), (0, b"GIF89a", "GIF", "image"), (8, b"WEBP", "WebP", "image"),
    (0, b"II*\x00", "TIFF", "image"), (0, b"MM\x00*", "TIFF", "image"), (4, b"ftypheic", "HEIC", "image"),
    (0, b"%PDF-", "PDF", "document"), (0, b"PK\x03\x04", "ZIP/Office", "document"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE/Office", "document"), (0, b"\x1f\x8b", "gzip", "archive"),
    (0, b"$2a$", "bcrypt", "password hash"), (0, b"$2b$", "bcrypt", "password hash"),
    (0, b"$2y$", "bcrypt", "password hash"), (0, b"$argon2", "argon2", "password hash"),
    (0, b"pbkdf2_sha", "PBKDF2", "password hash"), (0, b"$6$", "SHA-crypt", "password hash"),
    (0, b"$5$", "SHA-crypt", "password hash"), (0, b"$scrypt$", "scrypt", "password hash"),
)
#: Constant lengths of digests and random keys: MD5 or a 128-bit key, SHA-1, SHA-256, SHA-384, SHA-512.
DIGEST_LENGTHS = frozenset({16, 20, 32, 48, 64})
#: Entropy (bits per byte, corrected for small samples) at or above which bytes look random.
HIGH_ENTROPY = 7.0
#: Fewer prefix bytes than this say nothing about entropy.
ENTROPY_MIN_BYTES = 128
#: Share of values that must be printable UTF-8 for the column to be read as text.
TEXT_SHARE = 0.9
#: Share of values that must start with one magic number for the column to be of that kind.
MAGIC_SHARE = 0.8
#: Score of password-hash text (bcrypt, argon2) stored as bytes.
HASH_TEXT_SCORE = 0.9
#: Score of digest-sized random bytes by themselves: a password hash, or a checksum of content.
DIGEST_SCORE = 0.3
#: Score a login or e-mail column in the same table (or rows about people) adds to them.
BESIDE_LOGIN_SCORE = 0.35
#: Score of image bytes under a photo name (the `photo` rule; the table's subject adds its own).
IMAGE_SCORE = 0.5
#: A name keyword on a binary column whose bytes say nothing against it keeps this share of its score.
BINARY_NAME_FACTOR = 0.8
#: A credential name on bytes that are images or documents keeps this share.
CONTRADICTED_FACTOR = 0.3
CREDENTIAL_RULES = ("password_hash", "api_token")
#: Words of a column name that say its digests are of content, not secrets (`file_sha256`, `etag`).
CONTENT_WORDS = frozenset({"checksum", "etag", "crc", "file", "content", "blob", "image", "document",
                           "attachment", "row", "version", "revision", "commit"})
LOGIN_ENTITIES = frozenset({"USERNAME", "EMAIL_ADDRESS"})
#: Tokens that name a checksum of something (`scan_sha256`, `file_md5`, `contract_sha`): a
#: digest of a file or a document, not a secret, unless a secret's word names it too
#: (`key_sha256`, `pin_hash`).
DIGEST_WORDS = frozenset({"sha", "sha1", "sha256", "sha512", "md5", "crc", "crc32", "checksum", "digest", "etag"})
SECRET_WORDS = frozenset({"key", "token", "secret", "pass", "password", "pwd", "pin", "salt", "api", "auth", "session"})


def digest_named(name: str) -> bool:
    """Whether a column's name says its values are a digest of content, not a secret."""
    tokens = tokenize(name)
    return any(t in DIGEST_WORDS for t in tokens) and not any(t in SECRET_WORDS for t in tokens)


@dataclass(frozen=True)
class BinaryFeatures:
    """What the sampled bytes of one column show (numbers and kind names only)."""

    rows: int
    non_null: int  # values with at least one byte
    empty: int  # zero-length values
    distinct: int  # distinct (prefix, length) pairs: a lower bound of the distinct values
    min_length: int = 0
    max_length: int = 0
    entropy: float = 0.0  # bits per byte over the prefixes (0 to 8); 0 when too few bytes
    magic: str | None = None  # the format most values start with (PNG, bcrypt, …)
    family: str | None = None  # image | document | archive | password hash
    magic_share: float = 0.0
    text_share: float = 0.0  # values that are printable UTF-8 text
    uuid_like: bool = False  # 16-byte values with the version and variant bits of a UUID
    beside_login: bool = False  # a login or e-mail column in the table, or rows about people

    @property
    def constant_length(self) -> int | None:
        return self.min_length if self.non_null and self.min_length == self.max_length else None

    @property
    def digest_like(self) -> bool:
        """Random bytes of one digest or key length, nearly all distinct."""
        return (self.constant_length in DIGEST_LENGTHS and self.entropy >= HIGH_ENTROPY and not self.uuid_like
                and self.family is None and self.distinct >= 0.9 * self.non_null)


def read_bytes(array) -> tuple[BinaryFeatures, pa.Array | None]:
    """The features of one column of `bytes_struct` values, and its values decoded as text
    when they are text (else None)."""
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks() if array.num_chunks != 1 else array.chunk(0)
    pairs = list(zip(array.field("prefix").to_pylist(), array.field("length").to_pylist()))
    texts = [_text(p, size) if p is not None and size else None for p, size in pairs]
    values = [p for p, size in pairs if p is not None and size]
    sizes = [size for p, size in pairs if p is not None and size]
    n = len(values)
    base = BinaryFeatures(rows=len(array), non_null=n, empty=sum(1 for p, size in pairs if p is not None and not size),
                          distinct=len({pair for pair in pairs if pair[0] is not None and pair[1]}))
    if not n:
        return base, None
    magic, family, share = _magic(values)
    text_share = sum(t is not None for t in texts) / n
    features = replace(base, min_length=min(sizes), max_length=max(sizes), entropy=_entropy(values),
                       magic=magic, family=family, magic_share=share, text_share=text_share,
                       uuid_like=min(sizes) == max(sizes) == 16 and _uuids(values))
    if text_share >= TEXT_SHARE and family != "password hash":
        return features, pa.array(texts, pa.string())
    return features, None


def _magic(values: list[bytes]) -> tuple[str | None, str | None, float]:
    counts: dict[tuple[str, str], int] = {}
    for value in values:
        for offset, lead, kind, family in MAGIC:
            if value[offset:offset + len(lead)] == lead:
                counts[(kind, family)] = counts.get((kind, family), 0) + 1
                break
    if not counts:
        return None, None, 0.0
    (kind, family), _ = max(counts.items(), key=lambda item: item[1])
    # formats of one family together (PNG and JPEG photos) count for the family
    in_family = sum(c for (_, f), c in counts.items() if f == family) / len(values)
    return (kind, family, in_family) if in_family >= MAGIC_SHARE else (None, None, in_family)


def _text(value: bytes, size: int) -> str | None:
    """A value's text when it is printable UTF-8 (a value cut at the prefix may end inside a
    character); None for bytes that are not text."""
    for cut in range(4 if size > len(value) else 1):
        try:
            text = value[:len(value) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
        return text if text and text.translate(_WHITESPACE).isprintable() else None
    return None


_WHITESPACE = {ord("\n"): None, ord("\r"): None, ord("\t"): None}


def _entropy(values: list[bytes]) -> float:
    """Shannon entropy of the bytes in bits per byte, with the Miller-Madow correction (a
    few hundred random bytes show fewer than 8 bits otherwise); 0 below ENTROPY_MIN_BYTES."""
    import numpy as np

    data = np.frombuffer(b"".join(values), dtype=np.uint8)
    if len(data) < ENTROPY_MIN_BYTES:
        return 0.0
    counts = np.bincount(data, minlength=256)
    counts = counts[counts > 0]
    p = counts / len(data)
    plain = float(-(p * np.log2(p)).sum())
    return round(min(8.0, plain + (len(counts) - 1) / (2 * len(data) * math.log(2))), 2)


def _uuids(values: list[bytes]) -> bool:
    fits = sum(1 for v in values if 1 <= v[6] >> 4 <= 8 and v[8] >> 6 == 2)
    return len(values) >= 5 and fits >= 0.9 * len(values)


def bytes_as_text(infos: list, arrays: list) -> tuple[list, list, dict[str, BinaryFeatures]]:
    """The columns of a sample with the binary ones that hold text decoded (they are then
    detected like any text column), the other binary ones left out, and the features of
    every binary column read, by name."""
    kept_infos, kept_arrays, read = [], [], {}
    for info, array in zip(infos, arrays):
        if not (info.binary and pa.types.is_struct(array.type)):
            kept_infos.append(info)
            kept_arrays.append(array)
            continue
        try:
            read[info.name], text = read_bytes(array)
        except (pa.ArrowException, ValueError, TypeError, IndexError):
            continue  # bytes that can't be read: decided from the column name, as if not read
        if text is not None:
            kept_infos.append(info)
            kept_arrays.append(text)
    return kept_infos, kept_arrays, read


def without_bytes_rules(names: dict, rules) -> dict:
    """A text column's name keywords without those of rules only bytes can confirm (`photo`:
    `needs_values` and nothing to match text with), which would otherwise keep NER away."""
    if not names:
        return names
    return {rule: match for rule, match in names.items() if not _bytes_only(rules.by_name(rule))}


def _bytes_only(rule) -> bool:
    return rule.needs_values and not (rule.patterns or rule.allow_list or rule.validator or rule.ner)


def mark_neighbours(columns: list, rules) -> None:
    """Note, on the features of each binary column, whether a login or e-mail column stands
    in the same table (by its name or its values) or the table's name says it is about people."""
    logins = [ev for ev in columns if _login(ev, rules)]
    for ev in columns:
        features = getattr(ev, "binary", None)
        if features is not None and (ev.table_kind[0] == "person" or any(o is not ev for o in logins)):
            ev.binary = replace(features, beside_login=True)


def _login(ev, rules) -> bool:
    named = any(m.strong and rules.by_name(r).entity in LOGIN_ENTITIES for r, m in ev.names.items())
    valued = "email" in ev.values and any(m.rows >= 0.5 * ev.profile.non_null for m in ev.values["email"])
    return named or valued


def describe_bytes(f: BinaryFeatures) -> str:
    """The bytes of a column in words, e.g. "bytes read: 32-byte values, high entropy (7.9 bits per byte)"."""
    if not f.non_null:
        return "bytes read: no sampled value holds a byte"
    if f.text_share >= TEXT_SHARE and f.family != "password hash":
        return f"bytes read: {f.text_share:.0%} of the values are UTF-8 text, detected as text"
    size = f"{f.constant_length}-byte values" if f.constant_length else f"values of {f.min_length} to {f.max_length} bytes"
    parts = [size]
    if f.magic:
        parts.append(f"{f.magic_share:.0%} {f.family}s ({f.magic})" if f.family != "password hash"
                     else f"{f.magic_share:.0%} {f.magic} password hashes as text")
    elif f.uuid_like:
        parts.append("UUIDs")
    elif f.entropy >= HIGH_ENTROPY:
        parts.append(f"high entropy ({f.entropy:.1f} bits per byte)")
    elif f.entropy:
        parts.append(f"{f.entropy:.1f} bits per byte")
    parts.append(f"{f.distinct} distinct of {f.non_null}")
    return "bytes read: " + ", ".join(parts)


def binary_scores(ev, rules) -> list[tuple]:
    """(rule, scores by signal, evidence, match ratio) for each rule a binary column may be,
    from its bytes (`ev.binary`; None: not read) and its column name."""
    f = ev.binary
    if f is None or not f.non_null:
        why = "its bytes were not read" if f is None else "no sampled value holds a byte"
        return [(rule, {"column_name": score}, [Evidence("column_name", f"{detail}; {why}", score)], 0.0)
                for rule, score, detail in _named(ev, rules)]
    seen = describe_bytes(f).removeprefix("bytes read: ")
    out = []
    for rule, score, detail in _named(ev, rules):
        if rule.name in CREDENTIAL_RULES and f.family in ("image", "document"):
            score *= CONTRADICTED_FACTOR / BINARY_NAME_FACTOR
            detail += "; values don't agree"
        out.append((rule, {"column_name": score}, [Evidence("column_name", f"{detail}; bytes: {seen}", score)],
                    1.0 if rule.name in CREDENTIAL_RULES and f.digest_like else 0.0))
    by_rule = {entry[0].name: entry for entry in out}
    credential = next((by_rule[r] for r in CREDENTIAL_RULES if r in by_rule), None)
    if f.family == "password hash":
        credential = credential or _new(rules, "password_hash", out)
        credential[1]["values"] = HASH_TEXT_SCORE
        credential[2].append(Evidence("values", f"{f.magic_share:.0%} of the values are {f.magic} hashes stored as bytes",
                                      HASH_TEXT_SCORE))
    elif f.digest_like and (credential is not None or ev.table_kind[0] != "thing"):  # a checksum of goods
        credential = credential or _new(rules, "password_hash", out)
        credential[1]["values"] = DIGEST_SCORE
        credential[2].append(Evidence("values", f"{seen}: digest or key sized", DIGEST_SCORE))
        if f.beside_login and "column_name" not in credential[1] and not (CONTENT_WORDS.intersection(
                tokenize(ev.column.name)) or digest_named(ev.column.name)):
            credential[1]["login"] = BESIDE_LOGIN_SCORE  # piiscan.context has "neighbours"
            credential[2].append(Evidence("neighbours", "beside a login or e-mail column, or in a table about people",
                                          BESIDE_LOGIN_SCORE))
    if f.family == "image":
        photo = _photo(ev, rules)
        if photo is not None:
            rule, score, detail = photo
            out.append((rule, {"column_name": score, "values": IMAGE_SCORE},
                        [Evidence("column_name", detail, score),
                         Evidence("values", f"{f.magic_share:.0%} of the values are images ({f.magic})", IMAGE_SCORE)],
                        f.magic_share))
    return [entry for entry in out if entry[1]]


def _named(ev, rules):
    """(rule, score, detail) of the strong name keywords that count on a binary column."""
    for rule_name, name in ev.names.items():
        rule = rules.by_name(rule_name)
        if not name.strong or rule.name in ev.denied or rule.needs_values or rule.shape != "any":
            continue
        yield rule, rule.name_score * BINARY_NAME_FACTOR, f"keyword {name.keyword!r} ({name.language}) on a binary column"


def _new(rules, name: str, out: list) -> tuple:
    """A new entry of `out` for rule `name`; a throwaway one when the rules have no such rule."""
    entry = (_rule(rules, name), {}, [], 1.0)
    if entry[0] is not None:
        out.append(entry)
    return entry


def _rule(rules, name: str):
    return next((rule for rule in rules if rule.name == name), None)


def _photo(ev, rules) -> tuple | None:
    """The `photo` rule's name evidence: a strong keyword (photo, avatar, portrait), or a weak
    one (picture, image) unless the table is named after things."""
    name = ev.names.get("photo")
    if name is None or "photo" in ev.denied or (not name.strong and ev.table_kind[0] == "thing"):
        return None
    rule = _rule(rules, "photo")
    score = rule.name_score if name.strong else rule.name_score * 0.45
    kind = "keyword" if name.strong else "weak keyword"
    return rule, score, f"{kind} {name.keyword!r} ({name.language}) on a column of images"
