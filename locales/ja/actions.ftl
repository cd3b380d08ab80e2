# Machine-drafted translation from English (locales/en/actions.ftl); a native speaker's review is welcome.
# Spandrel messages: actions (Japanese).


## Agreement

act-agreement-different-text = “{ $name }”は“{ $first }”とは異なるテキストに対するアノテーションです（{ $at } 文字目からテキストが異なります：{ $theirs } 文字 対 { $ours } 文字）。すべてのアノテーターが同じテキストにアノテーションする必要があります。

## Assigning documents

act-assign-no-documents = 割り当てる文書がありません
act-assign-select-first = 先に割り当てる文書を選択してください
act-assign-failed = { $n } 件の文書を割り当てられませんでした：{ $error }
# One annotator's load in the summary: a name and how many documents.
act-assign-load = { $who } { $n }
act-assign-loads-none = なし
act-assign-done = { $changed } 件の文書を { $members } 人のアノテーターに割り当てました。アノテーターごとの文書数：{ $loads }。複数人に割り当てた文書：{ $overlapped } 件。

## Corpus work: suggestions prepared ahead, Done → next, Previous / Next

act-corpus-unreadable = { $n } 件の文書で候補を準備できませんでした：{ $error }
act-corpus-ahead-failed = 候補を事前に準備できませんでした：{ $error }
act-corpus-nothing-left = すべての文書が完了またはスキップ済みです。残りの作業はありません。
act-corpus-last = これが最後の文書です。
act-corpus-first = これが最初の文書です。
# Announced when a document opens: its place in the corpus and its title.
act-corpus-position = 文書 { $pos } / { $n }：{ $title }

## Editing: commands, labels armed, the focused span, the label list

act-edit-read-only = この共有文書は読み取り専用です。編集するにはコピーを保存してください。
act-edit-label-disarmed = ラベルの選択を解除しました
act-edit-label-armed = { $label } を選択中：単語をクリックするとラベルを付けます
# The focused span, announced: its label and its text; a suggestion's score has two decimals.
act-edit-describe = { $label } “{ $text }”
act-edit-describe-suggested = { $label } “{ $text }” 候補、スコア { $score }
act-edit-describe-rejected = { $label } “{ $text }” 却下済み
act-edit-label-added = ラベル { $label } を追加しました
act-edit-label-not-added = ラベルは追加されませんでした：{ $error }。
act-edit-label-not-renamed = ラベルの名前は変更されませんでした：{ $error }。

## Suggestions from the extraction worker

act-extract-model-failed = エンティティモデルを読み込めませんでした（{ $error }）。候補は無効です。
act-extract-not-added = 候補を追加できませんでした：{ $error }
act-extract-added = 候補を { $n } 件追加しました

## Learning from the annotator's decisions

act-learn-sources-failed = これまでの判定から候補を学習できません（{ $error }）。同梱モデルから開始します。
act-learn-unreadable = 文書 { $n } 件を読み込めなかったため、それらから候補を学習できません：{ $error }
act-learn-rebuild-failed = これまでの判定から候補を学習できませんでした：{ $error }
act-learn-doc-failed = この文書から候補を学習できませんでした：{ $error }
act-learn-follow-failed = 候補を最新の状態にできませんでした：{ $error }
act-learn-refresh-failed = 候補を最新の状態にできませんでした：{ $error }
act-learn-forget-failed = 候補の学習内容を消去できませんでした：{ $error }
act-learn-forget-storage-failed = 候補の学習内容をストレージから削除できませんでした：{ $error }
act-learn-forgotten = 候補の学習内容を消去しました。候補は再び同梱モデルから作られます。

## Word boundaries

act-library-segmenter-failed = 中国語、日本語、タイ語のテキストの単語境界を使用できません（{ $error }）。これらのテキストでは、選択範囲は選んだとおりに保持されます。

## Opening: boot, open by id, add and open

