import { describe, expect, test } from 'vitest';
import type { Resource } from 'fhir/r4.js';
import { base64Size, eventAttachments, safeLink } from '../src/timeline.attachments.js';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('safeLink', () => {
  test('keeps https: urls only', () => {
    expect(safeLink(' https://arkiv.example.no/a b ')).toBe('https://arkiv.example.no/a%20b');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://example.no/',
      'blob:https://example.no/1',
      '/relative/path',
      'Binary/123',
      '',
    ]) {
      expect(safeLink(bad), bad).toBeUndefined();
    }
  });
});

describe('eventAttachments', () => {
  test('reads DocumentReference content and DiagnosticReport presentedForm', () => {
    const resources = [
      {
        resourceType: 'DocumentReference',
        content: [
          { attachment: { contentType: 'application/pdf; charset=binary', title: 'Epikrise', data: btoa('%PDF-1.4') } },
          {
            attachment: {
              contentType: 'application/pdf',
              title: 'Arkiv',
              url: 'https://arkiv.example.no/1',
              size: 2048,
            },
          },
          { attachment: { contentType: 'text/html', title: 'Farlig', url: 'javascript:alert(1)' } },
          'ikke et vedlegg',
        ],
      },
      { resourceType: 'DiagnosticReport', presentedForm: [{ contentType: 'image/png', title: 'Bilde', data: PNG }] },
      { resourceType: 'Observation', presentedForm: [{ contentType: 'image/png', data: PNG }] },
    ] as unknown as Resource[];
    expect(eventAttachments(resources)).toEqual([
      { key: '0.0', title: 'Epikrise', contentType: 'application/pdf', size: 8, kind: 'pdf', data: btoa('%PDF-1.4') },
      {
        key: '0.1',
        title: 'Arkiv',
        contentType: 'application/pdf',
        size: 2048,
        kind: 'pdf',
        url: 'https://arkiv.example.no/1',
      },
      { key: '0.2', title: 'Farlig', contentType: 'text/html', kind: 'download' },
      { key: '1.0', title: 'Bilde', contentType: 'image/png', size: 70, kind: 'image', data: PNG },
    ]);
  });

  test('offers SVG and HTML only as downloads, and drops data that is not base64', () => {
    const resources = [
      {
        resourceType: 'DiagnosticReport',
        presentedForm: [
          { contentType: 'image/svg+xml', data: btoa('<svg onload="alert(1)"/>') },
          { contentType: 'image/png', data: '<img src=x onerror=alert(1)>' },
        ],
      },
    ] as unknown as Resource[];
    const [svg, broken] = eventAttachments(resources);
    expect(svg?.kind).toBe('download');
    expect(broken).toMatchObject({ kind: 'image', contentType: 'image/png' });
    expect(broken?.data).toBeUndefined();
  });

  test('counts the bytes of base64', () => {
    expect(base64Size(btoa('a'))).toBe(1);
    expect(base64Size(btoa('ab'))).toBe(2);
    expect(base64Size(btoa('abc'))).toBe(3);
    expect(base64Size('')).toBe(0);
  });
});
