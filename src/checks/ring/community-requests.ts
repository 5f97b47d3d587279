import { controlToggleCheck } from './control-toggle-check.ts';

/** Police requests for video in the Neighbors feed (Community Requests; earlier Video Requests / Request for Assistance). US only. */
export const communityRequests = controlToggleCheck('ring.community-requests', ['community-requests']);
