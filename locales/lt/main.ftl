# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: Lithuanian (translated from the English source).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Kartu saugūs internete

## Quick exit, skip link and navigation

quick-exit = Išeiti iš šios svetainės
quick-exit-hint = arba tris kartus paspausk Shift
skip-to-content = Pereiti prie pagrindinio turinio
nav-label = Pagrindinis meniu
nav-home = Pradžia
nav-lessons = Pamokos
nav-get-help = Gauti pagalbos
nav-languages = Kitos kalbos
nav-countries = Kitos šalys
footer-nav-label = Daugiau
language-switcher = Kalba
breadcrumbs-label = Tu esi čia
pager-label = Daugiau pamokų šia tema
published-by = Leidėjas: { $organisation }.
footer-privacy = Ši svetainė nenaudoja slapukų, nieko nesaugo tavo įrenginyje ir tavęs neseka. Ji veikia ir be interneto ryšio.

## Choosers

choose-country-title = Pasirink savo šalį
choose-country-intro = Kiekvienos šalies svetainėje yra savos pamokos, kalbos ir vietos, kur gali gauti pagalbos.
choose-language-intro = Pasirink savo kalbą.

## Home and lesson lists

home-title = Saugiai internete
home-intro = Pamokos vaikams, jaunuoliams, tėvams ir mokytojams apie vaikų viliojimą (grooming), nuotraukas ir kitus pavojus internete, taip pat apie tai, kur gauti pagalbos.
home-topics = Temos
lessons-title = Visos pamokos
lessons-intro = Pamokos trims amžiaus grupėms ir patarimai tėvams, globėjams bei mokytojams.
lesson-count = { $count ->
    [one] { $count } pamoka
    [few] { $count } pamokos
    [many] { $count } pamokos
   *[other] { $count } pamokų
}
card-fallback = Kalba: { $shown }
card-draft = Vertimas laukia peržiūros

## Lesson facts

meta-audience = Kam skirta
meta-age-band = Amžius
meta-duration = Trukmė
on-this-page = Šiame puslapyje
previous-lesson = Ankstesnė
next-lesson = Kita
duration-minutes = { $minutes ->
    [one] { $minutes } minutė
    [few] { $minutes } minutės
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
}

topic-grooming = Vaikų viliojimas (grooming)
topic-self-produced-images = Nuotraukos ir dalijimasis
topic-online-risks = Pavojai internete

age-band-8-10 = 8–10 metų
age-band-11-13 = 11–13 metų
age-band-14-17 = 14–17 metų
age-band-adults = Suaugusieji

audience-children = Vaikai ir jaunuoliai
audience-parents = Tėvai ir globėjai
audience-teachers = Mokytojai

## Notices

fallback-notice = Šio puslapio dar nėra šia kalba: { $requested }. Jis rodomas šia kalba: { $shown }.
draft-notice = Šis vertimas parengtas be gimtakalbio recenzento ir laukia patikrinimo.
stale-notice = Po vertimo šio puslapio originalas pasikeitė, todėl vertimas gali būti pasenęs.

## Getting help

help-box-title = Reikia su kuo nors pasikalbėti?
help-box-text = Tai niekada nėra tavo kaltė. Šie žmonės gali tau padėti, o pokalbis liks konfidencialus.
help-box-more = Visos vietos, kur gali gauti pagalbos
contacts-title = Pagalba: { $country }
contact-kind-emergency = Skubi pagalba
contact-kind-helpline = Pagalbos linija vaikams
contact-kind-hotline = Pranešti apie neteisėtas nuotraukas
contact-kind-police = Pranešti policijai
contact-kind-other = Kita pagalba
contact-call = Skambink numeriu { $number }
contact-website = Svetainė
contact-verified = Patikrinta: { $date }
directory-helpline-intro = Rask pagalbos liniją vaikams savo šalyje
directory-hotline-intro = Rask savo šalies karštąją liniją, kur gali pranešti apie neteisėtą turinį

## Search

