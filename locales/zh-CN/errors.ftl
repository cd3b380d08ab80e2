# Machine-drafted translation from English (locales/en/errors.ftl); a native speaker's review is welcome.
# Core's errors, as `src/errors.rs` shows them; usually inside another message's { $error }. Arguments are
# data: $reason, $message, $error, $what, $step and $first come from a parser, the browser, the server or the
# program (in English), and are shown as they are. Chinese has one plural form: counts need no selector.


## Share links

error-share-empty = 链接中没有文档（“#”之后的部分为空）
# $pos: a character position in the link.
error-share-bad-base64 = 链接已损坏：“#”之后的第 { $pos } 个字符不允许出现在分享链接中
error-share-unsupported-version = 此链接由更新或未知版本的 Spandrel 生成（格式 { $version }）；请更新应用
error-share-truncated = 链接不完整；请重新复制完整的链接
error-share-not-a-link = 这不是 Spandrel 分享链接：它的开头与分享链接不符（已损坏，或来自其他工具）
error-share-decompress = 链接已损坏，无法解压：{ $reason }
error-share-too-large = 分享的文档解压后超过 { $limit } 字节，Spandrel 拒绝打开
# $field: the name of a field of the link's data.
error-share-malformed = 链接已损坏：字段“{ $field }”无效
error-share-invalid-span = 链接已损坏：第 { $index } 个片段无效（{ $reason }）
error-share-invalid-relation = 链接已损坏：第 { $index } 个关系无效（{ $reason }）
# $id: an annotation's number.
error-share-bad-annotation = 标注 { $id } 无法分享：{ $reason }

## Text files that cannot be read ($name: the file's name; $offset: a byte position in it)

error-decode-invalid-utf8 = “{ $name }”不是有效的 UTF-8（偏移量 { $offset } 处有错误字节）；它可能使用了 Windows-1252 等旧编码 — 请将其另存为 UTF-8 后重新打开
error-decode-odd-utf16-length = “{ $name }”声称是 UTF-16，但字节数为奇数（{ $len }）；偏移量 { $offset } 处的最后一个字节不完整
error-decode-invalid-utf16 = “{ $name }”不是有效的 UTF-16（字节偏移量 { $offset } 处有未配对的代理项）
error-decode-binary = “{ $name }”在字节偏移量 { $offset } 处包含 NUL 字符：它看起来是二进制文件，或是没有字节顺序标记的 UTF-16 — 请将其另存为 UTF-8
error-decode-pdf = “{ $name }”是 PDF：其文本在浏览器中读取（pdf.js），请在应用中打开它；再从应用导出为 Spandrel JSON 以在此使用
error-pdf-no-text = 它没有文本层（扫描的页面？）：Spandrel 读取 PDF 自带的文本，没有 OCR
error-pdf-bad-item = 第 { $page } 页有一个位置或大小不是数字的文本项
error-pdf-no-page = 第 { $page } 页不在此文档中
error-pdf-differs = 第 { $page } 页与文档文本不一致（此 PDF 不是该文档的来源）
error-pdf-password = 它受密码保护
error-pdf-invalid = 它不是可读取的 PDF（{ $reason }）
error-pdf-missing = 此浏览器中没有保存该 PDF 文件

## The workspace in browser storage ($id: a document's id; $what: what was being saved, in English)

error-storage-quota-exceeded = 浏览器存储空间不足，无法保存 { $what }（还需要 { $needed } 字节）；之前保存的内容均未改变。请删除或导出一些文档以释放空间
error-storage-conflict = 文档“{ $id }”已在别处（可能是另一个标签页）被修改，现为修订版 { $revision }；请先合并两个版本再保存
error-storage-not-found = 此工作区中不存在文档“{ $id }”
error-storage-already-exists = ID 为“{ $id }”的文档已存在
error-storage-corrupt = 无法读取文档“{ $id }”：{ $reason }
error-storage-invalid-document = 无法保存文档“{ $id }”：{ $reason }
error-storage-store = 无法保存 { $what }：{ $message }
error-storage-rollback-failed = 保存 { $what } 失败（{ $error }），恢复上一版本也失败了（{ $rollback }）；请立即导出您的工作
# $key: the storage key the old data stays under.
error-storage-migration-failed = 无法升级旧工作区（{ $reason }）；旧数据原封不动地保存在“{ $key }”下
# Adding documents stopped: $title: the document that could not be saved; $cause: why (one of the messages above).
error-add = 无法保存“{ $title }”（{ $cause }）；未添加任何内容
# The same, when $n of the $added documents saved before could not be deleted again: $ids, and why the first was not ($first).
error-add-left-behind = 无法保存“{ $title }”（{ $cause }）；未添加任何内容，但在它之前保存的 { $added } 个文档中有 { $n } 个无法撤回（{ $ids }：{ $first }）；请在“文档”中删除它们
# Browser storage itself ($key: a storage key).
error-store-quota-exceeded = 浏览器存储空间已满：写入“{ $key }”需要比配额多 { $needed } 字节
error-store-unavailable = 浏览器存储不可用：{ $reason }
error-store-failed = 浏览器存储在“{ $key }”上出错：{ $message }
error-ws-unavailable = 此浏览器中存储不可用；此标签页中的更改不会被保存。

