# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: Korean (translated from the English source).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = 함께 지키는 온라인 안전

## Quick exit, skip link and navigation

quick-exit = 이 사이트 나가기
quick-exit-hint = 또는 Shift 키를 세 번 누르세요
skip-to-content = 본문으로 건너뛰기
nav-label = 주 메뉴
nav-home = 홈
nav-lessons = 수업
nav-get-help = 도움 받기
nav-languages = 다른 언어
nav-countries = 다른 나라
footer-nav-label = 더 보기
language-switcher = 언어
breadcrumbs-label = 현재 위치
pager-label = 이 주제의 다른 수업
published-by = 발행: { $organisation }
footer-privacy = 이 사이트는 쿠키를 사용하지 않고, 여러분의 기기에 아무것도 저장하지 않으며, 여러분을 추적하지 않아요. 인터넷에 연결되어 있지 않아도 작동해요.

## Choosers

choose-country-title = 나라를 선택하세요
choose-country-intro = 나라마다 사이트에 그 나라의 수업, 언어, 도움을 받을 수 있는 곳이 따로 있어요.
choose-language-intro = 언어를 선택하세요.

## Home and lesson lists

home-title = 온라인에서 안전하게 지내기
home-intro = 어린이, 청소년, 부모님, 선생님을 위한 수업이에요. 그루밍, 사진과 영상, 그 밖의 온라인 위험, 그리고 도움을 받을 수 있는 곳을 알려 줘요.
home-topics = 주제
lessons-title = 모든 수업
lessons-intro = 세 연령대를 위한 수업과 부모님, 보호자, 선생님을 위한 안내서가 있어요.
lesson-count = { $count ->
   *[other] 수업 { $count }개
}
card-fallback = { $shown }로 제공
card-draft = 번역 검토 대기 중

## Lesson facts

meta-audience = 대상
meta-age-band = 나이
meta-duration = 소요 시간
on-this-page = 이 페이지의 내용
previous-lesson = 이전
next-lesson = 다음
duration-minutes = { $minutes ->
   *[other] { $minutes }분
}

topic-grooming = 그루밍
topic-self-produced-images = 사진과 공유
topic-online-risks = 온라인 위험

age-band-8-10 = 8~10세
age-band-11-13 = 11~13세
age-band-14-17 = 14~17세
age-band-adults = 성인

audience-children = 어린이와 청소년
audience-parents = 부모님과 보호자
audience-teachers = 선생님

## Notices

fallback-notice = 이 페이지는 아직 { $requested }로 볼 수 없어요. { $shown }로 보여 드려요.
draft-notice = 이 번역은 원어민의 검토 없이 만들어졌으며, 확인을 기다리고 있어요.
stale-notice = 번역한 뒤에 이 페이지의 원문이 바뀌었어요. 번역이 최신 내용이 아닐 수 있어요.

## Getting help

help-box-title = 누군가와 이야기하고 싶나요?
help-box-text = 절대 여러분의 잘못이 아니에요. 이분들이 비밀을 지키며 여러분을 도와줄 거예요.
help-box-more = 도움을 받을 수 있는 모든 곳
contacts-title = { $country }에서 도움 받기
contact-kind-emergency = 긴급 상황
contact-kind-helpline = 어린이·청소년 상담 전화
contact-kind-hotline = 불법 이미지 신고
contact-kind-police = 경찰에 신고
contact-kind-other = 그 밖의 도움
contact-call = { $number }에 전화하기
contact-website = 웹사이트
contact-verified = 확인한 날짜: { $date }
directory-helpline-intro = 여러분 나라의 어린이·청소년 상담 전화 찾기
directory-hotline-intro = 여러분 나라의 신고 센터 찾기

## Search

search-label = 수업 검색
search-button = 검색
search-browse = 모든 수업 보기
search-results = { $count ->
    [0] 검색어와 맞는 수업이 없어요.
   *[other] 검색어와 맞는 수업이 { $count }개 있어요.
}
search-shown-in = { $language }로 표시

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: { $country }용 오프라인 사본
bundle-readme-body =
    이 폴더는 사이트 전체의 사본이에요. 인터넷에 연결되어 있지 않아도 작동해요.
    사용하려면 폴더의 압축을 푼 다음, 웹 브라우저에서 index.html 파일을 여세요.
    폴더를 USB 메모리, 공유 드라이브, 학교 인트라넷에 복사할 수 있어요.
    검색, 언어 전환, 인쇄도 사본에서 그대로 작동해요.
    MANIFEST-SHA256.txt 파일에는 모든 파일과 각 파일의 SHA-256 체크섬이 나와 있어서, 바뀐 것이 없는지 확인할 수 있어요.
    수업에는 상담 전화의 전화번호와 웹사이트가 나와 있어요. 바뀔 수 있으니 수업 전에 꼭 확인해 주세요.

## Not found

not-found-title = 페이지를 찾을 수 없어요
not-found-text = 이 페이지는 없어요. 나라를 선택해서 수업을 찾아보세요.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = 한국어

language-bg = 불가리아어
language-cnr = 몬테네그로어
language-cs = 체코어
language-da = 덴마크어
language-de = 독일어
language-el = 그리스어
language-en = 영어
language-es = 스페인어
language-et = 에스토니아어
language-fi = 핀란드어
language-fil = 필리핀어
language-fr = 프랑스어
language-ga = 아일랜드어
language-hr = 크로아티아어
language-hu = 헝가리어
language-it = 이탈리아어
language-ja = 일본어
language-ka = 조지아어
language-km = 크메르어
language-ko = 한국어
language-lb = 룩셈부르크어
language-lt = 리투아니아어
language-lv = 라트비아어
language-mi = 마오리어
language-mt = 몰타어
language-nb = 노르웨이어(보크말)
language-nl = 네덜란드어
language-nn = 노르웨이어(니노르스크)
language-pl = 폴란드어
language-pt = 포르투갈어
language-ro = 루마니아어
language-sk = 슬로바키아어
language-sl = 슬로베니아어
language-sq = 알바니아어
language-sr = 세르비아어(키릴 문자)
language-sr-Latn = 세르비아어(라틴 문자)
language-sv = 스웨덴어
language-th = 태국어
language-tr = 튀르키예어
language-uk = 우크라이나어
language-vi = 베트남어

## Country names, as written in this locale

country-al = 알바니아
country-at = 오스트리아
country-au = 오스트레일리아
country-be = 벨기에
country-bg = 불가리아
country-ca = 캐나다
country-ch = 스위스
country-cy = 키프로스
country-cz = 체코
country-de = 독일
country-dk = 덴마크
country-ee = 에스토니아
country-es = 스페인
country-fi = 핀란드
country-fr = 프랑스
country-gb = 영국
country-ge = 조지아
country-gh = 가나
country-gr = 그리스
country-hr = 크로아티아
country-hu = 헝가리
country-ie = 아일랜드
country-it = 이탈리아
country-jp = 일본
country-kh = 캄보디아
country-kr = 대한민국
country-lt = 리투아니아
country-lu = 룩셈부르크
country-lv = 라트비아
country-md = 몰도바
country-me = 몬테네그로
country-mt = 몰타
country-ng = 나이지리아
country-nl = 네덜란드
country-no = 노르웨이
country-nz = 뉴질랜드
country-ph = 필리핀
country-pl = 폴란드
country-pt = 포르투갈
country-ro = 루마니아
country-rs = 세르비아
country-se = 스웨덴
country-si = 슬로베니아
country-sk = 슬로바키아
country-th = 태국
country-tr = 튀르키예
country-ua = 우크라이나
country-us = 미국
country-vn = 베트남
