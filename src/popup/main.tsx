import { render } from 'preact';
import { App } from './App.tsx';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = navigator.language;
  render(<App />, root);
}
