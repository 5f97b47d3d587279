// The sizes of the two pictures: the full one on the report page, the compact one in the popup (fits 420 px).

export interface Geometry {
  margin: number;
  top: number;
  /** Widths of columns 0..3 (column 1 is left out when empty or in the compact picture). */
  widths: [number, number, number, number];
  /** Straight stretch after a source and before a recipient, where an edge's label sits. */
  labelZone: number;
  onwardZone: number;
  /** Width of the curved part between columns. */
  curve: number;
  gapMin: number;
  nodeHeight: number;
  noteHeight: number;
  rowGap: number;
  groupGap: number;
  portGap: number;
  recipientPortGap: number;
  pad: number;
  nameFont: number;
  serviceFont: number;
  noteFont: number;
  labelFont: number;
  headerFont: number;
  edgeLabels: boolean;
  nodeLabels: boolean;
  pathColumn: boolean;
  /** The service's name runs upwards along a narrow bar. */
  rotateService: boolean;
}

export const FULL: Geometry = {
  margin: 12,
  top: 30,
  widths: [190, 156, 104, 190],
  labelZone: 180,
  onwardZone: 170,
  curve: 96,
  gapMin: 40,
  nodeHeight: 32,
  noteHeight: 38,
  rowGap: 10,
  groupGap: 22,
  portGap: 10,
  recipientPortGap: 20,
  pad: 10,
  nameFont: 13,
  serviceFont: 15,
  noteFont: 12,
  labelFont: 12,
  headerFont: 12,
  edgeLabels: true,
  nodeLabels: false,
  pathColumn: true,
  rotateService: false,
};

export const COMPACT: Geometry = {
  margin: 2,
  top: 24,
  widths: [148, 0, 24, 146],
  labelZone: 0,
  onwardZone: 0,
  curve: 24,
  gapMin: 44,
  nodeHeight: 26,
  noteHeight: 38,
  rowGap: 6,
  groupGap: 14,
  portGap: 6,
  recipientPortGap: 8,
  pad: 7,
  nameFont: 12,
  serviceFont: 12,
  noteFont: 12,
  labelFont: 12,
  headerFont: 12,
  edgeLabels: false,
  nodeLabels: true,
  pathColumn: false,
  rotateService: true,
};
