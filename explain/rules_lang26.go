package explain

// Rules of batch 26 helper lang26 (issue 10); see docs/heldout/heldout26-lang.md.
//
// Batch 26-lang aimed at the kinds heldout25's non-English rows missed:
// delivery tools' reason labels, sending services' class words as their
// localized dashboards and documentation tables word them ("Doux", "Leve",
// "Morbido", "ソフト", "软", "柔和", "weich", "blando", "мягкий"), sender-side
// concepts, and RFC 5321's texts translated. The misses were the class
// words (read as the category's default class), an "invalid domain"
// label read as an unknown user, a sender whose domain does not exist read
// as the recipient's domain, relaying "not permitted" read as a block,
// and Korean and Dutch words the families lacked. The tables widened are
// marked "batch 26-lang" where they are defined.

var (
	// lang26SoftClass: a sending service's class word "soft" as its
	// localized dashboards and documentation tables put it: a table's last
	// cell ("| Doux |", "| Leve |", "| Morbido |", "| ソフト |", "| 软 |",
	// "| 柔和 |": Adobe's machine-translated suppression tables), or after
	// a bounce-type label ("Bounce-Typ: weich", "Type de rebond : Doux",
	// "Tipo de rebote: blando", "Тип отказа: мягкий"); the adjective alone
	// is an ordinary word (French "doux", Portuguese "suave")
	lang26SoftClass = []string{"| soft |", "| doux |", "| weich |", "| leve |", "| blando |", "| suave |", "| morbido |", "| ソフト |", "| 软 |", "| 軟 |", "| 柔和 |",
		"| мягкий |", "| 소프트 |", "| zacht |", "| miękki |", "| yumuşak |", "| měkký |", "| mjuk |", "| blød |", "| myk |", "| pehmeä |",
		"typ: weich", "typ: soft", "typ weich", "rebond : doux", "rebond: doux", "rebond : léger", "rebote: blando", "rebote: suave", "rebote: leve", "rebote blando", "rimbalzo: morbido",
		"rimbalzo morbido", "devolução: suave", "devolução: leve", "отказа: мягкий", "отказ: мягкий", "возврата: мягкий", "bounce: мягкий", "мягкий отказ",
		"退信类型：软", "退信類型：軟", "バウンスタイプ：ソフト", "反弹类型：软", "bounce-typ: weich",
		// batch 26-langb: the class word after any label's colon, where the
		// word is the class's own (pl, nl, tr, sv, da, nb, fi, hu, ro, cs,
		// uk, el, vi, id; "Typ odbicia: miękkie", "Bouncetype: zacht"), and
		// the CJK words after a type label ("バウンス種別：ソフト": ソフト
		// alone also begins ソフトウェア, software)
		": weich", ": doux", ": blando", ": morbido", ": мягкий", ": мягкая", ": miękkie", ": miękki", ": zacht", ": yumuşak", ": měkký", ": měkká", ": mjuk", ": blød",
		": myk", ": pehmeä", ": lágy", ": moale", ": μαλακή", ": м'який", ": м’який", ": mềm", ": lunak",
		"種別：ソフト", "種別: ソフト", "タイプ：ソフト", "タイプ: ソフト", "種類：ソフト", "区分：ソフト", "类型：软", "類型：軟", "类型: 软", "유형: 소프트", "유형：소프트", "종류: 소프트", "구분: 소프트"}
	// lang26HardClass: the class word "hard" in the same places
	lang26HardClass = []string{"| hard |", "| dur |", "| hart |", "| duro |", "| dura |", "| rigido |", "| ハード |", "| 硬 |", "| жёсткий |", "| жесткий |", "| 하드 |",
		"typ: hart", "typ: hard", "typ hart", "rebond : dur", "rebond: dur", "rebote: duro", "rimbalzo: duro", "rimbalzo: rigido", "devolução: dura", "devolução: permanente",
		"отказа: жёсткий", "отказа: жесткий", "отказ: жёсткий", "отказ: жесткий", "возврата: жёсткий", "возврата: жесткий", "退信类型：硬", "退信類型：硬", "バウンスタイプ：ハード", "bounce-typ: hart",
		// batch 26-langb: the same after a type label
		": twarde", ": hart", "種別：ハード", "種別: ハード", "タイプ：ハード", "类型：硬", "類型：硬", "유형: 하드", "유형：하드", "종류: 하드"}

	// lang26InvalidDomain: a delivery tool's "invalid domain" failure label
	// in the languages (Adobe Campaign's "Dominio no válido", "无效域":
	// the address's domain wrong or nonexistent)
	lang26InvalidDomain = []string{"dominio no válido", "dominio inválido", "无效域", "無效網域", "無效域", "无效的域", "ungültige domain", "ungültige domäne", "domaine non valide", "domaine invalide",
		"dominio non valido", "domínio inválido", "domínio não válido", "無効なドメイン", "недопустимый домен", "недействительный домен", "неверный домен", "ongeldig domein",
		"nieprawidłowa domena", "geçersiz alan adı", "neplatná doména", "ogiltig domän", "ugyldigt domæne", "ugyldig domene", "virheellinen verkkotunnus", "유효하지 않은 도메인",
		"tên miền không hợp lệ", "domain tidak valid", "недійсний домен", "érvénytelen tartomány", "domeniu invalid", "domeniu nevalid"}
	// ... said with the domain wrong or not existing
	lang26WrongOrMissing = []string{"incorrect", "incorrecto", "incorrecta", "incorreto", "errat", "falsch", "错误", "錯誤", "間違", "неверн", "неправильн", "onjuist", "błędn", "yanlış"}

	// lang26SenderDomainMissing: the domain does not exist, the phrase
	// (said of the sender: "Ошибка проверки адреса отправителя: домен не
	// существует", "差出人アドレスが不正です（送信者ドメインが存在しません）")
	lang26DomainMissing = []string{"domain existiert nicht", "domäne existiert nicht", "domaine n'existe pas", "domaine inexistant", "dominio no existe", "dominio inexistente", "dominio non esiste",
		"dominio inesistente", "domínio não existe", "domínio inexistente", "ドメインが存在しません", "ドメインは存在しません", "домен не существует", "несуществующий домен", "域名不存在", "域不存在",
		"網域不存在", "domein bestaat niet", "domena nie istnieje", "doména neexistuje", "alan adı mevcut değil", "domänen finns inte", "도메인이 존재하지", "tên miền không tồn tại",
		"domain tidak ada", "домен не існує", "domain does not exist", "domain doesn't exist", "domain not found", "domain unknown"}

	// lang26RelayWords: relaying, in the languages where a block's verb
	// beat it ("中継が許可されていないため、受信者によってメッセージが
	// ブロックされました"; Adobe's German "Weiterleitung verweigert", a
	// relaying refused)
	lang26RelayWords = []string{"中継", "中继", "中繼", "weiterleitung"}
	// ... not permitted, refused
	lang26NotPermitted = []string{"許可されていない", "許可されていません", "不允许", "不允許", "不被允许", "nicht zulässig", "nicht erlaubt", "nicht gestattet", "verweigert", "拒否", "拒绝", "拒絕"}

	// lang26NoRecipient: a Korean label "no recipient" ("수신자 없음"):
	// the recipient does not exist
	lang26NoRecipient = []string{"수신자 없음", "받는 사람 없음", "받는사람 없음", "사용자 없음", "계정 없음", "수신자가 없습니다", "받는 사람이 없습니다", "해당 사용자가 없습니다", "해당 계정이 없습니다", "없는 사용자", "없는 계정", "없는 주소"}
)

