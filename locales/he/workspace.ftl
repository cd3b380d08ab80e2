# Machine-drafted translation from English (locales/en/workspace.ftl); a native speaker's review is welcome.
# Spandrel messages: workspace (Hebrew).


## Workspace: the window's listeners (other tabs, leaving the page, files dropped on the window)

workspace-other-tabs-off = שינויים שנעשים בכרטיסיות אחרות לא יוצגו כאן עד לטעינה מחדש ({ $error }).
workspace-unload-guard-off = סגירת הכרטיסייה לא תתריע על עריכות שלא נשמרו ({ $error }).
workspace-page-hidden-off = ייתכן שעריכות שנעשו רגע לפני עזיבת הדף לא יישמרו ({ $error }).
workspace-window-drop-off = לא ניתן לגרור קבצים אל החלון ({ $error }); במקום זאת: מסמכים ← פתיחת קבצים.
workspace-read-only-add = המסמך המשותף הזה לקריאה בלבד. יש לשמור עותק בסביבת העבודה שלך לפני הוספת קבצים.
workspace-file-unreadable = לא ניתן היה לקרוא את “{ $name }”: { $error }

## Workspace: the Documents screen

workspace-heading = מסמכים
workspace-storage-unavailable = אחסון הדפדפן אינו זמין: לא ניתן להציג או לשמור מסמכים בכרטיסייה הזו.

## Workspace: deleted documents (undo)

workspace-deleted = “{ $title }” נמחק.
workspace-restore = שחזור

## Workspace: filters, sorting and bulk status

workspace-filters = סינון מסמכים
workspace-filter-status = סטטוס
workspace-filter-by-status = סינון לפי סטטוס
workspace-status-any = הכול
workspace-status-not-done = לא הושלמו
workspace-status-to-do = לעבודה (חדשים או בתהליך)
workspace-filter-label = תווית
workspace-filter-by-label = סינון לפי תווית
workspace-label-any = הכול
workspace-filter-text = טקסט
workspace-filter-by-text = סינון לפי טקסט
workspace-filter-text-placeholder = כותרת או טקסט
workspace-sort = מיון
workspace-sort-documents = מיון מסמכים
workspace-sort-position = סדר הקורפוס
workspace-sort-modified = שינוי אחרון
workspace-doc-count = { $n ->
    [one] מסמך אחד
   *[other] { $n } מסמכים
}
workspace-doc-count-matching = { $total ->
    [one] { $n } מתוך מסמך אחד תואם
   *[other] { $n } מתוך { $total } מסמכים תואמים
}
# Followed by the number selected, then “as” and a button per status.
workspace-mark = סימון
workspace-selected = { $n } נבחרו
workspace-mark-as = בתור
# Followed by a button per status.
workspace-mark-all-matching = סימון כל התואמים בתור
# Said to screen readers; $status is the status's name in lower case.
workspace-marking = { $n ->
    [one] סימון מסמך אחד: { $status }
   *[other] סימון { $n } מסמכים: { $status }
}

## Workspace: the documents table

workspace-table-caption = מסמכים בדפדפן הזה
workspace-select-page = בחירת הכול בעמוד הזה
workspace-col-title = כותרת
workspace-col-labels = תוויות
workspace-col-suggestions = הצעות מאושרות / ממתינות
workspace-col-status = סטטוס
workspace-col-modified = שונה
workspace-col-actions = פעולות
workspace-col-assigned = הוקצה ל־
workspace-empty = אין עדיין מסמכים: אפשר להוסיף מסמך למטה.
workspace-no-match = אין מסמך שתואם את הסינון.
workspace-pages = עמודים
# The ◀ ▶ triangles are mirrored for right-to-left.
workspace-previous-page = ▶ העמוד הקודם
workspace-page-of = עמוד { $page } מתוך { $pages }
workspace-next-page = העמוד הבא ◀

## Workspace: assigning documents to annotators (a synced lead)

