# Spandrel messages: workspace (English, the reference).


## Workspace: the window's listeners (other tabs, leaving the page, files dropped on the window)

workspace-other-tabs-off = Changes made in other tabs will not show here until reload ({ $error }).
workspace-unload-guard-off = Closing the tab will not warn about unsaved edits ({ $error }).
workspace-page-hidden-off = Edits made just before leaving the page may not be saved ({ $error }).
workspace-window-drop-off = Dropping files on the window is unavailable ({ $error }); use Documents → Open files.
workspace-read-only-add = This shared document is read-only. Save a copy to your workspace before adding files.
workspace-file-unreadable = “{ $name }” could not be read: { $error }

## Workspace: the Documents screen

workspace-heading = Documents
workspace-storage-unavailable = Browser storage is unavailable: documents cannot be listed or saved in this tab.

## Workspace: deleted documents (undo)

workspace-deleted = Deleted “{ $title }”.
workspace-restore = Restore

## Workspace: filters, sorting and bulk status

workspace-filters = Filter documents
workspace-filter-status = Status
workspace-filter-by-status = Filter by status
workspace-status-any = Any
workspace-status-not-done = Not done
workspace-status-to-do = To do (new or in progress)
workspace-filter-label = Label
workspace-filter-by-label = Filter by label
workspace-label-any = Any
workspace-filter-text = Text
workspace-filter-by-text = Filter by text
workspace-filter-text-placeholder = title or text
workspace-sort = Sort
workspace-sort-documents = Sort documents
workspace-sort-position = Corpus order
workspace-sort-modified = Last modified
workspace-doc-count = { $n ->
   *[other] { $n } document(s)
}
workspace-doc-count-matching = { $total ->
   *[other] { $n } of { $total } document(s) match
}
# Followed by the number selected, then “as” and a button per status.
workspace-mark = Mark
workspace-selected = { $n } selected
workspace-mark-as = as
# Followed by a button per status.
workspace-mark-all-matching = Mark all that match as
# Said to screen readers; $status is the status's name in lower case.
workspace-marking = { $n ->
   *[other] Marking { $n } document(s) as { $status }
}

## Workspace: the documents table

workspace-table-caption = Documents in this browser
workspace-select-page = Select all on this page
workspace-col-title = Title
workspace-col-labels = Labels
workspace-col-suggestions = Suggestions accepted / pending
workspace-col-status = Status
workspace-col-modified = Modified
workspace-col-actions = Actions
workspace-col-assigned = Assigned to
workspace-empty = No documents yet: add one below.
workspace-no-match = No document matches the filter.
workspace-pages = Pages
workspace-previous-page = ◀ Previous page
workspace-page-of = Page { $page } of { $pages }
workspace-next-page = Next page ▶

## Workspace: assigning documents to annotators (a synced lead)

workspace-assign-overlap-invalid = the overlap “{ $value }” is not a number of percent
workspace-assign-k-invalid = “{ $value }” is not a number of annotators
workspace-assign-legend = Assign documents to annotators
workspace-assign-names = Annotators (account names)
# Example account names.
workspace-assign-names-placeholder = alice, bob
workspace-assign-overlap = Overlap (% of documents)
workspace-assign-k = Annotators per overlapped document
workspace-assign-auto = Assign all automatically
workspace-assign-selected = Assign { $n } selected to these annotators

## Workspace: a document's row

workspace-select-doc = Select { $title }
workspace-open-badge = (open)
workspace-new-title = New title
workspace-status-of = Status of { $title }
workspace-open = Open
workspace-rename = Rename
workspace-duplicate = Duplicate
workspace-delete = Delete

## Workspace: storage usage

workspace-storage = Storage
workspace-storage-used = Storage used
# $used and $quota are sizes (“12.5 KB”), $percent has one decimal.
workspace-usage-of-quota = { $used } of about { $quota } used ({ $percent }%)
workspace-usage = { $used } used
workspace-usage-unknown = Storage usage unknown: { $error }

## Workspace: adding documents

workspace-add-heading = Add document
workspace-add-title = Title
workspace-add-text = Text
workspace-add-submit = Add document
workspace-open-files = Open files (.txt, .md, .html, .json, .jsonl …)
workspace-drop-hint = You can also drop files anywhere on the window.

## Workspace: recovery of entries set aside

