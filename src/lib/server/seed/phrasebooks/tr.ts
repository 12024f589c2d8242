/** Turkish templates for offer translations. */
import type { Phrasebook } from './types';

export const tr: Phrasebook = {
	kinds: {
		sprachkurs: [
			'Almanca kursu',
			'Günlük hayat için Almanca öğrenin.',
			'Küçük gruplarda konuşma, okuma ve yazma çalışıyoruz.'
		],
		integrationskurs: [
			'Uyum kursu (Integrationskurs)',
			'Almanca dil kursu ve Almanya’daki yaşam hakkında oryantasyon kursu.',
			'Kurs, B1 seviyesinde „Deutsch-Test für Zuwanderer“ sınavıyla sona erer.'
		],
		alphabetisierung: [
			'Okuma yazma kursu',
			'Latin alfabesiyle okuma ve yazmayı öğrenin.',
			'Kendi hızınızda, sabırlı öğretmenlerle öğreniyoruz.'
		],
		elterncafe: [
			'Veli kafesi',
			'Çay ve kahve eşliğinde diğer ebeveynlerle tanışın.',
			'Eğitim, okul ve günlük yaşam hakkında konuşuyoruz. Çocuklarınız bu sırada oynayabilir.'
		],
		spielgruppe: [
			'Çok dilli oyun grubu',
			'Ebeveynler ve küçük çocuklar için oyun, şarkı ve hikâyeler.',
			'Ana dilinizi ve Almancayı birlikte güçlendiriyoruz.'
		],
		hausaufgaben: [
			'Ödev yardımı',
			'Okul çocukları için ödevlerde destek.',
			'Gönüllüler çocuklara ödevlerinde ve okumada yardım eder.'
		],
		migrationsberatung: [
			'Göç danışmanlığı',
			'Oturum, iş, okul ve dil kursları hakkında danışmanlık.',
			'Danışmanlık gizlidir. Lütfen telefonla randevu alın.'
		],
		familienberatung: [
			'Aile danışmanlığı',
			'Eğitim ve aile hayatıyla ilgili sorularda destek.',
			'Danışmanlık gizlidir; gerekirse tercüman ayarlayabiliriz.'
		],
		familie: [
			'Ebeveynler için bilgilendirme',
			'Eğitim, okul ve aile hayatı hakkında bilgi ve fikir alışverişi.',
			'Diğer ebeveynlerle deneyimlerinizi paylaşabilirsiniz.'
		],
		treff: [
			'Buluşma kafesi',
			'Farklı kültürlerden insanlarla tanışmak için açık buluşma.',
			'Birlikte sohbet ediyor ve Almanca pratik yapıyoruz.'
		],
		schwimmkurs: [
			'Yüzme kursu',
			'Deneyimli eğitmenlerle yüzmeyi öğrenin.',
			'Küçük gruplar halinde güvenli bir şekilde suya alışıyoruz.'
		],
		computer: [
			'Bilgisayar ve akıllı telefon kursu',
			'Akıllı telefon, e-posta ve internetin temel kullanımı.',
			'Kendi cihazınızı getirebilirsiniz.'
		],
		beruf: [
			'Meslek yönlendirme ve başvuru eğitimi',
			'Meslek seçimi, staj ve başvuru belgeleri için destek.',
			'Özgeçmişinizi birlikte hazırlıyor ve iş görüşmesini çalışıyoruz.'
		],
		sprachfoerderung: [
			'Çocuklar için dil desteği',
			'Oyunlar ve hikâyelerle Almanca dil gelişimini destekliyoruz.',
			'Ebeveynlerle düzenli görüşmeler yapıyoruz.'
		],
		lesen: [
			'Çok dilli okuma saati',
			'Çocuklar için Almanca ve ana dilde hikâyeler.',
			'Birlikte kitap okuyor ve resim yapıyoruz.'
		],
		herkunftssprache: [
			'Çocuklar için Türkçe dersi',
			'Çocuklar Türkçe okumayı ve yazmayı öğrenir.',
			'Ana dilini iyi bilen çocuklar Almancayı da daha kolay öğrenir.'
		]
	},
	free: 'Katılım ücretsizdir.',
	paid: (e) => `Katılım ücreti: ${e} €.`,
	registration: 'Lütfen önceden kayıt olun.',
	noRegistration: 'Kayıt gerekmez, doğrudan gelebilirsiniz.',
	address: (s, p) => `Adres: ${s}, ${p} Salzgitter.`,
	heldIn: (mono) => (mono ? 'Etkinlik Türkçe yapılır.' : 'Etkinlik Almanca ve Türkçe yapılır.')
};
