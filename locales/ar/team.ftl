# Machine-drafted translation from English (locales/en/team.ftl); a native speaker's review is welcome.


## Sync: the header's status and the error under it

sync-off = المزامنة متوقفة
sync-paused = المزامنة متوقفة مؤقتًا: أدخل كلمة المرور
sync-synced = تمت المزامنة
sync-syncing = جارٍ المزامنة…
sync-offline = { $waiting ->
    [zero] غير متصل
    [one] غير متصل، تغيير واحد قيد الانتظار
    [two] غير متصل، تغييران قيد الانتظار
    [few] غير متصل، { $waiting } تغييرات قيد الانتظار
    [many] غير متصل، { $waiting } تغييرًا قيد الانتظار
   *[other] غير متصل، { $waiting } تغيير قيد الانتظار
}
sync-error = خطأ في المزامنة
sync-settings-title = إعدادات مزامنة الفريق
sync-settings-button = إعدادات المزامنة
sync-try-again = إعادة المحاولة

## Sync: the settings form

sync-form = مزامنة الفريق
sync-form-hint = زامن توسيماتك مع خادم Kinto الخاص بفريقك. يُحفظ عملك دائمًا في هذا المتصفح أولًا؛ ولا تُحفظ كلمة المرور إلا في علامة التبويب هذه (ولا تدخل أبدًا في ملفات التصدير أو روابط المشاركة).
sync-server = الخادم
sync-server-placeholder = https://kinto.example.org/v1 أو /sync/v1
sync-project = المشروع
sync-user = المستخدم
sync-password = كلمة المرور
sync-role = الدور
# unsure: annotator = موسِّم (from وسم, label), curator = منقِّح, lead = قائد.
sync-role-annotator = موسِّم
sync-role-curator = منقِّح
sync-role-lead = قائد
sync-remember = تذكّر كلمة المرور في علامة التبويب هذه
sync-apply = تطبيق
sync-turn-on = تشغيل المزامنة
sync-now = المزامنة الآن
sync-turn-off = إيقاف المزامنة
sync-close = إغلاق

## Sync: creating an account, setting up a project

sync-setup-create-account = إنشاء حسابي
sync-setup-open = إعداد مشروع…
sync-setup-legend = إعداد المشروع المسمّى أعلاه (لمسؤول خادم المزامنة)، أو تغيير أعضائه (للقائد)
sync-setup-admin = المسؤول أو القائد
sync-setup-admin-password = كلمة مروره
sync-setup-leads = القادة
sync-setup-leads-placeholder = lena
sync-setup-annotators = الموسِّمون
sync-setup-annotators-placeholder = alice, bob
sync-setup-curators = المنقِّحون
sync-setup-curators-placeholder = cora
sync-setup-update = تحديث المشروع الموجود (أعضاؤه وأذوناته)
sync-setup-load = تحميل الأعضاء الحاليين
sync-setup-submit = إعداد المشروع
sync-setup-members-loaded = أعضاء “{ $project }”: غيّرهم، ثم اضغط “{ sync-setup-submit }” لتحديثه.

## Curator: each annotator's version of the open document, and the gold version

curator-region = التنقيح
curator-open = تنقيح هذا المستند
curator-not-in-project = هذا المستند ليس جزءًا من المشروع.
curator-edited = { $said } جارٍ مزامنته.
curator-edit-failed = لم تتغيّر النسخة الذهبية: { $error }
curator-take-span-label = نقل { $label } “{ $covered }” من { $who } إلى النسخة الذهبية
curator-span-in-gold = موجود في النسخة الذهبية بالفعل
curator-take-span-title = نقل هذا المقطع إلى النسخة الذهبية
curator-version-empty = لا مقاطع
curator-take-version = نقل إلى الذهبية
curator-gold-none = الذهبية: لا شيء بعد. انقل نسخة كاملة أو مقاطع مفردة من الأعلى، أو ابدأ بما اتفق عليه الجميع.
curator-gold-agreed = البدء بالمقاطع المتفق عليها
curator-drop-span-label = إزالة { $label } “{ $covered }” من النسخة الذهبية
curator-drop-span = إزالة
# unsure: gold = النسخة الذهبية (short: الذهبية); adjudicated = مُحكَّمة (adjudication = تحكيم).
curator-gold-adjudicated = الذهبية (مُحكَّمة)
curator-gold-draft = الذهبية (مسودة، لم تُحكَّم بعد)
curator-gold-empty = : لا مقاطع
curator-gold-reopen = إعادة الفتح
curator-gold-mark = تعليم كمُحكَّمة

## Curator: the agreement of the annotators' versions

curator-agreement-none = الاتفاق: يلزم وجود نسختين لموسِّمَين.
curator-agreement-caption = الاتفاق (الثاني في كل زوج هو المرجع)
curator-agreement-pair = الزوج
curator-agreement-exact = P / R / F1 تام
curator-agreement-overlap = F1 بالتداخل
# unsure: tokens = الرموز.
curator-agreement-kappa = κ لكوهين (الرموز)
curator-agreement-pair-row = { $a } مقابل { $b }

