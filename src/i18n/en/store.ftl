# What the data folder reports: files it skipped, set aside or put back, and
# why it could not be used. $file, $folder and $copy are paths.

## Notices shown on the welcome screen or printed by the listing commands.

store-cannot-list = Could not list { $folder }: { $why }
store-newer = { $file } was written by a newer accord ({ $format }); it was left as it is.
store-link = { $file } is a link, not a reflection file; accord did not follow it.
store-left-unread = Could not read { $file } ({ $why }); it was left as it is.
store-set-aside = Could not read { $file } ({ $why }); it was kept as { $kept } and a new reflection started.
store-restored = Answers a failed save had kept in { $copy } are back in reflection { $id }.
store-not-restored = Answers a failed save kept in { $copy } could not be put back yet ({ $why }); the copy is safe.
store-open-to-others = Other people on this computer can change files in { $folder }. To keep your answers private, run: chmod 700 { $folder }

## Why one session file could not be read.

store-unreadable-newer = it was written by a newer accord ({ $format })
store-not-a-file = it is a folder, a device or a pipe, not an ordinary file, so accord did not read it
store-too-large = it is too large to be accord's (over { $limit })
store-unreadable-link = it is a link, which accord does not follow
store-not-json = it is not in the form accord saves in (line { $line }, column { $column })
store-no-format = it has no "format" line, so it is not an accord reflection
store-format-not-text = its "format" is { $format }, not an accord reflection
store-part-problem = its part "{ $field }" { $problem }
store-part-missing = is missing
store-part-wrong-kind = holds the wrong kind of value
store-part-bad-date = holds a date accord cannot read
store-part-bad-value = holds a value accord cannot use
store-foreign-format = its format is { $format }, not an accord reflection

## Why the data folder or a file in it could not be used.

store-error-profile = the profile name { $name } may use only letters, digits, - and _ (up to { $max } characters)
store-error-no-home = cannot find a home folder to keep answers in; choose one with --data-dir DIR
store-error-dir = cannot use the data folder { $path }: { $cause }. Choose another with --data-dir DIR
store-error-write = could not save your answers to { $path }: { $cause }
store-error-copy-over-sessions = { $folder } is inside accord's data folder, where your answers are kept; write the copy somewhere else
store-error-bad-lock = { $path } should be a small lock file, but it is a folder or a link. Move it out of the way (or delete it), then start accord again. Your answers are not in it.
store-error-copy-not-file = { $path } is not an ordinary file (it is a link, a folder or a device); choose a new file name for the copy
store-error-copy = cannot write { $path }: { $cause }
store-no-free-name = no free name is left for a new reflection
store-no-folder = no folder to write to
