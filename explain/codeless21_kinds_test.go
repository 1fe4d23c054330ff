package explain

import "testing"

// codeless21NonOutcomes are short non-English texts that state no delivery
// outcome: mail folders and menu items, settings labels, other success
// banners, other applications' refusals and errors. The gate refuses them;
// batch 21-codeless's widening was measured on them
// (docs/heldout/heldout21-codeless.md).
var codeless21NonOutcomes = []string{
	// folders and menu items
	"Gesendete Objekte", "Posteingang", "Entwürfe", "Éléments envoyés", "Brouillons", "Elementos enviados", "Borradores", "Posta inviata", "Bozze",
	"Itens enviados", "Rascunhos", "Отправленные", "Черновики", "Wysłane", "Kopie robocze", "Verzonden items", "Concepten", "Gönderilmiş öğeler",
	"Taslaklar", "送信済みアイテム", "下書き", "已发送邮件", "草稿箱", "寄件備份", "보낸편지함", "임시보관함",
	// settings and their banners
	"E-Mail-Einstellungen", "Einstellungen gespeichert", "Erfolgreich gespeichert", "Paramètres enregistrés", "Enregistré avec succès",
	"Configuración guardada", "Guardado correctamente", "Impostazioni salvate", "Salvato con successo", "Configurações salvas", "Salvo com sucesso",
	"Настройки сохранены", "Успешно сохранено", "Ustawienia zapisane", "Instellingen opgeslagen", "Ayarlar kaydedildi", "設定を保存しました",
	"保存しました", "ログインしました", "设置已保存", "保存成功", "登录成功", "設定已儲存", "설정이 저장되었습니다", "저장 완료",
	"Domain-Einstellungen", "Paramètres du domaine", "ドメイン設定", "域名设置", "Neues Postfach anlegen", "Créer une boîte aux lettres", "Crear buzón",
	"Postfachgröße: 2 GB", "邮箱容量：2G",
	// other things delivered, paid or refused
	"Zahlung erfolgreich", "Paiement réussi", "Pago realizado", "Pagamento riuscito", "Оплата прошла успешно", "支付成功", "決済完了", "결제 완료",
	"Pedido entregado", "Paket zugestellt", "Colis livré", "Bestellung versendet", "Commande expédiée", "Pedido enviado", "注文を発送しました", "订单已发货",
	"Zahlung abgelehnt", "Accès refusé", "Zugriff verweigert", "Доступ запрещен", "访问被拒绝", "アクセスが拒否されました",
	"Zahlung blockiert", "Pagamento bloccato", "Cartão bloqueado", "Karta zablokowana",
	// other errors
	"Unbekannter Fehler", "Erreur inconnue", "Error desconocido", "Errore sconosciuto", "Неизвестная ошибка", "未知错误", "不明なエラー", "알 수 없는 오류",
	"Formato de fecha no válido", "Ungültiges Datumsformat", "日付の形式が正しくありません", "日期格式错误",
	"スパムフォルダ",
}

func TestKindCodeless21NonOutcomesRefused(t *testing.T) {
	for _, in := range codeless21NonOutcomes {
		if e, err := explainOne(in); err == nil {
			t.Errorf("%q: explained as %s/%s (rule %q), want the gate to refuse it", in, e.Category, e.Class, e.Rule)
		}
	}
}