## Team: progress and adjudication queue (Documents screen)

team-region = تقدّم الفريق
team-open = تقدّم الفريق والتحكيم
team-sync-off = المزامنة متوقفة.
team-summary = المستندات: { $documents }، المُحكَّم منها: { $adjudicated } ({ $percent }). المقاطع المقبولة لكل وسم: { $labels }.
team-labels-none = لا شيء بعد
team-members-caption = الموسِّمون
team-col-annotator = الموسِّم
team-col-assigned = المُسند
team-col-done = المنجز
team-col-skipped = المتخطّى
team-col-in-progress = قيد العمل
team-col-last-activity = آخر نشاط
team-queue-caption = قائمة انتظار التحكيم: المستندات التي لها أكثر من نسخة، الأكثر خلافًا أولًا
team-col-document = المستند
team-col-annotators = الموسِّمون
team-col-exact-f1 = F1 تام
team-col-overlap-f1 = F1 بالتداخل
team-col-kappa = κ الرموز
team-col-gold = الذهبية
team-gold-adjudicated = مُحكَّمة
team-gold-draft = مسودة
team-gold-todo = للإنجاز
team-open-doc = فتح للتحكيم
team-mean-agreement = متوسط الاتفاق التام على المقاطع في المستندات المتداخلة: { $value }.
team-mean-agreement-none = لا يوجد مستند له نسختان بعد

## Team: the training set

team-training-format = مجموعة التدريب (الذهبية، وإلا النسخة الوحيدة، وإلا رأي الأغلبية) بصيغة
team-training-download = تنزيل مجموعة التدريب
team-training-downloaded = { $n ->
    [zero] نُزّلت مجموعة التدريب: لا مستندات.
    [one] نُزّلت مجموعة التدريب: مستند واحد.
    [two] نُزّلت مجموعة التدريب: مستندان.
    [few] نُزّلت مجموعة التدريب: { $n } مستندات.
    [many] نُزّلت مجموعة التدريب: { $n } مستندًا.
   *[other] نُزّلت مجموعة التدريب: { $n } مستند.
}
team-training-failed = تعذّر تصدير مجموعة التدريب: { $error }

## Agreement screen: loading annotation files

agreement-plain-text = “{ $name }” نص عادي بلا توسيمات. لصيغة brat، اختره مع ملف ann الخاص به.
agreement-ann-alone = “{ $name }” ملف ann بصيغة brat: اختره مع ملف txt الذي يحمل الاسم نفسه.
agreement-unknown-format = “{ $name }” ليس ملف توسيم يتعرّف عليه Spandrel (Spandrel JSON، spaCy، doccano، Label Studio، brat .txt + .ann، CoNLL، W3C Web Annotation).
agreement-unreadable-as = تعذّرت قراءة “{ $name }” بصيغة { $format }: { $reason }
agreement-many-documents = { $n ->
    [one] يحوي “{ $name }” مستندًا واحدًا؛ يقارن الاتفاق توسيمات نص واحد، لذا اختر ملفات يحوي كل منها مستندًا واحدًا بالضبط.
    [two] يحوي “{ $name }” مستندين؛ يقارن الاتفاق توسيمات نص واحد، لذا اختر ملفات يحوي كل منها مستندًا واحدًا بالضبط.
    [few] يحوي “{ $name }” { $n } مستندات؛ يقارن الاتفاق توسيمات نص واحد، لذا اختر ملفات يحوي كل منها مستندًا واحدًا بالضبط.
    [many] يحوي “{ $name }” { $n } مستندًا؛ يقارن الاتفاق توسيمات نص واحد، لذا اختر ملفات يحوي كل منها مستندًا واحدًا بالضبط.
   *[other] يحوي “{ $name }” { $n } مستند؛ يقارن الاتفاق توسيمات نص واحد، لذا اختر ملفات يحوي كل منها مستندًا واحدًا بالضبط.
}
agreement-warning = “{ $name }”: { $warning }
agreement-warning-more = { $n ->
    [one] { $warning } (وتحذير آخر)
    [two] { $warning } (وتحذيران آخران)
    [few] { $warning } (و{ $n } تحذيرات أخرى)
    [many] { $warning } (و{ $n } تحذيرًا آخر)
   *[other] { $warning } (و{ $n } تحذير آخر)
}
agreement-file-unreadable = تعذّرت قراءة “{ $name }”: { $error }
agreement-loaded = { $n ->
    [zero] لم يُحمَّل أي موسِّم
    [one] حُمِّل موسِّم واحد
    [two] حُمِّل موسِّمان
    [few] حُمِّل { $n } موسِّمين
    [many] حُمِّل { $n } موسِّمًا
   *[other] حُمِّل { $n } موسِّم
}
agreement-no-document = لا يوجد مستند مفتوح.
agreement-current-name = المستند الحالي: { $title }
agreement-current-added = أُضيفت المقاطع المقبولة في المستند الحالي كموسِّم

