# Machine-drafted translation from English (locales/en/actions.ftl); a native speaker's review is welcome.
# Spandrel messages: actions (Hebrew).


## Agreement

act-agreement-different-text = “{ $name }” מכיל תיוג של טקסט שונה מזה של “{ $first }” (הטקסטים שונים החל מהתו { $at }: { $theirs } לעומת { $ours } תווים). כל המתייגים חייבים לתייג את אותו הטקסט.

## Assigning documents

act-assign-no-documents = אין מסמכים להקצאה
act-assign-select-first = יש לבחור קודם את המסמכים להקצאה
act-assign-failed = { $n ->
    [one] לא ניתן היה להקצות מסמך אחד: { $error }
   *[other] לא ניתן היה להקצות { $n } מסמכים: { $error }
}
# One annotator's load in the summary: a name and how many documents.
act-assign-load = { $who } { $n }
act-assign-loads-none = אין
act-assign-done = מסמכים שהוקצו: { $changed }, בין מתייגים: { $members }. מסמכים לכל מתייג: { $loads }; מסמכים שהוקצו ליותר ממתייג אחד: { $overlapped }.

## Corpus work: suggestions prepared ahead, Done → next, Previous / Next

act-corpus-unreadable = { $n ->
    [one] לא ניתן היה להכין הצעות עבור מסמך אחד: { $error }
   *[other] לא ניתן היה להכין הצעות עבור { $n } מסמכים: { $error }
}
act-corpus-ahead-failed = לא ניתן היה להכין הצעות מראש: { $error }
act-corpus-nothing-left = כל המסמכים הושלמו או דולגו: לא נותר דבר לעשות.
act-corpus-last = זה המסמך האחרון.
act-corpus-first = זה המסמך הראשון.
# Announced when a document opens: its place in the corpus and its title.
act-corpus-position = מסמך { $pos } מתוך { $n }: { $title }

## Editing: commands, labels armed, the focused span, the label list

act-edit-read-only = המסמך המשותף הזה לקריאה בלבד. יש לשמור עותק כדי לערוך אותו.
# unsure: "armed" (a label ready to apply with one click) as פעילה.
act-edit-label-disarmed = אין תווית פעילה
act-edit-label-armed = התווית { $label } פעילה: יש ללחוץ על מילה כדי לתייג אותה
# The focused span, announced: its label and its text; a suggestion's score has two decimals.
act-edit-describe = { $label } “{ $text }”
act-edit-describe-suggested = { $label } “{ $text }” הצעה, ציון { $score }
act-edit-describe-rejected = { $label } “{ $text }” נדחה
act-edit-label-added = התווית { $label } נוספה
act-edit-label-not-added = התווית לא נוספה: { $error }.
act-edit-label-not-renamed = שם התווית לא שונה: { $error }.

## Suggestions from the extraction worker

act-extract-model-failed = לא ניתן היה לטעון את מודל הישויות ({ $error }); ההצעות כבויות.
act-extract-not-added = לא ניתן היה להוסיף את ההצעות: { $error }
act-extract-added = { $n ->
    [one] נוספה הצעה אחת
   *[other] נוספו { $n } הצעות
}

## Learning from the annotator's decisions

act-learn-sources-failed = ההצעות אינן יכולות ללמוד מההחלטות הקודמות שלך ({ $error }); הן מתחילות מהמודל המובנה.
act-learn-unreadable = { $n ->
    [one] ההצעות אינן יכולות ללמוד ממסמך אחד שלך (לא ניתן היה לקרוא אותו): { $error }
   *[other] ההצעות אינן יכולות ללמוד מ־{ $n } מהמסמכים שלך (לא ניתן היה לקרוא אותם): { $error }
}
act-learn-rebuild-failed = ההצעות לא הצליחו ללמוד מההחלטות הקודמות שלך: { $error }
act-learn-doc-failed = ההצעות לא הצליחו ללמוד מהמסמך הזה: { $error }
act-learn-follow-failed = לא ניתן היה לעדכן את ההצעות: { $error }
act-learn-refresh-failed = לא ניתן היה לרענן את ההצעות: { $error }
act-learn-forget-failed = לא ניתן היה למחוק את מה שההצעות למדו: { $error }
act-learn-forget-storage-failed = לא ניתן היה להסיר מהאחסון את מה שההצעות למדו: { $error }
act-learn-forgotten = ההצעות שכחו את מה שלמדו: הן שוב מבוססות על המודל המובנה.

## Word boundaries

act-library-segmenter-failed = גבולות מילים בטקסט סיני, יפני או תאי אינם זמינים ({ $error }); בטקסט כזה הבחירות נשמרות בדיוק כפי שנעשו.

## Opening: boot, open by id, add and open

