# Spandrel messages: actions (English, the reference).


## Agreement

act-agreement-different-text = “{ $name }” annotates a different text than “{ $first }” (the texts differ from character { $at } on: { $theirs } vs { $ours } characters). All annotators must annotate the same text.

## Assigning documents

act-assign-no-documents = there are no documents to assign
act-assign-select-first = select the documents to assign first
act-assign-failed = { $n } document(s) could not be assigned: { $error }
# One annotator's load in the summary: a name and how many documents.
act-assign-load = { $who } { $n }
act-assign-loads-none = none
act-assign-done = Assigned { $changed } document(s) among { $members } annotator(s). Documents per annotator: { $loads }; { $overlapped } document(s) go to more than one.

## Corpus work: suggestions prepared ahead, Done → next, Previous / Next

act-corpus-unreadable = Suggestions could not be prepared for { $n } document(s): { $error }
act-corpus-ahead-failed = Suggestions could not be prepared ahead: { $error }
act-corpus-nothing-left = Every document is done or skipped: there is nothing left to do.
act-corpus-last = This is the last document.
act-corpus-first = This is the first document.
# Announced when a document opens: its place in the corpus and its title.
act-corpus-position = Document { $pos } of { $n }: { $title }

## Editing: commands, labels armed, the focused span, the label list

act-edit-read-only = This shared document is read-only. Save a copy to edit it.
act-edit-label-disarmed = Label disarmed
act-edit-label-armed = { $label } armed: click a word to label it
# The focused span, announced: its label and its text; a suggestion's score has two decimals.
act-edit-describe = { $label } “{ $text }”
act-edit-describe-suggested = { $label } “{ $text }” suggestion, score { $score }
act-edit-describe-rejected = { $label } “{ $text }” rejected
act-edit-label-added = Label { $label } added
act-edit-label-not-added = The label was not added: { $error }.
act-edit-label-not-renamed = The label was not renamed: { $error }.

## Suggestions from the extraction worker

act-extract-model-failed = The entity model could not be loaded ({ $error }); suggestions are off.
act-extract-not-added = The suggestions could not be added: { $error }
act-extract-added = { $n ->
   *[other] { $n } suggestions added
}

## Learning from the annotator's decisions

act-learn-sources-failed = Suggestions cannot learn from your earlier decisions ({ $error }); they start from the shipped model.
act-learn-unreadable = Suggestions cannot learn from { $n } of your documents (they could not be read): { $error }
act-learn-rebuild-failed = Suggestions could not learn from your earlier decisions: { $error }
act-learn-doc-failed = Suggestions could not learn from this document: { $error }
act-learn-follow-failed = The suggestions could not be brought up to date: { $error }
act-learn-refresh-failed = Suggestions could not be brought up to date: { $error }
act-learn-forget-failed = What suggestions learned could not be forgotten: { $error }
act-learn-forget-storage-failed = What suggestions learned could not be removed from storage: { $error }
act-learn-forgotten = Suggestions forgot what they learned: they come from the shipped model again.

## Word boundaries

act-library-segmenter-failed = Word boundaries for Chinese, Japanese or Thai text are unavailable ({ $error }); selections there are kept as you make them.

## Opening: boot, open by id, add and open

act-open-quarantined = A stored entry could not be read and was set aside for recovery: { $reason }
act-open-migrated = Your saved work was upgraded from storage version { $version }.
act-open-load-failed = Saved work could not be loaded ({ $error }). Changes will not be saved in this tab.
act-open-not-saved = “{ $title }” could not be saved: { $error }
act-open-failed = The document could not be opened: { $error }
act-open-no-storage = Storage is unavailable in this browser.
act-open-ahead-failed = The suggestions prepared for this document could not be added: { $error }
act-open-predates-unknown = Whether this document's suggestions are up to date is unknown: { $error }
act-open-last-open-failed = Which document is open could not be remembered: { $error }

## The queue's ranking

act-queue-unreadable = { $n } document(s) could not be read for the ranking and keep their corpus place: { $error }
act-queue-rank-failed = The queue could not be ranked (it keeps its order): { $error }

## Relations: link mode and relation types