## Export and import ($doc: a document's id)

error-export-bad-span = 文档“{ $doc }”：标注 { $id } 的偏移量 { $start }..{ $end } 超出了文本范围
# $format: a format's name (“CoNLL”, “spaCy”…).
error-export-empty = { $format } 每组文件恰好包含一个文档，而当前没有可导出的文档
error-export-json = 无法写入 JSON：{ $reason }
# $error: why its word boundaries cannot be used (one of the error-word-breaks messages).
error-export-words = 文档“{ $doc }”：{ $error }
# An import refused: how many problems, and the first one ($first: where, and what the parser said).
error-import-report = 输入中有 { $n } 个问题；第一个：{ $first }
# A file that adds nothing: its first problem, and how many more it has.
error-intake-failure-more = { $first }（另有 { $more } 个问题）

## Sync ($what: what was refused or asked for, in English; $status: an HTTP status code)

error-sync-wrong-password = 同步服务器不接受“{ $user }”的密码（用户名或密码错误）；未发送任何内容，您的工作保留在此
error-sync-forbidden = 无权限：同步服务器不允许您更改 { $what }；您的版本保留在此
# $role: the role the settings name, in English (“a lead”).
error-sync-no-read-access = 无权限：同步服务器不允许您读取 { $what }。您的同步设置显示您是此项目的 { $role }；请选择项目负责人授予您的角色（您的工作保留在此）
# $first: why the first change was refused; “Sync now” is the button of the sync settings.
error-sync-still-refused = { $first }（{ $count } 项被拒绝的更改保留在此；更改后或点击“立即同步”时会再次发送）
error-sync-unreachable = 无法连接同步服务器（{ $reason }）；{ $waiting } 项更改在此等待，服务器响应后即发送
error-sync-quota = 同步服务器拒绝存储更多内容（HTTP { $status }：配额或大小限制）；您的工作保留在此
# $bucket: the project's name.
error-sync-project-not-found = 同步服务器上不存在项目“{ $bucket }”，或者您不是其成员
error-sync-server-unavailable = 同步服务器不可用（HTTP { $status }）；您的工作保留在此，稍后发送
# The same, with the server's own message.
error-sync-server-unavailable-message = 同步服务器不可用（HTTP { $status }：{ $message }）；您的工作保留在此，稍后发送
error-sync-conflict = 合并期间 { $what } 在服务器上不断变化；请重新同步
error-sync-unexpected = 同步服务器对 { $what } 返回了 HTTP { $status }
error-sync-unexpected-message = 同步服务器对 { $what } 返回了 HTTP { $status }：{ $message }
error-sync-bad-record = 同步服务器发送的内容不是有效的 { $what }：{ $reason }
error-sync-bad-config = 同步设置：{ $reason }
# The sync state kept in this browser ($key: its storage key).
error-state-store = 无法将同步队列保存到浏览器存储中（{ $error }）；文档本身已保存
error-state-corrupt = 无法读取已保存的同步状态“{ $key }”（{ $reason }）；已将其保留原处
# A request that got no answer ($reason: the browser's words).
error-http-network = 无法连接到服务器：{ $reason }
error-http-timeout = 服务器未及时响应
error-http-blocked = 请求被浏览器拦截：{ $reason }

## Setting up a project on the sync server ($bucket: the project's name; $user: an account name)

