/**
 * The preview of the official "Kế hoạch" the server issues when the plan is submitted, laid
 * out per Decree 30/2020/NĐ-CP. It follows the server's own builders step by step, so the
 * preview says what the document will say:
 *  - letterhead and place: packages/server/src/documents/letterhead.ts (`letterheadOf`, `placeOf`);
 *  - number and date: documents/numbering.ts (`Số: 05/KH-SKHCN`, "Hòa Sơn, ngày 05 tháng 3 năm 2026");
 *  - body, headings, signature, recipients: documents/builders/proposal-plan.ts fed by
 *    app/proposals/case-documents.ts (`plan` builder: purpose + requirements under I.4, the
 *    tasks-and-solutions text under both II.1 and II.3, "—" for an empty section, the duration
 *    text or "theo quyết định phê duyệt.", "./." closing the last paragraph).
 * The document is Vietnamese whatever the interface language, so its fixed wording lives here,
 * as it does in the server's builders. Pure; plan-document.test.ts proves it.
 */
import { cleanText } from '@khien/core/text';
import type { PlanFormValues } from './plan-model.ts';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const RECIPIENTS_TITLE = 'Nơi nhận:';
export const ND73_BASIS =
  'Căn cứ Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ quy định về khuyến khích, bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung;';

export interface OrganisationFacts {
  name: string;
  shortName: string | null;
  abbreviation: string | null;
  kind: string;
}

export interface Letterhead {
  superiorAgency: string | null;
  issuingAgency: string[];
}

export interface VietnamDay {
  year: number;
  month: number;
  day: number;
}

export type PreviewBlock = { type: 'heading'; text: string } | { type: 'paragraph'; lead?: string; text: string };

export interface PlanPreview {
  letterhead: Letterhead;
  numberLine: string;
  placeDateLine: string;
  typeHeading: string;
  summary: string;
  legalBases: string[];
  body: PreviewBlock[];
  signature: { title: string; name: string };
  recipients: string[];
}

