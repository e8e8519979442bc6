/**
 * Exit codes of `khien` (also in docs/operations.md):
 *   0 success · 1 unexpected failure · 2 usage error · 3 refused (bad input, a rule said no)
 *   4 pending migrations (`migrate --check`) · 5 verification found a divergence.
 */
export const EXIT = { ok: 0, failure: 1, usage: 2, refused: 3, pendingMigrations: 4, verificationFailed: 5 } as const;
