import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

const cli = path.resolve(import.meta.dirname, '../../src/cli/main.ts');

describe('khien CLI', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const khien = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { env, encoding: 'utf8', ...(input !== undefined ? { input } : {}) });

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'khien-cli-'));
    env = { ...process.env, KHIEN_DATA_DIR: path.join(dir, 'data'), KHIEN_LOG_LEVEL: 'warn', DATABASE_URL: '' };
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('migrate --check exits 4 while migrations are pending, 0 after migrate', () => {
    const pending = khien(['migrate', '--check']);
    assert.equal(pending.status, 4, pending.stderr);
    assert.match(pending.stdout, /pending\s+0001_foundation/);
    const applied = khien(['migrate']);
    assert.equal(applied.status, 0, applied.stderr);
    assert.match(applied.stdout, /0001_foundation/);
    const check = khien(['migrate', '--check']);
    assert.equal(check.status, 0);
    assert.doesNotMatch(check.stdout, /pending/);
  });

  test('config print shows the effective configuration with secrets redacted', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, 'config', 'print'], {
      env: { ...env, DATABASE_URL: 'postgres://khien:bi-mat@db.example:5432/khien', KHIEN_LEDGER_KEY: 'PRIVATE+KEY+x+00000000+AAAA' },
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    const config = JSON.parse(result.stdout);
    assert.equal(config.databaseUrl, 'postgres://khien:***@db.example:5432/khien');
    assert.equal(config.ledgerKey, '***');
    assert.doesNotMatch(result.stdout, /bi-mat/);
  });

  test('a bad configuration value stops with every problem listed (exit 3)', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, 'config', 'print'], {
      env: { ...env, KHIEN_PORT: 'abc', KHIEN_LOG_LEVEL: 'loud' },
      encoding: 'utf8',
    });
    assert.equal(result.status, 3);
    assert.match(result.stderr, /KHIEN_PORT/);
    assert.match(result.stderr, /KHIEN_LOG_LEVEL/);
    assert.match(result.stderr, /config\.invalid/);
  });

  test('user create and reset-password; weak passwords and unknown users are refused with exit 3', () => {
    const created = khien(['user', 'create', 'quantri', '--role', 'system_admin', '--password-stdin'], 'Mat-khau-quan-tri-1\n');
    assert.equal(created.status, 0, created.stderr);
    assert.match(created.stdout, /quantri/);
    const again = khien(['user', 'create', 'quantri', '--password', 'Mat-khau-quan-tri-1']);
    assert.equal(again.status, 3);
    assert.match(again.stderr, /account\.already_exists/);
    const weak = khien(['user', 'create', 'yeu', '--password', '123']);
    assert.equal(weak.status, 3);
    assert.match(weak.stderr, /ít nhất 10 ký tự/);
    const reset = khien(['user', 'reset-password', 'quantri', '--password', 'Mat-khau-tam-thoi-2']);
    assert.equal(reset.status, 0, reset.stderr);
    const unknown = khien(['user', 'reset-password', 'khongco', '--password', 'Mat-khau-tam-thoi-2']);
    assert.equal(unknown.status, 3);
  });

  test('seed demo is idempotent', () => {
    const first = khien(['seed', 'demo']);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /"people":41/);
    const second = khien(['seed', 'demo']);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /"organisations":0,"people":0,"accounts":0,"positions":0/);
  });

  test('an unknown command is a usage error (exit 2)', () => {
    assert.equal(khien(['bay']).status, 2);
  });

  test('the embedded data directory is locked: a second process gets a clear error', async () => {
    const server = spawn(process.execPath, ['--import', 'tsx', cli, 'serve'], {
      env: { ...env, KHIEN_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk) => {
          out += chunk;
          if (out.includes('Khiên is running at')) resolve();
        });
        server.once('exit', (code) => reject(new Error(`server exited ${code}`)));
      });
      const second = khien(['migrate', '--check']);
      assert.equal(second.status, 3);
      assert.match(second.stderr, /database\.data_dir_locked/);
      assert.match(second.stderr, /đang được một tiến trình Khiên khác sử dụng/);
    } finally {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    assert.equal(khien(['migrate', '--check']).status, 0, 'the lock is released on shutdown');
  });
});
