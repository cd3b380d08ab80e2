# Machine-drafted translation from English (locales/en/workspace.ftl); a native speaker's review is welcome.


## Workspace: the window's listeners (other tabs, leaving the page, files dropped on the window)

workspace-other-tabs-off = 在其他标签页中所做的更改在重新加载前不会显示在这里（{ $error }）。
workspace-unload-guard-off = 关闭标签页时不会提醒未保存的编辑（{ $error }）。
workspace-page-hidden-off = 离开页面前刚做的编辑可能不会被保存（{ $error }）。
workspace-window-drop-off = 无法将文件拖放到窗口上（{ $error }）；请改用文档页面上的打开文件按钮。
workspace-read-only-add = 此共享文档为只读。添加文件前，请先将副本保存到您的工作区。
workspace-file-unreadable = 无法读取“{ $name }”：{ $error }

## Workspace: the Documents screen

workspace-heading = 文档
workspace-storage-unavailable = 浏览器存储不可用：无法在此标签页中列出或保存文档。

## Workspace: deleted documents (undo)

workspace-deleted = 已删除“{ $title }”。
workspace-restore = 恢复

## Workspace: filters, sorting and bulk status

workspace-filters = 筛选文档
workspace-filter-status = 状态
workspace-filter-by-status = 按状态筛选
workspace-status-any = 任意
workspace-status-not-done = 未完成
workspace-status-to-do = 待处理（新建或进行中）
workspace-filter-label = 标签
workspace-filter-by-label = 按标签筛选
workspace-label-any = 任意
workspace-filter-text = 文本
workspace-filter-by-text = 按文本筛选
workspace-filter-text-placeholder = 标题或文本
workspace-sort = 排序
workspace-sort-documents = 文档排序
workspace-sort-position = 语料库顺序
workspace-sort-modified = 最近修改
workspace-doc-count = { $n } 个文档
workspace-doc-count-matching = { $total } 个文档中有 { $n } 个符合
# Followed by the number selected, then “as” and a button per status.
# The Chinese reads: 将 | 已选的 3 个 | 标记为 [status buttons].
workspace-mark = 将
workspace-selected = 已选的 { $n } 个
workspace-mark-as = 标记为
# Followed by a button per status.
workspace-mark-all-matching = 将所有符合条件的标记为
# Said to screen readers; $status is the status's name in lower case.
workspace-marking = 正在将 { $n } 个文档标记为 { $status }

## Workspace: the documents table

workspace-table-caption = 此浏览器中的文档
workspace-select-page = 选择本页全部
workspace-col-title = 标题
workspace-col-labels = 标签
workspace-col-suggestions = 建议：已接受 / 待定
workspace-col-status = 状态
workspace-col-modified = 修改时间
workspace-col-actions = 操作
workspace-col-assigned = 分配给
workspace-empty = 还没有文档：请在下方添加。
workspace-no-match = 没有符合筛选条件的文档。
workspace-pages = 分页
workspace-previous-page = ◀ 上一页
workspace-page-of = 第 { $page } 页，共 { $pages } 页
workspace-next-page = 下一页 ▶

## Workspace: assigning documents to annotators (a synced lead)

workspace-assign-overlap-invalid = 重叠比例“{ $value }”不是有效的百分数
workspace-assign-k-invalid = “{ $value }”不是有效的标注员人数
workspace-assign-legend = 将文档分配给标注员
workspace-assign-names = 标注员（账户名）
# Example account names.
workspace-assign-names-placeholder = alice, bob
workspace-assign-overlap = 重叠（文档百分比）
workspace-assign-k = 每个重叠文档的标注员人数
workspace-assign-auto = 全部自动分配
workspace-assign-selected = 将已选的 { $n } 个文档分配给这些标注员

## Workspace: a document's row

workspace-select-doc = 选择 { $title }
workspace-open-badge = （已打开）
workspace-new-title = 新标题
workspace-status-of = { $title } 的状态
workspace-open = 打开
workspace-rename = 重命名
workspace-duplicate = 复制
workspace-delete = 删除

## Workspace: storage usage

workspace-storage = 存储
workspace-storage-used = 已用存储
# $used and $quota are sizes (“12.5 KB”), $percent has one decimal.
workspace-usage-of-quota = 已用 { $used }，共约 { $quota }（{ $percent }%）
workspace-usage = 已用 { $used }
workspace-usage-unknown = 存储用量未知：{ $error }

## Workspace: adding documents

workspace-add-heading = 添加文档
workspace-add-title = 标题
workspace-add-text = 文本
workspace-add-submit = 添加文档
workspace-open-files = 打开文件（.txt、.md、.html、.json、.jsonl…）
workspace-drop-hint = 也可以将文件拖放到窗口的任意位置。

## Workspace: recovery of entries set aside