act-open-quarantined = 保存された項目を読み込めなかったため、復旧用に退避しました：{ $reason }
act-open-migrated = 保存された作業をストレージバージョン { $version } からアップグレードしました。
act-open-load-failed = 保存された作業を読み込めませんでした（{ $error }）。このタブでは変更が保存されません。
act-open-not-saved = “{ $title }”を保存できませんでした：{ $error }
act-open-failed = 文書を開けませんでした：{ $error }
act-open-no-storage = このブラウザーではストレージを使用できません。
act-open-ahead-failed = この文書用に準備された候補を追加できませんでした：{ $error }
act-open-predates-unknown = この文書の候補が最新かどうか不明です：{ $error }
act-open-last-open-failed = 開いている文書を記憶できませんでした：{ $error }

## The queue's ranking

act-queue-unreadable = 順位付けのために { $n } 件の文書を読み込めなかったため、それらはコーパス内の位置のままです：{ $error }
act-queue-rank-failed = キューを順位付けできませんでした（現在の順序のままです）：{ $error }

## Relations: link mode and relation types

act-relations-cancelled = リンクを取り消しました
act-relations-no-type = 先に関係の種類を追加してください（「関係」の「種類を追加」）。
act-relations-linking-from = “{ $text }”からリンク中：Tab で対象のスパンに移動して Enter を押すか、クリックしてください。Esc で取り消し。
act-relations-link-mode = リンクモード：起点のスパン、次に対象のスパンをクリックしてください。Esc で取り消し。
act-relations-choose-target = “{ $text }”からリンク中：対象のスパンを選んでください。
act-relations-same-span = 対象には別のスパンを選んでください。
# A link made: the source span's text, the target's, and the relation type.
act-relations-linked = “{ $from }” → “{ $to }”をリンクしました（{ $kind }）
act-relations-new-source = “{ $text }”からリンク中：Tab で対象のスパンに移動して Enter を押してください。
act-relations-focus-first = 先に Tab でスパンにフォーカスしてください。
act-relations-type-name-first = 先に関係の種類の名前を入力してください。
act-relations-type-exists = 関係の種類“{ $kind }”はすでに存在します。
act-relations-type-added = 関係の種類“{ $kind }”を追加しました

## Review mode

act-review-read-only = この共有文書は読み取り専用です。候補をレビューするにはコピーを保存してください。
act-review-off = レビューモードを終了しました
act-review-waiting = この文書の候補を待っています…
act-review-all-decided = この文書の候補はすべて判定済みです。Enter：完了 → 次へ。
act-review-skipped-left = スキップした候補が { $n } 件残っています。Enter：次の文書へ。Tab：スキップした候補をもう一度確認。

## Saving and merging with another tab's write

act-save-room-again = ストレージに空きができました。編集内容は保存されています。
act-save-storage-full = ストレージがいっぱいです。最新の編集は画面上に残っていますが、保存されていません。この文書をエクスポートする（「エクスポート」）か、不要になった文書を削除してください。保存は成功するまで再試行されます。
act-save-failed = 保存されませんでした：{ $error }
# $json: what could not be placed, as JSON (shown so that it is not lost).
act-save-leftovers-lost = 別のタブとのマージで配置できなかった内容を保持できませんでした（{ $error }）。その内容：{ $json }
act-save-merged = 別のタブでの変更をあなたの変更とマージしました。
# $conflicts: the first five conflicts described, joined by “; ”; $more: act-save-conflicts-more or
# nothing; $aside: act-save-conflicts-aside or nothing.
act-save-conflicts = この文書は別のタブでも変更されました。両方の変更を残しています。{ $conflicts }{ $more }。{ $aside }
act-save-conflicts-more = （ほか { $n } 件）
act-save-conflicts-aside = 配置できなかった内容は退避しました。「文書」→「復旧」からダウンロードできます。
act-save-settings-failed = 設定は保存されませんでした：{ $error }

## Export and shared links

act-transfer-words-failed = “{ $title }”の単語を特定できませんでした（{ $error }）
act-transfer-copy-saved = “{ $title }”をワークスペースに保存しました。編集できるようになりました。

## Team sync: queueing, settings, pulled changes

