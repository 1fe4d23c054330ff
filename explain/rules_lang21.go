package explain

// lang21Rules: rules added by the lang21 work of session 16 (issue 10).
//
// Batch 21-lang went to the languages the matrix covered least (Polish,
// Korean, Turkish, Dutch, Czech, Hungarian, Vietnamese, Indonesian, the
// Nordic languages, Greek, Hebrew, Arabic, Thai, Ukrainian, Romanian) with a
// client's own error strings (Mailspring's translations) and localized
// bounce lines. Its first run refused most rows: whole concepts had no words
// in these languages. A probe of 249 new wordings (12 concepts x 18
// languages, both word orders where a language has two) showed which; the
// word families below are the concepts no table had, the others widened the
// existing tables (one line each, marked "batch 21-lang").

var (
	// lang21Unavailable: not available, not supported, cannot be used (said
	// of STARTTLS or TLS: the client's "StartTLS is not available", "TLS Not
	// Available")
	lang21Unavailable = []string{
		"niedostępn", "nie jest dostępn", "nie obsługuje", "nieobsługiwan",
		"사용할 수 없", "지원하지 않", "지원되지 않",
		"kullanılamaz", "kullanılamıyor", "desteklemiyor", "desteklenmiyor", "mevcut değil",
		"niet beschikbaar", "ondersteunt geen", "ondersteunt niet", "wordt niet ondersteund",
		"není k dispozici", "není dostupn", "nepodporuje", "není podporován",
		"nem érhető el", "nem támogatja", "nem támogatott", "nem áll rendelkezésre",
		"không khả dụng", "không hỗ trợ", "không có sẵn",
		"tidak tersedia", "tidak mendukung", "tidak didukung",
		"inte tillgänglig", "stöder inte", "stöds inte",
		"ikke tilgængelig", "understøtter ikke", "understøttes ikke", "ikke tilgjengelig", "støtter ikke", "støttes ikke",
		"ei ole käytettävissä", "ei ole saatavilla", "ei tue", "ei tueta",
		"δεν είναι διαθέσιμ", "μη διαθέσιμ", "δεν υποστηρίζ",
		"אינו זמין", "לא זמין", "אינו תומך", "לא נתמך",
		"غير متاح", "غير متوفر", "لا يدعم", "غير مدعوم",
		"ไม่พร้อมใช้งาน", "ไม่รองรับ", "ใช้งานไม่ได้",
		"недоступн", "не підтримує", "не підтримується", "не поддерживается",
		"nu este disponibil", "indisponibil", "nu acceptă", "nu este acceptat",
		"nicht verfügbar", "n'est pas disponible", "non disponible", "indisponible", "no está disponible", "non è disponibile", "non disponibile",
		"não está disponível", "indisponível", "利用できません", "使用できません", "不可用"}

	// lang21RelayVerbs: relaying said with a verb of passing the message on
	// ("nie przekazałby wiadomości", "stuurt geen bericht door", "nem
	// továbbítja", "không chuyển tiếp", "aktarmayacak"): the translations of
	// "would not relay" use the language's forwarding verb, so the verb
	// counts as relaying only beside authentication (lang21.l10n-relay-auth)
	lang21RelayVerbs = []string{"relay", "przekaza", "przekaże", "przekazyw", "릴레이", "중계",
		"aktarmayacak", "aktarmıyor", "aktarmaz", "aktaramaz", "doorsturen", "doorstuurt", "stuurt geen bericht door", "stuurt het bericht niet door",
		"předávat", "nepředá", "továbbít", "chuyển tiếp", "meneruskan", "teruskan", "vidarebefordra", "videresend", "välitä", "välittää",
		"αναμεταδ", "להעביר", "ترحيل", "ส่งต่อ", "ретранслю", "пересилат", "пересила", "retransmit", "weiterleiten", "relayer"}

	// lang21SendingNotEnabled: sending not enabled (not allowed) for the
	// account, said of the account ("Sending is not enabled for this
	// account", "이 계정에서는 메일을 발신할 수 없습니다")
	lang21SendingNotEnabled = []string{
		"wysyłanie nie jest włączone", "nie może wysyłać", "nie może wysłać", "wysyłanie jest wyłączone",
		"발신할 수 없", "보낼 수 없", "발송할 수 없",
		"gönderim etkin değil", "göndermesine izin verilmiyor", "gönderme izni yok",
		"verzenden is niet ingeschakeld", "mag geen e-mail verzenden", "mag geen berichten verzenden", "verzenden is uitgeschakeld", "verzenden uitgeschakeld", "verzenden niet ingeschakeld",
		"odesílání není", "nemá povoleno odesílat", "nesmí odesílat",
		"a küldés nincs engedélyezve", "nem küldhet", "küldés le van tiltva",
		"gửi chưa được kích hoạt", "không được phép gửi", "gửi đã bị tắt",
		"pengiriman tidak diaktifkan", "tidak diizinkan mengirim", "pengiriman dinonaktifkan",
		"sändning är inte aktiverad", "får inte skicka", "afsendelse er ikke aktiveret", "sending er ikke aktivert", "kan ikke sende e-post",
		"lähettäminen ei ole käytössä", "ei voi lähettää",
		"αποστολή δεν είναι ενεργοποιημένη", "η αποστολή έχει απενεργοποιηθεί",
		"השליחה אינה מופעלת", "אינו מורשה לשלוח",
		"الإرسال غير مفعّل", "الإرسال غير مفعل", "غير مسموح له بالإرسال",
		"ไม่ได้เปิดใช้งานการส่ง",
		"надсилання не ввімкнено", "не може надсилати",
		"trimiterea nu este activată", "trimiterea nu este activata", "nu poate trimite",
		"versand ist nicht aktiviert", "envoi n'est pas activé", "envío no está habilitado", "invio non è abilitato", "envio não está ativado", "отправка не включена", "发送未启用"}
	// ... the account it is said of
	lang21AccountWords = []string{"konta", "kontu", "konto", "계정", "hesap", "hesab", "account", "účet", "účtu", "fiók", "tài khoản", "akun",
		"kontot", "kontoen", "tili", "tilillä", "λογαριασμ", "חשבון", "الحساب", "บัญชี", "обліков", "cont", "compte", "cuenta", "conta", "アカウント", "учетн", "帐户", "账户", "帳戶"}

	// lang21SpamFilters: a spam filter, named as what blocked the message
	// ("Het bericht is geblokkeerd door het uitgaande spamfilter", "스팸
	// 필터에 의해 차단되었습니다"): a verdict on the message's content
	lang21SpamFilters = []string{"spamfilter", "spam filter", "spam-filter", "spamfiltret", "spamfilteret", "filtr spamu", "filtr antyspam", "filtru spamu",
		"스팸 필터", "spam filtresi", "spam süzgec", "spamový filtr", "spamovým filtrem", "spamového filtru", "spamszűrő", "bộ lọc thư rác", "bộ lọc spam", "filter spam",
		"skräppostfilter", "skräppostfiltret", "søppelpostfilter", "roskapostisuodatin", "φίλτρο ανεπιθύμητ", "φίλτρο spam", "מסנן הספאם", "מסנן ספאם", "מסנן דואר זבל",
		"تصفية البريد العشوائي", "مرشح البريد العشوائي", "ตัวกรองสแปม", "спам-фільтр", "спам фільтр", "filtrul de spam", "filtrul antispam", "filtru de spam",
		"スパムフィルタ", "迷惑メールフィルタ", "спам-фильтр", "垃圾邮件过滤", "垃圾郵件過濾", "filtre anti-spam", "filtre antispam", "filtro de spam", "filtro antispam"}
	// ... that blocked (stopped, held) the message
	lang21Blocked = []string{"tegengehouden", "zablokowała", "zablokowany", "blokkolta", "blokkolt", "chặn", "blockerades", "blockerat", "blokeret", "blokkert",
		"αποκλείστηκε", "حظر", "ถูกบล็อก", "заблоковано", "blocat", "bloqueado", "bloccato", "bloqué", "blockiert", "заблокировано"}

	// lang21Bandwidth: bandwidth (Gmail's "bandwidth exceeded", said of the
	// account's download or sending volume)
	lang21Bandwidth = []string{"przepustowoś", "대역폭", "bant genişliği", "bandbreedte", "šířka pásma", "šířky pásma", "šířku pásma", "sávszélesség", "băng thông",
		"bandwidth", "bandbredd", "båndbredde", "kaistanleveys", "εύρος ζώνης", "רוחב פס", "عرض النطاق", "แบนด์วิดท์", "пропускн", "lățime de bandă", "lățimea de bandă",
		"bandbreite", "bande passante", "ancho de banda", "larghezza di banda", "largura de banda", "帯域幅", "带宽", "頻寬"}

	// lang21CertificateErrors: a certificate error written as one compound
	// word ("Certificaatfout", "Certifikatfel", "Varmennevirhe",
	// "Tanúsítványhiba")
	lang21CertificateErrors = []string{"certificaatfout", "certifikatfel", "certifikatfejl", "sertifikatfeil", "varmennevirhe", "tanúsítványhiba", "sertifika hatası",
		"zertifikatsfehler", "zertifikatfehler", "certifikátová chyba"}

	// lang21PermissionWords: permission (the right to send), and ...
	lang21PermissionWords = []string{"uprawnień", "uprawnienia", "izniniz", "izni", "toestemming", "oprávnění", "engedélye", "jogosultság", "quyền", "izin untuk",
		"behörighet", "tilladelse", "tillatelse", "oikeutta", "δικαίωμα", "הרשאה", "إذن", "صلاحية", "สิทธิ์", "дозвол", "права", "permisiun",
		"berechtigung", "autorisation", "permiso", "autorizzazione", "permissão", "権限", "权限", "權限"}
	// ... to send (to the recipient): the receiver's permission (policy)
	// lang21Hops: the hops between servers, and ...
	lang21Hops = []string{"hopp", "hop ", "hops", "hoplama", "ugrás", "переходів", "переходов", "salturi", "przeskoków", "skoků", "hyppyä", "sauts", "saltos", "salti",
		"αλμάτων", "קפיצות", "قفزات", "ฮอป", "bước nhảy", "lompatan", "跳数", "躍點", "ホップ"}
	// ... too many of them (Zimbra's "Too many hops between servers": a
	// loop between servers, as "554 5.4.6 Too many hops")
	lang21TooMany = []string{"för många", "çok sayıda", "túl sok", "надто багато", "забагато", "слишком много", "prea multe", "zbyt wiele", "za dużo", "příliš mnoho",
		"liian monta", "liian paljon", "te veel", "for mange", "trop de", "demasiados", "troppi", "zu viele", "πάρα πολλ", "יותר מדי", "كثيرة جدًا", "มากเกินไป", "quá nhiều", "terlalu banyak", "过多", "過多", "多すぎ"}

	// lang21SecurityWords: security (Outlook's "not delivered because of
	// insufficient permissions or security problems", with the permission
	// words: a refusal by the receiver's rules)
	lang21SecurityWords = []string{"zabezpečení", "zabezpečením", "bezpieczeństw", "güvenlik", "beveiliging", "biztonsági", "bảo mật", "keamanan", "säkerhet", "sikkerhed", "sikkerhet",
		"tietoturva", "ασφάλει", "אבטחה", "الأمان", "ความปลอดภัย", "безпек", "securitate", "sicherheit", "sécurité", "seguridad", "sicurezza", "segurança", "セキュリティ", "безопасност", "安全"}
	lang21SendWords = []string{"wysyłania", "wysłania", "wysyłać", "gönderme", "göndermek", "verzenden", "te versturen", "odesílat", "odeslat", "küldeni", "küldésre",
		"gửi", "mengirim", "skicka", "sende", "lähettää", "αποστολ", "לשלוח", "إرسال", "ส่ง", "надсил", "trimite",
		"senden", "envoyer", "enviar", "inviare", "送信", "отправ", "发送", "發送"}
	// lang21Greylist: the grey list in the languages wording.greylist has
	// no word for (probe 2: "szarą listę", "그레이리스트", "gri listeye",
	// "šedou listinou", "szürkelistázás", "danh sách xám", "grålistades",
	// "harmaalistauksen", "רשימה אפורה", "القائمة الرمادية", "รายการสีเทา",
	// "сірим списком", "lista gri")
	lang21Greylist = []string{"szara lista", "szarą listę", "szarej listy", "szarej liście", "szarą listą", "그레이리스트", "그레이 리스트",
		"gri liste", "šedou listinou", "šedé listiny", "šedá listina", "šedé listině", "šedou listinu", "šedém seznamu", "šedý seznam", "šedého seznamu", "szürkelist", "danh sách xám",
		"grålist", "gråliste", "harmaalist", "harmaa lista", "harmaalle listalle", "γκρίζα λίστα", "γκρι λίστα", "רשימה אפורה", "הרשימה האפורה",
		"القائمة الرمادية", "รายการสีเทา", "บัญชีสีเทา", "сірим списком", "сірий список", "сірого списку", "сірому списку",
		"lista gri", "listă gri", "listei gri", "daftar abu-abu",
		// batch 25-lang probe 5: sk, bg, fa, el without its accent
		"sivá listina", "sivej listine", "sivý zoznam", "sivom zozname", "сив списък", "сивия списък", "فهرست خاکستری", "لیست خاکستری", "γκριζα λίστα",
		// batch 26-lang: Dutch ("451 4.7.1 Grijslijst: probeer het over enkele minuten opnieuw")
		"grijslijst", "grijze lijst", "grijze-lijst"}

	// lang21PTRWords: the reverse-DNS (PTR) record, and the record it is
	// said to be (probe 2: "Brak rekordu PTR", "역방향 DNS(PTR) 레코드가
	// 없습니다", "geen PTR-record", "nemá reverzní záznam", "nincs PTR
	// rekordja", "saknar PTR-post", "لا يوجد سجل PTR")
	lang21PTRWords = []string{"ptr", "سجل ptr", "reverzní záznam", "reverzního záznamu", "reverzní dns", "역방향 dns", "역방향 조회", "ters dns", "omgekeerde dns", "odwrotnego dns", "odwrotny dns",
		"fordított dns", "dns ngược", "dns terbalik", "omvänd dns", "omvendt dns", "käänteinen dns", "αντίστροφο dns", "dns הפוך", "dns العكسي", "зворотний dns", "зворотного dns", "dns invers"}
	lang21RecordWords = []string{"rekord", "레코드", "kayd", "kayıt", "record", "záznam", "bản ghi", "rekaman", "post", "tietue", "εγγραφή", "רשומ", "سجل", "запис", "înregistrare",
		"nincs", "없습니다", "yok", "geen", "nemá", "không có", "tidak memiliki", "saknar", "mangler", "ei ole", "δεν έχει", "אין", "لا يوجد", "не має", "nu are", "brak",
		// batch 24-lang: hr/sr/bs/sl ("nema PTR zapis")
		"zapis", "nema", "нема", "nima",
		// batch 25-lang probe 5: Thai "record", "there is no"; Bulgarian "липсва"
		"ระเบียน", "ไม่มี", "липсва"}

	// lang21Changed: the recipient's address changed (probe 2: "Adresat
	// zmienił adres e-mail", "수신자의 이메일 주소가 변경되었습니다",
	// "Alıcının e-posta adresi değişti", "adresa příjemce se změnila")
	lang21Changed = []string{"zmienił adres", "zmieniła adres", "주소가 변경", "adresi değişti", "adresi değiştirildi", "is gewijzigd", "e-mailadres gewijzigd", "is veranderd",
		"se změnila", "byla změněna", "megváltozott", "đã thay đổi", "telah berubah", "telah diubah", "har ändrats", "on muuttunut", "on vaihtunut", "έχει αλλάξει", "άλλαξε",
		"השתנתה", "השתנה", "تم تغيير", "تغير عنوان", "змінилася", "змінилась", "було змінено", "s-a schimbat", "a fost schimbată",
		// batch 25-lang: the big eight ("Le destinataire a changé d'adresse")
		"a changé d'adresse", "changé d'adresse", "ha cambiado de dirección", "cambió de dirección", "ha cambiato indirizzo", "mudou de endereço", "seine adresse geändert", "ihre adresse geändert",
		"сменил адрес", "изменил адрес", "сменила адрес", "изменила адрес", "アドレスが変更", "地址已更改", "地址已变更"}
	lang21Addressee = []string{"adresat", "הנמען", "נמען", "المستلم", "للمستلم", "одержувач"}
)

