# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: Latvian (translated from the English source).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Kopā droši internetā

## Quick exit, skip link and navigation

quick-exit = Iziet no šīs vietnes
quick-exit-hint = vai trīs reizes nospied Shift
skip-to-content = Pāriet uz galveno saturu
nav-label = Galvenā izvēlne
nav-home = Sākums
nav-lessons = Nodarbības
nav-get-help = Saņemt palīdzību
nav-languages = Citas valodas
nav-countries = Citas valstis
footer-nav-label = Vairāk
language-switcher = Valoda
breadcrumbs-label = Tu esi šeit
pager-label = Citas nodarbības par šo tēmu
published-by = Izdevējs: { $organisation }.
footer-privacy = Šī vietne neizmanto sīkdatnes, neko nesaglabā tavā ierīcē un neseko tev. Tā darbojas arī bez interneta savienojuma.

## Choosers

choose-country-title = Izvēlies savu valsti
choose-country-intro = Katras valsts vietnē ir savas nodarbības, valodas un vietas, kur saņemt palīdzību.
choose-language-intro = Izvēlies savu valodu.

## Home and lesson lists

home-title = Droši internetā
home-intro = Nodarbības bērniem, jauniešiem, vecākiem un skolotājiem par groomingu (bērnu pavedināšanu internetā), attēliem un citiem riskiem internetā, kā arī par to, kur saņemt palīdzību.
home-topics = Tēmas
lessons-title = Visas nodarbības
lessons-intro = Nodarbības trim vecuma grupām un ceļveži vecākiem, aprūpētājiem un skolotājiem.
lesson-count = { $count ->
    [zero] { $count } nodarbības
    [one] { $count } nodarbība
   *[other] { $count } nodarbības
}
card-fallback = Valoda: { $shown }
card-draft = Tulkojums gaida pārbaudi

## Lesson facts

meta-audience = Kam
meta-age-band = Vecums
meta-duration = Ilgums
on-this-page = Šajā lapā
previous-lesson = Iepriekšējā
next-lesson = Nākamā
duration-minutes = { $minutes ->
    [zero] { $minutes } minūtes
    [one] { $minutes } minūte
   *[other] { $minutes } minūtes
}

topic-grooming = Groomings (pavedināšana internetā)
topic-self-produced-images = Attēli un dalīšanās
topic-online-risks = Riski internetā

age-band-8-10 = 8–10 gadi
age-band-11-13 = 11–13 gadi
age-band-14-17 = 14–17 gadi
age-band-adults = Pieaugušie

audience-children = Bērni un jaunieši
audience-parents = Vecāki un aprūpētāji
audience-teachers = Skolotāji

## Notices

fallback-notice = Šī lapa vēl nav pieejama šajā valodā: { $requested }. Tā tiek rādīta šajā valodā: { $shown }.
draft-notice = Šis tulkojums ir veidots bez dzimtās valodas runātāja pārskatīšanas un vēl gaida pārbaudi.
stale-notice = Kopš tulkošanas šīs lapas oriģināls ir mainījies, tāpēc tulkojums var būt novecojis.

## Getting help

help-box-title = Vajag ar kādu parunāt?
help-box-text = Tā nekad nav tava vaina. Šie cilvēki var tev palīdzēt, un saruna paliks konfidenciāla.
help-box-more = Visas vietas, kur saņemt palīdzību
contacts-title = Palīdzība: { $country }
contact-kind-emergency = Ārkārtas palīdzība
contact-kind-helpline = Bērnu uzticības tālrunis
contact-kind-hotline = Ziņot par nelegāliem attēliem
contact-kind-police = Ziņot policijai
contact-kind-other = Cita palīdzība
contact-call = Zvani uz { $number }
contact-website = Tīmekļvietne
contact-verified = Pārbaudīts: { $date }
directory-helpline-intro = Atrodi bērnu uzticības tālruni savā valstī
directory-hotline-intro = Atrodi ziņošanas līniju savā valstī

## Search

