# Words shared by every part of accord: counts, dates.
# Each area keeps its own file beside this one (screens, printouts, commands).

## Counts. Fluent picks the form by the language's own plural rules.

count-clauses = { $count ->
    [one] { $count } clause
   *[other] { $count } clauses
}
count-short-clauses = { $count ->
    [one] { $count } short clause
   *[other] { $count } short clauses
}
count-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
count-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}
count-sessions = { $count ->
    [one] { $count } reflection
   *[other] { $count } reflections
}
count-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
count-other-sessions = { $count ->
    [one] { $count } other reflection
   *[other] { $count } other reflections
}

## Dates: "3 Nov 2026 at 09:05". $month is 1 to 12.

month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
date-day-month = { $day } { $month }
date-day = { $day } { $month } { $year }
date-time = { $day } { $month } { $year } at { $time }

## Who makes a clause's promise, shown above it.

speaker-doctor = The doctor promises
speaker-patient = You promise
speaker-both = We both agree

## Keys as the footer and help write them; letters and arrows stay as they are.

key-enter = Enter
key-escape = Esc
key-tab = Tab
key-space = Space
key-page-up = PgUp
key-page-down = PgDn
# A key pressed with Ctrl held down: $key is a letter.
key-ctrl = Ctrl-{ $key }

## The language's own name, as a chooser of sets lists it beside each title.

language-name = English
