# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Bashkë të sigurt në internet

## Quick exit, skip link and navigation

quick-exit = Dil nga kjo faqe
quick-exit-hint = ose shtyp Shift tri herë
skip-to-content = Kalo te përmbajtja kryesore
nav-label = Kryesore
nav-home = Ballina
nav-lessons = Mësimet
nav-get-help = Merr ndihmë
nav-languages = Gjuhë të tjera
nav-countries = Vende të tjera
footer-nav-label = Më shumë
language-switcher = Gjuha
breadcrumbs-label = Ti je këtu
pager-label = Më shumë mësime për këtë temë
published-by = Botuar nga { $organisation }.
footer-privacy = Kjo faqe nuk vendos cookies, nuk ruan asgjë në pajisjen tënde dhe nuk të gjurmon. Funksionon edhe pa lidhje interneti.

## Choosers

choose-country-title = Zgjidh vendin tënd
choose-country-intro = Faqja e secilit vend ka mësimet, gjuhët dhe vendet e veta ku mund të gjesh ndihmë.
choose-language-intro = Zgjidh gjuhën tënde.

## Home and lesson lists

home-title = Të sigurt në internet
home-intro = Mësime për fëmijë, të rinj, prindër dhe mësues për joshjen e fëmijëve në internet (grooming), për imazhet dhe rreziqe të tjera në internet, si dhe ku të gjesh ndihmë.
home-topics = Temat
lessons-title = Të gjitha mësimet
lessons-intro = Mësime për tri grupmosha, me udhëzues për prindër, kujdestarë dhe mësues.
lesson-count = { $count ->
    [one] { $count } mësim
   *[other] { $count } mësime
}
card-fallback = Në { $shown }
card-draft = Përkthim në pritje të rishikimit

## Lesson facts

meta-audience = Për
meta-age-band = Mosha
meta-duration = Kohëzgjatja
on-this-page = Në këtë faqe
previous-lesson = I mëparshmi
next-lesson = Tjetri
duration-minutes = { $minutes ->
    [one] { $minutes } minutë
   *[other] { $minutes } minuta
}

topic-grooming = Joshja në internet (grooming)
topic-self-produced-images = Imazhet dhe shpërndarja
topic-online-risks = Rreziqet në internet

age-band-8-10 = 8 deri në 10
age-band-11-13 = 11 deri në 13
age-band-14-17 = 14 deri në 17
age-band-adults = Të rriturit

audience-children = Fëmijë dhe të rinj
audience-parents = Prindër dhe kujdestarë
audience-teachers = Mësues

## Notices

fallback-notice = Kjo faqe nuk është ende e disponueshme në { $requested }. Po shfaqet në { $shown }.
draft-notice = Ky përkthim u bë pa një rishikues me shqipen si gjuhë amtare dhe po pret të kontrollohet.
stale-notice = Origjinali i kësaj faqeje ka ndryshuar që kur u përkthye; përkthimi mund të mos jetë i përditësuar.

## Getting help

help-box-title = Ke nevojë të flasësh me dikë?
help-box-text = Nuk është kurrë faji yt. Këta njerëz mund të të ndihmojnë, në mirëbesim.
help-box-more = Të gjitha vendet ku mund të gjesh ndihmë
contacts-title = Ku të gjesh ndihmë: { $country }
contact-kind-emergency = Urgjenca
contact-kind-helpline = Linja e ndihmës për fëmijë
contact-kind-hotline = Raporto imazhe të paligjshme
contact-kind-police = Raporto në polici
contact-kind-other = Ndihmë tjetër
contact-call = Telefono { $number }
contact-website = Faqja e internetit
contact-verified = Kontrolluar më { $date }
directory-helpline-intro = Gjej një linjë ndihme për fëmijë në vendin tënd
directory-hotline-intro = Gjej një linjë raportimi në vendin tënd

## Search

