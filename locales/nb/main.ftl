# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Trygge sammen på nett

## Quick exit, skip link and navigation

quick-exit = Forlat denne siden
quick-exit-hint = eller trykk på Shift tre ganger
skip-to-content = Gå til hovedinnholdet
nav-label = Hovedmeny
nav-home = Forside
nav-lessons = Leksjoner
nav-get-help = Få hjelp
nav-languages = Andre språk
nav-countries = Andre land
footer-nav-label = Mer
language-switcher = Språk
breadcrumbs-label = Du er her
pager-label = Flere leksjoner om dette temaet
published-by = Utgitt av { $organisation }.
footer-privacy = Dette nettstedet bruker ingen informasjonskapsler, lagrer ingenting på enheten din og sporer deg ikke. Det virker uten internettforbindelse.

## Choosers

choose-country-title = Velg landet ditt
choose-country-intro = Nettstedet for hvert land har egne leksjoner, språk og steder der du kan få hjelp.
choose-language-intro = Velg språket ditt.

## Home and lesson lists

home-title = Trygg på nettet
home-intro = Leksjoner for barn, unge, foreldre og lærere om grooming, bilder og andre farer på nettet, og om hvor du kan få hjelp.
home-topics = Temaer
lessons-title = Alle leksjoner
lessons-intro = Leksjoner for tre aldersgrupper, med veiledninger for foreldre, foresatte og lærere.
lesson-count = { $count ->
    [one] { $count } leksjon
   *[other] { $count } leksjoner
}
card-fallback = På { $shown }
card-draft = Oversettelsen venter på gjennomlesing

## Lesson facts

meta-audience = For
meta-age-band = Alder
meta-duration = Tid
on-this-page = På denne siden
previous-lesson = Forrige
next-lesson = Neste
duration-minutes = { $minutes ->
    [one] { $minutes } minutt
   *[other] { $minutes } minutter
}

topic-grooming = Grooming
topic-self-produced-images = Bilder og deling
topic-online-risks = Farer på nettet

age-band-8-10 = 8 til 10
age-band-11-13 = 11 til 13
age-band-14-17 = 14 til 17
age-band-adults = Voksne

audience-children = Barn og unge
audience-parents = Foreldre og foresatte
audience-teachers = Lærere

## Notices

fallback-notice = Denne siden finnes ikke på { $requested } ennå. Den vises på { $shown }.
draft-notice = Denne oversettelsen er laget uten at noen med språket som morsmål har lest den, og venter på å bli kontrollert.
stale-notice = Originalen til denne siden er endret etter at den ble oversatt; oversettelsen kan være utdatert.

## Getting help

help-box-title = Trenger du noen å snakke med?
help-box-text = Det er aldri din skyld. Disse kan hjelpe deg, og du kan snakke med dem i fortrolighet.
help-box-more = Alle steder der du kan få hjelp
contacts-title = Hjelp i { $country }
contact-kind-emergency = Nødnummer
contact-kind-helpline = Hjelpetelefon for barn
contact-kind-hotline = Meld fra om ulovlige bilder
contact-kind-police = Meld fra til politiet
contact-kind-other = Annen hjelp
contact-call = Ring { $number }
contact-website = Nettsted
contact-verified = Kontrollert { $date }
directory-helpline-intro = Finn en hjelpetelefon for barn i landet ditt
directory-hotline-intro = Finn en tjeneste i landet ditt der du kan melde fra

## Search

search-label = Søk i leksjonene
search-button = Søk
search-browse = Se alle leksjoner
search-results = { $count ->
    [0] Ingen leksjoner passer til søket ditt.
    [one] { $count } leksjon passer til søket ditt.
   *[other] { $count } leksjoner passer til søket ditt.
}
search-shown-in = Vises på { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: offlinekopi for { $country }
bundle-readme-body =
    Denne mappen er en fullstendig kopi av nettstedet. Den virker uten internettforbindelse.
    For å bruke kopien pakker du ut mappen og åpner så filen index.html i en nettleser.
    Du kan kopiere mappen til en minnepinne, en delt disk eller skolens intranett.
    Søk, språkvalg og utskrift virker også i kopien.
    Filen MANIFEST-SHA256.txt viser alle filene med SHA-256-sjekksummen deres, slik at du kan kontrollere at ingenting er endret.
    Leksjonene inneholder telefonnumre og nettsteder til hjelpetelefoner. Sjekk dem før en leksjon, siden de kan endre seg.

## Not found

not-found-title = Fant ikke siden
not-found-text = Denne siden finnes ikke. Velg landet ditt for å finne leksjonene.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Norsk bokmål

language-bg = bulgarsk
language-cnr = montenegrinsk
language-cs = tsjekkisk
language-da = dansk
language-de = tysk
language-el = gresk
language-en = engelsk
language-es = spansk
language-et = estisk
language-fi = finsk
language-fil = filipino
language-fr = fransk
language-ga = irsk
language-hr = kroatisk
language-hu = ungarsk
language-it = italiensk
language-ja = japansk
language-ka = georgisk
language-km = khmer
language-ko = koreansk
language-lb = luxemburgsk
language-lt = litauisk
language-lv = latvisk
language-mi = maori
language-mt = maltesisk
language-nb = norsk bokmål
language-nl = nederlandsk
language-nn = norsk nynorsk
language-pl = polsk
language-pt = portugisisk
language-ro = rumensk
language-sk = slovakisk
language-sl = slovensk
language-sq = albansk
language-sr = serbisk (kyrillisk)
language-sr-Latn = serbisk (latinsk)
language-sv = svensk
language-th = thai
language-tr = tyrkisk
language-uk = ukrainsk
language-vi = vietnamesisk

## Country names, as written in this locale

country-al = Albania
country-at = Østerrike
country-au = Australia
country-be = Belgia
country-bg = Bulgaria
country-ca = Canada
country-ch = Sveits
country-cy = Kypros
country-cz = Tsjekkia
country-de = Tyskland
country-dk = Danmark
country-ee = Estland
country-es = Spania
country-fi = Finland
country-fr = Frankrike
country-gb = Storbritannia
country-ge = Georgia
country-gh = Ghana
country-gr = Hellas
country-hr = Kroatia
country-hu = Ungarn
country-ie = Irland
country-it = Italia
country-jp = Japan
country-kh = Kambodsja
country-kr = Sør-Korea
country-lt = Litauen
country-lu = Luxemburg
country-lv = Latvia
country-md = Moldova
country-me = Montenegro
country-mt = Malta
country-ng = Nigeria
country-nl = Nederland
country-no = Norge
country-nz = New Zealand
country-ph = Filippinene
country-pl = Polen
country-pt = Portugal
country-ro = Romania
country-rs = Serbia
country-se = Sverige
country-si = Slovenia
country-sk = Slovakia
country-th = Thailand
country-tr = Tyrkia
country-ua = Ukraina
country-us = USA
country-vn = Vietnam
