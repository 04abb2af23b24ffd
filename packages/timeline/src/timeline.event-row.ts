// One event in the list: its title (which selects it), type, date, tags and a disclosure button;
// opened, its details, results as a table, related events, attachments and its FHIR source.
import { html, nothing, type TemplateResult } from 'lit';
import {
  cssProperties,
  displayText,
  isolateBidi,
  renderFact,
  renderSourceView,
  renderText,
  type Locale,
} from '@samspill/core';
import { eventAttachments, type AttachmentView } from './timeline.attachments.js';
import type { TimelineEvent } from './timeline.event.js';
import { icon } from './timeline.icons.js';
import type { TimelineLabels } from './timeline.labels.js';

/** What an event row reads from the element, and how it changes it. */
export interface EventRowContext {
  readonly locale: Locale;
  readonly t: TimelineLabels;
  readonly expanded: ReadonlySet<string>;
  readonly sourceShown: ReadonlySet<string>;
  idOf(key: string): number;
  select(event: TimelineEvent): void;
  toggle(which: 'expanded' | 'sourceShown', key: string): void;
  relatedTitles(event: TimelineEvent): string[];
  blobUrl(key: string, attachment: AttachmentView): string | undefined;
}

/** Where the event is in the list, and whether it holds the list's one tab stop. */
export interface EventRowPlace {
  readonly index: number;
  readonly size: number;
  readonly tabbable: boolean;
  /** Set when the row is kept rendered out of sight (it has focus): its offset from the top. */
  readonly pinnedAt?: number | undefined;
}

export function renderEventRow(event: TimelineEvent, place: EventRowPlace, context: EventRowContext): TemplateResult {
  const { t, locale } = context;
  // Record text through renderText: long runs of combining marks cut (laid out in linear time, the
  // whole in "Vis kilde"), and kept from turning the words beside it around.
  const open = context.expanded.has(event.key);
  const id = context.idOf(event.key);
  const tabindex = place.tabbable ? '0' : '-1';
  const { pinnedAt } = place;
  return html`<li
    part="event"
    class="row row-event type-${event.type} ${event.future ? 'is-future' : ''} ${pinnedAt === undefined ? '' : 'is-pinned'}"
    ${cssProperties({ top: pinnedAt === undefined ? undefined : `${String(pinnedAt)}px` })}
    data-index=${place.index}
    data-key=${event.key}
    aria-posinset=${place.index + 1}
    aria-setsize=${place.size}
  >
    <div class="event">
      <span class="marker" aria-hidden="true"></span>
      <div class="event-main">
        <button
          class="event-title"
          tabindex=${tabindex}
          @click=${() => {
            context.select(event);
          }}
        >
          ${renderText(event.title, locale)}
        </button>
        <p class="event-meta">
          <span class="event-type">${event.typeText}</span>${
            event.category && event.category !== event.typeText
              ? html` · <span>${renderText(event.category, locale)}</span>`
              : nothing
          }
          · <time datetime=${event.date.value}>${event.date.text}</time>
        </p>
        ${
          event.subtitle && event.subtitle !== event.category
            ? html`<p class="event-subtitle">${renderText(event.subtitle, locale)}</p>`
            : nothing
        }
        <p class="tags">
          ${event.future ? html`<span class="tag tag-future">${icon('future')}${t.upcoming}</span>` : nothing}
          ${event.statusText ? html`<span class="tag tag-status">${renderText(event.statusText, locale)}</span>` : nothing}
          ${
            event.source
              ? html`<span class="tag tag-source"
                  >${renderText(event.source.label, locale)}
                  <span class="quiet">· ${event.source.careLevelText}</span></span
                >`
              : nothing
          }
        </p>
      </div>
      <button
        class="disclosure"
        tabindex=${tabindex}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? `details-${id}` : nothing}
        aria-label=${t.details(displayText(event.title).text)}
        @click=${() => {
          context.toggle('expanded', event.key);
        }}
      >
        ${icon('chevron')}
      </button>
    </div>
    ${open ? renderDetails(event, id, context) : nothing}
  </li>`;
}

