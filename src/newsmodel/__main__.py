"""``python -m newsmodel``: the same command line as ``newsmodel``."""

import sys

from newsmodel.cli import main

if __name__ == "__main__":
    sys.exit(main())
