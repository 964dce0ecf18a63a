# What the subcommands print: `accord check`, `export`, `sessions`, `journal`,
# and the lines the walkthrough leaves in the terminal when it ends.
# (The --help text stays with the flags, in src/cli.rs.)

## Any command.

# An error, as the last thing printed: $error is what went wrong.
commands-error = accord: { $error }
commands-empty-setting = accord: the setting { $name } is empty. Set it to the folder you want, or remove it with: unset { $name }
# A notice about a file in the data folder, printed while listing sessions.
commands-notice = accord: { $notice }
commands-private-notes = accord: this copy includes your private notes. Leave out --notes for a copy to share.
commands-cannot-write-document = cannot write the document
# $problems is a count of problems ("2 problems").
commands-problems-found = { $problems } found.

## accord check

commands-check-ok = ok: { $title }, { $clauses }

## accord export and accord journal

commands-no-session-called = no reflection called { $id } in { $dir }; `accord sessions` lists them all
commands-cannot-read-session = cannot read reflection { $id }: { $why }
commands-other-clause-set = reflection { $id } answers the clause set `{ $set }`; name its file with --clauses FILE
commands-no-sessions-of = no reflections of "{ $title }" yet in { $dir }
# Added to the line above when other sets have reflections: $sessions is a count ("3 reflections").
commands-other-sets-have = ; other clause sets have { $sessions } there: name the set's file with --clauses FILE
commands-journal-formats = the journal comes as markdown, html or json

## accord sessions

commands-no-sessions-yet = No reflections yet in { $dir }.
commands-session-line = { $id }  { $title }  started { $started }  changed { $changed }  { $progress }  { $questions }  { $signed }
commands-answered-of = { $answered }/{ $total } answered
commands-answered = { $answered } answered
commands-signed-changed = signed, changed since
commands-signed = signed
commands-not-signed = not signed

## The walkthrough, as it ends

commands-needs-terminal = the walkthrough needs a terminal window. Run accord in one, or run accord --plain to answer in plain lines (it can also read answers from a file).
commands-terminal-failed = accord: the terminal stopped working: { $why }
commands-unsaved = accord: your latest answers could not be saved. Nothing is lost yet: see below for where they are. When there is free space on the disk, start accord again.
    Detail: { $why }
commands-rescued = accord: a full copy of them is in { $path }; keep it until accord can save again.
commands-not-rescued = accord: no copy could be written either, so here they are; copy them somewhere safe:
commands-saved-in = Your answers are saved in { $path }
commands-printouts-made = Your printouts from this time (open one in your web browser to print it):
commands-nothing-saved = Nothing was answered yet, so nothing was saved.

## Workshops: sharing and the tally.

commands-share-with-questions = where you stand on each clause, and your questions
commands-share-stances-only = where you stand on each clause (no questions)
commands-share-written = Saved a share file at { $path }. It holds { $what }. It holds no notes, no names and no doctor's answers. Give this file to your workshop leader.
commands-tally-warning = Warning:
commands-tally-not-counted = Not counted:
commands-blank-formats = a blank agreement comes as markdown, text or html

## accord check: how easy the set is to read.

commands-check-grades = Reading grade of each clause (Flesch–Kincaid; aim for 6, and no more than { $max }):
commands-check-grades-english-only = The reading grade is worked out for English sets only; long sentences are still checked.
commands-check-grade = { "  " }{ $id }: grade { $grade }
commands-check-hard = warning: clause { $id } reads at grade { $grade }. Try shorter words and sentences.
commands-check-long-sentence = warning: clause { $id } has a sentence of more than { $max } words ("{ $start }…"). Try splitting it in two.

## Choosing the language and the clause set

# $tag is what was typed after --lang; $known lists the languages accord speaks.
commands-unknown-language = accord does not speak "{ $tag }" yet; choose one of { $known }
# $known lists the ids of the built-in sets.
commands-no-set-called = there is no built-in clause set called "{ $id }"; choose one of { $known }, or name a file with --clauses FILE
commands-check-language = language: { $language }
