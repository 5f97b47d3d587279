import { render } from 'preact';
import { ReportApp } from './ReportApp.tsx';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = navigator.language;
  render(<ReportApp />, root);
}
