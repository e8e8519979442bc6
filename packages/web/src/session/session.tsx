import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, isApiError, setCsrfToken, setSessionLostHandler, unwrap, type Schemas } from '../api/client.ts';

type SessionView = NonNullable<Awaited<ReturnType<typeof fetchSession>>>;
export type Role = SessionView['roles'][number];
export type Session = SessionView;
export type { Schemas };

async function fetchSession() {
  try {
    return await unwrap(api.GET('/api/v1/auth/session'));
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

interface SessionState {
  /** 'idle': not asked yet (the offline verifier page never asks). */
  status: 'idle' | 'loading' | 'ready' | 'error';
  session: Session | null;
  /** True once a session we had was rejected by the server (expired, logged out elsewhere). */
  lost: boolean;
  setSession: (session: Session | null) => void;
  refresh: () => Promise<void>;
  logout: () => Promise<void>;
  hasRole: (role: Role) => boolean;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  // The dossier verifier works offline: opening it must not call the server, not even to ask
  // who is logged in. Other pages ask at once.
  const [status, setStatus] = useState<SessionState['status']>(() =>
    globalThis.location?.pathname.startsWith('/verify') ? 'idle' : 'loading',
  );
  const [session, setSessionState] = useState<Session | null>(null);
  const [lost, setLost] = useState(false);

  const setSession = useCallback((next: Session | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setSessionState(next);
    if (next) setLost(false);
  }, []);

  const refresh = useCallback(async () => {
    setStatus((current) => (current === 'idle' ? 'loading' : current));
    try {
      setSession(await fetchSession());
      setStatus('ready');
    } catch {
      setStatus('error');
    }
  }, [setSession]);

  useEffect(() => {
    if (status === 'loading') void refresh();
    // Only the first render decides; later refreshes are explicit.
  }, []);

  useEffect(() => {
    // Any API call answered 401 means the session is gone: drop it, and the route guard
    // sends the user to the login page with the current address to come back to.
    setSessionLostHandler(() => {
      setCsrfToken(null);
      setSessionState((current) => {
        if (current) setLost(true);
        return null;
      });
    });
    return () => setSessionLostHandler(null);
  }, []);

  const logout = useCallback(async () => {
    try {
      await unwrap(api.POST('/api/v1/auth/logout'));
    } finally {
      setSession(null);
    }
  }, [setSession]);

  const value = useMemo<SessionState>(
    () => ({
      status,
      session,
      lost,
      setSession,
      refresh,
      logout,
      hasRole: (role) => session?.roles.includes(role) ?? false,
    }),
    [status, session, lost, setSession, refresh, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}
