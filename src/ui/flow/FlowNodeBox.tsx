import type { FlowModel } from './flow-types.ts';
import type { Geometry } from './geometry.ts';
import type { PlacedNode } from './layout-types.ts';
import { fit } from './fit-text.ts';
import { nodeName, nodeNote } from './node-text.ts';
import { r } from './svg-path.ts';

/** One node: a box, an accent bar for risky sources and alert recipients, its name and a second line. */
export function FlowNodeBox({ placed, geometry, model }: { placed: PlacedNode; geometry: Geometry; model: FlowModel }) {
  const { node, x, y, width, height } = placed;
  const name = nodeName(node);
  const note = nodeNote(node, geometry, model);
  const pad = geometry.pad;
  const accent = node.alert ? 'alert' : node.column === 0 && (node.risk === 'high' || node.risk === 'medium') ? node.risk : null;
  const service = node.kind === 'service';
  const marker = node.alert ? '▲ ' : '';
  const nameFont = service ? geometry.serviceFont : geometry.nameFont;
  const textX = service ? x + width / 2 : x + pad + (accent ? 3 : 0);
  const textWidth = service ? width - 8 : width - pad * 2 - (accent ? 3 : 0);
  const cy = y + height / 2;
  const nameY = note ? cy - 2 : cy + nameFont * 0.35;
  const full = [name, note === null ? null : note.full].filter((s): s is string => s !== null && s !== '').join(' · ');
  return (
    <g
      class={`flow-node flow-node--${node.kind}${node.alert ? ' flow-node--alert' : ''}${node.risk ? ` flow-node--${node.risk}` : ''}`}
      data-node-id={node.id}
      data-column={node.column}
    >
      <title>{full}</title>
      <rect class="flow-node__box" x={x} y={y} width={width} height={height} rx={service ? 8 : 6} />
      {accent && <rect class={`flow-node__accent flow-node__accent--${accent}`} x={x} y={y} width={4} height={height} rx={2} />}
      {service && geometry.rotateService ? (
        <text class="flow-node__name" x={textX} y={cy + nameFont * 0.35} text-anchor="middle" transform={`rotate(-90 ${r(textX)} ${r(cy)})`}>
          {fit(name, height - 10, nameFont, true)}
        </text>
      ) : (
        <text class="flow-node__name" x={textX} y={nameY} text-anchor={service ? 'middle' : 'start'}>
          {fit(marker + name, textWidth, nameFont, service || node.column === 3)}
        </text>
      )}
      {note && (
        <text class="flow-node__note" x={textX} y={cy + geometry.noteFont + 1} text-anchor={service ? 'middle' : 'start'}>
          {fit(note.text, textWidth, geometry.noteFont)}
        </text>
      )}
    </g>
  );
}
