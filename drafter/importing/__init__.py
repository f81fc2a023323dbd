"""Importing: from a document the user already has to a facts file, and on around the
annual loop (issue 14). Deterministic and offline: no model, no network. Nothing is
guessed — a fact the text does not state is left out and listed as still to fill.

In the order an import runs:
- `source` reads a .docx/.txt/.md, converts traditional script, normalises punctuation,
  drops 范文-website junk and cuts a page holding several documents to one;
  `outline` finds the title, the numbered headings and their roles, 落款 and 成文日期.
- `header` ([unit], [doc]), `slogans`, `tasks`, `lists` (领导小组, honours, problems,
  next steps) and `figures` each recover one kind of fact; `taken` keeps what one has
  read from the next; `phrases` knows the built-in writer's own set phrases.
- `clean` runs every value through the checker: exact fixes applied, the rest dropped.
- `extract` runs them in that order; `model` holds the result (`Imported`: data, the
  origin of each value, notes on what was left out).
- `writer` writes the facts file with a `# 原文第N行` comment after every imported value
  and the list of what is still to fill; `provenance` reads those comments back and
  lists what is still to fill; `files` writes the file for the commands and the TUI.
- `loading` reads a facts file, a project or a document as facts data; `carry` turns a
  总结 into next year's 计划 and a 计划 into the 总结 of the same work (`drafter next`);
  `coverage` checks that a 总结 accounts for its 计划 (`drafter check --plan`)."""
