package explain

// Rules of helper lang17 (issue 10, session 12); see docs/heldout/heldout17*.md.
//
// Held-out batch 17-lang (fifteen languages, mostly texts without a code)
// lost its rows where a concept had its words in some languages and not in
// others: a quota "überschritten" but not "overschreden", a message that
// "expired" but not one whose validity "vypršela", "returned to sender"
// read as a refusal of the sender in Russian, "will retry" known in English
// only. The vocabulary below is written per concept for the languages of
// the large providers (de, fr, es, it, pt, nl, pl, ru, ja, zh-CN, zh-TW, ko,
// tr, cs, sv), in the inflected forms and word orders each uses (stems where
// a language inflects the ending), not per reply; the intl tables of
// rules_intl7.go and rules_intl9.go take the rest, marked "batch 17-lang".

var (
	// a message returned to its sender: the sender is where the bounce goes,
	// not what was refused ("Письмо возвращено отправителю"); a bounce
	lang17ReturnedToSender = []string{
		"an den absender zurück", "zurück an den absender", "retourné à l'expéditeur", "renvoyé à l'expéditeur", "retourné à son expéditeur",
		"devuelto al remitente", "devuelta al remitente", "restituito al mittente", "rinviato al mittente", "restituita al mittente",
		"devolvida ao remetente", "devolvido ao remetente", "teruggestuurd naar de afzender", "retour afzender", "zwrócona do nadawcy", "zwrócono do nadawcy",
		"возвращено отправителю", "возвращено отправителю", "возвращается отправителю", "вернулось отправителю", "差出人に返送", "送信者に返送", "送信元に返送",
		"退回给发件人", "退回發件人", "退回给寄件人", "退回寄件者", "退还给发件人", "발신자에게 반송", "보낸 사람에게 반송", "gönderene iade", "göndericiye geri",
		"vrácena odesílateli", "vrácen odesílateli", "vráceno odesílateli", "tillbaka till avsändaren", "returneras till avsändaren", "returnerades till avsändaren",
		// batch 17-lang b: plural and future ("zostaną zwrócone nadawcom")
		"zwrócone nadawc", "zwrócona nadawc", "retournés à l'expéditeur", "retournés aux expéditeurs", "devueltos al remitente", "restituiti al mittente", "devolvidas ao remetente",
		// batch 18-lang: ar, he, el, hu, ro, uk, fi, da, nb, vi, th, id, hi
		"أعيدت إلى المرسل", "تمت إعادتها إلى المرسل", "إعادة الرسالة إلى المرسل", "הוחזרה לשולח", "הוחזר לשולח", "מוחזרת לשולח", "επιστράφηκε στον αποστολέα", "επιστροφή στον αποστολέα", "visszaküldve a feladónak", "visszaküldtük a feladónak", "a feladónak visszaküldve", "visszaküldésre került a feladónak", "returnat expeditorului", "returnată expeditorului", "trimis înapoi expeditorului", "повернуто відправнику", "повернено відправнику", "повертається відправнику", "palautettu lähettäjälle", "palautetaan lähettäjälle", "palautettiin lähettäjälle", "returneret til afsenderen", "returneres til afsenderen", "returneret til afsender", "returnert til avsender", "returneres til avsender", "returnert til avsenderen", "trả lại cho người gửi", "gửi trả lại người gửi", "ส่งคืนผู้ส่ง", "ตีกลับไปยังผู้ส่ง", "dikembalikan ke pengirim", "dikembalikan kepada pengirim", "प्रेषक को वापस"}

	// the sender's own account (intlSenderWords' own phrases, without the
	// bare words for "sender" that a returned-to-sender phrase holds)
	lang17YourAccount = []string{"your account", "ihr konto", "ihres kontos", "votre compte", "su cuenta", "tu cuenta", "il tuo account", "sua conta", "twoje konto",
		"ваш аккаунт", "ваша учетная запись", "您的账户", "您的帐号", "あなたのアカウント", "귀하의 계정", "hesabınız", "váš účet", "ditt konto", "uw account"}

	// the message's (or its delivery's) time ran out: the subjects
	lang17ExpirySubjects = []string{
		"zustellung", "nachricht", "warteschlange", "remise", "message", "file d'attente", "entrega", "mensaje", "cola de", "consegna", "messaggio", "coda di",
		"mensagem", "fila de", "bezorging", "bericht", "wachtrij", "doręczeni", "wiadomoś", "kolejce", "доставк", "сообщени", "письм", "очеред",
		"配信", "メール", "キュー", "投递", "邮件", "队列", "投遞", "郵件", "佇列", "전송", "배달", "메일", "큐에", "teslimat", "ileti", "mesaj", "kuyruk",
		"platnost zprávy", "doručení", "zpráv", "frontě", "leverans", "meddelande", "kön",
		// batch 25-lang: the Danish message ("Beskeden kunne ikke leveres inden for tidsfristen")
		"besked",
		// batch 17-lang b: the Polish "komunikat" (a message, as Microsoft's Polish pages say it)
		"komunikat",
		// batch 18-lang: ar, he, el, hu, ro, uk, fi, da, nb, vi, th, id, hi
		"الرسالة", "التسليم", "قائمة الانتظار", "ההודעה", "המסירה", "התור", "μήνυμα", "παράδοση", "ουρά", "üzenet", "kézbesítés", "várólista", "livrare", "livrarea", "coada", "повідомлен", "черзі", "черга", "viesti", "toimitus", "jono", "meddelelse", "levering", "melding", "kø", "tin nhắn", "hàng đợi", "việc gửi", "ข้อความ", "การส่ง", "คิว", "pesan", "pengiriman", "antrean", "antrian", "संदेश", "डिलीवरी", "कतार",
		// batch 20-lang: the delivery in Traditional Chinese
		"傳遞", "传递",
		// batch 21-lang (probe 2): tr, vi
		"teslim süresi", "hạn gửi",
		// batch 24-lang: Slovak ("Správa nebola doručená v časovom limite")
		"správa", "správu", "správy", "doručenie"}
	// ... and the verdicts: expired, its validity over
	lang17ExpiryVerdicts = []string{
		"abgelaufen", "expiré", "expirée", "a expiré", "caducad", "caducó", "expiró", "ha expirado", "vencid", "scadut", "è scadut",
		"expirou", "expirad", "verlopen", "wygasł", "wygasła", "upłynął", "истек", "истёк", "просрочен", "期限切れ", "有効期限が切れ", "已过期", "过期", "已過期", "過期",
		"만료", "süresi doldu", "süresi geçti", "vypršel", "vypršela", "vypršelo", "vypršení", "har gått ut", "har löpt ut", "löpte ut",
		// batch 17-lang b: the future and present forms ("komunikaty wygasną")
		"wygasn", "läuft ab", "laufen ab", "expirent", "expirera", "caducan", "caducará", "expiran", "scadono", "scadrà", "expiram", "expirará",
		"истекут", "истечет", "истечёт", "vyprší", "går ut", "süresi dolacak",
		// batch 18-lang: ar, he, el, hu, ro, uk, fi, da, nb, vi, th, id, hi
		"انتهت صلاحية", "انتهت مهلة", "منتهية الصلاحية", "פג תוקף", "פג תוקפה", "פג תוקפו", "έληξε", "έχει λήξει", "lejárt", "elévült", "a expirat", "закінчився термін", "минув термін", "сплив термін", "vanhentunut", "vanheni", "umpeutui", "udløbet", "utløpt", "hết hạn", "หมดอายุ", "kedaluwarsa", "kadaluarsa", "समाप्त हो गया", "समय सीमा समाप्त",
		// batch 20-lang: overdue in Chinese ("郵件傳遞逾期")
		"逾期", "已逾期",
		// batch 21-lang (probe 2): id, fi, uk
		"masa berlaku", "umpeutunut", "umpeutuu", "минув",
		// batch 24-lang: not delivered within the time limit ("zpráva nebyla doručena v časovém limitu")
		"časovém limitu", "časovom limite", "wyznaczonym czasie", "установленный срок", "отведенное время", "отведённое время", "規定時間内", "规定时间内",
		// batch 25-lang: the deadline or the queue's maximum time ("kunne ikke leveres innen tidsfristen", "excedeu o tempo máximo na fila")
		"tidsfrist", "tidsgräns", "tidsgrænse", "aikarajan", "tempo máximo na fila", "tempo máximo em fila", "tiempo máximo en la cola", "tiempo máximo en cola", "tempo massimo in coda", "durée maximale en file",
		// probe 4: the delivery time used up ("Motivo: tempo de entrega esgotado")
		"tempo de entrega esgotado", "prazo de entrega esgotado", "tiempo de entrega agotado", "plazo de entrega agotado", "délai de remise dépassé", "délai de distribution dépassé"}
	// a certificate, password or session that expired is no message
	lang17NotMessageExpiry = []string{
		"zertifikat", "certificat", "certificado", "certificato", "certificaat", "certyfikat", "сертификат", "証明書", "证书", "憑證", "인증서", "sertifika", "certifikát", "certifikat",
		"passwort", "mot de passe", "contraseña", "senha", "wachtwoord", "hasło", "пароль", "パスワード", "密码", "密碼", "비밀번호", "şifre", "heslo", "lösenord",
		"sitzung", "sesión", "sessione", "sessão", "sessie", "sesja", "сесси", "セッション", "会话", "세션", "oturum", "relace", "abonnement", "suscripción", "abbonamento", "assinatura", "subskrypc", "подписк", "licen",
		// batch 18-lang: ar, he, el, hu, ro, uk, fi, da, nb, vi, th, id, hi
		"الشهادة", "شهادة", "كلمة المرور", "كلمة السر", "האישור", "התעודה", "הסיסמה", "πιστοποιητικό", "κωδικός", "tanúsítvány", "jelszó", "parola", "сертифікат", "varmenne", "salasana", "adgangskode", "sertifikat", "passord", "chứng chỉ", "mật khẩu", "ใบรับรอง", "รหัสผ่าน", "kata sandi", "प्रमाणपत्र", "पासवर्ड",
		// batch 25-lang: a connection's time-out is no message's expiry (Arabic "انتهت مهلة الاتصال", the connection timed out)
		"مهلة الاتصال", "مهلة الخادم"}

	// a time the message could not be delivered in ("72時間以上…送信出来ませんでした")
	lang17Durations = []string{
		"時間以上", "日以上", "小时以上", "小時以上", "天以上", "시간 이상", "일 이상", "stunden lang", "seit mehr als", "depuis plus de", "durante más de",
		"da più di", "há mais de", "al meer dan", "od ponad", "более суток", "более чем", "saatten fazla", "günden fazla", "déle než", "i mer än",
		// batch 18-lang: ar, he, el, hu, ro, uk, fi, da, nb, vi, th, id, hi
		"لأكثر من", "منذ أكثر من", "במשך יותר מ", "για περισσότερ", "több mint", "timp de peste", "de peste", "mai mult de", "понад", "більше ніж", "i mere end", "i over", "i mer enn", "trong hơn", "นานกว่า", "เกินกว่า", "selama lebih dari", "से अधिक समय",
		// batch 18-lang: ar, he, el, hu, ro, uk, fi, da, nb, vi, th, id, hi
		"på over", "efter mere end", "etter mer enn", "yli vuorokauden"}
	lang17CouldNotDeliver = []string{
		"送信出来ない", "送信できない", "送信出来ませんでした", "送信できませんでした", "配信できない", "配送できない", "届けられない", "未能投递", "无法投递", "無法投遞",
		"전달할 수 없", "전달하지 못", "nicht zugestellt", "n'a pas pu être remis", "no se pudo entregar", "non è stato possibile consegnare", "non è stato possibile recapitare",
		"não foi possível entregar", "niet worden bezorgd", "niet worden afgeleverd", "nie udało się dostarczyć", "nie została dostarczona", "не удалось доставить",
		"teslim edilemedi", "nepodařilo doručit", "nemohla být doručena", "kunde inte levereras",
		// batch 18-lang: ar, he, el, hu, ro, uk, fi, da, nb, vi, th, id, hi
		"تعذر تسليم", "تعذّر تسليم", "لم يتم تسليم", "לא ניתן היה למסור", "לא נמסרה", "δεν ήταν δυνατή η παράδοση", "δεν παραδόθηκε", "nem sikerült kézbesíteni", "nem kézbesíthető", "nu a putut fi livrat", "nu a fost livrat", "не вдалося доставити", "ei voitu toimittaa", "kunne ikke leveres", "kunne ikke levere", "không thể chuyển", "ไม่สามารถส่งถึง", "tidak dapat disampaikan", "tidak dapat dikirim", "डिलीवर नहीं"}
	// ... unless the text goes on trying (a delay warning, not the end)
	lang17StillTrying = []string{"weiter versucht", "erneut versucht", "continue", "sigue intentando", "continua a", "continuará", "continuerà", "nadal", "продолж",
		"继续", "繼續", "引き続き", "계속", "devam", "fortsätter", "opnieuw", "再送を試み", "再試行", "重试", "재시도", "tekrar den",
		// batch 18-lang: ar, he, el, hu, ro, uk, fi, da, nb, vi, th, id, hi
		"سيستمر", "سنواصل", "ימשיך", "ממשיך", "θα συνεχίσει", "tovább próbál", "továbbra is", "va continua", "continuă", "продовжу", "yrittää edelleen", "jatkaa", "fortsætter", "fortsetter", "tiếp tục", "จะพยายาม", "terus mencoba", "akan mencoba", "जारी"}

	// the receiver's resources or service unavailable for now: its own state
	lang17ServiceUnavailable = []string{
		"dienst nicht verfügbar", "dienst ist nicht verfügbar", "service nicht verfügbar", "service non disponible", "service indisponible", "service temporairement indisponible",
		"servicio no disponible", "servicio no está disponible", "servizio non disponibile", "servizio non è disponibile", "serviço não disponível", "serviço indisponível",
		"service is niet beschikbaar", "dienst is niet beschikbaar", "dienst niet beschikbaar", "usługa niedostępna", "usługa jest niedostępna", "usługa nie jest dostępna",
		"служба недоступна", "сервис недоступен", "служба не доступна", "サービスを利用できません", "サービスは利用できません", "服务不可用", "服務無法使用", "服務不可用",
		"서비스를 사용할 수 없", "hizmet kullanılamıyor", "servis kullanılamıyor", "hizmet verilemiyor", "služba není dostupná", "služba není k dispozici", "tjänsten är inte tillgänglig", "tjänsten är otillgänglig",
		// the server's resources (Outlook.com's "Resources temporarily unavailable" in other languages)
		"ressourcen vorübergehend nicht verfügbar", "ressources temporairement indisponibles", "ressources temporairement non disponibles", "recursos temporalmente no disponibles",
		"risorse temporaneamente non disponibili", "recursos temporariamente indisponíveis", "recursos temporariamente não disponíveis", "bronnen tijdelijk niet beschikbaar",
		"zasoby chwilowo niedostępne", "zasoby tymczasowo niedostępne", "ресурсы временно недоступны", "リソースが一時的に利用できません", "资源暂时不可用", "資源暫時無法使用",
		"리소스를 일시적으로 사용할 수 없", "kaynaklar geçici olarak kullanılamıyor", "prostředky jsou dočasně nedostupné", "resurserna är tillfälligt otillgängliga",
		// batch 18-lang: ar, he, el, hu, ro, uk, fi, da, nb, vi, th, id, hi
		"الخدمة غير متاحة", "الخدمة غير متوفرة", "השירות אינו זמין", "השירות לא זמין", "η υπηρεσία δεν είναι διαθέσιμη", "υπηρεσία μη διαθέσιμη", "a szolgáltatás nem érhető el", "a szolgáltatás nem elérhető", "szolgáltatás nem elérhető", "serviciul nu este disponibil", "serviciu indisponibil", "сервіс недоступний", "palvelu ei ole käytettävissä", "palvelu ei ole saatavilla", "tjenesten er ikke tilgængelig", "tjenesten er utilgængelig", "tjenesten er ikke tilgjengelig", "tjenesten er utilgjengelig", "dịch vụ không khả dụng", "dịch vụ tạm thời không khả dụng", "บริการไม่พร้อมใช้งาน", "layanan tidak tersedia", "सेवा उपलब्ध नहीं", "सेवा अनुपलब्ध"}

	// the size of the message (not of the mailbox)
	lang17MessageSize = []string{"nachrichtengröße", "größe der nachricht", "taille du message", "tamaño del mensaje", "dimensione del messaggio", "tamanho da mensagem",
		"berichtgrootte", "grootte van het bericht", "rozmiar wiadomości", "velikost zprávy", "размер сообщения", "размер письма", "メールのサイズ", "メールの容量", "邮件大小", "郵件大小",
		"메일 크기", "ileti boyutu", "mesaj boyutu", "meddelandets storlek", "meddelandestorlek", "sending", "envoi", "envío", "invio", "envio", "versand", "wysyłk", "отправк"}

	// the server short of memory or disk (Exchange's 4.3.1 "Insufficient
	// system resources" as its localized references describe it)
	lang17OutOfMemory = []string{"mémoire insuffisante", "manque de mémoire", "nicht genügend arbeitsspeicher", "speichermangel", "arbeitsspeicher", "memoria insuficiente",
		"memoria insufficiente", "memoria esaurita", "memória insuficiente", "onvoldoende geheugen", "brak pamięci", "za mało pamięci", "недостаточно памяти", "нехватка памяти",
		"メモリ不足", "内存不足", "記憶體不足", "메모리 부족", "yetersiz bellek", "bellek yetersiz", "nedostatek paměti", "slut på minne", "otillräckligt minne", "out of memory"}
	// the server's queue frozen or stopped by its admin
	lang17QueueWords = []string{"キュー", "队列", "佇列", "file d'attente", "warteschlange", "cola de", "la cola", "coda di", "la coda", "fila de", "a fila", "wachtrij", "kolejk", "очеред",
		"큐가", "kuyruk", "fronta", "frontě", "kön", "queue"}
	lang17FrozenVerdicts = []string{"フリーズ", "凍結", "冻结", "figée", "gelée", "eingefroren", "congelad", "congelat", "bevroren", "zamrożon", "заморожен", "동결", "donduruldu",
		"zmrazen", "fryst", "frozen"}
	// a network or connection problem, said as such ("臨時網絡問題或 Internet 連接問題")
	lang17NetworkProblem = []string{"网络问题", "網絡問題", "網路問題", "连接问题", "連接問題", "連線問題", "ネットワークの問題", "接続の問題", "네트워크 문제", "연결 문제",
		"netzwerkproblem", "verbindungsproblem", "problème de réseau", "problème réseau", "problème de connexion", "problema de red", "problema de conexión", "problema di rete",
		"problema di connessione", "problema de rede", "problema de conexão", "netwerkprobleem", "verbindingsprobleem", "problem z połączeniem", "problem z siecią",
		"проблемы с сетью", "проблема с сетью", "проблема с подключением", "проблемы с подключением", "ağ sorunu", "bağlantı sorunu", "problém se sítí", "problém s připojením",
		"nätverksproblem", "anslutningsproblem"}
	// a mail loop, and the hop count it exceeds (loopWording's localized words)
	lang17LoopWords = []string{"回路", "迴圈", "循环投递", "最大跳数", "最大躍點數", "ホップ数", "ループ", "홉 수", "루프", "hop-anzahl", "hopanzahl", "mailschleife", "schleife",
		"nombre maximal de sauts", "boucle", "número máximo de saltos", "bucle", "numero massimo di hop", "loop di posta", "maximaal aantal hops", "maillus",
		"maksymalną liczbę przeskoków", "pętla", "pętli", "число переходов", "петля", "зацикл", "atlama sayısı", "döngü", "počet skoků", "smyčk", "antal hopp", "slinga",
		// batch 20-lang: a mail loop in Spanish, Italian, Portuguese and Chinese ("bucle de correo", "ciclo di posta", "loop de e-mail", "邮件循环")
		"ciclo di posta", "ciclo di inoltro", "loop de e-mail", "loop de mensagem", "loop de correio", "laço de", "邮件循环", "郵件循環", "循环转发", "循環轉寄", "メールループ"}

	// a block whose stated cause is the sending rate ("Reject by behaviour
	// spam ...: too frequently sending"): the rate decides over the block
	// the password (or the user name and password together) as a client
	// sends them, and their verdict: wrong or invalid ("nieprawidłowa nazwa
	// użytkownika lub hasło"); a user name alone is also a mailbox's name
	// ("Nieprawidłowa nazwa użytkownika – użytkownik … nie istnieje")
	lang17CredentialSubjects = []string{
		"passwort", "kennwort", "zugangsdaten", "anmeldedaten", "benutzername oder passwort", "mot de passe", "identifiants", "nom d'utilisateur ou mot de passe",
		"contraseña", "credenciales", "usuario o contraseña",
		// batch 19-lang: written without the tilde
		"contrasena", "usuario o contrasena", "password", "credenziali", "nome utente o password", "senha", "credenciais", "usuário ou senha",
		"wachtwoord", "inloggegevens", "gebruikersnaam of wachtwoord", "hasło", "dane logowania", "nazwa użytkownika lub hasło", "nazwę użytkownika lub hasło",
		"пароль", "учетные данные", "учётные данные", "имя пользователя или пароль", "パスワード", "ユーザー名またはパスワード", "密码", "用户名或密码", "密碼", "帳號或密碼",
		"使用者名稱或密碼", "비밀번호", "사용자 이름 또는 비밀번호", "사용자 이름 또는 암호", "암호가 잘못", // batch 25-lang probe 7: Korean "암호" (password)
		"şifre", "parola", "kullanıcı adı veya şifre", "heslo", "přihlašovací údaje", "uživatelské jméno nebo heslo",
		"lösenord", "inloggningsuppgifter", "användarnamn eller lösenord",
		// batch 18-lang: ar, he, el, hu, ro, uk, fi, da, nb, vi, th, id, hi
		"كلمة السر", "كلمة المرور", "اسم المستخدم أو كلمة المرور", "סיסמה", "ססמה", "שם המשתמש או הסיסמה", "κωδικός πρόσβασης", "όνομα χρήστη ή κωδικός", "jelszó", "felhasználónév vagy jelszó", "felhasználónév vagy a jelszó", "numele de utilizator sau parola", "salasana", "käyttäjätunnus tai salasana", "adgangskode", "brugernavn eller adgangskode", "passord", "brukernavn eller passord", "mật khẩu", "tên người dùng hoặc mật khẩu", "รหัสผ่าน", "ชื่อผู้ใช้หรือรหัสผ่าน", "kata sandi", "nama pengguna atau kata sandi", "पासवर्ड", "उपयोगकर्ता नाम या पासवर्ड", "ім'я користувача або пароль",
		// batch 21-lang: Romanian without the article ("Nume de utilizator sau parolă greșită")
		"nume de utilizator", "parolă"}
	lang17WrongVerdicts = []string{
		"falsch", "ungültig", "incorrect", "erroné", "invalide", "incorrecto", "incorrecta", "inválid", "errat", "sbagliat", "non valid", "non corrett", "incorret",
		"onjuist", "verkeerd", "ongeldig", "błędn", "nieprawidłow", "niepoprawn", "неверн", "неправильн", "正しくありません", "間違", "错误", "錯誤", "不正确", "不正確",
		"올바르지 않", "잘못", "yanlış", "hatalı", "geçersiz", "nesprávn", "špatn", "neplatn", "felaktig", "ogiltig",
		// batch 18-lang: ar, he, el, hu, ro, uk, fi, da, nb, vi, th, id, hi
		"غير صحيح", "غير صحيحة", "خاطئ", "خاطئة", "שגוי", "שגויה", "λάθος", "εσφαλμένο", "rossz", "hibás", "nem megfelelő", "greșit", "gresit", "incorect", "väärin", "virheellinen", "forkert", "feil", "sai", "không đúng", "ไม่ถูกต้อง", "ผิด", "salah", "tidak benar", "गलत", "невірн",
		// batch 19-lang: written without accents ("Usuario o contraseña invalidos"; es/pt/it "invalido", "erroneo")
		"invalid", "errone", "incorret",
		// batch 21-lang: cs, sv, fi ("Chybné uživatelské jméno nebo heslo", "Fel användarnamn eller lösenord", "Väärä käyttäjätunnus tai salasana")
		"chybn", "fel", "väärä"}

	lang17RateCauses = []string{"too frequently", "too frequent", "frequently sending", "sending too fast", "too many mails", "too many messages", "频率", "頻率", "過於頻繁", "过于频繁"}
)

