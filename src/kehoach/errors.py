"""Errors a user can act on. The CLI prints them as one line and exits with status 2."""


class InputError(Exception):
    """The input could not be read as a plan: empty, binary, truncated, hostile, not a plan, ...

    The message is a complete Vietnamese sentence for the user, without a traceback.
    """
