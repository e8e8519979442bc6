/**
 * The "state" filter's choices, read off the procedures in force (`GET /api/v1/procedures/{id}/{version}`:
 * procedure as data, so a local variant's states appear without a web release). The API types
 * a definition loosely (`Record<string, unknown>`): this checks each state's shape and keeps
 * the first label of each state id, in the order of the procedures and their states.
 */

export interface StateOption {
  id: string;
  label: { vi: string; en: string };
}

function isLabel(value: unknown): value is { vi: string; en: string } {
  if (typeof value !== 'object' || value === null) return false;
  const label = value as Record<string, unknown>;
  return typeof label.vi === 'string' && typeof label.en === 'string';
}

export function stateOptions(definitions: readonly unknown[]): StateOption[] {
  const seen = new Map<string, StateOption>();
  for (const definition of definitions) {
    if (typeof definition !== 'object' || definition === null) continue;
    const states = (definition as { states?: unknown }).states;
    if (!Array.isArray(states)) continue;
    for (const state of states as unknown[]) {
      if (typeof state !== 'object' || state === null) continue;
      const { id, label } = state as { id?: unknown; label?: unknown };
      if (typeof id !== 'string' || !id || !isLabel(label) || seen.has(id)) continue;
      seen.set(id, { id, label: { vi: label.vi, en: label.en } });
    }
  }
  return [...seen.values()];
}
