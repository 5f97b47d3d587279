/**
 * The shape of a page without its content, for a bug report when a page was not recognised. The content
 * script collects it (texts shortened, long ones only measured); the extension page then redacts every text
 * not on the allow-list of known labels before the user sees and saves it.
 */
export interface StructureNode {
  tag: string;
  role?: string;
  /** aria-* and state attributes; values other than true/false/mixed are replaced. */
  attrs?: Record<string, string>;
  classes?: string;
  /** Own text of the element (not its children's), at most 80 characters; longer texts are given as `[text:N]`. */
  text?: string;
  children?: StructureNode[];
}

export interface PageStructure {
  kind: 'page-structure';
  path: string;
  lang: string | null;
  nodes: StructureNode[];
  /** Elements left out because the page was larger than the limit. */
  truncated: number;
}
