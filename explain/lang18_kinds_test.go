package explain

import (
	"strings"
	"testing"
)

// Held-out batch 18-lang: the concepts in the languages with less coverage
// (Arabic, Hebrew, Greek, Hungarian, Romanian, Ukrainian, Finnish, Danish,
// Norwegian, Vietnamese, Thai, Indonesian, Hindi). Each kind is tested in
// new wording (not the batch's rows), and where the batch met a concept in
// one language, in the others too: the fix is the concept's vocabulary, not
// the batch's phrase. Negative cases keep the neighbouring readings.

// The recipient's address unknown, its mailbox disabled or full, its domain unknown: the
// subject and the verdict in each of the thirteen languages, in word orders the batch did not have.
func TestKindLang18RecipientState(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Η διεύθυνση email του παραλήπτη δεν υπάρχει.", UserUnknown, ClassPermanent},
		{"הנמען אינו קיים בשרת.", UserUnknown, ClassPermanent},
		{"عنوان البريد الإلكتروني غير موجود", UserUnknown, ClassPermanent},
		{"A címzett e-mail-címe nem található a kiszolgálón.", UserUnknown, ClassPermanent},
		{"Adresa de e-mail a destinatarului nu există.", UserUnknown, ClassPermanent},
		{"Vastaanottajan sähköpostiosoitetta ei löydy.", UserUnknown, ClassPermanent},
		{"Modtageren findes ikke.", UserUnknown, ClassPermanent},
		{"Mottakeren finnes ikke på serveren.", UserUnknown, ClassPermanent},
		{"ไม่มีผู้ใช้นี้ในระบบ", UserUnknown, ClassPermanent},
		{"प्राप्तकर्ता का ईमेल पता मौजूद नहीं है", UserUnknown, ClassPermanent},
		{"Alamat email penerima tidak terdaftar.", UserUnknown, ClassPermanent},
		{"حساب البريد معطل", MailboxDisabled, ClassPermanent},
		{"תיבת הדואר של הנמען מושבתת", MailboxDisabled, ClassPermanent},
		{"Ο λογαριασμός του παραλήπτη είναι απενεργοποιημένος.", MailboxDisabled, ClassPermanent},
		{"A címzett postafiókja zárolva van.", MailboxDisabled, ClassPermanent},
		{"Contul destinatarului este blocat.", MailboxDisabled, ClassPermanent},
		{"Поштова скринька одержувача деактивована.", MailboxDisabled, ClassPermanent},
		{"Vastaanottajan postilaatikko on suljettu.", MailboxDisabled, ClassPermanent},
		{"Modtagerens postkasse er deaktiveret.", MailboxDisabled, ClassPermanent},
		{"Mottakerens postkasse er stengt.", MailboxDisabled, ClassPermanent},
		{"บัญชีอีเมลของผู้รับถูกปิดใช้งาน", MailboxDisabled, ClassPermanent},
		{"Akun email penerima tidak aktif.", MailboxDisabled, ClassPermanent},
		{"प्राप्तकर्ता का खाता निलंबित है", MailboxDisabled, ClassPermanent},
		{"صندوق البريد الخاص بالمستلم ممتلئ", MailboxFull, ClassPermanent},
		{"תיבת הדואר של הנמען מלאה", MailboxFull, ClassPermanent},
		{"A címzett postafiókja megtelt.", MailboxFull, ClassPermanent},
		{"Căsuța poștală a destinatarului este plină.", MailboxFull, ClassPermanent},
		{"Vastaanottajan postilaatikko on täynnä.", MailboxFull, ClassPermanent},
		{"Modtagerens postkasse er fuld.", MailboxFull, ClassPermanent},
		{"กล่องจดหมายของผู้รับเต็มแล้ว", MailboxFull, ClassPermanent},
		{"प्राप्तकर्ता का मेलबॉक्स भर गया है", MailboxFull, ClassPermanent},
		{"הדומיין אינו קיים", HostUnknown, ClassPermanent},
		{"Το όνομα τομέα δεν υπάρχει.", HostUnknown, ClassPermanent},
		{"Domeniul destinatarului nu există.", HostUnknown, ClassPermanent},
		{"Verkkotunnusta ei ole olemassa.", HostUnknown, ClassPermanent},
		{"Domænet findes ikke.", HostUnknown, ClassPermanent},
		{"โดเมนนี้ไม่มีอยู่", HostUnknown, ClassPermanent},
		{"डोमेन मौजूद नहीं है", HostUnknown, ClassPermanent},
		{"Az SMTP-kiszolgáló ismeretlen.", HostUnknown, ClassPermanent},
	})
}

