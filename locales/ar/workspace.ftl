# Machine-drafted translation from English (locales/en/workspace.ftl); a native speaker's review is welcome.


## Workspace: the window's listeners (other tabs, leaving the page, files dropped on the window)

workspace-other-tabs-off = لن تظهر هنا التغييرات التي تُجرى في علامات تبويب أخرى حتى إعادة التحميل ({ $error }).
workspace-unload-guard-off = لن يُنبّه إغلاق علامة التبويب إلى التعديلات غير المحفوظة ({ $error }).
workspace-page-hidden-off = قد لا تُحفظ التعديلات التي تُجرى قبيل مغادرة الصفحة ({ $error }).
workspace-window-drop-off = إفلات الملفات على النافذة غير متاح ({ $error })؛ استخدم المستندات ← فتح ملفات.
workspace-read-only-add = هذا المستند المشترك للقراءة فقط. احفظ نسخة في مساحة عملك قبل إضافة ملفات.
workspace-file-unreadable = تعذّرت قراءة “{ $name }”: { $error }

## Workspace: the Documents screen

workspace-heading = المستندات
workspace-storage-unavailable = تخزين المتصفح غير متاح: لا يمكن سرد المستندات أو حفظها في علامة التبويب هذه.

## Workspace: deleted documents (undo)

workspace-deleted = حُذف “{ $title }”.
workspace-restore = استعادة

## Workspace: filters, sorting and bulk status

workspace-filters = تصفية المستندات
workspace-filter-status = الحالة
workspace-filter-by-status = التصفية حسب الحالة
workspace-status-any = الكل
workspace-status-not-done = غير منجز
workspace-status-to-do = للإنجاز (جديد أو قيد العمل)
workspace-filter-label = الوسم
workspace-filter-by-label = التصفية حسب الوسم
workspace-label-any = الكل
workspace-filter-text = النص
workspace-filter-by-text = التصفية حسب النص
workspace-filter-text-placeholder = العنوان أو النص
workspace-sort = الفرز
workspace-sort-documents = فرز المستندات
workspace-sort-position = ترتيب المدونة
workspace-sort-modified = آخر تعديل
workspace-doc-count = { $n ->
    [zero] لا مستندات
    [one] مستند واحد
    [two] مستندان
    [few] { $n } مستندات
    [many] { $n } مستندًا
   *[other] { $n } مستند
}
workspace-doc-count-matching = المستندات المطابقة: { $n } من { $total }
# Followed by the number selected, then “as” and a button per status.
workspace-mark = تعليم
workspace-selected = { $n } محددة
workspace-mark-as = بحالة
# Followed by a button per status.
workspace-mark-all-matching = تعليم كل المطابقة بحالة
# Said to screen readers; $status is the status's name in lower case.
workspace-marking = { $n ->
    [one] جارٍ تعليم مستند واحد بحالة { $status }
    [two] جارٍ تعليم مستندين بحالة { $status }
    [few] جارٍ تعليم { $n } مستندات بحالة { $status }
    [many] جارٍ تعليم { $n } مستندًا بحالة { $status }
   *[other] جارٍ تعليم { $n } مستند بحالة { $status }
}

## Workspace: the documents table

workspace-table-caption = المستندات في هذا المتصفح
workspace-select-page = تحديد الكل في هذه الصفحة
workspace-col-title = العنوان
workspace-col-labels = الوسوم
workspace-col-suggestions = الاقتراحات المقبولة / المعلّقة
workspace-col-status = الحالة
workspace-col-modified = آخر تعديل
workspace-col-actions = الإجراءات
workspace-col-assigned = مُسند إلى
workspace-empty = لا مستندات بعد: أضف مستندًا أدناه.
workspace-no-match = لا يطابق أي مستند عامل التصفية.
workspace-pages = الصفحات
workspace-previous-page = ▶ الصفحة السابقة
workspace-page-of = الصفحة { $page } من { $pages }
workspace-next-page = الصفحة التالية ◀

## Workspace: assigning documents to annotators (a synced lead)

workspace-assign-overlap-invalid = التداخل “{ $value }” ليس نسبة مئوية صالحة
workspace-assign-k-invalid = “{ $value }” ليس عددًا صالحًا من الموسِّمين
workspace-assign-legend = إسناد المستندات إلى الموسِّمين
workspace-assign-names = الموسِّمون (أسماء الحسابات)
# Example account names.
workspace-assign-names-placeholder = alice, bob
workspace-assign-overlap = التداخل (% من المستندات)
workspace-assign-k = عدد الموسِّمين لكل مستند متداخل
workspace-assign-auto = إسناد الكل تلقائيًا
workspace-assign-selected = إسناد المحددة ({ $n }) إلى هؤلاء الموسِّمين

