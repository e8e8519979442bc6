import { spawn } from 'node:child_process';
import { startPostgres } from '/work/main/packages/server/test/support/postgres-server.ts';
const pg = await startPostgres();
const child = spawn(process.execPath, ['--import', 'tsx', '--test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, KHIEN_TEST_PG_URL: pg.url },
});
const code = await new Promise<number>((r) => child.on('exit', (c) => r(c ?? 1)));
pg.stop();
process.exit(code);
