"""Evidence Station: no arguments open the GUI; a command runs headless (DESIGN §3.1)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
