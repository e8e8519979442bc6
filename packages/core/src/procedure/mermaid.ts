/**
 * A Mermaid state diagram of a procedure, so docs/ show each profile exactly as the engine
 * runs it (the server writes the files; core only renders text). Actions that keep the case
 * in its state are listed in a note beside it instead of as loops, which would bury the
 * lifecycle under a dozen arrows. Configurable ([U]) rules are marked "[U]".
 */
import type { ProcedureDefinition } from './definition-schema.ts';
import { isTransitionEnabled } from './engine.ts';

export interface MermaidOptions {
  /** Label language; `both` shows "Vietnamese / English". Default `vi`. */
  locale?: 'vi' | 'en' | 'both';
  /** Include transitions switched off by a flag parameter (marked "off"). Default false. */
  includeDisabled?: boolean;
}

/** Mermaid labels must not contain the syntax characters used around them. */
function clean(text: string): string {
  return text
    .replace(/["\n\r]/gu, ' ')
    .replace(/[:;]/gu, ',')
    .replace(/[{}]/gu, '')
    .trim();
}

export function toMermaid(definition: ProcedureDefinition, options: MermaidOptions = {}): string {
  const locale = options.locale ?? 'vi';
  const text = (label: { vi: string; en: string }) => clean(locale === 'both' ? `${label.vi} / ${label.en}` : label[locale]);
  const lines: string[] = ['stateDiagram-v2', `  %% ${definition.id} v${definition.version}`];

  for (const state of definition.states) {
    lines.push(`  state "${text(state.label)}" as ${state.id}`);
  }
  lines.push(`  [*] --> ${definition.initialState}`);

  const selfActions = new Map<string, string[]>();
  for (const transition of definition.transitions) {
    const enabled = isTransitionEnabled(definition, transition);
    if (!enabled && options.includeDisabled !== true) continue;
    const marks = [transition.status === 'configurable' ? '[U]' : '', enabled ? '' : '(off)'].filter(Boolean).join(' ');
    const label = clean(`${transition.id}${marks ? ` ${marks}` : ''}`);
    for (const from of transition.from) {
      const to = transition.to ?? from;
      if (to === from) {
        selfActions.set(from, [...(selfActions.get(from) ?? []), label]);
      } else {
        lines.push(`  ${from} --> ${to} : ${label}`);
      }
    }
  }
  for (const [state, actions] of selfActions) {
    lines.push(`  note right of ${state}`);
    for (const action of actions) lines.push(`    ${action}`);
    lines.push('  end note');
  }
  for (const state of definition.states) {
    if (state.terminal) lines.push(`  ${state.id} --> [*]`);
  }
  return `${lines.join('\n')}\n`;
}
