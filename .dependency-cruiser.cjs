/**
 * Layer boundaries (ARCHITECTURE.md): dependencies point downward only.
 *   web → core;  server/http, server/cli → server/app → core;  core → zod (+ canonicalize) only.
 * `npm test` runs this; a violation fails the build.
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'packages/core runs in Node and the browser: no server, web, node: built-ins or I/O libraries.',
      severity: 'error',
      from: { path: '^packages/core/src', pathNot: '\\.test\\.ts$' },
      to: { pathNot: '^packages/core/src|node_modules/(zod|canonicalize)/' },
    },
    {
      name: 'core-not-into-node-builtins',
      severity: 'error',
      from: { path: '^packages/core/src', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-only-uses-core',
      severity: 'error',
      from: { path: '^packages/web/src' },
      to: { path: '^packages/server' },
    },
    {
      name: 'app-does-not-know-http-or-cli',
      comment: 'Use cases are called by adapters, never the other way round.',
      severity: 'error',
      from: { path: '^packages/server/src/(app|db|ledger|projections|auth|import|seed)/' },
      to: { path: '^packages/server/src/(http|cli)/' },
    },
    {
      name: 'http-and-cli-are-separate-adapters',
      severity: 'error',
      from: { path: '^packages/server/src/http/' },
      to: { path: '^packages/server/src/cli/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules|dist' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js'],
    },
  },
};
