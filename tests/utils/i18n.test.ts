import { describe, expect, it } from 'vitest';
import fa from '../../public/_locales/fa/messages.json';
import en from '../../public/_locales/en/messages.json';
import { formatDate, resolveUiLanguage, translator } from '../../utils/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the extension locales', () => {
  it('have the same keys in Persian and English, with the same {placeholders}', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fa).sort());
    for (const key of Object.keys(fa) as (keyof typeof fa)[]) {
      expect(placeholders(en[key].message), key).toEqual(placeholders(fa[key].message));
    }
  });

  it('keep keys Chrome accepts and no $ (a placeholder sign in messages.json)', () => {
    for (const [key, { message }] of Object.entries({ ...fa, ...en })) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(message).not.toContain('$');
    }
  });
});

describe('translator', () => {
  it('fills placeholders with the language’s own digits', () => {
    const key = (Object.keys(fa) as (keyof typeof fa)[]).find((k) => placeholders(fa[k].message).length === 1)!;
    const [name] = placeholders(fa[key].message);
    expect(translator('fa')(key, { [name]: 12 })).toContain('۱۲');
    expect(translator('en')(key, { [name]: 12 })).toContain('12');
  });
});

describe('resolveUiLanguage', () => {
  it.each([
    ['fa', 'en-US', 'fa'],
    ['en', 'fa', 'en'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'fa-IR', 'fa'],
    ['auto', 'de', 'fa'],
  ] as const)('setting %s in a %s browser → %s', (setting, browserLanguage, expected) => {
    expect(resolveUiLanguage(setting, browserLanguage)).toBe(expected);
  });
});

describe('formatDate', () => {
  it('shows Jalali dates with Persian digits in Persian, and nothing for a bad date', () => {
    expect(formatDate('2019-06-26T10:00:00+04:30', 'fa')).toBe('۵ تیر ۱۳۹۸');
    expect(formatDate('not a date', 'fa')).toBe('');
    expect(formatDate(null, 'en')).toBe('');
  });
});
