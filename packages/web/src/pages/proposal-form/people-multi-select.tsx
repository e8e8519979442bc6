import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';

interface Option {
  value: string;
  label: string;
}

const label = (p: { fullName: string; organisationName: string }) => `${p.fullName} — ${p.organisationName}`;

/** Names of people by id (for the chosen implementers, which may not be among the search results). */
export function usePeopleNames(ids: readonly string[]): Map<string, string> {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const key = [...ids].sort().join(',');
  useEffect(() => {
    const missing = key ? key.split(',').filter((id) => !names.has(id)) : [];
    if (missing.length === 0) return;
    let live = true;
    void Promise.all(
      missing.map((id) =>
        unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id } } }))
          .then((p) => [id, label(p)] as const)
          .catch(() => [id, id] as const),
      ),
    ).then((found) => {
      if (live) setNames((current) => new Map([...current, ...found]));
    });
    return () => {
      live = false;
    };
    // `names` is read only to skip known ids; re-running on its change would loop.
  }, [key]);
  return names;
}

interface PeopleMultiSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  /** People who may not be chosen (the proposer, who always implements). */
  exclude?: string | null;
  'aria-describedby'?: string;
}

/**
 * Several people chosen by searching the directory on the server (the shared
 * components/remote-select.tsx picks one person; the plan's implementers are a list).
 */
export function PeopleMultiSelect({ id, value, onChange, exclude, ...aria }: PeopleMultiSelectProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const names = usePeopleNames(value ?? []);
  useEffect(() => {
    let live = true;
    setLoading(true);
    const timer = setTimeout(() => {
      unwrap(api.GET('/api/v1/people', { params: { query: { q: query || undefined, limit: 30 } } }))
        .then((page) => live && setOptions(page.items.filter((p) => p.id !== exclude).map((p) => ({ value: p.id, label: label(p) }))))
        .catch(() => live && setOptions([]))
        .finally(() => live && setLoading(false));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, exclude]);
  const chosen = (value ?? []).filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: names.get(v) ?? '…' }));
  return (
    <Select
      id={id}
      mode="multiple"
      aria-describedby={aria['aria-describedby']}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      value={value ?? []}
      onChange={(next: string[]) => onChange?.(next)}
      placeholder={t('common.type_to_search')}
      notFoundContent={loading ? <Spin size="small" /> : t('search.none')}
      options={[...chosen, ...options]}
      style={{ width: '100%' }}
    />
  );
}
