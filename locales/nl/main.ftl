# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Samen veilig online

## Quick exit, skip link and navigation

quick-exit = Verlaat deze site
quick-exit-hint = of druk drie keer op Shift
skip-to-content = Naar de hoofdinhoud
nav-label = Hoofdmenu
nav-home = Home
nav-lessons = Lessen
nav-get-help = Hulp zoeken
nav-languages = Andere talen
nav-countries = Andere landen
footer-nav-label = Meer
language-switcher = Taal
breadcrumbs-label = Je bent hier
pager-label = Meer lessen over dit onderwerp
published-by = Uitgegeven door { $organisation }.
footer-privacy = Deze site plaatst geen cookies, slaat niets op je apparaat op en volgt je niet. De site werkt ook zonder internetverbinding.

## Choosers

choose-country-title = Kies je land
choose-country-intro = De site van elk land heeft eigen lessen, talen en plekken waar je hulp kunt krijgen.
choose-language-intro = Kies je taal.

## Home and lesson lists

home-title = Veilig online
home-intro = Lessen voor kinderen, jongeren, ouders en leraren over grooming, beelden en andere risico's online, en over waar je hulp kunt krijgen.
home-topics = Onderwerpen
lessons-title = Alle lessen
lessons-intro = Lessen voor drie leeftijdsgroepen, met handleidingen voor ouders, verzorgers en leraren.
lesson-count = { $count ->
    [one] { $count } les
   *[other] { $count } lessen
}
card-fallback = In het { $shown }
card-draft = Vertaling wacht op controle

## Lesson facts

meta-audience = Voor
meta-age-band = Leeftijd
meta-duration = Tijd
on-this-page = Op deze pagina
previous-lesson = Vorige
next-lesson = Volgende
duration-minutes = { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
}

topic-grooming = Grooming
topic-self-produced-images = Beelden en delen
topic-online-risks = Risico's online

age-band-8-10 = 8 tot 10
age-band-11-13 = 11 tot 13
age-band-14-17 = 14 tot 17
age-band-adults = Volwassenen

audience-children = Kinderen en jongeren
audience-parents = Ouders en verzorgers
audience-teachers = Leraren

## Notices

fallback-notice = Deze pagina is nog niet beschikbaar in het { $requested }. Je ziet de pagina nu in het { $shown }.
draft-notice = Deze vertaling is gemaakt zonder controle door iemand met deze taal als moedertaal en wacht nog op controle.
stale-notice = Het origineel van deze pagina is veranderd sinds het werd vertaald; de vertaling is misschien niet meer actueel.

## Getting help

help-box-title = Wil je met iemand praten?
help-box-text = Het is nooit jouw schuld. Deze mensen kunnen je helpen, in vertrouwen.
help-box-more = Alle plekken waar je hulp kunt krijgen
contacts-title = Hulp in je land: { $country }
contact-kind-emergency = Noodnummer
contact-kind-helpline = Hulplijn voor kinderen
contact-kind-hotline = Illegale beelden melden
contact-kind-police = Melden bij de politie
contact-kind-other = Andere hulp
contact-call = Bel { $number }
contact-website = Website
contact-verified = Gecontroleerd op { $date }
directory-helpline-intro = Zoek een hulplijn voor kinderen in je land
directory-hotline-intro = Zoek een meldpunt in je land

## Search

search-label = Zoek in de lessen
search-button = Zoeken
search-browse = Bekijk alle lessen
search-results = { $count ->
    [0] Geen enkele les past bij je zoekopdracht.
    [one] { $count } les past bij je zoekopdracht.
   *[other] { $count } lessen passen bij je zoekopdracht.
}
search-shown-in = Getoond in het { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: offlinekopie voor je land: { $country }
bundle-readme-body =
    Deze map is een volledige kopie van de site. De kopie werkt zonder internetverbinding.
    Om de kopie te gebruiken, pak je de map uit en open je daarna het bestand index.html in een webbrowser.
    Je kunt de map kopiëren naar een usb-stick, een gedeelde schijf of het intranet van de school.
    Zoeken, de taalkeuze en afdrukken werken ook in de kopie.
    Het bestand MANIFEST-SHA256.txt somt alle bestanden op met hun SHA-256-controlesom, zodat je kunt nagaan dat er niets is veranderd.
    De lessen bevatten telefoonnummers en websites van hulplijnen. Controleer ze vóór een les, want ze kunnen veranderen.

## Not found

not-found-title = Pagina niet gevonden
not-found-text = Deze pagina bestaat niet. Kies je land om de lessen te vinden.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Nederlands

language-bg = Bulgaars
language-cnr = Montenegrijns
language-cs = Tsjechisch
language-da = Deens
language-de = Duits
language-el = Grieks
language-en = Engels
language-es = Spaans
language-et = Estisch
language-fi = Fins
language-fil = Filipijns
language-fr = Frans
language-ga = Iers
language-hr = Kroatisch
language-hu = Hongaars
language-it = Italiaans
language-ja = Japans
language-ka = Georgisch
language-km = Khmer
language-ko = Koreaans
language-lb = Luxemburgs
language-lt = Litouws
language-lv = Lets
language-mi = Maori
language-mt = Maltees
language-nb = Noors (Bokmål)
language-nl = Nederlands
language-nn = Noors (Nynorsk)
language-pl = Pools
language-pt = Portugees
language-ro = Roemeens
language-sk = Slowaaks
language-sl = Sloveens
language-sq = Albanees
language-sr = Servisch (Cyrillisch)
language-sr-Latn = Servisch (Latijns)
language-sv = Zweeds
language-th = Thai
language-tr = Turks
language-uk = Oekraïens
language-vi = Vietnamees

## Country names, as written in this locale

country-al = Albanië
country-at = Oostenrijk
country-au = Australië
country-be = België
country-bg = Bulgarije
country-ca = Canada
country-ch = Zwitserland
country-cy = Cyprus
country-cz = Tsjechië
country-de = Duitsland
country-dk = Denemarken
country-ee = Estland
country-es = Spanje
country-fi = Finland
country-fr = Frankrijk
country-gb = Verenigd Koninkrijk
country-ge = Georgië
country-gh = Ghana
country-gr = Griekenland
country-hr = Kroatië
country-hu = Hongarije
country-ie = Ierland
country-it = Italië
country-jp = Japan
country-kh = Cambodja
country-kr = Zuid-Korea
country-lt = Litouwen
country-lu = Luxemburg
country-lv = Letland
country-md = Moldavië
country-me = Montenegro
country-mt = Malta
country-ng = Nigeria
country-nl = Nederland
country-no = Noorwegen
country-nz = Nieuw-Zeeland
country-ph = Filipijnen
country-pl = Polen
country-pt = Portugal
country-ro = Roemenië
country-rs = Servië
country-se = Zweden
country-si = Slovenië
country-sk = Slowakije
country-th = Thailand
country-tr = Turkije
country-ua = Oekraïne
country-us = Verenigde Staten
country-vn = Vietnam