act-open-quarantined = לא ניתן היה לקרוא רשומה שמורה, והיא הונחה בצד לשחזור: { $reason }
act-open-migrated = העבודה השמורה שלך שודרגה מגרסת האחסון { $version }.
act-open-load-failed = לא ניתן היה לטעון את העבודה השמורה ({ $error }). שינויים לא יישמרו בכרטיסייה הזו.
act-open-not-saved = לא ניתן היה לשמור את “{ $title }”: { $error }
act-open-failed = לא ניתן היה לפתוח את המסמך: { $error }
act-open-no-storage = האחסון אינו זמין בדפדפן הזה.
act-open-ahead-failed = לא ניתן היה להוסיף את ההצעות שהוכנו למסמך הזה: { $error }
act-open-predates-unknown = לא ידוע אם ההצעות של המסמך הזה עדכניות: { $error }
act-open-last-open-failed = לא ניתן היה לזכור איזה מסמך פתוח: { $error }

## The queue's ranking

act-queue-unreadable = { $n ->
    [one] לא ניתן היה לקרוא מסמך אחד לצורך הדירוג, והוא שומר על מקומו בקורפוס: { $error }
   *[other] לא ניתן היה לקרוא { $n } מסמכים לצורך הדירוג, והם שומרים על מקומם בקורפוס: { $error }
}
act-queue-rank-failed = לא ניתן היה לדרג את התור (הוא שומר על הסדר שלו): { $error }

## Relations: link mode and relation types

act-relations-cancelled = הקישור בוטל
act-relations-no-type = יש להוסיף קודם סוג קשר (קשרים, “הוספת סוג”).
act-relations-linking-from = קישור מ־“{ $text }”: יש לעבור עם Tab למקטע היעד ולהקיש Enter, או ללחוץ עליו. Esc מבטל.
act-relations-link-mode = מצב קישור: יש ללחוץ על מקטע המקור, ואז על מקטע היעד. Esc מבטל.
act-relations-choose-target = קישור מ־“{ $text }”: עכשיו יש לבחור את מקטע היעד.
act-relations-same-span = יש לבחור מקטע אחר בתור היעד.
# A link made: the source span's text, the target's, and the relation type.
act-relations-linked = נוצר קשר “{ $from }” ← “{ $to }” ({ $kind })
act-relations-new-source = קישור מ־“{ $text }”: יש לעבור עם Tab למקטע היעד ולהקיש Enter.
act-relations-focus-first = יש למקד קודם מקטע באמצעות Tab.
act-relations-type-name-first = יש להקליד קודם שם לסוג הקשר.
act-relations-type-exists = סוג הקשר “{ $kind }” כבר קיים.
act-relations-type-added = סוג הקשר “{ $kind }” נוסף

## Review mode

act-review-read-only = המסמך המשותף הזה לקריאה בלבד. יש לשמור עותק כדי לסקור את ההצעות שלו.
act-review-off = מצב הסקירה כבוי
act-review-waiting = בהמתנה להצעות של המסמך הזה…
act-review-all-decided = כל ההצעות במסמך הזה הוכרעו. Enter: סיום ← הבא.
act-review-skipped-left = { $n ->
    [one] נותרה הצעה אחת שדולגה. Enter: המסמך הבא; Tab: הצגה חוזרת של מה שדולג.
   *[other] נותרו { $n } הצעות שדולגו. Enter: המסמך הבא; Tab: הצגה חוזרת של מה שדולג.
}

## Saving and merging with another tab's write

act-save-room-again = יש שוב מקום באחסון: העריכות שלך נשמרו.
act-save-storage-full = האחסון מלא: העריכות האחרונות שלך מוצגות על המסך אך לא נשמרו. יש לייצא את המסמך הזה (ייצוא) או למחוק מסמכים שכבר אין בהם צורך; השמירה תנוסה שוב עד שתצליח.
act-save-failed = לא נשמר: { $error }
# $json: what could not be placed, as JSON (shown so that it is not lost).
act-save-leftovers-lost = לא ניתן היה לשמור את מה שהמיזוג עם כרטיסייה אחרת לא הצליח למקם ({ $error }); זה התוכן: { $json }
act-save-merged = שינויים מכרטיסייה אחרת מוזגו עם שלך.
# $conflicts: the first five conflicts described, joined by “; ”; $more: act-save-conflicts-more or
# nothing; $aside: act-save-conflicts-aside or nothing.
act-save-conflicts = המסמך הזה שונה גם בכרטיסייה אחרת; שתי קבוצות השינויים נשמרו. { $conflicts }{ $more }.{ $aside }
act-save-conflicts-more = { " " }(ועוד { $n })
act-save-conflicts-aside = { " " }מה שלא ניתן היה למקם הונח בצד: אפשר להוריד אותו דרך מסמכים ← רשומות שהונחו בצד.
act-save-settings-failed = ההגדרות לא נשמרו: { $error }

## Export and shared links