## Workspace: a document's row

workspace-select-doc = تحديد { $title }
workspace-open-badge = (مفتوح)
workspace-new-title = العنوان الجديد
workspace-status-of = حالة { $title }
workspace-open = فتح
workspace-rename = إعادة تسمية
workspace-duplicate = تكرار
workspace-delete = حذف

## Workspace: storage usage

workspace-storage = التخزين
workspace-storage-used = التخزين المستخدم
# $used and $quota are sizes (“12.5 KB”), $percent has one decimal.
workspace-usage-of-quota = المستخدم { $used } من نحو { $quota } ({ $percent }%)
workspace-usage = المستخدم { $used }
workspace-usage-unknown = استخدام التخزين غير معروف: { $error }

## Workspace: adding documents

workspace-add-heading = إضافة مستند
workspace-add-title = العنوان
workspace-add-text = النص
workspace-add-submit = إضافة المستند
# unsure: the extensions are written without their leading dot, which right-to-left text would move.
workspace-open-files = فتح ملفات (txt، md، html، json، jsonl …)
workspace-drop-hint = يمكنك أيضًا إفلات الملفات في أي مكان من النافذة.

## Workspace: recovery of entries set aside

workspace-recovery = الاسترداد
workspace-recovery-list-failed = تعذّر سرد الإدخالات المنحّاة جانبًا: { $error }
workspace-recovery-none = لم يُنحَّ شيء جانبًا: أمكنت قراءة كل الإدخالات المخزّنة.
workspace-recovery-intro = تعذّرت قراءة هذه الإدخالات المخزّنة فنُحّيت جانبًا. نزّلها لاسترداد محتواها يدويًا، أو تخلّص منها.
workspace-recovery-download = تنزيل
workspace-download-failed = فشل التنزيل: { $error }
workspace-recovery-discard = تخلُّص
workspace-recovery-confirm = تأكيد التخلّص
workspace-recovery-discard-question = التخلّص منه نهائيًا؟
workspace-recovery-yes = نعم، تخلّص منه
workspace-recovery-keep = إبقاء
workspace-not-discarded = لم يتم التخلّص منه: { $error }

## Transfer: start (offline files, share links)

transfer-update-available = يتوفر إصدار جديد من Spandrel — أعد تحميل الصفحة لاستخدامه.
transfer-offline-install-failed = الاستخدام دون اتصال متوقف: تعذّر تثبيت ملفات العمل دون اتصال ({ $error }).
transfer-offline-off = الاستخدام دون اتصال متوقف: { $error }.
transfer-link-not-opened = تعذّر فتح الرابط المشترك: { $error }
transfer-link-invalid = تعذّر فتح الرابط المشترك: { $error }. فُتحت مساحة عملك بدلًا منه، ولم يتغيّر فيها شيء.

## Transfer: the header's buttons

transfer-read-only-banner = مستند مشترك — للقراءة فقط
transfer-save-copy = حفظ نسخة في مساحة عملي
transfer-import = استيراد
transfer-export = تصدير
transfer-share = مشاركة

## Transfer: export

transfer-no-document = لا يوجد مستند مفتوح
transfer-storage-unavailable = التخزين غير متاح في هذا المتصفح
# A document that could not be loaded: its id, then why.
transfer-doc-not-loaded = “{ $id }”: { $error }
transfer-none-done = لم يُعلَّم أي مستند كمنجز بعد
transfer-exported = { $docs ->
    [zero] لم يُصدَّر أي مستند (الملفات: { $files }، { $format }).
    [one] صُدِّر مستند واحد (الملفات: { $files }، { $format }).
    [two] صُدِّر مستندان (الملفات: { $files }، { $format }).
    [few] صُدِّرت { $docs } مستندات (الملفات: { $files }، { $format }).
    [many] صُدِّر { $docs } مستندًا (الملفات: { $files }، { $format }).
   *[other] صُدِّر { $docs } مستند (الملفات: { $files }، { $format }).
}
transfer-export-failed = فشل التصدير: { $error }
transfer-export-title = تصدير
transfer-export-what = ما يُصدَّر
transfer-scope-current = المستند الحالي
transfer-scope-all = مساحة العمل كلها
transfer-scope-done = المستندات المنجزة فقط
transfer-scope-count = { $n ->
    [zero] (لا مستندات)
    [one] (مستند واحد)
    [two] (مستندان)
    [few] ({ $n } مستندات)
    [many] ({ $n } مستندًا)
   *[other] ({ $n } مستند)
}
transfer-format = الصيغة
transfer-export-format = صيغة التصدير
transfer-include-suggestions = تضمين الاقتراحات
transfer-include-rejected = تضمين المقاطع المرفوضة
transfer-lossy-hint = تحتفظ هذه الصيغة بالنص والمقاطع والوسوم؛ وقد لا تُحفظ الملاحظات أو الحالات أو العلاقات كلها (راجع ملف README).
transfer-download = تنزيل

