## The full-screen walkthrough: keys, screens, footer, help and messages.

## What each key does, as the footer and help overlay show it.
screens-key-choose = choose
screens-key-up = up
screens-key-down = down
screens-key-new-reflection = new reflection
screens-key-look-back = look back
screens-key-help = help
screens-key-quit = quit
screens-key-open-printout = open the page
screens-key-leave = leave accord
screens-key-stay = stay
screens-leave-question = Leave accord now? Your answers are saved. Press y to leave, or any other key to stay.
screens-key-agree = agree
screens-key-disagree = not on board
screens-key-pass = not now
screens-key-share = share with your group
screens-key-share-with-questions = yes, share my questions too
screens-key-share-stances-only = no, share without my questions
screens-key-do-not-share = do not share
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
screens-key-export = make a page to print
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
screens-read-only-refused = This reflection is open in another accord window, so here it is read-only: you can read it but not change it. To change answers, close the other window and start accord again.
screens-reopened-read-only = That reflection is open in another accord window, so here it is read-only: you can read it but not change it.
screens-reopen-failed = Could not open that reflection. Your other reflections are fine; try again, or start accord again.
    Detail: { $why }
# Joins the names of the files written, as in "a.md and a.html".
screens-list-and = {" "}and{" "}
screens-exported = Ready to print or share: { $files }. Your private notes are left out of these copies.
screens-export-failed = Could not save the copies to print. Check that the disk has free space, then press e to try again.
    Detail: { $why }
screens-agenda-stars-full = You can star up to { $count ->
        [one] one question
       *[other] { $count } questions
    } to ask first. Press * on a starred one to take its star off.
screens-agenda-items-only = Only questions and "not on board" items can be ordered or starred.
screens-look-back-already-open = This reflection is the one open now: press Esc to go back to it.
screens-look-back-mark-first = Mark a reflection with Space, then press c on another to compare them.
screens-look-back-unreadable = That reflection could not be read. It is left as it was; the others are fine.
screens-sign-name-first = Type a name first, then press Enter.
screens-sign-signed-patient = Signed by { $name }. Nothing is locked: you can still change any answer. Press Tab if your doctor signs too.
screens-sign-signed-doctor = Signed by { $name } too.
screens-sign-placeholder-patient = Your name
screens-sign-placeholder-doctor = Your doctor's name
screens-editor-placeholder = Type here. Enter starts a new line; Esc keeps what you wrote.

## Around every screen.
screens-header-clause = Clause { $number } of { $total }
screens-header-answered = { $answered } of { $total } answered
screens-header-look-back = Looking back
screens-header-compare = What changed
screens-header-review = Reading an earlier reflection
# Shown when the reflection open is not the newest one: $progress is the usual header.
screens-header-older = { $progress } · reflection of { $day }
screens-not-saved = Not saved yet. Your answers stay open here, and accord tries again at your next change. If this keeps happening, check that the disk has free space.
    Detail: { $why }
screens-too-small = This window is too small. accord needs at least { $width } columns and { $height } rows. Make the window larger, or zoom out: hold Ctrl and press the minus key.
screens-more-below = ↓ more below (j or ↓)
screens-more-above = ↑ more above (k or ↑)

## Answers, as every screen words them.
screens-stance-agree = ✓ agree
screens-stance-disagree = ✗ not on board
screens-stance-not-now = - not now (passed)
screens-stance-none = · not answered yet
screens-answer-question = ? "{ $text }"
screens-answer-note = ✎ "{ $text }"
screens-answer-nothing = nothing said

## The clause screen.
screens-clause-to-think-about = │ To think about
screens-clause-changed = ⚠ This clause has changed since you answered it. Read it again, and change your answer if you wish.
screens-clause-your-answer = Your answer:{" "}
screens-clause-last-time = Last time ({ $when }): { $answer }
screens-clause-your-question = ? Your question:
screens-clause-your-note = ✎ Your private note:
screens-clause-read-all-question = {"  "}… press q to read all of it
screens-clause-doctors-answer = Your doctor's answer:
screens-clause-read-all-answer = {"  "}… press s, then r on this clause's line, to read all of it
screens-clause-read-all-note = {"  "}… press n to read all of it

## The help overlay.
screens-help-title = Keys
screens-help-ctrl-c = quit from anywhere, keeping everything
screens-help-saving = Every answer is saved the moment you give it, on this computer only.
screens-help-editor = In the editor, Enter starts a new line and Esc keeps your text.

## The list of all clauses.
screens-list-title = All clauses
screens-list-you-are-here = {"  "}(you are here)

## A clause's earlier answers.
screens-timeline-title = Earlier answers: { $clause }
screens-timeline-none = You have not answered this clause in an earlier reflection.
screens-doctor-said = Doctor said:{" "}

