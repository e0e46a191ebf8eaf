// Line rules for the paragraphs Readability keeps: a line that is site chrome, not story (labels,
// captions and credits, teaser links, date and meta rows, channel and tip invitations, ads, breadcrumbs).
// Matched on the folded form (ي→ی, ك→ک, digits Latin). cleanup.ts applies them.

const HAS_LETTER_RE = /\p{L}/u;
// Lines that are never story text. Matched on the folded form (ي→ی, ك→ک, digits Latin).
const LINE_DROP_RE = new RegExp('^(' + [
  'کد خبر', 'کد مطلب', 'شناسه خبر', 'انتهای پیام', 'انتهای خبر', 'پایان پیام',
  'بیشتر بخوانید', 'بخوانید', 'اخبار مرتبط', 'مطالب مرتبط', 'خبرهای مرتبط', 'پیشنهاد (ما|سردبیر|ویژه)',
  // Sponsored reports, a story's background timeline, a key-points box, an FAQ block.
  'رپو?رتاژ', 'ماجرا چیست', 'نکات کلیدی', 'خلاصه خبر', '(سوالات|سؤالات|پرسش\u200c?های) (متداول|پرتکرار)',
  'پربازدیدترین', 'پربحث\u200c?ترین', 'پربیننده\u200c?ترین', 'آخرین اخبار', 'داغ\u200c?ترین',
  'نظرات', 'نظر شما', 'ارسال نظر', 'دیدگاه', 'اشتراک\u200c? ?گذاری', 'به اشتراک بگذارید',
  'عکس ?:', 'عکاس ?:', 'منبع ?:', 'منبع عکس', 'تصویر ?:', 'فیلم ?:',
  'برچسب\u200c?ها', 'برچسب ?:', 'کلمات کلیدی', 'کلیدواژه', 'لینک کوتاه', 'آدرس کوتاه',
  'چاپ', 'نسخه چاپی', 'ارسال به دوستان', 'ارسال به دوست', 'ذخیره', 'خروج از نسخه موبایل', 'نماد سایت',
  'تعداد بازدید', 'بازدید ?:', 'زمان مطالعه', 'کپی شد', 'تاریخ انتشار', 'مشاهده (بیشتر|همه)',
  'نمودار ?:', 'جدول ?:', 'اینفوگرافیک ?:',
  // BBC Persian: screen-reader labels of photos and the skip links around embedded posts.
  'توضیح تصویر', 'منبع تصویر', 'نادیده گرفتن مطلب', 'پایان مطلب', 'اجازه محتوای', 'مطالب پیشنهادی', 'خبرهای پیشنهادی',
  'نویسنده ?،', 'نقش ?،', 'گزارشگر ?،',
  // Portals: the reporter and camera credits, the rating widget.
  'خبرنگار ?:', 'تصویربردار ?:', 'امتیاز دهید', 'امتیاز ?:', 'ارسال شده (?:در|توسط)',
  // A licence notice under the story.
  'این (?:اثر|مطلب|محتوا) (?:تحت|با) مجوز',
].join('|') + ')', 'u');
// A photo caption that ends in its credit: «شادی بازیکنان پس از گل دوم - عکس: وبلاگ ورزش نیشابور»,
// «… - عکس از مدیر وبلاگ», «… (عکس: مهسا رضایی)», «… / عکس: فدراسیون والیبال».
const CAPTION_CREDIT_RE = /(?:[-–—|/]\s*|\(\s*)(?:عکس|عکاس|تصویر)(?:\s*:|\s+از)\s*[^.!?؟:()]{1,40}\)?$/u;
export const LEADING_MARKS_RE = /^[^\p{L}\p{N}«"]+/u;
// An in-story link under a short label: «مرتبط: …», «در همین صفحه بخوانید: …», «این را هم ببینید: …».
const LINK_LABEL_RE = /^[^:.!?؟]{0,25}(?:بخوانید|مرتبط|بیشتر بدانید|ببینید|بشنوید)\s*:/u;
// «در همین زمینه: سفر هیئت تجاری … امضا شد»: a headline under «in this regard», with no stop of its own.
const RELATED_HEADLINE_RE = /^(?:در همین (?:زمینه|رابطه|ارتباط|باره)|در این (?:زمینه|باره))\s*:[^.!?؟]*$/u;
// «این گزارش در شماره ۴۲۱۸ روزنامه همدان پیام، صفحه ۳، منتشر شده است.»: the print edition's line;
// «این گزارش در ۲ صفحه منتشر شده است»: a paged story's note.
const PRINT_LINE_RE = /^(?:این|متن این) (?:گزارش|مطلب|خبر|یادداشت|گفت\u200c?وگو|مقاله) در (?:شماره|روزنامه|\d+ صفحه)[^.]{0,80}?(?:منتشر|چاپ) شده(?: است)?\.?$/u;
// A media teaser inside the story: «ویدئو | خلاصه دیدار …», «اینفوگرافیک: …».
const MEDIA_LABEL_RE = /^(?:ویدئو|ویدیو|فیلم|تصاویر|گزارش تصویری|اینفوگرافیک|صوت|پادکست)\s*[|:｜]/u;
// The date row above a story: «تاریخ انتشار: … | آخرین به‌روزرسانی: …».
const DATE_ROW_RE = /^(?:تاریخ (?:انتشار|خبر|ثبت|درج)|زمان انتشار|آخرین (?:به\u200c?روز ?رسانی|بروز ?رسانی|ویرایش)|منتشر شده در)\s*:/u;
// «خرداد ۱۴۰۵: طرح روادید گروهی تصویب شد», «امروز: صدور روادید آغاز شد»: an entry of the story's timeline box.
const TIMELINE_ENTRY_RE = /^(?:امروز|دیروز|(?:\d{1,2} )?(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)(?: ماه)?(?: \d{2,4})?)\s*:[^.!؟?]{5,120}$/u;
// «✅ ما را در پیام‌رسان بله دنبال کنید», «به کانال ایتای … بپیوندید», «🔻 کانال ایتا سیروان نیوز؛ …»:
// invitations to the site's channel on a messenger, inside the story.
const MESSENGER = '(?:ایتا|بله|تلگرام|روبیکا|سروش|اینستاگرام|آی\u200c? ?گپ|واتس\u200c? ?اپ|ویراستی|شبکه(?:[\u200c ]?های?)? (?:اجتماعی|مجازی))';
const EMPTY_LABEL_RE = /^[\p{L}\u200c]+(?: [\p{L}\u200c]+)?\s*:$/u;
// «خبر یا گزارشی دارید؟ … عکس و ویدیوهای خود را … با ما در میان بگذارید»: the outlet asking for tips.
const TIP_INVITE_RE = /^(?:خبر|سوژه|گزارش)[^.!?؟]{0,25}دارید\s*[؟?]|(?:عکس|ویدیو|ویدئو|فیلم|سوژه)[^.!?؟]{0,60}خود را[^.!?؟]{0,80}(?:در میان بگذارید|بفرستید|ارسال کنید)/u;
const CHANNEL_INVITE_RE = new RegExp(`^(?:کانال|صفحه|پیج) ${MESSENGER}|${MESSENGER}[^.!?؟]{0,40}(?:دنبال کنید|بپیوندید|عضو شوید)`, 'u');
// «- تبلیغات -», «آگهی»: an ad slot's label.
const AD_LABEL_RE = /^[-–—\s]*(?:تبلیغات|آگهی|advertisement|ads?)[-–—\s]*$/iu;
// «۲۳ تیر ۱۴۰۵ ساعت ۱۹:۴۰ ۹۸۷ زمان مطالعه: ۳ دقیقه»: a meta row with the reading time anywhere in it.
const READING_TIME_RE = /(?:زمان|مدت) (?:تقریبی )?مطالعه\s*:?\s*\d+\s*دقیقه/u;
// «انتشار این یادداشت به معنای تأیید محتوای آن از سوی … نیست»: the outlet's disclaimer under a column.
const DISCLAIMER_RE = /^(?:انتشار|درج) (?:این )?(?:یادداشت|مطلب|مقاله|خبر|گزارش)[^.!?؟]{0,40} به معنای (?:تایید|تأیید)/u;
// «فعالیت‌های قرآنی › آموزش قرآن»: a breadcrumb, short labels joined by arrows.
const BREADCRUMB_RE = /^[^.!?؟:]{1,40}(?: [›>»/] [^.!?؟:]{1,40})+$/u;
// «ارسال شده در … توسط … | دسته‌بندی: … | تعداد بازدید: ۴۱۲»: a row of post metadata labels.
const META_LABEL_RE = /(?:دسته\u200c?بندی|تعداد بازدید|بازدید|ارسال شده|توسط|نظرات|کد خبر|تاریخ|زمان)\s*:?/gu;

/** A line with no story in it: boilerplate label, bare number, date or a lone short label. */
export function isChromeLine(line: string, folded: string): boolean {
  if (LINE_DROP_RE.test(folded) && (folded.length <= 80 || /^(عکس|منبع|عکاس|تصویر)/.test(folded))) return true;
  if (folded.length <= 160 && (LINK_LABEL_RE.test(folded) || DATE_ROW_RE.test(folded) || MEDIA_LABEL_RE.test(folded) || RELATED_HEADLINE_RE.test(folded) || PRINT_LINE_RE.test(folded) || TIMELINE_ENTRY_RE.test(folded))) return true;
  if (folded.length <= 150 && CAPTION_CREDIT_RE.test(folded)) return true;
  const bare = folded.replace(LEADING_MARKS_RE, '');
  if (folded.length <= 300 && TIP_INVITE_RE.test(bare)) return true;
  // «آفتاب‌نیوز :»: a label with nothing after its colon says nothing of the story.
  if (folded.length <= 30 && EMPTY_LABEL_RE.test(folded)) return true;
  if (folded.length <= 150 && (CHANNEL_INVITE_RE.test(bare) || AD_LABEL_RE.test(folded) || READING_TIME_RE.test(folded) || DISCLAIMER_RE.test(folded))) return true;
  if (folded.length <= 100 && BREADCRUMB_RE.test(folded)) return true;
  if (folded.length <= 220 && folded.includes('|') && (folded.match(META_LABEL_RE)?.length ?? 0) >= 2) return true;
  return !HAS_LETTER_RE.test(line);
}