// A localized status label alone is a delivery's status, as English
// "Delivered", "Rejected" and "Retrying" are: a success, a refusal or
// failure without its cause (unknown, permanent), a delay (unknown,
// transient); also as a status field's value.
func TestKindCodeless21StatusLabels(t *testing.T) {
	checkKinds(t, []kindCase{
		{"送信完了", Success, ClassSuccess},
		{"已投递", Success, ClassSuccess},
		{"배달 완료", Success, ClassSuccess},
		{"Ausgeliefert", Success, ClassSuccess},
		{"Livré", Success, ClassSuccess},
		{"Entregado con éxito", Success, ClassSuccess},
		{"Recapitato", Success, ClassSuccess},
		{"Entregue com sucesso", Success, ClassSuccess},
		{"Успешно доставлено", Success, ClassSuccess},
		{"Dostarczono pomyślnie", Success, ClassSuccess},
		{"Succesvol afgeleverd", Success, ClassSuccess},
		{"İletildi", Success, ClassSuccess},
		{"Status: Zugestellt", Success, ClassSuccess},
		{"不達", Unknown, ClassPermanent},
		{"已退回", Unknown, ClassPermanent},
		{"반송됨", Unknown, ClassPermanent},
		{"Zurückgewiesen", Unknown, ClassPermanent},
		{"Non distribué", Unknown, ClassPermanent},
		{"Rebotado", Unknown, ClassPermanent},
		{"Respinto", Unknown, ClassPermanent},
		{"Recusado", Unknown, ClassPermanent},
		{"Не доставлено", Unknown, ClassPermanent},
		{"Niet bezorgd", Unknown, ClassPermanent},
		{"Teslim edilemedi", Unknown, ClassPermanent},
		{"再送待ち", Unknown, ClassTransient},
		{"排队中", Unknown, ClassTransient},
		{"전송 대기", Unknown, ClassTransient},
		{"In der Warteschlange", Unknown, ClassTransient},
		{"Distribution retardée", Unknown, ClassTransient},
		{"Entrega diferida", Unknown, ClassTransient},
		{"Consegna differita", Unknown, ClassTransient},
		{"Entrega adiada", Unknown, ClassTransient},
		{"Ожидает отправки", Unknown, ClassTransient},
		{"W kolejce", Unknown, ClassTransient},
		{"Bezorging vertraagd", Unknown, ClassTransient},
		{"Kuyrukta", Unknown, ClassTransient},
	})
}

// A reason label's concept in a language whose words the sentence families
// lacked: a bare address or a user with "unknown" ("不明", "bilinmeyen"), a
// domain unknown or invalid, an account stopped, an address's format, a
// server that cannot be reached, a connection's time limit, too many
// sends, a message too big, a refusal of the sender, the recipient or the
// sending IP, the volume at its limit, the server's capacity, a moved
// mailbox, a full mailbox, a bare "blocked", spam detected.
func TestKindCodeless21Labels(t *testing.T) {
	checkKinds(t, []kindCase{
		{"ユーザー不明", UserUnknown, ClassPermanent},
		{"Bilinmeyen kullanıcı", UserUnknown, ClassPermanent},
		{"Adresse introuvable", UserUnknown, ClassPermanent},
		{"Indirizzo sconosciuto", UserUnknown, ClassPermanent},
		{"Endereço desconhecido", UserUnknown, ClassPermanent},
		{"宛先ドメイン不明", HostUnknown, ClassPermanent},
		{"Bilinmeyen etki alanı adı", HostUnknown, ClassPermanent},
		{"域名无效", HostUnknown, ClassPermanent},
		{"ユーザー利用停止", MailboxDisabled, ClassPermanent},
		{"收件地址格式不正确", Syntax, ClassPermanent},
		{"이메일 형식 오류", Syntax, ClassPermanent},
		{"Format de l'adresse incorrect", Syntax, ClassPermanent},
		{"Formato dell'indirizzo errato", Syntax, ClassPermanent},
		{"Adres formatı hatalı", Syntax, ClassPermanent},
		{"对方服务器不可达", Network, ClassTransient},
		{"Servidor de destino inalcanzable", Network, ClassTransient},
		{"Délai de connexion expiré", Network, ClassTransient},
		{"送信件数の上限超過", RateLimited, ClassTransient},
		{"Limite d'envois atteinte", RateLimited, ClassTransient},
		{"Demasiados envíos por hora", RateLimited, ClassTransient},
		{"郵件大小超限", MessageTooBig, ClassPermanent},
		{"Wiadomość jest za duża", MessageTooBig, ClassPermanent},
		{"発信元拒否", Policy, ClassPermanent},
		{"收件者被拒", Policy, ClassPermanent},
		{"发信IP被拒", Reputation, ClassPermanent},
		{"受信数が上限を超えました", RateLimited, ClassTransient},
		{"サーバー容量不足", ServerError, ClassTransient},
		{"邮箱已迁移", Moved, ClassPermanent},
		{"Caixa postal lotada", MailboxFull, ClassPermanent},
		{"Postbak vol", MailboxFull, ClassPermanent},
		{"Geblokkeerd door filter", Policy, ClassPermanent},
		{"迷惑メールとして判定", SpamContent, ClassPermanent},
		{"스팸 판정", SpamContent, ClassPermanent},
	})
}

