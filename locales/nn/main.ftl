# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Trygge saman på nett

## Quick exit, skip link and navigation

quick-exit = Forlat denne sida
quick-exit-hint = eller trykk på Shift tre gonger
skip-to-content = Gå til hovudinnhaldet
nav-label = Hovudmeny
nav-home = Framside
nav-lessons = Leksjonar
nav-get-help = Få hjelp
nav-languages = Andre språk
nav-countries = Andre land
footer-nav-label = Meir
language-switcher = Språk
breadcrumbs-label = Du er her
pager-label = Fleire leksjonar om dette temaet
published-by = Gitt ut av { $organisation }.
footer-privacy = Denne nettstaden brukar ingen informasjonskapslar, lagrar ingenting på eininga di og sporar deg ikkje. Nettstaden verkar utan internettsamband.

## Choosers

choose-country-title = Vel landet ditt
choose-country-intro = Nettstaden for kvart land har eigne leksjonar, språk og stader der du kan få hjelp.
choose-language-intro = Vel språket ditt.

## Home and lesson lists

home-title = Trygg på nettet
home-intro = Leksjonar for barn, unge, foreldre og lærarar om grooming, bilete og andre farar på nettet, og om kvar du kan få hjelp.
home-topics = Tema
lessons-title = Alle leksjonar
lessons-intro = Leksjonar for tre aldersgrupper, med rettleiingar for foreldre, føresette og lærarar.
lesson-count = { $count ->
    [one] { $count } leksjon
   *[other] { $count } leksjonar
}
card-fallback = På { $shown }
card-draft = Omsetjinga ventar på gjennomlesing

## Lesson facts

meta-audience = For
meta-age-band = Alder
meta-duration = Tid
on-this-page = På denne sida
previous-lesson = Førre
next-lesson = Neste
duration-minutes = { $minutes ->
    [one] { $minutes } minutt
   *[other] { $minutes } minutt
}

topic-grooming = Grooming
topic-self-produced-images = Bilete og deling
topic-online-risks = Farar på nettet

age-band-8-10 = 8 til 10
age-band-11-13 = 11 til 13
age-band-14-17 = 14 til 17
age-band-adults = Vaksne

audience-children = Barn og unge
audience-parents = Foreldre og føresette
audience-teachers = Lærarar

## Notices

fallback-notice = Denne sida finst ikkje på { $requested } enno. Ho blir vist på { $shown }.
draft-notice = Denne omsetjinga er laga utan at nokon med språket som morsmål har lese ho, og ho ventar på å bli kontrollert.
stale-notice = Originalen til denne sida er endra sidan ho vart omsett; omsetjinga kan vere utdatert.

## Getting help

help-box-title = Treng du nokon å snakke med?
help-box-text = Det er aldri di skuld. Desse kan hjelpe deg, og du kan snakke med dei i fortrulegheit.
help-box-more = Alle stader der du kan få hjelp
contacts-title = Hjelp i { $country }
contact-kind-emergency = Naudnummer
contact-kind-helpline = Hjelpetelefon for barn
contact-kind-hotline = Meld frå om ulovlege bilete
contact-kind-police = Meld frå til politiet
contact-kind-other = Anna hjelp
contact-call = Ring { $number }
contact-website = Nettstad
contact-verified = Kontrollert { $date }
directory-helpline-intro = Finn ein hjelpetelefon for barn i landet ditt
directory-hotline-intro = Finn ei teneste i landet ditt der du kan melde frå

## Search

search-label = Søk i leksjonane
search-button = Søk
search-browse = Sjå alle leksjonane
search-results = { $count ->
    [0] Ingen leksjonar passar til søket ditt.
    [one] { $count } leksjon passar til søket ditt.
   *[other] { $count } leksjonar passar til søket ditt.
}
search-shown-in = Vist på { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: offlinekopi for { $country }
bundle-readme-body =
    Denne mappa er ein fullstendig kopi av nettstaden. Ho verkar utan internettsamband.
    For å bruke kopien pakkar du ut mappa og opnar så fila index.html i ein nettlesar.
    Du kan kopiere mappa til ein minnepinne, ein delt disk eller intranettet til skulen.
    Søk, språkval og utskrift verkar òg i kopien.
    Fila MANIFEST-SHA256.txt viser alle filene med SHA-256-sjekksummen deira, slik at du kan kontrollere at ingenting er endra.
    Leksjonane inneheld telefonnummer og nettstader til hjelpetelefonar. Sjekk dei før ein leksjon, sidan dei kan endre seg.

## Not found

not-found-title = Fann ikkje sida
not-found-text = Denne sida finst ikkje. Vel landet ditt for å finne leksjonane.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Norsk nynorsk

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
country-at = Austerrike
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
country-lu = Luxembourg
country-lv = Latvia
country-md = Moldova
country-me = Montenegro
country-mt = Malta
country-ng = Nigeria
country-nl = Nederland
country-no = Noreg
country-nz = New Zealand
country-ph = Filippinane
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