workspace-recovery = 恢复
workspace-recovery-list-failed = 无法列出已隔离的条目：{ $error }
workspace-recovery-none = 没有被隔离的内容：所有存储的条目均可读取。
workspace-recovery-intro = 以下存储的条目无法读取，已被隔离。可将其下载后手动恢复内容，或将其丢弃。
workspace-recovery-download = 下载
workspace-download-failed = 下载失败：{ $error }
workspace-recovery-discard = 丢弃
workspace-recovery-confirm = 确认丢弃
workspace-recovery-discard-question = 永久丢弃？
workspace-recovery-yes = 是，丢弃
workspace-recovery-keep = 保留
workspace-not-discarded = 未丢弃：{ $error }

## Transfer: start (offline files, share links)

transfer-update-available = Spandrel 有新版本可用 — 重新加载页面即可使用。
transfer-offline-install-failed = 离线使用已关闭：无法安装离线文件（{ $error }）。
transfer-offline-off = 离线使用已关闭：{ $error }。
transfer-link-not-opened = 无法打开共享链接：{ $error }
transfer-link-invalid = 无法打开共享链接：{ $error }。已改为打开您自己的工作区，其中的内容未作任何更改。

## Transfer: the header's buttons

transfer-read-only-banner = 共享文档 — 只读
transfer-save-copy = 将副本保存到我的工作区
transfer-import = 导入
transfer-export = 导出
transfer-share = 分享

## Transfer: export

transfer-no-document = 没有打开的文档
transfer-storage-unavailable = 此浏览器中存储不可用
# A document that could not be loaded: its id, then why.
transfer-doc-not-loaded = “{ $id }”：{ $error }
transfer-none-done = 还没有标记为已完成的文档
transfer-exported = 已导出 { $docs } 个文档，共 { $files } 个文件（{ $format }）。
transfer-export-failed = 导出失败：{ $error }
transfer-export-title = 导出
transfer-export-what = 范围
transfer-scope-current = 当前文档
transfer-scope-all = 整个工作区
transfer-scope-done = 仅已完成的文档
transfer-scope-count = （{ $n } 个文档）
transfer-format = 格式
transfer-export-format = 导出格式
transfer-include-suggestions = 包含建议
transfer-include-rejected = 包含已拒绝的片段
transfer-lossy-hint = 此格式保留文本、片段和标签；备注、状态或关系可能无法全部保留（见 README）。
transfer-download = 下载

## Transfer: share by link

transfer-share-title = 通过链接分享
transfer-share-intro = 任何拥有此链接的人都能以只读方式查看此文档；文档包含在链接中，不经过任何服务器。
transfer-include-pending = 包含待定的建议
transfer-no-link = 无法生成链接：{ $error }
transfer-link = 链接
transfer-link-length = { $n } 个字符
transfer-link-copied = 链接已复制
transfer-copy-failed = 无法复制链接（{ $error }）；请在链接框中选中链接并自行复制。
transfer-copy-link = 复制链接
transfer-download-instead = 改为下载 Spandrel 文件

## Transfer: import

transfer-import-title = 导入
transfer-import-unreadable = 导入：无法读取“{ $name }”：{ $error }
transfer-files = 文件（或拖放到此处）
transfer-reading = 正在读取…
transfer-import-format = 导入格式
transfer-detect = 自动检测
transfer-plain-text = 纯文本（按原样导入文件）
transfer-offsets = 偏移量
transfer-offset-unit = 偏移量单位
transfer-offsets-as-format = 按格式规定
transfer-code-points = 码位
transfer-utf16 = UTF-16 码元
transfer-choose-files = 选择一个或多个文件。确认前不会添加任何内容。
transfer-import-button = 导入
# $formats: format names (“CoNLL”, “JSON”…).
transfer-problems = 这些文件无法作为 { $formats } 导入：共 { $n } 个问题。未作任何更改。
transfer-import-partial = 导入有效部分
transfer-read-as = 按 { $formats } 读取：将添加 { $n } 个文档。
# After a document's title.
transfer-doc-spans = — { $n } 个片段
# unsure: “schema” (the project's set of labels) rendered as 标签方案.
transfer-add-labels = 将以下标签添加到标签方案：
transfer-warnings = 警告：

## A document's status, as the Documents screen shows it (keys: the stored value)

workspace-status-label = { $status ->
    [new] 新建
    [inprogress] 进行中
    [done] 已完成
   *[skipped] 已跳过
}

## Sharing: advice on the link's length

transfer-advice-ok = 此链接可以粘贴到任何地方。
transfer-advice-long = 此链接较长：聊天应用和电子邮件可能会截断它。建议以文件形式发送，或不带建议分享。
transfer-advice-too-long = 此文档太大，无法生成链接：浏览器会拒绝它。请改为导出为文件。
