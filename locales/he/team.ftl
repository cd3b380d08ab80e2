# Machine-drafted translation from English (locales/en/team.ftl); a native speaker's review is welcome.
# Spandrel messages: team (Hebrew).


## Sync: the header's status and the error under it

sync-off = הסנכרון כבוי
sync-paused = הסנכרון מושהה: יש להזין את הסיסמה
sync-synced = מסונכרן
sync-syncing = בסנכרון…
sync-offline = { $waiting ->
    [one] לא מקוון, שינוי אחד ממתין
   *[other] לא מקוון, { $waiting } שינויים ממתינים
}
sync-error = שגיאת סנכרון
sync-settings-title = הגדרות סנכרון הצוות
sync-settings-button = הגדרות סנכרון
sync-try-again = ניסיון חוזר

## Sync: the settings form

sync-form = סנכרון צוות
sync-form-hint = סנכרון התיוגים שלך עם שרת ה־Kinto של הצוות. העבודה שלך תמיד נשמרת קודם בדפדפן הזה; הסיסמה נשמרת רק בכרטיסייה הזו (לעולם לא בקובצי ייצוא או בקישורי שיתוף).
sync-server = שרת
sync-server-placeholder = https://kinto.example.org/v1 או /sync/v1
sync-project = פרויקט
sync-user = משתמש
sync-password = סיסמה
sync-role = תפקיד
sync-role-annotator = מתייג
# unsure: "curator" as אוצר (as in data curation, אוצרות נתונים); עורך or בודק are alternatives.
sync-role-curator = אוצר
sync-role-lead = ראש צוות
sync-remember = שמירת הסיסמה בכרטיסייה הזו
sync-apply = החלה
sync-turn-on = הפעלת הסנכרון
sync-now = סנכרון עכשיו
sync-turn-off = כיבוי הסנכרון
sync-close = סגירה

## Sync: creating an account, setting up a project

sync-setup-create-account = יצירת החשבון שלי
sync-setup-open = הגדרת פרויקט…
sync-setup-legend = הגדרת הפרויקט שצוין למעלה (מנהל שרת הסנכרון), או שינוי החברים בו (ראש צוות)
sync-setup-admin = מנהל או ראש צוות
sync-setup-admin-password = הסיסמה שלו
sync-setup-leads = ראשי צוות
sync-setup-leads-placeholder = lena
sync-setup-annotators = מתייגים
sync-setup-annotators-placeholder = alice, bob
sync-setup-curators = אוצרים
sync-setup-curators-placeholder = cora
sync-setup-update = עדכון הפרויקט הקיים (החברים וההרשאות שלו)
sync-setup-load = טעינת החברים הנוכחיים
sync-setup-submit = הגדרת הפרויקט
sync-setup-members-loaded = החברים ב־“{ $project }”: אפשר לשנות אותם, ואז ללחוץ על “{ sync-setup-submit }” כדי לעדכן אותו.

## Curator: each annotator's version of the open document, and the gold version

curator-region = אוצרות
curator-open = אוצרות המסמך הזה
curator-not-in-project = המסמך הזה אינו חלק מהפרויקט.
curator-edited = { $said } הסנכרון מתבצע כעת.
curator-edit-failed = גרסת הזהב לא שונתה: { $error }
curator-take-span-label = העברת { $label } “{ $covered }” של { $who } לגרסת הזהב
curator-span-in-gold = כבר בגרסת הזהב
curator-take-span-title = העברת המקטע הזה לגרסת הזהב
curator-version-empty = אין מקטעים
curator-take-version = העברה לזהב
curator-gold-none = זהב: עדיין אין. אפשר להעביר גרסה שלמה או מקטעים בודדים מלמעלה, או להתחיל ממה שכולם הסכימו עליו.
curator-gold-agreed = התחלה מהמקטעים המוסכמים
curator-drop-span-label = הסרה של { $label } “{ $covered }” מגרסת הזהב
curator-drop-span = הסרה
curator-gold-adjudicated = זהב (מוכרע)
curator-gold-draft = זהב (טיוטה, עדיין לא הוכרע)
curator-gold-empty = : אין מקטעים
curator-gold-reopen = פתיחה מחדש
curator-gold-mark = סימון כמוכרע

