# Machine-drafted translation from English (locales/en/errors.ftl); a native speaker's review is welcome.
# Core's errors, as `src/errors.rs` shows them; usually inside another message's { $error }. Arguments are
# data: $reason, $message, $error, $what, $step and $first come from a parser, the browser, the server or the
# program (in English), and are shown as they are.


## Share links

error-share-empty = لا يحمل الرابط أي مستند (الجزء الذي بعد '#' فارغ)
# $pos: a character position in the link.
error-share-bad-base64 = الرابط تالف: الحرف { $pos } بعد '#' غير مسموح به في رابط المشاركة
error-share-unsupported-version = أُنشئ هذا الرابط بإصدار أحدث أو غير معروف من Spandrel (الصيغة { $version })؛ حدّث التطبيق
error-share-truncated = الرابط مقطوع؛ انسخ الرابط كاملًا مرة أخرى
error-share-not-a-link = هذا ليس رابط مشاركة من Spandrel: لا يبدأ كما تبدأ روابط المشاركة (تالف، أو من أداة أخرى)
error-share-decompress = الرابط تالف ولا يمكن فكّ ضغطه: { $reason }
error-share-too-large = { $limit ->
    [one] يتجاوز المستند المشترك بايتًا واحدًا بعد فكّ ضغطه، وهو ما يرفضه Spandrel
    [two] يتجاوز المستند المشترك بايتين بعد فكّ ضغطه، وهو ما يرفضه Spandrel
    [few] يتجاوز المستند المشترك { $limit } بايتات بعد فكّ ضغطه، وهو ما يرفضه Spandrel
    [many] يتجاوز المستند المشترك { $limit } بايتًا بعد فكّ ضغطه، وهو ما يرفضه Spandrel
   *[other] يتجاوز المستند المشترك { $limit } بايت بعد فكّ ضغطه، وهو ما يرفضه Spandrel
}
# $field: the name of a field of the link's data.
error-share-malformed = الرابط تالف: الحقل '{ $field }' غير صالح
error-share-invalid-span = الرابط تالف: المقطع رقم { $index } غير صالح ({ $reason })
error-share-invalid-relation = الرابط تالف: العلاقة رقم { $index } غير صالحة ({ $reason })
# $id: an annotation's number.
error-share-bad-annotation = لا يمكن مشاركة التوسيم { $id }: { $reason }

## Text files that cannot be read ($name: the file's name; $offset: a byte position in it)

error-decode-invalid-utf8 = “{ $name }” ليس بترميز UTF-8 صالح (بايت خاطئ عند الموضع { $offset })؛ ربما يستخدم ترميزًا أقدم مثل Windows-1252 — أعد حفظه بترميز UTF-8 ثم افتحه مرة أخرى
error-decode-odd-utf16-length = “{ $name }” يصرّح بأنه UTF-16 لكن عدد بايتاته فردي ({ $len })؛ البايت الأخير، عند الموضع { $offset }، غير مكتمل
error-decode-invalid-utf16 = “{ $name }” ليس بترميز UTF-16 صالح (بديل غير مقترن عند موضع البايت { $offset })
error-decode-binary = يحتوي “{ $name }” على محرف NUL عند موضع البايت { $offset }: يبدو ملفًا ثنائيًا، أو UTF-16 بلا علامة ترتيب البايتات — أعد حفظه بترميز UTF-8
error-decode-pdf = “{ $name }” ملف PDF: يُقرأ نصه في المتصفح (pdf.js)، فافتحه في التطبيق؛ ثم صدّره من هناك بصيغة Spandrel JSON لاستخدامه هنا
error-pdf-no-text = لا توجد فيه طبقة نص (صفحة ممسوحة ضوئيًا؟): يقرأ Spandrel النص الذي يحمله ملف PDF ولا يملك تعرّفًا ضوئيًا على الحروف
error-pdf-bad-item = في الصفحة { $page } عنصر نصي موضعه أو حجمه ليس رقمًا
error-pdf-no-page = الصفحة { $page } ليست في هذا المستند
error-pdf-differs = تُقرأ الصفحة { $page } على نحو مختلف عن نص المستند (ملف PDF هذا ليس الذي جاء منه المستند)
error-pdf-password = إنه محمي بكلمة مرور
error-pdf-invalid = ليس ملف PDF قابلًا للقراءة ({ $reason })
error-pdf-missing = ملف PDF غير محفوظ في هذا المتصفح

