import { deviceFeatureCheck } from './device-feature-check.ts';

/** Familiar Faces: facial recognition of everyone in view (API name `person_identification`). */
export const familiarFaces = deviceFeatureCheck('ring.familiar-faces', ['familiarFaces'], 'familiar-faces', 'person_identification');
