# Machine-drafted translation from English (locales/en/team.ftl); a native speaker's review is welcome.
# Spandrel messages: team (Japanese).


## Sync: the header's status and the error under it

sync-off = 同期オフ
sync-paused = 同期を一時停止中：パスワードを入力してください
sync-synced = 同期済み
sync-syncing = 同期中…
sync-offline = オフライン：{ $waiting } 件の変更が待機中
sync-error = 同期エラー
sync-settings-title = チーム同期の設定
sync-settings-button = 同期の設定
sync-try-again = 再試行

## Sync: the settings form

sync-form = チーム同期
sync-form-hint = アノテーションをチームの Kinto サーバーと同期します。作業内容は常にまずこのブラウザーに保存されます。パスワードはこのタブにのみ保持されます（エクスポートや共有リンクには含まれません）。
sync-server = サーバー
sync-server-placeholder = https://kinto.example.org/v1 または /sync/v1
sync-project = プロジェクト
sync-user = ユーザー
sync-password = パスワード
sync-role = 役割
sync-role-annotator = アノテーター
sync-role-curator = キュレーター
sync-role-lead = リーダー
sync-remember = このタブでパスワードを記憶する
sync-apply = 適用
sync-turn-on = 同期をオンにする
sync-now = 今すぐ同期
sync-turn-off = 同期をオフにする
sync-close = 閉じる

## Sync: creating an account, setting up a project

sync-setup-create-account = アカウントを作成
sync-setup-open = プロジェクトを設定…
sync-setup-legend = 上記の名前のプロジェクトを設定する（同期サーバーの管理者）、またはそのメンバーを変更する（リーダー）
sync-setup-admin = 管理者またはリーダー
sync-setup-admin-password = その人のパスワード
sync-setup-leads = リーダー
sync-setup-leads-placeholder = lena
sync-setup-annotators = アノテーター
sync-setup-annotators-placeholder = alice, bob
sync-setup-curators = キュレーター
sync-setup-curators-placeholder = cora
sync-setup-update = 既存のプロジェクトを更新（メンバーと権限）
sync-setup-load = 現在のメンバーを読み込む
sync-setup-submit = プロジェクトを設定
sync-setup-members-loaded = “{ $project }”のメンバーです。変更してから「{ sync-setup-submit }」を押すと更新されます。

## Curator: each annotator's version of the open document, and the gold version

curator-region = キュレーション
curator-open = この文書をキュレーション
curator-not-in-project = この文書はプロジェクトに含まれていません。
curator-edited = { $said }同期しています。
curator-edit-failed = ゴールド版は変更されませんでした：{ $error }
curator-take-span-label = { $who } の { $label } “{ $covered }”をゴールドに取り込む
curator-span-in-gold = ゴールド版に取り込み済み
curator-take-span-title = このスパンをゴールド版に取り込む
curator-version-empty = スパンなし
curator-take-version = ゴールドに取り込む
curator-gold-none = ゴールド：まだありません。上でバージョン全体か個々のスパンを取り込むか、全員が一致したスパンから始めてください。
curator-gold-agreed = 一致したスパンから始める
curator-drop-span-label = { $label } “{ $covered }”をゴールドから削除
curator-drop-span = 削除
curator-gold-adjudicated = ゴールド（裁定済み）
curator-gold-draft = ゴールド（下書き、未裁定）
curator-gold-empty = ：スパンなし
curator-gold-reopen = 再開
curator-gold-mark = 裁定済みにする

## Curator: the agreement of the annotators' versions

curator-agreement-none = 一致度：2 人のアノテーターのバージョンが必要です。
curator-agreement-caption = 一致度（各ペアの 2 番目が基準）
curator-agreement-pair = ペア
curator-agreement-exact = 完全一致 P / R / F1
curator-agreement-overlap = 重なり F1
curator-agreement-kappa = Cohen の κ（トークン）
curator-agreement-pair-row = { $a } 対 { $b }

## Team: progress and adjudication queue (Documents screen)

team-region = チームの進捗
team-open = チームの進捗と裁定
team-sync-off = 同期はオフです。
team-summary = 文書 { $documents } 件、うち裁定済み { $adjudicated } 件（{ $percent }）。ラベルごとの採用済みスパン：{ $labels }。
team-labels-none = まだなし
team-members-caption = アノテーター
team-col-annotator = アノテーター
team-col-assigned = 割り当て
team-col-done = 完了
team-col-skipped = スキップ
team-col-in-progress = 作業中
team-col-last-activity = 最終作業
team-queue-caption = 裁定キュー：複数のバージョンがある文書（不一致の多い順）
team-col-document = 文書
team-col-annotators = アノテーター
team-col-exact-f1 = 完全一致 F1
team-col-overlap-f1 = 重なり F1
team-col-kappa = トークン κ
team-col-gold = ゴールド
team-gold-adjudicated = 裁定済み
team-gold-draft = 下書き
team-gold-todo = 未着手
team-open-doc = 開いて裁定
team-mean-agreement = 重複文書での完全一致スパンの平均一致度：{ $value }。
team-mean-agreement-none = 2 つのバージョンがある文書はまだありません

