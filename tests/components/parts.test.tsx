// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { FigureList, figureLabel } from '@/components/FigureList';
import { parseTags } from '@/components/NoteEditor';
import { SpeakerList } from '@/components/SpeakerList';
import type { Figure } from '@/utils/types';

const figure = (text: string, unit: string, value: number): Figure => ({ text, unit, value, kind: 'money', sentence: `مبلغ ${text} بود.` });

describe('figureLabel', () => {
  it.each([
    [figure('۶۳۹ پروژه', 'پروژه', 639), '۶۳۹ پروژه'],
    [figure('۳۲', 'درصد', 32), '۳۲ درصد'],
  ])('%j → %s', (f, label) => expect(figureLabel(f)).toBe(label));
});

describe('FigureList', () => {
  it('shows the resolved value beside scale words, in Persian digits', async () => {
    const root = document.createElement('div');
    await act(async () => render(<FigureList figures={[figure('۸۵ میلیون تومان', 'تومان', 85_000_000)]} />, root));
    expect(root.querySelector('.figure-value')?.textContent).toBe('= ۸۵٬۰۰۰٬۰۰۰');
  });
});

describe('SpeakerList', () => {
  it('lists statements as plain text, and as jump buttons when the page is open', async () => {
    const speakers = [{ name: 'بابک دین‌پرست', role: 'معاون وزیر', quotes: ['<b>نه</b> برنامه'], aliases: [] }];
    const root = document.createElement('div');
    await act(async () => render(<SpeakerList speakers={speakers} />, root));
    expect(root.querySelector('q')?.textContent).toBe('<b>نه</b> برنامه');
    expect(root.querySelector('b')).toBeNull();
    await act(async () => render(<SpeakerList speakers={speakers} onJump={() => {}} />, root));
    expect(root.querySelector('button.quote')?.textContent).toBe('<b>نه</b> برنامه');
  });
});

describe('parseTags', () => {
  it.each([
    ['اقتصاد، خودرو', ['اقتصاد', 'خودرو']],
    ['a, b ,a', ['a', 'b']],
    ['  ', []],
    ['سیاست؛ مجلس\nدولت', ['سیاست', 'مجلس', 'دولت']],
  ])('%j', (text, tags) => expect(parseTags(text)).toEqual(tags));
});
