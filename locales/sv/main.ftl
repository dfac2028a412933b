# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Trygga på nätet tillsammans

## Quick exit, skip link and navigation

quick-exit = Lämna sidan
quick-exit-hint = eller tryck på Skift tre gånger
skip-to-content = Hoppa till huvudinnehållet
nav-label = Huvudmeny
nav-home = Start
nav-lessons = Lektioner
nav-get-help = Få hjälp
nav-languages = Andra språk
nav-countries = Andra länder
footer-nav-label = Mer
language-switcher = Språk
breadcrumbs-label = Du är här
pager-label = Fler lektioner om det här ämnet
published-by = Publicerad av { $organisation }.
footer-privacy = Den här webbplatsen använder inga kakor, sparar ingenting på din enhet och spårar dig inte. Den fungerar utan internetanslutning.

## Choosers

choose-country-title = Välj ditt land
choose-country-intro = Varje lands webbplats har sina egna lektioner, språk och ställen där du kan få hjälp.
choose-language-intro = Välj ditt språk.

## Home and lesson lists

home-title = Trygg på nätet
home-intro = Lektioner för barn, unga, föräldrar och lärare om grooming, bilder och andra risker på nätet, och om var du kan få hjälp.
home-topics = Ämnen
lessons-title = Alla lektioner
lessons-intro = Lektioner för tre åldersgrupper, med vägledning för föräldrar, vårdnadshavare och lärare.
lesson-count = { $count ->
    [one] { $count } lektion
   *[other] { $count } lektioner
}
card-fallback = På { $shown }
card-draft = Översättningen väntar på granskning

## Lesson facts

meta-audience = För
meta-age-band = Ålder
meta-duration = Tid
on-this-page = På den här sidan
previous-lesson = Föregående
next-lesson = Nästa
duration-minutes = { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuter
}

topic-grooming = Grooming
topic-self-produced-images = Bilder och delning
topic-online-risks = Risker på nätet

age-band-8-10 = 8 till 10
age-band-11-13 = 11 till 13
age-band-14-17 = 14 till 17
age-band-adults = Vuxna

audience-children = Barn och unga
audience-parents = Föräldrar och vårdnadshavare
audience-teachers = Lärare

## Notices

fallback-notice = Den här sidan finns ännu inte på { $requested }. Den visas på { $shown }.
draft-notice = Den här översättningen gjordes utan granskning av någon som har svenska som modersmål och väntar på att kontrolleras.
stale-notice = Originalet till den här sidan har ändrats sedan den översattes; översättningen kan vara inaktuell.

## Getting help

help-box-title = Behöver du prata med någon?
help-box-text = Det är aldrig ditt fel. De här kan hjälpa dig, och det du berättar stannar hos dem.
help-box-more = Alla ställen där du kan få hjälp
contacts-title = Hjälp i { $country }
contact-kind-emergency = Nödsituation
contact-kind-helpline = Stödlinje för barn
contact-kind-hotline = Anmäl olagliga bilder
contact-kind-police = Anmäl till polisen
contact-kind-other = Annan hjälp
contact-call = Ring { $number }
contact-website = Webbplats
contact-verified = Kontrollerad { $date }
directory-helpline-intro = Hitta en stödlinje för barn i ditt land
directory-hotline-intro = Hitta en anmälningstjänst i ditt land

## Search

search-label = Sök bland lektionerna
search-button = Sök
search-browse = Visa alla lektioner
search-results = { $count ->
    [0] Inga lektioner matchar din sökning.
    [one] { $count } lektion matchar din sökning.
   *[other] { $count } lektioner matchar din sökning.
}
search-shown-in = Visas på { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: offlinekopia för { $country }
bundle-readme-body =
    Den här mappen är en fullständig kopia av webbplatsen. Den fungerar utan internetanslutning.
    För att använda kopian packar du upp mappen och öppnar sedan filen index.html i en webbläsare.
    Du kan kopiera mappen till ett USB-minne, en delad enhet eller skolans intranät.
    Sökning, språkval och utskrift fungerar också i kopian.
    Filen MANIFEST-SHA256.txt listar alla filer med deras SHA-256-kontrollsumma, så att du kan kontrollera att ingenting har ändrats.
    Lektionerna innehåller telefonnummer och webbplatser till stödlinjer. Kontrollera dem före en lektion, eftersom de kan ändras.

## Not found

not-found-title = Sidan hittades inte
not-found-text = Den här sidan finns inte. Välj ditt land för att hitta lektionerna.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Svenska

language-bg = bulgariska
language-cnr = montenegrinska
language-cs = tjeckiska
language-da = danska
language-de = tyska
language-el = grekiska
language-en = engelska
language-es = spanska
language-et = estniska
language-fi = finska
language-fil = filippinska
language-fr = franska
language-ga = iriska
language-hr = kroatiska
language-hu = ungerska
language-it = italienska
language-ja = japanska
language-ka = georgiska
language-km = khmer
language-ko = koreanska
language-lb = luxemburgiska
language-lt = litauiska
language-lv = lettiska
language-mi = maori
language-mt = maltesiska
language-nb = norskt bokmål
language-nl = nederländska
language-nn = nynorska
language-pl = polska
language-pt = portugisiska
language-ro = rumänska
language-sk = slovakiska
language-sl = slovenska
language-sq = albanska
language-sr = serbiska (kyrilliska)
language-sr-Latn = serbiska (latinska)
language-sv = svenska
language-th = thailändska
language-tr = turkiska
language-uk = ukrainska
language-vi = vietnamesiska

## Country names, as written in this locale

country-al = Albanien
country-at = Österrike
country-au = Australien
country-be = Belgien
country-bg = Bulgarien
country-ca = Kanada
country-ch = Schweiz
country-cy = Cypern
country-cz = Tjeckien
country-de = Tyskland
country-dk = Danmark
country-ee = Estland
country-es = Spanien
country-fi = Finland
country-fr = Frankrike
country-gb = Storbritannien
country-ge = Georgien
country-gh = Ghana
country-gr = Grekland
country-hr = Kroatien
country-hu = Ungern
country-ie = Irland
country-it = Italien
country-jp = Japan
country-kh = Kambodja
country-kr = Sydkorea
country-lt = Litauen
country-lu = Luxemburg
country-lv = Lettland
country-md = Moldavien
country-me = Montenegro
country-mt = Malta
country-ng = Nigeria
country-nl = Nederländerna
country-no = Norge
country-nz = Nya Zeeland
country-ph = Filippinerna
country-pl = Polen
country-pt = Portugal
country-ro = Rumänien
country-rs = Serbien
country-se = Sverige
country-si = Slovenien
country-sk = Slovakien
country-th = Thailand
country-tr = Turkiet
country-ua = Ukraina
country-us = USA
country-vn = Vietnam
