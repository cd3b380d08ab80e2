# Machine-drafted translation from English (locales/en/team.ftl); a native speaker's review is welcome.


## Sync: the header's status and the error under it

sync-off = 同步已关闭
sync-paused = 同步已暂停：请输入密码
sync-synced = 已同步
sync-syncing = 正在同步…
sync-offline = 离线，{ $waiting } 项更改等待同步
sync-error = 同步错误
sync-settings-title = 团队同步设置
sync-settings-button = 同步设置
sync-try-again = 重试

## Sync: the settings form

sync-form = 团队同步
sync-form-hint = 将您的标注与团队的 Kinto 服务器同步。您的工作总是先保存在此浏览器中；密码只保存在此标签页中（绝不会出现在导出文件或分享链接中）。
sync-server = 服务器
sync-server-placeholder = https://kinto.example.org/v1 或 /sync/v1
sync-project = 项目
sync-user = 用户
sync-password = 密码
sync-role = 角色
sync-role-annotator = 标注员
sync-role-curator = 审核员
sync-role-lead = 负责人
sync-remember = 在此标签页中记住密码
sync-apply = 应用
sync-turn-on = 开启同步
sync-now = 立即同步
sync-turn-off = 关闭同步
sync-close = 关闭

## Sync: creating an account, setting up a project

sync-setup-create-account = 创建我的账户
sync-setup-open = 设置项目…
sync-setup-legend = 设置上方指定的项目（由同步服务器的管理员操作），或更改其成员（由负责人操作）
sync-setup-admin = 管理员或负责人
sync-setup-admin-password = 其密码
sync-setup-leads = 负责人
sync-setup-leads-placeholder = lena
sync-setup-annotators = 标注员
sync-setup-annotators-placeholder = alice, bob
sync-setup-curators = 审核员
sync-setup-curators-placeholder = cora
sync-setup-update = 更新现有项目（成员和权限）
sync-setup-load = 加载当前成员
sync-setup-submit = 设置项目
sync-setup-members-loaded = “{ $project }”的成员：修改后按“{ sync-setup-submit }”进行更新。

## Curator: each annotator's version of the open document, and the gold version

curator-region = 审核
curator-open = 审核此文档
curator-not-in-project = 此文档不属于该项目。
curator-edited = { $said }正在同步该更改。
curator-edit-failed = 金标准版本未更改：{ $error }
curator-take-span-label = 将 { $who } 的 { $label }“{ $covered }”纳入金标准
curator-span-in-gold = 已在金标准版本中
curator-take-span-title = 将此片段纳入金标准版本
curator-version-empty = 无片段
curator-take-version = 纳入金标准
curator-gold-none = 金标准：暂无。请在上方采用整个版本或单个片段，或从所有人一致的片段开始。
curator-gold-agreed = 从一致的片段开始
curator-drop-span-label = 从金标准中移除 { $label }“{ $covered }”
curator-drop-span = 移除
curator-gold-adjudicated = 金标准（已裁定）
curator-gold-draft = 金标准（草稿，尚未裁定）
curator-gold-empty = ：无片段
curator-gold-reopen = 重新打开
curator-gold-mark = 标记为已裁定

## Curator: the agreement of the annotators' versions

curator-agreement-none = 一致性：需要两位标注员的版本。
curator-agreement-caption = 一致性（每对中的第二位为参照）
curator-agreement-pair = 配对
curator-agreement-exact = 精确匹配 P / R / F1
curator-agreement-overlap = 重叠匹配 F1
curator-agreement-kappa = Cohen's κ（词元）
curator-agreement-pair-row = { $a } 与 { $b }

## Team: progress and adjudication queue (Documents screen)

team-region = 团队进度
team-open = 团队进度与裁定
team-sync-off = 同步已关闭。
team-summary = { $documents } 个文档，已裁定 { $adjudicated } 个（{ $percent }）。各标签已接受的片段：{ $labels }。
team-labels-none = 暂无
team-members-caption = 标注员
team-col-annotator = 标注员
team-col-assigned = 已分配
team-col-done = 已完成
team-col-skipped = 已跳过
team-col-in-progress = 进行中
team-col-last-activity = 最近活动
team-queue-caption = 裁定队列：有多个版本的文档，分歧最大的优先
team-col-document = 文档
team-col-annotators = 标注员
team-col-exact-f1 = 精确 F1
team-col-overlap-f1 = 重叠 F1
team-col-kappa = 词元 κ
team-col-gold = 金标准
team-gold-adjudicated = 已裁定
team-gold-draft = 草稿
team-gold-todo = 待处理
team-open-doc = 打开以裁定
team-mean-agreement = 重叠文档上的平均精确片段一致性：{ $value }。
team-mean-agreement-none = 尚无文档有两个版本

