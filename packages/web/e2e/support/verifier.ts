/**
 * Open a protection dossier in the offline verifier page (/verify) in a new tab and read its
 * verdict: the overall one, how many events are green and red, and every request the page made
 * while verifying (there must be none).
 */
import type { Page } from 'playwright-core';
import type { Browser } from './browser.ts';

export interface VerifierResult {
  page: Page;
  verdict: string | null;
  validEvents: number;
  invalidEvents: number;
  requestsWhileVerifying: string[];
}

export async function openInVerifier(browser: Browser, baseUrl: string, file: string): Promise<VerifierResult> {
  const page = await browser.context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${baseUrl}/verify`);
  await page.getByRole('heading', { name: 'Kiểm tra hồ sơ bảo vệ', level: 1 }).waitFor();
  const loaded = requests.length;
  await page.locator('input[type=file]').setInputFiles(file);
  const verdict = page.getByTestId('dossier-verdict');
  await verdict.waitFor();
  return {
    page,
    verdict: await verdict.getAttribute('data-verdict'),
    validEvents: await page.locator('tr[data-verdict="valid"]').count(),
    invalidEvents: await page.locator('tr[data-verdict="invalid"]').count(),
    requestsWhileVerifying: requests.slice(loaded),
  };
}
