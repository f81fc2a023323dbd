"""Errors the user sees. Every message is Simplified Chinese and says what and where."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem in a user's file: which file, line and key, and what is wrong."""

    message: str
    file: str = ""
    line: int | None = None
    key: str = ""

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"第{self.line}行"
        head = f"{where}: " if where else ""
        key = f"{self.key}: " if self.key else ""
        return f"{head}{key}{self.message}"


class DrafterError(Exception):
    """Base class; `exit_code` follows CLI.md (2 bad input, 3 endpoint failure)."""

    exit_code = 2

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems or []

    def lines(self) -> list[str]:
        return [self.message, *(f"  {p}" for p in self.problems)]


class InputError(DrafterError):
    """Bad input or usage: a file that cannot be read, facts that do not validate."""


class UsageError(InputError):
    """A command line that cannot be parsed: `message` says what is wrong, `usage` how the
    command is called (both Simplified Chinese)."""

    def __init__(self, message: str, usage: str = "", command: str = "drafter") -> None:
        super().__init__(message)
        self.usage = usage
        self.command = command

    def lines(self) -> list[str]:
        usage = [self.usage.rstrip()] if self.usage.strip() else []
        return [self.message, *usage, f"运行 {self.command} -h 查看全部选项。"]


class FactsError(InputError):
    """The facts file does not validate; `problems` holds one entry per problem."""


class ProjectError(InputError):
    """A project file that is corrupt, too new, or otherwise cannot be used."""


class EndpointError(DrafterError):
    """The configured LLM endpoint failed after retries. `partial` holds the longest
    answer that broke off, if any: a candidate for the user, never accepted text."""

    exit_code = 3

    def __init__(self, message: str, *, partial: str = "") -> None:
        super().__init__(message)
        self.partial = partial
