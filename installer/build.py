"""Build the self-contained CrossDesk program, and optionally its installer.

    python installer/build.py                 # dist/crossdesk/ (one folder, runs in place)
    python installer/build.py --installer     # + Windows setup.exe (Inno Setup) or Linux .tar.gz
    python installer/build.py --dist D --work W   # other output and scratch folders

PyInstaller is a build-time dependency (`pip install -e .[build]`); the program itself
never needs it. The bundle is built for the system it runs on: build the Windows installer
on Windows.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "crossdesk.spec"
ICON = ROOT / "resources" / "icons" / "crossdesk.ico"
SIZE_TARGET_MB = 150


def project_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def compile_translations() -> None:
    """Compile the Chinese catalogue, so the bundle never ships a stale .qm."""
    sys.path.insert(0, str(INSTALLER))
    try:
        import translations
    finally:
        sys.path.pop(0)
    if translations.TS_FILE.exists():
        translations.release()
        translations.release(translations.QT_GAPS_TS)


def write_windows_version_file(version: str, work: Path) -> Path:
    """The version resource Windows shows in the file's properties."""
    numbers = [int(part) for part in version.split(".")[:4] if part.isdigit()]
    numbers += [0] * (4 - len(numbers))
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple(numbers)}, prodvers={tuple(numbers)}),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'CrossDesk'),
      StringStruct('FileDescription', 'CrossDesk 跨部门协作台'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'crossdesk'),
      StringStruct('OriginalFilename', 'crossdesk.exe'),
      StringStruct('ProductName', 'CrossDesk'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    path = work / "version_info.txt"
    path.write_text(text, encoding="utf-8")
    return path


def run_pyinstaller(dist: Path, work: Path, version: str) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("PyInstaller is not installed: pip install -e .[build]") from None
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    if sys.platform.startswith("win"):
        env["CROSSDESK_VERSION_FILE"] = str(write_windows_version_file(version, work))
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(SPEC),
    ]
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    return dist / "crossdesk"


def strip_debug_info(bundle: Path) -> int:
    """Remove debug information from the bundle's ELF files that carry it (a Python built
    from source carries about 25 MB of it). Libraries in ``*.libs`` folders were patched by
    auditwheel and break when stripped, so they are left alone. Returns the bytes saved."""
    strip = shutil.which("strip")
    if strip is None or not sys.platform.startswith("linux"):
        return 0
    saved = 0
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        if any(part.endswith(".libs") for part in path.relative_to(bundle).parts):
            continue
        data = path.read_bytes()
        if not data.startswith(b"\x7fELF") or b".debug_info" not in data:
            continue
        before = len(data)
        subprocess.run([strip, "--strip-debug", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def fill_iss(version: str, bundle: Path, out_dir: Path) -> Path:
    """A copy of the Inno Setup script with its placeholders filled, beside the original
    (so its relative paths still work)."""
    template = (INSTALLER / "windows" / "crossdesk.iss").read_text(encoding="utf-8")
    filled = (
        template.replace("@VERSION@", version)
        .replace("@BUNDLE_DIR@", str(bundle))
        .replace("@ICON_FILE@", str(ICON))
        .replace("@OUTPUT_DIR@", str(out_dir))
    )
    path = INSTALLER / "windows" / "crossdesk.generated.iss"
    # Inno Setup reads a script with a byte-order mark as UTF-8 (the Chinese messages).
    path.write_text(filled, encoding="utf-8-sig")
    return path


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.exists():
                return str(candidate)
    return None


def build_windows_installer(version: str, bundle: Path, dist: Path) -> Path:
    script = fill_iss(version, bundle, dist)
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit(
            f"Inno Setup (ISCC.exe) not found; install Inno Setup 6 and run it on {script}"
        )
    subprocess.run([iscc, "/Q", str(script)], check=True)
    return dist / f"CrossDesk-{version}-setup.exe"


def build_linux_archive(version: str, bundle: Path, dist: Path) -> Path:
    """A .tar.gz holding the program, its desktop entry, MIME type and install.sh."""
    machine = os.uname().machine
    name = f"crossdesk-{version}-linux-{machine}"
    archive = dist / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname=f"{name}/crossdesk")
        for extra in ("crossdesk.desktop", "crossdesk-mime.xml", "install.sh"):
            tar.add(INSTALLER / "linux" / extra, arcname=f"{name}/{extra}")
        tar.add(INSTALLER / "README.md", arcname=f"{name}/README.md")
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    parser.add_argument("--installer", action="store_true",
                        help="also make the Windows setup.exe or the Linux .tar.gz")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    version = project_version()
    compile_translations()
    bundle = run_pyinstaller(dist, work, version)
    saved = strip_debug_info(bundle)
    if saved:
        print(f"stripped {saved / 1e6:.1f} MB of debug information")
    size_mb = folder_size(bundle) / 1e6
    verdict = "within" if size_mb < SIZE_TARGET_MB else "OVER"
    print(f"bundle: {bundle}  {size_mb:.1f} MB unpacked ({verdict} the {SIZE_TARGET_MB} MB target)")

    if args.installer:
        if sys.platform.startswith("win"):
            out = build_windows_installer(version, bundle, dist)
        else:
            out = build_linux_archive(version, bundle, dist)
        print(f"installer: {out}  {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
