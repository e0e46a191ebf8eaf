import { describe, it, expect } from 'vitest';
import { anonymous, knownPeople, resolve, type Context } from '../../utils/speaker-people';
import { fold, readMention, tokenize } from '../../utils/attribution';

const context = (): Context => ({
  people: [], last: null, openQuote: null, standingQuote: null, introduced: null, introducedHere: null, organizations: new Set(),
  seen: new Set(), introductions: new Map(), message: null, fullNames: new Map(),
});

/** Resolves the subject at the start of `text` (the verb is its last word). */
function subjectOf(ctx: Context, text: string) {
  const tokens = tokenize(fold(text));
  const m = readMention(tokens, 0, tokens.length - 1, knownPeople(ctx));
  return m ? resolve(ctx, m, text, tokens) : null;
}

describe('resolve', () => {
  it('names a person first met by a role alone, and finds them again by surname', () => {
    const ctx = context();
    const byRole = subjectOf(ctx, 'معاون وزیر کشور گفت');
    ctx.last = byRole;
    const named = subjectOf(ctx, 'بابک دین‌پرست افزود');
    expect(named).toBe(byRole);
    expect([named?.name, named?.role]).toEqual(['بابک دین‌پرست', 'معاون وزیر کشور']);
    expect(subjectOf(ctx, 'دین‌پرست افزود')).toBe(named);
  });

  it('never names an unnamed source, nor gives its place to a role', () => {
    const ctx = context();
    ctx.last = anonymous();
    const named = subjectOf(ctx, 'رضا کریمی گفت');
    expect(named?.anonymous).toBeUndefined();
    expect(ctx.people).toEqual([named]);
  });
});
