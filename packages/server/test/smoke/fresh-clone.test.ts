import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(import.meta.dirname, '../../../..');

/**
 * The README's first command as a new user runs it: a fresh clone of the committed tree,
 * `npm start` (which installs dependencies itself), wait for the printed URL, check /readyz,
 * log in over real HTTP with a printed demo login, stop with SIGTERM.
 */
test(
  'README command 1 on a fresh clone: installs, starts with demo data, prints URL and logins, serves logins',
  { timeout: 600_000 },
  async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'khien-clone-'));
    try {
      const clone = spawnSync('git', ['clone', '--quiet', '--no-local', root, path.join(dir, 'khien')], { encoding: 'utf8' });
      assert.equal(clone.status, 0, clone.stderr);
      const cwd = path.join(dir, 'khien');
      const child = spawn('npm', ['start'], {
        cwd,
        env: { ...process.env, KHIEN_PORT: '0', KHIEN_DATA_DIR: path.join(dir, 'data'), KHIEN_LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const match = /Khiên is running at: (http:\/\/\S+)/.exec(output);
          if (match) {
            clearInterval(timer);
            resolve(match[1]!);
          }
        }, 200);
        child.once('exit', (code) => {
          clearInterval(timer);
          reject(new Error(`npm start exited with ${code}:\n${output}`));
        });
      });
      assert.match(output, /admin\s+Quản trị hệ thống/);
      assert.match(output, /Khien@2026/);
      const password = /shared password: (\S+)\)/.exec(output)?.[1];
      assert.ok(password);
      const ready = await fetch(`${url}/readyz`);
      assert.equal(ready.status, 200);
      assert.equal((await ready.json()).engine, 'pglite');
      const login = await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'truongphong.cds', password }),
      });
      assert.equal(login.status, 200);
      assert.match(login.headers.get('set-cookie') ?? '', /khien_session=.*HttpOnly/i);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      const code = await exited;
      assert.ok(code === 0 || code === null, `exit code ${code}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