act-relations-cancelled = Linking cancelled
act-relations-no-type = Add a relation type first (Relations, “Add type”).
act-relations-linking-from = Linking from “{ $text }”: Tab to the target span and press Enter, or click it. Escape cancels.
act-relations-link-mode = Link mode: click the source span, then the target span. Escape cancels.
act-relations-choose-target = Linking from “{ $text }”: now choose the target span.
act-relations-same-span = Choose a different span as the target.
# A link made: the source span's text, the target's, and the relation type.
act-relations-linked = Linked “{ $from }” → “{ $to }” ({ $kind })
act-relations-new-source = Linking from “{ $text }”: Tab to the target span and press Enter.
act-relations-focus-first = Focus a span with Tab first.
act-relations-type-name-first = Type a name for the relation type first.
act-relations-type-exists = The relation type “{ $kind }” already exists.
act-relations-type-added = Relation type “{ $kind }” added

## Review mode

act-review-read-only = This shared document is read-only. Save a copy to review its suggestions.
act-review-off = Review mode off
act-review-waiting = Waiting for this document's suggestions…
act-review-all-decided = Every suggestion of this document is decided. Enter: Done → next.
act-review-skipped-left = { $n ->
    [one] { $n } skipped suggestion left. Enter: the next document; Tab: ask the skipped again.
   *[other] { $n } skipped suggestions left. Enter: the next document; Tab: ask the skipped again.
}

## Saving and merging with another tab's write

act-save-room-again = Storage has room again: your edits are saved.
act-save-storage-full = Storage is full: your latest edits are kept on screen but not saved. Export this document (Export) or delete documents you no longer need; saving is retried until it succeeds.
act-save-failed = Not saved: { $error }
# $json: what could not be placed, as JSON (shown so that it is not lost).
act-save-leftovers-lost = What the merge with another tab could not place could not be kept ({ $error }); it is: { $json }
act-save-merged = Changes from another tab were merged with yours.
# $conflicts: the first five conflicts described, joined by “; ”; $more: act-save-conflicts-more or
# nothing; $aside: act-save-conflicts-aside or nothing.
act-save-conflicts = This document was also changed in another tab; both sets of changes were kept. { $conflicts }{ $more }.{ $aside }
act-save-conflicts-more = { " " }(and { $n } more)
act-save-conflicts-aside = { " " }What could not be placed was set aside: Documents → Set-aside entries lets you download it.
act-save-settings-failed = Settings not saved: { $error }

## Export and shared links

act-transfer-words-failed = the words of “{ $title }” could not be found ({ $error })
act-transfer-copy-saved = “{ $title }” was saved to your workspace; you can edit it now.

## Team sync: queueing, settings, pulled changes

act-sync-stage-failed = This change could not be queued for sync (it is saved here): { $error }
act-sync-schema-stage-failed = The labels could not be queued for the project (they are saved here): { $error }
act-sync-removal-stage-failed = The deletion could not be queued for the project: { $error }
act-sync-settings-unreadable = the sync settings kept in this browser are unreadable ({ $error }); enter them again
act-sync-online-failed = Sync will not notice the network coming back by itself: { $error }
act-sync-password-unreadable = the remembered password could not be read: { $error }
act-sync-is-off = Sync is off: { $error }
act-sync-enter-password = enter the password of your account on the sync server
act-sync-settings-not-written = the settings could not be written: { $error }
act-sync-settings-not-kept = the settings could not be kept: { $error }
act-sync-password-not-remembered = The password could not be remembered for this tab: { $error }
act-sync-settings-not-removed = The sync settings could not be removed: { $error }
act-sync-password-not-removed = The remembered password could not be removed: { $error }
act-sync-off = sync is off
act-sync-retry-failed = The refused changes could not be queued again: { $error }
# $key: which record (a document or the labels); $conflicts: the conflicts described, joined by “; ”.
act-sync-merge-conflicts = { $key } was also changed on the sync server; both versions were kept: { $conflicts }
# $json: what could not be placed, as JSON (shown so that it is not lost).
act-sync-leftovers-lost = What the merge with the server could not place could not be kept ({ $error }); it is: { $json }
act-sync-removed-unreadable = A document removed from the project could not be read here: { $error }
act-sync-removed-kept = “{ $title }” was removed from the project; your copy, with your work, is kept in this browser.
act-sync-removed = “{ $title }” was removed from the project.
act-sync-removed-not-deleted = A document removed from the project could not be removed here: { $error }
act-sync-labels-arrived = The project's labels arrived from the sync server.
act-sync-change-not-saved = A change from the sync server could not be saved here: { $error }
act-sync-doc-not-saved = A document from the sync server could not be saved here: { $error }
act-sync-change-unreadable = A change from the sync server could not be read here: { $error }