workspace-recovery = Recovery
workspace-recovery-list-failed = Set-aside entries could not be listed: { $error }
workspace-recovery-none = Nothing was set aside: every stored entry could be read.
workspace-recovery-intro = These stored entries could not be read and were set aside. Download them to recover their contents by hand, or discard them.
workspace-recovery-download = Download
workspace-download-failed = Download failed: { $error }
workspace-recovery-discard = Discard
workspace-recovery-confirm = Confirm discard
workspace-recovery-discard-question = Discard for good?
workspace-recovery-yes = Yes, discard
workspace-recovery-keep = Keep
workspace-not-discarded = Not discarded: { $error }

## Transfer: start (offline files, share links)

transfer-update-available = A new version of Spandrel is available — reload the page to use it.
transfer-offline-install-failed = Offline use is off: the offline files could not be installed ({ $error }).
transfer-offline-off = Offline use is off: { $error }.
transfer-link-not-opened = The shared link could not be opened: { $error }
transfer-link-invalid = The shared link could not be opened: { $error }. Your own workspace was opened instead; nothing in it was changed.

## Transfer: the header's buttons

transfer-read-only-banner = Shared document — read-only
transfer-save-copy = Save a copy to my workspace
transfer-import = Import
transfer-export = Export
transfer-share = Share

## Transfer: export

transfer-no-document = no document is open
transfer-storage-unavailable = storage is unavailable in this browser
# A document that could not be loaded: its id, then why.
transfer-doc-not-loaded = “{ $id }”: { $error }
transfer-none-done = no document is marked done yet
transfer-exported = { $docs ->
   *[other] Exported { $docs } document(s) in { $files } file(s) ({ $format }).
}
transfer-export-failed = Export failed: { $error }
transfer-export-title = Export
transfer-export-what = What
transfer-scope-current = Current document
transfer-scope-all = Whole workspace
transfer-scope-done = Done documents only
transfer-scope-count = { $n ->
   *[other] ({ $n } documents)
}
transfer-format = Format
transfer-export-format = Export format
transfer-include-suggestions = Include suggestions
transfer-include-rejected = Include rejected spans
transfer-lossy-hint = This format keeps text, spans and labels; notes, states or relations may not all survive (see the README).
transfer-download = Download

## Transfer: share by link

transfer-share-title = Share by link
transfer-share-intro = Anyone with the link sees this document read-only; the document travels inside the link, no server is involved.
transfer-include-pending = Include pending suggestions
transfer-no-link = No link can be made: { $error }
transfer-link = Link
transfer-link-length = { $n ->
   *[other] { $n } characters
}
transfer-link-copied = Link copied
transfer-copy-failed = The link could not be copied ({ $error }); select it in the Link field and copy it yourself.
transfer-copy-link = Copy link
transfer-download-instead = Download as a Spandrel file instead

## Transfer: import

transfer-import-title = Import
transfer-import-unreadable = Import: “{ $name }” could not be read: { $error }
transfer-files = Files (or drop them here)
transfer-reading = reading…
transfer-import-format = Import format
transfer-detect = Detect automatically
transfer-plain-text = Plain text (the files as they are)
transfer-offsets = Offsets
transfer-offset-unit = Offset unit
transfer-offsets-as-format = As the format says
transfer-code-points = Code points
transfer-utf16 = UTF-16 code units
transfer-choose-files = Choose one or more files. Nothing is added until you confirm.
transfer-import-button = Import
# $formats: format names (“CoNLL”, “JSON”…).
transfer-problems = { $n ->
   *[other] These files cannot be imported as { $formats }: { $n } problem(s). Nothing was changed.
}
transfer-import-partial = Import the valid part
transfer-read-as = { $n ->
   *[other] Read as { $formats }: { $n } document(s) to add.
}
# After a document's title.
transfer-doc-spans = { $n ->
   *[other] — { $n } span(s)
}
transfer-add-labels = Add these labels to the schema:
transfer-warnings = Warnings:

## A document's status, as the Documents screen shows it (keys: the stored value)

workspace-status-label = { $status ->
    [new] New
    [inprogress] In progress
    [done] Done
   *[skipped] Skipped
}

## Sharing: advice on the link's length

transfer-advice-ok = This link can be pasted anywhere.
transfer-advice-long = This link is long: chat apps and e-mail may cut it. Prefer sending it as a file, or share without suggestions.
transfer-advice-too-long = This document is too large for a link: browsers refuse it. Export it as a file instead.
