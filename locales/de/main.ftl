# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Gemeinsam sicher online

## Quick exit, skip link and navigation

quick-exit = Diese Seite verlassen
quick-exit-hint = oder drücke dreimal die Umschalttaste (Shift)
skip-to-content = Zum Hauptinhalt springen
nav-label = Hauptmenü
nav-home = Startseite
nav-lessons = Lektionen
nav-get-help = Hilfe holen
nav-languages = Andere Sprachen
nav-countries = Andere Länder
footer-nav-label = Mehr
language-switcher = Sprache
breadcrumbs-label = Du bist hier
pager-label = Weitere Lektionen zu diesem Thema
published-by = Herausgegeben von { $organisation }.
footer-privacy = Diese Website setzt keine Cookies, speichert nichts auf deinem Gerät und verfolgt dich nicht. Sie funktioniert auch ohne Internetverbindung.

## Choosers

choose-country-title = Wähle dein Land
choose-country-intro = Die Website jedes Landes hat eigene Lektionen, Sprachen und Stellen, die dir helfen.
choose-language-intro = Wähle deine Sprache.

## Home and lesson lists

home-title = Sicher im Internet
home-intro = Lektionen für Kinder, Jugendliche, Eltern und Lehrkräfte über Cybergrooming, Bilder und andere Risiken im Internet – und wo es Hilfe gibt.
home-topics = Themen
lessons-title = Alle Lektionen
lessons-intro = Lektionen für drei Altersgruppen, mit Leitfäden für Eltern, Betreuungspersonen und Lehrkräfte.
lesson-count = { $count ->
    [one] { $count } Lektion
   *[other] { $count } Lektionen
}
card-fallback = Auf { $shown }
card-draft = Übersetzung wird noch geprüft

## Lesson facts

meta-audience = Für
meta-age-band = Alter
meta-duration = Dauer
on-this-page = Auf dieser Seite
previous-lesson = Zurück
next-lesson = Weiter
duration-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}

topic-grooming = Cybergrooming
topic-self-produced-images = Bilder und Teilen
topic-online-risks = Risiken im Internet

age-band-8-10 = 8 bis 10 Jahre
age-band-11-13 = 11 bis 13 Jahre
age-band-14-17 = 14 bis 17 Jahre
age-band-adults = Erwachsene

audience-children = Kinder und Jugendliche
audience-parents = Eltern und Betreuungspersonen
audience-teachers = Lehrkräfte

## Notices

fallback-notice = Diese Seite gibt es noch nicht auf { $requested }. Sie wird auf { $shown } angezeigt.
draft-notice = Diese Übersetzung wurde ohne Prüfung durch eine muttersprachliche Person erstellt und wartet noch auf eine Kontrolle.
stale-notice = Das Original dieser Seite wurde seit der Übersetzung geändert; die Übersetzung ist vielleicht nicht mehr aktuell.

## Getting help

help-box-title = Möchtest du mit jemandem reden?
help-box-text = Es ist nie deine Schuld. Diese Menschen können dir helfen – vertraulich.
help-box-more = Alle Stellen, die dir helfen
contacts-title = Hilfe vor Ort: { $country }
contact-kind-emergency = Notruf
contact-kind-helpline = Hilfetelefon für Kinder und Jugendliche
contact-kind-hotline = Illegale Bilder melden
contact-kind-police = Bei der Polizei melden
contact-kind-other = Weitere Hilfe
contact-call = { $number } anrufen
contact-website = Website
contact-verified = Geprüft am { $date }
directory-helpline-intro = Finde ein Hilfetelefon für Kinder in deinem Land
directory-hotline-intro = Finde eine Meldestelle in deinem Land

## Search

search-label = Lektionen durchsuchen
search-button = Suchen
search-browse = Alle Lektionen ansehen
search-results = { $count ->
    [0] Keine Lektion passt zu deiner Suche.
    [one] { $count } Lektion passt zu deiner Suche.
   *[other] { $count } Lektionen passen zu deiner Suche.
}
search-shown-in = Angezeigt auf { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site } – Offline-Kopie: { $country }
bundle-readme-body =
    Dieser Ordner ist eine vollständige Kopie der Website. Sie funktioniert ohne Internetverbindung.
    Um sie zu nutzen, entpacke den Ordner und öffne dann die Datei index.html in einem Webbrowser.
    Du kannst den Ordner auf einen USB-Stick, ein gemeinsames Laufwerk oder ins Intranet der Schule kopieren.
    Die Suche, der Sprachwechsel und das Drucken funktionieren auch in der Kopie.
    Die Datei MANIFEST-SHA256.txt listet jede Datei mit ihrer SHA-256-Prüfsumme auf, damit du prüfen kannst, dass nichts verändert wurde.
    Die Lektionen enthalten Telefonnummern und Websites von Hilfetelefonen. Bitte prüfe sie vor einer Lektion, da sie sich ändern können.

## Not found

not-found-title = Seite nicht gefunden
not-found-text = Diese Seite gibt es nicht. Wähle dein Land, um die Lektionen zu finden.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Deutsch

language-bg = Bulgarisch
language-cnr = Montenegrinisch
language-cs = Tschechisch
language-da = Dänisch
language-de = Deutsch
language-el = Griechisch
language-en = Englisch
language-es = Spanisch
language-et = Estnisch
language-fi = Finnisch
language-fil = Filipino
language-fr = Französisch
language-ga = Irisch
language-hr = Kroatisch
language-hu = Ungarisch
language-it = Italienisch
language-ja = Japanisch
language-ka = Georgisch
language-km = Khmer
language-ko = Koreanisch
language-lb = Luxemburgisch
language-lt = Litauisch
language-lv = Lettisch
language-mi = Māori
language-mt = Maltesisch
language-nb = Norwegisch (Bokmål)
language-nl = Niederländisch
language-nn = Norwegisch (Nynorsk)
language-pl = Polnisch
language-pt = Portugiesisch
language-ro = Rumänisch
language-sk = Slowakisch
language-sl = Slowenisch
language-sq = Albanisch
language-sr = Serbisch (kyrillisch)
language-sr-Latn = Serbisch (lateinisch)
language-sv = Schwedisch
language-th = Thailändisch
language-tr = Türkisch
language-uk = Ukrainisch
language-vi = Vietnamesisch

## Country names, as written in this locale

country-al = Albanien
country-at = Österreich
country-au = Australien
country-be = Belgien
country-bg = Bulgarien
country-ca = Kanada
country-ch = Schweiz
country-cy = Zypern
country-cz = Tschechien
country-de = Deutschland
country-dk = Dänemark
country-ee = Estland
country-es = Spanien
country-fi = Finnland
country-fr = Frankreich
country-gb = Vereinigtes Königreich
country-ge = Georgien
country-gh = Ghana
country-gr = Griechenland
country-hr = Kroatien
country-hu = Ungarn
country-ie = Irland
country-it = Italien
country-jp = Japan
country-kh = Kambodscha
country-kr = Südkorea
country-lt = Litauen
country-lu = Luxemburg
country-lv = Lettland
country-md = Republik Moldau
country-me = Montenegro
country-mt = Malta
country-ng = Nigeria
country-nl = Niederlande
country-no = Norwegen
country-nz = Neuseeland
country-ph = Philippinen
country-pl = Polen
country-pt = Portugal
country-ro = Rumänien
country-rs = Serbien
country-se = Schweden
country-si = Slowenien
country-sk = Slowakei
country-th = Thailand
country-tr = Türkei
country-ua = Ukraine
country-us = Vereinigte Staaten
country-vn = Vietnam
