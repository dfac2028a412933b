# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = Cùng nhau an toàn trên mạng

## Quick exit, skip link and navigation

quick-exit = Rời khỏi trang này
quick-exit-hint = hoặc bấm phím Shift ba lần
skip-to-content = Chuyển đến nội dung chính
nav-label = Menu chính
nav-home = Trang chủ
nav-lessons = Bài học
nav-get-help = Tìm trợ giúp
nav-languages = Ngôn ngữ khác
nav-countries = Quốc gia khác
footer-nav-label = Thêm
language-switcher = Ngôn ngữ
breadcrumbs-label = Bạn đang ở đây
pager-label = Các bài học khác về chủ đề này
published-by = Do { $organisation } phát hành.
footer-privacy = Trang web này không dùng cookie, không lưu gì trên thiết bị của bạn và không theo dõi bạn. Trang vẫn hoạt động khi không có kết nối internet.

## Choosers

choose-country-title = Chọn quốc gia của bạn
choose-country-intro = Trang của mỗi quốc gia có bài học, ngôn ngữ và nơi tìm trợ giúp riêng.
choose-language-intro = Chọn ngôn ngữ của bạn.

## Home and lesson lists

home-title = An toàn trên mạng
home-intro = Bài học cho trẻ em, thanh thiếu niên, cha mẹ và giáo viên về việc dụ dỗ trẻ em trên mạng (grooming), về hình ảnh và các nguy cơ khác trên mạng, và về những nơi có thể tìm trợ giúp.
home-topics = Chủ đề
lessons-title = Tất cả bài học
lessons-intro = Bài học cho ba nhóm tuổi, kèm hướng dẫn cho cha mẹ, người chăm sóc và giáo viên.
lesson-count = { $count ->
   *[other] { $count } bài học
}
card-fallback = Bằng { $shown }
card-draft = Bản dịch đang chờ duyệt

## Lesson facts

meta-audience = Dành cho
meta-age-band = Độ tuổi
meta-duration = Thời gian
on-this-page = Trên trang này
previous-lesson = Bài trước
next-lesson = Bài tiếp theo
duration-minutes = { $minutes ->
   *[other] { $minutes } phút
}

topic-grooming = Dụ dỗ trẻ em trên mạng
topic-self-produced-images = Hình ảnh và chia sẻ
topic-online-risks = Nguy cơ trên mạng

age-band-8-10 = 8 đến 10
age-band-11-13 = 11 đến 13
age-band-14-17 = 14 đến 17
age-band-adults = Người lớn

audience-children = Trẻ em và thanh thiếu niên
audience-parents = Cha mẹ và người chăm sóc
audience-teachers = Giáo viên

## Notices

fallback-notice = Trang này chưa có bằng { $requested }. Trang đang được hiển thị bằng { $shown }.
draft-notice = Bản dịch này được thực hiện khi chưa có người bản ngữ duyệt lại và đang chờ được kiểm tra.
stale-notice = Bản gốc của trang này đã thay đổi kể từ khi được dịch; bản dịch có thể đã cũ.

## Getting help

help-box-title = Bạn cần nói chuyện với ai đó?
help-box-text = Đó không bao giờ là lỗi của bạn. Những người này có thể giúp bạn và sẽ giữ bí mật cho bạn.
help-box-more = Tất cả những nơi có thể tìm trợ giúp
contacts-title = Trợ giúp tại { $country }
contact-kind-emergency = Khẩn cấp
contact-kind-helpline = Đường dây hỗ trợ trẻ em
contact-kind-hotline = Báo cáo hình ảnh bất hợp pháp
contact-kind-police = Báo cho cảnh sát
contact-kind-other = Trợ giúp khác
contact-call = Gọi { $number }
contact-website = Trang web
contact-verified = Đã kiểm tra ngày { $date }
directory-helpline-intro = Tìm đường dây hỗ trợ trẻ em ở quốc gia của bạn
directory-hotline-intro = Tìm đường dây tiếp nhận báo cáo ở quốc gia của bạn

## Search

