# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Sama-samang Ligtas Online

## Quick exit, skip link and navigation

quick-exit = Umalis sa site na ito
quick-exit-hint = o pindutin ang Shift nang tatlong beses
skip-to-content = Lumaktaw sa pangunahing nilalaman
nav-label = Pangunahing menu
nav-home = Unang Pahina
nav-lessons = Mga Aralin
nav-get-help = Humingi ng tulong
nav-languages = Ibang wika
nav-countries = Ibang bansa
footer-nav-label = Iba pa
language-switcher = Wika
breadcrumbs-label = Nandito ka
pager-label = Iba pang aralin tungkol sa paksang ito
published-by = Inilathala ng { $organisation }.
footer-privacy = Hindi gumagamit ng cookies ang site na ito, wala itong iniimbak sa iyong device, at hindi ka nito sinusubaybayan. Gumagana ito kahit walang koneksiyon sa internet.

## Choosers

choose-country-title = Piliin ang iyong bansa
choose-country-intro = May sariling mga aralin, wika, at mapagkukunan ng tulong ang site ng bawat bansa.
choose-language-intro = Piliin ang iyong wika.

## Home and lesson lists

home-title = Maging ligtas online
home-intro = Mga aralin para sa mga bata, kabataan, magulang, at guro tungkol sa grooming, mga larawan, at iba pang panganib online, at kung saan puwedeng humingi ng tulong.
home-topics = Mga Paksa
lessons-title = Lahat ng aralin
lessons-intro = Mga aralin para sa tatlong pangkat ng edad, kasama ang mga gabay para sa mga magulang, tagapag-alaga, at guro.
lesson-count = { $count ->
    [one] { $count } aralin
   *[other] { $count } aralin
}
card-fallback = Sa wikang { $shown }
card-draft = Naghihintay pa ng pagsusuri ang salin

## Lesson facts

meta-audience = Para sa
meta-age-band = Edad
meta-duration = Tagal
on-this-page = Sa pahinang ito
previous-lesson = Nakaraan
next-lesson = Susunod
duration-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuto
}

topic-grooming = Grooming
topic-self-produced-images = Mga larawan at pagbabahagi
topic-online-risks = Mga panganib online

age-band-8-10 = 8 hanggang 10
age-band-11-13 = 11 hanggang 13
age-band-14-17 = 14 hanggang 17
age-band-adults = Nasa hustong gulang

audience-children = Mga bata at kabataan
audience-parents = Mga magulang at tagapag-alaga
audience-teachers = Mga guro

## Notices

fallback-notice = Wala pang bersiyon ng pahinang ito sa wikang { $requested }. Ipinapakita ito sa wikang { $shown }.
draft-notice = Ginawa ang saling ito nang walang tagasuring katutubong nagsasalita ng wika, at naghihintay pa itong masuri.
stale-notice = Nagbago na ang orihinal ng pahinang ito mula nang isalin ito; maaaring luma na ang salin.

## Getting help

help-box-title = Kailangan mo ba ng makakausap?
help-box-text = Hindi kailanman ikaw ang may kasalanan. Matutulungan ka ng mga taong ito nang kumpidensiyal.
help-box-more = Lahat ng lugar kung saan puwedeng humingi ng tulong
contacts-title = Tulong sa { $country }
contact-kind-emergency = Emerhensiya
contact-kind-helpline = Helpline para sa mga bata
contact-kind-hotline = Mag-ulat ng ilegal na larawan
contact-kind-police = Mag-ulat sa pulisya
contact-kind-other = Iba pang tulong
contact-call = Tumawag sa { $number }
contact-website = Website
contact-verified = Sinuri noong { $date }
directory-helpline-intro = Maghanap ng helpline para sa mga bata sa iyong bansa
directory-hotline-intro = Maghanap ng hotline para sa pag-uulat sa iyong bansa

## Search

search-label = Maghanap sa mga aralin
search-button = Maghanap
search-browse = Tingnan ang lahat ng aralin
search-results = { $count ->
    [0] Walang aralin na tumutugma sa iyong paghahanap.
    [one] { $count } aralin ang tumutugma sa iyong paghahanap.
   *[other] { $count } aralin ang tumutugma sa iyong paghahanap.
}
search-shown-in = Ipinapakita sa wikang { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: offline na kopya para sa { $country }
bundle-readme-body =
    Ang folder na ito ay kumpletong kopya ng site. Gumagana ito kahit walang koneksiyon sa internet.
    Para magamit ito, i-unzip ang folder, at pagkatapos ay buksan ang file na index.html sa isang web browser.
    Puwede mong kopyahin ang folder sa isang USB stick, sa isang shared drive, o sa intranet ng paaralan.
    Gumagana rin sa kopya ang paghahanap, ang pagpapalit ng wika, at ang pag-print.
    Nakalista sa file na MANIFEST-SHA256.txt ang bawat file kasama ang SHA-256 checksum nito, para masuri mo na walang anumang binago.
    May mga numero ng telepono at website ng mga helpline sa mga aralin. Pakisuri ang mga ito bago ang aralin, dahil puwedeng magbago ang mga ito.

## Not found

not-found-title = Hindi nahanap ang pahina
not-found-text = Walang ganitong pahina. Piliin ang iyong bansa para makita ang mga aralin.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Filipino

language-bg = Bulgarian
language-cnr = Montenegrin
language-cs = Czech
language-da = Danish
language-de = German
language-el = Greek
language-en = Ingles
language-es = Spanish
language-et = Estonian
language-fi = Finnish
language-fil = Filipino
language-fr = French
language-ga = Irish
language-hr = Croatian
language-hu = Hungarian
language-it = Italian
language-ja = Japanese
language-ka = Georgian
language-km = Khmer
language-ko = Korean
language-lb = Luxembourgish
language-lt = Lithuanian
language-lv = Latvian
language-mi = Māori
language-mt = Maltese
language-nb = Norwegian Bokmål
language-nl = Dutch
language-nn = Norwegian Nynorsk
language-pl = Polish
language-pt = Portuguese
language-ro = Romanian
language-sk = Slovak
language-sl = Slovenian
language-sq = Albanian
language-sr = Serbian (Cyrillic)
language-sr-Latn = Serbian (Latin)
language-sv = Swedish
language-th = Thai
language-tr = Turkish
language-uk = Ukrainian
language-vi = Vietnamese

## Country names, as written in this locale

country-al = Albania
country-at = Austria
country-au = Australia
country-be = Belgium
country-bg = Bulgaria
country-ca = Canada
country-ch = Switzerland
country-cy = Cyprus
country-cz = Czechia
country-de = Germany
country-dk = Denmark
country-ee = Estonia
country-es = Spain
country-fi = Finland
country-fr = France
country-gb = United Kingdom
country-ge = Georgia
country-gh = Ghana
country-gr = Greece
country-hr = Croatia
country-hu = Hungary
country-ie = Ireland
country-it = Italy
country-jp = Japan
country-kh = Cambodia
country-kr = Timog Korea
country-lt = Lithuania
country-lu = Luxembourg
country-lv = Latvia
country-md = Moldova
country-me = Montenegro
country-mt = Malta
country-ng = Nigeria
country-nl = Netherlands
country-no = Norway
country-nz = New Zealand
country-ph = Pilipinas
country-pl = Poland
country-pt = Portugal
country-ro = Romania
country-rs = Serbia
country-se = Sweden
country-si = Slovenia
country-sk = Slovakia
country-th = Thailand
country-tr = Türkiye
country-ua = Ukraine
country-us = Estados Unidos
country-vn = Vietnam
