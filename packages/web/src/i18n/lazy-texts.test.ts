import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

describe('lazily loaded screens bring their texts', () => {
  it('every screen app.tsx loads lazily is loaded together with i18n/texts (withTexts)', () => {
    const app = readFileSync(path.resolve(import.meta.dirname, '../app.tsx'), 'utf8');
    const lazyScreens = [...app.matchAll(/import\(\s*'(\.\/pages\/[^']+)'\s*\)/g)].map((m) => m[1]);
    const withTexts = [...app.matchAll(/withTexts\(\s*import\(\s*'(\.\/pages\/[^']+)'\s*\)\s*\)/g)].map((m) => m[1]);
    assert.ok(lazyScreens.length >= 15, `found only ${lazyScreens.length} lazy screens: the scan is broken`);
    assert.deepEqual(
      lazyScreens.filter((s) => !withTexts.includes(s)),
      [],
      'these screens would show text keys instead of texts',
    );
  });
});