## Team sync: the curator's gold version ($who: an annotator's account name)

act-sync-gold-no-version = { $who } has no version of this document here (yet)
act-sync-gold-no-span = that span is no longer in the annotator's version
act-sync-gold-none = there is no gold version yet: take a version or a span first
act-sync-gold-nothing-worked = nobody has worked on this document yet
act-sync-gold-took-version = { $who }'s version is now the adjudicated gold version.
act-sync-gold-took-span = { $label } “{ $text }” from { $who } is in the gold version.
act-sync-gold-dropped = { $label } removed from the gold version.
act-sync-gold-agreed = A draft gold version with the { $n } span(s) every annotator agreed on.
act-sync-gold-marked = Marked adjudicated.
act-sync-gold-reopened = Reopened: the gold version is a draft again.

## Team sync: setting up a project, accounts, the training set

act-sync-project-ready = Project “{ $project }” is ready: { $leads } lead(s), { $annotators } annotator(s), { $curators } curator(s). Each member turns sync on with it and their role.
act-sync-setup-stopped = the set-up stopped before it ended
act-sync-account-enter-first = enter the user name and the password you want first
act-sync-account-created = Account “{ $user }” created. Ask the project's lead to add you to the project.
act-sync-account-refused = the sync server did not create “{ $user }”: the name is taken, or this server does not let people create accounts
# $status: the HTTP status code; $message: what the server said.
act-sync-account-http = the sync server answered HTTP { $status } to the new account: { $message }
act-sync-unreachable = the sync server cannot be reached: { $error }
act-sync-nothing-worked = no document of the project has been worked on yet

## The Documents screen: adding files and text, rename, status, duplicate, delete, other tabs

act-workspace-file-not-added = “{ $file }” was not added: { $error }. Nothing was stored.
act-workspace-import-as-text = Import as plain text
# $needed, $free: sizes (act-workspace-size-…); $fit: how many documents would fit.
act-workspace-no-room = These { $n } documents need about { $needed } of browser storage, but only { $free } are free (this browser keeps about 10 MB per site): nothing was imported. Split the file into parts of at most { $fit } documents, or export the documents you have finished (Export → Whole workspace) and delete them to make room.
act-workspace-importing = Importing: { $saved } of { $total } documents saved
# $labels: the new labels' names, joined by “, ”.
act-workspace-new-labels = New labels from the file: { $labels }.
# $titles: the first five titles, each in “ ”, joined by “, ”; $more: act-workspace-added-more or nothing.
act-workspace-added = Added { $n } document(s): { $titles }{ $more }.
act-workspace-added-more = { " " }and { $n } more
act-workspace-added-count = Added { $n } document(s)
act-workspace-paste-empty = Paste or type some text to add a document.
act-workspace-added-one = Added “{ $title }”.
act-workspace-title-needed = A document needs a title.
act-workspace-not-renamed = Not renamed: { $error }
# A document status inside a sentence (“Marked 3 document(s) as done.”).
act-workspace-status-name = { $status ->
    [new] new
    [inprogress] in progress
    [done] done
   *[skipped] skipped
}
act-workspace-not-marked = { $n } document(s) could not be marked { $status }: { $error }
act-workspace-marked = Marked { $n } document(s) as { $status }.
act-workspace-status-not-changed = Status not changed: { $error }
act-workspace-duplicated = Document duplicated
act-workspace-not-duplicated = Not duplicated: { $error }
act-workspace-not-deleted = Not deleted: { $error }
act-workspace-deleted = Deleted “{ $title }”
act-workspace-restored = Restored “{ $title }”
act-workspace-not-restored = “{ $title }” could not be restored: { $error }
act-workspace-reread-failed = The document list could not be re-read: { $error }
act-workspace-deleted-elsewhere = “{ $title }” was deleted in another tab. It stays open here; edit it to save it again, or open another document.
act-workspace-other-tab-unreadable = The change made in another tab could not be read: { $error }
act-workspace-other-tab-unlisted = A document changed in another tab could not be listed: { $error }
act-workspace-other-tab-labels = Labels changed in another tab could not be read: { $error }
# A size: $size has one decimal.
act-workspace-size-mb = { $size } MB
act-workspace-size-kb = { $size } KB
act-workspace-size-bytes = { $n } bytes

## The keyboard

key-selected = Selected “{ $text }”
key-selection-failed = That selection could not be used: { $error }