search-label = Ieškoti pamokų
search-button = Ieškoti
search-browse = Peržiūrėti visas pamokas
search-results = { $count ->
    [0] Pagal tavo paiešką pamokų nerasta.
    [one] Tavo paiešką atitinka { $count } pamoka.
    [few] Tavo paiešką atitinka { $count } pamokos.
    [many] Tavo paiešką atitinka { $count } pamokos.
   *[other] Tavo paiešką atitinka { $count } pamokų.
}
search-shown-in = Rodoma šia kalba: { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: kopija be interneto šiai šaliai: { $country }
bundle-readme-body =
    Šis aplankas yra visa svetainės kopija. Ji veikia ir be interneto ryšio.
    Kad ja naudotumeisi, išarchyvuok aplanką, tada interneto naršyklėje atidaryk failą index.html.
    Aplanką gali nukopijuoti į USB atmintuką, bendrinamą diską arba mokyklos intranetą.
    Paieška, kalbos perjungimas ir spausdinimas veikia ir kopijoje.
    Faile MANIFEST-SHA256.txt išvardyti visi failai su jų SHA-256 kontrolinėmis sumomis, kad galėtum patikrinti, ar niekas nebuvo pakeista.
    Pamokose yra pagalbos linijų telefono numeriai ir svetainės. Prieš pamoką juos patikrink, nes jie gali pasikeisti.

## Not found

not-found-title = Puslapis nerastas
not-found-text = Tokio puslapio nėra. Pasirink savo šalį, kad rastum pamokas.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Lietuvių

language-bg = bulgarų
language-cnr = juodkalniečių
language-cs = čekų
language-da = danų
language-de = vokiečių
language-el = graikų
language-en = anglų
language-es = ispanų
language-et = estų
language-fi = suomių
language-fil = filipiniečių
language-fr = prancūzų
language-ga = airių
language-hr = kroatų
language-hu = vengrų
language-it = italų
language-ja = japonų
language-ka = gruzinų
language-km = khmerų
language-ko = korėjiečių
language-lb = liuksemburgiečių
language-lt = lietuvių
language-lv = latvių
language-mi = maorių
language-mt = maltiečių
language-nb = norvegų (bukmolas)
language-nl = nyderlandų
language-nn = norvegų (nynorskas)
language-pl = lenkų
language-pt = portugalų
language-ro = rumunų
language-sk = slovakų
language-sl = slovėnų
language-sq = albanų
language-sr = serbų (kirilica)
language-sr-Latn = serbų (lotyniški rašmenys)
language-sv = švedų
language-th = tajų
language-tr = turkų
language-uk = ukrainiečių
language-vi = vietnamiečių

## Country names, as written in this locale

country-al = Albanija
country-at = Austrija
country-au = Australija
country-be = Belgija
country-bg = Bulgarija
country-ca = Kanada
country-ch = Šveicarija
country-cy = Kipras
country-cz = Čekija
country-de = Vokietija
country-dk = Danija
country-ee = Estija
country-es = Ispanija
country-fi = Suomija
country-fr = Prancūzija
country-gb = Jungtinė Karalystė
country-ge = Sakartvelas
country-gh = Gana
country-gr = Graikija
country-hr = Kroatija
country-hu = Vengrija
country-ie = Airija
country-it = Italija
country-jp = Japonija
country-kh = Kambodža
country-kr = Pietų Korėja
country-lt = Lietuva
country-lu = Liuksemburgas
country-lv = Latvija
country-md = Moldova
country-me = Juodkalnija
country-mt = Malta
country-ng = Nigerija
country-nl = Nyderlandai
country-no = Norvegija
country-nz = Naujoji Zelandija
country-ph = Filipinai
country-pl = Lenkija
country-pt = Portugalija
country-ro = Rumunija
country-rs = Serbija
country-se = Švedija
country-si = Slovėnija
country-sk = Slovakija
country-th = Tailandas
country-tr = Turkija
country-ua = Ukraina
country-us = Jungtinės Valstijos
country-vn = Vietnamas