error-setup-wrong-password = 同步服务器不接受“{ $user }”的密码；未创建任何内容
error-setup-not-allowed = “{ $user }”无权在此同步服务器上创建项目（只有其管理员可以）；未创建任何内容
# “update the existing project” is the set-up form's checkbox.
error-setup-exists = 同步服务器上已存在名为“{ $bucket }”的项目；请换一个名称，或勾选“更新现有项目”以更改其成员；未创建任何内容
# $names: the missing accounts, each one as error-setup-account-name says, separated by commas; $n: how many.
error-setup-no-such-account = 同步服务器上不存在名为 { $names } 的账户（每位成员需先在同步设置中创建自己的账户）；未创建任何内容
error-setup-account-name = “{ $name }”
error-setup-bad-name = 项目名称“{ $name }”只能使用字母、数字、“_”和“-”，并须以字母或数字开头；未创建任何内容
error-setup-cannot-read = “{ $user }”无权读取项目“{ $bucket }”的成员（只有服务器管理员和项目负责人可以），或者不存在该项目；未更改任何内容
# $step: what the set-up was doing (in English); $made: error-setup-made-nothing or error-setup-made-so-far.
error-setup-unreachable = 在执行步骤“{ $step }”时无法连接同步服务器（{ $reason }）；{ $made }
error-setup-refused = 在执行步骤“{ $step }”时同步服务器返回了 HTTP { $status }；{ $made }
error-setup-refused-message = 在执行步骤“{ $step }”时同步服务器返回了 HTTP { $status }：{ $message }；{ $made }
error-setup-made-nothing = 未创建任何内容
# $made: the parts made, separated by commas (in English).
error-setup-made-so-far = 已创建：{ $made }；请勾选“更新现有项目”后重新设置以完成

## The gold version, adjudication, assignment

error-gold-other-text = 此版本基于文档的另一份文本，因此其偏移量所指的词与金标准版本的不同
# $start, $end: character positions; $len: the text's length in characters.
error-gold-out-of-range = 片段 { $start }–{ $end } 超出了文档文本的范围（{ $len } 个字符）
# $index: a disagreement's number.
error-adjudication-unknown-disagreement = 对第 { $index } 个分歧作出了决定，但只有 { $count } 个分歧
error-adjudication-duplicate-decision = 第 { $index } 个分歧有两个决定
error-assign-no-annotators = 没有可分配文档的标注员
error-assign-bad-share = 重叠比例必须介于 0 到 100 % 之间，而不是 { $share }
error-assign-bad-overlap-k = 每个重叠文档的标注员人数至少为 2，而不是 { $k }

## Editing: offsets, word boundaries, changes and labels ($pos, $prev, $start, $end: positions in the text)

# An offset that cannot be used; $len: the text's length in the unit the message names.
error-offset-out-of-range-code-points = 偏移量 { $pos } 超出了文本末尾（{ $len } 个码位）
error-offset-out-of-range-utf16 = 偏移量 { $pos } 超出了文本末尾（{ $len } 个 UTF-16 码元）
error-offset-out-of-range-bytes = 偏移量 { $pos } 超出了文本末尾（{ $len } 个字节）
error-offset-splits-utf8 = 字节偏移量 { $pos } 落在一个 UTF-8 字符内部
error-offset-splits-surrogate = UTF-16 偏移量 { $pos } 落在代理对的两半之间
error-offset-reversed = 范围 { $start }..{ $end } 的起止颠倒了
# Word boundaries given by the browser's word segmenter; $error: one of the error-offset messages.
error-word-breaks-offset = 词边界：{ $error }
error-word-breaks-unsorted = 词边界 { $pos } 位于前一个边界（{ $prev }）之前：边界必须按递增顺序排列
error-word-breaks-bad-segmenter = 分词器返回了字节偏移量 { $pos }，它不是其输入的字符边界
# A change to the document that was refused (nothing was changed); $len: the text's length in characters.
error-edit-empty-span = 选区 { $start }..{ $end } 为空：请至少选择一个字符
error-edit-out-of-range = 片段 { $start }..{ $end } 超出了文本末尾（{ $len } 个字符）
error-edit-splits-grapheme = 片段 { $start }..{ $end } 在位置 { $pos } 处把一个字符切成了两半；请将其扩展到完整的字符
# $existing, $id, $from, $to: annotations' or relations' numbers; $label: a label's name; $kind: a relation type.
error-edit-duplicate = 标注 #{ $existing } 已将 { $start }..{ $end } 标记为 { $label }
error-edit-unknown-annotation = 标注 #{ $id } 不存在（可能已被删除）
error-edit-unknown-relation = 关系 #{ $id } 不存在（可能已被删除）
error-edit-self-relation = 关系不能将标注 #{ $id } 与其自身相连
error-edit-duplicate-relation = 从 #{ $from } 到 #{ $to } 的“{ $kind }”关系已存在
error-edit-empty-label = 标签名称为空
error-edit-empty-relation-type = 关系类型为空
error-edit-empty-attribute-key = 属性名为空
# One change of several made together was refused: $item: its place among them (from 1); $error: why (a message above).
error-edit-in-batch = 批量更改中的第 { $item } 项：{ $error }
error-edit-not-a-suggestion = 标注 { $id } 不是待处理的建议
# A label that cannot be added or renamed ($existing, $name: labels' names).
error-label-empty = 标签名称为空
error-label-duplicate = 名为 { $existing } 的标签已存在
error-label-unknown = 没有名为 { $name } 的标签