// The kinds of held-out batch 21-codeless in new wording: a bounce's class
// named in another language (an outcome and its class), a status constant
// explained after a dash, a wrong address, the part after the @, a server
// down, a communication failure or time-out, the server's technical
// trouble, a server's filter, an IP block, the content or an attachment
// refused, a tight mailbox, a delivery said in a sentence (and negated), an
// absent address, no answer in time, a delivery service's states in
// Chinese, an account not active, Japanese "could not deliver" in its
// humble form.
func TestKindCodeless21BatchKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		{"ソフトバウンス：受信側の一時的な問題", Unknown, ClassTransient},
		{"하드 바운스", Unknown, ClassPermanent},
		{"Rebote duro", Unknown, ClassPermanent},
		{"Rimbalzo temporaneo", Unknown, ClassTransient},
		{"Жёсткий возврат", Unknown, ClassPermanent},
		{"恒久的な不達: 宛先ドメイン不明", HostUnknown, ClassPermanent},
		{"BOUNCED — письмо вернулось отправителю", Unknown, ClassPermanent},
		{"SENT – wiadomość przekazana do wysyłki", Success, ClassSuccess},
		{"Adresse erronée", UserUnknown, ClassPermanent},
		{"Dirección errónea", UserUnknown, ClassPermanent},
		{"宛先アドレスの誤り", UserUnknown, ClassPermanent},
		{"@の後ろが誤り", HostUnknown, ClassPermanent},
		{"Servidor de destino fuera de línea", Network, ClassTransient},
		{"Serveur destinataire hors ligne", Network, ClassTransient},
		{"通信障害により送信が中断", Network, ClassTransient},
		{"Problèmes techniques sur le serveur du destinataire", ServerError, ClassTransient},
		{"サーバーのディスク容量不足", ServerError, ClassTransient},
		{"Filtré par le serveur destinataire", Policy, ClassPermanent},
		{"Blocco IP", Reputation, ClassPermanent},
		{"Contenido del mensaje rechazado", SpamContent, ClassPermanent},
		{"本文が拒否されました", SpamContent, ClassPermanent},
		{"附件被拒", Policy, ClassPermanent},
		{"受信箱の容量が逼迫", MailboxFull, ClassPermanent},
		{"Il messaggio è stato recapitato", Success, ClassSuccess},
		{"Сообщение было доставлено", Success, ClassSuccess},
		{"Il messaggio non è stato recapitato", Unknown, ClassPermanent},
		{"宛先不在", UserUnknown, ClassPermanent},
		{"응답 지연", Network, ClassTransient},
		{"邮件投递中", Unknown, ClassTransient},
		{"被對方退回", Unknown, ClassPermanent},
		{"La cuenta no está activa", MailboxDisabled, ClassPermanent},
		{"メールをお届けすることが出来ませんでした", Unknown, ClassPermanent},
	})
}

// The kinds of held-out batch 21-codeless b in new wording: a bounce's
// class in Traditional Chinese, the user and "unknown" in Chinese, a wrong
// domain, a connection count at its limit, an automatic reply (a delivery;
// its settings are no outcome), the content refused in Traditional
// Chinese, Gmail's security-issue refusal in other languages.
func TestKindCodeless21BatchBKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		{"軟彈回", Unknown, ClassTransient},
		{"硬退件：收件者不存在", UserUnknown, ClassPermanent},
		{"未知使用者", UserUnknown, ClassPermanent},
		{"域名错误", HostUnknown, ClassPermanent},
		{"同时连接数超过上限", RateLimited, ClassTransient},
		{"自動返信: 休暇中です", Success, ClassSuccess},
		{"Risposta automatica: fuori ufficio", Success, ClassSuccess},
		{"信件內容被拒絕", SpamContent, ClassPermanent},
		{"Nachricht blockiert: der Inhalt stellt ein mögliches Sicherheitsproblem dar", Virus, ClassPermanent},
	})
	for _, in := range []string{"自動返信の設定", "Abwesenheitsnotiz einrichten", "未知错误"} {
		if e, err := explainOne(in); err == nil {
			t.Errorf("%q: explained as %s/%s (rule %q), want it refused", in, e.Category, e.Class, e.Rule)
		}
	}
}