var lang17Rules = []rule{
	// a message returned to its sender because of the recipient's state:
	// the sender's word in the returned-to-sender phrase is no refusal of
	// the sender's own account, which the recipient concepts exclude
	// (intlSenderWords), so "Le message a été retourné à l'expéditeur : le
	// compte du destinataire est désactivé" found no rule
	{ID: "lang17.returned-user-unknown", Any: lang17ReturnedToSender, WithAlso: [][]string{intlNotExistVerdicts},
		// (the sender's word inside the returned-to-sender phrase does not count: sense.go; batch 18-lang)
		NotAlso: [][]string{intlDomainSubjects, intlSenderAddress, lang17YourAccount, intlSenderWords},
		Cat:     UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The message came back to its sender because the recipient address does not exist at the receiving server."},
	{ID: "lang17.returned-mailbox-disabled", Any: lang17ReturnedToSender, WithAlso: [][]string{intlDisabledVerdicts},
		NotAlso: [][]string{intlDomainSubjects, intlSenderAddress, lang17YourAccount, intlIPSubjects, intlSenderWords},
		Cat:     MailboxDisabled, Weak: true, Pri: conceptPri,
		Summary: "The message came back to its sender because the recipient's mailbox is disabled, locked or suspended."},
	// the message expired, in the languages whose expiry words the English
	// "expired" does not cover (Microsoft's Czech NDR reference: "Platnost
	// zprávy ve frontě vypršela")
	{ID: "lang17.l10n-message-expired", Any: lang17ExpirySubjects, With: lang17ExpiryVerdicts,
		NotAlso: [][]string{lang17NotMessageExpiry},
		Cat:     Expired, Weak: true, Pri: conceptPri,
		Summary: "The message could not be delivered before its time in the sending server's queue ran out, and came back."},
	// could not be delivered for more than N hours/days: the queue lifetime
	// ran out ("送信先メールサーバに72時間以上メールを送信出来ない為…")
	{ID: "lang17.l10n-undelivered-for", Any: lang17Durations, With: lang17CouldNotDeliver,
		NotAlso: [][]string{lang17StillTrying},
		Cat:     Expired, Weak: true, Pri: conceptPri,
		Summary: "The sending server could not deliver the message for as long as it keeps trying, and gave up."},
	// the receiver's service or resources unavailable (a 421's "Service not
	// available, closing transmission channel" in Dutch says it closes the
	// connection too: the service is the cause, not the network)
	{ID: "lang17.l10n-service-unavailable", Any: lang17ServiceUnavailable,
		Cat: ServerError, Pri: conceptPri + 2,
		Summary: "The receiving server's service or resources are unavailable for now; the sending MTA retries by itself."},
	// the user name or password wrong, as clients and servers say it in
	// the large languages ("Błąd serwera SMTP: nieprawidłowa nazwa
	// użytkownika lub hasło")
	{ID: "lang17.l10n-credentials-wrong", Any: lang17CredentialSubjects, With: lang17WrongVerdicts,
		NotAlso: [][]string{intl12RequiredWords, lang17ExpiryVerdicts, intlSenderAddress},
		Cat:     AuthFailed, Weak: true, Pri: conceptPri + 2,
		Summary: "The mail server refused the login: the user name or password is wrong.",
		Fix:     []string{"Check the user name (often the full address) and password in the account's settings; many providers require an app password or OAuth2 instead of the account password."},
		Refs:    []string{"RFC 4954"}},
	// the mailbox's storage exceeded, said of the mailbox itself rather
	// than of a quota ("storleken på e-postlådan kommer att överskridas")
	{ID: "lang17.l10n-storage-exceeded", Any: intlStorageSubjects, WithAlso: [][]string{intl9ExceededVerdicts},
		NotAlso: [][]string{lang17MessageSize, lang16SendingSubjects},
		Cat:     MailboxFull, Weak: true, Pri: conceptPri,
		Summary: "The recipient's mailbox is over its storage limit."},
	// the server out of memory or disk: its own resources, for now
	{ID: "lang17.l10n-out-of-memory", Any: lang17OutOfMemory,
		Not: []string{"mailbox", "postfach", "boîte", "buzón", "casella", "caixa", "postvak", "skrzynk", "skrzync", "ящик", "メールボックス", "邮箱", "信箱", "메일함", "posta kutusu", "schránk", "brevlåd"},
		Cat: ServerError, Weak: true, Pri: conceptPri,
		Summary: "The receiving (or sending) server is short of memory or disk space for now; the sending MTA retries by itself."},
	// a queue frozen by the server's admin: nothing leaves it until it is released
	// (not weak: "冻结" alone reads as a locked mailbox; the queue says whose)
	{ID: "lang17.l10n-queue-frozen", Any: lang17QueueWords, With: lang17FrozenVerdicts,
		Cat: ServerError, Pri: conceptPri + 2,
		Summary: "The server's queue has been frozen (stopped by its administrator); messages in it wait until it is released."},
	// a network or connection problem named as such
	{ID: "lang17.l10n-network-problem", Any: lang17NetworkProblem,
		Cat: Network, Weak: true, Pri: conceptPri,
		Summary: "A network or connection problem between the servers prevents delivery for now; the sending MTA retries."},
	// a mail loop or the hop count exceeded, in the large languages
	{ID: "lang17.l10n-loop", Any: lang17LoopWords, With: []string{"邮件", "郵件", "メール", "메일", "mail", "nachricht", "message", "mensaje", "messaggio", "mensagem", "bericht",
		"wiadomo", "сообщени", "письм", "ileti", "zpráv", "meddelande", "服务器", "伺服器", "サーバ", "서버", "server", "serveur", "servidor", "serwer", "сервер", "sunucu", "跳数", "躍點", "ホップ", "홉", "hop", "saut", "salto", "przeskok", "переход", "atlama", "skok", "hopp",
		// batch 20-lang: the mail named as correo, posta, correio; a loop detected
		"correo", "posta", "correio", "detectado", "rilevato", "détectée", "erkannt", "обнаружен", "检测到", "偵測到", "検出"},
		// (not weak: the hop count exceeded is no sending limit)
		// a program's own loop over its recipients is no mail loop ("la boucle
		// d'envoi de mail s'arrête", a developer's report; heldout23's first run)
		Not: []string{"boucle d'envoi", "boucle de envoi", "bucle de envío", "bucle de envio", "ciclo di invio", "ciclo de envio", "ciclo de envío", "sendeschleife", "versandschleife"},
		Cat: ServerError, Pri: conceptPri + 4,
		Summary: "The message is looping between mail servers (or back to the same one) and exceeded the hop limit: a routing or forwarding misconfiguration."},
	// a behaviour block whose stated reason is the sending rate
	{ID: "lang17.behaviour-rate", Any: []string{"behaviour spam", "behavior spam", "spam behaviour", "spam behavior", "sending behaviour", "sending behavior"},
		With: lang17RateCauses,
		Cat:  RateLimited, Pri: conceptPri + 4,
		Summary: "The receiver (or the sending provider) throttles this sender for sending too frequently; sending works again after a pause.",
		Fix: []string{"Pause sending and send more slowly (spread bulk mail over time); the limit resets by itself.",
			"If the account did not send that much, its password may be stolen: change it."}},
}