// The sender's address invalid or blocked: sender-invalid, and policy when the receiver blocks it
// (its own list); an IP or server on a list is reputation.
func TestKindLang18Sender(t *testing.T) {
	checkKinds(t, []kindCase{
		{"عنوان المُرسِل غير صالح", SenderInvalid, ClassPermanent},
		{"כתובת השולח אינה חוקית", SenderInvalid, ClassPermanent},
		{"A feladó címe érvénytelen.", SenderInvalid, ClassPermanent},
		{"Adresa expeditorului este invalidă.", SenderInvalid, ClassPermanent},
		{"Lähettäjän osoite on virheellinen.", SenderInvalid, ClassPermanent},
		{"Afsenderadressen er ugyldig.", SenderInvalid, ClassPermanent},
		{"ที่อยู่ผู้ส่งไม่ถูกต้อง", SenderInvalid, ClassPermanent},
		{"प्रेषक का पता अमान्य है", SenderInvalid, ClassPermanent},
		{"Adresa expeditorului a fost blocată de server.", Policy, ClassPermanent},
		{"Lähettäjä on estolistalla.", Policy, ClassPermanent},
		{"ผู้ส่งถูกบล็อกโดยผู้รับ", Policy, ClassPermanent},
		{"השולח נמצא ברשימה שחורה", Policy, ClassPermanent},
		{"A szervere feketelistán van.", Reputation, ClassPermanent},
		{"Serverul dumneavoastră este pe lista neagră.", Reputation, ClassPermanent},
		{"Adresa IP a fost blocată.", Reputation, ClassPermanent},
		{"IP-osoitteesi on estetty.", Reputation, ClassPermanent},
		{"ที่อยู่ IP ของคุณถูกบล็อก", Reputation, ClassPermanent},
		{"Alamat IP Anda diblokir.", Reputation, ClassPermanent},
		{"כתובת ה-IP שלך חסומה", Reputation, ClassPermanent},
	})
}

// Relaying refused, too many recipients, a wait between two sends.
func TestKindLang18Limits(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Retransmiterea nu este permisă (relay interzis).", RelayDenied, ClassPermanent},
		{"Välitys estetty.", RelayDenied, ClassPermanent},
		{"Relæ afvist.", RelayDenied, ClassPermanent},
		{"Chuyển tiếp bị từ chối.", RelayDenied, ClassPermanent},
		{"ממסר נדחה", RelayDenied, ClassPermanent},
		{"Prea mulți destinatari.", RateLimited, ClassTransient},
		{"Liian monta vastaanottajaa.", RateLimited, ClassTransient},
		{"For mange modtagere.", RateLimited, ClassTransient},
		{"יותר מדי נמענים", RateLimited, ClassTransient},
		{"Terlalu banyak penerima.", RateLimited, ClassTransient},
		{"ผู้รับมากเกินไป", RateLimited, ClassTransient},
		{"Kérjük, várjon 20 másodpercet a következő küldés előtt.", RateLimited, ClassTransient},
		{"يرجى الانتظار 60 ثانية قبل إرسال رسالة أخرى", RateLimited, ClassTransient},
	})
}

