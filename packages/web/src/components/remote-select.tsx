import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

interface Option {
  value: string;
  label: string;
}

interface RemoteSelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  'aria-label'?: string;
}

function useRemoteOptions(
  search: (q: string) => Promise<Option[]>,
  value: string | null | undefined,
  resolve: (id: string) => Promise<Option | null>,
) {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    let live = true;
    setLoading(true);
    const timer = setTimeout(() => {
      search(query)
        .then((found) => live && setOptions(found))
        .catch(() => live && setOptions([]))
        .finally(() => live && setLoading(false));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, search]);
  // Show the current value's name even when it is not among the search results.
  const [current, setCurrent] = useState<Option | null>(null);
  useEffect(() => {
    if (!value) return setCurrent(null);
    let live = true;
    void resolve(value).then((option) => live && setCurrent(option));
    return () => {
      live = false;
    };
  }, [value, resolve]);
  const merged = current && !options.some((o) => o.value === current.value) ? [current, ...options] : options;
  return { options: merged, loading, setQuery };
}

function RemoteSelect({
  search,
  resolve,
  ...props
}: RemoteSelectProps & { search: (q: string) => Promise<Option[]>; resolve: (id: string) => Promise<Option | null> }) {
  const { t } = useI18n();
  const { options, loading, setQuery } = useRemoteOptions(search, props.value, resolve);
  return (
    <Select
      id={props.id}
      aria-label={props['aria-label']}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      allowClear={props.allowClear}
      value={props.value ?? undefined}
      onChange={(v: string | undefined) => props.onChange?.(v ?? null)}
      placeholder={props.placeholder ?? t('common.type_to_search')}
      notFoundContent={loading ? <Spin size="small" /> : t('search.none')}
      options={options}
      style={{ width: '100%' }}
    />
  );
}

const searchOrganisations = async (q: string): Promise<Option[]> => {
  const page = await unwrap(api.GET('/api/v1/organisations', { params: { query: { q: q || undefined, limit: 30 } } }));
  return page.items.map((o) => ({ value: o.id, label: o.name }));
};
const resolveOrganisation = async (id: string): Promise<Option | null> => {
  try {
    const o = await unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id } } }));
    return { value: o.id, label: o.name };
  } catch {
    return null;
  }
};
const searchPeople = async (q: string): Promise<Option[]> => {
  const page = await unwrap(api.GET('/api/v1/people', { params: { query: { q: q || undefined, limit: 30 } } }));
  return page.items.map((p) => ({ value: p.id, label: `${p.fullName} — ${p.organisationName}` }));
};
const resolvePerson = async (id: string): Promise<Option | null> => {
  try {
    const p = await unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id } } }));
    return { value: p.id, label: `${p.fullName} — ${p.organisationName}` };
  } catch {
    return null;
  }
};

export function OrganisationSelect(props: RemoteSelectProps) {
  return <RemoteSelect {...props} search={searchOrganisations} resolve={resolveOrganisation} />;
}

export function PersonSelect(props: RemoteSelectProps) {
  return <RemoteSelect {...props} search={searchPeople} resolve={resolvePerson} />;
}
