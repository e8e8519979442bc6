import { randomUUID } from 'node:crypto';
import { foldForSearch, pathLabel, vietnameseSortKey } from '@khien/core';
import { runCommand, systemActor } from '../packages/server/src/app/command.ts';
import { appendEvent } from '../packages/server/src/ledger/append.ts';
import { EVENT_TYPES, type OrganisationState } from '../packages/server/src/app/events.ts';
import { organisationInput } from '../packages/server/src/app/organisations/organisation-input.ts';
import { registerOrganisation } from '../packages/server/src/app/organisations/register-organisation.ts';
import type { Engine } from '../packages/server/src/db/database.ts';
import { freshServices, round, type Emit } from './bench-support.ts';

function state(i: number, prefix: string): OrganisationState {
  return {
    id: randomUUID(),
    code: `${prefix}-${i}`,
    name: `Sở Thử nghiệm số ${i}`,
    shortName: null,
    abbreviation: null,
    kind: 'provincial_department',
    parentId: null,
    superiorAgencyId: null,
    partyCommitteeId: null,
    address: 'Số 1 đường Trần Hưng Đạo, phường Hòa Sơn',
    email: null,
    phone: null,
  };
}

async function rate(n: number, work: (i: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < n; i++) await work(i);
  return n / ((performance.now() - started) / 1000);
}

/**
 * Commands with a ledger append per second vs raw single-row inserts per second, same engine,
 * same row. "raw insert" writes the organisations row alone (autocommit); "command" is
 * runCommand recording organisation.registered: a transaction whose BEGIN travels with its
 * first statement, one `ledger_append` statement (lock, index, leaf, entry, payload, nodes —
 * migration 0007), the projector's insert of the same row, COMMIT.
 * "use case" adds registerOrganisation's validation and uniqueness reads.
 * "append only" is a transaction holding nothing but the ledger append of the same event (no
 * projection): what the ledger itself costs. Since a command is that plus the projector's
 * insert, `appendOnlyPerSecond / (appendOnlyPerSecond + rawInsertsPerSecond)` is about the best
 * ratio this ledger could reach if the projector's insert cost no more than a raw insert.
 */
export async function benchAppend(engine: Engine, pgUrl: string | undefined, emit: Emit, n: number, durability: string): Promise<void> {
  const { services, close } = await freshServices(engine, pgUrl);
  const { db } = services.database;
  try {
    const raw = async (i: number, prefix: string) => {
      const s = state(i, prefix);
      await db
        .insertInto('organisations')
        .values({
          id: s.id,
          code: s.code,
          name: s.name,
          short_name: null,
          abbreviation: null,
          kind: s.kind,
          parent_id: null,
          superior_agency_id: null,
          party_committee_id: null,
          address: s.address,
          email: null,
          phone: null,
          path: pathLabel(s.id),
          search_key: foldForSearch(`${s.name} ${s.code}`),
          sort_key: vietnameseSortKey(s.name),
          created_at: new Date(),
          updated_at: new Date(),
        })
        .execute();
    };
    const command = (i: number, prefix: string) =>
      runCommand(services, systemActor('bench'), async ({ record }) => {
        const s = state(i, prefix);
        await record({ type: EVENT_TYPES.organisationRegistered, aggregateId: s.id, payload: { ...s } });
      });
    const appendOnly = (i: number, prefix: string) =>
      db.transaction().execute((tx) => {
        const s = state(i, prefix);
        return appendEvent(tx, { type: EVENT_TYPES.organisationRegistered, aggregateId: s.id, payload: { ...s } }, 'bench', new Date());
      });
    const useCase = (i: number, prefix: string) =>
      registerOrganisation(
        services,
        systemActor('bench'),
        organisationInput.parse({ code: `${prefix}-${i}`, name: `Sở số ${i}`, kind: 'provincial_department' }),
      );

    // Warm up every path (JIT, plans, buffers). Then each round runs every kind in alternating
    // blocks of BLOCK operations, so that drift — and, on a shared machine, other processes'
    // load — hits all sides alike; a kind's rate is its operations over its own summed time.
    await rate(100, (i) => raw(i, 'WR'));
    await rate(100, (i) => command(i, 'WC'));
    await rate(50, (i) => useCase(i, 'WU'));
    await rate(100, (i) => appendOnly(i, 'WA'));
    const rounds = 3;
    const BLOCK = 100;
    type Kind = 'raw' | 'command' | 'useCase' | 'appendOnly';
    const kinds: Record<Kind, { work: (i: number, prefix: string) => Promise<unknown>; share: number }> = {
      raw: { work: raw, share: 1 },
      command: { work: command, share: 1 },
      useCase: { work: useCase, share: 0.5 },
      appendOnly: { work: appendOnly, share: 0.5 },
    };
    const rates: Record<Kind, number[]> = { raw: [], command: [], useCase: [], appendOnly: [] };
    for (let r = 0; r < rounds; r++) {
      const seconds = { raw: 0, command: 0, useCase: 0, appendOnly: 0 };
      const done = { raw: 0, command: 0, useCase: 0, appendOnly: 0 };
      for (let b = 0; b * BLOCK < n; b++) {
        for (const [kind, { work, share }] of Object.entries(kinds) as Array<[Kind, (typeof kinds)[Kind]]>) {
          const count = Math.ceil(Math.min(BLOCK, n - b * BLOCK) * share);
          const first = done[kind];
          const started = performance.now();
          for (let i = first; i < first + count; i++) await work(i, `${kind}${r}`);
          seconds[kind] += (performance.now() - started) / 1000;
          done[kind] += count;
        }
      }
      for (const kind of Object.keys(kinds) as Kind[]) rates[kind].push(done[kind] / seconds[kind]);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const rawPerSecond = median(rates.raw);
    const commandPerSecond = median(rates.command);
    const useCasePerSecond = median(rates.useCase);
    const appendOnlyPerSecond = median(rates.appendOnly);
    emit({
      bench: 'append_vs_raw_insert',
      engine,
      durability,
      opsPerRound: n,
      rounds,
      interleavedBlock: BLOCK,
      rawInsertsPerSecond: round(rawPerSecond, 1),
      commandsWithLedgerAppendPerSecond: round(commandPerSecond, 1),
      ratio: round(commandPerSecond / rawPerSecond),
      target: 0.5,
      registerOrganisationUseCasePerSecond: round(useCasePerSecond, 1),
      useCaseRatio: round(useCasePerSecond / rawPerSecond),
      appendOnlyPerSecond: round(appendOnlyPerSecond, 1),
      appendOnlyRatio: round(appendOnlyPerSecond / rawPerSecond),
      ratioBound: round(appendOnlyPerSecond / (appendOnlyPerSecond + rawPerSecond)),
    });
  } finally {
    await close();
  }
}
