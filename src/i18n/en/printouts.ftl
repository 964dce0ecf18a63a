# Words of the printouts: the full record (`accord export`, `e` on the
# agenda) and the journal (`accord journal`). Labels carry their colon.

## Words every printout shares.

printout-stance-agree = ✓ Agree
printout-stance-not-on-board = ✗ Not on board
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
printout-journal-sessions = Sessions
# $questions is a count such as "2 questions" (see count-questions);
# $signed is "yes" once someone signed in that session.
printout-journal-session = { $when }: { $answered }/{ $total } answered, { $questions }{ $signed ->
    [yes] , signed
   *[no] {""}
}
printout-journal-moved = How your answers moved
printout-journal-steady = Steady: answered the same way each time
printout-journal-once = Answered in one session so far
printout-journal-none = None.
# $changed is "yes" when the stance differs from the session before.
printout-journal-step = { $when }: { $stance }{ $changed ->
    [yes] {" "}(changed)
   *[no] {""}
}
printout-label-note = Note:

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