## The editor.
screens-editor-question-title = Your question for your doctor
screens-editor-question-hint = Write what you would like to ask about this clause.
screens-editor-note-title = Your private note
screens-editor-note-hint = Only you see this. Write whatever helps you.
screens-editor-answer-title = What did the doctor say?
screens-editor-answer-hint = Write down the answer while you remember it.
screens-editor-suggestions = { $count ->
    [one] Press 1 to start from this question, or just type your own:
   *[other] Press a number to start from one of these questions, or just type your own:
}
screens-editor-suggestion = { $number }. { $question }
screens-editor-you-asked = You asked: { $question }
screens-editor-draft-restored = accord stopped while you were writing. Here is what you had typed: it is not saved yet. Press Esc to keep it.

## Signing.
screens-sign-title = Are you on board?
screens-sign-summary = You agreed with { $agreed } of the { $total } clauses and are not on board with { $disagreed }.{ $passed ->
    [0] {""}
   *[other] {" "}You passed on { $passed } for now.
} Signing records a name with today's date and time. It does not lock anything: you can still change any answer, and the agenda will say so.
screens-sign-who-patient = You
screens-sign-who-doctor = Your doctor (optional, to sign together at the visit)
screens-sign-signed-as = { $who }: signed as { $name } on { $when }
screens-sign-not-signed = { $who }: not signed
screens-changed-since = ; changed since
screens-sign-prompt-patient = Type your name and press Enter to sign:
screens-sign-prompt-doctor = Your doctor types their name and presses Enter:

## Reading an earlier session, or comparing two.
screens-review-title = Your answers of { $when }
screens-review-read-only = Read-only: you can read this earlier reflection, but not change it.
screens-review-nothing = Nothing was answered in this reflection.
screens-compare-title = From { $from } to { $to }
# $changed is a count of clauses, as count-clauses words it.
screens-compare-counts = { $changed } changed; { $unchanged } unchanged (folded away).
screens-compare-question-added = question added: { $text }
screens-compare-question-removed = question removed: { $text }
screens-compare-question-changed = question changed: { $before } → { $after }
screens-compare-note-removed = no note in this reflection
screens-compare-note-added = note added: { $text }
screens-compare-note-changed = note changed: { $text }
screens-compare-answer = doctor's answer: { $text }
screens-compare-answer-removed = no doctor's answer in this reflection

## Looking back.
screens-look-back-heading = Look back: Enter reads a reflection, o carries on with it; Space marks one, c compares it with another.
screens-look-back-this-session = This reflection, begun { $when }
# $questions is a count of questions, as count-questions words it.
screens-look-back-progress = { $answered }/{ $total } answered · { $questions }
screens-look-back-signed = {" "}· signed

## The welcome screen.
screens-welcome-how = How it works
# $clauses is a count of clauses, as count-short-clauses words it.
screens-welcome-step-count = • There { $count ->
        [one] is
       *[other] are
    } { $clauses }. You see one at a time.
screens-welcome-step-answer = • Press a if you agree, d if you are not on board, or w to pass for now. All are fine.
screens-welcome-step-write = • Press q to write a question for your doctor, or n for a private note.
screens-welcome-step-saved = • Everything is saved as you go, on this computer only.
screens-welcome-step-help = • Press ? at any time to see all the keys.
screens-welcome-open-elsewhere = ⚠ This reflection is open in another accord window.
screens-welcome-open-elsewhere-how = Press Enter to read it without changing anything, or n to start a new reflection.
screens-welcome-begin = Press { $key } to begin.
screens-welcome-choose = Press { $key } to choose.
screens-welcome-what = What would you like to do?
screens-welcome-which-set = Which agreement would you like to read? Choose one in your language.
screens-welcome-continue = Continue where you left off (clause { $number } of { $total }, { $answered } answered), in your reflection of { $day }
screens-welcome-start-new = Start a new reflection (n)
screens-welcome-begin-new = Begin a new reflection (n)
# $others is a count of sessions, as count-other-sessions words it.
screens-welcome-look-back = Look back: this reflection and { $others } (b)
screens-welcome-look-back-earlier = Look back at { $count ->
    [one] your earlier reflection
   *[other] your { $count } earlier reflections
} (b)

## The agenda.
screens-agenda-title = Your appointment agenda
screens-agenda-agreed = ✓ { $count } agreed
screens-agenda-disagreed = ✗ { $count } not on board
screens-agenda-not-now = - { $count } not now
screens-agenda-unanswered = · { $count } not answered yet
screens-agenda-not-signed = Not signed yet: press → when you are ready.
screens-agenda-signed-patient = ✍ Signed by { $name } on { $when }
screens-agenda-signed-doctor = ✍ Doctor signed: { $name } on { $when }
screens-agenda-empty = No questions yet. On any clause, press q to write one; it will appear here.
screens-agenda-ask-first = ★ Ask first
screens-agenda-to-ask = To ask or talk over
screens-agenda-notes = Your private notes
screens-agenda-unanswered-heading = Not answered yet (Enter to go there)
screens-agenda-entry = { $title } (clause { $number })
screens-agenda-more = … (Enter opens the clause)
screens-agenda-changed = ⚠ this clause has changed since you answered it
screens-agenda-not-on-board = ✗ You are not on board with this clause
screens-agenda-answered = ✓ answered
screens-agenda-follow-up = ↻ follow up
screens-agenda-orphans = Answers to clauses no longer in this set (kept)

