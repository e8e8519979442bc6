import { useCallback, useEffect, useState } from 'react';

export interface PageResult<T> {
  items: T[];
  total: number;
}

/** Server-side pagination and search for tables: the server pages, the browser never holds it all. */
export function usePaged<T>(
  load: (query: { q?: string; limit: number; offset: number }) => Promise<PageResult<T>>,
  onError: (e: unknown) => void,
) {
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [data, setData] = useState<PageResult<T>>({ items: [], total: 0 });
  const [loading, setLoading] = useState(false);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    load({ q: q.trim() || undefined, limit: pageSize, offset: (page - 1) * pageSize })
      .then((result) => live && setData(result))
      .catch((error: unknown) => live && onError(error))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [q, page, pageSize, tick, load, onError]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const search = useCallback((value: string) => {
    setQ(value);
    setPage(1);
  }, []);
  return {
    data,
    loading,
    reload,
    search,
    pagination: {
      current: page,
      pageSize,
      total: data.total,
      showSizeChanger: true,
      onChange: (nextPage: number, nextSize: number) => {
        setPage(nextPage);
        setPageSize(nextSize);
      },
    },
  };
}
