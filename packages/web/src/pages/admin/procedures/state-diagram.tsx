import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ProcedureDefinition } from '@khien/core/procedure';
import { useI18n } from '../../../i18n/i18n.tsx';
import { EDGE_FONT, estimateTextWidth, layoutDiagram, LINE_HEIGHT, NODE_FONT, NODE_SMALL_FONT } from './procedure-diagram.ts';
import { diagramInputOf } from './procedure-model.ts';

const COLORS = {
  box: '#ffffff',
  boxBorder: '#8c1c13',
  terminal: '#f5f5f5',
  text: '#262626',
  note: '#595959',
  edge: '#595959',
  configurable: '#ad4e00',
  start: '#262626',
};

let canvas: HTMLCanvasElement | null = null;

/** Text widths as the browser will draw them (the layout's estimate when there is no canvas). */
function measureWith(fontFamily: string) {
  return (text: string, fontSize: number): number => {
    canvas ??= typeof document !== 'undefined' ? document.createElement('canvas') : null;
    const context = canvas?.getContext('2d');
    if (!context) return estimateTextWidth(text, fontSize);
    context.font = `${fontSize}px ${fontFamily}`;
    return Math.ceil(context.measureText(text).width);
  };
}

/**
 * The procedure's state diagram as SVG (laid out in the browser with dagre). It is an image for
 * assistive technology, named by `label`; the transitions table on the same page is its text
 * alternative. Wide drawings scroll inside their own box, which can take focus for the keyboard.
 */
export function StateDiagram({ definition, label }: { definition: ProcedureDefinition; label: string }) {
  const { t, pick } = useI18n();
  const id = useId().replace(/:/g, '');
  const box = useRef<HTMLDivElement>(null);
  // The font the SVG inherits, known once the box is in the page; until then the estimate.
  const [fontFamily, setFontFamily] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (box.current) setFontFamily(getComputedStyle(box.current).fontFamily || null);
  }, []);
  const geometry = useMemo(
    () =>
      layoutDiagram(diagramInputOf(definition, pick), {
        measure: fontFamily ? measureWith(fontFamily) : estimateTextWidth,
        stayNote: (count) => t('procedure.diagram.stay_note', { count }),
      }),
    [definition, pick, t, fontFamily],
  );
  const arrow = `${id}-arrow`;
  const arrowU = `${id}-arrow-u`;

  return (
    <div
      ref={box}
      className="procedure-diagram"
      role="region"
      aria-label={label}
      tabIndex={0}
      style={{ overflow: 'auto', maxWidth: '100%' }}
    >
      <svg
        role="img"
        aria-label={label}
        width={geometry.width}
        height={geometry.height}
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        style={{ display: 'block', margin: '0 auto', fontFamily: 'inherit' }}
      >
        <defs>
          <marker id={arrow} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill={COLORS.edge} />
          </marker>
          <marker id={arrowU} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill={COLORS.configurable} />
          </marker>
        </defs>
        {geometry.start && (
          <g>
            <circle cx={geometry.start.cx} cy={geometry.start.cy} r={geometry.start.r} fill={COLORS.start} />
            <path d={geometry.start.path} fill="none" stroke={COLORS.edge} strokeWidth={1.3} markerEnd={`url(#${arrow})`} />
          </g>
        )}
        {geometry.edges.map((edge) => (
          <path
            key={edge.id}
            d={edge.path}
            fill="none"
            stroke={edge.configurable ? COLORS.configurable : COLORS.edge}
            strokeWidth={1.3}
            strokeDasharray={edge.configurable ? '6 4' : undefined}
            markerEnd={`url(#${edge.configurable ? arrowU : arrow})`}
          />
        ))}
        {geometry.edges.map((edge) => {
          let line = 0;
          return (
            <g key={`${edge.id}-label`}>
              <rect
                x={edge.labelX}
                y={edge.labelY}
                width={edge.labelWidth}
                height={edge.labelHeight}
                fill="#ffffff"
                opacity={0.92}
                rx={3}
              />
              {edge.labels.flatMap((l) =>
                l.lines.map((text) => {
                  const y = edge.labelY + 4 + EDGE_FONT * LINE_HEIGHT * (line + 0.78);
                  line += 1;
                  return (
                    <text
                      key={`${l.text}-${line}`}
                      x={edge.labelX + edge.labelWidth / 2}
                      y={y}
                      fontSize={EDGE_FONT}
                      textAnchor="middle"
                      fill={l.configurable ? COLORS.configurable : COLORS.text}
                    >
                      {text}
                    </text>
                  );
                }),
              )}
            </g>
          );
        })}
        {geometry.nodes.map((node) => (
          <g key={node.id}>
            <rect
              x={node.x}
              y={node.y}
              width={node.width}
              height={node.height}
              rx={8}
              fill={node.terminal ? COLORS.terminal : COLORS.box}
              stroke={COLORS.boxBorder}
              strokeWidth={node.initial ? 2.2 : 1.3}
            />
            {node.terminal && (
              <rect
                x={node.x + 3}
                y={node.y + 3}
                width={node.width - 6}
                height={node.height - 6}
                rx={6}
                fill="none"
                stroke={COLORS.boxBorder}
                strokeWidth={0.8}
              />
            )}
            {node.lines.map((text, i) => (
              <text
                key={i}
                x={node.x + node.width / 2}
                y={node.y + 8 + NODE_FONT * LINE_HEIGHT * (i + 0.78)}
                fontSize={NODE_FONT}
                fontWeight={600}
                textAnchor="middle"
                fill={COLORS.text}
              >
                {text}
              </text>
            ))}
            {node.note && (
              <text
                x={node.x + node.width / 2}
                y={node.y + 8 + NODE_FONT * LINE_HEIGHT * node.lines.length + NODE_SMALL_FONT * LINE_HEIGHT * 0.78}
                fontSize={NODE_SMALL_FONT}
                textAnchor="middle"
                fill={COLORS.note}
              >
                <title>{node.stayActions.join('; ')}</title>
                {node.note}
              </text>
            )}
          </g>
        ))}
      </svg>
    </div>
  );
}

/** The legend under the diagram (plain text, so it is read in order). */
export function DiagramLegend() {
  const { t } = useI18n();
  return (
    <ul
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '4px 20px',
        listStyle: 'none',
        padding: 0,
        margin: '12px 0 0',
        fontSize: 13,
        color: '#595959',
      }}
    >
      <li>
        <svg width="34" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="34" y2="5" stroke={COLORS.edge} strokeWidth="1.5" />
        </svg>{' '}
        {t('procedure.diagram.legend_confirmed')}
      </li>
      <li>
        <svg width="34" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="34" y2="5" stroke={COLORS.configurable} strokeWidth="1.5" strokeDasharray="6 4" />
        </svg>{' '}
        {t('procedure.diagram.legend_configurable')}
      </li>
      <li>
        <svg width="12" height="12" aria-hidden="true">
          <circle cx="6" cy="6" r="5" fill={COLORS.start} />
        </svg>{' '}
        {t('procedure.diagram.legend_start')}
      </li>
      <li>
        <svg width="22" height="14" aria-hidden="true">
          <rect x="1" y="1" width="20" height="12" rx="3" fill={COLORS.terminal} stroke={COLORS.boxBorder} />
          <rect x="3.5" y="3.5" width="15" height="7" rx="2" fill="none" stroke={COLORS.boxBorder} strokeWidth="0.8" />
        </svg>{' '}
        {t('procedure.diagram.legend_terminal')}
      </li>
      <li>{t('procedure.diagram.legend_stay')}</li>
    </ul>
  );
}
