import { en } from './messages-en.ts';
import { vi } from './messages-vi.ts';

export type Locale = 'vi' | 'en';
export type MessageKey = keyof typeof vi;

export const LOCALES: readonly Locale[] = ['vi', 'en'];
export const messages: Record<Locale, Record<MessageKey, string>> = { vi, en };