const COMMITTEE_KINDS = new Set(['provincial_peoples_committee', 'commune_peoples_committee']);
const COMMITTEE = /^(Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+/iu;
const UNIT = /^(tỉnh|thành phố|xã|phường|đặc khu)\s+/iu;

/** Upper-case Vietnamese, NFC (as the renderers print agency names and the type heading). */
export function upper(value: string): string {
  return value.toUpperCase().normalize('NFC');
}

/** Decree 30 App. I: a People's Committee prints its own name on two lines; others print their superior above. */
export function letterheadOf(org: OrganisationFacts, superior: OrganisationFacts | null): Letterhead {
  if (COMMITTEE_KINDS.has(org.kind) && COMMITTEE.test(org.name)) {
    return { superiorAgency: null, issuingAgency: ['Ủy ban nhân dân', org.name.replace(COMMITTEE, '')] };
  }
  if (!superior || org.kind === 'ministry') return { superiorAgency: null, issuingAgency: [org.name] };
  return { superiorAgency: superior.shortName ?? superior.name, issuingAgency: [org.shortName ?? org.name] };
}

/** The place in the date line: the province or commune the agency belongs to ("Hòa Sơn"). */
export function placeOf(chain: readonly OrganisationFacts[]): string | null {
  const committee = chain.find((o) => COMMITTEE_KINDS.has(o.kind) && COMMITTEE.test(o.name));
  if (!committee) return null;
  return committee.name.replace(COMMITTEE, '').replace(UNIT, '');
}

/** "ngày 05 tháng 3 năm 2026", "ngày 15 tháng 01 năm 2026" (days 1–9 and months 1–2 take a zero). */
export function vietnameseDatePhrase(date: VietnamDay): string {
  const day = String(date.day).padStart(2, '0');
  const month = date.month <= 2 ? String(date.month).padStart(2, '0') : String(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

export function vietnamDayOf(iso: string): VietnamDay {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

/** What the server stores of a typed text (it trims and collapses all whitespace, line breaks included). */
export const asStored = (value: string | undefined): string => cleanText(value ?? '');

const dash = (value: string): string => (value.trim() ? value : '—');

/** One paragraph per non-empty line (builders/common.ts `paragraphs`). */
function paragraphs(value: string): PreviewBlock[] {
  return value
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => ({ type: 'paragraph' as const, text: l }));
}

const heading = (text: string): PreviewBlock => ({ type: 'heading', text });

/** The last line of a document body ends with "./." (Decree 30 App. I; builders/common.ts `closeBody`). */
function closeBody(blocks: PreviewBlock[]): PreviewBlock[] {
  const last = blocks.at(-1);
  if (last?.type !== 'paragraph' || last.text.endsWith('./.')) return blocks;
  return [...blocks.slice(0, -1), { ...last, text: `${last.text.replace(/[.;:,]\s*$/, '')}./.` }];
}

export interface PreviewContext {
  letterhead: Letterhead | null;
  /** The agency's abbreviation for the symbol ("SKHCN"). */
  abbreviation: string | null;
  place: string | null;
  today: VietnamDay;
  proposerName: string;
}

/** Spaces left for the number the clerk's register gives at issue (Decree 30 drafts leave it blank). */
const NUMBER_GAP = '\u00a0'.repeat(6);

export function buildPlanPreview(values: PlanFormValues, context: PreviewContext): PlanPreview {
  const c = Object.fromEntries(Object.entries(values.contents).map(([k, v]) => [k, asStored(v)])) as Record<
    keyof PlanFormValues['contents'],
    string
  >;
  const title = asStored(values.title);
  const purpose = [c.purpose, c.requirements].filter((x) => x.trim()).join('\n') || '—';
  const body: PreviewBlock[] = [
    heading('I. SỰ CẦN THIẾT, MỤC ĐÍCH, YÊU CẦU'),
    heading('1. Sự cần thiết'),
    ...paragraphs(dash(c.necessity)),
    heading('2. Điểm nghẽn, vướng mắc cần tháo gỡ'),
    ...paragraphs(dash(c.bottleneck)),
    heading('3. Vấn đề chưa được pháp luật quy định hoặc quy định chưa rõ'),
    ...paragraphs(dash(c.legalGap)),
    heading('4. Mục đích, yêu cầu'),
    ...paragraphs(purpose),
    // The server prints the single Art. 7 item "nội dung, nhiệm vụ và giải pháp" once, under
    // the section heading (builders/proposal-plan.ts, contentsTasksAndSolutions).
    heading('II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP'),
    ...paragraphs(dash(c.tasksAndSolutions)),
    heading('III. PHẠM VI, NGƯỜI THỰC HIỆN VÀ THỜI GIAN'),
    { type: 'paragraph', lead: '1. Phạm vi: ', text: dash(c.scope).replace(/\n/g, '; ') },
    { type: 'paragraph', lead: '2. Người, cơ quan thực hiện: ', text: dash(c.implementers).replace(/\n/g, '; ') },
    { type: 'paragraph', lead: '3. Thời gian thực hiện: ', text: c.duration || 'theo quyết định phê duyệt.' },
    heading('IV. NGUỒN LỰC VÀ TÍNH KHẢ THI'),
    heading('1. Nguồn lực'),
    ...paragraphs(dash(c.resources)),
    heading('2. Tính khả thi'),
    ...paragraphs(dash(c.feasibility)),
    heading('V. TÁC ĐỘNG VÀ HIỆU QUẢ DỰ KIẾN'),
    heading('1. Tác động tích cực'),
    ...paragraphs(dash(c.positiveImpacts)),
    heading('2. Tác động tiêu cực và biện pháp hạn chế'),
    ...paragraphs(dash(c.negativeImpacts)),
    heading('3. Hiệu quả dự kiến'),
    ...paragraphs(dash(c.expectedEffectiveness)),
  ];
  return {
    letterhead: context.letterhead ?? { superiorAgency: null, issuingAgency: ['…'] },
    numberLine: `Số: ${NUMBER_GAP}/KH-${context.abbreviation ?? '…'}`,
    placeDateLine: `${context.place ?? '…'}, ${vietnameseDatePhrase(context.today)}`,
    typeHeading: upper('Kế hoạch'),
    summary: `Thực hiện đề xuất đổi mới, sáng tạo “${title || '…'}”`,
    legalBases: [ND73_BASIS],
    body: closeBody(body),
    signature: { title: upper('Người đề xuất'), name: context.proposerName },
    recipients: ['Lưu: VT.'],
  };
}
