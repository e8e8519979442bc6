/**
 * What the case page loads: the case itself, the labels of the procedure it is bound to, its
 * scope-conformance report, the calendar years its current due date needs, and names of the
 * people its events mention.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, isApiError, unwrap } from '../../api/client.ts';
import { isoDateInVietnam } from '../../i18n/format.ts';
import type { Proposal } from './actions/action-dialog.tsx';
import { NO_LABELS, parseProcedureRef, readDefinition, type DefinitionLabels } from './case-model.ts';
import { readEnvelope, type Envelope } from './kpi-progress.ts';
import { yearsBetween, type CalendarYear } from './working-days.ts';
import { loadCalendarYear } from '../../components/use-working-calendar.ts';

export type CaseLoad =
  | { status: 'loading'; proposal: null }
  | { status: 'ready'; proposal: Proposal }
  | { status: 'notFound'; proposal: null }
  | { status: 'error'; proposal: null; error: unknown };

/**
 * The case by id. `reload` keeps the page on screen while it refreshes (after a 409 or a
 * dialog), `replace` takes the proposal a command answered with.
 */
export function useCase(id: string, onError: (error: unknown) => void) {
  const [load, setLoad] = useState<CaseLoad>({ status: 'loading', proposal: null });
  const [refreshing, setRefreshing] = useState(false);
  const [tick, setTick] = useState(0);
  // The latest handler, without refetching when it changes (a language switch renews it).
  const report = useRef(onError);
  useEffect(() => {
    report.current = onError;
  }, [onError]);

  useEffect(() => {
    let live = true;
    setRefreshing(true);
    unwrap(api.GET('/api/v1/proposals/{id}', { params: { path: { id } } }))
      .then((proposal) => live && setLoad({ status: 'ready', proposal }))
      .catch((error: unknown) => {
        if (!live) return;
        // 400: not a case id at all; 404: no such case, or one this account may not see.
        if (isApiError(error) && (error.status === 404 || error.status === 400)) setLoad({ status: 'notFound', proposal: null });
        else {
          setLoad((current) => (current.status === 'ready' ? current : { status: 'error', proposal: null, error }));
          report.current(error);
        }
      })
      .finally(() => live && setRefreshing(false));
    return () => {
      live = false;
    };
  }, [id, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const replace = useCallback((proposal: Proposal) => setLoad({ status: 'ready', proposal }), []);
  return { load, refreshing, reload, replace };
}

const definitions = new Map<string, Promise<DefinitionLabels>>();

/** Labels of the procedure version a case is bound to (cached: a version never changes). */
export function useDefinitionLabels(procedure: string | undefined): DefinitionLabels {
  const [labels, setLabels] = useState<DefinitionLabels>(NO_LABELS);
  useEffect(() => {
    const ref = procedure ? parseProcedureRef(procedure) : null;
    if (!ref || !procedure) return;
    let pending = definitions.get(procedure);
    if (!pending) {
      pending = unwrap(api.GET('/api/v1/procedures/{id}/{version}', { params: { path: ref } }))
        .then((view) => readDefinition(view.definition))
        .catch(() => {
          definitions.delete(procedure);
          return NO_LABELS;
        });
      definitions.set(procedure, pending);
    }
    let live = true;
    void pending.then((value) => live && setLabels(value));
    return () => {
      live = false;
    };
  }, [procedure]);
  return labels;
}

export interface Conformance {
  report: Record<string, unknown> | null;
  envelope: Envelope | null;
  loading: boolean;
}

/** The scope-conformance report, once a scope was approved; reloaded with each new version. */
export function useConformance(proposal: Proposal | null): Conformance {
  const [state, setState] = useState<Conformance>({ report: null, envelope: null, loading: false });
  const id = proposal?.id;
  const version = proposal?.version;
  const hasScope = proposal?.scope != null;
  useEffect(() => {
    if (!id || !hasScope) {
      setState({ report: null, envelope: null, loading: false });
      return;
    }
    let live = true;
    setState((current) => ({ ...current, loading: true }));
    unwrap(api.GET('/api/v1/proposals/{id}/conformance', { params: { path: { id } } }))
      .then(({ report }) => live && setState({ report, envelope: readEnvelope(report?.['effectiveEnvelope']), loading: false }))
      // The report is a help for reading the scope; without it the approved envelope still shows.
      .catch(() => live && setState({ report: null, envelope: null, loading: false }));
    return () => {
      live = false;
    };
  }, [id, version, hasScope]);
  return state;
}

/** Today in Vietnam and the calendar years from today to `dueOn` (empty until loaded or when one fails). */
export function useCalendarFor(dueOn: string | undefined): { today: string; years: CalendarYear[] } {
  const today = isoDateInVietnam(new Date());
  const [years, setYears] = useState<CalendarYear[]>([]);
  useEffect(() => {
    if (!dueOn) return;
    let live = true;
    void Promise.all(yearsBetween(today, dueOn).map(loadCalendarYear)).then((loaded) => {
      if (live) setYears(loaded.every((y) => y !== null) ? (loaded as CalendarYear[]) : []);
    });
    return () => {
      live = false;
    };
  }, [today, dueOn]);
  return { today, years };
}

const personNames = new Map<string, Promise<string | null>>();

function personName(id: string): Promise<string | null> {
  let pending = personNames.get(id);
  if (!pending) {
    pending = unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id } } }))
      .then((p) => p.fullName)
      .catch(() => null);
    personNames.set(id, pending);
  }
  return pending;
}

/**
 * Names for person ids: those the case already names (proposer, members, holders…), the rest
 * asked from the directory; a person this account may not look up stays unnamed.
 */
export function usePersonNames(known: ReadonlyMap<string, string>, wanted: readonly (string | null)[]): ReadonlyMap<string, string> {
  const missing = [...new Set(wanted.filter((id): id is string => !!id && !known.has(id)))].sort().join(',');
  const [fetched, setFetched] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!missing) return;
    let live = true;
    const ids = missing.split(',');
    void Promise.all(ids.map(async (id) => [id, await personName(id)] as const)).then((pairs) => {
      if (!live) return;
      setFetched(new Map(pairs.filter((p): p is readonly [string, string] => p[1] !== null)));
    });
    return () => {
      live = false;
    };
  }, [missing]);
  return new Map([...fetched, ...known]);
}
