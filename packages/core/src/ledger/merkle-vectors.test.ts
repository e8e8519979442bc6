/**
 * Published vectors: RFC 6962/9162 reference tree (as in transparency-dev/merkle
 * proof/verify_test.go and certificate-transparency), Go sumdb/tlog, and a real Certificate
 * Transparency log (Google Argon 2020, from golang.org/x/mod sumdb/tlog/testdata/argon2020).
 * Matching them is what lets standard verifiers accept our roots and proofs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base64ToBytes, bytesToBase64, bytesToHex, hexToBytes, utf8 } from './bytes.ts';
import { emptyTreeHash, leafHash } from './hash.ts';
import { ReferenceMerkleTree, merkleTreeHash } from './merkle-reference.ts';
import { appendLeaves, consistencyProofFromNodes, inclusionProofFromNodes, nodeReaderFromNodes, rootFromNodes } from './stored-tree.ts';
import { verifyConsistency, verifyInclusion } from './verify-proofs.ts';

const h = hexToBytes;

// transparency-dev/merkle proof/verify_test.go: the eight leaves of the reference tree.
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(h);

// Roots of the reference tree for sizes 1..8.
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const EMPTY_ROOT = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

// verify_test.go numbers leaves from 1; these indices are 0-based.
const INCLUSION = [
  { index: 0, size: 1, proof: [] as string[] },
  {
    index: 0,
    size: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    index: 5,
    size: 8,
    proof: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  { index: 2, size: 3, proof: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
  {
    index: 1,
    size: 5,
    proof: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
];

const CONSISTENCY = [
  { oldSize: 1, newSize: 1, proof: [] as string[] },
  {
    oldSize: 1,
    newSize: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    oldSize: 6,
    newSize: 8,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    oldSize: 2,
    newSize: 5,
    proof: [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
  {
    oldSize: 6,
    newSize: 7,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
];

// verify_test.go's "some hash" used as a wrong root / inserted component.
const SOME_HASH = h('abacaba000000000000000000000000000000000000000000060061e00123456');

async function storedNodesOf(leaves: readonly Uint8Array[]) {
  const hashes = await Promise.all(leaves.map((l) => leafHash(l)));
  const result = await appendLeaves(0, hashes, () => undefined);
  return nodeReaderFromNodes(result.nodes);
}

const flip = (bytes: Uint8Array, bit: number): Uint8Array => {
  const copy = new Uint8Array(bytes);
  copy[0]! ^= bit;
  return copy;
};

describe('RFC 6962/9162 reference tree', () => {
  it('MTH of the empty tree is SHA-256 of the empty string', async () => {
    assert.equal(bytesToHex(await emptyTreeHash()), EMPTY_ROOT);
    assert.equal(bytesToHex(await merkleTreeHash([])), EMPTY_ROOT);
  });

  it('the naive MTH and the stored-node root both give the published roots for sizes 1..8', async () => {
    const reader = await storedNodesOf(LEAVES);
    for (let size = 1; size <= 8; size++) {
      assert.equal(bytesToHex(await merkleTreeHash(LEAVES.slice(0, size))), ROOTS[size - 1], `naive size ${size}`);
      assert.equal(bytesToHex(await rootFromNodes(size, reader)), ROOTS[size - 1], `stored size ${size}`);
    }
  });

  it('the leaf hash is SHA-256(0x00 ‖ data): Go sumdb/tlog RecordHash("hello world")', async () => {
    assert.equal(bytesToBase64(await leafHash(utf8('hello world'))), 'TszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=');
  });

  for (const v of INCLUSION) {
    it(`inclusion proof PATH(${v.index}, D[${v.size}]) equals the published one and verifies`, async () => {
      const reader = await storedNodesOf(LEAVES);
      const fromNodes = await inclusionProofFromNodes(v.index, v.size, reader);
      const reference = await new ReferenceMerkleTree(await Promise.all(LEAVES.map((l) => leafHash(l)))).inclusionProof(v.index, v.size);
      assert.deepEqual(fromNodes.map(bytesToHex), v.proof);
      assert.deepEqual(reference.map(bytesToHex), v.proof);
      assert.equal(await verifyInclusion(await leafHash(LEAVES[v.index]!), v.index, v.size, v.proof.map(h), h(ROOTS[v.size - 1]!)), true);
    });
  }

  for (const v of CONSISTENCY) {
    it(`consistency proof PROOF(${v.oldSize}, D[${v.newSize}]) equals the published one and verifies`, async () => {
      const reader = await storedNodesOf(LEAVES);
      const fromNodes = await consistencyProofFromNodes(v.oldSize, v.newSize, reader);
      assert.deepEqual(fromNodes.map(bytesToHex), v.proof);
      assert.equal(await verifyConsistency(v.oldSize, v.newSize, v.proof.map(h), h(ROOTS[v.oldSize - 1]!), h(ROOTS[v.newSize - 1]!)), true);
    });
  }
});

// Port of corruptInclusionProof / corruptConsistencyProof from transparency-dev/merkle.
describe('RFC 9162 verification refuses corrupted published proofs', () => {
  for (const v of INCLUSION.filter((x) => x.proof.length > 0)) {
    it(`every corruption of PATH(${v.index}, D[${v.size}]) is rejected`, async () => {
      const leaf = await leafHash(LEAVES[v.index]!);
      const root = h(ROOTS[v.size - 1]!);
      const proof = v.proof.map(h);
      const probes: [string, number, number, Uint8Array, Uint8Array[], Uint8Array][] = [
        ['index - 1', v.index - 1, v.size, leaf, proof, root],
        ['index + 1', v.index + 1, v.size, leaf, proof, root],
        ['index ^ 2', v.index ^ 2, v.size, leaf, proof, root],
        ['size * 2', v.index, v.size * 2, leaf, proof, root],
        ['size / 2', v.index, Math.floor(v.size / 2), leaf, proof, root],
        ['wrong leaf', v.index, v.size, utf8('WrongLeaf'), proof, root],
        ['empty root', v.index, v.size, leaf, proof, h(EMPTY_ROOT)],
        ['random root', v.index, v.size, leaf, proof, SOME_HASH],
        ['trailing garbage', v.index, v.size, leaf, [...proof, new Uint8Array(0)], root],
        ['trailing root', v.index, v.size, leaf, [...proof, root], root],
        ['preceding garbage', v.index, v.size, leaf, [new Uint8Array(0), ...proof], root],
        ['preceding root', v.index, v.size, leaf, [root, ...proof], root],
        ['removed component', v.index, v.size, leaf, proof.slice(0, -1), root],
        ...proof.map(
          (_, i) =>
            [`modified proof[${i}] bit 3`, v.index, v.size, leaf, proof.map((p, j) => (j === i ? flip(p, 8) : p)), root] as [
              string,
              number,
              number,
              Uint8Array,
              Uint8Array[],
              Uint8Array,
            ],
        ),
      ];
      if (proof.length > 1) probes.push(['inserted component', v.index, v.size, leaf, [proof[0]!, SOME_HASH, ...proof.slice(1)], root]);
      assert.equal(await verifyInclusion(leaf, v.index, v.size, proof, root), true);
      for (const [desc, index, size, l, p, r] of probes) {
        assert.equal(await verifyInclusion(l, index, size, p, r), false, desc);
      }
    });
  }

  for (const v of CONSISTENCY.filter((x) => x.proof.length > 0)) {
    it(`every corruption of PROOF(${v.oldSize}, D[${v.newSize}]) is rejected`, async () => {
      const root1 = h(ROOTS[v.oldSize - 1]!);
      const root2 = h(ROOTS[v.newSize - 1]!);
      const proof = v.proof.map(h);
      const m = v.oldSize;
      const n = v.newSize;
      const probes: [string, number, number, Uint8Array, Uint8Array, Uint8Array[]][] = [
        ['size1 - 1', m - 1, n, root1, root2, proof],
        ['size1 + 1', m + 1, n, root1, root2, proof],
        ['size1 ^ 2', m ^ 2, n, root1, root2, proof],
        ['size2 * 2', m, n * 2, root1, root2, proof],
        ['size2 / 2', m, Math.floor(n / 2), root1, root2, proof],
        ['wrong root1', m, n, utf8('WrongRoot'), root2, proof],
        ['wrong root2', m, n, root1, utf8('WrongRoot'), proof],
        ['swapped roots', m, n, root2, root1, proof],
        ['empty proof', m, n, root1, root2, []],
        ['trailing garbage', m, n, root1, root2, [...proof, new Uint8Array(0)]],
        ['trailing root1', m, n, root1, root2, [...proof, root1]],
        ['trailing root2', m, n, root1, root2, [...proof, root2]],
        ['preceding garbage', m, n, root1, root2, [new Uint8Array(0), ...proof]],
        ['preceding root1', m, n, root1, root2, [root1, ...proof]],
        ['preceding root2', m, n, root1, root2, [root2, ...proof]],
        ['preceding proof[0]', m, n, root1, root2, [proof[0]!, ...proof]],
        ['truncated proof', m, n, root1, root2, proof.slice(0, -1)],
        ...proof.map(
          (_, i) =>
            [`modified proof[${i}] bit 4`, m, n, root1, root2, proof.map((p, j) => (j === i ? flip(p, 16) : p))] as [
              string,
              number,
              number,
              Uint8Array,
              Uint8Array,
              Uint8Array[],
            ],
        ),
      ];
      assert.equal(await verifyConsistency(m, n, proof, root1, root2), true);
      for (const [desc, s1, s2, r1, r2, p] of probes) {
        assert.equal(await verifyConsistency(s1, s2, p, r1, r2), false, desc);
      }
    });
  }

  it('trivial consistency cases follow transparency-dev/merkle TestVerifyConsistency', async () => {
    const r1 = await leafHash(utf8("don't care 1"));
    const r2 = await leafHash(utf8("don't care 2"));
    const empty = h(EMPTY_ROOT);
    const cases: [number, number, Uint8Array, Uint8Array, Uint8Array[], boolean][] = [
      [0, 0, r1, r2, [], false],
      [1, 1, r1, r2, [], false],
      [0, 0, r1, r1, [], true],
      [0, 1, r1, r2, [], true],
      [1, 1, r2, r2, [], true],
      [1, 0, r1, r2, [], false],
      [2, 1, r1, r2, [], false],
      [1, 2, r1, r2, [], false],
      [0, 0, empty, r2, [], false],
      [1, 1, empty, r2, [], false],
      [0, 0, empty, empty, [empty], false],
      [0, 1, empty, empty, [empty], false],
      [1, 1, empty, empty, [empty], false],
    ];
    for (const [m, n, a, b, p, want] of cases) {
      assert.equal(await verifyConsistency(m, n, p, a, b), want, `${m} → ${n}`);
    }
  });

  it('inclusion in an empty or too-small tree never verifies (TestVerifyInclusion probes)', async () => {
    for (const [index, size] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [2, 1],
    ] as const) {
      assert.equal(await verifyInclusion(SOME_HASH, index, size, [], new Uint8Array(0)), false);
      assert.equal(await verifyInclusion(new Uint8Array(0), index, size, [], h(EMPTY_ROOT)), false);
      assert.equal(await verifyInclusion(SOME_HASH, index, size, [], h(EMPTY_ROOT)), false);
    }
  });

  it('a one-leaf tree proves its leaf with an empty proof, and nothing else', async () => {
    const hash = await leafHash(utf8('data'));
    assert.equal(await verifyInclusion(hash, 0, 1, [], hash), true);
    assert.equal(await verifyInclusion(new Uint8Array(0), 0, 1, [], hash), false);
    assert.equal(await verifyInclusion(hash, 0, 1, [], new Uint8Array(0)), false);
  });
});

describe('a real Certificate Transparency log (Google Argon 2020, from Go sumdb/tlog testdata)', () => {
  const size = 961984013;
  const root = base64ToBytes('dwlueapdd7LaOEnX2W2Wp9v2XE+KzejHRQGHwEx0oaM=');
  const leafInput = base64ToBytes(
    'AAAAAAFelPhqUwAAAAViMIIFXjCCBEagAwIBAgIRAOodHzZdqWIFzYyl/SovhCMwDQYJKoZIhvcNAQELBQAwgZAxCzAJBgNVBAYTAkdCMRswGQYDVQQIExJHcmVhdGVyIE1hbmNoZXN0ZXIxEDAOBgNVBAcTB1NhbGZvcmQxGjAYBgNVBAoTEUNPTU9ETyBDQSBMaW1pdGVkMTYwNAYDVQQDEy1DT01PRE8gUlNBIERvbWFpbiBWYWxpZGF0aW9uIFNlY3VyZSBTZXJ2ZXIgQ0EwHhcNMTcwMjE1MDAwMDAwWhcNMjAwNDE2MjM1OTU5WjBfMSEwHwYDVQQLExhEb21haW4gQ29udHJvbCBWYWxpZGF0ZWQxHTAbBgNVBAsTFFBvc2l0aXZlU1NMIFdpbGRjYXJkMRswGQYDVQQDDBIqLmxhbmRsb3Jkcy5jb20uYXUwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQCtPBKKHj4zdrGlCjgTHzb5gx9JCs97DwvBz60f14gDufF2haWbOxyJ0a3opAMsZnOr8HkARVCwxdqG/PTfACcb0QM7FOlzvxGqxataTYiChwvkkif8F9GlJw69HuHgzhusPf1Ytfk3ps1PRC14MkyrS4kwPrk/Le4XdkqRpRw62wG4V6IkbzsNMEOl1H8EgUbfyapdOcVxHjIzvBVy56fBRKG05Fr5wNq3Acak5kYZdNsLhhmlrqAfAjiombW3hb3V5blJdRC0BDdYHv2+zKey6LqJ1FDoXo6IzbzPpC+aifZy47YX+/N1U64Qn5xlDg7mOP8JXfkNJHbU1TJZHif5AgMBAAGjggHhMIIB3TAfBgNVHSMEGDAWgBSQr2o6lFoL2JDqElZz30O0Oija5zAdBgNVHQ4EFgQUNQSLjkoz01I+iuuoC5lgEp0anhcwDgYDVR0PAQH/BAQDAgWgMAwGA1UdEwEB/wQCMAAwHQYDVR0lBBYwFAYIKwYBBQUHAwEGCCsGAQUFBwMCME8GA1UdIARIMEYwOgYLKwYBBAGyMQECAgcwKzApBggrBgEFBQcCARYdaHR0cHM6Ly9zZWN1cmUuY29tb2RvLmNvbS9DUFMwCAYGZ4EMAQIBMFQGA1UdHwRNMEswSaBHoEWGQ2h0dHA6Ly9jcmwuY29tb2RvY2EuY29tL0NPTU9ET1JTQURvbWFpblZhbGlkYXRpb25TZWN1cmVTZXJ2ZXJDQS5jcmwwgYUGCCsGAQUFBwEBBHkwdzBPBggrBgEFBQcwAoZDaHR0cDovL2NydC5jb21vZG9jYS5jb20vQ09NT0RPUlNBRG9tYWluVmFsaWRhdGlvblNlY3VyZVNlcnZlckNBLmNydDAkBggrBgEFBQcwAYYYaHR0cDovL29jc3AuY29tb2RvY2EuY29tMC8GA1UdEQQoMCaCEioubGFuZGxvcmRzLmNvbS5hdYIQbGFuZGxvcmRzLmNvbS5hdTANBgkqhkiG9w0BAQsFAAOCAQEACyHqxUzrexToY7tOv4+kyGPP2D27P1tQpyzeAl1bPObiMhNK2b9vvBLDWAaqm8c0YL1h+DBdLoWzf3xFsIkTCVCjWJTNSNlcYtgRk6or1s7jWsfXzWqsnPjPPmTIOCw7EfH7Yme3oxPs3UUsmShAgPwNohAtL9GqlqMiKM6v1WU3NHt01jEoNP23LRa6KeNK6AH6WHJykzL223IlhgXjHTeuQj6lR+TNrQXJuhwTXYe+20rrpPQxc1Pn7AqnvfWgmicRQ7gdIcr4V6+ecTvLfNOaJ0ZYe5G5giuAAdTm7F57pk04f4gyZNYKrj88mvbkoriN8b6jcWExtrYO6bm2TwAA',
  );
  const auditPath = [
    'T46AmJsuOM/gFiGlUp+IJJebp+1Z5qratFNW7U0JyOQ=',
    '9Jj1Feodn42uRYEfffkV4HF/EIPFQ5Zo9IwkxbQ2uhk=',
    'D53/1oCNebF4J59HHgioovKZxrmrKcVuCVhy3Izg8Ck=',
    'wSFDgGSrsXRPA+1c8WHoAFCsWeUv8NDyP/Q/SgsyVyY=',
    '516/RcwsgdwdzHn18v1dJHqBkgFUbNhmCIWOGjsMJaE=',
    'naTFY2ajLFgrgs5XUl+zJYZnnlJksLGsA1VYwpLfqbY=',
    'mKBRJo6qao+0Kdh/rhGkZUbHUAxMhrtrclrTpIbNjIg=',
    'Co4ueOFE7lpifLio94irxxsv1wFMMaK3tPu2ZQkHlro=',
    'yRgy800K6JMYCC05sWfqF2kvCg2riT/pVM+nEa6V5+0=',
    'n2O38XJZC8/Wpbwi9HhgVizlUyeUHVZvYyQB1607MRc=',
    'go3tAjuNfNSCj87y2Rg1xOroDknGN1eaf3cgvzObf7Q=',
    '8D0Mj3/J7ySSnFb0afIHYXv6rlOhECnsebY6XKi1IR8=',
    '6rcez46ZU8M5vPiWVMAUfJfAOV0pPP/mch/lYzZhj/M=',
    '2rtIeXrPvSdUyHc5maIgSAVB2BzaKaupWxSAiVayDE4=',
    'nniW/IMFQPN5xw8UsHFn7CRStYbm1gLu7NNa6kkRqJQ=',
    'mRPPi7sQS22MduIEyvcNzCNFqIt6kLwYPkNKrVtIcu8=',
    'JvTivzESNS9wHI8aph5a7uieVmtS/p9PciMZ5D6GyOo=',
    'UTyQd+Ym0wY4zG+qK806bBORwi1CSVvFQ/KknnqoZj8=',
    'hXODrqN+ff+U6zPqRQ+ZQKs6im1fPcxIerDSfNwflhE=',
    'II6GE+WY/DrpZzfHztLwkR46o37zVkNLCyPYlf68zA0=',
    'd609kWWcNBllbA8Jb/ad4XAVVGnScLRmtP8FYyr+Dck=',
    'rikBsP0G0gioXRpBFED2CzQdSLrGPvRd0bEcbEZw1rI=',
    'GXIElfmnRuWfbA4z7ubV/UwlpSRUbUeec7oL5HDDnh0=',
    'pR0SH/NYP6s9+8azWwaeUXA4Ze/3WCIgMfh5YW6wvcE=',
    'f3GuAKYVrF8RBg3s15jvA/YvV9oAliWtzP/imwPhQVA=',
    'WHn8zDxlVgkV+lSlmzaOdfSBrTHoRr5nT3d76q0KKWE=',
    'f2uV2ZxVgULzLPKuZcowRY3ZY7fRlX59iDBjV1R8kNQ=',
    'NzQVjJsvQwbi7WStMr9oFkh9VbHfK7LB6o7WwAqwNTs=',
    'C0LttBeYHZHgL+032JIcJC3CTBIyza/hsbmJUgJfmDI=',
    'nixU5CWTFVDlF4BGdcU6kA7WSYurEpe9jRWc+F/7sOc=',
  ].map(base64ToBytes);
  const oldSize = 3654490;
  const oldRoot = base64ToBytes('AuIZ5V6sDUj1vn3Y1K85oOaQ7y+FJJKtyRTl1edIKBQ=');
  const consistency = [
    '80Sfbj6UQEdVSZCSIgh9NMPj3vCBzcc1A48B2crJSWg=',
    'FZcrgAHUk6nNPviJZq8kEK6jCG1d18pJOFE45ZDc1TQ=',
    'Q67reWXmPBo1UfmwBap4Xi9PMPfFdUSSw3WGlRZdG7k=',
    'eJ7CyhR4PxzBxDIsWgrVYW1eFUb9ndgf46tFmiqVrxA=',
    'QrDwp062Grm5WY8KdrhFsBuuNjGzRox2Jb8PmVL5OYw=',
    'XM4YMjMEdLH/XJam/ZWyaP14k3cmsOtnPsOWQ54lW1s=',
    'SGiBh+jOTGccXU48ZzgQ88lRcBmtB4wz4oSDndv2QTg=',
    'WAS6txqNLYKGL1GdBdpqmV42TTfn6cJsuDsqLXuTCNI=',
    'QFmRS0rirUA7ZN3lxFjDncV+E1OCrn3NUB4RCp+5fzc=',
    'Hdbp7It2XBNZmNDBpCN/KPd7vfVqxgzwOosqVIaEA9E=',
    'mxvHL0ZiblBdD7j7pIa1jlfB0gSqfJ6oX0UGo7L0VsU=',
    'q5hjyvoW6TL/PThgcitpDcSTrnKX2p1+aqscqH2euRA=',
    'jTOWDqt3IHj2NVFeezyBz2ofpru+ztEywqKUAfFclKI=',
    'GIRn0w3HqJdvU9j1WVD//eR6lk2AaTVjyzjsJNP8U88=',
    'x52GJvxG81fnQBrgOTbll1A5tz95/LXK0Ag1NhB0r1I=',
    '6/0OqrcTgc3o5dD5PymmoC96lB9yLPFuTHVvLy8fSGk=',
    'Gf+iKLfcXO5l4JEFmsZvSdG5q1uEeWPfYLrds6pmjz0=',
    'DGuaco+McyM3AfRSF6qX7RwSetwe2ieYJmxw5e9rVx0=',
    '2tQJ9V32hnYp+fdpP6TcjmgJmLeNVOMKM0Ml1kk4cNU=',
    '3PapK+IkyJr8I9yAErAmzuZezzLMzsg+PfeRCgNW8NQ=',
    's6xiYeejb+wtqHA+URJZ2I/SCPyIW8coP6aB00FJbMY=',
    'z9lSpmdTcr5M5ZzKlc4EPh3SrSypKFdk6JUF/UccaZU=',
    'GXIElfmnRuWfbA4z7ubV/UwlpSRUbUeec7oL5HDDnh0=',
    'pR0SH/NYP6s9+8azWwaeUXA4Ze/3WCIgMfh5YW6wvcE=',
    'f3GuAKYVrF8RBg3s15jvA/YvV9oAliWtzP/imwPhQVA=',
    'WHn8zDxlVgkV+lSlmzaOdfSBrTHoRr5nT3d76q0KKWE=',
    'f2uV2ZxVgULzLPKuZcowRY3ZY7fRlX59iDBjV1R8kNQ=',
    'NzQVjJsvQwbi7WStMr9oFkh9VbHfK7LB6o7WwAqwNTs=',
    'C0LttBeYHZHgL+032JIcJC3CTBIyza/hsbmJUgJfmDI=',
    'nixU5CWTFVDlF4BGdcU6kA7WSYurEpe9jRWc+F/7sOc=',
  ].map(base64ToBytes);

  it('the inclusion proof of entry 10000 in a tree of 961,984,013 leaves verifies', async () => {
    assert.equal(await verifyInclusion(await leafHash(leafInput), 10000, size, auditPath, root), true);
    assert.equal(await verifyInclusion(await leafHash(leafInput), 10001, size, auditPath, root), false);
  });

  it('the consistency proof from 3,654,490 to 961,984,013 verifies, and not with another old root', async () => {
    assert.equal(await verifyConsistency(oldSize, size, consistency, oldRoot, root), true);
    assert.equal(await verifyConsistency(oldSize, size, consistency, flip(oldRoot, 1), root), false);
  });
});
