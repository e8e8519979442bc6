import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DomainError } from '../errors.ts';
import { bytesToHex, concatBytes, hexToBytes, utf8, utf8Decode } from './bytes.ts';
import { canonicalJson } from './canonical-json.ts';
import {
  canonicalEnvelopeBytes,
  envelopeLeafHash,
  payloadCommitment,
  saltFromHex,
  validateEnvelope,
  verifyPayloadCommitment,
  type LedgerEnvelope,
} from './envelope.ts';
import { leafHash, sha256 } from './hash.ts';

const code = (expected: string) => (e: unknown) => e instanceof DomainError && e.code === expected;

function float(bits: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${bits}`));
  return view.getFloat64(0);
}

describe('RFC 8785 canonical JSON', () => {
  it('§3.2.2–3.2.4: the worked example produces exactly the RFC’s UTF-8 bytes', () => {
    const input = JSON.parse(
      String.raw`{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
        "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
        "literals": [null, true, false]}`,
    );
    const rfcHex = `7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72
      75 65 2c 66 61 6c 73 65 5d 2c 22 6e 75 6d 62 65 72 73 22 3a
      5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c 31
      65 2b 33 30 2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37
      5d 2c 22 73 74 72 69 6e 67 22 3a 22 e2 82 ac 24 5c 75 30 30
      30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d`.replace(/\s+/gu, '');
    assert.equal(bytesToHex(utf8(canonicalJson(input))), rfcHex);
  });

  it('§3.2.3: properties are sorted by UTF-16 code units, not by UTF-8 bytes or locale', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const order = [...canonicalJson(input).matchAll(/:"([^"]*)"/gu)].map((m) => m[1]);
    assert.deepEqual(order, [
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
  });

  it('Appendix B: IEEE 754 numbers serialise as the RFC lists', () => {
    const table: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, text] of table) assert.equal(canonicalJson({ n: float(bits) }), `{"n":${text}}`, bits);
  });

  it('values without a canonical form are refused with ledger.bad_payload', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, float('7fffffffffffffff'), '\ud800', undefined, () => 1]) {
      assert.throws(() => canonicalJson({ v: [bad] }.v[0]), code('ledger.bad_payload'));
    }
    assert.throws(() => canonicalJson({ big: 1n }), code('ledger.bad_payload'));
  });

  it('key order of the input never changes the output', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (dict) => {
        const reversed = Object.fromEntries(Object.entries(dict).reverse());
        assert.equal(canonicalJson(reversed), canonicalJson(dict));
      }),
    );
  });
});

const SALT = hexToBytes('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
const PAYLOAD = { title: 'Sáng kiến cải tiến thủ tục', votes: { yes: 5, no: 1 } };

async function envelope(overrides: Partial<LedgerEnvelope> = {}): Promise<LedgerEnvelope> {
  return {
    index: 7,
    type: 'proposal.submitted',
    aggregateId: 'proposal-42',
    actor: 'person-9',
    time: '2025-03-04T05:06:07.089Z',
    procedureVersion: 'nd73-2023@1',
    commitment: await payloadCommitment(SALT, PAYLOAD),
    ...overrides,
  };
}

describe('leaf envelope and payload commitment', () => {
  it('the commitment is SHA-256(salt ‖ UTF-8 canonical JSON of the payload)', async () => {
    const expected = await sha256(concatBytes(SALT, utf8('{"title":"Sáng kiến cải tiến thủ tục","votes":{"no":1,"yes":5}}')));
    assert.equal(await payloadCommitment(SALT, PAYLOAD), bytesToHex(expected));
    assert.equal(await verifyPayloadCommitment(bytesToHex(expected), SALT, { votes: { no: 1, yes: 5 }, title: PAYLOAD.title }), true);
  });

  it('a different payload, or the same payload with another salt, gives another commitment', async () => {
    const c = await payloadCommitment(SALT, PAYLOAD);
    assert.equal(await verifyPayloadCommitment(c, SALT, { ...PAYLOAD, votes: { yes: 5, no: 2 } }), false);
    const otherSalt = new Uint8Array(SALT);
    otherSalt[31]! ^= 1;
    assert.equal(await verifyPayloadCommitment(c, otherSalt, PAYLOAD), false);
  });

  it('the salt must be exactly 32 bytes', async () => {
    await assert.rejects(payloadCommitment(new Uint8Array(31), PAYLOAD), code('ledger.bad_salt'));
    assert.equal(await verifyPayloadCommitment('00'.repeat(32), new Uint8Array(33), PAYLOAD), false);
    assert.throws(() => saltFromHex('00'.repeat(31)), code('ledger.bad_salt'));
  });

  it('the leaf is the RFC 9162 leaf hash of the canonical envelope JSON', async () => {
    const env = await envelope();
    const text = utf8Decode(canonicalEnvelopeBytes(env));
    assert.equal(
      text,
      `{"actor":"person-9","aggregateId":"proposal-42","commitment":"${env.commitment}","index":7,` +
        `"procedureVersion":"nd73-2023@1","time":"2025-03-04T05:06:07.089Z","type":"proposal.submitted"}`,
    );
    assert.deepEqual(await envelopeLeafHash(env), await leafHash(utf8(text)));
  });

  it('changing any envelope field changes the leaf', async () => {
    const base = await envelopeLeafHash(await envelope());
    const variants: Partial<LedgerEnvelope>[] = [
      { index: 8 },
      { type: 'proposal.withdrawn' },
      { aggregateId: 'proposal-43' },
      { actor: 'person-10' },
      { time: '2025-03-04T05:06:07.090Z' },
      { procedureVersion: null },
      { commitment: '0'.repeat(64) },
    ];
    for (const v of variants) assert.notDeepEqual(await envelopeLeafHash(await envelope(v)), base, JSON.stringify(v));
  });

  it('malformed envelopes are refused with ledger.bad_envelope, naming the field', async () => {
    const good = await envelope();
    const bad: [string, unknown][] = [
      ['index', { ...good, index: -1 }],
      ['index', { ...good, index: 1.5 }],
      ['type', { ...good, type: '' }],
      ['time', { ...good, time: '2025-03-04T05:06:07Z' }],
      ['time', { ...good, time: '2025-02-30T05:06:07.000Z' }],
      ['time', { ...good, time: '2025-13-01T05:06:07.000Z' }],
      ['time', { ...good, time: 1741064767089 }],
      ['time', { ...good, time: '2025-03-04T12:06:07.089+07:00' }],
      ['commitment', { ...good, commitment: good.commitment.toUpperCase() }],
      ['procedureVersion', { ...good, procedureVersion: 3 }],
      ['(keys)', { ...good, extra: 'not covered by the leaf' }],
      ['(keys)', { index: 1 }],
      ['(root)', null],
    ];
    for (const [field, value] of bad) {
      assert.throws(
        () => validateEnvelope(value),
        (e: unknown) => e instanceof DomainError && e.code === 'ledger.bad_envelope' && e.details?.['field'] === field,
        field,
      );
    }
  });
});
