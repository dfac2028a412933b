# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = İnternette Birlikte Güvende

## Quick exit, skip link and navigation

quick-exit = Bu siteden çık
quick-exit-hint = ya da Shift tuşuna üç kez bas
skip-to-content = Ana içeriğe geç
nav-label = Ana menü
nav-home = Ana sayfa
nav-lessons = Dersler
nav-get-help = Yardım al
nav-languages = Diğer diller
nav-countries = Diğer ülkeler
footer-nav-label = Daha fazla
language-switcher = Dil
breadcrumbs-label = Buradasın
pager-label = Bu konuda başka dersler
published-by = Yayımlayan: { $organisation }.
footer-privacy = Bu site çerez kullanmaz, cihazına hiçbir şey kaydetmez ve seni takip etmez. İnternet bağlantısı olmadan da çalışır.

## Choosers

choose-country-title = Ülkeni seç
choose-country-intro = Her ülkenin sitesinde kendi dersleri, dilleri ve yardım alınabilecek yerleri vardır.
choose-language-intro = Dilini seç.

## Home and lesson lists

home-title = İnternette güvende kalmak
home-intro = Çocuklar, gençler, ebeveynler ve öğretmenler için internette istismar amaçlı yakınlaşma (grooming), görüntüler ve diğer riskler hakkında dersler ve nereden yardım alınabileceğine dair bilgiler.
home-topics = Konular
lessons-title = Tüm dersler
lessons-intro = Üç yaş grubu için dersler; ebeveynler, bakım verenler ve öğretmenler için rehberlerle birlikte.
lesson-count = { $count ->
    [one] { $count } ders
   *[other] { $count } ders
}
card-fallback = Dil: { $shown }
card-draft = Çeviri incelenmeyi bekliyor

## Lesson facts

meta-audience = Kimin için
meta-age-band = Yaş
meta-duration = Süre
on-this-page = Bu sayfada
previous-lesson = Önceki
next-lesson = Sonraki
duration-minutes = { $minutes ->
    [one] { $minutes } dakika
   *[other] { $minutes } dakika
}

topic-grooming = İstismar amaçlı yakınlaşma
topic-self-produced-images = Görüntüler ve paylaşım
topic-online-risks = İnternetteki riskler

age-band-8-10 = 8 ile 10 arası
age-band-11-13 = 11 ile 13 arası
age-band-14-17 = 14 ile 17 arası
age-band-adults = Yetişkinler

audience-children = Çocuklar ve gençler
audience-parents = Ebeveynler ve bakım verenler
audience-teachers = Öğretmenler

## Notices

fallback-notice = Bu sayfa henüz şu dilde yok: { $requested }. Şu dilde gösteriliyor: { $shown }.
draft-notice = Bu çeviri, anadili Türkçe olan birinin incelemesi olmadan yapıldı ve kontrol edilmeyi bekliyor.
stale-notice = Bu sayfanın aslı, çevrildikten sonra değişti; çeviri güncel olmayabilir.

## Getting help

help-box-title = Biriyle konuşmaya ihtiyacın var mı?
help-box-text = Bu asla senin suçun değil. Bu kişiler sana yardım edebilir ve anlattıklarını gizli tutar.
help-box-more = Yardım alabileceğin tüm yerler
contacts-title = Yardım alabileceğin yerler: { $country }
contact-kind-emergency = Acil durum
contact-kind-helpline = Çocuk yardım hattı
contact-kind-hotline = Yasa dışı görüntüleri bildir
contact-kind-police = Polise bildir
contact-kind-other = Diğer yardım
contact-call = Ara: { $number }
contact-website = Web sitesi
contact-verified = Kontrol tarihi: { $date }
directory-helpline-intro = Ülkendeki bir çocuk yardım hattını bul
directory-hotline-intro = Ülkendeki bir ihbar hattını bul

## Search