## Team: the training set

team-training-format = 训练集（取金标准，没有则取唯一版本，再没有则取多数结果）格式
team-training-download = 下载训练集
team-training-downloaded = 已下载训练集：{ $n } 个文档。
team-training-failed = 无法导出训练集：{ $error }

## Agreement screen: loading annotation files

agreement-plain-text = “{ $name }”是不含标注的纯文本。对于 brat 格式，请将其与对应的 .ann 文件一起选择。
agreement-ann-alone = “{ $name }”是 brat .ann 文件：请将其与同名的 .txt 文件一起选择。
agreement-unknown-format = “{ $name }”不是 Spandrel 可识别的标注文件（Spandrel JSON、spaCy、doccano、Label Studio、brat .txt + .ann、CoNLL、W3C Web Annotation）。
agreement-unreadable-as = 无法将“{ $name }”读取为 { $format }：{ $reason }
agreement-many-documents = “{ $name }”包含 { $n } 个文档；一致性比较的是同一文本的标注，请选择每个只含一个文档的文件。
agreement-warning = “{ $name }”：{ $warning }
agreement-warning-more = { $warning }（另有 { $n } 条）
agreement-file-unreadable = 无法读取“{ $name }”：{ $error }
agreement-loaded = 已加载 { $n } 位标注员
agreement-no-document = 没有打开的文档。
agreement-current-name = 当前文档：{ $title }
agreement-current-added = 已将当前文档中已接受的片段作为一位标注员添加

## Agreement screen: creating the adjudicated document

agreement-adjudicate-failed = 无法生成裁定文档：{ $error }
agreement-adjudicated-title = 已裁定：{ $a } + { $b }
agreement-created = 已创建“{ $title }”，包含 { $n } 个已接受的片段。

## Agreement screen: annotators and pairwise scores

agreement-heading = 标注员间一致性
agreement-hint = 加载同一文本的两个或更多标注文件（Spandrel JSON、spaCy、doccano、Label Studio、brat .txt + .ann、CoNLL、W3C）。每个文件代表一位标注员；只计算已接受的片段。每对中的第二位标注员为参照。
agreement-load = 加载标注文件…
agreement-files = 标注文件
agreement-use-current = 使用当前文档中已接受的片段
agreement-reading = 正在读取…
agreement-annotators = 标注员
agreement-spans = { $n } 个片段
agreement-remove = 移除 { $name }
agreement-need-two = 请至少加载两位标注员以进行比较。
agreement-pairwise = 两两一致性
agreement-col-a = A
agreement-col-b = B（参照）
agreement-exact-p = 精确 P
agreement-exact-r = 精确 R
agreement-exact-f1 = 精确 F1
agreement-counts = tp / fp / fn
agreement-counts-title = 真阳性 / 假阳性 / 假阴性
agreement-overlap-p = 重叠 P
agreement-overlap-r = 重叠 R
agreement-overlap-f1 = 重叠 F1
agreement-kappa = Cohen’s κ（词元）
agreement-details = 详情
agreement-compare-label = 比较 { $a } 与 { $b }
agreement-compare = 比较

## Agreement screen: the chosen pair, its disagreements and their decisions

agreement-pair-title = { $a } 与 { $b }（参照）
agreement-per-label = 按标签
agreement-col-label = 标签
agreement-disagreements = 分歧
agreement-no-disagreements = 这两位标注员在每个片段上都一致。
agreement-decide-all = 全部决定：
agreement-all-a = 全部选 A
agreement-all-b = 全部选 B
agreement-all-both = 全部保留两者
agreement-all-neither = 全部不保留
agreement-only-a = 仅 A
agreement-only-b = 仅 B
agreement-label-differs = 标签不同
agreement-boundary-differs = 边界不同
agreement-side-a = A：{ $name }
agreement-side-b = B：{ $name }
agreement-choice-legend = 分歧 { $n } 保留哪个版本
agreement-choice-a = A
agreement-choice-b = B
agreement-choice-both = 两者都保留
agreement-choice-neither = 都不保留
agreement-create = 创建裁定文档
agreement-decided = 已决定 { $decided } / { $n } 处分歧；一致的片段将保留，未决定的分歧将被略去。
