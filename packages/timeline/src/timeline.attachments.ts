// The files an event carries (DocumentReference.content[].attachment, DiagnosticReport.presentedForm)
// as what a view may safely offer: inline data only as a type the browser shows without running it,
// and links only to https: (never javascript:, data: or a relative url into the app).
import type { Resource } from 'fhir/r4.js';
import { untrusted } from '@samspill/core/data.js';

const { element, list, text } = untrusted;

/** How a view may offer a file: shown as an image, opened as a PDF, or only downloaded. */
export type AttachmentKind = 'image' | 'pdf' | 'download';

export interface AttachmentView {
  /** Unique among the event's attachments. */
  readonly key: string;
  /** The attachment's title; empty when it has none. */
  readonly title: string;
  /** The MIME type as written (lower case, without parameters); empty when unknown. */
  readonly contentType: string;
  /** Size in bytes, from `size` or the inline data. */
  readonly size?: number;
  readonly kind: AttachmentKind;
  /** Inline content, base64 (checked to be base64). */
  readonly data?: string;
  /** An https: url to the content. */
  readonly url?: string;
}

// Raster images only: an SVG can carry script, and a blob URL runs in the app's origin.
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

/** An absolute https: url, as parsed; undefined for every other scheme or text. */
export function safeLink(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The number of bytes a base64 text decodes to. */
export function base64Size(data: string): number {
  const clean = data.replace(/\s/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((clean.length * 3) / 4) - padding);
}

function kindOf(contentType: string): AttachmentKind {
  if (IMAGE_TYPES.has(contentType)) return 'image';
  return contentType === 'application/pdf' ? 'pdf' : 'download';
}

function attachmentView(value: unknown, key: string): AttachmentView | undefined {
  const fields = element(value);
  if (!fields) return undefined;
  const contentType = text(fields.contentType).split(';')[0]?.trim().toLowerCase() ?? '';
  const rawData = text(fields.data);
  const data = rawData && BASE64.test(rawData) ? rawData : undefined;
  const url = data ? undefined : safeLink(text(fields.url));
  const declared = typeof fields.size === 'number' && Number.isFinite(fields.size) ? fields.size : undefined;
  const size = declared ?? (data ? base64Size(data) : undefined);
  const title = text(fields.title);
  if (!data && !url && !title && !contentType) return undefined;
  return {
    key,
    title,
    contentType,
    ...(size === undefined || size < 0 ? {} : { size }),
    kind: kindOf(contentType),
    ...(data ? { data } : {}),
    ...(url ? { url } : {}),
  };
}

/** Every attachment of an event's resources, in order. */
export function eventAttachments(resources: readonly Resource[]): AttachmentView[] {
  const views: AttachmentView[] = [];
  resources.forEach((resource, r) => {
    const fields = element(resource);
    const type = text(fields?.resourceType);
    const attachments =
      type === 'DocumentReference'
        ? list(fields?.content).map((content) => element(content)?.attachment)
        : type === 'DiagnosticReport'
          ? list(fields?.presentedForm)
          : [];
    attachments.forEach((attachment, a) => {
      const view = attachmentView(attachment, `${String(r)}.${String(a)}`);
      if (view) views.push(view);
    });
  });
  return views;
}
