import { randomUUID } from 'node:crypto';
import { foldForSearch, pathLabel, vietnameseSortKey } from '@khien/core';
import { runCommand, systemActor } from '../packages/server/src/app/command.ts';
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
 * runCommand recording organisation.registered: transaction, one `ledger_append` statement
 * (lock, index, leaf, entry, payload, nodes — migration 0007), the projector's insert of the
 * same row, commit.
 * "use case" adds registerOrganisation's validation and uniqueness reads.
 */
export async function benchAppend(engine: Engine, pgUrl: string | undefined, emit: Emit, n: number): Promise<void> {
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
    const useCase = (i: number, prefix: string) =>
      registerOrganisation(
        services,
        systemActor('bench'),
        organisationInput.parse({ code: `${prefix}-${i}`, name: `Sở số ${i}`, kind: 'provincial_department' }),
      );

    // Warm up every path (JIT, plans, buffers), then alternate rounds so drift hits both sides.
    await rate(100, (i) => raw(i, 'WR'));
    await rate(100, (i) => command(i, 'WC'));
    await rate(50, (i) => useCase(i, 'WU'));
    const rounds = 3;
    const rawRates: number[] = [];
    const commandRates: number[] = [];
    const useCaseRates: number[] = [];
    for (let r = 0; r < rounds; r++) {
      rawRates.push(await rate(n, (i) => raw(i, `R${r}`)));
      commandRates.push(await rate(n, (i) => command(i, `C${r}`)));
      useCaseRates.push(await rate(Math.ceil(n / 2), (i) => useCase(i, `U${r}`)));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const rawPerSecond = median(rawRates);
    const commandPerSecond = median(commandRates);
    const useCasePerSecond = median(useCaseRates);
    emit({
      bench: 'append_vs_raw_insert',
      engine,
      opsPerRound: n,
      rounds,
      rawInsertsPerSecond: round(rawPerSecond, 1),
      commandsWithLedgerAppendPerSecond: round(commandPerSecond, 1),
      ratio: round(commandPerSecond / rawPerSecond),
      target: 0.5,
      registerOrganisationUseCasePerSecond: round(useCasePerSecond, 1),
      useCaseRatio: round(useCasePerSecond / rawPerSecond),
    });
  } finally {
    await close();
  }
}
