/**
 * A page reduced to what settings pages say: headings, labelled on/off controls and labelled lists.
 * The content script builds it from the live DOM (small, generic code); sources interpret it by meaning.
 */
export interface OutlineControl {
  /** Radios are choices among options; switches and checkboxes are on/off. Absent in outlines from older versions. */
  kind?: 'switch' | 'radio';
  label: string;
  /** Text of the row the control sits in (label, description, state words). */
  context: string;
  state: 'on' | 'off' | null;
  /** The control states its state in a form that is neither on nor off (`aria-checked="mixed"`, an indeterminate checkbox): unknown, never guessed. */
  unreadable?: true;
  section: string | null;
}

export interface OutlineList {
  heading: string;
  items: string[];
}

export interface OutlineText {
  section: string | null;
  text: string;
}

export interface PageOutline {
  kind: 'page-outline';
  lang: string | null;
  title: string;
  headings: string[];
  controls: OutlineControl[];
  lists: OutlineList[];
  /** Short text blocks under headings (e.g. "30 days"), for values not shown as controls. */
  texts: OutlineText[];
}