## Curator: the agreement of the annotators' versions

curator-agreement-none = הסכמה: נדרשות גרסאות של שני מתייגים.
curator-agreement-caption = הסכמה (השני בכל זוג הוא הייחוס)
curator-agreement-pair = זוג
curator-agreement-exact = P / R / F1 מדויק
curator-agreement-overlap = F1 חפיפה
curator-agreement-kappa = κ של כהן (אסימונים)
curator-agreement-pair-row = { $a } מול { $b }

## Team: progress and adjudication queue (Documents screen)

team-region = התקדמות הצוות
team-open = התקדמות הצוות והכרעה
team-sync-off = הסנכרון כבוי.
team-summary = { $documents ->
    [one] מסמך אחד, הוכרעו { $adjudicated } ({ $percent }). מקטעים מאושרים לפי תווית: { $labels }.
   *[other] { $documents } מסמכים, מתוכם הוכרעו { $adjudicated } ({ $percent }). מקטעים מאושרים לפי תווית: { $labels }.
}
team-labels-none = עדיין אין
team-members-caption = מתייגים
team-col-annotator = מתייג
team-col-assigned = הוקצו
team-col-done = הושלמו
team-col-skipped = דולגו
team-col-in-progress = בתהליך
team-col-last-activity = פעילות אחרונה
team-queue-caption = תור ההכרעה: מסמכים עם יותר מגרסה אחת, אלה עם אי־ההסכמה הרבה ביותר תחילה
team-col-document = מסמך
team-col-annotators = מתייגים
team-col-exact-f1 = F1 מדויק
team-col-overlap-f1 = F1 חפיפה
team-col-kappa = κ אסימונים
team-col-gold = זהב
team-gold-adjudicated = מוכרע
team-gold-draft = טיוטה
team-gold-todo = ממתין
team-open-doc = פתיחה להכרעה
team-mean-agreement = ההסכמה הממוצעת ברמת מקטע מדויק במסמכים החופפים: { $value }.
team-mean-agreement-none = לאף מסמך עדיין אין שתי גרסאות

## Team: the training set

team-training-format = נתוני אימון (זהב, אחרת הגרסה היחידה, אחרת הרוב) בפורמט
team-training-download = הורדת נתוני האימון
team-training-downloaded = { $n ->
    [one] נתוני האימון הורדו: מסמך אחד.
   *[other] נתוני האימון הורדו: { $n } מסמכים.
}
team-training-failed = לא ניתן היה לייצא את נתוני האימון: { $error }

## Agreement screen: loading annotation files

agreement-plain-text = “{ $name }” הוא טקסט פשוט ללא תיוגים. עבור brat, יש לבחור אותו יחד עם קובץ ה־.ann שלו.
agreement-ann-alone = “{ $name }” הוא קובץ .ann של brat: יש לבחור אותו יחד עם קובץ ה־.txt בעל אותו השם.
agreement-unknown-format = “{ $name }” אינו קובץ תיוג ש־Spandrel מזהה (Spandrel JSON, spaCy, doccano, Label Studio, brat .txt + .ann, CoNLL, W3C Web Annotation).
agreement-unreadable-as = לא ניתן היה לקרוא את “{ $name }” בתור { $format }: { $reason }
agreement-many-documents = { $n ->
   *[other] “{ $name }” מכיל { $n } מסמכים; ההסכמה משווה תיוגים של טקסט אחד, ולכן יש לבחור קבצים שבכל אחד מהם יש מסמך אחד בדיוק.
}
agreement-warning = “{ $name }”: { $warning }
agreement-warning-more = { $n ->
    [one] { $warning } (ועוד אחת)
   *[other] { $warning } (ועוד { $n })
}
agreement-file-unreadable = לא ניתן היה לקרוא את “{ $name }”: { $error }
agreement-loaded = { $n ->
    [one] נטען מתייג אחד
   *[other] נטענו { $n } מתייגים
}
agreement-no-document = אין מסמך פתוח.
agreement-current-name = המסמך הנוכחי: { $title }
agreement-current-added = המקטעים המאושרים של המסמך הנוכחי נוספו בתור מתייג

