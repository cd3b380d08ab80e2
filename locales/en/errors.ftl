# Spandrel messages: errors (English, the reference).
# Core's errors, as `src/errors.rs` shows them; usually inside another message's { $error }, so they start
# in lower case. Arguments are data: $reason, $message, $error, $what, $step and $first come from a parser,
# the browser, the server or the program (in English), and are shown as they are.


## Share links

error-share-empty = the link carries no document (the part after '#' is empty)
# $pos: a character position in the link.
error-share-bad-base64 = the link is damaged: character { $pos } after '#' is not allowed in a share link
error-share-unsupported-version = this link was made by a newer or unknown version of Spandrel (format { $version }); update the app
error-share-truncated = the link is cut short; copy the whole link again
error-share-not-a-link = this is not a Spandrel share link: it does not start as one does (damaged, or from another tool)
error-share-decompress = the link is damaged and cannot be unpacked: { $reason }
error-share-too-large = { $limit ->
   *[other] the shared document is larger than { $limit } bytes once unpacked, which Spandrel refuses
}
# $field: the name of a field of the link's data.
error-share-malformed = the link is damaged: field '{ $field }' is invalid
error-share-invalid-span = the link is damaged: span #{ $index } is invalid ({ $reason })
error-share-invalid-relation = the link is damaged: relation #{ $index } is invalid ({ $reason })
# $id: an annotation's number.
error-share-bad-annotation = annotation { $id } cannot be shared: { $reason }

## Text files that cannot be read ($name: the file's name; $offset: a byte position in it)

error-decode-invalid-utf8 = "{ $name }" is not valid UTF-8 (bad byte at offset { $offset }); it may use an older encoding such as Windows-1252 — re-save it as UTF-8 and open it again
error-decode-odd-utf16-length = { $len ->
   *[other] "{ $name }" says it is UTF-16 but has an odd number of bytes ({ $len }); the last byte, at offset { $offset }, is incomplete
}
error-decode-invalid-utf16 = "{ $name }" is not valid UTF-16 (unpaired surrogate at byte offset { $offset })
error-decode-binary = "{ $name }" contains a NUL character at byte offset { $offset }: it looks like a binary file, or UTF-16 without a byte-order mark — re-save it as UTF-8
error-decode-pdf = "{ $name }" is a PDF: its text is read in the browser (pdf.js), so open it in the app; export it from there as Spandrel JSON to use it here
error-pdf-no-text = it has no text layer (a scanned page?): Spandrel reads the text a PDF carries and has no OCR
error-pdf-bad-item = page { $page } has a text item with a position or size that is not a number
error-pdf-no-page = page { $page } is not in this document
error-pdf-differs = page { $page } reads differently from the document's text (the PDF is not the one this document came from)
error-pdf-password = it is password-protected
error-pdf-invalid = it is not a readable PDF ({ $reason })
error-pdf-missing = the PDF file is not kept in this browser

## The workspace in browser storage ($id: a document's id; $what: what was being saved, in English)

error-storage-quota-exceeded = { $needed ->
   *[other] not enough browser storage to save { $what } ({ $needed } more bytes needed); nothing saved before was changed. Delete or export some documents to free space
}
error-storage-conflict = document "{ $id }" was changed elsewhere (probably another tab) and is now at revision { $revision }; merge the two versions before saving
error-storage-not-found = document "{ $id }" does not exist in this workspace
error-storage-already-exists = a document with id "{ $id }" already exists
error-storage-corrupt = document "{ $id }" could not be read: { $reason }
error-storage-invalid-document = document "{ $id }" cannot be saved: { $reason }
error-storage-store = could not save { $what }: { $message }
error-storage-rollback-failed = saving { $what } failed ({ $error }) and restoring the previous version also failed ({ $rollback }); export your work now
# $key: the storage key the old data stays under.
error-storage-migration-failed = the old workspace could not be upgraded ({ $reason }); the old data is untouched under "{ $key }"
# Adding documents stopped: $title: the document that could not be saved; $cause: why (one of the messages above).
error-add = “{ $title }” could not be saved ({ $cause }); nothing was added
# The same, when $n of the $added documents saved before could not be deleted again: $ids, and why the first was not ($first).
error-add-left-behind = { $added ->
   *[other] “{ $title }” could not be saved ({ $cause }); nothing was added, but { $n } of the { $added } document(s) saved before it could not be taken back ({ $ids }: { $first }); delete them from Documents
}
# Browser storage itself ($key: a storage key).
error-store-quota-exceeded = { $needed ->
   *[other] browser storage is full: writing "{ $key }" needs { $needed } more bytes than the quota allows
}
error-store-unavailable = browser storage is unavailable: { $reason }
error-store-failed = browser storage failed on "{ $key }": { $message }
error-ws-unavailable = Storage is unavailable in this browser; changes are not saved in this tab.