act-transfer-words-failed = לא ניתן היה למצוא את המילים של “{ $title }” ({ $error })
act-transfer-copy-saved = “{ $title }” נשמר בסביבת העבודה שלך; אפשר לערוך אותו עכשיו.

## Team sync: queueing, settings, pulled changes

act-sync-stage-failed = לא ניתן היה להכניס את השינוי הזה לתור הסנכרון (הוא נשמר כאן): { $error }
act-sync-schema-stage-failed = לא ניתן היה להכניס את התוויות לתור עבור הפרויקט (הן נשמרו כאן): { $error }
act-sync-removal-stage-failed = לא ניתן היה להכניס את המחיקה לתור עבור הפרויקט: { $error }
act-sync-settings-unreadable = לא ניתן לקרוא את הגדרות הסנכרון שנשמרו בדפדפן הזה ({ $error }); יש להזין אותן שוב
act-sync-online-failed = הסנכרון לא יזהה מעצמו את חזרת הרשת: { $error }
act-sync-password-unreadable = לא ניתן היה לקרוא את הסיסמה שנשמרה: { $error }
act-sync-is-off = הסנכרון כבוי: { $error }
act-sync-enter-password = יש להזין את הסיסמה של החשבון שלך בשרת הסנכרון
act-sync-settings-not-written = לא ניתן היה לכתוב את ההגדרות: { $error }
act-sync-settings-not-kept = לא ניתן היה לשמור את ההגדרות: { $error }
act-sync-password-not-remembered = לא ניתן היה לזכור את הסיסמה עבור הכרטיסייה הזו: { $error }
act-sync-settings-not-removed = לא ניתן היה להסיר את הגדרות הסנכרון: { $error }
act-sync-password-not-removed = לא ניתן היה להסיר את הסיסמה שנשמרה: { $error }
act-sync-off = הסנכרון כבוי
act-sync-retry-failed = לא ניתן היה להכניס שוב לתור את השינויים שנדחו: { $error }
# $key: which record (a document or the labels); $conflicts: the conflicts described, joined by “; ”.
act-sync-merge-conflicts = { $key } שונה גם בשרת הסנכרון; שתי הגרסאות נשמרו: { $conflicts }
# $json: what could not be placed, as JSON (shown so that it is not lost).
act-sync-leftovers-lost = לא ניתן היה לשמור את מה שהמיזוג עם השרת לא הצליח למקם ({ $error }); זה התוכן: { $json }
act-sync-removed-unreadable = לא ניתן היה לקרוא כאן מסמך שהוסר מהפרויקט: { $error }
act-sync-removed-kept = “{ $title }” הוסר מהפרויקט; העותק שלך, עם העבודה שלך, נשמר בדפדפן הזה.
act-sync-removed = “{ $title }” הוסר מהפרויקט.
act-sync-removed-not-deleted = לא ניתן היה להסיר כאן מסמך שהוסר מהפרויקט: { $error }
act-sync-labels-arrived = התוויות של הפרויקט התקבלו משרת הסנכרון.
act-sync-change-not-saved = לא ניתן היה לשמור כאן שינוי משרת הסנכרון: { $error }
act-sync-doc-not-saved = לא ניתן היה לשמור כאן מסמך משרת הסנכרון: { $error }
act-sync-change-unreadable = לא ניתן היה לקרוא כאן שינוי משרת הסנכרון: { $error }

## Team sync: the curator's gold version ($who: an annotator's account name)

act-sync-gold-no-version = ל־{ $who } אין (עדיין) גרסה של המסמך הזה כאן
act-sync-gold-no-span = המקטע הזה כבר אינו בגרסה של המתייג
act-sync-gold-none = עדיין אין גרסת זהב: יש להעביר קודם גרסה או מקטע
act-sync-gold-nothing-worked = אף אחד עדיין לא עבד על המסמך הזה
act-sync-gold-took-version = הגרסה של { $who } היא עכשיו גרסת הזהב המוכרעת.
act-sync-gold-took-span = { $label } “{ $text }” של { $who } נמצא בגרסת הזהב.
act-sync-gold-dropped = { $label } הוסר מגרסת הזהב.
act-sync-gold-agreed = טיוטת גרסת זהב עם המקטעים שכל המתייגים הסכימו עליהם: { $n }.
act-sync-gold-marked = סומן כמוכרע.
act-sync-gold-reopened = נפתח מחדש: גרסת הזהב היא שוב טיוטה.

## Team sync: setting up a project, accounts, the training set

