import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_FILTERS,
  exportHref,
  filtersFromSearch,
  filtersToSearch,
  isFiltered,
  listQuery,
  withFilters,
  type ProposalFilters,
} from './list-query.ts';

const AGENCY = '6cdb227b-a52a-4a75-95ba-efca44b30fa1';
const PERSON = '24d1a784-b521-4263-9c18-c3f074fc33b7';

describe('proposals list: filters in the address bar', () => {
  it('the plain list is plain /proposals and reads back as the defaults', () => {
    assert.equal(filtersToSearch(DEFAULT_FILTERS).toString(), '');
    assert.deepEqual(filtersFromSearch(new URLSearchParams('')), DEFAULT_FILTERS);
  });

  it('every filter survives the round trip through the address', () => {
    const filters: ProposalFilters = {
      q: 'đề xuất số',
      state: 'implementing',
      agencyId: AGENCY,
      proposerId: PERSON,
      approvalKind: 'override',
      overdue: 'true',
      sort: 'title',
      order: 'asc',
      page: 3,
      pageSize: 50,
    };
    const search = filtersToSearch(filters);
    assert.deepEqual(filtersFromSearch(new URLSearchParams(search.toString())), filters);
  });

  it('values the server would refuse are dropped instead of sent (no 400 from a hand-edited address)', () => {
    const f = filtersFromSearch(
      new URLSearchParams('agency=not-a-uuid&proposer=123&approval=maybe&overdue=yes&sort=secret&order=up&page=-2&size=7&state=a;drop'),
    );
    assert.deepEqual(f, DEFAULT_FILTERS);
    assert.equal(filtersFromSearch(new URLSearchParams(`q=${'x'.repeat(300)}`)).q.length, 200);
  });

  it('a page beyond the largest offset the server takes is capped', () => {
    const f = filtersFromSearch(new URLSearchParams('page=999999999&size=10'));
    assert.ok((f.page - 1) * f.pageSize <= 10_000_000);
  });

  it('changing a filter goes back to page 1; turning the page keeps the filters', () => {
    const onPage4 = { ...DEFAULT_FILTERS, state: 'submitted', page: 4 };
    assert.equal(withFilters(onPage4, { overdue: 'true' }).page, 1);
    assert.deepEqual(withFilters(onPage4, { page: 5 }), { ...onPage4, page: 5 });
    assert.equal(withFilters(onPage4, { page: 2, pageSize: 50 }).pageSize, 50);
  });

  it('"filtered" means something narrows the list (sorting and paging do not)', () => {
    assert.equal(isFiltered(DEFAULT_FILTERS), false);
    assert.equal(isFiltered({ ...DEFAULT_FILTERS, sort: 'code', page: 2 }), false);
    assert.equal(isFiltered({ ...DEFAULT_FILTERS, q: '   ' }), false);
    assert.equal(isFiltered({ ...DEFAULT_FILTERS, overdue: 'false' }), true);
  });
});

describe('proposals list: what is asked of the server', () => {
  it('one page, sorted on the server, only the filters that are set', () => {
    assert.deepEqual(listQuery(DEFAULT_FILTERS), { sort: 'updated', order: 'desc', limit: 20, offset: 0 });
    assert.deepEqual(listQuery({ ...DEFAULT_FILTERS, q: '  de xuat ', agencyId: AGENCY, overdue: 'true', page: 3, pageSize: 50 }), {
      q: 'de xuat',
      agencyId: AGENCY,
      overdue: 'true',
      sort: 'updated',
      order: 'desc',
      limit: 50,
      offset: 100,
    });
  });

  it('the export takes the same filters, no paging, and the chosen format', () => {
    const filters = { ...DEFAULT_FILTERS, q: 'đề xuất', state: 'submitted', approvalKind: 'vote' as const, page: 9 };
    const href = new URL(exportHref(filters, 'csv'), 'http://x');
    assert.equal(href.pathname, '/api/v1/proposals/export');
    assert.deepEqual(Object.fromEntries(href.searchParams), { q: 'đề xuất', state: 'submitted', approvalKind: 'vote', format: 'csv' });
    assert.equal(exportHref(DEFAULT_FILTERS, 'xlsx'), '/api/v1/proposals/export?format=xlsx');
  });
});
