/** Direction overrides and isolates in page-derived text could reverse the product's own words after them. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export function cleanName(name: string): string {
  return name.replace(BIDI_CONTROLS, '');
}

/** A device, skill or person name from a page: overrides removed and the rest isolated, so it cannot reorder what follows. */
export function PageName({ name }: { name: string }) {
  return <bdi>{cleanName(name)}</bdi>;
}
