import type { Kysely } from 'kysely';
import { DomainError } from '@khien/core/errors';
import type { DB } from '../db/schema.ts';
import type { Letterhead } from './model.ts';

/**
 * The issuing agency's header, place name and number abbreviation, from the organisation tree.
 * Decree 30 App. I: a People's Committee prints its own name on two lines with no superior
 * above ("ỦY BAN NHÂN DÂN / TỈNH HÒA SƠN"); any other agency prints its superior agency
 * (regular, the short name is allowed) above its own name (bold).
 */
interface OrganisationRow {
  id: string;
  name: string;
  short_name: string | null;
  abbreviation: string | null;
  kind: string;
  parent_id: string | null;
  superior_agency_id: string | null;
  path: string;
}

const COMMITTEE_KINDS = new Set(['provincial_peoples_committee', 'commune_peoples_committee']);
const COMMITTEE = /^(Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+/iu;
const UNIT = /^(tỉnh|thành phố|xã|phường|đặc khu)\s+/iu;

export function letterheadOf(org: OrganisationRow, superior: OrganisationRow | null): Letterhead {
  if (COMMITTEE_KINDS.has(org.kind) && COMMITTEE.test(org.name)) {
    return { superiorAgency: null, issuingAgency: ['Ủy ban nhân dân', org.name.replace(COMMITTEE, '')] };
  }
  if (!superior || org.kind === 'ministry') return { superiorAgency: null, issuingAgency: [org.name] };
  return { superiorAgency: superior.short_name ?? superior.name, issuingAgency: [org.short_name ?? org.name] };
}

/** The place in the date line: the province or commune the agency belongs to ("Hòa Sơn"). */
export function placeOf(chain: OrganisationRow[]): string | null {
  const committee = chain.find((o) => COMMITTEE_KINDS.has(o.kind) && COMMITTEE.test(o.name));
  if (!committee) return null;
  return committee.name.replace(COMMITTEE, '').replace(UNIT, '');
}

export interface IssuingAgency {
  id: string;
  path: string;
  name: string;
  abbreviation: string;
  letterhead: Letterhead;
  place: string;
}

async function organisation(db: Kysely<DB>, id: string): Promise<OrganisationRow | undefined> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'short_name', 'abbreviation', 'kind', 'parent_id', 'superior_agency_id', 'path'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function issuingAgency(db: Kysely<DB>, organisationId: string, placeOverride?: string | null): Promise<IssuingAgency> {
  const org = await organisation(db, organisationId);
  if (!org) {
    throw new DomainError(
      'organisation.not_found',
      { vi: 'Cơ quan, đơn vị không tồn tại hoặc bạn không có quyền xem.', en: 'Organisation not found, or you may not see it.' },
      { id: organisationId },
    );
  }
  if (!org.abbreviation) {
    throw new DomainError(
      'document.agency_abbreviation_missing',
      {
        vi: `Cơ quan "${org.name}" chưa có chữ viết tắt tên để ghi ký hiệu văn bản (ví dụ: UBND, SNV). Hãy cập nhật thông tin cơ quan.`,
        en: `"${org.name}" has no abbreviation for document symbols (e.g. UBND, SNV). Update the organisation first.`,
      },
      { organisationId },
    );
  }
  const superior = org.superior_agency_id ? ((await organisation(db, org.superior_agency_id)) ?? null) : null;
  const chain: OrganisationRow[] = [org];
  for (let parentId = org.parent_id; parentId && chain.length < 50;) {
    const parent = await organisation(db, parentId);
    if (!parent) break;
    chain.push(parent);
    parentId = parent.parent_id;
  }
  const place = placeOverride ?? placeOf(chain);
  if (!place) {
    throw new DomainError(
      'document.place_unknown',
      {
        vi: `Không xác định được địa danh ghi trên văn bản của "${org.name}" (không thuộc tỉnh hoặc xã nào). Hãy nhập địa danh.`,
        en: `Cannot tell the place name for documents of "${org.name}" (not under a province or commune). Give the place explicitly.`,
      },
      { organisationId },
    );
  }
  return { id: org.id, path: org.path, name: org.name, abbreviation: org.abbreviation, letterhead: letterheadOf(org, superior), place };
}
