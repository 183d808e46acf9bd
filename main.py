"""Evidence Station: no arguments open the GUI; a command runs headless (DESIGN §3.1)."""

import sys

if __name__ == "__main__":
    if sys.argv[1:] == ["--media-child"]:
        # A frozen build runs its media children (app/media/isolation.py) as itself.
        from app.media.isolation import serve

        serve()
        sys.exit(0)
    from app.cli import main

    sys.exit(main())
