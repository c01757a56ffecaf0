"""A generated held-out set: SQLite databases made from table declarations
(`heldout3.model`), a folder of files, their labels written from the same declarations, and
the build / freeze / verify of benchmarks/freezing.py. Held-out sets 4 and 5 are each one
`HeldoutSet`, sets 6 and 7 a `HeldoutSet` with one real part (`WithRealPart`); their
`generate` modules name its parts and expose its verbs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from benchmarks import freezing
from benchmarks.heldout3.generate import write_sqlite
from benchmarks.heldout3.model import Table, label_rows


@dataclass(frozen=True)
class HeldoutSet:
    #: the set's number (4 for benchmarks/heldout4) and folder (labels/ and FROZEN.sha256 live there)
    number: int
    here: Path
    #: database part name -> its table makers
    databases: dict
    #: the part name of the files folder, and the module that declares and writes them
    #: (`TABLES`, `PATHS`: table name -> path inside the folder, `write(folder, specs, seed, part)`)
    files_part: str
    files: ModuleType
    seed: int = 0

    @property
    def labels(self) -> Path:
        return self.here / "labels"

    @property
    def frozen(self) -> Path:
        return self.here / "FROZEN.sha256"

    @property
    def header(self) -> str:
        """The comment lines at the top of FROZEN.sha256."""
        n = self.number
        return (f"# piiscan held-out evaluation set {n}: SHA-256 of each part (README.md, 'Freeze').\n"
                "# labels/ hash the file bytes; rows:X.sqlite a canonical dump of the rows (heldout2.generate.rows_fingerprint);\n"
                f"# {self.files_part}/ the bytes of CSV and JSON Lines, the rows of Parquet (heldout2.generate.file_fingerprint).\n"
                f"#   python -m benchmarks.heldout{n}.generate build out/heldout{n} && "
                f"python -m benchmarks.heldout{n}.generate verify out/heldout{n}\n")

    @property
    def parts(self) -> tuple[str, ...]:
        return (*self.databases, self.files_part)

    def specs(self, part: str) -> list[Table]:
        makers = self.files.TABLES if part == self.files_part else self.databases[part]
        return [make() for make in makers]

    def labels_csv(self, part: str) -> str:
        """The labels file of a part, from the table declarations."""
        paths = self.files.PATHS if part == self.files_part else {}
        return freezing.labels_text(row for spec in self.specs(part)
                                    for row in label_rows(spec, paths.get(spec.name, spec.name)))

    def build(self, folder: str | Path, seed: int | None = None) -> dict[str, Path]:
        """Build every part into `folder`; returns part name -> path."""
        seed = self.seed if seed is None else seed
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        out = {part: write_sqlite(folder / f"{part}.sqlite", self.specs(part), seed, part) for part in self.databases}
        out[self.files_part] = self.files.write(folder / self.files_part, self.specs(self.files_part), seed,
                                                self.files_part)
        return out

    def versions(self) -> str:
        import faker
        import pyarrow
        import stdnum

        return (f"faker={faker.VERSION} python-stdnum={stdnum.__version__} pyarrow={pyarrow.__version__} "
                f"seed={self.seed}")

    def fingerprints(self, folder: Path) -> dict[str, str]:
        return freezing.fingerprints(folder, self.labels, self.databases, self.files_part)

    def freeze(self, folder: Path) -> None:
        freezing.write_labels(self.labels, self.parts, self.labels_csv)
        freezing.write_frozen(self.frozen, self.header, self.versions(), self.fingerprints(folder))

    def verify(self, folder: Path) -> list[str]:
        """Problems found (empty when everything matches). Data are compared only when the
        Faker and python-stdnum versions are those of the freeze; the labels always."""
        frozen, frozen_versions = freezing.read_frozen(self.frozen)
        return (freezing.label_problems(self.labels, self.parts, self.labels_csv)
                + freezing.compare(frozen, frozen_versions, self.fingerprints(folder), self.versions()))

    def main(self, argv: list[str] | None, doc: str) -> int:
        return freezing.main(argv, doc, self.build, self.freeze, self.verify, self.frozen)


@dataclass(frozen=True)
class WithRealPart:
    """A generated held-out set and one real-data part: a module with `PART`, `PACKAGE`,
    `available()`, `version()` and `write(path)`, built when its package is installed, frozen
    with the rest (labelled by hand) and skipped, not a problem, when the package is missing."""

    set: HeldoutSet
    real: ModuleType

    def build(self, folder: str | Path, seed: int | None = None, with_real: bool = True) -> dict[str, Path]:
        """Build every part into `folder`; returns part name -> path (the real part is left out
        when its package is not installed, or when `with_real` is false)."""
        out = self.set.build(folder, seed)
        if with_real and self.real.available():
            out[self.real.PART] = self.real.write(Path(folder) / f"{self.real.PART}.sqlite")
        return out

    def versions(self) -> str:
        out = self.set.versions()
        if self.real.available():
            out = out.replace(" seed=", f" {self.real.PACKAGE}={self.real.version()} seed=")
        return out

    def fingerprints(self, folder: Path) -> dict[str, str]:
        s = self.set
        return freezing.fingerprints(folder, s.labels, s.databases, s.files_part, (self.real.PART,))

    def freeze(self, folder: Path) -> None:
        """Write the generated parts' labels (the real part's are written by hand) and FROZEN.sha256."""
        if not self.real.available():
            raise SystemExit(f"freeze needs {self.real.PACKAGE} installed: the real part is part of the freeze")
        freezing.write_labels(self.set.labels, self.set.parts, self.set.labels_csv)
        freezing.write_frozen(self.set.frozen, self.set.header, self.versions(), self.fingerprints(folder))

    def verify(self, folder: Path) -> list[str]:
        """Problems found (empty when everything matches). Data are compared only when the
        Faker and python-stdnum versions are those of the freeze; the labels always. The real
        part, when its package is missing, is skipped, not a problem."""
        frozen, frozen_versions = freezing.read_frozen(self.set.frozen)
        skipped = set() if self.real.available() else {f"rows:{self.real.PART}.sqlite"}
        return (freezing.label_problems(self.set.labels, self.set.parts, self.set.labels_csv)
                + freezing.compare(frozen, frozen_versions, self.fingerprints(folder), self.versions(), skipped))

    def main(self, argv: list[str] | None, doc: str) -> int:
        return freezing.main(argv, doc, self.build, self.freeze, self.verify, self.set.frozen)
