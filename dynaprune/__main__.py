import sys

from dynaprune.cli import main

sys.exit(main())