var lang26Rules = []rule{
	// an "invalid domain" failure label with its gloss (the domain wrong
	// or nonexistent): host-unknown, as the English "Bounce reason:
	// Invalid domain"; read as an unknown user by "no válida"/"不存在"
	{ID: "lang26.l10n-invalid-domain", Any: lang26InvalidDomain, WithAlso: [][]string{intlNotExistVerdicts, lang26WrongOrMissing},
		NotAlso: [][]string{intlSenderWords},
		Cat:     HostUnknown, Weak: true, Pri: conceptPri + 12,
		Summary: "The recipient address's domain is invalid: it is misspelt or does not exist, so no mail server can be found for it.",
		Fix:     []string{"Check the domain of the recipient address for typos; if it is right, the domain does not exist or publishes no mail server (`dig MX domain`)."}},
	// the sender's domain that does not exist (batch 26-lang: "Ошибка
	// проверки адреса отправителя: домен не существует", read as the
	// recipient's domain by wording.intl-host-unknown): sender-invalid
	{ID: "lang26.l10n-sender-domain-missing", Any: intl13SenderSubjects, WithAlso: [][]string{lang26DomainMissing},
		NotAlso: [][]string{intl13RecipientWords},
		Cat:     SenderInvalid, Pri: conceptPri + 10,
		Summary: "The sender address was refused because its domain does not exist (a receiving server checks that the sender's domain resolves).",
		Fix: []string{"Check the sender address (From and the envelope sender) for typos in its domain.",
			"If the domain is yours, make sure it resolves in public DNS (an MX or A record)."},
		Refs: []string{"RFC 5321 §3.3"}},
	// relaying not permitted, where the message was "blocked" for it
	// (batch 26-lang, Adobe's Japanese table: "中継が許可されていないため
	// ... ブロックされました", read policy by codeless21.label-blocked);
	// not a forwarding the organization blocks (5.7.520: policy)
	{ID: "lang26.l10n-relay-not-permitted", Any: lang26RelayWords, WithAlso: [][]string{lang26NotPermitted},
		Not: []string{"extern", "automatisch", "外部", "自動転送", "自动转发", "自動轉寄", "轉寄", "转发"},
		Cat: RelayDenied, Weak: true, Pri: conceptPri + 10,
		Summary: "The server refused to relay the message: it is not a destination for the recipient's domain and does not relay for this sender.",
		Fix:     []string{"Send through your own provider's submission server with authentication, or to the recipient domain's own MX."}},
	// a Korean "no recipient" label (batch 26-lang: "수신자 없음")
	{ID: "lang26.ko-no-recipient", Any: lang26NoRecipient,
		Cat: UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address does not exist at the receiving server.",
		Fix:     []string{"Check the recipient address for typos and confirm it with the recipient by another channel."}},
}