search-label = Derslerde ara
search-button = Ara
search-browse = Tüm dersleri gör
search-results = { $count ->
    [0] Aramanla eşleşen ders yok.
    [one] Aramanla { $count } ders eşleşiyor.
   *[other] Aramanla { $count } ders eşleşiyor.
}
search-shown-in = Şu dilde gösteriliyor: { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: { $country } için çevrim dışı kopya
bundle-readme-body =
    Bu klasör sitenin eksiksiz bir kopyasıdır. İnternet bağlantısı olmadan da çalışır.
    Kullanmak için klasörü zip dosyasından çıkar, ardından index.html dosyasını bir web tarayıcısında aç.
    Klasörü bir USB belleğe, paylaşılan bir sürücüye veya okulun intranetine kopyalayabilirsin.
    Arama, dil değiştirme ve yazdırma kopyada da çalışır.
    MANIFEST-SHA256.txt dosyası her dosyayı SHA-256 sağlama toplamıyla birlikte listeler; böylece hiçbir şeyin değiştirilmediğini kontrol edebilirsin.
    Derslerde yardım hatlarının telefon numaraları ve web siteleri yer alır. Değişebilecekleri için lütfen bunları dersten önce kontrol et.

## Not found

not-found-title = Sayfa bulunamadı
not-found-text = Böyle bir sayfa yok. Dersleri bulmak için ülkeni seç.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Türkçe

language-bg = Bulgarca
language-cnr = Karadağca
language-cs = Çekçe
language-da = Danca
language-de = Almanca
language-el = Yunanca
language-en = İngilizce
language-es = İspanyolca
language-et = Estonca
language-fi = Fince
language-fil = Filipince
language-fr = Fransızca
language-ga = İrlandaca
language-hr = Hırvatça
language-hu = Macarca
language-it = İtalyanca
language-ja = Japonca
language-ka = Gürcüce
language-km = Kmerce
language-ko = Korece
language-lb = Lüksemburgca
language-lt = Litvanca
language-lv = Letonca
language-mi = Maori dili
language-mt = Maltaca
language-nb = Norveççe (Bokmål)
language-nl = Felemenkçe
language-nn = Norveççe (Nynorsk)
language-pl = Lehçe
language-pt = Portekizce
language-ro = Rumence
language-sk = Slovakça
language-sl = Slovence
language-sq = Arnavutça
language-sr = Sırpça (Kiril)
language-sr-Latn = Sırpça (Latin)
language-sv = İsveççe
language-th = Tayca
language-tr = Türkçe
language-uk = Ukraynaca
language-vi = Vietnamca

## Country names, as written in this locale

country-al = Arnavutluk
country-at = Avusturya
country-au = Avustralya
country-be = Belçika
country-bg = Bulgaristan
country-ca = Kanada
country-ch = İsviçre
country-cy = Kıbrıs
country-cz = Çekya
country-de = Almanya
country-dk = Danimarka
country-ee = Estonya
country-es = İspanya
country-fi = Finlandiya
country-fr = Fransa
country-gb = Birleşik Krallık
country-ge = Gürcistan
country-gh = Gana
country-gr = Yunanistan
country-hr = Hırvatistan
country-hu = Macaristan
country-ie = İrlanda
country-it = İtalya
country-jp = Japonya
country-kh = Kamboçya
country-kr = Güney Kore
country-lt = Litvanya
country-lu = Lüksemburg
country-lv = Letonya
country-md = Moldova
country-me = Karadağ
country-mt = Malta
country-ng = Nijerya
country-nl = Hollanda
country-no = Norveç
country-nz = Yeni Zelanda
country-ph = Filipinler
country-pl = Polonya
country-pt = Portekiz
country-ro = Romanya
country-rs = Sırbistan
country-se = İsveç
country-si = Slovenya
country-sk = Slovakya
country-th = Tayland
country-tr = Türkiye
country-ua = Ukrayna
country-us = Amerika Birleşik Devletleri
country-vn = Vietnam
