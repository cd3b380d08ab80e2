# Spandrel messages: team (English, the reference).


## Sync: the header's status and the error under it

sync-off = Sync off
sync-paused = Sync paused: enter the password
sync-synced = Synced
sync-syncing = Syncing…
sync-offline = { $waiting ->
   *[other] Offline, { $waiting } change(s) waiting
}
sync-error = Sync error
sync-settings-title = Team sync settings
sync-settings-button = Sync settings
sync-try-again = Try again

## Sync: the settings form

sync-form = Team sync
sync-form-hint = Sync your annotations with your team's Kinto server. Your work is always saved in this browser first; the password is kept only in this tab (never in exports or share links).
sync-server = Server
sync-server-placeholder = https://kinto.example.org/v1 or /sync/v1
sync-project = Project
sync-user = User
sync-password = Password
sync-role = Role
sync-role-annotator = Annotator
sync-role-curator = Curator
sync-role-lead = Lead
sync-remember = Remember the password in this tab
sync-apply = Apply
sync-turn-on = Turn sync on
sync-now = Sync now
sync-turn-off = Turn sync off
sync-close = Close

## Sync: creating an account, setting up a project

sync-setup-create-account = Create my account
sync-setup-open = Set up a project…
sync-setup-legend = Set up the project named above (the sync server's administrator), or change its members (a lead)
sync-setup-admin = Administrator or lead
sync-setup-admin-password = Their password
sync-setup-leads = Leads
sync-setup-leads-placeholder = lena
sync-setup-annotators = Annotators
sync-setup-annotators-placeholder = alice, bob
sync-setup-curators = Curators
sync-setup-curators-placeholder = cora
sync-setup-update = Update the existing project (its members and permissions)
sync-setup-load = Load the current members
sync-setup-submit = Set up the project
sync-setup-members-loaded = The members of “{ $project }”: change them, then press “{ sync-setup-submit }” to update it.

## Curator: each annotator's version of the open document, and the gold version

curator-region = Curate
curator-open = Curate this document
curator-not-in-project = This document is not part of the project.
curator-edited = { $said } It is being synced.
curator-edit-failed = The gold version was not changed: { $error }
curator-take-span-label = Take { $label } “{ $covered }” from { $who } into gold
curator-span-in-gold = Already in the gold version
curator-take-span-title = Take this span into the gold version
curator-version-empty = no spans
curator-take-version = Take into gold
curator-gold-none = Gold: none yet. Take a whole version or single spans above, or start from what everyone agreed on.
curator-gold-agreed = Start from the agreed spans
curator-drop-span-label = Remove { $label } “{ $covered }” from gold
curator-drop-span = Remove
curator-gold-adjudicated = Gold (adjudicated)
curator-gold-draft = Gold (draft, not adjudicated yet)
curator-gold-empty = : no spans
curator-gold-reopen = Reopen
curator-gold-mark = Mark adjudicated

## Curator: the agreement of the annotators' versions

curator-agreement-none = Agreement: needs two annotators' versions.
curator-agreement-caption = Agreement (the second of each pair is the reference)
curator-agreement-pair = Pair
curator-agreement-exact = Exact P / R / F1
curator-agreement-overlap = Overlap F1
curator-agreement-kappa = Cohen's κ (tokens)
curator-agreement-pair-row = { $a } vs { $b }

## Team: progress and adjudication queue (Documents screen)

team-region = Team progress
team-open = Team progress and adjudication
team-sync-off = Sync is off.
team-summary = { $documents ->
   *[other] { $documents } document(s), { $adjudicated } adjudicated ({ $percent }). Accepted spans per label: { $labels }.
}
team-labels-none = none yet
team-members-caption = Annotators
team-col-annotator = Annotator
team-col-assigned = Assigned
team-col-done = Done
team-col-skipped = Skipped
team-col-in-progress = In progress
team-col-last-activity = Last activity
team-queue-caption = Adjudication queue: documents with more than one version, most disagreement first
team-col-document = Document
team-col-annotators = Annotators
team-col-exact-f1 = Exact F1
team-col-overlap-f1 = Overlap F1
team-col-kappa = Token κ
team-col-gold = Gold
team-gold-adjudicated = adjudicated
team-gold-draft = draft
team-gold-todo = to do
team-open-doc = Open to adjudicate
team-mean-agreement = Mean exact-span agreement on the overlapped documents: { $value }.
team-mean-agreement-none = no document has two versions yet

## Team: the training set

team-training-format = Training set (gold, else the only version, else the majority) as
team-training-download = Download the training set
team-training-downloaded = { $n ->
   *[other] Downloaded the training set: { $n } document(s).
}
team-training-failed = The training set could not be exported: { $error }

## Agreement screen: loading annotation files

agreement-plain-text = “{ $name }” is plain text without annotations. For brat, choose it together with its .ann file.
agreement-ann-alone = “{ $name }” is a brat .ann file: choose it together with the .txt file of the same name.
agreement-unknown-format = “{ $name }” is not an annotation file Spandrel recognises (Spandrel JSON, spaCy, doccano, Label Studio, brat .txt + .ann, CoNLL, W3C Web Annotation).
agreement-unreadable-as = “{ $name }” could not be read as { $format }: { $reason }
agreement-many-documents = { $n ->
   *[other] “{ $name }” holds { $n } documents; agreement compares annotations of one text, so choose files with exactly one document each.
}
agreement-warning = “{ $name }”: { $warning }
agreement-warning-more = { $n ->
   *[other] { $warning } (and { $n } more)
}
agreement-file-unreadable = “{ $name }” could not be read: { $error }
agreement-loaded = { $n ->
   *[other] { $n } annotator(s) loaded
}
agreement-no-document = No document is open.
agreement-current-name = Current document: { $title }
agreement-current-added = The current document's accepted spans were added as an annotator

## Agreement screen: creating the adjudicated document

agreement-adjudicate-failed = The adjudicated document could not be made: { $error }
agreement-adjudicated-title = Adjudicated: { $a } + { $b }
agreement-created = { $n ->
   *[other] Created “{ $title }” with { $n } accepted spans.
}

## Agreement screen: annotators and pairwise scores

agreement-heading = Agreement between annotators
agreement-hint = Load two or more annotation files of the same text (Spandrel JSON, spaCy, doccano, Label Studio, brat .txt + .ann, CoNLL, W3C). Each file is one annotator; only accepted spans count. In each pair the second annotator is the reference.
agreement-load = Load annotation files…
agreement-files = Annotation files
agreement-use-current = Use the current document’s accepted spans
agreement-reading = Reading…
agreement-annotators = Annotators
agreement-spans = { $n ->
   *[other] { $n } spans
}
agreement-remove = Remove { $name }
agreement-need-two = Load at least two annotators to compare them.
agreement-pairwise = Pairwise agreement
agreement-col-a = A
agreement-col-b = B (reference)
agreement-exact-p = Exact P
agreement-exact-r = Exact R
agreement-exact-f1 = Exact F1
agreement-counts = tp / fp / fn
agreement-counts-title = true positives / false positives / false negatives
agreement-overlap-p = Overlap P
agreement-overlap-r = Overlap R
agreement-overlap-f1 = Overlap F1
agreement-kappa = Cohen’s κ (tokens)
agreement-details = Details
agreement-compare-label = Compare { $a } with { $b }
agreement-compare = Compare

## Agreement screen: the chosen pair, its disagreements and their decisions

agreement-pair-title = { $a } vs { $b } (reference)
agreement-per-label = Per label
agreement-col-label = Label
agreement-disagreements = Disagreements
agreement-no-disagreements = These two annotators agree on every span.
agreement-decide-all = Decide all:
agreement-all-a = All A
agreement-all-b = All B
agreement-all-both = All both
agreement-all-neither = All neither
agreement-only-a = Only A
agreement-only-b = Only B
agreement-label-differs = Label differs
agreement-boundary-differs = Boundary differs
agreement-side-a = A: { $name }
agreement-side-b = B: { $name }
agreement-choice-legend = Keep which version of disagreement { $n }
agreement-choice-a = A
agreement-choice-b = B
agreement-choice-both = Both
agreement-choice-neither = Neither
agreement-create = Create adjudicated document
agreement-decided = { $n ->
   *[other] { $decided } of { $n } disagreements decided; agreed spans are kept, undecided disagreements are left out.
}