// A password wrong, a login that failed, an SMTP login or encryption required.
func TestKindLang18Login(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Salasana on väärin.", AuthFailed, ClassPermanent},
		{"كلمة المرور غير صحيحة", AuthFailed, ClassPermanent},
		{"הסיסמה שגויה", AuthFailed, ClassPermanent},
		{"A jelszó hibás.", AuthFailed, ClassPermanent},
		{"Parola este greșită.", AuthFailed, ClassPermanent},
		{"Adgangskoden er forkert.", AuthFailed, ClassPermanent},
		{"Passordet er feil.", AuthFailed, ClassPermanent},
		{"Mật khẩu không đúng.", AuthFailed, ClassPermanent},
		{"รหัสผ่านไม่ถูกต้อง", AuthFailed, ClassPermanent},
		{"Kata sandi salah.", AuthFailed, ClassPermanent},
		{"पासवर्ड गलत है", AuthFailed, ClassPermanent},
		{"فشل تسجيل الدخول إلى الخادم", AuthFailed, ClassPermanent},
		{"Kirjautuminen epäonnistui.", AuthFailed, ClassPermanent},
		{"Az SMTP-hitelesítés szükséges.", AuthRequired, ClassPermanent},
		{"التشفير مطلوب", TLSRequired, ClassPermanent},
		{"נדרשת הצפנה (TLS)", TLSRequired, ClassPermanent},
		{"Απαιτείται κρυπτογράφηση TLS.", TLSRequired, ClassPermanent},
		{"Titkosítás szükséges.", TLSRequired, ClassPermanent},
		{"Este necesară criptarea TLS.", TLSRequired, ClassPermanent},
		{"TLS-salaus vaaditaan.", TLSRequired, ClassPermanent},
		{"จำเป็นต้องใช้การเข้ารหัส TLS", TLSRequired, ClassPermanent},
		{"Enkripsi TLS diperlukan.", TLSRequired, ClassPermanent},
	})
}

// The message too large, an attachment refused by policy, a virus found, spam.
func TestKindLang18Content(t *testing.T) {
	checkKinds(t, []kindCase{
		{"الملف المرفق غير مسموح به", Policy, ClassPermanent},
		{"קובץ מצורף מסוג זה אסור", Policy, ClassPermanent},
		{"Az ilyen típusú melléklet nem engedélyezett.", Policy, ClassPermanent},
		{"Liite ei ole sallittu.", Policy, ClassPermanent},
		{"Vedlegget er ikke tillatt.", Policy, ClassPermanent},
		{"ไฟล์แนบนี้ไม่อนุญาต", Policy, ClassPermanent},
		{"Lampiran ini tidak diizinkan.", Policy, ClassPermanent},
		{"حجم الرسالة يتجاوز الحد المسموح به", MessageTooBig, ClassPermanent},
		{"גודל ההודעה חורג מהמגבלה", MessageTooBig, ClassPermanent},
		{"Az üzenet mérete meghaladja a korlátot.", MessageTooBig, ClassPermanent},
		{"Viestin koko ylittää rajan.", MessageTooBig, ClassPermanent},
		{"ขนาดของข้อความเกินขีดจำกัด", MessageTooBig, ClassPermanent},
		{"Ukuran pesan melebihi batas.", MessageTooBig, ClassPermanent},
		{"تم اكتشاف فيروس في الرسالة", Virus, ClassPermanent},
		{"ההודעה מכילה וירוס", Virus, ClassPermanent},
		{"Az üzenet vírust tartalmaz.", Virus, ClassPermanent},
		{"Mesajul conține un virus.", Virus, ClassPermanent},
		{"Viesti sisältää viruksen.", Virus, ClassPermanent},
		{"Meddelelsen indeholder en virus.", Virus, ClassPermanent},
		{"ตรวจพบไวรัสในข้อความ", Virus, ClassPermanent},
		{"Pesan ini mengandung virus.", Virus, ClassPermanent},
		{"Az üzenetet levélszemétként utasítottuk el.", SpamContent, ClassPermanent},
		{"Tin nhắn bị đánh dấu là thư rác.", SpamContent, ClassPermanent},
		{"ข้อความถูกระบุว่าเป็นจดหมายขยะ", SpamContent, ClassPermanent},
	})
}

