## The full-screen walkthrough: keys, screens, footer, help and messages.

## What each key does, as the footer and help overlay show it.
screens-key-choose = choose
screens-key-up = up
screens-key-down = down
screens-key-new-reflection = new reflection
screens-key-look-back = look back
screens-key-help = help
screens-key-quit = quit
screens-key-agree = agree
screens-key-disagree = not on board
screens-key-question = question
screens-key-note = note
screens-key-next = next
screens-key-back = back
screens-key-all-clauses = all clauses
screens-key-agenda = agenda
screens-key-past-answers = past answers
screens-key-scroll-up = scroll up
screens-key-scroll-down = scroll down
screens-key-scroll-page-up = scroll up a page
screens-key-scroll-page-down = scroll down a page
screens-key-page-up = page up
screens-key-page-down = page down
screens-key-done-editing = done (keeps your text)
screens-key-undo = undo
screens-key-redo = redo
screens-key-go-to-clause = go to clause
screens-key-close = close
screens-key-close-help = close help
screens-key-move-up = move up
screens-key-move-down = move down
screens-key-ask-first = ask first
screens-key-doctors-answer = doctor's answer
screens-key-mark-answered = mark answered
screens-key-export = export
screens-key-sign = sign
screens-key-back-to-clauses = back to clauses
screens-key-read-it = read it
screens-key-mark = mark
screens-key-continue-it = continue it
screens-key-compare = compare with the marked one
screens-key-back-to-list = back to the list
screens-key-switch-role = you / your doctor
screens-key-back-to-agenda = back to the agenda

## Replies to a key or a report, shown on the status line.
screens-read-only-refused = This session is open in another window, so it is read-only here. To change answers, close the other window and start accord again.
screens-reopened-read-only = That session is open in another window, so it is read-only here.
screens-reopen-failed = Could not open that session: { $why }
# Joins the names of the files written, as in "a.md and a.html".
screens-list-and = {" "}and{" "}
screens-exported = Ready to print or share: { $files }. Your private notes are left out of these copies.
screens-export-failed = Could not export: { $why }
screens-agenda-stars-full = You can star up to { $count ->
        [one] one question
       *[other] { $count } questions
    } to ask first. Press * on a starred one to take its star off.
screens-agenda-items-only = Only questions and "not on board" items can be ordered or starred.
screens-look-back-already-open = This session is the one open now: press Esc to go back to it.
screens-look-back-mark-first = Mark a session with Space, then press c on another to compare them.
screens-look-back-unreadable = That session could not be read.
screens-sign-name-first = Type a name first, then press Enter.
screens-sign-signed-patient = Signed by { $name }. Nothing is locked: you can still change any answer. Press Tab if your doctor signs too.
screens-sign-signed-doctor = Signed by { $name } too.
screens-sign-placeholder-patient = Your name
screens-sign-placeholder-doctor = Your doctor's name
screens-editor-placeholder = Type here. Enter starts a new line; Esc keeps what you wrote.
