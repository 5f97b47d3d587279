import { withoutPathColumn } from '../../../../src/ui/flow/without-path-column.ts';
import { emptyNode, type FlowEdge, type FlowModel } from '../../../../src/ui/flow/flow-types.ts';

const edge = (from: string, to: string, hop: FlowEdge['hop'], labels: FlowEdge['labels'] = []): FlowEdge => ({
  id: `${from}->${to}`,
  from,
  to,
  hop,
  labels,
  risk: null,
  findings: [],
});
const node = (id: string, column: 0 | 1 | 2 | 3) => emptyNode(id, column, 'device', { kind: 'name', value: id });

const model: FlowModel = {
  columns: [[node('a', 0), node('b', 0)], [node('p', 1)], [node('s', 2)], [node('r', 3)]],
  edges: [
    edge('a', 'p', 'first', ['video']),
    edge('p', 's', 'middle'),
    edge('b', 'p', 'first', ['sound']),
    edge('b', 's', 'first', ['motion']),
    edge('s', 'r', 'onward'),
  ],
  summary: { devices: [], hiddenDevices: 0, policeVideoCameras: 0, recipients: [] },
};

it('folds each path into the first edge, straight to the service, the first edge of a pair winning', () => {
  const out = withoutPathColumn(model);
  expect(out.edges).toEqual([edge('a', 's', 'first', ['video']), edge('b', 's', 'first', ['sound']), edge('s', 'r', 'onward')]);
  // The path column stays in the model (the layout leaves it out); the input is not changed.
  expect(out.columns[1].map((n) => n.id)).toEqual(['p']);
  expect(model.edges).toHaveLength(5);
});
