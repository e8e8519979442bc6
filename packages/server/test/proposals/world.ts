/**
 * A small agency tree for the proposal tests, built through the real use cases:
 *   province "UBND tỉnh" (head: chairman; Party committee: TU)
 *     └ department "Sở" (head, deputies d1, d2 and the proposer-deputy; Party committee: CB)
 *     └ other department (outsider)
 * with accounts for everyone and a clock the tests move.
 */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../src/app/services.ts';
import { buildApp } from '../../src/http/app.ts';
import { anonymous, logIn, type Client } from '../support/client.ts';
import { appoint, buildAccount, buildOrganisation, buildPerson, PASSWORD } from '../support/factories.ts';

export class TestClock {
  current: Date;
  constructor(start: string) {
    this.current = new Date(start);
  }
  now = (): Date => new Date(this.current);
  set(instant: string): void {
    this.current = new Date(instant);
  }
}

export interface World {
  app: FastifyInstance;
  ids: Record<string, string>;
  as: Record<string, Client>;
}

let counter = 0;

export async function buildWorld(services: Services): Promise<World> {
  const tag = `${Date.now().toString(36)}${(counter++).toString(36)}`;
  const app = await buildApp(services);
  const party = await buildOrganisation(services, { code: `TU-${tag}`, name: 'Tỉnh ủy', kind: 'party_committee' });
  const cb = await buildOrganisation(services, { code: `CB-${tag}`, name: 'Chi bộ Sở', kind: 'party_committee', parentId: party.id });
  const province = await buildOrganisation(services, {
    code: `UBND-${tag}`,
    name: 'Ủy ban nhân dân tỉnh',
    abbreviation: 'UBND',
    kind: 'provincial_peoples_committee',
    partyCommitteeId: party.id,
  });
  const dept = await buildOrganisation(services, {
    code: `SO-${tag}`,
    name: 'Sở Khoa học',
    abbreviation: 'SKH',
    parentId: province.id,
    partyCommitteeId: cb.id,
  });
  const other = await buildOrganisation(services, { code: `SX-${tag}`, name: 'Sở Xây dựng', abbreviation: 'SXD', parentId: province.id });
  const ids: Record<string, string> = { party: party.id, cb: cb.id, province: province.id, dept: dept.id, other: other.id };
  const people: Array<[string, string, Record<string, unknown>]> = [
    ['chair', province.id, { fullName: 'Chủ Tịch Tỉnh' }],
    ['viceChair', province.id, { fullName: 'Phó Chủ Tịch' }],
    ['head', dept.id, { fullName: 'Giám Đốc Sở' }],
    ['d1', dept.id, { fullName: 'Phó Giám Đốc Một' }],
    ['d2', dept.id, { fullName: 'Phó Giám Đốc Hai' }],
    ['proposer', dept.id, { fullName: 'Phó Giám Đốc Đề Xuất' }],
    ['party', dept.id, { fullName: 'Bí Thư Chi Bộ' }],
    ['manager', dept.id, { fullName: 'Trưởng Phòng' }],
    ['staff', dept.id, { fullName: 'Chuyên Viên', isLeadershipPost: false, nd73Category: 'not_eligible' }],
    ['outsider', other.id, { fullName: 'Người Ngoài' }],
    ['officer', province.id, { fullName: 'Cán Bộ Tổ Chức' }],
    ['inspector', province.id, { fullName: 'Thanh Tra Viên' }],
  ];
  for (const [key, org, overrides] of people) {
    const person = await buildPerson(services, org, { ...overrides, email: `${key}.${tag}@khien.test` });
    ids[key] = person.id;
  }
  await appoint(services, province.id, ids['chair']!, 'head');
  await appoint(services, province.id, ids['viceChair']!, 'deputy');
  await appoint(services, party.id, ids['chair']!, 'member');
  await appoint(services, dept.id, ids['head']!, 'head');
  await appoint(services, dept.id, ids['d1']!, 'deputy');
  await appoint(services, dept.id, ids['d2']!, 'deputy');
  await appoint(services, dept.id, ids['proposer']!, 'deputy');
  await appoint(services, cb.id, ids['party']!, 'member');
  const as: Record<string, Client> = {};
  for (const [key] of people) {
    const roles = key === 'officer' ? (['org_officer'] as const) : key === 'inspector' ? (['inspector'] as const) : ([] as const);
    await buildAccount(services, {
      username: `${key}.${tag}`,
      personId: ids[key]!,
      roles: [...roles],
      scopeOrganisationId: roles.length ? province.id : null,
    });
    as[key] = await tokenClient(app, `${key}.${tag}`);
  }
  await buildAccount(services, { username: `admin.${tag}`, roles: ['system_admin'] });
  as['admin'] = await tokenClient(app, `admin.${tag}`);
  return { app, ids, as };
}

export function plan(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Một cửa liên thông số cấp xã',
    pilotsLegalNormativeDocument: false,
    contents: {
      necessity: 'Hồ sơ đất đai tồn đọng.',
      purpose: 'Rút ngắn thời gian giải quyết.',
      requirements: 'Không phát sinh chi phí.',
      bottleneck: 'Luân chuyển giấy.',
      legalGap: 'Chưa có quy định luân chuyển điện tử.',
      tasksAndSolutions: 'Số hóa, luân chuyển điện tử.',
      scope: 'Ba xã.',
      implementers: 'Văn phòng.',
      duration: '6 tháng.',
      resources: '200 triệu đồng.',
      feasibility: 'Đã có hạ tầng.',
      positiveImpacts: 'Giảm thời gian.',
      negativeImpacts: 'Không đáng kể.',
      expectedEffectiveness: 'Giảm 50%.',
    },
    conditions: {
      removesUnregulatedBottleneck: 'Chưa có quy định.',
      commonInterestAndPracticalValue: 'Người dân được lợi.',
      urgentNeedWithoutHarm: 'Tồn đọng lớn.',
      promotesDecentralisationReformOrIt: 'Ứng dụng CNTT.',
    },
    declarations: { withinCompetence: true, noContravention: true, noPersonalOrGroupBenefit: true, relatedParties: [] },
    ...overrides,
  };
}

export const PASS = PASSWORD;

/**
 * A client authenticated by an API token (bearer): the tests move the clock by months, which
 * a session would not survive.
 */
export async function tokenClient(app: FastifyInstance, username: string): Promise<Client> {
  const session = await logIn(app, username, PASSWORD);
  const issued = await session.post('/auth/tokens', { name: 'test' });
  if (issued.statusCode !== 201) throw new Error(`token for ${username}: ${issued.body}`);
  const token = issued.json().token as string;
  const client = anonymous(app);
  const request = client.request.bind(client);
  client.request = (method, url, options = {}) =>
    request(method, url, { ...options, headers: { authorization: `Bearer ${token}`, ...(options.headers ?? {}) } });
  return client;
}

/** POST a command and fail loudly with the problem body when it is not 200. */
export async function act(client: Client, id: string, path: string, body: unknown = {}, expected = 200) {
  const response = await client.post(`/proposals/${id}/${path}`, body);
  if (response.statusCode !== expected) {
    throw new Error(`${path}: expected ${expected}, got ${response.statusCode} ${response.body}`);
  }
  return response.json();
}