search-label = Meklēt nodarbībās
search-button = Meklēt
search-browse = Skatīt visas nodarbības
search-results = { $count ->
    [0] Tavam meklējumam neatbilst neviena nodarbība.
    [zero] Tavam meklējumam atbilst { $count } nodarbības.
    [one] Tavam meklējumam atbilst { $count } nodarbība.
   *[other] Tavam meklējumam atbilst { $count } nodarbības.
}
search-shown-in = Rādīts šajā valodā: { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: bezsaistes kopija šai valstij: { $country }
bundle-readme-body =
    Šajā mapē ir pilna vietnes kopija. Tā darbojas arī bez interneta savienojuma.
    Lai to izmantotu, atarhivē mapi un pēc tam atver failu index.html tīmekļa pārlūkā.
    Mapi vari nokopēt USB zibatmiņā, koplietojamā diskā vai skolas iekštīklā.
    Arī kopijā darbojas meklēšana, valodas pārslēgšana un drukāšana.
    Failā MANIFEST-SHA256.txt ir uzskaitīti visi faili ar to SHA-256 kontrolsummām, lai tu varētu pārbaudīt, ka nekas nav mainīts.
    Nodarbībās ir uzticības tālruņu numuri un tīmekļvietnes. Lūdzu, pārbaudi tos pirms nodarbības, jo tie var mainīties.

## Not found

not-found-title = Lapa nav atrasta
not-found-text = Šī lapa neeksistē. Izvēlies savu valsti, lai atrastu nodarbības.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Latviešu

language-bg = bulgāru
language-cnr = melnkalniešu
language-cs = čehu
language-da = dāņu
language-de = vācu
language-el = grieķu
language-en = angļu
language-es = spāņu
language-et = igauņu
language-fi = somu
language-fil = filipīniešu
language-fr = franču
language-ga = īru
language-hr = horvātu
language-hu = ungāru
language-it = itāļu
language-ja = japāņu
language-ka = gruzīnu
language-km = khmeru
language-ko = korejiešu
language-lb = luksemburgiešu
language-lt = lietuviešu
language-lv = latviešu
language-mi = maoru
language-mt = maltiešu
language-nb = norvēģu (bukmols)
language-nl = nīderlandiešu
language-nn = norvēģu (jaunnorvēģu)
language-pl = poļu
language-pt = portugāļu
language-ro = rumāņu
language-sk = slovāku
language-sl = slovēņu
language-sq = albāņu
language-sr = serbu (kirilica)
language-sr-Latn = serbu (latīņu raksts)
language-sv = zviedru
language-th = taju
language-tr = turku
language-uk = ukraiņu
language-vi = vjetnamiešu

## Country names, as written in this locale

country-al = Albānija
country-at = Austrija
country-au = Austrālija
country-be = Beļģija
country-bg = Bulgārija
country-ca = Kanāda
country-ch = Šveice
country-cy = Kipra
country-cz = Čehija
country-de = Vācija
country-dk = Dānija
country-ee = Igaunija
country-es = Spānija
country-fi = Somija
country-fr = Francija
country-gb = Apvienotā Karaliste
country-ge = Gruzija
country-gh = Gana
country-gr = Grieķija
country-hr = Horvātija
country-hu = Ungārija
country-ie = Īrija
country-it = Itālija
country-jp = Japāna
country-kh = Kambodža
country-kr = Dienvidkoreja
country-lt = Lietuva
country-lu = Luksemburga
country-lv = Latvija
country-md = Moldova
country-me = Melnkalne
country-mt = Malta
country-ng = Nigērija
country-nl = Nīderlande
country-no = Norvēģija
country-nz = Jaunzēlande
country-ph = Filipīnas
country-pl = Polija
country-pt = Portugāle
country-ro = Rumānija
country-rs = Serbija
country-se = Zviedrija
country-si = Slovēnija
country-sk = Slovākija
country-th = Taizeme
country-tr = Turcija
country-ua = Ukraina
country-us = Amerikas Savienotās Valstis
country-vn = Vjetnama
