// The picture said in words: the svg's description, each edge's title, and the list of flows beside it.
import { t } from '../extension-i18n.ts';
import { SERVICE_NAME, type FlowEdge, type FlowModel, type FlowNode } from './flow-types.ts';
import { labelsText, spokenName } from './node-text.ts';

export function describe(model: FlowModel): string {
  const parts = model.summary.devices.map(({ service, count }) =>
    t(count === 1 ? 'flow_desc_devices_one' : 'flow_desc_devices', [String(count), SERVICE_NAME[service]]),
  );
  const police = model.summary.policeVideoCameras;
  if (police > 0) parts.push(t(police === 1 ? 'flow_desc_police_one' : 'flow_desc_police', [String(police)]));
  const recipients = model.columns[3].map(spokenName);
  if (recipients.length > 0) parts.push(t('flow_desc_recipients', [recipients.join(', ')]));
  return parts.join('; ');
}

function nodeById(model: FlowModel, id: string): FlowNode | undefined {
  for (const column of model.columns) {
    const hit = column.find((n) => n.id === id);
    if (hit) return hit;
  }
  return undefined;
}

function what(edge: FlowEdge): string {
  return edge.labels.length > 0 ? labelsText(edge.labels) : t('flow_label_data');
}

export function edgeSentence(edge: FlowEdge, model: FlowModel): string {
  const from = nodeById(model, edge.from);
  const to = nodeById(model, edge.to);
  if (!from || !to) return '';
  if (edge.hop === 'onward') return t('flow_sentence_onward', [spokenName(from), what(edge), spokenName(to)]);
  if (from.kind === 'more') return t('flow_sentence_more', [String(from.count), what(edge), spokenName(to)]);
  return t('flow_sentence_direct', [spokenName(from), what(edge), spokenName(to)]);
}

/** Each flow as a sentence: per source, the whole way to the service; then what each service passes on. */
export function flowSentences(model: FlowModel): string[] {
  const sentences: string[] = [];
  for (const source of model.columns[0]) {
    for (const edge of model.edges.filter((e) => e.from === source.id && e.hop === 'first')) {
      const to = nodeById(model, edge.to);
      if (to?.column !== 1) {
        sentences.push(edgeSentence(edge, model));
        continue;
      }
      const service = model.edges.find((e) => e.from === to.id && e.hop === 'middle');
      const serviceNode = service && nodeById(model, service.to);
      const via = `${spokenName(to)}${to.noteKey ? ` (${t(to.noteKey)})` : ''}`;
      if (serviceNode) sentences.push(t('flow_sentence_via', [spokenName(source), what(edge), spokenName(serviceNode), via]));
    }
  }
  for (const edge of model.edges.filter((e) => e.hop === 'onward')) sentences.push(edgeSentence(edge, model));
  return sentences;
}
