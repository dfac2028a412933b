# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Sikker online sammen

## Quick exit, skip link and navigation

quick-exit = Forlad siden
quick-exit-hint = eller tryk tre gange på Shift
skip-to-content = Gå til hovedindholdet
nav-label = Hovedmenu
nav-home = Forside
nav-lessons = Lektioner
nav-get-help = Få hjælp
nav-languages = Andre sprog
nav-countries = Andre lande
footer-nav-label = Mere
language-switcher = Sprog
breadcrumbs-label = Du er her
pager-label = Flere lektioner om dette emne
published-by = Udgivet af { $organisation }.
footer-privacy = Siden bruger ingen cookies, gemmer intet på din enhed og sporer dig ikke. Den virker uden internetforbindelse.

## Choosers

choose-country-title = Vælg dit land
choose-country-intro = Hvert land har sin egen side med egne lektioner, sprog og steder, hvor du kan få hjælp.
choose-language-intro = Vælg dit sprog.

## Home and lesson lists

home-title = Sikker på nettet
home-intro = Lektioner for børn, unge, forældre og lærere om grooming, billeder og andre risici på nettet – og om, hvor man kan få hjælp.
home-topics = Emner
lessons-title = Alle lektioner
lessons-intro = Lektioner til tre aldersgrupper med vejledninger til forældre, andre omsorgspersoner og lærere.
lesson-count = { $count ->
    [one] { $count } lektion
   *[other] { $count } lektioner
}
card-fallback = På { $shown }
card-draft = Oversættelsen venter på gennemlæsning

## Lesson facts

meta-audience = For
meta-age-band = Alder
meta-duration = Tid
on-this-page = På denne side
previous-lesson = Forrige
next-lesson = Næste
duration-minutes = { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutter
}

topic-grooming = Grooming
topic-self-produced-images = Billeder og deling
topic-online-risks = Risici på nettet

age-band-8-10 = 8 til 10 år
age-band-11-13 = 11 til 13 år
age-band-14-17 = 14 til 17 år
age-band-adults = Voksne

audience-children = Børn og unge
audience-parents = Forældre og omsorgspersoner
audience-teachers = Lærere

## Notices

fallback-notice = Denne side findes endnu ikke på { $requested }. Den vises på { $shown }.
draft-notice = Denne oversættelse er lavet uden gennemlæsning af en person med sproget som modersmål og venter på at blive tjekket.
stale-notice = Originalen til denne side er blevet ændret, siden den blev oversat; oversættelsen er måske ikke opdateret.

## Getting help

help-box-title = Har du brug for at tale med nogen?
help-box-text = Det er aldrig din skyld. Disse mennesker kan hjælpe dig i fortrolighed.
help-box-more = Alle steder, hvor du kan få hjælp
contacts-title = Hjælp i { $country }
contact-kind-emergency = Akut hjælp
contact-kind-helpline = Rådgivning for børn og unge
contact-kind-hotline = Anmeld ulovlige billeder
contact-kind-police = Anmeld til politiet
contact-kind-other = Anden hjælp
contact-call = Ring { $number }
contact-website = Hjemmeside
contact-verified = Tjekket { $date }
directory-helpline-intro = Find en rådgivning for børn og unge i dit land
directory-hotline-intro = Find et sted i dit land, hvor du kan anmelde ulovlige billeder

## Search

search-label = Søg i lektionerne
search-button = Søg
search-browse = Se alle lektioner
search-results = { $count ->
    [0] Ingen lektioner passer til din søgning.
    [one] { $count } lektion passer til din søgning.
   *[other] { $count } lektioner passer til din søgning.
}
search-shown-in = Vist på { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: offlinekopi til { $country }
bundle-readme-body =
    Denne mappe er en komplet kopi af hjemmesiden. Den virker uden internetforbindelse.
    For at bruge den skal du pakke mappen ud og derefter åbne filen index.html i en webbrowser.
    Du kan kopiere mappen til et USB-stik, et delt drev eller skolens intranet.
    Søgning, sprogskift og udskrivning virker også i kopien.
    Filen MANIFEST-SHA256.txt viser alle filer med deres SHA-256-kontrolsum, så du kan tjekke, at intet er blevet ændret.
    Lektionerne indeholder telefonnumre og hjemmesider for rådgivningstilbud. Tjek dem venligst før en lektion, da de kan ændre sig.

## Not found

not-found-title = Siden blev ikke fundet
not-found-text = Denne side findes ikke. Vælg dit land for at finde lektionerne.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Dansk

language-bg = bulgarsk
language-cnr = montenegrinsk
language-cs = tjekkisk
language-da = dansk
language-de = tysk
language-el = græsk
language-en = engelsk
language-es = spansk
language-et = estisk
language-fi = finsk
language-fil = filippinsk
language-fr = fransk
language-ga = irsk
language-hr = kroatisk
language-hu = ungarsk
language-it = italiensk
language-ja = japansk
language-ka = georgisk
language-km = khmer
language-ko = koreansk
language-lb = luxembourgsk
language-lt = litauisk
language-lv = lettisk
language-mi = maori
language-mt = maltesisk
language-nb = norsk bokmål
language-nl = nederlandsk
language-nn = norsk nynorsk
language-pl = polsk
language-pt = portugisisk
language-ro = rumænsk
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

country-al = Albanien
country-at = Østrig
country-au = Australien
country-be = Belgien
country-bg = Bulgarien
country-ca = Canada
country-ch = Schweiz
country-cy = Cypern
country-cz = Tjekkiet
country-de = Tyskland
country-dk = Danmark
country-ee = Estland
country-es = Spanien
country-fi = Finland
country-fr = Frankrig
country-gb = Storbritannien
country-ge = Georgien
country-gh = Ghana
country-gr = Grækenland
country-hr = Kroatien
country-hu = Ungarn
country-ie = Irland
country-it = Italien
country-jp = Japan
country-kh = Cambodja
country-kr = Sydkorea
country-lt = Litauen
country-lu = Luxembourg
country-lv = Letland
country-md = Moldova
country-me = Montenegro
country-mt = Malta
country-ng = Nigeria
country-nl = Nederlandene
country-no = Norge
country-nz = New Zealand
country-ph = Filippinerne
country-pl = Polen
country-pt = Portugal
country-ro = Rumænien
country-rs = Serbien
country-se = Sverige
country-si = Slovenien
country-sk = Slovakiet
country-th = Thailand
country-tr = Tyrkiet
country-ua = Ukraine
country-us = USA
country-vn = Vietnam