search-label = Tìm trong các bài học
search-button = Tìm kiếm
search-browse = Xem tất cả bài học
search-results = { $count ->
    [0] Không có bài học nào khớp với tìm kiếm của bạn.
   *[other] Có { $count } bài học khớp với tìm kiếm của bạn.
}
search-shown-in = Hiển thị bằng { $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: bản sao ngoại tuyến cho { $country }
bundle-readme-body =
    Thư mục này là bản sao đầy đủ của trang web. Bản sao hoạt động mà không cần kết nối internet.
    Để sử dụng, hãy giải nén thư mục, rồi mở tệp index.html bằng trình duyệt web.
    Bạn có thể sao chép thư mục vào USB, ổ đĩa dùng chung hoặc mạng nội bộ của trường.
    Tính năng tìm kiếm, chuyển ngôn ngữ và in cũng hoạt động trong bản sao.
    Tệp MANIFEST-SHA256.txt liệt kê mọi tệp cùng mã kiểm tra SHA-256 của từng tệp, để bạn có thể kiểm tra rằng không có gì bị thay đổi.
    Các bài học có số điện thoại và trang web của các đường dây hỗ trợ. Vui lòng kiểm tra lại trước mỗi bài học, vì thông tin có thể thay đổi.

## Not found

not-found-title = Không tìm thấy trang
not-found-text = Trang này không tồn tại. Hãy chọn quốc gia của bạn để tìm bài học.

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = Tiếng Việt

language-bg = tiếng Bulgaria
language-cnr = tiếng Montenegro
language-cs = tiếng Séc
language-da = tiếng Đan Mạch
language-de = tiếng Đức
language-el = tiếng Hy Lạp
language-en = tiếng Anh
language-es = tiếng Tây Ban Nha
language-et = tiếng Estonia
language-fi = tiếng Phần Lan
language-fil = tiếng Philippines
language-fr = tiếng Pháp
language-ga = tiếng Ireland
language-hr = tiếng Croatia
language-hu = tiếng Hungary
language-it = tiếng Ý
language-ja = tiếng Nhật
language-ka = tiếng Gruzia
language-km = tiếng Khmer
language-ko = tiếng Hàn
language-lb = tiếng Luxembourg
language-lt = tiếng Litva
language-lv = tiếng Latvia
language-mi = tiếng Māori
language-mt = tiếng Malta
language-nb = tiếng Na Uy (Bokmål)
language-nl = tiếng Hà Lan
language-nn = tiếng Na Uy (Nynorsk)
language-pl = tiếng Ba Lan
language-pt = tiếng Bồ Đào Nha
language-ro = tiếng Romania
language-sk = tiếng Slovakia
language-sl = tiếng Slovenia
language-sq = tiếng Albania
language-sr = tiếng Serbia (chữ Kirin)
language-sr-Latn = tiếng Serbia (chữ Latinh)
language-sv = tiếng Thụy Điển
language-th = tiếng Thái
language-tr = tiếng Thổ Nhĩ Kỳ
language-uk = tiếng Ukraina
language-vi = tiếng Việt

## Country names, as written in this locale

country-al = Albania
country-at = Áo
country-au = Úc
country-be = Bỉ
country-bg = Bulgaria
country-ca = Canada
country-ch = Thụy Sĩ
country-cy = Síp
country-cz = Séc
country-de = Đức
country-dk = Đan Mạch
country-ee = Estonia
country-es = Tây Ban Nha
country-fi = Phần Lan
country-fr = Pháp
country-gb = Vương quốc Anh
country-ge = Gruzia
country-gh = Ghana
country-gr = Hy Lạp
country-hr = Croatia
country-hu = Hungary
country-ie = Ireland
country-it = Ý
country-jp = Nhật Bản
country-kh = Campuchia
country-kr = Hàn Quốc
country-lt = Litva
country-lu = Luxembourg
country-lv = Latvia
country-md = Moldova
country-me = Montenegro
country-mt = Malta
country-ng = Nigeria
country-nl = Hà Lan
country-no = Na Uy
country-nz = New Zealand
country-ph = Philippines
country-pl = Ba Lan
country-pt = Bồ Đào Nha
country-ro = Romania
country-rs = Serbia
country-se = Thụy Điển
country-si = Slovenia
country-sk = Slovakia
country-th = Thái Lan
country-tr = Thổ Nhĩ Kỳ
country-ua = Ukraina
country-us = Hoa Kỳ
country-vn = Việt Nam
