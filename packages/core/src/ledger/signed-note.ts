/**
 * C2SP signed-note (c2sp.org/signed-note), following Go's golang.org/x/mod/sumdb/note byte for
 * byte, because a checkpoint is only as useful as the number of independent tools that accept
 * it:
 *
 *   <text ending in "\n">
 *   <blank line>
 *   — <key name> <base64(4-byte key id ‖ signature)>\n     (one line per signature, U+2014)
 *
 * The text is separated from the signatures by the LAST blank line, so the text itself may
 * contain blank lines.
 */
import { base64ToBytes, bytesToBase64, concatBytes, readUint32BE, uint32BE, utf8, utf8Decode } from './bytes.ts';
import { ledgerError } from './ledger-error.ts';
import { isValidKeyName, keyIdHex, type NoteSigner, type NoteVerifier } from './note-keys.ts';

export interface NoteSignature {
  readonly name: string;
  /** uint32 key id, the first four bytes of the decoded signature. */
  readonly keyId: number;
  /** The signature exactly as written: base64(key id ‖ signature bytes). */
  readonly base64: string;
}

export interface ParsedNote {
  readonly text: string;
  readonly signatures: readonly NoteSignature[];
}

export interface OpenedNote {
  readonly text: string;
  /** Signatures by known keys, all verified; in note order, one per key. */
  readonly verified: readonly NoteSignature[];
  /** Signatures by keys the caller did not supply: ignored, as the spec requires. */
  readonly unverified: readonly NoteSignature[];
}

const SIGNATURE_PREFIX = '\u2014 ';
/** Go rejects notes with more than 100 signatures, to bound the work an attacker can cause. */
export const MAX_NOTE_SIGNATURES = 100;

function malformed(reason: string): Error {
  return ledgerError('ledger.note_malformed', 'Văn bản ký (signed note) sai định dạng.', 'The signed note is malformed.', { reason });
}

/** Same rule as Go: no ASCII control characters except newline; checked on the decoded text. */
const FORBIDDEN_CONTROL = /[\u0000-\u0009\u000b-\u001f]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

function noteString(message: string | Uint8Array): string {
  let text: string;
  if (typeof message === 'string') {
    if (LONE_SURROGATE.test(message)) throw malformed('not valid UTF-8');
    text = message;
  } else {
    try {
      text = utf8Decode(message);
    } catch {
      throw malformed('not valid UTF-8');
    }
  }
  if (FORBIDDEN_CONTROL.test(text)) throw malformed('control character');
  return text;
}

/** Splits a note into its text and signature lines, checking syntax only (no verification). */
export function parseNote(message: string | Uint8Array): ParsedNote {
  const msg = noteString(message);
  const split = msg.lastIndexOf('\n\n');
  if (split < 0) throw malformed('no blank line before the signatures');
  const text = msg.slice(0, split + 1);
  let rest = msg.slice(split + 2);
  if (rest.length === 0 || !rest.endsWith('\n')) throw malformed('the signature block must end with a newline');
  const signatures: NoteSignature[] = [];
  while (rest.length > 0) {
    const newline = rest.indexOf('\n');
    let line = rest.slice(0, newline);
    rest = rest.slice(newline + 1);
    if (!line.startsWith(SIGNATURE_PREFIX)) throw malformed('a signature line starts with an em dash and a space');
    line = line.slice(SIGNATURE_PREFIX.length);
    const space = line.indexOf(' ');
    const name = space < 0 ? line : line.slice(0, space);
    const b64 = space < 0 ? '' : line.slice(space + 1);
    let raw: Uint8Array;
    try {
      raw = base64ToBytes(b64);
    } catch {
      throw malformed('signature is not base64');
    }
    if (!isValidKeyName(name) || b64 === '' || raw.length < 5) throw malformed('bad signature line');
    if (signatures.length + 1 > MAX_NOTE_SIGNATURES) throw malformed('too many signatures');
    signatures.push({ name, keyId: readUint32BE(raw), base64: b64 });
  }
  return { text, signatures };
}

export function formatSignatureLine(signature: NoteSignature): string {
  return `${SIGNATURE_PREFIX}${signature.name} ${signature.base64}\n`;
}

/** The note text rules of Go's Sign, plus the character rules of Open, so we never sign what we cannot open. */
function checkNoteText(text: string): void {
  if (typeof text !== 'string' || !text.endsWith('\n')) throw malformed('the text must end with a newline');
  noteString(text);
}

/**
 * Signs `text` with each signer and returns the encoded note. Signatures in `existing` are kept
 * (before the new ones, as Go does) unless a signer replaces the same key. A signer's name must
 * be a valid key name.
 */