function renderDetails(event: TimelineEvent, id: number, context: EventRowContext): TemplateResult {
  const { t, locale } = context;
  const related = context.relatedTitles(event);
  const attachments = eventAttachments(event.resources);
  return html`<div part="details" class="details" id="details-${id}">
    ${
      event.details.length > 0
        ? html`<ul class="detail-lines">
            ${event.details.map((line) => html`<li>${renderText(line, locale)}</li>`)}
          </ul>`
        : nothing
    }
    <dl class="facts">
      ${renderFact(t.date, event.date.text, locale)} ${renderFact(t.status, event.statusText, locale)}
      ${renderFact(
        t.source,
        event.source
          ? [event.source.label, event.source.organisation ?? ''].filter(Boolean).map(isolateBidi).join(', ')
          : '',
        locale,
      )}
      ${renderFact(t.careLevel, event.source?.careLevelText ?? '', locale)}
    </dl>
    ${event.members.length > 0 ? renderMembers(event, t, locale) : nothing}
    ${
      related.length > 0
        ? html`<p class="label" id="related-${id}">${t.related}</p>
            <ul class="related" aria-labelledby="related-${id}">
              ${related.map((title) => html`<li>${renderText(title, locale)}</li>`)}
            </ul>`
        : nothing
    }
    ${
      attachments.length > 0
        ? html`<p class="label" id="attachments-${id}">${t.attachments}</p>
            <ul class="attachments" aria-labelledby="attachments-${id}">
              ${attachments.map((attachment) => renderAttachment(event, attachment, context))}
            </ul>`
        : nothing
    }
    <div class="source-area">
      ${renderSourceView({
        id: `source-${id}`,
        open: context.sourceShown.has(event.key),
        toggle: () => {
          context.toggle('sourceShown', event.key);
        },
        resources: event.resources,
        locale: context.locale,
      })}
    </div>
  </div>`;
}

/** A panel's results (a report's observations, a blood pressure's parts) as a real table. */
function renderMembers(event: TimelineEvent, t: TimelineLabels, locale: Locale): TemplateResult {
  return html`<table class="members">
    <caption>
      ${t.results}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.name}</th>
        <th scope="col">${t.value}</th>
        <th scope="col">${t.date}</th>
      </tr>
    </thead>
    <tbody>
      ${event.members.map(
        (member) =>
          html`<tr>
            <th scope="row">${renderText(member.title, locale)}</th>
            <td>${renderText(member.value, locale)}</td>
            <td>${member.date ? html`<time datetime=${member.date.value}>${member.date.text}</time>` : ''}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function renderAttachment(event: TimelineEvent, attachment: AttachmentView, context: EventRowContext): TemplateResult {
  const { t, locale } = context;
  const title = attachment.title || t.attachment;
  const shownTitle = displayText(title).text;
  const about = [attachment.contentType, attachment.size === undefined ? '' : t.bytes(attachment.size)]
    .filter(Boolean)
    .join(', ');
  const blob = attachment.data ? context.blobUrl(`${event.key}|${attachment.key}`, attachment) : undefined;
  let action: TemplateResult | typeof nothing = nothing;
  if (blob && attachment.kind === 'image') action = html`<img class="attachment-image" src=${blob} alt=${title} />`;
  else if (blob && attachment.kind === 'pdf')
    action = html`<a class="attachment-link" href=${blob} target="_blank" rel="noopener noreferrer"
      >${t.open}: ${shownTitle}</a
    >`;
  else if (blob)
    // Any other type only as a download: opened, HTML or SVG would run in the app's origin.
    action = html`<a class="attachment-link" href=${blob} download=${title}>${t.download}: ${shownTitle}</a>`;
  else if (attachment.url)
    action = html`<a class="attachment-link" href=${attachment.url} target="_blank" rel="noopener noreferrer"
      >${t.open}: ${shownTitle}</a
    >`;
  return html`<li class="attachment">
    ${icon('file')}<span class="attachment-title">${renderText(title, locale)}</span>
    ${about ? html`<span class="quiet">(${about})</span>` : nothing} ${action}
  </li>`;
}
