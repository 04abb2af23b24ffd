import '@samspill/core/define.js';
import type { Benchmarks } from '../../../scripts/bench/api.js';

const ROWS = 100;

async function renderNotices(count: number): Promise<HTMLElement> {
  const container = document.createElement('div');
  for (let i = 0; i < count; i++) {
    const notice = document.createElement('sam-notice');
    notice.variant = i % 2 ? 'warning' : 'error';
    notice.heading = `Melding ${i}`;
    notice.textContent = 'Legemidler fra kommunen kunne ikke hentes.';
    container.append(notice);
  }
  document.body.append(container);
  await Promise.all([...container.querySelectorAll('sam-notice')].map((notice) => notice.updateComplete));
  return container;
}

function countNodes(root: Node): number {
  let count = 0;
  const walk = (node: Node) => {
    count++;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return count;
}

export default {
  [`render and remove ${ROWS} <sam-notice>`]: async () => {
    (await renderNotices(ROWS)).remove();
  },
  'DOM nodes per <sam-notice> (light + shadow)': {
    unit: 'nodes',
    count: async () => {
      const container = await renderNotices(1);
      const nodes = countNodes(container.firstElementChild!);
      container.remove();
      return nodes;
    },
  },
} satisfies Benchmarks;