export async function signNote(text: string, signers: readonly NoteSigner[], existing: readonly NoteSignature[] = []): Promise<string> {
  checkNoteText(text);
  const message = utf8(text);
  const replaced = new Set<string>();
  let newLines = '';
  for (const signer of signers) {
    if (!isValidKeyName(signer.name)) {
      throw ledgerError('ledger.bad_key', 'Tên khóa ký không hợp lệ.', 'Invalid signer key name.', {
        name: signer.name,
      });
    }
    replaced.add(`${signer.name}+${keyIdHex(signer.keyId)}`);
    const signature = await signer.sign(message);
    newLines += formatSignatureLine({
      name: signer.name,
      keyId: signer.keyId,
      base64: bytesToBase64(concatBytes(uint32BE(signer.keyId), signature)),
    });
  }
  let oldLines = '';
  for (const signature of existing) {
    if (!isValidKeyName(signature.name)) throw malformed('bad existing signature name');
    if (replaced.has(`${signature.name}+${keyIdHex(signature.keyId)}`)) continue;
    let raw: Uint8Array;
    try {
      raw = base64ToBytes(signature.base64);
    } catch {
      throw malformed('existing signature is not base64');
    }
    if (raw.length < 5 || readUint32BE(raw) !== signature.keyId) throw malformed('existing signature key id mismatch');
    oldLines += formatSignatureLine(signature);
  }
  return `${text}\n${oldLines}${newLines}`;
}

/**
 * Parses a note and verifies every signature made by a key in `verifiers`.
 *
 * Following the spec and Go's note.Open: signatures by unknown keys are set aside, never
 * trusted; a signature by a known key that fails to verify rejects the whole note
 * (`ledger.note_bad_signature`); two supplied verifiers with the same name and key id are an
 * error once a signature needs them (`ledger.note_ambiguous_key`); and a note with no verified
 * signature is refused (`ledger.note_unverified`).
 */
export async function openNote(message: string | Uint8Array, verifiers: readonly NoteVerifier[]): Promise<OpenedNote> {
  const parsed = parseNote(message);
  const textBytes = utf8(parsed.text);
  const verified: NoteSignature[] = [];
  const unverified: NoteSignature[] = [];
  const seenKeys = new Set<string>();
  const seenUnverifiedLines = new Set<string>();
  for (const signature of parsed.signatures) {
    const matches = verifiers.filter((v) => v.name === signature.name && v.keyId === signature.keyId);
    const keyLabel = `${signature.name}+${keyIdHex(signature.keyId)}`;
    if (matches.length === 0) {
      const line = formatSignatureLine(signature);
      if (!seenUnverifiedLines.has(line)) {
        seenUnverifiedLines.add(line);
        unverified.push(signature);
      }
      continue;
    }
    if (matches.length > 1) {
      throw ledgerError('ledger.note_ambiguous_key', `Có nhiều khóa trùng tên và mã ${keyLabel}.`, `Ambiguous key ${keyLabel}.`, {
        key: keyLabel,
      });
    }
    if (seenKeys.has(keyLabel)) continue;
    seenKeys.add(keyLabel);
    const raw = base64ToBytes(signature.base64);
    if (!(await matches[0]!.verify(textBytes, raw.subarray(4)))) {
      throw ledgerError(
        'ledger.note_bad_signature',
        `Chữ ký của khóa ${keyLabel} không hợp lệ.`,
        `Invalid signature for key ${keyLabel}.`,
        { key: keyLabel },
      );
    }
    verified.push(signature);
  }
  if (verified.length === 0) {
    throw ledgerError(
      'ledger.note_unverified',
      'Văn bản không có chữ ký nào của khóa tin cậy.',
      'The note has no signature by a trusted key.',
      { unverified: unverified.map((s) => `${s.name}+${keyIdHex(s.keyId)}`) },
    );
  }
  return { text: parsed.text, verified, unverified };
}

/**
 * Adds signature lines (e.g. stored witness cosignatures) to a signed note without re-signing.
 * A signature whose key already signed the note is skipped, so the result never carries two
 * signatures by one key.
 */
export function appendSignatures(note: string, signatures: readonly NoteSignature[]): string {
  const parsed = parseNote(note);
  const present = new Set(parsed.signatures.map((s) => `${s.name}+${keyIdHex(s.keyId)}`));
  let out = note;
  for (const signature of signatures) {
    const line = formatSignatureLine(signature);
    // Re-parse the single line so a malformed stored signature cannot slip into the note.
    const [checked] = parseNote(`x\n\n${line}`).signatures;
    const label = `${checked!.name}+${keyIdHex(checked!.keyId)}`;
    if (present.has(label)) continue;
    present.add(label);
    out += line;
  }
  return out;
}
