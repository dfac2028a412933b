# Status: draft (machine-made translation awaiting review by a native speaker).
### haven interface text: English (the source for every other locale).
### Every locale has every message of this file. Keep placeables ({ $name }) as they are.

campaign-name = ปลอดภัยออนไลน์ไปด้วยกัน

## Quick exit, skip link and navigation

quick-exit = ออกจากเว็บไซต์นี้
quick-exit-hint = หรือกด Shift สามครั้ง
skip-to-content = ข้ามไปยังเนื้อหาหลัก
nav-label = เมนูหลัก
nav-home = หน้าแรก
nav-lessons = บทเรียน
nav-get-help = ขอความช่วยเหลือ
nav-languages = ภาษาอื่น
nav-countries = ประเทศอื่น
footer-nav-label = เพิ่มเติม
language-switcher = ภาษา
breadcrumbs-label = คุณอยู่ที่นี่
pager-label = บทเรียนอื่นในหัวข้อนี้
published-by = เผยแพร่โดย { $organisation }
footer-privacy = เว็บไซต์นี้ไม่ใช้คุกกี้ ไม่เก็บข้อมูลใดๆ ไว้ในอุปกรณ์ของคุณ และไม่ติดตามคุณ ใช้งานได้แม้ไม่มีการเชื่อมต่ออินเทอร์เน็ต

## Choosers

choose-country-title = เลือกประเทศของคุณ
choose-country-intro = เว็บไซต์ของแต่ละประเทศมีบทเรียน ภาษา และแหล่งขอความช่วยเหลือเป็นของตัวเอง
choose-language-intro = เลือกภาษาของคุณ

## Home and lesson lists

home-title = ปลอดภัยในโลกออนไลน์
home-intro = บทเรียนสำหรับเด็ก เยาวชน พ่อแม่ และครู เรื่องการล่อลวงเด็กทางออนไลน์ (grooming) เรื่องภาพ และความเสี่ยงอื่นๆ บนโลกออนไลน์ รวมถึงแหล่งที่ขอความช่วยเหลือได้
home-topics = หัวข้อ
lessons-title = บทเรียนทั้งหมด
lessons-intro = บทเรียนสำหรับสามช่วงวัย พร้อมคู่มือสำหรับพ่อแม่ ผู้ดูแล และครู
lesson-count = { $count ->
   *[other] { $count } บทเรียน
}
card-fallback = แสดงเป็น{ $shown }
card-draft = คำแปลกำลังรอการตรวจทาน

## Lesson facts

meta-audience = สำหรับ
meta-age-band = อายุ
meta-duration = เวลา
on-this-page = ในหน้านี้
previous-lesson = ก่อนหน้า
next-lesson = ถัดไป
duration-minutes = { $minutes ->
   *[other] { $minutes } นาที
}

topic-grooming = การล่อลวงทางออนไลน์
topic-self-produced-images = ภาพและการแชร์
topic-online-risks = ความเสี่ยงออนไลน์

age-band-8-10 = 8 ถึง 10 ปี
age-band-11-13 = 11 ถึง 13 ปี
age-band-14-17 = 14 ถึง 17 ปี
age-band-adults = ผู้ใหญ่

audience-children = เด็กและเยาวชน
audience-parents = พ่อแม่และผู้ดูแล
audience-teachers = ครู

## Notices

fallback-notice = หน้านี้ยังไม่มีฉบับ{ $requested } จึงแสดงเป็น{ $shown }
draft-notice = คำแปลนี้ยังไม่ได้รับการตรวจทานจากเจ้าของภาษา และกำลังรอการตรวจสอบ
stale-notice = ต้นฉบับของหน้านี้มีการเปลี่ยนแปลงหลังจากแปลแล้ว คำแปลอาจไม่เป็นปัจจุบัน

## Getting help

help-box-title = อยากคุยกับใครสักคนไหม
help-box-text = ไม่ใช่ความผิดของคุณเลย ไม่ว่าจะเกิดอะไรขึ้น คนเหล่านี้ช่วยคุณได้ และจะเก็บเรื่องของคุณเป็นความลับ
help-box-more = แหล่งขอความช่วยเหลือทั้งหมด
contacts-title = ความช่วยเหลือใน{ $country }
contact-kind-emergency = เหตุฉุกเฉิน
contact-kind-helpline = สายด่วนช่วยเหลือเด็ก
contact-kind-hotline = แจ้งภาพที่ผิดกฎหมาย
contact-kind-police = แจ้งตำรวจ
contact-kind-other = ความช่วยเหลืออื่นๆ
contact-call = โทร { $number }
contact-website = เว็บไซต์
contact-verified = ตรวจสอบเมื่อ { $date }
directory-helpline-intro = ค้นหาสายด่วนช่วยเหลือเด็กในประเทศของคุณ
directory-hotline-intro = ค้นหาช่องทางแจ้งภาพผิดกฎหมายในประเทศของคุณ

## Search

search-label = ค้นหาบทเรียน
search-button = ค้นหา
search-browse = ดูบทเรียนทั้งหมด
search-results = { $count ->
    [0] ไม่มีบทเรียนที่ตรงกับคำค้นหาของคุณ
   *[other] พบ { $count } บทเรียนที่ตรงกับคำค้นหาของคุณ
}
search-shown-in = แสดงเป็น{ $language }

## The offline copy for schools (haven bundle): a plain-text README in the zip file