## The workspace in browser storage ($id: a document's id; $what: what was being saved, in English)

error-storage-quota-exceeded = { $needed ->
    [one] لا تكفي مساحة تخزين المتصفح لحفظ { $what } (يلزم بايت واحد إضافي)؛ لم يتغيّر شيء مما حُفظ من قبل. احذف بعض المستندات أو صدّرها لتفريغ مساحة
    [two] لا تكفي مساحة تخزين المتصفح لحفظ { $what } (يلزم بايتان إضافيان)؛ لم يتغيّر شيء مما حُفظ من قبل. احذف بعض المستندات أو صدّرها لتفريغ مساحة
    [few] لا تكفي مساحة تخزين المتصفح لحفظ { $what } (يلزم { $needed } بايتات إضافية)؛ لم يتغيّر شيء مما حُفظ من قبل. احذف بعض المستندات أو صدّرها لتفريغ مساحة
    [many] لا تكفي مساحة تخزين المتصفح لحفظ { $what } (يلزم { $needed } بايتًا إضافيًا)؛ لم يتغيّر شيء مما حُفظ من قبل. احذف بعض المستندات أو صدّرها لتفريغ مساحة
   *[other] لا تكفي مساحة تخزين المتصفح لحفظ { $what } (يلزم { $needed } بايت إضافي)؛ لم يتغيّر شيء مما حُفظ من قبل. احذف بعض المستندات أو صدّرها لتفريغ مساحة
}
error-storage-conflict = عُدّل المستند “{ $id }” في مكان آخر (ربما في علامة تبويب أخرى) وهو الآن في المراجعة { $revision }؛ ادمج النسختين قبل الحفظ
error-storage-not-found = المستند “{ $id }” غير موجود في مساحة العمل هذه
error-storage-already-exists = يوجد بالفعل مستند بالمعرّف “{ $id }”
error-storage-corrupt = تعذّرت قراءة المستند “{ $id }”: { $reason }
error-storage-invalid-document = لا يمكن حفظ المستند “{ $id }”: { $reason }
error-storage-store = تعذّر حفظ { $what }: { $message }
error-storage-rollback-failed = فشل حفظ { $what } ({ $error }) وفشلت أيضًا استعادة النسخة السابقة ({ $rollback })؛ صدّر عملك الآن
# $key: the storage key the old data stays under.
error-storage-migration-failed = تعذّرت ترقية مساحة العمل القديمة ({ $reason })؛ البيانات القديمة سليمة تحت “{ $key }”
# Adding documents stopped: $title: the document that could not be saved; $cause: why (one of the messages above).
error-add = تعذّر حفظ “{ $title }” ({ $cause })؛ لم يُضف شيء
# The same, when $n of the $added documents saved before could not be deleted again: $ids, and why the first was not ($first).
error-add-left-behind = { $n ->
    [one] تعذّر حفظ “{ $title }” ({ $cause })؛ لم يُضف شيء، لكن تعذّر التراجع عن مستند واحد من { $added } مستند حُفظت قبله ({ $ids }: { $first })؛ احذفه من المستندات
    [two] تعذّر حفظ “{ $title }” ({ $cause })؛ لم يُضف شيء، لكن تعذّر التراجع عن مستندين من { $added } مستند حُفظت قبله ({ $ids }: { $first })؛ احذفهما من المستندات
    [few] تعذّر حفظ “{ $title }” ({ $cause })؛ لم يُضف شيء، لكن تعذّر التراجع عن { $n } مستندات من { $added } مستند حُفظت قبله ({ $ids }: { $first })؛ احذفها من المستندات
    [many] تعذّر حفظ “{ $title }” ({ $cause })؛ لم يُضف شيء، لكن تعذّر التراجع عن { $n } مستندًا من { $added } مستند حُفظت قبله ({ $ids }: { $first })؛ احذفها من المستندات
   *[other] تعذّر حفظ “{ $title }” ({ $cause })؛ لم يُضف شيء، لكن تعذّر التراجع عن { $n } مستند من { $added } مستند حُفظت قبله ({ $ids }: { $first })؛ احذفها من المستندات
}
# Browser storage itself ($key: a storage key).
error-store-quota-exceeded = { $needed ->
    [one] تخزين المتصفح ممتلئ: كتابة “{ $key }” تحتاج بايتًا واحدًا أكثر مما تسمح به الحصة
    [two] تخزين المتصفح ممتلئ: كتابة “{ $key }” تحتاج بايتين أكثر مما تسمح به الحصة
    [few] تخزين المتصفح ممتلئ: كتابة “{ $key }” تحتاج { $needed } بايتات أكثر مما تسمح به الحصة
    [many] تخزين المتصفح ممتلئ: كتابة “{ $key }” تحتاج { $needed } بايتًا أكثر مما تسمح به الحصة
   *[other] تخزين المتصفح ممتلئ: كتابة “{ $key }” تحتاج { $needed } بايت أكثر مما تسمح به الحصة
}
error-store-unavailable = تخزين المتصفح غير متاح: { $reason }
error-store-failed = فشل تخزين المتصفح في “{ $key }”: { $message }
error-ws-unavailable = التخزين غير متاح في هذا المتصفح؛ لا تُحفظ التغييرات في علامة التبويب هذه.

