/**
 * The number of unread notifications, shared by the header bell and the notifications page
 * (marking one read there lowers the bell at once). Framework-free so it can be tested; the
 * bell reads it with React's useSyncExternalStore. `null`: not known yet.
 */

type Listener = () => void;

export interface UnreadStore {
  get: () => number | null;
  set: (count: number | null) => void;
  subscribe: (listener: Listener) => () => void;
  /**
   * Ask the server again, unless it was asked less than `minGapMs` ago (a navigation right after
   * a poll, React's double effects); `force` always asks. A failed answer keeps the last count.
   */
  refresh: (load: () => Promise<number>, options?: { force?: boolean }) => Promise<void>;
}

export function createUnreadStore({ now = () => Date.now(), minGapMs = 5_000 } = {}): UnreadStore {
  let count: number | null = null;
  let askedAt = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<void> | null = null;
  const listeners = new Set<Listener>();
  const set = (next: number | null) => {
    if (next === count) return;
    count = next;
    for (const listener of listeners) listener();
  };
  return {
    get: () => count,
    set,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh: (load, options = {}) => {
      if (inFlight && !options.force) return inFlight;
      if (!options.force && now() - askedAt < minGapMs) return Promise.resolve();
      askedAt = now();
      const request = load()
        .then((n) => set(n))
        .catch(() => undefined)
        .finally(() => {
          if (inFlight === request) inFlight = null;
        });
      inFlight = request;
      return request;
    },
  };
}

export const unreadStore = createUnreadStore();

/** The bell's badge: the count, "99+" above 99, nothing for 0 or unknown. */
export function badgeText(count: number | null): string | null {
  if (!count || count < 0) return null;
  return count > 99 ? '99+' : String(count);
}
