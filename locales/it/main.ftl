# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: Italian (translated from the English source).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Insieme sicuri online

## Quick exit, skip link and navigation

quick-exit = Esci da questo sito
quick-exit-hint = oppure premi tre volte il tasto Maiusc (Shift)
skip-to-content = Vai al contenuto principale
nav-label = Menu principale
nav-home = Home
nav-lessons = Lezioni
nav-get-help = Chiedi aiuto
nav-languages = Altre lingue
nav-countries = Altri paesi
footer-nav-label = Altro
language-switcher = Lingua
breadcrumbs-label = Sei qui
pager-label = Altre lezioni su questo argomento
published-by = Pubblicato da { $organisation }.
footer-privacy = Questo sito non usa cookie, non salva nulla sul tuo dispositivo e non ti traccia. Funziona anche senza connessione a internet.

## Choosers

choose-country-title = Scegli il tuo paese
choose-country-intro = Il sito di ogni paese ha le sue lezioni, le sue lingue e i suoi servizi a cui chiedere aiuto.
choose-language-intro = Scegli la tua lingua.

## Home and lesson lists

home-title = Sicuri online
home-intro = Lezioni per bambini, ragazzi, genitori e insegnanti sull'adescamento online (grooming), sulle immagini e su altri rischi in rete, e su dove trovare aiuto.
home-topics = Argomenti
lessons-title = Tutte le lezioni
lessons-intro = Lezioni per tre fasce d'età, con guide per genitori, tutori e insegnanti.
lesson-count = { $count ->
    [one] { $count } lezione
    [many] { $count } di lezioni
   *[other] { $count } lezioni
}
card-fallback = In { $shown }
card-draft = Traduzione in attesa di revisione

## Lesson facts

meta-audience = Per
meta-age-band = Età
meta-duration = Durata
on-this-page = In questa pagina
previous-lesson = Precedente
next-lesson = Successiva
duration-minutes = { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } di minuti
   *[other] { $minutes } minuti
}

topic-grooming = Adescamento online (grooming)
topic-self-produced-images = Immagini e condivisione
topic-online-risks = Rischi online

age-band-8-10 = 8–10 anni
age-band-11-13 = 11–13 anni
age-band-14-17 = 14–17 anni
age-band-adults = Adulti

audience-children = Bambini e ragazzi
audience-parents = Genitori e tutori
audience-teachers = Insegnanti

## Notices

fallback-notice = Questa pagina non è ancora disponibile in { $requested }. Viene mostrata in { $shown }.
draft-notice = Questa traduzione è stata fatta senza la revisione di una persona madrelingua ed è in attesa di controllo.
stale-notice = L'originale di questa pagina è cambiato dopo la traduzione; la traduzione potrebbe non essere aggiornata.

## Getting help

help-box-title = Hai bisogno di parlare con qualcuno?
help-box-text = Non è mai colpa tua. Queste persone possono aiutarti, in modo riservato.
help-box-more = Tutti i servizi a cui chiedere aiuto
contacts-title = Aiuto – { $country }
contact-kind-emergency = Emergenza
contact-kind-helpline = Linea d'ascolto per bambini e ragazzi
contact-kind-hotline = Segnala immagini illegali
contact-kind-police = Segnala alla polizia
contact-kind-other = Altro aiuto
contact-call = Chiama il { $number }
contact-website = Sito web
contact-verified = Verificato il { $date }
directory-helpline-intro = Trova una linea d'ascolto per bambini e ragazzi nel tuo paese
directory-hotline-intro = Trova un servizio di segnalazione nel tuo paese

## Search

search-label = Cerca nelle lezioni
search-button = Cerca
search-browse = Sfoglia tutte le lezioni
search-results = { $count ->
    [0] Nessuna lezione corrisponde alla tua ricerca.
    [one] { $count } lezione corrisponde alla tua ricerca.
    [many] { $count } di lezioni corrispondono alla tua ricerca.
   *[other] { $count } lezioni corrispondono alla tua ricerca.
}
search-shown-in = Mostrato in { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: copia offline – { $country }
bundle-readme-body =
    Questa cartella è una copia completa del sito. Funziona senza connessione a internet.
    Per usarla, decomprimi la cartella e poi apri il file index.html in un browser web.
    Puoi copiare la cartella su una chiavetta USB, su un'unità condivisa o sull'intranet della scuola.
    La ricerca, il cambio di lingua e la stampa funzionano anche nella copia.
    Il file MANIFEST-SHA256.txt elenca ogni file con il suo checksum SHA-256, così puoi verificare che niente sia stato modificato.
    Le lezioni contengono numeri di telefono e siti web di linee d'ascolto. Ti chiediamo di controllarli prima di una lezione, perché possono cambiare.

## Not found

not-found-title = Pagina non trovata
not-found-text = Questa pagina non esiste. Scegli il tuo paese per trovare le lezioni.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Italiano

language-bg = bulgaro
language-cnr = montenegrino
language-cs = ceco
language-da = danese
language-de = tedesco
language-el = greco
language-en = inglese
language-es = spagnolo
language-et = estone
language-fi = finlandese
language-fil = filippino
language-fr = francese
language-ga = irlandese
language-hr = croato
language-hu = ungherese
language-it = italiano
language-ja = giapponese
language-ka = georgiano
language-km = khmer
language-ko = coreano
language-lb = lussemburghese
language-lt = lituano
language-lv = lettone
language-mi = maori
language-mt = maltese
language-nb = norvegese bokmål
language-nl = olandese
language-nn = norvegese nynorsk
language-pl = polacco
language-pt = portoghese
language-ro = rumeno
language-sk = slovacco
language-sl = sloveno
language-sq = albanese
language-sr = serbo (alfabeto cirillico)
language-sr-Latn = serbo (alfabeto latino)
language-sv = svedese
language-th = thailandese
language-tr = turco
language-uk = ucraino
language-vi = vietnamita

## Country names, as written in this locale

country-al = Albania
country-at = Austria
country-au = Australia
country-be = Belgio
country-bg = Bulgaria
country-ca = Canada
country-ch = Svizzera
country-cy = Cipro
country-cz = Cechia
country-de = Germania
country-dk = Danimarca
country-ee = Estonia
country-es = Spagna
country-fi = Finlandia
country-fr = Francia
country-gb = Regno Unito
country-ge = Georgia
country-gh = Ghana
country-gr = Grecia
country-hr = Croazia
country-hu = Ungheria
country-ie = Irlanda
country-it = Italia
country-jp = Giappone
country-kh = Cambogia
country-kr = Corea del Sud
country-lt = Lituania
country-lu = Lussemburgo
country-lv = Lettonia
country-md = Moldavia
country-me = Montenegro
country-mt = Malta
country-ng = Nigeria
country-nl = Paesi Bassi
country-no = Norvegia
country-nz = Nuova Zelanda
country-ph = Filippine
country-pl = Polonia
country-pt = Portogallo
country-ro = Romania
country-rs = Serbia
country-se = Svezia
country-si = Slovenia
country-sk = Slovacchia
country-th = Thailandia
country-tr = Turchia
country-ua = Ucraina
country-us = Stati Uniti
country-vn = Vietnam
