import { describe, it, expect } from 'vitest';
import { readInterview } from '../../utils/interview';
import { splitSentences } from '../../utils/sentences';

const interviewOf = (paras: string[]) => readInterview(splitSentences(paras.join('\n\n')));

describe('readInterview', () => {
  it('reads the interviewee, the role and one answer per question; subheadings end an answer', () => {
    const r = interviewOf([
      'پایگاه خبری نگاه در مصاحبه با مهندس کیوان رادمنش، کارشناس انرژی، وضعیت برق را بررسی کرده است.',
      'چرا خاموشی‌ها تکرار می‌شود؟',
      'مصرف بالا رفته است.',
      'سرمایه‌گذاری',
      'آیا سرمایه‌گذاری کافی است؟',
      'نه، کافی نیست.',
    ]);
    expect(r && [r.name, r.role, r.answers]).toEqual(['کیوان رادمنش', 'کارشناس انرژی', ['مصرف بالا رفته است.', 'نه، کافی نیست.']]);
  });

  it('reads an interview introduced in the lead with a background paragraph before the first question', () => {
    const r = interviewOf([
      'زمین‌لرزه بامداد پنج‌شنبه پرسش از آمادگی تهران را پیش کشید. خبرآنلاین با پروانه شاکری‌فر، زلزله‌شناس، گفت‌وگو کرده است.',
      'کیوان سلیمانی‌پور، رئیس سازمان مدیریت بحران، گفته بود این زمین‌لرزه خسارتی نداشته است.',
      'تهران چند گسل فعال دارد؟',
      'سه گسل اصلی فعال‌اند.',
      'و حرف آخر؟',
      'تلفات را می‌شود کم کرد.',
    ]);
    expect(r && [r.name, r.role, r.answers]).toEqual(['پروانه شاکری‌فر', 'زلزله‌شناس', ['سه گسل اصلی فعال‌اند.', 'تلفات را می‌شود کم کرد.']]);
  });

  it.each([
    ['«با او … گفت‌وگو کرده‌ایم» after the name in the same paragraph', ['نرگس ملکی‌زاده، پرستار مراقبت‌های ویژه، ۱۶ سال در تهران کار کرد. با او درباره تصمیمش گفت‌وگو کرده‌ایم.']],
    ['«گفت‌وگوی خبرنگار … با او را … می‌خوانید» after a paragraph that named them', ['نرگس ملکی‌زاده، پرستار مراقبت‌های ویژه، ۱۶ سال در تهران کار کرد.', 'گفت‌وگوی خبرنگار ایسنا با او را در ادامه می‌خوانید:']],
  ])('reads the interviewee a pronoun points to: %s', (_label, intro) => {
    const r = interviewOf([...intro, 'چه شد که رفتید؟', 'خستگی.', 'حالا چطور است؟', 'بهتر است.']);
    expect(r && [r.name, r.role, r.answers]).toEqual(['نرگس ملکی‌زاده', 'پرستار مراقبت‌های ویژه', ['خستگی.', 'بهتر است.']]);
  });

  it('reads an interview introduced later: «… با NAME، ROLE، گفت‌وگو کرده است.» right before the first question', () => {
    const r = interviewOf([
      'کمیسیون با افزایش تعرفه موافقت کرد.',
      'مهدی سپهری، سخنگوی سازمان، گفت: تعرفه تغییر نکرده بود.',
      'به گزارش پیوست، قیمت‌ها از اسفند اعمال می‌شود.',
      'آمار دیگری هم منتشر شد.',
      'پیوست درباره پیامدهای این تصمیم با نسترن امیری، پژوهشگر اقتصاد ارتباطات، گفت‌وگو کرده است.',
      'این افزایش برای کاربران چه معنایی دارد؟',
      'هزینه بیشتر.',
      'تضمینی وجود دارد؟',
      'تجربه گذشته خوش‌بینانه نیست.',
    ]);
    expect(r && [r.name, r.role, r.answers]).toEqual(['نسترن امیری', 'پژوهشگر اقتصاد ارتباطات', ['هزینه بیشتر.', 'تجربه گذشته خوش‌بینانه نیست.']]);
  });

  it.each([
    ['no person after «گفت‌وگو با»', ['وزیر در گفت‌وگو با خبرنگاران گفت: کار ادامه دارد.', 'چرا؟', 'زیرا لازم است.', 'چه زمانی؟', 'به‌زودی.']],
    ['a single question', ['علی کاظمی در گفت‌وگو با مینا صدر درباره بازار صحبت کرد.', 'چه باید کرد؟', 'بازار آرام نیست.']],
    ['no interview lead', ['بازار سهام امروز افت کرد.', 'چرا؟', 'نرخ ارز بالا رفت.', 'تا کی؟', 'معلوم نیست.']],
  ])('no interview: %s', (_label, paras) => {
    expect(interviewOf(paras as string[])).toBeNull();
  });
});

describe('readInterview: the introduction nearest the questions', () => {
  it('is the interview, not an earlier speaker quoted «در گفت‌وگو با» the outlet', () => {
    const iv = interviewOf([
      'شورای صنفی نمایش با اکران فیلم در نوروز موافقت کرد.',
      'مجید پورحسینی سخنگوی شورای صنفی نمایش در گفت‌وگو با سینماپرس اظهار کرد: فروش بالا رفته است.',
      'سینماپرس با بهنام کیانی‌فر، کارگردان «آخرین قطار اهواز»، گفت‌وگو کرده است که بخش‌هایی از آن را می‌خوانید.',
      'ماجرای بودجه فیلم چه بود؟',
      'ساخت فیلم را با ۱۸ میلیارد تومان شروع کردیم.',
      'پیش‌بینی‌تان از فروش چیست؟',
      'من عدد پیش‌بینی نمی‌کنم.',
    ]);
    expect([iv?.name, iv?.role, iv?.answers.length]).toEqual(['بهنام کیانی‌فر', 'کارگردان «آخرین قطار اهواز»', 2]);
  });
});
