import { render } from 'preact';
import { App } from './App.tsx';
import { readSummary } from './use-popup-summary.ts';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = navigator.language;
  // The first screen's summary is asked for before the first render, which it then overlaps.
  render(<App summary={readSummary()} />, root);
}