## Agreement screen: creating the adjudicated document

agreement-adjudicate-failed = تعذّر إنشاء المستند المُحكَّم: { $error }
agreement-adjudicated-title = مُحكَّم: { $a } + { $b }
agreement-created = { $n ->
    [zero] أُنشئ “{ $title }” بلا مقاطع مقبولة.
    [one] أُنشئ “{ $title }” ويحتوي على مقطع مقبول واحد.
    [two] أُنشئ “{ $title }” ويحتوي على مقطعين مقبولين.
    [few] أُنشئ “{ $title }” ويحتوي على { $n } مقاطع مقبولة.
    [many] أُنشئ “{ $title }” ويحتوي على { $n } مقطعًا مقبولًا.
   *[other] أُنشئ “{ $title }” ويحتوي على { $n } مقطع مقبول.
}

## Agreement screen: annotators and pairwise scores

agreement-heading = الاتفاق بين الموسِّمين
agreement-hint = حمّل ملفّي توسيم أو أكثر للنص نفسه (Spandrel JSON، spaCy، doccano، Label Studio، brat .txt + .ann، CoNLL، W3C). كل ملف يمثّل موسِّمًا واحدًا؛ ولا تُحتسب إلا المقاطع المقبولة. في كل زوج، الموسِّم الثاني هو المرجع.
agreement-load = تحميل ملفات التوسيم…
agreement-files = ملفات التوسيم
agreement-use-current = استخدام المقاطع المقبولة في المستند الحالي
agreement-reading = جارٍ القراءة…
agreement-annotators = الموسِّمون
agreement-spans = { $n ->
    [zero] لا مقاطع
    [one] مقطع واحد
    [two] مقطعان
    [few] { $n } مقاطع
    [many] { $n } مقطعًا
   *[other] { $n } مقطع
}
agreement-remove = إزالة { $name }
agreement-need-two = حمّل موسِّمَين على الأقل لمقارنتهما.
agreement-pairwise = الاتفاق الزوجي
agreement-col-a = A
agreement-col-b = B (المرجع)
agreement-exact-p = P تام
agreement-exact-r = R تام
agreement-exact-f1 = F1 تام
agreement-counts = tp / fp / fn
agreement-counts-title = الإيجابيات الصحيحة / الإيجابيات الخاطئة / السلبيات الخاطئة
agreement-overlap-p = P بالتداخل
agreement-overlap-r = R بالتداخل
agreement-overlap-f1 = F1 بالتداخل
agreement-kappa = κ لكوهين (الرموز)
agreement-details = التفاصيل
agreement-compare-label = مقارنة { $a } بـ { $b }
agreement-compare = مقارنة

## Agreement screen: the chosen pair, its disagreements and their decisions

agreement-pair-title = { $a } مقابل { $b } (المرجع)
agreement-per-label = حسب الوسم
agreement-col-label = الوسم
agreement-disagreements = الخلافات
agreement-no-disagreements = يتفق هذان الموسِّمان على كل المقاطع.
agreement-decide-all = حسم الكل:
agreement-all-a = A للكل
agreement-all-b = B للكل
agreement-all-both = كلاهما للكل
agreement-all-neither = لا أيّ منهما للكل
agreement-only-a = A فقط
agreement-only-b = B فقط
agreement-label-differs = الوسم مختلف
agreement-boundary-differs = الحدود مختلفة
agreement-side-a = A: { $name }
agreement-side-b = B: { $name }
agreement-choice-legend = أي نسخة تُبقى في الخلاف { $n }
agreement-choice-a = A
agreement-choice-b = B
agreement-choice-both = كلاهما
agreement-choice-neither = لا أيّ منهما
agreement-create = إنشاء المستند المُحكَّم
agreement-decided = { $n ->
    [one] حُسم { $decided } من خلاف واحد؛ تُبقى المقاطع المتفق عليها، وتُستبعد الخلافات غير المحسومة.
    [two] حُسم { $decided } من خلافين؛ تُبقى المقاطع المتفق عليها، وتُستبعد الخلافات غير المحسومة.
    [few] حُسم { $decided } من { $n } خلافات؛ تُبقى المقاطع المتفق عليها، وتُستبعد الخلافات غير المحسومة.
    [many] حُسم { $decided } من { $n } خلافًا؛ تُبقى المقاطع المتفق عليها، وتُستبعد الخلافات غير المحسومة.
   *[other] حُسم { $decided } من { $n } خلاف؛ تُبقى المقاطع المتفق عليها، وتُستبعد الخلافات غير المحسومة.
}