var lang21Rules = []rule{
	// STARTTLS or TLS not available or not supported, in the languages the
	// matrix lacked ("TLS Kullanılamaz", "StartTLS를 사용할 수 없습니다",
	// "A StartTLS nem érhető el"): the client stops before sending
	{ID: "lang21.l10n-tls-unavailable", Any: []string{"starttls", "tls"}, With: lang21Unavailable,
		Cat: TLSRequired, Weak: true, Pri: conceptPri + 4,
		Summary: "The client was set to use TLS (STARTTLS) and the server does not offer it, so the client stopped before sending anything."},
	// a certificate error: the certificate word with an error word
	// ("Błąd certyfikatu", "인증서 오류", "Sertifika Hatası"), or one
	// compound word; above the login failure that Korean 인증 (inside
	// 인증서) would otherwise be read as
	{ID: "lang21.l10n-certificate-error", Any: lang21CertificateErrors,
		Cat: TLSRequired, Pri: conceptPri + 10,
		Summary: "The TLS certificate the mail server presented did not verify, so the client refused the encrypted connection."},
	{ID: "lang21.l10n-certificate-error-words", Any: lang20CertificateWords, WithAlso: [][]string{intl12ErrorVerdicts},
		Cat: TLSRequired, Pri: conceptPri + 10,
		Summary: "The TLS certificate the mail server presented did not verify, so the client refused the encrypted connection."},
	// relaying said with a passing-on verb beside authentication ("Serwer
	// SMTP nie przekazałby wiadomości. Może być konieczne
	// uwierzytelnienie"): relaying that needs authentication is relay-denied
	// (docs/explain.md "Labelling conventions"), above the authentication
	// required that the same words hold
	{ID: "lang21.l10n-relay-auth", Any: lang21RelayVerbs, WithAlso: [][]string{intl12AuthSubjects},
		Not: []string{"weitergeleitet"},
		Cat: RelayDenied, Weak: true, Pri: conceptPri + 6,
		Summary: "The server refused to relay the message for an unauthenticated client: it is not a destination for the recipient's domain, and only authenticated users may send through it."},
	// sending not enabled for the account ("Verzenden is niet ingeschakeld
	// voor dit account"): the account may not send (policy)
	{ID: "lang21.l10n-sending-not-enabled", Any: lang21AccountWords, With: lang21SendingNotEnabled,
		Cat: Policy, Weak: true, Pri: conceptPri,
		Summary: "The account is not allowed to send mail (sending is not enabled for it); the provider or the administrator must enable it."},
	// a spam filter that blocked the message
	{ID: "lang21.l10n-spam-filter", Any: lang21SpamFilters, WithAlso: [][]string{intlBlockedVerdicts, lang21Blocked},
		Cat: SpamContent, Weak: true, Pri: conceptPri,
		Summary: "A spam filter blocked the message (a verdict on its content)."},
	// bandwidth exceeded (Gmail's limit on what an account may download or
	// send in a period): a rate limit that lifts by itself
	{ID: "lang21.l10n-bandwidth", Any: lang21Bandwidth, WithAlso: [][]string{intl9ExceededVerdicts, intl12TooBigVerdicts},
		Cat: RateLimited, Weak: true, Pri: conceptPri,
		Summary: "The account exceeded the provider's bandwidth limit for a period; the limit lifts by itself."},
	// too many hops between servers: a loop (server-error, permanent by
	// loopWording's phrases)
	{ID: "lang21.l10n-too-many-hops", Any: lang21Hops, With: lang21TooMany,
		Cat: ServerError, Pri: conceptPri + 4,
		Summary: "The message went through too many servers (hops): it is looping between mail servers, a routing or forwarding misconfiguration."},
	// no permission to send (to the recipient), or Outlook's "not delivered
	// because of insufficient permissions or security problems": the
	// receiver's rules
	{ID: "lang21.l10n-no-permission", Any: lang21PermissionWords, WithAlso: [][]string{lang21SendWords, lang21SecurityWords},
		NotAlso: [][]string{intl12AuthSubjects},
		Cat:     Policy, Weak: true, Pri: conceptPri,
		Summary: "The receiving organisation's rules refused the message: the sender has no permission to send to this recipient (a permission or security setting)."},
	// the grey list, in the languages wording.greylist has no word for
	{ID: "lang21.l10n-greylist", Any: lang21Greylist,
		Cat: Greylisted, Pri: conceptPri + 2,
		Summary: "The receiving gateway greylisted the message: the first attempt is deferred and a retry after a few minutes from the same IP is accepted.",
		Refs:    []string{refGreylist}},
	// no PTR (reverse-DNS) record for the sending IP
	{ID: "lang21.l10n-ptr", Any: lang21PTRWords, With: lang21RecordWords,
		Cat: PTRRequired, Weak: true, Pri: conceptPri + 8,
		Summary: "The receiver refused the connection because the sending IP address has no reverse-DNS (PTR) record, or one that does not match.",
		Fix:     []string{"Ask whoever owns the sending IP (the hosting provider or ISP) to set a PTR record naming the mail server's host name, whose A record points back to the IP."}},
	// the recipient's address changed
	{ID: "lang21.l10n-address-changed", Any: lang21Addressee, With: lang21Changed,
		NotAlso: [][]string{lang17NotMessageExpiry},
		Cat:     Moved, Weak: true, Pri: conceptPri,
		Summary: "The recipient's address has changed and the server does not forward to the new one.",
		Fix:     []string{"Ask the recipient by another channel for the new address and update your address book."}},
	{ID: "lang21.l10n-recipient-changed", Any: intl13RecipientWords, With: lang21Changed,
		NotAlso: [][]string{lang17NotMessageExpiry},
		Cat:     Moved, Weak: true, Pri: conceptPri,
		Summary: "The recipient's address has changed and the server does not forward to the new one.",
		Fix:     []string{"Ask the recipient by another channel for the new address and update your address book."}},
}
