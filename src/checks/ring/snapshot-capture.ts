import { deviceFeatureCheck } from './device-feature-check.ts';

/** 24/7 Snapshot Capture: a still image uploaded every few minutes, motion or not. */
export const snapshotCapture = deviceFeatureCheck('ring.snapshot-capture', ['snapshotCapture'], 'snapshot-capture', 'lite_24x7_enabled');