act-sync-project-ready = הפרויקט “{ $project }” מוכן: ראשי צוות: { $leads }, מתייגים: { $annotators }, אוצרים: { $curators }. כל חבר מפעיל את הסנכרון עם שם הפרויקט והתפקיד שלו.
act-sync-setup-stopped = ההגדרה נעצרה לפני שהסתיימה
act-sync-account-enter-first = יש להזין קודם את שם המשתמש והסיסמה הרצויים
act-sync-account-created = החשבון “{ $user }” נוצר. יש לבקש מראש הצוות של הפרויקט להוסיף אותך לפרויקט.
act-sync-account-refused = שרת הסנכרון לא יצר את “{ $user }”: השם תפוס, או שהשרת הזה אינו מאפשר יצירת חשבונות
# $status: the HTTP status code; $message: what the server said.
act-sync-account-http = שרת הסנכרון השיב HTTP { $status } לחשבון החדש: { $message }
act-sync-unreachable = אין גישה לשרת הסנכרון: { $error }
act-sync-nothing-worked = עדיין לא נעשתה עבודה על אף מסמך בפרויקט

## The Documents screen: adding files and text, rename, status, duplicate, delete, other tabs

act-workspace-file-not-added = “{ $file }” לא נוסף: { $error }. דבר לא נשמר.
act-workspace-import-as-text = ייבוא כטקסט פשוט
# $needed, $free: sizes (act-workspace-size-…); $fit: how many documents would fit.
act-workspace-no-room = { $n } המסמכים האלה דורשים כ־{ $needed } מאחסון הדפדפן, אבל רק { $free } פנויים (הדפדפן הזה שומר כ־10 MB לכל אתר): דבר לא יובא. יש לפצל את הקובץ לחלקים של { $fit } מסמכים לכל היותר, או לייצא את המסמכים שסיימת (ייצוא ← כל סביבת העבודה) ולמחוק אותם כדי לפנות מקום.
act-workspace-importing = ייבוא: { $saved } מתוך { $total } מסמכים נשמרו
# $labels: the new labels' names, joined by “, ”.
act-workspace-new-labels = תוויות חדשות מהקובץ: { $labels }.
# $titles: the first five titles, each in “ ”, joined by “, ”; $more: act-workspace-added-more or nothing.
act-workspace-added = { $n ->
    [one] נוסף מסמך אחד
   *[other] נוספו { $n } מסמכים
}: { $titles }{ $more }.
act-workspace-added-more = { " " }ועוד { $n }
act-workspace-added-count = { $n ->
    [one] נוסף מסמך אחד
   *[other] נוספו { $n } מסמכים
}
act-workspace-paste-empty = יש להדביק או להקליד טקסט כדי להוסיף מסמך.
act-workspace-added-one = “{ $title }” נוסף.
act-workspace-title-needed = למסמך נדרשת כותרת.
act-workspace-not-renamed = השם לא שונה: { $error }
# A document status inside a sentence (“Marked 3 document(s) as done.”).
act-workspace-status-name = { $status ->
    [new] חדש
    [inprogress] בתהליך
    [done] הושלם
   *[skipped] דולג
}
act-workspace-not-marked = { $n ->
    [one] לא ניתן היה לסמן מסמך אחד (סטטוס: { $status }): { $error }
   *[other] לא ניתן היה לסמן { $n } מסמכים (סטטוס: { $status }): { $error }
}
act-workspace-marked = { $n ->
    [one] מסמך אחד סומן: { $status }.
   *[other] { $n } מסמכים סומנו: { $status }.
}
act-workspace-status-not-changed = הסטטוס לא שונה: { $error }
act-workspace-duplicated = המסמך שוכפל
act-workspace-not-duplicated = לא שוכפל: { $error }
act-workspace-not-deleted = לא נמחק: { $error }
act-workspace-deleted = “{ $title }” נמחק
act-workspace-restored = “{ $title }” שוחזר
act-workspace-not-restored = לא ניתן היה לשחזר את “{ $title }”: { $error }
act-workspace-reread-failed = לא ניתן היה לקרוא מחדש את רשימת המסמכים: { $error }
act-workspace-deleted-elsewhere = “{ $title }” נמחק בכרטיסייה אחרת. הוא נשאר פתוח כאן; עריכה שלו תשמור אותו מחדש, או שאפשר לפתוח מסמך אחר.
act-workspace-other-tab-unreadable = לא ניתן היה לקרוא את השינוי שנעשה בכרטיסייה אחרת: { $error }
act-workspace-other-tab-unlisted = לא ניתן היה להציג ברשימה מסמך ששונה בכרטיסייה אחרת: { $error }
act-workspace-other-tab-labels = לא ניתן היה לקרוא תוויות ששונו בכרטיסייה אחרת: { $error }
# A size: $size has one decimal.
act-workspace-size-mb = { $size } MB
act-workspace-size-kb = { $size } KB
act-workspace-size-bytes = { $n ->
    [one] בית אחד
   *[other] { $n } בתים
}

## The keyboard

key-selected = נבחר “{ $text }”
key-selection-failed = לא ניתן להשתמש בבחירה הזו: { $error }