workspace-assign-overlap-invalid = החפיפה “{ $value }” אינה מספר אחוזים
workspace-assign-k-invalid = “{ $value }” אינו מספר מתייגים
workspace-assign-legend = הקצאת מסמכים למתייגים
workspace-assign-names = מתייגים (שמות חשבון)
# Example account names.
workspace-assign-names-placeholder = alice, bob
workspace-assign-overlap = חפיפה (% מהמסמכים)
workspace-assign-k = מתייגים לכל מסמך חופף
workspace-assign-auto = הקצאה אוטומטית של הכול
workspace-assign-selected = הקצאת { $n } הנבחרים למתייגים האלה

## Workspace: a document's row

workspace-select-doc = בחירת { $title }
workspace-open-badge = (פתוח)
workspace-new-title = כותרת חדשה
workspace-status-of = הסטטוס של { $title }
workspace-open = פתיחה
workspace-rename = שינוי שם
workspace-duplicate = שכפול
workspace-delete = מחיקה

## Workspace: storage usage

workspace-storage = אחסון
workspace-storage-used = אחסון בשימוש
# $used and $quota are sizes (“12.5 KB”), $percent has one decimal.
workspace-usage-of-quota = בשימוש { $used } מתוך כ־{ $quota } ({ $percent }%)
workspace-usage = בשימוש { $used }
workspace-usage-unknown = השימוש באחסון אינו ידוע: { $error }

## Workspace: adding documents

workspace-add-heading = הוספת מסמך
workspace-add-title = כותרת
workspace-add-text = טקסט
workspace-add-submit = הוספת מסמך
workspace-open-files = פתיחת קבצים (.txt, .md, .html, .json, .jsonl …)
workspace-drop-hint = אפשר גם לגרור קבצים לכל מקום בחלון.

## Workspace: recovery of entries set aside

workspace-recovery = שחזור
workspace-recovery-list-failed = לא ניתן היה להציג את הרשומות שהונחו בצד: { $error }
workspace-recovery-none = שום דבר לא הונח בצד: כל הרשומות השמורות נקראו בהצלחה.
workspace-recovery-intro = לא ניתן היה לקרוא את הרשומות השמורות האלה, ולכן הן הונחו בצד. אפשר להוריד אותן כדי לשחזר את תוכנן ידנית, או להשליך אותן.
workspace-recovery-download = הורדה
workspace-download-failed = ההורדה נכשלה: { $error }
workspace-recovery-discard = השלכה
workspace-recovery-confirm = אישור ההשלכה
workspace-recovery-discard-question = להשליך לצמיתות?
workspace-recovery-yes = כן, להשליך
workspace-recovery-keep = להשאיר
workspace-not-discarded = לא הושלך: { $error }

## Transfer: start (offline files, share links)

transfer-update-available = גרסה חדשה של Spandrel זמינה — יש לטעון מחדש את הדף כדי להשתמש בה.
transfer-offline-install-failed = השימוש במצב לא מקוון כבוי: לא ניתן היה להתקין את הקבצים לשימוש לא מקוון ({ $error }).
transfer-offline-off = השימוש במצב לא מקוון כבוי: { $error }.
transfer-link-not-opened = לא ניתן היה לפתוח את הקישור המשותף: { $error }
transfer-link-invalid = לא ניתן היה לפתוח את הקישור המשותף: { $error }. במקומו נפתחה סביבת העבודה שלך; דבר בה לא שונה.

## Transfer: the header's buttons

transfer-read-only-banner = מסמך משותף — לקריאה בלבד
transfer-save-copy = שמירת עותק בסביבת העבודה שלי
transfer-import = ייבוא
transfer-export = ייצוא
transfer-share = שיתוף

## Transfer: export