// The server busy or its service unavailable, a message expired, no permission to send, and an
// application's report that it could not send (unknown: no cause given).
func TestKindLang18ServerAndOutcome(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Δεν έχετε δικαίωμα αποστολής σε αυτόν τον παραλήπτη.", Policy, ClassPermanent},
		{"Nu aveți permisiunea de a trimite mesaje către acest grup.", Policy, ClassPermanent},
		{"Bạn không có quyền gửi tới nhóm này.", Policy, ClassPermanent},
		{"השרת עמוס, נסה שוב מאוחר יותר", ServerError, ClassTransient},
		{"Serverul este ocupat, încercați mai târziu.", ServerError, ClassTransient},
		{"Palvelu ei ole käytettävissä.", ServerError, ClassTransient},
		{"Layanan tidak tersedia untuk sementara.", ServerError, ClassTransient},
		{"Az üzenet lejárt, a kézbesítés nem sikerült.", Expired, ClassPermanent},
		{"Mesajul a expirat în coada de așteptare.", Expired, ClassPermanent},
		{"Viesti vanheni jonossa.", Expired, ClassPermanent},
		{"Meldingen er utløpt.", Expired, ClassPermanent},
		{"ข้อความหมดอายุแล้ว", Expired, ClassPermanent},
		{"Pesan telah kedaluwarsa.", Expired, ClassPermanent},
		{"ההודעה פג תוקפה", Expired, ClassPermanent},
		{"Η αποστολή απέτυχε.", Unknown, ClassUnknown},
		{"Lähetys epäonnistui.", Unknown, ClassUnknown},
		{"Gagal mengirim pesan.", Unknown, ClassUnknown},
		{"ส่งไม่สำเร็จ", Unknown, ClassUnknown},
		{"Az SMTP-kiszolgálóhoz való kapcsolódás időtúllépés miatt megszakadt.", Network, ClassTransient},
	})
}

// The neighbouring readings: an IP address on a list is reputation, not the
// sender's policy; a domain is no recipient; a delay that goes on trying is
// no expiry; a message returned to its sender for the sender's own account
// is no disabled recipient (sense.go), for the recipient's it is.
func TestKindLang18Neighbours(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Adresa IP a expeditorului este pe lista neagră.", Reputation, ClassPermanent},
		{"A címzett domainje nem létezik.", HostUnknown, ClassPermanent},
		{"Viesti on viivästynyt, palvelin yrittää edelleen toimittaa sitä.", Unknown, ClassTransient},
		{"Meldingen kunne ikke leveres på over 48 timer.", Expired, ClassPermanent},
		{"Batas pengiriman harian telah terlampaui.", RateLimited, ClassTransient},
		{"Ukuran pesan melebihi batas.", MessageTooBig, ClassPermanent},
		{"Vastaanottajan postilaatikko on täynnä, yritä myöhemmin uudelleen.", MailboxFull, ClassTransient},
		{"Η διεύθυνση email του αποστολέα δεν υπάρχει.", SenderInvalid, ClassPermanent},
		{"Mesajul a fost returnat expeditorului: contul destinatarului este dezactivat.", MailboxDisabled, ClassPermanent},
		{"Viesti palautettu lähettäjälle: vastaanottajan postilaatikko on suljettu.", MailboxDisabled, ClassPermanent},
		{"Mesajul a fost returnat expeditorului: destinatarul nu a fost găsit.", UserUnknown, ClassPermanent},
		{"Mesajul a fost returnat expeditorului: contul expeditorului este dezactivat.", Unknown, ClassPermanent},
	})
	// a virus the text says is absent, or the sender's own antivirus, is no virus found
	for _, in := range []string{
		"Az üzenet nem tartalmaz vírust.",
		"برنامج مكافحة الفيروسات منع إرسال الرسالة",
		"Viesti ei sisällä viruksia.",
	} {
		if e, err := explainOne(in); err == nil && e.Category == Virus {
			t.Errorf("%q: read as a virus found (rule %q)", in, e.Rule)
		}
	}
}