## Export and import ($doc: a document's id)

error-export-bad-span = المستند “{ $doc }”: للتوسيم { $id } الموضعان { $start }..{ $end } خارج النص
# $format: a format's name (“CoNLL”, “spaCy”…).
error-export-empty = تحمل صيغة { $format } مستندًا واحدًا بالضبط في كل مجموعة ملفات، ولا يوجد أي مستند للتصدير
error-export-json = تعذّرت كتابة JSON: { $reason }
# $error: why its word boundaries cannot be used (one of the error-word-breaks messages).
error-export-words = المستند “{ $doc }”: { $error }
# An import refused: how many problems, and the first one ($first: where, and what the parser said).
error-import-report = { $n ->
    [zero] لا مشكلات في المدخلات؛ الأولى: { $first }
    [one] مشكلة واحدة في المدخلات؛ الأولى: { $first }
    [two] مشكلتان في المدخلات؛ الأولى: { $first }
    [few] { $n } مشكلات في المدخلات؛ الأولى: { $first }
    [many] { $n } مشكلةً في المدخلات؛ الأولى: { $first }
   *[other] { $n } مشكلة في المدخلات؛ الأولى: { $first }
}
# A file that adds nothing: its first problem, and how many more it has.
error-intake-failure-more = { $more ->
    [one] { $first } (ومشكلة أخرى)
    [two] { $first } (ومشكلتان أخريان)
    [few] { $first } (و{ $more } مشكلات أخرى)
    [many] { $first } (و{ $more } مشكلةً أخرى)
   *[other] { $first } (و{ $more } مشكلة أخرى)
}

## Sync ($what: what was refused or asked for, in English; $status: an HTTP status code)

