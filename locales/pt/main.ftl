# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Juntos em Segurança Online

## Quick exit, skip link and navigation

quick-exit = Sair deste site
quick-exit-hint = ou carrega três vezes em Shift
skip-to-content = Saltar para o conteúdo principal
nav-label = Menu principal
nav-home = Início
nav-lessons = Lições
nav-get-help = Pedir ajuda
nav-languages = Outras línguas
nav-countries = Outros países
footer-nav-label = Mais
language-switcher = Língua
breadcrumbs-label = Estás aqui
pager-label = Mais lições sobre este tema
published-by = Publicado por { $organisation }.
footer-privacy = Este site não usa cookies, não guarda nada no teu dispositivo e não te rastreia. Funciona sem ligação à internet.

## Choosers

choose-country-title = Escolhe o teu país
choose-country-intro = O site de cada país tem as suas próprias lições, línguas e sítios onde podes pedir ajuda.
choose-language-intro = Escolhe a tua língua.

## Home and lesson lists

home-title = Em segurança online
home-intro = Lições para crianças, jovens, pais e professores sobre aliciamento (grooming), imagens e outros riscos online, e sobre onde pedir ajuda.
home-topics = Temas
lessons-title = Todas as lições
lessons-intro = Lições para três faixas etárias, com guias para pais, cuidadores e professores.
lesson-count = { $count ->
    [one] { $count } lição
    [many] { $count } de lições
   *[other] { $count } lições
}
card-fallback = Em { $shown }
card-draft = Tradução a aguardar revisão

## Lesson facts

meta-audience = Para
meta-age-band = Idades
meta-duration = Duração
on-this-page = Nesta página
previous-lesson = Anterior
next-lesson = Seguinte
duration-minutes = { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } de minutos
   *[other] { $minutes } minutos
}

topic-grooming = Aliciamento (grooming)
topic-self-produced-images = Imagens e partilha
topic-online-risks = Riscos online

age-band-8-10 = 8 a 10
age-band-11-13 = 11 a 13
age-band-14-17 = 14 a 17
age-band-adults = Adultos

audience-children = Crianças e jovens
audience-parents = Pais e cuidadores
audience-teachers = Professores

## Notices

fallback-notice = Esta página ainda não está disponível em { $requested }. É apresentada em { $shown }.
draft-notice = Esta tradução foi feita sem revisão por um falante nativo e aguarda verificação.
stale-notice = O original desta página mudou desde que foi traduzida; a tradução pode estar desatualizada.

## Getting help

help-box-title = Precisas de falar com alguém?
help-box-text = A culpa nunca é tua. Estas pessoas podem ajudar-te, com toda a confidencialidade.
help-box-more = Todos os sítios onde podes pedir ajuda
contacts-title = Ajuda no teu país: { $country }
contact-kind-emergency = Emergência
contact-kind-helpline = Linha de apoio à criança
contact-kind-hotline = Denunciar imagens ilegais
contact-kind-police = Denunciar à polícia
contact-kind-other = Outra ajuda
contact-call = Ligar para o { $number }
contact-website = Site
contact-verified = Verificado em { $date }
directory-helpline-intro = Encontra uma linha de apoio à criança no teu país
directory-hotline-intro = Encontra uma linha de denúncia no teu país

## Search

search-label = Pesquisar nas lições
search-button = Pesquisar
search-browse = Ver todas as lições
search-results = { $count ->
    [0] Nenhuma lição corresponde à tua pesquisa.
    [one] { $count } lição corresponde à tua pesquisa.
    [many] { $count } de lições correspondem à tua pesquisa.
   *[other] { $count } lições correspondem à tua pesquisa.
}
search-shown-in = Apresentado em { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: cópia offline para o teu país: { $country }
bundle-readme-body =
    Esta pasta é uma cópia completa do site. Funciona sem ligação à internet.
    Para a usares, descomprime a pasta e depois abre o ficheiro index.html num navegador.
    Podes copiar a pasta para uma pen USB, para uma unidade partilhada ou para a intranet da escola.
    A pesquisa, a mudança de língua e a impressão também funcionam na cópia.
    O ficheiro MANIFEST-SHA256.txt lista todos os ficheiros com a respetiva soma de verificação SHA-256, para que possas confirmar que nada foi alterado.
    As lições contêm números de telefone e sites de linhas de apoio. Verifica-os antes de uma lição, pois podem mudar.

## Not found

not-found-title = Página não encontrada
not-found-text = Esta página não existe. Escolhe o teu país para encontrares as lições.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Português

language-bg = búlgaro
language-cnr = montenegrino
language-cs = checo
language-da = dinamarquês
language-de = alemão
language-el = grego
language-en = inglês
language-es = espanhol
language-et = estónio
language-fi = finlandês
language-fil = filipino
language-fr = francês
language-ga = irlandês
language-hr = croata
language-hu = húngaro
language-it = italiano
language-ja = japonês
language-ka = georgiano
language-km = khmer
language-ko = coreano
language-lb = luxemburguês
language-lt = lituano
language-lv = letão
language-mi = maori
language-mt = maltês
language-nb = norueguês bokmål
language-nl = neerlandês
language-nn = norueguês nynorsk
language-pl = polaco
language-pt = português
language-ro = romeno
language-sk = eslovaco
language-sl = esloveno
language-sq = albanês
language-sr = sérvio (cirílico)
language-sr-Latn = sérvio (latino)
language-sv = sueco
language-th = tailandês
language-tr = turco
language-uk = ucraniano
language-vi = vietnamita

## Country names, as written in this locale

country-al = Albânia
country-at = Áustria
country-au = Austrália
country-be = Bélgica
country-bg = Bulgária
country-ca = Canadá
country-ch = Suíça
country-cy = Chipre
country-cz = Chéquia
country-de = Alemanha
country-dk = Dinamarca
country-ee = Estónia
country-es = Espanha
country-fi = Finlândia
country-fr = França
country-gb = Reino Unido
country-ge = Geórgia
country-gh = Gana
country-gr = Grécia
country-hr = Croácia
country-hu = Hungria
country-ie = Irlanda
country-it = Itália
country-jp = Japão
country-kh = Camboja
country-kr = Coreia do Sul
country-lt = Lituânia
country-lu = Luxemburgo
country-lv = Letónia
country-md = Moldávia
country-me = Montenegro
country-mt = Malta
country-ng = Nigéria
country-nl = Países Baixos
country-no = Noruega
country-nz = Nova Zelândia
country-ph = Filipinas
country-pl = Polónia
country-pt = Portugal
country-ro = Roménia
country-rs = Sérvia
country-se = Suécia
country-si = Eslovénia
country-sk = Eslováquia
country-th = Tailândia
country-tr = Turquia
country-ua = Ucrânia
country-us = Estados Unidos
country-vn = Vietname
