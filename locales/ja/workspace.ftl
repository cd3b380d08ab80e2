# Machine-drafted translation from English (locales/en/workspace.ftl); a native speaker's review is welcome.
# Spandrel messages: workspace (Japanese).


## Workspace: the window's listeners (other tabs, leaving the page, files dropped on the window)

workspace-other-tabs-off = 他のタブでの変更は、再読み込みするまでここに反映されません（{ $error }）。
workspace-unload-guard-off = 未保存の編集があっても、タブを閉じるときに警告されません（{ $error }）。
workspace-page-hidden-off = ページを離れる直前の編集は保存されない可能性があります（{ $error }）。
workspace-window-drop-off = ウィンドウへのファイルのドロップは使用できません（{ $error }）。「文書」→「ファイルを開く」を使ってください。
workspace-read-only-add = この共有文書は読み取り専用です。ファイルを追加する前に、コピーをワークスペースに保存してください。
workspace-file-unreadable = “{ $name }”を読み込めませんでした：{ $error }

## Workspace: the Documents screen

workspace-heading = 文書
workspace-storage-unavailable = ブラウザーのストレージを使用できません。このタブでは文書の一覧表示も保存もできません。

## Workspace: deleted documents (undo)

workspace-deleted = “{ $title }”を削除しました。
workspace-restore = 復元

## Workspace: filters, sorting and bulk status

workspace-filters = 文書を絞り込み
workspace-filter-status = 状態
workspace-filter-by-status = 状態で絞り込み
workspace-status-any = すべて
workspace-status-not-done = 未完了
workspace-status-to-do = 未処理（新規または作業中）
workspace-filter-label = ラベル
workspace-filter-by-label = ラベルで絞り込み
workspace-label-any = すべて
workspace-filter-text = テキスト
workspace-filter-by-text = テキストで絞り込み
workspace-filter-text-placeholder = タイトルまたは本文
workspace-sort = 並べ替え
workspace-sort-documents = 文書を並べ替え
workspace-sort-position = コーパス順
workspace-sort-modified = 最終更新日時
workspace-doc-count = 文書 { $n } 件
workspace-doc-count-matching = { $total } 件中 { $n } 件が一致
# Followed by the number selected, then “as” and a button per status.
workspace-mark = 一括設定：
workspace-selected = 選択した { $n } 件を
workspace-mark-as = 次の状態に
# Followed by a button per status.
workspace-mark-all-matching = 一致するすべての文書を次の状態に
# Said to screen readers; $status is the status's name in lower case.
workspace-marking = { $n } 件の文書を { $status } に設定しています

## Workspace: the documents table

workspace-table-caption = このブラウザー内の文書
workspace-select-page = このページをすべて選択
workspace-col-title = タイトル
workspace-col-labels = ラベル
workspace-col-suggestions = 候補（採用済み / 保留中）
workspace-col-status = 状態
workspace-col-modified = 更新日時
workspace-col-actions = 操作
workspace-col-assigned = 担当者
workspace-empty = まだ文書がありません。下で追加してください。
workspace-no-match = 条件に一致する文書はありません。
workspace-pages = ページ
workspace-previous-page = ◀ 前のページ
workspace-page-of = { $page } / { $pages } ページ
workspace-next-page = 次のページ ▶

## Workspace: assigning documents to annotators (a synced lead)

workspace-assign-overlap-invalid = 重複率“{ $value }”はパーセントの数値ではありません
workspace-assign-k-invalid = “{ $value }”はアノテーター数として有効な数値ではありません
workspace-assign-legend = 文書をアノテーターに割り当て
workspace-assign-names = アノテーター（アカウント名）
# Example account names.
workspace-assign-names-placeholder = alice, bob
workspace-assign-overlap = 重複率（文書の %）
workspace-assign-k = 重複文書あたりのアノテーター数
workspace-assign-auto = すべて自動で割り当て
workspace-assign-selected = 選択した { $n } 件をこれらのアノテーターに割り当て

## Workspace: a document's row

workspace-select-doc = { $title } を選択
workspace-open-badge = （表示中）
workspace-new-title = 新しいタイトル
workspace-status-of = { $title } の状態
workspace-open = 開く
workspace-rename = 名前を変更
workspace-duplicate = 複製
workspace-delete = 削除

## Workspace: storage usage

workspace-storage = ストレージ
workspace-storage-used = ストレージ使用量
# $used and $quota are sizes (“12.5 KB”), $percent has one decimal.
workspace-usage-of-quota = 約 { $quota } 中 { $used } を使用（{ $percent }%）
workspace-usage = { $used } を使用
workspace-usage-unknown = ストレージ使用量が不明です：{ $error }

## Workspace: adding documents

workspace-add-heading = 文書を追加
workspace-add-title = タイトル
workspace-add-text = テキスト
workspace-add-submit = 文書を追加
workspace-open-files = ファイルを開く（.txt、.md、.html、.json、.jsonl …）
workspace-drop-hint = ウィンドウのどこにでもファイルをドロップして追加することもできます。

## Workspace: recovery of entries set aside

