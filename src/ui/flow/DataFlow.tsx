import { useId, useMemo } from 'preact/hooks';
import type { Report } from '../../model/report.ts';
import { t } from '../extension-i18n.ts';
import { fit, fitLabels } from './fit-text.ts';
import { FlowLegend } from './FlowLegend.tsx';
import { flowModel } from './flow-model.ts';
import { describe, edgeSentence, flowSentences } from './flow-sentences.ts';
import { FlowNodeBox } from './FlowNodeBox.tsx';
import { COMPACT, FULL, type Geometry } from './geometry.ts';
import { layoutFlow } from './layout.ts';
import type { PlacedEdge } from './layout-types.ts';
import { columnTitle } from './node-text.ts';

/**
 * The data-flow picture: an inline SVG built from JSX elements only. Names from the report are hostile
 * (they come from pages): they appear only as text children, cleaned of control and bidi characters,
 * cut to fit with an ellipsis, and in full in a <title>. A list beside it says the same in sentences.
 */
export function DataFlow({ report, compact = false }: { report: Report; compact?: boolean }) {
  const uid = `flow-${useId()}`;
  const model = useMemo(() => flowModel(report), [report]);
  if (model.columns[0].length === 0) {
    return (
      <section class="flow flow--empty" data-testid="data-flow">
        <p class="flow__empty">{t('flow_empty')}</p>
      </section>
    );
  }
  const geometry = compact ? COMPACT : FULL;
  const layout = layoutFlow(model, geometry);
  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  return (
    <section class={`flow${compact ? ' flow--compact' : ''}`} data-testid="data-flow">
      <svg
        class="flow__svg"
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        preserveAspectRatio="xMidYMin meet"
        xmlns="http://www.w3.org/2000/svg"
        data-testid="data-flow-svg"
      >
        <title id={titleId}>{t('flow_title')}</title>
        <desc id={descId}>{describe(model)}</desc>
        <g class="flow__columns" aria-hidden="true">
          {layout.columns.map((c) => (
            <text key={c.column} class="flow__column-title" x={c.x + c.width / 2} y={geometry.headerFont + 2} text-anchor="middle">
              {fit(t(columnTitle(c.column, model)), c.width + geometry.gapMin, geometry.headerFont)}
            </text>
          ))}
        </g>
        <g class="flow__edges">
          {layout.edges.map((e) => (
            <path key={e.edge.id} class={edgeClass(e)} d={e.d} data-edge-id={e.edge.id} data-labels={e.edge.labels.join(',')}>
              <title>{edgeSentence(e.edge, model)}</title>
            </path>
          ))}
        </g>
        {geometry.edgeLabels && <EdgeLabels edges={layout.edges} geometry={geometry} />}
        <g class="flow__nodes">
          {layout.nodes.map((p) => (
            <FlowNodeBox key={p.node.id} placed={p} geometry={geometry} model={model} />
          ))}
        </g>
      </svg>
      <FlowLegend />
      {/* The picture shortens long names; here every flow is said in full. */}
      <details class="flow__in-words">
        <summary>{t('flow_in_words')}</summary>
        <ul data-testid="data-flow-sentences">
          {flowSentences(model).map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function edgeClass({ edge, alert }: PlacedEdge): string {
  return `flow-edge flow-edge--${edge.hop}${edge.risk ? ` flow-edge--${edge.risk}` : ''}${alert ? ' flow-edge--alert' : ''}`;
}

/** What flows, written along each labelled edge (the full picture only). */
function EdgeLabels({ edges, geometry }: { edges: readonly PlacedEdge[]; geometry: Geometry }) {
  return (
    <g class="flow__labels" aria-hidden="true">
      {edges.flatMap(({ edge, label }) =>
        label === null || edge.labels.length === 0
          ? []
          : [
              <text
                key={edge.id}
                class={`flow-label${edge.risk === 'high' ? ' flow-label--high' : ''}`}
                x={label.x}
                y={label.y}
                text-anchor={label.anchor}
                data-edge-id={edge.id}
              >
                {fitLabels(edge.labels, label.width, geometry.labelFont, edge.risk === 'high')}
              </text>,
            ],
      )}
    </g>
  );
}
