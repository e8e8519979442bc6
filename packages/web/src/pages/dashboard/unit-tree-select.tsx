import { TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { api, unwrap, type JsonBody } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Session } from '../../session/session.tsx';

type Organisation = JsonBody<'/api/v1/organisations', 'get'>['items'][number];

interface Node {
  value: string;
  title: string;
  isLeaf?: boolean;
  children?: Node[];
}

export interface Unit {
  id: string;
  name: string;
}

/**
 * Where an account's statistics start: everything for an administrator, else the personnel or
 * inspection scope and the agencies the account leads (head or deputy).
 */
export function startingUnits(session: Session | null): 'all' | string[] {
  if (!session) return [];
  if (session.roles.includes('system_admin')) return 'all';
  const ids = new Set<string>();
  if (session.account.scopeOrganisationId && (session.roles.includes('org_officer') || session.roles.includes('inspector'))) {
    ids.add(session.account.scopeOrganisationId);
  }
  for (const p of session.positions) if (p.role !== 'member') ids.add(p.organisationId);
  return [...ids];
}

const toNode = (o: Organisation): Node => ({ value: o.id, title: o.name });

async function rootsOf(roots: 'all' | string[]): Promise<Node[]> {
  if (roots === 'all') {
    return (await unwrap(api.GET('/api/v1/organisations', { params: { query: { roots: 'true', limit: 500 } } }))).items.map(toNode);
  }
  const found = await Promise.all(
    roots.map((id) =>
      unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id } } }))
        .then((o) => ({ value: o.id, title: o.name, isLeaf: o.childCount === 0 }))
        .catch(() => null),
    ),
  );
  return found.filter((n): n is NonNullable<typeof n> => n !== null);
}

function withChildren(nodes: Node[], key: string, children: Node[]): Node[] {
  return nodes.map((node) => {
    if (node.value === key) return { ...node, children, isLeaf: children.length === 0 };
    return node.children ? { ...node, children: withChildren(node.children, key, children) } : node;
  });
}

/** The organisation tree from the account's starting units down, loaded a level at a time. */
export function UnitTreeSelect({
  id,
  roots,
  value,
  onChange,
  allowClear,
  placeholder,
}: {
  id: string;
  roots: 'all' | string[];
  value: Unit | null;
  onChange: (unit: Unit | null) => void;
  allowClear: boolean;
  placeholder: string;
}) {
  const { t } = useI18n();
  const [tree, setTree] = useState<Node[]>([]);
  const rootsKey = roots === 'all' ? 'all' : roots.join(',');
  useEffect(() => {
    let live = true;
    void rootsOf(rootsKey === 'all' ? 'all' : rootsKey ? rootsKey.split(',') : [])
      .then((nodes) => live && setTree(nodes))
      .catch(() => live && setTree([]));
    return () => {
      live = false;
    };
  }, [rootsKey]);

  async function loadData(node: { value?: string | number }) {
    const key = String(node.value);
    const page = await unwrap(api.GET('/api/v1/organisations', { params: { query: { parentId: key, limit: 500 } } }));
    setTree((current) => withChildren(current, key, page.items.map(toNode)));
  }

  return (
    <TreeSelect<{ value: string; label: React.ReactNode }>
      id={id}
      labelInValue
      value={value ? { value: value.id, label: value.name } : undefined}
      onChange={(next) =>
        onChange(next ? { id: String(next.value), name: typeof next.label === 'string' ? next.label : String(next.value) } : null)
      }
      treeData={tree}
      loadData={loadData}
      allowClear={allowClear}
      placeholder={placeholder}
      showSearch={{ treeNodeFilterProp: 'title' }}
      notFoundContent={t('search.none')}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      styles={{ popup: { root: { maxWidth: 'min(560px, calc(100vw - 16px))' } } }}
    />
  );
}
