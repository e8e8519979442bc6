/**
 * The two requests an action dialog makes: upload the step's files (each one is sealed in the
 * case's ledger and bumps the case version), then fire the command with `If-Match` on the
 * version the server last answered with. Every command answers with the case as it now is.
 */
import { ApiError, api, ifMatch, postFile, unwrap } from '../../../api/client.ts';
import type { CommandBody, CommandPath, Proposal } from './types.ts';

/** `/proposals/{uuid}/record-vote` (the action's `path`) → the typed route template. */
export function commandPathOf(actionPath: string, proposalId: string): CommandPath {
  const relative = actionPath.startsWith('/api/v1') ? actionPath.slice('/api/v1'.length) : actionPath;
  return `/api/v1${relative.replace(`/proposals/${proposalId}/`, '/proposals/{id}/')}` as CommandPath;
}

export async function postCommand(path: CommandPath, proposalId: string, version: number, body: unknown): Promise<Proposal> {
  // One representative route types the call; every command route takes `{ id }`, If-Match and
  // answers with the case detail. The body's type is checked where it is built (defineForm).
  const route = path as '/api/v1/proposals/{id}/close';
  return unwrap(
    api.POST(route, {
      params: { path: { id: proposalId } },
      headers: ifMatch(version),
      body: body as CommandBody<typeof route>,
    }),
  );
}

interface AttachmentAnswer {
  version: number;
  attachments: Array<{ id: string; fileName: string }>;
}

function isAttachmentAnswer(value: unknown): value is AttachmentAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<AttachmentAnswer>;
  return typeof candidate.version === 'number' && Array.isArray(candidate.attachments);
}

/** The attachment the upload added: the one not there before (the newest if several match). */
export function addedAttachmentId(before: readonly string[], after: ReadonlyArray<{ id: string; fileName: string }>, fileName: string) {
  const known = new Set(before);
  const added = after.filter((a) => !known.has(a.id));
  const named = added.filter((a) => a.fileName === fileName.normalize('NFC').trim());
  return (named.at(-1) ?? added.at(-1))?.id ?? null;
}

/** Upload one file of this step (multipart "file", documentType, action); answers with the new version and attachment id. */
export async function uploadAttachment(
  proposalId: string,
  file: File,
  documentType: string,
  action: string,
  knownAttachmentIds: readonly string[],
): Promise<{ version: number; attachmentId: string; attachmentIds: string[] }> {
  const answer = await postFile(`/api/v1/proposals/${proposalId}/attachments`, file, { documentType, action });
  if (!isAttachmentAnswer(answer)) throw new ApiError(500, null, 'unexpected answer to the upload');
  const attachmentId = addedAttachmentId(knownAttachmentIds, answer.attachments, file.name);
  if (!attachmentId) throw new ApiError(500, null, 'the uploaded file is not listed on the case');
  return { version: answer.version, attachmentId, attachmentIds: answer.attachments.map((a) => a.id) };
}