transfer-no-document = אין מסמך פתוח
transfer-storage-unavailable = האחסון אינו זמין בדפדפן הזה
# A document that could not be loaded: its id, then why.
transfer-doc-not-loaded = “{ $id }”: { $error }
transfer-none-done = אף מסמך עדיין לא סומן כהושלם
transfer-exported = { $docs ->
    [one] יוצא מסמך אחד
   *[other] יוצאו { $docs } מסמכים
} { $files ->
    [one] בקובץ אחד
   *[other] ב־{ $files } קבצים
} ({ $format }).
transfer-export-failed = הייצוא נכשל: { $error }
transfer-export-title = ייצוא
transfer-export-what = מה לייצא
transfer-scope-current = המסמך הנוכחי
transfer-scope-all = כל סביבת העבודה
transfer-scope-done = רק מסמכים שהושלמו
transfer-scope-count = { $n ->
    [one] (מסמך אחד)
   *[other] ({ $n } מסמכים)
}
transfer-format = פורמט
transfer-export-format = פורמט הייצוא
transfer-include-suggestions = הכללת הצעות
transfer-include-rejected = הכללת מקטעים שנדחו
transfer-lossy-hint = הפורמט הזה שומר טקסט, מקטעים ותוויות; ייתכן שהערות, מצבים או קשרים לא יישמרו כולם (ראו את ה־README).
transfer-download = הורדה

## Transfer: share by link

transfer-share-title = שיתוף באמצעות קישור
transfer-share-intro = כל מי שיש לו את הקישור רואה את המסמך הזה לקריאה בלבד; המסמך נמצא בתוך הקישור עצמו, ואין שום שרת מעורב.
transfer-include-pending = הכללת הצעות ממתינות
transfer-no-link = לא ניתן ליצור קישור: { $error }
transfer-link = קישור
transfer-link-length = { $n ->
    [one] תו אחד
   *[other] { $n } תווים
}
transfer-link-copied = הקישור הועתק
transfer-copy-failed = לא ניתן היה להעתיק את הקישור ({ $error }); יש לבחור אותו בשדה “קישור” ולהעתיק אותו ידנית.
transfer-copy-link = העתקת הקישור
transfer-download-instead = הורדה כקובץ Spandrel במקום זאת

## Transfer: import

transfer-import-title = ייבוא
transfer-import-unreadable = ייבוא: לא ניתן היה לקרוא את “{ $name }”: { $error }
transfer-files = קבצים (או לגרור אותם לכאן)
transfer-reading = בקריאה…
transfer-import-format = פורמט הייבוא
transfer-detect = זיהוי אוטומטי
transfer-plain-text = טקסט פשוט (הקבצים כמו שהם)
transfer-offsets = היסטים
transfer-offset-unit = יחידת היסט
transfer-offsets-as-format = כפי שהפורמט קובע
transfer-code-points = נקודות קוד
transfer-utf16 = יחידות קוד של UTF-16
transfer-choose-files = יש לבחור קובץ אחד או יותר. שום דבר לא יתווסף עד לאישור.
transfer-import-button = ייבוא
# $formats: format names (“CoNLL”, “JSON”…).
transfer-problems = { $n ->
    [one] לא ניתן לייבא את הקבצים האלה בתור { $formats }: בעיה אחת. דבר לא שונה.
   *[other] לא ניתן לייבא את הקבצים האלה בתור { $formats }: { $n } בעיות. דבר לא שונה.
}
transfer-import-partial = ייבוא החלק התקין
transfer-read-as = { $n ->
    [one] נקרא בתור { $formats }: מסמך אחד להוספה.
   *[other] נקרא בתור { $formats }: { $n } מסמכים להוספה.
}
# After a document's title.
transfer-doc-spans = { $n ->
    [one] — מקטע אחד
   *[other] — { $n } מקטעים
}
transfer-add-labels = הוספת התוויות האלה לסכמה:
transfer-warnings = אזהרות:

## A document's status, as the Documents screen shows it (keys: the stored value)

workspace-status-label = { $status ->
    [new] חדש
    [inprogress] בעבודה
    [done] הושלם
   *[skipped] דולג
}

## Sharing: advice on the link's length

transfer-advice-ok = אפשר להדביק את הקישור הזה בכל מקום.
transfer-advice-long = הקישור הזה ארוך: אפליקציות צ׳אט ודוא״ל עלולות לקטוע אותו. עדיף לשלוח אותו כקובץ, או לשתף בלי ההצעות.
transfer-advice-too-long = המסמך הזה גדול מדי לקישור: דפדפנים דוחים אותו. יש לייצא אותו כקובץ במקום זאת.
