"""Allow ``python -m cchc``."""

from cchc.cli import main

raise SystemExit(main())
