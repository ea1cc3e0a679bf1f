"""The one exception type that means "the user gave us something wrong".

Commands raise it (or a subclass) with a message that names the problem; the
CLI dispatcher turns it into `error: ...` on stderr and exit status 2 instead of
a traceback. Anything else escaping a command is a bug in dynaprune.
"""


class UserError(Exception):
    """Bad input from the user: a path, a file, an option value."""
