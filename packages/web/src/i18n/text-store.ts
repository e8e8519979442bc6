/**
 * The interface texts in memory: the first-load tables from the start, and each group of
 * screen texts added when its chunk arrives (texts/index.ts calls `registerTexts`). Kept apart
 * from messages.ts so the screen texts can register themselves without an import cycle.
 */
import { en } from './messages-en.ts';
import { vi } from './messages-vi.ts';

export const messages: Record<'vi' | 'en', Record<string, string>> = { vi: { ...vi }, en: { ...en } };

export function registerTexts(viTable: Record<string, string>, enTable: Record<string, string>): void {
  Object.assign(messages.vi, viTable);
  Object.assign(messages.en, enTable);
}