error-sync-wrong-password = لم يقبل خادم المزامنة كلمة المرور لـ“{ $user }” (اسم مستخدم أو كلمة مرور خاطئة)؛ لم يُرسل شيء، وعملك محفوظ هنا
error-sync-forbidden = لا إذن: لا يسمح لك خادم المزامنة بتغيير { $what }؛ ونسختك محفوظة هنا
# $role: the role the settings name, in English (“a lead”).
error-sync-no-read-access = لا إذن: لا يسمح لك خادم المزامنة بقراءة { $what }. تقول إعدادات المزامنة إنك { $role } في هذا المشروع؛ اختر الدور الذي منحك إياه قائد المشروع (عملك محفوظ هنا)
# $first: why the first change was refused; “Sync now” is the button of the sync settings.
error-sync-still-refused = { $count ->
    [one] { $first } (تغيير واحد مرفوض محفوظ هنا؛ يُرسل مجددًا حين يتغيّر، أو عند “المزامنة الآن”)
    [two] { $first } (تغييران مرفوضان محفوظان هنا؛ يُرسلان مجددًا حين يتغيّران، أو عند “المزامنة الآن”)
    [few] { $first } ({ $count } تغييرات مرفوضة محفوظة هنا؛ تُرسل مجددًا حين تتغيّر، أو عند “المزامنة الآن”)
    [many] { $first } ({ $count } تغييرًا مرفوضًا محفوظًا هنا؛ تُرسل مجددًا حين تتغيّر، أو عند “المزامنة الآن”)
   *[other] { $first } ({ $count } تغيير مرفوض محفوظ هنا؛ تُرسل مجددًا حين تتغيّر، أو عند “المزامنة الآن”)
}
error-sync-unreachable = { $waiting ->
    [zero] تعذّر الوصول إلى خادم المزامنة ({ $reason })؛ لا تغييرات تنتظر هنا
    [one] تعذّر الوصول إلى خادم المزامنة ({ $reason })؛ تغيير واحد ينتظر هنا ويُرسل حين يستجيب
    [two] تعذّر الوصول إلى خادم المزامنة ({ $reason })؛ تغييران ينتظران هنا ويُرسلان حين يستجيب
    [few] تعذّر الوصول إلى خادم المزامنة ({ $reason })؛ { $waiting } تغييرات تنتظر هنا وتُرسل حين يستجيب
    [many] تعذّر الوصول إلى خادم المزامنة ({ $reason })؛ { $waiting } تغييرًا ينتظر هنا ويُرسل حين يستجيب
   *[other] تعذّر الوصول إلى خادم المزامنة ({ $reason })؛ { $waiting } تغيير ينتظر هنا ويُرسل حين يستجيب
}
error-sync-quota = رفض خادم المزامنة تخزين المزيد (HTTP { $status }: حصة أو حدّ للحجم)؛ عملك محفوظ هنا
# $bucket: the project's name.
error-sync-project-not-found = المشروع “{ $bucket }” غير موجود على خادم المزامنة، أو لست عضوًا فيه
error-sync-server-unavailable = خادم المزامنة غير متاح (HTTP { $status })؛ عملك محفوظ هنا ويُرسل لاحقًا
# The same, with the server's own message.
error-sync-server-unavailable-message = خادم المزامنة غير متاح (HTTP { $status }: { $message })؛ عملك محفوظ هنا ويُرسل لاحقًا
error-sync-conflict = ظلّ { $what } يتغيّر على الخادم أثناء دمجه؛ زامن مرة أخرى
error-sync-unexpected = أجاب خادم المزامنة بـ HTTP { $status } على { $what }
error-sync-unexpected-message = أجاب خادم المزامنة بـ HTTP { $status } على { $what }: { $message }
error-sync-bad-record = أرسل خادم المزامنة شيئًا ليس { $what } صالحًا: { $reason }
error-sync-bad-config = إعدادات المزامنة: { $reason }
# The sync state kept in this browser ($key: its storage key).
error-state-store = تعذّر حفظ طابور المزامنة في تخزين المتصفح ({ $error })؛ المستندات نفسها محفوظة
error-state-corrupt = تعذّرت قراءة حالة المزامنة المحفوظة “{ $key }” ({ $reason })؛ تُركت في مكانها
# A request that got no answer ($reason: the browser's words).
error-http-network = لا اتصال بالخادم: { $reason }
error-http-timeout = لم يُجب الخادم في الوقت المحدد
error-http-blocked = حظر المتصفح الطلب: { $reason }

## Setting up a project on the sync server ($bucket: the project's name; $user: an account name)

