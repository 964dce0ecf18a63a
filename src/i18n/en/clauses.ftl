# What `accord check` says about a clause set file: each problem, where it
# is and how to fix it, for a workshop facilitator editing the file.

clauses-cannot-read = { $path }: cannot read the clause file: { $cause }
clauses-not-utf8 = the file is not UTF-8 text; save it as UTF-8 from your editor
# $message is the TOML reader's own words; $hint is one of the hints below, or nothing.
clauses-syntax = TOML syntax: { $message }{ $hint }
clauses-hint-curly-quotes = {" "}(use straight double quotes "like this", not curly ones: some editors change them as you type)
clauses-hint-missing-quote = {" "}(a text is missing a double quote at its start or end; text over several lines goes between """ and """)
clauses-hint-unquoted = {" "}(put text in double quotes: title = "Our Care Agreement")

## Where a problem is.
clauses-the-set = the set
clauses-clause-number = clause { $number }
clauses-at-the-top = at the top of the file
clauses-in = in { $what }

## The problems.
clauses-no-clauses = the set has no clauses: add at least one [[clause]] section
clauses-not-a-list = `clause` must be a list of [[clause]] sections, each with its own fields
clauses-not-a-section = { $what } must be a [[clause]] section
clauses-id-twice = clause id `{ $id }` is used twice, on line { $first } and line { $second }; each clause needs its own id
clauses-missing-field = { $what } is missing `{ $name }`: add a line like { $name } = "..."
clauses-not-text = `{ $name }` must be text in quotes, not { $kind }
# What $kind can be: the type of value written instead of text.
clauses-kind-number = a number
clauses-kind-boolean = true or false
clauses-kind-date = a date
clauses-kind-list = a list
clauses-kind-section = a section
clauses-empty-field = `{ $name }` is empty: write something between the quotes
clauses-bad-id = id `{ $id }` may use only lowercase letters a-z, digits and dashes (up to { $max } of them), like "arrive-on-time"
clauses-unknown-speaker = unknown speaker `{ $name }`: use one of { $names }
clauses-no-version = the set is missing `version`: add a line like version = 1
clauses-bad-version = `version` must be a whole number of 1 or more, without quotes, like version = 1
clauses-bad-language = `language` should be a language tag such as "en", "fr" or "pt-BR", not `{ $tag }`
# $hint is clauses-did-you-mean, or nothing.
clauses-unknown-field = unknown field `{ $name }` { $place }{ $hint }; allowed fields are { $allowed }
clauses-did-you-mean = {" "}(did you mean `{ $name }`?)
