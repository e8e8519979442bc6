/**
 * The state diagram of a procedure as plain geometry (boxes, paths, label positions) that the
 * page draws as SVG. Pure apart from the layout library, so node:test can check it
 * (procedure-diagram.test.ts). Like the generated Mermaid diagrams in docs/procedures/, actions
 * that keep the case in its state are not drawn as loops (a dozen of them would bury the
 * lifecycle): each box counts them instead, and the transitions table lists them all.
 */
import { graphlib, layout } from '@dagrejs/dagre';

export interface DiagramState {
  id: string;
  label: string;
  terminal: boolean;
}

export interface DiagramTransition {
  id: string;
  label: string;
  from: readonly string[];
  /** `null`: the case stays where it is. */
  to: string | null;
  configurable: boolean;
  /** Switched off by a flag parameter of this definition: not drawn. */
  enabled: boolean;
}

export interface DiagramInput {
  states: readonly DiagramState[];
  initialState: string;
  transitions: readonly DiagramTransition[];
}

export interface DiagramNode {
  id: string;
  /** Top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  terminal: boolean;
  initial: boolean;
  /** Actions that keep the case in this state (not drawn as loops). */
  stayActions: string[];
  /** The note shown under the name when there are such actions. */
  note: string | null;
}

export interface DiagramEdgeLabel {
  text: string;
  configurable: boolean;
  /** The text wrapped to the label width ("[U]" added to configurable ones). */
  lines: string[];
}

export interface DiagramEdge {
  /** `from->to`: transitions between the same two states share one arrow. */
  id: string;
  from: string;
  to: string;
  /** SVG path data, ending at the target box's border. */
  path: string;
  /** One per transition on this arrow. */
  labels: DiagramEdgeLabel[];
  /** Label box, top-left corner. */
  labelX: number;
  labelY: number;
  labelWidth: number;
  labelHeight: number;
  /** Every transition on this arrow is a configurable ([U]) rule. */
  configurable: boolean;
}

export interface DiagramGeometry {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** The start marker (a filled circle) and its arrow to the initial state. */
  start: { cx: number; cy: number; r: number; path: string } | null;
}

export interface DiagramOptions {
  /** Width of a text in px at `fontSize`; defaults to an estimate (tests, no DOM). */
  measure?: (text: string, fontSize: number) => number;
  direction?: 'TB' | 'LR';
  /** The note in a box that has actions keeping the case in that state, e.g. "+3 thao tác tại bước". */
  stayNote?: (count: number) => string;
}

export const NODE_FONT = 13;
export const NODE_SMALL_FONT = 11;
export const EDGE_FONT = 11;
export const LINE_HEIGHT = 1.35;
const NODE_MAX_TEXT = 170;
const EDGE_MAX_TEXT = 150;
const NODE_PAD_X = 12;
const NODE_PAD_Y = 8;
const LABEL_PAD = 4;
const START_RADIUS = 7;
const START_ID = '\u0000start';

