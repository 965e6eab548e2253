"""Signals other apps hook into (part 2 turns an issued plan's assignments into tasks).

`plan_issued` is sent inside the issuing transaction with `plan` (the stored Plan row, number and
date set) and `user`; a receiver that raises rolls the issue back.
"""

from django.dispatch import Signal

plan_issued = Signal()

# Sent inside the transaction of a workflow step (submit, withdraw, approve, return, issue) with `plan`,
# `user` and `action` ("plan.submit" ...): the inbox turns it into notifications.
plan_moved = Signal()

# Sent inside the issuing transaction of a decision that recalls or corrects a plan (`plan`, `user`).
amendment_issued = Signal()
