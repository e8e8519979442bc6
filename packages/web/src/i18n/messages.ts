import type { vi } from './messages-vi.ts';
import type { FeatureKey } from './texts/index.ts';

export { messages, registerTexts } from './text-store.ts';

export type Locale = 'vi' | 'en';
/** Every interface text key: the first-load tables plus the lazily loaded screen tables. */
export type MessageKey = keyof typeof vi | FeatureKey;

export const LOCALES: readonly Locale[] = ['vi', 'en'];
