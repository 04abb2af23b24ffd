import { expect } from '@open-wc/testing';
import { defineElement } from '../src/define-element.js';

let counter = 0;
const uniqueTag = () => `sam-test-${Date.now()}-${counter++}`;

describe('defineElement', () => {
  it('registers a new tag', () => {
    const tag = uniqueTag();
    class Element extends HTMLElement {}
    defineElement(tag, Element);
    expect(customElements.get(tag)).to.equal(Element);
  });

  it('ignores a second registration of the same class silently', () => {
    const tag = uniqueTag();
    class Element extends HTMLElement {}
    const warnings = captureWarnings(() => {
      defineElement(tag, Element);
      defineElement(tag, Element);
    });
    expect(customElements.get(tag)).to.equal(Element);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first class and warns when another class claims the tag', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings = captureWarnings(() => {
      defineElement(tag, First);
      defineElement(tag, Second);
    });
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<${tag}>`);
  });

  it('registers core elements from define.js, and importing it twice is harmless', async () => {
    await import('../src/define.js');
    // The same module under another URL evaluates again, as a second bundle on the page would.
    await import(new URL('../src/define.ts?again', import.meta.url).href);
    expect(customElements.get('sam-notice')?.name).to.equal('SamNotice');
  });
});

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}