## Team: the training set

team-training-format = 学習データ（ゴールド、なければ唯一のバージョン、なければ多数決）の形式：
team-training-download = 学習データをダウンロード
team-training-downloaded = 学習データをダウンロードしました：文書 { $n } 件。
team-training-failed = 学習データをエクスポートできませんでした：{ $error }

## Agreement screen: loading annotation files

agreement-plain-text = “{ $name }”はアノテーションのないプレーンテキストです。brat の場合は、対応する .ann ファイルと一緒に選んでください。
agreement-ann-alone = “{ $name }”は brat の .ann ファイルです。同じ名前の .txt ファイルと一緒に選んでください。
agreement-unknown-format = “{ $name }”は Spandrel が認識できるアノテーションファイルではありません（Spandrel JSON、spaCy、doccano、Label Studio、brat .txt + .ann、CoNLL、W3C Web Annotation）。
agreement-unreadable-as = “{ $name }”を { $format } として読み込めませんでした：{ $reason }
agreement-many-documents = “{ $name }”には { $n } 件の文書が含まれています。一致度は 1 つのテキストに対するアノテーションを比較するため、文書が 1 件だけのファイルを選んでください。
agreement-warning = “{ $name }”：{ $warning }
agreement-warning-more = { $warning }（ほか { $n } 件）
agreement-file-unreadable = “{ $name }”を読み込めませんでした：{ $error }
agreement-loaded = アノテーター { $n } 人を読み込みました
agreement-no-document = 開いている文書がありません。
agreement-current-name = 現在の文書：{ $title }
agreement-current-added = 現在の文書の採用済みスパンをアノテーターとして追加しました

## Agreement screen: creating the adjudicated document

agreement-adjudicate-failed = 裁定済み文書を作成できませんでした：{ $error }
agreement-adjudicated-title = 裁定済み：{ $a } + { $b }
agreement-created = 採用済みスパン { $n } 個で“{ $title }”を作成しました。

## Agreement screen: annotators and pairwise scores

agreement-heading = アノテーター間の一致度
agreement-hint = 同じテキストのアノテーションファイルを 2 つ以上読み込んでください（Spandrel JSON、spaCy、doccano、Label Studio、brat .txt + .ann、CoNLL、W3C）。1 つのファイルが 1 人のアノテーターに相当し、採用済みのスパンのみが対象です。各ペアでは 2 番目のアノテーターが基準です。
agreement-load = アノテーションファイルを読み込む…
agreement-files = アノテーションファイル
agreement-use-current = 現在の文書の採用済みスパンを使用
agreement-reading = 読み込み中…
agreement-annotators = アノテーター
agreement-spans = スパン { $n } 個
agreement-remove = { $name } を削除
agreement-need-two = 比較するには 2 人以上のアノテーターを読み込んでください。
agreement-pairwise = ペアごとの一致度
agreement-col-a = A
agreement-col-b = B（基準）
agreement-exact-p = 完全一致 P
agreement-exact-r = 完全一致 R
agreement-exact-f1 = 完全一致 F1
agreement-counts = tp / fp / fn
agreement-counts-title = 真陽性 / 偽陽性 / 偽陰性
agreement-overlap-p = 重なり P
agreement-overlap-r = 重なり R
agreement-overlap-f1 = 重なり F1
agreement-kappa = Cohen の κ（トークン）
agreement-details = 詳細
agreement-compare-label = { $a } と { $b } を比較
agreement-compare = 比較

## Agreement screen: the chosen pair, its disagreements and their decisions

agreement-pair-title = { $a } 対 { $b }（基準）
agreement-per-label = ラベル別
agreement-col-label = ラベル
agreement-disagreements = 不一致
agreement-no-disagreements = この 2 人のアノテーターはすべてのスパンで一致しています。
agreement-decide-all = 一括決定：
agreement-all-a = すべて A
agreement-all-b = すべて B
agreement-all-both = すべて両方
agreement-all-neither = すべてなし
agreement-only-a = A のみ
agreement-only-b = B のみ
agreement-label-differs = ラベルが異なる
agreement-boundary-differs = 境界が異なる
agreement-side-a = A：{ $name }
agreement-side-b = B：{ $name }
agreement-choice-legend = 不一致 { $n } で残すバージョン
agreement-choice-a = A
agreement-choice-b = B
agreement-choice-both = 両方
agreement-choice-neither = なし
agreement-create = 裁定済み文書を作成
agreement-decided = { $n } 件の不一致のうち { $decided } 件を決定済み。一致したスパンは残り、未決定の不一致は除外されます。
