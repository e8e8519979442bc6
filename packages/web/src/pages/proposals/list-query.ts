/**
 * The proposals list's filters, kept in the address bar (a filtered list can be bookmarked,
 * shared and returned to with Back), turned into the query of `GET /api/v1/proposals` and the
 * address of `GET /api/v1/proposals/export` with the same filters. Pure; values the server
 * would refuse (an agency id that is not a UUID, an unknown sort) are dropped, not sent.
 */

export const SORTS = ['updated', 'created', 'title', 'code'] as const;
export type Sort = (typeof SORTS)[number];
export type Order = 'asc' | 'desc';
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export interface ProposalFilters {
  q: string;
  state: string | null;
  agencyId: string | null;
  proposerId: string | null;
  approvalKind: 'vote' | 'override' | null;
  overdue: 'true' | 'false' | null;
  sort: Sort;
  order: Order;
  page: number;
  pageSize: number;
}

export const DEFAULT_FILTERS: ProposalFilters = {
  q: '',
  state: null,
  agencyId: null,
  proposerId: null,
  approvalKind: null,
  overdue: null,
  sort: 'updated',
  order: 'desc',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

// The server's uuid pattern (zod `z.uuid()`).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const STATE = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
const MAX_Q = 200;
const MAX_OFFSET = 10_000_000;

function positiveInteger(value: string | null): number | null {
  if (value === null || !/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 ? n : null;
}

/** Read the filters from the address (`?q=…&state=…&page=2`); anything unreadable is the default. */
export function filtersFromSearch(params: URLSearchParams): ProposalFilters {
  const pick = <T extends string>(name: string, allowed: readonly T[]): T | null => {
    const value = params.get(name);
    return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
  };
  const uuid = (name: string) => {
    const value = params.get(name);
    return value && UUID.test(value) ? value : null;
  };
  const state = params.get('state');
  const pageSize = positiveInteger(params.get('size'));
  const size = pageSize !== null && (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE;
  const page = Math.min(positiveInteger(params.get('page')) ?? 1, Math.floor(MAX_OFFSET / size) + 1);
  return {
    q: (params.get('q') ?? '').slice(0, MAX_Q),
    state: state && STATE.test(state) ? state : null,
    agencyId: uuid('agency'),
    proposerId: uuid('proposer'),
    approvalKind: pick('approval', ['vote', 'override'] as const),
    overdue: pick('overdue', ['true', 'false'] as const),
    sort: pick('sort', SORTS) ?? DEFAULT_FILTERS.sort,
    order: pick('order', ['asc', 'desc'] as const) ?? DEFAULT_FILTERS.order,
    page,
    pageSize: size,
  };
}

/** The address for these filters; defaults are left out so the plain list is plain `/proposals`. */
export function filtersToSearch(filters: ProposalFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set('q', q);
  if (filters.state) params.set('state', filters.state);
  if (filters.agencyId) params.set('agency', filters.agencyId);
  if (filters.proposerId) params.set('proposer', filters.proposerId);
  if (filters.approvalKind) params.set('approval', filters.approvalKind);
  if (filters.overdue) params.set('overdue', filters.overdue);
  if (filters.sort !== DEFAULT_FILTERS.sort) params.set('sort', filters.sort);
  if (filters.order !== DEFAULT_FILTERS.order) params.set('order', filters.order);
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(filters.pageSize));
  return params;
}

/** Change some filters; a change that does not name the page goes back to page 1. */
export function withFilters(current: ProposalFilters, change: Partial<ProposalFilters>): ProposalFilters {
  return { ...current, ...change, page: change.page ?? 1 };
}

/** True when something narrows the list (to offer "clear filters"). */
export function isFiltered(filters: ProposalFilters): boolean {
  return Boolean(filters.q.trim() || filters.state || filters.agencyId || filters.proposerId || filters.approvalKind || filters.overdue);
}

/** The filters both the list and the export take (same names as the API). */
function apiFilters(filters: ProposalFilters) {
  const q = filters.q.trim();
  return {
    ...(q ? { q } : {}),
    ...(filters.state ? { state: filters.state } : {}),
    ...(filters.agencyId ? { agencyId: filters.agencyId } : {}),
    ...(filters.proposerId ? { proposerId: filters.proposerId } : {}),
    ...(filters.approvalKind ? { approvalKind: filters.approvalKind } : {}),
    ...(filters.overdue ? { overdue: filters.overdue } : {}),
  };
}

/** The query of `GET /api/v1/proposals`: one page, sorted on the server. */
export function listQuery(filters: ProposalFilters) {
  return {
    ...apiFilters(filters),
    sort: filters.sort,
    order: filters.order,
    limit: filters.pageSize,
    offset: (filters.page - 1) * filters.pageSize,
  };
}

/** The address of `GET /api/v1/proposals/export` with the list's filters (every matching row). */
export function exportHref(filters: ProposalFilters, format: 'csv' | 'xlsx'): string {
  const params = new URLSearchParams(apiFilters(filters));
  params.set('format', format);
  return `/api/v1/proposals/export?${params.toString()}`;
}
