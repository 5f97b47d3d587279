import { controlToggleCheck } from './control-toggle-check.ts';

/** Search Party: Ring's AI scans cloud videos for lost pets or natural hazards. US only, on by default. */
export const searchParty = controlToggleCheck('ring.search-party', ['search-party', 'natural-hazards']);