workspace-recovery = 復旧
workspace-recovery-list-failed = 退避した項目を一覧表示できませんでした：{ $error }
workspace-recovery-none = 退避した項目はありません。保存されたすべての項目を読み込めました。
workspace-recovery-intro = 以下の保存項目は読み込めなかったため、退避されました。ダウンロードして内容を手作業で復旧するか、破棄してください。
workspace-recovery-download = ダウンロード
workspace-download-failed = ダウンロードに失敗しました：{ $error }
workspace-recovery-discard = 破棄
workspace-recovery-confirm = 破棄を確定
workspace-recovery-discard-question = 完全に破棄しますか？
workspace-recovery-yes = はい、破棄します
workspace-recovery-keep = 残す
workspace-not-discarded = 破棄されませんでした：{ $error }

## Transfer: start (offline files, share links)

transfer-update-available = Spandrel の新しいバージョンがあります。ページを再読み込みすると使用できます。
transfer-offline-install-failed = オフライン利用は無効です：オフライン用のファイルをインストールできませんでした（{ $error }）。
transfer-offline-off = オフライン利用は無効です：{ $error }。
transfer-link-not-opened = 共有リンクを開けませんでした：{ $error }
transfer-link-invalid = 共有リンクを開けませんでした：{ $error }。代わりにあなたのワークスペースを開きました。ワークスペースは何も変更されていません。

## Transfer: the header's buttons

transfer-read-only-banner = 共有文書 — 読み取り専用
transfer-save-copy = コピーをワークスペースに保存
transfer-import = インポート
transfer-export = エクスポート
transfer-share = 共有

## Transfer: export

transfer-no-document = 開いている文書がありません
transfer-storage-unavailable = このブラウザーではストレージを使用できません
# A document that could not be loaded: its id, then why.
transfer-doc-not-loaded = “{ $id }”：{ $error }
transfer-none-done = 完了にした文書がまだありません
transfer-exported = { $docs } 件の文書を { $files } 個のファイルにエクスポートしました（{ $format }）。
transfer-export-failed = エクスポートに失敗しました：{ $error }
transfer-export-title = エクスポート
transfer-export-what = 対象
transfer-scope-current = 現在の文書
transfer-scope-all = ワークスペース全体
transfer-scope-done = 完了した文書のみ
transfer-scope-count = （{ $n } 件の文書）
transfer-format = 形式
transfer-export-format = エクスポート形式
transfer-include-suggestions = 候補を含める
transfer-include-rejected = 却下したスパンを含める
transfer-lossy-hint = この形式はテキスト、スパン、ラベルを保持します。メモ、状態、関係はすべては保持されない場合があります（README を参照）。
transfer-download = ダウンロード

## Transfer: share by link

transfer-share-title = リンクで共有
transfer-share-intro = リンクを知っている人は誰でも、この文書を読み取り専用で閲覧できます。文書はリンク自体に含まれ、サーバーは使用しません。
transfer-include-pending = 保留中の候補を含める
transfer-no-link = リンクを作成できません：{ $error }
transfer-link = リンク
transfer-link-length = { $n } 文字
transfer-link-copied = リンクをコピーしました
transfer-copy-failed = リンクをコピーできませんでした（{ $error }）。「リンク」欄で選択して、手動でコピーしてください。
transfer-copy-link = リンクをコピー
transfer-download-instead = 代わりに Spandrel ファイルとしてダウンロード

## Transfer: import

transfer-import-title = インポート
transfer-import-unreadable = インポート：“{ $name }”を読み込めませんでした：{ $error }
transfer-files = ファイル（ここにドロップすることもできます）
transfer-reading = 読み込み中…
transfer-import-format = インポート形式
transfer-detect = 自動検出
transfer-plain-text = プレーンテキスト（ファイルをそのまま）
transfer-offsets = オフセット
transfer-offset-unit = オフセットの単位
transfer-offsets-as-format = 形式の指定どおり
transfer-code-points = コードポイント
transfer-utf16 = UTF-16 コード単位
transfer-choose-files = ファイルを 1 つ以上選んでください。確定するまで何も追加されません。
transfer-import-button = インポート
# $formats: format names (“CoNLL”, “JSON”…).
transfer-problems = これらのファイルは { $formats } としてインポートできません：問題が { $n } 件あります。何も変更されていません。
transfer-import-partial = 有効な部分をインポート
transfer-read-as = { $formats } として読み込みました：追加する文書は { $n } 件です。
# After a document's title.
transfer-doc-spans = — スパン { $n } 個
transfer-add-labels = 次のラベルをスキーマに追加：
transfer-warnings = 警告：

## A document's status, as the Documents screen shows it (keys: the stored value)

workspace-status-label = { $status ->
    [new] 新規
    [inprogress] 作業中
    [done] 完了
   *[skipped] スキップ
}

## Sharing: advice on the link's length

transfer-advice-ok = このリンクはどこにでも貼り付けられます。
transfer-advice-long = このリンクは長いため、チャットアプリやメールで途中が切れることがあります。ファイルとして送るか、候補なしで共有してください。
transfer-advice-too-long = この文書はリンクにするには大きすぎます（ブラウザーが受け付けません）。代わりにファイルとしてエクスポートしてください。