act-sync-stage-failed = この変更を同期キューに入れられませんでした（ここには保存されています）：{ $error }
act-sync-schema-stage-failed = ラベルをプロジェクト向けのキューに入れられませんでした（ここには保存されています）：{ $error }
act-sync-removal-stage-failed = 削除をプロジェクト向けのキューに入れられませんでした：{ $error }
act-sync-settings-unreadable = このブラウザーに保存された同期設定を読み込めません（{ $error }）。もう一度入力してください
act-sync-online-failed = ネットワークが復帰しても、同期はそれを自動では検知しません：{ $error }
act-sync-password-unreadable = 記憶したパスワードを読み込めませんでした：{ $error }
act-sync-is-off = 同期はオフです：{ $error }
act-sync-enter-password = 同期サーバーのあなたのアカウントのパスワードを入力してください
act-sync-settings-not-written = 設定を書き込めませんでした：{ $error }
act-sync-settings-not-kept = 設定を保持できませんでした：{ $error }
act-sync-password-not-remembered = このタブでパスワードを記憶できませんでした：{ $error }
act-sync-settings-not-removed = 同期設定を削除できませんでした：{ $error }
act-sync-password-not-removed = 記憶したパスワードを削除できませんでした：{ $error }
act-sync-off = 同期はオフです
act-sync-retry-failed = 拒否された変更を再びキューに入れられませんでした：{ $error }
# $key: which record (a document or the labels); $conflicts: the conflicts described, joined by “; ”.
act-sync-merge-conflicts = { $key } は同期サーバーでも変更されました。両方のバージョンを残しています：{ $conflicts }
# $json: what could not be placed, as JSON (shown so that it is not lost).
act-sync-leftovers-lost = サーバーとのマージで配置できなかった内容を保持できませんでした（{ $error }）。その内容：{ $json }
act-sync-removed-unreadable = プロジェクトから削除された文書をここで読み込めませんでした：{ $error }
act-sync-removed-kept = “{ $title }”はプロジェクトから削除されました。あなたの作業を含むコピーはこのブラウザーに残っています。
act-sync-removed = “{ $title }”はプロジェクトから削除されました。
act-sync-removed-not-deleted = プロジェクトから削除された文書をここで削除できませんでした：{ $error }
act-sync-labels-arrived = プロジェクトのラベルを同期サーバーから受信しました。
act-sync-change-not-saved = 同期サーバーからの変更をここに保存できませんでした：{ $error }
act-sync-doc-not-saved = 同期サーバーからの文書をここに保存できませんでした：{ $error }
act-sync-change-unreadable = 同期サーバーからの変更をここで読み込めませんでした：{ $error }

## Team sync: the curator's gold version ($who: an annotator's account name)

act-sync-gold-no-version = { $who } のこの文書のバージョンは（まだ）ここにありません
act-sync-gold-no-span = そのスパンはアノテーターのバージョンにもうありません
act-sync-gold-none = ゴールド版はまだありません。先にバージョンかスパンを取り込んでください
act-sync-gold-nothing-worked = この文書はまだ誰も作業していません
act-sync-gold-took-version = { $who } のバージョンが裁定済みのゴールド版になりました。
act-sync-gold-took-span = { $who } の { $label } “{ $text }”をゴールド版に取り込みました。
act-sync-gold-dropped = { $label } をゴールド版から削除しました。
act-sync-gold-agreed = 全アノテーターが一致した { $n } 個のスパンで、ゴールド版の下書きを作成しました。
act-sync-gold-marked = 裁定済みにしました。
act-sync-gold-reopened = 再開しました：ゴールド版は再び下書きになりました。

## Team sync: setting up a project, accounts, the training set

