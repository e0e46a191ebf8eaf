// Builds utils/lexicons/stopwords-fa.json from the MIT hazm stop-word list (not the GPL
// Kharazi list). Multi-word entries («شده_است») are split: their parts are stop words too.
// Words are kept as written (with ZWNJ); the summarizer folds them when it loads them.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const SOURCE = resolve(HERE, '../../shared/corpus/nlp/lexicons/hazm_stopwords.dat');
const TARGET = resolve(HERE, '../utils/lexicons/stopwords-fa.json');

const words = new Set<string>();
for (const line of readFileSync(SOURCE, 'utf8').split('\n')) {
  for (const part of line.trim().split('_')) if (part) words.add(part);
}
const list = [...words].sort((a, b) => a.localeCompare(b, 'fa'));
writeFileSync(TARGET, JSON.stringify(list) + '\n');
console.log(`${list.length} stop words -> ${TARGET}`);
