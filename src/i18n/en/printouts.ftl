# Words of the printouts: the full record (`accord export`, `e` on the
# agenda) and the journal (`accord journal`). Labels carry their colon.

## Words every printout shares.

printout-stance-agree = ✓ Agree
printout-stance-not-on-board = ✗ Not on board
printout-stance-not-now = - Not now (passed)
printout-stance-unanswered = · Not answered yet
printout-participant = Participant: { $name }
printout-label-question = Question:
printout-label-doctors-answer = Doctor's answer:
printout-notes-left-out = Private notes are left out of this copy.
printout-credit = Clause set: { $title }, version { $version } ({ $id }). { $source }

## The full record.

printout-prepared = Prepared on { $now } from your answers of { $day }.
printout-agenda-heading = Your appointment agenda
printout-agenda-empty = No questions or concerns were written.
printout-ask-first = Ask first:
printout-not-on-board = You are not on board with this clause.
printout-label-status = Status:
printout-status-answered = answered
printout-status-follow-up = follow up
printout-answer-with-status = { $answer } ({ $status })
printout-changed = This clause has changed since you answered it.
printout-every-clause = Every clause
printout-clause-heading = { $number }. { $title }
printout-label-your-answer = Your answer:
printout-label-private-note = Private note:
printout-unanswered-heading = Not answered yet
printout-orphans-heading = Answers to clauses no longer in this set
printout-orphan = { $id }: { $stance }
printout-signatures-heading = Signatures
printout-not-signed = Not signed.
printout-signer-patient = You
printout-signer-doctor = Your doctor
# $changed is "yes" when answers changed after signing.
printout-signed = { $who }: { $name }, signed on { $when }{ $changed ->
    [yes] {" "}(changed since)
   *[no] {""}
}

## The journal.

printout-journal-title = { $title }: your journal
printout-journal-sessions = Reflections
# $questions is a count such as "2 questions" (see count-questions);
# $signed is "yes" once someone signed in that session.
printout-journal-session = { $when }: { $answered }/{ $total } answered, { $questions }{ $signed ->
    [yes] , signed
   *[no] {""}
}
printout-journal-moved = How your answers moved
printout-journal-steady = Steady: answered the same way each time
printout-journal-once = Answered in one reflection so far
printout-journal-none = None.
# $changed is "yes" when the stance differs from the session before.
printout-journal-step = { $when }: { $stance }{ $changed ->
    [yes] {" "}(changed)
   *[no] {""}
}
printout-label-note = Note:

## The facilitator's tally (`accord tally`).

printout-tally-title = How the group stands: { $title }
printout-tally-shared = { $people } shared their answers.
printout-tally-threshold = Any count below { $min } shows as "fewer than { $min }", so no one is singled out.
printout-tally-agree = Agree
printout-tally-not-on-board = Not on board
printout-tally-not-now = Not now (passed)
printout-tally-no-answer = No answer
printout-tally-count = { $count } of { $total }
printout-tally-fewer = fewer than { $min }
printout-tally-questions = Questions people shared (in no set order):
printout-tally-other-set = Shares of another clause set: { $set }, version { $version } ({ $people }), counted apart
printout-tally-skipped-heading = Files not counted
printout-tally-unreadable = { $file }: could not be read. Check the file is there and readable.
    { $why }
printout-tally-broken = { $file }: this share file is damaged. Ask for a fresh copy.
    { $why }
printout-tally-foreign = { $file }: this is not a share file. { $format ->
    [none] It has no "format" line.
   *[other] It says it is "{ $format }".
}
printout-tally-duplicate = { $file }: the same share as { $first }. It is counted once.

## The blank agreement (`accord export --blank`).

printout-blank-how = For each promise, tick one box. If you have a question for your doctor, write it on the lines.
printout-blank-agree = I agree
printout-blank-not-on-board = Not on board
printout-blank-question = A question for my doctor:
printout-blank-patient = Patient
printout-blank-doctor = Doctor
printout-blank-date = Date

## Asking for a format accord does not write.

printout-unknown-format = unknown format `{ $format }`: use markdown, text, html or json

## The one-page agenda for the visit (`e` on the agenda, `accord export --agenda`).

printout-visit-title = Questions for my appointment
printout-visit-name = Name:
printout-visit-date = Date:
printout-visit-appointment = Appointment with:
# $blank is a line of underscores to fill in by hand.
printout-visit-appointment-blanks = { $blank } on: { $blank }
printout-visit-no-questions = No questions were written yet.
printout-visit-about = { $title }:
printout-visit-not-on-board = Not on board yet with:
printout-notes-included = Private: this copy includes your private notes. Keep it to yourself unless you mean to share them.
