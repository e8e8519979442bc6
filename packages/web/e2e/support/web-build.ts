/**
 * Build the web app when packages/web/dist is missing or older than its sources — the same
 * rule `npm start` applies (scripts/start.sh).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const WEB_DIR = path.resolve(import.meta.dirname, '../..');
export const WEB_DIST = path.join(WEB_DIR, 'dist');
const ROOT = path.resolve(WEB_DIR, '../..');

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, entry) => Math.max(newest, newestMtime(path.join(target, entry))), stat.mtimeMs);
}

export function ensureWebBuilt(): void {
  const stamp = path.join(WEB_DIST, 'index.html');
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const sources = ['src', 'public', 'index.html', 'vite.config.ts']
    .map((p) => path.join(WEB_DIR, p))
    .concat(path.join(ROOT, 'packages/core/src'));
  if (built > 0 && sources.every((s) => newestMtime(s) <= built)) return;
  const vite = path.join(ROOT, 'node_modules/.bin/vite');
  // npm test runs with NODE_ENV=test, which would make React and Ant Design build their test
  // variants (fixed element ids); the served app is always the production build.
  const result = spawnSync(vite, ['build', '--logLevel', 'warn'], {
    cwd: WEB_DIR,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`web build failed:\n${result.stdout}\n${result.stderr}`);
}