/** A deterministic width estimate for Latin text with Vietnamese diacritics. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (char === ' ') em += 0.28;
    else if (/[.,:;'()[\]|!ilI]/u.test(char)) em += 0.3;
    else if (/[MWĐmw]/u.test(char)) em += 0.85;
    else if (char === char.toUpperCase() && char !== char.toLowerCase()) em += 0.68;
    else em += 0.55;
  }
  return Math.ceil(em * fontSize);
}

/** Greedy word wrap; a word longer than the width gets a line of its own. */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure = estimateTextWidth): string[] {
  const words = text.split(/\s+/u).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A smooth path through the layout's points: straight ends, quadratic bends in between. */
export function pathThrough(points: readonly { x: number; y: number }[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  let d = `M${round(first!.x)},${round(first!.y)}`;
  if (rest.length === 0) return d;
  for (let i = 0; i < rest.length - 1; i++) {
    const p = rest[i]!;
    const next = rest[i + 1]!;
    d += ` Q${round(p.x)},${round(p.y)} ${round((p.x + next.x) / 2)},${round((p.y + next.y) / 2)}`;
  }
  const last = rest[rest.length - 1]!;
  return `${d} L${round(last.x)},${round(last.y)}`;
}

interface NodeData {
  width: number;
  height: number;
  x?: number;
  y?: number;
}
interface EdgeData {
  width: number;
  height: number;
  labelpos: 'c';
  points?: { x: number; y: number }[];
  x?: number;
  y?: number;
}

/** Lays out the states and transitions; drawn transitions are the enabled ones between two different states. */
export function layoutDiagram(input: DiagramInput, options: DiagramOptions = {}): DiagramGeometry {
  const measure = options.measure ?? estimateTextWidth;
  const noteOf = (count: number) => (count === 0 ? null : (options.stayNote ?? ((n: number) => `+${n}`))(count));
  const known = new Set(input.states.map((s) => s.id));
  const graph = new graphlib.Graph<Record<string, unknown>, NodeData, EdgeData>({ multigraph: false, directed: true });
  graph.setGraph({ rankdir: options.direction ?? 'TB', nodesep: 28, ranksep: 44, edgesep: 12, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({ width: 0, height: 0, labelpos: 'c' }));

  const stay = new Map<string, string[]>();
  const arrows = new Map<string, { from: string; to: string; labels: Omit<DiagramEdgeLabel, 'lines'>[] }>();
  for (const transition of input.transitions) {
    if (!transition.enabled) continue;
    for (const from of transition.from) {
      if (!known.has(from)) continue;
      const to = transition.to ?? from;
      if (to === from) {
        stay.set(from, [...(stay.get(from) ?? []), transition.label]);
        continue;
      }
      if (!known.has(to)) continue;
      const key = `${from}->${to}`;
      const arrow = arrows.get(key) ?? { from, to, labels: [] };
      if (!arrow.labels.some((l) => l.text === transition.label)) {
        arrow.labels.push({ text: transition.label, configurable: transition.configurable });
      }
      arrows.set(key, arrow);
    }
  }

  const nodeLines = new Map<string, string[]>();
  for (const state of input.states) {
    const lines = wrapText(state.label, NODE_MAX_TEXT, NODE_FONT, measure);
    nodeLines.set(state.id, lines);
    const note = noteOf(stay.get(state.id)?.length ?? 0);
    const textWidth = Math.max(...lines.map((l) => measure(l, NODE_FONT)), note ? measure(note, NODE_SMALL_FONT) : 0);
    const textHeight = lines.length * NODE_FONT * LINE_HEIGHT + (note ? NODE_SMALL_FONT * LINE_HEIGHT : 0);
    graph.setNode(state.id, { width: Math.ceil(textWidth + 2 * NODE_PAD_X), height: Math.ceil(textHeight + 2 * NODE_PAD_Y) });
  }
  const hasStart = known.has(input.initialState);
  if (hasStart) {
    graph.setNode(START_ID, { width: START_RADIUS * 2, height: START_RADIUS * 2 });
    graph.setEdge(START_ID, input.initialState, { width: 0, height: 0, labelpos: 'c' });
  }

  const edgeLabels = new Map<string, DiagramEdgeLabel[]>();
  for (const [key, arrow] of arrows) {
    const labels = arrow.labels.map((l) => ({ ...l, lines: wrapText(labelText(l), EDGE_MAX_TEXT, EDGE_FONT, measure) }));
    edgeLabels.set(key, labels);
    const flat = labels.flatMap((l) => l.lines);
    const width = Math.max(...flat.map((l) => measure(l, EDGE_FONT))) + 2 * LABEL_PAD;
    const height = flat.length * EDGE_FONT * LINE_HEIGHT + 2 * LABEL_PAD;
    graph.setEdge(arrow.from, arrow.to, { width: Math.ceil(width), height: Math.ceil(height), labelpos: 'c' });
  }

  layout(graph);

  const nodes: DiagramNode[] = input.states.map((state) => {
    const n = graph.node(state.id);
    return {
      id: state.id,
      x: round(n.x! - n.width / 2),
      y: round(n.y! - n.height / 2),
      width: n.width,
      height: n.height,
      lines: nodeLines.get(state.id) ?? [state.label],
      terminal: state.terminal,
      initial: state.id === input.initialState,
      stayActions: stay.get(state.id) ?? [],
      note: noteOf(stay.get(state.id)?.length ?? 0),
    };
  });

  const edges: DiagramEdge[] = [...arrows].map(([key, arrow]) => {
    const e = graph.edge(arrow.from, arrow.to);
    const labels = edgeLabels.get(key) ?? [];
    return {
      id: key,
      from: arrow.from,
      to: arrow.to,
      path: pathThrough(e.points ?? []),
      labels,
      labelX: round(e.x! - e.width / 2),
      labelY: round(e.y! - e.height / 2),
      labelWidth: e.width,
      labelHeight: e.height,
      configurable: arrow.labels.every((l) => l.configurable),
    };
  });

  let start: DiagramGeometry['start'] = null;
  if (hasStart) {
    const s = graph.node(START_ID);
    start = { cx: round(s.x!), cy: round(s.y!), r: START_RADIUS, path: pathThrough(graph.edge(START_ID, input.initialState).points ?? []) };
  }

  const g = graph.graph() as { width?: number; height?: number };
  return { width: Math.ceil(g.width ?? 0), height: Math.ceil(g.height ?? 0), nodes, edges, start };
}

/** The text on an arrow: "[U]" marks a configurable rule, as in the generated docs. */
export function labelText(label: Pick<DiagramEdgeLabel, 'text' | 'configurable'>): string {
  return label.configurable ? `${label.text} [U]` : label.text;
}
