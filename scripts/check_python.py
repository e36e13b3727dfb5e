"""Refuse early, with a clear message, when the interpreter is too old for AuditDesk."""
import sys

if sys.version_info < (3, 11):
    sys.exit(
        "AuditDesk needs Python 3.11 or newer; this is %s.\n"
        "Install a newer python3 or run: make PYTHON=python3.11 run" % sys.version.split()[0]
    )
try:
    import venv  # noqa: F401
    import ensurepip  # noqa: F401
except ImportError:
    sys.exit("The venv module is missing. On Debian/Ubuntu: sudo apt-get install python3-venv")
