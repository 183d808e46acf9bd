"""Evidence Station: no arguments open the GUI; a command runs headless (DESIGN §3.1)."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    # A frozen build starts media children (app/media/isolation.py) by running itself.
    multiprocessing.freeze_support()
    sys.exit(main())