## When something goes wrong around the walkthrough.
screens-session-unreadable = Could not read the reflection saved as { $id }. It is left as it was, and a new reflection starts instead.
    Detail: { $why }
screens-session-unreadable-detail = could not read the reflection saved as { $id }: { $why }
screens-clock-wrong = Your computer's clock says a date past the year 9999, so dates here will be wrong. Your answers are still saved. Setting the clock right fixes the dates.
screens-terminal-failed = the terminal stopped working: { $why }
screens-no-more-keys = the terminal stopped sending keys

## Sharing with a workshop (g on the agenda).

screens-shared = Saved a share file for your workshop leader: { $path }
    It holds no notes and no name.
screens-share-title = Share with your workshop group
screens-share-intro = This makes a file you can give your workshop leader. It has no name on it. The leader adds it to everyone else's to see how the group feels.
screens-share-always = The file will hold where you stand on each clause:
screens-share-no-questions = You have not written any questions, so only where you stand is shared.
screens-share-only-on-yes = Your questions go in only if you press y:
screens-share-never = It never holds your private notes, your name, the doctor's answers, or any time of day: only today's date.
screens-share-ask = Share your questions too? Press y for yes, n for no, or Esc to share nothing.

## Shared computers: profiles in the data folder, listed when none was chosen.

screens-welcome-profiles = { $count ->
    [one] This computer also keeps answers for one other person, in a profile called: { $names }.
   *[other] This computer also keeps answers for { $count } people, in profiles called: { $names }.
}
screens-welcome-profiles-how = If one of them is you, quit (Esc) and start again with: accord --profile YOUR-NAME
## Printing the agenda (`e` on the agenda).

# $path is the one-page agenda's file; $others names the other files beside it.
screens-printed = Your one-page agenda is ready: { $path }
    Beside it: { $others }. Your private notes are left out.
    Press o to open it in your web browser, then print it from there.
screens-open-failed = Could not open it in a web browser. Open the file above yourself.
    ({ $why })
screens-agenda-print-first = Press e first to make the page to print.
screens-agenda-enter-hint = You are on your agenda. Press ↓ or ↑ to choose a line, then Enter to open its clause. Press → to go on to signing.
screens-sign-again = This is already signed, on { $when }. Press Enter again to sign it again with today's date, or Esc to keep it as it is.
screens-key-print = print
screens-key-not-now = not now
screens-name-title = Your name on the page
screens-name-explain = Type your name for the top of the page, so your doctor knows whose questions these are. You can leave it blank and press Enter: the page then has a line to write it by hand.
screens-name-placeholder = Your name (you can leave this blank)

## The plain line mode (accord --plain): commands are typed as words.
# Each value lists the words that ask for the same thing, the first one shown; no spaces inside a word.
screens-plain-word-begin = begin, start
screens-plain-word-new = new
screens-plain-word-reopen = open
screens-plain-word-look-back = look
screens-plain-word-mark = mark
screens-plain-word-compare = compare
screens-plain-word-past = past
screens-plain-word-agree = agree, yes
screens-plain-word-disagree = disagree, no
screens-plain-word-question = question
screens-plain-word-note = note
screens-plain-word-next = next
screens-plain-word-back = back, previous
screens-plain-word-list = list
screens-plain-word-agenda = agenda
screens-plain-word-help = help
screens-plain-word-up = up
screens-plain-word-down = down
screens-plain-word-go = go
screens-plain-word-close = close, back, done
screens-plain-word-quit = quit, exit
screens-plain-word-raise = raise
screens-plain-word-lower = lower
screens-plain-word-star = star
screens-plain-word-answer = answer
screens-plain-word-answered = answered
screens-plain-word-print = print
screens-plain-word-open = open
screens-plain-word-later = later
screens-plain-word-share = share
screens-plain-word-with-questions = questions
screens-plain-word-answers-only = answers
screens-plain-word-sign = sign
screens-plain-word-switch = switch
# A key's letter and its word, as the list of commands shows them: "a or agree".
screens-plain-letter-or-word = { $letter } or { $word }
screens-plain-enter = Enter on an empty line
# One command in the list: "a or agree (agree)".
screens-plain-command = { $typed } ({ $does })
screens-plain-commands = Type a command and press Enter: { $list }.
screens-plain-not-understood = "{ $typed }" is not a command here.
screens-plain-saved = Saved.
screens-plain-unchanged = Nothing changed.
screens-plain-has-question = You have a question for your doctor.
screens-plain-has-note = You have a private note.
screens-plain-so-far = What you wrote so far:
screens-plain-editor-how = Type your words. Press Enter on an empty line to finish. An empty line straight away keeps what is there; a line with only - removes it.
screens-plain-list-how = Type a clause's number to go to it, or close to go back.
screens-plain-agenda-how = The line marked › is the one you are on. Type a clause's number to move to its line, or up and down.
screens-plain-sign-how = Type your name and press Enter to sign.
screens-plain-no-such-line = There is no line { $number } here.
screens-plain-help-writing = To write a question or a private note, type q or n, then your words over as many lines as you like. Press Enter on an empty line to finish.