// A word that a text holds only inside a phrase that gives it another sense
// (the sender as where a bounce goes) is dropped from the found keywords;
// the same word elsewhere in the text still counts.
func TestSenseShadowedSenderWords(t *testing.T) {
	e := theEngine()
	for _, tc := range []struct {
		text, word string
		kept       bool
	}{
		{"Le message a été retourné à l'expéditeur : le compte est désactivé", "expéditeur", false},
		{"Le message a été retourné à l'expéditeur : le compte de l'expéditeur est désactivé", "expéditeur", true},
		{"Mesajul a fost returnat expeditorului.", "expeditor", false},
		{"Adresa expeditorului a fost respinsă.", "expeditor", true},
		{"Undelivered Mail Returned to Sender", "sender", false},
		{"Undelivered Mail Returned to Sender: sender address rejected", "sender", true},
	} {
		var set patternSet
		found := e.m.scan(tc.text, &set, nil)
		found = e.senseShadowed(tc.text, &set, found)
		id, ok := e.m.lookup(strings.ToLower(tc.word))
		if !ok {
			t.Fatalf("%q is no keyword of the table", tc.word)
		}
		inFound := false
		for _, f := range found {
			inFound = inFound || f == id
		}
		if set.has(id) != tc.kept || inFound != tc.kept {
			t.Errorf("%q: %q kept %v (in found %v), want %v", tc.text, tc.word, set.has(id), inFound, tc.kept)
		}
	}
}

// Batch 18-lang b: a verb a concept lacked in the languages, found on the
// b batch's first run and tested here in the other languages too: STARTTLS
// that the server does not use or offer, plain-text passwords it does not
// allow (in the passwords' inflected and plural forms), a server that will
// go on trying (the future tense: temporary, no cause given).
func TestKindLang18bVerbs(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Palvelin ei tarjoa STARTTLS-toimintoa.", TLSRequired, ClassPermanent},
		{"Serverul nu folosește STARTTLS.", TLSRequired, ClassPermanent},
		{"השרת אינו משתמש ב-STARTTLS", TLSRequired, ClassPermanent},
		{"Serveren tilbyder ikke STARTTLS.", TLSRequired, ClassPermanent},
		{"Server tidak menyediakan STARTTLS.", TLSRequired, ClassPermanent},
		{"Сервер не використовує STARTTLS.", TLSRequired, ClassPermanent},
		{"A kiszolgáló nem engedélyezi a titkosítatlan jelszavakat.", AuthFailed, ClassPermanent},
		{"Palvelin ei salli salaamattomia salasanoja.", AuthFailed, ClassPermanent},
		{"Server tidak mengizinkan kata sandi teks biasa.", AuthFailed, ClassPermanent},
		{"השרת אינו מאפשר סיסמאות לא מוצפנות", AuthFailed, ClassPermanent},
		{"الخادم لا يسمح بكلمات المرور غير المشفرة", AuthFailed, ClassPermanent},
		{"Сервер одержувача намагатиметься доставити лист ще раз.", Unknown, ClassTransient},
		{"Máy chủ sẽ tiếp tục cố gắng gửi thư.", Unknown, ClassTransient},
		{"Serveren vil fortsette å prøve å levere meldingen.", Unknown, ClassTransient},
		{"Pelayan akan terus mencoba mengirim pesan.", Unknown, ClassTransient},
		// a password wrong stays a login that failed; a delay that ends in a bounce is no retry
		{"Salasana on väärin.", AuthFailed, ClassPermanent},
		{"Meldingen kunne ikke leveres på over 48 timer.", Expired, ClassPermanent},
	})
}