## Agreement screen: creating the adjudicated document

agreement-adjudicate-failed = לא ניתן היה ליצור את המסמך המוכרע: { $error }
agreement-adjudicated-title = מוכרע: { $a } + { $b }
agreement-created = { $n ->
    [one] נוצר “{ $title }” עם מקטע מאושר אחד.
   *[other] נוצר “{ $title }” עם { $n } מקטעים מאושרים.
}

## Agreement screen: annotators and pairwise scores

agreement-heading = הסכמה בין מתייגים
agreement-hint = יש לטעון שני קובצי תיוג או יותר של אותו הטקסט (Spandrel JSON, spaCy, doccano, Label Studio, brat .txt + .ann, CoNLL, W3C). כל קובץ הוא מתייג אחד; נספרים רק מקטעים מאושרים. בכל זוג, המתייג השני הוא הייחוס.
agreement-load = טעינת קובצי תיוג…
agreement-files = קובצי תיוג
agreement-use-current = שימוש במקטעים המאושרים של המסמך הנוכחי
agreement-reading = בקריאה…
agreement-annotators = מתייגים
agreement-spans = { $n ->
    [one] מקטע אחד
   *[other] { $n } מקטעים
}
agreement-remove = הסרת { $name }
agreement-need-two = יש לטעון לפחות שני מתייגים כדי להשוות ביניהם.
agreement-pairwise = הסכמה בין זוגות
agreement-col-a = A
agreement-col-b = B (ייחוס)
agreement-exact-p = P מדויק
agreement-exact-r = R מדויק
agreement-exact-f1 = F1 מדויק
agreement-counts = tp / fp / fn
agreement-counts-title = חיוביים אמיתיים / חיוביים שגויים / שליליים שגויים
agreement-overlap-p = P חפיפה
agreement-overlap-r = R חפיפה
agreement-overlap-f1 = F1 חפיפה
agreement-kappa = κ של כהן (אסימונים)
agreement-details = פרטים
agreement-compare-label = השוואה בין { $a } לבין { $b }
agreement-compare = השוואה

## Agreement screen: the chosen pair, its disagreements and their decisions

agreement-pair-title = { $a } מול { $b } (ייחוס)
agreement-per-label = לפי תווית
agreement-col-label = תווית
agreement-disagreements = אי־הסכמות
agreement-no-disagreements = שני המתייגים האלה מסכימים על כל המקטעים.
agreement-decide-all = הכרעה בכולן:
agreement-all-a = הכול A
agreement-all-b = הכול B
agreement-all-both = הכול שניהם
agreement-all-neither = הכול אף אחד
agreement-only-a = רק A
agreement-only-b = רק B
agreement-label-differs = התווית שונה
agreement-boundary-differs = הגבול שונה
agreement-side-a = A: { $name }
agreement-side-b = B: { $name }
agreement-choice-legend = איזו גרסה לשמור באי־ההסכמה { $n }
agreement-choice-a = A
agreement-choice-b = B
agreement-choice-both = שניהם
agreement-choice-neither = אף אחד
agreement-create = יצירת מסמך מוכרע
agreement-decided = { $n ->
    [one] הוכרעו { $decided } מתוך אי־הסכמה אחת; מקטעים מוסכמים נשמרים, אי־הסכמות שלא הוכרעו מושמטות.
   *[other] הוכרעו { $decided } מתוך { $n } אי־הסכמות; מקטעים מוסכמים נשמרים, אי־הסכמות שלא הוכרעו מושמטות.
}
