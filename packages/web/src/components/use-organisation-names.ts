import { useEffect, useState } from 'react';
import { api, unwrap } from '../api/client.ts';

const cache = new Map<string, Promise<string | null>>();

function nameOf(id: string): Promise<string | null> {
  let pending = cache.get(id);
  if (!pending) {
    pending = unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id } } }))
      .then((o) => o.name)
      .catch(() => null);
    cache.set(id, pending);
  }
  return pending;
}

/** Names for organisation ids shown in lists (scope, positions); unknown ids stay blank. */
export function useOrganisationNames(ids: readonly (string | null | undefined)[]): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  const key = [...new Set(ids.filter((id): id is string => !!id))].sort().join(',');
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(',') : [];
    void Promise.all(wanted.map(async (id) => [id, await nameOf(id)] as const)).then((pairs) => {
      if (!live) return;
      const next: Record<string, string> = {};
      for (const [id, name] of pairs) if (name) next[id] = name;
      setNames(next);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}