act-sync-project-ready = プロジェクト“{ $project }”の準備ができました：リーダー { $leads } 人、アノテーター { $annotators } 人、キュレーター { $curators } 人。各メンバーは、このプロジェクト名と自分の役割で同期をオンにしてください。
act-sync-setup-stopped = 設定が完了前に停止しました
act-sync-account-enter-first = 先に希望するユーザー名とパスワードを入力してください
act-sync-account-created = アカウント“{ $user }”を作成しました。プロジェクトのリーダーに、プロジェクトへの追加を依頼してください。
act-sync-account-refused = 同期サーバーは“{ $user }”を作成しませんでした：名前がすでに使われているか、このサーバーではアカウントを作成できません
# $status: the HTTP status code; $message: what the server said.
act-sync-account-http = 新しいアカウントに対して、同期サーバーが HTTP { $status } を返しました：{ $message }
act-sync-unreachable = 同期サーバーに接続できません：{ $error }
act-sync-nothing-worked = プロジェクトの文書はまだ誰も作業していません

## The Documents screen: adding files and text, rename, status, duplicate, delete, other tabs

act-workspace-file-not-added = “{ $file }”は追加されませんでした：{ $error }。何も保存されていません。
act-workspace-import-as-text = プレーンテキストとしてインポート
# $needed, $free: sizes (act-workspace-size-…); $fit: how many documents would fit.
act-workspace-no-room = この { $n } 件の文書にはブラウザーのストレージが約 { $needed } 必要ですが、空きは { $free } しかありません（このブラウザーはサイトごとに約 10 MB まで保存します）。何もインポートされていません。ファイルを { $fit } 件以下の文書ずつに分割するか、作業を終えた文書をエクスポートして（「エクスポート」→「ワークスペース全体」）削除し、空きを作ってください。
act-workspace-importing = インポート中：{ $total } 件中 { $saved } 件の文書を保存済み
# $labels: the new labels' names, joined by “, ”.
act-workspace-new-labels = ファイルからの新しいラベル：{ $labels }。
# $titles: the first five titles, each in “ ”, joined by “, ”; $more: act-workspace-added-more or nothing.
act-workspace-added = { $n } 件の文書を追加しました：{ $titles }{ $more }。
act-workspace-added-more = { " " }ほか { $n } 件
act-workspace-added-count = { $n } 件の文書を追加しました
act-workspace-paste-empty = 文書を追加するには、テキストを貼り付けるか入力してください。
act-workspace-added-one = “{ $title }”を追加しました。
act-workspace-title-needed = 文書にはタイトルが必要です。
act-workspace-not-renamed = 名前は変更されませんでした：{ $error }
# A document status inside a sentence (“Marked 3 document(s) as done.”).
act-workspace-status-name = { $status ->
    [new] 新規
    [inprogress] 作業中
    [done] 完了
   *[skipped] スキップ
}
act-workspace-not-marked = { $n } 件の文書を{ $status }にできませんでした：{ $error }
act-workspace-marked = { $n } 件の文書を{ $status }にしました。
act-workspace-status-not-changed = 状態は変更されませんでした：{ $error }
act-workspace-duplicated = 文書を複製しました
act-workspace-not-duplicated = 複製されませんでした：{ $error }
act-workspace-not-deleted = 削除されませんでした：{ $error }
act-workspace-deleted = “{ $title }”を削除しました
act-workspace-restored = “{ $title }”を復元しました
act-workspace-not-restored = “{ $title }”を復元できませんでした：{ $error }
act-workspace-reread-failed = 文書の一覧を再読み込みできませんでした：{ $error }
act-workspace-deleted-elsewhere = “{ $title }”は別のタブで削除されました。ここでは開いたままです。編集すると再び保存されます。または、別の文書を開いてください。
act-workspace-other-tab-unreadable = 別のタブでの変更を読み込めませんでした：{ $error }
act-workspace-other-tab-unlisted = 別のタブで変更された文書を一覧に表示できませんでした：{ $error }
act-workspace-other-tab-labels = 別のタブで変更されたラベルを読み込めませんでした：{ $error }
# A size: $size has one decimal.
act-workspace-size-mb = { $size } MB
act-workspace-size-kb = { $size } KB
act-workspace-size-bytes = { $n } バイト

## The keyboard

key-selected = “{ $text }”を選択しました
key-selection-failed = その選択範囲は使用できません：{ $error }
