# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Împreună, în siguranță online

## Quick exit, skip link and navigation

quick-exit = Părăsește site-ul
quick-exit-hint = sau apasă de trei ori Shift
skip-to-content = Sari la conținutul principal
nav-label = Meniu principal
nav-home = Acasă
nav-lessons = Lecții
nav-get-help = Cere ajutor
nav-languages = Alte limbi
nav-countries = Alte țări
footer-nav-label = Mai multe
language-switcher = Limbă
breadcrumbs-label = Ești aici
pager-label = Mai multe lecții pe această temă
published-by = Publicat de { $organisation }.
footer-privacy = Acest site nu folosește cookie-uri, nu salvează nimic pe dispozitivul tău și nu te urmărește. Funcționează fără conexiune la internet.

## Choosers

choose-country-title = Alege-ți țara
choose-country-intro = Site-ul fiecărei țări are propriile lecții, limbi și locuri unde poți cere ajutor.
choose-language-intro = Alege-ți limba.

## Home and lesson lists

home-title = În siguranță online
home-intro = Lecții pentru copii, tineri, părinți și profesori despre grooming, imagini și alte riscuri online și despre locurile unde poți cere ajutor.
home-topics = Teme
lessons-title = Toate lecțiile
lessons-intro = Lecții pentru trei grupe de vârstă, cu ghiduri pentru părinți, îngrijitori și profesori.
lesson-count = { $count ->
    [one] { $count } lecție
    [few] { $count } lecții
   *[other] { $count } de lecții
}
card-fallback = În { $shown }
card-draft = Traducere în așteptarea verificării

## Lesson facts

meta-audience = Pentru
meta-age-band = Vârstă
meta-duration = Durată
on-this-page = Pe această pagină
previous-lesson = Anterioara
next-lesson = Următoarea
duration-minutes = { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}

topic-grooming = Grooming
topic-self-produced-images = Imagini și distribuire
topic-online-risks = Riscuri online

age-band-8-10 = 8–10 ani
age-band-11-13 = 11–13 ani
age-band-14-17 = 14–17 ani
age-band-adults = Adulți

audience-children = Copii și tineri
audience-parents = Părinți și îngrijitori
audience-teachers = Profesori

## Notices

fallback-notice = Această pagină nu este încă disponibilă în { $requested }. Este afișată în { $shown }.
draft-notice = Această traducere a fost făcută fără verificarea unui vorbitor nativ și așteaptă să fie verificată.
stale-notice = Originalul acestei pagini s-a schimbat de când a fost tradusă; traducerea poate fi depășită.

## Getting help

help-box-title = Vrei să vorbești cu cineva?
help-box-text = Nu este niciodată vina ta. Acești oameni te pot ajuta, confidențial.
help-box-more = Toate locurile unde poți cere ajutor
contacts-title = Ajutor în { $country }
contact-kind-emergency = Urgențe
contact-kind-helpline = Linie de ajutor pentru copii
contact-kind-hotline = Raportează imagini ilegale
contact-kind-police = Raportează la poliție
contact-kind-other = Alt ajutor
contact-call = Sună la { $number }
contact-website = Site web
contact-verified = Verificat la { $date }
directory-helpline-intro = Găsește o linie de ajutor pentru copii în țara ta
directory-hotline-intro = Găsește o linie de raportare în țara ta

## Search

search-label = Caută în lecții
search-button = Caută
search-browse = Vezi toate lecțiile
search-results = { $count ->
    [0] Nicio lecție nu corespunde căutării tale.
    [one] { $count } lecție corespunde căutării tale.
    [few] { $count } lecții corespund căutării tale.
   *[other] { $count } de lecții corespund căutării tale.
}
search-shown-in = Afișat în { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: copie offline pentru { $country }
bundle-readme-body =
    Acest dosar este o copie completă a site-ului. Funcționează fără conexiune la internet.
    Ca s-o folosești, dezarhivează dosarul, apoi deschide fișierul index.html într-un browser web.
    Poți copia dosarul pe un stick USB, pe o unitate partajată sau pe intranetul școlii.
    Căutarea, schimbarea limbii și tipărirea funcționează și în copie.
    Fișierul MANIFEST-SHA256.txt enumeră fiecare fișier cu suma lui de control SHA-256, ca să poți verifica faptul că nimic nu a fost modificat.
    Lecțiile conțin numere de telefon și site-uri ale liniilor de ajutor. Te rugăm să le verifici înainte de lecție, pentru că se pot schimba.

## Not found

not-found-title = Pagina nu a fost găsită
not-found-text = Această pagină nu există. Alege-ți țara ca să găsești lecțiile.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Română

language-bg = bulgară
language-cnr = muntenegreană
language-cs = cehă
language-da = daneză
language-de = germană
language-el = greacă
language-en = engleză
language-es = spaniolă
language-et = estonă
language-fi = finlandeză
language-fil = filipineză
language-fr = franceză
language-ga = irlandeză
language-hr = croată
language-hu = maghiară
language-it = italiană
language-ja = japoneză
language-ka = georgiană
language-km = khmeră
language-ko = coreeană
language-lb = luxemburgheză
language-lt = lituaniană
language-lv = letonă
language-mi = maori
language-mt = malteză
language-nb = norvegiană bokmål
language-nl = neerlandeză
language-nn = norvegiană nynorsk
language-pl = poloneză
language-pt = portugheză
language-ro = română
language-sk = slovacă
language-sl = slovenă
language-sq = albaneză
language-sr = sârbă (chirilică)
language-sr-Latn = sârbă (latină)
language-sv = suedeză
language-th = thailandeză
language-tr = turcă
language-uk = ucraineană
language-vi = vietnameză

## Country names, as written in this locale

country-al = Albania
country-at = Austria
country-au = Australia
country-be = Belgia
country-bg = Bulgaria
country-ca = Canada
country-ch = Elveția
country-cy = Cipru
country-cz = Cehia
country-de = Germania
country-dk = Danemarca
country-ee = Estonia
country-es = Spania
country-fi = Finlanda
country-fr = Franța
country-gb = Regatul Unit
country-ge = Georgia
country-gh = Ghana
country-gr = Grecia
country-hr = Croația
country-hu = Ungaria
country-ie = Irlanda
country-it = Italia
country-jp = Japonia
country-kh = Cambodgia
country-kr = Coreea de Sud
country-lt = Lituania
country-lu = Luxemburg
country-lv = Letonia
country-md = Republica Moldova
country-me = Muntenegru
country-mt = Malta
country-ng = Nigeria
country-nl = Țările de Jos
country-no = Norvegia
country-nz = Noua Zeelandă
country-ph = Filipine
country-pl = Polonia
country-pt = Portugalia
country-ro = România
country-rs = Serbia
country-se = Suedia
country-si = Slovenia
country-sk = Slovacia
country-th = Thailanda
country-tr = Turcia
country-ua = Ucraina
country-us = Statele Unite
country-vn = Vietnam
