import { describe, it, expect } from 'vitest';
import { fold, tokenize } from '../../utils/attribution';
import { isRoleHead, roleEnd, roleWords } from '../../utils/roles';
import { roleFit } from '../../utils/role-fit';
import { matchKey } from '../../utils/normalize';

const toks = (text: string) => tokenize(fold(text));

describe('isRoleHead', () => {
  it.each(['مادر', 'پدر', 'استاد', 'سخنگوی', 'نماینده', 'دبیرکل'])('%s opens a role', (w) => {
    expect(isRoleHead(matchKey(w))).toBe(true);
  });
  it.each(['رئیسی', 'دبیرخانه', 'کمیسیون', 'مادرید'])('%s does not', (w) => {
    expect(isRoleHead(matchKey(w))).toBe(false);
  });
});

describe('roleEnd', () => {
  const role = (text: string) => {
    const t = toks(text);
    const end = roleEnd(t, 0, t.length - 1, () => false);
    return text.slice(t[0].start, t[end - 1].end);
  };
  it.each([
    ['a channel', 'خبرنگار شبکه ۱۳ در کانال تلگرامی خود نوشت', 'خبرنگار شبکه ۱۳'],
    ['an account', 'سخنگوی وزارت خارجه در حساب کاربری خود نوشت', 'سخنگوی وزارت خارجه'],
    ['a topic', 'رئیس مجلس در موضوع آب تاکید کرد', 'رئیس مجلس'],
    ['«در مجلس» belongs to it', 'نماینده اردبیل در مجلس شورای اسلامی گفت', 'نماینده اردبیل در مجلس شورای اسلامی'],
  ])('%s', (_label, text, expected) => {
    expect(role(text)).toBe(expected);
  });
});

describe('roleFit', () => {
  const words = (text: string) => roleWords(toks(text));
  it('a longer form of a role fits the short one it was introduced with', () => {
    expect(roleFit(words('نماینده کرج در مجلس شورای اسلامی'), words('نماینده کرج'))).toBeGreaterThanOrEqual(3);
  });
  it('the same head for another place does not fit', () => {
    expect(roleFit(words('نماینده شیراز در مجلس'), words('نماینده کرج در مجلس'))).toBe(0);
  });
});
