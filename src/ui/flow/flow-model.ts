/**
 * The data-flow picture as data: your devices → the path they take (a vendor's skill, a vendor's cloud,
 * a device shared by its owner) → the service (Amazon, Ring) → who receives the data next (police, skill
 * vendors, shared users, neighbours…). Same report in, same model out: ids and order are stable.
 * The steps: collect sources, fold extra devices, order them, build the graph, order the columns, summarise.
 */
import type { Report } from '../../model/report.ts';
import { orderColumns, orderEdges, recipientIds } from './flow-columns.ts';
import { buildGraph } from './flow-graph.ts';
import { foldedDevices, orderSources } from './flow-source-order.ts';
import { collectSources } from './flow-sources.ts';
import { deviceCounts, policeVideoCameras } from './flow-summary.ts';
import type { FlowModel } from './flow-types.ts';

export { FLOW_LABELS, interfaceLabel, permissionLabel, type FlowLabel } from '../../knowledge/flow-labels.ts';
export { MAX_DEVICE_NODES } from './flow-source-order.ts';
export type { FlowColumn, FlowEdge, FlowModel, FlowNode, FlowNodeKind, FlowService, FlowSummary, FlowText } from './flow-types.ts';

/** The report as columns of nodes and labelled edges. */
export function flowModel(report: Report): FlowModel {
  const sources = collectSources(report);
  const devices = sources.filter((s) => s.kind === 'device');
  const hidden = foldedDevices(devices);
  const visible = orderSources(sources.filter((s) => !hidden.has(s.id)));
  const folded = devices.filter((s) => hidden.has(s.id));
  const graph = buildGraph(visible, folded);
  const columns = orderColumns(graph, visible);
  return {
    columns,
    edges: orderEdges(graph.edges, columns),
    summary: {
      devices: deviceCounts(devices),
      hiddenDevices: folded.length,
      policeVideoCameras: policeVideoCameras(report, devices),
      recipients: recipientIds(columns[3]),
    },
  };
}
