// The Outbox panel: every email the add-on sent through MailApp, newest first, with subject,
// recipients, sender and time, and the HTML body drawn in a sandboxed iframe (srcdoc, no
// scripts, no same-origin access, the page's CSP): what the add-on wrote cannot act on the
// page. Refreshed after every script run and clock step, as triggers may send mail.
import type { Outbox, OutboxMail } from '../protocol';
import { getJson } from './api';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** "2026-04-13 04:00 UTC": the runtime clock is shown in UTC, like the status line. */
const time = (iso: string) => `${iso.replace('T', ' ').slice(0, 16)} UTC`;

function sender(mail: OutboxMail): string {
  return mail.name ? `${mail.name} <${mail.from}>` : mail.from;
}

function mailItem(mail: OutboxMail): HTMLLIElement {
  const meta = element(
    'dl',
    { className: 'outbox-meta' },
    element('dt', {}, 'To'),
    element('dd', {}, [...mail.to, ...mail.cc].join(', ')),
    element('dt', {}, 'From'),
    element('dd', {}, sender(mail)),
    element('dt', {}, 'Sent'),
    element('dd', {}, time(mail.sentAt)),
  );
  const body = mail.htmlBody
    ? element('iframe', { title: `Email body: ${mail.subject}`, className: 'outbox-body' })
    : element('pre', { className: 'outbox-text' }, mail.body);
  if (body instanceof HTMLIFrameElement) {
    // An empty sandbox: no scripts, no forms, no top navigation, an opaque origin.
    body.setAttribute('sandbox', '');
    body.srcdoc = mail.htmlBody;
  }
  return element(
    'li',
    {},
    element(
      'article',
      { className: 'outbox-mail' },
      element('h3', {}, mail.subject || '(no subject)'),
      meta,
      body,
    ),
  );
}

export class OutboxPanel {
  private readonly panel = $<HTMLElement>('outbox');
  private readonly toggle = $<HTMLButtonElement>('outbox-toggle');
  private shown = '';

  constructor() {
    this.toggle.addEventListener('click', () => this.open(this.panel.hidden));
    $('outbox-close').addEventListener('click', () => this.open(false));
  }

  open(open: boolean): void {
    this.panel.hidden = !open;
    this.toggle.setAttribute('aria-expanded', String(open));
  }

  async refresh(): Promise<void> {
    const outbox = await getJson<Outbox>('/api/outbox');
    const key = outbox.mail.map((m) => m.id).join(',');
    $('outbox-count').textContent = String(outbox.mail.length);
    if (key === this.shown) return;
    this.shown = key;
    $('outbox-empty').hidden = outbox.mail.length > 0;
    $('outbox-list').replaceChildren(...outbox.mail.map(mailItem));
  }
}