## Export and import ($doc: a document's id)

error-export-bad-span = document "{ $doc }": annotation { $id } has offsets { $start }..{ $end } outside the text
# $format: a format's name (“CoNLL”, “spaCy”…).
error-export-empty = { $format } holds exactly one document per file set, and there are none to export
error-export-json = could not write JSON: { $reason }
# $error: why its word boundaries cannot be used (one of the error-word-breaks messages).
error-export-words = document "{ $doc }": { $error }
# An import refused: how many problems, and the first one ($first: where, and what the parser said).
error-import-report = { $n ->
   *[other] { $n } problem(s) in the input; first: { $first }
}
# A file that adds nothing: its first problem, and how many more it has.
error-intake-failure-more = { $more ->
    [one] { $first } (and { $more } more problem)
   *[other] { $first } (and { $more } more problems)
}

## Sync ($what: what was refused or asked for, in English; $status: an HTTP status code)

error-sync-wrong-password = the sync server did not accept the password for "{ $user }" (wrong user name or password); nothing was sent, your work is kept here
error-sync-forbidden = No permission: the sync server does not let you change { $what }; your version is kept here
# $role: the role the settings name, in English (“a lead”).
error-sync-no-read-access = No permission: the sync server does not let you read { $what }. Your sync settings say you are { $role } of this project; choose the role the project's lead gave you (your work is kept here)
# $first: why the first change was refused; “Sync now” is the button of the sync settings.
error-sync-still-refused = { $count ->
   *[other] { $first } ({ $count } refused change(s) kept here; sent again when changed, or on Sync now)
}
error-sync-unreachable = { $waiting ->
   *[other] the sync server cannot be reached ({ $reason }); { $waiting } change(s) wait here and are sent when it answers
}
error-sync-quota = the sync server refused to store more (HTTP { $status }: quota or size limit); your work is kept here
# $bucket: the project's name.
error-sync-project-not-found = the project "{ $bucket }" does not exist on the sync server, or you are not a member of it
error-sync-server-unavailable = the sync server is unavailable (HTTP { $status }); your work is kept here and sent later
# The same, with the server's own message.
error-sync-server-unavailable-message = the sync server is unavailable (HTTP { $status }: { $message }); your work is kept here and sent later
error-sync-conflict = { $what } kept changing on the server while it was being merged; sync again
error-sync-unexpected = the sync server answered HTTP { $status } to { $what }
error-sync-unexpected-message = the sync server answered HTTP { $status } to { $what }: { $message }
error-sync-bad-record = the sync server sent something that is not a valid { $what }: { $reason }
error-sync-bad-config = sync settings: { $reason }
# The sync state kept in this browser ($key: its storage key).
error-state-store = the sync queue could not be saved in browser storage ({ $error }); the documents themselves are saved
error-state-corrupt = the saved sync state "{ $key }" could not be read ({ $reason }); it was left in place
# A request that got no answer ($reason: the browser's words).
error-http-network = no connection to the server: { $reason }
error-http-timeout = the server did not answer in time
error-http-blocked = the request was blocked by the browser: { $reason }

## Setting up a project on the sync server ($bucket: the project's name; $user: an account name)