error-setup-wrong-password = لم يقبل خادم المزامنة كلمة المرور لـ“{ $user }”؛ لم يُنشأ شيء
error-setup-not-allowed = لا يحق لـ“{ $user }” إنشاء مشاريع على خادم المزامنة هذا (يحق ذلك لمسؤوله فقط)؛ لم يُنشأ شيء
# “update the existing project” is the set-up form's checkbox.
error-setup-exists = يوجد بالفعل مشروع باسم “{ $bucket }” على خادم المزامنة؛ اختر اسمًا آخر، أو فعّل “تحديث المشروع الموجود” لتغيير أعضائه؛ لم يُنشأ شيء
# $names: the missing accounts, each one as error-setup-account-name says, separated by commas; $n: how many.
error-setup-no-such-account = { $n ->
    [one] لا يوجد حساب باسم { $names } على خادم المزامنة (ينشئ كل عضو حسابه أولًا، من إعدادات المزامنة)؛ لم يُنشأ شيء
    [two] لا يوجد حسابان باسمي { $names } على خادم المزامنة (ينشئ كل عضو حسابه أولًا، من إعدادات المزامنة)؛ لم يُنشأ شيء
   *[other] لا توجد حسابات بالأسماء { $names } على خادم المزامنة (ينشئ كل عضو حسابه أولًا، من إعدادات المزامنة)؛ لم يُنشأ شيء
}
error-setup-account-name = “{ $name }”
error-setup-bad-name = لا يجوز أن يحتوي اسم المشروع “{ $name }” إلا على حروف وأرقام و'_' و'-'، وأن يبدأ بحرف أو رقم؛ لم يُنشأ شيء
error-setup-cannot-read = لا يحق لـ“{ $user }” قراءة أعضاء المشروع “{ $bucket }” (يحق ذلك لمسؤول الخادم وقادة المشروع فقط)، أو لا يوجد مشروع بهذا الاسم؛ لم يتغيّر شيء
# $step: what the set-up was doing (in English); $made: error-setup-made-nothing or error-setup-made-so-far.
error-setup-unreachable = تعذّر الوصول إلى خادم المزامنة ({ $reason }) أثناء الخطوة: { $step }؛ { $made }
error-setup-refused = أجاب خادم المزامنة بـ HTTP { $status } أثناء الخطوة: { $step }؛ { $made }
error-setup-refused-message = أجاب خادم المزامنة بـ HTTP { $status } أثناء الخطوة: { $step } ({ $message })؛ { $made }
error-setup-made-nothing = لم يُنشأ شيء
# $made: the parts made, separated by commas (in English).
error-setup-made-so-far = ما أُنشئ حتى الآن: { $made }؛ أعد الإعداد مع تفعيل “تحديث المشروع الموجود” لإكماله

## The gold version, adjudication, assignment

error-gold-other-text = صُنعت هذه النسخة على نص آخر للمستند، فلا تشير مواضعها إلى الكلمات نفسها التي تشير إليها مواضع النسخة الذهبية
# $start, $end: character positions; $len: the text's length in characters.
error-gold-out-of-range = { $len ->
    [zero] المقطع { $start }–{ $end } خارج نص المستند (النص فارغ)
    [one] المقطع { $start }–{ $end } خارج نص المستند (محرف واحد)
    [two] المقطع { $start }–{ $end } خارج نص المستند (محرفان)
    [few] المقطع { $start }–{ $end } خارج نص المستند ({ $len } محارف)
    [many] المقطع { $start }–{ $end } خارج نص المستند ({ $len } محرفًا)
   *[other] المقطع { $start }–{ $end } خارج نص المستند ({ $len } محرف)
}
# $index: a disagreement's number.
error-adjudication-unknown-disagreement = { $count ->
    [zero] قرار للخلاف رقم { $index }، لكن لا توجد خلافات
    [one] قرار للخلاف رقم { $index }، لكن لا يوجد إلا خلاف واحد
    [two] قرار للخلاف رقم { $index }، لكن لا يوجد إلا خلافان
    [few] قرار للخلاف رقم { $index }، لكن لا توجد إلا { $count } خلافات
    [many] قرار للخلاف رقم { $index }، لكن لا يوجد إلا { $count } خلافًا
   *[other] قرار للخلاف رقم { $index }، لكن لا يوجد إلا { $count } خلاف
}
error-adjudication-duplicate-decision = للخلاف رقم { $index } قراران
error-assign-no-annotators = لا يوجد موسِّم تُسند إليه المستندات
error-assign-bad-share = يجب أن تكون نسبة التداخل بين 0 و100 %، لا { $share }
error-assign-bad-overlap-k = يجب ألا يقل عدد الموسِّمين لكل مستند متداخل عن 2، لا { $k }

## Editing: offsets, word boundaries, changes and labels ($pos, $prev, $start, $end: positions in the text)

