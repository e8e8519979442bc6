import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { en as baseEn } from './messages-en.ts';
import { vi as baseVi } from './messages-vi.ts';
import { featureEn, featureVi } from './texts/index.ts';
import { interpolate } from './interpolate.ts';

// The first-load tables and the lazily loaded screen tables together.
const vi: Record<string, string> = { ...baseVi, ...featureVi };
const en: Record<string, string> = { ...baseEn, ...featureEn };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) sourceFiles(full, out);
    else if (/\.tsx?$/.test(entry) && !entry.endsWith('.test.ts') && !entry.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

describe('interface texts (issue 5: Vietnamese everywhere, English second)', () => {
  it('every Vietnamese key has an English text and the other way round', () => {
    const viKeys = Object.keys(vi).sort();
    const enKeys = Object.keys(en).sort();
    assert.deepEqual(
      viKeys.filter((k) => !enKeys.includes(k)),
      [],
      'keys missing in English',
    );
    assert.deepEqual(
      enKeys.filter((k) => !viKeys.includes(k)),
      [],
      'keys missing in Vietnamese',
    );
  });

  it('no text is empty and both languages use the same {placeholders}', () => {
    for (const [key, text] of Object.entries(vi)) {
      assert.ok(text.trim().length > 0, `vi ${key} is empty`);
      const english = en[key] ?? '';
      assert.ok(english.trim().length > 0, `en ${key} is empty`);
      assert.deepEqual(placeholders(english), placeholders(text), `placeholders differ for ${key}`);
    }
  });

  it('every key the screens use exists in both languages', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const used = new Map<string, string>();
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-z0-9_.]+)'/gi)) used.set(match[1]!, path.relative(root, file));
      // Keys held in tables ({ key: 'verify.doc.ok' }, label: 'nav.inbox' …).
      for (const match of text.matchAll(
        /'((?:nav|role|verify|ledger|problem|validation|import|org|person|account|profile|inbox|search|common|shell|login|notfound|proposal|proposals|case|action|inbox|notification|dashboard|encouragement|procedure|calendar)\.[a-z0-9_.]+)'/g,
      )) {
        used.set(match[1]!, path.relative(root, file));
      }
    }
    // The import report's counters are looked up by field name.
    for (const field of ['rowsRead', 'created', 'updated', 'unchanged']) used.set(`import.report.${field}`, 'pages/admin/imports-page.tsx');
    assert.ok(used.size > 100, `found only ${used.size} keys: the scan is broken`);
    const missing = [...used].filter(([key]) => !(key in vi) || !(key in en)).map(([key, file]) => `${key} (${file})`);
    assert.deepEqual(missing, []);
  });

  it('the texts are NFC-normalised Vietnamese (no decomposed diacritics)', () => {
    for (const [key, text] of Object.entries(vi)) assert.equal(text, text.normalize('NFC'), key);
  });

  it('fills {placeholders} and leaves unknown ones visible', () => {
    assert.equal(interpolate(baseVi['inbox.greeting'], { name: 'Nguyễn Văn An' }), 'Xin chào Nguyễn Văn An.');
    assert.equal(interpolate('{a} và {b}', { a: 1 }), '1 và {b}');
  });
});
