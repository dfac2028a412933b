# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: Spanish (translated from the English source).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Juntos y seguros en internet

## Quick exit, skip link and navigation

quick-exit = Salir de este sitio
quick-exit-hint = o presiona tres veces la tecla Mayús (Shift)
skip-to-content = Ir al contenido principal
nav-label = Menú principal
nav-home = Inicio
nav-lessons = Lecciones
nav-get-help = Pedir ayuda
nav-languages = Otros idiomas
nav-countries = Otros países
footer-nav-label = Más
language-switcher = Idioma
breadcrumbs-label = Estás aquí
pager-label = Más lecciones sobre este tema
published-by = Publicado por { $organisation }.
footer-privacy = Este sitio no usa cookies, no guarda nada en tu dispositivo y no te rastrea. Funciona sin conexión a internet.

## Choosers

choose-country-title = Elige tu país
choose-country-intro = El sitio de cada país tiene sus propias lecciones, sus idiomas y sus lugares donde pedir ayuda.
choose-language-intro = Elige tu idioma.

## Home and lesson lists

home-title = Cómo cuidarte en internet
home-intro = Lecciones para niños, niñas, jóvenes, familias y docentes sobre el grooming, las imágenes y otros riesgos en internet, y sobre dónde pedir ayuda.
home-topics = Temas
lessons-title = Todas las lecciones
lessons-intro = Lecciones para tres grupos de edad, con guías para madres, padres, cuidadores y docentes.
lesson-count = { $count ->
    [one] { $count } lección
    [many] { $count } de lecciones
   *[other] { $count } lecciones
}
card-fallback = En { $shown }
card-draft = Traducción pendiente de revisión

## Lesson facts

meta-audience = Para
meta-age-band = Edad
meta-duration = Duración
on-this-page = En esta página
previous-lesson = Anterior
next-lesson = Siguiente
duration-minutes = { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } de minutos
   *[other] { $minutes } minutos
}

topic-grooming = Grooming (engaño de adultos en internet)
topic-self-produced-images = Imágenes y compartir
topic-online-risks = Riesgos en internet

age-band-8-10 = De 8 a 10 años
age-band-11-13 = De 11 a 13 años
age-band-14-17 = De 14 a 17 años
age-band-adults = Personas adultas

audience-children = Niños, niñas y jóvenes
audience-parents = Madres, padres y cuidadores
audience-teachers = Docentes

## Notices

fallback-notice = Esta página todavía no está disponible en { $requested }. Se muestra en { $shown }.
draft-notice = Esta traducción se hizo sin la revisión de una persona hablante nativa y está pendiente de comprobación.
stale-notice = El original de esta página ha cambiado desde que se tradujo; puede que la traducción no esté actualizada.

## Getting help

help-box-title = ¿Necesitas hablar con alguien?
help-box-text = Nunca es tu culpa. Estas personas pueden ayudarte, de forma confidencial.
help-box-more = Todos los lugares donde pedir ayuda
contacts-title = Ayuda en tu país: { $country }
contact-kind-emergency = Emergencias
contact-kind-helpline = Línea de ayuda para niños, niñas y jóvenes
contact-kind-hotline = Denunciar imágenes ilegales
contact-kind-police = Denunciar a la policía
contact-kind-other = Otros tipos de ayuda
contact-call = Llama al { $number }
contact-website = Sitio web
contact-verified = Comprobado el { $date }
directory-helpline-intro = Busca una línea de ayuda para niños, niñas y jóvenes en tu país
directory-hotline-intro = Busca un servicio de denuncia en tu país

## Search

search-label = Buscar en las lecciones
search-button = Buscar
search-browse = Ver todas las lecciones
search-results = { $count ->
    [0] Ninguna lección coincide con tu búsqueda.
    [one] { $count } lección coincide con tu búsqueda.
    [many] { $count } de lecciones coinciden con tu búsqueda.
   *[other] { $count } lecciones coinciden con tu búsqueda.
}
search-shown-in = Se muestra en { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site } – copia sin conexión: { $country }
bundle-readme-body =
    Esta carpeta es una copia completa del sitio. Funciona sin conexión a internet.
    Para usarla, descomprime la carpeta y luego abre el archivo index.html en un navegador web.
    Puedes copiar la carpeta en una memoria USB, en una unidad compartida o en la intranet del centro escolar.
    La búsqueda, el cambio de idioma y la impresión también funcionan en la copia.
    El archivo MANIFEST-SHA256.txt enumera todos los archivos con su suma de comprobación SHA-256, para que puedas verificar que no se ha modificado nada.
    Las lecciones contienen números de teléfono y sitios web de líneas de ayuda. Por favor, compruébalos antes de una lección, ya que pueden cambiar.

## Not found

not-found-title = Página no encontrada
not-found-text = Esta página no existe. Elige tu país para encontrar las lecciones.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Español

language-bg = búlgaro
language-cnr = montenegrino
language-cs = checo
language-da = danés
language-de = alemán
language-el = griego
language-en = inglés
language-es = español
language-et = estonio
language-fi = finés
language-fil = filipino
language-fr = francés
language-ga = irlandés
language-hr = croata
language-hu = húngaro
language-it = italiano
language-ja = japonés
language-ka = georgiano
language-km = jemer
language-ko = coreano
language-lb = luxemburgués
language-lt = lituano
language-lv = letón
language-mi = maorí
language-mt = maltés
language-nb = noruego bokmål
language-nl = neerlandés
language-nn = noruego nynorsk
language-pl = polaco
language-pt = portugués
language-ro = rumano
language-sk = eslovaco
language-sl = esloveno
language-sq = albanés
language-sr = serbio (cirílico)
language-sr-Latn = serbio (latino)
language-sv = sueco
language-th = tailandés
language-tr = turco
language-uk = ucraniano
language-vi = vietnamita

## Country names, as written in this locale

country-al = Albania
country-at = Austria
country-au = Australia
country-be = Bélgica
country-bg = Bulgaria
country-ca = Canadá
country-ch = Suiza
country-cy = Chipre
country-cz = Chequia
country-de = Alemania
country-dk = Dinamarca
country-ee = Estonia
country-es = España
country-fi = Finlandia
country-fr = Francia
country-gb = Reino Unido
country-ge = Georgia
country-gh = Ghana
country-gr = Grecia
country-hr = Croacia
country-hu = Hungría
country-ie = Irlanda
country-it = Italia
country-jp = Japón
country-kh = Camboya
country-kr = Corea del Sur
country-lt = Lituania
country-lu = Luxemburgo
country-lv = Letonia
country-md = Moldavia
country-me = Montenegro
country-mt = Malta
country-ng = Nigeria
country-nl = Países Bajos
country-no = Noruega
country-nz = Nueva Zelanda
country-ph = Filipinas
country-pl = Polonia
country-pt = Portugal
country-ro = Rumania
country-rs = Serbia
country-se = Suecia
country-si = Eslovenia
country-sk = Eslovaquia
country-th = Tailandia
country-tr = Turquía
country-ua = Ucrania
country-us = Estados Unidos
country-vn = Vietnam