# An offset that cannot be used; $len: the text's length in the unit the message names.
error-offset-out-of-range-code-points = { $len ->
    [zero] الموضع { $pos } بعد نهاية النص (النص فارغ)
    [one] الموضع { $pos } بعد نهاية النص (نقطة ترميز واحدة)
    [two] الموضع { $pos } بعد نهاية النص (نقطتا ترميز)
    [few] الموضع { $pos } بعد نهاية النص ({ $len } نقاط ترميز)
    [many] الموضع { $pos } بعد نهاية النص ({ $len } نقطة ترميز)
   *[other] الموضع { $pos } بعد نهاية النص ({ $len } نقطة ترميز)
}
error-offset-out-of-range-utf16 = { $len ->
    [zero] الموضع { $pos } بعد نهاية النص (النص فارغ)
    [one] الموضع { $pos } بعد نهاية النص (وحدة ترميز UTF-16 واحدة)
    [two] الموضع { $pos } بعد نهاية النص (وحدتا ترميز UTF-16)
    [few] الموضع { $pos } بعد نهاية النص ({ $len } وحدات ترميز UTF-16)
    [many] الموضع { $pos } بعد نهاية النص ({ $len } وحدة ترميز UTF-16)
   *[other] الموضع { $pos } بعد نهاية النص ({ $len } وحدة ترميز UTF-16)
}
error-offset-out-of-range-bytes = { $len ->
    [zero] الموضع { $pos } بعد نهاية النص (النص فارغ)
    [one] الموضع { $pos } بعد نهاية النص (بايت واحد)
    [two] الموضع { $pos } بعد نهاية النص (بايتان)
    [few] الموضع { $pos } بعد نهاية النص ({ $len } بايتات)
    [many] الموضع { $pos } بعد نهاية النص ({ $len } بايتًا)
   *[other] الموضع { $pos } بعد نهاية النص ({ $len } بايت)
}
error-offset-splits-utf8 = موضع البايت { $pos } يقع داخل محرف UTF-8
error-offset-splits-surrogate = موضع UTF-16 { $pos } يقع بين نصفي زوج بديل
error-offset-reversed = النطاق { $start }..{ $end } معكوس
# Word boundaries given by the browser's word segmenter; $error: one of the error-offset messages.
error-word-breaks-offset = حد الكلمة: { $error }
error-word-breaks-unsorted = حد الكلمة { $pos } يسبق الحد السابق ({ $prev }): يجب أن تكون الحدود بترتيب تصاعدي
error-word-breaks-bad-segmenter = أعاد مقسِّم الكلمات موضع البايت { $pos }، وهو ليس حدًا بين محرفين في مدخله
# A change to the document that was refused (nothing was changed); $len: the text's length in characters.
error-edit-empty-span = التحديد { $start }..{ $end } فارغ: حدِّد محرفًا واحدًا على الأقل
error-edit-out-of-range = { $len ->
    [zero] المقطع { $start }..{ $end } يتجاوز نهاية النص (النص فارغ)
    [one] المقطع { $start }..{ $end } يتجاوز نهاية النص (محرف واحد)
    [two] المقطع { $start }..{ $end } يتجاوز نهاية النص (محرفان)
    [few] المقطع { $start }..{ $end } يتجاوز نهاية النص ({ $len } محارف)
    [many] المقطع { $start }..{ $end } يتجاوز نهاية النص ({ $len } محرفًا)
   *[other] المقطع { $start }..{ $end } يتجاوز نهاية النص ({ $len } محرف)
}
error-edit-splits-grapheme = المقطع { $start }..{ $end } يشطر محرفًا إلى نصفين عند الموضع { $pos }؛ وسِّعه ليشمل محارف كاملة
# $existing, $id, $from, $to: annotations' or relations' numbers; $label: a label's name; $kind: a relation type.
error-edit-duplicate = التوسيم رقم { $existing } يعلِّم { $start }..{ $end } بالفعل بالوسم { $label }
error-edit-unknown-annotation = التوسيم رقم { $id } غير موجود (ربما أُزيل)
error-edit-unknown-relation = العلاقة رقم { $id } غير موجودة (ربما أُزيلت)
error-edit-self-relation = لا يمكن لعلاقة أن تربط التوسيم رقم { $id } بنفسه
error-edit-duplicate-relation = توجد بالفعل علاقة “{ $kind }” من رقم { $from } إلى رقم { $to }
error-edit-empty-label = اسم الوسم فارغ
error-edit-empty-relation-type = نوع العلاقة فارغ
error-edit-empty-attribute-key = اسم السمة فارغ
# One change of several made together was refused: $item: its place among them (from 1); $error: why (a message above).
error-edit-in-batch = العنصر { $item } من الدفعة: { $error }
error-edit-not-a-suggestion = التوسيم { $id } ليس اقتراحًا معلَّقًا
# A label that cannot be added or renamed ($existing, $name: labels' names).
error-label-empty = اسم الوسم فارغ
error-label-duplicate = يوجد بالفعل وسم باسم { $existing }
error-label-unknown = لا يوجد وسم باسم { $name }