## Transfer: share by link

transfer-share-title = المشاركة عبر رابط
transfer-share-intro = يرى كل من لديه الرابط هذا المستند للقراءة فقط؛ ينتقل المستند داخل الرابط نفسه، ولا يُستخدم أي خادم.
transfer-include-pending = تضمين الاقتراحات المعلّقة
transfer-no-link = لا يمكن إنشاء رابط: { $error }
transfer-link = الرابط
transfer-link-length = { $n ->
    [zero] لا أحرف
    [one] حرف واحد
    [two] حرفان
    [few] { $n } أحرف
    [many] { $n } حرفًا
   *[other] { $n } حرف
}
transfer-link-copied = نُسخ الرابط
transfer-copy-failed = تعذّر نسخ الرابط ({ $error })؛ حدّده في حقل الرابط وانسخه بنفسك.
transfer-copy-link = نسخ الرابط
transfer-download-instead = التنزيل كملف Spandrel بدلًا من ذلك

## Transfer: import

transfer-import-title = استيراد
transfer-import-unreadable = الاستيراد: تعذّرت قراءة “{ $name }”: { $error }
transfer-files = الملفات (أو أفلتها هنا)
transfer-reading = جارٍ القراءة…
transfer-import-format = صيغة الاستيراد
transfer-detect = الكشف تلقائيًا
transfer-plain-text = نص عادي (الملفات كما هي)
transfer-offsets = الإزاحات
transfer-offset-unit = وحدة الإزاحة
transfer-offsets-as-format = كما تحددها الصيغة
transfer-code-points = نقاط الترميز
transfer-utf16 = وحدات ترميز UTF-16
transfer-choose-files = اختر ملفًا واحدًا أو أكثر. لا يُضاف شيء حتى تؤكد.
transfer-import-button = استيراد
# $formats: format names (“CoNLL”, “JSON”…).
transfer-problems = { $n ->
    [one] لا يمكن استيراد هذه الملفات بصيغة { $formats }: مشكلة واحدة. لم يتغيّر شيء.
    [two] لا يمكن استيراد هذه الملفات بصيغة { $formats }: مشكلتان. لم يتغيّر شيء.
    [few] لا يمكن استيراد هذه الملفات بصيغة { $formats }: { $n } مشكلات. لم يتغيّر شيء.
    [many] لا يمكن استيراد هذه الملفات بصيغة { $formats }: { $n } مشكلةً. لم يتغيّر شيء.
   *[other] لا يمكن استيراد هذه الملفات بصيغة { $formats }: { $n } مشكلة. لم يتغيّر شيء.
}
transfer-import-partial = استيراد الجزء الصالح
transfer-read-as = { $n ->
    [zero] قُرئت بصيغة { $formats }: لا مستندات للإضافة.
    [one] قُرئت بصيغة { $formats }: مستند واحد للإضافة.
    [two] قُرئت بصيغة { $formats }: مستندان للإضافة.
    [few] قُرئت بصيغة { $formats }: { $n } مستندات للإضافة.
    [many] قُرئت بصيغة { $formats }: { $n } مستندًا للإضافة.
   *[other] قُرئت بصيغة { $formats }: { $n } مستند للإضافة.
}
# After a document's title.
transfer-doc-spans = { $n ->
    [zero] — لا مقاطع
    [one] — مقطع واحد
    [two] — مقطعان
    [few] — { $n } مقاطع
    [many] — { $n } مقطعًا
   *[other] — { $n } مقطع
}
transfer-add-labels = إضافة هذه الوسوم إلى المخطط:
transfer-warnings = تحذيرات:

## A document's status, as the Documents screen shows it (keys: the stored value)

workspace-status-label = { $status ->
    [new] جديد
    [inprogress] قيد العمل
    [done] منجز
   *[skipped] متخطّى
}

## Sharing: advice on the link's length

transfer-advice-ok = يمكن لصق هذا الرابط في أي مكان.
transfer-advice-long = هذا الرابط طويل: قد تقطعه تطبيقات الدردشة والبريد الإلكتروني. يُفضَّل إرساله ملفًا، أو المشاركة دون الاقتراحات.
transfer-advice-too-long = هذا المستند أكبر من أن يوضع في رابط: المتصفحات ترفضه. صدِّره ملفًا بدلًا من ذلك.