bundle-readme-title = { $site }: สำเนาออฟไลน์สำหรับ{ $country }
bundle-readme-body =
    โฟลเดอร์นี้คือสำเนาฉบับสมบูรณ์ของเว็บไซต์ ใช้งานได้แม้ไม่มีการเชื่อมต่ออินเทอร์เน็ต
    หากต้องการใช้งาน ให้แตกไฟล์ zip ของโฟลเดอร์ แล้วเปิดไฟล์ index.html ในเว็บเบราว์เซอร์
    คุณสามารถคัดลอกโฟลเดอร์นี้ไปไว้ในแฟลชไดรฟ์ USB ไดรฟ์ที่ใช้ร่วมกัน หรืออินทราเน็ตของโรงเรียนได้
    การค้นหา การสลับภาษา และการพิมพ์ใช้งานได้ในสำเนานี้ด้วย
    ไฟล์ MANIFEST-SHA256.txt แสดงรายการไฟล์ทั้งหมดพร้อมค่าตรวจสอบ SHA-256 ของแต่ละไฟล์ เพื่อให้คุณตรวจสอบได้ว่าไม่มีสิ่งใดถูกเปลี่ยนแปลง
    บทเรียนมีหมายเลขโทรศัพท์และเว็บไซต์ของสายด่วนช่วยเหลือ โปรดตรวจสอบข้อมูลเหล่านี้ก่อนเริ่มบทเรียน เนื่องจากอาจมีการเปลี่ยนแปลง

## Not found

not-found-title = ไม่พบหน้านี้
not-found-text = ไม่มีหน้านี้ เลือกประเทศของคุณเพื่อค้นหาบทเรียน

## Language names, as written in this locale
## language-self: this locale's own name for itself, as a menu item ("Deutsch", "Français").
## language-<tag>: each language's name as used inside a sentence ("in French" → French).

language-self = ไทย

language-bg = ภาษาบัลแกเรีย
language-cnr = ภาษามอนเตเนโกร
language-cs = ภาษาเช็ก
language-da = ภาษาเดนมาร์ก
language-de = ภาษาเยอรมัน
language-el = ภาษากรีก
language-en = ภาษาอังกฤษ
language-es = ภาษาสเปน
language-et = ภาษาเอสโตเนีย
language-fi = ภาษาฟินแลนด์
language-fil = ภาษาฟิลิปปินส์
language-fr = ภาษาฝรั่งเศส
language-ga = ภาษาไอริช
language-hr = ภาษาโครเอเชีย
language-hu = ภาษาฮังการี
language-it = ภาษาอิตาลี
language-ja = ภาษาญี่ปุ่น
language-ka = ภาษาจอร์เจีย
language-km = ภาษาเขมร
language-ko = ภาษาเกาหลี
language-lb = ภาษาลักเซมเบิร์ก
language-lt = ภาษาลิทัวเนีย
language-lv = ภาษาลัตเวีย
language-mi = ภาษาเมารี
language-mt = ภาษามอลตา
language-nb = ภาษานอร์เวย์ (บุคมอล)
language-nl = ภาษาดัตช์
language-nn = ภาษานอร์เวย์ (นีนอสก์)
language-pl = ภาษาโปแลนด์
language-pt = ภาษาโปรตุเกส
language-ro = ภาษาโรมาเนีย
language-sk = ภาษาสโลวัก
language-sl = ภาษาสโลวีเนีย
language-sq = ภาษาแอลเบเนีย
language-sr = ภาษาเซอร์เบีย (อักษรซีริลลิก)
language-sr-Latn = ภาษาเซอร์เบีย (อักษรละติน)
language-sv = ภาษาสวีเดน
language-th = ภาษาไทย
language-tr = ภาษาตุรกี
language-uk = ภาษายูเครน
language-vi = ภาษาเวียดนาม

## Country names, as written in this locale

country-al = แอลเบเนีย
country-at = ออสเตรีย
country-au = ออสเตรเลีย
country-be = เบลเยียม
country-bg = บัลแกเรีย
country-ca = แคนาดา
country-ch = สวิตเซอร์แลนด์
country-cy = ไซปรัส
country-cz = เช็กเกีย
country-de = เยอรมนี
country-dk = เดนมาร์ก
country-ee = เอสโตเนีย
country-es = สเปน
country-fi = ฟินแลนด์
country-fr = ฝรั่งเศส
country-gb = สหราชอาณาจักร
country-ge = จอร์เจีย
country-gh = กานา
country-gr = กรีซ
country-hr = โครเอเชีย
country-hu = ฮังการี
country-ie = ไอร์แลนด์
country-it = อิตาลี
country-jp = ญี่ปุ่น
country-kh = กัมพูชา
country-kr = เกาหลีใต้
country-lt = ลิทัวเนีย
country-lu = ลักเซมเบิร์ก
country-lv = ลัตเวีย
country-md = มอลโดวา
country-me = มอนเตเนโกร
country-mt = มอลตา
country-ng = ไนจีเรีย
country-nl = เนเธอร์แลนด์
country-no = นอร์เวย์
country-nz = นิวซีแลนด์
country-ph = ฟิลิปปินส์
country-pl = โปแลนด์
country-pt = โปรตุเกส
country-ro = โรมาเนีย
country-rs = เซอร์เบีย
country-se = สวีเดน
country-si = สโลวีเนีย
country-sk = สโลวาเกีย
country-th = ไทย
country-tr = ตุรกี
country-ua = ยูเครน
country-us = สหรัฐอเมริกา
country-vn = เวียดนาม
