import { render } from 'preact';
import { PrivacyPolicy } from './PrivacyPolicy.tsx';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = navigator.language;
  render(<PrivacyPolicy />, root);
}
