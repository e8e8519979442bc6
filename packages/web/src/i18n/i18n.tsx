import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { interpolate } from './interpolate.ts';
import { messages, type Locale, type MessageKey } from './messages.ts';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** Pick the current language from a `{ vi, en }` pair (core labels, problem messages). */
  pick: (text: { vi: string; en: string }) => string;
}

const STORAGE_KEY = 'khien.locale';
const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'vi' || stored === 'en') return stored;
  } catch {
    // storage may be blocked; Vietnamese is the default anyway
  }
  return 'vi';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered across visits; harmless
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(() => {
    const table = messages[locale];
    return {
      locale,
      setLocale,
      // A key whose screen texts are not loaded yet shows as the key, never as a crash.
      t: (key, params) => interpolate(table[key] ?? key, params),
      pick: (text) => text[locale],
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
