import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveVariant, kl14PartyProfile, nd73Profile } from '@khien/core/procedure';
import { estimateTextWidth, layoutDiagram, pathThrough, wrapText, type DiagramInput } from './procedure-diagram.ts';
import { diagramInputOf } from './procedure-model.ts';

const vi = (text: { vi: string }) => text.vi;

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('procedure state diagram (layout → SVG geometry)', () => {
  it('draws every state of ND73 once, inside the drawing, with no two boxes overlapping', () => {
    const geometry = layoutDiagram(diagramInputOf(nd73Profile, vi));
    assert.equal(geometry.nodes.length, nd73Profile.states.length);
    assert.deepEqual(geometry.nodes.map((n) => n.id).sort(), nd73Profile.states.map((s) => s.id).sort());
    for (const node of geometry.nodes) {
      assert.ok(node.x >= 0 && node.y >= 0, `${node.id} starts inside`);
      assert.ok(node.x + node.width <= geometry.width + 0.5 && node.y + node.height <= geometry.height + 0.5, `${node.id} ends inside`);
    }
    for (const [i, a] of geometry.nodes.entries()) {
      for (const b of geometry.nodes.slice(i + 1)) assert.ok(!overlaps(a, b), `${a.id} overlaps ${b.id}`);
    }
  });

  it("one arrow per pair of different states, merging parallel transitions (approval and the head's override)", () => {
    const geometry = layoutDiagram(diagramInputOf(nd73Profile, vi));
    const pairs = new Set<string>();
    for (const t of nd73Profile.transitions) for (const from of t.from) if (t.to !== null && t.to !== from) pairs.add(`${from}->${t.to}`);
    assert.deepEqual(geometry.edges.map((e) => e.id).sort(), [...pairs].sort());
    const toApproved = geometry.edges.find((e) => e.id === 'meetingScheduled->approved')!;
    assert.equal(toApproved.labels.length, 2);
    for (const edge of geometry.edges) assert.match(edge.path, /^M[\d.]+,[\d.]+( Q[\d.]+,[\d.]+ [\d.]+,[\d.]+)* L[\d.]+,[\d.]+$/);
  });

  it('actions that keep the case in its state are counted in the box, not drawn as loops', () => {
    const geometry = layoutDiagram(diagramInputOf(nd73Profile, vi), { stayNote: (n) => `+${n} thao tác` });
    const submitted = geometry.nodes.find((n) => n.id === 'submitted')!;
    assert.ok(submitted.stayActions.includes('Xin ý kiến cấp ủy cùng cấp'));
    assert.equal(submitted.note, `+${submitted.stayActions.length} thao tác`);
    const closed = geometry.nodes.find((n) => n.id === 'closed')!;
    assert.equal(closed.note, null);
    assert.ok(closed.terminal);
    assert.ok(geometry.edges.every((e) => e.from !== e.to));
  });

  it('marks configurable ([U]) arrows and starts at the initial state', () => {
    const geometry = layoutDiagram(diagramInputOf(nd73Profile, vi));
    const suspend = geometry.edges.find((e) => e.id === 'implementing->suspended')!;
    assert.ok(suspend.configurable);
    assert.ok(suspend.labels.every((l) => l.configurable));
    const submit = geometry.edges.find((e) => e.id === 'draft->submitted')!;
    assert.equal(submit.configurable, false);
    assert.ok(geometry.start);
    const draft = geometry.nodes.find((n) => n.id === 'draft')!;
    assert.ok(draft.initial);
    assert.ok(geometry.start.cy < draft.y, 'the start marker is above the first state');
  });

  it('a transition switched off by a local variant disappears from the drawing', () => {
    const variant = deriveVariant(nd73Profile, {
      id: 'nd73-2023-test',
      version: 1,
      parameterOverrides: { allowReturnForRevision: false },
      legalBasis: { citation: 'Quyết định số 1/QĐ-UBND (1/1/2026)', title: { vi: 'x', en: 'x' } },
    });
    const before = layoutDiagram(diagramInputOf(nd73Profile, vi)).edges.map((e) => e.id);
    const after = layoutDiagram(diagramInputOf(variant, vi)).edges.map((e) => e.id);
    assert.ok(before.includes('submitted->draft'));
    assert.ok(!after.includes('submitted->draft'));
  });

  it('the Party profile (no Party committee consultation) is drawn too', () => {
    const geometry = layoutDiagram(diagramInputOf(kl14PartyProfile, (t) => t.en));
    assert.equal(geometry.nodes.length, kl14PartyProfile.states.length);
    assert.ok(!geometry.nodes.some((n) => n.stayActions.some((a) => /Party committee/.test(a))));
  });

  it('ignores transitions from or to unknown states instead of inventing boxes', () => {
    const input: DiagramInput = {
      initialState: 'a',
      states: [
        { id: 'a', label: 'A', terminal: false },
        { id: 'b', label: 'B', terminal: true },
      ],
      transitions: [
        { id: 'go', label: 'Go', from: ['a'], to: 'b', configurable: false, enabled: true },
        { id: 'lost', label: 'Lost', from: ['a'], to: 'nowhere', configurable: false, enabled: true },
        { id: 'off', label: 'Off', from: ['b'], to: 'a', configurable: true, enabled: false },
      ],
    };
    const geometry = layoutDiagram(input);
    assert.deepEqual(
      geometry.nodes.map((n) => n.id),
      ['a', 'b'],
    );
    assert.deepEqual(
      geometry.edges.map((e) => e.id),
      ['a->b'],
    );
  });
});

describe('diagram text helpers', () => {
  it('wraps a long state name into lines no wider than the limit (a single long word stays whole)', () => {
    const lines = wrapText('Đã triệu tập tập thể lãnh đạo xem xét đề xuất', 120, 13);
    assert.ok(lines.length > 1);
    assert.equal(lines.join(' '), 'Đã triệu tập tập thể lãnh đạo xem xét đề xuất');
    for (const line of lines) assert.ok(estimateTextWidth(line, 13) <= 120 || !line.includes(' '), line);
    assert.deepEqual(wrapText('Supercalifragilisticexpialidocious', 40, 13), ['Supercalifragilisticexpialidocious']);
    assert.deepEqual(wrapText('', 40, 13), ['']);
  });

  it('estimates wider text for more and wider letters', () => {
    assert.ok(estimateTextWidth('MMMM', 13) > estimateTextWidth('iiii', 13));
    assert.ok(estimateTextWidth('abcdef', 13) > estimateTextWidth('abc', 13));
    assert.ok(Math.abs(estimateTextWidth('abc', 26) - 2 * estimateTextWidth('abc', 13)) <= 1);
  });

  it('paths go straight for two points and bend smoothly through the middle ones', () => {
    assert.equal(
      pathThrough([
        { x: 0, y: 0 },
        { x: 10, y: 20 },
      ]),
      'M0,0 L10,20',
    );
    assert.equal(
      pathThrough([
        { x: 0, y: 0 },
        { x: 10, y: 20 },
        { x: 30, y: 20 },
      ]),
      'M0,0 Q10,20 20,20 L30,20',
    );
    assert.equal(pathThrough([]), '');
  });
});
