import sys

from auditdesk.cli import main

sys.exit(main())
