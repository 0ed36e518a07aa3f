"""Analysis commands of the CLI (dyad, brief), registered on the main group by cli.py."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    """Add the analysis commands to ``group``."""
