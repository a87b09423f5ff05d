"""Run the command line: ``python -m newsmodel``."""

import sys

from newsmodel.cli import main

sys.exit(main())