search-label = Kërko në mësime
search-button = Kërko
search-browse = Shfleto të gjitha mësimet
search-results = { $count ->
    [0] Asnjë mësim nuk përputhet me kërkimin tënd.
    [one] { $count } mësim përputhet me kërkimin tënd.
   *[other] { $count } mësime përputhen me kërkimin tënd.
}
search-shown-in = Shfaqur në { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: kopje jashtë linje për vendin tënd: { $country }
bundle-readme-body =
    Kjo dosje është një kopje e plotë e faqes. Funksionon edhe pa lidhje interneti.
    Për ta përdorur, çkompreso dosjen, pastaj hap skedarin index.html në një shfletues uebi.
    Mund ta kopjosh dosjen në një USB, në një disk të përbashkët ose në intranetin e shkollës.
    Kërkimi, ndërrimi i gjuhës dhe printimi funksionojnë edhe në kopje.
    Skedari MANIFEST-SHA256.txt rendit çdo skedar me shumën e tij të kontrollit SHA-256, që të mund të verifikosh se nuk është ndryshuar asgjë.
    Mësimet përmbajnë numra telefoni dhe faqe interneti të linjave të ndihmës. Të lutem kontrolloji para një mësimi, sepse mund të ndryshojnë.

## Not found

not-found-title = Faqja nuk u gjet
not-found-text = Kjo faqe nuk ekziston. Zgjidh vendin tënd për të gjetur mësimet.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Shqip

language-bg = bullgarisht
language-cnr = malazisht
language-cs = çekisht
language-da = danisht
language-de = gjermanisht
language-el = greqisht
language-en = anglisht
language-es = spanjisht
language-et = estonisht
language-fi = finlandisht
language-fil = filipinisht
language-fr = frëngjisht
language-ga = irlandisht
language-hr = kroatisht
language-hu = hungarisht
language-it = italisht
language-ja = japonisht
language-ka = gjeorgjisht
language-km = kmerisht
language-ko = koreanisht
language-lb = luksemburgisht
language-lt = lituanisht
language-lv = letonisht
language-mi = maorisht
language-mt = maltisht
language-nb = norvegjisht (bokmål)
language-nl = holandisht
language-nn = norvegjisht (nynorsk)
language-pl = polonisht
language-pt = portugalisht
language-ro = rumanisht
language-sk = sllovakisht
language-sl = sllovenisht
language-sq = shqip
language-sr = serbisht (cirilike)
language-sr-Latn = serbisht (latine)
language-sv = suedisht
language-th = tajlandisht
language-tr = turqisht
language-uk = ukrainisht
language-vi = vietnamisht

## Country names, as written in this locale

country-al = Shqipëri
country-at = Austri
country-au = Australi
country-be = Belgjikë
country-bg = Bullgari
country-ca = Kanada
country-ch = Zvicër
country-cy = Qipro
country-cz = Çeki
country-de = Gjermani
country-dk = Danimarkë
country-ee = Estoni
country-es = Spanjë
country-fi = Finlandë
country-fr = Francë
country-gb = Mbretëria e Bashkuar
country-ge = Gjeorgji
country-gh = Ganë
country-gr = Greqi
country-hr = Kroaci
country-hu = Hungari
country-ie = Irlandë
country-it = Itali
country-jp = Japoni
country-kh = Kamboxhia
country-kr = Kore e Jugut
country-lt = Lituani
country-lu = Luksemburg
country-lv = Letoni
country-md = Moldavi
country-me = Mal i Zi
country-mt = Maltë
country-ng = Nigeri
country-nl = Holandë
country-no = Norvegji
country-nz = Zelandë e Re
country-ph = Filipine
country-pl = Poloni
country-pt = Portugali
country-ro = Rumani
country-rs = Serbi
country-se = Suedi
country-si = Slloveni
country-sk = Sllovaki
country-th = Tajlandë
country-tr = Turqi
country-ua = Ukrainë
country-us = Shtetet e Bashkuara
country-vn = Vietnam
