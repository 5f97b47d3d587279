/**
 * What the popup shows below its first screen, and what builds the full reports: loaded after the first paint
 * (a dynamic import), so the first screen's code stays small.
 */
export { AccountView } from './components/AccountView.tsx';
export { OtherFindings } from './overview/OtherFindings.tsx';
export { RunChanges } from './overview/RunChanges.tsx';
export { AccessView } from '../ui/components/AccessView.tsx';
export { loadReports } from '../ui/load-reports.ts';