error-setup-wrong-password = the sync server did not accept the password for "{ $user }"; nothing was made
error-setup-not-allowed = "{ $user }" may not create projects on this sync server (only its administrator may); nothing was made
# “update the existing project” is the set-up form's checkbox.
error-setup-exists = a project named "{ $bucket }" already exists on the sync server; choose another name, or tick "update the existing project" to change its members; nothing was made
# $names: the missing accounts, each one as error-setup-account-name says, separated by commas; $n: how many.
error-setup-no-such-account = { $n ->
   *[other] no account named { $names } exists on the sync server (each member creates theirs first, from the sync settings); nothing was made
}
error-setup-account-name = "{ $name }"
error-setup-bad-name = the project name "{ $name }" may only use letters, digits, '_' and '-', starting with a letter or digit; nothing was made
error-setup-cannot-read = "{ $user }" may not read the members of project "{ $bucket }" (only the server's administrator and the project's leads may), or there is no such project; nothing was changed
# $step: what the set-up was doing (in English); $made: error-setup-made-nothing or error-setup-made-so-far.
error-setup-unreachable = the sync server cannot be reached ({ $reason }) while { $step }; { $made }
error-setup-refused = the sync server answered HTTP { $status } while { $step }; { $made }
error-setup-refused-message = the sync server answered HTTP { $status } while { $step }: { $message }; { $made }
error-setup-made-nothing = nothing was made
# $made: the parts made, separated by commas (in English).
error-setup-made-so-far = made so far: { $made }; set it up again with "update the existing project" ticked to finish

## The gold version, adjudication, assignment

error-gold-other-text = this version was made on another text of the document, so its offsets do not point at the same words as the gold version's
# $start, $end: character positions; $len: the text's length in characters.
error-gold-out-of-range = { $len ->
   *[other] the span { $start }–{ $end } lies outside the document's text ({ $len } characters)
}
# $index: a disagreement's number.
error-adjudication-unknown-disagreement = { $count ->
   *[other] decision for disagreement #{ $index }, but there are only { $count } disagreements
}
error-adjudication-duplicate-decision = disagreement #{ $index } has two decisions
error-assign-no-annotators = there is no annotator to assign documents to
error-assign-bad-share = the overlap share must be between 0 and 100 %, not { $share }
error-assign-bad-overlap-k = the annotators per overlapped document must be at least 2, not { $k }

## Editing: offsets, word boundaries, changes and labels ($pos, $prev, $start, $end: positions in the text)

# An offset that cannot be used; $len: the text's length in the unit the message names.
error-offset-out-of-range-code-points = { $len ->
   *[other] offset { $pos } is past the end of the text ({ $len } code points)
}
error-offset-out-of-range-utf16 = { $len ->
   *[other] offset { $pos } is past the end of the text ({ $len } UTF-16 code units)
}
error-offset-out-of-range-bytes = { $len ->
   *[other] offset { $pos } is past the end of the text ({ $len } bytes)
}
error-offset-splits-utf8 = byte offset { $pos } falls inside a UTF-8 character
error-offset-splits-surrogate = UTF-16 offset { $pos } falls between the two halves of a surrogate pair
error-offset-reversed = range { $start }..{ $end } is reversed
# Word boundaries given by the browser's word segmenter; $error: one of the error-offset messages.
error-word-breaks-offset = word boundary: { $error }
error-word-breaks-unsorted = word boundary { $pos } comes before the previous one ({ $prev }): boundaries must be in increasing order
error-word-breaks-bad-segmenter = the word segmenter returned byte offset { $pos }, which is not a character boundary of its input
# A change to the document that was refused (nothing was changed); $len: the text's length in characters.
error-edit-empty-span = the selection { $start }..{ $end } is empty: select at least one character
error-edit-out-of-range = { $len ->
   *[other] the span { $start }..{ $end } reaches past the end of the text ({ $len } characters)
}
error-edit-splits-grapheme = the span { $start }..{ $end } cuts a character in two at position { $pos }; extend it to whole characters
# $existing, $id, $from, $to: annotations' or relations' numbers; $label: a label's name; $kind: a relation type.
error-edit-duplicate = annotation #{ $existing } already marks { $start }..{ $end } as { $label }
error-edit-unknown-annotation = annotation #{ $id } does not exist (it may have been removed)
error-edit-unknown-relation = relation #{ $id } does not exist (it may have been removed)
error-edit-self-relation = a relation cannot link annotation #{ $id } to itself
error-edit-duplicate-relation = a “{ $kind }” relation from #{ $from } to #{ $to } already exists
error-edit-empty-label = the label name is empty
error-edit-empty-relation-type = the relation type is empty
error-edit-empty-attribute-key = the attribute name is empty
# One change of several made together was refused: $item: its place among them (from 1); $error: why (a message above).
error-edit-in-batch = item { $item } of the batch: { $error }
error-edit-not-a-suggestion = annotation { $id } is not a pending suggestion
# A label that cannot be added or renamed ($existing, $name: labels' names).
error-label-empty = the label name is empty
error-label-duplicate = a label named { $existing } already exists
error-label-unknown = there is no label named { $name }
