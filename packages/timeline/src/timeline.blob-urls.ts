// Inline attachments (base64 `data`) become Blob URLs the reader can open or download; each is made
// once per attachment and revoked when the element leaves the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AttachmentView } from './timeline.attachments.js';

export class BlobUrls implements ReactiveController {
  readonly #urls = new Map<string, string | undefined>();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Made again when rendered after a reconnect. */
  hostDisconnected(): void {
    for (const url of this.#urls.values()) if (url) URL.revokeObjectURL(url);
    this.#urls.clear();
  }

  /** The attachment's Blob URL under `key`; undefined when its data is not base64 after all. */
  of(key: string, attachment: AttachmentView): string | undefined {
    if (!this.#urls.has(key)) {
      let url: string | undefined;
      try {
        const bytes = Uint8Array.from(atob((attachment.data ?? '').replace(/\s/g, '')), (c) => c.charCodeAt(0));
        // Anything but an image or a PDF only as a download: opened, HTML or SVG would run in the app's origin.
        const type = attachment.kind === 'download' ? 'application/octet-stream' : attachment.contentType;
        url = URL.createObjectURL(new Blob([bytes], { type }));
      } catch {
        url = undefined; // not base64 after all: the attachment is described, not offered
      }
      this.#urls.set(key, url);
    }
    return this.#urls.get(key);
  }
}
